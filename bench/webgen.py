"""A synthetic national web, generated deterministically from a seed, and its source registry.

Why synthetic: the benchmark must run without internet and give the same web
every time, at the size of the whole country (about 290 municipalities, 21
regions and 190 shelters, 150 pages each).  Each page is 30-120 KB like a
real municipal page: inline scripts and styles, a mega-menu, breadcrumbs, a
cookie banner and a footer around a short article; most pages are
irrelevant, and a violence and support section is reachable by the link texts
and URLs real sites use, so the focused crawl does the work it does live.
Sites use the real kommunkoder (the registry validates them) with fictional
``.test`` host names served by :func:`vmatris.demo_server.serve`.
"""

from __future__ import annotations

import base64
import csv
import random
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from bench import corpus
from matrix import kommuner

MIN_BYTES, MAX_BYTES = 30_000, 120_000
FIELDS = ("id", "name", "huvudman", "sektor", "lan_code", "kommunkoder", "website", "start_urls",
          "allowed_domains", "notes")
SECTIONS = {"kommun": corpus.KOMMUN_SECTIONS, "region": corpus.REGION_SECTIONS, "jour": corpus.JOUR_SECTIONS}
FIXED = (("/kontakta-oss/", "Kontakta oss"), ("/lattlast.html", "Lättläst"),
         ("/other-languages.html", "Other languages"), ("/om-webbplatsen/kakor.html", "Om kakor"))


@dataclass(frozen=True)
class Site:
    """One actor of the synthetic web: its registry row and its host."""

    actor_id: str
    name: str
    sektor: str
    kind: str
    lan_code: str
    kommunkoder: tuple[str, ...]
    host: str
    town: str


@dataclass(frozen=True)
class PagePlan:
    """One page of a site: path, title, section (-1: none) and the path of its parent."""

    path: str
    title: str
    section: int
    parent: str


def slugify(text: str) -> str:
    """ASCII URL slug of Swedish text (``Våld i nära relationer`` -> ``vald-i-nara-relationer``)."""
    text = text.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def plan_sites(n_sites: int, seed: int) -> list[Site]:
    """The actors, in the national mix (58% kommun, 4% region, rest shelters), shuffled so any prefix is a mix."""
    index = kommuner.real()
    codes = sorted(index.by_name.values())
    name_of = {c: n for n, c in index.by_name.items()}
    lans = sorted(set(index.lan_of.values()))
    lan_names = kommuner.lan_names()
    n_region = max(1, round(n_sites * 21 / 500))
    n_kommun = min(len(codes), round(n_sites * 290 / 500))
    n_jour = n_sites - n_region - n_kommun
    sites = []
    for i in range(n_kommun):
        code = codes[i * len(codes) // n_kommun]
        name = name_of[code]
        host = f"www.{slugify(name)}.se.test"
        if any(s.host == host for s in sites):  # Habo and Håbo share a slug
            host = f"www.{slugify(name)}-{code}.se.test"
        sites.append(Site(f"kommun_{code}_{slugify(name).replace('-', '_')}", f"{name} kommun", "kommun", "kommun",
                          index.lan_of[code], (code,), host, name))
    for i in range(n_region):
        lan = lans[i % len(lans)]
        members = tuple(c for c in codes if index.lan_of[c] == lan)
        name = f"Region {lan_names.get(lan, lan)}"
        sites.append(Site(f"region_{lan}_{i}", name, "region", "region", lan, members,
                          f"www.region-{lan}-{i}.se.test", name_of[members[0]]))
    for i in range(n_jour):
        code = codes[(i * 7) % len(codes)]
        kind = ("Kvinnojouren", "Tjejjouren", "Brottsofferjouren")[i % 3]
        town = name_of[code]
        sites.append(Site(f"jour_{slugify(kind)}_{slugify(town).replace('-', '_')}_{i}", f"{kind} {town}",
                          "ideburen", "jour", index.lan_of[code], (code,), f"{slugify(kind)}-{slugify(town)}-{i}.test",
                          town))
    random.Random(seed).shuffle(sites)
    return sites


def plan_pages(site: Site, n_pages: int) -> list[PagePlan]:
    """Exactly ``n_pages`` pages: home, fixed pages, section indexes, the support subsection, then topics."""
    sections = SECTIONS[site.kind]
    pages = [PagePlan("/", site.name, -1, "")]
    pages += [PagePlan(path, title, -1, "/") for path, title in FIXED]
    pages += [PagePlan(f"/{slug}/", title, i, "/") for i, (title, slug, _share) in enumerate(sections)]
    support = f"/{sections[0][1]}/{corpus.SUPPORT_PAGES[0][1]}/"
    pages.append(PagePlan(support, corpus.SUPPORT_PAGES[0][0], 0, f"/{sections[0][1]}/"))
    pages += [PagePlan(f"{support}{slug}.html", title, 0, support) for title, slug, _ in corpus.SUPPORT_PAGES[1:]]
    rest = max(0, n_pages - len(pages))
    bounds = list(accumulate(share for _t, _s, share in sections))
    for k in range(rest):
        i = min(bisect_right(bounds, (k + 0.5) / rest * bounds[-1]), len(sections) - 1)
        topic = corpus.TOPICS[k % len(corpus.TOPICS)]
        title = topic if k < len(corpus.TOPICS) else f"{topic} {k // len(corpus.TOPICS) + 1}"
        pages.append(PagePlan(f"/{sections[i][1]}/{slugify(title)}.html", title, i, f"/{sections[i][1]}/"))
    return pages[:n_pages]


class Renderer:
    """Renders the pages of one site; the filler pool is shared so a page costs microseconds, not random calls."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.pool = base64.b64encode(rng.randbytes(MAX_BYTES)).decode("ascii")
        self.css = "".join(f".c{i}{{margin:{i % 9}px;padding:{i % 5}px;color:#{i % 4096:03x}}}" for i in range(4000))

    def page(self, site: Site, plan: PagePlan, pages: list[PagePlan], rng: random.Random) -> str:
        """One page's HTML, padded with inline style and script to a size drawn from 30-120 KB."""
        target = rng.randint(MIN_BYTES, MAX_BYTES)
        body = "".join((corpus.COOKIE_BANNER, self._header(site, pages), self._crumbs(plan, pages),
                        self._main(site, plan, pages, rng), self._footer(site)))
        head = f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{plan.title} - {site.name}</title>'
        tail = "</body></html>\n"
        used = len((head + body + tail).encode()) + 100
        pad = max(0, target - used)
        style = self.css[: pad // 3]
        start = rng.randrange(len(self.pool) // 2)
        script = self.pool[start: start + pad - len(style)]
        while len(script) < pad - len(style):
            script += self.pool[: pad - len(style) - len(script)]
        return (f"{head}<style>{style}</style></head><body><script>var svData=\"{script}\";</script>"
                f"{body}{tail}")

    @staticmethod
    def _header(site: Site, pages: list[PagePlan]) -> str:
        parts = ['<header class="site-header"><a class="skip-link" href="#content">Till innehållet</a>',
                 '<div class="toolbar"><a href="/lattlast.html">Lättläst</a> <a href="/other-languages.html">Other '
                 'languages</a> <button class="rsbtn">Lyssna</button> <a href="/sok/?q=">Sök</a></div>']
        if site.kind == "jour":
            parts.append('<a class="quick-exit" href="https://www.google.se/">Lämna sidan snabbt</a>')
        parts.append('<nav class="megamenu" aria-label="Huvudmeny"><ul>')
        for i, (title, slug, _share) in enumerate(SECTIONS[site.kind]):
            kids = [p for p in pages if p.section == i and p.path != f"/{slug}/"][:8]
            items = "".join(f'<li><a href="{p.path}">{p.title}</a></li>' for p in kids)
            parts.append(f'<li><a href="/{slug}/">{title}</a><ul class="sub">{items}</ul></li>')
        parts.append("</ul></nav></header>")
        return "".join(parts)

    @staticmethod
    def _crumbs(plan: PagePlan, pages: list[PagePlan]) -> str:
        by_path = {p.path: p for p in pages}
        chain, node = [], plan
        while node.parent:
            node = by_path[node.parent]
            chain.insert(0, f'<a href="{node.path}">{node.title}</a>')
        return f'<nav class="breadcrumbs" aria-label="Du är här">{" / ".join(chain)} / {plan.title}</nav>'

    def _main(self, site: Site, plan: PagePlan, pages: list[PagePlan], rng: random.Random) -> str:
        parts = [f'<main id="content"><h1>{plan.title}</h1>']
        support = {slug: lines for _t, slug, lines in corpus.SUPPORT_PAGES}
        key = plan.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
        if key in support:
            other = corpus.TOWN_PARTS[len(site.town) % len(corpus.TOWN_PARTS)] + "by"
            for line in support[key]:
                tel = f"0{rng.randint(10, 990)}-{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                parts.append(f"<p>{line.format(k=site.town, k2=other, tel=tel, h='8.00–12.00')}</p>")
        for _ in range(rng.randint(3, 12)):
            parts.append(f"<p>{' '.join(rng.choices(corpus.FILLER_WORDS, k=rng.randint(40, 110))).capitalize()}.</p>")
        children = [p for p in pages if p.parent == plan.path]
        if plan.path == "/":
            children = rng.sample(pages[1:], min(8, len(pages) - 1))
            support_path = next(p.path for p in pages if p.title == corpus.SUPPORT_PAGES[0][0])
            parts.append(f'<p><a class="shortcut" href="{support_path}">Stöd och hjälp</a></p>')
        elif not children:
            siblings = [p for p in pages if p.parent == plan.parent and p.path != plan.path]
            parts.append('<aside class="related"><h2>Relaterade sidor</h2><ul>' + "".join(
                f'<li><a href="{p.path}">{p.title}</a></li>' for p in rng.sample(siblings, min(4, len(siblings))))
                + "</ul></aside>")
        parts.append("<ul class='puff-list'>" + "".join(f'<li><a href="{p.path}">{p.title}</a></li>' for p in children)
                     + "</ul>")
        parts.append("<p class='updated'>Senast uppdaterad: 12 mars 2026</p></main>")
        return "".join(parts)

    @staticmethod
    def _footer(site: Site) -> str:
        return (f'<footer class="site-footer"><p>{site.name}, Box 100, 999 99 {site.town}. Växel 0999-10 00 00. '
                "Besökstider måndag–fredag 8–16.</p><ul><li><a href=\"/kontakta-oss/\">Kontakta oss</a></li>"
                '<li><a href="/om-webbplatsen/kakor.html">Kakor</a></li><li><a href="https://www.facebook.com/">'
                'Facebook</a></li><li><a href="https://www.instagram.com/">Instagram</a></li></ul></footer>')


def page_file(site_dir: Path, path: str) -> Path:
    """Where the demo server looks for ``path``: folders serve their ``index.html``."""
    return site_dir / path.strip("/") / "index.html" if path.endswith("/") else site_dir / path.lstrip("/")


def generate(root: Path, year: int, n_sites: int, pages_per_site: int, seed: int = 2026) -> list[Site]:
    """Write ``root/<year>/<host>/...`` for ``n_sites`` sites; returns the sites (their registry rows)."""
    renderer = Renderer(seed)
    sites = plan_sites(n_sites, seed)
    for n, site in enumerate(sites):
        rng = random.Random(seed * 1_000_003 + n)
        pages = plan_pages(site, pages_per_site)
        site_dir = root / str(year) / site.host
        for plan in pages:
            out = page_file(site_dir, plan.path)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(renderer.page(site, plan, pages, rng), encoding="utf-8")
        (site_dir / "robots.txt").write_text("User-agent: *\nDisallow: /sok/\n", encoding="utf-8")
    return sites


def write_registry(path: Path, sites: list[Site]) -> Path:
    """The source registry CSV (docs/CONVENTIONS.md) for ``sites``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        for s in sites:
            url = f"http://{s.host}/"
            writer.writerow({"id": s.actor_id, "name": s.name, "huvudman": s.name, "sektor": s.sektor,
                             "lan_code": s.lan_code, "kommunkoder": ";".join(s.kommunkoder), "website": url,
                             "start_urls": url, "allowed_domains": s.host, "notes": "synthetic benchmark site"})
    return path
