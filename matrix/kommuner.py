"""Municipality names and codes: the 290 real ones plus any extra (demo) list.

Catchment is published as names ("Vi tar emot kvinnor från Gislaved, Gnosjö
och Värnamo"); the database and the county tables use kommunkoder, so this
module maps one to the other.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from matrix.prefilter import compile as _gated


@dataclass(frozen=True)
class KommunIndex:
    """Short name -> kommunkod, and a compiled pattern that finds the names."""

    by_name: dict[str, str]
    lan_of: dict[str, str] = field(default_factory=dict)

    @property
    def pattern(self) -> re.Pattern[str]:
        return _pattern(tuple(sorted(self.by_name, key=len, reverse=True)))

    def code(self, name: str) -> str | None:
        return self.by_name.get(name)

    def name(self, code: str) -> str | None:
        for n, c in self.by_name.items():
            if c == code:
                return n
        return None

    def with_extra(self, path: Path) -> KommunIndex:
        """A new index that also knows the municipalities in ``path`` (code,short name CSV)."""
        extra = dict(self.by_name)
        lan = dict(self.lan_of)
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                extra[row["municipality_name_short"].strip()] = row["municipality_code"].strip()
                lan[row["municipality_code"].strip()] = row.get("county_code", row["municipality_code"][:2])
        return KommunIndex(extra, lan)


@lru_cache(maxsize=8)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # "Örnsköldsviks kommun": the genitive s belongs to the name, not to the next word
    return _gated(r"(?<![\wåäöÅÄÖ-])(" + "|".join(map(re.escape, names)) + r")s?(?![\wåäöÅÄÖ-])")


@lru_cache(maxsize=1)
def real() -> KommunIndex:
    """The 290 Swedish municipalities (SCB codes, CC0, see matrix/data/SOURCE.md)."""
    text = resources.files("matrix").joinpath("data/kommuner.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    return KommunIndex(
        {r["municipality_name_short"]: r["municipality_code"] for r in rows},
        {r["municipality_code"]: r["county_code"] for r in rows},
    )


def lan_names() -> dict[str, str]:
    """County code -> county name."""
    text = resources.files("matrix").joinpath("data/lan.csv").read_text(encoding="utf-8")
    names = {r["county_code"]: r["county_name"] for r in csv.DictReader(text.splitlines())}
    names.setdefault("99", "Demolän (fiktivt)")
    return names
