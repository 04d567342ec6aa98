"""Merging drafts into claims/: what a person wrote stays byte for byte; reviewed, edited and
rejected claims are never proposed again; nothing is written that would not read back."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

from checker.corpus.entities import load_entities
from checker.corpus.sources import load_sources
from checker.extract import extract
from checker.extract.merge import MergeRefused, plan_claims
from checker.problems import Problem

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
NOTICE = ("  # added by extract: review each draft, then set status: reviewed (correcting it if "
          "need be) or status: rejected\n")
ARTICLE = {
    "sources/article.txt": "Dry Season cost $2 million to make.\n"
                           "Night Ferry cinematographer Paul Okafor lit the deck.\n",
    "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n"
                            "  - {name: Night Ferry, kind: work}\n",
}
PERSONS_FILE = """\
# My notes on the article.
claims:
  # the budget, as I read it
  - id: my-budget
    subject: Dry Season
    property: budget
    value: {kind: money, amount: 2000000, currency: USD}
    quote: "Dry Season cost $2 million"   # checked twice
    status: reviewed

# end of my claims
"""
DRAFTS = """\
  - id: dry-season-name-dry-season
    subject: Dry Season
    property: name
    value: {kind: name, name: Dry Season}
    quote: Dry Season
    status: draft
  - id: paul-okafor-credit-cinematographer-night-ferry
    subject: Paul Okafor
    property: credit
    value: {kind: credit, role: cinematographer, work: Night Ferry}
    quote: Night Ferry cinematographer Paul Okafor
    status: draft
  - id: night-ferry-name-night-ferry
    subject: Night Ferry
    property: name
    value: {kind: name, name: Night Ferry}
    quote: Night Ferry
    status: draft
"""
BUDGET = """\
  - id: dry-season-budget-2000000-usd
    subject: Dry Season
    property: budget
    value: {kind: money, amount: 2000000, currency: USD}
    quote: Dry Season cost $2 million
    status: draft
"""
ADDED = """\
claims/entities.yaml: added 1 draft entity
  + Paul Okafor (person)
claims/article.yaml: added 3 drafts (1 already there)
  + dry-season-name-dry-season: Dry Season · name · Dry Season (line 1)
  + paul-okafor-credit-cinematographer-night-ferry: Paul Okafor · credit · cinematographer \
Night Ferry (line 2)
  + night-ferry-name-night-ferry: Night Ferry · name · Night Ferry (line 2)
"""


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_drafts_go_after_the_last_claim_and_the_rest_stays_as_written(
        run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**ARTICLE, "claims/article.yaml": PERSONS_FILE})
    result = run("extract")
    assert (result.code, result.stdout, result.stderr) == (0, ADDED, "")
    head, tail = PERSONS_FILE.split("\n\n# end", 1)
    assert _read(folder / "claims/article.yaml") == \
        head + "\n" + NOTICE + DRAFTS + "\n# end" + tail
    assert _read(folder / "claims/entities.yaml") == ARTICLE["claims/entities.yaml"] + NOTICE + (
        "  - {name: Paul Okafor, kind: person, status: draft, note: proposed by extract from "
        "article}\n")
    assert run("check").code == 0


def test_extracting_again_adds_nothing(run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**ARTICLE, "claims/article.yaml": PERSONS_FILE})
    run("extract")
    before = {p: _read(p) for p in (folder / "claims").iterdir()}
    result = run("extract")
    assert (result.code, result.stdout, result.stderr) == (
        0, "claims/article.yaml: added 0 drafts (4 already there)\n", "")
    assert {p: _read(p) for p in (folder / "claims").iterdir()} == before


def test_an_edited_draft_keeps_its_id_and_a_rejected_one_stays_rejected(
        run: RunCli, corpus: Corpus) -> None:
    edited = PERSONS_FILE.replace("\n\n# end", """
  - id: paul-okafor-credit-cinematographer-night-ferry
    subject: Paul Okafor
    property: credit
    value: {kind: credit, role: cinematographer, work: Dry Season}
    quote: Night Ferry cinematographer Paul Okafor
    status: reviewed
    note: I think the article means Dry Season
  - id: its-my-own-id
    subject: Night Ferry
    property: name
    value: {kind: name, name: Night Ferry}
    quote: Night Ferry cinematographer
    status: rejected

# end""")
    entities = ARTICLE["claims/entities.yaml"] + "  - {name: Paul Okafor, kind: person}\n"
    folder = corpus({**ARTICLE, "claims/entities.yaml": entities, "claims/article.yaml": edited})
    result = run("extract")
    assert result.stdout == ("claims/article.yaml: added 2 drafts (3 already there)\n"
                             "  + dry-season-name-dry-season: Dry Season · name · Dry Season "
                             "(line 1)\n"
                             "  + paul-okafor-name-paul-okafor: Paul Okafor · name · Paul Okafor"
                             " (line 2)\n")
    head, tail = edited.split("\n\n# end", 1)
    assert _read(folder / "claims/article.yaml") == head + "\n" + NOTICE + \
        DRAFTS.split("  - id: paul")[0] + """\
  - id: paul-okafor-name-paul-okafor
    subject: Paul Okafor
    property: name
    value: {kind: name, name: Paul Okafor}
    quote: Paul Okafor
    status: draft
""" + "\n# end" + tail
    assert _read(folder / "claims/entities.yaml") == entities


def test_a_rejected_claim_is_checked_but_never_compared(run: RunCli, corpus: Corpus) -> None:
    corpus({**ARTICLE, "claims/article.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million"}
          - {id: misread, subject: Night Ferry, property: budget, status: rejected,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "$2 million"}
          - {id: other, subject: Night Ferry, property: budget, status: reviewed,
             value: {kind: money, amount: 3000000, currency: USD}, quote: "$3 million"}
        """, "sources/article.txt": ARTICLE["sources/article.txt"] + "Night Ferry: $3 million.\n"})
    result = run("check", "--format", "json")
    assert result.code == 0
    assert '"conflicts": []' in result.stdout
    assert '"invalid_claims": []' in result.stdout


def test_a_rejected_claim_whose_quote_is_gone_is_still_reported(
        run: RunCli, corpus: Corpus) -> None:
    corpus({**ARTICLE, "claims/article.yaml": """\
        claims:
          - {id: misread, subject: Dry Season, property: budget, status: rejected,
             value: {kind: money, amount: 2000000, currency: USD}, quote: "$3 million"}
        """})
    result = run("check")
    assert result.code == 1
    assert "claims/article.yaml:3:60: quote not found in sources/article.txt" in result.stdout


@pytest.mark.parametrize(("written", "expected"), [
    ("claims: []  # none yet\nsource: article\n", "claims:  # none yet\n{drafts}source: article\n"),
    ("source: article\nclaims:\n", "source: article\nclaims:\n{drafts}"),
    ("# only a comment so far\n", "# only a comment so far\nclaims:\n{drafts}"),
    ("claims:\n- id: kept\n  subject: Dry Season\n  property: year\n  value: {kind: year, "
     "year: 2019}\n  quote: Dry Season cost\n  status: rejected\nsource: article",
     "claims:\n- id: kept\n  subject: Dry Season\n  property: year\n  value: {kind: year, "
     "year: 2019}\n  quote: Dry Season cost\n  status: rejected\n{drafts0}source: article\n"),
])
def test_empty_lists_other_keys_and_indentation(run: RunCli, corpus: Corpus, written: str,
                                                expected: str) -> None:
    folder = corpus({**ARTICLE, "claims/article.yaml": written})
    assert run("extract").code == 0
    drafts = NOTICE + BUDGET + DRAFTS
    outdented = "".join(line[2:] + "\n" for line in drafts.splitlines())
    assert _read(folder / "claims/article.yaml") == \
        expected.replace("{drafts}", drafts).replace("{drafts0}", outdented)


def test_a_new_claim_file_starts_with_the_schema_line(run: RunCli, corpus: Corpus) -> None:
    folder = corpus(ARTICLE)
    assert run("extract").code == 0
    assert _read(folder / "claims/article.yaml") == (
        "# yaml-language-server: $schema=../schema/claims.schema.json\n"
        "source: article\nclaims:\n" + NOTICE + BUDGET + DRAFTS)


def test_windows_line_endings_and_a_byte_order_mark_are_kept(
        run: RunCli, corpus: Corpus) -> None:
    folder = corpus(ARTICLE)
    path = folder / "claims/article.yaml"
    path.write_bytes(codecs.BOM_UTF8 + b"source: article\r\nclaims:\r\n")
    assert run("extract").code == 0
    assert path.read_bytes() == codecs.BOM_UTF8 + (
        "source: article\nclaims:\n" + NOTICE + BUDGET + DRAFTS).replace("\n", "\r\n").encode()


def test_a_list_in_flow_style_is_left_alone(run: RunCli, corpus: Corpus) -> None:
    written = "claims: [{id: a, subject: Dry Season, property: year, status: draft,\n" \
              "  value: {kind: year, year: 2019}, quote: Dry Season cost}]\n"
    folder = corpus({**ARTICLE, "claims/article.yaml": written})
    result = run("extract")
    assert (result.code, result.stderr) == (1, (
        "claims/article.yaml:1:9: claims: is not written as a block list ('- ' items, one per "
        "line), so extract cannot add to it without rewriting it; write it as a block list\n"))
    assert _read(folder / "claims/article.yaml") == written
    assert _read(folder / "claims/entities.yaml") == ARTICLE["claims/entities.yaml"]


def test_a_claim_file_that_is_not_yaml_is_reported_and_left_alone(
        run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**ARTICLE, "claims/article.yaml": "claims:\n  - id: [unclosed\n"})
    result = run("extract")
    assert (result.code, result.stdout, result.stderr) == (1, "", (
        "claims/article.yaml:2:9: invalid YAML: '[' is not closed: expected ',' or ']' before "
        "line 3, column 1\n"))
    assert _read(folder / "claims/article.yaml") == "claims:\n  - id: [unclosed\n"


def test_a_file_changed_while_extracting_is_not_overwritten(
        corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = corpus({**ARTICLE, "claims/article.yaml": PERSONS_FILE})
    monkeypatch.chdir(folder)
    problems: list[Problem] = []
    sources = load_sources(folder / "sources", problems)
    entities = load_entities(folder / "claims", sources, problems)
    extraction = extract(sources["article"], entities)
    plan = plan_claims(folder / "claims/article.yaml", sources["article"], extraction.drafts,
                       entities)
    (folder / "claims/article.yaml").write_text(PERSONS_FILE + "# a new line\n",
                                                encoding="utf-8")
    with pytest.raises(MergeRefused) as refused:
        plan.write()
    assert str(refused.value.problem) == (
        "claims/article.yaml:1:1: the file changed while extract ran; nothing was added, run "
        "extract again")
    assert _read(folder / "claims/article.yaml") == PERSONS_FILE + "# a new line\n"


def test_dry_run_writes_nothing(run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**ARTICLE, "claims/article.yaml": PERSONS_FILE})
    result = run("extract", "--dry-run")
    assert (result.code, result.stdout) == (0, ADDED.replace("added", "would add"))
    assert _read(folder / "claims/article.yaml") == PERSONS_FILE
    assert _read(folder / "claims/entities.yaml") == ARTICLE["claims/entities.yaml"]


def test_a_rejected_or_known_entity_is_not_proposed(run: RunCli, corpus: Corpus) -> None:
    entities = ARTICLE["claims/entities.yaml"] + \
        "  - {name: Paul Okafor, kind: person, status: rejected}\n"
    folder = corpus({**ARTICLE, "claims/entities.yaml": entities})
    result = run("extract")
    assert result.stdout.splitlines()[0] == "claims/article.yaml: added 3 drafts"
    assert "Paul Okafor" not in _read(folder / "claims/article.yaml")
    assert _read(folder / "claims/entities.yaml") == entities
