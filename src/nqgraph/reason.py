"""OWL RL entailments of one resolution graph, kept apart from the asserted triples.

Two implementations with the same result (tests/test_reason.py proves it on the seeds, on a
generated corpus and on random graphs over the ontology's own terms):

`entailments_owlrl` is the reference: owlrl computes the closure of the resolution plus the
ontology, its imports and the SKOS schemes on a plain rdflib graph (see STACK.md: not on an
Oxigraph-backed graph): 2–5 s per resolution, about 1 s even for a tiny graph.

`entailments` (the default) compiles the schema once per process into plain Python tables
(`Schema`) and applies them to one resolution's triples with a worklist, in milliseconds. The
compiler knows exactly the OWL RL rules our ontology can trigger — rdfs:subClassOf /
owl:equivalentClass (cax-sco, cax-eqc), rdfs:subPropertyOf / owl:equivalentProperty (prp-spo1,
prp-eqp), rdfs:domain / rdfs:range (prp-dom, prp-rng, with scm-dom/scm-rng), owl:inverseOf
(prp-inv), owl:SymmetricProperty (prp-symp), owl:TransitiveProperty (prp-trp),
owl:propertyChainAxiom (prp-spo2) — and accepts disjointness axioms, which entail nothing (they
only make data inconsistent: cax-dw, owlrl reports it and adds nothing about the data). Any
other construct in the schema (restrictions, functional or inverse-functional properties,
owl:hasKey, owl:sameAs, unions, intersections, …) makes `compile_schema` raise, so an ontology
change cannot make the two diverge silently. Data that uses the schema vocabulary itself
(owl:sameAs, rdfs:subClassOf, OWL meta-classes, …) is handed to owlrl.

Both keep only new triples about the resolution's own nodes: subjects of the asserted data that
are not subjects of the schema; never literal subjects ("generalised RDF") or blank nodes,
reflexive owl:sameAs, or types everything has.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import owlrl
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from nqgraph import resources
from nqgraph.errors import NqgraphError
from nqgraph.terms import Triple, from_rdflib, rdflib_graph

_SEMANTIC_NAMESPACES = (str(RDF), str(RDFS), str(OWL))
_RDF_TYPE = str(RDF.type)
_OWL_SAME_AS = str(OWL.sameAs)
_TRIVIAL_TYPES = frozenset({str(OWL.Thing), str(RDFS.Resource), str(OWL.NamedIndividual)})

# Terms of the RDF/RDFS/OWL vocabularies the compiler understands (anything else raises).
_ANNOTATIONS = frozenset(
    {
        RDFS.label,
        RDFS.comment,
        RDFS.seeAlso,
        RDFS.isDefinedBy,
        OWL.versionIRI,
        OWL.versionInfo,
        OWL.priorVersion,
        OWL.imports,
        OWL.deprecated,
    }
)
_SCHEMA_PREDICATES = _ANNOTATIONS | {
    RDF.type,
    RDF.first,
    RDF.rest,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.domain,
    RDFS.range,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    OWL.inverseOf,
    OWL.disjointWith,
    OWL.members,
    OWL.propertyChainAxiom,
}
_SCHEMA_TYPES = frozenset(
    {
        OWL.Class,
        RDFS.Class,
        RDF.Property,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.Ontology,
        OWL.TransitiveProperty,
        OWL.SymmetricProperty,
        OWL.AllDisjointClasses,
        OWL.NamedIndividual,
        OWL.Thing,
    }
)
# In the data: predicates and types from these vocabularies that carry no schema change.
_DATA_PREDICATES = frozenset(str(t) for t in _ANNOTATIONS | {RDF.type})
_DATA_TYPES = _TRIVIAL_TYPES

# Terms are plain strings (`nqgraph.terms`); the schema's blank nodes (lists, axioms) are
# "_:id". Generalised triples (a literal subject) occur inside the closure.
Term = str
GTriple = tuple[Term, Term, Term]


@dataclass(frozen=True, slots=True)
class Schema:
    """The ontology compiled into lookup tables (all closures precomputed, reflexive ones minus
    the term itself)."""

    super_properties: Mapping[Term, frozenset[Term]]
    super_classes: Mapping[Term, frozenset[Term]]
    domains: Mapping[Term, frozenset[Term]]  # with super-properties and super-classes
    ranges: Mapping[Term, frozenset[Term]]
    inverses: Mapping[Term, frozenset[Term]]  # (s p o) ⇒ (o q s); symmetric p has p
    transitive: frozenset[Term]
    chains: tuple[tuple[tuple[Term, ...], Term], ...]  # (p1 … pn) ⊑ q
    subjects: frozenset[Term]  # subjects of the schema graph: never reported
    facts: frozenset[GTriple]  # closure of the schema graph's own triples
    about: Mapping[Term, frozenset[GTriple]]  # facts about nodes that are not schema subjects
    joined: Mapping[Term, frozenset[tuple[Term, Term]]]  # facts of transitive / chain properties


class UnsupportedSchema(NqgraphError):
    """The ontology uses an OWL construct the fast reasoner does not implement."""


def _is_semantic_node(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_SEMANTIC_NAMESPACES)


def _is_semantic(term: Term) -> bool:
    """An RDF, RDFS or OWL term (a plain-string IRI: literals start with a quote)."""
    return term.startswith(_SEMANTIC_NAMESPACES)


_plain = from_rdflib  # a schema term as a plain string (a blank node as "_:id")


def _closure(edges: Mapping[Term, set[Term]], start: Term) -> frozenset[Term]:
    """Everything reachable from `start` (itself included)."""
    seen = {start}
    stack = [start]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return frozenset(seen)


def _rdf_list(graph: Graph, head: Node) -> tuple[Node, ...]:
    items: list[Node] = []
    node = head
    while node != RDF.nil:
        first = graph.value(node, RDF.first)
        rest = graph.value(node, RDF.rest)
        if first is None or rest is None:
            raise UnsupportedSchema(f"malformed RDF list at {node}")
        items.append(first)
        node = rest
    return tuple(items)


def _problems(graph: Graph) -> list[str]:
    """The schema's constructs outside the implemented rules."""
    problems: list[str] = []
    for s, p, o in graph:
        if _is_semantic_node(p) and p not in _SCHEMA_PREDICATES:
            problems.append(f"{s} {p} {o}")
        elif p == RDF.type and _is_semantic_node(o) and o not in _SCHEMA_TYPES:
            problems.append(f"{s} a {o}")
        elif p in (RDFS.subClassOf, OWL.equivalentClass, RDFS.domain, RDFS.range) and (
            not isinstance(o, URIRef) or not isinstance(s, URIRef)
        ):
            problems.append(f"class expression in {s} {p} {o}")
        elif p in (RDFS.subPropertyOf, OWL.equivalentProperty, OWL.inverseOf) and (
            not isinstance(o, URIRef) or not isinstance(s, URIRef)
        ):
            problems.append(f"property expression in {s} {p} {o}")
        elif p == OWL.members and (s, RDF.type, OWL.AllDisjointClasses) not in graph:
            problems.append(f"owl:members outside owl:AllDisjointClasses: {s}")
    for s, o in graph.subject_objects(OWL.propertyChainAxiom):
        chain = _rdf_list(graph, o)
        if not chain or not all(isinstance(x, URIRef) for x in chain):
            problems.append(f"property chain with a property expression: {s}")
    return problems


def compile_schema(triples: Iterable[tuple[Node, Node, Node]]) -> Schema:
    """Compile a schema graph (rdflib terms, as parsed) into `Schema` (plain-string terms);
    raise `UnsupportedSchema` on constructs outside the implemented OWL RL rules."""
    graph = Graph()
    for t in triples:
        graph.add(t)
    problems = _problems(graph)
    plain = [(_plain(s), _plain(p), _plain(o)) for s, p, o in graph]

    def pairs(predicate: Node) -> list[tuple[Term, Term]]:
        wanted = str(predicate)
        return [(s, o) for s, p, o in plain if p == wanted]

    sub_prop: dict[Term, set[Term]] = defaultdict(set)
    for s, o in pairs(RDFS.subPropertyOf):
        sub_prop[s].add(o)
    for s, o in pairs(OWL.equivalentProperty):
        sub_prop[s].add(o)
        sub_prop[o].add(s)
    sub_class: dict[Term, set[Term]] = defaultdict(set)
    for s, o in pairs(RDFS.subClassOf):
        sub_class[s].add(o)
    for s, o in pairs(OWL.equivalentClass):
        sub_class[s].add(o)
        sub_class[o].add(s)
    domain: dict[Term, set[Term]] = defaultdict(set)
    for s, o in pairs(RDFS.domain):
        domain[s].add(o)
    range_: dict[Term, set[Term]] = defaultdict(set)
    for s, o in pairs(RDFS.range):
        range_[s].add(o)
    inverse: dict[Term, set[Term]] = defaultdict(set)
    for s, o in pairs(OWL.inverseOf):
        inverse[s].add(o)
        inverse[o].add(s)
    for s, o in pairs(RDF.type):
        if o == str(OWL.SymmetricProperty):
            inverse[s].add(s)
    transitive = frozenset(s for s, o in pairs(RDF.type) if o == str(OWL.TransitiveProperty))
    chains: list[tuple[tuple[Term, ...], Term]] = [
        (tuple(_plain(x) for x in _rdf_list(graph, o)), _plain(s))
        for s, o in graph.subject_objects(OWL.propertyChainAxiom)
    ]

    properties = set(sub_prop) | set(domain) | set(range_) | set(inverse) | set(transitive)
    properties |= {q for qs in sub_prop.values() for q in qs} | {c[1] for c in chains}
    properties |= {x for c in chains for x in c[0]}
    sup_p = {p: _closure(sub_prop, p) for p in properties}
    for p, sups in sup_p.items():
        # A sub-property of rdfs:subClassOf & co. would hide schema changes in the data.
        bad = {q for q in sups if _is_semantic(q) and q not in _DATA_PREDICATES}
        if bad:
            problems.append(f"{p} is a sub-property of {', '.join(sorted(bad))}")
    classes = set(sub_class) | {c for cs in sub_class.values() for c in cs}
    classes |= {c for cs in (*domain.values(), *range_.values()) for c in cs}
    sup_c = {c: _closure(sub_class, c) for c in classes}

    def up(cs: Iterable[Term]) -> set[Term]:
        return {x for c in cs for x in sup_c.get(c, frozenset({c}))}

    if problems:
        raise UnsupportedSchema(
            "the ontology uses OWL constructs the fast reasoner does not implement "
            "(implement them in nqgraph.reason or use entailments_owlrl): " + "; ".join(problems)
        )
    domains = {p: frozenset(up(d for q in sup_p[p] for d in domain.get(q, ()))) for p in sup_p}
    ranges = {p: frozenset(up(r for q in sup_p[p] for r in range_.get(q, ()))) for p in sup_p}
    inverses = {
        p: frozenset(x for q in sup_p[p] for r in inverse.get(q, ()) for x in sup_p[r])
        for p in sup_p
    }
    partial = Schema(
        super_properties={p: s - {p} for p, s in sup_p.items() if len(s) > 1},
        super_classes={c: s - {c} for c, s in sup_c.items() if len(s) > 1},
        domains={p: d for p, d in domains.items() if d},
        ranges={p: r for p, r in ranges.items() if r},
        inverses={p: i for p, i in inverses.items() if i},
        transitive=transitive,
        chains=tuple(chains),
        subjects=frozenset(s for s, _, _ in plain),
        facts=frozenset(),
        about={},
        joined={},
    )
    # The schema's own triples (SKOS concepts, schemes …) take part in the closure too: a
    # concept the data mints may be the object of a schema triple.
    facts = frozenset(_saturate(partial, plain))
    about: dict[Term, set[GTriple]] = defaultdict(set)
    joined: dict[Term, set[tuple[Term, Term]]] = defaultdict(set)
    join_props = transitive | {x for c in chains for x in c[0]}
    for s, p, o in facts:
        if s not in partial.subjects:
            about[s].add((s, p, o))
        if p in join_props:
            joined[p].add((s, o))
    return Schema(
        super_properties=partial.super_properties,
        super_classes=partial.super_classes,
        domains=partial.domains,
        ranges=partial.ranges,
        inverses=partial.inverses,
        transitive=transitive,
        chains=partial.chains,
        subjects=partial.subjects,
        facts=facts,
        about={s: frozenset(ts) for s, ts in about.items()},
        joined={p: frozenset(ps) for p, ps in joined.items()},
    )


def _saturate(schema: Schema, triples: Iterable[GTriple]) -> set[GTriple]:
    """The closure of `triples` (plus the schema's facts) under the compiled rules."""
    known: set[GTriple] = set()
    join_props = schema.transitive | {x for c in schema.chains for x in c[0]}
    succ: dict[Term, dict[Term, set[Term]]] = {p: defaultdict(set) for p in join_props}
    pred: dict[Term, dict[Term, set[Term]]] = {p: defaultdict(set) for p in join_props}
    for p, pairs in schema.joined.items():
        for s, o in pairs:
            succ[p][s].add(o)
            pred[p][o].add(s)
    todo = list(triples)
    empty: frozenset[Term] = frozenset()
    sup_c, sup_p = schema.super_classes, schema.super_properties
    doms, rngs, invs, trans = schema.domains, schema.ranges, schema.inverses, schema.transitive
    rdf_type = _RDF_TYPE
    # The tables are closed (super-classes and super-properties transitively, domains and ranges
    # upwards, the domains of a property include its super-properties'): a type they give, or a
    # super-property triple, would derive nothing the triple it came from has not derived
    # already, so it is known at once, not queued. Not so for a property in a join (transitive
    # or in a chain) or a sub-property of rdf:type, nor for inverses (the domain of an inverse
    # is not the range).
    known_add, queue = known.add, todo.append
    types_settle = not any(rdf_type in table for table in (sup_p, doms, rngs, invs, succ))
    add_type = known_add if types_settle else queue
    while True:
        while todo:
            t = todo.pop()
            if t in known:
                continue
            known_add(t)
            s, p, o = t
            if p == rdf_type:
                for c in sup_c.get(o, empty):
                    add_type((s, p, c))
            for q in sup_p.get(p, empty):
                (queue if q in succ or q == rdf_type else known_add)((s, q, o))
            for c in doms.get(p, empty):
                add_type((s, rdf_type, c))
            for c in rngs.get(p, empty):
                add_type((o, rdf_type, c))
            for q in invs.get(p, empty):
                queue((o, q, s))
            if p in succ:
                succ[p][s].add(o)
                pred[p][o].add(s)
                if p in trans:
                    todo.extend((x, p, o) for x in pred[p].get(s, empty))
                    todo.extend((s, p, y) for y in succ[p].get(o, empty))
        for chain, q in schema.chains:
            frontier: dict[Term, set[Term]] = {a: set(bs) for a, bs in succ[chain[0]].items()}
            for link in chain[1:]:
                step = succ[link]
                frontier = {
                    a: {c for b in bs for c in step.get(b, empty)} for a, bs in frontier.items()
                }
            todo.extend(
                (a, q, c) for a, cs in frontier.items() for c in cs if (a, q, c) not in known
            )
        if not todo:
            return known


@lru_cache(maxsize=1)
def _schema_triples() -> tuple[tuple[Node, Node, Node], ...]:
    """The ontology, its imports and the SKOS schemes, as rdflib parses them."""
    graph = Graph()
    for path in resources.ontology_files():
        graph.parse(path, format="turtle")
    return tuple(graph)


@lru_cache(maxsize=1)
def schema() -> Schema:
    """The project's ontology + imports + SKOS schemes, compiled once per process."""
    return compile_schema(_schema_triples())


def needs_owlrl(triples: Iterable[GTriple]) -> bool:
    """Does the data say something about the schema itself (owl:sameAs, rdfs:subClassOf, OWL
    meta-classes …)? The compiled tables would then be stale."""
    rdf_type = _RDF_TYPE
    predicates: set[Term] = set()
    types: set[Term] = set()
    for _, p, o in triples:
        predicates.add(p)
        if p == rdf_type:
            types.add(o)
    return any(_is_semantic(p) and p not in _DATA_PREDICATES for p in predicates) or any(
        _is_semantic(o) and o not in _DATA_TYPES for o in types
    )


def _keep(
    triples: Iterable[GTriple],
    asserted: Collection[GTriple],
    subjects: Collection[Term],
    schema_subjects: Collection[Term],
) -> set[Triple]:
    """New triples about the data's own subjects: no literal subjects ("generalised RDF"),
    blank nodes, reflexive owl:sameAs or types everything has."""
    out: set[Triple] = set()
    rdf_type, same_as, trivial = _RDF_TYPE, _OWL_SAME_AS, _TRIVIAL_TYPES
    for t in triples:
        s, p, o = t
        if s not in subjects or s in schema_subjects or t in asserted:
            continue
        if p == same_as and s == o:
            continue
        if p == rdf_type and o in trivial:
            continue
        if s[:2] == "_:" or o[:2] == "_:" or p[:1] == '"':
            continue
        out.add(t)
    return out


def entailments_with(triples: Iterable[Triple], compiled: Schema) -> set[Triple]:
    """`entailments` against an explicitly compiled schema (for tests and other ontologies)."""
    asserted: set[GTriple] = set(triples)
    subjects = {s for s, _, _ in asserted}
    seed: list[GTriple] = list(asserted)
    about = compiled.about
    for s in subjects:
        seed.extend(about.get(s, ()))
    closed = _saturate(compiled, seed)
    return _keep(closed, asserted, subjects, compiled.subjects)


def entailments(triples: Iterable[Triple]) -> set[Triple]:
    """What OWL RL adds to `triples` (with the ontology), restricted to the data's subjects.

    Equal to `entailments_owlrl(triples)`; data that uses the OWL/RDFS vocabulary itself is
    handed to owlrl."""
    asserted = set(triples)
    if needs_owlrl(asserted):
        return entailments_owlrl(asserted)
    return entailments_with(asserted, schema())


def owlrl_with(
    triples: Iterable[Triple], schema_triples: Iterable[tuple[Node, Node, Node]]
) -> set[Triple]:
    """`entailments_owlrl` against explicit schema triples (rdflib terms, as parsed)."""
    asserted: set[GTriple] = set(triples)
    schema_list = list(schema_triples)
    graph = Graph()
    for t in schema_list:
        graph.add(t)
    rdflib_graph(asserted, graph)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)
    subjects = {s for s, _, _ in asserted}
    schema_subjects = {_plain(s) for s, _, _ in schema_list}
    closure = (
        (_plain(s), _plain(p), _plain(o))
        for s, p, o in graph
        if not isinstance(s, BNode) and not isinstance(p, BNode)
    )
    return _keep(closure, asserted, subjects, schema_subjects)


def entailments_owlrl(triples: Iterable[Triple]) -> set[Triple]:
    """The reference: owlrl's full OWL RL closure of `triples` + the ontology, filtered as
    `entailments` is (2–5 s per resolution)."""
    return owlrl_with(triples, _schema_triples())


__all__ = [
    "Schema",
    "UnsupportedSchema",
    "compile_schema",
    "entailments",
    "entailments_owlrl",
    "entailments_with",
    "needs_owlrl",
    "owlrl_with",
    "schema",
]
