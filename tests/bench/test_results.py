"""The result-file writer and the log parsers, on made-up figures (no benchmark is run)."""

from __future__ import annotations

import json
from pathlib import Path

from bench import measure, results, run

FIG = {
    "quick": True,
    "machine": {"uname": "Linux x 6.1 x86_64", "cpu": "Test CPU", "cores": 2, "ram_gib": 4.0,
                "date": "2026-11-30T10:00:00+00:00", "commit": "abc123", "loadavg_at_start": [0.5, 0.4, 0.3]},
    "web": {"sites_small": 2, "sites_large": 8, "pages_per_site": 10, "pages_small": 20, "pages_large": 80,
            "mean_kb": 70.0, "seed": 1},
    "crawl": {"figure": "0.25×", "verdict": "MISSED"},
    "extract": {"figure": "0.40", "verdict": "met"},
    "json": json.dumps({"crawl": {"ratio": 0.25}}),
}


def test_render_names_machine_commit_and_each_figure(tmp_path: Path) -> None:
    text = results.write(tmp_path / "RESULTS.md", FIG, {"1. crawl throughput": "CPU-bound."}).read_text()
    assert "Test CPU, 2 cores" in text and "`abc123`" in text and "python -m bench.run --quick" in text
    assert "| 1. crawl throughput vs `scrapy bench` | 0.25× | ≥ 0.8 | MISSED |" in text
    assert "| 6. re-crawl bytes / first crawl bytes | n/a |" in text
    assert "## 1. crawl throughput\n\nCPU-bound." in text
    assert '{"crawl": {"ratio": 0.25}}' in text


def test_verdict() -> None:
    assert results.verdict(0.9, 0.8, True) == "met"
    assert results.verdict(0.7, 0.8, True) == "MISSED"
    assert results.verdict(120, 100, False) == "MISSED"
    assert results.verdict(None, 100, False) == "n/a"


def test_machine_has_what_results_need() -> None:
    m = results.machine()
    assert {"uname", "cpu", "cores", "ram_gib", "date", "commit"} <= m.keys()


def test_scrapy_stats_sum_spiders_and_take_longest_elapsed() -> None:
    log = ("{'downloader/response_bytes': 100,\n 'elapsed_time_seconds': 2.5,\n 'response_received_count': 3}\n"
           "{'downloader/response_bytes': 50,\n 'elapsed_time_seconds': 4.0,\n 'response_received_count': 2}\n")
    stats = measure.scrapy_stats(log)
    assert stats["downloader/response_bytes"] == 150
    assert stats["response_received_count"] == 5
    assert stats["elapsed_time_seconds"] == 4.0
    assert stats["httpcache/hit"] == 0


def test_heap_stats_are_the_last_spiders_not_a_sum() -> None:
    # every spider of the process reports the same process's heap: adding them up would count it twice
    log = "{'vmatris/heap_free_kb': 900,\n 'vmatris/heap_in_use_kb': 2048}\n" \
          "{'vmatris/heap_free_kb': 1000,\n 'vmatris/heap_in_use_kb': 3072}\n"
    stats = measure.scrapy_stats(log)
    assert (stats["vmatris/heap_in_use_kb"], stats["vmatris/heap_free_kb"]) == (3072, 1000)


def test_memory_text_names_the_heap_split_only_when_measured() -> None:
    fig = {"crawls": {"small": {"heap_in_use_mib": 20.4, "heap_free_mib": 28.7},
                      "large": {"heap_in_use_mib": 25.8, "heap_free_mib": 41.3}}}
    assert "20 → 26 MiB in use, 29 → 41 MiB held free" in run._heap_text(fig)
    fig["crawls"]["large"]["heap_in_use_mib"] = 0.0  # another allocator, or not glibc
    assert run._heap_text(fig) == ""


def test_window_stats_are_the_process_max_and_reported() -> None:
    # three spiders share one window: each reports the most sites the process held at once
    log = "{'vmatris/site_window': 64,\n 'vmatris/sites_at_once_max': 41}\n" \
          "{'vmatris/site_window': 64,\n 'vmatris/sites_at_once_max': 64}\n"
    stats = measure.scrapy_stats(log)
    assert (stats["vmatris/site_window"], stats["vmatris/sites_at_once_max"]) == (64, 64)
    fig = {"crawls": {"small": {"site_window": 64, "sites_at_once_max": 50},
                      "large": {"site_window": 64, "sites_at_once_max": 64}}}
    assert "At most 50 (small) and 64 (large) sites were crawled at once, in a window of 64" in run._window_text(fig)
    fig["crawls"]["large"]["site_window"] = 0
    assert "Every site was crawled at once" in run._window_text(fig)


def test_spy_summary(tmp_path: Path) -> None:
    raw = tmp_path / "p.txt"
    raw.write_text("main (x.py:1);extract_all (matrix/extract.py:58);f (re.py:3) 3\nmain (x.py:1);g (y.py:2) 1\n")
    summary = measure.spy_summary(raw)
    assert summary["own"][0] == "75% f (re.py:3)"
    assert summary["inclusive"] == ["75% extract_all (matrix/extract.py:58)"]


def test_dump_is_one_line_and_rounds() -> None:
    assert measure.dump({"a": 1 / 3, "b": [2 / 3]}) == '{"a": 0.3333, "b": [0.6667]}'
