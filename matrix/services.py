"""From an actor's pages to its services (verksamheter) and its site-wide row.

A careful coder records each service a person can contact.  On real sites a
service has one main page whose heading is its name, and further pages
about it below that page's path.  So:

1. a *service page* is a relevant page whose main content names its own
   target group and offers contact or help (a phone number, "kontakta oss",
   "vi erbjuder", a chat);
2. pages below a service page's path belong to that service;
3. values are rolled up per service (union of groups, phones, catchment;
   any 24/7 line) and per actor (site features: any page; languages: union).

Pure functions over page records (dicts from the ``pages`` table), so the
same code builds a year from a live crawl or from an archived run.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlparse

from matrix.extractors.hours import canonical
from matrix.kommuner import KommunIndex
from matrix.variables import SERVICE_IDS, SITE_WIDE_IDS

OFFER = re.compile(
    r"kontakta (oss|socialtj[äa]nsten|mottagningen|jouren|familjefrid)|ring (oss|till oss|jouren)|vi erbjuder|"
    r"erbjuder (vi|stöd|samtal|hjälp|behandling|skyddat)|du kan få (stöd|hjälp|råd|samtal|behandling)|"
    r"vi (kan )?hjälp(a|er)|chatta med oss|boka (tid|ett samtal)|vänder (sig|vi oss) till|vi finns (här )?för|"
    r"tar emot|stödsamtal|skyddat boende|kostnadsfri|du är välkommen|vi stöttar|vi ger stöd|anonym",
    re.I,
)
NOT_A_SERVICE_TITLE = re.compile(
    r"^(vad är|om våld|olika (former|typer)|former av våld|tecken på|fakta|statistik|så (döljer|kan)|"
    r"dölj|lättläst|other languages|in english|andra språk|nyheter|kalender|kontakt(a oss)?$|om (oss|jouren|"
    r"webbplatsen)|bli medlem|stöd oss|ge en gåva|jobba|press|integritet|cookies|tillgänglighet)",
    re.I,
)
TITLE_SPLIT = re.compile(r"\s+[-–|]\s+")


def slug(text: str) -> str:
    """ASCII slug of a name: the stable part of a service id."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60] or "tjanst"


def _path_stem(url: str) -> str:
    path = urlparse(url).path or "/"
    path = re.sub(r"(/index)?\.(html?|php|aspx?)$", "", path)
    return path.rstrip("/")


def is_service_page(page: dict[str, Any]) -> bool:
    """True when the page presents a service of the actor's own."""
    values = page["findings"]
    name = page_name(page)
    if not name or NOT_A_SERVICE_TITLE.search(name) or page.get("relevance", 0) < 0.3:
        return False
    if not values.get("exposure_groups"):
        return False
    return bool(values.get("phone_numbers")) or bool(OFFER.search(page.get("text", "")[:20000]))


def page_name(page: dict[str, Any]) -> str:
    name = page.get("h1") or TITLE_SPLIT.split(page.get("title") or "")[0]
    return " ".join(name.split())


def _below(stem: str, url: str) -> bool:
    """True when ``url`` lives under the path ``stem`` (``/a/b.html`` → ``/a/b/c.html``)."""
    return bool(stem) and _path_stem(url).startswith(stem + "/")


def _is_hub(page: dict[str, Any], candidates: list[dict[str, Any]]) -> bool:
    """A page that introduces services below it without a contact of its own ("Stöd vid våld" → its units).

    A service page gives its own way in (a phone number); a hub names the topic and links onwards to the
    service pages under its path, which each give theirs.
    """
    if page["findings"].get("phone_numbers"):
        return False
    stem = _path_stem(page["final_url"])
    return any(c is not page and _below(stem, c["final_url"]) and c["findings"].get("phone_numbers")
               for c in candidates)


def find_services(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group an actor's pages into services; each has a main page and member pages."""
    pages = sorted(pages, key=lambda p: (p.get("depth", 0), len(_path_stem(p["final_url"])), p["final_url"]))
    candidates = [p for p in pages if is_service_page(p)]
    candidates = [p for p in candidates if not _is_hub(p, candidates)]
    # a page before the pages below its path, however the crawl reached them (a news item can link a sub-page
    # from the start page, so crawl depth alone does not say which page is the parent)
    candidates.sort(key=lambda p: _path_stem(p["final_url"]).count("/"))
    root = [p for p in candidates if _path_stem(p["final_url"]) == ""]
    mains = [p for p in candidates if _path_stem(p["final_url"]) != ""] or root[:1]
    services: list[dict[str, Any]] = []
    for page in mains:
        stem = _path_stem(page["final_url"])
        parent = next((s for s in services if stem and s["stem"] and stem.startswith(s["stem"] + "/")), None)
        if parent is not None and parent["name"].lower() != page_name(page).lower():
            # a sub-page that is itself a distinct offer (e.g. "Stöd till dig som utövar våld")
            if _distinct(parent, page):
                services.append({"name": page_name(page), "main": page, "stem": stem, "members": [page]})
                continue
            parent["members"].append(page)
            continue
        same_name = next((s for s in services if s["name"].lower() == page_name(page).lower()), None)
        if same_name is not None:
            same_name["members"].append(page)
            continue
        services.append({"name": page_name(page), "main": page, "stem": stem, "members": [page]})
    for page in pages:
        if any(page is m for s in services for m in s["members"]):
            continue
        stem = _path_stem(page["final_url"])
        owner = max((s for s in services if s["stem"] and stem.startswith(s["stem"] + "/")),
                    key=lambda s: len(s["stem"]), default=None)
        if owner is not None:
            owner["members"].append(page)
    return services


def _distinct(parent: dict[str, Any], page: dict[str, Any]) -> bool:
    """A sub-page is a service of its own when it has its own target group and its own way in.

    A sub-page about one aspect of the service ("Hedersrelaterat våld", "Sex mot ersättning") names a new
    exposure but gives the main page's numbers: it belongs to that service.
    """
    own = set(page["findings"].get("exposure_groups") or [])
    main = set(parent["main"]["findings"].get("exposure_groups") or [])
    phones = set(page["findings"].get("phone_numbers") or [])
    main_phones = {p for m in parent["members"] for p in m["findings"].get("phone_numbers") or []}
    return bool(own - main) and bool(phones - main_phones)


def _union(pages: Iterable[dict[str, Any]], variable: str) -> list[Any]:
    out: list[Any] = []
    for page in pages:
        for value in page["findings"].get(variable) or []:
            if value not in out:
                out.append(value)
    return out


def roll_up_service(service: dict[str, Any]) -> dict[str, Any]:
    """The matrix values of one service: unions over its pages, any 24/7 line."""
    members = service["members"]
    row: dict[str, Any] = {"name": service["name"], "url": service["main"]["final_url"],
                           "pages": [m["final_url"] for m in members]}
    for variable in SERVICE_IDS:
        if variable == "hotline_24h":
            row[variable] = any(m["findings"].get(variable) for m in members)
        elif variable == "opening_hours":
            seen: dict[str, Any] = {}
            for m in members:
                for interval in m["findings"].get(variable) or []:
                    seen.setdefault(canonical(interval), interval)
            row[variable] = list(seen.values())
        else:
            row[variable] = _union(members, variable)
    if set(row["gender_groups"]) & {"kvinnor", "man", "flickor", "pojkar"} and "konsneutral" in row["gender_groups"]:
        row["gender_groups"].remove("konsneutral")
    referrals = _union(({"findings": {"r": m["findings"].get("referrals") or []}} for m in members), "r")
    row["referrals"] = [r for r in referrals if r not in row["exposure_groups"]]
    row["contact_channels"] = _union(members, "contact_channels")
    return row


def roll_up_site(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """Site-wide features of an actor: a feature on any crawled page; languages as a union."""
    row: dict[str, Any] = {}
    for variable in SITE_WIDE_IDS:
        if variable == "languages":
            row[variable] = sorted(_union(pages, variable), key=lambda c: (c != "sv", c))
        else:
            row[variable] = any(p["findings"].get(variable) for p in pages)
    return row


def default_catchment(row: dict[str, Any], actor: dict[str, Any], index: KommunIndex) -> None:
    """Fill an empty catchment from the source registry for a municipality's own service.

    A municipal service rarely writes out that it serves its own municipality ("Socialtjänsten i Ekdala"
    names the organisation, not an area), yet it does; a joint service covers its member municipalities.
    The page-level extractor stays strict, and the roll-up records where the value came from
    (``catchment_source``: "sidan" or "registret") so coordinators can tell the two apart.
    """
    if row["catchment"]:
        row["catchment_source"] = "sidan"
        return
    codes = actor.get("kommunkoder") or []
    if isinstance(codes, str):
        codes = json.loads(codes or "[]")
    if actor.get("sektor") in ("kommun", "kommungemensam") and codes:
        row["catchment"] = [name for name in map(index.name, codes) if name]
        row["catchment_source"] = "registret" if row["catchment"] else None
    else:
        row["catchment_source"] = None
