"""What the crawl process itself cost, in the crawl's own stats: CPU time and the state of its heap.

Wall-clock pages per minute on a shared machine swing by a third from run to
run; the CPU seconds the crawl process (all its threads) and its extraction
worker spent do not, so before/after work on the crawl compares these.

Peak RSS alone cannot say why a larger registry needs more memory: live data,
memory the allocator holds but has free (fragmentation), or Python's own object
arenas.  The C heap's split (glibc's ``mallinfo2``) tells the first two apart,
so the benchmark reports what grows instead of guessing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import resource
import tracemalloc
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (the extraction worker imports this module and stays free of Scrapy)
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)
TRACED_TOP = 15


def process_cpu_seconds() -> float:
    """User plus system CPU seconds of this process so far, all threads (children not included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _MallInfo2(ctypes.Structure):
    # glibc's struct mallinfo2 (2.33+), every field a size_t, in this order
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


@cache
def _mallinfo2() -> Any:
    """glibc's ``mallinfo2``, or None (musl, macOS, an older glibc, or malloc replaced by LD_PRELOAD)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        fn = libc.mallinfo2
    except (OSError, AttributeError):
        return None
    fn.restype = _MallInfo2
    fn.argtypes = []
    return fn


def heap_bytes() -> tuple[int, int] | None:
    """(in use, free but held) bytes of the C heap, over all malloc arenas, memory-mapped blocks counted as in
    use; None where glibc's accounting is not available.  Python objects under 512 bytes live in Python's own
    arenas, which the C heap counts as in use."""
    fn = _mallinfo2()
    if fn is None:
        return None
    info = fn()
    if not info.arena and not info.hblkhd:
        return None  # glibc's malloc served nothing: another allocator (jemalloc …) was preloaded
    return info.uordblks + info.hblkhd, info.fordblks


class ProcessStats:
    """Sets ``vmatris/process_cpu_s`` and the heap's ``vmatris/heap_in_use_kb`` / ``vmatris/heap_free_kb`` when a
    spider closes (the spiders of one process share the figures; the last to close has them all)."""

    def __init__(self, crawler: Crawler) -> None:
        from scrapy import signals

        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessStats:
        return cls(crawler)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats
        stats.set_value("vmatris/process_cpu_s", round(process_cpu_seconds(), 3))
        heap = heap_bytes()
        if heap is not None:
            stats.set_value("vmatris/heap_in_use_kb", heap[0] // 1024)
            stats.set_value("vmatris/heap_free_kb", heap[1] // 1024)
        if tracemalloc.is_tracing():  # PYTHONTRACEMALLOC=1: which lines hold the live Python memory
            for line in traced_top(TRACED_TOP):
                log.info("traced: %s", line)
            current, peak = tracemalloc.get_traced_memory()
            stats.set_value("vmatris/traced_kb", current // 1024)
            stats.set_value("vmatris/traced_peak_kb", peak // 1024)


def traced_top(n: int) -> list[str]:
    """The ``n`` source lines holding the most live memory that tracemalloc traced, as "KiB count file:line"."""
    snapshot = tracemalloc.take_snapshot().filter_traces((tracemalloc.Filter(False, tracemalloc.__file__),))
    return [f"{s.size // 1024} KiB {s.count} {s.traceback[0].filename}:{s.traceback[0].lineno}"
            for s in snapshot.statistics("lineno")[:n]]
