"""Opening hours, parsed from the usual Swedish notations into a structure.

Handles "mån–fre 8.00–16.30", "måndag-torsdag kl 9-12", "tis, ons och
tors kl. 13–15", "vardagar 08:00–17:00", "alla dagar 00–24", "dygnet runt",
several ranges for one day span ("8–12 och 13–16"), lunch closures
("lunchstängt 12–13") and exceptions ("helgdagar stängt").  Each interval
keeps the original text; ``canonical`` gives the comparable form
"mon,tue,wed,thu,fri 08:00-16:30".
"""

from __future__ import annotations

import re
from typing import Any

from matrix import lexicon as lx
from matrix.extractors.contact import (
    ALSO_ELSEWHERE,
    DIGIT,
    NATIONAL_ELSEWHERE,
    SENTENCE_END,
    SUPPORT_LINE,
    about_support,
    contact_texts,
)
from matrix.finding import Evidence, Finding
from matrix.page import Page, node_text
from matrix.prefilter import compile as _gated

DAY = (
    r"(?:m[åa]ndag(?:ar)?|m[åa]n|m[åa]|tisdag(?:ar)?|tis|ti|onsdag(?:ar)?|ons|on|torsdag(?:ar)?|tors|tor|to|"
    r"fredag(?:ar)?|fre|fr|l[öo]rdag(?:ar)?|l[öo]r|l[öo]|s[öo]ndag(?:ar)?|s[öo]n|s[öo])\.?"
)
GROUP_DAYS = {
    "vardagar": lx.WEEKDAYS[:5], "vardag": lx.WEEKDAYS[:5], "helgfria vardagar": lx.WEEKDAYS[:5],
    "veckodagar": lx.WEEKDAYS[:5], "alla dagar": lx.WEEKDAYS, "alla veckans dagar": lx.WEEKDAYS,
    "dagligen": lx.WEEKDAYS, "varje dag": lx.WEEKDAYS, "årets alla dagar": lx.WEEKDAYS,
    "helger": lx.WEEKDAYS[5:], "helgen": lx.WEEKDAYS[5:], "helgerna": lx.WEEKDAYS[5:],
    "lördag och söndag": lx.WEEKDAYS[5:],
}
GROUP = "|".join(sorted((re.escape(k) for k in GROUP_DAYS), key=len, reverse=True))
DAYSPEC = rf"(?:{GROUP}|{DAY}(?:\s*(?:[-–—]|till|t\.?\s?o\.?\s?m\.?)\s*{DAY}|(?:\s*(?:,|och|&|samt)\s*{DAY})+)?)"
TIME = r"(?:kl\.?\s*|klockan\s*)?(\d{1,2})(?:[.:](\d{2}))?"
RANGE = rf"{TIME}\s*(?:[-–—]|till)\s*{TIME}"
SPAN = _gated(
    rf"(?<![\w])(?P<days>{DAYSPEC})(?:\s*(?:er|na))?\s*[:,]?\s*(?:(?:kl\.?|klockan|mellan|från)\s*)*"
    rf"(?P<ranges>{RANGE}(?:\s*(?:och|samt|,|&|/)\s*(?:kl\.?\s*)?{RANGE})*)",
    re.I,
)
ONE_RANGE = _gated(RANGE, re.I)
LUNCH = _gated(rf"lunch\w*\s*(?:st[äa]ngt|st[äa]ngd|paus)?\s*(?:kl\.?\s*)?(?:{RANGE})|"
                   rf"\(\s*(?:st[äa]ngt|lunch)\s*(?:kl\.?\s*)?(?:{RANGE})\s*\)", re.I)
ROUND_THE_CLOCK = _gated(r"dygnet runt|dygnets alla timmar|24/7|24 timmar om dygnet|24 hours a day|day and night|"
                         r"around the clock|على مدار الساعة|شبانه‌روزی|24 saacadood", re.I)
LINE_CUE = _gated(r"[öo]ppe[nt]|svarar|ring|n[åa]s|n[åa]r|telefon|jour|chatt|linje|\bopen\b|call|الخط|اتصل|تماس", re.I)
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
BETWEEN = _gated(r"\bmellan\s+(?:kl\.?\s*|klockan\s*)?(\d{1,2}(?:[.:]\d{2})?)\s+och\s+"
                     r"(?:kl\.?\s*|klockan\s*)?(\d{1,2}(?:[.:]\d{2})?)", re.I)
FI_ABBREVIATIONS = {"ma": "mån", "ti": "tis", "ke": "ons", "to": "tors", "pe": "fre", "la": "lör", "su": "sön"}
FI_STEMS = "|".join(lx.FINNISH_DAYS)
FINNISH = _gated(rf"\b({FI_STEMS})")
# office hours of the association, not of the support line ("Kansliet (medlemskap, fakturor): tis 9–12")
OFFICE = _gated(r"kansli|expedition|\bfakturor|medlemskap|volont[äa]r|utbildning|\bkurs(en|er)?\b", re.I)
HALF_PAST = _gated(r"\bhalv ([1-9]|1[0-9]|2[0-4])\b", re.I)
CLOCK = r"(\d{1,2})(?:[.:](\d{2}))?"
MERIDIEM = r"\s*(am|pm|a\.m\.?|p\.m\.?|noon)"
RANGE_MERIDIEM = _gated(rf"{CLOCK}\s*[-–—]\s*{CLOCK}{MERIDIEM}", re.I)
ONE_MERIDIEM = _gated(rf"{CLOCK}{MERIDIEM}", re.I)
NOT_24 = _gated(r"\b(inte|ej|aldrig)\b[^.]{0,30}(dygnet runt|24/7|dygnets alla timmar)", re.I)


def _h24(hour: str, minute: str | None, meridiem: str) -> str:
    h, mer = int(hour), meridiem.lower().replace(".", "")
    if mer == "pm" and h < 12:
        h += 12
    elif mer == "am" and h == 12:
        h = 0
    return f"{h}.{minute}" if minute else str(h)


# DIGIT (contact's): any decimal digit as ``re`` reads ``\d``, Arabic-Indic and Persian ones included; every time
# range needs one
EASTERN_DIGIT = re.compile("[" + "".join(sorted(set(chr(c) for c in DIGITS))) + "]")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# an English or Arabic/Persian notation to rewrite: ARABIC_SCRIPT, a FOREIGN_WORD or a lone "am"/"pm".  The
# word "am" occurs inside most Swedish texts ("samverkan"), so "\bam\b" is written literal-first: re then
# finds each "am" with a fast literal scan and only checks the boundaries there (same matches, a test checks)
FOREIGN_WORD = _gated(r"day|week|daily|a\.m|p\.m|noon")
LONE_AM = re.compile(r"am\b(?<!\wam)")
LONE_PM = re.compile(r"pm\b(?<!\wpm)")
KLO = _gated(r"\bklo\b")


def normalise(text: str) -> str:
    """Rewrite other notations into the Swedish one the parser reads: Persian and Arabic digits, "mellan 9 och
    11", English/Arabic/Persian day names, "to"/"إلى"/"تا", and 12-hour clocks ("7 pm", "8–10 a.m.", "12 noon").

    Each rewrite is tried only where it can apply: ``str.translate`` costs ~0.1 µs a character, so the digit
    table runs only on a text holding an Arabic or Persian digit, and nothing that needs a digit runs without one.
    """
    if EASTERN_DIGIT.search(text):
        text = text.translate(DIGITS)
    if DIGIT.search(text):
        text = BETWEEN.sub(r"\1–\2", text)
        text = HALF_PAST.sub(lambda m: f"{int(m.group(1)) - 1}.30", text)  # "halv 9" is 8.30
    if not re.search(r"[a-zA-Z\u0600-\u06ff]", text):
        return text
    lower = text.lower()
    if FINNISH.search(lower) or KLO.search(lower):
        # Finnish abbreviations: "ma–pe klo 8–12 ja 13–16"
        lower = re.sub(r"\b(ma|ti|ke|to|pe|la|su)\b", lambda m: FI_ABBREVIATIONS[m.group(1)], lower)
        lower = re.sub(r"\bja\b", "och", lower)
        # "maanantaista perjantaihin klo 8.00–10.00": from Monday to Friday
        lower = re.sub(rf"({FI_STEMS})sta ({FI_STEMS})hin\b", r"\1–\2", lower)
        lower = re.sub(rf"({FI_STEMS})\w*", lambda m: lx.FINNISH_DAYS[m.group(1)], lower)
        lower = re.sub(r"\bklo\b", "kl", lower)
        return lower
    if (ARABIC_SCRIPT.search(lower) or FOREIGN_WORD.search(lower) or LONE_AM.search(lower)
            or LONE_PM.search(lower)):
        for word, swedish in lx.FOREIGN_DAY_WORDS.items():
            lower = lower.replace(word, swedish)
        # "5–8 pm" is 17–20; "11–2 pm" and "12–1 pm" start before noon or at it: 11–14, 12–13
        lower = RANGE_MERIDIEM.sub(
            lambda m: f"{_h24(m.group(1), m.group(2), m.group(5) if int(m.group(1)) <= int(m.group(3)) else '')}"
                      f"–{_h24(m.group(3), m.group(4), m.group(5))}", lower)
        lower = ONE_MERIDIEM.sub(lambda m: _h24(m.group(1), m.group(2), m.group(3)), lower)
        lower = lx.FOREIGN_HOUR_WORD.sub(" ", lower)
        lower = lx.FOREIGN_TO.sub("–", lower)
        lower = re.sub(r"\band\b|\bو\b", "och", lower)
        lower = re.sub(r"\b(closed|مغلق|بسته)\b", "stängt", lower.replace("،", ","))
        return lower
    return text


def _days(spec: str) -> tuple[str, ...]:
    spec = re.sub(r"\s*(\btill\b|t\.?\s?o\.?\s?m\.?)\s*", "–", spec.lower().strip())  # "ti" in "till" is no day
    if spec in GROUP_DAYS:
        return GROUP_DAYS[spec]
    names = [lx.DAY_WORDS.get(re.sub(r"(ar|\.)$", "", d).rstrip("."), lx.DAY_WORDS.get(d.rstrip(".")))
             for d in re.findall(DAY, spec, re.I)]
    names = [n for n in names if n]
    if not names:
        return ()
    if len(names) == 2 and re.search(r"[-–—]", spec):
        a, b = lx.WEEKDAYS.index(names[0]), lx.WEEKDAYS.index(names[1])
        # "söndag–torsdag" wraps over the week's end
        return lx.WEEKDAYS[a : b + 1] if a <= b else lx.WEEKDAYS[a:] + lx.WEEKDAYS[: b + 1]
    return tuple(sorted(set(names), key=lx.WEEKDAYS.index))


def _hhmm(h: str, m: str | None) -> str | None:
    hour, minute = int(h), int(m or 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


def _ranges(text: str) -> list[tuple[str, str]]:
    out = []
    for m in ONE_RANGE.finditer(text):
        a, b = _hhmm(m.group(1), m.group(2)), _hhmm(m.group(3), m.group(4))
        if a and b and a != b:
            out.append((a, b))
    return out


def canonical(interval: dict[str, Any]) -> str:
    """The comparable form of one interval: "mon,tue 08:00-16:30"."""
    return f"{','.join(interval['days'])} {interval['from']}-{interval['to']}"


# days written apart from their times: whole words of three letters or more ("to", "on", "må" are too common)
DAYS_ALONE = _gated(rf"(?<![\w])(?P<days>{DAYSPEC})(?![\w])", re.I)
RANGES_ALONE = _gated(
    rf"(?<![\d.:/-])(?P<ranges>{RANGE}(?:\s*(?:och|samt|,|&|/)\s*(?:kl\.?\s*|klockan\s*)?{RANGE})*)(?![\d/-])", re.I)


def parse_hours(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Intervals and exceptions found in one text.

    Days and times usually stand together ("mån–fre 8–16"); when a sentence gives the days and the next the
    times ("Du kan ringa måndag till fredag. Vi svarar klockan 8 till 12."), the times take the nearest days
    written before them.
    """
    original, text = text, normalise(text)
    intervals: list[dict[str, Any]] = []
    # every interval pattern (LUNCH, SPAN, RANGES_ALONE) holds a RANGE: without one in the text none can match
    # (normalise neither makes nor removes digits); most texts hold no time range at all
    timed = DIGIT.search(text) is not None and ONE_RANGE.search(text) is not None
    lunch = [r for m in LUNCH.finditer(text) for r in _ranges(m.group(0))] if timed else []
    scrubbed = LUNCH.sub(" ", text) if timed else text
    spans: list[tuple[tuple[str, ...], str, str]] = []  # (days, ranges text, whole text)
    used: list[tuple[int, int]] = []
    for m in SPAN.finditer(scrubbed) if timed else ():
        days = _days(m.group("days"))
        if days:
            spans.append((days, m.group("ranges"), m.group(0)))
            used.append(m.span())
    for r in RANGES_ALONE.finditer(scrubbed) if timed else ():
        if any(a <= r.start() < b for a, b in used):
            continue
        before = [d for d in DAYS_ALONE.finditer(scrubbed, max(0, r.start() - 120), r.start())
                  if not any(a <= d.start() < b for a, b in used) and _days(d.group("days"))
                  and len(d.group("days").strip(". ")) >= 3]
        if before:
            d = before[-1]
            spans.append((_days(d.group("days")), r.group("ranges"), f"{d.group(0)} … {r.group(0)}"))
            used.append(r.span())
    for days, ranges, whole in spans:
        for start, end in _ranges(ranges):
            pieces = [(start, end)]
            for ls, le in lunch:
                pieces = [p for s, e in pieces for p in ([(s, ls), (le, e)] if s < ls < le < e else [(s, e)])]
            for s, e in pieces:
                intervals.append({"days": list(days), "from": s, "to": e, "text": whole.strip()})
    if ((ROUND_THE_CLOCK.search(text) or ROUND_THE_CLOCK.search(original)) and not NOT_24.search(original)
            and not any(i["from"] == "00:00" and i["to"] == "24:00" for i in intervals)):
        m = ROUND_THE_CLOCK.search(text) or ROUND_THE_CLOCK.search(original)
        intervals.append({"days": list(lx.WEEKDAYS), "from": "00:00", "to": "24:00", "text": m.group(0)})
    exceptions = []
    for m in lx.HOLIDAY_WORDS.finditer(text):
        window = text[max(0, m.start() - 40) : m.end() + 40]
        if lx.CLOSED_WORDS.search(window):
            exceptions.append(window.strip())
    return intervals, exceptions


def _row_texts(page: Page) -> list[tuple[str, str]]:
    """Table rows and dt/dd pairs of the main content as one text each: "Måndag–fredag | 08:00–09:30" is
    written in two cells."""
    out = []
    for tr in page.main.iter("tr"):
        cells = [node_text(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) > 1:
            out.append((" ".join(cells), "tr"))
    for dt in page.main.iter("dt"):
        dd = dt.getnext()
        if dd is not None and dd.tag == "dd":
            out.append((f"{node_text(dt)} {node_text(dd)}", "dl"))
    return out


def extract_opening_hours(page: Page) -> Finding:
    """Opening and phone hours as intervals (days, from, to, text) plus exceptions."""
    intervals: list[dict[str, Any]] = []
    exceptions: list[str] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    support_page = about_support(page)
    for text, where in [*contact_texts(page), *_row_texts(page)]:
        # hours of other services ("Kvinnofridslinjen är öppen dygnet runt", "1177", "Du kan också ringa
        # Kvinnojouren i Karlstad") are not the page's
        own = " ".join(t for t in SENTENCE_END.split(text) if not (lx.OTHER_SERVICES.search(t.lower())
                                                                  or NATIONAL_ELSEWHERE.search(t)
                                                                  or ALSO_ELSEWHERE.search(t) or OFFICE.search(t)))
        if not support_page and not SUPPORT_LINE.search(own):
            continue  # bygglov's or the waste service's telefontid: outside the matrix
        found, exc = parse_hours(own)
        for interval in found:
            if ROUND_THE_CLOCK.fullmatch(interval["text"]) and not LINE_CUE.search(own):
                continue  # "boendet är bemannat dygnet runt" is staffing, not opening hours
            key = canonical(interval)
            if key in seen:
                continue
            seen.add(key)
            kind = "telefontid" if re.search(r"telefontid|ring|telefon|jourtelefon|svarar", text, re.I) else (
                "chatt" if re.search(r"chatt", text, re.I) else "öppettider")
            intervals.append({**interval, "kind": kind})
            evidence.append(Evidence.of(text, where, "opening_hours:parse", interval["text"]))
        exceptions.extend(e for e in exc if e not in exceptions)
    return Finding("opening_hours", intervals, tuple(evidence[:4]), {"exceptions": exceptions} if exceptions else {})

