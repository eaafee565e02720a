"""Vietnamese numbers: decimal comma, dot (or space) as the thousands separator.

"8,5" → 8.5, "23.600" → 23600, "1.234.567,89" → 1234567.89, "2 500" → 2500, "02" → 2.

Ambiguity: a dot followed by exactly three digits is a thousands separator ("19.515" → 19515);
a single dot followed by any other number of digits is read as a decimal point ("1.5" → 1.5,
"12.25" → 12.25), because some texts are typed that way. "1.500" therefore means 1500, never 1.5.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["NUMBER_RE", "parse_number"]

_GROUP_SPACE = "[ \u00a0\u202f]"  # space, no-break space, narrow no-break space

NUMBER_RE = re.compile(
    rf"""
    (?<![\w.,])                                   # not inside a word or another number
    (?:
        [0-9]{{1,3}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?     # 1.234.567,89 (dot thousands)
      | [0-9]{{1,3}}(?:{_GROUP_SPACE}[0-9]{{3}})+(?:,[0-9]+)?   # 1 234 567,89 (space thousands)
      | [0-9]+\.(?![0-9]{{3}}(?![0-9]))[0-9]+        # 1.5: a dot not followed by exactly 3 digits
      | [0-9]+(?:,[0-9]+)?                          # 100, 8,5, 02
    )
    (?![0-9]|[.,][0-9])                           # not cut out of a longer number
    """,
    re.VERBOSE,
)
"""A Vietnamese number as written in running text (no sign)."""


def parse_number(s: str) -> Decimal:
    """Read a Vietnamese number ("8,5", "23.600", "1.234.567,89", "1.5") as a Decimal.

    Raises ValueError when `s` (surrounding whitespace aside) is not exactly one number.
    """
    text = s.strip()
    if not NUMBER_RE.fullmatch(text):
        raise ValueError(f"not a Vietnamese number: {s!r}")
    if "," in text:
        whole, frac = text.split(",")
        whole = re.sub(rf"[.]|{_GROUP_SPACE}", "", whole)
        return Decimal(f"{int(whole)}.{frac}")
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", text):
        return Decimal(int(text.replace(".", "")))
    if "." in text:
        whole, frac = text.split(".")
        return Decimal(f"{int(whole)}.{frac}")
    return Decimal(int(re.sub(_GROUP_SPACE, "", text)))
