"""Build the demo web of the fictional county Demolän (län 99): two yearly snapshots, registry and ground truth.

Run from the repository root (Python 3.11, stdlib only; deterministic, the output is committed):

    python data/demo-web-next/build_demo_web.py

Writes ``data/demo-web/{2025,2026}/<host>/...`` (the static sites), ``data/demo-web/truth/`` (what a careful
human coder records per actor and year, and the changes between the years), ``data/demo-web/kommuner.csv``
and the registry ``data/sources/demo.csv``.

Everything is fiction.  Municipality names are not real Swedish municipalities.  Phone numbers come from
the ranges the Swedish regulator PTS reserves for use in fiction (08-465 004 00–99, 031-390 06 00–99,
040-628 04 00–99, 0980-319 200–299, 070-174 06 05–99); e-mail addresses use the reserved ``.test`` domain.
The texts were written for this demo, after reading how real Swedish sites phrase these things.

The sites are described once, as they look in 2025 (``site_*`` functions).  ``changes_2026`` turns a deep
copy of the 2025 description into 2026, so every difference between the years is written down in one place.
"""

from __future__ import annotations

import copy
import csv
import html
import io
import json
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
YEARS = (2025, 2026)
DEMO_NOTE = "Demodata – fiktiv webbplats för vmatris. Organisationer, personer och telefonnummer är påhittade."

KOMMUNER = [("9901", "Norrvik"), ("9902", "Sjöbacka"), ("9903", "Ekdala"), ("9904", "Granvik"),
            ("9905", "Lövhamra"), ("9906", "Tallmo")]
ALL_NAMES = [name for _, name in KOMMUNER]
ALL_CODES = ";".join(code for code, _ in KOMMUNER)

# hosts
NORRVIK, SJOBACKA, EKDALA, GRANVIK = "www.norrvik.se.test", "www.sjobacka.se.test", "www.ekdala.se.test", "www.granvik.se.test"
LOVHAMRA, TALLMO, REGION = "www.lovhamra.se.test", "www.tallmo.se.test", "www.regiondemolan.se.test"
FAMILJEFRID, LJUSGLIMTEN = "www.familjefrid-sodra.se.test", "www.kvinnojouren-ljusglimten.se.test"
STJARNAN, MANSCENTRUM, STODCENTRUM = "www.tjejjouren-stjarnan.se.test", "www.manscentrum-demolan.se.test", "www.stodcentrum-demolan.se.test"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def num(text: str) -> int:
    """A stable small number derived from a text (for Sitevision-like ids and dates)."""
    return zlib.crc32(text.encode("utf-8"))


# -- small valid files ---------------------------------------------------------------------------------------------
def minimal_pdf(line: str, lang: str) -> bytes:
    """A one-page PDF with one line of (ASCII) text and a /Lang entry; byte offsets in the xref are exact."""
    text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 11 Tf 36 60 Td ({text}) Tj ET".encode("ascii")
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /Lang ({lang}) >>".encode("ascii"),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 120] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode("ascii") + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{o:010d} 00000 n \n".encode("ascii") for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


# -- the page tree -------------------------------------------------------------------------------------------------
def page(title: str, body: str, **extra: object) -> dict:
    """One HTML page: its <title>/<h1> text, main content and options (h1, lead, lang, dir, head, related, hidden)."""
    return {"title": title, "body": body, **extra}


def parent_of(path: str, pages: dict) -> str | None:
    """The nearest existing page above ``path`` in the URL hierarchy (``/a/b/c.html`` → ``/a/b.html`` or ``/a/b/``)."""
    if path == "/":
        return None
    stem = path[:-5] if path.endswith(".html") else path.rstrip("/")
    while stem.count("/") > 1:
        stem = stem.rsplit("/", 1)[0]
        for candidate in (stem + ".html", stem + "/"):
            if candidate in pages and candidate != path:
                return candidate
    return "/"


def children_of(path: str, pages: dict) -> list[str]:
    return [p for p, pg in pages.items() if "raw" not in pg and not pg.get("hidden") and p != "/"
            and parent_of(p, pages) == path]


def crumbs_of(path: str, pages: dict) -> list[str]:
    trail = []
    cur = parent_of(path, pages)
    while cur is not None:
        trail.append(cur)
        cur = parent_of(cur, pages)
    return list(reversed(trail))


def link(href: str, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def year_value(value: object, year: int) -> object:
    """Site options may be given per year as {2025: ..., 2026: ...}; anything else is the same both years."""
    if isinstance(value, dict) and set(value) <= set(YEARS):
        return value.get(year, "")
    return value


def on_pages(site: dict, key: str, path: str, year: int) -> str:
    """A chrome fragment that some sites show only on their violence pages (``<key>_on`` = path prefixes)."""
    fragment = year_value(site.get(key, ""), year) or ""
    prefixes = year_value(site.get(key + "_on"), year)
    if fragment and prefixes and not any(path.startswith(p) for p in prefixes):
        return ""
    return str(fragment)


# -- Sitevision-like chrome (municipalities, the region, the joint service) ----------------------------------------
COOKIE_SV = ("<div class=\"sv-cookie-consent env-modal-dialog\" role=\"dialog\" aria-labelledby=\"cookie-rubrik\">"
             "<h2 id=\"cookie-rubrik\">Vi använder kakor</h2><p>{text} "
             "<a href=\"/om-webbplatsen/kakor.html\">Läs mer om hur vi använder kakor</a></p>"
             "<button type=\"button\" class=\"env-button\" data-consent=\"all\">Godkänn alla kakor</button> "
             "<button type=\"button\" class=\"env-button env-button--secondary\" data-consent=\"necessary\">"
             "Endast nödvändiga</button></div>")


ACTIVE = ' class="active"'
# the usual order of a municipal mega-menu (path prefixes); sections not listed come last, alphabetically
MENU_ORDER = ("/stod-och-hjalp", "/omsorg", "/stod-och-omsorg", "/socialt-stod", "/vard-och-halsa", "/forskola", "/bygga",
              "/kultur", "/trafik", "/kollektivtrafik", "/regional", "/kommun-och-politik", "/politik", "/jobba")


def sitevision(site: dict, path: str, pg: dict, year: int) -> str:
    pages = site["pages"]
    top = [p for p in children_of("/", pages) if pages[p].get("menu", True) and "lang" not in pages[p]]
    top.sort(key=lambda p: next((i for i, w in enumerate(MENU_ORDER) if p.startswith(w)), len(MENU_ORDER)))
    mega = []
    for section in top:
        subs = "".join(f"<li class=\"sv-mega-sub\">{link(c, pages[c]['title'])}</li>"
                       for c in children_of(section, pages) if pages[c].get("menu", True))
        mega.append(f"<li class=\"sv-mega-item\">{link(section, pages[section]['title'])}"
                    f"<div class=\"sv-mega-panel\"><ul>{subs}</ul></div></li>")
    trail = crumbs_of(path, pages)
    crumbs = "".join(f"<li>{link(c, 'Start' if c == '/' else pages[c]['title'])}</li>" for c in trail)
    crumbs += f"<li aria-current=\"page\">{esc(pg['title'])}</li>" if path != "/" else ""
    sub = ""
    if path != "/":
        section_pages = children_of(path, pages) or children_of(parent_of(path, pages) or "/", pages)
        if parent_of(path, pages) == "/" and not children_of(path, pages):
            section_pages = []
        if section_pages:
            sub = ("<nav class=\"sv-vertical-navigation\" aria-label=\"Undermeny\"><ul>"
                   + "".join(f"<li{ACTIVE if s == path else ''}>{link(s, pages[s]['title'])}</li>"
                             for s in section_pages) + "</ul></nav>")
    related = ""
    if pg.get("related"):
        related = ("<aside class=\"sv-related-links\"><h2>Relaterade sidor</h2><ul>"
                   + "".join(f"<li>{link(h, t)}</li>" for t, h in pg["related"]) + "</ul></aside>")
    lead = f"<p class=\"normal-ingress\">{pg['lead']}</p>" if pg.get("lead") else ""
    h1 = pg.get("h1", pg["title"])
    heading = f"<h1 class=\"heading\">{esc(h1)}</h1>" if h1 else ""
    updated = pg.get("updated") or f"{year}-{1 + num(path) % 9:02d}-{10 + num(path + 'd') % 18:02d}"
    lang = pg.get("lang", "sv")
    dir_attr = f' dir="{pg["dir"]}"' if pg.get("dir") else ""
    svid = f"{num(site['host'] + path) % 100000:05d}"
    title = esc(pg["title"]) + (" - " + esc(site["name"]) if path != "/" else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}"{dir_attr} class="sv-no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="generator" content="Sitevision">
<link rel="stylesheet" href="/sitevision/system-resource/c7e0d4/css/portlets.css">
<link rel="stylesheet" href="/webapp-resource/4.4f81e0/css/{site['theme']}.css">
{pg.get('head', '')}{year_value(site.get('head', ''), year)}
<script src="/sitevision/system-resource/c7e0d4/js/jquery.js"></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
</head>
<body class="sv-responsive {site['theme']}">
{COOKIE_SV.format(text=site['cookie'])}
<a class="sv-skip-link" href="#huvudinnehall">Hoppa till huvudinnehållet</a>
<header class="sv-layout header" id="svid10_{svid}1">
<div class="header__top">{on_pages(site, 'exit', path, year)}
<a class="header__logo" href="/"><img src="/images/18.{svid}/logotyp.svg" alt="{esc(site['name'])}, till startsidan"></a>
<div class="header__tools sv-toolbar">{year_value(site.get('tools', ''), year)}</div>
<form class="header__search" action="/sok.html" method="get" role="search"><label for="sok">Sök på webbplatsen</label>
<input id="sok" name="query" type="search"><button type="submit">Sök</button></form>
</div>
<nav class="sv-megamenu" aria-label="Huvudmeny"><button type="button" class="sv-megamenu__toggle" aria-expanded="false">Meny</button>
<ul>{''.join(mega)}</ul></nav>
</header>
<nav class="sv-breadcrumbs" aria-label="Brödsmulor"><ol>{crumbs}</ol></nav>
<div class="sv-layout sv-grid-main" id="svid10_{svid}2">
{sub}
<main id="huvudinnehall" class="sv-layout sv-template-portlet">
<div class="sv-text-portlet sv-use-margins"><div class="sv-text-portlet-content">
{heading}
{lead}
{pg['body']}
</div></div>
<p class="sv-updated">Senast uppdaterad: {updated}</p>
</main>
{related}
</div>
<footer class="sv-layout footer">
<div class="footer__contact"><h2>Kontakta oss</h2><p>{esc(site['name'])}<br>{esc(site['address'])}<br>
Telefon: {site['switchboard']}<br>E-post: {site['email']}</p><p>{site.get('footer_hours', 'Kontaktcenter har öppet vardagar 8–16.')}</p></div>
<div class="footer__links"><ul><li><a href="/om-webbplatsen.html">Om webbplatsen</a></li>
<li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/kakor.html">Kakor</a></li></ul></div>
<p class="demo-note">{DEMO_NOTE}</p>
</footer>
{year_value(site.get('tail', ''), year)}
</body>
</html>
"""


# -- WordPress-like chrome (the idéburna organisations) ------------------------------------------------------------
def wordpress(site: dict, path: str, pg: dict, year: int) -> str:
    pages = site["pages"]
    items = []
    for text, href, subs in year_value(site["menu"], year):
        sub = ""
        if subs:
            sub = "<ul class=\"sub-menu\">" + "".join(
                f"<li class=\"menu-item\">{link(h, t)}</li>" for t, h in subs) + "</ul>"
        current = " current-menu-item" if href == path else ""
        items.append(f"<li class=\"menu-item menu-item-type-post_type{current}\">{link(href, text)}{sub}</li>")
    page_id = num(site["host"] + path) % 900 + 10
    lang = pg.get("lang", "sv-SE")
    dir_attr = f' dir="{pg["dir"]}"' if pg.get("dir") else ""
    h1 = pg.get("h1", pg["title"])
    heading = f"<header class=\"entry-header\"><h1 class=\"entry-title\">{esc(h1)}</h1></header>" if h1 else ""
    title = (esc(pg["title"]) + " – " if path != "/" else "") + esc(site["name"])
    posts = "".join(f"<li>{link(h, t)}</li>" for t, h in year_value(site.get("posts", []), year))
    widgets = year_value(site.get("widgets", ""), year)
    if posts:
        widgets += f"<section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Läs mer</h2><ul>{posts}</ul></section>"
    assert pages[path] is pg
    return f"""<!DOCTYPE html>
<html lang="{lang}"{dir_attr}>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/{site['theme']}/style.css?ver=2.3.1" media="all">
<link rel="https://api.w.org/" href="http://{site['host']}/wp-json/">
{pg.get('head', '')}{year_value(site.get('head', ''), year)}
</head>
<body class="page-template-default page page-id-{page_id} wp-custom-logo">
<div id="cookie-law-info-bar" class="cli-bar" role="dialog"><span>{site['cookie']}
<a role="button" class="cli_settings_button">Inställningar</a> <a role="button" id="cookie_action_close_header" class="cli_action_button">Acceptera</a></span></div>
<div class="top-bar">{year_value(site.get('topbar', ''), year)}</div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Hoppa till innehåll</a>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/{site['logo']}" class="custom-logo" alt="{esc(site['name'])}"></a>
<p class="site-title"><a href="/" rel="home">{esc(site['name'])}</a></p><p class="site-description">{esc(site['tagline'])}</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Huvudmeny"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Meny</button>
<ul id="primary-menu" class="menu">{''.join(items)}</ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
{heading}
<div class="entry-content">
{pg['body']}
</div>
</article>
</main>
<aside id="secondary" class="widget-area">{widgets}</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">{site['footer']}</div>
<p class="demo-note">{DEMO_NOTE}</p>
</footer>
</div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{year_value(site.get('tail', ''), year)}
</body>
</html>
"""


RENDERERS: dict[str, Callable[[dict, str, dict, int], str]] = {"sitevision": sitevision, "wordpress": wordpress}


# == shared municipal content: the many pages that have nothing to do with violence ===============================
def municipal_filler(town: str, care: tuple[str, str], variant: int) -> dict:
    """Sections and pages every municipal site has: building, schools, culture, traffic, politics, jobs, about.

    ``care`` is the (path stem, title) of the social-care section, which differs between sites; ``variant``
    picks between two phrasings so the sites do not read alike.
    """
    v = variant % 2
    c, ctitle = care
    pages = {
        "/bygga-bo-och-miljo.html": page("Bygga, bo och miljö", "<p>Här hittar du information om bygglov, avfall, vatten och avlopp, energi och natur i " + town + ".</p>", lead="Allt om att bygga, bo och leva hållbart i kommunen."),
        "/bygga-bo-och-miljo/bygglov.html": page("Bygglov", "<p>Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. För vissa åtgärder räcker det med en anmälan.</p><p>Handläggningstiden är normalt högst tio veckor från det att ansökan är komplett.</p>"),
        "/bygga-bo-och-miljo/bygglov/ansok-om-bygglov.html": page("Ansök om bygglov", "<p>Ansök via e-tjänsten. Bifoga situationsplan, fasadritningar och planritning i skala. Avgiften tas ut enligt kommunens taxa.</p><p>" + ("Har du frågor? Bygglovshandläggarna har telefontid tisdag och torsdag 9–11." if v else "Frågor om din ansökan besvaras av bygglovsenheten via kommunens kontaktcenter.") + "</p>"),
        "/bygga-bo-och-miljo/avfall-och-atervinning.html": page("Avfall och återvinning", "<p>Hushållsavfallet hämtas varannan vecka. Matavfall sorterar du i den bruna påsen. Grovavfall och farligt avfall lämnar du på återvinningscentralen.</p>"),
        "/forskola-och-skola.html": page("Förskola och skola", "<p>Förskola, grundskola, gymnasium och vuxenutbildning i " + town + ".</p>"),
        "/forskola-och-skola/forskola.html": page("Förskola", "<p>Barn från ett års ålder kan få plats i förskola. Ansök senast fyra månader innan du behöver platsen.</p>"),
        "/forskola-och-skola/grundskola.html": page("Grundskola", "<p>Skolvalet till förskoleklass och årskurs 7 görs i januari. Läsåret börjar i mitten av augusti.</p>"),
        "/forskola-och-skola/grundskola/skolskjuts.html": page("Skolskjuts", "<p>Elever som har lång väg till skolan kan ha rätt till skolskjuts. Avståndsgränsen är två kilometer för årskurs F–3 och fyra kilometer för årskurs 4–9.</p>"),
        "/" + c + ".html": page(ctitle, "<p>Här hittar du information om stöd, omsorg och hjälp från kommunen.</p>", lead="Kommunen ger stöd till dig som behöver hjälp i vardagen."),
        "/" + c + "/aldreomsorg.html": page("Äldreomsorg", "<p>Hemtjänst, trygghetslarm, dagverksamhet och särskilt boende för äldre. Du ansöker hos biståndshandläggaren.</p>"),
        "/" + c + "/stod-till-personer-med-funktionsnedsattning.html": page("Stöd till personer med funktionsnedsättning", "<p>Du som har en funktionsnedsättning kan ha rätt till insatser enligt LSS eller socialtjänstlagen, till exempel ledsagning, daglig verksamhet eller bostad med särskild service.</p><p>Kontakta en LSS-handläggare via kontaktcenter.</p>"),
        "/" + c + "/ekonomiskt-bistand.html": page("Ekonomiskt bistånd", "<p>Försörjningsstöd kan du ansöka om när du inte kan försörja dig på annat sätt. Ansökan görs varje månad, digitalt eller på papper.</p>"),
        "/" + c + "/missbruk-och-beroende.html": page("Missbruk och beroende", "<p>Vi erbjuder stöd till dig som har problem med alkohol, narkotika, läkemedel eller spel, och till dig som är anhörig. Du kan boka ett första samtal utan att bli registrerad.</p>"),
        "/kultur-och-fritid.html": page("Kultur och fritid", "<p>Bibliotek, bad, idrott, föreningsliv och evenemang i " + town + ".</p>"),
        "/kultur-och-fritid/bibliotek.html": page("Bibliotek", "<p>" + ("Huvudbiblioteket har öppet måndag–torsdag 10–19, fredag 10–17 och lördag 11–15." if v else "Biblioteket är meröppet alla dagar 6–22 med lånekort och pinkod. Bemannat måndag–fredag 10–18.") + "</p>"),
        "/kultur-och-fritid/idrott-och-motion/simhallen.html": page("Simhallen", "<p>Simhallen har öppet för allmänheten vardagar 6.30–20 och helger 9–16. Simskola för barn startar i september.</p>"),
        "/trafik-och-infrastruktur.html": page("Trafik och infrastruktur", "<p>Gator, vägar, parkering, snöröjning och kollektivtrafik.</p>"),
        "/trafik-och-infrastruktur/parkering/parkeringstillstand-for-rorelsehindrade.html": page("Parkeringstillstånd för rörelsehindrade", "<p>Har du svårt att gå kan du ansöka om parkeringstillstånd. Bifoga ett läkarintyg till ansökan.</p>"),
        "/kommun-och-politik.html": page("Kommun och politik", "<p>Kommunens organisation, politiska beslut, protokoll och möjligheter att påverka.</p>"),
        "/kommun-och-politik/trygghet-och-sakerhet.html": page("Trygghet och säkerhet", "<p>Kommunen arbetar brottsförebyggande tillsammans med polisen och föreningslivet, bland annat med trygghetsvandringar, belysning och insatser mot skadegörelse och våld i offentlig miljö.</p><p>Har du synpunkter på tryggheten där du bor? Lämna dem i e-tjänsten för felanmälan.</p>"),
        "/jobba-hos-oss.html": page("Jobba hos oss", "<p>Vi är en av de största arbetsgivarna i kommunen, med över " + ("1 800" if v else "1 200") + " medarbetare. Här hittar du lediga jobb, sommarjobb och information om feriepraktik.</p>"),
        "/om-webbplatsen.html": page("Om webbplatsen", "<p>Webbplatsen drivs av kommunens kommunikationsenhet. Har du synpunkter på innehållet? Kontakta oss via kontaktcenter.</p>", menu=False),
        "/om-webbplatsen/kakor.html": page("Kakor", "<p>En kaka (cookie) är en liten textfil som sparas i din webbläsare. Vi använder nödvändiga kakor för att webbplatsen ska fungera och, om du godkänner det, analyskakor för besöksstatistik (Matomo). Statistiken kan inte kopplas till dig som person.</p>"),
        "/om-webbplatsen/tillganglighetsredogorelse.html": page("Tillgänglighetsredogörelse", "<p>Kommunen står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.</p><p>Vissa äldre pdf-dokument är inte tillgänglighetsanpassade.</p>"),
    }
    return pages


def municipal_home(name: str, shortcuts: list[tuple[str, str]], news: list[str]) -> dict:
    puffar = "".join(f"<li class=\"sv-puff\">{link(h, t)}</li>" for t, h in shortcuts)
    items = "".join(f"<article class=\"sv-news-item\"><p>{n}</p></article>" for n in news)
    return page("Startsida", f"<section class=\"startpage-shortcuts\"><h2>Genvägar</h2><ul>{puffar}</ul></section>"
                f"<section class=\"startpage-news\"><h2>Nyheter</h2>{items}</section>",
                h1=f"Välkommen till {name}")


def robots(*disallow: str, sitemap: str = "") -> str:
    lines = ["User-agent: *"] + [f"Disallow: {d}" for d in disallow]
    if sitemap:
        lines.append(f"Sitemap: {sitemap}")
    return "\n".join(lines) + "\n"


def sitemap_xml(host: str, pages: dict) -> str:
    urls = "".join(f"<url><loc>http://{host}{p}</loc></url>\n" for p in sorted(pages) if not pages[p].get("hidden")
                   and "raw" not in pages[p])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + urls + "</urlset>\n")


READSPEAKER = ('<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" '
               'accesskey="L" title="Lyssna på sidans text med ReadSpeaker webReader" '
               'href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid={cid}&amp;lang=sv_se&amp;readid=huvudinnehall">'
               '<span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span></a></div>')
READSPEAKER_JS = '<script src="//cdn1.readspeaker.com/script/{cid}/webReader/webReader.js?pids=wr" defer></script>'
KOMMUN_COOKIE = ("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att föra besöksstatistik. "
                 "Statistiken hjälper oss att förbättra webbplatsen. Du väljer själv om du godkänner kakor för statistik.")


def kommun_site(host: str, name: str, town: str, care: tuple[str, str], variant: int, switchboard: str, **extra: object) -> dict:
    domain = host.removeprefix("www.")
    site = {"kind": "sitevision", "host": host, "name": name, "theme": "kommun-" + domain.split(".")[0],
            "address": f"Box {100 + variant}, 999 0{variant} {town}", "switchboard": switchboard,
            "email": f"kontaktcenter@{domain}", "cookie": KOMMUN_COOKIE, "pages": {}, "files": {}, "redirects": []}
    site.update(extra)
    site["pages"].update(municipal_filler(town, care, variant))
    return site


def finish_kommun(site: dict, home: dict, *, disallow: tuple[str, ...] = ("/sok.html",), sitemap: bool = False) -> dict:
    """Put the home page first, order the rest, and add robots.txt (and sitemap.xml)."""
    pages = {"/": home, **dict(sorted(site["pages"].items()))}
    site["pages"] = pages
    site["sitemap"] = sitemap
    site["robots"] = list(disallow)
    return site


def contact_box(heading: str, *lines: str) -> str:
    return f"<div class=\"sv-contact-box\"><h2>{heading}</h2>" + "".join(f"<p>{x}</p>" for x in lines) + "</div>"


def akut(text: str = "Är det akut? Ring alltid 112.") -> str:
    return f"<div class=\"sv-alert\"><p><strong>{text}</strong></p></div>"


HIDE_VISIT_LONG = """<p>Om du är rädd att någon ska se att du har besökt den här sidan kan du göra så här:</p>
<ul><li><strong>Använd privat surfläge</strong> (inkognitoläge) i webbläsaren. Då sparas ingen historik. I de flesta webbläsare öppnar du ett privat fönster med Ctrl+Skift+N eller Ctrl+Skift+P.</li>
<li><strong>Rensa historiken</strong> efter ditt besök. Ta bara bort de sidor du inte vill att någon ska se – en helt tom historik kan väcka frågor.</li>
<li><strong>Radera kakor</strong> (cookies) och sparade sökningar.</li>
<li>Tänk på att någon kan ha tillgång till din telefon, ditt e-postkonto eller dina konton i sociala medier. Använd gärna en dator på biblioteket eller hos en vän.</li></ul>"""


# == Norrvik (9901): many features; in 2026 the violence pages move to a new URL structure ========================
NV = "/omsorg-och-stod/vald-i-nara-relationer"
NORRVIK_LANGS = ('<ul class="header__languages"><li><a href="/en/" hreflang="en" lang="en">English</a></li>'
                 '<li><a href="/ar/" hreflang="ar" lang="ar">العربية</a></li>'
                 '<li><a href="/so/" hreflang="so" lang="so">Soomaali</a></li></ul>')


def site_norrvik() -> dict:
    site = kommun_site(NORRVIK, "Norrviks kommun", "Norrvik", ("omsorg-och-stod", "Omsorg och stöd"), 1, "08-465 004 00",
                       tools=READSPEAKER.format(cid="9901") + ' <a class="header__easy" href="/lattlast.html">Lättläst</a> ' + NORRVIK_LANGS,
                       head=READSPEAKER_JS.format(cid="9901"),
                       exit='<p class="quick-exit"><a href="https://www.google.se" rel="noreferrer">Lämna sidan snabbt</a></p>',
                       exit_on=[NV, "/lattlast/"])
    p = site["pages"]
    p["/omsorg-och-stod.html"]["body"] = ("<p>Här hittar du information om stöd, omsorg och hjälp från kommunen.</p><ul>"
                                         f"<li>{link('/omsorg-och-stod/aldreomsorg.html', 'Äldreomsorg')}</li>"
                                         f"<li>{link('/omsorg-och-stod/ekonomiskt-bistand.html', 'Ekonomiskt bistånd')}</li>"
                                         f"<li>{link(NV + '.html', 'Våld i nära relationer')}</li></ul>")
    p[NV + ".html"] = page(
        "Våld i nära relationer",
        "<p>Våld i nära relationer är våld, hot och kränkningar från någon du har eller har haft en nära relation till: en partner, "
        "en före detta partner, en förälder, ett syskon eller någon annan i familjen eller släkten. Våldet kan vara fysiskt, "
        "psykiskt, sexuellt eller ekonomiskt, och det blir ofta värre med tiden.</p>"
        "<p>Ingen förtjänar att bli slagen, hotad eller kontrollerad. Här kan du läsa om vilket stöd som finns i Norrvik.</p>"
        "<h2>Här kan du få stöd</h2><ul>"
        f"<li>{link(NV + '/stod-till-valdsutsatta.html', 'Stöd till våldsutsatta')}</li>"
        f"<li>{link(NV + '/stod-till-dig-som-utovar-vald.html', 'Stöd till dig som utövar våld')}</li></ul>"
        "<h2>Mer information</h2><ul>"
        f"<li>{link(NV + '/olika-former-av-vald.html', 'Olika former av våld')}</li>"
        f"<li>{link(NV + '/dolj-ditt-besok.html', 'Så döljer du ditt besök på webbplatsen')}</li>"
        f"<li>{link('/lattlast/vald-i-nara-relationer.html', 'Lättläst om våld i nära relationer')}</li></ul>" + akut(),
        lead="Är du utsatt för våld eller hot av någon i din närhet? Du är inte ensam, och det finns hjälp att få.")
    p[NV + "/olika-former-av-vald.html"] = page(
        "Olika former av våld",
        "<h2>Fysiskt våld</h2><p>Till exempel att bli knuffad, slagen, sparkad, nypt eller hållen fast.</p>"
        "<h2>Psykiskt våld</h2><p>Hot, kränkningar, kontroll och isolering – till exempel att någon läser dina meddelanden, "
        "bestämmer vilka du får träffa eller hotar att ta barnen ifrån dig.</p>"
        "<h2>Sexuellt våld</h2><p>Att tvingas eller pressas till sexuella handlingar du inte vill, även i ett parförhållande.</p>"
        "<h2>Ekonomiskt och materiellt våld</h2><p>Att någon tar dina pengar, tar lån i ditt namn eller förstör dina saker.</p>"
        "<h2>Digitalt våld</h2><p>Hot och kontroll via mobil, sociala medier eller spårning av din telefon.</p>",
        lead="Våld är mycket mer än slag. Här beskriver vi några vanliga former.")
    p[NV + "/stod-till-valdsutsatta.html"] = page(
        "Stöd till våldsutsatta",
        "<p>Våldsteamet inom individ- och familjeomsorgen ger stöd till vuxna som är eller har varit utsatta för våld av en partner, "
        "en före detta partner eller någon annan närstående. Vi möter kvinnor, män och hbtqi-personer, och vi har särskild kunskap "
        "om våld i samkönade relationer.</p>"
        "<h2>Det här kan vi hjälpa dig med</h2><ul><li>stödsamtal, enskilt eller i grupp</li>"
        "<li>en plan för din säkerhet, hemma och på jobbet</li>"
        f"<li>{link(NV + '/stod-till-valdsutsatta/skyddat-boende.html', 'skyddat boende')} om du inte kan bo kvar hemma</li>"
        "<li>råd inför en polisanmälan eller en ansökan om kontaktförbud</li>"
        "<li>ekonomiskt bistånd i en akut situation</li></ul>"
        "<p>Du behöver inte ha gjort en polisanmälan för att få stöd. Samtalen är kostnadsfria, och första gången du ringer kan du "
        "vara anonym.</p>"
        "<h2>Om du inte talar svenska</h2><p>Vi träffar ofta personer som är nya i Sverige och som inte talar svenska. "
        "Du har rätt till tolk, och tolken har tystnadsplikt.</p>"
        "<h2>Vem kan få stöd?</h2><p>Stödet är till för dig som bor i Norrviks kommun och har fyllt 18 år. Är du under 18 år "
        "kan du ringa samma nummer, så kopplar vi dig till mottagningen för barn och unga.</p>"
        + contact_box("Kontakta våldsteamet", "Telefon: 08-465 004 10<br>Telefontid: mån–fre 8.00–16.30, lunchstängt 12–13",
                      "E-post: valdsteamet@norrvik.se.test – skriv inga känsliga uppgifter i e-post.",
                      "Efter kontorstid når du socialjouren via 112.") + akut("Vid akut fara – ring 112."),
        lead="Lever du med någon som slår, hotar, kontrollerar eller kränker dig? Du kan få stöd och skydd av socialtjänsten.",
        related=[("Hedersrelaterat våld och förtryck", NV + "/stod-till-valdsutsatta/hedersrelaterat-vald-och-fortryck.html"),
                 ("Så döljer du ditt besök", NV + "/dolj-ditt-besok.html")])
    p[NV + "/stod-till-valdsutsatta/hedersrelaterat-vald-och-fortryck.html"] = page(
        "Hedersrelaterat våld och förtryck",
        "<p>Känner du dig kontrollerad av din familj eller släkt? Får du inte själv bestämma vem du ska umgås med, vad du ska ha på "
        "dig eller vem du ska gifta dig med? Då kan det handla om hedersrelaterat våld och förtryck.</p>"
        "<p>Våldsteamet ger stöd och skydd även till dig som lever med hedersnormer. Vi kan hjälpa dig att hitta ett tryggt boende "
        "och vi samarbetar med polisen och skolan när det behövs. Du kan också ringa oss om du är orolig för att bli bortgift "
        "eller tagen utomlands mot din vilja.</p><p>Ring våldsteamet på 08-465 004 10.</p>",
        lead="Ingen har rätt att bestämma över ditt liv för att skydda familjens rykte.")
    p[NV + "/stod-till-valdsutsatta/skyddat-boende.html"] = page(
        "Skyddat boende",
        "<p>Om du inte kan bo kvar hemma kan socialtjänsten ordna ett skyddat boende åt dig. Boendena ligger på adresser som hålls "
        "hemliga, och vi lämnar aldrig ut var du bor. Har du barn kan de bo med dig.</p>"
        "<p>Ett skyddat boende är en tillfällig lösning. Tillsammans med dig planerar vi för ett nytt, tryggt boende.</p>")
    p[NV + "/stod-till-dig-som-utovar-vald.html"] = page(
        "Stöd till dig som utövar våld",
        "<p>Vi erbjuder samtal till personer som har använt våld mot en partner eller någon annan i familjen och som vill förändra "
        "sitt beteende. Du träffar en behandlare enskilt, oftast 15–20 gånger. Det kostar ingenting.</p>"
        "<p>I samtalen pratar vi om vad som händer när du blir våldsam, vilka konsekvenser våldet får och hur du kan hantera ilska "
        "och konflikter på andra sätt. Om det finns barn i familjen pratar vi också om hur våldet påverkar dem.</p>"
        "<p>Du kan vara anonym första gången du ringer.</p>"
        + contact_box("Kontakt", "Ring 08-465 004 11. Telefontid: tisdagar och torsdagar kl. 9–11."),
        lead="Har du slagit, hotat eller kontrollerat någon du lever med? Det går att sluta.")
    p[NV + "/dolj-ditt-besok.html"] = page("Så döljer du ditt besök", HIDE_VISIT_LONG,
                                           lead="Den som utövar våld kan ibland se vilka webbsidor du har besökt.")
    p["/lattlast.html"] = page("Lättläst", "<p>Här finns texter på lätt svenska.</p><ul>"
                               f"<li>{link('/lattlast/vald-i-nara-relationer.html', 'Våld i nära relationer')}</li>"
                               "</ul>", menu=False)
    p["/lattlast/vald-i-nara-relationer.html"] = page(
        "Lättläst: Våld i nära relationer",
        "<p>Ingen får slå dig.<br>Ingen får hota dig.<br>Ingen får bestämma över dig.</p>"
        "<p>Det gäller också din partner och din familj.</p>"
        "<p>Du kan få hjälp av kommunen.<br>Du kan prata med någon som lyssnar.<br>Det kostar inga pengar.</p>"
        "<p>Ring 08-465 004 10.<br>Du kan ringa måndag till fredag.</p><p>Om det är fara: ring 112.</p>")
    p["/en/"] = page("Information in English",
                     "<h2>Support if you are subjected to violence</h2><p>If someone close to you hits you, threatens you or controls you, "
                     "Norrvik municipality's social services can help. We support women, men and LGBTQI people. You have the right to "
                     "an interpreter.</p><p>Call 08-465 004 10, Monday–Friday 8.00–16.30. In an emergency, call 112.</p>",
                     lang="en", menu=False)
    p["/ar/"] = page("معلومات باللغة العربية",
                     "<h2>الدعم لمن يتعرض للعنف في العلاقات القريبة</h2><p>إذا كان شخص قريب منك يضربك أو يهددك أو يتحكم بك، "
                     "يمكنك الحصول على الدعم من الخدمات الاجتماعية في بلدية نورفيك. يحق لك الحصول على مترجم.</p>"
                     "<p>اتصل على الرقم 08-465 004 10 من الاثنين إلى الجمعة. في حالات الطوارئ اتصل بالرقم 112.</p>",
                     lang="ar", dir="rtl", menu=False)
    p["/so/"] = page("Macluumaad af-Soomaali ah",
                     "<h2>Taageero haddii lagugu sameeyo rabshad</h2><p>Haddii qof kuu dhow uu ku garaaco, kugu hanjabo ama ku "
                     "xakameeyo, adeegga bulshada ee Degmada Norrvik ayaa ku caawin kara. Waxaad xaq u leedahay turjubaan.</p>"
                     "<p>Wac 08-465 004 10, Isniin ilaa Jimce. Xaalad degdeg ah, wac 112.</p>", lang="so", menu=False)
    home = municipal_home("Norrviks kommun",
                          [("Söka bygglov", "/bygga-bo-och-miljo/bygglov/ansok-om-bygglov.html"),
                           ("Ansök om förskoleplats", "/forskola-och-skola/forskola.html"),
                           ("Stöd vid våld i nära relationer", NV + ".html"), ("Lediga jobb", "/jobba-hos-oss.html")],
                          ["Nu öppnar den nya lekplatsen i Norrviks centrum.", "Kommunfullmäktige sammanträder den 24 april."])
    return finish_kommun(site, home, disallow=("/sok.html", "/sitevision/"), sitemap=True)


def move_pages(site: dict, moves: list[tuple[str, str]]) -> None:
    """Give pages new paths, rewrite links to them everywhere and leave a 301 redirect at every old path."""
    pages = site["pages"]
    for old, new in moves:
        pages[new] = pages.pop(old)
        site["redirects"].append(f"{old} {new} 301")

    def fix(text: str) -> str:
        for old, new in moves:
            text = text.replace(f'"{old}"', f'"{new}"')
        return text

    for pg in pages.values():
        if "raw" not in pg:
            pg["body"] = fix(pg["body"])
            if pg.get("related"):
                pg["related"] = [(t, dict(moves).get(h, h)) for t, h in pg["related"]]
    for key in ("tools", "exit"):
        if isinstance(site.get(key), str):
            site[key] = fix(site[key])


def replace_text(pg: dict, old: str, new: str) -> None:
    assert old in pg["body"], old
    pg["body"] = pg["body"].replace(old, new)


# == Sjöbacka (9902): gender-neutral text, a machine-translation widget, older people; gains a quick exit in 2026 ==
SJ = "/stod-och-omsorg/vald-i-nara-relationer"
TRANSLATE_WIDGET = ('<div class="translate"><span class="translate__label">Translate / Översätt</span>'
                    '<div id="google_translate_element"></div></div>')
TRANSLATE_JS = ("<script>function googleTranslateElementInit() { new google.translate.TranslateElement("
                "{pageLanguage: 'sv', layout: google.translate.TranslateElement.InlineLayout.SIMPLE}, "
                "'google_translate_element'); }</script>\n"
                '<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>')


def site_sjobacka() -> dict:
    site = kommun_site(SJOBACKA, "Sjöbacka kommun", "Sjöbacka", ("stod-och-omsorg", "Stöd och omsorg"), 2, "031-390 06 00",
                       tools=TRANSLATE_WIDGET, tail=TRANSLATE_JS,
                       footer_hours="Kommunens växel har öppet måndag–fredag 7.30–16.30.")
    p = site["pages"]
    p["/stod-och-omsorg.html"]["body"] += f"<ul><li>{link(SJ + '.html', 'Stöd vid våld i nära relationer')}</li></ul>"
    p[SJ + ".html"] = page(
        "Stöd vid våld i nära relationer",
        "<p>Du som är vuxen och utsätts för våld, hot eller kränkningar av en partner, en tidigare partner eller någon annan "
        "närstående kan få stöd av socialtjänsten. Våld i nära relationer kan drabba alla, oavsett ålder, bakgrund eller vem "
        "man lever med.</p>"
        "<h2>Vi erbjuder</h2><ul><li>stödsamtal med socialsekreterare som arbetar med våldsfrågor</li>"
        "<li>hjälp med akut och skyddat boende</li><li>stöd i kontakten med polis, sjukvård och andra myndigheter</li>"
        "<li>hjälp att ansöka om ekonomiskt bistånd</li></ul>"
        "<p>Stödet riktar sig till dig som är över 18 år. Är du yngre kan du prata med skolkuratorn eller ringa socialjouren.</p>"
        "<p>Är du utsatt för hedersrelaterat våld och förtryck? Kontakta "
        f"{link('http://www.kvinnojouren-ljusglimten.se.test/', 'Kvinnojouren Ljusglimten')}, som har särskild kunskap om hedersförtryck, "
        "eller ring 112 om det är akut.</p>"
        + contact_box("Kontakta oss", "Ring socialtjänstens mottagning: 031-390 06 20",
                      "Telefontider: Måndag–torsdag kl 8–16, fredag kl 8–15. Helgdagar stängt.",
                      "Akut hjälp på kvällar och helger: socialjouren nås via 112."),
        lead="Ingen ska behöva leva med våld. Socialtjänsten i Sjöbacka kan ge dig stöd och skydd.")
    p[SJ + "/akut-och-skyddat-boende.html"] = page(
        "Akut och skyddat boende",
        "<p>Om du inte kan bo kvar hemma på grund av våld eller hot kan socialtjänsten hjälpa dig till ett akut eller skyddat "
        "boende. Adressen till boendet är hemlig. Ring mottagningen på 031-390 06 20 dagtid eller socialjouren via 112 på kvällar "
        "och helger.</p>")
    p[SJ + "/vald-mot-aldre.html"] = page(
        "Våld mot äldre",
        "<p>Våld drabbar även äldre personer. Det kan vara en partner, ett vuxet barn eller någon annan närstående som slår, hotar, "
        "tar pengar eller inte ger den hjälp som behövs.</p><p>Socialtjänsten ger stöd även till äldre som utsätts för våld av "
        "en anhörig. Du som arbetar i hemtjänsten eller är orolig för någon kan också kontakta oss. Ring 031-390 06 20.</p>",
        lead="Att vara beroende av någon för sin vardag kan göra det svårare att säga ifrån.")
    home = municipal_home("Sjöbacka kommun",
                          [("Felanmälan", "/trafik-och-infrastruktur.html"), ("Förskola", "/forskola-och-skola/forskola.html"),
                           ("Stöd vid våld", SJ + ".html"), ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall-och-atervinning.html")],
                          ["Vägarbeten på Storgatan under våren.", "Sommarlovsaktiviteter för barn och unga – se programmet."])
    return finish_kommun(site, home, disallow=("/sok.html", "/intern/"))


# == Ekdala (9903): PDFs per language, a sign-language video, children who experience violence ===================
EK = "/omsorg-och-hjalp/stod-vid-vald"
EKDALA_PDFS = [("arabiska", "ar", "Information på arabiska", "84 kB"), ("persiska", "fa", "Information på persiska", "80 kB"),
               ("tigrinska", "ti", "Information på tigrinska", "91 kB")]


def ekdala_pdf_path(name: str) -> str:
    return f"/download/18.4a1c2e3f18d/1706500000000/stod-vid-vald-{name}.pdf"


def site_ekdala() -> dict:
    site = kommun_site(EKDALA, "Ekdala kommun", "Ekdala", ("omsorg-och-hjalp", "Omsorg och hjälp"), 3, "040-628 04 00")
    p = site["pages"]
    p["/omsorg-och-hjalp.html"]["body"] += f"<ul><li>{link(EK + '.html', 'Stöd vid våld')}</li></ul>"
    p[EK + ".html"] = page(
        "Stöd vid våld",
        "<p>Socialtjänsten i Ekdala ger stöd till kvinnor och män som utsätts för våld av en partner eller någon annan närstående, "
        "och till barn och unga som har upplevt våld i familjen. Du som bor i Ekdala kommun är välkommen att kontakta oss.</p>"
        "<p>Vi kan erbjuda stödsamtal, hjälp med skyddat boende, stöd vid polisanmälan och hjälp att planera för din säkerhet.</p>"
        f"<p>Läs mer om stödet till {link(EK + '/barn-som-upplever-vald.html', 'barn som upplever våld')}.</p>"
        "<h2>Sexuellt våld</h2><p>Har du blivit utsatt för en våldtäkt eller ett annat sexuellt övergrepp? Sök vård på "
        "akutmottagningen i Region Demolän så snart som möjligt. Du behöver inte polisanmäla för att få vård.</p>"
        "<h2>Information på andra språk</h2>"
        f"<p>{link(EK + '/information-pa-andra-sprak.html', 'Information om stöd vid våld på andra språk')}</p>"
        "<h2>Information på teckenspråk</h2>"
        '<div class="sv-video"><iframe title="Stöd vid våld – information på svenskt teckenspråk" width="560" height="315" '
        'src="https://play.ekdala.se.test/embed/teckensprak-stod-vid-vald" allowfullscreen></iframe></div>'
        + contact_box("Kontakt", "Ring 040-628 04 30, vardagar 8.00–12.00 och 13.00–16.00.",
                      "E-post: socialtjansten@ekdala.se.test") + akut(),
        lead="Är du utsatt för våld eller hot av någon i din familj? Du kan få hjälp.")
    p[EK + "/barn-som-upplever-vald.html"] = page(
        "Barn som upplever våld",
        "<p>Barn och unga som har sett, hört eller märkt att en förälder blir slagen eller hotad är också utsatta för våld. "
        "De kan få stödsamtal hos oss, ensamma eller tillsammans med den förälder som inte har utövat våldet.</p>"
        "<p>Ekdala samarbetar med Familjefrid Södra Demolän, som har samtalsgrupper för barn.</p>"
        "<p>Ring 040-628 04 30 om du vill veta mer.</p>")
    pdf_links = "".join(f"<li><a class=\"sv-document-link\" href=\"{ekdala_pdf_path(n)}\">{t} (pdf, {size})</a></li>"
                        for n, _, t, size in EKDALA_PDFS)
    p[EK + "/information-pa-andra-sprak.html"] = page(
        "Information på andra språk",
        f"<p>Här finns en broschyr om stöd vid våld i nära relationer på flera språk.</p><ul class=\"sv-documents\">{pdf_links}</ul>"
        "<p>Broschyren finns också i tryckt form på socialkontoret i Ekdala.</p>")
    for n, code, _, _ in EKDALA_PDFS:
        p[ekdala_pdf_path(n)] = {"raw": minimal_pdf(f"Demodata: Ekdala kommun - stod vid vald ({n}, fiktiv broschyr)", code),
                                 "title": n}
    home = municipal_home("Ekdala kommun",
                          [("Kontakta kommunen", "/kommun-och-politik.html"), ("Stöd vid våld", EK + ".html"),
                           ("Simhallen", "/kultur-och-fritid/idrott-och-motion/simhallen.html"), ("Skolskjuts", "/forskola-och-skola/grundskola/skolskjuts.html")],
                          ["Välkommen på öppet hus i nya kulturhuset.", "Ny detaljplan för Ekdala hamn ute på samråd."])
    return finish_kommun(site, home)


# == Granvik (9904): quick exit injected by a script, hreflang, prostitution, vulnerable groups ===================
GV = "/socialt-stod/vald-i-nara-relation"
GV_TEAM = GV + "/relationsvaldsteamet"
QUICK_EXIT_JS = """/* Quick exit: adds a button at the top of the page that leaves the site at once (also on Escape). */
(function () {
  var script = document.currentScript;
  var target = script.getAttribute('data-exit-url') || 'https://www.google.se';
  var label = script.getAttribute('data-label') || 'Lämna sidan snabbt';
  function leave() { window.open(target, '_newtab'); window.location.replace(target); }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'quick-exit-button';
    button.textContent = label;
    button.addEventListener('click', leave);
    document.body.insertBefore(button, document.body.firstChild);
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { leave(); } });
})();
"""


def site_granvik() -> dict:
    site = kommun_site(GRANVIK, "Granviks kommun", "Granvik", ("socialt-stod", "Socialt stöd"), 4, "08-465 004 39",
                       tools=READSPEAKER.format(cid="9904") + ' <a href="/en/violence-in-close-relationships.html" hreflang="en">English</a>',
                       head=READSPEAKER_JS.format(cid="9904") + '\n<script src="/js/quick-exit.js" data-exit-url="https://www.yr.no" data-label="Lämna sidan snabbt" defer></script>')
    p = site["pages"]
    p["/socialt-stod.html"]["body"] += f"<ul><li>{link(GV + '.html', 'Våld i nära relation')}</li></ul>"
    p[GV + ".html"] = page(
        "Våld i nära relation",
        "<p>Våld i nära relation är när någon du har en nära relation till skadar, hotar eller kontrollerar dig. Det kan vara en "
        "partner, en förälder, ett vuxet barn eller någon annan i familjen.</p>"
        f"<ul><li>{link(GV_TEAM + '.html', 'Relationsvåldsteamet – stöd och skydd')}</li>"
        f"<li>{link(GV_TEAM + '/sex-mot-ersattning.html', 'Sex mot ersättning')}</li>"
        f"<li>{link(GV + '/olika-former-av-vald.html', 'Olika former av våld')}</li></ul>" + akut(),
        head='<link rel="alternate" hreflang="en" href="http://www.granvik.se.test/en/violence-in-close-relationships.html">\n'
             '<link rel="alternate" hreflang="sv" href="http://www.granvik.se.test/socialt-stod/vald-i-nara-relation.html">',
        lead="Ingen har rätt att skada, hota eller kontrollera dig.")
    p[GV + "/olika-former-av-vald.html"] = page(
        "Olika former av våld",
        "<p>Våld kan vara fysiskt, psykiskt, sexuellt, ekonomiskt eller materiellt. Ofta förekommer flera former samtidigt. "
        "Försummelse – att inte få den hjälp man behöver – är också en form av våld.</p>")
    p[GV_TEAM + ".html"] = page(
        "Relationsvåldsteamet",
        "<p>Relationsvåldsteamet ger stöd och skydd till vuxna som är utsatta för våld av en partner eller annan närstående. "
        "Vi tar emot kvinnor, män och ickebinära från 18 år. Är du under 18 år kontaktar du i stället barn- och ungdomsenheten.</p>"
        "<p>Vi har särskild kunskap om hedersrelaterat våld och förtryck, till exempel när familjen eller släkten kontrollerar "
        "vem du får träffa eller vill att du ska gifta dig mot din vilja.</p>"
        "<h2>Du är välkommen som du är</h2><p>Du som har ett missbruk eller en funktionsnedsättning är välkommen till oss – vi "
        "anpassar stödet efter dina behov. Våra lokaler är tillgängliga för dig som använder rullstol, och vi kan boka "
        "teckenspråkstolk.</p>"
        "<h2>Vad vi erbjuder</h2><ul><li>stödsamtal och krissamtal</li><li>skyddsplanering och hjälp till skyddat boende</li>"
        "<li>hjälp i kontakten med polis, Kronofogden och Skatteverket, till exempel om du behöver skyddade personuppgifter</li></ul>"
        + contact_box("Kontakta Relationsvåldsteamet", "Ring oss på 08-465 004 40, måndag–fredag 8–17.",
                      "Du kan också skicka sms till 070-174 06 40, så ringer vi upp.",
                      "Efter kontorstid når du socialjouren via 112."),
        lead="Stöd, skydd och samtal när någon i din närhet utsätter dig för våld.")
    p[GV_TEAM + "/sex-mot-ersattning.html"] = page(
        "Sex mot ersättning",
        "<p>Har du sålt eller gett sex mot ersättning – pengar, droger, en plats att sova på eller något annat? Relationsvåldsteamet "
        "ger stöd till dig, oavsett om det har hänt en gång eller många gånger. Du bestämmer själv vad du vill prata om.</p>"
        "<p>Vi hjälper också dig som har utsatts för människohandel eller som har tvingats sälja sex av någon annan.</p>"
        "<p>Ring 08-465 004 40 eller sms:a 070-174 06 40.</p>")
    p["/en/violence-in-close-relationships.html"] = page(
        "Violence in close relationships",
        "<p>If someone close to you hurts, threatens or controls you, the Relationship Violence Team at Granvik municipality can "
        "help. We support women, men and non-binary people aged 18 and over.</p><p>Call 08-465 004 40, Monday to Friday "
        "8 am–5 pm, or text 070-174 06 40.</p>",
        lang="en", menu=False,
        head='<link rel="alternate" hreflang="sv" href="http://www.granvik.se.test/socialt-stod/vald-i-nara-relation.html">')
    site["files"]["js/quick-exit.js"] = QUICK_EXIT_JS
    home = municipal_home("Granviks kommun",
                          [("Våld i nära relation", GV + ".html"), ("Bygglov", "/bygga-bo-och-miljo/bygglov.html"),
                           ("Parkeringstillstånd", "/trafik-och-infrastruktur/parkering/parkeringstillstand-for-rorelsehindrade.html"), ("Bibliotek", "/kultur-och-fritid/bibliotek.html")],
                          ["Granvik firar 50 år som kommun.", "Nya öppettider för återvinningscentralen."])
    return finish_kommun(site, home, disallow=("/sok.html", "/kalender/"), sitemap=True)


# == Lövhamra (9905): a plain site with few features; opens a service for perpetrators in 2026 ====================
LH = "/omsorg/vald-i-nara-relationer"


def site_lovhamra() -> dict:
    site = kommun_site(LOVHAMRA, "Lövhamra kommun", "Lövhamra", ("omsorg", "Omsorg"), 5, "0980-319 200")
    p = site["pages"]
    p["/omsorg.html"]["body"] += f"<ul><li>{link(LH + '.html', 'Våld i nära relationer')}</li></ul>"
    p[LH + ".html"] = page(
        "Våld i nära relationer",
        "<p>Våld i nära relationer kan vara slag och sparkar, men också hot, kontroll, att bli kallad kränkande saker eller att "
        "någon tar ens pengar. Här hittar du kommunens stöd.</p>"
        f"<ul><li>{link(LH + '/stod-till-valdsutsatta.html', 'Stöd till våldsutsatta')}</li></ul>",
        lead="Information om våld i nära relationer och var du kan få hjälp i Lövhamra.")
    p[LH + "/stod-till-valdsutsatta.html"] = page(
        "Stöd till våldsutsatta",
        "<p>Lever du med någon som slår, hotar eller kontrollerar dig? Socialtjänsten ger stöd till kvinnor och män som är utsatta "
        "för våld i en nära relation. Vi lyssnar, hjälper dig att se vilka möjligheter du har och stöttar dig i kontakten med "
        "polis och sjukvård.</p>"
        "<p>Kommunen har inget eget skyddat boende, men vi hjälper dig att hitta ett om du behöver.</p>"
        + contact_box("Kontakt", "Ring 0980-319 250 mån–fre kl. 8.00–16.00.", "Vid akut fara, ring 112."),
        lead="Du som är utsatt för våld av en partner eller annan närstående kan få stöd.")
    home = municipal_home("Lövhamra kommun",
                          [("Lediga jobb", "/jobba-hos-oss.html"), ("Förskola", "/forskola-och-skola/forskola.html"),
                           ("Äldreomsorg", "/omsorg/aldreomsorg.html"), ("Våld i nära relationer", LH + ".html")],
                          ["Ny cykelväg mellan Lövhamra och Tallmo.", "Badplatserna öppnar den 15 juni."])
    return finish_kommun(site, home)


# == Tallmo (9906): an information page without a service, easy-read, hide-visit advice, a referral ==============
TM = "/omsorg-och-stod/vald-i-nara-relationer"


def site_tallmo() -> dict:
    site = kommun_site(TALLMO, "Tallmo kommun", "Tallmo", ("omsorg-och-stod", "Omsorg och stöd"), 6, "0980-319 210")
    p = site["pages"]
    p["/omsorg-och-stod.html"]["body"] += f"<ul><li>{link(TM + '.html', 'Våld i nära relationer')}</li></ul>"
    p[TM + ".html"] = page(
        "Våld i nära relationer",
        f"<ul><li>{link(TM + '/vad-ar-vald.html', 'Vad är våld?')}</li>"
        f"<li>{link(TM + '/familjestod-vid-vald.html', 'Familjestöd vid våld')}</li>"
        f"<li>{link(TM + '/lattlast-om-vald.html', 'Lättläst om våld')}</li></ul>"
        "<h2>Tänk på din säkerhet på nätet</h2><p>Den som utövar våld kan ibland se vilka sidor du har besökt. Rensa webbläsarens "
        "historik efter ditt besök, eller surfa i privat läge (inkognito) så sparas ingen historik alls.</p>",
        lead="Här hittar du information om våld i nära relationer och om det stöd Tallmo kommun erbjuder.")
    p[TM + "/vad-ar-vald.html"] = page(
        "Vad är våld?",
        "<p>Våld är varje handling som skadar, smärtar, skrämmer eller kränker en annan person och får henne eller honom att göra "
        "något mot sin vilja eller sluta göra något hon eller han vill.</p>"
        "<p>Våldet kan vara fysiskt, psykiskt, sexuellt, ekonomiskt eller materiellt. Hedersrelaterat våld och förtryck utövas "
        "ofta av flera personer i familjen eller släkten. Prostitution och människohandel är också former av sexuellt "
        "utnyttjande.</p><p>Mäns våld mot kvinnor är ett stort samhällsproblem. Varje år polisanmäls tusentals fall av misshandel "
        "i nära relationer, och mörkertalet är stort.</p>",
        lead="Våld kan se ut på många sätt.")
    p[TM + "/familjestod-vid-vald.html"] = page(
        "Familjestöd vid våld",
        "<p>Familjestödet i Tallmo erbjuder stödsamtal till vuxna som är utsatta för våld av en närstående, och till barn som har "
        "sett eller hört våld hemma. Tjejer och killar i tonåren kan få egna samtal med en familjebehandlare.</p>"
        "<p>Familjestödet vänder sig till dig som bor i Tallmo kommun. Samtalen är frivilliga och kostnadsfria.</p>"
        "<p>Vill du ha hjälp att sluta använda våld? Kontakta "
        f"{link('http://www.regiondemolan.se.test/vard-och-halsa/stod-vid-vald/vagen-fran-vald.html', 'Vägen från våld')} "
        "i Region Demolän.</p>"
        + contact_box("Kontakta Familjestödet", "Telefon: 0980-31 92 60",
                      "Telefontid: tisdagar 13–15 och torsdagar 8.30–10.", "Lämna gärna ett meddelande, så ringer vi upp."),
        lead="Stödsamtal för vuxna, barn och unga i familjer där det förekommer våld.")
    p[TM + "/lattlast-om-vald.html"] = page(
        "Lättläst om våld",
        "<p>Våld är när någon slår dig.<br>Våld är också när någon hotar dig<br>eller säger elaka saker hela tiden.</p>"
        "<p>Det är inte ditt fel.</p><p>Du kan prata med Familjestödet i kommunen.<br>Telefon: 0980-31 92 60.</p>")
    home = municipal_home("Tallmo kommun",
                          [("Skolval", "/forskola-och-skola/grundskola.html"), ("Bibliotek", "/kultur-och-fritid/bibliotek.html"),
                           ("Ekonomiskt bistånd", "/omsorg-och-stod/ekonomiskt-bistand.html"), ("Våld i nära relationer", TM + ".html")],
                          ["Tallmo bibliotek har fått nya öppettider.", "Snart startar simskolan för sommaren."])
    return finish_kommun(site, home)


# == Region Demolän: a large organisation's site; Vägen från våld, Barnahus, help for unwanted sexual thoughts =====
RG = "/vard-och-halsa/stod-vid-vald"
REGION_TRANSLATE = ('<div class="translate-widget"><label for="oversatt">Översätt webbplatsen</label>'
                    '<div id="google_translate_element"><select id="oversatt" class="goog-te-combo" aria-label="Välj språk">'
                    '<option value="">Välj språk</option><option value="ar">arabiska</option><option value="en">engelska</option>'
                    '<option value="fi">finska</option><option value="so">somaliska</option><option value="ti">tigrinja</option>'
                    '<option value="uk">ukrainska</option></select></div>'
                    '<p class="translate-widget__info">Översättningen görs automatiskt av Google Translate och kan innehålla fel.</p></div>')


def site_region() -> dict:
    names = ", ".join(ALL_NAMES[:-1]) + " eller " + ALL_NAMES[-1]
    site = {"kind": "sitevision", "host": REGION, "name": "Region Demolän", "theme": "region-demolan",
            "address": "Regionens hus, 999 10 Norrvik", "switchboard": "040-628 04 50", "email": "region@regiondemolan.se.test",
            "footer_hours": "Växeln har öppet alla dagar 7–22.",
            "cookie": "Vi använder kakor för att webbplatsen ska fungera, för att mäta trafiken (webbanalys) och för att kunna visa "
                      "inbäddade filmer. Analyskakor och kakor från tredje part sätts bara om du godkänner dem.",
            "tools": READSPEAKER.format(cid="9900") + ' <a href="/teckensprak/">Teckenspråk</a> <a href="/en/" hreflang="en">In English</a> '
                     + REGION_TRANSLATE,
            "head": READSPEAKER_JS.format(cid="9900"), "tail": TRANSLATE_JS, "pages": {}, "files": {}, "redirects": []}
    p = site["pages"]
    p.update({
        "/vard-och-halsa.html": page("Vård och hälsa", "<p>Hitta vård, vårdcentraler, tandvård och specialistvård i Demolän.</p>",
                                     lead="Regionen ansvarar för hälso- och sjukvården och tandvården i länet."),
        "/vard-och-halsa/hitta-vard.html": page("Hitta vård", "<p>Behöver du vård? Ring sjukvårdsrådgivningen eller kontakta din vårdcentral. Vid livshotande tillstånd, ring 112.</p><p>Akutmottagningen på Demoläns sjukhus har öppet dygnet runt.</p>"),
        "/vard-och-halsa/vardcentraler.html": page("Vårdcentraler", "<p>Det finns tolv vårdcentraler i Demolän. Du väljer själv vilken du vill vara listad på.</p>"),
        "/vard-och-halsa/vardcentraler/vardcentralen-norrvik.html": page("Vårdcentralen Norrvik", "<p>Telefontid för rådgivning och tidsbokning: vardagar 8–17. Drop-in för provtagning mån–fre 7.30–10.</p>"),
        "/vard-och-halsa/vardcentraler/vardcentralen-ekdala.html": page("Vårdcentralen Ekdala", "<p>Vi har öppet måndag–fredag 8–16.30. Boka tid via e-tjänsten eller ring oss.</p>"),
        "/vard-och-halsa/tandvard.html": page("Tandvård", "<p>Folktandvården Demolän har kliniker i alla kommuner. Barn och unga upp till 23 år får fri tandvård.</p>"),
        "/vard-och-halsa/psykiatri.html": page("Psykiatri", "<p>Vuxenpsykiatrin tar emot personer från 18 år med svårare psykisk ohälsa. Du kan söka själv eller få en remiss från vårdcentralen.</p>"),
        "/kollektivtrafik.html": page("Kollektivtrafik", "<p>Demolänstrafiken kör buss och tåg i hela länet.</p>"),
        "/kollektivtrafik/tidtabeller.html": page("Tidtabeller", "<p>Sök resa i appen eller ladda ner tidtabeller för länets busslinjer. Nya tidtabeller gäller från december.</p>"),
        "/kollektivtrafik/biljetter-och-priser.html": page("Biljetter och priser", "<p>En enkelbiljett i en zon kostar 32 kronor. Ungdomar till och med 19 år reser för halva priset.</p>"),
        "/kultur-och-bildning.html": page("Kultur och bildning", "<p>Regionen stödjer teater, museer, folkhögskolor och länsbiblioteket.</p>"),
        "/regional-utveckling.html": page("Regional utveckling", "<p>Tillväxt, kompetensförsörjning, bredband och infrastruktur i Demolän.</p>"),
        "/politik-och-paverkan.html": page("Politik och påverkan", "<p>Så styrs Region Demolän. Här finns protokoll, handlingar och möjlighet att lämna medborgarförslag.</p>"),
        "/politik-och-paverkan/regionfullmaktige.html": page("Regionfullmäktige", "<p>Regionfullmäktige har 71 ledamöter och sammanträder fem gånger per år.</p>"),
        "/jobba-hos-oss.html": page("Jobba hos oss", "<p>Vi är länets största arbetsgivare med 7 500 medarbetare inom vård, tandvård, kollektivtrafik och kultur.</p>"),
        "/jobba-hos-oss/lediga-jobb.html": page("Lediga jobb", "<p>Just nu söker vi sjuksköterskor, undersköterskor, läkare och busschaufförer.</p>"),
        "/om-webbplatsen.html": page("Om webbplatsen", "<p>Webbplatsen ges ut av Region Demolän.</p>", menu=False),
        "/om-webbplatsen/kakor.html": page("Kakor", "<p>Vi använder kakor för webbanalys och för inbäddade filmer. Du kan när som helst ändra ditt samtycke.</p>"),
        "/om-webbplatsen/tillganglighetsredogorelse.html": page("Tillgänglighetsredogörelse", "<p>Region Demolän vill att alla ska kunna använda webbplatsen. Webbplatsen kan läsas upp med talsyntes.</p>"),
    })
    p[RG + ".html"] = page(
        "Stöd vid våld",
        "<p>Våld påverkar hälsan. Inom hälso- och sjukvården frågar vi därför alla patienter om våld. Region Demolän har också "
        "några verksamheter som arbetar särskilt med våld:</p><ul>"
        f"<li>{link(RG + '/vagen-fran-vald.html', 'Vägen från våld – behandling för dig som utövar våld')}</li>"
        f"<li>{link(RG + '/barnahus-demolan.html', 'Barnahus Demolän')}</li>"
        f"<li>{link(RG + '/samtalsstod-vid-oonskade-sexuella-tankar.html', 'Samtalsstöd vid oönskade sexuella tankar')}</li></ul>"
        "<p>Är du utsatt för våld av någon i din närhet? Kontakta socialtjänsten i din kommun eller en kvinnojour. Har du "
        "skador kan du alltid söka vård på din vårdcentral eller akutmottagningen.</p>"
        f"<p>{link(RG + '/for-dig-som-arbetar-i-varden.html', 'Våld i nära relationer – för dig som arbetar i vården')}</p>",
        lead="Här hittar du regionens stöd till den som är utsatt för våld eller som utövar våld.")
    p[RG + "/vagen-fran-vald.html"] = page(
        "Vägen från våld",
        "<p>Vägen från våld är regionens mottagning för dig som har utövat våld mot en partner, ett barn eller någon annan "
        "närstående och som vill sluta. Vi tar emot personer från 18 år som bor i " + names + ".</p>"
        "<p>Behandlingen är frivillig och kostnadsfri. Den börjar med några bedömningssamtal och fortsätter sedan med samtal "
        "enskilt eller i grupp. Målet är att våldet ska upphöra och att du ska hitta andra sätt att hantera konflikter.</p>"
        "<p>Du behöver ingen remiss. Du kan söka själv, eller få hjälp av socialtjänsten att ta kontakt.</p>"
        + contact_box("Kontakta Vägen från våld", "Ring 040–628 04 70 måndag–fredag kl. 8.00–16.00. Lämna ett meddelande "
                      "på telefonsvararen om vi inte svarar, så ringer vi upp.", "E-post: vagenfranvald@regiondemolan.se.test"),
        lead="Behandling för dig som använder våld i en nära relation och vill förändra ditt beteende.",
        related=[("Vanliga frågor om Vägen från våld", RG + "/vagen-fran-vald/vanliga-fragor.html")])
    p[RG + "/vagen-fran-vald/vanliga-fragor.html"] = page(
        "Vanliga frågor om Vägen från våld",
        "<h2>Måste jag berätta vem jag är?</h2><p>Nej, det första samtalet kan vara anonymt.</p>"
        "<h2>Får min partner veta att jag går hos er?</h2><p>Vi erbjuder din partner ett eget stödsamtal om du samtycker till "
        "det. Det är för att vi ska kunna göra en bra bedömning av risken för fortsatt våld.</p>"
        "<h2>Har ni tystnadsplikt?</h2><p>Ja. Men om vi får veta att ett barn far illa är vi skyldiga att anmäla det till "
        "socialtjänsten.</p>")
    p[RG + "/barnahus-demolan.html"] = page(
        "Barnahus Demolän",
        "<p>På Barnahus samarbetar polis, åklagare, socialtjänst, barn- och ungdomspsykiatrin och hälso- och sjukvården kring barn "
        "och unga upp till 18 år som misstänks ha utsatts för våld eller sexuella övergrepp av en närstående, eller som har "
        "bevittnat våld i familjen.</p>"
        "<p>Hit kommer barnet efter kontakt med polis eller socialtjänst. Här kan barnet bli förhört, få en läkarundersökning "
        "och träffa en barnsamtalsterapeut – allt på samma ställe, i en lugn miljö.</p>"
        "<p>Är du vårdnadshavare och har frågor? Ring Barnahus samordnare på 040-628 04 71, vardagar 8–16.</p>",
        lead="En trygg plats för barn som har utsatts för våld eller övergrepp.")
    p[RG + "/samtalsstod-vid-oonskade-sexuella-tankar.html"] = page(
        "Samtalsstöd vid oönskade sexuella tankar",
        "<p>Har du sexuella tankar eller fantasier om barn, eller är du orolig för att du ska göra någon illa sexuellt? Du är inte "
        "ensam, och det finns hjälp att få innan något händer.</p>"
        "<p>Vi erbjuder samtal och behandling till dig som vill ha hjälp att inte begå sexuella övergrepp. Du kan vara anonym, "
        "och du behöver ingen remiss. Mottagningen tar emot personer från 18 år.</p>"
        + contact_box("Kontakt", "Telefon: +46 40 628 04 72, vardagar 9–15."),
        lead="Stöd för dig som har sexuella tankar som oroar dig.")
    p[RG + "/for-dig-som-arbetar-i-varden.html"] = page(
        "Våld i nära relationer – för dig som arbetar i vården",
        "<p>Alla vårdgivare i regionen ska fråga rutinmässigt om våld. Här finns rutiner, dokumentationsmallar och "
        "utbildningsmaterial för personal inom hälso- och sjukvården och tandvården.</p>"
        "<p>Kontakta regionens samordnare för våldsfrågor via intranätet för konsultation i enskilda ärenden.</p>",
        lead="Kunskapsstöd för medarbetare.")
    p["/en/"] = page("Region Demolän in English",
                     "<p>Region Demolän is responsible for healthcare, dental care, public transport and culture in the county.</p>"
                     "<h2>Violence</h2><p>If you have used violence against someone close to you and want to stop, contact "
                     "Vägen från våld (The Way Out of Violence) on 040-628 04 70. If you are subjected to violence, contact the "
                     "social services in your municipality.</p>", lang="en", menu=False)
    p["/teckensprak/"] = page("Information på teckenspråk",
                              "<p>Här finns filmer på svenskt teckenspråk om regionens verksamheter.</p>"
                              '<figure><video controls width="640" title="Stöd vid våld – Vägen från våld på teckenspråk" '
                              'src="/images/18.5c1d/video/vagen-fran-vald-teckensprak.mp4"></video>'
                              "<figcaption>Vägen från våld – på teckenspråk</figcaption></figure>"
                              '<figure><video controls width="640" title="Så hittar du vård – på teckenspråk" '
                              'src="/images/18.5c1d/video/hitta-vard-teckensprak.mp4"></video>'
                              "<figcaption>Så hittar du vård</figcaption></figure>", menu=False)
    home = municipal_home("Region Demolän",
                          [("Hitta vård", "/vard-och-halsa/hitta-vard.html"), ("Tidtabeller", "/kollektivtrafik/tidtabeller.html"),
                           ("Stöd vid våld", RG + ".html"), ("Lediga jobb", "/jobba-hos-oss/lediga-jobb.html")],
                          ["Nya tidtabeller från den 14 december.", "Influensavaccinationen startar i oktober."])
    return finish_kommun(site, home, disallow=("/sok/", "/sok.html", "/intranat/"), sitemap=True)


# == Familjefrid Södra Demolän (kommungemensam): a joint service of Ekdala, Granvik and Lövhamra ==================
def site_familjefrid() -> dict:
    site = {"kind": "sitevision", "host": FAMILJEFRID, "name": "Familjefrid Södra Demolän", "theme": "familjefrid",
            "address": "Familjefrid Södra Demolän, Box 12, 999 03 Ekdala", "switchboard": "031-390 06 50",
            "email": "familjefrid@familjefrid-sodra.se.test", "cookie": KOMMUN_COOKIE,
            "footer_hours": "Familjefrid är en gemensam verksamhet för Ekdala, Granvik och Lövhamra kommuner.",
            "exit": '<a class="quick-exit" href="https://www.smhi.se" rel="noreferrer" title="Lämna webbplatsen snabbt">Stäng sidan</a>',
            "pages": {}, "files": {}, "redirects": []}
    p = site["pages"]
    p["/stodsamtal-for-vuxna.html"] = page(
        "Stödsamtal för vuxna",
        "<p>Vi erbjuder stödsamtal till kvinnor och män som lever eller har levt i en relation där det förekommer våld. Samtalen "
        "hjälper dig att förstå vad som har hänt, hantera rädsla och oro och fatta egna beslut om framtiden.</p>"
        "<p>Vi tar emot dig som bor i Ekdala, Granvik eller Lövhamra. Du kan söka själv – det behövs ingen remiss – och samtalen "
        "är kostnadsfria.</p>"
        + contact_box("Kontakt", "Ring 031-390 06 50, måndag-torsdag kl 9-12.", "E-post: stodsamtal@familjefrid-sodra.se.test"),
        lead="Samtal för dig som är eller har varit utsatt för våld i en nära relation.")
    p["/stodsamtal-for-vuxna/sa-gar-det-till.html"] = page(
        "Så går det till",
        "<p>Först träffas vi för ett bedömningssamtal. Därefter erbjuds du upp till tolv samtal med samma behandlare. Vi kan "
        "träffas på vårt kontor i Ekdala eller på socialkontoret i Granvik eller Lövhamra.</p>")
    p["/samtalsgrupp-for-barn.html"] = page(
        "Samtalsgrupp för barn",
        "<p>Barn mellan 6 och 12 år som har upplevt våld i familjen kan delta i en samtalsgrupp tillsammans med andra barn i "
        "samma situation. I gruppen får barnen prata, rita och leka kring det de har varit med om.</p>"
        "<p>Gruppen träffas tio gånger under en termin. Samtidigt träffas föräldrarna i en egen grupp. Gruppen är till för barn "
        "som bor i Ekdala, Granvik och Lövhamra.</p>"
        + contact_box("Anmälan", "Ring 031-390 06 51, måndag-torsdag kl 9-12."),
        lead="Gruppverksamhet för barn som har sett eller hört våld hemma.")
    p["/om-familjefrid.html"] = page(
        "Om Familjefrid",
        "<p>Familjefrid Södra Demolän startade 2019 och drivs gemensamt av Ekdala, Granvik och Lövhamra kommuner. Ekdala kommun "
        "är huvudman. Verksamheten finansieras av de tre kommunerna.</p>")
    p["/dolj-ditt-besok.html"] = page("Dölj ditt besök", "<p>Surfa i inkognitoläge eller rensa webbhistoriken efter ditt besök om du "
                                      "är orolig för att någon ska se att du har varit här. Knappen Stäng sidan tar dig snabbt till "
                                      "en annan webbplats.</p>", menu=False)
    p["/om-webbplatsen/kakor.html"] = page("Kakor", "<p>Vi använder kakor för besöksstatistik.</p>", menu=False)
    p["/om-webbplatsen/tillganglighetsredogorelse.html"] = page("Tillgänglighetsredogörelse", "<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service.</p>", menu=False)
    p["/om-webbplatsen.html"] = page("Om webbplatsen", "<p>Webbplatsen drivs av Ekdala kommun.</p>", menu=False)
    home = page("Familjefrid Södra Demolän",
                "<p>Familjefrid är en verksamhet för dig som är utsatt för våld i en nära relation, och för barn som har upplevt "
                "våld. Vi finns för invånarna i Ekdala, Granvik och Lövhamra.</p><ul>"
                f"<li>{link('/stodsamtal-for-vuxna.html', 'Stödsamtal för vuxna')}</li>"
                f"<li>{link('/samtalsgrupp-for-barn.html', 'Samtalsgrupp för barn')}</li>"
                f"<li>{link('/om-familjefrid.html', 'Om Familjefrid')}</li>"
                f"<li>{link('/dolj-ditt-besok.html', 'Dölj ditt besök')}</li></ul>" + akut())
    return finish_kommun(site, home, disallow=("/sok.html",))


# == the idéburna organisations: WordPress-like sites ==============================================================
WP_COOKIE = ("Den här webbplatsen använder cookies för att förbättra din upplevelse och för att analysera trafiken med "
             "Google Analytics. Du kan läsa mer i vår integritetspolicy.")


def jour_site(host: str, name: str, tagline: str, theme: str, menu: list, footer: str, **extra: object) -> dict:
    site = {"kind": "wordpress", "host": host, "name": name, "tagline": tagline, "theme": theme, "menu": menu,
            "logo": f"2023/05/{theme}-logo.png", "footer": footer, "cookie": WP_COOKIE, "pages": {}, "files": {},
            "redirects": [], "robots": ["/wp-admin/"], "sitemap": False}
    site.update(extra)
    return site


# -- Kvinnojouren Ljusglimten: 24/7 line, secret shelter address, languages; drops Persian in 2026 ----------------
LJ_EXIT = ('<button type="button" id="exit-button" class="exit-button" onclick="window.location.replace(\'https://www.google.se\');">'
           'Lämna sidan snabbt</button><span class="exit-hint">eller tryck på Esc</span>')
LJ_EXIT_JS = ("<script>document.addEventListener('keydown', function (e) {\n"
              "  if (e.key === 'Escape' || e.key === 'Esc') { window.location.replace('https://www.google.se'); }\n});</script>")
LJ_LANGS = [("English", "/en/"), ("العربية", "/ar/"), ("فارسی", "/fa/")]


def site_ljusglimten() -> dict:
    menu = [("Start", "/", []),
            ("Få stöd", "/fa-stod/", [("Jourtelefon och stödsamtal", "/fa-stod/jourtelefon-och-stodsamtal/"),
                                      ("Skyddat boende", "/fa-stod/skyddat-boende/"), ("Dölj ditt besök", "/dolj-ditt-besok/")]),
            ("Om oss", "/om-oss/", []), ("Bli medlem", "/bli-medlem/", []), ("Stöd oss", "/stod-oss/", []),
            ("Språk", "#", LJ_LANGS)]
    site = jour_site(LJUSGLIMTEN, "Kvinnojouren Ljusglimten", "Stöd till kvinnor och ickebinära i Norrvik, Sjöbacka och Tallmo",
                     "ljusglimten", menu, "Kvinnojouren Ljusglimten · Org.nr 802999-0001 · Kansli: 070-174 06 80 (vardagar 9–15) · "
                     "info@kvinnojouren-ljusglimten.se.test",
                     topbar=LJ_EXIT, tail=LJ_EXIT_JS, sitemap=True,
                     widgets="<section class=\"widget widget_text\"><h2 class=\"widget-title\">Jourtelefon</h2><div class=\"textwidget\">"
                             "<p>Jourtelefon alla dagar 00–24:<br><strong>08-465 004 80</strong></p><p>Vid akut fara, ring 112.</p></div></section>",
                     posts=[("Vi söker fler jourkvinnor", "/2025/02/vi-soker-fler-jourkvinnor/"), ("Årsmöte 2025", "/2025/03/arsmote-2025/")])
    p = site["pages"]
    p["/fa-stod/"] = page("Få stöd", "<p>Här kan du läsa om hur vi kan stötta dig.</p><ul>"
                          f"<li>{link('/fa-stod/jourtelefon-och-stodsamtal/', 'Jourtelefon och stödsamtal')}</li>"
                          f"<li>{link('/fa-stod/skyddat-boende/', 'Skyddat boende')}</li></ul>"
                          f"<p><a class=\"more-link\" href=\"/dolj-ditt-besok/\">Läs mer om hur du döljer ditt besök</a></p>")
    p["/fa-stod/jourtelefon-och-stodsamtal/"] = page(
        "Jourtelefon och stödsamtal",
        "<p>Är du utsatt för våld, hot eller kontroll av en partner, en före detta partner eller någon i din familj? Ring oss – du "
        "behöver inte veta vad du vill, vi lyssnar. Vi stöttar kvinnor och ickebinära personer från Norrvik, Sjöbacka och Tallmo.</p>"
        "<p>Du kan vara anonym och vi för inga journaler. Alla som svarar i telefon har skrivit under ett tystnadslöfte.</p>"
        "<p>Många av dem som kontaktar oss lever med hedersrelaterat våld och förtryck. Vi har lång erfarenhet av att stötta dig "
        "som kontrolleras av din familj eller släkt.</p>"
        "<p>Du som har ett missbruk är också välkommen att höra av dig till oss.</p>"
        "<p>Vi tar inte emot män. Är du man och utsatt för våld kan du kontakta "
        f"{link('http://www.manscentrum-demolan.se.test/', 'Manscentrum Demolän')}.</p>"
        "<h2>Så når du oss</h2><p>Jourtelefonen <strong>08-465 004 80</strong> är öppen dygnet runt. Du kan också mejla "
        "stod@kvinnojouren-ljusglimten.se.test – vi svarar inom två vardagar.</p>"
        "<p>Vill du träffas? Vi bokar stödsamtal på en plats som känns trygg för dig.</p>")
    p["/fa-stod/skyddat-boende/"] = page(
        "Skyddat boende",
        "<p>Vi driver ett skyddat boende för kvinnor som behöver skydd mot våld. Har du barn kan de bo med dig. Boendets adress "
        "är hemlig och vi lämnar aldrig ut den.</p>"
        "<p>Boendet har plats för fyra kvinnor. Vi tar emot kvinnor från hela landet. Placering sker oftast i samarbete med "
        "socialtjänsten, men du kan alltid ringa oss direkt.</p>"
        "<p>Ring jourtelefonen 08-465 004 80, som är bemannad dygnet runt.</p>")
    p["/dolj-ditt-besok/"] = page("Dölj ditt besök", HIDE_VISIT_LONG + "<p>Knappen <em>Lämna sidan snabbt</em> högst upp tar dig direkt "
                                  "till Google. Du kan också trycka på Esc.</p>")
    p["/om-oss/"] = page("Om oss", "<p>Kvinnojouren Ljusglimten är en ideell, partipolitiskt och religiöst obunden förening som "
                         "bildades 1986. Vi har cirka 40 aktiva jourkvinnor och tre anställda.</p>")
    p["/bli-medlem/"] = page("Bli medlem", "<p>Som medlem stödjer du vårt arbete. Medlemsavgiften är 200 kronor per år.</p>")
    p["/stod-oss/"] = page("Stöd oss", "<p>Ge en gåva via Swish eller bankgiro, eller bli månadsgivare. Kontakta kansliet så berättar vi hur. Tack!</p>")
    p["/2025/02/vi-soker-fler-jourkvinnor/"] = page("Vi söker fler jourkvinnor", "<p>Vill du engagera dig? Vi håller en "
                                                     "jourkvinnoutbildning i april. Anmäl dig till kansliet.</p>")
    p["/2025/03/arsmote-2025/"] = page("Årsmöte 2025", "<p>Välkommen på årsmöte den 20 mars kl 18.00. Handlingar skickas ut till "
                                       "medlemmarna.</p>")
    p["/en/"] = page("In English", "<p>We support women and non-binary people who are subjected to violence by a partner or a family "
                     "member. You can be anonymous. Our helpline <strong>+46 8 465 004 80</strong> is open 24 hours a day.</p>"
                     "<p>We run a shelter with a secret address.</p>", lang="en-GB")
    p["/ar/"] = page("العربية", "<p>نحن ندعم النساء والأشخاص غير الثنائيين الذين يتعرضون للعنف من قبل شريك أو أحد أفراد الأسرة. "
                     "يمكنك البقاء مجهولة الهوية. هاتف الطوارئ 08-465 004 80 مفتوح على مدار الساعة.</p>", lang="ar", dir="rtl")
    p["/fa/"] = page("فارسی", "<p>ما از زنان و افراد غیردوجنسی که از سوی همسر یا یکی از اعضای خانواده مورد خشونت قرار می‌گیرند "
                     "حمایت می‌کنیم. می‌توانید ناشناس بمانید. تلفن اضطراری 08-465 004 80 به‌صورت شبانه‌روزی باز است.</p>",
                     lang="fa", dir="rtl")
    p["/"] = page("Kvinnojouren Ljusglimten",
                  "<p>Vi är en ideell förening som stöttar kvinnor och ickebinära som utsätts för våld. Ingen ska behöva leva med "
                  "våld – hos oss blir du trodd.</p>"
                  f"<div class=\"wp-block-buttons\"><a class=\"wp-block-button__link\" href=\"/fa-stod/jourtelefon-och-stodsamtal/\">Jourtelefon och stödsamtal</a> "
                  f"<a class=\"wp-block-button__link\" href=\"/fa-stod/skyddat-boende/\">Skyddat boende</a></div>"
                  "<h2>Senaste nytt</h2><ul>"
                  f"<li>{link('/2025/02/vi-soker-fler-jourkvinnor/', 'Vi söker fler jourkvinnor')} <a class=\"more-link\" href=\"/2025/02/vi-soker-fler-jourkvinnor/\">Läs mer</a></li>"
                  f"<li>{link('/2025/03/arsmote-2025/', 'Årsmöte 2025')} <a class=\"more-link\" href=\"/2025/03/arsmote-2025/\">Läs mer</a></li></ul>",
                  h1="")
    return site


# -- Tjejjouren Stjärnan: a chat for girls, a quick exit as a plain link with a data attribute --------------------
def site_stjarnan() -> dict:
    menu = [("Start", "/", []), ("Chatt för tjejer", "/chatt-for-tjejer/", [("Så fungerar chatten", "/chatt-for-tjejer/sa-fungerar-chatten/")]),
            ("Om jouren", "/om-jouren/", []), ("Bli jourtjej", "/bli-jourtjej/", []), ("Kontakt", "/kontakt/", [])]
    site = jour_site(STJARNAN, "Tjejjouren Stjärnan", "Tjej till tjej sedan 2004", "stjarnan", menu,
                     "Tjejjouren Stjärnan · Ideell förening · kontakt@tjejjouren-stjarnan.se.test",
                     topbar='<a href="https://www.svt.se" class="snabbstang" data-quick-exit="true" rel="noreferrer">Snabbstäng ✕</a>',
                     posts=[("Nu har vi öppet i chatten även på söndagar", "/2025/01/sondagschatt/")])
    p = site["pages"]
    p["/"] = page("Tjejjouren Stjärnan", "<p>Vi är en tjejjour för unga i Demolän. Här kan du prata med en jourtjej om allt som "
                  "känns jobbigt. Vi lyssnar och tror på dig.</p>"
                  "<p><a class=\"wp-block-button__link\" href=\"/chatt-for-tjejer/\">Till chatten</a></p>", h1="Välkommen till Tjejjouren Stjärnan")
    p["/chatt-for-tjejer/"] = page(
        "Chatt för tjejer",
        "<p>Är du tjej, transtjej eller ickebinär och mellan 12 och 25 år? Hos oss kan du chatta anonymt med en jourtjej om allt "
        "som känns jobbigt – till exempel om någon du är ihop med kontrollerar eller slår dig, om du har blivit utsatt för "
        "sexuella övergrepp eller om din familj bestämmer över ditt liv på grund av heder.</p>"
        "<p>Chatten är öppen tisdagar och torsdagar kl 19–21 och söndagar kl 18–20. Du kan också mejla oss på "
        "chatt@tjejjouren-stjarnan.se.test – vi svarar inom en vecka.</p>"
        "<p>Är du kille och behöver prata? Då kan du vända dig till "
        f"{link('http://www.manscentrum-demolan.se.test/', 'Manscentrum Demolän')}.</p>"
        "<p><a class=\"wp-block-button__link chat-open\" href=\"#chatt\" data-chat=\"stjarnan\">Starta chatten</a></p>",
        lead="")
    p["/chatt-for-tjejer/sa-fungerar-chatten/"] = page(
        "Så fungerar chatten",
        "<p>Du behöver inte uppge namn eller var du bor. Jourtjejerna har tystnadslöfte och sparar inga samtal. Om det är kö "
        "får du vänta en stund – stäng inte fönstret.</p><p>Om du är i akut fara, ring 112.</p>")
    p["/om-jouren/"] = page("Om jouren", "<p>Föreningen startades 2004 av unga feminister. Alla jourtjejer är över 18 år och har gått "
                            "vår utbildning. Vi är partipolitiskt och religiöst obundna.</p>")
    p["/bli-jourtjej/"] = page("Bli jourtjej", "<p>Är du tjej och över 18 år? Sök till vår höstutbildning!</p>")
    p["/kontakt/"] = page("Kontakt", "<p>Allmänna frågor och föreläsningar: kontakt@tjejjouren-stjarnan.se.test</p>")
    p["/2025/01/sondagschatt/"] = page("Nu har vi öppet i chatten även på söndagar", "<p>Från och med januari har chatten öppet även "
                                        "på söndagar.</p>")
    return site


# -- Manscentrum Demolän: support for men and hbtq people, and for men who use violence -------------------------------
def site_manscentrum() -> dict:
    menu = [("Start", "/", []), ("Stödsamtal för män", "/stodsamtal-for-man/", []), ("Samtal om våld", "/samtal-om-vald/", []),
            ("Om oss", "/om-oss/", []), ("In English", "/in-english/", [])]
    site = jour_site(MANSCENTRUM, "Manscentrum Demolän", "Samtalsstöd för män och killar", "manscentrum", menu,
                     "Manscentrum Demolän · Ideell förening · info@manscentrum-demolan.se.test")
    p = site["pages"]
    p["/"] = page("Manscentrum Demolän", "<p>Manscentrum Demolän erbjuder samtal för män och killar i kris – och för dig som vill "
                  "sluta använda våld.</p><ul>"
                  f"<li>{link('/stodsamtal-for-man/', 'Stödsamtal för män')} <a class=\"more-link\" href=\"/stodsamtal-for-man/\">Läs mer</a></li>"
                  f"<li>{link('/samtal-om-vald/', 'Samtal om våld')} <a class=\"more-link\" href=\"/samtal-om-vald/\">Läs mer</a></li></ul>", h1="")
    p["/stodsamtal-for-man/"] = page(
        "Stödsamtal för män",
        "<p>Är du man eller kille från 16 år och har utsatts för våld av en partner, en förälder eller någon annan närstående? "
        "Eller har du varit med om sexuella övergrepp? Du är inte ensam, och det är inte ditt fel.</p>"
        "<p>Vi erbjuder stödsamtal hos en samtalsterapeut. Vi möter också dig som är homo- eller bisexuell, transperson eller "
        "ickebinär. Samtalen är kostnadsfria och du kan vara anonym.</p>"
        "<p>Boka tid på 031-390 06 90. Telefontid mån–tors 10–14.</p>")
    p["/samtal-om-vald/"] = page(
        "Samtal om våld",
        "<p>Har du slagit, hotat eller skrämt någon du står nära? Vill du förändra ditt beteende? Vi erbjuder samtal för män "
        "från 18 år som har använt våld i en nära relation.</p>"
        "<p>Samtalen sker enskilt och bygger på frivillighet. Vi har tystnadsplikt, men om ett barn far illa gör vi en "
        "orosanmälan.</p><p>Ring 031-390 06 91, måndag och onsdag kl 13–15.</p>")
    p["/om-oss/"] = page("Om oss", "<p>Manscentrum Demolän är en ideell förening som har funnits sedan 1998. Vi får bidrag från "
                         "kommunerna i länet och från regionen.</p>")
    p["/in-english/"] = page("In English", "<p>We offer counselling to men who have been subjected to violence or sexual abuse, and "
                             "to men who have used violence and want to change. Call 031-390 06 90, Monday–Thursday 10–14.</p>",
                             lang="en-GB")
    return site


# -- Stödcentrum för brottsutsatta Demolän: a Brottsofferjour-like service for all crime victims ------------------------
SC_LANGS = [("English", "/other-languages/english/", "en", "Support for victims of crime",
             "<p>We support everyone who has been subjected to crime, witnesses and relatives. Our support is free of charge. "
             "Call 0980-319 290 on weekdays 9–15.</p>"),
            ("Polski", "/other-languages/polski/", "pl", "Wsparcie dla osób poszkodowanych w wyniku przestępstwa",
             "<p>Pomagamy wszystkim, którzy padli ofiarą przestępstwa, a także świadkom i bliskim. Wsparcie jest bezpłatne. "
             "Zadzwoń: 0980-319 290, w dni robocze 9–15.</p>"),
            ("Soomaali", "/other-languages/soomaali/", "so", "Taageero dadka dambiyadu ku dhaceen",
             "<p>Waxaan taageernaa qof kasta oo dambi loo geystay, markhaatiyaasha iyo qaraabada. Taageeradu waa bilaash. "
             "Wac 0980-319 290, maalmaha shaqada 9–15.</p>"),
            ("ትግርኛ", "/other-languages/tigrinya/", "ti", "ንግዳያት ገበን ደገፍ",
             "<p>ንኹሎም ግዳያት ገበን፡ ንመሰኻኽርን ንቤተሰብን ብነጻ ንሕግዝ። ኣብ መዓልታት ስራሕ 9–15 ናብ 0980-319 290 ደውሉ።</p>")]


def site_stodcentrum() -> dict:
    menu = [("Start", "/", []), ("Stöd till brottsutsatta", "/stod-till-brottsutsatta/", []), ("Vittnesstöd", "/vittnesstod/", []),
            ("Lättläst", "/lattlast/", []), ("Other languages", "/other-languages/", [(n, h) for n, h, *_ in SC_LANGS]),
            ("Om oss", "/om-oss/", [])]
    listen = ('<div class="rs_skip rsbtn"><a class="rsbtn_play" title="Lyssna på sidan" '
              'href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=9920&amp;lang=sv_se&amp;readclass=entry-content">Lyssna</a></div>')
    site = jour_site(STODCENTRUM, "Stödcentrum för brottsutsatta Demolän", "Stöd till brottsutsatta, vittnen och anhöriga",
                     "stodcentrum", menu, "Stödcentrum för brottsutsatta Demolän · Ideell förening · info@stodcentrum-demolan.se.test",
                     topbar=listen, head='<script src="//cdn1.readspeaker.com/script/9920/webReader/webReader.js?pids=wr" defer></script>',
                     robots=["/wp-admin/", "/?s="])
    p = site["pages"]
    p["/"] = page("Stödcentrum för brottsutsatta Demolän",
                  "<p>Vi stöttar alla som har utsatts för brott, vittnen och anhöriga. Stödet är kostnadsfritt och du bestämmer "
                  "själv hur mycket du vill berätta.</p><ul>"
                  f"<li>{link('/stod-till-brottsutsatta/', 'Stöd till brottsutsatta')}</li>"
                  f"<li>{link('/vittnesstod/', 'Vittnesstöd i tingsrätten')}</li></ul>", h1="")
    p["/stod-till-brottsutsatta/"] = page(
        "Stöd till brottsutsatta",
        "<p>Har du utsatts för ett brott? Det kan vara ett rån, en misshandel, hot, våld i en nära relation, en våldtäkt eller "
        "hedersrelaterat våld. Vi ger stöd till alla som har utsatts för brott, till vittnen och till anhöriga – oavsett ålder "
        "och kön.</p>"
        "<p>Vi har särskild erfarenhet av att stötta äldre som har utsatts för brott, till exempel bedrägerier eller våld av "
        "någon i familjen.</p>"
        "<p>Våra stödpersoner har tystnadsplikt. Du behöver inte ha polisanmält för att få stöd.</p>"
        "<p>Ring oss på 0980-319 290, vardagar 9–15, eller mejla stod@stodcentrum-demolan.se.test.</p>"
        f"<p>{link('/stod-till-brottsutsatta/polisanmalan-och-rattegang/', 'Inför polisanmälan och rättegång')}</p>")
    p["/stod-till-brottsutsatta/polisanmalan-och-rattegang/"] = page(
        "Inför polisanmälan och rättegång",
        "<p>Vi kan följa med dig när du gör en polisanmälan, förklara hur en rättegång går till och följa med dig till "
        "tingsrätten. Vi kan också hjälpa dig att ansöka om brottsskadeersättning.</p>")
    p["/vittnesstod/"] = page(
        "Vittnesstöd",
        "<p>Ska du vittna i Demoläns tingsrätt? Våra vittnesstöd finns på plats i tingsrätten och kan svara på frågor om hur en "
        "rättegång går till, visa dig rättssalen och sitta med dig i väntrummet.</p><p>Vittnesstödet är på plats alla dagar då "
        "tingsrätten har förhandlingar. Telefon 0980-319 291.</p>")
    p["/lattlast/"] = page("Lättläst", "<p>Har någon gjort något brottsligt mot dig?<br>Till exempel slagit dig eller tagit dina saker?</p>"
                           "<p>Då kan du prata med oss.<br>Vi lyssnar på dig.<br>Det kostar inga pengar.</p><p>Ring 0980-319 290.</p>",
                           h1="Lättläst: Stöd om du har blivit utsatt för brott")
    p["/other-languages/"] = page("Other languages", "<p>Information in other languages / Information på andra språk:</p><ul>"
                                  + "".join(f"<li><a href=\"{h}\" lang=\"{c}\" hreflang=\"{c}\">{esc(n)}</a></li>" for n, h, c, *_ in SC_LANGS)
                                  + "</ul>", lang="en")
    for _, h, c, t, body in SC_LANGS:
        p[h] = page(t, body, lang=c)
    p["/om-oss/"] = page("Om oss", "<p>Stödcentrum för brottsutsatta Demolän är en ideell förening som har funnits sedan 1994. "
                         "Vi har ett 30-tal ideella stödpersoner.</p>")
    return site


# == 2025 → 2026 =====================================================================================================
def changes_2026(sites: dict[str, dict]) -> None:
    """Turn (deep copies of) the 2025 sites into 2026.  Every change between the years is here."""
    # Norrvik: the violence pages move to a new URL structure behind 301 redirects; two services get new titles
    nv = sites[NORRVIK]
    new = "/stod-och-hjalp/vald/"
    move_pages(nv, [
        (NV + ".html", new),
        (NV + "/olika-former-av-vald.html", new + "olika-former-av-vald/"),
        (NV + "/stod-till-valdsutsatta.html", new + "stod-till-dig-som-ar-utsatt/"),
        (NV + "/stod-till-valdsutsatta/hedersrelaterat-vald-och-fortryck.html", new + "stod-till-dig-som-ar-utsatt/hedersrelaterat-vald-och-fortryck/"),
        (NV + "/stod-till-valdsutsatta/skyddat-boende.html", new + "stod-till-dig-som-ar-utsatt/skyddat-boende/"),
        (NV + "/stod-till-dig-som-utovar-vald.html", new + "for-dig-som-utovar-vald/"),
        (NV + "/dolj-ditt-besok.html", new + "dolj-ditt-besok/"),
    ])
    p = nv["pages"]
    p["/stod-och-hjalp/"] = page("Stöd och hjälp", "<p>Stöd från kommunen när livet är svårt.</p><ul>"
                                 f"<li>{link(new, 'Våld i nära relationer')}</li>"
                                 f"<li>{link('/omsorg-och-stod/ekonomiskt-bistand.html', 'Ekonomiskt bistånd')}</li>"
                                 f"<li>{link('/omsorg-och-stod/missbruk-och-beroende.html', 'Missbruk och beroende')}</li></ul>")
    p[new + "stod-till-dig-som-ar-utsatt/"]["title"] = "Stöd till dig som är utsatt för våld"
    p[new + "for-dig-som-utovar-vald/"]["title"] = "För dig som utövar våld"
    replace_text(p[new], ">Stöd till våldsutsatta<", ">Stöd till dig som är utsatt för våld<")
    replace_text(p[new], ">Stöd till dig som utövar våld<", ">För dig som utövar våld<")
    p[new + "stod-till-dig-som-ar-utsatt/"]["lead"] = ("Lever du med någon som slår, hotar, kontrollerar eller kränker dig? "
                                                       "Socialtjänsten kan ge dig stöd och skydd – du behöver inte klara det själv.")
    replace_text(p[new + "for-dig-som-utovar-vald/"], "oftast 15–20 gånger", "vanligen 15–20 gånger")
    nv["exit_on"] = [new, "/lattlast/"]
    nv["pages"] = {"/": p.pop("/"), **dict(sorted(p.items()))}
    replace_text(nv["pages"]["/"], "Nu öppnar den nya lekplatsen i Norrviks centrum.", "Vi har gjort om webbplatsen – hittar du inte det du söker? Använd sökfunktionen.")

    # Sjöbacka: gains a quick exit (a button with inline JavaScript and an Escape handler) on its violence pages
    sj = sites[SJOBACKA]
    sj["exit"] = ('<button type="button" id="snabbexit" class="quick-exit-btn" '
                  'onclick="window.location.replace(\'https://www.smhi.se\'); return false;">Stäng sidan snabbt</button>')
    sj["exit_on"] = [SJ]
    sj["tail"] = TRANSLATE_JS + ("\n<script>document.addEventListener('keydown', function (event) {\n"
                                 "  if (event.key === 'Escape') { window.location.replace('https://www.smhi.se'); }\n});</script>")
    sj["pages"][SJ + ".html"]["lead"] = "Ingen ska behöva leva med våld. Socialtjänsten i Sjöbacka ger stöd och skydd."
    replace_text(sj["pages"]["/"], "Vägarbeten på Storgatan under våren.", "Storgatan är öppen igen efter vägarbetet.")

    # Ekdala: the Tigrinya leaflet is withdrawn
    ek = sites[EKDALA]
    del ek["pages"][ekdala_pdf_path("tigrinska")]
    replace_text(ek["pages"][EK + "/information-pa-andra-sprak.html"],
                 f"<li><a class=\"sv-document-link\" href=\"{ekdala_pdf_path('tigrinska')}\">Information på tigrinska (pdf, 91 kB)</a></li>", "")

    # Lövhamra: opens a service for people who use violence
    lh = sites[LOVHAMRA]
    lh["pages"][LH + "/for-dig-som-utovar-vald.html"] = page(
        "För dig som utövar våld",
        "<p>Utsätter du din partner eller dina barn för våld? Från och med i år erbjuder socialtjänsten behandlingssamtal för män "
        "och kvinnor som vill sluta använda våld. Samtalen är frivilliga och kostnadsfria.</p>"
        + contact_box("Kontakt", "Ring 0980-319 251, måndagar och onsdagar 13–15."),
        lead="Det går att sluta använda våld. Vi hjälper dig.")
    replace_text(lh["pages"][LH + ".html"], "</li></ul>",
                 f"</li><li>{link(LH + '/for-dig-som-utovar-vald.html', 'För dig som utövar våld')}</li></ul>")
    lh["pages"] = {"/": lh["pages"].pop("/"), **dict(sorted(lh["pages"].items()))}

    # Tallmo, the region and Manscentrum: small wording edits only
    replace_text(sites[TALLMO]["pages"]["/"], "Tallmo bibliotek har fått nya öppettider.", "Nu kan du låna elcykel på biblioteket.")
    replace_text(sites[REGION]["pages"][RG + "/vagen-fran-vald.html"], "Behandlingen är frivillig och kostnadsfri.",
                 "Behandlingen är frivillig och kostar ingenting.")
    replace_text(sites[MANSCENTRUM]["pages"]["/samtal-om-vald/"], "Vill du förändra ditt beteende?", "Vill du bli av med våldet?")

    # Familjefrid Södra Demolän: the children's group closes
    ff = sites[FAMILJEFRID]
    del ff["pages"]["/samtalsgrupp-for-barn.html"]
    replace_text(ff["pages"]["/"], f"<li>{link('/samtalsgrupp-for-barn.html', 'Samtalsgrupp för barn')}</li>", "")
    replace_text(ff["pages"]["/"], "</ul>", "</ul><h2>Nyhet</h2><p>Från januari 2026 har vi inga grupper för barn längre. Barn som "
                 "har upplevt våld får stöd via socialtjänsten i sin hemkommun.</p>")

    # Kvinnojouren Ljusglimten: the Persian page is removed
    lj = sites[LJUSGLIMTEN]
    del lj["pages"]["/fa/"]
    lj["menu"] = [item if item[0] != "Språk" else ("Språk", "#", [x for x in LJ_LANGS if x[1] != "/fa/"]) for item in lj["menu"]]
    lj["pages"]["/2026/01/nytt-ar-nya-jourkvinnor/"] = page("Nytt år, nya jourkvinnor", "<p>Tolv nya jourkvinnor har gått vår "
                                                           "utbildning och börjar svara i jourtelefonen i februari.</p>")
    lj["posts"] = [("Nytt år, nya jourkvinnor", "/2026/01/nytt-ar-nya-jourkvinnor/")] + lj["posts"][:1]
    replace_text(lj["pages"]["/"], "Ingen ska behöva leva med våld – hos oss blir du trodd.",
                 "Ingen ska behöva leva med våld. Hos oss blir du trodd och lyssnad på.")


SITE_BUILDERS = [site_norrvik, site_sjobacka, site_ekdala, site_granvik, site_lovhamra, site_tallmo, site_region,
                 site_familjefrid, site_ljusglimten, site_stjarnan, site_manscentrum, site_stodcentrum]


def build_sites() -> dict[int, dict[str, dict]]:
    y2025 = {s["host"]: s for s in (b() for b in SITE_BUILDERS)}
    y2026 = copy.deepcopy(y2025)
    changes_2026(y2026)
    return {2025: y2025, 2026: y2026}


# == ground truth: what a careful human coder records from each website ===========================================
WEEK = "mon,tue,wed,thu,fri"


def svc(name: str, url: str, exposure: list, gender: list, phones: list, *, hours: list | None = None,
        vulnerable: list | None = None, hotline: bool = False, catchment: list | None = None,
        referrals: list | None = None) -> dict:
    return {"name": name, "url": url, "exposure_groups": exposure, "gender_groups": gender,
            "vulnerable_groups": vulnerable or [], "phone_numbers": phones, "hotline_24h": hotline,
            "catchment": catchment or [], "referrals": referrals or [], "opening_hours": hours or []}


def features(*, quick_exit: bool = False, hide: bool = False, easy: bool = False, sign: bool = False, tts: bool = False,
             mt: bool = False, langs: tuple[str, ...] = ("sv",)) -> dict:
    return {"quick_exit": quick_exit, "hide_visit_advice": hide, "easy_read": easy, "sign_language": sign,
            "text_to_speech": tts, "machine_translation": mt, "languages": list(langs)}


def truth_norrvik(year: int) -> dict:
    h = f"http://{NORRVIK}"
    old = year == 2025
    return {"site": features(quick_exit=True, hide=True, easy=True, tts=True, langs=("sv", "en", "ar", "so")), "services": [
        svc("Stöd till våldsutsatta" if old else "Stöd till dig som är utsatt för våld",
            h + (NV + "/stod-till-valdsutsatta.html" if old else "/stod-och-hjalp/vald/stod-till-dig-som-ar-utsatt/"),
            ["nara_relation", "heder"], ["kvinnor", "man", "hbtq"], ["+46846500410"], vulnerable=["bristande_svenska"],
            catchment=["Norrvik"], hours=[f"{WEEK} 08:00-12:00", f"{WEEK} 13:00-16:30"]),
        svc("Stöd till dig som utövar våld" if old else "För dig som utövar våld",
            h + (NV + "/stod-till-dig-som-utovar-vald.html" if old else "/stod-och-hjalp/vald/for-dig-som-utovar-vald/"),
            ["valdsutovare"], ["konsneutral"], ["+46846500411"], catchment=["Norrvik"], hours=["tue,thu 09:00-11:00"]),
    ]}


def truth_sjobacka(year: int) -> dict:
    return {"site": features(quick_exit=year == 2026, mt=True), "services": [
        svc("Stöd vid våld i nära relationer", f"http://{SJOBACKA}{SJ}.html", ["nara_relation"], ["konsneutral"],
            ["+46313900620"], vulnerable=["aldre"], catchment=["Sjöbacka"], referrals=["heder"],
            hours=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-15:00"])]}


def truth_ekdala(year: int) -> dict:
    langs = ("sv", "ar", "fa", "ti") if year == 2025 else ("sv", "ar", "fa")
    return {"site": features(sign=True, langs=langs), "services": [
        svc("Stöd vid våld", f"http://{EKDALA}{EK}.html", ["nara_relation", "barn_som_upplever_vald"],
            ["kvinnor", "man", "barn_unga"], ["+46406280430"], catchment=["Ekdala"], referrals=["sexuellt_vald"],
            hours=[f"{WEEK} 08:00-12:00", f"{WEEK} 13:00-16:00"])]}


def truth_granvik(year: int) -> dict:
    return {"site": features(quick_exit=True, tts=True, langs=("sv", "en")), "services": [
        svc("Relationsvåldsteamet", f"http://{GRANVIK}{GV_TEAM}.html", ["nara_relation", "heder", "prostitution_manniskohandel"],
            ["kvinnor", "man", "hbtq"], ["+46846500440", "+46701740640"], vulnerable=["missbruk", "funktionsnedsattning"],
            catchment=["Granvik"], hours=[f"{WEEK} 08:00-17:00"])]}


def truth_lovhamra(year: int) -> dict:
    services = [svc("Stöd till våldsutsatta", f"http://{LOVHAMRA}{LH}/stod-till-valdsutsatta.html", ["nara_relation"],
                    ["kvinnor", "man"], ["+46980319250"], catchment=["Lövhamra"], hours=[f"{WEEK} 08:00-16:00"])]
    if year == 2026:
        services.append(svc("För dig som utövar våld", f"http://{LOVHAMRA}{LH}/for-dig-som-utovar-vald.html", ["valdsutovare"],
                            ["kvinnor", "man"], ["+46980319251"], catchment=["Lövhamra"], hours=["mon,wed 13:00-15:00"]))
    return {"site": features(), "services": services}


def truth_tallmo(year: int) -> dict:
    return {"site": features(hide=True, easy=True), "services": [
        svc("Familjestöd vid våld", f"http://{TALLMO}{TM}/familjestod-vid-vald.html", ["nara_relation", "barn_som_upplever_vald"],
            ["flickor", "pojkar", "barn_unga"], ["+46980319260"], catchment=["Tallmo"], referrals=["valdsutovare"],
            hours=["tue 13:00-15:00", "thu 08:30-10:00"])]}


def truth_region(year: int) -> dict:
    h = f"http://{REGION}{RG}"
    return {"site": features(sign=True, tts=True, mt=True, langs=("sv", "en")), "services": [
        svc("Vägen från våld", h + "/vagen-fran-vald.html", ["valdsutovare"], ["konsneutral"], ["+46406280470"],
            catchment=list(ALL_NAMES), hours=[f"{WEEK} 08:00-16:00"]),
        svc("Barnahus Demolän", h + "/barnahus-demolan.html", ["nara_relation", "sexuellt_vald", "barn_som_upplever_vald"],
            ["barn_unga"], ["+46406280471"], hours=[f"{WEEK} 08:00-16:00"]),
        svc("Samtalsstöd vid oönskade sexuella tankar", h + "/samtalsstod-vid-oonskade-sexuella-tankar.html", ["sexualbrott_risk"],
            ["konsneutral"], ["+46406280472"], hours=[f"{WEEK} 09:00-15:00"]),
    ]}


def truth_familjefrid(year: int) -> dict:
    h = f"http://{FAMILJEFRID}"
    area = ["Ekdala", "Granvik", "Lövhamra"]
    services = [svc("Stödsamtal för vuxna", h + "/stodsamtal-for-vuxna.html", ["nara_relation"], ["kvinnor", "man"],
                    ["+46313900650"], catchment=area, hours=["mon,tue,wed,thu 09:00-12:00"])]
    if year == 2025:
        services.append(svc("Samtalsgrupp för barn", h + "/samtalsgrupp-for-barn.html", ["barn_som_upplever_vald"], ["barn_unga"],
                            ["+46313900651"], catchment=area, hours=["mon,tue,wed,thu 09:00-12:00"]))
    return {"site": features(quick_exit=True, hide=True), "services": services}


def truth_ljusglimten(year: int) -> dict:
    langs = ("sv", "en", "ar", "fa") if year == 2025 else ("sv", "en", "ar")
    h = f"http://{LJUSGLIMTEN}"
    allday = ["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"]
    return {"site": features(quick_exit=True, hide=True, langs=langs), "services": [
        svc("Jourtelefon och stödsamtal", h + "/fa-stod/jourtelefon-och-stodsamtal/", ["nara_relation", "heder"],
            ["kvinnor", "hbtq"], ["+46846500480"], vulnerable=["missbruk"], hotline=True,
            catchment=["Norrvik", "Sjöbacka", "Tallmo"], hours=allday),
        svc("Skyddat boende", h + "/fa-stod/skyddat-boende/", ["nara_relation"], ["kvinnor"], ["+46846500480"], hotline=True,
            hours=allday),
    ]}


def truth_stjarnan(year: int) -> dict:
    return {"site": features(quick_exit=True), "services": [
        svc("Chatt för tjejer", f"http://{STJARNAN}/chatt-for-tjejer/", ["nara_relation", "sexuellt_vald", "heder"],
            ["flickor", "hbtq"], [], hours=["tue,thu 19:00-21:00", "sun 18:00-20:00"])]}


def truth_manscentrum(year: int) -> dict:
    h = f"http://{MANSCENTRUM}"
    return {"site": features(langs=("sv", "en")), "services": [
        svc("Stödsamtal för män", h + "/stodsamtal-for-man/", ["nara_relation", "sexuellt_vald"], ["man", "pojkar", "hbtq"],
            ["+46313900690"], hours=["mon,tue,wed,thu 10:00-14:00"]),
        svc("Samtal om våld", h + "/samtal-om-vald/", ["valdsutovare"], ["man"], ["+46313900691"], hours=["mon,wed 13:00-15:00"]),
    ]}


def truth_stodcentrum(year: int) -> dict:
    return {"site": features(easy=True, tts=True, langs=("sv", "en", "pl", "so", "ti")), "services": [
        svc("Stöd till brottsutsatta", f"http://{STODCENTRUM}/stod-till-brottsutsatta/", ["nara_relation", "sexuellt_vald", "heder"],
            ["konsneutral"], ["+46980319290"], vulnerable=["aldre"], hours=[f"{WEEK} 09:00-15:00"])]}


# == the registry ==================================================================================================
def actor(aid: str, name: str, huvudman: str, sektor: str, kommunkoder: str, host: str, truth: Callable[[int], dict],
          notes: str, start_urls: str = "") -> dict:
    return {"id": aid, "name": name, "huvudman": huvudman, "sektor": sektor, "lan_code": "99", "kommunkoder": kommunkoder,
            "website": f"http://{host}/", "start_urls": start_urls or f"http://{host}/", "allowed_domains": host,
            "notes": notes, "truth": truth}


ACTORS = [
    actor("kommun_9901_norrvik", "Norrviks kommun", "Norrviks kommun", "kommun", "9901", NORRVIK, truth_norrvik,
          "Demo: many features (link quick exit, hide-visit page, easy-read, ReadSpeaker, hreflang languages); 2026 moves its violence pages behind 301 redirects."),
    actor("kommun_9902_sjobacka", "Sjöbacka kommun", "Sjöbacka kommun", "kommun", "9902", SJOBACKA, truth_sjobacka,
          "Demo: gender-neutral text, machine-translation widget, older people, referral for heder; gains a quick exit in 2026."),
    actor("kommun_9903_ekdala", "Ekdala kommun", "Ekdala kommun", "kommun", "9903", EKDALA, truth_ekdala,
          "Demo: PDFs per language (Tigrinya withdrawn in 2026), sign-language video, children who experience violence."),
    actor("kommun_9904_granvik", "Granviks kommun", "Granviks kommun", "kommun", "9904", GRANVIK, truth_granvik,
          "Demo: quick exit injected by a script file, hreflang alternate, sex mot ersättning, vulnerable groups."),
    actor("kommun_9905_lovhamra", "Lövhamra kommun", "Lövhamra kommun", "kommun", "9905", LOVHAMRA, truth_lovhamra,
          "Demo: few features; opens a service for perpetrators in 2026."),
    actor("kommun_9906_tallmo", "Tallmo kommun", "Tallmo kommun", "kommun", "9906", TALLMO, truth_tallmo,
          "Demo: general information page without a service, easy-read, hide-visit advice, referral to the region."),
    actor("region_99_demolan", "Region Demolän", "Region Demolän", "region", ALL_CODES, REGION, truth_region,
          "Demo: a big site; Vägen från våld, Barnahus, help for unwanted sexual thoughts; starts also at its violence hub.",
          start_urls=f"http://{REGION}/ http://{REGION}{RG}.html"),
    actor("kommungemensam_familjefrid_sodra", "Familjefrid Södra Demolän", "Ekdala, Granvik och Lövhamra kommuner",
          "kommungemensam", "9903;9904;9905", FAMILJEFRID, truth_familjefrid,
          "Demo: joint service of three municipalities; closes its children's group in 2026."),
    actor("jour_kvinnojouren_ljusglimten", "Kvinnojouren Ljusglimten", "Kvinnojouren Ljusglimten", "ideburen", "9901;9902;9906",
          LJUSGLIMTEN, truth_ljusglimten, "Demo: 24/7 line, secret shelter address, button quick exit; drops Persian in 2026."),
    actor("jour_tjejjouren_stjarnan", "Tjejjouren Stjärnan", "Tjejjouren Stjärnan", "ideburen", ALL_CODES, STJARNAN,
          truth_stjarnan, "Demo: chat for girls (no phone), quick exit as a link."),
    actor("jour_manscentrum_demolan", "Manscentrum Demolän", "Manscentrum Demolän", "ideburen", ALL_CODES, MANSCENTRUM,
          truth_manscentrum, "Demo: men and hbtq people exposed to violence, and men who use violence."),
    actor("jour_stodcentrum_demolan", "Stödcentrum för brottsutsatta Demolän", "Stödcentrum för brottsutsatta Demolän",
          "ideburen", ALL_CODES, STODCENTRUM, truth_stodcentrum,
          "Demo: Brottsofferjour-like; all crime victims, older people, five languages, easy-read, Lyssna."),
]

CHANGES = {"from": 2025, "to": 2026, "changes": [
    {"kind": "service_closed", "actor_id": "kommungemensam_familjefrid_sodra", "service": "Samtalsgrupp för barn",
     "variable": None, "value": None, "note": "The children's group page is gone in 2026; the home page says the groups have ended."},
    {"kind": "service_added", "actor_id": "kommun_9905_lovhamra", "service": "För dig som utövar våld", "variable": None,
     "value": None, "note": "A new page for people who use violence, linked from the violence hub."},
    {"kind": "feature_gained", "actor_id": "kommun_9902_sjobacka", "service": None, "variable": "quick_exit", "value": "true",
     "note": "A 'Stäng sidan snabbt' button with onclick window.location.replace and an Escape-key handler, on the violence pages."},
    {"kind": "feature_lost", "actor_id": "jour_kvinnojouren_ljusglimten", "service": None, "variable": "languages", "value": "fa",
     "note": "The Persian page (/fa/) and its menu link are removed."},
    {"kind": "feature_lost", "actor_id": "kommun_9903_ekdala", "service": None, "variable": "languages", "value": "ti",
     "note": "The Tigrinya PDF and its link are removed."},
    {"kind": "pages_moved", "actor_id": "kommun_9901_norrvik", "service": None, "variable": None, "value": None,
     "note": "The violence pages move from /omsorg-och-stod/vald-i-nara-relationer/... (.html) to /stod-och-hjalp/vald/.../ "
             "with 301 redirects in _redirects; both services keep their content but get reworded titles "
             "('Stöd till dig som är utsatt för våld', 'För dig som utövar våld'). Not a closed plus a new service."},
]}


# == output ========================================================================================================
def write_year(year: int, sites: dict[str, dict]) -> dict[str, int]:
    root = HERE / str(year)
    if root.exists():
        shutil.rmtree(root)
    counts = {}
    for host, site in sites.items():
        host_dir = root / host
        n = 0
        for path, pg in site["pages"].items():
            rel = path.lstrip("/")
            target = host_dir / (rel + "index.html" if path.endswith("/") else rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            if "raw" in pg:
                target.write_bytes(pg["raw"])
            else:
                target.write_text(RENDERERS[site["kind"]](site, path, pg, year), encoding="utf-8", newline="\n")
                n += 1
        sitemap = f"http://{host}/sitemap.xml" if site.get("sitemap") else ""
        files = dict(site["files"])
        files["robots.txt"] = robots(*site.get("robots", ["/sok.html"]), sitemap=sitemap)
        if sitemap:
            files["sitemap.xml"] = sitemap_xml(host, site["pages"])
        if site["redirects"]:
            files["_redirects"] = "# FROM TO STATUS – the violence pages moved in 2026\n" + "\n".join(site["redirects"]) + "\n"
        for name, text in files.items():
            (host_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (host_dir / name).write_text(text, encoding="utf-8", newline="\n")
        counts[host] = n
    return counts


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="\n")


def main() -> None:
    by_year = build_sites()
    for year in YEARS:
        counts = write_year(year, by_year[year])
        print(f"{year}: " + ", ".join(f"{h} {n}" for h, n in counts.items()) + f" — {sum(counts.values())} HTML pages")
    truth_root = HERE / "truth"
    if truth_root.exists():
        shutil.rmtree(truth_root)
    for year in YEARS:
        for a in ACTORS:
            t = a["truth"](year)
            write_json(truth_root / str(year) / f"{a['id']}.json",
                       {"actor_id": a["id"], "year": year, "site": t["site"], "services": t["services"]})
    write_json(truth_root / "changes.json", CHANGES)
    cols = ["id", "name", "huvudman", "sektor", "lan_code", "kommunkoder", "website", "start_urls", "allowed_domains", "notes"]
    write_csv(HERE / "demo.csv", cols, [[a[c] for c in cols] for a in ACTORS])
    write_csv(HERE / "kommuner.csv", ["municipality_code", "municipality_name_short"], [list(k) for k in KOMMUNER])
    # the registry's own municipality list, read next to it (matrix.registry: demo.csv → demo.kommuner.csv)
    write_csv(HERE / "demo.kommuner.csv", ["municipality_code", "municipality_name_short"], [list(k) for k in KOMMUNER])


if __name__ == "__main__":
    main()
