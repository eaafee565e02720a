"""Every IRI the code uses, in one place.

Our own terms (`NQ`) are declared as closed namespaces: using a term the ontology does not
define fails at import time, and `tests/test_ontology.py` checks that this list and
`ontology/nqgraph.ttl` agree in both directions.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/nqgraph/ontology"
VOCAB_BASE = "https://w3id.org/nqgraph/vocab/"
DEFAULT_BASE = "https://w3id.org/nqgraph/"
VOCAB_GRAPH = VOCAB_BASE.rstrip("/")  # the named graph of the vocabularies in a store


_CACHED_TERMS = 4096  # per namespace


class CachedNamespace(Namespace):
    """A `Namespace` that makes each term once: `OA.exact` is the same `URIRef` every time.

    rdflib's `Namespace` builds (and validates) a new `URIRef` on every attribute read; the
    graph builder reads terms hundreds of thousands of times, and identical objects also make
    the dictionary look-ups downstream (validation, reasoning, serialisation) cheaper. Terms
    minted from text (indicator slugs …) are kept up to a bound, then made afresh."""

    def term(self, name: str) -> URIRef:
        made = self.__dict__.get(name)
        if made is None:
            made = super().term(name)
            if len(self.__dict__) < _CACHED_TERMS:
                self.__dict__[name] = made  # an attribute now: read without `__getattr__`
        return made

    def __getitem__(self, key: str) -> URIRef:  # type: ignore[override]
        return self.term(key)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):  # copy, pickle …
            raise AttributeError(name)
        return self.term(name)


class NQ(DefinedNamespace):
    """The nqgraph ontology: only what no reused vocabulary offers."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Document: URIRef
    Resolution: URIRef
    PartyDocument: URIRef
    NamedDocument: URIRef
    Session: URIRef
    Term: URIRef
    Citation: URIRef
    CitationKind: URIRef
    Target: URIRef
    TargetKind: URIRef
    Comparator: URIRef
    Unit: URIRef
    Indicator: URIRef
    IndicatorCategory: URIRef
    Task: URIRef
    Assignment: URIRef
    Role: URIRef
    Signature: URIRef
    SigningAuthority: URIRef
    SessionKind: URIRef
    SourceText: URIRef
    Section: URIRef
    # resolution-level properties
    place: URIRef
    adoptedAt: URIRef
    adoptionDate: URIRef
    considered: URIRef
    hasCitation: URIRef
    hasTarget: URIRef
    hasTask: URIRef
    hasAssignment: URIRef
    signature: URIRef
    recipient: URIRef
    # session, term
    sessionNumber: URIRef
    sessionKind: URIRef
    term: URIRef
    termNumber: URIRef
    termOf: URIRef
    # citations
    citedDocument: URIRef
    citationKind: URIRef
    # targets
    indicator: URIRef
    indicatorLabel: URIRef
    value: URIRef
    upperValue: URIRef
    unit: URIRef
    comparator: URIRef
    targetKind: URIRef
    targetYear: URIRef
    baselineYear: URIRef
    category: URIRef
    parentIndicator: URIRef
    # tasks, sections
    text: URIRef
    heading: URIRef
    label: URIRef
    inSection: URIRef
    refersTo: URIRef
    citesTransitively: URIRef
    mentionsBody: URIRef
    # assignments
    assignedBody: URIRef
    role: URIRef
    # signature
    signer: URIRef
    signerTitle: URIRef
    signingAuthority: URIRef
    # provenance
    span: URIRef
    line: URIRef
    endLine: URIRef
    sha256: URIRef
    fileName: URIRef
    encoding: URIRef


ELI = CachedNamespace("http://data.europa.eu/eli/ontology#")
ELI_DL = CachedNamespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")
BESLUIT = CachedNamespace("http://data.vlaanderen.be/ns/besluit#")
ORG = CachedNamespace("http://www.w3.org/ns/org#")
OA = CachedNamespace("http://www.w3.org/ns/oa#")
SCHEMA = CachedNamespace("https://schema.org/")
VOID = CachedNamespace("http://rdfs.org/ns/void#")
DCAT = CachedNamespace("http://www.w3.org/ns/dcat#")
QUDT_UNIT = CachedNamespace("http://qudt.org/vocab/unit/")

# SKOS schemes under VOCAB_BASE (files in ontology/vocab/)
DOC_TYPE = CachedNamespace(VOCAB_BASE + "doc-type/")
COMPARATOR = CachedNamespace(VOCAB_BASE + "comparator/")
UNIT = CachedNamespace(VOCAB_BASE + "unit/")
ROLE = CachedNamespace(VOCAB_BASE + "role/")
INDICATOR = CachedNamespace(VOCAB_BASE + "indicator/")
CATEGORY = CachedNamespace(VOCAB_BASE + "category/")
TARGET_KIND = CachedNamespace(VOCAB_BASE + "target-kind/")
CITATION_KIND = CachedNamespace(VOCAB_BASE + "citation-kind/")
SIGNING_AUTHORITY = CachedNamespace(VOCAB_BASE + "signing-authority/")
SESSION_KIND = CachedNamespace(VOCAB_BASE + "session-kind/")
JURISDICTION = CachedNamespace(VOCAB_BASE + "jurisdiction/")

PREFIXES: dict[str, str] = {
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "eli": str(ELI),
    "eli-dl": str(ELI_DL),
    "nq": ONTOLOGY_IRI + "#",
    "oa": str(OA),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "void": str(VOID),
    "xsd": str(XSD),
}


def curie(iri: object) -> str:
    """`nq:hasTarget` for a term in one of our prefixes, else the IRI as it is."""
    text = str(iri)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _materialise(namespace: type[DefinedNamespace]) -> None:
    """Make each declared term a real class attribute: the graph builder reads terms hundreds of
    thousands of times, and DefinedNamespace's `__getattr__` costs a microsecond per read (and
    makes a new `URIRef` each time). The values are the ones `__getattr__` returns; rdflib's own
    closed namespaces get the same treatment."""
    for name in namespace.__annotations__:
        if not name.startswith("_"):
            type.__setattr__(namespace, name, namespace._NS[name])


for _namespace in (NQ, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD):
    _materialise(_namespace)
