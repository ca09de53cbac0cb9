"""Plans with every section switched on, for the page checks (HTML validity and axe).

`full_plan` has the demo's answers for all 18 sections (the 8 steps, Beleid 1 and 2 and the 8
Verdieping modules, all switched on). The new sections (Beleid and Verdieping) are saved twice
through the history, first empty and then with their answers, so the history page shows a
change in each of their tables. `empty_plan` has every module on and nothing saved.
"""
from planner.models import Plan, StepAnswer
from planner.wizard.storage import save_answers
from steps import demo_data
from steps.registry import BELEID, MODULE_SLUGS, MODULES, SECTIONS, STEPS

#: The sections that came with the Beleid and Verdieping work (issues 14 and 15).
NEW_SECTIONS = BELEID + MODULES
#: (section slug, table name) of every table of the new sections: each gets its row pages checked.
NEW_TABLES = tuple((section.SLUG, name) for section in NEW_SECTIONS for name in section.Form.tables)
#: The documents a plan has (steps/outlines.py), each with its own preview.
DOCUMENTS = ("plan-van-aanpak", "beleidsplan", "raadsvoorstel")

assert len(SECTIONS) == 18


def empty_plan(gemeente, titel="Leeg plan"):
    return Plan.objects.create(gemeente=gemeente, titel=titel, periode_start=2027, periode_eind=2030,
                               modules=list(MODULE_SLUGS))


def full_plan(gemeente, user, titel="Samen met mantelzorgers"):
    plan = empty_plan(gemeente, titel)
    answers = {**demo_data.answers(), **demo_data.section_answers()}
    StepAnswer.objects.bulk_create(
        StepAnswer(plan=plan, step=step.SLUG, answers=answers[step.SLUG], is_answered=True,
                   is_done=step.SLUG != "evaluatie", version=1)
        for step in STEPS
    )
    for section in NEW_SECTIONS:
        save_answers(plan, section.SLUG, {}, user)
        save_answers(plan, section.SLUG, answers.get(section.SLUG) or {}, user, is_done=True)
    plan.refresh_from_db()
    return plan
