"""Site chrome for the held-out labeled set.

Each site is a template with the placeholders %%TITLE%%, %%HEAD%%, %%MAIN%%, %%LANG%%, %%CRUMBS%% and,
for sites with a language switch, %%LANGSWITCH%%. `defaults` holds the labels that the chrome decides
(site-wide variables); a page spec may override any of them.

All sites are invented or loosely modelled. Phone numbers are invented (PTS fiction ranges or made-up
local numbers); no address belongs to a protected shelter.
"""

SITES = {}


def site(key, kind, base, defaults, template, langswitch=None):
    SITES[key] = {
        "key": key,
        "kind": kind,
        "base": base,
        "defaults": defaults,
        "template": template,
        "langswitch": langswitch or {},
    }


FALSE_FEATURES = {
    "machine_translation": False,
    "easy_read": False,
    "sign_language": False,
    "text_to_speech": False,
    "quick_exit": False,
    "hide_visit_advice": False,
}


def feats(**kw):
    d = dict(FALSE_FEATURES)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------------------
# K1 Oskarshamns kommun: Sitevision, ReadSpeaker "Lyssna", Lättläst, Teckenspråk, generic "Other languages".
# The violence pages carry their own "Lämna sidan" button inside the main content (set per page).
site("oskarshamn", "kommun", "https://www.oskarshamn.se",
     dict(languages=["sv"], **feats(easy_read=True, sign_language=True, text_to_speech=True)),
     """<!DOCTYPE html>
<html lang="%%LANG%%" class="sv-no-js sv-template-page">
<head>
<meta charset="utf-8">
<title>%%TITLE%% - Oskarshamns kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sitevision/system-resource/3f1c0d8e/css/portlets.min.css">
<link rel="stylesheet" href="/webdav/files/system/css/oskarshamn-2024.css">
<script src="/sitevision/system-resource/3f1c0d8e/js/jquery.js"></script>
<script src="//cdn1.readspeaker.com/script/5523/webReader/webReader.js?pids=wr"></script>
%%HEAD%%
</head>
<body class="sv-responsive">
<div class="sv-cookie-consent-banner" id="svid10_4c2f" role="dialog" aria-label="Kakor på oskarshamn.se">
  <div class="sv-text-portlet-content">
    <p class="normal">Vi använder kakor (cookies) för att webbplatsen ska fungera och för att se hur den används. <a href="/om-webbplatsen/kakor.html">Mer om kakor</a></p>
  </div>
  <button type="button" class="env-button env-button--primary" data-consent="all">Godkänn alla</button>
  <button type="button" class="env-button env-button--secondary" data-consent="necessary">Endast nödvändiga</button>
</div>
<a class="sv-skip-link" href="#Mitten">Hoppa till huvudinnehållet</a>
<div class="sv-layout sv-template-layout" id="svid10_header">
  <div class="sv-layout header__tools">
    <ul class="sv-defaultlist tools-list">
      <li><a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=5523&amp;lang=sv_se&amp;readid=Mitten&amp;url=" class="rs_href" rel="nofollow" onclick="readpage(this.href, 'xp1'); return false;"><span class="icon icon--listen" aria-hidden="true"></span>Lyssna</a></li>
      <li><a href="/lattlast.html"><span class="icon icon--easyread" aria-hidden="true"></span>Lättläst</a></li>
      <li><a href="/teckensprak.html"><span class="icon icon--signlanguage" aria-hidden="true"></span>Teckenspråk</a></li>
      <li><a href="/other-languages.html" lang="en"><span class="icon icon--globe" aria-hidden="true"></span>Other languages</a></li>
    </ul>
    <div id="xp1" class="rs_skip rs_preserve"></div>
  </div>
  <div class="sv-layout header__main">
    <a href="/" class="header__logo"><img src="/images/logo-oskarshamn.svg" alt="Oskarshamns kommun, till startsidan"></a>
    <form class="sv-searchform" action="/sok.html" role="search"><label for="q" class="env-assistive-text">Sök</label><input id="q" name="query" type="search" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>
  </div>
  <nav class="sv-layout mega-menu" aria-label="Huvudmeny">
    <ul>
      <li><a href="/barn-och-utbildning.html">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod.html">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo.html">Bygga, bo och miljö</a></li>
      <li><a href="/trafik-och-gator.html">Trafik och gator</a></li>
      <li><a href="/uppleva-och-gora.html">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik.html">Kommun och politik</a></li>
    </ul>
  </nav>
</div>
<div class="sv-layout" id="Mitten">
  <nav class="sv-layout breadcrumbs" aria-label="Du är här">%%CRUMBS%%</nav>
  <div class="sv-layout sv-grid-main">
    <div class="sv-text-portlet sv-use-margins" id="svid12_content">
%%MAIN%%
    </div>
  </div>
  <p class="sv-font-liten">Sidan uppdaterades 14 oktober 2025</p>
</div>
<footer class="sv-layout footer" id="svid10_footer">
  <div class="footer__col">
    <h2 class="subheading">Oskarshamns kommun</h2>
    <p>572 80 Oskarshamn<br>Kontaktcenter: 0491-76 40 00<br>kommun@oskarshamn.se</p>
    <p>Kontaktcenter har öppet måndag–fredag 08.00–16.30.</p>
  </div>
  <div class="footer__col">
    <ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/personuppgifter.html">Så hanterar vi personuppgifter</a></li><li><a href="/om-webbplatsen/kakor.html">Kakor</a></li></ul>
  </div>
</footer>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# K2 Katrineholms kommun: Optimizely (Episerver) with a Google Translate widget and an "In English" link.
site("katrineholm", "kommun", "https://www.katrineholm.se",
     dict(languages=["sv", "en"], **feats(machine_translation=True)),
     """<!DOCTYPE html>
<html lang="%%LANG%%" class="no-js">
<head>
<meta charset="utf-8" />
<title>%%TITLE%% | Katrineholms kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link href="/Static/dist/css/main.3b9c1e.css" rel="stylesheet" />
<script type="text/javascript">
function googleTranslateElementInit() {
  new google.translate.TranslateElement({pageLanguage: 'sv', layout: google.translate.TranslateElement.InlineLayout.SIMPLE, autoDisplay: false}, 'google_translate_element');
}
</script>
<script type="text/javascript" src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
%%HEAD%%
</head>
<body class="page-standard" data-epi-page-id="%%EPIID%%">
<div id="CybotCookiebotDialog" class="cookie-notice" role="dialog" aria-modal="true" aria-labelledby="cookie-title">
  <h2 id="cookie-title">Den här webbplatsen använder kakor</h2>
  <p>Vi använder kakor för att anpassa innehållet och för att analysera trafiken. Du väljer själv vilka kakor du godkänner.</p>
  <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="btn btn--primary">Tillåt alla</button>
  <button id="CybotCookiebotDialogBodyButtonDecline" class="btn btn--secondary">Neka</button>
  <button class="cookie-notice__close" aria-label="Stäng">×</button>
</div>
<header class="site-header">
  <div class="site-header__top">
    <div class="container">
      <ul class="site-header__links">
        %%LANGSWITCH%%
        <li class="translate"><span class="translate__label">Translate</span><div id="google_translate_element"></div></li>
        <li><a href="/kontakt/">Kontakta oss</a></li>
      </ul>
    </div>
  </div>
  <div class="container site-header__main">
    <a class="site-header__logo" href="/"><img src="/Static/img/katrineholm-logo.svg" alt="Katrineholms kommun" /></a>
    <button class="site-header__menu-toggle" aria-expanded="false" aria-controls="main-nav">Meny</button>
  </div>
  <nav id="main-nav" class="main-nav" aria-label="Huvudnavigering">
    <ul class="main-nav__list">
      <li class="main-nav__item"><a href="/forskola-och-skola/">Förskola och skola</a></li>
      <li class="main-nav__item"><a href="/omsorg-och-stod/">Omsorg och stöd</a></li>
      <li class="main-nav__item"><a href="/bo-och-miljo/">Bo och miljö</a></li>
      <li class="main-nav__item"><a href="/kultur-och-fritid/">Kultur och fritid</a></li>
      <li class="main-nav__item"><a href="/naringsliv-och-arbete/">Näringsliv och arbete</a></li>
      <li class="main-nav__item"><a href="/kommun-och-politik/">Kommun och politik</a></li>
    </ul>
  </nav>
</header>
<main id="main-content" class="main-content">
  <div class="container">
    <ol class="breadcrumb">%%CRUMBS%%</ol>
    <article class="article">
%%MAIN%%
    </article>
    <div class="page-meta">Senast ändrad: 2025-09-03</div>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <div class="site-footer__block">
      <h2>Katrineholms kommun</h2>
      <p>641 80 Katrineholm</p>
      <p>Kundcenter: <a href="tel:+46150488000">0150-48 80 00</a><br />Öppet vardagar 8–17</p>
    </div>
    <div class="site-footer__block"><a href="/om-webbplatsen/">Om webbplatsen</a> · <a href="/om-webbplatsen/tillganglighet/">Tillgänglighet</a></div>
  </div>
</footer>
</body>
</html>
""",
     langswitch={
         "sv": '<li><a href="/en/" lang="en" hreflang="en">In English</a></li>',
         "en": '<li><a href="/" lang="sv" hreflang="sv">På svenska</a></li>',
     })

# ---------------------------------------------------------------------------------------------------------
# K3 Skellefteå kommun: custom build with ReadSpeaker webReader, Lättläst and a minority-language bar
# (Suomeksi, Meänkielelä, Sámegillii, English). Meänkieli has no ISO 639-1 code and is not labeled.
site("skelleftea", "kommun", "https://skelleftea.se",
     dict(languages=["sv", "fi", "se", "en"], **feats(easy_read=True, text_to_speech=True)),
     """<!doctype html>
<html lang="%%LANG%%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>%%TITLE%% – Skellefteå kommun</title>
<link rel="stylesheet" href="/assets/skelleftea.8c1f.css">
<script src="https://cdn-eu.readspeaker.com/script/8112/webReader/webReader.js?pids=wr" defer></script>
%%HEAD%%
</head>
<body>
<div class="c-cookie" data-cookie-banner hidden>
  <p>Skellefteå kommun använder kakor. Nödvändiga kakor behövs för att webbplatsen ska fungera.</p>
  <button class="c-btn" data-accept>Jag förstår</button>
</div>
<header class="c-header">
  <div class="c-header__lang" role="navigation" aria-label="Språk och tillgänglighet">
    <ul>
      <li><a href="/lattlast" class="c-header__tool">Lättläst</a></li>
      <li><div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" title="Lyssna på sidans text med ReadSpeaker webReader" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=8112&amp;lang=sv_se&amp;readid=main&amp;url=%%URLENC%%"><span class="rsbtn_text"><span>Lyssna</span></span></a></div></li>
      <li><a href="/suomeksi" lang="fi">Suomeksi</a></li>
      <li><a href="/meankielela" lang="fit">Meänkielelä</a></li>
      <li><a href="/samegillii" lang="se">Sámegillii</a></li>
      <li><a href="/english" lang="en">English</a></li>
    </ul>
  </div>
  <div class="c-header__main">
    <a class="c-logo" href="/"><svg role="img" aria-label="Skellefteå kommun"><use href="#logo"></use></svg></a>
    <nav class="c-nav" aria-label="Meny">
      <a href="/utbildning">Utbildning</a>
      <a href="/omsorg-och-stod">Omsorg och stöd</a>
      <a href="/bygga-och-bo">Bygga och bo</a>
      <a href="/fritid">Fritid</a>
      <a href="/jobb">Jobb och företag</a>
      <a href="/kommunen">Kommunen</a>
    </nav>
    <button class="c-search-toggle" aria-label="Sök">Sök</button>
  </div>
</header>
<div class="c-crumbs">%%CRUMBS%%</div>
<main id="main" class="c-main">
%%MAIN%%
</main>
<footer class="c-footer">
  <div class="c-footer__inner">
    <p><strong>Skellefteå kommun</strong><br>931 85 Skellefteå<br>Kontaktcenter 0910-58 80 00<br>Måndag–fredag 7.30–17.00</p>
    <p><a href="/om-webbplatsen">Om webbplatsen</a> | <a href="/kakor">Kakor</a> | <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p>
  </div>
</footer>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# K4 Lerums kommun: a Next.js build with hashed class names, no accessibility tools, a cookie bar with "Stäng".
site("lerum", "kommun", "https://www.lerum.se",
     dict(languages=["sv"], **feats()),
     """<!DOCTYPE html><html lang="%%LANG%%"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%%TITLE%% | Lerums kommun</title><link rel="preload" href="/_next/static/css/5d1e8a2f0c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5d1e8a2f0c.css" data-n-g=""/>%%HEAD%%</head><body><div id="__next"><div class="Layout_root__Q2x8r">
<div class="CookieBar_root__3kd9L" role="region" aria-label="Kakor"><p class="CookieBar_text__7Yt1m">Lerum.se använder bara nödvändiga kakor. <a href="/om-webbplatsen/kakor">Läs mer</a></p><button type="button" class="CookieBar_close__Zp0aQ">Stäng</button></div>
<header class="Header_root__Lk2nB"><a class="Header_logo__c8RtW" href="/"><img alt="Lerums kommun" src="/logo-lerum.svg" width="160" height="48"/></a><nav class="Header_nav__wP3vE" aria-label="Huvudmeny"><ul><li><a href="/forskola-och-skola">Förskola och skola</a></li><li><a href="/omsorg-och-stod">Omsorg och stöd</a></li><li><a href="/bo-och-bygga">Bo och bygga</a></li><li><a href="/kultur-och-fritid">Kultur och fritid</a></li><li><a href="/jobba-hos-oss">Jobba hos oss</a></li></ul></nav><button class="Header_search__4fQzA" type="button" aria-label="Öppna sök">Sök</button></header>
<nav class="Breadcrumbs_root__n1P0s" aria-label="Brödsmulor">%%CRUMBS%%</nav>
<main class="Page_main__h7KpD" id="innehall">
%%MAIN%%
</main>
<footer class="Footer_root__rX9sE"><div class="Footer_col__Tq1hD"><p class="Footer_heading__a2Lm0">Lerums kommun</p><p>443 80 Lerum</p><p>Kommunens växel: 0302-56 70 00</p><p>Besöksadress: Kommunhuset, Bryggavägen 2</p></div><div class="Footer_col__Tq1hD"><a href="/om-webbplatsen">Om webbplatsen</a><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a></div></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"%%SLUG%%","locale":"sv"}},"page":"/[...slug]","buildId":"kQ7r2mV0xT"}</script></body></html>
""")

# ---------------------------------------------------------------------------------------------------------
# K5 Familjefrid Norra Bohuslän: a joint municipal service on WordPress/GeneratePress. Strapline names the five
# member municipalities; "Lämna sidan" button; "Dölj ditt besök" menu link; GTranslate float widget;
# a sidebar contact widget with phone and telefontid on every page.
site("familjefrid", "kommun", "https://www.familjefridnb.se",
     dict(languages=["sv"], catchment=["Strömstad", "Tanum", "Sotenäs", "Munkedal", "Lysekil"],
          phone_numbers=["0526-196 40"], opening_hours=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-14:00"],
          **feats(machine_translation=True, quick_exit=True, hide_visit_advice=True)),
     """<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%%TITLE%% &#8211; Familjefrid Norra Bohuslän</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='generate-style-css' href='https://www.familjefridnb.se/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='leave-site-css' href='https://www.familjefridnb.se/wp-content/plugins/ff-leave-site/leave.css?ver=1.2' media='all' />
<script>window.gtranslateSettings = {"default_language":"sv","languages":["sv","en","ar","so","fa","ti","pl"],"wrapper_selector":".gtranslate_wrapper","float_switcher_open_direction":"top"}</script>
<script src="https://cdn.gtranslate.net/widgets/latest/float.js" defer></script>
%%HEAD%%
</head>
<body class="page-template-default page wp-custom-logo wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a id="leave-site" class="leave-site" href="https://www.google.se/" onclick="window.open('https://www.google.se/', '_blank'); window.location.replace('https://www.yr.no/'); return false;">Lämna sidan</a>
<a class="screen-reader-text skip-link" href="#content" title="Hoppa till innehåll">Hoppa till innehåll</a>
<header class="site-header" id="masthead" aria-label="Webbplats" itemtype="https://schema.org/WPHeader" itemscope>
  <div class="inside-header grid-container">
    <div class="site-branding">
      <p class="main-title" itemprop="headline"><a href="https://www.familjefridnb.se/" rel="home">Familjefrid Norra Bohuslän</a></p>
      <p class="site-description" itemprop="description">Ett samarbete mellan Strömstad, Tanum, Sotenäs, Munkedal och Lysekils kommuner</p>
    </div>
  </div>
</header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primär" itemtype="https://schema.org/SiteNavigationElement" itemscope>
  <div class="inside-navigation grid-container">
    <ul id="menu-huvudmeny" class="menu sf-menu">
      <li class="menu-item"><a href="https://www.familjefridnb.se/">Start</a></li>
      <li class="menu-item"><a href="https://www.familjefridnb.se/utsatt-for-vald/">Utsatt för våld</a></li>
      <li class="menu-item"><a href="https://www.familjefridnb.se/barn-och-unga/">Barn och unga</a></li>
      <li class="menu-item"><a href="https://www.familjefridnb.se/du-som-utovar-vald/">Du som utövar våld</a></li>
      <li class="menu-item"><a href="https://www.familjefridnb.se/yrkesverksamma/">För yrkesverksamma</a></li>
      <li class="menu-item"><a href="https://www.familjefridnb.se/dolj-ditt-besok/">Dölj ditt besök</a></li>
    </ul>
  </div>
</nav>
<div class="site grid-container container hfeed" id="page">
  <div class="site-content" id="content">
    <div class="content-area" id="primary">
      <main class="site-main" id="main">
        <article class="page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
          <div class="inside-article">
            <div class="entry-content" itemprop="text">
%%MAIN%%
            </div>
          </div>
        </article>
      </main>
    </div>
    <div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
      <div class="inside-right-sidebar">
        <aside id="block-4" class="widget inner-padding widget_block">
          <h2 class="widget-title">Kontakta Familjefrid</h2>
          <p>Telefon: <a href="tel:+4652619640">0526-196 40</a></p>
          <p>Telefontid:<br>måndag–torsdag 8–16<br>fredag 8–14</p>
          <p>Du kan vara anonym när du ringer.</p>
        </aside>
      </div>
    </div>
  </div>
</div>
<div class="site-footer">
  <footer class="site-info" aria-label="Webbplats" itemtype="https://schema.org/WPFooter" itemscope>
    <div class="inside-site-info grid-container">
      <div class="copyright-bar">© 2025 Familjefrid Norra Bohuslän · Verksamheten drivs av Tanums kommun på uppdrag av de fem kommunerna · <a href="https://www.familjefridnb.se/integritet/">Integritet och kakor</a></div>
    </div>
  </footer>
</div>
<div class="gtranslate_wrapper"></div>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# R1 Region Värmland: Sitevision variant with ReadSpeaker, Lättläst and a generic "Languages" link; header
# banner citing 1177.
site("varmland", "region", "https://www.regionvarmland.se",
     dict(languages=["sv"], **feats(easy_read=True, text_to_speech=True)),
     """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
<meta charset="utf-8">
<title>%%TITLE%% - Region Värmland</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sitevision/system-resource/a1c9e2/css/portlets.min.css">
<link rel="stylesheet" href="/webdav/files/System/resources/css/rv-main.css">
<script src="//cdn1.readspeaker.com/script/6120/webReader/webReader.js?pids=wr"></script>
%%HEAD%%
</head>
<body class="sv-responsive rv-body">
<div class="rv-cookie" role="region" aria-label="Kakor">
  <p>Regionvarmland.se använder kakor för statistik. <a href="/om-webbplatsen/kakor">Inställningar</a></p>
  <button type="button" class="rv-btn" data-accept-all>Acceptera</button>
</div>
<div class="rv-banner-1177"><p>Behöver du vård eller råd? Ring 1177 eller gå till <a href="https://www.1177.se">1177.se</a>. Vid livshotande tillstånd, ring 112.</p></div>
<header class="sv-layout rv-header">
  <a class="rv-logo" href="/"><img src="/images/region-varmland-logo.svg" alt="Region Värmland – till startsidan"></a>
  <ul class="rv-header__tools">
    <li><a class="rs_href" rel="nofollow" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=6120&amp;lang=sv_se&amp;readid=rv-content&amp;url=" onclick="readpage(this.href,'rv-rs'); return false;">Lyssna</a></li>
    <li><a href="/lattlast">Lättläst</a></li>
    <li><a href="/languages" lang="en">Languages</a></li>
  </ul>
  <nav class="rv-nav" aria-label="Huvudmeny">
    <a href="/halsa-och-vard">Hälsa och vård</a>
    <a href="/kultur">Kultur</a>
    <a href="/kollektivtrafik">Kollektivtrafik</a>
    <a href="/regional-utveckling">Regional utveckling</a>
    <a href="/politik-och-paverkan">Politik och påverkan</a>
  </nav>
</header>
<div id="rv-rs" class="rs_skip"></div>
<div class="sv-layout rv-page" id="rv-content">
  <div class="rv-breadcrumbs">%%CRUMBS%%</div>
  <div class="sv-text-portlet">
%%MAIN%%
  </div>
</div>
<footer class="rv-footer">
  <p>Region Värmland · 651 82 Karlstad · Växel 054-19 40 00</p>
  <p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></p>
</footer>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# R2 Region Norrbotten: XHTML / ASP.NET WebForms, Google Translate, links "Sámegillii" and "In English".
site("norrbotten", "region", "https://www.norrbotten.se",
     dict(languages=["sv", "se", "en"], **feats(machine_translation=True)),
     """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%%LANG%%" xml:lang="%%LANG%%">
<head id="ctl00_Head1"><title>
	%%TITLE%% - Region Norrbotten
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/Templates/Styles/rn.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">function googleTranslateElementInit(){new google.translate.TranslateElement({pageLanguage:'sv'},'google_translate_element');}</script>
<script type="text/javascript" src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
%%HEAD%%
</head>
<body>
<form name="aspnetForm" method="post" action="./Default.aspx?id=%%EPIID%%" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq3Zb8f0xRk2m9aV1pQe0u0cYQ2w=" />
</div>
<div id="ctl00_pnlCookie" class="cookieinfo">Vi använder kakor (cookies) på norrbotten.se. <a href="/Om-webbplatsen/Kakor/">Läs mer</a> <input type="submit" name="ctl00$btnCookieOk" value="OK" id="ctl00_btnCookieOk" /></div>
<div id="ctl00_Header" class="header">
  <div id="ctl00_LanguageLinks" class="languagelinks">%%LANGSWITCH%% | <a href="/Samegillii/" lang="se">Sámegillii</a></div>
  <div id="google_translate_element" class="translate"></div>
  <a id="ctl00_lnkLogo" class="logo" href="/"><img src="/Templates/Images/rn_logo.gif" alt="Region Norrbotten" /></a>
  <table class="topmenu" cellpadding="0" cellspacing="0"><tr>
    <td><a href="/Halsa-och-vard/">Hälsa och vård</a></td>
    <td><a href="/Kultur/">Kultur</a></td>
    <td><a href="/Utveckling/">Regional utveckling</a></td>
    <td><a href="/Politik/">Politik</a></td>
  </tr></table>
</div>
<div id="ctl00_Breadcrumbs" class="breadcrumbs">%%CRUMBS%%</div>
<div id="ctl00_MainRegion" class="mainbody">
%%MAIN%%
</div>
<div id="ctl00_Footer" class="footer">
  Region Norrbotten, 971 89 Luleå &nbsp;|&nbsp; Växel: 0920-71 20 00 &nbsp;|&nbsp; <a href="/Om-webbplatsen/">Om webbplatsen</a>
</div>
</form>
</body>
</html>
""",
     langswitch={
         "sv": '<a id="ctl00_lnkEnglish" href="/In-English/" lang="en">In English</a>',
         "en": '<a id="ctl00_lnkSwedish" href="/" lang="sv">På svenska</a>',
     })

# ---------------------------------------------------------------------------------------------------------
# R3 Region Dalarna: Optimizely, Browsealoud "Talande webb", Teckenspråk, Lättläst, and language links
# English / Suomi / العربية.
site("dalarna", "region", "https://www.regiondalarna.se",
     dict(languages=["sv", "en", "fi", "ar"],
          **feats(easy_read=True, sign_language=True, text_to_speech=True)),
     """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>%%TITLE%% - Region Dalarna</title>
  <link rel="stylesheet" href="/dist/styles/app.min.css?v=20250811">
  <script type="text/javascript" src="https://www.browsealoud.com/plus/scripts/3.1.0/ba.js" crossorigin="anonymous" integrity="sha256-VCrJcQdV3IbbIVjmUyF7DnCqBbWD1BcZ/1sda2KWeFc= sha384-k2OQFn+wNFrKjU9HiaHAcHlEvLbfsVfvOnpmKBGWVBrpmGaIleDNHnnCJO4z2Y2H sha512-gxDfysgvGhVPSHDTieJ/8AlcIEjFbF3MdUgZZL2M5GXXDdIXCcX0CpH7Dh6jsHLOLOjRzTFdXASWZtxO+eMgyQ=="></script>
  %%HEAD%%
</head>
<body class="rd-page">
  <div class="rd-consent" id="consent" role="dialog" aria-label="Samtycke till kakor">
    <p>Vi vill använda kakor för att förbättra webbplatsen. Du kan ändra ditt val när som helst.</p>
    <button class="rd-btn" data-consent="accept">Godkänn</button> <button class="rd-btn rd-btn--ghost" data-consent="deny">Avböj</button>
  </div>
  <header class="rd-header">
    <div class="rd-header__service">
      <button type="button" class="rd-tool" onclick="BrowseAloud.panel.toggleBar(); return false;">Talande webb</button>
      <a class="rd-tool" href="/teckensprak/">Teckenspråk</a>
      <a class="rd-tool" href="/lattlast/">Lättläst</a>
      <details class="rd-lang"><summary>Språk</summary>
        <ul>
          <li><a href="/other-languages/english/" lang="en">English</a></li>
          <li><a href="/other-languages/suomi/" lang="fi">Suomi</a></li>
          <li><a href="/other-languages/arabiska/" lang="ar" dir="rtl">العربية</a></li>
        </ul>
      </details>
    </div>
    <a class="rd-logo" href="/"><img src="/dist/img/region-dalarna.svg" alt="Region Dalarna"></a>
    <nav class="rd-nav" aria-label="Huvudmeny">
      <a href="/vard-och-halsa/">Vård och hälsa</a>
      <a href="/tandvard/">Tandvård</a>
      <a href="/kultur-och-bildning/">Kultur och bildning</a>
      <a href="/kollektivtrafik/">Kollektivtrafik</a>
      <a href="/om-region-dalarna/">Om Region Dalarna</a>
    </nav>
  </header>
  <nav class="rd-breadcrumb" aria-label="Brödsmulor">%%CRUMBS%%</nav>
  <main class="rd-main" id="main">
%%MAIN%%
  </main>
  <footer class="rd-footer">
    <p>Region Dalarna, Box 712, 791 29 Falun</p>
    <p>Växel: 023-45 60 00</p>
    <p><a href="/om-webbplatsen/">Om webbplatsen</a> · <a href="/om-webbplatsen/tillganglighet/">Tillgänglighet</a></p>
  </footer>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J1 Kvinnojouren Alva, Östra Skaraborg: WordPress Divi. "LÄMNA SIDAN" top-bar button, "Dölj ditt besök" in
# the menu, a sidebar "Jourtelefon" widget (phone, sms, hours) on every page.
site("alva", "jour", "https://www.kvinnojourenalva.se",
     dict(languages=["sv"], phone_numbers=["0500-49 80 60", "070-174 06 10"],
          opening_hours=["mon,tue,wed,thu,fri,sat,sun 09:00-21:00"],
          **feats(quick_exit=True, hide_visit_advice=True)),
     """<!DOCTYPE html>
<html lang="sv-SE">
<head>
	<meta charset="UTF-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<title>%%TITLE%% | Kvinnojouren Alva</title>
	<link rel='stylesheet' id='divi-style-parent-css' href='https://www.kvinnojourenalva.se/wp-content/themes/Divi/style-static.min.css?ver=4.25.1' type='text/css' media='all' />
	<link rel='stylesheet' id='alva-child-css' href='https://www.kvinnojourenalva.se/wp-content/themes/alva-child/style.css?ver=1.0.3' type='text/css' media='all' />
	%%HEAD%%
</head>
<body class="page-template-default page et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns3 et_cover_background et_pb_gutter et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<div id="top-header">
	<div class="container clearfix">
		<a href="https://www.google.com/" class="alva-exit" onclick="document.body.style.display='none'; window.location.replace('https://www.google.com/search?q=v%C3%A4der'); return false;">LÄMNA SIDAN ✕</a>
	</div>
</div>
<header id="main-header" data-height-onload="80">
	<div class="container clearfix et_menu_container">
		<div class="logo_container"><a href="https://www.kvinnojourenalva.se/"><img src="https://www.kvinnojourenalva.se/wp-content/uploads/2021/03/alva-logo.png" alt="Kvinnojouren Alva" id="logo" /></a></div>
		<div id="et-top-navigation">
			<nav id="top-menu-nav">
				<ul id="top-menu" class="nav">
					<li class="menu-item"><a href="https://www.kvinnojourenalva.se/">Hem</a></li>
					<li class="menu-item"><a href="https://www.kvinnojourenalva.se/fa-stod/">Få stöd</a></li>
					<li class="menu-item"><a href="https://www.kvinnojourenalva.se/skyddat-boende/">Skyddat boende</a></li>
					<li class="menu-item"><a href="https://www.kvinnojourenalva.se/om-oss/">Om oss</a></li>
					<li class="menu-item"><a href="https://www.kvinnojourenalva.se/stod-oss/">Stöd oss</a></li>
					<li class="menu-item"><a href="https://www.kvinnojourenalva.se/dolj-ditt-besok/">Dölj ditt besök</a></li>
				</ul>
			</nav>
		</div>
	</div>
</header>
<div id="et-main-area">
<div id="main-content">
	<div class="container">
		<div id="content-area" class="clearfix">
			<div id="left-area">
				<article class="post-%%EPIID%% page type-page status-publish hentry">
					<div class="entry-content">
%%MAIN%%
					</div>
				</article>
			</div>
			<div id="sidebar">
				<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Jourtelefon</h4>
					<div class="textwidget"><p><strong>0500-49 80 60</strong><br />Alla dagar kl. 9–21</p>
					<p>Sms: 070-174 06 10</p>
					<p>Mejl: stod@kvinnojourenalva.se</p></div>
				</div>
			</div>
		</div>
	</div>
</div>
<footer id="main-footer">
	<div id="footer-bottom"><div class="container clearfix">
		<p>Kvinnojouren Alva · Org.nr 802421-6655 · Bankgiro 5412-8830 · Swish 123 617 42 05</p>
		<p>Medlem i Unizon</p>
	</div></div>
</footer>
</div>
</div>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J2 Tjejjouren Stella, Borås: Wix. No accessibility tools; a newsletter lightbox whose button says "Stäng".
site("stella", "jour", "https://www.tjejjourenstella.se",
     dict(languages=["sv"], **feats()),
     """<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
  <meta name="generator" content="Wix.com Website Builder"/>
  <title>%%TITLE%% | Tjejjouren Stella</title>
  <link rel="preconnect" href="https://static.parastorage.com" crossorigin>
  %%HEAD%%
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
  <div data-testid="layout-wrapper" class="wixui-header__inner">
    <div id="comp-lk9s1" class="wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">TJEJJOUREN STELLA</span></p></div>
    <nav id="comp-lk9s2" aria-label="Webbplats" class="wixui-dropdown-menu">
      <ul>
        <li class="wixui-dropdown-menu__item"><a href="https://www.tjejjourenstella.se/">Hem</a></li>
        <li class="wixui-dropdown-menu__item"><a href="https://www.tjejjourenstella.se/chatt">Chatta</a></li>
        <li class="wixui-dropdown-menu__item"><a href="https://www.tjejjourenstella.se/fragor">Vanliga frågor</a></li>
        <li class="wixui-dropdown-menu__item"><a href="https://www.tjejjourenstella.se/engagera-dig">Engagera dig</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true">
  <div id="SITE_PAGES"><section id="comp-main" class="wixui-section">
    <div data-testid="richTextElement" class="wixui-rich-text" id="comp-text-main">
%%MAIN%%
    </div>
  </section></div>
</main>
<div id="lightbox-nyhetsbrev" role="dialog" aria-label="Nyhetsbrev" class="wixui-lightbox" hidden>
  <p class="wixui-rich-text__text">Få nyheter från Stella direkt i din inkorg!</p>
  <input type="email" placeholder="Din e-post" aria-label="E-post"><button class="wixui-button">Prenumerera</button>
  <button aria-label="Stäng" class="wixui-lightbox__close">Stäng</button>
</div>
<footer id="SITE_FOOTER" class="wixui-footer">
  <div class="wixui-rich-text"><p class="wixui-rich-text__text">Tjejjouren Stella · Borås · Följ oss på Instagram @tjejjourenstella · Swish 123 204 55 81</p></div>
</footer>
</div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.d7e1f.bundle.min.js" async></script>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J3 Ungdomsjouren Kompassen, Sundsvall: Squarespace with a "Snabb utgång" button calling location.replace.
site("kompassen", "jour", "https://www.ungdomsjourenkompassen.se",
     dict(languages=["sv"], **feats(quick_exit=True)),
     """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="sv-SE">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%%TITLE%% — Ungdomsjouren Kompassen</title>
<!-- This is Squarespace. --><!-- ungdomsjourenkompassen -->
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f2/12/5c5a519771c10ba3470d8101/64a1f2b9/1543/site.css"/>
%%HEAD%%
</head>
<body id="collection-64a1f2" class="header-overlay-alignment-center tweak-social-icons-style-regular show-category-navigation">
<button type="button" id="snabb-utgang" class="sqs-block-button-element--medium" onclick="window.location.replace('https://www.yr.no/'); return false;">Snabb utgång</button>
<div id="siteWrapper" class="clearfix site-wrapper">
  <header data-test="header" id="header" class="header theme-col--primary">
    <div class="header-title-text"><a href="/" id="site-title">Ungdomsjouren Kompassen</a></div>
    <nav class="header-nav-list">
      <div class="header-nav-item"><a href="/">Start</a></div>
      <div class="header-nav-item"><a href="/for-vuxna">För vuxna</a></div>
      <div class="header-nav-item"><a href="/stotta-oss">Stötta oss</a></div>
    </nav>
  </header>
  <main id="page" class="container" role="main">
    <article class="sections" id="sections" data-page-sections="64a1f2">
      <section class="page-section"><div class="content-wrapper"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page">
        <div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
%%MAIN%%
        </div></div>
      </div></div></section>
    </article>
  </main>
  <footer class="sections" id="footer-sections"><div class="sqs-block-content"><p>Ungdomsjouren Kompassen är en ideell förening i Sundsvall. Vi har tystnadslöfte och du kan alltid vara anonym.</p></div></footer>
</div>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5c5a519771c10ba3470d8101","siteTitle":"Ungdomsjouren Kompassen","language":"sv-SE"}};</script>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J4 Mansmottagningen Halland: Joomla 3 Protostar-like, no tools.
site("mansmottagningen", "jour", "https://www.mansmottagningenhalland.se",
     dict(languages=["sv"], **feats()),
     """<!DOCTYPE html>
<html lang="sv-se" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>%%TITLE%% - Mansmottagningen Halland</title>
	<link href="/templates/protostar/css/template.css?4b1d2a9f" rel="stylesheet" />
	%%HEAD%%
</head>
<body class="site com_content view-article no-layout no-task itemid-%%EPIID%%">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><span class="site-title" title="Mansmottagningen Halland">Mansmottagningen Halland</span> <div class="site-description">Samtal för män – ideell förening sedan 2009</div></a>
					<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Sök ...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Sök ..." /></form></div></div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<ul class="nav menu nav-pills mod-list">
					<li class="item-101 default"><a href="/">Hem</a></li>
					<li class="item-112"><a href="/sluta-anvanda-vald">Vill du sluta?</a></li>
					<li class="item-113"><a href="/utsatt-for-vald">Utsatt för våld</a></li>
					<li class="item-114"><a href="/tankar-om-sex-med-barn">Oroande tankar</a></li>
					<li class="item-115"><a href="/om-foreningen">Om föreningen</a></li>
				</ul>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span12">
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
%%MAIN%%
					</div>
				</main>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Till toppen</a></p><p>&copy; 2025 Mansmottagningen Halland · Bankgiro 5561-2094</p></div>
	</footer>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J5 Brottsofferjouren Höga Kusten: local BOJ site, ReadSpeaker "Lyssna", language links (en, ar, so, fa, pl),
# a quick exit only as a keyboard script (Esc three times) with a visible hint. 116 006 in the footer.
site("bojhogakusten", "jour", "https://hogakusten.boj.se",
     dict(languages=["sv", "en", "ar", "so", "fa", "pl"], **feats(text_to_speech=True, quick_exit=True)),
     """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%%TITLE%% – Brottsofferjouren Höga Kusten</title>
<link rel="stylesheet" href="https://hogakusten.boj.se/wp-content/themes/boj-lokal/dist/main.css?ver=2.8.1">
<script src="//cdn-eu.readspeaker.com/script/9874/webReader/webReader.js?pids=wr" id="rs_req_Init"></script>
%%HEAD%%
</head>
<body class="boj-local page">
<header class="boj-header">
  <div class="boj-header__top">
    <span class="boj-header__parent">En del av <a href="https://www.brottsofferjouren.se">Brottsofferjouren Sverige</a></span>
    <p class="boj-esc-hint">Tryck <kbd>Esc</kbd> tre gånger för att snabbt lämna sidan.</p>
  </div>
  <div class="boj-header__brand"><a href="/"><img src="/wp-content/themes/boj-lokal/img/boj-logo.svg" alt=""> Brottsofferjouren Höga Kusten</a></div>
  <nav class="boj-nav" aria-label="Meny">
    <a href="/fa-stod/">Få stöd</a><a href="/vittnesstod/">Vittnesstöd</a><a href="/unga/">Unga brottsoffer</a><a href="/engagera-dig/">Engagera dig</a><a href="/om-oss/">Om oss</a>
  </nav>
  <div class="boj-languages"><span>Information på andra språk:</span>
    <a href="/en/" lang="en">English</a> <a href="/ar/" lang="ar">العربية</a> <a href="/so/" lang="so">Soomaali</a> <a href="/fa/" lang="fa">فارسی</a> <a href="/pl/" lang="pl">Polski</a>
  </div>
  <div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" title="Lyssna på sidans text med ReadSpeaker webReader" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=9874&amp;lang=sv_se&amp;readid=boj-main&amp;url="><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span><span class="rsbtn_right rsimg rsplay rspart"></span></a></div>
</header>
<main id="boj-main" class="boj-main">
%%MAIN%%
</main>
<footer class="boj-footer">
  <p>Brottsofferjouren Höga Kusten · Box 210, 872 23 Kramfors</p>
  <p>Nationella stödlinjen: 116 006</p>
  <p>Plusgiro 48 12 95-3</p>
</footer>
<script>
(function () {
  var presses = 0, timer;
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') { return; }
    presses += 1; clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 1500);
    if (presses >= 3) { window.location.replace('https://www.google.se/'); }
  });
})();
</script>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J6 Regnbågsjouren Skåne (hbtqi): Gatsby static site, a.quick-exit with a click handler, "In English" link,
# "Så döljer du ditt besök" in the menu.
site("regnbagsjouren", "jour", "https://regnbagsjouren.se",
     dict(languages=["sv", "en"], **feats(quick_exit=True, hide_visit_advice=True)),
     """<!DOCTYPE html><html lang="%%LANG%%"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/><title>%%TITLE%% · Regnbågsjouren Skåne</title><link rel="stylesheet" href="/styles.b71c0f.css"/>%%HEAD%%</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<a class="quick-exit" href="https://www.svt.se/" rel="noreferrer" data-quick-exit="true">Lämna snabbt ✕</a>
<header class="site-header"><a class="site-header__brand" href="/">Regnbågsjouren Skåne</a><nav class="site-header__nav" aria-label="Huvudmeny"><a href="/fa-stod/">Få stöd</a><a href="/om-vald/">Hbtqi och våld</a><a href="/dolj-besoket/">Så döljer du ditt besök</a><a href="/bli-volontar/">Bli volontär</a>%%LANGSWITCH%%</nav></header>
<main class="content">
%%MAIN%%
</main>
<footer class="site-footer"><p>Regnbågsjouren Skåne är en ideell förening med tystnadslöfte. Org.nr 802530-4417.</p><p><a href="/integritet/">Integritet</a></p></footer>
</div></div>
<script>document.querySelector('.quick-exit').addEventListener('click',function(e){e.preventDefault();window.open('https://www.svt.se/','_blank');window.location.replace('https://www.smhi.se/');});</script>
</body></html>
""",
     langswitch={
         "sv": '<a href="/en/" lang="en" hreflang="en">In English</a>',
         "en": '<a href="/" lang="sv" hreflang="sv">På svenska</a>',
     })

# ---------------------------------------------------------------------------------------------------------
# J7 Nattljus, Uppsala: Hugo static site; header language links English / Română / ภาษาไทย.
site("nattljus", "jour", "https://www.nattljus.org",
     dict(languages=["sv", "en", "ro", "th"], **feats()),
     """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
  <meta charset="utf-8">
  <meta name="generator" content="Hugo 0.121.1">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>%%TITLE%% | Nattljus</title>
  <link rel="stylesheet" href="/css/main.min.2f4a9c.css">
  %%HEAD%%
</head>
<body>
  <header class="top">
    <a class="top__brand" href="/">Nattljus <small>stöd vid sex mot ersättning</small></a>
    <nav class="top__menu"><a href="/stod/">Stöd</a> <a href="/kopa-sex/">Köper du sex?</a> <a href="/om/">Om Nattljus</a></nav>
    <nav class="top__lang" aria-label="Språk">
      <a href="/en/" hreflang="en" lang="en">English</a>
      <a href="/ro/" hreflang="ro" lang="ro">Română</a>
      <a href="/th/" hreflang="th" lang="th">ภาษาไทย</a>
    </nav>
  </header>
  <main class="page">
%%MAIN%%
  </main>
  <footer class="bottom"><p>Nattljus är en idéburen organisation i Uppsala. Org.nr 802498-1170.</p></footer>
</body>
</html>
""")

# ---------------------------------------------------------------------------------------------------------
# J8 Kvinnojouren Beda, Mjölby: 1990s table layout, no lang attribute, no tools.
site("beda", "jour", "http://www.kvinnojourenbeda.se",
     dict(languages=["sv"], **feats()),
     """<HTML>
<HEAD>
<TITLE>Kvinnojouren Beda - %%TITLE%%</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="keywords" CONTENT="kvinnojour, Mjölby, Boxholm, Ödeshög, våld, kvinnor, jour">
%%HEAD%%
</HEAD>
<BODY BGCOLOR="#FFF5EE" TEXT="#333333" LINK="#7B2D8B" VLINK="#5A1F66" TOPMARGIN="0" LEFTMARGIN="0">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="2"><IMG SRC="bilder/beda_topp.gif" ALT="Kvinnojouren Beda" WIDTH="760" HEIGHT="110" BORDER="0"></TD></TR>
<TR>
<TD WIDTH="170" VALIGN="top" BGCOLOR="#EBDDF2">
<FONT FACE="Verdana, Arial" SIZE="2"><BR>
&nbsp;<A HREF="index.html">Startsida</A><BR><BR>
&nbsp;<A HREF="barn.html">Barn på jouren</A><BR><BR>
&nbsp;<A HREF="lankar.html">Länkar</A><BR><BR>
&nbsp;<A HREF="foreningen.html">Föreningen</A><BR><BR>
</FONT>
</TD>
<TD WIDTH="590" VALIGN="top">
<FONT FACE="Verdana, Arial" SIZE="2">
%%MAIN%%
</FONT>
</TD>
</TR>
<TR><TD COLSPAN="2" ALIGN="center" BGCOLOR="#EBDDF2"><FONT FACE="Verdana" SIZE="1">Kvinnojouren Beda &middot; Postadress: Box 88, 595 21 Mjölby &middot; Senast uppdaterad 2018-11-20 &middot; Du är besökare nr <IMG SRC="cgi-bin/counter.gif" ALT=""></FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
""")

# ---------------------------------------------------------------------------------------------------------
# J9 Frihet Östergötland (heder): Webflow with a fixed "Lämna sidan" button; language links in their own
# script (العربية, Soomaali, فارسی, Kurmancî).
site("frihet", "jour", "https://www.frihetostergotland.se",
     dict(languages=["sv", "ar", "so", "fa", "ku"], **feats(quick_exit=True)),
     """<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><html data-wf-page="6512c0e4b2a1f0c3d4e5f601" data-wf-site="6512c0e4b2a1f0c3d4e5f600" lang="%%LANG%%"%%DIR%%><head><meta charset="utf-8"/><title>%%TITLE%% | Frihet Östergötland</title><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://assets-global.website-files.com/6512c0e4b2a1f0c3d4e5f600/css/frihet.webflow.8a1b2c.css" rel="stylesheet" type="text/css"/>%%HEAD%%</head><body class="body">
<div class="quick-exit-wrapper"><a href="https://www.google.se/" id="exit" class="button-exit w-button">%%EXITLABEL%%</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/6512c0e4b2a1f0c3d4e5f600/frihet-logo.svg" loading="lazy" alt="Frihet Östergötland"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link">Start</a><a href="/for-skolpersonal" class="nav-link w-nav-link">För skolpersonal</a><a href="/gavor" class="nav-link w-nav-link">Ge en gåva</a></nav><div class="lang-links">%%LANGSWITCH%%<a href="/so" lang="so" class="lang-link">Soomaali</a><a href="/fa" lang="fa" dir="rtl" class="lang-link">فارسی</a><a href="/ku" lang="ku" class="lang-link">Kurmancî</a></div></div></div>
<main class="main-section">
%%MAIN%%
</main>
<footer class="footer"><div class="w-container"><p class="footer-text">Frihet Östergötland – ideell förening mot hedersrelaterat våld och förtryck · Org.nr 802512-3398</p></div></footer>
<script>document.getElementById('exit').addEventListener('click',function(e){e.preventDefault();window.location.replace('https://www.google.se/');});</script>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6512c0e4b2a1f0c3d4e5f600" type="text/javascript"></script>
</body></html>
""",
     langswitch={
         "sv": '<a href="/ar" lang="ar" dir="rtl" class="lang-link">العربية</a>',
         "ar": '<a href="/" lang="sv" class="lang-link">Svenska</a>',
     })

# ---------------------------------------------------------------------------------------------------------
# J10 Kvinnojouren Tyra, Ludvika–Smedjebacken: WordPress block theme. The header top bar shows the 24-hour
# number on every page (header: not main content). A "Lättläst" link in the header.
site("tyra", "jour", "https://www.kvinnojourentyra.se",
     dict(languages=["sv"], **feats(easy_read=True)),
     """<!doctype html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>%%TITLE%% – Kvinnojouren Tyra</title>
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://www.kvinnojourentyra.se/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all' />
%%HEAD%%
</head>
<body class="page-template-default page wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
	<div class="tyra-topbar"><p>Ring oss dygnet runt: <a href="tel:+46701740670">070-174 06 70</a> · <a href="https://www.kvinnojourentyra.se/lattlast/">Lättläst</a></p></div>
	<header id="masthead" class="site-header has-title-and-tagline has-menu">
		<div class="site-branding"><p class="site-title"><a href="https://www.kvinnojourentyra.se/">Kvinnojouren Tyra</a></p><p class="site-description">Stöd till kvinnor och barn sedan 1982</p></div>
		<nav id="site-navigation" class="primary-navigation" aria-label="Primär meny">
			<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
				<li class="menu-item"><a href="https://www.kvinnojourentyra.se/">Hem</a></li>
				<li class="menu-item"><a href="https://www.kvinnojourentyra.se/anhorig/">För anhöriga</a></li>
				<li class="menu-item"><a href="https://www.kvinnojourentyra.se/bli-jourkvinna/">Bli jourkvinna</a></li>
				<li class="menu-item"><a href="https://www.kvinnojourentyra.se/kontakt/">Kontakt</a></li>
			</ul></div>
		</nav>
	</header>
	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">
				<article class="page type-page status-publish entry">
					<div class="entry-content">
%%MAIN%%
					</div>
				</article>
			</main>
		</div>
	</div>
	<footer id="colophon" class="site-footer">
		<div class="site-info"><div class="site-name">Kvinnojouren Tyra</div><div class="powered-by">Ideell förening · Medlem i Roks · Swish 123 900 41 76</div></div>
	</footer>
</div>
</body>
</html>
""")
