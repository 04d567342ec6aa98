"""The HTML report in a real browser: headless Chromium loads the file and runs its script,
and the tests read the rendered DOM: a card per conflict, the quoted words marked, the values
side by side, filters that hide cards, and hostile article text shown as text.

The bundled corpus's report is saved as a screenshot, ``build/html-report.png`` (and
``build/html-report-narrow.png``, a phone-wide window), for a person to look at.

Chromium is driven through WebDriver (selenium and chromedriver): the filters need the page's
script to run and the page to be clicked, which ``chromium --dump-dom`` cannot do. Without
Chromium, chromedriver or selenium the tests are skipped, saying what is missing; `.ci/run`
installs them and sets ``CHECKER_REQUIRE_BROWSER=1``, which turns the skip into a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Run
from test_report_html import HOSTILE, SCRIPT, report
from test_report_html_sources import many_sources

from checker.check import run_check
from checker.report import html
from checker.result import CheckResult

RunCli = Callable[..., Run]
Corpus = Callable[[dict[str, str]], Path]
SCREENSHOTS = REPO / "build"
# the flags without which Chromium stalls on a machine with no network, or with no sandbox
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")
MILL_BASIN = ("the grand Mill Basin mansion, where a gripping 28-minute home-invasion sequence "
              "unfolded")
MANSION = "conflict-ivan-s-mansion-location-64613844"


def _missing() -> str | None:
    """What is missing to run the browser tests, in words; None when nothing is."""
    if find_spec("selenium") is None:
        return "selenium is not installed: pip install -e '.[dev]'"
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "no Chromium: apt-get install chromium chromium-driver"
    if not shutil.which("chromedriver"):
        return "no chromedriver: apt-get install chromium-driver"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    missing = _missing()
    if missing is not None:
        if os.environ.get("CHECKER_REQUIRE_BROWSER") == "1":
            pytest.fail(f"CHECKER_REQUIRE_BROWSER=1, but {missing}")
        pytest.skip(f"browser test needs headless Chromium: {missing}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(shutil.which("chromium") or shutil.which("chromium-browser"))
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # the driver named explicitly: selenium would otherwise try to download one
    driver = webdriver.Chrome(service=Service(str(shutil.which("chromedriver"))),
                              options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _open(browser: Any, page: Path, width: int = 1280, height: int = 1600) -> None:
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    browser.get(page.as_uri())


def _shown(browser: Any) -> list[str]:
    """The ids of the conflict cards the browser displays."""
    ids: list[str] = browser.execute_script(
        "return Array.from(document.querySelectorAll('article.conflict'))"
        ".filter(card => getComputedStyle(card).display !== 'none').map(card => card.id);")
    return ids


def _box(browser: Any, name: str, value: str) -> Any:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']")


@dataclass(frozen=True)
class Bundled:
    page: Path
    result: CheckResult


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Bundled:
    """The bundled corpus's report, rendered once for the module (the CLI's writing of it is
    tested in test_report_html.py)."""
    result = run_check(REPO / "sources", REPO / "claims")
    page = tmp_path_factory.mktemp("bundled") / "report.html"
    with page.open("w", encoding="utf-8") as stream:
        html.render(result, stream)
    return Bundled(page, result)


def test_bundled_report_renders_side_by_side(browser: Any, bundled: Bundled) -> None:
    page, result = bundled.page, bundled.result
    _open(browser, page)
    assert browser.title == "Source consistency report: PASS"
    assert _shown(browser) == [f"conflict-{c.id}" for c in result.conflicts]
    assert len(result.conflicts) == 14
    # the script ran (it shows the filters) and the style applied: the policy let both in
    assert browser.execute_script("return document.getElementById('filters').hidden") is False
    assert browser.execute_script("return document.querySelector('[data-shown]').textContent") \
        == "Showing all 14 conflicts"
    assert browser.execute_script(
        "return getComputedStyle(document.querySelector('mark')).backgroundColor") == \
        "rgb(255, 229, 138)"
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []
    # the quoted words are marked, under their value, beside the other value
    columns = browser.execute_script(f"""
        return Array.from(document.querySelectorAll('#{MANSION} section.value')).map(value => ({{
            label: value.querySelector('h4').textContent,
            marks: Array.from(value.querySelectorAll('mark')).map(mark => mark.textContent),
            top: value.getBoundingClientRect().top, left: value.getBoundingClientRect().left}}));
    """)
    assert [column["label"] for column in columns] == ["Mill Basin", "Sheepshead Bay"]
    assert MILL_BASIN in columns[0]["marks"]
    assert columns[0]["top"] == columns[1]["top"] and columns[0]["left"] < columns[1]["left"]
    SCREENSHOTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(SCREENSHOTS / "html-report.png"))
    # on a narrow window the values stack
    _open(browser, page, width=420, height=1400)
    tops = browser.execute_script(
        f"return Array.from(document.querySelectorAll('#{MANSION} section.value'))"
        ".map(value => value.getBoundingClientRect().top);")
    assert tops[0] < tops[1]
    browser.execute_script("document.querySelector('article.conflict').scrollIntoView();")
    assert browser.save_screenshot(str(SCREENSHOTS / "html-report-narrow.png"))


def test_filters_hide_cards(browser: Any, bundled: Bundled) -> None:
    page, result = bundled.page, bundled.result
    _open(browser, page)
    every = [f"conflict-{c.id}" for c in result.conflicts]
    errors = [f"conflict-{c.id}" for c in result.conflicts if c.severity.value == "error"]
    _box(browser, "severity", "warning").click()
    assert _shown(browser) == errors and len(errors) == 9
    assert browser.execute_script("return document.querySelector('[data-shown]').textContent") \
        == "Showing 9 of 14 conflicts"
    _box(browser, "kind", "spelling").click()
    assert _shown(browser) == [f"conflict-{c.id}" for c in result.conflicts
                               if c.severity.value == "error" and c.kind != "spelling"]
    browser.find_element("css selector", "button[data-show-all]").click()
    assert _shown(browser) == every
    for source in result.sources:
        if source.id != "dear-producer-alex-coco":
            _box(browser, "source", source.id).click()
    assert _shown(browser) == [f"conflict-{c.id}" for c in result.conflicts
                               if "dear-producer-alex-coco" in c.sources]
    _box(browser, "source", "dear-producer-alex-coco").click()
    assert _shown(browser) == []
    # a section left with no card says so
    assert browser.execute_script(
        "return getComputedStyle(document.querySelector('#resolved .none-shown')).display") \
        == "block"


def test_without_javascript_every_conflict_shows(browser: Any, bundled: Bundled) -> None:
    page = bundled.page
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        _open(browser, page)
        assert len(_shown(browser)) == 14
        assert browser.execute_script(
            "return [getComputedStyle(document.getElementById('filters')).display, "
            "getComputedStyle(document.querySelector('button.copy')).display]") == \
            ["none", "none"]
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_hostile_text_stays_text(browser: Any, run: RunCli, corpus: Corpus,
                                 tmp_path: Path) -> None:
    corpus(HOSTILE)
    report(run, tmp_path, 1)
    _open(browser, tmp_path / "report.html")
    # an injected handler would have renamed the page, or opened an alert (selenium raises)
    assert browser.title == "Source consistency report: FAIL"
    assert browser.execute_script(
        "return [document.querySelectorAll('img, svg, b, i, [onerror], [onload]').length, "
        "document.scripts.length]") == [0, 1]
    assert SCRIPT in browser.execute_script(
        "return document.querySelector('blockquote').textContent")
    assert browser.execute_script("return document.querySelector('label[title]').title") == \
        "A \"quoted\" <img src=x onerror=\"document.title='pwned'\"> title"
    assert browser.execute_script("return document.querySelector('mark').textContent") == \
        "<img src=x onerror=\"document.title='pwned'\"> Dry Season cost $2 million"
    _box(browser, "severity", "warning").click()
    assert _shown(browser) == ["conflict-dry-season-budget-5a28a1a2"]


def test_all_and_none_beside_a_long_list(browser: Any, run: RunCli, corpus: Corpus,
                                         tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    corpus(many_sources(9))
    report(run, tmp_path, 1)
    _open(browser, tmp_path / "report.html")
    dry, wet = "conflict-dry-season-budget-", "conflict-wet-season-budget-"
    assert [card[: len(dry)] for card in _shown(browser)] == [dry, wet]
    browser.find_element(By.CSS_SELECTOR, "button[data-check='source'][data-to='0']").click()
    assert _shown(browser) == []
    _box(browser, "source", "s9").click()
    assert [card[: len(dry)] for card in _shown(browser)] == [dry]
    _box(browser, "source", "s2").click()
    assert [card[: len(dry)] for card in _shown(browser)] == [dry, wet]
    browser.find_element(By.CSS_SELECTOR, "button[data-check='source'][data-to='1']").click()
    assert len(_shown(browser)) == 2
    assert browser.execute_script(
        "return document.querySelectorAll('input[name=source]:checked').length") == 9


def test_copy_id(browser: Any, bundled: Bundled) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    _open(browser, bundled.page)
    button = browser.find_element(By.CSS_SELECTOR, f"#{MANSION} button.copy")
    button.click()
    # copied to the clipboard, or, where the page may not use it, selected to copy by hand
    WebDriverWait(browser, 5).until(lambda _: button.text == "copied" or browser.execute_script(
        "return window.getSelection().toString()") == "ivan-s-mansion-location-64613844")
