"""The speed-ups of planner/pdf_speed.py change how fast the PDF is made, never what it holds."""
import contextlib
import gc
import io
import re
import zlib

import pydyf
import pytest
from pypdf import PdfReader
from tinyhtml5 import inputstream

from planner import pdf_speed
from planner.document import cache as pdf_cache
from planner.document import pdf
from planner.document.assemble import build
from steps import demo_data
from steps.registry import STEPS
from tests.test_pdf_document import unsaved_plan


def page_texts(content):
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]


def a_small_plan():
    """The first two steps of the demo: a few pages with tables, a figure and the contents."""
    answers = {slug: value for slug, value in demo_data.answers().items() if slug in [s.SLUG for s in STEPS[:2]]}
    return build(unsaved_plan(title="Klein plan"), answers)


def test_the_pdf_reads_the_same_with_and_without_the_speed_ups(monkeypatch):
    document = a_small_plan()
    fast = pdf.render_plan(document)
    assert isinstance(inputstream.characters_until_regex, pdf_speed._CharactersUntilRegex)
    assert pydyf.zlib is pdf_speed._ZlibAtDefaultLevel

    monkeypatch.setattr(pdf_speed, "patch_libraries", lambda: None)
    monkeypatch.setattr(inputstream, "characters_until_regex", {})
    monkeypatch.setattr(pydyf, "zlib", zlib)
    monkeypatch.setattr(pdf_speed, "one_garbage_collection", contextlib.nullcontext)
    plain = pdf.render_plan(document)

    assert page_texts(fast) == page_texts(plain)
    assert len(fast) < 1.1 * len(plain)


def test_the_collector_is_paused_during_a_render_and_collects_once_after():
    assert gc.isenabled()
    with pdf_speed.one_garbage_collection():
        assert not gc.isenabled()
        garbage = [None]
        garbage.append(garbage)  # a cycle: only the collector can free it
        del garbage
    assert gc.isenabled()
    assert gc.get_count()[0] < 50  # collected on the way out


def test_a_paused_collector_stays_paused():
    gc.disable()
    try:
        with pdf_speed.one_garbage_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_parser_cache_builds_the_regex_the_parser_would_build():
    cache = pdf_speed._CharactersUntilRegex()
    for characters, opposite, expected in ((("&", "<", "\u0000"), False, r"[^\x26\x3c\x00]+"),
                                           (frozenset(" "), True, r"[\x20]+")):
        assert cache[(characters, opposite)].pattern == expected
        assert cache[(characters, opposite)] is cache[(characters, opposite)]  # built once


def test_the_html_parser_now_reuses_its_regexes():
    import tinyhtml5

    pdf_speed.cache_html_parser_regexes()
    tinyhtml5.parse("<p class=a>een <b>twee</b> drie</p>" * 50)
    keys = list(inputstream.characters_until_regex)
    assert keys and all(not hasattr(characters, "pattern") for characters, _opposite in keys)


def test_pdf_streams_unpack_to_the_same_bytes():
    pdf_speed.compress_pdf_at_default_level()
    content = b"BT /F1 8 Tf (pagina 3 van 43) Tj ET\n" * 500
    stream = pydyf.Stream([content], compress=True)
    packed = stream.data.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
    assert zlib.decompress(packed) == content
    assert b"/FlateDecode" in stream.data


@pytest.mark.parametrize("css_rule", ["leader(\".\")", "display: flex"])
def test_the_print_stylesheet_avoids_the_slow_constructs(css_rule):
    """leader() makes a box per dot and a flex row costs twice a float: see plan-print.css."""
    from django.contrib.staticfiles import finders

    with open(finders.find("css/plan-print.css"), encoding="utf-8") as stylesheet:
        rules = re.sub(r"/\*.*?\*/", "", stylesheet.read(), flags=re.S)
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

    monkeypatch.setattr(pdf_cache, "build", lambda plan: None)
    monkeypatch.setattr(pdf, "render_plan", render)
    monkeypatch.setattr(pdf_cache, "cache_key", lambda plan, variant: "plan-pdf:test")
    monkeypatch.setattr(pdf_cache.cache, "set", store)
    monkeypatch.setattr(pdf_cache.cache, "delete", lambda key: None)

    assert pdf_cache.render_and_cache(plan=None) == b"%PDF-1.7 stand-in"
    assert collector_running_when == {"render": False, "store": False}
    assert gc.isenabled()
