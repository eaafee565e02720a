"""A deterministic generator of realistic council-resolution texts, for the corpus benchmark.

`generate(n, seed)` yields `(file_name, text)` pairs, one at a time: Markdown converted from PDF
(like the two seeds in `data/source/`) and plain-text variants, with the noise real copies bring
(stray emphasis on headings, page breaks that split a sentence, CRLF, a BOM, decomposed Unicode).
The same `(n, seed)` gives the same bytes on every run and machine: every document draws from its
own `random.Random` seeded with a string (hashed with SHA-512 by `random`, so `PYTHONHASHSEED`
plays no part), and nothing depends on dict or set order.

The councils are the provinces' and, for a quarter of the resolutions, districts' and communes'
(none of a district after 1 July 2025, when districts were abolished). Their implementation
articles give tasks to departments and agencies, some give their targets as Markdown tables, and
their legal bases name amending laws ("…; Luật sửa đổi, bổ sung …", "… được sửa đổi, bổ sung bởi
Luật số …"). Forms the reader did not read as written were left out until it did: departments
whose name holds "và" or "," leading a task, "Giao X phối hợp với Y", a district's bodies named
by its level word alone, the province's line over a district's header, "% giảm" as a table's
unit and units named "Tam Kỳ" or "Trần Văn Thời" are written now.

The facts used (provinces, districts, communes, laws, party resolutions, decrees and their dates)
are real; the numbers, dates of reports and names are invented. Identifiers never collide: a
council's numbers are allocated without repeats within each year, as real registers are.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from random import Random

from nqgraph.places import CITIES, PROVINCE_NAMES

__all__ = [
    "DISTRICTS_ABOLISHED",
    "PROVINCES",
    "PROVINCES_2025",
    "UNITS",
    "UNITS_2025",
    "Province",
    "Unit",
    "generate",
    "slugify",
    "write_corpus",
]


# --------------------------------------------------------------------------- places and bodies


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # "Thái Nguyên", "Hồ Chí Minh"
    city: bool  # centrally-run city ("thành phố X") rather than province ("tỉnh X")

    @property
    def level(self) -> str:
        return "thành phố" if self.city else "tỉnh"

    @property
    def full(self) -> str:
        return f"{self.level} {self.name}"

    @property
    def place(self) -> str:
        """The place name of the date line."""
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def first_term(self) -> int:
        """Term number of the 2016-2021 council (XIII or XIV), fixed per province."""
        return 13 + zlib.crc32(self.slug.encode()) % 2


#: The 63 provinces and centrally-run cities before the mergers of 1 July 2025.
PROVINCES: tuple[Province, ...] = tuple(Province(n, True) for n in CITIES) + tuple(
    Province(n, False) for n in PROVINCE_NAMES
)
_AFTER_2025_NAMES = (
    "Tuyên Quang", "Cao Bằng", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Thái Nguyên",
    "Lạng Sơn", "Quảng Ninh", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)  # fmt: skip
#: The 34 units after the mergers (Huế a centrally-run city since 1 January 2025).
PROVINCES_2025: tuple[Province, ...] = (
    *(Province(n, True) for n in CITIES),
    Province("Huế", True),
    *(Province(n, False) for n in _AFTER_2025_NAMES),
)
assert len(PROVINCES) == 63 and len(PROVINCES_2025) == 34

_KINDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "huyện", "quận", "xã", "phường")
_DISTRICT_KINDS = frozenset({"huyện", "quận", "thị xã", "thành phố"})
# the party committee of a district-level unit: "Huyện ủy", "Thị ủy" …
_PARTY_COMMITTEES = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy",
                     "thành phố": "Thành ủy"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit below the province with a council of its own: a district, town or city of a
    province ("huyện Đại Từ"), or a commune, ward, township or special zone ("xã Phú Lạc")."""

    kind: str  # "huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn", "đặc khu"
    name: str  # "Đại Từ"
    district: Unit | None = None  # a commune's district, before the districts were abolished

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def slug(self) -> str:
        return slugify(self.full)

    @property
    def is_district(self) -> bool:
        return self.kind in _DISTRICT_KINDS


def _unit(full: str, district: Unit | None = None) -> Unit:
    kind = next(k for k in _KINDS if full.startswith(k + " "))
    return Unit(kind, full[len(kind) + 1 :], district)


# Real districts (huyện, quận, thị xã, thành phố thuộc tỉnh) of 2016-2024, with some of their
# communes, wards and townships: province -> {district: communes}. Names with "Kỳ" or "Thời"
# (thành phố Tam Kỳ, huyện Trần Văn Thời, thị xã Kỳ Anh) are among them: the reader ends a name
# at the phrase that follows it ("KỲ HỌP", "THỜI KỲ"), not at a word a name may hold.
_LOCAL_BEFORE_2025: dict[str, dict[str, tuple[str, ...]]] = {
    "Hà Nội": {"quận Ba Đình": ("phường Kim Mã", "phường Phúc Xá"), "quận Hoàn Kiếm": (),
               "quận Cầu Giấy": (), "quận Long Biên": (),
               "huyện Đông Anh": ("xã Uy Nỗ", "thị trấn Đông Anh"), "huyện Gia Lâm": (),
               "huyện Ba Vì": (), "thị xã Sơn Tây": ()},
    "Hồ Chí Minh": {"quận Bình Thạnh": (), "quận Gò Vấp": (), "quận Tân Bình": (),
                    "huyện Củ Chi": ("thị trấn Củ Chi", "xã Tân Thông Hội"),
                    "huyện Bình Chánh": (), "huyện Cần Giờ": ("xã Thạnh An",)},
    "Hải Phòng": {"quận Hồng Bàng": (), "quận Lê Chân": (), "huyện An Lão": (),
                  "huyện Tiên Lãng": (), "huyện Vĩnh Bảo": ()},
    "Đà Nẵng": {"quận Hải Châu": ("phường Thạch Thang",), "quận Thanh Khê": (),
                "quận Sơn Trà": (), "huyện Hòa Vang": ("xã Hòa Bắc", "xã Hòa Tiến")},
    "Cần Thơ": {"quận Ninh Kiều": ("phường An Hòa", "phường Tân An"), "quận Cái Răng": (),
                "huyện Phong Điền": (), "huyện Cờ Đỏ": ()},
    "Thái Nguyên": {"huyện Đại Từ": ("xã Phú Lạc", "thị trấn Hùng Sơn", "xã La Bằng"),
                    "huyện Phú Lương": ("thị trấn Đu", "xã Yên Lạc"), "huyện Định Hóa": (),
                    "huyện Võ Nhai": (), "huyện Phú Bình": (), "thành phố Sông Công": (),
                    "thành phố Thái Nguyên": ("phường Phan Đình Phùng",)},
    "Lào Cai": {"huyện Bát Xát": ("thị trấn Bát Xát",), "huyện Bảo Thắng": (),
                "huyện Bắc Hà": ("thị trấn Bắc Hà",), "huyện Mường Khương": ()},
    "Quảng Ninh": {"thành phố Hạ Long": ("phường Bãi Cháy", "phường Hồng Gai"),
                   "thành phố Cẩm Phả": (), "thành phố Uông Bí": (),
                   "huyện Tiên Yên": ("thị trấn Tiên Yên",), "huyện Ba Chẽ": ()},
    "Bắc Giang": {"huyện Lục Ngạn": ("thị trấn Chũ",), "huyện Yên Thế": (),
                  "huyện Lạng Giang": (), "huyện Tân Yên": (),
                  "huyện Hiệp Hòa": ("thị trấn Thắng",)},
    "Phú Thọ": {"huyện Thanh Sơn": (), "huyện Tân Sơn": (), "huyện Lâm Thao": (),
                "huyện Cẩm Khê": ()},
    "Nghệ An": {"thị xã Cửa Lò": (), "thị xã Thái Hòa": (),
                "huyện Quỳnh Lưu": ("thị trấn Cầu Giát",),
                "huyện Diễn Châu": ("thị trấn Diễn Châu",), "huyện Con Cuông": ()},
    "Thanh Hóa": {"huyện Hoằng Hóa": ("thị trấn Bút Sơn",), "huyện Quảng Xương": (),
                  "huyện Thọ Xuân": ("thị trấn Thọ Xuân",), "huyện Ngọc Lặc": (),
                  "huyện Nga Sơn": ()},
    "Hà Tĩnh": {"huyện Cẩm Xuyên": (), "huyện Thạch Hà": (), "huyện Hương Sơn": (),
                "thị xã Hồng Lĩnh": (), "huyện Đức Thọ": (),
                "thị xã Kỳ Anh": ("phường Kỳ Trinh",)},
    "Thừa Thiên Huế": {"thành phố Huế": (), "thị xã Hương Thủy": (), "huyện Phú Vang": (),
                       "huyện A Lưới": ()},
    "Quảng Nam": {"thành phố Tam Kỳ": ("phường An Mỹ", "xã Tam Thăng"),
                  "thành phố Hội An": ("phường Minh An", "xã Cẩm Thanh"),
                  "huyện Duy Xuyên": (), "huyện Núi Thành": (),
                  "huyện Đại Lộc": ()},
    "Bình Định": {"thị xã An Nhơn": (), "huyện Phù Cát": (), "huyện Tuy Phước": (),
                  "huyện Hoài Ân": ()},
    "Khánh Hòa": {"thành phố Nha Trang": (), "thành phố Cam Ranh": (), "thị xã Ninh Hòa": (),
                  "huyện Diên Khánh": ("thị trấn Diên Khánh",),
                  "huyện Vạn Ninh": ("thị trấn Vạn Giã",)},
    "Đắk Lắk": {"thành phố Buôn Ma Thuột": (), "thị xã Buôn Hồ": (), "huyện Krông Pắc": (),
                "huyện Krông Búk": (), "huyện Lắk": ()},
    "Lâm Đồng": {"thành phố Đà Lạt": (), "thành phố Bảo Lộc": (),
                 "huyện Đức Trọng": ("thị trấn Liên Nghĩa", "xã Hiệp Thạnh"),
                 "huyện Di Linh": (), "huyện Lâm Hà": ()},
    "Đồng Nai": {"thành phố Biên Hòa": (), "huyện Nhơn Trạch": ("xã Phước An",),
                 "huyện Long Thành": ("thị trấn Long Thành",), "huyện Trảng Bom": (),
                 "huyện Định Quán": ()},
    "Long An": {"thành phố Tân An": (), "thị xã Kiến Tường": (), "huyện Đức Hòa": (),
                "huyện Bến Lức": (), "huyện Cần Giuộc": ()},
    "An Giang": {"thành phố Long Xuyên": (), "thành phố Châu Đốc": (), "thị xã Tân Châu": (),
                 "huyện Chợ Mới": (), "huyện Thoại Sơn": ()},
    "Kiên Giang": {"thành phố Rạch Giá": (), "huyện Giồng Riềng": (), "huyện Gò Quao": ()},
    "Đồng Tháp": {"thành phố Cao Lãnh": (), "huyện Tháp Mười": (), "huyện Lấp Vò": ()},
    "Cà Mau": {"huyện Năm Căn": ("thị trấn Năm Căn",), "huyện Ngọc Hiển": (),
               "huyện Đầm Dơi": (),
               "huyện U Minh": ("thị trấn U Minh",),
               "huyện Trần Văn Thời": ("thị trấn Trần Văn Thời", "thị trấn Sông Đốc")},
    "Sơn La": {"huyện Mộc Châu": ("thị trấn Mộc Châu",), "huyện Mai Sơn": ("thị trấn Hát Lót",),
               "huyện Thuận Châu": (), "huyện Yên Châu": ()},
    "Hòa Bình": {"huyện Mai Châu": (), "huyện Lạc Sơn": (), "huyện Kim Bôi": (),
                 "huyện Cao Phong": ()},
    "Ninh Bình": {"thành phố Tam Điệp": (), "huyện Gia Viễn": (), "huyện Kim Sơn": (),
                  "huyện Yên Khánh": ()},
    "Bắc Ninh": {"huyện Gia Bình": (), "huyện Lương Tài": (), "huyện Tiên Du": ()},
}  # fmt: skip
# Communes, wards and special zones of the merged provinces, from 1 July 2025 (no districts).
_LOCAL_2025: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("phường Ba Đình", "phường Hoàn Kiếm", "phường Cầu Giấy", "xã Đông Anh",
               "xã Sóc Sơn"),
    "Hồ Chí Minh": ("phường Sài Gòn", "phường Bến Thành", "xã Củ Chi", "xã Cần Giờ",
                    "đặc khu Côn Đảo"),
    "Hải Phòng": ("phường Hồng Bàng", "phường Lê Chân", "đặc khu Cát Hải",
                  "đặc khu Bạch Long Vĩ"),
    "Đà Nẵng": ("phường Hải Châu", "phường Hội An", "phường Tam Kỳ", "xã Hòa Vang"),
    "Cần Thơ": ("phường Ninh Kiều", "phường Cái Răng"),
    "Huế": ("phường Thuận Hóa", "phường Phú Xuân", "phường Hương Thủy"),
    "Thái Nguyên": ("xã Đại Từ", "xã Phú Lương", "phường Phan Đình Phùng", "phường Sông Công",
                    "phường Phổ Yên"),
    "Quảng Ninh": ("phường Hạ Long", "phường Bãi Cháy", "đặc khu Vân Đồn", "đặc khu Cô Tô"),
    "Khánh Hòa": ("phường Nha Trang", "phường Cam Ranh", "đặc khu Trường Sa"),
    "Lào Cai": ("phường Lào Cai", "phường Sa Pa", "xã Bát Xát"),
    "An Giang": ("phường Long Xuyên", "phường Châu Đốc", "phường Rạch Giá", "đặc khu Phú Quốc"),
    "Gia Lai": ("phường Pleiku", "phường Quy Nhơn"),
    "Đồng Nai": ("phường Biên Hòa", "phường Trấn Biên", "xã Nhơn Trạch"),
    "Quảng Trị": ("phường Đồng Hới", "đặc khu Cồn Cỏ"),
    "Ninh Bình": ("phường Hoa Lư", "phường Tam Điệp"),
    "Cà Mau": ("phường An Xuyên", "xã Trần Văn Thời", "xã Sông Đốc"),
}  # fmt: skip


def _units_before_2025() -> dict[Province, tuple[Unit, ...]]:
    by_name = {p.name: p for p in PROVINCES}
    out: dict[Province, tuple[Unit, ...]] = {}
    for province, districts in _LOCAL_BEFORE_2025.items():
        units: list[Unit] = []
        for district_name, communes in districts.items():
            district = _unit(district_name)
            units += [district, *(_unit(c, district) for c in communes)]
        out[by_name[province]] = tuple(units)
    return out


#: The units below the province whose councils pass resolutions, before 1 July 2025
#: (districts and their communes) and after it (communes, wards, special zones).
UNITS: dict[Province, tuple[Unit, ...]] = _units_before_2025()
UNITS_2025: dict[Province, tuple[Unit, ...]] = {
    p: tuple(_unit(c) for c in _LOCAL_2025[p.name]) for p in PROVINCES_2025 if p.name in _LOCAL_2025
}
assert len(UNITS) == len(_LOCAL_BEFORE_2025) and len(UNITS_2025) == len(_LOCAL_2025)
#: The day districts were abolished (Law on Local Government 2025): no district council
#: resolution after it; the communes after it belong to the merged provinces.
DISTRICTS_ABOLISHED = (2025, 7, 1)


def slugify(text: str) -> str:
    """NFC, strip diacritics (đ → d), lowercase, non-alphanumerics to '-' (as design.md)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out: list[str] = []
    for c in text:
        if c.isascii() and c.isalnum():
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


# --------------------------------------------------------------------------- numbers and words

_UNITS = ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _words(n: int) -> str:
    """1..99 in Vietnamese words ("hai mươi ba", "mười lăm", "hai mươi mốt")."""
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _UNITS[unit]
    head = "mười" if tens == 1 else f"{_UNITS[tens]} mươi"
    if unit == 0:
        return head
    if unit == 5:
        return f"{head} lăm"
    if unit == 1 and tens > 1:
        return f"{head} mốt"
    if unit == 4 and tens > 1:
        return f"{head} tư"
    return f"{head} {_UNITS[unit]}"


def _ordinal(n: int) -> str:
    return {1: "nhất", 4: "tư"}.get(n, _words(n))


def _roman(n: int) -> str:
    out = []
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _num(value: int, decimals: int = 0) -> str:
    """`value` in units of 10**-decimals, Vietnamese style: 23.600 / 8,5 / 95,25."""
    whole, frac = divmod(value, 10**decimals)
    text = f"{whole:,}".replace(",", ".")
    if decimals:
        digits = f"{frac:0{decimals}d}".rstrip("0")
        if digits:
            text += "," + digits
    return text


def _date(d: int, m: int, y: int) -> str:
    """Decree 30 style: day < 10 and month < 3 padded: 'ngày 07 tháng 01 năm 2022'."""
    return f"ngày {d:02d} tháng {m:02d} năm {y}" if m < 3 else f"ngày {d:02d} tháng {m} năm {y}"


def _short_date(d: int, m: int, y: int) -> str:
    return f"{d:02d}/{m:02d}/{y}" if m < 3 else f"{d}/{m}/{y}"


# --------------------------------------------------------------------------- cited documents


@dataclass(frozen=True, slots=True)
class _Cited:
    kind: str  # "Nghị quyết", "Nghị định", ...
    ident: str  # "41-NQ/TW", "06/2022/NĐ-CP"
    date: tuple[int, int, int]
    issuer: str  # "của Bộ Chính trị"
    about: str

    def cite(self, rng: Random) -> str:
        d, m, y = self.date
        when = f"ngày {_short_date(d, m, y)}" if rng.random() < 0.15 else _date(d, m, y)
        return f"{self.kind} số {self.ident} {when} {self.issuer} về {self.about}"


_BCH_XII = "của Ban Chấp hành Trung ương Đảng Khóa XII"
_CITED: tuple[_Cited, ...] = (
    _Cited("Nghị quyết", "33-NQ/TW", (9, 6, 2014), "của Ban Chấp hành Trung ương Đảng khóa XI",
           "xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền "
           "vững đất nước"),
    _Cited("Nghị quyết", "29-NQ/TW", (4, 11, 2013), "của Ban Chấp hành Trung ương Đảng khóa XI",
           "đổi mới căn bản, toàn diện giáo dục và đào tạo"),
    _Cited("Nghị quyết", "05-NQ/TW", (1, 11, 2016), _BCH_XII,
           "một số chủ trương, chính sách lớn nhằm tiếp tục đổi mới mô hình tăng trưởng, nâng "
           "cao chất lượng tăng trưởng, năng suất lao động, sức cạnh tranh của nền kinh tế"),
    _Cited("Nghị quyết", "10-NQ/TW", (3, 6, 2017), _BCH_XII,
           "phát triển kinh tế tư nhân trở thành một động lực quan trọng của nền kinh tế thị "
           "trường định hướng xã hội chủ nghĩa"),
    _Cited("Nghị quyết", "18-NQ/TW", (25, 10, 2017), _BCH_XII,
           "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị "
           "tinh gọn, hoạt động hiệu lực, hiệu quả"),
    _Cited("Nghị quyết", "19-NQ/TW", (25, 10, 2017), _BCH_XII,
           "tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt "
           "động của các đơn vị sự nghiệp công lập"),
    _Cited("Nghị quyết", "20-NQ/TW", (25, 10, 2017), _BCH_XII,
           "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân trong tình hình "
           "mới"),
    _Cited("Nghị quyết", "21-NQ/TW", (25, 10, 2017), _BCH_XII,
           "công tác dân số trong tình hình mới"),
    _Cited("Nghị quyết", "23-NQ/TW", (22, 3, 2018), "của Bộ Chính trị",
           "định hướng xây dựng chính sách phát triển công nghiệp quốc gia đến năm 2030, tầm "
           "nhìn đến năm 2045"),
    _Cited("Nghị quyết", "36-NQ/TW", (22, 10, 2018), _BCH_XII,
           "Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm "
           "2045"),
    _Cited("Nghị quyết", "52-NQ/TW", (27, 9, 2019), "của Bộ Chính trị",
           "một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ "
           "tư"),
    _Cited("Kết luận", "76-KL/TW", (4, 6, 2020), "của Bộ Chính trị",
           "tiếp tục thực hiện Nghị quyết số 33-NQ/TW ngày 09 tháng 6 năm 2014 của Ban Chấp hành "
           "Trung ương Đảng khóa XI"),
    _Cited("Nghị quyết", "06-NQ/TW", (24, 1, 2022), "của Bộ Chính trị",
           "quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, "
           "tầm nhìn đến năm 2045"),
    _Cited("Nghị quyết", "27-NQ/TW", (9, 11, 2022), "của Ban Chấp hành Trung ương Đảng khóa XIII",
           "tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong "
           "giai đoạn mới"),
    _Cited("Nghị quyết", "19-NQ/TW", (16, 6, 2023), "của Ban Chấp hành Trung ương",
           "nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045"),
    _Cited("Nghị quyết", "20-NQ/TW", (16, 6, 2023), "của Ban Chấp hành Trung ương",
           "tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn "
           "mới"),
    _Cited("Nghị quyết", "41-NQ/TW", (10, 10, 2023), "của Bộ Chính trị",
           "xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới"),
    _Cited("Nghị quyết", "42-NQ/TW", (24, 11, 2023), "của Ban Chấp hành Trung ương Đảng khóa XIII",
           "tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp "
           "xây dựng và bảo vệ Tổ quốc trong giai đoạn mới"),
    _Cited("Nghị quyết", "57-NQ/TW", (22, 12, 2024), "của Bộ Chính trị",
           "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    _Cited("Nghị quyết", "66-NQ/TW", (30, 4, 2025), "của Bộ Chính trị",
           "đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước "
           "trong kỷ nguyên mới"),
    _Cited("Nghị quyết", "68-NQ/TW", (4, 5, 2025), "của Bộ Chính trị",
           "phát triển kinh tế tư nhân"),
    _Cited("Nghị định", "27/2022/NĐ-CP", (19, 4, 2022), "của Chính phủ",
           "quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia"),
    _Cited("Nghị định", "06/2022/NĐ-CP", (7, 1, 2022), "của Chính phủ",
           "quy định giảm nhẹ phát thải khí nhà kính và bảo vệ tầng ô-dôn"),
    _Cited("Nghị định", "35/2022/NĐ-CP", (28, 5, 2022), "của Chính phủ",
           "quản lý khu công nghiệp và khu kinh tế"),
    _Cited("Nghị định", "13/2023/NĐ-CP", (17, 4, 2023), "của Chính phủ", "bảo vệ dữ liệu cá nhân"),
    _Cited("Nghị quyết", "76/NQ-CP", (15, 7, 2021), "của Chính phủ",
           "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"),
    _Cited("Nghị quyết", "82/NQ-CP", (18, 5, 2023), "của Chính phủ",
           "nhiệm vụ, giải pháp chủ yếu đẩy nhanh phục hồi, tăng tốc phát triển du lịch hiệu "
           "quả, bền vững"),
    _Cited("Nghị quyết", "117/NQ-CP", (30, 7, 2023), "của Chính phủ",
           "ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn "
           "2023 - 2025"),
    _Cited("Chỉ thị", "08/CT-TTg", (1, 6, 2022), "của Thủ tướng Chính phủ",
           "tăng cường triển khai công tác xây dựng văn hóa học đường"),
    _Cited("Quyết định", "749/QĐ-TTg", (3, 6, 2020), "của Thủ tướng Chính phủ",
           "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"),
    _Cited("Quyết định", "06/QĐ-TTg", (6, 1, 2022), "của Thủ tướng Chính phủ",
           "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
           "phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030"),
    _Cited("Quyết định", "90/QĐ-TTg", (18, 1, 2022), "của Thủ tướng Chính phủ",
           "phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
    _Cited("Quyết định", "263/QĐ-TTg", (22, 2, 2022), "của Thủ tướng Chính phủ",
           "phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"),
)  # fmt: skip

# laws named in tasks, with the first target year they can be named for (Luật Dữ liệu is of
# 2024, in force from 2025); some names hold "," or "và" ("Luật Thi đua, khen thưởng")
_LAWS: tuple[tuple[str, int], ...] = (
    ("Luật Đất đai", 2016), ("Luật Nhà ở", 2016), ("Luật Kinh doanh bất động sản", 2016),
    ("Luật Bảo vệ môi trường", 2016), ("Luật Đầu tư công", 2016), ("Luật Đấu thầu", 2016),
    ("Luật Quy hoạch", 2016), ("Luật Hợp tác xã", 2016), ("Luật Tài nguyên nước", 2016),
    ("Luật Giao dịch điện tử", 2016), ("Luật Dữ liệu", 2026), ("Luật Bảo hiểm xã hội", 2016),
    ("Luật Việc làm", 2016), ("Luật Thực hành tiết kiệm, chống lãng phí", 2016),
    ("Luật Quản lý, sử dụng tài sản công", 2018), ("Luật Tín ngưỡng, tôn giáo", 2018),
    ("Luật Phòng, chống tác hại của rượu, bia", 2020), ("Luật Thi đua, khen thưởng", 2023),
    ("Luật Khám bệnh, chữa bệnh", 2024), ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", 2026),
)  # fmt: skip


# --------------------------------------------------------------------------- targets

# (category, name, unit, lo, hi, decimals, wordings); units after the number; "%" sticks to it.
_Ind = tuple[str, str, str, int, int, int, str]
_INDICATORS: tuple[_Ind, ...] = (
    ("econ", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 50, 105, 1, "eq eq ge approx"),
    ("econ", "Cơ cấu kinh tế", "", 0, 0, 0, "share"),
    ("econ", "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "%", 60, 150, 1, "inc"),
    ("econ", "Chỉ số sản xuất công nghiệp (IIP)", "%", 60, 140, 1, "inc"),
    ("econ", "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản", "%", 20, 45, 1, "inc"),
    ("econ", "Giá trị xuất khẩu", "%", 50, 150, 1, "incsub"),
    ("econ", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "%", 70, 130, 1, "inc"),
    ("econ", "Tổng vốn đầu tư phát triển toàn xã hội", "%", 80, 150, 1, "inc base"),
    ("econ", "GRDP bình quân đầu người", "triệu đồng/người/năm", 45, 190, 0, "eq"),
    ("econ", "GRDP bình quân đầu người", "USD", 2000, 8500, 0, "gt"),
    ("econ", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 1500, 60000, 0, "eq"),
    ("econ", "Tỷ trọng kinh tế số trong GRDP", "%", 80, 250, 1, "eq ge approx"),
    ("econ", "Tỷ lệ đô thị hóa", "%", 200, 650, 1, "eq ge"),
    ("soc", "Tỷ lệ lao động qua đào tạo", "%", 600, 850, 1, "eqsub"),
    ("soc", "Tỷ lệ thất nghiệp ở thành thị", "%", 20, 40, 1, "lt"),
    ("soc", "tỷ lệ hộ nghèo (theo chuẩn mới)", "%", 3, 20, 1, "dec"),
    ("soc", "Tỷ lệ người lao động tham gia bảo hiểm xã hội", "%", 180, 500, 1, "eq"),
    ("soc", "Số xã đạt chuẩn nông thôn mới trong năm", "xã", 1, 15, 0, "eq"),
    ("soc", "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới", "đơn vị", 1, 3, 0,
     "eq"),
    ("soc", "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế", "%", 700, 1000, 1, "eq"),
    ("soc", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 8800, 9700, 2, "eq ge"),
    ("soc", "Tỷ lệ trường đạt chuẩn quốc gia", "%", 550, 950, 1, "eq"),
    ("soc", "Số bác sĩ trên một vạn dân", "bác sĩ", 9, 16, 0, "eq"),
    ("soc", "Số giường bệnh trên một vạn dân", "giường bệnh", 28, 40, 0, "eq"),
    ("soc", "Giải quyết việc làm mới", "lao động", 8000, 60000, 0, "eq"),
    ("soc", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", 100, 250, 1, "lt"),
    ("soc", "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú", "%", 40,
     120, 1, "eq"),
    ("soc", "Chỉ tiêu về văn hóa", "", 0, 0, 0, "culture"),
    ("env", "tỷ lệ che phủ rừng", "%", 150, 680, 1, "stable"),
    ("env", "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", "%", 900, 995, 1,
     "eq"),
    ("env", "Tỷ lệ dân số đô thị được sử dụng nước sạch", "%", 900, 1000, 1, "eq ge"),
    ("env", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", 880, 995, 1,
     "eq ge"),
    ("env", "Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt "
     "tiêu chuẩn môi trường", "%", 1000, 1000, 1, "eq"),
    ("env", "Diện tích trồng rừng tập trung", "ha", 500, 12000, 0, "eq"),
)  # fmt: skip
# a district's or commune's plan: without the province's own indicators (GRDP per head,
# exports …), its counts and amounts on its scale: (district, commune) ranges
_NOT_LOCAL = frozenset({
    "GRDP bình quân đầu người", "Giá trị xuất khẩu", "Chỉ số sản xuất công nghiệp (IIP)",
    "Tỷ trọng kinh tế số trong GRDP", "Tỷ lệ thất nghiệp ở thành thị",
    "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới",
    "Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn "
    "môi trường",
})  # fmt: skip
_NOT_COMMUNE = frozenset({
    "Số xã đạt chuẩn nông thôn mới trong năm", "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế",
    "Số bác sĩ trên một vạn dân", "Số giường bệnh trên một vạn dân", "Tỷ lệ đô thị hóa",
    "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú",
})  # fmt: skip
_NOT_URBAN = frozenset({  # a quận's or a phường's
    "tỷ lệ che phủ rừng", "Diện tích trồng rừng tập trung",
    "Số xã đạt chuẩn nông thôn mới trong năm",
    "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản",
    "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
})  # fmt: skip
_LOCAL_RANGES = {
    "Thu ngân sách nhà nước trên địa bàn": ((80, 1500), (2, 40)),
    "Giải quyết việc làm mới": ((800, 4000), (60, 400)),
    "Diện tích trồng rừng tập trung": ((50, 1500), (5, 120)),
    "Số xã đạt chuẩn nông thôn mới trong năm": ((1, 4), (1, 4)),  # not a commune's (above)
}
_PERCENT = re.compile(r"\d%")


def _local_indicator(ind: _Ind, unit: Unit) -> _Ind | None:
    """`ind` as a district's or commune's plan sets it, or None when it sets none."""
    cat, name, unit_text, lo, hi, dec, wordings = ind
    if name in _NOT_LOCAL or (not unit.is_district and name in _NOT_COMMUNE):
        return None
    if unit.kind in ("quận", "phường") and name in _NOT_URBAN:
        return None
    if name in _LOCAL_RANGES:
        lo, hi = _LOCAL_RANGES[name][0 if unit.is_district else 1]
    if name == "Tốc độ tăng trưởng kinh tế (GRDP)":  # GRDP is the province's aggregate
        name = "Tốc độ tăng trưởng kinh tế"
    return cat, name, unit_text, lo, hi, dec, wordings


_CATEGORY_HEADINGS = {
    "econ": ("Các chỉ tiêu kinh tế", "Về kinh tế"),
    "soc": ("Các chỉ tiêu xã hội", "Các chỉ tiêu về văn hóa - xã hội", "Về xã hội"),
    "env": ("Các chỉ tiêu về môi trường", "Các chỉ tiêu môi trường", "Về môi trường"),
}


# --------------------------------------------------------------------------- tasks

_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Về phát triển kinh tế", (
        "công tác quản lý nhà nước về quy hoạch, đất đai, xây dựng, tài nguyên, khoáng sản",
        "giải phóng mặt bằng, đầu tư xây dựng hạ tầng các khu, cụm công nghiệp để thu hút các "
        "nhà đầu tư",
        "phát triển công nghiệp chế biến, chế tạo, kinh tế số, kinh tế xanh, kinh tế tuần hoàn",
        "đối thoại giữa cơ quan nhà nước và doanh nghiệp để kịp thời tháo gỡ khó khăn, vướng "
        "mắc trong quá trình sản xuất, kinh doanh",
        "xúc tiến thương mại, mở rộng, đa dạng hóa thị trường tiêu dùng trong và ngoài nước",
        "giải ngân vốn đầu tư công ngay từ những ngày đầu, tháng đầu của năm",
    )),
    ("Phát triển nông nghiệp và xây dựng nông thôn mới", (
        "cơ cấu lại ngành nông nghiệp theo hướng nông nghiệp sinh thái, nông thôn hiện đại, "
        "nông dân văn minh",
        "phát triển các sản phẩm nông nghiệp chủ lực và sản phẩm OCOP gắn với ứng dụng công "
        "nghệ, chuyển đổi số",
        "phòng ngừa và kiểm soát dịch bệnh gia súc, gia cầm; chủ động ứng phó với biến đổi "
        "khí hậu, phòng, chống thiên tai",
        "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    )),
    ("Quản lý thu - chi ngân sách nhà nước", (
        "công tác quản lý thu, chi ngân sách, chống thất thu, nợ đọng thuế",
        "thu tiền sử dụng đất, tiền thuê đất ngay từ đầu năm",
        "kỷ luật, kỷ cương tài chính - ngân sách; quản lý chặt chẽ các khoản chi thường xuyên",
    )),
    ("Về văn hóa - xã hội", (
        "công tác giải quyết việc làm, giảm nghèo, bảo đảm an sinh xã hội",
        "công tác chăm sóc người có công với cách mạng",
        "giữ gìn và phát huy giá trị di sản, bản sắc văn hóa các dân tộc",
        "phát triển thể dục, thể thao quần chúng và thể thao thành tích cao",
        "phát triển du lịch gắn với bảo tồn văn hóa truyền thống",
    )),
    ("Về giáo dục và đào tạo", (
        "chất lượng giáo dục toàn diện phẩm chất, năng lực học sinh ở các cấp học",
        "đầu tư cơ sở vật chất, trang thiết bị trường học; thực hiện chuẩn hóa trong giáo dục",
        "công tác khuyến học, khuyến tài, xây dựng xã hội học tập",
    )),
    ("Công tác y tế, chăm sóc sức khỏe Nhân dân", (
        "chất lượng, hiệu quả hoạt động của mạng lưới y tế cơ sở, y tế dự phòng",
        "công tác bảo đảm an toàn vệ sinh thực phẩm",
        "chuyển đổi số trong toàn ngành y tế, hồ sơ sức khỏe điện tử, bệnh án điện tử",
    )),
    ("Khoa học, công nghệ và chuyển đổi số", (
        "ứng dụng khoa học, công nghệ, đổi mới sáng tạo trong sản xuất, kinh doanh",
        "xây dựng chính quyền số, kinh tế số, xã hội số",
        "cung cấp dịch vụ công trực tuyến toàn trình",
    )),
    ("Quản lý tài nguyên, môi trường và phát triển bền vững", (
        "các chương trình, dự án về bảo vệ môi trường, ứng phó với biến đổi khí hậu",
        "thu gom, phân loại, xử lý rác thải sinh hoạt tại nguồn",
        "thẩm định đánh giá tác động môi trường đối với các dự án đầu tư trên địa bàn",
        "bảo vệ và phát triển rừng, nâng cao giá trị kinh tế rừng",
    )),
    ("Cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước", (
        "cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh",
        "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
        "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
        "công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
    )),
    ("Quốc phòng, quân sự địa phương và an ninh chính trị, trật tự an toàn xã hội", (
        "công tác quốc phòng, quân sự địa phương; xây dựng nền quốc phòng toàn dân vững mạnh",
        "công tác phòng ngừa, đấu tranh các loại tội phạm, tệ nạn xã hội",
        "bảo đảm trật tự an toàn giao thông, phòng, chống cháy, nổ",
    )),
    ("Công tác đối ngoại và hội nhập quốc tế", (
        "hoạt động đối ngoại, hội nhập quốc tế trên tất cả các lĩnh vực",
        "quan hệ hợp tác với các địa phương nước ngoài; ngoại giao kinh tế",
    )),
)  # fmt: skip
_SUBTOPICS: dict[str, tuple[str, ...]] = {
    "Về phát triển kinh tế": (
        "Phát triển công nghiệp - xây dựng", "Phát triển thương mại, dịch vụ",
        "Thu hút đầu tư và phát triển kinh tế tư nhân", "Quản lý đất đai, quy hoạch",
    ),
    "Phát triển nông nghiệp và xây dựng nông thôn mới": (
        "Phát triển sản xuất nông, lâm nghiệp, thủy sản",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        "Phát triển lĩnh vực kinh tế tập thể",
    ),
    "Quản lý thu - chi ngân sách nhà nước": (
        "Quản lý thu ngân sách", "Quản lý chi ngân sách", "Giải ngân vốn đầu tư công",
    ),
    "Về văn hóa - xã hội": (
        "Giải quyết việc làm và công tác giảm nghèo, an sinh xã hội",
        "Phát triển văn hóa, thể dục thể thao và du lịch", "Về công tác dân tộc, tôn giáo",
    ),
    "Về giáo dục và đào tạo": (
        "Giáo dục phổ thông", "Giáo dục nghề nghiệp", "Phát triển đội ngũ nhà giáo",
    ),
    "Công tác y tế, chăm sóc sức khỏe Nhân dân": (
        "Y tế dự phòng", "Khám bệnh, chữa bệnh", "Dân số và phát triển",
    ),
    "Khoa học, công nghệ và chuyển đổi số": (
        "Hoạt động khoa học và công nghệ", "Chuyển đổi số", "Thông tin và truyền thông",
    ),
    "Quản lý tài nguyên, môi trường và phát triển bền vững": (
        "Quản lý tài nguyên", "Bảo vệ môi trường", "Ứng phó với biến đổi khí hậu",
    ),
    "Cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý nhà nước": (
        "Cải cách hành chính", "Thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo",
        "Phòng, chống tham nhũng, lãng phí",
    ),
    "Quốc phòng, quân sự địa phương và an ninh chính trị, trật tự an toàn xã hội": (
        "Quốc phòng, quân sự địa phương", "An ninh chính trị, trật tự an toàn xã hội",
    ),
    "Công tác đối ngoại và hội nhập quốc tế": ("Công tác đối ngoại", "Hội nhập quốc tế"),
}  # fmt: skip
_VERBS = (
    "Tập trung", "Tiếp tục", "Đẩy mạnh", "Tăng cường", "Nâng cao hiệu quả", "Quyết liệt thực hiện",
    "Chú trọng", "Triển khai đồng bộ", "Thực hiện tốt", "Quan tâm",
)  # fmt: skip
_TAILS = (
    "; kịp thời phát hiện và xử lý nghiêm các trường hợp vi phạm",
    " bảo đảm đúng quy định của pháp luật",
    "; kịp thời tháo gỡ các khó khăn, vướng mắc",
    ", góp phần hoàn thành các mục tiêu phát triển kinh tế - xã hội",
    " theo hướng thực chất, hiệu quả, bền vững",
    "; tăng cường kiểm tra, giám sát, đánh giá kết quả thực hiện",
    "",
)
_CITE_VERBS = (
    "Tiếp tục triển khai hiệu quả", "Triển khai thực hiện tốt", "Tập trung thực hiện các nhiệm vụ "
    "theo", "Xây dựng kế hoạch triển khai thực hiện", "Tổ chức quán triệt, thực hiện nghiêm",
)  # fmt: skip


# --------------------------------------------------------------------------- people

_FAMILY = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Đinh", "Lò", "Hà", "Triệu", "Mai",
)  # fmt: skip
_MIDDLE = ("Văn", "Thị", "Hoàng", "Minh", "Đức", "Quang", "Thanh", "Ngọc", "Xuân", "Hồng", "Anh")
_GIVEN = (
    "Sơn", "Hùng", "Dũng", "Thắng", "Hải", "Hương", "Lan", "Tuấn", "Bình", "Cường", "Thủy",
    "Phương", "Hà", "Long", "Nam", "Trung", "Quyết", "Thành", "Hoa", "Khải", "Đông", "Vượng",
)  # fmt: skip


def _person(key: str) -> str:
    """A name fixed by `key` (a council's chair stays the same for the whole term)."""
    r = Random(key)
    return f"{r.choice(_FAMILY)} {r.choice(_MIDDLE)} {r.choice(_GIVEN)}"


def _term(p: Province, unit: Unit | None, y: int) -> int:
    """A council's term number: fixed per province (XIII or XIV in 2016) or per district and
    commune (XIX to XXI in 2016), one more every five years; the communes formed on 1 July 2025
    started at I, and elected their second council in 2026."""
    start = 2016 if y < 2021 else 2021 if y < 2026 else 2026
    if unit is None:
        return p.first_term + (start - 2016) // 5
    if y >= 2025:
        return 1 if y == 2025 else 2
    return 19 + zlib.crc32(f"{p.slug}/{unit.slug}".encode()) % 3 + (start - 2016) // 5


def _year_end(p: Province, unit: Unit | None, y: int) -> tuple[int, int]:
    """(session number, day of December) of a council's year-end session: the province's
    first, then its districts', then their communes' (each plans after the level above)."""
    start = 2016 if y < 2021 else 2021 if y < 2026 else 2026
    k = max(0, y - start)  # 2015: the December before the first year
    cr = Random(f"{p.slug}:{y}")
    session = cr.randint(max(2, 2 + 5 * k), 4 + 7 * k)
    day = cr.randint(5, 20)
    if unit is None:
        return session, day
    above = _year_end(p, unit.district, y)[1] if unit.district else day
    ur = Random(f"{p.slug}/{unit.slug}:{y}")
    if y >= 2025:  # a commune formed on 1 July 2025: its first sessions that summer
        session = ur.randint(3, 6) if y == 2025 else ur.randint(2, 4)
    else:
        session = ur.randint(max(2, 2 + 5 * k), 4 + 7 * k)
    return session, above + ur.randint(2, 5)


def _council(lr: Random, prov: Province, year: int) -> tuple[Province, Unit | None]:
    """The council that passes a resolution: a quarter of them are district or commune councils
    (three in five of these districts, before 1 July 2025; communes and wards after), of a
    province whose units are listed (`prov` if it is one)."""
    if lr.random() >= 0.25:
        return prov, None
    units = UNITS_2025 if year >= 2025 else UNITS
    district = year < 2025 and lr.random() < 0.6
    having = [p for p, us in units.items() if any(u.is_district == district for u in us)]
    if prov not in having:
        prov = lr.choice(having)
    return prov, lr.choice([u for u in units[prov] if u.is_district == district])


# --------------------------------------------------------------------------- one document


class _Doc:
    """Builds one resolution. Blocks are paragraphs; `render` joins and adds the noise."""

    def __init__(
        self, rng: Random, prov: Province | None, year: int, number: int, unit: Unit | None = None
    ) -> None:
        self.rng = rng
        self.prov = prov  # None: a national body (Quốc hội or Chính phủ)
        self.unit = unit  # a district's or commune's council; None: the province's own
        self.year = year  # year of the document
        self.number = number
        self.md = rng.random() < 0.6
        self.bullets = rng.random() < 0.5
        self.new_law = year >= 2026 or (year == 2025 and rng.random() < 0.7)
        if unit is not None and year == 2025:  # a commune formed under the 2025 law
            self.new_law = True
        self.nested_prefix = rng.choice(("+ ", "  + ", "  - "))
        self.adopted = (year, 12, 31)  # (y, m, d), set by `header` once the date is drawn
        self.ident = f"{number}/NQ-HĐND"  # national bodies set theirs before `header`
        self.blocks: list[str] = []
        self.targets = 0
        self.tasks = 0

    @property
    def lv(self) -> str:
        """The council's level word: "tỉnh", "thành phố", "huyện", "xã" …"""
        assert self.prov is not None
        return self.unit.kind if self.unit else self.prov.level

    @property
    def full(self) -> str:
        """The council's unit: "tỉnh Thái Nguyên", "huyện Đại Từ"."""
        assert self.prov is not None
        return self.unit.full if self.unit else self.prov.full

    @property
    def commune(self) -> bool:
        return self.unit is not None and not self.unit.is_district

    # ---- output helpers
    def add(self, text: str) -> None:
        self.blocks.append(text)

    def heading(self, text: str) -> None:
        if self.md:
            r = self.rng
            marks = r.choice(("", "## ", "### ", "#### ", "##### "))
            em = r.choice(("", "**", "**", "***")) if marks or r.random() < 0.8 else ""
            text = f"{marks}{em}{text}{em}"
        self.add(text)

    def bold(self, text: str) -> str:
        return f"**{text}**" if self.md else text

    def basis(self, text: str) -> None:
        self.add(f"*{text}*" if self.md and self.italic_bases else text)

    def items(self, lines: list[str], nested: bool = False) -> list[str]:
        if not nested:
            return ["- " + line for line in lines]
        prefix = "  - + " if self.md else self.nested_prefix
        return [prefix + line for line in lines]

    # ---- parts
    def build(self, government: bool = False) -> str:
        """The whole text; `government` picks Chính phủ over Quốc hội for a national body."""
        self.italic_bases = self.rng.random() < 0.5
        if self.prov is None:
            self.national(government)
        else:
            self.council()
        return self.render()

    def council(self) -> None:
        """A resolution of a province's council, or of a district's or commune's."""
        r, p, y, unit = self.rng, self.prov, self.year, self.unit
        assert p is not None
        lv, full = self.lv, self.full
        term = _term(p, unit, y)
        # one session and one adoption day per council and year: every resolution of the
        # council that year passed at the same year-end session
        session, day = _year_end(p, unit, y)
        month = 12
        # one resolution in twelve passed at a special session, mid-year: thematic or
        # extraordinary, mostly unnumbered (its own draw: the rest of the text is unchanged)
        key = f"{p.slug}/{unit.slug}" if unit else p.slug
        sr = Random(f"{key}:{y}:{self.number}:special")
        special = sr.choice(("CHUYÊN ĐỀ", "BẤT THƯỜNG")) if sr.random() < 1 / 12 else None
        numbered = special is None or sr.random() < 0.3
        if special is not None:
            day, month = sr.randint(5, 25), sr.randint(6, 9)
            if unit is not None and y == 2025:  # the new communes sit from 1 July 2025
                month = max(month, 7)
        council = f"HỘI ĐỒNG NHÂN DÂN {full.upper()}"
        # half the districts' headers put their province's line over the council ("TỈNH CÀ MAU"
        # / "HỘI ĐỒNG NHÂN DÂN HUYỆN U MINH"), as Decree 30 sets the body above over the issuer
        # (its own draw: the rest of the text is unchanged)
        above = None
        if (
            unit is not None
            and unit.is_district
            and Random(f"{key}:{y}:{self.number}:above").random() < 0.5
        ):
            above = p.full.upper()
        self.header(council, unit.name if unit else p.place, day, month, above)
        target_year = y + 1
        title_kind = r.randrange(4)
        if title_kind == 0:
            title = (
                f"Về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {y}; "
                f"mục tiêu, nhiệm vụ phát triển kinh tế - xã hội {full} năm {target_year}"
            )
        elif title_kind == 1:
            title = f"Về kế hoạch phát triển kinh tế - xã hội năm {target_year}"
        elif title_kind == 2:
            title = f"Về nhiệm vụ phát triển kinh tế - xã hội năm {target_year} của {full}"
        else:
            title = (
                f"Về mục tiêu, nhiệm vụ và giải pháp phát triển kinh tế - xã hội, bảo đảm quốc "
                f"phòng, an ninh năm {target_year}"
            )
        self.title(title)
        words = r.random() < 0.75
        sess = _ordinal(session) if words else str(session)
        held = f"KỲ HỌP THỨ {sess.upper()}"  # as the enacting-body line says it
        said = f"Kỳ họp thứ {sess}"  # as the adoption statement says it
        if special is not None and numbered:
            held, said = f"{held} ({special})", f"{said} ({special.lower()})"
        elif special is not None:
            held, said = f"KỲ HỌP {special}", f"Kỳ họp {special.lower()}"
        enact = f"{council} KHÓA {_roman(term)}, {held}"
        if self.md:
            self.heading(enact)
        else:
            self.add(f"{council}\nKHÓA {_roman(term)}, {held}")

        self.legal_bases(y)
        if unit is not None:
            self.superior_bases(p, unit)
        self.considered(y, (day, month), session, term, words)
        formula_text = f"Hội đồng nhân dân ban hành Nghị quyết {title[0].lower()}{title[1:]}."
        if self.new_law and r.random() < 0.5:
            formula_text = formula_text.replace("dân ban", f"dân {lv} ban", 1)
        no_articles = r.random() < 0.15
        if self.new_law:
            self.add(formula_text)
        else:
            self.heading("QUYẾT NGHỊ:")
        if no_articles:
            self.body_without_articles(y, target_year)
        else:
            n_art = self.body_with_articles(y, target_year)
            self.heading(f"Điều {n_art}. Tổ chức thực hiện")
            self.implementation()
        adopted = (
            f"Nghị quyết này đã được Hội đồng nhân dân {full} Khóa {_roman(term)}, "
            f"{said} thông qua ngày {_date(day, month, y)[5:]}"
        )
        adopted += r.choice(("./.", " và có hiệu lực từ ngày thông qua./.", "./."))
        self.add(adopted)
        self.recipients(term)
        chair = _person(f"{key}:{term}:chair")
        if r.random() < 0.8:
            self.signature("TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", chair)
        else:
            self.signature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", _person(f"{key}:{term}:vice"))

    def national(self, government: bool) -> None:
        r, y = self.rng, self.year
        if not government:  # Quốc hội: the plan for the next year, at the autumn session
            term = 14 if y < 2021 else 15 if y < 2026 else 16
            session = {0: 2, 1: 4, 2: 6, 3: 8, 4: 10}[(y - 2016) % 5]
            day = Random(f"qh:{y}").randint(8, 16)
            self.ident = f"{self.number}/{y}/QH{term}"
            self.header("QUỐC HỘI", "Hà Nội", day, 11)
            self.title(f"Về Kế hoạch phát triển kinh tế - xã hội năm {y + 1}")
            self.heading("QUỐC HỘI")
            self.basis("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
            law = "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13"
            if y >= 2021:
                law += " đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14"
            self.basis(law + ";")
            self.basis(
                f"Trên cơ sở xem xét Báo cáo số {r.randint(300, 700)}/BC-CP "
                f"{_date(r.randint(1, 25), 10, y)} của Chính phủ về tình hình kinh tế - xã hội "
                f"năm {y} và dự kiến Kế hoạch phát triển kinh tế - xã hội năm {y + 1}; Báo cáo "
                f"thẩm tra của Ủy ban Kinh tế; ý kiến của đại biểu Quốc hội;"
            )
            self.heading("QUYẾT NGHỊ:")
            n_art = self.body_with_articles(y, y + 1, national=True)
            self.heading(f"Điều {n_art}. Tổ chức thực hiện")
            self.add(
                "Chính phủ, các cơ quan, tổ chức hữu quan, trong phạm vi nhiệm vụ, quyền hạn "
                "của mình, tổ chức thực hiện thắng lợi Nghị quyết của Quốc hội. Ủy ban Thường vụ "
                "Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội "
                "và đại biểu Quốc hội giám sát việc thực hiện Nghị quyết này."
            )
            self.add(
                f"Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa "
                f"{_roman(term)}, kỳ họp thứ {session} thông qua ngày {_date(day, 11, y)[5:]}."
            )
            chair = (
                "Nguyễn Thị Kim Ngân"
                if y < 2021
                else "Vương Đình Huệ"
                if y < 2024
                else ("Trần Thanh Mẫn")
            )
            self.signature("", "CHỦ TỊCH QUỐC HỘI", chair)
        else:  # Chính phủ: Resolution 01 of January on carrying out the year's plan
            day = Random(f"cp:{y}").randint(1, 8)
            self.ident = f"{self.number:02d}/NQ-CP"
            self.header("CHÍNH PHỦ", "Hà Nội", day, 1)
            self.title(
                "Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội "
                f"và Dự toán ngân sách nhà nước năm {y}"
            )
            self.heading("CHÍNH PHỦ")
            self.basis("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;")
            if y >= 2020:
                self.basis(
                    "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật "
                    "Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
                )
            self.basis(
                f"Căn cứ Nghị quyết số {r.randint(20, 130)}/{y - 1}/QH{14 if y <= 2021 else 15} "
                f"{_date(r.randint(8, 16), 11, y - 1)} của Quốc hội về Kế hoạch phát triển kinh "
                f"tế - xã hội năm {y};"
            )
            self.basis(
                "Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng "
                f"Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 12 năm {y - 1},"
            )
            self.heading("QUYẾT NGHỊ:")
            self.body_with_articles(y - 1, y, national=True)
            self.add(
                "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, "
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách "
                "nhiệm thi hành Nghị quyết này."
            )
            pm = "Nguyễn Xuân Phúc" if y <= 2021 else "Phạm Minh Chính"
            self.signature("TM. CHÍNH PHỦ", "THỦ TƯỚNG", pm)

    def header(self, body: str, place: str, day: int, month: int, above: str | None = None) -> None:
        r = self.rng
        self.adopted = (self.year, month, day)
        ident = self.ident
        motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        motto2 = "Độc lập - Tự do - Hạnh phúc"
        words = body.split(" ")
        split = 4 if len(words) > 4 and words[:4] == ["HỘI", "ĐỒNG", "NHÂN", "DÂN"] else len(words)
        body_lines = [" ".join(words[:split]), " ".join(words[split:])]
        body_lines = [b for b in [above or "", *body_lines] if b]
        style = r.randrange(3) if self.md else 3
        if style == 1:  # like seed 94: bold blocks with hard line breaks
            self.add("**" + "  \n".join(body_lines) + "**")
            self.add(f"**{motto}  \n{motto2}**")
        elif style == 2:
            self.add(f"| {' '.join(body_lines)} | {motto} |\n|---|---|\n| | {motto2} |")
        elif style == 3:  # plain text from a PDF: the two columns one after the other
            self.add("\n".join(body_lines))
            if r.random() < 0.5:
                self.add("-------")
            self.add(f"{motto}\n{motto2}")
        # style 0, like seed 112: the conversion lost the header
        self.add(f"Số: {ident}")
        self.add(f"{place}, {_date(day, month, self.year)}")

    def title(self, title: str) -> None:
        self.heading("NGHỊ QUYẾT")
        if self.md and ";" in title and self.rng.random() < 0.5:
            title = title.replace("; ", ";  \n", 1)
        if self.md and self.rng.random() < 0.4:
            title = f"**{title}**"
        self.add(title)

    def legal_bases(self, y: int) -> None:
        r = self.rng
        bases: list[str] = []
        if self.new_law:
            bases.append("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;")
            bases.append(
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"
                + (
                    " được sửa đổi, bổ sung một số điều theo Luật số 87/2025/QH15;"
                    if r.random() < 0.5
                    else ";"
                )
            )
            if r.random() < 0.15:
                bases.append(
                    "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 "
                    "tháng 11 năm 2015;"
                )
            for b in bases:
                self.basis(b)
            return
        # an amending law stands on its own line ("Căn cứ Luật Sửa đổi, bổ sung …") or after
        # the law it amends, in the same line ("…; Luật sửa đổi, bổ sung … ngày …;")
        joined = r.random() < 0.4

        def based_on(law: str, amending: str | None) -> None:
            if amending is None:
                bases.append(f"Căn cứ {law};")
            elif joined:
                bases.append(f"Căn cứ {law}; Luật {amending};")
            else:
                bases.extend([f"Căn cứ {law};", f"Căn cứ Luật S{amending[1:]};"])

        based_on(
            "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
            "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
            "quyền địa phương ngày 22 tháng 11 năm 2019"
            if y >= 2020
            else None,
        )
        if r.random() < 0.4:
            based_on(
                "Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015",
                "sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật "
                "ngày 18 tháng 6 năm 2020"
                if self.adopted > (2020, 6, 18) and r.random() < 0.6
                else None,
            )
            if r.random() < 0.5:
                decree = "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của "
                decree += "Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật "
                decree += "Ban hành văn bản quy phạm pháp luật"
                if y >= 2021:
                    decree += (
                        "; Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính "
                        "phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP"
                    )
                bases.append(decree + ";")
        if r.random() < 0.15:
            bases.append(
                "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng "
                "11 năm 2015;"
            )
        if r.random() < 0.3:
            budget = "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015"
            if self.adopted >= (2024, 12, 1) and r.random() < 0.7:  # Law 56/2024/QH15
                budget += (
                    " được sửa đổi, bổ sung bởi Luật số 56/2024/QH15"
                    if r.random() < 0.5
                    else "; Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế "
                    "toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý, sử "
                    "dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự "
                    "trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024"
                )
            if y >= 2018 and r.random() < 0.3:
                budget += "; Luật Quản lý, sử dụng tài sản công ngày 21 tháng 6 năm 2017"
            bases.append(budget + ";")
        if y >= 2020 and r.random() < 0.25:
            investment = "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019"
            if y >= 2022 and r.random() < 0.5:  # Law 03/2022/QH15
                investment += (
                    "; Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo "
                    "phương thức đối tác công tư, Luật Đầu tư, Luật Nhà ở, Luật Đấu thầu, Luật "
                    "Điện lực, Luật Doanh nghiệp, Luật Thuế tiêu thụ đặc biệt và Luật Thi hành "
                    "án dân sự ngày 11 tháng 01 năm 2022"
                )
            bases.append(investment + ";")
        if y >= 2018 and r.random() < 0.2:
            bases.append("Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;")
        if r.random() < 0.08:
            staff = "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008"
            if y >= 2020:
                staff += (
                    "; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật "
                    "Viên chức ngày 25 tháng 11 năm 2019"
                )
            bases.append(staff + ";")
        if r.random() < 0.05:
            bases.append("Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;")
        for b in bases:
            self.basis(b)

    def superior_bases(self, p: Province, unit: Unit) -> None:
        """What a district's or commune's council rests on besides the laws: the plan its
        province (and, before 2025, its district) passed for the same year, and the budget the
        province's committee assigned; all dated before this council's session. Their numbers
        are fixed per council and year, clear of the province's numbers elsewhere in the corpus
        (40-320) and in the texts (1-40)."""
        r, y = self.rng, self.year
        adopted = self.adopted
        day = _year_end(p, None, y)[1]
        py = y + 1  # the plan year of the province's resolution it rests on
        if (y, 12, day) >= adopted:  # a special session mid-year: last December's plan
            py, day = y, _year_end(p, None, y - 1)[1]
        province = f"Hội đồng nhân dân {p.full}"
        plans = (
            f"kế hoạch phát triển kinh tế - xã hội năm {py}",
            f"mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm {py}",
        )
        fixed = Random(f"{p.slug}:{py - 1}:plan")  # the same in every text that cites them
        number, budget, plan = fixed.randint(330, 399), fixed.randint(400, 999), fixed.choice(plans)
        self.basis(
            f"Căn cứ Nghị quyết số {number}/NQ-HĐND {_date(day, 12, py - 1)} của {province} về "
            f"{plan};"
        )
        if (py - 1, 12, day + 1) < adopted and r.random() < 0.5:
            self.basis(
                f"Căn cứ Quyết định số {budget}/QĐ-UBND {_date(day + 1, 12, py - 1)} của Ủy ban "
                f"nhân dân {p.full} về việc giao dự toán ngân sách nhà nước năm {py};"
            )
        if unit.district is not None and r.random() < 0.6:
            dday = _year_end(p, unit.district, py - 1)[1]
            fixed = Random(f"{p.slug}/{unit.district.slug}:{py - 1}:plan")
            number, plan = fixed.randint(1, 19), fixed.choice(plans)
            if (py - 1, 12, dday) < adopted:
                self.basis(
                    f"Căn cứ Nghị quyết số {number}/NQ-HĐND {_date(dday, 12, py - 1)} của Hội "
                    f"đồng nhân dân {unit.district.full} về {plan};"
                )

    def considered(
        self, y: int, held: tuple[int, int], session: int, term: int, words: bool
    ) -> None:
        r = self.rng
        day, month = held  # of the session: the reports come before it
        lv = self.lv
        start = y - (y - 1) % 5  # first year of the term: 2016, 2021, 2026
        # a district's or commune's own committee, often by its level word alone
        ubnd = f"Ủy ban nhân dân {self.full}"
        if self.unit is not None and r.random() < 0.5:
            ubnd = f"Ủy ban nhân dân {lv}"
        rd = r.randint(max(1, day - 2), 28) if r.random() < 0.3 else r.randint(5, 28)
        rm = month if rd < day and r.random() < 0.3 else month - 1
        subject = (
            f"kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {y}; mục tiêu, nhiệm "
            f"vụ phát triển kinh tế - xã hội năm {y + 1}"
        )
        report = (
            f"Báo cáo số {r.randint(100, 420)}/BC-UBND {_date(rd, rm, y)} của {ubnd} về {subject}"
        )
        submission = (
            f"Tờ trình số {r.randint(60, 260)}/TTr-UBND {_date(rd, rm, y)} của {ubnd} về việc đề "
            f"nghị thông qua {subject}"
        )
        committee = "Ban Kinh tế - Xã hội" if self.unit else "Ban Kinh tế - Ngân sách"
        committees = lv if self.unit is None else self.full  # see `implementation`
        parts = [
            r.choice(
                (
                    f"Báo cáo thẩm tra của các Ban Hội đồng nhân dân {committees}",
                    f"Báo cáo thẩm tra của {committee} Hội đồng nhân dân {lv}",
                )
            )
        ]
        if r.random() < 0.35:
            sess = _ordinal(session) if words else str(session)
            parts.append(
                f"Báo cáo số {r.randint(100, 420)}/BC-UBND {_date(max(1, day - 1), month, y)} của "
                f"{ubnd} về giải trình, làm rõ một số nội dung trình Kỳ họp thứ {sess}, Hội đồng "
                f"nhân dân {lv} Khóa {_roman(term)}, nhiệm kỳ {start} - {start + 5}"
            )
        opinion = f"ý kiến thảo luận của đại biểu Hội đồng nhân dân {lv} tại kỳ họp"
        if self.new_law:
            self.basis(f"Trên cơ sở xem xét {submission}; " + "; ".join(parts) + f"; {opinion};")
        elif r.random() < 0.8:
            self.basis(f"Sau khi nghe {report};")
            self.basis(f"Xét {submission}; " + "; ".join(parts) + f"; {opinion}.")
        else:
            self.basis(f"Xét {submission}; {report}; " + "; ".join(parts) + f"; {opinion}.")

    # ---- body
    def body_with_articles(self, y: int, ty: int, national: bool = False) -> int:
        """Articles 1.. up to the targets and tasks; returns the number of the next article."""
        r = self.rng
        where = self.full if self.prov else ""
        n = 1
        if not national and r.random() < 0.85:
            self.add(
                f"{self.bold('Điều 1.')} Thông qua kết quả thực hiện nhiệm vụ phát triển kinh tế "
                f"- xã hội năm {y} nêu trong báo cáo của Ủy ban nhân dân {self.lv} trình tại kỳ "
                f"họp."
            )
            n = 2
        if r.random() < 0.5 and not national:
            self.add(
                f"{self.bold(f'Điều {n}.')} Thông qua mục tiêu, nhiệm vụ phát triển kinh tế - xã "
                f"hội năm {ty} của {where} với các mục tiêu, chỉ tiêu, nhiệm vụ giải pháp chủ "
                f"yếu sau:"
            )
            self.heading("I. Mục tiêu và các chỉ tiêu chủ yếu")
            self.objective(ty)
            self.targets_block(ty, "2")
            self.heading(
                r.choice(
                    (
                        "II. Nhiệm vụ và giải pháp chủ yếu",
                        "II. Nhiệm vụ và các giải pháp phát triển ngành, lĩnh vực",
                    )
                )
            )
            self.tasks_block(ty)
            return n + 1
        # targets and tasks in two articles
        self.heading(f"Điều {n}. Mục tiêu và các chỉ tiêu chủ yếu năm {ty}")
        self.objective(ty)
        self.targets_block(ty, "2")
        self.heading(f"Điều {n + 1}. Nhiệm vụ và giải pháp chủ yếu")
        self.tasks_block(ty)
        return n + 2

    def body_without_articles(self, y: int, ty: int) -> None:
        self.heading("I. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU")
        self.objective(ty)
        self.targets_block(ty, "2")
        self.heading("II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU")
        self.tasks_block(ty)
        self.heading("III. TỔ CHỨC THỰC HIỆN")
        self.implementation()

    def objective(self, ty: int) -> None:
        r = self.rng
        self.heading("1. Mục tiêu")
        start = "Phần đầu" if r.random() < 0.1 else "Phấn đấu"
        plan = "2016 - 2020" if ty <= 2020 else "2021 - 2025" if ty <= 2025 else "2026 - 2030"
        self.add(
            f"{start} đạt kết quả cao nhất các mục tiêu, chỉ tiêu của Kế hoạch phát triển kinh tế "
            f"- xã hội 5 năm {plan} đã đề ra. Trong đó, chú trọng ưu tiên thúc đẩy tăng trưởng "
            "kinh tế; đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh; bảo "
            "đảm an sinh xã hội, nâng cao đời sống vật chất và tinh thần của Nhân dân; củng cố, "
            "tăng cường quốc phòng, an ninh, giữ vững an ninh chính trị, trật tự an toàn xã hội."
        )

    def targets_block(self, ty: int, num: str) -> None:
        r = self.rng
        self.heading(f"{num}. Các chỉ tiêu chủ yếu" + (f" năm {ty}" if r.random() < 0.5 else ""))
        unit = self.unit
        want = r.randint(*(12, 24) if self.commune else (15, 30))  # a commune's plan is shorter
        pools: dict[str, list[_Ind]] = {"econ": [], "soc": [], "env": []}
        for ind in _INDICATORS:
            if ind[1].startswith("Số đơn vị cấp huyện") and ty > 2025:
                continue
            local = ind if unit is None else _local_indicator(ind, unit)
            if local is not None:
                pools[ind[0]].append(local)
        # every category keeps its first (headline) indicator; the rest are drawn
        chosen = {c: [lst[0]] for c, lst in pools.items()}
        rest = [ind for lst in pools.values() for ind in lst[1:]]
        r.shuffle(rest)
        count = 3
        for ind in rest:
            if count >= want:
                break
            if ind[1] == "GRDP bình quân đầu người" and any(i[1] == ind[1] for i in chosen[ind[0]]):
                continue
            chosen[ind[0]].append(ind)
            count += {"share": 3, "culture": 3, "eqsub": 2, "incsub": 2}.get(ind[6], 1)
        labels = r.choice((("a)", "b)", "c)"), ("a.", "b.", "c."), ("2.1.", "2.2.", "2.3.")))
        cats = ("econ", "soc", "env")
        lines: dict[str, list[str]] = {}
        for cat in cats:
            order = {ind: i for i, ind in enumerate(pools[cat])}
            chosen[cat].sort(key=order.__getitem__)
            lines[cat] = [line for ind in chosen[cat] for line in self.target_lines(ind, ty)]
        # a quarter of the Markdown texts of councils give some categories as tables (as
        # converted from the PDF): the economic ones, the social ones or all three; with a
        # column of units, or the units in the cells when the lists left would not say "%" ten
        # times
        tables: tuple[str, ...] = ()
        if self.md and self.prov is not None and r.random() < 0.25:
            roll = r.random()
            tables = ("econ",) if roll < 0.45 else ("soc",) if roll < 0.7 else cats
        listed = sum(len(_PERCENT.findall(ln)) for c in cats if c not in tables for ln in lines[c])
        heads = self.table_heads(ty, with_units=listed >= 10) if tables else []
        for label, cat in zip(labels, cats, strict=True):
            self.heading(f"{label} {r.choice(_CATEGORY_HEADINGS[cat])}")
            if cat in tables:
                self.add(self.targets_table(chosen[cat], heads))
                continue
            # a page break may fall inside the list: blank lines, then the list goes on
            found = lines[cat]
            if len(found) > 6 and r.random() < 0.15:
                cut = r.randint(3, len(found) - 2)
                self.add("\n".join(found[:cut]) + "\n\n\n")
                self.add("\n".join(found[cut:]))
            else:
                self.add("\n".join(found))

    def table_heads(self, ty: int, with_units: bool) -> list[str]:
        """The first row of a document's tables of targets: "STT | Chỉ tiêu | Đơn vị tính |
        Thực hiện năm 2024 | Kế hoạch năm 2025", or without the units' column."""
        r = self.rng
        done = r.choice((f"Thực hiện năm {ty - 1}", f"Ước thực hiện năm {ty - 1}",
                         f"Ước thực hiện {ty - 1}"))  # fmt: skip
        plan = r.choice((f"Kế hoạch năm {ty}", f"Kế hoạch {ty}", f"Mục tiêu năm {ty}"))
        heads = [r.choice(("STT", "TT")), r.choice(("Chỉ tiêu", "Các chỉ tiêu chủ yếu"))]
        heads += [r.choice(("Đơn vị tính", "ĐVT"))] if with_units else []
        return [*heads, done, plan]

    def targets_table(self, inds: list[_Ind], heads: list[str]) -> str:
        """A Markdown table of targets under `heads`, one row an indicator (the units in a
        column of their own or in the cells); shares and the cultural sub-items stay out."""
        with_units = len(heads) == 5
        rows = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        for ind in inds:
            if ind[6] in ("share", "culture"):
                continue
            cells = self.table_cells(ind, with_units)
            rows.append(f"| {len(rows) - 1} | " + " | ".join(cells) + " |")
            self.targets += 1
        return "\n".join(rows)

    def table_cells(self, ind: _Ind, with_units: bool) -> list[str]:
        """The cells of one row after its number: indicator, [unit], last year's, the plan."""
        r = self.rng
        _cat, name, unit, lo, hi, dec, wordings = ind
        wording = r.choice(wordings.split())
        v = r.randint(lo, hi)
        step = (hi - lo) // 8 + 1  # last year's: a little short of the plan (above, if a ceiling)
        last = (
            r.randint(v, min(hi, v + step)) if wording == "lt" else r.randint(max(lo, v - step), v)
        )

        def q(x: int) -> str:  # a value in its cell
            text = f"{x:02d}" if unit in ("xã", "đơn vị") and x < 10 else _num(x, dec)
            if with_units:
                return text
            return f"{text}%" if unit == "%" else f"{text} {unit}"

        shown, done, planned = unit, q(last), q(v)
        if wording in ("ge", "stable"):
            planned = "≥ " + q(v) if with_units or r.random() < 0.5 else f"Từ {q(v)} trở lên"
        elif wording == "lt":
            planned = r.choice(("< ", "Dưới ")) + q(v)
        elif wording == "gt":
            planned = r.choice(("> ", "Trên ")) + q(v)
        elif wording == "approx":
            upper = v + r.choice((5, 10)) * 10 ** max(0, dec - 1)
            planned = f"{_num(v, dec)} - {q(upper)}"
            if not with_units:
                planned = "Khoảng " + planned
        elif wording in ("inc", "base", "incsub"):
            if with_units and r.random() < 0.5:
                shown = "% tăng"  # "| % tăng | 10,2 | 12,5 |": growth rates
            else:
                done, planned = "Tăng " + done, "Tăng " + planned
        elif wording == "dec":
            if with_units and r.random() < 0.7:
                shown = "% giảm"  # "| Tỷ lệ hộ nghèo | % giảm | 1,2 | 1,5 |": a fall
            else:
                done, planned = "Giảm " + done, "Giảm " + planned
        return [name[0].upper() + name[1:], *([shown] if with_units else []), done, planned]

    def target_lines(self, ind: _Ind, ty: int) -> list[str]:
        r = self.rng
        _cat, name, unit, lo, hi, dec, wordings = ind
        end = r.choice((".", ".", ";", ""))

        def q(v: int) -> str:
            text = _num(v, dec)
            if unit in ("xã", "đơn vị") and v < 10:
                text = f"{v:02d}"
            return f"{text}%" if unit == "%" else f"{text} {unit}"

        wording = r.choice(wordings.split())
        v = r.randint(lo, hi)
        colon = r.random() < 0.5
        self.targets += 1
        if wording == "share":
            ind_ = r.randint(250, 620)
            agr = r.randint(40, min(380, 1000 - ind_ - 150))
            svc = 1000 - ind_ - agr
            parts = [
                ("Công nghiệp, xây dựng", ind_),
                (
                    r.choice(
                        (
                            "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm",
                            "Dịch vụ",
                            "Dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm",
                        )
                    ),
                    svc,
                ),
                ("Nông, lâm nghiệp, thủy sản", agr),
            ]
            self.targets += 2
            sub = [f"{label}: {_num(x, 1)}%{end}" for label, x in parts]
            return [f"- {name}:", *self.items(sub, nested=True)]
        if wording == "culture":
            self.targets += 2
            sub = [
                f"Tỷ lệ gia đình văn hóa đạt từ {r.randint(85, 95)}% trở lên{end}",
                f"Tỷ lệ thôn, làng, tổ dân phố văn hóa đạt từ {r.randint(80, 93)}% trở lên{end}",
                f"Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa đạt từ {r.randint(88, 97)}% trở lên{end}",
            ]
            if r.random() < 0.5:
                sub = [s.replace(" đạt từ", ": Từ", 1) for s in sub]
            return [f"- {name}:", *self.items(sub, nested=True)]
        if wording == "eq":
            text = f"{name}: {q(v)}" if colon else f"{name} đạt {q(v)}"
        elif wording == "eqsub":
            self.targets += 1
            part = r.randint(250, min(v - 50, 450))
            text = (
                f"{name}: {q(v)}, trong đó có bằng cấp, chứng chỉ: {q(part)}"
                if colon
                else f"{name} đạt {q(v)}, trong đó có bằng cấp, chứng chỉ đạt {q(part)}"
            )
        elif wording == "lt":
            text = f"{name}: Dưới {q(v)}" if colon else f"{name} dưới {q(v)}"
        elif wording == "gt":
            text = f"{name}: Trên {q(v)}" if colon else f"{name} trên {q(v)}"
        elif wording == "ge":
            text = f"{name}: Từ {q(v)} trở lên" if colon else f"{name} đạt từ {q(v)} trở lên"
        elif wording == "approx":
            upper = v + r.choice((5, 10)) * 10 ** max(0, dec - 1)
            text = (
                f"{name}: khoảng {_num(v, dec)} - {q(upper)}"
                if colon
                else f"{name} đạt khoảng {_num(v, dec)} - {q(upper)}"
            )
        elif wording in ("inc", "base"):
            text = f"{name}: Tăng {q(v)}" if colon else f"{name} tăng {q(v)}"
            if wording == "base" or r.random() < 0.2:
                text += f" so với {r.choice(('', 'thực hiện '))}năm {ty - 1}"
        elif wording == "incsub":
            self.targets += 1
            text = (
                f"{name}: Tăng {q(v)}, trong đó xuất khẩu địa phương tăng "
                f"{q(r.randint(lo, hi))} so với thực hiện năm {ty - 1}"
            )
        elif wording == "dec":
            text = (
                f"Giảm {name}: Từ {q(v)} trở lên"
                if colon
                else f"Giảm {name} {r.choice(('từ ', 'bình quân '))}{q(v)}"
                + (" trở lên" if r.random() < 0.5 else "")
            )
        else:  # stable
            text = (
                f"Ổn định {name}: Từ {q(v)} trở lên"
                if colon
                else f"Ổn định {name} từ {q(v)} trở lên"
            )
        return [f"- {text}{end}"]

    def tasks_block(self, ty: int) -> None:
        r = self.rng
        want = r.randint(*(12, 28) if self.commune else (15, 40))  # a commune's plan is shorter
        topics = sorted(r.sample(range(len(_TOPICS)), r.randint(4, min(8, len(_TOPICS)))))
        nested = r.random() < 0.35  # "1. Lĩnh vực …" / "1.1. …" like seed 94
        per = [want // len(topics)] * len(topics)
        for i in range(want % len(topics)):
            per[i] += 1
        for t_i, (topic_idx, count) in enumerate(zip(topics, per, strict=True), start=1):
            heading, objects = _TOPICS[topic_idx]
            if nested and count >= 3:
                self.heading(f"{t_i}. {heading}")
                subs = [count // 2, count - count // 2]
                names = r.sample(_SUBTOPICS[heading], 2)
                for s_i, (sub, name) in enumerate(zip(subs, names, strict=True), start=1):
                    self.heading(f"{t_i}.{s_i}. {name}")
                    for _ in range(sub):
                        self.task(ty, objects)
            else:
                self.heading(f"{t_i}. {heading}")
                for _ in range(count):
                    self.task(ty, objects)

    def task(self, ty: int, objects: tuple[str, ...]) -> None:
        r = self.rng
        self.tasks += 1
        picked = r.sample(objects, min(len(objects), r.randint(1, 3)))
        sentences = [f"{r.choice(_VERBS)} {picked[0]}{r.choice(_TAILS)}."]
        sentences += [f"{r.choice(_VERBS)} {obj}{r.choice(_TAILS)}." for obj in picked[1:]]
        roll = r.random()
        if roll < 0.35:
            usable = [c for c in _CITED if (c.date[2], c.date[1], c.date[0]) < self.adopted]
            if usable:
                sentences.append(f"{r.choice(_CITE_VERBS)} {r.choice(usable).cite(r)}.")
        elif roll < 0.5:
            laws = [name for name, since in _LAWS if ty >= since]
            law = r.sample(laws, r.randint(1, 3))
            sentences.append(
                f"Tập trung triển khai kịp thời, hiệu quả {', '.join(law)} và các văn bản hướng "
                "dẫn thi hành."
            )
        elif roll < 0.65:
            sentences.append(f"Triển khai có hiệu quả {self.programme(ty)}.")
        elif roll < 0.72 and self.prov is not None:
            num = r.randint(1, 40)
            year = r.randint(max(2016, ty - 6), ty - 1)
            d, m = r.randint(1, 28), r.randint(1, 12)
            # the province's, named in full in a district's or commune's text
            of = self.prov.full if self.unit else self.prov.level
            if r.random() < 0.5:
                ref = (
                    f"Nghị quyết số {num:02d}/{year}/NQ-HĐND {_date(d, m, year)} của Hội đồng "
                    f"nhân dân {of} quy định chính sách hỗ trợ phát triển sản xuất trên địa bàn "
                    f"{self.prov.full}"
                )
            else:
                ref = (
                    f"Nghị quyết số {num:02d}-NQ/TU {_date(d, m, year)} của Ban Chấp hành Đảng bộ "
                    f"{of} về chuyển đổi số {self.prov.full} đến năm 2025, định hướng đến năm 2030"
                )
            sentences.append(f"Thực hiện có hiệu quả {ref}.")
        if r.random() < 0.15 and self.prov is not None and not self.commune:
            lower = "cấp xã" if ty > 2025 else "cấp huyện"
            peers = "các sở, ngành"
            if self.unit is not None:  # a district's communes, with its offices
                lower, peers = "cấp xã", "các phòng, ban chuyên môn"
            sentences.append(
                f"Ủy ban nhân dân {lower} chủ động bố trí nguồn lực, phối hợp với {peers} tổ "
                "chức thực hiện theo đúng quy định."
            )
        text = " ".join(sentences)
        if self.bullets:
            text = "- " + text
        self.add(text)

    def programme(self, ty: int) -> str:
        r = self.rng
        period = "2016 - 2020" if ty <= 2020 else "2021 - 2025" if ty <= 2025 else "2026 - 2030"
        options = [
            f"Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn {period}",
            f"Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn {period}",
            "Chương trình mỗi xã một sản phẩm (OCOP)",
        ]
        if ty >= 2021:
            options.append(
                "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
                "thiểu số và miền núi giai đoạn 2021 - 2030"
            )
        if self.prov is not None and ty >= 2023:
            options.append(f"Quy hoạch {self.prov.full} thời kỳ 2021 - 2030, tầm nhìn đến năm 2050")
        if self.prov is not None:
            options.append(f"Đề án phát triển kinh tế tập thể {self.prov.full} giai đoạn {period}")
        return r.choice(options)

    def implementation(self) -> None:
        r, lv = self.rng, self.lv
        implement = (
            f"Giao Ủy ban nhân dân {lv} chỉ đạo, triển khai thực hiện hoàn thành các mục tiêu, "
            "chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội theo đúng quy định của pháp luật."
        )
        # a district's or commune's committees with its name ("các Ban Hội đồng nhân dân huyện
        # Đại Từ"), by its level word alone ("các Ban Hội đồng nhân dân huyện", its own as the
        # reader takes them), or in the short form ("các Ban, các Tổ đại biểu")
        named = lv if self.unit is None or r.random() < 0.5 else self.full
        supervise = (
            f"Giao Thường trực Hội đồng nhân dân {named}, các Ban Hội đồng nhân dân {named}, các "
            f"Tổ đại biểu Hội đồng nhân dân {named} và đại biểu Hội đồng nhân dân {named} giám "
            "sát việc thực hiện Nghị quyết."
        )
        if self.unit is not None and r.random() < 0.5:
            supervise = (
                f"Giao Thường trực Hội đồng nhân dân {lv}, các Ban, các Tổ đại biểu và đại biểu "
                f"Hội đồng nhân dân {lv} giám sát việc thực hiện Nghị quyết."
            )
        share = 0.75 if self.unit is None else 0.4 if self.commune else 0.6
        agencies = self.agencies() if r.random() < share else []
        parts = [implement, *agencies, supervise]
        if r.random() < 0.45:
            parts.append(self.front())
        if r.random() < 0.7:
            self.add("\n\n".join(f"{i}. {t}" for i, t in enumerate(parts, start=1)))
        else:
            for t in parts:
                self.add(t)

    def agencies(self) -> list[str]:
        """One to three tasks for the council's departments and agencies ("Giao Sở Tài chính
        chủ trì, phối hợp với …"): a province's before or after the merger of its departments
        in March 2025, a district's offices, a commune's police and military command. The body
        that leads may hold "và" or "," in its name ("Sở Kế hoạch và Đầu tư", "Văn phòng Đoàn
        đại biểu Quốc hội và Hội đồng nhân dân tỉnh") or a verb ("Sở Xây dựng"); some tasks
        give a body to work with others ("Giao Kho bạc Nhà nước tỉnh phối hợp với Sở Tài chính
        …": the bodies after "phối hợp với" coordinate), a district's to its communes as the
        subject ("Ủy ban nhân dân các xã, thị trấn chủ động …, phối hợp …")."""
        r, lv, unit, y = self.rng, self.lv, self.unit, self.year
        assert self.prov is not None
        if unit is None:
            lower = "xã, phường" if y >= 2025 else "huyện, thành phố"
            security = (
                f"Công an {lv}" if self.prov.name in ("Hà Nội", "Hồ Chí Minh")
                else f"Công an {lv}, Bộ Chỉ huy Quân sự {lv}"
            )  # fmt: skip
            options = [
                "Giao Sở Tài chính chủ trì, phối hợp với "
                + (
                    "các sở, ngành"
                    if y >= 2025
                    else f"Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước {lv}"
                )
                + f" và các cơ quan liên quan tham mưu Ủy ban nhân dân {lv} cân đối, bố trí nguồn "
                "lực thực hiện các nhiệm vụ, giải pháp của Nghị quyết.",
                f"Giao {security} chủ trì, phối hợp với các sở, ngành, địa phương bảo đảm quốc "
                "phòng, an ninh, giữ vững ổn định chính trị, trật tự an toàn xã hội.",
                f"Giao Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội {lv} và Ủy ban nhân dân các "
                f"{lower} nâng cao chất lượng khám bệnh, chữa bệnh, mở rộng diện bao phủ bảo hiểm "
                "y tế.",
                "Giao Sở Công Thương chủ trì, phối hợp với Sở Khoa học và Công nghệ và các địa "
                "phương đẩy mạnh xúc tiến thương mại, phát triển thị trường tiêu thụ sản phẩm.",
                "Giao Sở Nội vụ chủ trì tham mưu sắp xếp tổ chức bộ máy, tinh giản biên chế gắn "
                "với cơ cấu lại đội ngũ cán bộ, công chức, viên chức.",
                f"Giao Ban Quản lý các khu công nghiệp {lv} chủ trì, phối hợp với các sở, ngành "
                "đẩy mạnh thu hút đầu tư vào các khu, cụm công nghiệp.",
            ]
            farming = (
                "Nông nghiệp và Môi trường" if y >= 2025 else "Nông nghiệp và Phát triển nông thôn"
            )
            options += [
                f"Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân các {lower} tăng cường "
                "quản lý quy hoạch, trật tự xây dựng, phát triển đô thị.",
                f"Giao Sở {farming} chủ trì, phối hợp với các sở, ngành và địa phương triển khai "
                "Chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
                f"Giao Sở Giáo dục và Đào tạo phối hợp với Sở Y tế và Ủy ban nhân dân các {lower} "
                "bảo đảm các điều kiện dạy và học, chăm sóc sức khỏe học sinh.",
            ]
            if y >= 2021:  # the office of the delegation and the council, since 2021
                options.append(
                    "Giao Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân "
                    f"{lv} chủ trì, phối hợp với các Ban của Hội đồng nhân dân {lv} theo dõi, tổng "
                    "hợp kết quả giám sát việc thực hiện Nghị quyết."
                )
            if y < 2025:  # until the departments and offices merged in March 2025
                options.append(
                    "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các cơ quan "
                    f"liên quan tham mưu Ủy ban nhân dân {lv} phân bổ kế hoạch đầu tư công năm "
                    f"{y + 1}."
                )
                options.append(
                    f"Giao Kho bạc Nhà nước {lv} phối hợp với Sở Tài chính kiểm soát chặt chẽ các "
                    "khoản chi ngân sách nhà nước, bảo đảm đúng dự toán được giao."
                )
                options.append(
                    "Giao Sở Giao thông vận tải chủ trì, phối hợp với Sở Xây dựng và Ủy ban nhân "
                    f"dân các {lower} đẩy nhanh tiến độ các công trình hạ tầng giao thông trọng "
                    "điểm."
                )
                options.append(
                    f"Đề nghị Kho bạc Nhà nước {lv}, Cục Thuế {lv} thực hiện tốt công tác quản lý "
                    "thu, kiểm soát chi ngân sách nhà nước theo đúng quy định."
                )
        elif unit.is_district:
            lower = {"quận": "phường", "huyện": "xã, thị trấn"}.get(unit.kind, "xã, phường")
            # a quận's or city's offices: "Phòng Kinh tế", "Phòng Quản lý đô thị quận"
            urban = unit.kind in ("quận", "thành phố")
            works = (
                r.choice(("Phòng Kinh tế", "Phòng Quản lý đô thị")) if urban
                else "Phòng Kinh tế - Hạ tầng"
            )  # fmt: skip
            options = [
                f"Giao Phòng Tài chính - Kế hoạch {lv} chủ trì, phối hợp với Chi cục Thuế và các "
                f"cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân {lv} quản lý, điều hành ngân "
                "sách theo đúng quy định.",
                f"Giao Công an {lv}, Ban Chỉ huy Quân sự {lv} chủ trì, phối hợp với các cơ quan, "
                "đơn vị bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn.",
                f"Giao {works} {lv} chủ trì, phối hợp với Ủy ban nhân dân các {lower} đẩy nhanh "
                "tiến độ các công trình hạ tầng trọng điểm trên địa bàn.",
                f"Giao Phòng Y tế {lv} chủ trì, phối hợp với Trung tâm Y tế {lv} nâng cao chất "
                "lượng chăm sóc sức khỏe Nhân dân.",
                f"Ủy ban nhân dân các {lower} chủ động bố trí nguồn lực, phối hợp với các phòng, "
                "ban chuyên môn tổ chức thực hiện các chỉ tiêu, nhiệm vụ của Nghị quyết trên địa "
                "bàn.",
            ]
        else:
            places = "các thôn" if unit.kind == "xã" else "các tổ dân phố"
            options = [
                f"Giao Công an {lv}, Ban Chỉ huy Quân sự {lv} chủ trì, phối hợp với {places} giữ "
                "vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn."
            ]
            if y >= 2025:  # the offices of a commune or ward since July 2025
                # with its unit's word or without ("Phòng Văn hóa - Xã hội" alone: the
                # commune's own, as the reader takes it)
                office = "Phòng Văn hóa - Xã hội" + (f" {lv}" if r.random() < 0.5 else "")
                options.append(
                    f"Giao {office} chủ trì, phối hợp với "
                    + ("Phòng Kinh tế" if unit.kind == "xã" else "Phòng Kinh tế, Hạ tầng và Đô thị")
                    + " và các đơn vị liên quan theo dõi, đôn đốc việc thực hiện các chỉ tiêu của "
                    "Nghị quyết."
                )
        picked = sorted(r.sample(range(len(options)), min(len(options), r.choice((1, 1, 2, 3)))))
        return [options[i] for i in picked]

    def front(self) -> str:
        """The Fatherland Front and the mass organisations, asked to supervise; named one by
        one in some texts of provinces and districts before 2025 (after it they belong to the
        Front)."""
        r, lv, unit = self.rng, self.lv, self.unit
        if self.year < 2025 and not self.commune and r.random() < 0.5:
            # the youth union by its full name, or often as "Tỉnh đoàn", "Thành đoàn", a
            # district's as "Huyện đoàn", "Thị đoàn" (the district's own, as the reader takes it)
            youth = f"Đoàn Thanh niên Cộng sản Hồ Chí Minh {lv}"
            short = {"huyện": "Huyện đoàn", "thị xã": "Thị đoàn", "thành phố": "Thành đoàn"}
            if unit is None and r.random() < 0.7:
                youth = "Thành đoàn" if lv == "thành phố" else "Tỉnh đoàn"
            elif unit is not None and lv in short and r.random() < 0.5:
                youth = short[lv]
            return (
                f"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {lv}, Liên đoàn Lao động {lv}, Hội Nông "
                f"dân {lv}, Hội Liên hiệp Phụ nữ {lv}, Hội Cựu chiến binh {lv}, {youth} phối hợp "
                "giám sát, vận động Nhân dân thực hiện Nghị quyết."
            )
        groups = (
            "các đoàn thể chính trị - xã hội" if self.commune else "các tổ chức chính trị - xã hội"
        )
        return (
            f"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {lv} và {groups} phối hợp giám sát, vận "
            "động Nhân dân thực hiện Nghị quyết."
        )

    def recipients(self, term: int) -> None:
        r, p, unit, lv = self.rng, self.prov, self.unit, self.lv
        assert p is not None
        if unit is None:
            lower = (
                "các xã, phường" if self.year >= 2025
                else "các quận, huyện, thị xã" if p.city else "các huyện, thành phố"
            )  # fmt: skip
            office = "Văn phòng Đoàn ĐBQH và HĐND" if self.year >= 2021 else "Văn phòng HĐND"
            lines = [
                "Ủy ban Thường vụ Quốc hội (Báo cáo);",
                "Chính phủ (Báo cáo);",
                f"Thường trực {'Thành ủy' if p.city else 'Tỉnh ủy'} (Báo cáo);",
                f"Thường trực HĐND {lv};",
                f"Ủy ban nhân dân {lv};",
                f"Đoàn đại biểu Quốc hội {lv};",
                f"Ủy ban MTTQ {lv};",
                f"{office} {lv};",
                f"Các đại biểu HĐND {lv} Khóa {_roman(term)};",
                f"Các sở, ban, ngành, đoàn thể của {lv};",
                f"TT HĐND, UBND {lower};",
                f"Báo {p.name}, Trung tâm Thông tin {lv};",
            ]
        else:
            above = unit.district.full if unit.district else p.full
            party = _PARTY_COMMITTEES.get(lv, f"Đảng ủy {lv}")
            lines = [
                f"Thường trực HĐND {above} (Báo cáo);",
                f"Ủy ban nhân dân {above} (Báo cáo);",
                f"Thường trực {party};",
                f"Thường trực HĐND {lv};",
                f"Ủy ban nhân dân {lv};",
                f"Ủy ban MTTQ {lv};",
                f"Đại biểu HĐND {lv};",
            ]
            if unit.is_district:
                lower = {"quận": "các phường", "huyện": "các xã, thị trấn"}.get(
                    lv, "các xã, phường"
                )
                lines.append(f"TT HĐND, UBND {lower};")
            else:
                lines.append("Các thôn, xóm;" if lv == "xã" else "Các tổ dân phố;")
        keep = [ln for ln in lines if r.random() < 0.85]
        keep.append(r.choice(("Lưu: VT, CTHĐND.", "Lưu: VT.", "Lưu: VT, TH.")))
        self.add(self.bold("Nơi nhận:"))
        self.add("\n".join(self.items(keep)))

    def signature(self, authority: str, title: str, name: str) -> None:
        parts = [p for p in (authority, title) if p]
        if self.md:
            for part in parts:
                self.add(f"**{part}**")
            self.add(f"**{name}**")
        else:
            if self.rng.random() < 0.4:
                self.add("(Đã ký)")
            self.add("\n".join([*parts, "", name]))

    # ---- rendering with noise
    def render(self) -> str:
        r = self.rng
        sep = "\n\n" if self.md or r.random() < 0.5 else "\n"
        blocks = self.blocks
        if r.random() < 0.6:  # page breaks that split a sentence (or a reference) in two
            blocks = [self.page_break(b) if r.random() < 0.06 else b for b in blocks]
        text = sep.join(blocks)
        if not self.md and r.random() < 0.3:  # hard wraps, as from pdftotext
            width = r.randint(70, 100)
            text = "\n".join(
                textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                if len(line) > width
                else line
                for line in text.split("\n")
            )
        text = ("\n\n" if self.md and r.random() < 0.5 else "") + text + "\n"
        if r.random() < 0.03:
            text = unicodedata.normalize("NFD", text)
        if r.random() < 0.1:
            text = text.replace("\n", "\r\n")
        if r.random() < 0.1:
            text = "\ufeff" + text
        return text

    def page_break(self, block: str) -> str:
        """Split a long paragraph before a lowercase word, as the seeds' page breaks do."""
        if len(block) < 200 or block.startswith(("#", "|", "*")):
            return block
        r = self.rng
        at = block.find(" số ", len(block) // 4)
        if at < 0 or r.random() < 0.5:
            candidates = [
                i
                for i in range(len(block) // 4, 3 * len(block) // 4)
                if block[i] == " " and block[i + 1].islower()
            ]
            if not candidates:
                return block
            at = r.choice(candidates)
        gap = "\n\n\n\n" if self.md else r.choice(("\n\n", "\n\n\n", "\n\f"))
        return block[:at] + gap + block[at + 1 :]


# --------------------------------------------------------------------------- the corpus


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield `n` (file_name, text) pairs; the same (n, seed) always gives the same texts.

    The i-th text does not depend on `n`: `generate(10)` is a prefix of `generate(100)`.
    """
    used: dict[tuple[str, int], set[int]] = {}
    for i in range(n):
        rng = Random(f"nqgraph-bench:{seed}:{i}")
        year = rng.randint(2016, 2026)
        prov: Province | None
        if rng.random() < 0.05:
            prov = None
            key = ("qh" if rng.random() < 0.5 else "cp", year)
        else:
            prov = rng.choice(PROVINCES_2025 if year >= 2025 else PROVINCES)
            key = (prov.slug, year)
        number = rng.randint(1, 60) if prov is None else rng.randint(40, 320)
        unit = None
        if prov is not None:  # its own draws: the province's texts keep theirs
            lr = Random(f"nqgraph-bench:{seed}:{i}:council")
            prov, unit = _council(lr, prov, year)
            if unit is not None:  # a district's or commune's numbers, on their own register
                key = (f"{prov.slug}-{unit.slug}", year)
                number = lr.randint(20, 90) if unit.is_district else lr.randint(5, 30)
        taken = used.setdefault(key, set())
        while number in taken:
            number += 1
        taken.add(number)
        doc = _Doc(rng, prov, year, number, unit)
        text = doc.build(government=key[0] == "cp")
        ext = "md" if doc.md else "txt"
        number_part, _, symbol = doc.ident.partition("/")
        symbol = symbol.split("/")[-1]
        kind = "NQ-" + symbol if "-" not in symbol else symbol
        jur = key[0] if prov else "tw"  # "thai-nguyen", "thai-nguyen-huyen-dai-tu"
        yield f"{number_part}-{slugify(kind).upper()}-{year}-{jur}.{ext}", text


def write_corpus(directory: str | Path, n: int, seed: int = 0) -> int:
    """Write `n` texts into `directory` (created); return the number of bytes written."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, text in generate(n, seed):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        total += len(data)
    return total
