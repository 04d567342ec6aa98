"""Reading a person's files: texts as UTF-8, YAML with positions; every problem reported.

A file is read only when it lies in its folder: a symbolic link out of ``sources/`` or
``claims/`` (to ``/etc/passwd``, say) is refused, so that a report, which quotes the files it
reads, never shows anything from outside the folders it was asked to check.
"""

from __future__ import annotations

import codecs
import contextlib
import os
from pathlib import Path

from checker import yamlio
from checker.problems import Problem, display_path


def listed(directory: Path) -> list[str]:
    """The names in ``directory``, sorted, but hidden ones (as ``glob("*")`` would give
    them): names, not paths, because a large corpus has tens of thousands of files, and
    paths sort and compare many times slower."""
    return sorted(name for name in os.listdir(directory)  # noqa: PTH208 - names only
                  if not name.startswith("."))


def _outside_folder(path: Path) -> bool:
    # only a link can lead out; most files are not links, and resolving costs system calls
    return path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve())


def _bad_byte(data: bytes, error: UnicodeDecodeError) -> tuple[int, int, str]:
    """Where the first byte that is not UTF-8 is, as an editor counts lines and columns, and
    what it would be in Windows-1252, the usual encoding of such files. ``data`` is without
    its byte-order mark, as the error's offsets are."""
    before = data[: error.start].decode("utf-8", "replace")
    before = before.replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    byte = data[error.start]
    guess = ""
    if error.end - error.start == 1:
        with contextlib.suppress(UnicodeDecodeError):  # 0x81, 0x8d, ... are not cp1252
            guess = f" ({bytes([byte]).decode('cp1252')!r} in Windows-1252)"
    return line, column, f"not valid UTF-8: byte 0x{byte:02x}{guess}; save the file as UTF-8"


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's text with ``\\n`` line endings and no byte-order mark, or None after
    reporting why it cannot be read."""
    if _outside_folder(path):
        problems.append(Problem(path=display_path(path), line=1, column=1, message=(
            f"a link to a file outside {display_path(path.parent)}/; only files in the folder "
            "are read: copy the file in instead")))
        return None
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(path=display_path(path), line=1, column=1,
                                message=f"cannot read the file: {error.strerror}"))
        return None
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column, message = _bad_byte(data, error)
        problems.append(Problem(path=display_path(path), line=line, column=column,
                                message=message))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_yaml(path: Path, problems: list[Problem],
              report_duplicates: bool = True) -> yamlio.Document | None:
    """The parsed file, or None when it cannot be read as YAML (the reason is in problems).

    Duplicate keys are reported (unless the caller reports them itself, with more to say) but
    do not stop the file from being read: the rest of it is still checked, so that one run
    shows everything to fix.
    """
    text = read_text(path, problems)
    if text is None:
        return None
    where = display_path(path)
    try:
        document = yamlio.load(text)
    except yamlio.YamlError as error:
        problems.append(Problem(path=where, line=error.line, column=error.column,
                                message=error.message))
        return None
    if report_duplicates:
        problems.extend(duplicate_key_problem(where, d) for d in document.duplicates)
    return document


def duplicate_key_problem(where: str, duplicate: yamlio.DuplicateKey, consequence: str = "",
                          claim_id: str | None = None) -> Problem:
    line, column = duplicate.position
    return Problem(path=where, line=line, column=column, claim_id=claim_id, message=(
        f"duplicate key {duplicate.key!r} (first given at line {duplicate.first[0]})"
        f"{consequence}; give each key once"))
