"""The response cache: identical answers for the immutable database, headers on every hit."""

from __future__ import annotations

import urllib.request

import pytest


def fetch(url: str) -> tuple[bytes, dict[str, str]]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read(), {k.lower(): v for k, v in r.headers.items()}


def test_cached_answers_are_identical_and_keep_security_headers(server: str) -> None:
    url = f"{server}/vmatris/services.json?_facet=sektor"
    first, h1 = fetch(url)
    second, h2 = fetch(url)
    assert first == second
    for headers in (h1, h2):
        assert headers["referrer-policy"] == "no-referrer" and "default-src 'none'" in headers[
            "content-security-policy"]
        assert "set-cookie" not in headers


def test_lru_evicts_and_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "cache_mod", Path(__file__).resolve().parents[2] / "datasette" / "plugins" / "vmatris_cache.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    cache = mod.ResponseCache()
    monkeypatch.setattr(mod, "MAX_ENTRIES", 2)
    for i in range(3):
        cache.put(("GET", f"/{i}", b""), {"status": 200}, b"x")
    assert cache.get(("GET", "/0", b"")) is None and cache.get(("GET", "/2", b"")) is not None
    clock = [1000.0]
    monkeypatch.setattr(mod.time, "monotonic", lambda: clock[0])
    cache.put(("GET", "/t", b""), {"status": 200}, b"y")
    clock[0] += mod.TTL_S + 1
    assert cache.get(("GET", "/t", b"")) is None
