"""Site chromes of the labeled set: the header, menus, banners and footers that surround a page's main content.

Every site is an invented or loosely modelled website of one of the three kinds.  ``DEFAULTS`` holds the
site-wide labels the chrome itself carries (a "Lättläst" link in the header, a ReadSpeaker button, a quick
exit, a language switcher ...); a page may override them.
"""

from __future__ import annotations

from html import escape


def crumbs_html(crumbs, sep=" / ", cls="breadcrumbs"):
    parts = [f'<a href="{href}">{escape(t)}</a>' for t, href in crumbs[:-1]] + [f"<span>{escape(crumbs[-1][0])}</span>"]
    return f'<nav class="{cls}" aria-label="Brödsmulor">' + sep.join(parts) + "</nav>"


# ---------------------------------------------------------------------------------------------------------------
# K_TRANAS: classic Sitevision municipal site. Header: Lättläst, Other languages (generic), Lyssna (ReadSpeaker).
def k_tranas(p):
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-sida">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p['title'])} - Tranås kommun</title>
<link rel="stylesheet" href="/sitevision/system-resource/5f2b/css/portlets.css">
<link rel="stylesheet" href="/webdav/files/System/resources/css/tranas.css">
<script src="/sitevision/system-resource/5f2b/js/jquery.js"></script>
{p.get('head', '')}
</head>
<body class="sv-responsive">
<a href="#huvudinnehall" class="sv-skip-link env-assistive-text">Hoppa till huvudinnehållet</a>
<div class="sv-layout cookie-consent" id="cookieBanner" role="region" aria-label="Kakor">
  <div class="sv-text-portlet"><p class="normal">Tranås kommun använder kakor (cookies) för att webbplatsen ska fungera och för att ta fram besöksstatistik. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p></div>
  <button type="button" class="env-button env-button--primary" data-cookie="accept">Godkänn alla kakor</button>
  <button type="button" class="env-button" data-cookie="necessary">Bara nödvändiga</button>
  <button type="button" class="cookie-close env-button--ghost" aria-label="Stäng">Stäng</button>
</div>
<header class="sv-layout header">
  <div class="header__tools">
    <ul class="tools-list">
      <li><a href="/lattlast.html" class="tools-list__link"><span class="icon icon-book"></span>Lättläst</a></li>
      <li><a href="/other-languages.html" class="tools-list__link">Other languages</a></li>
      <li><a href="/kontakt.html" class="tools-list__link">Kontakt</a></li>
      <li><a href="/mina-sidor" class="tools-list__link">Mina sidor</a></li>
    </ul>
  </div>
  <div class="header__brand"><a href="/"><img src="/images/tranas-logo.svg" alt="Tranås kommun, till startsidan"></a></div>
  <form class="header__search" action="/sok.html" role="search"><label for="q" class="env-assistive-text">Sök</label><input id="q" name="query" type="search" placeholder="Vad letar du efter?"><button>Sök</button></form>
  <button class="megamenu-toggle" aria-expanded="false" aria-controls="megamenu">Meny</button>
  <nav id="megamenu" class="megamenu" aria-label="Huvudmeny">
    <ul class="megamenu__level1">
      <li><a href="/barn-och-utbildning.html">Barn och utbildning</a><ul><li><a href="/barn-och-utbildning/forskola.html">Förskola</a></li><li><a href="/barn-och-utbildning/grundskola.html">Grundskola</a></li></ul></li>
      <li><a href="/bygga-bo-och-miljo.html">Bygga, bo och miljö</a><ul><li><a href="/bygga-bo-och-miljo/bygglov.html">Bygglov</a></li><li><a href="/bygga-bo-och-miljo/avfall.html">Avfall och återvinning</a></li></ul></li>
      <li><a href="/omsorg-och-stod.html">Omsorg och stöd</a><ul><li><a href="/omsorg-och-stod/aldreomsorg.html">Äldreomsorg</a></li><li><a href="/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer.html">Våld i nära relationer</a></li><li><a href="/omsorg-och-stod/missbruk-och-beroende.html">Missbruk och beroende</a></li></ul></li>
      <li><a href="/kultur-och-fritid.html">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik.html">Kommun och politik</a></li>
    </ul>
    <button class="megamenu__close" aria-label="Stäng meny">Stäng meny</button>
  </nav>
</header>
<main id="huvudinnehall" class="sv-layout main">
  {crumbs_html(p['crumbs'])}
  <div class="rs_skip rsbtn rs_preserve" id="readspeaker_button1">
    <a rel="nofollow" class="rsbtn_play" accesskey="L" title="Lyssna på sidans text med ReadSpeaker webReader" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=5511&amp;lang=sv_se&amp;readid=huvudinnehall&amp;url={escape(p['url'])}">
    <span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span></a>
  </div>
  <div class="sv-text-portlet main-content">
  <h1 class="heading">{escape(p['title'])}</h1>
  {p['main']}
  </div>
  <div class="page-info"><p>Senast uppdaterad: {p.get('updated', '2024-09-12')}</p><p>Sidansvarig: Socialförvaltningen</p></div>
  {p.get('aside', '')}
  <div class="feedback"><p>Fick du svar på din fråga?</p><button>Ja</button> <button>Nej</button></div>
</main>
<footer class="sv-layout footer">
  <div class="footer__col"><h2>Tranås kommun</h2><p>Växel: 0140-681 00<br>E-post: info@tranas.se<br>Organisationsnummer: 212000-0589</p></div>
  <div class="footer__col"><h2>Om webbplatsen</h2><ul><li><a href="/om-webbplatsen/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/kakor.html">Kakor</a></li><li><a href="/om-webbplatsen/personuppgifter.html">Behandling av personuppgifter</a></li></ul></div>
  <div class="footer__col"><h2>Följ oss</h2><ul><li><a href="https://www.facebook.com/">Facebook</a></li><li><a href="https://www.instagram.com/">Instagram</a></li></ul></div>
</footer>
<script src="https://cdn1.readspeaker.com/script/5511/webReader/webReader.js?pids=wr" type="text/javascript" id="rs_req_Init"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# K_LJUNGBY: Sitevision with a Google Translate widget ("Translate") and Browsealoud "Talande webb".
def k_ljungby(p):
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} | Ljungby kommun</title>
<meta name="description" content="{escape(p.get('desc', p['title']))}">
<link rel="stylesheet" href="/sitevision/system-resource/ab12/css/portlets.css">
{p.get('head', '')}
</head>
<body>
<div id="svid10_cookie" class="sv-cookie-consent-banner">
  <h2>Kakor på ljungby.se</h2>
  <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera. Med ditt samtycke använder vi även kakor för analys.</p>
  <button class="sv-cookie-consent-banner__accept">Acceptera</button> <button class="sv-cookie-consent-banner__settings">Inställningar</button>
</div>
<div class="top-links">
  <ul>
    <li><a href="#" id="browsealoud-toggle" class="ba-toggle" onclick="toggleBar();return false;"><img src="/images/speaker.svg" alt=""> Talande webb</a></li>
    <li class="translate-item"><span>Translate</span><div id="google_translate_element"></div></li>
    <li><a href="/kontakta-oss.html">Kontakta oss</a></li>
  </ul>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/images/ljungby-logo.png" alt="Ljungby kommun startsida"></a>
  <nav class="main-nav"><ul>
    <li><a href="/bo-och-bygga.html">Bo och bygga</a></li>
    <li><a href="/forskola-och-utbildning.html">Förskola och utbildning</a></li>
    <li><a href="/omsorg-och-hjalp.html">Omsorg och hjälp</a></li>
    <li><a href="/arbete-och-naringsliv.html">Arbete och näringsliv</a></li>
    <li><a href="/uppleva-och-gora.html">Uppleva och göra</a></li>
  </ul></nav>
</header>
<div class="page-wrapper">
  {crumbs_html(p['crumbs'], sep=' &gt; ', cls='sv-breadcrumb')}
  <div class="columns">
    <nav class="sub-nav" aria-label="Undermeny">{p.get('subnav', '')}</nav>
    <main class="content" id="Innehall">
      <h1>{escape(p['title'])}</h1>
      {p['main']}
      <p class="last-updated">Sidan uppdaterades {p.get('updated', '14 mars 2024')}</p>
    </main>
    <aside class="right-column">{p.get('aside', '')}</aside>
  </div>
</div>
<footer id="footer">
  <p><strong>Ljungby kommun</strong>, 341 83 Ljungby. Telefon: 0372-789 000 (växel). Fax: 0372-789 010</p>
  <p><a href="/tillganglighet.html">Tillgänglighet</a> · <a href="/kakor.html">Om kakor</a> · <a href="/gdpr.html">GDPR</a></p>
</footer>
<script type="text/javascript">
function googleTranslateElementInit() {{
  new google.translate.TranslateElement({{pageLanguage: 'sv', layout: google.translate.TranslateElement.InlineLayout.SIMPLE}}, 'google_translate_element');
}}
</script>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
<script src="https://www.browsealoud.com/plus/scripts/3.1.0/ba.js" integrity="sha256-VCrJcQdV3IbbIVjmUyF7DnCqBbWD1BcZ/1sda2KWeFc=" crossorigin="anonymous"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# K_HUDDINGE: Optimizely (Episerver) city site: Lättläst, Teckenspråk, English, ReadSpeaker "Lyssna".
def k_huddinge(p):
    lang = p.get('lang', 'sv')
    alt = '<link rel="alternate" hreflang="en" href="https://www.huddinge.se/en/">' if lang == 'sv' else \
        '<link rel="alternate" hreflang="sv" href="https://www.huddinge.se/">'
    return f"""<!doctype html>
<html lang="{lang}" data-theme="huddinge">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{escape(p['title'])} - Huddinge kommun</title>
{alt}
<link href="/dist/main.css?v=1.40.2" rel="stylesheet">
{p.get('head', '')}
</head>
<body class="page-standard">
<div id="cookie-consent" class="c-cookie" hidden>
 <p>{'Vi vill använda kakor för att förbättra webbplatsen.' if lang == 'sv' else 'We use cookies to improve the website.'}</p>
 <button class="c-btn">{'Ja, det är okej' if lang == 'sv' else 'Accept'}</button><button class="c-btn c-btn--link">{'Nej tack' if lang == 'sv' else 'Decline'}</button>
</div>
<header class="c-header">
 <div class="c-header__service">
  <ul class="c-service-menu">
   <li><a href="/lattlast/">Lättläst</a></li>
   <li><a href="/teckensprak/">Teckenspråk</a></li>
   <li><a href="/en/" lang="en" hreflang="en">English</a></li>
   <li><button class="c-service-menu__listen js-readspeaker" data-rs-target="main">Lyssna</button></li>
  </ul>
 </div>
 <a class="c-header__logo" href="/"><img alt="Huddinge kommun" src="/static/logo.svg"></a>
 <nav class="c-mainnav">
  <a href="/bygga-bo-och-miljo/">Bygga, bo och miljö</a>
  <a href="/forskola-och-skola/">Förskola och skola</a>
  <a href="/omsorg-och-stod/">Omsorg och stöd</a>
  <a href="/kultur-och-fritid/">Kultur och fritid</a>
  <a href="/naringsliv-och-arbete/">Näringsliv och arbete</a>
  <a href="/kommun-och-politik/">Kommun och politik</a>
 </nav>
</header>
<main id="main" class="o-main">
 {crumbs_html(p['crumbs'], sep='', cls='c-breadcrumb')}
 <article class="c-article">
  <h1 class="c-article__heading">{escape(p['title'])}</h1>
  {p['main']}
 </article>
 {p.get('aside', '')}
 <p class="c-article__updated">{'Senast granskad' if lang == 'sv' else 'Last reviewed'} {p.get('updated', '2024-05-30')}</p>
</main>
<footer class="c-footer">
 <div class="c-footer__contact"><h2>Huddinge kommun</h2><p>Kommunens Kontaktcenter: 08-535 300 00</p><p>141 85 Huddinge</p></div>
 <ul class="c-footer__links"><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighetsredogörelse</a></li></ul>
</footer>
<script src="//cdn-eu.readspeaker.com/script/9870/webReader/webReader.js?pids=wr&amp;forceAdapter=ioshtml5"></script>
<script src="/dist/main.js?v=1.40.2"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# K_BOTKYRKA: municipal site with a language switcher whose entries are named in the languages themselves.
def k_botkyrka(p):
    return f"""<!DOCTYPE html>
<html lang="{p.get('lang', 'sv-SE')}" dir="{p.get('dir', 'ltr')}">
<head>
<meta charset="UTF-8">
<title>{escape(p['title'])} - Botkyrka kommun</title>
<link rel="alternate" hreflang="en" href="https://www.botkyrka.se/other-languages/english">
<link rel="alternate" hreflang="ar" href="https://www.botkyrka.se/other-languages/arabiska">
<link rel="alternate" hreflang="so" href="https://www.botkyrka.se/other-languages/somaliska">
<link rel="alternate" hreflang="fi" href="https://www.botkyrka.se/other-languages/suomi">
<link rel="alternate" hreflang="tr" href="https://www.botkyrka.se/other-languages/turkce">
<link rel="stylesheet" href="/assets/css/site.min.css">
{p.get('head', '')}
</head>
<body>
<div class="cookiebar" role="dialog" aria-live="polite"><p>Botkyrka kommun använder kakor för att ge dig en bättre upplevelse.</p><a href="/kakor" class="cookiebar__more">Mer om kakor</a><button class="cookiebar__ok">OK</button></div>
<header class="header">
 <div class="header__top">
  <div class="language-switcher">
   <button class="language-switcher__toggle" aria-expanded="false">Språk / Language</button>
   <ul class="language-switcher__list">
    <li><a href="/other-languages/english" lang="en">English</a></li>
    <li><a href="/other-languages/arabiska" lang="ar" dir="rtl">العربية</a></li>
    <li><a href="/other-languages/somaliska" lang="so">Soomaali</a></li>
    <li><a href="/other-languages/suomi" lang="fi">Suomi</a></li>
    <li><a href="/other-languages/turkce" lang="tr">Türkçe</a></li>
   </ul>
  </div>
  <button class="listen-button" data-readspeaker="true" title="Lyssna på sidan">▶ Lyssna</button>
 </div>
 <a href="/" class="header__logo">Botkyrka kommun</a>
 <nav class="primary-nav"><ul>
  <li><a href="/bygga-och-bo">Bygga och bo</a></li><li><a href="/skola-och-forskola">Skola och förskola</a></li>
  <li><a href="/stod-och-omsorg">Stöd och omsorg</a></li><li><a href="/fritid-och-kultur">Fritid och kultur</a></li><li><a href="/jobb-och-foretagande">Jobb och företagande</a></li>
 </ul></nav>
</header>
<div class="container">
 {crumbs_html(p['crumbs'], sep=' › ', cls='breadcrumb')}
 <main class="main-content" id="content">
  <h1>{escape(p['title'])}</h1>
  {p['main']}
 </main>
 <aside class="sidebar">{p.get('aside', '')}</aside>
 <div class="page-meta">Uppdaterad {p.get('updated', '2024-10-01')}</div>
</div>
<footer class="footer"><p>Kontaktcenter 08-530 610 00 · Munkhättevägen 45, Tumba</p><p><a href="/tillganglighet">Tillgänglighetsredogörelse</a></p></footer>
<script src="https://cdn1.readspeaker.com/script/8170/webReader/webReader.js?pids=wr"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# K_MUNKFORS: small municipality on a WordPress (Municipio-like) theme, no accessibility tools at all.
def k_munkfors(p):
    return f"""<!DOCTYPE html>
<html lang="sv-SE" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p['title'])} &#8211; Munkfors kommun</title>
<link rel='stylesheet' id='municipio-css' href='https://www.munkfors.se/wp-content/themes/municipio/assets/dist/css/app.css?ver=5.4' media='all'>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Munkfors kommun"}}</script>
{p.get('head', '')}
</head>
<body class="page-template-default page wp-embed-responsive">
<div class="c-notice c-notice--cookie" id="cookie-notice"><span>Den här webbplatsen använder kakor.</span> <a class="c-button" href="#" data-action="accept">Jag förstår</a> <a class="c-button c-button--ghost" href="#" data-action="close">Stäng</a></div>
<header class="site-header">
 <div class="o-container">
  <a href="https://www.munkfors.se" class="c-logotype">Munkfors kommun</a>
  <button class="c-hamburger" aria-label="Öppna meny" data-toggle="menu">Meny</button>
  <nav class="c-nav c-nav--primary"><ul class="menu">
   <li class="menu-item"><a href="/bygga-bo-miljo/">Bygga, bo &amp; miljö</a></li>
   <li class="menu-item"><a href="/utbildning/">Utbildning</a></li>
   <li class="menu-item current-menu-ancestor"><a href="/stod-omsorg/">Stöd &amp; omsorg</a></li>
   <li class="menu-item"><a href="/fritid/">Fritid</a></li>
  </ul></nav>
 </div>
</header>
<div class="o-container">
 {crumbs_html(p['crumbs'], sep=' » ', cls='c-breadcrumbs')}
 <div class="o-grid">
  <div class="o-grid-8"><article class="c-article" id="article">
   <h1>{escape(p['title'])}</h1>
   {p['main']}
   <div class="c-article__meta">Publicerad {p.get('published', '2021-02-03')} · Uppdaterad {p.get('updated', '2023-11-20')}</div>
  </article></div>
  <div class="o-grid-4 sidebar">{p.get('aside', '')}</div>
 </div>
</div>
<footer class="site-footer"><div class="o-container"><p>Munkfors kommun · Box 99 · Telefon 0563-541 00 · kommun@munkfors.se</p></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# K_HOGLANDET: a joint municipal service's own site ("kommungemensam"), with a quick exit (class quick-exit).
def k_hoglandet(p):
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p['title'])} | Familjefrid Höglandet</title>
<link rel="stylesheet" href="/css/style.css">
{p.get('head', '')}
</head>
<body>
<a class="quick-exit" href="https://www.google.se" title="Lämnar sidan och öppnar Google">Lämna sidan snabbt ✕</a>
<header class="top">
 <a href="/" class="brand">Familjefrid Höglandet</a>
 <p class="brand__sub">Ett samarbete mellan Aneby, Eksjö, Nässjö, Sävsjö och Vetlanda kommuner</p>
 <nav><ul><li><a href="/">Start</a></li><li><a href="/utsatt/">Är du utsatt?</a></li><li><a href="/barn-och-unga/">Barn och unga</a></li><li><a href="/utovare/">Du som utövar våld</a></li><li><a href="/yrkesverksam/">För yrkesverksamma</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>
</header>
<div class="wrap">
 <main>
  <h1>{escape(p['title'])}</h1>
  {p['main']}
 </main>
 <aside class="contact-box">{p.get('aside', '')}</aside>
</div>
<footer><p>Familjefrid Höglandet drivs av Nässjö kommun på uppdrag av fem kommuner. <a href="/integritet/">Integritetspolicy</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# K_OREBRO: big municipality: hreflang English + Google Translate + ReadSpeaker + Lättläst + Teckenspråk.
def k_orebro(p):
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} - Örebro kommun</title>
<link rel="alternate" hreflang="sv" href="{escape(p['url'])}">
<link rel="alternate" hreflang="en" href="https://www.orebro.se/english.html">
<meta property="og:title" content="{escape(p['title'])}">
{p.get('head', '')}
</head>
<body class="sv-responsive">
<div class="env-cookie-banner" id="cookie"><p>Vi använder kakor.</p><button>Jag godkänner</button><button aria-label="Stäng kakinformationen">×</button></div>
<div class="toolbar">
 <a href="/lattlast.html" class="toolbar__item">Lättläst</a>
 <a href="/teckensprak.html" class="toolbar__item">Teckenspråk</a>
 <a href="https://www.orebro.se/english.html" class="toolbar__item" hreflang="en">In English</a>
 <div class="toolbar__item toolbar__translate"><div id="google_translate_element"></div></div>
 <a class="toolbar__item rsbtn_play" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=4410&amp;lang=sv_se&amp;readid=content">Lyssna</a>
</div>
<header class="header"><a href="/" class="logo">Örebro kommun</a>
<nav class="menu"><a href="/bygga-bo-och-miljo.html">Bygga, bo och miljö</a> <a href="/forskola-och-skola.html">Förskola och skola</a> <a href="/omsorg-och-hjalp.html">Omsorg och hjälp</a> <a href="/uppleva-och-gora.html">Uppleva och göra</a></nav></header>
<div class="sv-layout">
 {crumbs_html(p['crumbs'], sep=' / ')}
 <main id="content">
  <h1>{escape(p['title'])}</h1>
  {p['main']}
  <div class="related"><h2>Relaterade sidor</h2>{p.get('related', '<ul><li><a href="/omsorg-och-hjalp.html">Omsorg och hjälp</a></li></ul>')}</div>
  <p class="updated">Senast uppdaterad: {p.get('updated', '2025-01-15')}</p>
 </main>
 <aside class="sidebar">{p.get('aside', '')}</aside>
</div>
<footer class="footer"><p>Örebro kommun, Box 30000, 701 35 Örebro. Servicecenter 019-21 10 00</p></footer>
<script>function googleTranslateElementInit(){{new google.translate.TranslateElement({{pageLanguage:'sv'}},'google_translate_element');}}</script>
<script src="https://translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# R_KRONOBERG: region on Sitevision: Lyssna (ReadSpeaker), Lättläst link, cookie banner with "Stäng".
def r_kronoberg(p):
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} - Region Kronoberg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{p.get('head', '')}
</head>
<body>
<div class="cookie-info" role="region"><p>Regionkronoberg.se använder kakor. <a href="/om-webbplatsen/kakor/">Läs mer</a></p><button class="cookie-info__close">Stäng</button></div>
<header class="rk-header">
 <a href="/" class="rk-header__logo"><img src="/images/region-kronoberg.svg" alt="Region Kronoberg"></a>
 <ul class="rk-header__tools">
  <li><a href="/lattlast/">Lättläst</a></li>
  <li><a href="/om-webbplatsen/tillganglighet/">Tillgänglighet</a></li>
  <li><a href="#" class="rs-listen" onclick="readpage(this.href,'xp1');return false;">Lyssna</a></li>
 </ul>
 <nav class="rk-nav"><a href="/halsa-och-vard/">Hälsa och vård</a> <a href="/kollektivtrafik/">Kollektivtrafik</a> <a href="/kultur/">Kultur</a> <a href="/jobba-hos-oss/">Jobba hos oss</a></nav>
</header>
<div id="xp1" class="rs_preserve"></div>
<main class="rk-main" id="main">
 {crumbs_html(p['crumbs'], sep=' > ')}
 <h1>{escape(p['title'])}</h1>
 {p['main']}
 {p.get('aside', '')}
 <p class="rk-updated">Sidan granskades {p.get('updated', '2024-06-18')}</p>
</main>
<footer class="rk-footer"><p>Region Kronoberg, Box 1223, 351 12 Växjö · Växel 0470-58 30 00</p></footer>
<script src="//f1-eu.readspeaker.com/script/8340/ReadSpeaker.js?pids=embhl"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# R_1177: a 1177-like national health portal page (run by the regions). Lyssna; languages per page in a box.
def r_1177(p):
    lang = p.get('lang', 'sv')
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} - 1177</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{p.get('head', '')}
</head>
<body class="theme-1177">
<div id="cookie-panel" class="c-cookie-panel"><h2>{'Vi använder kakor' if lang == 'sv' else 'We use cookies'}</h2><p>{'1177 använder kakor för att webbplatsen ska fungera.' if lang == 'sv' else '1177 uses cookies to make the website work.'}</p><button>{'Godkänn alla' if lang == 'sv' else 'Accept all'}</button><button>{'Endast nödvändiga' if lang == 'sv' else 'Only necessary'}</button></div>
<header class="c-header">
 <a href="/" class="c-header__logo">1177</a>
 <div class="c-header__region"><span>Region:</span> <button>{p.get('region', 'Jönköpings län')}</button></div>
 <nav class="c-header__nav"><a href="/hitta-vard/">Hitta vård</a> <a href="/e-tjanster/">E-tjänster</a> <a href="/liv--halsa/">Liv &amp; hälsa</a> <a href="/sjukdomar--besvar/">Sjukdomar &amp; besvär</a></nav>
 <ul class="c-header__links"><li><a href="/other-languages/">Other languages</a></li><li><a href="/lattlast/">Lättläst</a></li><li><a href="/teckensprak/">Teckenspråk</a></li></ul>
</header>
<main id="main-content" class="c-main">
 {crumbs_html(p['crumbs'], sep='', cls='c-breadcrumbs')}
 <div class="c-page-tools"><button class="c-listen js-readspeaker" data-readid="article-body">{'Lyssna' if lang == 'sv' else 'Listen'}</button> <button class="c-print">{'Skriv ut' if lang == 'sv' else 'Print'}</button></div>
 <article id="article-body">
  <h1>{escape(p['title'])}</h1>
  {p['main']}
  <div class="c-article-footer"><p>{'Senast uppdaterad' if lang == 'sv' else 'Last updated'}: {p.get('updated', '2024-02-08')}</p><p>{'Redaktör' if lang == 'sv' else 'Editor'}: {p.get('editor', 'Redaktionen 1177')}</p></div>
 </article>
 {p.get('aside', '')}
</main>
<footer class="c-footer"><p>1177 – en tjänst från Inera AB och Sveriges regioner.</p></footer>
<script src="https://cdn-eu.readspeaker.com/script/10045/webReader/webReader.js?pids=wr"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# R_GAVLEBORG: region on an older CMS: Google Translate ("Översätt") + Browsealoud ("Talande webb"), no Lättläst.
def r_gavleborg(p):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" lang="sv">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(p['title'])} - Region Gävleborg</title>
{p.get('head', '')}
</head>
<body>
<form method="post" action="./{escape(p['url'].rsplit('/', 1)[-1] or 'default.aspx')}" id="aspnetForm">
<div id="header">
 <div id="toplinks"><a href="#" onclick="_baTbUtil.toggle();return false;" id="ba-link">Talande webb</a> | <span id="gt">Översätt:</span><div id="google_translate_element"></div> | <a href="/kontakt/">Kontakt</a></div>
 <div id="logo"><a href="/"><img src="/ImageVault/Images/logo_rg.png" alt="Region Gävleborg" /></a></div>
 <ul id="mainmenu"><li><a href="/halsa-och-vard/">Hälsa och vård</a></li><li><a href="/regional-utveckling/">Regional utveckling</a></li><li><a href="/kultur/">Kultur</a></li><li><a href="/politik/">Politik</a></li></ul>
</div>
<div id="breadcrumb">Du är här: {' &gt; '.join(escape(t) for t, _ in p['crumbs'])}</div>
<div id="leftcol"><ul class="leftmenu">{p.get('subnav', '')}</ul></div>
<div id="maincol">
 <h1>{escape(p['title'])}</h1>
 {p['main']}
 <div class="pageinfo">Sidansvarig: {p.get('owner', 'Hälso- och sjukvårdsförvaltningen')} | Uppdaterad: {p.get('updated', '2023-03-02')}</div>
</div>
<div id="rightcol">{p.get('aside', '')}</div>
<div id="footer">Region Gävleborg, 801 88 Gävle. Växel 026-15 40 00. Org.nr 232100-0198</div>
</form>
<script type="text/javascript">function googleTranslateElementInit() {{ new google.translate.TranslateElement({{pageLanguage: 'sv', includedLanguages: 'ar,en,fa,fi,so,ti', layout: google.translate.TranslateElement.InlineLayout.SIMPLE}}, 'google_translate_element'); }}</script>
<script type="text/javascript" src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
<script type="text/javascript" src="https://www.browsealoud.com/plus/scripts/3.1.0/ba.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# R_VASTMANLAND: region, modern React-ish markup; only a generic "Other languages" link. No tools.
def r_vastmanland(p):
    return f"""<!DOCTYPE html>
<html lang="{p.get('lang', 'sv')}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{escape(p['title'])} | Region Västmanland</title>
<link rel="preload" href="/_next/static/css/a8f1.css" as="style"/>
{p.get('head', '')}
</head>
<body>
<div id="__next">
<div class="CookieBanner_wrapper__x1"><p>Vi använder kakor för att förbättra din upplevelse.</p><button class="Button_primary__3k">Tillåt alla</button><button class="Button_secondary__9a">Neka</button></div>
<header class="Header_header__2bA">
 <a class="Header_logo__p0" href="/">Region Västmanland</a>
 <nav class="Header_nav__cC"><a href="/vard-och-halsa">Vård och hälsa</a><a href="/kollektivtrafik">Kollektivtrafik</a><a href="/utveckling">Utveckling</a><a href="/other-languages">Other languages</a></nav>
 <button class="Header_menuBtn__Z" aria-label="Öppna menyn">Meny</button>
</header>
<main class="Layout_main__T5">
 {crumbs_html(p['crumbs'], sep=' / ', cls='Breadcrumbs_root__s')}
 <div class="Article_article__Q9">
  <h1 class="Article_title__nO">{escape(p['title'])}</h1>
  {p['main']}
 </div>
 {p.get('aside', '')}
 <time class="Article_updated__f" datetime="{p.get('updated', '2024-11-04')}">Uppdaterad {p.get('updated', '2024-11-04')}</time>
</main>
<footer class="Footer_footer__Lx"><p>Region Västmanland, 721 89 Västerås · 021-17 30 00</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{escape(p['url'])}"}}}},"page":"/[...slug]"}}</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_FRIDA: kvinnojour on WordPress (Astra theme): red "Lämna sidan snabbt" button (a#quick-exit), a top-bar link
# "Dölj ditt besök", and a sidebar widget with the jour telephone.
def j_frida(p):
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p['title'])} &#8211; Kvinnojouren Frida Värnamo</title>
<link rel='stylesheet' id='astra-theme-css-css' href='https://kvinnojourenfrida.se/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='https://kvinnojourenfrida.se/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
{p.get('head', '')}
</head>
<body class="page-template-default page page-id-{p.get('pid', 41)} ast-separate-container ast-right-sidebar">
<div class="top-bar">
 <a id="quick-exit" class="exit-button" href="https://www.google.com/search?q=v%C3%A4der" rel="noopener">Lämna sidan snabbt</a>
 <a href="/dolj-ditt-besok/" class="top-bar__link">Dölj ditt besök</a>
</div>
<div id="page" class="hfeed site">
<header id="masthead" class="site-header header-main-layout-1" itemscope itemtype="https://schema.org/WPHeader">
 <div class="site-branding"><p class="site-title"><a href="https://kvinnojourenfrida.se/">Kvinnojouren Frida</a></p><p class="site-description">Stöd till kvinnor i Värnamo, Gislaved och Gnosjö</p></div>
 <nav id="site-navigation" class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="/">Hem</a></li><li class="menu-item"><a href="/fa-stod/">Få stöd</a></li><li class="menu-item"><a href="/skyddat-boende/">Skyddat boende</a></li><li class="menu-item"><a href="/om-oss/">Om oss</a></li><li class="menu-item"><a href="/bli-medlem/">Bli medlem</a></li><li class="menu-item"><a href="/stod-oss/">Stöd oss</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article id="post-{p.get('pid', 41)}" class="post-{p.get('pid', 41)} page type-page status-publish ast-article-single">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{escape(p['title'])}</h1></header>
<div class="entry-content clear" itemprop="text">
{p['main']}
</div>
</article>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
 <aside id="text-3" class="widget widget_text"><h2 class="widget-title">Jourtelefon</h2><div class="textwidget"><p>Ring oss: <strong>0370-100 20</strong><br>Vardagar 09.00–21.00, helger 12.00–18.00</p><p>E-post: stod@kvinnojourenfrida.se</p></div></aside>
 <aside id="text-4" class="widget widget_text"><h2 class="widget-title">Akut fara?</h2><div class="textwidget"><p>Ring 112</p></div></aside>
 <aside id="text-5" class="widget widget_text"><h2 class="widget-title">Ge en gåva</h2><div class="textwidget"><p>Swish 123 456 78 90<br>Bankgiro 5050-1055</p></div></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">Copyright &copy; 2025 Kvinnojouren Frida · Medlem i Unizon · <a href="/integritetspolicy/">Integritetspolicy</a></div></footer>
</div>
<script src='https://kvinnojourenfrida.se/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_TJEJ: a tjejjour on a shared platform (one site, many local jourer): "Stäng sidan" button in the header
# (button.close-site with onclick location.replace), chat box.
def j_tjej(p):
    return f"""<!DOCTYPE html>
<html lang="{p.get('lang', 'sv')}">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} | Tjejjouren Vega</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/build/app.3f9a.css">
{p.get('head', '')}
</head>
<body class="jour-vega">
<header class="site-header">
 <a class="site-header__logo" href="/vega">Tjejjouren <span>Vega</span></a>
 <nav class="site-header__nav"><a href="/vega/prata-med-oss">Prata med oss</a><a href="/vega/om-oss">Om oss</a><a href="/vega/engagera-dig">Engagera dig</a><a href="/vega/in-english">In English</a></nav>
 <button class="close-site" type="button" onclick="window.location.replace('https://www.google.se')">Stäng sidan</button>
</header>
<main class="page">
 <h1 class="page__title">{escape(p['title'])}</h1>
 {p['main']}
</main>
<section class="chat-cta"><h2>Chatta med en jourtjej</h2><p>Chatten öppnar när jouren är öppen. Du är anonym.</p><a class="btn" href="/vega/chatt">Till chatten</a></section>
<footer class="site-footer"><p>Tjejjouren Vega är medlem i Roks. Organisationsnummer 802480-0000.</p><p><a href="/vega/gom-besoket">Göm besöket</a> · <a href="/vega/integritet">Integritet</a></p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_MANS: a small men's helpline on a site builder (Wix-like markup): no quick exit, "Stäng meny" in the nav.
def j_mans(p):
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="generator" content="Wix.com Website Builder">
<title>{escape(p['title'])} | Mansjouren Höglandet</title>
{p.get('head', '')}
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF">
<header id="SITE_HEADER" class="wixui-header">
 <div data-testid="richTextElement" class="font_0 wixui-rich-text"><h2>MANSJOUREN HÖGLANDET</h2></div>
 <nav id="comp-menu" aria-label="Webbplats">
  <button id="comp-menu-toggle" aria-label="Öppna meny">☰</button>
  <ul class="wixui-dropdown-menu"><li><a href="/">Hem</a></li><li><a href="/vi-hjalper">Vi hjälper</a></li><li><a href="/om-oss">Om oss</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
  <button id="comp-menu-close" class="close-menu">Stäng meny</button>
 </nav>
</header>
<main id="PAGES_CONTAINER" tabindex="-1">
 <section class="wixui-section">
  <div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_2">{escape(p['title'])}</h1>
  {p['main']}
  </div>
 </section>
</main>
<footer id="SITE_FOOTER" class="wixui-footer"><p>© 2024 Mansjouren Höglandet · Ideell förening · <a href="/integritet">Integritet</a></p></footer>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_BOJ: a local Brottsofferjour: icon-only quick-exit button (data-quick-exit, aria-label "Snabbstäng") and a
# "Läs på andra språk" block with PDF leaflets per language on some pages.
def j_boj(p):
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(p['title'])} – Brottsofferjouren Sydväst</title>
<link rel="stylesheet" href="/assets/boj.css">
{p.get('head', '')}
</head>
<body>
<button class="btn-exit" data-quick-exit="https://www.smhi.se" aria-label="Snabbstäng – lämna webbplatsen"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M6 6l12 12M6 18L18 6"/></svg></button>
<header class="boj-header"><a href="/" class="boj-logo">Brottsofferjouren Sydväst</a>
<p class="boj-tagline">Lokal jour för Trelleborg, Vellinge, Skurup och Svedala</p>
<nav><a href="/stod">Få stöd</a><a href="/vittnesstod">Vittnesstöd</a><a href="/bli-stodperson">Bli stödperson</a><a href="/om-oss">Om oss</a></nav></header>
<main class="boj-main">
 <h1>{escape(p['title'])}</h1>
 {p['main']}
</main>
<aside class="kontakt-jour">{p.get('aside', '')}</aside>
<footer class="boj-footer"><p>Brottsofferjouren Sydväst är en lokal förening inom Brottsofferjouren Sverige. Plusgiro 90 03 77-1.</p></footer>
<script>
document.querySelectorAll('[data-quick-exit]').forEach(function(b){{b.addEventListener('click',function(){{window.open(b.dataset.quickExit,'_newtab');window.location.replace(b.dataset.quickExit);}});}});
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_ASTRID: kvinnojour on Elementor. The quick exit is NOT in the static HTML: a plugin script quick-exit.js injects
# it, configured by window.quickExit = {...}.
def j_astrid(p):
    return f"""<!doctype html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p['title'])} - Kvinnojouren Astrid</title>
<link rel='stylesheet' id='elementor-frontend-css' href='https://kvinnojourenastrid.se/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.18.3' media='all' />
<script>window.quickExit = {{"url":"https:\\/\\/www.yr.no","label":"L\\u00e4mna sidan","position":"bottom-right","escapeKey":true}};</script>
<script src='https://kvinnojourenastrid.se/wp-content/plugins/safe-exit/assets/js/quick-exit.js?ver=1.2.0' id='quick-exit-js' defer></script>
{p.get('head', '')}
</head>
<body class="page-template page-template-elementor_header_footer page elementor-default elementor-page">
<div data-elementor-type="header" class="elementor elementor-12 elementor-location-header">
 <div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><a href="https://kvinnojourenastrid.se">Kvinnojouren Astrid</a></div>
 <nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li><a href="/">Start</a></li><li><a href="/stod/">Stöd</a></li><li><a href="/boende/">Boende</a></li><li><a href="/om/">Om jouren</a></li><li><a href="/engagera/">Engagera dig</a></li></ul></nav>
</div>
<div data-elementor-type="wp-page" class="elementor elementor-{p.get('pid', 88)}">
 <section class="elementor-section elementor-top-section"><div class="elementor-container">
  <div class="elementor-widget-container">
   <h1 class="elementor-heading-title elementor-size-default">{escape(p['title'])}</h1>
   {p['main']}
  </div>
 </div></section>
</div>
<div data-elementor-type="footer" class="elementor elementor-20 elementor-location-footer">
 <div class="elementor-widget-container"><p>Kvinnojouren Astrid · Ideell förening sedan 1983 · Medlem i Roks</p><p>Följ oss på <a href="https://www.instagram.com/">Instagram</a></p></div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_REGNBAGE: hbtq helpline: GOV.UK-style "Exit this page" component + Escape-twice keyboard handler.
def j_regnbage(p):
    lang = p.get('lang', 'sv')
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} — Regnbågslinjen Väst</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{p.get('head', '')}
</head>
<body>
<div class="exit-this-page" data-module="exit-this-page">
 <a href="https://www.bbc.co.uk/weather" class="exit-this-page__button" role="button" rel="nofollow noreferrer"><span class="visually-hidden">Emergency</span> Exit this page</a>
</div>
<header class="masthead"><a href="/" class="masthead__logo">Regnbågslinjen Väst</a>
<nav><a href="/stod">{'Stöd' if lang == 'sv' else 'Support'}</a> <a href="/om">{'Om oss' if lang == 'sv' else 'About'}</a> <a href="/en" hreflang="en" lang="en">English</a> <a href="/">Svenska</a></nav></header>
<main class="content">
 <h1>{escape(p['title'])}</h1>
 {p['main']}
</main>
<footer class="footer"><p>{'Regnbågslinjen Väst drivs av en ideell hbtqi-förening i Göteborg.' if lang == 'sv' else 'Regnbågslinjen Väst is run by a non-profit lgbtqi association in Gothenburg.'}</p><p class="hint">{'Tips: tryck Esc två gånger för att snabbt lämna sidan.' if lang == 'sv' else 'Tip: press Esc twice to leave this page quickly.'}</p></footer>
<script>
(function(){{var last=0;document.addEventListener('keydown',function(e){{if(e.key==='Escape'){{var now=Date.now();if(now-last<1000){{window.location.replace('https://www.bbc.co.uk/weather');}}last=now;}}}});}})();
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_LILITH: kvinno- och tjejjour with a GTranslate widget (machine translation) and hreflang en/ar alternates of
# human-translated pages; a "panic-button" (X) in the corner.
def j_lilith(p):
    return f"""<!DOCTYPE html>
<html lang="{p.get('lang', 'sv-SE')}" dir="{p.get('dir', 'ltr')}" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{escape(p['title'])} | Kvinno- och tjejjouren Lilith</title>
<link rel="alternate" hreflang="sv" href="https://lilithjouren.se{p.get('path', '/')}">
<link rel="alternate" hreflang="en" href="https://lilithjouren.se/en{p.get('path', '/')}">
<link rel="alternate" hreflang="ar" href="https://lilithjouren.se/ar{p.get('path', '/')}">
<link rel='stylesheet' href='https://lilithjouren.se/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.1' media='all' />
{p.get('head', '')}
</head>
<body class="page wp-custom-logo right-sidebar">
<a href="https://www.google.com" class="panic-button" id="panic" title="Lämna sidan">X</a>
<header class="site-header" id="masthead">
 <div class="inside-header"><div class="site-logo"><a href="/">Lilith – kvinno- och tjejjour i Örnsköldsvik</a></div>
 <div class="gtranslate_wrapper" id="gt-wrapper-1"></div>
 <nav class="main-navigation"><ul class="menu"><li><a href="/">Hem</a></li><li><a href="/kvinnojour/">Kvinnojour</a></li><li><a href="/tjejjour/">Tjejjour</a></li><li><a href="/om-oss/">Om oss</a></li><li><a href="/en/" hreflang="en">English</a></li><li><a href="/ar/" hreflang="ar">العربية</a></li></ul></nav></div>
</header>
<div class="site grid-container container" id="page"><div class="site-content" id="content">
 <div class="content-area" id="primary"><main class="site-main" id="main">
  <article class="page type-page"><div class="inside-article">
   <header class="entry-header"><h1 class="entry-title">{escape(p['title'])}</h1></header>
   <div class="entry-content">
   {p['main']}
   </div>
  </div></article>
 </main></div>
 <div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">{p.get('aside', '')}</div></div>
</div></div>
<footer class="site-info"><div class="inside-site-info">© 2025 Lilith kvinno- och tjejjour</div></footer>
<script>window.gtranslateSettings = {{"default_language":"sv","languages":["sv","en","ar","fa","so","ti","uk"],"wrapper_selector":"#gt-wrapper-1"}};</script>
<script src="https://cdn.gtranslate.net/widgets/latest/dwf.js" defer></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_TILDA: an old hand-written HTML site with tables and <font>; no quick exit; "Stäng" only on a popup close.
def j_tilda(p):
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kvinnojouren Tilda - {escape(p['title'])}</title>
{p.get('head', '')}
</head>
<body bgcolor="#fdf6f9" text="#333333" link="#8b1a4a">
<div id="popup" style="display:none"><p>Vi har öppet hus den 8 mars!</p><a href="#" onclick="document.getElementById('popup').style.display='none'">Stäng</a></div>
<table width="900" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="bilder/tilda_banner.jpg" width="900" height="140" alt="Kvinnojouren Tilda i Sala och Heby"></td></tr>
<tr>
<td width="180" valign="top" class="meny">
<p><a href="index.html">Startsida</a><br><a href="omoss.html">Om oss</a><br><a href="stod.html">Stöd och hjälp</a><br><a href="boende.html">Boende</a><br><a href="medlem.html">Bli medlem</a><br><a href="lankar.html">Länkar</a></p>
</td>
<td width="720" valign="top" class="innehall">
<h1><font face="Georgia">{escape(p['title'])}</font></h1>
{p['main']}
</td></tr>
<tr><td colspan="2" align="center"><font size="1">Kvinnojouren Tilda &middot; Box 0000 &middot; 733 00 Sala &middot; Sidan uppdaterad {p.get('updated', '2019-04-11')}</font></td></tr>
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_SELMA: a jour for women with a foreign background: language links named in the languages themselves, sign-
# language videos, "Quick exit" button (id get-away), no Swedish-named language links.
def j_selma(p):
    return f"""<!DOCTYPE html>
<html lang="{p.get('lang', 'sv')}" dir="{p.get('dir', 'ltr')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(p['title'])} · Systerjouren Selma</title>
<link rel="alternate" hreflang="sv" href="https://systerjourenselma.se/">
<link rel="alternate" hreflang="ar" href="https://systerjourenselma.se/ar/">
<link rel="alternate" hreflang="fa" href="https://systerjourenselma.se/fa/">
<link rel="alternate" hreflang="so" href="https://systerjourenselma.se/so/">
<link rel="alternate" hreflang="ti" href="https://systerjourenselma.se/ti/">
<link rel="alternate" hreflang="en" href="https://systerjourenselma.se/en/">
{p.get('head', '')}
</head>
<body>
<a id="get-away" class="get-away-btn" href="https://www.svt.se/vader">Quick exit</a>
<header class="hdr">
 <a href="/" class="hdr__logo">Systerjouren Selma</a>
 <ul class="hdr__lang"><li><a href="/" lang="sv">Svenska</a></li><li><a href="/ar/" lang="ar">العربية</a></li><li><a href="/fa/" lang="fa">فارسی</a></li><li><a href="/so/" lang="so">Soomaali</a></li><li><a href="/ti/" lang="ti">ትግርኛ</a></li><li><a href="/en/" lang="en">English</a></li></ul>
 <nav class="hdr__nav"><a href="/stod/">Stöd</a><a href="/boende/">Boende</a><a href="/teckensprak/">Teckenspråk</a><a href="/om/">Om oss</a></nav>
</header>
<main class="main">
 <h1>{escape(p['title'])}</h1>
 {p['main']}
</main>
<footer class="ftr"><p>Systerjouren Selma – en ideell förening i Stockholm. Medlem i Unizon.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------------------
# J_KARIN: kvinnojour on Squarespace-like markup, "Hide this page" button with class hide-page (English label on a
# Swedish site) and a page-level "Lyssna" ReadSpeaker-like button.
def j_karin(p):
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="sv-SE">
<head>
<meta charset="utf-8">
<title>{escape(p['title'])} — Kvinnojouren Karin Kalmar</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. -->
{p.get('head', '')}
</head>
<body id="collection-5f1a" class="header-layout--with-commerce tweak-global-animations-enabled">
<div class="sqs-announcement-bar"><p>Behöver du prata? Vi svarar i jourtelefonen varje dag.</p><button class="sqs-announcement-bar-close" aria-label="Stäng">×</button></div>
<header class="Header"><div class="Header-inner">
 <a href="/" class="Header-branding">Kvinnojouren Karin</a>
 <nav class="Header-nav"><a href="/stod">Stöd</a><a href="/jourtelefon">Jourtelefon</a><a href="/om-jouren">Om jouren</a><a href="/engagera-dig">Engagera dig</a></nav>
 <a class="hide-page sqs-block-button-element" href="https://www.ikea.com/se/sv/">Hide this page</a>
</div></header>
<main class="Main Main--page"><section class="Main-content">
 <div class="sqs-layout sqs-grid-12 columns-12">
  <div class="sqs-block html-block"><div class="sqs-block-content">
   <h1>{escape(p['title'])}</h1>
   {p['main']}
  </div></div>
 </div>
</section></main>
<footer class="Footer"><div class="sqs-block-content"><p>Kvinnojouren Karin · Kalmar · Swish 123 000 00 00</p></div></footer>
<script src="https://assets.squarespace.com/universal/scripts-compressed/website.js" defer></script>
</body>
</html>
"""


SITES = {
    "k_tranas": (k_tranas, "kommun", dict(languages=["sv"], machine_translation=False, easy_read=True, sign_language=False,
                                          text_to_speech=True, quick_exit=False, hide_visit_advice=False)),
    "k_ljungby": (k_ljungby, "kommun", dict(languages=["sv"], machine_translation=True, easy_read=False, sign_language=False,
                                            text_to_speech=True, quick_exit=False, hide_visit_advice=False)),
    "k_huddinge": (k_huddinge, "kommun", dict(languages=["sv", "en"], machine_translation=False, easy_read=True,
                                              sign_language=True, text_to_speech=True, quick_exit=False,
                                              hide_visit_advice=False)),
    "k_botkyrka": (k_botkyrka, "kommun", dict(languages=["sv", "en", "ar", "so", "fi", "tr"], machine_translation=False,
                                              easy_read=False, sign_language=False, text_to_speech=True, quick_exit=False,
                                              hide_visit_advice=False)),
    "k_munkfors": (k_munkfors, "kommun", dict(languages=["sv"], machine_translation=False, easy_read=False,
                                              sign_language=False, text_to_speech=False, quick_exit=False,
                                              hide_visit_advice=False)),
    "k_hoglandet": (k_hoglandet, "kommun", dict(languages=["sv"], machine_translation=False, easy_read=False,
                                                sign_language=False, text_to_speech=False, quick_exit=True,
                                                hide_visit_advice=False)),
    "k_orebro": (k_orebro, "kommun", dict(languages=["sv", "en"], machine_translation=True, easy_read=True,
                                          sign_language=True, text_to_speech=True, quick_exit=False,
                                          hide_visit_advice=False)),
    "r_kronoberg": (r_kronoberg, "region", dict(languages=["sv"], machine_translation=False, easy_read=True,
                                                sign_language=False, text_to_speech=True, quick_exit=False,
                                                hide_visit_advice=False)),
    "r_1177": (r_1177, "region", dict(languages=["sv"], machine_translation=False, easy_read=True, sign_language=True,
                                      text_to_speech=True, quick_exit=False, hide_visit_advice=False)),
    "r_gavleborg": (r_gavleborg, "region", dict(languages=["sv"], machine_translation=True, easy_read=False,
                                                sign_language=False, text_to_speech=True, quick_exit=False,
                                                hide_visit_advice=False)),
    "r_vastmanland": (r_vastmanland, "region", dict(languages=["sv"], machine_translation=False, easy_read=False,
                                                    sign_language=False, text_to_speech=False, quick_exit=False,
                                                    hide_visit_advice=False)),
    "j_frida": (j_frida, "jour", dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                                      text_to_speech=False, quick_exit=True, hide_visit_advice=True)),
    "j_tjej": (j_tjej, "jour", dict(languages=["sv", "en"], machine_translation=False, easy_read=False, sign_language=False,
                                    text_to_speech=False, quick_exit=True, hide_visit_advice=True)),
    "j_mans": (j_mans, "jour", dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                                    text_to_speech=False, quick_exit=False, hide_visit_advice=False)),
    "j_boj": (j_boj, "jour", dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                                  text_to_speech=False, quick_exit=True, hide_visit_advice=False)),
    "j_astrid": (j_astrid, "jour", dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                                        text_to_speech=False, quick_exit=True, hide_visit_advice=False)),
    "j_regnbage": (j_regnbage, "jour", dict(languages=["sv", "en"], machine_translation=False, easy_read=False,
                                            sign_language=False, text_to_speech=False, quick_exit=True,
                                            hide_visit_advice=False)),
    "j_lilith": (j_lilith, "jour", dict(languages=["sv", "en", "ar"], machine_translation=True, easy_read=False,
                                        sign_language=False, text_to_speech=False, quick_exit=True,
                                        hide_visit_advice=False)),
    "j_tilda": (j_tilda, "jour", dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                                      text_to_speech=False, quick_exit=False, hide_visit_advice=False)),
    "j_selma": (j_selma, "jour", dict(languages=["sv", "ar", "fa", "so", "ti", "en"], machine_translation=False,
                                      easy_read=False, sign_language=True, text_to_speech=False, quick_exit=True,
                                      hide_visit_advice=False)),
    "j_karin": (j_karin, "jour", dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                                      text_to_speech=False, quick_exit=True, hide_visit_advice=False)),
}
