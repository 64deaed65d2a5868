"""Region pages (kind "region"), including a 1177-like portal."""

W5 = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"
KRONOBERG = ["Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult"]
GAVLEBORG = ["Gävle", "Sandviken", "Hofors", "Ockelbo", "Ovanåker", "Bollnäs", "Söderhamn", "Ljusdal", "Hudiksvall",
             "Nordanstig"]

P1177_LANGS = """<aside class="c-language-box"><h2>Läs på andra språk</h2><ul>
<li><a href="/other-languages/english/violence-in-close-relationships/" lang="en" hreflang="en">English</a></li>
<li><a href="/other-languages/arabiska/" lang="ar" hreflang="ar">العربية</a></li>
<li><a href="/other-languages/somaliska/" lang="so" hreflang="so">Soomaali</a></li>
<li><a href="/other-languages/tigrinska/" lang="ti" hreflang="ti">ትግርኛ</a></li>
<li><a href="/other-languages/persiska/" lang="fa" hreflang="fa">فارسی</a></li>
<li><a href="/other-languages/polska/" lang="pl" hreflang="pl">Polski</a></li>
<li><a href="/other-languages/ryska/" lang="ru" hreflang="ru">Русский</a></li>
<li><a href="/other-languages/ukrainska/" lang="uk" hreflang="uk">Українська</a></li>
</ul></aside>"""

PAGES = [
# ------------------------------------------------------------------ Region Kronoberg (Lättläst, Lyssna)
dict(name="r01-kronoberg-alternativ-till-vald", site="r_kronoberg",
     url="https://www.regionkronoberg.se/halsa-och-vard/mottagningar/alternativ-till-vald/",
     title="Alternativ till våld (ATV)", crumbs=[("Start", "/"), ("Hälsa och vård", "/halsa-och-vard/"), ("Mottagningar", "#"), ("Alternativ till våld", "#")],
     main="""
<p class="preamble">Alternativ till våld är en specialistmottagning för dig som har använt våld i en nära relation och vill sluta. Vi tar emot både män och kvinnor.</p>
<p>Vi erbjuder också samtal till den som har blivit utsatt för våldet och till barn som har levt med våld i familjen. Behandlingen är frivillig och kostnadsfri.</p>
<p>Mottagningen är till för invånare i länets åtta kommuner: Alvesta, Lessebo, Ljungby, Markaryd, Tingsryd, Uppvidinge, Växjö och Älmhult.</p>
<h2>Kontakta oss</h2>
<p>Du behöver ingen remiss. Ring oss på 0470-58 69 00.</p>
<p>Telefontid: måndag, onsdag och fredag 08.30–09.30. Övrig tid kan du lämna ett meddelande så ringer vi upp.</p>
""",
     ex=["valdsutovare", "nara_relation", "barn_som_upplever_vald"], g=["man", "kvinnor", "barn_unga"],
     ph=["0470-58 69 00"], ca=KRONOBERG, oh=["mon,wed,fri 08:30-09:30"]),

dict(name="r02-kronoberg-efter-sexuella-overgrepp", site="r_kronoberg",
     url="https://www.regionkronoberg.se/halsa-och-vard/akut/om-du-utsatts-for-sexuellt-overgrepp/",
     title="Om du har utsatts för ett sexuellt övergrepp", crumbs=[("Start", "/"), ("Hälsa och vård", "/halsa-och-vard/"), ("Akut", "#"), ("Sexuella övergrepp", "#")],
     main="""
<p class="preamble">Har du blivit våldtagen eller utsatt för ett annat sexuellt övergrepp? Sök vård så snart som möjligt, helst inom några dygn. Du får vård även om du inte vill polisanmäla.</p>
<h2>Vart vänder jag mig?</h2>
<p><strong>Kvinnor</strong> kommer till gynekologiska akutmottagningen på Centrallasarettet Växjö. <strong>Män</strong> kommer till akutmottagningen. Du som är under 18 år tas emot av barn- och ungdomsmedicin tillsammans med en gynekolog.</p>
<p>Ring gärna innan du kommer. Gynakuten svarar dygnet runt på telefon 0470-58 80 00.</p>
<p>På mottagningen undersöks du, får behandling mot infektioner och graviditet, och vi kan säkra spår om du vill anmäla senare. En kurator erbjuder uppföljande samtal.</p>
""",
     ex=["sexuellt_vald"], g=["kvinnor", "man", "barn_unga"], ph=["0470-58 80 00"], h24=True,
     oh=[f"{ALL} 00:00-24:00"], note="own line answering dygnet runt -> hotline_24h true"),

dict(name="r03-kronoberg-fraga-om-vald-personal", site="r_kronoberg",
     url="https://www.regionkronoberg.se/vardgivare/riktlinjer/vald-i-nara-relationer/",
     title="Våld i nära relationer – riktlinje för vårdpersonal", crumbs=[("Start", "/"), ("Vårdgivare", "/vardgivare/"), ("Riktlinjer", "#"), ("Våld i nära relationer", "#")],
     main="""
<p class="preamble">Riktlinjen gäller alla medarbetare i Region Kronoberg som möter patienter. Den beskriver hur du ska fråga om våld, dokumentera och hänvisa vidare.</p>
<h2>Rutinmässiga frågor</h2>
<p>Alla kvinnor över 18 år som besöker mödrahälsovården, ungdomsmottagningen, psykiatrin och beroendevården ska få frågor om våld. Andra patienter tillfrågas vid misstanke.</p>
<h2>Hänvisa vidare</h2>
<p>Informera patienten om socialtjänsten i hemkommunen, kvinnojourer, Alternativ till våld och Kvinnofridslinjen 020-50 50 50.</p>
<h2>Anmälningsplikt</h2>
<p>Om barn far illa eller riskerar att fara illa ska du alltid göra en orosanmälan till socialtjänsten.</p>
""",
     ph=["020-50 50 50"], note="guideline for staff: no service offered to the public -> exposure/gender []; 'kvinnor över 18 år' are patients to ask, not a target group"),

dict(name="r04-kronoberg-lattlast-vald", site="r_kronoberg",
     url="https://www.regionkronoberg.se/lattlast/om-nagon-gor-dig-illa-hemma/",
     title="Om någon gör dig illa hemma", crumbs=[("Start", "/"), ("Lättläst", "/lattlast/"), ("Om någon gör dig illa hemma", "#")],
     main="""
<p>Det här är en lättläst text.</p>
<p>Gör någon i din familj dig illa?<br>Du kan prata med personalen på vårdcentralen.<br>De kan hjälpa dig.<br>De kan titta på dina skador.<br>De kan hjälpa dig att prata med någon mer.</p>
<p>Personalen har tystnadsplikt.<br>Det betyder att de inte får berätta för någon annan.</p>
<p>Du kan också ringa 1177.<br>Där kan du få råd om vård.</p>
""",
     ex=["nara_relation"], g=["konsneutral"], ph=["1177"],
     note="lättläst; the region's own primary care presented as help for those exposed"),

# ------------------------------------------------------------------ 1177-like portal (Other languages, Lättläst, Teckenspråk, Lyssna)
dict(name="r05-1177-vald-i-nara-relationer", site="r_1177",
     url="https://www.1177.se/Jonkopings-lan/liv--halsa/vald-och-overgrepp/vald-i-nara-relationer/",
     title="Våld i nära relationer", crumbs=[("1177", "/"), ("Liv & hälsa", "/liv--halsa/"), ("Våld och övergrepp", "#"), ("Våld i nära relationer", "#")],
     main="""
<p class="c-preamble">Våld i nära relationer är när någon som står dig nära skadar, hotar eller kontrollerar dig. Det kan vara en partner, en tidigare partner eller någon annan i familjen. Det finns hjälp att få.</p>
<h2>Vanliga reaktioner</h2>
<p>Det är vanligt att känna skam, skuld eller att tvivla på sig själv. Många får svårt att sova, ont i kroppen eller ångest.</p>
<h2>Var kan jag få hjälp?</h2>
<ul>
<li>Socialtjänsten i din kommun kan ge stöd och skydd.</li>
<li>Kvinnofridslinjen svarar dygnet runt på 020-50 50 50.</li>
<li>Nationella mansjouren: 08-30 30 20.</li>
<li>Brottsofferjourens stödlinje: 116 006.</li>
<li>Terrafem ger stöd på många språk: 020-52 10 10.</li>
</ul>
<p>Om du har fått skador kan du söka vård på en vårdcentral eller akutmottagning.</p>
""",
     aside=P1177_LANGS,
     languages=["sv", "en", "ar", "so", "ti", "fa", "pl", "ru", "uk"],
     ph=["020-50 50 50", "08-30 30 20", "116 006", "020-52 10 10"],
     note="health-information article that only refers onwards -> exposure/gender []; languages from native-name links"),

dict(name="r06-1177-en-violence", site="r_1177", lang="en",
     url="https://www.1177.se/en/other-languages/english/violence-in-close-relationships/",
     title="Violence in close relationships", crumbs=[("1177", "/en/"), ("Other languages", "/other-languages/"), ("English", "#"), ("Violence in close relationships", "#")],
     main="""
<p class="c-preamble">Violence in close relationships means that someone close to you hurts, threatens or controls you. You can get help, whoever you are.</p>
<h2>Where can I get help?</h2>
<p>The social services in your municipality can offer support and protection. Healthcare can treat injuries and help with anxiety and sleep problems.</p>
<p>Kvinnofridslinjen is a national helpline open 24 hours a day: 020-50 50 50. You can get an interpreter.</p>
<p><a href="/liv--halsa/vald-och-overgrepp/vald-i-nara-relationer/" hreflang="sv" lang="sv">Läs texten på svenska</a></p>
""",
     languages=["en", "sv"], ph=["020-50 50 50"],
     note="English page; general information with referrals only"),

dict(name="r07-1177-kvinnofridsmottagningen", site="r_1177",
     url="https://www.1177.se/hitta-vard/kontaktkort/Kvinnofridsmottagningen-Jonkoping/",
     title="Kvinnofridsmottagningen, Jönköping", crumbs=[("1177", "/"), ("Hitta vård", "/hitta-vard/"), ("Kvinnofridsmottagningen, Jönköping", "#")],
     main="""
<div class="c-contact-card">
<h2>Kontakt</h2>
<p>Telefon: 010-241 54 30</p>
<h3>Telefontider</h3>
<table class="c-opening-hours"><tr><th>Måndag–fredag</th><td>08:00–09:30</td></tr><tr><th>Lördag–söndag</th><td>Stängt</td></tr></table>
</div>
<h2>Om mottagningen</h2>
<p>Kvinnofridsmottagningen tar emot kvinnor från 18 år som har utsatts för våld i en nära relation eller för sexuellt våld. Du kan få stödsamtal och traumabehandling med psykolog eller kurator.</p>
<p>Vi tar inte emot patienter under 18 år. Är du yngre kan du vända dig till ungdomsmottagningen eller barn- och ungdomspsykiatrin.</p>
<p>Mottagningen tar emot patienter från hela länet. Du behöver ingen remiss.</p>
""",
     region="Jönköpings län",
     ex=["nara_relation", "sexuellt_vald"], g=["kvinnor"], ph=["010-241 54 30"], oh=[f"{W5} 08:00-09:30"],
     note="negation 'Vi tar inte emot patienter under 18 år'; 'hela länet' names no municipality -> catchment []; 'Stängt' row is not an interval"),

dict(name="r08-1177-teckensprak-vald", site="r_1177",
     url="https://www.1177.se/teckensprak/vald-i-nara-relationer/",
     title="Våld i nära relationer – teckenspråk", crumbs=[("1177", "/"), ("Teckenspråk", "/teckensprak/"), ("Våld i nära relationer", "#")],
     main="""
<p class="c-preamble">Filmen handlar om våld i nära relationer och om var du kan få hjälp. Den är på svenskt teckenspråk.</p>
<div class="c-video"><video controls preload="none" poster="/globalassets/teckensprak/vald-poster.jpg"><source src="/globalassets/teckensprak/vald-i-nara-relationer.mp4" type="video/mp4"><track kind="captions" srclang="sv" src="/globalassets/teckensprak/vald.vtt"></video></div>
<p>Filmen visar hur våld kan se ut och berättar att du kan få hjälp av socialtjänsten, vården och Kvinnofridslinjen.</p>
""",
     note="sign-language video with general info; no own service"),

# ------------------------------------------------------------------ Region Gävleborg (Google Translate + Browsealoud)
dict(name="r09-gavleborg-barnahus", site="r_gavleborg",
     url="https://www.regiongavleborg.se/halsa-och-vard/barnahus-gavleborg/",
     title="Barnahus Gävleborg", subnav="<li><a href='#'>Barnahus Gävleborg</a></li><li><a href='#'>För föräldrar</a></li>",
     crumbs=[("Start", "/"), ("Hälsa och vård", "/halsa-och-vard/"), ("Barnahus Gävleborg", "#")],
     main="""
<p><strong>På Barnahus samarbetar polis, åklagare, socialtjänst och hälso- och sjukvård när barn kan ha utsatts för brott.</strong></p>
<p>Barnahus tar emot barn och ungdomar under 18 år som misstänks ha utsatts för fysiskt våld eller sexuella övergrepp av en närstående, och barn som har bevittnat våld i familjen. Barnet förhörs, undersöks och får krisstöd på ett och samma ställe.</p>
<p>Barnahus Gävleborg finns till för barn som bor i Gävle, Sandviken, Hofors, Ockelbo, Ovanåker, Bollnäs, Söderhamn, Ljusdal, Hudiksvall och Nordanstig.</p>
<p>Det är polis eller socialtjänst som tar kontakt med Barnahus. Som förälder eller yrkesverksam kan du ringa för rådgivning: 026-15 48 20, vardagar 8.00–16.00.</p>
""",
     ex=["nara_relation", "sexuellt_vald", "barn_som_upplever_vald"], g=["barn_unga"], ph=["026-15 48 20"],
     ca=GAVLEBORG, oh=[f"{W5} 08:00-16:00"]),

dict(name="r10-gavleborg-samtalsmottagning-vald", site="r_gavleborg",
     url="https://www.regiongavleborg.se/halsa-och-vard/psykiatri/samtalsmottagning-for-dig-som-utovar-vald/",
     title="Samtalsmottagning för dig som utövar våld", subnav="<li><a href='#'>Vuxenpsykiatri</a></li>",
     crumbs=[("Start", "/"), ("Hälsa och vård", "/halsa-och-vard/"), ("Psykiatri", "#"), ("Samtalsmottagning", "#")],
     main="""
<p><strong>Vuxenpsykiatrins samtalsmottagning erbjuder behandling för vuxna som utövar våld mot en partner eller andra i familjen.</strong></p>
<p>Behandlingen består av ett tjugotal samtal. Målet är att våldet ska upphöra och att du ska ta ansvar för dina handlingar.</p>
<p>Om du har ett pågående missbruk av alkohol eller droger behöver det behandlas först, innan du kan börja hos oss.</p>
<h2>Kontakt</h2>
<p>Telefon 026-15 52 90<br>Telefontid: tisdag 10–11 och torsdag 13–14</p>
""",
     ex=["valdsutovare"], g=["konsneutral"], ph=["026-15 52 90"], oh=["tue 10:00-11:00", "thu 13:00-14:00"],
     note="negation: ongoing missbruk is an exclusion criterion -> vulnerable_groups []"),

dict(name="r11-gavleborg-upphandling", site="r_gavleborg",
     url="https://www.regiongavleborg.se/regional-utveckling/upphandling/",
     title="Upphandling och inköp", owner="Upphandlingsenheten",
     crumbs=[("Start", "/"), ("Regional utveckling", "#"), ("Upphandling", "#")],
     main="""
<p><strong>Region Gävleborg köper varor och tjänster för cirka fyra miljarder kronor per år.</strong></p>
<p>Alla upphandlingar annonseras i vårt upphandlingssystem. Där kan du som leverantör ladda ner förfrågningsunderlag och lämna anbud.</p>
<p>Frågor om en pågående upphandling ställer du i systemet, inte per telefon.</p>
""",
     note="off-topic region page"),

dict(name="r12-gavleborg-sexuella-tankar", site="r_gavleborg",
     url="https://www.regiongavleborg.se/halsa-och-vard/psykiatri/stod-vid-oro-for-egna-sexuella-tankar/",
     title="Stöd vid oro för dina sexuella tankar eller beteenden",
     crumbs=[("Start", "/"), ("Hälsa och vård", "/halsa-och-vard/"), ("Psykiatri", "#"), ("Oro för sexuella tankar", "#")],
     main="""
<p><strong>Oroar du dig för dina sexuella tankar, fantasier eller handlingar? Har du tittat på bilder på barn, eller är du rädd att du ska göra någon illa?</strong></p>
<p>Vi ger behandling till vuxna som riskerar att begå sexuella övergrepp eller som redan har gjort det och vill ha hjälp att inte göra det igen. Du kan vara anonym i de första samtalen.</p>
<p>Personalen har tystnadsplikt. Det du berättar om tankar och känslor leder inte till någon anmälan.</p>
<h2>Kontakt</h2>
<p>Ring 026-15 53 10, mån–tors 9–15.</p>
""",
     ex=["sexualbrott_risk"], g=["konsneutral"], ph=["026-15 53 10"], oh=["mon,tue,wed,thu 09:00-15:00"]),

# ------------------------------------------------------------------ Region Västmanland (only a generic "Other languages")
dict(name="r13-vastmanland-ungdomsmottagning-vald", site="r_vastmanland",
     url="https://www.regionvastmanland.se/vard-och-halsa/ungdomsmottagningar/vald-och-overgrepp/",
     title="Har någon gjort dig illa?", crumbs=[("Start", "/"), ("Vård och hälsa", "/vard-och-halsa"), ("Ungdomsmottagningar", "#"), ("Våld och övergrepp", "#")],
     main="""
<p class="Article_lead__9">Ungdomsmottagningen finns för tjejer, killar och ickebinära mellan 13 och 25 år. Hos oss kan du prata om våld i relationer och sexuella övergrepp.</p>
<p>Kanske kontrollerar din partner vem du träffar? Kanske har någon tvingat dig till sex? Vi lyssnar och hjälper dig vidare. Du kan komma själv, utan att dina föräldrar vet om det.</p>
<h2>Chatta med oss</h2>
<p>Chatten är öppen måndag–torsdag 13–16.</p>
<h2>Ring</h2>
<p>Tidsbokning: 021-17 55 00</p>
""",
     ex=["nara_relation", "sexuellt_vald"], g=["flickor", "pojkar", "hbtq"], ph=["021-17 55 00"],
     oh=["mon,tue,wed,thu 13:00-16:00"], note="chat hours count as opening hours"),

dict(name="r14-vastmanland-heder-medarbetare", site="r_vastmanland",
     url="https://www.regionvastmanland.se/for-medarbetare/kunskapsstod/hedersrelaterat-vald/",
     title="Hedersrelaterat våld och förtryck – kunskapsstöd", crumbs=[("Start", "/"), ("För medarbetare", "#"), ("Kunskapsstöd", "#"), ("Hedersrelaterat våld", "#")],
     main="""
<p class="Article_lead__9">Här finns stöd för dig som arbetar i vården och möter patienter som kan vara utsatta för hedersrelaterat våld och förtryck.</p>
<p>Fråga alltid patienten enskilt, utan anhöriga närvarande. Använd professionell tolk – aldrig familjemedlemmar.</p>
<p>Vid frågor om ett ärende kan du konsultera Nationella kompetensteamet mot hedersrelaterat våld och förtryck, 010-223 57 60.</p>
<p>Kontakta alltid socialtjänsten om patienten är under 18 år.</p>
""",
     ph=["010-223 57 60"],
     note="knowledge support for staff; heder is the topic but no service for the exposed is offered -> exposure []; tolk advice is for staff -> no bristande_svenska"),

dict(name="r15-vastmanland-sex-mot-ersattning", site="r_vastmanland",
     url="https://www.regionvastmanland.se/vard-och-halsa/sexuell-halsa/sex-mot-ersattning/",
     title="Stöd om du har sex mot ersättning", crumbs=[("Start", "/"), ("Vård och hälsa", "/vard-och-halsa"), ("Sexuell hälsa", "#"), ("Sex mot ersättning", "#")],
     main="""
<p class="Article_lead__9">Mottagningen för sexuell hälsa erbjuder stödsamtal, provtagning och behandling för dig som säljer eller har sålt sex, eller på annat sätt har fått ersättning för sex.</p>
<p>Vi möter kvinnor, män och transpersoner från 18 år. Samtal kan ske med tolk om du inte talar svenska.</p>
<p>Drop-in: tisdagar 13.00–15.30. Telefon: 021-17 46 90.</p>
""",
     ex=["prostitution_manniskohandel"], g=["kvinnor", "man", "hbtq"], v=["bristande_svenska"],
     ph=["021-17 46 90"], oh=["tue 13:00-15:30"]),

dict(name="r16-vastmanland-en-kvinnofrid", site="r_vastmanland", lang="en",
     url="https://www.regionvastmanland.se/en/health-care/support-after-violence/",
     title="Support after violence", crumbs=[("Home", "/en"), ("Health care", "#"), ("Support after violence", "#")],
     main="""
<p class="Article_lead__9">The Women's Peace Clinic (Kvinnofridsmottagningen) offers counselling and trauma treatment to women who have been subjected to violence by a partner or family member, or to sexual violence.</p>
<p>You do not need a referral. Treatment is free of charge. We can book an interpreter for you.</p>
<p>Phone: +46 21 17 38 40, weekdays 8–10 a.m.</p>
""",
     languages=["en"], ex=["nara_relation", "sexuellt_vald"], g=["kvinnor"], v=["bristande_svenska"],
     ph=["+46 21 17 38 40"], oh=[f"{W5} 08:00-10:00"],
     note="English page with no Swedish alternate or named language link -> languages ['en']"),

dict(name="r17-vastmanland-vi-fragar-om-vald", site="r_vastmanland",
     url="https://www.regionvastmanland.se/vard-och-halsa/vi-fragar-om-vald/",
     title="Vi frågar om våld", crumbs=[("Start", "/"), ("Vård och hälsa", "/vard-och-halsa"), ("Vi frågar om våld", "#")],
     main="""
<p class="Article_lead__9">När du besöker vården kan du få frågor om du har varit utsatt för våld. Vi frågar alla, eftersom våld påverkar hälsan.</p>
<p>Du bestämmer själv vad du vill berätta. Om du är eller har varit utsatt för våld av en partner eller någon i familjen kan vården ge dig behandling för skador, stödsamtal med kurator och hjälp att komma i kontakt med socialtjänsten eller en kvinnojour.</p>
<p>Personalen har tystnadsplikt.</p>
""",
     ex=["nara_relation"], g=["konsneutral"],
     note="the region's care presented as support for patients exposed to violence"),
]
