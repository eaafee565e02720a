"""The stored queries on a generated corpus where documents, bodies and concepts are shared.

Every resolution lives in its own named graph, and a node that several resolutions mention (a
law, "Ủy ban nhân dân tỉnh …", an indicator) is described in each of their graphs. Over the
union of the graphs such a node matches once per graph: a query that joins on it multiplies
its rows (and its time). Here ~30 generated resolutions are built and published as `nqgraph
build`/`publish` do, and every stored query must give (1) no two identical rows and (2) exactly
as many rows as an independent count over the per-resolution files (rdflib, not SPARQL).
No timings: those are measured by the benchmark (bench/).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from bench.corpus import write_corpus
from nqgraph.build import build
from nqgraph.catalogue import load_catalogue, run
from nqgraph.namespaces import ELI, NQ
from nqgraph.publish import publish_dir
from nqgraph.store import OxigraphRepo, Rows
from tests.terms import literal, uriref

CATALOGUE = load_catalogue()
N = 30
TW = URIRef("https://w3id.org/nqgraph/vocab/jurisdiction/tw")
CHAIN = (ELI.cites, ELI.amends, ELI.based_on)


@dataclass
class Corpus:
    repo: OxigraphRepo
    graphs: dict[URIRef, Graph]  # resolution -> its own graph (parsed from its Turtle file)

    def union(self) -> Graph:
        merged = Graph()
        for graph in self.graphs.values():
            merged += graph
        return merged


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    root = tmp_path_factory.mktemp("scaling")
    write_corpus(root / "src", N, 0)
    build([root / "src"], root / "out", validate=False)
    graphs: dict[URIRef, Graph] = {}
    for path in sorted((root / "out" / "resolutions").glob("*.ttl")):
        graph = Graph().parse(path, format="turtle")
        (resolution,) = {
            uriref(s)
            for s in graph.subjects(RDF.type, NQ.Resolution)
            if (s, PROV.wasDerivedFrom, None) in graph
        }
        graphs[resolution] = graph
    repo = OxigraphRepo(None)
    publish_dir(repo, root / "out")
    yield Corpus(repo, graphs)
    repo.close()


def no_duplicates(rows: Rows) -> None:
    keys = [tuple(row.get(v) for v in rows.variables) for row in rows]
    repeated = [key for key, n in Counter(keys).items() if n > 1]
    assert not repeated, f"{len(repeated)} repeated row(s), e.g. {repeated[0]}"


def answer(corpus: Corpus, name: str, **params: str) -> Rows:
    rows = run(CATALOGUE[name], corpus.repo, params)
    no_duplicates(rows)
    return rows


def pairs(graph: Graph, subject: URIRef, predicate: URIRef) -> set[URIRef]:
    return {o for o in graph.objects(subject, predicate) if isinstance(o, URIRef)}


def test_the_corpus_shares_nodes(corpus: Corpus) -> None:
    """The point of the exercise: many nodes are described in several graphs."""
    described = Counter(s for g in corpus.graphs.values() for s in set(g.subjects()))
    shared = [s for s, n in described.items() if n > 1]
    assert len(corpus.graphs) == N
    assert len(shared) > 50 and max(described.values()) > N // 2


def test_legal_bases(corpus: Corpus) -> None:
    expected = sum(len(pairs(g, r, ELI.based_on)) for r, g in corpus.graphs.items())
    assert len(answer(corpus, "legal-bases")) == expected


def test_considered_documents(corpus: Corpus) -> None:
    expected = sum(len(pairs(g, r, NQ.considered)) for r, g in corpus.graphs.items())
    assert len(answer(corpus, "considered-documents")) == expected


def test_cited_documents(corpus: Corpus) -> None:
    expected = {
        (r, d)
        for r, g in corpus.graphs.items()
        for d in pairs(g, r, ELI.cites) - pairs(g, r, NQ.considered)
    }
    rows = answer(corpus, "cited-documents")
    assert {(row["resolution"], row["document"]) for row in rows} == expected
    assert len(rows) == len(expected), "one row per resolution and document"
    for row in rows:  # the title is the one the citing resolution gives the document
        own = corpus.graphs[uriref(row["resolution"])]
        titles = set(own.objects(row["document"], URIRef("http://purl.org/dc/terms/title")))
        assert (row["documentTitle"] in titles) if titles else row["documentTitle"] is None


def test_citing_resolutions(corpus: Corpus) -> None:
    cited = Counter(
        d
        for r, g in corpus.graphs.items()
        for d in pairs(g, r, ELI.based_on) | pairs(g, r, ELI.cites)
    )
    for document, _ in cited.most_common(3):  # the most shared documents
        expected = 0
        for r, g in corpus.graphs.items():
            considered = pairs(g, r, NQ.considered)
            expected += document in pairs(g, r, ELI.based_on)
            expected += document in considered
            expected += document in pairs(g, r, ELI.cites) - considered
        rows = answer(corpus, "citing-resolutions", document=str(document))
        assert len(rows) == expected > 1


def targets(corpus: Corpus) -> list[tuple[URIRef, URIRef, Graph]]:
    return [
        (r, t, g)
        for r, g in corpus.graphs.items()
        for t in pairs(g, r, NQ.hasTarget)
        if (t, NQ.indicator, None) in g
    ]


def test_indicator_targets(corpus: Corpus) -> None:
    assert len(answer(corpus, "indicator-targets")) == len(targets(corpus))
    first = next(iter(corpus.graphs))
    mine = [t for r, t, _ in targets(corpus) if r == first]
    assert len(answer(corpus, "indicator-targets", resolution=str(first))) == len(mine)


def test_indicator_series(corpus: Corpus) -> None:
    dated = [(t, g) for _, t, g in targets(corpus) if (t, NQ.targetYear, None) in g]
    assert len(answer(corpus, "indicator-series")) == len(dated)
    indicators = Counter(g.value(t, NQ.indicator) for t, g in dated)
    indicator, count = indicators.most_common(1)[0]
    assert len(answer(corpus, "indicator-series", indicator=str(indicator))) == count > 1


def test_province_series(corpus: Corpus) -> None:
    """A province's series is indicator-series restricted to the resolutions of that province."""
    dated = [(r, t, g) for r, t, g in targets(corpus) if (t, NQ.targetYear, None) in g]
    provinces = Counter(g.value(r, ELI.jurisdiction) for r, _, g in dated)
    assert len(provinces) > 1
    for province, count in provinces.items():
        rows = answer(corpus, "province-series", province=str(province))
        assert len(rows) == count
        assert {row["province"] for row in rows} == {province}
    province, _ = provinces.most_common(1)[0]
    mine = [(t, g) for r, t, g in dated if g.value(r, ELI.jurisdiction) == province]
    indicator, count = Counter(g.value(t, NQ.indicator) for t, g in mine).most_common(1)[0]
    rows = answer(corpus, "province-series", province=str(province), indicator=str(indicator))
    assert len(rows) == count > 0
    everywhere = answer(corpus, "indicator-series", indicator=str(indicator))
    keys = ("indicator", "year", "value", "resolution")
    assert {tuple(r[k] for k in keys) for r in rows} < {
        tuple(r[k] for k in keys) for r in everywhere
    }


def test_target_changes(corpus: Corpus) -> None:
    def by_indicator(r: URIRef) -> Counter[Node | None]:  # None: a target without indicator
        g = corpus.graphs[r]
        return Counter(g.value(t, NQ.indicator) for t in pairs(g, r, NQ.hasTarget))

    checked = 0
    resolutions = list(corpus.graphs)
    for earlier, later in pairwise(resolutions):
        before, after = by_indicator(earlier), by_indicator(later)
        if max([*before.values(), *after.values()], default=0) > 1:
            continue  # an indicator set twice in one text gives a row per combination
        rows = answer(corpus, "target-changes", **{"from": str(earlier), "to": str(later)})
        assert len(rows) == len(set(before) | set(after))
        checked += 1
    assert checked >= 3


def test_responsibilities(corpus: Corpus) -> None:
    expected = sum(len(pairs(g, r, NQ.hasAssignment)) for r, g in corpus.graphs.items())
    assert len(answer(corpus, "responsibilities")) == expected
    bodies = Counter(
        g.value(a, NQ.assignedBody)
        for r, g in corpus.graphs.items()
        for a in pairs(g, r, NQ.hasAssignment)
    )
    body, count = bodies.most_common(1)[0]  # the body most charged, in many graphs
    assert len(answer(corpus, "responsibilities", body=str(body))) == count > 1


def test_session_record(corpus: Corpus) -> None:
    rows = answer(corpus, "session-record")
    assert sorted(uriref(row["resolution"]) for row in rows) == sorted(corpus.graphs)
    for row in rows:
        resolution = uriref(row["resolution"])
        g = corpus.graphs[resolution]
        assert int(literal(row["recipientCount"])) == len(pairs(g, resolution, NQ.recipient))


def test_provenance(corpus: Corpus) -> None:
    for resolution in list(corpus.graphs)[:5]:
        for node in (resolution, URIRef(f"{resolution}/chi-tieu/1")):
            rows = answer(corpus, "provenance", node=str(node))
            assert len(rows) == (1 if (node, NQ.span, None) in corpus.graphs[resolution] else 0)


def test_task_lineage(corpus: Corpus) -> None:
    union = corpus.union()  # chains of citation cross graphs: followed in the union, as sets

    def reached(start: URIRef) -> set[URIRef]:
        seen, todo = {start}, [start]
        while todo:
            node = todo.pop()
            for predicate in CHAIN:
                for o in union.objects(node, predicate):
                    if isinstance(o, URIRef) and o not in seen:
                        seen.add(o)
                        todo.append(o)
        return seen

    def central(document: URIRef) -> bool:
        return "/eli/vn/tw/" in str(document) or (document, ELI.jurisdiction, TW) in union

    expected = 0
    for r, g in corpus.graphs.items():
        for task in pairs(g, r, NQ.hasTask):
            for referred in pairs(g, task, NQ.refersTo):
                expected += sum(central(d) for d in reached(referred))
    rows = answer(corpus, "task-lineage")
    assert len(rows) == expected > 0
    keys = [(row["task"], row["referredDocument"], row["document"]) for row in rows]
    assert len(keys) == len(set(keys))


def test_every_query_is_covered() -> None:
    tested = {
        name.removeprefix("test_").replace("_", "-")
        for name in globals()
        if name.startswith("test_")
    }
    assert set(CATALOGUE) <= tested


def test_build_output_layout(tmp_path: Path) -> None:
    """publish_dir reads what build writes: one graph per resolution, plus the vocabularies."""
    write_corpus(tmp_path / "src", 3, 1)
    build([tmp_path / "src"], tmp_path / "out", validate=False)
    with OxigraphRepo(None) as repo:
        published = publish_dir(repo, tmp_path / "out")
        names = repo.graph_names()
    assert len(names) == 3 + 1 and names == sorted(published.graphs)
    assert all(n.endswith("/graph") for n in names if not n.endswith("/vocab"))
