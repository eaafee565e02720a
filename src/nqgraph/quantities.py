"""Numeric targets ("chỉ tiêu") in one normalised line of text.

A target phrase is: indicator name, connecting words (":", "đạt", "dưới", "từ", "khoảng", "tăng" …),
a value or a range, a unit, trailing words ("trở lên") and an optional baseline ("so với thực hiện
năm 2024"). One line may hold several phrases; one introduced by "trong đó" is a sub-target of the
last main one. A line such as "100% xã đạt chuẩn …" names the indicator after the value, and so
does a count after a verb ("Có thêm 10 xã đạt chuẩn …": "xã đạt chuẩn …", an increase).

Years are not values: a four-digit 19xx/20xx after "năm", "giai đoạn", "thời kỳ" or without a
unit is skipped, as are dates, document numbers ("41-NQ/TW") and durations ("5 năm").

Kind: "tăng" before the value → INCREASE, "giảm" before it or at the start of the name → DECREASE,
but "còn", "xuống", "lên" ("giảm xuống còn 2%") make it a LEVEL. Scales are folded into the
value: "1,2 tỷ USD" → 1200000000 "USD", "2 nghìn tỷ đồng" → 2000 "tỷ đồng", "3,5 triệu lượt
khách" → 3500000 "lượt khách"; a scale with no unit after it, or one the scheme lacks, is a bare
number ("55 triệu" → 55000000 "", "10 tỷ kWh/người" → 10000000000 ""); "VNĐ" and "đ" are
"đồng", "Tr.đồng" and "trđ" "triệu đồng".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from nqgraph.matching import CAPITALS, ends_with
from nqgraph.model import Comparator, TargetKind
from nqgraph.numbers import NUMBER_RE, parse_number

__all__ = ["UNITS", "TargetPhrase", "parse_target_line"]


@dataclass(frozen=True, slots=True)
class TargetPhrase:
    """One numeric target found in a line; offsets are into that line, [start, end)."""

    indicator: str  # as written, trimmed; for ", tăng 10% …" after a target, that target's
    value: Decimal
    upper: Decimal | None  # upper bound of a range ("4,5 - 5%")
    unit: str  # normalised unit key, one of UNITS
    comparator: Comparator
    kind: TargetKind  # LEVEL, INCREASE or DECREASE (SHARE is for the caller to decide)
    baseline_year: int | None  # "so với thực hiện năm 2024" → 2024
    start: int  # the whole phrase: indicator through unit, trailing words and baseline
    end: int
    value_start: int  # the number, or both numbers of a range (without the unit)
    value_end: int
    sub_of: str | None = None  # indicator of the main target of a "trong đó" sub-target
    year: int | None = None  # "Đến năm 2027, tỷ lệ …", "… đạt 45% vào năm 2030"


# Written form (lower case, regex) → (unit key, multiplier), longest forms first.
_PER_10K = r"\s*(?:/|trên)\s*(?:(?:một|1)\s+)?(?:vạn|10\.000|mười\s+nghìn)\s+dân"
_M2 = r"m(?:2|²)(?:\s+sàn)?"  # "m2", "m²", "m2 sàn" (of floor)
_NOT_PER = r"(?!\s*/\s*(?!năm(?!\w)))"  # "kWh/người": a per-something the scheme lacks; "/năm" is
# "đồng" (the currency) in lower case ("Đồng Nai" is a name), after a scale only where no form
# has both ("triệu đồng"), and not the first syllable of a word ("đồng bào", "đồng thời" …)
_NOT_A_WORD = (
    r"(?!\s+(?:bào|bằng|thời|bộ|đều|ý|chí|nghiệp|hồ|phục|loạt|tâm|hành|lòng|dạng|nhất|minh|"
    r"thuận|cảm|hương|môn|khởi|đội|ruộng|lúa|cỏ|sở|chủ|sáng)(?!\w))"
)
_DONG = rf"(?<!triệu\s)(?<!t[ỷỉ]\s)(?-i:đồng){_NOT_A_WORD}"
# "đ" alone, not a list's letter a wrap left after the value ("… đạt 68 đ) Tỷ lệ …")
_D = rf"(?-i:đ)(?!\w)(?!\)\s+(?-i:[{CAPITALS}]))"
# the đồng after a scale: "triệu đồng", "triệu VNĐ", "tỷ đ"; "triệu" shortened as tables do:
# "Tr.đồng", "tr. đ", "trđ"
_VND = rf"(?:đồng{_NOT_A_WORD}|vn[đd]|{_D})"
_MIO = r"(?:triệu\s+|tr\s*\.\s*|tr(?=đ))"
# "500.000 VNĐ"; "đ" alone after thousands ("500.000đ", "500 nghìn đ"), not "8,5 đ" (points)
_BARE_VND = (
    r"(?<!triệu\s)(?<!t[ỷỉ]\s)"
    rf"(?:vn[đd]|(?:(?<=\d\.\d{{3}})|(?<=\d\.\d{{3}}\s)|(?<=nghìn\s)|(?<=ngàn\s)){_D})"
)
_UNIT_FORMS: tuple[tuple[str, str, int], ...] = (
    (rf"{_MIO}{_VND}\s*/\s*người\s*/\s*tháng", "triệu đồng/người/tháng", 1),
    (rf"{_MIO}{_VND}\s*/\s*tháng", "triệu đồng/tháng", 1),
    # "triệu đồng/người" is a year's too (the vocabulary's alternative label), not "…/tháng"
    (rf"{_MIO}{_VND}\s*/\s*người(?:\s*/\s*năm)?(?!\s*/)", "triệu đồng/người/năm", 1),
    (rf"{_MIO}{_VND}\s*/\s*{_M2}", "triệu đồng/m²", 1),
    (r"usd\s*/\s*người(?:\s*/\s*năm)?", "USD/người", 1),
    (rf"t[ỷỉ]\s+{_VND}", "tỷ đồng", 1),
    # per hectare: a yield, a value of the land's output
    (rf"{_MIO}{_VND}\s*/\s*ha", "triệu đồng/ha", 1),
    (r"tấn\s*/\s*ha", "tấn/ha", 1),
    (r"tạ\s*/\s*ha", "tạ/ha", 1),
    (rf"{_MIO}{_VND}", "triệu đồng", 1),
    (rf"(?:{_DONG}|{_BARE_VND})\s*/\s*người\s*/\s*tháng", "đồng/người/tháng", 1),
    (rf"(?:{_DONG}|{_BARE_VND})(?!\s*/)", "đồng", 1),
    (r"usd", "USD", 1),
    (r"‰|%o|phần\s+(?:nghìn|ngàn)", "‰", 1),
    (r"%", "%", 1),
    (r"giường(?:\s+bệnh)?" + _PER_10K, "giường bệnh/vạn dân", 1),
    (r"giường(?:\s+bệnh)?", "giường bệnh", 1),
    (r"bác\s+sĩ" + _PER_10K, "bác sĩ/vạn dân", 1),
    (r"bác\s+sĩ", "bác sĩ", 1),
    (r"lượt\s+khách", "lượt khách", 1),
    (r"lượt", "lượt", 1),
    (r"dự\s+án", "dự án", 1),
    (r"doanh\s+nghiệp", "doanh nghiệp", 1),
    (r"hợp\s+tác\s+xã", "hợp tác xã", 1),
    (r"thôn", "thôn", 1),
    (r"ấp", "ấp", 1),
    (r"lao\s+động", "lao động", 1),
    (r"đơn\s+vị", "đơn vị", 1),
    (r"huyện", "huyện", 1),
    (r"người\s*/\s*km(?:2|²)", "người/km²", 1),
    (r"người", "người", 1),
    (r"xã", "xã", 1),
    (r"hộ", "hộ", 1),
    (r"ha", "ha", 1),
    (rf"km(?:2|²){_NOT_PER}", "km²", 1),
    (r"km", "km", 1),
    (rf"{_M2}\s*/\s*người", "m²/người", 1),
    # not "kWh/người", "m2/hộ": a per-something the scheme lacks keeps no unit
    (rf"{_M2}{_NOT_PER}", "m²", 1),
    (rf"kwh{_NOT_PER}", "kWh", 1),
    (rf"mw{_NOT_PER}", "MW", 1),
    (r"tấn", "tấn", 1),
)

UNITS: frozenset[str] = frozenset({key for _, key, _ in _UNIT_FORMS} | {""})
"""Every unit key `parse_target_line` can return ("" is a bare number)."""

# Scales of the number, before its unit or alone ("3,5 triệu lượt khách", "nghìn tỷ đồng",
# "55 triệu"): folded into the value. "tỷ" alone before no word ("tỷ lệ" is none, "trên 1 tỷ
# đạt …" names what a target counts), or before a unit the scheme lacks, one a capital or a
# digit marks ("10 tỷ kWh/người", "2 tỷ m3": 10¹⁰, 2·10⁹, no unit), not "tỷ Lệ" …
_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_SCALE = r"(?:nghìn|ngàn|triệu|t[ỷỉ])"
# a capital letter or a digit in the word after "tỷ": a unit's mark ("kWh", "m3"), or the first
# letter of a clause that lost its comma ("… đạt 5 tỷ Ủy ban …"); or the next name's "tỷ lệ"
# ("… đạt 5 tỷ tỷ lệ chi thường xuyên 60%")
_TY_WORD = r"(?:lệ|trọng|giá|suất|số|phú)(?!\w)"  # "tỷ lệ" (rate), "tỷ trọng" (share) …
_TY_BARE = (
    r"t[ỷỉ](?:(?!\s*[^\W\d_])"
    rf"|(?=\s+(?-i:[^\W_]*[{CAPITALS}0-9²³]))(?!\s+{_TY_WORD})"
    rf"|(?=\s+t[ỷỉ]\s+{_TY_WORD}))"
)
_UNIT_RE = re.compile(
    rf"\s?(?P<scale>(?:{_SCALE}\s+)*)(?:"
    + "|".join(f"(?P<u{i}>{form})" for i, (form, _, _) in enumerate(_UNIT_FORMS))
    + r")(?:\s*/\s*năm)?(?!\w)"
    rf"|\s?(?P<bare>(?:{_SCALE}\s+)*(?:nghìn|ngàn|triệu|{_TY_BARE}))(?!\w)",
    re.IGNORECASE,
)
_RANGE_SEP_RE = re.compile(r"\s*(?:-|–|—|đến|tới)\s*", re.IGNORECASE)
_TRAILING_RE = re.compile(r"\s+trở\s+(?P<dir>lên|xuống)(?!\w)", re.IGNORECASE)
_BASELINE_RE = re.compile(
    r"\s*,?\s*so\s+với(?:\s+(?!năm\b)[^\s\d,;.:]+){0,4}?\s+năm\s+(?P<year>(?:19|20)[0-9]{2})(?![0-9])",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
_BEFORE_YEAR_RE = re.compile(r"(?:năm|giai\s+đoạn|thời\s+kỳ)\s*$", re.IGNORECASE)
_BEFORE_LABEL_RE = re.compile(
    r"(?<!\w)(?:số|điều|khoản|điểm|thứ|khóa|khoá|kỳ\s+họp|ngày|tháng)\s*$", re.IGNORECASE
)
_IDENTIFIER_AFTER_RE = re.compile(r"\s*(?:/\s*[0-9]|-\s*[^\W\d_]|/\s*[^\W\d_])")
_DURATION_AFTER_RE = re.compile(r"\s+(?:năm|tháng|ngày|quý|giờ)(?!\w)", re.IGNORECASE)
_WORD_AFTER_RE = re.compile(r"\s*[^\W\d_]")
_SUB_RE = re.compile(r"\(?\s*trong\s+đó(?!\w)\s*[:,]?\s*", re.IGNORECASE)
_LEAD_SEP_RE = re.compile(r"(?:[\s,;.:)]+|và(?!\w)|hoặc(?!\w))+", re.IGNORECASE)
_TRIM = " \t,;:.-–—+"

_Meaning = tuple[Comparator | None, TargetKind | None, bool]  # comparator, kind, "to" (level)
# Words joining the indicator to the value, matched from the value backwards (longest first).
_CONNECTORS: dict[str, _Meaning] = {
    ":": (None, None, False),
    "~": (Comparator.APPROX, None, False),
    "đạt": (None, None, False),
    "là": (None, None, False),
    "bằng": (None, None, False),
    "ở mức": (None, None, False),
    "phấn đấu": (None, None, False),
    "duy trì": (None, None, False),
    "ổn định": (None, None, False),
    "tăng": (None, TargetKind.INCREASE, False),
    "tăng thêm": (None, TargetKind.INCREASE, False),
    "tăng bình quân": (None, TargetKind.INCREASE, False),
    "giảm": (None, TargetKind.DECREASE, False),
    "giảm thêm": (None, TargetKind.DECREASE, False),
    "giảm bình quân": (None, TargetKind.DECREASE, False),
    "kéo giảm": (None, TargetKind.DECREASE, False),  # "Kéo giảm 5% số vụ phạm tội …"
    "thêm": (None, TargetKind.INCREASE, False),  # "Số xã đạt chuẩn …: thêm 02 xã"
    "còn": (None, None, True),
    "xuống": (None, None, True),
    "lên": (None, None, True),
    # "Có thêm 10 xã …, lũy kế 120 xã": the total reached; only next to the value, not in
    # "Tỷ lệ hộ nghèo lũy kế giảm 3%" (`_connectors`)
    "lũy kế": (None, None, False),
    "luỹ kế": (None, None, False),
    "dưới": (Comparator.LT, None, False),
    "thấp hơn": (Comparator.LT, None, False),
    "nhỏ hơn": (Comparator.LT, None, False),
    "ít hơn": (Comparator.LT, None, False),
    "không quá": (Comparator.LE, None, False),
    "không vượt quá": (Comparator.LE, None, False),
    "tối đa": (Comparator.LE, None, False),
    "không cao hơn": (Comparator.LE, None, False),
    "không lớn hơn": (Comparator.LE, None, False),
    "không hơn": (Comparator.LE, None, False),
    "trên": (Comparator.GT, None, False),
    "hơn": (Comparator.GT, None, False),
    "vượt": (Comparator.GT, None, False),
    "vượt quá": (Comparator.GT, None, False),
    "cao hơn": (Comparator.GT, None, False),
    "lớn hơn": (Comparator.GT, None, False),
    "từ": (Comparator.GE, None, False),
    "tối thiểu": (Comparator.GE, None, False),
    "ít nhất": (Comparator.GE, None, False),
    "không thấp hơn": (Comparator.GE, None, False),
    "không dưới": (Comparator.GE, None, False),
    "không ít hơn": (Comparator.GE, None, False),
    "không nhỏ hơn": (Comparator.GE, None, False),
    # the signs as typed; a bare ">" or "<" only after a space or ":" (`_connectors`), not the
    # end of "<b>", "<br>" or "->"
    "≥": (Comparator.GE, None, False),
    ">=": (Comparator.GE, None, False),
    "≤": (Comparator.LE, None, False),
    "<=": (Comparator.LE, None, False),
    ">": (Comparator.GT, None, False),
    "<": (Comparator.LT, None, False),
    "khoảng": (Comparator.APPROX, None, False),
    "trong khoảng": (Comparator.APPROX, None, False),
    "xấp xỉ": (Comparator.APPROX, None, False),
    "gần": (Comparator.APPROX, None, False),
}
_CUMULATIVE = frozenset({"lũy kế", "luỹ kế"})
_CUMULATIVE_RE = re.compile("|".join(_CUMULATIVE), re.IGNORECASE)
# longest first, bucketed by their last letter: a line's tail is checked against the few words
# that can end it
_CONNECTOR_WIDTH = max(map(len, _CONNECTORS))
_CONNECTORS_ENDING = {
    last: [word for word in sorted(_CONNECTORS, key=len, reverse=True) if word[-1] == last]
    for last in {word[-1] for word in _CONNECTORS}
}


@dataclass(frozen=True, slots=True)
class _Value:
    """A value candidate: number(s), unit and the words right after."""

    value_start: int
    value_end: int
    value: Decimal
    upper: Decimal | None
    unit: str
    end: int  # after unit, "trở lên/xuống" and baseline
    trailing: str | None  # "lên" / "xuống"
    baseline_year: int | None
    bare_word_after: bool  # a bare number followed by a word ("5 tuổi"): maybe part of a name
    unit_start: int  # where the unit's word starts, after its scale ("15 nghìn hộ": "hộ")


class _Unit(NamedTuple):
    """A unit read after a number (`_unit_at`)."""

    key: str
    mult: int
    end: int
    start: int  # of its word, after the scale


def _unit_at(line: str, pos: int) -> _Unit | None:
    """The unit starting at `pos` (after an optional space); a scale with no unit after it
    ("55 triệu") is the bare count's ("", 10**6, …)."""
    m = _UNIT_RE.match(line, pos)
    if not m:
        return None
    scales = (m.group("bare") or m.group("scale") or "").lower().split()
    scale = 1
    for word in scales:
        scale *= _SCALES[word]
    if m.group("bare") is not None:
        return _Unit("", scale, m.end(), m.start("bare"))
    for i, (_, key, mult) in enumerate(_UNIT_FORMS):
        if m.group(f"u{i}") is not None:
            return _Unit(key, scale * mult, m.end(), m.start(f"u{i}"))
    return None  # pragma: no cover - one group always matches


def _is_yearish(text: str) -> bool:
    return _YEAR_RE.fullmatch(text) is not None


def _values(line: str) -> list[_Value]:
    """Every value candidate in the line, years, dates and identifiers left out."""
    found: list[_Value] = []
    pos = 0
    while True:
        m = NUMBER_RE.search(line, pos)
        if not m:
            return found
        pos = m.end()
        first = m.group()
        unit1 = _unit_at(line, m.end())
        after_first = unit1.end if unit1 else m.end()
        second: re.Match[str] | None = None
        sep = _RANGE_SEP_RE.match(line, after_first)
        if sep:
            second = NUMBER_RE.match(line, sep.end())
        last = second or m
        unit = _unit_at(line, last.end()) if second else unit1
        if second and unit is None and unit1 is not None:
            unit = unit1._replace(end=last.end())  # "4,5% - 5"
        if second:
            pos = second.end()
        numbers = [first] + ([second.group()] if second else [])
        if any(_is_yearish(n) for n in numbers) and (
            unit is None or ends_with(_BEFORE_YEAR_RE, line, m.start())
        ):
            continue  # a year or a span of years
        if ends_with(_BEFORE_LABEL_RE, line, m.start()) or _IDENTIFIER_AFTER_RE.match(
            line, last.end()
        ):
            continue  # "số 41", "ngày 10", "41-NQ/TW", "10/12/2024"
        if unit is None and _DURATION_AFTER_RE.match(line, last.end()):
            continue  # "5 năm"
        key, mult, end, unit_start = unit if unit else _Unit("", 1, last.end(), last.end())
        trailing = None
        t = _TRAILING_RE.match(line, end)
        if t:
            trailing = t.group("dir").lower()
            end = t.end()
        baseline = None
        b = _BASELINE_RE.match(line, end)
        if b:
            baseline = int(b.group("year"))
            end = b.end()
        found.append(
            _Value(
                value_start=m.start(),
                value_end=last.end(),
                value=parse_number(first) * mult,
                upper=parse_number(second.group()) * mult if second else None,
                unit=key,
                end=end,
                trailing=trailing,
                baseline_year=baseline,
                bare_word_after=unit is None and _WORD_AFTER_RE.match(line, end) is not None,
                unit_start=unit_start,
            )
        )
        pos = max(pos, end)


# units that describe a thing a name is about ("nhà máy điện gió 50 MW", "5.000 m2 nhà ở")
_DESCRIBING_UNITS = frozenset({"MW", "kWh", "m²", "km²"})
_NAME_GOES_ON_RE = re.compile(
    r"\s+(?!(?:và|hoặc|so|trở|trong|năm|vào|đến)(?!\w))[^\W\d_]", re.IGNORECASE
)
_LIST_OR_PART_RE = re.compile(r"[,;]|(?<!\w)(?:và|hoặc|trong\s+đó)(?!\w)", re.IGNORECASE)


def _describes(line: str, v: _Value, nxt: _Value) -> bool:
    """Whether `v`, a capacity or an area, is a part of the name of the next value's target
    ("Dự án nhà máy điện gió 50 MW đạt tiến độ 100%"): more of a name follows it, no word
    states it ("đạt 3.000 MW"), and the next value is no item of a list with it, no part of it
    and no change of it ("… 100 MW …, tăng 20 MW")."""
    if v.unit not in _DESCRIBING_UNITS or not _NAME_GOES_ON_RE.match(line, v.end):
        return False
    if _connectors(line, max(0, v.value_start - _CONNECTOR_WIDTH - 1), v.value_start)[1]:
        return False
    if _LIST_OR_PART_RE.search(line, v.end, nxt.value_start):
        return False
    kinds = _connectors(line, v.end, nxt.value_start)[1]
    return not any(kind for _, kind, _ in kinds)


def _drop_name_numbers(line: str, values: list[_Value]) -> list[_Value]:
    """Drop numbers inside a name: bare ones ("trẻ em dưới 5 tuổi … dưới 20%"), "per one" of a
    unit ("Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 120 triệu đồng") and a
    capacity or an area the name goes on after ("Dự án điện gió 50 MW đạt tiến độ 100%")."""
    kept: list[_Value] = []
    for i, v in enumerate(values):
        nxt = values[i + 1] if i + 1 < len(values) else None
        describing = nxt is not None and _describes(line, v, nxt)
        in_name = v.bare_word_after or describing or _per_one(line, v)
        if in_name and nxt and not re.search(r"[,;]", line[v.end : nxt.value_start]):
            continue
        kept.append(v)
    return kept


# "trên 1 ha đất …", "mỗi 01 ha", "/1 km", "cho 1 lao động": a measure the name is counted by,
# not a target; not "cho" before a commune or a district ("Công nhận cho 1 xã …" is a count)
_PER_BEFORE_RE = re.compile(r"(?:(?<!\w)(?:trên|mỗi|(?P<for>cho))|/)\s*$", re.IGNORECASE)
_PER_UNITS = frozenset(
    {"ha", "km", "km²", "m²", "người", "hộ", "lao động", "xã", "huyện", "đơn vị"}
)
_COUNTED_UNITS = frozenset({"xã", "huyện", "đơn vị"})
# a verb that states the value ("đạt trên 1 ha", "tăng thêm mỗi 1 ha"): then it is the target
_STATED_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:đạt|là|bằng|tăng|giảm|còn|lên|xuống|thêm|mức)|[:=])\s*$", re.IGNORECASE
)
# what ends the value's phrase after its unit: "trên 1 ha và tỷ lệ …" (not "và trên 1 lao
# động", another measure of the same name), "1 ha trở lên", "so với", a full stop
_PHRASE_END_RE = re.compile(
    r"\s+(?:(?:và|hoặc)(?!\s+(?:trên|mỗi|cho)\s+0*1\s)|so|trở)(?!\w)|\s*\.(?=\s|$)",
    re.IGNORECASE,
)


def _per_one(line: str, v: _Value) -> bool:
    """Whether `v` is "one" of a unit the name is counted by ("Giá trị sản phẩm thu hoạch trên 1
    ha đất trồng trọt đạt …", "Thu nhập bình quân trên 1 người đạt …")."""
    if v.value != 1 or v.upper is not None or v.unit not in _PER_UNITS:
        return False
    per = ends_with(_PER_BEFORE_RE, line, v.value_start)
    if per is None or (per.group("for") and v.unit in _COUNTED_UNITS):
        return False
    if _PHRASE_END_RE.match(line, v.end):
        return False
    return ends_with(_STATED_BEFORE_RE, line, per.start()) is None


def _connectors(
    line: str, lo: int, hi: int, *, after_target: bool = True
) -> tuple[int, list[_Meaning]]:
    """Strip connecting words backwards from `hi` (not below `lo`): (new hi, their meanings).
    "lũy kế" only next to the value, and not as all there is of a line's first target's name
    ("Lũy kế 120 xã" names it; "…, lũy kế 120 xã" after a target is that target's)."""
    meanings: list[_Meaning] = []
    while True:
        while hi > lo and line[hi - 1].isspace():
            hi -= 1
        first = max(lo, hi - _CONNECTOR_WIDTH)
        # a letter whose lowercase is longer ("İ" → "i̇") adds a combining mark no word has, so a
        # word matches the end of the lowered tail only where it matched the letters themselves
        tail = line[first:hi].lower()
        for word in _CONNECTORS_ENDING.get(tail[-1:], ()):
            start = hi - len(word)
            if not tail.endswith(word):
                continue
            if word[0].isalpha() and start > 0 and line[start - 1].isalnum():
                continue
            if word in "<>" and start > 0 and line[start - 1] not in " \t:(":
                continue  # the end of a tag or an arrow
            if (
                word in _CUMULATIVE
                and (
                    any(k for _, k, _ in meanings)  # "… lũy kế giảm 3%": the name's word
                    or (not after_target and not line[lo:start].strip(_TRIM))
                )
            ):
                return hi, meanings
            meanings.append(_CONNECTORS[word])
            hi = start
            break
        else:
            return hi, meanings


def _trim(line: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and line[lo] in _TRIM:
        lo += 1
    while hi > lo and line[hi - 1] in _TRIM:
        hi -= 1
    return lo, hi


def _comparator(v: _Value, meanings: list[_Meaning]) -> Comparator:
    words = [c for c, _, _ in meanings if c is not None]
    if Comparator.APPROX in words:
        return Comparator.APPROX
    if v.upper is not None:
        return Comparator.EQ
    if v.trailing == "lên":
        return Comparator.GE
    if v.trailing == "xuống":
        return Comparator.LE
    return words[0] if words else Comparator.EQ


def _kind(indicator: str, meanings: list[_Meaning]) -> TargetKind:
    if any(to for _, _, to in meanings):
        return TargetKind.LEVEL
    for _, kind, _ in meanings:
        if kind is not None:
            return kind
    if re.match(r"giảm(?!\w)", indicator, re.IGNORECASE):
        return TargetKind.DECREASE
    return TargetKind.LEVEL


# a verb that counts what follows the value ("Có thêm 10 xã đạt chuẩn …", "Công nhận cho 1 xã
# …"): the name is the counted thing, after the value; "thêm" counts an increase
_COUNT_VERB_RE = re.compile(
    r"(?:phấn\s+đấu\s+)?(?:có|công\s+nhận|xây\s+dựng|thành\s+lập|hoàn\s+thành|phát\s+triển)"
    r"(?:\s+(?P<more>thêm)|\s+(?:mới|cho|được))*",
    re.IGNORECASE,
)
# units that are the things counted: their word opens the name ("3 xã đạt chuẩn …")
_COUNTED_NOUNS = frozenset(
    {"xã", "huyện", "đơn vị", "hộ", "người", "lao động", "dự án", "lượt khách", "lượt"}
    | {"doanh nghiệp", "hợp tác xã", "thôn", "ấp"}
)
_COMPARED_RE = re.compile(r"(?<!\w)so\s+(?:với|cùng\s+kỳ)(?!\w)", re.IGNORECASE)
_JOINER_END_RE = re.compile(r"[\s,]+(?:và|hoặc)$", re.IGNORECASE)  # before the next value
# what ends a name read after its value: a clause, or a sub-target ("…, trong đó 3 xã …")
_AFTER_STOP_RE = re.compile(r";|\.(?:\s|$)|[,(]?\s*trong\s+đó(?!\w)", re.IGNORECASE)
# … and a count's verb after a comma: "15 trạm y tế xã, thành lập 3 …" names the next one
_COUNT_AFTER_RE = re.compile(rf",\s*{_COUNT_VERB_RE.pattern}\s*$", re.IGNORECASE)
# a time, not a thing counted: "Hoàn thành 100% trong năm 2025", "… trước ngày 30/6"
_TIME_RE = re.compile(
    r"(?:trong|trước|sau|vào|đến|tới|cuối|đầu|hết)\s+(?:năm|quý|tháng|ngày|giai\s+đoạn)(?!\w)",
    re.IGNORECASE,
)


class _After(NamedTuple):
    """A name read after its value (`_name_after`)."""

    lo: int
    hi: int
    year: int | None  # said at its end: "… vào năm 2025"
    read: int  # where what was read ends: after a year or a baseline cut from it, else `hi`
    baseline: int | None  # said at its end: "… so với năm 2024"


def _name_after(line: str, v: _Value, stop: int, *, change: bool = False) -> _After:
    """The name that follows the value `v`, up to `stop` (the next value): to a ";", a full
    stop, "trong đó" or a parenthesis it did not open, and not over the next value's
    connecting words ("…, tăng 2 xã") or count's verb ("…, thành lập 3 …"), nor the word
    joining it to the next ("100% xã đạt chuẩn và 80% …"), nor a year or a baseline at its
    end; a counted unit's word opens it ("3 xã đạt chuẩn …", "15 nghìn hộ …": "hộ …"). It
    starts after the value's own year ("1.500 MW năm 2030 …"). After a `change`, "so với …"
    is its base, not a name ("tăng 5% so với dự toán tỉnh giao")."""
    trail = _YEAR_TRAIL_RE.match(line, v.end, stop)
    begin = trail.end() if trail else v.end
    m = _AFTER_STOP_RE.search(line, begin, stop)
    hi = m.start() if m else stop
    if m is None and stop < len(line):
        hi = _connectors(line, begin, hi)[0]
        verb = _COUNT_AFTER_RE.search(line, begin, hi)
        hi = verb.start() if verb else hi
    depth = 0
    for at in range(begin, hi):  # "(trong đó 200 hộ nghèo) được hỗ trợ": to the ")"
        depth += {"(": 1, ")": -1}.get(line[at], 0)
        if depth < 0:
            hi = at
            break
    lo, hi = _trim(line, begin, hi)
    while hi > lo and line[hi - 1] in "( ":  # "… mới (lũy kế 120 xã)": the next one's "("
        hi -= 1
    joiner = _JOINER_END_RE.search(line, lo, hi)
    if joiner:
        lo, hi = _trim(line, lo, joiner.start())
    read, baseline = hi, None
    b = _BASELINE_RE.search(line, lo, hi)
    if b and b.end() == hi:  # "Có thêm 5 xã đạt chuẩn … so với năm 2024"
        baseline, hi = int(b.group("year")), _trim(line, lo, b.start())[1]
    compared = _COMPARED_RE.match(line, lo, hi) if change else None
    if compared and ":" not in line[lo:hi]:  # "tăng 5% so với dự toán": its base, no name
        hi = lo
    year = None
    ending = _year_at_end(line, lo, hi)
    if ending is not None:
        hi, year = ending.cut, ending.year
    if lo < hi and v.unit in _COUNTED_NOUNS and v.trailing is None and v.baseline_year is None:
        lo = _unit_word(line, v)[0]
    return _After(lo, hi, year, read, baseline)


def _restates(line: str, v: _Value, after: _After, before: TargetPhrase) -> bool:
    """Whether the words `after` a value "lũy kế" gives, after the target `before`, add
    nothing to its indicator: the same unit, and nothing more than a period ("6%/5 năm", "2.500
    hộ/5 năm", "(giai đoạn …)") or words of that indicator ("giảm 1,5%/năm, lũy kế 6% hộ
    nghèo"); not another indicator ("…; lũy kế 120 xã đạt chuẩn nâng cao")."""
    if v.unit != before.unit:
        return False
    lo = after.lo
    if v.unit in _COUNTED_NOUNS and line[lo : lo + len(v.unit)].casefold() == v.unit:
        lo += len(v.unit)  # the counted unit's word opens the name: "hộ/5 năm"
    words = line[lo : after.hi].strip()
    return not words[:1].isalpha() or words.casefold() in before.indicator.casefold()


def _sum_of_changes(v: _Value, before: TargetPhrase) -> bool:
    """Whether `v`, "lũy kế" after the change `before` of a rate, is those changes added up
    ("giảm 1,5%/năm, lũy kế 6%": a decrease of 6), not the level they lead to ("tăng 2%/năm,
    lũy kế 75%"), nor a count's total ("Có thêm 10 xã …, lũy kế 120 xã")."""
    if v.unit != "%" or before.unit != "%" or before.kind is TargetKind.LEVEL:
        return False
    return v.value <= _CHANGES_ADDED * before.value


_CHANGES_ADDED = 5  # a five-year plan's yearly changes, at most


def _unit_word(line: str, v: _Value) -> tuple[int, int]:
    """Where the unit's word of `v` stands, after its scale ("15 nghìn hộ": "hộ")."""
    return _trim(line, v.unit_start, v.end)


# the year a target is for, said before its name or right after its value
_YEAR_LEAD_RE = re.compile(
    r"\(?\s*(?:phấn\s+đấu\s+)?(?:đến|vào|trong)\s+(?:hết\s+)?năm\s+(?P<year>(?:19|20)\d{2})\s*,?\s*",
    re.IGNORECASE,
)
# … or at the end of its name: "Tốc độ tăng trưởng GRDP năm 2025 đạt 8%", "Tỷ lệ hộ nghèo cuối
# năm 2025 còn 2%" (the indicator is the same every year; the year is the target's)
_YEAR_END_RE = re.compile(
    r"(?<!\w)(?:(?P<by>đến|tới|vào|trong|cuối|đầu|hết|(?:đến|tới)\s+(?:hết|cuối))\s+)?năm\s+"
    r"(?P<year>(?:19|20)\d{2})\s*$",
    re.IGNORECASE,
)
# … but not a year of a price base, a period, a document or a standard: "theo giá so sánh năm
# 2010", "giai đoạn đến năm 2030", "Luật Đất đai năm 2024", "chuẩn nghèo ban hành năm 2021"
_OTHER_YEAR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:so\s+sánh|giai\s+đoạn|thời\s+kỳ|ban\s+hành|tầm\s+nhìn|phê\s+duyệt|sửa\s+đổi|"
    r"bổ\s+sung|định\s+hướng|trước|sau)\s*$",
    re.IGNORECASE,
)
# a document named right before the year: its kind, then "số …" or a title in capitals
# ("Luật Đất đai năm 2024", "Nghị quyết số 20/NQ-HĐND năm 2021", "theo Bộ tiêu chí năm 2022");
# not "Kế hoạch vốn đầu tư công năm 2025", whose year is the target's
_DOCUMENT_YEAR_RE = re.compile(
    r"(?<!\w)(?:Luật|Bộ\s+luật|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|"
    r"Kế\s+hoạch|Chương\s+trình|Đề\s+án|Bộ\s+tiêu\s+chí)"
    r"(?:\s+số\s+\S+|\s+[A-ZĐÀ-Ỹ][^,;:]{0,60}?)?\s*$"
)


class _YearEnd(NamedTuple):
    """A year a target is for, at the end of its name (`_year_at_end`)."""

    cut: int  # where the name ends before it
    year: int
    start: int  # where its words start
    by: bool  # a word such as "đến" says it is a target's


def _year_at_end(line: str, lo: int, hi: int) -> _YearEnd | None:
    """The year a target is for at the end of the name line[lo:hi], or None (`_YEAR_END_RE`,
    `_OTHER_YEAR_BEFORE_RE`, `_DOCUMENT_YEAR_RE`)."""
    m = _YEAR_END_RE.search(line, lo, hi)
    if m is None or ends_with(_OTHER_YEAR_BEFORE_RE, line, m.start(), lo):
        return None
    if m.group("by") is None and _DOCUMENT_YEAR_RE.search(line, lo, m.start()):
        return None
    cut = _trim(line, lo, m.start())[1]
    return (
        _YearEnd(cut, int(m.group("year")), m.start(), m.group("by") is not None)
        if cut > lo
        else None
    )


_YEAR_TRAIL_RE = re.compile(
    r"\s*(?:(?:vào|đến|trong)\s+(?:hết\s+)?năm\s+(?P<year>(?:19|20)\d{2})(?!\d)"
    # a bare "năm 2025" right after the value, where its phrase ends: "800 MW năm 2025 và
    # 1.500 MW năm 2030"
    r"|năm\s+(?P<bare>(?:19|20)\d{2})(?=\s*(?:[,;.)]|(?:và|hoặc)(?!\w)|$)))",
    re.IGNORECASE,
)


# the number of an item the structure does not take for a label: "(1) Tốc độ …", "1. Tốc độ …"
# after a dash ("- 1. …"), "**(2)** GRDP …"
_ITEM_NUMBER_RE = re.compile(r"\s*(?:\(\d{1,3}\)|\d{1,3}[.)](?!\d))\s+")


def parse_target_line(line: str) -> list[TargetPhrase]:
    """The numeric targets in one normalised line, in text order ([] when there is none)."""
    label = _ITEM_NUMBER_RE.match(line)
    cursor = label.end() if label else 0
    values = _drop_name_numbers(line, [v for v in _values(line) if v.value_start >= cursor])
    phrases: list[TargetPhrase] = []
    main: str | None = None
    for i, v in enumerate(values):
        if v.value_start < cursor:
            continue  # swallowed by the previous phrase's name
        lo = cursor
        sep = _LEAD_SEP_RE.match(line, lo)
        if sep:
            lo = sep.end()
        sub = _SUB_RE.match(line, lo)
        if sub:
            lo = sub.end()
        hi, meanings = _connectors(line, lo, v.value_start, after_target=bool(phrases))
        cumulative = bool(phrases) and _CUMULATIVE_RE.search(line, hi, v.value_start) is not None
        if cumulative and not line[lo:hi].strip(_TRIM + "(|"):
            lo = hi  # "… mới (lũy kế 120 xã)", "| lũy kế 6% |": no name of its own
        baseline = v.baseline_year
        b = _BASELINE_RE.search(line, lo, hi)
        if b and b.end() == hi:
            baseline, hi = baseline or int(b.group("year")), b.start()
        colon = line.rfind(":", lo, hi)
        if colon >= 0 and line[colon + 1 : hi].strip(_TRIM):
            lo = colon + 1  # "Chỉ tiêu về văn hóa: Tỷ lệ …"
        first = _trim(line, lo, hi)[0]
        year = None
        lead = _YEAR_LEAD_RE.match(line, first, hi)
        if lead:  # "Đến năm 2027, tỷ lệ hộ nghèo …": the year, then the name
            year, lo = int(lead.group("year")), lead.end()
        name_lo, name_hi = _trim(line, lo, hi)
        start, end = (first if lead else name_lo), v.end
        ending = _year_at_end(line, name_lo, name_hi) if year is None else None
        said: int | None = None
        follows = line[lo:hi].rstrip().endswith(",")  # "…, 100% xã đạt chuẩn": a name after
        if ending and (not follows or ending.by):
            # before a name that follows the value ("Phấn đấu đến hết năm 2025, 100% …"), only
            # a year a target is for ("đến hết năm"), not any ("Nghị quyết … năm 2024, 100% …")
            name_hi, year, said = ending.cut, ending.year, ending.start  # the span holds it
        counting = _COUNT_VERB_RE.fullmatch(line, name_lo, name_hi) if name_lo < name_hi else None
        stop = values[i + 1].value_start if i + 1 < len(values) else len(line)
        # the name after the value, read only where a branch below may take it
        after = (
            _name_after(line, v, stop, change=_kind("", meanings) is not TargetKind.LEVEL)
            if counting or name_lo == name_hi or follows
            else None
        )
        restated = None
        if (
            cumulative
            and after is not None
            and name_lo == name_hi
            and _restates(line, v, after, phrases[-1])
        ):
            restated, after = after, None  # the target before's indicator, added up
        alone = after is not None and after.lo == after.hi and v.unit in _COUNTED_NOUNS
        if (
            counting
            and after is not None
            and (after.lo < after.hi or alone)
            and not _TIME_RE.match(line, after.lo)
        ):
            # "Có thêm 10 xã đạt chuẩn nông thôn mới": the verb, then the name after the value
            name_lo, name_hi = _unit_word(line, v) if alone else (after.lo, after.hi)
            year = year if after.year is None else after.year
            baseline = baseline or after.baseline
            end = max(after.read, v.end)
            if counting.group("more"):
                meanings.append((None, TargetKind.INCREASE, False))
        elif after is not None and (name_lo == name_hi or follows):
            # "Phấn đấu đến hết năm 2025, 100% Công an xã …": the name follows the value.
            name_lo, name_hi, read = after.lo, after.hi, after.read
            year = year if after.year is None else after.year
            baseline = baseline or after.baseline
            if not line[name_lo:name_hi].strip("()[] "):
                name_hi = name_lo  # "… 46% (đến năm 2030 đạt 48%)": the name before it
                if not _COMPARED_RE.match(line, name_lo):  # "… so với dự toán": its own words
                    read = name_lo
            start, end = _trim(line, hi, v.value_start)[0], max(read, v.end)
            if lead:  # the year's words too: "Đến năm 2027, 100% …"
                start = first
            elif said is not None:
                start = said
        trail = _YEAR_TRAIL_RE.match(line, v.end)
        if trail and year is None:  # "… đạt 45% vào năm 2030"
            year, end = int(trail.group("year") or trail.group("bare")), max(end, trail.end())
        indicator = line[name_lo:name_hi]
        if not indicator and alone and phrases and v.unit != phrases[-1].unit:
            # "Có thêm 50 dự án … và 30 doanh nghiệp": a thing of its own counted, not the
            # target before again
            name_lo, name_hi = _unit_word(line, v)
            indicator = line[name_lo:name_hi]
        sub_of = main if sub else None
        same = not indicator and phrases and not sub and not line[lo:hi].strip(_TRIM)
        if same:
            # "… đạt 45.000 tỷ đồng, tăng 10% so với năm 2024": the same indicator again, for
            # the same year
            indicator, sub_of = phrases[-1].indicator, phrases[-1].sub_of
            year = phrases[-1].year if year is None else year
            if cumulative and _sum_of_changes(v, phrases[-1]):
                meanings.append((None, phrases[-1].kind, False))
            if restated is not None:
                end = max(end, restated.read)  # its words are this target's, not the next one's
        cursor = end
        phrases.append(
            TargetPhrase(
                indicator=indicator,
                value=v.value,
                upper=v.upper,
                unit=v.unit,
                comparator=_comparator(v, meanings),
                kind=_kind(indicator, meanings),
                baseline_year=baseline,
                start=start,
                end=end,
                value_start=v.value_start,
                value_end=v.value_end,
                sub_of=sub_of,
                year=year,
            )
        )
        if not sub and not same:
            main = indicator
    return phrases
