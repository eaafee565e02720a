"""Vietnamese dates: "ngày 10 tháng 12 năm 2024", "ngày 18/5/2023", "08/12/2016", "18-5-2023".

Works on normalised text (dashes folded to "-"), tolerating extra spaces inside a date.
Matches that are not calendar dates (31/2) are skipped by `find_dates` and rejected by
`parse_date`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

DATE_RE = re.compile(
    r"(?<![\w/.,-])"
    r"(?:"
    # written: ngày 10 tháng 12 năm 2024
    r"ngày\s*(?P<wd>\d{1,2})\s*tháng\s*(?P<wm>\d{1,2})\s*năm\s*(?P<wy>\d{4})"
    r"|"
    # numeric: (ngày) 18/5/2023, 18-5-2023 (one separator kind per date)
    r"(?:ngày\s*)?(?P<nd>\d{1,2})\s*(?P<sep>[/-])\s*(?P<nm>\d{1,2})\s*(?P=sep)\s*(?P<ny>\d{4})"
    r")"
    r"(?![\w/]|-\d)",
    re.IGNORECASE,
)


def _to_date(m: re.Match[str]) -> date | None:
    if m.group("wd") is not None:
        d, mo, y = m.group("wd"), m.group("wm"), m.group("wy")
    else:
        d, mo, y = m.group("nd"), m.group("nm"), m.group("ny")
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every valid date in `text` as (start, end, date), in text order."""
    found: list[tuple[int, int, date]] = []
    for m in DATE_RE.finditer(text):
        d = _to_date(m)
        if d is not None:
            found.append((m.start(), m.end(), d))
    return found


def impossible_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """The dates in `text[start:end]` that no calendar has ("ngày 31 tháng 6 năm 2023",
    "30/2/2024"), as (offset, words as written): `find_dates` skips them, and a clerk needs
    to know why a date went missing."""
    matches = DATE_RE.finditer(text, start, len(text) if end is None else end)
    return [(m.start(), m.group()) for m in matches if _to_date(m) is None]


_PASSED_RE = re.compile(r"thông\s+qua\b")
# what ends the stretch after "thông qua" where its date stands ("tại Kỳ họp thứ 19 ngày …"):
# another clause ("có hiệu lực …", "thay thế Nghị quyết số … ngày …") or the sentence
_OTHER_CLAUSE_RE = re.compile(r"hiệu\s+lực|thay\s+thế|bãi\s+bỏ|sửa\s+đổi|[;.](?:\s|$)", re.I)


def passed_windows(statement: str) -> list[tuple[int, int]]:
    """(start, end) of the stretch after each "thông qua" of an adoption statement, up to the
    next clause: where the date the council passed the resolution is written."""
    stops = [m.start() for m in _OTHER_CLAUSE_RE.finditer(statement)]  # found once: bisected
    windows = []
    for m in _PASSED_RE.finditer(statement):
        i = bisect_left(stops, m.end())
        windows.append((m.end(), stops[i] if i < len(stops) else len(statement)))
    return windows


def match_date_at(text: str, pos: int) -> tuple[int, date] | None:
    """The date starting exactly at `pos` as (end, date), or None."""
    m = DATE_RE.match(text, pos)
    if m is None:
        return None
    d = _to_date(m)
    return None if d is None else (m.end(), d)


def parse_date(s: str) -> date:
    """Parse one date written in any supported style; ValueError if `s` is not exactly a date."""
    m = DATE_RE.fullmatch(" ".join(s.split()))
    if m is None:
        raise ValueError(f"not a date: {s!r}")
    d = _to_date(m)
    if d is None:
        raise ValueError(f"impossible date: {s!r}")
    return d
