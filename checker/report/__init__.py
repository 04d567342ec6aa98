"""Reporters: each renders a :class:`~checker.result.CheckResult` to a stream it is given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from checker.report import github, gitlab, html, json, markdown, sarif, terminal
from checker.result import CheckResult


@dataclass(frozen=True)
class RenderSettings:
    width: int = 100
    color: bool = False


Reporter = Callable[[CheckResult, TextIO, RenderSettings], None]

REPORTERS: dict[str, Reporter] = {
    "terminal": lambda result, stream, settings: terminal.render(
        result, stream, width=settings.width, color=settings.color),
    "markdown": lambda result, stream, settings: markdown.render(result, stream),
    "json": lambda result, stream, settings: json.render(result, stream),
    "html": lambda result, stream, settings: html.render(result, stream),
    "sarif": lambda result, stream, settings: sarif.render(result, stream),
    "github": lambda result, stream, settings: github.render(result, stream),
    "gitlab": lambda result, stream, settings: gitlab.render(result, stream),
}


def get(name: str) -> Reporter:
    try:
        return REPORTERS[name]
    except KeyError:
        raise KeyError(f"unknown format {name!r}; known: {', '.join(REPORTERS)}") from None
