"""The measurements: each runs one thing the way a user runs it and returns plain figures.

Crawls and builds run in subprocesses under ``/usr/bin/time -v`` because a
crawl needs a fresh Twisted reactor and because the peak RSS of that one
process is the memory figure; extraction runs in this process on one core
(CPU time, so other jobs on a shared machine distort it less than wall time).
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
# Scrapy's end-of-crawl stats the benchmark reads: summed over the spiders of one process ...
SUM_STATS = (
    "downloader/response_bytes", "downloader/request_count", "response_received_count", "item_scraped_count",
    "httpcache/hit", "downloader/response_status_count/304",
    # what really crossed the network: Scrapy's downloader stats count a 304 as the cached page it becomes
    "vmatris/network_bytes", "vmatris/not_modified", "httpcache/revalidate")
# ... or taken as the largest: the longest spider, or figures of the whole process every spider reports
MAX_STATS = (
    "elapsed_time_seconds",
    # the extraction worker process's own peak RSS (one worker shared by the spiders of a crawl)
    "vmatris/extract_worker/peak_rss_kb",
    # CPU seconds of the crawl process (all threads) and of its worker: the cost per page, steadier than wall time
    "vmatris/process_cpu_s", "vmatris/extract_worker/cpu_s",
    # the crawl process's C heap when its last spider closed: live data and what the allocator holds free
    "vmatris/heap_in_use_kb", "vmatris/heap_free_kb",
    # the rolling window of sites (scrapers/sitewindow.py): its size, and the most sites it held at once
    "vmatris/site_window", "vmatris/sites_at_once_max")
STAT_RX = {k: re.compile(rf"'{re.escape(k)}': ([\d.]+)") for k in SUM_STATS + MAX_STATS}
TIME_RX = {"max_rss_kb": re.compile(r"Maximum resident set size \(kbytes\): (\d+)"),
           "wall": re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)")}


def timed(cmd: list[str], *, cwd: Path = ROOT, timeout: float = 3600) -> dict[str, Any]:
    """Run ``cmd`` under ``/usr/bin/time -v`` when present; returns rc, wall seconds, peak RSS (MiB), output."""
    wrap = ["/usr/bin/time", "-v", *cmd] if Path("/usr/bin/time").exists() else cmd
    start = time.perf_counter()
    proc = subprocess.run(wrap, capture_output=True, text=True, cwd=cwd, timeout=timeout, check=False)
    wall = time.perf_counter() - start
    m = TIME_RX["max_rss_kb"].search(proc.stderr)
    return {"rc": proc.returncode, "seconds": wall, "peak_rss_mib": int(m.group(1)) / 1024 if m else None,
            "stdout": proc.stdout, "stderr": proc.stderr}


def scrapy_stats(log: str) -> dict[str, float]:
    """Scrapy's end-of-crawl stats summed over the spiders of one process (elapsed: the longest spider)."""
    out: dict[str, float] = {}
    for key, rx in STAT_RX.items():
        values = [float(v) for v in rx.findall(log)]
        out[key] = (max(values) if key in MAX_STATS else sum(values)) if values else 0.0
    return out


def crawl(registry: Path, year: int, db: Path, proxy: str, max_pages: int, profile: Path | None = None) -> dict:
    """``vmatris crawl --fast`` (extraction, archive and storage on); pages per minute from Scrapy's own stats.

    Logs at INFO (not ``--quiet``) because the stats dump is where the bytes and page counts come from.
    ``profile``: also sample the crawl with py-spy into that file (collapsed stacks).
    """
    cmd = [PY, "-m", "vmatris.cli", "crawl", "--registry", str(registry), "--year", str(year), "--db", str(db),
           "--proxy", proxy, "--fast", "--max-pages", str(max_pages)]
    spy = shutil.which("py-spy") or str(Path(PY).with_name("py-spy"))
    if profile and Path(spy).exists():
        cmd = [spy, "record", "--format", "raw", "--rate", "50", "--nonblocking", "-o", str(profile), "--", *cmd]
    res = timed(cmd)
    if res["rc"] != 0:
        raise RuntimeError(f"crawl failed ({res['rc']}):\n{res['stderr'][-3000:]}")
    stats = scrapy_stats(res["stderr"])
    pages = stats["response_received_count"]
    elapsed = stats["elapsed_time_seconds"] or res["seconds"]
    run_id = re.search(r"Crawl (\S+) \(", res["stdout"])
    return {"pages_fetched": int(pages), "items": int(stats["item_scraped_count"]), "crawl_seconds": elapsed,
            "wall_seconds": res["seconds"], "pages_per_min": 60 * pages / elapsed if elapsed else 0.0,
            "response_bytes": int(stats["vmatris/network_bytes"] or stats["downloader/response_bytes"]),
            # /usr/bin/time reports the larger process; the crawl and its extraction worker together hold the sum
            "peak_rss_mib": (res["peak_rss_mib"] or 0) + stats["vmatris/extract_worker/peak_rss_kb"] / 1024,
            "worker_peak_rss_mib": stats["vmatris/extract_worker/peak_rss_kb"] / 1024,
            # 0 where glibc's accounting is not available
            "heap_in_use_mib": stats["vmatris/heap_in_use_kb"] / 1024,
            "heap_free_mib": stats["vmatris/heap_free_kb"] / 1024,
            "site_window": int(stats["vmatris/site_window"]),
            "sites_at_once_max": int(stats["vmatris/sites_at_once_max"]),
            "not_modified": int(stats["vmatris/not_modified"] or stats["downloader/response_status_count/304"]),
            "cache_hits": int(stats["httpcache/hit"]), "run_id": run_id.group(1) if run_id else "",
            "crawl_cpu_ms_per_page": 1000 * stats["vmatris/process_cpu_s"] / pages if pages else 0.0,
            "worker_cpu_ms_per_page": 1000 * stats["vmatris/extract_worker/cpu_s"] / pages if pages else 0.0}


def scrapy_bench(seconds: int) -> dict[str, Any]:
    """``scrapy bench`` outside the project (its default settings, not ours), bounded by CLOSESPIDER_TIMEOUT."""
    scrapy = str(Path(PY).with_name("scrapy"))
    with tempfile.TemporaryDirectory() as tmp:
        res = timed([scrapy, "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}", "-s", "LOG_LEVEL=INFO"], cwd=Path(tmp),
                    timeout=seconds + 120)
    stats = scrapy_stats(res["stderr"])
    rates = [int(r) for r in re.findall(r"\(at (\d+) pages/min\)", res["stderr"])]
    pages, elapsed = stats["response_received_count"], stats["elapsed_time_seconds"]
    return {"pages": int(pages), "seconds": elapsed, "pages_per_min": 60 * pages / elapsed if elapsed else 0.0,
            "logged_median_pages_per_min": sorted(rates)[len(rates) // 2] if rates else None, "rc": res["rc"]}


def sample_pages(web: Path, n: int) -> list[tuple[str, str]]:
    """(url, html) of ``n`` pages spread evenly over the generated web, deterministic."""
    files = sorted(web.rglob("*.html"))
    step = max(1, len(files) // n)
    out = []
    for f in files[::step][:n]:
        host_path = f.relative_to(web).as_posix().removesuffix("index.html")
        out.append((f"http://{host_path}", f.read_text(encoding="utf-8")))
    return out


def extraction(pages: list[tuple[str, str]], repeat: int = 1) -> dict[str, Any]:
    """CPU seconds of a bare lxml parse vs ``extract_all(Page(url, html))`` (and the pipeline's extra work)."""
    import lxml.html

    from matrix.extract import as_json, extract_all, relevance
    from matrix.page import Page

    def run_parse() -> None:
        for _url, html in pages:
            lxml.html.document_fromstring(html)

    def run_extract() -> None:
        for url, html in pages:
            extract_all(Page(url, html))

    def run_pipeline() -> None:
        for url, html in pages:
            page = Page(url, html)
            findings = extract_all(page)
            relevance(page)
            as_json(page, findings)

    def cpu(fn: Any) -> float:
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
        return best

    # one-time set-up is not a page's cost: the municipality-name pattern is compiled on first use (~0.1 s)
    for url, html in pages[:5]:
        lxml.html.document_fromstring(html)
        extract_all(Page(url, html))
    parse, extract, pipeline = cpu(run_parse), cpu(run_extract), cpu(run_pipeline)
    views = view_costs(pages[:200])
    prof = cProfile.Profile()
    prof.runcall(run_extract)
    top = sorted(pstats.Stats(prof).stats.items(), key=lambda kv: kv[1][2], reverse=True)[:8]  # type: ignore[attr-defined]
    total = sum(v[2] for v in pstats.Stats(prof).stats.values()) or 1  # type: ignore[attr-defined]
    return {"pages": len(pages), "mean_kb": sum(len(h.encode()) for _u, h in pages) / len(pages) / 1024,
            "parse_cpu_s": parse, "extract_cpu_s": extract, "pipeline_cpu_s": pipeline,
            "extract_ms_per_page": 1000 * extract / len(pages), "parse_ms_per_page": 1000 * parse / len(pages),
            "ratio": parse / extract if extract else 0.0, "pipeline_ratio": parse / pipeline if pipeline else 0.0,
            "views_ms_per_page": views,
            "profile_top_self": [f"{v[2] / total:.0%} {Path(k[0]).name}:{k[1]} {k[2]}" for k, v in top]}


def view_costs(pages: list[tuple[str, str]]) -> dict[str, float]:
    """CPU ms a page of each step, in the order extraction builds them: the parse into a :class:`Page`
    (decoding included), the shared views (links, main content, blocks, sentences) and then the extractors,
    which find those views built.  Says where the time goes, next to the ratio."""
    from matrix.extract import extract_all
    from matrix.extractors import groups
    from matrix.page import Page

    steps: dict[str, Any] = {
        "page": None, "links": lambda p: p.links, "main": lambda p: p.main, "blocks": lambda p: p.blocks,
        "sentences": groups.sentences, "extractors": extract_all,
    }
    out: dict[str, float] = {}
    built: list[Any] = []
    # the steps keep all pages alive, which the extraction itself never does: Python's cyclic garbage collector
    # would walk them all again and again and charge that to whichever step it interrupts, so it is paused here
    gc.collect()
    gc.disable()
    try:
        for name, step in steps.items():
            start = time.process_time()
            if step is None:
                built = [Page(url, html) for url, html in pages]
            else:
                for page in built:
                    step(page)
            out[name] = 1000 * (time.process_time() - start) / max(1, len(pages))
    finally:
        gc.enable()
    return out


def build(run_db: Path, registry: Path, run_id: str, target: Path) -> dict[str, Any]:
    """``matrix.db.publish`` of one run into a fresh database, in its own process: pages/s, size, peak RSS."""
    if target.exists():
        target.unlink()
    code = ("import sys; from pathlib import Path; from matrix.db import publish; from matrix.registry import "
            "kommun_index; publish(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], kommun_index(sys.argv[4]))")
    res = timed([PY, "-c", code, str(run_db), str(target), run_id, str(registry)])
    if res["rc"] != 0:
        raise RuntimeError(f"publish failed:\n{res['stderr'][-3000:]}")
    import sqlite3

    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
        pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
        fts = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'pages_fts'").fetchone()[0]
    size = target.stat().st_size
    return {"pages": pages, "seconds": res["seconds"], "pages_per_s": pages / res["seconds"], "fts": bool(fts),
            "db_mib": size / 2**20, "mib_per_1000_pages": size / 2**20 / pages * 1000 if pages else None,
            "peak_rss_mib": res["peak_rss_mib"]}


def spy_summary(raw: Path, n: int = 12) -> dict[str, list[str]]:
    """Top frames by own time and project functions by inclusive time, from py-spy's collapsed stacks."""
    own, incl, total = Counter(), Counter(), 0
    if not raw.is_file():
        return {"own": [], "inclusive": []}
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        frames, n_samples = stack.split(";"), int(count)
        total += n_samples
        own[frames[-1]] += n_samples
        for frame in set(frames):
            if re.search(r"\((matrix|scrapers|warcio|sqlite_utils)/", frame):
                incl[frame] += n_samples
    if not total:
        return {"own": [], "inclusive": []}
    return {"own": [f"{c / total:.0%} {f}" for f, c in own.most_common(n)],
            "inclusive": [f"{c / total:.0%} {f}" for f, c in incl.most_common(n)]}


def dump(obj: Any) -> str:
    """One-line JSON of a figures dict (floats rounded for reading)."""
    def rnd(v: Any) -> Any:
        if isinstance(v, float):
            return round(v, 4)
        if isinstance(v, dict):
            return {k: rnd(x) for k, x in v.items()}
        if isinstance(v, list):
            return [rnd(x) for x in v]
        return v
    return json.dumps(rnd(obj), ensure_ascii=False)
