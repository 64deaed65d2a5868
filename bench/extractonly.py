"""``python -m bench.extractonly``: only figure 2 (extraction against a bare parse), and the output check that
every extraction speed-up must pass.

Three modes:

* ``python -m bench.extractonly [--quick] [--pages N]`` measures figure 2 on the same sample of the synthetic
  web as ``bench.run`` (generated unless it is there) and prints the ratio, the ms a page and where the time
  goes (the views and the extractors), the JSON last;
* ``--snapshot FILE`` writes what ``vmatris extract`` gives (``as_json``) for every labeled page, every demo-web
  page, the test fixtures and the bench sample: run it before a change;
* ``--compare FILE`` runs the same pages again and lists those whose output differs from the snapshot (exit
  status 1 when any does): run it after.  A speed change must leave all of them identical.

Why a snapshot and not only the tests: the tests check what each extractor should find; a speed-up must also
not change anything nobody wrote a test for, on more and stranger pages (2,000+).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench import measure
from bench.run import FULL, QUICK, ROOT, YEAR, ensure_web, log

# the pages a snapshot holds besides the bench sample: real saved pages and the demo web
CORPUS_DIRS = ("tests/labels/pages", "tests/labels_dev/pages", "tests/labels_holdout/pages",
               "tests/labels_unseen/pages", "data/demo-web", "data/demo-web-next", "tests/fixtures")
SUFFIXES = (".html", ".htm", ".txt")


def corpus_files(root: Path = ROOT, dirs: tuple[str, ...] = CORPUS_DIRS) -> Iterator[tuple[str, str, bytes]]:
    """(key, url, body) of every saved page under ``dirs``; the URL is made from the path, the same every run."""
    for d in dirs:
        for f in sorted(p for p in (root / d).rglob("*") if p.is_file() and p.suffix in SUFFIXES):
            key = f.relative_to(root).as_posix()
            yield key, "https://" + key.replace("/", "_") + "/x", f.read_bytes()


def snapshot(pages: Iterator[tuple[str, str, str | bytes]]) -> dict[str, Any]:
    """``as_json(page, extract_all(page))`` for each page, by key."""
    from matrix.extract import as_json, extract_all
    from matrix.page import Page

    out = {}
    for key, url, body in pages:
        page = Page(url, body)
        out[key] = as_json(page, extract_all(page))
    return out


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Keys whose output differs, or that only one of the two snapshots has."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extractonly", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="The --quick web and sample size of bench.run.")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pages", type=int, help="Sample size (default: bench.run's).")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--snapshot", type=Path, help="Write the output of every corpus page to this JSON file.")
    mode.add_argument("--compare", type=Path, help="Compare every corpus page's output with this snapshot.")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    web = ensure_web(plan, args.seed)
    sample = measure.sample_pages(web / str(YEAR), args.pages or plan.sample)
    if args.snapshot or args.compare:
        pages = [*corpus_files(), *((url, url, html) for url, html in sample)]
        log(f"extracting {len(pages)} pages …")
        now = snapshot(iter(pages))
        if args.snapshot:
            args.snapshot.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            print(json.dumps({"pages": len(now), "snapshot": str(args.snapshot)}))
            return 0
        differ = differences(json.loads(args.compare.read_text(encoding="utf-8")), now)
        for key in differ[:20]:
            log(f"differs: {key}")
        print(json.dumps({"pages": len(now), "differ": len(differ), "first": differ[:20]}))
        return 1 if differ else 0
    e = measure.extraction(sample, repeat=3)
    log(f"{e['pages']} pages: bare parse {e['parse_ms_per_page']:.2f} ms, Page + extract_all "
        f"{e['extract_ms_per_page']:.2f} ms a page (ratio {e['ratio']:.3f}; goal 0.33)")
    log("where the time goes, ms a page: " + ", ".join(f"{k} {v:.2f}" for k, v in e["views_ms_per_page"].items()))
    print(json.dumps({k: v for k, v in e.items() if k != "profile_top_self"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
