"""Where queries run: one `Repo` interface, one implementation per kind of backend.

* `OxigraphRepo` — an embedded `pyoxigraph.Store`, on disk (`Path`) or in memory (`None`).
* `RemoteRepo` — any SPARQL 1.1 endpoint, through SPARQLWrapper (queries), the Graph Store
  Protocol (`PUT`, replaces a named graph) or SPARQL Update (fallback).

Answers come back as `Rows`: the projected variable names and one `dict` per solution mapping
each name to an **rdflib term** (`URIRef`, `Literal`, `BNode`) or `None` when unbound. Literals
typed `xsd:string` are returned as plain literals, whichever backend produced them, so answers
from the two backends compare equal (see STACK.md: Oxigraph types plain literals as
`xsd:string`, rdflib does not).

**The dataset a query sees** is the union of all named graphs (every resolution lives in its
own graph `<res>/graph`; the vocabularies in `<https://w3id.org/nqgraph/vocab>`): Oxigraph
runs with `use_default_graph_as_union=True`; for remote endpoints `RemoteRepo` asks for the
same through Oxigraph's `union-default-graph` protocol parameter (Virtuoso and GraphDB use the
union as their default graph anyway; for Fuseki configure `tdb2:unionDefaultGraph true`).

**Parameters are bound as terms, never pasted as text.** `OxigraphRepo` passes them as
`substitutions` (SEP-0007). Plain SPARQL 1.1 protocol has no bindings, so `RemoteRepo` writes
each term, in escaped N-Triples syntax, in place of its variable (`nqgraph.prebind`: the same
pre-binding, done on the text; a `VALUES` block where that would change the columns):
whatever text a user gives stays one term.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self, TypeAlias

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from nqgraph.errors import EndpointError, QueryError, RdfError
from nqgraph.loader import StoreError, recover_swap
from nqgraph.prebind import inject_values, prebind, query_form
from nqgraph.terms import escape

Term: TypeAlias = URIRef | Literal | BNode
"""The term type of every answer: rdflib's."""

BindingValue: TypeAlias = Identifier | ox.NamedNode | ox.Literal | ox.BlankNode
"""A parameter value: an rdflib term or a pyoxigraph term."""

Bindings: TypeAlias = Mapping[str, BindingValue]

N_TRIPLES = "application/n-triples"

DEFAULT_STORE = Path("data/store")


def default_store_path() -> Path:
    """`$NQGRAPH_STORE`, else `data/store` (relative to the working directory)."""
    configured = os.environ.get("NQGRAPH_STORE")
    return Path(configured) if configured else DEFAULT_STORE


_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@dataclass
class Rows:
    """The answer to a SELECT query: variable names, then one dict per solution."""

    variables: list[str]
    rows: list[dict[str, Term | None]] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Term | None]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def values(self, name: str) -> list[Term | None]:
        """The column `name`, in row order."""
        return [row.get(name) for row in self.rows]


class Repo(ABC):
    """A place where SPARQL queries run and named graphs are replaced."""

    @abstractmethod
    def select(self, query: str, bindings: Bindings | None = None) -> Rows:
        """Run a SELECT query over the union of named graphs; `bindings` fix variables."""

    @abstractmethod
    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        """Run an ASK query over the union of named graphs."""

    @abstractmethod
    def construct(self, query: str, bindings: Bindings | None = None) -> list[ox.Triple]:
        """Run a CONSTRUCT or DESCRIBE query; its triples, sorted and without repeats."""

    @abstractmethod
    def replace_graph(self, graph_iri: str, data: bytes, format: str = N_TRIPLES) -> None:
        """Make the named graph `graph_iri` hold exactly `data` (a media type names `format`)."""

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> None:
        """Remove the named graph `graph_iri`, if there is one."""

    @abstractmethod
    def graph_names(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def close(self) -> None:
        """Release the store or connection; the repo is unusable afterwards."""

    def count(self, graph_iri: str | None = None) -> int:
        """The number of triples in one named graph, or in all named graphs together."""
        if graph_iri is None:
            query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        else:
            query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_iri_nt(graph_iri)} {{ ?s ?p ?o }} }}"
        rows = self.select(query)
        value = rows.rows[0]["n"] if rows.rows else None
        return int(value.toPython()) if isinstance(value, Literal) else 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- terms


def _check_iri(iri: str) -> str:
    if not iri or _BAD_IRI_CHARS.search(iri) or ":" not in iri:
        raise QueryError(f"not an absolute IRI: {iri!r}")
    return iri


def _iri_nt(iri: str) -> str:
    return f"<{_check_iri(iri)}>"


def _to_rdflib(term: BindingValue) -> Term:
    if isinstance(term, URIRef | Literal | BNode):
        return term
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        converted = from_oxigraph(term)
        assert converted is not None
        return converted
    raise QueryError(f"cannot bind a parameter to {term!r}")


def _literal(value: str, language: str | None, datatype: str | None) -> Literal:
    if language:
        return Literal(value, lang=language)
    if datatype is None or datatype == str(XSD.string):
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


def from_oxigraph(term: object) -> Term | None:
    """A pyoxigraph term as an rdflib term (`xsd:string` literals become plain)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.language, term.datatype.value)
    raise QueryError(f"unsupported term in an answer: {term!r}")


def to_oxigraph(term: BindingValue) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib (or pyoxigraph) term as a pyoxigraph term."""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(_check_iri(str(term)))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind a parameter to {term!r}")


def to_ntriples(term: BindingValue) -> str:
    """A term in escaped N-Triples syntax (also valid SPARQL): the only way values reach text."""
    value = _to_rdflib(term)
    if isinstance(value, URIRef):
        return _iri_nt(str(value))
    if isinstance(value, BNode):
        raise QueryError("a blank node cannot be a parameter of a remote query")
    lexical = escape(str(value))
    lexical = "".join(ch if ch >= " " or ch in "\\" else f"\\u{ord(ch):04X}" for ch in lexical)
    if value.language:
        if not re.fullmatch(r"[A-Za-z]+(-[A-Za-z0-9]+)*", value.language):
            raise QueryError(f"not a language tag: {value.language!r}")
        return f'"{lexical}"@{value.language}'
    if value.datatype is not None and value.datatype != XSD.string:
        return f'"{lexical}"^^{_iri_nt(str(value.datatype))}'
    return f'"{lexical}"'


def _check_bindings(bindings: Bindings | None) -> dict[str, BindingValue]:
    checked: dict[str, BindingValue] = {}
    for name, value in (bindings or {}).items():
        if not _VARIABLE_NAME.match(name):
            raise QueryError(f"not a variable name: {name!r}")
        checked[name] = value
    return checked


# --------------------------------------------------------------------------- Oxigraph


class OxigraphRepo(Repo):
    """An embedded Oxigraph store: on disk at `path`, or in memory when `path` is None."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        if path is not None:
            recover_swap(path)  # a refill interrupted between its renames left none here
        try:
            if path is None:
                self._store: ox.Store | None = ox.Store()
            elif read_only:
                if not (path / "CURRENT").is_file():  # RocksDB's: every store has one
                    raise EndpointError(f"no store at {path}: run nqgraph build first")
                self._store = ox.Store.read_only(str(path))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise EndpointError(f"cannot open the store {path}: {_first_line(exc)}") from None
        except RuntimeError as exc:  # RocksDB: "Corruption: …", "Invalid argument: …"
            raise _damaged(path, exc) from None

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise EndpointError("the store is closed")
        return self._store

    def _run(self, query: str, bindings: Bindings | None) -> Any:
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(name): to_oxigraph(value)
            for name, value in _check_bindings(bindings).items()
        }
        try:
            with self._reading():
                try:
                    return self.store.query(
                        query, use_default_graph_as_union=True, substitutions=substitutions or None
                    )
                except RuntimeError as exc:
                    if not substitutions or "projection" not in str(exc):
                        raise
                    # the engine substitutes projected variables only; a server gets the other
                    # ones as a VALUES block (bind_in_text), and so does the store
                    return self.store.query(
                        bind_in_text(query, bindings), use_default_graph_as_union=True
                    )
        except SyntaxError as exc:
            raise QueryError(f"malformed query: {_first_line(exc)}") from None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Running a query, and reading its answer, which reads the store lazily (a damaged
        block may show up only there): a damaged store, a file error or an evaluation error
        the engine reports at run time, each in one line."""
        try:
            yield
        except OSError as exc:
            raise EndpointError(f"store {self.path}: {_first_line(exc)}") from None
        except (RuntimeError, ValueError) as exc:
            if _is_corruption(exc):
                raise _damaged(self.path, exc) from None
            raise QueryError(f"cannot run the query: {_first_line(exc)}") from None

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """A write that meets a damaged block says so in one line (other errors unchanged)."""
        try:
            yield
        except RuntimeError as exc:
            if _is_corruption(exc):
                raise _damaged(self.path, exc) from None
            raise

    def select(self, query: str, bindings: Bindings | None = None) -> Rows:
        result = self._run(query, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("not a SELECT query")
        names = [v.value for v in result.variables]
        converted: dict[object, Term | None] = {None: None}  # an answer repeats its terms

        def term(value: object) -> Term | None:
            made = converted.get(value)
            if made is None and value is not None:
                made = converted[value] = from_oxigraph(value)
            return made

        with self._reading():
            rows = [{name: term(solution[name]) for name in names} for solution in result]
        return Rows(names, rows)

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        result = self._run(query, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: Bindings | None = None) -> list[ox.Triple]:
        result = self._run(query, bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        with self._reading():
            return sorted_triples(result)

    def replace_graph(self, graph_iri: str, data: bytes, format: str = N_TRIPLES) -> None:
        graph = ox.NamedNode(_check_iri(graph_iri))
        rdf_format = _rdf_format(format)
        # Parse first into memory, so a bad file leaves the old graph in place.
        staging = ox.Store()
        try:
            staging.load(data, format=rdf_format, to_graph=graph)
        except SyntaxError as exc:
            raise RdfError(f"cannot parse graph {graph_iri}: {_first_line(exc)}") from None
        store = self.store
        with self.writing():
            if store.contains_named_graph(graph):
                store.remove_graph(graph)
            store.add_graph(graph)
            store.extend(staging.quads_for_pattern(None, None, None, graph))
            store.flush()

    def drop_graph(self, graph_iri: str) -> None:
        graph = ox.NamedNode(_check_iri(graph_iri))
        with self.writing():
            if self.store.contains_named_graph(graph):
                self.store.remove_graph(graph)
                self.store.flush()

    def graph_names(self) -> list[str]:
        with self._reading():
            graphs = list(self.store.named_graphs())
        return sorted(g.value for g in graphs if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        if self._store is not None:
            if self.path is not None:
                with contextlib.suppress(OSError, RuntimeError):  # read-only: no flush
                    self._store.flush()
            self._store = None


def _is_corruption(exc: Exception) -> bool:
    return isinstance(exc, RuntimeError) and str(exc).lstrip().startswith("Corruption")


def _damaged(path: Path | None, exc: Exception) -> StoreError:
    """A store RocksDB cannot read (a file truncated, garbled or missing) as one line."""
    reason = " ".join(str(exc).split())
    if _is_corruption(exc):
        return StoreError(
            f"the store is damaged ({reason}); delete it and run nqgraph build", str(path)
        )
    return StoreError(
        f"cannot open the store ({reason}); if it is damaged, delete it and run nqgraph build",
        str(path),
    )


def _rdf_format(media_type: str) -> ox.RdfFormat:
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    if rdf_format is None:
        raise RdfError(f"unknown RDF media type {media_type!r}")
    return rdf_format


def to_ntriples_bytes(data: bytes, format: str) -> bytes:
    """Any RDF serialisation (one graph) as N-Triples."""
    if format == N_TRIPLES:
        return data
    staging = ox.Store()
    try:
        staging.load(data, format=_rdf_format(format))
    except SyntaxError as exc:
        raise RdfError(f"cannot parse: {_first_line(exc)}") from None
    out = staging.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return out if isinstance(out, bytes) else b""


def sorted_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """Triples in the order of their N-Triples lines, each once: the same answer prints the
    same bytes whichever store gave it."""
    return sorted(set(triples), key=str)


# --------------------------------------------------------------------------- remote


def bind_in_text(query: str, bindings: Bindings | None) -> str:
    """`query` with `bindings` written into it, for a server: pre-bound where that keeps the
    answer's columns, else a VALUES block (`nqgraph.prebind`)."""
    terms = {name: to_ntriples(value) for name, value in _check_bindings(bindings).items()}
    prebound = prebind(query, terms)
    if prebound is not None:
        return prebound
    try:
        return inject_values(query, terms)
    except ValueError as exc:
        raise QueryError(str(exc)) from None


class RemoteRepo(Repo):
    """A SPARQL 1.1 endpoint: queries at `endpoint_url`; graphs replaced through the Graph
    Store Protocol at `gsp_url`, or else SPARQL Update at `update_url`."""

    def __init__(
        self,
        endpoint_url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 30,
        *,
        union_default_graph: bool = True,
    ) -> None:
        for url in (endpoint_url, update_url, gsp_url):
            if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise EndpointError(f"not an http(s) URL: {url!r}")
        self.endpoint_url = endpoint_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.timeout = timeout
        self.union_default_graph = union_default_graph

    # -- queries

    def _query_raw(
        self, query: str, bindings: Bindings | None, kind: str, return_format: str
    ) -> bytes:
        from SPARQLWrapper import POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        text = bind_in_text(query, bindings)
        client = SPARQLWrapper(self.endpoint_url)
        client.setMethod(POST)
        client.setReturnFormat(return_format)
        client.setTimeout(int(max(1, self.timeout)))
        client.setQuery(text)
        # SPARQLWrapper guesses the query form with a regex that words in comments can fool
        # (a header mentioning "dropped" made it send an update); we know the form.
        client.queryType = kind
        if self.union_default_graph:
            client.addParameter("union-default-graph", "")
        try:
            response = client.query()
            raw: bytes = response.response.read()
        except SPARQLWrapperException as exc:
            raise self._error(exc) from None
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise self._unreachable(exc) from None
        return raw

    def _query_json(self, query: str, bindings: Bindings | None, kind: str) -> dict[str, Any]:
        from SPARQLWrapper import JSON

        raw = self._query_raw(query, bindings, kind, JSON)
        try:
            answer = json.loads(raw)
        except ValueError:
            raise EndpointError(f"{self.endpoint_url}: the answer is not SPARQL JSON") from None
        if not isinstance(answer, dict):
            raise EndpointError(f"{self.endpoint_url}: the answer is not SPARQL JSON")
        return answer

    def _error(self, exc: Exception) -> Exception:
        from SPARQLWrapper.SPARQLExceptions import EndPointNotFound, QueryBadFormed

        message = str(exc).split("Response:", 1)[-1]
        detail = _first_line(message.replace("\\n", "\n").strip(" b'\"\n"))
        if isinstance(exc, QueryBadFormed):
            return QueryError(f"malformed query ({self.endpoint_url}): {detail}")
        if isinstance(exc, EndPointNotFound):
            return EndpointError(f"{self.endpoint_url}: not found (HTTP 404)")
        return EndpointError(f"{self.endpoint_url}: {type(exc).__name__}: {detail}")

    def _http_error(self, exc: urllib.error.HTTPError) -> EndpointError:
        try:
            body = exc.read().decode("utf-8", "replace")
        except OSError:
            body = ""
        detail = _first_line(body) or exc.reason
        return EndpointError(f"{exc.url or self.endpoint_url}: HTTP {exc.code}: {detail}")

    def _unreachable(self, exc: BaseException) -> EndpointError:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, socket.timeout | TimeoutError):
            return EndpointError(f"{self.endpoint_url}: no answer within {self.timeout:g} s")
        return EndpointError(f"cannot reach {self.endpoint_url}: {_first_line(reason)}")

    def select(self, query: str, bindings: Bindings | None = None) -> Rows:
        answer = self._query_json(query, bindings, "SELECT")
        if "results" not in answer:
            raise QueryError(f"not a SELECT query ({self.endpoint_url} answered no results)")
        try:
            names = [str(v) for v in answer.get("head", {}).get("vars", [])]
            rows = [
                {name: _from_json(binding.get(name)) for name in names}
                for binding in answer["results"].get("bindings", [])
            ]
        except (AttributeError, KeyError, TypeError, ValueError):  # a shape not SPARQL JSON's
            raise EndpointError(
                f"{self.endpoint_url}: the answer is not SPARQL JSON results"
            ) from None
        return Rows(names, rows)

    def construct(self, query: str, bindings: Bindings | None = None) -> list[ox.Triple]:
        from SPARQLWrapper import TURTLE

        kind = "DESCRIBE" if query_form(query) == "DESCRIBE" else "CONSTRUCT"
        raw = self._query_raw(query, bindings, kind, TURTLE)
        try:
            return sorted_triples(q.triple for q in ox.parse(raw, format=ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise EndpointError(
                f"{self.endpoint_url}: the answer is not Turtle: {_first_line(exc)}"
            ) from None

    def ask(self, query: str, bindings: Bindings | None = None) -> bool:
        answer = self._query_json(query, bindings, "ASK")
        if "boolean" not in answer:
            raise QueryError("not an ASK query")
        return bool(answer["boolean"])

    # -- updates

    def replace_graph(self, graph_iri: str, data: bytes, format: str = N_TRIPLES) -> None:
        _check_iri(graph_iri)
        if self.gsp_url is not None:
            request = urllib.request.Request(
                self._gsp_graph_url(graph_iri),
                data=data,
                method="PUT",
                headers={"Content-Type": format},
            )
            self._send(request, self.gsp_url)
            return
        triples = to_ntriples_bytes(data, format).decode("utf-8")
        graph = _iri_nt(graph_iri)
        self._update(
            f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{triples}}} }}"
        )

    def drop_graph(self, graph_iri: str) -> None:
        graph = _iri_nt(graph_iri)
        if self.gsp_url is not None:
            request = urllib.request.Request(self._gsp_graph_url(graph_iri), method="DELETE")
            self._send(request, self.gsp_url, missing_ok=True)
            return
        self._update(f"DROP SILENT GRAPH {graph}")

    def _gsp_graph_url(self, graph_iri: str) -> str:
        """The Graph Store Protocol URL of one named graph (`?graph=…`)."""
        return f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph_iri})}"

    def _update(self, update: str) -> None:
        """POST a SPARQL Update to `update_url` (the way to write without a Graph Store)."""
        if self.update_url is None:
            raise EndpointError(
                f"{self.endpoint_url}: no Graph Store (--gsp) or update (--update) URL to write to"
            )
        request = urllib.request.Request(
            self.update_url,
            data=urllib.parse.urlencode({"update": update}).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        self._send(request, self.update_url)

    def _send(self, request: urllib.request.Request, url: str, *, missing_ok: bool = False) -> None:
        """Send an update; `missing_ok`: a 404 (no such graph) is not an error."""
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return
            raise self._http_error(exc) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, socket.timeout | TimeoutError):
                raise EndpointError(f"{url}: no answer within {self.timeout:g} s") from None
            raise EndpointError(f"cannot reach {url}: {_first_line(reason)}") from None

    def graph_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(str(g) for g in rows.values("g") if isinstance(g, URIRef))

    def close(self) -> None:
        pass  # SPARQLWrapper and urllib keep no connection open between requests


def _from_json(value: Mapping[str, str] | None) -> Term | None:
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        return _literal(value["value"], value.get("xml:lang"), value.get("datatype"))
    raise EndpointError(f"unsupported term in a SPARQL JSON answer: {kind!r}")


def _first_line(value: object) -> str:
    for line in str(value).splitlines():
        if line.strip():
            return line.strip()
    return ""
