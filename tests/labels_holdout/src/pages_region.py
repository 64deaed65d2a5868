"""Region pages. Label keys as in pages_kommun.py."""

WD = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"

PAGES = [
    # ------------------------------------------------------------------------------------------- Region Värmland
    dict(name="r01_varmland_vald_varden_kan_hjalpa", site="varmland",
         path="/halsa-och-vard/vald-i-nara-relation", title="Våld i nära relation – vården kan hjälpa",
         crumbs=["Start", "Hälsa och vård", "Våld i nära relation"],
         main="""
<h1 class="rv-heading">Våld i nära relation – vården kan hjälpa</h1>
<p class="rv-lead">Många som söker vård har varit utsatta för våld av någon de lever med. Du kan alltid berätta för oss.</p>
<p class="normal">I Region Värmland frågar vi patienter, oavsett kön och ålder, om de har varit utsatta för våld. Du som är utsatt kan berätta för personalen på din vårdcentral, på barnmorskemottagningen eller på en psykiatrisk mottagning. Vi dokumenterar skador så att de kan användas om du polisanmäler senare, och hjälper dig vidare till socialtjänsten eller en kvinnojour om du vill.</p>
<p class="normal">Du kan också ringa 1177 för råd om var du ska vända dig.</p>
<h2 class="rv-subheading">Stödlinjer</h2>
<ul class="normal">
  <li>Kvinnofridslinjen, 020-50 50 50, dygnet runt</li>
  <li>Välj att sluta, för dig som utövar våld, 020-555 666</li>
</ul>
""",
         exp=["nara_relation"], gen=["konsneutral"], ph=["1177", "020-50 50 50", "020-555 666"],
         note="1177 in the header banner does not count; 1177 in main content does. Referred 24h line."),

    dict(name="r02_varmland_gynakut_sexuella_overgrepp", site="varmland",
         path="/halsa-och-vard/sjukhus/centralsjukhuset-karlstad/akut-hjalp-efter-sexuellt-overgrepp",
         title="Akut hjälp efter sexuellt övergrepp",
         crumbs=["Start", "Hälsa och vård", "Centralsjukhuset Karlstad", "Akut hjälp efter sexuellt övergrepp"],
         main="""
<h1 class="rv-heading">Akut hjälp efter sexuellt övergrepp</h1>
<p class="rv-lead">Har du nyligen blivit utsatt för våldtäkt eller ett annat sexuellt övergrepp? Sök vård så snart du kan, även om du inte vill polisanmäla.</p>
<h2 class="rv-subheading">Gynekologiska akutmottagningen, Centralsjukhuset Karlstad</h2>
<p class="normal">Gynakuten tar emot kvinnor och transpersoner från 15 år. Ring gärna innan du kommer – telefonen är bemannad dygnet runt: 054-19 44 60.</p>
<p class="normal">Män tas emot på sjukhusets akutmottagning och barn under 15 år på barn- och ungdomsmedicinska mottagningen.</p>
<p class="normal">Vid besöket kan vi ta prover och säkra spår som kan användas om du gör en polisanmälan senare. Spåren sparas i minst två år. Du erbjuds också samtal med kurator.</p>
<p class="normal">Besöket är kostnadsfritt.</p>
""",
         exp=["sexuellt_vald"], gen=["kvinnor", "hbtq"], ph=["054-19 44 60"], hot=True,
         hrs=[f"{ALL} 00:00-24:00"],
         note="Own 24h phone line; men and under-15s are sent elsewhere (negation)."),

    dict(name="r03_varmland_unga_sexuellt_vald", site="varmland",
         path="/halsa-och-vard/ungdomsmottagningen/samtalsstod-efter-sexuellt-vald",
         title="Samtalsstöd för unga efter sexuellt våld",
         crumbs=["Start", "Hälsa och vård", "Ungdomsmottagningen", "Samtalsstöd efter sexuellt våld"],
         main="""
<h1 class="rv-heading">Samtalsstöd för unga efter sexuellt våld</h1>
<p class="rv-lead">Har du som är mellan 13 och 25 år varit med om något sexuellt som du inte ville? Du kan få prata med en kurator hos oss.</p>
<p class="normal">Stödmottagningen finns på ungdomsmottagningen i Karlstad och tar emot unga oavsett kön. Det spelar ingen roll om det hände nyss eller för flera år sedan, eller om det var någon du kände.</p>
<p class="normal">Ring för att boka tid: 054-19 45 20. Telefontid tisdag och torsdag 13.00–14.30.</p>
<p class="normal">Du kan också komma på drop-in onsdagar kl. 15–17.</p>
""",
         exp=["sexuellt_vald"], gen=["barn_unga"], ph=["054-19 45 20"],
         hrs=["tue,thu 13:00-14:30", "wed 15:00-17:00"],
         note="Youth service 'oavsett kön' with no gender named: barn_unga only. 'i Karlstad' is a location."),

    dict(name="r04_varmland_rutin_for_medarbetare", site="varmland",
         path="/vardgivare/rutiner/rutin-for-att-fraga-om-vald", title="Rutin för att fråga om våld",
         crumbs=["Start", "Vårdgivare", "Rutiner", "Rutin för att fråga om våld"],
         main="""
<h1 class="rv-heading">Rutin för att fråga om våld</h1>
<p class="rv-lead">För medarbetare inom hälso- och sjukvården i Region Värmland.</p>
<p class="normal">Rutinen gäller alla verksamheter inom primärvård, psykiatri, kvinnosjukvård och akutsjukvård. Fråga alla patienter från 18 år om erfarenhet av våld, och ställ frågan när patienten är ensam. Använd en professionell tolk när det behövs, aldrig en anhörig.</p>
<p class="normal">Dokumentera svaret under sökordet Våldsutsatthet. Vid pågående våld gör du en bedömning av risk och erbjuder kontakt med kurator. Gäller det barn ska du göra en orosanmälan till socialtjänsten.</p>
<p class="normal">Frågor om rutinen besvaras av den regionala samordnaren för våld i nära relation, telefon 054-19 40 55.</p>
""",
         ph=["054-19 40 55"],
         note="For staff: tolk advice to staff does not count as bristande_svenska."),

    dict(name="r05_varmland_parkering", site="varmland",
         path="/halsa-och-vard/sjukhus/centralsjukhuset-karlstad/hitta-och-parkera", title="Hitta och parkera",
         crumbs=["Start", "Hälsa och vård", "Centralsjukhuset Karlstad", "Hitta och parkera"],
         main="""
<h1 class="rv-heading">Hitta och parkera vid Centralsjukhuset</h1>
<p class="rv-lead">Det finns besöksparkering i parkeringshuset vid huvudentrén.</p>
<p class="normal">Parkeringshuset är öppet dygnet runt. Du betalar med kort eller i en parkeringsapp. Parkeringsplatser för rörelsehindrade finns närmast entrén.</p>
<p class="normal">Frågor om parkering: ring växeln på 054-19 40 00 och fråga efter parkeringsansvarig.</p>
""",
         ph=["054-19 40 00"],
         note="Off-topic; the switchboard is given in main content. 'öppet dygnet runt' is a car park."),

    # ----------------------------------------------------------------------------------------- Region Norrbotten
    dict(name="r06_norrbotten_mottagning_valdsutsatta", site="norrbotten", epiid="8841",
         path="/Halsa-och-vard/Sunderby-sjukhus/Mottagningen-for-valdsutsatta/", title="Mottagningen för våldsutsatta",
         crumbs=["Startsida", "Hälsa och vård", "Sunderby sjukhus", "Mottagningen för våldsutsatta"],
         head='<link rel="alternate" hreflang="en" href="https://www.norrbotten.se/In-English/Clinic-for-people-subjected-to-violence/" />',
         main="""
<div id="ctl00_MainRegion_MainBody" class="mainbody-text">
<h1>Mottagningen för våldsutsatta</h1>
<p class="introduction">Mottagningen för våldsutsatta på Sunderby sjukhus tar emot kvinnor och män som har utsatts för våld av en närstående, också när våldet sker i hederns namn.</p>
<p>Hos oss får du en läkarundersökning där skadorna dokumenteras, och du kan träffa kurator för stödsamtal. Du behöver ingen remiss.</p>
<p>Du som inte talar svenska har rätt till tolk. Om du är döv eller har en hörselnedsättning bokar vi teckenspråkstolk.</p>
<table class="contact" cellpadding="2" cellspacing="0">
  <tr><td><strong>Telefon</strong></td><td>0920-71 26 40</td></tr>
  <tr><td><strong>Telefontid</strong></td><td>Vardagar 8.00–16.00</td></tr>
</table>
<p>Efter kontorstid kan du söka vård på akutmottagningen. Vid akut fara, ring 112.</p>
</div>
""",
         exp=["nara_relation", "heder"], gen=["kvinnor", "man"],
         vul=["bristande_svenska", "funktionsnedsattning"], ph=["0920-71 26 40"], hrs=[f"{WD} 08:00-16:00"],
         note="Teckenspråkstolk for döva is a vulnerable group, not the sign_language feature."),

    dict(name="r07_norrbotten_english", site="norrbotten", lang="en", epiid="8842",
         path="/In-English/Clinic-for-people-subjected-to-violence/", title="Clinic for people subjected to violence",
         crumbs=["Home", "In English", "Clinic for people subjected to violence"],
         head='<link rel="alternate" hreflang="sv" href="https://www.norrbotten.se/Halsa-och-vard/Sunderby-sjukhus/Mottagningen-for-valdsutsatta/" />',
         main="""
<div id="ctl00_MainRegion_MainBody" class="mainbody-text">
<h1>Clinic for people subjected to violence</h1>
<p class="introduction">The clinic at Sunderby Hospital receives women and men who have been subjected to violence by someone close to them, including honour-related violence.</p>
<p>We document your injuries and you can talk to a counsellor. You do not need a referral. If you do not speak Swedish, you have the right to an interpreter.</p>
<p>Phone: +46 920 71 26 40 (weekdays 8 am–4 pm)</p>
</div>
""",
         exp=["nara_relation", "heder"], gen=["kvinnor", "man"], vul=["bristande_svenska"],
         ph=["+46 920 71 26 40"], hrs=[f"{WD} 08:00-16:00"], lab=dict(languages=["en", "sv", "se"])),

    dict(name="r08_norrbotten_barnahus", site="norrbotten", epiid="8850",
         path="/Halsa-och-vard/Barn-och-unga/Barnahus-Norrbotten/", title="Barnahus Norrbotten",
         crumbs=["Startsida", "Hälsa och vård", "Barn och unga", "Barnahus Norrbotten"],
         main="""
<div id="ctl00_MainRegion_MainBody" class="mainbody-text">
<h1>Barnahus Norrbotten</h1>
<p class="introduction">På Barnahus samarbetar polis, åklagare, socialtjänst och hälso- och sjukvård när ett barn kan ha utsatts för brott.</p>
<p>Barnahus tar emot barn och ungdomar under 18 år som kan ha utsatts för våld av en närstående eller för sexuella övergrepp, och barn som har upplevt våld i familjen. Barnet förhörs, undersöks och får krisstöd på samma ställe, i en miljö som är anpassad för barn.</p>
<p>Det är polis eller socialtjänst som bokar besöket. Som förälder eller barn kan du inte boka själv, men du kan ringa och ställa frågor.</p>
<p>Telefon till Barnahus: 0920-71 28 80, måndag–fredag 8.00–16.30.</p>
</div>
""",
         exp=["nara_relation", "sexuellt_vald", "barn_som_upplever_vald"], gen=["barn_unga"],
         ph=["0920-71 28 80"], hrs=[f"{WD} 08:00-16:30"]),

    dict(name="r09_norrbotten_om_vald", site="norrbotten", epiid="8801",
         path="/Halsa-och-vard/Rad-om-halsa/Vald-i-nara-relationer/", title="Våld i nära relationer",
         crumbs=["Startsida", "Hälsa och vård", "Råd om hälsa", "Våld i nära relationer"],
         main="""
<div id="ctl00_MainRegion_MainBody" class="mainbody-text">
<h1>Våld i nära relationer</h1>
<p class="introduction">Här kan du läsa om vad våld i nära relationer är och vart du kan vända dig.</p>
<p>Våld kan vara fysiskt, psykiskt, sexuellt eller ekonomiskt. Det kan drabba kvinnor, män och barn i alla åldrar och i alla slags relationer. Våldet påverkar hälsan långt efter att det har upphört, med sömnproblem, smärta, ångest och depression som vanliga följder.</p>
<h2>Vart kan jag vända mig?</h2>
<ul>
  <li>Socialtjänsten i din kommun</li>
  <li>Kvinnofridslinjen, 020-50 50 50</li>
  <li>Terrafem, jour för kvinnor med annat modersmål än svenska, 020-52 10 10</li>
  <li>BRIS, för barn och unga, 116 111</li>
  <li>Polisen, 114 14. Vid akut fara ring 112.</li>
</ul>
</div>
""",
         ph=["020-50 50 50", "020-52 10 10", "116 111", "114 14"],
         note="General information plus referrals only."),

    dict(name="r10_norrbotten_behandling_utovat_vald", site="norrbotten", epiid="8860",
         path="/Halsa-och-vard/Psykiatri/Behandling-for-dig-som-har-utovat-vald/",
         title="Behandling för dig som har utövat våld",
         crumbs=["Startsida", "Hälsa och vård", "Psykiatri", "Behandling för dig som har utövat våld"],
         main="""
<div id="ctl00_MainRegion_MainBody" class="mainbody-text">
<h1>Behandling för dig som har utövat våld</h1>
<p class="introduction">Vuxenpsykiatrin i Luleå erbjuder behandling till dig som har använt våld mot en partner och vill ändra ditt beteende.</p>
<p>Behandlingen består av 15–25 samtal med psykolog eller kurator. Du behöver ingen remiss. Vi tar inte emot patienter under 18 år; unga hänvisas till barn- och ungdomspsykiatrin.</p>
<p>Telefontid mån–fre 8.00–9.00 på 0920-71 29 15.</p>
</div>
""",
         exp=["valdsutovare"], gen=["konsneutral"], ph=["0920-71 29 15"], hrs=[f"{WD} 08:00-09:00"],
         note="Negation: no patients under 18."),

    # -------------------------------------------------------------------------------------------- Region Dalarna
    dict(name="r11_dalarna_barnmorskemottagning_vald", site="dalarna",
         path="/vard-och-halsa/graviditet/fragor-om-vald/", title="Frågor om våld på barnmorskemottagningen",
         crumbs=["Start", "Vård och hälsa", "Graviditet", "Frågor om våld"],
         main="""
<h1>Frågor om våld på barnmorskemottagningen</h1>
<p class="rd-preamble">Under graviditeten får alla frågor om våld. Det är en rutin, inte en misstanke.</p>
<p>Våld i en relation börjar ibland, eller blir värre, under en graviditet. Därför frågar barnmorskan alla som går på kontroller om de har blivit utsatta för våld, både i nuvarande och i tidigare relationer.</p>
<p>Kvinnor som är gravida och utsätts för våld av sin partner kan få stöd av sin barnmorska, som kan hjälpa till med kontakt med socialtjänsten, kurator eller en kvinnojour.</p>
<p>Kontakta din barnmorskemottagning via 1177.se eller ring 1177.</p>
""",
         exp=["nara_relation"], gen=["kvinnor"], ph=["1177"]),

    dict(name="r12_dalarna_ungdomsmottagning_sex_mot_ersattning", site="dalarna",
         path="/vard-och-halsa/ungdomsmottagningar/har-du-fatt-nagot-for-sex/", title="Har du fått något för sex?",
         crumbs=["Start", "Vård och hälsa", "Ungdomsmottagningar", "Har du fått något för sex?"],
         main="""
<h1>Har du fått något för sex?</h1>
<p class="rd-preamble">Pengar, en plats att sova, alkohol, kläder eller likes – att få något för sex kan kännas som ett eget val, men det kan också vara ett sätt att bli utnyttjad.</p>
<p>På Ungdomsmottagningen Falun kan unga mellan 13 och 25 år prata med kurator om erfarenheter av sex mot ersättning. Vi dömer ingen, och vi behöver inte kontakta dina föräldrar om du inte vill. Tjejer, killar och ickebinära är lika välkomna.</p>
<p>Drop-in: måndagar kl. 15–18. Boka tid: 023-45 67 30.</p>
<p>Är du under 18 år kan vi ibland behöva göra en orosanmälan. Vi berättar alltid för dig först.</p>
""",
         exp=["prostitution_manniskohandel"], gen=["flickor", "pojkar", "hbtq"], ph=["023-45 67 30"],
         hrs=["mon 15:00-18:00"],
         note="Youth service naming genders: only the genders are coded, not barn_unga."),

    dict(name="r13_dalarna_handlingsprogram_personal", site="dalarna",
         path="/for-vardgivare/kunskapsstod/vald-i-nara-relationer/", title="Våld i nära relationer – för vårdpersonal",
         crumbs=["Start", "För vårdgivare", "Kunskapsstöd", "Våld i nära relationer"],
         main="""
<h1>Våld i nära relationer – för vårdpersonal</h1>
<p class="rd-preamble">Handlingsprogrammet beskriver hur vården i Dalarna ska upptäcka våld, ge vård och samverka med andra.</p>
<h2>Det här ska du göra</h2>
<ul>
  <li>Fråga rutinmässigt om våld i mödrahälsovården, på ungdomsmottagningar och inom psykiatrin.</li>
  <li>Dokumentera skador noggrant med foto och kroppskarta.</li>
  <li>Gör en orosanmälan om ett barn kan ha upplevt våld.</li>
  <li>Erbjud patienten kontakt med kurator eller socialtjänst.</li>
</ul>
<p>Kompetenscentrum våld ger konsultation och utbildning till vårdpersonal: 023-45 61 90.</p>
""",
         ph=["023-45 61 90"], note="For professionals."),

    dict(name="r14_dalarna_vaccination", site="dalarna",
         path="/vard-och-halsa/vaccinationer/influensa-och-covid-19/", title="Vaccination mot influensa och covid-19",
         crumbs=["Start", "Vård och hälsa", "Vaccinationer", "Influensa och covid-19"],
         main="""
<h1>Vaccination mot influensa och covid-19</h1>
<p class="rd-preamble">Du som är 65 år eller äldre, eller tillhör en riskgrupp, erbjuds kostnadsfri vaccination under hösten.</p>
<p>Boka tid via 1177.se. Det finns också drop-in på flera vårdcentraler, tisdagar 13–16.</p>
<p>Frågor? Ring vaccinationsmottagningen på 023-45 62 00, vardagar 8–10.</p>
""",
         ph=["023-45 62 00"],
         note="Off-topic; '65 år eller äldre' is not a violence target group; vaccination hours excluded."),
]

TEXT_PAGES = [
    dict(name="r15_dalarna_patientinformation_overgrepp", kind="region", ext="txt",
         url="https://www.regiondalarna.se/contentassets/efter-ett-sexuellt-overgrepp-patientinformation.pdf",
         text="""EFTER ETT SEXUELLT ÖVERGREPP
Information till dig som patient
Kvinnokliniken, Falu lasarett – Region Dalarna

Alla, oavsett kön, som har varit med om ett sexuellt övergrepp kan få undersökning, behandling och
stöd hos oss. Du behöver inte ha polisanmält.

Kom så snart som möjligt. Spår kan säkras upp till tio dygn efter övergreppet. Du får också
erbjudande om uppföljande samtal med kurator.

KONTAKT
Gynmottagningen, telefon 023-45 64 10, vardagar 8.00–16.00.
Övrig tid: Akutmottagningen Falu lasarett, telefon 023-45 64 00.

Vid akut fara, ring 112.
""",
         exp=["sexuellt_vald"], gen=["konsneutral"], ph=["023-45 64 10", "023-45 64 00"],
         hrs=[f"{WD} 08:00-16:00"],
         note="Patient leaflet text; 'övrig tid' to the emergency department is not stated as a 24h line."),
]
