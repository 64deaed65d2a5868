"""Write pages/ and labels.jsonl from the hand-written page specs in pages_*.py.

Run from the repo root:  .venv/bin/python tests/labels/src/build.py

Each spec names a site chrome (sites.py), the page's URL, title, breadcrumbs and hand-written main content,
and the labels a careful human coder gives the page.  Site-wide labels (language links, Lättläst, ReadSpeaker,
quick exit ...) come from the chrome's defaults unless the spec overrides them.  Plain-text pages are written
as they are.  The output files are the evaluation set; this script only exists to keep it reproducible.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pages_jour  # noqa: E402
import pages_kommun  # noqa: E402
import pages_region  # noqa: E402
import pages_text  # noqa: E402
from sites import SITES  # noqa: E402

OUT = HERE.parent
ORDER = ("exposure_groups", "gender_groups", "vulnerable_groups", "languages", "machine_translation", "easy_read",
         "sign_language", "text_to_speech", "quick_exit", "hide_visit_advice", "phone_numbers", "hotline_24h",
         "catchment", "opening_hours")
WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NAMED = {"kvinnor", "man", "flickor", "pojkar", "hbtq"}


def e164(display: str) -> str:
    s = display.replace("(0)", "")
    digits = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+46" + digits[1:]
    return "+46" + digits  # short national numbers: 116 006, 116 111, 1177, 114 14


def check_hours(h: str) -> None:
    days, times = h.split(" ")
    ds = days.split(",")
    assert all(d in WEEK for d in ds) and ds == sorted(ds, key=WEEK.index), h
    assert re.fullmatch(r"\d\d:\d\d-\d\d:\d\d", times), h


def main() -> None:
    pages_dir = OUT / "pages"
    pages_dir.mkdir(exist_ok=True)
    for old in pages_dir.iterdir():
        old.unlink()
    lines = []
    seen = set()
    specs = pages_kommun.PAGES + pages_region.PAGES + pages_jour.PAGES + pages_text.PAGES
    for spec in specs:
        name = spec["name"]
        assert name not in seen, name
        seen.add(name)
        if spec.get("site") == "text":
            fname = f"{name}.txt"
            (pages_dir / fname).write_text(spec["text"].strip() + "\n", encoding="utf-8")
            labels = {}
            kind = spec["kind"]
        else:
            render, kind, defaults = SITES[spec["site"]]
            fname = f"{name}.html"
            (pages_dir / fname).write_text(render(spec), encoding="utf-8")
            labels = dict(defaults)
            labels["languages"] = list(defaults["languages"])
        for key in ("machine_translation", "easy_read", "sign_language", "text_to_speech", "quick_exit",
                    "hide_visit_advice"):
            if key in spec:
                labels[key] = spec[key]
        if "languages" in spec:
            labels["languages"] = spec["languages"]
        labels["exposure_groups"] = spec.get("ex", [])
        g = spec.get("g", [])
        assert not ("konsneutral" in g and NAMED & set(g)), name
        labels["gender_groups"] = g
        labels["vulnerable_groups"] = spec.get("v", [])
        labels["phone_numbers"] = [e164(x) for x in spec.get("ph", [])]
        labels["hotline_24h"] = spec.get("h24", False)
        labels["catchment"] = spec.get("ca", [])
        labels["opening_hours"] = spec.get("oh", [])
        for h in labels["opening_hours"]:
            check_hours(h)
        for k in spec.get("unscored", []):
            labels[k] = None
        row = {"file": f"pages/{fname}", "url": spec["url"], "kind": kind, "note": spec.get("note", "")}
        row |= {k: labels[k] for k in ORDER}
        lines.append(json.dumps(row, ensure_ascii=False))
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} pages written")


if __name__ == "__main__":
    main()
