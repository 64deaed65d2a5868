"""Researchers: every table and column described, codes explained, canned queries, JSON, CSV, download."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import httpx
import pytest

from matrix.schema import TABLES, VIEWS
from vmatris.publish import metadata

QUERIES = {
    "tabell_9_utsatthet": ["ar", "lan", "kod", "malgrupp", "kommuner", "av_kommuner"],
    "tabell_10_kon_alder": ["ar", "lan", "kod", "malgrupp", "kommuner", "av_kommuner"],
    "verksamheter_per_utsatthet": ["ar", "lan", "utsatthet", "namn", "sektor", "verksamheter"],
    "verksamheter_per_utsatthet_totalt": ["ar", "lan", "utsatthet", "namn", "verksamheter"],
    "saknar_funktioner": ["ar", "lan", "actor_id", "aktor", "sektor", "snabb_exit", "lattlast", "andra_sprak",
                          "verksamheter"],
    "oppet_dygnet_runt": ["ar", "lan", "huvudman", "verksamhet", "telefon", "url"],
    "matris_for_ar": None,
}


def test_every_table_view_and_column_is_described() -> None:
    tables = metadata()["databases"]["vmatris"]["tables"]
    for table, spec in TABLES.items():
        assert tables[table].get("title") and tables[table].get("description"), table
        for column in spec["columns"]:
            assert tables[table]["columns"].get(column), f"{table}.{column}"
    for view in VIEWS:
        assert tables[view].get("description"), view


def test_quick_exit_url_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert metadata()["plugins"]["vmatris"]["quick_exit_url"].startswith("https://")
    monkeypatch.setenv("VMATRIS_QUICK_EXIT_URL", "https://www.smhi.se/")
    assert metadata()["plugins"]["vmatris"]["quick_exit_url"] == "https://www.smhi.se/"
    assert metadata(quick_exit_url="http://127.0.0.1:1/")["plugins"]["vmatris"]["quick_exit_url"] == \
        "http://127.0.0.1:1/"


def test_kategorier_explains_every_code(server: str) -> None:
    rows = httpx.get(f"{server}/vmatris/kategorier.json", params={"_shape": "array", "_size": "max"}).json()
    codes = {(r["variable"], r["code"]) for r in rows}
    assert ("exposure_groups", "heder") in codes and ("sektor", "ideburen") in codes
    assert all(r["label_sv"] for r in rows)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_query_json_and_csv(server: str, name: str) -> None:
    response = httpx.get(f"{server}/vmatris/{name}.json", params={"ar": "2026", "lan": "99", "_shape": "objects"})
    assert response.status_code == 200, response.text
    data = response.json()
    if QUERIES[name]:
        assert data["columns"] == QUERIES[name]
    assert data["rows"], name
    assert all(r.get("ar", r.get("year")) == 2026 for r in data["rows"])
    csv_response = httpx.get(f"{server}/vmatris/{name}.csv", params={"ar": "2026", "lan": "99", "_dl": "1"})
    assert csv_response.status_code == 200
    assert "attachment" in csv_response.headers["content-disposition"]
    assert len(list(csv.reader(io.StringIO(csv_response.text)))) == len(data["rows"]) + 1
    page = httpx.get(f"{server}/vmatris/{name}")
    assert page.status_code == 200 and 'id="snabbexit"' in page.text


def test_tabell_9_counts_municipalities(server: str) -> None:
    rows = httpx.get(f"{server}/vmatris/tabell_9_utsatthet.json",
                     params={"ar": "2026", "lan": "99", "_shape": "array"}).json()
    by_code = {r["kod"]: r for r in rows}
    assert by_code["nara_relation"]["kommuner"] == 2 and by_code["nara_relation"]["av_kommuner"] == 2
    assert by_code["barn_som_upplever_vald"]["kommuner"] == 1
    assert by_code["heder"]["kommuner"] == 0


def test_empty_parameters_mean_all_years(server: str) -> None:
    rows = httpx.get(f"{server}/vmatris/saknar_funktioner.json", params={"_shape": "array"}).json()
    assert {r["ar"] for r in rows} == {2025, 2026}
    names = {(r["ar"], r["aktor"]): r for r in rows}
    assert names[(2025, "Söderås kommun")]["lattlast"] == "saknas"
    assert names[(2026, "Söderås kommun")]["lattlast"] == "finns"
    assert names[(2026, "Kvinnojouren Norrby")]["snabb_exit"] == "saknas"


def test_tables_as_json_and_csv_with_stable_urls(server: str) -> None:
    for table in ("actors", "services", "actor_years", "evidence", "matris", "kommuner_per_malgrupp"):
        assert httpx.get(f"{server}/vmatris/{table}.json").status_code == 200, table
        assert httpx.get(f"{server}/vmatris/{table}.csv", params={"_stream": "1"}).status_code == 200, table


def test_database_is_downloadable(server: str, test_db: Path, tmp_path: Path) -> None:
    response = httpx.get(f"{server}/vmatris.db")
    assert response.status_code == 200
    copy = tmp_path / "copy.db"
    copy.write_bytes(response.content)
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM services").fetchone()[0] == \
        sqlite3.connect(test_db).execute("SELECT count(*) FROM services").fetchone()[0]


def test_about_page_explains_method_and_citation(server: str) -> None:
    html = httpx.get(f"{server}/om-data").text
    assert "Så citerar du" in html and "belägg" in html and "/vmatris.db" in html
    assert '<html lang="sv">' in html
