"""The synthetic web: page sizes, exact page counts, determinism, a valid registry, reachable support pages."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from bench import corpus, webgen
from matrix import lexicon, registry

HREF = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>([^<]*)</a>')


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[webgen.Site]]:
    root = tmp_path_factory.mktemp("web")
    return root, webgen.generate(root, 2026, n_sites=4, pages_per_site=30, seed=7)


def test_page_sizes_are_in_range(web: tuple[Path, list[webgen.Site]]) -> None:
    sizes = [f.stat().st_size for f in web[0].rglob("*.html")]
    assert sizes and min(sizes) >= webgen.MIN_BYTES and max(sizes) <= webgen.MAX_BYTES


def test_each_site_has_exactly_its_pages(web: tuple[Path, list[webgen.Site]]) -> None:
    root, sites = web
    assert {len(list((root / "2026" / s.host).rglob("*.html"))) for s in sites} == {30}


def test_same_seed_same_web(tmp_path: Path, web: tuple[Path, list[webgen.Site]]) -> None:
    webgen.generate(tmp_path, 2026, n_sites=4, pages_per_site=30, seed=7)
    host = web[1][0].host
    for f in sorted((web[0] / "2026" / host).rglob("*.html"))[:5]:
        assert (tmp_path / "2026" / host / f.relative_to(web[0] / "2026" / host)).read_bytes() == f.read_bytes()


def test_registry_loads(tmp_path: Path, web: tuple[Path, list[webgen.Site]]) -> None:
    actors = registry.load(webgen.write_registry(tmp_path / "bench.csv", web[1]))
    assert [a.id for a in actors] == [s.actor_id for s in web[1]]


def test_mix_of_actor_kinds() -> None:
    kinds = [s.kind for s in webgen.plan_sites(500, seed=1)]
    assert (kinds.count("kommun"), kinds.count("region"), kinds.count("jour")) == (290, 21, 189)
    assert len({s.host for s in webgen.plan_sites(500, seed=1)}) == 500


def test_internal_links_resolve(web: tuple[Path, list[webgen.Site]]) -> None:
    root, sites = web
    site_dir = root / "2026" / sites[0].host
    for f in site_dir.rglob("*.html"):
        for href, _text in HREF.findall(f.read_text(encoding="utf-8")):
            if href.startswith("/") and not href.startswith("/sok/"):
                assert webgen.page_file(site_dir, href).is_file(), (f, href)


def test_support_pages_reachable_by_a_focused_crawl(web: tuple[Path, list[webgen.Site]]) -> None:
    """Following only links the spider wants (text or URL path), every support page is reached from home."""
    root, sites = web
    for site in sites:
        site_dir = root / "2026" / site.host
        seen, queue = {"/"}, ["/"]
        while queue:
            html = webgen.page_file(site_dir, queue.pop()).read_text(encoding="utf-8")
            for href, text in HREF.findall(html):
                url = urljoin(f"http://{site.host}/", href)
                parsed = urlparse(url)
                if parsed.hostname != site.host or lexicon.IRRELEVANT_URL.search(url) or parsed.path in seen:
                    continue
                if lexicon.RELEVANT_LINK.search(text) or lexicon.RELEVANT_LINK.search(parsed.path):
                    seen.add(parsed.path)
                    queue.append(parsed.path)
        wanted = {p.path for p in webgen.plan_pages(site, 30) if p.title in {t for t, _s, _l in corpus.SUPPORT_PAGES}}
        assert wanted and wanted <= seen
        assert len(seen) < 30  # focused: most of the site is not followed
