"""Swedish text for the synthetic web: section names, page titles and the sentences real sites use.

Kept apart from the page structure (``bench.webgen``) so the words can grow
without touching the layout.  The violence pages use the phrasing the
extractors are written for (target groups, phones, opening hours, catchment,
languages), so extraction does realistic work; everything else is the
irrelevant bulk a municipal site is made of.
"""

from __future__ import annotations

# (section title, URL slug, share of the site's pages); the first is where the support pages live
KOMMUN_SECTIONS = (
    ("Omsorg och stöd", "omsorg-och-stod", 0.22),
    ("Barn och utbildning", "barn-och-utbildning", 0.18),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo", 0.18),
    ("Kultur och fritid", "kultur-och-fritid", 0.14),
    ("Näringsliv och arbete", "naringsliv-och-arbete", 0.1),
    ("Kommun och politik", "kommun-och-politik", 0.12),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur", 0.06),
)
REGION_SECTIONS = (
    ("Hälsa och vård", "halsa-och-vard", 0.3),
    ("Kollektivtrafik", "kollektivtrafik", 0.15),
    ("Kultur", "kultur", 0.15),
    ("Utveckling och tillväxt", "utveckling-och-tillvaxt", 0.2),
    ("Politik och påverkan", "politik-och-paverkan", 0.2),
)
JOUR_SECTIONS = (
    ("Få stöd", "fa-stod", 0.3),
    ("Om jouren", "om-jouren", 0.15),
    ("Nyheter", "nyheter", 0.35),
    ("Engagera dig", "engagera-dig", 0.2),
)
TOPICS = (
    "Bygglov", "Detaljplaner", "Förskola", "Grundskola", "Gymnasium", "Vuxenutbildning", "Bibliotek", "Simhall",
    "Idrottsanläggningar", "Föreningsbidrag", "Avfall och återvinning", "Vatten och avlopp", "Parkering",
    "Snöröjning", "Gator och vägar", "Livsmedelskontroll", "Serveringstillstånd", "Upphandling", "Lediga jobb",
    "Kommunfullmäktige", "Nämnder och styrelser", "Budget och årsredovisning", "Bredband", "Energirådgivning",
    "Äldreomsorg", "Hemtjänst", "Färdtjänst", "Ekonomiskt bistånd", "Missbruk och beroende", "Kulturskola",
    "Fritidsgårdar", "Turism", "Evenemang", "Naturreservat", "Lantmäteri", "Kartor", "Bostadsanpassning",
)
# (title, slug, body sentences) of the violence and support pages; {k}/{k2}, {tel}, {h} are filled per site
SUPPORT_PAGES = (
    ("Våld i nära relationer", "vald-i-nara-relationer",
     ("Är du utsatt för våld i en nära relation? Socialtjänsten kan ge dig stöd och skydd.",
      "Vi erbjuder stödsamtal till våldsutsatta kvinnor och män, och till barn som upplever våld.",
      "Ring socialtjänsten på {tel}, telefontid måndag–fredag kl. {h}.")),
    ("Stöd till dig som är utsatt", "stod-till-dig-som-ar-utsatt",
     ("Du som är utsatt för fysiskt, psykiskt eller sexuellt våld kan få hjälp av oss.",
      "Vi tar emot personer som bor i {k} och {k2} kommun.",
      "Vid akut fara, ring 112. Socialjouren nås dygnet runt på {tel}.")),
    ("Hedersrelaterat våld och förtryck", "hedersrelaterat-vald-och-fortryck",
     ("Hedersrelaterat våld och förtryck kan drabba flickor, pojkar, kvinnor och män.",
      "Vi kan hjälpa dig med skyddat boende om du behöver lämna hemmet.",
      "Information finns på engelska, arabiska och somaliska. Tolk kan ordnas.")),
    ("Till dig som utövar våld", "till-dig-som-utovar-vald",
     ("Vill du sluta använda våld mot din partner? Vi erbjuder behandling för våldsutövare.",
      "Kontakta oss på {tel}. Telefontid vardagar kl. {h}.")),
    ("Barn som upplever våld", "barn-som-upplever-vald",
     ("Barn som upplever våld i familjen har rätt till stöd. Vi erbjuder samtal i grupp för barn och unga.",
      "Barnahus i {k} tar emot barn från hela länet.")),
    ("Prostitution och människohandel", "prostitution-och-manniskohandel",
     ("Har du erfarenhet av sex mot ersättning? Du kan få stöd anonymt.",
      "Vi samarbetar med regionens mottagning för sexuell hälsa.")),
    ("Lättläst om våld", "lattlast-om-vald",
     ("Här finns information om våld på lättläst svenska.", "Du kan också se filmer på teckenspråk.")),
    ("Så döljer du ditt besök på webbplatsen", "dolj-ditt-besok",
     ("Rensa webbläsarens historik om du inte vill att någon ska se att du varit här.",
      "Använd ett privat fönster. Knappen Lämna sidan snabbt tar dig till en annan webbplats.")),
)
FILLER_WORDS = (
    "kommunen", "invånare", "information", "ansökan", "handläggning", "beslut", "verksamheten", "förvaltningen",
    "regler", "avgift", "tjänsten", "e-tjänst", "blankett", "kontakt", "området", "planering", "utveckling",
    "samverkan", "service", "medborgare", "uppdrag", "arbete", "ansvar", "kvalitet", "tillgänglighet", "miljö",
    "hållbarhet", "framtid", "projekt", "dialog", "samråd", "underlag", "handlingar", "protokoll", "riktlinjer",
    "och", "för", "med", "att", "som", "kan", "ska", "du", "vi", "har", "om", "på", "till", "i", "det", "en",
)
TOWN_PARTS = ("Sjö", "Berg", "Ljung", "Ek", "Björk", "Stor", "Lill", "Norr", "Söder", "Väster", "Öster", "Gran",
              "Lund", "Ås", "Strand", "Hed", "Dal", "Holm", "Vik", "Mo")
TOWN_ENDS = ("by", "köping", "sala", "hamn", "torp", "sund", "ryd", "fors", "stad", "vik", "näs", "berga")
COOKIE_BANNER = (
    '<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Kakor"><p>Vi använder kakor '
    "(cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer om hur vi använder "
    'kakor.</p><button class="cookie-accept">Godkänn alla</button><button class="cookie-necessary">Endast '
    'nödvändiga</button><a href="/om-webbplatsen/kakor.html">Om kakor</a></div>'
)
