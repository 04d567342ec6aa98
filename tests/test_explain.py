"""`explain`: why a conflict is one (values, keys, rule and scores, aliases, passages,
decision), and why two name forms are or are not flagged, by the comparator's own verdict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]

FILES = {
    "sources/a.txt": "Lindsey Arkwright, whom everyone calls Lin, shot the film.\n",
    "sources/b.txt": "Cinematographer Lindsay Arkwright lit it with candles.\n",
    "claims/entities.yaml": """\
        entities:
          - name: Lindsey Arkwright
            kind: person
            aliases:
              - {name: Lin, reason: "her nickname: 'whom everyone calls Lin'"}
        """,
    "claims/a.yaml": """\
        claims:
          - {id: name, subject: Lindsey Arkwright, property: name, status: reviewed,
             value: {kind: name, name: Lindsey Arkwright}, quote: Lindsey Arkwright}
        """,
    "claims/b.yaml": """\
        claims:
          - {id: name, subject: Lin, property: name, status: draft,
             value: {kind: name, name: Lindsay Arkwright}, quote: Lindsay Arkwright}
        """,
}
CONFLICT = "lindsey-arkwright-name-477be3cc"
ACCEPTED = """\
Accepted forms
  Lindsey Arkwright (person): the canonical name
  Lin: an alias, her nickname: 'whom everyone calls Lin'
"""


def test_a_spelling_conflict(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    assert run("explain", CONFLICT) == Run(0, f"""\
{CONFLICT}: error (spelling), Lindsey Arkwright · name
  'Lindsay' differs by one letter from 'Lindsey' in the name of Lindsey Arkwright, and no alias
  declares them equivalent

Rule
  rule: a word within a letter or two of an accepted word
  edits: 1
  allowed: a word of 7 letters ('lindsey') may differ by 2 letters; words shorter than 4 letters
    must match exactly

Subject: its canonical name and declared aliases, the forms accepted for it
  Lindsey Arkwright (person): the canonical name
  Lin: an alias, her nickname: 'whom everyone calls Lin'

Competing values
  Lindsay  (normalized: 'lindsay')
    claims/b.yaml:2 claim name (draft), b 1:17: “Cinematographer «Lindsay Arkwright» lit it with
      candles.”
  Lindsey  (normalized: 'lindsey')
    claims/a.yaml:2 claim name, a 1:1: “«Lindsey Arkwright», whom everyone calls Lin, shot the
      film.”

Unresolved: decide it with
  source-checker resolve {CONFLICT} --keep VALUE --reason TEXT
  (--accept-all instead of --keep when every value is acceptable)
""", "")


def test_a_resolved_conflict_shows_its_decision(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    assert run("resolve", CONFLICT, "--keep", "lindsey", "--reason", "her credit").code == 0
    assert run("explain", CONFLICT).stdout.endswith(
        "Resolved (claims/resolutions.yaml:6): keep Lindsey\n  her credit\n")


def test_an_unknown_conflict(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    assert run("explain", CONFLICT[:-2]) == Run(
        2, "", f"source-checker: error: no conflict has the id {CONFLICT[:-2]!r}; did you mean "
        f"{CONFLICT}?\n")


def test_two_forms_flagged(run: RunCli, corpus: Corpus) -> None:
    corpus(FILES)
    assert run("explain", "Lin", "Lindsay Arkwright") == Run(0, f"""\
'Lindsay Arkwright' judged as a spelling of Lindsey Arkwright

{ACCEPTED}
Normalized (letters and digits, lower case)
  'Lindsay Arkwright' → 'lindsay arkwright'
  'Lindsey Arkwright' → 'lindsey arkwright'
  'Lin' → 'lin'

Steps of the names comparator
  'lindsay': the nearest accepted word is 'lindsey', 1 letter apart; a word of 7 letters may differ
    by 2 letters (none below 4): within reach
  whole name: 94.1% similar to 'lindsey arkwright'; threshold 80% (not applied to people and
    characters: their short forms are nicknames)

Verdict, if a claim wrote it
  error (spelling): 'Lindsay' differs by one letter from 'Lindsey' in the name of Lindsey Arkwright,
    and no alias declares them equivalent
    rule: a word within a letter or two of an accepted word, edits: 1

In the texts (the spelling audit)
  linked as a variant of 'Lindsey Arkwright': the same number of words, each the same, an
    abbreviation or a letter or two away
""", "")


@pytest.mark.parametrize(("spelling", "steps", "audit"), [
    ("ARKWRIGHT", "  every word of it is a word of an accepted form: a part of the name (a "
                  "surname alone, say), not a\n    variant",
     "  not linked as variants: the audit links only forms with the same number of words, "
     "each the same,\n    an abbreviation, or a letter or two away"),
    ("lin.", "  the same as 'Lin' once case, punctuation and typography are set aside: an "
             "accepted form", "  an accepted form: nothing to report"),
])
def test_two_forms_not_flagged(run: RunCli, corpus: Corpus, spelling: str, steps: str,
                               audit: str) -> None:
    corpus(FILES)
    result = run("explain", "Lindsey Arkwright", spelling)
    assert result.code == 0
    assert result.stdout.split("Steps of the names comparator\n")[1] == f"""\
{steps}

Verdict, if a claim wrote it
  no finding: an accepted spelling

In the texts (the spelling audit)
{audit}
"""


def test_two_forms_without_a_corpus(run: RunCli) -> None:
    """A name no entity holds is taken as the only accepted form, of the kind given: a work's
    whole-name likeness counts, a person's does not."""
    work = run("explain", "The Night Watchman", "Nightwatchman", "--kind", "work")
    assert work.code == 0
    assert work.stdout.splitlines()[0] == (
        "'Nightwatchman' judged as a spelling of The Night Watchman (not in claims/entities.yaml: "
        "taken as a work with no aliases)")
    assert work.stdout.split("Steps of the names comparator\n")[1].split("\n\nIn the")[0] == """\
  'nightwatchman': the nearest accepted word is 'watchman', 5 letters apart; a word of 8 letters may
    differ by 2 letters (none below 4): out of reach
  whole name: 96.3% similar to 'night watchman'; threshold 80%

Verdict, if a claim wrote it
  error (spelling): 'Nightwatchman' is a near-identical spelling (96% similar) of 'Night Watchman',
    and no alias declares them equivalent
    rule: rapidfuzz ratio >= 80, similarity: 96.3"""
    person = run("explain", "Bea Hale", "Beatrix Hale")
    assert person.stdout.split("Steps of the names comparator\n")[1].split("\n\nIn the")[0] \
        == """\
  'beatrix': the nearest accepted word is 'bea', 4 letters apart; a word of 3 letters may differ by
    0 letters (none below 4): out of reach
  whole name: 80.0% similar to 'bea hale'; threshold 80% (not applied to people and characters:
    their short forms are nicknames)

Verdict, if a claim wrote it
  warning (name-form): a source calls Bea Hale 'Beatrix Hale', which is neither a declared alias nor
    close to one
    rule: not an accepted form, not within reach of one"""


def test_bad_usage(run: RunCli) -> None:
    assert run("explain", "Lin", " ") == Run(
        2, "", "source-checker: error: explain FORM SPELLING needs two non-empty names\n")
    assert run("explain", "some-id-0123abcd") == Run(
        2, "", "source-checker: error: sources folder not found: sources\n")
