"""The corpus benchmark's runner works end to end on a tiny corpus (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import Row, exponents, extrapolate, main, ratios, slope
from bench.stages import pick_params, time_queries
from nqgraph.catalogue import load_catalogue
from nqgraph.store import OxigraphRepo


def test_runner_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "results"
    code = main(["--sizes", "1,3", "--out", str(out), "--naive-cap", "1", "--stages",
                 "generate,build,query,naive"])  # fmt: skip
    assert code == 0
    report = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    assert (out / "latest.png").stat().st_size > 0
    assert report["sizes"] == [1, 3]
    assert {"cores", "cpu", "python", "versions", "ram_gib"} <= set(report["machine"])
    rows = {(r["stage"], r["n"]): r for r in report["results"]}
    for n in (1, 3):
        build = rows[("build", n)]
        assert build["error"] is None and build["items"] == n and build["triples"] > 0
        pieces = build["detail"]["pieces_wall_s"]
        assert set(pieces) == {"read", "graph", "serialise", "validate", "reason", "write",
                               "store", "optimize"}  # fmt: skip
        assert sum(pieces.values()) == pytest.approx(build["wall_s"], rel=0.05, abs=0.05)
        assert build["detail"]["violations"] == 0
        assert ("build/validate", n) in rows
        queries = rows[("query", n)]["detail"]["queries"]
        assert queries and all(q["median_ms"] > 0 and len(q["runs_ms"]) == 5 for q in queries)
        assert all(q["server_ms"] > 0 for q in queries)  # through `oxigraph serve-read-only`
    naive = rows[("naive", 1)]
    assert naive["error"] is None and not naive["extrapolated"]
    assert naive["detail"]["inferred_triples"] > 0
    assert rows[("naive", 3)]["extrapolated"]  # beyond --naive-cap
    assert rows[("naive/reason", 3)]["extrapolated"]
    assert "build" in report["exponents"]
    assert report["naive_over_ours"][0]["n"] == 1


def test_extrapolation_and_exponents() -> None:
    rows = [
        Row("build", 10, 1.0, 10),
        Row("build", 100, 10.0, 100),
        Row("naive", 10, 2.0, 10),
        Row("naive", 100, 40.0, 100),
    ]
    assert slope(10, 1.0, 100, 10.0) == pytest.approx(1.0)
    extra = extrapolate(rows, [10, 100, 1000])
    assert [(r.stage, r.n, r.extrapolated) for r in extra] == [("naive", 1000, True)]
    k = slope(10, 2.0, 100, 40.0)
    assert k is not None
    assert extra[0].wall_s == pytest.approx(40.0 * 10**k, rel=1e-3)
    everything = rows + extra
    exps = exponents(everything, [10, 100, 1000])
    assert exps["build"] == {"10-100": 1.0}
    assert "100-1000" not in exps["naive"]  # never from an extrapolated point
    ratio = ratios(everything, [10, 100, 1000])
    assert [(r["n"], r["build"]) for r in ratio] == [(10, 2.0), (100, 4.0)]  # no ours at 1000


def test_every_query_is_timed_at_every_size(local_repo: OxigraphRepo) -> None:
    """Beyond WHOLE_CORPUS_MAX only parameterised forms are timed: indicator-series too, with
    the indicator of the first target (no timing assertions)."""
    picked, resolution = pick_params(local_repo)
    assert resolution is not None
    (indicator,) = picked["indicator-series"].values()
    assert indicator.startswith("https://w3id.org/nqgraph/vocab/indicator/")
    timings = time_queries(local_repo, runs=1, whole_corpus=False)
    assert {t.query for t in timings} == set(load_catalogue())
    (series,) = [t for t in timings if t.query == "indicator-series"]
    assert (series.mode, series.params) == ("one", {"indicator": indicator})
    assert series.rows > 0
    everything = time_queries(local_repo, runs=1)  # small N: the whole-corpus listing as well
    modes = {(t.mode, tuple(t.params)) for t in everything if t.query == "indicator-series"}
    assert modes == {("all", ()), ("one", ("indicator",))}
    # a province is required: "all" is that province's every target, "one" one indicator's
    province = picked["province-series"]["province"]
    assert province == "https://w3id.org/nqgraph/vocab/jurisdiction/thai-nguyen"
    by_mode = {t.mode: t for t in everything if t.query == "province-series"}
    assert by_mode["all"].params == {"province": province}
    assert by_mode["one"].params == {"province": province, "indicator": indicator}
    assert by_mode["all"].rows > by_mode["one"].rows > 0


def test_a_district_s_resolution_gives_province_series_its_province() -> None:
    """The first resolution may be a district council's, whose jurisdiction is the district
    (a concept narrower than its province): province-series gets the province, whose series
    the benchmark times (it timed a district's 78 rows at 10,000)."""
    import pyoxigraph as ox

    from bench.corpus import generate
    from nqgraph import reader
    from nqgraph.graph import resolution_triples
    from nqgraph.iris import Iris, graph_name
    from nqgraph.turtle import TurtleWriter

    name, text = next((n, t) for n, t in generate(200, seed=0) if "-huyen-" in n)
    res = reader.read_text(text, name)
    iris = Iris()
    turtle = TurtleWriter({}).serialize(resolution_triples(res, iris))
    with OxigraphRepo(None) as repo:
        repo.store.load(
            turtle.encode(),
            ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(graph_name(iris.resolution(res))),
        )
        picked, _ = pick_params(repo)
    province = picked["province-series"]["province"]
    jurisdiction = "https://w3id.org/nqgraph/vocab/jurisdiction/"
    assert province.startswith(jurisdiction) and "/" not in province[len(jurisdiction) :]


def test_a_naive_query_past_its_budget_is_stopped(local_repo: OxigraphRepo) -> None:
    """A stored query that runs past the budget is recorded as timed out (not waited for),
    and the query ratio it enters is printed as a lower bound."""
    import time

    from bench.__main__ import ratio_table

    class Slow:
        """The store, but every answer takes a second of Python work (as rdflib's would)."""

        def select(self, query: str, bindings: object = None) -> object:
            end = time.perf_counter() + 1.0
            while time.perf_counter() < end:
                pass
            return local_repo.select(query, bindings)  # type: ignore[arg-type]

        def ask(self, query: str, bindings: object = None) -> bool:
            return local_repo.ask(query, bindings)  # type: ignore[arg-type]

    start = time.perf_counter()
    timings = time_queries(Slow(), runs=1, scoped=False, budget_s=0.2)
    assert timings and all(t.timed_out and t.rows == -1 for t in timings)
    assert all(t.median_ms == 200.0 for t in timings)
    assert time.perf_counter() - start < 1.5 * len(timings) + 3  # stopped, not run through
    table = ratio_table([{"n": 10, "build": 20.0, "query": 35.5, "query_at_least": True}])
    assert ">=35.5x" in table and "20.0x" in table and ">=20.0x" not in table


def test_a_query_the_engine_fails_on_is_recorded(local_repo: OxigraphRepo) -> None:
    """With keep_going (the naive run), a query rdflib raises on is recorded as failed, left
    out of the query ratio and printed as such; without it, the error stops the timing."""
    from bench.__main__ import _naive_cell

    class Failing:
        def select(self, query: str, bindings: object = None) -> object:
            if "GROUP_CONCAT" in query:
                raise ValueError("Variable recipientLabel is not bound\nmore")
            return local_repo.select(query, bindings)  # type: ignore[arg-type]

        def ask(self, query: str, bindings: object = None) -> bool:
            return local_repo.ask(query, bindings)  # type: ignore[arg-type]

    timings = time_queries(Failing(), runs=1, scoped=False, keep_going=True)
    failed = [t for t in timings if t.failed]
    assert failed and all(t.failed == "Variable recipientLabel is not bound" for t in failed)
    assert any(not t.failed and t.rows >= 0 for t in timings)
    assert _naive_cell({"failed": failed[0].failed, "median_ms": 0.0}) == "failed"
    with pytest.raises(ValueError):
        time_queries(Failing(), runs=1, scoped=False)
    # the ratio sums only the queries both engines answered: 30 / 1, not (30 + 0) / (1 + 1)
    ours = [{"query": q, "mode": "all", "median_ms": 1.0} for q in ("a", "b")]
    theirs = [
        {"query": "a", "mode": "all", "median_ms": 30.0},
        {"query": "b", "mode": "all", "median_ms": 0.0, "failed": "not bound"},
    ]
    rows = [Row("query", 10, detail={"queries": ours})]
    rows.append(Row("naive", 10, detail={"queries": theirs}))
    assert ratios(rows, [10])[0]["query"] == 30.0


def test_every_shape_of_the_reader_benchmark_reads_at_its_size() -> None:
    """`python -m bench.shapes` times texts the reader accepts (a refused one would time an
    error), of the size asked for, each giving what its shape is about."""
    from bench.shapes import SHAPES
    from nqgraph.reader import read_text

    for name, make in SHAPES.items():
        text = make(8_000)
        assert 8_000 <= len(text.encode("utf-8")) <= 8_000 + 4_000, name
        res = read_text(text, "shape.md")
        named = [r for r in res.references if r.kind.name == "NAMED"]
        found = {
            "articles repeated": len(res.targets) > 10,
            "table of targets": len(res.targets) > 10,
            "targets in one item": len(res.targets) > 10,
            "table of tasks": len(res.tasks) > 10,
            "bodies in one task": len(res.assignments) > 10,
            "considered on one line": len(res.considered) > 10,
            "laws on one line": len(res.legal_bases) > 10,
            "names without a stop": len(named) > 1,
            "district, words without stops": res.locality == "huyện Đại Từ",
            "short paragraphs": len(res.tasks) > 10,
        }
        assert found[name], name
    assert set(found) == set(SHAPES)  # every shape says what it is about


@pytest.mark.parametrize(
    "module", [["bench", "--sizes", "1", "--stages", "generate"], ["bench.shapes", "--sizes", "1"]]
)
def test_piped_into_head_a_benchmark_stops_quietly(module: list[str], tmp_path: Path) -> None:
    """`python -m bench | head -1`: the reader leaves after one line, the benchmark exits 0."""
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", *module, "--out", str(tmp_path)],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()  # the first line, then the pipe is gone
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err
