"""Every save is kept as a version; earlier versions can be put back; a second save never overwrites."""
import re

import pytest
from django.test import Client
from django.urls import reverse

from planner.models import StepAnswer, StepConflict, StepRevision
from steps import demo_data
from steps.registry import BY_SLUG
from tests.steps.postdata import post_data

VISIE = BY_SLUG["visie"]


@pytest.fixture
def answers():
    return demo_data.answers()["visie"]


@pytest.fixture
def beheerder(make_user, gemeente_a):
    return make_user("beheerder", gemeente_a, "beheerder")


def step_url(plan, slug="visie"):
    return reverse("planner:step", args=[plan.pk, slug])


def post_visie(client, plan, answers, version=None, **extra):
    data = post_data(VISIE.Form, answers)
    data["plan_wizard-current_step"] = "visie"
    if version is not None:
        data["plan_wizard-versie"] = str(version)
    data.update(extra)
    return client.post(step_url(plan), data)


def loaded_version(client, plan, slug="visie"):
    """The version the step page hands to the browser in its hidden field."""
    page = client.get(step_url(plan, slug)).content.decode()
    match = re.search(r'name="plan_wizard-versie" value="(\d+)"', page) or \
        re.search(r'value="(\d+)"[^>]*name="plan_wizard-versie"', page)
    assert match, "the step page has no version field"
    return int(match.group(1))


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_it_keeps_every_save_as_a_revision_with_who_and_version(redacteur_client, redacteur, plan_a, answers):
    post_visie(redacteur_client, plan_a, answers)
    post_visie(redacteur_client, plan_a, dict(answers, gemeente_naam="Nieuwdorp"))
    revisions = list(StepRevision.objects.filter(plan=plan_a, step="visie").order_by("version"))
    assert [r.version for r in revisions] == [1, 2]
    assert revisions[0].answers["gemeente_naam"] == "Lindewaarde"
    assert revisions[1].answers["gemeente_naam"] == "Nieuwdorp"
    assert all(r.created_by == redacteur for r in revisions)
    assert StepAnswer.objects.get(plan=plan_a, step="visie").version == 2


@pytest.mark.django_db
def test_a_draft_is_not_a_revision_and_does_not_move_the_version(redacteur_client, plan_a, answers):
    post_visie(redacteur_client, plan_a, answers)
    post_visie(redacteur_client, plan_a, dict(answers, aantal_inwoners="veel"), version=1)  # a format error
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.draft is not None and row.version == 1
    assert StepRevision.objects.filter(plan=plan_a).count() == 1
    assert "plan_wizard-current_step" not in row.draft  # only the step's own input is kept


@pytest.mark.django_db
def test_saving_the_same_answers_again_changes_nothing(beheerder, redacteur, plan_a, answers, renders,
                                                      django_capture_on_commit_callbacks):
    """"Opslaan en verder" through a step left as it was: no new version, no new "changed by",
    and the PDF made before is still the plan's PDF (no second render)."""
    from planner.document import cache as pdf_cache
    from planner.signals import plan_changed

    post_visie(logged_in(beheerder), plan_a, answers)
    plan_a.refresh_from_db()
    pdf_cache.render_and_cache(plan_a)
    announced = []
    plan_changed.connect(lambda **kwargs: announced.append(kwargs["plan_id"]), weak=False, dispatch_uid="test-same")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = post_visie(logged_in(redacteur), plan_a, answers, version=1)
    finally:
        plan_changed.disconnect(dispatch_uid="test-same")
    assert response.status_code == 302
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.version == 1 and row.updated_by == beheerder
    assert StepRevision.objects.filter(plan=plan_a).count() == 1
    assert announced == []
    plan_a.refresh_from_db()
    assert pdf_cache.is_cached(plan_a) and len(renders) == 1


@pytest.mark.django_db
def test_a_save_that_clears_a_draft_or_marks_a_step_done_is_a_change(redacteur_client, plan_a, answers):
    from planner.wizard.storage import save_answers

    post_visie(redacteur_client, plan_a, answers)
    post_visie(redacteur_client, plan_a, dict(answers, aantal_inwoners="veel"), version=1)  # a draft
    post_visie(redacteur_client, plan_a, answers, version=1)  # the same answers, the draft dropped
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.draft is None and row.version == 2
    row = save_answers(plan_a, "visie", row.answers, None, is_done=not row.is_done)
    assert row.version == 3 and StepRevision.objects.filter(plan=plan_a).count() == 3


@pytest.mark.django_db
def test_putting_back_the_version_the_step_has_is_still_recorded(redacteur_client, plan_a, answers):
    post_visie(redacteur_client, plan_a, answers)
    first = StepRevision.objects.get(plan=plan_a, version=1)
    redacteur_client.post(reverse("planner:restore", args=[plan_a.pk, first.pk]))
    assert StepRevision.objects.get(plan=plan_a, version=2).restored_from == first


@pytest.mark.django_db
def test_the_history_page_shows_who_changed_what(redacteur_client, plan_a, answers):
    post_visie(redacteur_client, plan_a, answers)
    post_visie(redacteur_client, plan_a, dict(answers, gemeente_naam="Nieuwdorp"))
    page = redacteur_client.get(reverse("planner:history", args=[plan_a.pk])).content.decode()
    assert "Versie 2 (de huidige versie)" in page
    assert "Naam gemeente" in page
    assert "<del>Lindewaarde</del>" in page and "<ins>Nieuwdorp</ins>" in page
    assert "Zet versie 1 terug" in page
    assert "Zet versie 2 terug" not in page


@pytest.mark.django_db
def test_a_lezer_sees_the_history_without_restore_buttons(client, redacteur_client, lezer, plan_a, answers):
    post_visie(redacteur_client, plan_a, answers)
    post_visie(redacteur_client, plan_a, dict(answers, gemeente_naam="Nieuwdorp"))
    client.force_login(lezer)
    page = client.get(reverse("planner:history", args=[plan_a.pk])).content.decode()
    assert "Nieuwdorp" in page and "Zet versie" not in page
    first = StepRevision.objects.get(plan=plan_a, version=1)
    assert client.post(reverse("planner:restore", args=[plan_a.pk, first.pk])).status_code == 403
    assert StepAnswer.objects.get(plan=plan_a, step="visie").answers["gemeente_naam"] == "Nieuwdorp"


@pytest.mark.django_db
def test_restoring_an_old_version_is_itself_a_new_version(redacteur_client, redacteur, plan_a, answers):
    post_visie(redacteur_client, plan_a, answers)
    post_visie(redacteur_client, plan_a, dict(answers, gemeente_naam="Nieuwdorp"))
    first = StepRevision.objects.get(plan=plan_a, version=1)
    response = redacteur_client.post(reverse("planner:restore", args=[plan_a.pk, first.pk]))
    assert response.status_code == 302
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.answers["gemeente_naam"] == "Lindewaarde" and row.version == 3
    newest = StepRevision.objects.get(plan=plan_a, version=3)
    assert newest.restored_from == first and newest.created_by == redacteur
    assert StepRevision.objects.filter(plan=plan_a).count() == 3  # nothing was thrown away


@pytest.mark.django_db
def test_restore_only_works_for_a_revision_of_this_plan(redacteur_client, plan_a, plan_b, answers):
    foreign = StepRevision.objects.create(plan=plan_b, step="visie", version=1, answers=answers)
    response = redacteur_client.post(reverse("planner:restore", args=[plan_a.pk, foreign.pk]))
    assert response.status_code == 404
    assert not plan_a.step_answers.exists()


@pytest.mark.django_db
def test_answers_saved_before_history_existed_become_the_first_revision(redacteur_client, plan_a, answers):
    StepAnswer.objects.create(plan=plan_a, step="visie", answers=answers, is_answered=True, version=1)
    post_visie(redacteur_client, plan_a, dict(answers, gemeente_naam="Nieuwdorp"))
    versions = {r.version: r.answers["gemeente_naam"] for r in StepRevision.objects.filter(plan=plan_a)}
    assert versions == {1: "Lindewaarde", 2: "Nieuwdorp"}


# --- Two officers on one step ------------------------------------------------------------------

#: The second officer's change: a text of their own, and a name other than the beheerder's.
BOTH_CHANGED_THE_NAME = {"huidig_beleid": "Mijn nieuwe tekst", "gemeente_naam": "Versie van de redacteur"}


@pytest.fixture
def two_officers(redacteur, beheerder, plan_a, answers):
    """Both open step 1 of a saved plan; the beheerder saves first."""
    first, second = logged_in(beheerder), logged_in(redacteur)
    post_visie(first, plan_a, answers)
    base = loaded_version(second, plan_a)
    assert loaded_version(first, plan_a) == base == 1
    post_visie(first, plan_a, dict(answers, gemeente_naam="Versie van de beheerder"), version=base)
    return first, second, base


@pytest.mark.django_db
def test_a_second_save_with_an_old_version_does_not_overwrite(two_officers, plan_a, answers, redacteur):
    _first, second, base = two_officers
    response = post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    assert response["Location"] == reverse("planner:conflict", args=[plan_a.pk, conflict.pk])
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.answers["gemeente_naam"] == "Versie van de beheerder"
    assert row.answers["huidig_beleid"] == answers["huidig_beleid"]
    assert conflict.created_by == redacteur and conflict.base_version == base
    assert conflict.data["visie-huidig_beleid"] == ["Mijn nieuwe tekst"]


@pytest.mark.django_db
def test_changes_to_different_questions_are_both_kept(two_officers, plan_a, answers, redacteur):
    """The beheerder changed the name; the redacteur, on a page loaded before that, the text."""
    _first, second, base = two_officers
    response = post_visie(second, plan_a, dict(answers, huidig_beleid="Mijn nieuwe tekst"), version=base)
    assert "/conflicten/" not in response["Location"] and not StepConflict.objects.exists()
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.answers["gemeente_naam"] == "Versie van de beheerder"
    assert row.answers["huidig_beleid"] == "Mijn nieuwe tekst"
    assert row.version == 3 and row.updated_by == redacteur
    page = second.get(response["Location"]).content.decode()
    assert "Wat u veranderde en wat uw collega veranderde, staat er nu allebei in." in page


def test_a_merge_takes_each_question_from_whoever_changed_it():
    from planner.history.diff import merge

    base = {"a": "1", "b": ["x"], "c": "3", "gone": "4"}
    mine = {"a": "1", "b": ["x", "y"], "c": "3", "gone": "4", "new": "5"}
    theirs = {"a": "2", "b": ["x"], "c": "3"}
    assert merge(base, mine, theirs) == {"a": "2", "b": ["x", "y"], "c": "3", "new": "5"}
    assert merge(base, dict(mine, a="9"), theirs) is None  # both changed "a", differently
    assert merge(base, dict(mine, a="2"), theirs)["a"] == "2"  # both made the same change


@pytest.mark.django_db
def test_a_stale_page_with_the_colleagues_answers_is_no_conflict(two_officers, plan_a, answers, beheerder):
    _first, second, base = two_officers
    response = post_visie(second, plan_a, dict(answers, gemeente_naam="Versie van de beheerder"), version=base)
    assert response.status_code == 302 and "/conflicten/" not in response["Location"]
    assert not StepConflict.objects.exists()
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.version == 2 and row.updated_by == beheerder


@pytest.mark.django_db
def test_the_conflict_page_shows_both_versions_per_question(two_officers, plan_a, answers):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    page = second.get(reverse("planner:conflict", args=[plan_a.pk, conflict.pk])).content.decode()
    assert "Een collega heeft deze stap ook gewijzigd" in page
    assert "Mijn nieuwe tekst" in page and "Versie van de beheerder" in page
    assert 'name="keuze-huidig_beleid"' in page and 'name="keuze-gemeente_naam"' in page
    assert 'name="keuze-definitie_tekst"' not in page  # equal answers need no choice


@pytest.mark.django_db
def test_merging_takes_each_chosen_answer(two_officers, plan_a, answers):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    url = reverse("planner:conflict", args=[plan_a.pk, conflict.pk])
    response = second.post(url, {
        "versie": "2", "actie": "opslaan", "keuze-huidig_beleid": "mijn", "keuze-gemeente_naam": "collega",
    })
    assert response.status_code == 302
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.answers["huidig_beleid"] == "Mijn nieuwe tekst"
    assert row.answers["gemeente_naam"] == "Versie van de beheerder"
    assert row.version == 3
    conflict.refresh_from_db()
    assert conflict.resolved_at is not None


@pytest.mark.django_db
def test_keeping_the_colleagues_version_changes_nothing_but_keeps_the_input(two_officers, plan_a, answers):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    second.post(reverse("planner:conflict", args=[plan_a.pk, conflict.pk]), {"versie": "2", "actie": "collega"})
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.version == 2 and row.answers["gemeente_naam"] == "Versie van de beheerder"
    conflict.refresh_from_db()
    assert conflict.resolved_at is not None
    assert conflict.data["visie-huidig_beleid"] == ["Mijn nieuwe tekst"]


@pytest.mark.django_db
def test_editing_a_merge_opens_it_in_the_step_form(two_officers, plan_a, answers):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    response = second.post(reverse("planner:conflict", args=[plan_a.pk, conflict.pk]), {
        "versie": "2", "actie": "aanpassen", "keuze-gemeente_naam": "collega",
    })
    assert response["Location"] == step_url(plan_a)
    page = second.get(step_url(plan_a)).content.decode()
    assert "Mijn nieuwe tekst" in page and 'value="Versie van de beheerder"' in page
    assert StepAnswer.objects.get(plan=plan_a, step="visie").version == 2
    assert loaded_version(second, plan_a) == 2  # saving from here is not a conflict again


@pytest.mark.django_db
def test_incomplete_input_in_a_conflict_is_kept_exactly_as_typed(two_officers, plan_a, answers):
    _first, second, base = two_officers
    typed = dict(answers, aantal_inwoners="veel", huidig_beleid="Half af")
    post_visie(second, plan_a, typed, version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    url = reverse("planner:conflict", args=[plan_a.pk, conflict.pk])
    assert "nog een fout" in second.get(url).content.decode()
    second.post(url, {"versie": "2", "actie": "opslaan"})  # all mine, but not valid: becomes a draft
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.version == 2 and row.answers["gemeente_naam"] == "Versie van de beheerder"
    assert row.draft["visie-aantal_inwoners"] == ["veel"]
    assert row.draft["visie-huidig_beleid"] == ["Half af"]


@pytest.mark.django_db
def test_a_conflict_page_posted_after_yet_another_save_asks_again(two_officers, plan_a, answers):
    first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    post_visie(first, plan_a, dict(answers, gemeente_naam="Derde versie"), version=2)
    response = second.post(reverse("planner:conflict", args=[plan_a.pk, conflict.pk]), {"versie": "2", "actie": "opslaan"})
    assert response["Location"] == reverse("planner:conflict", args=[plan_a.pk, conflict.pk])
    assert StepAnswer.objects.get(plan=plan_a, step="visie").answers["gemeente_naam"] == "Derde versie"


@pytest.mark.django_db
def test_only_the_officer_who_typed_it_sees_a_conflict(two_officers, plan_a, answers, beheerder):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    other = logged_in(beheerder)
    assert other.get(reverse("planner:conflict", args=[plan_a.pk, conflict.pk])).status_code == 404


@pytest.mark.django_db
def test_adding_a_row_keeps_the_version_the_page_was_loaded_with(two_officers, plan_a, answers):
    _first, second, base = two_officers
    response = post_visie(second, plan_a, answers, version=base, rij_toevoegen="doelen")
    assert response.status_code == 302  # the colleague saved in between: a conflict, not a new row
    assert StepConflict.objects.filter(plan=plan_a).exists()


# --- Plan status: concept → vastgesteld → nieuwe versie ----------------------------------------

def fill_plan(plan, user):
    from planner.wizard.storage import save_answers

    all_answers = demo_data.answers()
    for slug, step_answers in all_answers.items():
        save_answers(plan, slug, step_answers, user)
    return all_answers


def fix(client, plan, **extra):
    data = {"vastgesteld_op": "2026-11-01", "besluit": "Vastgesteld door het college, besluit 2026-123."}
    data.update(extra)
    return client.post(reverse("planner:fix", args=[plan.pk]), data)


@pytest.mark.django_db
def test_fixing_a_plan_records_date_and_decision_and_makes_it_read_only(redacteur_client, redacteur, plan_a, answers):
    from planner.models import AuditEvent

    post_visie(redacteur_client, plan_a, answers)
    response = fix(redacteur_client, plan_a, bevestig_fouten="on")
    assert response["Location"] == reverse("planner:plan", args=[plan_a.pk])
    plan_a.refresh_from_db()
    assert plan_a.status == "vastgesteld"
    assert plan_a.vastgesteld_op.isoformat() == "2026-11-01"
    assert "besluit 2026-123" in plan_a.besluit and plan_a.vastgesteld_door == redacteur
    assert post_visie(redacteur_client, plan_a, dict(answers, gemeente_naam="Later")).status_code == 403
    assert StepAnswer.objects.get(plan=plan_a, step="visie").answers["gemeente_naam"] == "Lindewaarde"
    assert AuditEvent.objects.filter(plan=plan_a, action="status").exists()


@pytest.mark.django_db
def test_fixing_a_plan_with_open_errors_asks_for_confirmation(redacteur_client, plan_a):
    from steps import advisor

    # R31: a follow-up scenario needs at least two considered ones.
    StepAnswer.objects.create(plan=plan_a, step="evaluatie", answers={"scenarios_overwogen": ["stoppen"]},
                              is_answered=True)
    assert any(f.severity == advisor.FOUT for f in advisor.findings(plan_a.answers()))
    page = redacteur_client.get(reverse("planner:fix", args=[plan_a.pk])).content.decode()
    assert "nog" in page and "fout" in page and 'name="bevestig_fouten"' in page
    response = fix(redacteur_client, plan_a)
    assert response.status_code == 200
    assert "Bevestig dat u het plan met fouten wilt vaststellen." in response.content.decode()
    plan_a.refresh_from_db()
    assert plan_a.status == "concept"


@pytest.mark.django_db
def test_fixing_needs_a_date_and_a_decision(redacteur_client, plan_a):
    response = fix(redacteur_client, plan_a, vastgesteld_op="morgen", besluit="", bevestig_fouten="on")
    page = response.content.decode()
    assert "Vul een geldige datum in" in page and "Beschrijf het besluit." in page
    plan_a.refresh_from_db()
    assert plan_a.status == "concept"


@pytest.mark.django_db
def test_a_lezer_cannot_fix_a_plan(client, lezer, plan_a):
    client.force_login(lezer)
    assert fix(client, plan_a, bevestig_fouten="on").status_code == 403
    plan_a.refresh_from_db()
    assert plan_a.status == "concept"


@pytest.mark.django_db
def test_a_new_version_copies_the_answers_and_links_to_its_origin(redacteur_client, redacteur, plan_a):
    from planner.models import Plan

    filled = fill_plan(plan_a, redacteur)
    fix(redacteur_client, plan_a, bevestig_fouten="on")
    page = redacteur_client.get(reverse("planner:new_version", args=[plan_a.pk])).content.decode()
    assert 'value="2031"' in page and 'value="2034"' in page  # the next period of 2027–2030
    response = redacteur_client.post(reverse("planner:new_version", args=[plan_a.pk]), {
        "titel": "Plan A, vervolg", "periode_start": "2031", "periode_eind": "2034",
    })
    new = Plan.objects.get(titel="Plan A, vervolg")
    assert response["Location"] == reverse("planner:plan", args=[new.pk])
    assert new.origin == plan_a and new.status == "concept" and new.gemeente == plan_a.gemeente
    copied = new.answers()
    assert set(copied) == set(filled)
    assert copied["instrumenten"] == filled["instrumenten"]
    assert (copied["visie"]["beleidsperiode_start"], copied["visie"]["beleidsperiode_eind"]) == (2031, 2034)
    assert StepRevision.objects.filter(plan=new).count() == len(filled)
    plan_a.refresh_from_db()
    assert plan_a.status == "vastgesteld" and plan_a.answers()["visie"] == filled["visie"]


@pytest.mark.django_db
def test_a_new_version_needs_a_fixed_plan_and_edit_rights(client, redacteur_client, lezer, plan_a):
    from planner.models import Plan

    response = redacteur_client.post(reverse("planner:new_version", args=[plan_a.pk]), {
        "titel": "Te vroeg", "periode_start": "2031", "periode_eind": "2034",
    })
    assert response.status_code == 302 and not Plan.objects.filter(titel="Te vroeg").exists()
    Plan.objects.filter(pk=plan_a.pk).update(status="vastgesteld")
    client.force_login(lezer)
    response = client.post(reverse("planner:new_version", args=[plan_a.pk]), {
        "titel": "Van de lezer", "periode_start": "2031", "periode_eind": "2034",
    })
    assert response.status_code == 403 and not Plan.objects.filter(titel="Van de lezer").exists()


@pytest.mark.django_db
def test_the_history_page_leads_back_to_an_open_conflict(two_officers, plan_a, answers):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, **BOTH_CHANGED_THE_NAME), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    page = second.get(reverse("planner:history", args=[plan_a.pk])).content.decode()
    assert reverse("planner:conflict", args=[plan_a.pk, conflict.pk]) in page
    conflict.resolved_at = conflict.created_at
    conflict.save()
    page = second.get(reverse("planner:history", args=[plan_a.pk])).content.decode()
    assert reverse("planner:conflict", args=[plan_a.pk, conflict.pk]) not in page


@pytest.mark.django_db
def test_choosing_an_incomplete_answer_of_ones_own_never_saves_the_colleagues_instead(two_officers, plan_a, answers):
    _first, second, base = two_officers
    post_visie(second, plan_a, dict(answers, aantal_inwoners="veel", huidig_beleid="Mijn nieuwe tekst"), version=base)
    conflict = StepConflict.objects.get(plan=plan_a)
    second.post(reverse("planner:conflict", args=[plan_a.pk, conflict.pk]), {
        "versie": "2", "actie": "opslaan", "keuze-gemeente_naam": "collega",
    })
    row = StepAnswer.objects.get(plan=plan_a, step="visie")
    assert row.version == 2  # not saved: the chosen number of inhabitants is not valid yet
    assert row.draft["visie-aantal_inwoners"] == ["veel"]
    assert row.draft["visie-gemeente_naam"] == ["Versie van de beheerder"]
    assert row.draft["visie-huidig_beleid"] == ["Mijn nieuwe tekst"]
