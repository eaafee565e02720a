"""The stored queries (`queries/*.rq`): their metadata, typed parameters, and answers.

Each `.rq` file starts with a header of comment lines beginning `#+`, in the spirit of grlc
and SIB's sparql-examples, written in a small subset of YAML (mappings, lists of mappings,
scalars that may continue on more-indented lines; no quoting, no flow syntax)::

    #+ title:
    #+   en: Legal bases
    #+   vi: Căn cứ pháp lý
    #+ description:
    #+   en: What does each resolution rest on? …
    #+     (a deeper-indented line continues the value)
    #+   vi: …
    #+ params:
    #+   - name: resolution
    #+     type: resource           # iri | string | literal | decimal | integer | date | resource
    #+     lookup: eli:id_local     # resource: how a non-IRI value is found (a property path)
    #+     lang: vi                 # literal, and resource lookups on language-tagged labels
    #+     required: true           # default false
    #+     default: …
    #+     description: …
    #+ columns: resolution resolutionNumber basis …

A parameter named `x` binds the query variable `?x`. A `resource` parameter takes an IRI or a
key: a key is looked up (`SELECT DISTINCT ?node { ?node <lookup> "key" }`) and the query runs
once per match, answers concatenated — so `18-NQ/TW` finds every document with that number.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import partial
from itertools import product
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from nqgraph.errors import QueryError
from nqgraph.iris import graph_name
from nqgraph.namespaces import PREFIXES
from nqgraph.store import Repo, Rows, Term, sorted_triples, to_ntriples
from nqgraph.text import fold_lookalikes
from nqgraph.vocabulary import slug

GRAPH_VARIABLE = "graph"  # a query that projects ?graph reads each resolution in its own graph
PARAM_TYPES = ("iri", "string", "literal", "decimal", "integer", "date", "resource")
FORMATS = ("table", "csv", "tsv", "json")  # SELECT and ASK answers
GRAPH_FORMATS = ("turtle", "ntriples")  # CONSTRUCT and DESCRIBE answers
LANGS = ("en", "vi")

_T = TypeVar("_T")
_HEADER = re.compile(r"^#\+ ?(.*)$")
_IRI_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
_PREFIX_DECL = re.compile(
    r"^\s*PREFIX\s+([A-Za-z0-9_.-]*):\s*<([^<>\"{}|^`\\\s]*)>", re.IGNORECASE | re.MULTILINE
)
_PATH = re.compile(r"^[A-Za-z0-9_:.\-|/^<>#]+$")


def default_query_dir() -> Path:
    """`$NQGRAPH_QUERIES`, else the `queries/` directory of the source tree."""
    configured = os.environ.get("NQGRAPH_QUERIES")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "queries"


# --------------------------------------------------------------------------- header


def parse_header(text: str, path: str | None = None) -> dict[str, object]:
    """The `#+` header of a query as nested dicts, lists and strings."""
    lines: list[tuple[int, str, int]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(raw)
        if match is None:
            if raw.strip() and not raw.lstrip().startswith("#"):
                break  # the header ends at the first line of SPARQL
            continue
        content = match.group(1).rstrip()
        if content.strip():
            lines.append((len(content) - len(content.lstrip()), content.strip(), number))
    if not lines:
        return {}
    value, end = _parse_block(lines, 0, lines[0][0], path)
    if end != len(lines) or not isinstance(value, dict):
        raise QueryError("bad header indentation", path, lines[min(end, len(lines) - 1)][2])
    return value


def _parse_block(
    lines: list[tuple[int, str, int]], i: int, indent: int, path: str | None
) -> tuple[object, int]:
    if lines[i][1].startswith("- "):
        items: list[object] = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
            _, text, number = lines[i]
            lines[i] = (indent + 2, text[2:].lstrip(), number)
            item, i = _parse_block(lines, i, indent + 2, path)
            items.append(item)
        return items, i
    mapping: dict[str, object] = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
        _, text, number = lines[i]
        key, colon, rest = text.partition(":")
        key = key.strip()
        if not colon or not key or " " in key:
            raise QueryError(f"header: expected 'key: value', got {text!r}", path, number)
        if key in mapping:
            raise QueryError(f"header: {key!r} given twice", path, number)
        i += 1
        rest = rest.strip()
        if rest:
            parts = [rest]
            while i < len(lines) and lines[i][0] > indent:
                parts.append(lines[i][1])
                i += 1
            mapping[key] = " ".join(parts)
        elif i < len(lines) and lines[i][0] > indent:
            mapping[key], i = _parse_block(lines, i, lines[i][0], path)
        else:
            mapping[key] = ""
    if i < len(lines) and lines[i][0] > indent:
        raise QueryError("bad header indentation", path, lines[i][2])
    return mapping, i


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "string"
    required: bool = False
    default: str | None = None
    lookup: str | None = None
    lang: str | None = None
    description: str = ""


@dataclass
class StoredQuery:
    name: str
    text: str
    path: Path | None = None
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    params: list[Param] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    @classmethod
    def from_file(cls, path: Path) -> StoredQuery:
        try:
            data = path.read_bytes()
            text = data.decode("utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read the query: {exc.strerror or exc}", str(path)) from None
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            reason = f"not UTF-8 (byte 0x{data[exc.start]:02X}); save the query as UTF-8"
            raise QueryError(reason, str(path), line) from None
        return cls.from_text(path.stem, text, path)

    @classmethod
    def from_text(cls, name: str, text: str, path: Path | None = None) -> StoredQuery:
        where = str(path) if path is not None else name
        header = parse_header(text, where)
        params = [_param(item, where) for item in _as_list(header.get("params"), "params", where)]
        columns = str(header.get("columns", "")).split()
        return cls(
            name=name,
            text=text,
            path=path,
            title=_as_langs(header.get("title"), "title", where),
            description=_as_langs(header.get("description"), "description", where),
            params=params,
            columns=columns,
        )

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"query {self.name} has no parameter {name!r} (parameters: {known})")

    def question(self, lang: str = "en") -> str:
        return self.description.get(lang) or self.description.get("en", "")

    def prefixes(self) -> str:
        """PREFIX declarations for the look-up queries: the project's, then the query's own."""
        declared = dict(PREFIXES)
        for match in _PREFIX_DECL.finditer(self.text):
            declared[match.group(1)] = match.group(2)
        return "\n".join(f"PREFIX {name}: <{iri}>" for name, iri in sorted(declared.items()))


def _as_list(value: object, key: str, where: str) -> list[Mapping[str, object]]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise QueryError(f"header: {key} must be a list of mappings", where)
    return list(value)


def _as_langs(value: object, key: str, where: str) -> dict[str, str]:
    if value in (None, ""):
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise QueryError(f"header: {key} must map languages (en, vi) to text", where)
    return {str(k): str(v) for k, v in value.items()}


def _param(item: Mapping[str, object], where: str) -> Param:
    name = str(item.get("name", ""))
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"header: bad parameter name {name!r}", where)
    kind = str(item.get("type", "string"))
    if kind not in PARAM_TYPES:
        raise QueryError(f"header: parameter {name}: unknown type {kind!r}", where)
    lookup = str(item["lookup"]) if item.get("lookup") else None
    if kind == "resource" and (lookup is None or not _PATH.match(lookup)):
        raise QueryError(f"header: parameter {name}: a resource needs a lookup path", where)
    required = str(item.get("required", "false")).lower()
    if required not in ("true", "false"):
        raise QueryError(f"header: parameter {name}: required must be true or false", where)
    return Param(
        name=name,
        type=kind,
        required=required == "true",
        default=str(item["default"]) if item.get("default") not in (None, "") else None,
        lookup=lookup,
        lang=str(item["lang"]) if item.get("lang") else None,
        description=str(item.get("description", "")),
    )


def _query_dir(directory: Path | None) -> Path:
    """`directory`, else `default_query_dir()`; QueryError when it is not a directory."""
    directory = directory or default_query_dir()
    if not directory.is_dir():
        raise QueryError(f"no query directory {directory} (set NQGRAPH_QUERIES)")
    return directory


def load_catalogue(directory: Path | None = None) -> dict[str, StoredQuery]:
    """Every stored query in `directory` (default: `default_query_dir()`), by name."""
    directory = _query_dir(directory)
    return {path.stem: StoredQuery.from_file(path) for path in sorted(directory.glob("*.rq"))}


def find_query(name_or_file: str, directory: Path | None = None) -> StoredQuery:
    """A stored query by name, or a `.rq` file by path."""
    path = Path(name_or_file)
    if name_or_file.endswith((".rq", ".sparql")) or path.is_file():
        if not path.is_file():
            raise QueryError("no such query file", name_or_file)
        return StoredQuery.from_file(path)
    directory = _query_dir(directory)
    stored = directory / f"{name_or_file}.rq"
    if "/" not in name_or_file and stored.is_file():
        return StoredQuery.from_file(stored)  # only this one: a broken neighbour stays out
    known = ", ".join(sorted(path.stem for path in directory.glob("*.rq"))) or "none"
    raise QueryError(f"unknown query {name_or_file!r} (known: {known})")


# --------------------------------------------------------------------------- parameters


def parse_assignments(pairs: Sequence[str]) -> dict[str, str]:
    """`["name=value", …]` (from `--param`) as a dict."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise QueryError(f"--param wants name=value, got {pair!r}")
        if name.strip() in values:
            raise QueryError(f"--param {name.strip()} given twice")
        if not value.strip():
            raise QueryError(f"--param {name.strip()} has no value")
        values[name.strip()] = value
    return values


def convert(param: Param, value: str) -> Term:
    """A command-line value as the term its parameter type asks for."""
    text = unicodedata.normalize("NFC", value.strip())
    kind = param.type
    if kind in ("iri", "resource"):
        iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
        if not _IRI_LIKE.match(iri) or re.search(r'[<>"{}|^`\\]', iri):
            raise QueryError(f"parameter {param.name}: not an IRI: {value!r}")
        return URIRef(iri)
    if kind == "string":
        return Literal(text)
    if kind == "literal":
        return Literal(text, lang=param.lang) if param.lang else Literal(text)
    if kind == "decimal":
        try:
            number = Decimal(text.replace(",", ".") if text.count(",") == 1 else text)
        except InvalidOperation:
            raise QueryError(f"parameter {param.name}: not a decimal: {value!r}") from None
        if not number.is_finite():
            raise QueryError(f"parameter {param.name}: not a decimal: {value!r}")
        return Literal(format(number, "f"), datatype=XSD.decimal)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", text):
            raise QueryError(f"parameter {param.name}: not an integer: {value!r}")
        return Literal(str(int(text)), datatype=XSD.integer)
    if kind == "date":
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise QueryError(
                f"parameter {param.name}: not a date (YYYY-MM-DD): {value!r}"
            ) from None
        return Literal(day.isoformat(), datatype=XSD.date)
    raise QueryError(f"parameter {param.name}: unknown type {kind!r}")


def _is_iri(value: str) -> bool:
    text = value.strip()
    return (text.startswith("<") and text.endswith(">")) or bool(_IRI_LIKE.match(text))


def resolve(
    query: StoredQuery,
    repo: Repo,
    values: Mapping[str, str],
    notes: list[str] | None = None,
) -> list[dict[str, Term]]:
    """The bindings to run `query` with: one dict per combination of looked-up resources. A
    key that matches no value exactly is matched without case, diacritics and punctuation
    ("Thai Nguyen" finds "Thái Nguyên"); `notes` says what was taken then, or that nothing
    matched."""
    for name in values:
        query.param(name)  # unknown parameter -> QueryError
    choices: list[list[tuple[str, Term]]] = []
    for param in query.params:
        raw = values.get(param.name, param.default)
        if raw is None:
            if param.required:
                raise QueryError(f"query {query.name} needs --param {param.name}=…")
            continue
        if param.type == "resource" and not _is_iri(raw):
            found = lookup(query, param, repo, raw) or _loosely(query, param, repo, raw, notes)
            if len(found) > 1 and notes is not None:
                notes.append(_several(param, raw, found))
            choices.append([(param.name, node) for node in found])
        else:
            term = convert(param, raw)
            if isinstance(term, URIRef) and notes is not None and not _known(repo, term):
                notes.append(f"parameter {param.name}: <{term}> is in no graph of the store")
            choices.append([(param.name, term)])
    combinations = [dict(combination) for combination in product(*choices)]
    if GRAPH_VARIABLE in query.columns:
        for bindings in combinations:
            resolution = bindings.get("resolution")
            if isinstance(resolution, URIRef) and GRAPH_VARIABLE not in bindings:
                # the resolution's own named graph (design.md): the engine then reads one graph
                # instead of matching every graph and joining (3.7 s → 8 ms at 1,000)
                bindings[GRAPH_VARIABLE] = URIRef(graph_name(resolution))
    return combinations


def _known(repo: Repo, node: URIRef) -> bool:
    """Whether `node` is the subject or the object of a triple in a named graph (two index
    look-ups): an IRI given that is not says why the answer is empty."""
    sparql = (
        "SELECT ?other WHERE { GRAPH ?graph { { ?node ?p ?other } UNION { ?other ?p ?node } } }"
        " LIMIT 1"
    )
    return len(repo.select(sparql, {"node": node})) > 0


def _several(param: Param, key: str, nodes: list[URIRef], shown: int = 5) -> str:
    """The note that `key` names several nodes (a number two councils gave, each its own
    resolution): the answer covers each of them; an IRI picks one."""
    listed = ", ".join(f"<{node}>" for node in nodes[:shown])
    more = f" and {len(nodes) - shown} more" if len(nodes) > shown else ""
    return (
        f"parameter {param.name}: {key.strip()!r} names {len(nodes)} nodes: {listed}{more}; "
        "the answer covers each (give an IRI to choose one)"
    )


def lookup(query: StoredQuery, param: Param, repo: Repo, key: str) -> list[URIRef]:
    """The nodes whose `param.lookup` value is `key` (bound, never pasted), sorted."""
    text = fold_lookalikes(key.strip())
    value = Literal(text, lang=param.lang) if param.lang else Literal(text)
    sparql = (
        f"{query.prefixes()}\n"
        "SELECT DISTINCT ?node ?value WHERE {\n"
        f"  ?node {param.lookup} ?value . FILTER(isIRI(?node))\n}}"
    )
    try:
        rows = repo.select(sparql, {"value": value})
    except QueryError as exc:
        if "malformed query" not in exc.message:
            raise
        where = str(query.path) if query.path is not None else query.name
        reason = f"parameter {param.name}: lookup {param.lookup!r} is not a SPARQL property path"
        raise QueryError(reason, where) from None
    return sorted({node for node in rows.values("node") if isinstance(node, URIRef)})


def loose_lookup(query: StoredQuery, param: Param, repo: Repo, key: str) -> dict[str, list[URIRef]]:
    """The values of `param.lookup` equal to `key` but for case, diacritics, Đ, punctuation and
    leading zeros (as IRIs slug them: "Thai Nguyen", "thai-nguyen", "THÁI NGUYÊN" → "Thái
    Nguyên"; "5/NQ-HĐND" → "05/NQ-HĐND"), each with
    its nodes, sorted. The engine narrows the values to those with about as many letters and
    digits as the key (two more or fewer: leading zeros); the comparison itself is done here."""
    wanted = _unpadded(slug(fold_lookalikes(key)))
    if not wanted:
        return {}
    letters = sum(ch.isalnum() for ch in fold_lookalikes(key))
    lang = (
        f' && LANG(?value) = "{param.lang}"' if param.lang and _LANG.fullmatch(param.lang) else ""
    )
    sparql = (
        f"{query.prefixes()}\n"
        "SELECT DISTINCT ?node ?value WHERE {\n"
        f"  ?node {param.lookup} ?value .\n"
        f"  FILTER(isIRI(?node) && isLiteral(?value){lang}\n"
        f'    && ABS(STRLEN(REPLACE(STR(?value), "[^\\\\p{{L}}\\\\p{{N}}]", ""))'
        f" - {letters}) <= 2)\n}}"
    )
    found: dict[str, set[URIRef]] = {}
    for row in repo.select(sparql):
        node, value = row.get("node"), row.get("value")
        if (
            isinstance(node, URIRef)
            and isinstance(value, Literal)
            and _unpadded(slug(value)) == wanted
        ):
            found.setdefault(str(value), set()).add(node)
    return {label: sorted(nodes) for label, nodes in sorted(found.items())}


def _unpadded(key: str) -> str:
    """A slug without the leading zeros of its numbers: "05-nq-hdnd" → "5-nq-hdnd"."""
    return _LEADING_ZEROS.sub("", key)


_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def _loosely(
    query: StoredQuery, param: Param, repo: Repo, key: str, notes: list[str] | None
) -> list[URIRef]:
    """The nodes of the one value `key` loosely matches (`loose_lookup`), saying so in
    `notes`; none when it matches several, which `notes` lists, or none at all, which `notes`
    says too (why an answer is empty: a misspelt number or label)."""
    matches = loose_lookup(query, param, repo, key)
    if not matches:
        if notes is not None:
            notes.append(
                f"parameter {param.name}: nothing has {param.lookup} {key.strip()!r} "
                "(nor like it but for case, diacritics or punctuation)"
            )
        return []
    labels = ", ".join(repr(label) for label in matches)
    if len({tuple(nodes) for nodes in matches.values()}) > 1:  # two labels of one node: fine
        if notes is not None:
            notes.append(f"parameter {param.name}: {key.strip()!r} could be {labels}: say which")
        return []
    if notes is not None:
        notes.append(f"parameter {param.name}: {key.strip()!r} taken as {labels}")
    return next(iter(matches.values()))


_LANG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_ERROR_AT = re.compile(r"\berror at (\d+):\d+")


def _select(query: StoredQuery, repo: Repo, bindings: Mapping[str, Term]) -> Rows:
    return _located(query, partial(repo.select, query.text, dict(bindings)))


def _located(query: StoredQuery, call: Callable[[], _T]) -> _T:
    """`call()`, a query run; a syntax error of a query read from a file names the file and
    the line (bound values never add lines to the text)."""
    try:
        return call()
    except QueryError as exc:
        if query.path is None or exc.path is not None or "malformed query" not in exc.message:
            raise
        found = _ERROR_AT.search(exc.message)  # Oxigraph's "error at LINE:COLUMN"
        line = int(found.group(1)) if found else None
        raise QueryError(exc.message, str(query.path), line) from None


def run(
    query: StoredQuery,
    repo: Repo,
    values: Mapping[str, str] | None = None,
    notes: list[str] | None = None,
) -> Rows:
    """Bind the parameters, run the query, and concatenate the answers of every binding;
    `notes` gets what a loosely matched key was taken as (see `resolve`)."""
    combinations = resolve(query, repo, values or {}, notes)
    if not combinations:
        return Rows(list(query.columns))
    if len(combinations) == 1:
        return _select(query, repo, combinations[0])
    answer: Rows | None = None
    seen: set[tuple[tuple[str, Term | None], ...]] = set()
    for bindings in combinations:
        rows = _select(query, repo, bindings)
        if answer is None:
            answer = Rows(rows.variables)
        for row in rows:
            key = tuple(sorted(row.items(), key=lambda item: item[0]))
            if key not in seen:
                seen.add(key)
                answer.rows.append(row)
    assert answer is not None
    return answer


def ask(
    query: StoredQuery,
    repo: Repo,
    values: Mapping[str, str] | None = None,
    notes: list[str] | None = None,
) -> bool:
    """Run an ASK query: true if it holds for one of the parameters' matches."""
    return any(
        _located(query, partial(repo.ask, query.text, dict(bindings)))
        for bindings in resolve(query, repo, values or {}, notes)
    )


def construct(
    query: StoredQuery,
    repo: Repo,
    values: Mapping[str, str] | None = None,
    notes: list[str] | None = None,
) -> list[ox.Triple]:
    """Run a CONSTRUCT or DESCRIBE query: the triples of every match of the parameters, sorted
    and without repeats."""
    triples: set[ox.Triple] = set()
    for bindings in resolve(query, repo, values or {}, notes):
        triples.update(_located(query, partial(repo.construct, query.text, dict(bindings))))
    return sorted_triples(triples)


# --------------------------------------------------------------------------- renderers


def render_graph(triples: list[ox.Triple], fmt: str = "turtle") -> str:
    """A CONSTRUCT or DESCRIBE answer as Turtle (the project's prefixes) or N-Triples."""
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"unknown format {fmt!r} for a graph (choose {', '.join(GRAPH_FORMATS)})")
    if fmt == "ntriples":
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return data.decode("utf-8") if isinstance(data, bytes) else ""
    iris = {
        term.value
        for triple in triples
        for term in (triple.subject, triple.predicate, triple.object)
        if isinstance(term, ox.NamedNode)
    }
    used = {p: ns for p, ns in PREFIXES.items() if any(iri.startswith(ns) for iri in iris)}
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used)
    text = data.decode("utf-8") if isinstance(data, bytes) else ""
    lines = text.splitlines(keepends=True)
    declared = [line for line in lines if line.startswith("@prefix ")]
    # the writer declares prefixes in no fixed order: sorted, the same answer prints the same
    return "".join(sorted(declared)) + "".join(lines[len(declared) :])


def render_boolean(answer: bool, fmt: str = "table") -> str:
    """An ASK answer: `true` or `false`, or SPARQL JSON results."""
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}) + "\n"
    return ("true" if answer else "false") + "\n"


def _plain(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _width(text: str) -> int:
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _clip(text: str, limit: int, *, keep_end: bool = False) -> str:
    """`text` cut to `limit` columns with an ellipsis: at the end, or (`keep_end`, for IRIs,
    whose last segments tell them apart) in the middle."""
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    if keep_end:
        tail = _clip(text[::-1], limit // 2)[-2::-1]  # the last limit // 2 - 1 columns
        return _clip(text, limit - _width(tail)) + tail
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def render_table(rows: Rows, max_width: int = 60) -> str:
    """Aligned columns (display width aware), long cells clipped with an ellipsis."""
    header = rows.variables
    cells = [
        [
            _clip(_plain(row.get(name)), max_width, keep_end=isinstance(row.get(name), URIRef))
            for name in header
        ]
        for row in rows
    ]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: Iterable[str]) -> str:
        parts = [v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(header), line("─" * w for w in widths)]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def render_csv(rows: Rows) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(rows.variables)
    for row in rows:
        writer.writerow([_plain(row.get(name)) for name in rows.variables])
    return buffer.getvalue()


def _tsv_term(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return to_ntriples(term)


def render_tsv(rows: Rows) -> str:
    """SPARQL 1.1 Query Results TSV: `?var` header, terms in N-Triples syntax."""
    out = ["\t".join(f"?{name}" for name in rows.variables)]
    for row in rows:
        out.append("\t".join(_tsv_term(row.get(name)) for name in rows.variables))
    return "\n".join(out) + "\n"


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None:
        value["datatype"] = str(term.datatype)
    return value


def render_json(rows: Rows) -> str:
    """SPARQL 1.1 Query Results JSON; unbound variables are left out of a binding."""
    document = {
        "head": {"vars": list(rows.variables)},
        "results": {
            "bindings": [
                {
                    name: _json_term(term)
                    for name in rows.variables
                    if (term := row.get(name)) is not None
                }
                for row in rows
            ]
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable[[Rows], str]] = {
    "table": render_table,
    "csv": render_csv,
    "tsv": render_tsv,
    "json": render_json,
}


def render(rows: Rows, fmt: str = "table") -> str:
    if fmt not in RENDERERS:
        raise QueryError(f"unknown format {fmt!r} (choose {', '.join(RENDERERS)})")
    return RENDERERS[fmt](rows)
