"""URL hygiene for a focused crawl: one canonical URL per page, and a shape that exposes crawler traps.

Real sites put session ids in links (``;jsessionid=…``, ``?PHPSESSID=…``,
ASP.NET's ``/(S(…))/``), so the same page would be fetched under endless
names; they are stripped before the duplicate filter sees the URL.  Calendars
("next month" forever) and faceted search (every combination of filters)
produce unbounded URL sets of one *shape*; :func:`url_shape` gives that shape
so a middleware can cap how many URLs of one shape a site may cost.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

SESSION_PARAMS = re.compile(
    r"^(jsessionid|phpsessid|sessionid|session_id|sessid|sid|aspsessionid\w*|cfid|cftoken|zenid|oscsid|"
    r"s_id|sv_sessionid|_ga|_gl|fbclid|gclid|utm_\w+|mc_cid|mc_eid)$",
    re.IGNORECASE,
)
PATH_SESSION = re.compile(r";(jsessionid|sessionid|sid|phpsessid)=[^/?#]*", re.IGNORECASE)
ASPNET_COOKIELESS = re.compile(r"/\([A-Z]\([^)]*\)\)", re.IGNORECASE)  # /(S(abc123))/
DIGITS = re.compile(r"\d+")
# a year as a whole path segment (/2026/), or a year and month (/2026-05, /evenemang-2026_05-14)
DATE_IN_PATH = re.compile(r"(?:^|/)(19|20)\d\d(?:/|$)|(?<!\d)(19|20)\d\d[-_/.](0[1-9]|1[0-2])(?!\d)")


def canonical_url(url: str) -> str:
    """The URL without session ids and tracking parameters, with sorted query and no fragment."""
    parts = urlsplit(url)
    path = ASPNET_COOKIELESS.sub("", PATH_SESSION.sub("", parts.path)) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not SESSION_PARAMS.match(k)]
    clean = urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), ""))
    return canonicalize_url(clean, keep_fragments=False)


def url_shape(url: str) -> str:
    """The URL's shape: host, path with digit runs as ``#`` and the sorted query keys (values dropped).

    ``/evenemang/2026/05/`` and ``/evenemang/2031/11/`` share a shape; so do
    ``?manad=2026-05`` and ``?manad=2031-11``.
    """
    parts = urlsplit(url)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.netloc}{DIGITS.sub('#', parts.path)}?{'&'.join(keys)}"


def trap_prone(url: str) -> bool:
    """Whether the URL is of a kind that can go on for ever: it has a query, or a date in its path.

    A listing of ``/stod/vald-1.html`` … ``vald-60.html`` is ordinary content and is
    left to the page cap; ``?manad=2026-05`` and ``/evenemang/2026/05/`` are not.
    """
    parts = urlsplit(url)
    return bool(parts.query) or bool(DATE_IN_PATH.search(parts.path))


def query_size(url: str) -> int:
    """How many query parameters the URL has (faceted search piles them up)."""
    return len(parse_qsl(urlsplit(url).query, keep_blank_values=True))
