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


def display_path(path: Path) -> str:
    """The path as a person would type it: relative to the working directory when inside it.

    Links are not followed: a file linked into ``claims/`` is named as the link, never as the
    file it points to (which may lie outside the folders the person asked to check)."""
    # abspath, not resolve: it normalizes the path without following links
    absolute = Path(os.path.abspath(path))  # noqa: PTH100
    try:
        return str(absolute.relative_to(os.path.abspath(Path.cwd())))  # noqa: PTH100
    except ValueError:
        return str(path)
