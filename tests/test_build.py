"""`nqgraph build` and `nqgraph export`: outputs, incremental builds, atomic writes, refusals."""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
import unittest.mock
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import DCAT, PROV, RDF, VOID

from nqgraph import build, cli, loader
from nqgraph.commands.export import FORMATS
from nqgraph.errors import NqgraphError
from nqgraph.iris import graph_name
from nqgraph.namespaces import VOCAB_GRAPH
from nqgraph.store import OxigraphRepo
from nqgraph.turtle import trig_block
from tests.conftest import RES_112
from tests.conftest import B as BASE
from tests.terms import literal
from tests.test_reader import SEED_94, SEED_112

STEM_112 = "thai-nguyen-nq-hdnd-2024-112"


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    src = tmp_path / "source"
    src.mkdir()
    for seed in (SEED_112, SEED_94):
        shutil.copy(seed, src / seed.name)
    return src


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_writes_every_output(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    store = tmp_path / "store"
    (out / ".parts").mkdir(parents=True)  # what builds before the TriG dump left behind
    (out / "dump.nq").write_text("", encoding="utf-8")
    code, stdout, _ = run(capsys, "build", str(sources), "--out", str(out), "--store", str(store))
    assert code == 0
    assert "built 2 resolution(s)" in stdout
    assert not (out / ".parts").exists() and not (out / "dump.nq").exists()
    names = sorted(p.name for p in (out / "resolutions").iterdir())
    assert names == ["thai-nguyen-nq-hdnd-2023-94.ttl", f"{STEM_112}.ttl"]
    assert (out / "void.ttl").is_file() and (out / "dump.trig").is_file()
    assert {"nqgraph.ttl", "shapes.ttl", "indicators.ttl"} <= {
        p.name for p in (out / "vocabularies").iterdir()
    }
    # the dump holds one named graph per resolution, equal to its Turtle file
    dataset = Dataset()
    dataset.parse(out / "dump.trig", format="trig")
    graph_112 = dataset.graph("https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112/graph")
    ttl_112 = Graph().parse(out / "resolutions" / f"{STEM_112}.ttl", format="turtle")
    assert to_isomorphic(Graph() + graph_112) == to_isomorphic(ttl_112)
    # VoID counts what was published: the resolutions' graphs and the vocabularies' graph
    void = (out / "void.ttl").read_text(encoding="utf-8")
    total = sum(len(Graph().parse(p, format="turtle")) for p in (out / "resolutions").glob("*.ttl"))
    assert re.search(rf"void:triples {total + _vocabulary_triples(out)} ;", void)
    described = Graph().parse(out / "void.ttl", format="turtle")
    dataset_node = URIRef("https://w3id.org/nqgraph/dataset")
    assert (dataset_node, RDF.type, VOID.Dataset) in described
    software = described.value(dataset_node, PROV.wasAttributedTo)
    assert str(software).startswith("https://w3id.org/nqgraph/software/nqgraph/")
    assert (dataset_node, PROV.wasGeneratedBy, None) not in described  # an agent is no activity
    used = {str(v) for v in described.objects(dataset_node, VOID.vocabulary)}
    assert {"https://schema.org/", "http://www.w3.org/ns/prov#"} <= used
    # the store answers over the union of the named graphs
    s = ox.Store(str(store))
    result = s.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(result, ox.QuerySolutions)
    count = next(iter(result))
    assert int(count["n"].value) > total


def test_incremental_build_rereads_only_what_changed(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = build.build([sources], out, store=None, validate=False)
    assert first.reused == 0
    again = build.build([sources], out, store=None, validate=False)
    assert again.reused == 2
    assert [o.stem for o in again.outcomes] == [o.stem for o in first.outcomes]
    seed = sources / SEED_94.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("7,5%", "7,6%"), encoding="utf-8")
    third = build.build([sources], out, store=None, validate=False)
    assert third.reused == 1
    text = (out / "resolutions" / "thai-nguyen-nq-hdnd-2023-94.ttl").read_text("utf-8")
    assert '"7.6"^^xsd:decimal' in text and '"7.5"^^xsd:decimal' not in text


def test_interrupted_build_leaves_previous_output(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build.build([sources], out, store=None, validate=False)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    seed = sources / SEED_112.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("8,5%", "9%"), encoding="utf-8")
    calls = {"n": 0}
    real_replace = os.replace

    def crash(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt  # the user pressed Ctrl-C while the first file was written
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        build.build([sources], out, store=None, validate=False)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    manifest = out / build.MANIFEST
    assert manifest in before and manifest not in after  # the next build trusts no file
    del before[manifest]
    assert after == before  # no half-written file, no temporary left behind
    monkeypatch.setattr(os, "replace", real_replace)
    again = build.build([sources], out, store=None, validate=False)
    assert again.reused == 0


def test_a_build_cut_while_publishing_is_mended_by_the_next(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed (SIGKILL, a power cut) after one resolution's new file was moved into place: the
    next build finds no manifest, reads every source again and publishes what a clean build
    does, though its own sources and options are the first build's."""
    clean, out = tmp_path / "clean", tmp_path / "out"
    build.build([sources], clean, store=None, validate=False)
    build.build([sources], out, store=None, validate=False)
    real_replace = os.replace
    moved = {"n": 0}

    def killed_after_one(src: str, dst: str) -> None:
        if moved["n"] == 1:
            raise SystemExit(137)  # the process is gone: nothing after this runs
        moved["n"] += 1
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", killed_after_one)
    with pytest.raises(SystemExit):
        build.build([sources], out, base="https://example.org/", store=None, validate=False)
    monkeypatch.setattr(os, "replace", real_replace)
    mixed = sorted(
        p.read_text("utf-8").count("example.org") > 0 for p in (out / "resolutions").glob("*.ttl")
    )
    assert mixed == [False, True]  # one file of each build
    again = build.build([sources], out, store=None, validate=False)
    assert again.reused == 0
    files = sorted(p.relative_to(clean) for p in clean.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    for name in files:
        if name.name != build.MANIFEST:
            assert (out / name).read_bytes() == (clean / name).read_bytes(), name


def test_ctrl_c_while_the_dump_is_written_stops_the_build_at_once(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dump (gigabytes at 10,000) is written before the publish, whose interrupts wait: a
    Ctrl-C during it stops the build there, and the output is the previous build's, manifest
    included, so the next build re-reads only what changed."""
    out = tmp_path / "out"
    build.build([sources], out, store=None, validate=False)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    seed = sources / SEED_112.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("8,5%", "9%"), encoding="utf-8")
    real_block = trig_block

    def ctrl_c(text: bytes, graph: str) -> bytes:
        os.kill(os.getpid(), signal.SIGINT)  # the user presses Ctrl-C now
        time.sleep(0.05)
        return real_block(text, graph)

    monkeypatch.setattr(build, "trig_block", ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        build.build([sources], out, store=None, validate=False)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    monkeypatch.setattr(build, "trig_block", real_block)
    again = build.build([sources], out, store=None, validate=False)
    assert again.reused == 1


def test_ctrl_c_while_publishing_takes_effect_once_the_files_are_in_place() -> None:
    finished = False
    with pytest.raises(KeyboardInterrupt):  # it arrives as soon as the block ends
        with build._interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            finished = True  # not interrupted in here
        time.sleep(1)
    assert finished


def test_a_second_build_into_the_same_directory_is_refused(sources: Path, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    holder = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another build is running
        with pytest.raises(NqgraphError, match="another nqgraph build is writing"):
            build.build([sources], out, store=None, validate=False)
        assert list(out.iterdir()) == []  # it wrote nothing
    finally:
        os.close(holder)
    assert build.build([sources], out, store=None, validate=False).outcomes


def test_build_refuses_violations(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = sources / SEED_112.name
    text = seed.read_text(encoding="utf-8")
    text = re.sub(r"Căn cứ [^\n]*\n", "", text)  # no legal basis: a Violation
    seed.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, printed, err = run(capsys, "build", str(sources), "--out", str(out), "--no-store")
    assert code == 1
    assert "REFUSED" in err and SEED_112.name in err
    # the summary counts the refused resolution's violation (94 has one info)
    assert printed.splitlines()[-1] == "validation: 1 violations, 0 warnings, 1 infos; 1 refused"
    assert not (out / "resolutions" / f"{STEM_112}.ttl").exists()
    assert (out / "resolutions" / "thai-nguyen-nq-hdnd-2023-94.ttl").exists()
    code, _, _ = run(
        capsys, "build", str(sources), "--out", str(out), "--no-store", "--allow-violations"
    )
    assert code == 0
    assert (out / "resolutions" / f"{STEM_112}.ttl").exists()


def test_build_bad_source_writes_nothing(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (sources / "broken.md").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(sources), "--out", str(out), "--no-store")
    assert code == 2
    assert "broken.md" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_formats_round_trip(
    fmt: str, sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    build.build([sources], out, store=None, validate=False)
    target = tmp_path / f"export.{fmt}"
    code, _, _ = run(capsys, "export", "--from", str(out), "--format", fmt, "-o", str(target))
    assert code == 0
    rdf_format, keeps_graphs = FORMATS[fmt]
    parsed = list(ox.parse(path=str(target), format=rdf_format))
    dump = list(ox.parse(path=str(out / "dump.trig"), format=ox.RdfFormat.TRIG))
    if keeps_graphs:
        assert {str(q) for q in parsed} == {str(q) for q in dump}
    else:
        assert {str(t) for t in parsed} == {
            str(ox.Triple(q.subject, q.predicate, q.object)) for q in dump
        }
    again = tmp_path / f"again.{fmt}"
    run(capsys, "export", "--from", str(out), "--format", fmt, "-o", str(again))
    assert again.read_bytes() == target.read_bytes()


def test_export_without_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "--from", str(tmp_path))
    assert code == 2 and "nqgraph build" in err


def test_export_of_an_empty_dump_keeps_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty dump.trig (an interrupted copy) is an error, not an empty export written over
    a good one."""
    (tmp_path / "dump.trig").write_bytes(b"")
    target = tmp_path / "good.nq"
    target.write_bytes(b"<http://ex/s> <http://ex/p> <http://ex/o> <http://ex/g> .\n")
    code, _, err = run(
        capsys, "export", "--from", str(tmp_path), "--format", "nq", "-o", str(target)
    )
    assert code == 2
    dump = tmp_path / "dump.trig"
    assert err == f"nqgraph: error: {dump}: holds no triples: run `nqgraph build` first\n"
    assert target.read_bytes().startswith(b"<http://ex/s>")


def test_jobs_must_be_positive_and_are_capped_by_the_texts(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs 0 is a usage error; --jobs 64 for two texts starts two workers, not 64."""
    with pytest.raises(SystemExit) as stopped:
        cli.main(["build", str(sources), "--jobs", "0"])
    assert stopped.value.code == 2
    assert "--jobs: must be 1 or more" in capsys.readouterr().err
    started: list[int] = []

    class Counting(ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **kwargs)

    with unittest.mock.patch.object(build, "ProcessPoolExecutor", Counting):
        out = str(tmp_path / "o")
        code, _, _ = run(capsys, "build", str(sources), "--out", out, "--no-store", "--jobs", "64")
    assert code == 0 and started == [2]


def _as_stored(dump: Path) -> set[ox.Quad]:
    """The dump's quads as a store holds them (Oxigraph writes xsd:dateTime canonically)."""
    memory = ox.Store()
    memory.load(path=str(dump), format=ox.RdfFormat.TRIG)
    return set(memory)


def _store_quads(store: Path) -> set[ox.Quad]:
    s = ox.Store.read_only(str(store))
    quads = set(s)
    del s
    return quads


def _assert_store_is_dump(store: Path, dump: Path) -> None:
    """The store holds exactly the dump's quads, plus the vocabulary graph."""
    vocab = ox.NamedNode(VOCAB_GRAPH)
    quads = _store_quads(store)
    assert {q for q in quads if q.graph_name != vocab} == _as_stored(dump)
    assert sum(q.graph_name == vocab for q in quads) == _vocabulary_triples(dump.parent) > 100


def test_store_holds_the_dump(sources: Path, tmp_path: Path) -> None:
    """The bulk-loaded (and compacted) store holds exactly the dump's quads, plus the
    vocabulary graph."""
    out, store = tmp_path / "out", tmp_path / "store"
    result = build.build([sources], out, store=store, validate=False, reason=True)
    _assert_store_is_dump(store, out / "dump.trig")
    dump = _as_stored(out / "dump.trig")
    assert len(dump) == result.triples + sum(o.inferred_triples for o in result.outcomes)
    assert "optimize" in result.seconds


def _vocabulary_triples(out: Path) -> int:
    """The triples of the vocabulary graph, as a store holds it, from the published files."""
    graph = ox.NamedNode(VOCAB_GRAPH)
    store = ox.Store()
    for path in (out / "vocabularies").glob("*.ttl"):
        if path.name != "shapes.ttl":
            store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=graph)
    return len(store)


def test_void_counts_and_links_what_the_dump_holds(sources: Path, tmp_path: Path) -> None:
    """VoID's triples are the dump's (entailments too, after --reason) and the vocabularies',
    each entailment graph a subset with its own file, the vocabulary graph one with its files
    (the dataset's dumps too: what `nqgraph publish` loads); DCAT's distribution has a download
    URL and an IANA media type. Rebuilt without --reason, the entailments leave the description
    with their files."""
    out = tmp_path / "out"
    dataset = URIRef("https://w3id.org/nqgraph/dataset")
    for reason in (True, False):
        result = build.build([sources], out, store=None, validate=False, reason=reason)
        void = Graph().parse(out / "void.ttl", format="turtle")
        stored = len(_as_stored(out / "dump.trig"))
        vocabularies = _vocabulary_triples(out)
        assert int(literal(void.value(dataset, VOID.triples))) == stored + vocabularies
        vocab = URIRef(VOCAB_GRAPH)
        assert int(literal(void.value(vocab, VOID.triples))) == vocabularies > 2000
        files = {str(f).removeprefix(BASE) for f in void.objects(vocab, VOID.dataDump)}
        assert files == {
            f"vocabularies/{p.name}"
            for p in (out / "vocabularies").glob("*.ttl")
            if p.name != "shapes.ttl"
        }
        assert {URIRef(BASE + f) for f in files} < set(void.objects(dataset, VOID.dataDump))
        inferred = sum(o.inferred_triples for o in result.outcomes)
        said = f"{result.triples:,} triples " + (f"and {inferred:,} inferred " if reason else "")
        assert said in build.summary_line(result) and result.triples + inferred == stored
        subsets = [s for s in void.objects(dataset, VOID.subset) if str(s).endswith("/inferred")]
        assert len(subsets) == (2 if reason else 0)
        for subset in subsets:
            file = str(void.value(subset, VOID.dataDump)).removeprefix(BASE)
            size = int(literal(void.value(subset, VOID.triples)))
            assert len(Graph().parse(out / file)) == size > 0
    dump = URIRef(BASE + "dump.trig")
    assert void.value(dump, DCAT.downloadURL) == void.value(dump, DCAT.accessURL) == dump
    media = URIRef("https://www.iana.org/assignments/media-types/application/trig")
    assert void.value(dump, DCAT.mediaType) == media


def test_a_build_that_changes_nothing_leaves_the_store_alone(sources: Path, tmp_path: Path) -> None:
    """Not even opened for writing (which rewrites RocksDB's manifest and options): a running
    `nqgraph serve` restarts on any change of the store's files."""
    from nqgraph.serve import store_signature

    out, store = tmp_path / "out", tmp_path / "store"
    build.build([sources], out, store=store, validate=False)
    before = store_signature(store)
    again = build.build([sources], out, store=store, validate=False)
    assert again.reused == 2 and before is not None and store_signature(store) == before


def test_a_graph_the_store_lacks_is_written_again(sources: Path, tmp_path: Path) -> None:
    """A build cut after the bulk load and before the vocabularies (or a store that lost a
    graph): the next build, with nothing changed, writes what the store lacks."""
    out, store = tmp_path / "out", tmp_path / "store"
    build.build([sources], out, store=store, validate=False)
    with OxigraphRepo(store) as repo:
        repo.drop_graph(VOCAB_GRAPH)
        repo.drop_graph(graph_name(RES_112))
    again = build.build([sources], out, store=store, validate=False)
    assert again.reused == 2
    _assert_store_is_dump(store, out / "dump.trig")


def test_store_follows_incremental_builds(sources: Path, tmp_path: Path) -> None:
    """One source of three changed: its graphs are replaced in place; one removed: its graphs
    go. Each time the store holds exactly the dump (plus the vocabularies)."""
    from bench.corpus import generate

    ((name, text),) = generate(1, seed=3)
    (sources / name).write_text(text, encoding="utf-8")
    out, store = tmp_path / "out", tmp_path / "store"

    first = build.build([sources], out, store=store, validate=False)
    assert "optimize" in first.seconds and len(first.outcomes) == 3
    _assert_store_is_dump(store, out / "dump.trig")
    seed = sources / SEED_94.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = build.build([sources], out, store=store, validate=False)
    assert second.reused == 2 and "optimize" not in second.seconds  # replaced in place
    _assert_store_is_dump(store, out / "dump.trig")
    (sources / name).unlink()
    third = build.build([sources], out, store=store, validate=False)
    assert len(third.outcomes) == 2
    _assert_store_is_dump(store, out / "dump.trig")


def test_odd_line_breaks_inside_literals(sources: Path, tmp_path: Path) -> None:
    """Form feeds (page breaks in plain text) and U+2028 inside a quoted span must not break
    the dump or the store."""
    seed = sources / SEED_112.name
    text = seed.read_text(encoding="utf-8")
    text = text.replace("đẩy nhanh tiến độ", "đẩy nhanh\f tiến\u2028 độ", 1)
    seed.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    store = tmp_path / "store"
    result = build.build([sources], out, store=store, validate=False)
    assert len(result.outcomes) == 2
    quads = list(ox.parse(path=str(out / "dump.trig"), format=ox.RdfFormat.TRIG))
    assert any("\f" in q.object.value for q in quads if isinstance(q.object, ox.Literal))


def test_keep_going_publishes_what_can_be_read(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (sources / "broken.md").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    code, stdout, err = run(
        capsys, "build", str(sources), "--out", str(out), "--no-store", "--keep-going"
    )
    assert code == 2
    assert "FAILED" in err and "broken.md" in err and "binary" in err
    assert "built 2 resolution(s)" in stdout
    assert len(list((out / "resolutions").glob("*.ttl"))) == 2


@pytest.mark.parametrize("base", ["ftp:/x y", "urn:nqgraph:", "nqgraph/"])
def test_build_refuses_a_base_that_is_not_an_http_iri(
    base: str, sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every minted IRI is the base plus ASCII slugs, so the store is loaded without checking
    each IRI again: the base itself must be a valid http(s) IRI."""
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "build", str(sources), "--out", str(out), "--no-store", "--base", base
    )
    assert code == 2
    assert err.count("\n") == 1 and "--base" in err
    assert not out.exists()


def test_failed_build_keeps_the_store(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rebuild (of every source: a refill) that stops on an unreadable source leaves the
    previous store exactly as it was, and nothing beside it."""
    out, store = tmp_path / "out", tmp_path / "store"
    build.build([sources], out, store=store, validate=False)
    before = _store_quads(store)
    (sources / "broken.md").write_bytes(b"\x00\x01binary")
    code, _, err = run(
        capsys, "build", str(sources), "--out", str(out), "--store", str(store), "--force"
    )
    assert code == 2 and "broken.md" in err
    assert _store_quads(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "source", "store"]


def test_refused_resolution_stays_out_of_the_store(sources: Path, tmp_path: Path) -> None:
    """A resolution refused for a Violation is not loaded into the store; the one beside it
    is."""
    seed = sources / SEED_112.name
    seed.write_text(re.sub(r"Căn cứ [^\n]*\n", "", seed.read_text(encoding="utf-8")), "utf-8")
    out, store = tmp_path / "out", tmp_path / "store"
    result = build.build([sources], out, store=store)
    assert [o.stem for o in result.refused] == [STEM_112]
    assert [o.stem for o in result.outcomes] == ["thai-nguyen-nq-hdnd-2023-94"]
    _assert_store_is_dump(store, out / "dump.trig")
    graphs = {q.graph_name for q in _store_quads(store)}
    assert ox.NamedNode(graph_name(result.outcomes[0].iri)) in graphs
    assert ox.NamedNode(graph_name(result.refused[0].iri)) not in graphs


@pytest.mark.parametrize("broken", ["violation", "unreadable"])
def test_a_broken_edit_keeps_the_version_published_before(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    """A text that was published, then edited into a violation (or, with --keep-going, into
    an unreadable file): its earlier version stays in the output and the store, byte for
    byte, and is recognised when the text is put back."""
    out, store = tmp_path / "out", tmp_path / "store"
    base = ["build", str(sources), "--out", str(out), "--store", str(store), "--jobs", "1"]
    assert run(capsys, *base)[0] == 0
    files = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}

    def resolutions_in_store() -> set[ox.Quad]:  # the vocabulary graph's blank nodes vary
        return {q for q in _store_quads(store) if "/eli/" in str(q.graph_name)}

    quads = resolutions_in_store()
    assert len({q.graph_name for q in quads}) == 2
    seed = sources / SEED_112.name
    good = seed.read_bytes()
    if broken == "violation":
        seed.write_text(re.sub(r"Căn cứ [^\n]*\n", "", good.decode("utf-8")), "utf-8")
        code, printed, err = run(capsys, *base)
        assert code == 1
        assert "1 violation(s); the version published before is kept" in err
        # the new text's findings are counted, the kept version's are not (94: one info)
        assert "validation: 1 violations, 0 warnings, 1 infos; 1 refused" in printed
    else:
        seed.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
        code, printed, err = run(capsys, *base, "--keep-going")
        assert code == 2
        assert "(the version published before is kept)" in err
    assert "(1 unchanged, 1 kept from before)" in printed
    after = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    manifest = out / ".manifest.json"
    assert {p: b for p, b in after.items() if p != manifest} == {
        p: b for p, b in files.items() if p != manifest
    }
    assert resolutions_in_store() == quads
    seed.write_bytes(good)  # put back: the text of the version kept, so nothing is re-read
    code, printed, _ = run(capsys, *base)
    assert code == 0 and "(2 unchanged)" in printed
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == files


def test_only_a_version_this_build_would_publish_is_kept(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not kept: a version published with --allow-violations (it has the violation too), nor
    one made with another base (its IRIs would be mixed into the output)."""
    out = tmp_path / "out"
    base = ["build", str(sources), "--out", str(out), "--no-store", "--jobs", "1"]
    stem = out / "resolutions" / f"{STEM_112}.ttl"
    seed = sources / SEED_112.name
    good = seed.read_text(encoding="utf-8")
    broken = re.sub(r"Căn cứ [^\n]*\n", "", good)
    seed.write_text(broken, encoding="utf-8")
    assert run(capsys, *base, "--allow-violations")[0] == 0 and stem.is_file()
    code, _, err = run(capsys, *base)
    assert code == 1 and "kept" not in err and not stem.exists()
    seed.write_text(good, encoding="utf-8")
    assert run(capsys, *base, "--base", "https://a.example/")[0] == 0 and stem.is_file()
    seed.write_text(broken, encoding="utf-8")
    code, _, err = run(capsys, *base)  # the default base
    assert code == 1 and "kept" not in err and not stem.exists()
    assert "a.example" not in (out / "dump.trig").read_text(encoding="utf-8")


def test_store_catches_up_after_an_interrupted_update(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while the store is updated, after the Turtle was published (graphs replaced in
    place, then a refill): the next build re-reads nothing, yet brings the store in line."""
    from bench.corpus import generate

    ((name, text),) = generate(1, seed=3)
    (sources / name).write_text(text, encoding="utf-8")
    out, store = tmp_path / "out", tmp_path / "store"
    build.build([sources], out, store=store, validate=False)

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    seed = sources / SEED_94.name
    for target, step, force in ((build, "_replace_graphs", False), (loader, "bulk_load", True)):
        seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        with monkeypatch.context() as patch:
            patch.setattr(target, step, interrupted)
            with pytest.raises(KeyboardInterrupt):
                build.build([sources], out, store=store, validate=False, force=force)
        again = build.build([sources], out, store=store, validate=False)
        assert again.reused == 3 and "optimize" in again.seconds  # refilled
        _assert_store_is_dump(store, out / "dump.trig")
    quiet = build.build([sources], out, store=store, validate=False)
    assert quiet.reused == 3 and "optimize" not in quiet.seconds  # in step again


def test_store_catches_up_after_a_build_without_it(sources: Path, tmp_path: Path) -> None:
    """A source changed and built with --no-store: the next build with the store re-reads
    nothing, yet loads the change."""
    out, store = tmp_path / "out", tmp_path / "store"
    build.build([sources], out, store=store, validate=False)
    seed = sources / SEED_112.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    build.build([sources], out, store=None, validate=False)
    again = build.build([sources], out, store=store, validate=False)
    assert again.reused == 2
    _assert_store_is_dump(store, out / "dump.trig")


def test_an_unusable_store_stops_the_build_before_it_writes(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --store that cannot be a directory is refused before the Turtle is written (else the
    output and the store would disagree)."""
    a_file = tmp_path / "a-file"
    a_file.write_text("not a store", encoding="utf-8")
    out = tmp_path / "out"
    for store, reason in [
        (a_file, "the store is a file, not a directory"),
        (a_file / "store", f"cannot create the store under {a_file}"),
    ]:
        code, _, err = run(capsys, "build", str(sources), "--out", str(out), "--store", str(store))
        assert (code, err) == (2, f"nqgraph: error: {store}: {reason}\n")
        assert not out.exists()


def test_a_resolution_whose_source_is_gone_is_said_removed(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deleting a source removes its resolution from the output, and the build says so: a
    line on stderr naming it, and the count in the summary."""
    out = tmp_path / "out"
    assert run(capsys, "build", str(sources), "--out", str(out), "--no-store")[0] == 0
    (sources / SEED_94.name).unlink()
    code, stdout, err = run(capsys, "build", str(sources), "--out", str(out), "--no-store")
    assert code == 0
    assert "REMOVED thai-nguyen-nq-hdnd-2023-94: published before, no source gives it now" in err
    assert "built 1 resolution(s)" in stdout and ", 1 removed)" in stdout
    assert [p.name for p in (out / "resolutions").glob("*.ttl")] == [
        "thai-nguyen-nq-hdnd-2024-112.ttl"
    ]
    # said once: the next build has nothing more to remove
    code, stdout, err = run(capsys, "build", str(sources), "--out", str(out), "--no-store")
    assert "REMOVED" not in err and "removed" not in stdout


def test_a_file_system_without_locks_builds_unguarded(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NFS without lockd answers flock with ENOLCK: the build goes on without the guard."""
    import errno
    import fcntl

    def no_locks(fd: int, op: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    said: list[str] = []
    assert build.build([sources], tmp_path / "out", store=None, validate=False, log=said.append)
    assert [line for line in said if "cannot lock" in line] == [
        f"{tmp_path / 'out'}: cannot lock (No locks available); a second build into it is not "
        "refused"
    ]
