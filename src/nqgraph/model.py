"""The document model: plain dataclasses, every fact with the span of source text it came from.

This is the contract between the reader (text → model) and the graph builder (model → RDF).
Offsets are character offsets into the *decoded original file* (after BOM removal, before any
normalisation), so `source_text[span.start:span.end] == span.quote` always holds.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: [start, end) character offsets, 1-based line, exact quote."""

    start: int
    end: int
    line: int
    end_line: int
    quote: str


class DocKind(StrEnum):
    """Broad family of a referenced document; decides identity rules and IRI shape."""

    STATE = "state"  # 112/NQ-HĐND, 06/2022/NĐ-CP, 72/2025/QH15
    PARTY = "party"  # 18-NQ/TW, 76-KL/TW, 01-NQ/TU
    LAW = "law"  # Luật … cited by name (and usually date)
    NAMED = "named"  # Chương trình …, Đề án …, Quy hoạch …, Chiến lược …, Kế hoạch … (no number)
    UNNUMBERED = "unnumbered"  # "Báo cáo thẩm tra của các Ban …", delegates' opinions


class Change(StrEnum):
    """What a resolution's own words do to a document it names: it replaces it ("Nghị quyết
    này thay thế Nghị quyết số …") or repeals it ("Bãi bỏ Nghị quyết số …"), and either way the
    document is no longer in force (Luật Ban hành văn bản quy phạm pháp luật 2015, art. 154);
    or it amends it ("Sửa đổi, bổ sung một số điều của Nghị quyết số …"), which stays in force
    as amended."""

    REPLACES = "replaces"
    REPEALS = "repeals"
    AMENDS = "amends"


@dataclass(slots=True)
class Body:
    """A body named in the text: issuer, author, implementer, supervisor, recipient."""

    name: str  # as written, whitespace-normalised
    span: Span | None = None


@dataclass(slots=True)
class DocumentRef:
    """A reference to another document, as found in the text."""

    kind: DocKind
    span: Span
    doc_type: str  # abbreviation: NQ, QĐ, CT, NĐ, TT, TTr, BC, KH, KL, LUAT, CTR, DA, QH, CL …
    number: str | None = None  # "112", "18", "04"
    symbol: str | None = None  # full identifier as normalised: "112/NQ-HĐND", "18-NQ/TW"
    issuer_code: str | None = None  # from the symbol: HĐND, UBND, CP, TTg, TW, TU, QH15 …
    year: int | None = None  # from the symbol (04/2021/NQ-HĐND) or the date
    date: date | None = None
    issuer: Body | None = None  # issuer phrase: "của Ban Chấp hành Trung ương"
    title: str | None = None  # law/programme name, or the "về …" subject
    amends: list[DocumentRef] = field(default_factory=list)  # what an amending law amends
    about: list[DocumentRef] = field(default_factory=list)  # documents this one implements
    change: Change | None = None  # what the citing resolution does to this document


# the kinds of special session (concepts of vocab/session-kind) and how a text words them
SESSION_KINDS = {"chuyen-de": "chuyên đề", "bat-thuong": "bất thường"}


@dataclass(slots=True)
class Session:
    """The enacting body, its term and session: "… KHÓA XIV, KỲ HỌP THỨ HAI MƯƠI BA", or a
    special session, maybe unnumbered: "… KHÓA XVI, KỲ HỌP CHUYÊN ĐỀ" (`kind` "chuyen-de")."""

    body: Body
    term: int | None
    session: int | None
    span: Span
    kind: str | None = None  # a concept of vocab/session-kind: "chuyen-de", "bat-thuong"


@dataclass(slots=True)
class Section:
    """A node of the article tree: "I.", "1.", "1.1.", "a)", "-", "+" or a plain paragraph."""

    label: str  # "I", "1", "1.1", "a", "-", "+", "" for a paragraph
    heading: str  # text of the heading line (without its label), or the paragraph text
    span: Span
    level: int
    children: list[Section] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """One "Điều N." with its heading text and nested sections; or, `number` None, the
    decision's body where it has no "Điều" (or its text before "Điều 1"), with no heading and
    the decision formula ("QUYẾT NGHỊ:") as its span."""

    number: int | None
    heading: str
    span: Span
    sections: list[Section] = field(default_factory=list)


class Comparator(StrEnum):
    EQ = "="
    LT = "<"
    LE = "≤"
    GT = ">"
    GE = "≥"
    APPROX = "≈"


class TargetKind(StrEnum):
    LEVEL = "level"  # "đạt 76,5%"
    INCREASE = "increase"  # "Tăng 10%"
    DECREASE = "decrease"  # "Giảm tỷ lệ hộ nghèo: Từ 0,5% trở lên"
    SHARE = "share"  # one share under "Cơ cấu …" (sums to 100 with its siblings)


@dataclass(slots=True)
class Target:
    """A numeric target ("chỉ tiêu")."""

    indicator: str  # indicator name as written, e.g. "Tốc độ tăng trưởng kinh tế (GRDP)"
    value: Decimal
    unit: str  # normalised unit key: "%", "tỷ đồng", "triệu đồng/người/năm", "USD", "xã" …
    comparator: Comparator
    kind: TargetKind
    span: Span
    upper: Decimal | None = None
    baseline_year: int | None = None
    target_year: int | None = None
    category: str | None = None  # "economic", "social", "environment" or None
    parent: str | None = None  # parent indicator name ("Cơ cấu kinh tế")
    section_path: tuple[str, ...] = ()


@dataclass(slots=True)
class Task:
    """A task or solution: one paragraph or bullet under "Nhiệm vụ và giải pháp"."""

    text: str
    span: Span
    topic_path: tuple[str, ...]  # headings from the tasks part down to this task
    references: list[DocumentRef] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)


class Role(StrEnum):
    IMPLEMENTS = "implements"
    SUPERVISES = "supervises"
    COORDINATES = "coordinates"


@dataclass(slots=True)
class Assignment:
    """Who carries out, supervises or coordinates the resolution (implementation article)."""

    body: Body
    role: Role
    span: Span


@dataclass(slots=True)
class Signer:
    authority: str | None  # TM., KT., Q., TL., TUQ.
    title: str | None  # CHỦ TỊCH, PHÓ CHỦ TỊCH
    name: str | None
    span: Span


@dataclass(slots=True)
class Adoption:
    """ "Nghị quyết này đã được … Khóa XIV, Kỳ họp thứ … thông qua ngày …"."""

    date: date | None
    term: int | None
    session: int | None
    span: Span
    kind: str | None = None  # as in Session


@dataclass(slots=True)
class SourceFile:
    path: str  # as given on the command line / relative to the data dir
    name: str  # file name
    sha256: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16"
    text: str  # decoded original text (BOM removed)


@dataclass(slots=True)
class Resolution:
    """Everything read from one resolution text."""

    source: SourceFile
    doc_type: str = "NQ"
    issuing_body: Body | None = None
    number: str | None = None  # "112"
    symbol: str | None = None  # "112/NQ-HĐND"
    issuer_code: str | None = None  # "HĐND"
    number_span: Span | None = None
    place: str | None = None
    date: date | None = None
    date_span: Span | None = None
    title: str | None = None
    title_span: Span | None = None
    session: Session | None = None
    jurisdiction: str | None = None  # the province: "Thái Nguyên"
    locality: str | None = None  # a council's unit below the province: "huyện Đại Từ"
    legal_bases: list[DocumentRef] = field(default_factory=list)
    considered: list[DocumentRef] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    references: list[DocumentRef] = field(default_factory=list)  # cited in the body
    targets: list[Target] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    adoption: Adoption | None = None
    # "Nghị quyết này có hiệu lực (thi hành) từ ngày …", "… kể từ ngày thông qua": the date
    # it enters into force, and the words that say it
    in_force: datetime.date | None = None  # (`date` is a field above)
    in_force_span: Span | None = None
    signer: Signer | None = None
    recipients: list[Body] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # parts not found, e.g. "legal basis"

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None
