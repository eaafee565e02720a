"""Where the ontology files are: `ontology/` at the root of the repository.

The package is installed in editable mode (`pip install -e .`), so the directory is found next
to `src/`. Set `NQGRAPH_ONTOLOGY_DIR` to use another copy (e.g. for an installed wheel).
"""

from __future__ import annotations

import os
from pathlib import Path

from nqgraph.errors import NqgraphError

ENV_VAR = "NQGRAPH_ONTOLOGY_DIR"
ONTOLOGY_FILE = "nqgraph.ttl"
IMPORTS_FILE = "imports.ttl"
VOCAB_DIR = "vocab"
CHECKS_DIR = "checks"
LAWS_FILE = "laws.tsv"


def ontology_dir() -> Path:
    """The `ontology/` directory (holding `nqgraph.ttl`); raise `NqgraphError` if it is missing."""
    override = os.environ.get(ENV_VAR)
    if override:
        candidate = Path(override)
        hint = f"${ENV_VAR} is set to {override!r}"
    else:
        candidate = Path(__file__).resolve().parents[2] / "ontology"
        hint = f"set ${ENV_VAR} to the ontology/ directory of an nqgraph checkout"
    if not (candidate / ONTOLOGY_FILE).is_file():
        raise NqgraphError(f"ontology directory not found ({hint})", path=str(candidate))
    return candidate


def ontology_files() -> list[Path]:
    """The ontology, the stubs of reused terms and the SKOS schemes, in a fixed order."""
    root = ontology_dir()
    files = [root / ONTOLOGY_FILE]
    if (root / IMPORTS_FILE).is_file():
        files.append(root / IMPORTS_FILE)
    files.extend(vocab_files())
    return files


def vocab_files() -> list[Path]:
    """The SKOS concept schemes, `ontology/vocab/*.ttl`, sorted by name."""
    return sorted((ontology_dir() / VOCAB_DIR).glob("*.ttl"))


def laws_file() -> Path:
    """The authority list of laws, `ontology/laws.tsv` (law_list.py)."""
    return ontology_dir() / LAWS_FILE


def check_files() -> list[Path]:
    """The quality queries, `ontology/checks/*.rq`, sorted by name (each must return no rows)."""
    return sorted((ontology_dir() / CHECKS_DIR).glob("*.rq"))
