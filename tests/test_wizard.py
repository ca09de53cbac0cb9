"""The wizard stores every step in the database at once and never loses what was typed."""
import pytest
from django.urls import reverse

from planner.models import StepAnswer
from steps import demo_data
from steps.registry import STEPS
from tests.question_pages import question_url
from tests.steps.postdata import post_data

MANAGEMENT = "plan_wizard-current_step"


def step_url(plan, slug, query=""):
    return reverse("planner:step", args=[plan.pk, slug]) + query


def post_step(client, plan, step, answers, plan_answers, **extra):
    data = post_data(step.Form, answers, plan_answers=plan_answers)
    data[MANAGEMENT] = step.SLUG
    data.update(extra)
    return client.post(step_url(plan, step.SLUG), data)


@pytest.fixture
def demo_answers():
    return demo_data.answers()


@pytest.mark.django_db
def test_posting_every_step_stores_it_in_the_database(client, redacteur, plan_a, demo_answers, django_user_model):
    client.force_login(redacteur)
    so_far = {}
    for index, step in enumerate(STEPS):
        response = post_step(client, plan_a, step, demo_answers[step.SLUG], so_far)
        assert response.status_code == 302, (step.SLUG, response.context and response.context["form"].error_list())
        expected_next = (
            step_url(plan_a, STEPS[index + 1].SLUG) if index + 1 < len(STEPS)
            else step_url(plan_a, "aanbod")  # after step 8: the Beleid sections
        )
        assert response["Location"] == expected_next
        stored = StepAnswer.objects.get(plan=plan_a, step=step.SLUG)
        assert stored.is_answered and stored.draft is None
        assert stored.updated_by == redacteur
        so_far[step.SLUG] = stored.answers
    assert so_far["visie"]["gemeente_naam"] == "Lindewaarde"
    assert len(so_far["instrumenten"]["instrumenten"]) == len(demo_answers["instrumenten"]["instrumenten"])
    plan_a.refresh_from_db()
    assert plan_a.revisie == len(STEPS)


@pytest.mark.django_db
def test_a_new_session_resumes_with_the_stored_answers(client, redacteur, plan_a, demo_answers):
    client.force_login(redacteur)
    post_step(client, plan_a, STEPS[0], demo_answers["visie"], {})
    client.logout()

    from django.test import Client

    other_device = Client()
    other_device.force_login(redacteur)
    assert 'value="Lindewaarde"' in other_device.get(question_url(plan_a, "visie", "gemeente_naam")).content.decode()
    assert "Beleidsnotitie" in other_device.get(question_url(plan_a, "visie", "huidig_beleid")).content.decode()


@pytest.mark.django_db
def test_a_colleague_of_the_same_gemeente_sees_the_same_plan(client, redacteur, make_user, gemeente_a, plan_a, demo_answers):
    client.force_login(redacteur)
    post_step(client, plan_a, STEPS[0], demo_answers["visie"], {})
    colleague = make_user("collega", gemeente_a, "lezer")
    client.force_login(colleague)
    # A lezer reads every answer, the card's too, on the check page (card pages are for editing).
    assert "Lindewaarde" in client.get(reverse("planner:check", args=[plan_a.pk])).content.decode()


@pytest.mark.django_db
def test_a_format_error_refuses_the_save_and_keeps_what_was_typed(client, redacteur, plan_a, demo_answers):
    client.force_login(redacteur)
    answers = dict(demo_answers["visie"], huidig_beleid="Mijn zorgvuldig getypte tekst")
    for action in ("verder", "later"):
        data = post_data(STEPS[0].Form, answers)
        data.update({MANAGEMENT: "visie", "visie-aantal_inwoners": "veel", "actie": action})
        response = client.post(step_url(plan_a, "visie"), data)
        assert response.status_code == 200, action  # refused: the page shows why
        page = response.content.decode()
        assert "Er is een probleem" in page and "nog niet opgeslagen" in page
        assert "Aantal inwoners: Vul een getal in, bijvoorbeeld 14.800." in page  # the summary names the field
        stored = StepAnswer.objects.get(plan=plan_a, step="visie")
        # The questions are on the card 'Algemene gegevens'; what was typed is kept as the draft.
        assert stored.draft["visie-huidig_beleid"] == ["Mijn zorgvuldig getypte tekst"]
        assert stored.draft["visie-aantal_inwoners"] == ["veel"]
        assert not stored.is_answered
        assert stored.draft is not None  # kept in the database, not only in the page


@pytest.mark.django_db
def test_jumping_to_another_step_saves_the_current_page_first(client, redacteur, plan_a, demo_answers):
    client.force_login(redacteur)
    response = post_step(client, plan_a, STEPS[0], demo_answers["visie"], {}, wizard_goto_step="evaluatie")
    assert response["Location"] == step_url(plan_a, "evaluatie")
    assert StepAnswer.objects.get(plan=plan_a, step="visie").answers["gemeente_naam"] == "Lindewaarde"


@pytest.mark.django_db
def test_jumping_away_from_a_half_filled_page_saves_it(client, redacteur, plan_a, demo_answers):
    client.force_login(redacteur)
    answers = dict(demo_answers["visie"], gemeente_naam="", definitie_tekst="Half af")
    response = post_step(client, plan_a, STEPS[0], answers, {}, wizard_goto_step="comfortzone")
    assert response["Location"] == step_url(plan_a, "comfortzone")
    stored = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert stored.is_answered and stored.draft is None and stored.answers["definitie_tekst"] == "Half af"
    page = client.get(step_url(plan_a, "visie")).content.decode()
    assert "Half af" in page
    assert "Vul de naam van de gemeente in." not in page  # nothing was refused


@pytest.mark.django_db
def test_save_and_continue_later_returns_to_the_overview(client, redacteur, plan_a, demo_answers):
    client.force_login(redacteur)
    response = post_step(client, plan_a, STEPS[0], demo_answers["visie"], {}, actie="later")
    assert response["Location"] == reverse("planner:plan", args=[plan_a.pk])


@pytest.mark.django_db
def test_adding_a_row_without_javascript_keeps_the_input(client, redacteur, plan_a, demo_answers):
    client.force_login(redacteur)
    step = STEPS[0]
    data = post_data(step.Form, demo_answers["visie"])
    data[MANAGEMENT] = "visie"
    data["rij_toevoegen"] = "doelen"
    response = client.post(step_url(plan_a, "visie"), data)
    assert response.status_code == 200
    formset = response.context["form"].formsets["doelen"]
    assert formset.total_form_count() == len(demo_answers["visie"]["doelen"]) + 1
    assert "Er is een probleem" not in response.content.decode()


@pytest.mark.django_db
def test_a_post_without_management_form_is_a_client_error(client, redacteur, plan_a):
    client.force_login(redacteur)
    response = client.post(step_url(plan_a, "visie"), {"visie-gemeente_naam": "X"})
    assert response.status_code == 400


@pytest.mark.django_db
def test_starting_a_plan_opens_step_one(client, redacteur, gemeente_a):
    client.force_login(redacteur)
    response = client.post(reverse("planner:plan_new"), {
        "titel": "Nieuw plan", "gemeente": gemeente_a.pk, "periode_start": "2027", "periode_eind": "2030",
    })
    plan = gemeente_a.plans.get()
    assert response["Location"] == step_url(plan, "visie")


@pytest.mark.django_db
def test_starting_a_plan_with_bad_years_shows_dutch_errors(client, redacteur, gemeente_a):
    client.force_login(redacteur)
    response = client.post(reverse("planner:plan_new"), {
        "titel": "", "gemeente": gemeente_a.pk, "periode_start": "2030", "periode_eind": "2027",
    })
    page = response.content.decode()
    assert "Vul een titel in." in page
    assert "Het laatste jaar mag niet vóór het eerste jaar liggen." in page
    assert not gemeente_a.plans.exists()
