"""Dates and years: of works, of events, of births and deaths.

- A year attached to a work is the work's ``year``: "2021's Red Rocket", "Nights of Cabiria
  (1957)", "the 1972 Shun'ya Ito film Female Prisoner #701", "his 2000 debut Four Letter
  Words", "Prince of Broadway in 2008", "released earlier this year" (the publication year).
- A work at a festival in a year or on a date is a ``premiere_date`` there ("at Cannes with
  Red Rocket in 2021"), or an ``event_date`` when it won something ("which won the Grand Prix
  at the 2021 Cannes Film Festival"); the festival is the scope.
- A date with "released", "opens", "in theaters" is a work's ``release_date``; with
  "premiere" its ``premiere_date``; with "born" or "died" a person's ``birth_date`` or
  ``death_date``; beside a named event, the event's ``event_date``.
- A date without a year ("October 18") takes the publication year (``year_from:
  published``), when the source has one. An ISO date ("2021-07-14") counts on a labelled line
  ("Released: 2021-07-14"); a time stamp alone says nothing.

A year or date whose work, person or event the sentence does not name is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import nearest, of_kind
from checker.extract.festivals import at_festival, festival_in, near
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.dates import PartialDate
from checker.model.entities import Entity, EntityKind
from checker.model.values import Date, Year
from checker.parse.dates import DateMention

ID = "dates"
VALUE_KINDS = frozenset({"date", "year"})

_RELEASE = re.compile(r"\b(?:released?|releases|opens|opened|arrives? in theaters|in theaters|"
                      r"hits theaters|in cinemas|in theatres)\b", re.IGNORECASE)
_PREMIERE = re.compile(r"\b(?:premiere[ds]?|premiering|world premiere|debuted|screened)\b",
                       re.IGNORECASE)
_BORN = re.compile(r"\b(?:born|b\.)(?=\s|:)", re.IGNORECASE)
_DIED = re.compile(r"\b(?:died|d\.)(?=\s|:)", re.IGNORECASE)
# "opens in US theaters": a release date is one country's
_COUNTRY = re.compile(r"\bin (?:the )?(?P<country>U\.?S\.?|U\.?K\.?|[A-Z][a-z]+) "
                      r"(?:theaters|theatres|cinemas)\b")
_LABEL_LINE = re.compile(r"^[A-Z][\w ]{1,30}:\s")
_TITLE_WORDS = r"(?:film|movie|debut|feature|documentary|short|series|sequel|remake|novel|drama" \
    r"|comedy|thriller|picture|musical|show)"
_BEFORE_WORK = re.compile(rf"^(?:[\s\w'.-]*?\b{_TITLE_WORDS}\s+|\s+)$")
_THE_YEAR = re.compile(r"\b(?:the|his|her|their|its|a|my|our)\s+$", re.IGNORECASE)
_WORK_IN = re.compile(r"^[\"']?,?\s+(?:(?:which|that)\s+)?(?:was\s+)?(?:released\s+|came out\s+|"
                      r"completed\s+|made\s+)?(?:in|from)\s+$")
_THIS_YEAR = re.compile(r"\breleased\s+(?:earlier\s+|later\s+)?this\s+year\b", re.IGNORECASE)
_PERSON: tuple[EntityKind, ...] = ("person",)
_WORK: tuple[EntityKind, ...] = ("work",)
_FILM_CLOSING = re.compile(r"\s+(?:film|movie)\)")
_OPENING = re.compile(r"[\"']?\s?\(")
_CLOSING = re.compile(r"(?:\s+(?:film|movie))?\)")
_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    dates = [d for d in sentence.dates if d.month is not None]
    if not dates and not sentence.years and "this year" not in sentence.lowered:
        return
    mentions = context.mentions(sentence)
    festival = festival_in(text, mentions, context)
    for date in dates:
        yield from _dated(sentence, context, mentions, date, festival)
    for start, end, year in sentence.years:
        if any(d.start <= start and end <= d.end for d in dates):
            continue
        attached = _attached_work(text, mentions, start, end, context)
        if attached is None and festival is not None and near(text, festival[0], start, end):
            yield from at_festival(sentence, context, mentions, (start, end),
                                    PartialDate(year), festival)
            continue
        attached = attached or _work_in(text, mentions, start)
        if attached is not None:
            mention, work = attached
            closing = _FILM_CLOSING.match(text[end:])  # "(2019 film)"
            yield Finding(sentence=sentence, subject=work, property="year",
                          value=Year(kind="year", year=year),
                          evidence=((start, end + (closing.end() if closing else 0)),
                                    (mention.start, mention.end)))
        elif _BORN.search(text, max(0, start - 12), start):
            yield from _of_person(sentence, mentions, (start, end), PartialDate(year),
                                  "birth_date")
    yield from _this_year(sentence, context, mentions)


def _attached_work(text: str, mentions: list[Mention], start: int, end: int,
                   context: Context) -> tuple[Mention, Entity] | None:
    """The work a year is printed against: "2021's X", "X (1957)", "the 1972 ... film X"."""
    for mention in mentions:
        if mention.end <= start:
            if _OPENING.fullmatch(text[mention.end: start]) and \
                    _CLOSING.match(text[end:]):  # "X (2019 film)"
                named = text[max(0, mention.start - 6): mention.start].rstrip()
                work = _work(mention, context, cue=named.endswith(("film", "movie")))
                if work is not None:
                    return mention, work
            continue
        between = text[end: mention.start]
        if between in ("'s ", "' "):
            work = context.entity(mention, _WORK)
            return (mention, work) if work is not None else None
        if "," in between or len(between.split()) > 6 or not _THE_YEAR.search(
                text, max(0, start - 8), start) or not _BEFORE_WORK.match(between):
            return None
        work = _work(mention, context, cue=between.strip() != "")
        if work is not None:
            return mention, work
    return None


def _work_in(text: str, mentions: list[Mention], start: int) -> tuple[Mention, Entity] | None:
    """A known work the year follows: "Prince of Broadway in 2008", "X, released in 2019"."""
    for mention in reversed(mentions):
        if mention.end <= start:
            work = mention.entity(_WORK)
            if work is not None and _WORK_IN.match(text[mention.end: start]):
                return mention, work
            return None
    return None


def _work(mention: Mention, context: Context, cue: bool) -> Entity | None:
    """A work a title-like name is, known or proposed: a new one only in quotation marks,
    capitals, glued by a lost italic, or after "film" and the like."""
    if mention.entities or cue or mention.quoted or mention.caps or mention.glued:
        return context.entity(mention, _WORK)
    return None


def _this_year(sentence: Sentence, context: Context,
               mentions: list[Mention]) -> Iterator[Finding]:
    published = PartialDate.parse(context.source.meta.published or "")
    found = _THIS_YEAR.search(sentence.text)
    if found is None or published is None:
        return
    before = [(m, e) for m, e in of_kind(mentions, _WORK) if m.end <= found.start()]
    if before:
        mention, work = before[-1]
        yield Finding(sentence=sentence, subject=work, property="year",
                      value=Year(kind="year", year=published.year), year_from="published",
                      evidence=(found.span(), (mention.start, mention.end)))


def _when(date: DateMention, context: Context) -> tuple[PartialDate, bool] | None:
    """The date, and whether its year is the publication year."""
    if date.year is not None:
        return PartialDate(date.year, date.month, date.day), False
    published = PartialDate.parse(context.source.meta.published or "")
    if published is None:
        return None
    return PartialDate(published.year, date.month, date.day), True


def _dated(sentence: Sentence, context: Context, mentions: list[Mention], date: DateMention,
           festival: tuple[Span, str] | None) -> Iterator[Finding]:
    text = sentence.text
    when = _when(date, context)
    labelled = _LABEL_LINE.match(text) is not None
    iso = _ISO.fullmatch(date.text) is not None
    if when is None or (iso and not labelled):
        return
    value, published = when
    span = (date.start, date.end)
    if _BORN.search(text, max(0, date.start - 16), date.start):
        yield from _of_person(sentence, mentions, span, value, "birth_date", published)
    elif _DIED.search(text, max(0, date.start - 16), date.start):
        yield from _of_person(sentence, mentions, span, value, "death_date", published)
    elif festival is not None and near(text, festival[0], date.start, date.end):
        yield from at_festival(sentence, context, mentions, span, value, festival, published)
    elif date.day is not None or labelled:
        yield from _of_work_or_event(sentence, context, mentions, span, value, published,
                                     labelled)


def _finding(sentence: Sentence, subject: Entity, prop: str, value: PartialDate,
             evidence: list[Span], published: bool, scope: str | None = None) -> Finding:
    return Finding(sentence=sentence, subject=subject, property=prop,
                   value=Date(kind="date", date=str(value)), evidence=tuple(evidence),
                   scope=scope, year_from="published" if published else "quote")


def _of_person(sentence: Sentence, mentions: list[Mention], span: Span, value: PartialDate,
               prop: str, published: bool = False) -> Iterator[Finding]:
    found = nearest(mentions, _PERSON, *span)
    if found is not None:
        mention, person = found
        yield _finding(sentence, person, prop, value, [span, (mention.start, mention.end)],
                       published)


def _work_of_cue(text: str, context: Context, mentions: list[Mention],
                 said: re.Match[str]) -> tuple[Mention, Entity] | None:
    """The work of a premiere: the title after it ("the premiere of ... "Scream""), or the
    one that premiered ("Night Ferry premiered")."""
    for mention in mentions:
        if mention.start >= said.end() and "," not in text[said.end(): mention.start]:
            work = _work(mention, context, cue=False)
            if work is not None:
                return mention, work
    before = [(m, e) for m, e in of_kind(mentions, _WORK) if m.end <= said.start()]
    if before and len(text[before[-1][0].end: said.start()].split()) <= 3:
        return before[-1]
    return None


def _of_work_or_event(sentence: Sentence, context: Context, mentions: list[Mention],
                      span: Span, value: PartialDate, published: bool,
                      labelled: bool) -> Iterator[Finding]:
    text = sentence.text
    cues = [(prop, said) for prop, cue in (("premiere_date", _PREMIERE),
                                          ("release_date", _RELEASE))
            for said in cue.finditer(text)]
    # the cue nearest the date: "premiered in 2023 and opens in theaters on February 9"
    for prop, said in sorted(cues, key=lambda c: min(abs(c[1].start() - span[1]),
                                                      abs(span[0] - c[1].end())))[:1]:
        found = _work_of_cue(text, context, mentions, said) if prop == "premiere_date" else \
            nearest(mentions, _WORK, *said.span())
        country = _COUNTRY.search(text, max(0, said.start() - 20), said.end() + 24) \
            if prop == "release_date" else None
        scope = country.group("country").replace(".", "") if country else None
        if found is not None:
            evidence = [span, said.span(), (found[0].start, found[0].end)]
            yield _finding(sentence, found[1], prop, value, evidence, published, scope=scope)
        elif labelled and context.main_work is not None:
            yield _finding(sentence, context.main_work, prop, value, [span, said.span()],
                           published)
        return
    event = nearest(mentions, ("event",), *span)
    if event is not None:
        evidence = [span, (event[0].start, event[0].end)]
        yield _finding(sentence, event[1], "event_date", value, evidence, published)
