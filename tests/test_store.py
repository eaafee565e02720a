"""The embedded store and the pieces of RemoteRepo that need no server."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from nqgraph.errors import EndpointError, QueryError, RdfError
from nqgraph.publish import publish_dir
from nqgraph.store import OxigraphRepo, RemoteRepo, bind_in_text, to_ntriples
from tests.conftest import SOURCE_DIR
from tests.terms import literal

G = "http://example.org/g"
DATA = b'<http://example.org/s> <http://example.org/p> "o" .\n'


def test_replace_graph_replaces(tmp_path: Path) -> None:
    with OxigraphRepo(tmp_path / "store") as repo:
        repo.replace_graph(G, DATA)
        repo.replace_graph(G, DATA)
        assert repo.count(G) == 1
        repo.replace_graph(
            G, b'<http://example.org/s> <http://example.org/p> "x", "y" .', "text/turtle"
        )
        assert repo.count(G) == 2
        with pytest.raises(RdfError, match="cannot parse"):
            repo.replace_graph(G, b"<not nt")
        assert repo.count(G) == 2  # a bad file leaves the old graph
        assert repo.graph_names() == [G]
        assert repo.ask("ASK { ?s ?p 'x' }")
    with OxigraphRepo(tmp_path / "store", read_only=True) as again:  # persisted on disk
        assert again.count() == 2


def test_answers_are_rdflib_terms_with_plain_strings() -> None:
    repo = OxigraphRepo(None)
    repo.replace_graph(G, DATA)
    rows = repo.select(
        "SELECT ?s ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?none FILTER(false) } }"
    )
    assert rows.variables == ["s", "o", "none"]
    assert rows.rows == [{"s": URIRef("http://example.org/s"), "o": Literal("o"), "none": None}]
    assert literal(rows.rows[0]["o"]).datatype is None  # xsd:string normalised to plain
    bound = repo.select("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": ox.Literal("o")})
    assert len(bound) == 1
    assert len(repo.select("SELECT ?s ?o WHERE { ?s ?p ?o }", {"o": Literal("no")})) == 0


def test_a_bound_variable_outside_the_projection_scopes_the_answer() -> None:
    """Oxigraph substitutes projected variables only: the store binds the others as a server
    gets them (a VALUES block), instead of refusing the query."""
    repo = OxigraphRepo(None)
    repo.replace_graph(G, b'<http://ex/a> <http://ex/p> "1" .\n<http://ex/b> <http://ex/p> "2" .\n')
    query = "SELECT ?o WHERE { ?s <http://ex/p> ?o }"
    assert len(repo.select(query)) == 2
    bound = repo.select(query, {"s": URIRef("http://ex/a")})
    assert bound.rows == [{"o": Literal("1")}]
    assert repo.select(bind_in_text(query, {"s": URIRef("http://ex/a")})).rows == bound.rows


def test_errors_are_one_line(tmp_path: Path) -> None:
    repo = OxigraphRepo(None)
    with pytest.raises(QueryError, match="malformed query"):
        repo.select("SELECT WHERE {")
    with pytest.raises(QueryError, match="not a SELECT"):
        repo.select("ASK {}")
    with pytest.raises(QueryError, match="not a variable name"):
        repo.select("SELECT ?x WHERE {}", {"x y": Literal(1)})
    with pytest.raises(EndpointError, match="run nqgraph build first"):
        OxigraphRepo(tmp_path / "missing", read_only=True)
    with pytest.raises(EndpointError, match="http"):
        RemoteRepo("file:///etc/passwd")


def test_to_ntriples_escapes() -> None:
    assert to_ntriples(URIRef("http://x/a")) == "<http://x/a>"
    assert to_ntriples(Literal('a"b\\c\nd')) == '"a\\"b\\\\c\\nd"'
    assert to_ntriples(Literal("Khóa", lang="vi")) == '"Khóa"@vi'
    assert to_ntriples(Literal("8.5", datatype=XSD.decimal)) == (
        '"8.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    )
    assert to_ntriples(ox.Literal("x")) == '"x"'
    with pytest.raises(QueryError, match="not an absolute IRI"):
        to_ntriples(URIRef("http://x/> } DROP ALL { <http://y"))
    with pytest.raises(QueryError, match="blank node"):
        to_ntriples(BNode())


def test_publish_dir_needs_resolutions(tmp_path: Path) -> None:
    with pytest.raises(RdfError, match="run nqgraph build first"):
        publish_dir(OxigraphRepo(None), tmp_path)


def test_publish_dir_uploads_what_build_stores(tmp_path: Path) -> None:
    """After a --reason build, a server gets the graphs of the build's own store: each
    resolution's graph, its entailments and the vocabularies, triple for triple."""
    from nqgraph.build import build

    out, store = tmp_path / "out", tmp_path / "store"
    build([SOURCE_DIR], out, store=store, reason=True, jobs=1)
    built = OxigraphRepo(store, read_only=True)
    published = OxigraphRepo(None)
    publish_dir(published, out)
    names = built.graph_names()
    assert published.graph_names() == names
    assert sum(name.endswith("/inferred") for name in names) == 2
    for name in names:
        assert published.count(name) == built.count(name) > 0, name
    built.close()
    # the same texts built without --reason: their entailments leave the store
    plain = tmp_path / "plain"
    build([SOURCE_DIR], plain, reason=False, jobs=1)
    again = publish_dir(published, plain)
    assert sorted(again.dropped) == sorted(n for n in names if n.endswith("/inferred"))
    assert published.graph_names() == [n for n in names if not n.endswith("/inferred")]
    assert publish_dir(published, plain).dropped == []


def test_publish_dir_names_graphs_and_replaces(turtle_dir: Path) -> None:
    repo = OxigraphRepo(None)
    first = publish_dir(repo, turtle_dir)
    again = publish_dir(repo, turtle_dir)
    assert first.graphs == again.graphs
    assert repo.count() == first.triples
    assert repo.graph_names() == [
        "https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2023/94/graph",
        "https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112/graph",
        "https://w3id.org/nqgraph/vocab",
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "uri"}}]}}',
            "not SPARQL JSON results",
        ),
        (b'{"head": {"vars": ["x"]}, "results": {"bindings": "zz"}}', "not SPARQL JSON results"),
        (b'{"head": {"vars": ["x"]}, "results": {"bindings": [1]}}', "not SPARQL JSON results"),
        (b'{"foo": 1}', "answered no results"),
        (b"[1]", "the answer is not SPARQL JSON"),
    ],
)
def test_a_malformed_answer_is_an_error_naming_the_endpoint(body: bytes, message: str) -> None:
    """A server answering something else than SPARQL JSON results gets a one-line error
    naming it, not a traceback."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Answer(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/query"
    try:
        with pytest.raises((EndpointError, QueryError)) as caught:
            RemoteRepo(url, union_default_graph=False).select("SELECT ?x WHERE { ?x ?p ?o }")
        assert message in str(caught.value) and url in str(caught.value)
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "broken", ["resolutions/thai-nguyen-nq-hdnd-2024-112.ttl", "vocabularies/units.ttl"]
)
def test_publish_dir_uploads_nothing_when_a_file_is_broken(
    turtle_dir: Path, tmp_path: Path, broken: str
) -> None:
    """Every file is parsed before the first upload: a broken one (here cut short) changes
    nothing on the server, and the error names its file and line."""
    import shutil

    copy = tmp_path / "out"
    shutil.copytree(turtle_dir, copy)
    path = copy / broken
    text = path.read_text(encoding="utf-8")
    # cut inside a statement: after the first predicate past the middle, with no object
    cut = text.index(" a ", len(text) // 2) + len(" a ")
    path.write_text(text[:cut], encoding="utf-8")
    repo = OxigraphRepo(None)
    with pytest.raises(RdfError) as caught:
        publish_dir(repo, copy)
    assert str(caught.value).startswith(f"{path}:") and "not valid Turtle" in str(caught.value)
    assert caught.value.line is not None
    assert repo.count() == 0
