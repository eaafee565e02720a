"""The pipeline a user would write with the same libraries, for comparison (one child process).

* `read+graph`: our reader and graph builder in a plain loop (one process), every triple added to
  ONE rdflib in-memory `Graph`, plus the ontology and the SKOS vocabularies parsed into it;
* `validate`: pySHACL over the whole graph with `ontology/shapes.ttl` (`inference="none"`,
  `advanced=True`, as ours), before reasoning;
* `reason`: owlrl's OWL RL closure (`DeductiveClosure(OWLRL_Semantics).expand`) of the whole graph;
* `write`: the whole (closed) graph serialised with rdflib's Turtle writer;
* `query`: every stored query with rdflib's SPARQL engine (`Graph.query`, `initBindings`), the
  same parameters as ours; median of `NAIVE_RUNS` runs; a query still running after
  `NAIVE_QUERY_BUDGET_S` is stopped and recorded as timed out (its time a lower bound); one
  rdflib fails on is recorded as failed and left out of the ratio.

The sub-stages run one after the other in the same process, each timed on its own; the peak
memory is that of the whole run. Too slow beyond a few hundred resolutions: the runner runs it up
to `--naive-cap` and extrapolates beyond (marked so).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from bench.stages import Params, StageResult, time_queries

NAIVE_RUNS = 3  # rdflib queries take seconds each: fewer runs than ours
#: a naive query still running after this long is recorded as timed out (the listings over
#: the whole corpus took 14 minutes together at N=10 on rdflib: measured)
NAIVE_QUERY_BUDGET_S = 30.0
NAIVE_PIECES = ("read+graph", "validate", "reason", "write", "query")


def rdflib_repo(graph: Any) -> Any:
    """A `nqgraph.store.Repo` over an rdflib `Dataset`, one named graph per resolution
    (rdflib's SPARQL engine)."""
    from rdflib.query import Result

    from nqgraph.store import Bindings, Repo, Rows, Term

    class RdflibRepo(Repo):
        def select(self, query: str, bindings: Bindings | None = None) -> Rows:
            result: Result = graph.query(query, initBindings=dict(bindings or {}))
            names = [str(v) for v in result.vars or []]
            rows: list[dict[str, Term | None]] = [
                {name: row[name] for name in names}  # type: ignore[index,call-overload,misc]
                for row in result
            ]
            return Rows(names, rows)

        def ask(self, query: str, bindings: Bindings | None = None) -> bool:
            return bool(graph.query(query, initBindings=dict(bindings or {})).askAnswer)

        def replace_graph(self, graph_iri: str, data: bytes, format: str = "") -> None:
            raise NotImplementedError

        def drop_graph(self, graph_iri: str) -> None:
            raise NotImplementedError

        def construct(self, query: str, bindings: Bindings | None = None) -> list[Any]:
            raise NotImplementedError

        def graph_names(self) -> list[str]:
            return []

        def close(self) -> None:
            pass

    return RdflibRepo()


class Naive:
    """One rdflib Graph, owlrl over all of it, pySHACL over all of it, rdflib SPARQL."""

    name = "naive"

    def __init__(self, params: Params) -> None:
        self.params = params

    def run(self, corpus_dir: Path, workdir: Path) -> StageResult:
        import owlrl
        import pyshacl
        from rdflib import Dataset, Graph, URIRef
        from rdflib.namespace import SH

        from nqgraph import reader, resources
        from nqgraph.graph import resolution_triples
        from nqgraph.iris import Iris, graph_name
        from nqgraph.namespaces import DEFAULT_BASE, VOCAB_GRAPH
        from nqgraph.terms import rdflib_triples
        from nqgraph.validate import shapes_graph

        pieces: dict[str, float] = {}

        def done(piece: str, began: float) -> None:  # a long run shows where it is
            pieces[piece] = time.perf_counter() - began
            print(f"naive {self.params.n}: {piece} {pieces[piece]:.1f} s", file=sys.stderr)

        start = time.perf_counter()
        graph = Graph()
        dataset = Dataset(
            default_union=True
        )  # the same triples, one named graph per resolution, for the queries
        iris = Iris(DEFAULT_BASE)
        files = reader.source_files([corpus_dir])
        for path in files:
            res = reader.read_path(path)
            named = dataset.graph(URIRef(graph_name(iris.resolution(res))))
            for triple in rdflib_triples(resolution_triples(res, iris, None)):
                graph.add(triple)
                named.add(triple)
        asserted = len(graph)
        vocab = dataset.graph(URIRef(VOCAB_GRAPH))
        for f in resources.ontology_files():
            graph.parse(f, format="turtle")
            vocab.parse(f, format="turtle")
        done("read+graph", start)

        t = time.perf_counter()
        conforms, results, _ = pyshacl.validate(
            graph, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_infos=True
        )
        done("validate", t)
        assert isinstance(results, Graph)
        findings = sum(1 for _ in results.objects(None, SH.result))

        t = time.perf_counter()
        before = len(graph)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
        inferred = len(graph) - before
        done("reason", t)

        t = time.perf_counter()
        graph.serialize(destination=str(workdir / "naive.ttl"), format="turtle")
        done("write", t)
        build_wall = time.perf_counter() - start

        t = time.perf_counter()
        timings = time_queries(
            rdflib_repo(dataset),
            runs=NAIVE_RUNS,
            scoped=False,
            budget_s=NAIVE_QUERY_BUDGET_S,
            keep_going=True,
        )
        done("query", t)
        detail: dict[str, Any] = {
            "pieces_wall_s": {k: round(v, 4) for k, v in pieces.items()},
            "build_wall_s": round(build_wall, 4),
            "conforms": bool(conforms),
            "findings": findings,
            "asserted_triples": asserted,
            "inferred_triples": inferred,
            "queries": [
                {
                    "query": q.query,
                    "mode": q.mode,
                    "rows": q.rows,
                    "median_ms": q.median_ms,
                    "timed_out": q.timed_out,
                    "failed": q.failed,
                }
                for q in timings
            ],
            "runs": NAIVE_RUNS,
        }
        return StageResult(build_wall, len(files), len(graph), detail=detail)
