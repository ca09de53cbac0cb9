"""The PDF's wait page in a real browser: it starts the download as soon as the worker is done,
without reloading itself, and says so when the render failed."""
import pytest
from django.core.management import call_command
from django.urls import reverse

from planner.document import pdf
from planner.models import Plan

STAND_IN = b"%PDF-1.7 stand-in"


@pytest.fixture
def worker(settings):
    """Tasks go to the database; calling the fixture runs the worker once, as db_worker would."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    return run


@pytest.fixture
def plan(make_user, gemeente_a):
    make_user("marloes", gemeente_a, "redacteur")
    return Plan.objects.create(gemeente=gemeente_a, titel="Samen met mantelzorgers", periode_start=2027,
                               periode_eind=2030)


@pytest.mark.django_db(transaction=True)
def test_the_wait_page_starts_the_download_once_the_pdf_is_made(live_server, page, login, plan, worker, monkeypatch):
    monkeypatch.setattr(pdf, "render_plan", lambda document, **kwargs: STAND_IN)
    login(page, "marloes")
    page.goto(live_server.url + reverse("planner:plan", args=[plan.pk]))
    with page.expect_download(timeout=15_000) as download:
        page.goto(live_server.url + reverse("planner:pdf", args=[plan.pk]))
        assert page.get_by_role("heading", name="Het plan wordt gemaakt").is_visible()
        worker()
    assert open(download.value.path(), "rb").read() == STAND_IN
    assert page.get_by_role("status").inner_text() == "De PDF is klaar. De download begint nu."


@pytest.mark.django_db(transaction=True)
def test_the_wait_page_shows_a_failed_render(live_server, page, login, plan, worker, monkeypatch):
    def fail(document, **kwargs):
        raise RuntimeError("stuk")

    monkeypatch.setattr(pdf, "render_plan", fail)
    login(page, "marloes")
    page.goto(live_server.url + reverse("planner:pdf", args=[plan.pk]))
    assert page.get_by_role("heading", name="Het plan wordt gemaakt").is_visible()
    worker()  # logs the failure and records the task as failed
    page.get_by_role("heading", name="De PDF kon niet worden gemaakt").wait_for(timeout=15_000)
    assert "probeer het opnieuw" in page.get_by_role("alert").inner_text()
