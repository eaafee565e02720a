"""`nqgraph validate`: end to end from the seed texts, renderers, exit codes, broken input."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH

from nqgraph.cli import main
from nqgraph.graph import resolution_graph
from nqgraph.namespaces import NQ, OA
from nqgraph.reader import read_text
from nqgraph.validate import SHAPES_NS, Report, check_resolution, render, validate_graph
from tests.conftest import SEED_TURTLE

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "source"
SEED_112 = SEEDS / "112-NQ-HDND-2024-thai-nguyen.md"
SEED_94 = SEEDS / "94-NQ-HDND-2023-thai-nguyen.md"
NAME_112 = SEED_112.name


def _graph(text: str, name: str = NAME_112) -> Graph:
    return resolution_graph(read_text(text, name))


@pytest.fixture(scope="module")
def text_112() -> str:
    return SEED_112.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def graph_112(text_112: str) -> Graph:
    return _graph(text_112)


@pytest.fixture(scope="module")
def graph_94() -> Graph:
    return _graph(SEED_94.read_text(encoding="utf-8"), SEED_94.name)


def _keys(report: Report) -> list[tuple[str, str, int | None]]:
    return [
        (f.severity, (f.source_shape or "").removeprefix(SHAPES_NS), f.source_line)
        for f in report.findings
    ]


# -- the seeds as they are -----------------------------------------------------------------------


def test_seed_112_conforms_with_no_finding_at_all(graph_112: Graph) -> None:
    report = validate_graph(graph_112, lang="en")
    assert report.findings == []
    assert report.conforms
    assert [s.label for s in report.summaries] == ["112/NQ-HĐND"]


def test_seed_94_conforms_with_one_info_for_missing_recipients(graph_94: Graph) -> None:
    report = validate_graph(graph_94, lang="en")
    # 94/NQ-HĐND has no "Nơi nhận" list: an info, placed at the adoption line above the signature
    assert _keys(report) == [("Info", "ResolutionRecipientShape", 275)]
    assert report.findings[0].source_file == SEED_94.name
    assert report.conforms
    assert report.counts == {"Violation": 0, "Warning": 0, "Info": 1}


def test_check_resolution_is_validate_graph(graph_112: Graph) -> None:
    assert check_resolution(graph_112).findings == []


# -- the seed with one part removed or broken ------------------------------------------------------


def _drop_lines(prefix: str) -> Callable[[str], str]:
    return lambda text: "\n".join(x for x in text.split("\n") if not x.startswith(prefix))


def _replace(old: str, new: str) -> Callable[[str], str]:
    def mutate(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return mutate


MUTATIONS = [
    # no "Căn cứ" line: a violation at the enacting-body line (12), where the bases belong
    ("no-legal-basis", _drop_lines("Căn cứ"), ("Violation", "ResolutionLegalBasisShape", 12)),
    # no place-and-date line: a violation at the "Số:" line (3) it follows
    (
        "no-date",
        _replace("Thái Nguyên, ngày 10 tháng 12 năm 2024\n", "\n"),
        ("Violation", "ResolutionDateShape", 3),
    ),
    # no signature block: a violation at the end of the text (last line left, 167)
    (
        "no-signer",
        _replace("**CHỦ TỊCH**\n\n**Phạm Hoàng Sơn**", ""),
        ("Violation", "ResolutionSignatureShape", 167),
    ),
    # "9 - 8,5%": a range upside down, at the target's own line
    (
        "range-upside-down",
        _replace("(GRDP): 8,5%", "(GRDP): 9 - 8,5%"),
        ("Violation", "TargetRangeShape", 40),
    ),
    # 57,7 → 50,7: the shares of "Cơ cấu kinh tế" add up to 93%, at the first share
    ("shares-off", _replace("57,7%", "50,7%"), ("Warning", "ShareSumShape", 42)),
    # a party resolution cited without its date, at the line that cites it
    (
        "reference-without-date",
        _replace("20-NQ/TW ngày 16 tháng 6 năm 2023 của", "20-NQ/TW của"),
        ("Warning", "ReferenceDateShape", 103),
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_seed_with_one_part_broken(
    text_112: str, mutate: Callable[[str], str], expected: tuple[str, str, int]
) -> None:
    report = validate_graph(_graph(mutate(text_112)), lang="en")
    assert _keys(report) == [expected]
    assert report.findings[0].source_file == NAME_112
    assert not report.conforms


def test_target_without_value(graph_112: Graph) -> None:
    """The reader never makes a target without a value, so this one breaks the graph."""
    graph = Graph()
    graph += graph_112
    target = _target_quoted(graph, "8,5%")
    graph.remove((target, URIRef(str(NQ.value)), None))
    report = validate_graph(graph, lang="en")
    assert _keys(report) == [("Violation", "TargetValueShape", 40)]
    finding = report.findings[0]
    assert finding.focus == str(target)
    assert finding.quote is not None and "8,5%" in finding.quote
    assert finding.path == "nq:value"


def _target_quoted(graph: Graph, needle: str) -> URIRef:
    for target in graph.subjects(RDF.type, URIRef(str(NQ.Target))):
        span = graph.value(target, URIRef(str(NQ.span)))
        for selector in graph.objects(span, OA.hasSelector):
            exact = graph.value(selector, OA.exact)
            if exact is not None and needle in str(exact):
                assert isinstance(target, URIRef)
                return target
    raise AssertionError(f"no target quoting {needle!r}")


def test_messages_follow_the_language(text_112: str) -> None:
    graph = _graph(_drop_lines("Căn cứ")(text_112))
    vi = validate_graph(graph, lang="vi").findings[0].message
    en = validate_graph(graph, lang="en").findings[0].message
    assert "căn cứ" in vi.casefold() and "legal basis" in en
    shares = validate_graph(_graph(_replace("57,7%", "50,7%")(text_112)), lang="vi")
    assert shares.findings[0].message.startswith("Các tỷ trọng thuộc")
    assert "93" in shares.findings[0].message


DATE_LINE = "Thái Nguyên, ngày 10 tháng 12 năm 2024"
ADOPTED = "thông qua ngày 10 tháng 12 năm 2024"


@pytest.mark.parametrize(
    ("old", "new", "written", "shape", "line"),
    [
        (DATE_LINE, "Thái Nguyên, ngày 31 tháng 6 năm 2024", "ngày 31 tháng 6 năm 2024", "", 5),
        (DATE_LINE, "Thái Nguyên ngày 31 tháng 6 năm 2024", "ngày 31 tháng 6 năm 2024", "", 5),
        (DATE_LINE, "Thái Nguyên, 31/6/2024", "31/6/2024", "", 5),
        (DATE_LINE, "Thái Nguyên, ngày 31 tháng 6\nnăm 2024", "ngày 31 tháng 6 năm 2024", "", 5),
        (ADOPTED, "thông qua ngày 30/02/2024", "ngày 30/02/2024", "Adoption", 145),
    ],
    ids=["written", "no-comma", "numeric", "wrapped", "adoption"],
)
def test_a_date_no_calendar_has_is_named_where_it_went_missing(
    text_112: str, old: str, new: str, written: str, shape: str, line: int
) -> None:
    """The reader drops "ngày 31 tháng 6": the finding for the missing date quotes it and
    points at its line, so a clerk knows why, not only that; a date merely left out gets the
    plain message."""
    shape = f"Resolution{shape}DateShape"
    text = _replace(old, new)(text_112)
    for lang, said in (("vi", "là ngày không có thật"), ("en", "which no calendar has")):
        report = validate_graph(_graph(text), lang=lang)
        (finding,) = [f for f in report.findings if str(f.source_shape).endswith(shape)]
        assert finding.source_line == line
        assert finding.message.endswith(f"\u201c{written}\u201d, {said}.")
    left_out = _replace(old, old.split(" ngày ")[0])(text_112)
    (plain,) = [
        f for f in validate_graph(_graph(left_out)).findings if str(f.source_shape).endswith(shape)
    ]
    assert "\u201c" not in plain.message


@pytest.mark.parametrize(
    ("mutations", "shape"),
    [
        (
            [
                (DATE_LINE, "Thái Nguyên"),
                ("## NGHỊ QUYẾT\n\nVề kết quả", "## NGHỊ QUYẾT Về kết quả"),
                ("ngày 19 tháng 6 năm 2015;", "ngày 30 tháng 02 năm 2015;"),
            ],
            "ResolutionDateShape",
        ),
        (
            [(ADOPTED, "thông qua và có hiệu lực từ ngày 31 tháng 6 năm 2025")],
            "ResolutionAdoptionDateShape",
        ),
    ],
    ids=["a-basis-dated-30-february", "an-impossible-effective-date"],
)
def test_an_impossible_date_of_something_else_is_no_explanation(
    text_112: str, mutations: list[tuple[str, str]], shape: str
) -> None:
    """The date of a legal basis, or from when the resolution takes effect, is not the
    missing date: the finding does not quote it."""
    text = text_112
    for old, new in mutations:
        text = _replace(old, new)(text)
    findings = validate_graph(_graph(text), lang="en").findings
    (finding,) = [f for f in findings if str(f.source_shape).endswith(shape)]
    assert "no calendar" not in finding.message


# -- several resolutions in one RDF file ----------------------------------------------------------


def test_a_file_with_two_resolutions_is_split(graph_112: Graph, graph_94: Graph) -> None:
    both = Graph()
    both += graph_112
    both += graph_94
    report = validate_graph(both, lang="en")
    assert [s.label for s in report.summaries] == ["94/NQ-HĐND", "112/NQ-HĐND"]  # by IRI
    assert [(f.resolution, f.severity) for f in report.findings] == [("94/NQ-HĐND", "Info")]


# -- renderers ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def broken_report(text_112: str) -> Report:
    text = _replace("57,7%", "50,7%")(_drop_lines("Căn cứ")(text_112))
    return validate_graph(_graph(text), lang="en")


def test_human(broken_report: Report) -> None:
    lines = render(broken_report, "human", "en").splitlines()
    assert lines[0] == "112/NQ-HĐND: does not conform — 1 violation, 1 warning, 0 infos"
    assert lines[1].startswith(f"  {NAME_112}:12  Violation  ")
    assert lines[1].endswith("[eli/vn/thai-nguyen/nq-hdnd/2024/112]")
    assert lines[2].startswith(f"  {NAME_112}:40  Warning  ")  # two lines dropped above
    assert len(lines) == 3


def test_human_in_vietnamese(text_112: str) -> None:
    """With --lang vi (the default) the verdicts and severities are Vietnamese too, not only
    the messages: a clerk reads the whole report in one language."""
    text = _replace("57,7%", "50,7%")(_drop_lines("Căn cứ")(text_112))
    lines = render(validate_graph(_graph(text), lang="vi"), "human", "vi").splitlines()
    assert lines[0] == "112/NQ-HĐND: chưa đạt yêu cầu — 1 vi phạm, 1 cảnh báo, 0 lưu ý"
    assert lines[1].startswith(f"  {NAME_112}:12  Vi phạm  Nghị quyết")
    assert lines[2].startswith(f"  {NAME_112}:40  Cảnh báo  ")


def test_tsv(broken_report: Report) -> None:
    tsv = render(broken_report, "tsv")
    assert render(broken_report, "table") == tsv  # its former name
    rows = [r.split("\t") for r in tsv.splitlines()]
    assert rows[0] == ["severity", "file", "line", "focus", "path", "value", "message"]
    assert [(r[0], r[2], r[4]) for r in rows[1:]] == [
        ("Violation", "12", "eli:based_on"),
        ("Warning", "40", ""),
    ]


def test_json(broken_report: Report) -> None:
    payload = json.loads(render(broken_report, "json"))
    assert payload["conforms"] is False
    assert payload["counts"] == {"Violation": 1, "Warning": 1, "Info": 0}
    assert payload["findings"][0]["source_line"] == 12
    assert payload["findings"][1]["value"].endswith("/indicator/co-cau-kinh-te")
    assert payload["resolutions"][0]["label"] == "112/NQ-HĐND"


def test_turtle_is_the_raw_shacl_report(broken_report: Report) -> None:
    graph = Graph().parse(data=render(broken_report, "turtle"), format="turtle")
    reports = list(graph.subjects(RDF.type, SH.ValidationReport))
    assert len(reports) == 1
    assert len(list(graph.objects(reports[0], SH.result))) == 2
    # what the report is about, as the reports of several resolutions share one graph
    assert graph.value(reports[0], DCTERMS.subject) == URIRef(
        "https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112"
    )
    assert str(graph.value(reports[0], RDFS.label)) == "112/NQ-HĐND"


# -- the command ---------------------------------------------------------------------------------


def test_cli_seeds_conform(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SEED_112), str(SEED_94), "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "112/NQ-HĐND: conforms — 0 violations, 0 warnings, 0 infos"
    assert out[1] == "94/NQ-HĐND: conforms — 0 violations, 0 warnings, 1 info"


def _write(tmp_path: Path, name: str, graph: Graph, fmt: str) -> Path:
    path = tmp_path / name
    graph.serialize(path, format=fmt)
    return path


def test_cli_tells_drafts_of_one_resolution_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two drafts of 112/NQ-HĐND: each verdict names its file and holds its own findings only
    (they used to be listed under both, the headers alike)."""
    draft = tmp_path / "draft.md"
    lines = SEED_112.read_text(encoding="utf-8").splitlines(keepends=True)
    draft.write_text("".join(x for x in lines if not x.startswith("Căn cứ")), encoding="utf-8")
    assert main(["validate", str(draft), str(SEED_112), "--lang", "en"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "112/NQ-HĐND (draft.md): does not conform — 1 violation, 0 warnings, 0 infos"
    assert out[1].startswith("  draft.md:12  Violation  The resolution has no legal basis")
    assert out[2] == (
        f"112/NQ-HĐND ({SEED_112.name}): conforms — 0 violations, 0 warnings, 0 infos"
    )  # (a label no other verdict shares is left alone: test_cli_seeds_conform)
    assert len(out) == 3
    assert main(["validate", str(draft), str(SEED_112), "--format", "json"]) == 1
    labels = [r["label"] for r in json.loads(capsys.readouterr().out)["resolutions"]]
    assert labels == ["112/NQ-HĐND (draft.md)", f"112/NQ-HĐND ({SEED_112.name})"]


def test_a_target_that_lost_its_unit_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "GRDP: 8,5" (the "%" lost in conversion) is read as a bare count: the clerk is warned,
    at the target's line, instead of the draft conforming."""
    text = SEED_112.read_text(encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(text.replace("(GRDP): 8,5%.", "(GRDP): 8,5."), encoding="utf-8")
    assert main(["validate", str(draft), "--lang", "en"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("  draft.md:40  Warning  The target writes no unit")
    assert len(out) == 2


def test_a_basis_dated_after_the_resolution_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A legal basis whose year is mistyped into the future ("năm 2025" for 2015, in a
    resolution of 10 December 2024) is a warning at its line."""
    text = SEED_112.read_text(encoding="utf-8")
    draft = tmp_path / "draft.md"
    wrong = "địa phương ngày 19 tháng 6 năm 2025;"
    draft.write_text(text.replace("địa phương ngày 19 tháng 6 năm 2015;", wrong), encoding="utf-8")
    assert main(["validate", str(draft), "--lang", "en"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith(
        "  draft.md:14  Warning  A document rested on, considered, amended, replaced or repealed "
        "is dated 2025-06-19, after the resolution (2024-12-10)"
    )
    assert len(out) == 2


def test_cli_checks_every_file_of_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unreadable files are one line each on stderr and exit 2, after the report of the files
    that could be read: a folder is not checked only up to its first bad file."""
    for seed in (SEED_94, SEED_112):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "a-empty.md").write_bytes(b"")
    (tmp_path / "b-latin.md").write_bytes("café".encode("latin-1"))
    assert main(["validate", str(tmp_path), "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert [line.split(":")[0] for line in err.splitlines()] == ["nqgraph"] * 2
    assert "a-empty.md: empty file" in err and "b-latin.md:1: not UTF-8" in err
    assert "94/NQ-HĐND: conforms" in out and "112/NQ-HĐND: conforms" in out


def test_cli_exit_codes_for_rdf(
    tmp_path: Path, text_112: str, capsys: pytest.CaptureFixture[str]
) -> None:
    warning = _write(tmp_path, "w.ttl", _graph(_replace("57,7%", "50,7%")(text_112)), "turtle")
    violation = _write(tmp_path, "v.nt", _graph(_drop_lines("Căn cứ")(text_112)), "nt")
    assert main(["validate", str(warning)]) == 1
    assert main(["validate", str(warning), "--allow-warnings"]) == 0
    assert main(["validate", str(violation), "--allow-warnings"]) == 1
    assert main(["validate", str(warning), str(violation), "--format", "json"]) == 1
    capsys.readouterr()


def test_cli_reads_trig_and_jsonld(tmp_path: Path, graph_112: Graph) -> None:
    from rdflib import Dataset

    dataset = Dataset()
    named = dataset.graph(
        URIRef("https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112/graph")
    )
    named += graph_112
    trig = tmp_path / "112.trig"
    dataset.serialize(trig, format="trig")
    jsonld = _write(tmp_path, "112.jsonld", graph_112, "json-ld")
    assert main(["validate", str(trig), str(jsonld), "--format", "table"]) == 0


@pytest.mark.parametrize("fmt", ["json-ld", "trig", "nquads"])
def test_cli_checks_named_graphs_of_every_dataset_format(
    tmp_path: Path, text_112: str, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """A resolution inside a named graph (as `nqgraph export` writes it) is validated in
    JSON-LD as in TriG and N-Quads: its violation is found, not an empty default graph."""
    from rdflib import Dataset

    dataset = Dataset()
    named = dataset.graph(
        URIRef("https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112/graph")
    )
    named += _graph(_drop_lines("Căn cứ")(text_112))
    path = tmp_path / f"v.{ {'json-ld': 'jsonld', 'trig': 'trig', 'nquads': 'nq'}[fmt] }"
    dataset.serialize(path, format=fmt)
    assert main(["validate", str(path), "--lang", "en"]) == 1
    assert capsys.readouterr().out.startswith("112/NQ-HĐND: does not conform — 1 violation")


def test_cli_refuses_a_file_without_a_resolution(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing to check is not a pass: an RDF file with no nq:Resolution exits 2."""
    path = tmp_path / "void.ttl"
    path.write_text("<http://ex/d> a <http://rdfs.org/ns/void#Dataset> .\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    reason = "no resolution to validate (nothing in it is an nq:Resolution)"
    assert err == f"nqgraph: error: {path}: {reason}\n"


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("broken.ttl", "@prefix ex: <http://ex/> .\n\nex:a ex:b ex:c .\nex:a ex:b ;; .\n", 4),
        (
            "broken.nt",
            "<http://ex/a> <http://ex/b> <http://ex/c> .\n<http://ex/a> <http://ex/b> .\n",
            2,
        ),
        ("broken.jsonld", '{"@id": "http://ex/a",\n "http://ex/b": [1,\n', 3),
    ],
)
def test_cli_broken_rdf_exits_2_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, line: int
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"nqgraph: error: {path}:{line}: not valid "), err


@pytest.mark.parametrize("name", ["missing.ttl", "resolution.pdf"])
def test_cli_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(b"%PDF-1.4")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err, err


def test_namesakes_from_two_provinces_keep_their_own_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """112/NQ-HĐND of Thái Nguyên and 112/NQ-HĐND of Hà Nội in one run: each summary lists
    only its own findings (they are told apart by IRI, not by number)."""
    import re

    from nqgraph import cli

    text = SEED_112.read_text(encoding="utf-8")
    (tmp_path / "a-thai-nguyen.md").write_text(text, encoding="utf-8")
    hanoi = text.replace("TỈNH THÁI NGUYÊN KHÓA XIV", "THÀNH PHỐ HÀ NỘI KHÓA XIV")
    hanoi = re.sub(r"Căn cứ [^\n]*\n", "", hanoi)  # no legal basis: a violation
    (tmp_path / "b-ha-noi.md").write_text(hanoi, encoding="utf-8")
    code = cli.main(["validate", str(tmp_path), "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 1
    blocks = re.split(r"\n(?=\S)", out.strip())
    assert len(blocks) == 2
    thai, hanoi_block = sorted(blocks, key=lambda b: "ha-noi" in b)
    # the same label twice: each names its file
    assert thai.startswith("112/NQ-HĐND (a-thai-nguyen.md): conforms") and "\n" not in thai
    assert hanoi_block.startswith("112/NQ-HĐND (b-ha-noi.md): does not conform")
    assert "eli/vn/ha-noi/nq-hdnd/2024/112" in hanoi_block


def test_cli_ill_typed_literal_and_odd_names_print_one_clean_line(tmp_path: Path) -> None:
    """An ill-typed date is a finding, not a traceback rdflib logs (run as a user runs it: the
    test runner would capture the log); a control character in a file name reaches the
    terminal escaped."""
    import subprocess
    import sys

    seed = SEED_TURTLE / "resolutions" / "thai-nguyen-nq-hdnd-2024-112.ttl"
    ill = tmp_path / "ill.ttl"
    ill.write_text(
        seed.read_text(encoding="utf-8")
        + "\n<https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2024/112> "
        "<http://data.europa.eu/eli/ontology#date_document> "
        '"2024-13-45"^^<http://www.w3.org/2001/XMLSchema#date> .\n',
        encoding="utf-8",
    )
    odd = tmp_path / "odd\x1b[31mname.ttl"
    for path, stderr in [
        (ill, ""),
        (odd, f"nqgraph: error: {tmp_path}/odd\\x1b[31mname.ttl: no such file\n"),
    ]:
        done = subprocess.run(
            [sys.executable, "-m", "nqgraph.cli", "validate", str(path), "--lang", "en"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.stderr == stderr
        assert done.returncode == (1 if path == ill else 2)


def test_a_finding_about_written_text_quotes_it(text_112: str) -> None:
    """A finding about a value the text wrote (an identifier out of pattern) quotes that value,
    so a clerk finds it on the line; one about a node (a missing article) does not."""
    text = _replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương",
        "Căn cứ Nghị quyết số 1206/2016/NQUBTVQH13; Luật Tổ chức chính quyền địa phương",
    )(text_112)
    report = validate_graph(_graph(text), lang="en")
    (finding,) = [f for f in report.findings if f.path == "eli:id_local"]
    assert finding.said() == f"{finding.message} (\u201c1206/2016/NQUBTVQH13\u201d)"
    assert "(\u201c1206/2016/NQUBTVQH13\u201d)  [" in render(report, "human", "en")
    for node in ("https://w3id.org/nqgraph/eli/vn/tw/nq/2016/1206", "n9f18e2eaf00e"):  # IRI, bnode
        assert dataclasses.replace(finding, value=node, value_is_text=False).said() == (
            finding.message
        )


def test_a_finding_about_a_blank_node_does_not_quote_its_label() -> None:
    """A blank node's label (terms.text drops its "_:") is no text the resolution wrote."""
    ttl = (SEED_TURTLE / "resolutions" / "thai-nguyen-nq-hdnd-2023-94.ttl").read_text(
        encoding="utf-8"
    )
    graph = Graph().parse(data=ttl, format="turtle")
    res = URIRef("https://w3id.org/nqgraph/eli/vn/thai-nguyen/nq-hdnd/2023/94")
    graph.add((res, URIRef("http://data.europa.eu/eli/ontology#type_document"), BNode()))
    findings = validate_graph(graph, lang="en").findings
    (blank,) = [f for f in findings if f.path == "eli:type_document" and f.value is not None]
    assert not blank.value_is_text
    assert blank.said() == blank.message
