"""Document types: abbreviation, Vietnamese and English names, family.

The SKOS scheme `ontology/vocab/document-types.ttl` lists the same types; a test keeps the two
in step. Abbreviations are those of Decree 30/2020/NĐ-CP, Appendix I, plus party documents.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DocType:
    code: str  # abbreviation as used in symbols: "NQ", "TTr"; LUAT etc. for unnumbered kinds
    slug: str  # ASCII, used in IRIs: "nq", "ttr"
    vi: str  # Vietnamese name as it opens a reference: "Nghị quyết"
    en: str
    # numbered in two series by the same issuer: normative, the year in the number
    # ("40/2021/NQ-HĐND"), and individual ("40/NQ-HĐND"); the two restart every year
    two_series: bool = False


DOC_TYPES: tuple[DocType, ...] = (
    DocType("NQ", "nq", "Nghị quyết", "Resolution", two_series=True),
    DocType("QĐ", "qd", "Quyết định", "Decision", two_series=True),
    DocType("CT", "ct", "Chỉ thị", "Directive", two_series=True),
    DocType("NĐ", "nd", "Nghị định", "Decree"),
    DocType("TT", "tt", "Thông tư", "Circular"),
    DocType("TTLT", "ttlt", "Thông tư liên tịch", "Joint circular"),
    DocType("TTr", "ttr", "Tờ trình", "Submission"),
    DocType("BC", "bc", "Báo cáo", "Report"),
    DocType("KH", "kh", "Kế hoạch", "Plan"),
    DocType("KL", "kl", "Kết luận", "Conclusion"),
    DocType("HD", "hd", "Hướng dẫn", "Guidance"),
    DocType("CĐ", "cd", "Công điện", "Official dispatch"),
    DocType("TB", "tb", "Thông báo", "Notice"),
    DocType("CV", "cv", "Công văn", "Official letter"),
    DocType("QC", "qc", "Quy chế", "Regulation"),
    DocType("QĐi", "qdi", "Quy định", "Rule"),
    DocType("L", "luat", "Luật", "Law"),
    DocType("PL", "pl", "Pháp lệnh", "Ordinance"),
    DocType("BL", "bl", "Bộ luật", "Code"),
    DocType("HP", "hp", "Hiến pháp", "Constitution"),
    DocType("CTr", "ctr", "Chương trình", "Programme"),
    DocType("ĐA", "da", "Đề án", "Scheme"),
    DocType("QHo", "quy-hoach", "Quy hoạch", "Master plan"),
    DocType("CL", "cl", "Chiến lược", "Strategy"),
    DocType("BBGN", "bbgn", "Biên bản ghi nhớ", "Memorandum of understanding"),
    DocType("BB", "bb", "Biên bản", "Minutes"),
    DocType("BCTT", "bctt", "Báo cáo thẩm tra", "Committee review report"),
    DocType("YKĐB", "ykdb", "Ý kiến đại biểu", "Delegates' opinions"),
)

BY_CODE: dict[str, DocType] = {t.code: t for t in DOC_TYPES}
BY_NAME: dict[str, DocType] = {t.vi.casefold(): t for t in DOC_TYPES}


def by_code(code: str) -> DocType | None:
    """Look a type up by its abbreviation, tolerating case ("Ttr") and the Ð look-alike."""
    code = code.replace("\u00d0", "Đ")
    return BY_CODE.get(code) or next(
        (t for t in DOC_TYPES if t.code.casefold() == code.casefold()), None
    )
