"""Money: figures in digits or words ("$3.5 million", "six million", "a million dollars"),
what each figure is, and of which work or person.

A figure counts when it has a currency beside it ("$", "dollars", "€") or a scale word in a
sentence about money. What it is comes from the sentence, nearest cue first:

- ``hypothetical``: after "if", "imagine", "suppose", or with "would", "could", "should",
  "might" in its clause ("if we did a $15 million movie");
- ``gross``: "grossed", "box office", "took in", "earned", "ticket sales";
- ``fee``: "paid", "salary", "fee" (of a person);
- ``net_worth``: "worth", "fortune" (of a person, group or organization);
- ``price``: "bought", "sold", "price";
- ``budget``: "budget", "cost", "spend", "made for", or a figure spent on a work ("around
  $3.5 million on The Florida Project", "with Red Rocket at a million dollars").

A figure whose meaning cannot be told is left out, and so is one whose owner cannot be told:
the work nearest the figure in its clause, else the only one in the sentence; a budget that
names no work ("our budget", "Budget: $1.1 million" on a reference page) is the main work's. A
hypothetical figure in first person is the speaker's, in an interview. Hedges become
qualifiers: "around", "approximately" → ``approximate``; "more than", "over" → ``bound:
lower``; "under", "up to" → ``bound: upper``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import clause, first_person, hedge, nearest, of_kind, pieces
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity
from checker.model.values import Money
from checker.parse.money import CODES, SYMBOLS, WORDS, MoneyMention
from checker.parse.numbers import SCALES

ID = "money"
VALUE_KINDS = frozenset({"money"})

_MONEY_WORDS = re.compile(
    r"\$|€|£|\b(?:dollars?|euros?|pounds|budgets?|cost|costs|spend|spent|spending|gross\w*|box"
    r"[- ]office|paid|salary|fee|worth|fortune|price|financ\w+|money|funding)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:if|imagine|suppose|supposing|hypothetical\w*)\b",
                           re.IGNORECASE)
_MODAL = re.compile(r"\b(?:would|could|should|might)\b", re.IGNORECASE)
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gross", re.compile(r"\b(?:gross(?:ed|es|ing)?|box[- ]office|took in|earn(?:ed|ing|s)?|"
                         r"ticket sales|opening weekend|grosses)\b", re.IGNORECASE)),
    ("fee", re.compile(r"\b(?:paid|salary|fees?|payday|compensation)\b", re.IGNORECASE)),
    ("net_worth", re.compile(r"\b(?:worth|fortune|net worth|wealth)\b", re.IGNORECASE)),
    ("price", re.compile(r"\b(?:bought|sold|purchased|price[ds]?)\b", re.IGNORECASE)),
    ("budget", re.compile(r"\b(?:budget(?:ed|s)?|cost(?:s|ing)?|spend(?:ing)?|spent|"
                          r"made (?:it |the film |the movie )?for|shot for|financed for)\b",
                          re.IGNORECASE)),
)
# spent on a work: "$3.5 million on The Florida Project", "with Red Rocket at a million"
_ON_WORK = re.compile(r"^\s+(?:on|for)\s+$")
_AT_FIGURE = re.compile(r"^\s+(?:at|for)\s+(?:about\s+|around\s+|roughly\s+|under\s+|"
                        r"less than\s+|just\s+)?$")
# a gross over a part of the run is its own question: "in its first weekend"
_GROSS_SCOPES = ((re.compile(r"\b(?:opening|first) weekend\b", re.IGNORECASE), "opening weekend"),
                 (re.compile(r"\b(?:worldwide|globally|global)\b", re.IGNORECASE), "worldwide"),
                 (re.compile(r"\b(?:domestic(?:ally)?|North America)\b", re.IGNORECASE),
                  "domestic"))
_THE_FILM = re.compile(r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts) (?:film|movie|picture|feature)\b")
_LABELLED = re.compile(r"^(?:Budget|Box office|Gross)\s*:", re.IGNORECASE)
_WORTH = re.compile(r"^(?:'s|,)?\s+(?:(?:is|was|are|were|now|reportedly|said to be|estimated)\s+)*"
                    r"$")
# what makes a figure an amount: a currency beside it, or a scale ("$6M", "six million")
_AMOUNT_CUES = pieces(*SYMBOLS, *CODES, *WORDS, *SCALES)
_SHORT_SCALE = re.compile(r"\d\s?[kmbKMB\u212a]")
_OWNER_KINDS = {
    "budget": ("work",), "gross": ("work",), "fee": ("person",),
    "net_worth": ("person", "group", "organization"), "price": ("other", "place"),
}
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_SPENT_ON = re.compile(r"\s+on\s+(?:the\s+|its\s+|their\s+)?[a-z]")
_AND = re.compile(r",?\s+(?:and|or|&)\s+")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    if not sentence.holds(_AMOUNT_CUES) and not _SHORT_SCALE.search(text):
        return  # no figure has a currency or a scale: none is an amount
    figures = sentence.money
    if not figures or (not _MONEY_WORDS.search(text) and not any(m.currency for m in figures)):
        return
    for figure in figures:
        if figure.amount < 1 or not (figure.currency or figure.scaled):
            continue
        if figure.currency is None and _counts_something(text, figure.end):
            continue  # "six million viewers"
        finding = _finding(sentence, context, figure)
        if finding is not None:
            yield finding


def _counts_something(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text[end:])
    return bool(following and following.group(1) not in (
        "on", "for", "in", "at", "to", "and", "then", "budget", "movie", "film", "which",
        "that", "but", "or", "with", "from", "we", "is", "was"))


def _meaning(text: str, figure: MoneyMention, within: Span) -> tuple[str, Span | None] | None:
    """What the figure is, and the word that says so: the cue nearest the figure in its
    clause and the one before ("a number we could spend, which was six million"); a modal
    only counts in the figure's own clause."""
    supposed = _last(_HYPOTHETICAL, text, 0, figure.start) or _MODAL.search(text, *within)
    if supposed:
        return "hypothetical", supposed.span()
    wider = clause(text, within[0] - 2, within[0] - 1)[0] if within[0] > 1 else within[0]
    cues = [(prop, found) for prop, cue in _CUES
            for found in cue.finditer(text, wider, within[1])]
    if not cues:
        return None
    prop, found = min(cues, key=lambda c: (not within[0] <= c[1].start() < within[1],
                                           abs(c[1].start() - figure.start)))
    return prop, found.span()


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    return found


def _finding(sentence: Sentence, context: Context, figure: MoneyMention) -> Finding | None:
    text = sentence.text
    mentions = context.mentions(sentence)
    within = clause(text, figure.start, figure.end)
    meaning = _meaning(text, figure, within)
    owner: tuple[Span, Entity] | None = None
    note = None
    if meaning is None:
        owner = _spent_on(text, figure, mentions)
        if owner is None:
            return None
        meaning = ("budget", None)
    prop, cue = meaning
    if prop == "hypothetical":
        if context.speaker is None or not first_person(text[: figure.end]):
            return None
        owner = ((0, 0), context.speaker)
        note = f"a figure {context.speaker.name}, who speaks here, gives in passing"
    elif prop == "net_worth":
        owner = _worth_of(text, mentions, cue)
    elif owner is None:
        owner = _owner(text, figure, mentions, _OWNER_KINDS[prop], within)
    spent_elsewhere = _SPENT_ON.match(text[figure.end:])
    named = any(within[0] <= m.start < within[1] for m, _ in of_kind(mentions, ("work",)))
    if owner is None and context.main_work is not None and not spent_elsewhere and not named:
        # "$1 million on marketing" is not the film's budget
        the_film = _THE_FILM.search(text, *within) or _LABELLED.match(text)
        if prop in ("budget", "gross") and the_film:  # "the film grossed", "Box office: $4m"
            owner = (the_film.span(), context.main_work)
            note = "the sentence says \"the film\": taken to be the article's main work"
        elif prop == "budget":
            owner = ((0, 0), context.main_work)
            note = "the figure names no work: taken to be the article's main work"
    if owner is None:
        return None
    approximate, bound, hedged = hedge(text, figure.start, figure.end)
    currency = figure.currency or context.currency
    if figure.currency is None:
        note = "; ".join(filter(None, [note, f"the quote gives no currency: {currency} assumed"]))
    evidence = [(figure.start, figure.end), *(s for s in (owner[0], cue, hedged) if s and s[1])]
    scope = next((name for said, name in _GROSS_SCOPES if said.search(text, *within)), None) \
        if prop == "gross" else None
    return Finding(sentence=sentence, subject=owner[1], property=prop, scope=scope,
                   value=Money(kind="money", amount=figure.amount, currency=currency),
                   evidence=tuple(evidence), approximate=approximate, bound=bound, note=note)


def _owner(text: str, figure: MoneyMention, mentions: list[Mention], kinds: tuple[str, ...],
           within: Span) -> tuple[Span, Entity] | None:
    found = nearest(mentions, kinds, figure.start, figure.end, within)
    if found is None:
        everywhere = {e.name: (m, e) for m, e in of_kind(mentions, kinds)}
        if len(everywhere) != 1:
            return None
        found = next(iter(everywhere.values()))
    mention, entity = found
    others = [m for m, e in of_kind(mentions, kinds) if e is not entity]
    if any(_AND.fullmatch(text[m.end: mention.start]) or
           _AND.fullmatch(text[mention.end: m.start]) for m in others):
        return None  # "Night Ferry and Dry Season together cost": whose share is not said
    return (mention.start, mention.end), entity


def _worth_of(text: str, mentions: list[Mention],
              cue: Span | None) -> tuple[Span, Entity] | None:
    """Whose worth a figure is: the name right before "is worth", "'s fortune"."""
    if cue is None:
        return None
    for mention, owner in of_kind(mentions, _OWNER_KINDS["net_worth"]):
        if mention.end <= cue[0] and _WORTH.match(text[mention.end: cue[0]]):
            return (mention.start, mention.end), owner
    return None


def _spent_on(text: str, figure: MoneyMention,
              mentions: list[Mention]) -> tuple[Span, Entity] | None:
    for mention, work in of_kind(mentions, ("work",)):
        if mention.start >= figure.end and _ON_WORK.match(text[figure.end: mention.start]):
            return (mention.start, mention.end), work
        if mention.end <= figure.start and _AT_FIGURE.match(text[mention.end: figure.start]):
            return (mention.start, mention.end), work
    return None
