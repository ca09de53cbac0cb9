"""The character count, the GOV.UK way: typing or pasting over the limit is allowed, the count
says how many characters too many, the server refuses with the same words, nothing is cut off."""
import pytest
from playwright.sync_api import expect

from planner.models import Plan, StepAnswer


@pytest.mark.django_db(transaction=True)
def test_text_over_the_limit_is_kept_counted_and_refused_with_the_same_number(live_server, page, login,
                                                                              make_user, gemeente_a):
    make_user("marloes", gemeente_a, "redacteur")
    plan = Plan.objects.create(gemeente=gemeente_a, titel="Plan", periode_start=2027, periode_eind=2030)
    login(page, "marloes")
    # "Huidig beleid" is on the card "Algemene gegevens", a page of its own (issue 17).
    page.goto(f"{live_server.url}/plannen/{plan.pk}/stap/visie/deel/1/")
    area = page.get_by_label("Huidig beleid en aanbod voor mantelzorgers")
    counter = page.locator("#id_visie-huidig_beleid_count")
    assert area.get_attribute("maxlength") is None

    # Typing up to the limit, and one more.
    area.fill("a" * 4999)
    area.press("End")
    page.keyboard.type("bc")
    expect(counter).to_have_text("U heeft 1 teken te veel.")

    # Pasting 100,000 characters: all of them stay, the count says how many too many.
    pasted = ("Lang verhaal. " * 7143)[:99_995] + "Einde"  # 100,000 characters
    assert len(pasted) == 100_000
    area.focus()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(pasted)  # as a paste: one input event with the whole text
    assert len(area.input_value()) == 100_000
    expect(counter).to_have_text("U heeft 95.000 tekens te veel.")

    # Saving: refused with the same number, at the field and in the summary; nothing is cut.
    page.get_by_role("button", name="Opslaan en terug naar de stap").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_contain_text(
        "Huidig beleid en aanbod voor mantelzorgers: Gebruik maximaal 5.000 tekens. U heeft er 95.000 te veel.")
    expect(page.locator("#id_visie-huidig_beleid_error")).to_contain_text(
        "Gebruik maximaal 5.000 tekens. U heeft er 95.000 te veel.")
    area = page.get_by_label("Huidig beleid en aanbod voor mantelzorgers")
    assert area.input_value() == pasted
    expect(counter).to_have_text("U heeft 95.000 tekens te veel.")
    assert not StepAnswer.objects.filter(plan=plan, step="visie", is_answered=True).exists()

    # Shortened to the limit, it saves.
    area.fill("x" * 5000)
    expect(counter).to_have_text("U heeft nog 0 tekens over.")
    page.get_by_role("button", name="Opslaan en terug naar de stap").click()
    page.wait_for_url(f"**/plannen/{plan.pk}/stap/visie/#deel-visie-1")
    assert StepAnswer.objects.get(plan=plan, step="visie").answers["huidig_beleid"] == "x" * 5000
