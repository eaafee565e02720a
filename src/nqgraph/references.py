"""Document references anywhere in a stretch of normalised text.

Three families, in order of precedence when they overlap:

1. numbered references: an identifier (see `identifiers`), optionally preceded by a type word and
   "số", followed by an optional date, an optional issuer ("của <body>") and an optional subject
   ("về …", or "quy định/ban hành/phê duyệt/hướng dẫn …"). The span runs from the type word to the
   end of the issuer phrase; the subject becomes the title and ends at ";", a full stop, a line
   end, the next numbered reference or an unnumbered document beside it (", Báo cáo thẩm tra
   …", " và ý kiến … đại biểu …") (a subject that opens with a quote ends at the quote).
   "về việc (tiếp tục) thực hiện <reference>" makes that reference the `about` of this one, and
   "sửa đổi, bổ sung (một số điều của) <reference>" makes it what this one `amends`.
2. laws by name: "Luật" or "Bộ luật" followed by a capitalised word. The name ends at ",", ";",
   ".", "(", ":", " và ", a digit, a table's "|", or a connective word (`_LAW_STOP`);
   "Phòng, chống" is kept together, and so is a name of `law_names` ("Luật Cán bộ, công
   chức"). An optional date follows, or the law's year alone ("Luật Đất đai năm 2024", "Luật
   Đất đai 2013"): laws of one name and two years are two documents. "Luật sửa đổi, bổ sung …
   của Luật A và Luật B" (either case) is one law that `amends` A and B.
3. named documents without numbers: capitalised "Chương trình", "Đề án", "Quy hoạch", "Chiến lược",
   "Kế hoạch", "Biên bản ghi nhớ". A quoted name ends at the closing quote. Otherwise the name ends
   after a period phrase ("giai đoạn 2021 - 2025", "thời kỳ …", "đến năm 2030", plus ", tầm
   nhìn/định hướng đến năm …") when one comes before any ";", full stop, ":" or connective
   (`_NAMED_STOP`); else at the first of those or ",". The head preceded by a count ("03 Chương
   trình …") is a generic mention, not a name.

Laws and named documents inside a numbered reference (span or title) are not separate references.
"A được sửa đổi, bổ sung bởi B", of any two references: B `amends` A.
"thay thế" / "bãi bỏ" right before a reference, with this resolution for subject ("Nghị quyết
này (có hiệu lực … và) thay thế …", "Kể từ ngày Nghị quyết này có hiệu lực, bãi bỏ …") or none
(an article or item that opens with "Bãi bỏ …"), is what the text's resolution does to it
(`change`); "sửa đổi, bổ sung (một số điều của | khoản 2 Điều 3 của)" and "bãi bỏ Điều 3 của"
amend it; so is each reference of the same type and issuer listed after it ("…, …", "… và
…", and "…; …" in a list opened by "các" or ":"). A clause that opens with references and says
they "hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực" repeals them too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from nqgraph.bodies import find_bodies, match_body_at
from nqgraph.dates import match_date_at
from nqgraph.doctypes import BY_NAME, DOC_TYPES, by_code
from nqgraph.identifiers import Identifier, find_identifiers
from nqgraph.law_names import known_law_name_end
from nqgraph.matching import Taken, inside
from nqgraph.model import Body, Change, DocKind, DocumentRef, Span

ToSpan = Callable[[int, int], Span]

_TYPE_WORDS = sorted((t.vi for t in DOC_TYPES), key=len, reverse=True)
_TYPE_BEFORE_RE = re.compile(
    r"(?<![\w])(?<!pháp\s)(?P<word>" + "|".join(re.escape(w) for w in _TYPE_WORDS) + r")"
    # "Báo cáo thẩm tra số 110/BC-HĐND": a committee's review; "Báo cáo giải trình, tiếp thu số"
    r"(?:\s+(?:(?:kết\s+quả\s+)?thẩm\s+tra|giải\s+trình|tiếp\s+thu|tổng\s+hợp)"
    r"(?:\s*,\s*|\s+và\s+)?(?:giải\s+trình|tiếp\s+thu)?)?"
    r"(?:\s+(?:số\s*:?\s*)?|\s*số\s*:?\s*)$",
    re.IGNORECASE,
)
_SO_BEFORE_RE = re.compile(r"(?<![\w])số\s*:?\s*$", re.IGNORECASE)
_GAP_RE = re.compile(r"\s*,?\s*")
_SKIP_RE = re.compile(r"[ ,]*")
# the unnumbered documents a preamble item may name beside a numbered one ("Tờ trình số 45 …,
# Báo cáo thẩm tra của Ban … và ý kiến thảo luận của đại biểu …"; read by the reader): a subject
# or an issuer ends before them
#: how a committee's review is named: "Báo cáo thẩm tra", "Báo cáo kết quả thẩm tra"
REVIEW_HEAD = r"Báo\s+cáo\s+(?:kết\s+quả\s+)?thẩm\s+tra"
_BESIDE = rf"(?=(?:{REVIEW_HEAD}|ý\s+kiến\s+(?:thảo\s+luận\s+)?(?:của\s+)?đại\s+biểu)\b)"
_BESIDE_RE = re.compile(rf"(?:\s*,|\s+và)\s+{_BESIDE}", re.IGNORECASE)
# the words before a document a title names: "… một số điều của", "… ban hành kèm theo" (not
# "… theo", "… tại": "được bố trí từ nguồn ngân sách theo Nghị quyết số …" is a clause of its
# own, whose dangling word `_clean_title` drops)
_POINTS_TO_NEXT_RE = re.compile(r"\s(?:của|ban\s+hành\s+kèm\s+theo)\s*$", re.IGNORECASE)
# what the sentence says of the document, not its title: "… về chính sách … hết hiệu lực kể
# từ ngày …", "… tỉnh Long An, đã được điều chỉnh, bổ sung tại Nghị quyết số 36 …"
_CHANGED = r"(?:sửa\s+đổi|điều\s+chỉnh|bổ\s+sung|thay\s+thế)"
_EXPIRES_RE = re.compile(
    # "hết hiệu lực (thi hành) kể từ …", not a title's "… hết hiệu lực toàn bộ hoặc một phần"
    r"\s+(?:đã\s+|sẽ\s+)?hết\s+hiệu\s+lực(?:\s+thi\s+hành)?(?=\s+(?:kể\s+)?từ\b|\s*[.;,]|\s*$)"
    # "…, đã được điều chỉnh, bổ sung tại …", not "… được bổ sung năm 2024"
    rf"|\s*,?\s+(?:đã\s+)?được\s+{_CHANGED}(?:(?:\s*,\s*|\s+và\s+){_CHANGED})*"
    r"\s+(?:tại|bởi|theo)\b",
    re.IGNORECASE,
)
# "… như sau:" ("as follows"), which opens what an article does to the document, not its title;
# "(bao) gồm / với / theo / có các nội dung (cụ thể) (như) sau (đây):" too
_AS_FOLLOWS_RE = re.compile(
    r"(?:\s*,)?\s+(?:(?:với|(?:bao\s+)?gồm|theo|có)\s+(?:các\s+|những\s+)?nội\s+dung"
    r"(?:\s+(?:cụ\s+thể|chủ\s+yếu))?\s+(?:như\s+)?sau|(?:cụ\s+thể\s+)?như\s+(?:sau|dưới))"
    r"(?:\s+đây)?(?=\s*(?:[:.;]|$))",
    re.MULTILINE | re.IGNORECASE,
)
_ISSUER_STOP_RE = re.compile(
    r"\s+về\s|[;,.(\n]|\s+(?:quy định|ban hành|phê duyệt|hướng dẫn|tại|đã|theo)\s"
    rf"|\s+sửa đổi[,\s]|\s+và\s+{_BESIDE}"
)
_SUBJECT_RE = re.compile(r"về\s+|(?=(?:quy định|ban hành|phê duyệt|hướng dẫn)\s|sửa đổi[,\s])")
_ABOUT_RE = re.compile(r"(?:việc\s+)?(?:tiếp tục\s+)?(?:triển khai\s+)?thực hiện\s+")
# "Luật … số 64/2025/QH15 (đã) được sửa đổi, bổ sung (một số điều) bởi/theo Luật số 87/2025/QH15"
_AMENDED_BY_RE = re.compile(
    r"\s*,?\s*(?:đã\s+)?được\s+sửa đổi,?\s+bổ sung(?:\s+một số điều)?\s+(?:bởi|theo|tại)\s+"
)

# "thay thế (toàn bộ) (các Nghị quyết sau:) <reference>"
_REPEAL_VERB_RE = re.compile(
    r"(?<![^\W\d_])(?P<verb>thay\s+thế|bãi\s+bỏ)\s+(?:toàn\s+bộ\s+)?"
    r"(?P<list>(?:các|những)\s+(?:văn\s+bản|nghị\s+quyết|quyết\s+định)(?:\s+sau(?:\s+đây)?)?"
    r"\s*:?\s*)?$",
    re.IGNORECASE,
)
_REPEAL_OF = {"thay thế": Change.REPLACES, "bãi bỏ": Change.REPEALS}
# the parts of a document an amendment names: "Điều 3", "khoản 2 Điều 3", "điểm a, b khoản 2
# Điều 3", "các khoản 1 và 2 Điều 5"
_PARTS = (
    r"(?:(?:các\s+)?điểm\s+[a-zđ](?:\s*(?:,|và)\s*(?:điểm\s+)?[a-zđ])*\s+)?"
    r"(?:(?:các\s+)?khoản\s+\d+(?:\s*(?:,|và)\s*(?:khoản\s+)?\d+)*\s+)?"
    r"(?:các\s+)?Điều\s+\d+[a-z]?(?:\s*(?:,|và)\s*(?:Điều\s+)?\d+[a-z]?)*"
    r"|một\s+số\s+(?:điều|nội\s+dung)(?:\s+và\s+phụ\s+lục)?"
)
# the rules or annex a resolution issued: "(một số điều của) Quy định về … ban hành kèm theo"
_ISSUED_WITH = (
    r"(?:(?:của\s+)?(?:Quy\s+định|Quy\s+chế|Phụ\s+lục)\b[^.;:]{0,160}?\s+ban\s+hành\s+"
    r"kèm\s+theo\s+)"
)
# "sửa đổi, bổ sung (một số điều của | khoản 2 Điều 3 của | Quy định … ban hành kèm theo)
# <reference>", and a repeal of its parts ("bãi bỏ Điều 3 của <reference>"): the document stays
# in force, amended. Not "bổ sung" alone: "Bổ sung Nghị quyết số … vào Danh mục …"
_AMEND_VERB_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:sửa\s+đổi(?:\s*,\s*|\s+và\s+)bổ\s+sung|sửa\s+đổi)\s+"
    rf"(?:(?:{_PARTS})(?:\s+của|\s+tại)?\s+)?{_ISSUED_WITH}?"
    rf"|bãi\s+bỏ\s+(?:{_PARTS})(?:\s+của|\s+tại)?\s+{_ISSUED_WITH}?)$",
    re.IGNORECASE,
)
# the next document amended in a list: "… Điều 1 Nghị quyết số A và Điều 2 (của) Nghị quyết số B"
_PART_JOIN_RE = re.compile(rf"(?:,|\svà)\s*(?:{_PARTS})(?:\s+của|\s+tại)?\s+$", re.IGNORECASE)
_PART_WINDOW = 80  # characters before a document where the parts named of it are looked for
# "Nghị định số 82/2023/NĐ-CP sửa đổi, bổ sung (một số điều của | khoản 2 Điều 5) Nghị định số
# 120/2016/NĐ-CP"
_AMENDING_RE = re.compile(rf"sửa đổi,?\s+bổ sung(?:\s+(?:{_PARTS}))?(?:\s+của)?\s+")
# a title that is only a verb whose object is the next document runs on over it, as "việc thực
# hiện Nghị quyết số …" does: "về việc thông qua Báo cáo số 7 …", "về việc bãi bỏ (khoản 1,
# khoản 3 Điều 2) Nghị quyết số 05 …"; not a verb further in ("… về chính sách A và bãi bỏ
# Nghị quyết số 06 …": the resolution's own), nor a preposition ("… được sửa đổi, bổ sung tại
# Nghị quyết số 06 …")
_VERB_OF_NEXT_RE = re.compile(
    r"(?:việc\s+)?(?:đề\s+nghị\s+)?(?:thông\s+qua|bãi\s+bỏ|h[ủu]y\s+bỏ|phê\s+duyệt|điều\s+chỉnh|"
    r"thay\s+thế|sửa\s+đổi(?:\s*,\s*|\s+và\s+)bổ\s+sung|sửa\s+đổi|bổ\s+sung)"
    rf"(?:\s+(?:{_PARTS}))?(?:\s+(?:của|tại))?\s+",
    re.IGNORECASE,
)
# the clause before the verb: none, or this resolution ("Nghị quyết này", "Nghị quyết này có
# hiệu lực … và", "Kể từ ngày Nghị quyết này có hiệu lực,"), or a title's "Về việc", not a
# body that is to draft one
_REPEAL_SUBJECT_RE = re.compile(
    r"(?:(?:kể\s+)?từ\s+ngày\s+nghị\s+quyết\s+này\s+có\s+hiệu\s+lực[^.;:]*?,"
    r"|về\s+việc"
    r"|nghị\s+quyết\s+này(?:\s+(?:có|đã|được)\s[^.;:]*?(?:,|\s+và))?)?"
    r"\s*(?:đồng\s+thời,?)?\s*",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(r"[.;:](?=\s)|\n")
# "A, B", "A và B", and "A; B" or "A; và B" in a list
_LIST_JOIN_RE = re.compile(r"(?:,|\svà|(?P<semicolon>;)(?:\s*và)?)\s*$")
_JOIN_WINDOW = 8  # characters before a document where its join is looked for
_SENTENCE_BREAK_RE = re.compile(r"\.\s|\n|;")  # what ends a run of documents joined
_LIST_ITEM_BREAK_RE = re.compile(r"\.\s|\n")  # … in a list, whose items may end with ";"
_PAREN_RE = re.compile(r"[()]")

_LAW_RE = re.compile(r"(?<![\w])(?:Bộ luật|Luật)\s+(?=[^\W\d_])")
_AMEND_RE = re.compile(
    r"[Ss]ửa đổi,?\s+bổ sung(?:\s+một số điều)?(?:\s+của)?\s+(?=(?:Bộ luật|Luật)\s)"
)
_LAW_STOP = frozenset(
    [
        "và",
        "của",
        "về",
        "để",
        "nhằm",
        "theo",
        "trong",
        "tại",
        "đã",
        "được",
        "khi",
        "cho",
        "với",
        "trên",
        "đến",
        "thì",
        "là",
        "có",
        "ngày",
        "năm",
        "số",
        "sau",
        "trước",
        "nhưng",
        "hoặc",
        "này",
        "đó",
        "những",
        "các",
        "đối",
        "thuộc",
        "như",
    ]
)
_AGAINST_RE = re.compile(r"\s*chống ")  # "Luật Phòng, chống tham nhũng": one name
_LAW_JOIN_RE = re.compile(r"(?:\s*,\s*|\s+và\s+)(?=(?:Bộ luật|Luật)\s+[^\W\d_])")

_NAMED_HEADS = ("Biên bản ghi nhớ", "Chương trình", "Chiến lược", "Quy hoạch", "Kế hoạch", "Đề án")
_NAMED_RE = re.compile(r"(?<![\w])(?:" + "|".join(_NAMED_HEADS) + r")(?![\w])")
_COUNT_BEFORE_RE = re.compile(r"\d\s+$")
_PERIOD_RE = re.compile(
    r"(?:(?:giai đoạn|thời kỳ|\d+\s+năm)\s*,?\s+\d{4}\s*-\s*\d{4}|đến\s+năm\s+\d{4})"
    r"(?:(?:\s*,\s*|\s+và\s+)(?:tầm nhìn|định hướng)(?:\s+đến)?(?:\s+năm)?\s+\d{4})?"
)
_NAMED_HARD_RE = re.compile(r"[;:(\n|]|\.(?=\s|$)|\.\.\.")  # "|": a table's cell
_NAMED_CONNECTIVE_RE = re.compile(
    r"\s(?:để|nhằm|đảm bảo|bảo đảm|theo|đã|được|ngay|trong đó|gắn với|đối với|tại|và các)\s"
)
# "… giao (Chủ tịch) Sở Nội vụ chủ trì", "… giao (Giám đốc) các sở, ngành", "… do Sở Nội vụ chủ
# trì": the actors, after the name (not "giao thông", "bàn giao", "chuyển giao"); but "do Thủ
# tướng Chính phủ phê duyệt" names the programme's approver, a part of its name
_NAMED_ACTOR_RE = re.compile(
    r"(?<!bàn)(?<!chuyển)\s(?:giao(?:\s+cho)?|(?P<do>do)|phân\s+công)\s+"
    r"(?:(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Thủ\s+trưởng|Trưởng|Bí\s+thư)\s+)?"
    r"(?P<plural>các\s+(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương)\b)?"
)
_APPROVED_RE = re.compile(r"\s+(?:phê\s+duyệt|ban\s+hành|thông\s+qua|ký)\b")
_GAP_AFTER_RE = re.compile(r"\s+")
_NAMED_MAX = 500  # characters: the longest names read are about 270


@dataclass
class _Numbered:
    ident: Identifier
    start: int
    end: int  # end of the span (identifier, date or issuer)
    doc_type: str
    date: date | None = None
    issuer: tuple[int, int] | None = None
    subject: int | None = None  # where the title starts
    title_end: int | None = None
    about: list[_Numbered] = field(default_factory=list)
    amends: list[_Numbered] = field(default_factory=list)


def find_references(
    text: str, to_span: ToSpan, jurisdiction: str | None = None
) -> list[DocumentRef]:
    """All document references in `text`, ordered by start offset, without overlaps.

    `to_span(start, end)` turns offsets into `text` into a `Span`. `jurisdiction` is accepted for
    symmetry with the other recognisers; bodies are returned as written.
    """
    numbered = _numbered(text)
    taken = Taken(
        [(n.start, n.end) for n in numbered]
        + [(n.subject, n.title_end) for n in numbered if n.subject is not None and n.title_end]
    )
    refs: list[tuple[int, int, DocumentRef]] = [
        (n.start, n.end, _numbered_ref(text, n, to_span)) for n in numbered
    ]
    for start, end, ref in _laws(text, to_span) + _named(text, to_span):
        if taken.overlaps(start, end):
            continue
        taken.take(start, end)
        refs.append((start, end, ref))
    refs.sort(key=lambda r: (r[0], r[1]))
    merged = _merge_numbered_laws(text, refs, to_span)
    _amended_by(text, merged)
    _repealed(text, merged)
    _ceasing(text, merged)
    return [r for _, _, r in merged]


def _amended_by(text: str, refs: list[tuple[int, int, DocumentRef]]) -> None:
    """ "A được sửa đổi, bổ sung bởi B": B amends A."""
    for (_, end, amended), (start, _, amending) in pairwise(refs):
        m = _AMENDED_BY_RE.match(text, end)
        if m and m.end() == start and amended not in amending.amends:
            amending.amends.append(amended)


def _repealed(text: str, refs: list[tuple[int, int, DocumentRef]]) -> None:
    """ "Nghị quyết này thay thế A, B và C", "Bãi bỏ A", "Sửa đổi, bổ sung một số điều của A":
    what this resolution does to each."""
    last: _Changed | None = None  # the last one changed, and the text read since
    repealing = False  # the verb repeals ("bãi bỏ Điều 5 của A"), rather than amends
    for start, _, ref in refs:
        if last is not None:
            last.read_to(start)
        verb = _REPEAL_VERB_RE.search(text, max(0, start - 80), start)
        amend = None if verb else _AMEND_VERB_RE.search(text, max(0, start - 300), start)
        if verb is not None and _says_this_resolution(text, verb.start()):
            ref.change = _REPEAL_OF[" ".join(verb.group("verb").lower().split())]
            last = _Changed(text, start, ref, in_list=bool(verb.group("list")))
            continue
        if amend is not None and _says_this_resolution(text, amend.start()):
            ref.change = Change.AMENDS
            repealing = amend.group(0).lower().startswith("bãi")  # not "sửa đổi"
            last = _Changed(text, start, ref, in_list=False)
            continue
        if last is None:
            continue
        if (ref.doc_type, ref.issuer_code) == (last.ref.doc_type, last.ref.issuer_code):
            change = last.ref.change
            join = _LIST_JOIN_RE.search(text, max(0, start - _JOIN_WINDOW), start)
            parts = None  # "… Điều 1 A và Điều 2 (của) B": the parts of each named
            if join is not None and change is Change.AMENDS and repealing:
                change = Change.REPEALS  # "bãi bỏ Điều 5 của A và B": B whole
            elif join is None and change is Change.AMENDS:
                join = parts = _PART_JOIN_RE.search(text, max(0, start - _PART_WINDOW), start)
            semicolon = join is not None and join.groupdict().get("semicolon")
            # "A về việc … theo C và B": B is named in A's title; not so when C is in a
            # parenthesis closed before B ("A (đã được sửa đổi tại C) và B"); "A (… C và B)"
            if (
                join is not None
                and not last.broken
                and (last.in_list or not semicolon)
                and last.depth == 0
                and (semicolon or parts is not None or last.bracketed)
            ):
                ref.change = change
                last = _Changed(text, start, ref, last.in_list)
                continue
        last.passed()


class _Changed:
    """A document the resolution changes, at `start`, and what the text from it up to the next
    reference holds, read once: a sentence break (in a list, whose items end with ";", a full
    stop or a new line), how many parentheses are open, and whether every document in between
    was in one ("A (đã được sửa đổi tại C) và B": B is joined to A)."""

    def __init__(self, text: str, start: int, ref: DocumentRef, in_list: bool) -> None:
        self.text, self.ref, self.in_list = text, ref, in_list
        self.origin = self.pos = start
        self.stop = _LIST_ITEM_BREAK_RE if in_list else _SENTENCE_BREAK_RE
        self.broken, self.depth, self.bracketed = False, 0, True

    def read_to(self, end: int) -> None:
        if end <= self.pos:
            return
        # from one character back: a ". " across the boundary
        if not self.broken and self.stop.search(self.text, max(self.origin, self.pos - 1), end):
            self.broken = True
        for m in _PAREN_RE.finditer(self.text, self.pos, end):
            self.depth = self.depth + 1 if m.group() == "(" else max(0, self.depth - 1)
        self.pos = end

    def passed(self) -> None:
        """A document not joined lies here, between this one and the next."""
        self.bracketed = self.bracketed and self.depth > 0


def _ceasing(text: str, refs: list[tuple[int, int, DocumentRef]]) -> None:
    """ "Nghị quyết số A (và Nghị quyết số B) hết hiệu lực kể từ ngày Nghị quyết này có hiệu
    lực", or "Kể từ ngày Nghị quyết này có hiệu lực, A hết hiệu lực": this resolution repeals A
    and each document of A's type and issuer joined to it by "," or "và" (not one A's title
    names); not a document that ends on a day of its own ("… hết hiệu lực ngày 31/12/2025")."""
    for m in _CEASES_RE.finditer(text):
        window = max(0, m.start() - 600)
        breaks = [b.end() for b in _CLAUSE_BREAK_RE.finditer(text, window, m.start())]
        if not breaks and window > 0:
            continue
        clause = breaks[-1] if breaks else 0
        subjects = [(s, ref) for s, e, ref in refs if clause <= s and e <= m.start()]
        opener = _CEASING_OPENER_RE.fullmatch(text[clause : subjects[0][0]]) if subjects else None
        if opener is None:
            continue
        if not (opener.group("since") or _THIS_RESOLUTION_RE.search(m.group("when"))):
            continue  # it ends on a day of its own
        first = subjects[0][1]
        first.change = first.change or Change.REPEALS
        # "A, B và C": not a document A's title names ("A về việc … C và D"), nor one in a
        # parenthesis still open ("A (đã được sửa đổi tại C và D)")
        last = _Changed(text, subjects[0][0], first, in_list=False)
        for s, ref in subjects[1:]:
            last.read_to(s)
            if (
                (ref.doc_type, ref.issuer_code) == (first.doc_type, first.issuer_code)
                and _LIST_JOIN_RE.search(text, max(0, s - _JOIN_WINDOW), s)
                and last.depth == 0
                and last.bracketed
            ):
                ref.change = ref.change or Change.REPEALS
                last = _Changed(text, s, ref, in_list=False)
            else:
                last.passed()


# "… hết hiệu lực (thi hành) kể từ ngày Nghị quyết này có hiệu lực (thi hành)"
_CEASES_RE = re.compile(
    r"(?<![^\W\d_])hết\s+hiệu\s+lực(?:\s+thi\s+hành)?(?![^\W\d_])(?P<when>[^.;\n]*)", re.I
)
_THIS_RESOLUTION_RE = re.compile(r"nghị\s+quyết\s+này", re.IGNORECASE)
# what may stand before the first document that ceases: a bullet, "Kể từ ngày Nghị quyết này
# có hiệu lực (thi hành),", "Đồng thời,", "Các"
_CEASING_OPENER_RE = re.compile(
    r"\s*(?:[-+•]\s*)?(?P<since>(?:kể\s+)?từ\s+ngày\s+nghị\s+quyết\s+này\s+có\s+hiệu\s+lực"
    r"(?:\s+thi\s+hành)?\s*,\s*)?(?:đồng\s+thời,?\s*)?(?:các\s+)?",
    re.IGNORECASE,
)


def list_change(text: str) -> Change | None:
    """What `text`, a list's opener with this resolution for subject, says of the documents its
    items name: "Nghị quyết này thay thế các Nghị quyết sau:" replaces them, "Bãi bỏ các văn
    bản sau đây:" repeals them; None for any other text."""
    text = text.rstrip()
    if not text.endswith(":"):
        return None
    verb = _REPEAL_VERB_RE.search(text, max(0, len(text) - 120))
    if verb is None or not verb.group("list") or not _says_this_resolution(text, verb.start()):
        return None
    return _REPEAL_OF[" ".join(verb.group("verb").lower().split())]


def _says_this_resolution(text: str, verb: int) -> bool:
    """Whether the clause before a "thay thế"/"bãi bỏ" at `verb` is empty or has this resolution
    for subject."""
    window = max(0, verb - 300)
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, window, verb)]
    if not breaks and window > 0:
        return False
    clause = text[breaks[-1] if breaks else 0 : verb]
    return _REPEAL_SUBJECT_RE.fullmatch(clause) is not None


_LAW_NUMBER_GAP_RE = re.compile(r"\s*(?:số\s*)?", re.IGNORECASE)

# the year of a law named without its day: "Luật Đất đai năm 2024", "Luật Đất đai 2013"; not a
# period ("năm 2021 - 2025") nor a number ("2024/QH15")
_LAW_YEAR_RE = re.compile(r"[^\S\n]+(?:năm\s+)?((?:19|20)\d{2})(?![\d/])(?!\s*[-–]\s*\d)")


def _merge_numbered_laws(
    text: str, refs: list[tuple[int, int, DocumentRef]], to_span: ToSpan
) -> list[tuple[int, int, DocumentRef]]:
    """ "Luật Tổ chức Quốc hội số 57/2014/QH13" is one law with a name and a number.

    After an amending law's name the number is its own ("Luật sửa đổi, bổ sung một số điều của
    Luật Giáo dục đại học số 34/2018/QH14"), unless the list of laws (`law_list`) gives it to
    the law named before it: then the laws listed after are amended too, each with the number
    after its name, up to a date, which is the amending law's ("Luật sửa đổi, bổ sung một số
    điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và … ngày 29 tháng 6 năm
    2024" is one law, of that date, that amends each).
    """
    out: list[tuple[int, int, DocumentRef]] = []
    listing = False  # the last law's name lists amended laws with their numbers
    for start, end, ref in refs:
        if not out:
            out.append((start, end, ref))
            continue
        p_start, p_end, prev = out[-1]
        if (
            listing
            and prev.date is None
            and ref.kind is DocKind.LAW
            and ref.number is None
            and ref.date is None
        ):
            join = _LAW_JOIN_RE.match(text, p_end)
            if join is not None and join.end() == start:  # ", Luật Nhà ở" (its number next)
                prev.amends.append(ref)
                prev.span = to_span(p_start, end)
                out[-1] = (p_start, end, prev)
                continue
        if ref.kind is not DocKind.LAW and ref.number is not None:
            name_end = p_end if prev.amends else p_start + len(prev.title or "")
            if (
                prev.kind is DocKind.LAW
                and prev.number is None
                and prev.date is None
                and _LAW_NUMBER_GAP_RE.fullmatch(text, name_end, start)
            ):
                listing = listing or bool(prev.amends and _numbers(prev.amends[-1], ref))
                numbered = prev.amends[-1] if listing else prev
                numbered.number, numbered.symbol = ref.number, ref.symbol
                numbered.issuer_code, numbered.year = ref.issuer_code, ref.year
                prev.date, prev.issuer = ref.date, ref.issuer
                if listing:  # its name runs to this number; the date after the list is its own
                    named_to = text.find(ref.symbol or "", start, end)
                    if ref.symbol and named_to != -1:
                        prev.title = text[p_start : named_to + len(ref.symbol)]
                    prev.year = ref.date.year if ref.date else None
                prev.span = to_span(p_start, max(p_end, end))
                out[-1] = (p_start, max(p_end, end), prev)
                continue
        listing = False
        out.append((start, end, ref))
    return out


def _numbers(law: DocumentRef, number: DocumentRef) -> bool:
    """Whether the list of laws gives `number` to the law named `law`."""
    from nqgraph.law_list import law_list  # the list is read only where a name meets a number

    return law_list().numbers(law.title or "", number.symbol)


# -- numbered references --------------------------------------------------------------------


def _numbered(text: str) -> list[_Numbered]:
    found: list[_Numbered] = []
    for ident in find_identifiers(text):
        window = text[max(0, ident.start - 60) : ident.start]
        start, word = ident.start, None
        m = _TYPE_BEFORE_RE.search(window)
        if m:
            start, word = ident.start - len(window) + m.start(), m.group("word")
        else:
            s = _SO_BEFORE_RE.search(window)
            if s:
                start = ident.start - len(window) + s.start()
        doc_type = ""
        if ident.type_code:
            known = by_code(ident.type_code)
            doc_type = known.code if known else ident.type_code
        elif word:
            doc_type = BY_NAME[word.casefold()].code
        found.append(_Numbered(ident, start, ident.end, doc_type))
    starts = [n.start for n in found] + [len(text)]
    for i, n in enumerate(found):
        _tail(text, n, starts[i + 1])
    for i in range(len(found) - 1, -1, -1):
        _title(text, found[i], found[i + 1 :])
    return found


def _tail(text: str, n: _Numbered, limit: int) -> None:
    """Date, issuer and subject start after the identifier, not beyond `limit`."""
    pos = n.ident.end
    gap = _GAP_RE.match(text, pos)
    q = gap.end() if gap else pos
    got = match_date_at(text, q)
    if got and got[0] <= limit:
        n.end, n.date = got
        pos = got[0]
    gap = _GAP_RE.match(text, pos)
    q = gap.end() if gap else pos
    if text.startswith("của ", q):
        b = q + 4
        body = match_body_at(text, b)
        if body and body[0] <= limit:
            e = body[0]
        else:
            stop = _ISSUER_STOP_RE.search(text, b, limit)
            e = stop.start() if stop else limit
        e = b + len(text[b:e].rstrip())
        if e > b:
            n.issuer, n.end, pos = (b, e), e, e
    skip = _SKIP_RE.match(text, pos)
    q = skip.end() if skip else pos
    sm = _SUBJECT_RE.match(text, q)
    if sm and q < limit:
        n.subject = sm.end()


def _title(text: str, n: _Numbered, later: list[_Numbered]) -> None:
    if n.subject is None:
        return
    s = n.subject
    am = _ABOUT_RE.match(text, s)
    if am:
        inner = next((o for o in later if o.start == am.end()), None)
        if inner is not None:
            n.about = [inner]
            n.title_end = inner.title_end if inner.title_end else inner.end
            return
    amending = _AMENDING_RE.match(text, s)
    if amending:
        inner = next((o for o in later if o.start == amending.end()), None)
        if inner is not None:
            n.amends = [inner]
            n.title_end = inner.end
            return
    if text.startswith("“", s):
        close = text.find("”", s + 1)
        if close != -1:
            n.title_end = close + 1
            return
    inner = next((o for o in later if o.start >= s), None)
    limit = inner.start if inner else len(text)
    beside = _BESIDE_RE.search(text, s, limit) or _EXPIRES_RE.search(text, s, limit)
    n.title_end = _clause_end(text, s, beside.start() if beside else limit)
    if inner is None or n.title_end != limit:
        return
    if _VERB_OF_NEXT_RE.fullmatch(text, s, limit):  # "về việc thông qua Báo cáo số 7 …"
        n.title_end = inner.title_end if inner.title_end else inner.end
    elif _POINTS_TO_NEXT_RE.search(text, s, limit):
        # "… hướng dẫn thi hành một số điều của Nghị định số 163/2016/NĐ-CP", "… ban hành kèm
        # theo Nghị định số 91/2005/NĐ-CP": the title names the next document
        n.title_end = inner.end


def _clause_end(text: str, s: int, limit: int) -> int:
    """End of a subject: ";", a full stop, a line end, a table's cell, "như sau" or `limit`,
    skipping quoted stretches."""
    follows = _AS_FOLLOWS_RE.search(text, s, limit)
    i = s
    while i < limit:
        if follows and i >= follows.start():
            if i == follows.start():
                return i
            follows = _AS_FOLLOWS_RE.search(text, i, limit)  # it was inside quotes
            continue
        c = text[i]
        if c == "“":
            close = text.find("”", i + 1, limit)
            if close != -1:
                i = close + 1
                continue
        if c in ";\n|" or (c == "." and (i + 1 >= len(text) or text[i + 1].isspace())):
            return i
        i += 1
    return limit


def _clean_title(raw: str) -> str | None:
    t = raw.strip()
    t = re.sub(
        r"(?:\s+(?:và|hoặc|cùng(?:\s+với)?|cũng\s+như|theo|tại|bởi|của|kèm\s+theo)|\s*,)+$", "", t
    ).strip()
    if t.startswith("“") and t.endswith("”") and "”" not in t[1:-1]:
        t = t[1:-1].strip()
    return t or None


def _numbered_ref(text: str, n: _Numbered, to_span: ToSpan) -> DocumentRef:
    ident = n.ident
    issuer = None
    if n.issuer:
        b, e = n.issuer
        issuer = Body(text[b:e], to_span(b, e))
    title = None
    if n.subject is not None and n.title_end is not None:
        title = _clean_title(text[n.subject : n.title_end])
    return DocumentRef(
        kind=ident.kind,
        span=to_span(n.start, n.end),
        doc_type=n.doc_type,
        number=ident.number,
        symbol=ident.symbol,
        issuer_code=ident.issuer_code,
        year=ident.year if ident.year is not None else (n.date.year if n.date else None),
        date=n.date,
        issuer=issuer,
        title=title,
        about=[_numbered_ref(text, a, to_span) for a in n.about],
        amends=[_numbered_ref(text, a, to_span) for a in n.amends],
    )


# -- laws by name ---------------------------------------------------------------------------


def _law_name_end(text: str, pos: int) -> int:
    """End of a law name whose first word starts at `pos` (see the module docstring)."""
    known = known_law_name_end(text, pos)
    if known is not None:
        return known
    end = pos
    cell = text.find("|", pos, pos + 300)  # a table's cell ends a name
    for m in re.finditer(r"\S+", text[pos : cell if cell != -1 else pos + 300]):
        word = m.group()
        w_start, w_end = pos + m.start(), pos + m.end()
        if text.find("\n", end, w_start) != -1:
            break
        bare = word.rstrip(",;.:)")
        if end > pos and (bare in _LAW_STOP or bare[:1].isdigit() or word[0] in '(“"'):
            break
        if not bare:
            break
        end = w_start + len(bare)
        if bare != word:
            if word[len(bare)] == "," and _AGAINST_RE.match(text, w_end):
                continue
            break
    return end


def _laws(text: str, to_span: ToSpan) -> list[tuple[int, int, DocumentRef]]:
    found: list[tuple[int, int, DocumentRef]] = []
    pos = 0
    while True:
        m = _LAW_RE.search(text, pos)
        if m is None:
            return found
        am = _AMEND_RE.match(text, m.end())  # "Luật sửa đổi, bổ sung …" in lower case too
        if not text[m.end()].isupper() and am is None:
            pos = m.end()
            continue
        amends: list[DocumentRef] = []
        if am:
            end = am.end()
            while True:
                inner = _LAW_RE.match(text, end)
                if inner is None:
                    break
                iend = _law_name_end(text, inner.end())
                amends.append(_law_ref(text, inner.start(), iend, iend, None, to_span))
                join = _LAW_JOIN_RE.match(text, iend)
                if join is None:
                    end = iend
                    break
                end = join.end()
        else:
            end = _law_name_end(text, m.end())
        span_end, when, year = end, None, None
        # not across a table's cell: "| Luật Đất đai | 31/12/2024 |" may be a deadline
        gap = _GAP_RE.match(text, end)
        got = match_date_at(text, gap.end() if gap else end)
        if got:
            span_end, when = got
        elif year_m := _LAW_YEAR_RE.match(text, end):
            span_end, year = year_m.end(), int(year_m.group(1))
        ref = _law_ref(text, m.start(), end, span_end, when, to_span, year)
        ref.amends = amends
        found.append((m.start(), span_end, ref))
        pos = span_end


def _law_ref(
    text: str,
    start: int,
    name_end: int,
    end: int,
    when: date | None,
    to_span: ToSpan,
    year: int | None = None,
) -> DocumentRef:
    name = text[start:name_end].strip()
    return DocumentRef(
        kind=DocKind.LAW,
        span=to_span(start, end),
        doc_type="BL" if name.startswith("Bộ luật") else "L",
        year=when.year if when else year,
        date=when,
        title=name,
    )


# -- named documents ------------------------------------------------------------------------


def _named(text: str, to_span: ToSpan) -> list[tuple[int, int, DocumentRef]]:
    found: list[tuple[int, int, DocumentRef]] = []
    in_bodies: list[tuple[int, int, str]] | None = None
    actors: list[tuple[int, int]] | None = None
    for m in _NAMED_RE.finditer(text):
        if _COUNT_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if in_bodies is None:  # "Phòng Tài chính - Kế hoạch": a body's name, not a plan's
            in_bodies = find_bodies(text)
        if inside(m.start(), in_bodies):
            continue
        head = m.group()
        after = m.end()
        gap = _GAP_AFTER_RE.match(text, after)
        if gap is None:
            continue
        body_start = gap.end()
        if text.startswith("“", body_start):
            close = text.find("”", body_start + 1)
            if close == -1:
                continue
            name = f"{head} {text[body_start + 1 : close].strip()}"
            end = close + 1
        else:
            if actors is None:
                actors = _actors(text)
            end = _named_end(text, body_start, actors)
            name = text[m.start() : end].strip()
        if end <= body_start:
            continue
        code = BY_NAME[head.casefold()].code
        found.append(
            (m.start(), end, DocumentRef(DocKind.NAMED, to_span(m.start(), end), code, title=name))
        )
    return found


def _actors(text: str) -> list[tuple[int, int]]:
    """Where the actors after a name begin ("… giao Sở Nội vụ chủ trì"), in text order, and
    where the name ends: there, or after its approver ("… do Thủ tướng Chính phủ phê duyệt")."""
    found: list[tuple[int, int]] = []
    for m in _NAMED_ACTOR_RE.finditer(text):
        if m.group("plural"):
            if not m.group("do"):
                found.append((m.start(), m.start()))
            continue
        body = match_body_at(text, m.end())
        if body is None:
            continue
        approved = _APPROVED_RE.match(text, body[0]) if m.group("do") else None
        found.append((m.start(), approved.end() if approved else m.start()))
    return found


def _named_end(text: str, s: int, actors: list[tuple[int, int]]) -> int:
    # looked for within _NAMED_MAX characters: a line of thousands of names without a stop
    # would otherwise be read to its end once for each of them
    limit = min(len(text), s + _NAMED_MAX)
    hard = _NAMED_HARD_RE.search(text, s, limit)
    hard_end = hard.start() if hard else limit
    connective = _NAMED_CONNECTIVE_RE.search(text, s - 1, hard_end)
    clause_end = connective.start() if connective else hard_end
    i = bisect_left(actors, (s - 1, -1))
    if i < len(actors) and actors[i][0] < clause_end:
        at, end = actors[i]
        if end > at:  # after the approver: its name may hold a comma
            comma = text.find(",", s, at)
            return comma if comma != -1 else end
        clause_end = at
    period = _PERIOD_RE.search(text, s, clause_end)
    if period is not None:
        return period.end()
    comma = text.find(",", s, clause_end)
    return comma if comma != -1 else clause_end
