"""An officer switches a Verdieping module on, fills it, and finds it in the downloaded PDF."""
import io

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from pypdf import PdfReader

from planner.models import Plan
from planner.wizard.storage import save_answers
from steps import demo_data, m8_personas
from tests.browser.fill import add_rows, fill, step_fields
from tests.steps.postdata import post_data


@pytest.mark.django_db(transaction=True)
def test_switch_a_module_on_fill_it_and_find_it_in_the_pdf(live_server, page, login, make_user, gemeente_a):
    user = make_user("marloes", gemeente_a, "redacteur")
    plan = Plan.objects.create(gemeente=gemeente_a, titel="Samen met mantelzorgers", periode_start=2027,
                               periode_eind=2030)
    answers = demo_data.answers()
    save_answers(plan, "doelgroepen", answers["doelgroepen"], user)  # the groups a persona links to
    login(page, "marloes")
    page.goto(live_server.url + reverse("planner:plan", args=[plan.pk]))

    page.get_by_label("Persona's").check()
    page.get_by_role("button", name="Verdieping opslaan").click()
    expect(page.get_by_text("Aangezet: Persona's.")).to_be_visible()
    page.get_by_role("link", name="Verdieping 8: Persona's").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(m8_personas.TITLE)

    persona = dict(m8_personas.DEMO, personas=m8_personas.DEMO["personas"][:1])
    data = post_data(m8_personas.Form, persona, plan_answers=answers)
    fill(page, step_fields(m8_personas.Form, data, m8_personas.SLUG))
    add_rows(page, m8_personas.Form, data, m8_personas.SLUG)
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.locator("[data-error-summary]")).to_have_count(0)

    page.goto(live_server.url + reverse("planner:plan", args=[plan.pk]))
    with page.expect_download() as download_info:
        page.locator(f'a[href="{reverse("planner:pdf_document", args=[plan.pk, "plan-van-aanpak"])}"]').click()
    reader = PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read()))
    text = "\n".join(each.extract_text() for each in reader.pages)
    name = persona["personas"][0]["naam"]
    assert "Persona's" in text and name in text
    # Switched off again, the PDF no longer has it.
    page.get_by_label("Persona's").uncheck()
    page.get_by_role("button", name="Verdieping opslaan").click()
    expect(page.get_by_text("Uitgezet: Persona's.")).to_be_visible()
    with page.expect_download() as download_info:
        page.locator(f'a[href="{reverse("planner:pdf_document", args=[plan.pk, "plan-van-aanpak"])}"]').click()
    reader = PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read()))
    assert name not in "\n".join(each.extract_text() for each in reader.pages)
