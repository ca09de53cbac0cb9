"""A suggested row added with one click, in a real browser with and without JavaScript (issue 17):
the officer opens step 5 of a plan whose step 4 names phases and rungs, types in a question,
presses "Voeg toe" next to a suggested instrument and is back on the step with the instrument in
the summary list and what they typed saved."""
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from planner.models import StepAnswer
from planner.wizard.storage import save_answers
from steps import demo_data


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [False, True], ids=["zonder-js", "met-js"])
def test_voeg_toe_keeps_what_was_typed_and_adds_a_suggested_instrument(live_server, browser, make_user, gemeente_a,
                                                                       plan_a, javascript):
    officer = make_user("rianne", gemeente_a, "redacteur")
    answers = demo_data.answers()
    for slug in ("visie", "beleidsfasen", "instrumenten"):
        save_answers(plan_a, slug, answers[slug], officer)
    before = StepAnswer.objects.get(plan=plan_a, step="instrumenten")

    context = browser.new_context(java_script_enabled=javascript, locale="nl-NL")
    page = context.new_page()
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Gebruikersnaam").fill("rianne")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord-123")
    page.get_by_role("button", name="Inloggen").click()
    page.goto(live_server.url + reverse("planner:step", args=[plan_a.pk, "instrumenten"]))

    typed = "Getypt vlak voor Voeg toe."
    page.locator("#id_instrumenten-combinatie_toelichting").fill(typed)
    first = page.locator("[data-suggestion]").first
    name = first.locator(".row-list__title").inner_text()
    # The button says which suggestion it adds (for a screen reader).
    button = first.get_by_role("button")
    expect(button).to_have_accessible_name(re.compile(r"^Voeg toe\W+" + re.sub(r"[^\w ]", ".", name) + "$"))
    button.click()

    expect(page.locator(".flash")).to_contain_text(f"{name} is toegevoegd")
    expect(page.locator("#tabel-instrumenten-instrumenten .row-list__title", has_text=name).first).to_be_visible()
    expect(page.locator(f'[data-suggestion] .row-list__title:text-is("{name}")')).to_have_count(0)
    after = StepAnswer.objects.get(plan=plan_a, step="instrumenten")
    assert after.version == before.version + 1
    assert len(after.answers["instrumenten"]) == len(before.answers["instrumenten"]) + 1
    assert after.answers["combinatie_toelichting"] == typed
    expect(page.locator("#id_instrumenten-combinatie_toelichting")).to_have_value(typed)
    context.close()
