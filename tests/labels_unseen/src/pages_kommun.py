# Page specs, kommun. ex/gg/vg = target groups, ph = phones (E.164), h24 = own 24/7 line,
# oh = opening hours, cm = catchment, over = overrides of site-wide labels.
P = []
A = P.append

# ---------------------------------------------------------------- Kiruna (Sitevision)
A(dict(id="k01", site="kiruna", path="/omsorg-och-stod/vald-i-nara-relationer", title="Våld i nära relationer",
body='''<h1>Våld i nära relationer</h1>
<p class="lead">Blir du slagen, hotad, kontrollerad eller kränkt av någon du lever med eller har levt med? Socialtjänsten kan ge dig stöd, oavsett kön och oavsett om du vill lämna relationen eller inte.</p>
<h2>Det här kan vi hjälpa till med</h2>
<ul><li>Stödsamtal enskilt, på plats i stadshuset eller per telefon</li><li>Hjälp att hitta ett skyddat boende om du inte kan bo kvar hemma</li><li>Kontakt med polis, hälsocentral och Försäkringskassan</li><li>Råd om ekonomi, bostad och vårdnad om barn</li></ul>
<p>Stödet gäller alla som bor eller vistas i Kiruna kommun. Du som lever med hedersrelaterat våld och förtryck, till exempel kontroll av vem du får träffa eller hot om giftermål, kan också vända dig till oss.</p>
<p>Du som inte talar svenska har rätt till tolk. Tolken har tystnadsplikt.</p>
<h2>Barn som har sett eller hört våld</h2>
<p>Barn som har upplevt våld hemma kan få egna stödsamtal med en familjebehandlare. Samtalen anpassas efter barnets ålder.</p>
<div class="sv-contact-portlet"><h2>Kontakt</h2><p>Mottagningen, individ- och familjeomsorgen<br>Telefon: 0980-170 60</p>
<p>Telefontid måndag–fredag 08.00–12.00 och 13.00–16.00</p><p>Vid akut fara, ring 112. Kvällar och helger kan du även ringa Kvinnofridslinjen på 020-50 50 50, som har öppet dygnet runt.</p></div>''',
ex=["nara_relation", "heder", "barn_som_upplever_vald"], gg=["konsneutral", "barn_unga"], vg=["bristande_svenska"],
ph=["+4698017060", "+4620505050"], h24=False, oh=["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:00"], cm=["Kiruna"],
note="kommun page; Kvinnofridslinjen referred (not own 24h); lunch split"))

A(dict(id="k02", site="kiruna", path="/omsorg-och-stod/vald-i-nara-relationer/vill-du-sluta-anvanda-vald", title="Vill du sluta använda våld?",
body='''<h1>Vill du sluta använda våld?</h1>
<p>Har du slagit, hotat eller på andra sätt skadat någon i din familj? Det går att förändra. Vi erbjuder samtal till dig som utövar våld mot en partner, ett barn eller någon annan närstående och som vill hitta andra sätt att hantera ilska och konflikter.</p>
<p>Samtalen är frivilliga. Om det finns barn i familjen gör vi alltid en bedömning av deras situation.</p>
<h2>Så kontaktar du oss</h2><p>Ring 0980-170 65. Vi svarar tisdagar och torsdagar klockan 9–11. Du kan vara anonym i det första samtalet.</p>''',
ex=["valdsutovare"], gg=["konsneutral"], vg=[], ph=["+4698017065"], h24=False, oh=["tue,thu 09:00-11:00"], cm=[],
note="perpetrator service; 'ett barn' named as harmed, not as target"))

A(dict(id="k03", site="kiruna", path="/uppleva-och-gora/skoter/skoterleder", title="Skoterleder",
body='''<h1>Skoterleder</h1><p>Kommunen sköter ett nät av allmänna skoterleder runt staden och bort mot fjällen. Lederna är skyltade och öppnar när snödjupet räcker, oftast i början av december.</p>
<p>Ta hänsyn till renskötseln och håll dig på leden inom skoterförbudsområdena. Aktuella ledkartor finns i appen Snöskoterleder.</p>
<h2>Frågor om lederna</h2><p>Fritidsenheten nås via kommunens kontaktcenter, 0980-170 00, vardagar 8–16.</p>''',
ex=[], gg=[], vg=[], ph=["+4698017000"], h24=False, oh=[], cm=[],
note="off-topic with full chrome; phone included, hours of non-matrix service excluded"))

A(dict(id="k04", site="kiruna", path="/suomeksi/vakivalta-lahisuhteissa", title="Väkivalta lähisuhteissa", lang="fi", sv_link=True,
over=dict(languages=["fi", "sv", "se", "en"]),
body='''<h1>Väkivalta lähisuhteissa</h1>
<p>Jos kumppanisi, entinen kumppanisi tai joku muu läheisesi lyö, uhkaa tai kontrolloi sinua, voit saada apua sosiaalipalveluista. Apu on tarkoitettu kaikille Kiirunan kunnassa asuville sukupuolesta riippumatta.</p>
<p>Voit saada keskusteluapua, apua suojattuun asumiseen ja neuvoja yhteydenpitoon poliisin kanssa.</p>
<h2>Ota yhteyttä</h2><p>Puhelin 0980-170 60. Puhelinaika ma–pe klo 8–12 ja 13–16.</p><p>Hätätilanteessa soita 112.</p>''',
ex=["nara_relation"], gg=["konsneutral"], vg=[], ph=["+4698017060"], h24=False,
oh=["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:00"], cm=["Kiruna"],
note="Finnish page; Meänkieli link has no ISO 639-1 code; Finnish hours"))

A(dict(id="k05", site="kiruna", path="/omsorg-och-stod/vald-i-nara-relationer/vad-ar-vald", title="Vad är våld?",
body='''<h1>Vad är våld?</h1><p>Våld är mer än slag. Det kan vara att någon begränsar vem du får träffa, tar dina pengar, hotar att ta barnen eller tvingar dig till sex. Det vanligaste är att kvinnor utsätts av män de har en relation med, men våld förekommer i alla slags relationer.</p>
<ul><li><strong>Fysiskt våld</strong> – knuffar, slag, strypgrepp</li><li><strong>Psykiskt våld</strong> – hot, förlöjligande, isolering</li><li><strong>Sexuellt våld</strong> – att tvingas till sexuella handlingar</li><li><strong>Ekonomiskt våld</strong> – att bli nekad pengar eller tvingad att ta lån</li><li><strong>Digitalt våld</strong> – att bli övervakad via mobilen</li></ul>
<p>Läs mer om vilket stöd som finns på sidan <a href="/omsorg-och-stod/vald-i-nara-relationer">Våld i nära relationer</a>.</p>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="general 'vad är våld' page"))

A(dict(id="k06", site="kiruna", ext="txt", path="/omsorg-och-stod/familjebehandling", title="Familjebehandling",
over=dict(languages=["sv"], easy_read=False, text_to_speech=False),
body='''Familjebehandling

Familjebehandlarna i Kiruna ger stöd till familjer med barn 0–20 år som har det svårt tillsammans. Det kan handla om konflikter, en separation eller oro för hur ett barn mår.

Har det förekommit våld i familjen erbjuder vi samtal till barn och ungdomar som har upplevt våldet, och till föräldern som är utsatt. Vi arbetar också med föräldrar som har använt våld och vill ändra sitt beteende.

Du ansöker genom Mottagningen, telefon 0980-170 60. Det kostar ingenting.''',
ex=["barn_som_upplever_vald", "nara_relation", "valdsutovare"], gg=["barn_unga", "konsneutral"], vg=[],
ph=["+4698017060"], h24=False, oh=[], cm=[], note="plain text export; three exposures"))

# ---------------------------------------------------------------- Växjö (Optimizely)
EXIT_VX = '<a class="c-escape" href="https://www.google.se/" rel="noreferrer" onclick="location.replace(this.href);return false;">Lämna sidan snabbt</a>'
A(dict(id="k07", site="vaxjo", path="/omsorg--stod/stod-vid-vald", title="Stöd vid våld",
over=dict(quick_exit=True, hide_visit_advice=True),
body=EXIT_VX + '''<h1>Stöd vid våld</h1>
<p class="preamble">Växjö kommuns socialtjänst ger råd och stöd till kvinnor, män och hbtqi-personer som utsätts för våld eller hot av en partner eller någon annan i familjen.</p>
<p>Vi har också kunskap om hedersrelaterat våld och förtryck. Är du äldre eller har en funktionsnedsättning och blir illa behandlad av någon som hjälper dig i vardagen kan du också få stöd hos oss.</p>
<h2>Tänk på din säkerhet på nätet</h2><p>Om någon kontrollerar din dator eller mobil: surfa i privat läge (inkognito) och rensa webbläsarens historik efter besöket.</p>
<div class="contact-card"><h3>Enheten för våld i nära relation</h3><p>Telefon <a href="tel:+4647043590">0470-435 90</a></p><p>Vardagar 8.00–16.30, lunch 12.00–13.00</p></div>''',
ex=["nara_relation", "heder"], gg=["kvinnor", "man", "hbtq"], vg=["aldre", "funktionsnedsattning"],
ph=["+4647043590"], h24=False, oh=["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:30"], cm=[],
note="quick exit and hide advice only on violence pages; 'Växjö kommuns socialtjänst' is a name, not coverage"))

A(dict(id="k08", site="vaxjo", path="/omsorg--stod/stod-vid-vald/barn-som-upplever-vald", title="Barn som upplever våld",
over=dict(quick_exit=True),
body=EXIT_VX + '''<h1>Barn som upplever våld</h1>
<p class="preamble">Har ditt barn sett, hört eller förstått att en förälder blir slagen eller hotad? Barnet kan få stöd att sätta ord på det som har hänt.</p>
<p>Vi erbjuder enskilda samtal enligt Trappan-modellen till barn och ungdomar 4–18 år som har upplevt våld i familjen. Samtalen sker i en lugn miljö och en förälder är med i början.</p>
<div class="contact-card"><h3>Barn- och ungdomsteamet</h3><p>Telefon 0470-435 95</p></div>''',
ex=["barn_som_upplever_vald"], gg=["barn_unga"], vg=[], ph=["+4647043595"], h24=False, oh=[], cm=[], note="children's service"))

A(dict(id="k09", site="vaxjo", path="/omsorg--stod/stod-vid-vald/sex-mot-ersattning", title="Sex mot ersättning",
over=dict(quick_exit=True),
body=EXIT_VX + '''<h1>Sex mot ersättning</h1>
<p class="preamble">Säljer du sex, eller har du gjort det? Du kan få prata med någon som inte dömer dig, oavsett kön.</p>
<p>Vi ger stödsamtal, hjälp med kontakter med vården och stöd om du vill sluta. Du kan vara anonym. Det gäller också dig som tar emot pengar, droger, presenter eller en plats att sova i utbyte mot sex.</p>
<h2>Drop-in</h2><p>Onsdagar 13–15 finns vi på Mottagningen, ingen tidsbokning. Telefon 0470-435 97.</p>''',
ex=["prostitution_manniskohandel"], gg=["konsneutral"], vg=[], ph=["+4647043597"], h24=False, oh=["wed 13:00-15:00"], cm=[], note="sex mot ersättning, drop-in hours"))

A(dict(id="k10", site="vaxjo", path="/bo--bygga/bygglov", title="Bygglov",
body='''<h1>Bygglov</h1><p class="preamble">Ska du bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov.</p>
<p>Ansökan görs i e-tjänsten. Handläggningstiden är normalt tio veckor från det att ansökan är komplett.</p>
<div class="contact-card"><h3>Bygglovsenheten</h3><p>Telefon 0470-436 10</p><p>Telefontid måndag–torsdag 9–11</p></div>''',
ex=[], gg=[], vg=[], ph=["+4647043610"], h24=False, oh=[], cm=[], note="off-topic; no quick exit on non-violence pages"))

A(dict(id="k11", site="vaxjo", path="/omsorg--stod/for-yrkesverksamma/oro-for-barn", title="Anmäl oro för ett barn – för yrkesverksamma",
body='''<h1>Anmäl oro för ett barn</h1><p class="preamble">Du som arbetar inom skola, förskola, vård och polis är skyldig att anmäla till socialnämnden om du misstänker att ett barn far illa.</p>
<p>Det gäller även när barnet bevittnar våld mellan vuxna i hemmet. Gör anmälan skriftligt via e-tjänsten. Vid akuta ärenden, ring mottagningsgruppen på 0470-435 80.</p>
<p>Tänk på att beställa tolk om vårdnadshavarna inte talar svenska.</p>''',
ex=[], gg=[], vg=[], ph=["+4647043580"], h24=False, oh=[], cm=[], note="page for professionals; tolk advice for staff does not count"))

A(dict(id="k12", site="vaxjo", path="/en/support-violence", title="Support if you are subjected to violence", lang="en",
over=dict(languages=["en", "sv"], quick_exit=True),
body=EXIT_VX + '''<p><a href="/omsorg--stod/stod-vid-vald" hreflang="sv" lang="sv">På svenska</a></p>
<h1>Support if you are subjected to violence</h1>
<p class="preamble">Are you being hurt, threatened or controlled by a partner or a family member? The social services in Växjö can help you, whatever your gender.</p>
<p>We can offer counselling, help with safe housing and support in contacts with the police. We also help people living with honour-related violence and oppression. An interpreter is available free of charge.</p>
<div class="contact-card"><h3>Contact</h3><p>Phone +46 470 435 90</p><p>Monday–Friday 8 am–4.30 pm, closed for lunch 12–1 pm</p></div>''',
ex=["nara_relation", "heder"], gg=["konsneutral"], vg=[], ph=["+4647043590"], h24=False,
oh=["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:30"], cm=[],
note="English page with link back to Swedish; interpreter sentence is service info, not a named group"))

A(dict(id="k13", site="vaxjo", ext="txt", path="/omsorg--stod/stod-vid-vald/hedersrelaterat-vald", title="Hedersrelaterat våld och förtryck",
over=dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False, text_to_speech=False),
body='''Hedersrelaterat våld och förtryck

Får du inte välja vem du ska vara tillsammans med? Är du rädd att bli bortgift eller tagen till ett annat land? Du som är ung och lever med kontroll av det här slaget kan få stöd och skydd av socialtjänsten.

Vi träffar tjejer, killar och ickebinära upp till 25 år. Du behöver inte kunna svenska – vi bokar tolk som inte känner din familj.

Ring 0470-435 90 vardagar 8.00–16.30. Efter kontorstid når du Socialjouren via 112 eller polisen på 114 14.''',
ex=["heder"], gg=["flickor", "pojkar", "hbtq"], vg=["bristande_svenska"], ph=["+4647043590", "+4611414"], h24=False,
oh=["mon,tue,wed,thu,fri 08:00-16:30"], cm=[], note="txt; genders named so no barn_unga; 112 not a phone"))

# ---------------------------------------------------------------- Sundbyberg (Next.js)
A(dict(id="k14", site="sundbyberg", path="/omsorg-och-hjalp/vald-i-nara-relationer", title="Våld i nära relationer",
body='''<main class="Page_main__1xQ"><article><h1 class="Heading_h1__Wd">Våld i nära relationer</h1>
<p class="Ingress_ingress__Lk">Relationsvåldsteamet vänder sig till vuxna som bor i Sundbyberg och som utsätts för våld eller hot av någon närstående.</p>
<div class="RichText_rt__u8"><p>Vi lyssnar, gör en plan för din säkerhet och kan hjälpa dig med skyddat boende. Vi samarbetar med kvinnojourer och med polisen.</p>
<p>Ring oss måndag till fredag klockan 9 till 15 på 08-465 004 10.</p>
<p>Efter kontorstid kan du kontakta Socialjouren Nordväst, 08-465 004 19.</p></div></article></main>''',
ex=["nara_relation"], gg=["konsneutral"], vg=[], ph=["+46846500410", "+46846500419"], h24=False,
oh=["mon,tue,wed,thu,fri 09:00-15:00"], cm=["Sundbyberg"], note="socialjour hours not given"))

A(dict(id="k15", site="sundbyberg", path="/omsorg-och-hjalp/vald-i-nara-relationer/heder", title="Hedersrelaterat våld",
body='''<main class="Page_main__1xQ"><article><h1 class="Heading_h1__Wd">Lever du med hedersnormer?</h1>
<p class="Ingress_ingress__Lk">Bestämmer din familj vem du får vara med, vad du får ha på dig eller vilken utbildning du ska välja? Du har rätt att bestämma över ditt eget liv.</p>
<div class="RichText_rt__u8"><p>Vi ger stöd till tjejer, killar och ickebinära mellan 13 och 25 år som lever med hedersrelaterat våld och förtryck. Du behöver inte kunna svenska – vi använder tolk.</p>
<p>Ring 08-465 004 12 eller sms:a 070-174 06 12. Vi svarar på sms vardagar 10–16.</p></div></article></main>''',
ex=["heder"], gg=["flickor", "pojkar", "hbtq"], vg=["bristande_svenska"], ph=["+46846500412", "+46701740612"], h24=False,
oh=["mon,tue,wed,thu,fri 10:00-16:00"], cm=[], note="youth heder; genders only"))

A(dict(id="k16", site="sundbyberg", path="/omsorg-och-hjalp/vald-i-nara-relationer/sluta-anvanda-vald", title="Stöd för att sluta använda våld",
body='''<main class="Page_main__1xQ"><article><h1 class="Heading_h1__Wd">Stöd för att sluta använda våld</h1>
<p class="Ingress_ingress__Lk">Vi träffar män och kvinnor som har använt våld mot en partner och som vill förändra sitt beteende.</p>
<div class="RichText_rt__u8"><p>Behandlingen bygger på samtal en gång i veckan under ungefär ett halvår. Ring 08-465 004 15 för att boka ett första möte.</p>
<h2>Har du sexuella tankar om barn?</h2><p>Då kan du få anonym hjälp av PrevenTell, den nationella hjälplinjen, på 020-66 77 88.</p></div></article></main>''',
ex=["valdsutovare"], gg=["man", "kvinnor"], vg=[], ph=["+46846500415", "+4620667788"], h24=False, oh=[], cm=[],
note="PrevenTell referral: phone yes, sexualbrott_risk no"))

A(dict(id="k17", site="sundbyberg", path="/languages/arabic/violence", title="العنف في العلاقات القريبة", lang="ar", dir="rtl", sv_link=True,
over=dict(languages=["ar", "sv", "en", "so", "fi"]),
body='''<main class="Page_main__1xQ" dir="rtl"><article><h1>العنف في العلاقات القريبة</h1>
<p>هل يضربك أو يهددك أو يتحكم بك شريكك أو أحد أفراد عائلتك؟ يمكن للنساء والرجال الذين يسكنون في سوندبيبري الحصول على الدعم من الخدمات الاجتماعية.</p>
<p>نقدم محادثات داعمة ومساعدة في السكن المحمي. يمكنك الحصول على مترجم مجاناً.</p>
<p>اتصل بنا من الاثنين إلى الجمعة من الساعة 9 إلى 15 على الرقم 08-465 004 10.</p></article></main>''',
ex=["nara_relation"], gg=["kvinnor", "man"], vg=[], ph=["+46846500410"], h24=False,
oh=["mon,tue,wed,thu,fri 09:00-15:00"], cm=["Sundbyberg"], note="Arabic page"))

A(dict(id="k18", site="sundbyberg", path="/bygga-bo-och-miljo/avfall/hamtning", title="Sophämtning",
body='''<main class="Page_main__1xQ"><article><h1 class="Heading_h1__Wd">Sophämtning</h1>
<p class="Ingress_ingress__Lk">Här ser du när ditt kärl töms och hur du byter abonnemang.</p>
<div class="RichText_rt__u8"><p>Matavfall hämtas varje vecka och restavfall varannan vecka. Har ditt kärl inte tömts? Ring Kontaktcenter på 08-465 004 00, vardagar 8–16.</p></div></article></main>''',
ex=[], gg=[], vg=[], ph=["+46846500400"], h24=False, oh=[], cm=[], note="off-topic; kontaktcenter number in main content"))

# ---------------------------------------------------------------- Kvinnofrid Sydnärke (kommungemensam, WordPress)
SN = ["Askersund", "Hallsberg", "Kumla", "Laxå", "Lekeberg"]
A(dict(id="k19", site="sydnarke", path="/", title="Kvinnofrid Sydnärke – stöd vid våld",
body='''<main class="c-main"><h1>Du är inte ensam</h1>
<p>Kvinnofrid Sydnärke ger stöd till kvinnor, män och hbtqi-personer som utsätts för våld av en partner eller en familjemedlem. Vi träffar också barn som har upplevt våld hemma.</p>
<p>Samtalen är gratis och du bestämmer själv vad du vill prata om.</p>
<div class="c-card c-card--contact"><h2>Ring oss</h2><p>019-58 77 30</p><p>Mån–tors 8–16, fre 8–14</p></div></main>''',
ex=["nara_relation", "barn_som_upplever_vald"], gg=["kvinnor", "man", "hbtq", "barn_unga"], vg=[], ph=["+4619587730"], h24=False,
oh=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-14:00"], cm=SN, note="strapline names the five municipalities"))

A(dict(id="k20", site="sydnarke", path="/dolj-ditt-besok/", title="Dölj ditt besök",
body='''<main class="c-main"><h1>Dölj ditt besök</h1>
<p>Om du är rädd att någon ska se att du har besökt den här sidan kan du göra så här:</p>
<ol><li>Öppna ett privat fönster (inkognitoläge) innan du söker information.</li><li>Rensa historiken i webbläsaren: tryck Ctrl+Shift+Delete och välj tidsperiod.</li><li>Ta bort sidan från listan över senast besökta i mobilen.</li></ol>
<p>Knappen <em>Lämna sidan</em> uppe till vänster tar dig direkt till SMHI:s väder.</p></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=SN, note="hide-visit advice page; strapline catchment"))

A(dict(id="k21", site="sydnarke", path="/for-dig-som-utovar-vald/", title="För dig som utövar våld",
body='''<main class="c-main"><h1>Vill du förändra?</h1>
<p>Du som är över 18 år och har använt våld mot någon du har en relation med kan få behandling hos oss. Vi arbetar i grupp och enskilt.</p>
<p>Ring 019-58 77 35 på onsdagar mellan 15 och 18 så berättar vi mer.</p></main>''',
ex=["valdsutovare"], gg=["konsneutral"], vg=[], ph=["+4619587735"], h24=False, oh=["wed 15:00-18:00"], cm=SN, note="perpetrators"))

A(dict(id="k22", site="sydnarke", path="/yrkesverksam/", title="För dig som är yrkesverksam",
body='''<main class="c-main"><h1>För dig som är yrkesverksam</h1>
<p>Arbetar du i skola, hemtjänst eller primärvård och möter någon som du tror är utsatt för våld? Vi erbjuder konsultation och utbildning för personal i de fem kommunerna.</p>
<p>Ring 019-58 77 30 och be att få prata med en samordnare.</p></main>''',
ex=[], gg=[], vg=[], ph=["+4619587730"], h24=False, oh=[], cm=SN, note="page for professionals"))

A(dict(id="k23", site="sydnarke", path="/2024/03/ny-samtalsgrupp/", title="Ny samtalsgrupp för kvinnor",
body='''<main class="c-main"><article class="c-article"><p class="c-article__date">12 mars 2024</p><h1>Ny samtalsgrupp för kvinnor</h1>
<p>I april startar en samtalsgrupp för kvinnor som har levt i en relation med våld. Gruppen träffas torsdagar kl 17.30–19.00 under tio veckor, i Kumla.</p>
<p>Anmäl dig på 019-58 77 30.</p></article></main>''',
ex=["nara_relation"], gg=["kvinnor"], vg=[], ph=["+4619587730"], h24=False, oh=["thu 17:30-19:00"], cm=SN,
note="news item describing own group; 'i Kumla' is a location but strapline gives catchment"))

# ---------------------------------------------------------------- Hässleholm (table HTML)
A(dict(id="k24", site="hassleholm", path="/omsorg/familjefrid", title="Familjefrid",
body='''<h1>Familjefridsenheten</h1>
<p>Familjefridsenheten i Hässleholm tar emot kvinnor som har utsatts för våld eller hot av en närstående. Vi erbjuder stödsamtal, hjälp med skyddat boende och stöd vid polisanmälan. Du är välkommen även om du har ett missbruk.</p>
<p>Män som är utsatta hänvisas till Mansmottagningen i Kristianstad, tel 044-13 55 20.</p>
<table border="1" cellpadding="3"><tr><th>Telefon</th><td>0451-26 76 40</td></tr><tr><th>Telefontid</th><td>Mån, ons och fre 8.30–11.30</td></tr></table>''',
ex=["nara_relation"], gg=["kvinnor"], vg=["missbruk"], ph=["+46451267640", "+4644135520"], h24=False,
oh=["mon,wed,fri 08:30-11:30"], cm=[], note="men referred elsewhere; name with place is not coverage"))

A(dict(id="k25", site="hassleholm", path="/omsorg/ekonomiskt-bistand", title="Ekonomiskt bistånd",
body='''<h1>Ekonomiskt bistånd</h1><p>Kan du inte försörja dig kan du ansöka om ekonomiskt bistånd. Vi prövar din rätt utifrån hushållets samlade inkomster.</p>
<p>Telefontid för nya ansökningar: vardagar 9.00–10.30 på 0451-26 76 20.</p>
<p><b>Är du utsatt för våld?</b> Kontakta Familjefridsenheten, 0451-26 76 40.</p>''',
ex=[], gg=[], vg=[], ph=["+46451267620", "+46451267640"], h24=False, oh=[], cm=[], note="off-topic with referral"))
