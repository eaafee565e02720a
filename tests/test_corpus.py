"""The benchmark's corpus generator: deterministic, complete, varied, well-formed."""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path

import pytest

from bench.corpus import PROVINCES, PROVINCES_2025, generate, slugify, write_corpus


def _flat(text: str) -> str:
    """What a reader sees after the easy normalisation: NFC, no BOM, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    return " ".join(text.split())


@pytest.fixture(scope="module")
def fifty() -> list[tuple[str, str]]:
    return list(generate(50, seed=0))


def test_same_seed_same_bytes_other_seed_other_texts(tmp_path: Path) -> None:
    assert list(generate(5, seed=0)) == list(generate(5, seed=0))
    assert list(generate(5, seed=0)) != list(generate(5, seed=1))
    write_corpus(tmp_path / "a", 5, seed=7)
    write_corpus(tmp_path / "b", 5, seed=7)
    files_a = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files_a == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert len(files_a) == 5
    for name in files_a:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_prefix_property() -> None:
    assert list(generate(3, seed=2)) == list(generate(5, seed=2))[:3]


def test_every_text_has_the_parts(fifty: list[tuple[str, str]]) -> None:
    for name, raw in fifty:
        text = _flat(raw)
        assert re.search(r"Số: \d+/", text), name
        assert "NGHỊ QUYẾT" in text, name
        assert "Căn cứ" in text, name
        assert "QUYẾT NGHỊ:" in text or "ban hành Nghị quyết" in text, name
        assert len(re.findall(r"\d%", text)) >= 10, name  # targets
        if name.endswith("-tw.md") or name.endswith("-tw.txt"):
            assert "CHÍNH PHỦ" in text or "QUỐC HỘI" in text, name
            continue
        assert "Giao Ủy ban nhân dân" in text, name
        assert "Giao Thường trực Hội đồng nhân dân" in text, name
        assert "giám sát" in text, name
        assert "Nghị quyết này đã được Hội đồng nhân dân" in text, name
        assert "Nơi nhận:" in text and "Lưu: VT" in text, name
        assert "CHỦ TỊCH" in text, name


def test_both_layouts_and_formats_appear(fifty: list[tuple[str, str]]) -> None:
    texts = [_flat(t) for _, t in fifty]
    assert any("QUYẾT NGHỊ:" in t for t in texts)
    assert any("Trên cơ sở xem xét" in t for t in list(map(_flat, (t for _, t in generate(200)))))
    assert any(name.endswith(".md") for name, _ in fifty)
    assert any(name.endswith(".txt") for name, _ in fifty)
    assert any("\r\n" in t for _, t in fifty) and any(t.startswith("\ufeff") for _, t in fifty)
    assert any("Điều 1." in t for t in texts)
    assert any(re.search(r"KỲ HỌP THỨ [A-ZÀ-Ỹ]", t) for t in texts)
    assert any(re.search(r"KỲ HỌP THỨ \d", t) for t in texts)
    # special sessions, about one resolution in twelve: unnumbered, or numbered "(CHUYÊN ĐỀ)"
    more = [_flat(t) for _, t in generate(300)]
    assert any(re.search(r"KỲ HỌP (?:CHUYÊN ĐỀ|BẤT THƯỜNG)\b", t) for t in more)
    assert any(re.search(r"KỲ HỌP THỨ \S+ \((?:CHUYÊN ĐỀ|BẤT THƯỜNG)\)", t) for t in more)


def test_varied_provinces_and_years(fifty: list[tuple[str, str]]) -> None:
    names = [name for name, _ in fifty]
    assert len(set(names)) == len(names)
    jurisdictions = {re.sub(r"^\d+-[A-Z0-9]+-[A-Z0-9]+-\d{4}-", "", n).rsplit(".", 1)[0]
                     for n in names}  # fmt: skip
    assert len(jurisdictions) >= 25
    years = {int(re.search(r"-(\d{4})-", n).group(1)) for n in names}  # type: ignore[union-attr]
    assert len(years) >= 8 and min(years) >= 2016 and max(years) <= 2026
    known = {p.slug for p in PROVINCES} | {p.slug for p in PROVINCES_2025} | {"tw"}
    assert jurisdictions <= known


def test_province_lists() -> None:
    assert len(PROVINCES) == 63 and len({p.slug for p in PROVINCES}) == 63
    assert sorted(p.name for p in PROVINCES if p.city) == sorted(
        ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]
    )
    assert len(PROVINCES_2025) == 34
    assert slugify("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau" and slugify("Đắk Lắk") == "dak-lak"


_STATE = re.compile(
    r"\d{1,3}/(?:20\d\d/)?(?:NQ|BC|TTr|NĐ|QĐ|CT)-(?:HĐND|UBND|CP|TTg)"  # 112/NQ-HĐND, 06/2022/NĐ-CP
    r"|\d{1,3}/20\d\d/QH1[3-6]"  # 103/2023/QH15, laws 72/2025/QH15
    r"|\d{1,3}/(?:BC)-CP"
)
_PARTY = re.compile(r"\d{2}-(?:NQ|KL)/(?:TW|TU)")


def test_every_identifier_is_well_formed(fifty: list[tuple[str, str]]) -> None:
    for name, raw in fifty:
        text = _flat(raw)
        number = re.search(r"Số: (\S+)", text)
        assert number is not None, name
        assert _STATE.fullmatch(number.group(1)), (name, number.group(1))
        assert name.startswith(number.group(1).split("/")[0] + "-"), name
        # anything after "số" that looks like an identifier (a digit, then "/" or "-" somewhere)
        for ident in re.findall(r"(?:số|Số:?) (\d[^\s/-]*[/-]\S*?)[;,.:*]*(?= |$)", text):
            ok = _STATE.fullmatch(ident) or _PARTY.fullmatch(ident)
            assert ok, (name, ident)


def test_every_date_is_a_date(fifty: list[tuple[str, str]]) -> None:
    for name, raw in fifty:
        text = _flat(raw)
        for d, m, y in re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text):
            datetime.date(int(y), int(m), int(d))
        adopted = re.search(r", ngày (\d{2}) tháng (\d{2}|\d{1,2}) năm (\d{4})", text)
        assert adopted is not None, name
        assert 2016 <= int(adopted.group(3)) <= 2026, name
