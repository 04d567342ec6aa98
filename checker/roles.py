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


ROLES: dict[str, Role] = {
    r.name: r
    for r in (
        Role("director", ("director", "directed", "directing", "directs", "writer-director"),
             single_holder=True),
        Role("writer", ("writer", "wrote", "writes", "written", "co-wrote", "screenplay",
                        "screenwriter", "writer-director")),
        Role("producer", ("producer", "produced", "produce", "producing", "produces")),
        Role("executive producer", ("executive producer",)),
        Role("line producer", ("line producer",), single_holder=True),
        Role("cinematographer", ("cinematographer", "director of photography", "dp", "shot by",
                                 "cinematography"), single_holder=True),
        Role("editor", ("editor", "edited", "edits", "editing", "cut by"), single_holder=True),
        Role("composer", ("composer", "composed", "score", "music by"), single_holder=True),
        Role("production designer", ("production designer", "production design"),
             single_holder=True),
        Role("costume designer", ("costume designer", "costumes by", "costume design"),
             single_holder=True),
        Role("casting director", ("casting director", "casting")),
        Role("post-production supervisor", ("post-production supervisor", "post supervisor",
                                            "post-supervised")),
        Role("assistant director", ("assistant director",)),
        Role("locations manager", ("locations manager", "location manager")),
        Role("actor", ("actor", "actress", "starring", "starred", "stars", "cast", "played",
                       "plays", "performance", "role")),
        Role("financier", ("financed", "financier", "financing", "backed")),
        Role("distributor", ("distributor", "distributed", "rights", "released by")),
    )
}


def canonical_role(role: str) -> str:
    """The canonical spelling of a role: lower case, single spaces."""
    return re.sub(r"\s+", " ", role.strip().lower())


def role_terms(role: str) -> tuple[str, ...]:
    known = ROLES.get(canonical_role(role))
    return known.terms if known else (canonical_role(role),)


def is_single_holder(role: str) -> bool:
    known = ROLES.get(canonical_role(role))
    return bool(known and known.single_holder)
