"""Verdieping 6: SOFA en vier V's. Skeleton: the contract of steps/__init__, to be filled."""
from steps import forms as f
from steps.document import Paragraph, Section, is_empty, open_section
from steps.text import answer_rows

NUMBER = 6
LABEL = "Verdieping 6"
KIND = "verdieping"
SLUG = "sofa"
TITLE = "Verdiep de SOFA-rollen en de vier V's"
SHORT_TITLE = "SOFA en vier V's"
PLAN_TITLE = "SOFA-rollen en de vier V's"
INTRO = (
    "Het SOFA-model laat zien hoe de gemeente mantelzorgers ziet: als samenwerkingspartner, als iemand die ondersteuning nodig heeft, als iemand die je faciliteert en als expert."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Wilt u per rol van de mantelzorger weten wat er is en wat er nog moet komen? Gebruik het SOFA-model."
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
