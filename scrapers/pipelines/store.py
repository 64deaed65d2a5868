"""Store pages, evidence and each site's outcome in the run's own database."""

from __future__ import annotations

import asyncio
import errno
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from matrix import db as mdb
from scrapers.items import FetchErrorItem, PageItem


class StorePipeline:
    """Writes every item to ``VMATRIS_RUN_DB`` and, when the spider closes, one outcome row per site.

    Settings: ``VMATRIS_STORE_ENABLED``, ``VMATRIS_RUN_DB``, ``VMATRIS_RUN_ID``,
    ``VMATRIS_YEAR``.  Counts go to ``crawler.stats`` under ``vmatris/``.
    """

    def __init__(self, crawler: Crawler, path: str, run_id: str, year: int) -> None:
        self.crawler = crawler
        self.path, self.run_id, self.year = path, run_id, year
        self.db = None
        self.sites: dict[str, None] = defaultdict(lambda: None)  # the actors seen, in order
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        s = crawler.settings
        if not s.getbool("VMATRIS_STORE_ENABLED") or not s.get("VMATRIS_RUN_DB"):
            raise NotConfigured
        return cls(crawler, s.get("VMATRIS_RUN_DB"), s.get("VMATRIS_RUN_ID"), s.getint("VMATRIS_YEAR"))

    def open_spider(self, spider=None) -> None:
        self.db = mdb.open_db(self.path)
        spider = spider or self.crawler.spider
        for actor_id in getattr(spider, "actors", {}):
            self.sites[actor_id]  # every actor gets an outcome, even one that yields nothing

    def process_item(self, item, spider=None):
        if self.db is None:  # stopped after a full disk: the rest is not stored
            return item
        try:
            return self._store(item)
        except (sqlite3.OperationalError, OSError) as exc:
            if not _disk_full(exc):
                raise
            # a full disk: stop the crawl cleanly; what is stored stays, and `--resume` continues later
            self.crawler.stats.set_value("vmatris/disk_full", str(exc))
            self.db.close()
            self.db = None
            asyncio.ensure_future(self.crawler.engine.close_spider_async(reason="disk_full"))
            return item

    def _store(self, item):
        mdb.fault_point("store")
        self.sites[item.actor_id]
        if isinstance(item, FetchErrorItem):
            # stored at once, so a crawl killed half-way keeps its errors for the resumed run's summary
            with self.db.conn:
                self.db["fetch_errors"].upsert({"run_id": self.run_id, "actor_id": item.actor_id, "url": item.url,
                                                "kind": item.kind, "status": item.status, "message": item.message,
                                                "fetched_at": item.fetched_at}, pk=("run_id", "actor_id", "url"))
            self.crawler.stats.inc_value(f"vmatris/errors/{item.kind}")
            return item
        if not isinstance(item, PageItem):
            return item
        if item.from_cache == "replayed":  # stored before the run was interrupted
            self.crawler.stats.inc_value("vmatris/pages_replayed")
            return item
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
        mdb.save_page(self.db, row, evidence)
        self.crawler.stats.inc_value("vmatris/pages_stored")
        return item

    def _counts(self, actor_id: str) -> dict[str, Any]:
        """A site's counts from the run database: right also after a resumed, once-killed crawl."""
        pages = self.db.execute(
            "SELECT count(*), coalesce(sum(relevance > 0), 0), coalesce(sum(bytes), 0) FROM pages "
            "WHERE run_id = ? AND actor_id = ?", [self.run_id, actor_id]).fetchone()
        kinds = Counter(dict(self.db.execute(
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
        if self.db is None:
            self.db = mdb.open_db(self.path)  # reopened after a full disk: the outcome is worth a try
        try:
            self._close(reason)
        except (sqlite3.OperationalError, OSError) as exc:
            if not _disk_full(exc):
                raise
            self.crawler.stats.set_value("vmatris/disk_full", str(exc))
        finally:
            self.db.close()
            self.db = None

    def _close(self, reason: str) -> None:
        rows = []
        for actor_id in self.sites:
            s = self._counts(actor_id)
            outcome = "ok" if s["pages"] and s["relevant_pages"] else "no_relevant_pages" if s["pages"] else (
                "robots_refused" if s["robots_refused"] and not s["errors"] else "failed")
            message = self._notes(actor_id, s["errors_by_kind"])
            rows.append({"actor_id": actor_id, "year": self.year, "outcome": outcome, "pages": s["pages"],
                         "relevant_pages": s["relevant_pages"], "errors": s["errors"],
                         "errors_by_kind": dict(s["errors_by_kind"]), "robots_refused": s["robots_refused"],
                         "bytes": s["bytes"], "message": message})
        stats = self.crawler.stats
        with self.db.conn:
            self.db.execute(
                "UPDATE crawl_runs SET downloaded_bytes = coalesce(downloaded_bytes, 0) + ?, "
                "cached_pages = coalesce(cached_pages, 0) + ? WHERE run_id = ?",
                [stats.get_value("vmatris/network_bytes", 0), stats.get_value("vmatris/not_modified", 0),
                 self.run_id])
            for row in rows:
                row = {**row, "run_id": self.run_id, "errors_by_kind": mdb.to_json(row["errors_by_kind"])}
                self.db["crawl_sites"].upsert(row, pk=("run_id", "actor_id"))


def _disk_full(exc: BaseException) -> bool:
    """Whether a write failed because the disk (or the file system's quota) is full."""
    return getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or "full" in str(exc).lower()
