"""Names of Vietnamese laws that a name scanner would cut short.

`references` ends a law's name at a comma, at "và" and at connective words ("của", "theo" …),
which is right for "Luật Đất đai, Luật Xây dựng" and "Luật Đất đai của …" but cuts "Luật Cán bộ,
công chức" to "Luật Cán bộ". The laws whose names hold such a word are listed here (their names as
the National Assembly gives them, after "Luật"); a name of the list is taken whole.
"""

from __future__ import annotations

import re

from nqgraph.bodies import modern_tones

LAW_NAMES = (
    "An toàn, vệ sinh lao động",
    "Bảo vệ và kiểm dịch thực vật",
    "Bảo vệ và phát triển rừng",
    "Bảo vệ, chăm sóc và giáo dục trẻ em",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Cán bộ, công chức",
    "Chất lượng sản phẩm, hàng hóa",
    "Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
    "Địa chất và khoáng sản",
    "Đo đạc và bản đồ",
    "Đầu tư theo phương thức đối tác công tư",
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Hôn nhân và gia đình",
    "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Khám bệnh, chữa bệnh",
    "Khoa học và công nghệ",
    "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Phí và lệ phí",
    "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Phòng, chống tác hại của rượu, bia",
    "Phòng, chống tác hại của thuốc lá",
    "Phổ biến, giáo dục pháp luật",
    "Quản lý, sử dụng tài sản công",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Quy hoạch đô thị và nông thôn",
    "Sử dụng năng lượng tiết kiệm và hiệu quả",
    "Tài nguyên, môi trường biển và hải đảo",
    "Thể dục, thể thao",
    "Thi đua, khen thưởng",
    "Thuế xuất khẩu, thuế nhập khẩu",
    "Thực hành tiết kiệm, chống lãng phí",
    "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Tín ngưỡng, tôn giáo",
    "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Trật tự, an toàn giao thông đường bộ",
    "Xuất cảnh, nhập cảnh của công dân Việt Nam",
)

# longest first, so that "Phòng cháy, chữa cháy và cứu nạn, cứu hộ" wins over "Phòng cháy …"
_NAME_RE = re.compile(
    "|".join(
        re.escape(modern_tones(name)).replace(r"\ ", r"\s+")
        for name in sorted(LAW_NAMES, key=len, reverse=True)
    )
    + r"(?![\w])",
    re.IGNORECASE,
)


def known_law_name_end(text: str, pos: int) -> int | None:
    """The end of a listed law name starting at `pos` in `text` (after "Luật "), or None."""
    m = _NAME_RE.match(modern_tones(text[pos : pos + 120]))
    return pos + m.end() if m else None
