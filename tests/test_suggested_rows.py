"""Suggestions from earlier steps as one-click "Voeg toe" actions on a summary list (issue 17):
instruments that fit the phases of step 4, vindplaatsen for the chosen groups. "Voeg toe" is a
button of the step form: the click saves what was typed on the page together with the suggested
row, in one new version and revision (planner/wizard/suggested_rows.py)."""
import re

import pytest
from django.urls import reverse

from planner.models import StepAnswer, StepConflict, StepRevision
from planner.wizard.row_summary import is_summary_table
from planner.wizard.storage import save_answers
from planner.wizard.suggested_rows import suggestions_for
from steps import demo_data
from steps.registry import BY_SLUG
from tests.steps.postdata import post_data

TEXT_FIELD = {"instrumenten": "combinatie_toelichting", "doelgroepen": "wervingsboodschap"}


@pytest.fixture
def stored(plan_a, redacteur):
    answers = demo_data.answers()
    for slug in ("visie", "beleidsfasen", "instrumenten", "doelgroepen"):
        save_answers(plan_a, slug, answers[slug], redacteur)
    return answers


def suggested_codes(page, table):
    return re.findall(rf'name="rij" value="{table}/voorstel/([^"]+)"', page)


def page_post(step, answers, page, **typed):
    """What the step page posts: its questions, not the rows of its summary tables."""
    form = BY_SLUG[step].Form
    tables = [f"{step}-{name}-" for name, table in form.tables.items() if is_summary_table(table)]
    data = {key: value for key, value in post_data(form, answers, plan_answers={}).items()
            if not key.startswith(tuple(tables))}
    data.update({"plan_wizard-current_step": step,
                 "plan_wizard-versie": re.search(r'name="plan_wizard-versie" value="(\d*)"', page).group(1)})
    data.update({f"{step}-{name}": value for name, value in typed.items()})
    return data


def step_url(plan, step):
    return reverse("planner:step", args=[plan.pk, step])


@pytest.mark.django_db
@pytest.mark.parametrize("step, table, column", [("instrumenten", "instrumenten", "instrument"),
                                                  ("doelgroepen", "vindplaatsen", "vindplaats")])
def test_voeg_toe_saves_the_typed_text_and_adds_the_suggested_row(redacteur_client, plan_a, stored, step, table, column):
    page = redacteur_client.get(step_url(plan_a, step)).content.decode()
    codes = suggested_codes(page, table)
    assert codes, "the demo plan gets suggestions for this table"
    assert 'id="voorstellen"' not in page and 'form="voorstellen"' not in page, "the buttons are in the step form"
    before = StepAnswer.objects.get(plan=plan_a, step=step)
    assert not {row[column] for row in before.answers[table]} & set(codes), "nothing already chosen is suggested"

    response = redacteur_client.post(step_url(plan_a, step), dict(
        page_post(step, before.answers, page, **{TEXT_FIELD[step]: "Net getypt."}), rij=f"{table}/voorstel/{codes[0]}"))

    assert response.status_code == 302
    assert response["Location"] == step_url(plan_a, step) + f"#tabel-{step}-{table}"
    after = StepAnswer.objects.get(plan=plan_a, step=step)
    assert after.version == before.version + 1, "one click, one revision"
    assert after.answers[TEXT_FIELD[step]] == "Net getypt."
    assert after.answers[table][:-1] == before.answers[table]
    assert after.answers[table][-1][column] == codes[0]
    assert StepRevision.objects.get(plan=plan_a, step=step, version=after.version).answers == after.answers
    # The page now lists the row and no longer suggests it.
    page = redacteur_client.get(response["Location"]).content.decode()
    assert codes[0] not in suggested_codes(page, table)
    assert "is toegevoegd" in page


@pytest.mark.django_db
def test_a_suggested_instrument_comes_with_the_phases_it_fits(plan_a, stored):
    plan_answers = {slug: plan_a.step_answers.get(step=slug).answers for slug in ("visie", "beleidsfasen", "instrumenten")}
    suggestions = suggestions_for("instrumenten", "instrumenten", plan_answers, plan_answers["instrumenten"])
    betrokken = {row["fase"] for row in plan_answers["beleidsfasen"]["fasen"] if row.get("betrekken")}
    assert suggestions
    for item in suggestions:
        assert item.row["instrument"] == item.code and set(item.row["fasen"]) <= betrokken and item.row["fasen"]


@pytest.mark.django_db
def test_an_unknown_or_already_chosen_suggestion_still_saves_the_typed_text(redacteur_client, plan_a, stored):
    url = step_url(plan_a, "instrumenten")
    before = StepAnswer.objects.get(plan=plan_a, step="instrumenten")
    chosen = before.answers["instrumenten"][0]["instrument"]
    for code in ("bestaat-niet", chosen):
        page = redacteur_client.get(url).content.decode()
        response = redacteur_client.post(url, dict(page_post("instrumenten", before.answers, page),
                                                   rij=f"instrumenten/voorstel/{code}"))
        assert response.status_code == 302
    assert StepAnswer.objects.get(plan=plan_a, step="instrumenten").version == before.version, "nothing changed"
    assert "past niet meer bij uw antwoorden" in redacteur_client.get(url).content.decode()
    page = redacteur_client.get(url).content.decode()
    redacteur_client.post(url, dict(page_post("instrumenten", before.answers, page, combinatie_toelichting="Nieuw."),
                                    rij="instrumenten/voorstel/bestaat-niet"))
    after = StepAnswer.objects.get(plan=plan_a, step="instrumenten")
    assert after.answers["combinatie_toelichting"] == "Nieuw." and after.answers["instrumenten"] == before.answers["instrumenten"]


@pytest.mark.django_db
def test_a_colleagues_save_in_between_is_not_overwritten(redacteur_client, plan_a, stored, redacteur):
    page = redacteur_client.get(step_url(plan_a, "instrumenten")).content.decode()
    code = suggested_codes(page, "instrumenten")[0]
    before = StepAnswer.objects.get(plan=plan_a, step="instrumenten").answers
    save_answers(plan_a, "instrumenten", {**stored["instrumenten"], "combinatie_toelichting": "Van een collega."},
                 redacteur)
    response = redacteur_client.post(step_url(plan_a, "instrumenten"), dict(
        page_post("instrumenten", before, page, combinatie_toelichting="Van mij."), rij=f"instrumenten/voorstel/{code}"))
    assert "/conflicten/" in response["Location"]
    assert StepAnswer.objects.get(plan=plan_a, step="instrumenten").answers["combinatie_toelichting"] == "Van een collega."
    # The officer's version holds what they typed and the row they asked for.
    kept = StepConflict.objects.get(plan=plan_a, step="instrumenten").data
    assert kept["instrumenten-combinatie_toelichting"] == ["Van mij."]
    rows = int(kept["instrumenten-instrumenten-TOTAL_FORMS"][0])
    assert rows == len(before["instrumenten"]) + 1
    assert kept[f"instrumenten-instrumenten-{rows - 1}-instrument"] == [code]
    assert redacteur_client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_a_lezer_sees_no_voeg_toe_and_cannot_post(client, lezer, plan_a, stored):
    client.force_login(lezer)
    page = client.get(step_url(plan_a, "instrumenten")).content.decode()
    assert not suggested_codes(page, "instrumenten")
    response = client.post(step_url(plan_a, "instrumenten"), dict(
        page_post("instrumenten", stored["instrumenten"], '<input name="plan_wizard-versie" value="1">'),
        rij="instrumenten/voorstel/x"))
    assert response.status_code == 403
