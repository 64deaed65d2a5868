"""Real kills of real crawls (SIGINT, SIGKILL), crashes during a build, a full disk, bad input, re-crawls."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from tests.conftest import ROOT
from tests.hostile.conftest import FAST, crawl, vmatris
from tests.hostile.web import HostileWeb

pytestmark = pytest.mark.slow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def start_and_stop(web: HostileWeb, registry: Path, db: Path, sig: int) -> tuple[int, Path]:
    """Start a crawl of the slow 80-page site, stop it with ``sig`` once 10+ pages are stored."""
    args = [sys.executable, "-m", "vmatris.cli", "crawl", "--registry", str(registry), "--year", "2026", "--db",
            str(db), *FAST, *web.resolve_args()]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline, stored = time.monotonic() + 60, 0
    while time.monotonic() < deadline and stored < 10:
        time.sleep(0.2)
        for run_db in (db.parent / "runs").glob("*/run.db"):
            try:
                stored = sqlite_utils.Database(run_db).execute("SELECT count(*) FROM pages").fetchone()[0]
            except Exception:  # noqa: BLE001 - the crawl may hold a write lock for a moment
                pass
    os.killpg(proc.pid, sig)
    proc.communicate(timeout=60)
    (run_dir,) = list((db.parent / "runs").iterdir())
    return proc.returncode, run_dir


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_killed_crawl_resumes_without_duplicates(web: HostileWeb, tmp_path: Path, sig: int) -> None:
    registry = web.registry(tmp_path / "r.csv", ["resume"])
    db = tmp_path / "v.db"
    before = len(web.requests("resume"))
    code, run_dir = start_and_stop(web, registry, db, sig)
    assert code == (130 if sig == signal.SIGINT else -signal.SIGKILL)
    assert not db.exists()  # nothing published by a stopped run
    half = sqlite_utils.Database(run_dir / "run.db")["pages"].count
    assert 10 <= half < 81
    status = sqlite_utils.Database(run_dir / "run.db")["crawl_runs"].get(run_dir.name)["status"]
    assert status == ("interrupted" if sig == signal.SIGINT else "running")
    proc = crawl(web, registry, db, "--resume")  # no id: the newest unfinished run of this registry and year
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert run_dir.name in proc.stdout
    main = sqlite_utils.Database(db)
    urls = [r["final_url"] for r in main.query("SELECT final_url FROM pages")]
    assert len(urls) == len(set(urls)) == 81  # the start page and 80 pages, each once (as uninterrupted)
    fetched = [p for p, _ in web.requests("resume")[before:] if p.startswith("/vald/")]
    # stored pages are not fetched again; only requests in flight at the kill may be
    assert len(fetched) <= 81 + 16, len(fetched)
    (run,) = list(main["crawl_runs"].rows)
    assert run["run_id"] == run_dir.name and run["status"] == "finished" and run["pages"] == 81


@pytest.fixture()
def built(web: HostileWeb, tmp_path: Path) -> tuple[Path, Path]:
    """A main database with 2025 built from the encoding site."""
    registry = web.registry(tmp_path / "r.csv", ["encoding"])
    db = tmp_path / "v.db"
    crawl(web, registry, db, year=2025, check=True)
    return registry, db


@pytest.mark.parametrize("fault", ["publish-merge:raise", "publish-merge:kill", "publish-rename:enospc",
                                   "store:enospc"])
def test_crash_or_full_disk_leaves_the_database_as_it_was(web: HostileWeb, built: tuple[Path, Path],
                                                          fault: str) -> None:
    registry, db = built
    digest = sha(db)
    proc = crawl(web, registry, db, env={"VMATRIS_FAULT": fault})
    assert proc.returncode != 0
    assert sha(db) == digest  # byte-identical: the previous database and its earlier year untouched
    if fault.endswith("enospc"):
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        assert "no space left" in proc.stderr.lower() or "disk full" in proc.stderr.lower()
        assert len([line for line in proc.stderr.splitlines() if line.startswith("Error:")]) == 1
    # a later build cleans up what the crash left and succeeds
    again = crawl(web, registry, db, "--resume") if fault == "store:enospc" else crawl(web, registry, db)
    assert again.returncode == 0, again.stderr[-2000:]
    assert not list(db.parent.glob(".v.db.building-*"))
    years = {r["year"] for r in sqlite_utils.Database(db)["actor_years"].rows}
    assert years == {2025, 2026}


def test_earlier_year_rows_never_change(web: HostileWeb, built: tuple[Path, Path]) -> None:
    registry, db = built
    query = "SELECT * FROM pages WHERE year = 2025 ORDER BY page_id"
    before = list(sqlite_utils.Database(db).query(query))
    crawl(web, registry, db, check=True)
    assert list(sqlite_utils.Database(db).query(query)) == before


def test_recrawl_downloads_nothing_again_but_records_pages(web: HostileWeb, built: tuple[Path, Path]) -> None:
    registry, db = built
    crawl(web, registry, db, check=True)
    main = sqlite_utils.Database(db)
    first, second = list(main.query("SELECT * FROM crawl_runs ORDER BY started_at"))
    assert first["pages"] == second["pages"] == 8
    # only status lines and headers cross the network again (tiny pages here, so headers dominate)
    assert second["cached_pages"] >= 7 and second["downloaded_bytes"] < first["downloaded_bytes"] / 3
    headers = [json.loads(r["headers"]) for r in main.query("SELECT headers FROM pages WHERE year = 2026")]
    assert sum("x-vmatris-cache" in h for h in headers) >= 7


def test_bad_input_is_one_line(web: HostileWeb, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,huvudman,sektor,lan_code,kommunkoder,website,start_urls,allowed_domains,notes\n"
                   "kommun_x,X,X,kommun,01,0180,http://x.test/,ftp://x.test/,x.test,\n", encoding="utf-8")
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    good = web.registry(tmp_path / "r.csv", ["encoding"])
    cases = [
        (("--registry", str(bad)), 1, "row 2: field 'start_urls'"),
        (("--registry", str(good), "--db", str(corrupt)), 1, "not a usable SQLite database"),
        (("--registry", str(good), "--actor", "kommun_nobody"), 1, "no such actor"),
        (("--registry", str(good), "--resolve", "nohost"), 2, "HOST=ADDRESS"),
        (("--registry", str(good), "--max-error-share", "7"), 2, "--max-error-share"),
        (("--registry", str(tmp_path / "missing.csv")), 1, "registry file not found"),
    ]
    for args, code, text in cases:
        proc = vmatris("crawl", "--year", "2026", "--db", str(tmp_path / "v.db"), *args)
        assert proc.returncode == code and text in proc.stderr and "Traceback" not in proc.stderr, (args, proc.stderr)
    assert corrupt.read_bytes().startswith(b"SQLite format 3")  # left as it was
