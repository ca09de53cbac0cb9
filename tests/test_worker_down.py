"""A PDF worker that is down is not a silent wait: the web process renders instead, and the
health check for monitoring says the worker is missing."""
import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks import default_task_backend

from planner.document import cache as pdf_cache
from planner.document import pdf, tasks


@pytest.fixture
def worker_down(settings):
    """Tasks are queued in the database and nobody runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    default_task_backend  # noqa: B018  (the backend is rebuilt from the setting)


def age_pending(plan, seconds):
    key = pdf_cache.pending_key(pdf_cache.cache_key(plan, pdf.DEFAULT_VARIANT))
    pdf_cache.cache.set(key, pdf_cache.pending_since(plan, pdf.DEFAULT_VARIANT) - seconds)


@pytest.mark.django_db(transaction=True)  # db_worker closes the connection when it is done
def test_a_render_no_worker_starts_is_made_by_the_web_process_after_the_wait(
        redacteur_client, plan_a, worker_down, settings, renders):
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 202
    assert redacteur_client.head(url).status_code == 202  # still within the wait: the worker may come
    assert renders == []

    age_pending(plan_a, settings.PDF_WORKER_WAIT_SECONDS)
    response = redacteur_client.head(url)  # what the wait page's script asks

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert renders == [(plan_a.pk, "pdfua")]
    # The worker that comes back later finds the PDF made and does not render it again.
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert renders == [(plan_a.pk, "pdfua")]


@pytest.mark.django_db
def test_a_render_whose_worker_died_halfway_is_made_again(redacteur_client, plan_a, worker_down, settings, renders):
    url = reverse("planner:pdf", args=[plan_a.pk])
    redacteur_client.get(url)
    assert pdf_cache.claim_render(plan_a, pdf.DEFAULT_VARIANT, 60)  # a worker started it ...
    age_pending(plan_a, settings.PDF_WORKER_WAIT_SECONDS)
    assert redacteur_client.get(url).status_code == 202  # ... and may still be busy
    assert renders == []

    pdf_cache.release_render(plan_a, pdf.DEFAULT_VARIANT)  # ... its claim ran out: it died
    assert redacteur_client.get(url).status_code == 200
    assert renders == [(plan_a.pk, "pdfua")]


@pytest.mark.django_db(transaction=True)
def test_the_worker_health_check_rings_when_work_waits_and_no_worker_was_seen(
        client, redacteur_client, plan_a, worker_down, settings, renders):
    health = reverse("health_worker")
    assert client.get(health).status_code == 200  # no work waiting: nothing to say

    redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]))
    assert client.get(health).status_code == 200  # queued just now: within the wait

    settings.PDF_WORKER_WAIT_SECONDS = 0
    pdf_cache.cache.delete(tasks.WORKER_SEEN_KEY)
    response = client.get(health)
    assert response.status_code == 503 and "niet gezien" in response.content.decode()

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert client.get(health).status_code == 200
