"""Coordinators: the matrix per actor and year with every value linked to its evidence, facets, export."""

from __future__ import annotations

import asyncio
import csv
import html as htmlmod
import io
import re
from pathlib import Path

import httpx
from datasette.app import Datasette

from vmatris.publish import DATASETTE_DIR, SETTINGS, metadata


def links(page: str) -> list[str]:
    return [htmlmod.unescape(h) for h in re.findall(r'href="([^"]+)"', page)]


def test_actor_index_lists_actors(server: str) -> None:
    page = httpx.get(f"{server}/aktor").text
    assert 'href="/aktor/kommun_9991_norrby"' in page and "Söderås kommun" in page and "2026, 2025" in page


def test_every_value_on_the_actor_page_links_to_evidence(server: str) -> None:
    page = httpx.get(f"{server}/aktor/kommun_9991_norrby").text
    assert '<h2 id="ar-2026">2026</h2>' in page and '<h2 id="ar-2025">2025</h2>' in page
    evidence_links = [h for h in links(page) if "/belagg?" in h]
    assert len(evidence_links) >= 10
    # a catchment taken from the source registry (the page names no area) is said to be so, with no evidence link
    assert "enligt källregistret" in page
    assert not any("variabel=catchment" in h for h in evidence_links)
    for href in evidence_links:
        target = httpx.get(server + href).text
        assert "<blockquote>" in target, href  # at least one snippet behind every value
        assert "/arkiv/" in target, href


def test_evidence_page_shows_url_snippet_date_and_archive(server: str) -> None:
    page = httpx.get(f"{server}/aktor/kommun_9991_norrby/belagg",
                     params={"ar": "2026", "variabel": "quick_exit", "varde": "true"}).text
    assert "Snabb exit" in page
    assert "Lämna sidan snabbt" in page  # the snippet
    assert 'href="http://www.norrby.se.test/omsorg/vald.html"' in page
    assert "2026-03-01T10:00:00Z" in page
    archive = next(h for h in links(page) if h.startswith("/arkiv/"))
    viewer = httpx.get(server + archive)
    assert viewer.status_code == 200 and "Arkiverad sida" in viewer.text
    datasette_link = next(h for h in links(page) if h.startswith("/vmatris/evidence?"))
    rows = httpx.get(server + datasette_link.replace("/vmatris/evidence?", "/vmatris/evidence.json?_shape=array&"))
    assert rows.json() and all(r["variable"] == "quick_exit" for r in rows.json())


def test_missing_value_is_said_plainly(server: str) -> None:
    page = httpx.get(f"{server}/aktor/jour_kvinnojouren_norrby").text
    row = re.search(r"Snabb exit</th><td>(.*?)</td>", page)
    assert row and "Nej" in row.group(1) and "href" not in row.group(1)


def test_unknown_actor_is_404(server: str) -> None:
    assert httpx.get(f"{server}/aktor/finns_inte").status_code == 404


def test_facets_by_lan_sektor_target_group_and_feature(server: str) -> None:
    data = httpx.get(f"{server}/vmatris/matris.json", params={"_size": "0"}).json()
    facets = data["facet_results"]
    for name in ("lan_code", "sektor", "exposure_groups", "gender_groups", "quick_exit", "easy_read"):
        assert name in facets, name
    values = {v["value"] for v in facets["exposure_groups"]["results"]}
    assert {"nara_relation", "valdsutovare", "barn_som_upplever_vald"} <= values
    filtered = httpx.get(f"{server}/vmatris/matris.json",
                         params={"exposure_groups__arraycontains": "valdsutovare", "_shape": "array"}).json()
    assert {r["service_name"] for r in filtered} == {"Stöd till dig som utövar våld"}


def test_matrix_csv_for_excel(server: str) -> None:
    response = httpx.get(f"{server}/matris-excel.csv", params={"ar": "2026", "lan": "99"})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="verksamhetsmatris-2026-99.csv"' in response.headers["content-disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads the BOM as UTF-8
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0][:6] == ["År", "Län", "Aktör", "Sektor", "Huvudman", "Verksamhet"]
    jour = next(r for r in rows if r[5] == "Kvinnojouren Norrby")
    assert "Våld i nära relation" in jour[7] and jour[11] == "0980-55 66 77" and jour[12] == "ja"
    assert len(rows) == 1 + 4
    plain = httpx.get(f"{server}/vmatris/matris.csv", params={"_dl": "1", "_size": "max"})
    assert plain.status_code == 200 and "attachment" in plain.headers["content-disposition"]


def test_search_on_a_real_crawl(miniweb_db: Path) -> None:
    """The mini web crawled over HTTP by the real spiders: its kommun and services are found."""

    async def run() -> tuple[str, str]:
        ds = Datasette([str(miniweb_db)], immutables=[], metadata=metadata(miniweb_db.stem),
                       template_dir=str(DATASETTE_DIR / "templates"), plugins_dir=str(DATASETTE_DIR / "plugins"),
                       static_mounts=[("static", str(DATASETTE_DIR / "static"))], settings=SETTINGS)
        await ds.invoke_startup()
        utsatt = await ds.client.get("/hitta-stod?kommun=Testvik&roll=utsatt")
        utovare = await ds.client.get("/hitta-stod?kommun=Testvik&roll=utovare")
        return utsatt.text, utovare.text

    utsatt, utovare = asyncio.run(run())
    assert "<h3>Stöd till våldsutsatta</h3>" in utsatt and "<h3>Kvinnojouren Testvik</h3>" in utsatt
    assert "<h3>Stöd till dig som utövar våld</h3>" not in utsatt
    assert "<h3>Stöd till dig som utövar våld</h3>" in utovare
