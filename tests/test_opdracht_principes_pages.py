"""The pages of Verdieping 1 (Opdracht en integrale visie) and 5 (Leidende principes).

Switched on, each page shows its process steps as sections with the suggestions from earlier
steps, stores the demo answers and refuses a malformed answer while keeping what was typed.
"""
import copy

import pytest
from django.urls import reverse

from planner.models import StepAnswer
from steps import demo_data, m1_opdracht, m5_principes
from tests.steps.postdata import post_data

MANAGEMENT = "plan_wizard-current_step"
MODULES = (m1_opdracht, m5_principes)
each_module = pytest.mark.parametrize("module", MODULES, ids=lambda module: module.SLUG)


def page(plan, slug):
    return reverse("planner:step", args=[plan.pk, slug])


@pytest.fixture
def plan_on(plan_a):
    """Plan A with the demo answers of the steps and both modules switched on (still empty)."""
    for slug, answers in demo_data.answers().items():
        StepAnswer.objects.update_or_create(plan=plan_a, step=slug, defaults={"answers": answers})
    plan_a.modules = [module.SLUG for module in MODULES]
    plan_a.save()
    return plan_a


def post(client, plan, module, answers, **extra):
    data = post_data(module.Form, answers, plan_answers=plan.answers())
    data[MANAGEMENT] = module.SLUG
    data.update(extra)
    return client.post(page(plan, module.SLUG), data)


@pytest.mark.django_db
def test_m1_page_shows_the_process_steps_and_suggestions_from_step_7(client, redacteur, plan_on):
    client.force_login(redacteur)
    html = client.get(page(plan_on, "opdracht")).content.decode()
    for legend in ("Stap 0. Initiatief: waarom een visie?", "Stap 1. De opdracht en de grenzen",
                   "Stap 5. Besluitvorming", "Stap 6. Van visie naar uitvoering"):
        assert legend in html
    assert "Het kernteam uit stap 7" in html and "M. Brinkman" in html


@pytest.mark.django_db
def test_m5_page_offers_its_principles_for_step_1(client, redacteur, plan_on):
    client.force_login(redacteur)
    answers = copy.deepcopy(m5_principes.DEMO)
    answers["leidende_principes"].append({"principe": "Dichtbij huis", "uitleg": ""})
    assert post(client, plan_on, m5_principes, answers).status_code == 302
    html = client.get(page(plan_on, "principes")).content.decode()
    assert "Neem deze principes over in stap 1" in html and "Dichtbij huis" in html


@pytest.mark.django_db
@each_module
def test_the_demo_answers_are_stored(client, redacteur, plan_on, module):
    client.force_login(redacteur)
    response = post(client, plan_on, module, copy.deepcopy(module.DEMO))
    assert response.status_code == 302, response.context and response.context["form"].error_list()
    assert StepAnswer.objects.get(plan=plan_on, step=module.SLUG).answers == module.DEMO


@pytest.mark.django_db
def test_a_malformed_answer_is_refused_and_the_rest_kept(client, redacteur, plan_on):
    client.force_login(redacteur)
    response = post(client, plan_on, m1_opdracht, copy.deepcopy(m1_opdracht.DEMO),
                    **{"opdracht-afbakening_budget": "heel veel"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vul een bedrag in euro in, bijvoorbeeld 1.250 of 1.250,50." in html
    assert "Raadsinformatieavond op 9 april 2026" in html
    assert not StepAnswer.objects.filter(plan=plan_on, step="opdracht").exclude(answers={}).exists()
