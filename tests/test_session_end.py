"""Nothing typed is lost when a session ends: the input waits for the same user to sign in again."""
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from planner.models import StepAnswer
from planner.wizard import unsaved
from steps import demo_data
from steps.registry import STEPS
from tests.question_pages import question_url
from tests.steps.postdata import post_data

VISIE = STEPS[0]


def step_url(plan, slug=VISIE.SLUG):
    return reverse("planner:step", args=[plan.pk, slug])


def typed_page(plan, text):
    data = post_data(VISIE.Form, demo_data.answers()["visie"])
    data["visie-redenen_toelichting"] = text  # a question on the step page itself
    data["plan_wizard-current_step"] = VISIE.SLUG
    data["actie"] = "later"
    return data


def post_form(client, url, data, **kwargs):
    """As a browser posts a form without file fields."""
    return client.post(url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded", **kwargs)


def end_session(client):
    """The session cookie is gone (expired, or ended on another device); other cookies stay."""
    client.cookies.pop("sessionid", None)


@pytest.mark.django_db
def test_a_save_after_the_session_ended_keeps_the_input_for_the_same_user(client, redacteur, plan_a):
    client.force_login(redacteur)
    assert client.get(step_url(plan_a)).status_code == 200  # the browser now remembers its user
    end_session(client)

    response = post_form(client, step_url(plan_a), typed_page(plan_a, "Getypt vlak voor het einde van de sessie"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")
    login_page = client.get(response["Location"])
    assert "Uw sessie was afgelopen" in login_page.content.decode()
    assert "is bewaard" in login_page.content.decode()
    assert not StepAnswer.objects.filter(plan=plan_a, step=VISIE.SLUG).exists()  # nothing saved unseen

    post_form(client, reverse("login"), {"username": "redacteur", "password": "geheim-wachtwoord-123",
                                   "next": step_url(plan_a)})
    page = client.get(step_url(plan_a)).content.decode()
    assert "Getypt vlak voor het einde van de sessie" in page
    assert "nog niet opgeslagen" in page

    post_form(client, step_url(plan_a), typed_page(plan_a, "Getypt vlak voor het einde van de sessie"))
    saved = StepAnswer.objects.get(plan=plan_a, step=VISIE.SLUG)
    assert saved.answers["redenen_toelichting"] == "Getypt vlak voor het einde van de sessie"
    assert unsaved.kept_input(redacteur, plan_a.pk, VISIE.SLUG) is None  # saving clears it


@pytest.mark.django_db
def test_another_user_signing_in_on_the_same_browser_never_sees_it(client, redacteur, make_user, gemeente_a, plan_a):
    client.force_login(redacteur)
    client.get(step_url(plan_a))
    end_session(client)
    post_form(client, step_url(plan_a), typed_page(plan_a, "Alleen voor de redacteur"))

    colleague = make_user("collega", gemeente_a, "redacteur")
    client.force_login(colleague)
    assert "Alleen voor de redacteur" not in client.get(step_url(plan_a)).content.decode()
    assert unsaved.kept_input(redacteur, plan_a.pk, VISIE.SLUG) is not None


@pytest.mark.django_db
def test_kept_input_can_be_thrown_away(client, redacteur, plan_a):
    client.force_login(redacteur)
    client.get(step_url(plan_a))
    end_session(client)
    post_form(client, step_url(plan_a), typed_page(plan_a, "Weg ermee"))
    client.force_login(redacteur)

    post_form(client, step_url(plan_a), {"actie": "weggooien"})

    assert unsaved.kept_input(redacteur, plan_a.pk, VISIE.SLUG) is None
    assert "Weg ermee" not in client.get(step_url(plan_a)).content.decode()


@pytest.mark.django_db
def test_without_the_signed_cookie_nothing_is_kept_and_the_login_page_says_so(client, plan_a):
    response = post_form(client, step_url(plan_a), typed_page(plan_a, "Van een onbekende"), follow=True)
    html = response.content.decode()
    assert "Uw sessie was afgelopen" in html and "is bewaard" not in html


@pytest.mark.django_db
def test_a_forged_user_cookie_keeps_nothing(client, redacteur, plan_a):
    client.cookies[unsaved.COOKIE] = str(redacteur.pk)  # not signed
    post_form(client, step_url(plan_a), typed_page(plan_a, "Vervalst"))
    assert unsaved.kept_input(redacteur, plan_a.pk, VISIE.SLUG) is None



@pytest.mark.django_db
def test_a_whole_step_page_is_kept_even_when_it_is_larger_than_a_login_form(client, redacteur, plan_a, settings):
    """Bodies before sign-in are small (a login form); a browser that was signed in may post a step."""
    client.force_login(redacteur)
    client.get(step_url(plan_a))
    end_session(client)
    long_text = "Een lange toelichting. " * 2000  # about 46 KB, as a full step page can be
    settings.ANONYMOUS_BODY_MAX_SIZE = 8 * 1024

    response = post_form(client, step_url(plan_a), typed_page(plan_a, long_text))

    assert response.status_code == 302
    data, _version = unsaved.kept_input(redacteur, plan_a.pk, VISIE.SLUG)
    assert data["visie-redenen_toelichting"] == long_text
    client.cookies.pop(unsaved.COOKIE)
    assert post_form(client, step_url(plan_a), typed_page(plan_a, long_text)).status_code == 400


@pytest.mark.django_db
def test_a_card_page_posted_after_the_session_ended_is_kept_on_that_card_page(client, redacteur, plan_a):
    card_url = question_url(plan_a, VISIE.SLUG, "huidig_beleid")  # the card 'Algemene gegevens' (issue 17)
    client.force_login(redacteur)
    assert client.get(card_url).status_code == 200
    end_session(client)

    response = post_form(client, card_url, {"visie-huidig_beleid": "Getypt op de kaart", "versie": "0"})

    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert not StepAnswer.objects.filter(plan=plan_a, step=VISIE.SLUG).exists()
    client.force_login(redacteur)
    page = client.get(card_url).content.decode()
    assert "Getypt op de kaart" in page
    assert "Getypt op de kaart" not in client.get(step_url(plan_a)).content.decode()
