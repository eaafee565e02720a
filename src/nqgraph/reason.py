"""OWL RL entailments of one resolution graph, kept apart from the asserted triples.

owlrl computes the closure of the resolution plus the ontology, its imports and the SKOS
schemes on a plain rdflib graph (see STACK.md: not on an Oxigraph-backed graph); we keep only
new triples about the resolution's own nodes, never literal subjects ("generalised RDF"),
reflexive owl:sameAs, or types everything has.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import owlrl
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from nqgraph import resources
from nqgraph.turtle import Triple

_TRIVIAL_TYPES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual}


@lru_cache(maxsize=1)
def _schema() -> tuple[Triple, ...]:
    graph = Graph()
    for path in resources.ontology_files():
        graph.parse(path, format="turtle")
    return tuple(graph)  # type: ignore[arg-type]


def entailments(triples: Iterable[Triple]) -> set[Triple]:
    """What OWL RL adds to `triples` (with the ontology), restricted to the data's subjects."""
    asserted = set(triples)
    schema = _schema()
    graph = Graph()
    for t in schema:
        graph.add(t)
    for t in asserted:
        graph.add(t)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)
    subjects = {s for s, _, _ in asserted}
    schema_subjects = {s for s, _, _ in schema}
    out: set[Triple] = set()
    for s, p, o in graph:
        if not isinstance(s, URIRef) or s not in subjects or s in schema_subjects:
            continue
        if (s, p, o) in asserted:
            continue
        if p == OWL.sameAs and s == o:
            continue
        if p == RDF.type and o in _TRIVIAL_TYPES:
            continue
        if not isinstance(o, URIRef | Literal):
            continue
        out.add((s, p, o))  # type: ignore[arg-type]
    return out
