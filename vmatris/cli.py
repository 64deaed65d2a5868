"""The ``vmatris`` command: thin wrappers over the library.

Every error a user can cause (a bad registry row, a missing database, a bad
argument) ends as one clear line and a non-zero exit status, never a
traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "build" / "vmatris.db"
DEMO_REGISTRY = ROOT / "data" / "sources" / "demo.csv"
DEMO_YEARS = (2025, 2026)


@click.group()
@click.version_option(package_name="vmatris")
def cli() -> None:
    """vmatris: chart support services for people exposed to violence, from their websites."""


@cli.command()
@click.option("--registry", "registry_path", required=True, type=click.Path(path_type=Path),
              help="Source registry CSV (data/sources/*.csv).")
@click.option("--year", required=True, type=click.IntRange(2000, 2100), help="The year the crawl charts.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path),
              help="The database to build into.")
@click.option("--proxy", default="", help="Send every request through this HTTP proxy (the demo web's).")
@click.option("--fast", is_flag=True, help="No politeness delays: only for servers on 127.0.0.1.")
@click.option("--max-pages", default=0, type=click.IntRange(0), help="Page cap per site (default 150).")
@click.option("--max-depth", default=0, type=click.IntRange(0), help="Link depth cap per site (default 5).")
@click.option("--max-site-mb", default=0.0, type=click.FloatRange(0), help="Download cap per site in MB (default 50).")
@click.option("--max-site-minutes", default=0.0, type=click.FloatRange(0),
              help="Time budget per site in minutes (default 30).")
@click.option("--timeout", default=0.0, type=click.FloatRange(0, 600), help="Seconds per request (default 30).")
@click.option("--retries", default=-1, type=click.IntRange(-1, 10), help="Retries of a failed request (default 2).")
@click.option("--max-active-sites", default=-1, type=click.IntRange(-1),
              help="Sites crawled at once: the next starts when one is done (default 64; 0: all at once).")
@click.option("--resolve", multiple=True, metavar="HOST=ADDRESS",
              help="Answer this host name without DNS, like curl --resolve (tests; repeatable).")
@click.option("--actor", "actors", multiple=True, help="Crawl only this actor id (repeatable).")
@click.option("--quiet", is_flag=True, help="Log warnings only.")
@click.option("--resume", is_flag=False, flag_value="latest", default="", metavar="[RUN_ID]",
              help="Continue a stopped run (killed, interrupted, disk full): this run id, or without a value "
                   "the newest unfinished run of this registry and year.")
@click.option("--max-error-share", default=0.5, show_default=True, type=click.FloatRange(0, 1),
              help="Exit with status 3 when more than this share of requests failed.")
@click.option("--render", is_flag=True,
              help="Look for script-injected quick exits in headless Chromium where the HTML shows none.")
def crawl(registry_path: Path, year: int, db_path: Path, proxy: str, fast: bool, max_pages: int, max_depth: int,
          max_site_mb: float, max_site_minutes: float, timeout: float, retries: int, max_active_sites: int,
          resolve: tuple[str, ...], actors: tuple[str, ...], quiet: bool, resume: str, max_error_share: float,
          render: bool) -> None:
    """Crawl the registry's sites for YEAR and build that year into the database.

    Exit status: 0 done; 1 an error (one line); 2 a bad argument; 3 done and
    published, but a site lost its relevant pages or too many requests
    failed; 130 interrupted (Ctrl-C): nothing published, continue with
    --resume.

    Example:

        vmatris crawl --registry data/sources/jonkoping.csv --year 2026
    """
    import sqlite3

    from matrix.db import BuildError
    from matrix.registry import RegistryError, load
    from vmatris.crawl import CrawlConfig, run

    for pair in resolve:
        if "=" not in pair or not all(pair.split("=", 1)):
            raise click.BadParameter(f"{pair!r} is not HOST=ADDRESS", param_hint="--resolve")
    if fast and not proxy and not resolve:
        click.echo("note: --fast drops the politeness delays; use it only against servers on 127.0.0.1", err=True)
    try:
        load(registry_path)
        result = run(CrawlConfig(
            registry_path, year, db_path, proxy=proxy, fast=fast, max_pages=max_pages, actors=actors,
            log_level="WARNING" if quiet else "INFO", render=render, resume=resume, timeout=timeout,
            max_error_share=max_error_share, max_depth=max_depth, max_site_bytes=int(max_site_mb * 1024 * 1024),
            max_site_seconds=max_site_minutes * 60, retries=retries, max_active_sites=max_active_sites,
            resolve=resolve))
    except (RegistryError, BuildError) as exc:
        raise click.ClickException(str(exc)) from None
    except sqlite3.Error as exc:
        raise click.ClickException(f"{db_path}: database error ({exc})") from None
    except OSError as exc:
        raise click.ClickException(_os_error(exc)) from None
    if result["status"] == "interrupted":
        click.echo(f"Interrupted: run {result['run_id']} is kept, nothing was published. Continue it with the same "
                   f"command and --resume {result['run_id']}", err=True)
        sys.exit(130)
    click.echo(f"\nCrawl {result['run_id']} ({result['status']}): {len(result['sites'])} sites, "
               f"{result['services']} services -> {db_path}")
    click.echo(result["summary"])
    if result["alerts"]:
        # the data is published all the same: nothing is lost, but a person should look
        for line in result["alerts"]:
            click.echo(f"ATTENTION: {line}", err=True)
        sys.exit(3)


def _os_error(exc: OSError) -> str:
    """One line for an operating-system error: a full disk says so plainly."""
    import errno

    where = f"{exc.filename}: " if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"{where}no space left on the device; free some space and run the command again (--resume)"
    return f"{where}{exc.strerror or exc}"


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", default=None, help="The page's URL (for resolving links).")
@click.option("--registry", "registry_path", default=None, type=click.Path(exists=True, path_type=Path),
              help="A registry whose extra municipalities (X.kommuner.csv) catchment should know.")
def extract(path: Path, url: str | None, registry_path: Path | None) -> None:
    """Print the matrix variables of one saved page (HTML or text) as JSON.

    Example:

        vmatris extract page.html --url https://www.example.se/stod.html
    """
    from matrix.extract import Options, as_json, extract_all
    from matrix.page import Page
    from matrix.registry import kommun_index

    page = Page.from_file(str(path), url or path.resolve().as_uri())
    options = Options(kommun_index=kommun_index(registry_path)) if registry_path else Options()
    click.echo(json.dumps(as_json(page, extract_all(page, options)), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("labels", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list each page's missing and extra values.")
def evaluate(labels: Path, as_json: bool, errors: bool) -> None:
    """Score the extractors against a labeled set (precision, recall, F1 per variable).

    Example:

        vmatris evaluate tests/labels/labels.jsonl
    """
    from matrix.evaluate import evaluate as run_eval
    from matrix.evaluate import table

    try:
        result = run_eval(labels)
    except (ValueError, KeyError) as exc:
        raise click.ClickException(str(exc)) from None
    if not errors:
        result.pop("errors")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(table(result))
        if errors:
            click.echo(json.dumps(result["errors"], ensure_ascii=False, indent=1))


@cli.command()
@click.option("--from", "from_year", required=True, type=click.IntRange(2000, 2100), help="The earlier year.")
@click.option("--to", "to_year", required=True, type=click.IntRange(2000, 2100), help="The later year.")
@click.option("--lan", default=None, help="Only this county (two-digit code, e.g. 06).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
def compare(from_year: int, to_year: int, lan: str | None, db_path: Path, as_json: bool) -> None:
    """Compare two years: services added and closed, values gained and lost.

    Building a year (crawl) stores its comparison with the year before in the
    `changes` table; this command shows any two years.

    Example:

        vmatris compare --from 2025 --to 2026 --lan 06
    """
    from dataclasses import asdict

    from matrix import compare as cmp
    from matrix.db import BuildError, open_db

    try:
        db = open_db(db_path, create=False)
    except BuildError as exc:
        raise click.ClickException(str(exc)) from None
    years = {r["year"] for r in db.query("SELECT DISTINCT year FROM services")}
    for year in (from_year, to_year):
        if year not in years:
            raise click.ClickException(f"{db_path}: no services for {year} (years present: {sorted(years)})")
    changes = cmp.compare(db, from_year, to_year, lan)
    if as_json:
        click.echo(json.dumps([asdict(c) for c in changes], ensure_ascii=False, indent=2))
    else:
        click.echo(f"{from_year} -> {to_year}{f' (län {lan})' if lan else ''}: {len(changes)} changes")
        click.echo(cmp.table(changes))


@cli.command()
@click.option("--run", "run_id", required=True, help="The run id (a folder under data/build/runs/).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@click.option("--registry", "registry_path", default=None, type=click.Path(exists=True, path_type=Path),
              help="The run's registry, for its extra municipalities (default: the one the run recorded).")
def reextract(run_id: str, db_path: Path, registry_path: Path | None) -> None:
    """Re-run today's extractors over an archived run (no network) and rebuild its year.

    Example:

        vmatris reextract --run 2025-20261125T071205
    """
    from matrix.db import RUN_DB, BuildError, open_db, publish
    from matrix.extract import Options
    from matrix.reextract import reextract_run
    from matrix.registry import kommun_index

    run_dir = db_path.parent / "runs" / run_id
    if not (run_dir / RUN_DB).is_file():
        raise click.ClickException(f"{run_dir}: no such run (see the crawl_runs table for run ids)")
    try:
        if registry_path is None:
            recorded = open_db(run_dir / RUN_DB, create=False)["crawl_runs"].get(run_id)["registry"]
            registry_path = Path(recorded) if Path(recorded).is_file() else None
        index = kommun_index(registry_path) if registry_path else None
        counts = reextract_run(run_dir, Options(kommun_index=index) if index else Options())
        built = publish(run_dir / RUN_DB, db_path, run_id, index)
    except (BuildError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Re-extracted run {run_id}: {counts['from_archive']} pages from the WARC archive, "
               f"{counts['from_database']} from the run database; {built['services']} services in {db_path}")


@cli.command()
@click.option("--year", required=True, type=click.IntRange(2000, 2100), help="The year to report.")
@click.option("--lan", default=None, help="Only this county (two-digit code, e.g. 06).")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (default data/build/report/).")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
def report(year: int, lan: str | None, out_dir: Path | None, db_path: Path) -> None:
    """Write the county report for YEAR: HTML (one self-contained file), Markdown, CSV and SVG charts.

    Example:

        vmatris report --year 2026 --lan 06 --out rapport/
    """
    from matrix.db import BuildError, open_db
    from matrix.report import build_report, write_report

    try:
        db = open_db(db_path, create=False)
        files = write_report(build_report(db, year, lan), out_dir or db_path.parent / "report")
    except (BuildError, ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo("Wrote:\n" + "\n".join(f"  {f}" for f in files))


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("--host", default="127.0.0.1", show_default=True)
def serve(db_path: Path, port: int, host: str) -> None:
    """Start Datasette on the database with vmatris's metadata, templates and plugins.

    Example:

        vmatris serve --db data/build/vmatris.db --port 8001
    """
    from vmatris.publish import datasette_command

    if not db_path.is_file():
        raise click.ClickException(f"{db_path}: database not found (run `vmatris crawl` or `make demo` first)")
    cmd = datasette_command(db_path, port, host)
    click.echo(f"Datasette: http://{host}:{port}/")
    os.execvp(cmd[0], cmd)


@cli.command()
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@click.option("--no-serve", is_flag=True, help="Build the demo database and exit.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("--web", "web_root", default=None, type=click.Path(path_type=Path, file_okay=False),
              help="Another demo web root (with <year>/ folders and its registry demo.csv, "
                   "demo.kommuner.csv); default: data/demo-web with data/sources/demo.csv.")
def demo(db_path: Path, no_serve: bool, port: int, web_root: Path | None) -> None:
    """Serve the bundled demo web on 127.0.0.1, crawl both years, build the database, start Datasette.

    Example:

        vmatris demo --no-serve
        vmatris demo --no-serve --web data/demo-web-next
    """
    from vmatris.demo_server import DEMO_WEB
    from vmatris.demo_server import serve as serve_demo

    registry = DEMO_REGISTRY
    if web_root is None:
        web_root = DEMO_WEB
    else:
        registry = web_root / "demo.csv"
        missing = [p for p in [registry, *(web_root / str(y) for y in DEMO_YEARS)] if not p.exists()]
        if missing:
            raise click.ClickException(f"{web_root}: not a demo web ({missing[0].name} missing)")
    for year in DEMO_YEARS:
        with serve_demo(year, root=web_root) as proxy:
            click.echo(f"Demo web {year} served through {proxy}; crawling …")
            cmd = [sys.executable, "-m", "vmatris.cli", "crawl", "--registry", str(registry), "--year",
                   str(year), "--db", str(db_path), "--proxy", proxy, "--fast", "--quiet"]
            if subprocess.run(cmd, check=False).returncode != 0:
                raise click.ClickException(f"the demo crawl of {year} failed (see above)")
    click.echo(f"Built {db_path} with the years {', '.join(map(str, DEMO_YEARS))}.")
    if not no_serve:
        from vmatris.publish import datasette_command

        cmd = datasette_command(db_path, port, "127.0.0.1")
        click.echo(f"Datasette: http://127.0.0.1:{port}/  (Ctrl-C stops it)")
        os.execvp(cmd[0], cmd)


def main() -> None:
    """The console script: errors are one line and a non-zero status, never a traceback."""
    try:
        cli(prog_name="vmatris")
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
