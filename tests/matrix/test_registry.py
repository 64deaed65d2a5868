"""Registry validation: every bad row stops loading with one line naming file, row and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from matrix import registry
from tests.conftest import ROOT, run_cli

HEADER = "id,name,huvudman,sektor,lan_code,kommunkoder,website,start_urls,allowed_domains,notes\n"
GOOD = ("kommun_0604_aneby,Aneby kommun,Aneby kommun,kommun,06,0604,https://www.aneby.se/,https://www.aneby.se/,"
        "www.aneby.se aneby.se,\n")


def write(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "reg.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


def test_good_row_loads(tmp_path: Path) -> None:
    (actor,) = registry.load(write(tmp_path, GOOD))
    assert actor.id == "kommun_0604_aneby"
    assert actor.kommunkoder == ("0604",)
    assert actor.allowed_domains == ("www.aneby.se", "aneby.se")
    assert actor.spider == "kommun"


@pytest.mark.parametrize(
    ("row", "field", "why"),
    [
        (GOOD.replace(",kommun,06", ",kommunal,06"), "sektor", "unknown sektor"),
        (GOOD.replace("https://www.aneby.se/,https", "htp:/aneby,https"), "website", "malformed URL"),
        (GOOD.replace(",https://www.aneby.se/,www", ",https://www.aneby.se/ not a url,www"), "start_urls",
         "malformed URL"),
        (GOOD.replace("Aneby kommun,Aneby kommun", ",Aneby kommun"), "name", "missing"),
        (GOOD.replace(",0604,", ",9999,"), "kommunkoder", "unknown kommunkod"),
        (GOOD.replace("kommun_0604_aneby", "Kommun Aneby"), "id", "snake_case"),
        (GOOD.replace(",06,", ",6,"), "lan_code", "two-digit"),
        (GOOD.replace("www.aneby.se aneby.se", "www.example.se"), "start_urls", "outside allowed_domains"),
    ],
)
def test_bad_row_names_file_row_and_field(tmp_path: Path, row: str, field: str, why: str) -> None:
    path = write(tmp_path, GOOD.replace("kommun_0604_aneby", "kommun_first"), row)
    with pytest.raises(registry.RegistryError) as err:
        registry.load(path)
    message = str(err.value)
    assert "\n" not in message
    assert str(path) in message and "row 3" in message and f"field '{field}'" in message and why in message


def test_duplicate_id(tmp_path: Path) -> None:
    with pytest.raises(registry.RegistryError, match=r"row 3: field 'id': duplicate id .* \(first on row 2\)"):
        registry.load(write(tmp_path, GOOD, GOOD))


def test_missing_column_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(registry.RegistryError, match="field 'notes': column missing"):
        registry.load(write(tmp_path, GOOD.rsplit(",", 1)[0] + "\n", header=HEADER.replace(",notes", "")))
    with pytest.raises(registry.RegistryError, match="not found"):
        registry.load(tmp_path / "nope.csv")


def test_cli_reports_bad_registry_in_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace(",kommun,06", ",okänd,06"))
    proc = run_cli("crawl", "--registry", str(path), "--year", "2025", "--db", str(tmp_path / "x.db"),
                   check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert f"{path}: row 2: field 'sektor'" in proc.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("name", ["jonkoping.csv", "demo.csv"])
def test_shipped_registries_are_valid(name: str) -> None:
    actors = registry.load(ROOT / "data" / "sources" / name)
    assert len(actors) >= 12
    assert {a.sektor for a in actors} >= {"kommun", "region", "ideburen", "kommungemensam"}


def test_jonkoping_has_all_13_municipalities() -> None:
    actors = registry.load(ROOT / "data" / "sources" / "jonkoping.csv")
    codes = {a.kommunkoder[0] for a in actors if a.sektor == "kommun"}
    assert codes == {"0604", "0617", "0642", "0643", "0662", "0665", "0680", "0682", "0683", "0684", "0685",
                     "0686", "0687"}
    assert all(a.lan_code == "06" for a in actors)
