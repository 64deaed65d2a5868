"""Shelter and idéburen pages (kvinnojour, tjejjour, ungdomsjour, mansmottagning, Brottsofferjour, hbtqi,
sex mot ersättning, heder). Label keys as in pages_kommun.py."""

WD = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"

PAGES = [
    # ------------------------------------------------------------------------------------ Kvinnojouren Alva
    dict(name="j01_alva_fa_stod", site="alva", path="/fa-stod/", title="Till dig som är utsatt", epiid="12",
         main="""
<h1 class="entry-title main_title">Till dig som är utsatt</h1>
<p>Kvinnojouren Alva stöttar kvinnor och tjejer från 16 år som utsätts för våld av en partner, ett ex eller någon i familjen. Vi möter också dig som lever med kontroll och hot i hederns namn.</p>
<p>Du kan ringa, sms:a eller mejla oss. Du kan också boka ett samtal i vår lokal. Vi följer gärna med till polisen, socialtjänsten eller tingsrätten.</p>
<h3>Dina barn</h3>
<p>Barn som har upplevt våld hemma får träffa vår barnstödjare, som har samtal anpassade efter barnets ålder.</p>
<p>Allt stöd är gratis och du kan vara anonym. Vi för inga journaler.</p>
""",
         exp=["nara_relation", "heder", "barn_som_upplever_vald"], gen=["kvinnor", "flickor", "barn_unga"],
         note="Sidebar Jourtelefon widget (phones and hours) counts as a contact box."),

    dict(name="j02_alva_om_oss", site="alva", path="/om-oss/", title="Om oss", epiid="14",
         main="""
<h1 class="entry-title main_title">Om Kvinnojouren Alva</h1>
<p>Kvinnojouren Alva är en ideell förening som bildades 1986. Vi ger stöd till kvinnor som utsätts för våld i nära relationer. Vi tar emot kvinnor från Skövde, Hjo, Tibro, Karlsborg och Töreboda och samarbetar med socialtjänsten i de fem kommunerna.</p>
<p>Jouren drivs av ett fyrtiotal ideella jourkvinnor och tre anställda. Alla har skrivit under ett tystnadslöfte.</p>
<p>Alva är en kvinnojour – vi tar inte emot män i vår verksamhet. Män som har utsatts för våld kan vända sig till socialtjänsten i sin kommun.</p>
""",
         exp=["nara_relation"], gen=["kvinnor"], cat=["Skövde", "Hjo", "Tibro", "Karlsborg", "Töreboda"],
         note="'Vi tar emot kvinnor från …' lists the catchment; men are excluded."),

    dict(name="j03_alva_dolj_ditt_besok", site="alva", path="/dolj-ditt-besok/", title="Dölj ditt besök", epiid="16",
         main="""
<h1 class="entry-title main_title">Dölj ditt besök</h1>
<p>Webbläsaren sparar vilka sidor du har besökt. Delar du dator, surfplatta eller telefon med någon kan du behöva ta bort spåren.</p>
<h3>Surfa privat</h3>
<p>Öppna ett privat fönster innan du går in på vår sida: i Chrome heter det inkognitoläge (Ctrl+Shift+N), i Firefox privat fönster (Ctrl+Shift+P) och i Safari Nytt privat fönster under Arkiv.</p>
<h3>Radera historiken</h3>
<p>Har du redan surfat utan privat läge? Gå in i webbläsarens historik och ta bort de sidor du inte vill att någon ska se. Tänk på att också sökningar kan sparas hos Google.</p>
<h3>Tips</h3>
<p>Använd gärna en dator på biblioteket eller på jobbet. Knappen LÄMNA SIDAN högst upp tar dig snabbt härifrån.</p>
""",
         note="Advice page, no service described."),

    dict(name="j04_alva_stod_oss", site="alva", path="/stod-oss/", title="Stöd oss", epiid="18",
         main="""
<h1 class="entry-title main_title">Stöd oss</h1>
<p>Alva drivs till stor del med hjälp av gåvor och medlemsavgifter. Varje krona går till stödet för kvinnor och barn.</p>
<h3>Ge en gåva</h3>
<p>Swisha till 123 617 42 05 eller sätt in på bankgiro 5412-8830. Märk gärna med ”gåva”.</p>
<h3>Bli medlem</h3>
<p>Medlemskap kostar 150 kronor per år. Som medlem får du vårt nyhetsbrev och är välkommen på årsmötet.</p>
<h3>Skänk saker</h3>
<p>Vi tar tacksamt emot nya hygienartiklar, sängkläder och leksaker till barnen på boendet.</p>
""",
         note="Donation page: Swish and bankgiro are not phone numbers; widget still applies."),

    dict(name="j05_alva_skyddat_boende", site="alva", path="/skyddat-boende/", title="Skyddat boende", epiid="20",
         main="""
<h1 class="entry-title main_title">Skyddat boende</h1>
<p>Alva har ett skyddat boende för kvinnor som behöver skydd från en våldsam partner eller familj. Det finns plats för fem kvinnor och deras barn. Adressen är hemlig och boendet har larm.</p>
<p>Ett rum och ett badrum är anpassade för dig som använder rullstol eller har en annan rörelsenedsättning.</p>
<p>Boendet är inte anpassat för kvinnor med ett pågående missbruk. Hör ändå av dig, så hjälper vi dig att hitta ett annat boende.</p>
<p>Placering sker oftast via socialtjänsten, men du kan också ringa oss direkt. Barnen får stöd av vår barnstödjare för det de har varit med om, och vi ordnar skolgång tillsammans med kommunen.</p>
""",
         exp=["nara_relation", "barn_som_upplever_vald"], gen=["kvinnor", "barn_unga"],
         vul=["funktionsnedsattning"],
         note="Missbruk is excluded (negation); rörelsenedsättning is named as part of the target group."),

    # ------------------------------------------------------------------------------------ Tjejjouren Stella
    dict(name="j06_stella_start", site="stella", path="/", title="Hem",
         main="""
<h1 class="font_2 wixui-rich-text__text">Hej! Vi finns här för dig.</h1>
<p class="font_8 wixui-rich-text__text">Tjejjouren Stella är en ideell förening i Borås. Vi finns för tjejer, ickebinära och transpersoner mellan 12 och 25 år.</p>
<p class="font_8 wixui-rich-text__text">Du kan prata med oss om allt – stort som smått. Många som hör av sig har blivit utsatta för sexuella övergrepp, våld i en relation eller kontroll från familjen i hederns namn. Andra vill prata om skolan, kroppen eller kompisar.</p>
<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;">Chatten är öppen måndagar och onsdagar kl. 19–21.</span></p>
<p class="font_8 wixui-rich-text__text">Du kan också sms:a oss på 070-174 06 20, så svarar vi under chattens öppettider.</p>
<p class="font_8 wixui-rich-text__text">Vi har tystnadslöfte och du är alltid anonym.</p>
""",
         exp=["sexuellt_vald", "nara_relation", "heder"], gen=["flickor", "hbtq"], ph=["070-174 06 20"],
         hrs=["mon,wed 19:00-21:00"],
         note="Youth service that names genders: flickor and hbtq, not barn_unga."),

    dict(name="j07_stella_chatt", site="stella", path="/chatt", title="Chatta",
         main="""
<h1 class="font_2 wixui-rich-text__text">Chatta med oss</h1>
<p class="font_8 wixui-rich-text__text">I chatten pratar du med en av våra jourtjejer. Hon har gått vår utbildning och har tystnadslöfte.</p>
<p class="font_8 wixui-rich-text__text">Chatten är till för dig som är tjej, ickebinär eller transperson och mellan 12 och 25 år.</p>
<p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;">Öppettider</span></p>
<p class="font_8 wixui-rich-text__text">Måndag 19.00–21.00</p>
<p class="font_8 wixui-rich-text__text">Onsdag 19.00–21.00</p>
<p class="font_8 wixui-rich-text__text">Sommaruppehåll vecka 27–32 – då är chatten stängd.</p>
<p class="font_8 wixui-rich-text__text"><a href="https://chatt.tjejjourenstella.se" class="wixui-button">Starta chatten</a></p>
""",
         gen=["flickor", "hbtq"], hrs=["mon 19:00-21:00", "wed 19:00-21:00"],
         note="No exposure named on the chat page."),

    dict(name="j08_stella_engagera_dig", site="stella", path="/engagera-dig", title="Engagera dig",
         main="""
<h1 class="font_2 wixui-rich-text__text">Bli jourtjej!</h1>
<p class="font_8 wixui-rich-text__text">Vill du göra skillnad för unga? Som jourtjej chattar du med tjejer och ickebinära som behöver någon att prata med.</p>
<p class="font_8 wixui-rich-text__text">Du ska vara minst 20 år och identifiera dig som tjej eller kvinna. Du går en utbildning på fyra lördagar, kl. 10–15, och chattar sedan ett pass varannan vecka.</p>
<p class="font_8 wixui-rich-text__text">Frågor? Ring vår samordnare på 070-174 06 21.</p>
""",
         ph=["070-174 06 21"],
         note="Volunteer page: gender words describe volunteers; training hours are not opening hours."),

    dict(name="j09_stella_vanliga_fragor", site="stella", path="/fragor", title="Vanliga frågor",
         main="""
<h1 class="font_2 wixui-rich-text__text">Vanliga frågor</h1>
<h2 class="font_5 wixui-rich-text__text">Vem kan höra av sig?</h2>
<p class="font_8 wixui-rich-text__text">Alla tjejer, ickebinära och transpersoner mellan 12 och 25 år.</p>
<h2 class="font_5 wixui-rich-text__text">Kan killar kontakta er?</h2>
<p class="font_8 wixui-rich-text__text">Vår jour är inte till för killar. Är du kille kan du chatta med BRIS eller ringa 116 111 – du får också gärna fråga oss vart du kan vända dig.</p>
<h2 class="font_5 wixui-rich-text__text">Måste jag säga vad jag heter?</h2>
<p class="font_8 wixui-rich-text__text">Nej. Du bestämmer själv vad du vill berätta.</p>
<h2 class="font_5 wixui-rich-text__text">Berättar ni för mina föräldrar?</h2>
<p class="font_8 wixui-rich-text__text">Nej. Vi har ingen anmälningsplikt. Men om du berättar att ditt liv är i fara ber vi dig ringa 112.</p>
<h2 class="font_5 wixui-rich-text__text">När kan jag sms:a?</h2>
<p class="font_8 wixui-rich-text__text">Du kan sms:a när du vill till 070-174 06 20, men vi svarar bara måndagar och onsdagar 19–21.</p>
""",
         gen=["flickor", "hbtq"], ph=["116 111", "070-174 06 20"], hrs=["mon,wed 19:00-21:00"],
         note="Negation: killar are not the target group."),

    # ------------------------------------------------------------------------------ Ungdomsjouren Kompassen
    dict(name="j10_kompassen_start", site="kompassen", path="/", title="Snacka med oss",
         main="""
<h1>Snacka med oss</h1>
<p>Ungdomsjouren Kompassen finns för alla unga mellan 13 och 25 år, oavsett kön. Du kan prata med oss om det som är jobbigt – om det är bråk eller våld hemma, om någon har tvingat dig till något sexuellt eller om du bara mår dåligt.</p>
<p><strong>Chatten är öppen tisdag–torsdag 18.00–21.00.</strong></p>
<p>Ring eller sms:a: 070-174 06 40</p>
<p>Vi finns i Sundsvall, men alla unga i hela Sverige är välkomna att chatta med oss.</p>
""",
         exp=["nara_relation", "sexuellt_vald"], gen=["barn_unga"], ph=["070-174 06 40"],
         hrs=["tue,wed,thu 18:00-21:00"],
         note="'i Sundsvall' is a location; 'hela Sverige' is not expanded."),

    dict(name="j11_kompassen_for_vuxna", site="kompassen", path="/for-vuxna", title="För vuxna",
         main="""
<h1>För dig som är vuxen</h1>
<p>Kompassens chatt är bara till för unga. Är du förälder, lärare eller en annan vuxen som är orolig för ett barn kan du ringa BRIS vuxentelefon på 077-150 50 50.</p>
<p>Vill du veta mer om vårt arbete eller boka en föreläsning på din skola? Mejla info@ungdomsjourenkompassen.se.</p>
""",
         gen=["barn_unga"], ph=["077-150 50 50"],
         note="Adults are referred onwards; the page restates that the service is for young people."),

    dict(name="j12_kompassen_stotta_oss", site="kompassen", path="/stotta-oss", title="Stötta oss",
         main="""
<h1>Stötta Kompassen</h1>
<p>Vi är helt beroende av bidrag och gåvor. För 200 kronor kan vi hålla chatten öppen en timme till.</p>
<p>Swish: 123 455 70 12<br>Bankgiro: 5208-4471</p>
<p>Tack för att du hjälper oss att finnas kvar för unga!</p>
""",
         note="Donation page."),

    # ------------------------------------------------------------------------------ Mansmottagningen Halland
    dict(name="j13_mansmottagningen_sluta", site="mansmottagningen", path="/sluta-anvanda-vald",
         title="Vill du sluta använda våld?", epiid="112",
         main="""
<div class="page-header"><h2 itemprop="headline">Vill du sluta använda våld?</h2></div>
<div itemprop="articleBody">
<p>Mansmottagningen Halland tar emot män som har använt våld mot en partner eller mot sina barn, eller som är rädda för att göra det. Du får samtal med en utbildad samtalsledare, enskilt eller i grupp.</p>
<p>Vi är en ideell förening. Samtalen är kostnadsfria och du kan vara anonym.</p>
<p>Mottagningen finns för män i hela Halland. Vi har samtalsrum i Halmstad och Varberg.</p>
<p><strong>Telefontid</strong><br />Måndag 17.00–19.00<br />Torsdag 10.00–12.00<br />Telefon: 070-174 06 50</p>
</div>
""",
         exp=["valdsutovare"], gen=["man"], ph=["070-174 06 50"], hrs=["mon 17:00-19:00", "thu 10:00-12:00"],
         note="'hela Halland' (a county) is not expanded; Halmstad and Varberg are meeting places."),

    dict(name="j14_mansmottagningen_utsatt", site="mansmottagningen", path="/utsatt-for-vald",
         title="Utsatt för våld", epiid="113",
         main="""
<div class="page-header"><h2 itemprop="headline">Är du man och utsatt för våld?</h2></div>
<div itemprop="articleBody">
<p>Även män utsätts för våld i nära relationer – av en kvinna eller av en man. Det kan vara svårt att berätta, och många tror att de inte kommer att bli trodda.</p>
<p>Hos oss kan du som är man och utsatt för våld, hot eller kontroll av en partner få stödsamtal.</p>
<p>Ring under telefontid: måndag 17–19 och torsdag 10–12, 070-174 06 50.</p>
<p>Vid akut fara, ring 112.</p>
</div>
""",
         exp=["nara_relation"], gen=["man"], ph=["070-174 06 50"], hrs=["mon 17:00-19:00", "thu 10:00-12:00"],
         note="'av en kvinna eller av en man' names perpetrators."),

    dict(name="j15_mansmottagningen_oroande_tankar", site="mansmottagningen", path="/tankar-om-sex-med-barn",
         title="Oroande tankar", epiid="114",
         main="""
<div class="page-header"><h2 itemprop="headline">Har du sexuella tankar om barn som oroar dig?</h2></div>
<div itemprop="articleBody">
<p>Du är inte ensam, och det finns hjälp. Många som har sexuella tankar om barn har aldrig begått något övergrepp och vill aldrig göra det.</p>
<p>Den här delen av vår verksamhet tar emot alla vuxna, oavsett kön, som vill ha hjälp att hantera sina tankar och aldrig begå ett sexuellt övergrepp. Samtalen är anonyma.</p>
<p>Ring 070-174 06 51, onsdagar 18.00–20.00.</p>
<p>Du kan också ringa den nationella hjälplinjen PrevenTell: 020-66 77 88.</p>
</div>
""",
         exp=["sexualbrott_risk"], gen=["konsneutral"], ph=["070-174 06 51", "020-66 77 88"],
         hrs=["wed 18:00-20:00"]),

    dict(name="j16_mansmottagningen_om_foreningen", site="mansmottagningen", path="/om-foreningen",
         title="Om föreningen", epiid="115",
         main="""
<div class="page-header"><h2 itemprop="headline">Om föreningen</h2></div>
<div itemprop="articleBody">
<p>Mansmottagningen Halland bildades 2009 av några män som ville att det skulle finnas ett ställe där män kan prata om våld, både som utövare och som utsatta.</p>
<p>Föreningen har ett sextiotal medlemmar och en styrelse på sju personer. Alla som delar våra värderingar, kvinnor som män, är välkomna som medlemmar.</p>
<p>Verksamheten finansieras av bidrag från kommunerna i länet, Region Halland och Socialstyrelsen.</p>
<p>Årsmötet hålls i mars. Kallelse skickas till medlemmarna.</p>
</div>
""",
         note="Membership/organisation page: 'kvinnor som män' are members."),

    # ------------------------------------------------------------------------ Brottsofferjouren Höga Kusten
    dict(name="j17_boj_fa_stod", site="bojhogakusten", path="/fa-stod/", title="Få stöd",
         main="""
<h1 class="boj-title">Få stöd</h1>
<p class="boj-ingress">Har du utsatts för brott, sett ett brott eller är du anhörig till någon som har drabbats? Vi finns för dig oavsett ålder och kön.</p>
<p>Brottsofferjouren ger stöd till den som har varit med om till exempel misshandel, hot, inbrott eller bedrägeri. Vi har särskilt utbildade stödpersoner för dig som har utsatts för brott av en närstående eller för sexualbrott.</p>
<p>Du behöver inte ha gjort en polisanmälan. Stödet är gratis och vi har tystnadslöfte.</p>
<p>Jouren täcker kommunerna Kramfors, Härnösand, Sollefteå och Örnsköldsvik.</p>
<div class="boj-contact">
  <h2>Kontakta oss</h2>
  <p>Telefon 0612-80 140 (vardagar 9–15)</p>
  <p>Du kan också ringa den nationella stödlinjen 116 006.</p>
</div>
""",
         exp=["nara_relation", "sexuellt_vald"], gen=["konsneutral"], ph=["0612-80 140", "116 006"],
         hrs=[f"{WD} 09:00-15:00"], cat=["Kramfors", "Härnösand", "Sollefteå", "Örnsköldsvik"],
         note="Quick exit exists only as an Esc-key script; 116 006 in the footer counts only where main content has it."),

    dict(name="j18_boj_vittnesstod", site="bojhogakusten", path="/vittnesstod/", title="Vittnesstöd",
         main="""
<h1 class="boj-title">Vittnesstöd</h1>
<p class="boj-ingress">Ska du vittna i en rättegång? Då kan du få sällskap och information av ett vittnesstöd.</p>
<p>Våra vittnesstöd finns på plats i tingsrätten när det hålls brottmålsförhandlingar. De berättar hur en rättegång går till, visar dig salen i förväg och sitter med dig i väntrummet.</p>
<p>Vittnesstöd är till för alla vittnen och målsägande – också dig som har utsatts för våld av en partner och ska vittna i målet.</p>
<p>Kontakta vittnesstödssamordnaren: 070-174 06 60.</p>
""",
         exp=["nara_relation"], gen=["konsneutral"], ph=["070-174 06 60"]),

    dict(name="j19_boj_engagera_dig", site="bojhogakusten", path="/engagera-dig/", title="Engagera dig",
         main="""
<h1 class="boj-title">Bli stödperson eller vittnesstöd</h1>
<p class="boj-ingress">Vill du göra en insats för människor som har drabbats av brott? Bli volontär hos oss.</p>
<p>Du behöver ingen särskild utbildning, men du ska vara en god lyssnare och ha fyllt 20 år. Vi ger dig en grundutbildning och handledning.</p>
<p>Välkommen på informationsträff onsdagen den 12 februari kl. 18.00 i vår lokal. Anmäl dig till info@hogakusten.boj.se.</p>
""",
         note="Volunteer page; a meeting time is not an opening hour."),

    dict(name="j20_boj_unga_brottsoffer", site="bojhogakusten", path="/unga/", title="Unga brottsoffer",
         main="""
<h1 class="boj-title">Unga brottsoffer</h1>
<p class="boj-ingress">Är du mellan 12 och 20 år och har blivit utsatt för brott? Vi har stödpersoner som är vana att prata med unga.</p>
<p>Det kan handla om att någon har slagit dig, hotat dig på nätet, spridit bilder på dig eller tvingat dig till sex. Det kan också vara någon du är eller har varit tillsammans med.</p>
<p>Ring 0612-80 140 på vardagar 9–15, eller ring 116 006.</p>
""",
         exp=["sexuellt_vald", "nara_relation"], gen=["barn_unga"], ph=["0612-80 140", "116 006"],
         hrs=[f"{WD} 09:00-15:00"]),

    # ------------------------------------------------------------------------------ Regnbågsjouren Skåne
    dict(name="j21_regnbagsjouren_fa_stod", site="regnbagsjouren", path="/fa-stod/", title="Få stöd",
         head='<link rel="alternate" hreflang="en" href="https://regnbagsjouren.se/en/"/>',
         main="""
<h1>Få stöd</h1>
<p>Regnbågsjouren Skåne ger stöd till hbtqi-personer som utsätts för våld eller hot av en partner, en familjemedlem eller släkt – också när våldet handlar om heder.</p>
<p>Vi som svarar är själva hbtqi-personer och har gått en utbildning om våld i nära relationer.</p>
<h2>Stödtelefon</h2>
<p>070-174 06 80<br/>Onsdagar 17–20 och söndagar 13–16</p>
<p>Vi finns för hbtqi-personer i hela Skåne.</p>
""",
         exp=["nara_relation", "heder"], gen=["hbtq"], ph=["070-174 06 80"],
         hrs=["wed 17:00-20:00", "sun 13:00-16:00"], note="'hela Skåne' (a county) is not expanded."),

    dict(name="j22_regnbagsjouren_english", site="regnbagsjouren", path="/en/", title="Get support", lang="en",
         head='<link rel="alternate" hreflang="sv" href="https://regnbagsjouren.se/fa-stod/"/>',
         main="""
<h1>Get support</h1>
<p>Regnbågsjouren Skåne supports LGBTQI people who are subjected to violence or threats by a partner or by their family, including honour-based violence.</p>
<p>Support line: +46 70 174 06 80, Wednesdays 5–8 pm and Sundays 1–4 pm.</p>
<p>Our volunteers speak Swedish and English.</p>
""",
         exp=["nara_relation", "heder"], gen=["hbtq"], ph=["+46 70 174 06 80"],
         hrs=["wed 17:00-20:00", "sun 13:00-16:00"], lab=dict(languages=["en", "sv"]),
         note="Languages spoken by volunteers are not offered content."),

    dict(name="j23_regnbagsjouren_om_vald", site="regnbagsjouren", path="/om-vald/", title="Hbtqi och våld",
         main="""
<h1>Hbtqi och våld</h1>
<p>Våld i hbtqi-personers relationer följer ofta samma mönster som i andra relationer: kontroll, isolering, hot och fysiskt våld. Men det finns också särskilda uttryck.</p>
<ul>
  <li>Hot om att avslöja någons sexuella läggning eller könsidentitet för familj eller arbetsgivare.</li>
  <li>Att förneka någons identitet, till exempel genom att använda fel namn eller pronomen.</li>
  <li>Att hindra någon från att ta hormoner eller gå på vårdbesök.</li>
</ul>
<p>Många hbtqi-personer har låg tillit till myndigheter, och stödet har länge varit anpassat efter heterosexuella par. Det gör att våldet ofta förblir osynligt.</p>
""",
         note="General information; no service on the page."),

    dict(name="j24_regnbagsjouren_dolj_besoket", site="regnbagsjouren", path="/dolj-besoket/",
         title="Så döljer du ditt besök",
         main="""
<h1>Så döljer du ditt besök</h1>
<p>Om någon kontrollerar din telefon eller dator kan det vara farligt att den personen ser att du har varit här.</p>
<ol>
  <li>Surfa i privat läge (inkognito). Då sparas ingen historik.</li>
  <li>Har du redan besökt oss: ta bort just våra sidor ur webbläsarens historik.</li>
  <li>Kontrollera att du inte är inloggad på ett konto som någon annan kan se, till exempel ett delat Google-konto.</li>
</ol>
<p>Knappen ”Lämna snabbt” tar dig direkt till SVT och öppnar SMHI i fönstret du var i.</p>
""",
         note="Advice page."),

    # ---------------------------------------------------------------------------------------------- Nattljus
    dict(name="j25_nattljus_stod", site="nattljus", path="/stod/", title="Stöd",
         main="""
<h1>Stöd hos Nattljus</h1>
<p>Nattljus ger stöd till dig som har erfarenhet av sex mot ersättning, oavsett kön, och till dig som har utsatts för människohandel.</p>
<p>Många vi möter har också erfarenhet av missbruk eller beroende. Du är välkommen hos oss även om du använder droger.</p>
<p>Du behöver inte kunna svenska – vi har tillgång till tolk.</p>
<h2>Drop-in</h2>
<p>Torsdagar kl. 12–16 i vår lokal i centrala Uppsala. Ingen tidsbokning.</p>
<h2>Ring eller sms:a</h2>
<p>018-13 90 60 (vardagar 10–16)</p>
""",
         exp=["prostitution_manniskohandel"], gen=["konsneutral"], vul=["missbruk", "bristande_svenska"],
         ph=["018-13 90 60"], hrs=["thu 12:00-16:00", f"{WD} 10:00-16:00"]),

    dict(name="j26_nattljus_koper_du_sex", site="nattljus", path="/kopa-sex/", title="Köper du sex?",
         main="""
<h1>Köper du sex?</h1>
<p>Vill du sluta köpa sex, eller oroar du dig för ditt sexuella beteende? Vi erbjuder samtal till alla vuxna som köper eller har köpt sexuella tjänster.</p>
<p>Samtalen är anonyma och kostnadsfria. Ring 018-13 90 61 tisdagar 17–19.</p>
""",
         exp=["prostitution_manniskohandel"], gen=["konsneutral"], ph=["018-13 90 61"], hrs=["tue 17:00-19:00"]),

    dict(name="j27_nattljus_om", site="nattljus", path="/om/", title="Om Nattljus",
         main="""
<h1>Om Nattljus</h1>
<p>Nattljus startade 2015 som ett projekt inom en kyrklig förening och blev en egen idéburen organisation 2019.</p>
<p>Verksamheten finansieras med bidrag från Uppsala kommun, Region Uppsala, Jämställdhetsmyndigheten och privata givare. Styrelsen har fem ledamöter och verksamheten har fyra anställda.</p>
<p>Vår årsberättelse finns att ladda ner som pdf.</p>
""",
         note="Organisation page; funders' names are not coverage."),

    # ------------------------------------------------------------------------------------ Kvinnojouren Beda
    dict(name="j28_beda_index", site="beda", path="/index.html", title="Startsida",
         main="""
<H2><FONT COLOR="#7B2D8B">Välkommen till Kvinnojouren Beda</FONT></H2>
<P>Kvinnojouren Beda finns för kvinnor i Mjölby, Boxholm och Ödeshög som blir utsatta för våld av sin man, sambo, pojkvän eller någon annan närstående.</P>
<P>Vi lyssnar, ger råd och stöd och kan följa med dig till polis och socialtjänst. Vi har också en skyddad lägenhet.</P>
<TABLE BORDER="1" CELLPADDING="4" CELLSPACING="0" BGCOLOR="#FFFFFF">
<TR><TD COLSPAN="2"><B>Jourtelefon 070-174 06 90</B></TD></TR>
<TR><TD>Måndag och onsdag</TD><TD>18.00 - 21.00</TD></TR>
<TR><TD>Lördag</TD><TD>10.00 - 13.00</TD></TR>
<TR><TD>Övriga tider</TD><TD>Telefonsvarare, vi ringer upp</TD></TR>
</TABLE>
<P>Behöver du prata med någon när vi inte svarar? Ring Kvinnofridslinjen 020-50 50 50, öppet dygnet runt.</P>
""",
         exp=["nara_relation"], gen=["kvinnor"], ph=["070-174 06 90", "020-50 50 50"],
         hrs=["mon,wed 18:00-21:00", "sat 10:00-13:00"], cat=["Mjölby", "Boxholm", "Ödeshög"],
         note="No lang attribute; 'av sin man, sambo, pojkvän' names perpetrators; referred 24h line."),

    dict(name="j29_beda_barn", site="beda", path="/barn.html", title="Barn på jouren",
         main="""
<H2><FONT COLOR="#7B2D8B">Barn på jouren</FONT></H2>
<P>Många kvinnor som kommer till oss har barn. Barnen är välkomna att bo med sin mamma i den skyddade lägenheten.</P>
<P>Barn som har sett eller hört våld hemma får prata med vår barnansvariga jourkvinna. Vi har leksaker, böcker och en lekhörna.</P>
<P>Ring jourtelefonen 070-174 06 90 om du vill veta mer.</P>
""",
         exp=["barn_som_upplever_vald"], gen=["kvinnor", "barn_unga"], ph=["070-174 06 90"]),

    dict(name="j30_beda_lankar", site="beda", path="/lankar.html", title="Länkar",
         main="""
<H2><FONT COLOR="#7B2D8B">Länkar och telefonnummer</FONT></H2>
<UL>
<LI><A HREF="http://www.kvinnofridslinjen.se">Kvinnofridslinjen</A>, 020-50 50 50 (dygnet runt)</LI>
<LI><A HREF="http://www.terrafem.org">Terrafem</A>, stöd på många språk, 020-52 10 10</LI>
<LI><A HREF="http://www.bris.se">BRIS</A>, för barn och unga, 116 111</LI>
<LI><A HREF="http://www.brottsofferjouren.se">Brottsofferjouren</A>, 116 006</LI>
<LI><A HREF="http://www.polisen.se">Polisen</A>, 114 14 (vid akut fara 112)</LI>
<LI>Socialtjänsten i Mjölby, via kommunens växel</LI>
</UL>
""",
         ph=["020-50 50 50", "020-52 10 10", "116 111", "116 006", "114 14"],
         note="Referral-only page."),

    dict(name="j31_beda_foreningen", site="beda", path="/foreningen.html", title="Föreningen",
         main="""
<H2><FONT COLOR="#7B2D8B">Föreningen</FONT></H2>
<P>Kvinnojouren Beda bildades 1991 och är medlem i Roks. Vi är ett tjugotal aktiva jourkvinnor.</P>
<P><B>Årsmöte</B> hålls onsdagen den 12 mars kl. 18.30 i Folkets hus. Alla medlemmar hälsas välkomna!</P>
<P>Medlemsavgift 100 kr/år, plusgiro 61 44 09-2.</P>
""",
         note="Membership page; meeting time is not an opening hour."),

    # ----------------------------------------------------------------------------------- Frihet Östergötland
    dict(name="j32_frihet_start", site="frihet", path="/", title="Start",
         main="""
<div class="hero"><h1 class="heading">Du har rätt att bestämma över ditt eget liv</h1></div>
<div class="section w-container">
<p class="paragraph">Frihet Östergötland stöttar unga och vuxna som lever med hedersrelaterat våld och förtryck, oavsett kön. Det kan handla om att du kontrolleras, hotas, inte får välja vem du ska gifta dig med eller är rädd för att bli förd utomlands.</p>
<p class="paragraph">Vi lyssnar, ger råd och följer med dig till socialtjänsten, polisen eller skolan om du vill. Du bestämmer själv vad som ska hända.</p>
<p class="paragraph">Du behöver inte kunna svenska för att få stöd hos oss.</p>
<div class="contact-block"><h2 class="heading-2">Kontakta oss</h2><p class="paragraph">Telefon och sms: 070-174 06 95</p><p class="paragraph">Vardagar 10–16</p></div>
</div>
""",
         exp=["heder"], gen=["barn_unga", "konsneutral"], vul=["bristande_svenska"], ph=["070-174 06 95"],
         hrs=[f"{WD} 10:00-16:00"]),

    dict(name="j33_frihet_arabiska", site="frihet", path="/ar", title="الصفحة الرئيسية", lang="ar",
         head='<link rel="alternate" hreflang="sv" href="https://www.frihetostergotland.se/"/>',
         main="""
<div class="hero"><h1 class="heading">لك الحق في أن تقرر بنفسك كيف تعيش حياتك</h1></div>
<div class="section w-container">
<p class="paragraph">تدعم جمعية Frihet Östergötland الشباب والبالغين الذين يعيشون مع العنف والقمع المرتبطين بالشرف، بغض النظر عن الجنس.</p>
<p class="paragraph">نستمع إليك ونقدم لك النصيحة، ويمكننا مرافقتك إلى الخدمات الاجتماعية أو الشرطة أو المدرسة إذا رغبت في ذلك.</p>
<p class="paragraph">لا تحتاج إلى التحدث باللغة السويدية للحصول على الدعم.</p>
<div class="contact-block"><h2 class="heading-2">اتصل بنا</h2><p class="paragraph">الهاتف والرسائل القصيرة: 070-174 06 95</p><p class="paragraph">من الاثنين إلى الجمعة، الساعة 10–16</p></div>
</div>
""",
         exp=["heder"], gen=["barn_unga", "konsneutral"], vul=["bristande_svenska"], ph=["070-174 06 95"],
         hrs=[f"{WD} 10:00-16:00"], lab=dict(languages=["ar", "sv", "so", "fa", "ku"]),
         note="Arabic page with Arabic day names; link back 'Svenska' and hreflang sv."),

    dict(name="j34_frihet_skolpersonal", site="frihet", path="/for-skolpersonal", title="För skolpersonal",
         main="""
<div class="section w-container">
<h1 class="heading">För skolpersonal</h1>
<p class="paragraph">Som lärare, kurator eller skolsköterska är du ofta den första vuxna som en elev berättar för. Vi håller utbildningar om hedersrelaterat våld och förtryck för skolor i Östergötland och ger råd i enskilda ärenden.</p>
<p class="paragraph">Boka en utbildning eller rådgör med oss: 070-174 06 96.</p>
</div>
""",
         ph=["070-174 06 96"], note="For professionals."),

    dict(name="j35_frihet_gavor", site="frihet", path="/gavor", title="Ge en gåva",
         main="""
<div class="section w-container">
<h1 class="heading">Ge en gåva</h1>
<p class="paragraph">Din gåva gör att fler unga kan få stöd att leva fritt. Swisha valfritt belopp till 123 318 60 44 eller sätt in på plusgiro 90 12 77-4.</p>
<p class="paragraph">Företag som vill samarbeta med oss är välkomna att höra av sig via mejl.</p>
</div>
""",
         note="Donation page."),

    # ------------------------------------------------------------------------------------ Kvinnojouren Tyra
    dict(name="j36_tyra_hem", site="tyra", path="/", title="Hem",
         main="""
<h1 class="entry-title">Du är inte ensam</h1>
<p>Kvinnojouren Tyra stöttar kvinnor som utsätts för våld av en partner eller någon annan närstående. Vi tar emot kvinnor från Ludvika och Smedjebacken, och deras barn.</p>
<p>Vår jourtelefon är bemannad dygnet runt, årets alla dagar: <strong>070-174 06 70</strong>.</p>
<p>Hos oss kan du få stödsamtal, hjälp att kontakta myndigheter och tillfälligt skyddat boende. Allt är kostnadsfritt och du kan vara anonym.</p>
""",
         exp=["nara_relation"], gen=["kvinnor", "barn_unga"], ph=["070-174 06 70"], hot=True,
         hrs=[f"{ALL} 00:00-24:00"], cat=["Ludvika", "Smedjebacken"]),

    dict(name="j37_tyra_bli_jourkvinna", site="tyra", path="/bli-jourkvinna/", title="Bli jourkvinna",
         main="""
<h1 class="entry-title">Bli jourkvinna</h1>
<p>Vi söker kvinnor över 20 år som vill engagera sig ideellt. Som jourkvinna svarar du i telefon, träffar stödsökande och hjälper till på boendet.</p>
<p>Introduktionsutbildningen pågår sex kvällar, tisdagar kl. 18–21. Därefter går du bredvid en erfaren jourkvinna.</p>
<p>Intresseanmälan skickar du till jour@kvinnojourentyra.se.</p>
""",
         note="Volunteer page; the 24h number appears only in the header top bar, which does not count."),

    dict(name="j38_tyra_kontakt", site="tyra", path="/kontakt/", title="Kontakt",
         main="""
<h1 class="entry-title">Kontakt</h1>
<p><strong>Jourtelefon (dygnet runt):</strong> 070-174 06 70</p>
<p><strong>Mejl:</strong> jour@kvinnojourentyra.se – vi svarar inom ett dygn.</p>
<p><strong>Kansliet</strong> (medlemskap, föreläsningar och fakturor): 070-174 06 71, tisdag och torsdag 9–12.</p>
<p><em>Tips:</em> Om någon kontrollerar din telefon – ring oss gärna från en annan telefon. Rensa samtalslistan och webbläsarens historik efter ditt besök här.</p>
""",
         ph=["070-174 06 70", "070-174 06 71"], hot=True, hrs=[f"{ALL} 00:00-24:00"],
         lab=dict(hide_visit_advice=True),
         note="Contact page: no target group. The office (kansliet) hours are administration, not the support "
              "service. Advice to clear the history appears on this page only."),
]

TEXT_PAGES = [
    dict(name="j39_tyra_anhorig", kind="jour", ext="txt", url="https://www.kvinnojourentyra.se/anhorig/",
         text="""Till dig som är anhörig – Kvinnojouren Tyra

Är du orolig för en vän, din dotter, en syster eller en kollega? Kanske har du sett blåmärken,
märkt att hon har slutat träffa sina vänner eller att hon verkar rädd för sin partner.

Du som är anhörig är välkommen att ringa vår jourtelefon 070-174 06 70. Vi svarar dygnet runt.
Vi kan ge dig råd om hur du kan prata med den du är orolig för och vad du kan göra om det är akut.

Tänk på att inte ta över. Lyssna, tro på henne och berätta att det finns hjälp att få.

Vid akut fara, ring 112.
""",
         exp=["nara_relation"], gen=["konsneutral"], ph=["070-174 06 70"], hot=True,
         hrs=["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"],
         note="Plain-text page for relatives; the service's own line answers dygnet runt."),
]
