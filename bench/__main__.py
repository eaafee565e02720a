"""The corpus benchmark: `python -m bench --sizes 10,100 --out bench/results [--seed 0]`.

For every size N: generate N texts into a temporary directory, then run each stage on them. Each
stage runs in a child process of its own (`python -m bench --child STAGE …`), so that its wall time
and peak memory (`ru_maxrss` of that child, from `os.wait4`) are its own and do not include the
stages before it. Results go to `<out>/latest.json` and a log-log plot `<out>/latest.png`.

To add a stage: write a class with a `name` and `run(corpus_dir, workdir) -> StageResult`, and add
a factory to `STAGES`. Stages run in the order of `STAGES`; a stage may use what an earlier stage
left in `workdir` (the same directory for all stages of one size).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import itertools
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bench import run
from bench.corpus import write_corpus
from bench.naive import NAIVE_PIECES, Naive
from bench.stages import PARENT_STEPS, PIECES, Build, Params, Query, StageResult


class Stage(Protocol):
    name: str

    def run(self, corpus_dir: Path, workdir: Path) -> StageResult: ...


@dataclass(slots=True)
class Row:
    """One line of the report: one stage at one size."""

    stage: str
    n: int
    wall_s: float = 0.0
    items: int = 0
    triples: int = 0
    peak_rss_mb: float = 0.0
    error: str | None = None
    corpus_bytes: int | None = None  # generate only
    extrapolated: bool = False  # naive rows beyond --naive-cap: computed, not measured
    note: str = ""
    detail: dict[str, Any] = field(default_factory=dict)


class Generate:
    """Write the corpus: N texts, Markdown and plain text, like `data/source/`."""

    name = "generate"

    def __init__(self, params: Params) -> None:
        self.params = params

    def run(self, corpus_dir: Path, workdir: Path) -> StageResult:
        start = time.perf_counter()
        write_corpus(corpus_dir, self.params.n, self.params.seed)
        return StageResult(time.perf_counter() - start, self.params.n)


#: Stages in the order they run.
STAGES: dict[str, Callable[[Params], Stage]] = {
    "generate": Generate,
    "build": Build,
    "query": Query,
    "naive": Naive,
}


# --------------------------------------------------------------------------- child side


def _child(args: argparse.Namespace) -> int:
    stage = STAGES[args.child](Params(args.n, args.seed))
    result = stage.run(Path(args.corpus), Path(args.workdir))
    Path(args.result).write_text(json.dumps(asdict(result)), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------- parent side


def _run_in_child(stage: str, params: Params, corpus: Path, workdir: Path) -> StageResult | str:
    """Run one stage in a fresh interpreter; return its result, or an error message."""
    result_file = workdir / f".{stage}.result.json"
    result_file.unlink(missing_ok=True)
    cmd = [
        sys.executable, "-m", "bench", "--child", stage, "--n", str(params.n),
        "--seed", str(params.seed), "--corpus", str(corpus), "--workdir", str(workdir),
        "--result", str(result_file),
    ]  # fmt: skip
    root = Path(__file__).resolve().parent.parent
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
    )
    proc = subprocess.Popen(cmd, env=env, cwd=root)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not result_file.exists():
        return f"exit code {proc.returncode}"
    data = json.loads(result_file.read_text(encoding="utf-8"))
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return StageResult(data["wall"], data["items"], data["triples"], peak, data.get("detail", {}))


def _loop(n: int = 30_000_000) -> float:
    """Seconds for a fixed pure-Python loop: how fast one core runs Python here."""
    start = time.perf_counter()
    sum(range(n))
    return time.perf_counter() - start


def calibrate() -> dict[str, float]:
    """The same loop on one core, then in one process per core at once: machines differ (the
    same code ran 2.3x slower on one 2-core machine than on another), and so does how well
    their cores run side by side (shared physical cores, memory bandwidth). Figures from two
    machines compare only through these."""
    from concurrent.futures import ProcessPoolExecutor

    one = min(_loop() for _ in range(2))
    cores = os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=cores) as pool:
        start = time.perf_counter()
        list(pool.map(_loop, [30_000_000] * cores))
        together = time.perf_counter() - start
    return {"loop_s": round(one, 3), "parallel_speedup": round(cores * one / together, 2)}


def machine() -> dict[str, object]:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    versions = {}
    for pkg in ("rdflib", "pyoxigraph", "pyshacl", "owlrl"):
        try:
            versions[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            versions[pkg] = "absent"
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "ram_gib": round(ram / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "calibration": calibrate(),
    }


def machine_line(m: dict[str, object]) -> str:
    versions = m["versions"]
    assert isinstance(versions, dict)
    libs = ", ".join(f"{k} {v}" for k, v in versions.items())
    line = (
        f"machine: {m['cores']} cores, {m['cpu']}, {m.get('ram_gib', '?')} GiB RAM, "
        f"Python {m['python']}; {libs}"
    )
    calibration = m.get("calibration")
    if isinstance(calibration, dict):
        line += (
            f"\ncalibration: sum(range(3e7)) in {calibration['loop_s']} s on one core; "
            f"{m['cores']} at once run {calibration['parallel_speedup']}x one"
        )
    return line


# --------------------------------------------------------------------------- derived rows


def sub_rows(row: Row) -> list[Row]:
    """The pieces of `build` and `naive` as rows of their own (`build/validate`, …)."""
    pieces = row.detail.get("pieces_wall_s", {})
    names = {"build": (*PIECES, *PARENT_STEPS), "naive": NAIVE_PIECES}.get(row.stage, ())
    return [
        Row(
            f"{row.stage}/{name}",
            row.n,
            float(pieces[name]),
            row.items,
            note="part of " + row.stage,
        )
        for name in names
        if name in pieces
    ]


def slope(n1: int, t1: float, n2: int, t2: float) -> float | None:
    """The log-log slope between two sizes (the scaling exponent), None if undefined."""
    if n1 <= 0 or n2 <= 0 or n1 == n2 or t1 <= 0 or t2 <= 0:
        return None
    return math.log(t2 / t1) / math.log(n2 / n1)


def extrapolate(rows: list[Row], sizes: list[int]) -> list[Row]:
    """Naive rows for the sizes it was not run at: t(N) = t(n) (N/n)^k, k the last measured
    exponent (at least 1: nothing here gets cheaper per resolution as the graph grows)."""
    out: list[Row] = []
    names = dict.fromkeys(r.stage for r in rows if r.stage.split("/")[0] == "naive")
    for name in names:
        pts = sorted(
            (r.n, r.wall_s) for r in rows if r.stage == name and not r.error and not r.extrapolated
        )
        if not pts:
            continue
        have = {r.n for r in rows if r.stage == name}
        n_last, t_last = pts[-1]
        k = 1.0
        if len(pts) >= 2:
            k = max(1.0, slope(*pts[-2], *pts[-1]) or 1.0)
        for n in sizes:
            if n > n_last and n not in have:
                wall = t_last * (n / n_last) ** k
                note = f"EXTRAPOLATED from N={n_last}, k={k:.2f}"
                out.append(Row(name, n, round(wall, 2), n, extrapolated=True, note=note))
    return out


def table(rows: list[Row]) -> str:
    head = f"{'stage':<18} {'N':>6} {'wall s':>10} {'items':>6} {'items/s':>9} {'triples':>10} "
    head += f"{'peak MB':>8}  note"
    lines = [head, "-" * len(head)]
    for r in rows:
        rate = f"{r.items / r.wall_s:,.1f}" if r.wall_s > 0 else "-"
        note = r.error or r.note
        if r.corpus_bytes:
            note = f"{r.corpus_bytes / 2**20:.1f} MB of text"
        if r.stage == "build" and r.detail:
            d = r.detail
            note = (
                f"tree peak {d.get('tree_peak_mb', 0):.0f} MB, {d.get('inferred_triples', 0)} "
                f"inferred, {d.get('violations', 0)} violations, jobs={d.get('jobs')}"
            )
        peak = f"{r.peak_rss_mb:>8.0f}" if r.peak_rss_mb else f"{'-':>8}"
        wall = f"{'~' if r.extrapolated else ''}{r.wall_s:.2f}"
        lines.append(
            f"{r.stage:<18} {r.n:>6} {wall:>10} {r.items:>6} {rate:>9} {r.triples:>10} "
            f"{peak}  {note}"
        )
    return "\n".join(lines)


def _find(rows: list[Row], stage: str, n: int) -> Row | None:
    for r in rows:
        if r.stage == stage and r.n == n and not r.error:
            return r
    return None


def exponents(rows: list[Row], sizes: list[int]) -> dict[str, dict[str, float]]:
    """Per stage, the log-log slope between consecutive sizes ("10-100": 1.02, …)."""
    out: dict[str, dict[str, float]] = {}
    for stage in dict.fromkeys(r.stage for r in rows):
        if stage == "query":
            continue  # a fixed number of queries: its time is not per resolution
        for a, b in itertools.pairwise(sizes):
            ra, rb = _find(rows, stage, a), _find(rows, stage, b)
            if ra and rb and not (ra.extrapolated or rb.extrapolated):
                k = slope(a, ra.wall_s, b, rb.wall_s)
                if k is not None:
                    out.setdefault(stage, {})[f"{a}-{b}"] = round(k, 3)
    return out


def exponent_table(exps: dict[str, dict[str, float]]) -> str:
    spans = list(dict.fromkeys(span for e in exps.values() for span in e))
    lines = [f"{'stage':<18} " + " ".join(f"{s:>12}" for s in spans)]
    for stage, e in exps.items():
        lines.append(f"{stage:<18} " + " ".join(f"{e.get(s, float('nan')):>12.2f}" for s in spans))
    return "\n".join(lines)


def ratios(rows: list[Row], sizes: list[int]) -> list[dict[str, Any]]:
    """naive / ours per size: the whole build, and validate, reason, query alone."""
    out = []
    pairs = (("build", "naive"), ("build/validate", "naive/validate"),
             ("build/reason", "naive/reason"))  # fmt: skip
    for n in sizes:
        entry: dict[str, Any] = {"n": n}
        for ours, theirs in pairs:
            a, b = _find(rows, ours, n), _find(rows, theirs, n)
            if a and b and a.wall_s > 0:
                entry[ours.split("/")[-1]] = round(b.wall_s / a.wall_s, 1)
                entry["extrapolated"] = entry.get("extrapolated", False) or b.extrapolated
        q, nq = _find(rows, "query", n), _find(rows, "naive", n)
        if q and nq and not nq.extrapolated:
            ours_ms = {(x["query"], x["mode"]): x["median_ms"] for x in q.detail["queries"]}
            theirs_ms = {
                (x["query"], x["mode"]): x["median_ms"]
                for x in nq.detail["queries"]
                if not x.get("failed")  # rdflib could not answer it: no time to compare
            }
            common = [k for k in theirs_ms if k in ours_ms]
            a_sum, b_sum = sum(ours_ms[k] for k in common), sum(theirs_ms[k] for k in common)
            if a_sum > 0:
                entry["query"] = round(b_sum / a_sum, 1)
                # a naive query stopped at its budget makes the ratio a lower bound
                entry["query_at_least"] = any(x.get("timed_out") for x in nq.detail["queries"])
        if len(entry) > 1:
            out.append(entry)
    return out


def ratio_table(entries: list[dict[str, Any]]) -> str:
    cols = ("build", "validate", "reason", "query")
    lines = [f"{'N':>6} " + " ".join(f"{c:>10}" for c in cols) + "  (naive time / ours)"]
    for e in entries:
        cells = " ".join(
            f"{(('>=' if e.get(c + '_at_least') else '') + str(e[c]) + 'x') if c in e else '-':>10}"
            for c in cols
        )
        lines.append(
            f"{e['n']:>6} {cells}  {'naive EXTRAPOLATED' if e.get('extrapolated') else ''}"
        )
    return "\n".join(lines)


def query_table(rows: list[Row]) -> str:
    ours = [r for r in rows if r.stage == "query" and not r.error]
    if not ours:
        return ""
    q = max(ours, key=lambda r: r.n)
    naive = [r for r in rows if r.stage == "naive" and not r.error and not r.extrapolated]
    nq = max(naive, key=lambda r: r.n) if naive else None
    theirs = {(x["query"], x["mode"]): x for x in nq.detail.get("queries", [])} if nq else {}
    lines = [
        f"stored queries on the N={q.n} store (median of {q.detail.get('runs')} runs, ms); "
        + (f"naive: rdflib on N={nq.n}" if nq else "no naive run"),
        f"{'query':<22} {'mode':<4} {'rows':>7} {'median':>9} {'engine':>9} {'server':>9} "
        f"{'naive':>10}" + (f" {'naive rows':>10}" if nq else ""),
    ]
    for x in q.detail["queries"]:
        t = theirs.get((x["query"], x["mode"]))
        naive_ms = _naive_cell(t)
        naive_rows = (
            f" {t['rows'] if t['rows'] >= 0 else '-':>10}" if t else (f" {'-':>10}" if nq else "")
        )
        engine = f"{x['engine_ms']:.1f}" if x["engine_ms"] else "-"
        server = f"{x['server_ms']:.1f}" if x.get("server_ms") else "-"
        lines.append(
            f"{x['query']:<22} {x['mode']:<4} {x['rows']:>7} {x['median_ms']:>9.1f} {engine:>9} "
            f"{server:>9} {naive_ms:>10}{naive_rows}"
        )
    return "\n".join(lines)


def _naive_cell(timing: dict[str, Any] | None) -> str:
    """A naive query's median: `-` not run, `failed`, `>budget` stopped, else the median."""
    if not timing:
        return "-"
    if timing.get("failed"):
        return "failed"
    if timing.get("timed_out"):
        return f">{timing['median_ms']:.0f}"
    return f"{timing['median_ms']:.1f}"


def plot(rows: list[Row], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 6))
    cmap = plt.get_cmap("tab20")
    for i, stage in enumerate(dict.fromkeys(r.stage for r in rows)):
        color = cmap(i % 20)
        naive = stage.startswith("naive")
        pts = sorted((r.n, max(r.wall_s, 1e-3), r.extrapolated) for r in rows
                     if r.stage == stage and not r.error)  # fmt: skip
        measured = [(x, y) for x, y, e in pts if not e]
        if measured:
            ax.plot([x for x, _ in measured], [y for _, y in measured], marker="o", color=color,
                    linestyle="--" if naive else "-", label=stage)  # fmt: skip
        extra = [(x, y) for x, y, e in pts if e]
        if extra:
            xs = [measured[-1][0]] + [x for x, _ in extra] if measured else [x for x, _ in extra]
            ys = [measured[-1][1]] + [y for _, y in extra] if measured else [y for _, y in extra]
            ax.plot(xs, ys, marker="o", markerfacecolor="none", linestyle=":", color=color,
                    label=None if measured else f"{stage} (extrapolated)")  # fmt: skip
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("resolutions (N)")
    ax.set_ylabel("wall time (s)")
    ax.set_title(title + "\nsolid: ours, dashed: naive, dotted/hollow: extrapolated", fontsize=7)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=6, ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _row_from_json(d: dict[str, Any]) -> Row:
    return Row(**{k: v for k, v in d.items() if k in Row.__dataclass_fields__})


def _order(row: Row) -> tuple[int, int]:
    head = row.stage.split("/")[0]
    return row.n, list(STAGES).index(head) if head in STAGES else len(STAGES)


def report(rows: list[Row], sizes: list[int]) -> str:
    measured = [r for r in rows if not r.extrapolated]
    extra = extrapolate(measured, sizes)
    everything = sorted([*measured, *extra], key=_order)
    parts = [
        table(everything),
        "scaling exponents (log-log slope of wall time between sizes):",
        exponent_table(exponents(everything, sizes)),
        "naive / ours:",
        ratio_table(ratios(everything, sizes)),
        query_table(everything),
    ]
    return "\n\n".join(p for p in parts if p)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--out", default="bench/results", help="where latest.json/.png go")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--stages", default=",".join(STAGES), help=f"comma-separated, of: {', '.join(STAGES)}"
    )
    parser.add_argument(
        "--naive-cap", type=int, default=100,
        help="run the naive pipeline up to this N, extrapolate beyond (default 100)",
    )  # fmt: skip
    parser.add_argument(
        "--merge", action="store_true",
        help="keep the rows of <out>/latest.json for the sizes not run now",
    )  # fmt: skip
    parser.add_argument("--keep", metavar="DIR", help="write corpora under DIR and keep them")
    # internal: run one stage in this (child) process
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(unknown)}")
    if "generate" not in stages:
        stages.insert(0, "generate")  # every other stage needs the corpus
    out = Path(args.out)
    m = machine()
    print(machine_line(m), flush=True)
    rows: list[Row] = []
    if args.merge and (out / "latest.json").is_file():
        old = json.loads((out / "latest.json").read_text(encoding="utf-8"))
        rows = [_row_from_json(r) for r in old.get("results", []) if r["n"] not in sizes]
        rows = [r for r in rows if not r.extrapolated]
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"nqgraph-bench-{n}-") as tmp:
            base = Path(args.keep) / f"n{n}" if args.keep else Path(tmp)
            corpus, workdir = base / "corpus", base / "work"
            corpus.mkdir(parents=True, exist_ok=True)
            workdir.mkdir(parents=True, exist_ok=True)
            for stage in stages:
                if stage == "naive" and n > args.naive_cap:
                    continue
                res = _run_in_child(stage, Params(n, args.seed), corpus, workdir)
                if isinstance(res, str):
                    row = Row(stage, n, error=res)
                else:
                    row = Row(
                        stage, n, round(res.wall, 4), res.items, res.triples,
                        round(res.peak_rss / 2**20, 1), detail=res.detail,
                    )  # fmt: skip
                if stage == "generate":
                    row.corpus_bytes = sum(f.stat().st_size for f in corpus.iterdir())
                new = [row, *sub_rows(row)]
                rows.extend(new)
                print("\n".join(table(new).splitlines()[2:]), flush=True)
                if row.error and stage != "naive":
                    break  # later stages depend on this one
    all_sizes = sorted({*sizes, *(r.n for r in rows)})
    out.mkdir(parents=True, exist_ok=True)
    extra = extrapolate(rows, all_sizes)
    everything = sorted([*rows, *extra], key=_order)
    result = {
        "machine": m,
        "seed": args.seed,
        "sizes": all_sizes,
        "naive_cap": args.naive_cap,
        "results": [asdict(r) for r in everything],
        "exponents": exponents(everything, all_sizes),
        "naive_over_ours": ratios(everything, all_sizes),
    }
    (out / "latest.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    plot(everything, out / "latest.png", machine_line(m))
    print()
    print(report(rows, all_sizes))
    print(f"\nwrote {out / 'latest.json'} and {out / 'latest.png'}")
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    run(main)
