"""The Markdown report: valid GitHub-flavoured Markdown whatever the articles contain."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from checker.report.markdown import code, escape

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
GOLDEN = Path(__file__).parent / "golden" / "expected" / "report.md"
HOSTILE = {
    "sources/a.txt": 'Budget | notes: <script>alert("x")</script> Dry Season cost *$2 million* '
                     "to make_it [see](http://x) `now`.\n",
    "sources/a.meta.yaml": 'title: "A | B <img src=x onerror=alert(1)>"\n',
    "sources/b.txt": "The $3 million budget of Dry Season went on the boat.\n",
    "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
    "claims/a.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "cost *$2 million*"}
        """,
    "claims/b.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 3000000, currency: USD},
             quote: "The $3 million budget"}
        """,
}
# the only HTML the report writes itself
ALLOWED_TAGS = {"<br>", "<b>", "</b>", "<sub>", "</sub>"}
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _tables(text: str) -> list[list[str]]:
    tables: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.startswith("|"):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    return [table for table in tables if table]


def assert_valid_gfm(text: str) -> None:
    """Every table row has as many cells as its header, and no HTML but the report's own."""
    assert set(re.findall(r"<[^>]*>", text)) <= ALLOWED_TAGS
    for table in _tables(text):
        cells = len(UNESCAPED_PIPE.findall(table[0]))
        assert table[1] == "|" + " --- |" * (cells - 1)
        assert [len(UNESCAPED_PIPE.findall(row)) for row in table] == [cells] * len(table)
    assert "\n\n\n" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize(("text", "escaped"), [
    ("a | b", "a \\| b"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("AT&T", "AT&amp;T"),
    ("*$2 million* and _so_ on", "\\*\\$2 million\\* and \\_so\\_ on"),
    ("[link](http://example.com) `code` ~gone~", "\\[link\\](http://example.com) \\`code\\` "
                                                  "\\~gone\\~"),
    ("C:\\films\\", "C:\\\\films\\\\"),
    ("two\nlines\t and  spaces ", "two lines and spaces "),
])
def test_escape(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_code_with_a_backtick() -> None:
    assert code("claims/a.yaml:2:3") == "`claims/a.yaml:2:3`"
    assert code("odd`name.yaml") == "`` odd`name.yaml ``"


def test_article_text_cannot_break_the_table_or_inject_html(run: RunCli, corpus: Corpus) -> None:
    corpus(HOSTILE)
    result = run("check", "--format", "markdown")
    assert result == Run(1, """\
# Source consistency report

**❌ FAIL**: 1 unresolved error-level conflict.

Checked 2 sources and 2 claims: 1 conflict (1 error, 0 warnings, 0 info), 0 resolved.

## Errors (1)

### Dry Season · budget

**error** (money) `dry-season-budget-5a28a1a2`: sources give different budget figures that no \
hedge in the quotes reconciles

| \\$2,000,000 | \\$3,000,000 |
| --- | --- |
| **A \\| B &lt;img src=x onerror=alert(1)&gt;** (`a` 1:56)<br>“Budget \\| notes: \
&lt;script&gt;alert("x")&lt;/script&gt; Dry Season <b>cost \\*\\$2 million\\*</b> to make\\_it \
\\[see\\](http://x) \\`now\\`.”<br><sub>claims/a.yaml:2</sub> | **b** (`b` 1:1)<br>“<b>The \
\\$3 million budget</b> of Dry Season went on the boat.”<br><sub>claims/b.yaml:2</sub> |
""", "")
    assert_valid_gfm(result.stdout)


def test_golden_report_is_valid_gfm() -> None:
    text = GOLDEN.read_text(encoding="utf-8")
    assert_valid_gfm(text)
    assert text.count("\n| --- | --- |\n") == 4  # one table per conflict
    assert "> **Resolved: keep 2022.**" in text


def test_problems_and_stale_resolutions_are_listed(run: RunCli, corpus: Corpus) -> None:
    corpus({**HOSTILE, "claims/resolutions.yaml": """\
        resolutions:
          dry-season-budget-00000000: {keep: "$2,000,000", reason: "the <b>producer</b> said so"}
          Dry Season: {accept_all: true, reason: both}
        """})
    stdout = run("check", "--format", "markdown").stdout
    assert stdout[stdout.index("## Invalid input"): stdout.index("## Errors")] == """\
## Invalid input (1)

- `claims/resolutions.yaml:3:3` 'Dry Season' is not a conflict id; copy the id the report \
prints beside the conflict, e.g. red-rocket-year-5e0c2f1a

"""
    assert stdout[stdout.index("## Stale"):] == """\
## Stale resolutions (1)

- `claims/resolutions.yaml:2:3` `dry-season-budget-00000000` matches no conflict; a conflict \
on the same subject and property now stands between \\$2,000,000 and \\$3,000,000: \
dry-season-budget-5a28a1a2; if the decision still holds, move it to that id
"""
    assert_valid_gfm(stdout)
