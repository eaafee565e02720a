"""Numeric targets in one line: every target line of both seeds, annotated by hand."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from nqgraph.model import Comparator, TargetKind
from nqgraph.quantities import UNITS, TargetPhrase, parse_target_line

EQ, LT, LE, GT, GE, APPROX = (
    Comparator.EQ,
    Comparator.LT,
    Comparator.LE,
    Comparator.GT,
    Comparator.GE,
    Comparator.APPROX,
)
LEVEL, INC, DEC = TargetKind.LEVEL, TargetKind.INCREASE, TargetKind.DECREASE

# (indicator, value, upper, unit, comparator, kind, baseline_year, sub_of)
Row = tuple[str, str, str | None, str, Comparator, TargetKind, int | None, str | None]

EXPORT_112 = (
    "Giá trị xuất khẩu: Tăng 9%, trong đó xuất khẩu địa phương tăng 7% so với thực hiện năm 2024."
)

# 112/NQ-HĐND (2024), "2. Các chỉ tiêu chủ yếu năm 2025", bullet markers removed.
SEED_112: list[tuple[str, list[Row]]] = [
    (
        "Tốc độ tăng trưởng kinh tế (GRDP): 8,5%.",
        [("Tốc độ tăng trưởng kinh tế (GRDP)", "8.5", None, "%", EQ, LEVEL, None, None)],
    ),
    ("Cơ cấu kinh tế:", []),
    (
        "Công nghiệp, xây dựng: 57,7%.",
        [("Công nghiệp, xây dựng", "57.7", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm: 32,7%.",
        [
            (
                "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm",
                "32.7",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Nông, lâm nghiệp, thủy sản: 9,6%.",
        [("Nông, lâm nghiệp, thủy sản", "9.6", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp: Tăng 10%.",
        [
            (
                "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
                "10",
                None,
                "%",
                EQ,
                INC,
                None,
                None,
            )
        ],
    ),
    (
        "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản: Tăng 3,5%.",
        [
            (
                "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản",
                "3.5",
                None,
                "%",
                EQ,
                INC,
                None,
                None,
            )
        ],
    ),
    (
        EXPORT_112,
        [
            ("Giá trị xuất khẩu", "9", None, "%", EQ, INC, None, None),
            ("xuất khẩu địa phương", "7", None, "%", EQ, INC, 2024, "Giá trị xuất khẩu"),
        ],
    ),
    (
        "GRDP bình quân đầu người đạt 132 triệu đồng/người/năm.",
        [("GRDP bình quân đầu người", "132", None, "triệu đồng/người/năm", EQ, LEVEL, None, None)],
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn tỉnh (kể hoạch địa phương giao) đạt 23.600 tỷ đồng.",
        [
            (
                "Thu ngân sách nhà nước trên địa bàn tỉnh (kể hoạch địa phương giao)",
                "23600",
                None,
                "tỷ đồng",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Tỷ lệ lao động qua đào tạo đạt 76,5%, trong đó có bằng cấp, chứng chỉ đạt 36,8%.",
        [
            ("Tỷ lệ lao động qua đào tạo", "76.5", None, "%", EQ, LEVEL, None, None),
            (
                "có bằng cấp, chứng chỉ",
                "36.8",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                "Tỷ lệ lao động qua đào tạo",
            ),
        ],
    ),
    (
        "Tỷ lệ thất nghiệp ở thành thị dưới 3%.",
        [("Tỷ lệ thất nghiệp ở thành thị", "3", None, "%", LT, LEVEL, None, None)],
    ),
    (
        "Giảm tỷ lệ hộ nghèo (theo chuẩn mới): Từ 0,5% trở lên.",
        [("Giảm tỷ lệ hộ nghèo (theo chuẩn mới)", "0.5", None, "%", GE, DEC, None, None)],
    ),
    (
        "Tỷ lệ người lao động tham gia bảo hiểm xã hội đạt 45%.",
        [("Tỷ lệ người lao động tham gia bảo hiểm xã hội", "45", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Số xã đạt chuẩn nông thôn mới trong năm đạt 02 xã.",
        [("Số xã đạt chuẩn nông thôn mới trong năm", "2", None, "xã", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế đạt 95%.",
        [("Tỷ lệ số xã đạt tiêu chí quốc gia về y tế", "95", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,25%.",
        [("Tỷ lệ dân số tham gia bảo hiểm y tế", "95.25", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ trường đạt chuẩn quốc gia đạt 90%.",
        [("Tỷ lệ trường đạt chuẩn quốc gia", "90", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú: 8%.",
        [
            (
                "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú",
                "8",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    ("Chỉ tiêu về văn hóa:", []),
    (
        "Tỷ lệ gia đình văn hóa đạt từ 90% trở lên.",
        [("Tỷ lệ gia đình văn hóa", "90", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ xóm, làng, tổ dân phố văn hóa đạt từ 90% trở lên.",
        [("Tỷ lệ xóm, làng, tổ dân phố văn hóa", "90", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa đạt từ 92% trở lên.",
        [("Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa", "92", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Ổn định tỷ lệ che phủ rừng từ 46% trở lên.",
        [("Ổn định tỷ lệ che phủ rừng", "46", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh đạt 98%.",
        [
            (
                "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
                "98",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
]

# 94/NQ-HĐND (2023), "2. Các chỉ tiêu chủ yếu", bullet markers removed.
SEED_94: list[tuple[str, list[Row]]] = [
    (
        "Tốc độ tăng trưởng kinh tế (GRDP): 7,5%.",
        [("Tốc độ tăng trưởng kinh tế (GRDP)", "7.5", None, "%", EQ, LEVEL, None, None)],
    ),
    ("Cơ cấu kinh tế:", []),
    (
        "Công nghiệp, xây dựng: 58,6%;",
        [("Công nghiệp, xây dựng", "58.6", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm: 31,8%;",
        [
            (
                "Dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm",
                "31.8",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Nông, lâm nghiệp, thủy sản: 9,6%;",
        [("Nông, lâm nghiệp, thủy sản", "9.6", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp: Tăng 8,5%.",
        [
            (
                "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp",
                "8.5",
                None,
                "%",
                EQ,
                INC,
                None,
                None,
            )
        ],
    ),
    (
        "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản: Tăng 3,5%.",
        [
            (
                "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản",
                "3.5",
                None,
                "%",
                EQ,
                INC,
                None,
                None,
            )
        ],
    ),
    (
        "Giá trị xuất khẩu: Tăng 8%, trong đó giá trị xuất khẩu địa phương tăng 9%"
        " so với năm 2023;",
        [
            ("Giá trị xuất khẩu", "8", None, "%", EQ, INC, None, None),
            ("giá trị xuất khẩu địa phương", "9", None, "%", EQ, INC, 2023, "Giá trị xuất khẩu"),
        ],
    ),
    (
        "GRDP bình quân đầu người: 123 triệu đồng/người/năm.",
        [("GRDP bình quân đầu người", "123", None, "triệu đồng/người/năm", EQ, LEVEL, None, None)],
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn tỉnh: 19.515 tỷ đồng.",
        [
            (
                "Thu ngân sách nhà nước trên địa bàn tỉnh",
                "19515",
                None,
                "tỷ đồng",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Tỷ lệ lao động qua đào tạo: 74%, trong đó có bằng cấp, chứng chỉ: 36,5%.",
        [
            ("Tỷ lệ lao động qua đào tạo", "74", None, "%", EQ, LEVEL, None, None),
            (
                "có bằng cấp, chứng chỉ",
                "36.5",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                "Tỷ lệ lao động qua đào tạo",
            ),
        ],
    ),
    (
        "Tỷ lệ thất nghiệp ở thành thị: Dưới 3%.",
        [("Tỷ lệ thất nghiệp ở thành thị", "3", None, "%", LT, LEVEL, None, None)],
    ),
    (
        "Giảm tỷ lệ hộ nghèo (theo chuẩn mới): Từ 0,8% trở lên.",
        [("Giảm tỷ lệ hộ nghèo (theo chuẩn mới)", "0.8", None, "%", GE, DEC, None, None)],
    ),
    (
        "Tỷ lệ người lao động tham gia bảo hiểm xã hội: 42,5%.",
        [
            (
                "Tỷ lệ người lao động tham gia bảo hiểm xã hội",
                "42.5",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Số xã đạt chuẩn nông thôn mới trong năm: 02 xã.",
        [("Số xã đạt chuẩn nông thôn mới trong năm", "2", None, "xã", EQ, LEVEL, None, None)],
    ),
    (
        "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới: 01 đơn vị.",
        [
            (
                "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới",
                "1",
                None,
                "đơn vị",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế: 72%.",
        [("Tỷ lệ số xã đạt tiêu chí quốc gia về y tế", "72", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ dân số tham gia bảo hiểm y tế: 95%.",
        [("Tỷ lệ dân số tham gia bảo hiểm y tế", "95", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ trường đạt chuẩn quốc gia: 89%.",
        [("Tỷ lệ trường đạt chuẩn quốc gia", "89", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú: 8%.",
        [
            (
                "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú",
                "8",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    ("Chỉ tiêu về văn hóa:", []),
    (
        "Tỷ lệ gia đình văn hóa: Từ 90% trở lên;",
        [("Tỷ lệ gia đình văn hóa", "90", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ xóm, làng, tổ dân phố văn hóa: Từ 90% trở lên;",
        [("Tỷ lệ xóm, làng, tổ dân phố văn hóa", "90", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa: Từ 92% trở lên.",
        [("Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa", "92", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Ổn định tỷ lệ che phủ rừng: Từ 46% trở lên;",
        [("Ổn định tỷ lệ che phủ rừng", "46", None, "%", GE, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh: 97,5%.",
        [
            (
                "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh",
                "97.5",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
]

# DOMAIN.md item 8 and the brief's examples.
OTHERS: list[tuple[str, list[Row]]] = [
    ("khoảng 4,5 - 5%", [("", "4.5", "5", "%", APPROX, LEVEL, None, None)]),
    (
        "Tốc độ tăng trưởng kinh tế: khoảng 4,5 - 5%.",
        [("Tốc độ tăng trưởng kinh tế", "4.5", "5", "%", APPROX, LEVEL, None, None)],
    ),
    (
        "Tốc độ tăng trưởng kinh tế từ 4,5 đến 5%",
        [("Tốc độ tăng trưởng kinh tế", "4.5", "5", "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tốc độ tăng trưởng kinh tế: 4,5-5%",
        [("Tốc độ tăng trưởng kinh tế", "4.5", "5", "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tốc độ tăng trưởng kinh tế: 4,5% - 5%",
        [("Tốc độ tăng trưởng kinh tế", "4.5", "5", "%", EQ, LEVEL, None, None)],
    ),
    (
        "GRDP bình quân đầu người trên 5.000 USD",
        [("GRDP bình quân đầu người", "5000", None, "USD", GT, LEVEL, None, None)],
    ),
    (
        "Giảm tỷ lệ hộ nghèo: Từ 0,5% trở lên",
        [("Giảm tỷ lệ hộ nghèo", "0.5", None, "%", GE, DEC, None, None)],
    ),
    (
        "Thu ngân sách … đạt 23.600 tỷ đồng",
        [("Thu ngân sách …", "23600", None, "tỷ đồng", EQ, LEVEL, None, None)],
    ),
    ("Số xã đạt chuẩn: 02 xã", [("Số xã đạt chuẩn", "2", None, "xã", EQ, LEVEL, None, None)]),
    (
        "Phấn đấu đến hết năm 2025, 100% Công an xã đạt chuẩn an toàn về an ninh, trật tự.",
        [
            (
                "Công an xã đạt chuẩn an toàn về an ninh, trật tự",
                "100",
                None,
                "%",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Doanh thu du lịch tăng 10% so với cùng kỳ năm 2024",
        [("Doanh thu du lịch", "10", None, "%", EQ, INC, 2024, None)],
    ),
    (
        "Tỷ lệ hộ nghèo giảm 1,5% so với năm 2023",
        [("Tỷ lệ hộ nghèo", "1.5", None, "%", EQ, DEC, 2023, None)],
    ),
    (
        "Giảm tỷ lệ hộ nghèo xuống còn 2%",
        [("Giảm tỷ lệ hộ nghèo", "2", None, "%", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ nợ xấu không quá 3%; tỷ lệ che phủ rừng tối thiểu 46%,"
        " tổng vốn xấp xỉ 1.500 tỷ đồng",
        [
            ("Tỷ lệ nợ xấu", "3", None, "%", LE, LEVEL, None, None),
            ("tỷ lệ che phủ rừng", "46", None, "%", GE, LEVEL, None, None),
            ("tổng vốn", "1500", None, "tỷ đồng", APPROX, LEVEL, None, None),
        ],
    ),
    (
        "Tỷ lệ suy dinh dưỡng ~10%",
        [("Tỷ lệ suy dinh dưỡng", "10", None, "%", APPROX, LEVEL, None, None)],
    ),
    (
        "Số bác sĩ/vạn dân: 12 bác sĩ",
        [("Số bác sĩ/vạn dân", "12", None, "bác sĩ", EQ, LEVEL, None, None)],
    ),
    (
        "Số lao động được giải quyết việc làm: 16.000 lao động",
        [
            (
                "Số lao động được giải quyết việc làm",
                "16000",
                None,
                "lao động",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Kim ngạch xuất khẩu đạt 1,2 tỷ USD",
        [("Kim ngạch xuất khẩu", "1200000000", None, "USD", EQ, LEVEL, None, None)],
    ),
    (
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 20%.",
        [
            (
                "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
                "20",
                None,
                "%",
                LT,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Chỉ tiêu về số lượng bác sĩ: 9,5",
        [("Chỉ tiêu về số lượng bác sĩ", "9.5", None, "", EQ, LEVEL, None, None)],
    ),
    # "per one" of a unit inside the name: the name goes on, it is not a target of its own
    (
        "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt 120 triệu đồng",
        [
            (
                "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt",
                "120",
                None,
                "triệu đồng",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (
        "Giá trị sản phẩm trên 01 ha đất trồng trọt và nuôi trồng thủy sản đạt trên 150 triệu "
        "đồng/ha",
        [
            (
                "Giá trị sản phẩm trên 01 ha đất trồng trọt và nuôi trồng thủy sản",
                "150",
                None,
                "triệu đồng/ha",
                GT,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (  # the name ends at the unit
        "Giá trị sản phẩm trên 1 ha đạt 120 triệu đồng",
        [("Giá trị sản phẩm trên 1 ha", "120", None, "triệu đồng", EQ, LEVEL, None, None)],
    ),
    (
        "Thu nhập bình quân cho 1 lao động trong khu công nghiệp đạt 9 triệu đồng",
        [
            (
                "Thu nhập bình quân cho 1 lao động trong khu công nghiệp",
                "9",
                None,
                "triệu đồng",
                EQ,
                LEVEL,
                None,
                None,
            )
        ],
    ),
    (  # one hectare as a target, joined by "và": a target still
        "Diện tích rừng trồng mới đạt trên 1 ha và tỷ lệ che phủ rừng đạt 45%",
        [
            ("Diện tích rừng trồng mới", "1", None, "ha", GT, LEVEL, None, None),
            ("tỷ lệ che phủ rừng", "45", None, "%", EQ, LEVEL, None, None),
        ],
    ),
]

OTHERS += [
    (
        "Tổng vốn đầu tư toàn xã hội đạt khoảng 45.000 tỷ đồng, tăng 10% so với năm 2024.",
        [
            ("Tổng vốn đầu tư toàn xã hội", "45000", None, "tỷ đồng", APPROX, LEVEL, None, None),
            ("Tổng vốn đầu tư toàn xã hội", "10", None, "%", EQ, INC, 2024, None),
        ],
    ),
    (
        "Tuổi thọ trung bình: 74,5 tuổi",
        [("Tuổi thọ trung bình", "74.5", None, "", EQ, LEVEL, None, None)],
    ),
    (
        "Đến năm 2025, duy trì 100% xã đạt chuẩn.",
        [("xã đạt chuẩn", "100", None, "%", EQ, LEVEL, None, None)],
    ),
    # an item's own number, where the structure takes no label ("- (1) …", "- 1. …")
    (
        "(1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP): từ 13% trở lên.",
        [("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "13", None, "%", GE, LEVEL,
          None, None)],
    ),
    ("(12) GRDP bình quân đầu người: khoảng 9.500 USD.",
     [("GRDP bình quân đầu người", "9500", None, "USD", APPROX, LEVEL, None, None)]),
    ("2. Tỷ lệ hộ nghèo giảm 1,5%", [("Tỷ lệ hộ nghèo", "1.5", None, "%", EQ, DEC, None, None)]),
    ("Kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội.",
     [("số vụ phạm tội về trật tự xã hội", "5", None, "%", GE, DEC, None, None)]),
    # enterprises, cooperatives, villages and hamlets counted (their word the unit)
    ("Số doanh nghiệp thành lập mới: 5.500 doanh nghiệp.",
     [("Số doanh nghiệp thành lập mới", "5500", None, "doanh nghiệp", EQ, LEVEL, None, None)]),
    ("Phát triển mới 20 hợp tác xã.",
     [("hợp tác xã", "20", None, "hợp tác xã", EQ, LEVEL, None, None)]),
    ("Có thêm 03 ấp đạt chuẩn văn hóa.",
     [("ấp đạt chuẩn văn hóa", "3", None, "ấp", EQ, INC, None, None)]),
    ("Có 5 thôn đạt chuẩn nông thôn mới kiểu mẫu.",
     [("thôn đạt chuẩn nông thôn mới kiểu mẫu", "5", None, "thôn", EQ, LEVEL, None, None)]),
    # a thing of its own counted after "và", not the target before again
    ("Có thêm 50 dự án đầu tư mới và 30 doanh nghiệp.",
     [("dự án đầu tư mới", "50", None, "dự án", EQ, INC, None, None),
      ("doanh nghiệp", "30", None, "doanh nghiệp", EQ, LEVEL, None, None)]),
    ("1.000 hộ được hỗ trợ nhà ở",
     [("hộ được hỗ trợ nhà ở", "1000", None, "hộ", EQ, LEVEL, None, None)]),
]  # fmt: skip

NO_TARGET = [
    "",
    "Cơ cấu kinh tế:",
    "Chỉ tiêu về văn hóa:",
    "Các chỉ tiêu chủ yếu năm 2025",
    "Thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.",
    "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
    "Triển khai Nghị quyết số 41-NQ/TW ngày 10 tháng 10 năm 2023 của Bộ Chính trị",
    "Theo Nghị quyết 112/NQ-HĐND ngày 10/12/2024",
    "Điều 2. Thông qua mục tiêu",
]


def _rows(phrases: list[TargetPhrase]) -> list[Row]:
    return [
        (
            p.indicator,
            str(p.value),
            None if p.upper is None else str(p.upper),
            p.unit,
            p.comparator,
            p.kind,
            p.baseline_year,
            p.sub_of,
        )
        for p in phrases
    ]


def _check(line: str, expected: list[Row]) -> None:
    phrases = parse_target_line(line)
    got = _rows(phrases)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0]
        assert Decimal(g[1]) == Decimal(e[1])
        assert (g[2] is None) == (e[2] is None)
        if g[2] is not None and e[2] is not None:
            assert Decimal(g[2]) == Decimal(e[2])
        assert g[3:] == e[3:]
    for p in phrases:
        assert line[p.start : p.end].strip() == line[p.start : p.end]
        assert 0 <= p.start <= p.value_start < p.value_end <= p.end <= len(line)
        assert p.indicator in line  # in the span, unless repeated from the phrase before
        assert line[p.value_start].isdigit() and line[p.value_end - 1].isdigit()


@pytest.mark.parametrize(("line", "expected"), SEED_112)
def test_seed_112(line: str, expected: list[Row]) -> None:
    _check(line, expected)


@pytest.mark.parametrize(("line", "expected"), SEED_94)
def test_seed_94(line: str, expected: list[Row]) -> None:
    _check(line, expected)


@pytest.mark.parametrize(("line", "expected"), OTHERS)
def test_other_wordings(line: str, expected: list[Row]) -> None:
    _check(line, expected)


# Units a target keeps, as written: they were lost (the number read as a bare count, "triệu"
# dropped from its value) or cut short ("giường bệnh/vạn dân" read as "giường bệnh").
UnitRow = tuple[str, str, str | None, str, Comparator, TargetKind]
UNIT_WORDINGS: list[tuple[str, list[UnitRow]]] = [
    (
        "Số dự án đầu tư trực tiếp nước ngoài được cấp mới: 15 dự án",
        [("Số dự án đầu tư trực tiếp nước ngoài được cấp mới", "15", None, "dự án", EQ, LEVEL)],
    ),
    (
        "Tổng lượt khách du lịch đạt 3,5 triệu lượt khách.",
        [("Tổng lượt khách du lịch", "3500000", None, "lượt khách", EQ, LEVEL)],
    ),
    (
        "Khách du lịch quốc tế: 180 - 200 nghìn lượt khách",
        [("Khách du lịch quốc tế", "180000", "200000", "lượt khách", EQ, LEVEL)],
    ),
    (
        "Số lượt người được khám, chữa bệnh: 850.000 lượt",
        [("Số lượt người được khám, chữa bệnh", "850000", None, "lượt", EQ, LEVEL)],
    ),
    (
        "Dân số trung bình đạt khoảng 1,4 triệu người",
        [("Dân số trung bình", "1400000", None, "người", APPROX, LEVEL)],
    ),
    # "triệu" with no unit after it is a scale of the number: 55 million, no unit written
    (
        "Thu nhập bình quân đầu người khu vực nông thôn: 55 triệu.",
        [("Thu nhập bình quân đầu người khu vực nông thôn", "55000000", None, "", EQ, LEVEL)],
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 23.600 tỷ; tỷ lệ hộ nghèo giảm 1%",
        [
            ("Thu ngân sách nhà nước trên địa bàn", "23600000000000", None, "", EQ, LEVEL),
            ("tỷ lệ hộ nghèo", "1", None, "%", EQ, DEC),
        ],
    ),
    ("Tỷ suất sinh thô giảm 0,2‰", [("Tỷ suất sinh thô", "0.2", None, "‰", EQ, DEC)]),
    ("Năng suất lúa đạt 60 tạ/ha", [("Năng suất lúa", "60", None, "tạ/ha", EQ, LEVEL)]),
    ("Năng suất chè đạt 12 tấn/ha", [("Năng suất chè", "12", None, "tấn/ha", EQ, LEVEL)]),
    (
        "Sản lượng lương thực đạt 450 nghìn tấn",
        [("Sản lượng lương thực", "450000", None, "tấn", EQ, LEVEL)],
    ),
    (
        "Giá trị sản phẩm trồng trọt đạt trên 120 triệu đồng/ha",
        [("Giá trị sản phẩm trồng trọt", "120", None, "triệu đồng/ha", GT, LEVEL)],
    ),
    (
        "Tỷ suất chết trẻ em dưới 1 tuổi: dưới 10 ‰.",
        [("Tỷ suất chết trẻ em dưới 1 tuổi", "10", None, "‰", LT, LEVEL)],
    ),
    (
        "Tỷ lệ tăng dân số tự nhiên khoảng 9,5%o",
        [("Tỷ lệ tăng dân số tự nhiên", "9.5", None, "‰", APPROX, LEVEL)],
    ),
    (
        "Số giường bệnh/vạn dân đạt 32 giường bệnh/vạn dân",
        [("Số giường bệnh/vạn dân", "32", None, "giường bệnh/vạn dân", EQ, LEVEL)],
    ),
    (
        "Số giường bệnh: 34,5 giường bệnh trên một vạn dân.",
        [("Số giường bệnh", "34.5", None, "giường bệnh/vạn dân", EQ, LEVEL)],
    ),
    (
        "Số bác sĩ/vạn dân: 12 bác sĩ/vạn dân",
        [("Số bác sĩ/vạn dân", "12", None, "bác sĩ/vạn dân", EQ, LEVEL)],
    ),
    (
        "Số bác sĩ đạt từ 12,5 bác sĩ/10.000 dân trở lên",
        [("Số bác sĩ", "12.5", None, "bác sĩ/vạn dân", GE, LEVEL)],
    ),
    (
        "Thu nhập bình quân đầu người đạt 60 triệu đồng/người",
        [("Thu nhập bình quân đầu người", "60", None, "triệu đồng/người/năm", EQ, LEVEL)],
    ),
    (  # a month's is no year's
        "Mức hỗ trợ: 1,5 triệu đồng/người/tháng",
        [("Mức hỗ trợ", "1.5", None, "triệu đồng/người/tháng", EQ, LEVEL)],
    ),
    (
        "Thu nhập bình quân của người lao động đạt 8 triệu đồng/tháng",
        [("Thu nhập bình quân của người lao động", "8", None, "triệu đồng/tháng", EQ, LEVEL)],
    ),
    # the dong alone, after a scale, per person a month; not "đồng bào"
    ("Mức chi: 50 nghìn đồng.", [("Mức chi", "50000", None, "đồng", EQ, LEVEL)]),
    (
        "Mức hỗ trợ 500.000 đồng/người/tháng",
        [("Mức hỗ trợ", "500000", None, "đồng/người/tháng", EQ, LEVEL)],
    ),
    ("Hỗ trợ 200 đồng bào dân tộc", [("Hỗ trợ", "200", None, "", EQ, LEVEL)]),
    # a per-something the vocabulary lacks keeps no unit rather than a wrong one
    ("Mức chi 100.000 đồng/người", [("Mức chi", "100000", None, "", EQ, LEVEL)]),
    # areas, densities, energy, power
    ("Mật độ dân số đạt 350 người/km2", [("Mật độ dân số", "350", None, "người/km²", EQ, LEVEL)]),
    (
        "Diện tích tự nhiên: 3.521,96 km²",
        [("Diện tích tự nhiên", "3521.96", None, "km²", EQ, LEVEL)],
    ),
    (
        "Diện tích nhà ở bình quân đầu người đạt 25 m2 sàn/người",
        [("Diện tích nhà ở bình quân đầu người", "25", None, "m²/người", EQ, LEVEL)],
    ),
    ("Giá đất ở tối đa 50 triệu đồng/m2", [("Giá đất ở", "50", None, "triệu đồng/m²", LE, LEVEL)]),
    (
        "Sản lượng điện thương phẩm đạt 2.500 triệu kWh",
        [("Sản lượng điện thương phẩm", "2500000000", None, "kWh", EQ, LEVEL)],
    ),
    (
        "Công suất điện mặt trời: 1.200 MW",
        [("Công suất điện mặt trời", "1200", None, "MW", EQ, LEVEL)],
    ),
    # the scales folded before (kept)
    (
        "Tổng vốn đầu tư phát triển toàn xã hội đạt 50 nghìn tỷ đồng, trong đó vốn FDI 1,2 tỷ USD",
        [
            ("Tổng vốn đầu tư phát triển toàn xã hội", "50000", None, "tỷ đồng", EQ, LEVEL),
            ("vốn FDI", "1200000000", None, "USD", EQ, LEVEL),
        ],
    ),
]


@pytest.mark.parametrize(("line", "expected"), UNIT_WORDINGS)
def test_units_as_written(line: str, expected: list[UnitRow]) -> None:
    phrases = parse_target_line(line)
    assert [(p.indicator, p.value, p.upper, p.unit, p.comparator, p.kind) for p in phrases] == [
        (name, Decimal(value), None if upper is None else Decimal(upper), unit, comp, kind)
        for name, value, upper, unit, comp, kind in expected
    ]


def test_every_unit_the_reader_returns_is_a_concept() -> None:
    """Each unit key `parse_target_line` can return names a concept of the unit scheme (an
    unknown one would be minted in the graph with no label, or, for a symbol, read as a count)."""
    from nqgraph.vocabulary import vocabulary

    vocab = vocabulary()
    assert {key: vocab.unit(key) is not None for key in UNITS} == dict.fromkeys(UNITS, True)
    assert vocab.unit("‰") != vocab.unit("")


@pytest.mark.parametrize("line", NO_TARGET)
def test_no_target(line: str) -> None:
    assert parse_target_line(line) == []


def test_spans() -> None:
    first, second = parse_target_line(EXPORT_112)
    assert EXPORT_112[first.start : first.end] == "Giá trị xuất khẩu: Tăng 9%"
    assert EXPORT_112[first.value_start : first.value_end] == "9"
    assert (
        EXPORT_112[second.start : second.end]
        == "xuất khẩu địa phương tăng 7% so với thực hiện năm 2024"
    )
    assert EXPORT_112[second.value_start : second.value_end] == "7"
    for line, phrase, value in [
        ("Tăng trưởng: khoảng 4,5 - 5%.", "Tăng trưởng: khoảng 4,5 - 5%", "4,5 - 5"),
        # the year the target is for, before it, is quoted with it: the target's year comes
        # from there
        ("Đến năm 2025, 100% xã đạt chuẩn.", "Đến năm 2025, 100% xã đạt chuẩn", "100"),
        (
            "Đến năm 2025, duy trì 100% xã đạt chuẩn.",
            "Đến năm 2025, duy trì 100% xã đạt chuẩn",
            "100",
        ),
        (
            "Các giải pháp; phấn đấu đến hết năm 2025, 100% xã đạt chuẩn.",
            "đến hết năm 2025, 100% xã đạt chuẩn",
            "100",
        ),
        ("Nghị quyết năm 2024, 100% xã đạt chuẩn.", "100% xã đạt chuẩn", "100"),
    ]:
        (p,) = parse_target_line(line)
        assert (line[p.start : p.end], line[p.value_start : p.value_end]) == (phrase, value)


def test_case_insensitive() -> None:
    for line, comparator in [
        ("Tỷ lệ A: Dưới 3%", LT),
        ("Tỷ lệ A: DƯỚI 3%", LT),
        ("Tỷ lệ A: Từ 0,8% trở lên", GE),
        ("Tỷ lệ A: TỪ 0,8% TRỞ LÊN", GE),
        ("Tỷ lệ A: Khoảng 3%", APPROX),
        ("Tỷ lệ A: Trên 3%", GT),
    ]:
        (p,) = parse_target_line(line)
        assert (p.indicator, p.comparator) == ("Tỷ lệ A", comparator), line


# --- property tests -------------------------------------------------------------------------

_NAME_WORDS = [
    "Tỷ",
    "lệ",
    "giá",
    "trị",
    "sản",
    "xuất",
    "nông",
    "nghiệp",
    "dân",
    "che",
    "phủ",
    "rừng",
    "(GRDP)",
    "thu",
    "ngân",
    "sách",
    "hộ",
    "xã",
    "lao",
    "động",
    "bảo",
    "hiểm",
]
_COMPARATORS: list[tuple[str, str, Comparator]] = [
    ("", "", EQ),
    ("đạt ", "", EQ),
    ("dưới ", "", LT),
    ("thấp hơn ", "", LT),
    ("không quá ", "", LE),
    ("tối đa ", "", LE),
    ("trên ", "", GT),
    ("vượt ", "", GT),
    ("hơn ", "", GT),
    ("từ ", " trở lên", GE),
    ("tối thiểu ", "", GE),
    ("ít nhất ", "", GE),
    ("không thấp hơn ", "", GE),
    ("không dưới ", "", GE),
    ("khoảng ", "", APPROX),
    ("xấp xỉ ", "", APPROX),
    ("gần ", "", APPROX),
    ("~", "", APPROX),
    ("đạt từ ", " trở lên", GE),
]
_UNIT_TEXT = {u: ("" if u in ("", "%") else " ") + u for u in UNITS}


def _vn(value: Decimal) -> str:
    whole, frac = divmod(value, 1)
    text = f"{int(whole):,}".replace(",", ".")
    return f"{text},{str(frac)[2:]}" if frac else text


@given(
    name=st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=6).map(" ".join),
    comparator=st.sampled_from(_COMPARATORS),
    case=st.sampled_from([str.lower, str.capitalize, str.upper]),
    value=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    unit=st.sampled_from(sorted(UNITS)),
    end=st.sampled_from(["", ".", ";"]),
)
def test_generated_lines_round_trip(
    name: str,
    comparator: tuple[str, str, Comparator],
    case: Callable[[str], str],
    value: Decimal,
    unit: str,
    end: str,
) -> None:
    before, after, expected = comparator
    number = _vn(value)
    assume(not (unit == "" and len(number) == 4 and number[:2] in ("19", "20")))
    line = f"{name}: {case(before)}{number}{_UNIT_TEXT[unit]}{case(after)}{end}"
    (p,) = parse_target_line(line)
    assert (p.indicator, p.value, p.unit, p.comparator) == (name, value, unit, expected)
    assert p.upper is None and p.kind is LEVEL


_ALPHABET = st.sampled_from(
    [
        *"0123456789 .,;:-–%~/()",
        "năm ",
        "trong đó ",
        "đạt ",
        "từ ",
        "trở lên",
        "dưới ",
        "khoảng ",
        "tăng ",
        "giảm ",
        "so với năm ",
        "tỷ đồng",
        "xã",
        "USD",
        "Tỷ lệ ",
        "còn ",
        "20",
        "2025",
    ]
)


@given(st.one_of(st.text(max_size=80), st.lists(_ALPHABET, max_size=25).map("".join)))
@example("<0%-0")  # a range whose unit sits after the first number
def test_random_text_never_crashes(line: str) -> None:
    for p in parse_target_line(line):
        assert 0 <= p.start <= p.value_start < p.value_end <= p.end <= len(line)
        assert p.unit in UNITS
        assert isinstance(p.value, Decimal)


@pytest.mark.parametrize(
    ("line", "comparator"),
    [
        ("Tỷ lệ che phủ rừng: không dưới 46%.", "≥"),
        ("Tỷ lệ che phủ rừng: KHÔNG DƯỚI 46%.", "≥"),
        ("Tỷ lệ hộ nghèo: không vượt quá 3%.", "≤"),
        ("Tỷ lệ hộ nghèo đạt khoảng 3%.", "≈"),
        ("Tỷ lệ giải ngân vốn đầu tư công ≥ 95%.", "≥"),
        ("Tỷ lệ giải ngân vốn đầu tư công đạt >=95%.", "≥"),
        ("Tỷ lệ thất nghiệp ≤ 3%.", "≤"),
        ("Tỷ lệ che phủ rừng: > 46%.", ">"),
        ("Tỷ lệ hộ nghèo <1,5%.", "<"),
    ],
)
def test_connecting_words_before_a_value_set_the_comparator(line: str, comparator: str) -> None:
    (phrase,) = parse_target_line(line)
    assert phrase.comparator.value == comparator


@pytest.mark.parametrize("line", ["GRDP: <b>8,5%</b>", "GRDP<br>8,5%", "GRDP -> 8,5%"])
def test_the_end_of_a_tag_or_an_arrow_is_no_comparator(line: str) -> None:
    (phrase,) = parse_target_line(line)
    assert phrase.comparator.value == "="


def test_a_letter_lowercased_to_two_does_not_shift_the_connecting_word() -> None:
    """A letter that lowercases to two ("İ") leaves the word before the value found."""
    (phrase,) = parse_target_line("Chỉ số İ: không dưới 46%.")
    assert phrase.comparator is Comparator.GE
    # glued to the letter, "không" is not a word of its own: only "dưới" (below) is read
    (phrase,) = parse_target_line("Chỉ số: İkhông dưới 46%.")
    assert phrase.comparator is Comparator.LT


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tỷ lệ đô thị hóa đạt 45% vào năm 2030.", [("Tỷ lệ đô thị hóa", 45, 2030)]),
        ("Đến năm 2027, tỷ lệ hộ nghèo giảm còn 2%.", [("tỷ lệ hộ nghèo", 2, 2027)]),
        (
            "Tỷ lệ che phủ rừng đạt 46% (đến năm 2030 đạt 48%).",
            [("Tỷ lệ che phủ rừng", 46, None), ("Tỷ lệ che phủ rừng", 48, 2030)],
        ),
        ("GRDP tăng 8% so với năm 2024.", [("GRDP", 8, None)]),
        # at the end of the name: the same indicator every year, the year the target's
        ("Tốc độ tăng trưởng GRDP năm 2025 đạt 8%.", [("Tốc độ tăng trưởng GRDP", 8, 2025)]),
        ("Tỷ lệ hộ nghèo cuối năm 2025 giảm còn 2%.", [("Tỷ lệ hộ nghèo", 2, 2025)]),
        (
            "Giá trị sản phẩm trên 1 ha tới năm 2030 đạt 200 triệu đồng",
            [("Giá trị sản phẩm trên 1 ha", 200, 2030)],
        ),
        # … and again for the same indicator's next value
        (
            "Thu ngân sách năm 2025 đạt 45.000 tỷ đồng, tăng 10% so với năm 2024.",
            [("Thu ngân sách", 45000, 2025), ("Thu ngân sách", 10, 2025)],
        ),
        # before a name that follows the value: a year a target is for, not any year
        ("Phấn đấu đến hết năm 2025, 100% xã đạt chuẩn.", [("xã đạt chuẩn", 100, 2025)]),
        ("Thực hiện Nghị quyết năm 2024, 100% xã đạt chuẩn.", [("xã đạt chuẩn", 100, None)]),
        # "trong năm" with no year stays in the name
        ("Số xã đạt chuẩn trong năm: 2 xã.", [("Số xã đạt chuẩn trong năm", 2, None)]),
        # a bare year right after a value, and the same indicator's next value for another year
        (
            "Công suất điện gió đạt 800 MW năm 2025 và 1.500 MW năm 2030.",
            [("Công suất điện gió", 800, 2025), ("Công suất điện gió", 1500, 2030)],
        ),
        (
            "Tỷ lệ đô thị hóa đạt 40% vào năm 2025 và 50% vào năm 2030.",
            [("Tỷ lệ đô thị hóa", 40, 2025), ("Tỷ lệ đô thị hóa", 50, 2030)],
        ),
    ],
)
def test_the_year_a_target_is_for(line: str, expected: list[tuple[str, int, int | None]]) -> None:
    """Said before the name ("Đến năm 2027, …", out of the name) or after the value ("… vào năm
    2030"); a baseline year ("so với năm 2024") is not it."""
    found = [(p.indicator, p.value, p.year) for p in parse_target_line(line)]
    assert found == [(name, Decimal(value), year) for name, value, year in expected]


@pytest.mark.parametrize(
    ("line", "values"),
    [
        # "cho 1 xã": a count of communes, not a measure the name is counted by
        ("Công nhận cho 1 xã nông thôn mới kiểu mẫu và 5 xã nông thôn mới", [(1, "xã"), (5, "xã")]),
        # "trên 1 ha" ending the phrase, before "và": the target of the name before
        (
            "Diện tích trồng rừng mới trên 1 ha và tỷ lệ che phủ rừng đạt 45%",
            [(1, "ha"), (45, "%")],
        ),
        (
            "Số xã đạt chuẩn trên 1 huyện và số huyện đạt chuẩn là 3 huyện",
            [(1, "huyện"), (3, "huyện")],
        ),
        # "cho 1 ha", "cho 1 km": the measure a name is counted by
        ("Mức hỗ trợ cho 1 ha trồng rừng sản xuất là 15 triệu đồng", [(15, "triệu đồng")]),
        ("Chi phí đầu tư cho 1 km đường giao thông đạt 500 triệu đồng", [(500, "triệu đồng")]),
        # a name counted by its measure, before ":" or a year or another measure
        ("Giá trị sản phẩm thu hoạch trên 1 ha: 150 triệu đồng", [(150, "triệu đồng")]),
        ("Thu nhập bình quân trên 1 người: 65 triệu đồng", [(65, "triệu đồng")]),
        ("Giá trị sản phẩm trên 1 ha năm 2025 đạt 150 triệu đồng", [(150, "triệu đồng")]),
        ("Giá trị sản xuất trên 1 ha và trên 1 lao động nông nghiệp tăng 10%", [(10, "%")]),
        # a full stop ends it
        (
            "Quy mô bình quân mỗi trang trại trên 1 ha. Số trang trại đạt 200",
            [(1, "ha"), (200, "")],
        ),
        # stated by a verb: "đạt trên 1 ha" is the target
        ("Diện tích trồng mới đạt trên 1 ha, năng suất đạt 60 tạ/ha", [(1, "ha"), (60, "tạ/ha")]),
        # … with no comma to part them: the verb alone decides
        (
            "Quy mô trang trại đạt trên 1 ha đất sản xuất với doanh thu 500 triệu đồng",
            [(1, "ha"), (500, "triệu đồng")],
        ),
    ],
)
def test_one_of_a_unit_in_a_name_or_a_target(line: str, values: list[tuple[int, str]]) -> None:
    assert [(p.value, p.unit) for p in parse_target_line(line)] == [
        (Decimal(v), u) for v, u in values
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a verb that counts: the name is the counted thing after the value, its unit's word first
        (
            "Có 3 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt chuẩn nông thôn mới kiểu mẫu.",
            [("xã đạt chuẩn nông thôn mới nâng cao", 3, LEVEL),
             ("xã đạt chuẩn nông thôn mới kiểu mẫu", 2, LEVEL)],
        ),
        # "thêm": an increase by the value
        (
            "Phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới.",
            [("xã đạt chuẩn nông thôn mới", 10, INC)],
        ),
        # the word joining two counts belongs to neither name
        (
            "Công nhận cho 1 xã nông thôn mới kiểu mẫu và 5 xã nông thôn mới",
            [("xã nông thôn mới kiểu mẫu", 1, LEVEL), ("xã nông thôn mới", 5, LEVEL)],
        ),
        (
            "Phấn đấu đến năm 2025, 100% xã đạt chuẩn nông thôn mới và 80% huyện đạt chuẩn.",
            [("xã đạt chuẩn nông thôn mới", 100, LEVEL), ("huyện đạt chuẩn", 80, LEVEL)],
        ),
        # after the year it is for; a bare count ("5 trường học") names what follows it
        (
            "Đến năm 2025, có 10 xã đạt chuẩn; 5 huyện hoàn thành nhiệm vụ.",
            [("xã đạt chuẩn", 10, LEVEL), ("huyện hoàn thành nhiệm vụ", 5, LEVEL)],
        ),
        (
            "Xây dựng mới 5 trường học đạt chuẩn quốc gia.",
            [("trường học đạt chuẩn quốc gia", 5, LEVEL)],
        ),
        # not a verb alone before the value: the name before it stays
        ("Số xã đạt chuẩn nông thôn mới: 5 xã.", [("Số xã đạt chuẩn nông thôn mới", 5, LEVEL)]),
        ("Số hộ có 2 con: 50 hộ.", [("Số hộ có 2 con", 50, LEVEL)]),
        # nothing after the counted unit: its word is the name
        ("Có 3 xã.", [("xã", 3, LEVEL)]),
        ("Có thêm 500 hộ, trong đó 200 hộ nghèo.", [("hộ", 500, INC), ("hộ nghèo", 200, LEVEL)]),
    ],
)  # fmt: skip
def test_a_count_names_what_it_counts(line: str, expected: list[tuple[str, int, object]]) -> None:
    """ "Có 3 xã đạt chuẩn …", "Công nhận cho 1 xã …": the indicator is what is counted, not the
    verb ("Có", "Công nhận cho"), and the joining "và" belongs to no name."""
    phrases = parse_target_line(line)
    assert [(p.indicator, p.value, p.kind) for p in phrases] == [
        (name, Decimal(value), kind) for name, value, kind in expected
    ]
    for p in phrases:  # each phrase's span holds its name and its value
        assert p.indicator in line[p.start : p.end]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a name read after its value ends before the next value's connecting words
        (
            "Có 5 xã đạt chuẩn nông thôn mới, tăng 2 xã so với năm 2024.",
            [("xã đạt chuẩn nông thôn mới", 5, "xã", LEVEL, None),
             ("xã đạt chuẩn nông thôn mới", 2, "xã", INC, None)],
        ),
        (
            "Hoàn thành 100% kế hoạch, đạt 95% chỉ tiêu.",
            [("kế hoạch", 100, "%", LEVEL, None), ("chỉ tiêu", 95, "%", LEVEL, None)],
        ),
        # … and before the next count's verb
        (
            "Xây dựng mới 15 trạm y tế xã, thành lập 3 trung tâm y tế.",
            [("trạm y tế xã", 15, "", LEVEL, None), ("trung tâm y tế", 3, "", LEVEL, None)],
        ),
        # … and before "trong đó", whose count is a part of it
        (
            "Có 10 xã đạt chuẩn nông thôn mới, trong đó 3 xã đạt chuẩn nâng cao.",
            [("xã đạt chuẩn nông thôn mới", 10, "xã", LEVEL, None),
             ("xã đạt chuẩn nâng cao", 3, "xã", LEVEL, None)],
        ),
        # the scale is the value's, not the name's
        (
            "Đến năm 2025, 15 nghìn hộ được sử dụng nước sạch.",
            [("hộ được sử dụng nước sạch", 15000, "hộ", LEVEL, 2025)],
        ),
        # a time is not a thing counted; a year after a counted name is the target's
        ("Hoàn thành 100% trong năm 2025.", [("Hoàn thành", 100, "%", LEVEL, 2025)]),
        (
            "Có 10 xã đạt chuẩn nông thôn mới vào năm 2025.",
            [("xã đạt chuẩn nông thôn mới", 10, "xã", LEVEL, 2025)],
        ),
        # a year of a price base, a period, a law or a standard is not the target's
        (
            "Tổng sản phẩm (GRDP) theo giá so sánh năm 2010 đạt 80.000 tỷ đồng.",
            [("Tổng sản phẩm (GRDP) theo giá so sánh năm 2010", 80000, "tỷ đồng", LEVEL, None)],
        ),
        (
            "Tỷ lệ xã đạt Bộ tiêu chí quốc gia giai đoạn đến năm 2030 đạt 100%.",
            [("Tỷ lệ xã đạt Bộ tiêu chí quốc gia giai đoạn đến năm 2030", 100, "%", LEVEL, None)],
        ),
        (
            "Tỷ lệ thủ tục được rà soát theo Luật Đất đai năm 2024 đạt 100%.",
            [("Tỷ lệ thủ tục được rà soát theo Luật Đất đai năm 2024", 100, "%", LEVEL, None)],
        ),
        # a per-something the scheme lacks, after a new unit too, keeps no unit
        ("Điện tiêu thụ đạt 1.500 kWh/người.", [("Điện tiêu thụ", 1500, "", LEVEL, None)]),
        # … and its scale is still the value's; "tỷ lệ" after a value is no scale
        (
            "Sản lượng điện đạt 10 tỷ kWh/người",
            [("Sản lượng điện", 10_000_000_000, "", LEVEL, None)],
        ),
        ("Khai thác 2 tỷ m3 nước", [("Khai thác", 2_000_000_000, "", LEVEL, None)]),
        # … but "tỷ" before a word is the name's ("trên 1 tỷ đạt": no value of its own)
        (
            "Tỷ lệ hộ có thu nhập trên 1 tỷ đạt 5%",
            [("Tỷ lệ hộ có thu nhập trên 1 tỷ", 5, "%", LEVEL, None)],
        ),
        (
            "Dự án có tổng vốn 500 tỷ đạt tiến độ 100%",
            [("Dự án có tổng vốn 500 tỷ đạt tiến độ", 100, "%", LEVEL, None)],
        ),
        (
            "Tỷ lệ giải ngân các dự án trên 500 tỷ đến nay đạt 80%.",
            [("Tỷ lệ giải ngân các dự án trên 500 tỷ đến nay", 80, "%", LEVEL, None)],
        ),
        # "VNĐ" is the currency, after a scale too
        ("Tổng vốn đạt 5 tỷ VNĐ", [("Tổng vốn", 5, "tỷ đồng", LEVEL, None)]),
        (
            "Thu nhập bình quân đạt 60 triệu VNĐ/người/năm",
            [("Thu nhập bình quân", 60, "triệu đồng/người/năm", LEVEL, None)],
        ),
        ("Mức hỗ trợ 500.000 VND", [("Mức hỗ trợ", 500000, "đồng", LEVEL, None)]),
        (
            "Mức hỗ trợ 500.000 VNĐ/người/tháng",
            [("Mức hỗ trợ", 500000, "đồng/người/tháng", LEVEL, None)],
        ),
        # a change against a base that is no year: the base is no name
        (
            "Thu ngân sách: 620 tỷ đồng, tăng 5% so với dự toán tỉnh giao",
            [("Thu ngân sách", 620, "tỷ đồng", LEVEL, None), ("Thu ngân sách", 5, "%", INC, None)],
        ),
        (
            "Kim ngạch xuất khẩu tăng 12% so với cùng kỳ",
            [("Kim ngạch xuất khẩu", 12, "%", INC, None)],
        ),
        # … only after a change: a level against a base names the ratio, and "so với" inside a
        # name after the value is the name's
        (
            "Thu ngân sách đạt 23.600 tỷ đồng, bằng 105% so với dự toán trung ương giao",
            [("Thu ngân sách", 23600, "tỷ đồng", LEVEL, None),
             ("so với dự toán trung ương giao", 105, "%", LEVEL, None)],
        ),
        (
            "Có 95% dân số so với tổng dân số tham gia bảo hiểm y tế",
            [("dân số so với tổng dân số tham gia bảo hiểm y tế", 95, "%", LEVEL, None)],
        ),
        # "thêm" alone before the value is an increase, as "tăng thêm" is
        (
            "Số xã đạt chuẩn nông thôn mới nâng cao: thêm 02 xã",
            [("Số xã đạt chuẩn nông thôn mới nâng cao", 2, "xã", INC, None)],
        ),
        # "đ" is the đồng too, and tables shorten "triệu" ("Tr.đồng", "trđ")
        ("Thu ngân sách đạt 5 tỷ đ.", [("Thu ngân sách", 5, "tỷ đồng", LEVEL, None)]),
        ("Mức chi 500 nghìn đ", [("Mức chi", 500000, "đồng", LEVEL, None)]),
        (
            "Mức hỗ trợ 500.000đ/người/tháng",
            [("Mức hỗ trợ", 500000, "đồng/người/tháng", LEVEL, None)],
        ),
        (
            "Thu nhập bình quân: 60 Tr.đồng/người",
            [("Thu nhập bình quân", 60, "triệu đồng/người/năm", LEVEL, None)],
        ),
        (
            "Giá trị sản xuất: 120 tr. đ/ha",
            [("Giá trị sản xuất", 120, "triệu đồng/ha", LEVEL, None)],
        ),
        ("Thu nhập: 5 trđ/người/tháng", [("Thu nhập", 5, "triệu đồng/người/tháng", LEVEL, None)]),
        # … not the first letter of a word, nor a capital "Đ", nor a list's letter after a
        # value, nor points ("8,5 đ": "đ" alone is the đồng after thousands or a scale)
        ("Có 5 tỷ đạt chuẩn", [("tỷ đạt chuẩn", 5, "", LEVEL, None)]),
        ("Mức 5 Đ", [("Mức", 5, "", LEVEL, None)]),
        ("Số giường bệnh đạt 32 đ) Tỷ lệ", [("Số giường bệnh", 32, "", LEVEL, None)]),
        ("Điểm bình quân đạt 8,5 đ", [("Điểm bình quân", Decimal("8.5"), "", LEVEL, None)]),
        ("Mức chi (mức 500.000 đ) cho mỗi người", [("Mức chi (mức", 500000, "đồng", LEVEL, None)]),
        # … and "đồng" after "tr." is not the first syllable of a word
        ("In 120 tr. đồng bộ với kế hoạch", [("In", 120, "", LEVEL, None)]),
        # a capital after "tỷ" opens a clause that lost its comma, as the next name's "tỷ lệ"
        # does: the scale is the value's
        (
            "Thu ngân sách đạt 5 tỷ tỷ lệ chi thường xuyên 60%",
            [("Thu ngân sách", 5_000_000_000, "", LEVEL, None),
             ("tỷ lệ chi thường xuyên", 60, "%", LEVEL, None)],
        ),
        (
            "Thu ngân sách đạt 5 tỷ Ủy ban nhân dân tỉnh giao 3 tỷ",
            [("Thu ngân sách", 5_000_000_000, "", LEVEL, None),
             ("Ủy ban nhân dân tỉnh giao", 3_000_000_000, "", LEVEL, None)],
        ),
        # a capacity or an area inside a name is the name's
        (
            "Dự án nhà máy điện gió 50 MW đạt tiến độ 100%.",
            [("Dự án nhà máy điện gió 50 MW đạt tiến độ", 100, "%", LEVEL, None)],
        ),
        # "Đồng" with a capital is a place's name, not the currency
        (
            "Khu công nghiệp Nhơn Trạch 2 Đồng Nai lấp đầy 80%.",
            [("Khu công nghiệp Nhơn Trạch 2 Đồng Nai lấp đầy", 80, "%", LEVEL, None)],
        ),
        # a second review: a capacity or an area a verb states, one of a list, or one a
        # change follows is a target of its own
        (
            "Sản lượng điện đạt 5.000 triệu kWh tăng 10% so với năm 2024",
            [("Sản lượng điện", 5_000_000_000, "kWh", LEVEL, None),
             ("Sản lượng điện", 10, "%", INC, None)],
        ),
        (
            "Công suất nguồn điện đạt 3.000 MW trong đó điện gió 800 MW",
            [("Công suất nguồn điện", 3000, "MW", LEVEL, None),
             ("điện gió", 800, "MW", LEVEL, None)],
        ),
        (
            "Hoàn thành 30.000 m2 nhà ở xã hội và 20.000 m2 nhà ở thương mại",
            [("nhà ở xã hội", 30000, "m²", LEVEL, None),
             ("nhà ở thương mại", 20000, "m²", LEVEL, None)],
        ),
        # "/năm" after a new unit is still the unit's, and its scale the value's
        (
            "Sản lượng điện đạt 10 tỷ kWh/năm vào năm 2030",
            [("Sản lượng điện", 10_000_000_000, "kWh", LEVEL, 2030)],
        ),
        # a count's "thêm" is its own: a list after it mixes increments and totals ("…, toàn
        # tỉnh có 120 xã"), so the next count is a level
        (
            "Có thêm 10 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nâng cao",
            [("xã đạt chuẩn nông thôn mới", 10, "xã", INC, None),
             ("xã đạt chuẩn nâng cao", 5, "xã", LEVEL, None)],
        ),
        # … not to a rate, nor to a count after a change of another kind
        (
            "Xây dựng thêm 20 trường học đạt chuẩn, 80% hộ dân dùng nước sạch",
            [("trường học đạt chuẩn", 20, "", INC, None),
             ("hộ dân dùng nước sạch", 80, "%", LEVEL, None)],
        ),
        (
            "Tăng 8% GRDP, 100 xã đạt chuẩn",
            [("GRDP", 8, "%", INC, None), ("xã đạt chuẩn", 100, "xã", LEVEL, None)],
        ),
        # "lũy kế": the total the increase brings, of the same indicator
        (
            "Có thêm 10 xã đạt chuẩn nông thôn mới, lũy kế 120 xã.",
            [("xã đạt chuẩn nông thôn mới", 10, "xã", INC, None),
             ("xã đạt chuẩn nông thôn mới", 120, "xã", LEVEL, None)],
        ),
        # … not where a change follows it: then it is the name's, or a word of the change
        (
            "Tỷ lệ hộ nghèo lũy kế giảm 3,5%",
            [("Tỷ lệ hộ nghèo lũy kế", Decimal("3.5"), "%", DEC, None)],
        ),
        (
            "Số doanh nghiệp tăng lũy kế 500 doanh nghiệp",
            [("Số doanh nghiệp", 500, "doanh nghiệp", INC, None)],
        ),
        # a rate's changes add up to a change; a line's first "Lũy kế" names its target
        (
            "Tỷ lệ hộ nghèo giảm 1,5%/năm, lũy kế 6%",
            [("Tỷ lệ hộ nghèo", Decimal("1.5"), "%", DEC, None),
             ("Tỷ lệ hộ nghèo", 6, "%", DEC, None)],
        ),
        ("Lũy kế 120 xã", [("Lũy kế", 120, "xã", LEVEL, None)]),
        (  # … whatever follows it; a "(" before it opens no name
            "Tỷ lệ hộ nghèo giảm 1,5%/năm, lũy kế 6% (giai đoạn 2021-2025).",
            [("Tỷ lệ hộ nghèo", Decimal("1.5"), "%", DEC, None),
             ("Tỷ lệ hộ nghèo", 6, "%", DEC, None)],
        ),
        (
            "Có thêm 10 xã đạt chuẩn nông thôn mới (lũy kế 120 xã).",
            [("xã đạt chuẩn nông thôn mới", 10, "xã", INC, None),
             ("xã đạt chuẩn nông thôn mới", 120, "xã", LEVEL, None)],
        ),
        (  # a level no sum of the changes reaches
            "Tỷ lệ lao động qua đào tạo tăng 2%/năm, lũy kế 75%.",
            [("Tỷ lệ lao động qua đào tạo", 2, "%", INC, None),
             ("Tỷ lệ lao động qua đào tạo", 75, "%", LEVEL, None)],
        ),
        (
            "Tỷ lệ xã đạt chuẩn nông thôn mới tăng 8%/năm, lũy kế 75%.",
            [("Tỷ lệ xã đạt chuẩn nông thôn mới", 8, "%", INC, None),
             ("Tỷ lệ xã đạt chuẩn nông thôn mới", 75, "%", LEVEL, None)],
        ),
        (  # what follows a cumulative value restates the indicator before it
            "Số hộ được hỗ trợ nhà ở tăng 500 hộ, lũy kế 2.500 hộ/5 năm.",
            [("Số hộ được hỗ trợ nhà ở", 500, "hộ", INC, None),
             ("Số hộ được hỗ trợ nhà ở", 2500, "hộ", LEVEL, None)],
        ),
        (
            "Tỷ lệ hộ nghèo giảm 1,5%/năm, lũy kế 6% hộ nghèo.",
            [("Tỷ lệ hộ nghèo", Decimal("1.5"), "%", DEC, None),
             ("Tỷ lệ hộ nghèo", 6, "%", DEC, None)],
        ),
        # … but another indicator after it is its own: another unit, or more words
        (
            "Tỷ lệ hộ nghèo giảm 1%/năm; lũy kế 120 xã đạt chuẩn nông thôn mới",
            [("Tỷ lệ hộ nghèo", 1, "%", DEC, None),
             ("xã đạt chuẩn nông thôn mới", 120, "xã", LEVEL, None)],
        ),
        (
            "Có thêm 10 xã đạt chuẩn, lũy kế 120 xã đạt chuẩn nông thôn mới và 20 xã đạt chuẩn "
            "nông thôn mới nâng cao",
            [("xã đạt chuẩn", 10, "xã", INC, None),
             ("xã đạt chuẩn nông thôn mới", 120, "xã", LEVEL, None),
             ("xã đạt chuẩn nông thôn mới nâng cao", 20, "xã", LEVEL, None)],
        ),
        # a plan's or a programme's own year is the target's; a year "trước" is not
        (
            "Kế hoạch vốn đầu tư công năm 2025 đạt 100%",
            [("Kế hoạch vốn đầu tư công", 100, "%", LEVEL, 2025)],
        ),
        (
            "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến cuối năm 2025 giảm còn 1,5%",
            [("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", Decimal("1.5"), "%", LEVEL, 2025)],
        ),
        (
            "Xây dựng mới 20 trường học trước năm 2026",
            [("trường học trước năm 2026", 20, "", LEVEL, None)],
        ),
        # a baseline after a counted name is its baseline, not its year
        (
            "Có thêm 5 xã đạt chuẩn nông thôn mới so với năm 2024",
            [("xã đạt chuẩn nông thôn mới", 5, "xã", INC, None)],
        ),
        # the parenthesis a sub-target closes is no name's
        (
            "Giải quyết việc làm cho 35.000 lao động (trong đó nữ 15.000 người), xuất khẩu lao "
            "động 2.000 người",
            [("Giải quyết việc làm cho", 35000, "lao động", LEVEL, None),
             ("nữ", 15000, "người", LEVEL, None),
             ("xuất khẩu lao động", 2000, "người", LEVEL, None)],
        ),
    ],
)  # fmt: skip
def test_what_a_review_of_counts_units_and_years_found(
    line: str, expected: list[tuple[str, int, str, object, int | None]]
) -> None:
    assert [(p.indicator, p.value, p.unit, p.kind, p.year) for p in parse_target_line(line)] == [
        (name, Decimal(value), unit, kind, year) for name, value, unit, kind, year in expected
    ]


def test_a_base_of_comparison_is_in_the_span_of_its_change() -> None:
    """ "tăng 5% so với dự toán tỉnh giao": the base is said of the change, so the change's
    span holds it (a clerk reads what it is compared with)."""
    line = "Thu ngân sách: 620 tỷ đồng, tăng 5% so với dự toán tỉnh giao; Tỷ lệ hộ nghèo giảm 1%"
    assert [line[p.start : p.end] for p in parse_target_line(line)] == [
        "Thu ngân sách: 620 tỷ đồng",
        "tăng 5% so với dự toán tỉnh giao",
        "Tỷ lệ hộ nghèo giảm 1%",
    ]
