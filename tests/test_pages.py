"""The pages around the wizard: task list, "klaar", check answers, step panels, session clock."""
import re
import time

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape

from planner.pages.session import SESSION_ENDS_AT
from planner.pages import views
from planner.models import StepAnswer
from planner.wizard.storage import save_answers
from steps import advisor, demo_data, facts
from steps.registry import BY_SLUG, STEPS
from tests.steps.postdata import post_data

MANAGEMENT = "plan_wizard-current_step"


def fill(plan, slugs, *, done=()):
    answers = demo_data.answers()
    for slug in slugs:
        StepAnswer.objects.create(plan=plan, step=slug, answers=answers[slug], is_answered=True,
                                  is_done=slug in done, version=1)


def post_step(client, plan, slug, answers, query="", **extra):
    data = post_data(BY_SLUG[slug].Form, answers, plan_answers={})
    data[MANAGEMENT] = slug
    data.update(extra)
    return client.post(reverse("planner:step", args=[plan.pk, slug]) + query, data)


def task_status(page, slug):
    """The status text the task list shows for one step."""
    match = re.search(rf'id="status-{slug}">([^<]+)<', page)
    return match and match.group(1)


# --- Task list -------------------------------------------------------------------------------

def finding(severity, *steps):
    return advisor.Finding(rule="R99", severity=severity, steps=steps, message="…")


def state(answered=True, done=False, draft=False):
    return facts.StepState(answered=answered, done=done, draft=draft)


@pytest.mark.parametrize("row, attention, expected", [
    (None, False, views.NIET_BEGONNEN),
    (state(answered=False, draft=True), False, views.BEZIG),
    (state(), False, views.BEZIG),
    (state(done=True), False, views.KLAAR),
    (state(done=True, draft=True), False, views.BEZIG),
    (state(done=True), True, views.KLAAR_LET_OP),
    (state(), True, views.LET_OP),
    (None, True, views.NIET_BEGONNEN),
])
def test_it_gives_each_step_one_status(row, attention, expected):
    assert facts.step_status(row, attention) == expected


def test_a_tip_does_not_make_a_step_let_op():
    found = [finding("tip", "visie")]
    known = facts.plan_facts({"visie": {"x": 1}}, {"visie": state(done=True)}, found)
    assert known.step("visie").status == views.KLAAR
    assert known.step("visie").findings_text == "1 tip"


@pytest.mark.django_db
def test_the_overview_shows_status_and_findings_per_step(redacteur_client, plan_a):
    fill(plan_a, [step.SLUG for step in STEPS], done=["comfortzone", "doelgroepen"])
    page = redacteur_client.get(reverse("planner:plan", args=[plan_a.pk])).content.decode()

    # The demo plan has one waarschuwing: a target group of step 6 without recruitment (R11).
    # Klaar with a waarschuwing is still klaar, and says so.
    assert task_status(page, "doelgroepen") == "Klaar, let op"
    assert task_status(page, "comfortzone") == "Klaar"
    assert task_status(page, "draagvlak") == "Bezig"
    # The eight steps and the two Beleid sections (no module is on).
    assert "2 van de 10 onderdelen zijn klaar." in page
    assert "nog geen wervingsaanpak gepland" in page
    wizard_url = reverse("planner:step", args=[plan_a.pk, "doelgroepen"])
    assert f'href="{wizard_url}#tabel-doelgroepen-wervingsplan"' in page
    assert reverse("planner:check", args=[plan_a.pk]) in page
    assert reverse("planner:pdf", args=[plan_a.pk]) in page


@pytest.mark.django_db
def test_a_new_plan_has_every_step_not_started(redacteur_client, plan_a):
    page = redacteur_client.get(reverse("planner:plan", args=[plan_a.pk])).content.decode()
    assert [task_status(page, step.SLUG) for step in STEPS] == ["Niet begonnen"] * len(STEPS)


@pytest.mark.django_db
def test_the_dashboard_counts_the_steps_that_are_done(redacteur_client, plan_a):
    fill(plan_a, ["visie", "comfortzone"], done=["visie"])
    page = redacteur_client.get(reverse("planner:dashboard")).content.decode()
    assert "1 van 8 stappen klaar" in page
    assert "Gemeente Lindewaarde" in page  # the header names the officer's gemeente


# --- "Is deze stap klaar?" -------------------------------------------------------------------

@pytest.mark.django_db
def test_an_officer_marks_a_step_done_and_undone(redacteur_client, plan_a):
    answers = demo_data.answers()["visie"]
    response = post_step(redacteur_client, plan_a, "visie", answers, klaar="ja")
    assert response.status_code == 302
    assert StepAnswer.objects.get(plan=plan_a, step="visie").is_done

    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "visie"])).content.decode()
    assert re.search(r'value="ja" id="klaar-ja" checked', page)

    post_step(redacteur_client, plan_a, "visie", answers, klaar="nee")
    assert not StepAnswer.objects.get(plan=plan_a, step="visie").is_done


@pytest.mark.django_db
def test_a_step_with_errors_is_not_marked_done(redacteur_client, plan_a):
    answers = {**demo_data.answers()["visie"], "gemeente_naam": ""}
    response = post_step(redacteur_client, plan_a, "visie", answers, klaar="ja")
    assert response.status_code == 200
    assert not StepAnswer.objects.get(plan=plan_a, step="visie").is_done
    # The page shown again keeps the officer's choice.
    assert re.search(r'value="ja" id="klaar-ja" checked', response.content.decode())


@pytest.mark.django_db
def test_an_unknown_done_answer_changes_nothing(redacteur_client, plan_a):
    fill(plan_a, ["visie"], done=["visie"])
    response = post_step(redacteur_client, plan_a, "visie", demo_data.answers()["visie"], klaar="misschien")
    assert response.status_code == 302
    assert StepAnswer.objects.get(plan=plan_a, step="visie").is_done


@pytest.mark.django_db
def test_a_reader_gets_no_done_question(client, lezer, plan_a):
    client.force_login(lezer)
    page = client.get(reverse("planner:step", args=[plan_a.pk, "visie"])).content.decode()
    assert "Is deze stap klaar?" not in page
    assert "U kunt dit plan alleen lezen" in page


# --- Controleer uw antwoorden ----------------------------------------------------------------

@pytest.mark.django_db
def test_the_check_page_lists_every_question_of_every_step(redacteur_client, plan_a):
    fill(plan_a, ["visie"])
    page = redacteur_client.get(reverse("planner:check", args=[plan_a.pk])).content.decode()
    answers = plan_a.answers()
    for step in plan_a.sections:  # the steps and the Beleid sections (no module is on)
        assert escape(f"{step.LABEL}: {step.SHORT_TITLE}") in page
        for question, _answer in step.check_rows(answers.get(step.SLUG) or {}, answers):
            assert f">{escape(question)}</dt>" in page, question
        link = reverse("planner:step", args=[plan_a.pk, step.SLUG]) + "?terug=controleer"
        assert f'href="{link}"' in page
    assert "Lindewaarde" in page
    # Every question without an answer says so, also in steps that were never saved.
    empty = sum(1 for step in plan_a.sections for _question, answer in step.check_rows(answers.get(step.SLUG) or {}, answers)
                if not answer or answer == "Niet ingevuld")
    assert empty > 50
    assert page.count("Niet ingevuld") == empty


@pytest.mark.django_db
def test_changing_a_step_from_the_check_page_returns_there(redacteur_client, plan_a):
    response = post_step(redacteur_client, plan_a, "visie", demo_data.answers()["visie"], query="?terug=controleer")
    assert response["Location"] == reverse("planner:check", args=[plan_a.pk])


@pytest.mark.django_db
def test_a_reader_sees_the_answers_without_change_links(client, lezer, plan_a):
    client.force_login(lezer)
    page = client.get(reverse("planner:check", args=[plan_a.pk])).content.decode()
    assert "Controleer uw antwoorden" in page
    assert "?terug=controleer" not in page


# --- The step page ---------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_step_page_shows_what_is_calculated_from_the_answers(redacteur_client, plan_a):
    fill(plan_a, ["visie"])
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "visie"])).content.decode()
    assert "Berekend uit uw antwoorden" in page
    assert "Uw beleidstype (typetest)" in page
    assert "Brede regisseur" in page  # demo: gemengd (counts as breed) + regisseur op afstand


@pytest.mark.django_db
def test_help_texts_are_linked_to_their_fields(redacteur_client, plan_a):
    # "Algemene gegevens" and "Definitie" are cards of step 1 with pages of their own (issue 17).
    page = "".join(redacteur_client.get(reverse("planner:part", args=[plan_a.pk, "visie", number])).content.decode()
                   for number in (1, 2))
    # A text field and its hint.
    assert re.search(r'<input[^>]*aria-describedby="id_visie-gemeente_naam_hint"[^>]*id="id_visie-gemeente_naam"', page)
    assert 'id="id_visie-gemeente_naam_hint"' in page
    # A group of radio buttons: the fieldset points at the group's hint ...
    assert re.search(r'<fieldset[^>]*id="id_visie-definitie_type" aria-describedby="id_visie-definitie_type_hint"', page)
    # ... and each option at its own explanation.
    assert re.search(r'<input[^>]*aria-describedby="id_visie-definitie_type_0_hint"', page)
    assert 'id="id_visie-definitie_type_0_hint"' in page
    # A long text field also points at its character count.
    assert re.search(r'aria-describedby="id_visie-huidig_beleid_hint id_visie-huidig_beleid_count"', page)
    assert 'data-char-count="5000">U kunt maximaal 5.000 tekens gebruiken.' in page


@pytest.mark.django_db
def test_errors_are_linked_to_their_fields(redacteur_client, plan_a):
    answers = {**demo_data.answers()["visie"], "gemeente_naam": ""}
    save_answers(plan_a, "visie", answers, None)
    # Posted as the step page posts a card: a marker, not its questions (the stored ones count).
    page = post_step(redacteur_client, plan_a, "visie", answers, klaar="ja",
                     **{"visie-kaart-1": "1", "plan_wizard-versie": "1"}).content.decode()  # missing when klaar
    # The question is on the card "Algemene gegevens" (its own page, issue 17): the link goes to the card.
    assert 'href="#deel-visie-1"' in page
    assert "field-error" in page.split('id="deel-visie-1"')[1].split("</section>")[0]
    # On the card's own page the error is linked to the question itself.
    part = reverse("planner:part", args=[plan_a.pk, "visie", 1])
    page = redacteur_client.post(part, {"visie-gemeente_naam": "Lindewaarde", "visie-aantal_inwoners": "veel"}).content.decode()
    assert 'href="#id_visie-aantal_inwoners"' in page
    assert re.search(r'aria-describedby="id_visie-aantal_inwoners_hint id_visie-aantal_inwoners_error"', page)
    assert 'aria-invalid="true"' in page
    assert page.count("autofocus") == 1  # the error summary takes the focus


@pytest.mark.django_db
def test_errors_in_a_table_row_are_linked_to_their_cell(redacteur_client, plan_a):
    answers = demo_data.answers()["visie"]
    answers["doelen"][1]["beoogd_resultaat"] = "x" * 201  # longer than a short text may be
    page = post_step(redacteur_client, plan_a, "visie", answers).content.decode()
    field_id = "id_visie-doelen-1-beoogd_resultaat"
    assert f'href="#{field_id}"' in page  # the error summary links to the cell
    error = re.search(rf'<div class="[^"]*field-error" id="{field_id}_error">(.*?)</div>', page, re.S)
    assert error and "Gebruik maximaal 200 tekens" in error.group(1)
    cell = re.search(rf'<input[^>]*id="{field_id}"[^>]*>', page).group(0)
    assert f'aria-describedby="{field_id}_hint {field_id}_error"' in cell and 'aria-invalid="true"' in cell
    assert f'value="{"x" * 201}"' in cell  # what was typed stays
    # The other rows show no errors.
    assert "id_visie-doelen-0-beoogd_resultaat_error" not in page


@pytest.mark.django_db
def test_a_repeating_table_is_a_summary_list_and_a_fixed_table_stays_a_table(redacteur_client, plan_a):
    from planner.wizard.storage import save_answers

    save_answers(plan_a, "visie", demo_data.answers()["visie"], None)
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "visie"])).content.decode()
    block = page.split('id="tabel-visie-doelen"', 1)[1].split('class="table-block', 1)[0]
    assert 'class="row-list"' in block and 'button type="submit" name="rij" value="doelen/nieuw"' in block
    assert 'value="doelen/1"' in block and 'value="doelen/1/verwijderen"' in block
    assert "visie-doelen-TOTAL_FORMS" not in page and "<template" not in block  # the rows are not on the page
    # Fixed tables (one row per rung) stay a table: no add button and no template.
    page2 = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "comfortzone"])).content.decode()
    block = page2.split('id="tabel-comfortzone-comfort_per_trede"', 1)[1].split('class="table-block', 1)[0]
    assert "comfortzone-comfort_per_trede-TOTAL_FORMS" in block
    assert "data-row-template" not in block and "data-add-row" not in block


# --- The session clock -----------------------------------------------------------------------

@pytest.mark.django_db
def test_pages_tell_the_browser_when_the_session_ends(redacteur_client):
    page = redacteur_client.get(reverse("planner:dashboard")).content.decode()
    seconds = int(re.search(r'data-sessie-seconden="(\d+)"', page).group(1))
    assert settings.SESSION_COOKIE_AGE - 5 <= seconds <= settings.SESSION_COOKIE_AGE
    assert 'id="sessie-dialoog"' in page


@pytest.mark.django_db
def test_staying_logged_in_restarts_the_session_clock(redacteur_client):
    session = redacteur_client.session
    session[SESSION_ENDS_AT] = int(time.time()) + 60
    session.save()
    response = redacteur_client.get(reverse("planner:keep_alive"))
    assert response.status_code == 200
    assert response.json()["verlengd"] is True
    assert response.json()["seconden"] > settings.SESSION_COOKIE_AGE - 5
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert redacteur_client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


@pytest.mark.django_db
def test_an_ended_session_cannot_be_kept_alive(client):
    response = client.get(reverse("planner:keep_alive"))
    assert response.status_code == 401
    assert response.json() == {"verlengd": False}


@pytest.mark.django_db
def test_the_login_page_has_no_session_clock(client):
    page = client.get(reverse("login")).content.decode()
    assert "data-sessie-seconden" not in page
