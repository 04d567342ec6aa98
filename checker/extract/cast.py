"""Cast: which actor plays which character, and actors credited on a work.

- "cast Yura Borisov as Igor", "Mark Eydelshteyn as Ivan": a person, "as", a name;
- "Halley (Bria Vinaite)": a character, and the actor in brackets;
- "Lindsay Normington, who plays Diamond", "Vache Tovmasyan to play Garnik", "would take on
  the role of Toros";
- "Ivan, a 21-year-old charmer, played by Mark Eydelshteyn", "portrayed by": the nearest
  character before; with no character, an actor's credit on the work the sentence names
  ("the story of ... played by Charles Jang");
- "Leonardo DiCaprio's Rick Dalton", "Madison's Manson family follower, Sadie": an actor's
  character, when it is a known one;
- "Nights of Cabiria (1957), starring Giulietta Masina": an actor's credit on the work.

The work is the character's own when the entities say it, else the work the sentence names,
else the one named just before, else the article's main work. A new character is proposed
only after "as", "plays", "the role of" or in "Name (Actor)" with "named" before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import nearest, of_kind, pieces
from checker.extract.finding import Finding, Span
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.entities import Entity, EntityKind
from checker.model.values import Cast, Credit

ID = "cast"
VALUE_KINDS = frozenset({"cast"})

_PLAYS = re.compile(r"^,?\s*(?:who\s+)?(?:[a-z]+\s+){0,3}?(?:plays|played|play|playing|"
                    r"portrays|portrayed|portray|portraying|voices|voiced|stars as|starred as|"
                    r"starring as|(?:take|took|takes|taking) on the role of|the role of|"
                    r"role as)\s+$")
_AS = re.compile(r"^\s+as\s+$")
_PLAYED_BY = re.compile(r"\b(?:played|portrayed|voiced)\s+by\s+", re.IGNORECASE)
_STARRING = re.compile(r"\b[Ss]tarring\s+(?:[a-z][\w-]*\s+){0,4}")
_NAMED = re.compile(r"\b(?:named|called)\s+$")
_OTHER_NOUN = re.compile(r"\b(?:whose|who|which|that|while|and)\b")
_AS_OPENING = re.compile(r'^"?As\s+')
_DESCRIBED = re.compile(r"^'s (?:[\w-]+ ){0,4}?[\w-]+, $")
# what "as", "plays" and "played by" need, in lower case
_PLAY_CUES = pieces(" as ", "play", "portray", "voice", "stars as", "starred as", "starring as",
                    "role of", "role as")
_PERSON: tuple[EntityKind, ...] = ("person",)
_CHARACTER: tuple[EntityKind, ...] = ("character",)
_WORK: tuple[EntityKind, ...] = ("work",)
_SPACED_WORD = re.compile(r" (?:[a-z]+ )?")
_BRACKETED_AFTER = re.compile(r" \([^)]+\)")


def find(sentence: Sentence, context: Context) -> Iterator[Finding]:
    text = sentence.text
    mentions = context.mentions(sentence)
    plays = sentence.holds(_PLAY_CUES)
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is None:
            continue
        gap = text[mention.end: following.start]
        if plays and (_AS.match(gap) or _PLAYS.match(gap)):
            yield from _plays(sentence, context, mentions, mention, following, new=True)
        elif gap == " (" and text[following.end: following.end + 1] == ")":
            # "a drifter named Kit (Ines Moreau)", "follows Ingrid (Sofie Brandt)": a new
            # character when "named" says so, or a short name before an actor's full name
            named = _NAMED.search(text, max(0, mention.start - 8), mention.start) is not None \
                or (len(mention.words) <= 2 and len(following.words) >= 2)
            yield from _plays(sentence, context, mentions, following, mention, new=named)
        elif mention.possessive:
            yield from _possessive(sentence, context, mentions, index)
    opening = _AS_OPENING.match(text)
    if opening:  # "As Ivan, the weed-smoking heir, Eydelshteyn has fun"
        role = next((m for m in mentions if m.start == opening.end()), None)
        actor = next((m for m in mentions if role and m.start > role.end
                      and m.entity(_PERSON)), None)
        if role is not None and actor is not None and role.entity(_CHARACTER) and \
                text[role.end: role.end + 1] == "," and "," in text[role.end + 1: actor.start]:
            yield from _plays(sentence, context, mentions, actor, role, new=False)
    for said in _PLAYED_BY.finditer(text) if plays else ():
        yield from _played_by(sentence, context, mentions, said)
    for said in _STARRING.finditer(text) if "starring" in sentence.lowered else ():
        actor = next((m for m in mentions if m.start == said.end()), None)
        work = nearest([m for m in mentions if m.end <= said.start()], _WORK, *said.span())
        if actor is not None and work is not None:
            yield from _credit(sentence, context, actor, work, said.span())


def _work_of(character: Entity, sentence: Sentence, context: Context, mentions: list[Mention],
             near: Span) -> tuple[Entity, Span | None, str | None] | None:
    """The work a character is in, the span naming it (when close by), and a note when it
    was inferred."""
    def close(mention: Mention) -> Span | None:
        far = max(mention.start - near[1], near[0] - mention.end)
        return (mention.start, mention.end) if far <= 40 else None

    works = of_kind(mentions, _WORK)
    if character.work:
        known = context.resolve(character.work, ["work"])
        if known is not None:
            named = next((close(m) for m, e in works if e is known), None)
            return known, named, None
    if works:
        mention, work = min(works, key=lambda w: abs(w[0].start - near[0]))
        return work, close(mention), None
    guessed = context.recent_work(sentence) or context.main_work
    if guessed is None:
        return None
    return guessed, None, f"the work is taken to be {guessed.name}"


def _possessive(sentence: Sentence, context: Context, mentions: list[Mention],
                index: int) -> Iterator[Finding]:
    """"DiCaprio's Rick Dalton", "Madison's Manson family follower, Sadie": a known
    character right after an actor's possessive, or set off after a description."""
    actor = mentions[index]
    for role in mentions[index + 1:]:
        gap = sentence.text[actor.end: role.start]
        if role.entity(_CHARACTER) and (gap in ("'s ", "' ") or _DESCRIBED.match(gap)):
            yield from _plays(sentence, context, mentions, actor, role, new=False)
            return
        if role.entity(_PERSON) or len(gap) > 60:
            return


def _plays(sentence: Sentence, context: Context, mentions: list[Mention], actor: Mention,
           role: Mention, new: bool) -> Iterator[Finding]:
    person = context.entity(actor, _PERSON)
    if person is None or role.entity(_WORK) is not None or role.entity(_PERSON) is not None:
        return
    character = role.entity(_CHARACTER)
    near = (min(actor.start, role.start), max(actor.end, role.end))
    if character is None and new and not role.entities:
        home = _work_of(Entity(name=role.text, kind="character"), sentence, context, mentions,
                        near)
        character = context.entity(role, _CHARACTER, home[0] if home else None)
    if character is None:
        return
    found = _work_of(character, sentence, context, mentions, near)
    if found is None:
        return
    work, named, note = found
    evidence = [(actor.start, actor.end), (role.start, role.end), *([named] if named else [])]
    yield Finding(sentence=sentence, subject=person, property="cast",
                  value=Cast(kind="cast", character=character.name, work=work.name),
                  evidence=tuple(evidence), note=note)


def _played_by(sentence: Sentence, context: Context, mentions: list[Mention],
               said: re.Match[str]) -> Iterator[Finding]:
    text = sentence.text
    chain: list[Mention] = []
    position = said.end()
    for mention in mentions:  # "by Sean Baker regular Karren Karagulian": the last name
        if mention.start < position:
            continue
        if chain and not _SPACED_WORD.fullmatch(text[position: mention.start]):
            break
        if not chain and mention.start != position:
            break
        chain.append(mention)
        position = mention.end
    if not chain:
        return
    actor = chain[-1]
    before = [m for m in mentions if m.end <= said.start()]
    character = nearest(before, _CHARACTER, *said.span())
    if character is not None and (
            _OTHER_NOUN.search(text, character[0].end, said.start())
            or _BRACKETED_AFTER.match(text[character[0].end:])):
        return  # "Ingrid (Sofie Brandt), whose brother, played by ...": someone else's part
    if character is not None:
        yield from _plays(sentence, context, mentions, actor, character[0], new=False)
        return
    work = nearest(before, _WORK, *said.span())
    if work is not None:
        yield from _credit(sentence, context, actor, work, said.span())


def _credit(sentence: Sentence, context: Context, actor: Mention,
            work: tuple[Mention, Entity], cue: Span) -> Iterator[Finding]:
    person = context.entity(actor, _PERSON)
    if person is not None:
        yield Finding(sentence=sentence, subject=person, property="credit",
                      value=Credit(kind="credit", role="actor", work=work[1].name),
                      evidence=(cue, (actor.start, actor.end), (work[0].start, work[0].end)))
