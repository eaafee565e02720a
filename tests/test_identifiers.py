"""Identifiers: state and party symbols, spacing variants, things that are not identifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nqgraph.doctypes import DOC_TYPES
from nqgraph.identifiers import find_identifiers
from nqgraph.model import DocKind

S, P = DocKind.STATE, DocKind.PARTY


@pytest.mark.parametrize(
    ("text", "kind", "number", "year", "type_code", "issuer", "symbol"),
    [
        ("112/NQ-HĐND", S, "112", None, "NQ", "HĐND", "112/NQ-HĐND"),
        ("160/TTr-UBND", S, "160", None, "TTr", "UBND", "160/TTr-UBND"),
        ("82/NQ-CP", S, "82", None, "NQ", "CP", "82/NQ-CP"),
        ("08/CT-TTg", S, "08", None, "CT", "TTg", "08/CT-TTg"),
        ("04/2021/NQ-HĐND", S, "04", 2021, "NQ", "HĐND", "04/2021/NQ-HĐND"),
        ("06/2022/NĐ-CP", S, "06", 2022, "NĐ", "CP", "06/2022/NĐ-CP"),
        ("72/2025/QH15", S, "72", 2025, None, "QH15", "72/2025/QH15"),
        ("01/2024/TT-BTC", S, "01", 2024, "TT", "BTC", "01/2024/TT-BTC"),
        ("18-NQ/TW", P, "18", None, "NQ", "TW", "18-NQ/TW"),
        ("76-KL/TW", P, "76", None, "KL", "TW", "76-KL/TW"),
        ("01-NQ/TU", P, "01", None, "NQ", "TU", "01-NQ/TU"),
        ("10-NQ/TU", P, "10", None, "NQ", "TU", "10-NQ/TU"),
        ("05-CT/TW", P, "05", None, "CT", "TW", "05-CT/TW"),
        # spacing variants and the look-alike Ð (U+00D0)
        ("112/NQ- HĐND", S, "112", None, "NQ", "HĐND", "112/NQ-HĐND"),
        ("112 /NQ-HĐND", S, "112", None, "NQ", "HĐND", "112/NQ-HĐND"),
        ("18-NQ /TW", P, "18", None, "NQ", "TW", "18-NQ/TW"),
        ("04 / 2021 / NQ - H\u00d0ND", S, "04", 2021, "NQ", "HĐND", "04/2021/NQ-HĐND"),
    ],
)
def test_identifier_fields(
    text: str,
    kind: DocKind,
    number: str,
    year: int | None,
    type_code: str | None,
    issuer: str,
    symbol: str,
) -> None:
    sentence = f"Thực hiện văn bản số {text} ngày 10 tháng 12 năm 2024 của tỉnh."
    [ident] = find_identifiers(sentence)
    assert (ident.kind, ident.number, ident.year, ident.type_code) == (
        kind,
        number,
        year,
        type_code,
    )
    assert (ident.issuer_code, ident.symbol) == (issuer, symbol)
    assert ident.number_int == int(number)
    assert sentence[ident.start : ident.end] == text


@pytest.mark.parametrize(
    "text",
    [
        "ngày 18/5/2023",
        "giai đoạn 2021 - 2025",
        "2021-2025",
        "18-5-2023",
        "đạt 1/2 số xã",
        "tăng 50%/năm",
        "132 triệu đồng/người/năm",
        "3/4",
        "Điều 3. Tổ chức thực hiện",
    ],
)
def test_not_identifiers(text: str) -> None:
    assert find_identifiers(text) == []


def test_several_in_order() -> None:
    text = "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW; Nghị định số 06/2022/NĐ-CP."
    assert [i.symbol for i in find_identifiers(text)] == ["18-NQ/TW", "19-NQ/TW", "06/2022/NĐ-CP"]


_TYPES = [t.code for t in DOC_TYPES]
_ISSUERS = ["HĐND", "UBND", "CP", "TTg", "BTC", "QH15", "TW", "TU", "BKHĐT", "NHNN"]
_FILLER = st.lists(
    st.sampled_from(
        ["các", "Nghị quyết", "số", "ngày", "tỉnh", "năm 2024", "về", "và", "2021 - 2025"]
    ),
    max_size=6,
).map(" ".join)
_SEP = st.sampled_from(["", " "])


@given(
    number=st.integers(0, 9999).map(str) | st.integers(1, 99).map(lambda n: f"{n:02d}"),
    year=st.none() | st.integers(1990, 2099),
    type_code=st.sampled_from(_TYPES),
    issuer=st.sampled_from(_ISSUERS),
    party=st.booleans(),
    before=_FILLER,
    after=_FILLER,
    s1=_SEP,
    s2=_SEP,
)
def test_generated_identifiers(
    number: str,
    year: int | None,
    type_code: str,
    issuer: str,
    party: bool,
    before: str,
    after: str,
    s1: str,
    s2: str,
) -> None:
    if party:
        written = f"{number}{s1}-{type_code}{s2}/{issuer}"
        symbol, year = f"{number}-{type_code}/{issuer}", None
    else:
        y = f"{year}/" if year else ""
        written = f"{number}{s1}/{y}{type_code}-{s2}{issuer}"
        symbol = f"{number}/{y}{type_code}-{issuer}"
    text = f"{before} {written} {after}."
    found = [i for i in find_identifiers(text) if i.start >= len(before)]
    assert len(found) == 1
    ident = found[0]
    assert ident.symbol == symbol
    assert (ident.number, ident.year, ident.type_code, ident.issuer_code) == (
        number,
        year,
        type_code,
        issuer,
    )
    assert ident.kind == (DocKind.PARTY if party else DocKind.STATE)
    assert text[ident.start : ident.end] == written
