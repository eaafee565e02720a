"""How the reader's time grows with one text's length, on shapes of text that once made it grow
with the square of it: `python -m bench.shapes [--sizes 40,160] [--out bench/results]`.

Each shape is the seed resolution 112 with its body replaced by one long run of a kind a
converter or a clerk may produce (a table of thousands of rows, a paragraph of thousands of
targets or bodies, a text whose paragraphs lost their full stops …). Each is read by
`nqgraph.reader.read_text` at every size (the best of two runs, one core), and the exponent of
time against length between the smallest and the largest size is printed: about 1 where the
reader is linear, 2 where it is quadratic. The figures go to `<out>/shapes.json`.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from bench import run
from bench.__main__ import slope
from nqgraph.reader import read_text

SEED = (
    Path(__file__).resolve().parent.parent / "data" / "source" / "112-NQ-HDND-2024-thai-nguyen.md"
)
SUPER_LINEAR = 1.3  # an exponent above this is flagged

Shape = Callable[[int], str]


def _seed() -> tuple[str, str]:
    """Seed 112 cut before its first article and from its adoption statement on."""
    text = SEED.read_text(encoding="utf-8")
    body = text.index("**Điều 1.")
    tail = text.index("Nghị quyết này đã được")
    return text[:body], text[tail:]


def _district() -> str:
    """The seed's header and preamble as a district's council would write them, naming no
    province (so that the reader looks for one in the whole text)."""
    head = _seed()[0].replace("TỈNH THÁI NGUYÊN", "HUYỆN ĐẠI TỪ")
    return head.replace("Thái Nguyên, ngày", "Đại Từ, ngày").replace("tỉnh Thái Nguyên", "huyện")


def _repeat(unit: Callable[[int], str], size: int, sep: str) -> str:
    parts: list[str] = []
    total, i = 0, 1
    while total < size:
        parts.append(unit(i))
        total += len(parts[-1].encode("utf-8")) + len(sep)
        i += 1
    return sep.join(parts)


def _body(body: Callable[[int], str]) -> Shape:
    """A shape: the seed's header and closing around `body(size)`, size in bytes of text."""

    def make(size: int) -> str:
        head, tail = _seed()
        return f"{head}{body(size)}\n\n{tail}"

    return make


def _preamble(verb: str, unit: Callable[[int], str], joiner: str) -> Shape:
    """A shape: the seed whose first item opened by `verb` ("Xét", "Căn cứ") begins with a long
    run of `unit`s joined by ", " (then `joiner` and the item as it was); its body one article."""

    def make(size: int) -> str:
        head, tail = _seed()
        run = _repeat(unit, size, ", ")
        head = head.replace(f"{verb} ", f"{verb} {run}{joiner}", 1)
        return f"{head}**Điều 1.** Thông qua.\n\n{tail}"

    return make


_BODIES = ["Sở Tài chính", "Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Y tế"]

SHAPES: dict[str, Shape] = {
    # a realistic long text: the seed's own articles, again and again
    "articles repeated": _body(
        lambda size: _repeat(
            lambda i: (
                f"**Điều {i}.** Các chỉ tiêu chủ yếu\n\n1. Tốc độ tăng trưởng kinh tế: 8%.\n\n"
                f"2. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện Kế hoạch số "
                f"{i}/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh."
            ),
            size,
            "\n\n",
        )
    ),
    "table of tasks": _body(
        lambda size: (
            "**Điều 1.** Nhiệm vụ và giải pháp\n\n| STT | Nhiệm vụ | Cơ quan chủ trì |"
            " Thời gian |\n|---|---|---|---|\n"
            + _repeat(
                lambda i: f"| {i} | Hoàn thành đề án số {i} | {_BODIES[i % 4]} | Quý II/2025 |",
                size,
                "\n",
            )
        )
    ),
    "table of targets": _body(
        lambda size: (
            "**Điều 1.** Các chỉ tiêu chủ yếu\n\n| STT | Chỉ tiêu | Đơn vị tính | "
            "Kế hoạch năm 2025 |\n|---|---|---|---|\n"
            + _repeat(
                lambda i: f"| {i} | Tỷ lệ xã đạt chuẩn nhóm {i} | % | {i % 90 + 5} |", size, "\n"
            )
        )
    ),
    "targets in one item": _body(
        lambda size: (
            "**Điều 1.** Các chỉ tiêu chủ yếu năm 2025\n\n- "
            + _repeat(lambda i: f"tỷ lệ nhóm {i} đạt {i % 90 + 5}%, thu nhập trên 1 ha", size, ", ")
            + "."
        )
    ),
    "bodies in one task": _body(
        lambda size: (
            "**Điều 1.** Tổ chức thực hiện\n\nGiao "
            + _repeat(lambda i: _BODIES[i % 4], size, ", ")
            + " chủ trì thực hiện."
        )
    ),
    "considered on one line": _preamble(
        "Xét", lambda i: f"Báo cáo số {i}/BC-UBND của Ủy ban nhân dân tỉnh", ", "
    ),
    "laws on one line": _preamble(
        "Căn cứ", lambda i: f"Luật Đất đai ngày {i % 28 + 1} tháng 6 năm 2015", "; Căn cứ "
    ),
    "names without a stop": _body(
        lambda size: (
            "**Điều 1.** Nhiệm vụ\n\nThực hiện "
            + _repeat(lambda i: "Kế hoạch phát triển kinh tế xã hội của tỉnh bền vững", size, " ")
            + "."
        )
    ),
    # a district's text, of long runs of words without a stop where "tỉnh" stands, which
    # is looked at for the district's province
    "district, words without stops": lambda size: (
        _district()
        + "**Điều 1.** Nhiệm vụ\n\n"
        + _repeat(lambda i: "các xã trong tỉnh và ngoài tỉnh cùng tỉnh bạn", size, " ")
        + ".\n\n"
        + _seed()[1]
    ),
    "short paragraphs": _body(
        lambda size: (
            "**Điều 1.** Nhiệm vụ\n\n" + _repeat(lambda i: f"Nội dung thứ {i}", size, "\n\n")
        )
    ),
}


def time_read(text: str, runs: int = 2) -> float:
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        read_text(text, "shape.md")
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.shapes", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sizes", default="40,160", help="comma-separated sizes, in KB")
    parser.add_argument("--out", default="bench/results", help="where shapes.json goes")
    parser.add_argument("--only", help="one shape, by name")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    chosen = {k: v for k, v in SHAPES.items() if args.only in (None, k)}
    if not chosen:
        parser.error(f"unknown shape {args.only!r}; one of: {', '.join(SHAPES)}")
    heads = "".join(f"{f'{kb} KB':>10}" for kb in sizes)
    print(f"{'shape':<30}{heads}{'exponent':>10}", flush=True)
    results = []
    flagged = 0
    for name, make in chosen.items():
        times = [time_read(make(kb * 1000)) for kb in sizes]
        k = slope(sizes[0], times[0], sizes[-1], times[-1]) if len(sizes) > 1 else None
        flag = "  super-linear" if k is not None and k > SUPER_LINEAR else ""
        flagged += bool(flag)
        cells = "".join(f"{t:>9.3f}s" for t in times)
        print(f"{name:<30}{cells}{'-' if k is None else f'{k:.2f}':>10}{flag}", flush=True)
        results.append({"shape": name, "sizes_kb": sizes, "seconds": times, "exponent": k})
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "shapes.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out / 'shapes.json'}; {flagged} shape(s) above an exponent of {SUPER_LINEAR}")
    return 0


if __name__ == "__main__":
    run(main)
