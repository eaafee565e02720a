"""Bound parameters written into a query's text, for SPARQL servers (which take no bindings).

`prebind` replaces each bound variable by its term, as Oxigraph's `substitutions` (SEP-0007
pre-binding) does inside the engine: `?resolution` becomes `<…/nq-hdnd/2024/112>` in every
pattern and expression, the outer projection keeps the column as `(<term> AS ?resolution)`, and
an `ORDER BY` or `GROUP BY` key becomes `(<term>)`. A sub-select that projects the variable
drops it from its projection (its patterns hold the term now); one that does not project it
keeps its own variable of that name, as SPARQL's scoping (and the engine) has it.
`inject_values` is the older way, a `VALUES` block at the start of the outer group: the same
answers, but Oxigraph's planner then matches the rest of the query with the variable unbound
and joins the block last. On the 10,000-resolution store the queries scoped to one resolution
took 1.5–76 s that way and 1–23 ms pre-bound (`docs/design.md`, "Queries"). `prebind` returns
None where rewriting would answer otherwise: an outer `SELECT *` (the column would go), a
sub-select left projecting nothing, a bound variable the query assigns itself (`AS`,
`VALUES`), `BOUND(?var)`, a literal where SPARQL allows none (a predicate, a `GRAPH` name), or
a `MINUS` that would then share no variable with the rest (it would remove nothing); the
caller then falls back to `inject_values`.

Terms arrive as N-Triples text (`nqgraph.store.to_ntriples` escapes and checks them), so a
value is always one term: nothing of it is read as query syntax.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# one token at a time: comments, strings, IRIs, variables and prefixed names carry text that
# must never be read as keywords or braces. `<` followed by `?`, `$`, `=` or a space is the
# comparison operator, not an IRI (`FILTER(?a<?b && ?b>0)`).
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><(?![?$=])[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
  | (?P<pname>(?:[A-Za-z_][\w.-]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%]))*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(query: str) -> list[tuple[str, str]]:
    out = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup
        assert kind is not None
        out.append((kind, match.group()))
    return out


def _group_end(tokens: list[tuple[str, str]], start: int) -> int:
    """The index of the `}` closing the group whose `{` is at or after `start`."""
    depth = 0
    for i in range(start, len(tokens)):
        kind, text = tokens[i]
        if kind == "other" and text == "{":
            depth += 1
        elif kind == "other" and text == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(tokens)


def _projection(tokens: list[tuple[str, str]], start: int) -> set[str] | None:
    """The variables the SELECT at `start` projects (None for `*`): `?v`, and `(… AS ?v)`."""
    names: set[str] = set()
    parens = 0
    previous = ""
    for kind, text in tokens[start + 1 :]:
        if kind in ("space", "comment"):
            continue
        if (kind == "word" and text.upper() == "WHERE") or text == "{":
            break
        if text == "*" and parens == 0:
            return None
        if text in "()":
            parens += 1 if text == "(" else -1
        elif kind == "var" and (parens == 0 or previous == "AS"):
            names.add(text[1:])
        previous = text.upper()
    return names


def _minus_is_kept(tokens: list[tuple[str, str]], start: int, bound: set[str]) -> bool:
    """Whether the MINUS group at `start` still shares a variable with the rest of the query
    once `bound` variables are replaced: MINUS removes nothing where nothing is shared, while
    the engine's substitution keeps the bound variable shared."""
    end = _group_end(tokens, start)
    inside = {text[1:] for kind, text in tokens[start:end] if kind == "var"}
    if not inside & bound:
        return True
    outside = {
        text[1:] for i, (kind, text) in enumerate(tokens) if kind == "var" and not start <= i < end
    }
    return bool((inside - bound) & (outside - bound))


# the tokens a triple pattern can follow: its first term is the subject, the next a predicate
_PATTERN_START = {"{", ".", "}", ")"}


def _names_a_graph_or_predicate(previous: str, before_previous: str) -> bool:
    """Whether a term after these two significant tokens is a GRAPH name or a predicate:
    `GRAPH ?v`, `; ?v`, or `{ ?s ?v` (a subject after the start of a pattern). Literals may
    stand neither there. Cautious: a false yes only costs the VALUES form."""
    if previous in ("GRAPH", ";"):
        return True
    subject = previous[:1] in ("?", "$", "<") or (":" in previous and previous[:1] != '"')
    return subject and before_previous in _PATTERN_START


def prebind(query: str, terms: Mapping[str, str]) -> str | None:
    """`query` with each variable named in `terms` (name -> N-Triples term) replaced by its
    term, or None where that would answer otherwise (see the module's docstring)."""
    if not terms:
        return query
    tokens = _tokens(query)
    out: list[str] = []
    braces = 0  # depth of { }
    parens = 0  # depth of ( )
    scopes: list[tuple[int, set[str]]] = [(0, set(terms))]  # (depth, variables replaced there)
    projection: str | None = None  # "outer" or "sub" while reading a SELECT's projection
    key_parens: int | None = None  # after ORDER BY / GROUP BY: the key's paren depth
    assigning = False  # after AS, or inside a VALUES clause
    values_braces: int | None = None
    previous = before_previous = ""  # the last two significant tokens (words upper-cased)
    for index, (kind, text) in enumerate(tokens):
        active = scopes[-1][1]
        written = text  # what goes out for this token
        if kind == "word" and previous != "@":  # not a language tag such as @as
            word = text.upper()
            if word == "SELECT":
                projection = "outer" if braces == 0 else "sub"
                key_parens = None
                if projection == "sub":
                    names = _projection(tokens, index)
                    if names is not None and names <= active:
                        return None  # every column is bound: the sub-select would project none
                    scopes.append((braces, set(active) if names is None else active & names))
            elif word == "WHERE":
                projection = None
            elif word == "BY" and previous in ("ORDER", "GROUP"):
                key_parens = parens
            elif word == "VALUES":
                values_braces = braces
            elif word == "MINUS" and not _minus_is_kept(tokens, index, active):
                return None
            assigning = word == "AS" or values_braces is not None
        elif kind == "var" and text[1:] in active:
            name = text[1:]
            if assigning or (previous == "(" and before_previous == "BOUND"):
                return None  # the query binds it itself, or BOUND(<term>) is not SPARQL
            term = terms[name]
            if term.startswith('"') and _names_a_graph_or_predicate(previous, before_previous):
                return None  # a literal there is not SPARQL; substituted, it matches nothing
            if projection is not None and parens == 0:
                # the outer answer keeps the column; a sub-select's patterns hold the term now
                written = f"({term} AS ?{name})" if projection == "outer" else ""
            elif key_parens is not None and parens == key_parens:
                written = f"({term})"
            elif out and out[-1].endswith("<"):
                written = " " + term  # `?a<<iri>` would read as `<<` (RDF-star)
            else:
                written = term
        elif kind == "var":
            assigning = values_braces is not None
        elif kind == "other":
            if text == "{":
                projection = None
                braces += 1
                key_parens = None
            elif text == "}":
                braces -= 1
                key_parens = None
                if values_braces is not None and braces == values_braces:
                    values_braces = None
                    assigning = False
                if len(scopes) > 1 and braces < scopes[-1][0]:
                    scopes.pop()  # the group holding the sub-select is closed
            elif text == "(":
                parens += 1
            elif text == ")":
                parens -= 1
            elif text == "*" and projection == "outer" and parens == 0:
                return None  # SELECT *: the bound variable would leave the answer
            if text not in "()" and not text.isspace():
                assigning = values_braces is not None
        if kind not in ("space", "comment"):
            previous, before_previous = (text.upper() if kind == "word" else text), previous
        if written:
            out.append(written)
    return "".join(out)


_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def query_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; UPDATE for an update (INSERT, DROP …); None if the
    text starts with none of these (after its PREFIX and BASE declarations)."""
    for kind, text in _tokens(query):
        if kind != "word":
            continue
        word = text.upper()
        if word in _FORMS:
            return word
        if word in _UPDATES:
            return "UPDATE"
        if word not in ("PREFIX", "BASE"):
            return None
    return None


def inject_values(query: str, terms: Mapping[str, str]) -> str:
    """`query` with a VALUES block binding `terms` (name -> N-Triples term) at the start of its
    outer WHERE group."""
    if not terms:
        return query
    names = sorted(terms)
    row = " ".join(terms[name] for name in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    at = 0
    for kind, text in _tokens(query):
        if kind == "other" and text == "{":
            return query[: at + 1] + block + query[at + 1 :]
        at += len(text)
    raise ValueError("malformed query: no WHERE group")
