"""Version numbers of the documents, as Dutch gemeenten number them (issue 13).

Concept 0.1, 0.2, ... going up only when the content changed since the last document; the
vastgesteld plan 1.0; a new version after it 1.1. Drafts and refused saves never count.
"""
import io
import re

import pytest
from django.urls import reverse
from odfdo import Document

from planner.document import cache as pdf_cache
from planner.document import pdf, versions
from planner.document.assemble import build
from planner.models import DocumentVersion, Plan, StepAnswer
from planner.pages.status import start_new_version
from planner.wizard.storage import save_answers
from steps import demo_data
from steps.registry import BY_SLUG
from tests.steps.postdata import post_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def numbers(monkeypatch):
    """The version each rendered PDF carried, in render order (a stand-in PDF, so it stays fast)."""
    rendered = []

    def fake_render(document, *, variant=pdf.DEFAULT_VARIANT, fetcher=None):
        rendered.append(document.version)
        return f"%PDF-1.7 versie {document.version}".encode()

    monkeypatch.setattr(pdf, "render_plan", fake_render)
    return rendered


def download(client, plan, formaat="pdf"):
    name = {"pdf": "planner:pdf", "odt": "planner:odt", "docx": "planner:docx"}[formaat]
    response = client.get(reverse(name, args=[plan.pk]))
    assert response.status_code == 200, response.status_code
    return response.content


def stored_numbers(plan):
    return [version.number for version in DocumentVersion.objects.filter(plan=plan).order_by("pk")]


def save_demo(plan, user, **visie):
    answers = demo_data.answers()
    answers["visie"].update(visie)
    for slug, step_answers in answers.items():
        save_answers(plan, slug, step_answers, user)


def refused_save(client, plan):
    data = post_data(BY_SLUG["visie"].Form, demo_data.answers()["visie"])
    data["plan_wizard-current_step"] = "visie"
    data["visie-aantal_inwoners"] = "veel"  # not a number: refused, kept as a draft
    response = client.post(reverse("planner:step", args=[plan.pk, "visie"]), data)
    assert response.status_code == 200
    assert StepAnswer.objects.get(plan=plan, step="visie").draft is not None  # refused, kept as a draft


def test_documents_are_numbered_by_their_content(redacteur_client, redacteur, plan_a, numbers):
    save_demo(plan_a, redacteur)
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 0.1"
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 0.1"  # the same content again

    # Saving the same answers again, a draft and a refused save move the revision, not the number.
    save_answers(plan_a, "visie", demo_data.answers()["visie"], redacteur)
    refused_save(redacteur_client, plan_a)
    plan_a.refresh_from_db()
    assert plan_a.revisie > len(demo_data.answers())
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 0.1"
    assert stored_numbers(plan_a) == ["0.1"]

    # A change of content: the next document is 0.2, in every format.
    save_answers(plan_a, "visie", {**demo_data.answers()["visie"], "aantal_inwoners": 15000}, redacteur)
    plan_a.refresh_from_db()
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 0.2"
    download(redacteur_client, plan_a, "docx")
    assert stored_numbers(plan_a) == ["0.1", "0.2"]
    assert DocumentVersion.objects.get(plan=plan_a, minor=2).formats == ["pdf", "docx"]

    # Back to the content of 0.1: the same content gets the same number.
    save_answers(plan_a, "visie", demo_data.answers()["visie"], redacteur)
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 0.1"

    # Vaststellen: 1.0.
    response = redacteur_client.post(reverse("planner:fix", args=[plan_a.pk]), {
        "vastgesteld_op": "2026-11-01", "besluit": "Vastgesteld door het college.", "bevestig_fouten": "on"})
    assert response.status_code == 302
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 1.0"
    assert stored_numbers(plan_a) == ["0.1", "0.2", "1.0"]

    # A new version for the next period goes on at 1.1.
    plan_a.refresh_from_db()
    nieuw = start_new_version(plan_a, redacteur, titel="Plan A 2031", periode_start=2031, periode_eind=2034)
    assert download(redacteur_client, nieuw) == b"%PDF-1.7 versie 1.1"
    save_answers(nieuw, "visie", {**demo_data.answers()["visie"], "aantal_inwoners": 16000}, redacteur)
    assert download(redacteur_client, nieuw) == b"%PDF-1.7 versie 1.2"

    # The overview says which number a document of the plan as it is now carries.
    overview = redacteur_client.get(reverse("planner:plan", args=[nieuw.pk])).content.decode()
    assert "<span data-document-version>1.2</span>" in overview

    # The history page shows which number each document had.
    page = redacteur_client.get(reverse("planner:history", args=[plan_a.pk])).content.decode()
    assert re.findall(r"<th[^>]*data-version>([\d.]+)</th>", page) == ["1.0", "0.2", "0.1"]
    assert "PDF, DOCX" in page


def test_the_cover_and_the_properties_carry_the_number(redacteur_client, redacteur, plan_a, numbers):
    save_demo(plan_a, redacteur)
    odt = Document(io.BytesIO(download(redacteur_client, plan_a, "odt")))
    assert build(plan_a).version == "0.1"
    assert odt.meta.get_user_defined_metadata()["Versie"] == "0.1"


def test_a_render_in_advance_gives_no_number(redacteur, plan_a, numbers):
    save_demo(plan_a, redacteur)
    assert versions.number_for(plan_a) == "0.1"
    build(plan_a)  # what the worker's render in advance does
    assert not DocumentVersion.objects.filter(plan=plan_a).exists()


def test_the_cached_pdf_and_its_number_agree(redacteur_client, redacteur, plan_a, numbers):
    # Made in advance for content X with the number X would get (0.1); before its download,
    # another content is downloaded and takes 0.1. X's download must then render 0.2.
    save_demo(plan_a, redacteur)
    pdf_cache.render_and_cache(plan_a)  # in advance: 0.1, nothing stored
    assert numbers == ["0.1"]
    other = Plan.objects.get(pk=plan_a.pk)
    save_answers(other, "visie", {**demo_data.answers()["visie"], "aantal_inwoners": 1}, redacteur)
    download(redacteur_client, other)  # 0.1 for this content
    save_answers(other, "visie", demo_data.answers()["visie"], redacteur)  # back to X
    assert download(redacteur_client, plan_a) == b"%PDF-1.7 versie 0.2"


def test_notes_do_not_change_the_number(redacteur, plan_a):
    save_demo(plan_a, redacteur)
    before = versions.content_digest(plan_a)
    save_answers(plan_a, "visie", {**demo_data.answers()["visie"], "stap_notities": "intern"}, redacteur)
    assert versions.content_digest(plan_a) == before
