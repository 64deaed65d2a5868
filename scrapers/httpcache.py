"""HTTP cache policy: always ask the server, but conditionally.

Scrapy's RFC 2616 policy serves a "heuristically fresh" page from the cache without asking, which for a
yearly crawl could return last year's page as this year's.  This policy never trusts freshness: every
cached page is revalidated with If-None-Match / If-Modified-Since, so an unchanged page costs a 304 and
no body, and a changed page is downloaded again.  A page answered from the
cache carries the ``cached`` flag; the spider records it as revalidated.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatePolicy(RFC2616Policy):
    """RFC 2616 caching that revalidates every cached response (conditional requests, never blind reuse)."""

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:  # noqa: ANN001 - Scrapy's signature
        # the parent sets If-None-Match / If-Modified-Since only when it finds the response stale
        self._set_conditional_validators(request, cachedresponse)
        return False


class NoStaleCacheMiddleware(HttpCacheMiddleware):
    """Scrapy's cache middleware without "error recovery": a site that is down this year shows as down.

    Scrapy answers a failed download with the cached copy when one exists;
    for a yearly record that would report last year's page as seen today.
    """

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        request.meta.pop("cached_response", None)
        return None
