"""The rolling window of sites (scrapers/sitewindow.py), seen from the sites' side.

The demo web's twelve sites are crawled over real HTTP through the demo proxy, which logs every
request it answers.  A site is "in the crawl" from the first request its host receives to the last
answer it sends; with ``--max-active-sites 2`` no moment may have three sites in the crawl, and the
crawl must fetch what it fetches without a window.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from tests.conftest import ROOT, run_cli
from vmatris.demo_server import RequestLog, serve

DEMO_WEB = ROOT / "data" / "demo-web"
REGISTRY = ROOT / "data" / "sources" / "demo.csv"


def most_sites_at_once(log: RequestLog) -> int:
    """The largest number of hosts whose [first request, last answer] spans hold one moment in common."""
    spans: dict[str, list[float]] = {}
    for host, _path, came, sent in log:
        span = spans.setdefault(host, [came, sent])
        span[0], span[1] = min(span[0], came), max(span[1], sent)
    events = sorted([(start, 1) for start, _end in spans.values()] + [(end, -1) for _start, end in spans.values()])
    most = now = 0
    for _t, step in events:  # at equal times an end sorts before a start: touching spans do not overlap
        now += step
        most = max(most, now)
    return most


def test_most_sites_at_once_counts_overlapping_spans() -> None:
    log = [("a", "/", 0.0, 1.0), ("a", "/x", 5.0, 6.0), ("b", "/", 2.0, 3.0), ("c", "/", 6.0, 7.0),
           ("d", "/", 7.5, 8.0)]
    assert most_sites_at_once(log) == 2  # a spans 0-6 and holds b; c starts when a ends; d after c
    assert most_sites_at_once(log + [("e", "/", 2.5, 2.6)]) == 3


def _args(db: Path, proxy: str, window: int) -> list[str]:
    return ["crawl", "--registry", str(REGISTRY), "--year", "2025", "--db", str(db), "--proxy", proxy, "--fast",
            "--quiet", "--max-active-sites", str(window), "--max-error-share", "1"]


def _pages(db: Path) -> dict[str, list[str]]:
    """The published pages per actor (a list: a page stored twice would show)."""
    pages: dict[str, list[str]] = {}
    for row in sqlite_utils.Database(db).query("SELECT actor_id, final_url FROM pages ORDER BY final_url"):
        pages.setdefault(row["actor_id"], []).append(row["final_url"])
    return pages


def _crawl(tmp_path: Path, window: int) -> tuple[RequestLog, dict[str, list[str]]]:
    log: RequestLog = []
    db = tmp_path / f"w{window}" / "vmatris.db"
    db.parent.mkdir()
    # a slow server (20 ms an answer) makes every site last long enough for overlaps to show
    with serve(2025, root=DEMO_WEB, delay=0.02, log=log) as proxy:
        run_cli(*_args(db, proxy, window))
    return log, _pages(db)


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[RequestLog, dict[str, list[str]]]]:
    tmp = tmp_path_factory.mktemp("window")
    return {window: _crawl(tmp, window) for window in (0, 2)}


def test_without_a_window_every_site_is_crawled_at_once(crawls) -> None:  # noqa: ANN001
    log, pages = crawls[0]
    hosts = {host for host, *_ in log}
    assert len(hosts) >= 10 and len(pages) >= 10
    # (the check below would pass vacuously if the crawl were serial anyway)
    assert most_sites_at_once(log) >= 6


def test_a_window_of_two_keeps_two_sites_in_the_crawl_and_fetches_the_same_pages(crawls) -> None:  # noqa: ANN001
    log, pages = crawls[2]
    assert most_sites_at_once(log) <= 2
    assert {host for host, *_ in log} == {host for host, *_ in crawls[0][0]}
    assert pages == crawls[0][1]


def test_a_windowed_crawl_killed_half_way_resumes_to_the_same_pages(tmp_path: Path, crawls) -> None:  # noqa: ANN001
    """SIGKILL while a site holds the one place: the resumed run (its unfinished site's requests come back
    from the disk queue, uncounted by the new process) still reaches every site, each page once."""
    db = tmp_path / "vmatris.db"
    log: RequestLog = []
    with serve(2025, root=DEMO_WEB, delay=0.05, log=log) as proxy:
        proc = subprocess.Popen([sys.executable, "-m", "vmatris.cli", *_args(db, proxy, 1)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len({host for host, *_ in log}) < 4:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert 4 <= len({host for host, *_ in log}) < 12  # killed half-way through the registry
        assert not db.exists()
        run_cli(*_args(db, proxy, 1), "--resume")
    assert _pages(db) == crawls[0][1]


def test_without_the_counting_scheduler_the_window_is_off_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """Someone's own SCHEDULER cannot say what it holds per site: every site is crawled at once, and the log says
    why, rather than ``start()`` failing half-way through the registry."""
    import asyncio
    from types import SimpleNamespace

    from scrapy.utils.test import get_crawler

    from scrapers.sitewindow import SiteTracker

    crawler = get_crawler()
    crawler.engine = SimpleNamespace(_slot=SimpleNamespace(scheduler=object(), inprogress=set()))
    tracker = SiteTracker(crawler, 1)

    async def admit_three() -> None:
        for actor in ("a", "b", "c"):
            await asyncio.wait_for(tracker.admit(actor), 2)  # a window of 1 would wait here for ever

    asyncio.run(admit_three())
    assert tracker.limit == 0 and not tracker.active
    assert "crawling every site at once instead" in caplog.text
