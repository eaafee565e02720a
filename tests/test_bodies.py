"""Canonical body names, issuer scopes and bodies found in task text."""

from __future__ import annotations

import pytest

from nqgraph.bodies import canonical_body, find_bodies, issuer_scope, modern_tones
from nqgraph.iris import Iris

TN = "Thái Nguyên"


@pytest.mark.parametrize(
    ("name", "jurisdiction", "name_vi", "key", "scope", "parent"),
    [
        ("Ủy ban nhân dân tỉnh Thái Nguyên", None,
         "Ủy ban nhân dân tỉnh Thái Nguyên", "ủy ban nhân dân tỉnh", TN, None),
        ("Uỷ ban nhân dân tỉnh", TN,
         "Ủy ban nhân dân tỉnh Thái Nguyên", "ủy ban nhân dân tỉnh", TN, None),
        ("UBND tỉnh", TN, "Ủy ban nhân dân tỉnh Thái Nguyên", "ủy ban nhân dân tỉnh", TN, None),
        ("Hội đồng nhân dân tỉnh Thái Nguyên Khóa XIV", None,
         "Hội đồng nhân dân tỉnh Thái Nguyên", "hội đồng nhân dân tỉnh", TN, None),
        ("các Ban Hội đồng nhân dân tỉnh", TN, "Ban Hội đồng nhân dân tỉnh Thái Nguyên",
         "ban hội đồng nhân dân tỉnh", TN, "hội đồng nhân dân tỉnh"),
        ("Thường trực Hội đồng nhân dân tỉnh", TN, "Thường trực Hội đồng nhân dân tỉnh Thái Nguyên",
         "thường trực hội đồng nhân dân tỉnh", TN, "hội đồng nhân dân tỉnh"),
        ("Thường trực HĐND tỉnh", TN, "Thường trực Hội đồng nhân dân tỉnh Thái Nguyên",
         "thường trực hội đồng nhân dân tỉnh", TN, "hội đồng nhân dân tỉnh"),
        ("các Tổ đại biểu Hội đồng nhân dân tỉnh", TN,
         "Tổ đại biểu Hội đồng nhân dân tỉnh Thái Nguyên",
         "tổ đại biểu hội đồng nhân dân tỉnh", TN, "hội đồng nhân dân tỉnh"),
        ("Ủy ban MTTQ tỉnh", TN, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên",
         "ủy ban mặt trận tổ quốc việt nam tỉnh", TN, "mặt trận tổ quốc việt nam tỉnh"),
        ("Ban Thường vụ Tỉnh ủy", TN, "Ban Thường vụ Tỉnh ủy Thái Nguyên",
         "ban thường vụ tỉnh ủy", TN, "tỉnh ủy"),
        ("Tỉnh ủy", TN, "Tỉnh ủy Thái Nguyên", "tỉnh ủy", TN, None),
        ("Ban Chấp hành Đảng bộ tỉnh", TN, "Ban Chấp hành Đảng bộ tỉnh Thái Nguyên",
         "ban chấp hành đảng bộ tỉnh", TN, None),
        ("Ủy ban nhân dân cấp huyện", TN,
         "Ủy ban nhân dân cấp huyện", "ủy ban nhân dân cấp huyện", TN, None),
        ("Ban Chấp hành Trung ương Đảng Khóa XII", TN,
         "Ban Chấp hành Trung ương", "ban chấp hành trung ương", "tw", None),
        ("Ban Chấp hành Trung ương Đảng khóa XI", None,
         "Ban Chấp hành Trung ương", "ban chấp hành trung ương", "tw", None),
        ("Ban Chấp hành Trung ương", TN,
         "Ban Chấp hành Trung ương", "ban chấp hành trung ương", "tw", None),
        ("Ủy ban Thường vụ Quốc hội (Báo cáo)", TN,
         "Ủy ban Thường vụ Quốc hội", "ủy ban thường vụ quốc hội", "tw", "quốc hội"),
        ("Chính phủ (Báo cáo)", TN, "Chính phủ", "chính phủ", "tw", None),
        ("Thủ tướng Chính phủ", TN, "Thủ tướng Chính phủ", "thủ tướng chính phủ", "tw",
         "chính phủ"),
        ("Bộ Chính trị", TN, "Bộ Chính trị", "bộ chính trị", "tw", None),
        ("Ban Bí thư", None, "Ban Bí thư", "ban bí thư", "tw", None),
        ("Quốc hội", TN, "Quốc hội", "quốc hội", "tw", None),
        ("Bộ Tài chính", TN, "Bộ Tài chính", "bộ tài chính", "tw", None),
        ("Tổng Bí thư", TN, "Tổng Bí thư", "tổng bí thư", "tw", "ban chấp hành trung ương"),
        ("Phó Thủ tướng Chính phủ", TN, "Phó Thủ tướng Chính phủ", "phó thủ tướng chính phủ",
         "tw", "chính phủ"),
        ("Chủ tịch nước", TN, "Chủ tịch nước", "chủ tịch nước", "tw", None),
        ("Văn phòng Chính phủ", TN, "Văn phòng Chính phủ", "văn phòng chính phủ", "tw", None),
        ("Ngân hàng Nhà nước Việt Nam", TN, "Ngân hàng Nhà nước Việt Nam",
         "ngân hàng nhà nước việt nam", "tw", None),
        # its branch in a province is the province's
        ("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh", TN,
         "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Thái Nguyên",
         "ngân hàng nhà nước việt nam chi nhánh tỉnh", TN, None),
        ("Ngân hàng Nhà nước Việt Nam chi nhánh Thái Nguyên", TN,
         "Ngân hàng Nhà nước Việt Nam chi nhánh Thái Nguyên",
         "ngân hàng nhà nước việt nam chi nhánh thái nguyên", TN, None),
        ("Phó Chủ tịch nước", TN, "Phó Chủ tịch nước", "phó chủ tịch nước", "tw", None),
        ("Ủy ban Trung ương MTTQ Việt Nam", TN, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
         "ủy ban trung ương mặt trận tổ quốc việt nam", "tw", "mặt trận tổ quốc việt nam"),
        ("Bảo hiểm xã hội Việt Nam", TN, "Bảo hiểm xã hội Việt Nam", "bảo hiểm xã hội việt nam",
         "tw", None),
        ("Bảo hiểm xã hội tỉnh", TN, "Bảo hiểm xã hội tỉnh Thái Nguyên", "bảo hiểm xã hội tỉnh",
         TN, None),
        ("Hội đồng nhân dân thành phố Hà Nội", None,
         "Hội đồng nhân dân thành phố Hà Nội", "hội đồng nhân dân thành phố", "Hà Nội", None),
        ("Tỉnh ủy Bắc Giang", TN, "Tỉnh ủy Bắc Giang", "tỉnh ủy", "Bắc Giang", None),
    ],
)  # fmt: skip
def test_canonical_body(
    name: str, jurisdiction: str | None, name_vi: str, key: str, scope: str, parent: str | None
) -> None:
    body = canonical_body(name, jurisdiction)
    assert (body.name_vi, body.key, body.scope, body.parent_key) == (name_vi, key, scope, parent)


@pytest.mark.parametrize(
    ("name", "post"),
    [
        ("Thủ tướng Chính phủ", True),
        ("Phó Thủ tướng Chính phủ", True),
        ("Chủ tịch nước", True),
        ("Tổng Bí thư", True),
        ("đại biểu Hội đồng nhân dân tỉnh", True),
        ("Chủ tịch Ủy ban nhân dân tỉnh", True),
        ("Bí thư Tỉnh ủy", True),
        ("Tổ đại biểu Hội đồng nhân dân tỉnh", False),
        ("Đoàn đại biểu Quốc hội tỉnh", False),
        ("Ban Bí thư", False),
        ("Thường trực Hội đồng nhân dân tỉnh", False),
        ("Chính phủ", False),
    ],
)
def test_offices_and_seats_are_posts_not_bodies(name: str, post: bool) -> None:
    """ORG: an office (Prime Minister) or a seat (a council's delegates) is a post, held by
    people, in an organization; a group of delegates or a delegation is an organization."""
    assert canonical_body(name, TN).post is post


def test_spelling_variants_share_a_key() -> None:
    keys = {
        canonical_body(n, TN).key
        for n in ("Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", "UBND tỉnh", "các UBND tỉnh")
    }
    assert keys == {"ủy ban nhân dân tỉnh"}


def test_provincial_without_known_province() -> None:
    assert canonical_body("Ủy ban nhân dân tỉnh", None).scope == ""


@pytest.mark.parametrize(
    ("code", "scope"),
    [
        ("CP", "tw"), ("TTg", "tw"), ("TW", "tw"), ("QH15", "tw"), ("QH14", "tw"),
        ("BTC", "tw"), ("BCT", "tw"), ("BTC-BNV", "tw"),
        ("HĐND", TN), ("UBND", TN), ("TU", TN), ("H\u00d0ND", TN),
    ],
)  # fmt: skip
def test_issuer_scope(code: str, scope: str) -> None:
    assert issuer_scope(code, TN) == scope


def test_a_symbol_names_no_body() -> None:
    """The issuer code of a symbol ("04/2021/NQ-HĐND", "225/BC-UBND") is no mention of the body
    (a review found "HĐND" minted as a body a task mentions); the body named after it is."""
    text = "Nghị quyết số 04/2021/NQ-HĐND của HĐND tỉnh; Báo cáo 225/BC-UBND, Quyết định QĐ/UBND"
    assert [name for _, _, name in find_bodies(text)] == ["HĐND tỉnh"]


def test_find_bodies() -> None:
    text = (
        "Ủy ban nhân dân cấp huyện chủ động bố trí ngân sách; theo chỉ đạo của Thủ tướng "
        "Chính phủ; văn bản của Trung ương, của Tỉnh ủy, Ban Thường vụ Tỉnh ủy đảm bảo tiến độ; "
        "Nghị quyết của Ban Chấp hành Trung ương Đảng Khóa XII về; Uỷ ban nhân dân tỉnh Thái "
        "Nguyên về việc."
    )
    names = [n for _, _, n in find_bodies(text)]
    assert names == [
        "Ủy ban nhân dân cấp huyện",
        "Thủ tướng Chính phủ",
        "Tỉnh ủy",
        "Ban Thường vụ Tỉnh ủy",
        "Ban Chấp hành Trung ương Đảng Khóa XII",
        "Uỷ ban nhân dân tỉnh Thái Nguyên",
    ]
    for start, end, name in find_bodies(text):
        assert text[start:end] == name


def test_the_departments_and_agencies_that_carry_out_tasks() -> None:
    """Tasks are given to a province's departments, police and military command, a district's
    offices, the councils' office: each is one body, of the citing province."""
    text = (
        "Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh "
        "và Kho bạc Nhà nước tỉnh; Phòng Tài chính - Kế hoạch quận tham mưu; Ủy ban nhân dân "
        "các xã, phường, thị trấn thực hiện; Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã "
        "tổng hợp; Chi cục Thuế khu vực."
    )
    names = [n for _, _, n in find_bodies(text)]
    assert names == [
        "Sở Tài chính",
        "Sở Xây dựng",
        "Công an tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Kho bạc Nhà nước tỉnh",
        "Phòng Tài chính - Kế hoạch quận",
        "Ủy ban nhân dân các xã, phường, thị trấn",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
        "Chi cục Thuế",
    ]
    # a military command of the province is not a ministry ("Bộ …") of the state
    assert canonical_body("Bộ Chỉ huy Quân sự", TN).scope == TN
    assert canonical_body("Bộ Xây dựng", TN).scope == "tw"


@pytest.mark.parametrize(
    ("written", "modern"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("hoá học, khoẻ, thuỷ lợi", "hóa học, khỏe, thủy lợi"),
        ("HOÁ", "HÓA"),
        ("Hoá", "Hóa"),
        ("Quý, quỳ", "Quý, quỳ"),  # "qu" + vowel: not a two-placement diphthong
        ("hoàng, thuận", "hoàng, thuận"),  # closed syllables keep their tone
        ("oÀ, uà", "oÀ, uà"),  # mixed case, u+a: not written two ways
        ("tuỳ ý", "tùy ý"),
    ],
)
def test_modern_tones_moves_the_tone_of_open_syllables_only(written: str, modern: str) -> None:
    assert modern_tones(written) == modern
    assert len(modern_tones(written)) == len(written)  # offsets are kept


# -- found in review: the National Assembly's own bodies, and local marks that were not ----------

NA_IMPLEMENTATION = (
    "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu "
    "Quốc hội và đại biểu Quốc hội giám sát việc thực hiện Nghị quyết này."
)


@pytest.mark.parametrize(
    ("name", "name_vi", "key", "parent"),
    [
        ("các Ủy ban của Quốc hội", "Ủy ban của Quốc hội", "ủy ban của quốc hội", "quốc hội"),
        ("Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế của Quốc hội",
         "ủy ban kinh tế của quốc hội", "quốc hội"),
        # named without "của Quốc hội" (as a National Assembly text names its committees)
        ("Ủy ban Kinh tế", "Ủy ban Kinh tế", "ủy ban kinh tế của quốc hội", "quốc hội"),
        ("Ủy ban Tài chính, Ngân sách", "Ủy ban Tài chính, Ngân sách",
         "ủy ban tài chính, ngân sách của quốc hội", "quốc hội"),
        ("Ủy ban Văn hóa và Xã hội của Quốc hội", "Ủy ban Văn hóa và Xã hội của Quốc hội",
         "ủy ban văn hóa và xã hội của quốc hội", "quốc hội"),
        ("Uỷ ban Khoa học, Công nghệ và Môi trường", "Ủy ban Khoa học, Công nghệ và Môi trường",
         "ủy ban khoa học, công nghệ và môi trường của quốc hội", "quốc hội"),
        ("Hội đồng Dân tộc", "Hội đồng Dân tộc", "hội đồng dân tộc", "quốc hội"),
        ("Thường trực Hội đồng Dân tộc", "Thường trực Hội đồng Dân tộc",
         "thường trực hội đồng dân tộc", "hội đồng dân tộc"),
        # "xã" of "xã hội", "nhân dân" of "… tối cao", "ủy" of "ủy ban": not local marks
        ("Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội",
         "bộ lao động - thương binh và xã hội", None),
        ("Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao", "tòa án nhân dân tối cao", None),
        ("Viện Kiểm sát nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao",
         "viện kiểm sát nhân dân tối cao", None),
        ("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương", "ủy ban kiểm tra trung ương",
         None),
        ("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", "ban tổ chức trung ương", None),
        ("Viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
         "viện kiểm sát nhân dân tối cao", None),
    ],
)  # fmt: skip
@pytest.mark.parametrize("jurisdiction", [None, TN])
def test_the_national_assemblys_bodies_are_central(
    name: str, name_vi: str, key: str, parent: str | None, jurisdiction: str | None
) -> None:
    """Named in a National Assembly resolution (no province) or in a province's, these are
    national bodies: "ủy ban" is no Party committee ("Tỉnh ủy"), "xã hội" no commune."""
    body = canonical_body(name, jurisdiction)
    assert (body.name_vi, body.key, body.scope, body.parent_key) == (name_vi, key, "tw", parent)


def test_a_national_assembly_deputy_is_a_post_in_the_national_assembly() -> None:
    body = canonical_body("đại biểu Quốc hội", None)
    assert (body.key, body.scope, body.parent_key, body.post) == (
        "đại biểu quốc hội",
        "tw",
        "quốc hội",
        True,
    )


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ủy ban nhân dân tỉnh", "ủy ban nhân dân tỉnh"),
        ("Tỉnh ủy", "tỉnh ủy"),
        ("Đảng ủy xã", "đảng ủy xã"),
        ("Tòa án nhân dân tỉnh", "tòa án nhân dân tỉnh"),
        ("Ban Văn hóa - Xã hội HĐND tỉnh", "ban văn hóa - xã hội hội đồng nhân dân tỉnh"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "ủy ban mặt trận tổ quốc việt nam tỉnh"),
        ("Đoàn đại biểu Quốc hội tỉnh", "đoàn đại biểu quốc hội tỉnh"),
        ("Ủy ban Kiểm tra Tỉnh ủy", "ủy ban kiểm tra tỉnh ủy"),
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh",
         "văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân tỉnh"),
        ("Văn phòng Ủy ban nhân dân", "văn phòng ủy ban nhân dân"),
        # the Constitution's spelling, and the State's one
        ("Viện kiểm sát nhân dân tỉnh", "viện kiểm sát nhân dân tỉnh"),
        ("Viện Kiểm sát nhân dân tỉnh", "viện kiểm sát nhân dân tỉnh"),
        ("Cục Thi hành án dân sự tỉnh", "cục thi hành án dân sự tỉnh"),
    ],
)  # fmt: skip
def test_local_bodies_stay_local(name: str, key: str) -> None:
    body = canonical_body(name, TN)
    assert (body.key, body.scope) == (key, TN)


def test_the_national_assemblys_bodies_are_found_in_text() -> None:
    names = [name for _, _, name in find_bodies(NA_IMPLEMENTATION)]
    assert names == [
        "Ủy ban Thường vụ Quốc hội",
        "Hội đồng Dân tộc",
        "Ủy ban của Quốc hội",
        "Đoàn đại biểu Quốc hội",
        "Quốc hội",
    ]
    text = (
        "Báo cáo thẩm tra của Ủy ban Kinh tế; ý kiến của Ủy ban Pháp luật và Tư pháp của Quốc hội"
    )
    assert [name for _, _, name in find_bodies(text)] == [
        "Ủy ban Kinh tế",
        "Ủy ban Pháp luật và Tư pháp của Quốc hội",
    ]
    # "Ủy ban nhân dân tỉnh … Nghị quyết của Quốc hội" is no committee of the National Assembly
    text = "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết của Quốc hội"
    assert [name for _, _, name in find_bodies(text)] == ["Ủy ban nhân dân tỉnh", "Quốc hội"]


@pytest.mark.parametrize(
    "name",
    [
        "Ủy ban MTTQ tỉnh",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Ủy ban MTTQVN tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "Ủy ban mặt trận Tổ quốc tỉnh",
        "Ủy ban Mặt trận Tổ quốc VN tỉnh",
    ],
)
def test_the_fronts_abbreviation_is_its_full_name(name: str) -> None:
    """ "MTTQ" is the Vietnam Fatherland Front: one body however the text abbreviates it, or
    shortens its name ("Mặt trận Tổ quốc" without "Việt Nam")."""
    body = canonical_body(name, "Thái Nguyên")
    assert (body.name_vi, body.key) == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên",
        "ủy ban mặt trận tổ quốc việt nam tỉnh",
    )
    assert body.parent_key == "mặt trận tổ quốc việt nam tỉnh"
    assert canonical_body(body.parent_key, "Thái Nguyên").key == body.parent_key
    assert Iris().body(name, "Thái Nguyên") == (
        "https://w3id.org/nqgraph/org/thai-nguyen/uy-ban-mat-tran-to-quoc-viet-nam-tinh"
    )


def test_a_list_of_every_committee_of_the_national_assembly_is_one_body() -> None:
    """Its names run to thirty words and commas before "của Quốc hội"."""
    text = (
        "Ủy ban Pháp luật, Tư pháp, Kinh tế, Quốc phòng, An ninh và Đối ngoại, Văn hóa và Xã hội, "
        "Khoa học, Công nghệ và Môi trường của Quốc hội"
    )
    assert [name for _, _, name in find_bodies(text)] == [text]


@pytest.mark.parametrize(
    "name",
    ["UBTVQH", "UBTVQH14", "UBTV Quốc hội", "UB Thường vụ Quốc hội", "Ủy ban TVQH"],
)
def test_the_standing_committees_abbreviations_are_its_name(name: str) -> None:
    """Recipient lists shorten the National Assembly's Standing Committee: one central body,
    however written, not a body of the province whose text names it."""
    body = canonical_body(name, "Quảng Nam")
    assert (body.name_vi, body.key, body.scope) == (
        "Ủy ban Thường vụ Quốc hội",
        "ủy ban thường vụ quốc hội",
        "tw",
    )


@pytest.mark.parametrize(
    ("name", "key", "parent"),
    [
        ("Văn phòng Ủy ban Thường vụ Quốc hội", "văn phòng ủy ban thường vụ quốc hội", None),
        ("Văn phòng UBTVQH", "văn phòng ủy ban thường vụ quốc hội", None),
        ("Ban Công tác đại biểu (UBTVQH)", "ban công tác đại biểu (ủy ban thường vụ quốc hội)",
         "quốc hội"),
    ],
)  # fmt: skip
def test_a_central_bodys_office_or_board_is_central(
    name: str, key: str, parent: str | None
) -> None:
    """The office of a central body is central, as recipient lists name it in a province's
    text; the body a board belongs to, named in brackets, is its parent without them."""
    body = canonical_body(name, "Thừa Thiên Huế")
    assert (body.key, body.scope, body.parent_key) == (key, "tw", parent)


@pytest.mark.parametrize("name", ["UBMTTQVN tỉnh", "UBMTTQ VN tỉnh", "UBMTTQ tỉnh"])
def test_the_fronts_committee_in_one_word_is_its_full_name(name: str) -> None:
    """Recipient lists write the Front's committee "UBMTTQVN": one body with "Ủy ban Mặt trận Tổ
    quốc Việt Nam tỉnh", found in text too."""
    assert canonical_body(name, TN).key == "ủy ban mặt trận tổ quốc việt nam tỉnh"
    assert find_bodies(f"Giao {name} giám sát.")[0][2].startswith("UBMTTQ")


def test_a_provinces_inspectorate_is_a_body_and_the_verb_is_not() -> None:
    text = "Chỉ đạo Thanh tra tỉnh thanh tra việc giao đất; Thanh tra huyện kiểm tra."
    assert [n for _, _, n in find_bodies(text)] == ["Thanh tra tỉnh", "Thanh tra huyện"]
    assert canonical_body("Thanh tra tỉnh", TN).scope == TN
