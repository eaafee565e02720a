"""SHACL validation of resolution graphs against `ontology/shapes.ttl`, with findings mapped
back to the line of the source text they concern.

One resolution is validated at a time (its own triples plus what it links to, plus the few
vocabulary triples its shapes look at), so the cost grows linearly with the number of
resolutions.

Two engines give the same findings (tests/test_validate_fast.py checks it):

* "fast" (the default): `nqgraph.shacl_fast`, the shapes compiled once per process into a plan
  run over a dictionary index of the triples (about 10 ms a resolution of 3,000 triples);
* "pyshacl": the reference implementation, pySHACL with `inference="none"` (the shapes target
  the classes the builder writes) and `advanced=True` (SPARQL targets and constraints); about
  1.3 s a resolution, most of it re-parsing the SPARQL of the shapes.

`engine=` selects one; the environment variable NQGRAPH_SHACL_ENGINE sets the default (so
`NQGRAPH_SHACL_ENGINE=pyshacl nqgraph validate …` runs the reference).

Where a finding points in the source:

* the focus node's own `nq:span` (line and file), e.g. a target without a value;
* a node without a span of its own (a cited document, a session) → the first span of a node
  that links to it, e.g. the citation of a referenced document;
* a part missing from the resolution → the line where that part belongs, found in the
  resolution's own text (the `oa:exact` of its whole-text span): a missing legal basis or
  session → the enacting-body line ("HỘI ĐỒNG NHÂN DÂN … KHÓA XIV, KỲ HỌP …", which the builder
  records as the session's span), a missing date → the date line, else "Số:", a missing title
  → the "NGHỊ QUYẾT" line, missing articles → "QUYẾT NGHỊ:", a missing signature → the signing
  block at the end, missing recipients → "Nơi nhận", missing assignments → "Tổ chức thực
  hiện"; shares that do not add up → the first of those shares. If nothing better is found,
  the start of the resolution's span.

A missing date where the text has one no calendar has ("ngày 31 tháng 6 năm 2023", which the
reader drops; in the header for the resolution's date, after "thông qua" for the adoption
date) is quoted after the shape's message, and the finding points at it: the clerk learns why.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from nqgraph.dates import impossible_dates, passed_windows
from nqgraph.errors import NqgraphError, RdfError
from nqgraph.namespaces import DEFAULT_BASE, ELI, NQ, PREFIXES, VOCAB_BASE, curie, eli, nq, oa
from nqgraph.resources import ontology_dir, vocab_files
from nqgraph.shacl_fast import DataIndex, Plan, RawResult, compile_shapes, results_graph
from nqgraph.terms import (
    Term,
    Triple,
    from_rdflib,
    from_rdflib_triples,
    is_iri,
    is_literal,
    lexical,
    rdflib_graph,
)
from nqgraph.terms import text as term_text
from nqgraph.text import SOURCE_SUFFIXES

T: Any = NQ  # closed namespace (typos fail); its terms are declared `object`, hence Any
SHAPES_FILE = "shapes.ttl"
SHAPES_NS = "https://w3id.org/nqgraph/shapes#"
SEVERITIES: tuple[str, ...] = ("Violation", "Warning", "Info")
LANGUAGES: tuple[str, ...] = ("vi", "en")
FORMATS: tuple[str, ...] = ("human", "tsv", "json", "turtle")
FORMAT_ALIASES = {"table": "tsv"}  # the name "tsv" had before: scripts keep working
ENGINES: tuple[str, ...] = ("fast", "pyshacl")
ENGINE_VARIABLE = "NQGRAPH_SHACL_ENGINE"

TEXT_SUFFIXES = frozenset(SOURCE_SUFFIXES)
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".nt": "nt",
    ".nq": "nquads",
}
_DATASET_FORMATS = frozenset({"trig", "nquads", "json-ld"})  # JSON-LD may hold named graphs

# Predicates that make a nq:Resolution "described" (its text was read), as in the SPARQL target
# nqsh:DescribedResolutions of the shapes.
_DESCRIBED_BY = (
    T.span,
    URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
    ELI.has_part,
    ELI.based_on,
    T.hasCitation,
    T.adoptedAt,
    T.signature,
    T.hasTarget,
    T.hasTask,
    T.hasAssignment,
)
# What a resolution's closure keeps of another described resolution it links to: the facts
# that identify it, not its parts (which would make it a focus of the resolution shapes).
_REFERENCE_PREDICATES = frozenset(
    {
        RDF.type,
        ELI.id_local,
        ELI.number,
        ELI.date_document,
        ELI.passed_by,
        ELI.type_document,
        ELI.jurisdiction,
        URIRef("http://purl.org/dc/terms/title"),
    }
)
# Not followed when collecting a closure: they lead to classes and whole concept schemes.
_NOT_FOLLOWED = frozenset(
    {RDF.type, SKOS.inScheme, SKOS.hasTopConcept, SKOS.topConceptOf, SKOS.narrower}
)
_CLOSURE_DEPTH = 3
# Vocabulary facts copied into a data graph for the concepts it uses (sh:class checks, labels).
_VOCAB_PREDICATES = (RDF.type, SKOS.prefLabel, SKOS.inScheme)
# The same, as plain-string terms (`nqgraph.terms`) for the index of the fast engine.
_DESCRIBED_BY_TERMS = tuple(str(p) for p in _DESCRIBED_BY)
_RDF_TYPE = str(RDF.type)


@dataclass(frozen=True, slots=True)
class Finding:
    """One SHACL result, in the chosen language, with where it points in the source."""

    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    path: str | None
    message: str
    value: str | None
    source_line: int | None
    source_file: str | None
    quote: str | None
    source_shape: str | None = None
    resolution: str | None = None  # "112/NQ-HĐND": the resolution the finding belongs to
    unit: str = ""  # the validated unit (resolution IRI, else the label) it was found in
    value_is_text: bool = False  # the value is a literal, not a node

    def said(self) -> str:
        """The message, and the value it is about when that is written text rather than a
        node: "… không theo mẫu … (“629/2019/UBTVQH14”)", for a clerk to find it."""
        if self.value is None or not self.value_is_text:
            return self.message
        return f"{self.message} (\u201c{self.value}\u201d)"


@dataclass(frozen=True, slots=True)
class Summary:
    """The verdict for one validated unit (a resolution, or a graph holding none)."""

    label: str
    conforms: bool
    counts: dict[str, int]
    unit: str = ""  # resolution IRI, else the label: numbers repeat across provinces and years


_FILE_SEPARATOR = "\n"  # between a file and the unit read from it (`Report.of_file`)


@dataclass(slots=True)
class Report:
    """Findings ordered by severity, line and focus; `conforms` ignores infos only."""

    findings: list[Finding] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)
    results: Graph = field(default_factory=Graph)  # the raw SHACL validation report(s)
    label: str = ""

    @property
    def counts(self) -> dict[str, int]:
        return _counts(self.findings)

    @property
    def conforms(self) -> bool:
        """No violation and no warning (infos never fail)."""
        counts = self.counts
        return counts["Violation"] == 0 and counts["Warning"] == 0

    def passes(self, allow_warnings: bool = False) -> bool:
        counts = self.counts
        return counts["Violation"] == 0 and (allow_warnings or counts["Warning"] == 0)

    def of_file(self, path: str) -> Report:
        """This report with its units told apart by the file they were read from: two drafts
        of one resolution are two units (see `name_files`)."""
        return Report(
            findings=[replace(f, unit=path + _FILE_SEPARATOR + f.unit) for f in self.findings],
            summaries=[replace(s, unit=path + _FILE_SEPARATOR + s.unit) for s in self.summaries],
            results=self.results,
            label=self.label,
        )

    def name_files(self) -> None:
        """Label each verdict whose label another one shares ("112/NQ-HĐND" of two drafts)
        with the name of its file."""
        seen = Counter(s.label for s in self.summaries)
        named = []
        for summary in self.summaries:
            path, _, unit = summary.unit.partition(_FILE_SEPARATOR)
            if seen[summary.label] > 1 and unit:
                summary = replace(summary, label=f"{summary.label} ({Path(path).name})")
            named.append(summary)
        self.summaries = named

    def extend(self, other: Report) -> None:
        self.findings.extend(other.findings)
        self.findings.sort(key=_order)
        self.summaries.extend(other.summaries)
        self.results += other.results


# -- shapes and vocabularies (parsed once) ------------------------------------------------------


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """`ontology/shapes.ttl`, parsed once."""
    path = ontology_dir() / SHAPES_FILE
    return _parse_rdf(path, "turtle")


@lru_cache(maxsize=1)
def _vocabulary_graph() -> Graph:
    graph = Graph()
    for path in vocab_files():
        graph += _parse_rdf(path, "turtle")
    return graph


@lru_cache(maxsize=1)
def _vocabulary() -> dict[URIRef, list[tuple[URIRef, Node]]]:
    """For each concept of the shared vocabularies: its type, labels and scheme."""
    index: dict[URIRef, list[tuple[URIRef, Node]]] = {}
    for predicate in _VOCAB_PREDICATES:
        for s, o in _vocabulary_graph().subject_objects(predicate):
            if isinstance(s, URIRef):
                index.setdefault(s, []).append((predicate, o))
    return index


@lru_cache(maxsize=1)
def _vocabulary_terms() -> dict[Term, list[Triple]]:
    """`_vocabulary` as plain-string triples, for the index of the fast engine."""
    return {
        str(concept): [(str(concept), str(p), from_rdflib(o)) for p, o in facts]
        for concept, facts in _vocabulary().items()
    }


@lru_cache(maxsize=1)
def shapes_plan() -> Plan:
    """`ontology/shapes.ttl`, compiled once per process for the fast engine."""
    return compile_shapes(shapes_graph())


def _engine(engine: str | None) -> str:
    chosen = engine or os.environ.get(ENGINE_VARIABLE) or "fast"
    if chosen not in ENGINES:
        raise NqgraphError(f"unknown SHACL engine {chosen!r} (choose from {', '.join(ENGINES)})")
    return chosen


def _index_with_vocabulary(triples: Iterable[Triple]) -> DataIndex:
    """`_with_vocabulary`, as an index: the triples plus the vocabulary facts they use."""
    index = DataIndex.of(triples)
    vocab = _vocabulary_terms()
    extra: list[Triple] = []
    for objects in index.pos.values():
        for o in objects:
            facts = vocab.get(o)
            if facts is not None and o.startswith(VOCAB_BASE):
                extra.extend(facts)
    index.add_all(extra)
    return index


def _with_vocabulary(graph: Graph) -> Graph:
    """A copy of `graph` plus the vocabulary facts about the concepts it uses."""
    vocab = _vocabulary()
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    out += graph
    for o in set(graph.objects()):
        if isinstance(o, URIRef) and str(o).startswith(VOCAB_BASE):
            for predicate, value in vocab.get(o, ()):
                out.add((o, predicate, value))
    return out


# -- validation -----------------------------------------------------------------------------------


def validate_graph(
    data: Graph, *, lang: str = "vi", label: str | None = None, engine: str | None = None
) -> Report:
    """Validate every resolution in `data` (one at a time) and map findings to the source."""
    if lang not in LANGUAGES:
        raise NqgraphError(f"unknown language {lang!r} (choose from {', '.join(LANGUAGES)})")
    chosen = _engine(engine)
    report = Report(label=label or "")
    for unit_label, resolution, unit in split_resolutions(data):
        report.extend(
            _validate_unit(unit, resolution, unit_label or label or "graph", lang, chosen)
        )
    return report


def check_triples(
    triples: Iterable[Triple], *, lang: str = "en", engine: str | None = None
) -> Report:
    """`check_resolution` for the triples `nqgraph build` makes of one resolution (plain-string
    terms, `nqgraph.terms`).

    The fast engine indexes the triples directly (no rdflib graph is built) unless they hold
    more than one described resolution, which `validate_graph` splits."""
    triples = list(triples)
    if _engine(engine) == "fast" and lang in LANGUAGES:
        index = _index_with_vocabulary(triples)
        resolutions = _described(index)
        if len(resolutions) <= 1:
            res = resolutions[0] if resolutions else None
            unit_label = _index_label(index, res) if res is not None else None
            report = _report_fast(index, res, unit_label or "graph", lang)
            report.label = ""
            return report
    return check_resolution(rdflib_graph(triples), lang=lang, engine=engine)


def check_resolution(graph: Graph, *, lang: str = "vi", engine: str | None = None) -> Report:
    """Validate the graph of one resolution (for `nqgraph build`)."""
    return validate_graph(graph, lang=lang, engine=engine)


def _described(index: DataIndex) -> list[Term]:
    """`described_resolutions` over an index."""
    found = {
        s
        for s in index.subjects(_RDF_TYPE, nq.Resolution)
        if is_iri(s) and any(next(iter(index.objects(s, p)), None) for p in _DESCRIBED_BY_TERMS)
    }
    return sorted(found)


def _index_label(index: DataIndex, res: Term) -> str:
    id_local = index.value(res, eli.id_local)
    return lexical(id_local) if id_local is not None else res


def described_resolutions(data: Graph) -> list[URIRef]:
    """The nq:Resolution nodes whose text was read (not merely cited), sorted."""
    found = set()
    for s in data.subjects(RDF.type, T.Resolution):
        if isinstance(s, URIRef) and any(
            next(data.objects(s, p), None) is not None for p in _DESCRIBED_BY
        ):
            found.add(s)
    return sorted(found, key=str)


def split_resolutions(data: Graph) -> Iterator[tuple[str | None, URIRef | None, Graph]]:
    """(label, resolution, graph) per described resolution; the whole graph if it holds one
    or none. Nodes that belong to no resolution's closure are validated together at the end."""
    resolutions = described_resolutions(data)
    if len(resolutions) <= 1:
        res = resolutions[0] if resolutions else None
        yield (_label(data, res) if res is not None else None), res, data
        return
    others = set(resolutions)
    covered: set[Node] = set()
    for res in resolutions:
        linked = others - {res}
        nodes = _closure(data, res, linked)
        covered |= nodes
        unit = Graph()
        for node in nodes:
            full = node not in linked
            for p, o in data.predicate_objects(node):
                if full or p in _REFERENCE_PREDICATES:
                    unit.add((node, p, o))
        yield _label(data, res), res, unit
    rest = Graph()
    for s, p, o in data:
        if s not in covered:
            rest.add((s, p, o))
    if len(rest):
        yield None, None, rest


def _closure(data: Graph, res: URIRef, others: set[URIRef]) -> set[Node]:
    """The resolution, every node under its IRI, and what those link to (a few hops)."""
    prefix = str(res) + "/"
    other_prefixes = tuple(str(o) + "/" for o in others)
    own: set[Node] = {res}
    for s in data.subjects(unique=True):
        if isinstance(s, URIRef) and str(s).startswith(prefix):
            own.add(s)
    nodes = set(own)
    frontier = list(own)
    for _ in range(_CLOSURE_DEPTH):
        following: list[Node] = []
        for node in frontier:
            if node in others:
                continue
            for p, o in data.predicate_objects(node):
                if p in _NOT_FOLLOWED or isinstance(o, Literal) or o in nodes:
                    continue
                if isinstance(o, URIRef) and str(o).startswith(other_prefixes):
                    continue
                nodes.add(o)
                following.append(o)
        frontier = following
    return nodes


def _label(data: Graph, res: URIRef) -> str:
    id_local = next(data.objects(res, ELI.id_local), None)
    return str(id_local) if id_local is not None else str(res)


def _validate_unit(
    unit: Graph, res: URIRef | None, label: str, lang: str, engine: str = "fast"
) -> Report:
    resolution = str(res) if res is not None else None
    if engine == "fast":
        index = _index_with_vocabulary(from_rdflib_triples(unit))
        return _report_fast(index, resolution, label, lang)
    return _validate_pyshacl(unit, resolution, label, lang)


def _report_fast(index: DataIndex, res: Term | None, label: str, lang: str) -> Report:
    plan = shapes_plan()
    try:
        raw = plan.validate(index)
    except NqgraphError:
        raise
    except Exception as exc:  # a SPARQL evaluation error, as pySHACL's path reports them
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NqgraphError(f"SHACL validation could not run: {first}", path=label) from exc
    conforms = all(r.severity == SH.Info for r in raw)
    results = results_graph(raw, plan.graph, conforms)
    return _report(raw, results, index, res, label, lang)


def _validate_pyshacl(unit: Graph, res: Term | None, label: str, lang: str) -> Report:
    data = _with_vocabulary(unit)
    try:
        _conforms, results, _text = pyshacl.validate(
            data,
            shacl_graph=shapes_graph(),
            inference="none",
            advanced=True,
            allow_infos=True,
        )
    except NqgraphError:
        raise
    except Exception as exc:  # pySHACL reports broken shapes or data with many exception types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NqgraphError(f"SHACL validation could not run: {first}", path=label) from exc
    assert isinstance(results, Graph)
    raw = [
        raw_result(results, result)
        for report in results.subjects(RDF.type, SH.ValidationReport)
        for result in results.objects(report, SH.result)  # the nested sh:detail: in details
    ]
    return _report(raw, results, DataIndex.of(from_rdflib_triples(data)), res, label, lang)


def raw_result(results: Graph, result: Node) -> RawResult:
    """A result of pySHACL's report graph as an engine-neutral `RawResult`."""
    severity = results.value(result, SH.resultSeverity)
    path = results.value(result, SH.resultPath)
    component = results.value(result, SH.sourceConstraintComponent)
    value = results.value(result, SH.value)
    return RawResult(
        focus=from_rdflib(results.value(result, SH.focusNode)),  # type: ignore[arg-type]
        shape=results.value(result, SH.sourceShape),  # type: ignore[arg-type]
        severity=severity if isinstance(severity, URIRef) else SH.Violation,
        component=component if isinstance(component, URIRef) else SH.ConstraintComponent,
        messages=tuple(
            m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal)
        ),
        value=from_rdflib(value) if value is not None else None,
        path=path,
        path_text=_path_text(results, path),
        source_constraint=results.value(result, SH.sourceConstraint),
        details=tuple(raw_result(results, d) for d in results.objects(result, SH.detail)),
    )


def _report(
    raw: list[RawResult],
    results: Graph,
    data: DataIndex,
    res: Term | None,
    label: str,
    lang: str,
) -> Report:
    locator = _Locator(data, res)
    unit = res if res is not None else label
    findings = [_finding(r, locator, lang, label if res is not None else None, unit) for r in raw]
    findings.sort(key=_order)
    counts = _counts(findings)
    summary = Summary(label, counts["Violation"] == 0 and counts["Warning"] == 0, counts, unit)
    # say what each report is about: reports of many resolutions go out in one graph
    for report in list(results.subjects(RDF.type, SH.ValidationReport)):
        if isinstance(res, str):
            results.add((report, DCTERMS.subject, URIRef(res)))
        results.add((report, RDFS.label, Literal(label)))
    return Report(findings=findings, summaries=[summary], results=results, label=label)


def _finding(
    result: RawResult, locator: _Locator, lang: str, res: str | None, unit: str
) -> Finding:
    severity = str(result.severity).rsplit("#", 1)[-1]
    focus, value, shape = result.focus, result.value, result.shape
    message = _message(result.messages, shape, lang)
    line, file_name, quote = locator.locate(focus, shape, value)
    if str(shape) in _DATE_SHAPES and locator.lacks(focus, result.path):
        found = locator.impossible_date(str(shape))
        if found is not None:  # why it is missing: the date the text has is no date
            line, written = found
            message += _NO_SUCH_DATE.get(lang, _NO_SUCH_DATE["en"]).format(date=written)
    return Finding(
        severity=severity,
        focus=term_text(focus),
        path=result.path_text,
        message=message,
        value=term_text(value) if value is not None else None,
        source_line=line,
        source_file=file_name,
        quote=quote,
        source_shape=_shape_text(shape),
        resolution=res,
        unit=unit,
        value_is_text=value is not None and is_literal(value),
    )


# Shapes of a date the reader may have found written but impossible, and dropped.
_DATE_SHAPES = frozenset(
    {SHAPES_NS + "ResolutionDateShape", SHAPES_NS + "ResolutionAdoptionDateShape"}
)
_NO_SUCH_DATE = {
    "en": " The text has \u201c{date}\u201d, which no calendar has.",
    "vi": " Văn bản ghi \u201c{date}\u201d, là ngày không có thật.",
}


def _message(messages: Iterable[Literal], shape: Node | None, lang: str) -> str:
    """The message in `lang`; for SPARQL results, the constraint's own (filled-in) message.

    pySHACL drops the language tag of the messages it copies into SPARQL results, so the
    language of an untagged message is recovered from the template it was made from."""
    templates = _templates(shape) if shape is not None else []
    ranked: list[tuple[int, str]] = []
    order = (lang, *(other for other in LANGUAGES if other != lang))
    for message in messages:
        text = str(message)
        language, specific = message.language, False
        for pattern, template_lang, from_constraint in templates:
            if pattern.fullmatch(text):
                language = language or template_lang
                specific = from_constraint
                break
        rank = order.index(language) if language in order else len(order)
        ranked.append((rank * 2 + (0 if specific else 1), text))
    return min(ranked)[1] if ranked else ""


@lru_cache(maxsize=256)
def _templates(shape: Node) -> list[tuple[re.Pattern[str], str | None, bool]]:
    """(regex, language, is a SPARQL constraint's message) for the messages of a shape."""
    graph = shapes_graph()
    found: list[tuple[re.Pattern[str], str | None, bool]] = []
    sources = [(shape, False)] + [(c, True) for c in graph.objects(shape, SH.sparql)]
    for node, from_constraint in sources:
        for message in graph.objects(node, SH.message):
            if isinstance(message, Literal):
                parts = re.split(r"\{[?$]\w+\}", str(message))
                pattern = re.compile("(?s)" + ".*".join(re.escape(part) for part in parts))
                found.append((pattern, message.language, from_constraint))
    found.sort(key=lambda t: not t[2])  # constraint messages first: they are the specific ones
    return found


def _path_text(results: Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    if isinstance(path, BNode):
        items = list(Collection(results, path))
        if items:
            return "/".join(curie(item) for item in items)
        return None
    return curie(path)


def _shape_text(shape: Node | None) -> str | None:
    if isinstance(shape, URIRef):
        return str(shape)
    return None


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def _order(finding: Finding) -> tuple[int, int, str, str, str]:
    rank = SEVERITIES.index(finding.severity) if finding.severity in SEVERITIES else 9
    line = finding.source_line if finding.source_line is not None else 1 << 30
    return (rank, line, finding.focus, finding.source_shape or "", finding.value or "")


# -- from a finding to the source text ------------------------------------------------------------

_S = SHAPES_NS
# For a part missing from the resolution: where in its text that part belongs. Patterns are
# tried in order on the resolution's own text (NFC); the first line that matches wins.
_ANCHORS: dict[str, tuple[str, ...]] = {
    _S + "ResolutionNumberShape": (r"^[^\w\n]*Số\s*:",),
    _S + "ResolutionIdShape": (r"^[^\w\n]*Số\s*:",),
    _S + "ResolutionDateShape": (r"^[^\w\n]*\w[^\n,;:]{0,40},\s*ngày\s+\d", r"^[^\w\n]*Số\s*:"),
    _S + "ResolutionIssuerShape": (r"^[^\w\n]*HỘI ĐỒNG NHÂN DÂN", r"^[^\w\n]*Số\s*:"),
    _S + "ResolutionTypeShape": (r"^[^\w\n]*NGHỊ QUYẾT\W*$",),
    _S + "ResolutionTitleShape": (r"^[^\w\n]*NGHỊ QUYẾT\W*$",),
    _S + "ResolutionSessionShape": ("@session", r"KỲ HỌP", r"^[^\w\n]*QUYẾT NGHỊ"),
    _S + "ResolutionLegalBasisShape": ("@session", r"KỲ HỌP", r"^[^\w\n]*QUYẾT NGHỊ"),
    _S + "ResolutionPartsShape": (r"^[^\w\n]*QUYẾT NGHỊ",),
    _S + "ResolutionArticlesShape": (r"^[^\w\n]*QUYẾT NGHỊ",),
    _S + "ResolutionSignatureShape": (
        r"^[^\w\n]*(TM|KT|Q|TL|TUQ)\.",
        r"^[^\w\n]*(PHÓ )?CHỦ TỊCH",
        "@end",
    ),
    _S + "ResolutionAdoptionDateShape": (r"thông qua ngày", r"^[^\w\n]*Nghị quyết này"),
    _S + "ResolutionRecipientShape": (r"Nơi nhận", r"thông qua ngày", "@end"),
    _S + "ResolutionImplementerShape": (r"Tổ chức thực hiện", r"^[^\w\n]*\d+\.\s*Giao\b"),
    _S + "ResolutionSupervisorShape": (r"giám sát việc thực hiện", r"Tổ chức thực hiện"),
}
# Links followed from a node without a span of its own to find one (sections of a target).
_UP = (nq.inSection, eli.is_part_of)


class _Locator:
    """Maps a focus node (and the shape that fired) to (line, file name, quote)."""

    def __init__(self, data: DataIndex, res: Term | None) -> None:
        self.data = data
        self.res = res
        self._text: tuple[str, int] | None = None

    def span(self, node: Term | None) -> tuple[int | None, str | None, str | None] | None:
        if node is None:
            return None
        span = self.data.value(node, nq.span)
        if span is None:
            return None
        line = self.data.value(span, nq.line)
        source = self.data.value(span, oa.hasSource)
        file_name = self.data.value(source, nq.fileName) if source is not None else None
        quote = None
        for selector in self.data.objects(span, oa.hasSelector):
            exact = self.data.value(selector, oa.exact)
            if exact is not None:
                quote = lexical(exact)
                break
        return (
            _int(line),
            lexical(file_name) if file_name is not None else None,
            quote,
        )

    def locate(
        self, focus: Term | None, shape: Node | None, value: Term | None
    ) -> tuple[int | None, str | None, str | None]:
        if focus is not None and focus == self.res:
            return self._in_resolution(str(shape) if shape is not None else "", value)
        own = self.span(focus)
        if own is not None and own[0] is not None:
            return own
        if focus is not None:
            for predicate in _UP:  # e.g. a target without a span: its section
                for parent in self.data.objects(focus, predicate):
                    found = self.span(parent)
                    if found is not None and found[0] is not None:
                        return found
            # a node without a span (cited document, session): the first node linking to it
            linking = [
                found
                for s in self.data.subjects(None, focus)
                if s != self.res and (found := self.span(s)) is not None and found[0] is not None
            ]
            if linking:
                return min(linking, key=lambda f: f[0] or 0)
        return self._resolution_start()

    def _resolution_start(self) -> tuple[int | None, str | None, str | None]:
        found = self.span(self.res)
        if found is None:
            return (None, None, None)
        return (found[0], found[1], None)

    def _in_resolution(
        self, shape: str, value: Term | None
    ) -> tuple[int | None, str | None, str | None]:
        start = self._resolution_start()
        file_name = start[1]
        if shape == _S + "ShareSumShape" and value is not None and self.res is not None:
            lines = [
                found
                for target in self.data.objects(self.res, nq.hasTarget)
                if (target, nq.parentIndicator, value) in self.data
                and (found := self.span(target)) is not None
                and found[0] is not None
            ]
            if lines:
                return min(lines, key=lambda f: f[0] or 0)
        for anchor in _ANCHORS.get(shape, ()):
            if anchor == "@session":
                session = self.data.value(self.res, nq.adoptedAt) if self.res is not None else None
                found = self.span(session)
                if found is not None and found[0] is not None:
                    return found
                continue
            line = self._last_line() if anchor == "@end" else self._find_line(anchor)
            if line is not None:
                return (line, file_name, None)
        return start

    def lacks(self, focus: Term | None, path: Node | None) -> bool:
        """Whether `focus` has no value for the property `path` (an IRI path)."""
        return (
            focus is None
            or not isinstance(path, URIRef)
            or self.data.value(focus, str(path)) is None
        )

    def impossible_date(self, shape: str) -> tuple[int, str] | None:
        """(line, words) of a date no calendar has where the shape's date belongs: in the
        header (before the "NGHỊ QUYẾT" title and the first "Căn cứ", whose dates are other
        documents') for the resolution's date, after a "thông qua" (`passed_windows`) for the
        adoption date. A date wrapped over two lines counts."""
        text, first = self._resolution_text()
        if shape.endswith("AdoptionDateShape"):  # the statement closes the text: where the
            # reader looks for the adoption date, after a "thông qua"
            found = []
            for start, end in passed_windows(text):
                found = impossible_dates(text, start, end)
                if found:
                    break
        else:
            ends = [2000]
            for pattern in (r"^[^\w\n]*NGHỊ QUYẾT\W*$", r"^[^\w\n]*Căn cứ\b"):
                m = re.search(pattern, text, re.MULTILINE | re.IGNORECASE)
                ends += [m.start()] if m else []
            found = impossible_dates(text, 0, min(ends))
        if not found:
            return None
        offset, words = found[0]
        return first + text.count("\n", 0, offset), " ".join(words.split())

    def _last_line(self) -> int | None:
        """The last non-empty line of the resolution's text (where the signature block ends)."""
        text, first = self._resolution_text()
        stripped = text.rstrip()
        return first + stripped.count("\n") if stripped else None

    def _find_line(self, pattern: str) -> int | None:
        text, first = self._resolution_text()
        match = re.search(pattern, text, re.MULTILINE)
        if match is None:
            return None
        return first + text.count("\n", 0, match.start())

    def _resolution_text(self) -> tuple[str, int]:
        """The resolution's whole text (the oa:exact of its own span) and its first line."""
        if self._text is None:
            text, first = "", 1
            span = self.data.value(self.res, nq.span) if self.res is not None else None
            if span is not None:
                first = _int(self.data.value(span, nq.line)) or 1
                for selector in self.data.objects(span, oa.hasSelector):
                    exact = self.data.value(selector, oa.exact)
                    if exact is not None:
                        text = unicodedata.normalize("NFC", lexical(exact))
                        break
            self._text = (text, first)
        return self._text


def _int(term: Term | None) -> int | None:
    if term is None or term[:1] != '"':
        return None
    try:
        return int(lexical(term))
    except ValueError:
        return None


# -- reading input ------------------------------------------------------------------------------


def load_input(path: str | Path, base: str = DEFAULT_BASE) -> Graph:
    """A resolution text (.md, .txt) read and built, or an RDF file parsed."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from nqgraph.graph import resolution_graph
        from nqgraph.reader import read_path

        return resolution_graph(read_path(path), base)
    rdf_format = RDF_FORMATS.get(suffix)
    if rdf_format is None:
        known = ", ".join(sorted(TEXT_SUFFIXES | set(RDF_FORMATS)))
        raise NqgraphError(
            f"cannot validate a {suffix or 'suffix-less'} file (use {known})", str(path)
        )
    if not path.is_file():
        raise NqgraphError("no such file", str(path))
    graph = _parse_rdf(path, rdf_format)
    if (None, RDF.type, T.Resolution) not in graph:
        # the shapes target resolutions: a file without one would "conform" having been checked
        # for nothing (an ontology, a VoID file, a graph in the wrong format's default graph)
        raise NqgraphError(
            "no resolution to validate (nothing in it is an nq:Resolution)", str(path)
        )
    return graph


_LINE_IN_MESSAGE = re.compile(r"line (\d+)", re.IGNORECASE)


def _parse_rdf(path: Path, rdf_format: str) -> Graph:
    """Parse an RDF file with rdflib; RdfError naming file and line if it is broken."""
    try:
        if rdf_format in _DATASET_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=rdf_format)
            graph = Graph()
            for s, p, o, _g in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path, format=rdf_format)
        return graph
    except OSError as exc:
        raise RdfError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    except Exception as exc:  # rdflib raises SyntaxError, ParserError, ValueError …
        line, reason = _syntax_error(exc, path, rdf_format)
        raise RdfError(f"not valid {_FORMAT_NAMES[rdf_format]}: {reason}", str(path), line) from exc


_FORMAT_NAMES = {
    "turtle": "Turtle",
    "trig": "TriG",
    "json-ld": "JSON-LD",
    "nt": "N-Triples",
    "nquads": "N-Quads",
}


def _syntax_error(exc: Exception, path: Path, rdf_format: str) -> tuple[int | None, str]:
    """(1-based line, one-line reason) for a parse error of any of the RDF formats."""
    line: int | None = None
    lines_attr = getattr(exc, "lines", None)  # notation3.BadSyntax: 0-based line
    if isinstance(lines_attr, int):
        line = lines_attr + 1
    why = getattr(exc, "_why", None)
    reason = str(why) if why else (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    if line is None:
        lineno = getattr(exc, "lineno", None)  # json.JSONDecodeError
        if isinstance(lineno, int) and rdf_format == "json-ld":
            line = lineno
    if line is None:
        line, ox_reason = _oxigraph_location(path, rdf_format)
        if ox_reason:
            reason = ox_reason
    reason = re.sub(r"\s+", " ", reason).strip()
    reason = _LINE_IN_MESSAGE.sub("", reason).strip(" :,") if line is not None else reason
    return line, reason or "syntax error"


def _oxigraph_location(path: Path, rdf_format: str) -> tuple[int | None, str | None]:
    """Ask Oxigraph's parser where the file breaks (rdflib's N-Triples parser does not say)."""
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        return None, None
    ox_formats = {
        "nt": pyoxigraph.RdfFormat.N_TRIPLES,
        "nquads": pyoxigraph.RdfFormat.N_QUADS,
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "trig": pyoxigraph.RdfFormat.TRIG,
        "json-ld": pyoxigraph.RdfFormat.JSON_LD,
    }
    try:
        for _ in pyoxigraph.parse(path=str(path), format=ox_formats[rdf_format]):
            pass
    except SyntaxError as exc:
        lineno = getattr(exc, "lineno", None)
        message = str(exc.msg if getattr(exc, "msg", None) else exc)
        line = lineno if isinstance(lineno, int) else None
        if line is None:
            match = _LINE_IN_MESSAGE.search(message)
            line = int(match.group(1)) if match else None
        return line, message.splitlines()[0] if message else None
    except Exception:  # only a better message is at stake
        return None, None
    return None, None


# -- rendering -------------------------------------------------------------------------------------


def render(report: Report, fmt: str = "human", lang: str = "vi") -> str:
    if fmt == "human":
        return render_human(report, lang)
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt == "tsv":
        return render_table(report)
    if fmt == "json":
        return render_json(report)
    if fmt == "turtle":
        return render_turtle(report)
    raise NqgraphError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


# The human report's own words, in each language of the messages (--lang).
_VERDICTS = {
    "en": ("conforms", "does not conform"),
    "vi": ("đạt yêu cầu", "chưa đạt yêu cầu"),
}
_COUNTED = {
    "en": {"Violation": "violation", "Warning": "warning", "Info": "info"},
    "vi": {"Violation": "vi phạm", "Warning": "cảnh báo", "Info": "lưu ý"},
}


def summary_line(summary: Summary, lang: str = "en") -> str:
    counts = summary.counts
    passed, failed = _VERDICTS.get(lang, _VERDICTS["en"])
    verdict = passed if summary.conforms else failed
    words = _COUNTED.get(lang, _COUNTED["en"])
    counted = ", ".join(_count(counts[s], words[s], lang) for s in SEVERITIES)
    return f"{summary.label}: {verdict} — {counted}"


def _count(n: int, word: str, lang: str) -> str:
    # Vietnamese nouns have no plural form
    return f"{n} {word}" if n == 1 or lang == "vi" else f"{n} {word}s"


def _where(finding: Finding) -> str:
    file_name = finding.source_file or "-"
    return f"{file_name}:{finding.source_line}" if finding.source_line is not None else file_name


def render_human(report: Report, lang: str = "vi") -> str:
    """One summary line per resolution, then one line per finding, in `lang` (the messages
    already are; the verdicts and severities are put in it here)."""
    words = _COUNTED.get(lang, _COUNTED["en"])
    out: list[str] = []
    for summary in report.summaries:
        out.append(summary_line(summary, lang))
        for finding in report.findings:
            if finding.unit != summary.unit:
                continue
            severity = words[finding.severity].capitalize()  # "Violation", "Vi phạm"
            out.append(
                f"  {_where(finding)}  {severity}  {finding.said()}  [{_short(finding.focus)}]"
            )
    return "\n".join(out) + "\n"


def _short(iri: str) -> str:
    return iri.removeprefix(DEFAULT_BASE)


def render_table(report: Report) -> str:
    """Tab-separated: severity, file, line, focus, path, value, message (one row a finding)."""
    header = ("severity", "file", "line", "focus", "path", "value", "message")
    rows = ["\t".join(header)]
    for f in report.findings:
        cells = (
            f.severity,
            f.source_file or "",
            str(f.source_line) if f.source_line is not None else "",
            f.focus,
            f.path or "",
            f.value or "",
            f.message,
        )
        rows.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return "\n".join(rows) + "\n"


def render_json(report: Report) -> str:
    payload = {
        "conforms": report.conforms,
        "counts": report.counts,
        "resolutions": [asdict(s) for s in report.summaries],
        "findings": [asdict(f) for f in report.findings],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def render_turtle(report: Report) -> str:
    """The raw SHACL validation report(s)."""
    graph = report.results
    graph.bind("sh", str(SH))
    graph.bind("nqsh", SHAPES_NS)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph.serialize(format="turtle")
