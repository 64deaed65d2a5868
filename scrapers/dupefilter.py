"""A duplicate filter per actor: two actors may share a page (a joint service presented on a member
municipality's site, a local jour on a national site), and each must fetch it for its own record."""

from __future__ import annotations

import hashlib

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter


class ActorDupeFilter(RFPDupeFilter):
    """Scrapy's fingerprint duplicate filter, keyed by (actor, request) instead of request alone."""

    def _fingerprint(self, request: Request) -> bytes:
        fp = super()._fingerprint(request)
        actor = request.cb_kwargs.get("actor_id", "")
        return hashlib.sha1(fp + b"|" + actor.encode()).digest() if actor else fp
