"""Money extraction: figures in digits and words, what each is and whose, on sentences written
for these tests."""

from __future__ import annotations

from pathlib import Path

from extract.harness import rows, run_extract

USD = "USD"
ARTICLE = 'title: "Salt Road: the making of a western"\nkind: article\n'
INTERVIEW = 'title: "An interview with Odile Varga about Night Ferry"\nkind: interview\n'


def test_a_budget_in_digits_and_one_in_words_with_a_hedge(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "Night Ferry cost $2.5 million to make, while Dry Season"
                                       " was shot for about four million dollars.\n")
    assert rows(extraction, "money") == [
        ("Night Ferry", "budget", {"amount": 2_500_000, "currency": USD}, {},
         "Night Ferry cost $2.5 million"),
        ("Dry Season", "budget", {"amount": 4_000_000, "currency": USD}, {"approximate": True},
         "Dry Season was shot for about four million dollars"),
    ]


def test_a_figure_spent_on_a_work_is_its_budget(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        We made Salt Road at a million dollars, then went to roughly $6M on Night Ferry.
        """)
    assert rows(extraction, "money") == [
        ("Salt Road", "budget", {"amount": 1_000_000, "currency": USD}, {},
         "Salt Road at a million dollars"),
        ("Night Ferry", "budget", {"amount": 6_000_000, "currency": USD}, {"approximate": True},
         "roughly $6M on Night Ferry"),
    ]


def test_gross_bound_and_a_budget_of_the_film_the_article_is_about(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Salt Road: the making of a western
        The film grossed more than $12 million worldwide, on a budget of $3 million.
        """, meta=ARTICLE)
    assert rows(extraction, "money") == [
        ("Salt Road", "gross", {"amount": 12_000_000, "currency": USD},
         {"scope": "worldwide", "bound": "lower"}, "The film grossed more than $12 million"),
        ("Salt Road", "budget", {"amount": 3_000_000, "currency": USD}, {},
         "budget of $3 million"),
    ]
    notes = [d.claim.note for d in extraction.drafts if d.claim.value.kind == "money"]
    assert notes == ["the sentence says \"the film\": taken to be the article's main work",
                     "the figure names no work: taken to be the article's main work"]


def test_a_fee_with_an_upper_bound_and_a_net_worth_in_euros(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Helga Strand was paid under $500,000 for the part.
        Odile Varga is worth an estimated €15 million.
        """)
    assert rows(extraction, "money") == [
        ("Helga Strand", "fee", {"amount": 500_000, "currency": USD}, {"bound": "upper"},
         "Helga Strand was paid under $500,000"),
        ("Odile Varga", "net_worth", {"amount": 15_000_000, "currency": "EUR"},
         {"approximate": True}, "Odile Varga is worth an estimated €15 million"),
    ]


def test_a_figure_whose_meaning_or_owner_cannot_be_told_is_left_out(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Salt Road: the making of a western
        The studio spent nearly $1 million on marketing.
        It sold 2 million tickets, and $4 million changed hands somewhere.
        Lumen Pictures, whose founders are worth $40 million, bought the rights for $250,000.
        Night Ferry and Dry Season together cost $9 million.
        """, meta=ARTICLE)
    assert rows(extraction, "money") == []


def test_a_hypothetical_figure_is_the_speakers_in_an_interview(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        If we had asked for $30 million, nobody would have made it.
        Glen gave us a figure we could spend, which was six million.
        """, meta=INTERVIEW)
    assert rows(extraction, "money") == [
        ("Odile Varga", "hypothetical", {"amount": 30_000_000, "currency": USD}, {},
         "If we had asked for $30 million"),
        ("Night Ferry", "budget", {"amount": 6_000_000, "currency": USD}, {},
         "spend, which was six million"),
    ]


def test_without_a_speaker_a_hypothetical_figure_is_left_out(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, "If they had asked for $30 million, who knows.\n")
    assert rows(extraction, "money") == []


def test_the_articles_currency_stands_for_a_figure_that_gives_none(tmp_path: Path) -> None:
    extraction = run_extract(tmp_path, """
        Dry Season cost £800,000. Night Ferry cost two million.
        """)
    assert rows(extraction, "money") == [
        ("Dry Season", "budget", {"amount": 800_000, "currency": "GBP"}, {},
         "Dry Season cost £800,000"),
        ("Night Ferry", "budget", {"amount": 2_000_000, "currency": "GBP"}, {},
         "Night Ferry cost two million"),
    ]
    notes = [d.claim.note for d in extraction.drafts if d.claim.value.kind == "money"]
    assert notes == [None, "the quote gives no currency: GBP assumed"]
