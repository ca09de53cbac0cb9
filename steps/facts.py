"""What is true of a plan, computed once: the status of each step, the advisor's findings per
step and their counts, how many steps are klaar, which are still empty, and whether the
conditions (voorwaarden) are in order.

The overview, the check page, the wizard's step page, the summary and the plan's check chapter
all read these facts; none of them works out a status, a count or a claim of its own.

A step's status is one of five:
- *Niet begonnen*: nothing saved and no unsaved input.
- *Bezig*: saved answers (or unsaved input with a format error), not marked klaar.
- *Let op*: as Bezig, and the advisor found a fout or waarschuwing that involves the step.
- *Klaar*: the officer marked it klaar and there is no unsaved input.
- *Klaar, let op*: klaar, and a fout or waarschuwing involves the step. It counts as klaar.

A finding belongs to every step it involves (``finding.steps``), not only to the step where it
is fixed: a rung in step 4 above the comfort zone of step 2 is a point of attention for both.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from steps import advisor, derived
from steps.document import is_empty
from steps.registry import active_sections

NIET_BEGONNEN = "Niet begonnen"
BEZIG = "Bezig"
LET_OP = "Let op"
KLAAR = "Klaar"
KLAAR_LET_OP = "Klaar, let op"
STATUSES = (NIET_BEGONNEN, BEZIG, LET_OP, KLAAR, KLAAR_LET_OP)
NEEDS_ATTENTION = frozenset({advisor.FOUT, advisor.WAARSCHUWING})
#: The conditions are in order from this average score on (rule R32 fires below it).
VOORWAARDEN_VOLDOENDE = 3

_NOUNS = {advisor.FOUT: ("fout", "fouten"), advisor.WAARSCHUWING: ("waarschuwing", "waarschuwingen"),
          advisor.TIP: ("tip", "tips")}


@dataclass(frozen=True)
class StepState:
    """What is stored of one step besides its answers."""

    answered: bool = False  # answers were saved
    done: bool = False  # the officer marked it klaar
    draft: bool = False  # input with a format error that is not saved yet


@dataclass(frozen=True)
class StepFacts:
    step: Any  # the step module
    status: str
    done: bool
    is_open: bool  # nothing answered: the plan's chapter for it stays open
    findings: tuple  # every finding that involves the step, sorted as the advisor sorts them

    @property
    def slug(self):
        return self.step.SLUG

    @property
    def counts(self):
        """{severity: number of findings} for fout, waarschuwing and tip."""
        return {severity: sum(1 for f in self.findings if f.severity == severity) for severity in advisor.SEVERITIES}

    @property
    def attention(self):
        """The fouten and waarschuwingen (what makes a step "Let op")."""
        return tuple(f for f in self.findings if f.severity in NEEDS_ATTENTION)

    @property
    def light(self):
        """groen / oranje / rood, as the advisor's traffic light."""
        return advisor.stoplicht(self.findings)

    @property
    def findings_text(self):
        """"1 fout, 2 waarschuwingen en 1 tip", or "" without findings."""
        parts = [f"{count} {_NOUNS[severity][count != 1]}" for severity, count in self.counts.items() if count]
        if len(parts) > 1:
            return f"{', '.join(parts[:-1])} en {parts[-1]}"
        return parts[0] if parts else ""


@dataclass(frozen=True)
class PlanFacts:
    steps: tuple  # StepFacts in the order of the wizard
    findings: tuple
    voorwaarden_gemiddelde: float | None

    def step(self, slug):
        return next(each for each in self.steps if each.slug == slug)

    def of_sections(self, slugs):
        """These facts for some sections only (a document's), with the findings that involve them."""
        steps = tuple(each for each in self.steps if each.slug in set(slugs))
        kept = {each.slug for each in steps}
        return PlanFacts(steps=steps, findings=tuple(f for f in self.findings if kept & set(f.steps)),
                         voorwaarden_gemiddelde=self.voorwaarden_gemiddelde)

    @property
    def steps_done(self):
        return sum(1 for each in self.steps if each.done)

    @property
    def step_count(self):
        return len(self.steps)

    @property
    def open_steps(self):
        """The slugs of the steps with nothing answered."""
        return tuple(each.slug for each in self.steps if each.is_open)

    @property
    def finding_count(self):
        return len(self.findings)

    @property
    def fouten(self):
        return sum(1 for f in self.findings if f.severity == advisor.FOUT)

    @property
    def voorwaarden_op_orde(self):
        """True only when every scored condition averages at least 3 (never when R32 can fire)."""
        gemiddelde = self.voorwaarden_gemiddelde
        return gemiddelde is not None and gemiddelde >= VOORWAARDEN_VOLDOENDE


def step_status(state, attention):
    """The status of one step from its stored state and whether a fout or waarschuwing involves it."""
    if state is None or (not state.answered and not state.draft):
        return NIET_BEGONNEN
    if state.answered and state.done and not state.draft:
        return KLAAR_LET_OP if attention else KLAAR
    return LET_OP if attention else BEZIG


def plan_facts(answers, states=None, findings=None, sections=None):
    """The facts of a plan from its answers ({slug: answers}), the stored state of each step
    ({slug: StepState}; without it a step with answers counts as saved, not klaar), the
    advisor's findings (run here when not given) and its sections (steps.registry; without
    them: the steps, Beleid and the modules the answers hold)."""
    answers = answers if isinstance(answers, dict) else {}
    if sections is None:
        sections = active_sections(answers)
    found = tuple(advisor.findings(answers) if findings is None else findings)
    if states is None:
        states = {slug: StepState(answered=True) for slug in answers}
    steps = []
    for step in sections:
        state = states.get(step.SLUG)
        involved = tuple(f for f in found if step.SLUG in f.steps)
        attention = any(f.severity in NEEDS_ATTENTION for f in involved)
        done = step_status(state, attention) in (KLAAR, KLAAR_LET_OP)
        steps.append(StepFacts(step=step, status=step_status(state, attention), done=done,
                               is_open=is_empty(answers.get(step.SLUG)), findings=involved))
    return PlanFacts(steps=tuple(steps), findings=found,
                     voorwaarden_gemiddelde=derived.voorwaarden_gemiddelde(answers))
