"""Saying in plain words what is wrong with a file YAML cannot parse, and where.

libyaml says ``while parsing a flow mapping did not find expected ',' or '}'``; a person wants
``'{' at line 3, column 12 is not closed``. The common mistakes (an indent off by one, a
bracket or quote left open, a ``:`` inside unquoted text, a tab) get a sentence of their own;
anything else keeps the parser's words, with the place it refers to.
"""

from __future__ import annotations

import yaml

Position = tuple[int, int]


class YamlError(Exception):
    """A file that cannot be read as YAML at all."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def _position(mark: yaml.Mark) -> Position:
    return mark.line + 1, mark.column + 1


def _at(mark: yaml.Mark) -> str:
    line, column = _position(mark)
    return f"line {line}, column {column}"


def _character(text: str, mark: yaml.Mark) -> str:
    return text[mark.index] if 0 <= mark.index < len(text) else ""


def _explain(error: yaml.MarkedYAMLError, text: str) -> tuple[yaml.Mark | None, str]:
    """The mark to report at and the sentence for it."""
    problem = error.problem or ""
    context = error.context or ""
    here, opened = error.problem_mark, error.context_mark
    if opened is not None and ("expected ',' or '}'" in problem
                               or "expected ',' or ']'" in problem):
        bracket = "{" if "}" in problem else "["
        closing = "}" if bracket == "{" else "]"
        return opened, (f"'{bracket}' is not closed: expected ',' or '{closing}' before "
                        f"{_at(here) if here else 'the end of the file'}")
    if opened is not None and "quoted scalar" in context and "end of stream" in problem:
        return opened, "the quoted text that starts here is not closed"
    if "escape character" in problem:
        return here, ("unknown escape sequence in double-quoted text: write \\\\ for a "
                      "backslash, or use single quotes")
    if "cannot start any token" in problem and here is not None:
        found = _character(text, here)
        if found == "\t":
            return here, "a tab character: YAML indents with spaces"
        return here, f"{found!r} cannot start a plain value; put the text in quotes"
    if "mapping values are not allowed" in problem:
        return here, ("':' here starts a key where none can be: put text that holds ': ' in "
                      "quotes, or check the indentation")
    if any(p in problem for p in ("expected '-' indicator", "expected <block end>",
                                  "expected key", "expected <document start>")):
        if here is not None and text[: here.index].rstrip(" ")[-1:] in ("'", '"'):
            return here, "text after the closing quote: put all of the text inside the quotes"
        block = f" of the block that starts at {_at(opened)}" if opened else ""
        return here, f"this line does not fit the indentation{block}; check its indentation"
    if "another document" in problem:
        return here, "a second document ('---'); a file holds one YAML document"
    words = " ".join(p for p in (problem, f"({context} at {_at(opened)})" if opened else context)
                     if p)
    return here or opened, words


def describe_parse_error(error: yaml.MarkedYAMLError, text: str) -> YamlError:
    mark, sentence = _explain(error, text)
    line, column = _position(mark) if mark is not None else (1, 1)
    return YamlError(line, column, f"invalid YAML: {sentence}")


def describe_reader_error(error: yaml.reader.ReaderError, text: str) -> YamlError:
    """A character YAML does not allow, such as a control character, at its position."""
    before = text[: error.position]
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    character = error.character if isinstance(error.character, str) else chr(error.character)
    return YamlError(line, column, f"invalid YAML: character U+{ord(character):04X} is not "
                                   "allowed in YAML; remove it")
