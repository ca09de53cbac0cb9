"""The three documents of one plan (steps.outlines): each renders as preview and PDF with its own
cover and outline, from the demo plan with its Beleid sections and modules."""
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from planner import demo
from planner.document import pdf
from planner.document.assemble import build
from steps import outlines


@pytest.fixture
def demo_plan(db):
    _user, complete, _half = demo.load_demo()
    return complete


def pdf_of(plan, key):
    return PdfReader(io.BytesIO(pdf.render_plan(build(plan, document=key))))


@pytest.mark.django_db
@pytest.mark.parametrize("outline", outlines.OUTLINES, ids=lambda outline: outline.key)
def test_each_document_renders_with_its_own_cover_and_chapters(demo_plan, outline):
    document = build(demo_plan, document=outline.key)
    reader = pdf_of(demo_plan, outline.key)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.metadata.title.startswith(document.title)
    assert document.title == outline.cover_title(demo_plan.titel, "Lindewaarde", demo_plan.periode)
    # Every chapter of the outline, in order, and nothing still open: the demo answers them all.
    headings = [chapter.heading for chapter in document.contents]
    flat = " ".join(text.split())
    positions = [flat.find(" ".join(heading.split())) for heading in headings]
    assert all(position >= 0 for position in positions), [h for h, p in zip(headings, positions) if p < 0]
    assert not any(chapter.is_open for chapter in document.chapters), [c.title for c in document.chapters if c.is_open]
    if outline is outlines.RAADSVOORSTEL:
        assert len(reader.pages) <= 4  # the form a raad expects: two to four A4 pages
        assert "Het college van burgemeester en wethouders van Lindewaarde" in flat


@pytest.mark.django_db
def test_the_beleidsplan_holds_the_offer_money_law_and_the_modules(demo_plan):
    titles = [chapter.title for chapter in build(demo_plan, document="beleidsplan").contents]
    for expected in ("Het ondersteuningsaanbod", "Mantelzorgwaardering", "Uitvoeringsagenda per jaar",
                     "Financiën", "Juridisch kader", "Wonen en mantelzorg", "Lokale samenwerking"):
        assert expected in titles, expected
    assert "Controle van het plan" not in titles  # the check is the plan van aanpak's, for the team


@pytest.mark.django_db
@pytest.mark.parametrize("outline", outlines.OUTLINES, ids=lambda outline: outline.key)
def test_each_document_has_a_preview_and_downloads(client, demo_plan, outline, renders):
    client.force_login(demo_plan.updated_by)
    page = client.get(reverse("planner:preview_document", args=[demo_plan.pk, outline.key]))
    assert page.status_code == 200
    html = page.content.decode()
    assert f'aria-current="page">{outline.name}</a>' in html
    response = client.get(reverse("planner:pdf_document", args=[demo_plan.pk, outline.key]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert (outline.key == outlines.DEFAULT) != (outline.key in response["Content-Disposition"])
    for name in ("odt_document", "docx_document"):
        download = client.get(reverse(f"planner:{name}", args=[demo_plan.pk, outline.key]))
        assert download.status_code == 200 and len(download.content) > 5000


@pytest.mark.django_db
def test_an_unknown_document_is_not_found(client, demo_plan):
    client.force_login(demo_plan.updated_by)
    for name in ("preview_document", "pdf_document", "odt_document", "docx_document"):
        assert client.get(reverse(f"planner:{name}", args=[demo_plan.pk, "begroting"])).status_code == 404


@pytest.mark.django_db
def test_the_documents_are_cached_apart(demo_plan, renders):
    from planner.document import cache as pdf_cache

    keys = {pdf_cache.cache_key(demo_plan, pdf.file_variant(outline.key, variant))
            for outline in outlines.OUTLINES for variant in pdf.VARIANTS}
    assert len(keys) == len(outlines.OUTLINES) * len(pdf.VARIANTS)
    assert pdf.split_variant(pdf.file_variant("beleidsplan", "pdfa")) == ("beleidsplan", "pdfa")
    assert pdf.variant_from("onzin:pdfa") == "pdfa" and pdf.variant_from("beleidsplan:x") == "pdfua"
