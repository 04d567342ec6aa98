"""Plain-text layout for the terminal report: wrapping, colour, and columns side by side.

Text is wrapped while it is still plain, and coloured afterwards: escape codes have no width on
screen, so padding and wrapping must never count them. A quote is written between « and »,
with or without colour, so that the report reads the same when piped or pasted.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

INDENT = "  "
SEPARATOR = " │ "
MAX_COLUMNS = 3
MIN_COLUMN = 28  # narrower than this, values are stacked: a column of a few words is unreadable
OPEN_QUOTE, CLOSE_QUOTE = "«", "»"


@dataclass(frozen=True)
class Style:
    color: bool = False

    def _paint(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color and text else text

    def bold(self, text: str) -> str:
        return self._paint("1", text)

    def dim(self, text: str) -> str:
        return self._paint("2", text)

    def red(self, text: str) -> str:
        return self._paint("1;31", text)

    def yellow(self, text: str) -> str:
        return self._paint("1;33", text)

    def cyan(self, text: str) -> str:
        return self._paint("1;36", text)

    def green(self, text: str) -> str:
        return self._paint("1;32", text)

    def quotes(self, line: str, inside: bool) -> tuple[str, bool]:
        """``line`` with the text between « and » in bold; ``inside``: a quote runs on from
        the line before. Returns the painted line and whether the quote runs on."""
        if not self.color:
            return line, inside
        painted = "\033[1m" if inside else ""
        for char in line:
            if char == OPEN_QUOTE:
                inside = True
                painted += char + "\033[1m"
            elif char == CLOSE_QUOTE:
                inside = False
                painted += "\033[22m" + char
            else:
                painted += char
        return painted + ("\033[0m" if inside else ""), inside


def _lines(text: str, width: int, indent: str = "", hanging: str = "") -> list[str]:
    """``text`` wrapped to ``width``. A word longer than a line (a URL) starts a line of its
    own and is cut into pieces that fill whole lines: textwrap alone would put its first
    letters at the end of the line before, where nobody reads them as the start of a URL."""
    room = max(width - len(hanging), 1)
    words = []
    for word in text.split(" "):
        words.extend([word[i: i + room] for i in range(0, len(word), room)] or [word])
    return textwrap.wrap(" ".join(words), width, initial_indent=indent, subsequent_indent=hanging,
                         break_long_words=True, break_on_hyphens=False)


def wrap(text: str, width: int, indent: str = INDENT, hanging: str = INDENT) -> list[str]:
    """``text`` wrapped to ``width``, its first line indented by ``indent``, the others by
    ``hanging``."""
    return _lines(text, max(width, len(hanging) + 10), indent, hanging) or [indent.rstrip()]


@dataclass(frozen=True)
class Column:
    """One competing value: its label, then one block of paragraphs per claim."""

    header: str
    blocks: tuple[tuple[str, ...], ...]


def _column_lines(column: Column, width: int) -> list[tuple[str, bool]]:
    """The column's lines, each flagged True when it is the header (to paint it bold)."""
    header = _lines(column.header, width) or [""]
    lines = [(line, True) for line in header]
    lines.append(("─" * min(width, max(4, *(len(line) for line in header))), False))
    for number, block in enumerate(column.blocks):
        if number:
            lines.append(("", False))
        for paragraph in block:
            lines.extend((line, False) for line in _lines(paragraph, width) or [""])
    return lines


def columns(values: Sequence[Column], width: int, style: Style) -> list[str]:
    """The values side by side, as many to a row as fit at ``width``; one per row (stacked)
    when even two would be narrower than ``MIN_COLUMN``."""
    usable = width - len(INDENT)
    fit = max(1, min(MAX_COLUMNS, (usable + len(SEPARATOR)) // (MIN_COLUMN + len(SEPARATOR))))
    rows = math.ceil(len(values) / fit)
    per_row = math.ceil(len(values) / rows) if values else 1
    out: list[str] = []
    for start in range(0, len(values), per_row):
        row = values[start: start + per_row]
        column_width = max(10, (usable - len(SEPARATOR) * (len(row) - 1)) // len(row))
        laid = [_column_lines(value, column_width) for value in row]
        inside = [False] * len(row)
        if out:
            out.append("")
        for index in range(max(len(lines) for lines in laid)):
            cells = []
            for number, lines in enumerate(laid):
                text, is_header = lines[index] if index < len(lines) else ("", False)
                painted, inside[number] = style.quotes(text, inside[number])
                if is_header:
                    painted = style.bold(text)
                cells.append(painted + " " * (column_width - len(text)))
            out.append((INDENT + style.dim(SEPARATOR).join(cells)).rstrip(" "))
    return out
