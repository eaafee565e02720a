"""Slugs, indicator keys and look-ups in the curated SKOS vocabulary."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from nqgraph.doctypes import DOC_TYPES
from nqgraph.model import Change, Comparator, Role, TargetKind
from nqgraph.namespaces import (
    CATEGORY,
    CITATION_KIND,
    COMPARATOR,
    DOC_TYPE,
    INDICATOR,
    ROLE,
    SIGNING_AUTHORITY,
    TARGET_KIND,
    UNIT,
)
from nqgraph.vocabulary import Vocabulary, indicator_key, slug, vocabulary

# --------------------------------------------------------------------------------------------
# slug
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thái Nguyên", "thai-nguyen"),
        ("Đề án", "de-an"),
        ("Hội đồng nhân dân tỉnh", "hoi-dong-nhan-dan-tinh"),
        ("Ủy ban nhân dân tỉnh", "uy-ban-nhan-dan-tinh"),
        ("Uỷ ban nhân dân tỉnh", "uy-ban-nhan-dan-tinh"),
        ("\u00d0ảng bộ", "dang-bo"),  # Ð look-alike
        ("ĐỒNG THÁP", "dong-thap"),
        (
            "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025",
            "chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025",
        ),
        ("giai đoạn 2021–2025", "giai-doan-2021-2025"),
        ("  --Tổ chức chính quyền địa phương!! ", "to-chuc-chinh-quyen-dia-phuong"),
        ("QH15", "qh15"),
        ("１２３", "123"),
        ("", ""),
        ("—", ""),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


@pytest.mark.parametrize("text", ["Thái Nguyên", "Đề án", "Ủy ban nhân dân", "Thủy sản hữu cơ"])
def test_slug_of_nfd_equals_slug_of_nfc(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != unicodedata.normalize("NFC", text)
    assert slug(nfd) == slug(text)


def test_slug_is_ascii_and_idempotent() -> None:
    for text in ["Nghị quyết số 18-NQ/TW", "Kỳ họp thứ hai mươi ba", "Tỷ lệ (%)"]:
        result = slug(text)
        assert result.isascii()
        assert slug(result) == result
        assert "--" not in result and not result.startswith("-") and not result.endswith("-")


# --------------------------------------------------------------------------------------------
# indicator_key
# --------------------------------------------------------------------------------------------


def test_indicator_key_normalises_wording() -> None:
    assert indicator_key("Tốc độ tăng trưởng kinh tế (GRDP):") == "tốc độ tăng trưởng kinh tế"
    assert indicator_key("  + Tỷ lệ   gia đình văn hoá; ") == indicator_key(
        "Tỷ lệ gia đình văn hóa"
    )
    assert indicator_key("Nông,lâm nghiệp,  thủy sản") == indicator_key(
        "Nông, lâm nghiệp, thuỷ sản"
    )
    assert indicator_key("công nghiệp–tiểu thủ công nghiệp") == "công nghiệp - tiểu thủ công nghiệp"
    assert indicator_key("**Cơ cấu kinh tế**:") == "cơ cấu kinh tế"
    assert indicator_key(unicodedata.normalize("NFD", "Tỷ lệ hộ nghèo")) == "tỷ lệ hộ nghèo"
    assert indicator_key("trong đó xuất khẩu địa phương") == "xuất khẩu địa phương"
    # "của" keeps its tone on u: only o+a, o+e and u+y have two spellings
    assert indicator_key("Của") == "của"


# --------------------------------------------------------------------------------------------
# indicators: every wording in the two seeds' "Các chỉ tiêu" lists
# --------------------------------------------------------------------------------------------

SEED_WORDINGS: list[tuple[str, str, str | None]] = [
    # (wording in 112/NQ-HĐND 2024 or 94/NQ-HĐND 2023, expected concept slug, parent as written)
    ("Tốc độ tăng trưởng kinh tế (GRDP)", "toc-do-tang-truong-kinh-te", None),
    ("Cơ cấu kinh tế", "co-cau-kinh-te", None),
    ("Công nghiệp, xây dựng", "ty-trong-cong-nghiep-xay-dung", "Cơ cấu kinh tế"),
    (
        "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm",
        "ty-trong-dich-vu-va-thue-san-pham-tru-tro-cap-san-pham",
        "Cơ cấu kinh tế",
    ),
    (
        "Dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm",
        "ty-trong-dich-vu-va-thue-san-pham-tru-tro-cap-san-pham",
        "Cơ cấu kinh tế",
    ),
    ("Nông, lâm nghiệp, thủy sản", "ty-trong-nong-lam-nghiep-thuy-san", "Cơ cấu kinh tế"),
    (
        "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
        "gia-tri-san-xuat-cong-nghiep-tieu-thu-cong-nghiep",
        None,
    ),
    (
        "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản",
        "gia-tri-san-xuat-nganh-nong-lam-nghiep-thuy-san",
        None,
    ),
    ("Giá trị xuất khẩu", "gia-tri-xuat-khau", None),
    ("xuất khẩu địa phương", "gia-tri-xuat-khau-dia-phuong", "Giá trị xuất khẩu"),
    ("giá trị xuất khẩu địa phương", "gia-tri-xuat-khau-dia-phuong", "Giá trị xuất khẩu"),
    ("GRDP bình quân đầu người", "grdp-binh-quan-dau-nguoi", None),
    (
        "Thu ngân sách nhà nước trên địa bàn tỉnh (kể hoạch địa phương giao)",
        "thu-ngan-sach-nha-nuoc-tren-dia-ban",
        None,
    ),
    ("Thu ngân sách nhà nước trên địa bàn tỉnh", "thu-ngan-sach-nha-nuoc-tren-dia-ban", None),
    ("Tỷ lệ lao động qua đào tạo", "ty-le-lao-dong-qua-dao-tao", None),
    (
        "có bằng cấp, chứng chỉ",
        "ty-le-lao-dong-qua-dao-tao-co-bang-cap-chung-chi",
        "Tỷ lệ lao động qua đào tạo",
    ),
    (
        "trong đó có bằng cấp, chứng chỉ",
        "ty-le-lao-dong-qua-dao-tao-co-bang-cap-chung-chi",
        "Tỷ lệ lao động qua đào tạo",
    ),
    ("Tỷ lệ thất nghiệp ở thành thị", "ty-le-that-nghiep-o-thanh-thi", None),
    ("Giảm tỷ lệ hộ nghèo (theo chuẩn mới)", "ty-le-ho-ngheo", None),
    (
        "Tỷ lệ người lao động tham gia bảo hiểm xã hội",
        "ty-le-nguoi-lao-dong-tham-gia-bao-hiem-xa-hoi",
        None,
    ),
    ("Số xã đạt chuẩn nông thôn mới trong năm", "so-xa-dat-chuan-nong-thon-moi-trong-nam", None),
    (
        "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới",
        "so-don-vi-cap-huyen-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi",
        None,
    ),
    (
        "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế",
        "ty-le-so-xa-dat-tieu-chi-quoc-gia-ve-y-te",
        None,
    ),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế", "ty-le-dan-so-tham-gia-bao-hiem-y-te", None),
    ("Tỷ lệ trường đạt chuẩn quốc gia", "ty-le-truong-dat-chuan-quoc-gia", None),
    (
        "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú",
        "ty-le-hoc-sinh-dan-toc-thieu-so-duoc-hoc-tai-cac-truong-dan-toc-noi-tru",
        None,
    ),
    ("Chỉ tiêu về văn hóa", "chi-tieu-ve-van-hoa", None),
    ("Tỷ lệ gia đình văn hóa", "ty-le-gia-dinh-van-hoa", "Chỉ tiêu về văn hóa"),
    ("Tỷ lệ xóm, làng, tổ dân phố văn hóa", "ty-le-xom-lang-to-dan-pho-van-hoa", None),
    ("Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa", "ty-le-co-quan-don-vi-dat-chuan-van-hoa", None),
    ("Ổn định tỷ lệ che phủ rừng", "ty-le-che-phu-rung", None),
    (
        "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
        "ty-le-dan-so-nong-thon-duoc-su-dung-nuoc-sinh-hoat-hop-ve-sinh",
        None,
    ),
]


@pytest.mark.parametrize(("wording", "expected", "parent"), SEED_WORDINGS)
def test_seed_wordings_match_their_indicator(
    wording: str, expected: str, parent: str | None
) -> None:
    vocab = vocabulary()
    assert vocab.indicator(wording) == INDICATOR[expected]
    assert vocab.indicator(wording, parent=parent) == INDICATOR[expected]
    assert vocab.indicator(unicodedata.normalize("NFD", wording)) == INDICATOR[expected]


def test_wording_variants_of_both_seeds_meet() -> None:
    vocab = vocabulary()
    pairs = [
        ("xuất khẩu địa phương", "giá trị xuất khẩu địa phương"),
        (
            "Thu ngân sách nhà nước trên địa bàn tỉnh (kể hoạch địa phương giao)",
            "Thu ngân sách nhà nước trên địa bàn tỉnh",
        ),
        (
            "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm",
            "Dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm",
        ),
        ("Tỷ lệ gia đình văn hoá", "Tỷ lệ gia đình văn hóa"),
        ("Nông, lâm nghiệp, thuỷ sản", "Nông, lâm nghiệp, thủy sản"),
    ]
    for one, other in pairs:
        assert vocab.indicator(one) is not None, one
        assert vocab.indicator(one) == vocab.indicator(other)


def test_a_share_under_another_whole_does_not_match() -> None:
    vocab = vocabulary()
    assert vocab.indicator("Công nghiệp, xây dựng", parent="Cơ cấu lao động") is None
    assert vocab.indicator("Chỉ số hoàn toàn mới") is None


def test_sub_indicators_know_their_parent_and_category() -> None:
    vocab = vocabulary()
    share = INDICATOR["ty-trong-cong-nghiep-xay-dung"]
    assert vocab.broader(share) == INDICATOR["co-cau-kinh-te"]
    assert vocab.indicator_category(share) == CATEGORY.economic
    assert vocab.indicator_category(INDICATOR["ty-le-che-phu-rung"]) == CATEGORY.environment


def test_no_two_indicators_share_a_key() -> None:
    owners: dict[str, str] = {}
    for concept in vocabulary().concepts("indicator"):
        labels = [
            *concept.pref_labels.values(),
            *(t for lang, t in concept.alt_labels if lang == "vi"),
        ]
        for label in labels:
            key = indicator_key(label)
            assert owners.setdefault(key, concept.iri) == concept.iri, f"{label!r} is ambiguous"


# --------------------------------------------------------------------------------------------
# units, comparators and the small schemes
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("%", "percent"),
        ("tỷ đồng", "ty-dong"),
        ("tỉ đồng", "ty-dong"),
        ("Tỷ đồng", "ty-dong"),
        ("triệu đồng", "trieu-dong"),
        ("triệu đồng/người/năm", "trieu-dong-nguoi-nam"),
        ("triệu đồng / người / năm", "trieu-dong-nguoi-nam"),
        ("USD", "usd"),
        ("USD/người", "usd-nguoi"),
        ("xã", "xa"),
        ("đơn vị", "don-vi"),
        ("huyện", "huyen"),
        ("người", "nguoi"),
        ("ha", "ha"),
        ("km", "km"),
        ("lao động", "lao-dong"),
        ("hộ", "ho"),
        ("giường bệnh", "giuong-benh"),
        ("bác sĩ", "bac-si"),
        ("giường bệnh/vạn dân", "giuong-benh-van-dan"),
        ("giường bệnh / 10.000 dân", "giuong-benh-van-dan"),
        ("bác sĩ/vạn dân", "bac-si-van-dan"),
        ("‰", "permille"),
        ("dự án", "du-an"),
        ("doanh nghiệp", "doanh-nghiep"),
        ("hợp tác xã", "hop-tac-xa"),
        ("thôn", "thon"),
        ("ấp", "ap"),
        ("lượt", "luot"),
        ("lượt khách", "luot-khach"),
        ("", "count"),
        ("ty-dong", "ty-dong"),
    ],
)
def test_unit_lookup(key: str, expected: str) -> None:
    assert vocabulary().unit(key) == UNIT[expected]


def test_unknown_unit() -> None:
    assert vocabulary().unit("con bò") is None


def test_units_match_qudt_where_it_has_them() -> None:
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from nqgraph.namespaces import QUDT_UNIT
    from nqgraph.resources import ontology_dir

    graph = Graph().parse(ontology_dir() / "vocab" / "units.ttl")
    for concept, qudt in [
        ("percent", "PERCENT"),
        ("ha", "HA"),
        ("km", "KiloM"),
        ("km2", "KiloM2"),
        ("m2", "M2"),
        ("kwh", "KiloW-HR"),
        ("mw", "MegaW"),
    ]:
        assert (UNIT[concept], SKOS.exactMatch, QUDT_UNIT[qudt]) in graph
    # a density or a rate is no unit QUDT names: no exact match claimed
    assert graph.value(UNIT["nguoi-km2"], SKOS.exactMatch) is None
    assert vocabulary().unit("người/km2") == vocabulary().unit("người/km²") == UNIT["nguoi-km2"]


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("=", "eq"),
        ("<", "lt"),
        ("≤", "le"),
        (">", "gt"),
        ("≥", "ge"),
        ("≈", "approx"),
        ("<=", "le"),
        (">=", "ge"),
        ("~", "approx"),
    ],
)
def test_comparator_lookup(symbol: str, expected: str) -> None:
    assert vocabulary().comparator(symbol) == COMPARATOR[expected]


def test_comparator_accepts_the_model_enum_and_covers_it() -> None:
    vocab = vocabulary()
    for member in Comparator:
        assert vocab.notation(vocab.comparator(member)) == member.value
    with pytest.raises(ValueError, match="unknown comparator"):
        vocab.comparator("!=")


def test_model_enums_have_concepts() -> None:
    vocab = vocabulary()
    assert {vocab.role(r.value) for r in Role} == {ROLE[r.value] for r in Role}
    assert {vocab.target_kind(k.value) for k in TargetKind} == {
        TARGET_KIND[k.value] for k in TargetKind
    }
    for name in ("legal-basis", "considered", "cites", *(r.value for r in Change)):
        assert vocab.citation_kind(name) == CITATION_KIND[name]
    for name in ("economic", "social", "environment", "other"):
        assert vocab.category(name) == CATEGORY[name]
    assert vocab.role("dances") is None


def test_doc_types_and_signing_authorities() -> None:
    vocab = vocabulary()
    for doc_type in DOC_TYPES:
        assert vocab.doc_type(doc_type.code) == DOC_TYPE[doc_type.slug]
        assert vocab.label(DOC_TYPE[doc_type.slug], "en") == doc_type.en
    assert vocab.by_notation("doc-type", "TTr") == DOC_TYPE.ttr
    assert vocab.signing_authority("TM.") == SIGNING_AUTHORITY.tm
    assert vocab.signing_authority("kt") == SIGNING_AUTHORITY.kt
    assert vocab.signing_authority("TUQ.") == SIGNING_AUTHORITY.tuq
    assert vocab.signing_authority("XYZ") is None


def test_vocabulary_is_loaded_once_and_fast() -> None:
    vocabulary.cache_clear()
    start = time.perf_counter()
    first = vocabulary()
    elapsed = time.perf_counter() - start
    assert vocabulary() is first
    assert len(first) > 90
    assert elapsed < 2.0, f"loading the vocabulary took {elapsed:.2f} s"


def test_a_vocabulary_can_be_built_from_other_files(tmp_path: Path) -> None:
    path = tmp_path / "mini.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/nqgraph/vocab/indicator/x> a skos:Concept ;\n"
        "  skos:inScheme <https://w3id.org/nqgraph/vocab/indicator> ;\n"
        '  skos:prefLabel "Chỉ số X"@vi .\n',
        encoding="utf-8",
    )
    mini = Vocabulary.from_files([path])
    assert mini.indicator("chỉ số x:") == INDICATOR.x
    assert mini.label(INDICATOR.x, "en") == "Chỉ số X"
