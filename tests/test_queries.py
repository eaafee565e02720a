"""The stored queries: they parse, their metadata is complete, and on the seed graph (the
committed build of data/source/*.md, see tests/conftest.py) they give the answers pinned below.

Every pinned value was worked out by hand from the seed texts, not copied from a run: the line
numbers are those of the files (1-based), the checksums those of `sha256sum data/source/…`.
112/NQ-HĐND (Kỳ họp thứ hai mươi ba, 10/12/2024) sets the targets for 2025, 94/NQ-HĐND (Kỳ họp
thứ mười sáu, 08/12/2023) those for 2024; both rest on the 2015 Local Government law and the
2019 amending law. Where a full list is long the test pins its length, a hand-chosen set of
exact rows, and properties every row must have (datatypes, vocabularies, verbatim quotes).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery

from nqgraph.catalogue import (
    Param,
    StoredQuery,
    ask,
    convert,
    default_query_dir,
    find_query,
    load_catalogue,
    loose_lookup,
    parse_header,
    render,
    run,
)
from nqgraph.cli import main
from nqgraph.errors import QueryError
from nqgraph.store import Bindings, OxigraphRepo, Rows
from tests.conftest import QUERY_PARAMS, RES_94, RES_112, SOURCE_DIR, B
from tests.terms import literal

CATALOGUE = load_catalogue()

# The columns of a year-by-year series, for every indicator or for one province.
SERIES = ["indicator", "indicatorLabel", "year", "comparator", "value", "unit", "resolutionNumber"]

# Names and columns the project promises (extra columns are allowed).
PROMISED: dict[str, list[str]] = {
    "legal-bases": [
        "resolution",
        "resolutionNumber",
        "basis",
        "basisTitle",
        "basisNumber",
        "basisDate",
    ],
    "considered-documents": [
        "resolution",
        "resolutionNumber",
        "document",
        "documentNumber",
        "documentType",
        "documentDate",
        "author",
    ],
    "cited-documents": [
        "resolution",
        "resolutionNumber",
        "document",
        "documentNumber",
        "documentTitle",
        "documentDate",
        "issuer",
        "relation",
    ],
    "citing-resolutions": ["document", "resolution", "resolutionNumber", "relation"],
    "indicator-targets": [
        "resolution",
        "resolutionNumber",
        "year",
        "indicator",
        "indicatorLabel",
        "comparator",
        "value",
        "upperValue",
        "unit",
        "quote",
    ],
    "indicator-series": SERIES,
    "province-series": ["province", *SERIES],
    "target-changes": ["indicator", "indicatorLabel", "before", "after", "change"],
    "responsibilities": ["resolution", "resolutionNumber", "body", "bodyLabel", "role"],
    "task-lineage": ["resolution", "resolutionNumber", "task", "document"],
    "provenance": [
        "node",
        "fileName",
        "sha256",
        "line",
        "start",
        "end",
        "quote",
        "activity",
        "softwareVersion",
        "time",
    ],
    "session-record": [
        "resolution",
        "resolutionNumber",
        "councilLabel",
        "termNumber",
        "sessionNumber",
        "adoptionDate",
        "signerName",
        "recipients",
    ],
}

FILE_112 = "112-NQ-HDND-2024-thai-nguyen.md"
FILE_94 = "94-NQ-HDND-2023-thai-nguyen.md"
SHA_112 = "39820eee1f775f9b3ab1290117315d05232a2f7d4efa530200f8d42cd5e9207e"  # sha256sum
SHA_94 = "4030614508a4e40e58ddf32bf24c52eb2b1aaa8dd7007872d5f897612b180f1e"
FILES = {RES_112: FILE_112, RES_94: FILE_94, "112/NQ-HĐND": FILE_112, "94/NQ-HĐND": FILE_94}

LAW_2015 = B + "eli/vn/tw/luat-qh13/2015/77"
LAW_2019 = B + "eli/vn/tw/luat-qh14/2019/47"
NQ_18 = B + "eli/vn/tw/nq-tw/2017/18"
KL_76 = B + "eli/vn/tw/kl-tw/2020/76"
NQ_33 = B + "eli/vn/tw/nq-tw/2014/33"
IND = B + "vocab/indicator/"
GRDP = IND + "toc-do-tang-truong-kinh-te"

UBND = "Ủy ban nhân dân tỉnh Thái Nguyên"
HDND = "Hội đồng nhân dân tỉnh Thái Nguyên"
BCH_TW = "Ban Chấp hành Trung ương"
BCH_TU = "Ban Chấp hành Đảng bộ tỉnh Thái Nguyên"
COMPARATORS = {"=", "<", "≤", ">", "≥", "≈"}
UNITS = {"%", "tỷ đồng", "triệu đồng/người/năm", "xã", "đơn vị"}  # the units the seeds use


def cells(rows: Rows, *names: str) -> list[tuple[str | None, ...]]:
    """The chosen columns as plain strings (None when unbound)."""
    return [tuple(None if row.get(n) is None else str(row.get(n)) for n in names) for row in rows]


def answer(repo: OxigraphRepo, name: str, **params: str) -> Rows:
    return run(CATALOGUE[name], repo, params or QUERY_PARAMS.get(name, {}))


def source(name: str) -> str:
    """A seed text as decoded from its file (the offsets and lines are counted in this)."""
    return (SOURCE_DIR / FILES.get(name, name)).read_bytes().decode("utf-8")


def line_of(name: str, number: int) -> str:
    return source(name).split("\n")[number - 1]


def plain(text: str) -> str:
    """Text without quotation marks, Markdown emphasis and line breaks (a title is quoted
    without the “…” round it, and may run across a hard-wrapped line)."""
    return " ".join(re.sub(r"[“”\"*]", "", text).split())


def vietnamese(value: Decimal) -> str:
    """How the texts write a number: decimal comma, thousands dot (19515 -> "19.515")."""
    whole, _, fraction = format(value, "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return grouped + ("," + fraction if fraction else "")


# ------------------------------------------------------------------ catalogue and metadata


def test_catalogue_has_the_promised_queries() -> None:
    assert set(PROMISED) <= set(CATALOGUE)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_query_parses_and_metadata_is_complete(name: str) -> None:
    query = CATALOGUE[name]
    parsed = prepareQuery(query.text)  # rdflib's SPARQL 1.1 parser
    ox.Store().query(query.text)  # and Oxigraph's
    projection = [str(v) for v in parsed.algebra["PV"]]
    assert query.columns == projection, "columns: header and SELECT disagree"
    for lang in ("en", "vi"):
        assert query.title.get(lang), f"title.{lang} missing"
        assert len(query.description.get(lang, "")) > 20, f"description.{lang} missing"
    for param in query.params:
        assert f"?{param.name}" in query.text, f"parameter {param.name} binds no variable"
        assert param.name in projection, "Oxigraph binds only projected variables"
        assert param.description
    assert set(PROMISED.get(name, [])) <= set(projection)
    # Each resolution is read in its own named graph: the union of the graphs repeats every
    # node that several resolutions describe (tests/test_query_scaling.py).
    assert re.search(r"\bGRAPH\s+\?", query.text), "queries read each resolution's own graph"


def test_header_parser() -> None:
    header = parse_header(
        "#+ title:\n#+   en: A: b\n#+   vi: C\n#+ description:\n#+   en: one\n#+     two\n"
        "#+ params:\n#+   - name: x\n#+     type: iri\n#+   - name: y\n"
        "#+ columns: a b\nSELECT * WHERE { }\n#+ ignored: yes\n"
    )
    assert header == {
        "title": {"en": "A: b", "vi": "C"},
        "description": {"en": "one two"},
        "params": [{"name": "x", "type": "iri"}, {"name": "y"}],
        "columns": "a b",
    }
    with pytest.raises(QueryError, match="key: value"):
        parse_header("#+ just text\n")
    with pytest.raises(QueryError, match="unknown type"):
        StoredQuery.from_text("q", "#+ params:\n#+   - name: x\n#+     type: number\n")


def test_find_query_by_name_and_by_file(tmp_path: Path) -> None:
    assert find_query("legal-bases").name == "legal-bases"
    assert (default_query_dir() / "legal-bases.rq").is_file()
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        find_query("nope")
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?s WHERE { ?s a ?t } LIMIT 1\n", encoding="utf-8")
    assert find_query(str(path)).columns == []


# ------------------------------------------------------------------ the graph is the seeds


def test_every_span_quotes_its_source(local_repo: OxigraphRepo) -> None:
    """Every source span in the seed graph: checksum, offsets, lines and quote agree with the
    file it points to."""
    spans = local_repo.select(
        """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX nq: <https://w3id.org/nqgraph/ontology#>
        SELECT DISTINCT ?span ?file ?sha ?line ?endLine ?start ?end ?quote WHERE {
          ?span oa:hasSource ?src ; nq:line ?line ; nq:endLine ?endLine ;
                oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end .
          ?src nq:fileName ?file ; nq:sha256 ?sha .
          OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote } }"""
    )
    files: Counter[str] = Counter()
    for s in spans:
        raw = (SOURCE_DIR / str(s["file"])).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == str(s["sha"])
        text = raw.decode("utf-8")
        start, end = int(literal(s["start"])), int(literal(s["end"]))
        if s["quote"] is not None:
            assert text[start:end] == str(s["quote"]), s["span"]
        assert text.count("\n", 0, start) + 1 == int(literal(s["line"])), s["span"]
        assert text.count("\n", 0, max(start, end - 1)) + 1 == int(literal(s["endLine"])), s["span"]
        files[str(s["file"])] += 1
    # 112: 25 targets, 5 assignments, 1 signature … ; 94: 26 targets, 5 assignments, …
    assert set(files) == {FILE_112, FILE_94}
    assert min(files.values()) > 25 + 5 + 1


# ------------------------------------------------------------------ pinned answers


def test_legal_bases(local_repo: OxigraphRepo) -> None:
    # "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;" and "Căn cứ Luật
    # Sửa đổi, bổ sung … ngày 22 tháng 11 năm 2019;" (112: lines 14, 16; 94: lines 20, 22)
    rows = answer(local_repo, "legal-bases")
    assert cells(rows, "resolution", "resolutionNumber", "basis", "basisDate") == [
        (RES_94, "94/NQ-HĐND", LAW_2015, "2015-06-19"),
        (RES_94, "94/NQ-HĐND", LAW_2019, "2019-11-22"),
        (RES_112, "112/NQ-HĐND", LAW_2015, "2015-06-19"),
        (RES_112, "112/NQ-HĐND", LAW_2019, "2019-11-22"),
    ]
    assert {str(r["basisTitle"]) for r in rows} == {
        "Luật Tổ chức chính quyền địa phương",
        "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
        "quyền địa phương",
    }
    assert rows.rows[0]["basisTitle"] == Literal("Luật Tổ chức chính quyền địa phương", lang="vi")
    assert rows.rows[0]["basisDate"] == Literal("2015-06-19", datatype=XSD.date)
    # both laws are cited by name and date: their numbers come from the list of laws
    assert cells(rows, "basisNumber") == [
        ("77/2015/QH13",),
        ("47/2019/QH14",),
        ("77/2015/QH13",),
        ("47/2019/QH14",),
    ]
    only = answer(local_repo, "legal-bases", resolution="112/NQ-HĐND")
    assert cells(only, "resolution") == [(RES_112,), (RES_112,)]


def test_considered_documents(local_repo: OxigraphRepo) -> None:
    # 112, lines 18-20: Báo cáo số 225/BC-UBND ngày 22/11/2024; Tờ trình số 160/TTr-UBND ngày
    # 22/11/2024; Báo cáo thẩm tra của các Ban; Báo cáo số 236/BC-UBND ngày 09/12/2024; ý kiến
    # thảo luận của đại biểu. 94, lines 24-26: 263/BC-UBND and 164/TTr-UBND of 12/11/2023, the
    # review, the delegates' opinions. Undated ones first, then by date and number.
    rows = answer(local_repo, "considered-documents")
    assert cells(
        rows, "resolutionNumber", "documentNumber", "documentType", "documentDate", "authorLabel"
    ) == [
        ("94/NQ-HĐND", None, "BCTT", None, "Ban Hội đồng nhân dân tỉnh Thái Nguyên"),
        ("94/NQ-HĐND", None, "YKĐB", None, "Đại biểu Hội đồng nhân dân tỉnh Thái Nguyên"),
        ("94/NQ-HĐND", "164/TTr-UBND", "TTr", "2023-11-12", UBND),
        ("94/NQ-HĐND", "263/BC-UBND", "BC", "2023-11-12", UBND),
        ("112/NQ-HĐND", None, "BCTT", None, "Ban Hội đồng nhân dân tỉnh Thái Nguyên"),
        ("112/NQ-HĐND", None, "YKĐB", None, "Đại biểu Hội đồng nhân dân tỉnh Thái Nguyên"),
        ("112/NQ-HĐND", "160/TTr-UBND", "TTr", "2024-11-22", UBND),
        ("112/NQ-HĐND", "225/BC-UBND", "BC", "2024-11-22", UBND),
        ("112/NQ-HĐND", "236/BC-UBND", "BC", "2024-12-09", UBND),
    ]
    assert rows.rows[0]["document"] == URIRef(RES_94 + "/xem-xet/1")
    assert (
        str(rows.rows[0]["documentTitle"]) == "Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh"
    )
    assert str(rows.rows[1]["documentTitle"]) == (
        "ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp"
    )
    assert rows.rows[8]["document"] == URIRef(B + "eli/vn/thai-nguyen/bc-ubnd/2024/236")
    assert str(rows.rows[8]["documentTitle"]) == (
        "giải trình, làm rõ một số nội dung trình Kỳ họp thứ hai mươi ba, Hội đồng nhân dân tỉnh "
        "Khóa XIV, nhiệm kỳ 2021 - 2026"
    )
    for row in rows:  # every title is words of the text's "Sau khi nghe …" / "Xét …" lines
        preamble = source(str(row["resolutionNumber"]))
        assert str(row["documentTitle"]) in preamble
        assert row["documentDate"] is None or literal(row["documentDate"]).datatype == XSD.date
    only = answer(local_repo, "considered-documents", resolution="94/NQ-HĐND")
    assert len(only) == 4


# Every numbered document the bodies of the texts cite, with the date and issuer the text gives
# (94: lines 111-257; 112: lines 101-127), in the query's order (by date, then IRI).
NUMBERED_94 = [
    ("33-NQ/TW", "2014-06-09", BCH_TW),  # line 207, "… Đảng khóa XI"
    ("18-NQ/TW", "2017-10-25", BCH_TW),  # line 253
    ("19-NQ/TW", "2017-10-25", BCH_TW),  # line 253
    ("20-NQ/TW", "2017-10-25", BCH_TW),  # line 197
    ("21-NQ/TW", "2017-10-25", BCH_TW),  # line 197
    ("10-NQ/TU", "2019-10-21", BCH_TU),  # line 111
    ("76-KL/TW", "2020-06-04", "Bộ Chính trị"),  # line 207
    ("01-NQ/TU", "2020-12-31", BCH_TU),  # line 191
    ("04/2021/NQ-HĐND", "2021-03-23", HDND),  # line 141
    ("76/NQ-CP", "2021-07-15", "Chính phủ"),  # line 257
    ("25/NQ-HĐND", "2021-12-10", HDND),  # line 217
    ("06/2022/NĐ-CP", "2022-01-07", "Chính phủ"),  # line 239
    ("08/CT-TTg", "2022-06-01", "Thủ tướng Chính phủ"),  # line 173
    ("82/NQ-CP", "2023-05-18", "Chính phủ"),  # line 213, "ngày 18/5/2023"
    ("19-NQ/TW", "2023-06-16", BCH_TW),  # line 111
    ("20-NQ/TW", "2023-06-16", BCH_TW),  # line 137
    ("117/NQ-CP", "2023-07-30", "Chính phủ"),  # line 255
]
NUMBERED_112 = [
    ("18-NQ/TW", "2017-10-25", BCH_TW),  # line 125
    ("01-NQ/TU", "2020-12-31", BCH_TU),  # line 127
    ("04/2021/NQ-HĐND", "2021-03-23", HDND),  # line 103
    ("20-NQ/TW", "2023-06-16", BCH_TW),  # line 103
    ("41-NQ/TW", "2023-10-10", "Bộ Chính trị"),  # lines 97-101
]


def test_cited_documents(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "cited-documents")
    # 94 names 17 numbered documents and 24 laws, programmes, schemes, plans and plannings by
    # name (Quy hoạch tỉnh …, line 40; Biên bản ghi nhớ …, line 97; … Chương trình cải cách
    # hành chính của tỉnh …, line 257); 112 names 5 numbered and 19 by name (5 laws on line 81).
    per_resolution = Counter(str(r["resolutionNumber"]) for r in rows)
    assert per_resolution == {"94/NQ-HĐND": 17 + 24, "112/NQ-HĐND": 5 + 19}
    keys = [(r["resolution"], r["document"]) for r in rows]
    assert len(keys) == len(set(keys)), "one row per resolution and document"
    numbered = [r for r in rows if r["documentNumber"] is not None]
    pinned = cells(
        Rows(rows.variables, numbered),
        "resolutionNumber",
        "documentNumber",
        "documentDate",
        "issuerLabel",
    )
    assert pinned == [("94/NQ-HĐND", *r) for r in NUMBERED_94] + [
        ("112/NQ-HĐND", *r) for r in NUMBERED_112
    ]
    # neither the legal bases nor the documents considered come back here
    documents = {str(r["document"]) for r in rows}
    assert LAW_2015 not in documents and LAW_2019 not in documents
    assert B + "eli/vn/thai-nguyen/bc-ubnd/2024/225" not in documents
    by_key = {(str(r["resolutionNumber"]), str(r["document"])): r for r in rows}
    kl = by_key[("94/NQ-HĐND", KL_76)]
    assert str(kl["documentTitle"]).startswith("việc tiếp tục thực hiện Nghị quyết số 33-NQ/TW")
    assert kl["issuer"] == URIRef(B + "org/tw/bo-chinh-tri")
    # 18-NQ/TW is described in both graphs, each text wording its subject in its own way: one
    # row each, with the title as that resolution words it (94, line 253; 112, line 125)
    assert str(by_key[("94/NQ-HĐND", NQ_18)]["documentTitle"]) == (
        "một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
        "hoạt động hiệu lực, hiệu quả"
    )
    assert str(by_key[("112/NQ-HĐND", NQ_18)]["documentTitle"]) == (
        "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh "
        "gọn, hoạt động hiệu lực, hiệu quả"
    )
    dat_dai = by_key[("112/NQ-HĐND", B + "eli/vn/tw/luat/dat-dai")]  # line 81, by name only
    assert str(dat_dai["documentTitle"]) == "Luật Đất đai"
    assert dat_dai["documentNumber"] is None and dat_dai["documentDate"] is None
    poverty = B + "eli/vn/tw/ctr/muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025"
    assert ("94/NQ-HĐND", poverty) in by_key and ("112/NQ-HĐND", poverty) in by_key  # 159, 107
    for row in rows:  # a title is the name or the "về …" subject, in the words of its text
        text = plain(source(str(row["resolutionNumber"])))
        assert plain(str(row["documentTitle"])) in text, row["document"]
    only = answer(local_repo, "cited-documents", resolution="112/NQ-HĐND")
    assert len(only) == 24


def test_citing_resolutions(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "citing-resolutions", document="18-NQ/TW")
    assert cells(rows, "document", "resolution", "relation") == [
        (NQ_18, RES_94, "cites"),
        (NQ_18, RES_112, "cites"),
    ]
    # 19-NQ/TW names two documents (2017, line 253, and 2023, line 111): both are answered
    rows = answer(local_repo, "citing-resolutions", document="19-NQ/TW")
    assert cells(rows, "document", "resolutionNumber") == [
        (B + "eli/vn/tw/nq-tw/2017/19", "94/NQ-HĐND"),
        (B + "eli/vn/tw/nq-tw/2023/19", "94/NQ-HĐND"),
    ]
    # 20-NQ/TW of 2017 (94, line 197) and of 2023 (94, line 137; 112, line 103)
    rows = answer(local_repo, "citing-resolutions", document="20-NQ/TW")
    assert cells(rows, "document", "resolutionNumber") == [
        (B + "eli/vn/tw/nq-tw/2017/20", "94/NQ-HĐND"),
        (B + "eli/vn/tw/nq-tw/2023/20", "94/NQ-HĐND"),
        (B + "eli/vn/tw/nq-tw/2023/20", "112/NQ-HĐND"),
    ]
    rows = answer(local_repo, "citing-resolutions", document=LAW_2015)
    assert cells(rows, "resolutionNumber", "relation") == [
        ("94/NQ-HĐND", "based_on"),
        ("112/NQ-HĐND", "based_on"),
    ]
    # both texts cite it by name and date only: its number is known from the list of laws
    rows = answer(local_repo, "citing-resolutions", document="77/2015/QH13")
    assert cells(rows, "document", "resolutionNumber", "documentNumber") == [
        (LAW_2015, "94/NQ-HĐND", "77/2015/QH13"),
        (LAW_2015, "112/NQ-HĐND", "77/2015/QH13"),
    ]
    rows = answer(local_repo, "citing-resolutions", document="225/BC-UBND")
    assert cells(rows, "resolutionNumber", "relation") == [("112/NQ-HĐND", "considered")]
    rows = answer(local_repo, "citing-resolutions", document="263/BC-UBND")
    assert cells(rows, "resolutionNumber", "relation") == [("94/NQ-HĐND", "considered")]
    rows = answer(local_repo, "citing-resolutions", document="41-NQ/TW")
    assert cells(rows, "resolutionNumber", "relation") == [("112/NQ-HĐND", "cites")]
    assert len(answer(local_repo, "citing-resolutions", document="99-NQ/TW")) == 0


@contextmanager
def store_beside_112(tmp_path: Path, text: str) -> Iterator[OxigraphRepo]:
    """An in-memory store of `text` (a variant of a seed, with a number of its own) built and
    published beside seed 112."""
    from nqgraph.build import build
    from nqgraph.publish import publish_dir

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "variant.md").write_text(text, encoding="utf-8")
    shutil.copy(SOURCE_DIR / FILE_112, sources)
    build([sources], tmp_path / "out", jobs=1)
    with OxigraphRepo(None) as repo:
        publish_dir(repo, tmp_path / "out")
        yield repo


def test_a_considered_document_quoted_twice_is_one_row(tmp_path: Path) -> None:
    """A report considered, then approved in an article under other words ("Tán thành Báo
    cáo số 225/BC-UBND … về kết quả …"), has two titles: still one row, with one of them."""
    text = (SOURCE_DIR / FILE_112).read_text(encoding="utf-8")
    text = text.replace("Số: 112/NQ-HĐND", "Số: 113/NQ-HĐND", 1).replace(
        "### **Điều 3. Tổ chức thực hiện**",
        "### **Điều 3.** Tán thành Báo cáo số 225/BC-UBND ngày 22 tháng 11 năm 2024 của Ủy ban "
        "nhân dân tỉnh về tình hình kinh tế - xã hội của tỉnh.\n\n"
        "### **Điều 4. Tổ chức thực hiện**",
        1,
    )
    with store_beside_112(tmp_path, text) as repo:
        rows = answer(repo, "considered-documents", resolution="113/NQ-HĐND")
        numbers = [str(r["documentNumber"]) for r in rows if r["documentNumber"]]
        assert sorted(numbers) == ["160/TTr-UBND", "225/BC-UBND", "236/BC-UBND"]
        seed = answer(repo, "considered-documents", resolution="112/NQ-HĐND")
        assert len(rows) == len(seed)


def test_a_resolution_that_replaces_and_repeals(tmp_path: Path) -> None:
    """A resolution that replaces two earlier ones and repeals a third ("Nghị quyết này thay
    thế …", "… và bãi bỏ Nghị quyết số …"): cited-documents says so in its relation, and so
    does citing-resolutions, once per resolution and document; the seeds cite only."""
    from tests.test_graph import replacing_112

    text = replacing_112().replace("Số: 112/NQ-HĐND", "Số: 113/NQ-HĐND", 1)
    with store_beside_112(tmp_path, text) as repo:
        rows = answer(repo, "cited-documents", resolution="113/NQ-HĐND")
        relations = {
            str(r["documentNumber"]): str(r["relation"]) for r in rows if r["documentNumber"]
        }
        assert relations == {
            "12/2019/NQ-HĐND": "replaces",
            "15/2020/NQ-HĐND": "replaces",
            "05/2020/NQ-HĐND": "repeals",
            **{number: "cites" for number, _, _ in NUMBERED_112},
        }
        seed = answer(repo, "cited-documents", resolution=RES_112)
        assert len(rows) == len(seed) + 3
        assert {str(r["relation"]) for r in seed} == {"cites"}
        rows = answer(repo, "citing-resolutions", document="12/2019/NQ-HĐND")
        assert cells(rows, "resolutionNumber", "relation") == [("113/NQ-HĐND", "replaces")]
        rows = answer(repo, "citing-resolutions", document="05/2020/NQ-HĐND")
        assert cells(rows, "resolutionNumber", "relation") == [("113/NQ-HĐND", "repeals")]
        rows = answer(repo, "citing-resolutions", document="41-NQ/TW")
        assert cells(rows, "resolutionNumber", "relation") == [
            ("112/NQ-HĐND", "cites"),
            ("113/NQ-HĐND", "cites"),
        ]


def test_a_resolution_that_amends(tmp_path: Path) -> None:
    """A resolution that amends one earlier resolution (its title) and repeals an article of
    another: both queries say "amends", and a seed that cites neither is not among them."""
    from tests.test_graph import amending_94

    text = amending_94().replace("Số: 94/NQ-HĐND", "Số: 95/NQ-HĐND", 1)
    with store_beside_112(tmp_path, text) as repo:
        rows = answer(repo, "cited-documents", resolution="95/NQ-HĐND")
        relations = {str(r["documentNumber"]): str(r["relation"]) for r in rows}
        assert relations["07/2021/NQ-HĐND"] == "amends"
        assert relations["15/2020/NQ-HĐND"] == "amends"
        assert {v for k, v in relations.items() if not k.startswith(("07/", "15/"))} == {"cites"}
        for number in ("07/2021/NQ-HĐND", "15/2020/NQ-HĐND"):
            rows = answer(repo, "citing-resolutions", document=number)
            assert cells(rows, "resolutionNumber", "relation") == [("95/NQ-HĐND", "amends")]


# 112/NQ-HĐND, Điều 2.I.2 (lines 40-73): every target, in text order.
TARGETS_112 = [
    (40, "Tốc độ tăng trưởng kinh tế (GRDP)", "=", "8.5", "%"),
    (42, "Công nghiệp, xây dựng", "=", "57.7", "%"),
    (43, "Dịch vụ và Thuế sản phẩm trừ trợ cấp sản phẩm", "=", "32.7", "%"),
    (44, "Nông, lâm nghiệp, thủy sản", "=", "9.6", "%"),
    (45, "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "=", "10", "%"),  # "Tăng 10%"
    (46, "Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản", "=", "3.5", "%"),
    (47, "Giá trị xuất khẩu", "=", "9", "%"),
    (47, "xuất khẩu địa phương", "=", "7", "%"),  # "trong đó xuất khẩu địa phương tăng 7%"
    (48, "GRDP bình quân đầu người", "=", "132", "triệu đồng/người/năm"),
    (49, "Thu ngân sách nhà nước trên địa bàn tỉnh (kể hoạch địa phương giao)", "=", "23600",
     "tỷ đồng"),
    (53, "Tỷ lệ lao động qua đào tạo", "=", "76.5", "%"),
    (53, "có bằng cấp, chứng chỉ", "=", "36.8", "%"),
    (54, "Tỷ lệ thất nghiệp ở thành thị", "<", "3", "%"),  # "dưới 3%"
    (55, "Giảm tỷ lệ hộ nghèo (theo chuẩn mới)", "≥", "0.5", "%"),  # "Từ 0,5% trở lên"
    (56, "Tỷ lệ người lao động tham gia bảo hiểm xã hội", "=", "45", "%"),
    (57, "Số xã đạt chuẩn nông thôn mới trong năm", "=", "2", "xã"),  # "02 xã"
    (58, "Tỷ lệ số xã đạt tiêu chí quốc gia về y tế", "=", "95", "%"),
    (59, "Tỷ lệ dân số tham gia bảo hiểm y tế", "=", "95.25", "%"),
    (60, "Tỷ lệ trường đạt chuẩn quốc gia", "=", "90", "%"),
    (64, "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường dân tộc nội trú", "=", "8",
     "%"),
    (66, "Tỷ lệ gia đình văn hóa", "≥", "90", "%"),
    (67, "Tỷ lệ xóm, làng, tổ dân phố văn hóa", "≥", "90", "%"),
    (68, "Tỷ lệ cơ quan, đơn vị đạt chuẩn văn hóa", "≥", "92", "%"),
    (72, "Ổn định tỷ lệ che phủ rừng", "≥", "46", "%"),
    (73, "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", "=", "98", "%"),
]  # fmt: skip
# 94/NQ-HĐND, Điều 2.I.2 (lines 48-81): 26 targets; these, by target number.
TARGETS_94 = {
    1: (48, "Tốc độ tăng trưởng kinh tế (GRDP)", "=", "7.5", "%"),
    5: (53, "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "=", "8.5", "%"),
    7: (55, "Giá trị xuất khẩu", "=", "8", "%"),
    8: (55, "giá trị xuất khẩu địa phương", "=", "9", "%"),
    9: (57, "GRDP bình quân đầu người", "=", "123", "triệu đồng/người/năm"),
    10: (58, "Thu ngân sách nhà nước trên địa bàn tỉnh", "=", "19515", "tỷ đồng"),
    11: (62, "Tỷ lệ lao động qua đào tạo", "=", "74", "%"),
    12: (62, "có bằng cấp, chứng chỉ", "=", "36.5", "%"),
    13: (63, "Tỷ lệ thất nghiệp ở thành thị", "<", "3", "%"),  # "Dưới 3%"
    14: (64, "Giảm tỷ lệ hộ nghèo (theo chuẩn mới)", "≥", "0.8", "%"),
    17: (68, "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới", "=", "1",
         "đơn vị"),
    25: (80, "Ổn định tỷ lệ che phủ rừng", "≥", "46", "%"),
    26: (81, "Tỷ lệ dân số nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", "=", "97.5", "%"),
}  # fmt: skip


def test_indicator_targets(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "indicator-targets")
    columns = ("line", "indicatorLabel", "comparator", "value", "unit")
    assert len(rows) == 26 + 25
    in_94 = [r for r in rows if r["resolution"] == URIRef(RES_94)]
    in_112 = [r for r in rows if r["resolution"] == URIRef(RES_112)]
    assert rows.rows == in_94 + in_112
    # in text order: …/chi-tieu/1, 2, … 26 (not 1, 10, 11, …)
    assert [str(r["target"]) for r in in_94] == [f"{RES_94}/chi-tieu/{n}" for n in range(1, 27)]
    assert [str(r["target"]) for r in in_112] == [f"{RES_112}/chi-tieu/{n}" for n in range(1, 26)]
    assert cells(Rows(rows.variables, in_112), *columns) == [
        tuple(str(v) for v in t) for t in TARGETS_112
    ]
    for number, expected in TARGETS_94.items():
        row = in_94[number - 1]
        assert cells(Rows(rows.variables, [row]), *columns) == [tuple(str(v) for v in expected)]
    first = in_112[0]
    assert first["value"] == Literal("8.5", datatype=XSD.decimal)
    assert first["quote"] == Literal("Tốc độ tăng trưởng kinh tế (GRDP): 8,5%")
    assert first["indicator"] == URIRef(GRDP)
    for row in rows:
        assert literal(row["value"]).datatype == XSD.decimal
        assert row["year"] == Literal("2024" if row in in_94 else "2025", datatype=XSD.gYear)
        assert str(row["comparator"]) in COMPARATORS
        assert str(row["unit"]) in UNITS
        assert row["upperValue"] is None  # no ranges in the seeds
        quote, label = str(row["quote"]), str(row["indicatorLabel"])
        assert quote in line_of(str(row["resolutionNumber"]), int(literal(row["line"])))
        assert quote.startswith(label)
        assert vietnamese(Decimal(str(row["value"]))) in quote
    only = answer(local_repo, "indicator-targets", resolution="94/NQ-HĐND")
    assert only.rows == in_94


def test_indicator_series(local_repo: OxigraphRepo) -> None:
    # GRDP growth: "7,5%" for 2024 (94, line 48), "8,5%" for 2025 (112, line 40)
    rows = answer(local_repo, "indicator-series", indicator="Tốc độ tăng trưởng kinh tế (GRDP)")
    assert cells(rows, "indicator", "year", "comparator", "value", "unit", "resolutionNumber") == [
        (GRDP, "2024", "=", "7.5", "%", "94/NQ-HĐND"),
        (GRDP, "2025", "=", "8.5", "%", "112/NQ-HĐND"),
    ]
    assert {str(r["indicatorLabel"]) for r in rows} == {"Tốc độ tăng trưởng kinh tế"}
    assert rows.rows[0]["year"] == Literal("2024", datatype=XSD.gYear)
    assert answer(local_repo, "indicator-series", indicator=GRDP).rows == rows.rows
    by_pref_label = answer(local_repo, "indicator-series", indicator="Tốc độ tăng trưởng kinh tế")
    assert by_pref_label.rows == rows.rows
    by_alt_label = answer(
        local_repo, "indicator-series", indicator="Tỷ lệ hộ nghèo (theo chuẩn mới)"
    )
    assert cells(by_alt_label, "indicatorLabel", "year", "comparator", "value") == [
        ("Tỷ lệ hộ nghèo", "2024", "≥", "0.8"),  # "Từ 0,8% trở lên" (94, line 64)
        ("Tỷ lệ hộ nghèo", "2025", "≥", "0.5"),  # "Từ 0,5% trở lên" (112, line 55)
    ]
    labour = answer(local_repo, "indicator-series", indicator="Tỷ lệ lao động qua đào tạo")
    assert cells(labour, "year", "value", "resolutionNumber") == [
        ("2024", "74", "94/NQ-HĐND"),  # line 62
        ("2025", "76.5", "112/NQ-HĐND"),  # line 53
    ]
    every = answer(local_repo, "indicator-series")
    assert len(every) == 26 + 25  # every target has an indicator and a year
    # 25 indicators recur in both years; "Số đơn vị cấp huyện …" (94, line 68) only in 2024
    years = Counter(str(r["indicator"]) for r in every)
    assert Counter(years.values()) == {2: 25, 1: 1}
    assert years[IND + "so-don-vi-cap-huyen-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi"] == 1
    assert len(answer(local_repo, "indicator-series", indicator="Không có chỉ tiêu này")) == 0


def test_province_series(local_repo: OxigraphRepo) -> None:
    """Both seeds are Thái Nguyên's: its series is indicator-series, with the province."""
    thai_nguyen = URIRef(B + "vocab/jurisdiction/thai-nguyen")
    for indicator in ("Tốc độ tăng trưởng kinh tế", "Tỷ lệ hộ nghèo", None):
        values = {"indicator": indicator} if indicator else {}
        rows = answer(local_repo, "province-series", province="Thái Nguyên", **values)
        series = answer(local_repo, "indicator-series", **values)
        assert {row["province"] for row in rows} == {thai_nguyen}
        assert [{k: v for k, v in row.items() if k != "province"} for row in rows] == series.rows
    assert len(rows) == 26 + 25
    by_iri = answer(local_repo, "province-series", province=str(thai_nguyen))
    assert by_iri.rows == rows.rows
    grdp = answer(local_repo, "province-series", province="Thái Nguyên", indicator=GRDP)
    assert cells(grdp, "year", "value", "resolutionNumber") == [
        ("2024", "7.5", "94/NQ-HĐND"),  # line 48
        ("2025", "8.5", "112/NQ-HĐND"),  # line 40
    ]
    # the central level is a jurisdiction too, with no resolution among the seeds
    assert len(answer(local_repo, "province-series", province="Trung ương")) == 0
    assert len(answer(local_repo, "province-series", province="Hà Nội")) == 0


# Hand-chosen rows of the comparison 94 -> 112 (lines in 94 / 112).
CHANGES = {
    "toc-do-tang-truong-kinh-te": ("7.5", "8.5", "up", "%"),  # 48 / 40
    "gia-tri-xuat-khau": ("8", "9", "up", "%"),  # 55 / 47
    "gia-tri-xuat-khau-dia-phuong": ("9", "7", "down", "%"),  # 55 / 47
    "gia-tri-san-xuat-cong-nghiep-tieu-thu-cong-nghiep": ("8.5", "10", "up", "%"),  # 53 / 45
    "gia-tri-san-xuat-nganh-nong-lam-nghiep-thuy-san": ("3.5", "3.5", "same", "%"),  # 54 / 46
    "thu-ngan-sach-nha-nuoc-tren-dia-ban": ("19515", "23600", "up", "tỷ đồng"),  # 58 / 49
    "ty-le-lao-dong-qua-dao-tao": ("74", "76.5", "up", "%"),  # 62 / 53
    "ty-le-that-nghiep-o-thanh-thi": ("3", "3", "same", "%"),  # 63 / 54, "<" both
    "ty-le-ho-ngheo": ("0.8", "0.5", "down", "%"),  # 64 / 55
    "so-xa-dat-chuan-nong-thon-moi-trong-nam": ("2", "2", "same", "xã"),  # 67 / 57
    "so-don-vi-cap-huyen-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi": (
        "1", None, "dropped", "đơn vị"),  # 68 / -
    "ty-trong-cong-nghiep-xay-dung": ("58.6", "57.7", "down", "%"),  # 50 / 42
    "ty-le-che-phu-rung": ("46", "46", "same", "%"),  # 80 / 72, "≥" both
}  # fmt: skip


def test_target_changes(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "target-changes", **{"from": "94/NQ-HĐND", "to": "112/NQ-HĐND"})
    assert len(rows) == 26
    by_indicator = {str(r["indicator"]).removeprefix(IND): r for r in rows}
    assert len(by_indicator) == 26, "one row per indicator"
    for slug, expected in CHANGES.items():
        row = Rows(rows.variables, [by_indicator[slug]])
        assert cells(row, "before", "after", "change", "unit") == [expected], slug
    # 26 indicators: 13 targets raised, 3 lowered, 9 kept; the district one dropped
    assert Counter(str(r["change"]) for r in rows) == {
        "up": 13,
        "down": 3,
        "same": 9,
        "dropped": 1,
    }
    forest = by_indicator["ty-le-che-phu-rung"]
    assert cells(Rows(rows.variables, [forest]), "comparatorBefore", "comparatorAfter") == [
        ("≥", "≥")
    ]
    grdp = by_indicator["toc-do-tang-truong-kinh-te"]
    assert cells(Rows(rows.variables, [grdp]), "yearBefore", "yearAfter", "indicatorLabel") == [
        ("2024", "2025", "Tốc độ tăng trưởng kinh tế")
    ]
    assert literal(grdp["before"]).datatype == XSD.decimal
    # what a value states: "Giảm tỷ lệ hộ nghèo: Từ 0,5% trở lên" is a decrease of at least
    # 0.5, "Tăng 10%" an increase, "đạt 132 triệu đồng" a level
    kinds = {
        slug: cells(Rows(rows.variables, [by_indicator[slug]]), "kindBefore", "kindAfter")[0]
        for slug in (
            "ty-le-ho-ngheo",
            "toc-do-tang-truong-kinh-te",
            "ty-trong-cong-nghiep-xay-dung",
        )
    }
    assert kinds == {
        "ty-le-ho-ngheo": ("decrease", "decrease"),
        "toc-do-tang-truong-kinh-te": ("level", "level"),
        "ty-trong-cong-nghiep-xay-dung": ("share", "share"),
    }
    back = answer(local_repo, "target-changes", **{"from": RES_112, "to": RES_94})
    assert Counter(str(r["change"]) for r in back) == {"down": 13, "up": 3, "same": 9, "new": 1}
    with pytest.raises(QueryError, match="needs --param to="):
        answer(local_repo, "target-changes", **{"from": RES_94})


def test_target_changes_do_not_compare_values_of_two_kinds(tmp_path: Path) -> None:
    """ "Tăng 10%" (an increase) then "đạt 10%" (a level): not "same", but "changed", with
    both kinds shown; indicator-targets gives each target's kind."""
    from nqgraph.build import build
    from nqgraph.publish import publish_dir

    text = source("112/NQ-HĐND").replace("Số: 112/NQ-HĐND", "Số: 113/NQ-HĐND")
    text = text.replace("tiểu thủ công nghiệp: Tăng 10%.", "tiểu thủ công nghiệp: đạt 10%.")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "113.md").write_text(text, encoding="utf-8")
    shutil.copy(SOURCE_DIR / FILE_112, sources)
    build([sources], tmp_path / "out", jobs=1)
    repo = OxigraphRepo(None)
    publish_dir(repo, tmp_path / "out")
    rows = answer(repo, "target-changes", **{"from": "112/NQ-HĐND", "to": "113/NQ-HĐND"})
    industry = [r for r in rows if str(r["indicatorLabel"]).startswith("Giá trị sản xuất công")]
    assert cells(Rows(rows.variables, industry), "before", "after", "kindBefore", "kindAfter",
                 "change") == [("10", "10", "increase", "level", "changed")]  # fmt: skip
    assert Counter(str(r["change"]) for r in rows) == {"same": 24, "changed": 1}
    targets = answer(repo, "indicator-targets", resolution="113/NQ-HĐND")
    # 112's four "Tăng …%" targets less the one made a level, its one "Giảm", its three shares
    assert Counter(str(r["kind"]) for r in targets) == {
        "level": 18, "increase": 3, "decrease": 1, "share": 3
    }  # fmt: skip


def test_target_changes_do_not_compare_values_of_two_units(tmp_path: Path) -> None:
    """ "132 triệu đồng/người/năm" then "5.500 USD/người": not "up", but "changed", each side's
    unit shown."""
    text = source("112/NQ-HĐND").replace("Số: 112/NQ-HĐND", "Số: 113/NQ-HĐND")
    text = text.replace("đạt 132 triệu đồng/người/năm.", "đạt 5.500 USD/người.")
    with store_beside_112(tmp_path, text) as repo:
        rows = answer(repo, "target-changes", **{"from": "112/NQ-HĐND", "to": "113/NQ-HĐND"})
    per_head = [r for r in rows if str(r["indicatorLabel"]).startswith("GRDP bình quân")]
    columns = ("before", "after", "change", "unit", "unitBefore", "unitAfter")
    assert cells(Rows(rows.variables, per_head), *columns) == [
        ("132", "5500", "changed", "USD/người", "triệu đồng/người/năm", "USD/người")
    ]
    assert Counter(str(r["change"]) for r in rows) == {"same": 24, "changed": 1}


def test_responsibilities(local_repo: OxigraphRepo) -> None:
    # Điều 3 (112: lines 141, 143; 94: lines 271, 273): "1. Giao Ủy ban nhân dân tỉnh chỉ đạo,
    # triển khai thực hiện …"; "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng
    # nhân dân tỉnh, các Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh
    # giám sát việc thực hiện Nghị quyết."
    charged = [
        (UBND, "implements"),
        ("Thường trực Hội đồng nhân dân tỉnh Thái Nguyên", "supervises"),
        ("Ban Hội đồng nhân dân tỉnh Thái Nguyên", "supervises"),
        ("Tổ đại biểu Hội đồng nhân dân tỉnh Thái Nguyên", "supervises"),
        ("Đại biểu Hội đồng nhân dân tỉnh Thái Nguyên", "supervises"),
    ]
    rows = answer(local_repo, "responsibilities")
    assert cells(rows, "resolutionNumber", "bodyLabel", "role") == [
        ("94/NQ-HĐND", *c) for c in charged
    ] + [("112/NQ-HĐND", *c) for c in charged]
    assert {str(r["roleLabel"]) for r in rows} == {"Tổ chức thực hiện", "Giám sát"}
    assert rows.rows[0]["body"] == URIRef(B + "org/thai-nguyen/uy-ban-nhan-dan-tinh")
    assert [str(r["assignment"]) for r in rows] == [
        f"{res}/giao/{n}" for res in (RES_94, RES_112) for n in range(1, 6)
    ]
    ubnd = answer(local_repo, "responsibilities", body=UBND)
    assert cells(ubnd, "resolutionNumber", "role") == [
        ("94/NQ-HĐND", "implements"),
        ("112/NQ-HĐND", "implements"),
    ]
    standing = answer(
        local_repo,
        "responsibilities",
        resolution="112/NQ-HĐND",
        body="Thường trực Hội đồng nhân dân tỉnh Thái Nguyên",
    )
    assert cells(standing, "resolution", "role") == [(RES_112, "supervises")]


def test_task_lineage(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "task-lineage")
    assert len(rows) == 34
    keys = [(r["task"], r["referredDocument"], r["document"]) for r in rows]
    assert len(keys) == len(set(keys)), "one row per task, referred and reached document"
    for row in rows:  # only central documents; direct iff the task names the document itself
        assert "/eli/vn/tw/" in str(row["document"])
        assert row["direct"] == Literal(row["document"] == row["referredDocument"])
    tasks = [int(str(r["task"]).rsplit("/", 1)[1]) for r in rows if r["resolution"] == RES_112]
    assert tasks == sorted(tasks), "tasks in text order"
    # the numbered central documents the tasks name (the provincial 10-NQ/TU, 01-NQ/TU,
    # 04/2021/NQ-HĐND and 25/NQ-HĐND are not "central"); cf. NUMBERED_94 / NUMBERED_112
    numbered = {
        (str(r["resolutionNumber"]), str(r["documentNumber"]), str(r["documentDate"]))
        for r in rows
        if r["documentNumber"] is not None and r["direct"] == Literal(True)
    }
    central = ("/TW", "-CP", "/CT-TTg")
    assert numbered == {("94/NQ-HĐND", n, d) for n, d, _ in NUMBERED_94 if n.endswith(central)} | {
        ("112/NQ-HĐND", n, d) for n, d, _ in NUMBERED_112 if n.endswith(central)
    }
    assert len(numbered) == 13 + 3

    def tasks_naming(document: str, resolution: str) -> set[str]:
        return {
            str(r["task"])
            for r in rows
            if str(r["referredDocument"]) == document and str(r["resolution"]) == resolution
        }

    # 94, line 207: the task naming Kết luận 76-KL/TW (which is "về việc tiếp tục thực hiện
    # Nghị quyết số 33-NQ/TW") reaches 33-NQ/TW through it, and names 33-NQ/TW itself too.
    (task,) = tasks_naming(KL_76, RES_94)
    reached = cells(
        Rows(rows.variables, [r for r in rows if str(r["task"]) == task]),
        "referredDocument",
        "documentNumber",
        "direct",
    )
    assert reached == [
        (KL_76, "76-KL/TW", "true"),
        (KL_76, "33-NQ/TW", "false"),
        (NQ_33, "33-NQ/TW", "true"),
    ]
    assert line_of_node(local_repo, task) == 207
    # 18-NQ/TW (2017): 94, line 253 (with 19-NQ/TW of 2017); 112, line 125
    (task_94,) = tasks_naming(NQ_18, RES_94)
    (task_112,) = tasks_naming(NQ_18, RES_112)
    assert (line_of_node(local_repo, task_94), line_of_node(local_repo, task_112)) == (253, 125)
    assert tasks_naming(B + "eli/vn/tw/nq-tw/2017/19", RES_94) == {task_94}
    # 112, line 103: 20-NQ/TW (central) and 04/2021/NQ-HĐND (provincial) in one task
    (task_20,) = tasks_naming(B + "eli/vn/tw/nq-tw/2023/20", RES_112)
    assert line_of_node(local_repo, task_20) == 103
    assert {str(r["documentNumber"]) for r in rows if str(r["task"]) == task_20} == {"20-NQ/TW"}
    only = answer(local_repo, "task-lineage", resolution="112/NQ-HĐND")
    assert only.rows == [r for r in rows if r["resolution"] == URIRef(RES_112)]


def test_task_lineage_reads_an_undescribed_document_in_its_own_graph() -> None:
    """A central document the citing text does not describe (reached through a chain of
    citation) takes its number, title and date from its own graph when it is in the corpus
    (the graph whose schema:mainEntity it is; not its entailments, which derive it from its
    span too)."""
    res = B + "eli/vn/ha-noi/nq-hdnd/2020/1"
    law, decree = B + "eli/vn/tw/luat/x", B + "eli/vn/tw/nq-cp/2019/5"
    trig = f"""
    @prefix nq: <https://w3id.org/nqgraph/ontology#> .
    @prefix eli: <http://data.europa.eu/eli/ontology#> .
    @prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix schema: <https://schema.org/> .
    <{res}/graph> {{
      <{res}/graph> schema:mainEntity <{res}> .
      <{res}> a nq:Resolution ; prov:wasDerivedFrom <{B}source/a> ; eli:id_local "1/NQ-HĐND" ;
          nq:hasTask <{res}/nhiem-vu/1> .
      <{res}/nhiem-vu/1> nq:refersTo <{law}> .
      <{law}> eli:id_local "X" ; eli:cites <{decree}> .
    }}
    <{decree}/graph> {{
      <{decree}/graph> schema:mainEntity <{decree}> ; prov:wasGeneratedBy <{B}activity/d> .
      <{decree}> a nq:Resolution ; prov:wasDerivedFrom <{B}source/d> ; eli:id_local "5/NQ-CP" ;
          dcterms:title "Về …"@vi ; eli:date_document "2019-01-02"^^xsd:date .
    }}
    <{decree}/inferred> {{
      <{decree}> a eli:LegalResource ; prov:wasDerivedFrom <{decree}/nguon/0-100> .
    }}
    """  # fmt: skip
    with OxigraphRepo(None) as repo:
        repo.store.load(trig.encode(), format=ox.RdfFormat.TRIG)
        rows = run(CATALOGUE["task-lineage"], repo, {"resolution": res})
    assert cells(rows, "document", "documentNumber", "documentTitle", "documentDate", "direct") == [
        (law, "X", None, None, "true"),
        (decree, "5/NQ-CP", "Về …", "2019-01-02", "false"),
    ]


def test_graphs_named_by_their_publisher_answer_alike(
    local_repo: OxigraphRepo, turtle_dir: Path
) -> None:
    """A publisher may load each resolution's file into a graph it names itself (the file's
    URL, say): the resolution a graph describes is still found, by its schema:mainEntity. (The
    vocabularies go to their graph, as the queries read them there: the list of laws gives a
    law's number.)"""
    with OxigraphRepo() as renamed:
        for path in sorted((turtle_dir / "resolutions").glob("*.ttl")):
            graph = ox.NamedNode(f"urn:x-file:{path.name}")
            renamed.store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=graph)
        for path in sorted((turtle_dir / "vocabularies").glob("*.ttl")):
            vocab = ox.NamedNode(B + "vocab")
            renamed.store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=vocab)
        law = B + "eli/vn/tw/luat-qh13/2015/77"
        for name, params in [
            ("citing-resolutions", {"document": "18-NQ/TW"}),
            ("citing-resolutions", {"document": law}),
            ("task-lineage", {}),
        ]:
            expected = answer(local_repo, name, **params)
            got = answer(renamed, name, **params)
            columns = [c for c in expected.variables if c != "graph"]
            assert len(expected) > 0
            assert [[r[c] for c in columns] for r in got] == [
                [r[c] for c in columns] for r in expected
            ]


def line_of_node(repo: OxigraphRepo, node: str) -> int:
    (row,) = answer(repo, "provenance", node=node)
    return int(literal(row["line"]))


def test_provenance(local_repo: OxigraphRepo) -> None:
    quote = "Tốc độ tăng trưởng kinh tế (GRDP): 8,5%"
    rows = answer(local_repo, "provenance")  # 112/NQ-HĐND, chi-tieu/1
    assert cells(rows, "fileName", "sha256", "line", "endLine", "quote", "softwareVersion") == [
        (FILE_112, SHA_112, "40", "40", quote, "0.1.0")
    ]
    (row,) = rows
    text = source(FILE_112)
    assert hashlib.sha256((SOURCE_DIR / FILE_112).read_bytes()).hexdigest() == SHA_112
    start, end = int(literal(row["start"])), int(literal(row["end"]))
    assert (start, end) == (text.index(quote), text.index(quote) + len(quote))
    assert line_of(FILE_112, 40) == f"- {quote}."
    assert row["activity"] == URIRef(B + "activity/39820eee1f775f9b-0.1.0")
    assert row["source"] == URIRef(B + "source/39820eee1f775f9b")
    assert row["span"] == URIRef(f"{RES_112}/nguon/{start}-{end}")
    # prov:endedAtTime only in a reproducible build (SOURCE_DATE_EPOCH set)
    assert row["time"] is None or literal(row["time"]).datatype == XSD.dateTime
    # the signature of 94: "**CHỦ TỊCH**" (line 277) … "**Phạm Hoàng Sơn**" (line 279)
    signer = answer(local_repo, "provenance", node=RES_94 + "/chu-ky")
    assert cells(signer, "fileName", "sha256", "line", "endLine") == [
        (FILE_94, SHA_94, "277", "279")
    ]
    signed = str(signer.rows[0]["quote"])
    assert signed.startswith("CHỦ TỊCH") and signed.endswith("Phạm Hoàng Sơn")
    assert signed in source(FILE_94)
    # the "Căn cứ" line of the 2015 law (112, line 14)
    basis = answer(local_repo, "provenance", node=RES_112 + "/trich-dan/1")
    assert cells(basis, "line") == [("14",)]
    assert str(basis.rows[0]["quote"]) in line_of(FILE_112, 14)
    assert len(answer(local_repo, "provenance", node=B + "nothing")) == 0


def test_session_record(local_repo: OxigraphRepo) -> None:
    # 112: "HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN KHÓA XIV, KỲ HỌP THỨ HAI MƯƠI BA" (line 12),
    # "… thông qua ngày 10 tháng 12 năm 2024" (line 145); 94: "… KỲ HỌP THỨ MƯỜI SÁU" (line 18),
    # "… thông qua ngày 08 tháng 12 năm 2023" (line 275). Both signed "CHỦ TỊCH" / "Phạm Hoàng
    # Sơn", with no "TM." line; only 112 has a "Nơi nhận" list (lines 149-166, 18 entries; the
    # "Lưu: VT, CTHĐND" of line 167 is the archive, not a recipient).
    rows = answer(local_repo, "session-record")
    assert cells(
        rows,
        "resolutionNumber",
        "councilLabel",
        "termNumber",
        "sessionNumber",
        "adoptionDate",
        "signingAuthority",
        "signerTitle",
        "signerName",
        "recipientCount",
    ) == [
        ("94/NQ-HĐND", HDND, "14", "16", "2023-12-08", None, "CHỦ TỊCH", "Phạm Hoàng Sơn", "0"),
        ("112/NQ-HĐND", HDND, "14", "23", "2024-12-10", None, "CHỦ TỊCH", "Phạm Hoàng Sơn",
         "19"),
    ]  # fmt: skip
    assert "TM." not in source(FILE_112) and "TM." not in source(FILE_94)
    assert rows.rows[0]["council"] == URIRef(B + "org/thai-nguyen/hoi-dong-nhan-dan-tinh")
    assert rows.rows[1]["adoptionDate"] == Literal("2024-12-10", datatype=XSD.date)
    assert rows.rows[0]["recipients"] in (None, Literal(""))  # GROUP_CONCAT of nothing
    recipients = str(rows.rows[1]["recipients"]).split("; ")
    assert len(recipients) == len(set(recipients)) == 19
    assert {
        "Ủy ban Thường vụ Quốc hội",  # line 149
        "Chính phủ",  # 150
        "Thường trực Tỉnh ủy Thái Nguyên",  # 151
        "Thường trực Hội đồng nhân dân tỉnh Thái Nguyên",  # 152, "Thường trực HĐND tỉnh"
        UBND,  # 153
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên",  # 155, "Ủy ban MTTQ tỉnh"
        "Tòa án nhân dân tỉnh Thái Nguyên",  # 157
        "Kiểm toán nhà nước Khu vực X",  # 160
        "Ban Thi đua - Khen thưởng tỉnh Thái Nguyên",  # 164
        "Báo Thái Nguyên",  # 166, "Báo Thái Nguyên, Trung tâm Thông tin tỉnh"
        "Trung tâm Thông tin tỉnh Thái Nguyên",  # 166
    } <= set(recipients)
    assert not any(r.startswith("Lưu") for r in recipients)
    only = answer(local_repo, "session-record", resolution="94/NQ-HĐND")
    assert cells(only, "resolution", "sessionNumber") == [(RES_94, "16")]


# ------------------------------------------------------------------ parameters


def test_parameter_errors(local_repo: OxigraphRepo) -> None:
    with pytest.raises(QueryError, match="has no parameter 'year'"):
        answer(local_repo, "legal-bases", year="2024")
    with pytest.raises(QueryError, match="needs --param document="):
        run(CATALOGUE["citing-resolutions"], local_repo, {})
    with pytest.raises(QueryError, match="not an IRI"):
        answer(local_repo, "provenance", node="<http://x> } ; DROP ALL ; {")


def test_parameter_types() -> None:
    assert convert(Param("d", "decimal"), "8,5") == Literal("8.5", datatype=XSD.decimal)
    assert convert(Param("d", "date"), "2024-12-10") == Literal("2024-12-10", datatype=XSD.date)
    assert convert(Param("n", "integer"), "023") == Literal("23", datatype=XSD.integer)
    assert convert(Param("l", "literal", lang="vi"), "Khóa") == Literal("Khóa", lang="vi")
    nfd = "Kho\u0301a"  # decomposed input is normalised to NFC
    assert convert(Param("s", "string"), nfd) == Literal("Khóa")
    assert convert(Param("i", "iri"), "<http://x/y>") == URIRef("http://x/y")
    for kind, bad in [("decimal", "abc"), ("date", "10/12/2024"), ("integer", "1.5")]:
        with pytest.raises(QueryError, match=r"not an? "):
            convert(Param("p", kind), bad)


@pytest.mark.parametrize(
    "evil", ["} ; DROP ALL ; {", '18-NQ/TW" } ; DROP ALL ; { "', "x' . ?s ?p ?o . '", 'a\\" b\n']
)
def test_injection_is_bound_as_a_literal(local_repo: OxigraphRepo, evil: str) -> None:
    before = local_repo.count()
    rows = answer(local_repo, "citing-resolutions", document=evil)
    assert rows.variables == CATALOGUE["citing-resolutions"].columns
    assert len(rows) == 0
    direct = local_repo.select("SELECT ?x WHERE { }", {"x": Literal(evil)})
    assert direct.rows == [{"x": Literal(evil)}]
    assert local_repo.count() == before


# ------------------------------------------------------------------ renderers and CLI


def test_renderers(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "indicator-series", indicator=GRDP)
    document = json.loads(render(rows, "json"))
    assert document["head"]["vars"] == CATALOGUE["indicator-series"].columns
    first = document["results"]["bindings"][0]
    assert first["value"] == {
        "type": "literal",
        "value": "7.5",
        "datatype": "http://www.w3.org/2001/XMLSchema#decimal",
    }
    assert first["indicatorLabel"]["xml:lang"] == "vi"
    assert first["indicator"] == {"type": "uri", "value": GRDP}
    assert "upperValue" not in first  # unbound
    csv_text = render(rows, "csv")
    assert csv_text.splitlines()[0].startswith("indicator,indicatorLabel,year")
    assert "\r\n" in csv_text and ",7.5,%," in csv_text
    tsv = render(rows, "tsv").splitlines()
    assert tsv[0].startswith("?indicator\t?indicatorLabel")
    assert '"7.5"^^<http://www.w3.org/2001/XMLSchema#decimal>' in tsv[1]
    table = render(rows, "table").splitlines()
    assert table[-1] == "(2 rows)"
    # aligned: the column after a Vietnamese label starts at the same place on every line
    col = table[0].index("year")
    assert all(line[col - 2 : col] == "  " for line in table[:-1])
    with pytest.raises(QueryError, match="unknown format"):
        render(rows, "xml")


def test_cli_query_and_queries(
    disk_store: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(
        ["query", "citing-resolutions", "--store", str(disk_store), "-p", "document=18-NQ/TW",
         "--format", "json"]
    )  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [b["resolution"]["value"] for b in out["results"]["bindings"]] == [RES_94, RES_112]

    assert main(["queries", "--lang", "vi"]) == 0
    listing = capsys.readouterr().out
    assert "legal-bases" in listing and "Căn cứ pháp lý" in listing

    assert main(["query", "nope", "--store", str(disk_store)]) == 2
    assert "unknown query 'nope'" in capsys.readouterr().err
    assert main(["query", "legal-bases", "--store", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert "run nqgraph build first" in err and len(err.strip().splitlines()) == 1
    assert main(["query", "legal-bases", "--store", str(disk_store), "-p", "oops"]) == 2
    assert "name=value" in capsys.readouterr().err
    bad = tmp_path / "bad.rq"
    bad.write_text("# a comment\nSELECT WHERE {", encoding="utf-8")
    assert main(["query", str(bad), "--store", str(disk_store)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"nqgraph: error: {bad}:2: malformed query") and err.count("\n") == 1


LEGAL_BASES_GRAPH = """#+ params:
#+   - name: resolution
#+     type: resource
#+     lookup: eli:id_local
PREFIX eli: <http://data.europa.eu/eli/ontology#>
CONSTRUCT { ?resolution eli:based_on ?basis } WHERE { GRAPH ?g { ?resolution eli:based_on ?basis } }
"""


def test_cli_ask_construct_and_describe(
    disk_store: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Every query form: ASK prints true or false, CONSTRUCT and DESCRIBE print Turtle (or
    N-Triples), sorted, each triple once; an update is refused, naming the file."""
    store = ["--store", str(disk_store)]
    asked = tmp_path / "ask.rq"
    asked.write_text(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        'ASK { GRAPH ?g { ?r eli:id_local ?n } FILTER(STR(?n) = "112/NQ-HĐND") }',
        encoding="utf-8",
    )
    assert main(["query", str(asked), *store]) == 0
    assert capsys.readouterr().out == "true\n"
    asked.write_text(asked.read_text(encoding="utf-8").replace("112/", "999/"), encoding="utf-8")
    assert main(["query", str(asked), *store, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {}, "boolean": False}

    built = tmp_path / "bases.rq"
    built.write_text(LEGAL_BASES_GRAPH, encoding="utf-8")
    by_number = ["-p", "resolution=112/NQ-HĐND"]
    assert main(["query", str(built), *store, *by_number, "-f", "ntriples"]) == 0
    lines = capsys.readouterr().out.splitlines()
    with OxigraphRepo(disk_store, read_only=True) as repo:
        rows = run(CATALOGUE["legal-bases"], repo, {"resolution": "112/NQ-HĐND"})
    expected = {(str(r["resolution"]), str(r["basis"])) for r in rows}
    assert lines == sorted(lines) and len(lines) == len(expected) > 0
    assert {tuple(line.split(" ")[0:3:2]) for line in lines} == {
        (f"<{s}>", f"<{o}>") for s, o in expected
    }
    assert main(["query", str(built), *store, *by_number]) == 0
    turtle = capsys.readouterr().out
    assert turtle.startswith("@prefix eli: <http://data.europa.eu/eli/ontology#> .\n")
    triples = ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)
    parsed = {(str(t.subject.value), str(t.object.value)) for t in triples}
    assert parsed == expected
    main(["query", str(built), *store, *by_number])
    assert capsys.readouterr().out == turtle  # byte for byte

    described = tmp_path / "describe.rq"
    described.write_text(f"DESCRIBE <{RES_112}>", encoding="utf-8")
    assert main(["query", str(described), *store]) == 0
    assert f"<{RES_112}>" in capsys.readouterr().out

    for text, message in [
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "an update (INSERT, DELETE …)"),
        ("# nothing\nFOO", "not a SPARQL query"),
    ]:
        wrong = tmp_path / "wrong.rq"
        wrong.write_text(text, encoding="utf-8")
        assert main(["query", str(wrong), *store]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"nqgraph: error: {wrong}: {message}") and err.count("\n") == 1
    assert main(["query", str(described), *store, "--format", "csv"]) == 2
    assert "--format csv is for SELECT and ASK queries" in capsys.readouterr().err
    assert main(["query", "legal-bases", *store, "--format", "turtle"]) == 2
    assert "--format turtle is for CONSTRUCT and DESCRIBE" in capsys.readouterr().err


def test_cli_looks_values_up_as_the_reader_reads_texts(
    disk_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A look-alike letter (U+00D0 for Đ) is folded as in the texts; a value that matches
    nothing exactly is matched without case, diacritics and punctuation, saying what it was
    taken as; one that matches nothing gives an empty answer and says which parameter."""
    store = ["--store", str(disk_store), "--format", "csv"]
    assert main(["query", "legal-bases", "-p", "resolution=112/NQ-H\u00d0ND", *store]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 + 2 and err == ""  # 112 rests on two laws
    nbsp = main(
        ["query", "indicator-series", "-p", "indicator=Tốc\u00a0độ  tăng trưởng kinh tế", *store]
    )
    out, err = capsys.readouterr()
    assert nbsp == 0 and len(out.splitlines()) == 1 + 2 and err == ""  # spaces as in texts
    assert main(["query", "legal-bases", "-p", "resolution=112/nq-hdnd", *store]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 + 2
    assert err == "nqgraph: note: parameter resolution: '112/nq-hdnd' taken as '112/NQ-HĐND'\n"
    series = ["query", "province-series", "-p", "province=THAI NGUYEN", *store]
    assert main([*series, "-p", "indicator=toc do tang truong kinh te"]) == 0
    out, err = capsys.readouterr()
    assert [line.split(",")[3] for line in out.splitlines()[1:]] == ["2024", "2025"]
    assert err.splitlines() == [
        "nqgraph: note: parameter province: 'THAI NGUYEN' taken as 'Thái Nguyên'",
        "nqgraph: note: parameter indicator: 'toc do tang truong kinh te' taken as "
        "'Tốc độ tăng trưởng kinh tế'",
    ]
    assert main(["query", "legal-bases", "-p", "resolution=113/NQ-HDND", *store]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1  # the header alone
    assert err == (
        "nqgraph: note: parameter resolution: nothing has eli:id_local '113/NQ-HDND' "
        "(nor like it but for case, diacritics or punctuation)\n"
    )


def test_an_iri_in_no_graph_is_said(disk_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An IRI given that the store does not hold (a mistyped target number) answers nothing,
    and says why; one it holds says nothing more."""
    store = ["--store", str(disk_store), "--format", "csv"]
    missing = RES_112 + "/chi-tieu/999"
    assert main(["query", "provenance", "-p", f"node={missing}", *store]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert err == f"nqgraph: note: parameter node: <{missing}> is in no graph of the store\n"
    assert main(["query", "provenance", "-p", f"node={RES_112}/chi-tieu/1", *store]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2 and err == ""


def test_a_loose_key_that_could_be_two_labels_takes_neither(tmp_path: Path) -> None:
    """Two labels that differ only in their diacritics ("Hà Nam", "Hà Nậm"): a key typed
    without them is refused as ambiguous, listing both; typed exactly, it takes its own. Two
    labels of one node are no choice."""
    repo = OxigraphRepo()
    data = (
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<urn:x:ha-nam> skos:prefLabel "Hà Nam"@vi .\n'
        '<urn:x:ha-nam-2> skos:prefLabel "Hà Nậm"@vi .\n'
        '<urn:x:en> skos:prefLabel "Ha Nam"@en .\n'
        '<urn:x:dai-tu> skos:prefLabel "Đại Từ"@vi, "Đại từ"@vi .\n'
    )
    repo.store.load(data.encode(), ox.RdfFormat.TURTLE)
    (tmp_path / "places.rq").write_text(
        "#+ title: places\n#+ params:\n#+   - name: place\n#+     type: resource\n"
        "#+     lookup: skos:prefLabel\n#+     lang: vi\n#+ columns: place\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT DISTINCT ?place WHERE { ?place skos:prefLabel ?label }\n",
        encoding="utf-8",
    )
    query = find_query("places", tmp_path)
    place = query.param("place")
    assert loose_lookup(query, place, repo, "ha nam") == {
        "Hà Nam": [URIRef("urn:x:ha-nam")],
        "Hà Nậm": [URIRef("urn:x:ha-nam-2")],
    }
    notes: list[str] = []
    assert len(run(query, repo, {"place": "ha nam"}, notes)) == 0
    assert notes == ["parameter place: 'ha nam' could be 'Hà Nam', 'Hà Nậm': say which"]
    notes.clear()
    rows = run(query, repo, {"place": "Hà Nậm"}, notes)
    assert [row["place"] for row in rows] == [URIRef("urn:x:ha-nam-2")] and notes == []
    # two labels of one node are one answer, not a choice
    rows = run(query, repo, {"place": "dai tu"}, notes)
    assert [row["place"] for row in rows] == [URIRef("urn:x:dai-tu")]
    assert notes == ["parameter place: 'dai tu' taken as 'Đại Từ', 'Đại từ'"]


def test_a_number_two_councils_gave_is_answered_for_each_and_said(tmp_path: Path) -> None:
    """Numbers restart each year and at each council: "94/NQ-HĐND" may name two resolutions.
    The answer covers both and a note lists them; a number typed without its leading zero
    ("5/NQ-HĐND") finds the one written "05/NQ-HĐND", and says so."""
    repo = OxigraphRepo()
    eli = "http://data.europa.eu/eli/ontology#id_local"
    repo.store.load(
        (
            f'<urn:x:thai-nguyen-94> <{eli}> "94/NQ-HĐND" .\n'
            f'<urn:x:bac-kan-94> <{eli}> "94/NQ-HĐND" .\n'
            f'<urn:x:lao-cai-5> <{eli}> "05/NQ-HĐND" .\n'
        ).encode(),
        ox.RdfFormat.N_TRIPLES,
    )
    (tmp_path / "numbered.rq").write_text(
        "#+ title: numbered\n#+ params:\n#+   - name: resolution\n#+     type: resource\n"
        "#+     lookup: eli:id_local\n#+ columns: resolution\n"
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "SELECT ?resolution WHERE { ?resolution eli:id_local ?number }\n",
        encoding="utf-8",
    )
    query = find_query("numbered", tmp_path)
    notes: list[str] = []
    rows = run(query, repo, {"resolution": "94/NQ-HĐND"}, notes)
    assert sorted(str(row["resolution"]) for row in rows) == [
        "urn:x:bac-kan-94",
        "urn:x:thai-nguyen-94",
    ]
    assert notes == [
        "parameter resolution: '94/NQ-HĐND' names 2 nodes: <urn:x:bac-kan-94>, "
        "<urn:x:thai-nguyen-94>; the answer covers each (give an IRI to choose one)"
    ]
    notes.clear()
    rows = run(query, repo, {"resolution": "5/NQ-HĐND"}, notes)
    assert [str(row["resolution"]) for row in rows] == ["urn:x:lao-cai-5"]
    assert notes == ["parameter resolution: '5/NQ-HĐND' taken as '05/NQ-HĐND'"]


def test_a_key_that_matches_nothing_is_looked_up_once_and_said(tmp_path: Path) -> None:
    """A key that matches no label, exactly or loosely, costs one exact and one loose look-up
    (the loose one scans the labels: seconds on a large store), not a second pair to word the
    note; the query itself is not run. ASK says it too, as its answer is then false."""
    selects: list[str] = []

    class Counting(OxigraphRepo):
        def select(self, query: str, bindings: Bindings | None = None) -> Rows:
            selects.append(query)
            return super().select(query, bindings)

    repo = Counting()
    repo.store.load(
        b'<urn:x:ha-nam> <http://www.w3.org/2004/02/skos/core#prefLabel> "H\xc3\xa0 Nam"@vi .',
        ox.RdfFormat.N_TRIPLES,
    )
    header = (
        "#+ title: places\n#+ params:\n#+   - name: place\n#+     type: resource\n"
        "#+     lookup: skos:prefLabel\n#+     lang: vi\n"
    )
    prefix = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    (tmp_path / "places.rq").write_text(
        f"{header}#+ columns: place\n{prefix}"
        "SELECT DISTINCT ?place WHERE { ?place skos:prefLabel ?label }\n",
        encoding="utf-8",
    )
    (tmp_path / "known.rq").write_text(
        f"{header}{prefix}ASK {{ ?place skos:prefLabel ?label }}\n", encoding="utf-8"
    )
    said = "parameter place: nothing has skos:prefLabel 'Ha Noi' (nor like it but for case, "
    notes: list[str] = []
    assert len(run(find_query("places", tmp_path), repo, {"place": "Ha Noi"}, notes)) == 0
    assert len(selects) == 2 and [note[: len(said)] for note in notes] == [said]
    notes.clear()
    assert ask(find_query("known", tmp_path), repo, {"place": " Ha Noi "}, notes) is False
    assert [note[: len(said)] for note in notes] == [said]
    assert ask(find_query("known", tmp_path), repo, {"place": "ha nam"}, notes) is True


def test_a_query_by_name_reads_its_own_file_only(
    disk_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken .rq beside it does not stop a stored query (only `queries`, which lists them
    all, reads every file); an empty parameter value is refused."""
    shutil.copy(default_query_dir() / "legal-bases.rq", tmp_path / "legal-bases.rq")
    (tmp_path / "broken.rq").write_text("#+ title: [\nSELECT", encoding="utf-8")
    store = ["--store", str(disk_store), "--dir", str(tmp_path), "--format", "csv"]
    assert main(["query", "legal-bases", *store]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + 4  # 2 laws for each seed
    assert main(["query", "nope", *store]) == 2
    assert "unknown query 'nope' (known: broken, legal-bases)" in capsys.readouterr().err
    assert main(["query", "legal-bases", "-p", "resolution=", *store]) == 2
    assert capsys.readouterr().err == "nqgraph: error: --param resolution has no value\n"


def test_cli_unreadable_query_file_and_empty_store_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A query saved in Latin-1 names its file and line; an empty directory given as the
    store says to build, not what the storage engine found missing."""
    latin = tmp_path / "latin.rq"
    latin.write_bytes('# café\nSELECT ?x WHERE { ?x ?p "phở" }\n'.encode("latin-1", "replace"))
    assert main(["query", str(latin)]) == 2
    err = capsys.readouterr().err
    assert err == f"nqgraph: error: {latin}:1: not UTF-8 (byte 0xE9); save the query as UTF-8\n"
    empty = tmp_path / "store"
    empty.mkdir()
    assert main(["query", "legal-bases", "--store", str(empty)]) == 2
    assert (
        capsys.readouterr().err == f"nqgraph: error: no store at {empty}: run nqgraph build first\n"
    )


def test_table_keeps_the_end_of_long_iris(local_repo: OxigraphRepo) -> None:
    """IRIs that differ only at the end (…/xem-xet/1, …/xem-xet/2) stay apart when clipped:
    the cut is in the middle; text is cut at the end."""
    rows = answer(local_repo, "considered-documents", resolution="112/NQ-HĐND")
    table = render(rows, "table").splitlines()
    clipped = {c for line in table for c in line.split() if "…" in c and "/xem-xet/" in c}
    assert {c.rsplit("/", 1)[1] for c in clipped} == {"1", "2"}
    assert all(len(c) == 60 and c.startswith("https://w3id.org/") for c in clipped)


def test_a_broken_lookup_path_names_the_query_file(
    disk_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A parameter's lookup that is not a property path is the query file's fault, said as
    such (not as a syntax error at a line of a query the user never wrote)."""
    text = (default_query_dir() / "legal-bases.rq").read_text(encoding="utf-8")
    bad = tmp_path / "bad.rq"
    bad.write_text(
        text.replace("lookup: eli:id_local", "lookup: eli:id_local||eli:number"), "utf-8"
    )
    assert (
        main(["query", str(bad), "--store", str(disk_store), "-p", "resolution=112/NQ-HĐND"]) == 2
    )
    assert capsys.readouterr().err == (
        f"nqgraph: error: {bad}: parameter resolution: lookup 'eli:id_local||eli:number' is not a "
        "SPARQL property path\n"
    )
