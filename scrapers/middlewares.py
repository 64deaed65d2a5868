"""Crawl-wide rules that are not a spider's business: page caps and the demo proxy."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class SitePageCapMiddleware:
    """Drops requests past ``VMATRIS_MAX_PAGES_PER_SITE`` per actor, so one big site cannot starve the rest.

    Counts requests by the ``actor_id`` the spider puts in ``cb_kwargs``;
    dropped requests are counted in ``crawler.stats`` under
    ``vmatris/page_cap/<actor_id>``.
    """

    def __init__(self, crawler: Crawler, cap: int) -> None:
        self.crawler = crawler
        self.cap = cap
        # distinct URLs per actor: the same link on every page (a mega-menu) is counted once
        self.seen: dict[str, set[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SitePageCapMiddleware:
        cap = crawler.settings.getint("VMATRIS_MAX_PAGES_PER_SITE")
        if cap <= 0:
            raise NotConfigured
        return cls(crawler, cap)

    def _allow(self, item: Any) -> bool:
        if not isinstance(item, Request):
            return True
        actor = item.cb_kwargs.get("actor_id")
        if actor is None:
            return True
        urls = self.seen.setdefault(actor, set())
        if item.url in urls:
            return True  # the duplicate filter drops it; it costs no page
        if len(urls) >= self.cap:
            self.crawler.stats.inc_value(f"vmatris/page_cap/{actor}")
            return False
        urls.add(item.url)
        return True

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in start:
            if self._allow(item):
                yield item

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterable[Any]:
        return (item for item in result if self._allow(item))

    async def process_spider_output_async(self, response: Any, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in result:
            if self._allow(item):
                yield item


class LocalProxyMiddleware:
    """Sends every request through the demo web's proxy on 127.0.0.1 (``VMATRIS_PROXY``).

    Only set for the demo and the tests: the proxy answers for the demo
    hosts only, so nothing can leave the machine.
    """

    def __init__(self, proxy: str) -> None:
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LocalProxyMiddleware:
        proxy = crawler.settings.get("VMATRIS_PROXY")
        if not proxy:
            raise NotConfigured
        mw = cls(proxy)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        return mw

    def spider_opened(self, spider: Any) -> None:
        spider.logger.info("vmatris: all requests go through the local proxy %s", self.proxy)

    def process_request(self, request: Request, spider: Any = None) -> None:
        request.meta.setdefault("proxy", self.proxy)


class NetworkBytesMiddleware:
    """Counts what really crossed the network, before the HTTP cache turns a 304 into the cached page.

    Sits closest to the downloader (after ``HttpCacheMiddleware``), so ``vmatris/network_bytes`` and
    ``vmatris/not_modified`` measure the cost of a re-crawl, which Scrapy's own downloader stats do not.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetworkBytesMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Any, spider: Any = None) -> Any:
        size = len(response.body) + len(response.headers.to_string()) + 16
        self.stats.inc_value("vmatris/network_bytes", size)
        if response.status == 304:
            self.stats.inc_value("vmatris/not_modified")
        return response
