"""One validation rule for the whole planner (domain.md 0.1, issue 13).

Saving refuses only a format error; completeness is asked when a step is marked klaar and never
blocks saving; anything that compares two answers is the advisor's finding. The step forms and
the JSON import use the same checks.
"""
import copy
import json
import os
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from planner.history import transfer
from planner.models import Plan, StepAnswer
from planner.wizard.storage import save_answers
from steps import advisor, demo_data
from steps.registry import BY_SLUG, SLUGS, STEPS
from tests.question_pages import question_url
from tests.steps.postdata import post_data

MANAGEMENT = "plan_wizard-current_step"


def step_url(plan, slug):
    return reverse("planner:step", args=[plan.pk, slug])


def post(client, plan, slug, answers, plan_answers=None, **extra):
    data = post_data(BY_SLUG[slug].Form, answers, plan_answers=plan_answers or {})
    data[MANAGEMENT] = slug
    data.update(extra)
    return client.post(step_url(plan, slug), data)


def rules(answers):
    return {finding.rule for finding in advisor.findings(answers)}


def _r01(answers):
    answers["beleidsfasen"]["toelichting_buiten_comfortzone"] = ""  # demo: coproduceren above adviseren


def _r10(answers):
    answers["voorwaarden"].update(voorwaarde_relatie_score=1, voorwaarde_relatie_verbeteractie="")


def _r31(answers):
    answers["evaluatie"].update(scenarios_overwogen=["verankeren"], scenario_gekozen="verankeren")


def _r33(answers):
    answers["doelgroepen"]["privacy_afspraken"] = ""  # demo: jonge mantelzorgers are a group


CONTRADICTIONS = {"R01": ("beleidsfasen", _r01), "R10": ("voorwaarden", _r10),
                  "R31": ("evaluatie", _r31), "R33": ("doelgroepen", _r33)}


def with_contradictions(*names):
    answers = demo_data.answers()
    for name in names:
        CONTRADICTIONS[name][1](answers)
    return answers


@pytest.fixture
def editor(client, redacteur):
    client.force_login(redacteur)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("rule", list(CONTRADICTIONS))
def test_a_contradiction_is_saved_through_the_step_form_and_marked_klaar_and_the_advisor_reports_it(
        editor, plan_a, rule):
    answers = with_contradictions(rule)
    assert rule not in rules(demo_data.answers())
    for slug in SLUGS:
        save_answers(plan_a, slug, demo_data.answers()[slug], None)
    slug = CONTRADICTIONS[rule][0]
    response = post(editor, plan_a, slug, answers[slug], answers, klaar="ja")
    assert response.status_code == 302, response.context and response.context["form"].error_list()
    stored = StepAnswer.objects.get(plan=plan_a, step=slug)
    assert stored.is_done and stored.draft is None
    assert rule in rules(Plan.objects.get(pk=plan_a.pk).answers())
    # The step page shows the finding, without an error.
    page = editor.get(step_url(plan_a, slug)).content.decode()
    assert "Aandachtspunten bij deze stap" in page and "Er is een probleem" not in page


def _import(client, answers, gemeente):
    data = {"formaat": transfer.FORMAT, "versie": 1, "geexporteerd_op": "2026-12-02T10:00:00+00:00",
            "plan": {"titel": "Ingelezen", "periode_start": 2027, "periode_eind": 2030, "status": "concept",
                     "vastgesteld_op": None, "besluit": "", "gemeente": "Elders"},
            "stappen": {slug: {"antwoorden": answers[slug], "klaar": False} for slug in SLUGS}}
    response = client.post(reverse("planner:plan_import"), {
        "bestand": SimpleUploadedFile("plan.json", json.dumps(data).encode(), content_type="application/json"),
        "gemeente": gemeente.pk})
    assert response.status_code == 302, response.content.decode()[:3000]
    return Plan.objects.exclude(titel="Plan A").get()


@pytest.mark.django_db
def test_the_same_answers_through_the_forms_and_through_the_import_give_the_same_data_and_findings(
        editor, plan_a, gemeente_a):
    answers = with_contradictions(*CONTRADICTIONS)
    for step in STEPS:
        response = post(editor, plan_a, step.SLUG, answers[step.SLUG], answers)
        assert response.status_code == 302, (step.SLUG, response.context["form"].error_list())
    through_forms = Plan.objects.get(pk=plan_a.pk).answers()
    through_import = _import(editor, copy.deepcopy(answers), gemeente_a).answers()
    # The file keeps its own way of writing an empty answer (None or ""); everything else is equal.
    assert meaningful(through_forms) == meaningful(through_import)
    assert advisor.findings(through_forms) == advisor.findings(through_import)
    assert set(CONTRADICTIONS) <= rules(through_import)
    # What the forms stored, exported and imported again, is stored exactly so.
    exported = json.loads(editor.get(reverse("planner:export", args=[plan_a.pk])).content)
    Plan.objects.exclude(pk=plan_a.pk).delete()
    again = _import(editor, {slug: exported["stappen"][slug]["antwoorden"] for slug in SLUGS}, gemeente_a)
    assert again.answers() == through_forms and advisor.findings(again.answers()) == advisor.findings(through_forms)


def meaningful(value):
    """`value` without empty answers (None, "", [])."""
    if isinstance(value, dict):
        return {key: meaningful(item) for key, item in value.items() if item not in (None, "", [])}
    if isinstance(value, list):
        return [meaningful(item) for item in value]
    return value


@pytest.mark.django_db
def test_marking_klaar_with_missing_answers_saves_them_does_not_set_klaar_and_lists_what_is_missing(
        editor, plan_a):
    answers = dict(demo_data.answers()["visie"], gemeente_naam="", doelen=[],
                   huidig_beleid="Mijn getypte tekst")
    response = post(editor, plan_a, "visie", answers, klaar="ja", actie="later")
    assert response.status_code == 200  # stays on the page to say what is missing
    stored = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert stored.is_answered and stored.draft is None and not stored.is_done
    assert stored.answers["huidig_beleid"] == "Mijn getypte tekst" and stored.answers["gemeente_naam"] == ""
    page = response.content.decode()
    assert "De stap is nog niet klaar" in page and "Uw antwoorden zijn opgeslagen" in page
    summary = page[page.index("error-summary__list"):page.index("</ul>", page.index("error-summary__list"))]
    assert "Naam gemeente: Vul de naam van de gemeente in." in summary
    assert "Doelen: Vul minstens één doel in." in summary
    assert summary.count("<li") == 2
    assert 'id="id_visie-gemeente_naam_error"' in page  # and next to the field
    # Saving again continues from this save (no conflict with itself); complete, it becomes klaar.
    version = re.search(r'name="plan_wizard-versie" value="(\d+)"', page).group(1)
    answers = dict(demo_data.answers()["visie"])
    response = post(editor, plan_a, "visie", answers, klaar="ja", **{"plan_wizard-versie": version})
    assert response.status_code == 302
    assert StepAnswer.objects.get(plan=plan_a, step="visie").is_done


@pytest.mark.django_db
def test_a_half_filled_step_saved_for_later_is_in_the_plan_the_preview_and_the_advisor(editor, plan_a):
    answers = {"doelgroepen": [{"doelgroep": "jonge_mantelzorgers", "reden": "Half af: jongeren"}]}
    response = post(editor, plan_a, "doelgroepen", answers, actie="later")
    assert response["Location"] == reverse("planner:plan", args=[plan_a.pk])
    stored = StepAnswer.objects.get(plan=plan_a, step="doelgroepen")
    assert stored.is_answered and stored.draft is None and not stored.is_done
    assert "R33" in rules(Plan.objects.get(pk=plan_a.pk).answers())
    assert "Half af: jongeren" in editor.get(reverse("planner:preview", args=[plan_a.pk])).content.decode()


@pytest.mark.django_db
def test_dutch_numbers_and_amounts_are_accepted_and_shown_back_the_dutch_way(editor, plan_a):
    answers = demo_data.answers()
    data = post_data(BY_SLUG["visie"].Form, answers["visie"])
    data.update({MANAGEMENT: "visie", "visie-aantal_inwoners": "14.800", "visie-aantal_mantelzorgers_geschat": "5100"})
    assert editor.post(step_url(plan_a, "visie"), data).status_code == 302
    data = post_data(BY_SLUG["voorwaarden"].Form, answers["voorwaarden"], plan_answers=answers)
    data.update({MANAGEMENT: "voorwaarden", "voorwaarden-budget_participatie": "€ 1.250"})
    assert editor.post(step_url(plan_a, "voorwaarden"), data).status_code == 302
    data = post_data(BY_SLUG["instrumenten"].Form, answers["instrumenten"], plan_answers=answers)
    data.update({MANAGEMENT: "instrumenten", "instrumenten-instrumenten-0-geraamde_kosten": "1.250,50"})
    assert editor.post(step_url(plan_a, "instrumenten"), data).status_code == 302
    stored = Plan.objects.get(pk=plan_a.pk).answers()
    assert stored["visie"]["aantal_inwoners"] == 14800 and stored["visie"]["aantal_mantelzorgers_geschat"] == 5100
    assert stored["voorwaarden"]["budget_participatie"] == 1250
    assert stored["instrumenten"]["instrumenten"][0]["geraamde_kosten"] == 1250.5
    assert 'value="14.800"' in editor.get(question_url(plan_a, "visie", "aantal_inwoners")).content.decode()
    assert 'value="1.250"' in editor.get(question_url(plan_a, "voorwaarden", "budget_participatie")).content.decode()
    # A table row is shown on its own page.
    row_page = reverse("planner:row", args=[plan_a.pk, "instrumenten", "instrumenten", 1])
    assert 'value="1.250,50"' in editor.get(row_page).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("field,typed,message", [
    ("visie-aantal_inwoners", "14,8 duizend", "Aantal inwoners: Vul een getal in, bijvoorbeeld 14.800."),
    ("visie-aantal_inwoners", "14800,5", "Aantal inwoners: Vul een heel getal in, zonder cijfers achter de komma."),
    ("visie-doelen-0-termijn", "2030-02-30", "Doelen, rij 1, Termijn: Vul een geldige datum in"),
])
def test_every_error_summary_names_its_field(editor, plan_a, field, typed, message):
    data = post_data(BY_SLUG["visie"].Form, demo_data.answers()["visie"])
    data.update({MANAGEMENT: "visie", field: typed})
    page = editor.post(step_url(plan_a, "visie"), data).content.decode()
    assert message in page


@pytest.mark.django_db
def test_a_text_over_its_limit_is_refused_with_how_many_too_many_and_nothing_is_cut(editor, plan_a):
    url = question_url(plan_a, "visie", "huidig_beleid")  # on the card 'Algemene gegevens'
    page = editor.get(url).content.decode()
    assert "visie-huidig_beleid" in page and not re.search(r"\smaxlength=", page)  # the browser cuts nothing off
    typed = "Lang verhaal. " * 7143  # 100,002 characters
    response = editor.post(url, {"visie-huidig_beleid": typed, "versie": "0"})
    assert response.status_code == 200
    page = response.content.decode()
    over = len(typed.strip()) - 5000
    assert f"Gebruik maximaal 5.000 tekens. U heeft er {over:,} te veel.".replace(",", ".") in page
    assert typed.strip() in page  # all of it is still there, to shorten
    assert not StepAnswer.objects.filter(plan=plan_a, step="visie", answers__huidig_beleid__isnull=False).exists()


@pytest.mark.django_db
def test_a_new_line_counts_as_one_character_as_in_the_browser(editor, plan_a):
    typed = "\r\n".join(["a" * 99] * 50)  # 4,999 characters in a browser, 5,048 with CR LF
    data = post_data(BY_SLUG["visie"].Form, demo_data.answers()["visie"])
    data.update({MANAGEMENT: "visie", "visie-huidig_beleid": typed})
    assert editor.post(step_url(plan_a, "visie"), data).status_code == 302
    assert StepAnswer.objects.get(plan=plan_a, step="visie").answers["huidig_beleid"] == typed.replace("\r\n", "\n")


def _derived_box(page):
    start = page.index('id="derived-title"')
    return page[start:page.index("</section>", start)]


@pytest.mark.django_db
def test_the_derived_box_of_step_4_reads_the_page_after_a_refused_save(editor, plan_a):
    answers = demo_data.answers()
    for slug in ("visie", "comfortzone", "voorwaarden"):
        save_answers(plan_a, slug, answers[slug], None)
    within = copy.deepcopy(answers["beleidsfasen"])
    for row in within["fasen"]:
        if row.get("trede") == "coproduceren":
            row["trede"] = "adviseren"
    save_answers(plan_a, "beleidsfasen", within, None)
    # The page now holds a rung above the comfort zone, and a date that does not exist.
    data = post_data(BY_SLUG["beleidsfasen"].Form, answers["beleidsfasen"], plan_answers=answers)
    data.update({MANAGEMENT: "beleidsfasen", "beleidsfasen-fasen-0-start": "2026-02-30"})
    response = editor.post(step_url(plan_a, "beleidsfasen"), data)
    assert response.status_code == 200
    box = _derived_box(response.content.decode())
    assert "Alle gekozen treden passen binnen uw comfortzone" not in box
    assert "Beleidsvoorbereiding" in box and "Uitvoering" in box
    assert "nog niet opgeslagen" in box


@pytest.mark.django_db
def test_the_derived_box_of_step_1_shows_the_typetest_of_the_page_after_a_refused_save(editor, plan_a):
    data = post_data(BY_SLUG["visie"].Form, {"breedte_beleid": "smal", "sturing": "dirigent",
                                             "smal_focus_doelgroepen": ["dementie"]})
    data.update({MANAGEMENT: "visie", "visie-aantal_inwoners": "veel"})
    response = editor.post(step_url(plan_a, "visie"), data)
    assert response.status_code == 200
    box = _derived_box(response.content.decode())
    assert "Gerichte dirigent" in box and "Nog niet bepaald" not in box
    assert "nog niet opgeslagen" in box


@pytest.mark.django_db
def test_a_score_of_1_is_not_called_not_filled_in(editor, plan_a):
    answers = demo_data.answers()
    answers["voorwaarden"].update(voorwaarde_capaciteit_en_middelen_score=1)
    assert post(editor, plan_a, "voorwaarden", answers["voorwaarden"], answers).status_code == 302
    page = editor.get(step_url(plan_a, "voorwaarden")).content.decode()
    assert "Capaciteit en middelen (1 – niet geregeld)" in _derived_box(page)
    assert "iet ingevuld" not in _derived_box(page) and "1 – Niet ingevuld" not in page


@pytest.mark.django_db
def test_the_error_summaries_of_the_other_forms_name_their_fields_too(editor):
    response = editor.post(reverse("planner:plan_new"), {"titel": "", "periode_start": "abc"})
    labels = [field.label for field in response.context["form"].fields.values()]
    assert response.context["error_list"]
    for _anchor, message in response.context["error_list"]:
        assert any(message.startswith(f"{label.rstrip('?:')}: ") for label in labels), message


def test_hypothesis_runs_derandomised_unless_the_long_run_is_asked_for():
    from hypothesis import settings

    if os.environ.get("HYPOTHESIS_PROFILE") == "lang":
        assert not settings.default.derandomize and settings.default.max_examples >= 1000
    else:
        assert settings.default.derandomize  # a failure found once is found every time


@pytest.mark.django_db
def test_the_import_marks_a_step_klaar_only_when_the_form_would(editor, gemeente_a):
    answers = demo_data.answers()
    answers["visie"] = {"gemeente_naam": "Elders"}  # half done, but the file says klaar
    data = {"formaat": transfer.FORMAT, "versie": 1, "geexporteerd_op": "2026-12-02T10:00:00+00:00",
            "plan": {"titel": "Ingelezen", "periode_start": 2027, "periode_eind": 2030, "status": "concept",
                     "vastgesteld_op": None, "besluit": "", "gemeente": "Elders"},
            "stappen": {slug: {"antwoorden": answers[slug], "klaar": True} for slug in SLUGS}}
    response = editor.post(reverse("planner:plan_import"), {
        "bestand": SimpleUploadedFile("plan.json", json.dumps(data).encode(), content_type="application/json"),
        "gemeente": gemeente_a.pk})
    assert response.status_code == 302
    done = {row.step: row.is_done for row in StepAnswer.objects.filter(plan__titel="Ingelezen")}
    assert done == {slug: slug != "visie" for slug in SLUGS}


@pytest.mark.parametrize("typed,number", [
    ("14.800", 14800), ("14800", 14800), ("€ 1.250", 1250), ("€\u00a01.250,-", 1250), ("1.250,50", "1250.50"),
    ("1250,5", "1250.5"), ("12.5", "12.5"), ("1.234.567", 1234567), (" 42 ", 42),
    ("1.2.3", None), ("14,8 duizend", None), ("1e5", None), ("", None), ("12.50.0", None), (",5", None),
])
def test_a_number_is_read_the_dutch_way(typed, number):
    from decimal import Decimal

    from steps.forms import parse_dutch_number

    assert parse_dutch_number(typed) == (None if number is None else Decimal(str(number)))


@pytest.mark.parametrize("typed", ["9" * 40, "1" * 29 + ",5", "0," + "0" * 40 + "1"])
def test_a_very_long_number_is_refused_not_a_server_error(typed):
    from django.core.exceptions import ValidationError

    from steps import forms as f

    for field in (f.number("Aantal"), f.amount("Bedrag")):
        with pytest.raises(ValidationError):
            field.clean(typed)


@pytest.mark.django_db
def test_no_step_page_has_a_maxlength_that_cuts_text_off(editor, plan_a):
    for slug in SLUGS:
        save_answers(plan_a, slug, demo_data.answers()[slug], None)
    for slug in SLUGS:
        page = editor.get(step_url(plan_a, slug)).content.decode()
        assert not re.search(r"\smaxlength=", page), slug
        assert "data-char-count" in page, slug  # the long texts have a character count instead


def test_ticked_options_are_stored_in_the_lists_own_order_whatever_order_they_are_posted_in():
    form_class = BY_SLUG["visie"].Form
    field = form_class.base_fields["redenen"]
    codes = [code for code, _label in field.choices]
    posted = [codes[3], codes[0], codes[2], codes[0]]
    assert field.clean(posted) == [codes[0], codes[2], codes[3]]
