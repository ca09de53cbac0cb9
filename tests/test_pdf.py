"""The plan as PDF: read back what WeasyPrint wrote."""
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from planner import pdf
from planner.demo import load_demo
from planner.models import StepAnswer
from planner.plan import build


@pytest.fixture
def demo(db):
    return load_demo()


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.django_db
def test_the_pdf_download_holds_answers_of_several_steps(client, demo):
    user, plan, _ = demo
    client.force_login(user)
    response = client.get(reverse("planner:pdf", args=[plan.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader, text = pdf_text(response.content)
    assert len(reader.pages) > 3
    assert "Lindewaarde" in text
    assert "Beleidsnotitie" in text  # step 1: huidig beleid
    assert "coproduceren" in text.lower()  # step 2/4: rungs
    assert "Mantelzorgtafel" in text  # step 5: local instrument name
    assert reader.metadata.title.startswith(plan.titel)
    assert reader.metadata.author == "Gemeente Lindewaarde"


@pytest.mark.django_db
def test_open_steps_are_marked_as_open_in_the_plan(client, demo):
    user, _, half = demo
    client.force_login(user)
    _, text = pdf_text(client.get(reverse("planner:pdf", args=[half.pk])).content)
    assert "nog niet ingevuld" in text


@pytest.mark.django_db
def test_an_empty_plan_renders(client, redacteur, plan_a):
    client.force_login(redacteur)
    response = client.get(reverse("planner:pdf", args=[plan_a.pk]))
    reader, text = pdf_text(response.content)
    assert "Lindewaarde" in text
    assert text.count("nog niet ingevuld") >= 8


@pytest.mark.django_db
def test_typed_html_and_urls_stay_text_and_fetch_nothing(plan_a):
    hostile = (
        '<img src="http://127.0.0.1:9/x.png"> <link rel="stylesheet" href="file:///etc/passwd">'
        ' url(http://127.0.0.1:9/y.css) <script>alert(1)</script>'
    )
    StepAnswer.objects.create(
        plan=plan_a, step="visie", is_answered=True,
        answers={"gemeente_naam": hostile, "huidig_beleid": hostile, "definitie_tekst": hostile},
    )
    document = build(plan_a)
    html = pdf.render_html(document)
    assert "<img src=" not in html and "&lt;img src=" in html
    fetcher = pdf.static_only_fetcher_class()()
    content = pdf.render_plan(document, fetcher=fetcher)
    assert fetcher.refused == []  # the typed URLs never reached the fetcher
    _, text = pdf_text(content)
    assert "127.0.0.1:9/x.png" in text


def test_the_fetcher_refuses_everything_but_our_static_files():
    fetcher = pdf.static_only_fetcher_class()()
    for url in ["http://example.org/a.css", "file:///etc/passwd", "data:text/css,body{}",
                pdf.STATIC_PREFIX + "../settings.py", pdf.STATIC_PREFIX + "bestaat-niet.css"]:
        with pytest.raises(pdf.RefusedResource):
            fetcher.fetch(url)
    response = fetcher.fetch(pdf.STATIC_PREFIX + "css/plan-print.css")
    assert b"@page" in response.read()
