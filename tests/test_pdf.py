"""The PDF download: the view, the variants, the cache and the safe URL fetcher.

What the PDF itself holds is read back in test_pdf_document.py.
"""
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from planner.document import pdf
from planner.models import Plan, StepAnswer
from planner.document.assemble import build


def xmp(content):
    catalog = PdfReader(io.BytesIO(content)).trailer["/Root"]
    return catalog["/Metadata"].get_object().get_data().decode()


@pytest.mark.django_db
def test_it_downloads_the_plan_as_a_tagged_pdf(redacteur_client, plan_a):
    response = redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="lindewaarde-plan-a.pdf"'
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.metadata.title == "Plan A – Gemeente Lindewaarde"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert "pdfuaid:part" in xmp(response.content)


@pytest.mark.django_db
def test_it_offers_an_archival_pdf_a(redacteur_client, plan_a):
    response = redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]) + "?variant=pdfa")
    assert response["Content-Disposition"] == 'attachment; filename="lindewaarde-plan-a-pdfa.pdf"'
    assert "pdfaid:part" in xmp(response.content) and "pdfuaid" not in xmp(response.content)


@pytest.mark.django_db
def test_an_unchanged_plan_renders_once(redacteur_client, plan_a, renders):
    url = reverse("planner:pdf", args=[plan_a.pk])
    first = redacteur_client.get(url)
    second = redacteur_client.get(url)
    assert len(renders) == 1 and first.content == second.content

    redacteur_client.get(url + "?variant=pdfa")
    redacteur_client.get(url + "?variant=pdfa")
    assert len(renders) == 2

    Plan.objects.filter(pk=plan_a.pk).update(revisie=plan_a.revisie + 1)  # a step was saved
    redacteur_client.get(url)
    assert len(renders) == 3

    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.VASTGESTELD)  # the cover changes
    redacteur_client.get(url)
    assert len(renders) == 4


@pytest.mark.django_db
def test_an_unknown_variant_gets_the_accessible_pdf(redacteur_client, plan_a, renders):
    response = redacteur_client.get(reverse("planner:pdf", args=[plan_a.pk]) + "?variant=<script>")
    assert response.status_code == 200
    assert renders == [(plan_a.pk, "pdfua")]


@pytest.mark.django_db
def test_two_plans_never_share_a_cached_pdf(client, make_user, plan_a, plan_b, renders):
    for plan in (plan_a, plan_b):
        user = make_user(f"lid-{plan.pk}", plan.gemeente)
        client.force_login(user)
        assert client.get(reverse("planner:pdf", args=[plan.pk])).status_code == 200
    assert [pk for pk, _variant in renders] == [plan_a.pk, plan_b.pk]


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
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert "127.0.0.1:9/x.png" in text


@pytest.mark.django_db
def test_a_resource_that_does_not_load_is_an_error(plan_a, monkeypatch):
    original = pdf.render_html
    monkeypatch.setattr(pdf, "render_html", lambda document: original(document).replace(
        "</head>", '<link rel="stylesheet" href="/static/css/bestaat-niet.css"></head>'))
    with pytest.raises(pdf.RefusedResource, match="bestaat-niet.css"):
        pdf.render_plan(build(plan_a))


def test_the_fetcher_refuses_everything_but_our_static_files():
    fetcher = pdf.static_only_fetcher_class()()
    for url in ["http://example.org/a.css", "file:///etc/passwd", "data:text/css,body{}",
                pdf.STATIC_PREFIX + "../settings.py", pdf.STATIC_PREFIX + "bestaat-niet.css"]:
        with pytest.raises(pdf.RefusedResource):
            fetcher.fetch(url)
    response = fetcher.fetch(pdf.STATIC_PREFIX + "css/plan-print.css")
    assert b"@page" in response.read()
