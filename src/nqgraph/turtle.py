"""A deterministic Turtle writer for blank-node-free graphs of plain-string terms.

Same triples in, same bytes out: prefixes once and sorted, subjects sorted by IRI, `rdf:type`
first, then predicates and objects sorted. Terms are `nqgraph.terms` strings; a term's Turtle
form is remembered per writer. `tests/test_graph.py` checks that rdflib and Oxigraph read the
output back isomorphic. `trig_block` turns a document it wrote into a TriG named graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from nqgraph.terms import XSD_INTEGER, Triple, unescape

_LOCAL_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_INTEGER_RE = re.compile(r"^[+-]?\d+$")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_REMEMBERED = 1 << 15  # IRIs a writer keeps the Turtle form of


class TurtleWriter:
    """Writes triples with a fixed prefix table (only the prefixes used are declared)."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so that nested namespaces pick the most specific prefix
        self._prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        # one match finds the longest namespace an IRI starts with; the shorter ones it also
        # starts with are that namespace's own prefixes, tried in turn if the local name is not
        # a Turtle one (most IRIs of a document start with none: one match instead of a loop)
        self._namespace = re.compile(
            "|".join(re.escape(ns) for _, ns in self._prefixes) or "(?!)"  # none: never matches
        )
        self._nested = {
            ns: [(p, outer) for p, outer in self._prefixes if ns.startswith(outer)]
            for _, ns in self._prefixes
        }
        # IRI -> (its Turtle form, the prefix it uses): classes, properties and concepts recur
        # in every document a writer serialises
        self._written: dict[str, tuple[str, str | None]] = {}

    def _iri(self, iri: str, used: set[str]) -> str:
        known = self._written.get(iri)
        if known is None:
            known = self._shorten(iri)
            if len(self._written) < _REMEMBERED:
                self._written[iri] = known
        text, prefix = known
        if prefix is not None:
            used.add(prefix)
        return text

    def _shorten(self, iri: str) -> tuple[str, str | None]:
        found = self._namespace.match(iri)
        if found is not None:
            for prefix, ns in self._nested[found.group()]:
                local = iri[len(ns) :]
                if _LOCAL_RE.match(local):
                    return f"{prefix}:{local}", prefix
        return f"<{iri}>", None

    def _term(self, term: str, used: set[str]) -> str:
        if term[:1] != '"':
            return self._iri(term, used)
        end = term.rindex('"')
        if end == len(term) - 1 or term[end + 1] == "@":
            return term  # plain or language-tagged: Turtle writes it as N-Triples does
        datatype = term[end + 4 : -1]  # after '"^^<'
        if datatype == XSD_INTEGER and _INTEGER_RE.match(term[1:end]):
            return term[1:end]
        return f"{term[: end + 3]}{self._iri(datatype, used)}"

    def serialize(self, triples: Iterable[Triple]) -> str:
        """`triples` as a Turtle document (the same bytes for the same set of triples)."""
        by_subject: dict[str, dict[str, list[str]]] = {}
        for s, p, o in triples:
            preds = by_subject.get(s)
            if preds is None:
                preds = by_subject[s] = {}
            objs = preds.get(p)
            if objs is None:
                preds[p] = [o]
            else:
                objs.append(o)
        used: set[str] = set()
        # each distinct term rendered once, then read by plain indexing
        ttl: dict[str, str] = {}
        term = self._term
        chunks: list[str] = []
        for subject in sorted(by_subject):
            preds = by_subject[subject]
            rendered = ttl.get(subject)
            if rendered is None:
                rendered = ttl[subject] = term(subject, used)
            ordered = sorted(preds)
            if _RDF_TYPE in preds:  # written first, as "a"
                ordered.remove(_RDF_TYPE)
                ordered.insert(0, _RDF_TYPE)
            statements = []
            for pred in ordered:
                objs = preds[pred]
                if len(objs) == 1:  # most predicates: no sorting, no joining
                    text = ttl.get(objs[0])
                    if text is None:
                        text = ttl[objs[0]] = term(objs[0], used)
                else:
                    for o in objs:
                        if o not in ttl:
                            ttl[o] = term(o, used)
                    text = ", ".join([ttl[o] for o in sorted(set(objs), key=_object_key)])
                if pred == _RDF_TYPE:
                    verb = "a"  # rdf: is declared only if another term needs it
                else:
                    verb = ttl.get(pred) or ttl.setdefault(pred, term(pred, used))
                statements.append(f"{verb} {text}")
            chunks.append(f"{rendered}\n    " + " ;\n    ".join(statements) + " .")
        header = "".join(
            f"@prefix {prefix}: <{ns}> .\n"
            for prefix, ns in sorted(self._prefixes)
            if prefix in used
        )
        return header + "\n" + "\n\n".join(chunks) + "\n"


def trig_block(turtle: bytes, graph: str) -> bytes:
    """A document `TurtleWriter` wrote, as the named graph `graph` of a TriG file: its `@prefix`
    lines stay at the top level (TriG allows directives between graph blocks, and a prefix
    declared again just rebinds), its statements go inside `<graph> { … }`."""
    end = 0
    while turtle.startswith(b"@prefix ", end):
        end = turtle.index(b"\n", end) + 1
    return b"%s<%s> {\n%s}\n" % (turtle[:end], graph.encode(), turtle[end:])


def _object_key(term: str) -> tuple[int, str, str]:
    """IRIs first, then literals by lexical form, then by language tag or datatype."""
    if term[:1] != '"':
        return (0, term, "")
    end = term.rindex('"')
    tail = term[end + 1 :]
    kind = tail[1:] if tail[:1] == "@" else tail[3:-1]
    return (1, unescape(term[1:end]), f"{kind}|" if tail[:1] == "@" else f"|{kind}")
