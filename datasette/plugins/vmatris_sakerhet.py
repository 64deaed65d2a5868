"""Safe publishing for every page of the instance: headers, no cookies, quick exit, robots.

Some visitors are in danger while they read these pages, so the whole
instance (Datasette's own pages too) gets:

* a strict Content-Security-Policy: scripts only from our own static files
  (plus the one known inline line of Datasette's table page, by hash), no
  third-party anything, no framing;
* ``Referrer-Policy: no-referrer`` so a click to a service's site does not
  tell it where the visitor came from; ``X-Content-Type-Options: nosniff``;
* no cookies at all (``Set-Cookie`` is dropped: nothing here needs a login);
* only GET and HEAD: any other method gets 405 before it reaches Datasette;
* ``X-Robots-Tag: noindex`` on evidence and archived pages, as well as
  ``robots.txt`` from datasette-block-robots;
* the quick-exit URL for the templates (plugin config ``vmatris.quick_exit_url``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

DEFAULT_EXIT_URL = "https://www.google.se/"
# inline scripts Datasette 0.65's own templates emit; allowed by hash, nothing else inline
KNOWN_INLINE_SCRIPTS = ("DATASETTE_ALLOW_FACET = true;", "DATASETTE_ALLOW_FACET = false;")
NOINDEX = re.compile(r"^/(arkiv/|aktor/[^/]+/belagg|[^/]+/(evidence|page_html|pages)\b)")
READ_METHODS = ("GET", "HEAD", "OPTIONS")
ARCHIVE_RAW = re.compile(r"^/arkiv/[^/]+/html$")


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self' " + " ".join(_hash(s) for s in KNOWN_INLINE_SCRIPTS),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
])
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "cross-origin-opener-policy": "same-origin",
}


def quick_exit_url(datasette: Any) -> str:
    """The neutral site the quick exit goes to (configurable, default a search engine)."""
    config = datasette.plugin_config("vmatris") or {}
    return config.get("quick_exit_url") or DEFAULT_EXIT_URL


def headers_for(path: str, existing: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The response headers with ours added and every cookie removed.

    A route may set its own CSP (the archived page is served with ``sandbox``);
    ours is only added when the response has none.
    """
    kept = [(k, v) for k, v in existing if k.lower() != b"set-cookie"]
    present = {k.lower().decode("latin-1") for k, _ in kept}
    for name, value in SECURITY_HEADERS.items():
        if name == "x-frame-options" and ARCHIVE_RAW.match(path):
            value = "SAMEORIGIN"
        if name not in present:
            kept.append((name.encode(), value.encode()))
    if NOINDEX.match(path) and "x-robots-tag" not in present:
        kept.append((b"x-robots-tag", b"noindex, nofollow, noarchive"))
    return kept


async def _refuse(path: str, send: Any) -> None:
    """405 for any method that could write: the instance is read-only."""
    body = "Den här webbplatsen går bara att läsa.\n".encode()
    headers = headers_for(path, [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD"),
                                 (b"content-length", str(len(body)).encode())])
    await send({"type": "http.response.start", "status": 405, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Add the security headers to every HTTP response and drop cookies."""

    def wrap(app: Any) -> Any:
        async def add_headers(scope: dict, receive: Any, send: Any) -> None:
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            path = scope.get("path", "")
            if scope.get("method", "GET") not in READ_METHODS:
                await _refuse(path, send)
                return

            async def wrapped_send(event: dict) -> None:
                if event["type"] == "http.response.start":
                    event = {**event, "headers": headers_for(path, list(event.get("headers") or []))}
                await send(event)

            await app(scope, receive, wrapped_send)

        return add_headers

    return wrap


@hookimpl
def extra_template_vars(datasette: Any) -> dict[str, Any]:
    """Template variables every page needs: the quick-exit target."""
    return {"quick_exit_url": quick_exit_url(datasette)}


@hookimpl
def render_cell(value: Any, column: str, table: str | None, datasette: Any) -> Markup | None:
    """Link evidence to its archived page and actor ids to the coordinators' actor page."""
    if table == "evidence" and column == "page_id" and isinstance(value, str) and value:
        return Markup(f'<a href="/arkiv/{escape(value)}">{escape(value)}</a> (arkiverad sida)')
    if column == "actor_id" and table in ("services", "actor_years", "matris", "evidence", "crawl_sites") \
            and isinstance(value, str) and value:
        return Markup(f'<a href="/aktor/{escape(value)}">{escape(value)}</a>')
    if column == "url" and table in ("evidence", "services", "matris") and isinstance(value, str) \
            and value.startswith(("http://", "https://")):
        return Markup(f'<a href="{escape(value)}" rel="noopener noreferrer">{escape(value)}</a>')
    return None

