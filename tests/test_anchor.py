"""Finding a quote in its source: typographic normalization and its map back to the original
text, sentence bounds, and the anchoring itself (verbatim, normalized, closest passage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.corpus.anchor import closest_passage, find_quote
from checker.corpus.sources import Source
from checker.text import LineIndex, NormalizedText, normalize, sentence_around


def source(text: str) -> Source:
    return Source(id="article", path=Path("sources/article.txt"), text=text)


# Normalization, and every normalized character's place in the original.

@pytest.mark.parametrize(("text", "normalized"), [
    ("\u201cSix million,\u201d she said", '"Six million," she said'),
    ("Baker\u2019s film, \u2018Anora\u2019", "Baker's film, 'Anora'"),
    ("2021\u20132022 \u2014 two years \u2212 one", "2021-2022 - two years - one"),
    ("and then\u2026 nothing", "and then... nothing"),
    ("  six\u00a0million\n\tdollars \r\n", "six million dollars"),
    ("co\u00adwrote, zero\u200bwidth, \ufeffmark", "cowrote, zerowidth, mark"),
    ("Case, spelling; and punctuation!", "Case, spelling; and punctuation!"),
])
def test_normalize(text: str, normalized: str) -> None:
    assert normalize(text) == normalized
    assert NormalizedText.of(text).text == normalized


def test_each_normalized_character_maps_to_its_original() -> None:
    original = "  \u201cSo\u2026\u201d\r\n  she\u00adsaid"
    folded = NormalizedText.of(original)
    assert folded.text == '"So..." shesaid'
    # the ellipsis is three characters of one; the line break and indent one space at the
    # first of them; the soft hyphen (14) nothing
    assert folded.offsets == (2, 3, 4, 5, 5, 5, 6, 7, 11, 12, 13, 15, 16, 17, 18)


def test_a_normalized_span_maps_to_the_original_span() -> None:
    original = "He said \u201cwhich cost\r\nsix million\u201d today."
    folded = NormalizedText.of(original)
    start = folded.text.index("which")
    end = folded.text.index("million") + len("million")
    begin, finish = folded.span(start, end)
    assert original[begin:finish] == "which cost\r\nsix million"
    assert folded.span(start, start) == (begin, begin)


def test_line_index_counts_as_an_editor_does() -> None:
    lines = LineIndex("one\ntwo\n\nfour")
    assert [lines.position(o) for o in (0, 3, 4, 8, 9, 12)] == [
        (1, 1), (1, 4), (2, 1), (3, 1), (4, 1), (4, 4)]
    assert lines.offset(4, 2) == 10
    assert [lines.line_text(n) for n in (1, 2, 3, 4)] == ["one", "two", "", "four"]


# Sentences: the context a report shows around a quote.

def sentence(text: str, quote: str) -> str:
    start = text.index(quote)
    begin, end = sentence_around(text, start, start + len(quote))
    return text[begin:end]


@pytest.mark.parametrize(("text", "quote", "expected"), [
    ("He saw Compartment No. 6 in Finland. It moved him.", "Finland",
     "He saw Compartment No. 6 in Finland."),
    ("The L.A.-born actor starred. Then she left.", "starred", "The L.A.-born actor starred."),
    ("Before that. A U.S. production made for $6 million. After.", "$6 million",
     "A U.S. production made for $6 million."),
    ("Before. Mr. Baker said \u201cIt was great.\u201d Then he left.", "great.\u201d",
     "Mr. Baker said \u201cIt was great.\u201d"),
    ("Sean S. Baker directed it. Next.", "directed", "Sean S. Baker directed it."),
    ("It opened Oct. 18 in New York. It closed.", "New York",
     "It opened Oct. 18 in New York."),
    ("It cost $6 million. Later it grew.", "It cost $6 million.", "It cost $6 million."),
    ("In 2021. 2022 was the year.", "2022", "2022 was the year."),
    ("Was it? Yes! It was.", "Yes", "Yes!"),
    ("One. Two three. Four.", "three. Four", "Two three. Four."),
    ("A heading\nThe paragraph starts here and goes on", "starts",
     "The paragraph starts here and goes on"),
])
def test_sentence_around(text: str, quote: str, expected: str) -> None:
    assert sentence(text, quote) == expected


def test_a_very_long_sentence_is_cut_six_hundred_characters_each_side() -> None:
    text = "word " * 400 + "QUOTE " + "word " * 400
    begin, end = sentence_around(text, 2000, 2005)
    assert (begin, end) == (1400, 2605)


# Anchoring.

ARTICLE = (
    "Harbour Lights\n"
    "\u201cWe had six million dollars,\u201d says Mara Quint \u2014 the director \u2014 of the "
    "2021\u20132022 shoot.\n"
    "She wrote and directed the film, which cost\n"
    "six million dollars. Six million dollars is not much.\n"
)


def test_a_verbatim_quote() -> None:
    passage = find_quote("She wrote and directed", source(ARTICLE))
    assert passage is not None
    assert (passage.line, passage.column, passage.text) == (3, 1, "She wrote and directed")
    # a line break ends a sentence: articles put paragraphs on lines of their own
    assert passage.sentence == "She wrote and directed the film, which cost"


def test_straight_quotes_find_curly_ones() -> None:
    passage = find_quote('"We had six million dollars," says Mara Quint', source(ARTICLE))
    assert passage is not None
    assert (passage.line, passage.column) == (2, 1)
    assert passage.text == "\u201cWe had six million dollars,\u201d says Mara Quint"


def test_hyphens_find_dashes() -> None:
    passage = find_quote("Mara Quint - the director - of the 2021-2022 shoot", source(ARTICLE))
    assert passage is not None
    assert (passage.line, passage.column) == (2, 36)
    assert passage.text == ("Mara Quint \u2014 the director \u2014 of the 2021\u20132022 "
                            "shoot")


def test_a_quote_over_a_line_break() -> None:
    passage = find_quote("which cost six million dollars", source(ARTICLE))
    assert passage is not None
    assert (passage.line, passage.column) == (3, 34)
    assert passage.text == "which cost\nsix million dollars"
    # the sentence runs over the line break the quote runs over
    assert passage.sentence == ("She wrote and directed the film, which cost six million "
                                "dollars.")


def test_a_repeated_quote_is_anchored_at_its_first_occurrence() -> None:
    passage = find_quote("ix million dollars", source(ARTICLE))
    assert passage is not None
    assert (passage.line, passage.column) == (2, 10)


def test_case_and_wording_are_not_normalized() -> None:
    assert find_quote("she wrote and directed", source(ARTICLE)) is None
    assert find_quote("which cost 6 million dollars", source(ARTICLE)) is None


def test_the_closest_passage_in_whole_words() -> None:
    closest = closest_passage("which cost six milion dolars", source(ARTICLE))
    assert closest is not None
    assert (closest.line, closest.column, closest.text) == (
        3, 34, "which cost six million dollars")
    assert 90 <= closest.score < 100


def test_no_closest_passage_in_an_empty_source() -> None:
    assert closest_passage("anything", source("")) is None
    assert closest_passage("   ", source(ARTICLE)) is None


def test_line_index_positions_match_counting_by_hand() -> None:
    import random

    from checker.text import LineIndex

    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("ab \n\n’é") for _ in range(rng.randrange(0, 80)))
        index = LineIndex(text)
        for offset in range(len(text) + 1):
            before = text[:offset]
            expected = (before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)
            assert index.position(offset) == expected
            line, column = expected
            assert index.offset(line, column) == offset
