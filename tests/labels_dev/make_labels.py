"""Build the labeled evaluation set: pages as the three kinds of sites build them, with a coder's labels.

Run: .venv/bin/python tests/labels_dev/make_labels.py   (deterministic; pages/ and labels.jsonl are committed)

Each page is a site's chrome (Sitevision-like municipal, a region's, WordPress-like shelter, plain)
around one or two hand-written main-content passages.  Every passage and every chrome element carries the
labels a careful human coder gives it, and a page's labels are their union, with the coder's rules
applied on top (`konsneutral` only when no gender is named).  The passages are written from how real
Swedish sites phrase things (stored public pages were read for that; none is copied) and include the hard
cases: referrals, negation, general information, boilerplate that repeats on every page, English pages.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from label_passages import CHROMES, PAGES, PASSAGES

HERE = Path(__file__).resolve().parent
LISTS = ("exposure_groups", "gender_groups", "vulnerable_groups", "languages", "phone_numbers", "catchment",
         "opening_hours")
BOOLS = ("machine_translation", "easy_read", "sign_language", "text_to_speech", "quick_exit", "hide_visit_advice",
         "hotline_24h")
NAMED = {"kvinnor", "man", "flickor", "pojkar", "hbtq"}


def merge(parts: list[dict]) -> dict:
    out: dict = {v: [] for v in LISTS} | {v: False for v in BOOLS}
    for part in parts:
        for v in LISTS:
            out[v] += [x for x in part.get(v, []) if x not in out[v]]
        for v in BOOLS:
            out[v] = out[v] or bool(part.get(v))
    if NAMED & set(out["gender_groups"]):
        out["gender_groups"] = [g for g in out["gender_groups"] if g != "konsneutral"]
    return out


def main() -> None:
    pages_dir = HERE / "pages"
    if pages_dir.exists():
        shutil.rmtree(pages_dir)
    pages_dir.mkdir()
    lines = []
    for i, spec in enumerate(PAGES, start=1):
        chrome = CHROMES[spec["chrome"]]
        passages = [PASSAGES[p] for p in spec["passages"]]
        lang = spec.get("lang", chrome.get("lang", "sv"))
        body = "\n".join(p["html"] for p in passages)
        if spec["chrome"] == "text":
            name = f"{i:03d}-text-{spec['slug']}.txt"
            (pages_dir / name).write_text(spec["title"] + "\n\n" + "\n\n".join(p["text"] for p in passages) + "\n",
                                          encoding="utf-8")
        else:
            html = chrome["html"].format(title=spec["title"], lang=lang, main=body, head=spec.get("head", ""))
            name = f"{i:03d}-{spec['chrome']}-{spec['slug']}.html"
            (pages_dir / name).write_text(html, encoding="utf-8")
        labels = merge([{"languages": [lang.split("-")[0]]}, chrome.get("labels", {}),
                        *[p["labels"] for p in passages]])
        for v in spec.get("unscored", []):
            labels[v] = None
        lines.append(json.dumps({"file": f"pages/{name}", "url": spec["url"], "kind": chrome["kind"],
                                 "note": spec.get("note", ""), **labels}, ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} labeled pages")


if __name__ == "__main__":
    main()
