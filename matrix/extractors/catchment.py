"""Catchment: the municipalities a service says it covers.

A municipality name counts when it stands in a sentence of the main content
that speaks about whom or where the service serves ("för dig som bor i",
"kommunerna Gislaved, Gnosjö och Värnamo", "vi tar emot kvinnor från").
Names in referrals or in addresses elsewhere are not catchment.
"""

from __future__ import annotations

import re

from matrix import kommuner
from matrix.extractors.groups import sentences
from matrix.finding import Evidence, Finding, list_finding
from matrix.page import Page

CATCHMENT_CUE = re.compile(
    r"\bbor i\b|\bboende i\b|\bbosatt|\binvånare|\bkommuner(na)?\b|\bfrån\b|\bi hela\b|\btäcker\b|"
    r"upptagningsområde|\bverksam(ma)? i\b|\bsamverkan mellan\b|\bsamarbete mellan\b|\bgemensam(t|ma)? för\b|"
    r"\btar emot\b|\bvänder (sig|vi oss) till\b|\bför dig (som|i)\b|\bkommun(en)?s?\b|\boch\b.*\bkommun|"
    r"(?-i:\b(i|inom) [A-ZÅÄÖ])",
    re.I,
)


def extract_catchment(page: Page, index: kommuner.KommunIndex | None = None) -> Finding:
    """Municipality short names the service says it covers, first-seen order."""
    index = index or kommuner.real()
    hits: dict[str, list[Evidence]] = {}
    rx = index.pattern
    for s in sentences(page):
        if s.kind not in ("own", "general") or not CATCHMENT_CUE.search(s.text):
            continue
        if s.kind == "general" and not re.search(r"kommuner(na)?|upptagningsområde|samverkan|samarbete|bor i",
                                                 s.text, re.I):
            continue
        for m in rx.finditer(s.text):
            hits.setdefault(m.group(1), []).append(Evidence.of(s.text, s.block.where, "catchment:name",
                                                               m.group(1)))
    return list_finding("catchment", hits, codes=[index.code(n) for n in hits])
