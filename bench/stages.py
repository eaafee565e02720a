"""The stages of our pipeline: the real `nqgraph.build.build`, and the stored queries.

**How `build` is split.** The stage runs the real build once — `build(corpus, out,
store=<work>/store, validate=True, reason=True, jobs=os.cpu_count(), force=True)`. The build
records its own timings: each worker times its steps per document (`read`, `graph`,
`serialise`, `validate`, `reason`: **CPU-seconds** of the pool, summed over documents) and the
parent times `write` (moving the staged files into place, VoID, dump) and `store` (bulk load):
**wall seconds**. The parallel part's wall time is split between the per-document steps in
proportion to their CPU-seconds (`share × pool wall`), so the pieces add up to the measured
total. Peak memory is the largest single process (`ru_maxrss`, filled in by the runner) and, in
`detail`, the peak of the whole process tree (parent + workers, sampled from /proc every 0.2 s).
"""

from __future__ import annotations

import os
import signal
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from nqgraph import build


@dataclass(frozen=True, slots=True)
class StageResult:
    wall: float  # seconds, measured inside the child around `run`
    items: int  # what the stage handled: texts, resolutions, queries …
    triples: int = 0  # triples produced or loaded, where that means something
    peak_rss: int = 0  # bytes; filled in by the parent from the child's rusage
    detail: dict[str, Any] = field(default_factory=dict)  # stage-specific figures (JSON)


@dataclass(frozen=True, slots=True)
class Params:
    n: int
    seed: int


#: Per-document pieces timed in the workers, in pipeline order.
PIECES = ("read", "graph", "serialise", "validate", "reason")
PARENT_STEPS = ("write", "store", "optimize")  # timed in the parent, after the pool


# --------------------------------------------------------------------------- memory of a tree


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants (Linux /proc; 0 elsewhere)."""
    total, todo, page = 0, [pid], os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * page
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError, IndexError):
            continue
    return total


class TreeMemory:
    """Samples the resident memory of this process and its children in a thread."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        pid = os.getpid()
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- build


class Build:
    """The real build (read, graph, validate, reason, write, store), split by instrumentation."""

    name = "build"

    def __init__(self, params: Params) -> None:
        self.params = params

    def run(self, corpus_dir: Path, workdir: Path) -> StageResult:
        jobs = os.cpu_count() or 1
        out, store = workdir / "out", workdir / "store"
        with TreeMemory() as memory:
            start = time.perf_counter()
            result = build.build(
                [corpus_dir], out, store=store, validate=True, reason=True, jobs=jobs, force=True
            )
            wall = time.perf_counter() - start
        steps = result.step_seconds()
        cpu = {k: steps.get(k, 0.0) for k in PIECES}
        parent = {k: steps.get(k, 0.0) for k in PARENT_STEPS}
        pool_wall = max(wall - sum(parent.values()), 0.0)
        total_cpu = sum(cpu.values()) or 1.0
        pieces = {k: pool_wall * v / total_cpu for k, v in cpu.items()}
        pieces.update(parent)
        outcomes = [*result.outcomes, *result.refused]
        detail: dict[str, Any] = {
            "jobs": jobs,
            "method": "the build's own step timings; per-document pieces = pool wall x CPU share",
            "pieces_wall_s": {k: round(v, 4) for k, v in pieces.items()},
            "pieces_cpu_s": {k: round(v, 4) for k, v in cpu.items()},
            "pool_wall_s": round(pool_wall, 4),
            "tree_peak_mb": round(memory.peak / 2**20, 1),
            "resolutions": len(result.outcomes),
            "refused": len(result.refused),
            "violations": sum(o.violations for o in outcomes),
            "warnings": sum(o.warnings for o in outcomes),
            "asserted_triples": sum(o.triples for o in outcomes),
            "inferred_triples": sum(o.inferred_triples for o in outcomes),
            # why resolutions were refused (their violations), the first few
            "refused_examples": [
                f"{Path(o.source).name}: {m}"
                for o in result.refused
                for m in o.messages
                if ": Violation: " in m
            ][:10],
        }
        triples = detail["asserted_triples"] + detail["inferred_triples"]
        return StageResult(wall, len(outcomes), triples, detail=detail)


# --------------------------------------------------------------------------- stored queries

WHOLE_CORPUS_MAX = 100  # largest N at which whole-corpus listings are timed
RUNS = 5  # timed runs per query (after one warm-up); the median is reported
SLOW_S = 2.0  # a query whose warm-up takes longer is timed once (else the stage takes hours)
SERVER_TIMEOUT_S = 600  # per query through the server: a listing at 10,000 takes seconds

#: A resolution-scoped variant of every query with an optional `resolution` parameter.
_SCOPED = "resolution"


@dataclass(frozen=True, slots=True)
class QueryTiming:
    query: str
    mode: str  # "all": the whole corpus (required parameters only); "one": one resolution,
    # or (a query without a `resolution` parameter) its optional parameters bound too
    params: dict[str, str]
    rows: int
    median_ms: float
    runs_ms: list[float]
    engine_ms: float  # median of pyoxigraph alone (no parameter look-up, no rdflib terms)
    timed_out: bool = False  # the warm-up ran past the budget: median_ms is the budget
    failed: str | None = None  # the engine's error (keep_going), first line; no time
    server_ms: float = 0.0  # median through Oxigraph's SPARQL server (HTTP, values pre-bound)


class _OverBudget(Exception):
    pass


@contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after `seconds` (SIGALRM, main thread, Unix) with `_OverBudget`:
    rdflib's evaluator is Python, so the interruption lands between two of its steps."""
    if seconds is None or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pick_params(repo: Any) -> tuple[dict[str, dict[str, str]], str | None]:
    """Parameter values taken from the store, and one resolution's IRI: the required
    parameters of every query that has some, and `indicator-series`' optional indicator (that
    of the first target of the first resolution: the first target a generated resolution sets
    is GRDP growth, which every resolution sets, so the series has one row per resolution);
    `province-series` gets that resolution's province (a district's or commune's: the province
    it is in), and the same indicator as its option."""
    from nqgraph.store import Rows

    def first(sparql: str, bindings: dict[str, Any] | None = None) -> dict[str, Any]:
        rows: Rows = repo.select(sparql, bindings)
        return rows.rows[0] if rows.rows else {}

    prefix = (
        "PREFIX nq: <https://w3id.org/nqgraph/ontology#>\n"
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
    )
    # each resolution in its own graph: over the union, shared nodes repeat once per graph
    one = first(
        prefix + "SELECT ?r ?t WHERE { GRAPH ?g { ?r a nq:Resolution ; nq:hasTarget ?t } } "
        "ORDER BY ?r ?t LIMIT 1"
    )
    pair = first(
        prefix + "SELECT ?a ?b WHERE { "
        "{ SELECT DISTINCT ?a ?body ?da WHERE { GRAPH ?ga { ?a a nq:Resolution ; "
        "eli:passed_by ?body ; eli:date_document ?da ; nq:hasTarget [] } } } "
        "{ SELECT DISTINCT ?b ?body ?db WHERE { GRAPH ?gb { ?b a nq:Resolution ; "
        "eli:passed_by ?body ; eli:date_document ?db ; nq:hasTarget [] } } } "
        "FILTER(?da < ?db) } ORDER BY ?a ?b LIMIT 1"
    )
    res = str(one["r"]) if one else None
    params: dict[str, dict[str, str]] = {"citing-resolutions": {"document": "18-NQ/TW"}}
    if one:
        params["provenance"] = {"node": str(one["t"])}
        indicator = first(
            prefix + "SELECT ?t ?i WHERE { GRAPH ?g { ?t nq:indicator ?i } } ORDER BY ?i LIMIT 1",
            {"t": one["t"]},
        )
        # a district's or commune's resolution: its province (the unit's broader concept)
        province = first(
            prefix + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            "SELECT ?r ?j WHERE { GRAPH ?g { ?r eli:jurisdiction ?unit "
            "OPTIONAL { ?unit skos:broader ?broader } BIND(COALESCE(?broader, ?unit) AS ?j) } } "
            "LIMIT 1",
            {"r": one["r"]},
        )
        if indicator:
            params["indicator-series"] = {"indicator": str(indicator["i"])}
        if province:
            params["province-series"] = {"province": str(province["j"])}
            if indicator:
                params["province-series"]["indicator"] = str(indicator["i"])
    if pair:
        params["target-changes"] = {"from": str(pair["a"]), "to": str(pair["b"])}
    elif res:
        params["target-changes"] = {"from": res, "to": res}
    return params, res


def time_queries(
    repo: Any,
    engine: Callable[[str], int] | None = None,
    runs: int = RUNS,
    scoped: bool = True,
    whole_corpus: bool = True,
    budget_s: float | None = None,
    keep_going: bool = False,
    params: tuple[dict[str, dict[str, str]], str | None] | None = None,
) -> list[QueryTiming]:
    """Every stored query through `catalogue.run` on `repo`: one warm-up, then `runs` timings.
    With `budget_s`, a warm-up running longer is stopped and recorded as timed out; with
    `keep_going`, a query the engine fails on is recorded as failed (rdflib's evaluator raises
    on some aggregates over unbound values: seen on `session-record`) instead of stopping.
    `params` are `pick_params`' answer when the caller has it (the same store, another way in).

    "all" runs a query over the whole corpus (its required parameters only): a listing whose
    output grows with the corpus; "one" scopes it to one resolution, or binds its parameter
    (a query with no `resolution` parameter but a picked optional one: `indicator-series`)."""
    from nqgraph import catalogue

    picked, res = params or pick_params(repo)
    out: list[QueryTiming] = []
    for name, query in catalogue.load_catalogue().items():
        chosen = picked.get(name, {})
        unscoped = {k: v for k, v in chosen.items() if query.param(k).required}
        modes: list[tuple[str, dict[str, str]]] = []
        if whole_corpus or unscoped:  # a query with a required parameter is scoped by it
            modes.append(("all", unscoped))
        if scoped and res and any(p.name == _SCOPED for p in query.params):
            modes.append(("one", {**unscoped, _SCOPED: res}))
        elif scoped and chosen != unscoped:
            modes.append(("one", chosen))
        for mode, values in modes:
            if any(p.required and p.name not in values for p in query.params):
                continue
            start = time.perf_counter()
            try:
                with _budget(budget_s):
                    rows = len(catalogue.run(query, repo, values))  # warm-up
            except _OverBudget:
                assert budget_s is not None
                ms = round(budget_s * 1000, 3)
                out.append(QueryTiming(name, mode, values, -1, ms, [], 0.0, timed_out=True))
                continue
            except Exception as exc:
                if not keep_going:
                    raise
                error = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                out.append(QueryTiming(name, mode, values, -1, 0.0, [], 0.0, failed=error))
                continue
            slow = time.perf_counter() - start > SLOW_S
            times = []
            for _ in range(1 if slow else runs):
                start = time.perf_counter()
                catalogue.run(query, repo, values)
                times.append((time.perf_counter() - start) * 1000)
            engine_ms = 0.0
            if engine is not None and not values:
                samples = []
                for _ in range(1 if slow else runs):
                    start = time.perf_counter()
                    engine(query.text)
                    samples.append((time.perf_counter() - start) * 1000)
                engine_ms = statistics.median(samples)
            out.append(
                QueryTiming(
                    name, mode, values, rows, round(statistics.median(times), 3),
                    [round(t, 3) for t in times], round(engine_ms, 3),
                )
            )  # fmt: skip
    return out


class Query:
    """Every stored query on the store `build` left in the work directory."""

    name = "query"

    def __init__(self, params: Params) -> None:
        self.params = params

    def run(self, corpus_dir: Path, workdir: Path) -> StageResult:
        from nqgraph.serve import OxigraphServer
        from nqgraph.store import OxigraphRepo, RemoteRepo

        start = time.perf_counter()
        with OxigraphRepo(workdir / "store", read_only=True) as repo:
            store = repo.store

            def engine(text: str) -> int:
                result = store.query(text, use_default_graph_as_union=True)
                return len(list(result)) if isinstance(result, ox.QuerySolutions) else 1

            triples = len(store)
            # whole-corpus listings grow with their output (25,000 target rows at N=1,000):
            # timed up to WHOLE_CORPUS_MAX; beyond, the scoped forms are what a user waits for
            picked = pick_params(repo)
            whole = self.params.n <= WHOLE_CORPUS_MAX
            timings = time_queries(repo, engine, whole_corpus=whole, params=picked)
        # the same queries as `nqgraph query --endpoint` runs them on `nqgraph serve`
        with OxigraphServer(workdir / "store", read_only=True) as server:
            remote = RemoteRepo(server.query_url, timeout=SERVER_TIMEOUT_S)
            over_http = {
                (t.query, t.mode): t.median_ms
                for t in time_queries(remote, whole_corpus=whole, params=picked)
            }
        timings = [replace(t, server_ms=over_http[(t.query, t.mode)]) for t in timings]
        wall = time.perf_counter() - start
        return StageResult(
            wall,
            len(timings),
            triples,
            detail={"queries": [asdict(t) for t in timings], "runs": RUNS},
        )
