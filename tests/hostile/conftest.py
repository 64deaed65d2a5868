"""The hostile web, served once per test session, and one full crawl of it shared by the read-only tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile.web import HostileWeb, serve

# small timeouts keep the suite fast; the per-site budgets are what the tests check
FAST = ("--fast", "--quiet", "--timeout", "2", "--retries", "1")


@pytest.fixture(scope="session")
def web() -> Iterator[HostileWeb]:
    with serve() as running:
        yield running


def crawl(web: HostileWeb, registry: Path, db: Path, *extra: str, year: int = 2026,
          check: bool = False, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``vmatris crawl`` of the hostile web in a subprocess, through Scrapy's real downloader."""
    args = ["crawl", "--registry", str(registry), "--year", str(year), "--db", str(db), *FAST,
            *web.resolve_args(), *extra]
    return vmatris(*args, check=check, env=env)


def vmatris(*args: str, check: bool = False, env: dict[str, str] | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``vmatris ARGS`` in a subprocess with extra environment variables (fault injection)."""
    proc = subprocess.run([sys.executable, "-m", "vmatris.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"vmatris {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def hostile_run(web: HostileWeb, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every hostile site crawled at once (except the interrupted-run site), with tight per-site caps."""
    root = tmp_path_factory.mktemp("hostile")
    registry = web.registry(root / "hostile.csv", [s for s in ("traps", "many", "redirects", "errors", "big",
                                                               "encoding", "robots", "budget", "refused", "dns")])
    started = time.monotonic()
    proc = crawl(web, registry, root / "v.db", "--max-pages", "40", "--max-site-minutes", "0.1",
                 "--max-site-mb", "20", "--max-error-share", "0.05")
    return {"proc": proc, "db": root / "v.db", "seconds": time.monotonic() - started, "registry": registry}
