"""What a rule finds: the severities and `Finding`. A leaf module, so that a section's own rules
(Beleid, Verdieping) can import it without importing the advisor that runs them."""

from __future__ import annotations

from dataclasses import dataclass

FOUT = "fout"
WAARSCHUWING = "waarschuwing"
TIP = "tip"
SEVERITIES: tuple[str, ...] = (FOUT, WAARSCHUWING, TIP)
SEVERITY_LABELS = {FOUT: "Fout", WAARSCHUWING: "Waarschuwing", TIP: "Tip"}


@dataclass(frozen=True)
class Finding:
    """One result of a rule.

    ``steps`` holds the step slugs involved; the first one is the step where the officer can
    fix it. ``message`` is plain Dutch and names the steps. ``field`` is the field_name (in the
    first step) to link to, or ``""``; ``row`` the row of that table, if the finding is about one.
    """

    rule: str
    severity: str
    steps: tuple[str, ...]
    message: str
    field: str = ""
    #: When ``field`` is a table: the row (from 1) the finding is about, so a link can open that
    #: row's own page; 0 for the table as a whole.
    row: int = 0

    @property
    def step(self) -> str:
        """The step where the finding can be fixed."""
        return self.steps[0] if self.steps else ""
