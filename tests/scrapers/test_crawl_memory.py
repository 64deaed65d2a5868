"""The crawl's per-site state is compact: URL sets and the link memo hold 64-bit hashes, not strings.

Whatever the crawl keeps per URL is kept for every site crawled until the
crawl ends (the window of sites bounds what is in flight, not this).
"""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from scrapers.middlewares import SitePageCapMiddleware, TrapGuardMiddleware, url_key
from scrapers.pipelines.normalise import parse_page
from scrapers.spiders import base
from scrapers.spiders.kommun import KommunSpider


def _req(url: str, actor: str = "a", **kw) -> Request:  # noqa: ANN003
    return Request(url, cb_kwargs={"actor_id": actor}, **kw)


def _passed(mw, requests: list[Request]) -> list[str]:  # noqa: ANN001
    return [r.url for r in mw.process_spider_output(None, requests)]


def test_page_cap_counts_distinct_urls_per_site_and_keeps_only_hashes() -> None:
    crawler = get_crawler(settings_dict={"VMATRIS_MAX_PAGES_PER_SITE": 3})
    crawler.stats.open_spider()
    mw = SitePageCapMiddleware.from_crawler(crawler)
    urls = [f"http://a.test/{i}" for i in range(5)]
    # a repeated link (a mega-menu) costs no page; the fourth distinct URL is over the cap
    out = _passed(mw, [_req(urls[0]), _req(urls[1]), _req(urls[0]), _req(urls[2]), _req(urls[3]),
                       _req(urls[4]), _req(urls[1]), _req(urls[0], "b")])
    assert out == [urls[0], urls[1], urls[0], urls[2], urls[1], urls[0]]
    assert crawler.stats.get_value("vmatris/page_cap/a") == 2
    assert mw.seen == {"a": {url_key(u) for u in urls[:3]}, "b": {url_key(urls[0])}}
    assert all(type(k) is int for keys in mw.seen.values() for k in keys)


def test_trap_guard_caps_a_shape_per_site_and_keeps_only_hashes() -> None:
    crawler = get_crawler(settings_dict={"VMATRIS_MAX_URLS_PER_SHAPE": 2})
    crawler.stats.open_spider()
    mw = TrapGuardMiddleware.from_crawler(crawler)
    months = [f"http://a.test/kalender?month=2026-{m:02d}" for m in range(1, 5)]
    out = _passed(mw, [_req(months[0]), _req(months[1]), _req(months[2]), _req(months[0]),
                       _req("http://a.test/stod"), _req(months[2], "b"), _req(months[3], dont_filter=True)])
    # a URL already let through passes again (the dupefilter drops it); plain URLs and start requests always pass
    assert out == [months[0], months[1], months[0], "http://a.test/stod", months[2], months[3]]
    assert crawler.stats.get_value("vmatris/trap/a") == 1
    assert mw.seen == {"a": {url_key(months[0]), url_key(months[1])}, "b": {url_key(months[2])}}


def _spider() -> KommunSpider:
    spider = KommunSpider()
    spider.actors = {"a": type("Actor", (), {"allowed_domains": ["a.test"]})()}
    return spider


def _links(spider: KommunSpider, html: str, url: str = "http://a.test/", depth: int = 0,
           actor: str = "a") -> list[str]:
    """The URLs the spider requests from ``html`` at ``url``, a page ``depth`` links from the start."""
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=_req(url, meta={"depth": depth}))
    item = spider._page_item(response, actor)
    return [r.url for r in spider._follow(response, parse_page(item), actor)]


def test_link_memo_keys_are_hashes_and_decisions_are_the_same() -> None:
    spider = _spider()
    html = ('<a href="/stod-vid-vald">Stöd vid våld</a><a href="/bygglov">Bygglov</a>'
            '<a href="/kvinnojour#top">Kvinnojour</a>')
    first = _links(spider, html)
    assert first == ["http://a.test/stod-vid-vald", "http://a.test/kvinnojour"]
    assert len(spider._link_memo) == 3 and all(type(k) is int for k in spider._link_memo)
    assert set(spider._link_memo.values()) == {"http://a.test/stod-vid-vald", None, "http://a.test/kvinnojour"}
    # the same menu on another page of the site: decided from the memo, same requests (once the record of
    # links already requested is forgotten; with it, none: see the next test)
    spider._requested.clear()
    assert _links(spider, html, "http://a.test/annan-sida") == first
    assert len(spider._link_memo) == 3


def test_a_link_already_requested_is_not_requested_again_unless_from_nearer_the_start() -> None:
    spider = _spider()
    menu = '<a href="/stod-vid-vald">Stöd vid våld</a><a href="/kvinnojour">Kvinnojour</a>'
    assert _links(spider, menu, "http://a.test/x", 2) == ["http://a.test/stod-vid-vald", "http://a.test/kvinnojour"]
    # the same menu from as deep or deeper: the duplicate filter would drop them all, so they are not made
    assert _links(spider, menu, "http://a.test/y", 2) == []
    more = menu + '<a href="/vald-i-nara-relationer">Våld i nära relationer</a>'
    assert _links(spider, more, "http://a.test/z", 3) == ["http://a.test/vald-i-nara-relationer"]
    # from nearer the start the depth limit may have dropped them before: requested again
    assert _links(spider, menu, "http://a.test/", 1) == ["http://a.test/stod-vid-vald", "http://a.test/kvinnojour"]
    # another site's identical link is its own request
    spider.actors["b"] = spider.actors["a"]
    assert len(_links(spider, menu, "http://a.test/q", actor="b")) == 2
    assert all(type(k) is int for k in spider._requested)


@pytest.mark.parametrize(("size", "memo"), [("LINK_MEMO_SIZE", "_link_memo"), ("REQUESTED_SIZE", "_requested")])
def test_link_memo_and_record_of_requested_links_are_bounded(size: str, memo: str, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(base, size, 5)
    spider = _spider()
    html = "".join(f'<a href="/stod-{i}">Stöd vid våld {i}</a>' for i in range(12))
    assert len(_links(spider, html)) == 12
    assert len(getattr(spider, memo)) <= 5
