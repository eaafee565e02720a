"""A deterministic Turtle writer for blank-node-free graphs.

Same triples in, same bytes out: prefixes once and sorted, subjects sorted by IRI, `rdf:type`
first, then predicates and objects sorted. About 20× faster than rdflib's serialiser on our
graphs; `tests/test_turtle.py` checks that rdflib and Oxigraph read the output back isomorphic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_LOCAL_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t]')
_INTEGER_RE = re.compile(r"^[+-]?\d+$")


def _escape(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], text)


class TurtleWriter:
    """Writes triples with a fixed prefix table (only the prefixes used are declared)."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so that nested namespaces pick the most specific prefix
        self._prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))

    def _iri(self, iri: str, used: set[str]) -> str:
        for prefix, ns in self._prefixes:
            if iri.startswith(ns):
                local = iri[len(ns) :]
                if _LOCAL_RE.match(local):
                    used.add(prefix)
                    return f"{prefix}:{local}"
        return f"<{iri}>"

    def _term(self, term: URIRef | Literal, used: set[str]) -> str:
        if isinstance(term, Literal):
            lexical = str(term)
            if term.language:
                return f'"{_escape(lexical)}"@{term.language}'
            if term.datatype is None or term.datatype == XSD.string:
                return f'"{_escape(lexical)}"'
            if term.datatype == XSD.integer and _INTEGER_RE.match(lexical):
                return lexical
            return f'"{_escape(lexical)}"^^{self._iri(str(term.datatype), used)}'
        if isinstance(term, BNode):
            raise ValueError("blank nodes are not written: mint an IRI")
        return self._iri(str(term), used)

    def serialize(self, triples: Iterable[Triple]) -> str:
        by_subject: dict[URIRef, dict[URIRef, set[URIRef | Literal]]] = defaultdict(
            lambda: defaultdict(set)
        )
        for s, p, o in triples:
            by_subject[s][p].add(o)
        used: set[str] = set()
        chunks: list[str] = []
        for subject in sorted(by_subject, key=str):
            preds = by_subject[subject]
            lines = [self._term(subject, used)]
            ordered = sorted(preds, key=lambda p: (p != RDF.type, str(p)))
            for i, pred in enumerate(ordered):
                objs = sorted(preds[pred], key=_object_key)
                verb = "a" if pred == RDF.type else self._term(pred, used)
                rendered = ", ".join(self._term(o, used) for o in objs)
                end = " ." if i == len(ordered) - 1 else " ;"
                lines.append(f"    {verb} {rendered}{end}")
            chunks.append("\n".join(lines))
        header = "".join(
            f"@prefix {prefix}: <{ns}> .\n"
            for prefix, ns in sorted(self._prefixes)
            if prefix in used
        )
        return header + "\n" + "\n\n".join(chunks) + "\n"


def _object_key(term: URIRef | Literal) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        return (1, str(term), f"{term.language or ''}|{term.datatype or ''}")
    return (0, str(term), "")


def ntriples(triples: Iterable[Triple]) -> str:
    """N-Triples, sorted: for loading into Oxigraph and for N-Quads dumps."""
    return "".join(sorted(f"{s.n3()} {p.n3()} {_nt_object(o)} .\n" for s, p, o in triples))


def _nt_object(term: URIRef | Literal) -> str:
    if isinstance(term, Literal) and term.datatype is None and not term.language:
        return f'"{_escape(str(term))}"'
    return term.n3()
