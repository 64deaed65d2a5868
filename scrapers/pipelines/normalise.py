"""Normalise a fetched page: decode the body, parse it once, fill title, lang, text and hash."""

from __future__ import annotations

import hashlib
from typing import Any

from itemadapter import ItemAdapter

from matrix.page import Page
from scrapers.encoding import decode_html
from scrapers.items import PageItem

EXTRACT_PIPELINE = "scrapers.pipelines.extract.ExtractPipeline"
TEXTUAL = ("text/", "application/xhtml", "application/xml", "application/json")


class NormalisePipeline:
    """Decodes with the right encoding (:func:`scrapers.encoding.decode_html`) and parses the page once.

    The parsed :class:`matrix.page.Page` travels to the extract pipeline on
    the item (``_page``) so the HTML is parsed a single time; when the spider
    already parsed the page to follow its links (:func:`parse_page`), that
    parse is reused.

    The main text (``item.text``, boilerplate removed) is left to the extract
    pipeline when it runs: the extractors build the same content blocks, in
    the worker process, so the crawl's reactor thread does not build them twice.
    """

    def __init__(self, text: bool = True) -> None:
        self.text = text  # False: the extract pipeline fills ``item.text``

    @classmethod
    def from_crawler(cls, crawler: Any) -> NormalisePipeline:
        s = crawler.settings
        extract = s.getwithbase("ITEM_PIPELINES").get(EXTRACT_PIPELINE) is not None
        return cls(text=not (extract and s.getbool("VMATRIS_EXTRACT_ENABLED")))

    def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        adapter = ItemAdapter(item)
        item.content_hash = hashlib.sha256(item.body).hexdigest()
        ctype = item.content_type.lower()
        if ctype and not ctype.startswith(TEXTUAL):
            item.html = None
            item.__dict__.pop("_page", None)  # (the spider may have parsed it to follow its links)
            return item
        if looks_binary(item.body):
            item.html = None
            item.__dict__.pop("_page", None)
            item.content_type = f"{item.content_type} (binary content)"
            return item
        page = parse_page(item)
        item.html = page.html
        item.title, item.h1, item.lang = page.title, page.h1, page.lang
        if self.text:
            item.text = page.main_text
        adapter["body"] = b""
        return item


def parse_page(item: PageItem) -> Page:
    """The item's page, parsed once: by the spider when it followed the page's links, else here.

    Decoded here, not by w3lib's declaration-first rule: a wrong charset label must not garble å, ä, ö.
    """
    page = getattr(item, "_page", None)
    if page is None:
        html, item.encoding = decode_html(item.body, item.content_type or None)
        page = Page(item.final_url, html, content_type=item.content_type or None)
        item._page = page  # type: ignore[attr-defined]
    return page


CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})


def looks_binary(body: bytes) -> bool:
    """Whether a body said to be text is binary (an image or a PDF served as text/html): NULs or many controls."""
    head = body[:4096]
    return b"\x00" in head or (len(head) > 64 and sum(head.count(c) for c in CONTROL) > len(head) // 20)
