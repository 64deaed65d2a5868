"""Crawl-wide rules that are not a spider's business: caps, traps, budgets, politeness, faults and resume.

Each component guards the whole crawl against one thing a real site does:

* :class:`SitePageCapMiddleware` (spider) — a site with thousands of links costs at most N pages.
* :class:`TrapGuardMiddleware` (spider) — endless calendars and faceted search cost at most N URLs per shape.
* :class:`SiteBudgetMiddleware` (downloader) — a slow or huge site stops at its time and byte budget.
* :class:`CrawlDelayRobotsMiddleware` (downloader) — robots.txt is obeyed, including ``Crawl-delay``.
* :class:`RetryAfterMiddleware` (downloader) — 503/429 are retried after the ``Retry-After`` the site asks for.
* :class:`RedirectLoopMiddleware` (downloader) — a redirect back to a URL already in the chain stops at once.
* :class:`ReplayMiddleware` (downloader) — a resumed run answers already stored pages from the run database.
* :class:`LocalProxyMiddleware` (downloader) — the demo web's proxy.
* :class:`MetaRefreshMiddleware` (downloader) — Scrapy's, without decoding pages that cannot hold a refresh.

Every component counts what it did in ``crawler.stats`` under ``vmatris/…/<actor_id>``
so the store pipeline can say per site what was skipped and why.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Response

from scrapers.urls import canonical_url, query_size, trap_prone, url_shape


def actor_of(request: Request) -> str | None:
    """The registry actor a request was made for (the spider puts its id in ``cb_kwargs``)."""
    return request.cb_kwargs.get("actor_id")


def url_key(url: str) -> int:
    """A compact stand-in for a URL in the per-site sets: a 64-bit hash (an int) instead of the string.

    The sets hold every distinct URL a site links to, for every site crawled,
    until the crawl ends, so storing hashes keeps their size a fraction of the
    URLs'.  Python's string hash is 64-bit: a collision within one site's few
    hundred URLs (about n²/2⁶⁵) is far less likely than anything else going wrong.
    """
    return hash(url)


class _RequestFilter:
    """A spider middleware that drops some of the requests a callback yields (hooks for both APIs)."""

    def _allow(self, item: Any) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

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


class SitePageCapMiddleware(_RequestFilter):
    """Drops requests past ``VMATRIS_MAX_PAGES_PER_SITE`` per actor, so one big site cannot starve the rest.

    Counts distinct URLs by the ``actor_id`` the spider puts in ``cb_kwargs``;
    dropped requests are counted under ``vmatris/page_cap/<actor_id>``.
    """

    def __init__(self, crawler: Crawler, cap: int) -> None:
        self.crawler = crawler
        self.cap = cap
        # distinct URLs per actor (as :func:`url_key` hashes): the same link on every page (a mega-menu)
        # is counted once
        self.seen: dict[str, set[int]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SitePageCapMiddleware:
        cap = crawler.settings.getint("VMATRIS_MAX_PAGES_PER_SITE")
        if cap <= 0:
            raise NotConfigured
        return cls(crawler, cap)

    def _allow(self, item: Any) -> bool:
        if not isinstance(item, Request) or (actor := actor_of(item)) is None:
            return True
        urls = self.seen.setdefault(actor, set())
        key = url_key(item.url)
        if key in urls:
            return True  # the duplicate filter drops it; it costs no page
        if len(urls) >= self.cap:
            self.crawler.stats.inc_value(f"vmatris/page_cap/{actor}")
            return False
        urls.add(key)
        return True


class TrapGuardMiddleware(_RequestFilter):
    """Drops links that look like a crawler trap before they reach the scheduler.

    A calendar's "next month" and a faceted search's filter combinations make
    endless URLs of one shape (:func:`scrapers.urls.url_shape`); of URLs with a
    query or a date in the path (:func:`scrapers.urls.trap_prone`), at most
    ``VMATRIS_MAX_URLS_PER_SHAPE`` of each shape and no URL with more than
    ``VMATRIS_MAX_QUERY_PARAMS`` query parameters are followed per site.
    Start and revisit requests (``dont_filter``) always pass.  Counted under
    ``vmatris/trap/<actor_id>``.
    """

    def __init__(self, crawler: Crawler, per_shape: int, max_params: int) -> None:
        self.crawler = crawler
        self.per_shape, self.max_params = per_shape, max_params
        self.shapes: dict[str, Counter[str]] = {}
        self.seen: dict[str, set[int]] = {}  # trap-prone URLs let through per actor, as :func:`url_key` hashes

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapGuardMiddleware:
        s = crawler.settings
        if not s.getbool("VMATRIS_TRAPGUARD_ENABLED", True):
            raise NotConfigured
        return cls(crawler, s.getint("VMATRIS_MAX_URLS_PER_SHAPE", 15), s.getint("VMATRIS_MAX_QUERY_PARAMS", 3))

    def _allow(self, item: Any) -> bool:
        if not isinstance(item, Request) or (actor := actor_of(item)) is None or item.dont_filter:
            return True
        key = url_key(item.url)
        if key in self.seen.get(actor, ()) or not trap_prone(item.url):
            return True
        shapes = self.shapes.setdefault(actor, Counter())
        shape = url_shape(item.url)
        if query_size(item.url) > self.max_params or shapes[shape] >= self.per_shape:
            self.crawler.stats.inc_value(f"vmatris/trap/{actor}")
            return False
        shapes[shape] += 1
        self.seen.setdefault(actor, set()).add(key)
        return True


class SiteBudgetMiddleware:
    """Stops a site at its time and byte budget, so a slow, trickling or huge site cannot hold the crawl.

    Settings: ``VMATRIS_MAX_SECONDS_PER_SITE`` (from the site's first request),
    ``VMATRIS_MAX_BYTES_PER_SITE`` (bytes downloaded, cache hits are free).
    Each request also gets a ``download_timeout`` no longer than the time left
    and a ``download_maxsize`` no larger than the bytes left, so a single
    response cannot overrun the budget either.  A request past the budget is
    refused with ``IgnoreRequest("site budget: …")`` (recorded per URL as kind
    ``budget``) and counted under ``vmatris/budget_<time|bytes>/<actor_id>``.
    """

    def __init__(self, crawler: Crawler, seconds: float, max_bytes: int) -> None:
        self.crawler = crawler
        self.seconds, self.max_bytes = seconds, max_bytes
        self.timeout = crawler.settings.getfloat("DOWNLOAD_TIMEOUT")
        self.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        self.started: dict[str, float] = {}
        self.bytes: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteBudgetMiddleware:
        s = crawler.settings
        seconds, max_bytes = s.getfloat("VMATRIS_MAX_SECONDS_PER_SITE"), s.getint("VMATRIS_MAX_BYTES_PER_SITE")
        if seconds <= 0 and max_bytes <= 0:
            raise NotConfigured
        return cls(crawler, seconds, max_bytes)

    def process_request(self, request: Request, spider: Any = None) -> None:
        actor = actor_of(request)
        if actor is None or request.meta.get("vmatris_replayed"):
            return
        now = time.monotonic()
        started = self.started.setdefault(actor, now)
        if self.seconds > 0:
            left = self.seconds - (now - started)
            if left <= 0:
                self.crawler.stats.inc_value(f"vmatris/budget_time/{actor}")
                raise IgnoreRequest(f"site budget: time used up ({self.seconds:g} s per site)")
            request.meta["download_timeout"] = min(request.meta.get("download_timeout") or self.timeout, left + 1)
        if self.max_bytes > 0:
            left_bytes = self.max_bytes - self.bytes[actor]
            if left_bytes <= 0:
                self.crawler.stats.inc_value(f"vmatris/budget_bytes/{actor}")
                raise IgnoreRequest(f"site budget: bytes used up ({self.max_bytes} bytes per site)")
            request.meta["download_maxsize"] = min(self.maxsize or left_bytes, left_bytes)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        actor = actor_of(request)
        if actor is not None and not {"cached", "replayed"} & set(response.flags):
            self.bytes[actor] += len(response.body)
        return response


class CrawlDelayRobotsMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware that also honours ``Crawl-delay`` (capped by ``VMATRIS_MAX_CRAWL_DELAY``).

    The delay becomes the site's download-slot delay with concurrency 1, and
    AutoThrottle is told not to lower it.  Applied to live crawls and tests alike.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.max_delay = crawler.settings.getfloat("VMATRIS_MAX_CRAWL_DELAY", 30.0)

    def process_request_2(self, rp: Any, request: Request) -> None:
        super().process_request_2(rp, request)
        if rp is None:
            return
        try:
            delay = rp.rp.crawl_delay(self._robotstxt_useragent or "*")
        except AttributeError:  # another robots parser than Protego
            return
        if not delay:
            return
        delay = min(float(delay), self.max_delay)
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        downloader.per_slot_settings.setdefault(key, {}).update({"delay": delay, "concurrency": 1, "jitter": 0})
        slot = downloader.slots.get(key)
        if slot is not None:
            slot.delay, slot.concurrency, slot.jitter = max(slot.delay, delay), 1, 0
        request.meta["autothrottle_dont_adjust_delay"] = True
        self._stats.set_value(f"vmatris/crawl_delay/{key}", delay)


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retry middleware that waits the ``Retry-After`` a 503 or 429 asks for.

    A wait longer than ``VMATRIS_MAX_RETRY_AFTER`` is not waited for: the
    request fails at once (recorded with the asked delay), because a yearly
    crawl cannot hold a site's slot for an hour.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("VMATRIS_MAX_RETRY_AFTER", 60.0)

    async def process_response(self, request: Request, response: Response, spider: Any = None) -> Any:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response)
        if wait is not None and wait > self.max_wait:
            request.meta["vmatris_retry_after"] = wait
            return response
        if wait:
            await asyncio.sleep(wait)
        return self._retry(request, f"HTTP {response.status}") or response


def retry_after_seconds(response: Response) -> float | None:
    """The ``Retry-After`` header in seconds (delta or HTTP date), or None."""
    raw = (response.headers.get("Retry-After") or b"").decode("latin-1").strip()
    if not raw:
        return None
    if raw.isdigit():
        return float(raw)
    try:
        return max(0.0, parsedate_to_datetime(raw).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class RedirectLoopMiddleware:
    """Fails a request at once when it redirects to a URL already in its redirect chain.

    Without it, a loop A -> B -> A ends silently in the duplicate filter and
    the site's record would not say why the page is missing.  Longer chains
    end at ``REDIRECT_MAX_TIMES`` (Scrapy's "max redirections reached").
    Sits just outside Scrapy's redirect middleware (priority above 600).
    """

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if 300 <= response.status < 400 and b"Location" in response.headers:
            target = canonical_url(urljoin(request.url, response.headers[b"Location"].decode("latin-1")))
            chain = [canonical_url(u) for u in [*request.meta.get("redirect_urls", []), request.url]]
            if target in chain:
                raise IgnoreRequest(f"redirect loop: {request.url} -> {target}")
        return response


class ReplayMiddleware:
    """Answers requests for pages a resumed run already stored, from the run database, without the network.

    A crawl killed with SIGKILL loses Scrapy's in-memory and unsaved queue,
    so a resumed run starts again from the start URLs; the pages it already
    has are replayed (``flags=["replayed"]``, not stored twice) and their
    links rediscover the rest of the frontier.  Active when
    ``VMATRIS_RESUME`` is set; reads ``VMATRIS_RUN_DB`` and ``VMATRIS_RUN_ID``.
    """

    def __init__(self, crawler: Crawler, path: str, run_id: str) -> None:
        self.crawler = crawler
        self.path, self.run_id = path, run_id
        self.stored: dict[tuple[str, str], str] = {}
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        s = crawler.settings
        if not s.getbool("VMATRIS_RESUME") or not s.get("VMATRIS_RUN_DB"):
            raise NotConfigured
        return cls(crawler, s.get("VMATRIS_RUN_DB"), s.get("VMATRIS_RUN_ID"))

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)

    def spider_opened(self, spider: Any) -> None:
        with self._connect() as conn:
            for page_id, actor, url, final in conn.execute(
                    "SELECT page_id, actor_id, url, final_url FROM pages WHERE run_id = ?", [self.run_id]):
                self.stored[(actor, canonical_url(url))] = page_id
                self.stored[(actor, canonical_url(final))] = page_id
        spider.logger.info("vmatris: resuming with %d stored pages", len(set(self.stored.values())))

    def process_request(self, request: Request, spider: Any = None) -> Response | None:
        actor = actor_of(request)
        page_id = self.stored.get((actor or "", canonical_url(request.url)))
        if page_id is None:
            return None
        with self._connect() as conn:
            row = conn.execute("SELECT p.final_url, p.status, p.content_type, h.html FROM pages p "
                               "LEFT JOIN page_html h USING (page_id) WHERE p.page_id = ?", [page_id]).fetchone()
        if row is None:
            return None
        final_url, status, ctype, html = row
        request.meta["vmatris_replayed"] = True
        request.meta["dont_cache"] = True
        self.crawler.stats.inc_value("vmatris/replayed")
        body = (html or "").encode("utf-8")
        headers = {"Content-Type": "text/html; charset=utf-8" if html is not None else (ctype or "")}
        return HtmlResponse(final_url, status=status or 200, headers=headers, body=body, encoding="utf-8",
                            request=request, flags=["replayed"])


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, skipping pages whose start holds no ``refresh`` at all.

    Scrapy decodes the whole body (``response.text``) of every HTML page to look for
    ``<meta http-equiv="refresh">`` in its first 4,096 characters; the pipelines decode the page
    again with their own rules, so on the crawl's one reactor thread that decode was about 2 % of
    the crawl.  4,096 characters are at most 16 KiB in any ASCII-compatible encoding; a start
    with NUL bytes (UTF-16, UTF-32) goes to Scrapy's check as before.
    """

    HEAD_BYTES = 4096 * 4

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        head = response.body[: self.HEAD_BYTES]
        if isinstance(response, HtmlResponse) and b"\x00" not in head and b"refresh" not in head.lower():
            return response
        return super().process_response(request, response)


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
