"""A real crawl over HTTP on 127.0.0.1 through Scrapy's downloader, into real SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from tests.conftest import MINIWEB, crawl_web


def test_crawl_run_is_recorded(miniweb_db: Path) -> None:
    db = sqlite_utils.Database(miniweb_db)
    (run,) = list(db["crawl_runs"].rows)
    assert run["year"] == 2025 and run["status"] == "finished"
    assert run["started_at"] <= run["finished_at"]
    assert run["registry"].endswith("testvik.csv")
    sites = {r["actor_id"]: r for r in db["crawl_sites"].rows}
    assert set(sites) == {"kommun_9990_testvik", "jour_kvinnojouren_testvik"}
    kommun = sites["kommun_9990_testvik"]
    assert kommun["outcome"] == "ok"
    # the start page, the service page and its sub-page; the broken "Lättläst" link is a 404
    assert kommun["pages"] == 3
    assert json.loads(kommun["errors_by_kind"]) == {"http_4xx": 1}
    assert run["pages"] == sum(s["pages"] for s in sites.values())


def test_focused_crawl_skips_irrelevant_pages(miniweb_db: Path) -> None:
    db = sqlite_utils.Database(miniweb_db)
    urls = {r["final_url"] for r in db["pages"].rows}
    assert "http://www.testvik.se.test/omsorg/vald/stod-till-valdsutsatta.html" in urls
    assert not any("bygga-och-bo" in u or "skola" in u for u in urls)


def test_page_items_carry_what_the_contract_says(miniweb_db: Path) -> None:
    db = sqlite_utils.Database(miniweb_db)
    page = db.execute(
        "SELECT * FROM pages WHERE final_url LIKE '%stod-till-valdsutsatta.html'").fetchone()
    row = dict(zip([d[0] for d in db.execute("SELECT * FROM pages LIMIT 0").description], page, strict=True))
    assert row["status"] == 200 and row["lang"] == "sv" and row["title"].startswith("Stöd till våldsutsatta")
    assert len(row["content_hash"]) == 64
    assert "text/html" in json.loads(row["headers"])["content-type"]
    assert "Socialtjänsten erbjuder stöd" in row["text"]
    html = db["page_html"].get(row["page_id"])["html"]
    assert "<h1>Stöd till våldsutsatta</h1>" in html


def test_evidence_and_services(miniweb_db: Path) -> None:
    db = sqlite_utils.Database(miniweb_db)
    services = {r["name"]: r for r in db["services"].rows}
    assert set(services) == {"Stöd till våldsutsatta", "Stöd till dig som utövar våld", "Kvinnojouren Testvik"}
    main = services["Stöd till våldsutsatta"]
    assert json.loads(main["exposure_groups"]) == ["nara_relation"]
    assert "heder" in json.loads(main["referrals"])  # "Kontakta Origo" is a referral, not a target group
    assert json.loads(main["phone_numbers"]) == ["+46980123456"]
    assert json.loads(main["catchment"]) == ["Testvik"] and json.loads(main["catchment_codes"]) == ["9990"]
    jour = services["Kvinnojouren Testvik"]
    assert jour["hotline_24h"] == 1
    ev = list(db.query("SELECT * FROM evidence WHERE variable = 'quick_exit' AND actor_id = 'kommun_9990_testvik'"))
    assert ev and ev[0]["url"].endswith("stod-till-valdsutsatta.html") and "Lämna sidan snabbt" in ev[0]["snippet"]
    assert all(e["service_id"] for e in db.query("SELECT service_id FROM evidence WHERE variable = 'phone_numbers'"))


def test_recrawl_of_same_year_replaces_and_other_years_stay(tmp_path: Path) -> None:
    db_path = tmp_path / "v.db"
    registry = MINIWEB / "testvik.csv"
    crawl_web(MINIWEB, 2025, registry, db_path)
    # the same pages charted as another year: both years kept, counts equal
    import shutil

    web = tmp_path / "web"
    shutil.copytree(MINIWEB / "2025", web / "2026")
    crawl_web(web, 2026, registry, db_path)
    db = sqlite_utils.Database(db_path)
    before = {r["year"]: r["n"] for r in db.query("SELECT year, count(*) n FROM pages GROUP BY year")}
    first_2025 = sorted(r["service_id"] for r in db.query("SELECT service_id FROM services WHERE year = 2025"))
    crawl_web(web, 2026, registry, db_path)
    db = sqlite_utils.Database(db_path)
    after = {r["year"]: r["n"] for r in db.query("SELECT year, count(*) n FROM pages GROUP BY year")}
    assert before == after and set(after) == {2025, 2026}
    assert sorted(r["service_id"] for r in db.query("SELECT service_id FROM services WHERE year = 2025")) == first_2025
    assert db["crawl_runs"].count == 3


def test_two_actors_sharing_a_page_each_get_it(tmp_path: Path) -> None:
    """A joint service presented on a member's site: both actors fetch and keep the shared page."""
    registry = tmp_path / "shared.csv"
    rows = (MINIWEB / "testvik.csv").read_text(encoding="utf-8").splitlines()
    shared = rows[2].replace("jour_kvinnojouren_testvik", "kommungemensam_delad")
    shared = shared.replace(",ideburen,", ",kommungemensam,")
    registry.write_text("\n".join([*rows, shared]) + "\n", encoding="utf-8")
    (tmp_path / "shared.kommuner.csv").write_text((MINIWEB / "testvik.kommuner.csv").read_text(), encoding="utf-8")
    db_path = tmp_path / "v.db"
    crawl_web(MINIWEB, 2025, registry, db_path)
    db = sqlite_utils.Database(db_path)
    owners = [r["actor_id"] for r in db.query("SELECT actor_id FROM pages WHERE final_url = 'http://jouren.test/'")]
    assert sorted(owners) == ["jour_kvinnojouren_testvik", "kommungemensam_delad"]
    assert {r["actor_id"] for r in db["services"].rows} >= {"jour_kvinnojouren_testvik", "kommungemensam_delad"}


def test_recrawl_of_unchanged_web_downloads_almost_nothing(tmp_path: Path) -> None:
    """Conditional requests: the second crawl gets 304s, yet every page is recorded as seen in that run."""
    from tests.conftest import ROOT

    demo = ROOT / "data" / "demo-web"
    registry = ROOT / "data" / "sources" / "demo.csv"
    db_path = tmp_path / "v.db"
    crawl_web(demo, 2025, registry, db_path)
    crawl_web(demo, 2025, registry, db_path)
    db = sqlite_utils.Database(db_path)
    first, second = list(db.query("SELECT * FROM crawl_runs ORDER BY started_at"))
    assert first["pages"] == second["pages"] > 50
    assert second["cached_pages"] >= second["pages"] - 2  # all but pages that cannot be cached
    ratio = second["downloaded_bytes"] / first["downloaded_bytes"]
    assert ratio < 0.1, (first["downloaded_bytes"], second["downloaded_bytes"])
    assert db["pages"].count_where("run_id = ?", [second["run_id"]]) == second["pages"]
