"""Where a question is shown: on its step page, or on the page of the card it is on (issue 17)."""
from django.urls import reverse

from planner.wizard.parts import card_of_field, part_url
from steps.registry import BY_SLUG


def question_url(plan, step_slug, name):
    number = card_of_field(step_slug, BY_SLUG[step_slug].Form, name)
    return part_url(plan, step_slug, number) if number else reverse("planner:step", args=[plan.pk, step_slug])
