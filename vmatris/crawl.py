"""Run one yearly crawl: the spiders over a registry, into a run database, then publish.

A crawl is one process (Twisted's reactor cannot restart), so callers that
crawl several years run ``vmatris crawl`` once per year.

A run lives in ``<db folder>/runs/<run_id>/``: its own database, its WARC
archive and Scrapy's ``JOBDIR`` per spider.  A run stopped by SIGINT (Scrapy
saves its queue) or killed outright (the queue on disk is then unreliable, so
it is dropped and the stored pages are replayed from the run database to
rediscover the rest) continues with ``--resume``; only a complete run is
published into the main database.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matrix import db as mdb
from matrix import registry

log = logging.getLogger(__name__)
SPIDERS = ("kommun", "region", "jour")
LATEST = "latest"  # `--resume` without a run id: the newest unfinished run of this registry and year


@dataclass(frozen=True)
class CrawlConfig:
    """Everything one crawl needs; ``fast`` drops the politeness delays (loopback only).

    The per-site caps (``max_pages``, ``max_depth``, ``max_site_bytes``,
    ``max_site_seconds``) and ``timeout``/``retries`` override the settings
    when non-zero (``retries`` and ``max_active_sites`` when not negative).  ``resolve`` holds
    ``host=address`` pairs answered without DNS (the hostile test web).
    """

    registry_path: Path
    year: int
    db_path: Path
    proxy: str = ""
    fast: bool = False
    max_pages: int = 0
    actors: tuple[str, ...] = ()
    log_level: str = "INFO"
    render: bool = False
    resume: str = ""  # a run id (or "latest"): continue that run where it stopped
    timeout: float = 0  # seconds per request (default from settings: 30)
    max_error_share: float = 0.5
    max_depth: int = 0
    max_site_bytes: int = 0
    max_site_seconds: float = 0
    retries: int = -1
    max_active_sites: int = -1  # sites crawled at once (settings: 64); 0 all at once
    resolve: tuple[str, ...] = ()


def scrapy_settings(cfg: CrawlConfig, run_db: Path, run_id: str) -> dict[str, Any]:
    """The settings this crawl overrides (command line priority)."""
    settings: dict[str, Any] = {
        "VMATRIS_RUN_DB": str(run_db), "VMATRIS_RUN_ID": run_id, "VMATRIS_YEAR": cfg.year,
        "VMATRIS_REGISTRY": str(cfg.registry_path), "VMATRIS_PROXY": cfg.proxy, "LOG_LEVEL": cfg.log_level,
        # one cache per registry, beside the database: the next crawl of the same sites revalidates it
        "HTTPCACHE_DIR": str((cfg.db_path.parent / "httpcache" / Path(cfg.registry_path).stem).resolve()),
        "VMATRIS_RESUME": bool(cfg.resume),
    }
    if cfg.fast:
        settings.update({"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5,
                         "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "AUTOTHROTTLE_TARGET_CONCURRENCY": 8.0,
                         "DOWNLOAD_TIMEOUT": 15, "RETRY_TIMES": 1})
    overrides = {"VMATRIS_MAX_PAGES_PER_SITE": cfg.max_pages, "DOWNLOAD_TIMEOUT": cfg.timeout,
                 "DEPTH_LIMIT": cfg.max_depth, "VMATRIS_MAX_BYTES_PER_SITE": cfg.max_site_bytes,
                 "VMATRIS_MAX_SECONDS_PER_SITE": cfg.max_site_seconds}
    settings.update({k: v for k, v in overrides.items() if v})
    if cfg.retries >= 0:
        settings["RETRY_TIMES"] = cfg.retries
    if cfg.max_active_sites >= 0:
        settings["VMATRIS_MAX_ACTIVE_SITES"] = cfg.max_active_sites
    if cfg.resolve:
        settings["VMATRIS_RESOLVE"] = dict(pair.split("=", 1) for pair in cfg.resolve)
    return settings


def check_database(path: Path) -> None:
    """Refuse to start when the main database exists but is not a usable SQLite file (before hours of crawling)."""
    if not path.exists():
        return
    if not path.is_file():
        raise mdb.BuildError(f"{path}: not a file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise mdb.BuildError(f"{path}: not a usable SQLite database ({exc}); it was left as it was") from None


def find_run(cfg: CrawlConfig) -> str:
    """The run to resume: ``cfg.resume`` checked, or the newest unfinished run of this registry and year."""
    runs = cfg.db_path.parent / "runs"
    if cfg.resume != LATEST:
        if not (runs / cfg.resume / mdb.RUN_DB).is_file():
            raise mdb.BuildError(f"{runs / cfg.resume}: no run to resume (see {runs}/)")
        return cfg.resume
    for run_dir in sorted(runs.glob(f"{cfg.year}-*"), reverse=True):
        row = _run_row(run_dir / mdb.RUN_DB, run_dir.name)
        if row and row["status"] != "finished" and Path(row["registry"]).resolve() == cfg.registry_path.resolve():
            return run_dir.name
    raise mdb.BuildError(f"no unfinished run of {cfg.registry_path} for {cfg.year} under {runs}/ to resume")


def _run_row(path: Path, run_id: str) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    db = mdb.open_db(path)
    try:
        return db["crawl_runs"].get(run_id) if db["crawl_runs"].count_where("run_id = ?", [run_id]) else None
    finally:
        db.close()


def _published(db_path: Path, run_id: str) -> bool:
    """Whether the main database already holds the run (a finished run whose build crashed does not)."""
    if not db_path.is_file():
        return False
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return bool(conn.execute("SELECT 1 FROM crawl_runs WHERE run_id = ?", [run_id]).fetchone())
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _claim(run_dir: Path) -> None:
    """Mark the run as ours (a pid file); refuse when another live process still crawls it."""
    pidfile = run_dir / "crawl.pid"
    if pidfile.is_file():
        pid = int(pidfile.read_text().strip() or 0)
        if pid and pid != os.getpid():
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                pass
            except PermissionError:
                raise mdb.BuildError(f"run {run_dir.name} is being crawled by process {pid}") from None
            else:
                raise mdb.BuildError(f"run {run_dir.name} is being crawled by process {pid}")
    pidfile.write_text(str(os.getpid()))


def prepare_run(cfg: CrawlConfig, actors: list[registry.Actor]) -> tuple[str, Path]:
    """Create a new run, or reopen the one to resume; returns ``(run_id, run folder)``."""
    if cfg.resume:
        run_id = find_run(cfg)
        run_dir = cfg.db_path.parent / "runs" / run_id
        row = _run_row(run_dir / mdb.RUN_DB, run_id)
        if row is None or row["year"] != cfg.year:
            raise mdb.BuildError(f"run {run_id} is not a crawl of {cfg.year}")
        if row["status"] == "finished" and _published(cfg.db_path, run_id):
            raise mdb.BuildError(f"run {run_id} already finished and was published; start a new crawl instead")
        _claim(run_dir)
        if row["status"] == "running":
            # killed outright: Scrapy's queue on disk may be cut off, so start from the start URLs again;
            # the pages already stored are replayed from the run database (no network) to rediscover the rest
            shutil.rmtree(run_dir / "jobs", ignore_errors=True)
        db = mdb.open_db(run_dir / mdb.RUN_DB)
        with db.conn:
            db["crawl_runs"].update(run_id, {"status": "running"})
        db.close()
        return run_id, run_dir
    run_id = f"{cfg.year}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}"
    run_dir = cfg.db_path.parent / "runs" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    _claim(run_dir)
    db = mdb.open_db(run_dir / mdb.RUN_DB)
    mdb.save_actors(db, actors)
    mdb.start_run(db, run_id, cfg.year, str(cfg.registry_path), scrapy_settings(cfg, run_dir / mdb.RUN_DB, run_id))
    db.close()
    return run_id, run_dir


def _set_status(run_db: Path, run_id: str, status: str) -> None:
    db = mdb.open_db(run_db)
    with db.conn:
        db["crawl_runs"].update(run_id, {"status": status})
    db.close()


def run(cfg: CrawlConfig) -> dict[str, Any]:
    """Crawl, store the run, publish it into ``cfg.db_path``; returns the run's summary.

    Returns with ``status == "interrupted"`` (nothing published) when the
    crawl was stopped by SIGINT; raises :class:`matrix.db.BuildError` (one
    line) for a bad database, a run that cannot be resumed or a full disk.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    check_database(cfg.db_path)
    actors = registry.load(cfg.registry_path)
    if cfg.actors:
        unknown = sorted(set(cfg.actors) - {a.id for a in actors})
        if unknown:
            raise mdb.BuildError(f"--actor {unknown[0]}: no such actor in {cfg.registry_path}")
        actors = [a for a in actors if a.id in cfg.actors]
    run_id, run_dir = prepare_run(cfg, actors)
    run_db = run_dir / mdb.RUN_DB
    settings = scrapy_settings(cfg, run_db, run_id)

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    project = get_project_settings()
    project.setmodule("scrapers.settings", priority="project")
    project.update(settings, priority="cmdline")
    process = CrawlerProcess(project, install_root_handler=True)
    kinds = sorted({a.spider for a in actors})
    wanted = ",".join(a.id for a in actors)
    revisit = run_dir / "revisit.json" if cfg.resume and (run_dir / "revisit.json").is_file() else \
        write_revisit(cfg, run_dir)
    crawlers = []
    for kind in kinds:
        # each spider keeps its queue and seen-requests on disk, so a stopped crawl can be resumed
        crawler = process.create_crawler(kind)
        crawler.settings.set("JOBDIR", str(run_dir / "jobs" / kind), priority="cmdline")
        process.crawl(crawler, registry_path=str(cfg.registry_path), actors=wanted, revisit=str(revisit))
        crawlers.append(crawler)
    process.start()

    reasons = {c.stats.get_value("finish_reason") for c in crawlers}
    full = next((c.stats.get_value("vmatris/disk_full") for c in crawlers if c.stats.get_value("vmatris/disk_full")),
                None)
    if full or "disk_full" in reasons:
        _try_set_status(run_db, run_id, "disk_full")
        raise mdb.BuildError(f"disk full while storing run {run_id} ({full}); free some space, then run the "
                             f"same command with --resume {run_id}")
    if "shutdown" in reasons:
        _set_status(run_db, run_id, "interrupted")
        return {"run_id": run_id, "year": cfg.year, "status": "interrupted", "sites": [], "summary": "",
                "alerts": [], "services": 0}

    db = mdb.open_db(run_db)
    sites = [dict(r) for r in db.query("SELECT * FROM crawl_sites WHERE run_id = ?", [run_id])]
    status = "finished" if sites else "failed"
    summary = summarise(sites)
    mdb.finish_run(db, run_id, status, [], summary)  # totals come from the stored crawl_sites
    db.close()
    rendered = {}
    if cfg.render:
        from vmatris.render import render_pass

        rendered = render_pass(run_db, cfg.proxy)
    counts = mdb.publish(run_db, cfg.db_path, run_id, registry.kommun_index(cfg.registry_path))
    (run_dir / "crawl.pid").unlink(missing_ok=True)
    counts = {**counts, **{f"render_{k}": v for k, v in rendered.items()}}
    return {"run_id": run_id, "year": cfg.year, "status": status, "sites": sites, "summary": summary,
            "alerts": alerts(cfg, sites), **counts}


def _try_set_status(run_db: Path, run_id: str, status: str) -> None:
    try:
        _set_status(run_db, run_id, status)
    except (sqlite3.Error, OSError):
        pass  # the disk is full: the status stays "running", and --resume treats it as a killed run


def alerts(cfg: CrawlConfig, sites: list[dict[str, Any]]) -> list[str]:
    """What needs a person's attention: sites that lost all relevant pages since last year, too many errors."""
    out = []
    previous: dict[str, tuple[int, int]] = {}
    if cfg.db_path.is_file():
        import sqlite_utils

        db = sqlite_utils.Database(cfg.db_path)
        row = db.execute("SELECT max(year) FROM actor_years WHERE year < ?", [cfg.year]).fetchone()
        if row and row[0]:
            previous = {r["actor_id"]: (r["year"], r["relevant_pages"]) for r in db.query(
                "SELECT actor_id, year, relevant_pages FROM actor_years WHERE year = ?", [row[0]])}
        db.close()
    for s in sorted(sites, key=lambda s: s["actor_id"]):
        year, before = previous.get(s["actor_id"], (None, 0))
        if before and not s["relevant_pages"]:
            out.append(f"{s['actor_id']}: {before} relevant pages in {year}, none now "
                       f"({s['outcome']}; a redesign, a moved start URL or a block?)")
    fetched = sum(s["pages"] for s in sites)
    failed = sum(s["errors"] for s in sites)
    if fetched + failed and failed / (fetched + failed) > cfg.max_error_share:
        out.append(f"{failed} of {fetched + failed} requests failed ({failed / (fetched + failed):.0%}, "
                   f"more than the {cfg.max_error_share:.0%} allowed by --max-error-share)")
    return out


def write_revisit(cfg: CrawlConfig, run_dir: Path) -> Path:
    """Write the previous year's service URLs per actor, for the spiders to fetch again."""
    urls: dict[str, list[str]] = {}
    if cfg.db_path.is_file():
        import sqlite_utils

        db = sqlite_utils.Database(cfg.db_path)
        if db["services"].exists():
            prev = db.execute("SELECT max(year) FROM services WHERE year < ?", [cfg.year]).fetchone()[0]
            for row in db.query("SELECT actor_id, url FROM services WHERE year = ?", [prev]):
                urls.setdefault(row["actor_id"], []).append(row["url"])
        db.close()
    path = run_dir / "revisit.json"
    path.write_text(json.dumps(urls, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def summarise(sites: list[dict[str, Any]]) -> str:
    """A table of each site's outcome, for the terminal and the crawl record."""
    lines = [f"{'actor':44} {'outcome':18} {'pages':>5} {'relev':>5} {'errors':>6} {'robots':>6}  notes"]
    for s in sorted(sites, key=lambda s: s["actor_id"]):
        kinds = json.loads(s["errors_by_kind"]) if isinstance(s["errors_by_kind"], str) else s["errors_by_kind"]
        note = s.get("message") or ", ".join(f"{k}={v}" for k, v in (kinds or {}).items())
        lines.append(f"{s['actor_id'][:44]:44} {s['outcome']:18} {s['pages']:5d} {s['relevant_pages']:5d} "
                     f"{s['errors']:6d} {s['robots_refused']:6d}  {note}")
    return "\n".join(lines)
