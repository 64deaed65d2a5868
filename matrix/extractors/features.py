"""Site features a visitor meets: quick exit, hide-your-visit advice, easy-read,
sign language, talking web and machine translation.

These live in headers, buttons and scripts as often as in the text, so they
read the whole document, not only the main content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from matrix import lexicon as lx
from matrix.finding import Evidence, Finding, bool_finding
from matrix.page import Page, _locator, clean
from matrix.prefilter import GatedPattern, Texts
from matrix.prefilter import compile as _gated

CLICKABLE = ("a", "button", "input")
# scripts can be large: lower-case them once and match case-sensitively
QUICK_EXIT_SCRIPT_LC = _gated(lx.QUICK_EXIT_SCRIPT.pattern)
QUICK_EXIT_KEYS_LC = _gated(lx.QUICK_EXIT_KEYS.pattern.replace("Escape", "escape").replace("Esc", "esc")
                                .replace("Shift", "shift").replace("keyCode", "keycode"))
LOCATION_REPLACE_LC = _gated(lx.LOCATION_REPLACE.pattern.replace("replaceState", "replacestate"))
NEGATED_FEATURE = _gated(r"\b(saknar|saknas|inte|ej|finns inte|kommer snart)\b", re.I)


def _clickables(page: Page) -> list[tuple[etree._Element, str]]:
    cached = page.memo.get("clickables")
    if cached is None:
        anchors = iter(page.anchor_texts)  # the <a> elements come in the same document order
        cached = page.memo["clickables"] = [
            (node, (next(anchors) if node.tag == "a" else clean(node.text_content()))
             or clean(node.get("value") or node.get("aria-label") or node.get("title")))
            for node in page.tree.iter(*CLICKABLE)]
    return cached  # type: ignore[return-value]


def _texts(page: Page, key: str, texts: Iterator[str]) -> Texts:
    """Many small texts of the page, joined once, so a pattern's literal scan picks the few that can match
    instead of a loop running the pattern on each (see :class:`matrix.prefilter.Texts`)."""
    cached = page.memo.get(key)
    if cached is None:
        cached = page.memo[key] = Texts(texts)
    return cached  # type: ignore[return-value]


def _block_texts(page: Page) -> Texts:
    return _texts(page, "block_text", (b.text for b in page.blocks))


def _all_attrs(page: Page) -> list[tuple[etree._Element, str]]:
    cached = page.memo.get("all_attrs")
    if cached is None:
        cached = page.memo["all_attrs"] = [
            (node, _attrs_but_href(node))
            for node in page.tree.iter() if isinstance(node.tag, str) and node.tag not in ("script", "html", "body")
            and node.attrib]
    return cached  # type: ignore[return-value]


def _attrs_but_href(node: etree._Element) -> str:
    return " ".join(f"{k}={v}" for k, v in node.attrib.items() if isinstance(k, str) and k != "href")


ATTRIBUTED = etree.XPath("//*[@*]")


def _attribute_parts(page: Page) -> tuple[Texts, list[tuple[etree._Element, str]]]:
    """Every attribute of the page as two texts, its name then its value, and the (element, name) of each
    attribute (text ``i`` belongs to attribute ``i // 2``), in document order."""
    cached = page.memo.get("attribute_parts")
    if cached is None:
        parts: list[str] = []
        owners: list[tuple[etree._Element, str]] = []
        for node in ATTRIBUTED(page.tree):
            for name, value in node.items():
                parts += (name, value)
                owners.append((node, name))
        cached = page.memo["attribute_parts"] = (Texts(parts), owners)
    return cached  # type: ignore[return-value]


def _attributed(page: Page, rx: GatedPattern, keep: Callable[[etree._Element, str, bool], bool]
                ) -> list[etree._Element] | None:
    """Elements, in document order, with an attribute whose name or value holds one of ``rx``'s literals and
    that ``keep(element, attribute name, is_value)`` says the caller's text is made of.

    Why: the callers test a text built from some of an element's attributes ("name=value name=value") on
    every element; building those texts for the ~100 elements of a page costs more than the tests.  A literal
    without a space or "=" cannot span two attributes or a name and its value, so an element whose text can
    match has such an attribute, and one literal scan of all names and values finds them.  None when ``rx``'s
    literals do not allow this (the caller then tests every element).
    """
    literals = rx.literals
    if literals is None or any(ch in lit for lit in literals for ch in " =\n"):
        return None
    texts, owners = _attribute_parts(page)
    found: dict[etree._Element, None] = {}
    for i in rx.candidates(texts):
        node, name = owners[i // 2]
        if node not in found and keep(node, name, bool(i % 2)):
            found[node] = None
    return list(found)


def _attr_text(node: etree._Element) -> str:
    return f"{_attrs_but_href(node)} {node.get('href') or ''}"


def extract_quick_exit(page: Page) -> Finding:
    """A link, button or script that leaves the site at once."""
    ev: list[Evidence] = []
    clickables = _clickables(page)
    for i in lx.QUICK_EXIT_TEXT.candidates(_texts(page, "clickable_text", (t for _n, t in clickables))):
        node, text = clickables[i]
        if text and len(text) < 80 and lx.QUICK_EXIT_TEXT.search(text):
            ev.append(Evidence.of(f"<{node.tag}> {text}", _locator(node), "quick_exit:text"))
    screened = _attributed(page, lx.QUICK_EXIT_ATTR,
                           lambda node, name, _value: name != "href" and node.tag not in ("script", "html", "body"))
    if screened is None:
        attributes = _all_attrs(page)
        screened = [attributes[i][0] for i in lx.QUICK_EXIT_ATTR.candidates(
            _texts(page, "attr_text", (a for _n, a in attributes)))]
    for node in screened:
        attrs = _attrs_but_href(node)
        m = lx.QUICK_EXIT_ATTR.search(attrs)
        if m:
            ev.append(Evidence.of(f"<{node.tag} {attrs}>", _locator(node), "quick_exit:attribute", m.group(0)))
            break
    for src, code, attrs in page.scripts:
        joined = " ".join(f"{k}={v}" for k, v in attrs.items()).lower()
        lower = code.lower()
        if src and QUICK_EXIT_SCRIPT_LC.search(src.lower()):
            ev.append(Evidence.of(f"<script src={src}>", "script", "quick_exit:script-file"))
        elif QUICK_EXIT_SCRIPT_LC.search(joined) or (code and QUICK_EXIT_SCRIPT_LC.search(lower)):
            ev.append(Evidence.of(code or joined, "script", "quick_exit:script-config", "exit"))
        # the cheap literal test first: scripts are long and keys ("esc", "shift") are everywhere in them
        elif code and not LOCATION_REPLACE_LC.absent(lower) and QUICK_EXIT_KEYS_LC.search(lower) \
                and LOCATION_REPLACE_LC.search(lower):
            ev.append(Evidence.of(code, "script", "quick_exit:keyboard", "replace"))
    return bool_finding("quick_exit", ev)


def extract_hide_visit_advice(page: Page) -> Finding:
    """Advice on hiding the visit: clearing history, private browsing."""
    ev = []
    for i in lx.HIDE_VISIT.candidates(_block_texts(page), lower=True):
        block = page.blocks[i]
        m = lx.HIDE_VISIT.search(block.text.lower())
        if m:
            ev.append(Evidence.of(block.text, block.where, "hide_visit:text", m.group(0)))
    if not ev:
        urls = _texts(page, "link_url_words", (url.replace("-", " ") for url in page.links.urls))
        for i in sorted({*lx.HIDE_VISIT.candidates(page.link_texts, lower=True),
                         *lx.HIDE_VISIT.candidates(urls, lower=True)}):
            link = page.links[i]
            m = lx.HIDE_VISIT.search(link.text.lower()) or lx.HIDE_VISIT.search(link.url.lower().replace("-", " "))
            if m:
                ev.append(Evidence.of(f"<a href={link.url}> {link.text}", "a", "hide_visit:link", m.group(0)))
    return bool_finding("hide_visit_advice", ev)


def _feature(page: Page, rx: re.Pattern[str], name: str, url_rx: re.Pattern[str] | None = None) -> list[Evidence]:
    ev: list[Evidence] = []
    links = set(rx.candidates(page.link_texts))
    if url_rx is not None:
        links.update(url_rx.candidates(page.link_urls))
    for i in sorted(links):
        link = page.links[i]
        m = rx.search(link.text) or (url_rx.search(link.url) if url_rx else None)
        if m and not NEGATED_FEATURE.search(link.text):
            ev.append(Evidence.of(f"<a href={link.url}> {link.text}", "a", f"{name}:link", m.group(0)))
    for i in rx.candidates(_block_texts(page)):
        block = page.blocks[i]
        if block.tag.startswith("h") or len(block.text) < 200:
            m = rx.search(block.text)
            if m and not NEGATED_FEATURE.search(block.text):
                ev.append(Evidence.of(block.text, block.where, f"{name}:text", m.group(0)))
    return ev


TTS_TEXT = _gated(r"talande webb|få (texten|sidan) uppläst|lyssna på (texten|sidan)", re.I)
MT_WIDGET = _gated(r"google_translate|goog-te|gtranslate|translate-widget|weglot", re.I)
TTS_BUTTON = _gated(r"(lyssna|lyssna på (sidan|texten)|läs upp|lyssna/tala|listen)\.?")
TTS_VENDOR = _gated(r"readspeaker|rsbtn|browsealoud|webreader", re.I)
EASY_READ_URL = _gated(r"l(a|ae|ä)ttl(a|ae|ä)st|easy-?read|latt-?svenska", re.I)
SIGN_URL = _gated(r"teckensprak|teckenspråk|sign-?language", re.I)


def extract_easy_read(page: Page) -> Finding:
    """Easy-read Swedish: the page is lättläst or links to lättläst information."""
    return bool_finding("easy_read", _feature(page, lx.EASY_READ, "easy_read", EASY_READ_URL))


def extract_sign_language(page: Page) -> Finding:
    """Sign language: a teckenspråk video or link."""
    ev = _feature(page, lx.SIGN_LANGUAGE, "sign_language", SIGN_URL)
    for node in page.tree.iter("iframe", "video", "source", "track"):
        label = " ".join(filter(None, (node.get("title"), node.get("aria-label"), node.get("src"),
                                       node.get("srclang"), clean(node.text_content()))))
        m = lx.SIGN_LANGUAGE.search(label) or SIGN_URL.search(label)
        if m or (node.get("srclang") or "").lower() in ("sgn", "swl"):
            ev.append(Evidence.of(f"<{node.tag}> {label}", _locator(node), "sign_language:media"))
    return bool_finding("sign_language", ev)


def extract_text_to_speech(page: Page) -> Finding:
    """Talking web: a ReadSpeaker-style "Lyssna" button or its script."""
    ev: list[Evidence] = []
    clickables = _clickables(page)
    texts = _texts(page, "clickable_text", (t for _n, t in clickables))
    # _attr_text holds every attribute of a clickable but the name "href"
    vendor = _attributed(page, TTS_VENDOR,
                         lambda node, name, value: node.tag in CLICKABLE and (value or name != "href"))
    if vendor is None:
        vendor_at = set(TTS_VENDOR.candidates(Texts(_attr_text(n) for n, _t in clickables)))
    else:
        position = {node: i for i, (node, _t) in enumerate(clickables)} if vendor else {}
        vendor_at = {position[node] for node in vendor}
    for i in sorted({*TTS_BUTTON.candidates(texts, lower=True), *vendor_at}):
        (node, text), attrs = clickables[i], _attr_text(clickables[i][0])
        if TTS_BUTTON.fullmatch(text.lower()) or (lx.TTS_ATTR.search(attrs) and TTS_VENDOR.search(attrs)):
            ev.append(Evidence.of(f"<{node.tag}> {text} {attrs}", _locator(node), "text_to_speech:button"))
    for src, code, _attrs in page.scripts:
        if re.search(r"readspeaker|browsealoud|webreader", src + code[:2000], re.I):
            ev.append(Evidence.of(f"<script src={src}>", "script", "text_to_speech:script"))
    for i in TTS_TEXT.candidates(_block_texts(page)):
        block = page.blocks[i]
        m = TTS_TEXT.search(block.text)
        if m and not NEGATED_FEATURE.search(block.text):
            ev.append(Evidence.of(block.text, block.where, "text_to_speech:text", m.group(0)))
    return bool_finding("text_to_speech", ev)


def _id_class(node: etree._Element) -> str:
    return f"{node.get('id', '')} {node.get('class', '')}"


def extract_machine_translation(page: Page) -> Finding:
    """A machine-translation widget (reported apart from human translations)."""
    ev: list[Evidence] = []
    for src, code, attrs in page.scripts:
        blob = src + " " + code[:5000] + " " + " ".join(attrs.values())
        m = lx.MACHINE_TRANSLATION.search(blob)
        if m:
            ev.append(Evidence.of(blob, "script", "machine_translation:script", m.group(0)))
    widgets = _attributed(page, MT_WIDGET, lambda _node, name, value: value and name in ("id", "class"))
    if widgets is None:
        ids = page.tree.xpath("//*[@id or @class]")
        widgets = [ids[i] for i in MT_WIDGET.candidates(Texts(_id_class(n) for n in ids))]
    for node in widgets:
        attrs = _id_class(node)
        if MT_WIDGET.search(attrs):
            ev.append(Evidence.of(f"<{node.tag} {attrs.strip()}>", _locator(node), "machine_translation:widget"))
            break
    for i in sorted({*lx.MACHINE_TRANSLATION.candidates(page.link_urls),
                     *lx.TRANSLATE_TEXT.candidates(page.link_texts)}):
        link = page.links[i]
        if lx.MACHINE_TRANSLATION.search(link.url) or lx.TRANSLATE_TEXT.search(link.text):
            ev.append(Evidence.of(f"<a href={link.url}> {link.text}", "a", "machine_translation:link"))
    return bool_finding("machine_translation", ev)
