"""The graph of the seeds: committed output is fresh, deterministic, round-trips, keeps identity."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import PROV, RDF

from nqgraph import build, model, reader, resources
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris
from nqgraph.namespaces import ELI, INDICATOR, NQ, OA, PREFIXES, SCHEMA, eli, nq, org, role
from nqgraph.terms import Triple, is_iri, lexical, rdflib_graph
from nqgraph.turtle import TurtleWriter, trig_block
from tests.terms import literal
from tests.test_reader import ROOT, SEED_94, SEED_112

COMMITTED = ROOT / "data" / "turtle"
BASE = "https://w3id.org/nqgraph/"
LAW_2015 = URIRef(BASE + "eli/vn/tw/luat-qh13/2015/77")
RES_112 = URIRef(BASE + "eli/vn/thai-nguyen/nq-hdnd/2024/112")
RES_94 = URIRef(BASE + "eli/vn/thai-nguyen/nq-hdnd/2023/94")


def committed_epoch() -> str | None:
    """The build time `make run` records: the time of the last commit that touched data/source
    (read from git, as the Makefile does; from the committed Turtle outside a git checkout)."""
    import subprocess

    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct", "--", "data/source"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    if out:
        return out
    text = (COMMITTED / "resolutions" / "thai-nguyen-nq-hdnd-2024-112.ttl").read_text("utf-8")
    m = re.search(r'prov:endedAtTime "([^"]+)"', text)
    return str(int(datetime.fromisoformat(m.group(1)).timestamp())) if m else None


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    mp = pytest.MonkeyPatch()
    epoch = committed_epoch()
    if epoch:
        mp.setenv("SOURCE_DATE_EPOCH", epoch)
    else:
        mp.delenv("SOURCE_DATE_EPOCH", raising=False)
    build.build([ROOT / "data" / "source"], out, store=None, validate=False, jobs=1)
    mp.undo()
    return out


def published(root: Path) -> list[Path]:
    """The published files of a build output (the hidden incremental-build cache is not)."""
    return sorted(
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def readable_diff(expected: Graph, actual: Graph, limit: int = 15) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = ["only in expected:"]
    lines += [f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in sorted(only_expected)[:limit]]
    lines += ["only in actual:"]
    lines += [f"  {s.n3()} {p.n3()} {o.n3()}" for s, p, o in sorted(only_actual)[:limit]]
    return "\n".join(lines)


def test_committed_output_is_what_the_code_produces(fresh: Path) -> None:
    built = published(fresh)
    committed = published(COMMITTED)
    assert built == committed, "run `make run` to refresh data/turtle"
    for rel in built:
        if rel.suffix == ".ttl" and rel.parts[0] == "resolutions":
            expected, actual = load(COMMITTED / rel), load(fresh / rel)
            assert to_isomorphic(expected) == to_isomorphic(actual), readable_diff(expected, actual)
        assert (fresh / rel).read_bytes() == (COMMITTED / rel).read_bytes(), (
            f"{rel} is stale: run `make run`"
        )


def test_rebuild_is_byte_identical(fresh: Path, tmp_path: Path) -> None:
    """Another process, another hash seed (set and dict orders differ): the same bytes."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    epoch = committed_epoch()
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    else:
        env.pop("SOURCE_DATE_EPOCH", None)
    code = (
        "import sys; from pathlib import Path; from nqgraph import build; "
        "build.build([Path(sys.argv[1])], Path(sys.argv[2]), store=None, validate=False)"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "data" / "source"), str(tmp_path)],
        env=env,
        check=True,
    )
    for path in fresh.rglob("*.ttl"):
        assert (tmp_path / path.relative_to(fresh)).read_bytes() == path.read_bytes()
    assert (tmp_path / "dump.trig").read_bytes() == (fresh / "dump.trig").read_bytes()


@pytest.mark.parametrize("seed", [SEED_112, SEED_94], ids=["112", "94"])
def test_turtle_round_trip(seed: Path, fresh: Path) -> None:
    res = reader.read_path(seed)
    expected = rdflib_graph(resolution_triples(res, Iris(BASE)))
    stem = "thai-nguyen-nq-hdnd-2024-112" if "112" in seed.name else "thai-nguyen-nq-hdnd-2023-94"
    path = fresh / "resolutions" / f"{stem}.ttl"
    parsed = load(path)
    parsed.remove((None, PROV.endedAtTime, None))
    assert to_isomorphic(parsed) == to_isomorphic(expected), readable_diff(expected, parsed)
    ox_count = sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert ox_count == len(parsed) + (1 if committed_epoch() else 0)


@pytest.mark.parametrize(
    "triples",
    [
        [("https://w3id.org/nqgraph/ontology#a", "https://w3id.org/nqgraph/ontology#b", '"}"')],
        [("http://example.org/s", "http://example.org/p", '"x { y"@vi')],  # no prefix used
        [],
    ],
    ids=["prefixed", "no-prefix", "empty"],
)
def test_trig_block_is_the_turtle_in_a_named_graph(triples: list[Triple]) -> None:
    """Two blocks in one TriG file (prefixes declared twice): each graph holds its document."""
    turtle = TurtleWriter(PREFIXES).serialize(triples).encode()
    trig = trig_block(turtle, "http://example.org/g1") + trig_block(turtle, "http://example.org/g2")
    quads = list(ox.parse(trig, format=ox.RdfFormat.TRIG))
    expected = {str(t) for t in ox.parse(turtle, format=ox.RdfFormat.TURTLE)}
    assert len(quads) == 2 * len(triples)
    for graph in ("http://example.org/g1", "http://example.org/g2"):
        found = {
            str(ox.Triple(q.subject, q.predicate, q.object))
            for q in quads
            if q.graph_name == ox.NamedNode(graph)
        }
        assert found == expected


@pytest.mark.parametrize(
    ("prefixes", "iri", "written"),
    [
        ({"ex": "http://e/", "exa": "http://e/a/"}, "http://e/a/b", "exa:b"),  # most specific
        ({"ex": "http://e/", "exa": "http://e/a/"}, "http://e/x", "ex:x"),
        ({"ex": "http://e/", "exa": "http://e/a/"}, "http://e/a/b/c", "<http://e/a/b/c>"),
        ({"ex": "http://e/", "exa": "http://e/a#"}, "http://e/a#b/c", "<http://e/a#b/c>"),
        ({"ex": "http://e/", "exa": "http://e/a/"}, "http://e/a/", "<http://e/a/>"),
        ({"ex": "http://e/", "ey": "http://e/a"}, "http://e/ab", "ey:b"),  # not a "/" boundary
        ({"ex": "http://e/", "ey": "http://e/a"}, "http://e/a/b", "<http://e/a/b>"),
        ({}, "http://e/x", "<http://e/x>"),
    ],
)
def test_writer_picks_the_longest_namespace_whose_local_name_is_valid(
    prefixes: dict[str, str], iri: str, written: str
) -> None:
    """Nested namespaces: the longest one first, shorter ones when the local name is not a
    Turtle one; the document reads back as the same triple."""
    turtle = TurtleWriter(prefixes).serialize([(iri, iri, iri)])
    assert f"{written}\n    {written} {written} ." in turtle
    (quad,) = ox.parse(turtle, format=ox.RdfFormat.TURTLE)
    assert quad.triple == ox.Triple(ox.NamedNode(iri), ox.NamedNode(iri), ox.NamedNode(iri))


def test_writer_orders_types_first_then_predicates_and_objects() -> None:
    rdf_type = str(RDF.type)
    triples = [
        ("http://e/s", "http://e/p", "http://e/o2"),
        ("http://e/s", "http://e/p", '"b"'),
        ("http://e/s", "http://e/p", "http://e/o1"),
        ("http://e/s", "http://e/p", "http://e/o1"),
        ("http://e/s", "http://e/a", '"x"'),
        ("http://e/s", rdf_type, "http://e/C"),
    ]
    turtle = TurtleWriter({"ex": "http://e/"}).serialize(triples)
    assert turtle == (
        "@prefix ex: <http://e/> .\n\n"
        'ex:s\n    a ex:C ;\n    ex:a "x" ;\n    ex:p ex:o1, ex:o2, "b" .\n'
    )


@pytest.fixture(scope="module")
def seeds_graph(fresh: Path) -> Graph:
    graph = Graph()
    for path in (fresh / "resolutions").glob("*.ttl"):
        graph.parse(path, format="turtle")
    return graph


def test_shared_documents_are_single_nodes(seeds_graph: Graph) -> None:
    # the 2015 law is a legal basis of both resolutions
    assert set(seeds_graph.subjects(ELI.based_on, LAW_2015)) == {RES_112, RES_94}
    for symbol in ("18-NQ/TW", "04/2021/NQ-HĐND", "01-NQ/TU", "20-NQ/TW"):
        nodes = set(seeds_graph.subjects(ELI.id_local, Literal(symbol)))
        citing = {r for n in nodes for r in seeds_graph.subjects(ELI.cites, n)}
        assert RES_112 in citing and RES_94 in citing, symbol
    eighteen = set(seeds_graph.subjects(ELI.id_local, Literal("18-NQ/TW")))
    assert eighteen == {URIRef(BASE + "eli/vn/tw/nq-tw/2017/18")}


def test_namesakes_stay_apart(seeds_graph: Graph) -> None:
    for number in ("19", "20"):
        nodes = set(seeds_graph.subjects(ELI.id_local, Literal(f"{number}-NQ/TW")))
        assert nodes == {
            URIRef(BASE + f"eli/vn/tw/nq-tw/2017/{number}"),
            URIRef(BASE + f"eli/vn/tw/nq-tw/2023/{number}"),
        }
        dates = {str(seeds_graph.value(n, ELI.date_document)) for n in nodes}
        assert dates == {"2017-10-25", "2023-06-16"}


def test_namesake_signers_of_two_provinces_are_two_people(tmp_path: Path) -> None:
    """The same signer name in Thái Nguyên and in Hà Nội: two people; within one province, the
    two seeds' signer is one."""
    text = SEED_112.read_text(encoding="utf-8")
    old = "TỈNH THÁI NGUYÊN KHÓA XIV"
    assert old in text
    hanoi = tmp_path / "112-ha-noi.md"
    hanoi.write_text(text.replace(old, "THÀNH PHỐ HÀ NỘI KHÓA XIV"), encoding="utf-8")

    def signer(path: Path) -> str:
        (person,) = {o for _, p, o in _triples(path) if p == nq.signer}
        assert is_iri(person)
        return person

    thai_nguyen = BASE + "person/thai-nguyen/pham-hoang-son"
    assert signer(SEED_112) == signer(SEED_94) == thai_nguyen
    assert signer(hanoi) == BASE + "person/ha-noi/pham-hoang-son"


def _triples(path: Path) -> set[Triple]:
    return resolution_triples(reader.read_path(path), Iris(BASE))


def test_grdp_growth_targets_share_one_indicator(seeds_graph: Graph) -> None:
    rows = [
        (seeds_graph.value(t, NQ.targetYear), seeds_graph.value(t, NQ.value))
        for t in seeds_graph.subjects(RDF.type, NQ.Target)
        if seeds_graph.value(t, NQ.indicatorLabel)
        == Literal("Tốc độ tăng trưởng kinh tế (GRDP)", lang="vi")
    ]
    assert sorted((str(y), str(v)) for y, v in rows) == [("2024", "7.5"), ("2025", "8.5")]
    indicators = {
        seeds_graph.value(t, NQ.indicator)
        for t in seeds_graph.subjects(RDF.type, NQ.Target)
        if str(seeds_graph.value(t, NQ.indicatorLabel)).startswith("Tốc độ tăng trưởng")
    }
    assert len(indicators) == 1
    (indicator,) = indicators
    assert isinstance(indicator, URIRef) and str(indicator).startswith(str(INDICATOR))


def test_every_fact_quotes_its_source(seeds_graph: Graph) -> None:
    sources = {
        seeds_graph.value(s, NQ.fileName): s for s in seeds_graph.subjects(RDF.type, NQ.SourceText)
    }
    texts = {
        node: (ROOT / "data" / "source" / str(name)).read_text(encoding="utf-8")
        for name, node in sources.items()
    }
    checked = 0
    for cls in (NQ.Target, NQ.Task, NQ.Citation, NQ.Assignment, NQ.Signature):
        for fact in seeds_graph.subjects(RDF.type, cls):
            span = seeds_graph.value(fact, NQ.span)
            assert span is not None, fact
            source = seeds_graph.value(span, OA.hasSource)
            assert source is not None, span
            selectors = list(seeds_graph.objects(span, OA.hasSelector))
            exact = next(
                seeds_graph.value(s, OA.exact)
                for s in selectors
                if (s, OA.exact, None) in seeds_graph
            )
            start = next(
                seeds_graph.value(s, OA.start)
                for s in selectors
                if (s, OA.start, None) in seeds_graph
            )
            end = next(
                seeds_graph.value(s, OA.end) for s in selectors if (s, OA.end, None) in seeds_graph
            )
            assert texts[source][int(literal(start)) : int(literal(end))] == str(exact)
            checked += 1
    assert checked > 200


@pytest.mark.parametrize("resolution", [RES_94, RES_112], ids=["94", "112"])
def test_the_build_made_the_graph_not_the_resolution(
    seeds_graph: Graph, resolution: URIRef
) -> None:
    """PROV: the council made the resolution; an nqgraph run made the graph describing it,
    from the source that run used. The graph names the resolution it is about."""
    graph = URIRef(f"{resolution}/graph")
    assert (resolution, PROV.wasGeneratedBy, None) not in seeds_graph
    assert list(seeds_graph.subjects(SCHEMA.mainEntity, resolution)) == [graph]
    (activity,) = seeds_graph.objects(graph, PROV.wasGeneratedBy)
    (source,) = seeds_graph.objects(graph, PROV.wasDerivedFrom)
    assert (activity, RDF.type, PROV.Activity) in seeds_graph
    assert (activity, PROV.used, source) in seeds_graph
    assert (resolution, PROV.wasDerivedFrom, source) in seeds_graph


def test_offices_and_seats_are_posts_in_their_bodies() -> None:
    """ORG: the Prime Minister (who issues a Chỉ thị 08/CT-TTg) and the council's delegates
    (who supervise) are posts in the Government and the council, not organizations, and
    stay so under the ontology's entailments."""
    from nqgraph import reason

    triples = resolution_triples(reader.read_path(SEED_94), Iris(BASE))
    closed = triples | reason.entailments(triples)
    org = "http://www.w3.org/ns/org#"
    a = str(RDF.type)
    posts = {
        BASE + "org/tw/thu-tuong-chinh-phu": BASE + "org/tw/chinh-phu",
        BASE + "org/thai-nguyen/dai-bieu-hoi-dong-nhan-dan-tinh": BASE
        + "org/thai-nguyen/hoi-dong-nhan-dan-tinh",
        BASE + "org/tw/tong-bi-thu": BASE + "org/tw/ban-chap-hanh-trung-uong",
    }
    for post, body in posts.items():
        assert (post, a, org + "Post") in triples
        assert (post, org + "postIn", body) in triples
        assert (body, a, org + "Organization") in triples
        assert (post, a, org + "Organization") not in closed
    group = BASE + "org/thai-nguyen/to-dai-bieu-hoi-dong-nhan-dan-tinh"
    assert (group, a, org + "Organization") in triples


def test_terms_used_are_declared(seeds_graph: Graph) -> None:
    assert undeclared_terms(seeds_graph) == []


def undeclared_terms(graph: Graph) -> list[ox.QuerySolution]:
    """The rows of ontology/checks/data-undeclared-term.rq over `graph`."""
    query = (resources.ontology_dir() / "checks" / "data-undeclared-term.rq").read_text("utf-8")
    store = ox.Store()
    for path in resources.ontology_files():
        store.load(
            path=str(path),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode("urn:nqgraph:ontology"),
        )
    store.load(
        graph.serialize(format="nt").encode("utf-8"),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.DefaultGraph(),
    )
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


def test_one_preferred_label_per_language(tmp_path: Path) -> None:
    """SKOS S14: a resource has at most one skos:prefLabel per language in a resolution's
    graph ("Tỉnh ủy" and "Tỉnh ủy Thái Nguyên" name one body: the fuller one is preferred, the
    other an altLabel). Checked on the seeds and 40 generated resolutions."""
    from collections import Counter

    from bench.corpus import write_corpus

    write_corpus(tmp_path / "corpus", 40, 0)
    texts = [SEED_94, SEED_112, *sorted((tmp_path / "corpus").iterdir())]
    pref = "http://www.w3.org/2004/02/skos/core#prefLabel"
    for path in texts:
        triples = resolution_triples(reader.read_path(path), Iris())
        labels = Counter((s, o.rsplit("@", 1)[-1]) for s, p, o in triples if p == pref)
        assert [key for key, n in labels.items() if n > 1] == [], path.name
    tinh_uy = "https://w3id.org/nqgraph/org/thai-nguyen/tinh-uy"
    triples = resolution_triples(reader.read_path(SEED_112), Iris())
    assert sorted(
        (p.rsplit("#", 1)[-1], o) for s, p, o in triples if s == tinh_uy and "Label" in p
    ) == [
        ("altLabel", '"Tỉnh ủy"@vi'),
        ("prefLabel", '"Tỉnh ủy Thái Nguyên"@vi'),
    ]


def _bases_of_94_with(*bases: str) -> set[str]:
    """The legal bases of seed 94 with `bases` added after its first one."""
    first = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    text = SEED_94.read_text("utf-8")
    assert first in text
    text = text.replace(first, "\n\n".join([first, *bases]), 1)
    triples = resolution_triples(reader.read_text(text, "bases.md"), Iris(BASE), None)
    return {o for (s, p, o) in triples if s == str(RES_94) and p == str(ELI.based_on)}


def test_laws_of_one_name_and_two_years_are_two_documents() -> None:
    """Laws outside the authority list (law_list.py): the Law on Tourism of 2005 and of 2017."""
    bases = _bases_of_94_with(
        "Căn cứ Luật Du lịch năm 2017;",
        "Căn cứ Luật Du lịch 2005;",
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;",
    )
    laws = BASE + "eli/vn/tw/luat/"
    assert {laws + "2017/du-lich", laws + "2005/du-lich"} <= bases
    assert laws + "du-lich" not in bases
    # the year alone names the dated law of that name and year cited beside it
    assert laws + "2015/to-chuc-chinh-quyen-dia-phuong" not in bases
    assert str(LAW_2015) in bases


def test_a_numbered_law_keeps_its_number_and_a_bare_name_names_one_law_only() -> None:
    """ "Luật Du lịch số 09/2017/QH14" is the 2017 law, not the dated Law on Tourism of 2005
    cited beside it; "Luật Du lịch" alone could be either, so it stays the law of no known date;
    "Luật Du lịch năm 2017" is the numbered one. (Laws outside the authority list.)"""
    bases = _bases_of_94_with(
        "Căn cứ Luật Du lịch ngày 14 tháng 6 năm 2005;",
        "Căn cứ Luật Du lịch số 09/2017/QH14;",
        "Căn cứ Luật Du lịch;",
        "Căn cứ Luật Du lịch năm 2017;",
    )
    laws = BASE + "eli/vn/tw/luat"
    assert {
        laws + "/2005/06/14/du-lich",
        laws + "-qh14/2017/9",
        laws + "/du-lich",
    } <= bases
    assert laws + "/2017/du-lich" not in bases  # the year names the numbered law


def test_a_listed_law_is_one_node_however_it_is_cited() -> None:
    """The authority list (ontology/laws.tsv) gives a law cited by name and date, or by name
    and year, the number it has: the Land Law of 2024 cited three ways in three texts is one
    node, the law of 2013 another; the two Laws on Local Government of 2025 stay two, and by
    name and year alone neither. The node is described as each text words it: no number where
    the text gives none."""
    ways = [
        "Căn cứ Luật Đất đai số 31/2024/QH15;",
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
        "Căn cứ Luật Đất đai năm 2024;",
    ]
    laws = BASE + "eli/vn/tw/luat"
    for way in ways:
        assert laws + "-qh15/2024/31" in _bases_of_94_with(way), way
    bases = _bases_of_94_with(
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    )
    assert {laws + "-qh13/2013/45", laws + "-qh15/2025/72"} <= bases
    assert laws + "-qh15/2025/65" not in bases
    alone = _bases_of_94_with("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")
    assert laws + "/2025/to-chuc-chinh-quyen-dia-phuong" in alone
    text = SEED_94.read_text("utf-8")
    triples = resolution_triples(reader.read_text(text, "seed.md"), Iris(BASE), None)
    numbers = {o for s, p, o in triples if s == str(LAW_2015) and p == str(ELI.id_local)}
    dates = {o for s, p, o in triples if s == str(LAW_2015) and p == str(ELI.date_document)}
    assert numbers == set() and len(dates) == 1  # cited by name and date, so described


def test_two_laws_of_one_name_and_year_stay_two() -> None:
    """The Law on Local Government was passed twice in 2025 (65/2025/QH15 in February,
    72/2025/QH15 in June): two documents; a law cited by its number alone is the same node as
    the one cited by name and number."""
    bases = _bases_of_94_with(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15;",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        "Căn cứ Luật số 72/2025/QH15;",
    )
    laws = {b for b in bases if "/luat" in b and "/2025/" in b}
    assert laws == {BASE + "eli/vn/tw/luat-qh15/2025/65", BASE + "eli/vn/tw/luat-qh15/2025/72"}


def test_the_two_numbering_series_of_one_council_are_two_documents() -> None:
    """A council numbers its normative resolutions ("94/2023/NQ-HĐND") apart from the others
    ("94/NQ-HĐND"), both from 1 every year: the seed 94/NQ-HĐND of 2023 citing its council's
    94/2023/NQ-HĐND cites another document, and each node keeps one number. Laws, decrees and
    the National Assembly's documents have one series: no "-qppl" in their IRIs."""
    from nqgraph.validate import check_triples

    first = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    extra = [
        "Căn cứ Nghị quyết số 94/2023/NQ-HĐND ngày 10 tháng 7 năm 2023 của Hội đồng nhân dân "
        "tỉnh Thái Nguyên;",
        "Căn cứ Quyết định số 12/2023/QĐ-TTg ngày 01 tháng 3 năm 2023 của Thủ tướng Chính phủ;",
        "Căn cứ Quyết định số 12/QĐ-TTg ngày 01 tháng 3 năm 2023 của Thủ tướng Chính phủ;",
        "Căn cứ Nghị quyết số 55/2017/QH14 ngày 10 tháng 6 năm 2017 của Quốc hội;",
        "Căn cứ Nghị định số 16/2019/NĐ-CP ngày 01 tháng 02 năm 2019;",
    ]
    text = SEED_94.read_text("utf-8")
    text = text.replace(first, "\n\n".join([first, *extra]), 1)
    triples = resolution_triples(reader.read_text(text, "two-series.md"), Iris(BASE), None)
    numbers: dict[str, set[str]] = {}
    for s, p, o in triples:
        if p == eli.id_local:
            numbers.setdefault(s, set()).add(lexical(o))
    assert numbers[str(RES_94)] == {"94/NQ-HĐND"}
    doc = BASE + "eli/vn/"
    assert numbers[doc + "thai-nguyen/nq-hdnd-qppl/2023/94"] == {"94/2023/NQ-HĐND"}
    assert numbers[doc + "tw/qd-ttg-qppl/2023/12"] == {"12/2023/QĐ-TTg"}
    assert numbers[doc + "tw/qd-ttg/2023/12"] == {"12/QĐ-TTg"}
    assert numbers[doc + "tw/nq-qh14/2017/55"] == {"55/2017/QH14"}
    assert numbers[doc + "tw/nd-cp/2019/16"] == {"16/2019/NĐ-CP"}
    assert check_triples(triples).conforms


def test_an_issuer_code_that_names_its_body_is_the_issuer() -> None:
    """ "Luật số 57/2014/QH13" is the National Assembly's, "…/NĐ-CP" the Government's, when the
    text does not say; "18-NQ/TW" may be the Central Committee's or the Politburo's: none."""
    first = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    text = SEED_94.read_text("utf-8")
    extra = [
        "Căn cứ Luật số 57/2014/QH13;",
        "Căn cứ Nghị định số 16/2019/NĐ-CP ngày 01 tháng 02 năm 2019;",
        "Căn cứ Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016;",
        "Căn cứ Nghị quyết số 45-NQ/TW ngày 30 tháng 01 năm 2024;",
    ]
    text = text.replace(first, "\n\n".join([first, *extra]), 1)
    triples = resolution_triples(reader.read_text(text, "issuers.md"), Iris(BASE), None)
    passed = {s: o for s, p, o in triples if p == str(ELI.passed_by)}
    doc, org = BASE + "eli/vn/tw/", BASE + "org/tw/"
    assert passed[doc + "luat-qh13/2014/57"] == org + "quoc-hoi"
    assert passed[doc + "nd-cp/2019/16"] == org + "chinh-phu"
    assert passed[doc + "nq-ubtvqh13-qppl/2016/1211"] == org + "uy-ban-thuong-vu-quoc-hoi"
    assert doc + "nq-tw/2024/45" not in passed


def test_the_national_assemblys_bodies_are_central() -> None:
    """A National Assembly resolution gives supervision to its Ethnic Council and committees
    ("Hội đồng Dân tộc, các Ủy ban của Quốc hội … giám sát") and considers the review of its
    Economic Committee ("Báo cáo thẩm tra của Ủy ban Kinh tế"): national bodies, parts of
    the National Assembly, never local ones."""
    res = reader.read_path(ROOT / "tests/data/generated/2-NQ-QH14-2017-tw.txt")
    triples = resolution_triples(res, Iris(BASE))
    tw = BASE + "org/tw/"
    supervising = {
        o
        for (s, p, o) in triples
        if p == nq.assignedBody and (s, nq.role, role.supervises) in triples
    }
    assert {tw + "hoi-dong-dan-toc", tw + "uy-ban-cua-quoc-hoi", tw + "dai-bieu-quoc-hoi"} <= (
        supervising
    )
    unnumbered = {o for (s, p, o) in triples if p == eli.passed_by and "/xem-xet/" in s}
    assert unnumbered == {tw + "uy-ban-kinh-te-cua-quoc-hoi", tw + "dai-bieu-quoc-hoi"}
    for body in ("hoi-dong-dan-toc", "uy-ban-cua-quoc-hoi", "uy-ban-kinh-te-cua-quoc-hoi"):
        assert (tw + body, org.subOrganizationOf, tw + "quoc-hoi") in triples
    assert (tw + "dai-bieu-quoc-hoi", org.postIn, tw + "quoc-hoi") in triples
    assert not [s for (s, _, _) in triples if "/org/dia-phuong/" in s and "uy-ban" in s]


REPLACING_ITEM = (
    "3. Nghị quyết này thay thế Nghị quyết số 12/2019/NQ-HĐND ngày 10 tháng 7 năm 2019 của Hội "
    "đồng nhân dân tỉnh Thái Nguyên quy định mức chi bảo đảm cho công tác cải cách hành chính "
    "và Nghị quyết số 15/2020/NQ-HĐND ngày 09 tháng 12 năm 2020 của Hội đồng nhân dân tỉnh "
    "Thái Nguyên sửa đổi mức chi."
)
REPEALING_ADOPTION = (
    "thông qua ngày 10 tháng 12 năm 2024, có hiệu lực kể từ ngày thông qua và bãi bỏ Nghị quyết "
    "số 05/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh Thái Nguyên./."
)


def replacing_112() -> str:
    """Seed 112 as a resolution that replaces two earlier ones (in its implementation article)
    and repeals a third (in its adoption statement)."""
    text = SEED_112.read_text("utf-8")
    item = "giám sát việc thực hiện Nghị quyết.\n"
    adoption = "thông qua ngày 10 tháng 12 năm 2024./."
    assert item in text and adoption in text
    text = text.replace(item, f"{item}\n{REPLACING_ITEM}\n", 1)
    return text.replace(adoption, REPEALING_ADOPTION, 1)


def test_what_a_resolution_replaces_and_repeals() -> None:
    """ "Nghị quyết này thay thế …" and "… và bãi bỏ Nghị quyết số …": the resolution
    eli:repeals all three and dcterms:replaces the two it replaces; each stays cited, and its
    citation, of kind replaces or repeals, quotes the reference."""
    from nqgraph.namespaces import citation_kind, dcterms, eli
    from nqgraph.validate import check_triples

    res = reader.read_text(replacing_112(), "112-thay-the.md")
    triples = resolution_triples(res, Iris(BASE))
    res_iri = str(RES_112)
    normative = f"{BASE}eli/vn/thai-nguyen/nq-hdnd-qppl/"
    old = {n: normative + n for n in ("2019/12", "2020/15", "2020/5")}

    def objects(p: str) -> set[str]:
        return {o for (s, p2, o) in triples if s == res_iri and p2 == p}

    assert objects(eli.repeals) == set(old.values())
    assert objects(dcterms.replaces) == {old["2019/12"], old["2020/15"]}
    assert set(old.values()) <= objects(eli.cites)
    kinds = {
        doc: {o for (s, p, o) in triples if s == c and p == nq.citationKind}
        for (c, p, doc) in triples
        if p == nq.citedDocument and doc in old.values()
    }
    assert kinds == {
        old["2019/12"]: {citation_kind.replaces},
        old["2020/15"]: {citation_kind.replaces},
        old["2020/5"]: {citation_kind.repeals},
    }
    (repealing,) = [r for r in res.references if r.change is not None and r.number == "05"]
    assert repealing.span.quote.startswith("Nghị quyết số 05/2020/NQ-HĐND")
    assert check_triples(triples).passes(allow_warnings=True)
    assert undeclared_terms(rdflib_graph(triples)) == []


LISTED_12 = (
    "Nghị quyết số 12/2019/NQ-HĐND ngày 10 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh quy "
    "định mức chi"
)
LISTED_15 = (
    "Nghị quyết số 15/2020/NQ-HĐND ngày 09 tháng 12 năm 2020 của Hội đồng nhân dân tỉnh quy "
    "định mức hỗ trợ theo Nghị định số 34/2016/NĐ-CP"
)


@pytest.mark.parametrize(
    ("opener", "change"),
    [
        ("3. Nghị quyết này thay thế các Nghị quyết sau:", "replaces"),
        ("3. Bãi bỏ các văn bản sau đây:", "repeals"),
        ("3. Giao Ủy ban nhân dân tỉnh rà soát các Nghị quyết sau:", None),
    ],
)
def test_a_list_of_documents_replaced_or_repealed(opener: str, change: str | None) -> None:
    """ "Nghị quyết này thay thế các Nghị quyết sau:" (or "Bãi bỏ …") and one document an item:
    each item's document is replaced (repealed), not a decree one of them names; a list a body
    is to review changes nothing."""
    text = SEED_112.read_text("utf-8")
    item = "giám sát việc thực hiện Nghị quyết.\n"
    assert item in text
    listed = f"{opener}\n\na) {LISTED_12};\n\nb) {LISTED_15}.\n"
    res = reader.read_text(text.replace(item, f"{item}\n{listed}", 1), "112-danh-sach.md")
    found = {r.symbol: r.change for r in res.references if r.symbol in NEW_SYMBOLS}
    expected = None if change is None else model.Change(change)
    assert found == {
        "12/2019/NQ-HĐND": expected,
        "15/2020/NQ-HĐND": expected,
        "34/2016/NĐ-CP": None,
    }


NEW_SYMBOLS = ("12/2019/NQ-HĐND", "15/2020/NQ-HĐND", "34/2016/NĐ-CP")


def test_an_article_that_repeals_a_list() -> None:
    """ "Điều 4. Bãi bỏ các Nghị quyết sau:" and its items: each item's document is repealed."""
    text = SEED_112.read_text("utf-8")
    adoption = "Nghị quyết này đã được Hội đồng nhân dân tỉnh Thái Nguyên"
    assert adoption in text
    article = (
        f"### **Điều 4. Bãi bỏ các Nghị quyết sau:**\n\n1. {LISTED_12}.\n\n2. {LISTED_15}.\n\n"
    )
    res = reader.read_text(text.replace(adoption, article + adoption, 1), "112-dieu-4.md")
    found = {r.symbol: r.change for r in res.references if r.symbol in NEW_SYMBOLS}
    repeals = model.Change.REPEALS
    assert found == {"12/2019/NQ-HĐND": repeals, "15/2020/NQ-HĐND": repeals, "34/2016/NĐ-CP": None}


SEED_94_TITLE = (
    "**Về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023;  \nmục tiêu, nhiệm vụ "
    "phát triển kinh tế - xã hội tỉnh Thái Nguyên năm 2024**"
)
AMENDING_TITLE = (
    "**Sửa đổi, bổ sung một số điều của Nghị quyết số 07/2021/NQ-HĐND ngày 20 tháng 7 năm 2021 "
    "của Hội đồng nhân dân tỉnh Thái Nguyên quy định mức chi**"
)
AMENDING_ITEM = (
    "3. Bãi bỏ Điều 5 của Nghị quyết số 15/2020/NQ-HĐND ngày 09 tháng 12 năm 2020 của Hội đồng "
    "nhân dân tỉnh Thái Nguyên."
)


def amending_94() -> str:
    """Seed 94 as a resolution that amends one (its title says so, its articles do not name it)
    and repeals an article of another (its implementation article): it amends both."""
    text = SEED_94.read_text("utf-8")
    item = "giám sát việc thực hiện Nghị quyết.\n"
    assert SEED_94_TITLE in text and item in text
    text = text.replace(SEED_94_TITLE, AMENDING_TITLE, 1)
    return text.replace(item, f"{item}\n{AMENDING_ITEM}\n", 1)


def test_what_a_resolution_amends() -> None:
    """ "Sửa đổi, bổ sung một số điều của Nghị quyết số …" in the title and "Bãi bỏ Điều 5 của
    Nghị quyết số …" in an article: the resolution eli:amends both (a document amended, or
    repealed in part, stays in force: no eli:repeals), cites them, and each citation, of kind
    amends, quotes its reference; the other documents its title names are not cited."""
    from nqgraph.namespaces import citation_kind, eli
    from nqgraph.validate import check_triples

    res = reader.read_text(amending_94(), "94-sua-doi.md")
    triples = resolution_triples(res, Iris(BASE))
    res_iri = str(RES_94)
    normative = f"{BASE}eli/vn/thai-nguyen/nq-hdnd-qppl/"
    amended = {normative + "2021/7", normative + "2020/15"}

    def objects(p: str) -> set[str]:
        return {o for (s, p2, o) in triples if s == res_iri and p2 == p}

    assert objects(eli.amends) == amended
    assert objects(eli.repeals) == set()
    assert amended <= objects(eli.cites)
    kinds = {
        doc: {o for (s, p, o) in triples if s == c and p == nq.citationKind}
        for (c, p, doc) in triples
        if p == nq.citedDocument and doc in amended
    }
    assert kinds == {doc: {citation_kind.amends} for doc in amended}
    quotes = sorted(r.span.quote[:30] for r in res.references if r.change is not None)
    assert quotes == ["Nghị quyết số 07/2021/NQ-HĐND ", "Nghị quyết số 15/2020/NQ-HĐND "]
    assert check_triples(triples).passes(allow_warnings=True)


def test_a_law_read_as_amending_itself_gets_no_loop() -> None:
    """A law cited by date and then, with its number, as what an amending law amends can come
    out as one node on both sides (the number read as the amending law's): no
    `eli:amends` from a node to itself."""
    text = SEED_112.read_text(encoding="utf-8").replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Giáo dục đại học số 34/2018/QH14; Luật sửa đổi, bổ sung một số điều của "
        "Luật Giáo dục đại học số 34/2018/QH14;",
        1,
    )
    res = reader.read_text(text, "loop.md")
    amending = [r for r in res.legal_bases if r.amends and r.symbol]
    assert [(r.symbol, [a.title for a in r.amends]) for r in amending] == [
        ("34/2018/QH14", ["Luật Giáo dục đại học"])
    ]
    triples = resolution_triples(res, Iris())
    law = "https://w3id.org/nqgraph/eli/vn/tw/luat-qh14/2018/34"
    assert (law, ELI + "id_local") in {(s, p) for s, p, _ in triples}
    assert not [t for t in triples if t[1] == ELI + "amends" and t[0] == t[2]]


def test_the_date_of_entry_into_force_is_elis() -> None:
    """ "… thông qua ngày 10 tháng 12 năm 2024 và có hiệu lực từ ngày 01 tháng 01 năm 2025":
    eli:first_date_entry_in_force beside the adoption date; a text that does not say it has
    none (seed 112)."""
    text = SEED_112.read_text(encoding="utf-8")
    passed = "thông qua ngày 10 tháng 12 năm 2024"
    said = text.replace(passed, f"{passed} và có hiệu lực từ ngày 01 tháng 01 năm 2025", 1)
    iris = Iris()
    triples = resolution_triples(reader.read_text(said, "hieu-luc.md"), iris)
    res = BASE + "eli/vn/thai-nguyen/nq-hdnd/2024/112"
    in_force = eli.first_date_entry_in_force
    assert [lexical(o) for s, p, o in triples if s == res and p == in_force] == ["2025-01-01"]
    assert next(o for _, p, o in triples if p == in_force).endswith("XMLSchema#date>")
    seed = resolution_triples(reader.read_text(text, "112.md"), iris)
    assert not [t for t in seed if t[1] == in_force]
