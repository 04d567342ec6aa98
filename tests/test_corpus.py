"""The bundled corpus: the four Anora articles and their claims are part of the product.

The check must pass on them while listing every conflict a careful reader finds, each
resolved with a reason; and the two edits CI exists to catch (a value edited away from its
quote, a claim contradicting another source) must fail it, naming the file and line.

The spelling audit reads the full texts too. Every spelling variant it finds in them is one a
claim already records, so it adds no conflict of its own: it adds the passages no claim
quotes to the spelling conflicts (MENTIONS), under the ids the resolutions use.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from conftest import REPO, Run

from checker.check import run_check

# What a careful reader finds comparing the four articles: (kind, subject, property, values).
EXPECTED = {
    ("date", "Red Rocket", "year", ("2021", "2022")),
    ("place", "Ivan's mansion", "location", ("Mill Basin", "Sheepshead Bay")),
    ("fact", "Karren Karagulian", "first_collaboration", ("Four Letter Words", "Take Out")),
    ("spelling", "Yura Borisov", "name", ("Yura", "Yuri")),
    ("spelling", "Yura Borisov", "name", ("Borislov", "Borisov")),
    ("spelling", "Lindsey Normington", "name", ("Lindsay", "Lindsey")),
    ("spelling", "Nights of Cabiria", "name", ("Cabira", "Cabiria")),
    ("spelling", "Compartment No. 6", "name", ("COMPARTMENT NUMBER 6", "Compartment No. 6")),
    ("spelling", "Drew Daniels", "name", ("Daniel", "Daniels")),
    ("name-form", "Mikey Madison", "name", ("Anora", "Mikey Madison")),
    ("credit-roles", "Alex Coco", "credit",
     ("costume designer", "post-production supervisor", "producer")),
    ("credit-roles", "Sean Baker", "credit", ("casting director", "director", "editor", "writer")),
    ("fact", "Sadie", "fact", ("blowtorch", "flamethrower")),
    ("fact", "Yura Borisov", "fact", ("A year later", "swiftly")),
}


CAST = "anora-cast-feature-unattributed"
MOVIEMAKER = "moviemaker-baker-madison-cover"
THR = "thr-making-of-anora-reworded"
# Where the audit reads each spelling with no claim behind it: source:line:column.
MENTIONS = {
    "compartment-no-6-name-2c5b049b": {"Compartment No. 6": [f"{THR}:60:78"],
                                       "COMPARTMENT NUMBER 6": []},
    "drew-daniels-name-37e18b40": {
        "Daniels": [f"{MOVIEMAKER}:73:129", f"{THR}:104:182", f"{THR}:106:32", f"{THR}:106:137",
                    f"{THR}:108:160", f"{THR}:114:23"],
        "Daniel": []},
    "yura-borisov-name-5521b486": {
        "Borisov": [f"{CAST}:245:27", f"{CAST}:281:1", f"{CAST}:285:67", f"{CAST}:293:1",
                    f"{CAST}:439:1", f"{MOVIEMAKER}:79:169", f"{MOVIEMAKER}:81:27",
                    f"{MOVIEMAKER}:89:1", f"{MOVIEMAKER}:91:39", f"{MOVIEMAKER}:91:99",
                    f"{MOVIEMAKER}:93:30", f"{MOVIEMAKER}:97:1", f"{THR}:62:8", f"{THR}:64:1"],
        "Borislov": []},
    "yura-borisov-name-77e7b68a": {"Yura": [f"{MOVIEMAKER}:103:328"],
                                   "Yuri": [f"{THR}:60:135", f"{THR}:140:69"]},
}


def test_the_bundled_corpus_lists_what_a_careful_reader_finds() -> None:
    result = run_check(REPO / "sources", REPO / "claims")
    assert result.problems == ()
    found = {(c.kind, c.subject, c.property, tuple(sorted(v.label for v in c.values)))
             for c in result.conflicts}
    assert found == EXPECTED
    assert all(result.resolved(c) for c in result.conflicts)
    assert result.stale == ()
    assert result.success


def test_the_audit_adds_the_passages_no_claim_quotes() -> None:
    result = run_check(REPO / "sources", REPO / "claims")
    found = {c.id: {v.label: [f"{p.source.id}:{p.line}:{p.column}" for p in v.mentions]
                    for v in c.values}
             for c in result.conflicts if any(v.mentions for v in c.values)}
    assert found == MENTIONS


def test_no_false_alarms_from_nicknames_namesakes_or_other_figures() -> None:
    result = run_check(REPO / "sources", REPO / "claims")
    subjects = {c.subject for c in result.conflicts}
    # Sammy is Samantha Quan's declared nickname; Mikey Saber is not Mikey Madison; the two
    # Rodriguezes are different people, and Charles Melton is not Charles Jang; "Madisons"
    # and "Hupperts" are possessives, and Ani is not in "Anisimova"; the $800 million is a
    # net worth, and the $20 and $15 million are hypothetical: none of them is a budget of
    # Anora.
    assert {"Samantha Quan", "Mikey Saber", "Brittney Rodriguez", "Kitana Kiki Rodriguez",
            "Charles Jang", "Charles Melton", "Isabelle Huppert", "Ani",
            "Anora"}.isdisjoint(subjects)
    budgets = {c.claim.value.amount for c in result.claims  # type: ignore[union-attr]
               if c.claim.property == "budget" and c.subject.name == "Anora"}
    assert budgets == {6_000_000}


def _copy(tmp_path: Path) -> Path:
    for folder in ("sources", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def test_a_value_edited_away_from_its_quote_fails(tmp_path: Path, run: Callable[..., Run]) -> None:
    claims = _copy(tmp_path) / "claims" / "dear-producer-alex-coco.yaml"
    text = claims.read_text(encoding="utf-8")
    edited = text.replace("  - id: anora-budget-six-million\n    subject: Anora\n    property: "
                          "budget\n    value: {kind: money, amount: 6000000,",
                          "  - id: anora-budget-six-million\n    subject: Anora\n    property: "
                          "budget\n    value: {kind: money, amount: 7000000,")
    assert edited != text
    claims.write_text(edited, encoding="utf-8")
    line = edited.splitlines().index("    value: {kind: money, amount: 7000000, currency: USD}") + 1
    result = run("check", "--format", "json")
    assert result.code == 1
    report = json.loads(result.stdout)
    assert [(p["file"], p["line"], p["message"]) for p in report["invalid_claims"]] == [
        ("claims/dear-producer-alex-coco.yaml", line,
         "value not supported by the quote: the quote states 'six million', not 7,000,000"),
    ]


def test_a_claim_contradicting_another_source_fails(tmp_path: Path,
                                                    run: Callable[..., Run]) -> None:
    claims = _copy(tmp_path) / "claims" / "anora-cast-feature-unattributed.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text + (
        "  - id: scream-year-wrong\n"
        "    subject: Scream\n"
        "    property: year\n"
        "    value: {kind: year, year: 2021}\n"
        "    quote: Borisov first met Baker in Cannes in 2021\n"
        "    status: draft\n"), encoding="utf-8")
    line = len(text.splitlines()) + 1
    result = run("check", "--format", "json")
    assert result.code == 1
    report = json.loads(result.stdout)
    assert report["invalid_claims"] == []
    unresolved = [c for c in report["conflicts"] if not c["resolved"]]
    assert [(c["subject"], c["property"], sorted(v["label"] for v in c["values"]))
            for c in unresolved] == [("Scream", "year", ["2021", "2022"])]
    sides = {v["label"]: [(x["file"], x["line"]) for x in v["claims"]]
             for v in unresolved[0]["values"]}
    assert sides["2021"] == [("claims/anora-cast-feature-unattributed.yaml", line)]
