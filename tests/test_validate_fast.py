"""The compiled validator (`nqgraph.shacl_fast`) finds exactly what pySHACL finds.

Both engines run on the same data; their raw results (severity, focus, path, value, source
shape, constraint component, the messages pySHACL attaches, nested details) and the findings
mapped to the source (messages in vi and en, line, file, quote) must be equal. The data: every
shape test case, both seed graphs, the mutated seeds of test_validate.py, generated resolutions
and random breakages of them. pySHACL takes about 1.3 s a generated resolution, so this module
takes about a minute.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from random import Random

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from bench.corpus import generate
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris
from nqgraph.namespaces import nq
from nqgraph.reader import read_text
from nqgraph.shacl_fast import UnsupportedShapes, compile_shapes
from nqgraph.terms import Triple, from_rdflib, is_literal, nt, rdflib_graph
from nqgraph.validate import (
    Report,
    check_triples,
    raw_result,
    shapes_graph,
    validate_graph,
)
from tests.test_reader import (
    BODY_IN_ONE_PARAGRAPH,
    BODY_WITH_A_FEE_TABLE,
    BODY_WITH_PARTNERS,
    WITHOUT_DIEU,
)
from tests.test_shapes import CASE_FILES, load_case
from tests.test_validate import MUTATIONS, SEED_112, _graph

ROOT = Path(__file__).resolve().parents[1]
SEED_GRAPHS = sorted((ROOT / "data" / "turtle" / "resolutions").glob("*.ttl"))
GENERATED = 8  # pySHACL, the reference, takes ~0.6 s per generated resolution
NQSH = "https://w3id.org/nqgraph/shapes#"


def _results(report: Report) -> Counter[tuple[object, ...]]:
    """The raw SHACL results of a report, comparable across engines (blank nodes dropped)."""

    def key(node: Node) -> tuple[object, ...]:
        raw = raw_result(report.results, node)
        return (
            str(raw.severity),
            str(raw.focus),
            raw.path_text,
            raw.value,
            str(raw.shape),
            str(raw.component),
            frozenset((str(m), m.language) for m in raw.messages),
            frozenset(key(d) for d in report.results.objects(node, SH.detail)),  # nested sh:detail
        )

    return Counter(
        key(result)
        for rep in report.results.subjects(RDF.type, SH.ValidationReport)
        for result in report.results.objects(rep, SH.result)
    )


def _findings(report: Report) -> list[tuple[object, ...]]:
    return sorted(
        (
            f.severity,
            f.focus,
            f.path or "",
            f.value or "",
            f.source_shape or "",
            f.message,
            f.source_line or 0,
            f.source_file or "",
            f.quote or "",
            f.resolution or "",
        )
        for f in report.findings
    )


def assert_same(graph: Graph, *, languages: tuple[str, ...] = ("en", "vi")) -> Report:
    """pySHACL and the fast engine agree on `graph`; returns the fast report (English)."""
    reference = {lang: validate_graph(graph, lang=lang, engine="pyshacl") for lang in languages}
    fast = {lang: validate_graph(graph, lang=lang, engine="fast") for lang in languages}
    for lang in languages:
        assert _results(fast[lang]) == _results(reference[lang])
        assert _findings(fast[lang]) == _findings(reference[lang]), lang
        assert [s.label for s in fast[lang].summaries] == [
            s.label for s in reference[lang].summaries
        ]
        assert fast[lang].counts == reference[lang].counts
    return fast[languages[0]]


# -- shape cases, seeds, mutated seeds ---------------------------------------------------------


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.name for p in CASE_FILES])
def test_shape_case(path: Path) -> None:
    assert_same(load_case(path).data)


@pytest.mark.parametrize("path", SEED_GRAPHS, ids=[p.name for p in SEED_GRAPHS])
def test_seed_graph(path: Path) -> None:
    assert_same(Graph().parse(path, format="turtle"))


def test_both_seed_graphs_in_one_file() -> None:
    both = Graph()
    for path in SEED_GRAPHS:
        both += Graph().parse(path, format="turtle")
    assert_same(both, languages=("en",))


@pytest.fixture(scope="module")
def text_112() -> str:
    return SEED_112.read_text(encoding="utf-8")


@pytest.mark.parametrize("mutate", [m[1] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS])
def test_mutated_seed(text_112: str, mutate: object) -> None:
    assert callable(mutate)
    report = assert_same(_graph(mutate(text_112)))
    assert report.findings  # each mutation breaks something


@pytest.mark.parametrize(
    "body",
    ["", BODY_IN_ONE_PARAGRAPH, BODY_WITH_A_FEE_TABLE, BODY_WITH_PARTNERS],
    ids=["none", "paragraph", "table", "partners"],
)
def test_resolution_without_dieu(body: str) -> None:
    """No "Điều": one unnumbered body conforms on both engines (with bodies that coordinate
    too); no body at all breaks both."""
    res = read_text(WITHOUT_DIEU.format(body=body), "45-NQ-HDND-2024-bac-kan.md")
    report = assert_same(rdflib_graph(resolution_triples(res, Iris())))
    assert report.conforms == bool(body)


# -- generated resolutions and random breakages --------------------------------------------------


def _generated() -> list[tuple[str, list[Triple]]]:
    out: list[tuple[str, list[Triple]]] = []
    for name, text in generate(GENERATED, seed=7):
        res = read_text(text, name)
        out.append((name, list(resolution_triples(res, Iris()))))
    return out


GENERATED_TRIPLES = _generated()


def _as_graph(triples: list[Triple]) -> Graph:
    return rdflib_graph(triples)


@pytest.mark.parametrize(
    "triples", [t for _, t in GENERATED_TRIPLES], ids=[n for n, _ in GENERATED_TRIPLES]
)
def test_generated(triples: list[Triple]) -> None:
    assert_same(_as_graph(triples), languages=("en",))
    # `nqgraph build`'s entry point (no rdflib graph) gives the same report
    fast = check_triples(triples, engine="fast")
    reference = check_triples(triples, engine="pyshacl")
    assert _findings(fast) == _findings(reference)


_PARTS = ("/chi-tieu/", "/nhiem-vu/", "/trich-dan/", "/giao/", "/chu-ky", "/nguon/")
_BAD = tuple(
    from_rdflib(term)
    for term in (
        Literal("nhiều", datatype=XSD.decimal),
        Literal("8,5"),
        Literal("2024-13-45", datatype=XSD.date),
        Literal("XIV", datatype=XSD.integer),
        Literal(-3, datatype=XSD.decimal),
        Literal(250, datatype=XSD.decimal),
        URIRef("https://w3id.org/nqgraph/vocab/unit/khong-co"),
    )
)


def _mutations() -> list[tuple[str, list[Triple]]]:
    rng = Random(20250101)
    out = []
    for name, triples in GENERATED_TRIPLES[:6]:
        # sorted: the triples come from a set, whose order changes with the hash seed
        parts = sorted(t for t in triples if any(p in t[0] for p in _PARTS))
        for k in range(2):  # drop random triples of targets, tasks, citations, spans …
            dropped = set(rng.sample(parts, 3))
            out.append((f"{name}-drop-{k}", [t for t in triples if t not in dropped]))
        values = sorted(t for t in triples if is_literal(t[2]) and t[1] != str(RDF.type))
        changed = dict.fromkeys(rng.sample(values, 4))
        bad = [
            (s, p, rng.choice(_BAD)) if (s, p, o) in changed else (s, p, o) for s, p, o in triples
        ]
        out.append((f"{name}-bad-values", bad))
        targets = sorted(t for t in triples if t[1] == nq.value)
        if targets:
            s = rng.choice(targets)[0]
            upper = (s, nq.upperValue, from_rdflib(Literal("-1", datatype=XSD.decimal)))
            out.append((f"{name}-upside-down", [*triples, upper]))
    return out


MUTATED = _mutations()


@pytest.mark.parametrize("triples", [t for _, t in MUTATED], ids=[n for n, _ in MUTATED])
def test_generated_mutated(triples: list[Triple]) -> None:
    assert_same(_as_graph(triples), languages=("en",))


def _report(triples: list[Triple]) -> list[tuple[str, str, str, str]]:
    findings = validate_graph(_as_graph(triples), lang="en", engine="fast").findings
    return sorted((f.focus, str(f.path), f.message, str(f.value)) for f in findings)


def test_mutations_do_find_something() -> None:
    """The mutations exercise the shapes: most change the report of the text they come from
    (counting a text's own warnings would pass with none: 3 of 4 did, until the issuers of
    numbered laws were known). Dropping 3 random triples may hit none a shape checks."""
    before = {name: _report(triples) for name, triples in GENERATED_TRIPLES[:6]}
    changed = sum(
        _report(triples) != before[next(n for n in before if name.startswith(n))]
        for name, triples in MUTATED
    )
    assert changed >= len(MUTATED) // 2


# -- skipping queries that cannot answer ----------------------------------------------------------


def _required(select: str) -> list[set[tuple[str, str, str]]]:
    from rdflib.plugins.sparql import prepareQuery

    from nqgraph.shacl_fast import _required_patterns

    query = prepareQuery(f"PREFIX ex: <http://ex/>\n{select}")
    return [
        {(_n3(s), _n3(p), _n3(o)) for s, p, o in bgp} for bgp in _required_patterns(query.algebra)
    ]


def _n3(term: object) -> str:
    """A pattern term: a variable as `?x`, a constant (a plain-string term) in N-Triples."""
    return term.n3() if isinstance(term, Node) else nt(str(term))


def test_required_patterns_are_the_ones_every_answer_needs() -> None:
    plain = _required("SELECT $this WHERE { $this ex:p ?x . OPTIONAL { ?x ex:q ?y } }")
    assert plain == [{("?this", "<http://ex/p>", "?x")}]
    grouped = _required(
        "SELECT $this ?n WHERE { { SELECT $this (SUM(?v) AS ?n) WHERE { $this ex:p ?v } "
        "GROUP BY $this } FILTER(?n > 1) }"
    )
    assert grouped == [{("?this", "<http://ex/p>", "?v")}]
    # an aggregate without GROUP BY answers one row over no solutions; a union needs neither side
    assert _required("SELECT (COUNT(*) AS ?n) WHERE { $this ex:p ?x }") == []
    assert _required("SELECT $this WHERE { { $this ex:p ?x } UNION { $this ex:q ?x } }") == []
    # a path is left out of the test (weaker, still necessary)
    assert _required("SELECT $this WHERE { $this ex:p/ex:q ?x . $this ex:r 1 }") == [
        {("?this", "<http://ex/r>", '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')}
    ]


def test_skipping_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same findings with every query run in full, on generated and broken resolutions."""
    from nqgraph import shacl_fast

    samples = [t for _, t in GENERATED_TRIPLES] + [t for _, t in MUTATED]
    skipped = [_findings(check_triples(t, engine="fast")) for t in samples]
    monkeypatch.setattr(shacl_fast, "_matches", lambda *_: True)
    full = [_findings(check_triples(t, engine="fast")) for t in samples]
    assert skipped == full
    assert any(f for f in full)  # the samples do break some constraints


# -- the compiler refuses what it does not implement -----------------------------------------------

_BROKEN = {
    "min-inclusive": f"<{NQSH}TargetValueShape> sh:minInclusive 0 .",
    "or": f"<{NQSH}TargetShape> sh:or ( <{NQSH}TargetValueShape> <{NQSH}TargetYearShape> ) .",
    "zero-or-more-path": (
        f"<{NQSH}X> a sh:PropertyShape ; sh:path [ sh:zeroOrMorePath <http://ex/p> ] ;"
        ' sh:message "m"@en ; sh:minCount 1 .'
    ),
    "target-node": f"<{NQSH}TaskShape> sh:targetNode <http://ex/t> .",
    "no-message": f"<{NQSH}Y> a sh:NodeShape ; sh:targetClass <http://ex/C> ; sh:nodeKind sh:IRI .",
    "sparql-minus": (
        f"<{NQSH}TaskShape> sh:sparql [ a sh:SPARQLConstraint ;"
        ' sh:message "m"@en ;'
        ' sh:select "SELECT $this WHERE { $this ?p ?o MINUS { $this ?p 1 } }" ] .'
    ),
    "sparql-graph": (
        f"<{NQSH}TaskShape> sh:sparql [ a sh:SPARQLConstraint ;"
        ' sh:message "m"@en ; sh:select "SELECT $this WHERE { GRAPH ?g { $this ?p ?o } }" ] .'
    ),
    "sparql-path-star": (
        f'<{NQSH}TaskShape> sh:sparql [ a sh:SPARQLConstraint ; sh:message "m"@en ;'
        ' sh:select "SELECT $this WHERE { $this <http://ex/p>* ?o }" ] .'
    ),
    "recursive": f"<{NQSH}TermShape> sh:node <{NQSH}SessionShape> .",
    "deactivated": f"<{NQSH}TaskShape> sh:deactivated true .",
}


@pytest.mark.parametrize("turtle", list(_BROKEN.values()), ids=list(_BROKEN))
def test_compiler_refuses_unsupported_constructs(turtle: str) -> None:
    graph = Graph()
    graph += shapes_graph()
    graph.parse(data=f"@prefix sh: <{SH}> .\n{turtle}", format="turtle")
    with pytest.raises(UnsupportedShapes):
        compile_shapes(graph)


def test_compiler_accepts_the_shapes() -> None:
    plan = compile_shapes(shapes_graph())
    assert len(plan.shapes) > 30
    assert {str(s.node).removeprefix(NQSH) for s in plan.roots} >= {
        "ResolutionShape",
        "ReferenceShape",
        "TargetShape",
        "ProvenanceShape",
        "ShareSumShape",
    }


def test_cli_engines_print_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`nqgraph validate --engine fast|pyshacl` on a seed with two parts broken."""
    from nqgraph import cli

    text = SEED_112.read_text(encoding="utf-8")
    broken = tmp_path / "broken.md"
    broken.write_text(text.replace("57,7%", "50,7%").replace("8,5%", "9 - 8,5%"), "utf-8")
    outputs = []
    for engine in ("fast", "pyshacl"):
        code = cli.main(["validate", str(broken), "--engine", engine, "--lang", "en"])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1
    assert "1 violation, 1 warning" in outputs[0][1]
