"""Datasette for vmatris: metadata assembled from one source, and the serve command."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

from matrix.schema import column_docs

ROOT = Path(__file__).resolve().parent.parent
DATASETTE_DIR = ROOT / "datasette"
SETTINGS = {"sql_time_limit_ms": 1500, "max_returned_rows": 2000, "facet_time_limit_ms": 500,
            "allow_download": 1, "default_page_size": 50, "allow_csv_stream": 1}


def metadata(db_name: str = "vmatris") -> dict[str, Any]:
    """``datasette/metadata.yml`` with every column's description filled in from ``matrix.schema``."""
    meta = yaml.safe_load((DATASETTE_DIR / "metadata.yml").read_text(encoding="utf-8"))
    databases = meta.setdefault("databases", {})
    template = databases.pop("vmatris", {})
    db = databases.setdefault(db_name, template)
    tables = db.setdefault("tables", {})
    for table, cols in column_docs().items():
        tables.setdefault(table, {}).setdefault("columns", {}).update(
            {c: d for c, d in cols.items() if c not in tables[table].get("columns", {})})
    return meta


def write_metadata(db_path: Path) -> Path:
    out = db_path.parent / "metadata.json"
    out.write_text(json.dumps(metadata(db_path.stem), ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def datasette_command(db_path: Path, port: int, host: str) -> list[str]:
    """The ``datasette serve`` command line for a built database."""
    meta = write_metadata(db_path)
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
