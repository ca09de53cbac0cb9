"""A session that ends while the officer types loses nothing: after logging in again the typed
text is back on the same step, to save or throw away."""
import pytest
from playwright.sync_api import expect

from planner.models import Plan, StepAnswer


@pytest.mark.django_db(transaction=True)
def test_typed_text_survives_the_session_ending_before_the_save(live_server, page, login, make_user, gemeente_a):
    make_user("marloes", gemeente_a, "redacteur")
    plan = Plan.objects.create(gemeente=gemeente_a, titel="Plan", periode_start=2027, periode_eind=2030)
    login(page, "marloes")
    step_url = f"{live_server.url}/plannen/{plan.pk}/stap/visie/"
    page.goto(step_url)
    # A question on the step page itself (Huidig beleid is on a card with a page of its own, issue 17).
    typed = "Wij steunen mantelzorgers met respijtzorg en een mantelzorgcafé in elke wijk."
    page.get_by_label("Toelichting op de redenen").fill(typed)

    # The session ends (expired, or ended on another device): its cookie is gone.
    session = [cookie for cookie in page.context.cookies() if cookie["name"] == "sessionid"]
    assert session
    page.context.clear_cookies(name="sessionid")
    page.get_by_role("button", name="Opslaan en later verder").click()

    page.wait_for_url("**/inloggen/**")
    expect(page.get_by_text("Uw sessie was afgelopen")).to_be_visible()
    assert not StepAnswer.objects.filter(plan=plan, step="visie", is_answered=True).exists()

    page.get_by_label("Gebruikersnaam").fill("marloes")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord-123")
    page.get_by_role("button", name="Inloggen").click()

    page.wait_for_url(step_url)
    expect(page.get_by_text("Uw invoer is terug, maar nog niet opgeslagen")).to_be_visible()
    assert page.get_by_label("Toelichting op de redenen").input_value() == typed

    page.get_by_role("button", name="Opslaan en later verder").click()
    page.wait_for_url(f"**/plannen/{plan.pk}/")
    assert StepAnswer.objects.get(plan=plan, step="visie").answers["redenen_toelichting"] == typed
