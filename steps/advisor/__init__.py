"""The advisor: cross-step consistency checks (domain.md section 4, rules R01–R34, plus R35–R40;
R41–R52 belong to the Beleid sections and Verdieping modules and live in their own modules).

``findings(answers)`` runs every rule over a plan's answers (the contract of ``steps/__init__``)
and returns the findings sorted by severity (fout, waarschuwing, tip) and rule id.
Findings never block saving, preview or PDF: the officer decides. A plan with an open *fout*
prints as CONCEPT.

The rules themselves live in ``steps.advisor.rules``, one small function per rule.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

logger = logging.getLogger(__name__)

from steps.advisor.finding import FOUT, SEVERITIES, SEVERITY_LABELS, TIP, WAARSCHUWING, Finding  # noqa: F401


def _sort_key(finding: Finding) -> tuple[int, str]:
    rank = SEVERITIES.index(finding.severity) if finding.severity in SEVERITIES else len(SEVERITIES)
    return (rank, finding.rule)


def findings(answers: Any) -> list[Finding]:
    """Run every rule over the answers; sorted by severity (fout, waarschuwing, tip), then rule id.

    Never raises: the rules are written to survive any input, and as a last safety net a rule
    that does raise is logged and skipped, so one bug never breaks a page.
    """
    if not isinstance(answers, dict):
        answers = {}
    result: list[Finding] = []
    for rule in all_rules():
        try:
            result.extend(rule(answers))
        except Exception:  # pragma: no cover - the tests feed garbage to every rule
            logger.exception("Advisor rule %s failed", getattr(rule, "__name__", rule))
    return sorted(result, key=_sort_key)


def all_rules() -> tuple:
    """The rules of domain.md section 4 (rules.py), then those each section brings (``RULES`` of
    a Beleid section or Verdieping module, numbered from R41). A module that is switched off has
    no answers, so its rules find nothing."""
    # Late imports: rules.py and the sections import Finding from here.
    from steps.advisor.rules import RULES
    from steps.registry import SECTIONS

    return RULES + tuple(rule for section in SECTIONS for rule in getattr(section, "RULES", ()))


def findings_for_step(answers: Any, slug: str) -> list[Finding]:
    """The findings that involve step ``slug`` (where it is fixed or one of the steps concerned)."""
    return [finding for finding in findings(answers) if slug in finding.steps]


def stoplicht(found: Iterable[Finding]) -> str:
    """Traffic light for a list of findings: "rood" (a fout), "oranje" (a waarschuwing), else "groen"."""
    severities = {finding.severity for finding in found}
    if FOUT in severities:
        return "rood"
    if WAARSCHUWING in severities:
        return "oranje"
    return "groen"


def heeft_fouten(answers: Any) -> bool:
    """True when the plan has at least one open *fout* (the PDF then prints as CONCEPT)."""
    return any(finding.severity == FOUT for finding in findings(answers))
