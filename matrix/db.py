"""Saving to SQLite with sqlite-utils, and building a year atomically.

The crawl writes each run into its own database (``runs/<run_id>/run.db``).
``publish`` then copies the main database to a temporary file, merges the
run in, rebuilds that year's services and matrix rows, and renames the file
over the old one: Datasette never sees a half-built database, a crash leaves
the previous one as it was, and other years are never touched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from matrix import services as svc
from matrix.extract import EXTRACTOR_VERSION
from matrix.kommuner import KommunIndex, real
from matrix.registry import Actor
from matrix.schema import TABLES, ensure_schema


class BuildError(RuntimeError):
    """The database cannot be built; the message is one line."""


FAULT_ENV = "VMATRIS_FAULT"


def fault_point(name: str) -> None:
    """Fail here when ``VMATRIS_FAULT`` is ``<name>:<how>``: how the tests crash a build on purpose.

    ``raise`` raises RuntimeError, ``enospc`` an ``OSError(ENOSPC)`` (a full
    disk), ``kill`` sends the process SIGKILL (no cleanup of any kind runs).
    """
    spec = os.environ.get(FAULT_ENV, "")
    point, _, how = spec.partition(":")
    if point != name:
        return
    if how == "kill":
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    if how == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)
    raise RuntimeError(f"fault injected at {name} ({FAULT_ENV})")


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# a run's own database (``runs/<run_id>/run.db``): the crawl writes it, ``publish`` merges it into the main one
RUN_DB = "run.db"


def open_db(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create) a vmatris database with the full schema.

    A run database gets no full-text index: nobody searches it (the published database is searched, and its
    triggers index the pages as ``publish`` merges them), and indexing every page's text as it is stored was
    the crawl's reactor thread's work.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise BuildError(f"{path}: database not found")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA journal_mode = WAL" if create else "PRAGMA query_only = 0")
        ensure_schema(db, fts=path.name != RUN_DB)
    except sqlite3.DatabaseError as exc:
        raise BuildError(f"{path}: not a usable SQLite database ({exc})") from None
    return db


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def save_actors(db: sqlite_utils.Database, actors: Iterable[Actor]) -> None:
    rows = []
    for actor in actors:
        row = actor.as_row()
        for key in ("kommunkoder", "start_urls", "allowed_domains"):
            row[key] = to_json(list(row[key]))
        rows.append(row)
    with db.conn:
        db["actors"].upsert_all(rows, pk="actor_id")


def page_id(run_id: str, actor_id: str, url: str) -> str:
    """A page's id: the same URL fetched for two actors (a shared page) is two records."""
    return hashlib.sha1(f"{run_id} {actor_id} {url}".encode()).hexdigest()[:20]


def save_page(db: sqlite_utils.Database, page: dict[str, Any], evidence: list[dict[str, Any]], *,
              commit: bool = True) -> None:
    """Store one fetched page, its HTML and its evidence rows (replacing a re-fetch of the same URL).

    Plain prepared statements (``INSERT … ON CONFLICT DO UPDATE``, sqlite-utils' upsert semantics)
    rather than sqlite-utils' table calls, which introspect the schema on every call: the crawl
    stores a page per few milliseconds on its one reactor thread.  ``commit=False`` leaves the
    rows in the connection's open transaction, for a caller that commits a batch of pages at once
    (:class:`scrapers.pipelines.store.StorePipeline`); the page is then stored only once it commits.
    """
    html = page.pop("html", None)
    page["findings"] = to_json(page.get("findings") or {})
    page["headers"] = to_json(page.get("headers") or {})
    conn = db.conn
    if not conn.in_transaction:
        conn.execute("BEGIN")
    conn.execute("SAVEPOINT save_page")  # a page is stored whole or not at all, also inside a batch
    try:
        conn.execute("DELETE FROM evidence WHERE page_id = ?", [page["page_id"]])
        _upsert(conn, "pages", page)
        if html is not None:
            _upsert(conn, "page_html", {"page_id": page["page_id"], "html": html})
        for row in evidence:
            _upsert(conn, "evidence", row)
        if page["url"] != page["final_url"]:
            _upsert(conn, "redirects", {"run_id": page["run_id"], "year": page["year"],
                                        "actor_id": page["actor_id"], "from_url": page["url"],
                                        "to_url": page["final_url"]})
        conn.execute("RELEASE save_page")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # (a full disk may already have rolled it all back)
            conn.execute("ROLLBACK TO save_page")
            conn.execute("RELEASE save_page")
        if commit:
            conn.rollback()
        raise
    if commit:
        conn.commit()


def save_rows(db: sqlite_utils.Database, table: str, rows: Iterable[dict[str, Any]], *, commit: bool = True) -> None:
    """Upsert rows into ``table`` (its primary key from the schema); ``commit=False``: into the open transaction."""
    for row in rows:
        _upsert(db.conn, table, row)
    if commit:
        db.conn.commit()


_UPSERT_SQL: dict[tuple[str, tuple[str, ...]], str] = {}


def _upsert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """sqlite-utils' ``upsert`` (insert, or update the given columns of the row with the same key) in one statement."""
    cols = tuple(row)
    sql = _UPSERT_SQL.get((table, cols))
    if sql is None:
        pk = TABLES[table]["pk"]
        pks = (pk,) if isinstance(pk, str) else tuple(pk)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c not in pks)
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))}) "
               f"ON CONFLICT ({', '.join(f'[{c}]' for c in pks)}) DO " + (f"UPDATE SET {updates}" if updates else
                                                                        "NOTHING"))
        _UPSERT_SQL[(table, cols)] = sql
    conn.execute(sql, [to_json(v) if isinstance(v, dict | list | tuple) else v for v in row.values()])


def evidence_rows(page: dict[str, Any], findings_json: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per value found on the page, each with its first snippet."""
    rows = []
    for variable, data in findings_json.items():
        value, evs = data.get("value"), data.get("evidence") or []
        if not evs or value in (None, False, []):
            continue
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            label = item if isinstance(item, str) else to_json(item) if not isinstance(item, bool) else "true"
            ev = _match_evidence(label, evs, i)
            rows.append({
                "evidence_id": hashlib.sha1(f"{page['page_id']} {variable} {label}".encode()).hexdigest()[:20],
                "page_id": page["page_id"], "run_id": page["run_id"], "year": page["year"],
                "actor_id": page["actor_id"], "service_id": None, "variable": variable, "value": label,
                "snippet": ev["snippet"], "locator": ev["where"], "rule": ev["rule"], "url": page["final_url"],
                "fetched_at": page["fetched_at"],
            })
    return rows


def _match_evidence(label: str, evs: list[dict[str, Any]], index: int) -> dict[str, Any]:
    for ev in evs:
        if f":{label}" in ev["rule"] or label in ev["snippet"]:
            return ev
    return evs[min(index, len(evs) - 1)]


def start_run(db: sqlite_utils.Database, run_id: str, year: int, registry: str, settings: dict) -> None:
    with db.conn:
        db["crawl_runs"].upsert({"run_id": run_id, "year": year, "registry": registry, "started_at": now(),
                                 "status": "running", "extractor_version": EXTRACTOR_VERSION,
                                 "settings": to_json(settings)}, pk="run_id")


def finish_run(db: sqlite_utils.Database, run_id: str, status: str, sites: list[dict[str, Any]],
               summary: str = "") -> None:
    """Close a run: store any given site outcomes, then derive the run's totals from all of its sites."""
    with db.conn:
        for site in sites:
            site = {**site, "run_id": run_id, "errors_by_kind": to_json(site.get("errors_by_kind") or {})}
            db["crawl_sites"].upsert(site, pk=("run_id", "actor_id"))
        keys = ("pages", "relevant_pages", "errors", "bytes")
        row = db.execute(f"SELECT {', '.join(f'coalesce(sum({k}), 0)' for k in keys)} FROM crawl_sites "
                         "WHERE run_id = ?", [run_id]).fetchone()
        db["crawl_runs"].update(run_id, {"finished_at": now(), "status": status, "summary": summary,
                                         **dict(zip(keys, row, strict=True))})


PAGE_RECORD_SQL = ("SELECT page_id, actor_id, url, final_url, title, h1, depth, relevance, findings, text, status "
                   "FROM pages WHERE run_id = ? AND status BETWEEN 200 AND 299")


def actor_page_records(db: sqlite_utils.Database, run_id: str, actor_id: str) -> list[dict[str, Any]]:
    """One actor's pages of the run, as records for :mod:`matrix.services` (a site's pages are capped)."""
    rows = []
    for row in db.query(PAGE_RECORD_SQL + " AND actor_id = ? ORDER BY depth, final_url", [run_id, actor_id]):
        row["findings"] = json.loads(row["findings"] or "{}")
        rows.append(row)
    return rows


def page_records(db: sqlite_utils.Database, run_id: str) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``(actor_id, pages)`` of the run, one actor at a time, in actor order.

    A build holds one actor's pages (a site is capped at a few hundred) and
    never the whole run's text, so its memory does not grow with the web.
    """
    for actor_id in _actors_with_pages(db, run_id):
        yield actor_id, actor_page_records(db, run_id, actor_id)


def _actors_with_pages(db: sqlite_utils.Database, run_id: str) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT actor_id FROM pages WHERE run_id = ? AND status BETWEEN 200 "
                                     "AND 299 ORDER BY actor_id", [run_id]).fetchall()]


def build_year(db: sqlite_utils.Database, run_id: str, index: KommunIndex | None = None) -> dict[str, int]:
    """(Re)build the services and actor_years rows of the run's year for the run's actors."""
    index = index or real()
    run = db["crawl_runs"].get(run_id)
    year = run["year"]
    actors = {a["actor_id"]: a for a in db.query("SELECT * FROM actors")}
    crawled = [r["actor_id"] for r in db.query("SELECT actor_id FROM crawl_sites WHERE run_id = ?", [run_id])]
    counts = {"services": 0, "actors": 0}
    with db.conn:
        db["kommuner"].upsert_all(
            [{"kommunkod": code, "name": name, "lan_code": index.lan_of.get(code, code[:2])}
             for name, code in index.by_name.items()], pk="kommunkod")
        for actor_id in sorted(set(crawled) | set(_actors_with_pages(db, run_id))):
            actor = actors[actor_id]
            db.execute("UPDATE evidence SET service_id = NULL WHERE actor_id = ? AND year = ?", [actor_id, year])
            db["services"].delete_where("actor_id = ? AND year = ?", [actor_id, year])
            pages = actor_page_records(db, run_id, actor_id)  # one actor's pages at a time: memory stays flat
            relevant = [p for p in pages if (p["relevance"] or 0) > 0]
            found = svc.find_services(relevant)
            rows = []
            for service in found:
                row = svc.roll_up_service(service)
                svc.default_catchment(row, actor, index)
                key = svc.slug(row["name"])
                service_id = f"{year}-{actor_id}-{key}"
                if any(r["service_id"] == service_id for r in rows):
                    service_id += f"-{len(rows)}"
                rows.append({
                    "service_id": service_id, "year": year, "actor_id": actor_id, "service_key": key,
                    "huvudman": actor["huvudman"], "sektor": actor["sektor"], "lan_code": actor["lan_code"],
                    "run_id": run_id, "extractor_version": EXTRACTOR_VERSION,
                    "catchment_codes": to_json([index.code(n) for n in row["catchment"] if index.code(n)]),
                    **{k: (to_json(v) if isinstance(v, list) else v) for k, v in row.items()},
                })
                member_ids = [p["page_id"] for p in service["members"]]
                db.execute(
                    f"UPDATE evidence SET service_id = ? WHERE page_id IN ({','.join('?' * len(member_ids))})",
                    [service_id, *member_ids],
                )
            if rows:
                db["services"].insert_all(rows, pk="service_id", alter=False)
            site = svc.roll_up_site(pages)
            groups = {v: [] for v in ("exposure_groups", "gender_groups", "vulnerable_groups")}
            for r in rows:
                for v in groups:
                    groups[v] += [c for c in json.loads(r[v]) if c not in groups[v]]
            if set(groups["gender_groups"]) & {"kvinnor", "man", "flickor", "pojkar"}:
                # "könsneutral" counts actors whose whole description names no gender
                groups["gender_groups"] = [g for g in groups["gender_groups"] if g != "konsneutral"]
            db["actor_years"].upsert({
                "actor_id": actor_id, "year": year, "run_id": run_id, "name": actor["name"],
                "sektor": actor["sektor"], "lan_code": actor["lan_code"], "relevant_pages": len(relevant),
                "services": len(rows), **{k: to_json(v) for k, v in groups.items()},
                **{k: (to_json(v) if isinstance(v, list) else int(v)) for k, v in site.items()},
                "extractor_version": EXTRACTOR_VERSION,
            }, pk=("actor_id", "year"))
            counts["services"] += len(rows)
            counts["actors"] += 1
    return counts


def publish(run_db: str | Path, target: str | Path, run_id: str, index: KommunIndex | None = None) -> dict[str, int]:
    """Merge a run into the main database atomically: copy, merge, build the year, rename."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.building-{os.getpid()}")
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(target)
    try:
        if tmp.exists():
            tmp.unlink()
        dst = sqlite3.connect(tmp)
        if target.is_file():
            src = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            try:
                src.backup(dst)
            except sqlite3.DatabaseError as exc:
                raise BuildError(f"{target}: existing database is corrupt ({exc}); it was left as it was") from None
            finally:
                src.close()
        dst.close()
        db = sqlite_utils.Database(tmp)
        ensure_schema(db)
        _merge(db, Path(run_db), run_id)
        fault_point("publish-merge")
        counts = build_year(db, run_id, index)
        _refresh_changes(db, db["crawl_runs"].get(run_id)["year"])
        db.execute("PRAGMA journal_mode = DELETE")
        db.conn.commit()
        db.close()
        fault_point("publish-rename")
        os.replace(tmp, target)
        return counts
    except sqlite3.OperationalError as exc:
        _cleanup(tmp)
        if "full" in str(exc).lower():
            raise BuildError(f"{target}: disk full while building ({exc}); the previous database was left as it "
                             "was") from None
        raise
    except OSError as exc:
        _cleanup(tmp)
        if exc.errno == errno.ENOSPC:
            raise BuildError(f"{target}: no space left on the device while building; the previous database was "
                             "left as it was") from None
        raise
    except BaseException:
        _cleanup(tmp)
        raise


def _cleanup(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm"),
                     tmp.with_name(tmp.name + "-journal")):
        if leftover.exists():
            leftover.unlink()


def _remove_stale_builds(target: Path) -> None:
    """Delete half-built copies left by a build that was killed (its process no longer exists)."""
    for tmp in target.parent.glob(f".{target.name}.building-*"):
        pid = tmp.name.rsplit("-", 1)[-1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except PermissionError:
            pass


def _refresh_changes(db: sqlite_utils.Database, year: int) -> None:
    """Store the comparison of ``year`` with its neighbouring built years (``changes`` table)."""
    from matrix import compare

    years = sorted(r["year"] for r in db.query("SELECT DISTINCT year FROM actor_years"))
    pos = years.index(year) if year in years else -1
    pairs = []
    if pos > 0:
        pairs.append((years[pos - 1], year))
    if 0 <= pos < len(years) - 1:
        pairs.append((year, years[pos + 1]))
    for a, b in pairs:
        compare.save_changes(db, compare.compare(db, a, b), a, b)


def _merge(db: sqlite_utils.Database, run_db: Path, run_id: str) -> None:
    """Copy one run's rows from its own database into ``db``, replacing an earlier copy of the same run."""
    db.execute("ATTACH DATABASE ? AS run", [str(run_db)])
    try:
        with db.conn:
            year = db.execute("SELECT year FROM run.crawl_runs WHERE run_id = ?", [run_id]).fetchone()[0]
            actor_ids = [r[0] for r in db.execute("SELECT actor_id FROM run.crawl_sites WHERE run_id = ?", [run_id])]
            marks = ",".join("?" * len(actor_ids)) or "''"
            # a newer run of the same year replaces that year's pages for the same actors only
            old_pages = f"SELECT page_id FROM pages WHERE year = ? AND actor_id IN ({marks})"
            db.execute(f"DELETE FROM evidence WHERE page_id IN ({old_pages})", [year, *actor_ids])
            db.execute(f"DELETE FROM page_html WHERE page_id IN ({old_pages})", [year, *actor_ids])
            db.execute(f"DELETE FROM pages WHERE page_id IN ({old_pages})", [year, *actor_ids])
            db.execute(f"DELETE FROM redirects WHERE year = ? AND actor_id IN ({marks})", [year, *actor_ids])
            db.execute(f"DELETE FROM fetch_errors WHERE actor_id IN ({marks}) AND run_id IN "
                       "(SELECT run_id FROM crawl_runs WHERE year = ?)", [*actor_ids, year])
            for table in ("actors", "crawl_runs", "crawl_sites", "pages", "page_html", "evidence", "redirects",
                          "fetch_errors"):
                cols = ", ".join(f"[{c}]" for c in TABLES[table]["columns"])
                db.execute(f"INSERT OR REPLACE INTO [{table}] ({cols}) SELECT {cols} FROM run.[{table}]")
    finally:
        db.execute("DETACH DATABASE run")
