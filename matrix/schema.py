"""The database schema: every table, column type, key, index, FTS and view, in one place.

``ensure_schema`` is idempotent: it creates what is missing and never drops
data, so it runs before every write.  Column descriptions for Datasette are
generated from :data:`COLUMN_DOCS` and :mod:`matrix.variables`.
"""

from __future__ import annotations

import sqlite_utils

from matrix.variables import BY_ID, SERVICE_IDS, SITE_WIDE_IDS, VARIABLES, all_categories

JSON = str
MATRIX_COLUMNS = {v.id: (int if v.kind == "bool" else JSON) for v in VARIABLES}

TABLES: dict[str, dict] = {
    "actors": {
        "pk": "actor_id",
        "columns": {
            "actor_id": str, "name": str, "huvudman": str, "sektor": str, "lan_code": str, "kommunkoder": JSON,
            "website": str, "start_urls": JSON, "allowed_domains": JSON, "spider": str, "notes": str,
            "registry": str,
        },
    },
    "crawl_runs": {
        "pk": "run_id",
        "columns": {
            "run_id": str, "year": int, "registry": str, "started_at": str, "finished_at": str, "status": str,
            "pages": int, "relevant_pages": int, "errors": int, "bytes": int, "downloaded_bytes": int,
            "cached_pages": int, "extractor_version": str,
            "settings": JSON, "summary": str,
        },
    },
    "crawl_sites": {
        "pk": ("run_id", "actor_id"),
        "columns": {
            "run_id": str, "actor_id": str, "year": int, "outcome": str, "pages": int, "relevant_pages": int,
            "errors": int, "errors_by_kind": JSON, "robots_refused": int, "bytes": int, "message": str,
        },
    },
    "pages": {
        "pk": "page_id",
        "columns": {
            "page_id": str, "run_id": str, "year": int, "actor_id": str, "url": str, "final_url": str,
            "status": int, "fetched_at": str, "depth": int, "referer_url": str, "content_type": str,
            "headers": JSON, "title": str, "h1": str, "lang": str, "content_hash": str, "bytes": int,
            "relevance": float, "findings": JSON, "text": str,
        },
    },
    "page_html": {"pk": "page_id", "columns": {"page_id": str, "html": str}},
    "fetch_errors": {
        "pk": ("run_id", "actor_id", "url"),
        "columns": {"run_id": str, "actor_id": str, "url": str, "kind": str, "status": int, "message": str,
                    "fetched_at": str},
    },
    "redirects": {
        "pk": ("run_id", "from_url"),
        "columns": {"run_id": str, "year": int, "actor_id": str, "from_url": str, "to_url": str},
    },
    "evidence": {
        "pk": "evidence_id",
        "columns": {
            "evidence_id": str, "page_id": str, "run_id": str, "year": int, "actor_id": str, "service_id": str,
            "variable": str, "value": str, "snippet": str, "locator": str, "rule": str, "url": str,
            "fetched_at": str,
        },
    },
    "services": {
        "pk": "service_id",
        "columns": {
            "service_id": str, "year": int, "actor_id": str, "service_key": str, "name": str, "url": str,
            "huvudman": str, "sektor": str, "lan_code": str, "pages": JSON, "referrals": JSON,
            "contact_channels": JSON, "catchment_codes": JSON, "catchment_source": str,
            **{k: MATRIX_COLUMNS[k] for k in SERVICE_IDS}, "run_id": str, "extractor_version": str,
        },
    },
    "actor_years": {
        "pk": ("actor_id", "year"),
        "columns": {
            "actor_id": str, "year": int, "run_id": str, "name": str, "sektor": str, "lan_code": str,
            "relevant_pages": int, "services": int,
            "exposure_groups": JSON, "gender_groups": JSON, "vulnerable_groups": JSON,
            **{k: MATRIX_COLUMNS[k] for k in SITE_WIDE_IDS}, "extractor_version": str,
        },
    },
    "changes": {
        "pk": "change_id",
        "columns": {
            "change_id": str, "from_year": int, "to_year": int, "actor_id": str, "kind": str, "service": str,
            "variable": str, "value": str, "from_service_id": str, "to_service_id": str, "from_url": str,
            "to_url": str,
        },
    },
    "kommuner": {
        "pk": "kommunkod",
        "columns": {"kommunkod": str, "name": str, "lan_code": str},
    },
    "variabler": {
        "pk": "variable",
        "columns": {"variable": str, "kind": str, "label_sv": str, "description_sv": str, "site_wide": int},
    },
    "kategorier": {
        "pk": ("variable", "code"),
        "columns": {"variable": str, "code": str, "label_sv": str, "description_sv": str},
    },
}
INDEXES = {
    "pages": [["actor_id", "year"], ["url"], ["run_id"]],
    "evidence": [["actor_id", "year", "variable"], ["page_id"], ["service_id"]],
    "services": [["year", "actor_id"], ["service_key"]],
}
FTS = {"pages": ["title", "h1", "text"], "services": ["name"]}


def _json_list_has(column: str, code: str) -> str:
    return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = '{code}')"


VIEWS = {
    # the verksamhetsmatris: one row per service per year, with the actor's site features
    "matris": """
        SELECT s.year, a.lan_code, s.actor_id, a.name AS actor_name, s.sektor, s.huvudman, s.name AS service_name,
               s.url, s.exposure_groups, s.gender_groups, s.vulnerable_groups, s.catchment, s.phone_numbers,
               s.hotline_24h, s.opening_hours, ay.languages, ay.machine_translation, ay.easy_read,
               ay.sign_language, ay.text_to_speech, ay.quick_exit, ay.hide_visit_advice, s.service_id
        FROM services s JOIN actors a ON a.actor_id = s.actor_id
        LEFT JOIN actor_years ay ON ay.actor_id = s.actor_id AND ay.year = s.year
    """,
    # Tabell 9 and 10 of the Jönköping report: municipalities whose website names each group
    "kommuner_per_malgrupp": """
        SELECT ay.year, ay.lan_code, k.variable, k.code, k.label_sv,
               SUM(EXISTS (SELECT 1 FROM json_each(CASE k.variable WHEN 'exposure_groups' THEN ay.exposure_groups
                                                                   ELSE ay.gender_groups END)
                           WHERE value = k.code)) AS kommuner,
               COUNT(*) AS av_kommuner
        FROM actor_years ay JOIN kategorier k ON k.variable IN ('exposure_groups', 'gender_groups')
        WHERE ay.sektor = 'kommun'
        GROUP BY ay.year, ay.lan_code, k.variable, k.code
    """,
    # the Stockholm figures: services by exposure
    "tjanster_per_utsatthet": """
        SELECT s.year, s.lan_code, s.sektor, k.code AS exposure, k.label_sv, COUNT(*) AS tjanster
        FROM services s JOIN kategorier k ON k.variable = 'exposure_groups'
        WHERE EXISTS (SELECT 1 FROM json_each(s.exposure_groups) WHERE value = k.code)
        GROUP BY s.year, s.lan_code, s.sektor, k.code
    """,
}


def ensure_schema(db: sqlite_utils.Database, fts: bool = True) -> None:
    """Create every table, index, FTS index and view that is missing (``fts=False``: no full-text index)."""
    db.execute("PRAGMA foreign_keys = ON")
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], not_null=None)
        else:
            existing = set(table.columns_dict)
            for col, typ in spec["columns"].items():
                if col not in existing:
                    table.add_column(col, typ)
    for name, columns in INDEXES.items():
        for cols in columns:
            db[name].create_index(cols, if_not_exists=True)
    for name, cols in FTS.items() if fts else ():
        if not db[name].detect_fts():
            db[name].enable_fts(cols, create_triggers=True, tokenize="unicode61 remove_diacritics 0")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
    with db.conn:
        db["variabler"].upsert_all(
            [{"variable": v.id, "kind": v.kind, "label_sv": v.label_sv, "description_sv": v.description_sv,
              "site_wide": int(v.site_wide)} for v in VARIABLES],
            pk="variable",
        )
        db["kategorier"].upsert_all(all_categories(), pk=("variable", "code"))


def column_docs() -> dict[str, dict[str, str]]:
    """Swedish descriptions of every column, for Datasette's metadata."""
    docs = {t: dict(COMMON_DOCS) for t in TABLES}
    for table, cols in TABLE_DOCS.items():
        docs.setdefault(table, {}).update(cols)
    for v in BY_ID.values():
        for table in ("services", "actor_years"):
            if v.id in TABLES[table]["columns"]:
                docs[table][v.id] = f"{v.label_sv}: {v.description_sv}"
    return {t: {c: d for c, d in cols.items() if c in TABLES[t]["columns"]} for t, cols in docs.items()}


COMMON_DOCS = {
    "actor_id": "Aktörens id i källregistret (stabilt mellan år).",
    "run_id": "Id för den insamling (crawl) som värdet kommer från.",
    "year": "Året som kartläggningen avser.",
    "lan_code": "Länskod (SCB), t.ex. 06 för Jönköpings län; 99 är det fiktiva Demolän.",
    "sektor": "Huvudmannens sektor: kommun, kommungemensam, region, ideburen eller statlig.",
    "huvudman": "Organisationen som driver verksamheten.",
    "name": "Namn.",
    "url": "Webbadress.",
    "page_id": "Sidans id (hash av insamling och adress).",
    "extractor_version": "Version av vmatris extraktorer som tog fram värdet.",
    "fetched_at": "När sidan hämtades (UTC, ISO 8601).",
}
TABLE_DOCS: dict[str, dict[str, str]] = {
    "actors": {
        "name": "Aktörens namn.", "kommunkoder": "Kommunkoder som aktören täcker (JSON-lista).",
        "website": "Webbplatsens startadress.", "start_urls": "Adresser där insamlingen börjar (JSON-lista).",
        "allowed_domains": "Domäner som insamlingen får besöka (JSON-lista).",
        "spider": "Vilken spindel som samlar in webbplatsen: kommun, region eller jour.",
        "notes": "Anteckningar.", "registry": "Källregistrets fil.",
    },
    "crawl_runs": {
        "registry": "Källregistrets fil.", "started_at": "Start (UTC).", "finished_at": "Slut (UTC).",
        "status": "finished, failed eller interrupted.", "pages": "Antal hämtade sidor.",
        "relevant_pages": "Sidor som handlar om våld och stöd.", "errors": "Antal fel.",
        "bytes": "Storlek på de lagrade sidorna i byte.",
        "downloaded_bytes": "Byte som faktiskt hämtades över nätet (en oförändrad sida kostar bara ett 304-svar).",
        "cached_pages": "Sidor som servern bekräftade oförändrade (304) och som togs från cachen.",
        "settings": "Inställningar för insamlingen (JSON).",
        "summary": "Sammanfattning av insamlingen.",
    },
    "crawl_sites": {
        "outcome": "Utfall för webbplatsen: ok, empty, failed, robots_refused.", "pages": "Hämtade sidor.",
        "relevant_pages": "Relevanta sidor.", "errors": "Antal fel.",
        "errors_by_kind": "Fel per slag (JSON).", "robots_refused": "Sidor som robots.txt inte tillät.",
        "bytes": "Nedladdade byte.", "message": "Meddelande.",
    },
    "pages": {
        "final_url": "Adress efter omdirigeringar.", "status": "HTTP-status.", "depth": "Länkdjup från start.",
        "referer_url": "Sidan som länkade hit.", "content_type": "Content-Type.",
        "headers": "Relevanta HTTP-huvuden (JSON).", "title": "Sidans titel.", "h1": "Sidans huvudrubrik.",
        "lang": "Sidans språk enligt <html lang>.", "content_hash": "SHA-256 av innehållet.",
        "bytes": "Storlek i byte.", "relevance": "Hur mycket sidan handlar om våld och stöd (0–1).",
        "findings": "Alla variabelvärden som hittades på sidan (JSON).", "text": "Sidans synliga text.",
    },
    "page_html": {"html": "Sidans arkiverade HTML, som den hämtades."},
    "fetch_errors": {"kind": "Slag av fel: dns, refused, timeout, http_4xx, http_5xx, robots, too_large, other.",
                     "status": "HTTP-status, om servern svarade.", "message": "Felmeddelandet."},
    "redirects": {"from_url": "Adressen som begärdes.", "to_url": "Adressen som servern skickade vidare till."},
    "evidence": {
        "evidence_id": "Beläggets id.", "service_id": "Verksamheten som belägget hör till.",
        "variable": "Variabel (se tabellen variabler).", "value": "Värdet (kod, språk, nummer eller true).",
        "snippet": "Textutdrag eller HTML som visar värdet.", "locator": "Var på sidan (selektor).",
        "rule": "Regeln som gav värdet.",
    },
    "services": {
        "service_id": "Verksamhetens id för året.", "service_key": "Nyckel som följer verksamheten mellan år.",
        "name": "Verksamhetens namn enligt webbplatsen.", "url": "Verksamhetens huvudsida.",
        "pages": "Sidor som beskriver verksamheten (JSON).",
        "referrals": "Utsatthet som sidan bara hänvisar vidare för (JSON).",
        "contact_channels": "Chatt och e-post (JSON).", "catchment_codes": "Upptagningsområdets kommunkoder.",
        "catchment_source": "Var upptagningsområdet kommer ifrån: 'sidan' (verksamhetens webbsida anger det) "
        "eller 'registret' (sidan anger inget; kommunens egen verksamhet antas täcka kommunerna i källregistret).",
    },
    "actor_years": {
        "relevant_pages": "Antal relevanta sidor.", "services": "Antal verksamheter.",
        "exposure_groups": "Utsatthet som någon av aktörens verksamheter vänder sig till (JSON).",
        "gender_groups": "Kön och ålder som någon av aktörens verksamheter vänder sig till (JSON).",
        "vulnerable_groups": "Särskilt sårbara grupper som nämns (JSON).",
    },
    "changes": {
        "change_id": "Ändringens id.", "from_year": "Från år.", "to_year": "Till år.",
        "kind": "Slag: service_added, service_closed, service_moved, value_gained, value_lost, feature_gained, "
                "feature_lost.",
        "service": "Verksamhetens namn.", "variable": "Variabeln som ändrades.", "value": "Värdet som kom till "
        "eller försvann.", "from_service_id": "Verksamheten det första året.",
        "to_service_id": "Verksamheten det andra året.", "from_url": "Belägg det första året.",
        "to_url": "Belägg det andra året.",
    },
    "kommuner": {"kommunkod": "Kommunkod (SCB); 99xx är Demoläns fiktiva kommuner.", "name": "Kommunens namn.",
                 "lan_code": "Länskod."},
    "variabler": {"variable": "Variabelns id.", "kind": "Typ: list, bool eller struct.",
                  "label_sv": "Namn.", "description_sv": "Beskrivning.", "site_wide": "1 = gäller hela webbplatsen."},
    "kategorier": {"variable": "Variabel.", "code": "Kod.", "label_sv": "Namn.", "description_sv": "Förklaring."},
}
