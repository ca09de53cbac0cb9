"""Two officers on the same step at once, each changing a different question: the second save
keeps both changes and says so, instead of a conflict to sort out."""
import pytest
from playwright.sync_api import expect

from planner.models import Plan, StepAnswer, StepConflict
from planner.wizard.storage import save_answers
from steps import demo_data


@pytest.mark.django_db(transaction=True)
def test_changes_to_different_questions_of_one_step_are_both_saved(live_server, browser, login, make_user,
                                                                    gemeente_a):
    make_user("marloes", gemeente_a, "redacteur")
    make_user("sander", gemeente_a, "redacteur")
    plan = Plan.objects.create(gemeente=gemeente_a, titel="Plan", periode_start=2027, periode_eind=2030)
    demo = demo_data.answers()["visie"]
    save_answers(plan, "visie", demo, None)
    step_url = f"{live_server.url}/plannen/{plan.pk}/stap/visie/"
    marloes, sander = browser.new_context().new_page(), browser.new_context().new_page()
    for page, name in ((marloes, "marloes"), (sander, "sander")):
        login(page, name)
        page.goto(step_url)

    reason = marloes.get_by_label("Vergrijzing en demografische ontwikkeling")
    reason.set_checked(not reason.is_checked())
    marloes.get_by_role("button", name="Opslaan en later verder").click()
    marloes.wait_for_url(f"**/plannen/{plan.pk}/")

    # Sander's page was loaded before Marloes saved.
    typed = "Mantelzorgers vragen om één loket voor al hun vragen."
    sander.get_by_label("Toelichting op de redenen").fill(typed)
    sander.get_by_role("button", name="Opslaan en later verder").click()
    sander.wait_for_url(f"**/plannen/{plan.pk}/")
    expect(sander.get_by_text("Wat u veranderde en wat uw collega veranderde, staat er nu allebei in.")).to_be_visible()

    answers = StepAnswer.objects.get(plan=plan, step="visie").answers
    assert answers["redenen"] != demo["redenen"]  # Marloes's change
    assert answers["redenen_toelichting"] == typed
    assert not StepConflict.objects.exists()
