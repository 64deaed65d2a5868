"""``python -m bench.run [--quick]``: every benchmark figure in one run, into bench/RESULTS.md and one JSON line.

Order matters on a small machine: the crawls run while nothing else of ours
does, ``scrapy bench`` runs after the demo server is gone, and Datasette is
loaded last.  The last line printed is the JSON of all figures, for scripts.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import load, measure, results, webgen

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "data" / "build" / "bench-web"
YEAR = 2026
GiB_MIB = 1024


@dataclass(frozen=True)
class Plan:
    """The sizes of one benchmark run: ``--quick`` fits a few minutes on 2 shared cores, full is the country."""

    sites_small: int
    sites_large: int
    pages_per_site: int
    scrapy_bench_s: int
    sample: int
    load_s: int


FULL = Plan(67, 500, 150, 30, 1000, 20)
QUICK = Plan(20, 80, 50, 15, 120, 8)


def log(msg: str) -> None:
    """Progress on stderr, so stdout's last line stays the JSON."""
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def web_marker(plan: Plan, seed: int) -> Path:
    """A file saying the web of ``plan`` and ``seed`` is generated complete under WORK."""
    return WORK / f"web-{plan.sites_large}x{plan.pages_per_site}-{seed}.ok"


def generate_web(plan: Plan, seed: int) -> list[webgen.Site]:
    """The synthetic web of ``plan`` and its two registries (small.csv, large.csv), generated afresh under WORK
    and marked complete."""
    shutil.rmtree(WORK, ignore_errors=True)
    web = WORK / "web"
    log(f"generating {plan.sites_large} sites × {plan.pages_per_site} pages under {web} …")
    sites = webgen.generate(web, YEAR, plan.sites_large, plan.pages_per_site, seed)
    webgen.write_registry(WORK / "small.csv", sites[: plan.sites_small])
    webgen.write_registry(WORK / "large.csv", sites)
    web_marker(plan, seed).write_text("ok")
    return sites


def ensure_web(plan: Plan, seed: int) -> Path:
    """The synthetic web of ``plan`` under WORK, generated unless a marker says it is there: for the tools that
    re-measure one figure (``bench.crawlonly``, ``bench.extractonly``)."""
    if not web_marker(plan, seed).is_file():
        generate_web(plan, seed)
    return WORK / "web"


def crawls(plan: Plan, web: Path, regs: dict[str, Path]) -> dict[str, Any]:
    """Small crawl, large crawl (the throughput figure), then the small web again (re-crawl, profiled)."""
    from vmatris.demo_server import serve

    out: dict[str, Any] = {}
    cap = plan.pages_per_site * 10  # the cap counts requests before de-duplication; keep it out of the way
    with serve(YEAR, root=web) as proxy:
        for name in ("small", "large"):
            log(f"crawl {name} ({regs[name].name}) …")
            out[name] = measure.crawl(regs[name], YEAR, WORK / name / "vmatris.db", proxy, cap)
            log(f"  {out[name]['pages_fetched']} pages in {out[name]['crawl_seconds']:.1f} s")
        log("re-crawl small (py-spy sampling) …")
        out["again"] = measure.crawl(regs["small"], YEAR, WORK / "small" / "vmatris.db", proxy, cap,
                                     profile=WORK / "recrawl.pyspy.txt")
    out["profile"] = measure.spy_summary(WORK / "recrawl.pyspy.txt")
    return out


def serve_figures(db: Path, kommun: str, seconds: int) -> dict[str, Any]:
    """p50/p95 of the public search, a full-text query and a faceted table under 20 clients."""
    out: dict[str, Any] = {}
    with load.datasette(db) as base:
        search = f"/hitta-stod?kommun={kommun}&roll=utsatt"
        if load.status(base + search) != 200:
            search = "/"
        for name, path in (("hitta_stod", search), ("fts", "/vmatris/pages?_search=v%C3%A5ld"),
                           ("facet", "/vmatris/services?_facet=sektor")):
            code = load.status(base + path)
            log(f"load {path} (status {code}) …")
            out[name] = {"path": path, "status": code, **load.load(base + path, 20, seconds)}
    return out


def _per_site_kib(fig: dict[str, Any]) -> float:
    """Peak crawl RSS added per extra site between the small and the large run."""
    extra = fig["web"]["sites_large"] - fig["web"]["sites_small"]
    return 1024 * (fig["memory"]["crawl_large_mib"] - fig["memory"]["crawl_small_mib"]) / extra if extra else 0.0


def _own_ratio(fig: dict[str, Any]) -> float:
    """Large/small peak RSS of the crawl process without its (flat) extraction worker."""
    small, large = fig["crawls"]["small"], fig["crawls"]["large"]
    a = small["peak_rss_mib"] - small.get("worker_peak_rss_mib", 0)
    b = large["peak_rss_mib"] - large.get("worker_peak_rss_mib", 0)
    return b / a if a else 0.0


def _heap_text(fig: dict[str, Any]) -> str:
    """The crawl process's C heap, small against large run, when it was measured (glibc only)."""
    small, large = fig["crawls"]["small"], fig["crawls"]["large"]
    if not (small.get("heap_in_use_mib") and large.get("heap_in_use_mib")):
        return ""
    return (f"Its C heap when the crawl ended (glibc's mallinfo2): {small['heap_in_use_mib']:.0f} → "
            f"{large['heap_in_use_mib']:.0f} MiB in use, {small.get('heap_free_mib', 0):.0f} → "
            f"{large.get('heap_free_mib', 0):.0f} MiB held free by the allocator. ")


def _window_text(fig: dict[str, Any]) -> str:
    """How many sites the crawls held at once (the rolling window), when their stats say."""
    small, large = fig["crawls"]["small"], fig["crawls"]["large"]
    if not large.get("site_window"):
        return "Every site was crawled at once (no window of sites). "
    return (f"At most {small.get('sites_at_once_max', 0)} (small) and {large.get('sites_at_once_max', 0)} (large) "
            f"sites were crawled at once, in a window of {large['site_window']}. ")


def limits_text(fig: dict[str, Any], crawl: dict[str, Any]) -> dict[str, str]:
    """What limits each figure, written from this run's measurements and profiles."""
    c, e, d = fig["crawl"], fig["extract"], fig["datasette"]
    prof = crawl["profile"]
    return {
        "1. crawl throughput": (
            f"{c['pages_per_min']:.0f} pages/min for vmatris ({c['pages']} pages, {c['pages_mean_kb']:.0f} KB mean) "
            f"vs {c['scrapy_bench_pages_per_min']:.0f} for `scrapy bench` (tiny pages, no processing); the small "
            f"registry's crawl ran at {fig['crawls']['small']['pages_per_min']:.0f} pages/min "
            f"({fig['crawls']['small']['pages_per_min'] / c['scrapy_bench_pages_per_min']:.2f}×). The crawl is "
            "CPU-bound on the two cores, so its cost is measured in CPU time a page, which is steadier than wall "
            "time on this shared machine: the crawl process (reactor, pipelines, compression threads) took "
            f"{fig['crawls']['large'].get('crawl_cpu_ms_per_page', 0):.1f} ms a page on the large registry "
            f"({fig['crawls']['small'].get('crawl_cpu_ms_per_page', 0):.1f} on the small one) and the extraction "
            f"worker {fig['crawls']['large'].get('worker_cpu_ms_per_page', 0):.1f} ms "
            f"({fig['crawls']['small'].get('worker_cpu_ms_per_page', 0):.1f}). Per page the spider parses once "
            "(the lxml parse also yields the links; link decisions are memoised per site and a link already "
            "requested from as deep or deeper is not made into a Request again: the mega-menus made ~20 "
            "duplicate Requests a page that went through every middleware only for the duplicate filter to drop "
            "them), the extractors and the main-text view run in a worker process beside the reactor "
            "(scrapers/extract_worker.py: one child fed over pipes, results identical to inline, crashes and "
            "timeouts recorded as the page's extraction error, backpressure at 16 pages), SQLite takes prepared "
            "upserts committed in batches of 32 (WAL, synchronous=NORMAL; the run database carries no full-text "
            "index, the published one is indexed as the run is merged), Scrapy's meta-refresh check only decodes "
            "pages whose start holds 'refresh', and the WARC record and the HTTP cache entry are compressed on "
            "threads. Measured side by side on the small registry, those changes took the crawl process from "
            "31.7 to ~21 ms of CPU a page (same 3,623 pages). What limits it now: the two cores are shared by the "
            "reactor (Scrapy's engine, scheduler, middlewares and asyncio tasks are about half of its samples), "
            "the extraction worker and the benchmark's web server (a Python ThreadingHTTPServer, ~4 % of a core "
            "since it sets TCP_NODELAY: before, each response stalled 40 ms on delayed ACKs), while `scrapy "
            "bench` has a near-idle server and no per-page work. "
            "py-spy on the re-crawl (all threads; own time, top frames):\n\n"
            + "\n".join(f"    {x}" for x in prof["own"]) +
            "\n\nInclusive, project code:\n\n" + "\n".join(f"    {x}" for x in prof["inclusive"])),
        "2. extraction": (
            f"Per page {e['parse_ms_per_page']:.1f} ms bare parse vs {e['extract_ms_per_page']:.1f} ms "
            f"Page + extract_all (ratio {e['ratio']:.2f}; with the pipeline's `as_json`: "
            f"{e['pipeline_ratio']:.2f}). Extraction is regular expressions over every sentence of the main "
            "content and over links, buttons and attributes (15 extractors, about 110 patterns). It went from "
            "34.8 ms/page (first run) to ~20 (one exposure scan per sentence, lower-case-only patterns) to ~9.4 "
            "(every pattern behind a literal prefilter derived from the regex itself, matrix/prefilter.py) to "
            "~8.9 (loops over links, clickables and attributes run a pattern only on the texts holding one of "
            "its literals, found with one scan of the joined texts) — figures of earlier days: this shared "
            "machine's speed varies by up to 1.5× from day to day, so only side-by-side figures compare — "
            "to this run's figure: on long texts a match "
            "is tried only where one of the pattern's required prefixes occurs (re cannot skip ahead on a "
            "pattern starting with \\b or a class), positive look-arounds count as required literals (sentence "
            "splits skip texts without a sentence end), the seven exposure patterns are screened together with "
            "one scan a sentence, attribute tests scan all attribute names and values once instead of building "
            "a text per element, contact boxes are chosen by XPath, opening-hours parsing skips texts without a "
            "time range, and a scoped-flag group no longer hides the rest of its pattern from the prefilter "
            "(side by side on 300 bench pages, best of three alternated runs: 13.5 -> 9.0 ms/page; on the 318 "
            "labeled real pages 6.1 -> 5.2). Every change gives identical output, "
            "checked on 2,228 labeled, demo and bench pages (`python -m bench.extractonly --snapshot/--compare`) "
            "and by property tests. Where the time goes, CPU ms a page on 200 sample pages (each step finds the "
            "earlier ones built; garbage collection paused): " +
            ", ".join(f"{k} {v:.2f}" for k, v in e.get("views_ms_per_page", {}).items()) +
            ". A bare lxml parse is C; everything after it is Python: walks over a page's elements and ~70 "
            "links, and ~100 pattern calls. Reaching 0.33× (at most twice a parse for all extractors) needs "
            "another design, not more tuning: the views built in one C-level pass, sentence classification only "
            "where an extractor reads it, and the per-link and per-sentence work in compiled code. Compiling the "
            "same Python is not that: on 2026-12-08 the page, prefilter, lexicon, finding and extractor modules "
            "built unchanged with Cython 3.0.11 ran 9.97-10.98 ms a page against 10.15-10.76 ms interpreted "
            "(alternated runs, 300 bench pages), no gain, because the time goes to calls into lxml and re and to "
            "the Python objects they return, which compiled code makes just the same. Real pages "
            "are no easier: the labeled ones are smaller (a 0.06-0.1 ms parse) but extraction keeps a fixed "
            "cost a page, so their ratio is lower still (~0.01). "
            "cProfile, own time:\n\n" +
            "\n".join(f"    {x}" for x in e["profile_top_self"])),
        "3. database build": (
            "`publish` copies the main DB, merges the run (pages, page_html, evidence), fills the FTS index "
            "through triggers row by row, builds services and changes. Size is dominated by `page_html` "
            "(every page's full HTML, 30-120 KB) — the DB grows with the web by design."),
        "4. memory": (
            f"Crawl peak {fig['memory']['crawl_small_mib']:.0f} → {fig['memory']['crawl_large_mib']:.0f} MiB, "
            f"build peak {fig['memory']['build_small_mib']:.0f} → {fig['memory']['build_large_mib']:.0f} MiB. "
            "The build reads one actor's pages at a time (`actor_page_records` in matrix/db.py; a site is capped), "
            "so it does not grow with the run. The crawl's figure is the crawl process plus its extraction worker "
            f"(worker peak {fig['crawls']['large'].get('worker_peak_rss_mib', 0):.0f} MiB, flat; the crawl process "
            f"alone {_own_ratio(fig):.2f}×); it grows by "
            f"{_per_site_kib(fig):.0f} KiB per extra site in this run. {_heap_text(fig)}"
            f"{_window_text(fig)}"
            "An investigation on 2026-12-07 (RSS sampled every 5 s, a type count of live Python objects at the "
            "end) found the crawl process's RSS rising during the first ~2 minutes of the large crawl, while every "
            "site's frontier formed, and flat for the remaining ~80 % of its pages: it followed the number of sites "
            "crawled at once, not the pages, and the allocator was not the lever (peaks small → large 131 → 161 MiB "
            "with glibc's defaults, 129 → 160 with `MALLOC_ARENA_MAX=2`, 137 → 161 with jemalloc). So the crawl now "
            "works on a rolling window of sites (scrapers/sitewindow.py, `VMATRIS_MAX_ACTIVE_SITES`, 64): a registry "
            "row starts when a site is done, nothing of it scheduled or in the engine's hands. Measured 2026-12-08, "
            "the large crawl alone: same 26,918 pages, 2,470 pages/min, its C heap in use 35 MiB (41 before, the "
            "small registry's 36), crawl process peak 148 MiB (161 before). What still grows was traced the same day "
            "(`PYTHONTRACEMALLOC=1`, the crawl then logs the lines holding the most live memory: "
            "scrapers/procstats.py): live Python memory at the end 55 → 67 MiB, small → large. Of the 12 MiB, ~7.5 "
            "are the spiders' link memos (dicts, hashes and the followed URLs' strings) and records of requested "
            "links filling towards their bound of 32,768 entries per spider (~100 entries a site, so reached at "
            "~300 sites of one kind; the older half is dropped when full), ~2 MiB the page-cap sets (64-bit hashes, "
            "about 4 KB a site) and the rest the duplicate filter's fingerprints and per-site counters. The "
            "scheduler queue is on disk (JOBDIR) and the HTTP-cache writer holds at most 64 pages."),
        "5. Datasette": (
            "; ".join(f"{k} `{v['path']}` ({v['status']}): p50 {v['p50']:.0f} ms, p95 {v['p95']:.0f} ms, "
                      f"{v['rps']:.0f} req/s, {v['tool']}" for k, v in d.items() if isinstance(v, dict)) +
            ". The load tool runs on the same 2 cores as Datasette. The database is served immutable, so finished "
            "responses are kept in an in-memory LRU (datasette/plugins/vmatris_cache.py, 60 s TTL): repeated "
            "URLs cost ~6 ms. A cold table page still renders in ~50 ms of Python (Jinja), so 20 clients on "
            "20 different URLs would queue towards ~1 s; the cache is what meets the goal."),
        "6. re-crawl": (
            f"Second crawl downloaded {fig['recrawl']['bytes_again']} bytes vs {fig['recrawl']['bytes_first']} "
            f"({fig['recrawl']['not_modified']} responses 304). Every cached page is revalidated with "
            "If-None-Match/If-Modified-Since (scrapers/httpcache.py); an unchanged page costs its headers only, "
            "and is still recorded as seen in the new run."),
    }


def main(argv: list[str] | None = None) -> int:
    """Generate, measure, write RESULTS.md, print the JSON line."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="A small web that finishes in a few minutes.")
    parser.add_argument("--seed", type=int, default=2026, help="Seed of the synthetic web.")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    fig: dict[str, Any] = {"quick": args.quick, "machine": results.machine()}
    sites = generate_web(plan, args.seed)  # always afresh; bench.crawlonly and bench.extractonly reuse it
    web = WORK / "web"
    regs = {"small": WORK / "small.csv", "large": WORK / "large.csv"}
    sample = measure.sample_pages(web / str(YEAR), plan.sample)
    mean_kb = sum(len(h.encode()) for _u, h in sample) / len(sample) / 1024
    fig["web"] = {"sites_small": plan.sites_small, "sites_large": plan.sites_large, "seed": args.seed,
                  "pages_per_site": plan.pages_per_site, "pages_small": plan.sites_small * plan.pages_per_site,
                  "pages_large": plan.sites_large * plan.pages_per_site, "mean_kb": mean_kb}

    crawl = crawls(plan, web, regs)
    log("scrapy bench …")
    sb = measure.scrapy_bench(plan.scrapy_bench_s)
    ratio = crawl["large"]["pages_per_min"] / sb["pages_per_min"] if sb["pages_per_min"] else None
    fig["crawl"] = {"pages": crawl["large"]["pages_fetched"], "seconds": crawl["large"]["crawl_seconds"],
                    "pages_mean_kb": mean_kb, "pages_per_min": crawl["large"]["pages_per_min"],
                    "scrapy_bench_pages_per_min": sb["pages_per_min"], "scrapy_bench": sb, "ratio": ratio,
                    "figure": f"{ratio:.2f}×" if ratio else "n/a", "verdict": results.verdict(ratio, 0.8, True)}
    log("extraction …")
    e = measure.extraction(sample, repeat=2 if args.quick else 1)
    fig["extract"] = {**e, "figure": f"{e['ratio']:.2f}", "verdict": results.verdict(e["ratio"], 0.33, True)}
    log("database build …")
    builds = {n: measure.build(WORK / n / "runs" / crawl[n]["run_id"] / "run.db", regs[n], crawl[n]["run_id"],
                               WORK / f"build-{n}.db") for n in ("small", "large")}
    b = builds["large"]
    fig["build"] = {**b, "small": builds["small"],
                    "figure": f"{b['pages_per_s']:.0f} pages/s, {b['mib_per_1000_pages']:.0f} MiB/1000 pages"}
    mem = {"crawl_small_mib": crawl["small"]["peak_rss_mib"], "crawl_large_mib": crawl["large"]["peak_rss_mib"],
           "build_small_mib": builds["small"]["peak_rss_mib"], "build_large_mib": builds["large"]["peak_rss_mib"]}
    worst = max(mem["crawl_large_mib"] / mem["crawl_small_mib"], mem["build_large_mib"] / mem["build_small_mib"])
    peak = max(mem.values())
    fig["memory"] = {**mem, "ratio": worst, "peak_mib": peak, "figure": f"{worst:.2f}× (peak {peak:.0f} MiB)",
                     "verdict": "met" if worst <= 1.2 and peak < GiB_MIB else "MISSED"}
    log("datasette …")
    d = serve_figures(WORK / "large" / "vmatris.db", sites[0].kommunkoder[0], plan.load_s)
    p95 = max(v["p95"] for v in d.values())  # before the summary keys join the dict
    fig["datasette"] = {**d, "p95_worst_ms": p95, "figure": f"{p95:.0f} ms",
                        "verdict": results.verdict(p95, 100, False)}
    first, again = crawl["small"]["response_bytes"], crawl["again"]["response_bytes"]
    fig["recrawl"] = {"bytes_first": first, "bytes_again": again, "ratio": again / first if first else None,
                      "not_modified": crawl["again"]["not_modified"], "cache_hits": crawl["again"]["cache_hits"],
                      "figure": f"{again / first:.2f}" if first else "n/a",
                      "verdict": results.verdict(again / first if first else None, 0.05, False)}
    fig["crawls"] = {k: v for k, v in crawl.items() if k != "profile"}
    fig["json"] = measure.dump({k: v for k, v in fig.items() if k != "json"})
    results.write(args.out, fig, limits_text(fig, crawl))
    log(f"wrote {args.out}")
    print(fig["json"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
