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
from matrix.extractors.contact import NATIONAL_ELSEWHERE, contact_texts
from matrix.finding import Evidence, Finding
from matrix.page import Page

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
SPAN = re.compile(
    rf"(?<![\w])(?P<days>{DAYSPEC})(?:\s*(?:er|na))?\s*[:,]?\s*(?:(?:kl\.?|klockan|mellan|från)\s*)*"
    rf"(?P<ranges>{RANGE}(?:\s*(?:och|samt|,|&|/)\s*(?:kl\.?\s*)?{RANGE})*)",
    re.I,
)
ONE_RANGE = re.compile(RANGE, re.I)
LUNCH = re.compile(rf"lunch\w*\s*(?:st[äa]ngt|st[äa]ngd|paus)?\s*(?:kl\.?\s*)?(?:{RANGE})", re.I)
ROUND_THE_CLOCK = re.compile(r"dygnet runt|dygnets alla timmar|24/7|24 timmar om dygnet|24 hours a day", re.I)
LINE_CUE = re.compile(r"[öo]ppe[nt]|svarar|ring|n[åa]s|n[åa]r|telefon|jour|chatt|linje|\bopen\b|call", re.I)
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _days(spec: str) -> tuple[str, ...]:
    spec = spec.lower().strip()
    if spec in GROUP_DAYS:
        return GROUP_DAYS[spec]
    names = [lx.DAY_WORDS.get(re.sub(r"(ar|\.)$", "", d).rstrip("."), lx.DAY_WORDS.get(d.rstrip(".")))
             for d in re.findall(DAY, spec, re.I)]
    names = [n for n in names if n]
    if not names:
        return ()
    if len(names) == 2 and re.search(r"[-–—]|till|t\.?\s?o\.?\s?m", spec):
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


def parse_hours(text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Intervals and exceptions found in one text."""
    intervals: list[dict[str, Any]] = []
    lunch = [r for m in LUNCH.finditer(text) for r in _ranges(m.group(0))]
    scrubbed = LUNCH.sub(" ", text)
    for m in SPAN.finditer(scrubbed):
        days = _days(m.group("days"))
        if not days:
            continue
        for start, end in _ranges(m.group("ranges")):
            pieces = [(start, end)]
            for ls, le in lunch:
                pieces = [p for s, e in pieces for p in ([(s, ls), (le, e)] if s < ls < le < e else [(s, e)])]
            for s, e in pieces:
                intervals.append({"days": list(days), "from": s, "to": e, "text": m.group(0).strip()})
    if ROUND_THE_CLOCK.search(text) and not any(i["from"] == "00:00" and i["to"] == "24:00" for i in intervals):
        m = ROUND_THE_CLOCK.search(text)
        intervals.append({"days": list(lx.WEEKDAYS), "from": "00:00", "to": "24:00", "text": m.group(0)})
    exceptions = []
    for m in lx.HOLIDAY_WORDS.finditer(text):
        window = text[max(0, m.start() - 40) : m.end() + 40]
        if lx.CLOSED_WORDS.search(window):
            exceptions.append(window.strip())
    return intervals, exceptions


def extract_opening_hours(page: Page) -> Finding:
    """Opening and phone hours as intervals (days, from, to, text) plus exceptions."""
    intervals: list[dict[str, Any]] = []
    exceptions: list[str] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for text, where in contact_texts(page):
        # hours of other services ("Kvinnofridslinjen är öppen dygnet runt", "1177") are not the page's
        own = " ".join(t for t in SENTENCE.split(text) if not (lx.OTHER_SERVICES.search(t.lower())
                                                                  or NATIONAL_ELSEWHERE.search(t)))
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

