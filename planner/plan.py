"""Builds the plan document from a plan's answers: one model, rendered as HTML and as PDF."""
import re
from dataclasses import dataclass, field
from datetime import date

from steps import advisor
from steps.registry import STEPS


DEFAULT_COLOUR = "#154273"


@dataclass
class PlanDocument:
    plan: object
    gemeente: str
    title: str
    period: str
    status: str
    date: date
    sections: list
    findings: list = field(default_factory=list)

    @property
    def colour(self):
        """The gemeente's colour, only if it is a plain hex code (it ends up in CSS)."""
        kleur = self.plan.gemeente.kleur
        return kleur if re.fullmatch(r"#[0-9a-fA-F]{6}", kleur or "") else DEFAULT_COLOUR

    @property
    def open_steps(self):
        return [section for section in self.sections if section.is_open]


def build(plan, answers=None):
    answers = plan.answers() if answers is None else answers
    sections = [step.plan_section(answers.get(step.SLUG) or {}, answers) for step in STEPS]
    return PlanDocument(
        plan=plan,
        gemeente=plan.gemeente.naam,
        title=plan.titel,
        period=plan.periode,
        status=plan.get_status_display(),
        date=date.today(),
        sections=sections,
        findings=advisor.findings(answers),
    )
