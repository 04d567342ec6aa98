"""Explaining two name forms (``source-checker explain FORM SPELLING``): does the spelling
check flag SPELLING as a variant of FORM, and why, or why not.

FORM names the entity: its canonical name or an alias in ``claims/entities.yaml`` (then all of
its declared forms are accepted), or any name (then it is taken as the only accepted form, of
the kind ``--kind`` gives). The verdict is the names comparator's own, run on SPELLING as if a
claim wrote it; the steps before it show the numbers it rests on: the normalized keys, each
odd word's nearest accepted word with the letters between them and the letters its length
allows, abbreviations, and the whole-name similarity with its threshold. Last comes whether
the spelling audit, reading the texts, links the two forms as variants.
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from checker.audit.cluster import is_variant
from checker.compare import names
from checker.corpus.anchor import Passage
from checker.corpus.claims import AnchoredClaim
from checker.corpus.sources import Source
from checker.explain.conflict import WIDTH, aliases
from checker.model.claims import Claim
from checker.model.entities import Entity
from checker.parse.names import name_key, strip_accents, tokens
from checker.report.layout import wrap

PEOPLE = frozenset({"person", "character"})  # their short forms are nicknames


def _as_claimed(entity: Entity, spelling: str) -> AnchoredClaim:
    """``spelling`` as a name claim about ``entity``, for the comparator to judge."""
    source = Source(id="command-line", path=Path("command-line"), text=spelling)
    claim = Claim.model_validate({
        "id": "explain", "subject": entity.name, "property": "name", "status": "draft",
        "value": {"kind": "name", "name": spelling}, "quote": spelling})
    return AnchoredClaim(claim=claim, source=source, subject=entity,
                         passage=Passage(source, 0, len(spelling)), path="(command line)",
                         line=1, column=1)


def _letters(count: int) -> str:
    return f"{count} letter{'' if count == 1 else 's'}"


def _steps(spelling: str, forms: list[str], kind: str) -> list[str]:
    options = names.Options()
    key = name_key(spelling)
    keys = {name_key(f): f for f in forms}
    words = {w for f in forms for w in tokens(f)}
    if key in keys:
        return wrap(f"the same as {keys[key]!r} once case, punctuation and typography are set "
                    "aside: an accepted form", WIDTH, hanging="    ")
    if set(key.split()) <= words:
        return wrap("every word of it is a word of an accepted form: a part of the name (a "
                    "surname alone, say), not a variant", WIDTH, hanging="    ")
    plain = strip_accents(key)
    if plain in {strip_accents(k) for k in keys} or \
            set(plain.split()) <= {strip_accents(w) for w in words}:
        return ["  equal to an accepted form once accents are removed"]
    lines = []
    for word in (w for w in key.split() if w not in words):
        near = names.near_word(word, words, options)
        short = names.abbreviation_of(word, words)
        if short is not None:
            lines.append(f"  {word!r} abbreviates or writes out the accepted word {short!r}")
            continue
        best = min(words, key=lambda w: (OSA.distance(word, w), w), default=None)
        if best is None:
            continue
        distance = OSA.distance(word, best)
        allowed = names.max_edits(best, options)
        reach = "within reach" if near is not None else "out of reach"
        lines += wrap(f"{word!r}: the nearest accepted word is {best!r}, {_letters(distance)} "
                      f"apart; a word of {len(best)} letters may differ by {_letters(allowed)} "
                      f"(none below {options.min_word_length}): {reach}", WIDTH, hanging="    ")
    score, closest = max(((fuzz.ratio(key, s), s) for s in names.spans(forms)), default=(0.0, ""))
    spared = " (not applied to people and characters: their short forms are nicknames)" \
        if kind in PEOPLE else ""
    lines += wrap(f"whole name: {score:.1f}% similar to {closest!r}; threshold "
                  f"{options.form_similarity:.0f}%{spared}", WIDTH, hanging="    ")
    return lines


def explain_names(spelling: str, entity: Entity, declared: bool) -> list[str]:
    forms = [entity.name, *(alias.name for alias in entity.aliases)]
    taken = "" if declared else f" (not in claims/entities.yaml: taken as a {entity.kind} " \
                                "with no aliases)"
    lines = [f"{spelling!r} judged as a spelling of {entity.name}{taken}", "",
             "Accepted forms", *aliases(entity), "",
             "Normalized (letters and digits, lower case)",
             *(f"  {form!r} → {name_key(form)!r}" for form in [spelling, *forms]), "",
             "Steps of the names comparator", *_steps(spelling, forms, entity.kind), ""]
    found = list(names.spelling_conflicts(entity.name, entity.kind, forms,
                                          [_as_claimed(entity, spelling)], (), names.Options()))
    lines.append("Verdict, if a claim wrote it")
    for conflict in found:
        details = ", ".join(f"{k}: {v}" for k, v in conflict.details)
        lines += [*wrap(f"{conflict.severity.value} ({conflict.kind}): {conflict.explanation}",
                        WIDTH, hanging="    "), f"    {details}"]
    if not found:
        lines.append("  no finding: an accepted spelling")
    linked = [f for f in forms if is_variant(name_key(f), name_key(spelling))]
    audit = (f"linked as a variant of {linked[0]!r}: the same number of words, each the same, "
             "an abbreviation or a letter or two away") if linked else \
        ("not linked as variants: the audit links only forms with the same number of words, "
         "each the same, an abbreviation, or a letter or two away")
    if name_key(spelling) in {name_key(f) for f in forms}:
        audit = "an accepted form: nothing to report"
    lines += ["", "In the texts (the spelling audit)", *wrap(audit, WIDTH, hanging="    ")]
    return lines
