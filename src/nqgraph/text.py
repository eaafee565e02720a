"""The text layer: decode source bytes, normalise the text, map normalised offsets to the original.

`decode` accepts UTF-8 (with or without BOM) and UTF-16 with a BOM and refuses everything else
with a one-line `ReadError`. `normalise` turns the decoded original into the text the recognisers
match against, keeping an offset map so that every normalised range has an exact original quote.

Normalisation, in order:

1. Characters: Unicode NFC (a composed character maps to its whole decomposed cluster); look-alikes
   U+00D0 → Đ and U+00F0 → đ; NBSP, narrow NBSP, figure space, tabs and other control characters →
   space; zero-width characters, soft hyphens and inner BOMs removed; U+2010, U+2011, U+2013,
   U+2014, U+2212 → "-"; CRLF and CR → LF; an HTML `<br>` is a line break (dropped at a line end).
   Before that, a table of at most two columns that holds the motto ("CỘNG HÒA XÃ HỘI …") or
   the recipients ("Nơi nhận"), or of one row with a cell that opens with "Số:", "TM.",
   "KT." or "CHỦ TỊCH" (a converter's layout of the page's two columns), loses its separator
   row, and each "|" becomes a paragraph break.
2. Lines (Markdown): heading marks `#`…`######` (and closing `#`s) removed, the line remembered as a
   heading; list markers kept as "- " or "+ " ("* " becomes "- "); of nested markers
   ("  - + Công nghiệp") only the last is kept; emphasis runs of `*` or `_` removed when they flank
   text (whitespace or a line end on exactly one side, or a letter/digit on exactly one side);
   backslash escapes unescaped; indentation, trailing spaces (hard breaks) removed; space runs
   collapsed.
3. Blocks: each paragraph, heading or list item becomes one line of `text`.

   Two consecutive lines P, L are joined with one space unless L starts a new block:

   - P or L is a Markdown heading, P is a number line ("Số: …") or a signing authority
     ("TM. HỘI ĐỒNG NHÂN DÂN" / "CHỦ TỊCH");
   - L is a list item, except when P ends without terminal punctuation (. ; : ! ?) and the item
     text starts with a digit or a lowercase letter (a wrap inside "2021 - 2025" or
     "kinh tế - xã hội");
   - P is all uppercase and L has lowercase letters ("NGHỊ QUYẾT" / "Về kết quả …",
     "CHỦ TỊCH" / "Phạm Hoàng Sơn"), while uppercase lines join each other;
   - P ends with terminal punctuation or is all uppercase, and L starts with a label (`I.`, `1.`,
     `1.1.`, `a)`, `c.`, `Điều 3.`; labels are roman numerals, single letters or 1-2 digit numbers,
     so "2024." is not one) or with an opener ("Số:", "Căn cứ", "Sau khi", "Xét", "Trên cơ sở",
     "QUYẾT NGHỊ", "Nơi nhận", "TM.", "KT.", "Q.", "TL.", "TUQ.").

   and, whatever those say (unless P or L is a heading), L continues P when

   - P's last word is a symbol broken at its separator ("06/2022/NĐ-", "18-NQ/", "160/") and L
     starts with a capital or a digit: joined with NO space ("06/2022/NĐ-CP");
   - L starts with a number that is not a label nor a list item, and P ends without terminal
     punctuation and is not all uppercase ("Căn cứ Nghị định số" / "06/2022/NĐ-CP …", "… đạt" /
     "98%."),

   while a list item P is followed by a new block when L is a label before a capital ("- … 11,5%"
   / "2.3. Về môi trường").

   Lines separated by blank lines are separate blocks, except a page break: L continues the
   previous block (joined with one space) when it starts with a lowercase letter — or with a digit
   while the previous block ends without terminal punctuation — and is not a heading, list item or
   label, and the previous block is not a heading; a symbol broken at its separator is joined
   across a page break too, with no space.

Words are never altered. A joining space maps to the first original whitespace character it
replaces, a block break to the first line break between the blocks. Offsets are code points in
the decoded original (BOM removed); lines are 1-based and CRLF, CR and LF each end one line.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from nqgraph.errors import ReadError
from nqgraph.model import SourceFile, Span

__all__ = ["SOURCE_SUFFIXES", "NormalisedText", "decode", "normalise", "read_source"]

#: file suffixes of resolution texts (Markdown or plain text); anything else is RDF or refused
SOURCE_SUFFIXES = (".md", ".txt", ".markdown", ".text")

# ----------------------------------------------------------------------------------------------
# Decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _byte_line(data: bytes, offset: int) -> int:
    """1-based line of byte `offset` (CRLF, CR and LF each end a line)."""
    prefix = data[:offset]
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def _text_line(text: str, offset: int) -> int:
    """1-based line of character `offset` (CRLF, CR and LF each end a line)."""
    prefix = text[:offset]
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


def _too_many_controls(count: int, size: int) -> bool:
    return count > max(4, size // 20)


def _looks_like_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a BOM: one byte of each pair is NUL often (letters, digits and
    punctuation in the ASCII range, which Vietnamese text has plenty of), the other almost
    never, and the whole decodes."""
    sample = data[: min(len(data), 4096) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * len(zeros) and other.count(0) <= 0.1 * len(other):
            try:
                data.decode(name)
            except UnicodeDecodeError:
                continue
            return True
    return False


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode a source file to (text without BOM, encoding); refuse non-text with ReadError."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    if encoding != "utf-16":
        nul = data.find(b"\x00")
        if nul >= 0:
            if _looks_like_utf16(data):
                raise ReadError(
                    "UTF-16 without a byte-order mark; save the file as UTF-8 (or UTF-16 with "
                    "a BOM)",
                    path,
                )
            raise ReadError(
                f"binary file, not text (NUL byte at line {_byte_line(data, nul)})",
                path,
                _byte_line(data, nul),
            )
        controls = _CONTROL_BYTES.findall(data)
        if _too_many_controls(len(controls), len(data)):
            raise ReadError("binary file, not text (control bytes)", path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = _byte_line(data, exc.start)
        byte = data[exc.start]
        if exc.reason == "truncated data" or (
            exc.reason == "unexpected end of data" and not data[: exc.start].isascii()
        ):
            # all of it decodes, characters of several bytes too, but for one begun in the last
            # bytes: a copy cut short (after ASCII alone, "café" in Latin-1 ends so too)
            message = "ends in the middle of a character: truncated?"
        elif encoding == "utf-16":
            message = f"not valid UTF-16 (at byte {exc.start}, line {line}); convert it to UTF-8"
        else:
            message = f"not UTF-8 (byte 0x{byte:02X} at line {line}); convert the file to UTF-8"
        raise ReadError(message, path, line) from None
    if encoding == "utf-16":
        nul_char = text.find("\x00")
        if nul_char >= 0 or _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text)):
            where = _text_line(text, nul_char) if nul_char >= 0 else None
            raise ReadError("binary file, not text", path, where)
    if not text.strip():
        raise ReadError("empty file", path)
    return text, encoding


#: the largest resolution text read: the longest seen are ~200 KB; a file 250 times that is a
#: mistake (a dump, a disk image, a log), and a source is read whole into memory several times
MAX_SOURCE_BYTES = 50 * 1000 * 1000


def _too_large(size: str, shown: str) -> ReadError:
    limit = f"{MAX_SOURCE_BYTES // 10**6} MB"
    return ReadError(f"too large for a resolution text ({size}; at most {limit})", shown)


def read_source(path: str | Path) -> SourceFile:
    """Read and decode a source file; a missing, unreadable or non-text file raises ReadError,
    and so does one over `MAX_SOURCE_BYTES`. A pipe (`/dev/stdin`, `<(…)`) or a device is read
    up to that size: /dev/zero is refused when it reaches it, not read until memory runs out."""
    p = Path(path)
    shown = str(path)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("is a directory, not a file", shown)
        if stat.S_ISSOCK(info.st_mode):
            raise ReadError("not a regular file (a socket)", shown)
        if stat.S_ISREG(info.st_mode):
            if info.st_size > MAX_SOURCE_BYTES:
                raise _too_large(f"{info.st_size / 1e6:,.0f} MB", shown)
            data = p.read_bytes()
        else:  # a pipe or a device: up to the limit, not to its end
            with p.open("rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
            if len(data) > MAX_SOURCE_BYTES:
                raise _too_large(f"over {MAX_SOURCE_BYTES // 10**6} MB", shown)
    except FileNotFoundError:
        raise ReadError("no such file", shown) from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", shown) from None
    except PermissionError:
        raise ReadError("permission denied", shown) from None
    except OSError as exc:
        raise ReadError(f"cannot read file ({exc.strerror or exc})", shown) from None
    text, encoding = decode(data, shown)
    return SourceFile(
        path=shown,
        name=p.name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
    )


# ----------------------------------------------------------------------------------------------
# Offset-mapped rewriting
#
# A pass reads a string and emits pieces (out, a, b, positional): `out` replaces input[a:b].
# Positional pieces map out[k] to input position a + k (len(out) == b - a); the others map every
# output character to the whole input range [a, b). `_compose` turns pieces into the output string
# and its (start, end) arrays in original coordinates, by slicing the input's arrays.

_Piece = tuple[str, int, int, bool]


def _compose(pieces: list[_Piece], starts: array[int], ends: array[int]) -> _Mapped:
    out: list[str] = []
    new_starts: array[int] = array("i")
    new_ends: array[int] = array("i")
    for text, a, b, positional in pieces:
        if not text:
            continue
        out.append(text)
        if positional:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        else:
            k = len(text)
            new_starts.extend([starts[a]] * k)
            new_ends.extend([ends[b - 1]] * k)
    return _Mapped("".join(out), new_starts, new_ends)


@dataclass(slots=True)
class _Mapped:
    text: str
    starts: array[int]
    ends: array[int]


_COUNTING = array("i", range(1 << 16))  # 0, 1, 2 …: a slice copies 500x faster than range()


def _identity(text: str) -> _Mapped:
    global _COUNTING
    n = len(text)
    if len(_COUNTING) <= n:
        _COUNTING = array("i", range(max(n + 1, 2 * len(_COUNTING))))
    return _Mapped(text, _COUNTING[:n], _COUNTING[1 : n + 1])


# --- pass 1: characters -------------------------------------------------------------------------


@cache
def _clusters() -> re.Pattern[str]:
    """A character followed by combining marks (canonical combining class > 0)."""
    marks = [chr(c) for c in range(0x300, 0x1F000) if unicodedata.combining(chr(c))]
    return re.compile("(?s).[" + re.escape("".join(marks)) + "]+")


def _nfc(src: _Mapped) -> _Mapped:
    """Compose each starter with its combining marks (NFC), mapping it to the whole cluster."""
    text = src.text
    if unicodedata.is_normalized("NFC", text):
        return src
    pieces: list[_Piece] = []
    pos = 0
    for m in _clusters().finditer(text):
        cluster = m.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            s, e = m.span()
            pieces.append((text[pos:s], pos, s, True))
            pieces.append((composed, s, e, False))
            pos = e
    pieces.append((text[pos:], pos, len(text), True))
    result = _compose(pieces, src.starts, src.ends)
    if unicodedata.is_normalized("NFC", result.text):
        return result
    # Rare: characters that change on their own (singletons such as U+212B) or compose
    # with a preceding starter (Hangul jamo); each maps to the characters it was made from.
    text = result.text
    pieces = []
    pos = 0
    i = 0
    while i < len(text):
        j = i + 1
        size = len(unicodedata.normalize("NFC", text[i]))
        # absorb following characters while they compose into what came before
        while j < len(text) and len(unicodedata.normalize("NFC", text[i : j + 1])) <= size:
            j += 1
        if j > i + 1 or not unicodedata.is_normalized("NFC", text[i]):
            composed = unicodedata.normalize("NFC", text[i:j])
            pieces.append((text[pos:i], pos, i, True))
            pieces.append((composed, i, j, False))
            pos = j
        i = j
    pieces.append((text[pos:], pos, len(text), True))
    return _compose(pieces, result.starts, result.ends)


_CHAR_FOLDS = {
    "\u00d0": "Đ",
    "\u00f0": "đ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
}
_CHARS = re.compile(
    r"\r\n?"
    r"|(?i:<br\s*/?>)[ \t]*(?=[\r\n]|\Z)"
    r"|(?i:<br\s*/?>)"
    r"|[\u00d0\u00f0\u2010\u2011\u2013\u2014\u2212\u200b-\u200d\u2060\ufeff\u00ad]"
    r"|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


_LOOKALIKES = re.compile("[" + "".join(_CHAR_FOLDS) + "]")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\s]+")


def fold_lookalikes(value: str) -> str:
    """`value` in NFC, its look-alike letters, dashes and invisible characters folded and its
    spaces (no-break ones too) made single, as the reader does in a text (`Ð` → `Đ`): for a
    value a user types or pastes to look a node up."""
    folded = _LOOKALIKES.sub(lambda m: _CHAR_FOLDS[m.group()], unicodedata.normalize("NFC", value))
    return _ODD_SPACES.sub(" ", folded).strip()


def _fold_chars(src: _Mapped) -> _Mapped:
    """Line ends to LF, look-alikes and dashes folded, odd spaces to space, invisibles removed."""
    text = src.text
    pieces: list[_Piece] = []
    pos = 0
    for m in _CHARS.finditer(text):
        s, e = m.span()
        pieces.append((text[pos:s], pos, s, True))
        found = m.group()
        if found[0] == "\r":
            pieces.append(("\n", s, e, False))
        elif found[0] == "<":
            if m.end() == len(text) or text[m.end()] in "\r\n":
                pass  # trailing hard break: the line end follows
            else:
                pieces.append(("\n", s, e, False))
        elif found in _CHAR_FOLDS:
            pieces.append((_CHAR_FOLDS[found], s, e, True))
        else:
            pieces.append((" ", s, e, True))
        pos = e
    if not pieces:
        return src
    pieces.append((text[pos:], pos, len(text), True))
    return _compose(pieces, src.starts, src.ends)


# A table a converter made of the page's two columns: the header ("| HỘI ĐỒNG NHÂN DÂN<br>TỈNH … |
# CỘNG HÒA … |", "| Số: … | Hà Tĩnh, ngày … |") or the closing ("| Nơi nhận: … | CHỦ TỊCH<br>…
# name |"). Its rows, cells and `<br>`s are the lines of the page; a table of data is left alone.
_TABLE_RE = re.compile(r"(?:^[ \t]*\|.*(?:\n|\Z))+", re.MULTILINE)
_TABLE_ROW_RE = re.compile(r".*(?:\n|\Z)")
_SEPARATOR_RE = re.compile(r"[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t\r]*\n?")
# the header's motto or the closing's recipients anywhere; in a table of one row, a cell
# that opens with the number line or the signer's authority or title
_LAYOUT_RE = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|Nơi\s+nhận")
_LAYOUT_CELL_RE = re.compile(
    r"\|[\s*_]*(?:Số\s*:|(?:TM|KT)\.\s|(?:PHÓ\s+)?CHỦ\s+TỊCH)", re.MULTILINE
)
_LAYOUT_CELLS = 2  # the page's two columns
_LAYOUT_ROWS = 1  # a header of the number line and the date, a closing of the signer


def _layout_tables(src: _Mapped) -> _Mapped:
    """A layout table's cells as paragraphs ("|" → a blank line), its separator row dropped."""
    text = src.text
    pieces: list[_Piece] = []
    pos = 0
    for table in _TABLE_RE.finditer(text):
        rows = [r for r in table.group().splitlines() if not _SEPARATOR_RE.fullmatch(r)]
        cells = max(len(r.strip().strip("|").split("|")) for r in rows) if rows else 0
        layout = _LAYOUT_RE.search(table.group()) or (
            len(rows) <= _LAYOUT_ROWS and _LAYOUT_CELL_RE.search(table.group())
        )
        if cells > _LAYOUT_CELLS or not layout:
            continue
        pieces.append((text[pos : table.start()], pos, table.start(), True))
        for row in _TABLE_ROW_RE.finditer(text, table.start(), table.end()):
            a, end = row.span()
            if a == end:
                break
            if _SEPARATOR_RE.fullmatch(text, a, end):
                pieces.append(("\n", a, end, False))
                continue
            for bar in re.finditer(r"\|", row.group()):
                b = row.start() + bar.start()
                pieces.append((text[a:b], a, b, True))
                pieces.append(("\n\n", b, b + 1, False))
                a = b + 1
            pieces.append((text[a:end], a, end, True))
        pos = table.end()
    if not pieces:
        return src
    pieces.append((text[pos:], pos, len(text), True))
    return _compose(pieces, src.starts, src.ends)


# --- pass 2: Markdown lines ---------------------------------------------------------------------

_HEADING = re.compile(r"(#{1,6})(?: +|$)")
_CLOSING_HASHES = re.compile(r" +#+$")
_MARKER = re.compile(r"([-+*])(?: +|$)")
_INLINE = re.compile(r"\\([!-/:-@\[-`{-~])| {2,}|\*+|_+")


@dataclass(slots=True)
class _Line:
    pieces: list[_Piece]
    text: str  # the normalised line, marker included
    heading: bool
    marker: str | None
    body: str  # text after the marker
    first: int  # input position of the first kept character
    last: int  # input position just after the last kept character


def _is_emphasis(prev: str | None, nxt: str | None) -> bool:
    prev_space = prev is None or prev.isspace()
    next_space = nxt is None or nxt.isspace()
    if prev_space != next_space:
        return True
    if prev_space or prev is None or nxt is None:
        return False
    return prev.isalnum() != nxt.isalnum()


def _inline(line: str, base: int, start: int, end: int, pieces: list[_Piece]) -> None:
    """Emit pieces for line[start:end]: escapes, emphasis and space runs handled."""
    pos = start
    for m in _INLINE.finditer(line, start, end):
        s, e = m.span()
        token = m.group()
        if token[0] == "\\":
            pieces.append((line[pos:s], base + pos, base + s, True))
            pieces.append((token[1], base + s + 1, base + e, True))
        elif token[0] == " ":
            pieces.append((line[pos:s], base + pos, base + s, True))
            pieces.append((" ", base + s, base + s + 1, True))
        else:
            prev = line[s - 1] if s > start else None
            nxt = line[e] if e < end else None
            if not _is_emphasis(prev, nxt):
                continue
            pieces.append((line[pos:s], base + pos, base + s, True))
        pos = e
    pieces.append((line[pos:end], base + pos, base + end, True))


def _clean(pieces: list[_Piece]) -> list[_Piece]:
    """Strip and collapse whitespace across pieces (rare: emphasis removed next to spaces)."""
    chars: list[_Piece] = []
    for text, a, b, positional in pieces:
        for k, ch in enumerate(text):
            chars.append((ch, a + k, a + k + 1, True) if positional else (ch, a, b, False))
    kept: list[_Piece] = []
    for piece in chars:
        if piece[0] == " " and (not kept or kept[-1][0] == " "):
            continue
        kept.append(piece)
    while kept and kept[-1][0] == " ":
        kept.pop()
    return kept


def _parse_line(line: str, base: int) -> _Line | None:
    """Normalise one input line (no line breaks inside); None for a blank line."""
    end = len(line.rstrip(" "))
    i = len(line) - len(line.lstrip(" "))
    if i >= end:
        return None
    pieces: list[_Piece] = []
    heading = False
    marker: str | None = None
    hm = _HEADING.match(line, i, end)
    if hm:
        heading = True
        i = hm.end()
        closing = _CLOSING_HASHES.search(line, i, end)
        if closing:
            end = closing.start()
    else:
        last_marker = None
        while True:
            mm = _MARKER.match(line, i, end)
            if not mm:
                break
            last_marker = mm
            i = mm.end()
        if last_marker is not None:
            ms = last_marker.start()
            marker = "-" if line[ms] == "*" else line[ms]
            pieces.append((marker, base + ms, base + ms + 1, True))
            if i < end:
                pieces.append((" ", base + ms + 1, base + ms + 2, True))
    _inline(line, base, i, end, pieces)
    pieces = [p for p in pieces if p[0]]
    text = "".join(p[0] for p in pieces)
    if text != text.strip(" ") or "  " in text:
        pieces = _clean(pieces)
        text = "".join(p[0] for p in pieces)
    if not text:
        return None
    body = text[2:] if marker is not None else text
    return _Line(pieces, text, heading, marker, body, pieces[0][1], pieces[-1][2])


# --- pass 2: blocks -----------------------------------------------------------------------------

_TERMINAL = frozenset(".;:!?")
_CLOSERS = "\"'”’»)]*_"
_LABEL = re.compile(
    r"(?:Điều\s+\d+[.:]?|Chương\s+[IVXLC\d]+[.:]?|Mục\s+\d+[.:]?"
    r"|[IVXLC]+[.)]|[A-Z][.)]|[a-zđ][.)]|\d{1,2}(?:\.\d{1,2})*[.)])(?:\s|$)"
)
_OPENER = re.compile(
    r"(?:Số\s*:|Căn cứ\b|Sau khi\b|Xét\b|Trên cơ sở\b|QUYẾT NGHỊ|Nơi nhận\b"
    # the enacting formula of the 2025 layout, which has no "QUYẾT NGHỊ:"
    r"|Hội đồng nhân dân [^.;]{0,40}?ban hành Nghị quyết\b"
    # the adoption statement and "(Đã ký)" after a full stop, where a wrap hid the line break
    r"|Nghị quyết này (?:đã )?được\b|\(Đã ký\)"
    r"|(?:TM|KT|TL|TUQ|Q)\.(?:\s|$))"
)
_NUMBER_LINE = re.compile(r"Số\s*:")
_AUTHORITY = re.compile(r"(?:TM|KT|TL|TUQ|Q)\.\s")


def _ends_terminal(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _is_upper(text: str) -> bool:
    # the lowercase test first: it stops at the first lowercase letter, most lines' second
    if any(c.islower() for c in text if c.isalpha()):
        return False
    return sum(c.isalpha() for c in text) >= 2


def _has_lower(text: str) -> bool:
    return any(c.islower() for c in text)


def _typical_length(lines: list[_Line | None]) -> int:
    """The 90th percentile of line lengths (0 for fewer than five lines).

    Above `_SOFT_LINE_LENGTH` the text holds one paragraph per line (exports from word
    processors and many PDF converters, paragraphs separated by a single line break); below, it
    is hard-wrapped and this is the width it was wrapped at.
    """
    lengths = sorted(len(line.text) for line in lines if line is not None)
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 5 else 0


_SOFT_LINE_LENGTH = 110
_WRAP_SLACK = 15  # longer than any Vietnamese word a wrap could push to the next line


# A document symbol broken at its separator: "06/2022/NĐ-" + "CP", "18-NQ/" + "TW".
# (the last word ends with the separator and holds a capital or a digit: "TTr-", "160/")
_SPLIT_SYMBOL_END = re.compile(r"(?:^|\s)\S*[A-ZĐ\d]\S*[-/]$")
_SPLIT_SYMBOL_START = re.compile(r"[A-ZĐ\d]")


def _glued(prev: str, line: str) -> bool:
    """Whether `line` continues `prev` inside one word: a symbol broken at its separator,
    joined with no space ("06/2022/NĐ-" / "CP ngày …")."""
    return bool(_SPLIT_SYMBOL_END.search(prev) and _SPLIT_SYMBOL_START.match(line))


def _heading_label(text: str) -> bool:
    """A label followed by a capitalised word ("2.3. Về môi trường", "b) Các chỉ tiêu")."""
    label = _LABEL.match(text)
    return label is not None and text[label.end() :].lstrip()[:1].isupper()


def _wrapped_before_number(prev: _Line, line: _Line) -> bool:
    """Whether `line` starts with the number a wrap pushed off `prev`: "Căn cứ Nghị định số" /
    "06/2022/NĐ-CP …", "… hợp vệ sinh đạt" / "98%.". A paragraph that ends without
    punctuation is not followed by one that starts with a number, unless the number is a
    label ("2. Nhiệm vụ") or a list item."""
    return (
        line.marker is None
        and line.text[:1].isdigit()
        and not _LABEL.match(line.text)
        and not _ends_terminal(prev.text)
        and not _is_upper(prev.text)
        and not (_NUMBER_LINE.match(prev.text) or _AUTHORITY.match(prev.text))
    )


def _starts_block(prev: _Line, line: _Line, soft: bool = False, width: int = 0) -> bool:
    """Whether `line`, right after `prev` with no blank line between, starts a new block.

    In soft text (one paragraph per line) every line break starts a block, except between two
    uppercase lines, before a lowercase continuation (not a lettered item, "đ) Tỷ lệ …"), and
    inside a wrapped list item. In hard-wrapped text, a line well short of the wrap width ends
    its block when the next line starts with a capital: word wrapping never leaves such a gap
    inside a paragraph.
    """
    if prev.heading or line.heading:
        return True
    if prev.text.startswith("|") and not prev.text.endswith("|") and line.text[:1] != "|":
        return False  # a table's row wrapped: "| 1 | Tỷ lệ trẻ em suy dinh dưỡng" / "thấp còi | %"
    if prev.text.startswith("|") or line.text.startswith("|"):
        return True  # a table's rows are lines of their own, however short the text's lines
    both_upper = _is_upper(prev.text) and _is_upper(line.text)
    if line.marker is None and _glued(prev.text, line.text):
        return False
    if _has_lower(prev.text) and _is_upper(line.text) and " " in line.text:
        return True  # "… năm 2025" / "HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA XV": a wrap is never all caps
    if _wrapped_before_number(prev, line):
        return False
    if prev.marker is not None and _heading_label(line.text):
        return True  # "- Tỷ lệ … 11,5%" / "2.3. Về môi trường": a list ends at a numbered heading
    if soft and line.marker is None and not both_upper:  # "d) Chỉ số …" is an item of its own
        return not line.text[:1].islower() or _heading_label(line.text)
    if (
        not soft
        and width
        and not both_upper
        and line.marker is None
        and len(prev.text) < width - _WRAP_SLACK
        and (line.text[:1].isupper() or _LABEL.match(line.text))
    ):
        return True
    if _NUMBER_LINE.match(prev.text) or _AUTHORITY.match(prev.text):
        return True
    prev_terminal = _ends_terminal(prev.text)
    if line.marker is not None:
        first = line.body[:1]
        return prev_terminal or not (first.isdigit() or first.islower())
    prev_upper = _is_upper(prev.text)
    if prev_upper and _has_lower(line.text):
        return True
    return (prev_terminal or prev_upper) and bool(
        _LABEL.match(line.text) or _OPENER.match(line.text)
    )


def _continues_after_blank(block: list[_Line], line: _Line) -> bool:
    """Whether `line`, after blank lines, continues the previous block (a PDF page break)."""
    if block[0].heading or line.heading or line.marker is not None:
        return False
    if block[-1].text.startswith("|") or line.text.startswith("|"):
        return False
    if _glued(block[-1].text, line.text):
        return True
    if _LABEL.match(line.text):
        return False
    first = line.text[0]
    if first.islower():
        return True
    return first.isdigit() and not _ends_terminal(block[-1].text)


def _blocks(src: _Mapped) -> _Mapped:
    text = src.text
    lines: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(_parse_line(raw, pos))
        pos += len(raw) + 1
    pieces: list[_Piece] = []
    block: list[_Line] = []
    blank = False
    typical = _typical_length(lines)
    soft = typical > _SOFT_LINE_LENGTH
    width = 0 if soft else typical
    for line in lines:
        if line is None:
            blank = bool(block)
            continue
        if block:
            prev = block[-1]
            join = (
                _continues_after_blank(block, line)
                if blank
                else not _starts_block(prev, line, soft, width)
            )
            if join:
                if not _glued(prev.text, line.text):  # else the line break is dropped
                    ws = _WS.search(text, prev.last)
                    at = ws.start() if ws else prev.last
                    pieces.append((" ", at, at + 1, True))
                block.append(line)
            else:
                at = text.find("\n", prev.last)
                pieces.append(("\n", at, at + 1, True))
                block = [line]
        else:
            block = [line]
        pieces.extend(line.pieces)
        blank = False
    return _compose(pieces, src.starts, src.ends)


_WS = re.compile(r"\s")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


# ----------------------------------------------------------------------------------------------
# The result


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text (one block per line) with a map from its offsets to the original."""

    original: str
    text: str
    _starts: array[int] = field(repr=False, compare=False, hash=False)
    _ends: array[int] = field(repr=False, compare=False, hash=False)
    _line_starts: list[int] = field(repr=False, compare=False, hash=False)

    def original_offset(self, i: int) -> int:
        """Original offset of normalised offset `i` (0 <= i <= len(text))."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} outside 0..{len(self.text)}")
        if i < len(self.text):
            return self._starts[i]
        return self._ends[-1] if self.text else 0

    def normalised_offset(self, original_offset: int, lo: int = 0, hi: int | None = None) -> int:
        """The first normalised offset in [lo, hi) whose original offset is at least
        `original_offset` (`hi` if none): where a span's start lies in `text`."""
        return bisect_left(self._starts, original_offset, lo, len(self.text) if hi is None else hi)

    def line_at(self, original_offset: int) -> int:
        """1-based line of an original offset."""
        return bisect_right(self._line_starts, original_offset)

    def span(self, start: int, end: int) -> Span:
        """The original stretch behind normalised [start, end), with its exact quote."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}..{end} outside 0..{len(self.text)}")
        if start == end:
            at = self.original_offset(start)
            line = self.line_at(at)
            return Span(at, at, line, line, "")
        o_start = self._starts[start]
        o_end = self._ends[end - 1]
        return Span(
            start=o_start,
            end=o_end,
            line=self.line_at(o_start),
            end_line=self.line_at(o_end - 1),
            quote=self.original[o_start:o_end],
        )

    def cover(self, first: Span, last: Span) -> Span:
        """The original stretch from the start of `first` to the end of `last` (spans hold
        original offsets: they cannot go back through `span`), with its exact quote."""
        start, end = min(first.start, last.start), max(first.end, last.end)
        end_line = self.line_at(end - 1) if end > start else self.line_at(start)
        return Span(start, end, self.line_at(start), end_line, self.original[start:end])

    def blocks(self) -> list[tuple[int, int]]:
        """(start, end) of each line of `text`."""
        result: list[tuple[int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            if line:
                result.append((pos, pos + len(line)))
            pos += len(line) + 1
        return result


def normalise(original: str) -> NormalisedText:
    """Normalise decoded text (see the module docstring) keeping the offset map."""
    mapped = _blocks(_fold_chars(_layout_tables(_nfc(_identity(original)))))
    line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(original)]
    return NormalisedText(original, mapped.text, mapped.starts, mapped.ends, line_starts)
