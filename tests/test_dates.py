"""Dates: written and numeric styles, impossible dates, property tests."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nqgraph.dates import DATE_RE, find_dates, impossible_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 10 tháng 12 năm 2024", date(2024, 12, 10)),
        ("ngày 08 tháng 12 năm 2023", date(2023, 12, 8)),
        ("ngày 18/5/2023", date(2023, 5, 18)),
        ("08/12/2016", date(2016, 12, 8)),
        ("18-5-2023", date(2023, 5, 18)),
        ("ngày 1/6/2022", date(2022, 6, 1)),
        ("ngày  10  tháng 12   năm 2024", date(2024, 12, 10)),
        ("Ngày 07 tháng 01 năm 2022", date(2022, 1, 7)),
        ("18 / 5 / 2023", date(2023, 5, 18)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31/2/2023", "ngày 30 tháng 2 năm 2024", "18/13/2023", "2021 - 2025", "18/5-2023", "abc", ""],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_find_dates_in_text() -> None:
    text = (
        "Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ; Báo cáo số 225/BC-UBND "
        "ngày 22 tháng 11 năm 2024; giai đoạn 2021 - 2025; ngày 31/2/2023 không có."
    )
    found = find_dates(text)
    assert [d for _, _, d in found] == [date(2023, 5, 18), date(2024, 11, 22)]
    s, e, _ = found[0]
    assert text[s:e] == "ngày 18/5/2023"
    s, e, _ = found[1]
    assert text[s:e] == "ngày 22 tháng 11 năm 2024"


def test_identifier_is_not_a_date() -> None:
    assert find_dates("số 04/2021/NQ-HĐND") == []
    assert find_dates("số 06/2022/NĐ-CP và 1/2/3/2020") == []


def _styles(d: date) -> list[str]:
    return [
        f"ngày {d.day} tháng {d.month} năm {d.year}",
        f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}",
        f"ngày {d.day}/{d.month}/{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"ngày  {d.day} tháng  {d.month}  năm {d.year}",
    ]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_roundtrip_all_styles(d: date) -> None:
    for s in _styles(d):
        assert parse_date(s) == d
        assert [x for _, _, x in find_dates(f"Theo văn bản {s}, của tỉnh.")] == [d]


@given(st.text())
def test_garbage_never_crashes(s: str) -> None:
    with contextlib.suppress(ValueError):
        parse_date(s)
    for start, end, _ in find_dates(s):
        assert 0 <= start < end <= len(s)
        assert DATE_RE.search(s[start:end])


def test_impossible_dates_are_the_ones_find_dates_skips() -> None:
    text = "ngày 31 tháng 6 năm 2023, ngày 29/02/2024, 30-02-2023 và ngày 1 tháng 13 năm 2024"
    written = ["ngày 31 tháng 6 năm 2023", "30-02-2023", "ngày 1 tháng 13 năm 2024"]
    assert impossible_dates(text) == [(text.index(w), w) for w in written]
    assert impossible_dates(text, 10, 60) == [(text.index("30-02"), "30-02-2023")]
    assert [d.isoformat() for _, _, d in find_dates(text)] == ["2024-02-29"]
