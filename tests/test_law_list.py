"""The authority list of laws: read strictly, and identifying a law only when one fits."""

from __future__ import annotations

import datetime

import pytest

from nqgraph.errors import NqgraphError
from nqgraph.iris import Iris
from nqgraph.law_list import LawList, law_list, law_triples, parse_laws
from nqgraph.law_names import LAW_NAMES

ROWS = (
    "# a comment\n"
    "symbol\tdate\tname\n"
    "45/2013/QH13\t2013-11-29\tLuật Đất đai\n"
    "31/2024/QH15\t2024-01-18\tLuật Đất đai\n"
    "65/2025/QH15\t2025-02-19\tLuật Tổ chức chính quyền địa phương\n"
    "72/2025/QH15\t2025-06-16\tLuật Tổ chức chính quyền địa phương\n"
)


@pytest.fixture
def laws() -> LawList:
    return LawList.from_rows(parse_laws(ROWS))


def test_a_law_is_identified_by_name_and_date(laws: LawList) -> None:
    found = laws.identify("Luật Tổ chức chính quyền địa phương", datetime.date(2025, 6, 16))
    assert found is not None and found.symbol == "72/2025/QH15"
    assert (found.number, found.year, found.issuer_code) == ("72", 2025, "QH15")
    # the name as the text cases it, with the other tone placement, or without "Luật"
    assert laws.identify("LUẬT ĐẤT ĐAI", datetime.date(2024, 1, 18)) is not None
    assert laws.identify("Đất đai", datetime.date(2013, 11, 29)) is not None
    assert laws.identify("Luật Đất đai", datetime.date(2024, 1, 19)) is None  # another day


def test_by_name_and_year_only_when_the_year_holds_one_law_of_that_name(laws: LawList) -> None:
    found = laws.identify("Luật Đất đai", year=2024)
    assert found is not None and found.symbol == "31/2024/QH15"
    assert laws.identify("Luật Tổ chức chính quyền địa phương", year=2025) is None  # two
    assert laws.identify("Luật Đất đai", year=2020) is None
    assert laws.identify("Luật Đất đai") is None  # the name alone says not which
    assert laws.identify("Luật Nhà ở", year=2024) is None  # not in the list


@pytest.mark.parametrize(
    ("row", "line"),
    [
        ("77/2015/QH13\t2015-06-19", 3),  # two cells
        ("77/2015/QH13\t19/06/2015\tLuật Tổ chức chính quyền địa phương", 3),  # not ISO
        ("77/2015/QH13\t2016-06-19\tLuật Tổ chức chính quyền địa phương", 3),  # other year
        ("77/QH13\t2015-06-19\tLuật Tổ chức chính quyền địa phương", 3),  # no year
        ("77/2015/QH13\t2015-06-19\tTổ chức chính quyền địa phương", 3),  # no "Luật"
    ],
)
def test_a_malformed_row_is_an_error_naming_its_line(row: str, line: int) -> None:
    with pytest.raises(NqgraphError) as caught:
        parse_laws(f"# laws\nsymbol\tdate\tname\n{row}\n", "laws.tsv")
    assert str(caught.value).startswith(f"laws.tsv:{line}: ")


def test_the_shipped_list_is_consistent() -> None:
    """Each symbol once; each name that a scanner would cut (a comma, "và") is one the reader
    takes whole (law_names.py) or an amending law's, so that its citations can be matched."""
    shipped = [law for found in law_list().by_name.values() for law in found]
    assert len(shipped) >= 30
    assert len({law.symbol for law in shipped}) == len(shipped)
    whole = {f"Luật {name}" for name in LAW_NAMES}
    for law in shipped:
        if "," in law.name or " và " in law.name:
            assert law.name in whole or law.name.startswith("Luật sửa đổi, bổ sung"), law.name
    found = law_list().identify("Luật Tổ chức chính quyền địa phương", datetime.date(2015, 6, 19))
    assert found is not None and found.symbol == "77/2015/QH13"


def test_the_list_as_rdf_is_minted_under_the_base() -> None:
    """Published as vocabularies/laws.ttl and stored with the vocabularies: each law by the IRI
    its numbered citation gets, with its number, date and name, passed by the Assembly."""
    base = "https://example.org/nq/"
    triples = law_triples(Iris(base))
    assert all(s.startswith(base) for s, _, _ in triples)
    eli = "http://data.europa.eu/eli/ontology#"
    numbers = {s: o for s, p, o in triples if p == eli + "id_local"}
    assert len(numbers) == sum(len(found) for found in law_list().by_name.values())
    law = base + "eli/vn/tw/luat-qh13/2015/77"
    said = {(p, o) for s, p, o in triples if s == law}
    assert (eli + "id_local", '"77/2015/QH13"') in said
    assert (eli + "date_document", '"2015-06-19"^^<http://www.w3.org/2001/XMLSchema#date>') in said
    assert (eli + "passed_by", base + "org/tw/quoc-hoi") in said
    assert law_triples(Iris(base)) == triples  # the same every time
