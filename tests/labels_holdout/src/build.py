"""Build the held-out labeled set: writes ../pages/* and ../labels.jsonl.

Run from anywhere:  .venv/bin/python tests/labels_holdout/src/build.py [--audit]

Checks made on every page:
- every labeled phone number occurs verbatim in the page and is valid for SE (or a valid SE short number);
- category codes, language codes, opening-hour strings and catchment names are well-formed;
- with --audit, prints every phone-like string found in the page text that is not labeled (footer, header,
  Swish, 112 ...), so each exclusion can be reviewed by hand.
"""
import csv
import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

import phonenumbers
from phonenumbers import shortnumberinfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from sites import SITES  # noqa: E402
import pages_kommun  # noqa: E402
import pages_region  # noqa: E402
import pages_jour  # noqa: E402

VARS = ["exposure_groups", "gender_groups", "vulnerable_groups", "languages", "machine_translation", "easy_read",
        "sign_language", "text_to_speech", "quick_exit", "hide_visit_advice", "phone_numbers", "hotline_24h",
        "opening_hours", "catchment"]
BOOLS = ["machine_translation", "easy_read", "sign_language", "text_to_speech", "quick_exit", "hide_visit_advice"]
CODES = {
    "exposure_groups": {"nara_relation", "valdsutovare", "heder", "prostitution_manniskohandel", "sexuellt_vald",
                        "sexualbrott_risk", "barn_som_upplever_vald"},
    "gender_groups": {"kvinnor", "man", "flickor", "pojkar", "barn_unga", "hbtq", "konsneutral"},
    "vulnerable_groups": {"missbruk", "funktionsnedsattning", "aldre", "bristande_svenska"},
}
ISO639_1 = set("aa ab af ak am ar as ay az be bg bn bo bs ca cs cy da de el en eo es et eu fa fi fo fr ga gl gu "
               "he hi hr hu hy id is it ja ka kk km kn ko ku ky la lb lt lv mk ml mn mr ms mt my nb ne nl nn no "
               "pa pl ps pt ro ru se si sk sl so sq sr sv sw ta te tg th ti tk tl tr uk ur uz vi yi zh".split())
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
HOURS_RE = re.compile(r"^([a-z]{3}(?:,[a-z]{3})*) ([0-2]\d:[0-5]\d)-([0-2]\d:[0-5]\d)$")

KOMMUNER = set()
with open(ROOT.parent.parent.parent / "shared" / "data" / "swedish-geodata_municipality_county.csv",
          encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        KOMMUNER.add(row["municipality_name_short"])


def e164(raw):
    num = phonenumbers.parse(raw, "SE")
    if phonenumbers.is_valid_number(num):
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    digits = re.sub(r"\D", "", raw)
    short = phonenumbers.parse(digits, "SE")
    if shortnumberinfo.is_valid_short_number_for_region(short, "SE") and digits != "112":
        return "+46" + digits
    raise ValueError(f"invalid phone number {raw!r}")


def crumbs_html(site_key, crumbs):
    if not crumbs:
        return ""
    parts = []
    for i, c in enumerate(crumbs):
        if i == len(crumbs) - 1:
            item = f'<span aria-current="page">{c}</span>'
        else:
            item = f'<a href="#">{c}</a>'
        parts.append(f"<li>{item}</li>" if site_key == "katrineholm" else item)
    return "".join(parts) if site_key == "katrineholm" else " / ".join(parts)


def render(page):
    site = SITES[page["site"]]
    lang = page.get("lang", "sv")
    url = site["base"] + page["path"]
    html = site["template"]
    reps = {
        "%%TITLE%%": page["title"],
        "%%HEAD%%": page.get("head", ""),
        "%%LANG%%": lang,
        "%%CRUMBS%%": crumbs_html(page["site"], page.get("crumbs")),
        "%%LANGSWITCH%%": site["langswitch"].get(lang, ""),
        "%%EPIID%%": page.get("epiid", "1000"),
        "%%URLENC%%": quote(url, safe=""),
        "%%SLUG%%": page["path"].strip("/"),
        "%%DIR%%": ' dir="rtl"' if lang == "ar" else "",
        "%%EXITLABEL%%": "غادر الصفحة" if lang == "ar" else "Lämna sidan",
    }
    for k, v in reps.items():
        html = html.replace(k, v)
    html = html.replace("%%MAIN%%", page["main"].strip("\n"))
    assert "%%" not in html, page["name"]
    return url, html


def labels_for(page, defaults):
    lab = {
        "exposure_groups": list(page.get("exp", [])),
        "gender_groups": list(page.get("gen", [])),
        "vulnerable_groups": list(page.get("vul", [])),
        "languages": list(defaults.get("languages", ["sv"])),
        "phone_numbers": list(page.get("ph", [])) + list(defaults.get("phone_numbers", [])),
        "hotline_24h": bool(page.get("hot", False)),
        "opening_hours": list(page.get("hrs", [])) + list(defaults.get("opening_hours", [])),
        "catchment": list(page.get("cat", [])) + list(defaults.get("catchment", [])),
    }
    for b in BOOLS:
        lab[b] = bool(defaults.get(b, False))
    lab.update(page.get("lab", {}))
    return lab


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def check(name, lab, source):
    for var, allowed in CODES.items():
        bad = set(lab[var]) - allowed
        assert not bad, (name, var, bad)
    assert lab["languages"] and not set(lab["languages"]) - ISO639_1, (name, lab["languages"])
    for h in lab["opening_hours"]:
        m = HOURS_RE.match(h)
        assert m, (name, h)
        days = m.group(1).split(",")
        assert all(d in DAYS for d in days) and days == sorted(days, key=DAYS.index), (name, h)
        assert m.group(2) < m.group(3) or m.group(3) == "24:00", (name, h)
    for c in lab["catchment"]:
        assert c in KOMMUNER, (name, c)
    if "konsneutral" in lab["gender_groups"]:
        assert not {"kvinnor", "man", "flickor", "pojkar", "hbtq"} & set(lab["gender_groups"]), name
    for raw in lab["phone_numbers"]:
        assert raw in source, (name, "phone not in page", raw)


def page_text(source, is_html):
    if not is_html:
        return source
    import lxml.html
    doc = lxml.html.fromstring(source)
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return doc.text_content()


def audit(name, source, is_html, labeled):
    text = page_text(source, is_html)
    found = set()
    for m in phonenumbers.PhoneNumberMatcher(text, "SE", leniency=phonenumbers.Leniency.POSSIBLE):
        found.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
    for m in re.finditer(r"(?<![\d-])(1\s?1\s?[0-9](?:\s?\d){0,3}|1177|112)(?![\d-])", text):
        d = re.sub(r"\D", "", m.group(1))
        found.add("+46" + d)
    extra = sorted(found - set(labeled))
    missing = sorted(set(labeled) - found)
    if extra or missing:
        print(f"  {name}: unlabeled {extra}  not-found-by-matcher {missing}")


def main():
    do_audit = "--audit" in sys.argv
    pages_dir = ROOT / "pages"
    pages_dir.mkdir(exist_ok=True)
    for old in pages_dir.iterdir():
        old.unlink()
    rows = []
    kinds = {}
    specs = pages_kommun.PAGES + pages_region.PAGES + pages_jour.PAGES
    texts = pages_kommun.TEXT_PAGES + pages_region.TEXT_PAGES + pages_jour.TEXT_PAGES
    for page in specs:
        url, html = render(page)
        site = SITES[page["site"]]
        lab = labels_for(page, site["defaults"])
        fname = f"{page['name']}.html"
        (pages_dir / fname).write_text(html, encoding="utf-8")
        rows.append((page, fname, url, lab, html, True))
        kinds[site["kind"]] = kinds.get(site["kind"], 0) + 1
    for page in texts:
        lab = labels_for(page, {"languages": ["sv"]})
        fname = f"{page['name']}.txt"
        (pages_dir / fname).write_text(page["text"], encoding="utf-8")
        rows.append((page, fname, page["url"], lab, page["text"], False))
        kinds[page["kind"]] = kinds.get(page["kind"], 0) + 1

    names = [r[0]["name"] for r in rows]
    assert len(names) == len(set(names)), "duplicate page names"
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as out:
        for page, fname, url, lab, source, is_html in sorted(rows, key=lambda r: r[1]):
            check(page["name"], lab, source)
            lab["phone_numbers"] = dedupe(e164(p) for p in lab["phone_numbers"])
            for k in ("exposure_groups", "gender_groups", "vulnerable_groups", "languages", "opening_hours",
                      "catchment"):
                lab[k] = dedupe(lab[k])
            obj = {"file": f"pages/{fname}", "url": url}
            obj.update({v: lab[v] for v in VARS})
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            if do_audit:
                audit(page["name"], source, is_html, lab["phone_numbers"])
    print(f"{len(rows)} pages: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
