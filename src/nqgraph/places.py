"""Province names in running text: "tỉnh Thái Nguyên", "THÀNH PHỐ HỒ CHÍ MINH", "TP. Hà Nội",
"tỉnh Bà Rịa - Vũng Tàu", "Tỉnh ủy Lào Cai"; and the units below a province that have councils
of their own: "HUYỆN ĐẠI TỪ", "thành phố Sông Công", "xã Phú Lạc".

One finder for the reader (the issuing council), the IRIs (programmes named after a province)
and the canonical names of bodies, so that they always agree. "Thành phố X" is a province
only for the centrally-run cities; any other city is a unit within a province, as a district
is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

_UNIT = r"(?:tỉnh\s+ủy|tỉnh\s+uỷ|thành\s+ủy|thành\s+uỷ|tỉnh|thành\s+phố|tp\.)"
_WORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
_SPACE = r"[^\S\n]"
# a name may go on over one line break ("tỉnh Thừa Thiên / Huế" hard-wrapped), but one that
# does must be a province's (`provinces`): "tỉnh" ending a paragraph does not name the next
# one's first word. Eight words at most (the longest names have five: "Phan Rang - Tháp
# Chàm"): a name is trimmed from the words after the unit, and a text of long runs of words
# is read in linear time.
_GAP = rf"{_SPACE}*\n?{_SPACE}*"
_NAME = rf"{_WORD}(?:(?:{_SPACE}+|{_SPACE}*\n{_SPACE}*){_WORD}|{_GAP}-{_GAP}{_WORD}){{0,7}}"
#: a unit word (any case) followed by a capitalised name; joined words may be hyphenated
PROVINCE_RE = re.compile(rf"(?<![^\W\d_])(?P<unit>{_UNIT}){_GAP}(?P<name>{_NAME})", re.IGNORECASE)
#: The centrally-run cities and the provinces before the mergers of 1 July 2025 (the units
#: after them are named after some of these; Huế is a centrally-run city since 2025).
CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
PROVINCE_NAMES = (
    "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
    "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang",
    "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
    "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
    "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
    "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An",
    "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang",
    "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
)  # fmt: skip
# "Thanh Hoá", "Khánh Hoà", "Hoà Bình": the old tone placement names them too, and so do
# other spellings in use
_OTHER_SPELLINGS = ("Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Đăk Nông", "Bắc Cạn", "Kontum")
_KNOWN = frozenset(
    n.casefold()
    for name in (*CITIES, *PROVINCE_NAMES, "Huế", *_OTHER_SPELLINGS)
    for n in (name, name.replace("óa", "oá").replace("òa", "oà"))
)
#: what may follow a name in capitals and is not part of it: a term ("KHÓA XIV"), a session
#: ("KỲ HỌP"), the motto, a number line ("Số:"), a period ("NHIỆM KỲ", "GIAI ĐOẠN", "THỜI KỲ",
#: "TẦM NHÌN") or a body (a province's line over its district's council, joined with it:
#: "TỈNH QUẢNG NAM HỘI ĐỒNG NHÂN DÂN HUYỆN NÚI THÀNH"). Phrases, not words: "Kỳ" and "Thời"
#: are parts of names ("thành phố Tam Kỳ", "huyện Trần Văn Thời", "xã Cộng Hòa").
_STOP_RE = re.compile(
    r"(?:kh(?:óa|oá)|số|kỳ\s+họp|cộng\s+h(?:òa|oà)\s+xã\s+hội|nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ"
    r"|tầm\s+nhìn|hội\s+đồng|(?:ủy|uỷ)\s+ban|hđnd|ubnd)(?![^\W\d_])",
    re.IGNORECASE,
)
_CITY_UNIT_RE = re.compile(r"thành|tp\.", re.IGNORECASE)

#: The centrally-run cities, in title case: "thành phố X" (or "TP. X", "Thành ủy X") is a
#: province for these alone. Huế became one on 1 January 2025; before, "thành phố Huế" was a
#: city of Thừa Thiên Huế province (the reader tells them apart by the resolution's year).
CENTRAL_CITIES = frozenset({*CITIES, "Huế"})

_LOCAL_UNIT = r"(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|đặc\s+khu)"
#: a unit below the province, followed by a capitalised name ("HUYỆN ĐẠI TỪ", "xã Phú Lạc")
LOCALITY_RE = re.compile(
    rf"(?<![^\W\d_])(?P<unit>{_LOCAL_UNIT}){_SPACE}+(?P<name>{_NAME})", re.IGNORECASE
)


def find_province(text: str, year: int | None = None) -> tuple[int, int, str] | None:
    """(start, end, name) of the first province named in `text`, the name in title case."""
    return next(iter(provinces(text, year)), None)


def provinces(text: str, year: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of every province named in `text`, in order; with the text's `year`,
    "thành phố Huế" before 2025 is a city of Thừa Thiên Huế, not a province."""
    return [
        named
        for m, named in _named(PROVINCE_RE, text, _KNOWN)
        # a city within a province ("thành phố Sông Công") is not a province
        if not _CITY_UNIT_RE.match(m.group("unit")) or _centrally_run(named[2], year)
    ]


def find_locality(text: str, year: int | None = None) -> tuple[int, int, str] | None:
    """(start, end, unit) of the first unit below a province named in `text`: a district,
    town, commune, ward or a city that is not centrally run, as "huyện Đại Từ" (unit word in
    lower case, name in title case). `year` tells the city of Huế before 2025 (a city of a
    province) from the centrally-run city it became."""
    for m, (_, end, name) in _named(LOCALITY_RE, text):
        unit = " ".join(m.group("unit").lower().split())
        if unit == "thành phố" and _centrally_run(name, year):
            continue  # a centrally-run city is a province
        return m.start(), end, f"{unit} {name}"
    return None


def _centrally_run(city: str, year: int | None) -> bool:
    """Whether "thành phố <city>" is a province: Huế only from 2025 (or when no year is known)."""
    return city in CENTRAL_CITIES and not (city == "Huế" and year is not None and year < 2025)


def _named(
    pattern: re.Pattern[str], text: str, known: frozenset[str] | None = None
) -> Iterator[tuple[re.Match[str], tuple[int, int, str]]]:
    """Each match of a unit word and the name after it, with the name trimmed (`_name`); a
    match runs over every word that could be a name, so the search goes on after the name."""
    pos = 0
    while m := pattern.search(text, pos):
        named = _name(m, known)
        pos = named[1] if named else m.start("name")
        if named is not None:
            yield m, named


_UNIT_SPLIT_RE = re.compile(rf"^({_LOCAL_UNIT})\s+(.+)$", re.IGNORECASE)
#: a party committee or youth union named after its unit: "Huyện ủy", "Thị ủy", "Thành đoàn"
_PARTY_COMMITTEE = {"huyện": "huyện", "quận": "quận", "thị xã": "thị", "thành phố": "thành"}
#: units listed, not one: "các huyện, thành phố", "cấp xã", "các xã và thị trấn"
_UNITS_LISTED_RE = re.compile(
    rf"(?<![^\W\d_])(?:các|cấp)\s+{_LOCAL_UNIT}(?:\s*(?:,|và|hoặc)\s*{_LOCAL_UNIT})*\s*$",
    re.IGNORECASE,
)


def split_locality(locality: str) -> tuple[str, str]:
    """ "thành phố Sông Công" → ("thành phố", "Sông Công")."""
    m = _UNIT_SPLIT_RE.match(locality)
    if m is None:
        raise ValueError(f"not a unit below a province: {locality!r}")
    return " ".join(m.group(1).lower().split()), m.group(2)


#: a level or a place word in a body's name: "tỉnh", "Huyện ủy", "Thành đoàn", "cấp xã",
#: "Trung ương" (not the "xã" of "xã hội")
_LEVEL_RE = re.compile(
    r"(?<![^\W\d_])(?:tỉnh|thành\s+phố|tp\.|huyện|quận|thị\s+xã|xã(?!\s+hội)|phường|thị\s+trấn"
    r"|đặc\s+khu|(?:thành|thị)\s+(?:ủy|uỷ|đoàn)|cấp|trung\s+ương|toàn\s+quốc)(?![^\W\d_])",
    re.IGNORECASE,
)


def names_no_place(name: str) -> bool:
    """Whether a body's name has no unit or level word ("Phòng Y tế", "Ủy ban Mặt trận Tổ
    quốc Việt Nam"; not "Sở Y tế tỉnh", "Huyện đoàn", "Ủy ban nhân dân cấp xã")."""
    return _LEVEL_RE.search(name) is None


def units_listed(name: str) -> bool:
    """Whether a name ends with units listed or a level ("Ủy ban nhân dân các huyện, thành
    phố", "cấp xã"): the bodies of every such unit, not of one."""
    return _UNITS_LISTED_RE.search(name) is not None


@cache
def unit_body_re(unit: str) -> re.Pattern[str]:
    """A body's name that ends with the bare unit word ("Ủy ban nhân dân huyện", "Đảng ủy
    xã"), or is named after it ("Huyện ủy", "Huyện đoàn"): the body of the unit the text is
    about."""
    words = r"\s+".join(unit.split())
    party = _PARTY_COMMITTEE.get(unit)
    tail = rf"{words}|{party}\s+(?:ủy|uỷ|đoàn)" if party else words
    # not "các huyện" nor "cấp huyện" (every district), nor the "xã" of "thị xã" (but the
    # "xã" after "đô thị": "Phòng Kinh tế, Hạ tầng và Đô thị xã")
    town = r"(?<!(?<!đô )thị )" if unit == "xã" else ""
    return re.compile(rf"(?<![^\W\d_])(?<!các )(?<!cấp ){town}(?:{tail})$", re.IGNORECASE)


def _name(m: re.Match[str], known: frozenset[str] | None = None) -> tuple[int, int, str] | None:
    """The capitalised name after a unit word, up to what follows it (`_STOP_RE`): in
    capitals every word of the line is the name's until then; in running text the name ends
    at the first word that is not capitalised. With `known` names (casefolded), a name read
    over a line break is the longest of them its words begin with, or ends at the break."""
    words = re.split(r"(\s*-\s*|\s+)", m.group("name"))
    kept: list[str] = []
    at = m.start("name")
    for i in range(0, len(words), 2):
        word = words[i]
        at += len(words[i - 1]) if i else 0
        if not word[:1].isupper() or _STOP_RE.match(m.string, at):
            break
        kept.extend([words[i - 1]] if i else [])
        kept.append(word)
        at += len(word)
    while kept and not kept[-1].strip(" -"):
        kept.pop()
    if known is not None:
        after_break = "\n" in m.string[m.end("unit") : m.start("name")]  # "tỉnh / Khánh Hòa"
        if after_break or "\n" in "".join(kept):
            kept = _known_or_cut(kept, known, after_break)
    if not kept:
        return None
    raw = "".join(kept)
    return m.start("name"), m.start("name") + len(raw), _title(raw)


def _known_or_cut(kept: list[str], known: frozenset[str], after_break: bool) -> list[str]:
    """Of a name's words and the gaps between them (`kept`), read over a line break (or begun
    after one, `after_break`): the longest run of its first words that is a `known` name, else
    the words before the break ("tỉnh Thừa Thiên / Huế", "tỉnh / Khánh Hòa": whole; "trong
    tỉnh / Đường giao thông": nothing; "tỉnh Thái / Nguyên Hồng": "Thái Nguyên")."""
    for end in range(len(kept), 0, -2):
        if _title("".join(kept[:end])).casefold() in known:
            return kept[:end]
    if after_break:
        return []
    before = next((i for i, part in enumerate(kept) if "\n" in part), len(kept))
    return kept[:before]


def _title(name: str) -> str:
    """ "THÁI NGUYÊN" → "Thái Nguyên"; "Bà Rịa -  Vũng Tàu" → "Bà Rịa - Vũng Tàu"."""
    name = re.sub(r"\s*-\s*", " - ", " ".join(name.split()))
    if name.isupper():
        name = " ".join(w if w == "-" else w.capitalize() for w in name.split(" "))
    return name
