"""The wait page's check for a ready PDF (issue 18: from click to download at most a second more
than the render): a HEAD answers from the cache's index without reading the PDF, and the page
asks every half second at first (static/js/app.js), as bench/load.py does."""
import re
from pathlib import Path

import pytest
from django.urls import reverse

from planner.document import cache as pdf_cache

BASE = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_a_head_for_a_ready_pdf_does_not_read_it(redacteur_client, plan_a, renders, monkeypatch):
    url = reverse("planner:pdf", args=[plan_a.pk])
    assert redacteur_client.get(url).status_code == 200  # rendered (immediately, in tests) and cached

    def no_reading(*args, **kwargs):
        raise AssertionError("the PDF was read for a HEAD")

    monkeypatch.setattr(pdf_cache, "cached_pdf", no_reading)
    response = redacteur_client.head(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content == b""


@pytest.mark.django_db
def test_a_head_for_a_pdf_not_made_yet_gets_the_wait_status(redacteur_client, plan_a, monkeypatch):
    from planner.document import tasks

    monkeypatch.setattr(tasks, "pdf_or_render", lambda plan, variant: None)
    response = redacteur_client.head(reverse("planner:pdf", args=[plan_a.pk]))
    assert response.status_code == 202


def test_the_wait_page_asks_every_half_second_at_first_as_the_load_test_does():
    from bench import load

    script = (BASE / "static/js/app.js").read_text()
    delays = [int(ms) / 1000 for ms in re.search(r"var pdfDelays = \[([\d, ]+)\];", script).group(1).split(",")]
    later = int(re.search(r"pdfDelays\[pdfChecks\+\+\] : (\d+)\)", script).group(1)) / 1000
    assert delays == list(load.WAIT_PAGE_CHECKS) and later == load.WAIT_PAGE_LATER
    # A render of about two seconds is seen within half a second of being ready ...
    asked_at = [sum(delays[:count]) for count in range(1, len(delays) + 1)]
    assert all(b - a <= 0.5 for a, b in zip(asked_at, asked_at[1:]) if b <= 6)
    # ... and a long wait costs the server few checks: from the tenth second on, one per 3 s.
    assert asked_at[-1] <= 10 and later == 3


@pytest.mark.django_db
def test_a_head_while_the_worker_makes_it_does_no_work(redacteur_client, plan_a, monkeypatch):
    """While the render is queued and the wait is not over, a check neither numbers the version
    again nor looks at the queue: it says 'not yet'. Past the wait it falls through, so that the
    web process can render when no worker comes (tests/test_worker_down.py)."""
    from planner.document import tasks, versions

    url = reverse("planner:pdf", args=[plan_a.pk])
    assert pdf_cache.mark_pending(plan_a, "pdfua")

    def no_work(*args, **kwargs):
        raise AssertionError("a check while the worker renders did the work of a first click")

    monkeypatch.setattr(versions, "assign", no_work)
    monkeypatch.setattr(tasks, "pdf_or_render", no_work)
    assert redacteur_client.head(url).status_code == 202

    monkeypatch.setattr(tasks.time, "time", lambda: pdf_cache.pending_since(plan_a, "pdfua") + 3600)
    with pytest.raises(AssertionError, match="first click"):
        redacteur_client.head(url)
