"""Loads the fictional Gemeente Lindewaarde with a demo officer and demo plans."""
from django.contrib.auth import get_user_model
from django.db import transaction

from planner.models import Gemeente, Membership, Plan, StepAnswer
from steps import demo_data
from steps.registry import SLUGS

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "mantelzorg-demo"
COMPLETE_TITLE = "Samen met mantelzorgers 2027–2030"
HALF_TITLE = "Mantelzorgbeleid 2031–2034 (in voorbereiding)"


@transaction.atomic
def load_demo():
    """Create or refresh the demo; returns (user, complete plan, half-filled plan)."""
    gemeente, _ = Gemeente.objects.get_or_create(naam=demo_data.GEMEENTE["naam"])
    user, created = get_user_model().objects.get_or_create(
        username=DEMO_USERNAME,
        defaults={"first_name": "Marloes", "last_name": "Brinkman", "email": "demo@lindewaarde.invalid"},
    )
    if created or not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
        user.save()
    Membership.objects.update_or_create(user=user, gemeente=gemeente, defaults={"role": Membership.Role.BEHEERDER})

    answers = {**demo_data.answers(), **demo_data.section_answers()}
    complete = _plan(gemeente, user, COMPLETE_TITLE, 2027, 2030, modules=demo_data.DEMO_MODULES)
    # The eight steps, Beleid and the modules switched on, each where the demo has answers for it.
    sections = [section.SLUG for section in complete.sections if section.SLUG in answers]
    _fill(complete, user, answers, sections, done=SLUGS[:7])
    half = _plan(gemeente, user, HALF_TITLE, 2031, 2034)
    _fill(half, user, answers, SLUGS[:4], done=SLUGS[:3])
    return user, complete, half


def _plan(gemeente, user, titel, start, end, modules=()):
    plan, _ = Plan.objects.update_or_create(
        gemeente=gemeente, titel=titel,
        defaults={"periode_start": start, "periode_eind": end, "updated_by": user, "status": Plan.Status.CONCEPT,
                  "modules": list(modules)},
    )
    plan.step_answers.all().delete()
    return plan


def _fill(plan, user, answers, slugs, done):
    StepAnswer.objects.bulk_create(
        StepAnswer(plan=plan, step=slug, answers=answers[slug], is_answered=True, is_done=slug in done,
                   version=1, updated_by=user)
        for slug in slugs
    )
    plan.revisie += len(slugs)
    plan.save(update_fields=["revisie", "updated_at"])
