"""The hostile test web: everything a real municipal or shelter site does to a crawler, on 127.0.0.1.

One threaded HTTP server answers for several fictional hosts (dispatched on
the ``Host`` header); the crawler reaches them with ``vmatris crawl --resolve
HOST=127.0.0.1``, so each site has its own host name, robots.txt and
politeness slot, as on the real web.  Besides them: a port where nothing
listens (connection refused) and a ``.invalid`` host that never resolves.
Every 200 carries an ETag and ``If-None-Match`` gets a 304.  The server logs
each request (host, path, time) so tests can check what the crawler did.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

SV = "Stöd för våldsutsatta – här får du hjälp dygnet runt. Ring socialtjänsten, även på helger."
PAGE = ("<!doctype html><html lang='sv'><head><title>{title}</title>{meta}</head><body><main><h1>{title}</h1>"
        "<p>{text}</p>{links}</main></body></html>")
MB = 1024 * 1024

HOSTS = {
    "traps": "www.fallor.se.test", "many": "www.manga.se.test", "redirects": "www.omdirigering.se.test",
    "errors": "www.felkoder.se.test", "big": "www.stora.se.test", "encoding": "www.kodning.se.test",
    "robots": "www.robotar.se.test", "budget": "www.langsam.se.test", "resume": "www.avbruten.se.test",
    "refused": "www.stangd.se.test", "dns": "www.finnsinte.invalid",
}


def page(title: str, links: list[tuple[str, str]] = (), text: str = SV, meta: str = "") -> bytes:
    """A small Swedish page about support, as UTF-8 bytes."""
    html = "".join(f'<a href="{href}">{label}</a> ' for href, label in links)
    return PAGE.format(title=title, meta=meta, text=text, links=f"<nav>{html}</nav>").encode("utf-8")


@dataclass
class Reply:
    """What the server sends: status, headers, body (bytes or a generator of chunks), a delay first."""

    status: int = 200
    body: bytes | Iterator[bytes] = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0
    length: bool = True  # send Content-Length (else close the connection at the end)


def _sid() -> str:
    return "".join(random.choices("ABCDEF0123456789", k=16))


def traps(path: str, query: dict[str, str]) -> Reply:
    """An endless calendar, endless facets and a session id in every link."""
    if path == "/":
        return Reply(body=page("Fällor kommun", [(f"/stod-vid-vald/;jsessionid={_sid()}", "Stöd vid våld")]))
    if path == "/stod-vid-vald/":
        month = int(query.get("manad", "202601"))
        facets = [(f"/stod-vid-vald/sok-stod?typ={t}&malgrupp={m}&sid={_sid()}", f"Stöd vid våld: {t} {m}")
                  for t, m in itertools.product("abcdefgh", "xyz")]
        return Reply(body=page("Stöd vid våld", [
            (f"/stod-vid-vald/?manad={month + 1}&PHPSESSID={_sid()}", "Nästa månad: stödgrupper mot våld"),
            (f"/vald/evenemang/{2026 + month % 7}/{month % 12 + 1:02d}/", "Evenemang om våld"),
            *facets]))
    if path.startswith("/vald/evenemang/"):
        year, mon = (int(p) for p in path.strip("/").split("/")[-2:])
        nxt = (year + 1, 1) if mon == 12 else (year, mon + 1)
        return Reply(body=page(f"Evenemang om våld {year}-{mon:02d}",
                               [(f"/vald/evenemang/{nxt[0]}/{nxt[1]:02d}/;jsessionid={_sid()}",
                                 "Nästa månad (våld)")]))
    if path == "/stod-vid-vald/sok-stod":
        extra = [(f"/stod-vid-vald/sok-stod?{'&'.join(f'{k}={v}' for k, v in query.items() if k != 'sid')}"
                  f"&ort={o}&sort=namn", f"Stöd vid våld i {o}") for o in "pqr"]
        return Reply(body=page("Sök stöd vid våld", extra))
    return Reply(404, page("Finns inte"))


def many(path: str, query: dict[str, str]) -> Reply:
    """A start page linking to 3,000 pages about support."""
    if path == "/":
        return Reply(body=page("Många sidor", [(f"/vald/sida-{i}.html", f"Stöd vid våld {i}") for i in range(3000)]))
    return Reply(body=page(f"Stöd vid våld {path}"))


def redirects(path: str, query: dict[str, str]) -> Reply:
    """A loop, a chain longer than REDIRECT_MAX_TIMES, and a short chain that arrives."""
    if path == "/":
        return Reply(body=page("Omdirigeringar", [("/vald/slinga-a", "Våld A"), ("/vald/kedja/1", "Våld kedja"),
                                                  ("/vald/kort/1", "Våld kort kedja")]))
    moves = {"/vald/slinga-a": "/vald/slinga-b", "/vald/slinga-b": "/vald/slinga-a",
             "/vald/kort/1": "/vald/kort/2", "/vald/kort/2": "/vald/framme.html"}
    if path.startswith("/vald/kedja/"):
        moves[path] = f"/vald/kedja/{int(path.rsplit('/', 1)[1]) + 1}"
    if path in moves:
        return Reply(302, b"", {"Location": moves[path]})
    return Reply(body=page("Framme: stöd vid våld"))


_counts: dict[str, int] = {}
_lock = threading.Lock()


def _trickle() -> Iterator[bytes]:
    yield b"<html><body><p>"
    for _ in range(40):
        time.sleep(0.25)
        yield b"v"


def errors(path: str, query: dict[str, str]) -> Reply:
    """404, 410, 500, 503 with a short and a long Retry-After, a silent server and a trickle."""
    codes = ["404", "410", "500", "503-kort", "503-lang", "tyst", "droppande"]
    if path == "/":
        return Reply(body=page("Felkoder", [(f"/vald/{c}", f"Stöd vid våld {c}") for c in codes]
                               + [("/vald/ok.html", "Stöd vid våld")]))
    name = path.rsplit("/", 1)[-1]
    if name in ("404", "410", "500"):
        return Reply(int(name), page("Fel"))
    if name == "503-kort":
        with _lock:
            _counts[path] = _counts.get(path, 0) + 1
            first = _counts[path] == 1
        if first:
            return Reply(503, page("Upptaget"), {"Content-Type": "text/html", "Retry-After": "1"})
        return Reply(body=page("Stöd vid våld efter väntan"))
    if name == "503-lang":
        return Reply(503, page("Underhåll"), {"Content-Type": "text/html", "Retry-After": "3600"})
    if name == "tyst":
        return Reply(body=page("Sent"), delay=30)
    if name == "droppande":
        return Reply(body=_trickle(), length=False)
    return Reply(body=page("Stöd vid våld, fungerar"))


def _stream(total: int) -> Iterator[bytes]:
    chunk = b"<p>" + b"v" * (256 * 1024 - 7) + b"</p>\n"
    for _ in range(total // len(chunk)):
        yield chunk


def big(path: str, query: dict[str, str]) -> Reply:
    """50 MB pages (with and without Content-Length), binary served as text/html, and a PDF."""
    if path == "/":
        return Reply(body=page("Stora filer", [("/vald/stor.html", "Våld stor"),
                                               ("/vald/stor-strom.html", "Våld ström"),
                                               ("/vald/binar.html", "Våld binär"),
                                               ("/vald/broschyr.pdf", "Broschyr om våld (PDF)")]))
    if path == "/vald/stor.html":
        return Reply(body=b"<html><body>" + b"v" * (50 * MB) + b"</body></html>")
    if path == "/vald/stor-strom.html":
        return Reply(body=_stream(50 * MB), length=False)
    if path == "/vald/binar.html":
        rng = random.Random(6)
        return Reply(body=bytes(rng.randrange(256) for _ in range(20000)))
    if path == "/vald/broschyr.pdf":
        pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        return Reply(body=pdf, headers={"Content-Type": "application/pdf"})
    return Reply(404, page("Finns inte"))


ENCODED = {
    # name: (bytes encoding, Content-Type header, meta tag)
    "latin1-odeklarerad": ("iso-8859-1", "text/html", ""),
    "cp1252-fel-header": ("cp1252", "text/html; charset=utf-8", ""),
    "cp1252-fel-meta": ("cp1252", "text/html", '<meta charset="utf-8">'),
    "utf8-sagd-latin1": ("utf-8", "text/html; charset=iso-8859-1", ""),
    "latin1-ratt": ("iso-8859-1", "text/html; charset=iso-8859-1", ""),
}
ENC_TEXT = "Stöd för våldsutsatta kvinnor och män – här får du hjälp. Vi finns i Åre, Älvdalen och Örebro."


def encoding(path: str, query: dict[str, str]) -> Reply:
    """Swedish pages in ISO-8859-1 and Windows-1252, declared wrongly or not at all, and malformed HTML."""
    if path == "/":
        return Reply(body=page("Kodning", [(f"/vald/{n}.html", f"Våld {n}") for n in ENCODED]
                               + [("/vald/trasig.html", "Våld trasig")]))
    name = path.rsplit("/", 1)[-1].removesuffix(".html")
    if name in ENCODED:
        enc, ctype, meta = ENCODED[name]
        body = PAGE.format(title=f"Stöd vid våld ({name})", meta=meta, text=ENC_TEXT, links="")
        if enc == "iso-8859-1":
            body = body.replace("–", "-")
        if enc == "cp1252":
            body = body.replace("kvinnor och män", "kvinnor och män ”tryggt” …")
        return Reply(body=body.encode(enc), headers={"Content-Type": ctype})
    if name == "trasig":
        html = ("<html><head><title>Trasig sida om våld</title><body><div><p>Stöd för <b>våldsutsatta<p>Ring oss"
                "</div></div><table><tr><td>Öppet <i>dygnet runt</table></span><a href='/vald/ok'>Våld</a")
        return Reply(body=html.encode("utf-8"))
    return Reply(body=page("Stöd vid våld"))


def robots(path: str, query: dict[str, str]) -> Reply:
    """robots.txt that disallows a path and asks for a Crawl-delay of 1 s."""
    if path == "/robots.txt":
        return Reply(body=b"User-agent: *\nDisallow: /vald/hemligt/\nCrawl-delay: 1\n",
                     headers={"Content-Type": "text/plain"})
    if path == "/":
        return Reply(body=page("Robotar", [("/vald/hemligt/a.html", "Våld hemligt"), ("/vald/oppet-1.html", "Våld 1"),
                                           ("/vald/oppet-2.html", "Våld 2")]))
    return Reply(body=page(f"Stöd vid våld {path}"))


def budget(path: str, query: dict[str, str]) -> Reply:
    """A slow site with many pages: its time budget ends it."""
    if path == "/":
        return Reply(body=page("Långsam", [(f"/vald/{i}.html", f"Våld {i}") for i in range(200)]))
    return Reply(body=page(f"Stöd vid våld {path}"), delay=1.5)


def resume(path: str, query: dict[str, str]) -> Reply:
    """80 pages, each a little slow: a crawl to interrupt half-way."""
    if path == "/":
        return Reply(body=page("Avbruten", [(f"/vald/{i}.html", f"Stöd vid våld {i}") for i in range(80)]))
    return Reply(body=page(f"Stöd vid våld {path}"), delay=0.1)


SITES: dict[str, Callable[[str, dict[str, str]], Reply]] = {
    HOSTS[f.__name__]: f for f in (traps, many, redirects, errors, big, encoding, robots, budget, resume)}


class HostileWeb:
    """The running server: its port, the refusing port and the request log."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str, float]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        with socket.socket() as s:  # a port nobody listens on: connection refused
            s.bind(("127.0.0.1", 0))
            self.closed_port = s.getsockname()[1]

    def url(self, site: str, path: str = "/") -> str:
        port = self.closed_port if site == "refused" else self.port
        return f"http://{HOSTS[site]}:{port}{path}"

    def resolve_args(self) -> list[str]:
        """``--resolve`` options for every host but the one that must not resolve."""
        return [a for site, host in HOSTS.items() if site != "dns" for a in ("--resolve", f"{host}=127.0.0.1")]

    def registry(self, path: Path, sites: list[str] | None = None) -> Path:
        """Write a registry CSV with one kommun actor per site."""
        rows = ["id,name,huvudman,sektor,lan_code,kommunkoder,website,start_urls,allowed_domains,notes"]
        for site in sites or list(HOSTS):
            host = HOSTS[site]
            port = self.closed_port if site == "refused" else self.port
            rows.append(f"kommun_0180_{site},Fientlig {site},Fientlig {site},kommun,01,0180,{self.url(site)},"
                        f"{self.url(site)},{host}:{port},")
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return path

    def requests(self, site: str) -> list[tuple[str, float]]:
        return [(p, t) for h, p, t in self.log if h == HOSTS[site]]


def _handler(web: HostileWeb) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            split = urlsplit(self.path)
            web.log.append((host, split.path + (f"?{split.query}" if split.query else ""), time.monotonic()))
            site = SITES.get(host)
            reply = site(split.path, dict(parse_qsl(split.query))) if site else Reply(502, b"unknown host")
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the crawler gave up (timeout, too large): that is the point

        def _send(self, reply: Reply) -> None:
            body = reply.body
            headers = dict(reply.headers)
            if isinstance(body, bytes) and reply.status == 200:
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                headers["ETag"] = etag
                if etag in (self.headers.get("If-None-Match") or ""):
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
            self.send_response(reply.status)
            for key, value in headers.items():
                self.send_header(key, value)
            if isinstance(body, bytes) and reply.length:
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for chunk in [body] if isinstance(body, bytes) else body:
                self.wfile.write(chunk)
                self.wfile.flush()

    return Handler


@contextmanager
def serve() -> Iterator[HostileWeb]:
    """Run the hostile web on 127.0.0.1 for the duration of the block."""
    web = HostileWeb()
    thread = threading.Thread(target=web.server.serve_forever, name="hostile-web", daemon=True)
    thread.start()
    try:
        yield web
    finally:
        web.server.shutdown()
        web.server.server_close()
