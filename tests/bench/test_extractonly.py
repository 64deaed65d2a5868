"""The snapshot check every extraction speed-up must pass (bench.extractonly), on the demo web."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from bench import extractonly


def test_snapshot_finds_any_change_and_nothing_else(tmp_path: Path) -> None:
    pages = list(extractonly.corpus_files(dirs=("data/demo-web/2026",)))
    assert len(pages) >= 20
    before = extractonly.snapshot(iter(pages))
    assert set(before) == {key for key, _u, _b in pages}
    again = json.loads(json.dumps(extractonly.snapshot(iter(pages))))  # as it comes back from the file
    assert extractonly.differences(json.loads(json.dumps(before)), again) == []

    changed = copy.deepcopy(again)
    key = next(k for k, v in changed.items() if v["variables"]["phone_numbers"]["value"])
    changed[key]["variables"]["phone_numbers"]["value"] = changed[key]["variables"]["phone_numbers"]["value"][1:] + [
        "+46000000000"]
    dropped = sorted(changed)[0]
    del changed[dropped]
    assert extractonly.differences(again, changed) == sorted({key, dropped})
