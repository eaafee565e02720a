"""Vietnamese numbers: decimal comma, dot or space thousands, the "1.5" ambiguity."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nqgraph.numbers import NUMBER_RE, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8,5", "8.5"),
        ("23.600", "23600"),
        ("19.515", "19515"),
        ("1.234.567,89", "1234567.89"),
        ("02", "2"),
        ("01", "1"),
        ("0,5", "0.5"),
        ("95,25", "95.25"),
        ("100", "100"),
        ("5.000", "5000"),
        ("2 500", "2500"),
        ("1 234 567,89", "1234567.89"),
        ("1\u00a0000", "1000"),
        (" 7,5 ", "7.5"),
        # a dot not followed by exactly three digits is a decimal point
        ("1.5", "1.5"),
        ("12.25", "12.25"),
        ("3.1416", "3.1416"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    ["", " ", "abc", "1.234.5", "1,2,3", "1,", ",5", "1.", ".5", "-5", "5%", "1..2", "١٢", "1 23"],
)
def test_garbage_is_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_number_re_in_running_text() -> None:
    line = "đạt 23.600 tỷ đồng, khoảng 4,5 - 5%, 1.234.5 và GRDP2"
    assert [m.group() for m in NUMBER_RE.finditer(line)] == ["23.600", "4,5", "5"]


def _vietnamese(value: Decimal, *, dots: bool) -> str:
    sign, _digits, exponent = value.as_tuple()
    assert isinstance(exponent, int) and not sign
    whole, frac = divmod(value, 1)
    whole_text = f"{int(whole):,}".replace(",", ".") if dots else str(int(whole))
    if exponent >= 0:
        return whole_text
    frac_digits = str(frac)[2:] if frac else "0" * -exponent
    return f"{whole_text},{frac_digits}"


amounts = st.decimals(
    min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False
) | st.integers(min_value=0, max_value=10**12 - 1).map(Decimal)


@given(amounts, st.booleans())
def test_round_trip(value: Decimal, dots: bool) -> None:
    text = _vietnamese(value, dots=dots)
    assert parse_number(text) == value
    assert [m.group() for m in NUMBER_RE.finditer(f"đạt {text} tỷ đồng.")] == [text]


@given(st.text(max_size=30))
def test_random_text_parses_or_raises_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_number(text)
