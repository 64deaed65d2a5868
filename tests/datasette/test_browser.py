"""The public pages in headless Chromium: search, quick exit, keyboard, axe-core, network isolation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from vmatris.browser import Browser, Tab

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")


@pytest.fixture()
def tab(browser: Browser) -> Iterator[Tab]:
    """A fresh tab (its own history, starting at about:blank), closed after the test."""
    page = browser.new_tab()
    yield page
    browser.send("Target.closeTarget", {"targetId": page.target})


def search_in_browser(tab: Tab, server: str, kommun: str, role: str) -> list[str]:
    """Type the kommun, choose the role with the mouse, submit; the names of the services found."""
    tab.goto(f"{server}/hitta-stod")
    tab.type_into("#kommun", kommun)
    tab.click(f"#roll-{role}")
    tab.click("form.sok button[type=submit]")
    tab.wait_loaded("kommun=")
    return tab.evaluate("Array.from(document.querySelectorAll('li.verksamhet h3')).map(h => h.textContent)")


def test_search_by_kommun_and_role(tab: Tab, server: str) -> None:
    assert search_in_browser(tab, server, "Norrby", "utsatt") == ["Kvinnojouren Norrby", "Stöd till våldsutsatta"]
    assert tab.evaluate("document.querySelector('a.ring').getAttribute('href')") == "tel:+46980556677"
    # the search replaced the form's history entry: one entry for the whole visit
    assert [u for u in tab.history() if "/hitta-stod" in u] == [tab.url()]


def test_search_for_children_and_perpetrators(tab: Tab, server: str) -> None:
    assert search_in_browser(tab, server, "Söderås", "barn") == ["Familjefrid", "Kvinnojouren Norrby"]
    assert search_in_browser(tab, server, "Norrby", "utovare") == ["Stöd till dig som utövar våld"]


def assert_left(tab: Tab, neutral_url: str) -> None:
    """The tab is on the neutral page and no history entry leads back to vmatris."""
    tab.wait_loaded(neutral_url)
    assert tab.url() == neutral_url
    assert tab.evaluate("document.title") == "Väder"
    assert not [u for u in tab.history() if "/hitta-stod" in u or "/vmatris" in u or "/aktor" in u]
    assert tab.evaluate("history.length") == 2  # about:blank, then the neutral page
    tab.evaluate("setTimeout(() => history.back(), 0)")
    tab.wait_loaded("about:blank")
    assert "hitta-stod" not in tab.url()


def test_quick_exit_button(tab: Tab, server: str, neutral_url: str) -> None:
    search_in_browser(tab, server, "Norrby", "utsatt")
    tab.click("#snabbexit")
    assert_left(tab, neutral_url)


def test_quick_exit_escape_twice(tab: Tab, server: str, neutral_url: str) -> None:
    search_in_browser(tab, server, "Söderås", "barn")
    tab.press("Escape", 27)
    assert "hitta-stod" in tab.url()  # once is not enough: Escape also closes menus
    tab.press("Escape", 27)
    assert_left(tab, neutral_url)


def test_quick_exit_on_datasette_pages(tab: Tab, server: str, neutral_url: str) -> None:
    tab.goto(f"{server}/vmatris/services")
    assert tab.evaluate("document.querySelector('a, button, input, select, summary').id") == "snabbexit"
    tab.press("Escape", 27)
    tab.press("Escape", 27)
    tab.wait_loaded(neutral_url)
    assert not [u for u in tab.history() if "/vmatris" in u]


def test_keyboard_tab_order_starts_with_quick_exit_then_skip_link(tab: Tab, server: str) -> None:
    tab.goto(f"{server}/hitta-stod")
    tab.press("Tab", 9)
    assert tab.evaluate("document.activeElement.id") == "snabbexit"
    tab.press("Tab", 9)
    assert tab.evaluate("document.activeElement.getAttribute('href')") == "#innehall"
    assert tab.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    # white on dark red (contrast 7:1); axe cannot always judge a sticky element's background
    colors = tab.evaluate("(() => { const s = getComputedStyle(document.getElementById('snabbexit')); "
                          "return [s.color, s.backgroundColor]; })()")
    assert colors == ["rgb(255, 255, 255)", "rgb(155, 28, 28)"]


def test_works_with_javascript_off(browser: Browser, server: str, neutral_url: str) -> None:
    tab = browser.new_tab()
    try:
        tab.send("Emulation.setScriptExecutionDisabled", {"value": True})
        tab.goto(f"{server}/hitta-stod")
        tab.type_into("#kommun", "Västerlid")
        tab.click("#roll-utsatt")
        tab.click("form.sok button[type=submit]")
        tab.wait_loaded("kommun=V")
        assert tab.evaluate("document.querySelector('li.verksamhet h3').textContent") == "Kvinnojouren Norrby"
        tab.click("#snabbexit")  # a plain link without JavaScript
        tab.wait_loaded(neutral_url)
    finally:
        browser.send("Target.closeTarget", {"targetId": tab.target})


def axe_pages(server: str, test_db: Path) -> dict[str, str]:
    page_id = sqlite3.connect(test_db).execute(
        "SELECT page_id FROM pages WHERE url LIKE '%norrby.se.test/omsorg/vald.html' AND year = 2026").fetchone()[0]
    return {
        "search page": f"{server}/hitta-stod",
        "result page": f"{server}/hitta-stod?kommun=Norrby&roll=utsatt&sprak=",
        "actor page": f"{server}/aktor/kommun_9991_norrby",
        "evidence page": f"{server}/aktor/kommun_9991_norrby/belagg?ar=2026&variabel=quick_exit&varde=true",
        "archive page": f"{server}/arkiv/{page_id}",
        "actor list": f"{server}/aktor",
        "about page": f"{server}/om-data",
    }


@pytest.mark.parametrize("name", ["search page", "result page", "actor page", "evidence page", "archive page",
                                  "actor list", "about page"])
def test_axe_reports_no_violations(tab: Tab, server: str, test_db: Path, axe_source: str, name: str) -> None:
    tab.goto(axe_pages(server, test_db)[name])
    violations = tab.run_axe(axe_source, WCAG_TAGS)
    assert violations == [], violations


@pytest.mark.parametrize(("width", "height", "mobile"), [(1280, 900, False), (375, 740, True)])
def test_no_horizontal_scroll_on_phone_and_desktop(tab: Tab, server: str, width: int, height: int,
                                                    mobile: bool) -> None:
    tab.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                    "mobile": mobile})
    tab.goto(f"{server}/hitta-stod?kommun=Norrby&roll=utsatt&sprak=")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert tab.evaluate("document.getElementById('snabbexit').getBoundingClientRect().top") < 20


def test_no_request_leaves_127_0_0_1(server: str, test_db: Path, neutral_url: str) -> None:
    """A fresh browser visits every kind of page; every request it makes stays on loopback."""
    chromium = Browser()
    try:
        tab = chromium.new_tab()
        tab.send("Log.enable")
        pages = [*axe_pages(server, test_db).values(), f"{server}/", f"{server}/vmatris",
                 f"{server}/vmatris/services", f"{server}/vmatris/evidence", f"{server}/vmatris/page_html",
                 f"{server}/vmatris/tabell_9_utsatthet", f"{server}/vmatris?sql=select+1"]
        for url in pages:
            tab.goto(url)
        search_in_browser(tab, server, "Norrby", "utsatt")
        tab.click("#snabbexit")
        tab.wait_loaded(neutral_url)
        requests = [r["url"] for r in chromium.requests]
        assert len(requests) > len(pages)
        network = [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")]
        assert {urlparse(u).hostname for u in network} == {"127.0.0.1"}, sorted(set(network))
        # our own pages break no rule of their own CSP (Datasette's table page has an inline <style>)
        ours = ("/hitta-stod", "/aktor", "/arkiv", "/om-data")
        refused = [e["params"]["entry"] for e in chromium.events if e.get("method") == "Log.entryAdded"
                   and "Content Security Policy" in e["params"]["entry"].get("text", "")
                   and any(p in e["params"]["entry"].get("url", "") for p in ours)]
        assert refused == []
    finally:
        chromium.close()
