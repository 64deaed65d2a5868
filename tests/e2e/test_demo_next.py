"""The whole pipeline on the richer demo web (data/demo-web-next): crawl both years, compare with its truth.

`vmatris demo --no-serve --web data/demo-web-next` serves data/demo-web-next/<year>/ on 127.0.0.1, crawls it
with the real spiders using that folder's registry (demo.csv, demo.kommuner.csv) and builds the database.
About 30 pages a municipal site, hubs that list services, services with sub-pages about one aspect, and
services on a site's start page: each site-year's truth file says what a careful human coder would record.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from tests.conftest import ROOT, run_cli
from tests.e2e.truth import load, service_mismatches, site_mismatches

WEB = ROOT / "data" / "demo-web-next"
TRUTH = sorted((WEB / "truth").glob("*/*.json"))


@pytest.fixture(scope="session")
def next_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo-next") / "vmatris.db"
    proc = run_cli("demo", "--no-serve", "--web", str(WEB), "--db", str(db), timeout=900)
    assert "Built" in proc.stdout
    return db


def test_truth_covers_every_actor_and_year() -> None:
    registry = {line.split(",")[0] for line in (WEB / "demo.csv").read_text().splitlines()[1:] if line}
    for year in (2025, 2026):
        assert {p.stem for p in TRUTH if p.parent.name == str(year)} == registry


def test_both_years_built(next_db: Path) -> None:
    db = sqlite_utils.Database(next_db)
    assert {r["year"] for r in db.query("SELECT DISTINCT year FROM actor_years")} == {2025, 2026}
    assert all(r["status"] == "finished" for r in db["crawl_runs"].rows)
    assert db["services"].count == sum(len(load(p)["services"]) for p in TRUTH)


@pytest.mark.parametrize("truth_file", TRUTH, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_site_features_match_truth(next_db: Path, truth_file: Path) -> None:
    wrong = site_mismatches(next_db, truth_file)
    assert not wrong, f"(found, truth): {wrong}"


@pytest.mark.parametrize("truth_file", TRUTH, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_services_match_truth(next_db: Path, truth_file: Path) -> None:
    wrong = service_mismatches(next_db, truth_file)
    assert not wrong, f"(found, truth): {wrong}"


def test_changes_match_truth(next_db: Path) -> None:
    truth = json.loads((WEB / "truth" / "changes.json").read_text(encoding="utf-8"))
    db = sqlite_utils.Database(next_db)
    stored = list(db["changes"].rows_where("from_year = ? AND to_year = ?", [truth["from"], truth["to"]]))
    for change in truth["changes"]:
        if change["kind"] == "pages_moved":
            moved = [c for c in stored if c["actor_id"] == change["actor_id"]]
            assert not any(c["kind"] in ("service_added", "service_closed") for c in moved), moved
            assert any(c["kind"] == "service_moved" for c in moved)
            continue
        match = [c for c in stored if c["kind"] == change["kind"] and c["actor_id"] == change["actor_id"]
                 and (change.get("value") is None or c["value"] == change["value"])
                 and (change.get("variable") is None or c["variable"] == change["variable"])]
        assert match, f"change not found: {change}"
    closed_added = [c for c in stored if c["kind"] in ("service_added", "service_closed")]
    expected = [c for c in truth["changes"] if c["kind"] in ("service_added", "service_closed")]
    assert len(closed_added) == len(expected), closed_added
