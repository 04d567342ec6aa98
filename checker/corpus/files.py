"""Reading a person's files: texts as UTF-8, YAML with positions; every problem reported."""

from __future__ import annotations

from pathlib import Path

from checker import yamlio
from checker.problems import Problem, display_path


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's text with ``\\n`` line endings, or None after reporting why it is unreadable."""
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(path=display_path(path), line=1, column=1,
                                message=f"cannot read the file: {error.strerror}"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        problems.append(Problem(
            path=display_path(path), line=line, column=column,
            message=f"not valid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8",
        ))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_yaml(path: Path, problems: list[Problem]) -> yamlio.Document | None:
    """The parsed file, or None when it cannot be read as YAML (the reason is in problems).

    Duplicate keys are reported but do not stop the file from being read: the rest of it is
    still checked, so that one run shows everything to fix.
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
    for duplicate in document.duplicates:
        problems.append(Problem(
            path=where, line=duplicate.position[0], column=duplicate.position[1],
            message=f"duplicate key {duplicate.key!r} (first given at line {duplicate.first[0]})",
        ))
    return document
