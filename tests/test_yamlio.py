"""Reading YAML: positions of keys and items, values as written, duplicates, and refusal of
what these files have no use for (aliases, tags, deep nesting); then, through the command line,
malformed files reported in plain words at the place to edit.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO
from test_bad_input import BUDGET_CONFLICT, Corpus, RunCli, blog, check

from checker import yamlio


def load(text: str) -> yamlio.Document:
    return yamlio.load(text)


def refusal(text: str) -> tuple[int, int, str]:
    with pytest.raises(yamlio.YamlError) as raised:
        yamlio.load(text)
    return raised.value.line, raised.value.column, raised.value.message


# Positions: what a validation error at a pydantic path is reported at.

NESTED = """\
claims:
  - id: budget
    value:
      kind: money
      amount: 6000000
  - id: credit
    value: {kind: credit, role: editor, work: [Anora, "Red Rocket"]}
"""


@pytest.mark.parametrize(("loc", "position"), [
    ((), (1, 1)),
    (("claims",), (1, 1)),
    (("claims", 0), (2, 5)),
    (("claims", 0, "id"), (2, 5)),
    (("claims", 0, "value"), (3, 5)),
    (("claims", 0, "value", "amount"), (5, 7)),
    (("claims", 0, "value", "money", "amount"), (5, 7)),  # a union's tag is skipped
    (("claims", 1), (6, 5)),
    (("claims", 1, "value", "role"), (7, 27)),  # in a flow mapping
    (("claims", 1, "value", "work", 1), (7, 55)),  # an item of a flow sequence
    (("claims", 0, "value", "currency"), (3, 5)),  # missing: at the mapping that lacks it
    (("claims", 5, "id"), (1, 1)),  # no such item: at the list's key
])
def test_locate_follows_the_path_to_the_deepest_key_written(
        loc: tuple[int | str, ...], position: tuple[int, int]) -> None:
    document = load(NESTED)
    assert document.positions.locate(document.data, loc) == position


def test_positions_of_block_sequence_items_and_nested_mappings() -> None:
    document = load("a:\n  b:\n    - x\n    - c: 1\n      d: [1, {e: 2}]\n")
    positions, data = document.positions, document.data
    assert positions.locate(data, ("a", "b", 0)) == (3, 7)
    assert positions.locate(data, ("a", "b", 1)) == (4, 7)
    assert positions.locate(data, ("a", "b", 1, "d")) == (5, 7)
    assert positions.locate(data, ("a", "b", 1, "d", 1, "e")) == (5, 15)
    assert positions.of(data["a"]["b"]) == (3, 5)
    assert positions.locate(data, ("a", "b", 1, "z")) == (4, 7)  # missing: at its mapping


def test_windows_line_endings_keep_the_positions() -> None:
    document = load("claims:\r\n  - id: budget\r\n    quote: x\r\n")
    assert document.positions.locate(document.data, ("claims", 0, "quote")) == (3, 5)


def test_plain_values_keep_their_text_as_written() -> None:
    document = load('a: no\nb: "no"\nc: 2024-01-01\nd: [on, 1e3]\ne: 0x1F\n')
    assert document.data == {"a": False, "b": "no", "c": dt.date(2024, 1, 1),
                             "d": [True, "1e3"], "e": 31}
    written = document.positions.written_at
    assert written(document.data, ("a",)) == "no"
    assert written(document.data, ("b",)) is None  # quoted: text already
    assert written(document.data, ("c",)) == "2024-01-01"
    assert written(document.data, ("d", 0)) == "on"
    assert written(document.data, ("e",)) == "0x1F"


def test_a_value_yaml_cannot_convert_stays_text() -> None:
    document = load("date: 2024-02-30\nfine: 2024-02-03\nbig: " + "1" * 5000 + "\n")
    assert document.data["date"] == "2024-02-30"
    assert document.data["fine"] == dt.date(2024, 2, 3)
    assert document.data["big"] == "1" * 5000


def test_duplicate_keys_are_listed_with_both_positions_and_their_mapping() -> None:
    document = load("a: 1\nb:\n  c: 1\n  c: 2\na: 3\n")
    assert [(d.key, d.position, d.first) for d in document.duplicates] == [
        ("c", (4, 3), (3, 3)), ("a", (5, 1), (1, 1)),
    ]
    assert document.duplicates[0].mapping is document.data["b"]
    assert document.data == {"a": 3, "b": {"c": 2}}  # YAML's own choice: the last


def test_empty_and_comment_only_files_have_no_data_but_their_text() -> None:
    assert load("").data is None
    document = load("# only a comment\n")
    assert (document.data, document.text) == (None, "# only a comment\n")


# Refused before anything is built.

def test_an_alias_is_refused_at_its_position() -> None:
    assert refusal("a: &x 1\nb: [1, *x]\n") == (
        2, 8, "YAML aliases (*x) are not allowed in these files; write the value out")


def test_an_anchor_without_an_alias_is_harmless() -> None:
    assert load("a: &x 1\n").data == {"a": 1}


def test_tags_other_than_str_are_refused() -> None:
    assert load("year: !!str 2021\n").data == {"year": "2021"}
    assert refusal("a: !!int 12\n") == (
        1, 4, "YAML tags such as !!int are not allowed in these files; write a plain value")
    assert refusal("a: !local x\n")[2].startswith("YAML tags such as !local are not allowed")


def test_a_merge_key_is_a_plain_key() -> None:
    assert load("a: {<<: {b: 1}}\n").data == {"a": {"<<": {"b": 1}}}


def test_nesting_is_limited_to_max_depth() -> None:
    fits = "[" * (yamlio.MAX_DEPTH - 1) + "]" * (yamlio.MAX_DEPTH - 1)
    assert load("a: " + fits + "\n").data is not None  # the mapping is the first level
    too_deep = "[" * yamlio.MAX_DEPTH + "]" * yamlio.MAX_DEPTH
    assert refusal("a: " + too_deep + "\n") == (
        1, 3 + yamlio.MAX_DEPTH, f"lists and mappings nest more than {yamlio.MAX_DEPTH} "
        "levels deep here; these files need only a few")


def test_a_key_that_is_a_list_is_refused() -> None:
    assert refusal("? [a, b]\n: c\n") == (
        1, 3, "invalid YAML: a key must be a plain word or number, not a list or mapping")


# 1. Malformed YAML: one message at the place to edit; the other files are still checked.

@pytest.mark.parametrize(("text", "problem"), [
    pytest.param(
        "claims:\n  - id: budget\n    subject: Harbour Lights\n   property: budget\n",
        "claims/blog-review.yaml:4:4: invalid YAML: this line does not fit the indentation of "
        "the block that starts at line 2, column 3; check its indentation",
        id="bad-indent"),
    pytest.param(
        "claims:\n  - id: budget\n    value: {kind: money, amount: 6000000\n    quote: x\n",
        "claims/blog-review.yaml:3:12: invalid YAML: '{' is not closed: expected ',' or '}' "
        "before line 4, column 10",
        id="unclosed-brace"),
    pytest.param(
        "claims: [{id: budget}, {id: credit}\n",
        "claims/blog-review.yaml:1:9: invalid YAML: '[' is not closed: expected ',' or ']' "
        "before line 2, column 1",
        id="unclosed-bracket"),
    pytest.param(
        'claims:\n  - id: budget\n    quote: "cost six million dollars\n',
        "claims/blog-review.yaml:3:12: invalid YAML: the quoted text that starts here is not "
        "closed",
        id="unclosed-quote"),
    pytest.param(
        "claims:\n  - id: budget\n    quote: Note: six million\n",
        "claims/blog-review.yaml:3:16: invalid YAML: ':' here starts a key where none can be: "
        "put text that holds ': ' in quotes, or check the indentation",
        id="colon-in-text"),
    pytest.param(
        'claims:\n  - id: budget\n    quote: "six million" dollars\n',
        "claims/blog-review.yaml:3:26: invalid YAML: text after the closing quote: put all of "
        "the text inside the quotes",
        id="text-after-quote"),
    pytest.param(
        "claims:\n\t- id: budget\n",
        "claims/blog-review.yaml:2:1: invalid YAML: a tab character: YAML indents with spaces",
        id="tab"),
    pytest.param(
        "claims: []\n---\nclaims: []\n",
        "claims/blog-review.yaml:2:1: invalid YAML: a second document ('---'); a file holds "
        "one YAML document",
        id="two-documents"),
    pytest.param(
        "claims: [\x01]\n",
        "claims/blog-review.yaml:1:10: invalid YAML: character U+0001 is not allowed in YAML; "
        "remove it",
        id="control-character"),
    pytest.param(
        "claims:\n  - !!python/object/apply:os.system [echo hi]\n",
        "claims/blog-review.yaml:2:5: YAML tags such as !!python/object/apply:os.system are "
        "not allowed in these files; write a plain value",
        id="python-tag"),
])
def test_malformed_yaml_is_one_problem_at_its_place(run: RunCli, corpus: Corpus, text: str,
                                                    problem: str) -> None:
    blog(corpus, text)
    outcome = check(run)
    assert outcome.problems == [problem]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


def test_the_terminal_report_prints_the_problem_line(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, "claims:\n  - id: budget\n    value: {kind: money, amount: 6000000\n")
    result = run("check", "--width", "200", "--color", "never")
    assert result.code == 1
    assert ("  claims/blog-review.yaml:3:12: invalid YAML: '{' is not closed: expected ',' or "
            "'}' before line 4, column 1") in result.stdout.splitlines()
    assert "Traceback" not in result.stdout + result.stderr


# 11. A "billion laughs" alias bomb is refused at its first alias, before anything is built.

def test_an_alias_bomb_is_refused(run: RunCli, corpus: Corpus) -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    lines.append("claims: [*i, *i, *i, *i, *i, *i, *i, *i, *i]")
    blog(corpus, "\n".join(lines) + "\n")
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:2:8: YAML aliases (*a) are not allowed in these files; write "
        "the value out",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


def test_nesting_a_hundred_thousand_levels_deep_is_refused(run: RunCli, corpus: Corpus) -> None:
    # libyaml's composer recurses once per level: left alone, this crashes the interpreter.
    blog(corpus, "claims: " + "[" * 100_000 + "]" * 100_000 + "\n")
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:1:58: lists and mappings nest more than 50 levels deep here; "
        "these files need only a few",
    ]
    assert outcome.conflicts == BUDGET_CONFLICT


def _paths(node: object, prefix: tuple[int | str, ...] = ()) -> list[tuple[int | str, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def test_the_fast_path_and_the_precise_loader_agree() -> None:
    # Most files take the fast path, which keeps only list items' positions and reads the
    # text again for anything else; both must give the same data and the same positions.
    text = (REPO / "claims" / "dear-producer-alex-coco.yaml").read_text(encoding="utf-8")
    fast, precise = load(text), yamlio._load_precise(text)
    assert isinstance(fast.positions, yamlio._LazyPositions)  # the fast path was taken
    assert fast.data == precise.data
    for path in _paths(precise.data):
        assert fast.positions.locate(fast.data, path) == \
            precise.positions.locate(precise.data, path), path
        assert fast.positions.written_at(fast.data, path) == \
            precise.positions.written_at(precise.data, path), path
