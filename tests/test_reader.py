"""The facts of the two seed resolutions, annotated by hand from the texts.

Every expectation here was read off `data/source/*.md` by a person, not copied from the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from nqgraph import model, reader
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris
from nqgraph.model import Comparator as C
from nqgraph.model import TargetKind as K
from nqgraph.structure import layout
from nqgraph.text import normalise
from nqgraph.validate import check_triples

ROOT = Path(__file__).resolve().parents[1]
SEED_112 = ROOT / "data/source/112-NQ-HDND-2024-thai-nguyen.md"
SEED_94 = ROOT / "data/source/94-NQ-HDND-2023-thai-nguyen.md"

UBND_TN = "Ủy ban nhân dân tỉnh Thái Nguyên"
BCH_TW = "Ban Chấp hành Trung ương"
BCH_TW_XII = "Ban Chấp hành Trung ương Đảng Khóa XII"
BCH_TINH = "Ban Chấp hành Đảng bộ tỉnh"
HDND_TINH = "Hội đồng nhân dân tỉnh"

LAW_2015 = ("Luật Tổ chức chính quyền địa phương", date(2015, 6, 19))
LAW_2019 = (
    "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và "
    "Luật Tổ chức chính quyền địa phương",
    date(2019, 11, 22),
)

# (indicator as written, value, upper, unit, comparator, kind, parent, baseline, category)
TARGETS_112 = [
    ("Tốc độ tăng trưởng kinh tế (GRDP)", "8.5", None, "%", C.EQ, K.LEVEL, None, None, "economic"),
    ("Công nghiệp, xây dựng", "57.7", None, "%", C.EQ, K.SHARE, "Cơ cấu kinh tế", None, "economic"),
    (
        "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm",
        "32.7",
        None,
        "%",
        C.EQ,
        K.SHARE,
        "Cơ cấu kinh tế",
        None,
        "economic",
    ),
    (
        "Nông, lâm nghiệp, thủy sản",
        "9.6",
        None,
        "%",
        C.EQ,
        K.SHARE,
        "Cơ cấu kinh tế",
        None,
        "economic",
    ),
    (
        "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
        "10",
        None,
        "%",
        C.EQ,
        K.INCREASE,
        None,
        None,
        "economic",
    ),
    (
        "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản",
        "3.5",
        None,
        "%",
        C.EQ,
        K.INCREASE,
        None,
        None,
        "economic",
    ),
    ("Giá trị xuất khẩu", "9", None, "%", C.EQ, K.INCREASE, None, None, "economic"),
    (
        "xuất khẩu địa phương",
        "7",
        None,
        "%",
        C.EQ,
        K.INCREASE,
        "Giá trị xuất khẩu",
        2024,
        "economic",
    ),
    (
        "GRDP bình quân đầu người",
        "132",
        None,
        "triệu đồng/người/năm",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "economic",
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn tỉnh (kể hoạch địa phương giao)",
        "23600",
        None,
        "tỷ đồng",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "economic",
    ),
    ("Tỷ lệ lao động qua đào tạo", "76.5", None, "%", C.EQ, K.LEVEL, None, None, "social"),
    (
        "có bằng cấp, chứng chỉ",
        "36.8",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        "Tỷ lệ lao động qua đào tạo",
        None,
        "social",
    ),
    ("Tỷ lệ thất nghiệp ở thành thị", "3", None, "%", C.LT, K.LEVEL, None, None, "social"),
    (
        "Giảm tỷ lệ hộ nghèo (theo chuẩn mới)",
        "0.5",
        None,
        "%",
        C.GE,
        K.DECREASE,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ người lao động tham gia bảo hiểm xã hội",
        "45",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Số xã đạt chuẩn nông thôn mới trong năm",
        "2",
        None,
        "xã",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế",
        "95",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        "95.25",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    ("Tỷ lệ trường đạt chuẩn quốc gia", "90", None, "%", C.EQ, K.LEVEL, None, None, "social"),
    (
        "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú",
        "8",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ gia đình văn hóa",
        "90",
        None,
        "%",
        C.GE,
        K.LEVEL,
        "Chỉ tiêu về văn hóa",
        None,
        "social",
    ),
    (
        "Tỷ lệ xóm, làng, tổ dân phố văn hóa",
        "90",
        None,
        "%",
        C.GE,
        K.LEVEL,
        "Chỉ tiêu về văn hóa",
        None,
        "social",
    ),
    (
        "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa",
        "92",
        None,
        "%",
        C.GE,
        K.LEVEL,
        "Chỉ tiêu về văn hóa",
        None,
        "social",
    ),
    ("Ổn định tỷ lệ che phủ rừng", "46", None, "%", C.GE, K.LEVEL, None, None, "environment"),
    (
        "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
        "98",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "environment",
    ),
]

TARGETS_94 = [
    ("Tốc độ tăng trưởng kinh tế (GRDP)", "7.5", None, "%", C.EQ, K.LEVEL, None, None, "economic"),
    ("Công nghiệp, xây dựng", "58.6", None, "%", C.EQ, K.SHARE, "Cơ cấu kinh tế", None, "economic"),
    (
        "Dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm",
        "31.8",
        None,
        "%",
        C.EQ,
        K.SHARE,
        "Cơ cấu kinh tế",
        None,
        "economic",
    ),
    (
        "Nông, lâm nghiệp, thủy sản",
        "9.6",
        None,
        "%",
        C.EQ,
        K.SHARE,
        "Cơ cấu kinh tế",
        None,
        "economic",
    ),
    (
        "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
        "8.5",
        None,
        "%",
        C.EQ,
        K.INCREASE,
        None,
        None,
        "economic",
    ),
    (
        "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản",
        "3.5",
        None,
        "%",
        C.EQ,
        K.INCREASE,
        None,
        None,
        "economic",
    ),
    ("Giá trị xuất khẩu", "8", None, "%", C.EQ, K.INCREASE, None, None, "economic"),
    (
        "giá trị xuất khẩu địa phương",
        "9",
        None,
        "%",
        C.EQ,
        K.INCREASE,
        "Giá trị xuất khẩu",
        2023,
        "economic",
    ),
    (
        "GRDP bình quân đầu người",
        "123",
        None,
        "triệu đồng/người/năm",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "economic",
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn tỉnh",
        "19515",
        None,
        "tỷ đồng",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "economic",
    ),
    ("Tỷ lệ lao động qua đào tạo", "74", None, "%", C.EQ, K.LEVEL, None, None, "social"),
    (
        "có bằng cấp, chứng chỉ",
        "36.5",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        "Tỷ lệ lao động qua đào tạo",
        None,
        "social",
    ),
    ("Tỷ lệ thất nghiệp ở thành thị", "3", None, "%", C.LT, K.LEVEL, None, None, "social"),
    (
        "Giảm tỷ lệ hộ nghèo (theo chuẩn mới)",
        "0.8",
        None,
        "%",
        C.GE,
        K.DECREASE,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ người lao động tham gia bảo hiểm xã hội",
        "42.5",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Số xã đạt chuẩn nông thôn mới trong năm",
        "2",
        None,
        "xã",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới",
        "1",
        None,
        "đơn vị",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế",
        "72",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "95", None, "%", C.EQ, K.LEVEL, None, None, "social"),
    ("Tỷ lệ trường đạt chuẩn quốc gia", "89", None, "%", C.EQ, K.LEVEL, None, None, "social"),
    (
        "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú",
        "8",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "social",
    ),
    (
        "Tỷ lệ gia đình văn hóa",
        "90",
        None,
        "%",
        C.GE,
        K.LEVEL,
        "Chỉ tiêu về văn hóa",
        None,
        "social",
    ),
    (
        "Tỷ lệ xóm, làng, tổ dân phố văn hóa",
        "90",
        None,
        "%",
        C.GE,
        K.LEVEL,
        "Chỉ tiêu về văn hóa",
        None,
        "social",
    ),
    (
        "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa",
        "92",
        None,
        "%",
        C.GE,
        K.LEVEL,
        "Chỉ tiêu về văn hóa",
        None,
        "social",
    ),
    ("Ổn định tỷ lệ che phủ rừng", "46", None, "%", C.GE, K.LEVEL, None, None, "environment"),
    (
        "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
        "97.5",
        None,
        "%",
        C.EQ,
        K.LEVEL,
        None,
        None,
        "environment",
    ),
]

# numbered references in the body: (symbol, date, issuer as written)
REFS_112 = [
    ("41-NQ/TW", date(2023, 10, 10), "Bộ Chính trị"),
    ("20-NQ/TW", date(2023, 6, 16), BCH_TW),
    ("04/2021/NQ-HĐND", date(2021, 3, 23), HDND_TINH),
    ("18-NQ/TW", date(2017, 10, 25), BCH_TW_XII),
    ("01-NQ/TU", date(2020, 12, 31), BCH_TINH),
]
REFS_94 = [
    ("19-NQ/TW", date(2023, 6, 16), BCH_TW),
    ("10-NQ/TU", date(2019, 10, 21), BCH_TINH),
    ("20-NQ/TW", date(2023, 6, 16), BCH_TW),
    ("04/2021/NQ-HĐND", date(2021, 3, 23), HDND_TINH),
    ("08/CT-TTg", date(2022, 6, 1), "Thủ tướng Chính phủ"),
    ("01-NQ/TU", date(2020, 12, 31), BCH_TINH),
    ("20-NQ/TW", date(2017, 10, 25), BCH_TW_XII),
    ("21-NQ/TW", date(2017, 10, 25), BCH_TW_XII),
    ("76-KL/TW", date(2020, 6, 4), "Bộ Chính trị"),
    ("33-NQ/TW", date(2014, 6, 9), "Ban Chấp hành Trung ương Đảng khóa XI"),
    ("82/NQ-CP", date(2023, 5, 18), "Chính phủ"),
    ("25/NQ-HĐND", date(2021, 12, 10), HDND_TINH),
    ("06/2022/NĐ-CP", date(2022, 1, 7), "Chính phủ"),
    ("18-NQ/TW", date(2017, 10, 25), BCH_TW_XII),
    ("19-NQ/TW", date(2017, 10, 25), BCH_TW_XII),
    ("117/NQ-CP", date(2023, 7, 30), "Chính phủ"),
    ("76/NQ-CP", date(2021, 7, 15), "Chính phủ"),
]
SUPERVISORS = [
    "Thường trực Hội đồng nhân dân tỉnh",
    "các Ban Hội đồng nhân dân tỉnh",
    "các Tổ đại biểu Hội đồng nhân dân tỉnh",
    "đại biểu Hội đồng nhân dân tỉnh",
]
RECIPIENTS_112 = [
    "Ủy ban Thường vụ Quốc hội",
    "Chính phủ",
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND tỉnh",
    "Ủy ban nhân dân tỉnh",
    "Đoàn đại biểu Quốc hội tỉnh",
    "Ủy ban MTTQ tỉnh",
    "Các đại biểu HĐND tỉnh Khóa XIV",
    "Tòa án nhân dân tỉnh",
    "Viện Kiểm sát nhân dân tỉnh",
    "Cục Thi hành án dân sự tỉnh",
    "Kiểm toán nhà nước Khu vực X",
    "Văn phòng: Tỉnh ủy, Ủy ban nhân dân tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Các sở, ban, ngành, đoàn thể của tỉnh",
    "Ban Thi đua - Khen thưởng tỉnh",
    "TT HĐND, UBND các huyện, thành phố",
    "Báo Thái Nguyên",
    "Trung tâm Thông tin tỉnh",
]


@pytest.fixture(scope="module")
def r112() -> model.Resolution:
    return reader.read_path(SEED_112)


@pytest.fixture(scope="module")
def r94() -> model.Resolution:
    return reader.read_path(SEED_94)


def target_rows(res: model.Resolution) -> list[tuple[object, ...]]:
    return [
        (
            t.indicator,
            str(t.value),
            None if t.upper is None else str(t.upper),
            t.unit,
            t.comparator,
            t.kind,
            t.parent,
            t.baseline_year,
            t.category,
        )
        for t in res.targets
    ]


def expected_rows(table: Sequence[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(r[0], str(Decimal(str(r[1]))), *r[2:]) for r in table]


def ref_rows(refs: list[model.DocumentRef]) -> list[tuple[object, ...]]:
    return [(r.symbol, r.date, r.issuer.name if r.issuer else None) for r in refs if r.symbol]


def test_header_112(r112: model.Resolution) -> None:
    assert (r112.number, r112.symbol, r112.doc_type, r112.issuer_code) == (
        "112",
        "112/NQ-HĐND",
        "NQ",
        "HĐND",
    )
    assert r112.date == date(2024, 12, 10)
    assert r112.place == "Thái Nguyên"
    assert r112.jurisdiction == "Thái Nguyên"
    assert r112.issuing_body is not None
    assert r112.issuing_body.name == "Hội đồng nhân dân tỉnh Thái Nguyên"
    assert r112.session is not None
    assert (r112.session.term, r112.session.session) == (14, 23)
    assert r112.title == (
        "Về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024; mục tiêu, "
        "nhiệm vụ phát triển kinh tế - xã hội tỉnh Thái Nguyên năm 2025"
    )


def test_header_94(r94: model.Resolution) -> None:
    assert (r94.number, r94.symbol) == ("94", "94/NQ-HĐND")
    assert r94.date == date(2023, 12, 8)
    assert r94.session is not None
    assert (r94.session.term, r94.session.session) == (14, 16)
    assert r94.issuing_body is not None
    assert r94.issuing_body.name == "Hội đồng nhân dân tỉnh Thái Nguyên"
    assert r94.title is not None and r94.title.endswith("tỉnh Thái Nguyên năm 2024")


@pytest.mark.parametrize("name", ["r112", "r94"])
def test_legal_bases(name: str, request: pytest.FixtureRequest) -> None:
    res: model.Resolution = request.getfixturevalue(name)
    assert [(b.title, b.date) for b in res.legal_bases] == [LAW_2015, LAW_2019]
    assert all(b.kind is model.DocKind.LAW for b in res.legal_bases)
    amended = [a.title for a in res.legal_bases[1].amends]
    assert amended == ["Luật Tổ chức Chính phủ", "Luật Tổ chức chính quyền địa phương"]


def test_considered_112(r112: model.Resolution) -> None:
    rows = [
        (c.symbol, c.doc_type, c.date, c.issuer.name if c.issuer else None) for c in r112.considered
    ]
    assert rows == [
        ("225/BC-UBND", "BC", date(2024, 11, 22), UBND_TN),
        ("160/TTr-UBND", "TTr", date(2024, 11, 22), UBND_TN),
        (None, "BCTT", None, "các Ban Hội đồng nhân dân tỉnh"),
        ("236/BC-UBND", "BC", date(2024, 12, 9), UBND_TN),
        (None, "YKĐB", None, "đại biểu Hội đồng nhân dân tỉnh"),
    ]
    # a title may hold a ";": the item after it names no document, so it goes on the title
    report, submission = r112.considered[0], r112.considered[1]
    assert report.title == f"{SUBJECT_2024}; {GOALS_2025}"
    assert submission.title == f"việc đề nghị thông qua {SUBJECT_2024}; {GOALS_2025}"
    assert report.span.quote.endswith(GOALS_2025)
    assert r112.considered[3].title is not None and ";" not in r112.considered[3].title


@pytest.mark.parametrize("seed", ["r94", "r112"])
def test_a_considered_document_span_starts_at_its_name(
    seed: str, request: pytest.FixtureRequest
) -> None:
    """A considered document whose title runs on past a ";" used to have its span start
    mid-word (an original offset read as a normalised one): each span now starts with the
    document's kind and holds its number."""
    res: model.Resolution = request.getfixturevalue(seed)
    for doc in res.considered:
        quote = doc.span.quote
        assert quote.startswith(("Báo cáo", "Tờ trình", "ý kiến")), quote[:40]
        assert doc.symbol is None or doc.symbol in quote
        assert res.source.text[doc.span.start : doc.span.end] == quote


SUBJECT_2024 = "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024"
GOALS_2025 = "mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025"


def test_considered_94(r94: model.Resolution) -> None:
    rows = [(c.symbol, c.doc_type, c.date) for c in r94.considered]
    assert rows == [
        ("263/BC-UBND", "BC", date(2023, 11, 12)),
        ("164/TTr-UBND", "TTr", date(2023, 11, 12)),
        (None, "BCTT", None),
        (None, "YKĐB", None),
    ]
    goals = "mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2024"
    assert r94.considered[0].title == (
        f"kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023; {goals}"
    )
    assert r94.considered[2].title == "Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh"


def test_references_112(r112: model.Resolution) -> None:
    assert ref_rows(r112.references) == REFS_112


def test_references_94(r94: model.Resolution) -> None:
    assert ref_rows(r94.references) == REFS_94
    nineteen = [r.date for r in r94.references if r.symbol == "19-NQ/TW"]
    twenty = [r.date for r in r94.references if r.symbol == "20-NQ/TW"]
    assert nineteen == [date(2023, 6, 16), date(2017, 10, 25)]
    assert twenty == [date(2023, 6, 16), date(2017, 10, 25)]
    kl76 = next(r for r in r94.references if r.symbol == "76-KL/TW")
    assert [a.symbol for a in kl76.about] == ["33-NQ/TW"]


def test_named_references(r112: model.Resolution, r94: model.Resolution) -> None:
    titles_112 = {r.title for r in r112.references if r.kind is not model.DocKind.STATE}
    assert "Luật Đất đai" in titles_112
    assert "Luật Đầu tư công" in titles_112
    assert "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025" in titles_112
    assert "Quy hoạch tỉnh Thái Nguyên thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" in titles_112
    titles_94 = {r.title for r in r94.references}
    assert "Luật Bảo hiểm xã hội" in titles_94 and "Luật Việc làm" in titles_94
    assert "Quy hoạch điện VIII" in titles_94


def test_targets_112(r112: model.Resolution) -> None:
    assert target_rows(r112) == expected_rows(TARGETS_112)
    assert {t.target_year for t in r112.targets} == {2025}


def test_targets_94(r94: model.Resolution) -> None:
    assert target_rows(r94) == expected_rows(TARGETS_94)
    assert {t.target_year for t in r94.targets} == {2024}


@pytest.mark.parametrize("name", ["r112", "r94"])
def test_assignments(name: str, request: pytest.FixtureRequest) -> None:
    res: model.Resolution = request.getfixturevalue(name)
    rows = [(a.role, a.body.name) for a in res.assignments]
    assert rows == [
        (model.Role.IMPLEMENTS, "Ủy ban nhân dân tỉnh"),
        *[(model.Role.SUPERVISES, s) for s in SUPERVISORS],
    ]


def test_tasks(r112: model.Resolution, r94: model.Resolution) -> None:
    # counted by hand: II.1 has 10 paragraphs, II.2 has 7, II.3 has 6
    assert len(r112.tasks) == 23
    assert [
        len([t for t in r112.tasks if t.topic_path[1].startswith(f"{n}.")]) for n in (1, 2, 3)
    ] == [
        10,
        7,
        6,
    ]
    # seed 94: 1.1–1.7 have 6+3+3+3+2+3+4, 2.1–2.6 have 5+4+5+3+5+3, 3: 2, 4: 7, 5: 5, 6: 1
    assert len(r94.tasks) == 64
    page_break = next(t for t in r112.tasks if "41-NQ/TW" in t.text)
    assert "Nghị quyết số 41-NQ/TW" in page_break.text  # joined across the page break
    assert [r.symbol for r in page_break.references if r.symbol] == ["41-NQ/TW"]
    district = next(t for t in r94.tasks if "Ủy ban nhân dân cấp huyện chủ động" in t.text)
    assert "Ủy ban nhân dân cấp huyện" in [b.name for b in district.bodies]
    assert (
        district.topic_path[-1]
        == "1.4. Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới"
    )


def test_a_task_mentions_the_bodies_it_names_outside_its_references(
    r94: model.Resolution, r112: model.Resolution
) -> None:
    """ "… Nghị quyết số 18-NQ/TW … của Ban Chấp hành Trung ương" names the document's issuer
    (its eli:passed_by), not a body the task is about: 17 of seed 94's 24 mentions were such
    issuers. A body named outside the task's references stays ("… chính sách của Chính phủ
    ban hành", an unnumbered "Kết luận của Tổng Bí thư")."""
    assert [b.name for t in r94.tasks for b in t.bodies] == [
        "Ủy ban nhân dân cấp huyện", "Chính phủ", "Tổng Bí thư", "Quốc hội", "Chính phủ",
        "Tỉnh ủy", "Chính phủ",
    ]  # fmt: skip
    assert [b.name for t in r112.tasks for b in t.bodies] == [
        "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Chính phủ", "Tỉnh ủy",
        "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện, thành phố",
        "Công an xã",
    ]  # fmt: skip
    issuers = {r.issuer.name for t in r94.tasks for r in t.references if r.issuer}
    assert {"Ban Chấp hành Trung ương", "Bộ Chính trị"} <= issuers  # still the documents'


@pytest.mark.parametrize(
    ("added", "programme", "bodies"),
    [
        (  # the actors after the name are the task's
            "Thực hiện Chương trình chuyển đổi số giao Sở Nội vụ chủ trì.",
            "Chương trình chuyển đổi số",
            ["Sở Nội vụ"],
        ),
        (  # the programme's issuer is not
            "Tổ chức thực hiện Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh về chuyển "
            "đổi số.",
            "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số",
            [],
        ),
        (  # "do <body>" too
            "Thực hiện Chương trình chuyển đổi số do Sở Nội vụ chủ trì, phối hợp với Sở Tài chính.",
            "Chương trình chuyển đổi số",
            ["Sở Nội vụ", "Sở Tài chính"],
        ),
        (  # "giao" an office holder: the office's body
            "Thực hiện Chương trình chuyển đổi số giao Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo.",
            "Chương trình chuyển đổi số",
            ["Ủy ban nhân dân tỉnh"],
        ),
        (  # "do <body> phê duyệt": the programme's approver, a part of its name
            "Tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới do Thủ "
            "tướng Chính phủ phê duyệt.",
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới do Thủ tướng Chính phủ phê "
            "duyệt",
            [],
        ),
        (  # "do <bodies> <any verb>": the actors
            "Thực hiện Kế hoạch phát triển nhân lực do Sở Nội vụ và Sở Tài chính tham mưu.",
            "Kế hoạch phát triển nhân lực",
            ["Sở Nội vụ", "Sở Tài chính"],
        ),
        (  # bodies named in lower case
            "Thực hiện Kế hoạch cải cách hành chính giao các sở, ngành triển khai.",
            "Kế hoạch cải cách hành chính",
            [],
        ),
        (  # … and after an office ("the heads of the departments")
            "Thực hiện Kế hoạch cải cách hành chính giao Giám đốc các sở, ngành triển khai.",
            "Kế hoạch cải cách hành chính",
            [],
        ),
        (  # "bàn giao" before a body is a name's too
            "Thực hiện Đề án bàn giao Công an xã về Công an tỉnh quản lý.",
            "Đề án bàn giao Công an xã về Công an tỉnh quản lý",
            [],
        ),
        (  # "bàn giao" is a name's
            "Thực hiện Đề án bàn giao Trường Trung cấp Y tế về Sở Y tế quản lý.",
            "Đề án bàn giao Trường Trung cấp Y tế về Sở Y tế quản lý",
            [],
        ),
        (  # "giao thông" in a name is not "giao" to a body
            "Thực hiện Kế hoạch phát triển giao thông vận tải giai đoạn 2021 - 2025.",
            "Kế hoạch phát triển giao thông vận tải giai đoạn 2021 - 2025",
            [],
        ),
    ],
)
def test_a_programme_named_in_a_task_and_the_bodies_around_it(
    added: str, programme: str, bodies: list[str]
) -> None:
    task = _task_with(added)
    assert [r.title for r in task.references if r.kind is model.DocKind.NAMED] == [programme]
    assert [b.name for b in task.bodies] == [*bodies, "Công an xã"]  # the seed's own


def test_a_document_after_a_programmes_approver_keeps_the_programmes_name() -> None:
    task = _task_with(
        "Tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới do Thủ tướng "
        "Chính phủ phê duyệt và Kế hoạch số 12/KH-UBND."
    )
    assert [r.title or r.symbol for r in task.references] == [
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới do Thủ tướng Chính phủ phê duyệt",
        "12/KH-UBND",
    ]
    assert [b.name for b in task.bodies] == ["Công an xã"]  # the seed's own


def _task_with(added: str) -> model.Task:
    """The task of seed 112 a sentence is added to, as the reader reads it."""
    text = SEED_112.read_text(encoding="utf-8")
    anchor = "không để hình thành “điểm nóng” về an ninh, trật tự."
    res = reader.read_text(text.replace(anchor, f"{anchor} {added}", 1), "chuong-trinh.md")
    return next(t for t in res.tasks if added[:30] in t.text)


def test_closing(r112: model.Resolution, r94: model.Resolution) -> None:
    for res, when, session in ((r112, date(2024, 12, 10), 23), (r94, date(2023, 12, 8), 16)):
        assert res.adoption is not None
        assert (res.adoption.date, res.adoption.term, res.adoption.session) == (when, 14, session)
        assert res.signer is not None
        assert (res.signer.authority, res.signer.title, res.signer.name) == (
            None,
            "CHỦ TỊCH",
            "Phạm Hoàng Sơn",
        )
    assert [b.name for b in r112.recipients] == RECIPIENTS_112
    assert r94.recipients == []
    assert r94.missing == ["recipients (Nơi nhận)"]
    assert r112.missing == []


@pytest.mark.parametrize("name", ["Y Biêr Niê", "H'Yim Kđoh", "Hà Văn Ý", "Nguyễn Văn Á"])
def test_signers_of_every_naming_custom(name: str) -> None:
    """Names with one-letter syllables or an apostrophe (former council chairs of Đắk Lắk
    among them) are names: the resolution has its signer, and is not refused for lacking one."""
    text = SEED_112.read_text(encoding="utf-8").replace("Phạm Hoàng Sơn", name)
    res = reader.read_text(text, "signer.md")
    assert res.signer is not None and res.signer.name == name
    assert "signer" not in res.missing


@pytest.mark.parametrize(
    "mark", ["*(Đã ký)*", "(đã ký)", "[Đã ký và đóng dấu]", "(Ký tên, đóng dấu)", "(Chữ ký số)"]
)
def test_a_signed_mark_between_title_and_name_keeps_the_name(mark: str) -> None:
    """Published copies put "(Đã ký)" where the signature was, between the title and the name:
    the name is still the signer's, and the resolution is not refused for lacking one."""
    text = SEED_112.read_text(encoding="utf-8").replace(
        "Phạm Hoàng Sơn", f"{mark}\n\nPhạm Hoàng Sơn"
    )
    res = reader.read_text(text, "signed.md")
    assert res.signer is not None and res.signer.name == "Phạm Hoàng Sơn"
    assert res.signer.title == "CHỦ TỊCH"
    assert res.signer.span.quote.endswith("Phạm Hoàng Sơn")


def test_a_signed_mark_before_the_deputys_title_keeps_both() -> None:
    """ "KT. CHỦ TỊCH / (Đã ký) / PHÓ CHỦ TỊCH / name": the deputy signs for the chair."""
    text = SEED_112.read_text(encoding="utf-8").replace(
        "**CHỦ TỊCH**\n\n**Phạm Hoàng Sơn**",
        "**KT. CHỦ TỊCH**\n\n(Đã ký)\n\n**PHÓ CHỦ TỊCH**\n\n**Nguyễn Văn An**",
    )
    res = reader.read_text(text, "deputy.md")
    assert res.signer is not None
    assert (res.signer.authority, res.signer.title, res.signer.name) == (
        "KT.",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Văn An",
    )


def test_giao_without_a_body_assigns_nothing() -> None:
    """ "Giao chỉ đạo, …" and "Giao giám sát …" name no body: no organisation "chỉ đạo" or
    "giám sát việc" is made up; the bodies the text does name are kept."""
    text = SEED_112.read_text(encoding="utf-8")
    text = text.replace("1. Giao Ủy ban nhân dân tỉnh chỉ đạo,", "1. Giao chỉ đạo,")
    text = text.replace(
        "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại "
        "biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát",
        "2. Giao giám sát",
    )
    res = reader.read_text(text, "giao.md")
    assert res.assignments == []
    # the seed's own sentences still assign their bodies
    original = reader.read_path(SEED_112)
    assert [a.body.name for a in original.assignments][:2] == [
        "Ủy ban nhân dân tỉnh",
        "Thường trực Hội đồng nhân dân tỉnh",
    ]


def test_articles(r112: model.Resolution) -> None:
    assert [a.number for a in r112.articles] == [1, 2, 3]
    assert r112.articles[2].heading == "Tổ chức thực hiện"
    top = [s.label for s in r112.articles[1].sections]
    assert top == ["I", "II"]
    goals = r112.articles[1].sections[0]
    assert [s.label for s in goals.children] == ["1", "2"]
    assert [s.label for s in goals.children[1].children] == ["a", "b", "c"]


@pytest.mark.parametrize("name", ["r112", "r94"])
def test_every_span_quotes_the_source(name: str, request: pytest.FixtureRequest) -> None:
    res: model.Resolution = request.getfixturevalue(name)
    spans = [
        *(t.span for t in res.targets),
        *(t.span for t in res.tasks),
        *(a.span for a in res.assignments),
        *(r.span for r in [*res.legal_bases, *res.considered, *res.references]),
    ]
    for span in spans:
        assert res.source.text[span.start : span.end] == span.quote
        assert span.quote.strip()
    grdp = res.targets[0].span
    assert "Tốc độ tăng trưởng kinh tế (GRDP)" in grdp.quote
    assert res.source.text.count("\n", 0, grdp.start) + 1 == grdp.line


# -- generated texts that were once misread (from the 10,000-resolution benchmark corpus) --------

GENERATED = Path(__file__).parent / "data" / "generated"


def test_hard_wrapped_enacting_formula_ends_the_preamble() -> None:
    """2025 layout, wrapped at ~100 columns, no "QUYẾT NGHỊ": the enacting formula ("Hội đồng
    nhân dân thành phố ban hành Nghị quyết …") follows a full-width considered line. It used to
    be read as part of the considered list, and the whole body with it."""
    res = reader.read_path(GENERATED / "210-NQ-HDND-2025-hue.txt")
    assert len(res.considered) == 3
    assert len(res.targets) >= 20 and len(res.tasks) >= 10
    assert res.signer is not None and res.signer.name == "Phạm Xuân Đông"
    assert check_triples(resolution_triples(res, Iris())).passes(allow_warnings=True)


def test_adoption_and_signature_after_a_wrapped_paragraph() -> None:
    """National Assembly layout, wrapped: "Nghị quyết này được Quốc hội … thông qua …" and
    "(Đã ký)" continue the last paragraph's line; the signer below must still be read."""
    res = reader.read_path(GENERATED / "2-NQ-QH14-2017-tw.txt")
    assert res.adoption is not None
    assert res.signer is not None and res.signer.name == "Nguyễn Thị Kim Ngân"
    assert res.signer.title == "CHỦ TỊCH QUỐC HỘI"
    assert check_triples(resolution_triples(res, Iris())).passes(allow_warnings=True)


@pytest.mark.parametrize(
    ("statement", "when"),
    [
        (
            "thông qua ngày 10 tháng 12 năm 2024 và có hiệu lực từ ngày 01 tháng 01 năm 2025./.",
            date(2024, 12, 10),
        ),
        ("thông qua ngày 10/12/2024, có hiệu lực kể từ ngày 20/12/2024./.", date(2024, 12, 10)),
        ("thông qua ngày 10 tháng 12 năm 2024./.", date(2024, 12, 10)),
        (
            "thông qua ngày 10/12/2024, có hiệu lực kể từ ngày thông qua và thay thế Nghị quyết "
            "số 05/2020/NQ-HĐND ngày 10/7/2020./.",
            date(2024, 12, 10),
        ),
        (
            "thông qua tại Kỳ họp thứ 23 ngày 10/12/2024 và có hiệu lực từ ngày 20/12/2024./.",
            date(2024, 12, 10),
        ),
        (
            "thông qua, ngày 10 tháng 12 năm 2024, có hiệu lực từ ngày 20/12/2024./.",
            date(2024, 12, 10),
        ),
        ("thông qua ngày 31 tháng 6 năm 2024, có hiệu lực từ ngày 20/12/2024./.", None),
    ],
)
def test_the_adoption_date_is_the_date_passed_not_the_date_in_force(
    statement: str, when: date | None
) -> None:
    text = SEED_112.read_text(encoding="utf-8")
    old = "thông qua ngày 10 tháng 12 năm 2024./."
    assert old in text
    res = reader.read_text(text.replace(old, statement), "hieu-luc.md")
    assert res.adoption is not None and res.adoption.date == when


def test_old_tone_placement_khoá_keeps_the_term() -> None:
    """ "KHOÁ XIV" (old tone placement) is "KHÓA XIV": the session keeps its term."""
    text = SEED_112.read_text(encoding="utf-8")
    assert "KHÓA XIV" in text and "Khóa XIV" in text
    res = reader.read_text(
        text.replace("KHÓA XIV", "KHOÁ XIV").replace("Khóa XIV", "Khoá XIV"), "khoa.md"
    )
    assert res.session is not None and (res.session.term, res.session.session) == (14, 23)
    assert res.adoption is not None and res.adoption.term == 14


def _112_implemented_by(articles: str) -> model.Resolution:
    """Seed 112 with `articles` in place of its implementation article ("Điều 3. Tổ chức thực
    hiện", up to the adoption statement)."""
    text = SEED_112.read_text(encoding="utf-8")
    start = text.index("### **Điều 3. Tổ chức thực hiện**")
    end = text.index("Nghị quyết này đã được Hội đồng nhân dân tỉnh Thái Nguyên")
    return reader.read_text(text[:start] + articles + text[end:], "thuc-hien.md")


def _implementation_items(*items: str) -> model.Resolution:
    """Seed 112 whose implementation article ("Điều 3. Tổ chức thực hiện") is `items`, numbered
    from 1."""
    numbered = "".join(f"{n}. {item}\n\n" for n, item in enumerate(items, start=1))
    return _112_implemented_by("### **Điều 3. Tổ chức thực hiện**\n\n" + numbered)


@pytest.mark.parametrize(
    "item",
    [
        "Sở Tài chính chịu trách nhiệm về tính chính xác của số liệu.",
        "Ủy ban nhân dân tỉnh chịu trách nhiệm trước Hội đồng nhân dân tỉnh về kết quả.",
    ],
)
def test_a_body_accountable_for_something_is_not_assigned(item: str) -> None:
    """ "chịu trách nhiệm về / trước …" says who answers for something, not who implements."""
    res = _implementation_items(
        item, "Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Thường trực Hội đồng nhân dân tỉnh", "SUPERVISES")
    ]


@pytest.mark.parametrize(
    ("item", "role"),
    [
        ("Ủy ban nhân dân tỉnh có trách nhiệm triển khai thực hiện Nghị quyết này.", "IMPLEMENTS"),
        ("Ủy ban nhân dân tỉnh chịu trách nhiệm tổ chức thực hiện Nghị quyết.", "IMPLEMENTS"),
        ("Ủy ban nhân dân tỉnh có trách nhiệm phối hợp thực hiện Nghị quyết.", "COORDINATES"),
        # "tổ chức" the verb, before "và" or ",", not the noun of "cơ quan, tổ chức, cá nhân"
        ("Ủy ban nhân dân tỉnh tổ chức và hướng dẫn thực hiện Nghị quyết này.", "IMPLEMENTS"),
        ("Ủy ban nhân dân tỉnh tổ chức, triển khai thực hiện Nghị quyết này.", "IMPLEMENTS"),
    ],
)
def test_a_body_that_has_the_responsibility_is_assigned(item: str, role: str) -> None:
    """ "A có trách nhiệm / chịu trách nhiệm …" assigns A as "A …" does, in the role of what
    follows."""
    res = _implementation_items(
        item, "Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Ủy ban nhân dân tỉnh", role),
        ("Thường trực Hội đồng nhân dân tỉnh", "SUPERVISES"),
    ]


def test_the_body_a_body_directs_to_lead_implements_too() -> None:
    """ "Giao A chỉ đạo B chủ trì, phối hợp với C …": B leads the work (implements) beside A,
    C coordinates; "chỉ đạo B hướng dẫn …" (B does not lead) assigns only A."""
    res = _implementation_items(
        "Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước "
        "tỉnh tổ chức thực hiện.",
        "Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Y tế hướng dẫn thực hiện.",
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
        ("Sở Tài chính", "IMPLEMENTS"),
        ("Kho bạc Nhà nước tỉnh", "COORDINATES"),
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
    ]
    led = res.assignments[1].body.span
    assert led is not None and led.quote == "Sở Tài chính"


def test_every_body_a_body_directs_to_lead_implements() -> None:
    """ "chỉ đạo B và C chủ trì", "chỉ đạo B, C chủ trì" and "…; chỉ đạo B chủ trì" after what
    A does: each of them leads; "chỉ đạo B, C thực hiện và chủ trì …" (they do not lead what
    they are directed to) assigns only A."""
    res = _implementation_items(
        "Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính và Sở Nội vụ chủ trì, phối hợp với Sở Y "
        "tế thực hiện.",
        "Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng, Sở Công Thương chủ trì thực hiện.",
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện; chỉ đạo Sở Tư pháp chủ trì hướng dẫn.",
        "Giao Ủy ban nhân dân tỉnh chỉ đạo Sở Du lịch, Sở Ngoại vụ thực hiện và chủ trì báo cáo.",
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
        ("Sở Tài chính", "IMPLEMENTS"),
        ("Sở Nội vụ", "IMPLEMENTS"),
        ("Sở Y tế", "COORDINATES"),
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
        ("Sở Xây dựng", "IMPLEMENTS"),
        ("Sở Công Thương", "IMPLEMENTS"),
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
        ("Sở Tư pháp", "IMPLEMENTS"),
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
    ]
    assert [a.body.span.quote for a in res.assignments if a.body.span] == [
        a.body.name for a in res.assignments
    ]


def test_bodies_subject_to_supervision_do_not_supervise() -> None:
    """ "A, B … chịu sự giám sát có trách nhiệm báo cáo": they are supervised; a supervision
    programme's clause names no supervisor there, nor anyone who implements."""
    res = _implementation_items(
        "Ủy ban nhân dân tỉnh, Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh và các cơ quan, "
        "tổ chức chịu sự giám sát có trách nhiệm báo cáo, cung cấp đầy đủ thông tin.",
        "Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Thường trực Hội đồng nhân dân tỉnh", "SUPERVISES")
    ]


def test_a_council_named_without_its_level_takes_the_level_its_list_ends_with() -> None:
    """ "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại
    biểu Hội đồng nhân dân tỉnh": each is the province's council's, as the last says; the span
    still quotes the words written."""
    res = _implementation_items(
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
        "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại "
        "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
        ("Thường trực Hội đồng nhân dân tỉnh", "SUPERVISES"),
        ("các Ban của Hội đồng nhân dân tỉnh", "SUPERVISES"),
        ("các Tổ đại biểu Hội đồng nhân dân tỉnh", "SUPERVISES"),
        ("đại biểu Hội đồng nhân dân tỉnh", "SUPERVISES"),
    ]
    first = res.assignments[1].body.span
    assert first is not None and first.quote == "Thường trực Hội đồng nhân dân"
    # a district's list names the province's delegates elected there before its own council
    district = _implementation_items(
        "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, đại biểu Hội đồng nhân "
        "dân tỉnh ứng cử tại huyện và đại biểu Hội đồng nhân dân huyện giám sát việc thực hiện."
    )
    assert [a.body.name for a in district.assignments][:2] == [
        "Thường trực Hội đồng nhân dân huyện",
        "các Ban của Hội đồng nhân dân huyện",
    ]


def test_a_personnel_resolutions_enforcement_article_assigns() -> None:
    """Election and appointment resolutions end with "Điều 2. Thường trực …, Ủy ban nhân dân
    tỉnh … và Ông … căn cứ Nghị quyết thi hành.": the article that says who carries it out."""
    res = _112_implemented_by(
        "**Điều 3.** Nghị quyết có hiệu lực kể từ ngày thông qua.\n\n"
        "**Điều 4.** Thường trực Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh, Sở Nội vụ và Ông "
        "Nguyễn Văn An căn cứ Nghị quyết thi hành.\n\n"
    )
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Thường trực Hội đồng nhân dân tỉnh", "IMPLEMENTS"),
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS"),
        ("Sở Nội vụ", "IMPLEMENTS"),
    ]


_REQUESTS = (
    "**Điều 3.** Để khắc phục những hạn chế nêu tại Báo cáo kết quả giám sát, Hội đồng nhân "
    "dân tỉnh yêu cầu:\n\n"
    "**1. Ủy ban nhân dân tỉnh**\n\n"
    "a) Chỉ đạo rà soát các dự án chậm tiến độ, kiên quyết thu hồi đối với các dự án vi "
    "phạm.\n\n"
    "b) Chỉ đạo Thanh tra tỉnh thanh tra việc giao đất, cho thuê đất tại các dự án có dấu hiệu "
    "vi phạm.\n\n"
    "**2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh** tăng cường giám sát cộng đồng đối "
    "với việc thực hiện các dự án khu đô thị.\n\n"
    "**Điều 4.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
)


def _tasks_of_article(res: model.Resolution, number: int) -> list[model.Task]:
    article = next(a for a in res.articles if a.number == number)
    after = min(
        (a.span.start for a in res.articles if a.span.start > article.span.start), default=None
    )
    return [
        t
        for t in res.tasks
        if t.span.start > article.span.start and (after is None or t.span.start < after)
    ]


def test_a_supervision_resolutions_requests_are_tasks_of_the_bodies_they_address() -> None:
    """ "Hội đồng nhân dân tỉnh yêu cầu: 1. Ủy ban nhân dân tỉnh / a) Chỉ đạo …": each request
    is a task, and the body heading its group is the one it is for; who implements the
    resolution is still read from its implementation article."""
    res = _112_implemented_by(_REQUESTS)
    asked = _tasks_of_article(res, 3)
    assert [(t.text[:20], [b.name for b in t.bodies], t.topic_path) for t in asked] == [
        ("Chỉ đạo rà soát các ", ["Ủy ban nhân dân tỉnh"], ("1. Ủy ban nhân dân tỉnh",)),
        (
            "Chỉ đạo Thanh tra tỉ",
            ["Ủy ban nhân dân tỉnh", "Thanh tra tỉnh"],
            ("1. Ủy ban nhân dân tỉnh",),
        ),
        ("Đề nghị Ủy ban Mặt t", ["Ủy ban Mặt trận Tổ quốc"], ()),
    ]
    addressee = asked[0].bodies[0].span
    assert addressee is not None and addressee.quote == "Ủy ban nhân dân tỉnh"
    assert [(a.body.name, a.role.name) for a in res.assignments] == [
        ("Ủy ban nhân dân tỉnh", "IMPLEMENTS")
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Đánh giá kết quả giải quyết ý kiến, kiến nghị của cử tri:",
        "Mục đích, yêu cầu:",
        "Nguyên tắc, yêu cầu:",
    ],
)
def test_a_heading_that_names_requirements_asks_nothing(heading: str) -> None:
    """ "Mục đích, yêu cầu:", "… ý kiến, kiến nghị của cử tri:": not the council's requests."""
    res = _112_implemented_by(
        _REQUESTS.replace(
            "Để khắc phục những hạn chế nêu tại Báo cáo kết quả giám sát, Hội đồng nhân dân tỉnh "
            "yêu cầu:",
            heading,
        )
    )
    assert _tasks_of_article(res, 3) == []


def test_a_request_for_a_body_named_after_doi_voi_is_its_task() -> None:
    res = _112_implemented_by(
        _REQUESTS.replace("**1. Ủy ban nhân dân tỉnh**", "**1. Đối với Ủy ban nhân dân tỉnh:**")
    )
    first = _tasks_of_article(res, 3)[0]
    assert [b.name for b in first.bodies] == ["Ủy ban nhân dân tỉnh"]


def test_an_article_that_adopts_a_proposal_sets_no_tasks() -> None:
    """ "Thông qua đề nghị … như sau:" is not the council's request: its items are not tasks."""
    adopted = _REQUESTS.replace(
        "Để khắc phục những hạn chế nêu tại Báo cáo kết quả giám sát, Hội đồng nhân dân tỉnh "
        "yêu cầu:",
        "Thông qua đề nghị của Ủy ban nhân dân tỉnh về các dự án như sau:",
    )
    res = _112_implemented_by(adopted)
    assert _tasks_of_article(res, 3) == []


def test_one_sentence_articles_assign_who_implements_and_who_supervises() -> None:
    """Short resolutions give each body an article of one sentence: "Điều 3. Giao …",
    "Điều 4. Thường trực … giám sát …"."""
    short = (
        "**Điều 3.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
        "**Điều 4.** Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh giám "
        "sát việc thực hiện Nghị quyết.\n\n"
    )
    res = _112_implemented_by(short)
    found = [(a.body.name, a.role) for a in res.assignments]
    assert found == [
        ("Ủy ban nhân dân tỉnh", model.Role.IMPLEMENTS),
        ("Thường trực Hội đồng nhân dân tỉnh", model.Role.SUPERVISES),
        ("các Ban Hội đồng nhân dân tỉnh", model.Role.SUPERVISES),
    ]
    quoted = [a.span.quote for a in res.assignments]
    assert quoted[0] == "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."
    assert quoted[1].startswith("Thường trực") and quoted[1].endswith("thực hiện Nghị quyết.")


_TARGETS_HEADING = "### **a) Các chỉ tiêu kinh tế**\n"


def _112_with_table(table: str, name: str) -> model.Resolution:
    """Seed 112 with `table` under its heading of economic targets."""
    text = SEED_112.read_text(encoding="utf-8")
    assert _TARGETS_HEADING in text
    return reader.read_text(
        text.replace(_TARGETS_HEADING, _TARGETS_HEADING + "\n" + table, 1), name
    )


def test_a_table_of_targets_gives_one_target_a_row_from_its_plan_column() -> None:
    """ "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 |": the
    planned value, not the row number nor last year's result, with the unit of its column; the
    row is the span. A table whose header names no plan gives no target."""
    table = (
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 1.520 | 1.650 |\n"
        "| 2 | Tỷ lệ giải ngân vốn đầu tư công | % | 92 | ≥ 95 |\n"
        "| 3 | Tổng mức bán lẻ hàng hóa | % tăng | 12,3 | 12,5 |\n\n"
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 |\n"
        "|---|---|---|---|\n"
        "| 1 | Số xã đạt chuẩn nông thôn mới | xã | 97 |\n\n"
    )
    res = _112_with_table(table, "bang.md")
    rows = [t for t in res.targets if t.span.quote.startswith("|")]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.target_year) for t in rows] == [
        ("Thu ngân sách nhà nước trên địa bàn", Decimal(1650), "tỷ đồng", C.EQ, K.LEVEL, 2025),
        ("Tỷ lệ giải ngân vốn đầu tư công", Decimal(95), "%", C.GE, K.LEVEL, 2025),
        ("Tổng mức bán lẻ hàng hóa", Decimal("12.5"), "%", C.EQ, K.INCREASE, 2025),
    ]
    assert (
        rows[0].span.quote
        == "| 1 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 1.520 | 1.650 |"
    )
    assert not any(t.indicator.startswith("|") for t in res.targets)
    assert not any("| 97 |" in t.span.quote for t in res.targets)  # a table of results only


def test_a_table_unit_of_percent_decrease_is_a_decrease() -> None:
    """ "% giảm" in the unit column is a fall by the planned value, as "% tăng" is a growth: not
    a level of 1.5%."""
    table = (
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % giảm | 1,2 | 1,5 |\n"
        "| 2 | Tiêu hao năng lượng trên GRDP | % Giảm | 2 | 1 - 1,5 |\n"
        "| 3 | Tổng mức bán lẻ hàng hóa | % tăng | 12,3 | 12,5 |\n\n"
    )
    res = _112_with_table(table, "giam.md")
    rows = [t for t in res.targets if t.span.quote.startswith("|")]
    assert [(t.indicator, t.value, t.upper, t.unit, t.kind) for t in rows] == [
        ("Tỷ lệ hộ nghèo theo chuẩn đa chiều", Decimal("1.5"), None, "%", K.DECREASE),
        ("Tiêu hao năng lượng trên GRDP", Decimal(1), Decimal("1.5"), "%", K.DECREASE),
        ("Tổng mức bán lẻ hàng hóa", Decimal("12.5"), None, "%", K.INCREASE),
    ]


def test_a_table_unit_in_short_form_is_the_unit() -> None:
    """Tables shorten "triệu đồng" to "Tr.đồng" or "trđ" and "tỷ đồng" to "Tỷ đ": the same units."""
    table = (
        "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|\n"
        "| 1 | GRDP bình quân đầu người | Tr.đồng/người | 95 |\n"
        "| 2 | Thu ngân sách nhà nước trên địa bàn | Tỷ đ | 1.650 |\n"
        "| 3 | Thu nhập bình quân của người lao động | trđ/người/tháng | 7,5 |\n\n"
    )
    res = _112_with_table(table, "dvt.md")
    rows = [t for t in res.targets if t.span.quote.startswith("|")]
    assert [(t.indicator, t.value, t.unit) for t in rows] == [
        ("GRDP bình quân đầu người", Decimal(95), "triệu đồng/người/năm"),
        ("Thu ngân sách nhà nước trên địa bàn", Decimal(1650), "tỷ đồng"),
        ("Thu nhập bình quân của người lao động", Decimal("7.5"), "triệu đồng/người/tháng"),
    ]


def test_a_subject_first_assignment_is_a_body_not_a_clause_that_holds_one() -> None:
    """Supervisors named with words before the body or the unit after it are kept; a task whose
    subject merely holds a body ("100% Công an xã được đầu tư …") assigns nothing."""
    res = _implementation_items(
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
        "Thường trực HĐND tỉnh, các Ban của HĐND tỉnh và đại biểu HĐND tỉnh giám sát việc "
        "thực hiện Nghị quyết.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giám sát.",
        "100% Công an xã được đầu tư xây dựng trụ sở.",
        "Ủy ban nhân dân cấp xã chủ động bố trí nguồn lực thực hiện.",
        "Kiện toàn Ủy ban nhân dân cấp xã chỉ đạo thực hiện.",
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh giám sát việc thực hiện.",
        "Hội đồng nhân dân tỉnh giao Sở Tài chính chủ trì thẩm định.",
    )
    assert [(a.role, a.body.name) for a in res.assignments] == [
        (model.Role.IMPLEMENTS, "Ủy ban nhân dân tỉnh"),
        (model.Role.SUPERVISES, "Thường trực HĐND tỉnh"),
        (model.Role.SUPERVISES, "các Ban của HĐND tỉnh"),
        (model.Role.SUPERVISES, "đại biểu HĐND tỉnh"),
        (model.Role.SUPERVISES, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        (model.Role.SUPERVISES, "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"),
        (model.Role.IMPLEMENTS, "Sở Tài chính"),
    ]


# departments whose names hold "và" or ","
AGENCIES_WITH_VA = [
    "Sở Kế hoạch và Đầu tư",
    "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Tài nguyên và Môi trường",
    "Sở Khoa học và Công nghệ",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Nông nghiệp và Môi trường",
    "Sở Thông tin và Truyền thông",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
]


@pytest.mark.parametrize("agency", AGENCIES_WITH_VA)
def test_a_body_whose_name_holds_va_is_one_body(agency: str) -> None:
    """ "Giao Sở Kế hoạch và Đầu tư chủ trì …" names one body, not "Sở Kế hoạch" and "Đầu tư";
    so does the same body as the subject ("Sở Kế hoạch và Đầu tư chủ trì theo dõi …")."""
    res = _implementation_items(
        f"Giao {agency} chủ trì tổng hợp, báo cáo kết quả thực hiện.",
        f"{agency} chủ trì theo dõi việc thực hiện Nghị quyết.",
    )
    assert [(a.role, a.body.name) for a in res.assignments] == [
        (model.Role.IMPLEMENTS, agency),
        (model.Role.IMPLEMENTS, agency),
    ]
    assert [a.body.span.quote for a in res.assignments if a.body.span] == [agency, agency]


def test_a_list_of_bodies_joined_by_va_is_still_split() -> None:
    """Between bodies, "," and "và" separate them; inside a known name they do not."""
    res = _implementation_items(
        "Giao Ủy ban nhân dân tỉnh, Sở Tài chính và Sở Xây dựng tổ chức thực hiện.",
        "Giao Sở Kế hoạch và Đầu tư, Sở Văn hóa, Thể thao và Du lịch và Sở Giáo dục và Đào "
        "tạo chủ trì tham mưu.",
    )
    assert [a.body.name for a in res.assignments] == [
        "Ủy ban nhân dân tỉnh",
        "Sở Tài chính",
        "Sở Xây dựng",
        "Sở Kế hoạch và Đầu tư",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Giáo dục và Đào tạo",
    ]
    assert {a.role for a in res.assignments} == {model.Role.IMPLEMENTS}


def test_a_capitalised_word_of_a_body_name_is_not_its_verb() -> None:
    """ "Giao Sở Xây dựng chủ trì …": "Xây dựng" is part of the name, not the verb "xây dựng"
    (the body was read as "Sở")."""
    res = _implementation_items(
        "Giao Sở Xây dựng chủ trì thực hiện.",
        "Giao Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện.",
        "Giao Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện.",
    )
    assert [a.body.name for a in res.assignments] == [
        "Sở Xây dựng",
        "Ban Tổ chức Tỉnh ủy",
        "Ủy ban nhân dân tỉnh",
    ]


def test_a_body_with_its_unit_s_name_stays_whole() -> None:
    """A body the names list knows, then its unit's name ("Việt Nam thị trấn", "Bà Rịa - Vũng
    Tàu"), is one body, not cut to the part `bodies.find_bodies` matched."""
    res = _implementation_items(
        "Giao Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu tổ chức thực hiện Nghị quyết.",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn và các đoàn thể chính trị - xã "
        "hội phối hợp giám sát, vận động Nhân dân thực hiện Nghị quyết.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu giám sát việc thực hiện.",
    )
    assert [(a.role, a.body.name) for a in res.assignments] == [
        (model.Role.IMPLEMENTS, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
        (model.Role.SUPERVISES, "Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn"),
        (model.Role.SUPERVISES, "Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu"),
    ]


def test_bodies_that_lead_and_bodies_that_coordinate() -> None:
    """ "A chủ trì, phối hợp với B, C và các cơ quan liên quan …": A implements (it leads), B and
    C coordinate; a body the partners advise ("tham mưu Ủy ban nhân dân tỉnh") is neither. "Giao
    A phối hợp với B …": both coordinate."""
    res = _implementation_items(
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh "
        "và các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh cân đối, bố trí nguồn lực.",
        "Giao Kho bạc Nhà nước tỉnh phối hợp với Sở Tài chính kiểm soát chi ngân sách.",
        "Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh và Ủy ban nhân dân các huyện, "
        "thành phố nâng cao chất lượng khám bệnh, chữa bệnh.",
        "Giao Công an tỉnh chủ trì, phối hợp với các sở, ngành, địa phương bảo đảm an ninh, "
        "trật tự.",
    )
    implements, coordinates = model.Role.IMPLEMENTS, model.Role.COORDINATES
    assert [(a.role, a.body.name) for a in res.assignments] == [
        (implements, "Sở Tài chính"),
        (coordinates, "Sở Kế hoạch và Đầu tư"),
        (coordinates, "Kho bạc Nhà nước tỉnh"),
        (coordinates, "Kho bạc Nhà nước tỉnh"),
        (coordinates, "Sở Tài chính"),
        (implements, "Sở Y tế"),
        (coordinates, "Bảo hiểm xã hội tỉnh"),
        (coordinates, "Ủy ban nhân dân các huyện, thành phố"),
        (implements, "Công an tỉnh"),
    ]
    for a in res.assignments:  # each body's own words, in its statement
        assert a.body.span is not None and a.body.span.quote == a.body.name
        assert a.body.name in a.span.quote


def test_a_long_table_in_a_short_text_keeps_its_rows() -> None:
    """A table of many short rows makes a short text look hard-wrapped; its rows are still lines
    of their own, each a target (they were joined into one block, and gave none)."""
    rows = "\n".join(
        f"| {n} | Tỷ lệ xã đạt chuẩn nhóm {n} | % | {n + 50},5 | {n + 51} |" for n in range(1, 41)
    )
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 15/NQ-HĐND\n\nCao Bằng, ngày 20 tháng 7 năm "
        "2025\n\nNGHỊ QUYẾT\nVề kế hoạch năm 2025\n\nHỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG\nKHÓA XVII, "
        "KỲ HỌP THỨ 30\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
        "QUYẾT NGHỊ:\n\nĐiều 1. Các chỉ tiêu chủ yếu năm 2025\n\n"
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
        f"|---|---|---|---|---|\n{rows}\n\n"
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh Cao Bằng Khóa XVII, Kỳ họp thứ 30 thông "
        "qua ngày 20 tháng 7 năm 2025.\n"
    )
    res = reader.read_text(text, "bang-dai.md")
    assert len(res.targets) == 40
    assert (res.targets[-1].indicator, res.targets[-1].value) == (
        "Tỷ lệ xã đạt chuẩn nhóm 40",
        Decimal(91),
    )
    assert res.targets[-1].span.line == res.targets[0].span.line + 39


def test_a_committee_review_and_the_delegates_opinions_in_one_item_are_two() -> None:
    """ "Báo cáo thẩm tra của Ban … và ý kiến thảo luận của đại biểu …": the review's issuer is
    the committee, and the delegates' opinions are considered too."""
    text = SEED_112.read_text(encoding="utf-8")
    review, opinions = "Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; ", "; ý kiến thảo luận"
    assert review in text and opinions in text
    text = text.replace(review, "", 1).replace(
        opinions,
        "; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh và ý kiến thảo luận",
        1,
    )
    res = reader.read_text(text, "tham-tra.md")
    unnumbered = [r for r in res.considered if r.kind is model.DocKind.UNNUMBERED]
    assert [(r.doc_type, r.issuer.name if r.issuer else None) for r in unnumbered] == [
        ("BCTT", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"),
        ("YKĐB", "đại biểu Hội đồng nhân dân tỉnh"),
    ]


def test_a_target_for_another_year_than_its_section_keeps_its_own() -> None:
    text = SEED_112.read_text(encoding="utf-8")
    old = "- Tốc độ tăng trưởng kinh tế (GRDP): 8,5%."
    assert old in text
    res = reader.read_text(
        text.replace(old, f"{old}\n- Tỷ lệ đô thị hóa đạt 45% vào năm 2030.", 1), "nam.md"
    )
    years = {t.indicator: t.target_year for t in res.targets}
    assert years["Tốc độ tăng trưởng kinh tế (GRDP)"] == 2025
    assert years["Tỷ lệ đô thị hóa"] == 2030


def test_a_table_row_wrapped_over_two_lines_is_one_row() -> None:
    table = (
        "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|\n"
        "| 1 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng\n"
        "thể thấp còi | % | 12,5 |\n"
        "| 2 | Tỷ lệ che phủ rừng | % | 47 |\n\n"
    )
    res = _112_with_table(table, "gap-dong.md")
    rows = [(t.indicator, t.value) for t in res.targets if t.span.quote.startswith("|")]
    assert rows == [
        ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", Decimal("12.5")),
        ("Tỷ lệ che phủ rừng", Decimal(47)),
    ]


def test_a_table_row_without_its_closing_bar_keeps_its_last_cell() -> None:
    """Markdown lets a row end without "|": its last cell, the planned value here, was lost."""
    table = (
        "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025\n"
        "|---|---|---|---\n"
        "| 1 | Tỷ lệ che phủ rừng | % | 47\n"
        "| 2 | Thu ngân sách nhà nước trên địa bàn | tỷ đồng | 1.650\n\n"
    )
    res = _112_with_table(table, "khong-dong.md")
    rows = [(t.indicator, t.value, t.unit) for t in res.targets if t.span.quote.startswith("|")]
    assert rows == [
        ("Tỷ lệ che phủ rừng", Decimal(47), "%"),
        ("Thu ngân sách nhà nước trên địa bàn", Decimal(1650), "tỷ đồng"),
    ]


def test_a_table_in_a_tasks_part_gives_a_task_a_data_row() -> None:
    """Under "Nhiệm vụ và giải pháp", a table of tasks: its header and separator rows are no
    tasks, nor are the row numbering its columns and the heading row of a group ("| I | Về quy
    hoạch | | |"); each other row is one task, its cells without the pipes and the row number,
    the row its span. A table of targets there gives targets, and no task, even from a row with
    no planned value."""
    text = SEED_112.read_text(encoding="utf-8")
    heading = "### **1. Về phát triển kinh tế**\n"
    assert heading in text
    tables = (
        "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian dự kiến hoàn thành |\n"
        "|:---:|---|---|:---:|\n"
        "| (1) | (2) | (3) | (4) |\n"
        "| I | Về quy hoạch | | |\n"
        "| 1 | Hoàn thành điều chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030 | Sở Kế hoạch và Đầu "
        "tư | Quý II/2025 |\n"
        "| 2 | Triển khai thi hành Luật Đất đai năm 2024. | Sở Tài nguyên và Môi trường | Năm "
        "2025 |\n\n"
        "| TT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|---|\n"
        "| A | B | C | 1 | 2 |\n"
        "| 1 | Số dự án đầu tư mới được cấp phép | Dự án | 38 | 45 |\n"
        "| 2 | Tổng lượt khách du lịch | Nghìn lượt khách | 3.900 | 4.200 |\n"
        "| 3 | Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) | Thứ hạng | 12 | |\n\n"
    )
    res = reader.read_text(text.replace(heading, heading + "\n" + tables, 1), "bang-nv.md")
    original = reader.read_path(SEED_112)
    rows = [t for t in res.tasks if t.span.quote.startswith("|")]
    assert [t.text for t in rows] == [
        "Hoàn thành điều chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030; Sở Kế hoạch và Đầu tư; "
        "Quý II/2025",
        "Triển khai thi hành Luật Đất đai năm 2024; Sở Tài nguyên và Môi trường; Năm 2025",
    ]
    assert rows[0].span.quote == (
        "| 1 | Hoàn thành điều chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030 | Sở Kế hoạch và Đầu tư "
        "| Quý II/2025 |"
    )
    assert rows[0].topic_path == ("II. Nhiệm vụ và giải pháp chủ yếu", "1. Về phát triển kinh tế")
    assert "Sở Kế hoạch và Đầu tư" in [b.name for b in rows[0].bodies]
    assert [r.title for r in rows[1].references] == ["Luật Đất đai"]
    assert len(res.tasks) == len(original.tasks) + 2
    assert not any("|" in t.text for t in res.tasks)
    targets = [t for t in res.targets if t.span.quote.startswith("|")]
    assert [(t.indicator, t.value, t.unit, t.target_year) for t in targets] == [
        ("Số dự án đầu tư mới được cấp phép", Decimal(45), "dự án", 2025),
        ("Tổng lượt khách du lịch", Decimal(4200000), "lượt khách", 2025),
    ]
    # the table's rows have their sections: the graph places each task and target
    triples = resolution_triples(res, Iris())
    assert check_triples(triples).passes(allow_warnings=True)


def test_a_table_of_tasks_without_a_header_keeps_its_first_row() -> None:
    """A table whose first row is numbered ("| 1 | … |") has no header: that row is a task."""
    text = SEED_112.read_text(encoding="utf-8")
    heading = "### **1. Về phát triển kinh tế**\n"
    table = (
        "| 1 | Hoàn thành điều chỉnh Quy hoạch tỉnh | Sở Kế hoạch và Đầu tư |\n"
        "| 2 | Đẩy nhanh giải ngân vốn đầu tư công | Sở Tài chính |\n\n"
    )
    res = reader.read_text(text.replace(heading, heading + "\n" + table, 1), "khong-dau.md")
    assert [t.text for t in res.tasks if t.span.quote.startswith("|")] == [
        "Hoàn thành điều chỉnh Quy hoạch tỉnh; Sở Kế hoạch và Đầu tư",
        "Đẩy nhanh giải ngân vốn đầu tư công; Sở Tài chính",
    ]


# A short resolution adopted in one body of text after "QUYẾT NGHỊ:", without "Điều"
WITHOUT_DIEU = """HỘI ĐỒNG NHÂN DÂN
TỈNH BẮC KẠN

Số: 45/NQ-HĐND

Bắc Kạn, ngày 15 tháng 7 năm 2024

NGHỊ QUYẾT
Về việc điều chỉnh Kế hoạch đầu tư công năm 2024 nguồn vốn ngân sách địa phương

HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN
KHÓA X, KỲ HỌP THỨ 21

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;

Xét Tờ trình số 112/TTr-UBND ngày 01 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh về việc điều \
chỉnh Kế hoạch đầu tư công năm 2024; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân \
dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.

QUYẾT NGHỊ:

{body}

Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Kạn Khóa X, Kỳ họp thứ 21 thông qua ngày 15 \
tháng 7 năm 2024 và có hiệu lực kể từ ngày thông qua./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Lưu: VT.

CHỦ TỊCH

Phương Thị Thanh
"""
BODY_IN_ONE_PARAGRAPH = (
    "Thông qua điều chỉnh Kế hoạch đầu tư công năm 2024 nguồn vốn ngân sách địa phương, tổng số "
    "vốn điều chỉnh là 156,8 tỷ đồng (chi tiết tại Phụ lục kèm theo). Giao Ủy ban nhân dân tỉnh "
    "tổ chức thực hiện Nghị quyết. Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân "
    "tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
)
BODY_WITH_A_FEE_TABLE = (
    "1. Quy định mức thu phí tham quan Khu du lịch sinh thái hồ Ba Bể như sau:\n\n"
    "| STT | Đối tượng | Mức thu (đồng/lượt) |\n|---|---|---|\n"
    "| 1 | Người lớn | 40.000 |\n| 2 | Trẻ em từ 6 tuổi đến dưới 16 tuổi | 20.000 |\n\n"
    "2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n"
    "3. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại "
    "biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
)

BODY_WITH_PARTNERS = (
    "1. Thông qua điều chỉnh Kế hoạch đầu tư công năm 2024 nguồn vốn ngân sách địa phương, tổng "
    "số vốn điều chỉnh là 156,8 tỷ đồng.\n\n"
    "2. Ủy ban nhân dân các xã, thị trấn chủ động bố trí nguồn lực, phối hợp với các sở, ngành tổ "
    "chức thực hiện theo đúng quy định.\n\n"
    "3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết. Giao Sở Kế hoạch và Đầu tư chủ "
    "trì, phối hợp với Sở Tài chính, Kho bạc Nhà nước tỉnh theo dõi tiến độ giải ngân.\n\n"
    "4. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại "
    "biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
)


@pytest.mark.parametrize(
    "body", [BODY_IN_ONE_PARAGRAPH, BODY_WITH_A_FEE_TABLE], ids=["paragraph", "fee-table"]
)
def test_a_resolution_without_dieu_has_one_unnumbered_body(body: str) -> None:
    """No "Điều": the decision's body is one part without a number (no "Điều 0"), anchored at
    "QUYẾT NGHỊ:"; nothing is missing, and the bodies it gives to implement and to supervise
    are read from it."""
    res = reader.read_text(WITHOUT_DIEU.format(body=body), "45-NQ-HDND-2024-bac-kan.md")
    (part,) = res.articles
    assert (part.number, part.heading, part.span.quote) == (None, "", "QUYẾT NGHỊ:")
    assert part.sections[0].span.line == part.span.line + 2  # the text after "QUYẾT NGHỊ:"
    assert res.missing == []
    assert {a.role for a in res.assignments} == {model.Role.IMPLEMENTS, model.Role.SUPERVISES}
    assert res.assignments[0].body.name == "Ủy ban nhân dân tỉnh"
    triples = resolution_triples(res, Iris())
    assert check_triples(triples).findings == []
    said = {(p, o) for s, p, o in triples if s.endswith("/noi-dung")}
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    assert (label, '"Nội dung"@vi') in said  # a name, not a heading the text gives
    assert not any(p.endswith("ontology#heading") for p, _ in said)


BODY_WITH_PARTS = (
    "I. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU\n\n"
    "1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 8%.\n\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\n"
    "1. Phát triển nông nghiệp\n\n"
    "- Ủy ban nhân dân cấp xã chủ động bố trí nguồn lực, phối hợp với các sở, ngành tổ chức "
    "thực hiện theo đúng quy định.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n"
    "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng "
    "nhân dân tỉnh giám sát việc thực hiện Nghị quyết."
)


@pytest.mark.parametrize(
    "heading",
    [
        "III. TỔ CHỨC THỰC HIỆN",
        "III. TRÁCH NHIỆM TỔ CHỨC THỰC HIỆN VÀ HIỆU LỰC THI HÀNH",
        "III. Tổ chức thực hiện",
    ],
)
def test_without_dieu_the_part_on_implementation_gives_the_assignments(heading: str) -> None:
    """No "Điều", but parts as the articles would be ("II. NHIỆM VỤ …", "III. TỔ CHỨC THỰC
    HIỆN"): a body named in a task is the task's, as in an article of tasks; the bodies that
    implement and supervise are those of the part on implementation. "các Ban, các Tổ đại biểu
    và đại biểu Hội đồng nhân dân tỉnh" names the council's committees and groups, each quoted
    as the text words it."""
    body = BODY_WITH_PARTS.replace("III. TỔ CHỨC THỰC HIỆN", heading)
    res = reader.read_text(WITHOUT_DIEU.format(body=body), "parts.md")
    (part,) = res.articles
    assert part.number is None
    council = "Hội đồng nhân dân tỉnh"
    read = [(a.body.name, a.body.span and a.body.span.quote, a.role) for a in res.assignments]
    assert read == [
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh", model.Role.IMPLEMENTS),
        (f"Thường trực {council}", f"Thường trực {council}", model.Role.SUPERVISES),
        (f"các Ban {council}", "các Ban", model.Role.SUPERVISES),
        (f"các Tổ đại biểu {council}", "các Tổ đại biểu", model.Role.SUPERVISES),
        (f"đại biểu {council}", f"đại biểu {council}", model.Role.SUPERVISES),
    ]
    assert len(res.targets) == 1 and len(res.tasks) == 1
    assert check_triples(resolution_triples(res, Iris())).findings == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (  # the standing committee, committees and groups named before their council
            "Giao Thường trực, các Ban và Tổ đại biểu Hội đồng nhân dân tỉnh giám sát việc thực "
            "hiện Nghị quyết.",
            [
                "Thường trực Hội đồng nhân dân tỉnh",
                "các Ban Hội đồng nhân dân tỉnh",
                "Tổ đại biểu Hội đồng nhân dân tỉnh",
            ],
        ),
        (  # departments ("sở, ban, ngành"), not the council's committees
            "Giao Ủy ban nhân dân tỉnh, các sở, ban, ngành và đại biểu Hội đồng nhân dân tỉnh tổ "
            "chức thực hiện Nghị quyết.",
            ["Ủy ban nhân dân tỉnh", "đại biểu Hội đồng nhân dân tỉnh"],
        ),
        (
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các Ban, ngành, đoàn thể và đại biểu "
            "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "đại biểu Hội đồng nhân dân tỉnh"],
        ),
    ],
)
def test_a_councils_parts_take_the_council_their_list_ends_with(
    sentence: str, names: list[str]
) -> None:
    res = reader.read_text(WITHOUT_DIEU.format(body=sentence), "parts.md")
    assert [a.body.name for a in res.assignments] == names


def test_a_resolution_without_any_decision_text_misses_its_articles() -> None:
    """ "QUYẾT NGHỊ:" and nothing after it but the adoption statement: the articles are
    missing, and the validator says the resolution has no part (a violation)."""
    res = reader.read_text(WITHOUT_DIEU.format(body=""), "khong-noi-dung.md")
    assert res.articles == []
    assert res.missing == ["articles (Điều …)"]
    report = check_triples(resolution_triples(res, Iris()))
    assert "ResolutionPartsShape" in {
        (f.source_shape or "").rsplit("#", 1)[-1] for f in report.findings
    }


def test_a_subject_of_communes_and_townships_is_one_body() -> None:
    """No "Điều": the body's sentences are read for who implements; "Ủy ban nhân dân các xã, thị
    trấn chủ động …, phối hợp …" names one body, not "Ủy ban nhân dân các xã" (cut at the
    comma); it leads (implements); "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với …" too, with
    the bodies it works with coordinating."""
    res = reader.read_text(WITHOUT_DIEU.format(body=BODY_WITH_PARTNERS), "45-NQ-HDND-2024.md")
    implements, coordinates = model.Role.IMPLEMENTS, model.Role.COORDINATES
    assert [(a.role, a.body.name) for a in res.assignments][:5] == [
        (implements, "Ủy ban nhân dân các xã, thị trấn"),
        (implements, "Ủy ban nhân dân tỉnh"),
        (implements, "Sở Kế hoạch và Đầu tư"),
        (coordinates, "Sở Tài chính"),
        (coordinates, "Kho bạc Nhà nước tỉnh"),
    ]
    assert {a.role for a in res.assignments[5:]} == {model.Role.SUPERVISES}
    report = check_triples(resolution_triples(res, Iris()))
    assert report.findings == []  # the coordinating role is in the vocabulary the shapes know


AMENDING = (
    "Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 05/2023/NQ-HĐND như sau:\n\n"
    "1. Sửa đổi khoản 2 Điều 3 như sau:\n\n"
    "“2. Mức hỗ trợ thành lập mới hợp tác xã: 50.000.000 đồng.”\n\n"
    "2. Sửa đổi, bổ sung Điều 7 như sau:\n\n"
    "{open}Điều 7. Nguồn kinh phí thực hiện\n\n"
    "1. Ngân sách tỉnh bảo đảm kinh phí thực hiện.\n\n"
    "Điều 8. Tổ chức thực hiện\n\n"
    "2. Lồng ghép nguồn vốn các chương trình.{close}\n\n"
    "3. Bãi bỏ điểm c khoản 1 Điều 4.\n\n"
    "Điều 2. Tổ chức thực hiện\n\n"
    "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
)


@pytest.mark.parametrize(("open_", "close"), [("“", "”"), ('"', '"')])
def test_the_text_an_amendment_quotes_is_not_the_resolutions_own(open_: str, close: str) -> None:
    """An article that puts new text in quotes over several paragraphs ("“Điều 7. …" / "1. …" /
    "2. ….”"): their "Điều" and numbers are the amended resolution's, not this one's
    articles and items; they are the text of the item that quotes them."""
    text = AMENDING.format(open=open_, close=close)
    (first, second) = layout(normalise(text)).articles
    assert (first.number, second.number) == (1, 2)
    assert [(n.label, n.depth) for n in first.walk() if n.style != "para"] == [
        ("1", 1),
        ("2", 1),
        ("3", 1),
    ]
    quoting = first.nodes[1].children[0]
    assert quoting.body.startswith(f"{open_}Điều 7.")
    assert [c.body[:9] for c in quoting.children] == ["1. Ngân s", "Điều 8. T", "2. Lồng g"]


def test_an_unclosed_quote_does_not_swallow_the_articles() -> None:
    """A quote that no later paragraph closes (a typo) is no quotation: what follows is read."""
    text = AMENDING.format(open="“", close="")
    numbers = [a.number for a in layout(normalise(text)).articles]
    assert numbers == [1, 8, 2]


def _112_based_also_on(basis: str) -> str:
    """Seed 112's text with the "Căn cứ …" line `basis` after its first legal basis."""
    law = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    return SEED_112.read_text(encoding="utf-8").replace(law, f"{law}\n\n{basis}", 1)


def test_an_election_cites_its_rules_and_considers_the_minutes_of_the_count() -> None:
    """An election resolution's "Căn cứ Quy chế bầu cử tại kỳ họp …" (a document named by its
    type, with no number) is a legal basis, and "Biên bản kiểm phiếu … của Ban Kiểm phiếu" a
    document considered beside the submission, not the end of the submission's title."""
    text = _112_based_also_on("Căn cứ Quy chế bầu cử tại kỳ họp Hội đồng nhân dân tỉnh;").replace(
        "Xét Tờ trình số 160/TTr-UBND ngày 22 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Thái "
        "Nguyên về việc đề nghị thông qua kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội "
        "năm 2024; mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025;",
        "Xét Tờ trình số 160/TTr-UBND ngày 22 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Thái "
        "Nguyên về việc bầu Phó Chủ tịch Ủy ban nhân dân tỉnh; Biên bản kiểm phiếu bầu Phó Chủ "
        "tịch Ủy ban nhân dân tỉnh ngày 10 tháng 12 năm 2024 của Ban Kiểm phiếu;",
        1,
    )
    res = reader.read_text(text, "bau-cu.md")
    rules = [r for r in res.legal_bases if r.kind is model.DocKind.UNNUMBERED]
    assert [(r.doc_type, r.title, r.span.quote) for r in rules] == [
        ("QC", "Quy chế bầu cử tại kỳ họp Hội đồng nhân dân tỉnh", rules[0].title)
    ]
    at = next(i for i, r in enumerate(res.considered) if r.symbol == "160/TTr-UBND")
    first, minutes = res.considered[at : at + 2]
    assert (first.symbol, first.title) == (
        "160/TTr-UBND",
        "việc bầu Phó Chủ tịch Ủy ban nhân dân tỉnh",
    )
    assert (minutes.kind, minutes.doc_type) == (model.DocKind.UNNUMBERED, "BB")
    assert minutes.issuer is not None and minutes.issuer.name == "Ban Kiểm phiếu"
    triples = resolution_triples(res, Iris())
    base = "https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112"
    based_on = "http://data.europa.eu/eli/ontology#based_on"
    assert (base, based_on, f"{base}/can-cu/1") in {(s, p, o) for s, p, o in triples}


@pytest.mark.parametrize(
    ("task", "item"),
    [
        (  # inch marks
            '- Trang bị màn hình 55" cho 100% điểm cầu trực tuyến cấp xã.',
            'Giao Sở Thông tin và Truyền thông chủ trì mua sắm màn hình 65" cho điểm cầu tỉnh.',
        ),
        (  # a quote left open, one typed the wrong way round
            "- Phát động phong trào “Thi đua yêu nước năm 2025.",
            "Giao Sở Nội vụ chủ trì tổ chức Hội nghị ”Điển hình tiên tiến”.",
        ),
        (  # a quote after a colon that no paragraph closes
            "Phát động các phong trào thi đua sau:\n\n“Thi đua yêu nước năm 2025",
            "Giao Sở Nội vụ chủ trì tổ chức Hội nghị điển hình tiên tiến.",
        ),
    ],
)
def test_stray_quotes_quote_nothing(task: str, item: str) -> None:
    """Quote marks that open no amendment's text (an inch mark, a quote typed the wrong way)
    leave the articles and the implementation article as they are."""
    text = SEED_112.read_text(encoding="utf-8")
    anchor = "### **Điều 3. Tổ chức thực hiện**\n\n"
    text = text.replace(anchor, f"{task}\n\n{anchor}", 1).replace(
        "của pháp luật.\n\n2. Giao Thường trực",
        f"của pháp luật.\n\n{item}\n\n2. Giao Thường trực",
        1,
    )
    res = reader.read_text(text, "quotes.md")
    assert [a.number for a in res.articles] == [1, 2, 3]
    assert [a.role.name for a in res.assignments][:1] == ["IMPLEMENTS"]
    assert len(res.assignments) >= len(reader.read_path(SEED_112).assignments)


def test_ditto_marks_in_a_table_quote_nothing() -> None:
    """ "| 2 | Tỷ lệ thất nghiệp ở thành thị | " | 3,1 | 2,9 |": a ditto mark repeats the unit
    above; the rows after it are rows of the table, read for their targets."""
    table = (
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ lao động qua đào tạo | % | 70 | 72 |\n"
        '| 2 | Tỷ lệ thất nghiệp ở thành thị | " | 3,1 | 2,9 |\n'
        "| 3 | Số lao động có việc làm mới | người | 15.000 | 16.000 |\n"
        '| 4 | Tỷ lệ hộ nghèo | " | 2,1 | 1,5 |\n\n'
    )
    res = _112_with_table(table, "ditto.md")
    rows = [t.indicator for t in res.targets if t.span.quote.startswith("|")]
    assert rows == [
        "Tỷ lệ lao động qua đào tạo",
        "Tỷ lệ thất nghiệp ở thành thị",
        "Số lao động có việc làm mới",
        "Tỷ lệ hộ nghèo",
    ]


@pytest.mark.parametrize(
    "basis",
    [
        "Quy định của pháp luật hiện hành",
        "Quy định hiện hành",
        "Hướng dẫn chung",
        "Quy định của Nhà nước",
        "Hướng dẫn của cấp có thẩm quyền",
        "Quy định của Chính phủ về chế độ công tác phí",
    ],
)
def test_the_rules_in_general_are_no_legal_basis(basis: str) -> None:
    """ "Căn cứ Quy định của pháp luật hiện hành" names no document: no basis is added."""
    res = reader.read_text(_112_based_also_on(f"Căn cứ {basis};"), "chung.md")
    assert not [r for r in res.legal_bases if r.kind is model.DocKind.UNNUMBERED]


def test_two_unnumbered_bases_joined_by_va_are_two() -> None:
    """ "Căn cứ Quy chế làm việc … và Hướng dẫn của …" names two documents by their types: two
    legal bases, each with its own title; "và" inside one's title ("… giám sát và kiểm tra")
    does not split it."""
    text = _112_based_also_on(
        "Căn cứ Quy chế làm việc của Hội đồng nhân dân tỉnh và Hướng dẫn của Thường trực Hội "
        "đồng nhân dân tỉnh về giám sát và kiểm tra;"
    )
    res = reader.read_text(text, "hai.md")
    rules = [r for r in res.legal_bases if r.kind is model.DocKind.UNNUMBERED]
    assert [(r.doc_type, r.title, r.span.quote) for r in rules] == [
        ("QC", "Quy chế làm việc của Hội đồng nhân dân tỉnh", rules[0].title),
        (
            "HD",
            "Hướng dẫn của Thường trực Hội đồng nhân dân tỉnh về giám sát và kiểm tra",
            rules[1].title,
        ),
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("UBND tỉnh, UBMTTQVN tỉnh (b/c);", ["UBND tỉnh", "UBMTTQVN tỉnh"]),
        ("UBTV Quốc hội, Chính phủ (Báo cáo);", ["UBTV Quốc hội", "Chính phủ"]),
        ("Bộ Tài chính, Bộ Tư pháp (Cục Kiểm tra VBQPPL);",
         ["Bộ Tài chính", "Bộ Tư pháp (Cục Kiểm tra VBQPPL)"]),
        # a part that does not say whose it is shares the unit of the last: one recipient
        ("TT HĐND, UBND các huyện, thành phố;", ["TT HĐND, UBND các huyện, thành phố"]),
        ("HĐND, UBND các xã, phường;", ["HĐND, UBND các xã, phường"]),
        ("Các sở, ban, ngành, đoàn thể của tỉnh;", ["Các sở, ban, ngành, đoàn thể của tỉnh"]),
        ("Văn phòng: Tỉnh ủy, Ủy ban nhân dân tỉnh;", ["Văn phòng: Tỉnh ủy, Ủy ban nhân dân tỉnh"]),
        ("Sở Văn hóa, Thể thao và Du lịch;", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Thủ tướng Chính phủ (để phê chuẩn);", ["Thủ tướng Chính phủ"]),
        ("Sở Nội vụ, Sở Tài chính;", ["Sở Nội vụ", "Sở Tài chính"]),  # only a province's
        # the bodies an article names, and the file copy: no recipient
        ("Như Điều 4;", []),
        ("Như trên;", []),
        ("Lưu: VT, CTHĐND.", []),
    ],
)  # fmt: skip
def test_a_recipient_line_listing_bodies_named_in_full_is_one_recipient_each(
    line: str, names: list[str]
) -> None:
    text = SEED_112.read_text(encoding="utf-8").replace(
        "- Chính phủ (Báo cáo);", f"- Chính phủ (Báo cáo);\n- {line}", 1
    )
    res = reader.read_text(text, "noi-nhan.md")
    at = [b.name for b in res.recipients].index("Chính phủ") + 1
    found = res.recipients[at : at + len(names)]
    assert [b.name for b in found] == names
    assert [b.span.quote if b.span else None for b in found] == names
    assert res.recipients[at + len(names)].name == "Thường trực Tỉnh ủy"


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_title_wrapped_before_a_capital_keeps_its_second_line(between: str) -> None:
    """ "Về việc miễn nhiệm … và bầu bổ sung / Phó Chủ tịch Ủy ban nhân dân tỉnh …": the line
    after the title goes on with it when it starts with a post's or a body's name; the council's
    line and the preamble after it do not."""
    text = SEED_112.read_text(encoding="utf-8")
    title_at = text.index("Về kết quả thực hiện")
    title_end = text.index("\n\n", title_at)
    text = (
        text[:title_at]
        + f"Về việc miễn nhiệm Ủy viên Ủy ban nhân dân tỉnh và bầu bổ sung{between}"
        + "Phó Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên nhiệm kỳ 2021 - 2026"
        + text[title_end:]
    )
    res = reader.read_text(text, "mien-nhiem.md")
    assert res.title == (
        "Về việc miễn nhiệm Ủy viên Ủy ban nhân dân tỉnh và bầu bổ sung Phó Chủ tịch Ủy ban nhân "
        "dân tỉnh Thái Nguyên nhiệm kỳ 2021 - 2026"
    )
    assert res.title_span is not None and res.title_span.quote.endswith("nhiệm kỳ 2021 - 2026")
    assert res.session is not None and res.session.session == 23
    assert res.legal_bases[0].title == "Luật Tổ chức chính quyền địa phương"


@pytest.mark.parametrize(
    "after", ["Hội đồng nhân dân tỉnh Thái Nguyên", "Độc lập - Tự do - Hạnh phúc"]
)
def test_a_title_does_not_take_the_councils_line_nor_the_motto(after: str) -> None:
    """The council's line in mixed case ("Hội đồng nhân dân tỉnh Thái Nguyên" over "Khóa XIV,
    …"), or a stray motto, after the title is not part of it."""
    text = SEED_112.read_text(encoding="utf-8")
    council_at = text.index("### HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN KHÓA XIV")
    text = text[:council_at] + f"{after}\n\n" + text[council_at:]
    res = reader.read_text(text, "dong.md")
    assert res.title is not None and res.title.endswith("tỉnh Thái Nguyên năm 2025")


def test_a_title_followed_by_the_preamble_ends_there() -> None:
    """Without the council's line, the preamble ("Căn cứ …") follows the title: not its end."""
    text = SEED_112.read_text(encoding="utf-8")
    council_at = text.index("### HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN KHÓA XIV")
    text = text[:council_at] + text[text.index("\n\n", council_at) + 2 :]
    res = reader.read_text(text, "khong-dong.md")
    assert res.title is not None and res.title.endswith("tỉnh Thái Nguyên năm 2025")


def test_the_body_that_proposes_before_its_submission_is_its_issuer() -> None:
    """ "Theo đề nghị của Ủy ban nhân dân tỉnh tại Tờ trình số 160/TTr-UBND …" (the wording of
    normative resolutions since 2025): the body named first issued the submission."""
    text = SEED_112.read_text(encoding="utf-8").replace(
        "Xét Tờ trình số 160/TTr-UBND ngày 22 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Thái "
        "Nguyên về việc",
        "Theo đề nghị của Ủy ban nhân dân tỉnh tại Tờ trình số 160/TTr-UBND ngày 22 tháng 11 "
        "năm 2024 về việc",
        1,
    )
    res = reader.read_text(text, "theo-de-nghi.md")
    submission = next(r for r in res.considered if r.symbol == "160/TTr-UBND")
    assert submission.issuer is not None and submission.issuer.name == "Ủy ban nhân dân tỉnh"
    assert submission.issuer.span is not None
    assert submission.issuer.span.quote == "Ủy ban nhân dân tỉnh"
    reports = [r for r in res.considered if r.symbol == "236/BC-UBND"]
    assert [r.issuer.name for r in reports if r.issuer] == ["Ủy ban nhân dân tỉnh Thái Nguyên"]


@pytest.mark.parametrize(
    ("says", "in_force"),
    [
        (" và có hiệu lực từ ngày thông qua", date(2024, 12, 10)),
        (" và có hiệu lực kể từ ngày Hội đồng nhân dân tỉnh thông qua", date(2024, 12, 10)),
        (" và có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025", date(2025, 1, 1)),
        (" và có hiệu lực từ ngày ký ban hành", date(2024, 12, 10)),  # the header's date
        (" và có hiệu lực sau 10 ngày kể từ ngày ký", None),  # a day it does not name
        ("", None),
    ],
)
def test_the_date_a_resolution_enters_into_force(says: str, in_force: date | None) -> None:
    """ "… thông qua ngày 10 tháng 12 năm 2024 và có hiệu lực …": the date it enters into
    force, which is the adoption's when it says "từ ngày thông qua"."""
    text = SEED_112.read_text(encoding="utf-8")
    passed = "thông qua ngày 10 tháng 12 năm 2024"
    assert passed in text
    res = reader.read_text(text.replace(passed, passed + says, 1), "hieu-luc.md")
    assert res.in_force == in_force
    if in_force is not None:
        assert res.in_force_span is not None and res.in_force_span.quote.startswith("Nghị quyết")


@pytest.mark.parametrize(
    "said",
    [
        # the article an amendment quotes is the amended resolution's
        '4. Sửa đổi Điều 9 như sau:\n\n"Điều 9. Hiệu lực thi hành\n\nNghị quyết này có hiệu lực '
        'thi hành từ ngày 01 tháng 8 năm 2023."\n\n',
        # a part of it
        "Quy định tại khoản 2 Điều 1 Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 01 "
        "năm 2026.\n\n",
    ],
)
def test_a_date_of_entry_into_force_not_the_resolutions_own_is_not_read(said: str) -> None:
    res = _112_implemented_by(
        f"### **Điều 3.** Sửa đổi một số điều.\n\n{said}"
        "### **Điều 4.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
    )
    assert res.in_force is None


def test_an_article_on_entry_into_force_gives_its_date_not_another_documents() -> None:
    """ "Điều 3. Hiệu lực thi hành: 1. Nghị quyết này có hiệu lực thi hành từ ngày 01/01/2025.
    2. Nghị quyết số 05/2020/NQ-HĐND hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi
    hành." gives 1 January 2025; the sentence on the other resolution gives no date."""
    articles = (
        "### **Điều 3. Hiệu lực thi hành**\n\n"
        "1. Nghị quyết số 05/2020/NQ-HĐND ngày 10 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh "
        "hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.\n\n"
        "2. Nghị quyết này có hiệu lực thi hành từ ngày 01/01/2025.\n\n"
        "### **Điều 4.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
    )
    res = _112_implemented_by(articles)
    assert res.in_force == date(2025, 1, 1)
    assert res.in_force_span is not None
    assert res.in_force_span.quote == "Nghị quyết này có hiệu lực thi hành từ ngày 01/01/2025"


def test_a_persons_new_duties_do_not_make_the_article_one_of_tasks() -> None:
    """ "Miễn nhiệm … đối với ông …, do được điều động nhận nhiệm vụ mới." then "Kết quả biểu
    quyết: 78/82 đại biểu …": no task (the article's "nhiệm vụ" is the person's)."""
    res = _112_implemented_by(
        "### **Điều 3.** Miễn nhiệm chức vụ Ủy viên Ủy ban nhân dân tỉnh đối với ông Nguyễn Văn "
        "An, Giám đốc Sở Tài chính, do được điều động nhận nhiệm vụ mới.\n\n"
        "Kết quả biểu quyết: 78/82 đại biểu có mặt tán thành, bằng 95,12% tổng số đại biểu Hội "
        "đồng nhân dân tỉnh; 02 đại biểu không tán thành.\n\n"
        "### **Điều 4.** Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\n"
    )
    assert _tasks_of_article(res, 3) == []
