"""Relations between people, works and schools: a debut, a first collaboration, an education.

- ``debut``: "Baker's debut, Four Letter Words", "his 2000 debut Four Letter Words" (with
  "his" or "her", when the sentence names one person);
- ``first_collaboration`` (scope: the other person): "Karagulian has been there for Baker
  since Take Out", "X, who has featured in all of Baker's films since his student debut with
  Four Letter Words";
- ``education``: "Baker attended NYU", "went to Colgate University" (and, in an interview,
  "I went to USC" is the speaker's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import first_person, of_kind, pieces
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity, EntityKind
from checker.model.values import EntityRef

ID = "relations"
VALUE_KINDS = frozenset({"entity"})

_DEBUT = re.compile(r"\b(?:(?P<pronoun>[Hh]is|[Hh]er)\s+)?(?:\d{4}\s+)?(?:[a-z]+\s+)?[Dd]ebut"
                    r"(?:\s+feature)?(?:,\s*|\s+with\s+|\s+)")
_SINCE = re.compile(r"\bsince(?:\s+|(?=[A-Z]))")
_WITH = re.compile(r"\b(?:with|for|of|alongside|beside)\b")
_SCHOOLING = ("attended", "went to", "studied at", "graduated from", "enrolled at")
_ATTENDED = re.compile(rf"\b(?:{'|'.join(_SCHOOLING)})\s+")
_CUES = pieces("debut", "since", *_SCHOOLING)
_SCHOOLING_CUES = pieces(*_SCHOOLING)
_SCHOOL_WORDS = re.compile(r"\b(?:University|College|School|Institute|Academy|Conservatory)\b")
_PRONOUNS = re.compile(r"\b(?:he|she|him|they|them|I|we|us|his|her)\b", re.IGNORECASE)
_PERSON: tuple[EntityKind, ...] = ("person",)
_WORK: tuple[EntityKind, ...] = ("work",)
_I = re.compile(r"\bI\s+(?:also\s+|later\s+)?$")
_GLUE = re.compile(r"[a-z]{0,5}")
_RIGHT_BEFORE = re.compile(r"\s*(?:also\s+|later\s+|then\s+)?")
_AND_THEN = re.compile(r"(?:\s+[a-z]+){0,3}\s+and\s+")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    if not sentence.holds(_CUES):
        return
    mentions = context.mentions(sentence)
    for said in _DEBUT.finditer(sentence.text) if "debut" in sentence.lowered else ():
        yield from _debut(sentence, context, mentions, said)
    for said in _SINCE.finditer(sentence.text) if "since" in sentence.lowered else ():
        yield from _since(sentence, mentions, said)
    for said in _ATTENDED.finditer(sentence.text) if sentence.holds(_SCHOOLING_CUES) else ():
        yield from _attended(sentence, context, mentions, said)


def _relation(sentence: Sentence, subject: Entity, prop: str, value: Entity,
              evidence: list[Span], scope: str | None = None) -> Finding:
    return Finding(sentence=sentence, subject=subject, property=prop,
                   value=EntityRef(kind="entity", entity=value.name), evidence=tuple(evidence),
                   scope=scope)


def _debut(sentence: Sentence, context: Context, mentions: list[Mention],
           said: re.Match[str]) -> Iterator[Finding]:
    # the title may be glued to the word after "debut": "debut wasNight Ferry"
    work = next(((m, e) for m, e in of_kind(mentions, _WORK) if m.start >= said.end()
                 and _GLUE.fullmatch(sentence.text[said.end(): m.start])), None)
    if work is None:
        return
    people = {e.name: (m, e) for m, e in of_kind(mentions, _PERSON)}
    if said.group("pronoun"):
        # "his" is the one person the sentence names, unless another one is there unnamed
        others = _PRONOUNS.findall(sentence.text[: said.start()] + sentence.text[said.end():])
        owner = next(iter(people.values())) if len(people) == 1 and not others else None
    else:
        owner = next(((m, e) for m, e in of_kind(mentions, _PERSON)
                      if m.possessive and m.end < said.start() <= m.end + 3), None)
    if owner is not None and owner[1] is not work[1]:
        evidence = [said.span(), (work[0].start, work[0].end),
                    *([(owner[0].start, owner[0].end)] if not said.group("pronoun") else [])]
        yield _relation(sentence, owner[1], "debut", work[1], evidence)


def _since(sentence: Sentence, mentions: list[Mention],
           said: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    work = next(((m, e) for m, e in of_kind(mentions, _WORK) if said.end() <= m.start
                 and len(text[said.end(): m.start].split()) <= 4), None)
    people = [(m, e) for m, e in of_kind(mentions, _PERSON) if m.end <= said.start()]
    if work is None or len(people) < 2:
        return
    (first, who), (other, partner) = people[0], people[1]
    if first.possessive or who is partner or not _WITH.search(text, first.end, other.start):
        return
    yield _relation(sentence, who, "first_collaboration", work[1],
                    [(first.start, first.end), (other.start, other.end), said.span(),
                     (work[0].start, work[0].end)], scope=partner.name)


def _attended(sentence: Sentence, context: Context, mentions: list[Mention],
              said: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    student: tuple[Span, Entity] | None = None
    before = [(m, e) for m, e in of_kind(mentions, _PERSON) if m.end <= said.start()]
    if before and _RIGHT_BEFORE.fullmatch(text[before[-1][0].end:
                                                                        said.start()]):
        student = (before[-1][0].start, before[-1][0].end), before[-1][1]
    elif context.speaker is not None and _I.search(text[: said.start()]) and \
            first_person(text):
        student = (said.start(), said.start()), context.speaker
    if student is None:
        return
    position = said.end()
    for mention in mentions:  # "USC for grad school and Colgate University in upstate ..."
        if mention.start < position:
            continue
        gap = text[position: mention.start]
        if position != said.end() and not _AND_THEN.fullmatch(gap):
            break
        school = mention.entity(("organization",))
        if school is None and _SCHOOL_WORDS.search(mention.text) and not mention.entities:
            school = context.entity(mention, ("organization",))
        if school is None:
            break
        yield _relation(sentence, student[1], "education", school,
                        [student[0], said.span(), (mention.start, mention.end)])
        position = mention.end
