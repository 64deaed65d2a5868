"""The Swedish lexicon: every word pattern vmatris matches, in one place.

The crawler uses :data:`RELEVANT_LINK` to decide which links to follow; the
extractors use the category patterns.  Patterns are written for how Swedish
sites really phrase things: inflections (våldsutsatt/våldsutsatta),
compounds (hedersförtryck, våldsutövare) and common synonyms.  All patterns
are compiled once, case-insensitive, and run on text that has been lower
cased and had its white space collapsed.
"""

from __future__ import annotations

import re

from matrix.prefilter import GatedPattern, PatternSet
from matrix.prefilter import compile as _gated

IGNORECASE = re.IGNORECASE


def _rx(*alternatives: str) -> GatedPattern:
    """A case-insensitive pattern behind a literal prefilter derived from it (see matrix.prefilter)."""
    return _gated("|".join(f"(?:{a})" for a in alternatives), IGNORECASE)


def _lx(*alternatives: str) -> GatedPattern:
    """A pattern for text that is already lower case: case-sensitive matching is several times faster.
    Also behind a literal prefilter derived from it."""
    return _gated("|".join(f"(?:{a})" for a in alternatives))


# -- which links the focused crawl follows -----------------------------------
RELEVANT_LINK = _rx(
    r"v[åa]ld",  # våld, våldsutsatt, vald-i-nara-relation
    r"misshandel",
    r"kvinnofrid|familjefrid|kvinnojour|tjejjour|kvinno[-\\s]?\s*och|ungdomsjour|mansjour|brottsoffer",
    r"heder|tv[åa]ngs[äa]ktenskap|k[öo]nsstympning",
    r"prostitution|sex[-\\s]?mot[-\\s]?ers[äa]ttning|m[äa]nniskohandel|sexk[öo]p",
    r"[öo]vergrepp|v[åa]ldt[äa]kt|sexualbrott|sexuell",
    r"skyddat?[-\\s]?boende|jourtelefon|st[öo]dsamtal|st[öo]dchatt|chatt|st[öo]dlinje",
    r"samtals?[-\\s]?(grupp|st[öo]d)|st[öo]dgrupp|barngrupp|samtal[-\\s]?f[öo]r|behandling",
    r"st[öo]d[-\\s]?och[-\\s]?(hj[äa]lp|omsorg|r[åa]d)|st[öo]d[-\\s]?till|st[öo]d[-\\s]?f[öo]r|f[åa][-\\s]?st[öo]d|hj[äa]lp[-\\s]?och[-\\s]?st[öo]d",
    r"socialtj[äa]nst|individ[-\\s]?och[-\\s]?familj|omsorg[-\\s]?och[-\\s]?st[öo]d|socialt[-\\s]?st[öo]d|familj[-\\s]?och[-\\s]?relation",
    r"utsatt|ut[öo]var|hot[-\\s]?och|barnahus|trappan|kontakta[-\\s]?oss|om[-\\s]?oss|om[-\\s]?jouren|[öo]ppettider",
    r"l[äa]ttl[äa]st|teckenspr[åa]k|other[-\\s]?languages|andra[-\\s]?spr[åa]k|in[-\\s]?english|spr[åa]k",
    r"dolj|d[öo]lj|s[äa]kerhet[-\\s]?p[åa][-\\s]?n[äa]tet|surfa[-\\s]?s[äa]kert",
)
# links never worth fetching (files, search pages, calendars, logins)
IRRELEVANT_URL = _gated(
    r"\.(jpe?g|png|gif|svg|webp|ico|css|js|zip|mp4|mp3|docx?|xlsx?|pptx?)(\?|$)"
    r"|/(sok|search|kalender|calendar|login|logga-?in|wp-admin|wp-login|feed)(/|\?|$)"
    r"|[?&](sv\.|page=|sort=|filter|q=|s=|date=)",
    IGNORECASE,
)

# -- target groups by exposure ------------------------------------------------
EXPOSURE_PATTERNS: dict[str, GatedPattern] = {
    "nara_relation": _lx(
        r"v[åa]ld i (en )?n[äa]ra relation",
        r"n[äa]rst[åa]ende ?v[åa]ld|relationsv[åa]ld|partnerv[åa]ld|v[åa]ld i familjen|v[åa]ld i hemmet",
        r"v[åa]ldsutsatt",
        r"(?<!riskerar att )utsatt(a|s)? f[öo]r (\w+ ){0,3}(v[åa]ld|hot|misshandel|kr[äa]nkning|kontroll)",
        r"(utsatts|uts[äa]tts) f[öo]r (\w+ ){0,3}(v[åa]ld|hot|misshandel)",
        r"(lever|levt|levde|lever du) (med|i) (\w+ ){0,4}(med |där det finns )?(v[åa]ld|en v[åa]ldsam|hot)",
        r"(slagen|slagna|hotad|hotade|kr[äa]nkt|kr[äa]nkta|kontrollerad|kontrollerade|misshandlad\w*|tvingad\w*)"
        r"(,? (och|eller) \w+)* (\w+ ){0,2}av (sin|din|en|deras|hans|hennes|n[åa]gon) (\w+ )?(partner|man|fru|"
        r"pojkv[äa]n|flickv[äa]n|sambo|make|maka|n[äa]rst[åa]ende|f[öo]r[äa]ldrar?|familj\w*|expartner|pappa|mamma)",
        r"(partner|pojkv[äa]n|flickv[äa]n|killkompis|sambo|make|maka|\bman|\bfru|n[äa]rst[åa]ende|familj(en)?|"
        r"f[öo]r[äa]lder|n[åa]gon (du lever|du bor|du [äa]r ihop med|du dejtar|i din familj|"
        r"som st[åa]r dig n[äa]ra)\w*)( \w+){0,3} (som )?"
        r"(b[öo]rjat )?(sl[åa]r|hotar|kontrollera[rt]?|kr[äa]nker|tvingar|skadar|g[öo]r dig illa)",
        r"sl[åa]r (n[åa]gon|din \w+) (\w+ ){0,4}dig\b|(g[öo]r|gjort|gjorde) (\w+ ){0,4}(dig|er) illa( hemma)?",
        r"(fly|komma bort|flytta|skydd) fr[åa]n (\w+ ){0,3}(v[åa]ld|en v[åa]ldsam|en man som|en partner som)",
        r"(br[åa]k|gr[äa]l) (och|eller) v[åa]ld hemma|\bv[åa]ld hemma\b",
        r"brott (av|fr[åa]n) (en |din |n[åa]gon )?(partner|n[äa]rst[åa]ende|familjemedlem)",
        r"lähisuhdeväkival\w*|väkival\w* lähisuhteessa|väkivalta lähisuhteissa",
        r"(kumppani\w*|läheise\w*|perheenjäsen\w*)( \w+){0,6},? (lyö|uhkaa|kontrolloi)",
        r"(v[åa]ld|hot|misshandel) (av|fr[åa]n) (en |din |n[åa]gon )?(partner|n[äa]rst[åa]ende|pojkv[äa]n|flickv[äa]n|"
        r"make|maka|sambo|f[öo]r[äa]lder|pappa|mamma|familjemedlem|expartner|f[öo]re detta)",
        r"misshandlad|misshandlas", r"(behöver|söker|få) skydd (mot|från) (\w+ ){0,2}v[åa]ld",
        r"v[åa]ld i (unga |ungas |dina |din |en |ett )?(par)?relation(er|en)?\b",
        r"violence in (a |an )?(close|intimate) relationships?|domestic violence|intimate partner violence",
        r"subjected to (\w+ ){0,2}violence|abusive relationship|violence (by|from) (a |an |your |their )?(partner|"
        r"family member|relative|ex)",
        # translated pages: Arabic "violence from the partner / in close relationships", Persian likewise
        r"عنف (من|في) ال(شريك|علاقات القريبة|أسرة|علاقة)|العلاقات القريبة|عنف الشريك|العنف الأسري|العنف المنزلي",
        r"خشونت (در|از) (روابط نزدیک|طرف شریک|شریک|خانواده|همسر)|روابط نزدیک|خشونت خانگی|همسر آزاری",
        r"lever (du )?med (n[åa]gon|en (partner|man|kvinna|person)) som (sl[åa]r|hotar|kontrollerar|skadar|kr[äa]nker)",
        r"(hurt|harmed|hit|threatened|controlled) you,? (\w+ ){0,2}(in a relationship|at home)",
    ),
    "valdsutovare": _lx(
        r"v[åa]ldsut[öo]v(are|ande|ning)",
        r"ut[öo]va(r|t|de|nde)? (\w+,? ){0,4}v[åa]ld",
        r"ut[öo]var (\w+ ){0,2}(hot|v[åa]ld)",
        r"uts[äa]tt(er|a|it)? (du |ni )?(n[åa]gon|andra|din (partner|familj|fru|man|sambo|flickv[äa]n|pojkv[äa]n)|"
        r"en n[äa]rst[åa]ende|n[äa]rst[åa]ende|dina barn|barnen|personer i din n[äa]rhet)( \w+){0,3} f[öo]r",
        r"(anv[äa]nder|anv[äa]nt|har anv[äa]nt) (\w+ ){0,2}v[åa]ld",
        r"\b(du|jag|ni) sl[åa]r (din|n[åa]gon|dina)|sl[åa]r du (din|n[åa]gon|dina)|kontrollera (din|sin) ilska|"
        r"väkivaltaa käyttäv\w*|väkivallan tekij\w*|käyttäneet väkivaltaa|käyttänyt väkivaltaa|"
        r"\b(people|men|women|those) who (have )?used? violence|\bwho (have )?used violence|"
        r"aggressionsproblem",
        r"alternativ till v[åa]ld|v[åa]ldsbeteende|sluta (anv[äa]nda|ut[öo]va) v[åa]ld|f[öo]r[äa]ndra ditt beteende",
    ),
    "heder": _lx(
        r"heders?(relaterat?|relaterade|f[öo]rtryck|v[åa]ld|kontext|norm|kultur|brott|problematik|begrepp)",
        r"i hederns namn|heder och|familjens (rykte|heder)|vanära|oskuld|p[åa] grund av heder(n)?\b",
        r"tv[åa]ngs[äa]ktenskap|barn[äa]ktenskap|k[öo]nsstympning|bortgift",
        r"honou?r[- ](related|based)|forced marriage|العنف (المرتبط ب|باسم )الشرف|الشرف|ناموس",
    ),
    "prostitution_manniskohandel": _lx(
        r"prostitution|prostituerad",
        r"sex mot ers[äa]ttning|s[äa]ljer sex|s[åa]lt sex|s[äa]lja sex|k[öo]per sex|k[öo]pt sex|sexk[öo]p",
        r"m[äa]nniskohandel|trafficking|sexuell exploatering|exploaterad",
        r"sexuella tj[äa]nster",
    ),
    "sexuellt_vald": _lx(
        r"sexuellt v[åa]ld|sexuella [öo]vergrepp|sexuellt [öo]vergrepp|v[åa]ldt[äa]kt|v[åa]ldtagen",
        r"(utsatt|utsatts|drabbad) f[öo]r (\w+ ){0,2}(sexualbrott|sexuell)",
        r"sexuella tr[äa]kasserier|sexuellt utnyttja|ofredande|sexuell utpressning|n[äa]tsex",
        r"tvingad(e|s)? till sexuella handlingar|sexuella handlingar mot (din|någons|sin) vilja",
        r"(?<!beg[åa] )(?<!beg[åa]tt )(?<!beg[åa]r )\bsexualbrott(et|en)?\b",
        r"(gjort|g[öo]r|gjorde) n[åa]got sexuellt (mot|med) dig|sexuellt (mot|med) dig som du inte (ville|vill)",
        r"tvinga\w* (dig |n[åa]gon |henne |honom )?(till|att) (ha )?(n[åa]got )?(sex\b|sexuell\w*)",
        r"sexual (violence|abuse|assault)|\brape\b|\braped\b|sexually (assaulted|abused)|"
        r"الاعتداء الجنسي|العنف الجنسي|تجاوز جنسی|خشونت جنسی",
    ),
    "sexualbrott_risk": _lx(
        r"(riskerar|risk att|r[äa]dd att|orolig att) (att )?(beg[åa]|g[öo]ra|skada)( \w+){0,3} (sexualbrott|sexuell|"
        r"[öo]vergrepp)",
        r"(har )?beg[åa]tt (ett )?(sexualbrott|sexuella [öo]vergrepp)",
        r"sexuella (tankar|k[äa]nslor|fantasier|intressen?) (om|f[öo]r|kring) barn|sexuellt intresse f[öo]r barn",
        r"oroar dig f[öo]r (ditt|dina) sexuella",
        r"(hj[äa]lp|st[öo]d) (att|f[öo]r att) (inte|slippa|undvika att) beg[åa] (sexualbrott|sexuella [öo]vergrepp|"
        r"[öo]vergrepp)|sexuella (tankar|fantasier) (eller|och) (tankar|fantasier|k[äa]nslor) (om|kring) barn",
    ),
    "barn_som_upplever_vald": _lx(
        r"barn (och unga )?som (upplever|upplevt|har upplevt|bevittnar|bevittnat|har bevittnat|sett|ser|lever med|"
        r"v[äa]xer upp (med|i)) (\w+ ){0,3}v[åa]ld",
        r"barn som (upplever|upplevt|har upplevt|bevittnat|lever med)",
        r"\bbarn(en)?( och (unga|ungdomar))? (som )?(\w+ ){0,4}(har )?(ofta )?(upplever|upplevt|bevittnar|bevittnat|"
        r"sett|ser|hört|h[öo]r|märkt|lever|levt|levde|v[äa]xer upp|vuxit upp|varit med om)"
        r"(,? (och |eller )?(sett|hört|upplevt|h[öo]r|ser|märkt))* (\w+ ){0,6}v[åa]ld",
        r"lap(set|sia),? jotka (ovat )?(kokeneet|nähneet|kokevat|elävät)( \w+){0,2} väkival",
        r"children (who|that) (have )?(witness|experience|live with|grow up with)\w* (\w+ ){0,3}violence|"
        r"الأطفال الذين (يشاهدون|يعيشون|يشهدون) العنف|کودکانی که (شاهد )?خشونت",
        r"(upplevt|upplever|bevittnat|sett) (\w+ ){0,2}v[åa]ld (i|mellan) (hemmet|familjen|f[öo]r[äa]ldrar|vuxna)",
        r"v[åa]ld mellan (dina )?f[öo]r[äa]ldrar|n[åa]gon i (din )?familj (sl[åa]r|[äa]r v[åa]ldsam)",
        r"trappanmodellen|trappan-?modellen|\btrappan\b",
    ),
}
# the exposure patterns run together on every sentence: one literal scan picks the ones that can match
EXPOSURE_SET = PatternSet(EXPOSURE_PATTERNS)

# -- target groups by gender and age ------------------------------------------
GENDER_PATTERNS: dict[str, re.Pattern[str]] = {
    # "unga kvinnor"/"young women" are coded flickor, "unga män" pojkar (the labeling rules)
    "kvinnor": _lx(r"(?<!unga )\bkvinn(or|a|orna|an)\b", r"(?<!young )\bwom[ae]n\b", r"النساء|نساء|زنان\b",
                   r"\bnaise(t|lle|ille)\b"),
    "man": _lx(r"(?<!unga )\bm[äa]n\b(?! och kvinnor som v[åa]ld)", r"\bmannen\b", r"\bm[äa]nnen\b",
               r"الرجال|رجال|مردان|\bmiehe(t|lle|ille)\b",
               r"\b(kvinna|flicka|tjej|pojke|kille|en) (eller|och) man\b", r"\bman eller (en )?kvinna\b",
               r"\bmen\b(?= (and|or|who|subjected|exposed))|(women|boys) and men\b"),
    "flickor": _lx(r"\bflick(or|a|orna)\b", r"\btjej(er|en|erna)?\b", r"\bunga kvinnor\b", r"\bgirls?\b",
                   r"\byoung women\b", r"الفتيات|فتيات|دختران"),
    "pojkar": _lx(r"\bpojk(ar|e|arna|en)\b", r"\bkill(ar|e|arna|en)\b", r"\bunga m[äa]n\b", r"\bboys?\b",
                  r"\byoung men\b"),
    "barn_unga": _lx(
        r"\bbarn\b", r"\bbarnen\b", r"\bungdom(ar|en|arna)?\b", r"\bunga\b(?! (kvinnor|m[äa]n|relation|par|vuxna))",
        r"\btonåring(ar)?\b", r"under 18( [åa]r)?\b", r"\b1[0-9][-–]\d\d [åa]r\b", r"\bchildren\b|\byoung people\b",
        r"الأطفال|أطفال|کودکان|فرزندان|\blapse(t|lle|ille)\b",
    ),
    "hbtq": _lx(
        r"\bl?hbt(q|qi|qia|q\+|qi\+|i)?(-?person(er)?)?\b",
        r"ickebin[äa]r|icke-bin[äa]r|transperson|\btrans\b|\bqueer|samk[öo]nad|intersex|homosexuell|bisexuell",
        r"samma k[öo]n", r"\blgbt\w*",
    ),
}
# phrases that name a gender without addressing anyone: stripped before matching
GENDER_NOISE = _lx(
    r"m[äa]ns v[åa]ld mot kvinnor",
    r"v[åa]ld mot kvinnor",
    r"kvinno(jour|jouren|jourer|jourerna|frid|frids?\w*)",
    r"kvinno- (och|&) tjejjour(en|er)?",
    r"tjejjour(en|er|erna)?|killjour(en)?|mansjour(en)?|ungdomsjour(en)?",
    r"man kan\b|\bman (beh[öo]ver|ska|f[åa]r|m[åa]ste|b[öo]r|har|blir|vill|kan)\b",
    r"r[äa]ddningsmissionen|barnens r[äa]tt|bris",
    # the perpetrator or the partner, not the target group: "av sin man, sambo eller pojkvän", "din man, din fru"
    r"\b(din|sin|hennes|hans|er|deras|en tidigare|din tidigare) (man|make|fru|maka|pojkv[äa]n|flickv[äa]n|sambo)\b",
    r"\ben man som (sl[åa]r|hotar|kontrollerar|ut[öo]var|misshandlar)",
    r"women'?s shelter|kvinnojour\w*",
)
NEUTRAL_ADDRESS = _lx(
    r"\bdu som\b", r"\bpersoner\b", r"\bvuxna\b", r"\balla som\b", r"\bden som\b", r"\bn[åa]gon som\b",
    r"\bdig som\b", r"\bindivider\b", r"\bvuxen\b", r"\bst[öo]dperson", r"\bmänniskor\b",
    r"\boavsett (vem|k[öo]n|[åa]lder)", r"\bom du (är|har|blir)\b", r"\b(är|blir|har) du\b", r"\banyone\b|\bpeople\b",
    r"regardless of (gender|sex)|\badults\b", r"sukupuolesta riippumatta|\bkaikille\b",
)

# -- particularly vulnerable groups -------------------------------------------
VULNERABLE_PATTERNS: dict[str, re.Pattern[str]] = {
    # "beroende av den som utsätter dig" is dependence on the abuser, not addiction
    # drugs named as payment ("en plats att sova, droger eller presenter") are not a drug problem
    "missbruk": _lx(r"missbruk", r"beroende(problematik|problem)\b|\bberoende\b(?! av)",
                    r"\b(alkohol|drog|narkotika|spel)(problem|beroende|vanor|missbruk)",
                    r"problem med (alkohol|droger|narkotika)|(dricker|använder|tar) (för mycket )?(alkohol|droger|"
                    r"narkotika)|\bsubstans(bruk|beroende|problem)"),
    "funktionsnedsattning": _lx(r"funktionsneds[äa]ttning|funktionsvariation|funktionshinder|\bnpf\b",
                                r"rullstol|r[öo]relseneds[äa]ttning|intellektuell funktions",
                                r"\bd[öo]v(a|blind\w*)?\b|h[öo]rselneds[äa]ttning|h[öo]rselskad|synneds[äa]ttning|"
                                r"disabilit(y|ies)|\bdeaf\b"),
    "aldre": _lx(r"(?<!år eller )(?<!år och )\b[äa]ldre\b(?! [äa]n)", r"\bpension[äa]r", r"[äa]ldreomsorg",
                 r"v[åa]ld mot [äa]ldre"),
    "bristande_svenska": _lx(
        r"(inte|d[åa]ligt|lite) (talar|pratar|kan|f[öo]rst[åa]r) (bra )?svenska",
        r"bristande (kunskap(er)? i )?svenska|nyanl[äa]nd|(?<!teckenspr[åa]ks)tolk",
        r"annat modersm[åa]l|andra spr[åa]k [äa]n svenska",
        r"(beh[öo]ver|m[åa]ste) (inte|ej) (kunna|prata|tala) svenska|(inte|ej) (kan|pratar|talar) svenska",
        r"\binterpreter\b|(do not|don't) (need to )?speak swedish|مترجم|لازم نیست سوئدی|سوئدی بلد|مترجم شفاهی",
    ),
}

# -- referrals: a group named only to send the reader elsewhere --------------
REFERRAL_CUE = _lx(
    r"\bkontakta\b", r"\bv[äa]nd dig till\b", r"\bh[äa]nvisa", r"\bring\b", r"\bl[äa]s mer\b", r"\bbes[öo]k\b",
    r"\bf[åa]r du hj[äa]lp (hos|av|fr[åa]n|p[åa])\b",
    r"\bkan du (f[åa] (st[öo]d|hj[äa]lp)|v[äa]nda dig) (hos|av|fr[åa]n|till)\b",
    r"\bfinns (hos|p[åa])\b", r"\bs[åa] kan\b .* hj[äa]lpa", r"\bp[åa] sidan\b.*\bhittar du\b",
    r"\bs[öo]k (v[åa]rd|hj[äa]lp|st[öo]d) (p[åa]|hos|via)\b",
)
# other organisations' (mostly national) lines: a sentence about them is a referral
OTHER_SERVICES = _lx(
    r"kvinnofridslinjen", r"\borigo\b", r"\bbris\b", r"\bterrafem\b", r"\b1177\b", r"\bpolisen\b", r"\b112\b",
    r"nationella mansjouren", r"\brfsl\b", r"heders?f[öo]rtryck\.se", r"\bmika(mottagningen)?\b", r"\bkast\b",
    r"(nationella|brottsofferjourens|rfsl:?s|minds?|bris) st[öo]dlinje",
    r"\bjourhavande\b", r"\bmind\b", r"\bungarelationer\b", r"\bkillfr[åa]gor\b",
    r"\bsocialjouren\b", r"\bumo\b", r"\bstopit\b", r"preventell", r"\bnationellt centrum f[öo]r kvinnofrid\b",
)
# the text speaks to the reader or names its own target group
ADDRESS_CUE = _lx(
    r"\bdu\b", r"\bdig\b", r"\bdin\b", r"\bdina\b", r"\bvi\b", r"\boss\b", r"v[äa]nder (sig|vi oss) till",
    r"m[åa]lgrupp", r"\bf[öo]r (dig|er|personer|kvinnor|m[äa]n|barn|unga|ungdomar|tjejer|killar|alla)\b",
    r"st[öo]d (till|f[öo]r)", r"hj[äa]lp (till|f[öo]r)", r"erbjud", r"\btar emot\b", r"kan f[åa]",
    r"riktar (sig|vi oss) till", r"\bwe (support|offer|help)\b|\byou\b",
    r"\bv[äa]lkomna?\b", r"\bkan (unga|ungdomar|kvinnor|m[äa]n|personer|barn|alla|vuxna|tjejer|killar)\b",
    r"\b(supports?|offers?|provides?|helps?|receives?|welcomes?)\b|\b(helpline|shelter|clinic|line) for\b|"
    r"\bfor (women|men|girls|boys|people|children|anyone|lgbt\w*)\b",
    r"\b(barn|unga|ungdomar|personer|kvinnor|m[äa]n|vuxna|tjejer|killar)( och unga)?( \d+\s*[–-]\s*\d+ [åa]r|"
    r" (upp till|under|fr[åa]n) \d+ [åa]r)? som "
    r"(misst[äa]nks|har|[äa]r|lever|utsatts|uts[äa]tts|upplevt|upplever)\b",
    r"\bst[öo]dja\b|\bst[öo]ttar\b|\bhj[äa]lper\b",
    r"^det kan (till exempel |t\.ex\. |exempelvis )?vara (en |ett )?"
    r"(kvinna|man|barn|person|ungdom|tjej|kille|flicka|pojke)",
)
NEGATION = _rx(
    r"\b(tar|vi tar) (inte|ej) emot\b", r"\binte (till|f[öo]r)\b", r"\b(inte|ej) [äa]r (till|f[öo]r)\b",
    r"\bv[äa]nder (sig|vi oss) inte\b", r"\bendast\b", r"\bej\b",
)

# -- site features ------------------------------------------------------------
QUICK_EXIT_TEXT = _rx(
    r"l[äa]mna (sidan|webbplatsen|sajten) (snabbt|direkt|nu)", r"snabb ?(exit|utg[åa]ng|st[äa]ng)",
    r"st[äa]ng (sidan|webbplatsen|ner sidan)( snabbt| direkt| nu)?\b", r"snabbst[äa]ng", r"g[öo]m sidan",
    r"exit (this|the) (page|site|website)", r"quick ?exit", r"hide (this )?(page|site)", r"leave (this )?(page|site) "
    r"(quickly|now)", r"\bsafe exit\b", r"l[äa]mna snabbt", r"\bsnabbl[äa]mna",
    r"^\W*l[äa]mna (sidan|webbplatsen|sajten)\b",  # a button that says only "LÄMNA SIDAN ✕"
)
QUICK_EXIT_ATTR = _gated(
    r"quick[-_]?exit|exit[-_]this[-_]page|exit[-_]?page|\bpanic|get[-_]?away|snabb[-_]?(exit|stang|stäng)|"
    r"leave[-_]?(site|page)|safe[-_]?exit|hide[-_]?(page|site)|escape[-_]?button|emergency[-_]exit|lamna[-_]sidan",
    IGNORECASE,
)
QUICK_EXIT_SCRIPT = _gated(
    r"quick[-_]?exit|exit[-_]this[-_]page|panic[-_]?button|get[-_]?away|safe[-_]?exit|snabbexit|hide[-_]?page",
    IGNORECASE,
)
QUICK_EXIT_KEYS = _gated(r"(Escape|Esc\b|keyCode\s*===?\s*27|which\s*===?\s*27|Shift)", IGNORECASE)
LOCATION_REPLACE = _gated(r"location\.(replace|href\s*=)|window\.open\(|history\.replaceState", IGNORECASE)

HIDE_VISIT = _lx(
    r"(d[öo]lj|g[öo]m)(a)? (ditt |sitt |dina )?(bes[öo]k(et)?|sp[åa]r(en)?)\b",
    r"rensa (din |webbl[äa]sarens |)(historik|webbhistorik|cache)", r"rensa ([\wåäö]+ ){1,4}historik",
    r"radera (din |)(historik|webbhistorik|webbl[äa]sarhistorik)", r"ta bort (din |)(historik|webbhistorik)",
    r"privat (surfl[äa]ge|l[äa]ge|f[öo]nster|surfning)", r"inkognito", r"surfa (s[äa]kert|anonymt)",
    r"s[äa]kerhet p[åa] n[äa]tet", r"(ingen|inte) ska (kunna )?se att du (har )?bes[öo]kt",
    r"clear (your )?(browsing )?history|private browsing|cover your tracks|hide your visit",
    r"historiken i (din )?webbl[äa]sare",
)
EASY_READ = _rx(r"l[äa]ttl[äa]st", r"l[äa]tt svenska", r"easy[- ]to[- ]read", r"l[äa]tt att l[äa]sa")
SIGN_LANGUAGE = _rx(r"teckenspr[åa]k", r"sign language", r"\bsvenskt teckenspr[åa]k\b", r"\bSTS\b")
TEXT_TO_SPEECH = _rx(r"\blyssna\b", r"readspeaker", r"talande webb", r"l[äa]s upp", r"uppl[äa]sning", r"\blisten\b",
                     r"browsealoud", r"webreader")
TTS_ATTR = _gated(r"readspeaker|rsbtn|rs_|browsealoud|webreader|listen-button|speak", IGNORECASE)
MACHINE_TRANSLATION = _gated(
    r"translate\.google|google_translate|googletranslate|translate\.googleapis|gtranslate|"
    r"weglot|translatewidget|bing\.com/translator|microsofttranslator|conveythis|localizejs", IGNORECASE
)
TRANSLATE_TEXT = _rx(r"(välj|byt) spr[åa]k.{0,40}(google|maskin|automatisk)", r"automatisk(t)? [öo]vers[äa]tt",
                     r"maskin[öo]vers[äa]tt", r"google translate|google [öo]vers[äa]tt")

# -- contact -------------------------------------------------------------------
HOTLINE_24H = _rx(
    r"dygnet runt", r"dygnets alla timmar", r"alla dagar,? (kl\.? ?)?0?0[.:]?0?0?\s*[-–—]\s*24",
    r"(öppen|öppet|bemannad|svarar) (\w+ ){0,2}(24/7|24 timmar)", r"\b24/7\b", r"\b24 timmar om dygnet\b",
    r"(årets|veckans) alla dagar,? dygnet", r"hela dygnet", r"around the clock|24 hours a day|day and night",
    r"على مدار الساعة|شبانه‌روزی|24 saacadood",
    r"\b0?0[.:]?00\s*[-–—]\s*24[.:]?00\b", r"24 hours a day|open 24/7",
)
PHONE_CUE = _rx(r"\btel(efon|\.|efonnummer|efonnr)?\b", r"\bring\b", r"\bjourtelefon", r"\bjournummer",
                r"\bv[äa]xel", r"\bnummer\b", r"\bphone\b", r"\bsms\b", r"\bkontakt")
FAX_CUE = _rx(r"\bfax\b", r"\btelefax\b", r"\borg\.?\s*nr", r"organisationsnummer", r"\bbankgiro|\bplusgiro|\bswish|"
              r"\bbg\b|\bpg\b|\bpostgiro")

# -- opening hours ---------------------------------------------------------------
DAY_WORDS: dict[str, str] = {
    "måndag": "mon", "mandag": "mon", "mån": "mon", "man": "mon", "må": "mon",
    "tisdag": "tue", "tis": "tue", "ti": "tue",
    "onsdag": "wed", "ons": "wed", "on": "wed",
    "torsdag": "thu", "tors": "thu", "tor": "thu", "to": "thu",
    "fredag": "fri", "fre": "fri", "fr": "fri",
    "lördag": "sat", "lordag": "sat", "lör": "sat", "lö": "sat",
    "söndag": "sun", "sondag": "sun", "sön": "sun", "sö": "sun",
}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOLIDAY_WORDS = _rx(r"helgdag(ar|en)?|r[öo]da dagar|helgdagsafton|storhelg(er)?|aftnar|p[åa] helger")
CLOSED_WORDS = _rx(r"st[äa]ngt|st[äa]ngd|ingen (telefontid|bemanning)|obemannad")
HOURS_CUE = _rx(r"[öo]ppet|[öo]ppettid|telefontid|[öo]ppen|n[åa] oss|svarar|bemann|chatten|jourtelefon|"
                r"ring|tider|kl\.?\s*\d|klockan")

# -- catchment -------------------------------------------------------------------
# what stands right before a list of municipality names when the list is the area served
CATCHMENT_LEAD = _lx(
    r"\b(bor|bosatt\w*|boende|invånare|kommuninvånare|folkbokförd\w*|vistas|lever|arbetar|verksam\w*)"
    r"( eller (bor|vistas|arbetar|lever))? (i|inom|på) (hela )?$",
    r"\b(live|lives|living|resident|residents|who are registered) in (the )?$|\bfor (\w+ ){0,5}in (the )?$|"
    r"\bmunicipalities of (the )?$",
    r"\bför (\w+ ){0,5}(i|inom|från) (hela )?$",
    r"\b(stöd|hjälp|stödsamtal|råd|skydd|jour|tjejjour|kvinnojour|ungdomsjour) (till|för) (\w+ ){0,5}(i|inom|från) "
    r"(hela )?$",
    r"\b(jour|kvinnojour|tjejjour|stöd|verksamhet|mottagning|boende)\w* för (hela )?$",
    r"\bgemensam(t|ma)? för (hela )?$|\b(samarbete|samverkan) mellan (hela )?$|\bmellan:? $",
    r"\bkommunerna:? $|\bföljande kommuner:? $|\bkommuner:? $",
    r"\b(tar emot|välkomnar|hjälper|stöttar|stödjer|träffar) (\w+ ){0,5}från (hela )?$",
    r"\b(täcker|omfattar|betjänar|gäller för|ansvarar för)( \w+){0,2} $",
    r"upptagningsområde\w*( är| omfattar|:)? (hela )?$",
)
# a list introduced by a catchment cue and continued in the next list items ("Vi tar emot kvinnor från:")
CATCHMENT_LIST_INTRO = _lx(
    r"(kommuner(na)?|bor i|invånare i|tar emot \w+ från|upptagningsområde|samarbete mellan|samverkan mellan|"
    r"verksamma i|för dig som bor)\b[^.]*:\s*$",
)
# "utgår från Jönköping", "Socialtjänsten i Munkfors": a place, not the area served
CATCHMENT_NOT = _lx(
    r"\b(utgår|ligger|finns|kontor|kontoret|lokaler|lokal|träffas|adress|besöksadress|postadress|belägen|"
    r"placerad|sitter|flyttat|åka|åker|resa|reser)( (?!för\b)\w+){0,2} (i|från|på|till) (hela )?$",
    r"\b(socialtjänsten|kommunen|kvinnojouren|tjejjouren|ungdomsjouren|mansjouren|brottsofferjouren|polisen|"
    r"regionen|enheten|mottagningen|familjefrid|familjeenheten|relationsvåldsenheten|socialförvaltningen|"
    r"socialkontoret|jouren|föreningen|landstinget|tingsrätten|sjukhuset|vårdcentralen|"
    r"[a-zåäö]+(enheten|mottagningen|jouren|centret|centrum|teamet|förvaltningen|kontoret|tjänsten)) (i|inom) $",
)

# -- opening hours in other languages, mapped to the Swedish notation the parser reads ----------------------
# (translated pages of Swedish services: English, Arabic, Persian; longest names first where one is a suffix)
FOREIGN_DAY_WORDS: dict[str, str] = {
    "mondays": "måndag", "monday": "måndag", "tuesdays": "tisdag", "tuesday": "tisdag",
    "wednesdays": "onsdag", "wednesday": "onsdag", "thursdays": "torsdag", "thursday": "torsdag",
    "fridays": "fredag", "friday": "fredag", "saturdays": "lördag", "saturday": "lördag",
    "sundays": "söndag", "sunday": "söndag", "weekdays": "vardagar", "every day": "alla dagar",
    "daily": "alla dagar", "weekends": "helger",
    "الاثنين": "måndag", "الثلاثاء": "tisdag", "الأربعاء": "onsdag", "الخميس": "torsdag", "الجمعة": "fredag",
    "السبت": "lördag", "الأحد": "söndag", "أيام العمل": "vardagar",
    "سه‌شنبه": "tisdag", "سه شنبه": "tisdag", "چهارشنبه": "onsdag", "پنجشنبه": "torsdag", "پنج‌شنبه": "torsdag",
    "یکشنبه": "söndag", "یک‌شنبه": "söndag", "دوشنبه": "måndag", "شنبه": "lördag", "جمعه": "fredag",
    "روزهای کاری": "vardagar", "روزهای هفته": "vardagar",
}
FINNISH_DAYS: dict[str, str] = {
    "maanantai": "måndag", "tiistai": "tisdag", "keskiviikko": "onsdag", "torstai": "torsdag",
    "perjantai": "fredag", "lauantai": "lördag", "sunnuntai": "söndag", "arkisin": "vardagar",
}
# "to" between days or times: English, Arabic (إلى), Persian (تا)
FOREIGN_TO = _gated(r"\s+(?:to|until|till|إلى|الى|تا)\s+")
FOREIGN_HOUR_WORD = _gated(r"\b(?:from|between|at)\s+|من الساعة|الساعة|ساعت|از ساعت|(?<!\w)(?:من|از)\s+")
