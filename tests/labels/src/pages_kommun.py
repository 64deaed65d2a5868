"""Municipal pages (kind "kommun"), including a joint municipal service's own site."""

W5 = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"
HOGLANDET = ["Aneby", "Eksjö", "Nässjö", "Sävsjö", "Vetlanda"]

T_OMSORG = [("Startsida", "/"), ("Omsorg och stöd", "/omsorg-och-stod.html"),
            ("Stöd till vuxna", "/omsorg-och-stod/stod-till-vuxna.html")]

PAGES = [
# ------------------------------------------------------------------ Tranås (Sitevision, Lättläst, Lyssna)
dict(name="k01-tranas-vald-i-nara-relationer", site="k_tranas",
     url="https://www.tranas.se/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer.html",
     title="Våld i nära relationer", crumbs=T_OMSORG + [("Våld i nära relationer", "#")],
     main="""
<p class="ingress">Ingen ska behöva leva med våld eller hot. Socialtjänsten i Tranås kan ge dig stöd, råd och skydd om någon som står dig nära gör dig illa.</p>
<h2>Vem kan få stöd?</h2>
<p>Vi ger stöd till kvinnor, män och hbtq-personer som blir utsatta för våld av en partner, en tidigare partner eller någon annan i familjen. Barn som lever i en familj där det förekommer våld har rätt till eget stöd – även om de inte själva har blivit slagna.</p>
<h2>Det här kan vi hjälpa till med</h2>
<ul>
<li>Stödsamtal, enskilt eller tillsammans med dina barn</li>
<li>Hjälp att hitta ett tillfälligt boende om du inte kan bo kvar hemma</li>
<li>Råd inför en polisanmälan och stöd i kontakten med andra myndigheter</li>
<li>Ekonomiskt bistånd om du behöver det för att kunna lämna relationen</li>
</ul>
<p>Stödet gäller alla som bor eller vistas i Tranås kommun. Du kan vara anonym när du ringer för att få råd. Vi som arbetar inom socialtjänsten har tystnadsplikt.</p>
<div class="sv-contact-portlet">
<h2>Kontakta oss</h2>
<p><strong>Mottagningen, vuxenenheten</strong><br>Telefon: 0140-682 40<br>Telefontid: måndag–fredag 8.00–12.00 och 13.00–16.30</p>
<p>Efter kontorstid når du socialjouren via kommunens växel eller genom att ringa 112.</p>
</div>
<h2>Andra som kan hjälpa dig</h2>
<p><strong>Kvinnofridslinjen</strong> – nationell stödtelefon, öppen dygnet runt: 020-50 50 50</p>
<p>Vid akut fara, ring alltid 112.</p>
""",
     aside="""<aside class="related-pages"><h2>Relaterade sidor</h2><ul><li><a href="/omsorg-och-stod/stod-till-vuxna/hedersrelaterat-vald.html">Hedersrelaterat våld och förtryck</a></li><li><a href="/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer/lattlast.html">Våld i nära relationer – lättläst</a></li><li><a href="/omsorg-och-stod/stod-till-vuxna/sluta-anvanda-vald.html">Vill du sluta använda våld?</a></li></ul></aside>""",
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "man", "hbtq", "barn_unga"],
     ph=["0140-682 40", "020-50 50 50"], ca=["Tranås"], oh=[f"{W5} 08:00-12:00", f"{W5} 13:00-16:30"],
     note="main service page; explicit 'bor eller vistas i Tranås kommun' -> catchment; Kvinnofridslinjen dygnet runt is a referral -> hotline_24h false; footer switchboard excluded"),

dict(name="k02-tranas-hedersrelaterat-vald", site="k_tranas",
     url="https://www.tranas.se/omsorg-och-stod/stod-till-vuxna/hedersrelaterat-vald.html",
     title="Hedersrelaterat våld och förtryck", crumbs=T_OMSORG + [("Hedersrelaterat våld och förtryck", "#")],
     main="""
<p class="ingress">Får du inte själv välja vem du ska gifta dig med, vilka vänner du har eller hur du klär dig? Blir du kontrollerad eller hotad av din familj eller släkt för att de tycker att du skadar familjens rykte? Då kan du vara utsatt för hedersrelaterat våld och förtryck.</p>
<p>Hedersrelaterat våld och förtryck drabbar flickor och pojkar, kvinnor och män. Det drabbar också många hbtq-personer, till exempel om familjen inte accepterar din sexuella läggning.</p>
<h2>Socialtjänsten kan hjälpa dig</h2>
<p>Våra socialsekreterare har särskild kunskap om hedersrelaterat våld. Vi lyssnar på dig, gör en bedömning av din säkerhet och planerar tillsammans med dig vad som ska hända. Du kan få skyddat boende, stödsamtal och hjälp med kontakter med polis och skola.</p>
<p>Om du inte talar svenska har du rätt till tolk. Tolken har tystnadsplikt och du kan be om en tolk som inte kommer från din ort.</p>
<h3>Så når du oss</h3>
<p>Ring mottagningen på telefon 0140-682 40 (vardagar 8–12 och 13–16.30) och säg att du vill prata med någon om hedersrelaterat våld. Du som går i skolan kan också prata med skolkuratorn, som hjälper dig vidare.</p>
<p>Är det akut? Ring 112.</p>
""",
     ex=["heder"], g=["flickor", "pojkar", "kvinnor", "man", "hbtq"], v=["bristande_svenska"],
     ph=["0140-682 40"], oh=[f"{W5} 08:00-12:00", f"{W5} 13:00-16:30"],
     note="tolk sentence addressed to those who do not speak Swedish -> bristande_svenska"),

dict(name="k03-tranas-bygglov", site="k_tranas",
     url="https://www.tranas.se/bygga-bo-och-miljo/bygglov.html",
     title="Bygglov", crumbs=[("Startsida", "/"), ("Bygga, bo och miljö", "/bygga-bo-och-miljo.html"), ("Bygglov", "#")],
     main="""
<p class="ingress">Du behöver oftast bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. Här får du veta hur du ansöker.</p>
<h2>Innan du ansöker</h2>
<p>Kontrollera om det finns en detaljplan för din fastighet. Detaljplanen talar om vad du får bygga och hur stort. Vissa åtgärder, till exempel attefallshus, kräver bara en anmälan.</p>
<h2>Så ansöker du</h2>
<ol><li>Fyll i ansökan i e-tjänsten.</li><li>Bifoga ritningar och situationsplan.</li><li>Betala avgiften när du fått beslut.</li></ol>
<h2>Frågor om bygglov?</h2>
<p>Bygglovshandläggarna har telefontid tisdag–torsdag kl. 9.00–11.00 på 0140-681 50. Du kan också boka ett möte.</p>
<p>Handläggningstiden är högst tio veckor från att ansökan är komplett.</p>
""",
     ph=['0140-681 50'],
     note="off-topic municipal page: header Lättläst/Lyssna and cookie 'Stäng' still present; the bygglov number is published in main content (counted) but its hours are not a support service's -> opening_hours []"),

dict(name="k04-tranas-vad-ar-vald", site="k_tranas",
     url="https://www.tranas.se/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer/vad-ar-vald.html",
     title="Vad är våld?", crumbs=T_OMSORG + [("Våld i nära relationer", "/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer.html"), ("Vad är våld?", "#")],
     main="""
<p class="ingress">Våld är mer än slag och sparkar. Det kan vara allt som skrämmer, skadar eller kränker en annan person och som får hen att göra något mot sin vilja.</p>
<h2>Olika former av våld</h2>
<dl>
<dt>Fysiskt våld</dt><dd>Till exempel att knuffa, slå, sparka, hålla fast eller strypa.</dd>
<dt>Psykiskt våld</dt><dd>Hot, kontroll, förnedring, att bli isolerad från vänner och familj.</dd>
<dt>Sexuellt våld</dt><dd>Att bli tvingad eller pressad till sexuella handlingar.</dd>
<dt>Ekonomiskt våld</dt><dd>Att någon tar kontroll över dina pengar eller tvingar dig att ta lån.</dd>
<dt>Digitalt våld</dt><dd>Att någon läser dina meddelanden, spårar din telefon eller sprider bilder.</dd>
</dl>
<p>Våld i nära relationer handlar ofta om makt och kontroll och blir ofta värre med tiden. Mäns våld mot kvinnor är den vanligaste formen, men våld förekommer i alla typer av relationer.</p>
<p>Vill du prata med någon? På sidan <a href="/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer.html">Våld i nära relationer</a> hittar du socialtjänstens kontaktuppgifter. Du kan också ringa Kvinnofridslinjen på 020-50 50 50.</p>
""",
     ph=["020-50 50 50"],
     note="general information, no service described; only a referral number"),

dict(name="k05-tranas-lattlast-vald", site="k_tranas",
     url="https://www.tranas.se/omsorg-och-stod/stod-till-vuxna/vald-i-nara-relationer/lattlast.html",
     title="Våld i nära relationer – lättläst", crumbs=T_OMSORG + [("Våld i nära relationer – lättläst", "#")],
     main="""
<p>Den här texten är skriven på lättläst svenska.</p>
<h2>Gör någon dig illa?</h2>
<p>Slår någon i din familj dig?<br>Blir du hotad eller kallad dumma saker hemma?<br>Då är det våld.</p>
<p>Det är inte ditt fel.<br>Det är aldrig okej att någon gör dig illa.</p>
<h2>Du kan få hjälp</h2>
<p>Socialtjänsten kan hjälpa dig.<br>Du kan prata med någon som lyssnar.<br>Du kan få bo på ett annat ställe om det är farligt hemma.</p>
<h2>Ring oss</h2>
<p>Telefon: 0140-682 40<br>Du kan ringa måndag till fredag.<br>Vi svarar klockan 8 till 12 och klockan 13 till 16.30.</p>
<p>Är det farligt just nu?<br>Ring 112.</p>
""",
     ex=["nara_relation"], g=["konsneutral"], ph=["0140-682 40"], oh=[f"{W5} 08:00-12:00", f"{W5} 13:00-16:30"],
     note="lättläst page; hours written as words ('klockan 8 till 12')"),

dict(name="k06-tranas-sluta-anvanda-vald", site="k_tranas",
     url="https://www.tranas.se/omsorg-och-stod/stod-till-vuxna/sluta-anvanda-vald.html",
     title="Vill du sluta använda våld?", crumbs=T_OMSORG + [("Vill du sluta använda våld?", "#")],
     main="""
<p class="ingress">Har du slagit, hotat eller kontrollerat någon du lever med? Blir du rädd för din egen ilska? Det går att förändra ett våldsamt beteende – och det finns hjälp att få.</p>
<p>Socialtjänsten erbjuder samtal för dig som har använt våld mot en partner eller mot andra i familjen. Vi tar emot både män och kvinnor som är 18 år eller äldre. Samtalen är kostnadsfria och du kan vara anonym under de första samtalen.</p>
<p>Är du under 18 år? Då kan du prata med skolkuratorn eller Ungdomsmottagningen, som hjälper dig vidare.</p>
<h2>Hur går det till?</h2>
<p>Du träffar en behandlare ungefär en gång i veckan. Vi pratar om vad som händer när du blir våldsam, hur våldet påverkar dina barn och vad du kan göra i stället.</p>
<p>Länets region erbjuder också behandling genom mottagningen Alternativ till våld. Vi kan hjälpa dig att få kontakt.</p>
<h2>Kontakt</h2>
<p>Behandlarteamet, telefon 0140-682 55<br>Telefontid tisdagar och torsdagar 13.00–14.30</p>
""",
     ex=["valdsutovare"], g=["man", "kvinnor"], ph=["0140-682 55"], oh=["tue,thu 13:00-14:30"],
     note="negation: under-18s referred elsewhere -> no barn_unga; ATV mention is a referral"),

# ------------------------------------------------------------------ Ljungby (Google Translate + Talande webb)
dict(name="k07-ljungby-vald-i-nara-relation", site="k_ljungby",
     url="https://www.ljungby.se/omsorg-och-hjalp/stod-och-hjalp-vid-vald/vald-i-nara-relation.html",
     title="Våld i nära relation", crumbs=[("Start", "/"), ("Omsorg och hjälp", "/omsorg-och-hjalp.html"), ("Stöd och hjälp vid våld", "/omsorg-och-hjalp/stod-och-hjalp-vid-vald.html"), ("Våld i nära relation", "#")],
     subnav="""<ul><li><a href="#">Våld i nära relation</a></li><li><a href="/omsorg-och-hjalp/stod-och-hjalp-vid-vald/barn-som-upplever-vald.html">Barn som upplever våld</a></li><li><a href="/omsorg-och-hjalp/stod-och-hjalp-vid-vald/sex-mot-ersattning.html">Sex mot ersättning</a></li></ul>""",
     main="""
<p><strong>Alla har rätt att leva ett liv utan våld. Du som är utsatt för våld eller hot av någon närstående kan få stöd av socialtjänsten, oavsett kön, ålder eller sexuell läggning.</strong></p>
<p>Våldet kan vara fysiskt, psykiskt, sexuellt, ekonomiskt eller materiellt. Det kan komma från en partner, en förälder, ett vuxet barn eller någon annan som står dig nära.</p>
<h2>Våld mot äldre och personer med funktionsnedsättning</h2>
<p>Du som är äldre eller har en funktionsnedsättning kan vara beroende av den som utsätter dig – till exempel en anhörig som hjälper dig i vardagen. Vi har särskild kunskap om din situation och anpassar stödet efter dina behov.</p>
<h2>Stöd vi kan erbjuda</h2>
<ul><li>Rådgivning och stödsamtal</li><li>Skyddat boende eller annat tillfälligt boende</li><li>Hjälp att göra en säkerhetsplan</li><li>Kontakt med Kvinnojouren i Ljungby eller andra ideella organisationer</li></ul>
<h2>Kontakta Mottagningsgruppen vuxen</h2>
<p>Telefon 0372-789 200, vardagar kl. 08.00–16.00. Du kan också mejla socialtjansten@ljungby.se – skriv inte känsliga uppgifter i mejlet.</p>
<p>Kvällar och helger kontaktar du Socialjouren Kronoberg via 112.</p>
""",
     aside="""<div class="sv-contact-box"><h3>Kvinnofridslinjen</h3><p>020-50 50 50<br>Öppen dygnet runt</p></div>""",
     ex=["nara_relation"], g=["konsneutral"], v=["aldre", "funktionsnedsattning"],
     ph=["0372-789 200", "020-50 50 50"], oh=[f"{W5} 08:00-16:00"],
     note="'oavsett kön, ålder eller sexuell läggning' names no group -> konsneutral only (no hbtq); national line in side box is a referral"),

dict(name="k08-ljungby-barn-som-upplever-vald", site="k_ljungby",
     url="https://www.ljungby.se/omsorg-och-hjalp/stod-och-hjalp-vid-vald/barn-som-upplever-vald.html",
     title="Barn som upplever våld", crumbs=[("Start", "/"), ("Omsorg och hjälp", "/omsorg-och-hjalp.html"), ("Stöd och hjälp vid våld", "/omsorg-och-hjalp/stod-och-hjalp-vid-vald.html"), ("Barn som upplever våld", "#")],
     main="""
<p><strong>Barn som ser, hör eller märker att en förälder blir slagen eller hotad är själva utsatta för våld. De har rätt till stöd.</strong></p>
<p>Socialtjänsten erbjuder stödsamtal för barn och ungdomar mellan 4 och 18 år som har upplevt våld i familjen. Samtalen sker i grupp eller enskilt och leds av två behandlare med lång erfarenhet.</p>
<p>Barnen får möjlighet att sätta ord på det som hänt, förstå att våldet inte är deras fel och träffa andra barn med liknande erfarenheter. Parallellt erbjuds föräldern som inte har utövat våld samtal om hur hen kan stötta sitt barn.</p>
<h2>Anmäl oro för ett barn</h2>
<p>Är du orolig för att ett barn far illa kan du göra en orosanmälan till socialtjänsten.</p>
<h2>Kontakt</h2>
<p>Barn- och familjeenheten: 0372-789 215 (vardagar 8–16).</p>
<p>Barn och unga kan alltid prata anonymt med BRIS på 116 111.</p>
""",
     ex=["barn_som_upplever_vald"], g=["barn_unga"], ph=["0372-789 215", "116 111"], oh=[f"{W5} 08:00-16:00"],
     note="BRIS 116 111 is a referral number; parent support is secondary"),

dict(name="k09-ljungby-ekonomiskt-bistand", site="k_ljungby",
     url="https://www.ljungby.se/omsorg-och-hjalp/ekonomiskt-stod/ekonomiskt-bistand.html",
     title="Ekonomiskt bistånd", crumbs=[("Start", "/"), ("Omsorg och hjälp", "/omsorg-och-hjalp.html"), ("Ekonomiskt stöd", "#"), ("Ekonomiskt bistånd", "#")],
     main="""
<p><strong>Ekonomiskt bistånd är ett tillfälligt stöd för dig som inte kan försörja dig på annat sätt.</strong></p>
<p>Innan du kan få ekonomiskt bistånd måste du ha försökt att lösa din situation själv, till exempel genom arbete, a-kassa eller andra ersättningar.</p>
<h2>Så ansöker du</h2>
<p>Du ansöker i e-tjänsten eller på en pappersblankett. Bifoga kontoutdrag för de senaste tre månaderna och underlag för dina utgifter.</p>
<h2>Särskilda situationer</h2>
<p>Är du utsatt för våld i en nära relation och behöver pengar för att kunna flytta eller klara dig efter ett uppbrott? Läs mer på sidan <a href="/omsorg-och-hjalp/stod-och-hjalp-vid-vald/vald-i-nara-relation.html">Våld i nära relation</a>.</p>
<h2>Frågor?</h2>
<p>Ring försörjningsstöd på 0372-789 240, måndag, onsdag och fredag kl. 9–11.</p>
""",
     ph=['0372-789 240'],
     note="off-topic service with a referral sentence to the violence page -> exposure []; number counted, hours not (not a support service)"),

dict(name="k10-ljungby-sex-mot-ersattning", site="k_ljungby",
     url="https://www.ljungby.se/omsorg-och-hjalp/stod-och-hjalp-vid-vald/sex-mot-ersattning.html",
     title="Sex mot ersättning", crumbs=[("Start", "/"), ("Omsorg och hjälp", "/omsorg-och-hjalp.html"), ("Stöd och hjälp vid våld", "#"), ("Sex mot ersättning", "#")],
     main="""
<p><strong>Har du sålt sex eller fått något i utbyte mot sex – pengar, droger, en plats att sova eller en telefon? Du gör inget brottsligt och du har rätt till stöd.</strong></p>
<p>Vi möter kvinnor, män och transpersoner med erfarenhet av sex mot ersättning, även dig som är under 18 år. Många som har sex mot ersättning har också erfarenhet av missbruk. Du som har ett missbruk eller beroende är lika välkommen – vi samarbetar med beroendeenheten så att du kan få hjälp med båda delarna.</p>
<p>Har du blivit tvingad, lurad eller hotad till att sälja sex kan du vara utsatt för människohandel. Då kan vi hjälpa dig med skydd och kontakt med polisen.</p>
<h2>Vad kan du få för stöd?</h2>
<ul><li>Stödsamtal med socionom</li><li>Hjälp med boende och ekonomi</li><li>Kontakt med hälso- och sjukvården för provtagning</li></ul>
<p>Ring 0372-789 230. Telefonen är bemannad måndag–torsdag kl. 13–15.</p>
""",
     ex=["prostitution_manniskohandel"], g=["kvinnor", "man", "hbtq", "barn_unga"], v=["missbruk"],
     ph=["0372-789 230"], oh=["mon,tue,wed,thu 13:00-15:00"],
     note="transpersoner -> hbtq; 'under 18 år' is a positive here"),

dict(name="k11-ljungby-orange-day", site="k_ljungby",
     url="https://www.ljungby.se/nyheter/2024-11-25-kommunen-lyser-orange.html",
     title="Kommunhuset lyser orange mot våld", crumbs=[("Start", "/"), ("Nyheter", "/nyheter.html"), ("Kommunhuset lyser orange mot våld", "#")],
     main="""
<p class="date">Publicerad 25 november 2024</p>
<p><strong>Den 25 november är FN:s internationella dag för avskaffande av våld mot kvinnor. Under kvällen lyser kommunhuset och stadsparken orange.</strong></p>
<p>– Vi vill visa att vi tar avstånd från allt våld och att ingen ska behöva vara rädd i sitt eget hem, säger kommunstyrelsens ordförande.</p>
<p>Under veckan finns kommunens samordnare för våld i nära relationer och representanter från den lokala kvinnojouren på biblioteket. Där kan du få information och ställa frågor.</p>
<p>Orange day är en del av FN:s kampanj Orange the World, som pågår i 16 dagar fram till den 10 december.</p>
""",
     note="news item about violence; describes no service"),

# ------------------------------------------------------------------ Huddinge (Lättläst, Teckenspråk, English, Lyssna)
dict(name="k12-huddinge-vald-i-nara-relationer", site="k_huddinge",
     url="https://www.huddinge.se/omsorg-och-stod/vald-i-nara-relationer/",
     title="Våld i nära relationer", crumbs=[("Start", "/"), ("Omsorg och stöd", "/omsorg-och-stod/"), ("Våld i nära relationer", "#")],
     main="""
<p class="c-article__lead">Är du utsatt för våld, hot eller kränkningar av någon i din närhet? Relationsvåldsenheten i Huddinge ger stöd till dig som är utsatt och till dina barn.</p>
<div class="c-rich-text">
<p>Vi träffar kvinnor och män i alla åldrar, barn och unga, och hbtqi-personer. Vi arbetar också med hedersrelaterat våld och förtryck – till exempel om din familj bestämmer vem du ska gifta dig med eller hindrar dig från att leva som du vill.</p>
<h2>Stöd till barn</h2>
<p>Barn som har sett eller hört våld hemma kan få samtal hos våra barnbehandlare, ensamma eller tillsammans med en förälder.</p>
<h2>Så här når du oss</h2>
<p>Relationsvåldsenheten<br>Telefon: <a href="tel:+46853537640">08-535 376 40</a><br>Telefontid: mån–fre 08.30–12.00</p>
<p>Kvällar och helger: kontakta Socialjouren Södertörn via 112 om det är akut.</p>
<p>Vill du läsa om våld på lättläst svenska eller se informationen på teckenspråk? Använd länkarna högst upp på sidan.</p>
</div>
""",
     ex=["nara_relation", "barn_som_upplever_vald", "heder"], g=["kvinnor", "man", "barn_unga", "hbtq"],
     ph=["08-535 376 40"], oh=[f"{W5} 08:30-12:00"]),

dict(name="k13-huddinge-stod-om-du-anvander-vald", site="k_huddinge",
     url="https://www.huddinge.se/omsorg-och-stod/vald-i-nara-relationer/om-du-anvander-vald/",
     title="Om du använder våld", crumbs=[("Start", "/"), ("Omsorg och stöd", "/omsorg-och-stod/"), ("Våld i nära relationer", "/omsorg-och-stod/vald-i-nara-relationer/"), ("Om du använder våld", "#")],
     main="""
<p class="c-article__lead">Du som har använt våld mot någon du lever med kan få hjälp att sluta. Det är aldrig för sent att ta ansvar.</p>
<div class="c-rich-text">
<p>Vi erbjuder behandling för dig som är 18 år eller äldre och som har utövat fysiskt, psykiskt eller sexuellt våld i en nära relation. Behandlingen bygger på samtal, enskilt eller i grupp, under ungefär ett halvår.</p>
<p>Ungdomsteamet tar emot unga mellan 15 och 20 år som har varit våldsamma mot en pojkvän, flickvän eller förälder.</p>
<h2>Kontakt</h2>
<p>Ring 08-535 376 50 och be att få prata med en behandlare. Vi svarar helgfria vardagar mellan 9 och 11.</p>
</div>
""",
     ex=["valdsutovare"], g=["konsneutral", "barn_unga"], ph=["08-535 376 50"], oh=[f"{W5} 09:00-11:00"],
     note="'pojkvän, flickvän' describe the victim, not the target group -> no gender named -> konsneutral + barn_unga"),

dict(name="k14-huddinge-en-violence", site="k_huddinge", lang="en",
     url="https://www.huddinge.se/en/health-and-social-care/violence-in-close-relationships/",
     title="Violence in close relationships",
     crumbs=[("Start", "/en/"), ("Health and social care", "/en/health-and-social-care/"), ("Violence in close relationships", "#")],
     main="""
<p class="c-article__lead">If someone close to you is hurting or threatening you, Huddinge municipality can help you. The support is free and you do not need to report the violence to the police to get it.</p>
<div class="c-rich-text">
<p>We support women, men and children who are subjected to violence by a partner, former partner or relative. Children who witness violence at home can get their own support.</p>
<p>You have the right to an interpreter when you talk to us.</p>
<h2>Contact</h2>
<p>Call the Domestic Violence Unit on <strong>+46 8 535 376 40</strong>, Monday–Friday 8.30 am–12 noon.</p>
<p>In an emergency, always call 112.</p>
<p><a href="/omsorg-och-stod/vald-i-nara-relationer/" lang="sv" hreflang="sv">Läs på svenska</a></p>
</div>
""",
     languages=["en", "sv"],
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "man", "barn_unga"],
     v=["bristande_svenska"], ph=["+46 8 535 376 40"], oh=[f"{W5} 08:30-12:00"],
     note="English page of a Swedish site; '12 noon' notation; interpreter sentence -> bristande_svenska"),

dict(name="k15-huddinge-teckensprak-vald", site="k_huddinge",
     url="https://www.huddinge.se/teckensprak/vald-i-nara-relationer/",
     title="Våld i nära relationer på teckenspråk", crumbs=[("Start", "/"), ("Teckenspråk", "/teckensprak/"), ("Våld i nära relationer", "#")],
     main="""
<p class="c-article__lead">Här kan du se information om stöd vid våld i nära relationer på svenskt teckenspråk.</p>
<figure class="c-video"><iframe title="Våld i nära relationer – svenskt teckenspråk" src="https://www.youtube-nocookie.com/embed/teckensprak-vald" allowfullscreen></iframe><figcaption>Filmen är 3 minuter lång och textad.</figcaption></figure>
<div class="c-rich-text">
<p>Du som är döv eller har en hörselnedsättning och utsätts för våld av någon närstående kan få samma stöd som alla andra. Vi bokar teckenspråkstolk till alla möten.</p>
<p>Du kan kontakta Relationsvåldsenheten med sms på 070-174 06 20 eller via Texttelefoni.se.</p>
</div>
""",
     ex=["nara_relation"], g=["konsneutral"], v=["funktionsnedsattning"], ph=["070-174 06 20"],
     note="sign-language video page; döv/hörselnedsättning as target group -> funktionsnedsattning; sms number counts"),

dict(name="k16-huddinge-parkeringstillstand", site="k_huddinge",
     url="https://www.huddinge.se/trafik-och-resor/parkering/parkeringstillstand-for-rorelsehindrade/",
     title="Parkeringstillstånd för rörelsehindrade", crumbs=[("Start", "/"), ("Trafik och resor", "#"), ("Parkering", "#"), ("Parkeringstillstånd för rörelsehindrade", "#")],
     main="""
<p class="c-article__lead">Har du en funktionsnedsättning som gör att du har svårt att gå kan du ansöka om parkeringstillstånd.</p>
<div class="c-rich-text">
<p>Tillståndet är personligt och gäller i hela landet. Du kan få tillstånd som förare eller som passagerare.</p>
<h2>Ansökan</h2>
<p>Bifoga ett läkarintyg och ett foto. Handläggningstiden är cirka fyra veckor.</p>
<p>Frågor besvaras av handläggare på 08-535 310 80, tisdagar och torsdagar 10–12.</p>
</div>
""",
     ph=['08-535 310 80'],
     note="off-topic; 'funktionsnedsättning' appears but no violence service -> vulnerable_groups []; number counted, hours not"),

dict(name="k17-huddinge-ideella-organisationer", site="k_huddinge",
     url="https://www.huddinge.se/omsorg-och-stod/vald-i-nara-relationer/ideella-organisationer/",
     title="Ideella organisationer som kan hjälpa dig", crumbs=[("Start", "/"), ("Omsorg och stöd", "/omsorg-och-stod/"), ("Våld i nära relationer", "/omsorg-och-stod/vald-i-nara-relationer/"), ("Ideella organisationer", "#")],
     main="""
<p class="c-article__lead">Förutom kommunens egen verksamhet finns det flera ideella föreningar som ger stöd. Du kan kontakta dem direkt och vara anonym.</p>
<div class="c-rich-text">
<h2>Kvinnojouren Södertörn</h2><p>Stöd till kvinnor och deras barn. Jourtelefon 08-465 004 10, alla dagar 10–22.</p>
<h2>Tjejjouren Södertörn</h2><p>Chatt för tjejer 12–25 år, söndag–torsdag kväll.</p>
<h2>Mansjouren Stockholm Syd</h2><p>Samtal för män i kris. Telefon 08-465 004 12.</p>
<h2>Brottsofferjouren</h2><p>Stöd till alla som har utsatts för brott. Stödlinjen 116 006.</p>
<p>Kommunen ger föreningsbidrag till organisationerna men ansvarar inte för deras verksamhet.</p>
</div>
""",
     ph=["08-465 004 10", "08-465 004 12", "116 006"],
     note="referral list: target groups of other organisations are not the page's own -> exposure/gender []; their hours are not the page's service -> []"),

# ------------------------------------------------------------------ Botkyrka (language switcher in native names)
dict(name="k18-botkyrka-hedersrelaterat-vald", site="k_botkyrka",
     url="https://www.botkyrka.se/stod-och-omsorg/vald-och-hot/hedersrelaterat-vald-och-fortryck",
     title="Hedersrelaterat våld och förtryck", crumbs=[("Start", "/"), ("Stöd och omsorg", "/stod-och-omsorg"), ("Våld och hot", "/stod-och-omsorg/vald-och-hot"), ("Hedersrelaterat våld och förtryck", "#")],
     main="""
<p class="lead">Socialtjänsten i Botkyrka har ett särskilt team som arbetar med hedersrelaterat våld och förtryck. Vi ger stöd till unga och vuxna som lever under hot, kontroll eller tvång från familj eller släkt.</p>
<h2>Exempel på hedersrelaterat förtryck</h2>
<ul><li>Du får inte välja partner själv eller ska giftas bort mot din vilja.</li><li>Du får inte delta i skolans idrott eller skolresor.</li><li>Du blir bevakad av syskon eller släktingar.</li><li>Du blir hotad med att skickas utomlands.</li></ul>
<h2>Vad kan vi göra?</h2>
<p>Vi gör en riskbedömning tillsammans med dig, kan ordna skyddat boende och hjälper dig i kontakten med polis och skola. Du som inte pratar svenska får alltid tolk.</p>
<h2>Information på andra språk</h2>
<ul class="documents">
<li><a href="/download/heder-arabiska.pdf">Information på arabiska (pdf, 240 kB)</a></li>
<li><a href="/download/heder-somaliska.pdf">Information på somaliska (pdf, 230 kB)</a></li>
<li><a href="/download/heder-tigrinja.pdf">Information på tigrinja (pdf, 250 kB)</a></li>
</ul>
<h2>Kontakt</h2>
<p>Ring Kontaktcenter 08-530 610 00 och be att få prata med hedersteamet. Kontaktcenter har öppet måndag–torsdag 8–17 och fredag 8–16.</p>
""",
     languages=["sv", "en", "ar", "so", "fi", "tr", "ti"],
     ex=["heder"], g=["barn_unga", "konsneutral"], v=["bristande_svenska"],
     ph=["08-530 610 00"], oh=["mon,tue,wed,thu 08:00-17:00", "fri 08:00-16:00"],
     note="PDFs named in Swedish add ti; switchboard counts because it is the contact route in the main content"),

dict(name="k19-botkyrka-skyddat-boende", site="k_botkyrka",
     url="https://www.botkyrka.se/stod-och-omsorg/vald-och-hot/skyddat-boende",
     title="Skyddat boende", crumbs=[("Start", "/"), ("Stöd och omsorg", "/stod-och-omsorg"), ("Våld och hot", "/stod-och-omsorg/vald-och-hot"), ("Skyddat boende", "#")],
     main="""
<p class="lead">Om det inte är säkert för dig att bo kvar hemma kan socialtjänsten hjälpa dig med ett skyddat boende.</p>
<p>Skyddat boende är ett tillfälligt boende med hög säkerhet för kvinnor, män och barn som behöver skydd mot våld från någon närstående. Adressen är hemlig. Barn som följer med en förälder till boendet får stöd av personal med barnkompetens, och vi utreder alltid barnets behov av skydd och stöd.</p>
<p>Det är socialtjänsten som beslutar om skyddat boende. Du kan ansöka genom att kontakta oss under kontorstid, eller genom polisen eller socialjouren när det är akut.</p>
<h3>Kontakt</h3>
<p>Vuxenenheten våld i nära relation: 08-530 612 20 (vardagar 8.00–16.30, lunch 12–13)</p>
""",
     aside="""<div class="contact-card"><h2>Akut?</h2><p>Ring 112</p></div>""",
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "man", "barn_unga"], ph=["08-530 612 20"],
     oh=[f"{W5} 08:00-12:00", f"{W5} 13:00-16:30"], note="lunch closure expressed as '(lunch 12–13)'"),

dict(name="k20-botkyrka-sophamtning", site="k_botkyrka",
     url="https://www.botkyrka.se/bygga-och-bo/avfall-och-atervinning/sophamtning",
     title="Sophämtning", crumbs=[("Start", "/"), ("Bygga och bo", "/bygga-och-bo"), ("Avfall och återvinning", "#"), ("Sophämtning", "#")],
     main="""
<p class="lead">Hushållsavfallet i Botkyrka hämtas varannan vecka. Matavfallet sorteras i bruna påsar.</p>
<h2>Tänk på det här</h2>
<ul><li>Stäng locket på kärlet ordentligt.</li><li>Ställ kärlet med handtaget utåt senast klockan 6 på hämtningsdagen.</li><li>Grovavfall lämnar du på återvinningscentralen.</li></ul>
<p>Frågor om hämtning? Ring Kundtjänst avfall på 08-530 614 00, vardagar 8–16.</p>
""",
     ph=['08-530 614 00'],
     note="off-topic; contains 'Stäng locket' (innocuous 'stäng'); number counted, hours not"),

dict(name="k21-botkyrka-manniskohandel", site="k_botkyrka",
     url="https://www.botkyrka.se/stod-och-omsorg/vald-och-hot/prostitution-och-manniskohandel",
     title="Prostitution och människohandel", crumbs=[("Start", "/"), ("Stöd och omsorg", "/stod-och-omsorg"), ("Våld och hot", "/stod-och-omsorg/vald-och-hot"), ("Prostitution och människohandel", "#")],
     main="""
<p class="lead">Har du blivit tvingad att arbeta, sälja sex eller tigga? Har någon tagit ditt pass eller säger att du har en skuld som du måste betala? Då kan du vara utsatt för människohandel.</p>
<p>Socialtjänsten hjälper personer som är utsatta för människohandel eller som säljer sex, oavsett om du har uppehållstillstånd i Sverige eller inte. Vi använder tolk i alla samtal där det behövs, så du behöver inte kunna svenska.</p>
<p>Vi kan hjälpa dig med boende, mat, vård och kontakt med polisen. Du bestämmer själv om du vill göra en anmälan.</p>
<h2>Kontakt</h2>
<p>Ring socialtjänstens mottagning på 08-530 612 00. Vill du göra en anmälan till polisen når du dem på 114 14.</p>
""",
     ex=["prostitution_manniskohandel"], g=["konsneutral"], v=["bristande_svenska"],
     ph=["08-530 612 00", "114 14"], note="police number 114 14 counts as a published number (112 never does)"),

dict(name="k22-botkyrka-ar-vald", site="k_botkyrka", lang="ar", dir="rtl",
     url="https://www.botkyrka.se/other-languages/arabiska/العنف-في-العلاقات-القريبة",
     title="العنف في العلاقات القريبة", crumbs=[("Start", "/"), ("العربية", "/other-languages/arabiska"), ("العنف في العلاقات القريبة", "#")],
     main="""
<p class="lead">هل يتعرض لك شخص قريب منك بالضرب أو التهديد أو الإهانة؟ يمكن للخدمات الاجتماعية في بوتشيركا أن تساعدك.</p>
<p>نحن نقدم الدعم للنساء والرجال والأطفال الذين يتعرضون للعنف من الشريك أو من أحد أفراد الأسرة. الأطفال الذين يشاهدون العنف في المنزل لهم الحق في الحصول على دعم خاص بهم.</p>
<p>يحق لك الحصول على مترجم فوري مجاناً. المترجم ملزم بالسرية.</p>
<h2>اتصل بنا</h2>
<p>الهاتف: 08-530 612 20، من الاثنين إلى الجمعة، الساعة 8:00–16:30 (مغلق من 12 إلى 13).</p>
<p>في حالة الطوارئ اتصل بالرقم 112.</p>
<p><a href="/stod-och-omsorg/vald-och-hot" lang="sv" hreflang="sv">Svenska</a></p>
""",
     languages=["ar", "sv", "en", "so", "fi", "tr"],
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "man", "barn_unga"], v=["bristande_svenska"],
     ph=["08-530 612 20"], oh=[f"{W5} 08:00-12:00", f"{W5} 13:00-16:30"],
     note="Arabic page (html lang=ar) on a Swedish municipal site"),

# ------------------------------------------------------------------ Munkfors (no tools)
dict(name="k23-munkfors-vald-i-nara-relation", site="k_munkfors",
     url="https://www.munkfors.se/stod-omsorg/individ-och-familjeomsorg/vald-i-nara-relation/",
     title="Våld i nära relation", crumbs=[("Start", "/"), ("Stöd & omsorg", "/stod-omsorg/"), ("Individ- och familjeomsorg", "#"), ("Våld i nära relation", "#")],
     main="""
<p class="lead">Blir du slagen, hotad eller kontrollerad av någon i din familj? Socialtjänsten i Munkfors finns här för dig, oavsett vem du är.</p>
<p>Vi är en liten kommun och du möter samma handläggare genom hela kontakten. Vi samarbetar med kvinnojouren och med socialtjänsten i Karlstad när du behöver skyddat boende på annan ort.</p>
<p><strong>Individ- och familjeomsorgen</strong><br>Telefon 0563-541 50<br>Telefontid vardagar 8–9</p>
<p>Du kan också ringa Kvinnojouren i Karlstad: 054-10 06 00 (dygnet runt).</p>
""",
     ex=["nara_relation"], g=["konsneutral"], ph=["0563-541 50", "054-10 06 00"], oh=[f"{W5} 08:00-09:00"],
     note="kvinnojour's 24h line is a referral -> hotline_24h false"),

dict(name="k24-munkfors-alkohol-droger", site="k_munkfors",
     url="https://www.munkfors.se/stod-omsorg/missbruk/alkohol-och-drogradgivning/",
     title="Alkohol- och drogrådgivning", crumbs=[("Start", "/"), ("Stöd & omsorg", "/stod-omsorg/"), ("Missbruk", "#"), ("Alkohol- och drogrådgivning", "#")],
     main="""
<p class="lead">Funderar du över dina alkoholvanor eller är du orolig för någon annans? Du kan få råd och stöd hos beroendeenheten.</p>
<p>Vi erbjuder rådgivande samtal, återfallsprevention och anhörigstöd. Samtalen är gratis och du kan vara anonym.</p>
<p>Ring 0563-541 60, måndag–fredag 8.00–16.00.</p>
""",
     ph=['0563-541 60'],
     note="off-topic (addiction service): missbruk mentioned but no violence service -> groups empty; number counted, hours not"),

dict(name="k25-munkfors-vald-mot-aldre", site="k_munkfors",
     url="https://www.munkfors.se/stod-omsorg/aldreomsorg/vald-mot-aldre/",
     title="Våld mot äldre", crumbs=[("Start", "/"), ("Stöd & omsorg", "/stod-omsorg/"), ("Äldreomsorg", "#"), ("Våld mot äldre", "#")],
     main="""
<p class="lead">Äldre personer kan utsättas för våld av en partner, av vuxna barn eller av någon som hjälper till i hemmet.</p>
<p>Våldet kan vara svårt att upptäcka. Det kan handla om att någon tar dina pengar, låser in dig, inte ger dig mat eller medicin, eller slår dig.</p>
<p>Är du äldre och utsatt? Vi hjälper dig att få stöd, och vi kan ordna tillfälligt boende på ett korttidsboende om du behöver komma bort från den som utsätter dig.</p>
<p>Kontakta äldreomsorgens biståndshandläggare, telefon 0563-541 70, måndag–fredag kl 08.00–09.30.</p>
""",
     ex=["nara_relation"], g=["konsneutral"], v=["aldre"], ph=["0563-541 70"], oh=[f"{W5} 08:00-09:30"]),

dict(name="k26-munkfors-snorojning", site="k_munkfors",
     url="https://www.munkfors.se/bygga-bo-miljo/gator-och-vagar/snorojning/",
     title="Snöröjning och halkbekämpning", crumbs=[("Start", "/"), ("Bygga, bo & miljö", "/bygga-bo-miljo/"), ("Gator och vägar", "#"), ("Snöröjning", "#")],
     main="""
<p class="lead">Kommunen plogar när det har kommit mer än 5 centimeter snö. Gång- och cykelvägar prioriteras.</p>
<p>Vägar som är stängda för genomfart plogas sist. Fastighetsägare ansvarar för att skotta trottoaren utanför sin tomt.</p>
<p>Felanmälan dygnet runt: 0563-541 99.</p>
""",
     ph=['0563-541 99'],
     note="off-topic; 'dygnet runt' on a fault-report line -> hotline_24h false (not a support line); number counted"),

# ------------------------------------------------------------------ Familjefrid Höglandet (joint service, quick exit)
dict(name="k27-hoglandet-start", site="k_hoglandet", url="https://www.familjefridhoglandet.se/",
     title="Välkommen till Familjefrid Höglandet", crumbs=[("Start", "/")],
     main="""
<p>Familjefrid Höglandet är kommunernas gemensamma verksamhet för dig som lever med våld i en nära relation. Hos oss kan kvinnor och män som är utsatta för våld få stödsamtal och hjälp att planera för sin säkerhet.</p>
<p>Vi träffar också barn och ungdomar som har upplevt våld hemma, och vi erbjuder behandling för dig som utövar våld och vill sluta.</p>
<p>Stödet är gratis. Du behöver inte ha någon kontakt med socialtjänsten för att vända dig till oss.</p>
<p><a href="/utsatt/" class="btn">Är du utsatt?</a> <a href="/barn-och-unga/" class="btn">Barn och unga</a> <a href="/utovare/" class="btn">Du som utövar våld</a></p>
""",
     aside="""<h2>Kontakta oss</h2><p>Telefon: 0380-51 72 40</p><p>Telefontid<br>Måndag–torsdag 8.00–16.00<br>Fredag 8.00–15.00</p><p>Vid akut fara – ring 112.</p>""",
     ex=["nara_relation", "barn_som_upplever_vald", "valdsutovare"], g=["kvinnor", "man", "barn_unga"],
     ph=["0380-51 72 40"], ca=HOGLANDET, oh=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-15:00"],
     note="joint municipal service; catchment from header strapline (Tranås is NOT a member)"),

dict(name="k28-hoglandet-barn-och-unga", site="k_hoglandet", url="https://www.familjefridhoglandet.se/barn-och-unga/",
     title="Till dig som är barn eller ung", crumbs=[("Start", "/"), ("Barn och unga", "#")],
     main="""
<p>Är det bråk hemma? Blir mamma eller pappa slagen, eller är du rädd för någon i din familj?</p>
<p>Du är inte ensam. Många barn och ungdomar har det så. Det är aldrig ditt fel när vuxna bråkar eller slåss.</p>
<p>Hos oss kan du prata med någon som vet mycket om hur det är att leva med våld. Du kan komma hit själv eller tillsammans med en vuxen du litar på. Vi har grupper för barn 7–12 år och för ungdomar 13–17 år.</p>
<p>Vill du prata med någon på en gång? Ring BRIS på 116 111. Det kostar inget och syns inte på telefonräkningen.</p>
""",
     aside="""<h2>Kontakta oss</h2><p>Telefon: 0380-51 72 40</p><p>Telefontid<br>Måndag–torsdag 8.00–16.00<br>Fredag 8.00–15.00</p>""",
     ex=["barn_som_upplever_vald"], g=["barn_unga"], ph=["116 111", "0380-51 72 40"], ca=HOGLANDET,
     oh=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-15:00"]),

dict(name="k29-hoglandet-utovare", site="k_hoglandet", url="https://www.familjefridhoglandet.se/utovare/",
     title="Du som utövar våld", crumbs=[("Start", "/"), ("Du som utövar våld", "#")],
     main="""
<p>Har du slagit eller hotat din partner? Tappar du kontrollen när du blir arg, och skrämmer du dina barn?</p>
<p>Vi erbjuder behandling till män och kvinnor som har använt våld i en nära relation och som vill förändra sitt beteende. Vi har också en särskild grupp för unga mellan 15 och 20 år.</p>
<p>Du får träffa en behandlare för enskilda samtal. Efter några samtal kan du erbjudas att gå i grupp tillsammans med andra.</p>
<p>Du kan ringa anonymt för att få veta mer.</p>
""",
     aside="""<h2>Kontakta oss</h2><p>Telefon: 0380-51 72 40</p><p>Telefontid<br>Måndag–torsdag 8.00–16.00<br>Fredag 8.00–15.00</p>""",
     ex=["valdsutovare"], g=["man", "kvinnor", "barn_unga"], ph=["0380-51 72 40"], ca=HOGLANDET,
     oh=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-15:00"]),

dict(name="k30-hoglandet-yrkesverksam", site="k_hoglandet", url="https://www.familjefridhoglandet.se/yrkesverksam/",
     title="För yrkesverksamma", crumbs=[("Start", "/"), ("För yrkesverksamma", "#")],
     main="""
<p>Familjefrid Höglandet erbjuder konsultation och utbildning till dig som i ditt arbete möter personer som utsätts för eller utövar våld – till exempel inom skola, förskola, vård, tandvård och äldreomsorg.</p>
<h2>Konsultation</h2>
<p>Du kan ringa oss och resonera om ett ärende. Du behöver inte uppge vem det gäller.</p>
<h2>Utbildning</h2>
<p>Vi håller grundutbildning om våld i nära relationer två gånger per termin. Anmälan sker via din chef.</p>
""",
     aside="""<h2>Kontakta oss</h2><p>Telefon: 0380-51 72 40</p><p>Telefontid<br>Måndag–torsdag 8.00–16.00<br>Fredag 8.00–15.00</p>""",
     ph=["0380-51 72 40"], ca=HOGLANDET, oh=["mon,tue,wed,thu 08:00-16:00", "fri 08:00-15:00"],
     note="page for professionals: no exposed target group named as the page's own -> exposure/gender []"),

dict(name="k31-hoglandet-skydda-dig-pa-natet", site="k_hoglandet", url="https://www.familjefridhoglandet.se/skydda-dig/",
     title="Skydda dig på nätet", crumbs=[("Start", "/"), ("Skydda dig på nätet", "#")],
     main="""
<p>Om du är rädd att någon kontrollerar din dator eller telefon kan du göra det svårare att se att du har besökt den här webbplatsen.</p>
<h2>Surfa privat</h2>
<p>Öppna webbläsaren i privat surfläge (inkognitoläge). Då sparas ingen historik. I Chrome trycker du Ctrl+Shift+N, i Firefox och Edge Ctrl+Shift+P.</p>
<h2>Rensa historiken</h2>
<p>Har du redan besökt sidan kan du ta bort den ur historiken. Tänk på att det kan väcka misstankar om hela historiken plötsligt är tom – ta hellre bort enstaka sidor.</p>
<h2>Knappen Lämna sidan snabbt</h2>
<p>Knappen högst upp tar dig direkt till Google. Den raderar inte historiken.</p>
""",
     aside="""<h2>Kontakta oss</h2><p>Telefon: 0380-51 72 40</p>""",
     hide_visit_advice=True, ph=["0380-51 72 40"], ca=HOGLANDET,
     note="hide-visit advice page; contact box without hours"),

# ------------------------------------------------------------------ Örebro (hreflang en, Google Translate, Lättläst, Teckenspråk, Lyssna)
dict(name="k32-orebro-relationsvaldscentrum", site="k_orebro",
     url="https://www.orebro.se/omsorg-och-hjalp/vald-i-nara-relationer/relationsvaldscentrum.html",
     title="Relationsvåldscentrum", crumbs=[("Startsida", "/"), ("Omsorg och hjälp", "/omsorg-och-hjalp.html"), ("Våld i nära relationer", "#"), ("Relationsvåldscentrum", "#")],
     main="""
<p class="lead">Relationsvåldscentrum (RVC) är kommunens mottagning för alla som berörs av våld i nära relationer.</p>
<p>Hit kan kvinnor och män som är eller har varit utsatta för våld vända sig. Vi tar också emot barn som har bevittnat våld, och vi har behandling för personer som utövar våld.</p>
<p>Du kan vara anonym och vi för inga journaler om du inte vill. Stödet är kostnadsfritt.</p>
<div class="contact">
<h2>Kontakt</h2>
<p>RVC telefon: 019-21 39 60<br>Mån–fre 8–17, lunchstängt 12–13</p>
</div>
""",
     ex=["nara_relation", "barn_som_upplever_vald", "valdsutovare"], g=["kvinnor", "man", "barn_unga"],
     ph=["019-21 39 60"], oh=[f"{W5} 08:00-12:00", f"{W5} 13:00-17:00"]),

dict(name="k33-orebro-unga-sexuella-overgrepp", site="k_orebro",
     url="https://www.orebro.se/omsorg-och-hjalp/vald-i-nara-relationer/stodcentrum-for-unga.html",
     title="Stödcentrum för unga brottsutsatta", crumbs=[("Startsida", "/"), ("Omsorg och hjälp", "/omsorg-och-hjalp.html"), ("Stödcentrum för unga", "#")],
     main="""
<p class="lead">Har du blivit utsatt för ett brott, till exempel sexuella övergrepp, rån eller hot? Stödcentrum ger stöd till tjejer, killar och ickebinära mellan 12 och 21 år.</p>
<p>Vi lyssnar, hjälper dig förstå vad som händer vid en polisanmälan och kan följa med dig till polisen eller rättegången. Du behöver inte ha anmält brottet.</p>
<h2>Drop-in</h2>
<p>Onsdagar kl. 15.00–18.00 kan du komma utan tidsbokning.</p>
<p>Telefon 019-21 39 80</p>
""",
     ex=["sexuellt_vald"], g=["flickor", "pojkar", "hbtq"], ph=["019-21 39 80"], oh=["wed 15:00-18:00"],
     note="gendered age groups named -> flickor/pojkar/hbtq, not barn_unga"),

dict(name="k34-orebro-lattlast-stod", site="k_orebro",
     url="https://www.orebro.se/lattlast/om-nagon-gor-dig-illa.html",
     title="Om någon gör dig illa", crumbs=[("Startsida", "/"), ("Lättläst", "/lattlast.html"), ("Om någon gör dig illa", "#")],
     main="""
<p>Här står det om hjälp du kan få om någon gör dig illa.</p>
<p>Ibland gör en person som står dig nära dig illa.<br>Det kan vara din man, din fru eller din pojkvän.<br>Det kan vara din mamma eller pappa.</p>
<p>Kommunen har en mottagning som heter Relationsvåldscentrum.<br>Där kan du prata med någon.<br>Det kostar inga pengar.</p>
<p>Du kan ringa till Relationsvåldscentrum.<br>Telefonnumret är 019-21 39 60.</p>
""",
     related="<ul><li><a href='/lattlast.html'>Mer lättläst</a></li></ul>",
     ex=["nara_relation"], g=["konsneutral"], ph=["019-21 39 60"],
     note="lättläst; 'din man, din fru' name the perpetrator, not the target -> konsneutral"),

dict(name="k35-orebro-elevhalsa", site="k_orebro",
     url="https://www.orebro.se/forskola-och-skola/grundskola/elevhalsa.html",
     title="Elevhälsa", crumbs=[("Startsida", "/"), ("Förskola och skola", "/forskola-och-skola.html"), ("Grundskola", "#"), ("Elevhälsa", "#")],
     main="""
<p class="lead">På varje skola finns elevhälsa med skolsköterska, skolläkare, kurator, psykolog och specialpedagog.</p>
<p>Elevhälsan arbetar för att alla elever ska må bra och kunna lära sig. Du kan söka upp skolsköterskan eller kuratorn när du vill – det står på skolans webbsida när de finns på plats.</p>
<div class="info-box"><h3>Är du utsatt för hedersrelaterat våld?</h3><p>Kontakta Origo – resurscentrum mot hedersrelaterat förtryck och våld, telefon 08-465 004 50, eller prata med kuratorn på din skola.</p></div>
<p>Elevhälsans samordnare nås via Servicecenter 019-21 10 00.</p>
""",
     ph=["08-465 004 50", "019-21 10 00"], related="<ul><li><a href='/forskola-och-skola.html'>Förskola och skola</a></li></ul>",
     note="referral box ('Kontakta Origo'): not the page's own target group -> exposure []; every number in the main content counts (Origo and Servicecenter)"),
]
