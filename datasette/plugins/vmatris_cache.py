"""An in-memory response cache: the database is immutable while it is served.

Datasette renders a table page in about 50 ms of Python on this class of machine, so twenty
concurrent visitors would queue for a second.  vmatris serves the database with ``-i``
(immutable): the same URL gives the same answer until the process restarts with a new database,
so a small LRU of finished responses is safe.  Entries expire after ``TTL_S`` seconds anyway,
because ``/hitta-stod`` shows whether a service is open *now*.  Only anonymous GET/HEAD requests
with a 200 answer under ``MAX_BYTES`` are kept; the security headers are added by the outer
wrapper on every response, cached or not.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any

from datasette import hookimpl

TTL_S = 60.0
MAX_ENTRIES = 512
MAX_BYTES = 1_000_000


class ResponseCache:
    """LRU of (status, headers, body) by method, path and query string."""

    def __init__(self) -> None:
        self.entries: OrderedDict[tuple[str, str, bytes], tuple[float, dict, bytes]] = OrderedDict()

    def get(self, key: tuple[str, str, bytes]) -> tuple[dict, bytes] | None:
        hit = self.entries.get(key)
        if hit is None or time.monotonic() - hit[0] > TTL_S:
            self.entries.pop(key, None)
            return None
        self.entries.move_to_end(key)
        return hit[1], hit[2]

    def put(self, key: tuple[str, str, bytes], start: dict, body: bytes) -> None:
        self.entries[key] = (time.monotonic(), start, body)
        self.entries.move_to_end(key)
        while len(self.entries) > MAX_ENTRIES:
            self.entries.popitem(last=False)


@hookimpl(trylast=True)
def asgi_wrapper(datasette: Any) -> Any:
    cache = ResponseCache()

    def wrap(app: Any) -> Any:
        async def cached(scope: dict, receive: Any, send: Any) -> None:
            if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
                await app(scope, receive, send)
                return
            key = (scope["method"], scope.get("path", ""), scope.get("query_string", b""))
            hit = cache.get(key)
            if hit is not None:
                start, body = hit
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            parts: list[bytes] = []
            start_event: dict = {}

            async def recording_send(event: dict) -> None:
                nonlocal start_event
                if event["type"] == "http.response.start":
                    start_event = event
                elif event["type"] == "http.response.body":
                    parts.append(event.get("body", b""))
                    if not event.get("more_body") and start_event.get("status") == 200:
                        body = b"".join(parts)
                        if len(body) <= MAX_BYTES:
                            cache.put(key, start_event, body)
                await send(event)

            await app(scope, receive, recording_send)

        return cached

    return wrap
