"""A compiled SHACL validator for `ontology/shapes.ttl`: the same results as pySHACL, without
pySHACL's per-call costs.

pySHACL re-parses the SPARQL of every SPARQL-based target and constraint on each use (with
pyparsing: about 20 ms a query), and carries about 40 ms of fixed cost per `validate()` call.
Here the shapes graph is compiled once per process into a plan:

* each node or property shape: its targets (`sh:targetClass`, SPARQL targets), its path, its
  severity and messages, and its constraints as small Python objects;
* each SPARQL query (targets, `sh:sparql` constraints) parsed and translated to algebra once,
  with pySHACL's text-level rules applied first (its checks for MINUS / VALUES / SERVICE and
  nested SELECTs, `$PATH` substitution, which variables are pre-bound, the prefixes declared
  through `sh:prefixes`).

The plan runs over `DataIndex`, a dictionary index of one resolution's triples, whose terms
are plain strings (`nqgraph.terms`; the shapes graph keeps rdflib's terms). The core
constraints are plain Python that mirrors pySHACL's implementation (its datatype, pattern,
class and path semantics, not only the specification's). The SPARQL queries in the subset of
`nqgraph.sparql_native` (the targets and the simpler constraints) run natively with rdflib's
semantics; the others on rdflib's own SPARQL evaluator (the engine pySHACL uses) over an
rdflib view of the index, so filters, aggregates and their error rules are rdflib's. Results
carry what pySHACL's results carry (focus, path, value, source shape, severity, constraint
component, messages, nested `sh:detail` results), with SPARQL messages filled in the way
pySHACL fills them.

The compiler refuses what it does not implement (`UnsupportedShapes`), so an edit of the
shapes that uses a new construct fails loudly instead of silently diverging from pySHACL;
`nqgraph.validate` keeps pySHACL as the reference engine (`engine="pyshacl"`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.paths import Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.evaluate import evalQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from nqgraph.errors import NqgraphError
from nqgraph.sparql_native import Select, compile_select
from nqgraph.terms import from_rdflib, lexical, to_rdflib
from nqgraph.terms import text as term_text

Term = str  # a data term (`nqgraph.terms`)
Triple = tuple[Term, Term, Term]
_RDF_TYPE = str(RDF.type)
_SUBCLASS_OF = str(RDFS.subClassOf)

__all__ = [
    "DataIndex",
    "Plan",
    "RawResult",
    "UnsupportedShapes",
    "compile_shapes",
    "results_graph",
]


class UnsupportedShapes(NqgraphError):
    """The shapes use a SHACL construct the compiled validator does not implement."""


# -- the data: one resolution's triples, indexed ---------------------------------------------------


class DataIndex:
    """Subject → predicate → objects, and predicate → object → subjects (dicts as ordered sets),
    over plain-string terms."""

    __slots__ = ("pos", "spo")

    def __init__(self) -> None:
        self.spo: dict[Term, dict[Term, dict[Term, None]]] = {}
        self.pos: dict[Term, dict[Term, dict[Term, None]]] = {}

    @classmethod
    def of(cls, triples: Iterable[Triple]) -> DataIndex:
        index = cls()
        index.add_all(triples)
        return index

    def add_all(self, triples: Iterable[Triple]) -> None:
        spo, pos = self.spo, self.pos
        for s, p, o in triples:
            po = spo.get(s)
            if po is None:
                po = spo[s] = {}
            objects = po.get(p)
            if objects is None:
                po[p] = {o: None}
            elif o in objects:
                continue
            else:
                objects[o] = None
            os_ = pos.get(p)
            if os_ is None:
                pos[p] = {o: {s: None}}
            else:
                subjects = os_.get(o)
                if subjects is None:
                    os_[o] = {s: None}
                else:
                    subjects[s] = None

    def __len__(self) -> int:
        return sum(len(objects) for po in self.spo.values() for objects in po.values())

    def objects(self, s: Term | None, p: Term) -> Iterable[Term]:
        po = self.spo.get(s) if s is not None else None
        if po is None:
            return ()
        return po.get(p, {}).keys()

    def subjects(self, p: Term | None, o: Term) -> Iterator[Term]:
        if p is not None:
            yield from self.pos.get(p, {}).get(o, {})
            return
        seen: set[Term] = set()
        for os_ in self.pos.values():
            for s in os_.get(o, ()):
                if s not in seen:
                    seen.add(s)
                    yield s

    def value(self, s: Term | None, p: Term) -> Term | None:
        for o in self.objects(s, p):
            return o
        return None

    def __contains__(self, triple: Triple) -> bool:
        s, p, o = triple
        return o in self.spo.get(s, {}).get(p, {})

    def __iter__(self) -> Iterator[Triple]:
        return self.match(None, None, None)

    def match(self, s: Term | None, p: Term | None, o: Term | None) -> Iterator[Triple]:
        """The triples matching a pattern (None: any term), from the index that fits it."""
        if s is not None:
            preds = self.spo.get(s)
            if preds is None:
                return
            if p is not None:
                preds = {p: preds[p]} if p in preds else {}
            yield from _about(s, preds, o)
        elif p is not None:
            by_object = self.pos.get(p, {})
            if o is not None:
                by_object = {o: by_object[o]} if o in by_object else {}
            for o1, subjects in by_object.items():
                for s1 in subjects:
                    yield s1, p, o1
        else:
            for s1, preds in self.spo.items():
                yield from _about(s1, preds, o)

    def transitive_objects(self, node: Term, predicate: Term) -> Iterator[Term]:
        """`node` and what it reaches over `predicate` (rdflib's order does not matter here)."""
        seen = {node}
        todo = [node]
        yield node
        while todo:
            for o in self.objects(todo.pop(), predicate):
                if o not in seen:
                    seen.add(o)
                    todo.append(o)
                    yield o

    def transitive_subjects(self, predicate: Term, node: Term) -> Iterator[Term]:
        seen = {node}
        todo = [node]
        yield node
        while todo:
            for s in self.subjects(predicate, todo.pop()):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
                    yield s


def _about(s: Term, preds: dict[Term, dict[Term, None]], o: Term | None) -> Iterator[Triple]:
    """The triples of subject `s` (its `spo` entry `preds`) with object `o` (None: any)."""
    for p, objects in preds.items():
        if o is None:
            for o1 in objects:
                yield s, p, o1
        elif o in objects:
            yield s, p, o


class _RdflibView:
    """The index as rdflib's SPARQL evaluator reads a graph (`triples()`, property paths
    included), with each term converted between the two forms once."""

    __slots__ = ("_index", "_to_plain", "_to_rdflib")

    def __init__(self, index: DataIndex) -> None:
        self._index = index
        self._to_rdflib: dict[Term, Node] = {}
        self._to_plain: dict[Node, Term] = {}

    def rdflib(self, term: Term) -> Node:
        found = self._to_rdflib.get(term)
        if found is None:
            found = self._to_rdflib[term] = to_rdflib(term)
            self._to_plain[found] = term
        return found

    def plain(self, node: Node) -> Term:
        found = self._to_plain.get(node)
        if found is None:
            found = self._to_plain[node] = from_rdflib(node)
            self._to_rdflib.setdefault(found, node)
        return found

    def triples(self, pattern: tuple[Any, Any, Any]) -> Iterator[tuple[Any, Any, Any]]:
        """rdflib's `Graph.triples`."""
        s, p, o = pattern
        if isinstance(p, Path):
            for start, end in p.eval(self, s, o):  # type: ignore[arg-type]
                yield start, p, end
            return
        plain, term = self.plain, self.rdflib
        found = self._index.match(
            plain(s) if s is not None else None,
            plain(p) if p is not None else None,
            plain(o) if o is not None else None,
        )
        for s1, p1, o1 in found:
            yield term(s1), term(p1), term(o1)


# -- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawResult:
    """One `sh:ValidationResult`, engine-neutral: the focus node and the value are data terms
    (plain strings), the rest nodes of the shapes graph."""

    focus: Term
    shape: Node
    severity: URIRef
    component: URIRef
    messages: tuple[Literal, ...]
    value: Term | None = None
    path: Node | None = None  # the sh:path node of the shapes graph (IRI or list/blank node)
    path_text: str | None = None
    source_constraint: Node | None = None
    details: tuple[RawResult, ...] = ()


# -- paths -----------------------------------------------------------------------------------------

# A compiled path: ("p", iri) | ("seq", (path, …)) | ("inv", path) | ("alt", (path, …)).
PathPlan = tuple[str, Any]


def _compile_path(sg: Graph, node: Node, where: str) -> PathPlan:
    if isinstance(node, URIRef):
        return ("p", str(node))
    if not isinstance(node, BNode):
        raise UnsupportedShapes(f"{where}: a path must be an IRI or a blank node, not {node!r}")
    if sg.value(node, RDF.first) is not None:
        items = list(Collection(sg, node))
        if len(items) < 2:
            raise UnsupportedShapes(f"{where}: a sequence path needs at least two items")
        return ("seq", tuple(_compile_path(sg, item, where) for item in items))
    inverse = sg.value(node, SH.inversePath)
    if inverse is not None:
        return ("inv", _compile_path(sg, inverse, where))
    alternatives = sg.value(node, SH.alternativePath)
    if alternatives is not None:
        items = list(Collection(sg, alternatives))
        if len(items) < 2:
            raise UnsupportedShapes(f"{where}: an alternative path needs at least two items")
        return ("alt", tuple(_compile_path(sg, item, where) for item in items))
    kinds = sorted(str(p) for p in sg.predicates(node) if str(p).startswith(str(SH)))
    raise UnsupportedShapes(f"{where}: unsupported property path {kinds or node!r}")


def _path_values(path: PathPlan, focus: Term, data: DataIndex, inverse: bool = False) -> set[Term]:
    """pySHACL's `value_nodes_from_path` (an inverse applies to every step of a sequence)."""
    kind, arg = path
    if kind == "p":
        if inverse:
            return set(data.subjects(arg, focus))
        return set(data.objects(focus, arg))
    if kind == "seq":
        nodes = {focus}
        for step in arg:
            found: set[Term] = set()
            for node in nodes:
                found |= _path_values(step, node, data, inverse)
            nodes = found
        return nodes
    if kind == "inv":
        return _path_values(arg, focus, data, not inverse)
    collected: set[Term] = set()  # "alt"
    for option in arg:
        collected |= _path_values(option, focus, data, inverse)
    return collected


def _sparql_path(path: PathPlan, where: str) -> str:
    if path[0] == "p":
        return f"<{path[1]}>"
    if path[0] == "seq":
        return "/".join(_sparql_path(step, where) for step in path[1])
    if path[0] == "inv":
        return f"^({_sparql_path(path[1], where)})"
    return "(" + "|".join(_sparql_path(option, where) for option in path[1]) + ")"


def path_text(graph: Graph, path: Node | None) -> str | None:
    """A path as `nq:hasAssignment/nq:role` (a list) or a CURIE; None for other blank nodes."""
    from nqgraph.namespaces import curie

    if path is None:
        return None
    if isinstance(path, BNode):
        items = list(Collection(graph, path))
        return "/".join(curie(item) for item in items) if items else None
    return curie(path)


# -- SPARQL ----------------------------------------------------------------------------------------

# pySHACL's text rules (pyshacl.helper.sparql_query_helper.SPARQLQueryHelper).
_BIND_THIS = re.compile(r"([\s{}()])[\$\?]this", flags=re.M)
_BIND_PATH = re.compile(r"([\s{}()])[\$\?]PATH", flags=re.M)
_BIND_SHAPES_GRAPH = re.compile(r"([\s{}()])[\$\?]shapesGraph", flags=re.M)
_BIND_CURRENT_SHAPE = re.compile(r"([\s{}()])[\$\?]currentShape", flags=re.M)
_DEFAULT_PREFIXES = {"rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL)}
# Algebra operators the evaluator may meet: anything else (SERVICE, GRAPH, MINUS, VALUES,
# property functions of other engines …) makes the compiler refuse the query.
_ALGEBRA = frozenset(
    {
        "SelectQuery",
        "Project",
        "Distinct",
        "Reduced",
        "Slice",
        "OrderBy",
        "BGP",
        "Filter",
        "Join",
        "LeftJoin",
        "Union",
        "Extend",
        "Group",
        "AggregateJoin",
        "ToMultiSet",
        "Aggregate_Sum",
        "Aggregate_Count",
        "Aggregate_Min",
        "Aggregate_Max",
        "Aggregate_Avg",
        "Aggregate_Sample",
        "Aggregate_GroupConcat",
        "Builtin_EXISTS",
        "Builtin_NOTEXISTS",
        "Builtin_LANGMATCHES",
        "Builtin_LANG",
        "Builtin_STR",
        "Builtin_COALESCE",
        "Builtin_BOUND",
        "Builtin_DATATYPE",
        "Builtin_isIRI",
        "Builtin_isLITERAL",
        "Builtin_isBLANK",
        "Builtin_STRSTARTS",
        "Builtin_REGEX",
        "RelationalExpression",
        "ConditionalAndExpression",
        "ConditionalOrExpression",
        "UnaryNot",
        "AdditiveExpression",
        "MultiplicativeExpression",
        "OrderCondition",
        "vars",
        "pname",
        "literal",
    }
)


@dataclass(frozen=True, slots=True)
class _Query:
    node: Node
    text: str
    query: Query
    binds_this: bool
    current_shape: Node | None
    messages: frozenset[Literal] = frozenset()
    #: basic graph patterns that every answer matches (see `_required_patterns`)
    required: tuple[tuple[Pattern, ...], ...] = ()
    #: the query as a native plan, when it lies in `sparql_native`'s subset
    native: Select | None = None

    def rows(self, data: DataIndex, this: Term | None) -> list[dict[str, Term]]:
        """pySHACL's `results` rows as `ResultRow.asdict()`: projected, bound variables only
        (data terms)."""
        start: dict[Any, Term] = {_THIS: this} if this is not None and self.binds_this else {}
        if not all(_matches(bgp, data, start) for bgp in self.required):
            return []  # a pattern every answer needs has no match: no rows (and no cost)
        if self.native is not None:
            return self.native.rows(data, {"this": start[_THIS]} if start else {})
        return self.rdflib_rows(data, this)

    def rdflib_rows(self, data: DataIndex, this: Term | None) -> list[dict[str, Term]]:
        """`rows` from rdflib's evaluator (what pySHACL runs)."""
        view = _RdflibView(data)
        bindings: dict[str, Node] = {}
        if this is not None and self.binds_this:
            bindings["this"] = view.rdflib(this)
        if self.current_shape is not None:
            bindings["currentShape"] = self.current_shape
        answer: Mapping[str, Any] = evalQuery(view, self.query, bindings)  # type: ignore[arg-type]
        names = [str(v) for v in answer["vars_"]]
        rows = []
        for binding in answer["bindings"]:
            row = {}
            for name in names:
                value = binding.get(Variable(name))
                if value is not None:
                    row[name] = view.plain(value)
            rows.append(row)
        return rows


def _check_algebra(node: Any, where: str) -> None:
    if isinstance(node, CompValue):
        if node.name not in _ALGEBRA:
            raise UnsupportedShapes(f"{where}: SPARQL {node.name} is not supported")
        for key in node:
            if key not in ("_vars", "PV", "datasetClause"):
                # rdflib sets the translated pattern of (NOT) EXISTS as an attribute
                _check_algebra(getattr(node, key), where)
    elif isinstance(node, (list, tuple)):
        for item in node:
            _check_algebra(item, where)
    elif isinstance(node, Path) and not _plain_path(node):
        raise UnsupportedShapes(f"{where}: SPARQL property path {node.n3()} is not supported")


def _plain_path(path: Path) -> bool:
    from rdflib.paths import AlternativePath, InvPath, SequencePath

    if isinstance(path, (AlternativePath, SequencePath)):
        return all(isinstance(a, URIRef) or _plain_path(a) for a in path.args)
    if isinstance(path, InvPath):
        return isinstance(path.arg, URIRef) or _plain_path(path.arg)
    return False


def _prefixes(sg: Graph, node: Node) -> dict[str, str]:
    """pySHACL's `collect_prefixes`: rdf, rdfs, owl and the `sh:declare`s of `sh:prefixes`."""
    prefixes = dict(_DEFAULT_PREFIXES)
    holders = set(sg.objects(node, SH.prefixes))
    if not holders:
        return prefixes
    ontologies = set(sg.subjects(RDF.type, OWL.Ontology))
    ontology_declares = {d for o in ontologies for d in sg.objects(o, SH.declare)}
    for holder in holders:
        own = set(sg.objects(holder, SH.declare))
        declares = own if (own and holder in ontologies) else ontology_declares | own
        for declare in declares:
            prefix = list(sg.objects(declare, SH.prefix))
            namespace = list(sg.objects(declare, SH.namespace))
            if len(prefix) != 1 or len(namespace) != 1:
                raise UnsupportedShapes(f"{node}: sh:declare needs one sh:prefix and sh:namespace")
            prefixes[str(prefix[0])] = str(namespace[0])
    return prefixes


def _compile_query(
    sg: Graph,
    node: Node,
    text: str,
    where: str,
    path: PathPlan | None = None,
    shape: Node | None = None,
    messages: frozenset[Literal] = frozenset(),
) -> _Query:
    from pyshacl.errors import ValidationFailure
    from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper

    try:  # the checks pySHACL makes before running a constraint's query
        SPARQLQueryHelper(None, node, text).check_invalid_sparql(text)  # type: ignore[no-untyped-call]
    except ValidationFailure as exc:
        raise UnsupportedShapes(f"{where}: {exc}") from exc
    if _BIND_SHAPES_GRAPH.search(text):
        raise UnsupportedShapes(f"{where}: $shapesGraph is not supported")
    if path is not None:
        text = _BIND_PATH.sub(r"\g<1>" + _sparql_path(path, where).replace("\\", r"\\"), text)
    elif _BIND_PATH.search(text):
        raise UnsupportedShapes(f"{where}: $PATH in a shape without a path")
    prefixes = _prefixes(sg, node)
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
    try:
        query = prepareQuery(f"{head}\n{text}")
    except Exception as exc:  # pyparsing and rdflib raise many types
        raise UnsupportedShapes(f"{where}: the SPARQL does not parse: {exc}") from exc
    if query.algebra.name != "SelectQuery":
        raise UnsupportedShapes(f"{where}: only SELECT queries are supported")
    _check_algebra(query.algebra, where)
    current = shape if (shape is not None and _BIND_CURRENT_SHAPE.search(text)) else None
    required = tuple(_required_patterns(query.algebra))
    native = compile_select(query.algebra) if current is None else None
    binds_this = bool(_BIND_THIS.search(text))
    return _Query(node, text, query, binds_this, current, messages, required, native)


#: algebra nodes whose solutions all extend solutions of their `p` (or `p1`): a pattern that
#: must match there must match for the whole query. An aggregate over no solutions answers one
#: row, unless it is grouped (GROUP BY …: no solutions, no groups): see `_required_patterns`.
_NARROWING = {"SelectQuery", "Project", "Distinct", "Reduced", "Slice", "OrderBy", "Filter",
              "Extend", "ToMultiSet", "LeftJoin", "Minus"}  # fmt: skip
_THIS = Variable("this")
#: a triple pattern of `_required_patterns`: variables and blank nodes as rdflib's, constants as
#: data terms (plain strings)
Pattern = tuple[Any, Term, Any]


def _pattern_term(node: Node) -> Any:
    return node if isinstance(node, (Variable, BNode)) else from_rdflib(node)


def _required_patterns(node: Any) -> Iterator[tuple[Pattern, ...]]:
    """The basic graph patterns every solution of `node` extends a match of: those reached
    through joins, narrowing operators and grouped aggregates. Patterns with a property path
    or a variable predicate are left out (a weaker test, still a necessary one). Each pattern
    is tested on its own, so variables of a sub-select never meet the outer ones (`$this`
    is pre-bound throughout, as pySHACL binds it)."""
    if not isinstance(node, CompValue):
        return
    if node.name == "BGP":
        plain = tuple(
            (_pattern_term(s), str(p), _pattern_term(o))
            for s, p, o in node.triples
            if isinstance(p, URIRef)
        )
        if plain:
            yield plain
    elif node.name == "Join":
        yield from _required_patterns(node.p1)
        yield from _required_patterns(node.p2)
    elif node.name == "AggregateJoin":
        group = node.p
        if isinstance(group, CompValue) and group.name == "Group" and group.get("expr"):
            yield from _required_patterns(group.p)
    elif node.name in _NARROWING:
        yield from _required_patterns(node.p if "p" in node else node.p1)


def _matches(bgp: tuple[Pattern, ...], data: DataIndex, bound: dict[Any, Term]) -> bool:
    """Does `bgp` (variables and blank nodes free, except those in `bound`) match `data`?"""
    if not bgp:
        return True

    def value(term: Any) -> Term | None:
        if isinstance(term, (Variable, BNode)):
            return bound.get(term)
        return str(term)

    # the most bound pattern first: a subject, else an object, else any
    best = min(
        range(len(bgp)),
        key=lambda i: (value(bgp[i][0]) is None) * 2 + (value(bgp[i][2]) is None),
    )
    s, p, o = bgp[best]
    rest = bgp[:best] + bgp[best + 1 :]
    vs, vo = value(s), value(o)
    if vs is not None and vo is not None:
        return vo in data.objects(vs, p) and _matches(rest, data, bound)
    for cs, _, co in data.match(vs, p, vo):
        if s == o and cs != co:
            continue  # ?x p ?x
        if _matches(rest, data, {**bound, s: cs, o: co}):  # constants as keys are never read
            return True
    return False


def _format_message(message: str, values: dict[str, Term]) -> str:
    """pySHACL's `_format_sparql_based_result_message` (the value is a `re.sub` template; a
    term is written as rdflib's `str()` writes it: a literal's lexical form, an IRI's text)."""
    for var, val in values.items():
        message = re.sub(f"{{[?$]{var}}}", term_text(val), message)
    return message


# -- constraints -----------------------------------------------------------------------------------

FocusValues = dict[Term, set[Term]]


class _Constraint:
    component: URIRef = SH.ConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        raise NotImplementedError


@dataclass(slots=True)
class _MinCount(_Constraint):
    count: int
    component = SH.MinCountConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        if self.count == 0:
            return []
        return [shape.result(self, f) for f, vs in values.items() if len(vs) < self.count]


@dataclass(slots=True)
class _MaxCount(_Constraint):
    count: int
    component = SH.MaxCountConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        return [shape.result(self, f) for f, vs in values.items() if len(vs) > self.count]


class _PerValue(_Constraint):
    def ok(self, value: Term, data: DataIndex) -> bool:
        raise NotImplementedError

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        return [
            shape.result(self, f, value=v)
            for f, vs in values.items()
            for v in vs
            if not self.ok(v, data)
        ]


_DATATYPE_CHECKS: dict[URIRef, Callable[[Any], bool]] = {
    XSD.string: lambda v: isinstance(v, (str, bytes)),
    RDF.langString: lambda v: isinstance(v, (str, bytes)),
    XSD.integer: lambda v: isinstance(v, int),
    XSD.float: lambda v: isinstance(v, float),
    XSD.decimal: lambda v: isinstance(v, Decimal),
    XSD.boolean: lambda v: isinstance(v, bool),
    XSD.date: lambda v: isinstance(v, date),
    XSD.time: lambda v: isinstance(v, time),
    XSD.dateTime: lambda v: isinstance(v, datetime),
}


# Lexical forms valid for a datatype whatever rdflib makes of them (the common case, decided
# without building an rdflib literal); anything else is decided by rdflib, as pySHACL does.
_CANONICAL: dict[str, re.Pattern[str]] = {
    str(XSD.integer): re.compile(r"[+-]?[0-9]+"),
    str(XSD.decimal): re.compile(r"[+-]?[0-9]+(\.[0-9]+)?"),
    str(XSD.date): re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"),
    str(XSD.gYear): re.compile(r"[0-9]{4}"),
}


@dataclass(slots=True)
class _Datatype(_PerValue):
    datatype: URIRef
    component = SH.DatatypeConstraintComponent
    _seen: dict[Term, bool] = field(default_factory=dict)

    def ok(self, value: Term, data: DataIndex) -> bool:
        if value[:1] != '"':
            return False
        known = self._seen.get(value)
        if known is None:
            known = self._check(value)
            if len(self._seen) < 4096:
                self._seen[value] = known
        return known

    def _check(self, term: Term) -> bool:
        rule = str(self.datatype)
        end = term.rindex('"')
        if term[end + 1 : end + 4] == "^^<" and term[end + 4 : -1] == rule:
            canonical = _CANONICAL.get(rule)
            if canonical is not None and canonical.fullmatch(term[1:end]):
                return True
        return self._ok_rdflib(to_rdflib(term))

    def _ok_rdflib(self, value: Node) -> bool:  # pySHACL's DatatypeConstraintComponent
        if not isinstance(value, Literal):
            return False
        rule = self.datatype
        check = _DATATYPE_CHECKS.get(rule, lambda v: True)
        if value.datatype == rule:
            return getattr(value, "ill_typed", None) is not True and check(value.value)
        if rule == RDFS.Literal:
            return True
        if rule == RDFS.Datatype and value.datatype:
            return True
        if value.datatype is None and value.language is None and rule == XSD.string:
            return check(value.value)
        if rule == RDF.langString and value.language:
            return check(value.value)
        return False


@dataclass(slots=True)
class _Class(_PerValue):
    cls: Term
    component = SH.ClassConstraintComponent

    def ok(self, value: Term, data: DataIndex) -> bool:
        if value[:1] == '"':
            return False
        for ctype in data.objects(value, _RDF_TYPE):
            if ctype == self.cls or self.cls in data.transitive_objects(ctype, _SUBCLASS_OF):
                return True
        return False


_NODE_KINDS: dict[Node, tuple[bool, bool, bool]] = {  # (IRI, blank node, literal)
    SH.IRI: (True, False, False),
    SH.BlankNode: (False, True, False),
    SH.Literal: (False, False, True),
    SH.BlankNodeOrIRI: (True, True, False),
    SH.BlankNodeOrLiteral: (False, True, True),
    SH.IRIOrLiteral: (True, False, True),
}


@dataclass(slots=True)
class _NodeKind(_PerValue):
    kinds: tuple[bool, bool, bool]
    component = SH.NodeKindConstraintComponent

    def ok(self, value: Term, data: DataIndex) -> bool:
        if value[:2] == "_:":
            return self.kinds[1]
        if value[:1] == '"':
            return self.kinds[2]
        return self.kinds[0]


@dataclass(slots=True)
class _Pattern(_PerValue):
    regex: re.Pattern[str]
    component = SH.PatternConstraintComponent

    def ok(self, value: Term, data: DataIndex) -> bool:
        if value[:2] == "_:":
            return False
        return self.regex.search(lexical(value)) is not None  # an IRI's text, a literal's form


@dataclass(slots=True)
class _In(_PerValue):
    allowed: frozenset[Term]
    component = SH.InConstraintComponent

    def ok(self, value: Term, data: DataIndex) -> bool:
        return value in self.allowed


@dataclass(slots=True)
class _HasValue(_Constraint):
    value: Term
    component = SH.HasValueConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        return [shape.result(self, f) for f, vs in values.items() if self.value not in vs]


@dataclass(slots=True)
class _NodeRef(_Constraint):
    target: Node
    plan: Plan
    component = SH.NodeConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        other = self.plan.shapes[self.target]
        out = []
        for f, vs in values.items():
            for v in vs:
                nested = other.validate([v], data)
                if nested:
                    out.append(shape.result(self, f, value=v, details=tuple(nested)))
        return out


@dataclass(slots=True)
class _PropertyRef(_Constraint):
    target: Node
    plan: Plan
    component = SH.PropertyConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        other = self.plan.shapes[self.target]
        nodes = list(dict.fromkeys(v for vs in values.values() for v in vs))
        return other.validate(nodes, data) if nodes else []


@dataclass(slots=True)
class _Sparql(_Constraint):
    queries: tuple[_Query, ...]
    component = SH.SPARQLConstraintComponent

    def evaluate(self, shape: _Shape, values: FocusValues, data: DataIndex) -> list[RawResult]:
        out: list[RawResult] = []
        for query in self.queries:
            for f in values:
                out.extend(self._violations(shape, query, f, data))
        return out

    def _violations(
        self, shape: _Shape, query: _Query, f: Term, data: DataIndex
    ) -> Iterator[RawResult]:
        """pySHACL's `_validate_sparql_query` and `_evaluate_sparql_constraint`."""
        seen_failure = False
        violations: list[tuple[Any, ...]] = []
        for row in query.rows(data, f):
            if row.pop("failure", None) is not None:
                if not seen_failure:
                    violations.append((True, row))
                    seen_failure = True
                continue
            p = row.pop("path", None)
            v = row.pop("value", None)
            t = row.pop("this", None)
            if (p is not None or v is not None or t is not None) and (
                t,
                p,
                v,
                row,
            ) not in violations:
                violations.append((t, p, v, row))
        own = None if shape.is_property else f
        for violation in violations:
            if violation[0] is True:
                yield shape.result(self, f, value=own, query=query, bound=dict(violation[1]))
                continue
            t, p, v, row = violation
            if v is None:
                v = own
            bound = dict(row)
            for key, val in (("this", t), ("path", p), ("value", v)):
                if val is not None:
                    bound[key] = val
            path = to_rdflib(p) if p is not None else None
            yield shape.result(self, t or f, value=v, path=path, query=query, bound=bound)


# -- shapes and plan -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Shape:
    node: Node
    is_property: bool
    severity: URIRef
    messages: frozenset[Literal]
    path: PathPlan | None = None
    path_node: Node | None = None
    path_text: str | None = None
    target_classes: tuple[Term, ...] = ()
    target_queries: tuple[_Query, ...] = ()
    constraints: list[_Constraint] = field(default_factory=list)

    def value_nodes(self, focus: list[Term], data: DataIndex) -> FocusValues:
        if self.path is None:
            return {f: {f} for f in focus}
        return {f: _path_values(self.path, f, data) for f in focus}

    def validate(self, focus: list[Term], data: DataIndex) -> list[RawResult]:
        values = self.value_nodes(focus, data)
        out: list[RawResult] = []
        for constraint in self.constraints:
            out.extend(constraint.evaluate(self, values, data))
        return out

    def result(
        self,
        constraint: _Constraint,
        focus: Term,
        value: Term | None = None,
        path: Node | None = None,
        details: tuple[RawResult, ...] = (),
        query: _Query | None = None,
        bound: dict[str, Term] | None = None,
    ) -> RawResult:
        """pySHACL's `make_v_result`: the shape's messages, plus a SPARQL constraint's own
        (both filled in, and untagged, when the result comes from a query)."""
        messages: list[Literal] = []
        extra = query.messages if query is not None else frozenset()
        for m in extra:
            if m in self.messages:
                continue
            messages.append(
                Literal(_format_message(str(m.value), bound)) if bound is not None else m
            )
        for m in self.messages:
            messages.append(
                Literal(_format_message(str(m.value), bound)) if bound is not None else m
            )
        if path is None and self.is_property:
            path, text = self.path_node, self.path_text
        else:
            text = path_text(Graph(), path) if path is not None else None
        return RawResult(
            focus=focus,
            shape=self.node,
            severity=self.severity,
            component=constraint.component,
            messages=tuple(messages),
            value=value,
            path=path,
            path_text=text,
            source_constraint=query.node if query is not None else None,
            details=details,
        )

    def focus_nodes(self, data: DataIndex, cache: dict[Node, list[Term]]) -> list[Term]:
        """pySHACL's `focus_nodes`: instances of the target classes (and of their subclasses
        in the data), and the `?this` of the SPARQL targets."""
        found: dict[Term, None] = {}
        for cls in self.target_classes:
            for sub in data.transitive_subjects(_SUBCLASS_OF, cls):
                found.update(dict.fromkeys(data.subjects(_RDF_TYPE, sub)))
        for query in self.target_queries:
            if query.node not in cache:
                cache[query.node] = [r["this"] for r in query.rows(data, None) if "this" in r]
            found.update(dict.fromkeys(cache[query.node]))
        return list(found)


# Shape predicates the compiler knows: what they mean, or that they carry no semantics.
_KNOWN = frozenset(
    {
        SH.name,
        SH.description,
        SH.message,
        SH.severity,
        SH.path,
        SH.order,
        SH.group,
        SH.targetClass,
        SH.target,
        SH.minCount,
        SH.maxCount,
        SH.datatype,
        SH["class"],
        SH.nodeKind,
        SH.pattern,
        SH.flags,
        SH["in"],
        SH.hasValue,
        SH.node,
        SH.property,
        SH.sparql,
    }
)
_SHAPE_TYPES = frozenset({SH.NodeShape, SH.PropertyShape})


@dataclass(slots=True)
class Plan:
    """The compiled shapes: run `validate(data)` once per resolution."""

    shapes: dict[Node, _Shape] = field(default_factory=dict)
    roots: list[_Shape] = field(default_factory=list)  # the shapes with targets
    graph: Graph = field(default_factory=Graph)

    def validate(self, data: DataIndex) -> list[RawResult]:
        cache: dict[Node, list[Term]] = {}
        out: list[RawResult] = []
        for shape in self.roots:
            focus = shape.focus_nodes(data, cache)
            if focus:
                out.extend(shape.validate(focus, data))
        return out


def _one(sg: Graph, node: Node, predicate: URIRef) -> Node | None:
    values = list(sg.objects(node, predicate))
    if len(values) > 1:
        raise UnsupportedShapes(f"{node}: more than one {predicate}")
    return values[0] if values else None


def _int(node: Node | None, where: str) -> int:
    if not isinstance(node, Literal) or not isinstance(node.value, int):
        raise UnsupportedShapes(f"{where}: expected an integer, got {node!r}")
    return node.value


def compile_shapes(sg: Graph) -> Plan:
    """Compile a shapes graph; `UnsupportedShapes` for anything this validator does not do."""
    for kind in (SH.ConstraintComponent, SH.SPARQLTargetType, SH.JSTarget, SH.JSConstraint):
        if next(sg.subjects(RDF.type, kind), None) is not None:
            raise UnsupportedShapes(f"{kind} is not supported")
    for predicate in (SH.rule, SH.entailment, SH.shapesGraph, SH.js, SH.expression):
        if next(sg.subject_objects(predicate), None) is not None:
            raise UnsupportedShapes(f"{predicate} is not supported")
    nodes: set[Node] = set()
    for kind in _SHAPE_TYPES:
        nodes |= set(sg.subjects(RDF.type, kind))
    for predicate in (SH.property, SH.node):
        nodes |= set(sg.objects(None, predicate))
    for predicate in (
        SH.targetClass,
        SH.target,
        SH.targetNode,
        SH.targetSubjectsOf,
        SH.targetObjectsOf,
        SH.path,
    ):
        nodes |= set(sg.subjects(predicate, None))
    nodes -= set(sg.objects(None, SH.sparql))  # SPARQL constraints are not shapes
    plan = Plan(graph=sg)
    for node in sorted(nodes, key=str):
        plan.shapes[node] = _compile_shape(sg, node, plan)
    _check_cycles(plan)
    plan.roots = [s for s in plan.shapes.values() if s.target_classes or s.target_queries]
    return plan


def _compile_shape(sg: Graph, node: Node, plan: Plan) -> _Shape:
    where = str(node)
    for predicate in set(sg.predicates(node)):
        if str(predicate).startswith(str(SH)) and predicate not in _KNOWN:
            raise UnsupportedShapes(f"{where}: {predicate} is not supported")
    types = set(sg.objects(node, RDF.type))
    if types & {RDFS.Class, OWL.Class} or types & set(sg.subjects(RDFS.subClassOf, RDFS.Class)):
        raise UnsupportedShapes(f"{where}: implicit class targets are not supported")
    if (node, SH.deactivated, None) in sg:
        raise UnsupportedShapes(f"{where}: sh:deactivated is not supported")
    severity = _one(sg, node, SH.severity) or SH.Violation
    if not isinstance(severity, URIRef):
        raise UnsupportedShapes(f"{where}: sh:severity must be an IRI")
    messages = frozenset(m for m in sg.objects(node, SH.message) if isinstance(m, Literal))
    if not messages:  # pySHACL would make a generic, component-specific message
        raise UnsupportedShapes(f"{where}: a shape without sh:message is not supported")
    path_node = _one(sg, node, SH.path)
    is_property = path_node is not None or (node, RDF.type, SH.PropertyShape) in sg
    if is_property and path_node is None:
        raise UnsupportedShapes(f"{where}: a property shape without sh:path")
    path = _compile_path(sg, path_node, where) if path_node is not None else None
    shape = _Shape(
        node=node,
        is_property=is_property,
        severity=severity,
        messages=messages,
        path=path,
        path_node=path_node,
        path_text=path_text(sg, path_node),
        target_classes=tuple(from_rdflib(c) for c in sg.objects(node, SH.targetClass)),
    )
    queries = []
    for target in sg.objects(node, SH.target):
        selects = list(sg.objects(target, SH.select))
        if len(selects) != 1 or (target, RDF.type, SH.SPARQLTarget) not in sg:
            raise UnsupportedShapes(f"{where}: only SPARQL targets with one sh:select")
        queries.append(_compile_query(sg, target, str(selects[0]), f"{where} target"))
    shape.target_queries = tuple(queries)
    shape.constraints = _constraints(sg, node, shape, plan)
    return shape


def _constraints(sg: Graph, node: Node, shape: _Shape, plan: Plan) -> list[_Constraint]:
    where = str(node)
    out: list[_Constraint] = []
    minimum = _one(sg, node, SH.minCount)
    maximum = _one(sg, node, SH.maxCount)
    if (minimum is not None or maximum is not None) and not shape.is_property:
        raise UnsupportedShapes(f"{where}: cardinality on a node shape")
    if minimum is not None:
        out.append(_MinCount(_int(minimum, where)))
    if maximum is not None:
        out.append(_MaxCount(_int(maximum, where)))
    datatype = _one(sg, node, SH.datatype)
    if datatype is not None:
        if not isinstance(datatype, URIRef):
            raise UnsupportedShapes(f"{where}: sh:datatype must be an IRI")
        out.append(_Datatype(datatype))
    for cls in sg.objects(node, SH["class"]):
        out.append(_Class(from_rdflib(cls)))
    kind = _one(sg, node, SH.nodeKind)
    if kind is not None:
        if kind not in _NODE_KINDS:
            raise UnsupportedShapes(f"{where}: unknown sh:nodeKind {kind}")
        out.append(_NodeKind(_NODE_KINDS[kind]))
    flags_node = next(iter(set(sg.objects(node, SH.flags))), None)
    re_flags = 0
    if isinstance(flags_node, Literal):
        flags = str(flags_node.value).lower()
        re_flags = (re.I if "i" in flags else 0) | (re.M if "m" in flags else 0)
    for pattern in sg.objects(node, SH.pattern):
        if not isinstance(pattern, Literal):
            raise UnsupportedShapes(f"{where}: sh:pattern must be a literal")
        text = (
            str(pattern.value)
            if pattern.value is not None and len(pattern.value) > 1
            else str(pattern)
        )
        out.append(_Pattern(re.compile(text, re_flags)))
    in_list = _one(sg, node, SH["in"])
    if in_list is not None:
        out.append(_In(frozenset(from_rdflib(item) for item in Collection(sg, in_list))))
    for value in sg.objects(node, SH.hasValue):
        out.append(_HasValue(from_rdflib(value)))
    for target in sg.objects(node, SH.node):
        out.append(_NodeRef(target, plan))
    for target in sg.objects(node, SH.property):
        out.append(_PropertyRef(target, plan))
    queries = []
    for constraint in sg.objects(node, SH.sparql):
        for predicate in set(sg.predicates(constraint)):
            if str(predicate).startswith(str(SH)) and predicate not in (
                SH.select,
                SH.message,
                SH.prefixes,
            ):
                raise UnsupportedShapes(f"{where}: {predicate} in a SPARQL constraint")
        selects = list(sg.objects(constraint, SH.select))
        if len(selects) != 1:
            raise UnsupportedShapes(f"{where}: a SPARQL constraint needs one sh:select")
        messages = frozenset(
            m for m in sg.objects(constraint, SH.message) if isinstance(m, Literal)
        )
        queries.append(
            _compile_query(
                sg, constraint, str(selects[0]), f"{where} sh:sparql", shape.path, node, messages
            )
        )
    if queries:
        out.append(_Sparql(tuple(queries)))
    return out


def _check_cycles(plan: Plan) -> None:
    """pySHACL stops recursive shapes with a warning; this validator refuses them."""
    state: dict[Node, int] = {}

    def visit(node: Node, trail: tuple[Node, ...]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            raise UnsupportedShapes(f"recursive shapes: {' -> '.join(map(str, trail))}")
        state[node] = 1
        for constraint in plan.shapes[node].constraints:
            if isinstance(constraint, (_NodeRef, _PropertyRef)):
                if constraint.target not in plan.shapes:
                    raise UnsupportedShapes(f"{node}: no shape {constraint.target}")
                visit(constraint.target, (*trail, constraint.target))
        state[node] = 2

    for node in plan.shapes:
        visit(node, (node,))


# -- the SHACL validation report -------------------------------------------------------------------


def results_graph(results: Iterable[RawResult], shapes: Graph, conforms: bool) -> Graph:
    """A `sh:ValidationReport` graph like pySHACL's (results, nested details, copied paths)."""
    graph = Graph()
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(conforms)))
    for result in results:
        graph.add((report, SH.result, _add_result(graph, result, shapes)))
    return graph


def _copy(graph: Graph, shapes: Graph, node: Node) -> Node:
    """A blank-node structure of the shapes graph (a path list, a SPARQL constraint), copied."""
    if not isinstance(node, BNode):
        return node
    seen: set[Node] = set()
    todo = [node]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for p, o in shapes.predicate_objects(current):
            graph.add((current, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return node


def _add_result(graph: Graph, result: RawResult, shapes: Graph) -> Node:
    node = BNode()
    graph.add((node, RDF.type, SH.ValidationResult))
    graph.add((node, SH.sourceConstraintComponent, result.component))
    graph.add((node, SH.sourceShape, result.shape))
    graph.add((node, SH.resultSeverity, result.severity))
    graph.add((node, SH.focusNode, to_rdflib(result.focus)))
    if result.value is not None:
        graph.add((node, SH.value, to_rdflib(result.value)))
    if result.path is not None:
        graph.add((node, SH.resultPath, _copy(graph, shapes, result.path)))
    if result.source_constraint is not None:
        graph.add((node, SH.sourceConstraint, _copy(graph, shapes, result.source_constraint)))
    for message in result.messages:
        graph.add((node, SH.resultMessage, message))
    for detail in result.details:
        graph.add((node, SH.detail, _add_result(graph, detail, shapes)))
    return node
