"""Credit roles: their canonical names, the words that state them, and who may share them.

A *single-holder* role has one holder per work: two sources naming different cinematographers
of one film disagree, unless a source says the role was shared ("co-directed with").
Roles not listed here are accepted as written; the quote must then contain the role's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str
    terms: tuple[str, ...]  # lower-case words or stems that state the role in a quote
    single_holder: bool = False
    names: tuple[str, ...] = ()  # other names a claim may give the role: "DP", "actress"


ROLES: dict[str, Role] = {
    r.name: r
    for r in (
        Role("director", ("director", "directed", "directing", "directs", "direction", "dir.",
                          "writer-director"), single_holder=True),
        Role("writer", ("writer", "wrote", "writes", "written", "co-wrote", "screenplay",
                        "screenwriter", "writer-director"),
             names=("screenwriter", "scriptwriter", "screenplay")),
        Role("producer", ("producer", "produced", "produce", "producing", "produces")),
        Role("executive producer", ("executive producer",)),
        Role("line producer", ("line producer",), single_holder=True),
        Role("cinematographer", ("cinematographer", "director of photography", "dp", "dop",
                                 "shot by", "shot", "shoots", "lensed", "cinematography"),
             single_holder=True, names=("director of photography", "dp", "dop")),
        Role("editor", ("editor", "edited", "edits", "editing", "cut by"), single_holder=True,
             names=("film editor", "picture editor")),
        Role("composer", ("composer", "composed", "score", "music by"), single_holder=True),
        Role("production designer", ("production designer", "production design"),
             single_holder=True),
        Role("costume designer", ("costume designer", "costumes by", "costume design"),
             single_holder=True),
        Role("casting director", ("casting director", "casting")),
        Role("post-production supervisor", ("post-production supervisor", "post supervisor",
                                            "post-supervised")),
        Role("assistant director", ("assistant director",), names=("first ad", "1st ad")),
        Role("locations manager", ("locations manager", "location manager"),
             names=("location manager",)),
        Role("actor", ("actor", "actress", "starring", "starred", "stars", "cast", "played",
                       "plays", "performance", "role"), names=("actress", "performer")),
        Role("financier", ("financed", "financier", "financing", "backed")),
        Role("distributor", ("distributor", "distributed", "rights", "released by")),
    )
}
_BY_NAME = {n: r.name for r in ROLES.values() for n in (r.name, *r.names)}


def _spelling(role: str) -> str:
    return re.sub(r"\s+", " ", role.strip().lower())


def canonical_role(role: str) -> str:
    """The canonical name of a role: "Director of Photography" and "DP" are the
    cinematographer. A role not listed is its own spelling, lower case, single spaces."""
    spelling = _spelling(role)
    return _BY_NAME.get(spelling, spelling)


def role_terms(role: str) -> tuple[str, ...]:
    known = ROLES.get(canonical_role(role))
    return known.terms if known else (_spelling(role),)


def is_single_holder(role: str) -> bool:
    known = ROLES.get(canonical_role(role))
    return bool(known and known.single_holder)
