"""Thematic and extraordinary sessions ("KỲ HỌP CHUYÊN ĐỀ", "KỲ HỌP BẤT THƯỜNG"): read, graphed,
accepted by the shapes without a number, and shown by the session-record query."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from nqgraph import build, model
from nqgraph.catalogue import load_catalogue, run
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris, graph_name
from nqgraph.namespaces import DEFAULT_BASE, NQ, SESSION_KIND
from nqgraph.reader import read_path
from nqgraph.store import OxigraphRepo
from nqgraph.terms import from_rdflib_triples, rdflib_triples
from nqgraph.validate import check_triples, validate_graph
from tests import variants
from tests.test_reader import SEED_112

HEADER = "KHÓA XIV, KỲ HỌP THỨ HAI MƯƠI BA"
ADOPTION = "Khóa XIV, Kỳ họp thứ hai mươi ba thông qua"
COUNCIL = DEFAULT_BASE + "org/thai-nguyen/hoi-dong-nhan-dan-tinh"
RES_112 = URIRef(DEFAULT_BASE + "eli/vn/thai-nguyen/nq-hdnd/2024/112")


def _variant(tmp_path: Path, header: str, adoption: str, *, nfd: bool = False) -> model.Resolution:
    text = SEED_112.read_text(encoding="utf-8")
    assert HEADER in text and ADOPTION in text
    text = text.replace(HEADER, header).replace(ADOPTION, adoption)
    path = tmp_path / SEED_112.name
    path.write_text(variants.nfd(text) if nfd else text, encoding="utf-8")
    return read_path(path)


def _triples(res: model.Resolution) -> set[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The resolution's triples, with rdflib terms."""
    return set(rdflib_triples(resolution_triples(res, Iris(DEFAULT_BASE))))  # type: ignore[arg-type]


def _session_node(triples: set[tuple[URIRef, URIRef, URIRef | Literal]]) -> URIRef:
    (node,) = [o for s, p, o in triples if s == RES_112 and p == NQ.adoptedAt]
    assert isinstance(node, URIRef)
    return node


def test_unnumbered_thematic_session(tmp_path: Path) -> None:
    res = _variant(tmp_path, "KHÓA XIV, KỲ HỌP CHUYÊN ĐỀ", "Khóa XIV, Kỳ họp chuyên đề thông qua")
    assert res.session is not None and res.adoption is not None
    assert (res.session.term, res.session.session, res.session.kind) == (14, None, "chuyen-de")
    assert (res.adoption.session, res.adoption.kind) == (None, "chuyen-de")
    triples = _triples(res)
    node = _session_node(triples)
    # no number: the session is told apart by its day (the adoption date, 10/12/2024)
    assert node == URIRef(f"{COUNCIL}/khoa/14/ky-hop/chuyen-de-2024-12-10")
    assert (node, NQ.sessionKind, SESSION_KIND["chuyen-de"]) in triples
    assert (node, RDFS.label, Literal("Kỳ họp chuyên đề ngày 10/12/2024", lang="vi")) in triples
    assert not [t for t in triples if t[0] == node and t[1] == NQ.sessionNumber]
    assert (node, NQ.term, URIRef(f"{COUNCIL}/khoa/14")) in triples
    assert check_triples(from_rdflib_triples(triples), lang="en").findings == []  # as the seed


def test_numbered_thematic_session(tmp_path: Path) -> None:
    res = _variant(tmp_path, HEADER + " (CHUYÊN ĐỀ)", ADOPTION)
    assert res.session is not None
    assert (res.session.session, res.session.kind) == (23, "chuyen-de")
    triples = _triples(res)
    node = _session_node(triples)
    assert node == URIRef(f"{COUNCIL}/khoa/14/ky-hop/23")  # the same session as numbered
    assert (node, NQ.sessionNumber, Literal(23)) in triples
    assert (node, NQ.sessionKind, SESSION_KIND["chuyen-de"]) in triples
    assert (node, RDFS.label, Literal("Kỳ họp thứ 23 (chuyên đề)", lang="vi")) in triples


def test_extraordinary_session_in_decomposed_unicode(tmp_path: Path) -> None:
    res = _variant(
        tmp_path,
        "KHÓA XIV, KỲ HỌP BẤT THƯỜNG",
        "Khóa XIV, Kỳ họp bất thường thông qua",
        nfd=True,
    )
    assert res.session is not None
    assert (res.session.term, res.session.session, res.session.kind) == (14, None, "bat-thuong")
    node = _session_node(_triples(res))
    assert node == URIRef(f"{COUNCIL}/khoa/14/ky-hop/bat-thuong-2024-12-10")


def test_a_title_about_a_thematic_session_stays_the_title(tmp_path: Path) -> None:
    text = SEED_112.read_text(encoding="utf-8")
    old = "Về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024;  \n"
    assert old in text
    path = tmp_path / SEED_112.name
    path.write_text(text.replace(old, "Về việc tổ chức kỳ họp chuyên đề năm 2025;  \n"), "utf-8")
    res = read_path(path)
    assert res.title is not None and res.title.startswith("Về việc tổ chức kỳ họp chuyên đề")
    assert res.session is not None
    assert (res.session.session, res.session.kind) == (23, None)


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_a_session_with_neither_number_nor_kind_is_reported(tmp_path: Path, engine: str) -> None:
    """Only a graph made by hand has such a session (the reader then mints none): both engines
    report it at the resolution, with the message of its session."""
    triples = _triples(read_path(SEED_112))
    node = _session_node(triples)
    graph = Graph()
    for s, p, o in triples:
        if not (s == node and p == NQ.sessionNumber):
            graph.add((s, p, o))
    report = validate_graph(graph, lang="en", engine=engine)
    assert [(f.severity, (f.source_shape or "").rsplit("#")[-1]) for f in report.findings] == [
        ("Warning", "ResolutionSessionShape")
    ]
    assert report.findings[0].source_line == 12  # the enacting-body line
    assert report.findings[0].focus == str(RES_112)
    assert "KỲ HỌP CHUYÊN ĐỀ" in report.findings[0].message


def test_session_record_shows_the_kind(tmp_path: Path) -> None:
    res = _variant(tmp_path, "KHÓA XIV, KỲ HỌP CHUYÊN ĐỀ", "Khóa XIV, Kỳ họp chuyên đề thông qua")
    graph = Graph()
    for triple in _triples(res):
        graph.add(triple)
    with OxigraphRepo(None) as repo:
        data = graph.serialize(format="nt", encoding="utf-8")
        repo.store.load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_name(RES_112)))
        build._replace_vocabularies(repo, tmp_path)
        rows = run(load_catalogue()["session-record"], repo, {})
    assert [(r["sessionNumber"], str(r["sessionKind"]), str(r["termNumber"])) for r in rows] == [
        (None, "chuyên đề", "14")
    ]
