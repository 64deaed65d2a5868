"""Site chrome for the unseen set. Each site: kind, base url, html lang, head/header/footer
builders and the site-wide label defaults. Written for this set; no real site copied."""

DEFAULTS = dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False,
                text_to_speech=False, quick_exit=False, hide_visit_advice=False)


def _d(**kw):
    d = dict(DEFAULTS)
    d.update(kw)
    return d


# ---------------------------------------------------------------- kommun
KIRUNA = dict(
    kind="kommun", base="https://www.kiruna.se", cms="sitevision",
    labels=_d(languages=["sv", "se", "fi", "en"], easy_read=True, text_to_speech=True),
    head='<meta name="generator" content="SiteVision"><link rel="stylesheet" href="/sitevision/system-resource/8f2a/css/portlets.css">',
    header='''<div class="sv-layout env-header" id="svid10_topbar">
 <ul class="kir-tools">
  <li><a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=7711&amp;lang=sv_se&amp;readid=svid12_main" class="rsbtn_play" title="Lyssna på sidans text"><span>Lyssna</span></a></li>
  <li><a href="/lattlast">Lättläst</a></li>
  <li><a href="/davvisamegillii" lang="se">Davvisámegillii</a></li>
  <li><a href="/meankielela" lang="fit">Meänkielelä</a></li>
  <li><a href="/suomeksi" lang="fi">Suomeksi</a></li>
  <li><a href="/english" lang="en">English</a></li>
__SV_LINK__ </ul>
 <a href="/" class="kir-logo"><img src="/images/18.3c1/kiruna-logo.svg" alt="Kiruna kommun, till startsidan"></a>
 <form action="/sok" class="kir-search"><label for="q">Sök</label><input id="q" name="query"><button>Sök</button></form>
</div>
<nav class="kir-mega" aria-label="Huvudmeny"><ul>
 <li><a href="/barn-och-utbildning">Barn och utbildning</a></li><li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
 <li><a href="/bygga-och-bo">Bygga, bo och miljö</a></li><li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
 <li><a href="/samhallsomvandling">Samhällsomvandlingen</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li></ul></nav>''',
    footer='''<footer class="sv-layout kir-footer"><div class="sv-text-portlet"><h2>Kiruna kommun</h2>
<p>Växel: 0980-170 00<br>Besöksadress: Stadshuset, Kiruna<br>kommun@kiruna.example.se</p>
<p><a href="/om-webbplatsen/kakor">Kakor</a> · <a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Personuppgifter</a></p></div></footer>''',
)

VAXJO = dict(
    kind="kommun", base="https://www.vaxjo.se", cms="optimizely",
    labels=_d(machine_translation=True, easy_read=True, sign_language=True, text_to_speech=True),
    head='<link rel="stylesheet" href="/static/dist/main.4c1e9a.css"><script src="https://www.browsealoud.com/plus/scripts/3.1.0/ba.js" integrity="sha256-x" crossorigin="anonymous"></script>',
    header='''<header class="site-header">
 <a class="skip-link" href="#main">Till innehållet</a>
 <div class="site-header__service">
  <button class="ba-toggle" type="button" aria-controls="__ba_panel"><svg aria-hidden="true"><use href="#icon-ear"></use></svg> Talande webb</button>
  <a href="/lattlast">Lättläst</a>
  <a href="/teckensprak">Teckenspråk</a>
  <div id="google_translate_element" class="translate"></div>
  <script>function googleTranslateElementInit(){new google.translate.TranslateElement({pageLanguage:'sv',layout:google.translate.TranslateElement.InlineLayout.SIMPLE},'google_translate_element');}</script>
  <script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
 </div>
 <a class="site-header__logo" href="/"><img src="/globalassets/logo/vaxjo-kommun.svg" alt="Växjö kommun"></a>
 <nav class="main-nav"><ul><li><a href="/omsorg--stod">Omsorg &amp; stöd</a></li><li><a href="/forskola--skola">Förskola &amp; skola</a></li><li><a href="/bo--bygga">Bo &amp; bygga</a></li><li><a href="/kultur--fritid">Kultur &amp; fritid</a></li><li><a href="/naringsliv--arbete">Näringsliv &amp; arbete</a></li><li><a href="/kommun--politik">Kommun &amp; politik</a></li></ul></nav>
</header>''',
    footer='''<footer class="site-footer"><div class="site-footer__col"><h2>Kontakta Växjö kommun</h2><p>Kontaktcenter 0470-436 00<br>kommunen@vaxjo.example.se</p></div>
<div class="site-footer__col"><ul><li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/dataskydd">Så hanterar vi personuppgifter</a></li></ul></div></footer>''',
)

SUNDBYBERG = dict(
    kind="kommun", base="https://www.sundbyberg.se", cms="nextjs",
    labels=_d(languages=["sv", "en", "ar", "so", "fi"]),
    head='<meta name="next-head-count" content="14"><link rel="preload" href="/_next/static/css/a91f3e0c2b.css" as="style">',
    header='''<div id="__next"><div class="Layout_root__Zk3aP"><div class="CookieBar_bar__p2Lq1" role="dialog" aria-label="Kakor"><p>Vi använder kakor för att förbättra webbplatsen.</p><button class="CookieBar_btn__9xQ">Godkänn</button><button class="CookieBar_close__aa1" aria-label="Stäng">Stäng</button></div>
<header class="Header_header__fT0x1"><a href="/" class="Header_logo__3Pl"><img src="/_next/static/media/sundbyberg.8c2f.svg" alt="Sundbybergs stad"></a>
<details class="LangMenu_menu__Qq7"><summary>Språk</summary><ul>
<li><a href="/languages/english" hreflang="en" lang="en">English</a></li>
<li><a href="/languages/arabic" hreflang="ar" lang="ar">العربية</a></li>
<li><a href="/languages/somali" hreflang="so" lang="so">Soomaali</a></li>
<li><a href="/languages/suomi" hreflang="fi" lang="fi">Suomi</a></li>
__SV_LINK__</ul></details>
<nav class="Header_nav__xK"><a href="/omsorg-och-hjalp">Omsorg och hjälp</a><a href="/forskola-och-skola">Förskola och skola</a><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a><a href="/kommun-och-politik">Kommun och politik</a></nav></header>''',
    footer='''<footer class="Footer_footer__wq2"><p>Sundbybergs stad · Kontaktcenter 08-465 004 00 · Öppet vardagar 8–16</p><p><a href="/tillganglighet">Tillgänglighet</a> <a href="/kakor">Kakor</a></p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/[...slug]","buildId":"Qm3xL0"}</script>''',
)

SYDNARKE = dict(
    kind="kommun", base="https://www.kvinnofridsydnarke.se", cms="wordpress",
    strapline_catchment=["Askersund", "Hallsberg", "Kumla", "Laxå", "Lekeberg"],
    labels=_d(machine_translation=True, easy_read=True, quick_exit=True, hide_visit_advice=True),
    head="<meta name='generator' content='WordPress 6.4.3'><link rel='stylesheet' id='municipio-css' href='/wp-content/themes/municipio/assets/dist/css/app.css?ver=3.12' media='all'>",
    header='''<a id="exit-btn" class="c-button c-button--exit" href="https://www.smhi.se" onclick="window.location.replace('https://www.smhi.se');return false;">Lämna sidan</a>
<header class="c-header"><div class="c-header__brand"><a href="/"><strong>Kvinnofrid Sydnärke</strong></a>
<p class="c-header__tagline">Ett samarbete mellan Askersunds, Hallsbergs, Kumla, Laxå och Lekebergs kommuner</p></div>
<nav class="c-nav"><ul><li><a href="/">Start</a></li><li><a href="/for-dig-som-ar-utsatt/">För dig som är utsatt</a></li><li><a href="/for-dig-som-utovar-vald/">För dig som utövar våld</a></li><li><a href="/yrkesverksam/">Yrkesverksam</a></li><li><a href="/lattlast/">Lättläst</a></li><li><a href="/dolj-ditt-besok/">Dölj ditt besök</a></li></ul></nav>
<div class="gtranslate_wrapper" id="gt-wrapper-5512"></div>
<script>window.gtranslateSettings = {"default_language":"sv","languages":["sv","en","ar","so","fa","ti"],"wrapper_selector":"#gt-wrapper-5512"}</script>
<script src="https://cdn.gtranslate.net/widgets/latest/float.js" defer></script></header>''',
    footer='''<footer class="c-footer"><p>Kvinnofrid Sydnärke drivs av socialtjänsten i de fem kommunerna.</p><p>Akut fara? Ring 112.</p><p><a href="/cookies/">Om cookies</a></p></footer>''',
)

HASSLEHOLM = dict(
    kind="kommun", base="http://www.hassleholm.se", cms="table",
    labels=_d(),
    head='<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link rel="stylesheet" href="/css/hlm_2009.css" type="text/css">',
    header='''<table width="960" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" class="top"><a href="/"><img src="/bilder/logga_hlm.gif" alt="Hässleholms kommun" border="0"></a></td></tr>
<tr><td colspan="2" class="menu"><a href="/omsorg">Omsorg</a> | <a href="/skola">Skola</a> | <a href="/bygga">Bygga &amp; bo</a> | <a href="/fritid">Fritid</a> | <a href="/politik">Politik</a></td></tr>
<tr><td width="200" valign="top" class="vanster"><a href="/omsorg/individ-och-familj">Individ och familj</a><br><a href="/omsorg/ekonomiskt-bistand">Ekonomiskt bistånd</a><br><a href="/omsorg/familjefrid">Familjefrid</a><br><a href="/omsorg/missbruk">Missbruk</a></td><td width="760" valign="top" class="innehall">''',
    footer='''</td></tr><tr><td colspan="2" class="sidfot">Hässleholms kommun, 281 80 Hässleholm. Tel (vx) 0451-26 76 00. Senast uppdaterad 2019-03-12</td></tr></table>''',
)

# ---------------------------------------------------------------- region
SKANE = dict(
    kind="region", base="https://www.skane.se", cms="sitevision",
    labels=_d(languages=["sv", "en", "ar", "pl"], easy_read=True, sign_language=True, text_to_speech=True),
    head='<meta name="generator" content="SiteVision"><link rel="stylesheet" href="/webdav/files/system/rs/css/rs-2023.css">',
    header='''<header class="rs-header"><div class="rs-header__top">
<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=4410&amp;lang=sv_se&amp;readid=rs-main"><span class="rsbtn_text"><span>Lyssna</span></span></a></div>
<ul class="rs-header__links"><li><a href="/lattlast">Lättläst</a></li><li><a href="/teckensprak">Teckenspråk</a></li>
<li><a href="/en" lang="en">English</a></li><li><a href="/languages/arabiska">Information på arabiska</a></li><li><a href="/languages/polska">Information på polska</a></li>__SV_LINK__</ul></div>
<a class="rs-header__logo" href="/"><img src="/images/region-skane-logo.svg" alt="Region Skåne"></a>
<nav class="rs-nav"><a href="/halsa-och-vard">Hälsa och vård</a> <a href="/kollektivtrafik">Kollektivtrafik</a> <a href="/kultur">Kultur</a> <a href="/utbildning">Utbildning</a> <a href="/jobb">Jobba hos oss</a></nav></header>''',
    footer='''<footer class="rs-footer"><p>Region Skåne, 291 89 Kristianstad. Växel 044-309 00 10</p><p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/kakor">Kakor</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a></p></footer>''',
)

JH = dict(
    kind="region", base="https://www.regionjh.se", cms="episerver",
    labels=_d(languages=["sv", "en"], machine_translation=True, text_to_speech=True),
    head='<link href="/Static/css/rjh.min.css?v=638129" rel="stylesheet"><script src="https://www.browsealoud.com/plus/scripts/3.1.0/ba.js"></script>',
    header='''<form method="post" action="./" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk8Yq"></div>
<div id="header"><div class="toplinks"><a href="#" onclick="toggleBar();return false;" class="browsealoud">Talande webb</a>
<a href="/aarjelsaemien" lang="sma">Åarjelsaemien</a> <a href="/english" lang="en">English</a> <span id="google_translate_element"></span></div>
<script>function googleTranslateElementInit(){new google.translate.TranslateElement({pageLanguage:'sv'},'google_translate_element');}</script><script src="https://translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
<a href="/" id="logo"><img src="/Static/img/rjh-logo.png" alt="Region Jämtland Härjedalen"></a>
<ul id="mainmenu"><li><a href="/halsa-och-vard">Hälsa och vård</a></li><li><a href="/tandvard">Tandvård</a></li><li><a href="/trafik">Trafik och resor</a></li><li><a href="/regional-utveckling">Regional utveckling</a></li></ul></div>''',
    footer='''<div id="footer"><p>Region Jämtland Härjedalen · Box 654, 831 27 Östersund · Växel 063-15 30 00</p><p><a href="/kakor">Kakor</a> | <a href="/tillganglighet">Tillgänglighet</a></p></div></form>''',
)

HALLAND = dict(
    kind="region", base="https://www.regionhalland.se", cms="drupal",
    labels=_d(easy_read=True, text_to_speech=True),
    head='<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="stylesheet" media="all" href="/sites/default/files/css/css_h4LsQ.css">',
    header='''<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="region region-alert"><div class="alert-banner">Driftstörning i e-tjänsterna ikväll 20–22. <button class="alert-banner__close" aria-label="Stäng meddelandet">Stäng</button></div></div>
<header role="banner" class="region-header"><a href="/" rel="home"><img src="/themes/custom/rh/logo.svg" alt="Region Halland"></a>
<ul class="menu menu--tools"><li><a href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=9050&amp;lang=sv_se&amp;readid=block-rh-content" class="rs-listen">Lyssna</a></li><li><a href="/lattlast">Lättläst</a></li><li><a href="/other-languages">Other languages</a></li></ul>
<nav class="menu--main"><a href="/vard-och-halsa">Vård och hälsa</a> <a href="/trafik">Trafik</a> <a href="/utbildning">Utbildning</a> <a href="/kultur">Kultur</a></nav></header>''',
    footer='''<footer class="region-footer"><p>Region Halland · Box 517, 301 80 Halmstad · 035-13 40 00</p><p><a href="/kakor">Kakor</a> <a href="/dataskydd">Dataskydd</a></p></footer></div>''',
)

# ---------------------------------------------------------------- jour
FREJA = dict(
    kind="jour", base="https://www.tjejjourenfreja.se", cms="squarespace",
    labels=_d(quick_exit=True, hide_visit_advice=True),
    head='<meta name="generator" content="Squarespace"><link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64b1/12/5c5a/site.css">',
    header='''<div class="sqs-announcement-bar"><p>Chatten är öppen som vanligt under sommaren!</p></div>
<a class="exit-button sqs-block-button-element" href="https://www.google.com/search?q=v%C3%A4der" rel="noopener">Lämna sidan</a>
<header class="Header Header--top"><div class="Header-branding"><a href="/">Tjejjouren Freja</a></div>
<nav class="Header-nav"><a href="/">Hem</a><a href="/chatta">Chatta</a><a href="/om-vald">Om våld</a><a href="/engagera-dig">Engagera dig</a><a href="/stod-oss">Stöd oss</a><a href="/kontakt">Kontakt</a></nav></header>''',
    footer='''<footer class="Footer"><p>Tjejjouren Freja är medlem i Unizon.</p><p><a href="/surfa-sakert">Surfa säkert – dölj ditt besök</a></p><p>© Tjejjouren Freja</p></footer>''',
)

SIRI_WIDGET = '''<aside class="region region-sidebar-second"><div id="block-jourtelefon" class="block block-block-content"><h2>Jourtelefon</h2>
<p><a href="tel:+4649017490">0490-174 90</a><br>Vardagar 10–20<br>Helger 12–16</p><p>Sms: 070-174 06 44</p></div></aside>'''

SIRI = dict(
    kind="jour", base="https://www.kvinnojourensiri.se", cms="drupal7",
    labels=_d(languages=["sv", "en", "ar", "so"], quick_exit=True, hide_visit_advice=True),
    widget=dict(html=SIRI_WIDGET, phones=["+4649017490", "+46701740644"],
                hours=["mon,tue,wed,thu,fri 10:00-20:00", "sat,sun 12:00-16:00"]),
    head='<meta name="Generator" content="Drupal 7 (http://drupal.org)"><link type="text/css" rel="stylesheet" href="/sites/all/themes/siri/css/style.css?q8x" media="all">',
    header='''<button id="snabbstang" type="button" onclick="window.location.replace('https://www.svt.se')">Snabbstäng</button>
<div id="page"><div id="header"><a href="/" id="logo" title="Hem"><img src="/sites/default/files/siri_logo.png" alt="Kvinnojouren Siri"></a>
<ul class="links secondary-menu"><li><a href="/english">English</a></li><li><a href="/sites/default/files/pdf/siri_arabiska.pdf">Information på arabiska (pdf)</a></li><li><a href="/sites/default/files/pdf/siri_somaliska.pdf">Information på somaliska (pdf)</a></li>__SV_LINK__</ul>
<ul class="links main-menu"><li><a href="/">Hem</a></li><li><a href="/skyddat-boende">Skyddat boende</a></li><li><a href="/dolj-ditt-besok">Dölj ditt besök</a></li><li><a href="/bli-medlem">Bli medlem</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>''',
    footer='''<div id="footer"><p>Kvinnojouren Siri är ansluten till Roks. Org.nr 802400-0000</p><p>Vi har tystnadslöfte och du kan vara anonym.</p></div></div>''',
)

LINNEA = dict(
    kind="jour", base="https://www.linneastod.se", cms="nextjs",
    labels=_d(languages=["sv", "en", "ar", "fa", "so", "ti", "tr", "ru"], quick_exit=True),
    head='<meta name="next-head-count" content="11"><link rel="stylesheet" href="/_next/static/css/3e1b77d0.css">',
    header='''<div id="__next"><header class="hdr_wrap__L1"><a href="/" class="hdr_logo__x">Linnea<span> – stöd på ditt språk</span></a>
<p class="hdr_phone__q">Stödlinjen <a href="tel:+4620747420">020-74 74 20</a></p>
<nav class="lang_nav__T2" aria-label="Språk"><a href="/en" lang="en">English</a><a href="/ar" lang="ar">العربية</a><a href="/fa" lang="fa">فارسی</a><a href="/so" lang="so">Soomaali</a><a href="/ti" lang="ti">ትግርኛ</a><a href="/tr" lang="tr">Türkçe</a><a href="/ru" lang="ru">Русский</a>__SV_LINK__</nav>
<button class="exit_btn__Z0" data-exit type="button">Lämna sidan ✕</button></header>''',
    footer='''<footer class="ftr_wrap__m"><p>Linnea är en ideell förening. Vi tar inte emot besök – all kontakt sker per telefon och chatt.</p><a href="/integritet">Integritet</a></footer></div>
<script>document.querySelector('[data-exit]').addEventListener('click',function(){window.open('https://www.google.com','_newtab');window.location.replace('https://www.aftonbladet.se');});</script>''',
)

ROSLAGEN = dict(
    kind="jour", base="https://www.bojroslagen.se", cms="wordpress-avada",
    labels=_d(easy_read=True, text_to_speech=True),
    head="<meta name='generator' content='WordPress 6.2'><link rel='stylesheet' id='avada-stylesheet-css' href='/wp-content/themes/Avada/assets/css/style.min.css?ver=7.9' type='text/css' media='all'>",
    header='''<div class="fusion-header-wrapper"><div class="fusion-secondary-header"><a class="rs-listen" href="//app-eu.readspeaker.com/cgi-bin/rsent?customerid=6600&amp;lang=sv_se&amp;url=" >Lyssna</a> <a href="/lattlast/">Lättläst</a></div>
<div class="fusion-header"><a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/boj-roslagen.png" alt="Brottsofferjouren Roslagen"></a>
<nav class="fusion-main-menu"><ul><li><a href="/fa-stod/">Få stöd</a></li><li><a href="/stodcentrum-unga/">Stödcentrum för unga</a></li><li><a href="/vittnesstod/">Vittnesstöd</a></li><li><a href="/om-oss/">Om oss</a></li></ul></nav></div></div>
<div id="cookie-law-info-bar"><span>Vi använder kakor. <a role="button" class="cli_action_button">Acceptera</a> <a role="button" class="cli_close">Stäng</a></span></div>''',
    footer='''<footer class="fusion-footer"><p>Brottsofferjouren Roslagen är en lokal jour inom Brottsofferjouren Sverige. Bankgiro 5050-1055.</p></footer>''',
)

VANDPUNKTEN = dict(
    kind="jour", base="https://www.vandpunktenkalmar.se", cms="webflow",
    labels=_d(languages=["sv", "en"], quick_exit=True),
    head='<meta content="Webflow" name="generator"><link href="https://assets.website-files.com/63a1/css/vandpunkten.webflow.css" rel="stylesheet" type="text/css">',
    header='''<div class="navbar w-nav" data-collapse="medium" role="banner"><a href="/" class="brand w-nav-brand">Vändpunkten</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/utovar" class="nav-link w-nav-link">Använder du våld?</a><a href="/utsatt" class="nav-link w-nav-link">Är du utsatt?</a><a href="/tankar" class="nav-link w-nav-link">Oroande tankar</a><a href="/in-english" class="nav-link w-nav-link">In English</a>__SV_LINK__</nav>
<div class="esc-hint">Tryck <kbd>Esc</kbd> för att snabbt lämna sidan</div></div>
<script>document.addEventListener('keydown',function(e){if(e.key==='Escape'){window.location.replace('https://www.yr.no');}});</script>''',
    footer='''<div class="footer"><p>Vändpunkten Kalmar · ideell förening med stöd av kommunerna i södra Kalmar län</p><p>© 2024</p></div>''',
)

ANGLA = dict(
    kind="jour", base="http://www.kvinnojourenangla.se", cms="table",
    nolang=True,
    labels=_d(),
    head='<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="kvinnojour, Ängelholm, våld, stöd">',
    header='''<body bgcolor="#FFF5F8"><center><table width="780" border="0" cellspacing="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#C8507A"><font face="Verdana" color="#FFFFFF" size="5"><b>Kvinnojouren Ängla</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F2D3DE"><font face="Verdana" size="2"><a href="index.html">Start</a><br><a href="jourtider.html">Öppet hus</a><br><a href="skank.html">Skänk en gåva</a><br><a href="lankar.html">Länkar</a></font></td><td valign="top"><font face="Verdana" size="2">''',
    footer='''</font></td></tr><tr><td colspan="2" align="center"><font size="1">Senast uppdaterad 11 februari 2014. Du är besökare nr <img src="/cgi-bin/counter.gif"></font></td></tr></table></center>''',
)

SITES = dict(kiruna=KIRUNA, vaxjo=VAXJO, sundbyberg=SUNDBYBERG, sydnarke=SYDNARKE, hassleholm=HASSLEHOLM,
             skane=SKANE, jh=JH, halland=HALLAND, freja=FREJA, siri=SIRI, linnea=LINNEA, roslagen=ROSLAGEN,
             vandpunkten=VANDPUNKTEN, angla=ANGLA)
