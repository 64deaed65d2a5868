"""Store pages, evidence and each site's outcome in the run's own database."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet.defer import Deferred

from matrix import db as mdb
from scrapers.items import FetchErrorItem, PageItem


class StorePipeline:
    """Writes every item to ``VMATRIS_RUN_DB`` and, when the spider closes, one outcome row per site.

    Settings: ``VMATRIS_STORE_ENABLED``, ``VMATRIS_RUN_DB``, ``VMATRIS_RUN_ID``,
    ``VMATRIS_YEAR``, ``VMATRIS_STORE_BATCH`` (pages per commit) and
    ``VMATRIS_STORE_MAX_WAIT`` (seconds a stored page may wait for its commit).
    Counts go to ``crawler.stats`` under ``vmatris/``.

    Pages and errors are written as they come but committed in batches: a
    commit per page (with its fsync) cost more than the rows.  An item is
    *reported* (its Deferred fires, Scrapy counts it as scraped, the
    ``vmatris/pages_stored`` count rises) only after the commit that made it
    durable, so a crawl killed at any moment loses nothing it reported; what
    was in the open batch is simply not stored, and ``--resume`` fetches it
    again (ids are deterministic, so nothing is ever stored twice).
    """

    def __init__(self, crawler: Crawler, path: str, run_id: str, year: int, batch: int = 32,
                 max_wait: float = 0.25) -> None:
        self.crawler = crawler
        self.path, self.run_id, self.year = path, run_id, year
        self.batch, self.max_wait = batch, max_wait
        self.writer: RunWriter | None = None
        self.stopping = False
        self.sites: dict[str, None] = defaultdict(lambda: None)  # the actors seen, in order
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        s = crawler.settings
        if not s.getbool("VMATRIS_STORE_ENABLED") or not s.get("VMATRIS_RUN_DB"):
            raise NotConfigured
        return cls(crawler, s.get("VMATRIS_RUN_DB"), s.get("VMATRIS_RUN_ID"), s.getint("VMATRIS_YEAR"),
                   s.getint("VMATRIS_STORE_BATCH", 32), s.getfloat("VMATRIS_STORE_MAX_WAIT", 0.25))

    @property
    def db(self) -> Any:
        return self.writer.db if self.writer else None

    def open_spider(self, spider=None) -> None:
        self.writer = RunWriter.acquire(self.path, self.batch, self.max_wait)
        spider = spider or self.crawler.spider
        for actor_id in getattr(spider, "actors", {}):
            self.sites[actor_id]  # every actor gets an outcome, even one that yields nothing

    def process_item(self, item, spider=None):
        if self.writer is None or self.writer.full is not None:  # after a full disk: the rest is not stored
            if self.writer is not None:
                self.stop(self.writer.full)
            return item
        try:
            stat = self._store(item)
        except (sqlite3.OperationalError, OSError) as exc:
            if not _disk_full(exc):
                raise
            self.writer.fail(exc)
            return item
        if stat is None:
            return item  # nothing written
        return self.writer.add(self, item, stat)

    def stop(self, exc: BaseException) -> None:
        """A full disk: stop the crawl cleanly; what is committed stays, and `--resume` continues later."""
        self.crawler.stats.set_value("vmatris/disk_full", str(exc))
        if not self.stopping:
            self.stopping = True
            asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="disk_full"))

    def _store(self, item) -> str | None:
        """Write the item into the open transaction; returns the stat to count once committed (None: nothing)."""
        mdb.fault_point("store")
        self.sites[item.actor_id]
        if isinstance(item, FetchErrorItem):
            # committed with the batch, so a crawl killed half-way keeps its reported errors for the summary
            mdb.save_rows(self.db, "fetch_errors", [{
                "run_id": self.run_id, "actor_id": item.actor_id, "url": item.url, "kind": item.kind,
                "status": item.status, "message": item.message, "fetched_at": item.fetched_at}], commit=False)
            return f"vmatris/errors/{item.kind}"
        if not isinstance(item, PageItem):
            return None
        if item.from_cache == "replayed":  # stored before the run was interrupted
            self.crawler.stats.inc_value("vmatris/pages_replayed")
            return None
        if item.html is not None and item.encoding:
            item.headers = {**item.headers, "x-vmatris-decoded-as": item.encoding}
        if item.from_cache:
            item.headers = {**item.headers, "x-vmatris-cache": "revalidated (304, body from the HTTP cache)"}
        page_id = mdb.page_id(self.run_id, item.actor_id, item.final_url)
        row = {
            "page_id": page_id, "run_id": self.run_id, "year": self.year, "actor_id": item.actor_id,
            "url": item.url, "final_url": item.final_url, "status": item.status, "fetched_at": item.fetched_at,
            "depth": item.depth, "referer_url": item.referer_url, "content_type": item.content_type,
            "headers": item.headers, "title": item.title, "h1": item.h1, "lang": item.lang,
            "content_hash": item.content_hash, "bytes": len(item.html.encode()) if item.html else len(item.body),
            "relevance": item.relevance, "findings": item.findings, "text": item.text, "html": item.html,
        }
        evidence = mdb.evidence_rows(row, item.findings_json)
        mdb.save_page(self.db, row, evidence, commit=False)
        return "vmatris/pages_stored"

    def _counts(self, db: Any, actor_id: str) -> dict[str, Any]:
        """A site's counts from the run database: right also after a resumed, once-killed crawl."""
        pages = db.execute(
            "SELECT count(*), coalesce(sum(relevance > 0), 0), coalesce(sum(bytes), 0) FROM pages "
            "WHERE run_id = ? AND actor_id = ?", [self.run_id, actor_id]).fetchone()
        kinds = Counter(dict(db.execute(
            "SELECT kind, count(*) FROM fetch_errors WHERE run_id = ? AND actor_id = ? GROUP BY kind",
            [self.run_id, actor_id]).fetchall()))
        not_errors = kinds.get("robots", 0) + kinds.get("budget", 0)  # our own limits, not the site's faults
        return {"pages": pages[0], "relevant_pages": pages[1], "bytes": pages[2], "errors_by_kind": kinds,
                "robots_refused": kinds.get("robots", 0), "errors": sum(kinds.values()) - not_errors}

    def _notes(self, actor_id: str, kinds: Counter[str]) -> str:
        """The site's line of notes: errors by kind, then each cap or budget that cut the crawl short."""
        get = self.crawler.stats.get_value
        notes = [", ".join(f"{k}: {v}" for k, v in sorted(kinds.items()) if k not in ("robots", "budget"))]
        for key, text in (("page_cap", "page cap reached ({} links not followed)"),
                          ("trap", "{} trap links skipped (calendar, facets, too many parameters)"),
                          ("budget_time", "time budget used up ({} requests dropped)"),
                          ("budget_bytes", "byte budget used up ({} requests dropped)")):
            if n := get(f"vmatris/{key}/{actor_id}", 0):
                notes.append(text.format(n))
        return "; ".join(n for n in notes if n)

    def spider_closed(self, spider, reason: str) -> None:
        writer, self.writer = self.writer, None
        if writer is None:
            return
        writer.commit()
        try:
            if writer.full is not None:
                writer.reset()  # the outcome is worth a try after a full disk
            self._close(reason, writer.db)
        except (sqlite3.OperationalError, OSError) as exc:
            if not _disk_full(exc):
                raise
            self.crawler.stats.set_value("vmatris/disk_full", str(exc))
        finally:
            writer.release()

    def _close(self, reason: str, db: Any) -> None:
        rows = []
        for actor_id in self.sites:
            s = self._counts(db, actor_id)
            outcome = "ok" if s["pages"] and s["relevant_pages"] else "no_relevant_pages" if s["pages"] else (
                "robots_refused" if s["robots_refused"] and not s["errors"] else "failed")
            message = self._notes(actor_id, s["errors_by_kind"])
            rows.append({"actor_id": actor_id, "year": self.year, "outcome": outcome, "pages": s["pages"],
                         "relevant_pages": s["relevant_pages"], "errors": s["errors"],
                         "errors_by_kind": dict(s["errors_by_kind"]), "robots_refused": s["robots_refused"],
                         "bytes": s["bytes"], "message": message})
        stats = self.crawler.stats
        with db.conn:
            db.execute(
                "UPDATE crawl_runs SET downloaded_bytes = coalesce(downloaded_bytes, 0) + ?, "
                "cached_pages = coalesce(cached_pages, 0) + ? WHERE run_id = ?",
                [stats.get_value("vmatris/network_bytes", 0), stats.get_value("vmatris/not_modified", 0),
                 self.run_id])
            for row in rows:
                row = {**row, "run_id": self.run_id, "errors_by_kind": mdb.to_json(row["errors_by_kind"])}
                db["crawl_sites"].upsert(row, pk=("run_id", "actor_id"))


def _disk_full(exc: BaseException) -> bool:
    """Whether a write failed because the disk (or the file system's quota) is full."""
    return getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or "full" in str(exc).lower()


class RunWriter:
    """One connection to a run database and one open batch, shared by the spiders of a process.

    The kommun, region and jour spiders crawl in one process into one run
    database; with one connection each, one spider's open batch would lock
    the other out.  Rows are written at once into the open transaction; each
    item waits (a Deferred) until :meth:`commit` made it durable, after
    ``batch`` items or ``max_wait`` seconds, whichever comes first.
    """

    shared: dict[str, RunWriter] = {}

    @staticmethod
    def call_later(delay: float, fn: Any) -> Any:
        from twisted.internet import reactor

        return reactor.callLater(delay, fn)

    def __init__(self, path: str, batch: int, max_wait: float) -> None:
        self.path, self.batch, self.max_wait = path, max(1, batch), max_wait
        self.db = mdb.open_db(path)
        # WAL with synchronous=NORMAL: a commit survives the crawl being killed (it is in the WAL file) without an
        # fsync per batch blocking the reactor; only a power cut can lose the last batches, and a run that did not
        # stop cleanly is resumed from what the run database holds, so those pages are fetched again
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.users = 0
        self.waiting: list[tuple[Deferred, Any, str, StorePipeline]] = []  # (deferred, item, stat, pipeline)
        self.timer: Any = None
        self.full: BaseException | None = None

    @classmethod
    def acquire(cls, path: str, batch: int, max_wait: float) -> RunWriter:
        writer = cls.shared.get(path)
        if writer is None:
            writer = cls.shared[path] = cls(path, batch, max_wait)
        writer.users += 1
        return writer

    def release(self) -> None:
        self.commit()
        self.users -= 1
        if self.users <= 0:
            self.shared.pop(self.path, None)
            self.db.close()

    def add(self, pipeline: StorePipeline, item: Any, stat: str) -> Deferred:
        """An item whose rows are written: it is reported once they are committed."""
        done: Deferred = Deferred()
        self.waiting.append((done, item, stat, pipeline))
        if len(self.waiting) >= self.batch:
            self.commit()
        elif self.timer is None:
            self.timer = self.call_later(self.max_wait, self.commit)
        return done

    def commit(self) -> None:
        """Commit the open batch, then report its items (their counts, Scrapy's item_scraped)."""
        if self.timer is not None:
            if self.timer.active():
                self.timer.cancel()
            self.timer = None
        waiting, self.waiting = self.waiting, []
        if self.full is None:
            try:
                mdb.fault_point("store-commit")
                self.db.conn.commit()
            except (sqlite3.OperationalError, OSError) as exc:
                if not _disk_full(exc):
                    with contextlib.suppress(sqlite3.Error):
                        self.db.conn.rollback()
                    for done, _item, _stat, _pipeline in waiting:
                        done.errback(exc)
                    return
                self.fail(exc)  # this batch is not stored; `--resume` fetches it again
        for done, item, stat, pipeline in waiting:
            if self.full is None:
                pipeline.crawler.stats.inc_value(stat)
            else:
                pipeline.stop(self.full)
            done.callback(item)

    def fail(self, exc: BaseException) -> None:
        """The disk is full: drop the open batch; every spider of the process stops at its next item."""
        self.full = exc
        with contextlib.suppress(sqlite3.Error):
            self.db.conn.rollback()
        for _done, _item, _stat, pipeline in self.waiting:
            pipeline.stop(exc)

    def reset(self) -> None:
        """Try again after a full disk (the run's outcome rows are small)."""
        self.full = None
