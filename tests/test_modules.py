"""Verdieping: switching the eight modules on and off per plan, and what that does to the plan.

A module switched off leaves no trace in the plan (documents, advisor, facts) but keeps its
answers; switched on again, they are back. Its pages are there only while it is on.
"""
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from planner.document import pdf
from planner.document.assemble import build
from planner.history.transfer import export_plan
from planner.models import AuditEvent, Plan, StepAnswer
from planner.wizard.storage import save_answers
from steps import demo_data, outlines
from steps.registry import BY_SLUG, MODULE_SLUGS, MODULES, SLUGS
from tests.steps.postdata import post_data

ALL_ANSWERS = {**demo_data.answers(), **demo_data.section_answers()}


def fill_plan(plan, user, slugs):
    for slug in slugs:
        if slug in ALL_ANSWERS:
            save_answers(plan, slug, ALL_ANSWERS[slug], user)


def switch(client, plan, *slugs):
    return client.post(reverse("planner:modules", args=[plan.pk]), {"modules": list(slugs)})


def document_text(plan, document=outlines.DEFAULT):
    doc = build(Plan.objects.get(pk=plan.pk), document=document)
    return "\n".join(f"{chapter.heading}\n{block_text(chapter.blocks)}" for chapter in doc.contents)


def chapter_titles(plan, document=outlines.DEFAULT):
    return [chapter.title for chapter in build(Plan.objects.get(pk=plan.pk), document=document).contents]


def block_text(blocks):
    parts = []
    for block in blocks:
        parts.append(str(getattr(block, "text", "") or getattr(block, "caption", "")))
        for row in getattr(block, "rows", []) or []:
            parts.append(" ".join(map(str, row)))
        for item in getattr(block, "items", []) or []:
            parts.append(" ".join(map(str, item)) if isinstance(item, (list, tuple)) else str(item))
        parts.append(block_text(getattr(block, "blocks", []) or []))
    return "\n".join(part for part in parts if part)


def pdf_text(plan, document=outlines.DEFAULT):
    content = pdf.render_plan(build(Plan.objects.get(pk=plan.pk), document=document))
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


@pytest.mark.django_db
def test_the_overview_offers_every_module_with_what_it_adds(redacteur_client, plan_a):
    page = redacteur_client.get(reverse("planner:plan", args=[plan_a.pk])).content.decode()
    assert 'action="%s"' % reverse("planner:modules", args=[plan_a.pk]) in page
    for module in MODULES:
        assert f'value="{module.SLUG}"' in page
        assert module.WHAT_FOR.replace("'", "&#x27;") in page
    assert "Nog geen mandaat of visie? Begin met Opdracht en integrale visie." in page


@pytest.mark.django_db
def test_a_lezer_sees_which_modules_are_on_but_cannot_switch(client, lezer, plan_a):
    plan_a.modules = ["wonen"]
    plan_a.save()
    client.force_login(lezer)
    page = client.get(reverse("planner:plan", args=[plan_a.pk])).content.decode()
    assert 'name="modules"' not in page
    assert "Wonen en mantelzorg: aan" in page and "Persona&#x27;s: uit" in page
    assert switch(client, plan_a, "personas").status_code == 403
    plan_a.refresh_from_db()
    assert plan_a.modules == ["wonen"]


@pytest.mark.django_db
def test_switching_on_adds_the_module_to_the_wizard_overview_and_log(redacteur_client, plan_a):
    revisie = plan_a.revisie
    response = switch(redacteur_client, plan_a, "personas", "pitch")
    assert response.status_code == 302 and response["Location"].endswith("#verdieping")
    plan_a.refresh_from_db()
    assert plan_a.modules == ["pitch", "personas"]  # in the registry's order
    assert plan_a.revisie == revisie + 1  # a new revision: the PDF made in advance is outdated
    event = AuditEvent.objects.get(action=AuditEvent.Action.MODULES)
    assert event.detail["aan"] == ["Elevator pitch", "Persona's"] and event.detail["uit"] == []

    overview = redacteur_client.get(reverse("planner:plan", args=[plan_a.pk])).content.decode()
    assert 'id="status-personas"' in overview and 'id="status-pitch"' in overview
    assert 'id="status-wonen"' not in overview
    step = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "personas"]))
    assert step.status_code == 200
    assert "Verdieping 8" in step.content.decode()


@pytest.mark.django_db
def test_a_module_that_is_off_has_no_page(redacteur_client, plan_a):
    response = redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "wonen"]))
    assert response.status_code == 302
    assert response["Location"] == reverse("planner:plan", args=[plan_a.pk]) + "#verdieping"
    assert redacteur_client.get(reverse("planner:step", args=[plan_a.pk, "bestaat-niet"])).status_code == 404


@pytest.mark.django_db
def test_step_8_leads_to_beleid_and_then_to_the_modules_that_are_on(redacteur_client, plan_a):
    plan_a.modules = ["personas"]
    plan_a.save()
    def next_after(slug):
        data = post_data(BY_SLUG[slug].Form, {}, plan_answers={})
        data["plan_wizard-current_step"] = slug
        response = redacteur_client.post(reverse("planner:step", args=[plan_a.pk, slug]), data)
        assert response.status_code == 302, slug
        return response["Location"]

    assert next_after("evaluatie") == reverse("planner:step", args=[plan_a.pk, "aanbod"])
    assert next_after("aanbod") == reverse("planner:step", args=[plan_a.pk, "financien"])
    # "Volgende" from Beleid 2 goes to the first module that is on, skipping those that are off.
    assert next_after("financien") == reverse("planner:step", args=[plan_a.pk, "personas"])
    assert next_after("personas") == reverse("planner:check", args=[plan_a.pk])


@pytest.mark.django_db
def test_switching_off_keeps_the_answers_and_switching_on_brings_them_back(redacteur_client, redacteur, plan_a):
    switch(redacteur_client, plan_a, "wonen")
    plan_a.refresh_from_db()
    fill_plan(plan_a, redacteur, ["wonen"])
    assert "wonen" in plan_a.answers()

    switch(redacteur_client, plan_a)
    plan_a.refresh_from_db()
    assert plan_a.modules == []
    assert "wonen" not in plan_a.answers()
    assert StepAnswer.objects.get(plan=plan_a, step="wonen").answers == ALL_ANSWERS["wonen"]

    switch(redacteur_client, plan_a, "wonen")
    plan_a.refresh_from_db()
    assert plan_a.answers()["wonen"] == ALL_ANSWERS["wonen"]


@pytest.mark.django_db
def test_a_module_switched_on_but_empty_is_in_the_answers_as_empty(plan_a):
    plan_a.modules = ["lobby"]
    assert plan_a.answers() == {"lobby": {}}


@pytest.mark.django_db
def test_what_was_typed_on_a_module_switched_off_meanwhile_is_kept(redacteur_client, plan_a):
    response = redacteur_client.post(reverse("planner:step", args=[plan_a.pk, "wonen"]),
                                     {"wonen-ambitie_wonen_mantelzorg": "Mijn getypte ambitie"})
    assert response.status_code == 302
    row = StepAnswer.objects.get(plan=plan_a, step="wonen")
    assert row.draft == {"wonen-ambitie_wonen_mantelzorg": ["Mijn getypte ambitie"]}


@pytest.mark.django_db
def test_an_unknown_module_changes_nothing(redacteur_client, plan_a):
    switch(redacteur_client, plan_a, "wonen")
    response = switch(redacteur_client, plan_a, "wonen", "bestaat-niet")
    assert response.status_code == 302
    plan_a.refresh_from_db()
    assert plan_a.modules == ["wonen"]


@pytest.mark.django_db
@pytest.mark.parametrize("document", [outline.key for outline in outlines.OUTLINES])
def test_modules_switched_off_leave_every_document_as_it_was(redacteur, plan_a, document):
    fill_plan(plan_a, redacteur, SLUGS + ("aanbod", "financien"))
    without = document_text(plan_a, document)
    fill_plan(plan_a, redacteur, MODULE_SLUGS)  # answered, but switched off
    assert document_text(plan_a, document) == without


@pytest.mark.django_db
@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.SLUG)
def test_a_module_switched_on_adds_its_chapter(redacteur, plan_a, module):
    fill_plan(plan_a, redacteur, SLUGS + (module.SLUG,))
    before = document_text(plan_a)
    assert module.PLAN_TITLE not in chapter_titles(plan_a)
    plan_a.modules = [module.SLUG]
    plan_a.save()
    after = document_text(plan_a)
    assert module.PLAN_TITLE in chapter_titles(plan_a)
    assert len(after) > len(before)
    written = module.plan_section(ALL_ANSWERS[module.SLUG], ALL_ANSWERS)
    # Every sentence the module writes is in the document (its chapter and any appendix of it).
    for block in written.blocks:
        text = getattr(block, "text", "")
        if block.kind == "paragraph" and text and "{letter}" not in getattr(block, "sentence", ""):
            assert text in after


@pytest.mark.django_db
def test_the_pdf_text_is_the_same_with_module_answers_switched_off(redacteur, plan_a):
    fill_plan(plan_a, redacteur, SLUGS)
    without = pdf_text(plan_a)
    fill_plan(plan_a, redacteur, ["pitch", "personas"])
    assert pdf_text(plan_a) == without
    plan_a.modules = ["pitch", "personas"]
    plan_a.save()
    with_modules = pdf_text(plan_a)
    assert len(with_modules) > len(without)
    whole = "\n".join(with_modules)
    assert "Pitches per doelgroep" in whole and "Persona's" in whole


@pytest.mark.django_db
def test_export_and_import_keep_the_modules_and_their_answers(redacteur_client, redacteur, plan_a):
    plan_a.modules = ["personas"]
    plan_a.save()
    fill_plan(plan_a, redacteur, ["visie", "personas", "wonen"])  # wonen: stored, but off
    exported = export_plan(plan_a)
    assert exported["plan"]["verdieping"] == ["personas"]
    assert set(exported["stappen"]) == {"visie", "personas", "wonen"}

    upload = SimpleUploadedFile("plan.json", json.dumps(exported).encode(), content_type="application/json")
    response = redacteur_client.post(reverse("planner:plan_import"),
                                     {"bestand": upload, "gemeente": plan_a.gemeente.pk})
    assert response.status_code == 302
    imported = Plan.objects.exclude(pk=plan_a.pk).get()
    assert imported.modules == ["personas"]
    assert imported.answers() == plan_a.answers()
    assert StepAnswer.objects.get(plan=imported, step="wonen").answers == ALL_ANSWERS["wonen"]


@pytest.mark.django_db
def test_an_import_naming_an_unknown_module_is_refused(redacteur_client, redacteur, plan_a):
    exported = export_plan(plan_a)
    exported["plan"]["verdieping"] = ["onzin"]
    upload = SimpleUploadedFile("plan.json", json.dumps(exported).encode(), content_type="application/json")
    response = redacteur_client.post(reverse("planner:plan_import"),
                                     {"bestand": upload, "gemeente": plan_a.gemeente.pk})
    assert response.status_code == 200
    assert "De lijst &#x27;verdieping&#x27; mag alleen verdiepingen van de planner noemen." in response.content.decode()
    assert Plan.objects.count() == 1
