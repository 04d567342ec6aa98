"""Writing a decision into ``claims/resolutions.yaml`` as text, so that the person's comments,
blank lines, quoting and order stay exactly as they were.

The file is never re-dumped: a new entry is inserted after the last line of the
``resolutions:`` block, in the indentation and spacing the existing entries use; a replaced
entry has just its own lines swapped (the comments above the next entry stay with it). Values
are written as YAML double-quoted strings, escaped so that ``:``, ``#``, quotes, backslashes,
line separators and characters YAML will not read come back as they were. Before the file is
replaced (atomically, with its line endings and byte-order mark kept), the new text is read back
and must hold the new entry as intended and every other entry unchanged.
"""

from __future__ import annotations

import codecs
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker import yamlio
from checker.atomic import write_atomically
from checker.problems import display_path

HEADER = """\
# yaml-language-server: $schema=../schema/resolutions.schema.json
# Decisions on the conflicts the check reports, by conflict id. A resolved conflict still
# appears in the report, marked resolved; it no longer fails the check. If its competing
# values change, its id changes and this entry is reported as stale.
"""
WIDTH = 96
# what YAML does not read back as written inside double quotes: characters its reader refuses,
# and the line breaks it folds (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR)
_UNREADABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
                         "|[\x85\u2028\u2029\ufeff]")


class CannotEdit(Exception):
    """The file cannot be edited safely; the message names the place to fix first."""


class AlreadyResolved(CannotEdit):
    """The conflict has an entry, and replacing it was not asked for."""


@dataclass(frozen=True)
class Entry:
    """A decision as ``resolve`` writes it."""

    conflict_id: str
    keep: tuple[str, ...]  # empty: every value is acceptable
    reason: str
    values: tuple[str, ...]  # the competing values, as the report labels them
    decided: str | None = None
    by: str | None = None

    def as_data(self) -> dict[str, Any]:
        """The entry as YAML will read it back."""
        data: dict[str, Any] = {"keep": self.keep[0] if len(self.keep) == 1 else list(self.keep)}
        if not self.keep:
            data = {"accept_all": True}
        data["reason"] = self.reason
        data["values"] = list(self.values)
        data.update({k: v for k, v in (("decided", self.decided), ("by", self.by)) if v})
        return data


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back as ``text``."""
    body = json.dumps(text, ensure_ascii=False)[1:-1]  # escapes quotes, backslashes, controls
    return '"' + _UNREADABLE.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) < 0x10000
                                 else f"\\U{ord(m.group()):08x}", body) + '"'


def _wrapped(key: str, text: str, indent: str) -> list[str]:
    """``key: "text"``, wrapped at single spaces; YAML folds each break back into one space."""
    value = quoted(text)
    if len(indent) + len(key) + 2 + len(value) <= WIDTH or "  " in value:
        return [f"{indent}{key}: {value}"]
    lines = textwrap.wrap(value, WIDTH - len(indent) - 2, initial_indent=f"{key}: ",
                          break_long_words=False, break_on_hyphens=False)
    return [indent + lines[0]] + [indent + "  " + line for line in lines[1:]]


def entry_lines(entry: Entry, indent: int) -> list[str]:
    inner = " " * (indent + 2)
    lines = [f"{' ' * indent}{entry.conflict_id}:"]
    if not entry.keep:
        lines.append(f"{inner}accept_all: true")
    elif len(entry.keep) == 1:
        lines.append(f"{inner}keep: {quoted(entry.keep[0])}")
    else:
        lines.append(f"{inner}keep: [{', '.join(quoted(k) for k in entry.keep)}]")
    lines += _wrapped("reason", entry.reason, inner)
    lines.append(f"{inner}values: [{', '.join(quoted(v) for v in entry.values)}]")
    if entry.decided:
        lines.append(f"{inner}decided: {quoted(entry.decided)}")
    if entry.by:
        lines += _wrapped("by", entry.by, inner)
    return lines


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    return bool(line.strip()) and not line.lstrip().startswith("#")


def _end_of(lines: list[str], start: int, indent: int) -> int:
    """The index after the last line of the block opened at ``start``: lines indented deeper,
    without the blank lines and the comments that lead into what follows."""
    end = start + 1
    for number in range(start + 1, len(lines)):
        if _content(lines[number]) and _indent(lines[number]) <= indent:
            break
        if _content(lines[number]) or (lines[number].strip() and
                                       _indent(lines[number]) > indent):
            end = number + 1
    return end


def _after_blank(lines: list[str], number: int) -> bool:
    """Whether a blank line stands above line ``number`` and the comments leading into it."""
    above = number - 1
    while above >= 0 and lines[above].lstrip().startswith("#"):
        above -= 1
    return above >= 0 and not lines[above].strip()


def _where(path: Path, line: int, column: int) -> str:
    return f"{display_path(path)}:{line}:{column}"


def edited(text: str, entry: Entry, path: Path, replace: bool = False) -> tuple[str, int]:
    """``text`` with ``entry`` added (or, with ``replace``, put in place of the entry of the
    same id), and the line the entry starts at."""
    try:
        document = yamlio.load(text) if text.strip() else None
    except yamlio.YamlError as error:
        raise CannotEdit(f"{_where(path, error.line, error.column)}: {error.message}; fix the "
                         "file first") from None
    data = document.data if document is not None else None
    lines = text.removesuffix("\n").split("\n") if text else []
    if not isinstance(data, dict | None):
        raise CannotEdit(f"{_where(path, 1, 1)}: the file should hold 'resolutions:' and a "
                         "mapping of decisions; fix the file first")
    if document is None or data is None or "resolutions" not in data:
        lines = (lines or HEADER.splitlines()) + ["resolutions:"]
        key_line, entries = len(lines) - 1, {}
    else:
        key_line = document.positions.locate(data, ("resolutions",))[0] - 1
        entries = data["resolutions"]
        after_key = lines[key_line].split(":", 1)[1].split(" #")[0].strip()
        if after_key == "{}":
            lines[key_line] = re.sub(r":\s*\{\}", ":", lines[key_line], count=1)
            entries = {}
        elif entries is not None and (not isinstance(entries, dict) or after_key):
            raise CannotEdit(f"{_where(path, key_line + 1, 1)}: resolutions: should be a block "
                             "mapping, one decision per line ('  ID:' then its keys), for "
                             "resolve to add to it; rewrite it so or add the entry by hand")
    entries = entries or {}
    if entry.conflict_id in entries:
        assert document is not None  # the entries were read from it
        if not replace:
            line, column = document.positions.locate(data, ("resolutions", entry.conflict_id))
            raise AlreadyResolved(f"{_where(path, line, column)}: {entry.conflict_id} is "
                                  "already resolved; give --replace to replace that decision")
        start = document.positions.locate(data, ("resolutions", entry.conflict_id))[0] - 1
        indent = _indent(lines[start])
        new = entry_lines(entry, indent)
        lines[start:_end_of(lines, start, indent)] = new
    else:
        ids = list(entries)
        positions = [document.positions.locate(data, ("resolutions", i)) for i in ids] \
            if document is not None and ids else []
        indent = positions[0][1] - 1 if positions else 2
        start = _end_of(lines, key_line, _indent(lines[key_line]))
        last = positions[-1][0] - 1 if positions else None
        spaced = last is not None and (len(ids) == 1 or _after_blank(lines, last))
        new = entry_lines(entry, indent)
        lines[start:start] = ([""] if spaced else []) + new
        start += 1 if spaced else 0
    result = "\n".join(lines) + "\n"
    _check(result, data, entry, path)
    return result, start + 1


def _check(text: str, before: Any, entry: Entry, path: Path) -> None:
    """The edited text must read back with the entry as intended and the rest unchanged."""
    after = yamlio.load(text).data
    old = dict((before or {}).get("resolutions") or {}) if isinstance(before, dict) else {}
    old[entry.conflict_id] = entry.as_data()
    rest = {k: v for k, v in (before or {}).items() if k != "resolutions"} \
        if isinstance(before, dict) else {}
    if after != {**rest, "resolutions": old}:
        raise CannotEdit(f"{display_path(path)}: the edit would not read back as intended, so "
                         "nothing was written; add the entry by hand")


def record(path: Path, entry: Entry, replace: bool = False) -> int:
    """Write ``entry`` into the resolutions file at ``path`` (created when missing), atomically,
    keeping its line endings and byte-order mark; returns the line the entry starts at."""
    raw = path.read_bytes() if path.exists() else b""
    bom = raw.startswith(codecs.BOM_UTF8)
    try:
        text = raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        raise CannotEdit(f"{display_path(path)}: not valid UTF-8; save it as UTF-8 "
                         "first") from None
    crlf = "\r\n" in text
    new, line = edited(text.replace("\r\n", "\n"), entry, path, replace)
    if crlf:
        new = new.replace("\n", "\r\n")
    write_atomically(path, ("\ufeff" if bom else "") + new)
    return line
