"""Year over year: which services were added or closed, and what each website gained or lost.

A service is followed across years by, in order: the same URL (also when
last year's URL now redirects to this year's), the same name key, or a
similar name with overlapping target groups on the same actor.  Moved pages
and reworded titles are therefore not reported as one closed and one new
service.  The result is stored in the ``changes`` table.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from matrix.variables import SERVICE_IDS, SITE_WIDE_IDS

COMPARED_SERVICE_VARS = tuple(v for v in SERVICE_IDS if v not in ("opening_hours",))
STOPWORDS = {"och", "till", "for", "för", "dig", "som", "i", "av", "med", "vid", "om", "stod", "stöd"}


@dataclass(frozen=True)
class Change:
    """One change between two years, with links to both years' evidence."""

    from_year: int
    to_year: int
    actor_id: str
    kind: str  # service_added, service_closed, service_moved, value_gained, value_lost, feature_gained, feature_lost
    service: str | None = None
    variable: str | None = None
    value: str | None = None
    from_service_id: str | None = None
    to_service_id: str | None = None
    from_url: str | None = None
    to_url: str | None = None

    @property
    def change_id(self) -> str:
        parts = [self.from_year, self.to_year, self.actor_id, self.kind, self.service, self.variable, self.value]
        return "|".join("" if p is None else str(p) for p in parts)


def _tokens(name: str) -> set[str]:
    words = re.findall(r"[a-zåäö]+", name.lower())
    return {w for w in words if w not in STOPWORDS and len(w) > 2}


def _similar(a: dict[str, Any], b: dict[str, Any]) -> float:
    ta, tb = _tokens(a["name"]), _tokens(b["name"])
    name = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
    ga, gb = set(json.loads(a["exposure_groups"])), set(json.loads(b["exposure_groups"]))
    groups = len(ga & gb) / len(ga | gb) if ga | gb else 0.0
    return 0.6 * name + 0.4 * groups


def _redirects(db: sqlite_utils.Database, year: int) -> dict[str, str]:
    """URL -> final URL of this year's pages that were reached through a redirect."""
    return {r["from_url"]: r["to_url"] for r in db.query("SELECT from_url, to_url FROM redirects WHERE year = ?",
                                                           [year])}


def match_services(old: list[dict[str, Any]], new: list[dict[str, Any]],
                   redirects: dict[str, str]) -> list[tuple[dict | None, dict | None, str]]:
    """Pairs (old, new, how) for one actor; unmatched sides are None."""
    pairs: list[tuple[dict | None, dict | None, str]] = []
    left, right = list(old), list(new)
    for how, same in (
        ("url", lambda a, b: a["url"] == b["url"]),
        ("redirect", lambda a, b: redirects.get(a["url"]) == b["url"]),
        ("name", lambda a, b: a["service_key"] == b["service_key"]),
    ):
        for b in list(right):
            # several old pages may now redirect to one new page: keep the most similar service
            candidates = [a for a in left if same(a, b)]
            if candidates:
                a = max(candidates, key=lambda a: _similar(a, b))
                pairs.append((a, b, how))
                left.remove(a)
                right.remove(b)
    scored = sorted(((_similar(a, b), i, j) for i, a in enumerate(left) for j, b in enumerate(right)), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    for score, i, j in scored:
        if score >= 0.45 and i not in used_a and j not in used_b:
            pairs.append((left[i], right[j], "similar"))
            used_a.add(i)
            used_b.add(j)
    pairs += [(a, None, "") for i, a in enumerate(left) if i not in used_a]
    pairs += [(None, b, "") for j, b in enumerate(right) if j not in used_b]
    return pairs


def _values(row: dict[str, Any], variable: str) -> set[str]:
    raw = row.get(variable)
    if raw is None:
        return set()
    if isinstance(raw, int):
        return {"true"} if raw else set()
    return {str(v) for v in json.loads(raw)}


def compare(db: sqlite_utils.Database, from_year: int, to_year: int, lan: str | None = None) -> list[Change]:
    """Every change between two years, per actor and service."""
    where, params = ("AND lan_code = ?", [lan]) if lan else ("", [])
    services = {y: {} for y in (from_year, to_year)}
    for row in db.query(f"SELECT * FROM services WHERE year IN (?, ?) {where} ORDER BY service_id",
                        [from_year, to_year, *params]):
        services[row["year"]].setdefault(row["actor_id"], []).append(row)
    sites = {y: {r["actor_id"]: r for r in db.query(f"SELECT * FROM actor_years WHERE year = ? {where}",
                                                      [y, *params])} for y in (from_year, to_year)}
    redirects = _redirects(db, to_year)
    changes: list[Change] = []
    for actor_id in sorted(set(services[from_year]) | set(services[to_year]) | set(sites[to_year])):
        pairs = match_services(services[from_year].get(actor_id, []), services[to_year].get(actor_id, []),
                               redirects)
        for a, b, how in pairs:
            base = {"from_year": from_year, "to_year": to_year, "actor_id": actor_id}
            if a is None:
                changes.append(Change(**base, kind="service_added", service=b["name"], to_service_id=b["service_id"],
                                      to_url=b["url"]))
                continue
            if b is None:
                changes.append(Change(**base, kind="service_closed", service=a["name"],
                                      from_service_id=a["service_id"], from_url=a["url"]))
                continue
            link = {"service": b["name"], "from_service_id": a["service_id"], "to_service_id": b["service_id"],
                    "from_url": a["url"], "to_url": b["url"]}
            if a["url"] != b["url"]:
                changes.append(Change(**base, kind="service_moved", **link, value=how))
            for variable in COMPARED_SERVICE_VARS:
                old, new = _values(a, variable), _values(b, variable)
                changes += [Change(**base, kind="value_gained", variable=variable, value=v, **link)
                            for v in sorted(new - old)]
                changes += [Change(**base, kind="value_lost", variable=variable, value=v, **link)
                            for v in sorted(old - new)]
        a_site, b_site = sites[from_year].get(actor_id), sites[to_year].get(actor_id)
        if a_site and b_site:
            for variable in SITE_WIDE_IDS:
                old, new = _values(a_site, variable), _values(b_site, variable)
                changes += [Change(from_year, to_year, actor_id, "feature_gained", variable=variable, value=v)
                            for v in sorted(new - old)]
                changes += [Change(from_year, to_year, actor_id, "feature_lost", variable=variable, value=v)
                            for v in sorted(old - new)]
    return changes


def save_changes(db: sqlite_utils.Database, changes: list[Change], from_year: int, to_year: int,
                 lan: str | None = None) -> None:
    """Replace the stored comparison of these two years (for the län, or all)."""
    with db.conn:
        if db["changes"].exists():
            if lan:
                db.execute("DELETE FROM changes WHERE from_year = ? AND to_year = ? AND actor_id IN "
                           "(SELECT actor_id FROM actors WHERE lan_code = ?)", [from_year, to_year, lan])
            else:
                db.execute("DELETE FROM changes WHERE from_year = ? AND to_year = ?", [from_year, to_year])
        rows = [{"change_id": c.change_id, **asdict(c)} for c in changes]
        if rows:
            db["changes"].upsert_all(rows, pk="change_id")


def table(changes: list[Change]) -> str:
    """Readable tables for the terminal: services added/closed/moved, then values gained and lost."""
    if not changes:
        return "No changes."
    out = []
    groups = (("Services added and closed", ("service_added", "service_closed", "service_moved")),
              ("Target groups, contact and catchment", ("value_gained", "value_lost")),
              ("Website features", ("feature_gained", "feature_lost")))
    for title, kinds in groups:
        rows = [c for c in changes if c.kind in kinds]
        if not rows:
            continue
        out.append(f"\n{title}\n" + "-" * len(title))
        for c in rows:
            sign = "+" if c.kind.endswith(("added", "gained")) else "-" if c.kind.endswith(("closed", "lost")) else "~"
            what = c.service or ""
            detail = f"{c.variable}={c.value}" if c.variable else (f"moved ({c.value}): {c.from_url} -> {c.to_url}"
                                                                    if c.kind == "service_moved" else "")
            out.append(f"{sign} {c.actor_id:40} {what[:40]:40} {detail}")
    return "\n".join(out)
