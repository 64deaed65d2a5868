"""Serves the bundled demo web on 127.0.0.1 as an HTTP proxy for its fictional hosts.

The crawler sends every request through this proxy (``VMATRIS_PROXY``), so
the demo sites keep realistic, separate host names (``www.norrvik.se.test``)
while no request can leave the machine: unknown hosts get 502.
``data/demo-web/<year>/<host>/<path>`` answers ``http://<host>/<path>``;
``<host>/_redirects`` lists ``FROM TO STATUS`` redirects.
"""

from __future__ import annotations

import hashlib
import mimetypes
import sys
import threading
import time
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEMO_WEB = Path(__file__).resolve().parent.parent / "data" / "demo-web"


class DemoWeb:
    """The files of one year of the demo web, and its redirects."""

    def __init__(self, root: Path) -> None:
        if not root.is_dir():
            raise FileNotFoundError(f"{root}: no demo web here")
        self.root = root
        self.hosts = {p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")}
        self.redirects: dict[tuple[str, str], tuple[str, int]] = {}
        for host in self.hosts:
            rules = root / host / "_redirects"
            if rules.is_file():
                for line in rules.read_text(encoding="utf-8").splitlines():
                    parts = line.split()
                    if len(parts) >= 2 and not line.startswith("#"):
                        self.redirects[(host, parts[0])] = (parts[1], int(parts[2]) if len(parts) > 2 else 301)

    def resolve(self, host: str, path: str) -> tuple[int, Path | str | None]:
        """(status, file or redirect target) for a request."""
        if host not in self.hosts:
            return 502, None
        path = unquote(path) or "/"
        if (host, path) in self.redirects:
            target, status = self.redirects[(host, path)]
            return status, target
        parts = [p for p in path.split("/") if p]
        if any(p.startswith((".", "_")) for p in parts):
            return 404, None
        candidate = (self.root / host).joinpath(*parts)
        if candidate.is_dir():
            if not path.endswith("/"):
                return 301, path + "/"
            candidate = candidate / "index.html"
        return (200, candidate) if candidate.is_file() else (404, None)


# (host, path, seconds when the request came in, seconds when its answer was sent), time.monotonic()
RequestLog = list[tuple[str, str, float, float]]


def make_handler(web: DemoWeb, delay: float = 0.0, log: RequestLog | None = None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "vmatris-demo/1"
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall per response

        def log_message(self, fmt: str, *args: object) -> None:  # quiet: the crawl log says enough
            pass

        def do_HEAD(self) -> None:
            self.do_GET(head=True)

        def do_GET(self, head: bool = False) -> None:
            came = time.monotonic()
            if delay:
                time.sleep(delay)  # a slow server, for tests that must stop a crawl half-way
            split = urlsplit(self.path)
            host = (split.hostname or self.headers.get("Host", "")).split(":")[0].lower()
            try:
                self._answer(host, split.path, head)
            finally:
                if log is not None:
                    log.append((host, split.path, came, time.monotonic()))

        def _answer(self, host: str, path: str, head: bool) -> None:
            status, target = web.resolve(host, path)
            if status in (301, 302, 307, 308):
                self._send(status, b"", {"Location": str(target)}, head)
            elif status == 200:
                body = target.read_bytes()  # type: ignore[union-attr]
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if etag in (self.headers.get("If-None-Match") or ""):
                    self._send(304, b"", {"ETag": etag}, head=True)
                    return
                ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"  # type: ignore[union-attr]
                if ctype.startswith("text/") or ctype.endswith(("xml", "javascript")):
                    ctype += "; charset=utf-8"
                mtime = formatdate(target.stat().st_mtime, usegmt=True)  # type: ignore[union-attr]
                self._send(200, body, {"Content-Type": ctype, "Last-Modified": mtime, "ETag": etag}, head)
            elif status == 502:
                self._send(502, b"vmatris demo proxy: unknown host, refused", {"Content-Type": "text/plain"}, head)
            else:
                page = b"<html lang='sv'><body><h1>Sidan finns inte</h1><p>Demodata.</p></body></html>"
                self._send(404, page, {"Content-Type": "text/html; charset=utf-8"}, head)

        def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


class QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-answer (a crawl stopped, a load tool done) is normal here, not a traceback."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(year: int | str, root: Path = DEMO_WEB, port: int = 0, delay: float = 0.0, log: RequestLog | None = None):
    """Serve one year of the demo web on 127.0.0.1; yields the proxy URL (``http://127.0.0.1:PORT``).  ``log``, when
    given, receives every request answered (what a crawl did, seen from the sites' side)."""
    web = DemoWeb(root / str(year))
    server = QuietServer(("127.0.0.1", port), make_handler(web, delay, log))
    thread = threading.Thread(target=server.serve_forever, name=f"demo-web-{year}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
