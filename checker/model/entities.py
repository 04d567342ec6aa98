"""``claims/entities.yaml``: the people, works, organizations, places and characters claims
refer to, each with a canonical name and the aliases accepted for it.

    entities:
      - name: Samantha Quan
        kind: person
        aliases:
          - name: Sammy
            reason: nickname; Madison and Baker call her Sammy
            evidence: {source: making-of-anora-thr, quote: "Sean, Sammy, their pair of dogs"}
      - {name: Olivia Kavanaugh, kind: person, status: draft}   # proposed by extract

An entity's ``status`` is ``reviewed`` unless said otherwise. ``extract`` proposes the new
entities it finds as ``draft``; a person confirms one by deleting the status (or writing
``reviewed``), or marks it ``rejected`` so that it is never proposed again.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from checker.model.claims import SourceId
from checker.model.values import Text

EntityKind = Literal[
    "person", "work", "organization", "place", "character", "event", "group", "other"
]


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source: SourceId
    quote: Text


class Alias(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text
    reason: Text | None = None
    evidence: Evidence | None = None

    @model_validator(mode="after")
    def _explained(self) -> Alias:
        if self.reason is None and self.evidence is None:
            raise ValueError(f"alias {self.name!r} needs a reason (why the name means this "
                             "entity) or evidence: {source: SOURCE-ID, quote: PASSAGE}")
        return self


class Entity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text = Field(description="canonical name")
    kind: EntityKind
    aliases: tuple[Alias, ...] = ()
    part_of: Text | None = Field(default=None, description="places: the larger place")
    work: Text | None = Field(default=None, description="characters: the work they are in")
    note: Text | None = None
    status: Literal["reviewed", "draft", "rejected"] = Field(
        default="reviewed",
        description="draft: proposed by extract, not yet reviewed; rejected: not an entity "
                    "(extract neither proposes it again nor finds it in texts)",
    )


class EntitiesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entities: list[Entity] = Field(default_factory=list)
