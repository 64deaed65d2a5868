"""Score the extractors against a labeled set: precision, recall and F1 per variable.

A labels file has one JSON object a line: ``file`` (relative to the labels
file), ``url`` and any variable of ``vmatris extract`` with its expected
value.  Missing or null variables are not scored.  Lists are scored per
element; a boolean counts as one element when true.  Opening hours are
compared in their canonical form ("mon,tue 08:00-16:30").
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matrix.extract import Options, extract_all
from matrix.extractors.hours import canonical
from matrix.page import Page
from matrix.variables import VARIABLE_IDS


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _as_set(variable: str, value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, bool):
        return {"true"} if value else set()
    if variable == "opening_hours":
        return {v if isinstance(v, str) else canonical(v) for v in value}
    return {str(v) for v in value}


def evaluate(labels_path: str | Path, options: Options | None = None) -> dict[str, Any]:
    """Score every labeled page; returns per-variable and overall scores plus the errors."""
    labels_path = Path(labels_path)
    scores: dict[str, Score] = defaultdict(Score)
    pages = 0
    with open(labels_path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{labels_path}: line {lineno}: not JSON ({exc.msg})") from None
            path = labels_path.parent / label["file"]
            if not path.is_file():
                raise ValueError(f"{labels_path}: line {lineno}: file {label['file']!r} not found")
            page = Page.from_file(str(path), label.get("url"))
            findings = extract_all(page, options)
            pages += 1
            for variable in VARIABLE_IDS:
                expected = label.get(variable)
                if expected is None:
                    continue
                got = _as_set(variable, findings[variable].value)
                want = _as_set(variable, expected)
                s = scores[variable]
                s.tp += len(got & want)
                s.fp += len(got - want)
                s.fn += len(want - got)
                if got != want:
                    s.errors.append({"file": label["file"], "missing": sorted(want - got),
                                     "extra": sorted(got - want)})
    total = Score(sum(s.tp for s in scores.values()), sum(s.fp for s in scores.values()),
                  sum(s.fn for s in scores.values()))
    return {
        "labels": str(labels_path), "pages": pages,
        "variables": {v: scores[v].as_dict() for v in VARIABLE_IDS if v in scores},
        "overall": total.as_dict(),
        "errors": {v: scores[v].errors for v in VARIABLE_IDS if v in scores and scores[v].errors},
    }


def table(result: dict[str, Any]) -> str:
    """A plain-text table of the scores."""
    lines = [f"{'variable':22} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}"]
    for name, s in [*result["variables"].items(), ("OVERALL", result["overall"])]:
        lines.append(f"{name:22} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} "
                     f"{s['tp']:5d} {s['fp']:4d} {s['fn']:4d}")
    lines.append(f"({result['pages']} pages, {result['labels']})")
    return "\n".join(lines)
