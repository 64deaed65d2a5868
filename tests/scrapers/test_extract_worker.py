"""Extraction in a worker process: the same items as inline, and no page, crash or kill can hang the crawl."""

from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from matrix.page import Page
from scrapers.encoding import decode_html
from scrapers.extract_worker import make_options, run_extractors
from tests.conftest import MINIWEB, ROOT, crawl_web

PAGES = sorted((ROOT / "tests" / "labels" / "pages").glob("*.html"))[:40] + sorted(
    (ROOT / "tests" / "fixtures").rglob("*.html"))
REGISTRY = str(MINIWEB / "testvik.csv")


def inline(path: Path) -> dict:
    """What the inline pipeline sets, from the spider's parse (links already taken, as the spider does)."""
    from matrix.page import Page

    html, _ = decode_html(path.read_bytes(), "text/html")
    page = Page(f"https://example.se/{path.name}", html, content_type="text/html")
    page.links  # noqa: B018 - the spider follows the links before the pipeline runs
    return run_extractors(page, make_options(REGISTRY))


def drive(paths: list[Path], tmp_path: Path, env: dict[str, str] | None = None, **kw: object) -> dict:
    """Run an ExtractWorker in a fresh reactor (a subprocess); every page's result or error by name."""
    out = tmp_path / "out.pickle"
    args = json.dumps({"paths": [str(p) for p in paths], "out": str(out), "kw": kw})
    proc = subprocess.run([sys.executable, "-m", "tests.scrapers.test_extract_worker", args], cwd=ROOT,
                          env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return pickle.loads(out.read_bytes())


def _driver(spec: dict) -> None:
    from twisted.internet import asyncioreactor

    asyncioreactor.install()
    from twisted.internet import defer, reactor

    from scrapers.extract_worker import ExtractWorker

    class Stats:
        values: dict[str, int] = {}

        def inc_value(self, key: str) -> None:
            self.values[key] = self.values.get(key, 0) + 1

        def max_value(self, key: str, value: int) -> None:
            pass

    class Engine:  # Scrapy's engine as the backpressure sees it
        paused = False
        pauses = 0

        def pause(self) -> None:
            self.paused, self.pauses = True, self.pauses + 1

        def unpause(self) -> None:
            self.paused = False

    stats, engine = Stats(), Engine()
    worker = ExtractWorker.acquire(REGISTRY, engine=engine, stats=stats, **spec["kw"])
    results: dict[str, object] = {}

    def one(path: str) -> defer.Deferred:
        html, _ = decode_html(Path(path).read_bytes(), "text/html")
        d = worker.submit(f"https://example.se/{Path(path).name}", html, "text/html")
        d.addCallbacks(lambda r: results.__setitem__(path, r),
                       lambda f: results.__setitem__(path, f"{f.type.__name__}"))
        return d

    async def main() -> None:
        await defer.DeferredList([one(p) for p in spec["paths"]])
        sys.stderr.write(f"PID {worker.pid}\n")
        await worker.release(engine)
        results["_stats"] = {k: v for k, v in stats.values.items() if not k.endswith("/paused")}
        results["_engine"] = (engine.pauses, engine.paused, stats.values.get("vmatris/extract_worker/paused", 0))
        Path(spec["out"]).write_bytes(pickle.dumps(results))

    def run() -> None:
        d = defer.ensureDeferred(main())
        d.addErrback(lambda f: sys.stderr.write(f.getTraceback()))
        d.addBoth(lambda _: reactor.stop())

    reactor.callWhenRunning(run)
    reactor.run()


def test_worker_gives_the_same_items_as_inline(tmp_path: Path) -> None:
    got = drive(PAGES, tmp_path)
    assert got.pop("_stats") == {}
    pauses, paused, counted = got.pop("_engine")
    assert pauses == counted >= 1 and not paused  # 50 pages at once: fetching paused, then resumed
    assert len(got) == len(PAGES)
    for path in PAGES:
        assert got[str(path)] == inline(path), path.name


def test_a_crash_costs_one_page_and_the_worker_restarts(tmp_path: Path) -> None:
    bad = str(PAGES[3])
    got = drive(PAGES[:10], tmp_path, env={"VMATRIS_EXTRACT_WORKER_FAULT": f"crash:{Path(bad).name}"})
    assert got.pop("_stats") == {"vmatris/extract_worker/restarts": 1, "vmatris/extract_worker/failed_pages": 1}
    got.pop("_engine")
    failed = got.pop(bad)
    assert failed["relevance"] == 0.0 and set(failed["errors"]) == set(failed["findings_json"])
    assert all("WorkerCrash: the worker process died" in e for e in failed["errors"].values())
    assert all(failed["findings_json"][n]["value"] is None for n in failed["errors"])
    for path in PAGES[:10]:
        if str(path) != bad:
            assert got[str(path)] == inline(path), path.name


def test_an_extractor_exception_is_the_pages_error_and_no_restart(tmp_path: Path) -> None:
    bad = str(PAGES[2])
    got = drive(PAGES[:5], tmp_path, env={"VMATRIS_EXTRACT_WORKER_FAULT": f"raise:{Path(bad).name}"})
    assert got.pop("_stats") == {}
    got.pop("_engine")
    assert set(got[bad]["errors"].values()) == {"RuntimeError: injected"}
    assert got[str(PAGES[4])] == inline(PAGES[4])


def test_a_stuck_page_times_out(tmp_path: Path) -> None:
    bad = str(PAGES[1])
    started = time.monotonic()
    got = drive(PAGES[:4], tmp_path, env={"VMATRIS_EXTRACT_WORKER_FAULT": f"hang:{Path(bad).name}"}, timeout=2.0)
    assert time.monotonic() - started < 60
    assert got.pop("_stats")["vmatris/extract_worker/restarts"] == 1
    got.pop("_engine")
    assert all("timed out after 2 s" in e for e in got[bad]["errors"].values())
    assert got[str(PAGES[3])] == inline(PAGES[3])


def test_the_worker_gives_up_after_too_many_deaths(tmp_path: Path) -> None:
    got = drive(PAGES[:4], tmp_path, env={"VMATRIS_EXTRACT_WORKER_FAULT": "crash:.html"}, max_restarts=1)
    got.pop("_stats"), got.pop("_engine")
    # two pages are the two crashes' errors; the rest are refused, and the pipeline extracts them inline
    assert sorted(v if isinstance(v, str) else "failed" for v in got.values()) == [
        "WorkerUnavailable", "WorkerUnavailable", "failed", "failed"]


def test_the_worker_dies_with_a_killed_crawl(tmp_path: Path) -> None:
    """SIGKILL of the crawl process alone (not its group): the child reads EOF and exits, no orphan."""
    out = tmp_path / "out.pickle"
    spec = json.dumps({"paths": [str(p) for p in PAGES[:3]], "out": str(out), "kw": {}})
    proc = subprocess.Popen([sys.executable, "-m", "tests.scrapers.test_extract_worker", spec], cwd=ROOT,
                            env={**os.environ, "VMATRIS_EXTRACT_WORKER_FAULT": f"hang:{PAGES[2].name}"},
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    child = None
    while child is None and time.monotonic() < deadline:
        kids = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        child = int(kids[0]) if kids else None
        time.sleep(0.2)
    assert child is not None
    time.sleep(2)  # the child is on the hanging page by now
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    # the child is killed with its parent (PR_SET_PDEATHSIG), even in the middle of a page
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.2)
    if _alive(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the worker outlived the crawl")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_crawl_with_a_worker_stores_the_same_pages(miniweb_db: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("VMATRIS_EXTRACT_WORKERS", "1")
    db = tmp_path / "vmatris.db"
    crawl_web(MINIWEB, 2025, MINIWEB / "testvik.csv", db)
    query = "SELECT final_url, relevance, findings, text FROM pages ORDER BY final_url"
    worker = list(sqlite_utils.Database(db).execute(query).fetchall())
    inline_rows = list(sqlite_utils.Database(miniweb_db).execute(query).fetchall())
    assert worker == inline_rows and len(worker) >= 3
    # the main text now comes back from the worker: the same as the page's own, for every HTML page
    query = ("SELECT p.final_url, p.content_type, h.html, p.text FROM pages p JOIN page_html h USING (page_id) "
             "WHERE h.html IS NOT NULL")
    rows = sqlite_utils.Database(db).execute(query).fetchall()
    assert rows and all(Page(u, h, content_type=c or None).main_text == t for u, c, h, t in rows)
    assert sum(bool(t) for *_x, t in rows) >= 3
    query = "SELECT actor_id, variable, value, snippet FROM evidence ORDER BY 1, 2, 3, 4"
    assert sqlite_utils.Database(db).execute(query).fetchall() == sqlite_utils.Database(miniweb_db).execute(
        query).fetchall()


def test_a_page_whose_extraction_failed_still_gets_its_text() -> None:
    from scrapy.utils.test import get_crawler

    from scrapers.extract_worker import failed
    from scrapers.items import PageItem
    from scrapers.pipelines.extract import ExtractPipeline

    crawler = get_crawler(settings_dict={"VMATRIS_EXTRACT_ENABLED": True})
    crawler.stats.open_spider()
    html = "<html><body><nav>Meny</nav><main><h1>Stöd</h1><p>Ring kvinnojouren dygnet runt.</p></main></body></html>"
    item = PageItem(actor_id="a", url="http://a.test/", final_url="http://a.test/", status=200, fetched_at="",
                    content_type="text/html", headers={}, body=b"", html=html)
    out = ExtractPipeline.from_crawler(crawler)._fill(item, failed("WorkerCrash: died"), inline=False)
    assert out.text == Page("http://a.test/", html).main_text and "dygnet runt" in out.text
    assert out.relevance == 0.0


if __name__ == "__main__":
    _driver(json.loads(sys.argv[1]))
