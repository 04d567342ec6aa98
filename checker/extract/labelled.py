"""The labelled lines of a reference page: "Directed by: Sean Baker", "Cinematography: Drew
Daniels", "Starring: Mikey Madison, Mark Eydelshteyn and Yura Borisov". Each name listed
after a label that states a role is credited with it on the page's main work (see
:mod:`checker.extract.context`); a page without one gives no credits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.extract.context import Context
from checker.extract.cues import COMPANIES, CREDITED
from checker.extract.finding import Finding
from checker.extract.mentions import Mention
from checker.extract.sentences import Sentence
from checker.model.values import Credit

_LISTED = re.compile(r"|,\s*|,?\s+and\s+|\s*;\s*|\s*/\s*")
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z ]{1,28}?)\s*:\s+")
_LABELS = {"directed by": "director", "director": "director", "written by": "writer",
           "screenplay by": "writer", "screenplay": "writer", "writer": "writer",
           "writers": "writer", "produced by": "producer", "producer": "producer",
           "producers": "producer", "starring": "actor", "cast": "actor",
           "cinematography": "cinematographer", "cinematographer": "cinematographer",
           "director of photography": "cinematographer", "edited by": "editor",
           "editor": "editor", "editing": "editor", "music by": "composer",
           "composer": "composer", "production design": "production designer",
           "production designer": "production designer", "costume design": "costume designer",
           "costume designer": "costume designer", "distributed by": "distributor",
           "distributor": "distributor", "casting": "casting director",
           "casting director": "casting director", "line producer": "line producer",
           "executive producer": "executive producer",
           "executive producers": "executive producer"}


def names_from(text: str, mentions: list[Mention], start: int) -> list[Mention]:
    """The names listed from ``start``: "A", "A and B", "A, B and C"."""
    listed = []
    position = start
    for mention in mentions:
        if mention.start < position:
            continue
        if not _LISTED.fullmatch(text[position: mention.start]):
            break
        listed.append(mention)
        position = mention.end
    return listed


def label_of(text: str) -> re.Match[str] | None:
    """The label a line starts with, when it states a role."""
    label = _LABEL.match(text)
    return label if label and label.group("label").lower() in _LABELS else None


def labelled(sentence: Sentence, context: Context, mentions: list[Mention],
              label: re.Match[str]) -> Iterator[Finding]:
    """"Cinematography: Drew Daniels" on a reference page: about its main work."""
    role = _LABELS[label.group("label").lower()]
    work = context.main_work
    if work is None:
        return
    kinds = COMPANIES if role in ("financier", "distributor") else CREDITED
    for mention in names_from(sentence.text, mentions, label.end()):
        person = context.entity(mention, kinds)
        if person is not None:
            yield Finding(sentence=sentence, subject=person, property="credit",
                          value=Credit(kind="credit", role=role, work=work.name),
                          evidence=(label.span("label"), (mention.start, mention.end)))

