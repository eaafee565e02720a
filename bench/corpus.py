"""A deterministic generator of realistic council-resolution texts, for the corpus benchmark.

`generate(n, seed)` yields `(file_name, text)` pairs, one at a time: Markdown converted from PDF
(like the two seeds in `data/source/`) and plain-text variants, with the noise real copies bring
(stray emphasis on headings, page breaks that split a sentence, CRLF, a BOM, decomposed Unicode).
The same `(n, seed)` gives the same bytes on every run and machine: every document draws from its
own `random.Random` seeded with a string (hashed with SHA-512 by `random`, so `PYTHONHASHSEED`
plays no part), and nothing depends on dict or set order.

The facts used (provinces, laws, party resolutions, decrees and their dates) are real; the
numbers, dates of reports and names are invented. Identifiers never collide: a council's numbers
are allocated without repeats within each year, as real registers are.
"""

from __future__ import annotations

import textwrap
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from random import Random

__all__ = ["PROVINCES", "PROVINCES_2025", "Province", "generate", "slugify", "write_corpus"]


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


_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
_PROVINCE_NAMES = (
    "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
    "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang",
    "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam",
    "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị",
    "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
    "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An",
    "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang",
    "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
)  # fmt: skip
#: The 63 provinces and centrally-run cities before the mergers of 1 July 2025.
PROVINCES: tuple[Province, ...] = tuple(Province(n, True) for n in _CITIES) + tuple(
    Province(n, False) for n in _PROVINCE_NAMES
)
_AFTER_2025_NAMES = (
    "Tuyên Quang", "Cao Bằng", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Thái Nguyên",
    "Lạng Sơn", "Quảng Ninh", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)  # fmt: skip
#: The 34 units after the mergers (Huế a centrally-run city since 1 January 2025).
PROVINCES_2025: tuple[Province, ...] = (
    *(Province(n, True) for n in _CITIES),
    Province("Huế", True),
    *(Province(n, False) for n in _AFTER_2025_NAMES),
)
assert len(PROVINCES) == 63 and len(PROVINCES_2025) == 34


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

_LAWS = (
    "Luật Đất đai", "Luật Nhà ở", "Luật Kinh doanh bất động sản", "Luật Bảo vệ môi trường",
    "Luật Đầu tư công", "Luật Đấu thầu", "Luật Quy hoạch", "Luật Hợp tác xã",
    "Luật Tài nguyên nước", "Luật Giao dịch điện tử", "Luật Dữ liệu", "Luật Bảo hiểm xã hội",
    "Luật Việc làm",
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


# --------------------------------------------------------------------------- one document


class _Doc:
    """Builds one resolution. Blocks are paragraphs; `render` joins and adds the noise."""

    def __init__(self, rng: Random, prov: Province | None, year: int, number: int) -> None:
        self.rng = rng
        self.prov = prov  # None: a national body (Quốc hội or Chính phủ)
        self.year = year  # year of the document
        self.number = number
        self.md = rng.random() < 0.6
        self.bullets = rng.random() < 0.5
        self.new_law = year >= 2026 or (year == 2025 and rng.random() < 0.7)
        self.nested_prefix = rng.choice(("+ ", "  + ", "  - "))
        self.adopted = (year, 12, 31)  # (y, m, d), set by `header` once the date is drawn
        self.ident = f"{number}/NQ-HĐND"  # national bodies set theirs before `header`
        self.blocks: list[str] = []
        self.targets = 0
        self.tasks = 0

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
            self.provincial()
        return self.render()

    def provincial(self) -> None:
        r, p, y = self.rng, self.prov, self.year
        assert p is not None
        lv = p.level
        start = 2016 if y < 2021 else 2021 if y < 2026 else 2026
        term = p.first_term + (start - 2016) // 5
        # one session and one adoption day per council and year: every resolution of the
        # council that year passed at the same year-end session
        cr = Random(f"{p.slug}:{y}")
        k = y - start
        session = cr.randint(max(2, 2 + 5 * k), 4 + 7 * k)
        day = cr.randint(5, 20)
        month = 12
        # one resolution in twelve passed at a special session, mid-year: thematic or
        # extraordinary, mostly unnumbered (its own draw: the rest of the text is unchanged)
        sr = Random(f"{p.slug}:{y}:{self.number}:special")
        special = sr.choice(("CHUYÊN ĐỀ", "BẤT THƯỜNG")) if sr.random() < 1 / 12 else None
        numbered = special is None or sr.random() < 0.3
        if special is not None:
            day, month = sr.randint(5, 25), sr.randint(6, 9)
        self.header(f"HỘI ĐỒNG NHÂN DÂN {lv.upper()} {p.name.upper()}", p.place, day, month)
        target_year = y + 1
        title_kind = r.randrange(4)
        if title_kind == 0:
            title = (
                f"Về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {y}; "
                f"mục tiêu, nhiệm vụ phát triển kinh tế - xã hội {p.full} năm {target_year}"
            )
        elif title_kind == 1:
            title = f"Về kế hoạch phát triển kinh tế - xã hội năm {target_year}"
        elif title_kind == 2:
            title = f"Về nhiệm vụ phát triển kinh tế - xã hội năm {target_year} của {p.full}"
        else:
            title = (
                f"Về mục tiêu, nhiệm vụ và giải pháp phát triển kinh tế - xã hội, bảo đảm quốc "
                f"phòng, an ninh năm {target_year}"
            )
        self.title(title)
        words = r.random() < 0.75
        sess = _ordinal(session) if words else str(session)
        council = f"HỘI ĐỒNG NHÂN DÂN {lv.upper()} {p.name.upper()}"
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
        self.considered(p, y, (day, month), session, term, words)
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
            self.implementation(lv, p)
        adopted = (
            f"Nghị quyết này đã được Hội đồng nhân dân {p.full} Khóa {_roman(term)}, "
            f"{said} thông qua ngày {_date(day, month, y)[5:]}"
        )
        adopted += r.choice(("./.", " và có hiệu lực từ ngày thông qua./.", "./."))
        self.add(adopted)
        self.recipients(p, term)
        chair = _person(f"{p.slug}:{term}:chair")
        if r.random() < 0.8:
            self.signature("TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", chair)
        else:
            self.signature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", _person(f"{p.slug}:{term}:vice"))

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

    def header(self, body: str, place: str, day: int, month: int) -> None:
        r = self.rng
        self.adopted = (self.year, month, day)
        ident = self.ident
        motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        motto2 = "Độc lập - Tự do - Hạnh phúc"
        words = body.split(" ")
        split = 4 if len(words) > 4 and words[:4] == ["HỘI", "ĐỒNG", "NHÂN", "DÂN"] else len(words)
        body_lines = [" ".join(words[:split]), " ".join(words[split:])]
        body_lines = [b for b in body_lines if b]
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
        else:
            bases.append("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
            if y >= 2020:
                bases.append(
                    "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật "
                    "Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"
                )
            if r.random() < 0.4:
                bases.append(
                    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;"
                )
                if y >= 2020 and r.random() < 0.6:
                    bases.append(
                        "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy "
                        "phạm pháp luật ngày 18 tháng 6 năm 2020;"
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
            if r.random() < 0.3:
                bases.append("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;")
            if y >= 2020 and r.random() < 0.25:
                bases.append("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;")
            if y >= 2018 and r.random() < 0.2:
                bases.append("Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;")
        for b in bases:
            self.basis(b)

    def considered(
        self, p: Province, y: int, held: tuple[int, int], session: int, term: int, words: bool
    ) -> None:
        r = self.rng
        day, month = held  # of the session: the reports come before it
        lv = p.level
        start = y - (y - 1) % 5  # first year of the term: 2016, 2021, 2026
        ubnd = f"Ủy ban nhân dân {p.full}"
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
        parts = [
            r.choice(
                (
                    f"Báo cáo thẩm tra của các Ban Hội đồng nhân dân {lv}",
                    f"Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân {lv}",
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
        where = self.prov.full if self.prov else ""
        n = 1
        if not national and r.random() < 0.85:
            self.add(
                f"{self.bold('Điều 1.')} Thông qua kết quả thực hiện nhiệm vụ phát triển kinh tế "
                f"- xã hội năm {y} nêu trong báo cáo của Ủy ban nhân dân {self.prov.level if self.prov else ''} "  # noqa: E501
                f"trình tại kỳ họp."
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
        assert self.prov is not None
        self.implementation(self.prov.level, self.prov)

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
        want = r.randint(15, 30)
        pools: dict[str, list[_Ind]] = {"econ": [], "soc": [], "env": []}
        for ind in _INDICATORS:
            if ind[1].startswith("Số đơn vị cấp huyện") and ty > 2025:
                continue
            pools[ind[0]].append(ind)
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
        for label, cat in zip(labels, ("econ", "soc", "env"), strict=True):
            self.heading(f"{label} {r.choice(_CATEGORY_HEADINGS[cat])}")
            order = {ind: i for i, ind in enumerate(pools[cat])}
            lines: list[str] = []
            for ind in sorted(chosen[cat], key=order.__getitem__):
                lines.extend(self.target_lines(ind, ty))
            # a page break may fall inside the list: blank lines, then the list goes on
            if len(lines) > 6 and r.random() < 0.15:
                cut = r.randint(3, len(lines) - 2)
                self.add("\n".join(lines[:cut]) + "\n\n\n")
                self.add("\n".join(lines[cut:]))
            else:
                self.add("\n".join(lines))

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
        want = r.randint(15, 40)
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
            laws = [x for x in _LAWS if ty > 2025 or x != "Luật Dữ liệu"]
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
            if r.random() < 0.5:
                ref = (
                    f"Nghị quyết số {num:02d}/{year}/NQ-HĐND {_date(d, m, year)} của Hội đồng "
                    f"nhân dân {self.prov.level} quy định chính sách hỗ trợ phát triển sản xuất "
                    f"trên địa bàn {self.prov.full}"
                )
            else:
                ref = (
                    f"Nghị quyết số {num:02d}-NQ/TU {_date(d, m, year)} của Ban Chấp hành Đảng bộ "
                    f"{self.prov.level} về chuyển đổi số {self.prov.full} đến năm 2025, định "
                    "hướng đến năm 2030"
                )
            sentences.append(f"Thực hiện có hiệu quả {ref}.")
        if r.random() < 0.15 and self.prov is not None:
            lower = "cấp xã" if ty > 2025 else "cấp huyện"
            sentences.append(
                f"Ủy ban nhân dân {lower} chủ động bố trí nguồn lực, phối hợp với các sở, ngành "
                "tổ chức thực hiện theo đúng quy định."
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

    def implementation(self, lv: str, p: Province) -> None:
        r = self.rng
        implement = (
            f"Giao Ủy ban nhân dân {lv} chỉ đạo, triển khai thực hiện hoàn thành các mục tiêu, "
            "chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội theo đúng quy định của pháp luật."
        )
        supervise = (
            f"Giao Thường trực Hội đồng nhân dân {lv}, các Ban Hội đồng nhân dân {lv}, các Tổ "
            f"đại biểu Hội đồng nhân dân {lv} và đại biểu Hội đồng nhân dân {lv} giám sát việc "
            "thực hiện Nghị quyết."
        )
        front = (
            f"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {lv} và các tổ chức chính trị - xã hội "
            "phối hợp giám sát, vận động Nhân dân thực hiện Nghị quyết."
        )
        parts = [implement, supervise] + ([front] if r.random() < 0.3 else [])
        if r.random() < 0.7:
            self.add("\n\n".join(f"{i}. {t}" for i, t in enumerate(parts, start=1)))
        else:
            for t in parts:
                self.add(t)

    def recipients(self, p: Province, term: int) -> None:
        r = self.rng
        lv = p.level
        lower = (
            "các xã, phường" if self.year >= 2025
            else "các quận, huyện, thị xã" if p.city else "các huyện, thành phố"
        )  # fmt: skip
        lines = [
            "Ủy ban Thường vụ Quốc hội (Báo cáo);",
            "Chính phủ (Báo cáo);",
            f"Thường trực {'Thành ủy' if p.city else 'Tỉnh ủy'} (Báo cáo);",
            f"Thường trực HĐND {lv};",
            f"Ủy ban nhân dân {lv};",
            f"Đoàn đại biểu Quốc hội {lv};",
            f"Ủy ban MTTQ {lv};",
            f"Các đại biểu HĐND {lv} Khóa {_roman(term)};",
            f"Các sở, ban, ngành, đoàn thể của {lv};",
            f"TT HĐND, UBND {lower};",
            f"Báo {p.name}, Trung tâm Thông tin {lv};",
        ]
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
        taken = used.setdefault(key, set())
        number = rng.randint(1, 60) if prov is None else rng.randint(40, 320)
        while number in taken:
            number += 1
        taken.add(number)
        doc = _Doc(rng, prov, year, number)
        text = doc.build(government=key[0] == "cp")
        ext = "md" if doc.md else "txt"
        number_part, _, symbol = doc.ident.partition("/")
        symbol = symbol.split("/")[-1]
        kind = "NQ-" + symbol if "-" not in symbol else symbol
        jur = prov.slug if prov else "tw"
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
