"""``/hitta-stod``: the public Swedish search page (server-rendered, works without JavaScript).

A visitor picks a kommun, who they are (utsatt eller anhörig, barn eller ung,
du som utövar våld: the three entries of the regional portal the county
reports hold up as the model) and optionally a language, and gets the
services that serve that kommun, with phone, opening hours and whether they
are open now (Europe/Stockholm), plus the national lines.  The database is
only read; nothing about the visit is stored or sent anywhere.
"""

from __future__ import annotations

import csv
import json
import os
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import phonenumbers
from datasette import hookimpl
from datasette.utils.asgi import Response

from matrix import kommuner
from matrix.extractors.languages import LANGUAGES
from matrix.registry import kommun_index

TZ = ZoneInfo("Europe/Stockholm")
ROOT = Path(__file__).resolve().parents[2]
NATIONAL_LINES = ROOT / "data" / "sources" / "nationella-linjer.csv"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_SV = {"mon": "mån", "tue": "tis", "wed": "ons", "thu": "tor", "fri": "fre", "sat": "lör", "sun": "sön"}
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")


class Role(NamedTuple):
    """One of the three entries: who the visitor is, and which codes serve them.

    A NamedTuple, not a dataclass: Datasette loads plugin files without a ``sys.modules`` entry.
    """

    code: str
    label: str
    exposure: frozenset[str]
    gender: frozenset[str] = frozenset()


ROLES = (
    Role("utsatt", "Jag är utsatt för våld, eller anhörig",
         frozenset({"nara_relation", "heder", "sexuellt_vald", "prostitution_manniskohandel"})),
    Role("barn", "Jag är barn eller ung", frozenset({"barn_som_upplever_vald"}),
         frozenset({"barn_unga", "flickor", "pojkar"})),
    Role("utovare", "Jag utövar våld och vill sluta", frozenset({"valdsutovare", "sexualbrott_risk"})),
)
ROLE_BY_CODE = {r.code: r for r in ROLES}

SERVICES_SQL = """
SELECT s.service_id, s.year, s.name, s.url, s.huvudman, s.sektor, s.exposure_groups, s.gender_groups,
       s.phone_numbers, s.hotline_24h, s.opening_hours, s.catchment_codes, a.name AS actor_name,
       ay.languages, ay.easy_read, ay.sign_language, ay.text_to_speech
FROM services s JOIN actors a ON a.actor_id = s.actor_id
LEFT JOIN actor_years ay ON ay.actor_id = s.actor_id AND ay.year = s.year
WHERE s.year = (SELECT MAX(s2.year) FROM services s2 WHERE s2.actor_id = s.actor_id)
  AND (EXISTS (SELECT 1 FROM json_each(s.catchment_codes) WHERE value = :kod)
       OR (COALESCE(json_array_length(s.catchment_codes), 0) = 0
           AND EXISTS (SELECT 1 FROM json_each(a.kommunkoder) WHERE value = :kod)))
ORDER BY s.name
"""
KOMMUN_SQL = """
SELECT DISTINCT value AS kod FROM services, json_each(services.catchment_codes)
UNION SELECT DISTINCT value FROM actors, json_each(actors.kommunkoder)
"""


def json_list(value: Any) -> list[Any]:
    """A JSON list column as a list (empty for NULL or bad JSON)."""
    try:
        out = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return out if isinstance(out, list) else []


def now_in_sweden() -> datetime:
    """The current time in Europe/Stockholm (``VMATRIS_NOW`` fixes it, for tests and screenshots)."""
    fixed = os.environ.get("VMATRIS_NOW")
    if fixed:
        return datetime.fromisoformat(fixed).replace(tzinfo=TZ)
    return datetime.now(TZ)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def is_open(intervals: list[dict[str, Any]], when: datetime) -> bool | None:
    """True/False when the published hours say the service is open at ``when``; None when unknown.

    An interval whose end is before its start runs past midnight into the next day.
    """
    valid = [i for i in intervals if isinstance(i, dict) and i.get("days") and i.get("from") and i.get("to")]
    if not valid:
        return None
    local = when.astimezone(TZ)
    today, minute = DAYS[local.weekday()], local.hour * 60 + local.minute
    yesterday = DAYS[(local.weekday() - 1) % 7]
    for interval in valid:
        start, end = _minutes(interval["from"]), _minutes(interval["to"])
        if start < end and today in interval["days"] and start <= minute < end:
            return True
        if start >= end and ((today in interval["days"] and minute >= start)
                             or (yesterday in interval["days"] and minute < end)):
            return True
    return False


def hours_text(intervals: list[dict[str, Any]]) -> list[str]:
    """Readable Swedish opening hours: "mån–fre 08.00–16.30"."""
    out = []
    for interval in intervals:
        if not isinstance(interval, dict) or not interval.get("days"):
            continue
        days = [d for d in DAYS if d in interval["days"]]
        if len(days) == 7 and interval.get("from") == "00:00" and interval.get("to") == "24:00":
            out.append("Dygnet runt, alla dagar")
            continue
        idx = [DAYS.index(d) for d in days]
        if len(days) > 2 and idx == list(range(idx[0], idx[-1] + 1)):
            span = f"{DAY_SV[days[0]]}–{DAY_SV[days[-1]]}"
        else:
            span = ", ".join(DAY_SV[d] for d in days)
        out.append(f"{span} {interval['from'].replace(':', '.')}–{interval['to'].replace(':', '.')}")
    return list(dict.fromkeys(out))


def phone_display(number: str) -> tuple[str, str]:
    """(tel: link target, national display form) of an E.164 number."""
    try:
        parsed = phonenumbers.parse(number, "SE")
    except phonenumbers.NumberParseException:
        return number, number
    return (phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))


def language_name(code: str) -> str:
    """The Swedish name of an ISO 639-1 code ("ar" -> "arabiska")."""
    return LANGUAGES.get(code, (code,))[0]


def swedish_date(iso: str) -> str:
    """ "2026-11-25" -> "25 november 2026"."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {MONTHS_SV[d.month - 1]} {d.year}"


@lru_cache(maxsize=4)
def national_lines(path: str = str(NATIONAL_LINES)) -> tuple[dict[str, Any], ...]:
    """The national support lines from ``data/sources/nationella-linjer.csv``."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["roles"] = tuple(r for r in row["roles"].split(";") if r)
        row["open_24h"] = row["open_24h"] == "1"
        row["checked_sv"] = swedish_date(row["checked_at"])
    return tuple(rows)


async def kommun_names(db: Any) -> dict[str, str]:
    """Kommunkod -> name for every kommun present in the data (real names plus registries' extra lists)."""
    index = kommuner.real()
    if await db.table_exists("kommuner"):  # built with the registry's municipalities, demo ones included
        stored = await db.execute("SELECT name, kommunkod, lan_code FROM kommuner")
        index = kommuner.KommunIndex({r[0]: r[1] for r in stored.rows} or index.by_name,
                                     {r[1]: r[2] for r in stored.rows} or index.lan_of)
    registries = await db.execute("SELECT DISTINCT registry FROM actors WHERE registry IS NOT NULL")
    for (registry,) in registries.rows:
        for candidate in (Path(registry), ROOT / registry):
            if candidate.with_suffix(".kommuner.csv").is_file():
                extra = kommun_index(candidate)
                index = kommuner.KommunIndex({**index.by_name, **extra.by_name}, {**index.lan_of, **extra.lan_of})
                break
    by_code = {code: name for name, code in index.by_name.items()}
    codes = [r[0] for r in (await db.execute(KOMMUN_SQL)).rows if r[0]]
    return dict(sorted(((c, by_code.get(c, f"Kommun {c}")) for c in codes), key=lambda kv: kv[1]))


def find_kommun(query: str, names: dict[str, str]) -> tuple[str | None, list[tuple[str, str]]]:
    """(kommunkod, suggestions) for what the visitor typed: a name, part of a name or a code."""
    query = " ".join(query.split()).casefold().removesuffix(" kommun").removesuffix("s")
    if not query:
        return None, []
    for code, name in names.items():
        if query in (code, name.casefold(), name.casefold().removesuffix("s")):
            return code, []
    return None, [(c, n) for c, n in names.items() if query in n.casefold()][:20]


def serves(row: dict[str, Any], role: Role | None) -> bool:
    """True when the service's target groups match the visitor's role (every service when no role)."""
    if role is None:
        return True
    return bool(role.exposure & set(json_list(row["exposure_groups"]))) or bool(
        role.gender & set(json_list(row["gender_groups"])))


def present(row: dict[str, Any], when: datetime) -> dict[str, Any]:
    """One service as the template shows it."""
    intervals = json_list(row["opening_hours"])
    open_now = True if row["hotline_24h"] else is_open(intervals, when)
    languages = [c for c in json_list(row["languages"]) if c != "sv"]
    return {
        "name": row["name"], "huvudman": row["huvudman"] or row["actor_name"], "url": row["url"],
        "phones": [phone_display(p) for p in json_list(row["phone_numbers"])],
        "hours": hours_text(intervals), "hotline_24h": bool(row["hotline_24h"]), "open_now": open_now,
        "languages": [language_name(c) for c in languages], "language_codes": languages,
        "easy_read": bool(row["easy_read"]), "sign_language": bool(row["sign_language"]),
        "text_to_speech": bool(row["text_to_speech"]), "year": row["year"],
    }


async def search(datasette: Any, kod: str, role: Role | None, sprak: str, when: datetime) -> list[dict[str, Any]]:
    """The services serving kommun ``kod`` for ``role`` (language first when one is chosen)."""
    db = datasette.get_database()
    rows = [dict(r) for r in (await db.execute(SERVICES_SQL, {"kod": kod})).rows]
    found = [present(r, when) for r in rows if serves(r, role)]
    found.sort(key=lambda s: (sprak not in s["language_codes"] if sprak else False, s["open_now"] is not True,
                              s["name"].casefold()))
    return found


async def hitta_stod(datasette: Any, request: Any) -> Response:
    """The search form and, when a kommun is given, its results."""
    db = datasette.get_database()
    names = await kommun_names(db)
    args = request.args
    typed, role_code, sprak = args.get("kommun", ""), args.get("roll", ""), args.get("sprak", "")
    role = ROLE_BY_CODE.get(role_code)
    kod, suggestions = find_kommun(typed, names)
    when = now_in_sweden()
    results = await search(datasette, kod, role, sprak, when) if kod else []
    lang_rows = await db.execute("SELECT DISTINCT value FROM actor_years, json_each(actor_years.languages)")
    languages = sorted({r[0] for r in lang_rows.rows if r[0] and r[0] != "sv"}, key=language_name)
    lines = national_lines()
    context = {
        "kommuner": names, "typed": typed, "kod": kod, "kommun_name": names.get(kod or "", ""),
        "suggestions": suggestions, "roles": ROLES, "role": role, "sprak": sprak,
        "languages": [(c, language_name(c)) for c in languages], "results": results,
        "with_language": sum(1 for r in results if sprak in r["language_codes"]) if sprak else None,
        "searched": bool(typed), "now": when.strftime("%H.%M"),
        "today_sv": f"{when.day} {MONTHS_SV[when.month - 1]}",
        "lines": sorted(lines, key=lambda line: (role is not None and role.code not in line["roles"],
                                                 not line["open_24h"])),
    }
    html = await datasette.render_template("hitta_stod.html", context, request=request)
    return Response.html(html, headers={"Cache-Control": "no-store"})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """``/hitta-stod`` (with or without a trailing slash)."""
    return [(r"^/hitta-stod/?$", hitta_stod)]

