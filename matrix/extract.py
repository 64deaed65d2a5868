"""Run every extractor on one parsed page: the single entry point.

``extract_all`` parses nothing itself beyond the one :class:`Page`, so all
extractors share one tree.  In strict mode (tests, the CLI) an extractor's
exception propagates; in the crawl pipeline ``strict=False`` logs it, keeps
the other variables and records the failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from matrix import kommuner, lexicon
from matrix.extractors import catchment, contact, features, groups, hours, languages
from matrix.finding import Finding
from matrix.page import Page

log = logging.getLogger(__name__)
EXTRACTOR_VERSION = "2026.11.2"


@dataclass(frozen=True)
class Options:
    """What an extraction needs beyond the page: the municipality list, strictness."""

    kommun_index: kommuner.KommunIndex = field(default_factory=kommuner.real)
    strict: bool = True


EXTRACTORS: dict[str, Callable[[Page, Options], Finding]] = {
    "exposure_groups": lambda p, o: groups.extract_exposure_groups(p),
    "gender_groups": lambda p, o: groups.extract_gender_groups(p),
    "vulnerable_groups": lambda p, o: groups.extract_vulnerable_groups(p),
    "languages": lambda p, o: languages.extract_languages(p),
    "machine_translation": lambda p, o: features.extract_machine_translation(p),
    "easy_read": lambda p, o: features.extract_easy_read(p),
    "sign_language": lambda p, o: features.extract_sign_language(p),
    "text_to_speech": lambda p, o: features.extract_text_to_speech(p),
    "quick_exit": lambda p, o: features.extract_quick_exit(p),
    "hide_visit_advice": lambda p, o: features.extract_hide_visit_advice(p),
    "phone_numbers": lambda p, o: contact.extract_phone_numbers(p),
    "hotline_24h": lambda p, o: contact.extract_hotline_24h(p),
    "opening_hours": lambda p, o: hours.extract_opening_hours(p),
    "catchment": lambda p, o: catchment.extract_catchment(p, o.kommun_index),
    "contact_channels": lambda p, o: contact.extract_contact_channels(p),
}


def extract_all(page: Page, options: Options | None = None) -> dict[str, Finding]:
    """Every matrix variable's finding for ``page``, keyed by variable id."""
    options = options or Options()
    out: dict[str, Finding] = {}
    for name, fn in EXTRACTORS.items():
        try:
            out[name] = fn(page, options)
        except Exception as exc:  # noqa: BLE001 - the failure policy is explicit
            if options.strict:
                raise
            log.warning("extractor %s failed on %s: %s", name, page.url, exc)
            out[name] = Finding(name, None, (), {"error": f"{type(exc).__name__}: {exc}"})
    return out


def relevance(page: Page) -> float:
    """How much the page is about violence and support (0..1): exposure groups named anywhere in the
    main content (own, referred or general) and a relevant title.  Reuses the sentence scan."""
    cached = page.memo.get("relevance")
    if cached is None:
        codes = {c for s in groups.sentences(page) for c in s.exposure}
        title = f"{page.title} {page.h1}"
        codes |= {c for c, rx in lexicon.EXPOSURE_PATTERNS.items() if rx.search(title.lower())}
        link = 1 if lexicon.RELEVANT_LINK.search(title) else 0
        cached = page.memo["relevance"] = min(1.0, 0.3 * len(codes) + 0.4 * link)
    return cached  # type: ignore[return-value]


def values(findings: dict[str, Finding]) -> dict[str, Any]:
    """The plain values of a page's findings, plus its referrals: what ``pages.findings`` stores."""
    out: dict[str, Any] = {name: f.value for name, f in findings.items()}
    exposure = findings.get("exposure_groups")
    out["referrals"] = exposure.details.get("referrals", []) if exposure else []
    return out


def as_json(page: Page, findings: dict[str, Finding]) -> dict[str, Any]:
    """The JSON shape of ``vmatris extract``."""
    return {
        "url": page.url,
        "title": page.title,
        "extractor_version": EXTRACTOR_VERSION,
        "relevance": relevance(page),
        "variables": {name: f.as_json() for name, f in findings.items()},
    }
