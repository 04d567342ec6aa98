"""What the commands share: exit codes, argument types, and messages for unwritable files."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import TextIO

from checker.problems import display_path

PROG = "source-checker"
MIN_WIDTH = 20


class ExitCode(IntEnum):
    OK = 0  # every claim valid, no unresolved error-level conflict
    FAILED = 1  # invalid claims or input files, or an unresolved error-level conflict
    UNUSABLE = 2  # bad usage, or input the check cannot run on at all


def one_of(what: str, choices: Sequence[str]) -> Callable[[str], str]:
    """An argument type accepting one of ``choices``, with this tool's own message."""
    def parse(text: str) -> str:
        if text not in choices:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {text!r}; choose from {', '.join(choices)}")
        return text
    return parse


def width(text: str) -> int:
    if not text.isdigit() or int(text) < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"expected a number of columns, at least {MIN_WIDTH}, "
                                         f"not {text!r}")
    return int(text)


def jobs_count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, at least 1, "
                                         f"not {text!r}")
    return int(text)


def use_color(choice: str, stream: TextIO | None) -> bool:
    if choice != "auto":
        return choice == "always"
    return (stream is not None and stream.isatty() and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


def cannot_write(path: Path, error: OSError) -> str:
    """Why ``path`` cannot be written, in words a person can act on."""
    where = display_path(path)
    if isinstance(error, IsADirectoryError) or path.is_dir():
        why = "it is a folder"
    elif isinstance(error, FileExistsError | NotADirectoryError):
        blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        why = f"{display_path(blocking)} is a file, not a folder"
    elif isinstance(error, PermissionError):
        why = "permission denied"
    else:
        why = (error.strerror or str(error)).lower()
    return f"{PROG}: error: cannot write {where}: {why}"


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """--sources and --claims, as every command that reads the corpus takes them."""
    parser.add_argument("--sources", type=Path, default=Path("sources"), metavar="DIR",
                        help="folder of articles (default: sources)")
    parser.add_argument("--claims", type=Path, default=Path("claims"), metavar="DIR",
                        help="folder of claim files (default: claims)")
