"""One crawl of the whole hostile web over real HTTP: it finishes within its caps and records each site's outcome."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

pytestmark = pytest.mark.slow


def sites(run: dict) -> dict[str, dict]:
    db = sqlite_utils.Database(run["db"])
    return {r["actor_id"].removeprefix("kommun_0180_"): r for r in db["crawl_sites"].rows}


def pages(run: dict, site: str) -> list[dict]:
    return list(sqlite_utils.Database(run["db"]).query(
        "SELECT * FROM pages WHERE actor_id = ?", [f"kommun_0180_{site}"]))


def kinds(row: dict) -> dict[str, int]:
    return json.loads(row["errors_by_kind"])


def test_crawl_finishes_fast_and_publishes_despite_alerts(hostile_run: dict) -> None:
    proc = hostile_run["proc"]
    # too many failed requests: exit 3 and a clear line, but the year is published all the same
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "ATTENTION:" in proc.stderr and "more than the 5% allowed by --max-error-share" in proc.stderr
    assert hostile_run["seconds"] < 90
    db = sqlite_utils.Database(hostile_run["db"])
    assert {r["year"] for r in db["actor_years"].rows} == {2026}
    assert len(sites(hostile_run)) == 10


def test_summary_lists_every_site(hostile_run: dict) -> None:
    out = hostile_run["proc"].stdout
    for site in ("traps", "many", "redirects", "errors", "big", "encoding", "robots", "budget", "refused", "dns"):
        assert f"kommun_0180_{site}" in out


def test_good_site_is_not_starved(hostile_run: dict) -> None:
    enc = sites(hostile_run)["encoding"]
    assert enc["outcome"] == "ok" and enc["pages"] == 8 and enc["errors"] == 0


def test_unreachable_sites(hostile_run: dict) -> None:
    s = sites(hostile_run)
    assert s["refused"]["outcome"] == "failed" and kinds(s["refused"]) == {"refused": 1}
    assert s["dns"]["outcome"] == "failed" and kinds(s["dns"]) == {"dns": 1}


def test_http_errors_timeouts_and_retry_after(hostile_run: dict) -> None:
    errors = sites(hostile_run)["errors"]
    assert kinds(errors) == {"http_4xx": 2, "http_5xx": 2, "timeout": 2}  # 404 410 | 500 503-long | silent trickle
    urls = {p["final_url"].rsplit("/", 1)[1] for p in pages(hostile_run, "errors")}
    assert "503-kort" in urls  # Retry-After: 1 was waited for, and the retry succeeded
    db = sqlite_utils.Database(hostile_run["db"])
    long_503 = db.execute("SELECT message FROM fetch_errors WHERE url LIKE '%503-lang'").fetchone()[0]
    assert "Retry-After 3600" in long_503


def test_redirect_loop_and_long_chain(hostile_run: dict) -> None:
    red = sites(hostile_run)["redirects"]
    assert kinds(red) == {"redirect_loop": 2}
    arrived = [p for p in pages(hostile_run, "redirects") if p["final_url"].endswith("framme.html")]
    assert arrived and arrived[0]["url"].endswith("/vald/kort/1")


def test_traps_and_session_ids(hostile_run: dict) -> None:
    traps = sites(hostile_run)["traps"]
    assert "trap links skipped" in traps["message"]
    urls = [p["final_url"] for p in pages(hostile_run, "traps")]
    assert len(urls) == len(set(urls)) < 40
    assert not any(s in u.lower() for u in urls for s in ("jsessionid", "phpsessid", "sid="))
    assert sum("/evenemang/" in u for u in urls) <= 15


def test_page_cap_on_a_page_with_thousands_of_links(hostile_run: dict) -> None:
    many = sites(hostile_run)["many"]
    assert many["pages"] == 40 and "page cap reached" in many["message"]


def test_time_budget_stops_a_slow_site(hostile_run: dict) -> None:
    slow = sites(hostile_run)["budget"]
    assert "time budget used up" in slow["message"] and slow["pages"] < 40
    assert slow["errors"] == 0  # our own limit, not the site's fault


def test_huge_binary_and_pdf(hostile_run: dict) -> None:
    big = sites(hostile_run)["big"]
    assert kinds(big) == {"too_large": 2}  # 50 MB with and without Content-Length
    by_name = {p["final_url"].rsplit("/", 1)[1]: p for p in pages(hostile_run, "big")}
    assert by_name["broschyr.pdf"]["content_type"] == "application/pdf" and by_name["broschyr.pdf"]["bytes"] > 0
    assert by_name["binar.html"]["content_type"].endswith("(binary content)") and not by_name["binar.html"]["text"]


@pytest.mark.parametrize("name", ["latin1-odeklarerad", "cp1252-fel-header", "cp1252-fel-meta", "utf8-sagd-latin1",
                                  "latin1-ratt"])
def test_swedish_text_decoded_whatever_was_declared(hostile_run: dict, name: str) -> None:
    (page,) = [p for p in pages(hostile_run, "encoding") if p["final_url"].endswith(f"/{name}.html")]
    assert "Stöd för våldsutsatta kvinnor och män" in page["text"] and "Åre, Älvdalen och Örebro" in page["text"]
    assert "\ufffd" not in page["text"] and "Ã" not in page["text"]
    if name.startswith("cp1252"):
        assert "”tryggt” …" in page["text"]  # Windows-1252's own characters


def test_malformed_html(hostile_run: dict) -> None:
    (page,) = [p for p in pages(hostile_run, "encoding") if p["final_url"].endswith("/trasig.html")]
    assert "Stöd för våldsutsatta" in page["text"] and "dygnet runt" in page["text"]


def test_robots_disallow_and_crawl_delay(hostile_run: dict, web) -> None:  # noqa: ANN001 - fixture
    robots = sites(hostile_run)["robots"]
    assert robots["robots_refused"] == 1 and robots["pages"] == 3
    times = sorted(t for p, t in web.requests("robots") if p != "/robots.txt")
    assert not any("hemligt" in p for p, _ in web.requests("robots"))
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    # Crawl-delay: 1.  Scrapy spaces the requests a second apart when it sends them; the server sees each one when
    # its handler thread runs, which on a busy 2-core machine can be a few hundred ms later for one request (a new
    # connection, the reactor busy with other sites).  Without the delay (--fast) the gaps are ~0.
    assert gaps and min(gaps) >= 0.7, gaps
    assert times[-1] - times[0] >= 0.85 * len(gaps), gaps
