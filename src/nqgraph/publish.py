"""Upload a built output directory to a `Repo`: one named graph per resolution, plus the
vocabularies — the same code path for the embedded store and for a remote endpoint.

Layout read (what `nqgraph build --out DIR` writes, see docs/design.md)::

    DIR/resolutions/*.ttl     one resolution each -> graph <res>/graph
    DIR/inferred/*.ttl        its entailments     -> graph <res>/inferred (after --reason)
    DIR/vocabularies/*.ttl    ontology + SKOS     -> graph <https://w3id.org/nqgraph/vocab>

Each graph is *replaced*, so publishing twice leaves the same triples, not twice as many;
a resolution published without entailments loses those an earlier `--reason` build put there
(they were drawn from its previous text). Other graphs on the server are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from nqgraph.errors import RdfError
from nqgraph.iris import graph_name, inferred_graph_name
from nqgraph.namespaces import NQ, VOCAB_GRAPH
from nqgraph.store import N_TRIPLES, Repo

SHAPES_FILE = "shapes.ttl"

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RESOLUTION = ox.NamedNode(str(NQ.Resolution))
_DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")


@dataclass
class Published:
    """What was uploaded: graph IRI -> number of triples."""

    graphs: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def _parse(path: Path) -> ox.Store:
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        reason = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(exc.msg or exc))
        line = exc.lineno if isinstance(exc.lineno, int) else None
        raise RdfError(f"not valid Turtle: {reason.splitlines()[0]}", str(path), line) from None
    except OSError as exc:
        raise RdfError(f"cannot read: {exc}", str(path)) from None
    return store


def _ntriples(store: ox.Store) -> bytes:
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return data if isinstance(data, bytes) else b""


def resolution_iri(store: ox.Store, path: Path) -> str:
    """The resolution a file describes: the subject typed nq:Resolution that was derived from a
    source text (cited resolutions are typed nq:Resolution too, but have no source)."""
    typed = {q.subject for q in store.quads_for_pattern(None, _RDF_TYPE, _RESOLUTION)}
    built = {s for s in typed if any(store.quads_for_pattern(s, _DERIVED_FROM, None))}
    candidates = sorted(s.value for s in (built or typed) if isinstance(s, ox.NamedNode))
    if len(candidates) != 1:
        found = "none" if not candidates else ", ".join(candidates)
        raise RdfError(
            f"expected one resolution built from a source text, found {found}", str(path)
        )
    return candidates[0]


def _resolution_graphs(directory: Path, path: Path) -> Iterator[tuple[str, ox.Store | None]]:
    """A resolution file parsed into its named graph, then its entailments graph: parsed from
    `inferred/` after a `--reason` build, else None (the graph should not exist)."""
    store = _parse(path)
    resolution = resolution_iri(store, path)
    yield graph_name(resolution), store
    inferred = directory / "inferred" / path.name
    yield inferred_graph_name(resolution), _parse(inferred) if inferred.is_file() else None


def publish_dir(repo: Repo, directory: Path) -> Published:
    """Replace, in `repo`, one graph per `resolutions/*.ttl` (and its entailments, where
    `inferred/` has them) and the vocabulary graph: the graphs `nqgraph build` stores.
    Every file is parsed before the first upload, so a broken one changes nothing there. The
    entailments graph of a resolution that has none in `directory` is dropped."""
    files = sorted((directory / "resolutions").glob("*.ttl"))
    if not files:
        raise RdfError(
            f"no resolutions/*.ttl under {directory}: run nqgraph build first", str(directory)
        )
    # the ontology and the SKOS schemes, as `nqgraph build` loads them into its own store (the
    # shapes are published as a file, not as data to query)
    vocabularies = sorted(
        p for p in (directory / "vocabularies").glob("*.ttl") if p.name != SHAPES_FILE
    )
    merged = ox.Store()
    for path in vocabularies:
        merged.extend(_parse(path).quads_for_pattern(None, None, None, None))
    for path in files:  # checked one at a time, not held: a corpus is larger than memory
        for _ in _resolution_graphs(directory, path):
            pass
    published = Published()
    existing = set(repo.graph_names())
    for path in files:
        for graph, store in _resolution_graphs(directory, path):
            if store is not None:
                repo.replace_graph(graph, _ntriples(store), N_TRIPLES)
                published.graphs[graph] = len(store)
            elif graph in existing:
                repo.drop_graph(graph)
                published.dropped.append(graph)
    if vocabularies:
        repo.replace_graph(VOCAB_GRAPH, _ntriples(merged), N_TRIPLES)
        published.graphs[VOCAB_GRAPH] = len(merged)
    return published
