"""``sources/<id>.meta.yaml``: what is known about an article, beside its text ``<id>.txt``.

    title: "Making of 'Anora': How Sean Baker Turns the Rom-Com on Its Head"
    publisher: The Hollywood Reporter (reworded copy)
    published: 2024-11-15          # 2024, 2024-11 or 2024-11-15
    kind: article
    sections:
      - starts_at: "Thanks for a great interview."   # verbatim start of a line
        label: reader comments
        weight: low
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.model.dates import PartialDateStr
from checker.model.values import Text

SourceKind = Literal[
    "article", "interview", "review", "reference", "press-release", "transcript", "book",
    "social", "other",
]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    starts_at: Text = Field(description="verbatim text at the start of the section's first line")
    label: Text = Field(description="what the section is, e.g. reader comments")
    weight: Literal["normal", "low"] = Field(
        default="low", description="low: conflicts resting only on it are one severity lower"
    )


class SourceMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Text | None = None
    publisher: Text | None = None
    author: Text | None = None
    url: Text | None = None
    published: PartialDateStr | None = None
    kind: SourceKind = "article"
    sections: tuple[Section, ...] = ()
    note: Text | None = None
