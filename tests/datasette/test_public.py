"""The public search page over HTTP, as a browser without JavaScript sees it."""

from __future__ import annotations

import importlib.util
import re
from datetime import datetime
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.conftest import ROOT

PLUGIN = ROOT / "datasette" / "plugins" / "vmatris_hitta_stod.py"


def load_plugin(path: Path) -> ModuleType:
    """Import a plugin file the way Datasette's --plugins-dir does (it is not a package)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def services(html: str) -> list[str]:
    """The names of the services listed in a result page."""
    return re.findall(r'<li class="verksamhet">\s*<h3>([^<]+)</h3>', html)


def search(server: str, **params: str) -> httpx.Response:
    response = httpx.get(f"{server}/hitta-stod", params=params)
    assert response.status_code == 200
    return response


def test_form_without_javascript_has_labels_datalist_and_roles(server: str) -> None:
    html = search(server).text
    assert '<html lang="sv">' in html
    assert '<label for="kommun">' in html and 'list="kommunlista"' in html
    for name in ("Norrby", "Söderås", "Västerlid"):
        assert f'<option value="{name}">' in html
    for role in ("utsatt", "barn", "utovare"):
        assert f'id="roll-{role}"' in html
    assert '<option value="ar">Arabiska</option>' in html and '<option value="en">Engelska</option>' in html
    assert 'method="get"' in html


def test_utsatt_in_norrby_finds_own_and_jour_services(server: str) -> None:
    html = search(server, kommun="Norrby", roll="utsatt").text
    # the kommun's own service has no catchment but its actor covers Norrby; the jour names Norrby
    assert services(html) == ["Kvinnojouren Norrby", "Stöd till våldsutsatta"]
    assert 'href="tel:+46980556677"' in html and "Ring 0980-55 66 77" in html
    assert "Öppet dygnet runt" in html
    assert "mån–fre 08.00–16.30" in html
    assert "Lättläst svenska" in html
    assert 'href="http://www.norrby.se.test/omsorg/vald.html"' in html


def test_perpetrator_role_finds_only_perpetrator_service(server: str) -> None:
    html = search(server, kommun="norrby", roll="utovare").text
    assert services(html) == ["Stöd till dig som utövar våld"]
    assert "Stängt nu" in html  # open Tuesdays 9–12; the fixed clock says Wednesday 10.00


def test_child_role_matches_gender_and_exposure(server: str) -> None:
    html = search(server, kommun="Söderås", roll="barn").text
    # Familjefrid: barn som upplever våld / barn och unga; the jour: flickor (tjejer), catchment names Söderås
    assert services(html) == ["Familjefrid", "Kvinnojouren Norrby"]
    assert "Öppet nu" in html


def test_catchment_outside_own_kommun(server: str) -> None:
    html = search(server, kommun="Västerlid", roll="utsatt").text
    assert services(html) == ["Kvinnojouren Norrby"]


def test_language_puts_services_with_that_language_first(server: str) -> None:
    html = search(server, kommun="9992", roll="utsatt", sprak="ar").text
    assert services(html)[0] == "Familjefrid"
    assert "1 av dem har information på arabiska" in html
    assert "Svenska, arabiska, engelska" in html


def test_unknown_kommun_gives_suggestions(server: str) -> None:
    html = search(server, kommun="Söder").text
    assert 'aria-invalid="true"' in html and "Menar du" in html
    assert ">Söderås</a>" in html


def test_national_lines_always_shown_with_check_date(server: str) -> None:
    for params in ({}, {"kommun": "Norrby", "roll": "barn"}):
        html = search(server, **params).text
        assert 'href="tel:+4620505050"' in html and "020-50 50 50" in html
        assert 'href="tel:112"' in html and 'href="tel:116111"' in html
        assert "kontrollerades senast 25 november 2026" in html
        assert "Så döljer du ditt besök" in html


def test_role_orders_its_national_lines_first(server: str) -> None:
    html = search(server, kommun="Norrby", roll="utovare").text
    lines = re.findall(r'<li class="linje">\s*<h3>([^<]+)</h3>', html)
    assert lines[0] == "112 – vid akut fara"
    assert lines.index("Välj att sluta") < lines.index("Kvinnofridslinjen")


def test_public_page_headers_no_cookies_no_store(server: str) -> None:
    response = search(server, kommun="Norrby")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    assert "set-cookie" not in response.headers
    assert "<script>" not in response.text and " on" not in re.sub(r"[^<]*(<[^>]*>)[^<]*", r"\1", response.text)


def test_quick_exit_is_first_link_and_plain_without_js(server: str, neutral_url: str) -> None:
    for path in ("/hitta-stod", "/", "/vmatris", "/vmatris/services", "/om-data", "/aktor"):
        html = httpx.get(server + path).text
        first = re.search(r"<(a|button|input|select|textarea|summary)\b[^>]*>", html.split("<body", 1)[1])
        assert first and 'id="snabbexit"' in first.group(0), path
        assert f'href="{neutral_url}"' in first.group(0), path


@pytest.mark.parametrize(("when", "expected"), [
    ("2026-11-25T10:00", True),    # Wednesday, inside mån–fre 8–16.30
    ("2026-11-25T16:30", False),   # closing minute
    ("2026-11-28T10:00", False),   # Saturday
    ("2026-11-24T07:59", False),
])
def test_is_open_weekday_hours(when: str, expected: bool) -> None:
    plugin = load_plugin(PLUGIN)
    hours = [{"days": ["mon", "tue", "wed", "thu", "fri"], "from": "08:00", "to": "16:30"}]
    assert plugin.is_open(hours, datetime.fromisoformat(when).replace(tzinfo=plugin.TZ)) is expected


def test_is_open_overnight_and_unknown() -> None:
    plugin = load_plugin(PLUGIN)
    night = [{"days": ["fri"], "from": "22:00", "to": "06:00"}]
    at = lambda s: datetime.fromisoformat(s).replace(tzinfo=plugin.TZ)  # noqa: E731
    assert plugin.is_open(night, at("2026-11-27T23:00")) is True
    assert plugin.is_open(night, at("2026-11-28T05:59")) is True
    assert plugin.is_open(night, at("2026-11-28T06:00")) is False
    assert plugin.is_open([], at("2026-11-28T06:00")) is None
    # a UTC time is compared in Swedish time: 07:30 UTC in November is 08:30 in Stockholm
    utc = datetime.fromisoformat("2026-11-25T07:30+00:00")
    assert plugin.is_open([{"days": ["wed"], "from": "08:00", "to": "09:00"}], utc) is True
