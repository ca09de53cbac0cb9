"""Beleid 2: Waardering, geld en besluit. Skeleton: the contract of steps/__init__, to be filled."""
from steps import forms as f
from steps.document import Paragraph, Section, is_empty, open_section
from steps.text import answer_rows

NUMBER = 2
LABEL = "Beleid 2"
KIND = "beleid"
SLUG = "financien"
TITLE = "Leg waardering, geld en besluit vast"
SHORT_TITLE = "Waardering, geld en besluit"
PLAN_TITLE = "Waardering, financiën en juridisch kader"
INTRO = (
    "Hoe waardeert de gemeente mantelzorgers, welk geld is er per jaar, op welke regels steunt het plan en wat vraagt u de raad te besluiten?"
)
TIPS = ()


class Form(f.StepForm):
    toelichting = f.long_text(
        "Toelichting",
        help_text="Schrijf in een paar zinnen wat u hier wilt vastleggen. Bijvoorbeeld: "
                  "wat er al is en wat er moet gebeuren.",
    )
    sections = (("Toelichting", ["toelichting"]),)


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE,
                   blocks=[Paragraph(answers.get("toelichting") or "")])


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {})


#: Lindewaarde's answers (domain.md 7), or None when the demo leaves this section empty.
DEMO = None
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = ()
