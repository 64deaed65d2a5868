"""Run one yearly crawl: the spiders over a registry, into a run database, then publish.

A crawl is one process (Twisted's reactor cannot restart), so callers that
crawl several years run ``vmatris crawl`` once per year.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matrix import db as mdb
from matrix import registry

log = logging.getLogger(__name__)
SPIDERS = ("kommun", "region", "jour")


@dataclass(frozen=True)
class CrawlConfig:
    """Everything one crawl needs; ``fast`` drops the politeness delays (loopback only)."""

    registry_path: Path
    year: int
    db_path: Path
    proxy: str = ""
    fast: bool = False
    max_pages: int = 0
    actors: tuple[str, ...] = ()
    log_level: str = "INFO"
    render: bool = False
    resume: str = ""  # a run id: continue that run where it stopped
    max_error_share: float = 0.5


def scrapy_settings(cfg: CrawlConfig, run_db: Path, run_id: str) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "VMATRIS_RUN_DB": str(run_db), "VMATRIS_RUN_ID": run_id, "VMATRIS_YEAR": cfg.year,
        "VMATRIS_REGISTRY": str(cfg.registry_path), "VMATRIS_PROXY": cfg.proxy, "LOG_LEVEL": cfg.log_level,
        # one cache per registry, beside the database: the next crawl of the same sites revalidates it
        "HTTPCACHE_DIR": str((cfg.db_path.parent / "httpcache" / Path(cfg.registry_path).stem).resolve()),
    }
    if cfg.max_pages:
        settings["VMATRIS_MAX_PAGES_PER_SITE"] = cfg.max_pages
    if cfg.fast:
        settings.update({"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.5,
                         "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "AUTOTHROTTLE_TARGET_CONCURRENCY": 8.0,
                         "DOWNLOAD_TIMEOUT": 15})
    return settings


def run(cfg: CrawlConfig) -> dict[str, Any]:
    """Crawl, store the run, publish it into ``cfg.db_path``; returns the run's summary."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    actors = registry.load(cfg.registry_path)
    if cfg.actors:
        actors = [a for a in actors if a.id in cfg.actors]
    if cfg.resume:
        run_id = cfg.resume
        run_dir = cfg.db_path.parent / "runs" / run_id
        if not (run_dir / "run.db").is_file():
            raise mdb.BuildError(f"{run_dir}: no run to resume (see data/build/runs/)")
        if mdb.open_db(run_dir / "run.db")["crawl_runs"].get(run_id)["year"] != cfg.year:
            raise mdb.BuildError(f"run {run_id} is not a crawl of {cfg.year}")
    else:
        run_id = f"{cfg.year}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S')}"
        run_dir = cfg.db_path.parent / "runs" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    run_db = run_dir / "run.db"
    db = mdb.open_db(run_db)
    mdb.save_actors(db, actors)
    settings = scrapy_settings(cfg, run_db, run_id)
    if not cfg.resume:
        mdb.start_run(db, run_id, cfg.year, str(cfg.registry_path), settings)
    db.close()

    import os

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    project = get_project_settings()
    project.setmodule("scrapers.settings", priority="project")
    project.update(settings, priority="cmdline")
    process = CrawlerProcess(project, install_root_handler=True)
    kinds = sorted({a.spider for a in actors})
    wanted = ",".join(a.id for a in actors)
    revisit = run_dir / "revisit.json" if cfg.resume and (run_dir / "revisit.json").is_file() else \
        write_revisit(cfg, run_dir)
    for kind in kinds:
        # each spider keeps its queue and seen-requests on disk, so a killed crawl can be resumed
        crawler = process.create_crawler(kind)
        crawler.settings.set("JOBDIR", str(run_dir / "jobs" / kind), priority="cmdline")
        process.crawl(crawler, registry_path=str(cfg.registry_path), actors=wanted, revisit=str(revisit))
    process.start()

    db = mdb.open_db(run_db)
    sites = [dict(r) for r in db.query("SELECT * FROM crawl_sites WHERE run_id = ?", [run_id])]
    status = "finished" if sites else "failed"
    summary = summarise(sites)
    mdb.finish_run(db, run_id, status, [], summary)
    db.execute("UPDATE crawl_runs SET pages = ?, relevant_pages = ?, errors = ?, bytes = ? WHERE run_id = ?", [
        sum(s["pages"] for s in sites), sum(s["relevant_pages"] for s in sites), sum(s["errors"] for s in sites),
        sum(s["bytes"] for s in sites), run_id])
    db.conn.commit()
    db.close()
    rendered = {}
    if cfg.render:
        from vmatris.render import render_pass

        rendered = render_pass(run_db, cfg.proxy)
    counts = mdb.publish(run_db, cfg.db_path, run_id, registry.kommun_index(cfg.registry_path))
    counts = {**counts, **{f"render_{k}": v for k, v in rendered.items()}}
    return {"run_id": run_id, "year": cfg.year, "status": status, "sites": sites, "summary": summary,
            "alerts": alerts(cfg, sites), **counts}


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
