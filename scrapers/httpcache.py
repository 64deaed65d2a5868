"""HTTP cache policy: always ask the server, but conditionally.

Scrapy's RFC 2616 policy serves a "heuristically fresh" page from the cache without asking, which for a
yearly crawl could return last year's page as this year's.  This policy never trusts freshness: every
cached page is revalidated with If-None-Match / If-Modified-Since, so an unchanged page costs a 304 and
no body, and a changed page is downloaded again.  A page answered from the
cache carries the ``cached`` flag; the spider records it as revalidated.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
import zlib
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from time import time
from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy
from scrapy.http import Response
from scrapy.utils.response import response_from_dict
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

log = logging.getLogger(__name__)
# zlib level 1: stored once per page on the crawl's reactor thread, read back once a year
CACHE_LEVEL = 1


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


class CompactCacheStorage(FilesystemCacheStorage):
    """Scrapy's filesystem cache in one compressed file per response instead of seven gzip files.

    Scrapy's storage writes seven files per response, each through ``gzip.open`` at level 9; on the
    crawl's single reactor thread that was about 8 % of the crawl.  Here a response is one pickle,
    zlib level 1, written to a temporary name and renamed, so a killed crawl never leaves half an
    entry.  Entries written by Scrapy's own storage (a directory per response) are still read.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.writer: ThreadPoolExecutor | None = None
        self.pending: set[Future] = set()
        self.made: set[str] = set()  # the cache's fan-out folders already created (at most 256 per spider)

    def _entry(self, spider: Any, request: Request) -> Path:
        return Path(self._get_request_path(spider, request) + ".z")

    def retrieve_response(self, spider: Any, request: Request) -> Response | None:
        path = self._entry(spider, request)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return super().retrieve_response(spider, request)  # an entry of Scrapy's own layout, or None
        if 0 < self.expiration_secs < time() - path.stat().st_mtime:
            return None
        try:
            entry = pickle.loads(zlib.decompress(raw))  # noqa: S301 - our own cache files
        except (zlib.error, pickle.UnpicklingError, EOFError, ValueError):
            return None  # a damaged entry is a cache miss: the page is downloaded again
        request.meta["cache_timestamp"] = entry["timestamp"]
        return response_from_dict({**entry["data"], "url": entry["response_url"], "status": entry["status"],
                                   "headers": headers_raw_to_dict(entry["headers"]), "body": entry["body"]})

    def store_response(self, spider: Any, request: Request, response: Response) -> None:
        path = self._entry(spider, request)
        folder = str(path.parent)
        if folder not in self.made:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(folder)
        entry = {"url": request.url, "method": request.method, "status": response.status,
                 "response_url": response.url, "timestamp": time(), "headers": headers_dict_to_raw(response.headers),
                 "body": response.body,
                 "data": {k: v for k, v in response.to_dict().items() if k not in {"url", "status", "headers", "body"}}}
        if self.writer is None:
            self.writer = ThreadPoolExecutor(1, thread_name_prefix="vmatris-httpcache")
        # written beside the reactor thread (zlib and file writes let go of the GIL); a crawl killed before an
        # entry is written merely downloads that page in full next time
        future = self.writer.submit(_write_entry, path, entry)
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)
        if len(self.pending) > 64:  # bounded: the crawl never holds more than a few pages waiting here
            wait(list(self.pending), return_when=FIRST_COMPLETED)

    def close_spider(self, spider: Any) -> None:
        if self.writer is not None:
            self.writer.shutdown(wait=True)
            self.writer = None
        super().close_spider(spider)


def _write_entry(path: Path, entry: dict[str, Any]) -> None:
    """One cache entry: written to a temporary name and renamed, never half there."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.write_bytes(zlib.compress(pickle.dumps(entry, protocol=4), CACHE_LEVEL))
        os.replace(tmp, path)
    except OSError as exc:  # a cache entry is a convenience: a full disk must not fail the page
        log.warning("HTTP cache: %s not stored (%s)", path, exc)
        tmp.unlink(missing_ok=True)
