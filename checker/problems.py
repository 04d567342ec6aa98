"""Problems found in a person's input files, each with the place to fix it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True, kw_only=True)
class Problem:
    """One thing wrong in an input file: ``path:line:column: message``.

    Lines and columns are 1-based; columns count characters. ``claim_id`` names the claim the
    problem belongs to, when there is one, so that reports can say which claim was left out.
    """

    path: str
    line: int
    column: int
    message: str
    claim_id: str | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


def display_path(path: Path | str) -> str:
    """The path as a person would type it: relative to the working directory when inside it.

    Links are not followed: a file linked into ``claims/`` is named as the link, never as the
    file it points to (which may lie outside the folders the person asked to check). Worked
    out on strings: a large corpus names tens of thousands of files per run."""
    # abspath, not resolve: it normalizes the path without following links
    absolute = os.path.abspath(path)  # noqa: PTH100
    here = os.getcwd()  # noqa: PTH109
    if absolute == here:
        return "."
    inside = here if here.endswith(os.sep) else here + os.sep
    if absolute.startswith(inside):
        return absolute[len(inside):]
    return str(path)
