"""Variants of a seed text, as real-world copies bring them: NFD, CRLF + BOM, UTF-16, no Markdown,
different hard wraps, extra page breaks. Written independently of `nqgraph.text`."""

from __future__ import annotations

import re
import unicodedata

_MARKERS = ("- ", "+ ", "* ")


def nfd(text: str) -> str:
    """Decomposed Unicode (NFD)."""
    return unicodedata.normalize("NFD", text)


def crlf_bom(text: str) -> bytes:
    """UTF-8 with a BOM and CRLF line ends."""
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


def utf16(text: str, byteorder: str = "le") -> bytes:
    """UTF-16 with a BOM, little- or big-endian."""
    if byteorder == "le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return b"\xfe\xff" + text.encode("utf-16-be")


def _strip_line(line: str) -> str:
    line = line.rstrip()
    bullet = ""
    stripped = line.lstrip()
    if stripped.startswith("* ") or stripped.startswith("- ") or stripped.startswith("+ "):
        # "  - + X" -> "+ X"; "- X" stays.
        while stripped[:2] in _MARKERS:
            bullet = "- " if stripped[0] == "*" else stripped[:2]
            stripped = stripped[2:].lstrip()
        line = stripped
    else:
        line = re.sub(r"^\s*#{1,6}\s+", "", line)
    line = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", line)
    line = line.replace("*", "").replace("_", "")
    return bullet + line.strip()


def strip_markdown(text: str) -> str:
    """Remove heading marks, emphasis, escapes and hard breaks; "  - + X" -> "+ X"; keep blanks."""
    return "\n".join(_strip_line(line) for line in text.split("\n"))


def _wrap_words(words: list[str], width: int, indent: str) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    length = 0
    for word in words:
        # A dash or plus never starts a continuation line (it would read as a list marker).
        glue = word in ("-", "+", "*")
        if current and length + 1 + len(word) > width and not glue:
            lines.append(" ".join(current))
            current, length = [], len(indent)
        current.append(word)
        length += len(word) + (1 if len(current) > 1 else 0)
    if current:
        lines.append(" ".join(current))
    return [lines[0]] + [indent + line for line in lines[1:]] if lines else []


def rewrap(text: str, width: int = 70) -> str:
    """Re-wrap every paragraph and list item at word boundaries to `width` columns.

    Blank lines stay; hard breaks ("  " at a line end) stay at the end of their line; Markdown
    headings are left alone; continuation lines of list items are indented by two spaces."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or re.match(r"\s*#{1,6}\s", line):
            out.append(line)
            continue
        hard = "  " if line.endswith("  ") else ""
        lead = re.match(r"\s*(?:[-+*]\s+)*", line)
        prefix = lead.group() if lead else ""
        indent = "  " if prefix.strip() else ""
        words = line[len(prefix) :].split()
        wrapped = _wrap_words(words, max(10, width - len(prefix)), indent)
        if not wrapped:
            out.append(line)
            continue
        wrapped[0] = prefix + wrapped[0]
        wrapped[-1] += hard
        out.extend(wrapped)
    return "\n".join(out)


def page_break(text: str, after_word: str) -> str:
    """Split the text after the first `after_word` with blank lines, as a PDF page break does.

    The word that follows must start with a lowercase letter for the break to be undone."""
    at = text.index(after_word) + len(after_word)
    if text[at] != " ":
        raise ValueError(f"{after_word!r} is not followed by a space")
    return text[:at] + "\n\n\n\n" + text[at + 1 :]


_NUMBER_AFTER_WORD = re.compile(
    r"(?<=[^\W\d_]) (?=\d[\d.,/%]*(?:[^\d.)]|$))(?<!Điều )(?<!Khoản )(?<!Mục )(?<!Chương )"
)


def wrap_before_numbers(text: str) -> str:
    """Break the line before every number that follows a word inside a sentence ("Nghị định
    số" / "06/2022/NĐ-CP …", "đạt" / "98%"), as a PDF converter wrapping there does; not
    before the number of an article, clause or section, nor in a heading or list marker."""
    out = []
    for line in text.split("\n"):
        if re.match(r"\s*(?:#|[-+*]\s|\d+\.\s)", line) or "Số:" in line:
            out.append(line)
            continue
        out.append(_NUMBER_AFTER_WORD.sub("\n", line))
    return "\n".join(out)


_SYMBOL_SEPARATOR = re.compile(r"(?<=\d/)(?=[A-ZĐ])|(?<=[A-ZĐa-z]-)(?=[A-ZĐ]{2})|(?<=[A-Z]/)(?=TW)")


def wrap_in_symbols(text: str, page_break: bool = False) -> str:
    """Break every document symbol after one of its separators ("06/2022/NĐ-" / "CP",
    "18-NQ/" / "TW", "236/" / "BC-UBND"), with blank lines between the halves when
    `page_break`."""
    gap = "\n\n\n\n" if page_break else "\n"
    return _SYMBOL_SEPARATOR.sub(gap, text)


def number_paragraphs(text: str, after: str, before: str) -> str:
    """Number the paragraphs between the line holding `after` and the one holding `before`
    "1) ", "2) " …, starting again under each Markdown heading: tasks numbered with a
    parenthesis under headings numbered with a full stop. A line that starts in lower case (a
    paragraph continued after a page break) or with a list marker is left alone."""
    out, inside, n = [], False, 0
    for line in text.split("\n"):
        if after in line:
            inside = True
        elif before in line:
            inside = False
        if inside and line.startswith("#"):
            n = 0
        elif inside and line.strip()[:1].isupper():  # not a list item, nor a page break's tail
            n += 1
            line = f"{n}) {line}"
        out.append(line)
    return "\n".join(out)


_DATE_LINE = re.compile(r"^\*?[^\W\d].*, ngày \d{1,2} tháng \d{1,2} năm \d{4}\*?$")


def layout_tables(text: str) -> str:
    """The header and the closing in two-column tables with `<br>` line breaks, as converters of
    word-processor files lay them out: "| council | motto |", "| Số: … | place, date |" above,
    "| Nơi nhận: … | CHỦ TỊCH … name |" below."""
    lines = text.split("\n")
    date_at = next(i for i, line in enumerate(lines) if _DATE_LINE.match(line.strip()))
    number_at = next(i for i in range(date_at) if lines[i].strip().startswith("Số:"))
    paragraphs = "\n".join(lines[:number_at]).strip().split("\n\n")
    header = [
        "<br>".join(p.strip().strip("*").strip() for p in par.split("\n"))
        for par in paragraphs
        if par.strip()
    ]
    rows = [f"| {' | '.join(header)} |", "|---|---|"] if len(header) == 2 else []
    rows += [f"| {lines[number_at].strip()} | *{lines[date_at].strip().strip('*')}* |"]
    if len(header) != 2:
        rows.insert(1, "|---|---|")
    top = "\n".join(rows)
    end = len(lines)
    while not lines[end - 1].strip():
        end -= 1
    name_at = end - 1
    title_at = max(i for i in range(name_at) if lines[i].strip())
    recipients_at = next(
        (i for i in range(title_at) if lines[i].strip().strip("*").startswith("Nơi nhận")), None
    )
    left = ""
    if recipients_at is not None:
        kept = [line.strip() for line in lines[recipients_at:title_at] if line.strip()]
        left = "<br>".join(kept)
    right = f"{lines[title_at].strip()}<br><br><br>{lines[name_at].strip()}"
    closing_start = recipients_at if recipients_at is not None else title_at
    bottom = f"| {left} | {right} |\n|---|---|"
    body = "\n".join(lines[date_at + 1 : closing_start]).rstrip()
    return f"{top}\n{body}\n\n{bottom}\n"
