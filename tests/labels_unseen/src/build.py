"""Build tests/labels_unseen/pages/ and labels.jsonl from the specs.

    .venv/bin/python tests/labels_unseen/src/build.py [--audit]
"""
import html as htmlmod
import json
import re
import sys
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).parent))
from sites import SITES, DEFAULTS  # noqa: E402
import pages_jour  # noqa: E402
import pages_kommun  # noqa: E402
import pages_region  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NAMES = dict(kiruna="Kiruna kommun", vaxjo="Växjö kommun", sundbyberg="Sundbybergs stad", sydnarke="Kvinnofrid Sydnärke",
             hassleholm="Hässleholms kommun", skane="Region Skåne", jh="Region Jämtland Härjedalen", halland="Region Halland",
             freja="Tjejjouren Freja", siri="Kvinnojouren Siri", linnea="Linnea", roslagen="Brottsofferjouren Roslagen",
             vandpunkten="Vändpunkten Kalmar", angla="Kvinnojouren Ängla")
VARS = ["exposure_groups", "gender_groups", "vulnerable_groups", "languages", "machine_translation", "easy_read",
        "sign_language", "text_to_speech", "quick_exit", "hide_visit_advice", "phone_numbers", "hotline_24h",
        "opening_hours", "catchment"]
SV_LINK = '<li><a href="/" lang="sv" hreflang="sv">Svenska</a></li>'


def render(p, site):
    if p.get("ext") == "txt":
        return p["body"].strip() + "\n"
    header = site["header"].replace("__SV_LINK__", SV_LINK if p.get("sv_link") else "")
    widget = site.get("widget", {}).get("html", "")
    title = f'{htmlmod.escape(p["title"])} - {NAMES[p["site"]]}'
    if site.get("nolang"):
        return (f'<HTML>\n<HEAD>\n<TITLE>{title}</TITLE>\n{site["head"]}\n</HEAD>\n{header}\n{p["body"]}\n'
                f'{site["footer"]}\n</BODY>\n</HTML>\n')
    lang = p.get("lang", "sv")
    d = f' dir="{p["dir"]}"' if p.get("dir") else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{d}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title}</title>\n'
            f'{site["head"]}\n</head>\n<body>\n{header}\n{p["body"]}\n{widget}\n{site["footer"]}\n</body>\n</html>\n')


def labels(p, site):
    base = dict(DEFAULTS) if p.get("ext") == "txt" else dict(site["labels"])
    base.update(p.get("over", {}))
    w = site.get("widget") if p.get("ext") != "txt" else None
    ph = list(p.get("ph", []))
    oh = list(p.get("oh", []))
    if w:
        ph = ph + [x for x in w["phones"] if x not in ph]
        oh = oh + [x for x in w["hours"] if x not in oh]
    cm = list(p.get("cm", []))
    if site.get("strapline_catchment") and p.get("ext") != "txt":
        cm = cm + [x for x in site["strapline_catchment"] if x not in cm]
    out = dict(exposure_groups=p["ex"], gender_groups=p["gg"], vulnerable_groups=p["vg"], languages=base["languages"],
               machine_translation=base["machine_translation"], easy_read=base["easy_read"],
               sign_language=base["sign_language"], text_to_speech=base["text_to_speech"],
               quick_exit=base["quick_exit"], hide_visit_advice=base["hide_visit_advice"], phone_numbers=ph,
               hotline_24h=p.get("h24", False), opening_hours=oh, catchment=cm)
    return out


def text_of(s):
    s = re.sub(r"<script.*?</script>", " ", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def main():
    audit = "--audit" in sys.argv
    pages = pages_kommun.P + pages_region.P + pages_jour.P
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out_dir = ROOT / "pages"
    for f in out_dir.glob("*"):
        f.unlink()
    rows, problems = [], []
    for p in pages:
        site = SITES[p["site"]]
        ext = p.get("ext", "html")
        slug = re.sub(r"[^a-z0-9]+", "-", p["path"].lower().replace("å", "a").replace("ä", "a").replace("ö", "o")).strip("-") or "start"
        name = f'{p["id"]}-{p["site"]}-{slug}'[:80] + f".{ext}"
        content = render(p, site)
        (out_dir / name).write_text(content, encoding="utf-8")
        lab = labels(p, site)
        for v in VARS:
            assert v in lab
        row = {"file": f"pages/{name}", "url": site["base"] + p["path"], "kind": site["kind"]}
        row.update(lab)
        rows.append(row)
        # phone checks
        txt = text_of(content) if ext == "html" else content
        digits = re.sub(r"\D", "", txt)
        for n in lab["phone_numbers"]:
            num = phonenumbers.parse(n)
            ok = phonenumbers.is_valid_number(num) or phonenumbers.is_valid_short_number(num)
            nsn = phonenumbers.national_significant_number(num)
            if not ok:
                problems.append(f"{p['id']}: invalid {n}")
            if nsn not in digits:
                problems.append(f"{p['id']}: {n} not in page")
            if n != phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164):
                problems.append(f"{p['id']}: not E164 {n}")
        for oh in lab["opening_hours"]:
            if not re.fullmatch(r"(mon|tue|wed|thu|fri|sat|sun)(,(mon|tue|wed|thu|fri|sat|sun))* \d\d:\d\d-\d\d:\d\d", oh):
                problems.append(f"{p['id']}: bad hours {oh}")
        if audit:
            found = {phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                     for m in phonenumbers.PhoneNumberMatcher(txt, "SE")}
            extra = found - set(lab["phone_numbers"])
            if extra:
                print(f"{p['id']}: unlabeled phone-like {sorted(extra)}")
    (ROOT / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    from collections import Counter
    print(len(rows), "pages", Counter(r["kind"] for r in rows), Counter(r["file"].rsplit(".", 1)[1] for r in rows))
    for x in problems:
        print("PROBLEM", x)


if __name__ == "__main__":
    main()
