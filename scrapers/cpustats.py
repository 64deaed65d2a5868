"""CPU time of the crawl, in the crawl's own stats: the benchmark's noise-resistant cost per page.

Wall-clock pages per minute on a shared machine swing by a third from run to
run; the CPU seconds the crawl process (all its threads) and its extraction
worker spent do not, so before/after work on the crawl compares these.
"""

from __future__ import annotations

import resource
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (the extraction worker imports this module and stays free of Scrapy)
    from scrapy.crawler import Crawler


def process_cpu_seconds() -> float:
    """User plus system CPU seconds of this process so far, all threads (children not included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class ProcessCpuStats:
    """Sets ``vmatris/process_cpu_s`` when a spider closes (the spiders of one process share the figure)."""

    def __init__(self, crawler: Crawler) -> None:
        from scrapy import signals

        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessCpuStats:
        return cls(crawler)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.crawler.stats.set_value("vmatris/process_cpu_s", round(process_cpu_seconds(), 3))
