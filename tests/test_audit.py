"""The spelling audit inside the check: one conflict per dispute whether claimed or only read
in the texts, resolutions that apply to it, the JSON report, and the merges it must not make."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import Run

from checker.audit import audit
from checker.check import run_check
from checker.compare import compare_claims
from checker.conflict import Conflict
from checker.corpus.entities import load_entities
from checker.problems import Problem
from checker.result import CheckResult

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
BRANDAUER = {
    "claims/entities.yaml": "entities:\n  - {name: Ilse Brandauer, kind: person}\n",
    "sources/review.txt": (
        "Ilse Brandauer is superb.\nBrandaur carries the last act.\nLater Brandaur sings.\n"),
    "sources/notes.txt": "Brandauer was cast in the spring.\n",
    "claims/review.yaml": """\
        claims:
          - {id: typo, subject: Ilse Brandauer, property: name, status: reviewed,
             value: {kind: name, name: Brandaur}, quote: Brandaur carries the last act}
        """,
}
WHITCOMBE = {
    "claims/entities.yaml": "entities: []\n",
    "sources/notes.txt": "Costumes by Ashley Whitcombe.\nAshley Whitcombe found the silk.\n",
    "sources/review.txt": "The costumes by Ashlee Whitcombe are the real star.\n",
}
WHITCOMBE_ID = "ashley-whitcombe-name-8b288092"  # Ashley against Ashlee


def _shapes(result: CheckResult) -> list[tuple[str, str, str, list[str]]]:
    assert result.problems == ()
    return sorted((c.kind, c.severity.value, c.subject, sorted(v.label for v in c.values))
                  for c in result.conflicts)


def _places(result: CheckResult) -> dict[str, list[str]]:
    return {v.label: [f"{p.source.id}:{p.line}:{p.column}" for p in v.mentions]
            for c in result.conflicts for v in c.values}


def test_a_spelling_claimed_and_read_in_the_texts_is_one_conflict_with_its_id(
        corpus: Corpus) -> None:
    root = corpus(BRANDAUER)
    result = run_check(root / "sources", root / "claims")
    problems: list[Problem] = []
    sources = {s.id: s for s in result.sources}
    claims_only = compare_claims(result.claims, load_entities(root / "claims", sources, problems))
    assert [c.id for c in result.conflicts] == [c.id for c in claims_only]
    (conflict,) = result.conflicts
    assert {v.label: [c.ref for c in v.claims] for v in conflict.values} == {
        "Brandaur": ["review/typo"], "Brandauer": []}
    # the claimed passage is not repeated as a mention; the other two are
    assert _places(result) == {"Brandaur": ["review:3:7"],
                               "Brandauer": ["notes:1:1", "review:1:1"]}


def test_audit_conflicts_are_in_the_json_report_and_resolutions_apply(
        run: RunCli, corpus: Corpus) -> None:
    corpus(WHITCOMBE)
    failing = run("check", "--format", "json")
    assert failing.code == 1
    report = json.loads(failing.stdout)
    assert [(c["id"], c["kind"], c["subject"], c["resolved"]) for c in report["conflicts"]] == [
        (WHITCOMBE_ID, "spelling", "Ashley Whitcombe", False)]
    assert [(v["label"], v["claims"], [(m["source"]["id"], m["passage"]["line"],
                                        m["passage"]["column"], m["passage"]["text"])
                                       for m in v["mentions"]])
            for v in report["conflicts"][0]["values"]] == [
        ("Ashley", [], [("notes", 1, 13, "Ashley Whitcombe"),
                        ("notes", 2, 1, "Ashley Whitcombe")]),
        ("Ashlee", [], [("review", 1, 17, "Ashlee Whitcombe")]),
    ]
    Path("claims/resolutions.yaml").write_text(
        f"resolutions:\n  {WHITCOMBE_ID}:\n    keep: Ashley\n"
        "    reason: the programme credits her as Ashley\n", encoding="utf-8")
    passing = run("check", "--format", "json")
    assert passing.code == 0
    report = json.loads(passing.stdout)
    assert (report["status"], report["conflicts"][0]["resolved"]) == ("pass", True)


def test_a_word_of_another_full_name_is_not_a_variant(corpus: Corpus) -> None:
    entities = "entities:\n  - {name: Charles Jang, kind: person}\n"
    root = corpus({"claims/entities.yaml": entities,
                   "sources/a.txt": "Charles Jang met Carl Jung's grandson. Jung smiled.\n"})
    assert _shapes(run_check(root / "sources", root / "claims")) == []
    (root / "sources" / "a.txt").write_text("Charles Jang starred. Jung smiled.\n")
    assert _shapes(run_check(root / "sources", root / "claims")) == [
        ("spelling", "error", "Charles Jang", ["Jang", "Jung"])]


def test_a_form_within_reach_of_two_declared_people_is_reported_for_each(
        corpus: Corpus) -> None:
    root = corpus({
        "claims/entities.yaml": ("entities:\n  - {name: Lena Marsh, kind: person}\n"
                                 "  - {name: Lina Marsh, kind: person}\n"),
        "sources/a.txt": "Lena Marsh and Lina Marsh are twins; Lana Marsh is in no credits.\n"})
    assert _shapes(run_check(root / "sources", root / "claims")) == [
        ("spelling", "error", "Lena Marsh", ["Lana", "Lena"]),
        ("spelling", "error", "Lina Marsh", ["Lana", "Lina"])]


def test_a_variant_read_only_in_low_weight_passages_is_a_warning(corpus: Corpus) -> None:
    root = corpus({
        **BRANDAUER,
        "sources/review.txt": "Ilse Brandauer is superb.\nComments\nBrandaur was robbed!\n",
        "sources/review.meta.yaml": ("sections:\n  - {starts_at: Comments, label: reader "
                                     "comments, weight: low}\n"),
        "claims/review.yaml": "claims: []\n"})
    assert _shapes(run_check(root / "sources", root / "claims")) == [
        ("spelling", "warning", "Ilse Brandauer", ["Brandauer", "Brandaur"])]


def _described(conflicts: list[Conflict]) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    return [(c.id, c.subject, [(v.label, [f"{p.source.id}:{p.line}:{p.column}"
                                           for p in v.mentions]) for v in c.values])
            for c in conflicts]


def test_the_audit_reads_the_sources_in_file_order_whatever_order_it_is_given(
        corpus: Corpus) -> None:
    # the writing read first names an unknown name when two are read as often
    root = corpus({
        "claims/entities.yaml": "entities: []\n",
        "sources/a.txt": "ASHLEY WHITCOMBE signs the costumes.\n",
        "sources/b.txt": "Costumes by Ashley Whitcombe.\n",
        "sources/c.txt": "The costumes by Ashlee Whitcombe are the real star.\n"})
    result = run_check(root / "sources", root / "claims")
    problems: list[Problem] = []
    sources = list(result.sources)
    entities = load_entities(root / "claims", {s.id: s for s in sources}, problems)
    assert [s.id for s in sources] == ["a", "b", "c"]
    expected = _described(audit(sources, entities, result.claims))
    assert [(i.rsplit("-", 1)[0], subject, values) for i, subject, values in expected] == [
        ("ashley-whitcombe-name", "ASHLEY WHITCOMBE",
         [("ASHLEY", ["a:1:1", "b:1:13"]), ("Ashlee", ["c:1:17"])])]
    for order in ([2, 1, 0], [1, 2, 0], [2, 0, 1]):
        assert _described(audit([sources[i] for i in order], entities,
                                result.claims)) == expected
