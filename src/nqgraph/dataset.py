"""The dataset description (VoID + DCAT) written beside the per-resolution files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nqgraph import __version__
from nqgraph.iris import Iris, graph_name
from nqgraph.namespaces import dcat, dcterms, eli, nq, oa, org, prov, rdf, skos, void
from nqgraph.terms import Triple, integer, literal

DATA_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
VOCABULARIES = (eli, org, oa, skos, prov, dcterms, nq)


@dataclass(frozen=True, slots=True)
class Entry:
    """One resolution as published: its IRI, file, source and size."""

    iri: str
    file: str  # path relative to the output directory
    source_name: str
    sha256: str
    triples: int


def void_triples(entries: Sequence[Entry], iris: Iris) -> set[Triple]:
    ds = iris.dataset()
    out: set[Triple] = set()

    def add(s: str, p: str, o: str) -> None:
        out.add((s, p, o))

    add(ds, rdf.type, void.Dataset)
    add(ds, rdf.type, dcat.Dataset)
    add(ds, dcterms.title, literal("nqgraph: nghị quyết của Hội đồng nhân dân", "vi"))
    add(ds, dcterms.title, literal("nqgraph: Vietnamese council resolutions", "en"))
    add(
        ds,
        dcterms.description,
        literal(
            "Resolutions of Vietnamese People's Councils as linked data: legal bases, documents "
            "considered, articles, targets, tasks and responsibilities, each fact linked to the "
            "exact span of source text it was read from.",
            "en",
        ),
    )
    add(ds, dcterms.license, DATA_LICENSE)
    add(ds, void.triples, integer(sum(e.triples for e in entries)))
    add(ds, void.uriSpace, literal(iris.base))
    add(ds, void.dataDump, iris.base + "dump.trig")
    for vocab in VOCABULARIES:
        add(ds, void.vocabulary, str(vocab))
    software = iris.software(__version__)
    add(ds, prov.wasGeneratedBy, software)
    dump = iris.base + "dump.trig"
    add(ds, dcat.distribution, dump)
    add(dump, rdf.type, dcat.Distribution)
    add(dump, dcat.mediaType, literal("application/trig"))
    add(dump, dcterms.title, literal("Full dump, one named graph per resolution", "en"))
    for entry in entries:
        graph = graph_name(entry.iri)
        add(ds, void.subset, graph)
        add(graph, rdf.type, void.Dataset)
        add(graph, void.triples, integer(entry.triples))
        add(graph, dcterms.subject, entry.iri)
        add(graph, dcterms.source, iris.source(entry.sha256))
        add(graph, void.dataDump, iris.base + entry.file)
        add(iris.source(entry.sha256), nq.fileName, literal(entry.source_name))
    return out
