"""Province names in running text: "tỉnh Thái Nguyên", "THÀNH PHỐ HỒ CHÍ MINH", "TP. Hà Nội",
"tỉnh Bà Rịa - Vũng Tàu", "Tỉnh ủy Lào Cai".

One finder for the reader (the issuing council), the IRIs (programmes named after a province)
and the canonical names of bodies, so that they always agree.
"""

from __future__ import annotations

import re

_UNIT = r"(?:tỉnh\s+ủy|tỉnh\s+uỷ|thành\s+ủy|thành\s+uỷ|tỉnh|thành\s+phố|tp\.)"
_WORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}|\s*-\s*{_WORD})*"
#: a unit word (any case) followed by a capitalised name; joined words may be hyphenated
PROVINCE_RE = re.compile(rf"(?<![^\W\d_])(?P<unit>{_UNIT})\s*(?P<name>{_NAME})", re.IGNORECASE)
_STOP_WORDS = frozenset({"KHÓA", "KHOÁ", "KỲ", "CỘNG", "SỐ", "NHIỆM", "GIAI", "THỜI", "TẦM"})


def find_province(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the first province named in `text`, the name in title case."""
    for m in PROVINCE_RE.finditer(text):
        words = re.split(r"(\s*-\s*|\s+)", m.group("name"))
        kept: list[str] = []
        for i in range(0, len(words), 2):
            word = words[i]
            if word.upper() in _STOP_WORDS or not word[:1].isupper():
                break
            kept.extend([words[i - 1]] if i else [])
            kept.append(word)
        while kept and not kept[-1].strip(" -"):
            kept.pop()
        if not kept:
            continue
        raw = "".join(kept)
        end = m.start("name") + len(raw)
        return m.start("name"), end, _title(raw)
    return None


def _title(name: str) -> str:
    """ "THÁI NGUYÊN" → "Thái Nguyên"; "Bà Rịa -  Vũng Tàu" → "Bà Rịa - Vũng Tàu"."""
    name = re.sub(r"\s*-\s*", " - ", " ".join(name.split()))
    if name.isupper():
        name = " ".join(w if w == "-" else w.capitalize() for w in name.split(" "))
    return name
