"""The fast reasoner (`entailments`) equals owlrl's OWL RL closure (`entailments_owlrl`).

Proved on the two seed resolutions, on a generated sample, and on random small graphs over the
ontology's own properties and classes (hypothesis); the constructs the ontology does not use yet
(transitive, symmetric, equivalent and chained properties, equivalent classes, facts in the
schema about nodes the data describes) are checked against owlrl on a small synthetic schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from bench.corpus import generate
from nqgraph import reader, reason
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris
from nqgraph.terms import Triple, from_rdflib_triples, is_iri, nt

SOURCE = Path(__file__).parent.parent / "data" / "source"
SEEDS = ("112-NQ-HDND-2024-thai-nguyen.md", "94-NQ-HDND-2023-thai-nguyen.md")
SAMPLE = 6  # owlrl, the reference, takes ~2.5 s per generated resolution

# The entailments are plain-string triples (nqgraph.terms): terms here are plain strings too.
ELI = "http://data.europa.eu/eli/ontology#"
NQ = "https://w3id.org/nqgraph/ontology#"
PROV = "http://www.w3.org/ns/prov#"
TYPE = str(RDF.type)
LUAT = "https://w3id.org/nqgraph/eli/vn/tw/luat-"
LAW_2019 = LUAT + "qh14/2019/47"  # cited by name and date; numbered by the list of laws
LAW_2015 = LUAT + "qh13/2015/77"


@cache
def seed(name: str) -> frozenset[Triple]:
    return frozenset(resolution_triples(reader.read_path(SOURCE / name), Iris()))


@cache
def sample() -> tuple[tuple[str, frozenset[Triple]], ...]:
    return tuple(
        (name, frozenset(resolution_triples(reader.read_text(text, name), Iris())))
        for name, text in generate(SAMPLE, seed=7)
    )


def diff(fast: set[Triple], ref: set[Triple], limit: int = 30) -> str:
    lines = [f"fast {len(fast)} triples, owlrl {len(ref)}"]
    lines += [f"  only fast:  {nt(t[0])} {nt(t[1])} {nt(t[2])}" for t in sorted(fast - ref)]
    lines += [f"  only owlrl: {nt(t[0])} {nt(t[1])} {nt(t[2])}" for t in sorted(ref - fast)]
    return "\n".join(lines[: limit + 1])


def assert_same(fast: set[Triple], ref: set[Triple]) -> None:
    assert fast == ref, diff(fast, ref)


# --------------------------------------------------------------------------- (a) equality


@pytest.mark.parametrize("name", SEEDS)
def test_seed_equals_owlrl(name: str) -> None:
    triples = seed(name)
    assert not reason.needs_owlrl(triples)  # the fast path is what is being compared
    assert_same(reason.entailments(triples), reason.entailments_owlrl(triples))


@pytest.mark.parametrize("index", range(SAMPLE))
def test_generated_equals_owlrl(index: int) -> None:
    name, triples = sample()[index]
    assert not reason.needs_owlrl(triples), name
    assert_same(reason.entailments(triples), reason.entailments_owlrl(triples))


# --------------------------------------------------------------------------- (b) named entailments


@pytest.fixture(scope="module")
def seed_closures() -> list[tuple[frozenset[Triple], set[Triple]]]:
    return [(seed(n), reason.entailments(seed(n))) for n in SEEDS]


def test_resolution_is_legal_resource_and_entity(
    seed_closures: list[tuple[frozenset[Triple], set[Triple]]],
) -> None:
    for asserted, inferred in seed_closures:
        everything = asserted | inferred
        resolutions = {s for s, p, o in asserted if p == TYPE and o == NQ + "Resolution"}
        assert resolutions
        for r in resolutions:
            assert (r, TYPE, ELI + "LegalResource") in inferred
            assert (r, TYPE, PROV + "Entity") in inferred
            assert (r, TYPE, NQ + "Document") in everything


def test_considered_implies_cites(
    seed_closures: list[tuple[frozenset[Triple], set[Triple]]],
) -> None:
    for asserted, inferred in seed_closures:
        considered = [(s, o) for s, p, o in asserted if p == NQ + "considered"]
        assert considered
        for s, o in considered:
            assert (s, ELI + "cites", o) in asserted | inferred


def test_amends_implies_changes(
    seed_closures: list[tuple[frozenset[Triple], set[Triple]]],
) -> None:
    for asserted, inferred in seed_closures:
        assert (LAW_2019, ELI + "amends", LAW_2015) in asserted
        assert (LAW_2019, ELI + "changes", LAW_2015) in inferred


def test_citation_chains_are_transitive(
    seed_closures: list[tuple[frozenset[Triple], set[Triple]]],
) -> None:
    """94/NQ-HĐND names Kết luận 76-KL/TW, which is "về việc tiếp tục thực hiện" 33-NQ/TW: the
    resolution and the task that names 76-KL/TW both cite 33-NQ/TW through it."""
    tw = "https://w3id.org/nqgraph/eli/vn/tw/"
    kl76, nq33 = tw + "kl-tw/2020/76", tw + "nq-tw/2014/33"
    asserted, inferred = seed_closures[1]
    res94 = "https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2023/94"
    transitively = NQ + "citesTransitively"
    assert (kl76, ELI + "cites", nq33) in asserted
    assert (res94, transitively, nq33) in inferred
    tasks = {s for s, p, o in asserted if p == NQ + "refersTo" and o == kl76}
    assert tasks
    for task in tasks:
        assert (task, transitively, kl76) in inferred
        assert (task, transitively, nq33) in inferred
    # the legal bases are cited transitively too, and so is what the 2019 law amends
    assert (res94, transitively, LAW_2015) in inferred


def test_is_part_of_wherever_has_part(
    seed_closures: list[tuple[frozenset[Triple], set[Triple]]],
) -> None:
    for asserted, inferred in seed_closures:
        everything = asserted | inferred
        parts = [(s, o) for s, p, o in everything if p == ELI + "has_part"]
        assert parts
        subjects = {t[0] for t in asserted}
        for whole, part in parts:
            if part in subjects:  # entailments are reported about the data's subjects only
                assert (part, ELI + "is_part_of", whole) in everything


def test_is_part_of_inferred_from_has_part_alone() -> None:
    a, b = "https://w3id.org/nqgraph/test/a", "https://w3id.org/nqgraph/test/b"
    data = {(a, ELI + "has_part", b), (b, TYPE, NQ + "Section")}
    inferred = reason.entailments(data)
    assert (b, ELI + "is_part_of", a) in inferred
    assert (b, TYPE, ELI + "LegalResource") in inferred
    assert_same(inferred, reason.entailments_owlrl(data))


def test_span_implies_was_derived_from(
    seed_closures: list[tuple[frozenset[Triple], set[Triple]]],
) -> None:
    for asserted, inferred in seed_closures:
        spans = [(s, o) for s, p, o in asserted if p == NQ + "span"]
        assert spans
        for s, o in spans:
            assert (s, PROV + "wasDerivedFrom", o) in asserted | inferred
            assert (s, TYPE, PROV + "Entity") in asserted | inferred


# --------------------------------------------------------------------------- (d) filtering


@pytest.mark.parametrize("name", SEEDS)
def test_filtering(name: str) -> None:
    asserted = seed(name)
    subjects = {s for s, _, _ in asserted}
    schema_subjects = reason.schema().subjects
    inferred = reason.entailments(asserted)
    assert inferred
    for s, p, o in inferred:
        assert is_iri(s), s  # no literal subjects, no blank nodes
        assert is_iri(p) and not o.startswith("_:")
        assert s in subjects and s not in schema_subjects
        assert (s, p, o) not in asserted
        assert not (p == str(OWL.sameAs) and s == o)
        assert not (p == TYPE and o in map(str, (OWL.Thing, RDFS.Resource, OWL.NamedIndividual)))


# --------------------------------------------------------------------------- the compiler


def test_ontology_has_no_rule_that_fires_from_data_alone() -> None:
    """OWL RL rules that derive owl:sameAs (prp-fp, prp-ifp, prp-key, cls-maxc2, cls-maxqc3/4)
    or new types from restrictions need axioms our ontology does not have; compiling it proves
    it (the compiler raises on them, see below), and so does this direct check."""
    schema_triples = set(reason._schema_triples())
    firing = {
        OWL.FunctionalProperty,
        OWL.InverseFunctionalProperty,
        OWL.Restriction,
        OWL.AllDifferent,
    }
    assert not [t for t in schema_triples if t[1] == RDF.type and t[2] in firing]
    for p in (OWL.hasKey, OWL.sameAs, OWL.maxCardinality, OWL.maxQualifiedCardinality):
        assert not [t for t in schema_triples if t[1] == p]
    reason.compile_schema(schema_triples)


def _bad(extra: str) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:  # rdflib, as parsed
    g = Graph()
    g.parse(
        data="@prefix owl: <http://www.w3.org/2002/07/owl#> . "
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
        "@prefix nq: <https://w3id.org/nqgraph/ontology#> . " + extra,
        format="turtle",
    )
    return list(g)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "extra",
    [
        "nq:place a owl:FunctionalProperty .",
        "nq:signer a owl:InverseFunctionalProperty .",
        "nq:Document owl:hasKey ( nq:place ) .",
        "nq:Target rdfs:subClassOf [ a owl:Restriction ; owl:onProperty nq:unit ; "
        "owl:someValuesFrom nq:Unit ] .",
        "nq:X owl:equivalentClass [ a owl:Restriction ; owl:onProperty nq:unit ; "
        "owl:hasValue nq:u ] .",
        "nq:X owl:unionOf ( nq:Target nq:Task ) .",
        "nq:a owl:sameAs nq:b .",
        "nq:p owl:propertyDisjointWith nq:q .",
        "nq:p rdfs:subPropertyOf rdfs:subClassOf .",
        "nq:p owl:inverseOf [ owl:inverseOf nq:q ] .",
        "nq:p owl:propertyChainAxiom ( [ owl:inverseOf nq:q ] nq:r ) .",
    ],
)
def test_compiler_refuses_unsupported_constructs(extra: str) -> None:
    with pytest.raises(reason.UnsupportedSchema):
        reason.compile_schema([*reason._schema_triples(), *_bad(extra)])


def test_data_about_the_schema_goes_to_owlrl() -> None:
    a, b = "https://w3id.org/nqgraph/test/a", "https://w3id.org/nqgraph/test/b"
    data: set[Triple] = {
        (a, str(OWL.sameAs), b),
        (b, TYPE, NQ + "Resolution"),
        (a, NQ + "considered", b),
    }
    assert reason.needs_owlrl(data)
    fast = reason.entailments(data)
    assert (a, TYPE, NQ + "Resolution") in fast
    assert_same(fast, reason.entailments_owlrl(data))


# --------------------------------------------------------------------------- (c) random graphs


def _schema_terms() -> tuple[list[URIRef], list[URIRef]]:
    g = Graph()
    for t in reason._schema_triples():
        g.add(t)
    props = sorted(
        {
            s
            for k in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
            for s in g.subjects(RDF.type, k)
            if isinstance(s, URIRef)
        }
    )
    classes = sorted({s for s in g.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef)})
    return props, classes


PROPS, CLASSES = _schema_terms()
T = Namespace("https://w3id.org/nqgraph/test/")
POOL = [T.x0, T.x1, T.x2, T.x3]
# Nodes of the schema (SKOS concepts and schemes) and a node only the schema's objects name.
SCHEMA_NODES = [
    URIRef("https://w3id.org/nqgraph/vocab/unit/percent"),
    URIRef("https://w3id.org/nqgraph/vocab/unit"),
    URIRef("http://qudt.org/vocab/unit/PERCENT"),
]
LITERALS = [
    Literal("x"),
    Literal("x", lang="vi"),
    Literal(5),
    Literal("8.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")),
]


def graphs(
    props: list[URIRef], classes: list[URIRef], nodes: list[URIRef], literals: list[Literal]
) -> st.SearchStrategy[set[Triple]]:
    """Small random graphs, as plain-string triples (drawn from rdflib terms)."""
    subject = st.sampled_from(nodes)
    edge = st.tuples(subject, st.sampled_from(props), st.sampled_from([*nodes, *literals]))
    typing = st.tuples(subject, st.just(RDF.type), st.sampled_from(classes))
    drawn = st.sets(st.one_of(edge, typing), min_size=1, max_size=12)
    return drawn.map(from_rdflib_triples)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs(PROPS, CLASSES, POOL + SCHEMA_NODES, LITERALS))
def test_random_graphs_over_the_ontology(data: set[Triple]) -> None:
    assert_same(reason.entailments(data), reason.entailments_owlrl(data))


# A synthetic schema exercising what the fast reasoner implements beyond the current ontology.
EX = Namespace("https://example.org/ex#")
SYNTHETIC = f"""
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <{EX}> .
ex:A a owl:Class ; rdfs:subClassOf ex:B .
ex:B a owl:Class ; owl:equivalentClass ex:C .
ex:D a owl:Class ; rdfs:subClassOf ex:A .
ex:E a owl:Class .
ex:F a owl:Class ; owl:disjointWith ex:E .
ex:p1 a owl:ObjectProperty ; rdfs:subPropertyOf ex:p2 ; rdfs:domain ex:D .
ex:p2 a owl:ObjectProperty ; owl:inverseOf ex:p3 ; rdfs:range ex:E .
ex:p3 a owl:ObjectProperty .
ex:t a owl:ObjectProperty , owl:TransitiveProperty ; rdfs:range ex:F .
ex:t2 a owl:ObjectProperty ; rdfs:subPropertyOf ex:t ; owl:equivalentProperty ex:e .
ex:e a owl:ObjectProperty .
ex:sym a owl:ObjectProperty , owl:SymmetricProperty ; rdfs:subPropertyOf ex:p3 .
ex:ch a owl:ObjectProperty ; owl:propertyChainAxiom ( ex:p1 ex:t ) ; rdfs:domain ex:A .
ex:lab a owl:AnnotationProperty ; rdfs:subPropertyOf rdfs:label .
ex:s0 ex:p1 ex:x0 ; ex:t ex:x1 .
ex:s1 ex:sym ex:x2 .
"""


@cache
def synthetic() -> tuple[tuple[tuple[Node, Node, Node], ...], reason.Schema]:
    g = Graph()
    g.parse(data=SYNTHETIC, format="turtle")
    triples = tuple(g)
    return triples, reason.compile_schema(triples)


def compare_synthetic(data: Iterable[Triple]) -> None:
    triples, compiled = synthetic()
    data = set(data)
    assert_same(reason.entailments_with(data, compiled), reason.owlrl_with(data, triples))


def test_synthetic_schema_examples() -> None:
    x = [f"{EX}x{i}" for i in range(4)]
    ex = str(EX)
    compare_synthetic({(x[1], ex + "t", x[2]), (x[2], ex + "t2", x[3]), (x[3], ex + "e", x[0])})
    compare_synthetic({(x[0], ex + "p1", x[1]), (x[1], ex + "t", x[2]), (x[2], ex + "t", x[3])})
    compare_synthetic({(x[0], ex + "sym", x[1]), (x[2], TYPE, ex + "D")})
    compare_synthetic({(x[0], ex + "lab", '"y"'), (x[1], ex + "p2", x[0])})
    # facts of the schema about nodes the data describes
    fast = reason.entailments_with({(x[0], ex + "lab", '"z"')}, synthetic()[1])
    assert (x[0], ex + "p3", ex + "s0") in fast and (x[0], TYPE, ex + "E") in fast
    compare_synthetic({(x[0], ex + "lab", '"z"'), (x[2], ex + "t", x[1])})


@settings(max_examples=150, deadline=None)
@given(
    graphs(
        [EX.p1, EX.p2, EX.p3, EX.t, EX.t2, EX.e, EX.sym, EX.ch, EX.lab],
        [EX.A, EX.B, EX.C, EX.D, EX.E, EX.F],
        [EX.x0, EX.x1, EX.x2, EX.x3, EX.s0],
        [Literal("v")],
    )
)
def test_random_graphs_over_synthetic_schema(data: set[Triple]) -> None:
    compare_synthetic(data)
