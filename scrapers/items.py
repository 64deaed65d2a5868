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
    # "cached": unchanged since the last crawl (a 304 answered from the HTTP cache, still seen in this run);
    # "replayed": already stored by this run before it was interrupted (a resumed run does not store it again)
    from_cache: str = ""
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
    # dns, refused, timeout, http_4xx, http_5xx, redirect_loop, too_large, broken_response, other;
    # robots and budget are our own limits (not counted as errors)
    kind: str
    message: str
    status: int | None = None
    fetched_at: str = ""
