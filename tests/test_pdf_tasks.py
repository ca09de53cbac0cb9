"""Rendering the PDF off the request path: the wait page, one task per PDF, and the worker.

tests/settings.py runs tasks at once (ImmediateBackend); these tests switch to the dummy
backend (tasks are only queued) or to the database backend with a real `db_worker` run.
"""
import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks import default_task_backend

from planner.document import cache as pdf_cache
from planner.document import pdf, tasks
from planner.models import Plan
from planner.document.tasks import render_plan_pdf


@pytest.fixture
def queued(settings):
    """Tasks are queued, not run: the list of queued results, as a worker would find them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend.results


def run_queued(results):
    for result in results:
        result.task.call(*result.args, **result.kwargs)


@pytest.mark.django_db
def test_it_shows_a_wait_page_while_the_pdf_is_made(redacteur_client, plan_a, queued, renders):
    response = redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]) + "?variant=pdfa")

    assert response.status_code == 202
    assert response["Content-Type"].startswith("text/html")
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "Het plan wordt gemaakt" in html
    url = reverse("planner:pdf", args=[plan_a.pk]) + "?variant=pdfa"
    assert f'data-pdf-wacht="{url}"' in html  # static/js/app.js asks this URL until the PDF is there
    assert 'http-equiv="refresh"' not in html  # no page that reloads by itself (WCAG 2.2.1)
    assert 'role="status"' in html
    assert f'href="{reverse("planner:pdf", args=[plan_a.pk])}?variant=pdfa"' in html
    assert renders == []  # nothing rendered inside the request


@pytest.mark.django_db
def test_refreshing_the_wait_page_queues_one_task(redacteur_client, plan_a, queued, renders):
    url = reverse("planner:pdf", args=[plan_a.pk])
    for _ in range(3):
        assert redacteur_client.get(url).status_code == 202
    redacteur_client.get(url + "?variant=pdfa")

    assert [(r.args, r.task.name) for r in queued] == [
        ([plan_a.pk, plan_a.revisie, "pdfua"], "render_plan_pdf"),
        ([plan_a.pk, plan_a.revisie, "pdfa"], "render_plan_pdf"),
    ]


@pytest.mark.django_db
def test_the_wait_page_becomes_the_download_once_the_worker_is_done(redacteur_client, plan_a, queued, renders):
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 202

    run_queued(queued)
    response = redacteur_client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content == b"%PDF-1.7 stand-in pdfua"
    assert renders == [(plan_a.pk, "pdfua")]
    assert len(queued) == 1


@pytest.mark.django_db
def test_a_plan_saved_meanwhile_gets_a_new_task_and_the_old_one_renders_nothing(
        redacteur_client, plan_a, queued, renders):
    url = reverse("planner:pdf", args=[plan_a.pk])
    redacteur_client.get(url)
    Plan.objects.filter(pk=plan_a.pk).update(revisie=plan_a.revisie + 1)

    assert redacteur_client.get(url).status_code == 202
    run_queued(queued)

    assert [r.args[1] for r in queued] == [plan_a.revisie, plan_a.revisie + 1]
    assert renders == [(plan_a.pk, "pdfua")]  # only the new revision
    assert redacteur_client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_task_for_a_deleted_plan_does_nothing(plan_a, renders):
    plan_id, revision = plan_a.pk, plan_a.revisie
    plan_a.delete()

    assert render_plan_pdf.call(plan_id, revision, "pdfua") is False
    assert renders == []


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_renders_the_queued_pdf(redacteur_client, plan_a, settings, renders):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 202

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    response = redacteur_client.get(url)
    assert response.status_code == 200
    assert response.content == b"%PDF-1.7 stand-in pdfua"
    assert renders == [(plan_a.pk, "pdfua")]


@pytest.fixture
def broken_render(monkeypatch):
    calls = []

    def fail(document, *, variant=pdf.DEFAULT_VARIANT, fetcher=None):
        calls.append(variant)
        raise RuntimeError("WeasyPrint struikelde")

    monkeypatch.setattr(pdf, "render_plan", fail)
    return calls


@pytest.mark.django_db
def test_a_failed_render_shows_an_error_page_and_a_minute_later_tries_again(
        redacteur_client, plan_a, queued, broken_render):
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 202
    with pytest.raises(RuntimeError):
        run_queued(queued)

    response = redacteur_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert "De PDF kon niet worden gemaakt" in html and 'role="alert"' in html
    assert "http-equiv=\"refresh\"" not in html  # no endless refreshing of a failure
    assert "no-cache" in response["Cache-Control"]
    assert len(queued) == 1  # no new task while the failure is shown

    # The marker expires after FAILED_SECONDS; then a reload queues a new render.
    pdf_cache.cache.delete(pdf_cache.failed_key(pdf_cache.cache_key(plan_a, pdf.DEFAULT_VARIANT)))
    assert redacteur_client.get(url).status_code == 202
    assert len(queued) == 2


@pytest.mark.django_db
def test_after_saves_the_pdf_is_made_in_advance_once_the_plan_is_left_alone(
        redacteur_client, plan_a, queued, renders, settings, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from planner.document.tasks import prerender_plan_pdf
    from steps import demo_data
    from tests.test_pages import post_step

    answers = demo_data.answers()["visie"]
    for name in ("Lindewaarde", "Lindewaarde-Oost"):  # each save commits on its own
        with django_capture_on_commit_callbacks(execute=True):
            post_step(redacteur_client, plan_a, "visie", {**answers, "gemeente_naam": name})

    # One waiting task for the plan, however often it is saved, and it waits.
    [first] = queued
    wait = timedelta(seconds=settings.PDF_PRERENDER_SECONDS)
    assert first.task.name == prerender_plan_pdf.name and first.task.priority == tasks.PRERENDER_PRIORITY
    assert timezone.now() + wait - timedelta(seconds=30) < first.task.run_after <= timezone.now() + wait

    # It finds the plan changed since it was queued: it waits another round, for the new revision.
    plan_a.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        run_queued([first])
    assert renders == []
    [_, second] = queued
    assert second.args == [plan_a.pk, plan_a.revisie]
    # It waits until the plan has been left alone that long since its last change, not since the check.
    assert second.task.run_after == plan_a.updated_at + wait

    run_queued([second])  # left alone: now it renders
    assert renders == [(plan_a.pk, "pdfua")]
    response = redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]))
    assert response.status_code == 200  # ready at the first click
    assert len(queued) == 2  # and the click queued nothing


@pytest.mark.django_db
def test_making_pdfs_in_advance_can_be_switched_off(redacteur_client, plan_a, queued, settings,
                                                    django_capture_on_commit_callbacks):
    from steps import demo_data
    from tests.test_pages import post_step

    settings.PDF_PRERENDER_SECONDS = 0
    with django_capture_on_commit_callbacks(execute=True):
        assert post_step(redacteur_client, plan_a, "visie", demo_data.answers()["visie"]).status_code == 302
    assert queued == []


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_makes_the_pdf_in_advance_only_when_its_time_has_come(plan_a, settings, renders):
    import time

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.PDF_PRERENDER_SECONDS = 1
    assert tasks.prerender_later(plan_a.pk) is not None
    assert tasks.prerender_later(plan_a.pk) is None  # one waiting per plan

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert renders == []  # not yet
    time.sleep(1.2)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert renders == [(plan_a.pk, "pdfua")]
