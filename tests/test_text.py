"""Tests of the text layer: decoding, normalisation, the offset map back to the original."""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nqgraph.errors import ReadError
from nqgraph.text import NormalisedText, decode, normalise, read_source
from tests import variants

SOURCES = Path(__file__).resolve().parent.parent / "data" / "source"
SEEDS = sorted(SOURCES.glob("*.md"))
SEED_112 = SOURCES / "112-NQ-HDND-2024-thai-nguyen.md"
SEED_94 = SOURCES / "94-NQ-HDND-2023-thai-nguyen.md"


def _seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _decoded(data: bytes) -> str:
    return decode(data, "variant.md")[0]


VARIANTS: dict[str, Callable[[str], str]] = {
    "nfd": variants.nfd,
    "crlf_bom": lambda t: _decoded(variants.crlf_bom(t)),
    "utf16": lambda t: _decoded(variants.utf16(t)),
    "strip_markdown": variants.strip_markdown,
    "rewrap70": variants.rewrap,
    "rewrap40": lambda t: variants.rewrap(t, 40),
    "combined": lambda t: _decoded(
        variants.crlf_bom(variants.nfd(variants.rewrap(variants.strip_markdown(t))))
    ),
}


def _line_of(text: str, needle: str) -> int:
    """1-based line of the first original line containing `needle` (computed independently)."""
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


# ------------------------------------------------------------------------------------ decode


def test_decode_plain_utf8() -> None:
    assert decode("Số: 112/NQ-HĐND\n".encode(), "a.md") == ("Số: 112/NQ-HĐND\n", "utf-8")


def test_decode_utf8_bom_removed() -> None:
    text, encoding = decode(b"\xef\xbb\xbf" + "Điều 1.".encode(), "a.md")
    assert (text, encoding) == ("Điều 1.", "utf-8-sig")


@pytest.mark.parametrize("order", ["le", "be"])
def test_decode_utf16_with_bom(order: str) -> None:
    text, encoding = decode(variants.utf16("NGHỊ QUYẾT\r\nVề kết quả", order), "a.md")
    assert (text, encoding) == ("NGHỊ QUYẾT\r\nVề kết quả", "utf-16")


@pytest.mark.parametrize("order", ["le", "be"])
def test_decode_utf16_without_bom_is_named(order: str) -> None:
    """A BOM-less UTF-16 text is refused as such, not as a binary file: it says what to do."""
    data = variants.utf16("NGHỊ QUYẾT\r\nVề kết quả năm 2025", order)[2:]
    with pytest.raises(ReadError) as info:
        decode(data, "a.md")
    assert str(info.value) == (
        "a.md: UTF-16 without a byte-order mark; save the file as UTF-8 (or UTF-16 with a BOM)"
    )
    with pytest.raises(ReadError, match="binary file"):  # NULs, but not every other byte
        decode(b"PNG\x00\x00\x00\x0dIHDR\x00\x00\x01", "b.md")


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_decode_empty(data: bytes) -> None:
    with pytest.raises(ReadError, match="empty file") as info:
        decode(data, "empty.md")
    assert str(info.value).startswith("empty.md")


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04\x14\x00\x00\x00", b"text\nmore\x00\x00", bytes(range(1, 9)) * 20],
)
def test_decode_binary(data: bytes) -> None:
    with pytest.raises(ReadError, match="binary file, not text") as info:
        decode(data, "blob.pdf")
    assert "blob.pdf" in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("codec", ["cp1258", "latin-1"])
def test_decode_legacy_encoding(codec: str) -> None:
    data = "So 112\nThái Nguyên, ngày 10".encode(codec)
    bad = next(i for i, b in enumerate(data) if b >= 0x80)
    with pytest.raises(ReadError) as info:
        decode(data, "old.md")
    message = str(info.value)
    assert message.startswith("old.md:2: not UTF-8")
    assert f"0x{data[bad]:02X}" in message
    assert "convert the file to UTF-8" in message
    assert info.value.line == 2


def test_decode_legacy_later_line_cr_only() -> None:
    data = b"ab\rcd\r\nef\n" + "Thái".encode("cp1258")
    with pytest.raises(ReadError) as info:
        decode(data, "x.md")
    assert info.value.line == 4
    assert "line 4" in str(info.value)


def test_decode_truncated_multibyte() -> None:
    data = "dòng một\nSố".encode()[:-1]
    with pytest.raises(ReadError, match=r"ends in the middle of a character: truncated\?") as info:
        decode(data, "cut.md")
    assert str(info.value).startswith("cut.md:2:")


def test_read_source_ok(tmp_path: Path) -> None:
    data = variants.crlf_bom("Số: 1/NQ-HĐND\nĐiều 1.")
    path = tmp_path / "r.md"
    path.write_bytes(data)
    source = read_source(path)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.encoding == "utf-8-sig"
    assert source.name == "r.md"
    assert source.text == "Số: 1/NQ-HĐND\r\nĐiều 1."


def test_read_source_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file") as info:
        read_source(tmp_path / "nope.md")
    assert "nope.md" in str(info.value)
    with pytest.raises(ReadError, match="directory") as info:
        read_source(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_read_source_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.md"
    path.write_text("Số: 1")
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        # chmod 0 does not stop root (CI runs as root): refuse the read the way the OS would
        if self.name == "secret.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(ReadError, match="permission denied") as info:
        read_source(path)
    assert "secret.md" in str(info.value)


# -------------------------------------------------------------------------------- variants


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.name[:3])
def seed(request: pytest.FixtureRequest) -> tuple[str, NormalisedText]:
    text = _seed(request.param)
    return text, normalise(text)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variant_gives_same_text(seed: tuple[str, NormalisedText], name: str) -> None:
    original, expected = seed
    variant = VARIANTS[name](original)
    assert variant != original or name == "utf16"
    got = normalise(variant).text
    if got != expected.text:  # show the first differing line, not two 40 KB strings
        for a, b in zip(got.split("\n"), expected.text.split("\n"), strict=False):
            assert a == b
    assert got == expected.text


def _plain(quote: str) -> str:
    """The quote without Markdown, in NFC, whitespace collapsed (an independent re-derivation)."""
    s = unicodedata.normalize("NFC", quote)
    s = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", s)
    s = s.replace("*", "")
    s = re.sub(r"(^|\n)[ \t]*#{1,6}[ \t]+", r"\1", s)
    s = re.sub(r"(^|\n)[ \t]*(?:[-+][ \t]+)+(?=[-+](?:[ \t]|$))", r"\1", s)
    return " ".join(s.split())


@pytest.mark.parametrize("name", ["seed", *sorted(VARIANTS)])
def test_random_spans_quote_original(seed: tuple[str, NormalisedText], name: str) -> None:
    original = seed[0] if name == "seed" else VARIANTS[name](seed[0])
    norm = normalise(original)
    rng = random.Random(f"{name}-{len(original)}")
    n = len(norm.text)
    for _ in range(400):
        start = rng.randrange(n)
        end = min(n, start + rng.randrange(1, 300))
        span = norm.span(start, end)
        assert span.quote == original[span.start : span.end]
        assert span.start == norm.original_offset(start)
        assert _plain(span.quote) == " ".join(norm.text[start:end].split())
        assert span.line <= span.end_line


def test_offset_map_monotonic(seed: tuple[str, NormalisedText]) -> None:
    norm = normalise(VARIANTS["combined"](seed[0]))
    offsets = [norm.original_offset(i) for i in range(len(norm.text) + 1)]
    assert offsets == sorted(offsets)
    assert offsets[-1] <= len(norm.original)


def test_blocks_are_lines(seed: tuple[str, NormalisedText]) -> None:
    norm = seed[1]
    lines = norm.text.split("\n")
    assert [norm.text[s:e] for s, e in norm.blocks()] == lines
    assert all(line and line == line.strip() and "  " not in line for line in lines)


def test_crlf_line_numbers(seed: tuple[str, NormalisedText]) -> None:
    original, norm = seed
    crlf = _decoded(variants.crlf_bom(original))
    crlf_norm = normalise(crlf)
    for start, end in crlf_norm.blocks():
        span = crlf_norm.span(start, end)
        first_line = span.quote.splitlines()[0]
        assert span.line == _line_of(original, first_line)
        assert span.end_line == span.line + len(re.findall(r"\r\n|\r|\n", span.quote))
    assert [norm.span(s, e).line for s, e in norm.blocks()] == [
        crlf_norm.span(s, e).line for s, e in crlf_norm.blocks()
    ]


def test_line_at_cr_only() -> None:
    norm = normalise("a\rb\r\nc\nd")
    assert [norm.line_at(i) for i in range(8)] == [1, 1, 2, 2, 2, 3, 3, 4]


# ------------------------------------------------------------------------- specific joins


def _lines(path: Path) -> list[str]:
    return normalise(_seed(path)).text.split("\n")


def test_page_break_inside_reference_112() -> None:
    lines = _lines(SEED_112)
    hits = [line for line in lines if "Nghị quyết số 41-NQ/TW ngày 10 tháng 10 năm 2023" in line]
    assert len(hits) == 1
    assert hits[0].startswith("Khuyến khích")
    assert not any(line.startswith("số 41-NQ/TW") for line in lines)


def test_page_breaks_94() -> None:
    lines = _lines(SEED_94)
    assert any("kết nối nông thôn với đô thị. Tiếp tục" in line for line in lines)
    assert any("có lợi thế; tăng cường kết nối" in line for line in lines)
    assert not any(line[0].islower() for line in lines)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_header_blocks(path: Path) -> None:
    lines = _lines(path)
    title = lines.index("NGHỊ QUYẾT")
    assert lines[title + 1].startswith("Về kết quả thực hiện")
    assert "; mục tiêu, nhiệm vụ" in lines[title + 1]
    assert lines[-2:] == ["CHỦ TỊCH", "Phạm Hoàng Sơn"]
    bases = [line for line in lines if line.startswith("Căn cứ")]
    assert len(bases) == _seed(path).count("Căn cứ Luật") == 2
    assert all(line.endswith(";") and line.count("Căn cứ") == 1 for line in bases)
    assert "QUYẾT NGHỊ:" in lines
    assert sum(line.startswith("Điều ") for line in lines) == 3


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_structure_bullets(path: Path) -> None:
    lines = _lines(path)
    at = lines.index("- Cơ cấu kinh tế:")
    assert [line[:2] for line in lines[at + 1 : at + 4]] == ["+ "] * 3
    assert lines[at + 1].startswith("+ Công nghiệp, xây dựng")
    assert lines[at + 4].startswith("- Giá trị sản xuất công nghiệp")


def test_header_94_two_uppercase_lines_join() -> None:
    lines = _lines(SEED_94)
    assert lines[:3] == [
        "HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]


def test_typos_kept() -> None:
    assert any(line.startswith("Phần đầu đạt") for line in _lines(SEED_112))


def test_page_break_variant() -> None:
    original = _seed(SEED_112)
    broken = variants.page_break(original, "Tổ chức chính quyền địa phương ngày 19")
    assert normalise(broken).text == normalise(original).text


# ------------------------------------------------------------------------------- unit rules


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("giai đoạn 2021\n- 2025 của tỉnh.", ["giai đoạn 2021 - 2025 của tỉnh."]),
        ("kinh tế\n- xã hội năm 2024", ["kinh tế - xã hội năm 2024"]),
        ("Cơ cấu:\n- 2025 là năm", ["Cơ cấu:", "- 2025 là năm"]),
        ("- Chỉ đạo môi trường\n- Tiếp tục", ["- Chỉ đạo môi trường", "- Tiếp tục"]),
        ("theo Nghị quyết số\n18-NQ/TW ngày 25.", ["theo Nghị quyết số 18-NQ/TW ngày 25."]),
        ("năm 2023.\n2024. Năm mới", ["năm 2023. 2024. Năm mới"]),
        ("năm 2023.\n1. Giao", ["năm 2023.", "1. Giao"]),
        ("QUYẾT NGHỊ:\nĐiều 1. Thông qua", ["QUYẾT NGHỊ:", "Điều 1. Thông qua"]),
        ("quy định tại\nĐiều 3. Luật", ["quy định tại Điều 3. Luật"]),
        ("năm 2015;\nCăn cứ Luật", ["năm 2015;", "Căn cứ Luật"]),
        ("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nPhạm Hoàng Sơn", None),
        ("Số: 1/NQ-HĐND\nThái Nguyên, ngày 1", ["Số: 1/NQ-HĐND", "Thái Nguyên, ngày 1"]),
        ("Đoạn một;\n\ntiếp tục", ["Đoạn một; tiếp tục"]),
        ("## Tiêu đề\n\ntiếp tục", ["Tiêu đề", "tiếp tục"]),
        ("Đoạn một\n\na) Mục", ["Đoạn một", "a) Mục"]),
        ("giai đoạn\n\n2021 - 2025.", ["giai đoạn 2021 - 2025."]),
        ("Xong.\n\n2021 là năm", ["Xong.", "2021 là năm"]),
        ("* Mục một\n* Mục hai", ["- Mục một", "- Mục hai"]),
        ("  - + Công nghiệp", ["+ Công nghiệp"]),
        ("1\\. Giao \\*nhiệm\\* vụ", ["1. Giao *nhiệm* vụ"]),
        ("***c. Các chỉ tiêu***", ["c. Các chỉ tiêu"]),
        ("_Căn cứ Luật;_", ["Căn cứ Luật;"]),
        ("a * b và snake_case và 2*3", ["a * b và snake_case và 2*3"]),
        ("Dòng một<br>Dòng hai<br/>\nba", ["Dòng một Dòng hai ba"]),
        ("VIỆT NAM<br>Độc lập", ["VIỆT NAM", "Độc lập"]),
        ("## Tiêu đề ##", ["Tiêu đề"]),
        ("\tCó\u00a0tab\u202fvà\u200b  nbsp", ["Có tab và nbsp"]),
        ("Ðiều 1 – năm 2021—2025 \u2212 ð", ["Điều 1 - năm 2021-2025 - đ"]),
    ],
)
def test_rules(source: str, expected: list[str] | None) -> None:
    if expected is None:
        expected = source.split("\n")
    assert normalise(source).text.split("\n") == expected


def test_nfd_cluster_maps_to_whole_cluster() -> None:
    original = unicodedata.normalize("NFD", "Nghị quyết")
    norm = normalise(original)
    assert norm.text == "Nghị quyết"
    span = norm.span(3, 4)  # "ị" is "i" + U+0323 in NFD
    assert (span.start, span.end, span.quote) == (3, 5, "i\u0323")
    assert norm.span(0, len(norm.text)).quote == original


def test_span_of_heading_keeps_markdown_inside() -> None:
    original = "## **2. Các chỉ tiêu**\n\n**Điều 1.** Thông qua"
    norm = normalise(original)
    assert norm.text == "2. Các chỉ tiêu\nĐiều 1. Thông qua"
    whole = norm.span(0, len(norm.text))
    assert whole.quote == "2. Các chỉ tiêu**\n\n**Điều 1.** Thông qua"
    assert (whole.line, whole.end_line) == (1, 3)
    second = norm.text.index("Điều")
    span = norm.span(second, len(norm.text))
    assert span.quote == "Điều 1.** Thông qua"
    assert span.line == 3
    empty = norm.span(second, second)
    assert (empty.quote, empty.start, empty.end) == ("", span.start, span.start)


def test_span_bounds_checked() -> None:
    norm = normalise("abc")
    with pytest.raises(IndexError):
        norm.span(2, 5)
    with pytest.raises(IndexError):
        norm.original_offset(-1)


def test_speed_50kb() -> None:
    import time

    text = (_seed(SEED_94) + "\n\n") * 2
    started = time.perf_counter()
    normalise(text)
    assert time.perf_counter() - started < 0.25


# ------------------------------------------------------------------------------- property

# fmt: off
_PIECES = st.sampled_from([
    "a", "Đ", "ð", "Ð", "ệ", "e\u0323\u0302", "\u0301", "\u0323", "i", "A", "1", "2024",
    " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "*", "**", "_", "#", "## ", "- ", "+ ",
    "  - + ", "\\", "\\*", "1. ", "a) ", "<br>", "<BR/>", "\x0b", "\x0c", "\x1f", "\x85",
    "\u00a0", "\u200b", "\ufeff", "\u2013", "Căn cứ ", ";", ".", ":", "\u1100", "\u1161",
])
# fmt: on
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=60).map("".join),
    st.text(alphabet=st.characters(exclude_characters="\x00"), max_size=200),
)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_normalise_property(original: str) -> None:
    norm = normalise(original)
    text = norm.text
    assert "\r" not in text
    lines = text.split("\n") if text else []
    assert all(line and line == line.strip(" ") for line in lines)
    n = len(text)
    if n:
        full = norm.span(0, n)
        assert full.quote == original[full.start : full.end]
    for start in range(0, n, 3):
        for end in (start + 1, min(n, start + 7), n):
            span = norm.span(start, end)
            assert span.quote == original[span.start : span.end]
            assert 0 <= span.start < span.end <= len(original)
            assert 1 <= span.line <= span.end_line
    offsets = [norm.original_offset(i) for i in range(n + 1)]
    assert offsets == sorted(offsets)


def test_nfc_singletons_and_jamo() -> None:
    original = "A\u030a\u212b \u1100\u1161x \u1100\u1161\u11a8y"
    norm = normalise(original)
    assert norm.text == unicodedata.normalize("NFC", original)
    quotes = [norm.span(i, i + 1).quote for i in range(len(norm.text))]
    assert quotes == ["A\u030a", "\u212b", " ", "\u1100\u1161", "x", " ", "\u1100\u1161\u11a8", "y"]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # a list item without punctuation, then a numbered heading: two blocks
        (
            "2.2. Về xã hội\n- Tỷ lệ học sinh học tại các trường dân tộc nội trú: 11,5%\n"
            "2.3. Về môi trường\n- Tỷ lệ che phủ rừng: 38%",
            [
                "2.2. Về xã hội",
                "- Tỷ lệ học sinh học tại các trường dân tộc nội trú: 11,5%",
                "2.3. Về môi trường",
                "- Tỷ lệ che phủ rừng: 38%",
            ],
        ),
        # a wrap before a number or inside a symbol: one block
        (
            "Căn cứ Nghị định số\n06/2022/NĐ-\nCP ngày 07/01/2022 của Chính phủ;",
            ["Căn cứ Nghị định số 06/2022/NĐ-CP ngày 07/01/2022 của Chính phủ;"],
        ),
        (
            "Căn cứ Nghị quyết số 18-NQ/\n\n\nTW của Bộ Chính trị;",
            ["Căn cứ Nghị quyết số 18-NQ/TW của Bộ Chính trị;"],
        ),
        # a hyphen after a space is a dash: the words are joined with a space
        ("phát triển kinh tế -\nxã hội", ["phát triển kinh tế - xã hội"]),
    ],
)
def test_where_a_line_break_ends_a_block(text: str, blocks: list[str]) -> None:
    assert normalise(text).text.split("\n") == blocks


def test_a_lettered_item_of_soft_text_is_a_block_of_its_own() -> None:
    """In text of one paragraph a line, "d) Chỉ số …" after an item without punctuation is the
    next item, not a continuation ("… đạt 68 đ) Tỷ lệ …" read 68 đồng); a lower-case line that
    is no item still continues the line before."""
    paragraph = (
        "Phát triển kinh tế - xã hội nhanh và bền vững, gắn với bảo đảm quốc phòng, an ninh " * 2
    )
    items = [
        "c) Số bác sĩ/vạn dân đạt 12",
        "d) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 68",
        "đ) Tỷ lệ che phủ rừng đạt 46%",
    ]
    text = "\n".join([paragraph.strip() + "."] * 5 + items + ["và tỷ lệ hộ nghèo giảm 1,5%"])
    assert normalise(text).text.split("\n")[5:] == [
        *items[:2],
        items[2] + " và tỷ lệ hộ nghèo giảm 1,5%",
    ]


def test_a_layout_table_is_the_page_it_lays_out() -> None:
    """A converter's two-column tables of the header and the closing are read as the lines of
    the page, each cell a paragraph, quotes still the original's; a table of data (more than
    two columns, none of a header's or closing's words, or a "Số:" in a table of data rows)
    stays a table."""
    original = (
        "| HỘI ĐỒNG NHÂN DÂN<br>TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự "
        "do - Hạnh phúc |\r\n|---|---|\r\n| Số: 15/2023/NQ-HĐND | *Hà Tĩnh, ngày 14 tháng 7 năm "
        "2023* |\r\n\r\n| STT | Chỉ tiêu | Số: |\r\n|---|---|---|\r\n| 1 | Thu | 5 |\r\n\r\n"
        "| Chỉ tiêu | 2025 |\r\n|---|---|\r\n| Thu | 5 |\r\n\r\n"
        "| Nội dung | Văn bản |\r\n|---|---|\r\n| Phê duyệt | Số: 12/QĐ-UBND |\r\n\r\n"
        "| | **CHỦ TỊCH**<br>**Hoàng Văn An** |\r\n|---|---|\r\n\r\n"
        "| ***Nơi nhận:***<br>- Chính phủ;<br>- Lưu: VT. | **CHỦ TỊCH**<br><br>**Hoàng Trung "
        "Dũng** |\r\n|---|---|\r\n"
    )
    nt = normalise(original)
    assert nt.text.split("\n") == [
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/2023/NQ-HĐND",
        "Hà Tĩnh, ngày 14 tháng 7 năm 2023",
        "| STT | Chỉ tiêu | Số: |",
        "|---|---|---|",
        "| 1 | Thu | 5 |",
        "| Chỉ tiêu | 2025 |",
        "|---|---|",
        "| Thu | 5 |",
        "| Nội dung | Văn bản |",
        "|---|---|",
        "| Phê duyệt | Số: 12/QĐ-UBND |",
        "CHỦ TỊCH",
        "Hoàng Văn An",
        "Nơi nhận:",
        "- Chính phủ;",
        "- Lưu: VT.",
        "CHỦ TỊCH",
        "Hoàng Trung Dũng",
    ]
    at = nt.text.index("Hoàng Trung")
    span = nt.span(at, at + len("Hoàng Trung Dũng"))
    assert span.quote == "Hoàng Trung Dũng"
    assert span.line == 20
