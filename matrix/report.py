"""The county report: the tables the county boards print, with the change from last year.

``build_report`` computes the figures once from the database; the writers
turn them into CSV files, Markdown, SVG charts and one self-contained HTML
file (charts inlined, no external resources) a coordinator can paste into
the yearly report.
"""

from __future__ import annotations

import csv
import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from matrix.kommuner import lan_names
from matrix.variables import BY_ID, SEKTORER

# Tabell 9 and 10 of the Jönköping report (002 l.415–431): groups counted per municipality
TABELL_9 = (("nara_relation",), ("valdsutovare",), ("heder",), ("prostitution_manniskohandel",))
TABELL_10 = ((("kvinnor", "man"), "Kvinnor/män"), (("flickor", "pojkar"), "Flickor/pojkar"), (("hbtq",), "HBTQ"),
             (("konsneutral",), "Könsneutral beskrivning – vuxna"))
FEATURES = ("quick_exit", "easy_read", "text_to_speech", "sign_language", "hide_visit_advice",
            "machine_translation")


@dataclass
class Table:
    """One report table: a title, column names and rows (the first column is the label)."""

    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    note: str = ""


def _codes(raw: str | None) -> set[str]:
    return set(json.loads(raw)) if raw else set()


def _delta(now: int | None, before: int | None) -> str:
    if before is None or now is None:
        return "–"
    d = now - before
    return f"{d:+d}" if d else "±0"


def build_report(db: sqlite_utils.Database, year: int, lan: str | None = None) -> dict[str, Any]:
    """All report tables for ``year`` (and ``lan``), each with the previous built year beside it."""
    years = sorted(r["year"] for r in db.query("SELECT DISTINCT year FROM actor_years"))
    if year not in years:
        raise ValueError(f"no data for {year} (years built: {years or 'none'})")
    prev = max((y for y in years if y < year), default=None)
    where, params = ("AND lan_code = ?", [lan]) if lan else ("", [])
    actors = {y: list(db.query(f"SELECT * FROM actor_years WHERE year = ? {where} ORDER BY actor_id", [y, *params]))
              for y in filter(None, (year, prev))}
    services = {y: list(db.query(f"SELECT * FROM services WHERE year = ? {where} ORDER BY service_id",
                                 [y, *params])) for y in filter(None, (year, prev))}

    def kommun_count(y: int | None, variable: str, codes: tuple[str, ...]) -> int | None:
        if y is None:
            return None
        return sum(1 for a in actors[y] if a["sektor"] == "kommun" and _codes(a[variable]) & set(codes))

    n_kommuner = sum(1 for a in actors[year] if a["sektor"] == "kommun")
    prev_label = str(prev) if prev else "föregående år"
    t9 = Table("tabell_9", f"Antal kommuner – nämnd målgrupp (utsatthet) på webbplats, {year}",
               ["Nämnd målgrupp på webbplats", f"Antal kommuner {year}", prev_label, "Förändring"],
               note=f"Av {n_kommuner} kommuner. Som Tabell 9 i Länsstyrelsen Jönköpings läns rapport 2019.")
    for (code,) in TABELL_9:
        label = next(c.label_sv for c in BY_ID["exposure_groups"].categories if c.code == code)
        now, before = kommun_count(year, "exposure_groups", (code,)), kommun_count(prev, "exposure_groups", (code,))
        t9.rows.append([label, now, "–" if before is None else before, _delta(now, before)])
    t10 = Table("tabell_10", f"Antal kommuner – nämnd målgrupp (kön och ålder) på webbplats, {year}",
                ["Nämnd målgrupp på webbplats", f"Antal kommuner {year}", prev_label, "Förändring"],
                note=f"Av {n_kommuner} kommuner. Som Tabell 10 i Länsstyrelsen Jönköpings läns rapport 2019.")
    for codes, label in TABELL_10:
        now, before = kommun_count(year, "gender_groups", codes), kommun_count(prev, "gender_groups", codes)
        t10.rows.append([label, now, "–" if before is None else before, _delta(now, before)])

    sektorer = [s.code for s in SEKTORER if any(r["sektor"] == s.code for r in services[year])]
    t_exp = Table("tjanster_per_utsatthet", f"Antal verksamheter per utsatthet och sektor, {year}",
                  ["Utsatthet", *sektorer, f"Totalt {year}", prev_label, "Förändring"],
                  note="Räknar verksamheter, som Länsstyrelsen Stockholms sammanställning 2018.")
    for cat in BY_ID["exposure_groups"].categories:
        per = [sum(1 for s in services[year] if s["sektor"] == sk and cat.code in _codes(s["exposure_groups"]))
               for sk in sektorer]
        total = sum(per)
        before = None if prev is None else sum(1 for s in services[prev] if cat.code in _codes(s["exposure_groups"]))
        t_exp.rows.append([cat.label_sv, *per, total, "–" if before is None else before, _delta(total, before)])

    t_feat = Table("webbplatsfunktioner", f"Webbplatsens funktioner per aktör, {year}",
                   ["Aktör", "Sektor", *(BY_ID[f].label_sv for f in FEATURES), "Språk utöver svenska",
                    f"Förändring sedan {prev_label}"])
    before_by_actor = {a["actor_id"]: a for a in actors.get(prev, [])} if prev else {}
    for a in actors[year]:
        langs = sorted(_codes(a["languages"]) - {"sv"})
        old = before_by_actor.get(a["actor_id"])
        change = []
        if old:
            for f in FEATURES:
                if a[f] != old[f]:
                    change.append(("+" if a[f] else "−") + BY_ID[f].label_sv.lower())
            old_langs = _codes(old["languages"]) - {"sv"}
            change += [f"+{c}" for c in sorted(set(langs) - old_langs)]
            change += [f"−{c}" for c in sorted(old_langs - set(langs))]
        t_feat.rows.append([a["name"], a["sektor"], *("ja" if a[f] else "nej" for f in FEATURES),
                            ", ".join(langs) or "–", ", ".join(change) or ("ny" if prev and not old else "–")])

    t_changes = Table("forandringar", f"Verksamheter som tillkommit eller upphört sedan {prev_label}",
                      ["Aktör", "Förändring", "Verksamhet"])
    if prev is not None and db["changes"].exists():
        for c in db.query(f"SELECT c.* FROM changes c JOIN actors a USING (actor_id) WHERE from_year = ? AND "
                          f"to_year = ? AND kind IN ('service_added', 'service_closed') "
                          f"{'AND a.lan_code = ?' if lan else ''} ORDER BY actor_id, kind", [prev, year, *params]):
            t_changes.rows.append([c["actor_id"], "tillkommit" if c["kind"] == "service_added" else "upphört",
                                   c["service"]])
    place = lan_names().get(lan, f"län {lan}") if lan else "alla län i databasen"
    return {"year": year, "previous": prev, "lan": lan, "place": place,
            "tables": [t9, t10, t_exp, t_feat, t_changes]}


def bar_chart(table: Table, value_col: int = 1, prev_col: int = 2, width: int = 640) -> str:
    """A horizontal bar chart (SVG, self-contained) of one table: this year and the previous one."""
    rows = [r for r in table.rows if isinstance(r[value_col], int)]
    top = max([1, *(r[value_col] for r in rows), *(r[prev_col] for r in rows if isinstance(r[prev_col], int))])
    bar_h, gap, label_w = 16, 14, 250
    height = 40 + len(rows) * (2 * bar_h + gap)
    scale = (width - label_w - 60) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(table.title)}" '
             f'font-family="DejaVu Sans, Arial, sans-serif" font-size="12">',
             f'<title>{html.escape(table.title)}</title>']
    y = 30
    for r in rows:
        parts.append(f'<text x="0" y="{y + bar_h}" fill="#222">{html.escape(str(r[0]))[:40]}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{r[value_col] * scale:.1f}" height="{bar_h}" '
                     f'fill="#1f5f8b"/><text x="{label_w + r[value_col] * scale + 4:.1f}" y="{y + 12}">'
                     f'{r[value_col]}</text>')
        if isinstance(r[prev_col], int):
            parts.append(f'<rect x="{label_w}" y="{y + bar_h}" width="{r[prev_col] * scale:.1f}" height="{bar_h - 4}" '
                         f'fill="#9bbbd4"/><text x="{label_w + r[prev_col] * scale + 4:.1f}" y="{y + 2 * bar_h - 4}" '
                         f'fill="#555">{r[prev_col]}</text>')
        y += 2 * bar_h + gap
    parts.append(f'<rect x="{label_w}" y="8" width="12" height="10" fill="#1f5f8b"/>'
                 f'<text x="{label_w + 16}" y="17">{html.escape(table.columns[value_col])}</text>'
                 f'<rect x="{label_w + 170}" y="8" width="12" height="10" fill="#9bbbd4"/>'
                 f'<text x="{label_w + 186}" y="17">{html.escape(table.columns[prev_col])}</text></svg>')
    return "".join(parts)


def to_markdown(report: dict[str, Any]) -> str:
    out = [f"# Verksamhetsmatris {report['year']} – {report['place']}", ""]
    for t in report["tables"]:
        out += [f"## {t.title}", ""]
        if t.note:
            out += [t.note, ""]
        out.append("| " + " | ".join(t.columns) + " |")
        out.append("|" + "---|" * len(t.columns))
        out += ["| " + " | ".join(str(c) for c in r) + " |" for r in t.rows] or ["| (inga) |"]
        out.append("")
    return "\n".join(out)


def to_html(report: dict[str, Any], charts: dict[str, str]) -> str:
    css = ("body{font-family:DejaVu Sans,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
           "color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.3rem .6rem;"
           "text-align:left}th{background:#eef3f7}caption{text-align:left;font-weight:bold;padding:.4rem 0}")
    out = [f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Verksamhetsmatris {report["year"]}'
           f' – {html.escape(report["place"])}</title><style>{css}</style></head><body>',
           f"<h1>Verksamhetsmatris {report['year']} – {html.escape(report['place'])}</h1>",
           f"<p>Jämfört med {report['previous'] or 'inget tidigare år'}. Framtagen med vmatris från verksamheternas "
           "egna webbplatser.</p>"]
    for t in report["tables"]:
        out.append(f"<h2>{html.escape(t.title)}</h2>")
        if t.note:
            out.append(f"<p>{html.escape(t.note)}</p>")
        if t.key in charts:
            out.append(f"<figure>{charts[t.key]}</figure>")
        out.append("<table><thead><tr>" + "".join(f"<th scope='col'>{html.escape(c)}</th>" for c in t.columns)
                   + "</tr></thead><tbody>")
        out += ["<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in t.rows]
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out)


def write_report(report: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write HTML (self-contained), Markdown, one CSV per table and the SVG charts; returns the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"verksamhetsmatris-{report['year']}" + (f"-lan-{report['lan']}" if report["lan"] else "")
    charts = {t.key: bar_chart(t) for t in report["tables"] if t.key in ("tabell_9", "tabell_10")}
    exp = next(t for t in report["tables"] if t.key == "tjanster_per_utsatthet")
    charts[exp.key] = bar_chart(exp, value_col=len(exp.columns) - 3, prev_col=len(exp.columns) - 2)
    files = []
    for key, svg in charts.items():
        path = out_dir / f"{stem}-{key}.svg"
        path.write_text(svg, encoding="utf-8")
        files.append(path)
    for t in report["tables"]:
        path = out_dir / f"{stem}-{t.key}.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads å, ä, ö right
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(t.columns)
            writer.writerows(t.rows)
        files.append(path)
    (out_dir / f"{stem}.md").write_text(to_markdown(report), encoding="utf-8")
    (out_dir / f"{stem}.html").write_text(to_html(report, charts), encoding="utf-8")
    return [out_dir / f"{stem}.html", out_dir / f"{stem}.md", *files]
