"""Run every matrix extractor on the parsed page (non-strict: a failing extractor is logged and counted)."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from matrix import registry
from matrix.extract import Options, as_json, extract_all, values
from scrapers.items import PageItem


class ExtractPipeline:
    """Fills ``findings`` (values) and ``findings_json`` (values with evidence) on each HTML page.

    Settings: ``VMATRIS_EXTRACT_ENABLED``, ``VMATRIS_REGISTRY`` (for the
    registry's extra municipalities, e.g. the demo county's).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        path = crawler.settings.get("VMATRIS_REGISTRY")
        self.options = Options(kommun_index=registry.kommun_index(path), strict=False) if path else Options(
            strict=False)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        if not crawler.settings.getbool("VMATRIS_EXTRACT_ENABLED"):
            raise NotConfigured
        return cls(crawler)

    def process_item(self, item, spider=None):
        page = getattr(item, "_page", None)
        if not isinstance(item, PageItem) or page is None:
            return item
        findings = extract_all(page, self.options)
        for name, finding in findings.items():
            if "error" in finding.details:
                self.crawler.stats.inc_value(f"vmatris/extract_error/{name}")
        doc = as_json(page, findings)
        item.relevance = doc["relevance"]
        item.findings = values(findings)
        item.findings_json = doc["variables"]
        del item._page  # type: ignore[attr-defined]
        return item
