"""Datasette under concurrent clients on loopback: start ``vmatris serve``, load it, report p50/p95.

``wrk`` (a C load tool) is preferred because a Python client on the same
small machine would steal the CPU Datasette needs and inflate its latency;
without ``wrk`` a bounded asyncio client does the same job.  Every run is
bounded in time and stays on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WRK_LUA = """
done = function(summary, latency, requests)
  io.write(string.format('WRKJSON {"p50": %f, "p95": %f, "requests": %d, "errors": %d, "non2xx": %d}\\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
"""


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def datasette(db: Path):
    """``vmatris serve --db DB`` on a free loopback port; yields the base URL, stops the server after."""
    import httpx

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "vmatris.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if httpx.get(base + "/", timeout=2).status_code < 500:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            raise RuntimeError("Datasette did not start")
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def status(url: str) -> int:
    """The HTTP status of one GET (to pick a page that exists)."""
    import httpx

    return httpx.get(url, timeout=30).status_code


def wrk(url: str, clients: int, seconds: int) -> dict[str, Any]:
    """p50/p95 (ms) of ``url`` under ``clients`` connections for ``seconds``, measured by wrk."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(WRK_LUA)
    try:
        proc = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s", "-s", lua.name, url],
                              capture_output=True, text=True, timeout=seconds + 60, check=False)
    finally:
        Path(lua.name).unlink()
    line = next((x for x in proc.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result: {proc.stdout[-500:]} {proc.stderr[-500:]}")
    out = json.loads(line.removeprefix("WRKJSON "))
    return {**out, "rps": out["requests"] / seconds, "tool": "wrk"}


async def _client_load(url: str, clients: int, seconds: int) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                r = await client.get(url)
                errors += r.status_code >= 400
            except httpx.HTTPError:
                errors += 1
            latencies.append(1000 * (time.perf_counter() - start))

    async with httpx.AsyncClient(timeout=10, limits=httpx.Limits(max_connections=clients)) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    latencies.sort()
    pick = (lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]) if latencies else (lambda q: 0.0)
    return {"p50": pick(0.5), "p95": pick(0.95), "requests": len(latencies), "errors": errors, "non2xx": errors,
            "rps": len(latencies) / seconds, "tool": "python-httpx"}


def load(url: str, clients: int = 20, seconds: int = 10) -> dict[str, Any]:
    """Latency of ``url`` under load: wrk if installed, else the asyncio client."""
    if shutil.which("wrk"):
        return wrk(url, clients, seconds)
    return asyncio.run(_client_load(url, clients, seconds))
