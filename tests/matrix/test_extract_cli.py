"""`vmatris extract`: one saved page in, the variables with evidence out as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from matrix.variables import VARIABLE_IDS
from tests.conftest import MINIWEB
from vmatris.cli import cli

PAGE = MINIWEB / "2025" / "www.testvik.se.test" / "omsorg" / "vald" / "stod-till-valdsutsatta.html"


def run(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["extract", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_extract_json_shape_and_values() -> None:
    out = run(str(PAGE), "--url", "http://www.testvik.se.test/omsorg/vald/stod-till-valdsutsatta.html")
    assert out["url"] == "http://www.testvik.se.test/omsorg/vald/stod-till-valdsutsatta.html"
    assert set(VARIABLE_IDS) <= set(out["variables"])
    v = out["variables"]
    assert v["exposure_groups"]["value"] == ["nara_relation"]
    assert v["exposure_groups"]["details"]["referrals"] == ["heder", "valdsutovare"]
    assert v["gender_groups"]["value"] == ["kvinnor", "man", "hbtq"]
    assert v["phone_numbers"]["value"] == ["+46980123456"]
    assert v["quick_exit"]["value"] is True and v["hotline_24h"]["value"] is False
    assert [canon(i) for i in v["opening_hours"]["value"]] == ["mon,tue,wed,thu,fri 08:00-16:30"]
    for name, data in v.items():
        positive = data["value"] not in (False, [], None)
        assert positive == bool(data["evidence"]), f"{name}: a value must carry evidence, and only a value"
        for ev in data["evidence"]:
            assert set(ev) == {"snippet", "where", "rule"} and ev["snippet"]


def canon(i: dict) -> str:
    return f"{','.join(i['days'])} {i['from']}-{i['to']}"


def test_extract_plain_text(tmp_path: Path) -> None:
    page = tmp_path / "sida.txt"
    page.write_text("Tjejjouren Exempel\n\nVi finns för dig som är tjej mellan 12 och 25 år. Chatten är öppen "
                    "tisdagar kl 19–21.\n", encoding="utf-8")
    out = run(str(page))
    assert out["variables"]["gender_groups"]["value"] == ["flickor"]  # a youth service coded by its gender
    assert [canon(i) for i in out["variables"]["opening_hours"]["value"]] == ["tue 19:00-21:00"]


def test_extract_missing_file_is_one_line_error() -> None:
    result = CliRunner().invoke(cli, ["extract", "/nonexistent/page.html"])
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output
