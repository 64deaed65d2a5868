"""Safe to publish: read-only, bounded queries, no cookies, strict headers, robots, defused archive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
import yaml

from tests.conftest import ROOT
from vmatris.publish import SETTINGS, datasette_command

PATHOLOGICAL = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
                "SELECT count(*) FROM c")


@pytest.mark.parametrize("sql", [
    "INSERT INTO actors (actor_id) VALUES ('x')",
    "UPDATE actors SET name = 'x'",
    "DELETE FROM evidence",
    "DROP TABLE actors",
    "ATTACH DATABASE '/tmp/x.db' AS x",
    "PRAGMA query_only = 0",
])
def test_sql_writes_are_refused(server: str, test_db: Path, sql: str) -> None:
    before = sqlite3.connect(test_db).execute("SELECT count(*) FROM actors").fetchone()[0]
    response = httpx.get(f"{server}/vmatris.json", params={"sql": sql})
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert sqlite3.connect(test_db).execute("SELECT count(*) FROM actors").fetchone()[0] == before


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_only_reading_methods(server: str, method: str) -> None:
    for path in ("/vmatris/tabell_9_utsatthet", "/vmatris/actors", "/hitta-stod", "/-/permissions"):
        response = httpx.request(method, server + path)
        assert response.status_code == 405, path
        assert "set-cookie" not in response.headers


def test_pathological_query_is_cut_off(server: str) -> None:
    response = httpx.get(f"{server}/vmatris.json", params={"sql": PATHOLOGICAL}, timeout=30)
    assert response.status_code == 400
    assert "SQL query took too long" in response.json()["error"]
    assert response.elapsed.total_seconds() < 10


def test_limits_are_set_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    sqlite3.connect(db).close()
    cmd = datasette_command(db, 8001, "127.0.0.1")
    assert "-i" in cmd  # immutable
    assert SETTINGS["sql_time_limit_ms"] <= 2000 and SETTINGS["max_returned_rows"] <= 5000
    for key in ("sql_time_limit_ms", "max_returned_rows"):
        assert cmd[cmd.index(key) + 1] == str(SETTINGS[key])


def test_versions_show_no_write_plugins(server: str) -> None:
    plugins = {p["name"] for p in httpx.get(f"{server}/-/plugins.json").json()}
    assert not {n for n in plugins if "write" in n or "insert" in n or "upload" in n or "edit" in n}
    assert "datasette-block-robots" in plugins


def test_no_canned_query_is_writable() -> None:
    queries = yaml.safe_load((ROOT / "datasette" / "metadata.yml").read_text())["databases"]["vmatris"]["queries"]
    assert queries
    for name, query in queries.items():
        assert not query.get("write"), name
        assert query["sql"].lstrip().upper().startswith(("SELECT", "WITH")), name
        assert query.get("title") and query.get("description"), name


@pytest.mark.parametrize("path", ["/", "/vmatris", "/vmatris/services", "/vmatris/matris.csv", "/vmatris.json",
                                  "/hitta-stod", "/aktor", "/om-data", "/static/vmatris.css", "/-/versions.json"])
def test_every_response_has_the_headers_and_no_cookie(server: str, path: str) -> None:
    response = httpx.get(server + path)
    assert response.status_code == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "set-cookie" not in response.headers


def test_robots_and_noindex_for_evidence_pages(server: str, test_db: Path) -> None:
    robots = httpx.get(f"{server}/robots.txt").text
    for path in ("/vmatris/evidence", "/vmatris/page_html", "/vmatris/pages", "/arkiv/"):
        assert f"Disallow: {path}" in robots
    assert "Disallow: /hitta-stod" not in robots and "Disallow: /\n" not in robots + "\n"
    page_id = sqlite3.connect(test_db).execute("SELECT page_id FROM page_html LIMIT 1").fetchone()[0]
    for path in ("/vmatris/evidence", "/vmatris/page_html", f"/arkiv/{page_id}", f"/arkiv/{page_id}/html",
                 "/aktor/kommun_9991_norrby/belagg"):
        assert "noindex" in httpx.get(server + path).headers.get("x-robots-tag", ""), path
    assert "x-robots-tag" not in httpx.get(f"{server}/hitta-stod").headers


def test_archived_html_is_sandboxed_and_defused(server: str, test_db: Path) -> None:
    conn = sqlite3.connect(test_db)
    page_id = conn.execute("SELECT page_id FROM pages WHERE url LIKE '%kvinnojouren.test%'").fetchone()[0]
    raw = httpx.get(f"{server}/arkiv/{page_id}/html")
    csp = raw.headers["content-security-policy"]
    assert csp.startswith("sandbox") and "default-src 'none'" in csp and "img-src 'none'" in csp
    assert raw.headers["x-frame-options"] == "SAMEORIGIN"
    assert "Kvinnojouren Norrby" in raw.text
    viewer = httpx.get(f"{server}/arkiv/{page_id}").text
    assert 'sandbox=""' in viewer and f'src="/arkiv/{page_id}/html"' in viewer
    assert "&lt;!DOCTYPE html&gt;" in viewer or "&lt;html" in viewer  # the source, escaped


def test_defuse_strips_everything_that_loads_or_navigates() -> None:
    from tests.datasette.test_public import load_plugin

    plugin = load_plugin(ROOT / "datasette" / "plugins" / "vmatris_samordnare.py")
    html = ('<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/">'
            '<base href="https://evil.example/"><link rel="stylesheet" href="https://cdn.example/x.css">'
            '<script src="https://evil.example/x.js"></script></head><body onload="alert(1)">'
            '<img src="https://tracker.example/p.gif"><iframe src="https://evil.example/"></iframe>'
            '<p style="background:url(https://t.example/)">Stöd</p><a href="https://ok.example/">länk</a></body></html>')
    out = plugin.defuse(html)
    for bad in ("refresh", "<base", "<link", "<script", "onload", "<img", "<iframe", "url("):
        assert bad not in out, bad
    assert "Stöd" in out and 'href="https://ok.example/"' in out
