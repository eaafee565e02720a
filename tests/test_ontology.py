"""The ontology, the stubs of reused terms and the SKOS schemes: parse, agree with the code,
pass the quality queries of ontology/checks/, stay consistent under OWL RL, and entail what the
queries rely on."""

from __future__ import annotations

import re
from pathlib import Path

import owlrl
import pyoxigraph
import pytest
from owlrl.Namespaces import ERRNS
from pyoxigraph import NamedNode
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, SKOS
from rdflib.term import Node

from nqgraph.doctypes import DOC_TYPES
from nqgraph.namespaces import DOC_TYPE, ELI, INDICATOR, NQ, ONTOLOGY_IRI, VOCAB_BASE
from nqgraph.resources import check_files, ontology_dir, ontology_files, vocab_files
from nqgraph.vocabulary import slug

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "sample.ttl"
ROOT = HERE.parent
ONTOLOGY_GRAPH = pyoxigraph.NamedNode("urn:nqgraph:ontology")
NQ_NS = ONTOLOGY_IRI + "#"
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
EXPECTED_SCHEMES = {
    "doc-type",
    "comparator",
    "unit",
    "target-kind",
    "category",
    "role",
    "citation-kind",
    "signing-authority",
    "session-kind",
    "indicator",
    "jurisdiction",
}


def _load(paths: list[Path]) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _load(ontology_files())


@pytest.fixture(scope="module")
def nq_file() -> Graph:
    return _load([ontology_dir() / "nqgraph.ttl"])


def _header(path: Path) -> dict[str, str]:
    """`# key: value` lines at the top of a check (continuation lines start with "#   ")."""
    header: dict[str, str] = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"#\s(\w+):\s*(.*)", line)
        if match:
            key = match.group(1)
            header[key] = match.group(2)
        elif key is not None:
            header[key] += " " + line.lstrip("# ").strip()
    return header


def _lang(node: Node) -> str | None:
    return node.language if isinstance(node, Literal) else None


def _closure(graph: Graph) -> Graph:
    closed = Graph()
    for triple in graph:
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)
    return closed


def _inconsistencies(closed: Graph) -> list[str]:
    problems = [str(m) for m in closed.objects(None, ERRNS.error)]
    problems += [f"{s} a owl:Nothing" for s in closed.subjects(RDF.type, OWL.Nothing)]
    return problems


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def test_files_are_found_in_a_fixed_order() -> None:
    files = ontology_files()
    assert [f.name for f in files[:2]] == ["nqgraph.ttl", "imports.ttl"]
    assert files[2:] == vocab_files()
    assert {f.name for f in vocab_files()} >= {
        "document-types.ttl",
        "comparators.ttl",
        "units.ttl",
        "roles.ttl",
        "target-kinds.ttl",
        "categories.ttl",
        "citation-kinds.ttl",
        "signing-authorities.ttl",
        "session-kinds.ttl",
        "indicators.ttl",
    }


@pytest.mark.parametrize("path", ontology_files(), ids=lambda p: p.name)
def test_each_file_parses(path: Path) -> None:
    assert len(_load([path])) > 0


def test_missing_ontology_dir_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from nqgraph.errors import NqgraphError

    monkeypatch.setenv("NQGRAPH_ONTOLOGY_DIR", str(tmp_path))
    with pytest.raises(NqgraphError, match="ontology directory not found"):
        ontology_dir()


def test_ontology_header(nq_file: Graph) -> None:
    ont = URIRef(ONTOLOGY_IRI)
    assert (ont, RDF.type, OWL.Ontology) in nq_file
    assert nq_file.value(ont, OWL.versionIRI) == URIRef(ONTOLOGY_IRI + "/0.1.0")
    dcterms = "http://purl.org/dc/terms/"
    license_ = nq_file.value(ont, URIRef(dcterms + "license"))
    assert license_ == URIRef("https://creativecommons.org/licenses/by/4.0/")
    for prop in ("title", "description"):
        langs = {_lang(o) for o in nq_file.objects(ont, URIRef(dcterms + prop))}
        assert {"vi", "en"} <= langs, prop
    prefix = nq_file.value(ont, URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"))
    assert prefix == Literal("nq")


# --------------------------------------------------------------------------------------------
# The code's term list and the ontology agree
# --------------------------------------------------------------------------------------------


def _code_terms() -> set[URIRef]:
    return {URIRef(NQ_NS + name) for name in NQ.__annotations__}


def test_every_code_term_is_declared_in_the_ontology(nq_file: Graph) -> None:
    declared = {s for kind in KINDS for s in nq_file.subjects(RDF.type, kind)}
    assert sorted(_code_terms() - declared) == []


def test_every_ontology_term_is_in_the_code(nq_file: Graph) -> None:
    in_ontology = {
        s for s in nq_file.subjects() if isinstance(s, URIRef) and str(s).startswith(NQ_NS)
    }
    assert sorted(in_ontology - _code_terms()) == []


def test_reused_terms_are_defined_by_their_source(ontology: Graph) -> None:
    imports = _load([ontology_dir() / "imports.ttl"])
    for kind in KINDS:
        for term in imports.subjects(RDF.type, kind):
            defined_by = imports.value(
                term, URIRef("http://www.w3.org/2000/01/rdf-schema#isDefinedBy")
            )
            assert defined_by is not None, term
            assert not str(term).startswith(NQ_NS), term


# --------------------------------------------------------------------------------------------
# Quality checks (ontology/checks/*.rq must return no rows)
# --------------------------------------------------------------------------------------------


def test_every_check_has_a_complete_header() -> None:
    assert check_files(), "no checks found"
    for path in check_files():
        header = _header(path)
        assert header.get("name") == path.stem, path
        assert header.get("level") in {"ERROR", "WARN", "INFO"}, path
        assert header.get("input", "").split()[0] in {"ontology", "data"}, path
        assert header.get("description"), path


def _ontology_checks() -> list[Path]:
    return [p for p in check_files() if _header(p)["input"].startswith("ontology")]


def _data_checks() -> list[Path]:
    return [p for p in check_files() if _header(p)["input"].startswith("data")]


def _store(data: list[Path], ontology_graph: NamedNode | None = None) -> pyoxigraph.Store:
    """An Oxigraph store: `data` in the default graph, the ontology files in `ontology_graph`
    (or also in the default graph when it is None)."""
    store = pyoxigraph.Store()
    for path in data:
        store.load(path=path, format=pyoxigraph.RdfFormat.TURTLE)
    for path in ontology_files():
        target = ontology_graph or pyoxigraph.DefaultGraph()
        store.load(path=path, format=pyoxigraph.RdfFormat.TURTLE, to_graph=target)
    return store


def _rows(store: pyoxigraph.Store, query: str) -> list[tuple[str, ...]]:
    solutions = store.query(query)
    assert isinstance(solutions, pyoxigraph.QuerySolutions)
    return [tuple(str(term) for term in row) for row in solutions]


@pytest.mark.parametrize("check", _ontology_checks(), ids=lambda p: p.stem)
def test_ontology_check_returns_nothing_rdflib(ontology: Graph, check: Path) -> None:
    rows = list(ontology.query(check.read_text(encoding="utf-8")))
    assert rows == []


@pytest.mark.parametrize("check", _ontology_checks(), ids=lambda p: p.stem)
def test_ontology_check_returns_nothing_oxigraph(check: Path) -> None:
    assert _rows(_store([]), check.read_text(encoding="utf-8")) == []


def _data_files() -> list[Path]:
    """The sample, and the resolution graphs of the seeds once `make run` has built them."""
    return [SAMPLE, *sorted((ROOT / "data" / "turtle" / "resolutions").glob("*.ttl"))]


@pytest.mark.parametrize("data_file", _data_files(), ids=lambda p: p.name)
@pytest.mark.parametrize("check", _data_checks(), ids=lambda p: p.stem)
def test_data_check_returns_nothing(check: Path, data_file: Path) -> None:
    store = _store([data_file], ONTOLOGY_GRAPH)
    assert _rows(store, check.read_text(encoding="utf-8")) == []


def test_data_check_reports_an_undeclared_term(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        f"<https://w3id.org/nqgraph/x> a <{NQ_NS}Resolutio> ; <{NQ_NS}hasTarge> 1 .\n",
        encoding="utf-8",
    )
    check = next(p for p in _data_checks() if p.stem == "data-undeclared-term")
    rows = set(_rows(_store([SAMPLE, bad], ONTOLOGY_GRAPH), check.read_text(encoding="utf-8")))
    assert rows == {(f"<{NQ_NS}hasTarge>", '"predicate"'), (f"<{NQ_NS}Resolutio>", '"class"')}


BARE_PROPERTY = f"<{NQ_NS}place> a <{OWL.DatatypeProperty}> ."


@pytest.mark.parametrize(
    ("check_name", "broken", "alone"),
    [
        pytest.param("term-missing-label", BARE_PROPERTY, True, id="term-missing-label"),
        pytest.param("term-missing-definition", BARE_PROPERTY, True, id="term-missing-definition"),
        pytest.param(
            "property-missing-domain-range", BARE_PROPERTY, True, id="property-missing-domain-range"
        ),
        pytest.param(
            "untyped-term",
            f'<{NQ_NS}Nonsense> <{SKOS.definition}> "x"@en .',
            False,
            id="untyped-term",
        ),
        pytest.param(
            "concept-incomplete",
            f"<{VOCAB_BASE}unit/x> a <{SKOS.Concept}> .",
            False,
            id="concept-incomplete",
        ),
        pytest.param(
            "concept-missing-definition",
            f"<{VOCAB_BASE}role/x> <{SKOS.inScheme}> <{VOCAB_BASE}role> .",
            False,
            id="concept-missing-definition",
        ),
    ],
)
def test_ontology_checks_do_find_problems(
    tmp_path: Path, check_name: str, broken: str, alone: bool
) -> None:
    """Each check can fail: run it over a broken declaration, alone or with the ontology."""
    path = tmp_path / "broken.ttl"
    path.write_text(broken + "\n", encoding="utf-8")
    if alone:
        store = pyoxigraph.Store()
        store.load(path=path, format=pyoxigraph.RdfFormat.TURTLE)
    else:
        store = _store([path])
    check = next(p for p in check_files() if p.stem == check_name)
    assert _rows(store, check.read_text(encoding="utf-8")) != []


# --------------------------------------------------------------------------------------------
# Vocabularies
# --------------------------------------------------------------------------------------------


def test_schemes_are_the_ones_of_the_design(ontology: Graph) -> None:
    schemes = {str(s) for s in ontology.subjects(RDF.type, SKOS.ConceptScheme)}
    assert schemes == {VOCAB_BASE + name for name in EXPECTED_SCHEMES}


def test_concepts_live_under_their_scheme(ontology: Graph) -> None:
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        scheme = ontology.value(concept, SKOS.inScheme)
        assert str(concept).startswith(str(scheme) + "/"), concept
        local = str(concept)[len(str(scheme)) + 1 :]
        assert local == slug(local), f"{concept}: not a slug"


def test_document_types_match_doctypes_exactly(ontology: Graph) -> None:
    found = {}
    for concept in ontology.subjects(SKOS.inScheme, URIRef(VOCAB_BASE + "doc-type")):
        labels = {_lang(lit): str(lit) for lit in ontology.objects(concept, SKOS.prefLabel)}
        found[str(concept)[len(str(DOC_TYPE)) :]] = (
            str(ontology.value(concept, SKOS.notation)),
            labels.get("vi"),
            labels.get("en"),
        )
    expected = {t.slug: (t.code, t.vi, t.en) for t in DOC_TYPES}
    assert found == expected


def test_indicator_slugs_are_slugs_of_their_vietnamese_label(ontology: Graph) -> None:
    for concept in ontology.subjects(SKOS.inScheme, URIRef(VOCAB_BASE + "indicator")):
        vi = next(str(o) for o in ontology.objects(concept, SKOS.prefLabel) if _lang(o) == "vi")
        assert concept == INDICATOR[slug(vi)]
        assert ontology.value(concept, NQ.category) is not None, concept


# --------------------------------------------------------------------------------------------
# OWL RL: consistency and the entailments the queries rely on
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def closed_ontology(ontology: Graph) -> Graph:
    return _closure(ontology)


@pytest.fixture(scope="module")
def closed_sample(ontology: Graph) -> Graph:
    return _closure(ontology + _load([SAMPLE]))


def test_ontology_is_consistent_under_owl_rl(closed_ontology: Graph) -> None:
    assert _inconsistencies(closed_ontology) == []


def test_sample_is_consistent_under_owl_rl(closed_sample: Graph) -> None:
    assert _inconsistencies(closed_sample) == []


RES = URIRef("https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112")
AMENDING = URIRef("https://w3id.org/nqgraph/eli/vn/tw/luat-qh14/2019/47")
LAW_2015 = URIRef("https://w3id.org/nqgraph/eli/vn/tw/luat-qh13/2015/77")


def test_is_part_of_is_inferred_from_has_part(closed_sample: Graph) -> None:
    assert (URIRef(str(RES) + "/dieu/2"), ELI.is_part_of, RES) in closed_sample
    # and the other way round
    assert (RES, ELI.has_part, URIRef(str(RES) + "/dieu/1")) in closed_sample


def test_resolution_is_a_legal_resource_and_an_entity(closed_sample: Graph) -> None:
    for cls in (NQ.Document, ELI.LegalResource, PROV.Entity):
        assert (RES, RDF.type, cls) in closed_sample, cls


def test_amending_law_changes_what_it_amends(closed_sample: Graph) -> None:
    assert (AMENDING, ELI.changes, LAW_2015) in closed_sample


def test_considered_is_a_citation(closed_sample: Graph) -> None:
    report = URIRef("https://w3id.org/nqgraph/eli/vn/thai-nguyen/ttr-ubnd/2024/160")
    assert (RES, ELI.cites, report) in closed_sample


def test_signer_is_attributed(closed_sample: Graph) -> None:
    signature = URIRef(str(RES) + "/chu-ky")
    person = URIRef("https://w3id.org/nqgraph/person/thai-nguyen/pham-hoang-son")
    assert (signature, PROV.wasAttributedTo, person) in closed_sample
    assert (person, RDF.type, PROV.Agent) in closed_sample


def test_curated_concepts_are_typed_by_their_concept_class(closed_sample: Graph) -> None:
    indicator = INDICATOR["toc-do-tang-truong-kinh-te"]
    assert (indicator, RDF.type, SKOS.Concept) in closed_sample
    assert (DOC_TYPE.nq, RDF.type, ELI.ResourceType) in closed_sample


def test_reasoner_catches_a_span_on_a_session(ontology: Graph) -> None:
    """nq:span makes its subject a prov:Entity; a session is a prov:Activity; PROV-O: disjoint."""
    data = _load([SAMPLE])
    session = URIRef(
        "https://w3id.org/nqgraph/org/thai-nguyen/hoi-dong-nhan-dan-tinh/khoa/14/ky-hop/23"
    )
    data.add((session, NQ.span, URIRef(str(RES) + "/nguon/100-140")))
    assert _inconsistencies(_closure(ontology + data)) != []


@pytest.mark.parametrize(
    "published",
    sorted((ontology_dir().parent / "data" / "turtle" / "resolutions").glob("*.ttl")),
    ids=lambda p: p.stem,
)
def test_published_seeds_are_consistent_under_owl_rl(ontology: Graph, published: Path) -> None:
    """The real graphs, not only the sample: no disjointness clash (e.g. a prov:Activity that
    is also a prov:Entity through nq:span ⊑ prov:wasDerivedFrom)."""
    closed = _closure(ontology + _load([published]))
    assert _inconsistencies(closed) == []


def test_other_publishers_eli_data_gains_no_nqgraph_types(ontology: Graph) -> None:
    """The ontology states axioms on ELI's own properties (eli:cites ⊑ nq:citesTransitively):
    whoever loads it beside other ELI data must not find an EU regulation's article or a
    directive typed as a Vietnamese nq:Document (or anything of ours)."""
    eu = "http://data.europa.eu/eli/"
    foreign = Graph()
    foreign.parse(
        data=f"""
        @prefix eli: <http://data.europa.eu/eli/ontology#> .
        <{eu}reg/2016/679/oj> eli:cites <{eu}dir/1995/46/oj> ;
            eli:based_on <{eu}treaty/tfeu_2008/art_16/oj> ;
            eli:changes <{eu}dir/2002/58/oj> .
        <{eu}reg/2016/679/oj/art_1> eli:cites <{eu}reg/2016/679/oj/art_4> .
        """,
        format="turtle",
    )
    closed = _closure(ontology + foreign)
    ours = str(NQ)
    typed = {
        (str(s), str(o))
        for s, o in closed.subject_objects(RDF.type)
        if str(s).startswith(eu) and str(o).startswith(ours)
    }
    assert typed == set()
