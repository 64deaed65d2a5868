"""A crawl killed half-way (SIGKILL, a real subprocess) resumes without duplicating pages; monitoring alerts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlite_utils

from tests.conftest import MINIWEB, ROOT, crawl_web, run_cli


def make_web(root: Path, n: int) -> Path:
    """One site with ``n`` pages about support, each linked from the start page."""
    site = root / "2025" / "www.mangsidig.se.test"
    (site / "stod").mkdir(parents=True)
    links = "".join(f'<li><a href="/stod/vald-{i}.html">Stöd vid våld {i}</a></li>' for i in range(n))
    (site / "index.html").write_text(f'<html lang="sv"><body><main><h1>Start</h1><ul>{links}</ul></main></body></html>',
                                     encoding="utf-8")
    for i in range(n):
        (site / "stod" / f"vald-{i}.html").write_text(
            f'<html lang="sv"><body><main><h1>Stöd vid våld {i}</h1><p>Vi erbjuder stöd till dig som är utsatt för '
            f'våld i nära relation.</p></main></body></html>', encoding="utf-8")
    registry = root / "reg.csv"
    registry.write_text("id,name,huvudman,sektor,lan_code,kommunkoder,website,start_urls,allowed_domains,notes\n"
                        "kommun_0180_mangsidig,Mångsidig,Mångsidig,kommun,01,0180,http://www.mangsidig.se.test/,"
                        "http://www.mangsidig.se.test/,www.mangsidig.se.test,\n", encoding="utf-8")
    return registry


def test_kill_and_resume(tmp_path: Path) -> None:
    from vmatris.demo_server import serve

    registry = make_web(tmp_path / "web", 60)
    db = tmp_path / "v.db"
    with serve(2025, root=tmp_path / "web", delay=0.15) as proxy:
        args = [sys.executable, "-m", "vmatris.cli", "crawl", "--registry", str(registry), "--year", "2025", "--db",
                str(db), "--proxy", proxy, "--fast", "--quiet"]
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        runs = tmp_path / "runs"
        deadline = time.monotonic() + 60
        fetched = 0
        while time.monotonic() < deadline and fetched < 10:
            time.sleep(0.3)
            dbs = list(runs.glob("*/run.db"))
            if dbs:
                try:
                    fetched = sqlite_utils.Database(dbs[0])["pages"].count
                except Exception:  # noqa: BLE001 - the crawl may hold a write lock for a moment
                    fetched = 0
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        (run_dir,) = list(runs.iterdir())
        half = sqlite_utils.Database(run_dir / "run.db")["pages"].count
        assert 10 <= half < 61, half
        assert not db.exists()  # nothing was published by the killed run
        out = run_cli("crawl", "--registry", str(registry), "--year", "2025", "--db", str(db), "--proxy", proxy,
                      "--fast", "--quiet", "--resume", run_dir.name).stdout
    assert run_dir.name in out
    main = sqlite_utils.Database(db)
    urls = [r["final_url"] for r in main.query("SELECT final_url FROM pages")]
    assert len(urls) == len(set(urls)) == 61  # every page once: start page + 60
    (site,) = list(main["crawl_sites"].rows)
    assert site["pages"] == 61 and site["outcome"] == "ok"


def test_alert_when_relevant_pages_vanish_but_data_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    crawl_web(MINIWEB, 2025, MINIWEB / "testvik.csv", db)
    web = tmp_path / "web"
    (web / "2026" / "jouren.test").mkdir(parents=True)
    (web / "2026" / "www.testvik.se.test").mkdir(parents=True)
    (web / "2026" / "jouren.test" / "index.html").write_text("<html lang='sv'><body><h1>Ny webbplats</h1>"
                                                           "<p>Kommer snart.</p></body></html>", encoding="utf-8")
    (web / "2026" / "www.testvik.se.test" / "index.html").write_text(
        (MINIWEB / "2025" / "www.testvik.se.test" / "index.html").read_text(encoding="utf-8"), encoding="utf-8")
    from vmatris.demo_server import serve

    with serve(2026, root=web) as proxy:
        proc = run_cli("crawl", "--registry", str(MINIWEB / "testvik.csv"), "--year", "2026", "--db", str(db),
                       "--proxy", proxy, "--fast", "--quiet", check=False)
    assert proc.returncode == 3
    assert "ATTENTION: jour_kvinnojouren_testvik: 1 relevant pages in 2025, none now" in proc.stderr
    assert "Traceback" not in proc.stderr
    years = {r["year"] for r in sqlite_utils.Database(db)["actor_years"].rows}
    assert years == {2025, 2026}  # published all the same


def test_bad_arguments_and_missing_database_are_one_line(tmp_path: Path) -> None:
    proc = run_cli("crawl", "--registry", str(MINIWEB / "testvik.csv"), "--year", "1850", check=False)
    assert proc.returncode == 2 and "1850" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("compare", "--from", "2025", "--to", "2026", "--db", str(tmp_path / "none.db"), check=False)
    assert proc.returncode == 1 and "database not found" in proc.stderr
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not sqlite" * 100)
    proc = run_cli("report", "--year", "2025", "--db", str(corrupt), check=False)
    assert proc.returncode == 1 and "not a usable SQLite database" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_cli("crawl", "--registry", str(MINIWEB / "testvik.csv"), "--year", "2025", "--db",
                   str(tmp_path / "x.db"), "--resume", "2025-nosuchrun", check=False)
    assert proc.returncode == 1 and "no run to resume" in proc.stderr
