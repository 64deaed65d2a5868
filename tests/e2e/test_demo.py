"""The whole pipeline on the bundled demo web: crawl both years over HTTP, compare with the ground truth.

`vmatris demo --no-serve` serves data/demo-web/<year>/ on 127.0.0.1, crawls it with the real spiders,
builds the database; each site-year's truth file says what a careful human coder would record.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from tests.conftest import ROOT, run_cli
from tests.e2e.truth import load, service_mismatches, site_mismatches

DEMO = ROOT / "data" / "demo-web"
TRUTH = sorted((DEMO / "truth").glob("*/*.json"))
@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "vmatris.db"
    proc = run_cli("demo", "--no-serve", "--db", str(db), timeout=900)
    assert "Built" in proc.stdout
    return db


def test_truth_covers_every_actor_and_year() -> None:
    registry = {line.split(",")[0] for line in (ROOT / "data/sources/demo.csv").read_text().splitlines()[1:] if line}
    for year in (2025, 2026):
        assert {p.stem for p in TRUTH if p.parent.name == str(year)} == registry


def test_both_years_built(demo_db: Path) -> None:
    db = sqlite_utils.Database(demo_db)
    assert {r["year"] for r in db.query("SELECT DISTINCT year FROM actor_years")} == {2025, 2026}
    assert all(r["status"] == "finished" for r in db["crawl_runs"].rows)
    assert db["pages"].count > 50 and db["evidence"].count > 200


@pytest.mark.parametrize("truth_file", TRUTH, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_site_features_match_truth(demo_db: Path, truth_file: Path) -> None:
    wrong = site_mismatches(demo_db, truth_file)
    assert not wrong, f"(found, truth): {wrong}"


@pytest.mark.parametrize("truth_file", TRUTH, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_services_match_truth(demo_db: Path, truth_file: Path) -> None:
    wrong = service_mismatches(demo_db, truth_file)
    assert not wrong, f"(found, truth): {wrong}"


# hand counts from the ground truth (data/demo-web/README.md): six municipalities
HAND_TABELL_9 = {2025: {"Våld i nära relation": 6, "Våldsutövare": 1, "Hedersrelaterat våld": 2,
                        "Prostitution och människohandel": 1},
                 2026: {"Våld i nära relation": 6, "Våldsutövare": 2, "Hedersrelaterat våld": 2,
                        "Prostitution och människohandel": 1}}
HAND_TABELL_10 = {"Kvinnor/män": 4, "Flickor/pojkar": 1, "HBTQ": 2, "Könsneutral beskrivning – vuxna": 1}


def test_report_matches_hand_counts(demo_db: Path, tmp_path: Path) -> None:
    from matrix.report import build_report

    db = sqlite_utils.Database(demo_db)
    report = build_report(db, 2026, "99")
    t9, t10, services, features, changes = report["tables"]
    assert {r[0]: r[1] for r in t9.rows} == HAND_TABELL_9[2026]
    assert {r[0]: r[2] for r in t9.rows} == HAND_TABELL_9[2025]
    assert {r[0]: r[1] for r in t10.rows} == HAND_TABELL_10
    totals = {r[0]: r[-3] for r in services.rows}
    # services naming each exposure in 2026, counted from the truth files
    truth = [s for p in TRUTH if p.parent.name == "2026" for s in load(p)["services"]]
    for cat in ("Våld i nära relation", "Våldsutövare", "Sexuellt våld", "Barn som upplever våld"):
        code = {"Våld i nära relation": "nara_relation", "Våldsutövare": "valdsutovare",
                "Sexuellt våld": "sexuellt_vald", "Barn som upplever våld": "barn_som_upplever_vald"}[cat]
        assert totals[cat] == sum(code in s["exposure_groups"] for s in truth), cat
    sjobacka = next(r for r in features.rows if r[0] == "Sjöbacka kommun")
    assert sjobacka[2] == "ja" and "+snabb exit" in sjobacka[-1]
    assert sorted(r[1:] for r in changes.rows) == [["tillkommit", "För dig som utövar våld"],
                                                   ["upphört", "Samtalsgrupp för barn"]]
    run_cli("report", "--year", "2026", "--lan", "99", "--db", str(demo_db), "--out", str(tmp_path))
    page = (tmp_path / "verksamhetsmatris-2026-lan-99.html").read_text(encoding="utf-8")
    assert "Demolän" in page and page.count("<svg") == 3 and "<script" not in page and 'src="http' not in page


def test_reextract_from_archive_matches_live_crawl(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "vmatris.db"
    shutil.copy(demo_db, copy)
    shutil.copytree(demo_db.parent / "runs", tmp_path / "runs")
    db = sqlite_utils.Database(copy)
    cols = ("service_id, name, url, exposure_groups, gender_groups, vulnerable_groups, phone_numbers, hotline_24h, "
            "catchment")
    before = [tuple(r.values()) for r in db.query(f"SELECT {cols} FROM services ORDER BY service_id")]
    sites_before = [tuple(r.values()) for r in db.query("SELECT * FROM actor_years ORDER BY actor_id, year")]
    for (run_id,) in db.execute("SELECT run_id FROM crawl_runs ORDER BY year").fetchall():
        out = run_cli("reextract", "--run", run_id, "--db", str(copy)).stdout
        assert "0 from the run database" in out  # every page came from the WARC archive
    db = sqlite_utils.Database(copy)
    assert [tuple(r.values()) for r in db.query(f"SELECT {cols} FROM services ORDER BY service_id")] == before
    assert [tuple(r.values()) for r in db.query("SELECT * FROM actor_years ORDER BY actor_id, year")] == sites_before
