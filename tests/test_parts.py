"""A long section of a step as a card with a page of its own (issue 17, planner/wizard/parts.py):
the six voorwaarden of step 3 and three sections of step 1. The step page shows the answers in
short and "Wijzig"; saving the step keeps the card's answers; the part page saves like a step
(a version and a revision, a colleague's save in between is a conflict, a format error refused)."""
import re

import pytest
from django.urls import reverse

from planner.models import StepAnswer, StepConflict, StepRevision
from planner.wizard import parts
from planner.wizard.row_summary import is_summary_table
from planner.wizard.storage import save_answers
from steps import demo_data
from steps.registry import BY_SLUG, SECTIONS
from tests.steps.postdata import post_data

STEP = "voorwaarden"
OPENHEID = 2  # "Voorwaarde: Openheid", the second section of step 3


@pytest.fixture
def stored(plan_a, redacteur):
    answers = demo_data.answers()
    for slug in ("visie", "comfortzone", STEP):
        save_answers(plan_a, slug, answers[slug], redacteur)
    return answers


def part_url(plan, number=OPENHEID, step=STEP):
    return reverse("planner:part", args=[plan.pk, step, number])


def step_url(plan, step=STEP):
    return reverse("planner:step", args=[plan.pk, step])


def stored_answers(plan, step=STEP):
    return StepAnswer.objects.get(plan=plan, step=step)


def versie(page, name="versie"):
    return re.search(rf'name="{name}" value="(\d*)"', page).group(1)


def part_post(answers, number=OPENHEID, **changes):
    """What the part page posts: the questions of its section only."""
    names = BY_SLUG[STEP].Form.sections[number - 1][1]
    data = {key: value for key, value in post_data(BY_SLUG[STEP].Form, answers, plan_answers={}).items()
            if any(key == f"{STEP}-{name}" for name in names)}
    data.update({f"{STEP}-{name}": value for name, value in changes.items()})
    return data


def step_page_post(form_class, step, answers, page, **changes):
    """What the step page posts: no rows of summary tables, no questions of cards, a marker per card."""
    cards = parts.card_numbers(step, form_class)
    hidden = {name for number in cards for name in form_class.sections[number - 1][1]}
    tables = tuple(f"{step}-{name}-" for name, table in form_class.tables.items() if is_summary_table(table))
    data = {key: value for key, value in post_data(form_class, answers, plan_answers={}).items()
            if not key.startswith(tables) and key[len(step) + 1:] not in hidden}
    data.update({"plan_wizard-current_step": step, "plan_wizard-versie": versie(page, "plan_wizard-versie"),
                 **{f"{step}-kaart-{number}": "1" for number in cards}})
    data.update({f"{step}-{name}": value for name, value in changes.items()})
    return data


def test_cards_hold_questions_and_fixed_tables_only():
    assert parts.card_numbers("voorwaarden", BY_SLUG["voorwaarden"].Form) == (2, 3, 4, 5, 6, 7, 8)
    assert parts.card_numbers("visie", BY_SLUG["visie"].Form) == (1, 2, 4, 5)
    for section in SECTIONS:
        for number in parts.card_numbers(section.SLUG, section.Form):
            for name in section.Form.sections[number - 1][1]:
                assert name in section.Form.base_fields or not is_summary_table(section.Form.tables[name])


@pytest.mark.django_db
def test_the_step_page_shows_a_card_per_voorwaarde_with_its_answers(redacteur_client, plan_a, stored):
    page = redacteur_client.get(step_url(plan_a)).content.decode()
    assert page.count('name="rij" value="deel/') == 7
    card = page.split('id="deel-voorwaarden-2"')[1].split("</section>")[0]
    assert "Voorwaarde: Openheid" in card and "Score voor openheid" in card
    assert 'name="voorwaarden-voorwaarde_openheid_score"' not in page, "the questions are on the part page"
    assert 'name="voorwaarden-kaart-2" value="1"' in card


@pytest.mark.django_db
def test_saving_the_step_keeps_the_answers_on_the_cards(redacteur_client, plan_a, stored):
    before = stored_answers(plan_a)
    page = redacteur_client.get(step_url(plan_a)).content.decode()
    data = step_page_post(BY_SLUG[STEP].Form, STEP, before.answers, page, vaste_kaders="Nieuw kader.")
    assert "voorwaarden-voorwaarde_openheid_score" not in data
    response = redacteur_client.post(step_url(plan_a), dict(data, actie="later"))
    assert response.status_code == 302
    after = stored_answers(plan_a)
    assert after.answers["vaste_kaders"] == "Nieuw kader."
    assert {k: v for k, v in after.answers.items() if k != "vaste_kaders"} == \
           {k: v for k, v in before.answers.items() if k != "vaste_kaders"}


@pytest.mark.django_db
def test_wijzig_saves_the_step_first_then_opens_the_part_page(redacteur_client, plan_a, stored):
    before = stored_answers(plan_a)
    page = redacteur_client.get(step_url(plan_a)).content.decode()
    data = step_page_post(BY_SLUG[STEP].Form, STEP, before.answers, page, vaste_kaders="Getypt.")
    response = redacteur_client.post(step_url(plan_a), dict(data, rij="deel/2"))
    assert response["Location"] == part_url(plan_a)
    assert stored_answers(plan_a).answers["vaste_kaders"] == "Getypt."
    # An unknown card is no action: the step is saved and the officer goes on as after "Opslaan".
    assert redacteur_client.post(step_url(plan_a), dict(data, rij="deel/1")).status_code == 302


@pytest.mark.django_db
def test_the_part_page_saves_a_new_version_and_a_revision(redacteur_client, plan_a, stored):
    before = stored_answers(plan_a)
    page = redacteur_client.get(part_url(plan_a)).content.decode()
    assert "<h1 class=\"utrecht-heading-1\">Voorwaarde: Openheid</h1>" in page
    assert 'name="voorwaarden-voorwaarde_duidelijkheid_score"' not in page
    response = redacteur_client.post(part_url(plan_a), dict(
        part_post(before.answers, voorwaarde_openheid_toelichting="Nieuwe toelichting."), versie=versie(page)))
    assert response.status_code == 302
    assert response["Location"] == step_url(plan_a) + "#deel-voorwaarden-2"
    after = stored_answers(plan_a)
    assert after.version == before.version + 1
    assert after.answers == dict(before.answers, voorwaarde_openheid_toelichting="Nieuwe toelichting.")
    assert StepRevision.objects.get(plan=plan_a, step=STEP, version=after.version).answers == after.answers


@pytest.mark.django_db
def test_a_format_error_is_shown_and_nothing_is_saved(redacteur_client, plan_a, stored):
    before = stored_answers(plan_a)
    page = redacteur_client.get(part_url(plan_a)).content.decode()
    response = redacteur_client.post(part_url(plan_a), dict(
        part_post(before.answers, voorwaarde_openheid_actie_wanneer="31-02-2026"), versie=versie(page)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er is een probleem" in html and 'value="31-02-2026"' in html
    assert stored_answers(plan_a).version == before.version


@pytest.mark.django_db
def test_a_colleagues_change_to_the_same_card_is_kept_as_a_conflict(redacteur_client, plan_a, stored, redacteur):
    before = stored_answers(plan_a)
    page = redacteur_client.get(part_url(plan_a)).content.decode()
    save_answers(plan_a, STEP, dict(before.answers, voorwaarde_openheid_toelichting="Van een collega."), redacteur)
    response = redacteur_client.post(part_url(plan_a), dict(
        part_post(before.answers, voorwaarde_openheid_toelichting="Van mij."), versie=versie(page)))
    assert "/conflicten/" in response["Location"]
    assert stored_answers(plan_a).answers["voorwaarde_openheid_toelichting"] == "Van een collega."
    conflict = StepConflict.objects.get(plan=plan_a, step=STEP)
    assert conflict.data[f"{STEP}-voorwaarde_openheid_toelichting"] == ["Van mij."]


@pytest.mark.django_db
def test_a_colleagues_save_of_other_questions_is_kept_and_the_card_saved_on_top(
        redacteur_client, plan_a, stored, redacteur):
    """Conflicts are caught per card: a question outside it changed meanwhile is no conflict."""
    before = stored_answers(plan_a)
    assert "vaste_kaders" not in parts.card_section(STEP, BY_SLUG[STEP].Form, OPENHEID)[1]
    page = redacteur_client.get(part_url(plan_a)).content.decode()
    save_answers(plan_a, STEP, dict(before.answers, vaste_kaders="Van een collega."), redacteur)
    response = redacteur_client.post(part_url(plan_a), dict(
        part_post(before.answers, voorwaarde_openheid_toelichting="Van mij."), versie=versie(page)))
    assert "/conflicten/" not in response["Location"]
    assert not StepConflict.objects.filter(plan=plan_a, step=STEP).exists()
    after = stored_answers(plan_a)
    assert after.answers["vaste_kaders"] == "Van een collega."
    assert after.answers["voorwaarde_openheid_toelichting"] == "Van mij."
    assert after.version == before.version + 2


@pytest.mark.django_db
def test_a_lezer_reads_a_card_on_its_page_and_cannot_change_it(client, lezer, plan_a, stored):
    client.force_login(lezer)
    page = client.get(step_url(plan_a)).content.decode()
    assert 'id="deel-voorwaarden-2"' in page and 'value="deel/2"' not in page, "a lezer reads the card"
    assert f'href="{part_url(plan_a)}"' in page
    read = client.get(part_url(plan_a))
    assert read.status_code == 200
    html = read.content.decode()
    assert "U kunt dit plan alleen lezen" in html and "Opslaan" not in html
    toelichting = stored[STEP]["voorwaarde_openheid_toelichting"]
    assert re.search(r'<textarea name="voorwaarden-voorwaarde_openheid_toelichting"[^>]*\sdisabled[^>]*>\s*'
                     + re.escape(toelichting), html)
    before = stored_answers(plan_a).version
    assert client.post(part_url(plan_a), part_post(stored[STEP], voorwaarde_openheid_toelichting="Nee.")).status_code == 403
    assert stored_answers(plan_a).version == before


@pytest.mark.django_db
def test_unknown_parts_are_not_found(redacteur_client, plan_a, stored):
    assert redacteur_client.get(part_url(plan_a, 1)).status_code == 404
    assert redacteur_client.get(part_url(plan_a, 2, step="instrumenten")).status_code == 404
    assert redacteur_client.get(part_url(plan_a, 99)).status_code == 404


@pytest.mark.django_db
def test_klaar_with_a_question_missing_on_a_card_links_the_error_to_the_card(redacteur_client, plan_a, stored, redacteur):
    answers = dict(stored[STEP], voorwaarde_openheid_score=None)
    save_answers(plan_a, STEP, answers, redacteur)
    page = redacteur_client.get(step_url(plan_a)).content.decode()
    data = step_page_post(BY_SLUG[STEP].Form, STEP, answers, page)
    response = redacteur_client.post(step_url(plan_a), dict(data, klaar="ja"))
    html = response.content.decode()
    assert response.status_code == 200 and "De stap is nog niet klaar" in html
    assert 'href="#deel-voorwaarden-2"' in html
    assert "Kies een score voor openheid." in html.split('id="deel-voorwaarden-2"')[1].split("</section>")[0]


@pytest.mark.django_db
def test_a_draft_holding_a_cards_questions_shows_them_on_the_step_page_and_saving_keeps_them(
        redacteur_client, plan_a, stored, redacteur):
    # A draft made without the step page (the merge of a conflict, say) carries no card markers.
    from planner.wizard.formdata import form_data
    from planner.wizard.storage import save_draft
    merged = dict(stored[STEP], voorwaarde_openheid_toelichting="Uit de samenvoeging.")
    save_draft(plan_a, STEP, form_data(BY_SLUG[STEP], merged, plan_answers=stored), redacteur)
    page = redacteur_client.get(step_url(plan_a)).content.decode()
    assert 'id="deel-voorwaarden-2"' not in page, "not folded away as a card"
    field = page.split('name="voorwaarden-voorwaarde_openheid_toelichting"')[1].split("</textarea>")[0]
    assert "Uit de samenvoeging." in field
    # Posted as that page is (the card's questions included, no marker for it), the draft is saved.
    data = post_data(BY_SLUG[STEP].Form, merged, plan_answers={})
    data.update({"plan_wizard-current_step": STEP, "plan_wizard-versie": versie(page, "plan_wizard-versie"),
                 "actie": "later"})
    assert redacteur_client.post(step_url(plan_a), data).status_code == 302
    after = stored_answers(plan_a)
    assert after.answers["voorwaarde_openheid_toelichting"] == "Uit de samenvoeging." and after.draft is None
