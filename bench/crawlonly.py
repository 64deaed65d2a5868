"""``python -m bench.crawlonly [--quick] [--repeat N] [--profile]``: only figure 1's crawl, for before/after work.

Generates the same synthetic web as ``bench.run`` (reused when it is already
there), crawls the large registry ``--repeat`` times from scratch (a fresh
database and HTTP cache each time, so no 304s) and prints pages per minute and
peak RSS per run.  ``--profile`` samples the last run with py-spy and prints
the top frames.  ``scrapy bench`` is not run (``--scrapy-bench`` runs it once).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys

from bench import measure
from bench.run import FULL, QUICK, WORK, YEAR, ensure_web, log


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawlonly", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--small", action="store_true", help="Crawl the small registry instead of the large one.")
    parser.add_argument("--profile", action="store_true", help="py-spy the last run.")
    parser.add_argument("--scrapy-bench", action="store_true", help="Also run `scrapy bench` once.")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    from vmatris.demo_server import serve

    web = ensure_web(plan, args.seed)
    name = "small" if args.small else "large"
    reg = WORK / f"{name}.csv"
    out = []
    with serve(YEAR, root=web) as proxy:
        for i in range(args.repeat):
            shutil.rmtree(WORK / name, ignore_errors=True)
            prof = WORK / "crawlonly.pyspy.txt" if args.profile and i == args.repeat - 1 else None
            res = measure.crawl(reg, YEAR, WORK / name / "vmatris.db", proxy, plan.pages_per_site * 10, profile=prof)
            log(f"{res['pages_fetched']} pages in {res['crawl_seconds']:.1f} s: {res['pages_per_min']:.0f} pages/min, "
                f"peak {res['peak_rss_mib']:.0f} MiB, CPU a page: crawl {res['crawl_cpu_ms_per_page']:.1f} ms, "
                f"extraction worker {res['worker_cpu_ms_per_page']:.1f} ms")
            out.append(res)
    fig = {"runs": [{k: r[k] for k in ("pages_fetched", "crawl_seconds", "pages_per_min", "peak_rss_mib",
                                       "worker_peak_rss_mib", "heap_in_use_mib", "heap_free_mib",
                                       "sites_at_once_max", "crawl_cpu_ms_per_page", "worker_cpu_ms_per_page")}
                    for r in out]}
    if args.profile:
        fig["profile"] = measure.spy_summary(WORK / "crawlonly.pyspy.txt", 25)
        print("\n".join(fig["profile"]["own"] + [""] + fig["profile"]["inclusive"]), file=sys.stderr)
    if args.scrapy_bench:
        sb = measure.scrapy_bench(plan.scrapy_bench_s)
        fig["scrapy_bench_pages_per_min"] = sb["pages_per_min"]
        fig["ratio"] = max(r["pages_per_min"] for r in out) / sb["pages_per_min"] if sb["pages_per_min"] else None
    print(json.dumps(fig))
    return 0


if __name__ == "__main__":
    sys.exit(main())
