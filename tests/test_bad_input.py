"""Bad input gets a one-line error naming the file (and line), exit code 2, no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nqgraph import cli, reader
from tests.test_reader import SEED_94, SEED_112

SEED_TEXT = SEED_112.read_text(encoding="utf-8")


def run_parse(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["parse", *args])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


CASES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "empty file"),
    "whitespace": (b"  \n\n\t\n", "empty file"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "windows-1258": (SEED_TEXT.encode("cp1258", errors="replace"), "not UTF-8"),
    "latin-1": ("Résolution café".encode("latin-1"), "not UTF-8"),
    "truncated-utf8": (
        SEED_TEXT.encode("utf-8")[:41] + b"\xe1\xbb",
        "middle of a character: truncated?",
    ),
    "not-a-resolution": (
        "Báo cáo tình hình thời tiết\n\nHôm nay trời nắng, nhiệt độ 30 độ.\n".encode(),
        "not a resolution",
    ),
    "header-only": ("\n".join(SEED_TEXT.splitlines()[:12]).encode(), "truncated resolution"),
    # a converter's preamble before the header does not hide it
    "header-after-preamble": (
        ("Nguồn: bản chuyển đổi từ PDF\n\n" * 10 + "\n".join(SEED_TEXT.splitlines()[:12])).encode(),
        "truncated resolution",
    ),
    # words of a header deep inside another kind of text do not make it a resolution
    "prose-naming-a-session": (
        (
            "Bản tin\n\n"
            + "Tin tức trong tuần.\n\n" * 40
            + "Tại kỳ họp thứ hai mươi ba, các đại biểu đã thảo luận.\n"
        ).encode(),
        "not a resolution",
    ),
    "readme": ((Path(__file__).parents[1] / "README.md").read_bytes(), "not a resolution"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, expected = CASES[case]
    path = write(tmp_path, f"{case}.md", data)
    code, out, err = run_parse(capsys, str(path))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in err


def test_line_number_of_bad_byte(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = b"CONG HOA\nSo: 1/NQ-HDND\nthird line \xff here\n"
    path = write(tmp_path, "bad.md", data)
    code, _, err = run_parse(capsys, str(path))
    assert code == 2
    assert f"{path}:3:" in err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_parse(capsys, str(tmp_path / "nope.md"))
    assert code == 2 and "nope.md" in err and len(err.strip().splitlines()) == 1


def test_empty_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_parse(capsys, str(tmp_path))
    assert code == 2 and str(tmp_path) in err and "no resolution texts" in err


def test_directory_yields_regular_files_only(tmp_path: Path) -> None:
    """A named pipe called *.md would block the build forever, a directory called *.md fail
    it: a directory of sources gives its regular files only."""
    (tmp_path / "a.md").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "notes.md").mkdir()
    os.mkfifo(tmp_path / "pipe.md")
    assert reader.source_files([tmp_path]) == [tmp_path / "a.md"]


def test_partial_resolution_reads_as_far_as_it_goes(tmp_path: Path) -> None:
    text = SEED_94.read_text(encoding="utf-8")
    cut = text[: text.index("## II. Nhiệm vụ")]  # everything up to the tasks: no Điều 3, no signer
    path = tmp_path / "partial.md"
    path.write_text(cut, encoding="utf-8")
    res = reader.read_path(path)
    assert res.symbol == "94/NQ-HĐND"
    assert len(res.targets) == 26
    assert res.assignments == []
    assert {"adoption statement", "signer", "recipients (Nơi nhận)"} <= set(res.missing)


def test_parse_json_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code, out, _ = run_parse(capsys, str(SEED_112), "--format", "json")
    assert code == 0
    (data,) = json.loads(out)
    assert data["symbol"] == "112/NQ-HĐND"
    assert data["targets"][0]["value"] == "8.5"
    assert data["targets"][0]["span"]["quote"].startswith("Tốc độ tăng trưởng kinh tế (GRDP)")
    code, out, _ = run_parse(capsys, str(SEED_112))
    assert code == 0 and "112/NQ-HĐND" in out and "targets (25)" in out
