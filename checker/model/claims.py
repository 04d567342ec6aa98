"""A claim file: ``claims/<source-id>.yaml`` holds the claims of one source.

    source: dear-producer-alex-coco        # optional; must match the file name
    claims:
      - id: anora-budget
        subject: Anora
        property: budget
        value: {kind: money, amount: 6000000, currency: USD}
        quote: "gave us a number we could spend, which was six million"
        status: reviewed
        note: the figure FilmNation set; the interview later calls it "our budget"
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from checker.model.dates import PartialDateStr
from checker.model.values import Text, Value
from checker.vocabulary import PROPERTIES

SourceId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$"),
    Field(description="a source's id: its file name in sources/ without .txt"),
]
ClaimId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")]
PropertyName = Annotated[str, Field(json_schema_extra={"enum": sorted(PROPERTIES)})]


class Claim(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: ClaimId = Field(description="stable id, unique in its file")
    subject: Text = Field(description="an entity's canonical name or alias")
    property: PropertyName
    value: Value
    scope: Text | None = Field(
        default=None, description="narrows the question: the event, award or scene meant"
    )
    approximate: bool = Field(default=False, description="the quote hedges: around, about")
    bound: Literal["lower", "upper"] | None = Field(
        default=None, description="lower: 'more than', 'at least'; upper: 'under', 'up to'"
    )
    as_of: PartialDateStr | None = Field(default=None, description="when the value held")
    year_from: Literal["quote", "published"] = Field(
        default="quote",
        description="published: the quote gives no year; it is the source's publication year",
    )
    quote: Text = Field(description="verbatim passage of the source the claim rests on")
    status: Literal["draft", "reviewed", "rejected"] = Field(
        description="draft: not yet reviewed (extract writes drafts); reviewed: checked "
                    "against the source; rejected: a draft a person turned down, kept so that "
                    "extract does not propose it again, never compared"
    )
    note: Text | None = None


class ClaimFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: SourceId | None = Field(default=None, description="defaults to the file name")
    claims: list[Claim] = Field(default_factory=list)
