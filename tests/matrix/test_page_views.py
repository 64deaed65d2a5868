"""Fast paths of the page views give what the slow, obvious code gives."""

from __future__ import annotations

import random
from pathlib import Path
from urllib.parse import urljoin

import pytest

from matrix.page import _join_rooted

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["a", "b", "å", "ö", "x.html", "..", ".", "", "-", "%20", "~u", "a;b", "?", "q=1", "#", "frag", ":",
          "@", "a b", "\t", "\\", "/", ".hidden", "a..", "index.php", "&", "=", "é", "\x00", "中"]


def _hrefs() -> list[str]:
    rng = random.Random("rooted")
    out = ["/", "/a", "/a/", "/a//b", "/a/../b", "/a/./b", "/a?", "/a#", "/a?b#c", "/a/b.html?x=1&y=2#top",
           "/./", "/..", "/a/..", "/a?#", "/a#b#c", "/a;p?q", "/a b", "/a\tb", "/å/ö.html"]
    for _ in range(3000):
        out.append("/" + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6))))
    for f in sorted((ROOT / "data" / "demo-web").rglob("*.html"))[:200]:
        text = f.read_text(encoding="utf-8", errors="replace")
        out += [h for h in __import__("re").findall(r'href="(/[^"]*)"', text)]
    return out


@pytest.mark.parametrize("base", ["http://www.ekdala.se.test/omsorg/vald.html", "https://Jour.se:8443/a/b/",
                                  "http://user@host.test/x?y#z"])
def test_rooted_join_equals_urljoin(base: str) -> None:
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    hrefs = _hrefs()
    fast = sum(1 for h in hrefs if _join_rooted((parts.scheme, parts.netloc), h, base) == f"{parts.scheme}://"
               f"{parts.netloc}{h}")
    assert fast > 500, "the fast path is hardly taken: the test proves little"
    wrong = [h for h in hrefs if _join_rooted((parts.scheme, parts.netloc), h, base) != urljoin(base, h)]
    assert not wrong, wrong[:10]


def test_joiner_cache_stays_bounded_and_right() -> None:
    """Root-relative joins are remembered per origin, never more than ROOTED_MAX in all, and equal urljoin."""
    from matrix import page

    rng = random.Random("joiner")
    for i in range(12_000):
        base = f"https://site{i % 60}.test/dir/page.html"
        join = page._Joiner(base)
        href = f"/p{rng.randint(0, 10**6)}/x.html" if i % 3 else "/a/../b"
        assert join(href) == urljoin(base, href)
        assert join(href) == urljoin(base, href)  # the remembered answer too
        assert sum(len(d) for d in page._ROOTED.values()) <= page.ROOTED_MAX
    assert page._ROOTED, "nothing remembered: the cache is not used"


ATTR_NAMES = ["class", "id", "href", "data-x", "aria-label", "role", "title", "data-quick-exit", "rsbtn"]
ATTR_VALUES = ["", "quick-exit", "Quick_Exit btn", "rsbtn_play", "ReadSpeaker", "goog-te-combo", "x weglot y",
               "hide-page", "escape=1", "menu", "ſafe-exit", "&#113;uick-exit", "panic", "https://app.readspeaker.com/x",
               "gtranslate_wrapper", "main"]


def _attribute_page(rng: random.Random) -> str:
    tags = ["div", "a", "button", "input", "span", "script", "nav", "li"]
    out = []
    for _ in range(rng.randint(1, 40)):
        tag = rng.choice(tags)
        attrs = " ".join(f'{rng.choice(ATTR_NAMES)}="{rng.choice(ATTR_VALUES)}"' for _ in range(rng.randint(0, 3)))
        out.append(f"<{tag} {attrs}>t</{tag}>" if tag != "input" else f"<input {attrs}>")
    return f"<html><body class='{rng.choice(ATTR_VALUES)}'>{''.join(out)}</body></html>"


def test_attribute_screen_equals_a_scan_of_each_elements_text() -> None:
    """features._attributed finds exactly the elements whose attribute text holds one of a pattern's literals."""
    from matrix import lexicon
    from matrix.extractors import features as f
    from matrix.page import Page
    from matrix.prefilter import Texts

    uses = [  # pattern, the text the extractor builds per element, which elements it builds it for
        (lexicon.QUICK_EXIT_ATTR, f._attrs_but_href,
         lambda n: n.attrib and n.tag not in ("script", "html", "body"),
         lambda n, name, _v: name != "href" and n.tag not in ("script", "html", "body")),
        (f.TTS_VENDOR, f._attr_text, lambda n: n.tag in f.CLICKABLE,
         lambda n, name, v: n.tag in f.CLICKABLE and (v or name != "href")),
        (f.MT_WIDGET, f._id_class, lambda n: n.get("id") is not None or n.get("class") is not None,
         lambda _n, name, v: v and name in ("id", "class")),
    ]
    rng = random.Random("attributes")
    found = 0
    for _ in range(300):
        page = Page("https://x.test/", _attribute_page(rng))
        for rx, text_of, applies, keep in uses:
            nodes = [n for n in page.tree.iter() if isinstance(n.tag, str) and applies(n)]
            want = [nodes[i] for i in rx.candidates(Texts(text_of(n) for n in nodes))]
            got = f._attributed(page, rx, keep)
            assert got == want, (rx.pattern, [n.tag for n in want], [n.tag for n in got or []])
            found += len(want)
    assert found >= 300


def test_links_are_built_lazily_and_equal_the_obvious_reading() -> None:
    """Each Link, however it is reached (one by index, all by iteration, after the text and URL columns or
    before them), is what the plain code gives: urljoin, the anchor's text or its title, its attributes and
    an uncached walk up its ancestors."""
    from matrix.page import Page, _in_boilerplate, clean

    files = sorted((ROOT / "data" / "demo-web").rglob("*.html"))[:60] + sorted((ROOT / "tests" / "labels" / "pages")
                                                                             .rglob("*.html"))[:60]
    checked = 0
    for n, f in enumerate(files):
        page = Page(f"http://{f.parent.name}.test/x/{f.name}", f.read_bytes())
        anchors = list(page.tree.iter("a"))
        if n % 2:
            page.link_texts, page.link_urls  # noqa: B018 - the columns first
            assert all(link is None for link in page.links._built), "reading the columns built the records"
        order = list(range(len(anchors)))
        random.Random(n).shuffle(order)
        got = {i: page.links[i] for i in order[: len(order) // 2]}  # half by index, in a random order
        if len(anchors) > 3:
            assert sum(link is not None for link in page.links._built) == len(order) // 2
        got.update(enumerate(page.links))  # the rest by iteration (already built ones come back the same)
        for i, a in enumerate(anchors):
            href = (a.get("href") or "").strip()
            url = urljoin(page.url, href) if href and not href.startswith(("javascript:", "#")) else href
            text = clean(a.text_content()) or clean(a.get("title") or a.get("aria-label") or "")
            link = got[i]
            assert (link.url, link.text, link.attrs, link.in_boilerplate) == \
                (url, text, dict(a.items()), _in_boilerplate(a)), (f, i)
            assert page.links.urls[i] == url and page.links.texts[i] == text
            checked += 1
        assert page.links[1:3] == [got[i] for i in range(1, min(3, len(anchors)))]
    assert checked > 1000
