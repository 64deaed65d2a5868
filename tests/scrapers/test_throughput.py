"""What made the crawl faster must not change what it does: one parse per page, the same links followed,
batched commits that never report a page they did not make durable, a readable WARC and HTTP cache."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urldefrag

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from warcio.archiveiterator import ArchiveIterator

from matrix import lexicon
from scrapers.items import FetchErrorItem, PageItem
from scrapers.pipelines import normalise
from scrapers.spiders.kommun import KommunSpider
from scrapers.urls import canonical_url
from tests.conftest import ROOT

MINIWEB = ROOT / "tests" / "fixtures" / "miniweb"
REGISTRY = MINIWEB / "testvik.csv"


def _response(path: Path, url: str) -> HtmlResponse:
    request = Request(url, cb_kwargs={"actor_id": "kommun_9990_testvik"})
    return HtmlResponse(url, body=path.read_bytes(), headers={"Content-Type": "text/html; charset=utf-8"},
                        request=request)


def _parsel_links(spider: KommunSpider, response: HtmlResponse, actor_id: str) -> list[str]:
    """The spider's link rule as it was written with parsel (``a[href]``, ``::text``): the reference."""
    actor, seen, out = spider.actors[actor_id], set(), []
    for link in response.css("a[href]"):
        href = (link.attrib.get("href") or "").strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        url = canonical_url(urldefrag(response.urljoin(href))[0])
        if url in seen or not spider.on_site(url, actor) or lexicon.IRRELEVANT_URL.search(url):
            continue
        text = " ".join(link.css("::text").getall() + [link.attrib.get("title", "")])
        if spider.wants(url, text):
            seen.add(url)
            out.append(url)
    return out


TRICKY = """<html><head><base href="/omsorg/"><title>t</title></head><body>
<nav><a href="vald/"><span>Våld</span> i nära relationer</a><a href="/stod/vald.html#top" title="Stöd vid våld">x</a>
<a href="/stod/vald.html">Våld igen</a><a href="mailto:a@b.se">våld</a><a href="http://annan.test/vald">Våld</a>
<a href="/bygga/">Bygga och bo</a><a href="/sok?q=vald">Sök våld</a><a>våld utan href</a>
<a href=" kvinnojour.html "><!-- c -->Kvinnojour<b>en</b> här</a><a href="/vald/?sessionid=9&b=2&a=1">Våld</a>
</nav><main><h1>Stöd</h1><p>Text</p></main></body></html>"""


@pytest.mark.parametrize("rel", ["www.testvik.se.test/index.html", "tricky"])
def test_page_parsed_once_and_links_as_with_parsel(rel: str, monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    parses = []
    real_page = normalise.Page

    def counting_page(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        parses.append(args[0])
        return real_page(*args, **kwargs)

    monkeypatch.setattr(normalise, "Page", counting_page)
    spider = KommunSpider(registry_path=str(REGISTRY))
    if rel == "tricky":
        (tmp_path / "tricky.html").write_text(TRICKY, encoding="utf-8")
        url, path = "http://www.testvik.se.test/a/b.html", tmp_path / "tricky.html"
    else:
        url, path = "http://" + rel.removesuffix("index.html"), MINIWEB / "2026" / rel
    response = _response(path, url)
    out = list(spider.parse(response, actor_id="kommun_9990_testvik"))
    item, requests = out[0], out[1:]
    assert isinstance(item, PageItem) and all(isinstance(r, Request) for r in requests)
    assert [r.url for r in requests] == _parsel_links(spider, response, "kommun_9990_testvik")
    assert requests, "the fixture page links to the violence pages"
    assert list(spider.parse(response, actor_id="kommun_9990_testvik"))[1:] == []  # all requested already
    spider._requested.clear()
    assert list(spider.parse(response, actor_id="kommun_9990_testvik"))[1:][0].url == requests[0].url  # memoised
    parses.clear()
    item = normalise.NormalisePipeline().process_item(item)
    assert parses == []  # the pipelines reuse the spider's parse
    assert item.text and item._page.url == url


def test_binary_page_drops_the_spiders_parse() -> None:
    item = PageItem("a", "http://x.test/", "http://x.test/", 200, "2026-01-01T00:00:00Z",
                    content_type="text/html", body=b"<html>" + bytes(range(1, 9)) * 400)
    item._page = object()  # type: ignore[attr-defined]
    item = normalise.NormalisePipeline().process_item(item)
    assert item.html is None and not hasattr(item, "_page")


class _Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, n: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + n

    def set_value(self, key: str, value: object) -> None:
        self.values[key] = value  # type: ignore[assignment]


def _pipeline(tmp_path: Path, batch: int, max_wait: float = 60.0):  # noqa: ANN202
    from matrix import db as mdb
    from scrapers.pipelines.store import StorePipeline

    path = tmp_path / "run.db"
    mdb.open_db(path).close()
    crawler = SimpleNamespace(stats=_Stats(), signals=SimpleNamespace(connect=lambda *a, **k: None),
                              spider=SimpleNamespace(actors={"a": None}))
    pipe = StorePipeline(crawler, str(path), "R", 2026, batch=batch, max_wait=max_wait)  # type: ignore[arg-type]
    pipe.open_spider()
    pipe.writer.call_later = lambda delay, fn: SimpleNamespace(active=lambda: False)  # no reactor in a unit test
    return pipe, path


def _item(i: int) -> PageItem:
    url = f"http://x.test/{i}.html"
    return PageItem("a", url, url, 200, "2026-01-01T00:00:00Z", content_type="text/html", html=f"<p>{i}</p>",
                    text=str(i), content_hash="h")


def _committed(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM pages").fetchone()[0]


def test_items_are_reported_only_after_their_commit(tmp_path: Path) -> None:
    pipe, path = _pipeline(tmp_path, batch=3)
    reported: list[object] = []
    for i in range(2):
        pipe.process_item(_item(i)).addCallback(reported.append)
    assert reported == [] and _committed(path) == 0  # written, not yet durable, not yet reported
    pipe.process_item(FetchErrorItem("a", "http://x.test/gone", "http_4xx", "404", 404)).addCallback(
        reported.append)
    assert len(reported) == 3 and _committed(path) == 2  # the third item filled the batch: one commit
    assert pipe.crawler.stats.values == {"vmatris/pages_stored": 2, "vmatris/errors/http_4xx": 1}
    pipe.process_item(_item(9)).addCallback(reported.append)
    pipe.writer.commit()  # what the timer or the spider's close does
    assert len(reported) == 4 and _committed(path) == 3
    pipe.writer.release()


KILLED = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from tests.scrapers.test_throughput import _item, _pipeline
    pipe, path = _pipeline(Path(sys.argv[1]), batch=4)
    with open(sys.argv[2], "a") as out:
        def report(item):
            out.write(item.url + "\\n"); out.flush(); os.fsync(out.fileno())
        for i in range(10):  # two batches of 4 commit and are reported; 2 pages stay in the open batch
            pipe.process_item(_item(i)).addCallback(report)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_sigkill_loses_no_reported_page_and_stores_no_unreported_one(tmp_path: Path) -> None:
    reported = tmp_path / "reported.txt"
    proc = subprocess.run([sys.executable, "-c", KILLED, str(tmp_path), str(reported)], cwd=ROOT, check=False,
                          capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    urls = reported.read_text().split()
    with sqlite3.connect(tmp_path / "run.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT final_url FROM pages")}
        html = conn.execute("SELECT count(*) FROM page_html").fetchone()[0]
    assert len(urls) == 8 and set(urls) == stored and html == 8


def test_warc_records_are_gzip_members_warcio_reads(tmp_path: Path) -> None:
    from scrapers.pipelines.archive import WarcArchivePipeline

    pipe = WarcArchivePipeline(tmp_path / "archive-R.warc.gz")
    pipe.open_spider()
    try:
        for i in range(3):
            item = _item(i)
            item.body, item.headers = f"<html><p>sida {i} å</p></html>".encode(), {"content-type": "text/html"}
            pipe.write(item)
    finally:
        pipe.close_spider()
    with open(tmp_path / "archive-R.warc.gz", "rb") as handle:
        records = [(r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(handle) if r.rec_type == "response"]
    assert records == [(f"http://x.test/{i}.html", f"<html><p>sida {i} å</p></html>".encode()) for i in range(3)]


def test_http_cache_round_trip_and_damaged_entry(tmp_path: Path) -> None:
    from scrapy.http import HtmlResponse as Html

    from scrapers.httpcache import CompactCacheStorage

    storage = CompactCacheStorage(Settings({"HTTPCACHE_DIR": str(tmp_path), "HTTPCACHE_EXPIRATION_SECS": 0}))
    storage._fingerprinter = SimpleNamespace(fingerprint=lambda r: r.url.encode())  # type: ignore[attr-defined]
    spider = SimpleNamespace(name="kommun")
    request = Request("http://x.test/a.html")
    body = "<p>våld</p>".encode()
    storage.store_response(spider, request, Html(request.url, status=200, body=body,
                                                 headers={"ETag": '"1"', "Content-Type": "text/html"}))
    storage.close_spider(spider)  # waits for the background writer
    back = storage.retrieve_response(spider, Request("http://x.test/a.html"))
    assert back is not None and back.body == body and back.status == 200 and back.headers[b"ETag"] == b'"1"'
    assert not list(tmp_path.rglob("*.tmp"))
    (entry,) = list(tmp_path.rglob("*.z"))
    entry.write_bytes(b"not zlib")
    assert storage.retrieve_response(spider, Request("http://x.test/a.html")) is None
    assert storage.retrieve_response(spider, Request("http://x.test/missing.html")) is None


def test_settings_use_the_compact_cache() -> None:
    from scrapers import settings

    assert settings.HTTPCACHE_STORAGE == "scrapers.httpcache.CompactCacheStorage"
