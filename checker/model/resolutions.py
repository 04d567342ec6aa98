"""``claims/resolutions.yaml``: decisions on conflicts, by conflict id.

    resolutions:
      red-rocket-year-5e0c2f1a:
        keep: "2021"
        reason: Red Rocket premiered at Cannes in July 2021 and opened in US theaters that
          December; 2022 is the year of its wider release abroad.
      yura-borisov-name-1b2c3d4e:
        accept_all: true
        reason: both are transliterations of the same Russian name
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from checker.model.dates import PartialDateStr
from checker.model.values import Text

ConflictId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]*-[0-9a-f]{8}$")]


class Resolution(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    keep: Text | tuple[Text, ...] | None = Field(
        default=None, description="the value (or values) that stand, as the report labels them"
    )
    accept_all: bool = Field(default=False, description="every competing value is acceptable")
    reason: Text = Field(description="why; required")
    decided: PartialDateStr | None = None
    by: Text | None = None

    @model_validator(mode="after")
    def _one_verdict(self) -> Resolution:
        if (self.keep is None) == (not self.accept_all):
            raise ValueError("give exactly one verdict: keep: VALUE or accept_all: true")
        return self

    @property
    def kept(self) -> tuple[str, ...]:
        if self.keep is None:
            return ()
        return (self.keep,) if isinstance(self.keep, str) else self.keep


class ResolutionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolutions: dict[ConflictId, Resolution] = Field(default_factory=dict)
