"""A page parsed once, with the views every extractor needs.

Extractors never parse HTML themselves: they receive a :class:`Page`, so a
page is parsed exactly once however many extractors run (the benchmark
compares this against a bare lxml parse).  The page keeps two views:

* the whole document, for site features that live in headers and footers
  (quick exit, language switchers, a "Lyssna" button);
* the main content with boilerplate removed (navigation, cookie banners,
  footers, "related pages"), for what the page *says* (target groups,
  phone numbers, opening hours), split into text blocks that carry a
  locator so every value can cite where it was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import overload
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from w3lib.encoding import html_to_unicode

from matrix.prefilter import Texts

BOILERPLATE_TAGS = ("header", "nav", "footer", "aside", "noscript", "template", "form")
DROP_TAGS = ("script", "style", "svg", "noscript", "template")
# class/id fragments that mark navigation, banners and repeated blocks.
BOILERPLATE_ATTR = re.compile(
    r"(^|[\s_-])(cookie|cookies|consent|gdpr|breadcrumb|breadcrumbs|menu|megamenu|mega-menu|nav|navbar|"
    r"navigation|footer|site-header|sidebar|widget-area|widget_area|location-header|location-footer|"
    r"mainmenu|topmenu|leftmenu|submenu|toplinks|masthead|sidfot|sidhuvud|related|relaterade|share|social|skiplink|skip-link|toolbar|"
    r"site-header|site-footer|sv-mega|search|sok|pagination|rs_skip|rsbtn|lang-switch|"
    r"language-switcher|quick-exit|exit-this-page|snabbexit|cmplz|cky|puff-list|teaser)($|[\s_-])",
    re.I,
)
MAIN_XPATHS = (
    "//main",
    "//*[@role='main']",
    "//article",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[@id='content' or @id='main' or @id='main-content' or @id='maincontent' or @id='maincol' or "
    "@id='main-col' or @id='primary' or @id='page-content' or @id='contentArea' or @id='content-main']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' main-content ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' page-content ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' content-area ')]",
    # "rv-content", "main-wrapper": the largest such box is still tighter than <body>
    "//*[contains(@id, 'content') or contains(@id, 'main')]",
)
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption")
WS = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Collapse runs of white space: snippets must read as one line.

    ``str.split()`` and ``re``'s ``\\s`` use the same definition of white space (``str.isspace``), so
    this equals ``WS.sub(" ", text).strip()`` (a test checks every code point) at a quarter of the cost.
    """
    return " ".join(text.split()) if text else ""


BREAKING = frozenset(("p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr",
                      "dd", "dt", "section", "article", "header", "footer", "aside", "nav", "table", "address"))


def node_text(node: etree._Element) -> str:
    """Visible text of an element, with a space where block elements meet ("Jourtelefon</h2><p>08-…")."""
    parts: list[str] = []
    _collect(node, parts)
    return clean("".join(parts))


def _collect(el: etree._Element, parts: list[str]) -> None:
    if isinstance(el.tag, str) and el.tag not in DROP_TAGS:
        brk = el.tag in BREAKING
        parts.append(" " if brk else "")
        parts.append(el.text or "")
        for child in el:
            _collect(child, parts)
            parts.append(child.tail or "")
        parts.append(" " if brk else "")


@dataclass(frozen=True)
class Block:
    """One visible text block of the main content, with where it was found."""

    text: str
    where: str
    tag: str
    heading: str = ""
    in_link: bool = False
    link_hrefs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """An ``<a>`` element: resolved URL, text and the attributes that matter."""

    url: str
    text: str
    attrs: dict[str, str] = field(default_factory=dict)
    in_boilerplate: bool = False


def _detect(body: bytes) -> str:
    """UTF-8 if the bytes are valid UTF-8, else Windows-1252 (a superset of ISO-8859-1 in practice)."""
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def decode_body(body: bytes, content_type: str | None = None) -> str:
    """Decode an HTML body: BOM, then the declared encoding, then detection.

    Swedish pages are often served as ISO-8859-1 or Windows-1252 and declared wrongly or not at all;
    a declared encoding that turns å, ä, ö into replacement characters while Windows-1252 reads the
    bytes cleanly is overruled.
    """
    _encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_detect)
    if "\ufffd" in text and b"\xef\xbf\xbd" not in body:
        try:
            alt = body.decode("cp1252")
        except UnicodeDecodeError:
            return text
        if "\ufffd" not in alt:
            return alt
    return text


class Page:
    """A fetched page: URL, HTML and the parsed views extractors share."""

    def __init__(self, url: str, html: str | bytes, *, content_type: str | None = None) -> None:
        self.url = url
        if isinstance(html, bytes):
            html = decode_body(html, content_type)
        self.html = html
        self.is_html = bool(re.search(r"<(html|body|p|div|a|h1)\b", html[:20000], re.I))
        self.tree = _parse(html if self.is_html else _text_to_html(html))
        # per-page results shared between extractors (e.g. the sentence split)
        self.memo: dict[str, object] = {}

    @classmethod
    def from_file(cls, path: str, url: str | None = None) -> Page:
        """Read a saved page (HTML or plain text) from disk."""
        with open(path, "rb") as handle:
            body = handle.read()
        return cls(url or f"file://{path}", body)

    # -- document-wide views -------------------------------------------------
    @cached_property
    def lang(self) -> str:
        """The primary language subtag of ``<html lang>``, lower case, or ''."""
        value = self.tree.get("lang") or self.tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
        return value.split("-")[0].strip().lower()

    @cached_property
    def title(self) -> str:
        node = self.tree.find(".//title")
        return clean(node.text_content()) if node is not None else ""

    @cached_property
    def h1(self) -> str:
        nodes = self.tree.xpath("//h1")
        return clean(nodes[0].text_content()) if nodes else ""

    @cached_property
    def anchor_texts(self) -> list[str]:
        """The visible text of every ``<a>``, in document order: links and the clickables (links, buttons)
        both read it, so it is built once."""
        return [clean(a.text_content()) for a in self.tree.iter("a")]

    @cached_property
    def links(self) -> Links:
        """Every ``<a>`` as a :class:`Link`, in document order (each built when first read)."""
        return Links(self)

    @cached_property
    def link_texts(self) -> Texts:
        """The links' texts joined once, for patterns that pick the few links holding one of their literals
        (:meth:`matrix.prefilter.GatedPattern.candidates`) instead of running on every link."""
        return Texts(self.links.texts)

    @cached_property
    def link_urls(self) -> Texts:
        """The links' resolved URLs joined once, like :attr:`link_texts`."""
        return Texts(self.links.urls)

    @cached_property
    def scripts(self) -> list[tuple[str, str, dict[str, str]]]:
        """(src, inline code, attributes) of every ``<script>``."""
        return [
            (urljoin(self.url, s.get("src")) if s.get("src") else "", s.text or "", dict(s.attrib))
            for s in self.tree.iter("script")
        ]

    # -- main content ---------------------------------------------------------
    @cached_property
    def main(self) -> etree._Element:
        """The main-content element with boilerplate removed (a copy)."""
        root = None
        for xp in MAIN_XPATHS:
            found = self.tree.xpath(xp)
            if found:
                root = max(found, key=lambda n: len(n.text_content()))
                if len(clean(root.text_content())) > 80:
                    break
                root = None
        if root is None:
            root = self.tree.find("body") if self.tree.find("body") is not None else self.tree
        copy = lxml.html.fromstring(lxml.html.tostring(root, encoding="unicode"))
        for node in list(copy.iter(*DROP_TAGS)):
            _drop(node)
        for node in [n for n in copy.iter() if isinstance(n.tag, str) and n is not copy]:
            if node.getparent() is None:
                continue
            if node.tag == "header" and node.xpath(".//h1|.//h2") and not node.xpath(".//nav"):
                continue  # an article's own header ("entry-header") holds its title
            if node.tag == "form" and node.xpath(".//h1"):
                continue  # ASP.NET WebForms wrap the whole page, article included, in one <form>
            if node.tag in BOILERPLATE_TAGS or _attr_is_boilerplate(node):
                _drop(node)
        return copy

    @cached_property
    def blocks(self) -> list[Block]:
        """Visible text blocks of the main content, innermost first, in order."""
        out: list[Block] = []
        heading = ""
        for node in self.main.iter():
            if not isinstance(node.tag, str):
                continue
            tag = node.tag.lower()
            if tag not in BLOCK_TAGS and not (tag == "div" and _has_own_text(node)):
                continue
            if tag in ("li", "td", "dd") and any(
                isinstance(c.tag, str) and c.tag in ("p", "ul", "ol") for c in node
            ):
                text = clean(_own_text(node))
            else:
                text = node_text(node)
            if not text:
                continue
            if tag.startswith("h"):
                heading = text
            hrefs = tuple(a.get("href", "") for a in node.iter("a"))
            link_text = clean(" ".join(a.text_content() for a in node.iter("a")))
            out.append(Block(text, _locator(node), tag, heading, bool(link_text) and link_text == text, hrefs))
        return out

    @cached_property
    def main_text(self) -> str:
        return clean(" ".join(b.text for b in self.blocks))


class Links(Sequence[Link]):
    """A page's ``<a>`` elements as :class:`Link` records, each built the first time it is read.

    Why: the extractors read every link's text and URL (joined into :attr:`Page.link_texts` and
    :attr:`Page.link_urls`, one literal scan each) but the whole record, with its attributes and whether it
    sits in boilerplate (a walk up its ancestors), only for the few links such a scan picks.  :attr:`texts`
    and :attr:`urls` are those two columns for all links, made without the records; a link's record is the
    same whichever is read first.
    """

    def __init__(self, page: Page) -> None:
        self._anchors = list(page.tree.iter("a"))
        self._own_texts = page.anchor_texts
        self._base = page.url
        self._built: list[Link | None] = [None] * len(self._anchors)
        self._boilerplate: dict[etree._Element, bool] = {}  # the ancestor walk's memo, shared by this page's links

    def __len__(self) -> int:
        return len(self._anchors)

    @overload
    def __getitem__(self, i: int) -> Link: ...

    @overload
    def __getitem__(self, i: slice) -> list[Link]: ...

    def __getitem__(self, i: int | slice) -> Link | list[Link]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        link = self._built[i]
        if link is None:
            a = self._anchors[i]
            link = self._built[i] = Link(self.urls[i], self.texts[i], dict(a.items()),  # attribute names: str
                                         _in_boilerplate(a, self._boilerplate))
        return link

    def __iter__(self) -> Iterator[Link]:
        return (self[i] for i in range(len(self)))

    @cached_property
    def texts(self) -> list[str]:
        """Each link's text: its visible text, else its title or aria-label."""
        return [own or clean(a.get("title") or a.get("aria-label") or "")
                for a, own in zip(self._anchors, self._own_texts, strict=True)]

    @cached_property
    def urls(self) -> list[str]:
        """Each link's href resolved against the page's URL (``javascript:`` and ``#`` hrefs as they are)."""
        join = _Joiner(self._base)
        out = []
        for a in self._anchors:
            href = (a.get("href") or "").strip()
            out.append(join(href) if href and not href.startswith(("javascript:", "#")) else href)
        return out


def _parse(html: str) -> etree._Element:
    if not html.strip():
        html = "<html><body></body></html>"
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
        tree = lxml.html.document_fromstring(html or "<html></html>")
    return tree


def _text_to_html(text: str) -> str:
    from html import escape

    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    # a saved text page usually starts with its heading
    first = paras[0].strip() if paras else ""
    head = f"<h1>{escape(paras.pop(0).strip())}</h1>" if first and len(first) < 100 and "\n" not in first else ""
    return "<html><body><main>" + head + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</main></body></html>"


def _attr_is_boilerplate(node: etree._Element) -> bool:
    if not node.attrib:
        return False  # most ancestors (<li>, <ul>, <div>) carry no attribute at all: nothing to read
    if node.get("role") in ("navigation", "banner", "contentinfo", "search", "dialog"):
        return True
    if node.get("aria-hidden") == "true" or node.get("hidden") is not None:
        return True
    if node.get("id") in ("header", "top", "footer"):
        return True  # older table/div layouts: <div id="header">
    if node.get("data-elementor-type") in ("header", "footer", "popup"):
        return True  # Elementor marks its theme header/footer by data attribute; "widget" there is content
    attrs = " ".join(filter(None, (node.get("class"), node.get("id"))))
    return bool(attrs) and bool(BOILERPLATE_ATTR.search(attrs))


def _in_boilerplate(node: etree._Element, memo: dict[etree._Element, bool] | None = None) -> bool:
    """Whether the nearest deciding ancestor of ``node`` is boilerplate (header, nav, ...) rather than
    main content.  ``memo`` (one dict per page) remembers the answer per ancestor, so the links of a
    page share the walk up their common ancestors instead of repeating it."""
    seen: list[etree._Element] = []
    verdict = False
    for anc in node.iterancestors():
        if memo is not None and anc in memo:
            verdict = memo[anc]
            break
        seen.append(anc)
        if not isinstance(anc.tag, str):
            continue
        if anc.tag in ("main", "article"):
            verdict = False
            break
        if anc.tag in ("header", "nav", "footer", "aside") or _attr_is_boilerplate(anc):
            verdict = True
            break
    if memo is not None:
        # every ancestor walked so far gets the same verdict for its own descendants
        for anc in seen:
            memo[anc] = verdict
    return verdict


class _Joiner:
    """``urljoin(base, href)`` for the links of one page, with the same results.

    For an href that starts with one "/" (a root-relative path) ``urljoin`` uses only the base's scheme
    and host, so those joins are shared across the pages of a site (navigation links repeat on every
    page); any other href is joined as before.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        try:
            parts = urlsplit(base)
            self.origin: tuple[str, str] | None = (parts.scheme, parts.netloc)
        except ValueError:
            self.origin = None
        # this origin's joins, looked up by href alone (a tuple key would be built and hashed per link)
        self.rooted = _ROOTED.setdefault(self.origin, {}) if self.origin is not None and base else None

    def __call__(self, href: str) -> str:
        rooted = self.rooted
        if rooted is not None and href[:1] == "/" and href[:2] != "//":
            hit = rooted.get(href)
            if hit is None:
                hit = _join_rooted(self.origin, href, self.base, rooted)  # type: ignore[arg-type]
            return hit
        return urljoin(self.base, href)


# A root-relative href that ``urljoin`` returns unchanged after the base's scheme and host: non-empty path
# segments none of which is "." or "..", then a non-empty query and fragment if any ("/a//b", "/a/../b", "/a?"
# and "/a#" are rewritten by urljoin and take the slow path).  A test compares it with urljoin.
_PLAIN_SEGMENT = r"[\w\-~%!$&'()*+,=:@]+(?:\.[\w\-~%!$&'()*+,=:@]*)*"
PLAIN_ROOTED = re.compile(rf"(?:/{_PLAIN_SEGMENT})+/?(?:\?[^\s#\\]+)?(?:#[^\s#\\]+)?|/")


def _join_rooted(origin: tuple[str, str], href: str, base: str, cache: dict[str, str] | None = None) -> str:
    """Cached on (scheme, host) and href: ``base`` only computes a miss.  ``cache``: the origin's own table."""
    global _rooted_count
    if cache is None:
        cache = _ROOTED.setdefault(origin, {})
    hit = cache.get(href)
    if hit is None:
        if origin[0] in ("http", "https") and origin[1] and PLAIN_ROOTED.fullmatch(href) and href.isprintable():
            hit = cache[href] = f"{origin[0]}://{origin[1]}{href}"
        else:
            hit = cache[href] = urljoin(base, href)
        _rooted_count += 1
        if _rooted_count > ROOTED_MAX:
            # bounded small: a site's menu links repeat on every page, so a few thousand suffice (a page being
            # read keeps its origin's table until it is done: at most that page's links more)
            _ROOTED.clear()
            _rooted_count = 0
    return hit


ROOTED_MAX = 4000  # ~1 MB; the crawl's memory must not grow with the web (bench figure 4)
_ROOTED: dict[tuple[str, str], dict[str, str]] = {}
_rooted_count = 0


def _drop(node: etree._Element) -> None:
    """Remove a node but keep its tail text, which belongs to the parent."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + " " + node.tail
        else:
            parent.text = (parent.text or "") + " " + node.tail
    parent.remove(node)


OWN_BLOCK_CHILDREN = frozenset(("p", "ul", "ol", "div", "table", "dl", "blockquote", "section", "article", "form",
                                "h1", "h2", "h3", "h4", "h5", "h6"))


def _own_text(node: etree._Element) -> str:
    parts = [node.text or ""]
    for child in node:
        if isinstance(child.tag, str) and child.tag in OWN_BLOCK_CHILDREN:
            parts.append(child.tail or "")  # a block of its own (a nested layout table's cells, a heading)
        else:
            parts.append(node_text(child) if isinstance(child.tag, str) else "")
            parts.append(child.tail or "")
    return " ".join(parts)


def _has_own_text(node: etree._Element) -> bool:
    if clean(node.text):
        return True
    return any(clean(c.tail) for c in node)


def _locator(node: etree._Element) -> str:
    parts = []
    for n in [node, *node.iterancestors()]:
        if not isinstance(n.tag, str) or n.tag in ("html", "body"):
            continue
        ident = f"#{n.get('id')}" if n.get("id") else ""
        parts.append(n.tag + ident)
        if ident or len(parts) >= 4:
            break
    return " > ".join(reversed(parts))
