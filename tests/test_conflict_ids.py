"""Conflict ids: made from what is in dispute, so that a resolution keeps matching while the
files around it are edited, and stops matching when the dispute changes."""

from __future__ import annotations

import textwrap
from pathlib import Path

from checker.check import run_check

ENTITIES = """
entities:
  - name: Tidewater
    kind: work
  - name: Rathmore Film Society
    kind: organization
  - name: Adele Varga
    kind: person
  - name: Ines Moreau
    kind: person
"""
TRADE = """
Tidewater, a $6 million thriller, has been acquired for UK distribution. The Rathmore Film
Society, founded in 1998, will screen it first. Adele Varga plays Clara.
"""
REGIONAL = """
Tidewater’s $8 million budget was the largest ever spent in the county. Since its founding in
1996, the Rathmore Film Society has screened 1,200 films. Ines Moreau was cast as Clara.
"""
TRADE_CLAIMS = """
claims:
  - id: budget
    subject: Tidewater
    property: budget
    value: {kind: money, amount: 6000000, currency: USD}
    quote: "a $6 million thriller"
    status: reviewed
  - id: founded
    subject: Rathmore Film Society
    property: event_date
    scope: founding
    value: {kind: date, date: 1998}
    quote: "founded in 1998"
    status: reviewed
  - id: clara
    subject: Adele Varga
    property: cast
    value: {kind: cast, character: Clara, work: Tidewater}
    quote: "Adele Varga plays Clara"
    status: reviewed
"""
REGIONAL_CLAIMS = """
claims:
  - id: budget
    subject: Tidewater
    property: budget
    value: {kind: money, amount: 8000000, currency: USD}
    quote: "$8 million budget"
    status: reviewed
  - id: founded
    subject: Rathmore Film Society
    property: event_date
    scope: Founding
    value: {kind: date, date: 1996}
    quote: "Since its founding in 1996"
    status: reviewed
  - id: clara
    subject: Ines Moreau
    property: cast
    value: {kind: cast, character: clara, work: Tidewater}
    quote: "Ines Moreau was cast as Clara"
    status: reviewed
"""


def _ids(folder: Path, files: dict[str, str]) -> dict[tuple[str, str], str]:
    """Write a corpus to ``folder``, check it, and return conflict ids by (subject, property)."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    result = run_check(folder / "sources", folder / "claims")
    assert not result.problems, [str(p) for p in result.problems]
    ids = {(c.subject, c.property): c.id for c in result.conflicts}
    assert len(ids) == len(result.conflicts) == 3
    return ids


def _corpus(**changes: str) -> dict[str, str]:
    files = {
        "sources/trade.txt": TRADE, "sources/regional.txt": REGIONAL,
        "claims/entities.yaml": ENTITIES,
        "claims/trade.yaml": TRADE_CLAIMS, "claims/regional.yaml": REGIONAL_CLAIMS,
    }
    files.update({name.replace("__", "/").replace("_yaml", ".yaml").replace("_txt", ".txt"): text
                  for name, text in changes.items()})
    return files


def _reversed_claims(claims_yaml: str) -> str:
    head, *items = textwrap.dedent(claims_yaml).split("\n  - ")
    return "\n  - ".join([head, *reversed([i.rstrip("\n") for i in items])]) + "\n"


def test_ids_are_stable_when_claims_are_reordered(tmp_path: Path) -> None:
    before = _ids(tmp_path / "before", _corpus())
    reordered = _reversed_claims(TRADE_CLAIMS)
    assert reordered.index("id: clara") < reordered.index("id: budget")
    after = _ids(tmp_path / "after", _corpus(claims__trade_yaml=reordered,
                                             claims__regional_yaml=_reversed_claims(
                                                 REGIONAL_CLAIMS)))
    assert after == before


def test_ids_are_stable_when_sources_are_read_in_another_order(tmp_path: Path) -> None:
    # Sources are read in file-name order; "Founding"/"founding" and "Clara"/"clara" must
    # name the conflict the same way whichever comes first.
    before = _ids(tmp_path / "before", _corpus())
    renamed = _corpus()
    renamed["sources/weekly-regional.txt"] = renamed.pop("sources/regional.txt")
    renamed["claims/weekly-regional.yaml"] = renamed.pop("claims/regional.yaml")
    assert _ids(tmp_path / "after", renamed) == before


def test_ids_are_stable_when_claims_and_quotes_move_to_other_lines(tmp_path: Path) -> None:
    before = _ids(tmp_path / "before", _corpus())
    moved_claims = "# claims of the regional paper, checked twice\n\n\n" + textwrap.dedent(
        REGIONAL_CLAIMS)
    moved_text = "COUNTY NEWS\n\nBy a staff reporter\n\n" + textwrap.dedent(REGIONAL)
    after = _ids(tmp_path / "after", _corpus(claims__regional_yaml=moved_claims,
                                             sources__regional_txt=moved_text))
    assert after == before


def test_ids_are_stable_across_flow_and_block_yaml(tmp_path: Path) -> None:
    before = _ids(tmp_path / "before", _corpus())
    block = """
    claims:
      - id: budget
        subject: Tidewater
        property: budget
        value:
          kind: money
          amount: 8_000_000
          currency: USD
        quote: "$8 million budget"
        status: reviewed
      - {id: founded, subject: Rathmore Film Society, property: event_date, scope: Founding,
         value: {kind: date, date: 1996}, quote: "Since its founding in 1996",
         status: reviewed}
      - id: clara
        subject: Ines Moreau
        property: cast
        value:
          kind: cast
          character: clara
          work: Tidewater
        quote: 'Ines Moreau was cast as Clara'
        status: reviewed
    """
    assert _ids(tmp_path / "after", _corpus(claims__regional_yaml=block)) == before


def test_ids_are_stable_when_another_source_repeats_a_value(tmp_path: Path) -> None:
    before = _ids(tmp_path / "before", _corpus())
    after = _ids(tmp_path / "after", _corpus(
        sources__podcast_txt="“We had six million dollars and thirty days.” Tidewater, I mean.",
        claims__podcast_yaml="""
        claims:
          - id: budget
            subject: Tidewater
            property: budget
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "We had six million dollars"
            status: draft
        """))
    assert after == before


def test_ids_change_when_the_competing_values_change(tmp_path: Path) -> None:
    before = _ids(tmp_path / "before", _corpus())
    changed = REGIONAL_CLAIMS.replace("amount: 8000000", "amount: 9000000").replace(
        "$8 million budget", "$9 million budget")
    after = _ids(tmp_path / "after", _corpus(
        sources__regional_txt=REGIONAL.replace("$8 million", "$9 million"),
        claims__regional_yaml=changed))
    assert after[("Tidewater", "budget")] != before[("Tidewater", "budget")]
    # the other disputes are untouched
    assert after[("Rathmore Film Society", "event_date")] == before[
        ("Rathmore Film Society", "event_date")]
    assert after[("Tidewater", "cast")] == before[("Tidewater", "cast")]


def test_ids_change_when_a_new_value_joins_the_dispute(tmp_path: Path) -> None:
    before = _ids(tmp_path / "before", _corpus())
    after = _ids(tmp_path / "after", _corpus(
        sources__blog_txt="Somehow Tidewater cost $7.5 million.",
        claims__blog_yaml="""
        claims:
          - id: budget
            subject: Tidewater
            property: budget
            value: {kind: money, amount: 7500000, currency: USD}
            quote: "cost $7.5 million"
            status: draft
        """))
    assert after[("Tidewater", "budget")] != before[("Tidewater", "budget")]
    assert after[("Tidewater", "cast")] == before[("Tidewater", "cast")]


def test_ids_read_as_subject_and_property(tmp_path: Path) -> None:
    ids = _ids(tmp_path, _corpus())
    assert ids[("Tidewater", "budget")].startswith("tidewater-budget-")
    assert ids[("Rathmore Film Society", "event_date")].startswith(
        "rathmore-film-society-event-date-")
