"""`model.Resolution` → triples, following docs/design.md "The graph of one resolution".

No blank nodes: every node has a deterministic IRI, so the output is stable and diffs cleanly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from nqgraph import __version__, bodies, doctypes, model
from nqgraph.iris import Iris
from nqgraph.namespaces import (
    CATEGORY,
    CITATION_KIND,
    COMPARATOR,
    DEFAULT_BASE,
    DOC_TYPE,
    ELI,
    INDICATOR,
    NQ,
    OA,
    ORG,
    PREFIXES,
    ROLE,
    SCHEMA,
    SESSION_KIND,
    SIGNING_AUTHORITY,
    TARGET_KIND,
    UNIT,
    VOCAB_BASE,
)
from nqgraph.turtle import Triple
from nqgraph.vocabulary import indicator_key, slug, vocabulary

VI = "vi"
CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
DCT_FORMAT = URIRef(str(DCTERMS) + "format")  # `DCTERMS.format` reads as the str method
_COMPARATOR_SLUGS = {
    model.Comparator.EQ: "eq",
    model.Comparator.LT: "lt",
    model.Comparator.LE: "le",
    model.Comparator.GT: "gt",
    model.Comparator.GE: "ge",
    model.Comparator.APPROX: "approx",
}


def resolution_graph(
    res: model.Resolution, base: str = DEFAULT_BASE, built_at: datetime | None = None
) -> Graph:
    """The resolution as an rdflib Graph (for pySHACL, owlrl and tests)."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for triple in resolution_triples(res, Iris(base), built_at):
        graph.add(triple)
    return graph


def resolution_triples(
    res: model.Resolution, iris: Iris, built_at: datetime | None = None
) -> set[Triple]:
    return _Builder(res, iris, built_at).build()


def _interned(triples: set[Triple]) -> set[Triple]:
    """The same triples, each distinct term one object: validation, reasoning and writing then
    find equal terms by identity instead of rdflib's (Python-level) `__eq__`."""
    seen: dict[URIRef | Literal, URIRef | Literal] = {}
    one = seen.setdefault
    return {(one(s, s), one(p, p), one(o, o)) for s, p, o in triples}  # type: ignore[misc]


@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    """An xsd:integer literal, made once per value (offsets and line numbers repeat)."""
    return Literal(value)


class _Builder:
    def __init__(self, res: model.Resolution, iris: Iris, built_at: datetime | None) -> None:
        self.res = res
        self.iris = iris
        self.vocab = vocabulary()
        self.built_at = built_at
        self.out: set[Triple] = set()
        self.iri = iris.resolution(res)
        self.province = res.jurisdiction
        self.source_iri = iris.source(res.source.sha256)
        # laws cited by name only resolve to the dated law of the same name cited nearby
        self.dated_laws: dict[str, URIRef] = {}
        self.section_iris: dict[tuple[int, int], URIRef] = {}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.out.add((s, p, o))

    def build(self) -> set[Triple]:
        res, iri = self.res, self.iri
        self._index_laws()
        self.add(iri, RDF.type, NQ.Resolution)
        self.add(iri, ELI.type_document, self._doc_type(res.doc_type))
        if res.number:
            self.add(iri, ELI.number, Literal(res.number))
        if res.symbol:
            self.add(iri, ELI.id_local, Literal(res.symbol))
        if res.date:
            self.add(iri, ELI.date_document, Literal(res.date, datatype=XSD.date))
        self.add(iri, ELI.jurisdiction, self._jurisdiction(res.jurisdiction))
        if res.title:
            self.add(iri, DCTERMS.title, Literal(res.title, lang=VI))
        if res.place:
            self.add(iri, NQ.place, Literal(res.place))
        council = self._council()
        if council is not None:
            self.add(iri, ELI.passed_by, council)
        self._session(council)
        self._span(iri, model.Span(0, len(res.source.text), 1, _last_line(res), ""))
        self._citations()
        self._articles()
        self._targets()
        self._tasks()
        self._assignments()
        self._signature()
        for body in res.recipients:
            self.add(iri, NQ.recipient, self._body(body.name))
        self._provenance()
        return _interned(self.out)

    # -- helpers -----------------------------------------------------------------------------

    def _doc_type(self, code: str) -> URIRef:
        known = doctypes.by_code(code)
        return DOC_TYPE[known.slug if known else slug(code)]

    def _jurisdiction(self, province: str | None) -> URIRef:
        node = self.iris.jurisdiction(province)
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.inScheme, URIRef(VOCAB_BASE + "jurisdiction"))
        self.add(node, SKOS.prefLabel, Literal(province or "Trung ương", lang=VI))
        return node

    def _body(self, name: str) -> URIRef:
        canon = bodies.canonical_body(name, self.province)
        node = self.iris.body(name, self.province)
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, SKOS.prefLabel, Literal(canon.name_vi, lang=VI))
        if canon.parent_key:
            parent = self.iris.body(canon.parent_key, self.province)
            parent_canon = bodies.canonical_body(canon.parent_key, self.province)
            self.add(parent, RDF.type, ORG.Organization)
            self.add(parent, SKOS.prefLabel, Literal(parent_canon.name_vi, lang=VI))
            if parent != node:
                self.add(node, ORG.subOrganizationOf, parent)
        return node

    def _council(self) -> URIRef | None:
        res = self.res
        body = res.issuing_body or (res.session.body if res.session else None)
        if body is None or not body.name:
            return None
        return self._body(body.name)

    def _span(self, owner: URIRef, span: model.Span) -> URIRef:
        """The oa:SpecificResource for a span, with quote and position selectors."""
        node = URIRef(f"{self.iri}/nguon/{span.start}-{span.end}")
        text = self.res.source.text
        self.add(owner, NQ.span, node)
        self.add(node, RDF.type, OA.SpecificResource)
        self.add(node, OA.hasSource, self.source_iri)
        self.add(node, NQ.line, _integer(span.line))
        self.add(node, NQ.endLine, _integer(span.end_line))
        quote = URIRef(f"{node}/quote")
        position = URIRef(f"{node}/position")
        self.add(node, OA.hasSelector, quote)
        self.add(node, OA.hasSelector, position)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(text[span.start : span.end]))
        self.add(quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT) : span.start]))
        self.add(quote, OA.suffix, Literal(text[span.end : span.end + CONTEXT]))
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, _integer(span.start))
        self.add(position, OA.end, _integer(span.end))
        return node

    # -- session -----------------------------------------------------------------------------

    def _session(self, council: URIRef | None) -> None:
        res = self.res
        session = res.session
        term_no = session.term if session else None
        session_no = session.session if session else None
        kind = session.kind if session else None
        if res.adoption is not None:  # what the enacting-body line leaves out
            term_no = term_no if term_no is not None else res.adoption.term
            session_no = session_no if session_no is not None else res.adoption.session
            kind = kind if kind is not None else res.adoption.kind
            if res.adoption.date:
                self.add(self.iri, NQ.adoptionDate, Literal(res.adoption.date, datatype=XSD.date))
        held = res.adoption.date if res.adoption and res.adoption.date else res.date
        if council is None:
            return
        if session_no is not None:
            node = self.iris.session(council, term_no, session_no)
            label = f"Kỳ họp thứ {session_no}"
        elif kind is not None and held is not None:
            # an unnumbered special session is told apart by its day
            node = self.iris.special_session(council, term_no, kind, held)
            label = f"Kỳ họp {model.SESSION_KINDS[kind]} ngày {held:%d/%m/%Y}"
        else:
            return
        self.add(self.iri, NQ.adoptedAt, node)
        self.add(node, RDF.type, NQ.Session)
        if session_no is not None:
            self.add(node, NQ.sessionNumber, Literal(session_no))
        if kind is not None:
            self.add(node, NQ.sessionKind, SESSION_KIND[kind])
            if session_no is not None:
                label += f" ({model.SESSION_KINDS[kind]})"
        self.add(node, RDFS.label, Literal(label, lang=VI))
        if term_no is not None:
            term = self.iris.term(council, term_no)
            self.add(node, NQ.term, term)
            self.add(term, RDF.type, NQ.Term)
            self.add(term, NQ.termNumber, Literal(term_no))
            self.add(term, NQ.termOf, council)
            self.add(term, RDFS.label, Literal(f"Khóa {_roman(term_no)}", lang=VI))

    # -- documents and citations ----------------------------------------------------------------

    def _index_laws(self) -> None:
        res = self.res
        for ref in [*res.legal_bases, *res.considered, *res.references]:
            for r in [ref, *ref.amends]:
                if r.kind is model.DocKind.LAW and r.date is not None and r.title:
                    self.dated_laws.setdefault(indicator_key(r.title), self.iris.document(r, None))

    def _document(self, ref: model.DocumentRef) -> URIRef:
        if ref.kind is model.DocKind.UNNUMBERED:
            raise ValueError("unnumbered documents are minted by the citation")
        if ref.kind is model.DocKind.LAW and ref.date is None and ref.title:
            dated = self.dated_laws.get(indicator_key(ref.title))
            if dated is not None:
                return dated
        node = self.iris.document(ref, self.province)
        self._describe(node, ref)
        return node

    def _describe(self, node: URIRef, ref: model.DocumentRef) -> None:
        cls = {
            model.DocKind.PARTY: NQ.PartyDocument,
            model.DocKind.NAMED: NQ.NamedDocument,
        }.get(ref.kind, NQ.Document)
        if ref.doc_type == "NQ" and ref.issuer_code and "HĐND" in ref.issuer_code:
            cls = NQ.Resolution
        self.add(node, RDF.type, cls)
        self.add(node, ELI.type_document, self._doc_type(ref.doc_type))
        if ref.number:
            self.add(node, ELI.number, Literal(ref.number))
        if ref.symbol:
            self.add(node, ELI.id_local, Literal(ref.symbol))
        if ref.date:
            self.add(node, ELI.date_document, Literal(ref.date, datatype=XSD.date))
        if ref.title:
            self.add(node, DCTERMS.title, Literal(ref.title, lang=VI))
        if ref.issuer is not None and ref.issuer.name:
            self.add(node, ELI.passed_by, self._body(ref.issuer.name))
        for amended in ref.amends:
            self.add(node, ELI.amends, self._document(amended))
        for about in ref.about:
            self.add(node, ELI.cites, self._document(about))

    def _citations(self) -> None:
        res, iri = self.res, self.iri
        n = 0
        considered_n = 0
        groups: list[tuple[URIRef, URIRef, Iterable[model.DocumentRef]]] = [
            (ELI.based_on, CITATION_KIND["legal-basis"], res.legal_bases),
            (NQ.considered, CITATION_KIND.considered, res.considered),
            (ELI.cites, CITATION_KIND.cites, res.references),
        ]
        for relation, kind, refs in groups:
            for ref in refs:
                n += 1
                if ref.kind is model.DocKind.UNNUMBERED:
                    considered_n += 1
                    doc = URIRef(f"{iri}/xem-xet/{considered_n}")
                    self.add(doc, RDF.type, NQ.Document)
                    self.add(doc, ELI.type_document, self._doc_type(ref.doc_type))
                    if ref.title:
                        self.add(doc, DCTERMS.title, Literal(ref.title, lang=VI))
                    if ref.issuer is not None:
                        self.add(doc, ELI.passed_by, self._body(ref.issuer.name))
                else:
                    doc = self._document(ref)
                if doc == iri:
                    continue
                self.add(iri, relation, doc)
                citation = URIRef(f"{iri}/trich-dan/{n}")
                self.add(iri, NQ.hasCitation, citation)
                self.add(citation, RDF.type, NQ.Citation)
                self.add(citation, NQ.citedDocument, doc)
                self.add(citation, NQ.citationKind, kind)
                self._span(citation, ref.span)

    # -- articles and sections -----------------------------------------------------------------

    def _articles(self) -> None:
        seen: dict[str, int] = {}
        for article in self.res.articles:
            if article.number:
                node = URIRef(f"{self.iri}/dieu/{_unique(str(article.number), seen)}")
                self.add(self.iri, ELI.has_part, node)
                self.add(node, RDF.type, ELI.LegalResourceSubdivision)
                self.add(node, ELI.is_part_of, self.iri)
                self.add(node, ELI.number, Literal(str(article.number)))
                if article.heading:
                    self.add(node, NQ.heading, Literal(article.heading, lang=VI))
                self._span(node, article.span)
            else:
                node = URIRef(f"{self.iri}/noi-dung")
                self.add(self.iri, ELI.has_part, node)
                self.add(node, RDF.type, ELI.LegalResourceSubdivision)
                self.add(node, ELI.is_part_of, self.iri)
                self.add(node, NQ.heading, Literal("Nội dung", lang=VI))
                self._span(node, article.span)
            self._sections(node, article.sections)

    def _sections(self, parent: URIRef, sections: list[model.Section]) -> None:
        counters = {"p": 0, "b": 0}
        seen: dict[str, int] = {}
        for section in sections:
            segment = _unique(self._section_segment(section, counters), seen)
            node = URIRef(f"{parent}/{segment}")
            self.section_iris[_span_key(section.span)] = node
            self.add(parent, ELI.has_part, node)
            self.add(node, RDF.type, NQ.Section)
            self.add(node, ELI.is_part_of, parent)
            if section.label and section.label not in ("-", "+", "–", "•"):
                self.add(node, NQ.label, Literal(section.label))
            if section.heading:
                self.add(node, NQ.heading, Literal(section.heading, lang=VI))
            self._span(node, section.span)
            self._sections(node, section.children)

    @staticmethod
    def _section_segment(section: model.Section, counters: dict[str, int]) -> str:
        label = section.label
        if not label:
            counters["p"] += 1
            return f"p{counters['p']}"
        if label in ("-", "+", "–", "•"):
            counters["b"] += 1
            return f"b{counters['b']}"
        return slug(label)

    def _section_of(self, span: model.Span) -> URIRef | None:
        """The innermost section whose line holds the span."""
        best: URIRef | None = None
        best_len = -1
        for (start, end), node in self.section_iris.items():
            if start <= span.start and span.end <= end and (best is None or end - start < best_len):
                best, best_len = node, end - start
        return best

    # -- targets, tasks, assignments, signature ----------------------------------------------------

    def _indicator(self, label: str, parent: str | None) -> URIRef:
        known = self.vocab.indicator(label, parent)
        if known is not None:
            return known
        key = slug(indicator_key(label)) or "chi-tieu"
        if parent:
            key = f"{slug(indicator_key(parent))}/{key}"
        node = INDICATOR[key]
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, RDF.type, NQ.Indicator)
        self.add(node, SKOS.inScheme, URIRef(VOCAB_BASE + "indicator"))
        self.add(node, SKOS.prefLabel, Literal(label, lang=VI))
        if parent:
            self.add(node, SKOS.broader, self._indicator(parent, None))
        return node

    def _targets(self) -> None:
        for n, target in enumerate(self.res.targets, start=1):
            node = URIRef(f"{self.iri}/chi-tieu/{n}")
            self.add(self.iri, NQ.hasTarget, node)
            self.add(node, RDF.type, NQ.Target)
            self.add(node, NQ.indicator, self._indicator(target.indicator, target.parent))
            self.add(node, NQ.indicatorLabel, Literal(target.indicator, lang=VI))
            self.add(node, NQ.value, _decimal(target.value))
            if target.upper is not None:
                self.add(node, NQ.upperValue, _decimal(target.upper))
            unit = self.vocab.unit(target.unit)
            self.add(
                node, NQ.unit, unit if unit is not None else UNIT[slug(target.unit) or "count"]
            )
            self.add(node, NQ.comparator, COMPARATOR[_COMPARATOR_SLUGS[target.comparator]])
            self.add(node, NQ.targetKind, TARGET_KIND[target.kind.value])
            if target.target_year:
                self.add(node, NQ.targetYear, Literal(str(target.target_year), datatype=XSD.gYear))
            if target.baseline_year:
                self.add(
                    node, NQ.baselineYear, Literal(str(target.baseline_year), datatype=XSD.gYear)
                )
            self.add(node, NQ.category, CATEGORY[target.category or "other"])
            if target.parent:
                self.add(node, NQ.parentIndicator, self._indicator(target.parent, None))
            self.add(node, NQ.inSection, self._section_of(target.span))
            self._span(node, target.span)

    def _tasks(self) -> None:
        for n, task in enumerate(self.res.tasks, start=1):
            node = URIRef(f"{self.iri}/nhiem-vu/{n}")
            self.add(self.iri, NQ.hasTask, node)
            self.add(node, RDF.type, NQ.Task)
            self.add(node, NQ.text, Literal(task.text, lang=VI))
            self.add(node, NQ.inSection, self._section_of(task.span))
            for ref in task.references:
                if ref.kind is not model.DocKind.UNNUMBERED:
                    self.add(node, NQ.refersTo, self._document(ref))
            for body in task.bodies:
                self.add(node, NQ.mentionsBody, self._body(body.name))
            self._span(node, task.span)

    def _assignments(self) -> None:
        for n, assignment in enumerate(self.res.assignments, start=1):
            node = URIRef(f"{self.iri}/giao/{n}")
            self.add(self.iri, NQ.hasAssignment, node)
            self.add(node, RDF.type, NQ.Assignment)
            self.add(node, NQ.assignedBody, self._body(assignment.body.name))
            self.add(node, NQ.role, ROLE[assignment.role.value])
            span = assignment.body.span or assignment.span
            self._span(node, span)

    def _signature(self) -> None:
        signer = self.res.signer
        if signer is None:
            return
        node = URIRef(f"{self.iri}/chu-ky")
        self.add(self.iri, NQ.signature, node)
        self.add(node, RDF.type, NQ.Signature)
        if signer.name:
            person = self.iris.person(signer.name, self.iris.jurisdiction_segment(self.res))
            self.add(node, NQ.signer, person)
            self.add(person, RDF.type, PROV.Person)
            self.add(person, RDFS.label, Literal(signer.name))
        if signer.title:
            self.add(node, NQ.signerTitle, Literal(signer.title, lang=VI))
        if signer.authority:
            self.add(
                node, NQ.signingAuthority, SIGNING_AUTHORITY[slug(signer.authority.rstrip("."))]
            )
        self._span(node, signer.span)

    # -- provenance ------------------------------------------------------------------------------

    def _provenance(self) -> None:
        src = self.res.source
        source = self.source_iri
        activity = self.iris.activity(src.sha256, __version__)
        software = self.iris.software(__version__)
        self.add(self.iri, PROV.wasDerivedFrom, source)
        self.add(self.iri, PROV.wasGeneratedBy, activity)
        self.add(source, RDF.type, NQ.SourceText)
        self.add(source, NQ.fileName, Literal(src.name))
        self.add(source, NQ.sha256, Literal(src.sha256))
        self.add(source, NQ.encoding, Literal(src.encoding))
        self.add(source, DCT_FORMAT, Literal(_media_type(src.name)))
        self.add(activity, RDF.type, PROV.Activity)
        self.add(activity, PROV.used, source)
        self.add(activity, PROV.wasAssociatedWith, software)
        if self.built_at is not None:
            self.add(activity, PROV.endedAtTime, Literal(self.built_at, datatype=XSD.dateTime))
        self.add(software, RDF.type, PROV.SoftwareAgent)
        self.add(software, RDFS.label, Literal(f"nqgraph {__version__}"))
        self.add(software, SCHEMA.softwareVersion, Literal(__version__))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as in text.py: CRLF, CR and LF each end a line


def _unique(segment: str, seen: dict[str, int]) -> str:
    """ "2", then "2-2" for a second "Điều 2" (a typing error, or a quoted article): two parts
    of a text never share an IRI."""
    seen[segment] = seen.get(segment, 0) + 1
    return segment if seen[segment] == 1 else f"{segment}-{seen[segment]}"


def _decimal(value: Decimal) -> Literal:
    text = format(value.normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def _span_key(span: model.Span) -> tuple[int, int]:
    return (span.start, span.end)


def _last_line(res: model.Resolution) -> int:
    text = res.source.text
    return len(_LINE_BREAK.findall(text)) + 1


def _media_type(name: str) -> str:
    return "text/markdown" if name.lower().endswith((".md", ".markdown")) else "text/plain"


def _roman(n: int) -> str:
    numerals = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"))
    out = ""
    for value, sym in (*numerals, (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out
