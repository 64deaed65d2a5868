"""Normalise a fetched page: decode the body, parse it once, fill title, lang, text and hash."""

from __future__ import annotations

import hashlib

from itemadapter import ItemAdapter

from matrix.page import Page
from scrapers.items import PageItem

TEXTUAL = ("text/", "application/xhtml", "application/xml", "application/json")


class NormalisePipeline:
    """Decodes with the right encoding (BOM, header, meta, then detection) and parses the page once.

    The parsed :class:`matrix.page.Page` travels to the extract pipeline on
    the item (``_page``) so the HTML is parsed a single time.
    """

    def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        adapter = ItemAdapter(item)
        item.content_hash = hashlib.sha256(item.body).hexdigest()
        ctype = item.content_type.lower()
        if ctype and not ctype.startswith(TEXTUAL):
            item.html = None
            return item
        if b"\x00" in item.body[:4096]:
            item.html = None
            item.content_type = f"{item.content_type} (binary content)"
            return item
        page = Page(item.final_url, item.body, content_type=item.content_type or None)
        item.html = page.html
        item.title, item.h1, item.lang = page.title, page.h1, page.lang
        item.text = page.main_text
        adapter["body"] = b""
        item._page = page  # type: ignore[attr-defined]
        return item
