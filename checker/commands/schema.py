"""`schema`: write the JSON Schemas of the file formats, for editors."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from checker.commands.common import ExitCode, cannot_write
from checker.problems import display_path
from checker.schema import SCHEMAS, write_schemas

NAME = "schema"
HELP = "write the JSON Schemas of the file formats"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", type=Path, default=Path("schema"), metavar="DIR",
                        help="folder to write them to (default: schema)")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> ExitCode:
    try:
        written = write_schemas(args.output)
    except OSError as error:
        print(cannot_write(args.output / next(iter(SCHEMAS)), error), file=stderr)
        return ExitCode.UNUSABLE
    for path in written:
        print(f"wrote {display_path(path)}", file=stdout)
    return ExitCode.OK
