"""`extract` on the command line: exit codes, messages, the sources chosen, and a new article
joining a reviewed corpus, whose disagreements the check then reports with their passages."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import Run

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
ENTITIES = "entities:\n  - {name: Dry Season, kind: work}\n  - {name: Helga Strand, kind: person}\n"
REVIEWED = {
    "sources/trade-news.txt": "Dry Season, which Helga Strand directed, cost $2 million.\n",
    "claims/entities.yaml": ENTITIES,
    "claims/trade-news.yaml": """\
        source: trade-news
        claims:
          - id: budget
            subject: Dry Season
            property: budget
            value: {kind: money, amount: 2000000, currency: USD}
            quote: cost $2 million
            status: reviewed
        """,
}


def test_a_new_article_is_compared_with_the_reviewed_corpus(run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**REVIEWED, "sources/festival-review.txt":
                     "Dry Season cost about $3.5 million, says Helga Strand.\n"})
    result = run("extract", "festival-review")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == "claims/festival-review.yaml: added 3 drafts"
    assert sorted(p.name for p in (folder / "claims").iterdir()) == [
        "entities.yaml", "festival-review.yaml", "trade-news.yaml"]
    report = run("check", "--format", "json")
    assert report.code == 1
    conflicts = json.loads(report.stdout)["conflicts"]
    assert [(c["subject"], c["property"], [v["label"] for v in c["values"]])
            for c in conflicts] == [("Dry Season", "budget", ["$2,000,000", "$3,500,000"])]
    passages = [(claim["source"]["id"], claim["passage"]["text"], claim["status"])
                for value in conflicts[0]["values"] for claim in value["claims"]]
    assert passages == [("trade-news", "cost $2 million", "reviewed"),
                        ("festival-review", "Dry Season cost about $3.5 million", "draft")]


def test_only_the_sources_named_are_read(run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**REVIEWED, "sources/other.txt": "Dry Season cost $9 million.\n"})
    result = run("extract", "--dry-run", "other")
    assert result.stdout == ("claims/other.yaml: would add 2 drafts\n"
                             "  + dry-season-budget-9000000-usd: Dry Season · budget · 9000000 USD"
                             " (line 1)\n"
                             "  + dry-season-name-dry-season: Dry Season · name · Dry Season "
                             "(line 1)\n")
    assert not (folder / "claims" / "other.yaml").exists()


def test_an_unknown_source_is_bad_usage(run: RunCli, corpus: Corpus) -> None:
    corpus(REVIEWED)
    result = run("extract", "trade-new")
    assert (result.code, result.stdout, result.stderr) == (2, "", (
        "source-checker: error: unknown source 'trade-new': there is no trade-new.txt in the "
        "sources folder; did you mean 'trade-news'?\n"))


def test_missing_folders_are_unusable_input(run: RunCli, tmp_path: Path) -> None:
    result = run("extract")
    assert (result.code, result.stdout, result.stderr) == (
        2, "", "source-checker: error: sources folder not found: sources\n")
    (tmp_path / "sources").mkdir()
    result = run("extract", "--claims", "notes")
    assert (result.code, result.stderr) == (
        2, "source-checker: error: claims folder not found: notes\n")


def test_a_broken_entities_file_stops_extraction(run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**REVIEWED, "claims/entities.yaml": "entities:\n  - {name: Dry Season}\n"})
    before = {p.name: p.read_text(encoding="utf-8") for p in (folder / "claims").iterdir()}
    result = run("extract")
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == \
        "source-checker: nothing extracted: fix claims/entities.yaml first"
    assert result.stderr.startswith("claims/entities.yaml:2:5: ")
    assert {p.name: p.read_text(encoding="utf-8") for p in (folder / "claims").iterdir()} == \
        before


def test_extract_is_listed_in_help(run: RunCli) -> None:
    result = run("--help")
    assert "extract" in result.stdout
    assert "propose draft claims read from the sources' texts" in result.stdout


def test_a_source_that_cannot_be_read_is_reported_and_the_rest_extracted(
        run: RunCli, corpus: Corpus) -> None:
    folder = corpus({**REVIEWED, "sources/other.txt": "Dry Season cost $9 million.\n"})
    (folder / "sources/broken.txt").write_bytes(b"Dry Season cost \xff$9 million.\n")
    result = run("extract", "broken", "other")
    assert (result.code, result.stderr) == (1, (
        "sources/broken.txt:1:17: not valid UTF-8: byte 0xff ('ÿ' in Windows-1252); save the "
        "file as UTF-8\n"))
    assert result.stdout.splitlines()[0] == "claims/other.yaml: added 2 drafts"
    assert not (folder / "claims/broken.yaml").exists()
