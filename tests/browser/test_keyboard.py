"""An officer who uses only the keyboard: Tab, Shift, Space, Enter, arrow keys and typing.

She logs in, starts a plan, fills a small plan through all eight steps, passes the two Beleid
sections (left empty; a new plan has no Verdieping switched on, so the check page comes next)
and downloads the PDF.
At every stop of the Tab key the focus must be visible, and after a failed save the focus must
be on the error summary. The session warning can be answered with the keyboard too.
"""
import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from planner.wizard.parts import card_numbers, card_section
from steps.registry import BELEID, STEPS
from tests.steps.postdata import post_data

# The smallest answers that make each step valid (and few enough to type).
SMALL_PLAN = {
    "visie": {
        "gemeente_naam": "Lindewaarde", "beleidsperiode_start": 2027, "beleidsperiode_eind": 2030,
        "aantal_inwoners": 42300, "huidig_beleid": "Een steunpunt.", "definitie_type": "wmo",
        "definitie_tekst": "Zorg voor een naaste.", "inclusief_zorgvrijwilligers": False,
        "redenen": ["wettelijke_taak"], "prioriteit_vinden": 3, "prioriteit_versterken": 3,
        "prioriteit_verlichten": 3, "prioriteit_verbinden": 3, "breedte_beleid": "breed", "sturing": "dirigent",
        "doelen": [{"omschrijving": "Eerder in beeld", "v_gebied": "vinden", "beoogd_resultaat": "200 meer"}],
    },
    "comfortzone": {
        "ladder_variant": "vijf_treden", "ambitie_hoogste_trede": "raadplegen",
        "comfort_per_trede": [{"trede": trede, "comfort": "comfortabel"}
                              for trede in ("informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen")],
        "risicos": [{"trede": "alle", "risico": "overvraging_mantelzorgers", "kans": 1, "impact": 1}],
    },
    "voorwaarden": {
        **{f"voorwaarde_{code}_score": 3 for code in ("openheid", "duidelijkheid", "rol_en_inbreng", "meerwaarde",
                                                       "relatie", "capaciteit_en_middelen")},
        "doel_betrekken": ["ervaringskennis"], "visie_betrekken": "Samen.", "vorm_betrokkenheid": "direct",
        "open_onderwerpen": "Het aanbod.", "vaste_kaders": "Het budget.", "rol_adviesraad": "formeel_advies",
        "rol_adviesraad_toelichting": "Advies.", "budget_participatie": 5000, "uren_per_week": 8,
        "procesbegeleiding": "intern",
    },
    "beleidsfasen": {
        "fasen": [{"fase": "inventarisatie", "betrekken": True, "trede": "raadplegen", "doel_in_fase": "Ophalen",
                   "eind": "2027-03-31"}]
        + [{"fase": fase, "betrekken": False} for fase in (
            "visievorming", "beleidsvoorbereiding", "opstellen_beleidsplan", "vaststelling_verordening",
            "uitvoering", "evaluatie")],
    },
    "instrumenten": {
        "instrumenten": [{"instrument": "enquete", "fasen": ["inventarisatie"], "trede": "raadplegen",
                          "eind": "2027-03-20", "verantwoordelijke": "Marloes"}],
    },
    "doelgroepen": {
        "doelgroepen": [{"doelgroep": "werkende_mantelzorgers"}],
        "vindplaatsen": [{"vindplaats": "huisarts"}],
        "wervingsplan": [{"doelgroep": "werkende_mantelzorgers", "vindplaats": "huisarts",
                          "wervingsaanpak": "flyer_poster", "verantwoordelijke": "Marloes",
                          "start_werving": "2027-01-10"}],
    },
    "draagvlak": {
        "opdracht_type": "collegebesluit", "mandaat_omschrijving": "Wij adviseren.",
        "budget_vastgelegd": "ja_begroting", "bestuurlijk_opdrachtgever": "Wethouder",
        "stakeholders": [{"stakeholder": code, "belang": 2, "invloed": 2, "houding": "neutraal"}
                         for code in ("wethouder_zorg", "college", "gemeenteraad")],
        "acties": [{"actie": "Start", "wie_trekker": "Marloes", "start": "2027-02-01"}],
        "communicatie": [{"type": "terugkoppeling", "datum": "2027-04-15"}],
    },
    "evaluatie": {
        "modus": "plannen", "evaluatievorm": ["zelfevaluatie"], "scenarios_overwogen": ["continueren", "bijstellen"],
        "scenario_gekozen": "continueren", "scenario_motivering": "Het werkt.",
        "evaluatiemomenten": [{"moment": "Eind", "datum": "2030-06-30"}],
        "indicatoren": [{"doel": "D1", "indicator": "Aanmeldingen", "soort": "output", "streefwaarde": "200"}],
    },
}

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none"
    // On a date field's calendar button the focus is inside the browser's own control, which
    // draws its own ring (checked by eye in Chromium); the field itself is then not :focus.
    || (el.type === "date" && !el.matches(":focus"));
  return {
    tag: el.tagName.toLowerCase(), type: el.type || "", name: el.name || "", value: el.value || "",
    checked: !!el.checked, multiple: !!el.multiple, id: el.id || "",
    selected: el.selectedOptions ? Array.from(el.selectedOptions, o => o.value) : [],
    text: (el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 60),
    summary: el.hasAttribute("data-error-summary"), ring,
  };
}"""


class Keyboard:
    """Moves through a page with Tab and fills in what `wanted` asks for, with keys only."""

    MAX_STOPS = 2000

    def __init__(self, page):
        self.page = page
        self.stops = 0
        self.invisible_focus = []
        self.row_count = {}  # rows added per table prefix
        self.cards_done = set()  # (page url, card number) whose own page was filled
        self.month_first = self._month_comes_first()

    def _month_comes_first(self):
        """Chromium orders a date field's parts by its own language; find out which comes first."""
        probe = self.page.context.new_page()
        probe.set_content('<input type="date">')
        probe.focus("input")
        probe.keyboard.type("01022003")
        month_first = probe.eval_on_selector("input", "el => el.value") == "2003-01-02"
        probe.close()
        return month_first

    def focused(self):
        info = self.page.evaluate(FOCUSED)
        if info and not info["ring"]:
            self.invisible_focus.append(f"{self.page.url} {info['tag']} {info['name'] or info['id'] or info['text']}")
        return info

    def tab(self):
        self.stops += 1
        assert self.stops < self.MAX_STOPS, "Too many Tab presses: the form cannot be reached"
        self.page.keyboard.press("Tab")
        return self.focused()

    def tab_until(self, matches):
        info = self.tab()
        while not (info and matches(info)):
            info = self.tab()
        return info

    def fill_and_press(self, wanted, button_text, rows=None, cards=None):
        """Tab through the page filling `wanted` ({name: value}) until the button, then Enter.

        `rows` ({table prefix: rows wanted}) are added through "Voeg … toe": the step is saved,
        the row's own page is filled the same way, and back on the step the Tab walk starts over.
        `cards` ({card number: its part of `wanted`}) are filled the same way on their own page,
        through the card's "Wijzig".
        """
        rows = rows or {}
        cards = cards or {}
        answered = set()
        info = self.tab()
        while True:
            if info and info["tag"] == "button" and info["text"] == button_text:
                with self.page.expect_navigation():
                    self.page.keyboard.press("Enter")
                return
            card = self.needs_card(info, cards)
            if card:
                with self.page.expect_navigation():
                    self.page.keyboard.press("Enter")  # saves the step, then opens the card's page
                self.fill_and_press(cards[card], "Opslaan en terug naar de stap")
                summary = self.page.locator("[data-error-summary]")
                assert summary.count() == 0, summary.inner_text()
                answered = set()
                info = self.tab()
                continue
            table = self.needs_row(info, rows)
            if table:
                with self.page.expect_navigation():
                    self.page.keyboard.press("Enter")  # saves the step, then opens the row page
                index = self.row_count[table]
                start = f"{table}-{index}-"
                row = {f"{table}-rij-{key[len(start):]}": value for key, value in wanted.items() if key.startswith(start)}
                expect(self.page.get_by_role("heading", level=1)).to_contain_text("toe")
                self.fill_and_press(row, "Opslaan en terug naar de stap")
                summary = self.page.locator("[data-error-summary]")
                assert summary.count() == 0, summary.inner_text()
                self.row_count[table] += 1
                expect(self.page.locator(f"#tabel-{table} .row-list__item")).to_have_count(self.row_count[table])
                answered = set()
                info = self.tab()
                continue
            # A date field has a Tab stop per part, checkboxes of one question share a name.
            key = (info["name"], info["value"] if info and info["type"] == "checkbox" else "") if info else None
            if info and info["name"] in wanted and key not in answered:
                answered.add(key)
                self.answer(info, wanted[info["name"]])
            info = self.tab()

    def needs_card(self, info, cards):
        """The number of the card whose "Wijzig" has the focus, while its page is still to be filled."""
        if not (info and info["tag"] == "button" and info["name"] == "rij" and info["value"].startswith("deel/")):
            return None
        number = int(info["value"].split("/")[1])
        key = (self.page.url.split("#")[0], number)
        if number not in cards or key in self.cards_done:
            return None
        self.cards_done.add(key)
        return number

    def needs_row(self, info, rows):
        """The table prefix whose "Voeg … toe" button has the focus, while it needs more rows."""
        if not (info and info["tag"] == "button" and info["name"] == "rij" and info["value"].endswith("/nieuw")):
            return None
        table = next((prefix for prefix in rows if prefix.endswith("-" + info["value"].split("/")[0])), None)
        if table is None:
            return None
        self.row_count.setdefault(table, 0)
        return table if self.row_count[table] < rows[table] else None

    def answer(self, info, value):
        keys = self.page.keyboard
        kind = info["type"]
        if kind == "radio":
            for _ in range(20):
                if info["value"] == value:
                    if not info["checked"]:
                        keys.press("Space")
                    return
                keys.press("ArrowDown")  # moves to the next option and selects it
                info = self.focused()
            raise AssertionError(f"Option {value} not reached in {info['name']}")
        if kind == "checkbox":
            if (info["value"] in value) != info["checked"]:
                keys.press("Space")
            return
        if info["tag"] == "select":
            values = value if isinstance(value, list) else [value]
            for key in ("ArrowDown", "ArrowUp"):
                for _ in range(60):
                    if sorted(info["selected"]) == sorted(values):
                        return
                    keys.press(key)
                    info = self.focused()
            raise AssertionError(f"Option {value} not reached in {info['name']}")
        if kind == "date":
            year, month, day = value.split("-")
            keys.type(f"{month}{day}{year}" if self.month_first else f"{day}{month}{year}")
            return
        if info["value"] != value:
            keys.press("Control+A")
            keys.type(value)


def wanted_fields(step, so_far):
    """The POST data of the small plan for a step, as {input name: value}; plus the rows per table
    and the part of it on each card's own page ({card number: {input name: value}})."""
    data = post_data(step.Form, SMALL_PLAN[step.SLUG], plan_answers=so_far)
    rows = {f"{step.SLUG}-{name}": int(data[f"{step.SLUG}-{name}-TOTAL_FORMS"])
            for name, table in step.Form.tables.items() if not getattr(table, "fixed", False)}
    wanted = {key: value for key, value in data.items()
              if not key.endswith(("_FORMS", "-current_step")) and value not in ("", [], None)}
    cards = {}
    for number in card_numbers(step.SLUG, step.Form):
        names = card_section(step.SLUG, step.Form, number)[1]
        on_card = {key: value for key, value in wanted.items()
                   if any(key == f"{step.SLUG}-{name}" or key.startswith(f"{step.SLUG}-{name}-") for name in names)}
        if on_card:
            cards[number] = on_card
    return wanted, rows, cards


@pytest.mark.django_db(transaction=True)
def test_a_plan_can_be_made_from_start_to_pdf_with_the_keyboard_alone(live_server, browser, make_user, gemeente_a):
    make_user("marloes", gemeente_a, "redacteur")
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    keyboard = Keyboard(page)

    page.goto(f"{live_server.url}/inloggen/")
    keyboard.tab_until(lambda el: el["name"] == "username")
    page.keyboard.type("marloes")
    page.keyboard.press("Tab")
    page.keyboard.type("geheim-wachtwoord-123")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Mijn plannen")).to_be_visible()

    keyboard.tab_until(lambda el: el["text"] == "Nieuw plan starten")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Nieuw plan starten")).to_be_visible()
    keyboard.fill_and_press({"titel": "Samen verder", "periode_start": "2027", "periode_eind": "2030"},
                            "Plan aanmaken")

    # A refused save (a number that is not a number; empty fields are simply saved) on the page
    # of the card "Algemene gegevens": Enter in the field submits; the focus goes to the summary.
    # Then back to the step without saving.
    expect(page.locator(".step-caption")).to_contain_text("Stap 1 van 8")
    keyboard.tab_until(lambda el: el["name"] == "rij" and el["value"] == "deel/1")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Algemene gegevens")
    keyboard.tab_until(lambda el: el["name"] == "visie-aantal_inwoners")
    page.keyboard.type("veel")
    page.keyboard.press("Enter")
    expect(page.locator("[data-error-summary]")).to_be_visible()
    info = keyboard.focused()
    assert info["summary"], f"focus is on {info} instead of the error summary"
    keyboard.tab_until(lambda el: el["text"] == "Terug zonder opslaan")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    so_far = {}
    for step in STEPS:
        expect(page.locator(".step-caption")).to_contain_text(f"Stap {step.NUMBER} van {len(STEPS)}")
        wanted, rows, cards = wanted_fields(step, so_far)
        keyboard.fill_and_press({**wanted, "klaar": "ja"}, "Opslaan en verder", rows, cards)
        summary = page.locator("[data-error-summary]")
        assert summary.count() == 0, f"{step.SLUG}: {summary.inner_text()}"
        so_far[step.SLUG] = SMALL_PLAN[step.SLUG]

    # The wizard goes on: Beleid 1 and 2 (always on), then the modules that are on (none here),
    # then the check page. The Beleid pages are saved empty, tabbing through to the button.
    for section in BELEID:
        expect(page.get_by_role("heading", level=1)).to_have_text(section.TITLE)
        expect(page.locator(".step-caption")).to_contain_text(section.LABEL)
        keyboard.fill_and_press({}, "Opslaan en verder")
        summary = page.locator("[data-error-summary]")
        assert summary.count() == 0, f"{section.SLUG}: {summary.inner_text()}"

    expect(page.get_by_role("heading", name="Controleer uw antwoorden")).to_be_visible()
    expect(page.locator(".utrecht-status-badge", has_text="Klaar").first).to_be_visible()
    keyboard.tab_until(lambda el: el["text"] == "Download als PDF")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(open(download.value.path(), "rb").read())).pages)
    assert "Lindewaarde" in text

    context.close()
    assert keyboard.invisible_focus == [], "Focus not visible on:\n" + "\n".join(keyboard.invisible_focus)


@pytest.mark.django_db(transaction=True)
def test_the_session_warning_is_answered_with_the_keyboard_and_nothing_typed_is_lost(
        live_server, browser, make_user, gemeente_a, settings):
    from planner.models import Plan, StepAnswer

    make_user("marloes", gemeente_a, "redacteur")
    plan = Plan.objects.create(gemeente=gemeente_a, titel="Plan", periode_start=2027, periode_eind=2030)
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.clock.install()
    page.goto(f"{live_server.url}/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("marloes")
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord-123")
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"{live_server.url}/plannen/{plan.pk}/stap/visie/")
    # A question on the step page itself ("Naam gemeente" is on the card "Algemene gegevens", issue 17).
    page.get_by_label("Toelichting op de redenen").fill("Vergrijzing.")

    # Five minutes before the end the warning opens, with the focus on "Ingelogd blijven".
    seconds = int(page.locator("body").get_attribute("data-sessie-seconden"))
    page.clock.run_for((seconds - 5 * 60 + 1) * 1000)
    dialog = page.get_by_role("dialog", name="U wordt bijna uitgelogd")
    expect(dialog).to_be_visible()
    expect(page.get_by_role("button", name="Ingelogd blijven")).to_be_focused()
    with page.expect_response(lambda r: "/sessie/verleng/" in r.url) as response:
        page.keyboard.press("Enter")
    assert response.value.json()["verlengd"] is True
    expect(dialog).to_be_hidden()

    # Without an answer the page is saved a minute before the end: the typed name is kept.
    page.clock.run_for((settings.SESSION_COOKIE_AGE - 60 + 1) * 1000)
    page.wait_for_url(f"**/plannen/{plan.pk}/")
    row = StepAnswer.objects.get(plan=plan, step="visie")
    assert row.is_answered and row.answers["redenen_toelichting"] == "Vergrijzing."  # half filled: simply saved
    context.close()
