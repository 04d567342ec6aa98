"""Credits: who did what on which work.

- A role word before a name: "cinematographer Drew Daniels", "Anora writer-director Sean
  Baker", "line producer Olivia Kavanaugh", "dance instructor Kennady Schneider", "director
  Juho Kuosmanen on Compartment Number 6", "our distributor, Neon";
- a role set off after a name: "Stephen Phelps, the production designer", "Alex Coco, the
  producer of Anora";
- credits held together: "Sean and producer Samantha Quan had casting director credits";
- in an interview, the speaker's "I was an assistant director, post supervisor, and locations
  manager";
- a labelled line of a reference page: "Cinematography: Drew Daniels", "Starring: A, B and C"
  (:mod:`checker.extract.labelled`).

Roles are the check's (:mod:`checker.roles`: "DP" is the cinematographer, "writer-director"
both roles); a craft the list does not know ("dance instructor") is kept as written. The work
is the one the sentence ties to the role ("Anora cinematographer", "producer of Anora",
"directed by" after a title), else the work named in the sentences just before, else, for a
crew role, the article's main work. An actor's credit needs its work in the sentence.
Credits a verb states are :mod:`checker.extract.verbs`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import COMPANIES, CREDITED, of_kind, pieces
from checker.extract.finding import Finding, Span
from checker.extract.labelled import label_of, labelled
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity
from checker.model.values import Credit
from checker.roles import ROLES, canonical_role

ID = "credits"
VALUE_KINDS = frozenset({"credit"})

_HEADS = (r"director of photography|writer-director|director|co-director|producer|co-producer|"
          r"screenwriter|scriptwriter|writer|co-writer|cinematographer|editor|composer|"
          r"designer|supervisor|manager|coordinator|instructor|choreographer|consultant|"
          r"distributor|financier|actor|actress|dp|dop")
_CRAFTS = (r"dance|stunt|intimacy|music|sound|art|set|makeup|hair|costume|production|casting|"
           r"location|locations|line|executive|associate|assistant|post-production|post|script|"
           r"story|visual effects|effects|dialogue|fight|special effects|first|second|1st|2nd|"
           r"film|picture|supervising|unit|camera|movement")
# read in the sentence in lower case (quicker than ignoring case), from the start of a word
# (every craft and head begins with a letter or figure)
_ROLE = re.compile(rf"\b(?=[a-z0-9])(?:(?:{_CRAFTS})[\s-]+){{0,2}}(?:{_HEADS})\b")
_APPOSITION = re.compile(r"^,\s*(?:(?:the|a|an|his|her|their|our|my|its)\s+)?"
                         r"(?:[a-z][\w-]*\s+){0,2}$")
_AFTER_ROLE_WORK = re.compile(r"^,?\s+(?:on|of|in|for)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,3}?$")
_ROLES = rf"(?:(?:{_CRAFTS})[\s-]+){{0,2}}(?:{_HEADS})"
_I_WAS = re.compile(
    rf"\bI\s+(?:was|am|'m|have been|had been|served as|worked as)\s+(?:(?:even|also|then|just|"
    rf"working as|serving as)\s+)*(?:the\s+|an?\s+)?(?P<roles>{_ROLES}(?:,?\s+(?:and\s+)?"
    rf"(?:the\s+|an?\s+)?{_ROLES})*)", re.IGNORECASE)
_HAD_CREDIT = re.compile(rf"\b(?:had|has|have|got|gets|received|earned|shares?|shared|took|"
                         rf"takes)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?P<role>{_ROLES})"
                         rf"\s+credits?\b", re.IGNORECASE)
_TERM_ROLES = {t: r.name for r in ROLES.values() for t in r.terms if " " in t or "-" in t}
_NO_DEFAULT_WORK = frozenset({"actor", "director", "writer"})
_CUES = pieces(*_HEADS.split("|"))
_ROLES_IN = re.compile(_ROLES, re.IGNORECASE)
_LISTED_BEFORE = re.compile(r",\s*|,?\s+and\s+(?:[a-z]+\s+)?")
_QUOTE_GAP = re.compile(r'\s*"?')
_NAME_GAP = re.compile(r"\s|,\s?|:\s")
_AFTER_APPOSITION = re.compile(r"^(?:\s*[,.;)]|\s+(?:of|on|for|who|and)\b|\s*$)")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    headed = sentence.holds(_CUES)  # every pattern but a label's needs a role's head word
    if ":" not in text and not headed:
        return
    mentions = context.mentions(sentence)
    label = label_of(text)
    if label is not None:
        yield from labelled(sentence, context, mentions, label)
        return
    if not headed:
        return
    for role in _ROLE.finditer(sentence.lowered):
        yield from _role_word(sentence, context, mentions, role.span())
    if context.speaker is not None:
        for said in _I_WAS.finditer(text):
            yield from _speaker(sentence, context, mentions, said)
    for said in _HAD_CREDIT.finditer(text) if "credit" in sentence.lowered else ():
        for mention in _names_before(text, mentions, said.start()):
            person = context.entity(mention, CREDITED)
            if person is not None:
                yield from credits_of(sentence, context, (mention, person), said.group("role"),
                                    said.span("role"), None)


def _speaker(sentence: Sentence, context: Context, mentions: list[Mention],
             said: re.Match[str]) -> Iterator[Finding]:
    """"I was an assistant director, post supervisor, and locations manager": the roles of
    the person an interview gives the floor to."""
    assert context.speaker is not None
    explicit = work_after(sentence.text, mentions, said.end())
    work = explicit[1] if explicit else context.recent_work(sentence) or context.main_work
    if work is None:
        return
    for role in _ROLES_IN.finditer(said.group("roles")):
        span = (said.start("roles") + role.start(), said.start("roles") + role.end())
        for name in roles_of(role.group()):
            note = None if explicit else f"the work is taken to be {work.name}"
            yield credit(sentence, context.speaker, name, work, [(said.start(), span[1])],
                          note=f"{context.speaker.name} speaks here" + (f"; {note}" if note
                                                                          else ""))


def _names_before(text: str, mentions: list[Mention], end: int) -> list[Mention]:
    """The names listed right before ``end``: "Sean and producer Samantha Quan had"."""
    listed: list[Mention] = []
    position = end
    for mention in reversed(mentions):
        if mention.end > position:
            continue
        gap = text[mention.end: position]
        if not (gap == " " if not listed else
                _LISTED_BEFORE.fullmatch(gap)):
            break
        listed.append(mention)
        position = mention.start
    return listed[::-1]


def roles_of(phrase: str) -> list[str]:
    """The roles a role phrase states: "writer-director" is two; "post supervisor" is the
    post-production supervisor; "dance instructor" is its own."""
    spelled = " ".join(phrase.lower().split())
    if spelled == "writer-director":
        return ["writer", "director"]
    if spelled in _TERM_ROLES:
        return [_TERM_ROLES[spelled]]
    return [canonical_role(spelled)]


def credit(sentence: Sentence, person: Entity, role: str, work: Entity,
            evidence: list[Span], shared: bool = False, note: str | None = None) -> Finding:
    return Finding(sentence=sentence, subject=person, property="credit",
                   value=Credit(kind="credit", role=role, work=work.name, shared=shared),
                   evidence=tuple(evidence), note=note)


def _work_for(role: str, sentence: Sentence, context: Context,
              explicit: tuple[Mention, Entity] | None
              ) -> tuple[Entity, Span | None, str | None] | None:
    """The work of a credit, the span that names it, and a note when it was inferred; None
    when the work cannot be told."""
    if explicit is not None:
        return explicit[1], (explicit[0].start, explicit[0].end), None
    if role == "actor":
        return None
    recent = context.recent_work(sentence)
    if recent is not None:
        return recent, None, f"the work is the one named just before: {recent.name}"
    if role in _NO_DEFAULT_WORK or context.main_work is None:
        return None
    return context.main_work, None, "the sentence names no work: the article's main work"


def credits_of(sentence: Sentence, context: Context, person: tuple[Mention, Entity],
             phrase: str, cue: Span, explicit: tuple[Mention, Entity] | None,
             shared: bool = False) -> Iterator[Finding]:
    for role in roles_of(phrase):
        found = _work_for(role, sentence, context, explicit)
        if found is None or found[0] is person[1]:
            continue
        work, named, note = found
        evidence = [cue, (person[0].start, person[0].end), *([named] if named else [])]
        yield credit(sentence, person[1], role, work, evidence, shared, note)


def _work_before(text: str, mentions: list[Mention], start: int) -> tuple[Mention, Entity] | None:
    """A work printed right before a role: "Anora cinematographer", "Anora's editor"."""
    for mention, work in of_kind(mentions, ("work",)):
        if text[mention.end: start] in (" ", "'s ", "' "):
            return mention, work
    return None


def work_after(text: str, mentions: list[Mention], end: int) -> tuple[Mention, Entity] | None:
    """A work right after a name or role: "on Compartment Number 6", "of Anora", "in Juho
    Kuosmanen's Compartment No. 6"."""
    position = end
    for mention in mentions:
        if mention.start < position:
            continue
        gap = text[position: mention.start]
        if not (_AFTER_ROLE_WORK.match(gap) if position == end else _QUOTE_GAP.fullmatch(gap)):
            return None
        work = mention.entity(("work",))
        if work is not None:
            return mention, work
        if not (mention.possessive and position == end):
            return None
        position = mention.end + 2  # past a director's name: "Juho Kuosmanen's"
    return None


def _role_word(sentence: Sentence, context: Context, mentions: list[Mention],
               role: Span) -> Iterator[Finding]:
    text = sentence.text
    (start, end), phrase = role, text[role[0]: role[1]]
    kinds = COMPANIES if phrase.lower() in ("distributor", "financier") else CREDITED
    for mention in mentions:
        if mention.start >= end and _NAME_GAP.fullmatch(text[end: mention.start]):
            person = context.entity(mention, kinds)
            if person is None:
                break
            explicit = _work_before(text, mentions, start) or \
                work_after(text, mentions, mention.end)
            yield from credits_of(sentence, context, (mention, person), phrase, role, explicit)
            break
        if mention.end <= start and _APPOSITION.match(text[mention.end: start]) \
                and _AFTER_APPOSITION.match(text[end:]):
            person = mention.entity(kinds)
            if person is not None:
                explicit = work_after(text, mentions, end)
                yield from credits_of(sentence, context, (mention, person), phrase, role,
                                      explicit)
