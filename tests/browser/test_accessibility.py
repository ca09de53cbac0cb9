"""axe-core finds no WCAG 2.1 A/AA problems, and no content outside a landmark (`region`), on any
page type, in a real Chromium.

One logged-in browser context visits every page type once: login, dashboard, new plan (empty
and with errors), every step (empty and after a save with errors), plan overview, check
answers, history and the other pages, and the PDF's wait and error pages. The violations of all pages are reported together.

A second session covers what came with Beleid and Verdieping (issues 14, 15), in a plan with
every module switched on: all 18 step pages filled in, the new sections refused when marked klaar
while empty, a row page (new and existing row) of every new table, the overview with its
Verdieping form (editor) and its list (lezer), the check page, the preview of each of the three
documents and the history. A third covers the invitation page in all its states and the page
that chooses a password from an e-mail link (the same password fields).
"""
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from django.test import override_settings
from django.urls import reverse

from planner.document import cache as pdf_cache
from planner.document import pdf
from planner.models import Plan, StepAnswer
from planner.models import Invitation
from planner.teams.invites import token_hash
from steps import demo_data
from steps.registry import SECTIONS, STEPS
from tests.every_section import DOCUMENTS, NEW_SECTIONS, NEW_TABLES, empty_plan, full_plan
from tests.test_password_fields import password_link

WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Best practice on top of WCAG (issue 17): all content inside a landmark (header, nav, main, footer).
BEST_PRACTICE_RULES = ["region"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_A_AA},
               "rules": {rule: {"enabled": True} for rule in BEST_PRACTICE_RULES},
               "resultTypes": ["violations"]}


def log_in(page, url, username):
    page.goto(url + reverse("login"))
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord-123")
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()


def report(found):
    problems = {name: lines for name, lines in found.items() if lines}
    return "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())


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
        if step.NUMBER == 1:  # a card's own page, and a refused save there: a number that is not a number
            visit("stap 1, kaart algemene gegevens", reverse("planner:part", args=[empty.pk, step.SLUG, 1]))
            page.get_by_label("Aantal inwoners").fill("veel")
            page.get_by_role("button", name="Opslaan en terug naar de stap").click()
            expect(page.locator("[data-error-summary]")).to_have_count(1)
            visit("stap 1, kaart geweigerd")

    # Filled-in step pages and the preview: in the second test, with every module on.
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


@pytest.mark.django_db(transaction=True)
def test_no_page_of_beleid_and_verdieping_has_wcag_violations(live_server, browser, make_user, gemeente_a):
    marloes = make_user("marloes", gemeente_a, "redacteur")
    make_user("lezer", gemeente_a, "lezer")
    empty = empty_plan(gemeente_a)
    full = full_plan(gemeente_a, marloes)
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    axe = Axe()
    found = {}

    def visit(name, path=None):
        if path:
            page.goto(live_server.url + path)
        found[name] = violations(axe, page)

    log_in(page, live_server.url, "marloes")
    for section in SECTIONS:
        visit(f"{section.LABEL} ingevuld", reverse("planner:step", args=[full.pk, section.SLUG]))
    for section in NEW_SECTIONS:
        # Marked klaar while empty: saved, and the page lists what is missing (a section that
        # needs nothing to be klaar goes on to the next one: then its empty page is checked).
        page.goto(live_server.url + reverse("planner:step", args=[empty.pk, section.SLUG]))
        page.locator("#klaar-ja").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Opslaan en verder").click()
        if page.locator("[data-error-summary]").count():
            visit(f"{section.LABEL} met fouten")
        else:
            visit(f"{section.LABEL} leeg", reverse("planner:step", args=[empty.pk, section.SLUG]))
    for slug, table in NEW_TABLES:
        visit(f"{slug}, {table}: rij toevoegen", reverse("planner:row_new", args=[full.pk, slug, table]))
        visit(f"{slug}, {table}: rij wijzigen", reverse("planner:row", args=[full.pk, slug, table, 1]))
    visit("overzicht met verdieping", reverse("planner:plan", args=[full.pk]))
    assert page.get_by_role("button", name="Verdieping opslaan").is_visible()
    visit("controleer alle onderdelen", reverse("planner:check", args=[full.pk]))
    for document in DOCUMENTS:
        visit(f"voorbeeld {document}", reverse("planner:preview_document", args=[full.pk, document]))
    visit("geschiedenis alle onderdelen", reverse("planner:history", args=[full.pk]))
    context.close()

    # The lezer sees which modules are on, without the form.
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    log_in(page, live_server.url, "lezer")
    visit("overzicht lezer", reverse("planner:plan", args=[full.pk]))
    assert page.get_by_role("button", name="Verdieping opslaan").count() == 0
    # ... and reads a card and a row on their own pages: disabled questions, no save button.
    visit("kaart lezer", reverse("planner:part", args=[full.pk, "voorwaarden", 2]))
    visit("rij lezer", reverse("planner:row", args=[full.pk, "instrumenten", "instrumenten", 1]))
    assert page.get_by_role("button", name="Opslaan en terug naar de stap").count() == 0
    context.close()

    assert len(found) >= 18 + 10 + 2 * len(NEW_TABLES) + 7
    assert not report(found), report(found)


@pytest.mark.django_db(transaction=True)
def test_no_state_of_the_invitation_page_has_wcag_violations(live_server, browser, make_user, gemeente_a):
    invitee = make_user("ingrid", gemeente_a, "lezer")
    invitee.email = "ingrid@example.org"
    invitee.save()
    make_user("anders", gemeente_a, "lezer")
    for email, token in (("nieuw@example.org", "nieuw"), ("weg@example.org", "weg"), (invitee.email, "bekend")):
        Invitation.objects.create(gemeente=gemeente_a, email=email, token_hash=token_hash(token))
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    axe = Axe()
    found = {}

    def visit(name, token=None):
        if token:
            page.goto(live_server.url + reverse("invitation", args=[token]))
        found[name] = violations(axe, page)

    visit("werkt niet meer", "onbekend")
    visit("wachtwoord kiezen", "nieuw")  # no account yet
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("kort")
    page.get_by_label("Nieuw wachtwoord bevestigen").fill("anders")
    page.get_by_role("button", name="Wachtwoord opslaan en uitnodiging aannemen").click()
    expect(page.locator("[data-error-summary]")).to_have_count(1)
    visit("wachtwoord kiezen met fouten")
    page.goto(live_server.url + reverse("invitation", args=["weg"]))
    page.get_by_role("button", name="Uitnodiging afslaan").click()
    expect(page.get_by_role("heading", name="Uitnodiging afgeslagen")).to_be_visible()
    visit("afgeslagen")
    visit("eerst inloggen", "bekend")  # an account with a password
    # Choosing a password from the e-mail's link: the same password fields.
    page.goto(live_server.url + password_link(invitee))
    visit("wachtwoord kiezen via link")
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("kort")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.locator("[data-error-summary]")).to_have_count(1)
    visit("wachtwoord kiezen via link met fouten")
    log_in(page, live_server.url, "ingrid")
    visit("aannemen of afslaan", "bekend")
    context.close()

    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    log_in(page, live_server.url, "anders")
    visit("ander account", "bekend")
    expect(page.locator("#inhoud").get_by_role("button", name="Uitloggen")).to_be_visible()
    context.close()

    assert len(found) == 9
    assert not report(found), report(found)
