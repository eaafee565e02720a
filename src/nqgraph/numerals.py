"""Ordinals and small numbers written in Vietnamese words or Roman numerals.

"KỲ HỌP THỨ HAI MƯƠI BA" → 23, "thứ mười sáu" → 16, "KHÓA XIV" → 14, "thứ 3" → 3.
"""

from __future__ import annotations

import re

_UNITS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}

_ROMAN: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ROMAN_RE = re.compile(r"^[IVXLC]+$")
NUMBER_WORD = "|".join(sorted([*_UNITS, "mười", "mươi", "trăm"], key=len, reverse=True))
#: an ordinal after "thứ": digits or a run of number words
ORDINAL_PATTERN = rf"(?:\d{{1,3}}|(?:(?:{NUMBER_WORD})(?:\s+|$|(?=[,.;:)])))+)"


def parse_roman(text: str) -> int | None:
    """Value of a Roman numeral ("XIV" → 14), or None if it is not one."""
    text = text.strip().upper()
    if not text or not ROMAN_RE.match(text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        nxt = _ROMAN[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total if total > 0 else None


def parse_words(text: str) -> int | None:
    """Value of a number written in words, up to 999 ("hai mươi ba" → 23), or None."""
    words = text.strip().lower().split()
    if not words:
        return None
    total = 0
    current = 0
    for word in words:
        if word in ("mười",):
            current += 10
        elif word == "mươi":
            current = (current or 1) * 10
        elif word == "trăm":
            total += (current or 1) * 100
            current = 0
        elif word in _UNITS:
            current += _UNITS[word]
        else:
            return None
    return total + current


def parse_ordinal(text: str) -> int | None:
    """Digits, words or a Roman numeral, whichever `text` is."""
    text = text.strip().rstrip(".,;:")
    if text.isdigit():
        return int(text)
    return parse_words(text) if parse_roman(text) is None else parse_roman(text)
