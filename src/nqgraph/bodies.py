"""Canonical names of bodies (issuers, implementers, recipients) and their jurisdiction.

`canonical_body` turns a name as written ("các Ban HĐND tỉnh", "Ban Chấp hành Trung ương Đảng
Khóa XII", "Uỷ ban nhân dân tỉnh Thái Nguyên") into a display name, a lowercase key without the
province name, a scope ("tw" or the province) and the key of the body it belongs to.
`find_bodies` finds body names in a stretch of text from one table of heads, `BODY_HEADS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nqgraph.matching import CAPITALS
from nqgraph.places import find_province

TW = "tw"

# Body heads recognised in text, central ones first. A head may be followed by a locality tail.
CENTRAL_HEADS: tuple[str, ...] = (
    "Bộ Chính trị",
    "Ban Bí thư",
    "Tổng Bí thư",
    "Ban Chấp hành Trung ương",
    "Ủy ban Thường vụ Quốc hội",
    "Hội đồng Dân tộc",
    "Ủy ban Kiểm tra Trung ương",
    "Quốc hội",
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng Chính phủ",
    "Chính phủ",
    "Văn phòng Chính phủ",
    "Thanh tra Chính phủ",
    "Văn phòng Quốc hội",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Văn phòng Chủ tịch nước",
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Văn phòng Trung ương Đảng",
    "Ủy ban Dân tộc",
    "Bảo hiểm xã hội Việt Nam",
    "Kiểm toán nhà nước",
    "Bộ Tài chính",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Công Thương",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Công an",
    "Bộ Quốc phòng",
    "Bộ Ngoại giao",
    "Bộ Y tế",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Xây dựng",
    "Bộ Giao thông vận tải",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Bộ Thông tin và Truyền thông",
    "Bộ Dân tộc và Tôn giáo",
    "Tòa án nhân dân tối cao",
    "Viện Kiểm sát nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",  # as the Constitution writes it
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Kinh tế Trung ương",
    "Ban Đối ngoại Trung ương",
    "Ban Chính sách, chiến lược Trung ương",
)
# The committees of the National Assembly (Luật Tổ chức Quốc hội, art. 66): those of the 14th
# and 15th terms, then those of the 2025 reorganisation. A National Assembly text names them
# without "của Quốc hội" ("Báo cáo thẩm tra của Ủy ban Kinh tế"); their key says it.
NA_COMMITTEES: tuple[str, ...] = (
    "Ủy ban Pháp luật",
    "Ủy ban Tư pháp",
    "Ủy ban Kinh tế",
    "Ủy ban Tài chính, Ngân sách",
    "Ủy ban Quốc phòng và An ninh",
    "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
    "Ủy ban Văn hóa, Giáo dục",
    "Ủy ban Xã hội",
    "Ủy ban Khoa học, Công nghệ và Môi trường",
    "Ủy ban Đối ngoại",
    "Ủy ban Pháp luật và Tư pháp",
    "Ủy ban Kinh tế và Tài chính",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại",
    "Ủy ban Văn hóa và Xã hội",
)
LOCAL_HEADS: tuple[str, ...] = (
    "Thường trực Hội đồng nhân dân",
    "Thường trực HĐND",
    "Ban Hội đồng nhân dân",
    "Ban HĐND",
    "Tổ đại biểu Hội đồng nhân dân",
    "Tổ đại biểu HĐND",
    "Hội đồng nhân dân",
    "HĐND",
    "Ủy ban nhân dân",
    "UBND",
    "Ủy ban Mặt trận Tổ quốc",
    "Ủy ban MTTQ",
    "UBMTTQVN",
    "UBMTTQ",
    "Mặt trận Tổ quốc",
    "MTTQ",
    "Ban Thường vụ Tỉnh ủy",
    "Thường trực Tỉnh ủy",
    "Tỉnh ủy",
    "Ban Chấp hành Đảng bộ",
    "Đoàn đại biểu Quốc hội",
    "Đoàn ĐBQH",
    "Tòa án nhân dân",
    "Viện Kiểm sát nhân dân",
    "Viện kiểm sát nhân dân",
)
# the departments and agencies that carry out tasks: a province's (Sở, Công an, Bộ Chỉ huy …),
# a district's (Phòng …), the offices of its councils and the mass organisations
AGENCY_HEADS: tuple[str, ...] = (
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Công Thương",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Xây dựng",
    "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Nông nghiệp và Môi trường",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa và Thể thao",
    "Sở Văn hóa - Thể thao",
    "Sở Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Thông tin và Truyền thông",
    "Sở Ngoại vụ",
    "Sở Dân tộc và Tôn giáo",
    "Ban Dân tộc",
    "Công an",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Ban Chỉ huy Quân sự",
    "Kho bạc Nhà nước",
    "Cục Thi hành án dân sự",
    "Chi cục Thi hành án dân sự",
    "Cục Thuế",
    "Chi cục Thuế",
    "Cục Hải quan",
    "Cục Thống kê",
    "Chi cục Thống kê",
    "Ban Quản lý các khu công nghiệp",
    "Ban Quản lý dự án",
    "Ban quản lý dự án",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Nội vụ",
    "Phòng Tư pháp",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Y tế",
    "Phòng Kinh tế",
    "Phòng Kinh tế - Hạ tầng",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Quản lý đô thị",
    "Phòng Tài nguyên và Môi trường",
    "Phòng Nông nghiệp và Phát triển nông thôn",
    "Phòng Lao động - Thương binh và Xã hội",
    "Phòng Văn hóa và Thông tin",
    "Phòng Văn hóa - Xã hội",
    "Phòng Dân tộc",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
    "Văn phòng Đoàn ĐBQH và HĐND",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    "Văn phòng HĐND và UBND",
    "Văn phòng Hội đồng nhân dân",
    "Văn phòng HĐND",
    "Văn phòng Ủy ban nhân dân",
    "Văn phòng UBND",
    "Văn phòng Tỉnh ủy",
    # with its level: bare, "Bảo hiểm xã hội" is also the insurance ("Luật Bảo hiểm xã hội")
    "Bảo hiểm xã hội tỉnh",
    "Bảo hiểm xã hội thành phố",
    "Bảo hiểm xã hội huyện",
    "Bảo hiểm xã hội thị xã",
    "Bảo hiểm xã hội quận",
    "Bảo hiểm xã hội khu vực",
    # with its level: bare, "Thanh tra" is the verb ("Thanh tra việc giao đất …")
    "Thanh tra tỉnh",
    "Thanh tra thành phố",
    "Thanh tra huyện",
    "Thanh tra quận",
    "Thanh tra thị xã",
    "Tỉnh đoàn",
    "Liên đoàn Lao động",
    "Hội Nông dân",
    "Hội Liên hiệp Phụ nữ",
    "Hội Cựu chiến binh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
)
BODY_HEADS: tuple[str, ...] = CENTRAL_HEADS + NA_COMMITTEES + LOCAL_HEADS + AGENCY_HEADS

# bodies that only a province has (a district has a "Phòng", a "Chi cục", a "Ban Chỉ huy"):
# named bare in a district's or commune's text, they are still its province's
_PROVINCE_ONLY_RE = re.compile(
    r"^(?:sở|cục|bộ chỉ huy|ban dân tộc|đoàn đại biểu quốc hội|văn phòng đoàn đại biểu quốc hội)"
    r"(?![^\W\d_])"
)

_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("HĐND", "Hội đồng nhân dân"),
    ("UBND", "Ủy ban nhân dân"),
    # the Front's committee in one word, as recipient lists write it: "UBMTTQVN tỉnh"
    (r"UBMTTQ(?:\s*VN|\s+(?i:Việt\s+Nam))?", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    # the Front's full name: "Ủy ban MTTQ tỉnh" and "Ủy ban Mặt trận Tổ quốc tỉnh" are "Ủy
    # ban Mặt trận Tổ quốc Việt Nam tỉnh"
    (
        r"(?:MTTQ|(?i:Mặt\s+trận\s+Tổ\s+quốc))(?:\s*VN|\s+(?i:Việt\s+Nam))?",
        "Mặt trận Tổ quốc Việt Nam",
    ),
    ("ĐBQH", "đại biểu Quốc hội"),
    # the National Assembly's Standing Committee as recipient lists shorten it
    (
        r"UBTVQH\d*|UBTV\s+Quốc\s+hội|UB\s+Thường\s+vụ\s+Quốc\s+hội|Ủy\s+ban\s+TVQH",
        "Ủy ban Thường vụ Quốc hội",
    ),
)

# Issuer codes in symbols that belong to central bodies; anything else is provincial.
CENTRAL_ISSUERS: frozenset[str] = frozenset(
    [
        "CP",
        "TTg",
        "TW",
        "TƯ",
        "BCT",
        "BBT",
        "BCHTW",
        "UBTVQH",
        "VPCP",
        "KTNN",
        "NHNN",
        "TANDTC",
        "VKSNDTC",
        "BTC",
        "BKHĐT",
        "BCA",
        "BQP",
        "BNG",
        "BNV",
        "BTP",
        "BYT",
        "BGDĐT",
        "BXD",
        "BGTVT",
        "BTNMT",
        "BNNPTNT",
        "BNNMT",
        "BLĐTBXH",
        "BVHTTDL",
        "BKHCN",
        "BTTTT",
        "BDTTG",
    ]
)

# Heads a body can belong to ("Ban Hội đồng nhân dân tỉnh" ⊂ "hội đồng nhân dân tỉnh").
_PARENT_HEADS = (
    "hội đồng nhân dân",
    "ủy ban nhân dân",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quốc hội",
    "hội đồng dân tộc",
    "mặt trận tổ quốc",
    "ban chấp hành trung ương",
)
# a body whose name does not end with the body it belongs to
_PART_OF = {"hội đồng dân tộc": "quốc hội"}
_NO_PARENT = ("thủ tướng", "đoàn đại biểu", "văn phòng")
# Offices and seats rather than bodies (ORG: a post, held by people, in an organization):
# the body each is in, when its name does not end with it.
_POSTS = (
    "thủ tướng",
    "phó thủ tướng",
    "tổng bí thư",
    "chủ tịch",
    "phó chủ tịch",
    "đại biểu",
    "bí thư",
)
_POST_IN = {
    "thủ tướng chính phủ": "chính phủ",
    "phó thủ tướng chính phủ": "chính phủ",
    "tổng bí thư": "ban chấp hành trung ương",
}

_TONE_OLD_NEW = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONE_FORMS = frozenset(
    [*_TONE_OLD_NEW, *(k.upper() for k in _TONE_OLD_NEW), *(k.capitalize() for k in _TONE_OLD_NEW)]
)
# a vowel and a toned second letter, not after q and not inside a longer word; whether the pair
# is one of the forms is checked in `_map_tone` (a character class scans far faster than an
# alternation of 45 pairs)
_TONE_RE = re.compile(
    r"(?<![qQ])([oOuU]["
    + "".join(sorted({ch for form in _TONE_FORMS for ch in form[1:]}))
    + r"])(?![^\W\d_])"
)
_TERM_RE = re.compile(
    r"\s+(?:[Kk]hóa|[Kk]hoá|KHÓA|KHOÁ)\s+[IVXLC]+\b|\s+nhiệm kỳ\s+\d{4}\s*-\s*\d{4}"
)
_CENTRAL_KEY_RE = re.compile(
    "|".join(re.escape(h.casefold()) for h in CENTRAL_HEADS + NA_COMMITTEES)
    # the State Bank, not found as a body: its branch is "… Việt Nam chi nhánh (tỉnh) …"
    + r"|bộ (?!chỉ huy)[^\W\d_]|ủy ban\b.* của quốc hội$|ngân hàng nhà nước việt nam$",
    re.IGNORECASE,
)
# a unit below the centre, a Party committee ("Tỉnh ủy", "Đảng ủy xã") or a council and its
# committee: not the "xã" of "xã hội", the "ủy" of "ủy ban", nor "Tòa án nhân dân tối cao"
_LOCAL_MARK_RE = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|xã(?! hội)|phường|thị xã|quận|cấp cơ sở|đảng bộ)\b"
    r"|ủy\b(?! ban)|(?:ủy ban|hội đồng) nhân dân\b"
)
_NA_COMMITTEE_KEYS = frozenset(c.casefold() for c in NA_COMMITTEES)


@dataclass(frozen=True, slots=True)
class CanonicalBody:
    """A body under its canonical name."""

    name_vi: str  # display name: "Ủy ban nhân dân tỉnh Thái Nguyên"
    key: str  # lowercase, without the province: "ủy ban nhân dân tỉnh"
    scope: str  # "tw", the province name, or "" when provincial but the province is unknown
    parent_key: str | None = None  # "hội đồng nhân dân tỉnh" for "Ban Hội đồng nhân dân tỉnh"
    post: bool = False  # an office or seat ("Thủ tướng Chính phủ", "Đại biểu Hội đồng …"),
    # in its parent ("chính phủ", "hội đồng nhân dân tỉnh")


def modern_tones(s: str) -> str:
    """Unify old/new tone placement in open syllables: "Uỷ" → "Ủy", "hoá" → "hóa"."""
    return _TONE_RE.sub(lambda m: _map_tone(m.group(1)), s)


def _map_tone(old: str) -> str:
    if old not in _TONE_FORMS:
        return old  # e.g. "oÀ", or "uà" (not a pair written two ways)
    new = _TONE_OLD_NEW[old.lower()]
    if old.isupper():
        return new.upper()
    return new.capitalize() if old[0].isupper() else new


def _clean(name: str) -> str:
    s = " ".join(name.split()).strip(" ;,.:-")
    s = re.sub(r"\s*\((?:[Bb]áo cáo|b/c|B/c|để báo cáo)\)$", "", s)
    s = re.sub(r"^(?:các|Các|CÁC)\s+", "", s)
    s = re.sub(r"^TT\s+(?=HĐND|Hội đồng|Tỉnh ủy)", "Thường trực ", s)
    for abbr, full in _ABBREVIATIONS:
        s = re.sub(rf"(?<![\w]){abbr}(?![\w])", full, s)
    s = modern_tones(s)
    s = _TERM_RE.sub("", s)
    s = re.sub(r"\b(Ban Chấp hành Trung ương)\s+Đảng\b", r"\1", s)
    return s.strip(" ;,.:")


@lru_cache(maxsize=1 << 15)
def canonical_body(
    name: str, jurisdiction: str | None = None, year: int | None = None
) -> CanonicalBody:
    """Canonical form of a body name; `jurisdiction` is the citing document's province and
    `year` the year the name is read in (the document's it issued, else the citing one's):
    "Ủy ban nhân dân thành phố Huế" of 2023 is a city's, of Thừa Thiên Huế, not a province's.

    (Remembered: the same few bodies are named over and over, in every document.)"""
    s = _clean(name)
    display = s
    province: str | None = None
    found = find_province(s, year)
    if found:
        start, end, province = found
        s = " ".join((s[:start] + s[end:]).split())
    key = (s[:1].lower() + s[1:]).casefold()
    if key in _NA_COMMITTEE_KEYS:
        key += " của quốc hội"  # "Ủy ban Kinh tế", as a National Assembly text names it
    post = key.startswith(_POSTS)
    parent = (_POST_IN.get(key) if post else None) or _PART_OF.get(key) or _parent_key(key)
    # a body's committee, office or seat ("Thường trực Hội đồng Dân tộc", "đại biểu Quốc hội")
    # is central when the body is, unless its name says where
    heads: tuple[str, ...] = (key,) if parent is None else (key, parent)
    if key.startswith("văn phòng "):  # "Văn phòng Ủy ban Thường vụ Quốc hội" is central
        heads += (key.removeprefix("văn phòng "),)
    if any(_CENTRAL_KEY_RE.match(head) for head in heads) and not _marked_local(key):
        scope = TW
    else:
        place = province or jurisdiction
        scope = place or ""
        if place and not province and re.search(r"(?:tỉnh|Tỉnh ủy)$", s):
            display = f"{s} {place}"
    display = display[:1].upper() + display[1:]
    return CanonicalBody(display, key, scope, parent, post)


def without_term(name: str) -> str:
    """A body's name without the term it ends with: "Các đại biểu HĐND huyện Khóa XXI" →
    "Các đại biểu HĐND huyện"."""
    return _TERM_RE.sub("", name).rstrip()


def unit_level(name: str, jurisdiction: str | None = None) -> bool:
    """Whether a body named without a unit or level ("Phòng Y tế", "Hội Nông dân") may be a
    district's or commune's: neither central nor one that only a province has ("Sở Y tế")."""
    canon = canonical_body(name, jurisdiction)
    return canon.scope != TW and _PROVINCE_ONLY_RE.match(canon.key) is None


def _marked_local(key: str) -> bool:
    return _LOCAL_MARK_RE.search(key.replace("ban chấp hành trung ương", "")) is not None


def _parent_key(key: str) -> str | None:
    if key.startswith(_NO_PARENT):
        return None
    starts = [
        m.start()
        for head in _PARENT_HEADS
        for m in re.finditer(re.escape(head), key)
        if m.start() > 0 and key[m.start() - 1] == " "
    ]
    # "Ban Công tác đại biểu (UBTVQH)": the parent named in brackets, without them
    return key[min(starts) :].rstrip(" )") if starts else None


# the central bodies a symbol's issuer code names unambiguously ("…/QH15" is the National
# Assembly's); "TW" is not among them (the Central Committee, the Politburo or the Secretariat)
_ISSUED_BY: dict[str, str] = {
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "BTC": "Bộ Tài chính",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNV": "Bộ Nội vụ",
    "BTP": "Bộ Tư pháp",
    "BYT": "Bộ Y tế",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BXD": "Bộ Xây dựng",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BGTVT": "Bộ Giao thông vận tải",
}


def issuer_named_by_code(issuer_code: str | None) -> str | None:
    """The body a symbol's issuer code alone names ("QH15" → "Quốc hội", "NĐ-CP"'s "CP" →
    "Chính phủ"), or None: a joint code, a local one or an ambiguous one ("TW")."""
    if not issuer_code:
        return None
    code = issuer_code.replace("\u00d0", "Đ")
    if re.fullmatch(r"UBTVQH\d*", code):
        return "Ủy ban Thường vụ Quốc hội"
    if re.fullmatch(r"QH\d*", code):
        return "Quốc hội"
    return _ISSUED_BY.get(code)


def issuer_scope(issuer_code: str, jurisdiction: str | None = None) -> str:
    """Scope of a symbol's issuer: "tw" for central codes (CP, TTg, TW, QH15, UBTVQH15, BTC …),
    else the province (`jurisdiction`, or "" when unknown). Joint codes ("BTC-BNV") are central
    when every part is."""
    parts = issuer_code.replace("\u00d0", "Đ").split("-")
    if all(p in CENTRAL_ISSUERS or re.fullmatch(r"(?:UBTV)?QH\d*", p) for p in parts):
        return TW
    return jurisdiction or ""


_UNITS = r"(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)"
_TAIL = (
    r"(?:\s+Đảng(?:\s+[Kk]h[oó]a\s+[IVXLC]+)?"
    r"|\s+[Kk]h[oó]a\s+[IVXLC]+"
    rf"|\s+các\s+{_UNITS}(?:\s*,\s*{_UNITS})*"  # "các xã, phường, thị trấn"
    r"|\s+(?:tỉnh|[Tt]hành phố|cấp tỉnh|cấp huyện|cấp xã|các cấp|huyện|quận"
    r"|thị xã|thị trấn|xã|phường|đặc khu)"
    r"(?:\s+[A-ZĐ][^\W\d_]*)*"
    r"(?:\s+[Kk]h[oó]a\s+[IVXLC]+)?"
    r")?"
)
_UPPER = f"[{CAPITALS}]"
# a committee of the National Assembly by any name: "Ủy ban Kinh tế của Quốc hội", "các Ủy ban
# của Quốc hội" (capitalised words, each maybe with one more syllable, commas and "và"; forty
# at most: a list of every committee has about thirty, and a list of bodies is not read to its
# end from each "Ủy ban")
_NA_COMMITTEE = (
    rf"Ủy ban(?:,?\s+(?:{_UPPER}[^\W\d_]*(?:\s+(?!của\b)(?!{_UPPER})[^\W\d_]+)?|và)){{0,40}}"
    r"\s+của\s+Quốc\s+hội"
)
_HEAD_ALT = "|".join(
    [_NA_COMMITTEE]
    + [re.escape(modern_tones(h)) for h in sorted(set(BODY_HEADS), key=len, reverse=True)]
)
# not after "-" or "/": "HĐND" in "04/2021/NQ-HĐND" is part of a document's symbol
BODY_RE = re.compile(rf"(?<![\w/-])(?:{_HEAD_ALT})(?![\w]){_TAIL}")


def find_bodies(text: str) -> list[tuple[int, int, str]]:
    """Body names mentioned in `text` as (start, end, name as written), in text order.

    Old tone placement ("Uỷ ban") is matched through `modern_tones`, which keeps offsets.
    """
    probe = modern_tones(text)
    return [(m.start(), m.end(), text[m.start() : m.end()]) for m in BODY_RE.finditer(probe)]


def match_body_at(text: str, pos: int) -> tuple[int, str] | None:
    """The body name starting exactly at `pos` as (end, name), or None."""
    probe = modern_tones(text[pos : pos + 200])
    m = BODY_RE.match(probe)
    return None if m is None else (pos + m.end(), text[pos : pos + m.end()])
