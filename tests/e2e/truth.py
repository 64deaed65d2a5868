"""Comparing a built database with a demo web's ground truth: one place for both demo webs' tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

SERVICE_VARS = ("exposure_groups", "gender_groups", "vulnerable_groups", "phone_numbers", "hotline_24h", "catchment")
SITE_VARS = ("quick_exit", "hide_visit_advice", "easy_read", "sign_language", "text_to_speech",
             "machine_translation", "languages")


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def norm(variable: str, value: object) -> object:
    """Booleans as booleans, lists (or their JSON) as sorted lists: the form both sides are compared in."""
    if variable == "hotline_24h" or variable in SITE_VARS[:-1]:
        return bool(value)
    return sorted(json.loads(value) if isinstance(value, str) else value or [])


def site_mismatches(db_path: Path, truth_file: Path) -> dict[str, tuple[object, object]]:
    """Site features that differ: variable -> (found, truth)."""
    truth = load(truth_file)
    row = sqlite_utils.Database(db_path)["actor_years"].get((truth["actor_id"], truth["year"]))
    return {v: (norm(v, row[v]), norm(v, truth["site"][v])) for v in SITE_VARS
            if v in truth["site"] and norm(v, row[v]) != norm(v, truth["site"][v])}


def service_mismatches(db_path: Path, truth_file: Path) -> dict[str, tuple[object, object]]:
    """Services that differ: "name.variable" -> (found, truth); asserts first that the same services exist."""
    truth = load(truth_file)
    db = sqlite_utils.Database(db_path)
    found = {r["url"]: r for r in db["services"].rows_where("actor_id = ? AND year = ?",
                                                             [truth["actor_id"], truth["year"]])}
    expected = {s["url"]: s for s in truth["services"]}
    assert set(found) == set(expected), f"services found {sorted(found)} != truth {sorted(expected)}"
    return {f"{service['name']}.{v}": (norm(v, found[url][v]), norm(v, service[v]))
            for url, service in expected.items() for v in SERVICE_VARS
            if v in service and norm(v, found[url][v]) != norm(v, service[v])}
