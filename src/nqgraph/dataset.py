"""The dataset description (VoID + DCAT) written beside the per-resolution files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from nqgraph import __version__
from nqgraph.iris import Iris, graph_name
from nqgraph.namespaces import DCAT, ELI, NQ, OA, ORG, VOID
from nqgraph.turtle import Triple

DATA_LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
VOCABULARIES = (ELI, ORG, OA, SKOS, PROV, DCTERMS, NQ)


@dataclass(frozen=True, slots=True)
class Entry:
    """One resolution as published: its IRI, file, source and size."""

    iri: URIRef
    file: str  # path relative to the output directory
    source_name: str
    sha256: str
    triples: int


def void_triples(entries: Sequence[Entry], iris: Iris) -> set[Triple]:
    ds = iris.dataset()
    out: set[Triple] = set()

    def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        out.add((s, p, o))

    add(ds, RDF.type, VOID.Dataset)
    add(ds, RDF.type, DCAT.Dataset)
    add(ds, DCTERMS.title, Literal("nqgraph: nghị quyết của Hội đồng nhân dân", lang="vi"))
    add(ds, DCTERMS.title, Literal("nqgraph: Vietnamese council resolutions", lang="en"))
    add(
        ds,
        DCTERMS.description,
        Literal(
            "Resolutions of Vietnamese People's Councils as linked data: legal bases, documents "
            "considered, articles, targets, tasks and responsibilities, each fact linked to the "
            "exact span of source text it was read from.",
            lang="en",
        ),
    )
    add(ds, DCTERMS.license, DATA_LICENSE)
    add(ds, VOID.triples, Literal(sum(e.triples for e in entries), datatype=XSD.integer))
    add(ds, VOID.uriSpace, Literal(iris.base))
    add(ds, VOID.dataDump, URIRef(iris.base + "dump.nq"))
    for vocab in VOCABULARIES:
        add(ds, VOID.vocabulary, URIRef(str(vocab)))
    software = iris.software(__version__)
    add(ds, PROV.wasGeneratedBy, software)
    dump = URIRef(iris.base + "dump.nq")
    add(ds, DCAT.distribution, dump)
    add(dump, RDF.type, DCAT.Distribution)
    add(dump, DCAT.mediaType, Literal("application/n-quads"))
    add(dump, DCTERMS.title, Literal("Full dump, one named graph per resolution", lang="en"))
    for entry in entries:
        graph = graph_name(entry.iri)
        add(ds, VOID.subset, graph)
        add(graph, RDF.type, VOID.Dataset)
        add(graph, VOID.triples, Literal(entry.triples, datatype=XSD.integer))
        add(graph, DCTERMS.subject, entry.iri)
        add(graph, DCTERMS.source, iris.source(entry.sha256))
        add(graph, VOID.dataDump, URIRef(iris.base + entry.file))
        add(iris.source(entry.sha256), NQ.fileName, Literal(entry.source_name))
    return out
