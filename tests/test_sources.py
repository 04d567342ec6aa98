"""Sources through the real command line: texts that are not UTF-8, byte-order marks and
Windows line endings, metadata with problems, and ids or links that try to leave the folders.
The base corpus and helpers are those of ``test_bad_input``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_bad_input import (
    BASE,
    BUDGET_CONFLICT,
    VALID_BLOG_CLAIM,
    Corpus,
    RunCli,
    blog,
    check,
)

SECRET = "The password is swordfish and the budget was ten million dollars.\n"


# 8. A source that is not UTF-8 is reported once, where the bad byte is.

def test_a_source_that_is_not_utf8_is_reported_once(run: RunCli, corpus: Corpus,
                                                    tmp_path: Path) -> None:
    blog(corpus, "claims:\n" + VALID_BLOG_CLAIM.replace("property: credit",
                                                        "property: credits"))
    (tmp_path / "sources/blog-review.txt").write_bytes(
        b"Mara Quint shot Harbour Lights in Trieste.\nShe called the caf\xe9 her office.\n")
    outcome = check(run)
    assert outcome.problems == [
        # One note for the claim file, not "unknown source": the source exists.
        "claims/blog-review.yaml:1:1: the claims of this file are not compared: their source "
        "sources/blog-review.txt cannot be read",
        # Its claims are still validated: what does not need the text is still reported.
        "claims/blog-review.yaml:4:5: unknown property 'credits'; did you mean 'credit'?",
        "sources/blog-review.txt:2:19: not valid UTF-8: byte 0xe9 ('é' in Windows-1252); save "
        "the file as UTF-8",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


def test_the_bad_byte_is_placed_as_an_editor_shows_it(run: RunCli, corpus: Corpus,
                                                      tmp_path: Path) -> None:
    corpus(BASE)
    # A byte-order mark is not a column; a Windows line ending is one line break.
    (tmp_path / "sources/blog-review.txt").write_bytes(
        b"\xef\xbb\xbfLine one.\r\nLine two.\r\nSo \xe2\x80\x9cquoted\xe2\x80\x9d, \x81 here.\r\n")
    (tmp_path / "sources/other.txt").write_bytes(b"\xef\xbb\xbfNa\xefve")
    outcome = check(run)
    assert outcome.problems == [
        "sources/blog-review.txt:3:14: not valid UTF-8: byte 0x81; save the file as UTF-8",
        "sources/other.txt:1:3: not valid UTF-8: byte 0xef ('ï' in Windows-1252); save the "
        "file as UTF-8",
    ]


def test_metadata_and_evidence_of_an_unreadable_source(run: RunCli, corpus: Corpus,
                                                       tmp_path: Path) -> None:
    corpus({**BASE, "sources/blog-review.meta.yaml": "title: Blog\npublishd: 2023\n",
            "claims/entities.yaml": """\
                entities:
                  - {name: Harbour Lights, kind: work}
                  - name: Mara Quint
                    kind: person
                    aliases:
                      - {name: MQ, evidence: {source: blog-review, quote: "MQ shot it"}}
                """})
    (tmp_path / "sources/blog-review.txt").write_bytes(b"\xff")
    outcome = check(run)
    assert outcome.problems == [
        # The evidence cannot be checked: nothing more is said than that the source is bad.
        "sources/blog-review.meta.yaml:2:1: unknown key 'publishd'; did you mean 'published'?",
        "sources/blog-review.txt:1:1: not valid UTF-8: byte 0xff ('ÿ' in Windows-1252); save "
        "the file as UTF-8",
    ]


# 9. Byte-order marks and Windows line endings: everything works, positions as in an editor.

def test_byte_order_mark_and_crlf_in_a_source_and_a_claim_file(run: RunCli, corpus: Corpus,
                                                               tmp_path: Path) -> None:
    corpus(BASE)
    (tmp_path / "sources/blog-review.txt").write_bytes(
        "\ufeffMara Quint shot Harbour Lights in Trieste.\r\n"
        "She wrote and directed the film, which cost\r\nsix million dollars.\r\n"
        .encode("utf-8"))
    claims = (
        "\ufeffclaims:\r\n"
        "  - id: budget\r\n"
        "    subject: Harbour Lights\r\n"
        "    property: budget\r\n"
        "    value: {kind: money, amount: 6000000, currency: USD}\r\n"
        "    quote: \"which cost six million dollars\"\r\n"
        "    status: reviewed\r\n"
        "  - id: place\r\n"
        "    subject: Harbour Lights\r\n"
        "    property: filming_locaton\r\n"
        "    value: {kind: place, place: Trieste}\r\n"
        "    quote: \"shot Harbour Lights in Triest.\"\r\n"
        "    status: reviewed\r\n"
    )
    (tmp_path / "claims/blog-review.yaml").write_bytes(claims.encode("utf-8"))
    result = run("check", "--format", "json")
    report = json.loads(result.stdout)
    assert [f"{p['file']}:{p['line']}:{p['column']}: {p['message']}"
            for p in report["invalid_claims"]] == [
        "claims/blog-review.yaml:10:5: unknown property 'filming_locaton'; did you mean "
        "'filming_location'?",
        "claims/blog-review.yaml:12:5: quote not found in sources/blog-review.txt; the closest "
        "passage (97% similar) is at line 1:12: 'shot Harbour Lights in Trieste'",
    ]
    conflict = report["conflicts"][0]
    blog_claim = next(c for v in conflict["values"] for c in v["claims"]
                      if c["source"]["id"] == "blog-review")
    # The quote runs over a line break of the source; it starts where an editor shows it.
    assert (blog_claim["line"], blog_claim["column"]) == (2, 5)
    assert blog_claim["passage"] == {
        "line": 2, "column": 34, "text": "which cost\nsix million dollars",
        "sentence": "She wrote and directed the film, which cost six million dollars."}
    assert [v["label"] for v in conflict["values"]] == ["$6,000,000", "$8,000,000"]
    assert result.code == 1


# 10. Ids and links that try to leave the folders: refused, and nothing outside is read.

def test_a_source_line_that_leaves_the_sources_folder(run: RunCli, corpus: Corpus,
                                                      tmp_path: Path) -> None:
    blog(corpus, """\
        source: ../secret
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 10000000, currency: USD}
            quote: "the budget was ten million dollars"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:1:1: source: should be 'blog-review' (the file's name), not "
        "'../secret'; the claims of this file are not checked until it is",
    ]
    assert outcome.code == 1
    # Not anchored in ../secret.txt: no $10,000,000 joins the budget conflict.
    assert outcome.conflicts == BUDGET_CONFLICT


@pytest.mark.parametrize(("link", "problems"), [
    ("sources/leak.txt", [
        "claims/leak.yaml:1:1: the claims of this file are not compared: their source "
        "sources/leak.txt cannot be read",
        "sources/leak.txt:1:1: a link to a file outside sources/; only files in the folder are "
        "read: copy the file in instead",
    ]),
    ("claims/leak.yaml", [
        "claims/leak.yaml:1:1: a link to a file outside claims/; only files in the folder are "
        "read: copy the file in instead",
    ]),
])
def test_a_link_out_of_a_folder_is_not_followed(run: RunCli, corpus: Corpus, tmp_path: Path,
                                                link: str, problems: list[str]) -> None:
    corpus({**BASE, "sources/leak.txt": "Harbour Lights cost a lot.\n",
            "claims/leak.yaml": """\
                claims:
                  - id: budget
                    subject: Harbour Lights
                    property: budget
                    value: {kind: money, amount: 10000000, currency: USD}
                    quote: "the budget was ten million dollars"
                    status: reviewed
                """})
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / link).unlink()
    (tmp_path / link).symlink_to(tmp_path / "secret.txt")
    result = run("check", "--format", "json")
    report = json.loads(result.stdout)
    assert [f"{p['file']}:{p['line']}:{p['column']}: {p['message']}"
            for p in report["invalid_claims"]] == problems
    assert "swordfish" not in result.stdout
    assert "secret" not in result.stdout
    assert report["conflicts"][0]["values"][0]["label"] == "$6,000,000"
    assert len(report["conflicts"][0]["values"]) == 2  # no $10,000,000 from the secret
    assert result.code == 1


def test_a_link_inside_the_folder_is_read(run: RunCli, corpus: Corpus, tmp_path: Path) -> None:
    corpus(BASE)
    (tmp_path / "sources/festival-guide.txt").rename(tmp_path / "sources/guide-copy.txt")
    (tmp_path / "sources/festival-guide.txt").symlink_to("guide-copy.txt")
    outcome = check(run)
    assert outcome.problems == []
    assert outcome.conflicts == BUDGET_CONFLICT


def test_files_whose_names_are_not_ids(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "claims/Blog Review.yaml": "claims:\n" + VALID_BLOG_CLAIM,
            "sources/Trade Notes.txt": "Harbour Lights cost six million dollars.\n"})
    outcome = check(run)
    assert outcome.problems == [
        "claims/Blog Review.yaml:1:1: a claim file is named after its source, "
        "claims/<source-id>.yaml with a lowercase id of letters, digits and hyphens; rename it "
        "to blog-review.yaml (the claims of source 'blog-review')",
        "sources/Trade Notes.txt:1:1: a source's file name must be a lowercase id (letters, "
        "digits, hyphens); rename it to trade-notes.txt",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


# 12. Metadata: a wrong key or section is reported; the rest of the file still applies.

def test_problems_in_source_metadata(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "sources/festival-guide.txt": """\
        The festival guide for 2024.
        Reader comments
        The guide lists an $8 million budget for Harbour Lights.
        """, "sources/festival-guide.meta.yaml": """\
        title: Festival guide
        publishd: 2024
        sections:
          - starts_at: "Comments from readers"
            label: reader comments
          - starts_at: "Reader comments"
            label: reader comments
            weight: low
          - {starts_at: "The festival", label: guide, weight: hihg}
        """})
    result = run("check", "--format", "json")
    report = json.loads(result.stdout)
    assert [f"{p['file']}:{p['line']}:{p['column']}: {p['message']}"
            for p in report["invalid_claims"]] == [
        "sources/festival-guide.meta.yaml:2:1: unknown key 'publishd'; did you mean "
        "'published'?",
        "sources/festival-guide.meta.yaml:4:5: no line of sources/festival-guide.txt starts "
        "with 'Comments from readers'; starts_at is the verbatim start of the section's first "
        "line; line 2 starts with 'Reader comments'",
        "sources/festival-guide.meta.yaml:9:47: weight: should be 'normal' or 'low', not "
        "'hihg'",
    ]
    # The valid section still applies: the $8 million rests on reader comments only, so
    # the conflict is one severity lower, and the title is the metadata's.
    conflict = report["conflicts"][0]
    guide = conflict["values"][1]["claims"][0]
    assert (conflict["severity"], guide["section"], guide["source"]["title"]) == (
        "warning", "reader comments", "Festival guide")
    assert result.code == 1


def test_metadata_without_a_text(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "sources/trade-reprot.meta.yaml": "title: Trade report\n"})
    outcome = check(run)
    assert outcome.problems == [
        "sources/trade-reprot.meta.yaml:1:1: metadata without a text: there is no "
        "trade-reprot.txt beside it; did you mean 'trade-report'?",
    ]
