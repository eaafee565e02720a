"""The benchmark's corpus generator: deterministic, complete, varied, well-formed."""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path

import pytest

from bench.corpus import (
    DISTRICTS_ABOLISHED,
    PROVINCES,
    PROVINCES_2025,
    UNITS,
    UNITS_2025,
    Province,
    Unit,
    generate,
    slugify,
    write_corpus,
)
from nqgraph import reader


def _flat(text: str) -> str:
    """What a reader sees after the easy normalisation: NFC, no BOM, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    return " ".join(text.split())


@pytest.fixture(scope="module")
def fifty() -> list[tuple[str, str]]:
    return list(generate(50, seed=0))


@pytest.fixture(scope="module")
def sample() -> list[tuple[str, str]]:
    """A few hundred texts, enough for every feature and for its share."""
    return list(generate(400, seed=0))


_NAME_RE = re.compile(r"^(\d+)-[A-Z0-9]+-[A-Z0-9]+-(\d{4})-(.+)\.(?:md|txt)$")
_COUNCILS: dict[tuple[bool, str], tuple[Province, Unit]] = {
    (after, f"{p.slug}-{u.slug}"): (p, u)
    for after, units in ((False, UNITS), (True, UNITS_2025))
    for p, us in units.items()
    for u in us
}


def _year_and_council(name: str) -> tuple[int, tuple[Province, Unit] | None]:
    """The year a file name gives and, for a district's or commune's council, its province
    and unit (a unit of the merged provinces from 2025)."""
    m = _NAME_RE.match(name)
    assert m is not None, name
    year = int(m.group(2))
    return year, _COUNCILS.get((year >= 2025, m.group(3)))


def _adopted(text: str) -> datetime.date:
    m = re.search(r", ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)
    assert m is not None
    return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def _preamble(text: str) -> str:
    """The legal bases and considered documents: up to "QUYẾT NGHỊ" or the 2025 formula."""
    return re.split(r"QUYẾT NGHỊ:|ban hành Nghị quyết", text, maxsplit=1)[0]


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
    known |= {council for _, council in _COUNCILS}  # "thai-nguyen-huyen-dai-tu"
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


# -- what the reader gained: councils below the province, agencies, tables, amendments ----------


def test_councils_below_the_province(sample: list[tuple[str, str]]) -> None:
    """About a quarter of the councils' resolutions before mid-2025 are a district's or a
    commune's: their own header, place and session line, the province named in the preamble."""
    kinds: set[str] = set()
    local = provincial = 0
    for name, raw in sample:
        text = _flat(raw)
        year, council = _year_and_council(name)
        if name.endswith(("-tw.md", "-tw.txt")):
            continue
        if council is None:
            provincial += year < 2025
            continue
        province, unit = council
        local += year < 2025
        kinds.add(unit.kind)
        upper = unit.full.upper()
        assert f"HỘI ĐỒNG NHÂN DÂN {upper}" in text, name  # header and session line
        assert re.search(rf"HỘI ĐỒNG NHÂN DÂN {upper} KHÓA [IVXL]+, KỲ HỌP", text), name
        assert f"{unit.name}, ngày " in text, name  # the place line names the unit
        assert f"Hội đồng nhân dân {province.full}" in _preamble(text), name
        assert f"Nghị quyết này đã được Hội đồng nhân dân {unit.full} Khóa" in text, name
    assert kinds >= {"huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn"}
    assert 0.15 <= local / (local + provincial) <= 0.35


def test_local_headers_and_names_the_reader_once_cut(sample: list[tuple[str, str]]) -> None:
    """Half the districts' headers put their province's line over the council ("TỈNH CÀ MAU" /
    "HỘI ĐỒNG NHÂN DÂN HUYỆN U MINH"); units whose names hold "Kỳ" or "Thời" are written."""
    over = districts = 0
    for name, raw in sample:
        council = _year_and_council(name)[1]
        if council is None or not council[1].is_district:
            continue
        province, unit = council
        districts += 1
        upper = unit.full.upper()
        line = rf"{province.full.upper()}(?:\*\*)?\s*(?:  )?\s*(?:\*\*)?HỘI ĐỒNG NHÂN DÂN {upper}"
        over += bool(re.search(line, _flat(raw)))
    assert 0.3 <= over / districts <= 0.7, (over, districts)
    names = {"thành phố Tam Kỳ", "huyện Trần Văn Thời", "thị xã Kỳ Anh"}
    assert names <= {u.full for units in UNITS.values() for u in units}
    assert "phường Tam Kỳ" in {u.full for units in UNITS_2025.values() for u in units}
    assert any(re.search(r"Tam Kỳ|Trần Văn Thời|Kỳ Anh", _flat(t)) for _, t in sample)


def test_no_district_council_after_the_districts_were_abolished() -> None:
    """Districts were abolished on 1 July 2025: their councils' resolutions are dated before;
    the communes and wards after it belong to the 34 merged provinces."""
    abolished = datetime.date(*DISTRICTS_ABOLISHED)
    districts = communes_after = 0
    for name, raw in generate(1000, seed=0):
        council = _year_and_council(name)[1]
        if council is None:
            continue
        province, unit = council
        adopted = _adopted(_flat(raw))
        if unit.is_district:
            districts += 1
            assert adopted < abolished and province in PROVINCES, name
        elif adopted >= abolished:
            communes_after += 1
            assert province in PROVINCES_2025 and unit.district is None, name
        else:
            assert province in PROVINCES and unit.district is not None, name
    assert districts >= 50 and communes_after >= 20


def test_departments_and_agencies_are_given_tasks(sample: list[tuple[str, str]]) -> None:
    """Most provincial resolutions assign tasks to departments and agencies as well ("Giao Sở
    Tài chính chủ trì, phối hợp với …"); districts to their offices, communes to their police."""
    texts = [_flat(t) for n, t in sample if not n.endswith(("-tw.md", "-tw.txt"))]
    provincial = [
        _flat(t) for n, t in sample if _year_and_council(n)[1] is None and "-tw." not in n
    ]
    agency = re.compile(r"(?:Giao|Đề nghị) (?:Sở|Công an|Ban Quản lý|Kho bạc|Phòng|Ban Chỉ huy)")
    assert sum(bool(agency.search(t)) for t in provincial) >= 0.5 * len(provincial)
    for words in (
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư",
        "Giao Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh chủ trì",
        "Đề nghị Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh;",
        "Giao Phòng Tài chính - Kế hoạch huyện chủ trì",
        "Giao Công an xã, Ban Chỉ huy Quân sự xã chủ trì",
    ):
        assert any(words in t for t in texts), words
    # the forms the reader reads now: a department whose name holds "và" leading a task, "Sở
    # Xây dựng", "Giao X phối hợp với Y", the communes as the subject, a district's bodies by
    # its level word alone ("các Ban Hội đồng nhân dân huyện", "Phòng Quản lý đô thị quận",
    # "Huyện đoàn"), a commune's bare "Phòng Văn hóa - Xã hội"
    for pattern in (
        r"Giao Sở Kế hoạch và Đầu tư chủ trì",
        r"Giao Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân (?:tỉnh|thành phố) chủ trì",
        r"Giao Sở Xây dựng chủ trì",
        r"Giao (?:Kho bạc Nhà nước (?:tỉnh|thành phố)|Sở Giáo dục và Đào tạo) phối hợp với",
        r"Ủy ban nhân dân các xã, (?:thị trấn|phường) chủ động bố trí nguồn lực, phối hợp",
        r"các Ban Hội đồng nhân dân (?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)"
        r"(?:,| giám sát)",
        r"Giao Phòng Quản lý đô thị (?:quận|thành phố) chủ trì",
        r"(?:Huyện|Thị|Thành) đoàn phối hợp giám sát",
        r"Giao Phòng Văn hóa - Xã hội chủ trì",
    ):
        assert any(re.search(pattern, t) for t in texts), pattern


_TABLE_HEAD = re.compile(
    r"^\| (?:STT|TT) \| (?:Chỉ tiêu|Các chỉ tiêu chủ yếu) \|(?P<unit> (?:Đơn vị tính|ĐVT) \|)?"
    r" (?:Ước )?[Tt]hực hiện (?:năm )?(?P<done>\d{4}) \| (?:Kế hoạch|Mục tiêu)(?: năm)?"
    r" (?P<plan>\d{4}) \|$"
)


def test_some_targets_come_as_tables(sample: list[tuple[str, str]]) -> None:
    """About one resolution in seven gives targets as Markdown tables, under a first row the
    reader reads (indicator, unit column or units in the cells, last year, the plan's year)."""
    with_table = 0
    forms = set()
    for name, raw in sample:
        lines = raw.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
        heads = [m for ln in lines if (m := _TABLE_HEAD.match(unicodedata.normalize("NFC", ln)))]
        rows = [ln for ln in lines if re.match(r"^\| \d+ \| ", ln)]
        if not heads:
            assert not rows, name
            continue
        with_table += 1
        assert name.endswith(".md"), name
        year = _year_and_council(name)[0]
        assert {(int(m["done"]), int(m["plan"])) for m in heads} == {(year, year + 1)}, name
        assert len({bool(m["unit"]) for m in heads}) == 1, name  # one layout per text
        forms.add(bool(heads[0]["unit"]))
        cells = 5 if heads[0]["unit"] else 4
        assert rows and all(ln.count("|") == cells + 1 for ln in rows), name
    assert forms == {True, False}
    assert 0.08 <= with_table / len(sample) <= 0.25
    # a growth rate's and a fall's unit: "| % tăng | 10,2 | 12,5 |", "| % giảm | 1,2 | 1,5 |"
    for unit in ("% tăng", "% giảm"):
        assert any(f"| {unit} |" in raw for _, raw in sample), unit


def test_legal_bases_amend_and_name_laws_with_commas(sample: list[tuple[str, str]]) -> None:
    """About a third of the resolutions rest on an amending text written after the amended one
    ("…; Luật sửa đổi, bổ sung …", "… được sửa đổi, bổ sung bởi Luật số …", "Nghị định số …
    sửa đổi, bổ sung một số điều của Nghị định số …"); some cite laws whose names hold "," or
    "và"."""
    preambles = [_preamble(_flat(t)) for _, t in sample]
    amending = re.compile(
        r"; Luật sửa đổi, bổ sung một số điều của Luật|được sửa đổi, bổ sung (?:bởi|một số điều "
        r"theo) Luật số|sửa đổi, bổ sung một số điều của Nghị định số"
    )
    share = sum(bool(amending.search(p)) for p in preambles) / len(preambles)
    assert 0.2 <= share <= 0.45
    for words in (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ "
        "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày "
        "22 tháng 11 năm 2019;",
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 được sửa đổi, bổ sung bởi Luật "
        "số 56/2024/QH15;",
        "Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế",
        "Luật Thuế tiêu thụ đặc biệt và Luật Thi hành án dân sự ngày 11 tháng 01 năm 2022",
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số "
        "điều của Luật Cán bộ, công chức và Luật Viên chức",
        "Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;",
        "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    ):
        assert any(words in p for p in preambles), words
    for name, raw in sample:  # an amending text is never dated after the resolution
        text = _flat(raw)
        if "56/2024/QH15" in text or "ngày 29 tháng 11 năm 2024" in _preamble(text):
            assert _adopted(text) > datetime.date(2024, 11, 29), name


def test_the_new_parts_read_as_written(sample: list[tuple[str, str]]) -> None:
    """A few of them through the reader: a district's or commune's jurisdiction, a table's rows
    as targets of the plan's year, the agencies as assigned bodies, amending laws' amends."""
    checked = {"local": 0, "table": 0, "agency": 0, "amends": 0}
    for name, raw in sample:
        if min(checked.values()) >= 3:
            break
        year, council = _year_and_council(name)
        res = reader.read_text(raw, name)
        if council is not None and checked["local"] < 3:
            province, unit = council
            assert (res.locality, res.jurisdiction) == (unit.full, province.name), name
            checked["local"] += 1
        rows = [ln for ln in raw.split("\n") if re.match(r"^\| \d+ \| ", ln)]
        if rows and checked["table"] < 3:
            read = [t for t in res.targets if t.span.quote.startswith("|")]
            assert len(read) == len(rows), name
            assert {t.target_year for t in read} == {year + 1}, name
            checked["table"] += 1
        assigned = {a.body.name for a in res.assignments}
        leads = re.findall(
            r"(?:Giao|Đề nghị) ((?:Sở|Công an|Phòng|Kho bạc) [^,]+?) (?:chủ trì|thực hiện)",
            _flat(raw),
        )
        if leads and checked["agency"] < 3:
            assert set(leads) <= assigned, name
            checked["agency"] += 1
        amending = [r for r in res.legal_bases if r.title and r.title.startswith("Luật sửa đổi")]
        if amending and checked["amends"] < 3:
            assert all(r.amends for r in amending), name
            checked["amends"] += 1
    assert min(checked.values()) >= 3, checked
