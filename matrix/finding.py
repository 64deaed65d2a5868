"""The value an extractor found, and the evidence that shows it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SNIPPET_MAX = 300


@dataclass(frozen=True)
class Evidence:
    """Where a value was seen: a verbatim snippet, its locator and the rule that fired."""

    snippet: str
    where: str
    rule: str

    @classmethod
    def of(cls, snippet: str, where: str, rule: str, focus: str | None = None) -> Evidence:
        return cls(shorten(snippet, focus), where, rule)


@dataclass(frozen=True)
class Finding:
    """One variable's value on one page, never without evidence when positive.

    ``value`` is a list (groups, languages, phones, catchment, hours), or a
    bool (features).  ``details`` carries extra structure that is not the
    scored value: referrals, the machine-translation flag, parsed hours.
    """

    variable: str
    value: Any
    evidence: tuple[Evidence, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "evidence": [asdict(e) for e in self.evidence]}
        if self.details:
            out["details"] = self.details
        return out


def shorten(text: str, focus: str | None = None, limit: int = SNIPPET_MAX) -> str:
    """Cut a snippet to ``limit`` characters, keeping ``focus`` in view."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    start = 0
    if focus:
        pos = text.lower().find(focus.lower())
        if pos > limit // 2:
            start = max(0, pos - limit // 3)
    cut = text[start : start + limit]
    return ("…" if start else "") + cut.rstrip() + "…"


def list_finding(variable: str, hits: dict[str, list[Evidence]], **details: Any) -> Finding:
    """A list-valued finding from ``{value: [evidence, …]}``, values in first-seen order."""
    evidence: list[Evidence] = []
    for ev in hits.values():
        evidence.extend(ev[:2])
    return Finding(variable, list(hits), tuple(evidence), {k: v for k, v in details.items() if v})


def bool_finding(variable: str, evidence: list[Evidence], **details: Any) -> Finding:
    """A boolean finding: true exactly when there is evidence."""
    return Finding(variable, bool(evidence), tuple(evidence[:3]), {k: v for k, v in details.items() if v})
