"""Document identifiers ("số và ký hiệu"): state `112/NQ-HĐND`, `04/2021/NQ-HĐND`, `72/2025/QH15`;
party `18-NQ/TW`, `01-NQ/TU`.

Works on normalised text and tolerates spaces around the separators ("NQ- HĐND", "112 /NQ-HĐND",
"18-NQ /TW") and the look-alike "Ð". A code (type or issuer) is a run of capitals with at most one
lower-case letter inside ("NQ", "TTr", "TTg", "HĐND", "QĐi"), an issuer optionally followed by
digits ("QH15") and further "-CODE" parts ("BTC-BNV"). Dates, ranges, fractions and percentages
carry no code, so they never match. Not recognised: identifiers with neither a type nor a year
("123/UBND"), numbers with letters ("12a/…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nqgraph.model import DocKind

_UP = "A-ZĐƯƠÂĂÊÔ\u00d0"
_CODE = rf"[{_UP}]+(?:[a-zđ][{_UP}]*)?(?![^\W\d_])"
_ISSUER = rf"{_CODE}\d*(?:-{_CODE}\d*)*(?![\w])"
_LEFT = r"(?<![\w/.,-])"

_STATE_RE = re.compile(
    rf"{_LEFT}(?P<number>\d{{1,5}})\s*/\s*"
    rf"(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?"
    rf"(?:(?P<type>{_CODE})\s*-\s*)?"
    rf"(?P<issuer>{_ISSUER})"
)
_PARTY_RE = re.compile(
    rf"{_LEFT}(?P<number>\d{{1,5}})\s*-\s*(?P<type>{_CODE})\s*/\s*(?P<issuer>{_ISSUER})"
)


@dataclass(frozen=True, slots=True)
class Identifier:
    """One identifier found in text; offsets are into that text, `symbol` is canonical."""

    start: int
    end: int
    kind: DocKind  # DocKind.STATE or DocKind.PARTY
    number: str  # as written, leading zeros kept: "04"
    year: int | None
    type_code: str | None  # "NQ", "TTr"; None for "72/2025/QH15"
    issuer_code: str  # "HĐND", "CP", "QH15", "TW"
    symbol: str  # "04/2021/NQ-HĐND", "18-NQ/TW": "Đ", no spaces

    @property
    def number_int(self) -> int:
        return int(self.number)


def _fold(code: str) -> str:
    return code.replace("\u00d0", "Đ")


def _state(m: re.Match[str]) -> Identifier | None:
    year_s, type_code, issuer = m.group("year"), m.group("type"), _fold(m.group("issuer"))
    if type_code is None and year_s is None:
        return None  # "5/Người", "123/UBND": too weak to be an identifier
    year = int(year_s) if year_s else None
    type_code = _fold(type_code) if type_code else None
    number = m.group("number")
    symbol = number + (f"/{year}" if year else "") + "/" + (f"{type_code}-" if type_code else "")
    return Identifier(
        m.start(), m.end(), DocKind.STATE, number, year, type_code, issuer, symbol + issuer
    )


def _party(m: re.Match[str]) -> Identifier:
    number, type_code, issuer = m.group("number"), _fold(m.group("type")), _fold(m.group("issuer"))
    symbol = f"{number}-{type_code}/{issuer}"
    return Identifier(m.start(), m.end(), DocKind.PARTY, number, None, type_code, issuer, symbol)


def find_identifiers(text: str) -> list[Identifier]:
    """Every state or party document identifier in `text`, in text order, without overlaps."""
    found: list[Identifier] = []
    for m in _STATE_RE.finditer(text):
        ident = _state(m)
        if ident is not None:
            found.append(ident)
    found.extend(_party(m) for m in _PARTY_RE.finditer(text))
    found.sort(key=lambda i: (i.start, -i.end))
    result: list[Identifier] = []
    for ident in found:
        if result and ident.start < result[-1].end:
            continue
        result.append(ident)
    return result
