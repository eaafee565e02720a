"""Every IRI the code uses, in one place.

Our own terms (`NQ`) are declared as closed namespaces: using a term the ontology does not
define fails at import time, and `tests/test_ontology.py` checks that this list and
`ontology/nqgraph.ttl` agree in both directions.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/nqgraph/ontology"
VOCAB_BASE = "https://w3id.org/nqgraph/vocab/"
DEFAULT_BASE = "https://w3id.org/nqgraph/"


class NQ(DefinedNamespace):
    """The nqgraph ontology: only what no reused vocabulary offers."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Document: object
    Resolution: object
    PartyDocument: object
    NamedDocument: object
    Session: object
    Term: object
    Citation: object
    CitationKind: object
    Target: object
    TargetKind: object
    Comparator: object
    Unit: object
    Indicator: object
    IndicatorCategory: object
    Task: object
    Assignment: object
    Role: object
    Signature: object
    SigningAuthority: object
    SourceText: object
    Section: object
    # resolution-level properties
    place: object
    adoptedAt: object
    adoptionDate: object
    considered: object
    hasCitation: object
    hasTarget: object
    hasTask: object
    hasAssignment: object
    signature: object
    recipient: object
    # session, term
    sessionNumber: object
    term: object
    termNumber: object
    termOf: object
    # citations
    citedDocument: object
    citationKind: object
    # targets
    indicator: object
    indicatorLabel: object
    value: object
    upperValue: object
    unit: object
    comparator: object
    targetKind: object
    targetYear: object
    baselineYear: object
    category: object
    parentIndicator: object
    # tasks, sections
    text: object
    heading: object
    label: object
    inSection: object
    refersTo: object
    mentionsBody: object
    # assignments
    assignedBody: object
    role: object
    # signature
    signer: object
    signerTitle: object
    signingAuthority: object
    # provenance
    span: object
    line: object
    endLine: object
    sha256: object
    fileName: object
    encoding: object


ELI = Namespace("http://data.europa.eu/eli/ontology#")
ELI_DL = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")
BESLUIT = Namespace("http://data.vlaanderen.be/ns/besluit#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")

# SKOS schemes under VOCAB_BASE (files in ontology/vocab/)
DOC_TYPE = Namespace(VOCAB_BASE + "doc-type/")
COMPARATOR = Namespace(VOCAB_BASE + "comparator/")
UNIT = Namespace(VOCAB_BASE + "unit/")
ROLE = Namespace(VOCAB_BASE + "role/")
INDICATOR = Namespace(VOCAB_BASE + "indicator/")
CATEGORY = Namespace(VOCAB_BASE + "category/")
TARGET_KIND = Namespace(VOCAB_BASE + "target-kind/")
CITATION_KIND = Namespace(VOCAB_BASE + "citation-kind/")
SIGNING_AUTHORITY = Namespace(VOCAB_BASE + "signing-authority/")
JURISDICTION = Namespace(VOCAB_BASE + "jurisdiction/")

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
