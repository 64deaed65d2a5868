P = []
A = P.append

# ---------------------------------------------------------------- Region Skåne (Sitevision)
A(dict(id="r01", site="skane", path="/halsa-och-vard/mottagningen-for-unga-efter-sexuella-overgrepp", title="Mottagningen för unga efter sexuella övergrepp",
body='''<main id="rs-main"><h1>Mottagningen för unga efter sexuella övergrepp</h1>
<p class="rs-lead">Har någon tvingat dig till något sexuellt, på nätet eller i verkligheten? Hos oss kan du som är mellan 13 och 25 år få stöd och behandling, oavsett hur länge sedan det hände.</p>
<p>Du behöver ingen remiss. Besöken är kostnadsfria och vi har tystnadsplikt.</p>
<aside class="rs-contact"><h2>Kontakta mottagningen</h2><p>Telefon 040-675 31 20</p><p>Måndag–fredag 8–16</p><p>Har det hänt nyligen? Ring 1177 för att få veta var du ska söka akut.</p></aside></main>''',
ex=["sexuellt_vald"], gg=["barn_unga"], vg=[], ph=["+46406753120", "+461177"], h24=False,
oh=["mon,tue,wed,thu,fri 08:00-16:00"], cm=[], note="youth service without gender → barn_unga alone"))

A(dict(id="r02", site="skane", path="/halsa-och-vard/akutmottagning-efter-valdtakt", title="Akutmottagning efter våldtäkt",
body='''<main id="rs-main"><h1>Akutmottagning efter våldtäkt</h1>
<p class="rs-lead">Har du blivit våldtagen eller utsatt för ett annat sexuellt övergrepp den senaste månaden? Du kan komma till oss, oavsett kön, från 18 år.</p>
<p>Vi tar hand om skador, gör spårsäkring om du vill och ger dig skydd mot graviditet och infektioner. Du behöver inte ha polisanmält.</p>
<aside class="rs-contact"><h2>Ring innan du kommer</h2><p>040-675 31 50 – telefonen är bemannad dygnet runt, alla dagar.</p></aside></main>''',
ex=["sexuellt_vald"], gg=["konsneutral"], vg=[], ph=["+46406753150"], h24=True,
oh=["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"], cm=[], note="own 24/7 line"))

A(dict(id="r03", site="skane", path="/vardgivare/rutiner/fraga-om-vald", title="Rutin: fråga om våld",
body='''<main id="rs-main"><h1>Rutin: rutinmässiga frågor om våld</h1>
<p class="rs-lead">Riktlinje för medarbetare inom psykiatri, kvinnohälsovård och primärvård.</p>
<ol><li>Fråga alla patienter över 18 år om våldsutsatthet, enskilt och utan anhöriga i rummet.</li><li>Använd kvalificerad tolk, aldrig en familjemedlem.</li><li>Dokumentera under sökordet Våld i journalen.</li><li>Vid misstanke om att barn far illa: gör en orosanmälan.</li></ol>
<p>Kompetensstöd för vårdpersonal: 040-675 31 90.</p></main>''',
ex=[], gg=[], vg=[], ph=["+46406753190"], h24=False, oh=[], cm=[], note="guideline for staff"))

A(dict(id="r04", site="skane", path="/halsa-och-vard/sex-mot-ersattning", title="Mottagningen för sex mot ersättning",
body='''<main id="rs-main"><h1>Sex mot ersättning – stöd och vård</h1>
<p class="rs-lead">Du som har erfarenhet av att sälja eller byta sex, oavsett kön eller könsidentitet, kan få hälsoundersökningar och samtalsstöd hos oss.</p>
<p>Vi tar också emot dig som har blivit utnyttjad i människohandel. Du som inte talar svenska har rätt till tolk.</p>
<aside class="rs-contact"><h2>Öppet</h2><p>Tis och tors 13–16, drop-in</p><p>Telefon 040-675 31 70</p></aside></main>''',
ex=["prostitution_manniskohandel"], gg=["konsneutral"], vg=["bristande_svenska"], ph=["+46406753170"], h24=False,
oh=["tue,thu 13:00-16:00"], cm=[], note="konsneutral via 'oavsett kön'"))

A(dict(id="r05", site="skane", path="/halsa-och-vard/artiklar/vald-i-nara-relationer", title="Våld i nära relationer – var kan jag få hjälp?",
body='''<main id="rs-main"><h1>Våld i nära relationer</h1>
<p class="rs-lead">Våld i en relation kan ge både fysiska och psykiska besvär. Här får du veta vart du kan vända dig.</p>
<h2>Vart kan jag vända mig?</h2><ul><li>Socialtjänsten i din kommun ansvarar för stöd och skyddat boende.</li><li>Kvinnofridslinjen, 020-50 50 50, är öppen dygnet runt.</li><li>En kvinnojour eller tjejjour kan ge stöd, även anonymt.</li><li>Behöver du vård men vet inte var? Ring 1177.</li></ul></main>''',
ex=[], gg=[], vg=[], ph=["+4620505050", "+461177"], h24=False, oh=[], cm=[], note="refers onwards only"))

A(dict(id="r06", site="skane", path="/en/support-after-sexual-assault", title="Support after sexual assault", lang="en", sv_link=True,
over=dict(languages=["en", "sv", "ar", "pl"]),
body='''<main id="rs-main"><h1>Support after sexual assault</h1>
<p class="rs-lead">If you have been raped or sexually assaulted within the past month, you can come to our emergency clinic. We receive adults regardless of gender.</p>
<p>You do not need to report to the police to get care. Call us before you come: +46 40 675 31 50. The line is staffed day and night, every day of the year.</p></main>''',
ex=["sexuellt_vald"], gg=["konsneutral"], vg=[], ph=["+46406753150"], h24=True,
oh=["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"], cm=[], note="English page; chrome gets a Svenska link"))

# ---------------------------------------------------------------- Region Jämtland Härjedalen (Episerver WebForms)
A(dict(id="r07", site="jh", path="/halsa-och-vard/vald-i-nara-relation", title="Våld i nära relation",
body='''<div id="content"><h1>Vården kan hjälpa dig som är utsatt för våld</h1>
<p class="ingress">I vården frågar vi alla vuxna patienter om de har varit utsatta för våld. Du som berättar får ett bra bemötande och hjälp vidare.</p>
<p>På din hälsocentral kan du få dina skador dokumenterade, få samtalsstöd och hjälp att komma i kontakt med socialtjänsten eller en kvinnojour.</p>
<p>Ring 1177 om du vill ha råd om var du ska söka vård.</p></div>''',
ex=["nara_relation"], gg=["konsneutral"], vg=[], ph=["+461177"], h24=False, oh=[], cm=[], note="region own care offer"))

A(dict(id="r08", site="jh", path="/halsa-och-vard/barnahus/yrkesverksam", title="Barnahus – för yrkesverksamma",
body='''<div id="content"><h1>Barnahus Jämtland Härjedalen – för dig som är yrkesverksam</h1>
<p class="ingress">Barnahus samordnar polis, åklagare, socialtjänst och vård när ett barn misstänks ha utsatts för brott.</p>
<p>Samråd bokas av socialsekreterare eller polis. Samrådstelefon: 063-15 32 40, vardagar.</p></div>''',
ex=[], gg=[], vg=[], ph=["+4663153240"], h24=False, oh=[], cm=[], note="for professionals"))

A(dict(id="r09", site="jh", path="/trafik/sjukresor", title="Sjukresor",
body='''<div id="content"><h1>Sjukresor</h1><p class="ingress">Kan du inte åka kollektivt till vården kan du ha rätt till sjukresa med taxi.</p>
<p>Beställ resan senast dagen före på 063-15 30 20. Beställningen är öppen alla dagar 06–22.</p></div>''',
ex=[], gg=[], vg=[], ph=["+4663153020"], h24=False, oh=[], cm=[], note="off-topic"))

A(dict(id="r10", site="jh", path="/halsa-och-vard/psykiatri/stod-till-dig-som-utovar-vald", title="Stöd till dig som utövar våld",
body='''<div id="content"><h1>Stöd till dig som utövar våld</h1>
<p class="ingress">Psykiatrins mottagning erbjuder behandling för män som använder våld i nära relationer och vill sluta.</p>
<p>Mottagningen tar emot dig som bor i Östersund, Krokom eller Åre. Vi tar inte emot dig som är under 18 år.</p>
<p>Telefontid måndagar 13.00–15.00 på 063-15 32 60.</p></div>''',
ex=["valdsutovare"], gg=["man"], vg=[], ph=["+4663153260"], h24=False, oh=["mon 13:00-15:00"], cm=["Östersund", "Krokom", "Åre"],
note="catchment of three municipalities"))

A(dict(id="r11", site="jh", ext="txt", path="/halsa-och-vard/kvinnosjukvard/sexuella-overgrepp", title="Efter sexuella övergrepp – kvinnosjukvården",
over=dict(languages=["sv"], machine_translation=False, text_to_speech=False),
body='''Efter sexuella övergrepp

Kvinnosjukvården tar emot kvinnor som har utsatts för våldtäkt eller andra sexuella övergrepp. Du får undersökning, provtagning och samtal med kurator.

Mottagningens telefontid är vardagar 08.00–09.30 på 063-15 34 00.

Har det hänt den senaste veckan? Ring gynakuten på 063-15 34 10. Där svarar en barnmorska dygnet runt.''',
ex=["sexuellt_vald"], gg=["kvinnor"], vg=[], ph=["+4663153400", "+4663153410"], h24=True,
oh=["mon,tue,wed,thu,fri 08:00-09:30", "mon,tue,wed,thu,fri,sat,sun 00:00-24:00"], cm=[], note="txt; own gynakut 24/7"))

# ---------------------------------------------------------------- Region Halland (Drupal)
A(dict(id="r12", site="halland", path="/vard-och-halsa/kvinnofridsmottagningen", title="Kvinnofridsmottagningen",
body='''<main role="main"><div id="block-rh-content"><h1 class="page-title">Kvinnofridsmottagningen</h1>
<div class="field--name-body"><p>Kvinnofridsmottagningen erbjuder samtalsbehandling till kvinnor över 18 år som har utsatts för våld i en nära relation eller för sexuellt våld.</p>
<p>Mottagningen finns för kvinnor som bor i Halmstad, Laholm och Hylte. Bor du i norra Halland vänder du dig till mottagningen i Varberg.</p>
<p>Vi tar emot dig även om du har ett pågående missbruk.</p>
<h2>Kontakt</h2><p>Telefon 035-13 48 60, tisdag–torsdag 8.00–10.00.</p></div></div></main>''',
ex=["nara_relation", "sexuellt_vald"], gg=["kvinnor"], vg=["missbruk"], ph=["+4635134860"], h24=False,
oh=["tue,wed,thu 08:00-10:00"], cm=["Halmstad", "Laholm", "Hylte"], note="'norra Halland' not expanded"))

A(dict(id="r13", site="halland", path="/vard-och-halsa/kunskap/vad-ar-vald", title="Kunskap om våld",
body='''<main role="main"><div id="block-rh-content"><h1 class="page-title">Olika former av våld</h1>
<div class="field--name-body"><p>Våld i nära relationer drabbar framför allt kvinnor, men även män, barn och äldre. Våldet är ofta upprepat och blir grövre över tid.</p>
<p>Hedersrelaterat våld skiljer sig genom att flera i familjen eller släkten kan delta. Sexuellt våld kan ske både i och utanför relationer.</p>
<p>Våld kan leda till sömnproblem, smärta, ångest och missbruk. Därför frågar vi om våld i vården.</p></div></div></main>''',
ex=[], gg=[], vg=[], ph=[], h24=False, oh=[], cm=[], note="general info"))

A(dict(id="r14", site="halland", path="/vard-och-halsa/ungdomshalsan/heder", title="Ungdomshälsan – stöd vid hedersförtryck",
body='''<main role="main"><div id="block-rh-content"><h1 class="page-title">Stöd om du lever med hedersförtryck</h1>
<div class="field--name-body"><p>På Ungdomshälsan kan tjejer och killar mellan 13 och 25 år prata med en kurator om kontroll, hot och våld i familjen kopplat till heder.</p>
<p>Ring 035-13 48 70, vardagar 13–16. Du kan också skriva till oss via 1177.se.</p></div></div></main>''',
ex=["heder"], gg=["flickor", "pojkar"], vg=[], ph=["+4635134870"], h24=False, oh=["mon,tue,wed,thu,fri 13:00-16:00"], cm=[],
note="genders named, no barn_unga"))

A(dict(id="r15", site="halland", path="/vard-och-halsa/hitta-stod-i-din-kommun", title="Hitta stöd i din kommun",
body='''<main role="main"><div id="block-rh-content"><h1 class="page-title">Hitta stöd i din kommun</h1>
<div class="field--name-body"><p>Socialtjänsten i varje kommun har ansvar för stöd till den som är utsatt för våld. Här hittar du rätt nummer.</p>
<ul><li>Halmstad: 035-13 70 10</li><li>Laholm: 0430-150 10</li><li>Hylte: 0345-180 10</li><li>Falkenberg: 0346-88 60 10</li><li>Varberg: 0340-880 10</li><li>Kungsbacka: 0300-83 40 10</li></ul></div></div></main>''',
ex=[], gg=[], vg=[], ph=["+4635137010", "+4643015010", "+4634518010", "+46346886010", "+4634088010", "+46300834010"], h24=False,
oh=[], cm=[], note="referral list; municipalities listed are not the region page's catchment"))
