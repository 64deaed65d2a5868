"""The focused-crawl base every spider shares.

It starts at an actor's start URLs and follows only links whose text or URL
is about violence and support (``matrix.lexicon.RELEVANT_LINK``), staying on
the actor's allowed domains.  Depth and page caps, robots.txt and throttling
come from the settings and middlewares.  The spider only navigates: it reads
nothing of a page's meaning; the pipelines and ``matrix`` do.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlparse

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)

from matrix import lexicon, registry
from matrix.page import Page
from scrapers.items import FetchErrorItem, PageItem
from scrapers.pipelines.normalise import parse_page
from scrapers.sitewindow import SiteTracker
from scrapers.urls import canonical_url

KEEP_HEADERS = ("content-type", "last-modified", "etag", "content-language", "server", "x-powered-by",
                "cache-control", "location")
FOLLOW_CONTENT = ("text/html", "application/xhtml")
# link decisions remembered per spider (a mega-menu decided once per site), keyed by a 64-bit hash of
# (actor, link, text) rather than the strings.  With up to 64 sites crawled at once (the window of sites), a
# site's next page comes some hundreds of pages later: the memo must hold every site's menu across that gap, or the
# large registry decides the same links again and again (it did, with 10,000 entries emptied when full).
# When full, the older half is dropped (insertion order): a few MB at most, whatever the size of the web.
LINK_MEMO_SIZE = 32_768
# links already requested, per site, with the shallowest depth they were requested from: a mega-menu's twenty
# links on every page would otherwise become twenty Requests a page, each walked through the middlewares and
# fingerprinted only for the duplicate filter to drop it (about 20 a page on the bench web).  Bounded like the
# memo; the duplicate filter stays the authority on what was fetched.
REQUESTED_SIZE = 32_768
_UNSEEN = object()


def utcnow() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class FocusedSpider(scrapy.Spider):
    """Crawls the registry's actors of this spider's kind (``name``), politely and focused.

    Arguments (``-a`` or ``vmatris crawl``): ``registry`` (CSV path) and
    optionally ``actors`` (comma-separated ids to crawl only those).
    """

    name = "focused"

    def __init__(self, registry_path: str = "", actors: str = "", revisit: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # last year's service URLs: fetched again so that moved pages are seen as redirects, not as
        # one service closed and another opened
        self.revisit: dict[str, list[str]] = json.loads(Path(revisit).read_text(encoding="utf-8")) if revisit else {}
        path = registry_path or kwargs.get("registry", "")
        wanted = {a for a in actors.split(",") if a}
        self.actors = {
            a.id: a for a in registry.load(path) if a.spider == self.name and (not wanted or a.id in wanted)
        } if path else {}
        self.allowed_domains = sorted({d.split(":")[0] for a in self.actors.values() for d in a.allowed_domains})
        self._link_memo: dict[int, str | None] = {}  # hash((actor, absolute link, text)) -> followed URL or None
        self._requested: dict[int, int] = {}  # hash((actor, URL)) -> the shallowest depth it was requested from
        self.sites: SiteTracker | None = None

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> FocusedSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sites = SiteTracker(crawler, crawler.settings.getint("VMATRIS_MAX_ACTIVE_SITES", 0))
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for actor in self.actors.values():
            if self.sites is not None:
                await self.sites.admit(actor.id)  # a rolling window of sites (scrapers/sitewindow.py)
            for url in map(canonical_url, actor.start_urls):
                yield scrapy.Request(url, callback=self.parse, errback=self.failed,
                                     cb_kwargs={"actor_id": actor.id}, dont_filter=False)
            for url in self.revisit.get(actor.id, []):
                if self.on_site(url, actor):
                    yield scrapy.Request(url, callback=self.parse, errback=self.failed, priority=-1,
                                         cb_kwargs={"actor_id": actor.id}, meta={"vmatris_revisit": True},
                                         dont_filter=True)

    def parse(self, response: Response, actor_id: str) -> Iterator[Any]:
        item = self._page_item(response, actor_id)
        if isinstance(response, TextResponse) and _is_html(response) and b"\x00" not in response.body[:4096]:
            # (NUL bytes: binary content served as text/html)  The page is parsed here, once: the
            # pipelines reuse this parse (``item._page``) for the text and the extractors.
            page = parse_page(item)
            yield item
            yield from self._follow(response, page, actor_id)
        else:
            yield item

    def _page_item(self, response: Response, actor_id: str) -> PageItem:
        headers = {k: response.headers.get(k, b"").decode("latin-1") for k in KEEP_HEADERS if k in response.headers}
        first = response.request.meta.get("redirect_urls", [response.url])[0] if response.request else response.url
        return PageItem(
            actor_id=actor_id, url=first, final_url=response.url, status=response.status, fetched_at=utcnow(),
            content_type=headers.get("content-type", ""), headers=headers, body=response.body,
            encoding=getattr(response, "encoding", "") or "", depth=response.meta.get("depth", 0),
            referer_url=(response.request.headers.get("Referer", b"") or b"").decode("latin-1")
            if response.request else "",
            from_cache=next((f for f in ("replayed", "cached") if f in response.flags), ""),
        )

    def _follow(self, response: TextResponse, page: Page, actor_id: str) -> Iterator[scrapy.Request]:
        actor = self.actors[actor_id]
        base = page.tree.find(".//base[@href]")
        base_url = urljoin(response.url, base.get("href").strip()) if base is not None else response.url
        seen: set[str] = set()
        memo, requested = self._link_memo, self._requested
        depth = response.meta.get("depth", 0)
        for link in page.tree.iter("a"):
            href = link.get("href")
            if href is None:
                continue
            href = href.strip()
            if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
                continue
            # the link's own text nodes (what ``a::text`` selects), then its title
            text = " ".join([t for t in (link.text, *(c.tail for c in link)) if t is not None] +
                            [link.get("title", "")])
            absolute = urljoin(base_url, href)
            key = hash((actor_id, absolute, text))  # an int: the memo holds no copy of the link's strings
            url = memo.get(key, _UNSEEN)
            if url is _UNSEEN:
                # a mega-menu repeats the same links on every page of a site: decided once per site
                url = canonical_url(urldefrag(absolute)[0])
                if not self.on_site(url, actor) or lexicon.IRRELEVANT_URL.search(url) or not self.wants(url, text):
                    url = None
                if len(memo) >= LINK_MEMO_SIZE:
                    _drop_older_half(memo)  # bounded: the crawl's memory does not grow with the web
                memo[key] = url
            if url is None or url in seen:
                continue
            seen.add(url)
            # requested before from this depth or a shallower one: every middleware would decide as it did then
            # (the caps and trap counts only grow, the depth limit is no nearer), so only the duplicate filter
            # would see it, to drop it
            done = hash((actor_id, url))
            if requested.get(done, depth + 1) <= depth:
                continue
            if len(requested) >= REQUESTED_SIZE:
                _drop_older_half(requested)
            requested[done] = depth
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, cb_kwargs={"actor_id": actor_id})

    def wants(self, url: str, text: str) -> bool:
        """Whether a link is about violence and support (by its text or URL). A hook for subclasses."""
        return bool(lexicon.RELEVANT_LINK.search(text) or lexicon.RELEVANT_LINK.search(urlparse(url).path))

    @staticmethod
    def on_site(url: str, actor: registry.Actor) -> bool:
        parsed = urlparse(url)
        host = (parsed.hostname or "").lower()
        return parsed.scheme in ("http", "https") and any(
            host == d.split(":")[0] or host.endswith("." + d.split(":")[0]) for d in actor.allowed_domains
        )

    def failed(self, failure: Any) -> Iterator[FetchErrorItem]:
        """Record why a URL could not be fetched, by kind (see :func:`failure_kind`)."""
        request = failure.request
        actor_id = request.cb_kwargs.get("actor_id", "")
        kind, status = failure_kind(failure)
        message = str(failure.value)[:300]
        if request.meta.get("vmatris_retry_after"):
            message = f"HTTP {status}, Retry-After {request.meta['vmatris_retry_after']:.0f} s: not waited for"
        yield FetchErrorItem(actor_id, request.url, kind, message, status, utcnow())


def _drop_older_half(memo: dict[int, Any]) -> None:
    """Forget the older half of a memo (dicts keep insertion order): amortised O(1) a new entry."""
    for key in list(islice(memo, len(memo) // 2 or 1)):
        del memo[key]


def failure_kind(failure: Any) -> tuple[str, int | None]:
    """``(kind, HTTP status)`` of a failed request: the kinds ``crawl_sites.errors_by_kind`` counts.

    ``robots`` (refused by robots.txt) and ``budget`` (past the site's time or
    byte budget) are our own choices, not the site's faults, and are not
    counted as errors.
    """
    text = str(failure.value).lower()
    if failure.check(HttpError):
        status = failure.value.response.status
        return ("http_4xx" if status < 500 else "http_5xx"), status
    checks = (
        ("dns", (CannotResolveHostError, DNSLookupError)),
        ("refused", (DownloadConnectionRefusedError, ConnectionRefusedError)),
        ("timeout", (DownloadTimeoutError, TimeoutError, TCPTimedOutError)),
    )
    for kind, types in checks:
        if failure.check(*types):
            return kind, None
    if "robots.txt" in text:
        return "robots", None
    if text.startswith("site budget"):
        return "budget", None
    if "redirect loop" in text or "max redirections" in text:
        return "redirect_loop", None
    if failure.check(DownloadCancelledError) or "max size" in text or "maxsize" in text:
        return "too_large", None
    if failure.check(ResponseDataLossError, ConnectionLost):
        return "broken_response", None
    return "other", None


def _is_html(response: TextResponse) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return not ctype or any(c in ctype for c in FOLLOW_CONTENT)
