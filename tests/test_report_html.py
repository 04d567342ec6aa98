"""The HTML report, read without a browser: one well-formed page that loads nothing, a card
per conflict, and every piece of corpus text escaped. (The browser test is
test_report_html_browser.py.)"""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from conftest import REPO, Run

from checker.check import run_check
from checker.corpus.anchor import find_quote
from checker.report import html

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
HOSTILE = {
    "sources/a.txt": f"Notes {SCRIPT} on \"Dry Season\" & 'friends': {IMG} Dry Season cost "
                     "$2 million to make.\nAt the end a <b>blowtorch</b> stops her.\n",
    "sources/a.meta.yaml": "title: \"A \\\"quoted\\\" <img src=x onerror=\\\"document.title="
                           "'pwned'\\\"> title\"\n",
    "sources/b.txt": "The $3 million budget of Dry Season went on the boat. A flamethrower "
                     "stops her at the end.\n",
    "claims/entities.yaml": """\
        entities:
          - {name: Dry Season, kind: work}
          - {name: "Sadie <i>the</i> \\"stunt\\"", kind: character}
        """,
    "claims/a.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 2000000, currency: USD},
             quote: "<img src=x onerror=\\"document.title='pwned'\\"> Dry Season cost $2 million"}
          - {id: ending, subject: "Sadie <i>the</i> \\"stunt\\"", property: fact, status: draft,
             scope: "what <b>stops</b> her", value: {kind: text, text: blowtorch},
             quote: "a <b>blowtorch</b> stops her"}
          - {id: bad, subject: "<svg onload=alert(1)>", property: budget, status: reviewed,
             value: {kind: money, amount: 1, currency: USD}, quote: "Notes"}
        """,
    "claims/b.yaml": """\
        claims:
          - {id: budget, subject: Dry Season, property: budget, status: reviewed,
             value: {kind: money, amount: 3000000, currency: USD}, quote: "The $3 million budget"}
          - {id: ending, subject: "Sadie <i>the</i> \\"stunt\\"", property: fact,
             status: reviewed, scope: "what <b>stops</b> her",
             value: {kind: text, text: flamethrower}, quote: "A flamethrower stops her"}
        """,
    "claims/resolutions.yaml": """\
        resolutions:
          sadie-i-the-i-stunt-fact-d2a6b144:
            keep: blowtorch
            reason: "the film shows it </script><script>alert(1)</script>"
            by: "<i>Ed</i>"
          dry-season-budget-00000000: {keep: "$2,000,000", reason: "the <b>producer</b> said so"}
        """,
}


# every element the report writes itself; anything else came from the corpus unescaped
TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3",
        "h4", "p", "span", "dl", "div", "dt", "dd", "nav", "a", "form", "fieldset", "legend",
        "label", "input", "button", "section", "article", "code", "figure", "blockquote", "mark",
        "figcaption", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th", "td",
        "footer", "script"}
VOID = {"meta", "input"}


class Page(HTMLParser):
    """A report page parsed: its elements in order, its text, and nesting errors."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.errors: list[str] = []
        self._open: list[str] = []
        self.feed(markup)
        self.close()
        if self._open:
            self.errors.append(f"never closed: {self._open}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {name: value or "" for name, value in attrs}))
        if tag not in VOID:
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self._open or self._open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self._open[-1:] or 'nothing'}")
        else:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1] in self.raw:
            self.raw[self._open[-1]].append(data)
        else:
            self.text.append(data)

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.elements
                if name == tag and (cls is None or cls in attrs.get("class", "").split())]


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _bundled(tmp_path: Path) -> None:
    for folder in ("sources", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)


def _section(markup: str, key: str, next_key: str) -> str:
    """The section with id ``key``, up to the one with id ``next_key``."""
    def start(name: str) -> int:
        return markup.rindex("<section", 0, markup.index(f'id="{name}"'))
    return markup[start(key): start(next_key)]


def report(run: RunCli, tmp_path: Path, code: int) -> str:
    assert run("check", "--format", "html", "--output", "report.html") == \
        Run(code, "wrote report.html\n", "")
    return (tmp_path / "report.html").read_text(encoding="utf-8")


def test_bundled_report_is_one_well_formed_page_that_loads_nothing(
        run: RunCli, tmp_path: Path) -> None:
    _bundled(tmp_path)
    markup = report(run, tmp_path, 0)
    page = Page(markup)
    assert page.errors == []
    assert markup.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert {tag for tag, _ in page.elements} <= TAGS
    assert [tag for tag, _ in page.elements].count("script") == 1
    assert [tag for tag, _ in page.elements].count("style") == 1
    # nothing to fetch: no src, no link, only links inside the page, no url() or @import
    assert not any("src" in attrs for _, attrs in page.elements)
    assert all(attrs["href"].startswith("#") for attrs in page.find("a"))
    style, script = "".join(page.raw["style"]), "".join(page.raw["script"])
    assert "url(" not in style and "@import" not in style
    assert "http" not in markup.replace("http-equiv", "")
    # the policy admits exactly the inline style and script: a stray byte would block them
    policy = next(a["content"] for a in page.find("meta") if "http-equiv" in a)
    assert policy == (f"default-src 'none'; style-src {_sha256(style)}; "
                      f"script-src {_sha256(script)}")
    assert page.find("form", "filters")[0]["id"] == "filters"
    assert "hidden" in page.find("form", "filters")[0]  # shown by the script only


def test_bundled_report_has_a_card_per_conflict_and_a_mark_per_passage(
        run: RunCli, tmp_path: Path) -> None:
    _bundled(tmp_path)
    page = Page(report(run, tmp_path, 0))
    result = run_check(Path("sources"), Path("claims"))
    cards = page.find("article", "conflict")
    assert [card["id"] for card in cards] == [f"conflict-{c.id}" for c in result.conflicts]
    assert len(cards) == 14
    assert all("resolved" in card["class"].split() for card in cards)
    assert [card["data-severity"] for card in cards] == \
        [c.severity.value for c in result.conflicts]
    passages = sum(len(v.passages) for c in result.conflicts for v in c.values)
    mentions = sum(len(v.mentions) for c in result.conflicts for v in c.values)
    assert len(page.find("mark")) == passages == len(page.find("figure", "passage"))
    assert len(page.find("figure", "mention")) == mentions
    assert len(page.find("section", "value")) == sum(len(c.values) for c in result.conflicts)
    assert "Mill Basin" in page.text and "Resolved: keep Mill Basin" in page.text
    assert len(page.find("tr")) == 1 + 4  # the sources table


def test_corpus_text_is_escaped_everywhere(run: RunCli, corpus: Corpus, tmp_path: Path) -> None:
    corpus(HOSTILE)
    markup = report(run, tmp_path, 1)
    page = Page(markup)
    assert page.errors == []
    assert {tag for tag, _ in page.elements} <= TAGS - {"img", "b", "i", "svg"}
    assert [tag for tag, _ in page.elements].count("script") == 1
    assert not any(name.startswith("on") for _, attrs in page.elements for name in attrs)
    assert markup.count("<script") == 1 and markup.count("</script") == 1
    text = "".join(page.text)
    # the hostile text reads as itself
    assert f"Notes {SCRIPT} on \"Dry Season\" & 'friends': {IMG} Dry Season cost $2 million" \
        in text
    assert "Sadie <i>the</i> \"stunt\" · fact" in text
    assert "(what <b>stops</b> her)" in text
    assert "the film shows it </script><script>alert(1)</script>" in text
    assert "<i>Ed</i> · claims/resolutions.yaml:2" in text
    # in an attribute too: the source filter's tooltip is the source's title
    assert [label["title"] for label in page.find("label") if "title" in label] == \
        ["A \"quoted\" <img src=x onerror=\"document.title='pwned'\"> title", "b"]
    assert page.find("span", "source")[0] == {"class": "source"}
    assert "<title>Source consistency report: FAIL</title>" in markup


def test_card_markup(run: RunCli, corpus: Corpus, tmp_path: Path) -> None:
    corpus(HOSTILE)
    markup = report(run, tmp_path, 1)
    start = markup.index('<article class="conflict severity-error"')
    card = markup[start: markup.index("</article>", start) + len("</article>")]
    quote = "&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;"
    title = f"A &quot;quoted&quot; {quote} title"
    assert card == (
        '<article class="conflict severity-error" id="conflict-dry-season-budget-5a28a1a2" '
        'data-severity="error" data-kind="money" data-sources="a b">'
        '<header class="conflict-head"><span class="badge error">error</span>'
        '<span class="kind">money</span><h3><a href="#conflict-dry-season-budget-5a28a1a2">'
        'Dry Season · budget</a></h3><p class="conflict-id">'
        '<code class="id">dry-season-budget-5a28a1a2</code><button type="button" class="copy" '
        'data-copy="dry-season-budget-5a28a1a2" hidden>copy id</button></p></header>'
        '<p class="explanation">sources give different budget figures that no hedge in the '
        'quotes reconciles</p><div class="values">'
        '<section class="value"><header class="value-head"><h4>$2,000,000</h4>'
        '<span class="count">1 passage</span></header><figure class="passage claim">'
        "<blockquote>“Notes &lt;script&gt;alert(1)&lt;/script&gt; on &quot;Dry Season&quot; "
        f"&amp; &#x27;friends&#x27;: <mark>{quote} Dry Season cost $2 million</mark> to make.”"
        f'</blockquote><figcaption><p class="where"><span class="source">'
        f'{title}</span> <code class="source-id">a</code> <span class="position" '
        'title="line 1, column 62">1:62</span></p><p class="origin">'
        '<code class="claim-file">claims/a.yaml:2</code> <span class="claim-id" '
        'title="claim id">budget</span> <span class="status reviewed">reviewed</span></p>'
        "</figcaption></figure></section>"
        '<section class="value"><header class="value-head"><h4>$3,000,000</h4>'
        '<span class="count">1 passage</span></header><figure class="passage claim">'
        "<blockquote>“<mark>The $3 million budget</mark> of Dry Season went on the boat.”"
        '</blockquote><figcaption><p class="where">'
        '<code class="source-id">b</code> <span class="position" title="line 1, column 1">'
        '1:1</span></p><p class="origin"><code class="claim-file">claims/b.yaml:2</code> '
        '<span class="claim-id" title="claim id">budget</span> '
        '<span class="status reviewed">reviewed</span></p></figcaption></figure></section>'
        "</div></article>")


def test_resolved_conflicts_stand_apart_with_their_verdict(
        run: RunCli, corpus: Corpus, tmp_path: Path) -> None:
    corpus(HOSTILE)
    markup = report(run, tmp_path, 1)
    unresolved = Page(_section(markup, "unresolved", "resolved"))
    resolved = Page(_section(markup, "resolved", "stale"))
    assert [a["id"] for a in unresolved.find("article")] == \
        ["conflict-dry-season-budget-5a28a1a2"]
    assert [a["id"] for a in resolved.find("article")] == \
        ["conflict-sadie-i-the-i-stunt-fact-d2a6b144"]
    assert "".join(resolved.text).startswith(
        "Resolved conflicts 1No conflict here matches the filters.warningresolvedfact")
    assert '<p class="verdict"><strong>Resolved: keep blowtorch</strong></p>' in markup
    assert '<h4>blowtorch</h4><span class="count">1 passage</span><span class="tag kept">' \
        "kept</span>" in markup
    assert '<h4>flamethrower</h4><span class="count">1 passage</span>' \
        '<span class="tag set-aside">set aside</span>' in markup
    assert '<span class="status draft">draft</span>' in markup


def test_problems_stale_resolutions_and_filters(run: RunCli, corpus: Corpus,
                                                tmp_path: Path) -> None:
    corpus(HOSTILE)
    markup = report(run, tmp_path, 1)
    assert ("<li><code>claims/a.yaml:8:15</code> unknown subject &#x27;&lt;svg "
            "onload=alert(1)&gt;&#x27;; add it to claims/entities.yaml</li>") in markup
    assert ("<li><code>claims/resolutions.yaml:6:3</code> "
            "<code>dry-season-budget-00000000</code> matches no conflict; a conflict on the "
            "same subject and property now stands between $2,000,000 and $3,000,000: "
            "dry-season-budget-5a28a1a2; if the decision still holds, move it to that id. See "
            '<a href="#conflict-dry-season-budget-5a28a1a2">dry-season-budget-5a28a1a2</a>.'
            "</li>") in markup
    boxes = [(a["name"], a["value"]) for a in Page(markup).find("input")]
    assert boxes == [("severity", "error"), ("severity", "warning"), ("kind", "fact"),
                     ("kind", "money"), ("source", "a"), ("source", "b")]
    nav = Page(markup[markup.index("<nav"): markup.index("</nav>") + len("</nav>")])
    assert [a["href"] for a in nav.find("a")] == \
        ["#problems", "#unresolved", "#resolved", "#stale", "#sources"]


def test_mentions_and_canonical_names_are_labelled(corpus: Corpus) -> None:
    folder = corpus({key: value for key, value in HOSTILE.items()
                     if key != "claims/resolutions.yaml"})
    result = run_check(folder / "sources", folder / "claims")
    budget = next(c for c in result.conflicts if c.property == "budget")
    source_b = next(s for s in result.sources if s.id == "b")
    mention = find_quote("Dry Season went on the boat", source_b)
    assert mention is not None
    two, three = budget.values
    values = (replace(two, claims=(), mentions=(mention,)),
              replace(three, claims=(), mentions=()))
    stream = io.StringIO()
    html.render(replace(result, conflicts=(replace(budget, values=values),)), stream)
    markup = stream.getvalue()
    assert (
        '<figure class="passage mention"><blockquote>“The $3 million budget of <mark>Dry Season '
        "went on the boat</mark>.”</blockquote><figcaption><p class=\"where\">"
        '<code class="source-id">b</code> <span '
        'class="position" title="line 1, column 26">1:26</span></p><p class="origin"><span '
        'class="tag mention">mention</span> <span class="muted">in the text; no claim behind '
        "it</span></p></figcaption></figure>") in markup
    assert ('<section class="value"><header class="value-head"><h4>$3,000,000</h4></header>'
            '<p class="muted">the canonical name in entities.yaml</p></section>') in markup


def test_a_passage_in_a_low_weight_section_says_so(run: RunCli, corpus: Corpus,
                                                   tmp_path: Path) -> None:
    corpus({
        "sources/a.txt": "An essay.\nComments\nI heard Dry Season cost $9 million.\n",
        "sources/a.meta.yaml": """\
            title: An essay
            sections:
              - {starts_at: Comments, label: reader comments, weight: low}
            """,
        "sources/b.txt": "The $3 million budget of Dry Season went on the boat.\n",
        "claims/entities.yaml": "entities:\n  - {name: Dry Season, kind: work}\n",
        "claims/a.yaml": """\
            claims:
              - {id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {kind: money, amount: 9000000, currency: USD}, quote: "$9 million"}
            """,
        "claims/b.yaml": """\
            claims:
              - {id: budget, subject: Dry Season, property: budget, status: reviewed,
                 value: {kind: money, amount: 3000000, currency: USD},
                 quote: "The $3 million budget"}
            """,
    })
    markup = report(run, tmp_path, 0)
    assert ('<p class="where"><span class="source">An essay</span> <code class="source-id">a'
            '</code> <span class="position" title="line 3, column 25">3:25</span> '
            '<span class="section">reader comments</span> '
            '<span class="tag low-weight">low weight</span></p>') in markup
    assert Page(markup).find("article")[0]["data-severity"] == "warning"
