"""Write docs/VARIABLES.md from matrix/variables.py (the one place the variables are defined).

Run: .venv/bin/python scripts/variables_doc.py   (a test checks the file is up to date)
"""

from __future__ import annotations

from pathlib import Path

from matrix.variables import SEKTORER, VARIABLES

OUT = Path(__file__).resolve().parent.parent / "docs" / "VARIABLES.md"
KIND = {"list": "list", "bool": "true/false", "struct": "list of intervals"}


def render() -> str:
    lines = ["# Matrix variables and their codes", "",
             "Generated from `matrix/variables.py` by `scripts/variables_doc.py`; do not edit by hand.", "",
             "| variable | type | scope | Swedish label | meaning |", "|---|---|---|---|---|"]
    for v in VARIABLES:
        scope = "per page, rolled up per actor" if v.site_wide else "per page, rolled up per service"
        lines.append(f"| `{v.id}` | {KIND[v.kind]} | {scope} | {v.label_sv} | {v.description_sv} |")
    for v in VARIABLES:
        if not v.categories:
            continue
        lines += ["", f"## `{v.id}` – {v.label_sv}", "", "| code | label | explanation |", "|---|---|---|"]
        lines += [f"| `{c.code}` | {c.label_sv} | {c.description_sv} |" for c in v.categories]
    lines += ["", "## `sektor` – the actor's sector", "", "| code | label | explanation |", "|---|---|---|"]
    lines += [f"| `{c.code}` | {c.label_sv} | {c.description_sv} |" for c in SEKTORER]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
