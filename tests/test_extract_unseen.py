"""An article extraction was not written against: a film review (tests/extract/unseen) read
into a corpus with no entities at all. Every statement it drafts is listed here, and the check
accepts them all."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml
from conftest import Run

UNSEEN = Path(__file__).parent / "extract" / "unseen"
RunCli = Callable[..., Run]


def test_a_review_of_an_unknown_film(run: RunCli, tmp_path: Path) -> None:
    shutil.copytree(UNSEEN, tmp_path, dirs_exist_ok=True)
    result = run("extract")
    assert (result.code, result.stdout.splitlines()[0]) == (
        0, "claims/entities.yaml: added 11 draft entities")
    claims = yaml.safe_load((tmp_path / "claims/harbor-lights-review.yaml").read_text("utf-8"))
    found = [(c["subject"], c["property"], {k: v for k, v in c["value"].items() if k != "kind"},
              {k: c[k] for k in ("scope", "approximate", "bound") if k in c})
             for c in claims["claims"] if c["property"] != "name"]
    assert found == [
        ("Harbor Lights", "premiere_date", {"date": "2023"}, {"scope": "Venice Film Festival"}),
        ("Harbor Lights", "release_date", {"date": "2024-02-09"}, {"scope": "US"}),
        ("Harbor Lights", "filming_location", {"place": "Gothenburg"}, {}),
        ("Harbor Lights", "budget", {"amount": 4800000, "currency": "USD"},
         {"approximate": True}),
        ("Harbor Lights", "runtime", {"amount": 127, "unit": "minutes"}, {}),
        ("Ingrid", "age", {"amount": 41, "unit": "years"}, {}),
        ("Sofie Brandt", "cast", {"character": "Ingrid", "work": "Harbor Lights"}, {}),
        ("Johan Berg", "credit", {"role": "cinematographer", "work": "Harbor Lights"}, {}),
        ("Lena Marsh", "credit", {"role": "editor", "work": "Harbor Lights"}, {}),
        ("Winter Crossing", "year", {"year": 2011}, {}),
        ("Winter Crossing", "budget", {"amount": 1000000, "currency": "USD"},
         {"bound": "upper"}),
        ("Sofie Brandt", "age", {"amount": 38, "unit": "years"}, {}),
        ("Sofie Brandt", "birthplace", {"place": "Malmö"}, {}),
        ("Sofie Brandt", "hometown", {"place": "Stockholm"}, {}),
        ("Harbor Lights", "gross", {"amount": 2000000, "currency": "USD"},
         {"scope": "opening weekend", "bound": "lower"}),
        ("Nordisk Film", "credit", {"role": "distributor", "work": "Harbor Lights"}, {}),
        ("The Long Tide", "year", {"year": 2019}, {}),
    ]
    entities = yaml.safe_load((tmp_path / "claims/entities.yaml").read_text("utf-8"))
    assert [(e["name"], e["kind"], e["status"]) for e in entities["entities"]] == [
        ("Harbor Lights", "work", "draft"), ("Sofie Brandt", "person", "draft"),
        ("Ingrid", "character", "draft"), ("Gothenburg", "place", "draft"),
        ("Johan Berg", "person", "draft"), ("Lena Marsh", "person", "draft"),
        ("Winter Crossing", "work", "draft"), ("Nordisk Film", "organization", "draft"),
        ("The Long Tide", "work", "draft"), ("Malmö", "place", "draft"),
        ("Stockholm", "place", "draft")]
    check = run("check")
    assert (check.code, check.stdout.splitlines()[0]) == (
        0, "Checked 1 source and 17 claims: no conflicts.")
