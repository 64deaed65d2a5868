"""A small fictional county, extracted with the real extractors into a real vmatris database.

The Datasette tests need more variety than the mini web of ``tests/fixtures/miniweb``
(several municipalities, a service whose catchment is empty but whose actor
covers the municipality, a children's service, a perpetrators' service,
languages, easy-read, 24/7 lines and two years), so this module writes a
registry and HTML pages and runs them through the same steps as a crawl:
``Page`` -> ``extract_all`` -> ``evidence_rows`` -> ``save_page`` ->
``finish_run`` -> ``build_year``.  No row is written by hand.
"""

from __future__ import annotations

from pathlib import Path

from matrix import db as mdb
from matrix.extract import Options, as_json, extract_all, relevance, values
from matrix.page import Page
from matrix.registry import kommun_index, load

REGISTRY = """id,name,huvudman,sektor,lan_code,kommunkoder,website,start_urls,allowed_domains,notes
kommun_9991_norrby,Norrby kommun,Norrby kommun,kommun,99,9991,http://www.norrby.se.test/,http://www.norrby.se.test/,www.norrby.se.test,test
kommun_9992_soderas,Söderås kommun,Söderås kommun,kommun,99,9992,http://www.soderas.se.test/,http://www.soderas.se.test/,www.soderas.se.test,test
jour_kvinnojouren_norrby,Kvinnojouren Norrby,Kvinnojouren Norrby,ideburen,99,9991;9992;9993,http://kvinnojouren.test/,http://kvinnojouren.test/,kvinnojouren.test,test
"""
KOMMUNER = "municipality_code,municipality_name_short\n9991,Norrby\n9992,Söderås\n9993,Västerlid\n"

NORRBY_EXIT = '<a class="quick-exit" href="https://www.google.se">Lämna sidan snabbt</a>'
PAGES: dict[str, dict[str, str]] = {
    "kommun_9991_norrby": {
        "http://www.norrby.se.test/": """<!doctype html><html lang="sv"><head><title>Norrby kommun</title></head>
<body><header><nav><a href="/lattlast.html">Lättläst</a></nav></header><main><h1>Välkommen till Norrby</h1>
<p><a href="/omsorg/vald.html">Stöd vid våld i nära relationer</a></p></main></body></html>""",
        "http://www.norrby.se.test/omsorg/vald.html": f"""<!doctype html><html lang="sv"><head>
<title>Stöd till våldsutsatta - Norrby kommun</title></head><body><header>{NORRBY_EXIT}
<a href="/lattlast.html">Lättläst</a></header><main><h1>Stöd till våldsutsatta</h1>
<p>Är du utsatt för våld i en nära relation? Socialtjänsten erbjuder stöd till kvinnor, män och hbtq-personer.</p>
<p>Ring oss på 0980-22 33 44, mån–fre 8.00–16.30.</p>
<p><a href="/omsorg/vald/utovare.html">Stöd till dig som utövar våld</a></p></main></body></html>""",
        "http://www.norrby.se.test/omsorg/vald/utovare.html": """<!doctype html><html lang="sv"><head>
<title>Stöd till dig som utövar våld</title></head><body><main><h1>Stöd till dig som utövar våld</h1>
<p>Har du utövat våld mot din partner? Vi erbjuder samtal för dig som vill sluta använda våld.
Ring 0980-22 33 99 tisdagar kl. 9–12.</p></main></body></html>""",
    },
    "kommun_9992_soderas": {
        "http://www.soderas.se.test/": """<!doctype html><html lang="sv"><head><title>Söderås kommun</title></head>
<body><header><nav><a href="/en/">In English</a> <a href="/ar/">العربية</a></nav></header>
<main><h1>Söderås kommun</h1><p><a href="/familjefrid.html">Familjefrid – stöd vid våld</a></p></main>
</body></html>""",
        "http://www.soderas.se.test/familjefrid.html": """<!doctype html><html lang="sv"><head>
<title>Familjefrid - Söderås kommun</title></head><body><header><nav><a href="/en/">In English</a>
<a href="/ar/">العربية</a></nav></header><main><h1>Familjefrid</h1>
<p>Familjefrid ger stöd till barn och unga som upplever våld i familjen och till vuxna som utsatts för våld
i nära relation.</p><p>Ring 0980-44 55 66, måndag–torsdag 9.00–15.00.</p></main></body></html>""",
    },
    "jour_kvinnojouren_norrby": {
        "http://kvinnojouren.test/": """<!doctype html><html lang="sv"><head><title>Kvinnojouren Norrby</title>
</head><body><div class="entry-content"><h1>Kvinnojouren Norrby</h1>
<p>Vi ger stöd till kvinnor och tjejer som utsatts för våld i nära relation eller sexuellt våld.</p>
<p>Vi tar emot kvinnor från Norrby, Söderås och Västerlid.</p>
<p>Jourtelefonen 0980-55 66 77 är öppen dygnet runt.</p></div></body></html>""",
    },
}
# the second year: Söderås adds easy-read Swedish
CHANGES_2026: dict[str, dict[str, str | None]] = {
    "kommun_9992_soderas": {
        "http://www.soderas.se.test/": PAGES["kommun_9992_soderas"]["http://www.soderas.se.test/"].replace(
            '<a href="/ar/">العربية</a>', '<a href="/ar/">العربية</a> <a href="/lattlast/">Lättläst</a>'),
    },
}


def pages_for(year: int) -> dict[str, dict[str, str]]:
    """The test web as it looked in ``year``: actor id -> URL -> HTML."""
    out = {actor: dict(pages) for actor, pages in PAGES.items()}
    if year >= 2026:
        for actor, changes in CHANGES_2026.items():
            for url, html in changes.items():
                if html is None:
                    out[actor].pop(url, None)
                else:
                    out[actor][url] = html
    return out


def build(folder: Path, years: tuple[int, ...] = (2025, 2026)) -> Path:
    """Write the registry and build ``folder/vmatris.db`` with every year; returns the database path."""
    folder.mkdir(parents=True, exist_ok=True)
    registry = folder / "testlan.csv"
    registry.write_text(REGISTRY, encoding="utf-8")
    (folder / "testlan.kommuner.csv").write_text(KOMMUNER, encoding="utf-8")
    index = kommun_index(registry)
    options = Options(kommun_index=index)
    path = folder / "vmatris.db"
    db = mdb.open_db(path)
    mdb.save_actors(db, load(registry))
    for year in years:
        run_id = f"{year}-test"
        mdb.start_run(db, run_id, year, str(registry), {"test": True})
        sites = []
        for actor_id, pages in pages_for(year).items():
            for depth, (url, html) in enumerate(pages.items()):
                _save(db, run_id, year, actor_id, url, html, min(depth, 2), options)
            sites.append({"actor_id": actor_id, "year": year, "outcome": "ok", "pages": len(pages),
                          "relevant_pages": len(pages), "errors": 0, "robots_refused": 0, "bytes": 0,
                          "message": ""})
        mdb.finish_run(db, run_id, "finished", sites, "test web")
        mdb.build_year(db, run_id, index)
    db.execute("PRAGMA journal_mode = DELETE")
    db.conn.commit()
    db.close()
    return path


def _save(db, run_id: str, year: int, actor_id: str, url: str, html: str, depth: int, options: Options) -> None:
    page = Page(url, html.encode("utf-8"), content_type="text/html; charset=utf-8")
    findings = extract_all(page, options)
    row = {
        "page_id": mdb.page_id(run_id, actor_id, url), "run_id": run_id, "year": year, "actor_id": actor_id, "url": url,
        "final_url": url, "status": 200, "fetched_at": f"{year}-03-01T10:00:00Z", "depth": depth,
        "referer_url": None, "content_type": "text/html; charset=utf-8", "headers": {}, "title": page.title,
        "h1": page.h1, "lang": page.lang, "content_hash": None, "bytes": len(html.encode()),
        "relevance": relevance(page), "findings": values(findings), "text": page.main_text, "html": page.html,
    }
    mdb.save_page(db, row, mdb.evidence_rows(row, as_json(page, findings)["variables"]))
