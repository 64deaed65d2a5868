"""`vmatris evaluate`: scores per variable, and a pinned floor on the labeled set."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from matrix.evaluate import evaluate
from tests.conftest import ROOT
from vmatris.cli import cli

# pinned a little under the measured levels (docs/EVALUATION.md) so a regression shows, not noise
FLOOR_INDEPENDENT = 0.95
FLOOR_HOLDOUT = 0.93

LABELS = ROOT / "tests" / "labels" / "labels.jsonl"  # written independently of the extractors
DEV_LABELS = ROOT / "tests" / "labels_dev" / "labels.jsonl"  # written by the extractors' author
# written blind from the rules; scored once unseen (0.918), then its failure classes were fixed (no longer unseen)
HOLDOUT_LABELS = ROOT / "tests" / "labels_holdout" / "labels.jsonl"
# a second blind set: scored once unseen (0.954) at the end of the session, then its failure classes were fixed
UNSEEN_LABELS = ROOT / "tests" / "labels_unseen" / "labels.jsonl"
FLOOR_UNSEEN = 0.94


def test_labeled_sets_are_large_and_varied() -> None:
    for path in (LABELS, DEV_LABELS, HOLDOUT_LABELS):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(rows) >= 80, path
        kinds = {r.get("kind") or r["file"].split("/")[-1][0] for r in rows}  # holdout names files k…, r…, j…
        assert kinds >= {"kommun", "region", "jour"} or kinds >= {"k", "r", "j"}, path
        assert sum(1 for r in rows if r.get("exposure_groups") == []) >= 10, path  # hard negatives
        assert any(r["file"].endswith(".txt") for r in rows), path


def test_development_set_stays_above_the_floor() -> None:
    result = evaluate(DEV_LABELS)
    assert result["overall"]["f1"] >= 0.95, result["overall"]
    low = {v: s["f1"] for v, s in result["variables"].items() if s["f1"] < 0.90}
    assert not low, low


def test_independent_set_does_not_regress() -> None:
    """Pinned at the measured level (docs/EVALUATION.md): below the aim, and honest about it."""
    result = evaluate(LABELS)
    assert result["pages"] >= 80
    assert result["overall"]["f1"] >= FLOOR_INDEPENDENT, result["overall"]
    low = {v: s["f1"] for v, s in result["variables"].items() if s["f1"] < 0.88}
    assert not low, low


def test_holdout_set_does_not_regress() -> None:
    result = evaluate(HOLDOUT_LABELS)
    assert result["pages"] >= 80
    assert result["overall"]["f1"] >= FLOOR_HOLDOUT, result["overall"]


def test_cli_table_and_json(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text('<html lang="sv"><body><main><p>Vi erbjuder stöd till kvinnor som är utsatta för våld i nära '
                    'relation. Ring 08-465 004 10.</p></main></body></html>', encoding="utf-8")
    labels = tmp_path / "l.jsonl"
    labels.write_text(json.dumps({"file": "p.html", "url": "https://x.se/", "exposure_groups": ["nara_relation"],
                                  "gender_groups": ["kvinnor", "hbtq"], "quick_exit": False,
                                  "phone_numbers": ["+46846500410"], "catchment": None}) + "\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["evaluate", str(labels), "--json"])
    data = json.loads(out.output)
    assert data["variables"]["exposure_groups"]["f1"] == 1.0
    assert data["variables"]["gender_groups"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5,
                                                  "f1": 0.6667}
    assert "catchment" not in data["variables"]  # null is not scored
    table = CliRunner().invoke(cli, ["evaluate", str(labels)]).output
    assert table.splitlines()[0].split() == ["variable", "precision", "recall", "F1", "tp", "fp", "fn"]
    assert "OVERALL" in table
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"file": "missing.html"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(bad)])
    assert result.exit_code == 1 and "line 1: file 'missing.html' not found" in result.output


def test_second_blind_set_does_not_regress() -> None:
    result = evaluate(UNSEEN_LABELS)
    assert result["pages"] >= 60
    assert result["overall"]["f1"] >= FLOOR_UNSEEN, result["overall"]
