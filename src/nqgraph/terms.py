"""RDF terms as plain strings: the form every per-document stage works on.

An **IRI** is its text (`https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112`). A
**literal** is its N-Triples form, quotes included: `"112"`, `"Về kết quả …"@vi`,
`"8.5"^^<http://www.w3.org/2001/XMLSchema#decimal>`. A term is a literal exactly when it
starts with `"`, which no IRI does. nqgraph's own graphs have no blank nodes (every node has an
IRI); a graph read from elsewhere may, and a blank node is `_:label`, as in N-Triples (no IRI
starts with `_`).

Why not rdflib's terms: they hash and compare in Python (`Identifier.__hash__` builds a tuple
on every call), and building a resolution, validating it, reasoning over it and writing it
hash every term many times over; that was most of their cost. Plain strings hash and compare
in C, and an N-Triples or N-Quads line is the terms joined. Equal terms are equal strings:
a literal without a datatype is an `xsd:string` (RDF 1.1), written without `^^`.

Code that hands a graph to rdflib (pySHACL, owlrl, rdflib's SPARQL, tests) converts at that
boundary with `to_rdflib` / `from_rdflib`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeAlias

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

Term: TypeAlias = str
Triple: TypeAlias = tuple[str, str, str]

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_DECIMAL = XSD + "decimal"
XSD_DATE = XSD + "date"
XSD_DATETIME = XSD + "dateTime"
XSD_GYEAR = XSD + "gYear"

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t]')
_UNESCAPE_RE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_UNESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'"}


def escape(text: str) -> str:
    """`text` inside N-Triples (and Turtle) quotes: `\\`, `"`, line ends and tabs escaped."""
    if '"' in text or "\\" in text or "\n" in text or "\r" in text or "\t" in text:
        return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], text)
    return text


def _unescape_one(match: re.Match[str]) -> str:
    short, long, char = match.groups()
    if short or long:
        return chr(int(short or long, 16))
    return _UNESCAPES.get(char, char)


def unescape(text: str) -> str:
    """The inverse of `escape` (also reads `\\uXXXX`, `\\UXXXXXXXX` and the other ECHARs)."""
    return _UNESCAPE_RE.sub(_unescape_one, text) if "\\" in text else text


# --------------------------------------------------------------------------- making terms


def literal(lexical: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal: plain (`xsd:string`), language-tagged, or typed by the IRI `datatype`."""
    quoted = f'"{escape(lexical)}"'
    if lang:
        return f"{quoted}@{lang}"
    if datatype and datatype != XSD_STRING:
        return f"{quoted}^^<{datatype}>"
    return quoted


@lru_cache(maxsize=1 << 16)
def integer(value: int) -> str:
    """An `xsd:integer` literal (made once per value: offsets and line numbers repeat)."""
    return f'"{value}"^^<{XSD_INTEGER}>'


# --------------------------------------------------------------------------- reading terms


def is_literal(term: str) -> bool:
    return term[:1] == '"'


def is_iri(term: str) -> bool:
    return term[:1] != '"' and term[:2] != "_:"


def _close(term: str) -> int:
    """The index of a literal's closing quote (escaped quotes inside are `\\"`)."""
    return term.rindex('"')


def lexical(term: str) -> str:
    """A literal's lexical form (unescaped); an IRI's text."""
    if term[:1] != '"':
        return term
    return unescape(term[1 : _close(term)])


def text(term: str) -> str:
    """The term as rdflib's `str()` writes it: an IRI's text, a literal's lexical form, a
    blank node's label (SHACL messages and findings show terms so)."""
    return term[2:] if term[:2] == "_:" else lexical(term)


def nt(term: str) -> str:
    """The term in N-Triples syntax."""
    return term if term[:1] == '"' or term[:2] == "_:" else f"<{term}>"


# --------------------------------------------------------------------------- rdflib boundary


def to_rdflib(term: str) -> URIRef | Literal | BNode:
    """The rdflib term for a plain-string term."""
    if term[:1] != '"':
        return BNode(term[2:]) if term[:2] == "_:" else URIRef(term)
    end = _close(term)
    text = unescape(term[1:end])
    tail = term[end + 1 :]
    if tail[:1] == "@":
        return Literal(text, lang=tail[1:])
    if tail[:3] == "^^<":
        return Literal(text, datatype=URIRef(tail[3:-1]))
    return Literal(text)


def from_rdflib(node: Node) -> str:
    """The plain-string term for an rdflib term (an explicit `xsd:string` becomes plain)."""
    if isinstance(node, Literal):
        dt = node.datatype
        return literal(str(node), node.language, str(dt) if dt is not None else None)
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def rdflib_triples(triples: Iterable[Triple]) -> list[tuple[Node, Node, Node]]:
    """The triples with rdflib terms (each distinct term converted once)."""
    made: dict[str, URIRef | Literal | BNode] = {}

    def term(t: str) -> URIRef | Literal | BNode:
        found = made.get(t)
        if found is None:
            found = made[t] = to_rdflib(t)
        return found

    return [(term(s), term(p), term(o)) for s, p, o in triples]


def rdflib_graph(triples: Iterable[Triple], graph: Graph | None = None) -> Graph:
    """The triples in an rdflib `Graph` (a new one, or added to `graph`)."""
    target = Graph() if graph is None else graph
    for triple in rdflib_triples(triples):
        target.add(triple)
    return target


def from_rdflib_triples(triples: Iterable[tuple[Node, Node, Node]]) -> set[Triple]:
    """Plain-string triples of rdflib triples."""
    made: dict[Node, str] = {}

    def term(node: Node) -> str:
        found = made.get(node)
        if found is None:
            found = made[node] = from_rdflib(node)
        return found

    return {(term(s), term(p), term(o)) for s, p, o in triples}
