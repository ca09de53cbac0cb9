"""Verdieping 3: Lobbyplan. Skeleton: the contract of steps/__init__, to be filled."""
from steps import forms as f
from steps.document import Paragraph, Section, is_empty, open_section
from steps.text import answer_rows

NUMBER = 3
LABEL = "Verdieping 3"
KIND = "verdieping"
SLUG = "lobby"
TITLE = "Maak een lobbyplan"
SHORT_TITLE = "Lobbyplan"
PLAN_TITLE = "Lobbyplan"
INTRO = (
    "Met een lobbyplan zorgt u voor geld, mandaat of voorrang voor mantelzorg: wat moet er anders, bij wie, met welke boodschap en wanneer."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Heeft u geld of steun van bestuur of raad nodig? Maak een lobbyplan."
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
