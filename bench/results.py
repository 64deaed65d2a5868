"""Writes ``bench/RESULTS.md``: the machine, the date, the commit, each figure against its goal and what limits it.

Kept apart from the measuring so the report format can be tested without running a benchmark.
"""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, Any]:
    """uname, CPU model, cores, RAM, date and commit: what a figure means depends on all of them."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) for line in _read("/proc/meminfo").splitlines()
                if line.startswith("MemTotal:")), 0)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                            check=False).stdout.strip()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {"uname": " ".join(platform.uname()), "cpu": cpu, "cores": os.cpu_count(), "ram_gib": mem / 2**20,
            "date": datetime.now(UTC).replace(microsecond=0).isoformat(), "commit": commit,
            "loadavg_at_start": [round(x, 2) for x in load]}


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def verdict(value: float | None, goal: float, higher_is_better: bool) -> str:
    """``met``/``MISSED`` for one figure (``n/a`` when it could not be measured)."""
    if value is None:
        return "n/a"
    return "met" if (value >= goal if higher_is_better else value <= goal) else "MISSED"


def render(fig: dict[str, Any], limits: dict[str, str]) -> str:
    """The Markdown of RESULTS.md from the figures dict that ``bench.run`` prints as its last line."""
    m, rows = fig["machine"], []
    for key, label, goal_text in (
        ("crawl", "1. crawl throughput vs `scrapy bench`", "≥ 0.8"),
        ("extract", "2. extraction vs bare lxml parse (parse/extract, one core)", "≥ 0.33"),
        ("build", "3. database build (publish with FTS)", "—"),
        ("memory", "4. peak RSS large/small", "≤ 1.2 and < 1 GiB"),
        ("datasette", "5. Datasette p95 under 20 clients (worst URL)", "< 100 ms"),
        ("recrawl", "6. re-crawl bytes / first crawl bytes", "≤ 0.05"),
    ):
        f = fig.get(key, {})
        rows.append(f"| {label} | {f.get('figure', 'n/a')} | {goal_text} | {f.get('verdict', 'n/a')} |")
    lines = [
        "# Benchmark results", "",
        f"Written by `python -m bench.run{' --quick' if fig.get('quick') else ''}`; do not edit by hand, re-run.", "",
        f"- machine: `{m['uname']}`", f"- CPU: {m['cpu']}, {m['cores']} cores, {m['ram_gib']:.1f} GiB RAM",
        f"- date: {m['date']}", f"- commit: `{m['commit']}`",
        f"- load average when the run started: {m['loadavg_at_start']} "
        "(the machine is shared with other developers' test runs; wall-clock figures are noisy)",
        f"- web: {fig['web']['sites_small']} / {fig['web']['sites_large']} sites × {fig['web']['pages_per_site']} "
        f"pages ({fig['web']['pages_small']} / {fig['web']['pages_large']} pages, mean "
        f"{fig['web']['mean_kb']:.0f} KB), seed {fig['web']['seed']}", "",
        "| figure | value | goal | |", "|---|---|---|---|", *rows, "",
    ]
    for key, text in limits.items():
        lines += [f"## {key}", "", text.strip(), ""]
    lines += ["## All figures (the JSON of the last output line)", "", "```json", fig.get("json", "{}"), "```", ""]
    return "\n".join(lines)


def write(path: Path, fig: dict[str, Any], limits: dict[str, str]) -> Path:
    """Write RESULTS.md; returns its path."""
    path.write_text(render(fig, limits), encoding="utf-8")
    return path
