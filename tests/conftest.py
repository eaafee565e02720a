"""Shared fixtures.

The dataset every query test runs on comes from ONE fixture, `turtle_dir`: a directory laid out
like the output of `nqgraph build --out DIR` (resolutions/*.ttl, vocabularies/*.ttl). Today it
is written from the hand-made tests/data/queries-fixture.trig; to test on the real seed build,
change `turtle_dir` alone (e.g. run `nqgraph build data/source --out <tmp>` and return <tmp>)
and re-pin the expected rows in tests/test_queries.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from nqgraph.publish import publish_dir
from nqgraph.store import VOCAB_GRAPH, OxigraphRepo

DATA = Path(__file__).parent / "data"
FIXTURE_TRIG = DATA / "queries-fixture.trig"
SOURCE_DIR = Path(__file__).parent.parent / "data" / "source"

B = "https://w3id.org/nqgraph/"
RES_112 = B + "eli/vn/thai-nguyen/nq-hdnd/2024/112"
RES_94 = B + "eli/vn/thai-nguyen/nq-hdnd/2023/94"

# Parameter values each stored query is run with in the pinned and the remote tests.
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "citing-resolutions": {"document": "18-NQ/TW"},
    "target-changes": {"from": "94/NQ-HĐND", "to": "112/NQ-HĐND"},
    "provenance": {"node": RES_112 + "/chi-tieu/1"},
}


def write_turtle_dir(trig: Path, out: Path) -> Path:
    """Split a TriG dataset into the `nqgraph build` layout (one Turtle file per graph)."""
    dataset = ox.Store()
    dataset.load(path=str(trig), format=ox.RdfFormat.TRIG)
    (out / "resolutions").mkdir(parents=True)
    (out / "vocabularies").mkdir(parents=True)
    for graph in dataset.named_graphs():
        assert isinstance(graph, ox.NamedNode)
        if graph.value == VOCAB_GRAPH:
            target = out / "vocabularies" / "vocab.ttl"
        else:
            name = graph.value.removesuffix("/graph").split("/eli/vn/", 1)[1].replace("/", "-")
            target = out / "resolutions" / f"{name}.ttl"
        dataset.dump(output=str(target), format=ox.RdfFormat.TURTLE, from_graph=graph)
    return out


@pytest.fixture(scope="session")
def turtle_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built output the query tests run on (see the module docstring)."""
    return write_turtle_dir(FIXTURE_TRIG, tmp_path_factory.mktemp("turtle"))


@pytest.fixture(scope="session")
def local_repo(turtle_dir: Path) -> Iterator[OxigraphRepo]:
    """An in-memory Oxigraph store loaded from `turtle_dir` (tests must not modify it)."""
    repo = OxigraphRepo(None)
    publish_dir(repo, turtle_dir)
    yield repo
    repo.close()


@pytest.fixture(scope="session")
def disk_store(turtle_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk Oxigraph store loaded from `turtle_dir`, closed (for CLI tests)."""
    path = tmp_path_factory.mktemp("store") / "store"
    with OxigraphRepo(path) as repo:
        publish_dir(repo, turtle_dir)
    return path
