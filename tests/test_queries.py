"""The stored queries: they parse, their metadata is complete, and on the query fixture they
give the answers pinned below.

The pinned rows were worked out by hand from the seed texts in data/source/ (the fixture
restates a few facts of each seed; `test_fixture_matches_the_seed_texts` checks every quote,
offset, line and checksum in it against those files): e.g. GRDP growth "7,5%" in 94/NQ-HĐND
(targets for 2024) and "8,5%" in 112/NQ-HĐND (2025); "Dưới 3%" / "dưới 3%" unemployment in both.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery

from nqgraph.catalogue import (
    Param,
    StoredQuery,
    convert,
    default_query_dir,
    find_query,
    load_catalogue,
    parse_header,
    render,
    run,
)
from nqgraph.cli import main
from nqgraph.errors import QueryError
from nqgraph.store import OxigraphRepo, Rows
from tests.conftest import FIXTURE_TRIG, QUERY_PARAMS, RES_94, RES_112, SOURCE_DIR, B

CATALOGUE = load_catalogue()

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
    "indicator-series": [
        "indicator",
        "indicatorLabel",
        "year",
        "comparator",
        "value",
        "unit",
        "resolutionNumber",
    ],
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

LAW_2015 = B + "eli/vn/tw/luat/2015/06/19/to-chuc-chinh-quyen-dia-phuong"
LAW_2019 = (
    B + "eli/vn/tw/luat/2019/11/22/"
    "sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong"
)
NQ_18 = B + "eli/vn/tw/nq-tw/2017/18"
GRDP = B + "vocab/indicator/toc-do-tang-truong-kinh-te"


def cells(rows: Rows, *names: str) -> list[tuple[str | None, ...]]:
    """The chosen columns as plain strings (None when unbound)."""
    return [tuple(None if row.get(n) is None else str(row.get(n)) for n in names) for row in rows]


def answer(repo: OxigraphRepo, name: str, **params: str) -> Rows:
    return run(CATALOGUE[name], repo, params or QUERY_PARAMS.get(name, {}))


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
    assert not re.search(r"\bGRAPH\s*[?<$]", query.text, re.I), "queries use the union graph"


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


# ------------------------------------------------------------------ the fixture is the seeds


def test_fixture_matches_the_seed_texts() -> None:
    dataset = ox.Store()
    dataset.load(path=str(FIXTURE_TRIG), format=ox.RdfFormat.TRIG)
    spans = dataset.query(
        """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX nq: <https://w3id.org/nqgraph/ontology#>
        SELECT DISTINCT ?file ?sha ?line ?endLine ?start ?end ?quote WHERE {
          ?span oa:hasSource ?src ; nq:line ?line ; nq:endLine ?endLine ;
                oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end .
          ?src nq:fileName ?file ; nq:sha256 ?sha .
          OPTIONAL { ?span oa:hasSelector ?q . ?q oa:exact ?quote } }""",
        use_default_graph_as_union=True,
    )
    checked = 0
    for s in spans:
        raw = (SOURCE_DIR / s["file"].value).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == s["sha"].value
        text = raw.decode("utf-8")
        start, end = int(s["start"].value), int(s["end"].value)
        if s["quote"] is not None:
            assert text[start:end] == s["quote"].value
        assert text.count("\n", 0, start) + 1 == int(s["line"].value)
        assert text.count("\n", 0, max(start, end - 1)) + 1 == int(s["endLine"].value)
        checked += 1
    assert (
        checked == 20
    )  # 112: whole text, 4 targets, 2 tasks, 2 assignments, signature; 94: 5+2+2+1


# ------------------------------------------------------------------ pinned answers


def test_legal_bases(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "legal-bases")
    assert cells(rows, "resolution", "resolutionNumber", "basis", "basisDate") == [
        (RES_94, "94/NQ-HĐND", LAW_2015, "2015-06-19"),
        (RES_94, "94/NQ-HĐND", LAW_2019, "2019-11-22"),
        (RES_112, "112/NQ-HĐND", LAW_2015, "2015-06-19"),
        (RES_112, "112/NQ-HĐND", LAW_2019, "2019-11-22"),
    ]
    assert rows.rows[0]["basisTitle"] == Literal("Luật Tổ chức chính quyền địa phương", lang="vi")
    assert rows.rows[0]["basisDate"] == Literal("2015-06-19", datatype=XSD.date)
    assert rows.rows[0]["basisNumber"] is None  # a law cited by name and date
    only = answer(local_repo, "legal-bases", resolution="112/NQ-HĐND")
    assert cells(only, "resolution") == [(RES_112,), (RES_112,)]


def test_considered_documents(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "considered-documents")
    assert cells(
        rows, "resolutionNumber", "documentNumber", "documentType", "documentDate", "authorLabel"
    ) == [
        ("94/NQ-HĐND", None, "BC", None, None),
        ("94/NQ-HĐND", "164/TTr-UBND", "TTr", "2023-11-12", "Ủy ban nhân dân tỉnh Thái Nguyên"),
        ("94/NQ-HĐND", "263/BC-UBND", "BC", "2023-11-12", "Ủy ban nhân dân tỉnh Thái Nguyên"),
        ("112/NQ-HĐND", None, "BC", None, None),
        ("112/NQ-HĐND", "160/TTr-UBND", "TTr", "2024-11-22", "Ủy ban nhân dân tỉnh Thái Nguyên"),
        ("112/NQ-HĐND", "225/BC-UBND", "BC", "2024-11-22", "Ủy ban nhân dân tỉnh Thái Nguyên"),
        ("112/NQ-HĐND", "236/BC-UBND", "BC", "2024-12-09", "Ủy ban nhân dân tỉnh Thái Nguyên"),
    ]
    assert rows.rows[0]["document"] == URIRef(RES_94 + "/xem-xet/3")
    assert str(rows.rows[0]["documentTitle"]).startswith("Báo cáo thẩm tra của các Ban")


def test_cited_documents(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "cited-documents")
    assert cells(rows, "resolutionNumber", "documentNumber", "documentDate") == [
        ("94/NQ-HĐND", "33-NQ/TW", "2014-06-09"),
        ("94/NQ-HĐND", "18-NQ/TW", "2017-10-25"),
        ("94/NQ-HĐND", "19-NQ/TW", "2017-10-25"),
        ("94/NQ-HĐND", "76-KL/TW", "2020-06-04"),
        ("94/NQ-HĐND", "19-NQ/TW", "2023-06-16"),
        ("112/NQ-HĐND", "18-NQ/TW", "2017-10-25"),
        ("112/NQ-HĐND", "04/2021/NQ-HĐND", "2021-03-23"),
        ("112/NQ-HĐND", "20-NQ/TW", "2023-06-16"),
    ]
    assert str(rows.rows[3]["issuerLabel"]) == "Bộ Chính trị"


def test_citing_resolutions(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "citing-resolutions", document="18-NQ/TW")
    assert cells(rows, "document", "resolution", "relation") == [
        (NQ_18, RES_94, "cites"),
        (NQ_18, RES_112, "cites"),
    ]
    # 19-NQ/TW names two documents (2017 and 2023): both are answered
    rows = answer(local_repo, "citing-resolutions", document="19-NQ/TW")
    assert cells(rows, "document", "resolutionNumber") == [
        (B + "eli/vn/tw/nq-tw/2017/19", "94/NQ-HĐND"),
        (B + "eli/vn/tw/nq-tw/2023/19", "94/NQ-HĐND"),
    ]
    rows = answer(local_repo, "citing-resolutions", document=LAW_2015)
    assert cells(rows, "resolutionNumber", "relation") == [
        ("94/NQ-HĐND", "based_on"),
        ("112/NQ-HĐND", "based_on"),
    ]
    rows = answer(local_repo, "citing-resolutions", document="225/BC-UBND")
    assert cells(rows, "resolutionNumber", "relation") == [("112/NQ-HĐND", "considered")]
    assert len(answer(local_repo, "citing-resolutions", document="99-NQ/TW")) == 0


def test_indicator_targets(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "indicator-targets")
    assert cells(rows, "resolutionNumber", "year", "comparator", "value", "unit", "line") == [
        ("94/NQ-HĐND", "2024", "=", "7.5", "%", "48"),
        ("94/NQ-HĐND", "2024", "=", "19515", "tỷ đồng", "58"),
        ("94/NQ-HĐND", "2024", "<", "3", "%", "63"),
        ("94/NQ-HĐND", "2024", "≥", "0.8", "%", "64"),
        ("94/NQ-HĐND", "2024", "=", "1", "đơn vị", "68"),
        ("112/NQ-HĐND", "2025", "=", "8.5", "%", "40"),
        ("112/NQ-HĐND", "2025", "=", "23600", "tỷ đồng", "49"),
        ("112/NQ-HĐND", "2025", "<", "3", "%", "54"),
        ("112/NQ-HĐND", "2025", "≥", "0.5", "%", "55"),
    ]
    first = rows.rows[5]
    assert first["value"] == Literal("8.5", datatype=XSD.decimal)
    assert first["quote"] == Literal("Tốc độ tăng trưởng kinh tế (GRDP): 8,5%")
    assert first["indicator"] == URIRef(GRDP)
    assert all(r["upperValue"] is None for r in rows)


def test_indicator_series(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "indicator-series", indicator="Tốc độ tăng trưởng kinh tế (GRDP)")
    assert cells(rows, "indicator", "year", "comparator", "value", "unit", "resolutionNumber") == [
        (GRDP, "2024", "=", "7.5", "%", "94/NQ-HĐND"),
        (GRDP, "2025", "=", "8.5", "%", "112/NQ-HĐND"),
    ]
    by_iri = answer(local_repo, "indicator-series", indicator=GRDP)
    assert by_iri.rows == rows.rows
    by_alt_label = answer(
        local_repo, "indicator-series", indicator="Tỷ lệ hộ nghèo (theo chuẩn mới)"
    )
    assert cells(by_alt_label, "indicatorLabel", "comparator", "value") == [
        ("Tỷ lệ hộ nghèo", "≥", "0.8"),
        ("Tỷ lệ hộ nghèo", "≥", "0.5"),
    ]
    assert len(answer(local_repo, "indicator-series")) == 9


def test_target_changes(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "target-changes", **{"from": "94/NQ-HĐND", "to": "112/NQ-HĐND"})
    indicator = B + "vocab/indicator/"
    assert cells(rows, "indicator", "before", "after", "change", "unit") == [
        (indicator + "so-don-vi-cap-huyen-hoan-thanh-nhiem-vu-xay-dung-nong-thon-moi",
         "1", None, "dropped", "đơn vị"),
        (indicator + "thu-ngan-sach-nha-nuoc-tren-dia-ban", "19515", "23600", "up", "tỷ đồng"),
        (indicator + "toc-do-tang-truong-kinh-te", "7.5", "8.5", "up", "%"),
        (indicator + "ty-le-ho-ngheo", "0.8", "0.5", "down", "%"),
        (indicator + "ty-le-that-nghiep-o-thanh-thi", "3", "3", "same", "%"),
    ]  # fmt: skip
    back = answer(local_repo, "target-changes", **{"from": RES_112, "to": RES_94})
    assert cells(back, "change") == [("new",), ("down",), ("down",), ("up",), ("same",)]
    with pytest.raises(QueryError, match="needs --param to="):
        answer(local_repo, "target-changes", **{"from": RES_94})


def test_responsibilities(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "responsibilities")
    assert cells(rows, "resolutionNumber", "bodyLabel", "role") == [
        ("94/NQ-HĐND", "Ủy ban nhân dân tỉnh Thái Nguyên", "implements"),
        ("94/NQ-HĐND", "Thường trực Hội đồng nhân dân tỉnh Thái Nguyên", "supervises"),
        ("112/NQ-HĐND", "Ủy ban nhân dân tỉnh Thái Nguyên", "implements"),
        ("112/NQ-HĐND", "Thường trực Hội đồng nhân dân tỉnh Thái Nguyên", "supervises"),
    ]
    ubnd = answer(local_repo, "responsibilities", body="Ủy ban nhân dân tỉnh Thái Nguyên")
    assert cells(ubnd, "resolutionNumber", "role") == [
        ("94/NQ-HĐND", "implements"),
        ("112/NQ-HĐND", "implements"),
    ]


def test_task_lineage(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "task-lineage")
    assert cells(rows, "task", "documentNumber", "direct") == [
        (RES_94 + "/nhiem-vu/1", "76-KL/TW", "true"),
        (RES_94 + "/nhiem-vu/1", "33-NQ/TW", "false"),  # 76-KL/TW eli:cites 33-NQ/TW
        (RES_94 + "/nhiem-vu/2", "18-NQ/TW", "true"),
        (RES_94 + "/nhiem-vu/2", "19-NQ/TW", "true"),
        (RES_112 + "/nhiem-vu/1", "20-NQ/TW", "true"),  # not 04/2021/NQ-HĐND: provincial
        (RES_112 + "/nhiem-vu/2", "18-NQ/TW", "true"),
    ]


def test_provenance(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "provenance")
    assert cells(
        rows, "fileName", "line", "endLine", "start", "end", "quote", "softwareVersion", "time"
    ) == [
        ("112-NQ-HDND-2024-thai-nguyen.md", "40", "40", "3189", "3228",
         "Tốc độ tăng trưởng kinh tế (GRDP): 8,5%", "0.1.0", None),
    ]  # fmt: skip
    assert str(rows.rows[0]["sha256"]).startswith("39820eee1f775f9b")
    assert rows.rows[0]["activity"] == URIRef(B + "activity/39820eee1f775f9b-0.1.0")
    signer = answer(local_repo, "provenance", node=RES_94 + "/chu-ky")
    assert cells(signer, "line", "quote") == [("279", "Phạm Hoàng Sơn")]
    assert signer.rows[0]["time"] == Literal("2024-12-31T00:00:00Z", datatype=XSD.dateTime)


def test_session_record(local_repo: OxigraphRepo) -> None:
    rows = answer(local_repo, "session-record")
    assert cells(
        rows,
        "resolutionNumber",
        "councilLabel",
        "termNumber",
        "sessionNumber",
        "adoptionDate",
        "signerTitle",
        "signerName",
        "recipientCount",
    ) == [
        ("94/NQ-HĐND", "Hội đồng nhân dân tỉnh Thái Nguyên", "14", "16", "2023-12-08",
         "CHỦ TỊCH", "Phạm Hoàng Sơn", "0"),
        ("112/NQ-HĐND", "Hội đồng nhân dân tỉnh Thái Nguyên", "14", "23", "2024-12-10",
         "CHỦ TỊCH", "Phạm Hoàng Sơn", "3"),
    ]  # fmt: skip
    assert set(str(rows.rows[1]["recipients"]).split("; ")) == {
        "Ủy ban Thường vụ Quốc hội",
        "Chính phủ",
        "Ủy ban nhân dân tỉnh Thái Nguyên",
    }


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
    bad.write_text("SELECT WHERE {", encoding="utf-8")
    assert main(["query", str(bad), "--store", str(disk_store)]) == 2
    assert "malformed query" in capsys.readouterr().err
