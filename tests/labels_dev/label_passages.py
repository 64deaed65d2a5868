"""Chromes, passages and page specs of the labeled set, each with a careful coder's labels.

Phone numbers are from PTS's ranges for fiction (08-465 004 xx, 031-390 06 xx, 0980-319 2xx) except the
real national lines that sites cite (Kvinnofridslinjen 020-50 50 50, 112, 116 006 …).
"""

from __future__ import annotations

ALL_WEEK = "mon,tue,wed,thu,fri,sat,sun 00:00-24:00"
WEEKDAYS = "mon,tue,wed,thu,fri"

# -- the site around the main content --------------------------------------------------------------
SV_HEAD = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>"""
SV_COOKIE = """<div class="cookie-banner" role="dialog"><p>Vi använder kakor för statistik och för att förbättra
webbplatsen för kvinnor, män och barn som besöker den.</p><button>Godkänn</button><button class="close">Stäng</button></div>"""
SV_MENU = """<header class="sv-header"><a href="/">Startsida</a><nav class="megamenu"><ul>
<li><a href="/bygga-bo">Bygga och bo</a></li><li><a href="/skola">Skola och förskola</a></li>
<li><a href="/omsorg/vald-i-nara-relationer">Våld i nära relationer</a></li>
<li><a href="/omsorg/hedersrelaterat-vald">Hedersrelaterat våld och förtryck</a></li>
<li><a href="/kultur">Kultur och fritid</a></li></ul></nav>{tools}</header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="/omsorg">Omsorg och stöd</a></div>"""
SV_FOOT = """<aside class="related"><h2>Relaterade sidor</h2><ul><li><a href="/omsorg/missbruk">Stöd vid missbruk</a></li>
<li><a href="/omsorg/aldre">Äldreomsorg</a></li></ul></aside>
<footer class="sv-footer"><p>Kommunens växel 08-465 004 00. Fax 08-465 004 01. Org.nr 212000-0000</p>
<p><a href="/tillganglighet">Tillgänglighetsredogörelse</a></p></footer></body></html>"""

READSPEAKER = ('<div class="rs_skip rsbtn"><a class="rsbtn_play" title="Lyssna på sidans text" '
               'href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=1">Lyssna</a></div>')


def sv(tools: str = "") -> str:
    return (SV_HEAD + SV_COOKIE + SV_MENU.replace("{tools}", tools.replace("{", "{{").replace("}", "}}"))
            + '<div class="sv-layout sv-skip-spacer"><main id="content">{main}</main></div>' + SV_FOOT)


WP = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{title}</title>{head}TOPHEAD</head>
<body class="page"><div class="top-bar">TOPBAR</div><header id="masthead" class="site-header">
<nav class="main-navigation"><ul><li><a href="/">Hem</a></li><li><a href="/om-oss/">Om oss</a></li>
<li><a href="/stod/">Få stöd</a></li><li><a href="/bli-medlem/">Bli medlem</a></li><li><a href="/ge-en-gava/">Ge en gåva</a></li></ul></nav></header>
<div id="content"><article><header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content">{main}</div></article>
<aside id="secondary" class="widget-area">SIDEBAR</aside></div>
<footer class="site-footer"><p>Bankgiro 000-0000 · Swish 123 000 00 00</p></footer>TAIL</body></html>"""


def wp(top: str = "", sidebar: str = "", head: str = "", tail: str = "") -> str:
    def e(x: str) -> str:
        return x.replace("{", "{{").replace("}", "}}")
    return WP.replace("TOPBAR", e(top)).replace("SIDEBAR", e(sidebar)).replace("TOPHEAD", e(head)).replace("TAIL", e(tail))


REGION = (SV_HEAD + SV_COOKIE + """<header class="site-header"><nav aria-label="Huvudmeny"><a href="/vard">Vård och hälsa</a>
<a href="/trafik">Kollektivtrafik</a><a href="/jobb">Jobba hos oss</a><a href="/politik">Politik</a></nav>TOOLS</header>
<main>{main}</main><footer><p>Sjukvårdsrådgivning: ring 1177. Regionens växel 031-390 06 00.</p></footer></body></html>""")

CHROMES = {
    "kommun-a": {"kind": "kommun", "html": sv(READSPEAKER + '<a href="/lattlast">Lättläst</a> '
                                              '<a href="/other-languages">Other languages</a>'),
                 "labels": {"text_to_speech": True, "easy_read": True}},
    "kommun-b": {"kind": "kommun", "html": sv('<div id="google_translate_element"></div><script src="https://translate.'
                                              'google.com/translate_a/element.js?cb=init"></script>'),
                 "labels": {"machine_translation": True}},
    "kommun-c": {"kind": "kommun", "html": sv('<ul class="lang-links"><li><a href="/en" lang="en">English</a></li>'
                                              '<li><a href="/ar" lang="ar">العربية</a></li><li><a href="/so" lang="so">'
                                              'Soomaali</a></li><li><a href="/fi" lang="fi">Suomeksi</a></li></ul>'
                                              '<button class="menu-toggle">Stäng meny</button>'),
                 "labels": {"languages": ["en", "ar", "so", "fi"]}},
    "kommun-d": {"kind": "kommun", "html": sv('<a href="/teckensprak">Teckenspråk</a> <a href="/lattlast">Lättläst</a>'),
                 "labels": {"sign_language": True, "easy_read": True}},
    "region-a": {"kind": "region", "html": REGION.replace("TOOLS", '<button class="browsealoud-button">Lyssna</button>'),
                 "labels": {"text_to_speech": True}},
    "region-b": {"kind": "region", "html": REGION.replace("TOOLS", '<a href="/in-english" hreflang="en">In English</a>'),
                 "labels": {"languages": ["en"]}},
    "jour-a": {"kind": "jour", "html": wp(top='<a class="quick-exit" href="https://www.google.se">Lämna sidan snabbt</a>'
                                          ' <a href="/dolj-ditt-besok/">Dölj ditt besök</a>'),
               "labels": {"quick_exit": True, "hide_visit_advice": True}},
    "jour-b": {"kind": "jour", "html": wp(head='<script src="/wp-content/plugins/exit-this-page/js/exit-this-page.js">'
                                               '</script>'),
               "labels": {"quick_exit": True}},
    "jour-c": {"kind": "jour", "html": wp(tail="<script>var n=0;document.addEventListener('keydown',function(e){"
                                               "if(e.key==='Escape'&&++n>=2){window.location.replace('https://www.yr."
                                               "no')}});</script>"),
               "labels": {"quick_exit": True}},
    "jour-d": {"kind": "jour", "html": wp(sidebar='<section class="widget jourtelefon"><h2>Jourtelefon</h2>'
                                                  '<p>08-465 004 95</p></section>'),
               "labels": {"phone_numbers": ["+46846500495"]}},
    "jour-e": {"kind": "jour", "html": wp(top='<button type="button" data-quick-exit="https://www.svt.se">Snabbstäng'
                                              '</button>'),
               "labels": {"quick_exit": True}},
    "plain": {"kind": "kommun", "html": SV_HEAD + "<main>{main}</main></body></html>", "labels": {}},
    "english": {"kind": "jour", "lang": "en", "html": wp(top='<a href="https://www.bbc.co.uk" class="btn">Exit this '
                                                             'page</a>'),
                "labels": {"quick_exit": True}},
    "text": {"kind": "jour", "html": "", "labels": {}},
}


def P(html: str, text: str = "", **labels) -> dict:  # noqa: N802 - reads like a table row
    import re

    return {"html": html, "text": text or re.sub(r"<[^>]+>", " ", html), "labels": labels}


# -- main-content passages -----------------------------------------------------------------------------
PASSAGES = {
    "k-stod-1": P("<h1>Stöd till dig som är utsatt för våld</h1><p>Är du utsatt för våld eller hot av någon i din "
                  "familj eller av en partner? Socialtjänsten erbjuder stöd till kvinnor, män och hbtqi-personer.</p>"
                  "<p>Ring oss på 08-465 004 10, måndag–fredag kl. 8.00–16.30.</p>",
                  exposure_groups=["nara_relation"], gender_groups=["kvinnor", "man", "hbtq"],
                  phone_numbers=["+46846500410"], opening_hours=[f"{WEEKDAYS} 08:00-16:30"]),
    "k-stod-neutral": P("<h1>Våld i nära relationer</h1><p>Du som lever med våld eller hot från en närstående har rätt "
                        "till stöd och skydd. Vi erbjuder samtal och hjälp med skyddat boende. Stödet gäller alla "
                        "vuxna oavsett kön.</p><p>Kontakta socialtjänstens mottagning, telefon 031-390 06 20.</p>",
                        exposure_groups=["nara_relation"], gender_groups=["konsneutral"], phone_numbers=["+46313900620"]),
    "k-heder": P("<h1>Hedersrelaterat våld och förtryck</h1><p>Får du inte välja vem du ska vara tillsammans med? "
                 "Bestämmer din familj över ditt liv? Vi ger stöd till dig som är utsatt för hedersrelaterat våld "
                 "och förtryck, även om du är under 18 år.</p><p>Du kan vara anonym. Ring 08-465 004 12.</p>",
                 exposure_groups=["heder"], gender_groups=["barn_unga", "konsneutral"], phone_numbers=["+46846500412"]),
    "k-utovare": P("<h1>Stöd till dig som utövar våld</h1><p>Har du slagit, hotat eller kontrollerat din partner? "
                   "Vill du sluta? Vi erbjuder behandling till dig som utövar våld i en nära relation.</p>"
                   "<p>Telefontid tisdagar 13–15 på 0980-319 211.</p>",
                   exposure_groups=["valdsutovare"], gender_groups=["konsneutral"], phone_numbers=["+46980319211"],
                   opening_hours=["tue 13:00-15:00"]),
    "k-referral-heder": P("<p>Är du utsatt för hedersrelaterat våld? Kontakta Origo på 08-465 004 77.</p>",
                          phone_numbers=["+46846500477"]),
    "k-referral-lines": P("<h2>Om det är akut</h2><p>Ring 112 vid akut fara. Kvinnofridslinjen når du dygnet runt på "
                          "020-50 50 50.</p>", phone_numbers=["+4620505050"]),
    "k-general": P("<h1>Vad är våld?</h1><p>Våld kan vara fysiskt, psykiskt, sexuellt, ekonomiskt eller materiellt. "
                   "Det kan också handla om försummelse. Mäns våld mot kvinnor är ett allvarligt samhällsproblem och "
                   "hedersrelaterat våld och förtryck förekommer i hela landet.</p>"),
    "k-barn": P("<h2>Barn som upplever våld</h2><p>Barn som har upplevt våld i familjen kan få stöd i grupp. Vi "
                "erbjuder Trappanmodellen för barn och unga 6–17 år.</p>",
                exposure_groups=["barn_som_upplever_vald"], gender_groups=["barn_unga"]),
    "k-sexmot": P("<h1>Sex mot ersättning</h1><p>Vi erbjuder stöd till dig som säljer sex eller har erfarenhet av sex "
                  "mot ersättning, oavsett kön. Du kan vara anonym.</p><p>Ring mottagningen på 031-390 06 33 "
                  "(mån, ons och fre kl 10–12).</p>",
                  exposure_groups=["prostitution_manniskohandel"], gender_groups=["konsneutral"],
                  phone_numbers=["+46313900633"], opening_hours=["mon,wed,fri 10:00-12:00"]),
    "k-vulnerable": P("<p>Vi har särskild kunskap om våld mot äldre och mot personer med funktionsnedsättning. Du som "
                      "har ett missbruk är också välkommen till oss.</p>",
                      vulnerable_groups=["aldre", "funktionsnedsattning", "missbruk"]),
    "k-tolk": P("<p>Om du inte talar svenska kan du få hjälp av tolk. Tolken har tystnadsplikt.</p>",
                vulnerable_groups=["bristande_svenska"]),
    "k-catchment": P("<p>Familjefriden är en gemensam verksamhet för Vaggeryd, Gnosjö och Värnamo och tar emot "
                     "kvinnor och män som bor i kommunerna.</p>",
                     gender_groups=["kvinnor", "man"], catchment=["Vaggeryd", "Gnosjö", "Värnamo"]),
    "k-hide": P("<h2>Dölj ditt besök</h2><p>Den som utövar våld kan kontrollera din dator eller mobil. Du kan rensa "
                "webbläsarens historik eller använda inkognitoläge.</p>", hide_visit_advice=True),
    "k-lattlast": P("<h1>Lättläst om våld</h1><p>Här kan du läsa om våld på lätt svenska.</p><p>Ingen får slå dig.</p>",
                    easy_read=True),
    "k-pdf-langs": P("<h2>Information på andra språk</h2><ul><li><a href='/d/vald-arabiska.pdf'>Information på "
                     "arabiska (pdf, 120 kB)</a></li><li><a href='/d/vald-tigrinska.pdf'>Information på tigrinska "
                     "(pdf)</a></li><li><a href='/d/vald-dari.pdf'>Dari</a></li><li><a href='/d/vald-engelska.pdf'>"
                     "Engelska</a></li></ul>", languages=["ar", "ti", "fa", "en"]),
    "k-sign-video": P("<h2>Information på teckenspråk</h2><iframe title='Stöd vid våld – på svenskt teckenspråk' "
                      "src='https://video.example.test/embed/1'></iframe>", sign_language=True),
    "k-bygglov": P("<h1>Bygglov</h1><p>Du behöver bygglov för att bygga nytt eller bygga till. Handläggningstiden är "
                   "högst tio veckor. Ring bygglovsenheten på 08-465 004 30, måndag–torsdag 9–11.</p>",
                   # hours of a service outside the matrix are not coded (the independent set's rule)
                   phone_numbers=["+46846500430"], opening_hours=[]),
    "k-skola": P("<h1>Förskola</h1><p>Ansök om plats i förskolan i e-tjänsten. Barn från ett års ålder kan få "
                 "plats.</p>"),
    "k-socialjour": P("<h2>Efter kontorstid</h2><p>Kvällar och helger når du socialjouren via 112.</p>"),
    "k-hours-lunch": P("<p>Mottagningen har öppet vardagar 08.00–16.00, lunchstängt 12.00–13.00. Helgdagar stängt."
                       "</p>", opening_hours=[f"{WEEKDAYS} 08:00-12:00", f"{WEEKDAYS} 13:00-16:00"]),
    "r-atv": P("<h1>Alternativ till våld</h1><p>Mottagningen erbjuder behandling till dig som har utsatt en "
               "närstående för våld och vill förändra ditt beteende. Vi tar emot män och kvinnor som bor i "
               "Jönköping, Habo och Mullsjö.</p><p>Telefon 031-390 06 40. Telefontid måndag–torsdag kl. 8.30–10.00."
               "</p>", exposure_groups=["valdsutovare"], gender_groups=["man", "kvinnor"],
               catchment=["Jönköping", "Habo", "Mullsjö"], phone_numbers=["+46313900640"],
               opening_hours=["mon,tue,wed,thu 08:30-10:00"]),
    "r-barnahus": P("<h1>Barnahus</h1><p>Barnahus är till för barn och unga 0–17 år som misstänks ha utsatts för "
                    "misshandel eller sexuella övergrepp. Polis, åklagare, socialtjänst och vården samverkar under "
                    "samma tak.</p>", exposure_groups=["nara_relation", "sexuellt_vald"], gender_groups=["barn_unga"]),
    "r-vardcentral": P("<h1>Vårdcentralen Centrum</h1><p>Vi har öppet vardagar 8–17. Ring 1177 för "
                       # not a violence service; 1177 is a referral number in the main content
                       "sjukvårdsrådgivning dygnet runt.</p>", opening_hours=[], phone_numbers=["+461177"]),
    "r-sexualbrott-risk": P("<h1>Preventionsmottagning</h1><p>Har du sexuella tankar om barn och är rädd att skada "
                            "någon? Vi erbjuder anonym behandling för dig som riskerar att begå sexualbrott.</p>"
                            "<p>Ring 031-390 06 45.</p>", exposure_groups=["sexualbrott_risk"],
                            gender_groups=["konsneutral"], phone_numbers=["+46313900645"]),
    "r-vald-vard": P("<h1>Våld i nära relation – hjälp i vården</h1><p>Alla som söker vård kan få frågor om våld. "
                     "Är du utsatt för våld kan du få hjälp på din vårdcentral eller akutmottagning.</p>",
                     exposure_groups=["nara_relation"], gender_groups=["konsneutral"]),
    "j-jour-24": P("<p>Vi är en ideell kvinnojour som stöttar kvinnor och tjejer som utsätts för våld. Vi tar inte emot "
                   "män.</p><p>Jourtelefonen 08-465 004 80 är öppen dygnet runt, årets alla dagar.</p>",
                   exposure_groups=["nara_relation"], gender_groups=["kvinnor", "flickor"],
                   phone_numbers=["+46846500480"], hotline_24h=True, opening_hours=[ALL_WEEK]),
    "j-jour-dag": P("<p>Vi ger stöd till kvinnor som lever eller har levt i en våldsam relation. Jourtelefon: "
                    "0980-319 280, mån–fre 9–16. Övrig tid kan du ringa Kvinnofridslinjen, som har öppet dygnet runt."
                    "</p>", exposure_groups=["nara_relation"], gender_groups=["kvinnor"],
                    phone_numbers=["+46980319280"], opening_hours=[f"{WEEKDAYS} 09:00-16:00"]),
    "j-boende": P("<h2>Skyddat boende</h2><p>Vi har ett skyddat boende för kvinnor och deras barn. Adressen är hemlig. "
                  "Boendet är bemannat dygnet runt och du kan bo här medan du planerar framåt.</p>",
                  # children who come along with their mother are coded barn_unga (the independent set's rule)
                  exposure_groups=[], gender_groups=["kvinnor", "barn_unga"]),
    "j-tjej-chatt": P("<p>Är du tjej, transkille eller ickebinär mellan 12 och 25 år? Chatta med oss om våld, sex och "
                      "relationer. Chatten är öppen söndag–torsdag kl 19–22.</p>",
                      # a youth service that names genders is coded by its genders (the independent set's rule)
                      exposure_groups=["nara_relation"], gender_groups=["flickor", "hbtq"],
                      opening_hours=["sun,mon,tue,wed,thu 19:00-22:00"]),
    "j-man": P("<p>Mansjouren ger samtalsstöd till killar och män som har utsatts för våld i en nära relation eller "
               "för sexuella övergrepp. Ring 031-390 06 90, måndagar och onsdagar 18–21.</p>",
               exposure_groups=["nara_relation", "sexuellt_vald"], gender_groups=["pojkar", "man"],
               phone_numbers=["+46313900690"], opening_hours=["mon,wed 18:00-21:00"]),
    "j-hbtq": P("<p>Vi vänder oss till hbtq-personer som utsätts för våld av en partner eller av sin familj, "
                "även hedersrelaterat våld.</p>",
                exposure_groups=["nara_relation", "heder"], gender_groups=["hbtq"]),
    "j-boj": P("<p>Har du utsatts för ett brott, till exempel misshandel, våldtäkt eller hot? Brottsofferjouren ger "
               "stöd till alla som utsatts för brott, vittnen och anhöriga, oavsett ålder och kön. Ring vår stödlinje "
               "116 006, vardagar 9–19.</p>",
               exposure_groups=["sexuellt_vald"], gender_groups=["konsneutral"],
               phone_numbers=["+46116006"], opening_hours=[f"{WEEKDAYS} 09:00-19:00"]),
    "j-om-oss": P("<p>Föreningen bildades 1982 och är medlem i en riksorganisation. Vi har ett 40-tal aktiva "
                  "jourkvinnor. Bli medlem du också!</p>"),
    "j-langs": P("<h2>Information in other languages</h2><p><a href='/en/'>English</a> · <a href='/ar/'>العربية</a> · "
                 "<a href='/fa/'>فارسی</a> · <a href='/ti/'>ትግርኛ</a> · <a href='/uk/'>Українська</a></p>",
                 languages=["en", "ar", "fa", "ti", "uk"]),
    "j-chatt-lang": P("<p>Du kan chatta med oss på svenska, engelska och arabiska. Chatten är öppen tisdagar kl "
                      "18.00–21.00.</p>", opening_hours=["tue 18:00-21:00"]),
    "j-gava": P("<p>Swisha en gåva till 123 000 00 00 eller sätt in på bankgiro 000-0000. Tack för ditt stöd!</p>"),
    "e-support": P("<p>We support women and girls who are subjected to violence in a close relationship. Call our "
                   "helpline on +46 8 465 004 85, open 24 hours a day.</p>",
                   exposure_groups=["nara_relation"], gender_groups=["kvinnor", "flickor"],
                   phone_numbers=["+46846500485"], hotline_24h=True, opening_hours=[ALL_WEEK]),
    "e-general": P("<p>Violence against women is a global problem. Read more about our work and how to become a "
                   "member.</p>"),
    "k-neg-men": P("<p>Jourens verksamhet riktar sig till kvinnor. Vi tar tyvärr inte emot män, men hänvisar gärna "
                   "till Mansjouren.</p>", gender_groups=["kvinnor"]),
    "k-over18": P("<p>Stödet riktar sig till dig som är över 18 år och utsatt för våld av en närstående.</p>",
                  exposure_groups=["nara_relation"], gender_groups=["konsneutral"]),
    "k-contact-box": P("<div class='sv-contact'><h2>Kontakt</h2><p>Familjefrid</p><p>Telefon: +46 (0)31-390 06 50</p>"
                       "<p>E-post: familjefrid@example.test</p><p>Öppettider: måndag-torsdag kl 9-12</p></div>",
                       phone_numbers=["+46313900650"], opening_hours=["mon,tue,wed,thu 09:00-12:00"]),
    "k-trafficking": P("<p>Vi hjälper dig som har utsatts för människohandel för sexuella ändamål eller för "
                       "tvångsäktenskap. Ring 0980-319 222.</p>",
                       exposure_groups=["prostitution_manniskohandel", "heder"], gender_groups=["konsneutral"],
                       phone_numbers=["+46980319222"]),
}

# -- the pages: chrome + passages -------------------------------------------------------------------
U = "https://www.exempel.se"
PAGES = [
    {"chrome": "kommun-a", "slug": "stod", "title": "Stöd till dig som är utsatt för våld",
     "passages": ["k-stod-1", "k-referral-heder"], "url": f"{U}/omsorg/vald/stod.html"},
    {"chrome": "kommun-b", "slug": "neutral", "title": "Våld i nära relationer", "passages": ["k-stod-neutral"],
     "url": f"{U}/omsorg/vald.html"},
    {"chrome": "kommun-c", "slug": "heder", "title": "Hedersrelaterat våld", "passages": ["k-heder", "k-tolk"],
     "url": f"{U}/omsorg/heder.html"},
    {"chrome": "kommun-d", "slug": "utovare", "title": "Stöd till dig som utövar våld", "passages": ["k-utovare"],
     "url": f"{U}/omsorg/utovare.html"},
    {"chrome": "kommun-a", "slug": "general", "title": "Vad är våld?", "passages": ["k-general", "k-referral-lines"],
     "url": f"{U}/omsorg/vald/vad-ar-vald.html", "note": "general information, no service"},
    {"chrome": "kommun-b", "slug": "barn", "title": "Barn som upplever våld", "passages": ["k-barn"],
     "url": f"{U}/omsorg/barn.html"},
    {"chrome": "kommun-c", "slug": "sexmot", "title": "Sex mot ersättning", "passages": ["k-sexmot", "k-vulnerable"],
     "url": f"{U}/omsorg/sex-mot-ersattning.html"},
    {"chrome": "kommun-d", "slug": "catchment", "title": "Familjefrid", "passages": ["k-catchment", "k-contact-box"],
     "url": f"{U}/familjefrid.html"},
    {"chrome": "kommun-a", "slug": "hide", "title": "Dölj ditt besök", "passages": ["k-hide"],
     "url": f"{U}/omsorg/vald/dolj.html"},
    {"chrome": "kommun-b", "slug": "lattlast", "title": "Lättläst", "passages": ["k-lattlast"],
     "url": f"{U}/lattlast/vald.html"},
    {"chrome": "kommun-c", "slug": "pdf", "title": "Andra språk", "passages": ["k-pdf-langs"],
     "url": f"{U}/omsorg/vald/sprak.html"},
    {"chrome": "kommun-d", "slug": "sign", "title": "Teckenspråk", "passages": ["k-sign-video", "k-stod-neutral"],
     "url": f"{U}/teckensprak.html"},
    {"chrome": "kommun-a", "slug": "bygglov", "title": "Bygglov", "passages": ["k-bygglov"],
     "url": f"{U}/bygga/bygglov.html", "note": "irrelevant page with the same chrome"},
    {"chrome": "kommun-b", "slug": "skola", "title": "Förskola", "passages": ["k-skola"], "url": f"{U}/skola.html"},
    {"chrome": "kommun-c", "slug": "socialjour", "title": "Stöd vid våld", "passages": ["k-stod-1", "k-socialjour"],
     "url": f"{U}/stod.html"},
    {"chrome": "kommun-d", "slug": "lunch", "title": "Mottagningen", "passages": ["k-stod-neutral", "k-hours-lunch"],
     "url": f"{U}/mottagning.html"},
    {"chrome": "kommun-a", "slug": "neg-men", "title": "Kvinnojouren", "passages": ["k-neg-men"],
     "url": f"{U}/kvinnojour.html"},
    {"chrome": "kommun-b", "slug": "over18", "title": "Vuxna", "passages": ["k-over18", "k-referral-heder"],
     "url": f"{U}/vuxna.html"},
    {"chrome": "kommun-c", "slug": "trafficking", "title": "Människohandel", "passages": ["k-trafficking"],
     "url": f"{U}/manniskohandel.html"},
    {"chrome": "plain", "slug": "barn-heder", "title": "Barn och unga", "passages": ["k-barn", "k-heder"],
     "url": f"{U}/barn-unga.html"},
    {"chrome": "plain", "slug": "utovare-general", "title": "Våld", "passages": ["k-general", "k-utovare"],
     "url": f"{U}/vald.html"},
    {"chrome": "kommun-d", "slug": "vulnerable", "title": "Särskilda grupper", "passages": ["k-stod-1", "k-vulnerable"],
     "url": f"{U}/sarskilda.html"},
    {"chrome": "kommun-a", "slug": "pdf-sign", "title": "Material", "passages": ["k-pdf-langs", "k-sign-video"],
     "url": f"{U}/material.html"},
    {"chrome": "kommun-b", "slug": "hide-lines", "title": "Säkerhet", "passages": ["k-hide", "k-referral-lines"],
     "url": f"{U}/sakerhet.html"},
    {"chrome": "kommun-c", "slug": "contact", "title": "Kontakt", "passages": ["k-contact-box"],
     "url": f"{U}/kontakt.html"},
    {"chrome": "plain", "slug": "lattlast-tolk", "title": "Lätt svenska", "passages": ["k-lattlast", "k-tolk"],
     "url": f"{U}/latt.html"},
    {"chrome": "kommun-d", "slug": "sexmot-catch", "title": "Mottagning", "passages": ["k-sexmot", "k-catchment"],
     "url": f"{U}/mottagning-sex.html"},
    {"chrome": "kommun-a", "slug": "utovare-lunch", "title": "Behandling", "passages": ["k-utovare", "k-hours-lunch"],
     "url": f"{U}/behandling.html"},
    {"chrome": "kommun-b", "slug": "heder-vuln", "title": "Heder", "passages": ["k-heder", "k-vulnerable"],
     "url": f"{U}/heder2.html"},
    {"chrome": "kommun-c", "slug": "neg-over18", "title": "Jouren", "passages": ["k-neg-men", "k-over18"],
     "url": f"{U}/jouren.html"},
    {"chrome": "plain", "slug": "general-only", "title": "Om våld", "passages": ["k-general"], "url": f"{U}/om-vald.html",
     "note": "hard negative"},
    {"chrome": "kommun-d", "slug": "trafficking-tolk", "title": "Stöd", "passages": ["k-trafficking", "k-tolk"],
     "url": f"{U}/stod2.html"},
    # region
    {"chrome": "region-a", "slug": "atv", "title": "Alternativ till våld", "passages": ["r-atv"],
     "url": "https://www.region.test/atv"},
    {"chrome": "region-b", "slug": "barnahus", "title": "Barnahus", "passages": ["r-barnahus"],
     "url": "https://www.region.test/barnahus"},
    {"chrome": "region-a", "slug": "vardcentral", "title": "Vårdcentral", "passages": ["r-vardcentral"],
     "url": "https://www.region.test/vc", "note": "irrelevant; 1177 open dygnet runt is not the page's own line"},
    {"chrome": "region-b", "slug": "prevention", "title": "Preventionsmottagning", "passages": ["r-sexualbrott-risk"],
     "url": "https://www.region.test/prevention"},
    {"chrome": "region-a", "slug": "vard", "title": "Våld i vården", "passages": ["r-vald-vard", "k-referral-lines"],
     "url": "https://www.region.test/vald"},
    {"chrome": "region-b", "slug": "atv-lang", "title": "ATV", "passages": ["r-atv", "k-pdf-langs"],
     "url": "https://www.region.test/atv2"},
    {"chrome": "region-a", "slug": "barnahus-barn", "title": "Barnahus och barn", "passages": ["r-barnahus", "k-barn"],
     "url": "https://www.region.test/barnahus2"},
    {"chrome": "region-b", "slug": "general", "title": "Om våld", "passages": ["k-general"],
     "url": "https://www.region.test/om-vald", "note": "hard negative"},
    {"chrome": "region-a", "slug": "prevention-hide", "title": "Anonymt", "passages": ["r-sexualbrott-risk", "k-hide"],
     "url": "https://www.region.test/anonym"},
    {"chrome": "region-b", "slug": "vard-tolk", "title": "Tolk", "passages": ["r-vald-vard", "k-tolk"],
     "url": "https://www.region.test/tolk"},
    {"chrome": "region-a", "slug": "contact", "title": "Kontakt", "passages": ["k-contact-box"],
     "url": "https://www.region.test/kontakt"},
    {"chrome": "region-b", "slug": "vardcentral", "title": "Vårdcentral Norr", "passages": ["r-vardcentral"],
     "url": "https://www.region.test/vc2"},
    {"chrome": "region-a", "slug": "sexmot", "title": "Mottagning", "passages": ["k-sexmot"],
     "url": "https://www.region.test/sex"},
    {"chrome": "region-b", "slug": "utovare", "title": "Behandling", "passages": ["k-utovare", "k-vulnerable"],
     "url": "https://www.region.test/behandling"},
    {"chrome": "region-a", "slug": "trafficking", "title": "Människohandel", "passages": ["k-trafficking"],
     "url": "https://www.region.test/mh"},
    # jour
    {"chrome": "jour-a", "slug": "jour24", "title": "Kvinnojouren", "passages": ["j-jour-24", "j-boende"],
     "url": "https://kvinnojouren.test/"},
    {"chrome": "jour-b", "slug": "jourdag", "title": "Få stöd", "passages": ["j-jour-dag"],
     "url": "https://jouren.test/stod/"},
    {"chrome": "jour-c", "slug": "tjej", "title": "Chatta med oss", "passages": ["j-tjej-chatt"],
     "url": "https://tjejjouren.test/chatt/"},
    {"chrome": "jour-d", "slug": "man", "title": "Mansjouren", "passages": ["j-man"], "url": "https://mansjour.test/"},
    {"chrome": "jour-e", "slug": "hbtq", "title": "Regnbågsjouren", "passages": ["j-hbtq", "j-jour-dag"],
     "url": "https://regnbage.test/"},
    {"chrome": "jour-a", "slug": "boj", "title": "Brottsofferjouren", "passages": ["j-boj"],
     "url": "https://boj.test/stod/"},
    {"chrome": "jour-b", "slug": "om-oss", "title": "Om oss", "passages": ["j-om-oss", "j-gava"],
     "url": "https://jouren.test/om-oss/", "note": "hard negative on a shelter site"},
    {"chrome": "jour-c", "slug": "langs", "title": "Other languages", "passages": ["j-langs", "j-chatt-lang"],
     "url": "https://tjejjouren.test/languages/"},
    {"chrome": "jour-d", "slug": "boende", "title": "Skyddat boende", "passages": ["j-boende"],
     "url": "https://kvinnojour2.test/boende/"},
    {"chrome": "jour-e", "slug": "jour24", "title": "Jourtelefon", "passages": ["j-jour-24"],
     "url": "https://jour3.test/telefon/"},
    {"chrome": "jour-a", "slug": "tjej-langs", "title": "Tjejjouren", "passages": ["j-tjej-chatt", "j-langs"],
     "url": "https://tjej2.test/"},
    {"chrome": "jour-b", "slug": "man-hide", "title": "Mansjour", "passages": ["j-man", "k-hide"],
     "url": "https://mansjour2.test/"},
    {"chrome": "jour-c", "slug": "boj-lines", "title": "Brottsoffer", "passages": ["j-boj", "k-referral-lines"],
     "url": "https://boj2.test/"},
    {"chrome": "jour-d", "slug": "gava", "title": "Ge en gåva", "passages": ["j-gava"], "url": "https://gava.test/"},
    {"chrome": "jour-e", "slug": "hbtq-heder", "title": "Heder och hbtq", "passages": ["j-hbtq", "k-heder"],
     "url": "https://hbtq.test/"},
    {"chrome": "jour-a", "slug": "neg", "title": "Vilka vi stöttar", "passages": ["k-neg-men", "j-jour-dag"],
     "url": "https://kvinnojour4.test/vilka/"},
    {"chrome": "jour-b", "slug": "boende-24", "title": "Boende", "passages": ["j-boende", "j-jour-24"],
     "url": "https://kvinnojour5.test/"},
    {"chrome": "jour-c", "slug": "contact", "title": "Kontakt", "passages": ["k-contact-box", "j-chatt-lang"],
     "url": "https://jour6.test/kontakt/"},
    {"chrome": "jour-d", "slug": "om-oss", "title": "Om jouren", "passages": ["j-om-oss"],
     "url": "https://jour7.test/om/"},
    {"chrome": "jour-e", "slug": "tjej-hide", "title": "Säkert", "passages": ["j-tjej-chatt", "k-hide"],
     "url": "https://tjej3.test/sakert/"},
    {"chrome": "jour-a", "slug": "trafficking", "title": "Människohandel", "passages": ["k-trafficking", "j-jour-dag"],
     "url": "https://jour8.test/mh/"},
    {"chrome": "jour-b", "slug": "vulnerable", "title": "Alla är välkomna", "passages": ["j-jour-24", "k-vulnerable"],
     "url": "https://jour9.test/"},
    {"chrome": "jour-c", "slug": "sexmot", "title": "Sex mot ersättning", "passages": ["k-sexmot"],
     "url": "https://jour10.test/"},
    {"chrome": "jour-d", "slug": "barn", "title": "Barngrupper", "passages": ["k-barn", "j-om-oss"],
     "url": "https://jour11.test/barn/"},
    {"chrome": "jour-e", "slug": "catchment", "title": "Vår jour", "passages": ["k-catchment", "j-jour-dag"],
     "url": "https://jour12.test/"},
    {"chrome": "jour-a", "slug": "langs", "title": "Språk", "passages": ["j-langs"], "url": "https://jour13.test/sprak/"},
    {"chrome": "jour-b", "slug": "utovare", "title": "För dig som utövar våld", "passages": ["k-utovare"],
     "url": "https://jour14.test/utovare/"},
    {"chrome": "jour-c", "slug": "general", "title": "Om mäns våld", "passages": ["k-general"],
     "url": "https://jour15.test/om-vald/", "note": "hard negative"},
    {"chrome": "jour-d", "slug": "hbtq", "title": "Hbtq", "passages": ["j-hbtq"], "url": "https://jour16.test/hbtq/"},
    {"chrome": "jour-e", "slug": "boj", "title": "Stödlinjen", "passages": ["j-boj"], "url": "https://jour17.test/"},
    # English pages
    {"chrome": "english", "slug": "support", "title": "Support", "passages": ["e-support"],
     "url": "https://shelter.test/en/"},
    {"chrome": "english", "slug": "general", "title": "About", "passages": ["e-general"],
     "url": "https://shelter.test/en/about/", "note": "English hard negative"},
    {"chrome": "english", "slug": "support-langs", "title": "Languages", "passages": ["e-support", "j-langs"],
     "url": "https://shelter2.test/en/"},
    # plain text pages (saved as .txt)
    {"chrome": "text", "slug": "stod", "title": "Stöd vid våld", "passages": ["k-stod-1"], "url": "https://txt.test/1"},
    {"chrome": "text", "slug": "jour", "title": "Kvinnojouren", "passages": ["j-jour-24"], "url": "https://txt.test/2"},
    {"chrome": "text", "slug": "atv", "title": "ATV", "passages": ["r-atv"], "url": "https://txt.test/3"},
    {"chrome": "text", "slug": "general", "title": "Om våld", "passages": ["k-general"], "url": "https://txt.test/4"},
    {"chrome": "text", "slug": "man", "title": "Mansjouren", "passages": ["j-man"], "url": "https://txt.test/5"},
]
