"""The commands, one module each, with the same surface: ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args, stdout, stderr) -> ExitCode``."""

from __future__ import annotations

from types import ModuleType

from checker.commands import check, explain, extract, resolve, schema

COMMANDS: dict[str, ModuleType] = {
    module.NAME: module for module in (check, schema, resolve, explain, extract)}
