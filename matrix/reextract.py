"""Re-run today's extractors over an archived run, without touching the network.

So a comparison of two years can use the same extractor version on both:
an improvement in vmatris never shows up as a change on a website.  Reads
the run's WARC archive (``archive-*.warc.gz``); pages the archive lacks
fall back to the HTML kept in the run database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from matrix import db as mdb
from matrix.extract import EXTRACTOR_VERSION, Options, as_json, extract_all, relevance, values
from matrix.page import Page

TEXTUAL = ("text/", "application/xhtml")


def archived_pages(run_dir: Path) -> Iterator[tuple[str, str, bytes, str]]:
    """(actor id, final URL, raw body, content type) of every HTML response in the run's WARC files."""
    for path in sorted(run_dir.glob("archive-*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if ctype and not ctype.lower().startswith(TEXTUAL):
                    continue
                yield (record.rec_headers.get_header("WARC-Actor-Id") or "",
                       record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read(), ctype)


def reextract_run(run_dir: Path, options: Options) -> dict[str, int]:
    """Re-extract every page of the run in ``run_dir`` into its run database; returns counts."""
    run_db = run_dir / mdb.RUN_DB
    db = mdb.open_db(run_db, create=False)
    run = next(iter(db.query("SELECT run_id, year FROM crawl_runs LIMIT 1")), None)
    if run is None:
        raise mdb.BuildError(f"{run_db}: no crawl run recorded")
    rows = {r["page_id"]: r for r in db.query("SELECT * FROM pages WHERE run_id = ?", [run["run_id"]])}
    done: set[str] = set()
    counts = {"from_archive": 0, "from_database": 0}
    sources = ((actor, url, body, ctype, "from_archive") for actor, url, body, ctype in archived_pages(run_dir))
    for actor, url, body, ctype, origin in sources:
        pid = mdb.page_id(run["run_id"], actor, url)
        if pid in rows and pid not in done:
            _update(db, rows[pid], Page(url, body, content_type=ctype or None), options)
            done.add(pid)
            counts[origin] += 1
    for pid, row in rows.items():
        if pid in done:
            continue
        html = db["page_html"].get(pid)["html"] if db["page_html"].count_where("page_id = ?", [pid]) else None
        if html:
            _update(db, row, Page(row["final_url"], html), options)
            counts["from_database"] += 1
    db.execute("UPDATE crawl_runs SET extractor_version = ? WHERE run_id = ?", [EXTRACTOR_VERSION, run["run_id"]])
    db.conn.commit()
    db.close()
    return {**counts, "run_id": run["run_id"], "year": run["year"]}  # type: ignore[dict-item]


def _update(db, row: dict, page: Page, options: Options) -> None:
    findings = extract_all(page, options)
    record = {**row, "findings": values(findings), "relevance": relevance(page), "title": page.title,
              "h1": page.h1, "lang": page.lang, "text": page.main_text, "html": None}
    record.pop("html")
    mdb.save_page(db, record, mdb.evidence_rows(record, as_json(page, findings)["variables"]))
