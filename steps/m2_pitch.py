"""Verdieping 2: Elevator pitch. Skeleton: the contract of steps/__init__, to be filled."""
from steps import forms as f
from steps.document import Paragraph, Section, is_empty, open_section
from steps.text import answer_rows

NUMBER = 2
LABEL = "Verdieping 2"
KIND = "verdieping"
SLUG = "pitch"
TITLE = "Maak een elevator pitch"
SHORT_TITLE = "Elevator pitch"
PLAN_TITLE = "Pitches per doelgroep"
INTRO = (
    "Een pitch is een kort verhaal van ongeveer een minuut. U maakt er een per luisteraar: de wethouder, de raad, een werkgever of een huisarts."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Moet u in één minuut iemand overtuigen? Maak een pitch per luisteraar."
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
