"""``claims/resolutions.yaml``: decisions on conflicts, by the conflict id the report prints.

    resolutions:
      red-rocket-year-5e0c2f1a:
        keep: "2021"                     # a value as the report labels it
        reason: Red Rocket premiered at Cannes in July 2021 and opened in US theaters that
          December; 2022 is the year of its wider release abroad.
        decided: 2024-12-02
        by: Dana Reyes
      tangerine-filming-location-0c1d2e3f:
        keep: [Hollywood, West Hollywood]     # several values stand
        reason: the film was shot in both
      yura-borisov-name-1b2c3d4e:
        accept_all: true                 # every competing value is acceptable
        reason: both are transliterations of the same Russian name
        values: [Yura, Yuri]             # written by `resolve`: what was in dispute

`source-checker resolve ID --keep VALUE --reason TEXT` (or ``--accept-all``) adds an entry to
the file as text, keeping its comments and layout.

A resolved conflict is still reported, marked with its verdict, but no longer fails the check.
A conflict's id changes when its competing values change, so a resolution never silently
carries over to a different dispute: it is reported as stale instead.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from checker.model.dates import PartialDateStr
from checker.model.values import Text

CONFLICT_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*-[0-9a-f]{8}$")


def _as_text(value: Any) -> Any:
    # `keep: 2021` is how a person writes a year; YAML reads it as a number.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


KeptValue = Annotated[Text, BeforeValidator(_as_text, json_schema_input_type=Text | int)]


class Resolution(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    keep: KeptValue | tuple[KeptValue, ...] | None = Field(
        default=None, description="the value (or values) that stand, as the report labels them"
    )
    accept_all: bool = Field(default=False, description="every competing value is acceptable")
    reason: Text = Field(description="why; required")
    decided: PartialDateStr | None = Field(default=None, description="when it was decided")
    by: Text | None = Field(default=None, description="who decided")
    values: tuple[KeptValue, ...] | None = Field(
        default=None, description="the competing values when it was decided, as the report "
        "labelled them; `resolve` records them so that a stale entry can say what changed"
    )

    @model_validator(mode="after")
    def _one_verdict(self) -> Resolution:
        if (self.keep is None) == (not self.accept_all):
            raise ValueError("give exactly one verdict: keep: VALUE or accept_all: true")
        if self.keep == ():
            raise ValueError("keep: name at least one value")
        return self

    @property
    def kept(self) -> tuple[str, ...]:
        if self.keep is None:
            return ()
        return (self.keep,) if isinstance(self.keep, str) else self.keep

    @property
    def verdict(self) -> str:
        """The decision in a few words: ``keep 2021`` or ``all values acceptable``."""
        if self.accept_all:
            return "all values acceptable"
        return "keep " + ", ".join(self.kept)


class ResolutionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolutions: dict[Annotated[str, Field(pattern=CONFLICT_ID.pattern)], Resolution] = Field(
        default_factory=dict,
        description="decisions by conflict id, as the report prints it",
        json_schema_extra={"additionalProperties": False},  # so that editors flag a bad id
    )
