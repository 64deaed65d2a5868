"""Run every matrix extractor on the parsed page (non-strict: a failing extractor is logged and counted)."""

from __future__ import annotations

import logging
import os
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from matrix.page import Page
from scrapers.extract_worker import ExtractWorker, WorkerUnavailable, make_options, run_extractors
from scrapers.items import PageItem

log = logging.getLogger(__name__)


class ExtractPipeline:
    """Fills ``text``, ``relevance``, ``findings`` (values) and ``findings_json`` (values with evidence) on each
    HTML page.

    Settings: ``VMATRIS_EXTRACT_ENABLED``, ``VMATRIS_REGISTRY`` (for the
    registry's extra municipalities, e.g. the demo county's) and
    ``VMATRIS_EXTRACT_WORKERS``: 0 extracts inline on the reactor thread
    (reusing the spider's parse); 1 sends the page's decoded HTML to a worker
    process (:mod:`scrapers.extract_worker`), which parses it once more there
    and extracts while the crawl process goes on fetching and parsing links.
    The item is the same either way; the environment variable of the same
    name overrides the setting.  ``VMATRIS_EXTRACT_TIMEOUT`` (seconds per
    page in the worker; the page then records the error) bounds a stuck page.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        s = crawler.settings
        self.registry_path = s.get("VMATRIS_REGISTRY") or ""
        self.options = make_options(self.registry_path)
        env = os.environ.get("VMATRIS_EXTRACT_WORKERS", "")  # (the environment wins: benchmarks, tests)
        self.workers = int(env) if env.strip() else s.getint("VMATRIS_EXTRACT_WORKERS", 0)
        self.timeout = s.getfloat("VMATRIS_EXTRACT_TIMEOUT", 120.0)
        self.worker: ExtractWorker | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        if not crawler.settings.getbool("VMATRIS_EXTRACT_ENABLED"):
            raise NotConfigured
        return cls(crawler)

    def open_spider(self, spider=None) -> None:
        if self.workers > 0:
            self.worker = ExtractWorker.acquire(self.registry_path, engine=self.crawler.engine, timeout=self.timeout,
                                                stats=self.crawler.stats)

    def close_spider(self, spider=None) -> Any:
        worker, self.worker = self.worker, None
        if worker is not None:
            return worker.release(self.crawler.engine)
        return None

    def process_item(self, item, spider=None):
        page = getattr(item, "_page", None)
        if not isinstance(item, PageItem) or page is None:
            return item
        del item._page  # type: ignore[attr-defined]
        if self.worker is None:
            return self._fill(item, run_extractors(page, self.options), inline=True)
        url, html = page.url, page.html
        done = self.worker.submit(url, html, item.content_type or None)
        del page  # the tree is not kept while the worker extracts

        def inline(failure: Any) -> Any:
            failure.trap(WorkerUnavailable)  # the worker gave up: parse again here
            return run_extractors(Page(url, html, content_type=item.content_type or None), self.options)

        done.addErrback(inline)
        done.addCallback(lambda result: self._fill(item, result, inline=False))
        return done

    def _fill(self, item: PageItem, result: dict[str, Any], inline: bool) -> PageItem:
        by_error: dict[str, list[str]] = {}
        for name, error in result["errors"].items():
            self.crawler.stats.inc_value(f"vmatris/extract_error/{name}")
            by_error.setdefault(error, []).append(name)
        if not inline:  # (inline, extract_all logged it already)
            for error, names in by_error.items():
                log.warning("extractor %s failed on %s: %s", ", ".join(names), item.final_url, error)
        text = result.get("text")
        if text is None:  # the page's extraction failed outright: its text still goes into the record
            text = _main_text(item)
        item.text = text
        item.relevance = result["relevance"]
        item.findings = result["findings"]
        item.findings_json = result["findings_json"]
        return item


def _main_text(item: PageItem) -> str:
    """The page's main text parsed once more here (only for a page whose extraction could not run)."""
    try:
        return Page(item.final_url, item.html or "", content_type=item.content_type or None).main_text
    except Exception as exc:  # noqa: BLE001 - a page that breaks the parser keeps an empty text, not the crawl
        log.warning("main text of %s not read: %s", item.final_url, exc)
        return ""
