"""Credits a verb states: "directed by Sean Baker", "FilmNation, who also financed Red
Rocket", "Bria Vinaite, who was eventually cast in The Florida Project", "Take Out, which he
co-wrote and directed with Shih-Ching Tsou" (shared credits, for both), "Mikey's performance in
it" (an actor's credit).

The one who did it is the name right before the verb (", who also", "with whom he had"), or
for "he" or "she", the one person named before in the sentence, else the one the sentence
before names. The work is the title after the verb, or the one a "which" refers back to; the
rules for roles and works are :mod:`checker.extract.credits`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.credits import credit, credits_of, work_after
from checker.extract.cues import COMPANIES, CREDITED, of_kind, pieces
from checker.extract.finding import Finding
from checker.extract.labelled import names_from
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity

ID = "verbs"
VALUE_KINDS = frozenset({"credit"})

_BY = {"directed": "director", "co-directed": "director", "written": "writer",
       "co-written": "writer", "produced": "producer", "co-produced": "producer",
       "shot": "cinematographer", "lensed": "cinematographer", "edited": "editor",
       "cut": "editor", "music": "composer", "costumes": "costume designer",
       "financed": "financier", "distributed": "distributor", "released": "distributor"}
_BY_VERB = re.compile(r"\b(co-directed|directed|co-written|written|co-produced|produced|shot|"
                      r"lensed|edited|cut|music|costumes|financed|distributed|released)\s+by"
                      r":?\s+", re.IGNORECASE)
_DID = {"directed": "director", "co-directed": "director", "wrote": "writer",
        "co-wrote": "writer", "produced": "producer", "co-produced": "producer",
        "edited": "editor", "financed": "financier", "distributed": "distributor",
        "shot": "cinematographer", "lensed": "cinematographer", "scored": "composer",
        "starred in": "actor", "stars in": "actor", "appeared in": "actor",
        "cast in": "actor", "co-starred in": "actor"}
_DID_VERBS = "|".join(sorted(map(re.escape, _DID), key=len, reverse=True))
_DID_LIST = re.compile(rf"\b((?:{_DID_VERBS})(?:,?\s+(?:and\s+)?(?:{_DID_VERBS}))*)\s+",
                       re.IGNORECASE)
_WHO = re.compile(r"^(?:,\s*)?(?:who\s+|which\s+|with whom (?:he|she|they|we|I)\s+)?"
                  r"(?:also\s+|has\s+|had\s+|have\s+|was\s+|were\s+|eventually\s+|later\s+|"
                  r"then\s+|first\s+|since\s+|once\s+)*$")
_PERFORMANCE = re.compile(r"^'?s? performance(?: in (?P<it>it\b)?)?")
_BY_CUES = pieces(*_BY)
_DID_CUES = pieces(*_DID)
_CUES = pieces(*_BY, *_DID, "performance")
_PRONOUN = re.compile(r"(?:^|,\s*|\bwhich\s+|\bthat\s+|\band\s+)(?:he|she)\s+(?:also\s+)?$",
                      re.IGNORECASE)
_DID_VERB = re.compile(_DID_VERBS, re.IGNORECASE)
_WHICH_HE = re.compile(r",?\s+(?:which|that)\s+(?:he|she|they|we|i)\s+(?:also\s+)?",
                       re.IGNORECASE)
_FEW_WORDS = re.compile(r"(?:[\w-]+\s+){0,5}")
_WITH = re.compile(r"\s*with\s+")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    if not sentence.holds(_CUES):
        return
    mentions = context.mentions(sentence)
    for verb in _BY_VERB.finditer(text) if sentence.holds(_BY_CUES) else ():
        yield from _by(sentence, context, mentions, verb)
    for verbs in _DID_LIST.finditer(text) if sentence.holds(_DID_CUES) else ():
        yield from _did(sentence, context, mentions, verbs)
    if "performance" in sentence.lowered:
        yield from _performances(sentence, context, mentions)


def _by(sentence: Sentence, context: Context, mentions: list[Mention],
        verb: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    said = verb.group(1).lower()
    role = _BY[said]
    before = [(m, e) for m, e in of_kind(mentions, ("work",)) if m.end <= verb.start()]
    explicit = before[-1] if before else None
    kinds = COMPANIES if role in ("financier", "distributor") else CREDITED
    for mention in names_from(text, mentions, verb.end()):
        person = context.entity(mention, kinds)
        if person is not None:
            yield from credits_of(sentence, context, (mention, person), role, verb.span(),
                                explicit, shared=said.startswith("co-"))


def _did(sentence: Sentence, context: Context, mentions: list[Mention],
         verbs: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    said = [v.lower() for v in _DID_VERB.findall(verbs.group(1))]
    antecedent = next(((m, e) for m, e in reversed(of_kind(mentions, ("work",)))
                       if m.end <= verbs.start() and _WHICH_HE.fullmatch(
                           text[m.end: verbs.start()])), None)
    work = next(((m, e) for m, e in of_kind(mentions, ("work",)) if m.start >= verbs.end()
                 and _FEW_WORDS.fullmatch(text[verbs.end(): m.start])),
                antecedent)
    doer: tuple[Mention, Entity] | None = next(
        ((m, e) for m, e in reversed(of_kind(mentions, CREDITED))
         if m.end <= verbs.start() and _WHO.match(text[m.end: verbs.start()])), None)
    pronoun = _PRONOUN.search(text, 0, verbs.start())
    if doer is None and pronoun is not None:
        # "He followed it with Take Out, which he co-wrote": the one person the sentence
        # before names
        # "She made X, which she co-wrote": the one person named before in the sentence,
        # else the one the sentence before names
        before = {e.name: e for m, e in of_kind(mentions, ("person",))
                  if m.end <= pronoun.start()}
        previous = context.previous_person(sentence) if not before else \
            next(iter(before.values())) if len(before) == 1 else None
        if previous is not None:
            doer = (Mention(pronoun.start(), verbs.start(), "he"), previous)
    # "Take Out, which he co-wrote and directed with Shih-Ching Tsou": shared with the partner
    partner = _WITH.match(text[verbs.end():])
    if doer is not None and work is not None:
        for verb in said:
            yield from credits_of(sentence, context, doer, _DID[verb], verbs.span(1), work,
                                shared=verb.startswith("co-") or partner is not None)
    if partner and antecedent is not None:
        for mention in names_from(text, mentions, verbs.end() + partner.end()):
            person = context.entity(mention, ("person",))
            if person is not None:
                for verb in said:
                    yield from credits_of(sentence, context, (mention, person), _DID[verb],
                                        verbs.span(1), antecedent, shared=True)


def _performances(sentence: Sentence, context: Context,
                  mentions: list[Mention]) -> Iterator[Finding]:
    """"Mikey's performance in it", "for Isabelle Hupperts performance": an actor's credit on
    the work named after "in", or else the one the sentence names before."""
    text = sentence.text
    for mention in mentions:
        said = _PERFORMANCE.match(text[mention.end:])
        if said is None or not (mention.possessive or said.group().startswith(("'", "s"))):
            continue
        end = mention.end + said.end()
        after = work_after(text, mentions, end - 4) if said.group().endswith(" in ") else None
        before = [(m, e) for m, e in of_kind(mentions, ("work",)) if m.end <= mention.start]
        work = after or (before[-1] if before and (said.group("it") or not said.group()
                                                   .endswith(" in ")) else None)
        person = context.entity(mention, ("person",)) if work else None
        if person is not None and work is not None:
            yield credit(sentence, person, "actor", work[1],
                          [(mention.start, end), (work[0].start, work[0].end)])
