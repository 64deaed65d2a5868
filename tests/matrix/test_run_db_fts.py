"""A run database has no full-text index; the published database has one, filled as the run is merged."""

from __future__ import annotations

from pathlib import Path

from matrix import db as mdb


def test_run_database_has_no_fts_and_the_published_one_is_searchable(miniweb_db: Path) -> None:
    runs = sorted((miniweb_db.parent / "runs").glob(f"*/{mdb.RUN_DB}"))
    assert runs, "the crawl keeps its run database"
    # reopened (reextract, render, publish do) it stays without an index
    run = mdb.open_db(runs[-1], create=False)
    try:
        assert run["pages"].detect_fts() is None
        assert not [n for n in run.table_names() if "fts" in n]
        stored = run.execute("SELECT count(*) FROM pages WHERE text LIKE '%kvinnojour%'").fetchone()[0]
    finally:
        run.close()
    main = mdb.open_db(miniweb_db, create=False)
    try:
        assert main["pages"].detect_fts() == "pages_fts"
        hits = main.execute("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'kvinnojour*'").fetchone()[0]
        assert stored >= 1 and hits >= stored
    finally:
        main.close()


def test_another_database_gets_the_full_text_index(tmp_path: Path) -> None:
    db = mdb.open_db(tmp_path / "vmatris.db")
    try:
        assert db["pages"].detect_fts() == "pages_fts"
    finally:
        db.close()
