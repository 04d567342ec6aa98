"""`resolve`: a decision written into claims/resolutions.yaml as text, atomically, keeping the
file's comments and layout; refused with a clear message when it cannot stand."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from checker import yamlio
from checker.corpus.resolutions_edit import quoted

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
GOLDEN = Path(__file__).parent / "golden"
BUDGET = "the-salt-orchard-budget-bf955c77"
RUNTIME = "the-salt-orchard-runtime-83031b8a"
GOLDEN_RESOLUTIONS = (GOLDEN / "corpus" / "claims" / "resolutions.yaml").read_text(
    encoding="utf-8")


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    shutil.copytree(GOLDEN / "corpus", tmp_path, dirs_exist_ok=True)
    return tmp_path / "claims" / "resolutions.yaml"


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_entry_is_appended_keeping_the_file(run: RunCli, golden: Path) -> None:
    assert run("resolve", BUDGET, "--keep", "$2,500,000", "--reason",
               "the production notes give $2.5 million", "--by", "Dana Reyes",
               "--decided", "2024-01-02") == Run(
        0, f"claims/resolutions.yaml:14: resolved {BUDGET}: keep $2,500,000\n", "")
    assert golden.read_text(encoding="utf-8") == GOLDEN_RESOLUTIONS + f"""
  {BUDGET}:
    keep: "$2,500,000"
    reason: "the production notes give $2.5 million"
    values: ["$2,500,000", "$4,000,000"]
    decided: "2024-01-02"
    by: "Dana Reyes"
"""
    assert _files(golden.parent) == ["cinema-weekly-interview.yaml", "entities.yaml",
                                     "harbor-gazette-review.yaml", "resolutions.yaml"]
    report = run("check", "--width", "100")
    assert f"error (resolved)  The Salt Orchard · budget  {BUDGET}" in report.stdout
    assert report.stdout.endswith("FAIL: 1 problem in the input files.\n")  # the misquote


@pytest.mark.parametrize("reason", [
    'notes: "$2.5 million" # not a comment',
    "it's 'quoted' and \\ back\\slashed",
    "Zoë’s «notes» — ünïcode, 日本語 and 😀",
    "a line\u2028separator, a \x85next line and a \ttab",
    "- starts like a list item, and: looks like a key",
    "yes",
])
def test_text_reads_back_as_given(run: RunCli, golden: Path, reason: str) -> None:
    assert run("resolve", RUNTIME, "--accept-all", "--reason", reason).code == 0
    report = run("check", "--format", "json")
    [runtime] = [c for c in json.loads(report.stdout)["conflicts"]
                 if c["id"] == RUNTIME]
    assert runtime["resolution"]["reason"] == " ".join(reason.split())
    assert runtime["resolution"]["accept_all"] is True


def test_a_long_reason_is_wrapped(run: RunCli, golden: Path) -> None:
    reason = ("The review is the only source for 96 minutes, and only in a reader comment; the "
              "distributor's press kit and the festival catalogue both give 104 minutes.")
    assert run("resolve", RUNTIME, "--keep", "104 MINUTES", "--reason", reason).code == 0
    assert golden.read_text(encoding="utf-8").endswith(f"""
  {RUNTIME}:
    keep: "104 minutes"
    reason: "The review is the only source for 96 minutes, and only in a reader comment; the
      distributor's press kit and the festival catalogue both give 104 minutes."
    values: ["104 minutes", "96 minutes"]
""")


def test_a_missing_file_is_created_with_its_schema_line(run: RunCli, golden: Path) -> None:
    golden.unlink()
    assert run("resolve", BUDGET, "--keep", "$4,000,000", "--keep", "$2,500,000",
               "--reason", "both") == Run(
        0, f"claims/resolutions.yaml:6: resolved {BUDGET}: keep $4,000,000, $2,500,000\n", "")
    assert golden.read_text(encoding="utf-8") == f"""\
# yaml-language-server: $schema=../schema/resolutions.schema.json
# Decisions on the conflicts the check reports, by conflict id. A resolved conflict still
# appears in the report, marked resolved; it no longer fails the check. If its competing
# values change, its id changes and this entry is reported as stale.
resolutions:
  {BUDGET}:
    keep: ["$4,000,000", "$2,500,000"]
    reason: "both"
    values: ["$2,500,000", "$4,000,000"]
"""


@pytest.mark.parametrize(("before", "after"), [
    ("# nothing decided yet\n", "# nothing decided yet\nresolutions:\n  ENTRY"),
    ("resolutions:\n", "resolutions:\n  ENTRY"),
    ("resolutions: {}  # none yet\n", "resolutions:  # none yet\n  ENTRY"),
    ("resolutions:\n    x-year-0123abcd:\n        accept_all: true\n        reason: r\n"
     "# trailing note\n",
     "resolutions:\n    x-year-0123abcd:\n        accept_all: true\n        reason: r\n\n"
     "    ENTRY# trailing note\n"),
])
def test_the_layouts_a_file_may_have(run: RunCli, golden: Path, before: str,
                                     after: str) -> None:
    golden.write_text(before, encoding="utf-8")
    assert run("resolve", BUDGET, "--accept-all", "--reason", "r").code == 0
    indent = "    " if "        " in before else "  "
    entry = (f"{BUDGET}:\n{indent}  accept_all: true\n{indent}  reason: \"r\"\n"
             f"{indent}  values: [\"$2,500,000\", \"$4,000,000\"]\n")
    assert golden.read_text(encoding="utf-8") == after.replace("ENTRY", entry)


def test_line_endings_and_byte_order_mark_are_kept(run: RunCli, golden: Path) -> None:
    golden.write_bytes(b"\xef\xbb\xbf# notes\r\nresolutions:\r\n")
    assert run("resolve", BUDGET, "--accept-all", "--reason", "r").code == 0
    assert golden.read_bytes() == (
        b"\xef\xbb\xbf# notes\r\nresolutions:\r\n  " + BUDGET.encode() + b":\r\n"
        b"    accept_all: true\r\n    reason: \"r\"\r\n"
        b"    values: [\"$2,500,000\", \"$4,000,000\"]\r\n")


def test_replace_swaps_only_that_entry(run: RunCli, golden: Path) -> None:
    year = "the-salt-orchard-year-bc6cc406"
    assert run("resolve", year, "--keep", "2022", "--reason", "again") == Run(
        2, "", f"source-checker: error: claims/resolutions.yaml:2:3: {year} is already "
        "resolved; give --replace to replace that decision\n")
    assert golden.read_text(encoding="utf-8") == GOLDEN_RESOLUTIONS
    assert run("resolve", year, "--keep", "2023", "--reason", "the release", "--replace") == Run(
        0, f"claims/resolutions.yaml:2: replaced the decision on {year}: keep 2023\n", "")
    assert golden.read_text(encoding="utf-8") == GOLDEN_RESOLUTIONS.replace("""\
    keep: "2022"
    reason: the film premiered at the Lake Film Festival in September 2022; 2023 is the year
      of its theatrical release
    decided: 2023-06-01
    by: Dana Reyes
""", """\
    keep: "2023"
    reason: "the release"
    values: ["2022", "2023"]
""")


def test_an_unknown_conflict_id(run: RunCli, golden: Path) -> None:
    assert run("resolve", BUDGET[:-1], "--accept-all", "--reason", "r") == Run(
        2, "", f"source-checker: error: no conflict has the id {BUDGET[:-1]!r}; did you mean "
        f"{BUDGET}?\n")
    assert run("resolve", "nothing-like-it-00000000", "--accept-all", "--reason", "r") == Run(
        2, "", "source-checker: error: no conflict has the id 'nothing-like-it-00000000'; "
        "`source-checker check` prints the ids of the 4 conflicts it finds\n")
    assert run("resolve", "the-salt-orchard-budget-5d1c9e0a", "--accept-all",
               "--reason", "r").stderr.startswith(
        "source-checker: error: no conflict has the id 'the-salt-orchard-budget-5d1c9e0a' any "
        "more: a conflict on the same subject and property now stands between $2,500,000 and "
        f"$4,000,000: {BUDGET}")
    assert golden.read_text(encoding="utf-8") == GOLDEN_RESOLUTIONS


def test_a_value_that_is_not_competing(run: RunCli, golden: Path) -> None:
    assert run("resolve", BUDGET, "--keep", "$3,000,000", "--reason", "r") == Run(
        2, "", f"source-checker: error: --keep '$3,000,000' is not one of the competing values "
        f"of {BUDGET}: '$2,500,000', '$4,000,000'\n")


@pytest.mark.parametrize(("arguments", "message"), [
    (["--accept-all", "--reason", " "], "--reason: string should have at least 1 character"),
    (["--accept-all", "--reason", "r", "--decided", "2024-13"],
     "--decided: '2024-13' is not a date of the calendar"),
])
def test_bad_fields(run: RunCli, golden: Path, arguments: list[str], message: str) -> None:
    assert run("resolve", BUDGET, *arguments) == Run(2, "", f"source-checker: error: {message}\n")
    assert golden.read_text(encoding="utf-8") == GOLDEN_RESOLUTIONS


def test_one_verdict_is_required(run: RunCli, golden: Path) -> None:
    result = run("resolve", BUDGET, "--keep", "$2,500,000", "--accept-all", "--reason", "r")
    assert (result.code, result.stderr.splitlines()[0]) == (
        2, "source-checker resolve: error: argument --accept-all: not allowed with argument "
        "--keep")


def test_a_broken_file_is_not_touched(run: RunCli, golden: Path) -> None:
    golden.write_text("resolutions:\n  a-year-0123abcd: {keep: 2021\n", encoding="utf-8")
    result = run("resolve", BUDGET, "--accept-all", "--reason", "r")
    assert result == Run(1, "", "source-checker: error: claims/resolutions.yaml:2:20: invalid "
                         "YAML: '{' is not closed: expected ',' or '}' before line 3, column 1; "
                         "fix the file first\n")
    assert golden.read_text(encoding="utf-8") == "resolutions:\n  a-year-0123abcd: {keep: 2021\n"


def test_a_flow_mapping_is_refused(run: RunCli, golden: Path) -> None:
    golden.write_text("resolutions: {a-year-0123abcd: {accept_all: true, reason: r}}\n",
                      encoding="utf-8")
    assert run("resolve", BUDGET, "--accept-all", "--reason", "r") == Run(
        1, "", "source-checker: error: claims/resolutions.yaml:1:1: resolutions: should be a "
        "block mapping, one decision per line ('  ID:' then its keys), for resolve to add to "
        "it; rewrite it so or add the entry by hand\n")


def test_a_stale_entry_says_what_changed(run: RunCli, golden: Path) -> None:
    assert run("resolve", BUDGET, "--keep", "$2,500,000", "--reason", "notes").code == 0
    review = golden.parent / "cinema-weekly-interview.yaml"
    review.write_text(review.read_text(encoding="utf-8").replace(
        "amount: 4000000", "amount: 4500000").replace("$4 million", "$4.5 million"),
        encoding="utf-8")
    source = golden.parent.parent / "sources" / "cinema-weekly-interview.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("$4 million", "$4.5 million"),
                      encoding="utf-8")
    stale = [line for line in run("check", "--width", "400").stdout.splitlines()
             if BUDGET in line and "matches no conflict" in line]
    assert stale == [
        f"  claims/resolutions.yaml:14:3: {BUDGET} matches no conflict; a conflict on the same "
        "subject and property now stands between $2,500,000 and $4,500,000 ($4,500,000 came "
        "in; $4,000,000 went out): the-salt-orchard-budget-5ab56112; if the decision still "
        "holds, move it to that id"]


@pytest.mark.parametrize("text", [
    "a: b", "x #y", "'single' \"double\"", "back\\slash", "line\u2028separator",
    "para\u2029graph", "\x85next line", "tab\there", "delete\x7f", "bell\x07", "😀 and 日本語",
    "\ufeffmark", "%YAML", "!tag", "&anchor *alias", "null", "~", "0x1F", "2024-01-02",
])
def test_quoted_scalars_read_back_exactly(text: str) -> None:
    written = quoted(text)
    assert yamlio.load(f"key: {written}\n").data == {"key": text}
    assert "\n" not in written
