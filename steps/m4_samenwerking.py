"""Verdieping 4: Lokale samenwerking. Skeleton: the contract of steps/__init__, to be filled."""
from steps import forms as f
from steps.document import Paragraph, Section, is_empty, open_section
from steps.text import answer_rows

NUMBER = 4
LABEL = "Verdieping 4"
KIND = "verdieping"
SLUG = "samenwerking"
TITLE = "Werk samen met lokale partners"
SHORT_TITLE = "Lokale samenwerking"
PLAN_TITLE = "Lokale samenwerking"
INTRO = (
    "Samen met partners bereikt u meer mantelzorgers. U bepaalt met wie u eerst samenwerkt en hoe nauw."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Wilt u dat partners mantelzorgers beter zien en doorverwijzen? Plan de samenwerking."
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
