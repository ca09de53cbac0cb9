"""Export a plan as JSON and import it again: lossless, and a bad file changes nothing."""
import copy
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from planner.history import transfer
from planner.models import AuditEvent, Plan, StepAnswer, StepRevision
from planner.wizard.storage import save_answers
from steps import demo_data
from steps.registry import SLUGS


@pytest.fixture
def full_plan(plan_a, redacteur):
    for slug, answers in demo_data.answers().items():
        save_answers(plan_a, slug, answers, redacteur, is_done=slug in SLUGS[:5])
    return plan_a


def export(client, plan):
    response = client.get(reverse("planner:export", args=[plan.pk]))
    assert response.status_code == 200
    return json.loads(response.content)


def upload(client, content, gemeente, name="plan.json"):
    if not isinstance(content, bytes):
        content = json.dumps(content).encode()
    return client.post(reverse("planner:plan_import"), {
        "bestand": SimpleUploadedFile(name, content, content_type="application/json"),
        "gemeente": gemeente.pk,
    })


def without_moment(exported):
    data = dict(exported)
    data.pop("geexporteerd_op")
    return data


@pytest.mark.django_db
def test_export_is_a_json_download_with_every_saved_step(redacteur_client, full_plan):
    response = redacteur_client.get(reverse("planner:export", args=[full_plan.pk]))
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == 'attachment; filename="lindewaarde-plan-a.json"'
    data = json.loads(response.content)
    assert data["formaat"] == transfer.FORMAT and data["versie"] == 1
    assert list(data["stappen"]) == list(SLUGS)
    assert data["stappen"]["visie"]["antwoorden"] == demo_data.answers()["visie"]
    assert data["stappen"]["visie"]["klaar"] is True and data["stappen"]["evaluatie"]["klaar"] is False
    assert data["plan"]["titel"] == "Plan A" and data["plan"]["gemeente"] == "Lindewaarde"
    assert AuditEvent.objects.filter(action="export", plan=full_plan).exists()


@pytest.mark.django_db
def test_a_lezer_may_export(client, lezer, full_plan):
    client.force_login(lezer)
    assert export(client, full_plan)["plan"]["titel"] == "Plan A"


@pytest.mark.django_db
def test_export_then_import_is_lossless(redacteur_client, redacteur, full_plan, gemeente_a):
    Plan.objects.filter(pk=full_plan.pk).update(besluit="Nog niet besloten")
    first = export(redacteur_client, full_plan)
    response = upload(redacteur_client, first, gemeente_a)
    imported = Plan.objects.exclude(pk=full_plan.pk).get()
    assert response["Location"] == reverse("planner:plan", args=[imported.pk])
    assert without_moment(export(redacteur_client, imported)) == without_moment(first)
    assert imported.status == "concept" and imported.answers() == full_plan.answers()
    assert StepRevision.objects.filter(plan=imported).count() == len(SLUGS)
    assert AuditEvent.objects.filter(action="import", plan=imported, user=redacteur).exists()


@pytest.mark.django_db
def test_a_vastgesteld_plan_is_imported_as_a_concept_with_a_note_of_its_decision(redacteur_client, full_plan,
                                                                                  gemeente_a):
    Plan.objects.filter(pk=full_plan.pk).update(status="vastgesteld", besluit="Besluit B&W 12-2026",
                                                vastgesteld_op="2026-10-01")
    first = export(redacteur_client, full_plan)
    response = upload(redacteur_client, first, gemeente_a)
    imported = Plan.objects.exclude(pk=full_plan.pk).get()
    assert response["Location"] == reverse("planner:plan", args=[imported.pk])
    assert imported.status == "concept" and imported.vastgesteld_op is None and imported.vastgesteld_door is None
    assert "vastgesteld op 1 oktober 2026" in imported.besluit and "Besluit B&W 12-2026" in imported.besluit
    assert imported.answers() == full_plan.answers()
    page = redacteur_client.get(response["Location"]).content.decode()
    assert "ingelezen als nieuw concept" in page
    # It can be changed, and vastgesteld again only through the vaststellen page.
    assert redacteur_client.get(reverse("planner:fix", args=[imported.pk])).status_code == 200
    assert AuditEvent.objects.get(action="import", plan=imported).detail["was_vastgesteld"] is True
    # Its own export imports again (the note keeps the besluit within its limit).
    again = export(redacteur_client, imported)
    assert again["plan"]["status"] == "concept" and again["plan"]["vastgesteld_op"] is None
    assert upload(redacteur_client, again, gemeente_a).status_code == 302


@pytest.mark.django_db
def test_a_long_decision_still_fits_after_the_note(redacteur_client, gemeente_a):
    data = _with(lambda d: d["plan"].update(status="vastgesteld", vastgesteld_op="2001-01-01", besluit="b" * 5000))
    assert upload(redacteur_client, data, gemeente_a).status_code == 302
    plan = Plan.objects.get()
    assert plan.status == "concept" and len(plan.besluit) <= 5000 and "1 januari 2001" in plan.besluit


@pytest.mark.django_db
def test_a_name_twice_in_one_object_is_refused(redacteur_client, gemeente_a):
    text = json.dumps(_exported())
    for twice in (text.replace('"titel": "Ingelezen"', '"titel": "Ingelezen", "titel": "Anders"'),
                  text.replace('"versie": 1', '"versie": 1, "versie": 1'),
                  text.replace('"gemeente_naam": ', '"gemeente_naam": "x", "gemeente_naam": ', 1)):
        assert twice != text
        page = upload(redacteur_client, twice.encode(), gemeente_a).content.decode().replace("&#x27;", "'")
        assert "Het plan is niet ingelezen" in page and "twee keer op dezelfde plek" in page
    assert not Plan.objects.exists()


UNSTORABLE = ["\udfff", "\ud800", "a\udc00b", "\x01", "x\x1by", "\x7f", "\x85", "\ufffe", "\U0010ffff"]


@pytest.mark.django_db
@pytest.mark.parametrize("text", UNSTORABLE)
@pytest.mark.parametrize("where, label", [
    (lambda d, v: d["stappen"]["visie"]["antwoorden"].update(huidig_beleid=v), "Stap 1, vraag '"),
    (lambda d, v: d["stappen"]["visie"]["antwoorden"]["doelen"][0].update(doel=v), "Stap 1, tabel '"),
    (lambda d, v: d["plan"].update(titel=v), "De titel van het plan"),
    (lambda d, v: d["plan"].update(besluit=v), "Het besluit"),
    (lambda d, v: d["plan"].update(gemeente=v), "De naam van de gemeente"),
    (lambda d, v: d["stappen"]["visie"]["antwoorden"].update({v: "x"}), "Stap 1"),
    (lambda d, v: d.update({v: 1}), "Het bestand"),
])
def test_a_text_the_planner_cannot_store_is_refused_naming_where(redacteur_client, gemeente_a, text, where, label):
    data = _with(lambda d: where(d, text))
    response = upload(redacteur_client, json.dumps(data).encode(), gemeente_a)  # ensure_ascii: "\\udfff"
    assert response.status_code == 200
    page = response.content.decode().replace("&#x27;", "'")
    assert "Het plan is niet ingelezen" in page
    assert label in page and "een teken dat de planner niet kan bewaren" in page, page
    assert not Plan.objects.exists()


@pytest.mark.django_db
def test_a_file_from_another_installation_imports_into_a_chosen_gemeente(client, make_user, gemeente_b, full_plan,
                                                                         redacteur_client):
    exported = export(redacteur_client, full_plan)  # as if downloaded elsewhere
    other = make_user("oosterveen", gemeente_b, "redacteur")
    client.force_login(other)
    response = upload(client, exported, gemeente_b)
    plan = gemeente_b.plans.get()
    assert response["Location"] == reverse("planner:plan", args=[plan.pk])
    assert plan.answers() == full_plan.answers()
    for url in (reverse("planner:preview", args=[plan.pk]), reverse("planner:check", args=[plan.pk]),
                reverse("planner:step", args=[plan.pk, "instrumenten"])):
        assert client.get(url).status_code == 200, url


def _exported():
    answers = demo_data.answers()
    return {
        "formaat": transfer.FORMAT, "versie": 1, "geexporteerd_op": "2026-11-27T10:00:00+00:00",
        "plan": {"titel": "Ingelezen", "periode_start": 2027, "periode_eind": 2030, "status": "concept",
                 "vastgesteld_op": None, "besluit": "", "gemeente": "Elders"},
        "stappen": {slug: {"antwoorden": answers[slug], "klaar": False} for slug in SLUGS},
    }


def _with(change):
    data = copy.deepcopy(_exported())
    change(data)
    return data


BAD_FILES = {
    "not json": (b"{dit is geen json", "geen geldig JSON-bestand"),
    "not utf-8": (b"\xff\xfe\x00", "geen geldig JSON-bestand"),
    "a list": (b"[1, 2, 3]", "geen plan uit de Beleidsplanner"),
    "another format": ({"formaat": "iets-anders", "versie": 1}, "geen plan uit de Beleidsplanner"),
    "a newer schema": (_with(lambda d: d.update(versie=2)), "nieuwere versie van de planner"),
    "NaN": (json.dumps(_exported()).replace('"periode_start": 2027', '"periode_start": NaN').encode(),
            "geen geldig JSON-bestand"),
    "deep nesting": (b"[" * 100000 + b"]" * 100000, "geen geldig JSON-bestand"),
    "an unknown step": (_with(lambda d: d["stappen"].update(stap9={"antwoorden": {}})), "Onbekende stap"),
    "an unknown question": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(hack=1)), "onbekende vraag"),
    "a number as text": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(aantal_inwoners="veel")),
                         "moet een getal zijn"),
    "an unknown choice": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(definitie_type="xyz")),
                          "keuze die de planner niet kent"),
    "too long a text": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(huidig_beleid="x" * 6000)),
                        "gebruik maximaal 5.000 tekens. U heeft er 1.000 te veel"),
    "a NUL character": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(gemeente_naam="a\x00b")),
                        "Stap 1, vraag 'Naam gemeente'"),
    "a table of text": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(doelen="veel")),
                        "moet een lijst met rijen zijn"),
    "too many rows": (_with(lambda d: d["stappen"]["visie"]["antwoorden"].update(
        doelen=d["stappen"]["visie"]["antwoorden"]["doelen"] * 20)), "meer dan 15 rijen"),
    "an unknown column": (_with(lambda d: d["stappen"]["visie"]["antwoorden"]["doelen"][0].update(x=1)),
                          "onbekende kolom"),
    "a bad date in a table": (_with(lambda d: d["stappen"]["visie"]["antwoorden"]["doelen"][0].update(
        termijn="31-12-2030")), "moet een datum zijn"),
    "a missing title": (_with(lambda d: d["plan"].update(titel="")), "titel van het plan ontbreekt"),
    "years the wrong way round": (_with(lambda d: d["plan"].update(periode_start=2031)), "beleidsperiode"),
    "an unknown status": (_with(lambda d: d["plan"].update(status="gearchiveerd")), "status van het plan is onbekend"),
    "steps as a list": (_with(lambda d: d.update(stappen=[])), "'stappen' ontbreekt"),
    "a step without answers": (_with(lambda d: d["stappen"].update(visie={"klaar": True})), "niet de goede vorm"),
    "an unknown top-level key": (_with(lambda d: d.update(extra=1)), "Onbekend onderdeel in het bestand: 'extra'"),
    "a besluit too long": (_with(lambda d: d["plan"].update(besluit="b" * 5001)), "Het besluit moet tekst zijn"),
    "a besluit that is no text": (_with(lambda d: d["plan"].update(besluit=12)), "Het besluit moet tekst zijn"),
    # The step's own form checks the file too (domain.md 0.1): a choice in a table row that is
    # not in the list is refused as the form refuses it.
    "a choice in a table that is not in the list": (
        _with(lambda d: d["stappen"]["visie"]["antwoorden"]["doelen"][0].update(v_gebied="xyz")),
        "Stap 1, Doelen, rij 1, V-gebied: Kies één van de mogelijkheden uit de lijst."),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_gives_a_dutch_error_and_changes_nothing(redacteur_client, gemeente_a, full_plan, name):
    content, message = BAD_FILES[name]
    before = (Plan.objects.count(), StepAnswer.objects.count(), StepRevision.objects.count())
    response = upload(redacteur_client, content, gemeente_a)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Het plan is niet ingelezen" in page and "Er is niets veranderd" in page
    assert message in page.replace("&#x27;", "'"), page[page.find("error-summary__list"):][:800]
    assert (Plan.objects.count(), StepAnswer.objects.count(), StepRevision.objects.count()) == before


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused_before_reading(redacteur_client, gemeente_a, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_BYTES", 1000)
    response = upload(redacteur_client, _with(lambda d: None), gemeente_a)
    assert "Het bestand is te groot" in response.content.decode()
    assert not Plan.objects.exists()


@pytest.mark.django_db
def test_a_plan_that_cannot_be_shown_is_rolled_back(redacteur_client, gemeente_a, monkeypatch):
    def broken(plan):
        raise RuntimeError("kapot")

    monkeypatch.setattr(transfer, "_show_everywhere", broken)
    response = upload(redacteur_client, _exported(), gemeente_a)
    assert "passen niet bij deze versie van de planner" in response.content.decode()
    assert not Plan.objects.exists() and not StepAnswer.objects.exists()


@pytest.mark.django_db
def test_a_half_done_plan_imports(redacteur_client, gemeente_a):
    data = _with(lambda d: d["stappen"].update({"visie": {"antwoorden": {"gemeente_naam": "Elders"}}}))
    upload(redacteur_client, data, gemeente_a)
    assert Plan.objects.get().answers()["visie"] == {"gemeente_naam": "Elders"}


@pytest.mark.django_db
def test_import_only_into_an_own_gemeente_with_edit_rights(client, redacteur_client, lezer, gemeente_a, gemeente_b):
    response = upload(redacteur_client, _exported(), gemeente_b)
    assert "Kies een gemeente uit de lijst." in response.content.decode()
    client.force_login(lezer)
    assert upload(client, _exported(), gemeente_a).status_code == 403
    assert not Plan.objects.exists()
