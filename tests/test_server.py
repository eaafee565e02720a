"""Against a real Oxigraph server on 127.0.0.1: publish the seed build (tests/conftest.py,
`turtle_dir`), run every stored query remotely and compare with the embedded store, republish,
and check that endpoint errors are one line with exit code 2."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from nqgraph.build import build
from nqgraph.catalogue import load_catalogue, run
from nqgraph.cli import main
from nqgraph.errors import EndpointError
from nqgraph.serve import OxigraphServer, free_port, store_signature, writer_active
from nqgraph.store import OxigraphRepo, RemoteRepo, Rows, Term
from tests.conftest import QUERY_PARAMS, RES_94, RES_112, SOURCE_DIR, B

pytestmark = pytest.mark.server

CATALOGUE = load_catalogue()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    location = tmp_path_factory.mktemp("server") / "store"
    with OxigraphServer(location, "127.0.0.1:0", read_only=False) as running:
        yield running


@pytest.fixture(scope="module")
def remote(server: OxigraphServer, turtle_dir: Path) -> RemoteRepo:
    assert main(["publish", str(turtle_dir), "--endpoint", server.query_url]) == 0
    return RemoteRepo(server.query_url, gsp_url=server.store_url)


def normalised(rows: Rows) -> list[tuple[Term | None, ...]]:
    """Rows as tuples; plain and xsd:string literals compare equal (both backends already
    normalise, this keeps the comparison honest if one did not)."""

    def norm(term: Term | None) -> Term | None:
        if isinstance(term, Literal) and term.datatype == URIRef(
            "http://www.w3.org/2001/XMLSchema#string"
        ):
            return Literal(str(term))
        return term

    return [tuple(norm(row.get(v)) for v in rows.variables) for row in rows]


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_remote_answers_equal_local(
    name: str, remote: RemoteRepo, local_repo: OxigraphRepo
) -> None:
    query = CATALOGUE[name]
    params = QUERY_PARAMS.get(name, {})
    here, there = run(query, local_repo, params), run(query, remote, params)
    assert there.variables == here.variables
    if name == "session-record":  # GROUP_CONCAT order is unspecified
        for rows in (here, there):
            for row in rows:
                row["recipients"] = Literal("; ".join(sorted(str(row["recipients"]).split("; "))))
    assert normalised(there) == normalised(here)
    assert len(here) > 0


def test_remote_graph_and_boolean_answers_equal_local(
    remote: RemoteRepo, local_repo: OxigraphRepo
) -> None:
    """CONSTRUCT, DESCRIBE (bound by a parameter, written into the text) and ASK through a
    server give what the embedded store gives."""
    construct = (
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "CONSTRUCT { ?r eli:based_on ?b } WHERE { GRAPH ?g { ?r eli:based_on ?b } }"
    )
    bound = {"r": URIRef(RES_112)}
    here = local_repo.construct(construct, bound)
    assert remote.construct(construct, bound) == here and len(here) > 1
    assert {str(t.subject) for t in here} == {f"<{RES_112}>"}
    describe = "DESCRIBE ?r WHERE { }"
    assert remote.construct(describe, bound) == local_repo.construct(describe, bound)
    ask = "ASK { GRAPH ?g { ?r ?p ?o } }"
    for value, expected in [(URIRef(RES_94), True), (URIRef(B + "nope"), False)]:
        assert remote.ask(ask, {"r": value}) is local_repo.ask(ask, {"r": value}) is expected


def test_remote_is_the_seed_build(remote: RemoteRepo) -> None:
    """A few answers pinned by hand from the seed texts (see tests/test_queries.py), remotely."""
    assert remote.graph_names() == [RES_94 + "/graph", RES_112 + "/graph", B + "vocab"]
    grdp = run(CATALOGUE["indicator-series"], remote, {"indicator": "Tăng trưởng kinh tế"})
    assert [(str(r["year"]), str(r["value"]), str(r["resolutionNumber"])) for r in grdp] == [
        ("2024", "7.5", "94/NQ-HĐND"),  # "Tốc độ tăng trưởng kinh tế (GRDP): 7,5%"
        ("2025", "8.5", "112/NQ-HĐND"),  # "… 8,5%"
    ]
    sessions = run(CATALOGUE["session-record"], remote, {})
    assert [
        (str(r["sessionNumber"]), str(r["adoptionDate"]), str(r["recipientCount"]))
        for r in sessions
    ] == [("16", "2023-12-08", "0"), ("23", "2024-12-10", "19")]
    changes = run(CATALOGUE["target-changes"], remote, {"from": "94/NQ-HĐND", "to": "112/NQ-HĐND"})
    assert len(changes) == 26
    dropped = [r for r in changes if str(r["change"]) == "dropped"]
    assert [str(r["indicatorLabel"]) for r in dropped] == [
        "Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới"
    ]


def test_injection_remote(remote: RemoteRepo) -> None:
    before = remote.count()
    for evil in ["} ; DROP ALL ; {", '" } ; DROP ALL ; { "', "x' } DROP ALL { '"]:
        rows = run(CATALOGUE["citing-resolutions"], remote, {"document": evil})
        assert len(rows) == 0
        direct = remote.select("SELECT ?x WHERE { }", {"x": Literal(evil)})
        assert direct.rows == [{"x": Literal(evil)}]
    assert remote.count() == before


def test_republish_replaces(server: OxigraphServer, remote: RemoteRepo, turtle_dir: Path) -> None:
    before = remote.count()
    names = remote.graph_names()
    assert main(["publish", str(turtle_dir), "--endpoint", server.query_url]) == 0
    assert remote.count() == before
    assert remote.graph_names() == names
    # and through SPARQL Update when there is no Graph Store Protocol URL
    update = ["--update", server.update_url]
    assert main(["publish", str(turtle_dir), "--endpoint", server.query_url, *update]) == 0
    assert remote.count() == before


@pytest.mark.parametrize("through", ["gsp", "update"])
def test_republish_without_entailments_drops_them(
    through: str,
    server: OxigraphServer,
    remote: RemoteRepo,
    turtle_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A --reason build published, then one without: the entailments drawn from the earlier
    texts must not stay on the server beside the new graphs."""
    reasoned = tmp_path / "reasoned"
    build([SOURCE_DIR], reasoned, reason=True)
    names = remote.graph_names()
    write = ["--update", server.update_url] if through == "update" else []
    assert main(["publish", str(reasoned), "--endpoint", server.query_url, *write]) == 0
    inferred = sorted(set(remote.graph_names()) - set(names))
    assert inferred == [RES_94 + "/inferred", RES_112 + "/inferred"]
    assert all(remote.count(name) > 0 for name in inferred)
    capsys.readouterr()
    assert main(["publish", str(turtle_dir), "--endpoint", server.query_url, *write]) == 0
    assert remote.graph_names() == names
    assert "dropped 2 entailment graph(s)" in capsys.readouterr().out
    # nothing left to drop: said nothing
    assert main(["publish", str(turtle_dir), "--endpoint", server.query_url, *write]) == 0
    assert "dropped" not in capsys.readouterr().out


def test_cli_query_remote(
    server: OxigraphServer, remote: RemoteRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["query", "legal-bases", "--endpoint", server.query_url, "--format", "csv"])
    out = capsys.readouterr().out
    assert code == 0 and out.count("\r\n") == 5


def one_line_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    return err


def test_endpoint_errors(
    server: OxigraphServer, remote: RemoteRepo, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    unreachable = f"http://127.0.0.1:{free_port()}/query"
    assert "cannot reach" in one_line_error(
        ["query", "legal-bases", "--endpoint", unreachable], capsys
    )
    missing = server.base_url + "/nothing-here"
    assert "404" in one_line_error(["query", "legal-bases", "--endpoint", missing], capsys)
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    err = one_line_error(["query", str(bad), "--endpoint", server.query_url], capsys)
    assert err.startswith(f"nqgraph: error: {bad}:1: malformed query"), err
    gsp = ["--gsp", server.base_url + "/nope"]
    err = one_line_error(["publish", str(tmp_path), "--endpoint", server.query_url, *gsp], capsys)
    assert "run nqgraph build first" in err


def test_serve_read_only(disk_store: Path, tmp_path: Path) -> None:
    with OxigraphServer(disk_store, "127.0.0.1:0") as running:
        rows = run(CATALOGUE["legal-bases"], RemoteRepo(running.query_url), {})
        assert len(rows) == 4
    with pytest.raises(Exception, match="run nqgraph build first"):
        OxigraphServer(tmp_path / "none", "127.0.0.1:0").start()
    with pytest.raises(Exception, match="loopback"):
        OxigraphServer(disk_store, "0.0.0.0:7878")


def _resolutions(server: OxigraphServer) -> list[str]:
    rows = RemoteRepo(server.query_url).select(
        "SELECT ?r WHERE { GRAPH ?g { ?g <https://schema.org/mainEntity> ?r } } ORDER BY ?r"
    )
    return [str(r) for r in rows.values("r")]


def _until(check: Callable[[], bool], seconds: float = 30) -> bool:
    """Whether `check()` comes true within `seconds` (the endpoint is down while restarting)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(EndpointError):
            if check():
                return True
        time.sleep(0.2)
    return False


def _build(sources: Path, out: Path, store: Path) -> None:
    """`nqgraph build` in a process of its own, as a user runs it beside the server."""
    command = [sys.executable, "-m", "nqgraph.cli", "build", str(sources), "--out", str(out)]
    done = subprocess.run(
        [*command, "--store", str(store), "--no-validate"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@contextlib.contextmanager
def _following(tmp_path: Path) -> Iterator[tuple[Path, Path, Path, OxigraphServer, list[str]]]:
    """Seed 94 built into a store, a server on it and `follow` beside it (looking every 0.3 s,
    what it says kept): (sources, out, store, server, said). Stopping the server on leaving
    must end the loop."""
    sources, out, store = tmp_path / "sources", tmp_path / "out", tmp_path / "store"
    sources.mkdir()
    shutil.copy(SOURCE_DIR / "94-NQ-HDND-2023-thai-nguyen.md", sources)
    _build(sources, out, store)
    said: list[str] = []
    server = OxigraphServer(store, "127.0.0.1:0")
    with server:
        follower = threading.Thread(target=server.follow, args=(0.3, said.append), daemon=True)
        follower.start()
        yield sources, out, store, server, said
        assert follower.is_alive()
    follower.join(timeout=15)
    assert not follower.is_alive() and server.process is None


def test_serve_follows_the_store_a_build_changes(tmp_path: Path) -> None:
    """A read-only server sees the store as it was when it started: `nqgraph serve` restarts
    it, on the same address, once a build has updated the store in place or refilled it, and
    not while the build has it open."""
    with _following(tmp_path) as (sources, out, store, server, said):
        assert _resolutions(server) == [RES_94]
        shutil.copy(SOURCE_DIR / "112-NQ-HDND-2024-thai-nguyen.md", sources)
        _build(sources, out, store)  # one graph added in place
        assert _until(lambda: _resolutions(server) == [RES_94, RES_112]), said
        (sources / "94-NQ-HDND-2023-thai-nguyen.md").unlink()
        shutil.rmtree(out)  # nothing to compare with: the store is refilled, a new directory
        _build(sources, out, store)
        assert _until(lambda: _resolutions(server) == [RES_112]), said
        assert said and all(line.startswith("the store changed: restarting") for line in said)


def test_serve_keeps_trying_when_a_restart_fails(tmp_path: Path) -> None:
    """A store swapped for a broken one (a half-copied store, say): the restart fails, the
    endpoint says so and tries again until a good store is back; a directory that is no
    store at all is not restarted on (the old server goes on answering)."""
    with _following(tmp_path) as (_, _, store, server, said):
        aside = tmp_path / "aside"
        store.rename(aside)
        store.mkdir()
        (store / "README").write_text("not a store", encoding="utf-8")
        time.sleep(1.5)
        assert said == [] and _resolutions(server) == [RES_94]  # still the old server
        (store / "CURRENT").write_text("MANIFEST-000001\n", encoding="utf-8")  # broken
        assert _until(lambda: any(line.endswith(": trying again") for line in said)), said
        shutil.rmtree(store)
        aside.rename(store)
        assert _until(lambda: _resolutions(server) == [RES_94]), said


def test_a_store_open_for_writing_is_seen_as_such(tmp_path: Path) -> None:
    store = tmp_path / "store"
    OxigraphRepo(store).close()
    assert store_signature(store) is not None and not writer_active(store)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
         "print(flush=True); sys.stdin.read()", str(store)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "\n"
        assert writer_active(store)
    finally:
        holder.communicate("")
    assert not writer_active(store)
    assert store_signature(tmp_path / "none") is None and not writer_active(tmp_path / "none")


def test_serve_on_a_port_in_use_says_so(disk_store: Path) -> None:
    """Another program listening on the port: an error, not a server that exits unnoticed
    while the readiness probe talks to the other program."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        server = OxigraphServer(disk_store, f"127.0.0.1:{port}")
        with pytest.raises(EndpointError, match=f"127.0.0.1:{port}: the port is in use"):
            server.start()
        assert server.process is None


def test_a_loose_key_is_matched_the_same_on_a_server(
    remote: RemoteRepo, local_repo: OxigraphRepo
) -> None:
    """The loose look-up (case, diacritics and punctuation aside) is portable SPARQL 1.1
    (REPLACE with \\p{L}): the server takes "thai nguyen" as the embedded store does."""
    query = CATALOGUE["province-series"]
    values = {"province": "thai nguyen", "indicator": "TOC DO TANG TRUONG KINH TE"}
    notes_here: list[str] = []
    notes_there: list[str] = []
    here = run(query, local_repo, values, notes_here)
    there = run(query, remote, values, notes_there)
    assert len(here) == 2 and normalised(there) == normalised(here)
    assert notes_there == notes_here
    assert notes_here[0] == "parameter province: 'thai nguyen' taken as 'Thái Nguyên'"
