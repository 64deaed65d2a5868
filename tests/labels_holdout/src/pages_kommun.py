"""Municipal pages (kommun and kommungemensam).

Label keys: exp (exposure_groups), gen (gender_groups), vul (vulnerable_groups), ph (phone numbers exactly as
written in the page; build.py normalises them to E.164), hot (hotline_24h), hrs (opening_hours), cat
(catchment). `lab` overrides any other variable (languages, site-wide booleans). Site defaults come from
sites.py; for phones, hours and catchment a page's values are added to the site's (sidebar widgets,
straplines).
"""

WD = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"

OSK_EXIT = ('<div class="sv-layout leave-page"><a class="leave-page__button" href="https://www.google.se/" '
            'onclick="window.location.replace(\'https://www.google.se/\'); return false;">Lämna sidan snabbt</a></div>')

PAGES = [
    # ----------------------------------------------------------------------------------------------- Oskarshamn
    dict(name="k01_oskarshamn_vald_i_nara_relationer", site="oskarshamn",
         path="/omsorg-och-stod/vald-i-nara-relationer.html", title="Våld i nära relationer",
         crumbs=["Startsida", "Omsorg och stöd", "Våld i nära relationer"],
         main=OSK_EXIT + """
<h1 class="heading">Våld i nära relationer</h1>
<p class="lead">Lever du med någon som slår, hotar, kontrollerar eller kränker dig? Socialtjänsten kan ge dig stöd, skydd och råd.</p>
<h2 class="subheading">Vi kan hjälpa dig</h2>
<p class="normal">Våldsteamet inom individ- och familjeomsorgen möter dig som är utsatt för våld av en partner, en tidigare partner eller någon annan i familjen. Stödet gäller alla som bor eller vistas i Oskarshamns kommun, oavsett kön, ålder eller sexuell läggning.</p>
<ul class="normal">
  <li>stödsamtal, enskilt eller i grupp</li>
  <li>hjälp att planera för din säkerhet</li>
  <li>hjälp att ordna skyddat boende</li>
  <li>råd om polisanmälan, ekonomi och bostad</li>
</ul>
<p class="normal">Vi ger också stöd till dig som lever under hedersnormer och krav från familj eller släkt.</p>
<h2 class="subheading">Barn som har upplevt våld</h2>
<p class="normal">Barn som har sett, hört eller märkt våld hemma kan få egna samtal hos våra barnterapeuter. Samtalen anpassas efter barnets ålder.</p>
<h2 class="subheading">Tolk</h2>
<p class="normal">Du behöver inte kunna svenska för att få hjälp. Vi bokar tolk, och tolken har tystnadsplikt.</p>
<div class="sv-decoration-content contact-box">
  <h2 class="subheading">Kontakta Våldsteamet</h2>
  <p class="normal">Telefon: 070-174 06 11<br>Telefontid: måndag–fredag 08.30–10.00</p>
  <p class="normal">Du kan vara anonym när du ringer för att få råd.</p>
</div>
<h2 class="subheading">Andra som kan hjälpa</h2>
<p class="normal">Kvinnofridslinjen är en nationell stödtelefon som är öppen dygnet runt: 020-50 50 50.</p>
<p class="normal">Är det akut – ring 112.</p>
""",
         exp=["nara_relation", "heder", "barn_som_upplever_vald"], gen=["konsneutral", "barn_unga"],
         vul=["bristande_svenska"], ph=["070-174 06 11", "020-50 50 50"], hrs=[f"{WD} 08:30-10:00"],
         cat=["Oskarshamn"], lab=dict(quick_exit=True),
         note="Own quick-exit button in main content; Kvinnofridslinjen's 24h line is referred, not own."),

    dict(name="k02_oskarshamn_utovar_vald", site="oskarshamn",
         path="/omsorg-och-stod/vald-i-nara-relationer/till-dig-som-utovar-vald.html", title="Till dig som utövar våld",
         crumbs=["Startsida", "Omsorg och stöd", "Våld i nära relationer", "Till dig som utövar våld"],
         main=OSK_EXIT + """
<h1 class="heading">Till dig som utövar våld</h1>
<p class="lead">Har du slagit, hotat eller skrämt någon du lever med? Det går att sluta. Vi erbjuder behandling till dig som vill förändra ditt beteende.</p>
<p class="normal">Många som använder våld mot en partner eller mot sina barn önskar egentligen att det vore annorlunda. Hos oss pratar du med behandlare som är vana vid de här frågorna. Samtalen är frivilliga och kostar ingenting.</p>
<h2 class="subheading">Hur går det till?</h2>
<p class="normal">Först träffas vi för två eller tre bedömningssamtal. Sedan erbjuds du en serie samtal, enskilt eller i grupp, under ungefär ett halvår. Vi frågar också hur din partner och dina barn har det och kan förmedla stöd till dem.</p>
<p class="normal">Behandlingen vänder sig till vuxna, 18 år och äldre.</p>
<div class="sv-decoration-content contact-box">
  <h2 class="subheading">Kontakt</h2>
  <p class="normal">Behandlingsenheten: 070-174 06 12</p>
  <p class="normal">Vi svarar tisdagar och torsdagar kl. 13–14. Övrig tid kan du lämna ett meddelande så ringer vi upp.</p>
</div>
<p class="normal">Vill du hellre vara helt anonym kan du ringa den nationella stödlinjen Välj att sluta på 020-555 666.</p>
""",
         exp=["valdsutovare"], gen=["konsneutral"], ph=["070-174 06 12", "020-555 666"],
         hrs=["tue,thu 13:00-14:00"], lab=dict(quick_exit=True),
         note="'18 år och äldre' is an age limit, not äldre."),

    dict(name="k03_oskarshamn_heder", site="oskarshamn",
         path="/omsorg-och-stod/vald-i-nara-relationer/hedersrelaterat-vald-och-fortryck.html",
         title="Hedersrelaterat våld och förtryck",
         crumbs=["Startsida", "Omsorg och stöd", "Våld i nära relationer", "Hedersrelaterat våld och förtryck"],
         main=OSK_EXIT + """
<h1 class="heading">Hedersrelaterat våld och förtryck</h1>
<p class="lead">Får du inte själv välja vem du umgås med, hur du klär dig eller vem du ska gifta dig med? Då kan du vara utsatt för hedersrelaterat förtryck.</p>
<p class="normal">Hedersrelaterat våld och förtryck handlar om att familjen eller släkten kontrollerar en persons liv för att skydda familjens rykte. Kontrollen gäller ofta sexualitet och val av partner. Den kan drabba både flickor och pojkar, kvinnor och män.</p>
<h2 class="subheading">Stöd från socialtjänsten</h2>
<p class="normal">Socialtjänsten i Oskarshamn har medarbetare med särskild kunskap om hedersfrågor. Vi tar emot dig som är ung och dig som är vuxen. Vi lyssnar, bedömer din säkerhet och planerar tillsammans med dig vad som ska hända.</p>
<p class="normal">Om du är under 18 år behöver vi ibland prata med andra, men vi kontaktar aldrig din familj utan att först ha pratat med dig.</p>
<div class="sv-decoration-content contact-box">
  <h2 class="subheading">Ungdoms- och familjeteamet</h2>
  <p class="normal">Ring 070-174 06 13<br>Vardagar 8–16</p>
</div>
<h2 class="subheading">Vill du veta mer?</h2>
<p class="normal">Fakta om hedersrelaterat våld, tvångsäktenskap och könsstympning finns på Länsstyrelsens webbplats hedersfortryck.se.</p>
<p class="normal">Är du rädd för att bli förd utomlands mot din vilja och det är bråttom? Ring 112.</p>
""",
         exp=["heder"], gen=["barn_unga", "konsneutral"], ph=["070-174 06 13"], hrs=[f"{WD} 08:00-16:00"],
         lab=dict(quick_exit=True),
         note="'flickor och pojkar, kvinnor och män' is a general-information sentence; the service addresses "
              "'dig som är ung och dig som är vuxen'. 'Socialtjänsten i Oskarshamn' is a name, not coverage."),

    dict(name="k04_oskarshamn_bygglov", site="oskarshamn",
         path="/bygga-bo-och-miljo/bygga-nytt-andra-eller-riva/bygglov.html", title="Bygglov",
         crumbs=["Startsida", "Bygga, bo och miljö", "Bygga nytt, ändra eller riva", "Bygglov"],
         main="""
<h1 class="heading">Bygglov</h1>
<p class="lead">Ska du bygga nytt, bygga till eller ändra användningen av en byggnad behöver du oftast bygglov.</p>
<h2 class="subheading">Så ansöker du</h2>
<ol class="normal">
  <li>Kontrollera vad detaljplanen säger om din fastighet.</li>
  <li>Ta fram ritningar: situationsplan, planritning, fasadritning och sektionsritning.</li>
  <li>Skicka in ansökan via e-tjänsten. Avgiften tas ut enligt kommunens taxa.</li>
</ol>
<p class="normal">Handläggningstiden är högst tio veckor från det att ansökan är komplett.</p>
<div class="sv-decoration-content contact-box">
  <h2 class="subheading">Frågor om bygglov</h2>
  <p class="normal">Bygglovshandläggarna nås på 0491-76 48 20.<br>Telefontid tisdag–torsdag 9.00–11.00</p>
</div>
""",
         ph=["0491-76 48 20"],
         note="Off-topic page with full chrome; bygglov hours are outside the matrix."),

    dict(name="k05_oskarshamn_lattlast_vald", site="oskarshamn",
         path="/lattlast/vald-i-nara-relationer.html", title="Våld i nära relationer – lättläst",
         crumbs=["Startsida", "Lättläst", "Våld i nära relationer"],
         main=OSK_EXIT + """
<h1 class="heading">Våld i nära relationer – lättläst</h1>
<p class="normal">Våld kan vara att någon slår dig.<br>Det kan också vara att någon hotar dig<br>eller bestämmer allt åt dig.</p>
<p class="normal">Det är inte ditt fel.<br>Ingen får göra så mot dig.</p>
<h2 class="subheading">Vi kan hjälpa dig</h2>
<p class="normal">Kommunen har ett team<br>som hjälper personer som blir utsatta för våld<br>av någon i familjen.<br>Du kan prata med oss.<br>Vi har tystnadsplikt.</p>
<p class="normal">Ring oss på telefon 070-174 06 11.<br>Vi svarar måndag till fredag<br>klockan halv 9 till 10.</p>
<p class="normal">Om det är fara just nu<br>ska du ringa 112.</p>
""",
         exp=["nara_relation"], gen=["konsneutral"], ph=["070-174 06 11"], hrs=[f"{WD} 08:30-10:00"],
         lab=dict(quick_exit=True),
         note="Easy-read wording of the hours: 'måndag till fredag klockan halv 9 till 10'."),

    dict(name="k06_oskarshamn_felanmalan", site="oskarshamn",
         path="/trafik-och-gator/felanmalan.html", title="Felanmälan gata, park och belysning",
         crumbs=["Startsida", "Trafik och gator", "Felanmälan"],
         main="""
<h1 class="heading">Felanmälan gata, park och belysning</h1>
<p class="lead">Har du sett en trasig gatlampa, ett hål i gatan eller ett nedfallet träd? Meddela oss så åtgärdar vi det.</p>
<p class="normal">Enklast gör du en felanmälan i vår e-tjänst, där du kan markera platsen på en karta och bifoga en bild.</p>
<p class="normal">Akuta fel som kan vara farliga, till exempel en öppen brunn eller en vattenläcka, ringer du in direkt. Felanmälan är bemannad dygnet runt: 0491-76 49 90.</p>
""",
         ph=["0491-76 49 90"],
         note="A fault-report line open dygnet runt is not a support hotline."),

    # --------------------------------------------------------------------------------------------- Katrineholm
    dict(name="k07_katrineholm_vald_i_nara_relation", site="katrineholm",
         path="/omsorg-och-stod/stod-och-hjalp/vald-i-nara-relation/", title="Våld i nära relation",
         crumbs=["Start", "Omsorg och stöd", "Stöd och hjälp", "Våld i nära relation"],
         main="""
<h1 class="article__title">Våld i nära relation</h1>
<p class="article__preamble">Socialtjänsten ger stöd och skydd till kvinnor och män som utsätts för våld av en partner eller en annan närstående, och till barn som har upplevt våldet.</p>
<div class="article__body">
<h2>Vad kan du få hjälp med?</h2>
<ul>
  <li>Samtal med en socialsekreterare som har särskild kunskap om våld</li>
  <li>Skyddat boende eller annat tillfälligt boende</li>
  <li>Hjälp att kontakta polisen, Skatteverket och andra myndigheter</li>
  <li>Stödsamtal för barn som har levt med våld i familjen</li>
</ul>
<p>Vi utgår från din situation. Du bestämmer själv vad du vill berätta.</p>
<h2>Kontakta oss</h2>
<div class="contact-card">
  <p class="contact-card__title">Mottagningen vuxen</p>
  <p>Telefon: 0150-48 81 20</p>
  <p>Vi svarar vardagar kl. 8–12 och 13–15.</p>
</div>
<p>Behöver du stöd på kvällar, nätter eller helger? Ring 112 och be att få prata med socialjouren.</p>
</div>
""",
         exp=["nara_relation", "barn_som_upplever_vald"], gen=["kvinnor", "man", "barn_unga"],
         ph=["0150-48 81 20"], hrs=[f"{WD} 08:00-12:00", f"{WD} 13:00-15:00"],
         note="Socialjouren only via 112; no own 24h number."),

    dict(name="k08_katrineholm_sex_mot_ersattning", site="katrineholm",
         path="/omsorg-och-stod/stod-och-hjalp/sex-mot-ersattning/", title="Sex mot ersättning",
         crumbs=["Start", "Omsorg och stöd", "Stöd och hjälp", "Sex mot ersättning"],
         main="""
<h1 class="article__title">Sex mot ersättning</h1>
<p class="article__preamble">Har du sålt sex eller fått något annat än pengar för sex – till exempel en plats att sova, droger eller presenter? Du kan få stöd av oss, utan krav på att du berättar allt.</p>
<div class="article__body">
<p>Socialtjänsten erbjuder samtal till dig som har erfarenhet av sex mot ersättning, oavsett kön. Vi kan också hjälpa dig med kontakter med vården, med boende och med ekonomi. I början kan du vara anonym.</p>
<p>Du som är under 18 år och har fått ersättning för sex har alltid rätt till stöd. Den som köper sex av dig begår ett brott – inte du.</p>
<div class="contact-card">
  <p class="contact-card__title">Kontakt</p>
  <p>Mottagningen vuxen: 0150-48 81 20</p>
  <p>Mottagningen barn och unga: 0150-48 81 40</p>
</div>
<p>Du kan också få stöd dygnet runt av Kvinnofridslinjen på 020-50 50 50.</p>
</div>
""",
         exp=["prostitution_manniskohandel"], gen=["konsneutral", "barn_unga"],
         ph=["0150-48 81 20", "0150-48 81 40", "020-50 50 50"],
         note="Both adults (oavsett kön) and under-18s are addressed; Kvinnofridslinjen is referred."),

    dict(name="k09_katrineholm_vald_mot_aldre", site="katrineholm",
         path="/omsorg-och-stod/aldreomsorg/vald-mot-aldre/", title="Våld mot äldre",
         crumbs=["Start", "Omsorg och stöd", "Äldreomsorg", "Våld mot äldre"],
         main="""
<h1 class="article__title">Våld mot äldre</h1>
<p class="article__preamble">Äldre personer kan utsättas för våld av en partner, av vuxna barn eller av någon som hjälper dem i vardagen.</p>
<div class="article__body">
<p>Våldet kan vara slag och knuffar, men också att någon tar dina pengar, låser in dig eller låter bli att ge dig mat och mediciner. Det är inte alltid lätt att berätta, särskilt inte om du är beroende av den som gör dig illa.</p>
<h2>Stöd till dig som är äldre</h2>
<p>Biståndshandläggarna och socialtjänstens våldssamordnare hjälper dig som är äldre och utsatt för våld eller övergrepp av en närstående. Stödet gäller också dig som har en funktionsnedsättning och får hjälp av hemtjänst eller personlig assistans.</p>
<div class="contact-card">
  <p class="contact-card__title">Våldssamordnare</p>
  <p>Telefon: 0150-48 81 55</p>
  <p>Telefontid måndag–torsdag 9.00–10.00</p>
</div>
<p>Är du anhörig och orolig för någon? Du är också välkommen att ringa.</p>
</div>
""",
         exp=["nara_relation"], gen=["konsneutral"], vul=["aldre", "funktionsnedsattning"],
         ph=["0150-48 81 55"], hrs=["mon,tue,wed,thu 09:00-10:00"],
         note="'vuxna barn' are perpetrators/adult children, not barn_unga."),

    dict(name="k10_katrineholm_english", site="katrineholm", lang="en",
         path="/en/living/support/violence-in-close-relationships/", title="Violence in close relationships",
         crumbs=["Start", "Living in Katrineholm", "Support", "Violence in close relationships"],
         main="""
<h1 class="article__title">Violence in close relationships</h1>
<p class="article__preamble">Are you being hurt, threatened or controlled by a partner or a family member? The social services in Katrineholm can help you, whatever your gender.</p>
<div class="article__body">
<p>We offer support talks, help to find a safe place to stay and help in contacts with the police and other authorities. Children who have witnessed violence at home can get support of their own.</p>
<p>You do not need to speak Swedish. We will book an interpreter for you free of charge.</p>
<div class="contact-card">
  <p class="contact-card__title">Contact</p>
  <p>Phone: +46 150 48 81 20</p>
  <p>Monday–Friday 8 am–12 pm and 1 pm–3 pm</p>
</div>
<p>In an emergency, always call 112.</p>
</div>
""",
         exp=["nara_relation", "barn_som_upplever_vald"], gen=["konsneutral", "barn_unga"],
         vul=["bristande_svenska"], ph=["+46 150 48 81 20"],
         hrs=[f"{WD} 08:00-12:00", f"{WD} 13:00-15:00"], lab=dict(languages=["en", "sv"]),
         note="English page; chrome links back 'På svenska'; phone in international format."),

    dict(name="k11_katrineholm_sophamtning", site="katrineholm",
         path="/bo-och-miljo/avfall-och-atervinning/sophamtning/", title="Sophämtning",
         crumbs=["Start", "Bo och miljö", "Avfall och återvinning", "Sophämtning"],
         main="""
<h1 class="article__title">Sophämtning</h1>
<p class="article__preamble">Här hittar du tömningsschema och information om hur du sorterar ditt avfall.</p>
<div class="article__body">
<p>Villahushåll får sina kärl tömda varannan vecka. Matavfall läggs i den bruna påsen och restavfall i kärlets andra fack. Grovsopor lämnar du på återvinningscentralen.</p>
<p>Har du frågor om hämtning, kärlbyte eller avgifter? Kundtjänst avfall svarar på 0150-48 83 00, måndag–fredag 7.30–16.00.</p>
</div>
""",
         ph=["0150-48 83 00"], note="Off-topic; avfall hours excluded."),

    dict(name="k12_katrineholm_skyddat_boende", site="katrineholm",
         path="/omsorg-och-stod/stod-och-hjalp/vald-i-nara-relation/skyddat-boende/", title="Skyddat boende",
         crumbs=["Start", "Omsorg och stöd", "Stöd och hjälp", "Våld i nära relation", "Skyddat boende"],
         main="""
<h1 class="article__title">Skyddat boende</h1>
<p class="article__preamble">Om du inte kan bo kvar hemma på grund av våld eller hot från någon närstående kan socialtjänsten hjälpa dig till ett skyddat boende.</p>
<div class="article__body">
<p>Ett skyddat boende är en bostad med hemlig adress där du kan bo en period tillsammans med dina barn. Du får stöd av personal och hjälp att planera för tiden efter. Barnen får eget stöd för det de har varit med om, och de kan fortsätta gå i förskola eller skola.</p>
<p>Det är socialtjänsten som beslutar om placering. Kontakta Mottagningen vuxen på 0150-48 81 20 under telefontid, vardagar 8–12 och 13–15.</p>
<p>Behöver du skydd direkt en kväll eller natt? Ring 112 och fråga efter socialjouren.</p>
</div>
""",
         exp=["nara_relation", "barn_som_upplever_vald"], gen=["konsneutral", "barn_unga"],
         ph=["0150-48 81 20"], hrs=[f"{WD} 08:00-12:00", f"{WD} 13:00-15:00"],
         note="Children live at the shelter and get support for what they experienced."),

    # --------------------------------------------------------------------------------------------- Skellefteå
    dict(name="k13_skelleftea_rvc", site="skelleftea",
         path="/omsorg-och-stod/vald-i-nara-relationer/relationsvaldscentrum", title="Relationsvåldscentrum, RVC",
         crumbs=["Start", "Omsorg och stöd", "Våld i nära relationer", "Relationsvåldscentrum"],
         main="""
<article class="c-article">
<h1>Relationsvåldscentrum, RVC</h1>
<p class="c-lead">RVC finns för dig som bor i Skellefteå kommun och lever med våld i en nära relation – som utsatt, som barn i familjen eller som den som utövar våldet.</p>
<h2>Det här erbjuder vi</h2>
<ul>
  <li>Stödsamtal för kvinnor och män som har utsatts för våld av en partner eller familjemedlem</li>
  <li>Samtal och grupper för barn och ungdomar som har upplevt våld hemma</li>
  <li>Behandling för dig som har använt våld och vill sluta</li>
</ul>
<p>Du behöver inte ha en pågående kontakt med socialtjänsten för att vända dig till oss. Vill du vara anonym för vi inga journaler.</p>
<h2>Telefontid och besök</h2>
<p>Telefontid: måndag–fredag 8.00–10.00, telefon 0910-58 84 40.</p>
<table class="c-table">
  <caption>Besökstider</caption>
  <tr><th scope="row">Måndag–torsdag</th><td>08.00–16.30 (lunchstängt 12–13)</td></tr>
  <tr><th scope="row">Fredag</th><td>08.00–15.00 (lunchstängt 12–13)</td></tr>
  <tr><th scope="row">Lördag–söndag</th><td>Stängt</td></tr>
</table>
</article>
""",
         exp=["nara_relation", "barn_som_upplever_vald", "valdsutovare"], gen=["kvinnor", "man", "barn_unga"],
         ph=["0910-58 84 40"],
         hrs=[f"{WD} 08:00-10:00", "mon,tue,wed,thu 08:00-12:00", "mon,tue,wed,thu 13:00-16:30",
              "fri 08:00-12:00", "fri 13:00-15:00"],
         cat=["Skellefteå"],
         note="Table with lunch closures and a 'Stängt' row."),

    dict(name="k14_skelleftea_sluta_anvanda_vald", site="skelleftea",
         path="/omsorg-och-stod/vald-i-nara-relationer/vill-du-sluta-anvanda-vald", title="Vill du sluta använda våld?",
         crumbs=["Start", "Omsorg och stöd", "Våld i nära relationer", "Vill du sluta använda våld?"],
         main="""
<article class="c-article">
<h1>Vill du sluta använda våld?</h1>
<p class="c-lead">Har du skadat, skrämt eller kontrollerat någon i din familj? Du är inte ensam, och det finns hjälp.</p>
<p>På Relationsvåldscentrum Skellefteå träffar du behandlare som arbetar med män och kvinnor som har använt fysiskt eller psykiskt våld mot en partner. Målet är att våldet ska upphöra och att din familj ska bli trygg.</p>
<p>Behandlingen består av enskilda samtal. För män finns också en grupp som träffas en kväll i veckan.</p>
<p>Ring oss på 0910-58 84 40. Vi svarar vardagar 8.00–10.00.</p>
</article>
""",
         exp=["valdsutovare"], gen=["man", "kvinnor"], ph=["0910-58 84 40"], hrs=[f"{WD} 08:00-10:00"],
         note="'Relationsvåldscentrum Skellefteå' is a name, not catchment."),

    dict(name="k15_skelleftea_suomeksi", site="skelleftea", lang="fi",
         path="/suomeksi/vakivalta-lahisuhteissa", title="Väkivalta lähisuhteissa",
         crumbs=["Start", "Suomeksi", "Väkivalta lähisuhteissa"],
         head='<link rel="alternate" hreflang="sv" href="https://skelleftea.se/omsorg-och-stod/vald-i-nara-relationer/relationsvaldscentrum">',
         main="""
<article class="c-article">
<h1>Väkivalta lähisuhteissa – apua Skellefteåssa</h1>
<p class="c-lead">Relationsvåldscentrum (RVC) auttaa naisia, miehiä ja lapsia, jotka elävät väkivallan keskellä. Autamme myös niitä, jotka ovat käyttäneet väkivaltaa ja haluavat lopettaa.</p>
<p>Voit puhua kanssamme nimettömänä. Palvelu on maksuton.</p>
<p>Puhelinaika: maanantaista perjantaihin klo 8.00–10.00, puh. 0910-58 84 40.</p>
<p>Hätätilanteessa soita 112.</p>
</article>
""",
         exp=["nara_relation", "barn_som_upplever_vald", "valdsutovare"], gen=["kvinnor", "man", "barn_unga"],
         ph=["0910-58 84 40"], hrs=[f"{WD} 08:00-10:00"], lab=dict(languages=["fi", "sv", "se", "en"]),
         note="Finnish page with hreflang sv; 'Skellefteåssa' (in Skellefteå) is a location, not catchment."),

    dict(name="k16_skelleftea_batplatser", site="skelleftea",
         path="/fritid/friluftsliv/batplatser", title="Båtplatser",
         crumbs=["Start", "Fritid", "Friluftsliv", "Båtplatser"],
         main="""
<article class="c-article">
<h1>Båtplatser i kommunens hamnar</h1>
<p class="c-lead">Kommunen hyr ut båtplatser i fem småbåtshamnar längs kusten.</p>
<p>Du ställer dig i kö via e-tjänsten. Kön är gratis, och när en plats blir ledig får du ett erbjudande via e-post. Avgiften betalas för en säsong i taget, maj–oktober.</p>
<p>Frågor om båtplatser besvaras av fritidskontoret, 0910-58 86 10, vardagar kl. 9–12.</p>
</article>
""",
         ph=["0910-58 86 10"], note="Off-topic."),

    dict(name="k17_skelleftea_vad_ar_vald", site="skelleftea",
         path="/omsorg-och-stod/vald-i-nara-relationer/vad-ar-vald", title="Vad är våld i nära relationer?",
         crumbs=["Start", "Omsorg och stöd", "Våld i nära relationer", "Vad är våld?"],
         main="""
<article class="c-article">
<h1>Vad är våld i nära relationer?</h1>
<p class="c-lead">Våld i nära relationer är våld från någon man har en nära relation till: en partner, en tidigare partner, en förälder, ett syskon eller ett vuxet barn.</p>
<h2>Olika former av våld</h2>
<ul>
  <li><strong>Fysiskt våld</strong> – knuffar, slag, sparkar, strypgrepp.</li>
  <li><strong>Psykiskt våld</strong> – hot, kränkningar, kontroll och isolering.</li>
  <li><strong>Sexuellt våld</strong> – att tvingas till sexuella handlingar.</li>
  <li><strong>Ekonomiskt våld</strong> – att någon tar eller styr dina pengar.</li>
  <li><strong>Digitalt våld</strong> – att någon övervakar din telefon eller sprider bilder.</li>
  <li><strong>Försummelse</strong> – att den du är beroende av inte ger dig den hjälp du behöver.</li>
</ul>
<p>Våldet följer ofta ett mönster där perioder av värme och ånger avlöses av nya övergrepp. Det gör det svårt att lämna.</p>
<p>Mäns våld mot kvinnor är den vanligaste formen, men våld förekommer i alla slags relationer.</p>
<p>Läs om <a href="/omsorg-och-stod/vald-i-nara-relationer/relationsvaldscentrum">vilket stöd du kan få</a>.</p>
</article>
""",
         note="General information, no service on the page."),

    dict(name="k18_skelleftea_lattlast", site="skelleftea",
         path="/lattlast/vald-i-familjen", title="Våld i familjen – lättläst",
         crumbs=["Start", "Lättläst", "Våld i familjen"],
         main="""
<article class="c-article c-article--easy">
<h1>Våld i familjen – lättläst</h1>
<p>Ingen får slå dig.<br>Ingen får hota dig eller skrämma dig.<br>Det gäller också om det är din man, din fru<br>eller någon annan i din familj.</p>
<p>I Skellefteå finns Relationsvåldscentrum.<br>Där kan kvinnor, män och barn<br>som har varit med om våld<br>få hjälp och någon att prata med.</p>
<p>Du kan ringa 0910-58 84 40.<br>Ring på vardagar mellan klockan 8 och 10.</p>
</article>
""",
         exp=["nara_relation", "barn_som_upplever_vald"], gen=["kvinnor", "man", "barn_unga"],
         ph=["0910-58 84 40"], hrs=[f"{WD} 08:00-10:00"],
         note="'din man, din fru' name perpetrators; the target sentence names kvinnor, män och barn."),

    # ------------------------------------------------------------------------------------------------- Lerum
    dict(name="k19_lerum_vald_i_nara_relationer", site="lerum",
         path="/omsorg-och-stod/stod-vid-vald/vald-i-nara-relationer", title="Våld i nära relationer",
         crumbs=["Start", "Omsorg och stöd", "Stöd vid våld", "Våld i nära relationer"],
         main="""
<h1 class="Page_title__1b2cX">Våld i nära relationer</h1>
<p class="Page_ingress__9d8eY">Stödenheten hjälper dig som är 18 år eller äldre och utsatt för våld eller hot av någon i din närhet.</p>
<div class="RichText_root__5f6gZ">
<p>Det kan vara en partner, en före detta partner, en förälder eller ett vuxet syskon. Du kan få stödsamtal, hjälp att göra en säkerhetsplan och stöd under en rättsprocess. Behöver du skyddat boende hjälper vi dig att ordna det.</p>
<p>Vi arbetar med tolk när det behövs – du behöver inte kunna svenska för att få stöd hos oss.</p>
<h2>Är du under 18 år?</h2>
<p>Prata med skolkuratorn eller ring BRIS på 116 111. Du kan också chatta med BRIS på bris.se.</p>
<h2>Information på andra språk</h2>
<ul class="FileList_root__h8i9W">
  <li><a href="/files/vald-i-nara-relationer-arabiska.pdf" lang="ar" dir="rtl">معلومات باللغة العربية (pdf)</a></li>
  <li><a href="/files/vald-i-nara-relationer-somaliska.pdf" lang="so">Macluumaad af-Soomaali ah (pdf)</a></li>
  <li><a href="/files/vald-i-nara-relationer-tigrinja.pdf">Information på tigrinja (pdf)</a></li>
  <li><a href="/files/vald-i-nara-relationer-engelska.pdf" lang="en">Information in English (pdf)</a></li>
</ul>
<div class="ContactCard_root__k1l2V">
  <h2>Stödenheten</h2>
  <p>Telefon 0302-56 72 40</p>
  <p>Telefontid måndag, tisdag, torsdag och fredag 9–11 samt onsdag 13–15.</p>
</div>
</div>
""",
         exp=["nara_relation"], gen=["konsneutral"], vul=["bristande_svenska"],
         ph=["0302-56 72 40", "116 111"], hrs=["mon,tue,thu,fri 09:00-11:00", "wed 13:00-15:00"],
         lab=dict(languages=["sv", "ar", "so", "ti", "en"]),
         note="'18 år eller äldre' is an age limit; under-18s are referred to BRIS; PDFs per language."),

    dict(name="k20_lerum_barn_som_upplevt_vald", site="lerum",
         path="/omsorg-och-stod/stod-vid-vald/barn-som-upplevt-vald", title="Barn som har upplevt våld",
         crumbs=["Start", "Omsorg och stöd", "Stöd vid våld", "Barn som har upplevt våld"],
         main="""
<h1 class="Page_title__1b2cX">Barn som har upplevt våld</h1>
<p class="Page_ingress__9d8eY">Barn som har sett, hört eller förstått att en förälder blir slagen eller hotad behöver få prata om det.</p>
<div class="RichText_root__5f6gZ">
<p>Familjebehandlarna i Lerum har gruppverksamhet för barn 4–18 år som har upplevt våld mellan vuxna i familjen. Barnen träffas i små grupper, indelade efter ålder, vid tio tillfällen.</p>
<p>En förutsättning är att våldet har upphört och att barnet inte längre bor med den som har utövat våldet.</p>
<p>Kontakta familjebehandlarna: 0302-56 73 15.</p>
</div>
""",
         exp=["barn_som_upplever_vald"], gen=["barn_unga"], ph=["0302-56 73 15"],
         note="'Familjebehandlarna i Lerum' is a name/location, not coverage."),

    dict(name="k21_lerum_ledigt_jobb", site="lerum",
         path="/jobba-hos-oss/lediga-jobb/socialsekreterare-stodenheten", title="Socialsekreterare till Stödenheten",
         crumbs=["Start", "Jobba hos oss", "Lediga jobb", "Socialsekreterare till Stödenheten"],
         main="""
<h1 class="Page_title__1b2cX">Socialsekreterare till Stödenheten – våld i nära relationer</h1>
<p class="Page_ingress__9d8eY">Vill du arbeta med att stötta människor som lever med våld? Nu söker vi en socialsekreterare till vår stödenhet.</p>
<div class="RichText_root__5f6gZ">
<h2>Om tjänsten</h2>
<p>Du kommer att ha stödsamtal med vuxna som är utsatta för våld av närstående, göra risk- och skyddsbedömningar och samverka med polis, vården och kvinnojourer. Du ingår i ett team på sex socialsekreterare.</p>
<h2>Din profil</h2>
<p>Du har socionomexamen och gärna erfarenhet av myndighetsutövning. Kunskap om hedersrelaterat våld och förtryck är meriterande. B-körkort krävs.</p>
<h2>Kontakt</h2>
<p>Enhetschef, telefon 070-174 06 25. Fackliga företrädare nås via kommunens växel, 0302-56 70 00.</p>
<p>Tjänsten är en tillsvidareanställning på heltid. Sista ansökningsdag 30 november 2025.</p>
</div>
""",
         ph=["070-174 06 25", "0302-56 70 00"],
         note="Job advert: describes the work but offers no service to the reader; switchboard given in main content."),

    dict(name="k22_lerum_familjeradgivning", site="lerum",
         path="/omsorg-och-stod/familj-och-relationer/familjeradgivning", title="Familjerådgivning",
         crumbs=["Start", "Omsorg och stöd", "Familj och relationer", "Familjerådgivning"],
         main="""
<h1 class="Page_title__1b2cX">Familjerådgivning</h1>
<p class="Page_ingress__9d8eY">Familjerådgivningen erbjuder samtal till par och familjer som har det svårt i relationen.</p>
<div class="RichText_root__5f6gZ">
<p>Ni kan komma som par eller en och en. Ett samtal kostar 300 kronor. Familjerådgivarna har tystnadsplikt och för inga journaler.</p>
<p>Om det förekommer våld i er relation erbjuder vi inte parsamtal. Då hänvisar vi i stället till <a href="/omsorg-och-stod/stod-vid-vald/vald-i-nara-relationer">Stödenheten</a>, som ger stöd till den som är utsatt och till den som utövar våld.</p>
<p>Boka tid på 0302-56 74 80, måndag–torsdag kl. 8.30–9.30.</p>
</div>
""",
         ph=["0302-56 74 80"],
         note="Outside the matrix; violence is explicitly excluded and referred onwards."),

    dict(name="k23_lerum_kontakt", site="lerum",
         path="/kontakta-oss", title="Kontakta oss", crumbs=["Start", "Kontakta oss"],
         main="""
<h1 class="Page_title__1b2cX">Kontakta oss</h1>
<p class="Page_ingress__9d8eY">Lerums kontaktcenter svarar på frågor om kommunens verksamheter och kopplar dig vidare.</p>
<div class="RichText_root__5f6gZ">
<p>Telefon: 0302-56 70 00<br>E-post: kontaktcenter@lerum.se</p>
<p>Öppettider: måndag–torsdag 8–17, fredag 8–16.</p>
<h2>Akut efter kontorstid</h2>
<p>Socialjouren når du via 112. Vid fel på vatten och avlopp utanför kontorstid: 0302-56 79 99.</p>
</div>
""",
         ph=["0302-56 70 00", "0302-56 79 99"],
         note="Contact page for the whole municipality; kontaktcenter hours are not a support service."),

    # ------------------------------------------------------------------------------ Familjefrid Norra Bohuslän
    dict(name="k24_familjefrid_start", site="familjefrid", path="/", title="Välkommen till Familjefrid",
         main="""
<h1 class="entry-title">Välkommen till Familjefrid</h1>
<p>Familjefrid är en gemensam verksamhet för fem kommuner i norra Bohuslän. Vi erbjuder stöd och behandling när det förekommer våld i nära relationer.</p>
<h2>Vi finns för</h2>
<ul>
  <li>vuxna som utsätts eller har utsatts för våld av en partner eller annan närstående</li>
  <li>barn och unga som har upplevt våld i familjen</li>
  <li>dig som utövar våld och vill förändra ditt beteende</li>
</ul>
<h2>Vi finns för invånare i</h2>
<ul>
  <li>Strömstads kommun</li>
  <li>Tanums kommun</li>
  <li>Sotenäs kommun</li>
  <li>Munkedals kommun</li>
  <li>Lysekils kommun</li>
</ul>
<p>Stödet är kostnadsfritt. Du behöver inte ha kontakt med socialtjänsten för att höra av dig till oss.</p>
""",
         exp=["nara_relation", "barn_som_upplever_vald", "valdsutovare"], gen=["konsneutral", "barn_unga"],
         note="Catchment in strapline and as a bullet list."),

    dict(name="k25_familjefrid_utovar_vald", site="familjefrid", path="/du-som-utovar-vald/", title="Du som utövar våld",
         main="""
<h1 class="entry-title">Du som utövar våld</h1>
<p>Har du slagit, hotat eller kontrollerat din partner eller dina barn? Att be om hjälp är ett första steg.</p>
<p>Vi erbjuder enskilda samtal för män och kvinnor som använder våld i en nära relation. Samtalen handlar om ansvar, om vad våldet gör med familjen och om vad du kan göra i stället.</p>
<p>Män kan också delta i en behandlingsgrupp som träffas varannan vecka i Grebbestad.</p>
<p>Vi frågar alltid hur din partner och dina barn har det, och vi kan erbjuda dem stöd.</p>
""",
         exp=["valdsutovare"], gen=["man", "kvinnor"],
         note="'i Grebbestad' is a meeting place."),

    dict(name="k26_familjefrid_barn_och_unga", site="familjefrid", path="/barn-och-unga/", title="Barn och unga",
         main="""
<h1 class="entry-title">Barn och unga</h1>
<p>Har du sett eller hört våld hemma? Då kan du få prata med någon hos oss.</p>
<p>Vi har barngrupper för barn mellan 6 och 12 år och enskilda samtal för ungdomar upp till 20 år som har upplevt våld mellan vuxna i familjen. Om du är under 18 år behöver vi oftast prata med dina vårdnadshavare först.</p>
<p>Vill du prata med någon redan nu? Du kan chatta med BRIS eller ringa 116 111.</p>
""",
         exp=["barn_som_upplever_vald"], gen=["barn_unga"], ph=["116 111"]),

    dict(name="k27_familjefrid_dolj_besok", site="familjefrid", path="/dolj-ditt-besok/", title="Dölj ditt besök",
         main="""
<h1 class="entry-title">Dölj ditt besök</h1>
<p>Om någon annan har tillgång till din dator eller telefon kan den personen se vilka sidor du har besökt. Här är några sätt att minska spåren.</p>
<h2>Använd privat surfläge</h2>
<p>I de flesta webbläsare kan du öppna ett privat fönster (inkognitoläge). Då sparas ingen historik när du stänger fönstret. I Chrome och Edge trycker du Ctrl+Shift+N, i Firefox Ctrl+Shift+P. På iPhone väljer du Privat i Safaris flikvy.</p>
<h2>Rensa historiken</h2>
<p>Du kan ta bort enstaka sidor ur historiken i stället för att rensa allt. En helt tom historik kan väcka frågor hos den som kontrollerar dig.</p>
<h2>Knappen Lämna sidan</h2>
<p>Knappen högst upp på varje sida tar dig direkt till en annan webbplats. Den tar inte bort sidan ur historiken.</p>
""",
         note="Advice page: no service described."),

    dict(name="k28_familjefrid_yrkesverksamma", site="familjefrid", path="/yrkesverksamma/", title="För yrkesverksamma",
         main="""
<h1 class="entry-title">För yrkesverksamma</h1>
<p>Arbetar du inom skola, förskola, vård eller socialtjänst i någon av våra fem kommuner? Familjefrid erbjuder konsultation när du möter barn eller vuxna som lever med våld.</p>
<p>Vi håller också utbildningar om att fråga om våld, om barn som upplever våld och om hedersrelaterat våld och förtryck.</p>
<p>Konsultationstelefon för yrkesverksamma: 070-174 06 31.</p>
""",
         ph=["070-174 06 31"],
         note="Page for professionals: no target group; sidebar contact and strapline still apply."),
]

TEXT_PAGES = [
    dict(name="k29_oskarshamn_broschyr_utovar_vald", kind="kommun", ext="txt",
         url="https://www.oskarshamn.se/download/18.4f1e2a9/1712650000000/broschyr-till-dig-som-utovar-vald.pdf",
         text="""TILL DIG SOM UTÖVAR VÅLD
Oskarshamns kommun – Behandlingsenheten

Har du slagit, knuffat eller hotat din partner? Har dina barn sett eller hört när du har varit våldsam?
Det finns hjälp att få. Du kan förändra ditt beteende.

VAD ERBJUDER VI?
Vi tar emot män och kvinnor över 18 år som har använt våld mot en närstående. Efter några inledande
samtal erbjuds du behandling enskilt eller i grupp. Behandlingen är frivillig och kostnadsfri.

KONTAKT
Behandlingsenheten, telefon 070-174 06 12
Telefontid: tisdag och torsdag 13.00–14.00

Broschyren finns även på engelska och arabiska på oskarshamn.se.

Oskarshamns kommun, Individ- och familjeomsorgen, 2024
""",
         exp=["valdsutovare"], gen=["man", "kvinnor"], ph=["070-174 06 12"], hrs=["tue,thu 13:00-14:00"],
         lab=dict(languages=["sv", "en", "ar"]),
         note="Text of a PDF; the text says the brochure exists in English and Arabic."),

    dict(name="k30_skelleftea_protokoll", kind="kommun", ext="txt",
         url="https://skelleftea.se/download/protokoll-socialnamnden-2025-05-20.pdf",
         text="""SKELLEFTEÅ KOMMUN
Socialnämnden
Protokoll 2025-05-20

§ 45 Uppföljning av arbetet mot våld i nära relationer 2024

Beslut
Socialnämnden lägger uppföljningen till handlingarna.

Ärendebeskrivning
Relationsvåldscentrum (RVC) har under 2024 haft 212 aktuella ärenden, varav 131 våldsutsatta vuxna,
43 barn som upplevt våld och 38 personer som utövat våld. Andelen män bland de våldsutsatta har ökat
från 14 till 19 procent. Väntetiden till första samtal var i genomsnitt nio dagar.

Förvaltningen föreslår att samverkan med kvinnojouren och polisen fördjupas under 2025 och att
informationen om RVC på kommunens webbplats översätts till fler språk.

Beslutsunderlag
Tjänsteskrivelse från individ- och familjeomsorgen 2025-04-28

Justerat 2025-05-24
""",
         note="Minutes with statistics: no service offered to the reader."),
]
