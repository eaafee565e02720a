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
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from bench.corpus import write_corpus


@dataclass(frozen=True, slots=True)
class StageResult:
    wall: float  # seconds, measured inside the child around `run`
    items: int  # what the stage handled: texts, resolutions, queries …
    triples: int = 0  # triples produced or loaded, where that means something
    peak_rss: int = 0  # bytes; filled in by the parent from the child's rusage


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


@dataclass(frozen=True, slots=True)
class Params:
    n: int
    seed: int


class Generate:
    """Write the corpus: N texts, Markdown and plain text, like `data/source/`."""

    name = "generate"

    def __init__(self, params: Params) -> None:
        self.params = params

    def run(self, corpus_dir: Path, workdir: Path) -> StageResult:
        start = time.perf_counter()
        write_corpus(corpus_dir, self.params.n, self.params.seed)
        return StageResult(time.perf_counter() - start, self.params.n)


#: Stages in the order they run. The lead adds reading, building, loading, querying … here.
STAGES: dict[str, Callable[[Params], Stage]] = {
    "generate": Generate,
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
    return StageResult(data["wall"], data["items"], data["triples"], peak)


def machine() -> dict[str, object]:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
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
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }


def machine_line(m: dict[str, object]) -> str:
    versions = m["versions"]
    assert isinstance(versions, dict)
    libs = ", ".join(f"{k} {v}" for k, v in versions.items())
    return f"machine: {m['cores']} cores, {m['cpu']}, Python {m['python']}; {libs}"


def table(rows: list[Row]) -> str:
    head = f"{'stage':<12} {'N':>7} {'wall s':>9} {'items':>8} {'items/s':>9} {'triples':>10} "
    head += f"{'peak MB':>8}  note"
    lines = [head, "-" * len(head)]
    for r in rows:
        rate = f"{r.items / r.wall_s:,.0f}" if r.wall_s > 0 else "-"
        note = r.error or (f"{r.corpus_bytes / 2**20:.1f} MB of text" if r.corpus_bytes else "")
        lines.append(
            f"{r.stage:<12} {r.n:>7} {r.wall_s:>9.2f} {r.items:>8} {rate:>9} {r.triples:>10} "
            f"{r.peak_rss_mb:>8.0f}  {note}"
        )
    return "\n".join(lines)


def plot(rows: list[Row], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    for stage in dict.fromkeys(r.stage for r in rows):
        pts = [(r.n, max(r.wall_s, 1e-3)) for r in rows if r.stage == stage and not r.error]
        if pts:
            ax.plot([x for x, _ in pts], [y for _, y in pts], marker="o", label=stage)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("resolutions (N)")
    ax.set_ylabel("wall time (s)")
    ax.set_title(title, fontsize=7)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--out", default="bench/results", help="where latest.json/.png go")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--stages", default=",".join(STAGES), help=f"comma-separated, of: {', '.join(STAGES)}"
    )
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
    m = machine()
    print(machine_line(m), flush=True)
    rows: list[Row] = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"nqgraph-bench-{n}-") as tmp:
            base = Path(args.keep) / f"n{n}" if args.keep else Path(tmp)
            corpus, workdir = base / "corpus", base / "work"
            corpus.mkdir(parents=True, exist_ok=True)
            workdir.mkdir(parents=True, exist_ok=True)
            for stage in stages:
                res = _run_in_child(stage, Params(n, args.seed), corpus, workdir)
                if isinstance(res, str):
                    row = Row(stage, n, error=res)
                else:
                    row = Row(
                        stage, n, round(res.wall, 4), res.items, res.triples,
                        round(res.peak_rss / 2**20, 1),
                    )  # fmt: skip
                if stage == "generate":
                    row.corpus_bytes = sum(f.stat().st_size for f in corpus.iterdir())
                rows.append(row)
                print(table([row]).splitlines()[-1], flush=True)
                if row.error:
                    break  # later stages depend on this one
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": m,
        "seed": args.seed,
        "sizes": sizes,
        "results": [asdict(r) for r in rows],
    }
    (out / "latest.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    plot(rows, out / "latest.png", machine_line(m))
    print()
    print(table(rows))
    print(f"\nwrote {out / 'latest.json'} and {out / 'latest.png'}")
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
