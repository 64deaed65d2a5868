"""Shared fixtures: real HTTP on 127.0.0.1, real SQLite, real subprocesses. No internet, ever."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINIWEB = FIXTURES / "miniweb"


def run_cli(*args: str, timeout: int = 600, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``vmatris ARGS`` in a subprocess (a crawl needs a fresh Twisted reactor)."""
    proc = subprocess.run([sys.executable, "-m", "vmatris.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"vmatris {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def crawl_web(root: Path, year: int, registry: Path, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Serve ``root/<year>`` through the demo proxy and crawl it with the real spiders."""
    from vmatris.demo_server import serve

    with serve(year, root=root) as proxy:
        return run_cli("crawl", "--registry", str(registry), "--year", str(year), "--db", str(db),
                       "--proxy", proxy, "--fast", "--quiet", *extra)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Refuse any connection from the test process that is not to loopback."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise OSError(f"test tried to reach {host}: tests never leave the machine")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture(scope="session")
def miniweb_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini test web crawled once over HTTP into a fresh database."""
    db = tmp_path_factory.mktemp("miniweb") / "vmatris.db"
    crawl_web(MINIWEB, 2025, MINIWEB / "testvik.csv", db)
    return db
