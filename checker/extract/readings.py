"""Reading a source, and reading it again with the entities the last reading proposed.

A sentence's findings depend on the names in it and in the two sentences before it (where a
"he" or a work named just before is looked for), on what the whole text says (its main work,
its speaker, the variant spellings it uses) and, for some sentences, on more: a name proposed
for it, a described thing, a character's work, a festival. Reading again, a sentence is read
again only when one of these can have changed: when the names in it or in the two sentences
before it are not the same, or when its first reading drew on more than names. Any other
sentence keeps its findings, which are what reading it again would give.

What the whole text says is worked out first. If it is not what the last reading worked out,
or if working out the main work proposes an entity (which a full reading would only propose
when it first needs the main work), every sentence is read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from checker.extract.context import Context
from checker.extract.finding import Finding
from checker.extract.mentions import Mention

_BEFORE = 2  # the sentences before one whose names its reading may use


def _same(these: list[Mention], those: list[Mention]) -> bool:
    """The same names at the same places, naming the very same entities."""
    if these is those:  # a reading the proposed entities left as it was
        return True
    return len(these) == len(those) and all(
        a[:3] == b[:3] and a[4:] == b[4:] and len(a.entities) == len(b.entities)
        and all(x is y for x, y in zip(a.entities, b.entities, strict=True))
        for a, b in zip(these, those, strict=True))


def _worked_out(context: Context, name: str) -> bool:
    return name in vars(context)  # a cached property, once read


def _as_before(context: Context, earlier: Context) -> bool:
    """Whether what the whole text says is what the earlier reading worked out."""
    main_work = context.main_work  # read now: reading again only the sentences that need it
    if context.proposals:
        return False
    if _worked_out(earlier, "main_work") and main_work is not earlier.main_work:
        return False
    if _worked_out(earlier, "speaker") and context.speaker is not earlier.speaker:
        return False
    if _worked_out(earlier, "variant_words"):
        now, then = context.variant_words, earlier.variant_words
        if now.keys() != then.keys() or any(now[k] is not then[k] for k in now):
            return False
    return True


def read(context: Context, modules: Sequence[ModuleType]) -> list[Finding]:
    """Every finding of every sentence, in order."""
    found = read_again(context, modules, None)
    assert found is not None  # a first reading is never made afresh
    return found


def read_again(context: Context, modules: Sequence[ModuleType],
               earlier: Context | None) -> list[Finding] | None:
    """Every finding of every sentence, in order, keeping what ``earlier`` found where the
    sentence reads the same; None when ``context`` must be made afresh and read in full
    (working out what the text says proposed an entity early)."""
    keeps = earlier is not None and _as_before(context, earlier)
    if earlier is not None and not keeps and context.proposals:
        return None
    findings: list[Finding] = []
    for sentence in context.sentences:
        number = sentence.index
        if keeps and earlier is not None and number not in earlier.wider and all(
                _same(context.mentions(s), earlier.mentions(s))
                for s in context.sentences[max(0, number - _BEFORE): number + 1]):
            found = earlier.found[number]
        else:
            context.reading = number
            found = [f for module in modules for f in module.find(sentence, context)]
            context.reading = None
        context.found[number] = found
        findings += found
    return findings
