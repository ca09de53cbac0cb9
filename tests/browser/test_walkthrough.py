"""An officer signs in, starts a plan, fills all eight steps, previews it and downloads the PDF."""
import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from steps import demo_data
from steps.registry import BELEID, STEPS
from tests.browser.fill import add_rows, fill, fill_cards, step_fields
from tests.steps.postdata import post_data


def browser_answers(max_rows=3):
    """The demo plan with every question answered but long tables cut short.

    Each row is added on its own page (a round trip); the full tables are posted in
    tests/test_wizard.py. The goals stay complete because step 7 refers to them.
    """
    answers = demo_data.answers()
    for step in STEPS:
        for name, table in step.Form.tables.items():
            if not getattr(table, "fixed", False) and name != "doelen":
                answers[step.SLUG][name] = answers[step.SLUG].get(name, [])[:max_rows]
    return answers


@pytest.mark.django_db(transaction=True)
def test_an_officer_fills_all_eight_steps_and_downloads_the_pdf(live_server, page, login, make_user, gemeente_a):
    make_user("marloes", gemeente_a, "redacteur")
    login(page, "marloes")
    expect(page.get_by_role("heading", name="Mijn plannen")).to_be_visible()

    page.get_by_role("link", name="Nieuw plan starten").click()
    page.get_by_label("Titel van het plan").fill("Samen met mantelzorgers")
    page.get_by_label("Eerste jaar").fill("2027")
    page.get_by_label("Laatste jaar").fill("2030")
    page.get_by_role("button", name="Plan aanmaken").click()

    answers = browser_answers()
    so_far = {}
    for step in STEPS:
        expect(page.locator(".step-caption")).to_contain_text(f"Stap {step.NUMBER} van {len(STEPS)}")
        expect(page.get_by_role("heading", level=1)).to_have_text(step.TITLE)
        data = post_data(step.Form, answers[step.SLUG], plan_answers=so_far)
        fill(page, step_fields(step.Form, data, step.SLUG))
        add_rows(page, step.Form, data, step.SLUG)  # each "Voeg … toe" saves the step first
        fill_cards(page, step.Form, data, step.SLUG)  # so does each card's "Wijzig"
        page.get_by_role("button", name="Opslaan en verder").click()
        expect(page.locator("[data-error-summary]")).to_have_count(0)
        so_far[step.SLUG] = answers[step.SLUG]

    # After step 8 come the two Beleid sections (for the beleidsplan); left empty here.
    for section in BELEID:
        expect(page.get_by_role("heading", level=1)).to_have_text(section.TITLE)
        page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", name="Controleer uw antwoorden")).to_be_visible()
    page.get_by_role("link", name="Bekijk het plan").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Samen met mantelzorgers")
    expect(page.locator(".plan-chapter--open")).to_have_count(0)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download als PDF").click()
    content = open(download_info.value.path(), "rb").read()
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Lindewaarde" in text
    assert "Mantelzorgtafel" in text
