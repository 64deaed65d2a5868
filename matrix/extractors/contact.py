"""Contact: phone numbers (normalised with ``phonenumbers``), 24/7 lines,
chat and e-mail.

Numbers come from the main content and from contact boxes, which sites
often place in a side column; the site footer (the municipal switchboard)
and fax or bank numbers are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from lxml import etree

from matrix import lexicon as lx
from matrix.extractors.groups import _about_violence
from matrix.finding import Evidence, Finding, bool_finding, list_finding
from matrix.page import Page, _locator, node_text
from matrix.prefilter import Texts
from matrix.prefilter import compile as _gated

CONTACT_BOX = _gated(r"contact|kontakt|jourtelefon|phone|telefon|hotline|stodlinje|sv-contact|jour-?info", re.I)
NATIONAL_ELSEWHERE = _gated(
    r"kvinnofridslinjen|\b112\b|polisen|1177|bris\b|terrafem|n[äa]tverket ?tris|origo|rfsl|"
    r"socialjour|brottsofferjouren(s)? (st[öo]dlinje|nationella)|n[äa]r det [äa]r akut|vid akut fara|"
    r"jourhavande (pr[äa]st|medm[äa]nniska)|mind|killinjen|ungarelationer|hedersförtryck\.se|"
    r"stödlinjen för|väktare|nationell",
    re.I,
)
# words that name a support line for people exposed to violence (hours and 24/7 lines outside the matrix — bygglov,
# the water utility's fault line — are not recorded)
SUPPORT_LINE = _gated(r"jour|\bchatt|kvinnofrid|familjefrid|v[åa]ld|st[öo]dlinje|st[öo]dchatt|tjejchatt|helpline|"
                      r"violence|crisis line", re.I)
# "Du kan också ringa Kvinnojouren i Karlstad": another organisation's line
ALSO_ELSEWHERE = _gated(r"\b(också|även)\b[^.]{0,20}\b(ringa|kontakta|vända dig till|chatta med)\b", re.I)
# "08.00-16.00" and "kl 13.15" read as phone numbers to a lenient matcher
TIME_LIKE = _gated(r"^\d{1,2}[.:]\d{2}(\s*[-–—]\s*\d{1,2}([.:]\d{2})?)?$|^\d{1,2}[.:]\d{2}\b")
LINE_CUE = _gated(r"telefon|jour|linje|\bring|ringa|n[åa]s\b|n[åa]r (oss|du)|svarar|chatt|samtal|\bcall\b|"
                      r"helpline|hotline|\bsms\b|الخط|اتصل|تماس", re.I)
# harmonised European numbers (116 006 for victims of crime, 116 111 for children) that phonenumbers
# does not know as Swedish
HARMONISED = _gated(r"(?<![\d-])116\s?(\d{3})(?![\d-])")
WIDGET = _gated(r"(^|[\s_-])(widget|sidebar|box|puff|card|infobox|factbox|fakta)($|[\s_-])", re.I)
CONTACT_HEADING = _gated(r"jourtelefon|kontakt|ring oss|telefon|[öo]ppettider|[öo]ppet|n[åa] oss|chatt|"
                             r"st[öo]dlinje|journummer|hotline|helpline|contact", re.I)
# national short numbers sites cite (1177, the police's 114 14); a cue before them tells them from a postcode
# ("114 14 Stockholm") or a web address ("1177.se")
SHORT_NUMBER = _gated(r"(?i:ring|ringa|telefon|tel\.?|nummer|numret|p[åa]|call|phone|polisen)\W{1,3}"
                      r"(?:\w+\W{1,3}){0,3}?(?<![\d-])(1177|114 ?14)(?![\d-]|\.\w)")
EMAIL = _gated(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
SENTENCE_END = _gated(r"(?<=[.!?])\s+")
CHAT = _gated(r"\bchatt(a|en|ar)?\b|\bchat\b|st[öo]dchatt", re.I)


def contact_texts(page: Page) -> Iterator[tuple[str, str]]:
    """(text, locator) of the main content's blocks and of contact boxes anywhere."""
    cached = page.memo.get("contact_texts")
    if cached is None:
        items = [(b.text, b.where) for b in page.blocks if not (b.tag == "div" and len(b.text) > 600)]
        seen = {t for t, _ in items}
        for node, attrs in _box_candidates(page):
            if not (CONTACT_BOX.search(attrs) or _is_contact_widget(node, attrs)) or _in_footer(node):
                continue
            if len(node_text(node)) >= 1500:
                continue
            for text in _box_texts(node):
                if text and text not in seen:
                    seen.add(text)
                    items.append((text, _locator(node)))
        page.memo["contact_texts"] = cached = items
    return iter(cached)  # type: ignore[arg-type]


BOX_CANDIDATES = etree.XPath("//*[@class or @id or self::aside]")


def _box_candidates(page: Page) -> list[tuple[etree._Element, str]]:
    """(element, "class id") of the elements that can be a contact box, in document order.

    A box is named by its class or id (:data:`CONTACT_BOX`, :data:`WIDGET`) or is an ``<aside>``; an element
    with neither attribute reads as " ", which neither pattern matches.  XPath selects the elements carrying
    one in C, and one literal scan of all their attribute strings (:class:`matrix.prefilter.Texts`) leaves
    only those a pattern can match, instead of two pattern calls per element of the page.
    """
    nodes = [n for n in BOX_CANDIDATES(page.tree) if n.tag not in ("script", "style", "body", "html", "main")]
    attrs = [f"{n.get('class', '')} {n.get('id', '')}" for n in nodes]
    texts = Texts(attrs)
    keep = set(CONTACT_BOX.candidates(texts)) | set(WIDGET.candidates(texts))
    return [(n, a) for i, (n, a) in enumerate(zip(nodes, attrs, strict=True)) if i in keep or n.tag == "aside"]


BOX_BLOCKS = ("p", "li", "dd", "dt", "td", "address", "h2", "h3", "h4", "h5")


def _box_texts(node) -> list[str]:
    """A contact box's text, one piece per paragraph, so that "Telefontid mån–fre 9–15" and the next
    paragraph's "Nationella stödlinjen: 116 006" are not read as one sentence; the heading goes with the
    first paragraph, which it names ("Jourtelefon" + "Ring oss: …")."""
    blocks = [b for b in node.iter(*BOX_BLOCKS) if _outermost(b, node)]
    texts = [node_text(b) for b in blocks]
    texts = [t for t in texts if t]
    if not texts:
        return [node_text(node)]
    if blocks[0].tag in ("h2", "h3", "h4", "h5") and len(texts) > 1:
        texts = [f"{texts[0]} {texts[1]}", *texts[2:]]
    return texts


def _outermost(block, box) -> bool:
    """No other paragraph-level element between ``block`` and its contact ``box``."""
    for ancestor in block.iterancestors():
        if ancestor is box:
            return True
        if ancestor.tag in BOX_BLOCKS:
            return False
    return True


def about_support(page: Page) -> bool:
    """Whether the page's hours and lines can be a support service's: the page speaks of violence, a contact text
    names a support line ("Familjefrid", "Jourtelefon"), or it is a translated page (Arabic, Persian …) of a
    Swedish site.  Bygglov's telefontid and the water utility's fault line are not."""
    cached = page.memo.get("about_support")
    if cached is None:
        cached = page.memo["about_support"] = (
            _about_violence(page) or any(SUPPORT_LINE.search(t) for t, _ in contact_texts(page))
            or page.lang not in ("sv", "en", ""))
    return cached  # type: ignore[return-value]


def _is_contact_widget(node, attrs: str) -> bool:
    """A side box whose heading says it holds contact details ("Jourtelefon", "Kontakta oss", "Öppettider").

    WordPress and Sitevision sites put the service's phone and hours in a widget whose class says nothing
    (``widget widget_text``); its heading is what a visitor reads.
    """
    if node.tag != "aside" and not WIDGET.search(attrs):
        return False
    heading = next((h for h in node.iter("h2", "h3", "h4", "h5", "strong", "b") if (h.text_content() or "").strip()),
                   None)
    return heading is not None and bool(CONTACT_HEADING.search(heading.text_content()))


def _in_footer(node) -> bool:
    """Inside the site header or footer ("sidfot"), a menu or a cookie banner: a number there is the site's, not
    the page's (the labeling rules).  <body> and <html> are not asked: themes put layout
    flags on <body> ("et_pb_footer_columns3") that say nothing about where a box is."""
    return any(
        isinstance(a.tag, str) and a.tag not in ("body", "html")
        and (a.tag in ("footer", "nav", "header") or a.get("role") in ("banner", "contentinfo")
             or re.search(r"footer|sidfot|cookie", f"{a.get('class', '')} {a.get('id', '')}", re.I))
        for a in [node, *node.iterancestors()]
    )


DIGIT = re.compile(r"\d")
MIN_NUMBER_DIGITS = 4  # no numbering plan in phonenumbers' metadata has a national number shorter (a test checks)


def _may_hold_number(text: str) -> bool:
    """Whether ``text`` has the digits a valid number needs.  phonenumbers' matcher only reads digit runs
    (any script's digits, no vanity letters), and costs ~100 µs a text: most texts have no number."""
    pos = 0
    for _ in range(MIN_NUMBER_DIGITS):
        m = DIGIT.search(text, pos)
        if m is None:
            return False
        pos = m.end()
    return True


def extract_phone_numbers(page: Page) -> Finding:
    """Phone numbers in E.164 (+46…), first-seen order, fax and bank numbers excluded."""
    hits: dict[str, list[Evidence]] = {}
    for text, where in contact_texts(page):
        for match in (phonenumbers.PhoneNumberMatcher(text, "SE", leniency=phonenumbers.Leniency.VALID)
                      if _may_hold_number(text) else ()):
            before = text[max(0, match.start - 30) : match.start]
            if lx.FAX_CUE.search(before) or TIME_LIKE.match(match.raw_string):
                continue
            number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            window = text[max(0, match.start - 120) : match.end + 60]
            hits.setdefault(number, []).append(Evidence.of(window, where, "phone:matcher", match.raw_string))
        for m in SHORT_NUMBER.finditer(text):
            hits.setdefault("+46" + m.group(1).replace(" ", ""), []).append(
                Evidence.of(text, where, "phone:short-number", m.group(1)))
        for m in HARMONISED.finditer(text):
            hits.setdefault(f"+46116{m.group(1)}", []).append(Evidence.of(text, where, "phone:harmonised",
                                                                          m.group(0)))
    tel = [i for i, url in enumerate(page.links.urls) if url.startswith("tel:")] \
        if "tel:" in page.link_urls.raw()[0] else []
    for link in map(page.links.__getitem__, tel):
        if not link.in_boilerplate:
            try:
                num = phonenumbers.parse(link.url[4:], "SE")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
                hits.setdefault(e164, []).append(Evidence.of(f"<a href={link.url}> {link.text}", "a", "phone:tel-link"))
    return list_finding("phone_numbers", hits)


def extract_hotline_24h(page: Page) -> Finding:
    """A line of the service's own open around the clock ("dygnet runt", "00–24").  Only on pages about
    violence and support: the water utility's fault-report line is staffed "dygnet runt" too."""
    ev: list[Evidence] = []
    if not about_support(page):
        return bool_finding("hotline_24h", ev)
    for text, where in contact_texts(page):
        previous = ""
        for sentence in SENTENCE_END.split(text):
            m = lx.HOTLINE_24H.search(sentence)
            context, previous = previous + " " + sentence, sentence
            if (not m or NATIONAL_ELSEWHERE.search(context) or lx.OTHER_SERVICES.search(context.lower())
                    or ALSO_ELSEWHERE.search(sentence)):
                continue
            if not LINE_CUE.search(context):
                continue  # "boendet är bemannat dygnet runt": staffing, not a line to call
            if re.search(r"\b(inte|ej)\b[^.]{0,20}" + re.escape(m.group(0)), sentence, re.I):
                continue
            ev.append(Evidence.of(sentence, where, "hotline_24h:text", m.group(0)))
    return bool_finding("hotline_24h", ev)


def extract_contact_channels(page: Page) -> Finding:
    """Chat and e-mail channels published in the main content (not scored)."""
    hits: dict[str, list[Evidence]] = {}
    for text, where in contact_texts(page):
        for m in EMAIL.finditer(text):
            hits.setdefault(f"mailto:{m.group(0).lower()}", []).append(Evidence.of(text, where, "contact:email",
                                                                                  m.group(0)))
        m = CHAT.search(text)
        if m:
            hits.setdefault("chat", []).append(Evidence.of(text, where, "contact:chat", m.group(0)))
    return list_finding("contact_channels", hits)
