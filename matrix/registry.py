"""The source registry: one validated row per actor.

A bad row stops loading with one line that names the file, the row and the
field, because a silently skipped actor would show up as "service closed"
in next year's comparison.
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlparse

from matrix import kommuner
from matrix.variables import SEKTOR_CODES

FIELDS = ("id", "name", "huvudman", "sektor", "lan_code", "kommunkoder", "website", "start_urls",
          "allowed_domains", "notes")
REQUIRED = FIELDS[:-1]
ID_RX = re.compile(r"^[a-z][a-z0-9_]*$")
SPIDER_OF = {"kommun": "kommun", "kommungemensam": "kommun", "region": "region", "ideburen": "jour",
             "statlig": "jour"}
HOST_RX = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}(:\d+)?$", re.I)


class RegistryError(ValueError):
    """A registry file or row that cannot be used; the message is one line."""


@dataclass(frozen=True)
class Actor:
    """One actor from the registry."""

    id: str
    name: str
    huvudman: str
    sektor: str
    lan_code: str
    kommunkoder: tuple[str, ...]
    website: str
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    notes: str = ""
    registry: str = ""

    @property
    def spider(self) -> str:
        return SPIDER_OF[self.sektor]

    def as_row(self) -> dict[str, object]:
        row = asdict(self)
        row["actor_id"] = row.pop("id")
        row["spider"] = self.spider
        return row


def _valid_url(value: str) -> bool:
    parsed = urlparse(value)
    return parsed.scheme in ("http", "https") and bool(parsed.hostname) and " " not in value


def _fail(path: Path, line: int, field: str, why: str) -> RegistryError:
    return RegistryError(f"{path}: row {line}: field '{field}': {why}")


def load(path: str | Path) -> list[Actor]:
    """Read and validate a registry CSV; raises :class:`RegistryError` with one line."""
    path = Path(path)
    if not path.is_file():
        raise RegistryError(f"{path}: registry file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    reader = csv.DictReader(text.splitlines())
    missing = [f for f in FIELDS if f not in (reader.fieldnames or [])]
    if missing:
        raise RegistryError(f"{path}: row 1: field '{missing[0]}': column missing from the header")
    codes = set(kommuner.real().by_name.values())
    extra = path.with_suffix(".kommuner.csv")
    if extra.is_file():
        codes |= set(kommuner.real().with_extra(extra).by_name.values())
    actors: list[Actor] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(reader, start=2):
        if row is None or not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        if None in row:
            raise _fail(path, line, "notes", "more columns than the header (a stray comma?)")
        row = {k: (v or "").strip() for k, v in row.items()}
        for field in REQUIRED:
            if not row[field]:
                raise _fail(path, line, field, "missing")
        actors.append(_actor(path, line, row, codes, seen))
    if not actors:
        raise RegistryError(f"{path}: no actors in the file")
    return actors


def _actor(path: Path, line: int, row: dict[str, str], codes: set[str], seen: dict[str, int]) -> Actor:
    if not ID_RX.match(row["id"]):
        raise _fail(path, line, "id", f"{row['id']!r} is not a snake_case slug")
    if row["id"] in seen:
        raise _fail(path, line, "id", f"duplicate id {row['id']!r} (first on row {seen[row['id']]})")
    seen[row["id"]] = line
    if row["sektor"] not in SEKTOR_CODES:
        raise _fail(path, line, "sektor", f"unknown sektor {row['sektor']!r} (one of {', '.join(SEKTOR_CODES)})")
    if not re.fullmatch(r"\d{2}", row["lan_code"]):
        raise _fail(path, line, "lan_code", f"{row['lan_code']!r} is not a two-digit county code")
    kommunkoder = tuple(c.strip() for c in row["kommunkoder"].split(";") if c.strip())
    for code in kommunkoder:
        if code not in codes:
            raise _fail(path, line, "kommunkoder", f"unknown kommunkod {code!r}")
    if not _valid_url(row["website"]):
        raise _fail(path, line, "website", f"malformed URL {row['website']!r}")
    starts = tuple(row["start_urls"].split())
    for url in starts:
        if not _valid_url(url):
            raise _fail(path, line, "start_urls", f"malformed URL {url!r}")
    domains = tuple(d.lower() for d in row["allowed_domains"].split())
    for domain in domains:
        if not HOST_RX.match(domain):
            raise _fail(path, line, "allowed_domains", f"malformed host name {domain!r}")
    for url in starts:
        host = (urlparse(url).hostname or "").lower()
        if not any(host == d.split(":")[0] or host.endswith("." + d.split(":")[0]) for d in domains):
            raise _fail(path, line, "start_urls", f"{url!r} is outside allowed_domains")
    return Actor(row["id"], row["name"], row["huvudman"], row["sektor"], row["lan_code"], kommunkoder,
                 row["website"], starts, domains, row.get("notes", ""), str(path))


def kommun_index(path: str | Path) -> kommuner.KommunIndex:
    """The municipality index for a registry: the real 290 plus ``<registry>.kommuner.csv``."""
    extra = Path(path).with_suffix(".kommuner.csv")
    return kommuner.real().with_extra(extra) if extra.is_file() else kommuner.real()
