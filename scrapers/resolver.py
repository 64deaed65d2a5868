"""A DNS resolver with fixed answers (like curl's ``--resolve``) that never asks the network for ``.invalid``.

``VMATRIS_RESOLVE`` maps host names to addresses (``{"www.a.test": "127.0.0.1"}``):
the hostile test web gives each fictional site its own host name on
127.0.0.1, so robots.txt, politeness slots and caps work per host exactly as
on the real web.  RFC 6761 reserves ``.invalid`` as a name that never
resolves; answering that at once keeps the tests off the network.  Every
other name goes to Scrapy's caching resolver.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.crawler import Crawler
from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError

NEVER_RESOLVES = (".invalid",)


class MappedResolver(CachingThreadedResolver):
    """Scrapy's caching resolver with fixed answers from ``VMATRIS_RESOLVE`` (a dict or ``host=ip,…``)."""

    mapping: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: Any) -> MappedResolver:
        resolver = super().from_crawler(crawler, reactor)
        raw = crawler.settings.get("VMATRIS_RESOLVE") or {}
        if isinstance(raw, str):
            raw = dict(pair.split("=", 1) for pair in raw.split(",") if "=" in pair)
        resolver.mapping = {k.lower(): v for k, v in dict(raw).items()}
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:  # noqa: N802 - Twisted
        host = name.lower().rstrip(".")
        if host in self.mapping:
            return defer.succeed(self.mapping[host])
        if host.endswith(NEVER_RESOLVES):
            return defer.fail(DNSLookupError(f"{name}: no such host (a reserved .invalid name)"))
        return super().getHostByName(name, timeout)
