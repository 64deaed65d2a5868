"""Benchmarks for vmatris: a synthetic national web, and every speed figure measured against its baseline.

``python -m bench.run [--quick]`` (``make bench``) generates the web, crawls it,
times extraction, the database build, Datasette and a re-crawl, and writes
``bench/RESULTS.md``.  Speed must be measured on the machine, not assumed.
"""
