"""Catchment: the municipalities a service says it covers.

A municipality name counts when the text presents it as the area served:
after a lead such as "för dig som bor i", "för kvinnor i", "samarbete
mellan", "kommunerna", "vi tar emot kvinnor från" (lexicon.CATCHMENT_LEAD),
in a list whose introduction says so ("Vi tar emot kvinnor som bor i
följande kommuner:" followed by list items), or in a site strapline under
the logo ("Stöd till kvinnor i Värnamo, Gislaved och Gnosjö").  A place
named as a location ("utgår från Jönköping", "kontoret ligger i …") or as
part of an organisation's name ("Socialtjänsten i Munkfors") is not
coverage, and neither are names in referrals.  Names are matched in their
genitive form too ("Örnsköldsviks kommun").
"""

from __future__ import annotations

import re

from matrix import kommuner
from matrix import lexicon as lx
from matrix.extractors.groups import sentences
from matrix.finding import Evidence, Finding, list_finding
from matrix.page import Page, _locator, clean
from matrix.prefilter import compile as _gated

# joins between the names of one list: ", ", " och ", " samt ", " & ", " eller ", "/"
LIST_JOIN = _gated(r"^(\s*(,|och|samt|&|eller|/|,\s*och|and|or|,\s*and)\s*)$")
KOMMUN_SUFFIX = _gated(r"^(s)?\s+(kommuner(na)?|kommun(s|en)?|stad)\b")
STRAPLINE_ATTR = _gated(r"tagline|slogan|strap|description|subtitle|sub-?title|motto|brand__sub|brand-sub|"
                            r"site-sub|undertitel|ingress", re.I)
# the page's own service takes people from anywhere: a site strapline naming the organisation's area does not
# narrow it ("Vi tar emot kvinnor från hela landet" on the shelter page of a jour whose strapline names three)
NATIONWIDE = _gated(r"(fr[åa]n|i|inom|över) hela (landet|sverige)|oavsett var i (landet|sverige) du bor", re.I)
BANNER_ATTR = _gated(r"header|masthead|branding|brand|banner|site-title|logo|top", re.I)


def _lists(text: str, rx: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """Runs of municipality names joined by commas/och, in text order."""
    runs: list[list[re.Match[str]]] = []
    for m in rx.finditer(text):
        if runs:
            prev = runs[-1][-1]
            between = text[prev.end() : m.start()]
            between = KOMMUN_SUFFIX.sub("", between) if KOMMUN_SUFFIX.match(between) else between
            if LIST_JOIN.match(between):
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _covered_runs(text: str, rx: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """The name lists in ``text`` that a catchment lead introduces."""
    lower = text.lower()
    out = []
    for run in _lists(text, rx):
        before = lower[max(0, run[0].start() - 80) : run[0].start()]
        if lx.CATCHMENT_NOT.search(before):
            continue
        after = lower[run[-1].end() : run[-1].end() + 20]
        if re.match(r"^s?\s+l[äa]n", after) and len(run) == 1:
            continue  # "Kalmar län" is the county, not the municipality
        many_kommuner = len(run) >= 2 and re.match(r"^s?\s+kommuner", after)
        if lx.CATCHMENT_LEAD.search(before) or many_kommuner:
            out.append(run)
    return out


def _add(hits: dict[str, list[Evidence]], run: list[re.Match[str]], text: str, where: str, rule: str) -> None:
    for m in run:
        hits.setdefault(m.group(1), []).append(Evidence.of(text, where, f"catchment:{rule}", m.group(1)))


def _straplines(page: Page) -> list[tuple[str, str]]:
    """Short texts under the logo that say whom the site serves (not links, not menus)."""
    out = []
    for node in page.tree.iter("p", "span", "div", "h2", "h3", "strong", "em"):
        attrs = f"{node.get('class', '')} {node.get('id', '')}"
        if not STRAPLINE_ATTR.search(attrs):
            continue
        ancestors = [a for a in node.iterancestors() if isinstance(a.tag, str)]
        if any(a.tag in ("a", "nav", "footer", "main", "article") for a in ancestors):
            continue
        in_banner = any(a.tag == "header" or a.get("role") == "banner"
                        or BANNER_ATTR.search(f"{a.get('class', '')} {a.get('id', '')}") for a in [node, *ancestors])
        text = clean(node.text_content())
        if in_banner and 0 < len(text) <= 200:
            out.append((text, _locator(node)))
    return out


def extract_catchment(page: Page, index: kommuner.KommunIndex | None = None) -> Finding:
    """Municipality short names the service says it covers, first-seen order."""
    index = index or kommuner.real()
    hits: dict[str, list[Evidence]] = {}
    rx = index.pattern
    intro_open: str | None = None  # the block that opened a list of names ("… följande kommuner:")
    for s in sentences(page):
        block = s.block
        if intro_open is not None and block.tag in ("li", "td", "dd") and block.heading == intro_open:
            names = list(rx.finditer(s.text))
            if names and len(rx.sub("", s.text).strip(" ,.;-–") .replace("kommun", "").strip()) <= 12:
                _add(hits, names, s.text, block.where, "list")
                continue
        if block.tag not in ("li", "td", "dd"):
            intro_open = block.heading if lx.CATCHMENT_LIST_INTRO.search(s.lower) else None
        if s.kind not in ("own", "general"):
            continue
        for run in _covered_runs(s.text, rx):
            _add(hits, run, s.text, block.where, "lead")
    nationwide = any(s.kind == "own" and NATIONWIDE.search(s.text) for s in sentences(page))
    for text, where in ([] if nationwide else _straplines(page)):
        for run in _covered_runs(text, rx):
            _add(hits, run, text, where, "strapline")
    return list_finding("catchment", hits, codes=[index.code(n) for n in hits])
