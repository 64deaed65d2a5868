"""The crawl process's own cost figures: CPU seconds and the C heap's split into live and held-free memory."""

from __future__ import annotations

import ctypes
import ctypes.util
import platform

import pytest

from scrapers import procstats

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallinfo2 is glibc's")


@pytest.fixture
def libc() -> ctypes.CDLL:
    """The C library's malloc and free, to allocate blocks the Python allocator knows nothing of."""
    lib = ctypes.CDLL(ctypes.util.find_library("c"))
    lib.malloc.restype, lib.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    lib.free.argtypes = [ctypes.c_void_p]
    return lib


@glibc
def test_heap_in_use_follows_a_live_block_and_its_release(libc: ctypes.CDLL) -> None:
    before = procstats.heap_bytes()
    assert before is not None and before[0] > 0
    size = 64 * 2**20  # above any mmap threshold: the block is counted the moment it is allocated
    block = libc.malloc(size)
    try:
        ctypes.memset(block, 1, size)
        held = procstats.heap_bytes()
        assert held is not None and held[0] - before[0] >= size
    finally:
        libc.free(block)
    after = procstats.heap_bytes()
    assert after is not None and after[0] - before[0] < size // 2


@glibc
def test_free_small_blocks_are_counted_as_held_free(libc: ctypes.CDLL) -> None:
    blocks = [libc.malloc(4096) for _ in range(4096)]  # 16 MiB in heap chunks (below the mmap threshold)
    keep = libc.malloc(64)  # a live block above them, so the freed ones cannot be given back by trimming the top
    before = procstats.heap_bytes()
    for b in blocks[::2]:
        libc.free(b)
    after = procstats.heap_bytes()
    for b in blocks[1::2]:
        libc.free(b)
    libc.free(keep)
    assert before is not None and after is not None
    assert after[1] - before[1] >= 6 * 2**20  # half of them freed, held between the live ones
    assert before[0] - after[0] >= 6 * 2**20


def test_cpu_seconds_grow_with_work() -> None:
    start = procstats.process_cpu_seconds()
    sum(i * i for i in range(2_000_000))
    assert procstats.process_cpu_seconds() > start


def test_traced_top_names_the_line_that_holds_the_memory() -> None:
    import tracemalloc

    tracemalloc.start()
    try:
        held = [bytes(1000) + bytes([i % 256]) for i in range(4000)]  # ~4 MB from this one line
        line = test_traced_top_names_the_line_that_holds_the_memory.__code__.co_firstlineno + 5
        top = procstats.traced_top(3)
    finally:
        tracemalloc.stop()
    size_kib, _kib, count, where = top[0].split(" ")
    assert where.endswith(f"test_procstats.py:{line}"), top
    assert int(size_kib) >= 3900 and int(count) >= 4000
    assert len(held) == 4000
