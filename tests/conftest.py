"""Shared fixtures.

The dataset every query test runs on comes from ONE fixture, `turtle_dir`: the committed build
of the seed texts (data/source/*.md -> data/turtle/, as `nqgraph build --out data/turtle`
writes it; tests/test_graph.py checks that it is fresh). Only the parts `publish_dir` reads —
resolutions/*.ttl and vocabularies/*.ttl — are copied once per session into a temporary
directory, so that a rebuild running elsewhere cannot change the data under a test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nqgraph.publish import publish_dir
from nqgraph.store import OxigraphRepo

ROOT = Path(__file__).parent.parent
SOURCE_DIR = ROOT / "data" / "source"
SEED_TURTLE = ROOT / "data" / "turtle"

B = "https://w3id.org/nqgraph/"
RES_112 = B + "eli/vn/thai-nguyen/nq-hdnd/2024/112"
RES_94 = B + "eli/vn/thai-nguyen/nq-hdnd/2023/94"

# Parameter values each stored query is run with in the pinned and the remote tests.
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "citing-resolutions": {"document": "18-NQ/TW"},
    "target-changes": {"from": "94/NQ-HĐND", "to": "112/NQ-HĐND"},
    "provenance": {"node": RES_112 + "/chi-tieu/1"},
    "province-series": {"province": "Thái Nguyên"},
}


@pytest.fixture(scope="session")
def turtle_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the seed build (resolutions/*.ttl, vocabularies/*.ttl)."""
    out = tmp_path_factory.mktemp("turtle")
    for part in ("resolutions", "vocabularies"):
        (out / part).mkdir()
        for path in sorted((SEED_TURTLE / part).glob("*.ttl")):
            shutil.copy2(path, out / part / path.name)
    assert sorted(p.name for p in (out / "resolutions").iterdir()) == [
        "thai-nguyen-nq-hdnd-2023-94.ttl",
        "thai-nguyen-nq-hdnd-2024-112.ttl",
    ]
    return out


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
