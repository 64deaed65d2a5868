"""The build's memory does not grow with the web: it reads one actor's pages at a time (by structure, not timing)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from matrix import db as mdb
from matrix import registry
from tests.conftest import ROOT

REGISTRY = ROOT / "tests" / "fixtures" / "miniweb" / "testvik.csv"


def _run_db(tmp_path: Path) -> tuple[object, list[str]]:
    db = mdb.open_db(tmp_path / "run.db")
    actors = registry.load(REGISTRY)
    mdb.save_actors(db, actors)
    mdb.start_run(db, "R", 2026, str(REGISTRY), {})
    for a in actors:
        for i in range(5):
            url = f"https://{a.id}.test/vald/{i}.html"
            mdb.save_page(db, {"page_id": mdb.page_id("R", a.id, url), "run_id": "R", "year": 2026,
                               "actor_id": a.id, "url": url, "final_url": url, "status": 200, "depth": 1,
                               "fetched_at": "2026-01-01T00:00:00Z", "title": f"Stöd {i}", "h1": f"Stöd {i}",
                               "relevance": 1.0, "findings": {}, "text": "Stöd till dig som är utsatt för våld.",
                               "html": "<p>Stöd</p>"}, [])
    mdb.finish_run(db, "R", "finished", [{"actor_id": a.id, "year": 2026, "outcome": "ok", "pages": 5,
                                          "relevant_pages": 5, "errors": 0, "robots_refused": 0, "bytes": 1}
                                         for a in actors])
    return db, [a.id for a in actors]


def test_page_records_is_a_stream_of_actors(tmp_path: Path) -> None:
    db, ids = _run_db(tmp_path)
    stream = mdb.page_records(db, "R")
    assert inspect.isgenerator(stream)
    seen = [(actor, len(pages), {p["actor_id"] for p in pages}) for actor, pages in stream]
    assert seen == [(a, 5, {a}) for a in sorted(ids)]


def test_build_year_holds_one_actors_pages_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = _run_db(tmp_path)
    calls: list[tuple[str, int]] = []
    real = mdb.actor_page_records

    def spy(db_, run_id, actor_id):  # noqa: ANN001, ANN202
        rows = real(db_, run_id, actor_id)
        calls.append((actor_id, len(rows)))
        return rows

    def whole_run(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("build_year must not load the whole run's pages")

    monkeypatch.setattr(mdb, "actor_page_records", spy)
    monkeypatch.setattr(mdb, "page_records", whole_run)
    counts = mdb.build_year(db, "R")
    assert sorted(calls) == sorted((a, 5) for a in ids)  # one query per actor, each bounded by the site cap
    assert counts["actors"] == len(ids)
