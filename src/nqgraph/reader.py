"""Read a resolution text into `model.Resolution`: the second stage of the pipeline.

text → `text.normalise` → `structure.layout` → the facts of each part, each with its span.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from datetime import date
from itertools import pairwise
from pathlib import Path

from nqgraph import bodies, dates, doctypes, identifiers, model, quantities, references
from nqgraph.errors import ReadError
from nqgraph.matching import ends_with, inside
from nqgraph.numerals import ORDINAL_PATTERN, parse_ordinal, parse_roman
from nqgraph.places import find_locality, find_province, provinces
from nqgraph.structure import (
    ARTICLE_RE,
    BASIS_RE,
    CONSIDERED_RE,
    DECISION_RE,
    RECIPIENTS_RE,
    ArticleBlock,
    Block,
    Layout,
    Node,
    layout,
)
from nqgraph.text import SOURCE_SUFFIXES, NormalisedText, normalise, read_source

_SYMBOL_LINE_RE = re.compile(r"\bSố\s*:?\s*", re.IGNORECASE)
_PLACE_DATE_RE = re.compile(r"^(?P<place>[^\d,]{2,60}?)\s*,\s*ngày\b", re.IGNORECASE)
_DOC_TYPE_RE = re.compile(r"^NGHỊ\s+QUYẾT\b\s*", re.IGNORECASE)
_MOTTO_RE = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", re.IGNORECASE)
_TERM_RE = re.compile(r"\bKH(?:ÓA|OÁ)\s+([IVXLC]+|\d{1,2})\b", re.IGNORECASE)
_SESSION_RE = re.compile(rf"\bKỲ\s+HỌP\s+(?:THỨ\s+)?({ORDINAL_PATTERN})", re.IGNORECASE)
# a special session: "KỲ HỌP CHUYÊN ĐỀ", "Kỳ họp thứ 12 (chuyên đề)", "KỲ HỌP BẤT THƯỜNG LẦN THỨ 2"
_SESSION_KIND_OF = {words: kind for kind, words in model.SESSION_KINDS.items()}
_SPECIAL_SESSION_RE = re.compile(
    r"\bKỲ\s+HỌP\b[^,;.]{0,40}?\b(CHUYÊN\s+ĐỀ|BẤT\s+THƯỜNG)\b", re.IGNORECASE
)
# the head of an issuing body's name, anywhere in a header line: a line over the issuer (its
# province, "TỈNH QUẢNG NAM", or the motto) joins it when both are in capitals
_BODY_HEAD_RE = re.compile(
    r"(?<![^\W\d_])(?:HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|"
    r"ỦY\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI|QUỐC\s+HỘI|CHÍNH\s+PHỦ)(?![^\W\d_])",
    re.IGNORECASE,
)
_COUNCIL_RE = re.compile(
    r"^(?P<body>(?:HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|QUỐC\s+HỘI|"
    r"CHÍNH\s+PHỦ|ỦY\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI)\b[^,]*?)\s*(?=,?\s*KH(?:ÓA|OÁ)\b|,?\s*KỲ\s+HỌP\b|$)",
    re.IGNORECASE,
)
# A resolution's header (number, session, title) stands in its first lines: about 15 in the
# texts seen, with room for a converter's preamble before it.
HEADER_MAX_LINE = 60
_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_TARGETS_HEADING_RE = re.compile(r"chỉ\s+tiêu", re.IGNORECASE)
# (not a person's: "… do được điều động nhận nhiệm vụ mới" heads a dismissal, not tasks)
_TASKS_HEADING_RE = re.compile(r"(?<!nhận )nhiệm\s+vụ|giải\s+pháp", re.IGNORECASE)
_SOLUTIONS_RE = re.compile(r"giải\s+pháp", re.IGNORECASE)
_GOALS_HEADING_RE = re.compile(r"mục\s+tiêu(?!\s+quốc\s+gia)", re.IGNORECASE)
# what the council asks of others, a supervision resolution's part: "Hội đồng nhân dân tỉnh yêu
# cầu:", "Để khắc phục …, Hội đồng nhân dân tỉnh đề nghị:", "Yêu cầu Ủy ban nhân dân tỉnh:" (the
# heading's last clause; not "Thông qua đề nghị … như sau:")
_REQUESTS_HEADING_RE = re.compile(
    r"(?P<council>Hội\s+đồng\s+nhân\s+dân[^,;:.]{0,40}?\s)?(?<!\w)(?P<verb>yêu\s+cầu|đề\s+nghị"
    r"|kiến\s+nghị)(?P<whom>\s[^,;:.]{0,120})?:\s*$",
    re.IGNORECASE,
)


def _is_requests_heading(heading: str) -> bool:
    """Whether a heading opens what the council asks of others: the council asks ("Hội đồng
    nhân dân tỉnh yêu cầu:"), or the heading names whom ("Yêu cầu Ủy ban nhân dân tỉnh:"); not
    "Mục đích, yêu cầu:", "Đánh giá … ý kiến, kiến nghị của cử tri:"."""
    m = _REQUESTS_HEADING_RE.search(heading)
    if m is None:
        return False
    if m.group("council"):
        return True
    whom = m.group("whom")
    return whom is not None and bodies.match_body_at(heading, m.start("whom") + 1) is not None


# "Điều 3. Tổ chức thực hiện", "… chịu trách nhiệm thi hành …", and a personnel resolution's
# "Thường trực …, Ủy ban nhân dân tỉnh … căn cứ Nghị quyết thi hành."
_IMPLEMENTATION_RE = re.compile(
    r"tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm\s+thi\s+hành|căn\s+cứ\s+Nghị\s+quyết(?:\s+này)?\s+"
    r"(?:để\s+)?thi\s+hành",
    re.I,
)
# "Giao …", "Hội đồng nhân dân tỉnh giao …"
_ASSIGN_RE = re.compile(
    r"^(?:Hội\s+đồng\s+nhân\s+dân[^,;]{0,40}?\s+)?(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# the verb after the bodies, in lower case: "Xây dựng" of "Sở Xây dựng" is part of a name
_ASSIGN_VERB_RE = re.compile(
    # ("các cơ quan, tổ chức, cá nhân …", "cơ quan, tổ chức có liên quan": the noun)
    r"\s+(?=(?:chỉ\s+đạo|(?<!quan, )(?<!quan và )tổ\s+chức(?!\s*,?\s*(?:và\s+)?cá\s+nhân\b)|"
    r"triển\s+khai|thực\s+hiện|giám\s+sát|phối\s+hợp|"
    r"hướng\s+dẫn|theo\s+dõi|chủ\s+trì|căn\s+cứ|xây\s+dựng|báo\s+cáo|chịu\s+sự\s+|"
    # "có trách nhiệm tổ chức …", not "chịu trách nhiệm trước / về …" (accountable)
    r"(?:có|chịu)\s+trách\s+nhiệm(?!\s+(?:trước|về)\b))\b)"
)
# "Giao A chỉ đạo B chủ trì, …": B leads the work A directs
# ("Giao A tổ chức thực hiện; chỉ đạo B, C chủ trì …": after what A does, too)
_DIRECTS_RE = re.compile(r"(?:^|[;,]|\s+và)\s*chỉ\s+đạo\s+")
_LEADS_RE = re.compile(r"\s*,?\s*chủ\s+trì\b")
# "… chủ trì, phối hợp với A, B và các cơ quan liên quan …": the bodies A and B coordinate
_WITH_RE = re.compile(r"\bphối\s+hợp\s+(?:chặt\s+chẽ\s+)?(?:với|cùng)\s+")
_SIGN_RE = re.compile(
    r"^(?P<title>(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|THƯ\s+KÝ|"
    r"TỔNG\s+THƯ\s+KÝ|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG))\b\s*(?P<name>.*)$"
)
_AUTHORITY_RE = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*(.*)$")
# what a published copy puts where the signature was: "(Đã ký)", "[Đã ký và đóng dấu]", "(Ký tên,
# đóng dấu)", "(Chữ ký số)"
_SIGNED_RE = re.compile(
    r"^[(\[]?\s*(?:đã\s+ký|ký\s+tên|ký,|chữ\s+ký)[^()\[\]]*[)\]]?$", re.IGNORECASE
)
# A person's name: 2-6 capitalised syllables, one letter long too ("Y Biêr Niê", "Hà Văn Ý")
# or with an apostrophe ("H'Yim Kđoh"), as names of the Central Highlands are written.
_SYLLABLE = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:['’][A-ZĐÀ-Ỹa-zà-ỹđ][a-zà-ỹđ]*)?"
_NAME_RE = re.compile(rf"^{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,5}}$")
# documents a council considers, besides the first of an item: submissions and reports
_CONSIDERED_TYPES = frozenset({"TTr", "BC"})
# a legal basis named by its type and what it is about, with no number: "Căn cứ Quy chế bầu cử
# tại kỳ họp Hội đồng nhân dân tỉnh" (types of rules and instruments, not reports)
_BASIS_TYPES = "|".join(
    doctypes.BY_CODE[code].vi.replace(" ", r"\s+") for code in ("QC", "QĐi", "HD", "KH")
)
_TYPED_BASIS_RE = re.compile(
    rf"\s*(?:Căn\s+cứ\s+)?(?P<title>(?P<type>{_BASIS_TYPES})"
    # not the rules in general: "Quy định của pháp luật hiện hành", "Quy định hiện hành"
    # ("Hướng dẫn của Thường trực …" is a document)
    r"(?!\s+(?:của\s+(?:pháp\s+luật|[Nn]hà\s+nước|cấp)|hiện\s+hành|pháp\s+luật|này|chung"
    r"|liên\s+quan)(?!\w))(?<!Quy định(?=\s+của\s))\s+"
    # up to the next one joined by "và": "Quy chế làm việc … và Hướng dẫn của …" are two
    rf"(?:(?!\s+và\s+(?:{_BASIS_TYPES})\s)[^;])+)(?:\s+và(?=\s+(?:{_BASIS_TYPES})\s))?"
)
# "Nghị quyết này … có hiệu lực (thi hành) (kể) từ ngày <date | thông qua | ký>", one sentence
_IN_FORCE_RE = re.compile(
    r"Nghị\s+quyết\s+này\b[^.;]{0,300}?\bcó\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+(?P<day>ngày)\s+"
    r"(?:(?P<passed>(?:được\s+)?(?:(?:Hội\s+đồng\s+nhân\s+dân|HĐND)\s+[^.;]{0,80}?)?thông\s+qua)"
    r"|(?P<signed>ký(?:\s+ban\s+hành)?)(?!\w)|(?P<on>\d))",
    re.IGNORECASE,
)
_FOR_BODY_RE = re.compile(r"(?:Đối\s+với|Đề\s+nghị|Yêu\s+cầu)\s+", re.IGNORECASE)
# what stands before "Nghị quyết này" opening its sentence: a line's start, a label ("1.",
# "a)", "Điều 3."), a full stop or a colon
_OPENS_SENTENCE_RE = re.compile(
    r"(?:\A|\n|[.;:]\s+|(?:\A|\n)\s*(?:\d{1,2}[.)]|[a-zđ]\)|Điều\s+\d{1,3}\s*[.:])\s+)[*_\s]*\Z"
)
# "Theo đề nghị của <body> tại Tờ trình số …": the body before its document
_PROPOSED_BY_RE = re.compile(r"\s*(?:Theo|Xét)\s+đề\s+nghị\s+của\s+", re.IGNORECASE)
_AT_DOCUMENT_RE = re.compile(
    r"\s+(?:tại|theo)\s+(?:các\s+)?(?:Tờ\s+trình|Báo\s+cáo)\b", re.IGNORECASE
)
_JOINED_RE = re.compile(r"(?:,|\bvà)\s*$")  # before one joined to the item's documents


_REPORT = r"Báo\s+cáo"


def _before(documents: str) -> str:
    """Where an unnumbered document's words end: before the delegates' opinions, before one of
    `documents` joined by "," or "và", or at the item's end."""
    return rf"(?=\s*,?\s*(?:và\s+)?ý\s+kiến\b|(?:\s*,|\s+và)\s+(?:{documents})\b|[;.]|$)"


_UNNUMBERED = (
    (
        re.compile(
            rf"{references.REVIEW_HEAD}\b"
            # a number and a date of no recognised form: "số 45 ngày 02 tháng 12 năm 2024"
            r"(?:\s+số\s*:?\s*[^\s;,.]+)?(?:\s+ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}"
            r"\s+năm\s+\d{4}))?"
            r"(?:\s+(?:của\s+)?(?P<by>(?!(?:về|đối\s+với)\s)[^;.]+?))?"
            # what it reviews: "về Tờ trình số 45/TTr-UBND (và Tờ trình số 46 …)", not documents
            # considered again
            r"(?:\s+(?P<about>(?:về|đối\s+với)\s[^;.]*?)"
            + _before(_REPORT)
            + ")?"
            + _before(rf"{_REPORT}|Tờ\s+trình"),
            re.I,
        ),
        "BCTT",
    ),
    (
        re.compile(
            r"ý\s+kiến\s+(?:thảo\s+luận\s+)?(?:của\s+)?(?P<by>đại\s+biểu[^;.]*?)"
            r"(?:\s+tại\s+(?:kỳ|phiên)\s+họp[^;.]*)?(?=[;.]|$)",
            re.I,
        ),
        "YKĐB",
    ),
    (  # an election's "Biên bản kiểm phiếu bầu … ngày … của Ban Kiểm phiếu"
        re.compile(
            r"Biên\s+bản\s+(?:kiểm\s+phiếu|kết\s+quả\s+kiểm\s+phiếu)[^;.]*?"
            r"(?:\s+của\s+(?P<by>Ban\s+kiểm\s+phiếu[^;.]*?))?(?=[;.]|$)",
            re.I,
        ),
        "BB",
    ),
)
# "… về Tờ trình số 45 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh": a committee of the
# council after a review's subject is the review's author (a committee does not review its own
# submission). Only the council's own committees, by name or as "các Ban": a subject names many
# other bodies called "Ban" ("trụ sở của Ban Chỉ huy Quân sự tỉnh", "Ban Dân tộc tỉnh")
_COUNCIL_COMMITTEE = (
    r"Ban\s+(?:Pháp\s+chế|Kinh\s+tế(?:\s*-\s*|\s+và\s+)(?:Ngân\s+sách|Xã\s+hội|Hạ\s+tầng)|Kinh\s+tế"
    r"|Văn\s+h(?:óa|oá)\s*-\s*Xã\s+hội|Dân\s+tộc|Đô\s+thị)"
)
_OF_COUNCIL = r"(?:\s+(?:của\s+)?(?:Hội\s+đồng\s+nhân\s+dân|HĐND)[^;.]*?)?"
# one committee, several ("Ban Văn hóa - Xã hội và Ban Kinh tế - Ngân sách HĐND tỉnh"), or
# "các Ban"
_REVIEWER_AFTER_RE = re.compile(
    rf"\s+của\s+(?P<by>{_COUNCIL_COMMITTEE}(?:\s*(?:,|và)\s*{_COUNCIL_COMMITTEE})*{_OF_COUNCIL}"
    rf"|các\s+Ban{_OF_COUNCIL})\s*$",
    re.IGNORECASE,
)
_CATEGORIES = (
    ("environment", re.compile(r"môi\s+trường", re.I)),
    ("social", re.compile(r"(?<!kinh tế - )xã\s+hội|văn\s+hóa|văn\s+hoá", re.I)),
    ("economic", re.compile(r"kinh\s+tế(?!\s*-\s*xã)", re.I)),
)


def read_path(path: str | Path) -> model.Resolution:
    """Read one resolution file; ReadError (one line, file and line) if it cannot be read."""
    source = read_source(path)
    return read_source_file(source)


def read_text(text: str, name: str = "<text>") -> model.Resolution:
    """Read a resolution from a string (tests, other front ends)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = model.SourceFile(name, Path(name).name, digest, "utf-8", text)
    return read_source_file(source)


def read_source_file(source: model.SourceFile) -> model.Resolution:
    nt = normalise(source.text)
    return _Reader(source, nt).read()


def source_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories into the resolution texts they hold, sorted."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # regular files only: a named pipe would block the build, a directory "x.md" fail it
            found = sorted(
                p for p in path.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file()
            )
            if not found:
                raise ReadError("directory holds no resolution texts (*.md, *.txt)", str(path))
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise ReadError("no such file or directory", str(path))
    return out


class _Reader:
    def __init__(self, source: model.SourceFile, nt: NormalisedText) -> None:
        self.source = source
        self.nt = nt
        self.res = model.Resolution(source=source)
        self.layout: Layout = layout(nt)
        self._tables: dict[int, bool] = {}  # a table's first row → whether it is of targets
        self._tops: dict[int, int] = {}  # a table's row → its first row
        self._columns_at: dict[int, tuple[int, int, int, int | None] | None] = {}
        self._above: list[str] = []  # the header's lines in capitals over the issuing body
        self._title_at: tuple[int, int] | None = None  # the title's offsets

    def span(self, start: int, end: int) -> model.Span:
        return self.nt.span(start, end)

    def block_span(self, block: Block) -> model.Span:
        return self.nt.span(block.start, block.end)

    # -- orchestration ---------------------------------------------------------------------

    def read(self) -> model.Resolution:
        lay = self.layout
        if not lay.blocks:
            raise ReadError("empty file: no text to read", self.source.path)
        self._header(lay.header)
        self._local_jurisdiction()
        if not (lay.bases or lay.considered or lay.decision or lay.articles):
            if self._header_at_top():
                raise ReadError(
                    "truncated resolution: only the header was found "
                    "(no 'Căn cứ', no 'QUYẾT NGHỊ', no 'Điều')",
                    self.source.path,
                    self.nt.line_at(self.nt.original_offset(lay.blocks[-1].end)),
                )
            raise ReadError(
                "not a resolution: no header ('Số: …/NQ-…') in its first lines, no 'Căn cứ' "
                "legal basis, no 'QUYẾT NGHỊ' and no 'Điều'",
                self.source.path,
                1,
            )
        self._bases(lay.bases)
        self._considered(lay.considered)
        self._title_changes()
        self._body(lay.articles)
        self._adoption(lay.adoption)
        self._in_force()
        self._closing(lay.closing)
        self._missing()
        return self.res

    def _header_at_top(self) -> bool:
        """Whether a resolution's header (number, session or title) was found where a
        header stands, in the first lines: words like "kỳ họp thứ hai" deep in another kind
        of text (a README, an article) do not make it a truncated resolution."""
        res = self.res
        spans = [res.number_span, res.title_span, res.session.span if res.session else None]
        lines = [span.line for span in spans if span is not None]
        return bool(lines) and min(lines) <= HEADER_MAX_LINE

    # -- header ------------------------------------------------------------------------------

    def _header(self, blocks: list[Block]) -> None:
        res = self.res
        title_next = False
        title_open = False  # the title's last line was the block before
        for block in blocks:
            text = block.text
            if title_next and not _is_session_line(text):
                self._set_title(block, block.start)
                title_next, title_open = False, True
                continue
            if title_open and _continues_title(text, res.title or ""):
                self._extend_title(block)
                continue
            title_next = title_open = False
            m_symbol = _SYMBOL_LINE_RE.search(text)
            if res.number is None and m_symbol:
                ids = identifiers.find_identifiers(text[m_symbol.end() :])
                if ids:
                    ident = ids[0]
                    offset = block.start + m_symbol.end()
                    res.number = ident.number
                    res.symbol = ident.symbol
                    res.issuer_code = ident.issuer_code
                    res.doc_type = ident.type_code or res.doc_type
                    res.number_span = self.span(offset + ident.start, offset + ident.end)
            if res.date is None:
                found = dates.find_dates(text)
                if found and "ngày" in text.lower() and not _is_session_line(text):
                    start, end, when = found[0]
                    res.date = when
                    res.date_span = self.span(block.start + start, block.start + end)
                    m_place = _PLACE_DATE_RE.match(text)
                    if m_place:
                        res.place = m_place.group("place").strip()
            m_type = _DOC_TYPE_RE.match(text)
            if m_type and res.title is None:
                rest = text[m_type.end() :].strip()
                if rest:
                    self._set_title(block, block.start + m_type.end())
                    title_open = True
                else:
                    title_next = True
                continue
            if _is_session_line(text):
                self._session(block)
                continue
            if res.issuing_body is None and not m_symbol:
                self._issuing_body(block)

    def _set_title(self, block: Block, start: int) -> None:
        text = self.nt.text[start : block.end].strip()
        if not text:
            return
        self.res.title = text
        self.res.title_span = self.span(start, block.end)
        self._title_at = (start, block.end)

    def _extend_title(self, block: Block) -> None:
        """A title wrapped onto one more line that starts with a capital (a post or a body:
        "Về việc miễn nhiệm … và bầu bổ sung / Phó Chủ tịch Ủy ban nhân dân tỉnh …")."""
        assert self._title_at is not None and self.res.title is not None
        start = self._title_at[0]
        self.res.title = f"{self.res.title} {block.text.strip()}"
        self.res.title_span = self.span(start, block.end)
        self._title_at = (start, block.end)

    def _title_changes(self) -> None:
        """The documents the title says this resolution amends, replaces or repeals ("Sửa đổi,
        bổ sung một số điều của Nghị quyết số …", "Về việc bãi bỏ …"): its articles may name
        only their parts ("Sửa đổi khoản 2 Điều 3 như sau: …"). Other documents a title names
        are not cited: its articles cite what they rest on."""
        if self._title_at is not None:
            refs = self._refs_in(*self._title_at)
            self.res.references.extend(ref for ref in refs if ref.change is not None)

    def _issuing_body(self, block: Block) -> None:
        """The issuing body of the header, in capitals; it stands under the lines of the body
        above it ("TỈNH QUẢNG NAM" / "HỘI ĐỒNG NHÂN DÂN HUYỆN NÚI THÀNH", Decree 30/2020),
        which a conversion may join to it: the last body named in the line is the issuer."""
        text = _without_motto(block.text)
        if not text.strip() or not text.isupper():
            return
        heads = list(_BODY_HEAD_RE.finditer(text))
        if not heads:
            if self.res.number is None:
                self._above.append(text)
            return
        start = heads[-1].start()
        m = _COUNCIL_RE.match(text[start:].split("|", 1)[0])  # a header table's cell ends it
        if m is None or (start and self.res.number is not None):
            return  # lines over the issuer stand above the number ("Số: …")
        name = m.group("body").strip()
        self._above.append(text[:start])
        if start and name == heads[-1].group():
            return  # "TỈNH THÁI NGUYÊN" / "HỘI ĐỒNG NHÂN DÂN": the session line names it whole
        start += block.start
        self.res.issuing_body = model.Body(_title_case(name), self.span(start, start + len(name)))
        self._jurisdiction_from(name)

    def _session(self, block: Block) -> None:
        text = block.text
        m_body = _COUNCIL_RE.match(text)
        name = m_body.group("body").strip() if m_body else ""
        term, session, kind = _term_session_kind(text)
        body = model.Body(_title_case(name), self.span(block.start, block.start + len(name)))
        self.res.session = model.Session(body, term, session, self.block_span(block), kind)
        if name:
            self._jurisdiction_from(name)
            if self.res.issuing_body is None:
                self.res.issuing_body = body

    def _local_jurisdiction(self) -> None:
        """A local council whose header names no province: the province of the title, else the
        place line ("Thái Nguyên, ngày …"). A district's or commune's council ("HỘI ĐỒNG NHÂN
        DÂN HUYỆN ĐẠI TỪ") is of the province the header's line over it names ("TỈNH THÁI
        NGUYÊN"), else its title, else its preamble (else its text) names most often ("tỉnh
        Thái Nguyên"); its place line names the district, not a province."""
        res = self.res
        if res.locality is None:
            found_locality = self._council_locality()
            if found_locality:
                res.locality = found_locality
                # the province's line over the council ("TỈNH QUẢNG NAM") says it; else below
                above = find_province(" ".join(self._above), res.year)
                res.jurisdiction = above[2] if above else None
        if res.jurisdiction or res.issuer_code is None:
            return
        if bodies.issuer_scope(res.issuer_code, None) == bodies.TW:
            return
        found = find_province(res.title or "", res.year)
        if found:
            res.jurisdiction = found[2]
        elif res.locality:
            # the preamble cites the province's own documents ("… của Hội đồng nhân dân tỉnh
            # Cao Bằng"); the tasks may name any other ("phối hợp với tỉnh Hà Giang")
            lay = self.layout
            ends = [a.heading_start for a in lay.articles[:1]]
            if lay.decision is not None:
                ends.append(lay.decision.start)
            preamble = self.nt.text[: min(ends, default=len(self.nt.text))]
            for text in (preamble, self.nt.text):
                named = Counter(name for _, _, name in provinces(text, res.year))
                if named:
                    # the most named, the first named among equals
                    res.jurisdiction = max(named, key=lambda name: named[name])
                    break
        elif res.place:
            res.jurisdiction = res.place

    def _council_locality(self) -> str | None:
        """The unit below the province whose council passed the resolution, if any."""
        res = self.res
        body = res.issuing_body or (res.session.body if res.session else None)
        if body is None or not body.name:
            return None
        found = find_locality(body.name, res.year)
        return found[2] if found else None

    def _jurisdiction_from(self, name: str) -> None:
        if self.res.jurisdiction:
            return
        found = find_province(name)
        if found and find_locality(name) is None:
            self.res.jurisdiction = found[2]

    # -- preamble ------------------------------------------------------------------------------

    def _refs(self, block: Block, start: int | None = None) -> list[model.DocumentRef]:
        return self._refs_in(block.start if start is None else start, block.end)

    def _refs_in(self, start: int, end: int) -> list[model.DocumentRef]:
        def to_span(s: int, e: int) -> model.Span:
            return self.span(start + s, start + e)

        return references.find_references(self.nt.text[start:end], to_span, self.res.jurisdiction)

    def _bases(self, blocks: list[Block]) -> None:
        """The documents each "Căn cứ" block cites; an item that names a document by its type
        alone, no number nor name the recognisers know ("Căn cứ Quy chế bầu cử tại kỳ họp Hội
        đồng nhân dân tỉnh"), is one too, unnumbered."""
        for block in blocks:
            refs = self._refs(block)
            for item_start, item_end in _items(block.text):
                start, end = block.start + item_start, block.start + item_end
                lo, hi = self.nt.original_offset(start), self.nt.original_offset(end - 1)
                if any(lo <= r.span.start <= hi for r in refs):
                    continue
                pos = start
                while (m := _TYPED_BASIS_RE.match(self.nt.text, pos, end)) is not None:
                    at = m.start("title")
                    stop = at + len(m.group("title").rstrip(" .,"))
                    refs.append(
                        model.DocumentRef(
                            kind=model.DocKind.UNNUMBERED,
                            span=self.span(at, stop),
                            doc_type=doctypes.BY_NAME[" ".join(m["type"].split()).casefold()].code,
                            title=self.nt.text[at:stop],
                        )
                    )
                    pos = m.end()
            self.res.legal_bases.extend(sorted(refs, key=lambda r: r.span.start))

    def _considered(self, blocks: list[Block]) -> None:
        """The considered documents of each ";"-separated item, in text order: its first
        reference, the submissions and reports joined to it by "," or "và" ("Báo cáo số
        236/BC-UBND …, Báo cáo số 240/BC-UBND …"), unless joined to one a subject names (any
        other reference is named in a subject: "… tại Báo cáo số 40 và Báo cáo số 41", "Báo
        cáo thẩm tra … về Tờ trình số 45"), and the unnumbered committee reviews and delegates'
        opinions outside the references and their subjects ("Tờ trình số
        45/TTr-UBND …, Báo cáo thẩm tra của Ban … và ý kiến thảo luận của đại biểu …"). An
        item that names none continues the title of the document before it, when that title
        ran up to the ";" ("… về kết quả … năm 2023; mục tiêu, nhiệm vụ … năm 2024; Báo cáo
        thẩm tra …")."""
        for block in blocks:
            titled: model.DocumentRef | None = None  # its title ends at the item's ";"
            for item_start, item_end in _items(block.text):
                start, end = block.start + item_start, block.start + item_end
                refs = self._refs_in(start, end)
                item = self.nt.text[start:end]
                # "Báo cáo thẩm tra của Ban … và ý kiến thảo luận của đại biểu …": two of them
                found = sorted(
                    ((m, code) for pattern, code in _UNNUMBERED for m in pattern.finditer(item)),
                    key=lambda pair: pair[0].start(),
                )
                about = [m.span("about") for m, _ in found if m.groupdict().get("about")]
                refs, considered = self._chosen(refs, start, end, about)
                if considered and considered[0].issuer is None:
                    considered[0].issuer = self._proposer(start, item)
                if refs:
                    # beside the references: not a part of one or of its subject
                    extents = [self._extent(ref, start, end) for ref in refs]
                    at = [self.nt.original_offset(start + m.start()) for m, _ in found]
                    to = [self.nt.original_offset(start + m.end()) for m, _ in found]
                    found = [
                        f
                        for f, a, b in zip(found, at, to, strict=True)
                        if not any(s < b and a < e for s, e in extents)
                    ]
                    last, title = considered[-1], considered[-1].title
                    ends_item = title is not None and item.rstrip().endswith(title)
                    titled = last if ends_item and last is refs[-1] else None
                elif not found:
                    if titled is not None:
                        self._continue_title(titled, start, item)
                    continue
                else:
                    titled = None
                considered += [self._unnumbered(start, m, code) for m, code in found]
                self.res.considered.extend(sorted(considered, key=lambda r: r.span.start))

    def _proposer(self, start: int, item: str) -> model.Body | None:
        """The body that proposes, named before its submission: "Theo đề nghị của Ủy ban nhân
        dân tỉnh tại Tờ trình số …" (the 2025 wording of normative resolutions)."""
        m = _PROPOSED_BY_RE.match(item)
        if m is None:
            return None
        found = bodies.match_body_at(item, m.end())
        if found is None or not _AT_DOCUMENT_RE.match(item, found[0]):
            return None
        return model.Body(found[1], self.span(start + m.end(), start + found[0]))

    def _chosen(
        self, refs: list[model.DocumentRef], start: int, end: int, about: list[tuple[int, int]]
    ) -> tuple[list[model.DocumentRef], list[model.DocumentRef]]:
        """Of the references of the item [start, end): those not in a review's subject (`about`,
        offsets in the item), and those of them considered: the first, and each submission or
        report joined to the one before it by "," or "và" when that one is considered or not
        itself a submission or report."""
        ats = [self.nt.normalised_offset(r.span.start, start, end) for r in refs]
        joined = [ends_with(_JOINED_RE, self.nt.text, at, start) is not None for at in ats]
        # "Báo cáo thẩm tra … về Tờ trình số 45 …" reviews it; "… về Báo cáo số 236 và Báo cáo
        # số 240": the next of its kind joined too
        reviewed: list[bool] = []
        for i, at in enumerate(ats):
            reviewed.append(
                any(a <= at - start < b for a, b in about)
                or (
                    i > 0
                    and reviewed[i - 1]
                    and joined[i]
                    and refs[i].doc_type == refs[i - 1].doc_type
                )
            )
        kept = [i for i, r in enumerate(reviewed) if not r]
        chosen = kept[:1]
        for prior, i in pairwise(kept):
            # "… tại Báo cáo số 40 và Báo cáo số 41": both in a subject
            if (
                refs[i].doc_type in _CONSIDERED_TYPES
                and joined[i]
                and (prior in chosen or refs[prior].doc_type not in _CONSIDERED_TYPES)
            ):
                chosen.append(i)
        return [refs[i] for i in kept], [refs[i] for i in chosen]

    def _extent(self, ref: model.DocumentRef, start: int, end: int) -> tuple[int, int]:
        """Where `ref` and its subject lie in the original text, in the item [start, end)."""
        stop = ref.span.end
        if ref.title:
            at = self.nt.normalised_offset(ref.span.start, start, end)
            found = self.nt.text.find(ref.title, at, end)
            if found != -1:
                stop = max(stop, self.nt.original_offset(found + len(ref.title)))
        return ref.span.start, stop

    def _unnumbered(self, start: int, m: re.Match[str], code: str) -> model.DocumentRef:
        """A committee review or the delegates' opinions, matched by `m` in the item at `start`;
        a review's committee named after what it reviews ("Báo cáo thẩm tra về Tờ trình số 45
        của Ban Kinh tế - Ngân sách") is its issuer too."""
        issuer = None
        by_start, by = start + m.start("by"), m.group("by")
        if not by and m.groupdict().get("about"):
            after = _REVIEWER_AFTER_RE.search(m.group("about"))
            if after:
                by_start, by = start + m.start("about") + after.start("by"), after.group("by")
        if by:
            by = by.strip()
            issuer = model.Body(by, self.span(by_start, by_start + len(by)))
        return model.DocumentRef(
            kind=model.DocKind.UNNUMBERED,
            span=self.span(start + m.start(), start + m.end()),
            doc_type=code,
            issuer=issuer,
            title=m.group(0).strip(),
        )

    def _continue_title(self, ref: model.DocumentRef, start: int, item: str) -> None:
        """Extend `ref`'s title (and span) over the next ";"-separated item, found at `start`."""
        more = item.strip()
        if ref.title is None or not more:
            return
        ref.title = f"{ref.title}; {more}"
        stop = start + len(item.rstrip())
        ref.span = self.nt.cover(ref.span, self.span(start, stop))

    # -- body ------------------------------------------------------------------------------------

    def _body(self, articles: list[ArticleBlock]) -> None:
        res = self.res
        implementation = self._implementation_article(articles)
        # the implementation article and those after it: "Điều 2. Giao Ủy ban nhân dân tỉnh tổ
        # chức thực hiện …", "Điều 3. Thường trực Hội đồng nhân dân tỉnh … giám sát …"
        assigning = articles.index(implementation) if implementation else len(articles)
        for i, article in enumerate(articles):
            sections = [self._section(n) for n in article.nodes]
            if article.number is not None and article.block is not None:
                heading = self.nt.text[article.heading_start : article.block.end].strip()
                res.articles.append(
                    model.Article(article.number, heading, self.block_span(article.block), sections)
                )
                if heading:
                    self._cite(article.block, article.heading_start)
            else:  # the decision's body without "Điều": one part, at "QUYẾT NGHỊ:"
                heading = ""
                anchor = self.layout.decision or article.nodes[0].block
                res.articles.append(model.Article(None, "", self.block_span(anchor), sections))
            # "… thay thế các Nghị quyết sau:" and an item a document: the items of the list
            listed: dict[int, model.Change] = {}
            if change := references.list_change(heading):
                listed.update((id(n), change) for n in article.nodes)
            for node in article.walk():
                refs = self._refs(node.block, node.body_start)
                change = listed.get(id(node))
                if change and refs and refs[0].change is None and _LISTED_RE.match(node.body):
                    refs[0].change = change
                if change := references.list_change(node.body):
                    listed.update((id(n), change) for n in node.children)
                res.references.extend(refs)
            self._targets(article)
            self._tasks(article)
            if i >= assigning:
                self._assignments(article)

    def _section(self, node: Node) -> model.Section:
        heading = node.body.strip()
        return model.Section(
            node.label,
            heading,
            self.block_span(node.block),
            node.depth,
            [self._section(c) for c in node.children],
        )

    def _cite(self, block: Block, start: int) -> None:
        self.res.references.extend(self._refs(block, start))

    def _implementation_article(self, articles: list[ArticleBlock]) -> ArticleBlock | None:
        if len(articles) == 1 and articles[0].number is None:
            return articles[0]  # no "Điều": the body says who implements, if anything does
        for article in articles:
            if article.block is not None and _IMPLEMENTATION_RE.search(article.block.text):
                return article
        for article in reversed(articles):
            if any(_ASSIGN_RE.match(n.body) for n in article.walk()):
                return article
        return None

    # targets

    def _targets(self, article: ArticleBlock) -> None:
        for node in article.walk():
            if node.children:
                continue
            part = self._part_of(article, node)
            row = _is_row(node)
            if row and part in ("targets", "tasks"):  # a table of targets may stand in either
                self._table_target(article, node)
                continue
            if part != "targets":
                continue
            phrases = quantities.parse_target_line(node.body)
            path = node.path()
            parent_node = node.parent
            parent_name = None
            if (
                parent_node is not None
                and node.style in ("plus", "dash")
                and parent_node.style in ("dash", "plus", "para")
            ):
                parent_name = parent_node.body.strip().rstrip(":").strip()
            for phrase in phrases:
                kind = phrase.kind
                parent = phrase.sub_of or parent_name
                if (
                    parent_name
                    and phrase.sub_of is None
                    and parent_name.lower().startswith("cơ cấu")
                ):
                    kind = model.TargetKind.SHARE
                self.res.targets.append(
                    model.Target(
                        indicator=phrase.indicator,
                        value=phrase.value,
                        unit=phrase.unit,
                        comparator=phrase.comparator,
                        kind=kind,
                        span=self.span(
                            node.body_start + phrase.start, node.body_start + phrase.end
                        ),
                        upper=phrase.upper,
                        baseline_year=phrase.baseline_year,
                        target_year=phrase.year or self._target_year(article, node),
                        category=_category(path),
                        parent=parent,
                        section_path=tuple(n.label for n in path[:-1]),
                    )
                )

    def _table_target(self, article: ArticleBlock, node: Node) -> None:
        """A row of a table of targets ("| 1 | Thu ngân sách … | tỷ đồng | 1.520 | 1.650 |"
        under "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2024 |"): the
        indicator, unit and planned value from the columns its header names; the row is the
        span. A table whose header names no indicator or no planned value gives none."""
        text = self.nt.text
        line_start = text.rfind("\n", 0, node.body_start) + 1
        top = _table_top(text, line_start, self._tops)
        if top == line_start:
            return  # the header row
        columns = self._columns(top)
        found = _row_target(columns, node.body) if columns is not None else None
        if columns is None or found is None:
            return
        name, phrase = found
        year = columns[3]
        row = node.body
        first, last = len(row) - len(row.lstrip()), len(row.rstrip())  # "| 1 | … | 1.650 |"
        self.res.targets.append(
            model.Target(
                indicator=name,
                value=phrase.value,
                unit=phrase.unit,
                comparator=phrase.comparator,
                kind=phrase.kind,
                span=self.span(node.body_start + first, node.body_start + last),
                upper=phrase.upper,
                baseline_year=phrase.baseline_year,
                target_year=year or self._target_year(article, node),
                category=_category(node.path()),
                section_path=tuple(n.label for n in node.path()[:-1]),
            )
        )

    @staticmethod
    def _part_of(article: ArticleBlock, node: Node) -> str | None:
        """ "targets", "tasks", "goals" or None: what the nearest telling heading above `node`
        (its sections, then the article's heading) announces."""
        headings = [a.body for a in reversed(node.path()[:-1])]
        if article.block is not None:
            headings.append(article.block.text[article.heading_start - article.block.start :])
        for heading in headings:
            targets = bool(_TARGETS_HEADING_RE.search(heading))
            goals = bool(_GOALS_HEADING_RE.search(heading))
            tasks = bool(_TASKS_HEADING_RE.search(heading))
            solutions = bool(_SOLUTIONS_RE.search(heading))
            if targets and not solutions:
                return "targets"
            if solutions or (tasks and not goals and not targets):
                return "tasks"
            if goals and not tasks:
                return "goals"
            if _is_requests_heading(heading.strip(" *_")):
                return "tasks"  # each request is a task of the bodies it is made of
        return None

    def _target_year(self, article: ArticleBlock, node: Node) -> int | None:
        for ancestor in reversed(node.path()[:-1]):
            years = _YEAR_RE.findall(ancestor.body)
            if years:
                return int(years[-1])
        if article.block is not None:
            years = _YEAR_RE.findall(article.block.text)
            if years:
                return int(years[-1])
        if self.res.title:
            years = _YEAR_RE.findall(self.res.title)
            if years:
                return int(years[-1])
        return None

    # tasks

    def _tasks(self, article: ArticleBlock) -> None:
        for node in article.walk():
            if node.children or self._part_of(article, node) != "tasks":
                continue
            if _is_row(node):
                self._table_task(node)
                continue
            if node.style not in ("para", "dash", "plus", "alpha") and len(node.body) < 80:
                continue  # a heading with no content below it
            text = node.body.strip()
            refs = self._refs(node.block, node.body_start)
            task_bodies = [
                model.Body(name, self.span(node.body_start + s, node.body_start + e))
                for s, e, name in bodies.find_bodies(node.body)
            ]
            addressee = self._addressee(node)
            task_bodies = _outside(task_bodies, refs)
            if addressee is not None and all(b.name != addressee.name for b in task_bodies):
                task_bodies.insert(0, addressee)
            self.res.tasks.append(
                model.Task(
                    text=text,
                    span=self.span(node.body_start, node.block.end),
                    topic_path=_topic_path(node),
                    references=refs,
                    bodies=task_bodies,
                )
            )

    def _addressee(self, node: Node) -> model.Body | None:
        """The body a heading above `node` consists of, the one its tasks are for: "1. Ủy ban
        nhân dân tỉnh" over "a) Chỉ đạo rà soát …" (a supervision resolution's requests), "3.
        Sở Y tế:" in a part of tasks."""
        for ancestor in reversed(node.path()[:-1]):
            heading = ancestor.body.rstrip(" :.*_")
            lead = len(heading) - len(heading.lstrip(" *_"))
            if m := _FOR_BODY_RE.match(heading, lead):  # "Đối với Ủy ban nhân dân tỉnh:"
                lead = m.end()
            found = bodies.find_bodies(heading)
            if len(found) != 1:
                continue
            s, e, name = found[0]
            if _whole_name(heading[lead:], s - lead, e - lead):
                return model.Body(name, self.span(ancestor.body_start + s, ancestor.body_start + e))
        return None

    def _table_task(self, node: Node) -> None:
        """A data row of a table of tasks ("| 1 | Hoàn thành … | Sở … | Quý II/2025 |"): one
        task, its cells joined by "; " without the pipes and the row number; the row is the
        span. Not the header, the separator, the heading row of a group ("| II | Về văn hóa -
        xã hội | | |"), nor a row of a table of targets (`_table_target` reads those)."""
        text = self.nt.text
        line_start = text.rfind("\n", 0, node.body_start) + 1
        top = _table_top(text, line_start, self._tops)
        row = node.body
        if _is_separator(row) or (top == line_start and not _numbered(row)):
            return
        if self._targets_table(top):
            return
        cells = _cells(row)
        number = cells[0][2] if cells and _ORDINAL_CELL_RE.fullmatch(cells[0][2]) else ""
        content = cells[1:] if number else cells
        filled = [(s, e, cell) for s, e, cell in content if cell]
        if not filled:
            return
        if len(filled) == 1 and len(content) > 1 and _GROUP_NUMBER_RE.fullmatch(number):
            return  # "| II | Về văn hóa - xã hội | | |": the heading of the rows below
        words = [cell for _, _, cell in filled]
        if not any(_WORD_RE.search(w) for w in words):
            return  # "| (1) | (2) | (3) |": the columns numbered
        task_text = "; ".join([*(w.rstrip(" .;,") for w in words[:-1]), words[-1].rstrip(" ;,")])
        base = node.body_start
        first, last = len(row) - len(row.lstrip()), len(row.rstrip())
        refs = [r for s, e, _ in filled for r in self._refs_in(base + s, base + e)]
        task_bodies = [
            model.Body(name, self.span(base + s + bs, base + s + be))
            for s, _, cell in filled
            for bs, be, name in bodies.find_bodies(cell)
        ]
        self.res.tasks.append(
            model.Task(
                text=task_text,
                span=self.span(base + first, base + last),
                topic_path=_topic_path(node),
                references=refs,
                bodies=_outside(task_bodies, refs),
            )
        )

    def _columns(self, top: int) -> tuple[int, int, int, int | None] | None:
        """The target columns the header of the table whose first row starts at `top` names
        (`_target_columns`), read once a table rather than once a row."""
        if top not in self._columns_at:
            self._columns_at[top] = _target_columns(_line_at(self.nt.text, top))
        return self._columns_at[top]

    def _targets_table(self, top: int) -> bool:
        """Whether the table whose first row starts at `top` is one of targets: its header
        names an indicator and a planned value, and a row gives a target by them."""
        known = self._tables.get(top)
        if known is None:
            rows = _table_rows(self.nt.text, top)
            columns = self._columns(top) if rows else None
            known = columns is not None and any(
                _row_target(columns, row) is not None for row in rows[1:]
            )
            self._tables[top] = known
        return known

    # assignments

    def _assignments(self, article: ArticleBlock) -> None:
        """ "Giao A, B và C <verb> …" and subject-first "A, B <verb> …" sentences, in the
        article's own sentence ("Điều 2. Giao …") and in its items; the bodies named after
        "phối hợp với" in them coordinate."""
        statements: list[tuple[int, int]] = []
        if article.number is not None and article.block is not None:
            statements.append((article.heading_start, article.block.end))
        nodes = article.walk()
        if article.number is None:
            # without "Điều", the part "Tổ chức thực hiện" is the implementation article: the
            # tasks before it are read as tasks, as they are in an article of their own
            nodes = nodes[next((i for i, n in enumerate(nodes) if _implementation(n)), 0) :]
        statements += [(node.body_start, node.block.end) for node in nodes]
        for start, end in statements:
            body = self.nt.text[start:end]
            statement = self.span(start, end)  # once: each of its assignments shares it
            for s_start, s_end in _sentences(body):
                self._assignment(statement, start + s_start, body[s_start:s_end])

    def _assignment(self, statement: model.Span, start: int, sentence: str) -> None:
        m = _ASSIGN_RE.match(sentence)
        names_start = start + m.start("rest") if m else start
        rest = m.group("rest") if m else sentence
        named = bodies.find_bodies(rest)
        verb = next((v for v in _ASSIGN_VERB_RE.finditer(rest) if not inside(v.end(), named)), None)
        if verb is None and m is None:
            return
        names_end = verb.start() if verb else len(rest)
        names = rest[:names_end]
        leads: list[tuple[int, int]] = []
        owners: dict[tuple[int, int], str] = {}  # a council's part named without its council
        for s, e in _split_names(names):
            name = rest[s:e]
            found = bodies.find_bodies(name)
            if any(_whole_name(name, b, f) for b, f, _ in found):
                leads.append((s, e))
                if _BARE_COUNCIL_RE.search(name) and (level := _council_level(names[e:])):
                    owners[(s, e)] = level  # "Thường trực HĐND, …, đại biểu HĐND tỉnh"
                continue
            opening = _opening_body(name, found)
            if opening is not None and (m is not None or names[e:].strip()):
                # a body and what it does: "Giao Sở Y tế nâng cao …", "Ủy ban nhân dân các
                # xã, thị trấn chủ động bố trí nguồn lực, phối hợp …" (the first of two
                # predicates; running straight into the verb, "Ủy ban nhân dân cấp xã chủ động
                # bố trí nguồn lực thực hiện", the subject is a clause that holds a body)
                leads.append((s, s + opening))
                break
            if not found and _COUNCIL_PART_RE.fullmatch(name):
                council = _council_after(names[e:])
                if council:  # "các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"
                    owners[(s, e)] = council
                    leads.append((s, e))
                continue
            if m is None:
                # subject-first: only a recognised body, the whole subject ("Chính phủ", not
                # "các cơ quan" nor "100% Công an xã được đầu tư")
                continue
            if not found and not name[:1].isupper():
                # after "Giao", a body is recognised or named with a capital ("Giao Sở Y tế
                # …"), not a verb ("Giao chỉ đạo …", where no body is named)
                continue
            leads.append((s, e))
        if not leads:
            return
        if verb is not None and _SUBJECT_TO_RE.match(rest, verb.start()):
            return  # "… chịu sự giám sát có trách nhiệm báo cáo": supervised, not supervising
        clause = rest[leads[-1][1] :]  # what the bodies are to do
        role = _role(clause)
        partners = [
            (leads[-1][1] + w.end() + s, leads[-1][1] + w.end() + e)
            for w in _WITH_RE.finditer(clause)
            for s, e in _partners(clause[w.end() :])
        ]
        coordinates = model.Role.COORDINATES
        led: list[tuple[int, int, model.Role]] = []  # "chỉ đạo Sở Tài chính chủ trì": it leads
        if role is model.Role.IMPLEMENTS:
            led += [(leads[-1][1] + s, leads[-1][1] + e, role) for s, e in _directed(clause)]
        for s, e, r in [
            *((s, e, role) for s, e in leads),
            *led,
            *((s, e, coordinates) for s, e in partners),
        ]:
            name = f"{rest[s:e]} {owners[(s, e)]}" if (s, e) in owners else rest[s:e]
            self.res.assignments.append(
                model.Assignment(
                    model.Body(name, self.span(names_start + s, names_start + e)),
                    r,
                    statement,
                )
            )

    # -- closing ------------------------------------------------------------------------------

    def _adoption(self, block: Block | None) -> None:
        start = block.start if block is not None else None
        if block is None:  # the statement may share a block with the last item of the body
            for candidate in reversed(self.layout.blocks):
                m = _ADOPTION_INSIDE_RE.search(candidate.text)
                if m:
                    block, start = candidate, candidate.start + m.start(1)
                    break
        if block is None or start is None:
            return
        text = self.nt.text[start : block.end]
        term, session, kind = _term_session_kind(text)
        self.res.adoption = model.Adoption(
            _adoption_date(text), term, session, self.span(start, block.end), kind
        )
        # "… thông qua ngày …, có hiệu lực … và thay thế Nghị quyết số …"
        self.res.references.extend(self._refs_in(start, block.end))

    def _in_force(self) -> None:
        """The date the resolution enters into force, where it says so of itself ("Nghị quyết
        này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026", in an article or the adoption
        statement): that date, the adoption date ("… kể từ ngày thông qua") or the date it is
        signed, its header's ("… từ ngày ký"); not "… sau 10 ngày kể từ ngày ký"."""
        text = self.nt.text
        begin = self.layout.decision.end if self.layout.decision else 0
        for m in _IN_FORCE_RE.finditer(text, begin):
            if not _OPENS_SENTENCE_RE.search(text[max(begin, m.start() - 20) : m.start()]):
                continue  # "Quy định tại khoản 2 Điều 1 Nghị quyết này có hiệu lực …": a part
            opened = text.count("“", begin, m.start()) > text.count("”", begin, m.start())
            if opened or text.count('"', begin, m.start()) % 2:
                continue  # in the text an amendment quotes: the amended resolution's
            when: date | None = None
            end = m.end()
            if m.group("on") is not None:
                found = dates.find_dates(text[m.start("day") : m.start("day") + 40])
                if found and found[0][0] == 0:
                    when, end = found[0][2], m.start("day") + found[0][1]
            elif m.group("passed"):
                when = self.res.adoption.date if self.res.adoption else None
            elif m.group("signed"):
                when = self.res.date
            if when is not None:
                self.res.in_force = when
                self.res.in_force_span = self.span(m.start(), end)
                return

    def _closing(self, blocks: list[Block]) -> None:
        in_recipients = False
        signer_blocks: list[Block] = []
        for block in blocks:
            text = block.text
            m = RECIPIENTS_RE.match(text)
            if m:
                in_recipients = True
                rest = text[m.end() :].strip()
                if rest:
                    self._recipient(block, block.start + m.end())
                continue
            if in_recipients and text.startswith(("-", "+", "•")):
                self._recipient(block, block.start + 1)
                continue
            in_recipients = False
            signer_blocks.append(block)
        self._signer(signer_blocks)

    def _recipient(self, block: Block, start: int) -> None:
        """One line of "Nơi nhận:": one recipient, or several when the line lists bodies each
        named in full ("UBND tỉnh, UBMTTQVN tỉnh", "Báo Thái Nguyên, Trung tâm Thông tin tỉnh")."""
        raw = self.nt.text[start : block.end]
        name = raw.strip().rstrip(";.,").strip()
        if not name or _NOT_A_RECIPIENT_RE.match(name):
            return
        s = start + (len(raw) - len(raw.lstrip()))
        for part_start, part_end in _recipient_parts(name, self.res.jurisdiction):
            part = _FOR_WHAT_RE.sub("", name[part_start:part_end])
            self.res.recipients.append(
                model.Body(part, self.span(s + part_start, s + part_start + len(part)))
            )

    def _signer(self, blocks: list[Block]) -> None:
        """ "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH / name", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"…

        The authority prefix may stand on its own line or before the title; the signer's title
        is the last title line before the name.
        """
        authority: str | None = None
        first: Block | None = None
        title: str | None = None
        for i, block in enumerate(blocks):
            text = block.text
            m_auth = _AUTHORITY_RE.match(text)
            if m_auth:
                authority = m_auth.group(1) + "."
                first = first or block
                text = m_auth.group(2)
            m = _SIGN_RE.match(text)
            if not m:
                continue
            first = first or block
            title = m.group("title")
            name = m.group("name").strip() or None
            if name is not None and name.isupper():  # "CHỦ TỊCH QUỐC HỘI": the title goes on
                title, name = f"{title} {name}", None
            end = block.end
            after = i + 1
            while after < len(blocks) and _SIGNED_RE.match(blocks[after].text.strip()):
                after += 1  # "CHỦ TỊCH" / "(Đã ký)" / name
            if name is None and after < len(blocks) and _NAME_RE.match(blocks[after].text.strip()):
                name = blocks[after].text.strip()
                end = blocks[after].end
            if name is None and after < len(blocks) and _SIGN_RE.match(blocks[after].text):
                continue  # "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH": the next line is the title
            self.res.signer = model.Signer(authority, title, name, self.span(first.start, end))
            return
        if title is not None and first is not None:
            self.res.signer = model.Signer(
                authority, title, None, self.span(first.start, first.end)
            )

    def _missing(self) -> None:
        res = self.res
        checks = (
            ("number and symbol (Số: …)", res.number),
            ("date (ngày … tháng … năm …)", res.date),
            ("title", res.title),
            ("enacting body, term and session", res.session),
            ("legal basis (Căn cứ …)", res.legal_bases),
            ("decision formula (QUYẾT NGHỊ)", self.layout.decision),
            # the articles, or the body of a resolution without "Điều"
            ("articles (Điều …)", res.articles),
            ("adoption statement", res.adoption),
            ("signer", res.signer),
            ("recipients (Nơi nhận)", res.recipients),
        )
        res.missing = [name for name, value in checks if not value]


def _adoption_date(statement: str) -> date | None:
    """The date the council passed the resolution: the first in a stretch after "thông qua"
    (`dates.passed_windows`: "… thông qua tại Kỳ họp thứ 19 ngày 10/7/2024 và có hiệu lực từ
    ngày 20/7/2024"; not "có hiệu lực kể từ ngày thông qua và thay thế Nghị quyết số … ngày
    …"), at most 120 characters after it; else the last before the first "thông qua" ("Ngày
    18 tháng 7 năm 2024, … đã thông qua"), else the last. None when a date no calendar has
    comes first there (the validator quotes it)."""
    found = dates.find_dates(statement)
    starts = [s for s, _, _ in found]
    impossible = [s for s, _ in dates.impossible_dates(statement)]
    windows = dates.passed_windows(statement)
    for start, end in windows:  # each looked up by bisection: many windows stay linear
        i = bisect_left(starts, start)
        valid = found[i] if i < len(found) and found[i][0] < end else None
        j = bisect_left(impossible, start)
        if j < len(impossible) and impossible[j] < (valid[0] if valid else end):
            return None  # "thông qua ngày 31 tháng 6 năm 2024": no such day
        if valid and valid[0] - start <= 120:
            return valid[2]
    before = [d for s, _, d in found if windows and s < windows[0][0]]
    if before:
        return before[-1]
    return found[-1][2] if found else None


_ADOPTION_INSIDE_RE = re.compile(
    r"(?:^|[.;]\s+)(Nghị quyết này\b.{0,200}?\bthông qua\b.*)$", re.IGNORECASE
)


def _items(text: str) -> list[tuple[int, int]]:
    """(start, end) of the ";"-separated items of a preamble line, opening verb skipped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r";|$", text):
        out.append((pos, m.start()))
        pos = m.end()
        if m.end() == len(text):
            break
    return [(s, e) for s, e in out if text[s:e].strip()]


def _cells(row: str) -> list[tuple[int, int, str]]:
    """The cells of a table row "| a | b |" as (start, end, text stripped), offsets in `row`; a
    row without its closing bar ("| a | b", as Markdown allows) keeps its last cell."""
    bars = [i for i, c in enumerate(row) if c == "|"]
    end = len(row.rstrip())
    if bars and bars[-1] < end - 1:
        bars.append(end)
    out = []
    for left, right in pairwise(bars):
        raw = row[left + 1 : right]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        out.append((left + 1 + lead, left + 1 + lead + len(text), text))
    return out


_INDICATOR_HEAD_RE = re.compile(r"chỉ\s+tiêu|nội\s+dung|tên", re.IGNORECASE)
_UNIT_HEAD_RE = re.compile(r"đơn\s+vị|đvt", re.IGNORECASE)
_PLAN_HEAD_RE = re.compile(r"kế\s+hoạch|mục\s+tiêu|dự\s+kiến|chỉ\s+tiêu", re.IGNORECASE)
_NOT_PLAN_HEAD_RE = re.compile(r"thực\s+hiện|ước|so\s+sánh|tỷ\s+lệ|ghi\s+chú", re.IGNORECASE)
_HEAD_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _table_top(text: str, line_start: int, tops: dict[int, int]) -> int:
    """Where the first row of the table whose row starts the line at `line_start` starts: the
    nearest row at or above it that a separator row follows (a header: two Markdown tables
    may stand one after the other, the blank line between them gone), else the first of the
    rows that run up to it. `tops` remembers the rows walked over: a table's rows, read one
    by one, are each walked over once."""
    walked: list[int] = []
    top = line_start
    while top not in tops:
        walked.append(top)
        if _is_header(text, top) or top == 0:
            break
        above = text.rfind("\n", 0, top - 1) + 1
        if not text[above : top - 1].lstrip().startswith("|"):
            break
        top = above
    top = tops.get(top, top)
    for row in walked:
        tops[row] = top
    return top


def _is_header(text: str, start: int) -> bool:
    """Whether the row starting at `start` has a separator row ("|---|") right below it."""
    row = _line_at(text, start)
    below = start + len(row) + 1
    return below < len(text) and _is_separator(_line_at(text, below)) and not _is_separator(row)


def _target_columns(header: str) -> tuple[int, int, int, int | None] | None:
    """(indicator, unit or -1, planned value, its year or None): the columns a table's first
    row names; None when it names no indicator or no planned value ("Thực hiện năm 2023" is
    no plan, "Kế hoạch năm 2024" is)."""
    heads = [cell for _, _, cell in _cells(header)]
    indicator = next(
        (
            i
            for i, h in enumerate(heads)
            if _INDICATOR_HEAD_RE.search(h) and not _HEAD_YEAR_RE.search(h)
        ),
        None,
    )
    unit = next((i for i, h in enumerate(heads) if _UNIT_HEAD_RE.search(h)), -1)
    plans = [
        i
        for i, h in enumerate(heads)
        if i not in (indicator, unit)
        and _PLAN_HEAD_RE.search(h)
        and not _NOT_PLAN_HEAD_RE.search(h)
    ]
    if indicator is None or not plans:
        return None
    years = _HEAD_YEAR_RE.findall(heads[plans[-1]])
    return indicator, unit, plans[-1], int(years[-1]) if years else None


def _row_target(
    columns: tuple[int, int, int, int | None], row: str
) -> tuple[str, quantities.TargetPhrase] | None:
    """The indicator and the target of a row of a table of targets with these `columns`
    (`_target_columns`), or None when the row holds no one planned value."""
    cells = _cells(row)
    indicator, unit, value, _ = columns
    if len(cells) <= max(indicator, unit, value):
        return None
    name, written = cells[indicator][2], cells[value][2]
    if not written or not _WORD_RE.search(name) or name[0].isdigit():
        return None  # no value, or no name: "| A | B | 1 | 2 |" numbers the columns
    unit_text = cells[unit][2] if unit >= 0 else ""
    change = re.fullmatch(r"%\s*(tăng|giảm)", unit_text, re.IGNORECASE)
    if change:  # "| % tăng | 12,5 |": a growth of 12.5%; "| % giảm | 1,5 |": a fall of 1.5%
        written, unit_text = f"{change.group(1).lower()} {written}", "%"
    line = f"{name}: {written} {unit_text}"
    # the value of the plan's cell (a number in the name, "dưới 5 tuổi", is not it)
    phrases = [p for p in quantities.parse_target_line(line) if p.value_start >= len(name) + 2]
    if len(phrases) != 1:
        return None  # a cell of two values, or of none: not one target
    return name, phrases[0]


def _is_row(node: Node) -> bool:
    return node.body.lstrip().startswith("|")


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end != -1 else len(text)]


def _table_rows(text: str, top: int) -> list[str]:
    """The rows of the table whose first row starts at `top`, up to the next table's header."""
    rows: list[str] = []
    pos = top
    while pos < len(text):
        row = _line_at(text, pos)
        if not row.lstrip().startswith("|") or (rows and _is_header(text, pos)):
            break
        rows.append(row)
        pos += len(row) + 1
    return rows


# a row number: "1", "1.2", "II", "a", "B."; the number of a group of rows: "II", "B"
_ORDINAL_CELL_RE = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-zĐđ])[.)]?")
_GROUP_NUMBER_RE = re.compile(r"(?:[IVXLC]{1,6}|[A-Z])[.)]?")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more


def _numbered(row: str) -> bool:
    """Whether a row's first cell is a row number: a data row, never a table's header."""
    cells = _cells(row)
    return bool(cells) and _ORDINAL_CELL_RE.fullmatch(cells[0][2]) is not None


def _is_separator(row: str) -> bool:
    """ "|---|:---:|": the line between a Markdown table's header and its rows."""
    cells = _cells(row)
    return bool(cells) and all(re.fullmatch(r":?-+:?", cell) for _, _, cell in cells)


# before the body a subject names: its committee, office or members ("các Ban của", "Ban Kinh
# tế - Ngân sách", "đại biểu"), not a verb ("Kiện toàn Ủy ban nhân dân cấp xã …")
_BODY_LEAD_RE = re.compile(
    r"(?:[Cc]ác\s+)?(?:(?:Ban|Tổ|Văn\s+phòng|Thường\s+trực|Đoàn)\b[^,;]{0,40}?\s+"
    r"|(?:[Tt]ổ\s+)?đại\s+biểu\s+)?(?:của\s+)?"
)
# after it, its unit's name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "… các cấp"
_BODY_TAIL_RE = re.compile(
    r"(?:\s+(?:[A-ZĐ][^\W\d_]*|tỉnh|huyện|quận|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố"
    r"|đặc\s+khu|các\s+cấp|cấp\s+(?:tỉnh|huyện|xã))|\s+-\s+[A-ZĐ][^\W\d_]*)*"
)


def _whole_name(name: str, start: int, end: int) -> bool:
    """Whether the subject `name` is the body found at [start, end) of it: that body, maybe with
    a few words before it ("các Ban của HĐND tỉnh", "đại biểu HĐND tỉnh") or its unit's name
    after it ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"); not a clause that holds a body ("100%
    Công an xã được đầu tư", "Ủy ban nhân dân cấp xã chủ động bố trí nguồn lực")."""
    lead, tail = name[:start], name[end:].rstrip()
    if not tail:
        return _BODY_LEAD_RE.fullmatch(lead) is not None
    return re.fullmatch(r"(?:[Cc]ác\s+)?", lead) is not None and bool(_BODY_TAIL_RE.fullmatch(tail))


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a block: split after ". " before a capital letter."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


def _split_names(text: str) -> list[tuple[int, int]]:
    """Split "A, B, các C và D" into the spans of A, B, các C, D; never inside a body's name
    ("Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, thị
    trấn"): a known name is taken whole."""
    named = bodies.find_bodies(text)
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r",\s*|\s+và\s+|$", text):
        if inside(m.start(), named):
            continue
        s, e = pos, m.start()
        while s < e and text[s] == " ":
            s += 1
        if e > s:
            out.append((s, e))
        pos = m.end()
        if m.end() >= len(text):
            break
    return out


def _outside(found: list[model.Body], refs: list[model.DocumentRef]) -> list[model.Body]:
    """The bodies a task names outside the documents it cites: "… Nghị quyết số 18-NQ/TW
    của Ban Chấp hành Trung ương" names the document's issuer (its `eli:passed_by`), and
    "Luật Công an nhân dân" a law, and "Chương trình hành động của Ban Chấp hành Đảng bộ
    tỉnh …" a programme, not a body the task is about (a programme's name ends before "giao",
    "do" or "phân công" and a body: "Thực hiện Chương trình … giao Sở Nội vụ chủ trì" keeps
    Sở Nội vụ)."""
    cited = [(r.span.start, r.span.end) for r in refs if r.kind is not model.DocKind.UNNUMBERED]
    return [
        b
        for b in found
        if b.span is None or not any(s <= b.span.start and b.span.end <= e for s, e in cited)
    ]


# an item of a list of documents: "Nghị quyết số …", "số …", "- Quyết định số …"
_LISTED_RE = re.compile(
    r"\s*(?:[-+•]\s*)?(?:(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Văn\s+bản)\s+)?số\b", re.I
)


def _council_after(text: str) -> str | None:
    """The council that the list `text` runs on to names ("…, các Tổ đại biểu và đại biểu Hội
    đồng nhân dân tỉnh"), which a part of it named before without it belongs to; None when
    another item comes first ("các Ban, ngành, đoàn thể": departments, not the council's)."""
    for s, e in _split_names(text):
        item = text[s:e]
        if _COUNCIL_PART_RE.fullmatch(item):
            continue
        found = bodies.find_bodies(item)
        if not found:
            return None
        start, end, _ = found[-1]
        council = _COUNCIL_NAME_RE.search(item, start, end)
        return item[council.start() : end] if council else None
    return None


# a council named without its level, at the end of a body's name ("Thường trực Hội đồng nhân
# dân", "các Ban của HĐND"), and the level a later item of its list gives it
_BARE_COUNCIL_RE = re.compile(r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND)$")
_COUNCIL_LEVEL_RE = re.compile(
    r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND)\s+(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn"
    r"|đặc\s+khu)(?!\w)"
)


def _council_level(text: str) -> str | None:
    """The level of the council the rest of a list ends with ("…, các Tổ đại biểu và đại biểu
    Hội đồng nhân dân tỉnh" → "tỉnh"), or None."""
    found = list(_COUNCIL_LEVEL_RE.finditer(text))  # the last: "… đại biểu Hội đồng nhân dân
    # tỉnh ứng cử tại huyện và đại biểu Hội đồng nhân dân huyện" is a district's list
    return found[-1].group(1) if found else None


# the parts of a council, named without it in a list that ends with it: its standing
# committee, its committees, its groups of delegates
_COUNCIL_PART_RE = re.compile(r"Thường\s+trực|(?:các\s+)?(?:Ban|Tổ\s+đại\s+biểu)")
_COUNCIL_NAME_RE = re.compile(r"Hội\s+đồng\s+nhân\s+dân\b", re.IGNORECASE)


def _implementation(node: Node) -> bool:
    """Whether `node` is the heading of a part on implementation: "III. TỔ CHỨC THỰC HIỆN",
    "III. TRÁCH NHIỆM TỔ CHỨC THỰC HIỆN VÀ HIỆU LỰC THI HÀNH", "4. Tổ chức thực hiện"; not an
    item that says who implements ("3. Giao … tổ chức thực hiện Nghị quyết.")."""
    heading = node.body.strip().strip("*_:. ")
    if _IMPLEMENTATION_HEADING_RE.fullmatch(heading):
        return True
    capitals = heading.isupper() and len(heading.split()) <= _HEADING_WORDS
    return capitals and _IMPLEMENTATION_RE.search(heading) is not None


_IMPLEMENTATION_HEADING_RE = re.compile(
    r"(?:tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm\s+thi\s+hành)(?:\s+nghị\s+quyết)?", re.I
)
_HEADING_WORDS = 15  # a heading in capitals is a few words, not a paragraph


def _partners(text: str) -> list[tuple[int, int]]:
    """The bodies named at the start of `text`, the words after "phối hợp với": "Sở Kế hoạch và
    Đầu tư, Kho bạc Nhà nước tỉnh và các cơ quan liên quan tham mưu …" gives the first two. The
    list runs on over short items that name no known body ("các sở, ngành") and ends at the first
    item that holds more than a body: the body that opens it is the last one ("Ủy ban nhân dân
    các huyện nâng cao …"); one further in is the object of what they do ("… tham mưu Ủy ban
    nhân dân tỉnh")."""
    out: list[tuple[int, int]] = []
    for s, e in _split_names(text):
        item = text[s:e]
        found = bodies.find_bodies(item)
        if not found:
            words = len(item.split())
            if words > _ITEM_WORDS and not (item[:1].isupper() and words <= _NAME_WORDS):
                break  # the words after the list
            continue  # "các sở", or a body by a name not known ("Bảo hiểm xã hội tỉnh")
        if any(_whole_name(item, b, f) for b, f, _ in found):
            out.append((s, e))
            continue
        opening = _opening_body(item, found)
        if opening is not None:
            out.append((s, s + opening))
        break
    return out


def _directed(clause: str) -> list[tuple[int, int]]:
    """The bodies a body directs to lead, in what it is to do: "chỉ đạo Sở Tài chính và Sở Nội
    vụ chủ trì, phối hợp …" gives both; each named whole, and the list followed by "chủ trì"
    (not "chỉ đạo Sở Y tế hướng dẫn …", where they do not lead)."""
    for directs in _DIRECTS_RE.finditer(clause):
        first = bodies.match_body_at(clause, directs.end())
        if first is None:
            continue
        names = clause[directs.end() :]
        out: list[tuple[int, int]] = []
        for s, e in _split_names(names[:200]):
            item = names[s:e]
            found = bodies.find_bodies(item)
            if found and _whole_name(item, found[0][0], found[0][1]):
                out.append((directs.end() + s, directs.end() + e))
                continue
            lead = _LEADS_RE.search(item)
            if found and lead is not None and item[found[0][1] : lead.start()].strip(" ,") == "":
                out.append((directs.end() + s, directs.end() + s + found[0][1]))
                return out
            break
        if out and _LEADS_RE.match(clause, out[-1][1]):
            return out
    return []


# what a recipient receives the text for: "(Báo cáo)", "(b/c)", "(để biết)", "(để phê chuẩn)"
_FOR_WHAT_RE = re.compile(
    r"\s*\((?:để\s+)?(?:báo\s+cáo|b/c|thực\s+hiện|t/h|biết|phê\s+chuẩn|p/c|chỉ\s+đạo|"
    r"theo\s+dõi|giám\s+sát|thi\s+hành|đăng\s+(?:công\s+báo|tải|website)[^()]*)\)\s*$",
    re.IGNORECASE,
)
# a line of "Nơi nhận:" that names no one: the file copy ("Lưu: VT"), the bodies an article
# names ("Như Điều 4;", "Như trên;")
_NOT_A_RECIPIENT_RE = re.compile(r"^(?:Lưu\b|Như\s+(?:trên|Điều|khoản)\b)", re.IGNORECASE)
# a word that says whose a body is: its unit, or a level of the state
_UNIT_WORD_RE = re.compile(
    r"(?<!\w)(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|khu\s+vực)"
    r"(?!\w)",
    re.IGNORECASE,
)


def _recipient_parts(line: str, jurisdiction: str | None) -> list[tuple[int, int]]:
    """(start, end) of the recipients a line of "Nơi nhận:" names: its parts between commas
    (not inside brackets nor inside a body's name) when each starts with a capital and says
    whose it is (a central body, or a unit: "tỉnh", the province's name); else the whole line. A
    part that does not ("HĐND" of "HĐND, UBND các huyện", "TT HĐND" of "TT HĐND, UBND các xã")
    shares the unit of the last one: the line is one recipient, as it is with "Văn phòng:
    Tỉnh ủy, Ủy ban nhân dân tỉnh" (the offices of both)."""
    whole = [(0, len(line))]
    if ":" in line:
        return whole
    named = bodies.find_bodies(line)
    parts: list[tuple[int, int]] = []
    depth, pos = 0, 0
    for i, ch in enumerate(line):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0 and not inside(i, named):
            parts.append((pos, i))
            pos = i + 1
    parts.append((pos, len(line)))
    if len(parts) == 1:
        return whole
    trimmed = []
    for a, b in parts:
        text = line[a:b]
        a += len(text) - len(text.lstrip())
        b = a + len(text.strip())
        trimmed.append((a, b))
    for a, b in trimmed:
        part = _FOR_WHAT_RE.sub("", line[a:b])
        if not part[:1].isupper():
            return whole
        central = bodies.canonical_body(part, jurisdiction).scope == bodies.TW
        if central or _UNIT_WORD_RE.search(part) or find_province(part) is not None:
            continue
        if bodies.find_bodies(part) and not bodies.unit_level(part, jurisdiction):
            continue  # a body only a province has: "Sở Nội vụ, Sở Tài chính"
        if not (jurisdiction and jurisdiction in part):  # "Báo Thái Nguyên"
            return whole
    return trimmed


def _opening_body(item: str, found: list[tuple[int, int, str]]) -> int | None:
    """The end of the body that opens `item` ("các" may stand before it) and is followed by
    what it does, in lower case ("Sở Y tế nâng cao …"), or None."""
    if not found or re.fullmatch(r"(?:[Cc]ác\s+)?", item[: found[0][0]]) is None:
        return None
    end = found[0][1]
    return end if item[end:].lstrip()[:1].islower() else None


# the most words of an item of a list that names no known body: "các sở", "đơn vị liên quan";
# with a capital, a body's name ("Bảo hiểm xã hội tỉnh", "Trung tâm Y tế huyện")
_ITEM_WORDS = 4
_NAME_WORDS = 6


_SUBJECT_TO_RE = re.compile(r"\s*chịu\s+sự\s+", re.IGNORECASE)
_RESPONSIBLE_RE = re.compile(r"^(?:có|chịu)\s+trách\s+nhiệm\s+")


def _role(clause: str) -> model.Role:
    """The role of the bodies a clause follows: "chủ trì" leads (implements), then "giám sát",
    then "phối hợp"."""
    lowered = _RESPONSIBLE_RE.sub("", clause.lower().lstrip(" ,"))  # "có trách nhiệm phối hợp"
    if lowered.startswith("chủ trì"):
        return model.Role.IMPLEMENTS
    if "giám sát" in lowered:
        return model.Role.SUPERVISES
    if lowered.startswith("phối hợp"):
        return model.Role.COORDINATES
    return model.Role.IMPLEMENTS


def _category(path: list[Node]) -> str | None:
    for node in reversed(path[:-1]):
        for name, pattern in _CATEGORIES:
            if pattern.search(node.body):
                return name
    return None


def _topic_path(node: Node) -> tuple[str, ...]:
    """Headings from the tasks part ("Nhiệm vụ và giải pháp …") down to the task's parent."""
    chain = node.path()[:-1]
    start = 0
    for i, ancestor in enumerate(chain):
        if _TASKS_HEADING_RE.search(ancestor.body):
            start = i
            break
    return tuple(_heading_with_label(n) for n in chain[start:])


def _heading_with_label(node: Node) -> str:
    label = f"{node.label}. " if node.style in ("num", "num2", "num3", "roman") else ""
    if node.style in ("alpha", "num_paren"):
        label = f"{node.label}) "
    return label + node.body.strip()


def _without_motto(text: str) -> str:
    """A header line without the national motto, at the same offsets: what stands before the
    motto if anything does ("HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI …", two columns side by side),
    else what follows it (the motto over the council, both in capitals)."""
    m = _MOTTO_RE.search(text)
    if m is None:
        return text
    if text[: m.start()].strip():
        return text[: m.start()]
    return " " * m.end() + text[m.end() :]


def _continues_title(line: str, title: str) -> bool:
    """Whether a header line after the title's goes on with it: words in mixed case, not the
    enacting body, a rule, the preamble, a date nor the end of what the title said."""
    words = line.strip()
    return (
        bool(words)
        and len(words) + len(title) < 600
        and not title.rstrip().endswith((".", ";", ":"))
        and any(c.islower() for c in words)
        and words[:1].isalpha()
        and not _is_session_line(words)
        and not _opens_a_part(words)
        and not _MOTTO_RE.search(words)
        # the council's own line ("Hội đồng nhân dân tỉnh Lâm Đồng" over "Khóa X, …"), unless
        # the title's last words call for a body ("… của", "… và bầu bổ sung")
        and not (_COUNCIL_RE.match(words) and not _CALLS_FOR_MORE_RE.search(title))
        and not (dates.find_dates(words) and "ngày" in words.lower()[:40])
    )


_MOTTO_RE = re.compile(r"Độc\s+lập\s*[-–]\s*Tự\s+do|CỘNG\s+HÒA\s+XÃ\s+HỘI", re.IGNORECASE)
_CALLS_FOR_MORE_RE = re.compile(
    r"(?:của|và|cho|tại|với|đối\s+với|thuộc|bầu|bầu\s+bổ\s+sung|miễn\s+nhiệm|bãi\s+nhiệm)$",
    re.IGNORECASE,
)


def _opens_a_part(line: str) -> bool:
    """Whether a line opens the preamble, the decision or an article (as the layout reads
    them), or is the number's line: not a title's."""
    return any(p.match(line) for p in (BASIS_RE, CONSIDERED_RE, DECISION_RE, ARTICLE_RE)) or bool(
        re.match(r"Số\s*:", line, re.IGNORECASE)
    )


def _is_session_line(text: str) -> bool:
    """The enacting-body line: a term or a numbered session, or a council's special session
    (a title may speak of "kỳ họp chuyên đề" too, but does not begin with the council)."""
    return bool(
        _SESSION_RE.search(text)
        or _TERM_RE.search(text)
        or (_SPECIAL_SESSION_RE.search(text) and _COUNCIL_RE.match(text))
    )


def _term_session_kind(text: str) -> tuple[int | None, int | None, str | None]:
    """The term ("KHÓA XIV"), session number ("KỲ HỌP THỨ HAI MƯƠI BA") and special-session
    kind ("KỲ HỌP CHUYÊN ĐỀ": a concept of vocab/session-kind) a line names, each or None."""
    term = None
    m_term = _TERM_RE.search(text)
    if m_term:
        raw = m_term.group(1)
        term = int(raw) if raw.isdigit() else parse_roman(raw)
    m_session = _SESSION_RE.search(text)
    m_kind = _SPECIAL_SESSION_RE.search(text)
    return (
        term,
        parse_ordinal(m_session.group(1)) if m_session else None,
        _SESSION_KIND_OF[" ".join(m_kind.group(1).lower().split())] if m_kind else None,
    )


# the words of a unit before its name: tỉnh, thành phố, huyện, quận, thị xã, xã, phường,
# thị trấn, đặc khu
_UNIT_WORDS = frozenset(
    {"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn", "đặc", "khu"}
)
_UNIT_LAST_WORDS = frozenset({"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "khu"})


def _title_case(text: str) -> str:
    """ "HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN" → "Hội đồng nhân dân tỉnh Thái Nguyên"."""
    if not text.isupper():
        return text
    words = text.split()
    lowered = [w.lower() for w in words]
    out: list[str] = []
    proper = False
    for i, word in enumerate(lowered):
        if i == 0:
            out.append(word.capitalize())
            continue
        if word in _UNIT_WORDS and not proper:
            out.append(word)
            proper = word in _UNIT_LAST_WORDS  # the name follows: "thị xã PHỔ YÊN"
            continue
        out.append(word.capitalize() if proper else word)
    return " ".join(out)
