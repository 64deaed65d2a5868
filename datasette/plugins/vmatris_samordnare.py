"""Coordinators' pages: each actor's matrix per year with every cell linked to its evidence,
the evidence with the archived page, and the matrix as Excel-friendly CSV.

Routes (all read-only):

* ``/aktor`` and ``/aktor/<actor_id>``: the matrix per year, site features and services;
* ``/aktor/<actor_id>/belagg?ar=&variabel=&varde=&verksamhet=``: the evidence rows behind one cell;
* ``/arkiv/<page_id>``: the archived page, as escaped source and in a sandboxed frame;
* ``/arkiv/<page_id>/html``: the archived HTML, stripped of anything that could load or navigate,
  served with ``Content-Security-Policy: sandbox`` and ``default-src 'none'``;
* ``/matris-excel.csv?ar=&lan=``: the matrix with a UTF-8 BOM and semicolons, which Swedish Excel opens as is.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import lxml.html
import phonenumbers
from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from matrix.extractors.languages import LANGUAGES
from matrix.kommuner import lan_names
from matrix.variables import BY_ID, all_categories

LIST_VARIABLES = ("exposure_groups", "gender_groups", "vulnerable_groups")
SITE_FEATURES = ("languages", "machine_translation", "easy_read", "sign_language", "text_to_speech", "quick_exit",
                 "hide_visit_advice")
SERVICE_VARIABLES = ("exposure_groups", "gender_groups", "vulnerable_groups", "phone_numbers", "hotline_24h",
                     "opening_hours", "catchment")
# elements that could fetch something or navigate on their own inside the archived page
UNSAFE_XPATH = ("//script|//meta[@http-equiv]|//base|//iframe|//frame|//frameset|//object|//embed|//link|"
                "//img|//picture|//source|//video|//audio|//track|//form|//svg|//style|//noscript|//portal")
ARCHIVE_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; "
               "frame-ancestors 'self'; base-uri 'none'")
EXCEL_COLUMNS = (
    ("year", "År"), ("lan_code", "Län"), ("actor_name", "Aktör"), ("sektor", "Sektor"), ("huvudman", "Huvudman"),
    ("service_name", "Verksamhet"), ("url", "Webbadress"), ("exposure_groups", "Utsatthet"),
    ("gender_groups", "Kön och ålder"), ("vulnerable_groups", "Sårbara grupper"), ("catchment", "Upptagningsområde"),
    ("phone_numbers", "Telefon"), ("hotline_24h", "Jour dygnet runt"), ("opening_hours", "Öppettider"),
    ("languages", "Språk"), ("machine_translation", "Maskinöversättning"), ("easy_read", "Lättläst"),
    ("sign_language", "Teckenspråk"), ("text_to_speech", "Talande webb"), ("quick_exit", "Snabb exit"),
    ("hide_visit_advice", "Dölj besök"),
)


def json_list(value: Any) -> list[Any]:
    """A JSON list column as a list (empty for NULL or bad JSON)."""
    try:
        out = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return []
    return out if isinstance(out, list) else []


def labels() -> dict[tuple[str, str], str]:
    """(variable, code) -> Swedish label, from the ``kategorier`` codes."""
    return {(c["variable"], c["code"]): c["label_sv"] for c in all_categories()}


def cells(row: dict[str, Any], variables: tuple[str, ...], names: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """One matrix row as cells: variable label and its values, each value with the evidence key it links to."""
    out = []
    for variable in variables:
        raw = row.get(variable)
        var = BY_ID[variable]
        if var.kind == "bool":
            values = [{"label": "Ja", "value": "true"}] if raw else []
        elif variable == "opening_hours":
            values = [{"label": i.get("text") or f"{i.get('from')}–{i.get('to')}", "value": None}
                      for i in json_list(raw) if isinstance(i, dict)]
        else:
            values = [{"label": names.get((variable, str(v)), str(v)), "value": str(v)} for v in json_list(raw)]
        # a municipal service's catchment taken from the source registry has no page behind it: say so, no link
        source = "registret" if variable == "catchment" and row.get("catchment_source") == "registret" else None
        out.append({"variable": variable, "label": var.label_sv, "values": values, "kind": var.kind,
                    "source": source})
    return out


async def actor_index(datasette: Any, request: Any) -> Response:
    """Every actor, with its sektor, county and the years it was charted."""
    db = datasette.get_database()
    rows = await db.execute(
        "SELECT a.actor_id, a.name, a.sektor, a.lan_code, (SELECT group_concat(year, ', ') FROM (SELECT year "
        "FROM actor_years ay WHERE ay.actor_id = a.actor_id ORDER BY year DESC)) AS years "
        "FROM actors a ORDER BY a.name")
    html = await datasette.render_template("aktor_index.html", {"actors": [dict(r) for r in rows.rows],
                                                                "lan": lan_names(), "db": db.name}, request=request)
    return Response.html(html)


async def actor_page(datasette: Any, request: Any) -> Response:
    """One actor's matrix per year: site features, then each service; every value links to its evidence."""
    db = datasette.get_database()
    actor_id = request.url_vars["actor_id"]
    actor = (await db.execute("SELECT * FROM actors WHERE actor_id = ?", [actor_id])).first()
    if actor is None:
        raise NotFound("Ingen aktör med det id:t")
    names = labels()
    years = []
    for ay in (await db.execute("SELECT * FROM actor_years WHERE actor_id = ? ORDER BY year DESC", [actor_id])).rows:
        ay = dict(ay)
        services = await db.execute("SELECT * FROM services WHERE actor_id = ? AND year = ? ORDER BY name",
                                    [actor_id, ay["year"]])
        years.append({
            "year": ay["year"], "row": ay, "site": cells(ay, LIST_VARIABLES + SITE_FEATURES, names),
            "services": [{"row": dict(s), "cells": cells(dict(s), SERVICE_VARIABLES, names)} for s in services.rows],
        })
    html = await datasette.render_template("aktor.html", {
        "aktor": dict(actor), "years": years, "lan": lan_names(), "db": db.name,
        "kommunkoder": json_list(actor["kommunkoder"]),
    }, request=request)
    return Response.html(html)


async def evidence_page(datasette: Any, request: Any) -> Response:
    """The evidence rows behind one cell of the actor page."""
    db = datasette.get_database()
    actor_id = request.url_vars["actor_id"]
    args = request.args
    where, params = ["e.actor_id = :actor"], {"actor": actor_id}
    for arg, column in (("ar", "e.year"), ("variabel", "e.variable"), ("varde", "e.value"),
                        ("verksamhet", "e.service_id")):
        if args.get(arg):
            where.append(f"{column} = :{arg}")
            params[arg] = args[arg]
    rows = await db.execute(
        "SELECT e.*, p.title FROM evidence e LEFT JOIN pages p ON p.page_id = e.page_id "
        f"WHERE {' AND '.join(where)} ORDER BY e.year DESC, e.variable, e.value, e.url LIMIT 500", params)
    actor = (await db.execute("SELECT name FROM actors WHERE actor_id = ?", [actor_id])).first()
    if actor is None:
        raise NotFound("Ingen aktör med det id:t")
    variable = BY_ID.get(args.get("variabel", ""))
    filters = {"actor_id": actor_id, "year": args.get("ar"), "variable": args.get("variabel"),
               "value": args.get("varde"), "service_id": args.get("verksamhet")}
    query = "&".join(f"{k}={v}" for k, v in filters.items() if v)
    html = await datasette.render_template("belagg.html", {
        "actor_id": actor_id, "actor_name": actor["name"], "rows": [dict(r) for r in rows.rows],
        "variable": variable, "value": args.get("varde"), "year": args.get("ar"), "db": db.name,
        "datasette_query": query, "names": labels(),
    }, request=request)
    return Response.html(html)


async def archive_page(datasette: Any, request: Any) -> Response:
    """An archived page: where and when it was fetched, the page in a sandboxed frame, and its source."""
    db = datasette.get_database()
    page_id = request.url_vars["page_id"]
    page = (await db.execute("SELECT page_id, url, final_url, title, fetched_at, status, actor_id, year "
                             "FROM pages WHERE page_id = ?", [page_id])).first()
    if page is None:
        raise NotFound("Ingen sida med det id:t")
    html_row = (await db.execute("SELECT html FROM page_html WHERE page_id = ?", [page_id])).first()
    html = await datasette.render_template("arkiv.html", {
        "page": dict(page), "source": html_row["html"] if html_row else None, "db": db.name,
    }, request=request)
    return Response.html(html)


def defuse(html: str) -> str:
    """The archived HTML without anything that could load a resource or navigate by itself."""
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return "<p>Sidan kunde inte visas.</p>"
    for element in doc.xpath(UNSAFE_XPATH):
        element.drop_tree()
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for attr in list(element.attrib):
            if attr.startswith("on") or attr in ("srcset", "background", "ping", "poster") or (
                    attr == "style" and "url(" in element.attrib[attr]):
                del element.attrib[attr]
    return lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")


async def archive_html(datasette: Any, request: Any) -> Response:
    """The archived HTML itself, defused and sandboxed, for the frame on the archive page."""
    db = datasette.get_database()
    row = (await db.execute("SELECT html FROM page_html WHERE page_id = ?", [request.url_vars["page_id"]])).first()
    if row is None or not row["html"]:
        raise NotFound("Ingen arkiverad HTML för sidan")
    return Response.html(defuse(row["html"]), headers={"Content-Security-Policy": ARCHIVE_CSP})


def excel_value(column: str, value: Any, names: dict[tuple[str, str], str]) -> str:
    """A matrix value as a cell a coordinator reads in Excel: labels joined by commas, ja/nej."""
    if column in ("hotline_24h", "machine_translation", "easy_read", "sign_language", "text_to_speech",
                  "quick_exit", "hide_visit_advice"):
        return "ja" if value else "nej"
    if column == "opening_hours":
        return "; ".join(i.get("text", "") for i in json_list(value) if isinstance(i, dict))
    if column == "phone_numbers":
        return ", ".join(_national(str(v)) for v in json_list(value))
    if column == "languages":
        return ", ".join(LANGUAGES.get(str(v), (str(v),))[0] for v in json_list(value))
    if column in LIST_VARIABLES + ("catchment",):
        return ", ".join(names.get((column, str(v)), str(v)) for v in json_list(value))
    return "" if value is None else str(value)


def _national(number: str) -> str:
    """+46980223344 -> 0980-22 33 44 (Excel would read a leading + as a number)."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(number, "SE"), phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return number


async def matrix_excel(datasette: Any, request: Any) -> Response:
    """The ``matris`` view as CSV for Swedish Excel: UTF-8 with BOM, semicolons, Swedish headings."""
    db = datasette.get_database()
    where, params = [], {}
    if request.args.get("ar"):
        where.append("year = :ar")
        params["ar"] = request.args["ar"]
    if request.args.get("lan"):
        where.append("lan_code = :lan")
        params["lan"] = request.args["lan"]
    sql = "SELECT * FROM matris" + (f" WHERE {' AND '.join(where)}" if where else "") + \
        " ORDER BY year, lan_code, actor_name, service_name"
    rows = await db.execute(sql, params)
    names = labels()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([title for _, title in EXCEL_COLUMNS])
    for row in rows.rows:
        writer.writerow([excel_value(col, row[col], names) for col, _ in EXCEL_COLUMNS])
    suffix = "-".join(filter(None, [request.args.get("ar"), request.args.get("lan")])) or "alla"
    return Response("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="verksamhetsmatris-{suffix}.csv"'})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """The coordinators' routes (see the module docstring)."""
    return [
        (r"^/aktor/?$", actor_index),
        (r"^/aktor/(?P<actor_id>[a-z0-9_]+)/?$", actor_page),
        (r"^/aktor/(?P<actor_id>[a-z0-9_]+)/belagg/?$", evidence_page),
        (r"^/arkiv/(?P<page_id>[0-9a-f]+)/?$", archive_page),
        (r"^/arkiv/(?P<page_id>[0-9a-f]+)/html$", archive_html),
        (r"^/matris-excel\.csv$", matrix_excel),
    ]
