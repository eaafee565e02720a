"""`nqgraph build`: resolution texts → per-resolution Turtle, vocabularies, VoID, dump, store.

Per-document work (read, graph, validate, reason) runs in worker processes; unchanged sources
are not re-read (incremental, keyed by source checksum, software version and base IRI). Every
file is written atomically; nothing is written unless every source could be read.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from rdflib import URIRef

from nqgraph import __version__, reader, resources
from nqgraph.dataset import Entry, void_triples
from nqgraph.errors import NqgraphError
from nqgraph.files import atomic_write
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris, file_stem, graph_name
from nqgraph.namespaces import DEFAULT_BASE, PREFIXES, VOCAB_BASE
from nqgraph.progress import Progress
from nqgraph.turtle import TurtleWriter, ntriples

MANIFEST = ".manifest.json"  # build cache for incremental builds; not published
VOCAB_GRAPH = VOCAB_BASE.rstrip("/")
INFERRED_GRAPH_SUFFIX = "/inferred"


@dataclass(slots=True)
class Outcome:
    """What the worker made of one source (plain data: it crosses process boundaries)."""

    source: str
    sha256: str
    iri: str
    stem: str
    turtle: str
    nt: str
    triples: int
    missing: list[str]
    violations: int = 0
    warnings: int = 0
    infos: int = 0
    messages: list[str] = field(default_factory=list)
    inferred_turtle: str | None = None
    inferred_nt: str | None = None
    inferred_triples: int = 0


@dataclass(slots=True)
class BuildResult:
    outcomes: list[Outcome]
    reused: int
    out: Path
    refused: list[Outcome]

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.outcomes)


def built_at_from_env() -> datetime | None:
    """Build time from SOURCE_DATE_EPOCH (reproducible builds); None when unset."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC)
    except ValueError as exc:
        raise NqgraphError(f"SOURCE_DATE_EPOCH must be an integer, not {raw!r}") from exc


def process(
    path: str, base: str, built_at: datetime | None, validate: bool, reason: bool
) -> Outcome:
    """Read, graph, validate and (optionally) reason over one resolution text."""
    res = reader.read_path(path)
    iris = Iris(base)
    triples = resolution_triples(res, iris, built_at)
    iri = iris.resolution(res)
    writer = TurtleWriter(PREFIXES)
    outcome = Outcome(
        source=path,
        sha256=res.source.sha256,
        iri=str(iri),
        stem=file_stem(iri, iris.base),
        turtle=writer.serialize(triples),
        nt=ntriples(triples),
        triples=len(triples),
        missing=list(res.missing),
    )
    if validate:
        from rdflib import Graph

        from nqgraph.validate import check_resolution

        graph = Graph()
        for triple in triples:
            graph.add(triple)
        report = check_resolution(graph, lang="en")
        outcome.violations = report.counts.get("Violation", 0)
        outcome.warnings = report.counts.get("Warning", 0)
        outcome.infos = report.counts.get("Info", 0)
        outcome.messages = [
            f"line {f.source_line}: {f.severity}: {f.message}"
            for f in report.findings
            if f.severity != "Info"
        ]
    if reason:
        from nqgraph.reason import entailments

        inferred = entailments(triples)
        outcome.inferred_turtle = writer.serialize(inferred)
        outcome.inferred_nt = ntriples(inferred)
        outcome.inferred_triples = len(inferred)
    return outcome


def _process_star(args: tuple[str, str, datetime | None, bool, bool]) -> Outcome:
    return process(*args)


def build(
    paths: Sequence[str | Path],
    out: Path,
    *,
    base: str = DEFAULT_BASE,
    store: Path | None = None,
    validate: bool = True,
    allow_violations: bool = False,
    reason: bool = False,
    jobs: int = 1,
    force: bool = False,
    log: Callable[[str], None] = lambda _: None,
) -> BuildResult:
    files = reader.source_files(paths)
    built_at = built_at_from_env()
    iris = Iris(base)
    manifest = _load_manifest(out)
    code = code_digest()
    todo: list[Path] = []
    reused: list[Outcome] = []
    for path in files:
        entry = manifest.get(_manifest_key(path, out))
        if (
            not force
            and entry is not None
            and entry.get("sha256") == _sha256(path)
            and entry.get("version") == __version__
            and entry.get("code") == code
            and entry.get("base") == iris.base
            and entry.get("built_at") == (built_at.isoformat() if built_at else None)
            and entry.get("reason", False) == reason
            and (out / "resolutions" / f"{entry['stem']}.ttl").is_file()
        ):
            reused.append(_reuse(out, entry, reason))
        else:
            todo.append(path)
    progress = Progress(len(todo), "build")
    fresh: list[Outcome] = []
    args = [(str(p), iris.base, built_at, validate, reason) for p in todo]
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for outcome in pool.map(_process_star, args, chunksize=max(1, len(args) // (jobs * 8))):
                fresh.append(outcome)
                progress.advance()
    else:
        for a in args:
            fresh.append(_process_star(a))
            progress.advance()
    progress.close()
    outcomes = sorted([*reused, *fresh], key=lambda o: o.stem)
    _check_unique(outcomes)
    refused = [o for o in fresh if o.violations and not allow_violations]
    published = [o for o in outcomes if o not in refused]
    _write(out, published, iris, manifest_base=iris.base, built_at=built_at, reason=reason)
    if store is not None:
        _load_store(store, published, reason)
    for o in fresh:
        for message in o.messages:
            log(f"{o.source}: {message}")
    return BuildResult(published, len(reused), out, refused)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A checksum of the code and ontology that make the output: a change rebuilds everything."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")) + resources.ontology_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _manifest_key(path: Path, out: Path) -> str:
    """The source path relative to the output directory: the same however it was named."""
    return os.path.relpath(path.resolve(), out.resolve())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_unique(outcomes: list[Outcome]) -> None:
    seen: dict[str, str] = {}
    for o in outcomes:
        if o.iri in seen:
            raise NqgraphError(
                f"two sources give the same resolution {o.iri}: {seen[o.iri]} and {o.source}"
            )
        seen[o.iri] = o.source


def _load_manifest(out: Path) -> dict[str, dict[str, object]]:
    path = out / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("resolutions", []) if isinstance(data, dict) else []
    return {str(e["source"]): e for e in entries if isinstance(e, dict) and "source" in e}


def _reuse(out: Path, entry: dict[str, object], reason: bool) -> Outcome:
    import pyoxigraph as ox

    stem = str(entry["stem"])
    turtle = (out / "resolutions" / f"{stem}.ttl").read_text(encoding="utf-8")
    nt = ox.serialize(ox.parse(turtle, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    outcome = Outcome(
        source=str((out / str(entry["source"])).resolve()),
        sha256=str(entry["sha256"]),
        iri=str(entry["iri"]),
        stem=stem,
        turtle=turtle,
        nt="".join(sorted(nt.decode("utf-8").splitlines(keepends=True))) if nt else "",
        triples=int(str(entry["triples"])),
        missing=[str(m) for m in entry.get("missing", [])],  # type: ignore[attr-defined]
    )
    inferred = out / "inferred" / f"{stem}.ttl"
    if reason and inferred.is_file():
        text = inferred.read_text(encoding="utf-8")
        data = ox.serialize(
            ox.parse(text, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES
        )
        outcome.inferred_turtle = text
        outcome.inferred_nt = data.decode("utf-8") if data else ""
        outcome.inferred_triples = int(str(entry.get("inferred_triples", 0)))
    return outcome


def _write(
    out: Path,
    outcomes: list[Outcome],
    iris: Iris,
    *,
    manifest_base: str,
    built_at: datetime | None,
    reason: bool,
) -> None:
    res_dir = out / "resolutions"
    inf_dir = out / "inferred"
    keep = {f"{o.stem}.ttl" for o in outcomes}
    for o in outcomes:
        atomic_write(res_dir / f"{o.stem}.ttl", o.turtle)
        if reason and o.inferred_turtle is not None:
            atomic_write(inf_dir / f"{o.stem}.ttl", o.inferred_turtle)
    for directory in (res_dir, inf_dir):
        if directory.is_dir():
            for stale in directory.glob("*.ttl"):
                if stale.name not in keep or (directory == inf_dir and not reason):
                    stale.unlink()
    vocab_dir = out / "vocabularies"
    names = set()
    for src in [*resources.ontology_files(), resources.ontology_dir() / "shapes.ttl"]:
        if src.is_file():
            names.add(src.name)
            atomic_write(vocab_dir / src.name, src.read_bytes())
    if vocab_dir.is_dir():
        for stale in vocab_dir.glob("*.ttl"):
            if stale.name not in names:
                stale.unlink()
    entries = [
        Entry(URIRef(o.iri), f"resolutions/{o.stem}.ttl", Path(o.source).name, o.sha256, o.triples)
        for o in outcomes
    ]
    atomic_write(out / "void.ttl", TurtleWriter(PREFIXES).serialize(void_triples(entries, iris)))
    atomic_write(out / "dump.nq", _nquads(outcomes, reason))
    manifest = {
        "software": f"nqgraph {__version__}",
        "resolutions": [
            {
                "source": _manifest_key(Path(o.source), out),
                "sha256": o.sha256,
                "iri": o.iri,
                "stem": o.stem,
                "triples": o.triples,
                "inferred_triples": o.inferred_triples,
                "missing": o.missing,
                "version": __version__,
                "code": code_digest(),
                "base": manifest_base,
                "built_at": built_at.isoformat() if built_at else None,
                "reason": reason,
            }
            for o in outcomes
        ],
    }
    atomic_write(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")


def _nquads(outcomes: list[Outcome], reason: bool) -> str:
    parts: list[str] = []
    for o in outcomes:
        graph = f" <{graph_name(URIRef(o.iri))}> .\n"
        parts.extend(line[:-3] + graph for line in o.nt.splitlines(keepends=True))
        if reason and o.inferred_nt:
            igraph = f" <{o.iri}{INFERRED_GRAPH_SUFFIX}> .\n"
            parts.extend(line[:-3] + igraph for line in o.inferred_nt.splitlines(keepends=True))
    return "".join(parts)


def _load_store(store: Path, outcomes: list[Outcome], reason: bool) -> None:
    import pyoxigraph as ox

    from nqgraph.store import OxigraphRepo

    with OxigraphRepo(store) as repo:
        for o in outcomes:
            repo.replace_graph(str(graph_name(URIRef(o.iri))), o.nt.encode("utf-8"))
            if reason and o.inferred_nt is not None:
                repo.replace_graph(o.iri + INFERRED_GRAPH_SUFFIX, o.inferred_nt.encode("utf-8"))
        vocab = b"".join(
            ox.serialize(
                ox.parse(path=str(f), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES
            )
            or b""
            for f in resources.ontology_files()
        )
        repo.replace_graph(VOCAB_GRAPH, vocab)


def summary_line(result: BuildResult) -> str:
    return (
        f"built {len(result.outcomes)} resolution(s), {result.triples:,} triples "
        f"({result.reused} unchanged) into {result.out}"
    )
