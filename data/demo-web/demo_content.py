"""The content of Demolän: sites, pages per year, ground truth and the 2025→2026 changes.

Fiction throughout.  Phone numbers are from PTS's ranges for fiction (08-465 004 xx,
031-390 06 xx, 0980-319 2xx).  Each actor's ``truth(year)`` is what a careful human coder records
from the website: site features and the services (verksamheter) with their target groups.
"""

from __future__ import annotations

import zlib

KOMMUNER = [("9901", "Norrvik"), ("9902", "Sjöbacka"), ("9903", "Ekdala"), ("9904", "Granvik"),
            ("9905", "Lövhamra"), ("9906", "Tallmo")]
ALL_NAMES = [n for _, n in KOMMUNER]


def sid(path: str) -> int:
    return zlib.crc32(path.encode()) % 9999


# -- shared municipal skeleton ---------------------------------------------------------------------
def menu(hub: str) -> list:
    return [
        ("Bygga, bo och miljö", "/bygga-bo-och-miljo.html", [("Bygglov", "/bygga-bo-och-miljo/bygglov.html"),
                                                              ("Avfall och återvinning", "/bygga-bo-och-miljo/avfall.html")]),
        ("Förskola och skola", "/forskola-och-skola.html", [("Förskola", "/forskola-och-skola/forskola.html"),
                                                            ("Grundskola", "/forskola-och-skola/grundskola.html")]),
        ("Omsorg och stöd", "/omsorg-och-stod.html", [("Äldreomsorg", "/omsorg-och-stod/aldreomsorg.html"),
                                                      ("Ekonomiskt bistånd", "/omsorg-och-stod/ekonomiskt-bistand.html"),
                                                      ("Våld i nära relationer", hub)]),
        ("Kultur och fritid", "/kultur-och-fritid.html", [("Bibliotek", "/kultur-och-fritid/bibliotek.html"),
                                                          ("Badhus", "/kultur-och-fritid/badhus.html")]),
        ("Kommun och politik", "/kommun-och-politik.html", [("Kommunfullmäktige", "/kommun-och-politik/kf.html"),
                                                             ("Jobba hos oss", "/jobba-hos-oss.html")]),
    ]


FILLER = {
    "/bygga-bo-och-miljo.html": ("Bygga, bo och miljö", "Här hittar du information om bygglov, avfall, vatten och avlopp."),
    "/bygga-bo-och-miljo/bygglov.html": ("Bygglov", "Du behöver bygglov för att bygga nytt, bygga till eller ändra "
                                         "användningen av en byggnad. Ansök digitalt i e-tjänsten."),
    "/bygga-bo-och-miljo/avfall.html": ("Avfall och återvinning", "Sophämtning sker varannan vecka. Grovavfall lämnar "
                                        "du på återvinningscentralen, öppen tisdag–torsdag 10–18."),
    "/forskola-och-skola.html": ("Förskola och skola", "Ansök om förskoleplats senast fyra månader innan du behöver den."),
    "/forskola-och-skola/forskola.html": ("Förskola", "Barn från ett års ålder kan få plats i förskola."),
    "/forskola-och-skola/grundskola.html": ("Grundskola", "Skolval görs i januari inför höstterminen."),
    "/omsorg-och-stod/aldreomsorg.html": ("Äldreomsorg", "Hemtjänst, trygghetslarm och särskilt boende för äldre."),
    "/omsorg-och-stod/ekonomiskt-bistand.html": ("Ekonomiskt bistånd", "Försörjningsstöd kan du söka om du inte kan "
                                                 "försörja dig på annat sätt."),
    "/kultur-och-fritid.html": ("Kultur och fritid", "Bibliotek, badhus, föreningsliv och evenemang."),
    "/kultur-och-fritid/bibliotek.html": ("Bibliotek", "Biblioteket har öppet måndag–torsdag 10–19 och fredag 10–16."),
    "/kultur-och-fritid/badhus.html": ("Badhus", "Simhallen har öppet alla dagar 7–21."),
    "/kommun-och-politik.html": ("Kommun och politik", "Kommunens organisation, politiska beslut och protokoll."),
    "/kommun-och-politik/kf.html": ("Kommunfullmäktige", "Kommunfullmäktige sammanträder sex gånger om året."),
    "/jobba-hos-oss.html": ("Jobba hos oss", "Vi är en av de största arbetsgivarna i kommunen. Se lediga jobb."),
    "/om-webbplatsen.html": ("Om webbplatsen", "Webbplatsen drivs av kommunikationsavdelningen."),
    "/om-webbplatsen/kakor.html": ("Kakor", "Vi använder kakor för statistik. Du kan neka kakor i bannern."),
    "/om-webbplatsen/tillganglighetsredogorelse.html": ("Tillgänglighetsredogörelse", "Vi strävar efter att "
                                                        "webbplatsen ska uppfylla WCAG 2.1 nivå AA."),
}


def filler_pages(hub: str) -> list[dict]:
    pages = []
    for path, (title, text) in FILLER.items():
        pages.append({"path": path, "title": title, "body": f"<h1>{title}</h1><p>{text}</p>",
                      "crumbs": [("Start", "/")]})
    pages.append({"path": "/omsorg-och-stod.html", "title": "Omsorg och stöd", "crumbs": [("Start", "/")],
                  "body": "<h1>Omsorg och stöd</h1><ul>"
                          "<li><a href='/omsorg-och-stod/aldreomsorg.html'>Äldreomsorg</a></li>"
                          "<li><a href='/omsorg-och-stod/ekonomiskt-bistand.html'>Ekonomiskt bistånd</a></li>"
                          f"<li><a href='{hub}'>Våld i nära relationer</a></li></ul>"})
    return pages


def home(name: str, hub: str, news: str) -> dict:
    return {"path": "/", "title": "Startsida", "body": f"<h1>Välkommen till {name}</h1>"
            "<section class='puffar'><h2>Genvägar</h2><ul>"
            "<li><a href='/bygga-bo-och-miljo/bygglov.html'>Söka bygglov</a></li>"
            "<li><a href='/forskola-och-skola/forskola.html'>Ansök om förskola</a></li>"
            f"<li><a href='{hub}'>Stöd vid våld i nära relationer</a></li>"
            "<li><a href='/jobba-hos-oss.html'>Lediga jobb</a></li></ul></section>"
            f"<section><h2>Nyheter</h2><p>{news}</p></section>"}


def robots(disallow: str = "/sok.html") -> dict:
    return {"robots.txt": f"User-agent: *\nDisallow: {disallow}\n"}


def sitemap(host: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>http://{host}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


READSPEAKER = ('<a class="rsbtn_play" accesskey="L" title="Lyssna på sidans text med ReadSpeaker" '
               'href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=0000&amp;lang=sv_se">Lyssna</a>')
MINIPDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R>>endobj 4 0 obj<</Length 44>>"
           b"stream\nBT /F1 12 Tf 20 50 Td (Demodata) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def svc(name: str, url: str, exposure: list, gender: list, phones: list, *, vulnerable: list | None = None,
        hotline: bool = False, catchment: list | None = None, referrals: list | None = None) -> dict:
    return {"name": name, "url": url, "exposure_groups": exposure, "gender_groups": gender,
            "vulnerable_groups": vulnerable or [], "phone_numbers": phones, "hotline_24h": hotline,
            "catchment": catchment or [], "referrals": referrals or []}


def site_truth(quick_exit=False, hide=False, easy=False, sign=False, tts=False, mt=False, langs=("sv",)) -> dict:
    return {"quick_exit": quick_exit, "hide_visit_advice": hide, "easy_read": easy, "sign_language": sign,
            "text_to_speech": tts, "machine_translation": mt, "languages": list(langs)}


# == Norrvik: many features; in 2026 its pages move behind redirects ===============================
def norrvik_pages(year: int) -> list:
    old = year == 2025
    base = "/omsorg-och-stod/vald-i-nara-relationer" if old else "/stod-och-hjalp/vald"
    hub = base + ".html" if old else base + "/"
    stod = f"{base}/stod-till-valdsutsatta.html" if old else f"{base}/stod-till-dig-som-ar-utsatt.html"
    utovare = f"{base}/stod-till-dig-som-utovar-vald.html" if old else f"{base}/for-dig-som-utovar-vald.html"
    dolj = f"{base}/dolj-ditt-besok.html"
    crumbs = [("Start", "/"), ("Omsorg och stöd", "/omsorg-och-stod.html"), ("Våld i nära relationer", hub)]
    exitlink = '<p class="exit-link"><a href="https://www.google.se" rel="noreferrer">Lämna sidan snabbt</a></p>'
    return [
        home("Norrviks kommun", hub, "Nu öppnar den nya lekplatsen i Norrviks centrum."),
        *filler_pages(hub),
        {"path": hub, "title": "Våld i nära relationer", "crumbs": crumbs[:2],
         "body": exitlink + "<h1>Våld i nära relationer</h1><p>Våld kan vara fysiskt, psykiskt, sexuellt eller "
         "ekonomiskt. Här hittar du information och kontaktvägar.</p><ul>"
         f"<li><a href='{stod}'>{'Stöd till våldsutsatta' if old else 'Stöd till dig som är utsatt för våld'}</a></li>"
         f"<li><a href='{utovare}'>{'Stöd till dig som utövar våld' if old else 'För dig som utövar våld'}</a></li>"
         f"<li><a href='{dolj}'>Så döljer du ditt besök på webbplatsen</a></li>"
         "<li><a href='/lattlast/vald.html'>Lättläst om våld</a></li></ul>"},
        {"path": stod, "title": "Stöd till våldsutsatta" if old else "Stöd till dig som är utsatt för våld",
         "crumbs": crumbs, "related": [("Så döljer du ditt besök", dolj)],
         "body": exitlink + f"<h1>{'Stöd till våldsutsatta' if old else 'Stöd till dig som är utsatt för våld'}</h1>"
         "<p class='ingress'>Är du utsatt för våld eller hot av någon som står dig nära? Socialtjänsten i Norrvik "
         "erbjuder stöd till kvinnor, män och hbtqi-personer som lever eller har levt med våld.</p>"
         "<p>Vi ger också stöd till dig som utsätts för hedersrelaterat våld och förtryck, till exempel om din "
         "familj bestämmer vem du får träffa eller gifta dig med.</p>"
         "<p>Du som inte talar svenska kan få hjälp av tolk. Samtalen är kostnadsfria.</p>"
         "<h2>Kontakt</h2><p>Ring socialtjänstens mottagning på 08-465 004 10. Telefontid: mån–fre 8.00–16.30, "
         "lunchstängt 12–13.</p><p>Vid akut fara, ring 112.</p>"},
        {"path": utovare, "title": "Stöd till dig som utövar våld" if old else "För dig som utövar våld",
         "crumbs": crumbs,
         "body": f"<h1>{'Stöd till dig som utövar våld' if old else 'För dig som utövar våld'}</h1>"
         "<p>Har du slagit, hotat eller kontrollerat någon i din familj? Vi erbjuder samtal till dig som vill "
         "sluta använda våld. Du kan vara anonym första gången.</p>"
         "<p>Ring oss på 08-465 004 11, tisdagar och torsdagar kl. 9–11.</p>"},
        {"path": dolj, "title": "Så döljer du ditt besök", "crumbs": crumbs,
         "body": "<h1>Så döljer du ditt besök</h1><p>Om du är rädd att någon ska se vilka sidor du har besökt kan "
         "du rensa historiken i webbläsaren eller surfa i privat läge (inkognito).</p>"},
        {"path": "/lattlast/vald.html", "title": "Lättläst: Våld i nära relationer", "crumbs": [("Start", "/")],
         "body": "<h1>Lättläst: Våld i nära relationer</h1><p>Här kan du läsa om våld på lätt svenska.</p>"
         "<p>Ingen får slå dig. Ingen får hota dig. Du kan få hjälp av kommunen.</p>"},
        {"path": "/en/", "title": "In English", "lang": "en", "crumbs": [("Start", "/")],
         "body": "<h1>Information in English</h1><p>Norrvik municipality offers support if you are subjected to "
         "violence. Call 08-465 004 10.</p>"},
        {"path": "/ar/", "title": "العربية", "lang": "ar", "crumbs": [("Start", "/")],
         "body": "<h1>معلومات باللغة العربية</h1><p>تقدم البلدية الدعم لمن يتعرض للعنف.</p>"},
        {"path": "/so/", "title": "Soomaali", "lang": "so", "crumbs": [("Start", "/")],
         "body": "<h1>Macluumaad af Soomaali ah</h1><p>Degmadu waxay taageero siisaa dadka la kulma rabshad.</p>"},
    ]


NORRVIK_TOOLS = (READSPEAKER + ' <a href="/lattlast/vald.html">Lättläst</a> <a href="/en/" hreflang="en">In English</a> '
                 '<a href="/ar/" hreflang="ar">العربية</a> <a href="/so/" hreflang="so">Soomaali</a>')


def norrvik_files(year: int) -> dict:
    files = robots()
    if year == 2026:
        files["_redirects"] = (
            "/omsorg-och-stod/vald-i-nara-relationer.html /stod-och-hjalp/vald/ 301\n"
            "/omsorg-och-stod/vald-i-nara-relationer/stod-till-valdsutsatta.html "
            "/stod-och-hjalp/vald/stod-till-dig-som-ar-utsatt.html 301\n"
            "/omsorg-och-stod/vald-i-nara-relationer/stod-till-dig-som-utovar-vald.html "
            "/stod-och-hjalp/vald/for-dig-som-utovar-vald.html 301\n"
            "/omsorg-och-stod/vald-i-nara-relationer/dolj-ditt-besok.html /stod-och-hjalp/vald/dolj-ditt-besok.html 301\n")
    files["sitemap.xml"] = sitemap("www.norrvik.se.test", ["/", "/omsorg-och-stod.html"])
    return files


def norrvik_truth(year: int) -> dict:
    h = "http://www.norrvik.se.test"
    old = year == 2025
    base = "/omsorg-och-stod/vald-i-nara-relationer" if old else "/stod-och-hjalp/vald"
    return {"site": site_truth(quick_exit=True, hide=True, easy=True, tts=True, langs=("sv", "en", "ar", "so")),
            "services": [
                svc("Stöd till våldsutsatta" if old else "Stöd till dig som är utsatt för våld",
                    h + base + ("/stod-till-valdsutsatta.html" if old else "/stod-till-dig-som-ar-utsatt.html"),
                    ["nara_relation", "heder"], ["kvinnor", "man", "hbtq"], ["+46846500410"],
                    vulnerable=["bristande_svenska"], catchment=["Norrvik"]),
                svc("Stöd till dig som utövar våld" if old else "För dig som utövar våld",
                    h + base + ("/stod-till-dig-som-utovar-vald.html" if old else "/for-dig-som-utovar-vald.html"),
                    ["valdsutovare"], ["konsneutral"], ["+46846500411"]),
            ]}


# == Sjöbacka: gender-neutral text, a translate widget; gains a quick exit in 2026 ===================
def sjobacka_pages(year: int) -> list:
    hub = "/omsorg-och-stod/vald-i-nara-relationer.html"
    exit_button = ('<button type="button" id="snabbexit" class="btn-exit" '
                   'onclick="window.location.replace(\'https://www.smhi.se\')">Stäng sidan</button>'
                   if year == 2026 else "")
    return [
        home("Sjöbacka kommun", hub, "Vägarbeten på Storgatan under våren."),
        *filler_pages(hub),
        {"path": hub, "title": "Stöd vid våld i nära relationer", "crumbs": [("Start", "/")],
         "body": exit_button + "<h1>Stöd vid våld i nära relationer</h1>"
         "<p>Du som är vuxen och utsätts för våld, hot eller kränkningar av en närstående kan få stöd av "
         "socialtjänsten. Vi erbjuder samtal, hjälp med skyddat boende och stöd i kontakten med polisen.</p>"
         "<p>Våldet kan drabba alla personer oavsett ålder och bakgrund.</p>"
         "<p>Är du utsatt för hedersrelaterat våld? Kontakta Hedersförtryck.se eller ring 112 om det är akut.</p>"
         "<h2>Kontakta oss</h2><p>Telefon 031-390 06 20. Måndag–torsdag kl 8–16, fredag kl 8–15. "
         "Helgdagar stängt.</p>"},
    ]


SJOBACKA_WIDGET = ('<div id="google_translate_element"></div><script src="//translate.google.com/translate_a/'
                   'element.js?cb=googleTranslateElementInit"></script>')
SJOBACKA_EXIT_JS = ("<script src='/js/snabbexit-tangent.js'></script>")


def sjobacka_files(year: int) -> dict:
    files = robots("/sok.html\nDisallow: /intern/")
    if year == 2026:
        files["js/snabbexit-tangent.js"] = (
            "document.addEventListener('keydown', function (e) {\n  if (e.key === 'Escape') {\n"
            "    window.location.replace('https://www.smhi.se');\n  }\n});\n")
    return files


def sjobacka_truth(year: int) -> dict:
    return {"site": site_truth(quick_exit=year == 2026, mt=True),
            "services": [svc("Stöd vid våld i nära relationer",
                             "http://www.sjobacka.se.test/omsorg-och-stod/vald-i-nara-relationer.html",
                             ["nara_relation"], ["konsneutral"], ["+46313900620"], referrals=["heder"])]}


# == Ekdala: PDFs per language (drops one in 2026), sign language video ============================
def ekdala_pages(year: int) -> list:
    hub = "/omsorg-och-stod/vald.html"
    pdfs = [("Information på arabiska (pdf)", "/download/vald-arabiska.pdf"),
            ("Information på persiska (pdf)", "/download/vald-persiska.pdf")]
    if year == 2025:
        pdfs.append(("Information på tigrinska (pdf)", "/download/vald-tigrinska.pdf"))
    links = "".join(f"<li><a href='{h}'>{t}</a></li>" for t, h in pdfs)
    pages = [
        home("Ekdala kommun", hub, "Välkommen på öppet hus i nya kulturhuset."),
        *filler_pages(hub),
        {"path": hub, "title": "Stöd vid våld", "crumbs": [("Start", "/")],
         "body": "<h1>Stöd vid våld</h1><p>Är du utsatt för våld i en nära relation? Socialtjänsten i Ekdala "
         "ger stöd till kvinnor och män som är utsatta, och till barn och unga som har upplevt våld i familjen.</p>"
         "<p>Barn som upplever våld mellan sina föräldrar kan få stödsamtal i grupp hos "
         "<a href='http://www.familjefrid-sodra.se.test/'>Familjefrid Södra Demolän</a>.</p>"
         "<p>Ring 031-390 06 30, vardagar 8.00–12.00 och 13.00–16.00.</p>"
         "<h2>Information på andra språk</h2><ul>" + links + "</ul>"
         "<h2>Teckenspråk</h2><iframe title='Om stöd vid våld på svenskt teckenspråk' "
         "src='/media/teckensprak-vald.html' width='560' height='315'></iframe>"},
        {"path": "/media/teckensprak-vald.html", "raw": "<html lang='sv'><body><p>Video (demodata)</p></body></html>"},
    ]
    pages += [{"path": h, "raw": MINIPDF} for _, h in pdfs]
    return pages


def ekdala_truth(year: int) -> dict:
    langs = ("sv", "ar", "fa", "ti") if year == 2025 else ("sv", "ar", "fa")
    return {"site": site_truth(sign=True, langs=langs),
            "services": [svc("Stöd vid våld", "http://www.ekdala.se.test/omsorg-och-stod/vald.html",
                             ["nara_relation", "barn_som_upplever_vald"], ["kvinnor", "man", "barn_unga"],
                             ["+46313900630"], catchment=["Ekdala"])]}


# == Granvik: quick exit injected by a script, hreflang, vulnerable groups ========================
def granvik_pages(year: int) -> list:
    hub = "/socialt-stod/vald-i-nara-relation.html"
    return [
        home("Granviks kommun", hub, "Granvik firar 50 år som kommun."),
        *filler_pages(hub),
        {"path": hub, "title": "Våld i nära relation", "crumbs": [("Start", "/")],
         "head": '<link rel="alternate" hreflang="en" href="http://www.granvik.se.test/en/violence.html">',
         "body": "<h1>Våld i nära relation</h1><p>Socialtjänsten erbjuder stöd och skydd till dig som är utsatt för "
         "våld av en partner eller annan närstående. Vi tar emot kvinnor, män och ickebinära.</p>"
         "<p>Vi har särskild kunskap om hedersrelaterat våld och förtryck och om sex mot ersättning. "
         "Du som har ett missbruk eller en funktionsnedsättning är också välkommen.</p>"
         "<p>Kontakta oss på 08-465 004 40 (mån–fre 8–17). Efter kontorstid når du socialjouren via 112.</p>"},
        {"path": "/en/violence.html", "title": "Violence in close relationships", "lang": "en",
         "head": '<link rel="alternate" hreflang="sv" href="http://www.granvik.se.test/socialt-stod/vald-i-nara-relation.html">',
         "body": "<h1>Violence in close relationships</h1><p>Social services can help you. Call 08-465 004 40.</p>"},
    ]


GRANVIK_HEAD = ('<script src="/js/quick-exit.js" data-exit-url="https://www.yr.no" defer></script>')


def granvik_files(year: int) -> dict:
    files = robots()
    files["js/quick-exit.js"] = (
        "(function () {\n  var url = document.currentScript.getAttribute('data-exit-url');\n"
        "  var b = document.createElement('button');\n  b.textContent = 'Lämna sidan snabbt';\n"
        "  b.onclick = function () { window.location.replace(url); };\n  document.body.prepend(b);\n})();\n")
    return files


def granvik_truth(year: int) -> dict:
    return {"site": site_truth(quick_exit=True, tts=True, langs=("sv", "en")),
            "services": [svc("Våld i nära relation", "http://www.granvik.se.test/socialt-stod/vald-i-nara-relation.html",
                             ["nara_relation", "heder", "prostitution_manniskohandel"], ["kvinnor", "man", "hbtq"],
                             ["+46846500440"], vulnerable=["missbruk", "funktionsnedsattning"])]}


# == Lövhamra: few features; opens a service for perpetrators in 2026 ============================
def lovhamra_pages(year: int) -> list:
    hub = "/omsorg/vald.html"
    pages = [
        home("Lövhamra kommun", hub, "Ny cykelväg mellan Lövhamra och Tallmo."),
        *filler_pages(hub),
        {"path": hub, "title": "Stöd till våldsutsatta", "crumbs": [("Start", "/")],
         "body": "<h1>Stöd till våldsutsatta</h1><p>Lever du med någon som slår, hotar eller kontrollerar dig? "
         "Vi ger stöd till kvinnor och män som är utsatta för våld i en nära relation.</p>"
         "<p>Ring 0980-319 250 mån–fre kl. 8.00–16.00.</p>"
         + ("<p><a href='/omsorg/vald/for-dig-som-utovar-vald.html'>För dig som utövar våld</a></p>"
            if year == 2026 else "")},
    ]
    if year == 2026:
        pages.append({"path": "/omsorg/vald/for-dig-som-utovar-vald.html", "title": "För dig som utövar våld",
                      "crumbs": [("Start", "/"), ("Stöd till våldsutsatta", hub)],
                      "body": "<h1>För dig som utövar våld</h1><p>Utsätter du din partner eller dina barn för våld? "
                      "Från i år erbjuder vi behandling för män och kvinnor som vill sluta. Ring 0980-319 251.</p>"})
    return pages


def lovhamra_truth(year: int) -> dict:
    services = [svc("Stöd till våldsutsatta", "http://www.lovhamra.se.test/omsorg/vald.html", ["nara_relation"],
                    ["kvinnor", "man"], ["+46980319250"])]
    if year == 2026:
        services.append(svc("För dig som utövar våld",
                            "http://www.lovhamra.se.test/omsorg/vald/for-dig-som-utovar-vald.html",
                            ["valdsutovare"], ["kvinnor", "man"], ["+46980319251"]))
    return {"site": site_truth(), "services": services}


# == Tallmo: an information page without a service, easy-read, hide-visit advice ====================
def tallmo_pages(year: int) -> list:
    hub = "/omsorg-och-stod/vald-i-nara-relationer.html"
    return [
        home("Tallmo kommun", hub, "Tallmo bibliotek har fått nya öppettider."),
        *filler_pages(hub),
        {"path": hub, "title": "Våld i nära relationer", "crumbs": [("Start", "/")],
         "body": "<h1>Våld i nära relationer</h1><ul>"
         "<li><a href='/omsorg-och-stod/vald-i-nara-relationer/vad-ar-vald.html'>Vad är våld?</a></li>"
         "<li><a href='/omsorg-och-stod/vald-i-nara-relationer/familjestod.html'>Familjestöd vid våld</a></li>"
         "<li><a href='/omsorg-och-stod/vald-i-nara-relationer/lattlast.html'>Lättläst om våld</a></li></ul>"
         "<p>Tänk på att den som utövar våld kan se vilka sidor du besökt. Rensa webbhistoriken efter ditt besök.</p>"},
        {"path": "/omsorg-och-stod/vald-i-nara-relationer/vad-ar-vald.html", "title": "Vad är våld?",
         "crumbs": [("Start", "/"), ("Våld i nära relationer", hub)],
         "body": "<h1>Vad är våld?</h1><p>Våld kan vara fysiskt, psykiskt, sexuellt, ekonomiskt eller materiellt. "
         "Hedersrelaterat våld och förtryck är kollektivt utövat. Mäns våld mot kvinnor är ett samhällsproblem.</p>"},
        {"path": "/omsorg-och-stod/vald-i-nara-relationer/familjestod.html", "title": "Familjestöd vid våld",
         "crumbs": [("Start", "/"), ("Våld i nära relationer", hub)],
         "body": "<h1>Familjestöd vid våld</h1><p>Familjestödet i Tallmo erbjuder stödsamtal till dig som är utsatt "
         "för våld av en närstående, och till barn som har upplevt våld i hemmet. Tjejer och killar kan få "
         "egna samtal.</p><p>Vill du sluta använda våld? Kontakta Vägen från våld i Region Demolän.</p>"
         "<p>Telefon: 0980-319 260. Telefontid: tisdag–torsdag 13.00–15.00.</p>"},
        {"path": "/omsorg-och-stod/vald-i-nara-relationer/lattlast.html", "title": "Lättläst om våld",
         "crumbs": [("Start", "/"), ("Våld i nära relationer", hub)],
         "body": "<h1>Lättläst om våld</h1><p>Här finns text på lätt svenska om våld i familjen.</p>"},
    ]


def tallmo_truth(year: int) -> dict:
    return {"site": site_truth(hide=True, easy=True),
            "services": [svc("Familjestöd vid våld",
                             "http://www.tallmo.se.test/omsorg-och-stod/vald-i-nara-relationer/familjestod.html",
                             ["nara_relation", "barn_som_upplever_vald"], ["flickor", "pojkar", "barn_unga"],
                             ["+46980319260"], catchment=["Tallmo"], referrals=["valdsutovare"])]}


def kommun_site(code: str, name: str, host: str, pages, files, tools: dict | None = None, head: dict | None = None,
                tail: dict | None = None) -> dict:
    return {"kind": "sitevision", "host": host, "name": f"{name}{'' if name.endswith('s') else 's'} kommun"
            .replace("Sjöbackas", "Sjöbacka").replace("Ekdalas", "Ekdala").replace("Lövhamras", "Lövhamra"),
            "town": name, "switchboard": "08-465 004 00", "email": f"kommun@{host.removeprefix('www.')}",
            "menu": menu("/"), "pages": pages, "files": files, "tools": tools or {}, "head": head or {},
            "tail": tail or {}}


# == Region Demolän: a big organisation's site with two services ====================================
def region_pages(year: int) -> list:
    hub = "/vard-och-halsa/stod-vid-vald.html"
    vfv = "/vard-och-halsa/stod-vid-vald/vagen-fran-vald.html"
    bh = "/vard-och-halsa/stod-vid-vald/barnahus.html"
    kommuner = ", ".join(ALL_NAMES[:-1]) + " och " + ALL_NAMES[-1]
    pages = [
        {"path": "/", "title": "Region Demolän", "body": "<h1>Region Demolän</h1><ul>"
         "<li><a href='/vard-och-halsa.html'>Vård och hälsa</a></li><li><a href='/kollektivtrafik.html'>Kollektivtrafik</a></li>"
         "<li><a href='/jobba-hos-oss.html'>Jobba hos oss</a></li><li><a href='/politik.html'>Politik</a></li></ul>"},
        {"path": "/vard-och-halsa.html", "title": "Vård och hälsa", "body": "<h1>Vård och hälsa</h1><ul>"
         "<li><a href='/vard-och-halsa/vardcentraler.html'>Vårdcentraler</a></li>"
         f"<li><a href='{hub}'>Stöd vid våld</a></li><li><a href='/vard-och-halsa/tandvard.html'>Tandvård</a></li></ul>"},
        {"path": "/vard-och-halsa/vardcentraler.html", "title": "Vårdcentraler",
         "body": "<h1>Vårdcentraler</h1><p>Det finns tolv vårdcentraler i länet.</p>"},
        {"path": "/vard-och-halsa/tandvard.html", "title": "Tandvård", "body": "<h1>Tandvård</h1><p>Folktandvården.</p>"},
        {"path": "/kollektivtrafik.html", "title": "Kollektivtrafik", "body": "<h1>Kollektivtrafik</h1><p>Tidtabeller.</p>"},
        {"path": "/jobba-hos-oss.html", "title": "Jobba hos oss", "body": "<h1>Jobba hos oss</h1><p>Lediga jobb.</p>"},
        {"path": "/politik.html", "title": "Politik", "body": "<h1>Politik</h1><p>Regionfullmäktige.</p>"},
        {"path": hub, "title": "Stöd vid våld", "body": "<h1>Stöd vid våld</h1><p>Regionen har två särskilda "
         "verksamheter.</p><ul>"
         f"<li><a href='{vfv}'>Vägen från våld – behandling för dig som utövar våld</a></li>"
         f"<li><a href='{bh}'>Barnahus Demolän</a></li></ul>"},
        {"path": vfv, "title": "Vägen från våld", "body": "<h1>Vägen från våld</h1><p>Vägen från våld erbjuder "
         f"behandling till dig som har utövat våld mot en partner eller annan närstående och vill sluta. Vi tar emot "
         f"personer som bor i {kommuner}.</p><p>Ring 08-465 004 70, måndag–fredag kl. 8.00–16.00.</p>"},
        {"path": bh, "title": "Barnahus Demolän", "body": "<h1>Barnahus Demolän</h1><p>På Barnahus samverkar polis, "
         "åklagare, socialtjänst och hälso- och sjukvård kring barn och unga 0–18 år som misstänks ha utsatts för "
         "våld av en närstående eller sexuella övergrepp. Hit kommer du efter kontakt med polis eller "
         "socialtjänst.</p><p>Samordnarna nås på 08-465 004 71.</p>"},
        {"path": "/en/", "title": "In English", "lang": "en",
         "body": "<h1>Region Demolän in English</h1><p>Healthcare and public transport in Demolän.</p>"},
    ]
    return pages


def region_truth(year: int) -> dict:
    h = "http://www.regiondemolan.se.test/vard-och-halsa/stod-vid-vald"
    return {"site": site_truth(tts=True, langs=("sv", "en")),
            "services": [
                svc("Vägen från våld", h + "/vagen-fran-vald.html", ["valdsutovare"], ["konsneutral"],
                    ["+46846500470"], catchment=list(ALL_NAMES)),
                svc("Barnahus Demolän", h + "/barnahus.html", ["nara_relation", "sexuellt_vald"], ["barn_unga"],
                    ["+46846500471"]),
            ]}


# == Familjefrid Södra Demolän (kommungemensam): closes its children's group in 2026 ================
FF_HOST = "www.familjefrid-sodra.se.test"


def familjefrid_pages(year: int) -> list:
    items = "<li><a href='/stodsamtal-for-vuxna.html'>Stödsamtal för vuxna</a></li>"
    if year == 2025:
        items += "<li><a href='/samtalsgrupp-for-barn.html'>Samtalsgrupp för barn</a></li>"
    pages = [
        {"path": "/", "title": "Familjefrid Södra Demolän", "h1": "Familjefrid Södra Demolän",
         "body": "<p class='exit'><a href='https://www.google.se' class='quick-exit'>Stäng sidan</a></p>"
         "<h1>Familjefrid Södra Demolän</h1><p>Familjefrid är en gemensam verksamhet för kommunerna Ekdala, Granvik och Lövhamra.</p>"
         f"<ul>{items}</ul>"},
        {"path": "/stodsamtal-for-vuxna.html", "title": "Stödsamtal för vuxna",
         "body": "<p class='exit'><a href='https://www.google.se' class='quick-exit'>Stäng sidan</a></p>"
         "<h1>Stödsamtal för vuxna</h1><p>Vi erbjuder stödsamtal till vuxna som lever eller har levt med våld i en "
         "nära relation. Du som bor i Ekdala, Granvik eller Lövhamra är välkommen.</p>"
         "<p>Ring 031-390 06 50, måndag, onsdag och fredag kl 9–12.</p>"},
    ]
    if year == 2025:
        pages.append({"path": "/samtalsgrupp-for-barn.html", "title": "Samtalsgrupp för barn",
                      "body": "<h1>Samtalsgrupp för barn</h1><p>Vi har samtalsgrupper för barn och unga 7–17 år som "
                      "har upplevt våld i familjen. Gruppen träffas tio gånger.</p><p>Anmälan: 031-390 06 51.</p>"})
    return pages


def familjefrid_truth(year: int) -> dict:
    services = [svc("Stödsamtal för vuxna", f"http://{FF_HOST}/stodsamtal-for-vuxna.html", ["nara_relation"],
                    ["konsneutral"], ["+46313900650"], catchment=["Ekdala", "Granvik", "Lövhamra"])]
    if year == 2025:
        services.append(svc("Samtalsgrupp för barn", f"http://{FF_HOST}/samtalsgrupp-for-barn.html",
                            ["barn_som_upplever_vald"], ["barn_unga"], ["+46313900651"]))
    return {"site": site_truth(quick_exit=True), "services": services}


# == Idéburna sites (WordPress-like) =============================================================
LJ_HOST = "www.kvinnojouren-ljusglimten.se.test"


def ljusglimten_pages(year: int) -> list:
    return [
        {"path": "/", "title": "Startsida", "h1": "Kvinnojouren Ljusglimten",
         "body": "<p>Vi är en ideell förening som stöttar kvinnor och ickebinära som utsätts för våld.</p>"
         "<p><a href='/jourtelefon-och-stodsamtal/'>Jourtelefon och stödsamtal</a> · "
         "<a href='/skyddat-boende/'>Skyddat boende</a> · <a href='/dolj-ditt-besok/'>Dölj ditt besök</a></p>"},
        {"path": "/jourtelefon-och-stodsamtal/", "title": "Jourtelefon och stödsamtal",
         "h1": "Jourtelefon och stödsamtal",
         "body": "<p>Är du utsatt för våld av en partner eller någon annan närstående? Vi ger stöd till kvinnor och "
         "ickebinära från Norrvik, Sjöbacka och Tallmo. Du kan vara anonym.</p>"
         "<p>Jourtelefonen 08-465 004 80 är öppen dygnet runt.</p>"},
        {"path": "/skyddat-boende/", "title": "Skyddat boende", "h1": "Skyddat boende",
         "body": "<p>Vi har ett skyddat boende för kvinnor och deras barn som behöver skydd mot våld. Boendets "
         "adress är hemlig. Placering sker i samråd med socialtjänsten.</p>"
         "<p>Kontakta oss via jourtelefonen 08-465 004 80.</p>"},
        {"path": "/dolj-ditt-besok/", "title": "Dölj ditt besök", "h1": "Dölj ditt besök",
         "body": "<p>Rensa historiken i din webbläsare eller använd privat surfläge när du besöker oss.</p>"},
        {"path": "/en/", "title": "In English", "h1": "In English", "lang": "en-GB",
         "body": "<p>We support women and non-binary people subjected to violence. Call 08-465 004 80.</p>"},
        {"path": "/ar/", "title": "العربية", "h1": "العربية", "lang": "ar",
         "body": "<p>نحن ندعم النساء المعرضات للعنف.</p>"},
        {"path": "/fa/", "title": "فارسی", "h1": "فارسی", "lang": "fa",
         "body": "<p>ما از زنانی که در معرض خشونت هستند حمایت می کنیم.</p>"} if year == 2025 else None,
    ]


def ljusglimten_truth(year: int) -> dict:
    langs = ("sv", "en", "ar", "fa") if year == 2025 else ("sv", "en", "ar")
    h = f"http://{LJ_HOST}"
    return {"site": site_truth(quick_exit=True, hide=True, langs=langs),
            "services": [
                svc("Jourtelefon och stödsamtal", h + "/jourtelefon-och-stodsamtal/", ["nara_relation"],
                    ["kvinnor", "hbtq"], ["+46846500480"], hotline=True, catchment=["Norrvik", "Sjöbacka", "Tallmo"]),
                svc("Skyddat boende", h + "/skyddat-boende/", ["nara_relation"], ["kvinnor", "barn_unga"],
                    ["+46846500480"]),
            ]}


ST_HOST = "www.tjejjouren-stjarnan.se.test"


def stjarnan_pages(year: int) -> list:
    return [
        {"path": "/", "title": "Tjejjouren Stjärnan", "h1": "Tjejjouren Stjärnan",
         "body": "<p>Vi är en tjejjour för unga i Demolän.</p><p><a href='/chatt-for-tjejer/'>Chatt för tjejer</a> · "
         "<a href='/om-oss/'>Om oss</a></p>"},
        {"path": "/chatt-for-tjejer/", "title": "Chatt för tjejer", "h1": "Chatt för tjejer",
         "body": "<p>Är du tjej, transtjej eller ickebinär mellan 12 och 25 år? Har du utsatts för våld i en "
         "relation, sexuella övergrepp eller hedersförtryck? Chatta med oss anonymt.</p>"
         "<p>Chatten är öppen tisdagar och torsdagar kl 19–21.</p>"},
        {"path": "/om-oss/", "title": "Om oss", "h1": "Om oss",
         "body": "<p>Föreningen startades 2004 av unga feminister. Vi är medlemmar i en riksorganisation.</p>"},
    ]


def stjarnan_truth(year: int) -> dict:
    return {"site": site_truth(quick_exit=True),
            "services": [svc("Chatt för tjejer", f"http://{ST_HOST}/chatt-for-tjejer/",
                             ["nara_relation", "heder", "sexuellt_vald"], ["flickor", "hbtq"], [])]}


MC_HOST = "www.manscentrum-demolan.se.test"


def manscentrum_pages(year: int) -> list:
    return [
        {"path": "/", "title": "Manscentrum Demolän", "h1": "Manscentrum Demolän",
         "body": "<p>Samtalsstöd för killar och män i kris.</p><p><a href='/samtalsstod/'>Samtalsstöd</a> · "
         "<a href='/om-oss/'>Om oss</a></p>"},
        {"path": "/samtalsstod/", "title": "Samtalsstöd", "h1": "Samtalsstöd",
         "body": "<p>Vi erbjuder samtal till män och killar som är utsatta för våld i en nära relation, och till dig "
         "som utövar våld och vill förändra ditt beteende. Vi möter även hbtq-personer.</p>"
         "<p>Boka tid på 031-390 06 90. Telefontid mån–tors 10–14.</p>"},
        {"path": "/om-oss/", "title": "Om oss", "h1": "Om oss", "body": "<p>Ideell förening sedan 1998.</p>"},
    ]


def manscentrum_truth(year: int) -> dict:
    return {"site": site_truth(),
            "services": [svc("Samtalsstöd", f"http://{MC_HOST}/samtalsstod/", ["nara_relation", "valdsutovare"],
                             ["man", "pojkar", "hbtq"], ["+46313900690"])]}


SC_HOST = "www.stodcentrum-demolan.se.test"


def stodcentrum_pages(year: int) -> list:
    return [
        {"path": "/", "title": "Stödcentrum för brottsutsatta", "h1": "Stödcentrum för brottsutsatta Demolän",
         "body": "<p>Vi stöttar alla som har utsatts för brott, vittnen och anhöriga.</p>"
         "<p><a href='/stod-till-brottsutsatta/'>Stöd till brottsutsatta</a></p>"},
        {"path": "/stod-till-brottsutsatta/", "title": "Stöd till brottsutsatta", "h1": "Stöd till brottsutsatta",
         "body": "<p>Har du utsatts för ett brott, till exempel våld i en nära relation, en våldtäkt eller "
         "hedersrelaterat våld? Vi ger stöd till alla som utsatts för brott, oavsett ålder och kön. Stödet är "
         "kostnadsfritt.</p><p>Ring oss på 0980-319 290, vardagar 9–15.</p>"
         "<h2>Other languages</h2><ul><li><a href='/languages/en/'>English</a></li>"
         "<li><a href='/languages/pl/'>Polski</a></li><li><a href='/languages/so/'>Soomaali</a></li></ul>"},
        {"path": "/languages/en/", "title": "English", "h1": "Support for victims of crime", "lang": "en",
         "body": "<p>We support everyone who has been subjected to crime.</p>"},
        {"path": "/languages/pl/", "title": "Polski", "h1": "Wsparcie dla ofiar przestępstw", "lang": "pl",
         "body": "<p>Pomagamy ofiarom przestępstw.</p>"},
        {"path": "/languages/so/", "title": "Soomaali", "h1": "Taageero", "lang": "so",
         "body": "<p>Waxaan taageernaa dadka dembiyada loo geystay.</p>"},
    ]


def stodcentrum_truth(year: int) -> dict:
    return {"site": site_truth(langs=("sv", "en", "pl", "so")),
            "services": [svc("Stöd till brottsutsatta", f"http://{SC_HOST}/stod-till-brottsutsatta/",
                             ["nara_relation", "heder", "sexuellt_vald"], ["konsneutral"], ["+46980319290"])]}


def jour_site(host: str, name: str, pages, menu_items: dict, *, topbar: dict | None = None,
              widgets: dict | None = None, head: dict | None = None, tail: dict | None = None) -> dict:
    return {"kind": "wordpress", "host": host, "name": name, "email": f"info@{host.removeprefix('www.')}",
            "menu": menu_items, "pages": pages, "topbar": topbar or {}, "widgets": widgets or {}, "head": head or {},
            "tail": tail or {}, "files": lambda y: robots("/wp-admin/")}


LJ_EXIT = ('<button type="button" class="exit-this-page" data-url="https://www.google.se">Lämna sidan snabbt</button>'
           '<script src="/wp-content/themes/jouren/js/exit.js"></script>')
ST_EXIT = '<a href="https://www.svt.se" data-quick-exit="true" class="knapp">X Snabbstäng</a>'

SITES = [
    kommun_site("9901", "Norrvik", "www.norrvik.se.test", norrvik_pages, norrvik_files, tools={"all": NORRVIK_TOOLS}),
    kommun_site("9902", "Sjöbacka", "www.sjobacka.se.test", sjobacka_pages, sjobacka_files,
                tools={"all": SJOBACKA_WIDGET}, tail={2026: SJOBACKA_EXIT_JS}),
    kommun_site("9903", "Ekdala", "www.ekdala.se.test", ekdala_pages, lambda y: robots()),
    kommun_site("9904", "Granvik", "www.granvik.se.test", granvik_pages, granvik_files,
                tools={"all": READSPEAKER + ' <a href="/en/violence.html">English</a>'},
                head={2025: GRANVIK_HEAD, 2026: GRANVIK_HEAD}),
    kommun_site("9905", "Lövhamra", "www.lovhamra.se.test", lovhamra_pages, lambda y: robots()),
    kommun_site("9906", "Tallmo", "www.tallmo.se.test", tallmo_pages, lambda y: robots()),
    {**kommun_site("99", "Region Demolän", "www.regiondemolan.se.test", region_pages, lambda y: robots("/sok/")),
     "name": "Region Demolän", "kind": "region", "tools": {"all": READSPEAKER + ' <a href="/en/">In English</a>'}},
    {**kommun_site("99", "Familjefrid", FF_HOST, familjefrid_pages, lambda y: robots()), "name": "Familjefrid Södra Demolän"},
    jour_site(LJ_HOST, "Kvinnojouren Ljusglimten", ljusglimten_pages,
              {"all": [("Start", "/"), ("Jourtelefon och stödsamtal", "/jourtelefon-och-stodsamtal/"),
                       ("Skyddat boende", "/skyddat-boende/"), ("In English", "/en/"), ("العربية", "/ar/"),
                       ("فارسی", "/fa/")],
               2026: [("Start", "/"), ("Jourtelefon och stödsamtal", "/jourtelefon-och-stodsamtal/"),
                      ("Skyddat boende", "/skyddat-boende/"), ("In English", "/en/"), ("العربية", "/ar/")]},
              topbar={"all": LJ_EXIT}),
    jour_site(ST_HOST, "Tjejjouren Stjärnan", stjarnan_pages,
              {"all": [("Start", "/"), ("Chatt för tjejer", "/chatt-for-tjejer/"), ("Om oss", "/om-oss/")]},
              topbar={"all": ST_EXIT}),
    jour_site(MC_HOST, "Manscentrum Demolän", manscentrum_pages,
              {"all": [("Start", "/"), ("Samtalsstöd", "/samtalsstod/"), ("Om oss", "/om-oss/")]}),
    jour_site(SC_HOST, "Stödcentrum för brottsutsatta Demolän", stodcentrum_pages,
              {"all": [("Start", "/"), ("Stöd till brottsutsatta", "/stod-till-brottsutsatta/")]}),
]
for _site, _hub in zip(SITES[:6], ["/omsorg-och-stod/vald-i-nara-relationer.html", "/omsorg-och-stod/vald-i-nara-relationer.html",
                                   "/omsorg-och-stod/vald.html", "/socialt-stod/vald-i-nara-relation.html",
                                   "/omsorg/vald.html", "/omsorg-och-stod/vald-i-nara-relationer.html"], strict=True):
    _site["menu"] = menu(_hub)
SITES[0]["menu_by_year"] = {2026: menu("/stod-och-hjalp/vald/")}
SITES[6]["menu"] = [("Vård och hälsa", "/vard-och-halsa.html", [("Vårdcentraler", "/vard-och-halsa/vardcentraler.html"),
                                                               ("Stöd vid våld", "/vard-och-halsa/stod-vid-vald.html")]),
                    ("Kollektivtrafik", "/kollektivtrafik.html", []), ("Politik", "/politik.html", []),
                    ("Jobba hos oss", "/jobba-hos-oss.html", [])]
SITES[7]["menu"] = [("Start", "/", [("Stödsamtal för vuxna", "/stodsamtal-for-vuxna.html")])]


def actor(aid: str, name: str, huvudman: str, sektor: str, kommunkoder: str, host: str, truth, notes: str) -> dict:
    return {"id": aid, "name": name, "huvudman": huvudman, "sektor": sektor, "lan_code": "99",
            "kommunkoder": kommunkoder, "website": f"http://{host}/", "start_urls": f"http://{host}/",
            "allowed_domains": host, "notes": notes, "truth": truth}


ACTORS = [
    actor("kommun_9901_norrvik", "Norrviks kommun", "Norrviks kommun", "kommun", "9901", "www.norrvik.se.test",
          norrvik_truth, "Many features; 2026 moves its pages behind redirects."),
    actor("kommun_9902_sjobacka", "Sjöbacka kommun", "Sjöbacka kommun", "kommun", "9902", "www.sjobacka.se.test",
          sjobacka_truth, "Gender-neutral text, translate widget; gains a quick exit in 2026."),
    actor("kommun_9903_ekdala", "Ekdala kommun", "Ekdala kommun", "kommun", "9903", "www.ekdala.se.test",
          ekdala_truth, "PDFs per language (drops Tigrinya in 2026), sign language video."),
    actor("kommun_9904_granvik", "Granviks kommun", "Granviks kommun", "kommun", "9904", "www.granvik.se.test",
          granvik_truth, "Quick exit injected by a script; hreflang; vulnerable groups."),
    actor("kommun_9905_lovhamra", "Lövhamra kommun", "Lövhamra kommun", "kommun", "9905", "www.lovhamra.se.test",
          lovhamra_truth, "Opens a service for perpetrators in 2026."),
    actor("kommun_9906_tallmo", "Tallmo kommun", "Tallmo kommun", "kommun", "9906", "www.tallmo.se.test",
          tallmo_truth, "General information page without a service; easy-read; hide-visit advice."),
    {**actor("region_99_demolan", "Region Demolän", "Region Demolän", "region", ";".join(c for c, _ in KOMMUNER),
             "www.regiondemolan.se.test", region_truth,
             "Vägen från våld and Barnahus; a big site, so the registry also starts at its violence hub."),
     "start_urls": "http://www.regiondemolan.se.test/ http://www.regiondemolan.se.test/vard-och-halsa/stod-vid-vald.html"},
    actor("kommungemensam_familjefrid_sodra", "Familjefrid Södra Demolän", "Ekdala, Granvik och Lövhamra kommuner",
          "kommungemensam", "9903;9904;9905", FF_HOST, familjefrid_truth, "Closes its children's group in 2026."),
    actor("jour_kvinnojouren_ljusglimten", "Kvinnojouren Ljusglimten", "Kvinnojouren Ljusglimten", "ideburen",
          "9901;9902;9906", LJ_HOST, ljusglimten_truth, "24/7 line, secret address; drops Persian in 2026."),
    actor("jour_tjejjouren_stjarnan", "Tjejjouren Stjärnan", "Tjejjouren Stjärnan", "ideburen",
          ";".join(c for c, _ in KOMMUNER), ST_HOST, stjarnan_truth, "Chat for girls; data-quick-exit."),
    actor("jour_manscentrum_demolan", "Manscentrum Demolän", "Manscentrum Demolän", "ideburen",
          ";".join(c for c, _ in KOMMUNER), MC_HOST, manscentrum_truth, "For men and hbtq people."),
    actor("jour_stodcentrum_demolan", "Stödcentrum för brottsutsatta Demolän", "Stödcentrum för brottsutsatta",
          "ideburen", ";".join(c for c, _ in KOMMUNER), SC_HOST, stodcentrum_truth, "Brottsofferjour-like."),
]

CHANGES = {"from": 2025, "to": 2026, "changes": [
    {"kind": "service_closed", "actor_id": "kommungemensam_familjefrid_sodra", "service": "Samtalsgrupp för barn",
     "variable": None, "value": None, "note": "The children's group is gone in 2026."},
    {"kind": "service_added", "actor_id": "kommun_9905_lovhamra", "service": "För dig som utövar våld",
     "variable": None, "value": None, "note": "A new service for perpetrators."},
    {"kind": "feature_gained", "actor_id": "kommun_9902_sjobacka", "service": None, "variable": "quick_exit",
     "value": "true", "note": "A 'Stäng sidan' button with Escape handler."},
    {"kind": "feature_lost", "actor_id": "jour_kvinnojouren_ljusglimten", "service": None, "variable": "languages",
     "value": "fa", "note": "The Persian page is removed."},
    {"kind": "feature_lost", "actor_id": "kommun_9903_ekdala", "service": None, "variable": "languages",
     "value": "ti", "note": "The Tigrinya PDF is removed."},
    {"kind": "pages_moved", "actor_id": "kommun_9901_norrvik", "service": None, "variable": None, "value": None,
     "note": "New URL structure with 301 redirects and reworded titles; the same two services."},
]}
