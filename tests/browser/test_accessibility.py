"""axe-core finds no WCAG 2.1 A/AA problems, and no content outside a landmark (`region`), on any
page type, in a real Chromium.

One logged-in browser context visits every page type once: login, dashboard, new plan (empty
and with errors), every step (empty and after a save with errors), plan overview, check
answers, preview, history and the other pages, and the PDF's wait and error pages. The violations of all pages are reported together.
"""
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from django.test import override_settings
from django.urls import reverse

from planner.document import cache as pdf_cache
from planner.document import pdf
from planner.models import Plan, StepAnswer
from steps import demo_data
from steps.registry import STEPS

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Best practice on top of WCAG (issue 17): all content inside a landmark (header, nav, main, footer).
BEST_PRACTICE_RULES = ["region"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_A_AA},
               "rules": {rule: {"enabled": True} for rule in BEST_PRACTICE_RULES},
               "resultTypes": ["violations"]}


def violations(axe, page):
    """Readable lines, one per violated rule: rule id, what is wrong, where (first element)."""
    response = axe.run(page, options=AXE_OPTIONS).response
    ran = {result["id"] for kind in ("violations", "passes", "incomplete", "inapplicable") for result in response[kind]}
    assert set(BEST_PRACTICE_RULES) <= ran, "axe ran the best-practice rules too"
    return [f"{v['id']}: {v['help']} – {len(v['nodes'])}× bijv. {v['nodes'][0]['target']}"
            for v in response["violations"]]


@pytest.mark.django_db(transaction=True)
def test_no_page_type_has_wcag_violations(live_server, browser, make_user, gemeente_a):
    make_user("marloes", gemeente_a, "beheerder")
    empty = Plan.objects.create(gemeente=gemeente_a, titel="Leeg plan", periode_start=2027, periode_eind=2030)
    full = Plan.objects.create(gemeente=gemeente_a, titel="Samen met mantelzorgers", periode_start=2027,
                               periode_eind=2030)
    for slug, answers in demo_data.answers().items():
        StepAnswer.objects.create(plan=full, step=slug, answers=answers, is_answered=True, is_done=slug != "evaluatie",
                                  version=1)

    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    axe = Axe()
    found = {}

    def visit(name, path=None):
        if path:
            page.goto(live_server.url + path)
        found[name] = violations(axe, page)

    visit("inloggen", reverse("login"))
    page.get_by_label("Gebruikersnaam").fill("marloes")
    page.get_by_label("Wachtwoord").fill("fout")
    page.get_by_role("button", name="Inloggen").click()
    visit("inloggen met fout")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord-123")
    page.get_by_role("button", name="Inloggen").click()
    visit("mijn plannen")

    visit("nieuw plan", reverse("planner:plan_new"))
    page.get_by_role("button", name="Plan aanmaken").click()
    visit("nieuw plan met fouten")

    for step in STEPS:
        visit(f"stap {step.NUMBER} leeg", reverse("planner:step", args=[empty.pk, step.SLUG]))
        # Marked klaar while empty: saved, and the page lists everything that is missing.
        page.locator("#klaar-ja").check()
        page.get_by_role("button", name="Opslaan en verder").click()
        expect(page.locator("[data-error-summary]")).to_have_count(1)  # waits for the page after the save
        visit(f"stap {step.NUMBER} met fouten")
        if step.NUMBER == 1:  # a refused save: a number that is not a number
            page.get_by_label("Aantal inwoners").fill("veel")
            page.get_by_role("button", name="Opslaan en verder").click()
            expect(page.locator("[data-error-summary]")).to_have_count(1)
            visit("stap 1 geweigerd")

    visit("stap 1 ingevuld", reverse("planner:step", args=[full.pk, "visie"]))
    # A table row on its own page: add, change, a refused row and the question before deleting.
    for slug, table in (("instrumenten", "instrumenten"), ("doelgroepen", "doelgroepen"), ("draagvlak", "stakeholders")):
        visit(f"stap {slug}, rij toevoegen", reverse("planner:row_new", args=[full.pk, slug, table]))
        visit(f"stap {slug}, rij wijzigen", reverse("planner:row", args=[full.pk, slug, table, 1]))
        visit(f"stap {slug}, rij verwijderen", reverse("planner:row_delete", args=[full.pk, slug, table, 1]))
    page.goto(live_server.url + reverse("planner:row", args=[full.pk, "instrumenten", "instrumenten", 1]))
    page.get_by_label("Geraamde kosten (€)").fill("veel")
    page.get_by_role("button", name="Opslaan en terug naar de stap").click()
    expect(page.locator("[data-error-summary]")).to_have_count(1)
    visit("rij geweigerd")
    visit("overzicht", reverse("planner:plan", args=[full.pk]))
    visit("controleer", reverse("planner:check", args=[full.pk]))
    visit("voorbeeld", reverse("planner:preview", args=[full.pk]))
    visit("geschiedenis", reverse("planner:history", args=[full.pk]))
    visit("vaststellen", reverse("planner:fix", args=[full.pk]))
    visit("importeren", reverse("planner:plan_import"))
    visit("team", reverse("planner:team", args=[gemeente_a.pk]))
    visit("logboek", reverse("planner:audit_log", args=[gemeente_a.pk]))
    visit("overal uitloggen", reverse("log_out_everywhere"))
    # The PDF's wait page and the page after a failed render (tasks only queued, not run).
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        visit("pdf wordt gemaakt", reverse("planner:pdf", args=[full.pk]))
        pdf_cache.mark_failed(Plan.objects.get(pk=full.pk), pdf.DEFAULT_VARIANT)
        visit("pdf mislukt", reverse("planner:pdf", args=[full.pk]))
        assert page.get_by_role("heading", name="De PDF kon niet worden gemaakt").is_visible()
    context.close()

    assert len(found) >= 25
    problems = {name: lines for name, lines in found.items() if lines}
    assert problems == {}, "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())
