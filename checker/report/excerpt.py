"""The passage a reporter shows for a claim: its sentence, with the quote marked."""

from __future__ import annotations

from dataclasses import dataclass

from checker.corpus.anchor import Passage

ELLIPSIS = "…"


@dataclass(frozen=True)
class Excerpt:
    before: str
    quote: str
    after: str

    def marked(self, left: str = "«", right: str = "»") -> str:
        return f"{self.before}{left}{self.quote}{right}{self.after}"


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def excerpt(passage: Passage, context: int = 160) -> Excerpt:
    """The sentence around ``passage``, at most ``context`` characters each side of the quote."""
    text = passage.source.text
    start, end = passage.sentence_span
    before = text[start: passage.start]
    after = text[passage.end: end]
    if len(before) > context:
        cut = before.find(" ", len(before) - context)
        before = ELLIPSIS + before[cut + 1 if cut != -1 else len(before) - context:]
    if len(after) > context:
        cut = after.rfind(" ", 0, context)
        after = after[: cut if cut > 0 else context] + ELLIPSIS
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    return Excerpt(_squeeze(before) + lead if before.strip() else "", _squeeze(passage.text),
                   trail + _squeeze(after) if after.strip() else "")
