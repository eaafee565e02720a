"""Variants of the seeds (NFD, CRLF + BOM, UTF-16, Markdown stripped, rewrapped, header and
closing in tables) read the same."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from nqgraph import model, reader
from tests import variants
from tests.test_reader import SEED_94, SEED_112


def facts(res: model.Resolution) -> dict[str, object]:
    """Everything the reader found, without spans (which differ between variants)."""

    def ref(r: model.DocumentRef) -> tuple[object, ...]:
        return (
            r.kind,
            r.doc_type,
            r.symbol,
            r.date,
            r.title,
            r.issuer.name if r.issuer else None,
            tuple(ref(a) for a in r.amends),
            tuple(ref(a) for a in r.about),
        )

    return {
        "header": (res.symbol, res.date, res.place, res.title, res.jurisdiction),
        "session": (
            (res.session.term, res.session.session, res.session.kind) if res.session else None
        ),
        "bases": [ref(r) for r in res.legal_bases],
        "considered": [ref(r) for r in res.considered],
        "references": [ref(r) for r in res.references],
        "targets": [
            (t.indicator, t.value, t.upper, t.unit, t.comparator, t.kind, t.parent, t.target_year)
            for t in res.targets
        ],
        "tasks": [(t.text, t.topic_path) for t in res.tasks],
        "assignments": [(a.role, a.body.name) for a in res.assignments],
        "adoption": (
            (res.adoption.date, res.adoption.session, res.adoption.kind) if res.adoption else None
        ),
        "signer": (res.signer.title, res.signer.name) if res.signer else None,
        "recipients": [b.name for b in res.recipients],
        "articles": [(a.number, a.heading) for a in res.articles],
    }


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "nfd": lambda t: variants.nfd(t).encode("utf-8"),
    "crlf_bom": variants.crlf_bom,
    "utf16": variants.utf16,
    "markdown_stripped": lambda t: variants.strip_markdown(t).encode("utf-8"),
    "rewrapped_70": lambda t: variants.rewrap(t, 70).encode("utf-8"),
    # wraps where a reader that joins lines by their first letter loses a fact
    "wrapped_before_numbers": lambda t: variants.wrap_before_numbers(t).encode("utf-8"),
    "wrapped_in_symbols": lambda t: variants.wrap_in_symbols(t).encode("utf-8"),
    "page_break_in_symbols": lambda t: variants.wrap_in_symbols(t, page_break=True).encode(),
    # the header and the closing in two-column tables, as converters of .docx files write them
    "layout_tables": lambda t: variants.layout_tables(t).encode("utf-8"),
    "all": lambda t: variants.crlf_bom(
        variants.rewrap(variants.strip_markdown(variants.nfd(t)), 70)
    ),
}


@pytest.mark.parametrize("seed", [SEED_112, SEED_94], ids=["112", "94"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_reads_the_same(seed: Path, variant: str, tmp_path: Path) -> None:
    original = reader.read_path(seed)
    path = tmp_path / seed.name
    path.write_bytes(VARIANTS[variant](seed.read_text(encoding="utf-8")))
    res = reader.read_path(path)
    assert facts(res) == facts(original)
    text = res.source.text
    for span in [
        *(t.span for t in res.targets),
        *(t.span for t in res.tasks),
        *(r.span for r in [*res.legal_bases, *res.considered, *res.references]),
    ]:
        # the quote is the variant's own text, and says the same thing as the seed's
        assert text[span.start : span.end] == span.quote
    first = res.targets[0].span.quote
    assert "Tốc độ tăng trưởng kinh tế" in unicodedata.normalize("NFC", first)
    line_start = text.rfind("\n", 0, res.targets[0].span.start) + 1
    assert text[:line_start].count("\n") + 1 == res.targets[0].span.line


def test_tasks_numbered_with_a_parenthesis_read_the_same(tmp_path: Path) -> None:
    """Tasks numbered "1)" under headings numbered "1." are a level below them: the same
    tasks and topic paths as the seed (they were read as headings, and the paths lost)."""
    text = variants.number_paragraphs(
        SEED_112.read_text(encoding="utf-8"), "II. Nhiệm vụ và giải pháp", "Điều 3."
    )
    assert "\n1) Tổ chức triển khai" in text and "\n10) Tập trung thực hiện" in text
    path = tmp_path / SEED_112.name
    path.write_text(text, encoding="utf-8")
    res, original = reader.read_path(path), reader.read_path(SEED_112)
    assert facts(res)["tasks"] == facts(original)["tasks"]
    assert facts(res) == facts(original)


def test_2025_layout_without_dieu(tmp_path: Path) -> None:
    """The 2025-law formula instead of "QUYẾT NGHỊ", "Trên cơ sở xem xét", and no "Điều" at all."""
    import re

    text = SEED_112.read_text(encoding="utf-8")
    text = text.replace(
        "## QUYẾT NGHỊ:", "Hội đồng nhân dân ban hành Nghị quyết với các nội dung sau:"
    )
    text = text.replace("Sau khi nghe Báo cáo", "Trên cơ sở xem xét Báo cáo")
    text = re.sub(r"\*\*Điều \d\.\*\* ", "", text)
    text = re.sub(r"### \*\*Điều 3\. Tổ chức thực hiện\*\*", "### **III. Tổ chức thực hiện**", text)
    path = tmp_path / "2025-layout.md"
    path.write_text(text, encoding="utf-8")
    res = reader.read_path(path)
    original = reader.read_path(SEED_112)
    assert res.symbol == "112/NQ-HĐND"
    assert [c.symbol for c in res.considered] == [c.symbol for c in original.considered]
    assert [a.number for a in res.articles] == [None]  # one unnumbered body, no "Điều 0"
    assert facts(res)["targets"] == facts(original)["targets"]
    assert len(res.tasks) == len(original.tasks)
    assert [(a.role, a.body.name) for a in res.assignments] == [
        (a.role, a.body.name) for a in original.assignments
    ]
    # no "Điều" but a body after the enacting formula: nothing is missing
    assert res.missing == []


def test_generated_corpus_reads() -> None:
    """Texts of every province, year and layout the benchmark generates read without error."""
    from bench.corpus import generate

    for name, text in generate(40, seed=7):
        res = reader.read_text(text, name)
        assert res.symbol and res.date, name
        assert res.legal_bases, name
        assert len(res.targets) >= 10, name
        assert res.signer and res.signer.name, name
        if "HĐND" in res.symbol:  # councils always assign implementers and supervisors
            roles = {a.role for a in res.assignments}
            assert roles - {model.Role.COORDINATES} == {
                model.Role.IMPLEMENTS,
                model.Role.SUPERVISES,
            }, name
            # bodies coordinate where a task is given "… chủ trì, phối hợp với …" or "Giao X
            # phối hợp với Y" (in the composed form: a few texts are decomposed, NFD)
            composed = unicodedata.normalize("NFC", text)
            assert (model.Role.COORDINATES in roles) <= ("phối hợp với" in composed), name
        assert name.startswith(res.number or "?"), name


@pytest.mark.parametrize(
    ("council", "province", "slug"),
    [
        ("HỘI ĐỒNG NHÂN DÂN TP. HỒ CHÍ MINH", "Hồ Chí Minh", "ho-chi-minh"),
        ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Hà Nội", "ha-noi"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ", "Thừa Thiên Huế", "thua-thien-hue"),
        # the province cut from the council line: taken from the title
        ("HỘI ĐỒNG NHÂN DÂN TỈNH", "Thái Nguyên", "thai-nguyen"),
    ],
)
def test_councils_of_other_provinces(council: str, province: str, slug: str) -> None:
    from nqgraph.graph import resolution_triples
    from nqgraph.iris import Iris
    from nqgraph.namespaces import eli

    text = SEED_112.read_text(encoding="utf-8").replace(
        "HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN KHÓA XIV", f"{council} KHÓA XIV"
    )
    res = reader.read_text(text, "other.md")
    assert res.jurisdiction == province
    base = "https://w3id.org/nqgraph/"
    assert str(Iris().resolution(res)) == f"{base}eli/vn/{slug}/nq-hdnd/2024/112"
    triples = resolution_triples(res, Iris())
    iris = {str(t) for triple in triples for t in triple}
    (council_iri,) = [
        o for s, p, o in triples if s == Iris().resolution(res) and p == eli.passed_by
    ]
    assert council_iri.startswith(f"{base}org/{slug}/hoi-dong-nhan-dan"), council_iri
    assert not any("/org//" in i or i.endswith("/") for i in iris if i.startswith(base))


def test_a_repeated_article_number_does_not_merge_nodes() -> None:
    from nqgraph.graph import resolution_triples
    from nqgraph.iris import Iris
    from nqgraph.namespaces import eli

    text = SEED_112.read_text(encoding="utf-8").replace("**Điều 2.**", "**Điều 1.**")
    res = reader.read_text(text, "twice.md")
    assert [a.number for a in res.articles] == [1, 1, 3]
    triples = resolution_triples(res, Iris())
    articles = {s for s, p, o in triples if p == eli.is_part_of and o == Iris().resolution(res)}
    assert {str(a).rsplit("/", 1)[-1] for a in articles} == {"1", "1-2", "3"}
