P = []
A = P.append

# ---------------------------------------------------------------- Tjejjouren Freja (Gotland, Squarespace)
A(dict(id="j01", site="freja", path="/", title="Tjejjouren Freja",
body='''<main class="Index"><section class="Index-page"><h1>Hej! Vi finns här för dig.</h1>
<p>Tjejjouren Freja är en ideell förening för tjejer, unga kvinnor och ickebinära mellan 12 och 25 år som bor på Gotland.</p>
<p>Du kan skriva till oss om vad som helst – om du är ledsen eller ensam, om någon du är ihop med kontrollerar dig eller slår dig, eller om du har blivit utsatt för sexuella övergrepp. Vi har tystnadslöfte och du är anonym.</p>
<p><strong>Chatten är öppen måndagar och onsdagar 19–21.</strong></p></section></main>''',
ex=["nara_relation", "sexuellt_vald"], gg=["flickor", "hbtq"], vg=[], ph=[], h24=False, oh=["mon,wed 19:00-21:00"], cm=["Gotland"],
note="tjejjour; Gotland municipality"))

A(dict(id="j02", site="freja", path="/engagera-dig", title="Bli jourtjej",
body='''<main class="Index"><section class="Index-page"><h1>Bli jourtjej</h1>
<p>Vill du göra skillnad för unga på Gotland? Vi söker nya jourtjejer till chatten. Du ska vara tjej eller ickebinär och ha fyllt 20 år.</p>
<p>Du får en grundutbildning på tre kvällar och handledning varje termin. Anmäl intresse via formuläret nedan.</p>
<form class="sqs-form"><label>Namn<input name="fname"></label><label>E-post<input name="email"></label><button>Skicka</button></form></section></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="volunteer page"))

A(dict(id="j03", site="freja", path="/stod-oss", title="Stöd oss",
body='''<main class="Index"><section class="Index-page"><h1>Stöd oss</h1><p>Varje krona går till att hålla chatten öppen fler kvällar.</p>
<p>Swisha en gåva till <strong>123 456 78 90</strong> eller sätt in på bankgiro 5432-1098.</p><p>Företag kan bli månadsgivare – mejla oss!</p></section></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="donation; Swish/bankgiro are not phones"))

A(dict(id="j04", site="freja", path="/om-vald", title="Om sexuellt våld",
body='''<main class="Index"><section class="Index-page"><h1>Vad är sexuellt våld?</h1>
<p>Allt sexuellt som någon gör mot dig utan att du vill är ett övergrepp: att bli tafsad på, pressad att skicka bilder eller tvingad till sex. Det är aldrig ditt fel.</p>
<p>Har det hänt nyligen kan du söka vård på en ungdomsmottagning eller gynakut. Vill du prata med någon direkt, dag som natt? Ring Kvinnofridslinjen 020-50 50 50.</p></section></main>''',
ex=[], gg=[], vg=[], ph=["+4620505050"], h24=False, oh=[], cm=[], note="information page with referral"))

A(dict(id="j05", site="freja", path="/kontakt", title="Kontakt",
body='''<main class="Index"><section class="Index-page"><h1>Kontakt</h1>
<p>Vi har ingen jourtelefon. Du når oss i chatten måndagar och onsdagar 19–21 eller via mejl, som vi svarar på inom en vecka.</p>
<p>Vill du boka en föreläsning för din klass? Skriv till info@tjejjourenfreja.example.</p></section></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=["mon,wed 19:00-21:00"], cm=[], note="contact page"))

A(dict(id="j06", site="freja", ext="txt", path="/nyheter/fredagar", title="Nu öppet även fredagar",
over=dict(quick_exit=False, hide_visit_advice=False),
body='''Nu har chatten öppet även på fredagar!

Från och med 1 september kan du chatta med en jourtjej på fredagar mellan 19 och 21, utöver måndagar och onsdagar. Fler tjejer och ickebinära ska kunna få prata med någon när veckan tar slut.''',
ex=[], gg=["flickor", "hbtq"], vg=[], ph=[], h24=False, oh=["mon,wed,fri 19:00-21:00"], cm=[],
note="txt news; target group named, no exposure named"))

# ---------------------------------------------------------------- Kvinnojouren Siri (Västervik, Drupal 7)
A(dict(id="j07", site="siri", path="/", title="Kvinnojouren Siri",
body='''<div id="main"><h1>Välkommen till Kvinnojouren Siri</h1>
<p>Vi stöttar kvinnor och tjejer som bor i Västerviks kommun och som utsätts för våld, hot eller sexuella övergrepp – av en partner, ett ex eller någon i familjen.</p>
<p>Du kan ringa, sms:a eller träffa oss. Vi har jourlägenheter i Västervik och i Gamleby, där du kan bo tillsammans med dina barn.</p>
<p>Kvinnojouren är en kvinnoseparatistisk förening. Vi tar inte emot män.</p></div>''',
ex=["nara_relation", "sexuellt_vald"], gg=["kvinnor", "flickor", "barn_unga"], vg=[], cm=["Västervik"],
note="Gamleby is a locality; children living with mothers → barn_unga"))

A(dict(id="j08", site="siri", path="/skyddat-boende", title="Skyddat boende",
body='''<div id="main"><h1>Skyddat boende</h1>
<p>Om du inte kan bo kvar hemma kan du och dina barn bo hos oss en tid. Adressen är hemlig och lägenheterna har larm.</p>
<p>Barnen får eget stöd av vår barnansvariga för det de har varit med om hemma.</p>
<p>Vi tar emot kvinnor med funktionsnedsättning – en av lägenheterna är anpassad för rullstol. Har du ett pågående missbruk kan vi tyvärr inte ta emot dig i boendet.</p></div>''',
ex=["nara_relation", "barn_som_upplever_vald"], gg=["kvinnor", "barn_unga"], vg=["funktionsnedsattning"], cm=[],
note="missbruk negated"))

A(dict(id="j09", site="siri", path="/dolj-ditt-besok", title="Dölj ditt besök",
body='''<div id="main"><h1>Dölj ditt besök</h1>
<p>Den som utövar våld kontrollerar ofta telefon och dator. Så här minskar du risken att någon ser att du har varit här:</p>
<ul><li>Använd privat surfläge.</li><li>Rensa historiken och kakorna efteråt.</li><li>Använd gärna en dator på biblioteket.</li><li>Knappen Snabbstäng tar dig till SVT på en sekund.</li></ul></div>''',
ex=[], gg=[], vg=[], cm=[], note="advice page; widget phones/hours still apply"))

A(dict(id="j10", site="siri", path="/bli-medlem", title="Bli medlem",
body='''<div id="main"><h1>Bli medlem</h1>
<p>Som medlem stärker du jourens röst. Medlemsavgiften är 200 kronor per år och betalas till plusgiro 44 55 66-1.</p>
<p>Män kan bli stödmedlemmar men inte aktiva jourkvinnor.</p></div>''',
ex=[], gg=[], vg=[], cm=[], note="membership; plusgiro not a phone"))

A(dict(id="j11", site="siri", path="/english", title="Information in English", lang="en", sv_link=True,
over=dict(languages=["en", "sv", "ar", "so"]),
body='''<div id="main"><h1>Information in English</h1>
<p>Kvinnojouren Siri supports women and girls living in Västervik Municipality who are exposed to violence by a partner or a family member.</p>
<p>We can talk on the phone, meet you or help you find a safe place to stay. We do not accept calls from men.</p></div>''',
ex=["nara_relation"], gg=["kvinnor", "flickor"], vg=[], cm=["Västervik"], note="English page"))

A(dict(id="j12", site="siri", path="/soomaali", title="Macluumaad af-Soomaali", lang="so", sv_link=True,
over=dict(languages=["so", "sv", "en", "ar"]),
body='''<div id="main"><h1>Macluumaad af-Soomaali</h1>
<p>Kvinnojouren Siri waxay caawisaa haweenka la kulma xadgudub ama handadaad uga yimaada lammaanahooda ama qoyskooda.</p>
<p>Waad na soo wici kartaa adigoon magacaaga sheegin. Waxaan kuu raadin karnaa turjumaan.</p></div>''',
ex=["nara_relation"], gg=["kvinnor"], vg=[], cm=[], note="Somali page"))

# ---------------------------------------------------------------- Linnea (Terrafem-like, Next.js)
LIN_PH = "+4620747420"
LIN_24 = ["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"]
A(dict(id="j13", site="linnea", path="/", title="Linnea – stöd på ditt språk",
body='''<main class="home_main__p"><h1>Stöd på ditt språk, dygnet runt</h1>
<p>Linnea ger stöd till kvinnor som utsätts för våld i en nära relation eller för hedersrelaterat våld och förtryck. Våra stödkvinnor talar tillsammans över 40 språk, bland annat dari, kurdiska, tigrinja och thai.</p>
<p>Du behöver inte kunna svenska för att få hjälp. Vi finns för kvinnor i hela landet.</p>
<div class="home_cta__8"><p>Ring stödlinjen <a href="tel:+4620747420">020-74 74 20</a> – öppen dygnet runt, alla dagar. Samtalet syns inte på telefonräkningen.</p></div></main>''',
ex=["nara_relation", "heder"], gg=["kvinnor"], vg=["bristande_svenska"], ph=[LIN_PH], h24=True, oh=LIN_24, cm=[],
note="staff languages not counted; 'hela landet' not expanded"))

A(dict(id="j14", site="linnea", path="/ti", title="ሊኒያ – ብቋንቋኺ ሓገዝ", lang="ti", sv_link=True,
over=dict(languages=["ti", "sv", "en", "ar", "fa", "so", "tr", "ru"]),
body='''<main class="home_main__p"><h1>ሊኒያ – ብቋንቋኺ ሓገዝ</h1>
<p>ሊኒያ ንደቂ ኣንስቲ ኣብ ስድራ ወይ ካብ መጻምድቲ ዓመጽ ዘጋጥመን ብቋንቋኽን ደገፍ ትህብ።</p>
<p>ብ 020-74 74 20 ደውላ። መስመርና መዓልትን ለይትን ክፉት እዩ።</p></main>''',
ex=["nara_relation"], gg=["kvinnor"], vg=[], ph=[LIN_PH], h24=True, oh=LIN_24, cm=[], note="Tigrinya page"))

A(dict(id="j15", site="linnea", path="/ar", title="لينيا – الدعم بلغتك", lang="ar", dir="rtl", sv_link=True,
over=dict(languages=["ar", "sv", "en", "fa", "so", "ti", "tr", "ru"]),
body='''<main class="home_main__p" dir="rtl"><h1>لينيا – الدعم بلغتك</h1>
<p>نقدم الدعم للنساء اللواتي يتعرضن للعنف من الشريك أو من العائلة، وكذلك للعنف المرتبط بالشرف.</p>
<p>اتصلي بخط الدعم 020-74 74 20. الخط مفتوح على مدار الساعة طوال أيام الأسبوع.</p></main>''',
ex=["nara_relation", "heder"], gg=["kvinnor"], vg=[], ph=[LIN_PH], h24=True, oh=LIN_24, cm=[], note="Arabic page"))

A(dict(id="j16", site="linnea", path="/bli-stodkvinna", title="Bli stödkvinna",
body='''<main class="home_main__p"><h1>Bli stödkvinna</h1>
<p>Talar du svenska och ett annat språk, till exempel somaliska, dari eller tigrinja? Vi söker kvinnor som vill svara i stödlinjen några pass i månaden.</p>
<p>Du får utbildning och handledning. Skicka din intresseanmälan via formuläret.</p></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="volunteer; header phone only"))

A(dict(id="j17", site="linnea", path="/ge-en-gava", title="Ge en gåva",
body='''<main class="home_main__p"><h1>Ge en gåva</h1><p>Din gåva gör att någon kan få stöd på sitt eget språk mitt i natten.</p>
<p>Swish 123 900 47 74 · Bankgiro 900-4774</p></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="donation"))

A(dict(id="j18", site="linnea", path="/andra-som-kan-hjalpa", title="Andra som kan hjälpa",
body='''<main class="home_main__p"><h1>Andra som kan hjälpa</h1>
<ul><li><strong>Kvinnofridslinjen</strong> – 020-50 50 50, dygnet runt</li><li><strong>Brottsofferjouren</strong> – 116 006</li><li><strong>Polisen</strong>, när det inte är akut – 114 14</li><li>Vid akut fara: ring 112</li></ul></main>''',
ex=[], gg=[], vg=[], ph=["+4620505050", "+46116006", "+4611414"], h24=False, oh=[], cm=[], note="referral list"))

# ---------------------------------------------------------------- Brottsofferjouren Roslagen (WordPress Avada)
A(dict(id="j19", site="roslagen", path="/stodcentrum-unga/", title="Stödcentrum för unga brottsutsatta",
body='''<main id="main"><div class="fusion-text"><h1>Stödcentrum för unga brottsutsatta</h1>
<p>Har du blivit rånad, misshandlad, utsatt för sexuella övergrepp eller för våld av någon du är ihop med? Vi finns för unga mellan 12 och 20 år som bor i Norrtälje, Österåker och Vallentuna.</p>
<p>Du kan få stödsamtal, hjälp inför en rättegång och följa med en vuxen du litar på.</p>
<p>Ring 0176-20 88 40, måndag–torsdag 9–16.</p></div></main>''',
ex=["sexuellt_vald", "nara_relation"], gg=["barn_unga"], vg=[], ph=["+46176208840"], h24=False,
oh=["mon,tue,wed,thu 09:00-16:00"], cm=["Norrtälje", "Österåker", "Vallentuna"], note="Stödcentrum for young crime victims"))

A(dict(id="j20", site="roslagen", path="/fa-stod/", title="Få stöd",
body='''<main id="main"><div class="fusion-text"><h1>Få stöd</h1>
<p>Vi ger stöd till dig som har utsatts för brott, oavsett vem du är. Vi stöttar särskilt dig som är äldre och har blivit lurad eller illa behandlad av någon närstående.</p>
<p>Vi stöttar också dig som utsätts för våld i en nära relation.</p>
<p>Lokalkontoret: 0176-20 88 00, vardagar 9–12. Brottsofferjourens nationella stödlinje 116 006 har öppet även kvällar.</p></div></main>''',
ex=["nara_relation"], gg=["konsneutral"], vg=["aldre"], ph=["+46176208800", "+46116006"], h24=False,
oh=["mon,tue,wed,thu,fri 09:00-12:00"], cm=[], note="national line referred"))

A(dict(id="j21", site="roslagen", path="/om-oss/arsmote-2024/", title="Årsmöte 2024",
body='''<main id="main"><div class="fusion-text"><h1>Välkommen till årsmöte</h1>
<p>Medlemmar i Brottsofferjouren Roslagen kallas till årsmöte tisdagen den 16 april kl. 18.00 i föreningslokalen. Motioner ska vara styrelsen tillhanda senast 15 mars.</p>
<p>Frågor? Ring kansliet på 0176-20 88 00.</p></div></main>''',
ex=[], gg=[], vg=[], ph=["+46176208800"], h24=False, oh=[], cm=[], note="association news"))

# ---------------------------------------------------------------- Vändpunkten Kalmar (Webflow)
VP_CM = ["Kalmar", "Nybro", "Torsås", "Mörbylånga"]
A(dict(id="j22", site="vandpunkten", path="/utovar", title="Använder du våld?",
body='''<div class="section"><h1 class="heading">Använder du våld?</h1>
<p class="paragraph">Vi erbjuder behandling till dig som har använt våld mot någon du lever eller har levt med. Vi tar emot alla från 18 år, oavsett kön.</p>
<p class="paragraph">Vi tar emot personer från Kalmar, Nybro, Torsås och Mörbylånga.</p>
<p class="paragraph">Telefontid måndag och onsdag 13–14 på 0480-44 12 70.</p></div>''',
ex=["valdsutovare"], gg=["konsneutral"], vg=[], ph=["+46480441270"], h24=False, oh=["mon,wed 13:00-14:00"], cm=VP_CM,
note="ATV-like idéburen"))

A(dict(id="j23", site="vandpunkten", path="/utsatt", title="Är du utsatt?",
body='''<div class="section"><h1 class="heading">Är du utsatt?</h1>
<p class="paragraph">Kvinnor och män som har utsatts för våld av en partner kan få krissamtal och längre behandling hos oss. Barn som har upplevt våld hemma erbjuds stöd i grupp.</p>
<p class="paragraph">Du som bor i Kalmar län är välkommen att höra av dig.</p>
<p class="paragraph">Ring 0480-44 12 70, måndag och onsdag 13–14.</p></div>''',
ex=["nara_relation", "barn_som_upplever_vald"], gg=["kvinnor", "man", "barn_unga"], vg=[], ph=["+46480441270"], h24=False,
oh=["mon,wed 13:00-14:00"], cm=[], note="'Kalmar län' not expanded"))

A(dict(id="j24", site="vandpunkten", path="/tankar", title="Oroande tankar",
body='''<div class="section"><h1 class="heading">Har du sexuella tankar om barn?</h1>
<p class="paragraph">Du som oroar dig för dina sexuella tankar eller fantasier om barn kan få samtal hos oss innan något händer. Vi dömer inte.</p>
<p class="paragraph">Ring 0480-44 12 70. Vill du vara helt anonym kan du också ringa PrevenTell på 020-66 77 88.</p></div>''',
ex=["sexualbrott_risk"], gg=["konsneutral"], vg=[], ph=["+46480441270", "+4620667788"], h24=False, oh=[], cm=[],
note="own service for risk of sexual offences"))

A(dict(id="j25", site="vandpunkten", path="/in-english", title="About Vändpunkten", lang="en", sv_link=True,
over=dict(languages=["en", "sv"]),
body='''<div class="section"><h1 class="heading">About Vändpunkten</h1>
<p class="paragraph">Vändpunkten offers treatment to people who have used violence in a relationship, regardless of gender. We work with people living in Kalmar, Nybro, Torsås and Mörbylånga.</p>
<p class="paragraph">Phone +46 (0)480-44 12 70. Phone hours: Monday and Wednesday 1–2 pm.</p></div>''',
ex=["valdsutovare"], gg=["konsneutral"], vg=[], ph=["+46480441270"], h24=False, oh=["mon,wed 13:00-14:00"], cm=VP_CM,
note="English, (0) dropped, 1-2 pm"))

# ---------------------------------------------------------------- Kvinnojouren Ängla (Ängelholm, 1990s tables)
A(dict(id="j26", site="angla", path="/index.html", title="Kvinnojouren Ängla",
body='''<p><font size="4"><b>Välkommen!</b></font></p>
<p>Kvinnojouren i Ängelholm stöttar kvinnor som utsätts eller har utsatts för våld av en man de har eller har haft en relation med. Vi har texttelefon för dig som är döv eller har hörselnedsättning.</p>
<p><b>Jourtelefon:</b> 0431-41 06 50<br><b>Texttelefon:</b> 0431-41 06 51<br>Jourtelefonen är öppen alla dagar 08–22. Den är inte bemannad dygnet runt – ring Kvinnofridslinjen 020-50 50 50 på natten.</p>
<p>Män hänvisas till Mansjouren.</p>''',
ex=["nara_relation"], gg=["kvinnor"], vg=["funktionsnedsattning"], ph=["+46431410650", "+46431410651", "+4620505050"], h24=False,
oh=["mon,tue,wed,thu,fri,sat,sun 08:00-22:00"], cm=[], note="'inte bemannad dygnet runt'; 'en man' is perpetrator"))

A(dict(id="j27", site="angla", path="/jourtider.html", title="Öppet hus",
body='''<p><font size="4"><b>Öppet hus</b></font></p><p>Kvinnor som har varit utsatta för våld är välkomna till vårt öppna hus för att fika och prata. Ingen anmälan behövs.</p>
<table border="1" cellpadding="4"><tr><td>Tisdag</td><td>13.00–16.00</td></tr><tr><td>Torsdag</td><td>17.00–19.00</td></tr><tr><td>Övriga dagar</td><td>Stängt</td></tr></table>''',
ex=["nara_relation"], gg=["kvinnor"], vg=[], ph=[], h24=False, oh=["tue 13:00-16:00", "thu 17:00-19:00"], cm=[], note="table with Stängt row"))

A(dict(id="j28", site="angla", path="/skank.html", title="Skänk en gåva",
body='''<p><font size="4"><b>Skänk en gåva</b></font></p><p>Vi tar tacksamt emot gåvor till kvinnor och barn i boendet: hygienartiklar, leksaker och presentkort. Pengar kan sättas in på plusgiro 48 20 11-3.</p>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="donation"))

A(dict(id="j29", site="angla", path="/lankar.html", title="Länkar",
body='''<p><font size="4"><b>Länkar</b></font></p><ul><li><a href="http://www.roks.se">Roks</a></li><li><a href="http://www.kvinnofridslinjen.se">Kvinnofridslinjen</a></li><li><a href="http://www.mansjouren.se">Mansjouren</a></li><li><a href="http://www.polisen.se">Polisen</a></li></ul>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="links page"))
