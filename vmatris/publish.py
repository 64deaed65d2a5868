"""Datasette for vmatris: metadata assembled from one source, and the serve command.

The instance is read-only by construction: the database is opened immutable
(``-i``), no plugin writes, no canned query is writable, and SETTINGS bound
every query's time and rows.  Plugin configuration (the quick-exit target,
robots rules for the evidence pages) is filled in here so it follows the
database's name.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from matrix.schema import column_docs

ROOT = Path(__file__).resolve().parent.parent
DATASETTE_DIR = ROOT / "datasette"
SETTINGS = {"sql_time_limit_ms": 1500, "max_returned_rows": 2000, "facet_time_limit_ms": 500,
            "allow_download": 1, "default_page_size": 50, "allow_csv_stream": 1}
DEFAULT_QUICK_EXIT_URL = "https://www.google.se/"
# the pages that quote third parties' websites at length stay out of search engines
NOINDEX_TABLES = ("evidence", "page_html", "pages", "pages_fts")


def metadata(db_name: str = "vmatris", *, quick_exit_url: str | None = None) -> dict[str, Any]:
    """``datasette/metadata.yml`` with every column's description filled in from ``matrix.schema``.

    ``quick_exit_url`` (else ``$VMATRIS_QUICK_EXIT_URL``, else a search engine) is where the quick
    exit goes; tests point it at a page on 127.0.0.1.
    """
    meta = yaml.safe_load((DATASETTE_DIR / "metadata.yml").read_text(encoding="utf-8"))
    plugins = meta.setdefault("plugins", {})
    plugins.setdefault("vmatris", {})["quick_exit_url"] = (
        quick_exit_url or os.environ.get("VMATRIS_QUICK_EXIT_URL") or DEFAULT_QUICK_EXIT_URL)
    plugins["datasette-block-robots"] = {"disallow": [f"/{db_name}/{t}" for t in NOINDEX_TABLES]
                                         + ["/arkiv/", "/aktor/"]}
    databases = meta.setdefault("databases", {})
    template = databases.pop("vmatris", {})
    db = databases.setdefault(db_name, template)
    tables = db.setdefault("tables", {})
    for table, cols in column_docs().items():
        tables.setdefault(table, {}).setdefault("columns", {}).update(
            {c: d for c, d in cols.items() if c not in tables[table].get("columns", {})})
    return meta


def write_metadata(db_path: Path, *, quick_exit_url: str | None = None) -> Path:
    """Write the assembled metadata next to the database, for ``datasette --metadata``."""
    out = db_path.parent / "metadata.json"
    out.write_text(json.dumps(metadata(db_path.stem, quick_exit_url=quick_exit_url), ensure_ascii=False, indent=2),
                   encoding="utf-8")
    return out


def datasette_command(db_path: Path, port: int, host: str, *, quick_exit_url: str | None = None) -> list[str]:
    """The ``datasette serve`` command line for a built database."""
    meta = write_metadata(db_path, quick_exit_url=quick_exit_url)
    cmd = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "--metadata", str(meta),
           "--host", host, "--port", str(port)]
    if (DATASETTE_DIR / "templates").is_dir():
        cmd += ["--template-dir", str(DATASETTE_DIR / "templates")]
    if (DATASETTE_DIR / "plugins").is_dir():
        cmd += ["--plugins-dir", str(DATASETTE_DIR / "plugins")]
    if (DATASETTE_DIR / "static").is_dir():
        cmd += ["--static", f"static:{DATASETTE_DIR / 'static'}"]
    for key, value in SETTINGS.items():
        cmd += ["--setting", key, str(value)]
    return cmd
