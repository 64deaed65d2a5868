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
