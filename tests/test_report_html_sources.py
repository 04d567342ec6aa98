"""The HTML report's table of sources, and its source filter on a corpus of many sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import AGREEING, Run
from test_report_html import Page, report

from checker.check import run_check
from checker.report.html import MANY
from checker.report.html_sources import source_rows

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]


def many_sources(count: int) -> dict[str, str]:
    """``count`` sources, each giving Dry Season a budget of its own; s1 and s2 also disagree
    on Wet Season's."""
    files = {"claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n"
                                     "  - {name: Wet Season, kind: work}\n"}
    claim = ("  - {{id: {id}, subject: {work}, property: budget, status: reviewed,\n"
             "     value: {{kind: money, amount: {amount}, currency: USD}}, quote: \"{quote}\"}}\n")
    for number in range(1, count + 1):
        text = f"Dry Season cost ${number} million to make."
        claims = claim.format(id="dry", work="Dry Season", amount=number * 1_000_000,
                              quote=f"${number} million")
        if number <= 2:
            text += f" Wet Season cost {number + 10} dollars."
            claims += claim.format(id="wet", work="Wet Season", amount=number + 10,
                                   quote=f"{number + 10} dollars")
        files[f"sources/s{number}.txt"] = text + "\n"
        files[f"claims/s{number}.yaml"] = "claims:\n" + claims
    return files


def test_a_clean_corpus(run: RunCli, corpus: Corpus, tmp_path: Path) -> None:
    corpus(AGREEING)
    markup = report(run, tmp_path, 0)
    page = Page(markup)
    assert page.errors == [] and page.find("article") == [] and page.find("form") == []
    assert '<p class="none">No conflicts: where claims meet, they agree.</p>' in markup
    assert '<span class="verdict pass">PASS</span>' in markup
    body = markup[markup.index("<tbody>"): markup.index("</tbody>")]
    assert body == (
        '<tbody><tr><th scope="row"><code class="source-id">a</code></th>'
        "<td>1</td><td>1</td><td>0</td><td>0</td></tr>"
        '<tr><th scope="row"><code class="source-id">b</code></th>'
        "<td>1</td><td>1</td><td>0</td><td>0</td></tr>")


def test_source_rows(corpus: Corpus) -> None:
    folder = corpus({
        "sources/a.txt": "Dry Season cost $2 million. It came out in 2021.\n",
        "sources/b.txt": "The $2 million film DRY SEASON came out in 2021.\n",
        "sources/c.txt": "Dry Season cost $3 million and played the festival in 2021.\n",
        "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
        "claims/a.yaml": """\
            claims:
              - {id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million"}
              - {id: year, subject: Dry Season, property: year, status: reviewed,
                 value: {kind: year, year: 2021}, quote: "came out in 2021"}
            """,
        "claims/b.yaml": """\
            claims:
              - {id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million"}
              - {id: year, subject: dry season, property: year, status: reviewed,
                 value: {kind: year, year: 2021}, quote: "came out in 2021"}
            """,
        "claims/c.yaml": """\
            claims:
              - {id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {kind: money, amount: 3000000, currency: USD}, quote: "$3 million"}
              - {id: year, subject: Dry Season, property: year, status: reviewed,
                 scope: the festival, value: {kind: year, year: 2021},
                 quote: "the festival in 2021"}
            """,
    })

    def rows() -> list[tuple[str, int, int, int, int]]:
        result = run_check(folder / "sources", folder / "claims")
        return [(r.source.id, r.claims, r.agreeing, r.unresolved, r.resolved)
                for r in source_rows(result)]

    # the scoped year is another question; the budget of c conflicts with a's and b's
    assert rows() == [("a", 2, 2, 1, 0), ("b", 2, 2, 1, 0), ("c", 2, 0, 1, 0)]
    (folder / "claims" / "resolutions.yaml").write_text(
        "resolutions:\n  dry-season-budget-5a28a1a2: {keep: '$2,000,000', reason: audited}\n",
        encoding="utf-8")
    assert rows() == [("a", 2, 2, 0, 1), ("b", 2, 2, 0, 1), ("c", 2, 0, 0, 1)]


def test_a_long_filter_scrolls_with_all_and_none(run: RunCli, corpus: Corpus,
                                                 tmp_path: Path) -> None:
    corpus(many_sources(MANY + 1))
    page = Page(report(run, tmp_path, 1))
    assert [f.get("class") for f in page.find("fieldset")] == [None, None, "many"]
    assert [(b["data-check"], b["data-to"]) for b in page.find("button") if "data-check" in b] \
        == [("source", "1"), ("source", "0")]
    assert [box["value"] for box in page.find("input") if box["name"] == "source"] == \
        [f"s{number}" for number in range(1, MANY + 2)]
    assert len(page.find("article")) == 2
