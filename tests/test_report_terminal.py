"""The terminal report, pinned by exact text: columns, stacking, wrapping, colour."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from checker.cli import main

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
ANSI = re.compile(r"\033\[[0-9;]*m")
URL = "https://example.com/films/dry-season/production-notes/budget-breakdown-final.pdf"
BUDGETS = {
    "sources/a.txt": "Dry Season cost $2 million to make, according to its producer.\n",
    "sources/b.txt": f"The $3 million budget, itemised at {URL}, went on the boat.\n",
    "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
    "claims/a.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "cost $2 million"}
        """,
    "claims/b.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: draft,
             value: {kind: money, amount: 3000000, currency: USD},
             quote: "The $3 million budget"}
        """,
}
HEADER = """\
Checked 2 sources and 2 claims: 1 conflict (1 error, 0 warnings, 0 info), 0 resolved.

Errors (1)

error  Dry Season · budget  dry-season-budget-5a28a1a2
  sources give different budget figures that no hedge in the quotes reconciles

"""
FOOTER = "\nFAIL: 1 unresolved error-level conflict.\n"


def test_values_side_by_side(run: RunCli, corpus: Corpus) -> None:
    corpus(BUDGETS)
    assert run("check", "--width", "90", "--color", "never") == Run(1, HEADER + """\
  $2,000,000                                 │ $3,000,000
  ──────────                                 │ ──────────
  a 1:12                                     │ b 1:1
  “Dry Season «cost $2 million» to make,     │ “«The $3 million budget», itemised at
  according to its producer.”                │ https://example.com/films/dry-season/produ
  claims/a.yaml:2                            │ ction-notes/budget-breakdown-final.pdf,
                                             │ went on the boat.”
                                             │ claims/b.yaml:2 (draft)
""" + FOOTER, "")


def test_narrow_width_stacks_values_and_breaks_long_words(run: RunCli, corpus: Corpus) -> None:
    corpus(BUDGETS)
    result = run("check", "--width", "44", "--color", "never")
    assert result == Run(1, """\
Checked 2 sources and 2 claims: 1 conflict
(1 error, 0 warnings, 0 info), 0 resolved.

Errors (1)

error  Dry Season · budget
  dry-season-budget-5a28a1a2
  sources give different budget figures that
  no hedge in the quotes reconciles

  $2,000,000
  ──────────
  a 1:12
  “Dry Season «cost $2 million» to make,
  according to its producer.”
  claims/a.yaml:2

  $3,000,000
  ──────────
  b 1:1
  “«The $3 million budget», itemised at
  https://example.com/films/dry-season/produ
  ction-notes/budget-breakdown-final.pdf,
  went on the boat.”
  claims/b.yaml:2 (draft)
""" + FOOTER, "")
    assert max(len(line) for line in result.stdout.splitlines()) <= 44


def test_several_values_are_balanced_over_rows(run: RunCli, corpus: Corpus) -> None:
    files = {"claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n"}
    for number, amount in enumerate((1, 2, 3, 4), start=1):
        files[f"sources/s{number}.txt"] = f"Dry Season cost ${amount} million.\n"
        files[f"claims/s{number}.yaml"] = f"""\
            claims:
              - {{id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {{kind: money, amount: {amount}000000, currency: USD}},
                 quote: "${amount} million"}}
            """
    corpus(files)
    stdout = run("check", "--width", "100", "--color", "never").stdout
    block = stdout[stdout.index("  $1,000,000"): stdout.index("\nFAIL")]
    assert block == """\
  $1,000,000                                      │ $2,000,000
  ──────────                                      │ ──────────
  s1 1:17                                         │ s2 1:17
  “Dry Season cost «$1 million».”                 │ “Dry Season cost «$2 million».”
  claims/s1.yaml:2                                │ claims/s2.yaml:2

  $3,000,000                                      │ $4,000,000
  ──────────                                      │ ──────────
  s3 1:17                                         │ s4 1:17
  “Dry Season cost «$3 million».”                 │ “Dry Season cost «$4 million».”
  claims/s3.yaml:2                                │ claims/s4.yaml:2
"""


def test_canonical_name_without_claims(run: RunCli, corpus: Corpus) -> None:
    corpus({
        "sources/a.txt": "Everyone on set called her Dee.\n",
        "claims/entities.yaml": "entities:\n  - {name: Dana Reyes, kind: person}\n",
        "claims/a.yaml": """\
            claims:
              - {id: nickname, subject: Dana Reyes, property: name, status: reviewed,
                 value: {kind: name, name: Dee}, quote: "called her Dee"}
            """,
    })
    assert run("check", "--width", "80", "--color", "never") == Run(0, """\
Checked 1 source and 1 claim: 1 conflict (0 errors, 1 warning, 0 info), 0
resolved.

Warnings (1)

warning  Dana Reyes · name  dana-reyes-name-9f3f42bf
  a source calls Dana Reyes 'Dee', which is neither a declared alias nor close
  to one

  Dee                                   │ Dana Reyes
  ────                                  │ ──────────
  a 1:17                                │ (canonical name in entities.yaml)
  “Everyone on set «called her Dee».”   │
  claims/a.yaml:2                       │

PASS: all claims valid; no unresolved error-level conflict.
""", "")


def test_colour_only_changes_the_colour(run: RunCli, corpus: Corpus) -> None:
    corpus(BUDGETS)
    plain = run("check", "--width", "90", "--color", "never")
    coloured = run("check", "--width", "90", "--color", "always")
    assert "\033[1;31merror\033[0m" in coloured.stdout
    assert "«\033[1mcost $2 million\033[22m»" in coloured.stdout
    assert ANSI.sub("", coloured.stdout) == plain.stdout  # same layout, same widths


def test_colour_auto_is_off_when_not_a_terminal(run: RunCli, corpus: Corpus) -> None:
    corpus(BUDGETS)
    assert "\033[" not in run("check", "--color", "auto").stdout


def _on_a_terminal(*argv: str) -> str:
    """Run the CLI with standard output on a real pseudo-terminal; return what it showed.
    The report is small: it fits the terminal's buffer, so it can be read afterwards."""
    parent, child = os.openpty()
    with open(child, "w", encoding="utf-8") as screen:  # noqa: PTH123 (a descriptor, not a path)
        main(list(argv), stdout=screen)
    shown = []
    while True:
        try:
            chunk = os.read(parent, 65536)
        except OSError:  # Linux: EIO once the terminal side is closed and drained
            break
        if not chunk:
            break
        shown.append(chunk)
    os.close(parent)
    return b"".join(shown).decode()


@pytest.mark.skipif(sys.platform != "linux", reason="relies on Linux pseudo-terminal EOF")
def test_colour_auto_on_a_terminal(corpus: Corpus, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(BUDGETS)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert "\033[1;31merror" in _on_a_terminal("check", "--width", "90")
    monkeypatch.setenv("NO_COLOR", "1")
    shown = _on_a_terminal("check", "--width", "90")
    assert "error  Dry Season" in shown
    assert "\033[" not in shown
