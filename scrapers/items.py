"""The data contract between spiders and pipelines (no logic)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """One fetched page: what the spider saw; the pipelines add text, findings and ids."""

    actor_id: str
    url: str
    final_url: str
    status: int
    fetched_at: str
    content_type: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    encoding: str = ""
    depth: int = 0
    referer_url: str = ""
    # filled in by the pipelines
    html: str | None = None
    text: str = ""
    title: str = ""
    h1: str = ""
    lang: str = ""
    content_hash: str = ""
    relevance: float = 0.0
    findings: dict[str, Any] = field(default_factory=dict)
    findings_json: dict[str, Any] = field(default_factory=dict)


@dataclass
class FetchErrorItem:
    """A URL that could not be fetched or was refused, with the kind of failure."""

    actor_id: str
    url: str
    kind: str  # dns, refused, timeout, http_4xx, http_5xx, robots, too_large, other
    message: str
    status: int | None = None
    fetched_at: str = ""
