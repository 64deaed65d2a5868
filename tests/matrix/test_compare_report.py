"""Year over year on the mini web: changes found, moved pages not reported as closed + new, report figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from matrix import compare
from matrix.report import build_report
from tests.conftest import MINIWEB, crawl_web, run_cli


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("years") / "vmatris.db"
    for year in (2025, 2026):
        crawl_web(MINIWEB, year, MINIWEB / "testvik.csv", db)
    return db


def kinds(changes: list[compare.Change]) -> set[tuple]:
    return {(c.kind, c.actor_id, c.service, c.variable, c.value) for c in changes if c.kind != "service_moved"}


def test_changes_between_years(two_years: Path) -> None:
    db = sqlite_utils.Database(two_years)
    changes = compare.compare(db, 2025, 2026)
    found = kinds(changes)
    assert ("service_closed", "kommun_9990_testvik", "Stöd till dig som utövar våld", None, None) in found
    assert ("service_added", "jour_kvinnojouren_testvik", "Chatt för tjejer", None, None) in found
    assert ("value_gained", "kommun_9990_testvik", "Stöd vid våld i nära relation", "exposure_groups",
            "heder") in found
    assert ("feature_gained", "kommun_9990_testvik", None, "languages", "en") in found
    # the moved and renamed page is one service that moved, not a closed one plus a new one
    assert not any(c.kind in ("service_added", "service_closed") and c.actor_id == "kommun_9990_testvik"
                   and c.service in ("Stöd till våldsutsatta", "Stöd vid våld i nära relation") for c in changes)
    moved = [c for c in changes if c.kind == "service_moved"]
    assert [(c.from_url, c.to_url) for c in moved] == [
        ("http://www.testvik.se.test/omsorg/vald/stod-till-valdsutsatta.html",
         "http://www.testvik.se.test/stod/vald/stod-vid-vald.html")]


def test_changes_are_stored_at_build(two_years: Path) -> None:
    db = sqlite_utils.Database(two_years)
    stored = {(r["kind"], r["service"]) for r in db["changes"].rows_where("from_year = 2025 AND to_year = 2026")}
    assert ("service_added", "Chatt för tjejer") in stored
    assert len(stored) >= 4


def test_compare_cli_prints_tables(two_years: Path) -> None:
    out = run_cli("compare", "--from", "2025", "--to", "2026", "--db", str(two_years)).stdout
    assert "Services added and closed" in out and "+ jour_kvinnojouren_testvik" in out
    bad = run_cli("compare", "--from", "2019", "--to", "2026", "--db", str(two_years), check=False)
    assert bad.returncode == 1 and "no services for 2019" in bad.stderr and "Traceback" not in bad.stderr


def test_report_tables_match_hand_counts(two_years: Path, tmp_path: Path) -> None:
    db = sqlite_utils.Database(two_years)
    report = build_report(db, 2026)
    t9 = {r[0]: r[1:] for r in report["tables"][0].rows}
    # one municipality; it names våld i nära relation both years and gains heder in 2026
    assert t9["Våld i nära relation"] == [1, 1, "±0"]
    assert t9["Hedersrelaterat våld"] == [1, 0, "+1"]
    assert t9["Våldsutövare"] == [0, 1, "-1"]
    exp = {r[0]: r for r in report["tables"][2].rows}
    assert exp["Sexuellt våld"][-3:] == [1, 0, "+1"]  # the new chat names sexuella övergrepp
    out = run_cli("report", "--year", "2026", "--db", str(two_years), "--out", str(tmp_path)).stdout
    html = (tmp_path / "verksamhetsmatris-2026.html").read_text(encoding="utf-8")
    assert "<svg" in html and "http" not in html.split("<body>")[1].replace("http://www.w3.org/2000/svg", "")
    assert (tmp_path / "verksamhetsmatris-2026-tabell_9.csv").read_text(encoding="utf-8-sig").startswith(
        "Nämnd målgrupp på webbplats;")
    assert "Wrote:" in out


def test_reextract_from_archive_gives_the_same_matrix(two_years: Path) -> None:
    db = sqlite_utils.Database(two_years)
    before = [dict(r) for r in db.query("SELECT * FROM services WHERE year = 2025 ORDER BY service_id")]
    run_id = db.execute("SELECT run_id FROM crawl_runs WHERE year = 2025").fetchone()[0]
    out = run_cli("reextract", "--run", run_id, "--db", str(two_years)).stdout
    assert "pages from the WARC archive, 0 from the run database" in out
    db = sqlite_utils.Database(two_years)
    after = [dict(r) for r in db.query("SELECT * FROM services WHERE year = 2025 ORDER BY service_id")]
    assert after == before
    assert json.loads(after[0]["pages"])
