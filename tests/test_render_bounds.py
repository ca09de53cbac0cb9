"""No single plan can hold the shared PDF worker: renders have a time limit, one render per
plan, revision and variant runs at a time, and a gemeente has a cap on waiting renders."""
import time

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks import default_task_backend

from planner.document import cache as pdf_cache
from planner.document import pdf, tasks
from planner.models import Plan


@pytest.fixture
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend.results


@pytest.fixture
def endless_render(monkeypatch):
    """A render that would run for a minute, as one with a pathological answer did."""
    def slow(document, *, variant=pdf.DEFAULT_VARIANT, fetcher=None):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            sum(range(1000))  # Python code, like WeasyPrint's line breaking
        return b"%PDF never"

    monkeypatch.setattr(pdf, "render_plan", slow)


@pytest.mark.django_db
def test_a_render_past_the_time_limit_is_stopped_and_the_officer_told(
        redacteur_client, plan_a, queued, endless_render, settings):
    settings.PDF_RENDER_SECONDS = 1
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 202

    started = time.monotonic()
    with pytest.raises(tasks.RenderTooLong):
        for result in queued:
            result.task.call(*result.args, **result.kwargs)
    assert time.monotonic() - started < 5

    html = redacteur_client.get(url).content.decode()
    assert "duurde te lang" in html and "op het scherm" in html
    assert pdf_cache.render_failed(plan_a, pdf.DEFAULT_VARIANT) == pdf_cache.TOO_LONG
    assert len(queued) == 1  # not queued again while the failure shows


@pytest.mark.django_db
def test_the_same_render_never_runs_twice_at_once(plan_a, renders):
    assert pdf_cache.claim_render(plan_a, pdf.DEFAULT_VARIANT, 60)  # another worker is busy with it

    assert tasks.render_plan_pdf.call(plan_a.pk, plan_a.revisie, pdf.DEFAULT_VARIANT) is False
    assert renders == []

    pdf_cache.release_render(plan_a, pdf.DEFAULT_VARIANT)
    assert tasks.render_plan_pdf.call(plan_a.pk, plan_a.revisie, pdf.DEFAULT_VARIANT) is True
    assert renders == [(plan_a.pk, pdf.DEFAULT_VARIANT)]


@pytest.mark.django_db
def test_a_second_request_for_the_same_render_does_not_queue_a_second_task(redacteur_client, plan_a, queued):
    url = reverse("planner:pdf", args=[plan_a.pk])
    redacteur_client.get(url)
    redacteur_client.get(url)
    assert len(queued) == 1


@pytest.mark.django_db(transaction=True)  # db_worker closes the connection when it is done
def test_a_gemeente_cannot_fill_the_worker_queue(redacteur_client, gemeente_a, plan_b, make_user, settings, renders):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.PDF_QUEUE_PER_GEMEENTE = 2
    plans = [Plan.objects.create(gemeente=gemeente_a, titel=f"Plan {n}", periode_start=2027, periode_eind=2030)
             for n in range(3)]
    for plan in plans[:2]:
        assert redacteur_client.get(reverse("planner:pdf", args=[plan.pk])).status_code == 202
    assert tasks.queued_renders(gemeente_a.pk) == 2

    response = redacteur_client.get(reverse("planner:pdf", args=[plans[2].pk]))
    assert response.status_code == 200 and "al veel PDF" in response.content.decode()

    # Another gemeente still gets its render queued.
    other = make_user("oosterveen", plan_b.gemeente, "redacteur")
    redacteur_client.force_login(other)
    assert redacteur_client.get(reverse("planner:pdf", args=[plan_b.pk])).status_code == 202

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert tasks.queued_renders(gemeente_a.pk) == 0
    assert len(renders) == 3


@pytest.mark.skipif(bool(__import__("os").environ.get("DATABASE_URL")),
                    reason="no database involved: the SQLite run covers it")
def test_the_worst_plan_a_user_can_type_renders_well_within_the_time_limit(settings):
    """Every text at its limit as 1,000-letter 'words': 168 s of CPU before long runs were made
    breakable, about 9 s now (bench/pdf.py --worst reports it against the demo)."""
    from bench.worst_case import worst_case_answers
    from planner.document.assemble import build
    from tests.golden.pages import demo_plan

    started = time.process_time()
    pdf.render_plan(build(demo_plan(), worst_case_answers()))
    assert time.process_time() - started < settings.PDF_RENDER_SECONDS / 2


def test_long_unbroken_runs_get_a_break_opportunity_only_in_the_pdf():
    from planner.document.layout import ZERO_WIDTH_SPACE, breakable

    link = "https://www.example.invalid/" + "x" * 60
    assert breakable("gewone woorden blijven heel") == "gewone woorden blijven heel"
    assert breakable("Mantelzorgondersteuningsbeleidsplannen") == "Mantelzorgondersteuningsbeleidsplannen"  # a compound
    made = breakable(f"Zie {link} voor meer")
    assert made.replace(ZERO_WIDTH_SPACE, "") == f"Zie {link} voor meer"
    assert max(len(part) for part in made.replace(" ", ZERO_WIDTH_SPACE).split(ZERO_WIDTH_SPACE)) <= 20
