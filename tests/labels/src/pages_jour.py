"""Shelter and helpline pages (kind "jour"): kvinnojourer, tjejjourer, mansjour, Brottsofferjour, hbtq line."""

W5 = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"
H247 = f"{ALL} 00:00-24:00"

FRIDA = dict(ph=["0370-100 20"], ca=["Värnamo", "Gislaved", "Gnosjö"],
             oh=[f"{W5} 09:00-21:00", "sat,sun 12:00-18:00"])
VEGA_CHAT = ["mon,thu 19:00-22:00", "sun 18:00-21:00"]
MANS = dict(ph=["0380-100 50"], oh=[f"{ALL} 18:00-21:00"])
BOJ_CA = ["Trelleborg", "Vellinge", "Skurup", "Svedala"]
BOJ_ASIDE = """<h2>Kontakta jouren</h2><p>Lokal jour: <a href="tel:041010045">0410-100 45</a><br>Måndag–fredag 9–15</p><p>Brottsofferjourens nationella stödlinje: 116 006</p>"""
BOJ = dict(ph=["0410-100 45", "116 006"], ca=BOJ_CA, oh=[f"{W5} 09:00-15:00"])
LILITH_ASIDE = """<aside class="widget"><h2 class="widget-title">Jourtelefon</h2><p>0660-100 70</p><p>Mån–fre 9–16</p></aside>"""

PAGES = [
# ------------------------------------------------------------------ Kvinnojouren Frida (WP Astra; a#quick-exit; "Dölj ditt besök" link)
dict(name="j01-frida-fa-stod", site="j_frida", pid=12, url="https://kvinnojourenfrida.se/fa-stod/", title="Få stöd",
     main="""
<p>Kvinnojouren Frida stöttar kvinnor och ickebinära som utsätts eller har utsatts för våld av en partner, en före detta partner eller någon i familjen. Vi tror på dig, och vi utgår alltid från dina egna behov och beslut.</p>
<h2>Hur kan vi hjälpa dig?</h2>
<ul>
<li>Stödsamtal per telefon, mejl eller på plats</li>
<li>Vi följer med dig till polis, socialtjänst eller rättegång</li>
<li>Hjälp att skriva en ansökan om kontaktförbud</li>
<li>Skyddat boende när socialtjänsten beviljar det</li>
</ul>
<p>Du kan vara anonym och vi för inga journaler. Alla som är aktiva i jouren har skrivit under ett tystnadslöfte.</p>
<h2>För vem?</h2>
<p>Vi tar emot dig som är 18 år eller äldre. Är du under 18? Kontakta Tjejjouren Vega eller BRIS, så hjälper de dig.</p>
<p>Jourtelefonen är inte bemannad dygnet runt. Är det akut – ring 112.</p>
""",
     ex=["nara_relation"], g=["kvinnor", "hbtq"], **FRIDA,
     note="sidebar widget = contact box (phone + hours on every page); under-18 negation; 'inte bemannad dygnet runt'"),

dict(name="j02-frida-skyddat-boende", site="j_frida", pid=14, url="https://kvinnojourenfrida.se/skyddat-boende/",
     title="Skyddat boende",
     main="""
<p>Frida har ett skyddat boende med tre lägenheter för kvinnor och deras barn som behöver komma bort från våld. Adressen är hemlig och boendet har larm.</p>
<p>Barn som bor hos oss har ofta sett och hört våld hemma. De får eget stöd av vår barnansvariga, som har samtal och aktiviteter med dem.</p>
<p>Boendet är tillgänglighetsanpassat och vi tar gärna emot kvinnor med funktionsnedsättning. Vi har tyvärr inte möjlighet att ta emot kvinnor med pågående missbruk – då hjälper vi dig att hitta ett annat boende.</p>
<p>Placering sker oftast genom socialtjänsten i din kommun, men du kan alltid ringa oss först och prata.</p>
""",
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "barn_unga"], v=["funktionsnedsattning"], **FRIDA,
     note="negation for missbruk; positive for funktionsnedsattning"),

dict(name="j03-frida-dolj-ditt-besok", site="j_frida", pid=22, url="https://kvinnojourenfrida.se/dolj-ditt-besok/",
     title="Dölj ditt besök",
     main="""
<p>Din webbläsare sparar vilka sidor du har besökt. Om du delar dator eller telefon med någon du inte litar på kan du ta bort spåren efter dig.</p>
<h2>Rensa historiken</h2>
<p><strong>Chrome:</strong> Tryck Ctrl+H, välj Rensa webbinformation och markera Webbhistorik.<br>
<strong>Safari på iPhone:</strong> Inställningar → Safari → Rensa historik och webbplatsdata.<br>
<strong>Firefox:</strong> Meny → Historik → Rensa ut tidigare historik.</p>
<h2>Använd privat läge</h2>
<p>I ett privat fönster eller inkognitofönster sparas ingen historik alls. Det är det säkraste sättet att surfa hos oss.</p>
<p>Tänk på att en tom historik kan väcka misstankar. Ibland är det tryggast att använda en dator på biblioteket eller hos en vän.</p>
""",
     **FRIDA, note="hide-visit advice page; no target group"),

dict(name="j04-frida-bli-medlem", site="j_frida", pid=30, url="https://kvinnojourenfrida.se/bli-medlem/",
     title="Bli medlem",
     main="""
<p>Som medlem stöttar du jourens arbete och får vårt nyhetsbrev fyra gånger om året.</p>
<p>Frida är en kvinnoseparatistisk förening. Kvinnor kan bli aktiva medlemmar och gå vår jourutbildning. Män är välkomna som stödmedlemmar.</p>
<p>Medlemsavgiften är 200 kronor per år. Betala med Swish till 123 456 78 90 och skriv ditt namn och din e-postadress i meddelandet.</p>
""",
     **FRIDA, note="membership page: 'Kvinnor'/'Män' are members, not target groups; Swish number is not a phone number"),

dict(name="j05-frida-om-oss", site="j_frida", pid=8, url="https://kvinnojourenfrida.se/om-oss/", title="Om oss",
     main="""
<p>Kvinnojouren Frida bildades 1982 av en grupp kvinnor i Värnamo. Vi är en ideell, partipolitiskt och religiöst obunden förening och medlemmar i Unizon.</p>
<p>Vi stöttar kvinnor som utsätts för mäns våld i nära relationer. Du kan också prata med oss om du har utsatts för våldtäkt eller andra sexuella övergrepp – oavsett om det hände nyligen eller för länge sedan.</p>
<p>Vi arbetar också förebyggande, bland annat med föreläsningar i skolor.</p>
""",
     ex=["nara_relation", "sexuellt_vald"], g=["kvinnor"], **FRIDA),

# ------------------------------------------------------------------ Tjejjouren Vega (shared platform; "Stäng sidan"; "Göm besöket")
dict(name="j06-vega-prata-med-oss", site="j_tjej", url="https://tjejjouren.example.se/vega/prata-med-oss",
     title="Prata med oss",
     main="""
<p class="lead">Vi finns för tjejer, transtjejer och ickebinära mellan 12 och 25 år. Du kan prata med oss om allt – stort som smått.</p>
<p>Många som skriver till oss vill prata om en pojkvän eller flickvän som kontrollerar dem, om sexuella övergrepp eller om att ha det tufft hemma. Andra vill prata om kompisar, kroppen eller ångest.</p>
<h2>Så når du oss</h2>
<p><strong>Chatt:</strong> måndagar och torsdagar 19–22, söndagar 18–21.<br><strong>Mejl:</strong> via formuläret, vi svarar inom en vecka.</p>
<p>Vi har ingen telefon. Tjejjouren Vega utgår från Jönköping, men du kan chatta med oss var du än bor.</p>
""",
     ex=["nara_relation", "sexuellt_vald"], g=["flickor", "hbtq"], oh=VEGA_CHAT,
     note="'utgår från Jönköping ... var du än bor' -> catchment []; chat hours are opening hours"),

dict(name="j07-vega-om-oss", site="j_tjej", url="https://tjejjouren.example.se/vega/om-oss", title="Om Tjejjouren Vega",
     main="""
<p class="lead">Tjejjouren Vega är en feministisk och ideell förening som startade 2004.</p>
<p>Vi vänder oss till alla som definierar sig som tjej. Vi stöttar tjejer som har utsatts för sexuella trakasserier, övergrepp och våld i unga relationer, och vi åker ut till skolor och pratar om rättigheter och gränser.</p>
<p>Alla jourtjejer har gått vår utbildning och har tystnadslöfte.</p>
""",
     ex=["sexuellt_vald", "nara_relation"], g=["flickor"], oh=[]),

dict(name="j08-vega-in-english", site="j_tjej", lang="en", url="https://tjejjouren.example.se/vega/in-english",
     title="In English",
     main="""
<p class="lead">Tjejjouren Vega supports girls and young women aged 12 to 25. You can talk to us about anything – for example if someone has hurt you, in a relationship or sexually.</p>
<p>The chat is open on Mondays and Thursdays from 7 pm to 10 pm. You are always anonymous.</p>
<p>Write "in English" in your first message and one of our English-speaking volunteers will answer.</p>
<p><a href="/vega" hreflang="sv" lang="sv">Till svenska sidan</a></p>
""",
     languages=["en", "sv"], ex=["nara_relation", "sexuellt_vald"], g=["flickor"], oh=["mon,thu 19:00-22:00"],
     note="English page; '7 pm to 10 pm'"),

dict(name="j09-vega-gom-besoket", site="j_tjej", url="https://tjejjouren.example.se/vega/gom-besoket", title="Göm besöket",
     main="""
<p class="lead">Vill du inte att någon ska se att du har varit här? Så här gör du.</p>
<ol><li>Surfa i inkognitoläge (privat surfning) nästa gång.</li><li>Radera den här sidan ur webbläsarens historik.</li><li>Logga ut från chatten och stäng fliken när du är klar.</li></ol>
<p>Knappen <em>Stäng sidan</em> uppe till höger tar dig snabbt till Google om någon kommer in i rummet.</p>
""",
     oh=[], note="hide-visit advice; no target group"),

dict(name="j10-vega-engagera-dig", site="j_tjej", url="https://tjejjouren.example.se/vega/engagera-dig", title="Bli jourtjej",
     main="""
<p class="lead">Vill du stötta andra tjejer? Vi söker nya jourtjejer varje termin.</p>
<p>Du behöver vara minst 18 år och kunna vara aktiv i minst ett år. Utbildningen är fyra helger och kostnadsfri.</p>
<p>Anmäl ditt intresse senast 15 augusti.</p>
""",
     oh=[], note="volunteer recruitment: '18 år' is about volunteers -> no target group"),

# ------------------------------------------------------------------ Mansjouren Höglandet (Wix; no quick exit; "Stäng meny")
dict(name="j11-mansjour-start", site="j_mans", url="https://www.mansjourenhoglandet.se/",
     title="Samtalsstöd för män i kris",
     main="""
<p>Mansjouren Höglandet finns för män som lever i en relation med våld – både du som blir utsatt och du som själv har använt våld och vill sluta.</p>
<p>Vi är ideella medmänniskor, inte myndighetspersoner. Du kan vara anonym.</p>
<p><strong>Jourtelefon 0380-100 50</strong><br>Måndag–söndag kl 18.00–21.00</p>
<p>Vi finns för män i Eksjö, Nässjö, Sävsjö, Vetlanda, Aneby och Tranås.</p>
""",
     ex=["nara_relation", "valdsutovare"], g=["man"], ca=["Eksjö", "Nässjö", "Sävsjö", "Vetlanda", "Aneby", "Tranås"], **MANS),

dict(name="j12-mansjour-vi-hjalper", site="j_mans", url="https://www.mansjourenhoglandet.se/vi-hjalper", title="Vi hjälper",
     main="""
<p>Många män som ringer oss är mitt i en separation eller en vårdnadstvist. Andra blir kränkta, hotade eller slagna av sin partner och vet inte vart de ska vända sig.</p>
<p>Vi tar också emot pojkar och unga män från 16 år.</p>
<p>Vi tar inte emot samtal från kvinnor. Är du kvinna och utsatt för våld kan du ringa Kvinnofridslinjen, 020-50 50 50.</p>
<p>Ring oss på 0380-100 50, alla dagar 18–21.</p>
""",
     ex=["nara_relation"], g=["man", "pojkar"], ph=["020-50 50 50", "0380-100 50"], oh=[f"{ALL} 18:00-21:00"],
     note="negation: 'Vi tar inte emot samtal från kvinnor' -> no kvinnor"),

dict(name="j13-mansjour-om-oss", site="j_mans", url="https://www.mansjourenhoglandet.se/om-oss", title="Om oss",
     main="""
<p>Mansjouren Höglandet är en ideell förening som startade 2009. Vi ger samtalsstöd till män i kris, till exempel vid separation, sorg eller arbetslöshet.</p>
<p>Våra jourmän är utbildade volontärer. Föreningen finansieras av kommunala bidrag och gåvor.</p>
""",
     g=["man"], note="men's crisis support without violence named -> exposure [] but gender man"),

dict(name="j14-mansjour-kontakt", site="j_mans", url="https://www.mansjourenhoglandet.se/kontakt", title="Kontakt",
     main="""
<p>Jourtelefon: 0380-100 50 (alla dagar 18–21)</p>
<p>Vill du träffas? Ring och boka ett samtal på vår lokal i Nässjö.</p>
<p>E-post: kontakt@mansjourenhoglandet.se</p>
<p>Sms till kassören: 070-174 06 60 (endast frågor om medlemskap).</p>
""",
     ph=["0380-100 50", "070-174 06 60"], oh=[f"{ALL} 18:00-21:00"],
     note="contact page, no target group; the treasurer's sms number is published in the main content -> counted"),

# ------------------------------------------------------------------ Brottsofferjouren Sydväst (icon-only data-quick-exit)
dict(name="j15-boj-fa-stod", site="j_boj", url="https://www.bojsydvast.se/stod", title="Har du utsatts för brott?",
     main="""
<p>Brottsofferjouren ger stöd till dig som har utsatts för brott, till vittnen och till anhöriga. Stödet är gratis och du bestämmer själv om du vill vara anonym.</p>
<p>Vi ger stöd oavsett vilket brott det gäller – till exempel misshandel, hot, inbrott, bedrägeri, sexualbrott eller våld i nära relation. Du behöver inte ha polisanmält.</p>
<p>Alla som utsatts är välkomna, oavsett ålder.</p>
""",
     aside=BOJ_ASIDE, ex=["nara_relation", "sexuellt_vald"], g=["konsneutral"], **BOJ),

dict(name="j16-boj-vittnesstod", site="j_boj", url="https://www.bojsydvast.se/vittnesstod", title="Vittnesstöd",
     main="""
<p>Ska du vittna i en rättegång vid Ystads tingsrätt? Då kan du få sällskap av ett vittnesstöd.</p>
<p>Vittnesstödet berättar hur en rättegång går till, visar dig rättssalen och finns med under dagen. Vittnesstödet pratar inte om själva målet.</p>
<p>Vittnesstödet finns på plats i tingsrätten måndag–fredag 8.30–16.00.</p>
""",
     aside=BOJ_ASIDE, g=["konsneutral"], ph=BOJ["ph"], ca=BOJ_CA,
     oh=[f"{W5} 09:00-15:00", f"{W5} 08:30-16:00"],
     note="witness support: no matrix exposure group; 'du som' wording -> konsneutral"),

dict(name="j17-boj-andra-sprak", site="j_boj", url="https://www.bojsydvast.se/andra-sprak", title="Information på andra språk",
     main="""
<p>Här kan du ladda ner vår folder om stöd till brottsutsatta på andra språk.</p>
<ul class="files">
<li><a href="/files/boj-arabiska.pdf">Information på arabiska (PDF)</a></li>
<li><a href="/files/boj-engelska.pdf">Information på engelska (PDF)</a></li>
<li><a href="/files/boj-polska.pdf">Information på polska (PDF)</a></li>
<li><a href="/files/boj-somaliska.pdf">Information på somaliska (PDF)</a></li>
<li><a href="/files/boj-tigrinja.pdf">Information på tigrinja (PDF)</a></li>
<li><a href="/files/boj-lattlast.pdf">Information på lätt svenska (PDF)</a></li>
</ul>
<p>Behöver du tolk när du pratar med oss? Säg till, så bokar vi en.</p>
""",
     aside=BOJ_ASIDE, languages=["sv", "ar", "en", "pl", "so", "ti"], easy_read=True,
     v=["bristande_svenska"], **BOJ,
     note="PDFs per language named in Swedish; 'lätt svenska' is easy_read, not a language"),

dict(name="j18-boj-unga", site="j_boj", url="https://www.bojsydvast.se/unga", title="För dig som är ung",
     main="""
<p>Är du mellan 12 och 20 år och har blivit rånad, hotad, mobbad på nätet eller utsatt för sexuella övergrepp? Du kan prata med en av våra ungdomsstödjare.</p>
<p>Du kan ringa, mejla eller träffa oss. Vi kan också följa med till polisen.</p>
""",
     aside=BOJ_ASIDE, ex=["sexuellt_vald"], g=["barn_unga"], **BOJ),

dict(name="j19-boj-bli-stodperson", site="j_boj", url="https://www.bojsydvast.se/bli-stodperson", title="Bli stödperson",
     main="""
<p>Vill du göra skillnad för människor i kris? Som ideell stödperson pratar du med brottsutsatta per telefon eller träffar dem.</p>
<p>Du behöver vara minst 20 år, ha god livserfarenhet och kunna avsätta några timmar i månaden. Vi ger dig en grundutbildning på 24 timmar.</p>
""",
     aside=BOJ_ASIDE, **BOJ, note="volunteer page; contact box still counts"),

# ------------------------------------------------------------------ Kvinnojouren Astrid (quick exit only via quick-exit.js / window.quickExit)
dict(name="j20-astrid-stod", site="j_astrid", pid=90, url="https://kvinnojourenastrid.se/stod/",
     title="Stöd till dig som är utsatt",
     main="""
<p>Lever du med någon som slår, hotar eller kontrollerar dig? Kvinnojouren Astrid ger stöd till kvinnor och deras barn i Karlskoga och Degerfors.</p>
<p>Barn som har upplevt våld mot sin mamma får stöd av våra barnstödjare.</p>
<p>Vi tar inte emot män, men kan hjälpa dig att hitta rätt stöd.</p>
<h3>Jourtelefonen är öppen dygnet runt, alla dagar</h3>
<p><a href="tel:+4658610030">0586-100 30</a></p>
""",
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "barn_unga"], ph=["0586-100 30"], h24=True,
     ca=["Karlskoga", "Degerfors"], oh=[H247], note="quick exit injected by script; negation 'Vi tar inte emot män'"),

dict(name="j21-astrid-boende", site="j_astrid", pid=92, url="https://kvinnojourenastrid.se/boende/", title="Skyddat boende",
     main="""
<p>Vårt skyddade boende är öppet för kvinnor över 18 år, med eller utan barn. Vi tar emot kvinnor från hela landet.</p>
<p>Vi tar emot kvinnor med missbruk och samsjuklighet i samarbete med beroendevården. Barnen som bor hos oss får egna samtal om det de har varit med om.</p>
<p>Ring jourtelefonen (dygnet runt): 0586-100 30.</p>
""",
     ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "barn_unga"], v=["missbruk"],
     ph=["0586-100 30"], h24=True, oh=[H247], note="'hela landet' -> catchment []"),

dict(name="j22-astrid-historia", site="j_astrid", pid=94, url="https://kvinnojourenastrid.se/om/historia/", title="Vår historia",
     main="""
<p>Kvinnojouren Astrid bildades 1983 i ett lånat kök i Karlskoga. De första åren fanns ingen telefon – kvinnor kom direkt till jourkvinnornas hem.</p>
<p>1991 fick jouren sitt första skyddade boende och 2005 anställdes den första verksamhetschefen.</p>
<p>Jouren är uppkallad efter en av grundarnas farmor.</p>
""",
     note="history page, no service"),

dict(name="j23-astrid-ge-en-gava", site="j_astrid", pid=96, url="https://kvinnojourenastrid.se/engagera/ge-en-gava/", title="Ge en gåva",
     main="""
<p>Din gåva går direkt till kvinnor och barn på vårt boende – till mat, kläder och aktiviteter.</p>
<p><strong>Swish:</strong> 123 268 55 07<br><strong>Bankgiro:</strong> 5678-1234</p>
<p>Vill du ge en minnesgåva? Skriv namnet i meddelandet så skickar vi ett minnesblad.</p>
""",
     note="Swish and bankgiro numbers look like phone numbers but are not -> phones []"),

# ------------------------------------------------------------------ Regnbågslinjen Väst (Exit this page + Esc Esc)
dict(name="j24-regnbage-stod", site="j_regnbage", url="https://regnbagslinjen.example.org/stod", title="Stöd vid våld",
     main="""
<p>Regnbågslinjen är en stödlinje för hbtqi-personer som utsätts för våld av en partner eller familj – även hedersrelaterat våld och förtryck kopplat till din sexualitet eller könsidentitet.</p>
<p>Vi vänder oss till hbtqi-personer i alla åldrar, även dig som är under 18.</p>
<p>Ring oss på 031-390 06 40.<br>Tisdagar och torsdagar kl. 17–20, söndagar 14–17.</p>
""",
     ex=["nara_relation", "heder"], g=["hbtq", "barn_unga"], ph=["031-390 06 40"],
     oh=["tue,thu 17:00-20:00", "sun 14:00-17:00"]),

dict(name="j25-regnbage-en", site="j_regnbage", lang="en", url="https://regnbagslinjen.example.org/en", title="Support if you are subjected to violence",
     main="""
<p>Regnbågslinjen is a helpline for LGBTQI people who are subjected to violence by a partner or family member, including honour-related violence.</p>
<p>Call us on <strong>+46 (0)31-390 06 40</strong>, Tuesdays and Thursdays 5–8 pm and Sundays 2–5 pm.</p>
""",
     ex=["nara_relation", "heder"], g=["hbtq"], ph=["+46 (0)31-390 06 40"],
     oh=["tue,thu 17:00-20:00", "sun 14:00-17:00"], note="+46 (0) notation; pm times"),

dict(name="j26-regnbage-utovare", site="j_regnbage", url="https://regnbagslinjen.example.org/stod/om-du-anvander-vald", title="Om du använder våld",
     main="""
<p>Har du slagit eller hotat din partner? Vi erbjuder samtal även till hbtqi-personer som utövar våld och vill förändra sitt beteende.</p>
<p>Boka ett första samtal genom att mejla samtal@regnbagslinjen.example.org.</p>
""",
     ex=["valdsutovare"], g=["hbtq"]),

dict(name="j27-regnbage-om", site="j_regnbage", url="https://regnbagslinjen.example.org/om", title="Om oss",
     main="""
<p>Regnbågslinjen drivs av en förening av och för hbtqi-personer. Alla som svarar i telefon är utbildade volontärer.</p>
<p>Vi får bidrag från Göteborgs stad och från Länsstyrelsen.</p>
""",
     g=["hbtq"], note="about page: organisation for hbtqi people, no violence service described here"),

# ------------------------------------------------------------------ Lilith (GTranslate = machine translation; hreflang en/ar; panic X)
dict(name="j28-lilith-kvinnojour", site="j_lilith", path="/kvinnojour/", url="https://lilithjouren.se/kvinnojour/", title="Kvinnojour",
     main="""
<p>Lilith ger stöd till kvinnor över 18 år som har utsatts för våld i en nära relation eller för hedersrelaterat våld och förtryck.</p>
<p>Vi finns för kvinnor som bor i Örnsköldsviks kommun. Du kan få stödsamtal, hjälp i kontakten med myndigheter och skyddat boende.</p>
<p>Jourtelefonen är öppen måndag–fredag 9–16. Övrig tid kan du ringa Kvinnofridslinjen, 020-50 50 50.</p>
""",
     aside=LILITH_ASIDE, ex=["nara_relation", "heder"], g=["kvinnor"], ph=["020-50 50 50", "0660-100 70"],
     ca=["Örnsköldsvik"], oh=[f"{W5} 09:00-16:00"], note="own jourtelefon not 24/7 -> hotline_24h false"),

dict(name="j29-lilith-tjejjour", site="j_lilith", path="/tjejjour/", url="https://lilithjouren.se/tjejjour/", title="Tjejjour",
     main="""
<p>Tjejjouren är till för tjejer mellan 13 och 25 år. Har din killkompis börjat kontrollera dig? Har någon gjort något sexuellt mot dig som du inte ville? Prata med oss.</p>
<p>Chatten är öppen onsdagar kl 18.00–21.00.</p>
""",
     aside="""<aside class="widget"><h2 class="widget-title">Chatta</h2><p>Onsdagar 18–21</p></aside>""",
     ex=["nara_relation", "sexuellt_vald"], g=["flickor"], oh=["wed 18:00-21:00"]),

dict(name="j30-lilith-en", site="j_lilith", lang="en", path="/", url="https://lilithjouren.se/en/", title="Lilith women's and girls' shelter",
     main="""
<p>Lilith supports women and girls who have been subjected to violence in a close relationship or to honour-related violence and oppression.</p>
<p>Our helpline <strong>+46 660 100 70</strong> is open Monday–Friday, 9 am – 4 pm.</p>
""",
     aside="", languages=["en", "sv", "ar"], ex=["nara_relation", "heder"], g=["kvinnor", "flickor"],
     ph=["+46 660 100 70"], oh=[f"{W5} 09:00-16:00"]),

dict(name="j31-lilith-ar", site="j_lilith", lang="ar", dir="rtl", path="/", url="https://lilithjouren.se/ar/", title="ليليث – دعم النساء والفتيات",
     main="""
<p>تقدم ليليث الدعم للنساء اللواتي تعرضن للعنف في العلاقات القريبة أو للعنف والقمع المرتبطين بالشرف.</p>
<p>يمكنك الاتصال بنا على الرقم 0660-100 70 من الاثنين إلى الجمعة من الساعة 9 إلى الساعة 16.</p>
""",
     aside="", languages=["ar", "sv", "en"], ex=["nara_relation", "heder"], g=["kvinnor"],
     ph=["0660-100 70"], oh=[f"{W5} 09:00-16:00"], note="Arabic page; GTranslate widget adds no languages"),

# ------------------------------------------------------------------ Kvinnojouren Tilda (old table HTML; "Stäng" on a popup)
dict(name="j32-tilda-stod", site="j_tilda", url="http://www.kvinnojourentilda.se/stod.html", title="Stöd och hjälp",
     main="""
<p><font size="3">Vi tar emot kvinnor som är utsatta för misshandel eller hot av sin man, sambo eller pojkvän. Vi finns för kvinnor i Sala och Heby kommuner.</font></p>
<p><b>Jourtelefon: 0224-100 80</b><br>Jourtid: tisdagar kl 18-21 och lördagar kl 10-13.<br>Övrig tid telefonsvarare, vi ringer upp.</p>
<p>Vi har tystnadslöfte och du får vara anonym.</p>
""",
     ex=["nara_relation"], g=["kvinnor"], ph=["0224-100 80"], ca=["Sala", "Heby"],
     oh=["tue 18:00-21:00", "sat 10:00-13:00"]),

dict(name="j33-tilda-boende", site="j_tilda", url="http://www.kvinnojourentilda.se/boende.html", title="Boende",
     main="""
<p>Kvinnojouren har ett skyddat boende med två rum för dig som behöver komma bort från en man som slår eller hotar dig. Du kan bo hos oss tillsammans med dina barn medan du planerar hur du ska gå vidare.</p>
<p>Ring jourtelefonen 0224-100 80 så pratar vi om din situation.</p>
""",
     ex=["nara_relation"], g=["kvinnor", "barn_unga"], ph=["0224-100 80"],
     note="children are accepted residents -> barn_unga, but not described as exposed -> no barn_som_upplever_vald; 'en man som slår' is the perpetrator -> no man"),

dict(name="j34-tilda-lankar", site="j_tilda", url="http://www.kvinnojourentilda.se/lankar.html", title="Länkar",
     main="""
<p><a href="https://www.kvinnofridslinjen.se">Kvinnofridslinjen</a> – 020-50 50 50 (dygnet runt)<br>
<a href="https://www.bris.se">BRIS</a> – 116 111<br>
<a href="https://www.terrafem.org">Terrafem</a> – 020-52 10 10, stöd på många språk<br>
<a href="https://www.brottsofferjouren.se">Brottsofferjouren</a> – 116 006</p>
""",
     ph=["020-50 50 50", "116 111", "020-52 10 10", "116 006"], note="links page: referrals only"),

# ------------------------------------------------------------------ Systerjouren Selma (native-name language links, teckenspråk, "Quick exit")
dict(name="j35-selma-stod", site="j_selma", url="https://systerjourenselma.se/stod/", title="Stöd på ditt språk",
     main="""
<p>Systerjouren Selma stöttar kvinnor och tjejer med utländsk bakgrund som utsätts för våld i nära relation eller hedersrelaterat våld och förtryck.</p>
<p>Du behöver inte kunna svenska. Våra jourkvinnor pratar arabiska, persiska, somaliska, tigrinja, kurdiska och engelska.</p>
<p>Jourtelefon: 08-465 004 30, vardagar 10–16.<br>Stödlinje på arabiska: 08-465 004 31, tisdagar 17–19.</p>
""",
     ex=["nara_relation", "heder"], g=["kvinnor", "flickor"], v=["bristande_svenska"],
     ph=["08-465 004 30", "08-465 004 31"], oh=[f"{W5} 10:00-16:00", "tue 17:00-19:00"],
     note="spoken languages (kurdiska) are not offered information -> languages unchanged"),

dict(name="j36-selma-fa", site="j_selma", lang="fa", dir="rtl", url="https://systerjourenselma.se/fa/", title="حمایت به زبان خودتان",
     main="""
<p>سیسترجورن سلما از زنان و دخترانی که در روابط نزدیک یا به دلیل ناموس مورد خشونت قرار می‌گیرند حمایت می‌کند.</p>
<p>لازم نیست سوئدی بلد باشید. با ما تماس بگیرید: 08-465 004 30، روزهای کاری ساعت ۱۰ تا ۱۶.</p>
""",
     languages=["fa", "sv", "ar", "so", "ti", "en"], ex=["nara_relation", "heder"], g=["kvinnor", "flickor"],
     v=["bristande_svenska"], ph=["08-465 004 30"], oh=[f"{W5} 10:00-16:00"],
     note="Persian page with Persian digits for the hours"),

dict(name="j37-selma-teckensprak", site="j_selma", url="https://systerjourenselma.se/teckensprak/", title="Teckenspråk",
     main="""
<p>Här finns filmer på svenskt teckenspråk om vad Selma kan hjälpa till med.</p>
<video controls src="/media/selma-teckensprak.mp4" title="Systerjouren Selma på teckenspråk"></video>
<p>Vi stöttar döva och hörselskadade kvinnor som utsätts för våld i en nära relation. Skicka sms till 070-174 06 45 så kontaktar vi dig med teckenspråkstolk.</p>
""",
     ex=["nara_relation"], g=["kvinnor"], v=["funktionsnedsattning"], ph=["070-174 06 45"]),

dict(name="j38-selma-boende", site="j_selma", url="https://systerjourenselma.se/boende/", title="Boende",
     main="""
<p>Selma har inget eget skyddat boende. Är du en kvinna som behöver fly från våld hemma hjälper vi dig att kontakta socialtjänsten och hitta en plats på ett boende.</p>
<p>Ring oss på 08-465 004 30.</p>
""",
     ex=["nara_relation"], g=["kvinnor"], ph=["08-465 004 30"]),

# ------------------------------------------------------------------ Kvinnojouren Karin (Squarespace; "Hide this page"; announcement "Stäng")
dict(name="j39-karin-stod", site="j_karin", url="https://www.kvinnojourenkarin.se/stod", title="Stöd",
     main="""
<p>Kvinnojouren Karin vänder sig till kvinnor, män och ickebinära som utsätts för våld i en nära relation. Vi finns för dig som bor i Kalmar, Nybro, Torsås eller Mörbylånga.</p>
<p>Jourtelefonen är öppen alla dagar 00–24: <strong>0480-100 90</strong>.</p>
""",
     ex=["nara_relation"], g=["kvinnor", "man", "hbtq"], ph=["0480-100 90"], h24=True,
     ca=["Kalmar", "Nybro", "Torsås", "Mörbylånga"], oh=[H247],
     note="kvinnojour that also names män and ickebinära; 'alla dagar 00–24'"),

dict(name="j40-karin-jourtelefon", site="j_karin", url="https://www.kvinnojourenkarin.se/jourtelefon", title="Jourtelefon och chatt",
     main="""
<p>Ring oss på 0480-100 90. Telefonen är öppen dygnet runt, årets alla dagar.</p>
<p>Vill du hellre skriva? Chatten är öppen tisdagar och torsdagar 18.00–20.30.</p>
<p>Du kan vara anonym och vi har tystnadslöfte.</p>
""",
     ph=["0480-100 90"], h24=True, oh=[H247, "tue,thu 18:00-20:30"],
     note="contact page: no target group named -> exposure/gender []; own line dygnet runt"),

dict(name="j41-karin-engagera-dig", site="j_karin", url="https://www.kvinnojourenkarin.se/engagera-dig", title="Engagera dig",
     main="""
<p>Vi behöver fler jourare! Som jourare svarar du i telefon eller chatt några pass i månaden.</p>
<p>Vi erbjuder en introduktionsutbildning och handledning. Du behöver inte ha någon särskild bakgrund.</p>
""",
     note="volunteer page; announcement bar close 'Stäng' is innocuous; 'Hide this page' quick exit"),
]
