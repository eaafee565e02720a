"""Document references, annotated by hand from the two seed resolutions."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest

from nqgraph.model import Change, DocKind, DocumentRef, Resolution, Span
from nqgraph.references import find_references

SOURCE = Path(__file__).resolve().parent.parent / "data" / "source"
SEED_112 = SOURCE / "112-NQ-HDND-2024-thai-nguyen.md"
SEED_94 = SOURCE / "94-NQ-HDND-2023-thai-nguyen.md"


def rough_normalise(raw: str) -> str:
    """Stand-in for text.normalise: drop Markdown marks, one paragraph per line, re-join
    paragraphs split by a page break (no final punctuation, next starts in lower case)."""
    paras: list[str] = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [re.sub(r"^\s*#+\s*", "", line) for line in block.splitlines()]
        t = " ".join(" ".join(line.replace("*", "").split()) for line in lines if line.strip())
        if not t:
            continue
        if paras and not re.search(r"[.;:!?]$", paras[-1]) and t[:1].islower():
            paras[-1] += " " + t
        else:
            paras.append(t)
    return "\n".join(paras)


def refs(text: str) -> list[DocumentRef]:
    def to_span(start: int, end: int) -> Span:
        return Span(start, end, 1, 1, text[start:end])

    return find_references(text, to_span, "Thái Nguyên")


def title(ref: DocumentRef) -> str:
    """The title of `ref`, which must have one."""
    assert ref.title is not None, ref
    return ref.title


@pytest.fixture(scope="module")
def seed_112() -> str:
    return rough_normalise(SEED_112.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_94() -> str:
    return rough_normalise(SEED_94.read_text(encoding="utf-8"))


def numbered(found: list[DocumentRef]) -> list[DocumentRef]:
    return [r for r in found if r.symbol is not None]


# (symbol, date, issuer as written) in text order, read from the seeds; the resolution's own
# number ("Số: 112/NQ-HĐND") has no date and no issuer.
HAND_112 = [
    ("112/NQ-HĐND", None, None),
    ("225/BC-UBND", date(2024, 11, 22), "Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("160/TTr-UBND", date(2024, 11, 22), "Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("236/BC-UBND", date(2024, 12, 9), "Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("41-NQ/TW", date(2023, 10, 10), "Bộ Chính trị"),
    ("20-NQ/TW", date(2023, 6, 16), "Ban Chấp hành Trung ương"),
    ("04/2021/NQ-HĐND", date(2021, 3, 23), "Hội đồng nhân dân tỉnh"),
    ("18-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng Khóa XII"),
    ("01-NQ/TU", date(2020, 12, 31), "Ban Chấp hành Đảng bộ tỉnh"),
]
HAND_94 = [
    ("94/NQ-HĐND", None, None),
    ("263/BC-UBND", date(2023, 11, 12), "Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("164/TTr-UBND", date(2023, 11, 12), "Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("19-NQ/TW", date(2023, 6, 16), "Ban Chấp hành Trung ương"),
    ("10-NQ/TU", date(2019, 10, 21), "Ban Chấp hành Đảng bộ tỉnh"),
    ("20-NQ/TW", date(2023, 6, 16), "Ban Chấp hành Trung ương"),
    ("04/2021/NQ-HĐND", date(2021, 3, 23), "Hội đồng nhân dân tỉnh"),
    ("08/CT-TTg", date(2022, 6, 1), "Thủ tướng Chính phủ"),
    ("01-NQ/TU", date(2020, 12, 31), "Ban Chấp hành Đảng bộ tỉnh"),
    ("20-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng Khóa XII"),
    ("21-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng Khóa XII"),
    ("76-KL/TW", date(2020, 6, 4), "Bộ Chính trị"),
    ("33-NQ/TW", date(2014, 6, 9), "Ban Chấp hành Trung ương Đảng khóa XI"),
    ("82/NQ-CP", date(2023, 5, 18), "Chính phủ"),
    ("25/NQ-HĐND", date(2021, 12, 10), "Hội đồng nhân dân tỉnh"),
    ("06/2022/NĐ-CP", date(2022, 1, 7), "Chính phủ"),
    ("18-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng Khóa XII"),
    ("19-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng Khóa XII"),
    ("117/NQ-CP", date(2023, 7, 30), "Chính phủ"),
    ("76/NQ-CP", date(2021, 7, 15), "Chính phủ"),
]


@pytest.mark.parametrize(("seed", "hand"), [("seed_112", HAND_112), ("seed_94", HAND_94)])
def test_every_numbered_reference(
    seed: str, hand: list[object], request: pytest.FixtureRequest
) -> None:
    text: str = request.getfixturevalue(seed)
    got = [(r.symbol, r.date, r.issuer.name if r.issuer else None) for r in numbered(refs(text))]
    assert got == hand


def test_symbol_sets(seed_112: str, seed_94: str) -> None:
    assert {r.symbol for r in numbered(refs(seed_112))} == {s for s, _, _ in HAND_112}
    assert {r.symbol for r in numbered(refs(seed_94))} == {s for s, _, _ in HAND_94}


def test_same_number_different_documents(seed_94: str) -> None:
    dated = {(r.symbol, r.date) for r in numbered(refs(seed_94))}
    assert ("19-NQ/TW", date(2023, 6, 16)) in dated
    assert ("19-NQ/TW", date(2017, 10, 25)) in dated
    assert ("20-NQ/TW", date(2023, 6, 16)) in dated
    assert ("20-NQ/TW", date(2017, 10, 25)) in dated
    years = {(r.symbol, r.year) for r in numbered(refs(seed_94))}
    assert ("19-NQ/TW", 2017) in years and ("19-NQ/TW", 2023) in years


def test_fields_of_a_party_reference(seed_112: str) -> None:
    [r] = [r for r in refs(seed_112) if r.symbol == "41-NQ/TW"]
    assert r.kind is DocKind.PARTY
    assert (r.doc_type, r.number, r.issuer_code, r.year) == ("NQ", "41", "TW", 2023)
    assert r.span.quote == "Nghị quyết số 41-NQ/TW ngày 10 tháng 10 năm 2023 của Bộ Chính trị"
    assert r.title == (
        "xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới"
    )
    assert r.issuer is not None and r.issuer.span is not None
    assert r.issuer.span.quote == "Bộ Chính trị"


def test_fields_of_state_references(seed_94: str) -> None:
    by_symbol = {r.symbol: r for r in numbered(refs(seed_94))}
    ct = by_symbol["08/CT-TTg"]
    assert (ct.kind, ct.doc_type, ct.number, ct.issuer_code) == (DocKind.STATE, "CT", "08", "TTg")
    assert ct.title == "tăng cường triển khai công tác xây dựng văn hóa học đường"
    nd = by_symbol["06/2022/NĐ-CP"]
    assert (nd.doc_type, nd.number, nd.year, nd.issuer_code) == ("NĐ", "06", 2022, "CP")
    nq = by_symbol["82/NQ-CP"]
    assert nq.span.quote == "Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ"
    assert nq.year == 2023
    tt = by_symbol["164/TTr-UBND"]
    assert tt.doc_type == "TTr"
    assert tt.title == (
        "việc đề nghị thông qua kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023"
    )


def test_quoted_title_and_stop_at_next_reference(seed_112: str, seed_94: str) -> None:
    [r18] = [r for r in refs(seed_112) if r.symbol == "18-NQ/TW"]
    assert r18.title == (
        "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị "
        "tinh gọn, hoạt động hiệu lực, hiệu quả"
    )
    r20 = [r for r in refs(seed_94) if r.symbol == "20-NQ/TW" and r.year == 2017]
    assert r20[0].title == (
        "tăng cường công tác bảo vệ, chăm sóc, nâng cao sức khỏe Nhân dân trong tình hình mới"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a title that is a verb of the next document runs on to that document's end
            "Tờ trình số 120/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về việc thông qua "
            "Báo cáo số 40/BC-UBND ngày 9/11/2024; Báo cáo thẩm tra của Ban kinh tế - ngân sách.",
            "việc thông qua Báo cáo số 40/BC-UBND ngày 9/11/2024",
        ),
        (  # … and over the named document's own title
            "Tờ trình số 120/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về việc bãi bỏ "
            "Nghị quyết số 05/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh về chính "
            "sách hỗ trợ; ý kiến thảo luận của đại biểu.",
            "việc bãi bỏ Nghị quyết số 05/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân "
            "tỉnh về chính sách hỗ trợ",
        ),
        (  # … with the parts of it the verb names
            "Tờ trình số 120/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về việc sửa đổi, "
            "bổ sung khoản 1, khoản 2 Điều 4 Nghị quyết số 06/2020/NQ-HĐND ngày 1/7/2020 về hỗ "
            "trợ sản xuất.",
            "việc sửa đổi, bổ sung khoản 1, khoản 2 Điều 4 Nghị quyết số 06/2020/NQ-HĐND ngày "
            "1/7/2020 về hỗ trợ sản xuất",
        ),
        (  # parts a title's own words name are its own, not a list's next item
            "Tờ trình số 120/TTr-UBND ngày 1/3/2020 về hướng dẫn khoản 2, khoản 3 Điều 7 Nghị "
            "định số 34/2019/NĐ-CP ngày 1/1/2019 của Chính phủ;",
            "hướng dẫn khoản 2, khoản 3 Điều 7",
        ),
        (  # a list's "," or "và" before the next document ends the title
            "Tờ trình số 120/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về dự án A, "
            "Tờ trình số 121/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về dự án B.",
            "dự án A",
        ),
        (
            "Tờ trình số 120/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về dự án A và "
            "Tờ trình số 121/TTr-UBND ngày 10/11/2024 của Ủy ban nhân dân tỉnh về dự án B.",
            "dự án A",
        ),
        # … as do a table's cell, a word joining two, a line's end the text ran on from
        (
            "| 1 | Tờ trình số 120/TTr-UBND ngày 10/7/2020 về chính sách hỗ trợ | Nghị quyết số "
            "16/2025/NQ-HĐND ngày 12/7/2025 về chính sách mới |",
            "chính sách hỗ trợ",
        ),
        (
            "Tờ trình số 120/TTr-UBND ngày 10/7/2020 về chính sách hỗ trợ cùng Nghị quyết số "
            "06/2021/NQ-HĐND ngày 12/7/2021 về chính sách khác.",
            "chính sách hỗ trợ",
        ),
        (
            "Tờ trình số 120/TTr-UBND ngày 10/7/2020 về chính sách hỗ trợ Nghị quyết số "
            "06/2021/NQ-HĐND ngày 12/7/2021 về chính sách khác;",
            "chính sách hỗ trợ",
        ),
    ],
)  # fmt: skip
def test_a_title_names_the_document_it_runs_into(text: str, title: str) -> None:
    first = refs(text)[0]
    assert (first.symbol, first.title) == ("120/TTr-UBND", title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a circular's title names the decree it is for, a rule's the decree it came with
        ("Căn cứ Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính quy định chi tiết "
         "thi hành một số điều của Nghị định số 163/2016/NĐ-CP;",
         "quy định chi tiết thi hành một số điều của Nghị định số 163/2016/NĐ-CP"),
        ("Căn cứ Thông tư số 36/2006/TT-BVHTT ngày 20/3/2006 của Bộ Văn hóa - Thông tin hướng "
         "dẫn một số điều của Quy chế đặt tên đường ban hành kèm theo Nghị định số "
         "91/2005/NĐ-CP;",
         "hướng dẫn một số điều của Quy chế đặt tên đường ban hành kèm theo Nghị định số "
         "91/2005/NĐ-CP"),
        # what the sentence says of it is not its title, nor a dangling "theo"
        ("Nghị quyết số 08/2022/NQ-HĐND ngày 14/7/2022 của Hội đồng nhân dân tỉnh về chính "
         "sách hỗ trợ chè hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.",
         "chính sách hỗ trợ chè"),
        ("Căn cứ Nghị quyết số 94/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh về Kế "
         "hoạch đầu tư công trung hạn, đã được điều chỉnh, bổ sung tại Nghị quyết số "
         "36/NQ-HĐND ngày 12/7/2023 của Hội đồng nhân dân tỉnh;",
         "Kế hoạch đầu tư công trung hạn"),
        # … but a title may speak of expiry or additions itself
        ("Căn cứ Quyết định số 250/QĐ-UBND ngày 10/1/2025 của Ủy ban nhân dân tỉnh về việc công "
         "bố Danh mục văn bản hết hiệu lực toàn bộ hoặc một phần năm 2024;",
         "việc công bố Danh mục văn bản hết hiệu lực toàn bộ hoặc một phần năm 2024"),
        ("Căn cứ Nghị quyết số 30/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh về "
         "danh mục công trình, dự án cần thu hồi đất được bổ sung năm 2024;",
         "danh mục công trình, dự án cần thu hồi đất được bổ sung năm 2024"),
        ("triển khai Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh "
         "tế tư nhân và các cơ chế đặc thù theo Nghị quyết số 226/2025/QH15 của Quốc hội.",
         "phát triển kinh tế tư nhân và các cơ chế đặc thù"),
    ],
)  # fmt: skip
def test_a_title_ends_where_the_documents_name_does(text: str, title: str) -> None:
    assert refs(text)[0].title == title


@pytest.mark.parametrize(
    "between",
    [
        "và bãi bỏ",  # the resolution's own second verb
        ", bãi bỏ",
        "và thay thế",
        "đồng thời sửa đổi, bổ sung",
        "đã được sửa đổi, bổ sung tại",  # an amendment of it, a document of its own
        "được bố trí từ nguồn ngân sách theo",
        "giai đoạn 2021-2025, Ủy ban nhân dân tỉnh ban hành",  # a clause of its own
        "và Phụ lục I kèm theo",
        "và Điều 4",  # a part of the next one
        "và điểm a, điểm b khoản 1 Điều 4",
    ],
)
def test_a_title_does_not_run_over_a_document_it_does_not_name(between: str) -> None:
    text = (
        "Nghị quyết này thay thế Nghị quyết số 05/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân "
        f"dân tỉnh về chính sách hỗ trợ {between} Nghị quyết số 06/2021/NQ-HĐND ngày 12/7/2021 "
        "của Hội đồng nhân dân tỉnh về chính sách khác."
    )
    first, second = refs(text)
    assert (first.symbol, second.symbol) == ("05/2020/NQ-HĐND", "06/2021/NQ-HĐND")
    assert first.title is not None and first.title.startswith("chính sách hỗ trợ")
    assert "06/2021" not in first.title


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        (" như sau:", "quy định mức chi hỗ trợ"),
        (", cụ thể như sau:", "quy định mức chi hỗ trợ"),
        (" như sau.", "quy định mức chi hỗ trợ"),
        (" với các nội dung như sau:", "quy định mức chi hỗ trợ"),
        (" bao gồm các nội dung như sau:", "quy định mức chi hỗ trợ"),
        (" với nội dung cụ thể như sau:", "quy định mức chi hỗ trợ"),
        (" với những nội dung chủ yếu như sau:", "quy định mức chi hỗ trợ"),
        (" theo các nội dung sau đây:", "quy định mức chi hỗ trợ"),
        (" có nội dung như sau:", "quy định mức chi hỗ trợ"),
        (" NHƯ SAU:", "quy định mức chi hỗ trợ"),
        (" như dưới đây:", "quy định mức chi hỗ trợ"),
        (" sau đây:", "quy định mức chi hỗ trợ sau đây:"),  # no "như", no "nội dung": its own
        (" “như sau: 5%” như sau:", "quy định mức chi hỗ trợ “như sau: 5%”"),  # quoted: its own
    ],
)
def test_a_title_ends_before_as_follows(tail: str, title: str) -> None:
    """An article amending a document "như sau" ("as follows") does not put that in its title."""
    text = (
        "Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 12/2019/NQ-HĐND ngày 10 tháng 7 "
        f"năm 2019 của Hội đồng nhân dân tỉnh quy định mức chi hỗ trợ{tail}\n"
        "1. Sửa đổi khoản 2 Điều 3."
    )
    [ref] = refs(text)
    assert (ref.symbol, ref.title) == ("12/2019/NQ-HĐND", title)


def test_about(seed_94: str) -> None:
    [kl] = [r for r in refs(seed_94) if r.symbol == "76-KL/TW"]
    assert kl.doc_type == "KL"
    assert [(a.symbol, a.date) for a in kl.about] == [("33-NQ/TW", date(2014, 6, 9))]
    assert kl.span.quote == "Kết luận số 76-KL/TW ngày 04 tháng 6 năm 2020 của Bộ Chính trị"


def test_about_without_viec() -> None:
    """ "… về tiếp tục thực hiện Nghị quyết số …", without "việc", is about it too."""
    [kl, nq] = refs(
        "Kết luận số 76-KL/TW ngày 4/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số "
        "33-NQ/TW ngày 09 tháng 6 năm 2014 của Ban Chấp hành Trung ương Đảng khóa XI."
    )
    assert [a.symbol for a in kl.about] == [nq.symbol] == ["33-NQ/TW"]
    assert kl.title == (
        "tiếp tục thực hiện Nghị quyết số 33-NQ/TW ngày 09 tháng 6 năm 2014 của Ban Chấp hành "
        "Trung ương Đảng khóa XI"
    )


def test_amending_law(seed_112: str) -> None:
    laws = [r for r in refs(seed_112) if r.kind is DocKind.LAW]
    amending = [r for r in laws if r.amends]
    assert len(amending) == 1
    law = amending[0]
    assert law.title == (
        "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và "
        "Luật Tổ chức chính quyền địa phương"
    )
    assert (law.doc_type, law.date) == ("L", date(2019, 11, 22))
    assert [(a.title, a.date) for a in law.amends] == [
        ("Luật Tổ chức Chính phủ", None),
        ("Luật Tổ chức chính quyền địa phương", None),
    ]


def test_laws_by_name(seed_112: str) -> None:
    laws = [(r.title, r.date) for r in refs(seed_112) if r.kind is DocKind.LAW and not r.amends]
    assert laws == [
        ("Luật Tổ chức chính quyền địa phương", date(2015, 6, 19)),
        ("Luật Đất đai", None),
        ("Luật Nhà ở", None),
        ("Luật Kinh doanh bất động sản", None),
        ("Luật Bảo vệ môi trường", None),
        ("Luật Đầu tư công", None),
    ]  # "các Luật thuộc thẩm quyền" is not a law


def test_numbered_law_gets_type_from_word() -> None:
    [law] = refs("Căn cứ Luật số 72/2025/QH15 ngày 19 tháng 6 năm 2025 của Quốc hội;")
    assert (law.kind, law.doc_type, law.symbol, law.issuer_code) == (
        DocKind.STATE,
        "L",
        "72/2025/QH15",
        "QH15",
    )
    [nq] = refs("theo Nghị quyết số 108/2023/QH15 của Quốc hội về thí điểm")
    assert (nq.doc_type, nq.year, nq.title) == ("NQ", 2023, "thí điểm")
    assert nq.issuer is not None and nq.issuer.name == "Quốc hội"


def test_bare_identifier_and_spacing_variant() -> None:
    [r] = refs("thực hiện theo 112 /NQ- HĐND.")
    assert (r.symbol, r.doc_type, r.span.quote) == ("112/NQ-HĐND", "NQ", "112 /NQ- HĐND")


def test_named_documents(seed_112: str, seed_94: str) -> None:
    named_112 = [(r.doc_type, title(r)) for r in refs(seed_112) if r.kind is DocKind.NAMED]
    for expected in [
        ("QHo", "Quy hoạch tỉnh Thái Nguyên thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"),
        ("CTr", "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
        ("CTr", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
         "dân tộc thiểu số và miền núi giai đoạn 2021 - 2030"),
        ("CL", "Chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030 và tầm nhìn 2050"),
        ("CTr", "Chương trình Phát triển nguồn nhân lực ngành công nghiệp bán dẫn đến năm 2030, "
         "định hướng đến năm 2050"),
        ("ĐA", "Đề án Tăng cường quản lý nhà nước về tài nguyên khoáng sản và bảo vệ môi trường "
         "giai đoạn 2021 - 2025"),
        ("ĐA", "Đề án phát triển kinh tế tập thể tỉnh Thái Nguyên giai đoạn 2021 - 2025"),
        ("CTr", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
    ]:  # fmt: skip
        assert expected in named_112
    # "03 Chương trình mục tiêu quốc gia" is a count, not a name
    assert all(not t.endswith("ngay từ đầu năm") for _, t in named_112)
    named_94 = [(r.doc_type, title(r)) for r in refs(seed_94) if r.kind is DocKind.NAMED]
    assert (
        "ĐA",
        "Đề án Phát triển các sản phẩm nông nghiệp chủ lực tỉnh Thái Nguyên giai đoạn "
        "2020 - 2025, định hướng đến năm 2030",
    ) in named_94
    assert ("BBGN", "Biên bản ghi nhớ các biện pháp phối hợp") in named_94
    assert ("QHo", "Quy hoạch điện VIII") in named_94
    # inside the title of 76/NQ-CP: not separate; after the ";": separate
    titles = [t for _, t in named_94]
    assert not any(t.startswith("Chương trình tổng thể cải cách") for t in titles)
    assert "Chương trình cải cách hành chính của tỉnh giai đoạn 2021 - 2025" in titles
    # inside the title of 01-NQ/TU
    assert not any(t.startswith("Chương trình chuyển đổi số") for t in titles)
    # "các nội dung Chương trình theo đúng quy định" names nothing
    assert not any(t.startswith("Chương trình theo") for t in titles)


def test_lowercase_heads_are_not_names() -> None:
    assert (
        refs("triển khai các chương trình, đề án về bảo vệ môi trường giai đoạn 2021 - 2025.") == []
    )


def test_a_name_without_a_stop_ends_within_its_longest_length() -> None:
    """A line of words with no stop after "Kế hoạch" (a text whose paragraphs were joined, say)
    is not one name to the line's end: a name is read over 500 characters at most, and each
    name of such a line is read over no more (which keeps a long line linear)."""
    words = "phát triển kinh tế xã hội của tỉnh bền vững " * 60  # 2,640 characters
    found = refs(f"Thực hiện Kế hoạch {words}và Kế hoạch {words}.")
    names = [title(r) for r in found if r.kind is DocKind.NAMED]
    assert names and all(n.startswith("Kế hoạch phát triển") for n in names)
    assert all(len(n) <= len("Kế hoạch ") + 500 for n in names)


def test_order_and_no_overlap(seed_112: str, seed_94: str) -> None:
    for text in (seed_112, seed_94):
        found = refs(text)
        starts = [(r.span.start, r.span.end) for r in found]
        assert starts == sorted(starts)
        for (_, e1), (s2, _) in itertools.pairwise(starts):
            assert e1 <= s2


def test_law_with_name_and_number_is_one_reference() -> None:
    text = (
        "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo "
        "Luật số 65/2020/QH14; Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng "
        "6 năm 2025;"
    )
    found = refs(text)
    rows = [(r.kind, r.doc_type, r.symbol, r.title, r.year, r.date) for r in found]
    assert rows == [
        (DocKind.LAW, "L", "57/2014/QH13", "Luật Tổ chức Quốc hội", 2014, None),
        (DocKind.STATE, "L", "65/2020/QH14", None, 2020, None),
        (
            DocKind.LAW,
            "L",
            "72/2025/QH15",
            "Luật Tổ chức chính quyền địa phương",
            2025,
            date(2025, 6, 16),
        ),
    ]
    assert found[0].span.quote == "Luật Tổ chức Quốc hội số 57/2014/QH13"


@pytest.mark.parametrize(
    ("text", "title", "year", "quoted"),
    [
        ("Căn cứ Luật Đất đai năm 2024;", "Luật Đất đai", 2024, "Luật Đất đai năm 2024"),
        ("thi hành Luật Đất đai 2013 và các văn bản", "Luật Đất đai", 2013, "Luật Đất đai 2013"),
        ("thực hiện Luật Đất đai;", "Luật Đất đai", None, "Luật Đất đai"),
        # a period or a number after the name is not the law's year
        ("theo Luật Đầu tư công năm 2021 - 2025;", "Luật Đầu tư công", None, "Luật Đầu tư công"),
        ("theo Luật Đầu tư 2020/QH14 cũ;", "Luật Đầu tư", None, "Luật Đầu tư"),
        # a table's cell ends the name; the next cell is not its year
        ("| 1 | Luật Đất đai | 2024 | Quốc hội |", "Luật Đất đai", None, "Luật Đất đai"),
        ("|Luật Đầu tư công|2019|", "Luật Đầu tư công", None, "Luật Đầu tư công"),
    ],
)
def test_a_law_named_with_its_year_alone(
    text: str, title: str, year: int | None, quoted: str
) -> None:
    laws = [r for r in refs(text) if r.kind is DocKind.LAW]
    assert [(r.title, r.year, r.date, r.span.quote) for r in laws] == [(title, year, None, quoted)]


def test_a_table_of_documents_keeps_its_cells_apart() -> None:
    """A cell ends a named document's title and a law's name; a date in the next cell is not
    the law's: in a table of tasks it is a deadline, and laws of one name are told apart by
    their dates."""
    text = (
        "| 1 | Ban hành văn bản quy định chi tiết Luật Đất đai | 31/12/2024 |\n"
        "| 2 | Chương trình mục tiêu quốc gia giảm nghèo bền vững | 2021 - 2025 |\n"
        "| 3 | Tổ chức thực hiện Luật Đất đai | ngày 30 tháng 6 năm 2025 |\n"
    )
    first, programme, second = refs(text)
    assert [(r.kind, r.title, r.date) for r in (first, second)] == [
        (DocKind.LAW, "Luật Đất đai", None)
    ] * 2
    assert programme.title == "Chương trình mục tiêu quốc gia giảm nghèo bền vững"


def test_a_year_on_the_next_line_is_not_the_laws() -> None:
    text = "thực hiện Luật Đất đai\n2024 là năm bản lề"
    (law,) = [r for r in refs(text) if r.kind is DocKind.LAW]
    assert (law.title, law.year) == ("Luật Đất đai", None)


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        (
            "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;",
            "Luật Cán bộ, công chức",
            date(2008, 11, 13),
        ),
        ("Căn cứ Luật Phí và lệ phí ngày 25/11/2015;", "Luật Phí và lệ phí", date(2015, 11, 25)),
        (
            "Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;",
            "Luật Khoa học và Công nghệ",
            date(2013, 6, 18),
        ),
        (
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Luật Thi đua, khen thưởng",
            date(2022, 6, 15),
        ),
        (
            "Căn cứ Luật Phòng, chống tác hại của rượu, bia ngày 14 tháng 6 năm 2019;",
            "Luật Phòng, chống tác hại của rượu, bia",
            date(2019, 6, 14),
        ),
        # old tone placement ("hoá") is the same name
        (
            "Căn cứ Luật Chất lượng sản phẩm, hàng hoá ngày 21 tháng 11 năm 2007;",
            "Luật Chất lượng sản phẩm, hàng hoá",
            date(2007, 11, 21),
        ),
    ],
)
def test_a_law_whose_name_holds_a_comma_or_va_keeps_it(text: str, name: str, when: date) -> None:
    """The scanner ends a name at "," and "và"; the laws whose names hold them are taken whole,
    with their date."""
    (law,) = refs(text)
    assert (law.kind, law.title, law.date) == (DocKind.LAW, name, when)


def test_a_list_of_laws_still_splits_at_its_commas() -> None:
    found = refs(
        "Thực hiện Luật Đất đai, Luật Xây dựng và Luật Nhà ở năm 2023; Luật Đất đai, đồng thời"
    )
    assert [(r.title, r.year) for r in found] == [
        ("Luật Đất đai", None),
        ("Luật Xây dựng", None),
        ("Luật Nhà ở", 2023),
        ("Luật Đất đai", None),
    ]


def test_an_amending_law_in_lower_case_is_one_law_that_amends_two() -> None:
    """The National Assembly writes "Luật sửa đổi, bổ sung …" in lower case: one law, of 2019,
    that amends two others (not the Law on Local Government dated 2019)."""
    (law,) = refs(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
        "chính quyền địa phương ngày 22 tháng 11 năm 2019;"
    )
    assert law.title is not None and law.title.startswith("Luật sửa đổi, bổ sung")
    assert law.date == date(2019, 11, 22)
    assert [(a.title, a.date) for a in law.amends] == [
        ("Luật Tổ chức Chính phủ", None),
        ("Luật Tổ chức chính quyền địa phương", None),
    ]


def test_an_amending_law_that_lists_the_numbers_of_the_laws_it_amends() -> None:
    """Law 43/2024/QH15's name lists the laws it amends with their numbers: each number is the
    law's before it, every law of the list is amended, and the date after it is the amending
    law's (the Law on Land was not amended by itself, nor passed on 29 June 2024)."""
    listed = (
        "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
        "27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng "
        "số 32/2024/QH15"
    )
    (law, investment) = refs(
        f"Căn cứ {listed} ngày 29 tháng 6 năm 2024; Luật Đầu tư số 61/2020/QH14;"
    )
    assert (law.kind, law.symbol, law.date, law.title) == (
        DocKind.LAW,
        None,
        date(2024, 6, 29),
        listed,
    )
    assert [(a.title, a.symbol, a.date) for a in law.amends] == [
        ("Luật Đất đai", "31/2024/QH15", None),
        ("Luật Nhà ở", "27/2023/QH15", None),
        ("Luật Kinh doanh bất động sản", "29/2023/QH15", None),
        ("Luật Các tổ chức tín dụng", "32/2024/QH15", None),
    ]
    assert (investment.title, investment.symbol, investment.amends) == (
        "Luật Đầu tư",
        "61/2020/QH14",
        [],
    )


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học số 34/2018/QH14 "
            "ngày 19 tháng 11 năm 2018;",
            [("34/2018/QH14", date(2018, 11, 19), ["Luật Giáo dục đại học"])],
        ),
        (  # a law after it is a basis of its own
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học số 34/2018/QH14 "
            "và Luật Giáo dục số 43/2019/QH14;",
            [("34/2018/QH14", None, ["Luật Giáo dục đại học"]), ("43/2019/QH14", None, [])],
        ),
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019, Luật Ngân sách nhà "
            "nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015;",
            [
                (
                    "47/2019/QH14",
                    date(2019, 11, 22),
                    ["Luật Tổ chức Chính phủ", "Luật Tổ chức chính quyền địa phương"],
                ),
                ("83/2015/QH13", date(2015, 6, 25), []),
            ],
        ),
    ],
)
def test_an_amending_law_has_the_number_the_law_list_does_not_give_another(
    text: str, laws: list[tuple[str, date | None, list[str]]]
) -> None:
    """ "… của Luật Giáo dục đại học số 34/2018/QH14": the list of laws does not give that
    number to the Law on Higher Education, so it is the amending law's, and a law after it
    is not amended (a review found these read as Law 43/2024/QH15's list)."""
    found = refs(text)
    assert [(r.symbol, r.date, [a.title for a in r.amends]) for r in found] == laws


def test_a_law_named_pháp_luật_keeps_its_name_and_number() -> None:
    """ "… quy phạm pháp luật số 80/2015/QH13": the "luật" of "pháp luật" is no type word."""
    (law,) = refs("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;")
    assert (law.kind, law.title, law.symbol) == (
        DocKind.LAW,
        "Luật Ban hành văn bản quy phạm pháp luật",
        "80/2015/QH13",
    )


def test_amended_by_and_amending_documents() -> None:
    text = (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung "
        "bởi Luật số 87/2025/QH15;\nCăn cứ Nghị định số 82/2023/NĐ-CP ngày 28 tháng 11 năm 2023 "
        "của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 120/2016/NĐ-CP;\n"
        "Căn cứ Thông tư số 106/2021/TT-BTC của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung Thông tư "
        "số 85/2019/TT-BTC;"
    )
    found = {r.symbol: r for r in refs(text)}
    assert [a.symbol for a in found["87/2025/QH15"].amends] == ["64/2025/QH15"]
    assert [a.symbol for a in found["82/2023/NĐ-CP"].amends] == ["120/2016/NĐ-CP"]
    assert [a.symbol for a in found["106/2021/TT-BTC"].amends] == ["85/2019/TT-BTC"]
    issuer = found["106/2021/TT-BTC"].issuer
    assert issuer is not None and issuer.name == "Bộ trưởng Bộ Tài chính"
    assert found["64/2025/QH15"].amends == []


@pytest.mark.parametrize("parts", ["khoản 2 Điều 5", "khoản 1, khoản 2 Điều 5 và Điều 7 của"])
def test_a_document_amending_parts_of_another_amends_it(parts: str) -> None:
    found = refs(
        f"Căn cứ Nghị định số 82/2023/NĐ-CP ngày 28/11/2023 của Chính phủ sửa đổi, bổ sung {parts} "
        "Nghị định số 120/2016/NĐ-CP ngày 23/8/2016 của Chính phủ;"
    )
    assert [(r.symbol, [a.symbol for a in r.amends]) for r in found] == [
        ("82/2023/NĐ-CP", ["120/2016/NĐ-CP"]),
        ("120/2016/NĐ-CP", []),
    ]


def test_a_plan_in_a_bodys_name_is_no_plan() -> None:
    """ "Phòng Tài chính - Kế hoạch quận chủ trì" names an office, not a plan "Kế hoạch quận
    chủ trì"; the plan after it is one."""
    found = refs("Phòng Tài chính - Kế hoạch quận chủ trì thực hiện Kế hoạch phát triển nhà ở.")
    assert [r.title for r in found] == ["Kế hoạch phát triển nhà ở"]


# -- found in review: what the resolution does to the documents it names --------------------

REPLACED = (
    "Nghị quyết số 12/2019/NQ-HĐND ngày 10 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh Thái "
    "Nguyên quy định mức chi bảo đảm cho công tác cải cách hành chính"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Nghị quyết này thay thế {REPLACED}.", {"12/2019/NQ-HĐND": Change.REPLACES}),
        (  # the implementation article, in force and replacing in one sentence
            "Nghị quyết này có hiệu lực kể từ ngày 01 tháng 01 năm 2024 và thay thế Nghị quyết "
            "số 12/2019/NQ-HĐND ngày 10/7/2019 của Hội đồng nhân dân tỉnh.",
            {"12/2019/NQ-HĐND": Change.REPLACES},
        ),
        (  # an article's heading or item: the council's own words, with no subject
            f"Bãi bỏ {REPLACED}.",
            {"12/2019/NQ-HĐND": Change.REPEALS},
        ),
        (f"Nghị quyết này bãi bỏ toàn bộ {REPLACED}.", {"12/2019/NQ-HĐND": Change.REPEALS}),
        (
            f"Kể từ ngày Nghị quyết này có hiệu lực thi hành, bãi bỏ {REPLACED}.",
            {"12/2019/NQ-HĐND": Change.REPEALS},
        ),
        (  # a list: every resolution of it, not the decree one of them names
            "Nghị quyết này thay thế các Nghị quyết: số 12/2019/NQ-HĐND ngày 10/7/2019 của Hội "
            "đồng nhân dân tỉnh quy định mức chi theo Nghị định số 34/2016/NĐ-CP; số "
            "15/2020/NQ-HĐND ngày 09/12/2020 của Hội đồng nhân dân tỉnh và Nghị quyết số "
            "07/2021/NQ-HĐND ngày 20/7/2021 của Hội đồng nhân dân tỉnh.",
            {
                "12/2019/NQ-HĐND": Change.REPLACES,
                "34/2016/NĐ-CP": None,
                "15/2020/NQ-HĐND": Change.REPLACES,
                "07/2021/NQ-HĐND": Change.REPLACES,
            },
        ),
        (  # a task to draft a replacement: nothing is replaced yet
            "Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành nghị quyết thay thế "
            f"{REPLACED}.",
            {"12/2019/NQ-HĐND": None},
        ),
        (f"Rà soát, đề xuất bãi bỏ {REPLACED}.", {"12/2019/NQ-HĐND": None}),
        (  # a submission about a draft that would replace it
            "Xét Tờ trình số 45/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh về dự "
            f"thảo Nghị quyết thay thế {REPLACED}",
            {"45/TTr-UBND": None, "12/2019/NQ-HĐND": None},
        ),
        (  # another document replaces it: not this resolution
            f"Nghị quyết số 20/2023/NQ-HĐND ngày 08/12/2023 thay thế {REPLACED}.",
            {"20/2023/NQ-HĐND": None, "12/2019/NQ-HĐND": None},
        ),
        (  # it ends when this resolution comes into force: repealed by it
            f"{REPLACED} hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.",
            {"12/2019/NQ-HĐND": Change.REPEALS},
        ),
        (  # two of them, in an item of the article on entry into force
            "2. Nghị quyết số 12/2019/NQ-HĐND ngày 10/7/2019 và Nghị quyết số 15/2020/NQ-HĐND "
            "ngày 09/12/2020 của Hội đồng nhân dân tỉnh hết hiệu lực thi hành kể từ ngày Nghị "
            "quyết này có hiệu lực.",
            {"12/2019/NQ-HĐND": Change.REPEALS, "15/2020/NQ-HĐND": Change.REPEALS},
        ),
        (  # it ends on a day of its own: a fact, not this resolution's doing
            f"{REPLACED} hết hiệu lực ngày 31 tháng 12 năm 2025.",
            {"12/2019/NQ-HĐND": None},
        ),
        (  # a task about it: not its subject
            f"Giao Ủy ban nhân dân tỉnh rà soát {REPLACED} hết hiệu lực kể từ ngày Nghị quyết "
            "này có hiệu lực.",
            {"12/2019/NQ-HĐND": None},
        ),
        (f"Sửa đổi, bổ sung một số điều của {REPLACED}.", {"12/2019/NQ-HĐND": Change.AMENDS}),
        (  # an article that amends a part of it
            f"Điều 1. Sửa đổi, bổ sung khoản 2 Điều 3 của {REPLACED} như sau:",
            {"12/2019/NQ-HĐND": Change.AMENDS},
        ),
        (  # a part repealed: the document stays in force, amended
            f"Bãi bỏ điểm a, b khoản 2 Điều 5 {REPLACED}.",
            {"12/2019/NQ-HĐND": Change.AMENDS},
        ),
        (f"Về việc bãi bỏ {REPLACED}", {"12/2019/NQ-HĐND": Change.REPEALS}),  # a title
        (
            f"Nghị quyết này sửa đổi, bổ sung {REPLACED} và Nghị quyết số 15/2020/NQ-HĐND.",
            {"12/2019/NQ-HĐND": Change.AMENDS, "15/2020/NQ-HĐND": Change.AMENDS},
        ),
        (f"Nghiên cứu sửa đổi, bổ sung {REPLACED}.", {"12/2019/NQ-HĐND": None}),  # a task
        (  # another resolution amends it
            "Căn cứ Nghị quyết số 05/2021/NQ-HĐND ngày 10/7/2021 của Hội đồng nhân dân tỉnh sửa "
            f"đổi, bổ sung một số điều của {REPLACED};",
            {"05/2021/NQ-HĐND": None, "12/2019/NQ-HĐND": None},
        ),
        (f"Sửa đổi, bổ sung Điều 1, Điều 2 của {REPLACED}.", {"12/2019/NQ-HĐND": Change.AMENDS}),
        (  # each part named with its word
            f"Sửa đổi, bổ sung khoản 1, khoản 2 Điều 4 {REPLACED}.",
            {"12/2019/NQ-HĐND": Change.AMENDS},
        ),
        (f"Bãi bỏ điểm a, điểm b khoản 2 Điều 5 {REPLACED}.", {"12/2019/NQ-HĐND": Change.AMENDS}),
        (f"Bãi bỏ một số điều của {REPLACED}.", {"12/2019/NQ-HĐND": Change.AMENDS}),
        (  # the rules the resolution issued, a title's common form
            "Sửa đổi, bổ sung một số điều của Quy định về mức chi hỗ trợ ban hành kèm theo "
            f"{REPLACED}",
            {"12/2019/NQ-HĐND": Change.AMENDS},
        ),
        (  # parts of two resolutions
            f"Sửa đổi, bổ sung Điều 1 {REPLACED} và Điều 2 Nghị quyết số 15/2020/NQ-HĐND.",
            {"12/2019/NQ-HĐND": Change.AMENDS, "15/2020/NQ-HĐND": Change.AMENDS},
        ),
        (  # parts of one repealed, and another named without parts: that one whole
            f"Bãi bỏ khoản 2 Điều 3 {REPLACED} và Nghị quyết số 15/2020/NQ-HĐND ngày 09/12/2020.",
            {"12/2019/NQ-HĐND": Change.AMENDS, "15/2020/NQ-HĐND": Change.REPEALS},
        ),
        (  # parts of two repealed
            f"Bãi bỏ Điều 3 {REPLACED} và Điều 4 của Nghị quyết số 15/2020/NQ-HĐND.",
            {"12/2019/NQ-HĐND": Change.AMENDS, "15/2020/NQ-HĐND": Change.AMENDS},
        ),
        (  # documents in the repealed one's parenthesis are not repealed
            f"Bãi bỏ khoản 2 Điều 3 {REPLACED} (đã được sửa đổi, bổ sung tại Nghị quyết số "
            "12/2021/NQ-HĐND và Nghị quyết số 13/2022/NQ-HĐND).",
            {"12/2019/NQ-HĐND": Change.AMENDS, "12/2021/NQ-HĐND": None, "13/2022/NQ-HĐND": None},
        ),
        (  # nor documents its title names
            "Bãi bỏ khoản 2 Điều 3 Nghị quyết số 05/2021/NQ-HĐND về việc sửa đổi, bổ sung một "
            f"số điều của {REPLACED} và Nghị quyết số 11/2019/NQ-HĐND.",
            {"05/2021/NQ-HĐND": Change.AMENDS, "12/2019/NQ-HĐND": None, "11/2019/NQ-HĐND": None},
        ),
        (
            "Nghị quyết này thay thế Nghị quyết số 05/2021/NQ-HĐND về việc quy định mức thu "
            f"theo {REPLACED} và Nghị quyết số 11/2019/NQ-HĐND.",
            {"05/2021/NQ-HĐND": Change.REPLACES, "12/2019/NQ-HĐND": None, "11/2019/NQ-HĐND": None},
        ),
        (
            "Nghị quyết số 05/2021/NQ-HĐND về việc sửa đổi một số điều của "
            f"{REPLACED} và Nghị quyết số 11/2019/NQ-HĐND hết hiệu lực kể từ ngày Nghị quyết này "
            "có hiệu lực.",
            {"05/2021/NQ-HĐND": Change.REPEALS, "12/2019/NQ-HĐND": None, "11/2019/NQ-HĐND": None},
        ),
        (
            f"{REPLACED} (đã được sửa đổi tại Nghị quyết số 5/2021/NQ-HĐND và Nghị quyết số "
            "6/2022/NQ-HĐND) hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.",
            {"12/2019/NQ-HĐND": Change.REPEALS, "5/2021/NQ-HĐND": None, "6/2022/NQ-HĐND": None},
        ),
        (  # a parenthesis closed before the next one: that one is replaced too
            f"Nghị quyết này thay thế {REPLACED} (đã được sửa đổi, bổ sung tại Nghị quyết số "
            "05/2021/NQ-HĐND) và Nghị quyết số 15/2020/NQ-HĐND ngày 09/12/2020.",
            {
                "12/2019/NQ-HĐND": Change.REPLACES,
                "05/2021/NQ-HĐND": None,
                "15/2020/NQ-HĐND": Change.REPLACES,
            },
        ),
        (  # the same before "hết hiệu lực"
            f"{REPLACED} (đã được sửa đổi, bổ sung tại Nghị quyết số 05/2021/NQ-HĐND) và Nghị "
            "quyết số 15/2020/NQ-HĐND hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.",
            {
                "12/2019/NQ-HĐND": Change.REPEALS,
                "05/2021/NQ-HĐND": None,
                "15/2020/NQ-HĐND": Change.REPEALS,
            },
        ),
        (  # the parts named again: amended, whatever the title before names
            f"Sửa đổi, bổ sung khoản 2 Điều 1 {REPLACED} theo Nghị định số 57/2018/NĐ-CP và "
            "khoản 3 Điều 2 Nghị quyết số 15/2020/NQ-HĐND.",
            {
                "12/2019/NQ-HĐND": Change.AMENDS,
                "57/2018/NĐ-CP": None,
                "15/2020/NQ-HĐND": Change.AMENDS,
            },
        ),
        (  # a list whose last item follows "; và"
            f"Nghị quyết này thay thế các Nghị quyết sau: {REPLACED}; Nghị quyết số "
            "15/2020/NQ-HĐND quy định mức chi theo Nghị định số 34/2016/NĐ-CP; và Nghị quyết số "
            "07/2021/NQ-HĐND.",
            {
                "12/2019/NQ-HĐND": Change.REPLACES,
                "15/2020/NQ-HĐND": Change.REPLACES,
                "34/2016/NĐ-CP": None,
                "07/2021/NQ-HĐND": Change.REPLACES,
            },
        ),
        (  # a sentence between ends the run, though a comma comes before the next
            f"Bãi bỏ {REPLACED}. Giao Ủy ban nhân dân tỉnh rà soát, Nghị quyết số 15/2020/NQ-HĐND.",
            {"12/2019/NQ-HĐND": Change.REPEALS, "15/2020/NQ-HĐND": None},
        ),
        (  # in a list, items end with ";", the list with a new line
            f"Nghị quyết này thay thế các Nghị quyết sau: {REPLACED}; Nghị quyết số "
            "15/2020/NQ-HĐND.\nGiao Ủy ban nhân dân tỉnh thực hiện; Nghị quyết số 16/2020/NQ-HĐND.",
            {
                "12/2019/NQ-HĐND": Change.REPLACES,
                "15/2020/NQ-HĐND": Change.REPLACES,
                "16/2020/NQ-HĐND": None,
            },
        ),
        (  # a list of them ceases
            f"{REPLACED}, Nghị quyết số 5/2021/NQ-HĐND và Nghị quyết số 6/2022/NQ-HĐND hết hiệu "
            "lực kể từ ngày Nghị quyết này có hiệu lực.",
            {
                "12/2019/NQ-HĐND": Change.REPEALS,
                "5/2021/NQ-HĐND": Change.REPEALS,
                "6/2022/NQ-HĐND": Change.REPEALS,
            },
        ),
        (f"Bổ sung {REPLACED} vào Danh mục văn bản.", {"12/2019/NQ-HĐND": None}),  # not amended
        (  # the one that ceases is the subject, not a document its title names
            "Nghị quyết số 10/2021/NQ-HĐND ngày 05/7/2021 sửa đổi, bổ sung một số điều của "
            f"{REPLACED} hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.",
            {"10/2021/NQ-HĐND": Change.REPEALS, "12/2019/NQ-HĐND": None},
        ),
        (  # the day first
            f"Kể từ ngày Nghị quyết này có hiệu lực thi hành, {REPLACED} hết hiệu lực.",
            {"12/2019/NQ-HĐND": Change.REPEALS},
        ),
        (  # a submission about a draft that would amend it
            "Xét Tờ trình số 45/TTr-UBND ngày 20/11/2023 của Ủy ban nhân dân tỉnh về việc sửa "
            f"đổi, bổ sung một số điều của {REPLACED}",
            {"45/TTr-UBND": None, "12/2019/NQ-HĐND": None},
        ),
    ],
)
def test_what_the_resolution_replaces_or_repeals(
    text: str, expected: dict[str, Change | None]
) -> None:
    found = {r.symbol: r.change for r in refs(text)}
    assert found == expected


# -- found in review: one considered item, a numbered document and unnumbered ones ------------

TTR = "Tờ trình số 45/TTr-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh Thái Nguyên"
REVIEW = "Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"
OPINIONS = "ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp"
KTNS = "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"
DELEGATES = "đại biểu Hội đồng nhân dân tỉnh"
UBND_TN = "Ủy ban nhân dân tỉnh Thái Nguyên"
# the rows of the three documents most items name: (key, issuer, title of a numbered one)
SUBMITTED = ("45/TTr-UBND", UBND_TN, None)
REVIEWED = ("BCTT", KTNS, None)
DISCUSSED = ("YKĐB", DELEGATES, None)


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (  # one item per document (the layout the seeds have)
            f"Xét {TTR} về việc ban hành Nghị quyết; {REVIEW} và {OPINIONS}.",
            [("45/TTr-UBND", UBND_TN, "việc ban hành Nghị quyết"), REVIEWED,
             DISCUSSED],
        ),
        (  # a comma, not a ";", after the submission
            f"Xét {TTR}, {REVIEW} và {OPINIONS}.",
            [SUBMITTED, REVIEWED, DISCUSSED],
        ),
        (  # the submission's subject ends where the review begins
            f"Xét {TTR} về dự thảo Nghị quyết quy định mức chi hỗ trợ, {REVIEW} và {OPINIONS}.",
            [("45/TTr-UBND", UBND_TN, "dự thảo Nghị quyết quy định mức chi hỗ trợ"),
             REVIEWED, DISCUSSED],
        ),
        (
            f"Xét {TTR} về việc ban hành Nghị quyết quy định mức chi và Báo cáo thẩm tra của Ban "
            f"Văn hóa - Xã hội Hội đồng nhân dân tỉnh; {OPINIONS}.",
            [("45/TTr-UBND", UBND_TN, "việc ban hành Nghị quyết quy định mức chi"),
             ("BCTT", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh", None),
             DISCUSSED],
        ),
        (  # a numbered review and the delegates' opinions in one item
            f"Xét {TTR} về việc ban hành Nghị quyết; Báo cáo thẩm tra số 110/BC-HĐND ngày 02 "
            f"tháng 12 năm 2024 của {KTNS} và {OPINIONS}.",
            [("45/TTr-UBND", UBND_TN, "việc ban hành Nghị quyết"),
             ("110/BC-HĐND", KTNS, None), DISCUSSED],
        ),
        (  # a numbered review after a comma: a document of its own, not an unnumbered one
            f"Xét {TTR}, Báo cáo thẩm tra số 110/BC-HĐND ngày 02 tháng 12 năm 2024 của {KTNS} "
            f"và {OPINIONS}.",
            [SUBMITTED, ("110/BC-HĐND", KTNS, None),
             DISCUSSED],
        ),
        (  # two reports joined by "," and "và" in one item: each considered
            f"Xét {TTR}; Báo cáo số 236/BC-UBND ngày 09 tháng 12 năm 2024 của {UBND_TN}, Báo cáo "
            f"số 240/BC-UBND ngày 10 tháng 12 năm 2024 của {UBND_TN} và Tờ trình số 47/TTr-UBND "
            f"ngày 11 tháng 12 năm 2024 của {UBND_TN}; {REVIEW} và {OPINIONS}.",
            [SUBMITTED, ("236/BC-UBND", UBND_TN, None),
             ("240/BC-UBND", UBND_TN, None), ("47/TTr-UBND", UBND_TN, None),
             REVIEWED, DISCUSSED],
        ),
        (  # documents the subject names, even after a comma, and a report it approves: not
            f"Xét {TTR} về việc thông qua Báo cáo số 7/BC-UBND ngày 01 tháng 11 năm 2024 và bãi "
            f"bỏ Nghị quyết số 05/2020/NQ-HĐND ngày 10 tháng 7 năm 2020, Nghị quyết số "
            f"06/2021/NQ-HĐND ngày 12 tháng 7 năm 2021; {REVIEW} và {OPINIONS}.",
            [("45/TTr-UBND", UBND_TN,
              "việc thông qua Báo cáo số 7/BC-UBND ngày 01 tháng 11 năm 2024"), REVIEWED,
             DISCUSSED],
        ),
        (  # a review between the submission and a report joined to it
            f"Xét {TTR}, {REVIEW} và Báo cáo số 240/BC-UBND ngày 10 tháng 12 năm 2024 của "
            f"{UBND_TN}; {OPINIONS}.",
            [SUBMITTED, REVIEWED,
             ("240/BC-UBND", UBND_TN, None), DISCUSSED],
        ),
        (  # a review numbered in no form an identifier has
            f"Xét {TTR}; Báo cáo thẩm tra số 45 ngày 02 tháng 12 năm 2024 của {KTNS}; "
            f"{OPINIONS}.",
            [SUBMITTED, REVIEWED, DISCUSSED],
        ),
        (  # a report named by its kind before its number
            f"Xét {TTR}, Báo cáo giải trình số 250/BC-UBND ngày 10 tháng 12 năm 2024 của "
            f"{UBND_TN}; {REVIEW} và {OPINIONS}.",
            [SUBMITTED, ("250/BC-UBND", UBND_TN, None),
             REVIEWED, DISCUSSED],
        ),
        (  # a review of the submission: the submission is its subject, not considered again
            f"Xét {TTR}; Báo cáo thẩm tra của {KTNS} về Tờ trình số 45/TTr-UBND; {OPINIONS}.",
            [SUBMITTED, REVIEWED, DISCUSSED],
        ),
        (  # … its committee named after the submission it reviews: still its issuer
            f"Xét {TTR}; Báo cáo thẩm tra về Tờ trình số 45/TTr-UBND của {KTNS}; {OPINIONS}.",
            [SUBMITTED, REVIEWED, DISCUSSED],
        ),
        (  # … but the submission's own issuer, or a body of the executive, is not
            f"Xét {TTR}; Báo cáo thẩm tra về Tờ trình số 45/TTr-UBND của Ban Quản lý các khu "
            f"công nghiệp tỉnh; {OPINIONS}.",
            [SUBMITTED, ("BCTT", None, None), DISCUSSED],
        ),
        (  # … nor a body called "Ban" that the subject is about
            f"Xét {TTR}; Báo cáo thẩm tra về chủ trương đầu tư xây dựng trụ sở làm việc của Ban "
            f"Chỉ huy Quân sự tỉnh; {OPINIONS}.",
            [SUBMITTED, ("BCTT", None, None), DISCUSSED],
        ),
        (
            f"Xét {TTR}; Báo cáo thẩm tra về Đề án kiện toàn tổ chức của Ban Dân tộc tỉnh; "
            f"{OPINIONS}.",
            [SUBMITTED, ("BCTT", None, None), DISCUSSED],
        ),
        (  # two committees, in the old tone placement
            f"Xét {TTR}; Báo cáo thẩm tra về Tờ trình số 45/TTr-UBND của Ban Văn hoá - Xã hội "
            f"và Ban Kinh tế - Ngân sách HĐND tỉnh; {OPINIONS}.",
            [SUBMITTED, ("BCTT", "Ban Văn hoá - Xã hội và Ban Kinh tế - Ngân sách HĐND tỉnh", None),
             DISCUSSED],
        ),
        (  # a review of two submissions, then a report beside it
            f"Xét {TTR}; Báo cáo thẩm tra của {KTNS} về Tờ trình số 45/TTr-UBND và Tờ trình số "
            f"46/TTr-UBND, Báo cáo số 250/BC-UBND ngày 10 tháng 12 năm 2024 của {UBND_TN} và "
            f"{OPINIONS}.",
            [SUBMITTED, REVIEWED,
             ("250/BC-UBND", UBND_TN, None), DISCUSSED],
        ),
        (  # a review of two reports: neither is considered again
            f"Xét {TTR}; Báo cáo thẩm tra của {KTNS} về Báo cáo số 236/BC-UBND và Báo cáo số "
            f"240/BC-UBND của Ủy ban nhân dân tỉnh; {OPINIONS}.",
            [SUBMITTED, REVIEWED, DISCUSSED],
        ),
        (  # other names of a report and of a review
            f"Xét {TTR}, Báo cáo tiếp thu và giải trình số 250/BC-UBND ngày 10 tháng 12 năm "
            f"2024 của {UBND_TN}; Báo cáo kết quả thẩm tra của {KTNS}; {OPINIONS}.",
            [SUBMITTED, ("250/BC-UBND", UBND_TN, None),
             REVIEWED, DISCUSSED],
        ),
        (  # the wording of the 2025 law, and a committee of the council by another name
            f"Trên cơ sở xem xét {TTR}, Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân "
            f"tỉnh, {OPINIONS}.",
            [SUBMITTED,
             ("BCTT", "Ban Pháp chế Hội đồng nhân dân tỉnh", None), DISCUSSED],
        ),
    ],
)  # fmt: skip
def test_a_considered_item_keeps_its_unnumbered_documents(
    preamble: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "Xét Tờ trình số 45/TTr-UBND …, Báo cáo thẩm tra của Ban … và ý kiến thảo luận của đại
    biểu …": the submission, the committee's review and the delegates' opinions are three
    documents considered, however the item joins them, each with its issuer; the submission's
    subject does not run on over the others."""
    res = _with_preamble(preamble)
    rows = [
        (r.symbol or r.doc_type, r.issuer.name if r.issuer else None, r.title)
        for r in res.considered
    ]
    assert [(key, issuer, t if key[0].isdigit() else None) for key, issuer, t in rows] == expected
    for ref in res.considered:  # each span starts at its name and holds its number
        assert ref.span.quote.startswith(("Báo cáo", "Tờ trình", "ý kiến")), ref.span.quote
        assert ref.symbol is None or ref.symbol in ref.span.quote


@pytest.mark.parametrize(
    "subject",
    [
        "điều chỉnh nội dung tại Báo cáo số 40/BC-HĐND và Báo cáo số 41/BC-HĐND",
        "điều chỉnh nội dung Tờ trình số 160/TTr-UBND và Tờ trình số 161/TTr-UBND",
    ],
)
def test_documents_a_subject_lists_are_not_considered(subject: str) -> None:
    """ "Tờ trình số 45 … về việc điều chỉnh … Báo cáo số 40 và Báo cáo số 41": the second
    report is joined to the first, which the subject names, not to the submission."""
    res = _with_preamble(f"Xét {TTR} về việc {subject}; {REVIEW} và {OPINIONS}.")
    assert [r.symbol or r.doc_type for r in res.considered] == ["45/TTr-UBND", "BCTT", "YKĐB"]


def _with_preamble(preamble: str) -> Resolution:
    """Seed 112 read with `preamble` in place of its own ("Sau khi nghe …", "Xét …")."""
    from nqgraph import reader

    text = SEED_112.read_text(encoding="utf-8")
    start, end = text.index("Sau khi nghe"), text.index("\n## ", text.index("Sau khi nghe"))
    return reader.read_text(f"{text[:start]}{preamble}\n{text[end:]}", "xem-xet.md")
