"""Keep every raw response in a standard web archive (WARC), one file per run.

A coordinator can reopen what a site said on the day in any web-archive
player, and ``vmatris reextract`` re-runs today's extractors over the
archive without touching the network.  Runs before the normalise pipeline,
while the item still holds the raw body.
"""

from __future__ import annotations

import zlib
from io import BytesIO
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet.threads import deferToThreadPool
from twisted.python.threadpool import ThreadPool
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scrapers.items import PageItem

# zlib level 1: a page's record compresses about as well as at warcio's fixed level 9 (HTML is repetitive)
# at a fraction of the CPU, which on the crawl's one reactor thread is pages per minute
GZIP_LEVEL = 1
REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content", 304: "Not Modified"}


class WarcArchivePipeline:
    """Appends a WARC response record per page to ``<run dir>/archive.warc.gz``.

    Settings: ``VMATRIS_ARCHIVE_ENABLED``, ``VMATRIS_RUN_DB`` (the archive
    sits beside the run database).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: Any = None
        self.buffer = BytesIO()
        self.writer: WARCWriter | None = None
        self.pool: ThreadPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchivePipeline:
        s = crawler.settings
        if not s.getbool("VMATRIS_ARCHIVE_ENABLED", True) or not s.get("VMATRIS_RUN_DB"):
            raise NotConfigured
        return cls(Path(s.get("VMATRIS_RUN_DB")).parent / f"archive-{s.get('VMATRIS_RUN_ID')}.warc.gz")

    def open_spider(self, spider: Any = None) -> None:
        # one file per run, appended to by each spider: gzip members concatenate into a valid WARC; unbuffered,
        # so each record reaches the file in one write()
        self.handle = open(self.path, "ab", buffering=0)  # noqa: SIM115 - closed in close_spider
        self.buffer = BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=False)
        # digests and compression (hashlib and zlib let go of the GIL) run on a thread of their own, in order,
        # beside the reactor thread that parses and extracts the other pages
        self.pool = ThreadPool(1, 1, name="vmatris-warc")
        self.pool.start()

    def close_spider(self, spider: Any = None) -> None:
        if self.pool is not None:
            self.pool.stop()  # every item waited for its record, so nothing is queued here
            self.pool = None
        if self.handle:
            self.handle.close()
            self.handle = None

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, PageItem) or self.writer is None or item.from_cache == "replayed":
            return item  # (a replayed page was archived before the run was interrupted)
        from twisted.internet import reactor

        # the item goes on once its record is in the file, as before: a stored page always has its record
        done = deferToThreadPool(reactor, self.pool, self.write, item)
        return done.addCallback(lambda _none: item)

    def write(self, item: PageItem) -> None:
        """Append the item's response record (its own gzip member) to the archive."""
        headers = [(k.title(), v) for k, v in item.headers.items() if k.lower() != "content-length"]
        status = f"{item.status} {REASONS.get(item.status, 'OK')}"
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            item.final_url, "response", payload=BytesIO(item.body), http_headers=http,
            warc_headers_dict={"WARC-Date": item.fetched_at, "WARC-Source-URI": item.url,
                               "WARC-Actor-Id": item.actor_id},
        )
        self.writer.write_record(record)
        data = gzip_member(self.buffer.getvalue())
        self.buffer.seek(0)
        self.buffer.truncate()
        view = memoryview(data)
        while view:
            view = view[self.handle.write(view):]


def gzip_member(data: bytes, level: int = GZIP_LEVEL) -> bytes:
    """One record as its own gzip member (record-at-a-time compression, as WARC readers expect)."""
    comp = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return comp.compress(data) + comp.flush()
