"""Languages the information is offered in, as ISO 639-1 codes.

Sources, in the forms real sites use: ``<html lang>``; ``hreflang``
alternates; links named by the language in Swedish ("Information på
arabiska") or in the language itself (العربية, Soomaali, ትግርኛ); PDFs per
language.  A machine-translation widget adds no language: it is reported by
``extract_machine_translation``.
"""

from __future__ import annotations

import re

from lxml import etree

from matrix.finding import Evidence, Finding, list_finding
from matrix.page import Page
from matrix.prefilter import compile as _gated

# code: (Swedish name stem, names in the language itself and in English)
LANGUAGES: dict[str, tuple[str, ...]] = {
    "sv": ("svenska", "swedish"),
    "en": ("engelska", "english", "in english"),
    "ar": ("arabiska", "العربية", "عربي", "arabic"),
    "so": ("somaliska", "soomaali", "af-soomaali", "somali"),
    "ti": ("tigrinska", "tigrinja", "ትግርኛ", "tigrinya"),
    "am": ("amhariska", "አማርኛ", "amharic"),
    "fa": ("persiska", "farsi", "فارسی", "persian", "dari", "دری"),
    "ps": ("pashto", "پښتو"),
    "ku": ("kurdiska", "kurdî", "kurdi", "kurmancî", "kurmanji", "sorani", "کوردی", "kurdish"),
    "tr": ("turkiska", "türkçe", "turkish"),
    "pl": ("polska", "polski", "polish"),
    "ru": ("ryska", "русский", "russian"),
    "uk": ("ukrainska", "українська", "ukrainian"),
    "fi": ("finska", "suomi", "suomeksi", "finnish"),
    "bs": ("bosniska", "bosanski", "bosnian", "bks", "bosniska/kroatiska/serbiska"),
    "hr": ("kroatiska", "hrvatski", "croatian"),
    "sr": ("serbiska", "srpski", "српски", "serbian"),
    "es": ("spanska", "español", "spanish"),
    "fr": ("franska", "français", "french"),
    "de": ("tyska", "deutsch", "german"),
    "ro": ("rumänska", "română", "romanian"),
    "th": ("thailändska", "ภาษาไทย", "thai"),
    "zh": ("kinesiska", "中文", "chinese"),
    "vi": ("vietnamesiska", "tiếng việt", "vietnamese"),
    "ur": ("urdu", "اردو"),
    "hi": ("hindi", "हिन्दी"),
    "se": ("samiska", "nordsamiska", "davvisámegiella", "sámegiella", "northern sami"),
    "yi": ("jiddisch", "ייִדיש", "yiddish"),
    "et": ("estniska", "eesti", "estonian"),
    "lt": ("litauiska", "lietuvių", "lithuanian"),
    "lv": ("lettiska", "latviešu", "latvian"),
    "sq": ("albanska", "shqip", "albanian"),
    "el": ("grekiska", "ελληνικά", "greek"),
    "pt": ("portugisiska", "português", "portuguese"),
    "it": ("italienska", "italiano", "italian"),
    "hu": ("ungerska", "magyar", "hungarian"),
    "bg": ("bulgariska", "български", "bulgarian"),
    "uz": ("uzbekiska", "oʻzbekcha", "uzbek"),
    "tl": ("tagalog",),
    "sw": ("swahili", "kiswahili"),
    "ka": ("georgiska", "ქართული", "georgian"),
    "hy": ("armeniska", "հայերեն", "armenian"),
    "mn": ("mongoliska", "монгол", "mongolian"),
    "ne": ("nepali", "नेपाली"),
    "bn": ("bengali", "বাংলা"),
    "ta": ("tamil", "தமிழ்"),
}
_NAME_TO_CODE = {name: code for code, names in LANGUAGES.items() for name in names}
_NAMES_RX = _gated(
    r"(?<![\w])(" + "|".join(sorted(map(re.escape, _NAME_TO_CODE), key=len, reverse=True)) + r")(?![\w])",
    re.I,
)
NOT_A_LANGUAGE = _gated(r"l[äa]ttl[äa]st|l[äa]tt svenska|teckenspr[åa]k|andra spr[åa]k|other languages|"
                        r"^\W*(languages?|spr[åa]k)\W*$|"
                            r"v[äa]lj spr[åa]k|select language|spr[åa]kval", re.I)
ISO_RX = _gated(r"^[a-z]{2}$")
# "Informationen finns också på engelska, arabiska och somaliska": translations said in words
OFFERED_IN = _gated(r"\b(finns|publiceras|går att läsa|kan du läsa|information|informationen|broschyren|"
                        r"texten|filmen|sidan)\b[^.]{0,40}?\bpå\b[^.]{0,120}", re.I)
STAFF_SPEAK = _gated(r"\b(pratar|talar|samtal|chatta|chatten|ringa|tolk)\b", re.I)
URL_LANG = _gated(r"[/_.-](ar|so|ti|fa|en|pl|tr|ru|uk|fi|ku|prs|am|bs|es|fr|de)([/_.-]|\.pdf|$)", re.I)
LINK_MAX = 60
HAS_LANG_LINK = etree.XPath("boolean(//a[@lang])")


def _code_for_text(text: str) -> str | None:
    lower = text.lower().strip(" :–-»›")
    if not lower or len(lower) > LINK_MAX or NOT_A_LANGUAGE.search(lower):
        return None
    m = _NAMES_RX.search(lower)
    if not m:
        return None
    # the link must be *about* the language, not a sentence that mentions one
    rest = _NAMES_RX.sub("", lower)
    rest = re.sub(r"\b(information|info|på|in|om|stöd|pdf|broschyr|folder|läs|mer|språk|version|sidan|"
                  r"page|read|more|this|(?:\d+\s*)?kb|mb|hjälp|help|på andra|\(|\)|-|–|,|/|:)\b", " ", rest)
    if len(re.sub(r"[\W\d_]+", "", rest)) > 25:
        return None
    return _NAME_TO_CODE[m.group(1).lower()]


def extract_languages(page: Page) -> Finding:
    """ISO 639-1 codes of the page's own language and the translations it offers."""
    hits: dict[str, list[Evidence]] = {}

    def add(code: str, ev: Evidence) -> None:
        if ISO_RX.match(code):
            hits.setdefault(code, []).append(ev)

    if page.lang:
        add(page.lang, Evidence.of(f'<html lang="{page.tree.get("lang")}">', "html", "languages:html-lang"))
    elif page.is_html is False or page.main_text:
        sample = page.main_text[:2000].lower()
        swedish = len(re.findall(r"\b(och|att|för|som|är|du|vi)\b", sample))
        english = len(re.findall(r"\b(the|and|you|we|is|of|to)\b", sample))
        guess = "en" if english > swedish else ("sv" if swedish else "")
        add(guess, Evidence.of(page.main_text[:120], "text", "languages:detected"))
    for node in page.tree.xpath("//link[@hreflang] | //a[@hreflang]"):
        code = (node.get("hreflang") or "").split("-")[0].lower()
        if code and code != "x":
            add(code, Evidence.of(f'<{node.tag} hreflang="{node.get("hreflang")}" href="{node.get("href")}">',
                                  node.tag, "languages:hreflang"))
    # only link texts holding a language name can name one (one literal scan over all of them)
    links = page.links
    named = set(_NAMES_RX.candidates(page.link_texts))
    # the only other links that can name a language: PDFs and links with a lang attribute (one test each for all)
    pdfs = {i for i, url in enumerate(links.urls) if url.lower().endswith(".pdf")} \
        if ".pdf" in page.link_urls.lower()[0] else set()
    with_lang = {i for i, link in enumerate(links) if link.attrs.get("lang")} if HAS_LANG_LINK(page.tree) else set()
    for i in sorted(named | pdfs | with_lang):
        link = links[i]
        code = _code_for_text(link.text) if i in named else None
        if code is None and link.url.lower().endswith(".pdf"):
            name = re.search(r"[^/]+$", link.url.lower())
            code = _code_for_text(name.group(0).replace("-", " ").replace("_", " ")[:-4]) if name else None
            if code is None and name:
                m = URL_LANG.search(name.group(0))
                code = {"prs": "fa"}.get(m.group(1).lower(), m.group(1).lower()) if m else None
        if code is None and link.attrs.get("lang") and not NOT_A_LANGUAGE.search(link.text):
            # <a lang="en">Other languages</a> is a menu entry, not English content
            code = link.attrs["lang"].split("-")[0].lower() if link.text else None
        if code:
            add(code, Evidence.of(f"<a href={link.url}> {link.text}", "a", "languages:link"))
    for node in page.tree.xpath("//*[@lang][not(self::html)]"):
        code = node.get("lang", "").split("-")[0].lower()
        if code and code not in hits and len(node.text_content().strip()) > 200:
            add(code, Evidence.of(node.text_content(), node.tag, "languages:section-lang"))
    for block in page.blocks:
        for m in OFFERED_IN.finditer(block.text):
            if STAFF_SPEAK.search(m.group(0)):
                continue  # the languages staff speak are not translated information
            for name in _NAMES_RX.findall(m.group(0)):
                code = _NAME_TO_CODE.get(name.lower())
                if code and code != "sv":
                    add(code, Evidence.of(block.text, block.where, "languages:text", m.group(0)))
    return list_finding("languages", hits)
