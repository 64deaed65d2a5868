"""Target groups: by exposure, by gender and age, and particularly vulnerable groups.

A careful coder counts a group when the page presents it as the service's
*own* target group.  So each sentence of the main content is classified
first:

* **referral** — the group is named to send the reader elsewhere
  ("Är du utsatt för hedersrelaterat våld? Kontakta Origo"), or only in a
  link's text; recorded in ``details["referrals"]``, not as a value;
* **own** — the sentence addresses the reader or names a target group
  ("för dig som", "vi vänder oss till", "stöd till"), or it is the page's
  main heading;
* **general** — anything else (definitions, statistics): not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matrix import lexicon as lx
from matrix.finding import Evidence, Finding, list_finding
from matrix.page import Block, Page
from matrix.prefilter import compile as _gated

# no split after an abbreviation before a number ("kl. 10–15", "ca. 20", "tel. 08-…")
SENTENCE_SPLIT = _gated(r"(?<=[.!?])(?<![Kk]l\.)(?<!ca\.)(?<![Tt]el\.)(?<!nr\.)\s+(?=[\"'„«(]?[A-ZÅÄÖ0-9])|"
                        r"\s+[•·|]\s+")
# "Vem kan höra av sig?" as a heading: the answer below names the target group
WHO_HEADING = _gated(r"^(vem|vilka|för vem|till vem|who)\b.*\b(kan|får|vänder|riktar|är|tar|can|is)\b", re.I)
# children who come along with the client: "kvinnor och deras barn", "tillsammans med dina barn"
ACCOMPANYING = _gated(r"\b(kvinnor|mammor|du|dig|föräldrar|vuxna|women) (och|med|and) (deras|sina|dina|era|their) "
                      r"(barn|children)\b|tillsammans med (dina|era|sina) barn|med eller utan barn|medföljande barn|"
                      r",? och (deras|era|dina) barn\b", re.I)
YOUTH = _gated(r"\bunga\b|ungdom|\bbarn|tonår|\b1\d\s*(–|-|och|till)\s*2\d\b|under 18|\belev", re.I)
ORG_NAME = _gated(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][\wåäö-]+(?:\s[A-ZÅÄÖ][\wåäö-]+)*")
OWN_HEADINGS = ("h1",)
QUESTION_THEN_REFERRAL = _gated(r"\?\s*(kontakta|ring|v[äa]nd dig|l[äa]s mer|bes[öo]k|h[äa]r finns)", re.I)
CHILD_OF_CLIENT = _gated(
    r"\b(har du|har ni|dina|era|sina|dess|ert|ditt|deras|hennes|hans|gemensamma|egna|med) barn(en)?\b|\bbarnen\b|"
    r"\bbarnets\b|\bbarns (b[äa]sta|r[äa]ttigheter)|\bbarnkonventionen|\bvux(et|na) barn|bilder p[åa] barn|"
    r"(tankar|k[äa]nslor|fantasier|intresse|[öo]vergrepp) (om|f[öo]r|kring|mot) barn|"
    # a child named as someone harmed or reported on, not as a client: "om ett barn far illa gör vi en
    # orosanmälan", "om det finns barn i familjen", "har utövat våld mot en partner, ett barn …"
    r"\bbarn (som )?far illa|om det finns barn\b|v[åa]ld mot ([\w,]+ ){0,3}(ett |sitt |ditt )?barn\b", re.I
)
# a minor sent to another unit: "Är du under 18 år kontaktar du i stället barn- och ungdomsenheten"
MINORS_ELSEWHERE = _gated(r"under 18 [åa]r[^.]{0,60}(i st[äa]llet|kopplar vi dig|h[äa]nvisar vi dig)", re.I)
CHILD_CONTEXT = _gated(r"v[åa]ld i (familjen|hemmet)|v[åa]ld hemma")
# the perpetrator as a target group is addressed ("du som utövar våld"), not described as a threat
PERPETRATOR_TARGET = _gated(
    r"\b(du|dig|ni|er)\b|\b(f[öo]r|till) (den|de|personer|m[äa]n|kvinnor|vuxna)( fr[åa]n \d+ [åa]r)? som|"
    r"v[åa]ldsut[öo]vare|"
    r"\b(tar emot|tr[äa]ffar|hj[äa]lper|st[öo]ttar|v[äa]lkomnar|st[öo]djer|arbetar (också )?med) (m[äa]n|kvinnor|"
    r"personer|vuxna|dem|alla|f[öo]r[äa]ldrar)( och (m[äa]n|kvinnor))? som|\bwho (have )?used? violence\b|"
    r"alternativ till v[åa]ld|behandling|\bwho use violence\b")
OTHER_FORM = _gated(r"heder|sexuell|m[äa]nniskohandel")
# "Våld i nära relationer är när …": a definition, not a target group, even when it says "dig"
DEFINITION = _gated(
    r"^(\w+ ){0,2}(\w*v[åa]ld\w*|hot|hedersrelaterat|heder|sexuella? \w+|prostitution|m[äa]nniskohandel|"
    r"kontroll|violence( in close relationships)?)([\w\s-]{0,40})? (är när|är n[äa]r|inneb[äa]r|handlar (ofta )?om|"
    r"betyder|definieras|means|is when|kan vara (fysiskt|psykiskt|sexuellt|ekonomiskt|materiellt|digitalt|latent))",
    re.I)
# first person plural: the page speaks for a service ("vi", "oss", "vår"); a guide page (1177) does not
SERVICE_VOICE = _gated(r"\b(vi|oss|vår|våra|vårt|we|us|our)\b|\bring(a)?\b[^.]{0,30}\d{2,4}[- ]?\d{2}|"
                      r"\b(kan|får) (du )?f[åa] (hj[äa]lp|st[öo]d)", re.I)
# sentences and pages written for staff: consultation, guidelines, training
PROFESSIONAL = _gated(
    r"yrkesverksam|f[öo]r (dig som [äa]r )?(personal|medarbetare|v[åa]rdpersonal)|i ditt arbete|"
    r"arbetar (i|inom) (v[åa]rden|skolan|socialtj[äa]nsten|f[öo]rskolan)|riktlinje|kunskapsst[öo]d|"
    r"for professionals|for staff", re.I)
# a group named as an exclusion criterion ("vi har tyvärr inte möjlighet att ta emot kvinnor med pågående missbruk")
EXCLUSION = _gated(r"\b(tar|kan) (vi )?(tyvärr )?(inte|ej) (emot|ta emot)|inte m[öo]jlighet att ta emot|"
                       r"behandlas f[öo]rst|innan du kan (b[öo]rja|f[åa])|m[åa]ste vara (nykter|drogfri)|"
                       r"krav p[åa] (nykterhet|drogfrihet)|\b(not|cannot) (accept|take)\b|"
                       r"(inte|ej) (anpassat|till) f[öo]r|passar (tyvärr )?inte")
# a group sent to someone else, whoever that is ("Män hänvisas till …", "… kan vända sig till socialtjänsten")
SENT_ELSEWHERE = _gated(r"\bhänvisas\b|\bkan vända sig till\b|\bkan i stället\b|\bhänvisar vi\b")
# members, volunteers and donors named in a sentence about joining, not about whom the service is for
AS_SUPPORTER = _gated(r"\bsom (stöd)?medlem(mar)?\b|\bsom volontär(er)?\b|\bbli (stöd)?medlem|\bmedlemsavgift")
# pages for donors, members, volunteers and job seekers: their words about clients name no target group
SUPPORTER_PAGE = _gated(r"g[åa]va|g[åa]vor|donera|donation|bli medlem|medlemskap|volont[äa]r|engagera dig|"
                            r"st[öo]d oss|st[öo]tta oss|lediga? jobb|jobba hos oss|vi s[öo]ker|rekryter|swisha|"
                            r"protokoll|sammantr[äa]de|kallelse|jourkvinna|jourtjej|ans[öo]k senast", re.I)
ALSO_ADULTS = _gated(r"\b(även|också) (om du är )?(under|unga|barn)|alla åldrar|oavsett ålder|\bvuxna\b", re.I)
# minutes and job adverts say what they are at the top
DOCUMENT_TYPE = _gated(r"\bprotokoll\b|\bsammantr[äa]de|\bkallelse\b|\bans[öo]k senast|\bvi s[öo]ker (en|dig)\b", re.I)
# "Många män som ringer oss …. Andra blir slagna …": the next callers described; "Har du …? Det kan vara …"
CONTINUATION = _gated(r"^(andra|vissa|n[åa]gra|en del|de flesta|m[åa]nga)\b|"
                      r"^det kan (till exempel |exempelvis |t\.ex\. )?(vara|handla om)\b", re.I)
# the exposure of a victim named in a sentence about perpetrators ("som har utövat … sexuellt våld i en nära
# relation") is the kind of act, unless victims are addressed too ("både du som blir utsatt och du som …")
VICTIM_CUE = _gated(r"\butsatt|\buts[äa]tts|drabbad|blir (slagen|hotad|kr[äa]nkt)|\bdu som blir\b", re.I)
TRAFFICKING = _gated(r"m[äa]nniskohandel|[äa]ndam[åa]l")


def _disambiguate(exposure: dict[str, str], lower: str) -> None:
    """Drop matches that another category in the same sentence explains better."""
    nara = exposure.get("nara_relation")
    if nara is not None:
        if "barn_som_upplever_vald" in exposure and CHILD_CONTEXT.fullmatch(nara):
            # "barn som upplevt våld i familjen" names the children only, unless adults are named too
            rest = CHILD_CONTEXT.sub(" ", lower)
            again = lx.EXPOSURE_PATTERNS["nara_relation"].search(rest)
            if again:
                exposure["nara_relation"] = again.group(0)
            else:
                del exposure["nara_relation"]
        elif OTHER_FORM.search(nara) or ("heder" in exposure and re.search(r"familj|sl[äa]kt", nara)):
            # "utsatt för hedersrelaterat våld", "hotad av din familj … familjens rykte": heder, not partner violence
            del exposure["nara_relation"]
        elif "valdsutovare" in exposure and re.search(r"n[äa]ra relation", nara):
            del exposure["nara_relation"]  # "utövar våld i en nära relation": the relation qualifies the act
    if "valdsutovare" in exposure and not PERPETRATOR_TARGET.search(lower):
        del exposure["valdsutovare"]  # "den som utövar våld kan läsa din historik" describes a threat
    if "valdsutovare" in exposure and not VICTIM_CUE.search(lower):
        for code in ("nara_relation", "sexuellt_vald"):
            exposure.pop(code, None)
    sexual = exposure.get("sexuellt_vald")
    if sexual is not None and "prostitution_manniskohandel" in exposure and TRAFFICKING.search(sexual + lower):
        if "sexuellt våld" not in lower and "övergrepp" not in lower and "våldtäkt" not in lower:
            del exposure["sexuellt_vald"]
AGE_OVER_18 = _gated(r"(över|fyllt|minst) 18( år)?|\bvuxna\b och (inte|ej) barn|18 år eller äldre", re.I)
AGE_UNDER = _gated(r"under (18|20|21|25|26)( år|\b)|mellan 1[0-9] och 2[0-9] år|\b1[0-9]\s*[-–]\s*2[0-9] år", re.I)


@dataclass(frozen=True)
class Sentence:
    """One sentence of the main content, its kind, and the exposure patterns it matches (scanned once)."""

    text: str
    lower: str
    block: Block
    kind: str  # own | referral | general | link | staff | supporter
    exposure: dict[str, str]  # code -> matched text


def sentences(page: Page) -> list[Sentence]:
    """The main content's sentences, each classified own/referral/general/link."""
    cached = page.memo.get("sentences")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[Sentence] = []
    # a page in another language than Swedish or English (Arabic, Persian …) carries few of the address cues the
    # classifier reads; what it says is taken as the service's own unless it refers onwards
    foreign = page.lang not in ("sv", "en", "")
    opening = " ".join(b.text for b in page.blocks[:3])[:300]
    for_staff = bool(PROFESSIONAL.search(f"{page.title} {page.h1}") or SUPPORTER_PAGE.search(f"{page.h1} {page.title}")
                     or DOCUMENT_TYPE.search(opening))
    previous_kind = ""
    for block in page.blocks:
        if block.tag == "div" and len(block.text) > 600:
            continue  # container text duplicated by its child blocks
        parts = [p for p in SENTENCE_SPLIT.split(block.text) if p and p.strip()]
        for i, part in enumerate(parts):
            lower = part.lower()
            exposure = {}
            possible = lx.EXPOSURE_SET.possible(lower)
            if possible:
                for code, rx in lx.EXPOSURE_PATTERNS.items():
                    m = rx.search_screened(lower) if code in possible else None
                    if m:
                        exposure[code] = m.group(0)
            _disambiguate(exposure, lower)
            if for_staff:
                kind = "staff"  # a page written for professionals: nothing on it is the service's target group
            else:
                kind = _kind(part, block, parts[i + 1 :])
                if kind == "general" and (foreign or (previous_kind == "own" and CONTINUATION.search(part))
                                          or (block.tag in ("p", "li") and WHO_HEADING.search(block.heading))):
                    kind = "own"
                if kind == "own" and PROFESSIONAL.search(part):
                    kind = "staff"  # written for professionals: not the service's target group
            previous_kind = kind
            out.append(Sentence(part, lower, block, kind, exposure))
    page.memo["sentences"] = out
    return out


def _kind(text: str, block: Block, following: list[str]) -> str:
    lower = text.lower()
    if block.in_link:
        return "link"
    if DEFINITION.search(text):
        return "general"
    if block.tag in OWN_HEADINGS:
        return "own"
    if block.tag.startswith("h"):
        return "general"
    if QUESTION_THEN_REFERRAL.search(text) or _is_referral(text) or lx.OTHER_SERVICES.search(lower) \
            or SENT_ELSEWHERE.search(lower):
        return "referral"
    if AS_SUPPORTER.search(lower):
        return "supporter"  # "kvinnor som män är välkomna som medlemmar": members, not clients
    if lower.rstrip().endswith("?") and following and _is_referral(following[0]):
        return "referral"
    if lx.ADDRESS_CUE.search(lower):
        return "own"
    return "general"


def _is_referral(text: str) -> bool:
    lower = text.lower()
    if not lx.REFERRAL_CUE.search(lower):
        return False
    names = [m.group(0) for m in ORG_NAME.finditer(text) if m.start() > 0]
    own_words = ("Du", "Vi", "Socialtjänsten", "Kommunen", "Familjefrid", "Jouren")
    return any(n.split()[0] not in own_words for n in names) or "http" in lower or "www." in lower


def _scan(page: Page, rule: str) -> tuple[dict, dict]:
    own: dict[str, list[Evidence]] = {}
    referrals: dict[str, list[Evidence]] = {}
    for s in sentences(page):
        for code, matched in s.exposure.items():
            ev = Evidence.of(s.text, s.block.where, f"{rule}:{code}:{s.kind}", matched)
            if s.kind == "own":
                own.setdefault(code, []).append(ev)
            elif s.kind in ("referral", "link"):
                referrals.setdefault(code, []).append(ev)
    return own, referrals


def extract_exposure_groups(page: Page) -> Finding:
    """Exposure groups the page names as its own target group; referrals kept apart."""
    own, referrals = _scan(page, "exposure")
    if "sexualbrott_risk" in own and "sexuellt_vald" in own:
        risk_snippets = {e.snippet for e in own["sexualbrott_risk"]}
        if all(e.snippet in risk_snippets for e in own["sexuellt_vald"]):
            del own["sexuellt_vald"]
    own_sentences = [s for s in sentences(page) if s.kind == "own"]
    titles = [s for s in own_sentences if s.exposure]
    title_only = all(s.block.tag == "h1" and not lx.ADDRESS_CUE.search(s.lower) for s in titles)
    if own and page.lang in ("sv", "en", "") and title_only and not any(
            SERVICE_VOICE.search(s.text) for s in own_sentences if s.block.tag != "h1"):
        own = {}  # only the title names the exposure and nobody speaks for a service: a guide, not a service
    ordered = {c: own[c] for c in lx.EXPOSURE_PATTERNS if c in own}
    return list_finding("exposure_groups", ordered, referrals=sorted(set(referrals) - set(own)))


def extract_gender_groups(page: Page) -> Finding:
    """Gender and age groups addressed as target groups; `konsneutral` when none is named."""
    hits: dict[str, list[Evidence]] = {}
    neutral: list[Evidence] = []
    relevant = False
    for s in (s for s in sentences(page) if s.kind == "own"):
        text = lx.GENDER_NOISE.sub(" ", s.lower)
        text_for_children = CHILD_OF_CLIENT.sub(" ", text)
        has_exposure = bool(s.exposure)
        relevant = relevant or has_exposure
        for code, rx in lx.GENDER_PATTERNS.items():
            source = text_for_children if code == "barn_unga" else text
            m = rx.search(source)
            if not m or _negated(source, m.start()):
                continue
            if code == "barn_unga" and ((AGE_OVER_18.search(source) and not AGE_UNDER.search(source))
                                        or MINORS_ELSEWHERE.search(source)):
                continue
            hits.setdefault(code, []).append(Evidence.of(s.text, s.block.where, f"gender:{code}", m.group(0)))
        if "barn_unga" not in hits and ACCOMPANYING.search(s.text):
            hits["barn_unga"] = [Evidence.of(s.text, s.block.where, "gender:barn_unga:accompanying")]
        age = AGE_UNDER.search(text)
        if (age and "barn_unga" not in hits and not _negated(text, age.start()) and "?" not in text
                and not MINORS_ELSEWHERE.search(text)):
            hits["barn_unga"] = [Evidence.of(s.text, s.block.where, "gender:barn_unga:age")]
        m = lx.NEUTRAL_ADDRESS.search(text)
        if m:
            neutral.append(Evidence.of(s.text, s.block.where, "gender:konsneutral", m.group(0)))
    if not _about_violence(page):
        return list_finding("gender_groups", {})  # "barn från ett års ålder" on the preschool page
    if ({"flickor", "pojkar"} & set(hits) and not {"kvinnor", "man"} & set(hits) and "barn_unga" in hits
            and not any(re.search(r"\bbarn", e.snippet, re.I) for e in hits["barn_unga"])):
        del hits["barn_unga"]  # "tjejer och ickebinära 12–25 år": a youth service is coded by the genders it names
    named = {"kvinnor", "man", "flickor", "pojkar", "hbtq"} & set(hits)
    if "barn_unga" in hits and neutral and all(YOUTH.search(e.snippet) and not ALSO_ADULTS.search(e.snippet)
                                               for e in neutral):
        neutral = []  # "du som är 13–25 år": a youth service with no gender is coded barn_unga alone
    if neutral and not named and relevant:
        hits["konsneutral"] = neutral
    ordered = {c: hits[c] for c in (*lx.GENDER_PATTERNS, "konsneutral") if c in hits}
    return list_finding("gender_groups", ordered)


def _about_violence(page: Page) -> bool:
    """Whether the page speaks of violence at all (any sentence, or its title): target groups need that.
    Asked by four extractors, so computed once a page."""
    cached = page.memo.get("about_violence")
    if cached is None:
        title = f"{page.title} {page.h1}"
        cached = page.memo["about_violence"] = (
            any(s.exposure for s in sentences(page)) or bool(lx.RELEVANT_LINK.search(title))
            or bool(re.search(r"\bv[åa]ld", page.main_text, re.I)))
    return cached  # type: ignore[return-value]


def _negated(text: str, pos: int) -> bool:
    """True when the match at ``pos`` sits in a negated clause ("vi tar inte emot män")."""
    window = text[max(0, pos - 40) : pos]
    clause = re.split(r"[,;:.]| men | utan ", window)[-1]
    return bool(re.search(r"\b(inte|ej|aldrig|inga|not|no|don't)\b", clause))


def extract_vulnerable_groups(page: Page) -> Finding:
    """Particularly vulnerable groups named as part of the target group."""
    hits: dict[str, list[Evidence]] = {}
    if not _about_violence(page):
        return list_finding("vulnerable_groups", hits)
    for s in sentences(page):
        if s.kind != "own":
            continue
        excluded = EXCLUSION.search(s.lower)
        for code, rx in lx.VULNERABLE_PATTERNS.items():
            m = rx.search(s.lower)
            # "du behöver inte kunna svenska" carries its own negation; "vi tar inte emot dig med pågående
            # missbruk" and "behöver behandlas först" exclude the group
            if m and (re.search(r"\b(inte|ej|not|don't)\b|لازم نیست", m.group(0))
                      or not (_negated(s.lower, m.start()) or excluded)):
                hits.setdefault(code, []).append(Evidence.of(s.text, s.block.where, f"vulnerable:{code}",
                                                             m.group(0)))
    return list_finding("vulnerable_groups", hits)
