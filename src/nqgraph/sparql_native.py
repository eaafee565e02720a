"""A native evaluator for the small part of SPARQL that most shape queries use.

The compiled SHACL engine (`nqgraph.shacl_fast`) runs the three SPARQL targets once per
resolution and some SPARQL constraints once per focus node. On rdflib's evaluator the targets
alone cost about 15 ms a resolution (profiled: two thirds of validation), most of it spent
building binding contexts and converting terms. `compile_select` turns a query's algebra into
a small plan that runs straight on a `DataIndex` of plain-string terms, when every node of the
algebra lies in the subset below; otherwise it returns None and the caller keeps rdflib's
evaluator, so nothing outside the subset can change meaning.

The subset, with rdflib's semantics (the engine pySHACL runs), errors and multiplicities
included:

* `SELECT [DISTINCT] vars` over a pattern of `FILTER`s on a basic graph pattern (or a join of
  two), without literal constants in the triple patterns (rdflib normalises their lexical form);
* predicates that are IRIs or property paths built from IRIs with `|`, `/` and `^` (each
  alternative and each intermediate node counts, as in rdflib: duplicates are kept);
* filter expressions: `[NOT] EXISTS { … }` (a basic graph pattern, optionally filtered),
  `!`, `&&`, `||` and `REGEX(STR(x) | x, "pattern" [, "flags"])`. As in rdflib, an error
  (an unbound variable, a non-string literal given to REGEX) makes `!` an error, stops `&&` at
  the first error unless a false operand came before, is outvoted by a true operand of `||`,
  and makes the filter reject the solution. `STR` of a blank node is its label, as in rdflib.

`tests/test_validate_fast.py` checks, for every shape query this accepts, that it answers what
rdflib answers on the seeds, a generated sample and mutated graphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import or_
from typing import Any, Protocol

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.paths import AlternativePath, InvPath, SequencePath
from rdflib.plugins.sparql.parserutils import CompValue

from nqgraph.terms import lexical, to_rdflib

Term = str  # a data term (`nqgraph.terms`)
Key = Variable | BNode  # a variable of a pattern (blank nodes in a query act as variables)
Solution = dict[Key, Term]
_XSD_STRING = str(XSD.string)


class _Unsupported(Exception):
    """The algebra steps outside the subset: the caller keeps rdflib's evaluator."""


class _Error(Exception):
    """A SPARQL expression error (rdflib's SPARQLError): the filter rejects the solution."""


class Index(Protocol):
    """What the evaluator reads: `shacl_fast.DataIndex`'s triple matching."""

    def match(
        self, s: Term | None, p: Term | None, o: Term | None
    ) -> Iterator[tuple[Term, Term, Term]]: ...


# -- paths ----------------------------------------------------------------------------------

#: a compiled predicate: an IRI, or ("|", parts), ("/", parts), ("^", part)
PathPlan = str | tuple[str, Any]


def _compile_path(p: object) -> PathPlan:
    if isinstance(p, URIRef):
        return str(p)
    if isinstance(p, AlternativePath):
        return ("|", tuple(_compile_path(a) for a in p.args))
    if isinstance(p, SequencePath):
        return ("/", tuple(_compile_path(a) for a in p.args))
    if isinstance(p, InvPath):
        return ("^", _compile_path(p.arg))
    raise _Unsupported(f"predicate {p!r}")


def _pairs(
    index: Index, s: Term | None, path: PathPlan, o: Term | None
) -> Iterator[tuple[Term, Term]]:
    """(subject, object) pairs linked by `path`, one per way of linking them (rdflib's
    `evalPath` multiplicities)."""
    if isinstance(path, str):
        for x, _, y in index.match(s, path, o):
            yield x, y
        return
    kind, arg = path
    if kind == "|":
        for part in arg:
            yield from _pairs(index, s, part, o)
    elif kind == "^":
        for x, y in _pairs(index, o, arg, s):
            yield y, x
    else:  # a sequence: every intermediate node counts
        first, rest = arg[0], arg[1:]
        if not rest:
            yield from _pairs(index, s, first, o)
            return
        tail: PathPlan = rest[0] if len(rest) == 1 else ("/", rest)
        if s is None and o is not None:  # walk backwards from the bound end
            for mid, y in _pairs(index, None, tail, o):
                for x, _ in _pairs(index, None, first, mid):
                    yield x, y
            return
        for x, mid in _pairs(index, s, first, None):
            for _, y in _pairs(index, mid, tail, o):
                yield x, y


# -- patterns -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Bgp:
    patterns: tuple[tuple[Key | Term, PathPlan, Key | Term], ...]

    def solutions(self, index: Index, bound: Solution) -> Iterator[Solution]:
        return _match(self.patterns, index, bound)


def _match(
    patterns: tuple[tuple[Key | Term, PathPlan, Key | Term], ...], index: Index, bound: Solution
) -> Iterator[Solution]:
    if not patterns:
        yield bound
        return
    (s, p, o), rest = patterns[0], patterns[1:]
    vs = bound.get(s) if isinstance(s, (Variable, BNode)) else s
    vo = bound.get(o) if isinstance(o, (Variable, BNode)) else o
    for cs, co in _pairs(index, vs, p, vo):
        if vs is None and vo is None and s == o and cs != co:
            continue  # ?x p ?x
        extended = bound
        if vs is None or vo is None:
            extended = dict(bound)
            if vs is None:
                extended[s] = cs  # type: ignore[index]
            if vo is None:
                extended[o] = co  # type: ignore[index]
        yield from _match(rest, index, extended)


@dataclass(frozen=True, slots=True)
class _Join:
    left: _Bgp
    right: _Bgp

    def solutions(self, index: Index, bound: Solution) -> Iterator[Solution]:
        for solution in self.left.solutions(index, bound):
            yield from self.right.solutions(index, solution)


@dataclass(frozen=True, slots=True)
class _Filter:
    test: Callable[[Index, Solution], bool]
    pattern: Pattern

    def solutions(self, index: Index, bound: Solution) -> Iterator[Solution]:
        for solution in self.pattern.solutions(index, bound):
            try:
                if self.test(index, solution):
                    yield solution
            except _Error:
                continue


Pattern = _Bgp | _Join | _Filter


def _term(node: object) -> Key | Term:
    if isinstance(node, (Variable, BNode)):
        return node
    if isinstance(node, URIRef):
        return str(node)
    raise _Unsupported(f"term {node!r}")  # literal constants: rdflib normalises them


def _bgp(node: CompValue) -> _Bgp:
    return _Bgp(tuple((_term(s), _compile_path(p), _term(o)) for s, p, o in node.triples))


def _named(node: object, name: str) -> bool:
    return isinstance(node, CompValue) and node.name == name


def _pattern(node: object, *, filters: int) -> Pattern:
    """A pattern of the subset, with at most `filters` nested FILTERs. A filter is only
    accepted where rdflib does not isolate its scope: in the query's own pattern (where its
    `forget` drops nothing but what was bound before, i.e. the pre-bound variables, which it
    keeps), or as the whole group of an EXISTS (`no_isolated_scope`). Elsewhere rdflib hides
    the outer bindings from the filter."""
    if not isinstance(node, CompValue):
        raise _Unsupported(repr(node))
    if node.name == "BGP":
        return _bgp(node)
    if node.name == "Join":
        left, right = node.p1, node.p2
        if _named(left, "BGP") and _named(right, "BGP"):
            return _Join(_bgp(left), _bgp(right))
    if node.name == "Filter" and filters > 0:
        return _Filter(_expression(node.expr), _pattern(node.p, filters=filters - 1))
    raise _Unsupported(node.name)


# -- expressions ----------------------------------------------------------------------------

Test = Callable[[Index, Solution], bool]


def _expression(node: object) -> Test:
    """A boolean expression; raises `_Error` where rdflib's would be an error."""
    if not isinstance(node, CompValue):
        raise _Unsupported(repr(node))
    name = node.name
    if name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
        graph = node.graph  # rdflib sets the translated group as an attribute
        inner = _pattern(graph, filters=1 if getattr(graph, "no_isolated_scope", False) else 0)
        wanted = name == "Builtin_EXISTS"

        def exists(index: Index, solution: Solution) -> bool:
            for _ in inner.solutions(index, solution):
                return wanted
            return not wanted

        return exists
    if name == "UnaryNot":
        operand = _expression(node.expr)
        return lambda index, solution: not operand(index, solution)
    if name in ("ConditionalAndExpression", "ConditionalOrExpression"):
        operands = [_expression(node.expr)] + [_expression(x) for x in node.other or ()]
        if len(operands) == 1:
            return operands[0]
        return _and(operands) if name == "ConditionalAndExpression" else _or(operands)
    if name == "Builtin_REGEX":
        return _regex(node)
    raise _Unsupported(name)


def _and(operands: list[Test]) -> Test:
    def test(index: Index, solution: Solution) -> bool:
        # rdflib: all(EBV(x) for x in …): stops at the first false operand or error
        return all(operand(index, solution) for operand in operands)

    return test


def _or(operands: list[Test]) -> Test:
    def test(index: Index, solution: Solution) -> bool:
        error: _Error | None = None
        for operand in operands:
            try:
                if operand(index, solution):
                    return True
            except _Error as exc:
                error = exc
        if error is not None:
            raise error
        return False

    return test


def _regex(node: CompValue) -> Test:
    pattern, flags = node.pattern, node.flags
    if not _is_string(pattern) or not (flags is None or _is_string(flags)):
        raise _Unsupported("REGEX with a non-string pattern or flags")
    flag_map = {"i": re.IGNORECASE, "s": re.DOTALL, "m": re.MULTILINE}
    try:
        compiled = re.compile(
            str(pattern), reduce(or_, [flag_map.get(f, 0) for f in flags or ""], 0)
        )
    except re.error as exc:  # rdflib fails when it runs the query: let it
        raise _Unsupported(f"REGEX pattern: {exc}") from exc
    text = _string_value(node.text)

    def test(index: Index, solution: Solution) -> bool:
        return compiled.search(text(solution)) is not None

    return test


def _is_string(node: object) -> bool:
    return isinstance(node, Literal) and node.datatype in (None, XSD.string)


def _string_value(node: object) -> Callable[[Solution], str]:
    """REGEX's text: a string literal (plain, xsd:string or language-tagged), else an error."""
    if isinstance(node, CompValue) and node.name == "Builtin_STR":
        arg = _value(node.arg)
        return lambda solution: _str(arg(solution))
    if isinstance(node, Variable):
        arg = _value(node)

        def text(solution: Solution) -> str:
            term = arg(solution)
            if term[:1] != '"':
                raise _Error("not a literal")
            end = term.rindex('"')
            tail = term[end + 1 :]
            if tail and tail[:1] != "@" and tail[3:-1] != _XSD_STRING:
                raise _Error("not a string literal")
            return lexical(term)

        return text
    raise _Unsupported(f"REGEX text {node!r}")


def _value(node: object) -> Callable[[Solution], Term]:
    if isinstance(node, Variable):

        def value(solution: Solution) -> Term:
            found = solution.get(node)
            if found is None:
                raise _Error(f"{node} is not bound")
            return found

        return value
    raise _Unsupported(f"argument {node!r}")


@lru_cache(maxsize=4096)
def _str(term: Term) -> str:
    """rdflib's `STR()`: an IRI's text, a literal's lexical form (as rdflib normalises it),
    a blank node's label."""
    if term[:1] != '"':
        return term[2:] if term[:2] == "_:" else term
    return str(to_rdflib(term))


_TOP_LEVEL_FILTERS = 8  # nested FILTERs in the query's own pattern (rdflib merges a group's)

# -- queries --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Select:
    """A compiled SELECT: `rows(index, bound)` are rdflib's result rows, projected (bound
    variables only, by name), in rdflib's multiplicities (order aside)."""

    names: tuple[str, ...]
    distinct: bool
    pattern: Pattern

    def rows(self, index: Index, bound: dict[str, Term]) -> list[dict[str, Term]]:
        start: Solution = {Variable(k): v for k, v in bound.items()}
        rows: list[dict[str, Term]] = []
        seen: set[frozenset[tuple[str, Term]]] = set()
        for solution in self.pattern.solutions(index, start):
            row = {n: solution[Variable(n)] for n in self.names if Variable(n) in solution}
            if self.distinct:
                key = frozenset(row.items())
                if key in seen:
                    continue
                seen.add(key)
            rows.append(row)
        return rows


def compile_select(algebra: CompValue) -> Select | None:
    """The query as a native plan, or None when it steps outside the subset."""
    try:
        if algebra.name != "SelectQuery" or algebra.get("datasetClause"):
            raise _Unsupported(algebra.name)
        node = algebra.p
        distinct = False
        if isinstance(node, CompValue) and node.name == "Distinct":
            distinct, node = True, node.p
        if not (isinstance(node, CompValue) and node.name == "Project"):
            raise _Unsupported("no projection")
        names = tuple(str(v) for v in algebra.PV)
        return Select(names, distinct, _pattern(node.p, filters=_TOP_LEVEL_FILTERS))
    except _Unsupported:
        return None
