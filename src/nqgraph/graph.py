"""`model.Resolution` → triples, following docs/design.md "The graph of one resolution".

No blank nodes: every node has a deterministic IRI, so the output is stable and diffs cleanly.
Terms are plain strings (`nqgraph.terms`: an IRI is its text, a literal its N-Triples form).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from rdflib import Graph

from nqgraph import __version__, bodies, doctypes, model
from nqgraph.iris import LOCAL, Iris, graph_name
from nqgraph.law_list import law_list
from nqgraph.namespaces import (
    DEFAULT_BASE,
    MEDIA_TYPES,
    PREFIXES,
    VOCAB_BASE,
    category,
    citation_kind,
    comparator,
    dcterms,
    doc_type,
    eli,
    indicator,
    nq,
    oa,
    org,
    prov,
    rdf,
    rdfs,
    role,
    schema,
    session_kind,
    signing_authority,
    skos,
    target_kind,
    unit,
)
from nqgraph.places import names_no_place, split_locality, unit_body_re, units_listed
from nqgraph.terms import (
    XSD_DATE,
    XSD_DATETIME,
    XSD_DECIMAL,
    XSD_GYEAR,
    Triple,
    integer,
    literal,
    rdflib_graph,
)
from nqgraph.vocabulary import indicator_key, slug, vocabulary

VI = "vi"
CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
_COMPARATOR_SLUGS = {
    model.Comparator.EQ: "eq",
    model.Comparator.LT: "lt",
    model.Comparator.LE: "le",
    model.Comparator.GT: "gt",
    model.Comparator.GE: "ge",
    model.Comparator.APPROX: "approx",
}
_JURISDICTION_SCHEME = VOCAB_BASE + "jurisdiction"
_INDICATOR_SCHEME = VOCAB_BASE + "indicator"
_A = rdf.type  # read once: the builder writes it for every node


def resolution_graph(
    res: model.Resolution, base: str = DEFAULT_BASE, built_at: datetime | None = None
) -> Graph:
    """The resolution as an rdflib Graph (for pySHACL, owlrl and tests)."""
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return rdflib_graph(resolution_triples(res, Iris(base), built_at), graph)


def resolution_triples(
    res: model.Resolution, iris: Iris, built_at: datetime | None = None
) -> set[Triple]:
    """The triples of one resolution, terms as plain strings (`nqgraph.terms`)."""
    return _Builder(res, iris, built_at).build()


def _vi(text: str) -> str:
    return literal(text, VI)


def _cased_as(label: str, name: str) -> str:
    """A parent body's label, made from its lower-case key, in the case the child's name
    writes it: "Mặt trận tổ quốc việt nam tỉnh …" in "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …"."""
    at = name.lower().find(label.lower())
    found = name[at : at + len(label)] if at >= 0 else ""
    return found if found.lower() == label.lower() else label


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
        # a law cited by name only (or by name and year) is the one law of that name (and year)
        # the same text cites with its date or number (`_index_documents`)
        self.named_laws: dict[str, set[str]] = {}
        self.named_laws_of_year: dict[tuple[str, int], set[str]] = {}
        # the years of the numbered documents the text cites with one, by symbol and issuer
        self.symbol_years: dict[tuple[str, str | None], set[int]] = {}
        self.section_iris: dict[tuple[int, int], str] = {}
        # a body's names as the text gives them ("Tỉnh ủy", "Tỉnh ủy Thái Nguyên"): one IRI,
        # one skos:prefLabel (SKOS S14), the others skos:altLabel (`_body_labels`)
        self.body_labels: dict[str, set[str]] = {}

    def add(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            self.out.add((s, p, o))

    def build(self) -> set[Triple]:
        res, iri = self.res, self.iri
        self._index_documents()
        self.add(iri, _A, nq.Resolution)
        self.add(iri, eli.type_document, self._doc_type(res.doc_type))
        if res.number:
            self.add(iri, eli.number, literal(res.number))
        if res.symbol:
            self.add(iri, eli.id_local, literal(res.symbol))
        if res.date:
            self.add(iri, eli.date_document, literal(res.date.isoformat(), datatype=XSD_DATE))
        self.add(iri, eli.jurisdiction, self._jurisdiction())
        if res.title:
            self.add(iri, dcterms.title, _vi(res.title))
        if res.place:
            self.add(iri, nq.place, literal(res.place))
        council = self._council()
        if council is not None:
            self.add(iri, eli.passed_by, council)
        self._session(council)
        self._span(iri, model.Span(0, len(res.source.text), 1, _last_line(res), ""))
        self._citations()
        self._articles()
        self._targets()
        self._tasks()
        self._assignments()
        self._signature()
        for body in res.recipients:
            self.add(iri, nq.recipient, self._body(body.name))
        self._provenance()
        self._body_labels()
        return self.out

    def _body_labels(self) -> None:
        """The fullest name of each body is its prefLabel, any other its altLabels."""
        for node, labels in self.body_labels.items():
            first, *others = sorted(labels, key=lambda label: (-len(label), label))
            self.add(node, skos.prefLabel, _vi(first))
            for other in others:
                self.add(node, skos.altLabel, _vi(other))

    # -- helpers -----------------------------------------------------------------------------

    def _doc_type(self, code: str) -> str:
        known = doctypes.by_code(code)
        return doc_type[known.slug if known else slug(code)]

    def _jurisdiction(self) -> str | None:
        """The province (or `tw`); for a district's or commune's council its unit, a concept
        narrower than the province. None for a local council whose province is not read."""
        res = self.res
        province = None
        if res.jurisdiction or not self.iris.jurisdiction_segment(res).startswith(LOCAL):
            province = self._concept(self.iris.jurisdiction(res.jurisdiction), res.jurisdiction)
        locality = self.iris.locality(res)
        if locality is None or res.locality is None:
            return province
        self._concept(locality, res.locality[:1].upper() + res.locality[1:])
        self.add(locality, skos.broader, province)
        return locality

    def _concept(self, node: str, label: str | None) -> str:
        self.add(node, _A, skos.Concept)
        self.add(node, skos.inScheme, _JURISDICTION_SCHEME)
        self.add(node, skos.prefLabel, _vi(label or "Trung ương"))
        return node

    def _body(self, name: str, year: int | None = None) -> str:
        """The node of a body named in the text, read in `year` (a cited document's, else the
        resolution's): the places it names are those of that year (`bodies.canonical_body`)."""
        name = self._named_for_locality(name)
        year = year or self.res.year
        canon = bodies.canonical_body(name, self.province, year)
        node = self.iris.body(name, self.province, year)
        self.add(node, _A, org.Post if canon.post else org.Organization)
        self.body_labels.setdefault(node, set()).add(canon.name_vi)
        if canon.parent_key:
            parent = self.iris.body(canon.parent_key, self.province, year)
            parent_canon = bodies.canonical_body(canon.parent_key, self.province, year)
            self.add(parent, _A, org.Organization)
            label = _cased_as(self._cased(parent_canon.name_vi), canon.name_vi)
            self.body_labels.setdefault(parent, set()).add(label)
            if parent != node:
                self.add(node, org.postIn if canon.post else org.subOrganizationOf, parent)
        return node

    def _named_for_locality(self, name: str) -> str:
        """In a district's or commune's resolution, a body of that level named without its
        unit's name ("Ủy ban nhân dân huyện", "các Ban Hội đồng nhân dân huyện", "Huyện ủy",
        "Huyện đoàn") is the unit's own: "… Đại Từ"; so is a body named with no unit or level
        at all ("Phòng Y tế", "Phòng Văn hóa - Xã hội": "… huyện Đại Từ"), unless it is
        central or only a province has one ("Sở Tài chính")."""
        locality = self.res.locality
        if locality is None:
            return name
        unit, place = split_locality(locality)
        name = bodies.without_term(name)  # "… huyện Khóa XXI": the body's name ends before
        if units_listed(name):
            return name  # "Ủy ban nhân dân các huyện, thành phố": not one body
        if unit_body_re(unit).search(name):
            return f"{name} {place}"
        if names_no_place(name) and bodies.unit_level(name, self.province):
            return f"{name} {locality}"
        return name

    def _cased(self, label: str) -> str:
        """A parent body's label, made from its lower-case key, with the unit's name in its
        own case again: "Hội đồng nhân dân huyện đại từ" → "… huyện Đại Từ"."""
        if self.res.locality is None:
            return label
        _, place = split_locality(self.res.locality)
        if label.casefold().endswith(" " + place.casefold()):
            return label[: len(label) - len(place)] + place
        return label

    def _council(self) -> str | None:
        res = self.res
        body = res.issuing_body or (res.session.body if res.session else None)
        if body is None or not body.name:
            return None
        return self._body(body.name)

    def _span(self, owner: str, span: model.Span) -> str:
        """The oa:SpecificResource for a span, with quote and position selectors."""
        node = f"{self.iri}/nguon/{span.start}-{span.end}"
        text = self.res.source.text
        add = self.out.add
        quote = f"{node}/quote"
        position = f"{node}/position"
        add((owner, nq.span, node))
        add((node, _A, oa.SpecificResource))
        add((node, oa.hasSource, self.source_iri))
        add((node, nq.line, integer(span.line)))
        add((node, nq.endLine, integer(span.end_line)))
        add((node, oa.hasSelector, quote))
        add((node, oa.hasSelector, position))
        add((quote, _A, oa.TextQuoteSelector))
        add((quote, oa.exact, literal(text[span.start : span.end])))
        add((quote, oa.prefix, literal(text[max(0, span.start - CONTEXT) : span.start])))
        add((quote, oa.suffix, literal(text[span.end : span.end + CONTEXT])))
        add((position, _A, oa.TextPositionSelector))
        add((position, oa.start, integer(span.start)))
        add((position, oa.end, integer(span.end)))
        return node

    # -- session -----------------------------------------------------------------------------

    def _session(self, council: str | None) -> None:
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
                self.add(
                    self.iri,
                    nq.adoptionDate,
                    literal(res.adoption.date.isoformat(), datatype=XSD_DATE),
                )
        if res.in_force is not None:
            self.add(
                self.iri,
                eli.first_date_entry_in_force,
                literal(res.in_force.isoformat(), datatype=XSD_DATE),
            )
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
        self.add(self.iri, nq.adoptedAt, node)
        self.add(node, _A, nq.Session)
        if session_no is not None:
            self.add(node, nq.sessionNumber, integer(session_no))
        if kind is not None:
            self.add(node, nq.sessionKind, session_kind[kind])
            if session_no is not None:
                label += f" ({model.SESSION_KINDS[kind]})"
        self.add(node, rdfs.label, _vi(label))
        if term_no is not None:
            term = self.iris.term(council, term_no)
            self.add(node, nq.term, term)
            self.add(term, _A, nq.Term)
            self.add(term, nq.termNumber, integer(term_no))
            self.add(term, nq.termOf, council)
            self.add(term, rdfs.label, _vi(f"Khóa {_roman(term_no)}"))

    # -- documents and citations ----------------------------------------------------------------

    def _index_documents(self) -> None:
        """The laws the text cites by name with a date ("Luật Đất đai ngày 18 tháng 01 năm
        2024") or a number ("Luật Đất đai số 31/2024/QH15"), by name and by name and year; the
        years of the numbered documents it cites with one ("45-NQ/TW ngày …"), by symbol and
        issuer."""
        res = self.res
        refs = [*res.legal_bases, *res.considered, *res.references]
        refs += [r for task in res.tasks for r in task.references]
        for ref in refs:
            for r in [ref, *ref.amends, *ref.about]:
                if r.symbol and r.number is not None and r.year is not None:
                    key = (r.symbol, self._issuer_key(r))
                    self.symbol_years.setdefault(key, set()).add(r.year)
                if r.kind is not model.DocKind.LAW or not r.title or r.year is None:
                    continue
                if r.date is None and r.number is None:
                    continue  # "Luật Đất đai năm 2024": the year alone does not name it
                name, node = indicator_key(r.title), self.iris.document(_listed(r), None)
                self.named_laws.setdefault(name, set()).add(node)
                self.named_laws_of_year.setdefault((name, r.year), set()).add(node)

    def _issuer_key(self, ref: model.DocumentRef) -> str | None:
        if ref.issuer is None or not ref.issuer.name:
            return None
        year = ref.year or self.res.year  # as `_body` reads it
        return bodies.canonical_body(ref.issuer.name, self.province, year).key

    def _year_of_symbol(self, ref: model.DocumentRef) -> int | None:
        """The one year the text gives `ref`'s symbol elsewhere, of the same issuer when both
        name one ("19-NQ/TW của Hội nghị … khóa XII" is not the 19-NQ/TW of 2023 the Politburo
        issued); None when it gives none or two."""
        issuer = self._issuer_key(ref)
        years = {
            year
            for (symbol, by), found in self.symbol_years.items()
            if symbol == ref.symbol and (issuer is None or by is None or by == issuer)
            for year in found
        }
        return next(iter(years)) if len(years) == 1 else None

    def _document(self, ref: model.DocumentRef) -> str:
        if ref.kind is model.DocKind.UNNUMBERED:
            raise ValueError("unnumbered documents are minted by the citation")
        named = _listed(ref)
        if (
            named is ref
            and ref.kind is model.DocKind.LAW
            and ref.date is None
            and ref.number is None
            and ref.title
        ):
            key = indicator_key(ref.title)
            if ref.year is None:
                laws = self.named_laws.get(key, set())
            else:  # "Luật Đất đai năm 2024" is not the Land Law of 2013
                laws = self.named_laws_of_year.get((key, ref.year), set())
            if len(laws) == 1:  # two (the laws of 2013 and 2024): which one is not said
                return next(iter(laws))
        if ref.symbol and ref.number is not None and ref.year is None:
            # "Nghị quyết số 45-NQ/TW" after "45-NQ/TW ngày 30/01/2024 của Bộ Chính trị": the
            # same document, unless the text cites two of that symbol (of two years)
            year = self._year_of_symbol(ref)
            if year is not None:
                named = replace(ref, year=year)
        node = self.iris.document(named, self.province, self.res.locality, self.res.year)
        self._describe(node, ref)
        return node

    def _describe(self, node: str, ref: model.DocumentRef) -> None:
        cls = {
            model.DocKind.PARTY: nq.PartyDocument,
            model.DocKind.NAMED: nq.NamedDocument,
        }.get(ref.kind, nq.Document)
        if ref.doc_type == "NQ" and ref.issuer_code and "HĐND" in ref.issuer_code:
            cls = nq.Resolution
        self.add(node, _A, cls)
        self.add(node, eli.type_document, self._doc_type(ref.doc_type))
        if ref.number:
            self.add(node, eli.number, literal(ref.number))
        if ref.symbol:
            self.add(node, eli.id_local, literal(ref.symbol))
        if ref.date:
            self.add(node, eli.date_document, literal(ref.date.isoformat(), datatype=XSD_DATE))
        if ref.title:
            self.add(node, dcterms.title, _vi(ref.title))
        if ref.issuer is not None and ref.issuer.name:
            self.add(node, eli.passed_by, self._body(ref.issuer.name, ref.year))
        elif issuer := bodies.issuer_named_by_code(ref.issuer_code):
            self.add(node, eli.passed_by, self._body(issuer))  # "…/QH15": the National Assembly
        for amended in ref.amends:
            if (target := self._document(amended)) != node:  # one law read twice: no loop
                self.add(node, eli.amends, target)
        for about in ref.about:
            self.add(node, eli.cites, self._document(about))

    def _citations(self) -> None:
        res, iri = self.res, self.iri
        n = 0
        unnumbered = {"can-cu": 0, "xem-xet": 0}  # a legal basis, a document considered
        groups: list[tuple[str, str, Iterable[model.DocumentRef]]] = [
            (eli.based_on, citation_kind["legal-basis"], res.legal_bases),
            (nq.considered, citation_kind.considered, res.considered),
            (eli.cites, citation_kind.cites, res.references),
        ]
        for relation, kind, refs in groups:
            for ref in refs:
                n += 1
                if ref.kind is model.DocKind.UNNUMBERED:
                    segment = "can-cu" if relation == eli.based_on else "xem-xet"
                    unnumbered[segment] += 1
                    doc = f"{iri}/{segment}/{unnumbered[segment]}"
                    self.add(doc, _A, nq.Document)
                    self.add(doc, eli.type_document, self._doc_type(ref.doc_type))
                    if ref.title:
                        self.add(doc, dcterms.title, _vi(ref.title))
                    if ref.issuer is not None:
                        self.add(doc, eli.passed_by, self._body(ref.issuer.name))
                else:
                    doc = self._document(ref)
                if doc == iri:
                    continue
                self.add(iri, relation, doc)
                if ref.change is model.Change.AMENDS:  # "Sửa đổi, bổ sung … Nghị quyết số …"
                    self.add(iri, eli.amends, doc)
                elif ref.change is not None:  # "Nghị quyết này thay thế …", "Bãi bỏ …"
                    self.add(iri, eli.repeals, doc)
                    if ref.change is model.Change.REPLACES:
                        self.add(iri, dcterms.replaces, doc)
                citation = f"{iri}/trich-dan/{n}"
                self.add(iri, nq.hasCitation, citation)
                self.add(citation, _A, nq.Citation)
                self.add(citation, nq.citedDocument, doc)
                self.add(
                    citation, nq.citationKind, citation_kind[ref.change] if ref.change else kind
                )
                self._span(citation, ref.span)

    # -- articles and sections -----------------------------------------------------------------

    def _articles(self) -> None:
        seen: dict[str, int] = {}
        for article in self.res.articles:
            if article.number:
                node = f"{self.iri}/dieu/{_unique(str(article.number), seen)}"
                self.add(self.iri, eli.has_part, node)
                self.add(node, _A, eli.LegalResourceSubdivision)
                self.add(node, eli.is_part_of, self.iri)
                self.add(node, eli.number, literal(str(article.number)))
                if article.heading:
                    self.add(node, nq.heading, _vi(article.heading))
                self._span(node, article.span)
            else:
                node = f"{self.iri}/noi-dung"
                self.add(self.iri, eli.has_part, node)
                self.add(node, _A, eli.LegalResourceSubdivision)
                self.add(node, eli.is_part_of, self.iri)
                # the text gives it no heading: a name of ours, not a quote (nq:heading is one)
                self.add(node, rdfs.label, _vi("Nội dung"))
                self.add(node, rdfs.label, literal("Body", lang="en"))
                self._span(node, article.span)
            self._sections(node, article.sections)

    def _sections(self, parent: str, sections: list[model.Section]) -> None:
        counters = {"p": 0, "b": 0}
        seen: dict[str, int] = {}
        for section in sections:
            segment = _unique(self._section_segment(section, counters), seen)
            node = f"{parent}/{segment}"
            self.section_iris[_span_key(section.span)] = node
            self.add(parent, eli.has_part, node)
            self.add(node, _A, nq.Section)
            self.add(node, eli.is_part_of, parent)
            if section.label and section.label not in ("-", "+", "–", "•"):
                self.add(node, nq.label, literal(section.label))
            if section.heading:
                self.add(node, nq.heading, _vi(section.heading))
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

    def _section_of(self, span: model.Span) -> str | None:
        """The innermost section whose line holds the span."""
        best: str | None = None
        best_len = -1
        for (start, end), node in self.section_iris.items():
            if start <= span.start and span.end <= end and (best is None or end - start < best_len):
                best, best_len = node, end - start
        return best

    # -- targets, tasks, assignments, signature ----------------------------------------------------

    def _indicator(self, label: str, parent: str | None) -> str:
        known = self.vocab.indicator(label, parent)
        if known is not None:
            return str(known)
        key = slug(indicator_key(label)) or "chi-tieu"
        if parent:
            key = f"{slug(indicator_key(parent))}/{key}"
        node = indicator[key]
        self.add(node, _A, skos.Concept)
        self.add(node, _A, nq.Indicator)
        self.add(node, skos.inScheme, _INDICATOR_SCHEME)
        self.add(node, skos.prefLabel, _vi(label))
        if parent:
            self.add(node, skos.broader, self._indicator(parent, None))
        return node

    def _targets(self) -> None:
        for n, target in enumerate(self.res.targets, start=1):
            node = f"{self.iri}/chi-tieu/{n}"
            self.add(self.iri, nq.hasTarget, node)
            self.add(node, _A, nq.Target)
            self.add(node, nq.indicator, self._indicator(target.indicator, target.parent))
            self.add(node, nq.indicatorLabel, _vi(target.indicator))
            self.add(node, nq.value, _decimal(target.value))
            if target.upper is not None:
                self.add(node, nq.upperValue, _decimal(target.upper))
            known_unit = self.vocab.unit(target.unit)
            self.add(
                node,
                nq.unit,
                str(known_unit) if known_unit is not None else unit[slug(target.unit) or "count"],
            )
            self.add(node, nq.comparator, comparator[_COMPARATOR_SLUGS[target.comparator]])
            self.add(node, nq.targetKind, target_kind[target.kind.value])
            if target.target_year:
                self.add(node, nq.targetYear, literal(str(target.target_year), datatype=XSD_GYEAR))
            if target.baseline_year:
                self.add(
                    node, nq.baselineYear, literal(str(target.baseline_year), datatype=XSD_GYEAR)
                )
            self.add(node, nq.category, category[target.category or "other"])
            if target.parent:
                self.add(node, nq.parentIndicator, self._indicator(target.parent, None))
            self.add(node, nq.inSection, self._section_of(target.span))
            self._span(node, target.span)

    def _tasks(self) -> None:
        for n, task in enumerate(self.res.tasks, start=1):
            node = f"{self.iri}/nhiem-vu/{n}"
            self.add(self.iri, nq.hasTask, node)
            self.add(node, _A, nq.Task)
            self.add(node, nq.text, _vi(task.text))
            self.add(node, nq.inSection, self._section_of(task.span))
            for ref in task.references:
                if ref.kind is not model.DocKind.UNNUMBERED:
                    self.add(node, nq.refersTo, self._document(ref))
            for body in task.bodies:
                self.add(node, nq.mentionsBody, self._body(body.name))
            self._span(node, task.span)

    def _assignments(self) -> None:
        for n, assignment in enumerate(self.res.assignments, start=1):
            node = f"{self.iri}/giao/{n}"
            self.add(self.iri, nq.hasAssignment, node)
            self.add(node, _A, nq.Assignment)
            self.add(node, nq.assignedBody, self._body(assignment.body.name))
            self.add(node, nq.role, role[assignment.role.value])
            span = assignment.body.span or assignment.span
            self._span(node, span)

    def _signature(self) -> None:
        signer = self.res.signer
        if signer is None:
            return
        node = f"{self.iri}/chu-ky"
        self.add(self.iri, nq.signature, node)
        self.add(node, _A, nq.Signature)
        if signer.name:
            person = self.iris.person(signer.name, self.iris.jurisdiction_segment(self.res))
            self.add(node, nq.signer, person)
            self.add(person, _A, prov.Person)
            self.add(person, rdfs.label, literal(signer.name))
        if signer.title:
            self.add(node, nq.signerTitle, _vi(signer.title))
        if signer.authority:
            self.add(
                node, nq.signingAuthority, signing_authority[slug(signer.authority.rstrip("."))]
            )
        self._span(node, signer.span)

    # -- provenance ------------------------------------------------------------------------------

    def _provenance(self) -> None:
        src = self.res.source
        source = self.source_iri
        activity = self.iris.activity(src.sha256, __version__)
        software = self.iris.software(__version__)
        # The run made the graph, not the resolution (the council did): the graph is the
        # activity's product, derived from the source and about the resolution.
        graph = graph_name(self.iri)
        self.add(self.iri, prov.wasDerivedFrom, source)
        self.add(graph, schema.mainEntity, self.iri)
        self.add(graph, prov.wasDerivedFrom, source)
        self.add(graph, prov.wasGeneratedBy, activity)
        self.add(source, _A, nq.SourceText)
        self.add(source, nq.fileName, literal(src.name))
        self.add(source, nq.sha256, literal(src.sha256))
        self.add(source, nq.encoding, literal(src.encoding))
        self.add(source, dcterms.format, MEDIA_TYPES + _media_type(src.name))
        self.add(activity, _A, prov.Activity)
        self.add(activity, prov.used, source)
        self.add(activity, prov.wasAssociatedWith, software)
        if self.built_at is not None:
            self.add(
                activity,
                prov.endedAtTime,
                literal(self.built_at.isoformat(), datatype=XSD_DATETIME),
            )
        self.add(software, _A, prov.SoftwareAgent)
        self.add(software, rdfs.label, literal(f"nqgraph {__version__}"))
        self.add(software, schema.softwareVersion, literal(__version__))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as in text.py: CRLF, CR and LF each end a line


def _unique(segment: str, seen: dict[str, int]) -> str:
    """ "2", then "2-2" for a second "Điều 2" (a typing error, or a quoted article): two parts
    of a text never share an IRI."""
    seen[segment] = seen.get(segment, 0) + 1
    return segment if seen[segment] == 1 else f"{segment}-{seen[segment]}"


def _decimal(value: Decimal) -> str:
    return literal(format(value.normalize(), "f"), datatype=XSD_DECIMAL)


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


def _listed(ref: model.DocumentRef) -> model.DocumentRef:
    """A law cited by name and date (or year) that the authority list knows, as if cited by
    its number, so that it is minted once (law_list.py); any other reference as it is. Only
    the IRI comes from the list: the node is described as the text words it."""
    if ref.kind is not model.DocKind.LAW or ref.number is not None or not ref.title:
        return ref
    law = law_list().identify(ref.title, ref.date, ref.year)
    if law is None:
        return ref
    return replace(
        ref, number=law.number, year=law.year, issuer_code=law.issuer_code, symbol=law.symbol
    )
