"""Bound parameters written into a query's text, for SPARQL servers (which take no bindings).

`prebind` replaces each bound variable by its term, as Oxigraph's `substitutions` (SEP-0007
pre-binding) does inside the engine: `?resolution` becomes `<…/nq-hdnd/2024/112>` in every
pattern and expression, the outer projection keeps the column as `(<term> AS ?resolution)`, a
sub-select drops it (its patterns hold the term now), and an `ORDER BY` or `GROUP BY` key
becomes `(<term>)`. `inject_values` is the older way, a `VALUES` block at the start of the
outer group: the same answers, but Oxigraph's planner then matches the rest of the query with
the variable unbound and joins the block last. On the 10,000-resolution store a query scoped to
one resolution took 1.5–60 s that way and 1–20 ms pre-bound (`docs/design.md`, "Queries").
`prebind` returns None where rewriting would change the answer's columns (an outer `SELECT *`,
a sub-select that projects nothing else, a bound variable that the query itself assigns with
`AS` or `VALUES`); the caller then falls back to `inject_values`.

Terms arrive as N-Triples text (`nqgraph.store.to_ntriples` escapes and checks them), so a
value is always one term: nothing of it is read as query syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

# one token at a time: comments, strings, IRIs, variables and prefixed names carry text that
# must never be read as keywords or braces
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F\u2040]+)
  | (?P<pname>(?:[A-Za-z_][\w.-]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%]))*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(query: str) -> Iterator[tuple[str, str]]:
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup
        assert kind is not None
        yield kind, match.group()


def prebind(query: str, terms: Mapping[str, str]) -> str | None:
    """`query` with each variable named in `terms` (name -> N-Triples term) replaced by its
    term, or None when that would change the answer's columns (see the module's docstring)."""
    if not terms:
        return query
    out: list[str] = []
    braces = 0  # depth of { }
    parens = 0  # depth of ( )
    projection: str | None = None  # "outer" or "sub" while reading a SELECT's projection
    projected = 0  # items a sub-select's projection keeps
    key_parens: int | None = None  # after ORDER BY / GROUP BY: the key's paren depth
    assigning = False  # after AS, or inside a VALUES clause
    values_braces: int | None = None
    previous = ""
    for kind, text in _tokens(query):
        if kind == "word":
            word = text.upper()
            if word == "SELECT":
                projection = "outer" if braces == 0 else "sub"
                projected, key_parens = 0, None
            elif word == "WHERE" and projection is not None:
                if projection == "sub" and projected == 0:
                    return None
                projection = None
            elif word == "BY" and previous in ("ORDER", "GROUP"):
                key_parens = parens
            elif word == "VALUES":
                values_braces = braces
            assigning = word == "AS" or values_braces is not None
            previous = word
        elif kind == "var":
            name = text[1:]
            if name in terms:
                if assigning:
                    return None  # the query binds it itself: substitution would fail
                term = terms[name]
                if projection is not None and parens == 0:
                    if projection == "outer":
                        out.append(f"({term} AS ?{name})")
                        projected += 1
                    continue  # a sub-select's column: its patterns hold the term now
                if key_parens is not None and parens == key_parens:
                    out.append(f"({term})")
                    continue
                out.append(term)
                continue
            if projection is not None and parens == 0:
                projected += 1
            assigning = values_braces is not None
        elif kind == "other":
            if text == "{":
                if projection is not None:
                    if projection == "sub" and projected == 0:
                        return None
                    projection = None
                braces += 1
                key_parens = None
            elif text == "}":
                braces -= 1
                key_parens = None
                if values_braces is not None and braces == values_braces:
                    values_braces = None
                    assigning = False
            elif text == "(":
                if projection is not None and parens == 0:
                    projected += 1
                parens += 1
            elif text == ")":
                parens -= 1
            elif text == "*" and projection is not None and parens == 0:
                if projection == "outer":
                    return None  # SELECT *: the bound variable would leave the answer
                projected += 1
            if text not in "()" and not text.isspace():
                assigning = values_braces is not None
        out.append(text)
    return "".join(out)


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
