"""The command line's contract: exact exit code, standard output and standard error.

The golden reports in ``tests/golden/expected`` are compared byte for byte; to regenerate them
after a deliberate change, run ``UPDATE_GOLDEN=1 pytest tests/test_cli.py -k golden`` and read
the diff (see ``tests/golden/README.md``).
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import AGREEING, Run

from checker import __version__
from checker.schema import SCHEMAS, schema_text

GOLDEN = Path(__file__).parent / "golden"
HELP = "Try 'source-checker --help' for more information.\n"
CHECK_HELP = "Try 'source-checker check --help' for more information.\n"
CLEAN_REPORT = (
    "Checked 2 sources and 2 claims: no conflicts.\n\n"
    "PASS: all claims valid; no unresolved error-level conflict.\n"
)
RunCli = Callable[..., Run]


def _files(folder: Path) -> list[str]:
    """Every file and folder under ``folder`` but the check's cache, which it keeps there."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if ".checker-cache" not in p.relative_to(folder).parts)


@pytest.mark.parametrize(("fmt", "expected"), [
    ("terminal", "report.txt"), ("markdown", "report.md"), ("json", "report.json"),
])
def test_golden_report(run: RunCli, tmp_path: Path, fmt: str, expected: str) -> None:
    shutil.copytree(GOLDEN / "corpus", tmp_path, dirs_exist_ok=True)
    result = run("check", "--format", fmt, "--width", "100", "--color", "never")
    golden = GOLDEN / "expected" / expected
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(result.stdout, encoding="utf-8")
    assert (result.code, result.stdout, result.stderr) == \
        (1, golden.read_text(encoding="utf-8"), "")


def test_clean_corpus_passes(run: RunCli, corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus(AGREEING)
    assert run("check", "--color", "never") == Run(0, CLEAN_REPORT, "")


def test_version(run: RunCli) -> None:
    assert run("--version") == Run(0, f"source-checker {__version__}\n", "")


def test_no_command(run: RunCli) -> None:
    assert run() == Run(
        2, "", "source-checker: error: the following arguments are required: COMMAND\n" + HELP)


def test_unknown_command(run: RunCli) -> None:
    assert run("frobnicate", "--sources", "x") == Run(
        2, "", "source-checker: error: unknown command 'frobnicate'; choose from check, schema, "
        "resolve, explain, extract\n" + HELP)


def test_unknown_format(run: RunCli, corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus(AGREEING)
    assert run("check", "--format", "xml") == Run(
        2, "", "source-checker check: error: argument --format: unknown format 'xml'; choose "
        "from github, gitlab, html, json, markdown, sarif, terminal\n" + CHECK_HELP)


def test_unknown_color(run: RunCli) -> None:
    assert run("check", "--color", "pink") == Run(
        2, "", "source-checker check: error: argument --color: unknown colour choice 'pink'; "
        "choose from auto, always, never\n" + CHECK_HELP)


@pytest.mark.parametrize("width", ["12", "wide", "-80"])
def test_bad_width(run: RunCli, width: str) -> None:
    assert run("check", f"--width={width}") == Run(
        2, "", "source-checker check: error: argument --width: expected a number of columns, "
        f"at least 20, not {width!r}\n" + CHECK_HELP)


def test_unknown_option(run: RunCli) -> None:
    assert run("check", "--colour", "never") == Run(
        2, "", "source-checker: error: unrecognized arguments: --colour never\n" + HELP)


def test_missing_sources_folder(run: RunCli, tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    assert run("check", "--output", "report.txt") == Run(
        2, "", "source-checker: error: sources folder not found: sources\n")
    assert not (tmp_path / "report.txt").exists()


def test_missing_claims_folder(run: RunCli, tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    assert run("check", "--sources", "articles", "--claims", "notes/claims") == Run(
        2, "", "source-checker: error: claims folder not found: notes/claims\n")


def test_sources_folder_is_a_file(run: RunCli, tmp_path: Path) -> None:
    (tmp_path / "sources").write_text("not a folder\n", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    assert run("check") == Run(
        2, "", "source-checker: error: sources folder expected, but sources is a file\n")


def test_output_is_written_atomically(run: RunCli, tmp_path: Path,
                                      corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus(AGREEING)
    report = tmp_path / "out" / "report.txt"
    report.parent.mkdir()
    report.write_text("an older, longer report that must not show through\n" * 40,
                      encoding="utf-8")
    report.chmod(0o640)
    assert run("check", "--output", "out/report.txt", "--color", "always") == \
        Run(0, "wrote out/report.txt\n", "")
    assert report.read_text(encoding="utf-8") == CLEAN_REPORT.replace(
        "PASS", "\033[1;32mPASS\033[0m")  # --color always colours a file too
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert _files(report.parent) == ["report.txt"]  # no temporary file left behind


def test_output_under_a_file(run: RunCli, tmp_path: Path,
                             corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus(AGREEING)
    (tmp_path / "notes.txt").write_text("keep me\n", encoding="utf-8")
    before = _files(tmp_path)
    assert run("check", "--output", "notes.txt/report.md") == Run(
        2, "", "source-checker: error: cannot write notes.txt/report.md: notes.txt is a file, "
        "not a folder\n")
    assert _files(tmp_path) == before
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me\n"


def test_output_onto_a_folder(run: RunCli, tmp_path: Path,
                              corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus(AGREEING)
    (tmp_path / "reports").mkdir()
    before = _files(tmp_path)
    assert run("check", "--output", "reports") == Run(
        2, "", "source-checker: error: cannot write reports: it is a folder\n")
    assert _files(tmp_path) == before  # the temporary file was removed


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions, which root ignores")
def test_output_into_a_read_only_folder(run: RunCli, tmp_path: Path,
                                        corpus: Callable[[dict[str, str]], Path]) -> None:
    corpus(AGREEING)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert run("check", "--output", "locked/report.txt") == Run(
            2, "", "source-checker: error: cannot write locked/report.txt: permission denied\n")
        assert _files(locked) == []
    finally:
        locked.chmod(0o755)


def test_schema_output(run: RunCli, tmp_path: Path) -> None:
    assert run("schema", "--output", "out/schemas") == Run(
        0, "".join(f"wrote out/schemas/{name}\n" for name in SCHEMAS), "")
    for name, model in SCHEMAS.items():
        assert (tmp_path / "out" / "schemas" / name).read_text(encoding="utf-8") == \
            schema_text(model)
    assert _files(tmp_path / "out" / "schemas") == sorted(SCHEMAS)


def test_schema_output_under_a_file(run: RunCli, tmp_path: Path) -> None:
    (tmp_path / "schema").write_text("", encoding="utf-8")
    assert run("schema") == Run(
        2, "", "source-checker: error: cannot write schema/claims.schema.json: schema is a "
        "file, not a folder\n")
