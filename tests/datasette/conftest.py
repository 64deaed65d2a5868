"""Fixtures for the Datasette tests: a real database, Datasette over HTTP, a neutral page, Chromium.

Everything listens on 127.0.0.1 only.  Datasette runs as a subprocess with the
same command line ``vmatris serve`` uses (``publish.datasette_command``), with
the quick exit pointed at a neutral page served by a second local server, and
the clock fixed to a Wednesday morning so "öppet nu" is deterministic.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port
from tests.datasette import testweb
from vmatris.browser import Browser
from vmatris.publish import datasette_command

FIXED_NOW = "2026-11-25T10:00:00"  # a Wednesday, 10.00 Swedish time
NEUTRAL_HTML = ("<!doctype html><html lang='sv'><head><title>Väder</title></head>"
                "<body><main><h1>Vädret i dag</h1><p>Växlande molnighet.</p></main></body></html>").encode()
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


class _Neutral(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(NEUTRAL_HTML)))
        self.end_headers()
        self.wfile.write(NEUTRAL_HTML)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def neutral_url() -> Iterator[str]:
    """A neutral page ("the weather") on its own 127.0.0.1 port: where the quick exit goes in tests."""
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Neutral)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/vader"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def test_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test county built with the real extractors (two years)."""
    return testweb.build(tmp_path_factory.mktemp("testlan"))


def start_datasette(db: Path, quick_exit_url: str) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``datasette serve`` as ``vmatris serve`` would, and wait until it answers."""
    port = free_port()
    env = {**os.environ, "VMATRIS_NOW": FIXED_NOW}
    proc = subprocess.Popen(datasette_command(db, port, "127.0.0.1", quick_exit_url=quick_exit_url), cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"datasette exited: {proc.stdout.read().decode() if proc.stdout else ''}")
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=1):
                return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("datasette did not start in 30 s")


@pytest.fixture(scope="session")
def server(test_db: Path, neutral_url: str) -> Iterator[str]:
    """Base URL of Datasette serving the test database."""
    proc, base = start_datasette(test_db, neutral_url)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the session (Debian's chromium; `make test` installs it)."""
    chromium = Browser()
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")
