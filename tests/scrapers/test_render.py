"""The rendered pass finds a quick exit that only a running script adds, in real headless Chromium."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from tests.conftest import FIXTURES, crawl_web

WEB = FIXTURES / "renderweb"


def quick_exit(db: Path) -> dict[str, int]:
    return {r["actor_id"]: r["quick_exit"] for r in sqlite_utils.Database(db)["actor_years"].rows}


def test_static_html_alone_misses_the_injected_exit(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    crawl_web(WEB, 2025, WEB / "registry.csv", db)
    assert quick_exit(db) == {"jour_dold": 0, "jour_utan": 0}


def test_rendered_pass_finds_it_and_keeps_evidence(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    out = crawl_web(WEB, 2025, WEB / "registry.csv", db, "--render").stdout
    assert quick_exit(db) == {"jour_dold": 1, "jour_utan": 0}  # "Stäng meny" is not an exit
    (ev,) = list(sqlite_utils.Database(db)["evidence"].rows_where("rule = 'quick_exit:rendered'"))
    assert ev["actor_id"] == "jour_dold" and "Lämna sidan snabbt" in ev["snippet"] and ev["locator"] == "rendered DOM"
    assert "Crawl" in out
