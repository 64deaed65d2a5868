"""The meta-refresh middleware skips pages without a refresh, and still follows every real one."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from scrapers.middlewares import MetaRefreshMiddleware

FILLER = "<p>Stöd för dig som är utsatt för våld i nära relation.</p>" * 40


def _mw() -> MetaRefreshMiddleware:
    return MetaRefreshMiddleware.from_crawler(get_crawler())


def _response(html: str, encoding: str = "utf-8") -> HtmlResponse:
    body = html.encode(encoding)
    return HtmlResponse("http://kommun.se.test/a", body=body, encoding=encoding,
                        headers={"Content-Type": f"text/html; charset={encoding}"},
                        request=Request("http://kommun.se.test/a"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "iso-8859-1"])
def test_a_meta_refresh_is_followed_in_any_encoding(encoding: str) -> None:
    html = (f'<html><head><meta charset="{encoding}"><META HTTP-EQUIV="Refresh" content="0; url=/ny-sida">'
            f"</head><body>{FILLER}</body></html>")
    out = _mw().process_response(Request("http://kommun.se.test/a"), _response(html, encoding))
    assert isinstance(out, Request)
    assert out.url == "http://kommun.se.test/ny-sida"


def test_a_page_without_refresh_comes_back_unchanged_and_undecoded() -> None:
    response = _response(f"<html><head><title>Våld</title></head><body>{FILLER}</body></html>")
    out = _mw().process_response(Request("http://kommun.se.test/a"), response)
    assert out is response
    assert response._cached_ubody is None  # Scrapy's decoded text was never built


def test_refresh_words_late_in_the_page_are_ignored_as_by_scrapy() -> None:
    # past the first 4,096 characters Scrapy does not look either: both answer "no redirect"
    html = f'<html><head></head><body>{FILLER * 3}<meta http-equiv="refresh" content="0; url=/x"></body></html>'
    out = _mw().process_response(Request("http://kommun.se.test/a"), _response(html))
    assert isinstance(out, HtmlResponse)
