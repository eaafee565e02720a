"""Every IRI the code uses, in one place.

Our own terms (`NQ`) are declared as closed namespaces: using a term the ontology does not
define fails at import time, and `tests/test_ontology.py` checks that this list and
`ontology/nqgraph.ttl` agree in both directions.
"""

from __future__ import annotations

from collections.abc import Iterable

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
# DCAT and DCMI: a media type is an IRI of the IANA register, not a string
MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
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


class Names:
    """A namespace whose terms are plain `str` IRIs, the form the per-document stages use
    (`nqgraph.terms`): `nq.hasTarget == "https://w3id.org/nqgraph/ontology#hasTarget"`.

    The rdflib namespaces above make `URIRef`s, for code that builds rdflib graphs; the two
    must not be mixed in one set or dict (`URIRef("x") != "x"`). `closed` lists the only names
    a namespace has (ours, checked against the ontology): any other raises AttributeError."""

    def __init__(self, base: str, closed: Iterable[str] | None = None) -> None:
        self._base = base
        self._closed = frozenset(closed) if closed is not None else None
        if self._closed is not None:
            for name in self._closed:
                setattr(self, name, base + name)

    def __getattr__(self, name: str) -> str:  # only for names not yet made
        if name.startswith("_") or self._closed is not None:
            raise AttributeError(f"{self._base}{name} is not a term of this namespace")
        iri = self._base + name
        if len(self.__dict__) < _CACHED_TERMS:
            setattr(self, name, iri)
        return iri

    def __getitem__(self, name: str) -> str:
        found = self.__dict__.get(name)
        return found if found is not None else self.__getattr__(name)

    def __str__(self) -> str:
        return self._base


def _names(namespace: type[DefinedNamespace]) -> Names:
    return Names(str(namespace), [n for n in namespace.__annotations__ if not n.startswith("_")])


nq = _names(NQ)
rdf = Names(str(RDF))
rdfs = Names(str(RDFS))
owl = Names(str(OWL))
xsd = Names(str(XSD))
skos = Names(str(SKOS))
prov = Names(str(PROV))
dcterms = Names(str(DCTERMS))
eli = Names(str(ELI))
org = Names(str(ORG))
oa = Names(str(OA))
schema = Names(str(SCHEMA))
void = Names(str(VOID))
dcat = Names(str(DCAT))
doc_type = Names(str(DOC_TYPE))
comparator = Names(str(COMPARATOR))
unit = Names(str(UNIT))
role = Names(str(ROLE))
indicator = Names(str(INDICATOR))
category = Names(str(CATEGORY))
target_kind = Names(str(TARGET_KIND))
citation_kind = Names(str(CITATION_KIND))
signing_authority = Names(str(SIGNING_AUTHORITY))
session_kind = Names(str(SESSION_KIND))
jurisdiction = Names(str(JURISDICTION))


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
