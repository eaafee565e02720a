"""`nqgraph build`: resolution texts → per-resolution Turtle, vocabularies, VoID, dump, store.

Per-document work (read, graph, serialise, validate, reason) runs in worker processes that write
their files into a staging directory and hand back only a summary, so memory stays flat however
many documents there are. Unchanged sources are not re-read (the cache key is the source
checksum, the code and the base IRI). Staged files replace the published ones only once every
source has been read; each replacement is an atomic rename, Ctrl-C waits for the last of them,
and the manifest is removed before the first and written after the last, so that a build killed
in between is mended by the next. One build at a time writes into an output directory. The
TriG dump is streamed from the per-resolution Turtle files (each becomes a named graph), and the
store is bulk-loaded from it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from nqgraph import __version__, loader, reader, resources
from nqgraph.dataset import Entry, Vocabularies, void_triples
from nqgraph.errors import NqgraphError
from nqgraph.files import atomic_write, naming
from nqgraph.graph import resolution_triples
from nqgraph.iris import Iris, base_iri, file_stem, graph_name, inferred_graph_name
from nqgraph.law_list import law_triples
from nqgraph.namespaces import DEFAULT_BASE, PREFIXES, VOCAB_GRAPH
from nqgraph.progress import Progress
from nqgraph.turtle import TurtleWriter, trig_block

try:
    import fcntl
except ImportError:  # not POSIX: builds are not guarded against each other
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from nqgraph.store import OxigraphRepo

MANIFEST = ".manifest.json"  # build cache for incremental builds; not published
STORE_RECORD = ".store.json"  # which manifest the store was last filled from; not published
LAWS = "laws.ttl"  # the authority list of laws as RDF, in vocabularies/ (law_list.py)
SHAPES = "shapes.ttl"  # published as a file, not data to query: not in the vocabulary graph
DUMP = "dump.trig"  # every resolution's graphs in one file, for the bulk load and for reuse
STAGING = ".staging"


@dataclass(slots=True)
class Outcome:
    """What a worker made of one source: a summary (its files are in the staging directory)."""

    source: str
    sha256: str
    iri: str
    stem: str
    triples: int
    missing: list[str]
    violations: int = 0
    warnings: int = 0
    infos: int = 0
    messages: list[str] = field(default_factory=list)
    inferred_triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per step: read, graph, …
    reused: bool = False
    error: str | None = None  # with keep_going: why the source could not be read


@dataclass(slots=True)
class BuildResult:
    outcomes: list[Outcome]  # published, sorted by file stem
    reused: int
    out: Path
    refused: list[Outcome]
    seconds: dict[str, float] = field(default_factory=dict)  # parent steps: write, store, optimize
    failed: list[Outcome] = field(default_factory=list)  # unreadable sources (keep_going)
    kept: list[Outcome] = field(default_factory=list)  # earlier versions of refused/failed ones
    # what an earlier build published and this one no longer does (its source is gone, or now
    # reads as another resolution): file stems, sorted
    removed: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(o.triples for o in self.outcomes)

    def step_seconds(self) -> dict[str, float]:
        """CPU-side seconds per worker step, summed over documents, plus the parent steps."""
        total: dict[str, float] = {}
        for o in [*self.outcomes, *self.refused]:
            for step, seconds in o.seconds.items():
                total[step] = total.get(step, 0.0) + seconds
        return {**total, **self.seconds}


def built_at_from_env() -> datetime | None:
    """Build time from SOURCE_DATE_EPOCH (reproducible builds); None when unset."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC)
    except ValueError as exc:
        raise NqgraphError(f"SOURCE_DATE_EPOCH must be an integer, not {raw!r}") from exc


@dataclass(frozen=True, slots=True)
class _Job:
    path: str
    staging: str
    base: str
    built_at: datetime | None
    validate: bool
    reason: bool


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = self.seconds.get(step, 0.0) + now - self._last
        self._last = now


def process(job: _Job) -> Outcome:
    """Read, graph, serialise, validate and (optionally) reason over one resolution text,
    writing its Turtle and inferred Turtle into the staging directory."""
    clock = _Clock()
    res = reader.read_path(job.path)
    clock.lap("read")
    iris = Iris(job.base)
    triples = resolution_triples(res, iris, job.built_at)
    iri = iris.resolution(res)
    stem = file_stem(iri, iris.base)
    clock.lap("graph")
    writer = _writer()
    staging = Path(job.staging)
    turtle = writer.serialize(triples)
    _stage(staging / "resolutions" / f"{stem}.ttl", turtle)
    clock.lap("serialise")
    outcome = Outcome(
        source=job.path,
        sha256=res.source.sha256,
        iri=iri,
        stem=stem,
        triples=len(triples),
        missing=list(res.missing),
    )
    if job.validate:
        from nqgraph.validate import check_triples

        report = check_triples(triples)
        counts = report.counts
        outcome.violations = counts.get("Violation", 0)
        outcome.warnings = counts.get("Warning", 0)
        outcome.infos = counts.get("Info", 0)
        outcome.messages = [
            f"line {f.source_line}: {f.severity}: {f.said()}"
            for f in report.findings
            if f.severity != "Info"
        ]
        clock.lap("validate")
    if job.reason:
        from nqgraph.reason import entailments

        inferred = entailments(triples)
        clock.lap("reason")
        inferred_turtle = writer.serialize(inferred)
        _stage(staging / "inferred" / f"{stem}.ttl", inferred_turtle)
        outcome.inferred_triples = len(inferred)
        clock.lap("serialise")
    outcome.seconds = clock.seconds
    return outcome


def _stage(path: Path, text: str) -> None:
    """Write a file into the staging directory; an error (a full disk) names the file it is
    published as (`OUT/resolutions/x.ttl`), not the staged one."""
    published = path.parent.parent.parent / path.parent.name / path.name
    with naming(published):
        path.write_text(text, "utf-8")


@lru_cache(maxsize=1)
def _writer() -> TurtleWriter:
    """One writer per process: it remembers how it wrote the IRIs every document uses."""
    return TurtleWriter(PREFIXES)


def process_or_report(job: _Job) -> Outcome:
    """`process`, but a source that cannot be read becomes an outcome carrying the error."""
    try:
        return process(job)
    except NqgraphError as exc:
        return Outcome(job.path, "", "", "", 0, [], error=str(exc))


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
    keep_going: bool = False,
    log: Callable[[str], None] = lambda _: None,
) -> BuildResult:
    """Build `out` (and `store`) from the texts under `paths`.

    A source that cannot be read stops the build before anything is written, unless
    `keep_going`: then it is reported in `BuildResult.failed` and the others are published.
    """
    files = reader.source_files(paths)
    built_at = built_at_from_env()
    iris = Iris(base_iri(base))
    if store is not None:
        _check_store_path(store)
    with _exclusive(out, log):
        return _build(
            files, out, iris, built_at, store, validate, allow_violations, reason, jobs, force,
            keep_going, log,
        )  # fmt: skip


def _build(
    files: list[Path],
    out: Path,
    iris: Iris,
    built_at: datetime | None,
    store: Path | None,
    validate: bool,
    allow_violations: bool,
    reason: bool,
    jobs: int,
    force: bool,
    keep_going: bool,
    log: Callable[[str], None],
) -> BuildResult:
    manifest = _load_manifest(out)
    store_in_step = store is not None and _store_in_step(out, store)
    key = _cache_key(iris.base, built_at, reason, validate, allow_violations)
    todo: list[Path] = []
    reused: list[Outcome] = []
    for path in files:
        entry = manifest.get(_manifest_key(path, out))
        if not force and entry is not None and _still_valid(entry, path, out, key):
            reused.append(_outcome_from(entry, path))
        else:
            todo.append(path)
    with _staging(out) as staging:
        fresh = _run_jobs(todo, staging, iris.base, built_at, validate, reason, jobs, keep_going)
        failed = [o for o in fresh if o.error]
        fresh = [o for o in fresh if not o.error]
        outcomes = sorted([*reused, *fresh], key=lambda o: o.stem)
        _check_unique(outcomes)
        refused = [o for o in outcomes if o.violations and not allow_violations]
        published = [o for o in outcomes if o not in refused]
        kept = _previous_versions(out, manifest, [*refused, *failed], published, key)
        for o in refused:  # its new files were staged by the worker: they stay out
            for sub in ("resolutions", "inferred"):
                (staging / sub / f"{o.stem}.ttl").unlink(missing_ok=True)
        published = sorted([*published, *kept], key=lambda o: o.stem)
        before = {str(e["stem"]) for e in manifest.values() if e.get("stem")}
        removed = sorted(before - {o.stem for o in published})
        clock = _Clock()
        _stage_dump(out, staging, published, reason=reason)  # the long write: not deferred
        with _interrupts_deferred():
            _publish(out, staging, published, iris, reason=reason, key=key)
        clock.lap("write")
    if store is not None:
        # a store an earlier build left behind (interrupted, or filled from elsewhere) is refilled
        changed = {o.stem for o in (fresh if store_in_step else published)}
        _load_store(store, out, published, changed=changed, clock=clock)
        _record_store(out, store)
        clock.lap("store")
    for o in fresh:
        for message in o.messages:
            log(f"{o.source}: {message}")
    return BuildResult(published, len(reused), out, refused, clock.seconds, failed, kept, removed)


def _previous_versions(
    out: Path,
    manifest: dict[str, dict[str, object]],
    left_out: list[Outcome],
    published: list[Outcome],
    key: str,
) -> list[Outcome]:
    """What an earlier build published from the sources now refused or unreadable: kept as
    it was (a text broken by an edit must not take its resolution out of the data). The
    manifest keeps its old checksum: the next build reads the source again, unless it is back
    to the text that was kept. Only a version this build would itself publish is kept: one
    made with the same base, flags and code (`key`), without violations."""
    taken = {o.stem for o in published}
    kept = []
    for o in left_out:
        entry = manifest.get(_manifest_key(Path(o.source), out))
        if entry is None or entry.get("key") != key or entry.get("violations"):
            continue
        previous = _outcome_from(entry, Path(o.source))
        if previous.stem not in taken and (out / "resolutions" / f"{previous.stem}.ttl").is_file():
            kept.append(previous)
            taken.add(previous.stem)
    return kept


def _check_store_path(store: Path) -> None:
    """A store that could not be written is refused before anything is read or published (the
    Turtle would be written and the store left behind)."""
    target = store.resolve()
    if target.exists() and not target.is_dir():
        raise loader.StoreError("the store is a file, not a directory", str(store))
    existing = next(p for p in (target, *target.parents) if p.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise loader.StoreError(f"cannot create the store under {existing}", str(store))


def _run_jobs(
    todo: list[Path],
    staging: Path,
    base: str,
    built_at: datetime | None,
    validate: bool,
    reason: bool,
    jobs: int,
    keep_going: bool = False,
) -> list[Outcome]:
    args = [_Job(str(p), str(staging), base, built_at, validate, reason) for p in todo]
    work = process_or_report if keep_going else process
    progress = Progress(len(args), "build")
    fresh: list[Outcome] = []
    try:
        workers = min(jobs, len(args))  # no more processes than documents to read
        if workers > 1:
            chunk = max(1, min(16, len(args) // (workers * 4)))
            with ProcessPoolExecutor(
                max_workers=workers, initializer=_warm_up, initargs=(validate, reason)
            ) as pool:
                for outcome in pool.map(work, args, chunksize=chunk):
                    fresh.append(outcome)
                    progress.advance()
        else:
            for job in args:
                fresh.append(work(job))
                progress.advance()
    finally:
        progress.close()
    return fresh


def _warm_up(validate: bool, reason: bool) -> None:
    """Worker start: compile the shapes and the schema once, then freeze what was allocated so
    far, so that the garbage collector does not walk it again for every document."""
    if validate:
        from nqgraph.validate import check_triples

        check_triples([])  # compiles the shapes, loads the vocabularies
    if reason:
        from nqgraph.reason import schema

        schema()
    gc.freeze()


@contextmanager
def _exclusive(out: Path, log: Callable[[str], None]) -> Iterator[None]:
    """Hold `out` for this build alone: a second build into it is refused, not interleaved
    (it would remove this one's staging directory). The lock goes with the process."""
    out.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise NqgraphError(
            "another nqgraph build is writing into this directory; wait for it to end",
            path=str(out),
        ) from None
    except OSError as exc:  # a file system without locks (NFS without lockd: ENOLCK)
        log(f"{out}: cannot lock ({exc.strerror}); a second build into it is not refused")
    try:
        yield
    finally:
        if out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # a first build that failed leaves nothing behind
        os.close(fd)


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Ctrl-C or SIGTERM while the staged files are moved into place takes effect once they all
    are: the output is the old build's or the new one's, not a mixture. (A SIGKILL cannot be
    deferred: `_publish` removes the manifest first, so the next build reads everything again.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    deferred = (signal.SIGINT, signal.SIGTERM)
    previous = {s: signal.signal(s, lambda s, _: received.append(s)) for s in deferred}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for late in received[:1]:
            signal.raise_signal(late)  # as if it came now, to the handler it was meant for


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A fresh staging directory inside `out` (same file system: renames are atomic)."""
    staging = out / STAGING
    if staging.exists():
        shutil.rmtree(staging)
    for sub in ("resolutions", "inferred"):
        (staging / sub).mkdir(parents=True)
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # a first build that failed leaves nothing behind


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A checksum of the code, ontology and list of laws that make the output: a change rebuilds
    everything."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    laws = resources.laws_file()
    data = [*resources.ontology_files(), *([laws] if laws.is_file() else [])]
    for path in sorted(package.rglob("*.py")) + data:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_key(
    base: str, built_at: datetime | None, reason: bool, validate: bool, allow_violations: bool
) -> str:
    stamp = built_at.isoformat() if built_at else ""
    flags = f"{reason}|{validate}|{allow_violations}"
    return f"{__version__}|{code_digest()}|{base}|{stamp}|{flags}"


def _manifest_key(path: Path, out: Path) -> str:
    """The source path relative to the output directory: the same however it was named."""
    return os.path.relpath(path.resolve(), out.resolve())


def _still_valid(entry: dict[str, object], path: Path, out: Path, key: str) -> bool:
    stem = str(entry.get("stem"))
    return (
        entry.get("key") == key
        and entry.get("sha256") == hashlib.sha256(path.read_bytes()).hexdigest()
        and (out / "resolutions" / f"{stem}.ttl").is_file()
        and (not entry.get("inferred_triples") or (out / "inferred" / f"{stem}.ttl").is_file())
    )


def _outcome_from(entry: dict[str, object], path: Path) -> Outcome:
    known = {f for f in Outcome.__dataclass_fields__ if f not in ("source", "reused", "seconds")}
    data = {k: v for k, v in entry.items() if k in known}
    return Outcome(source=str(path), reused=True, **data)  # type: ignore[arg-type]


def _store_in_step(out: Path, store: Path) -> bool:
    """Whether `store` holds what the last build published into `out`: the build that filled
    it recorded the manifest it had just written, and that manifest is still there."""
    try:
        record = json.loads((out / STORE_RECORD).read_text(encoding="utf-8"))
        manifest = (out / MANIFEST).read_bytes()
    except (OSError, ValueError):
        return False
    return bool(record == _store_record(manifest, store))


def _record_store(out: Path, store: Path) -> None:
    record = _store_record((out / MANIFEST).read_bytes(), store)
    atomic_write(out / STORE_RECORD, json.dumps(record, indent=2) + "\n")


def _store_record(manifest: bytes, store: Path) -> dict[str, str]:
    return {"store": str(store.resolve()), "manifest": hashlib.sha256(manifest).hexdigest()}


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


def _publish(
    out: Path, staging: Path, outcomes: list[Outcome], iris: Iris, *, reason: bool, key: str
) -> None:
    """Move the staged files of `outcomes` into place; remove what is no longer produced. The
    manifest goes first and comes back last: a build cut in between leaves none, and the next
    one reads every source again rather than trust files half of which are new."""
    (out / MANIFEST).unlink(missing_ok=True)
    keep = {o.stem for o in outcomes}
    for sub in ("resolutions", "inferred"):
        target = out / sub
        target.mkdir(parents=True, exist_ok=True)
        for o in outcomes:
            staged = staging / sub / f"{o.stem}.ttl"
            if staged.is_file():
                _replace_if_changed(staged, target / staged.name)
        for old in target.glob("*.ttl"):
            if old.stem not in keep or (sub == "inferred" and not reason):
                old.unlink()
        if not any(target.iterdir()):
            target.rmdir()
    vocab_dir = out / "vocabularies"
    names = {LAWS}
    for src in [*resources.ontology_files(), resources.ontology_dir() / "shapes.ttl"]:
        if src.is_file():
            names.add(src.name)
            atomic_write(vocab_dir / src.name, src.read_bytes())
    atomic_write(vocab_dir / LAWS, TurtleWriter(PREFIXES).serialize(law_triples(iris)))
    for stale in vocab_dir.glob("*.ttl"):
        if stale.name not in names:
            stale.unlink()
    entries = []
    for o in outcomes:
        inferred = f"inferred/{o.stem}.ttl"
        reasoned = (out / inferred).is_file()  # stale ones are gone by now
        entries.append(
            Entry(
                o.iri,
                f"resolutions/{o.stem}.ttl",
                Path(o.source).name,
                o.sha256,
                o.triples,
                inferred if reasoned else None,
                o.inferred_triples if reasoned else 0,
            )
        )
    published = sorted(n for n in names if n != SHAPES)
    vocabularies = Vocabularies(
        _vocabulary_triples(vocab_dir, published), tuple(f"vocabularies/{n}" for n in published)
    )
    void = void_triples(entries, iris, vocabularies)
    atomic_write(out / "void.ttl", TurtleWriter(PREFIXES).serialize(void))
    os.replace(staging / DUMP, out / DUMP)  # staged by `_stage_dump`
    # what earlier builds wrote and this one no longer does: the N-Quads dump and its parts
    (out / "dump.nq").unlink(missing_ok=True)
    shutil.rmtree(out / ".parts", ignore_errors=True)
    manifest = {
        "software": f"nqgraph {__version__}",
        "resolutions": [
            {
                **{k: v for k, v in asdict(o).items() if k not in ("reused", "seconds")},
                "source": _manifest_key(Path(o.source), out),
                "key": key,
            }
            for o in outcomes
        ],
    }
    atomic_write(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")


def _vocabulary_triples(vocab_dir: Path, names: list[str]) -> int:
    """The triples of the vocabulary graph the files `names` make (the ontology, its SKOS
    schemes, the list of laws: what the stored queries read there), as a store holds it."""
    import pyoxigraph as ox

    graph = ox.NamedNode(VOCAB_GRAPH)
    counted = ox.Store()
    for name in names:
        counted.load(path=str(vocab_dir / name), format=ox.RdfFormat.TURTLE, to_graph=graph)
    return len(counted)


def _replace_if_changed(staged: Path, target: Path) -> None:
    same_size = target.is_file() and target.stat().st_size == staged.stat().st_size
    if same_size and target.read_bytes() == staged.read_bytes():
        return  # unchanged: keep the file (and its modification time)
    os.chmod(staged, 0o644)
    os.replace(staged, target)


def _stage_dump(out: Path, staging: Path, outcomes: list[Outcome], *, reason: bool) -> None:
    """dump.trig into the staging directory: each resolution's graphs in file-stem order, as
    `_publish` will leave them (a staged file, else the published one; inferred graphs only
    when reasoning). Written before the publish, whose interrupts are deferred, so that a
    Ctrl-C during this long write (gigabytes at 10,000) stops the build at once."""
    with naming(out / DUMP), (staging / DUMP).open("wb") as dump:
        for o in outcomes:
            for path, graph in _graph_files(out, o, staging, inferred=reason):
                dump.write(trig_block(path.read_bytes(), graph))
    os.chmod(staging / DUMP, 0o644)


def _graph_files(
    out: Path, outcome: Outcome, staging: Path | None = None, *, inferred: bool = True
) -> Iterator[tuple[Path, str]]:
    """The published Turtle files of a resolution, with the named graph each is stored in; with
    `staging`, the files the publish will put there (the staged one where there is one), the
    inferred one only if `inferred` (a build without reasoning removes those)."""

    def where(sub: str) -> Path:
        staged = staging / sub / f"{outcome.stem}.ttl" if staging else None
        return staged if staged and staged.is_file() else out / sub / f"{outcome.stem}.ttl"

    yield where("resolutions"), graph_name(outcome.iri)
    entailed = where("inferred")
    if inferred and entailed.is_file():
        yield entailed, inferred_graph_name(outcome.iri)


def _load_store(
    store: Path, out: Path, outcomes: list[Outcome], changed: set[str], clock: _Clock
) -> None:
    """Replace the changed graphs, or bulk-load the whole dump when most have changed. The
    store is opened for writing only to write: a build that changes nothing leaves its files
    alone (a running `nqgraph serve` restarts on any change)."""
    from nqgraph.store import OxigraphRepo

    existing: set[str] = set()
    if (store / "CURRENT").is_file() or loader.recover_swap(store, settled=0):
        try:
            with OxigraphRepo(store, read_only=True) as repo:
                existing = set(repo.graph_names())
        except loader.StoreError:
            pass  # a damaged store is refilled whole, into a new directory
    # a graph the output has and the store lacks (a build cut before it wrote the vocabularies,
    # say) is written again even when its resolution did not change
    lacking = {o.stem for o in outcomes for _, name in _graph_files(out, o) if name not in existing}
    changed = changed | lacking
    if existing and len(changed) * 2 < len(outcomes):
        if changed or existing - _kept_graphs(outcomes) or VOCAB_GRAPH not in existing:
            with OxigraphRepo(store) as repo:
                _replace_graphs(repo, out, outcomes, changed, existing)
                _replace_vocabularies(repo, out)
        return
    # Refill: the bulk load and the compaction each run in a fresh process (see loader.py);
    # compacting in the loader's own process peaked at 2.3 GB, in a process of its own ~40 MB.
    # The new store replaces the old one only once both succeeded.
    loader.bulk_load(store, out / DUMP, lap=clock.lap)
    with OxigraphRepo(store) as repo:
        _replace_vocabularies(repo, out)


def _replace_graphs(
    repo: OxigraphRepo, out: Path, outcomes: list[Outcome], changed: set[str], existing: set[str]
) -> None:
    import pyoxigraph as ox

    with repo.writing():  # a damaged block met here is one line, not a traceback
        for o in outcomes:
            if o.stem in changed:
                for name in (graph_name(o.iri), inferred_graph_name(o.iri)):
                    repo.store.remove_graph(ox.NamedNode(name))
                for path, name in _graph_files(out, o):
                    repo.store.load(
                        path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(name)
                    )
        for name in existing - _kept_graphs(outcomes):  # removed or refused since the last build
            repo.store.remove_graph(ox.NamedNode(name))


def _kept_graphs(outcomes: list[Outcome]) -> set[str]:
    """The graphs the store holds after this build: each resolution's two, the vocabularies."""
    kept = {VOCAB_GRAPH}
    for o in outcomes:
        kept |= {graph_name(o.iri), inferred_graph_name(o.iri)}
    return kept


def _replace_vocabularies(repo: OxigraphRepo, out: Path) -> None:
    """The vocabulary graph: the ontology and its schemes, and the list of laws as published."""
    import pyoxigraph as ox

    laws = out / "vocabularies" / LAWS
    vocab = b"".join(
        ox.serialize(
            ox.parse(path=str(f), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES
        )
        or b""
        for f in [*resources.ontology_files(), *([laws] if laws.is_file() else [])]
    )
    repo.replace_graph(VOCAB_GRAPH, vocab)


def summary_line(result: BuildResult) -> str:
    inferred = sum(o.inferred_triples for o in result.outcomes)
    return (
        f"built {len(result.outcomes)} resolution(s), {result.triples:,} triples "
        + (f"and {inferred:,} inferred " if inferred else "")
        + f"({result.reused} unchanged"
        + (f", {len(result.kept)} kept from before" if result.kept else "")
        + (f", {len(result.removed)} removed" if result.removed else "")
        + f") into {result.out}"
    )
