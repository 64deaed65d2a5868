"""The optional rendered pass: find a quick exit that only exists after scripts run.

Some sites inject their exit button from a script whose name and configuration give nothing away.
For actors whose static HTML showed no quick exit, a headless Chromium (Debian's ``chromium``)
loads a few of their pages and looks for an exit control in the rendered DOM.  It runs after the
crawl, on the run's database, before the year is published; every hit is stored as evidence
(rule ``quick_exit:rendered``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from matrix import db as mdb
from matrix import lexicon as lx
from matrix.finding import shorten

FIND_EXIT_JS = """(() => {
  const text = new RegExp(%s, 'i'), attr = new RegExp(%s, 'i');
  for (const el of document.querySelectorAll('a, button, [role=button], input[type=button], input[type=submit]')) {
    const label = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
    const attrs = Array.from(el.attributes).map(a => a.name + '=' + a.value).join(' ');
    if ((label && label.length < 80 && text.test(label)) || attr.test(attrs)) {
      return {label: label, html: el.outerHTML.slice(0, 400)};
    }
  }
  return null;
})()"""


def find_exit_script() -> str:
    return FIND_EXIT_JS % (json.dumps(lx.QUICK_EXIT_TEXT.pattern), json.dumps(lx.QUICK_EXIT_ATTR.pattern))


def render_pass(run_db: Path, proxy: str = "", pages_per_actor: int = 3, settle_s: float = 1.0) -> dict[str, int]:
    """Render up to ``pages_per_actor`` pages of every actor without a static quick exit; returns counts."""
    from vmatris.browser import DEAD_PROXY, Browser

    db = mdb.open_db(run_db, create=False)
    rows = list(db.query("SELECT page_id, actor_id, final_url, relevance, findings, run_id, year, fetched_at "
                         "FROM pages WHERE status BETWEEN 200 AND 299 AND findings != '{}' "
                         "ORDER BY depth, relevance DESC"))
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_actor.setdefault(row["actor_id"], []).append(row)
    todo = {a: ps[:pages_per_actor] for a, ps in by_actor.items()
            if not any(json.loads(p["findings"]).get("quick_exit") for p in ps)}
    counts = {"actors_checked": len(todo), "pages_rendered": 0, "found": 0}
    if not todo:
        return counts
    browser = Browser(proxy or DEAD_PROXY)
    try:
        tab = browser.new_tab()
        script = find_exit_script()
        for pages in todo.values():
            for page in pages:
                tab.goto(page["final_url"])
                tab.evaluate(f"new Promise(r => setTimeout(r, {int(settle_s * 1000)}))", await_promise=True)
                counts["pages_rendered"] += 1
                hit = tab.evaluate(script)
                if hit:
                    _record(db, page, hit)
                    counts["found"] += 1
                    break
    finally:
        browser.close()
        db.close()
    return counts


def _record(db: Any, page: dict[str, Any], hit: dict[str, str]) -> None:
    findings = json.loads(page["findings"])
    findings["quick_exit"] = True
    evidence = {"evidence_id": f"{page['page_id']}-rendered-exit", "page_id": page["page_id"],
                "run_id": page["run_id"], "year": page["year"], "actor_id": page["actor_id"], "service_id": None,
                "variable": "quick_exit", "value": "true", "snippet": shorten(hit["html"]),
                "locator": "rendered DOM", "rule": "quick_exit:rendered", "url": page["final_url"],
                "fetched_at": page["fetched_at"]}
    with db.conn:
        db["pages"].update(page["page_id"], {"findings": json.dumps(findings, ensure_ascii=False)})
        db["evidence"].upsert(evidence, pk="evidence_id")
