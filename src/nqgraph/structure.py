"""The block tree of a resolution: header, preamble, decision, articles, sections, closing.

Works on normalised text (one block per line). Section depth is not fixed by label style:
the first style met inside an article becomes depth 1, a new style below it depth 2, and so on
(the usual way legal texts are read), so "I. / 1. / a) / - / +" and "1. / a) / -" both nest right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nqgraph.text import NormalisedText

ARTICLE_RE = re.compile(r"^Điều\s+(\d{1,3})\s*[.:]\s*", re.IGNORECASE)
DECISION_RE = re.compile(
    r"^(?:QUYẾT\s+NGHỊ\s*:?|QUYẾT\s+ĐỊNH\s*:"
    r"|Hội đồng nhân dân [^.]{0,40}?ban hành Nghị quyết\b.*)\s*$",
    re.IGNORECASE,
)
BASIS_RE = re.compile(r"^Căn\s+cứ\b", re.IGNORECASE)
CONSIDERED_RE = re.compile(
    r"^(?:Sau\s+khi\s+(?:nghe|xem\s+xét)|Xét\b|Trên\s+cơ\s+sở\s+xem\s+xét|Theo\s+đề\s+nghị)",
    re.IGNORECASE,
)
ADOPTION_RE = re.compile(r"^Nghị quyết này\b.{0,200}?\bthông qua\b", re.IGNORECASE)
RECIPIENTS_RE = re.compile(r"^Nơi\s+nhận\s*:?\s*", re.IGNORECASE)
SIGNATURE_RE = re.compile(r"^(?:\(Đã ký\)|(?:TM|KT|Q|TL|TUQ)\.\s)")

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("num3", re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?=\S)")),
    ("num2", re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(?=\S)")),
    ("num", re.compile(r"^(\d{1,2})\.\s+(?=\S)")),
    # "1)" items under "1." headings are a level of their own (seen in drafts); letters mix
    # "a)" and "c." at one level (the seed 112 does), numbers do not
    ("num_paren", re.compile(r"^(\d{1,2})\)\s+(?=\S)")),
    ("roman", re.compile(r"^([IVX]{1,5})[.)]\s+(?=\S)")),
    ("alpha", re.compile(r"^([a-zđ])[).]\s+(?=\S)")),
    ("dash", re.compile(r"^([-–•])\s*(?=\S)")),
    ("plus", re.compile(r"^(\+)\s*(?=\S)")),
)


@dataclass(slots=True)
class Block:
    """One line of the normalised text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True, eq=False)
class Node:
    """A section (labelled block) or paragraph inside an article, with its children."""

    block: Block
    style: str  # num, num2, num3, roman, alpha, dash, plus, or "para"
    label: str
    body_start: int  # normalised offset where the text after the label starts
    depth: int = 0
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    @property
    def body(self) -> str:
        return self.block.text[self.body_start - self.block.start :]

    def path(self) -> list[Node]:
        """Ancestors from the top of the article down to this node (inclusive)."""
        chain: list[Node] = []
        node: Node | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(slots=True)
class ArticleBlock:
    number: int | None  # None for the body of a resolution without "Điều"
    block: Block | None
    heading_start: int
    nodes: list[Node] = field(default_factory=list)

    def walk(self) -> list[Node]:
        return [n for top in self.nodes for n in top.walk()]


@dataclass(slots=True)
class Layout:
    blocks: list[Block]
    header: list[Block]
    bases: list[Block]
    considered: list[Block]
    decision: Block | None
    articles: list[ArticleBlock]
    adoption: Block | None
    closing: list[Block]


def split_blocks(nt: NormalisedText) -> list[Block]:
    return [Block(i, s, e, nt.text[s:e]) for i, (s, e) in enumerate(nt.blocks()) if e > s]


def label_of(text: str) -> tuple[str, str, int] | None:
    """(style, label, length of the label prefix) of a block, or None for a plain paragraph."""
    for style, pattern in _LABELS:
        m = pattern.match(text)
        if m:
            return style, m.group(1), m.end()
    return None


def _is_closing_start(text: str) -> bool:
    return bool(RECIPIENTS_RE.match(text) or ADOPTION_RE.match(text))


def layout(nt: NormalisedText) -> Layout:
    """Cut the blocks into the parts of a resolution."""
    blocks = split_blocks(nt)
    header: list[Block] = []
    bases: list[Block] = []
    considered: list[Block] = []
    decision: Block | None = None
    body: list[Block] = []
    adoption: Block | None = None
    closing: list[Block] = []
    stage = "header"
    for block in blocks:
        text = block.text
        if stage in ("header", "preamble"):
            if BASIS_RE.match(text):
                bases.append(block)
                stage = "preamble"
                continue
            if CONSIDERED_RE.match(text):
                considered.append(block)
                stage = "preamble"
                continue
            if DECISION_RE.match(text):
                decision = block
                stage = "body"
                continue
            if ARTICLE_RE.match(text):
                stage = "body"
            elif stage == "preamble" and considered and not _is_closing_start(text):
                # a considered list continued on its own line ("Báo cáo thẩm tra …")
                considered.append(block)
                continue
            else:
                if stage == "header":
                    header.append(block)
                    continue
        if stage == "body":
            if ADOPTION_RE.match(text):
                adoption = block
                stage = "closing"
                continue
            if RECIPIENTS_RE.match(text) or SIGNATURE_RE.match(text):
                stage = "closing"
            else:
                body.append(block)
                continue
        closing.append(block)
    return Layout(
        blocks=blocks,
        header=header,
        bases=bases,
        considered=considered,
        decision=decision,
        articles=_articles(body),
        adoption=adoption,
        closing=closing,
    )


_QUOTE_WINDOW = 60  # the most blocks quoted text may run over: an unclosed quote is a typo
_OPENS_QUOTE_RE = re.compile(r'[“"]')
_CLOSES_QUOTE_RE = re.compile(r'.*[”"][.;,]?$', re.DOTALL)


def _quotations(body: list[Block]) -> dict[int, int]:
    """For each block of quoted text an amendment puts in after a colon ("3. Sửa đổi Điều 7 như
    sau:" / "“Điều 7. Nguồn kinh phí" / "1. Ngân sách tỉnh …" / "2. … khác.”"), the index of
    the block its quote ends in: the blocks between are the text put in, whose labels are not
    this resolution's. Quoted text opens a block after one that ends with ":", and ends a
    block ("….”", "…”;"); a stray quote, an inch or a ditto mark opens nothing."""
    spans: dict[int, int] = {}
    for i in range(1, len(body)):
        text = body[i].text
        if not (
            _OPENS_QUOTE_RE.match(text)
            and body[i - 1].text.rstrip().endswith(":")
            and not _CLOSES_QUOTE_RE.match(text)
        ):
            continue
        for j in range(i + 1, min(len(body), i + 1 + _QUOTE_WINDOW)):
            if _CLOSES_QUOTE_RE.match(body[j].text.rstrip()):
                spans[i] = j
                break
    return spans


def _articles(body: list[Block]) -> list[ArticleBlock]:
    articles: list[ArticleBlock] = []
    current: ArticleBlock | None = None
    stack: list[Node] = []  # the current article's labelled nodes still open
    quotations = _quotations(body)
    quoting: Node | None = None  # the node whose quotation runs on
    quote_end = -1
    for i, block in enumerate(body):
        if quoting is not None and i <= quote_end:  # inside the quotation: its node's text
            quoted = Node(block, "para", "", block.start, quoting.depth + 1, parent=quoting)
            quoting.children.append(quoted)
            continue
        quoting = None
        m = ARTICLE_RE.match(block.text)
        if m:
            current = ArticleBlock(int(m.group(1)), block, block.start + m.end())
            articles.append(current)
            stack = []
            continue
        if current is None:  # a resolution without "Điều": one anonymous part
            current = ArticleBlock(None, None, block.start)
            articles.append(current)
        node = _attach(current, block, stack)
        if i in quotations:
            quoting, quote_end = node, quotations[i]
    return articles


def _attach(article: ArticleBlock, block: Block, stack: list[Node]) -> Node:
    """Add `block` to `article` under the node it belongs to. `stack` holds the labelled nodes
    still open (the last top node and its last labelled descendants), kept up to date here
    rather than found again for each block: an article of thousands of paragraphs or table
    rows is read in linear time."""
    found = label_of(block.text)
    if found is None:
        node = Node(block, "para", "", block.start)
    else:
        style, label, length = found
        node = Node(block, style, label, block.start + length)
    at = len(stack) - 1  # the parent's place in the stack: the innermost open node …
    if node.style != "para":
        styles = [n.style for n in stack]
        if node.style in styles:  # … or the one above the open node of the same style
            at = styles.index(node.style) - 1
    parent = stack[at] if at >= 0 else None
    node.parent = parent
    node.depth = parent.depth + 1 if parent else 1
    (parent.children if parent else article.nodes).append(node)
    if node.style != "para":  # the last labelled child of its parent: it closes those below
        del stack[at + 1 :]
        stack.append(node)
    return node
