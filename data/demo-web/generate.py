"""Generate the demo web of the fictional county Demolän (2025 and 2026) and its ground truth.

Run: .venv/bin/python data/demo-web/generate.py   (deterministic; the output is committed)

Everything here is fiction: no real organisation's name carries invented content.  Phone numbers
come from the ranges the Swedish regulator PTS reserves for fiction (08-465 004 00–99,
031-390 06 00–99, 0980-319 200–299), e-mail addresses use the reserved `.test` domain.
Sites are built the way real ones are: Sitevision-like municipal sites (mega-menu, breadcrumbs,
cookie banner, many irrelevant pages), a large region site, WordPress-like shelter sites.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

from demo_content import ACTORS, CHANGES, KOMMUNER, SITES, sid

HERE = Path(__file__).resolve().parent
YEARS = (2025, 2026)
DEMO_NOTE = "Demodata – fiktiv webbplats för vmatris. Innehållet är påhittat."


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# -- page chrome -------------------------------------------------------------------------------
def sitevision(site: dict, page: dict, year: int) -> str:
    """A Sitevision-like municipal page: cookie banner, mega-menu, breadcrumbs, related pages, footer."""
    name = site["name"]
    menu = "".join(
        f'<li class="sv-mega-item"><a href="{href}">{esc(label)}</a><ul>'
        + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in sub) + "</ul></li>"
        for label, href, sub in site.get("menu_by_year", {}).get(year, site["menu"]))
    crumbs = " / ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in page.get("crumbs", []))
    related = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in page.get("related", []))
    tools = site.get("tools", {}).get(year, site.get("tools", {}).get("all", ""))
    return f"""<!DOCTYPE html>
<html lang="{page.get('lang', 'sv')}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page['title'])} - {esc(name)}</title>
<link rel="stylesheet" href="/sitevision/system-resource/css/sv-layout.css">
{page.get('head', '')}{site.get('head', {}).get(year, '')}
</head>
<body class="sv-responsive">
<div id="cookie-banner" class="sv-cookie-consent" role="dialog" aria-label="Kakor">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för besöksstatistik.
<a href="/om-webbplatsen/kakor.html">Läs mer om kakor</a></p>
<button type="button" class="cookie-accept">Godkänn alla</button> <button type="button" class="cookie-close">Stäng</button>
</div>
<a class="sv-skip-link" href="#content">Till innehållet</a>
<header class="sv-header site-header">
<a class="logo" href="/"><img src="/images/logo.svg" alt="{esc(name)}"></a>
<div class="sv-toolbar">{tools}</div>
<form class="sv-search" action="/sok.html"><label>Sök <input name="query"></label></form>
<nav class="sv-megamenu" aria-label="Huvudmeny"><ul>{menu}</ul></nav>
</header>
<div class="breadcrumbs">{crumbs}</div>
<div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid10_{sid(page['path'])}">
<main id="content">
{page['body']}
<p class="updated">Senast uppdaterad: {page.get('updated', f'{year}-03-14')}</p>
</main>
</div>
<aside class="sv-related"><h2>Relaterade sidor</h2><ul>{related}</ul></aside>
<footer class="sv-footer">
<p>{esc(name)}, 999 00 {esc(site['town'])}. Växel: {site['switchboard']}. E-post: {site['email']}</p>
<p><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a>
<a href="/om-webbplatsen.html">Om webbplatsen</a></p>
<p class="demo">{DEMO_NOTE}</p>
</footer>
{site.get('tail', {}).get(year, '')}
</body>
</html>
"""


def wordpress(site: dict, page: dict, year: int) -> str:
    """A WordPress-like shelter page: top bar, entry-content, widgets, footer."""
    menu = "".join(f'<li class="menu-item"><a href="{h}">{esc(t)}</a></li>' for t, h in site["menu"].get(year, site["menu"]["all"]))
    widgets = site.get("widgets", {}).get(year, site.get("widgets", {}).get("all", ""))
    top = site.get("topbar", {}).get(year, site.get("topbar", {}).get("all", ""))
    return f"""<!DOCTYPE html>
<html lang="{page.get('lang', 'sv-SE')}">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page['title'])} – {esc(site['name'])}</title>
<link rel="stylesheet" href="/wp-content/themes/jouren/style.css?ver=6.4">
{page.get('head', '')}{site.get('head', {}).get(year, '')}
</head>
<body class="page-template-default page">
<div class="top-bar">{top}</div>
<header id="masthead" class="site-header">
<p class="site-title"><a href="/">{esc(site['name'])}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{menu}</ul></nav>
</header>
<div id="content" class="site-content">
<article class="page type-page">
<header class="entry-header"><h1 class="entry-title">{esc(page['h1'])}</h1></header>
<div class="entry-content">
{page['body']}
</div>
</article>
<aside id="secondary" class="widget-area">{widgets}</aside>
</div>
<footer id="colophon" class="site-footer">
<p>{esc(site['name'])} · Org.nr 802000-0000 · Bankgiro 000-0000 · {site['email']}</p>
<p class="demo">{DEMO_NOTE}</p>
</footer>
{site.get('tail', {}).get(year, '')}
</body>
</html>
"""


RENDER = {"sitevision": sitevision, "wordpress": wordpress, "region": sitevision}


# -- output ------------------------------------------------------------------------------------
def write_site(root: Path, site: dict, year: int) -> int:
    host_dir = root / site["host"]
    count = 0
    for page in site["pages"](year):
        if page is None:
            continue
        path = page["path"]
        target = host_dir / (path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if "raw" in page:
            data = page["raw"]
            target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        else:
            page.setdefault("h1", page["title"])
            target.write_text(RENDER[site["kind"]](site, page, year), encoding="utf-8")
        count += 1
    for name, text in site.get("files", lambda y: {})(year).items():
        (host_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (host_dir / name).write_text(text, encoding="utf-8")
    return count


def _registry_catchment(actor: dict, services: list[dict]) -> None:
    """The roll-up rule (matrix.services.default_catchment): a municipality's own service whose pages name no
    area covers the municipalities of its registry row."""
    names = dict(KOMMUNER)
    if actor["sektor"] in ("kommun", "kommungemensam"):
        for service in services:
            if not service["catchment"]:
                service["catchment"] = [names[c] for c in actor["kommunkoder"].split(";") if c in names]


def main() -> None:
    for year in YEARS:
        root = HERE / str(year)
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        total = 0
        for site in SITES:
            total += write_site(root, site, year)
        print(f"{year}: {len(SITES)} sites, {total} files")
    truth_root = HERE / "truth"
    if truth_root.exists():
        shutil.rmtree(truth_root)
    for year in YEARS:
        (truth_root / str(year)).mkdir(parents=True)
        for actor in ACTORS:
            truth = actor["truth"](year)
            _registry_catchment(actor, truth["services"])
            data = {"actor_id": actor["id"], "year": year, "site": truth["site"], "services": truth["services"]}
            (truth_root / str(year) / f"{actor['id']}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (truth_root / "changes.json").write_text(json.dumps(CHANGES, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
    registry = HERE.parent / "sources" / "demo.csv"
    cols = ["id", "name", "huvudman", "sektor", "lan_code", "kommunkoder", "website", "start_urls",
            "allowed_domains", "notes"]
    lines = [",".join(cols)]
    for a in ACTORS:
        lines.append(",".join(a[c] if "," not in a[c] else f'"{a[c]}"' for c in cols))
    registry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kommuner = HERE.parent / "sources" / "demo.kommuner.csv"
    kommuner.write_text("municipality_code,municipality_name_short,county_code\n"
                        + "".join(f"{code},{name},99\n" for code, name in KOMMUNER), encoding="utf-8")


if __name__ == "__main__":
    main()
