"""How the PDF is made fast without changing it: one garbage collection per render, a print
stylesheet without slow constructs, one cache entry per plan. The library patches have their own
tests (tests/test_patches.py)."""
import gc
import re

import pytest

from planner.document import cache as pdf_cache
from planner.document import pdf
from planner.document.assemble import build
from steps import demo_data
from steps.registry import STEPS
from tests.test_pdf_document import unsaved_plan


def a_small_plan():
    """The first two steps of the demo: a few pages with tables, a figure and the contents."""
    answers = {slug: value for slug, value in demo_data.answers().items() if slug in [s.SLUG for s in STEPS[:2]]}
    return build(unsaved_plan(title="Klein plan"), answers)


def test_the_collector_is_paused_during_a_render_and_collects_once_after():
    assert gc.isenabled()
    with pdf.one_garbage_collection():
        assert not gc.isenabled()
        garbage = [None]
        garbage.append(garbage)  # a cycle: only the collector can free it
        del garbage
    assert gc.isenabled()
    assert gc.get_count()[0] < 50  # collected on the way out


def test_a_paused_collector_stays_paused():
    gc.disable()
    try:
        with pdf.one_garbage_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("css_rule", ["leader(\".\")", "display: flex"])
def test_the_print_stylesheet_avoids_the_slow_constructs(css_rule):
    """leader() makes a box per dot and a flex row costs twice a float: see plan-print.css."""
    from django.contrib.staticfiles import finders

    with open(finders.find("css/plan-print.css"), encoding="utf-8") as stylesheet:
        rules = re.sub(r"/\*.*?\*/", "", stylesheet.read(), flags=re.DOTALL)
    assert "plan-facts" in rules and css_rule not in rules


@pytest.mark.django_db
def test_a_just_saved_plan_and_the_same_plan_loaded_again_share_their_cached_pdf(plan_a):
    """bench/pdf.py fills the cache with the plan it saved and downloads with the plan the view
    loads: the status (an enum member in one, a string in the other) must not split the key."""
    from planner.models import Plan

    plan_a.status = Plan.Status.CONCEPT
    loaded = Plan.objects.select_related("gemeente").get(pk=plan_a.pk)
    assert pdf_cache.cache_key(plan_a, "pdfua") == pdf_cache.cache_key(loaded, "pdfua")


def test_the_pdf_is_stored_before_the_render_is_cleaned_up(monkeypatch):
    """The officer waits for cache.set, not for freeing the render's objects afterwards."""
    collector_running_when = {}

    def render(document, variant):
        collector_running_when["render"] = gc.isenabled()
        return b"%PDF-1.7 stand-in"

    def store(key, content, *args):
        collector_running_when["store"] = gc.isenabled()

    monkeypatch.setattr(pdf_cache, "build", lambda plan, document=None: None)
    monkeypatch.setattr(pdf, "render_plan", render)
    monkeypatch.setattr(pdf_cache, "cache_key", lambda plan, variant: "plan-pdf:test")
    monkeypatch.setattr(pdf_cache.cache, "set", store)
    monkeypatch.setattr(pdf_cache.cache, "delete", lambda key: None)

    assert pdf_cache.render_and_cache(plan=None) == b"%PDF-1.7 stand-in"
    assert collector_running_when == {"render": False, "store": False}
    assert gc.isenabled()
