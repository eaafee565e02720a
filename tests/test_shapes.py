"""Shape tests as data: each `tests/shapes/*.test.ttl` holds one case.

A case file is a small data graph plus one `test:Case` node that the runner reads and removes:

    [] a test:Case ;
        test:shape nqsh:TargetValueShape ;          # the shape(s) this case exercises
        test:base "_base" ;                         # optional: start from tests/shapes/_base.ttl
        test:remove [ test:subject <s> ; test:predicate <p> ] ;  # from the base; object optional
        test:rename [ test:from <old> ; test:to <new> ] ;   # replace an IRI everywhere
        test:expectConforms false ;
        test:expectResult [ test:focus <…> ; test:sourceShape nqsh:… ; test:severity sh:Warning ;
                            test:line 40 ] .           # line optional

The other triples of the file are added to the data. The validator's findings must equal the
expected results exactly (focus, source shape, severity; and line where given).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from nqgraph.validate import SHAPES_NS, shapes_graph, validate_graph
from tests.terms import literal

HERE = Path(__file__).parent / "shapes"
CASE_FILES = sorted(HERE.glob("*.test.ttl"))
TEST = Namespace("https://w3id.org/nqgraph/test#")
NQSH = Namespace(SHAPES_NS)


@dataclass(frozen=True)
class Case:
    name: str
    data: Graph
    shapes: frozenset[str]
    conforms: bool
    expected: frozenset[tuple[str, str, str, int | None]]


def _case_nodes(graph: Graph, case: Node) -> set[Node]:
    """The case node and the blank nodes it holds (removed before validation)."""
    seen: set[Node] = {case}
    todo = [case]
    while todo:
        node = todo.pop()
        for o in graph.objects(node):
            if isinstance(o, BNode) and o not in seen:
                seen.add(o)
                todo.append(o)
    return seen


def _rename(graph: Graph, old: Node, new: Node) -> Graph:
    out = Graph()
    for s, p, o in graph:
        out.add((new if s == old else s, new if p == old else p, new if o == old else o))
    return out


def load_case(path: Path) -> Case:
    graph = Graph().parse(path, format="turtle")
    cases = list(graph.subjects(RDF.type, TEST.Case))
    assert len(cases) == 1, f"{path.name}: expected exactly one test:Case, found {len(cases)}"
    case = cases[0]
    meta = _case_nodes(graph, case)
    spec = Graph()
    own = Graph()
    for s, p, o in graph:
        (spec if s in meta else own).add((s, p, o))
    data = Graph()
    base = spec.value(case, TEST.base)
    if base is not None:
        data += Graph().parse(HERE / f"{base}.ttl", format="turtle")
    for removal in spec.objects(case, TEST.remove):  # removals apply to the base
        subject = spec.value(removal, TEST.subject)
        predicate = spec.value(removal, TEST.predicate)
        obj = spec.value(removal, TEST.object)
        before = len(data)
        data.remove((subject, predicate, obj))
        assert len(data) < before, f"{path.name}: test:remove matched nothing"
    data += own
    for rename in spec.objects(case, TEST.rename):
        old, new = spec.value(rename, TEST["from"]), spec.value(rename, TEST.to)
        assert old is not None and new is not None, f"{path.name}: test:rename needs from and to"
        data = _rename(data, old, new)
    conforms = spec.value(case, TEST.expectConforms)
    assert isinstance(conforms, Literal), f"{path.name}: test:expectConforms missing"
    expected = set()
    for result in spec.objects(case, TEST.expectResult):
        line = spec.value(result, TEST.line)
        expected.add(
            (
                str(spec.value(result, TEST.focus)),
                str(spec.value(result, TEST.sourceShape)),
                str(spec.value(result, TEST.severity)).rsplit("#", 1)[-1],
                int(literal(line)) if line is not None else None,
            )
        )
    shapes = frozenset(str(s) for s in spec.objects(case, TEST.shape))
    assert shapes, f"{path.name}: test:shape missing"
    return Case(path.name, data, shapes, bool(conforms.toPython()), frozenset(expected))


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.name for p in CASE_FILES])
def test_shape_case(path: Path) -> None:
    case = load_case(path)
    report = validate_graph(case.data, lang="en")
    actual = {(f.focus, f.source_shape or "", f.severity) for f in report.findings}
    expected = {(focus, shape, severity) for focus, shape, severity, _ in case.expected}
    assert actual == expected, "\n".join(
        [f"{path.name}: findings differ"]
        + [f"  only expected: {e}" for e in sorted(expected - actual)]
        + [f"  only actual:   {a}" for a in sorted(actual - expected)]
        + [f"  message: {f.message}" for f in report.findings]
    )
    for focus, shape, severity, line in case.expected:
        if line is not None:
            lines = {
                f.source_line
                for f in report.findings
                if (f.focus, f.source_shape, f.severity) == (focus, shape, severity)
            }
            assert line in lines, f"{path.name}: {shape} expected at line {line}, got {lines}"
    assert (not report.findings) == case.conforms, f"{path.name}: conforms differs"


def test_there_are_cases() -> None:
    assert len(CASE_FILES) >= 40


def _all_shapes() -> set[URIRef]:
    g = shapes_graph()
    found: set[URIRef] = set()
    for kind in (SH.NodeShape, SH.PropertyShape):
        found |= {s for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    for p in (SH.property, SH.node):
        found |= {o for o in g.objects(None, p) if isinstance(o, URIRef)}
    return found


def _targeted(shape: URIRef) -> bool:
    g = shapes_graph()
    return any(
        next(g.objects(shape, p), None) is not None
        for p in (SH.targetClass, SH.target, SH.targetNode, SH.targetSubjectsOf)
    )


def test_every_shape_has_names_messages_and_severity_in_vi_and_en() -> None:
    g = shapes_graph()
    shapes = _all_shapes()
    assert len(shapes) > 30
    problems = []
    for shape in sorted(shapes):
        for p in (SH.name, SH.message):
            langs = {o.language for o in g.objects(shape, p) if isinstance(o, Literal)}
            if not {"vi", "en"} <= langs:
                problems.append(f"{shape} lacks {p.n3(g.namespace_manager)} in vi and en")
        if g.value(shape, SH.severity) not in (SH.Violation, SH.Warning, SH.Info):
            problems.append(f"{shape} lacks sh:severity")
    for constraint in g.objects(None, SH.sparql):
        langs = {o.language for o in g.objects(constraint, SH.message) if isinstance(o, Literal)}
        if not {"vi", "en"} <= langs:
            problems.append(f"a SPARQL constraint lacks sh:message in vi and en: {langs}")
    assert not problems, "\n".join(problems)


def test_shapes_file_is_versioned() -> None:
    g = shapes_graph()
    ontology = URIRef("https://w3id.org/nqgraph/shapes")
    assert (ontology, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")) in g
    assert g.value(ontology, URIRef("http://www.w3.org/2002/07/owl#versionInfo")) is not None


def test_every_shape_has_a_failing_and_targeted_shapes_a_conforming_case() -> None:
    failing: set[str] = set()
    conforming: set[str] = set()
    for path in CASE_FILES:
        case = load_case(path)
        if case.conforms:
            conforming |= case.shapes
        else:
            failing |= case.shapes | {shape for _, shape, _, _ in case.expected}
    shapes = _all_shapes()
    g = shapes_graph()
    for shape in shapes:  # a node shape that only groups property shapes fails through them
        if any(str(p) in failing for p in g.objects(shape, SH.property)):
            failing.add(str(shape))
    no_failing = sorted(str(s) for s in shapes if str(s) not in failing)
    no_conforming = sorted(
        str(s)
        for s in shapes
        if (s, RDF.type, SH.NodeShape) in shapes_graph()
        and _targeted(s)
        and str(s) not in conforming
    )
    assert not no_failing, f"shapes without a failing case: {no_failing}"
    assert not no_conforming, f"targeted node shapes without a conforming case: {no_conforming}"
