"""The PDF's cache key is worked out once per request (issue 18: from click to download).

The key holds the plan's version number, which reads every step's answers and the plan's document
versions. The download and each check of the wait page ask for the key several times; they now
share one computation per plan object, and a plan object that changes gets a new key.
"""
import pytest
from django.urls import reverse
from django_tasks import default_task_backend

from planner.document import cache as pdf_cache
from planner.document import pdf, versions
from planner.models import Plan


@pytest.fixture
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend.results


@pytest.fixture
def numbering(monkeypatch):
    """Counts how often the version number (the expensive part of the key) is worked out."""
    calls = []
    number_for = versions.number_for

    def counted(plan, answers=None):
        calls.append(plan.pk)
        return number_for(plan, answers)

    monkeypatch.setattr(versions, "number_for", counted)
    return calls


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "head"])
def test_a_check_of_the_wait_page_works_out_the_key_once(redacteur_client, plan_a, queued, renders, numbering,
                                                         method):
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 202  # the click: the render is queued
    numbering.clear()

    response = getattr(redacteur_client, method)(url)  # the wait page asks again: not ready yet

    assert response.status_code == 202
    assert numbering == [plan_a.pk]
    assert len(queued) == 1


@pytest.mark.django_db
def test_the_worker_works_out_the_key_once_per_render(plan_a, renders, numbering, monkeypatch):
    from types import SimpleNamespace

    from planner.document.tasks import render_plan_pdf

    # Only the cache's own work counts here: the plan document puts the number on its cover.
    monkeypatch.setattr(pdf_cache, "build", lambda plan, **kwargs: SimpleNamespace(plan=plan))

    assert render_plan_pdf.call(plan_a.pk, plan_a.revisie, pdf.DEFAULT_VARIANT) is True
    assert renders == [(plan_a.pk, pdf.DEFAULT_VARIANT)]
    assert numbering == [plan_a.pk]
    assert pdf_cache.cached_pdf(Plan.objects.get(pk=plan_a.pk)) is not None  # under the same key


@pytest.mark.django_db
def test_a_changed_plan_object_gets_a_new_key(plan_a):
    key = pdf_cache.cache_key(plan_a, "pdfua")
    assert pdf_cache.cache_key(plan_a, "pdfua") == key
    assert pdf_cache.cache_key(plan_a, "pdfa") != key

    plan_a.revisie += 1
    new_revision = pdf_cache.cache_key(plan_a, "pdfua")
    assert new_revision != key

    plan_a.besluit = "Vastgesteld door de raad"
    plan_a.status = Plan.Status.VASTGESTELD
    vastgesteld = pdf_cache.cache_key(plan_a, "pdfua")
    assert vastgesteld != new_revision
    assert ":1.0:" in vastgesteld  # the number of the vastgesteld plan, worked out again


@pytest.mark.django_db
def test_another_request_sees_a_number_given_meanwhile(plan_a, redacteur):
    before = pdf_cache.cache_key(Plan.objects.get(pk=plan_a.pk), "pdfua")
    versions.assign(plan_a, "pdf", redacteur)  # 0.1, as the key said it would be
    plan_a.titel = "Plan A, nieuwe titel"
    plan_a.save()
    versions.assign(plan_a, "pdf", redacteur)  # other content: 0.2

    after = pdf_cache.cache_key(Plan.objects.get(pk=plan_a.pk), "pdfua")
    assert ":0.1:" in before and ":0.2:" in after
