"""Suggestions from earlier steps as one-click "Voeg toe" actions on a summary list (issue 17):
instruments that fit the phases of step 4, vindplaatsen for the chosen groups. A click adds the
row through the row-saving path of planner/wizard/rows.py: a new version and a revision."""
import re

import pytest
from django.urls import reverse

from planner.models import StepAnswer, StepRevision
from planner.wizard.storage import save_answers
from planner.wizard.suggested_rows import suggestions_for
from steps import demo_data


@pytest.fixture
def stored(plan_a, redacteur):
    answers = demo_data.answers()
    for slug in ("visie", "beleidsfasen", "instrumenten", "doelgroepen"):
        save_answers(plan_a, slug, answers[slug], redacteur)
    return answers


def suggested_codes(page):
    return re.findall(r'name="voorstel" value="([^"]+)"', page)


def suggest_url(plan, step, table):
    return reverse("planner:row_suggest", args=[plan.pk, step, table])


def page_version(page):
    return re.search(r'<form id="voorstellen"[^>]*>.*?name="versie" value="(\d*)"', page, re.S).group(1)


@pytest.mark.django_db
@pytest.mark.parametrize("step, table, column", [("instrumenten", "instrumenten", "instrument"),
                                                  ("doelgroepen", "vindplaatsen", "vindplaats")])
def test_voeg_toe_adds_the_suggested_row_as_a_new_version(redacteur_client, plan_a, stored, step, table, column):
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, step])).content.decode()
    codes = suggested_codes(page)
    assert codes, "the demo plan gets suggestions for this table"
    assert f'formaction="{suggest_url(plan_a, step, table)}"' in page
    before = StepAnswer.objects.get(plan=plan_a, step=step)
    assert not {row[column] for row in before.answers[table]} & set(codes), "nothing already chosen is suggested"

    response = redacteur_client.post(suggest_url(plan_a, step, table),
                                     {"voorstel": codes[0], "versie": page_version(page)})

    assert response.status_code == 302
    assert response["Location"] == reverse("planner:step", args=[plan_a.pk, step]) + f"#tabel-{step}-{table}"
    after = StepAnswer.objects.get(plan=plan_a, step=step)
    assert after.version == before.version + 1
    assert after.answers[table][:-1] == before.answers[table]
    assert after.answers[table][-1][column] == codes[0]
    assert StepRevision.objects.get(plan=plan_a, step=step, version=after.version).answers == after.answers
    # The page now lists the row and no longer suggests it.
    page = redacteur_client.get(response["Location"]).content.decode()
    assert codes[0] not in suggested_codes(page)
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
def test_an_unknown_or_already_chosen_suggestion_changes_nothing(redacteur_client, plan_a, stored):
    before = StepAnswer.objects.get(plan=plan_a, step="instrumenten")
    chosen = before.answers["instrumenten"][0]["instrument"]
    for code in ("bestaat-niet", chosen):
        response = redacteur_client.post(suggest_url(plan_a, "instrumenten", "instrumenten"), {"voorstel": code})
        assert response.status_code == 302
    assert StepAnswer.objects.get(plan=plan_a, step="instrumenten").version == before.version


@pytest.mark.django_db
def test_a_colleagues_save_in_between_is_not_overwritten(redacteur_client, plan_a, stored, redacteur):
    page = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "instrumenten"])).content.decode()
    code = suggested_codes(page)[0]
    save_answers(plan_a, "instrumenten", {**stored["instrumenten"], "combinatie_toelichting": "Van een collega."},
                 redacteur)
    response = redacteur_client.post(suggest_url(plan_a, "instrumenten", "instrumenten"),
                                     {"voorstel": code, "versie": page_version(page)})
    assert "/conflicten/" in response["Location"]
    assert StepAnswer.objects.get(plan=plan_a, step="instrumenten").answers["combinatie_toelichting"] == "Van een collega."


@pytest.mark.django_db
def test_get_is_not_allowed_and_a_lezer_sees_no_voeg_toe(redacteur_client, client, lezer, plan_a, stored):
    assert redacteur_client.get(suggest_url(plan_a, "instrumenten", "instrumenten")).status_code == 405
    client.force_login(lezer)
    page = client.get(reverse("planner:step", args=[plan_a.pk, "instrumenten"])).content.decode()
    assert not suggested_codes(page) and 'id="voorstellen"' not in page
    assert client.post(suggest_url(plan_a, "instrumenten", "instrumenten"), {"voorstel": "x"}).status_code == 403
