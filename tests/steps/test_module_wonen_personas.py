"""Verdieping 7 (Wonen en mantelzorg) and 8 (Persona's): questions, checks, plan text, rules.

What every section must do is tested for all of them in test_step_contract.py; this file tests
what these two modules do on their own, including that each persona portrait of the annex
starts a page of its own in the PDF.
"""
import copy
import io

import pytest
from plan_sections import text_of
from postdata import bind, klaar, missing, post_data, valid_form

from steps import advisor
from steps import m7_wonen as m7
from steps import m8_personas as m8
from steps.document import AppendixRef, BulletList, Facts, Heading, Paragraph

MODULES = (m7, m8)
each_module = pytest.mark.parametrize("module", MODULES, ids=lambda module: module.SLUG)


@pytest.fixture
def plan(plan):
    """The demo plan with both modules switched on and filled with their demo answers."""
    return {**plan, m7.SLUG: copy.deepcopy(m7.DEMO), m8.SLUG: copy.deepcopy(m8.DEMO)}


def rules_of(module, answers):
    return [found for rule in module.RULES for found in rule(answers)]


# --- The demo answers -------------------------------------------------------------------------

@each_module
def test_demo_is_valid_complete_and_comes_back_unchanged(module, plan):
    form = valid_form(module, copy.deepcopy(module.DEMO), plan)
    assert form.answers() == module.DEMO
    assert valid_form(module, form.answers(), plan).answers() == module.DEMO
    assert klaar(bind(module, module.DEMO, plan_answers=plan))


@each_module
def test_demo_is_valid_without_the_other_sections(module):
    # The JSON import or a plan without step 6: the persona's groups come from the catalogue.
    assert valid_form(module, copy.deepcopy(module.DEMO), {}).answers() == module.DEMO


def test_the_demo_adds_no_findings(plan):
    # Lindewaarde deliberately shows one waarschuwing (R11); the modules add none.
    assert [found.rule for found in advisor.findings(plan)] == ["R11"]


def test_the_demo_has_three_personas_of_three_groups_of_step_6(plan):
    rows = m8.DEMO["personas"]
    assert len(rows) == 3
    groepen = {row["doelgroep"] for row in plan["doelgroepen"]["doelgroepen"]}
    assert {row["doelgroep"] for row in rows} <= groepen
    assert all(row["gebaseerd_op_interviews"] >= m8.MIN_GESPREKKEN for row in rows)


# --- Wonen: valid and invalid posts -------------------------------------------------------------

def test_wonen_refuses_what_is_not_well_formed(plan):
    data = post_data(m7.Form, m7.DEMO, plan_answers=plan)
    data["wonen-aanpak"] = "onbekend"
    data["wonen-randvoorwaarden"] = ["urgentie", "gratis_woning"]
    data["wonen-overleg_frequentie"] = "dagelijks"
    data["wonen-rondetafelgesprekken"] = "misschien"
    data["wonen-ambitie_wonen_mantelzorg"] = "x" * 5001
    form = m7.Form(data=data, prefix="wonen", plan_answers=plan)
    assert not form.is_valid()
    assert form.errors["aanpak"] == ["Kies één van de mogelijkheden uit de lijst."]
    assert form.errors["randvoorwaarden"] == ["Kies alleen mogelijkheden uit de lijst."]
    assert form.errors["overleg_frequentie"] == ["Kies één van de mogelijkheden uit de lijst."]
    assert form.errors["rondetafelgesprekken"] == ["Kies ja of nee."]
    assert form.errors["ambitie_wonen_mantelzorg"] == ["Gebruik maximaal 5.000 tekens. U heeft er 1 te veel."]


def test_wonen_saves_half_filled_and_asks_what_is_missing_when_klaar(plan):
    answers = {"randvoorwaarden": ["urgentie"], "rondetafelgesprekken": True, "overleg_portefeuillehouders": True}
    assert missing(bind(m7, answers, plan_answers=plan)) == [
        "Beschrijf wat de gemeente wil bereiken voor wonen en mantelzorg.",
        "Kies of u een flexibele aanpak of gerichte maatregelen wilt.",
        "U houdt rondetafelgesprekken. Vul in wanneer.",
        "Er is een vast overleg van de wethouders. Kies hoe vaak het is.",
    ]
    # No rondetafelgesprekken and no overleg: nothing to ask about them.
    answers = dict(m7.DEMO, rondetafelgesprekken=False, rondetafelgesprekken_wanneer="",
                   overleg_portefeuillehouders=False, overleg_frequentie="")
    assert klaar(bind(m7, answers, plan_answers=plan))


def test_wonen_offers_the_options_of_domain_md():
    fields = m7.Form.base_fields
    assert [code for code, _ in fields["randvoorwaarden"].choices] == [
        "woonservicezone", "geschikte_woningen", "samenwoonvormen", "mantelzorgwoning", "urgentie",
        "parkeerkosten", "belemmerende_regels"]
    assert [code for code, _ in fields["behoeften_mantelzorgers"].choices] == [
        "respijtzorg", "regelzaken", "dagbesteding", "wonen_woonomgeving", "mantelzorgmakelaar"]
    assert [label for _, label in fields["aanpak"].choices] == ["Flexibele aanpak met ruimte", "Gerichte maatregelen"]
    assert len(fields["faciliteren_maatregelen"].choices) == 6
    assert {"huisarts", "sociaal_team"} <= {code for code, _ in fields["kennispartners"].choices}


def test_wonen_shows_the_strategy_and_suggests_from_earlier_steps(plan):
    form = m7.Form(initial={"rondetafelgesprekken": True}, prefix="wonen", plan_answers=plan)
    assert form.derived()[0][:2] == ("Strategie van de gemeente", "Faciliteren")
    suggestions = dict(form.suggestions())
    assert "T. Vos" in suggestions["Trekker"][0]  # the colleague of wonen in step 7's kernteam
    assert "stap 5" in suggestions["Instrumenten in stap 5"][0]  # no rondetafelgesprek there yet
    assert "Partijen in stap 7" not in suggestions  # corporation and wethouder wonen are there
    plan["draagvlak"]["stakeholders"] = [row for row in plan["draagvlak"]["stakeholders"]
                                         if row["stakeholder"] != "wethouder_wonen"]
    suggestions = dict(m7.Form(initial=m7.DEMO, prefix="wonen", plan_answers=plan).suggestions())
    assert suggestions == {"Partijen in stap 7": [
        "Zet de wethouder wonen bij de partijen in stap 7. Zonder hen komt mantelzorg niet in het woonbeleid."],
        "Instrumenten in stap 5": suggestions["Instrumenten in stap 5"]}


# --- Wonen: the chapter ---------------------------------------------------------------------------

def test_wonen_chapter_tells_the_demo_in_prose(plan):
    section = m7.plan_section(m7.DEMO, plan)
    assert (section.number, section.slug, section.title, section.is_open) == (7, "wonen", "Wonen en mantelzorg", False)
    headings = [block.text for block in section.blocks if isinstance(block, Heading)]
    assert headings == ["Strategie en aanpak", "Randvoorwaarden in de woonvisie", "Wonen en zorg werken samen",
                        "Wat mantelzorgers nodig hebben"]
    text = text_of(section)
    for sentence in (
        "Daarom verbindt Lindewaarde het woonbeleid met het mantelzorgbeleid.",
        "In het woondomein kiest Lindewaarde voor een faciliterende rol",
        "De gemeente kiest voor gerichte maatregelen",
        "Urgentieverklaring voor mantelzorg: voorrang op een huurwoning",
        "Lindewaarde houdt rondetafelgesprekken met mantelzorgers over hun woonvragen (maart en april 2027",
        "Eén trekker verbindt wonen en Wmo met elkaar: T. Vos",
        "De wethouders van wonen en van zorg overleggen elk kwartaal met elkaar",
        "samen met de huisarts en de praktijkondersteuner, het sociaal team, de woningcorporatie en het "
        "steunpunt mantelzorg.",
        "gaat het vooral om respijtzorg, hulp bij regelzaken en een passende woning en woonomgeving.",
    ):
        assert sentence in text, sentence
    lists = [block for block in section.blocks if isinstance(block, BulletList)]
    assert [len(block.items) for block in lists] == [4, 4]  # measures, randvoorwaarden


def test_wonen_chapter_speaks_of_the_gemeente_in_the_third_person(plan):
    text = text_of(m7.plan_section(m7.DEMO, plan))
    words = set(text.replace(".", " ").replace(",", " ").replace(":", " ").lower().split())
    assert not words & {"u", "uw", "we", "wij", "ons", "onze"}
    without_name = m7.plan_section(m7.DEMO, {})
    assert "Daarom verbindt de gemeente het woonbeleid" in text_of(without_name)
    assert "De gemeente houdt rondetafelgesprekken" in text_of(without_name)


def test_wonen_chapter_of_a_few_answers(plan):
    text = text_of(m7.plan_section({"ambitie_wonen_mantelzorg": "Dichtbij wonen.", "aanpak": "flexibel"}, plan))
    assert "De aanpak is flexibel" in text
    assert "Welke randvoorwaarden voor mantelzorg in de woonvisie komen, is nog niet gekozen." in text
    assert "Wonen en zorg werken samen" not in text
    text = text_of(m7.plan_section({"overleg_portefeuillehouders": False}, plan))
    assert "Een vast overleg tussen de wethouders van wonen en van zorg is er nog niet." in text
    assert m7.plan_section({"stap_notities": "alleen notities"}, plan).is_open
    # Garbage never breaks the chapter.
    text_of(m7.plan_section({"randvoorwaarden": "x", "aanpak": ["x"], "kennispartners": 3,
                             "overleg_portefeuillehouders": "ja", "overleg_frequentie": None}, plan))


# --- Persona's: valid and invalid posts -----------------------------------------------------------

def test_personas_refuse_what_is_not_well_formed(plan):
    data = post_data(m8.Form, m8.DEMO, plan_answers=plan)
    data["personas-personas-0-leeftijd"] = "veertig"
    data["personas-personas-1-leeftijd"] = "130"
    data["personas-personas-0-uren_per_week"] = "200"
    data["personas-personas-1-behoeften"] = ["respijtzorg", "geld"]
    data["personas-personas-2-waar_te_vinden"] = ["kapper"]
    data["personas-personas-2-doelgroep"] = "lhbti"  # not a group of step 6 in the demo
    data["personas-personas-0-citaat"] = "x" * 301
    form = m8.Form(data=data, prefix="personas", plan_answers=plan)
    assert not form.is_valid()
    rows = form.formsets["personas"].forms
    assert rows[0].errors["leeftijd"] == ["Vul een getal in, bijvoorbeeld 14.800."]
    assert rows[1].errors["leeftijd"] == ["Vul een getal in van 120 of minder."]
    assert rows[0].errors["uren_per_week"] == ["Vul een getal in van 168 of minder."]
    assert rows[1].errors["behoeften"] == ["Kies alleen mogelijkheden uit de lijst."]
    assert rows[2].errors["waar_te_vinden"] == ["Kies alleen mogelijkheden uit de lijst."]
    assert rows[2].errors["doelgroep"] == ["Kies één van de mogelijkheden uit de lijst."]
    assert rows[0].errors["citaat"] == ["Gebruik maximaal 300 tekens. U heeft er 1 te veel."]
    assert ("Persona's, rij 2, Leeftijd: Vul een getal in van 120 of minder."
            in [message for _anchor, message in form.error_list()])


def test_personas_ask_what_is_missing_when_klaar(plan):
    assert missing(bind(m8, {"werkwijze": "Gesprekken.", "personas": []}, plan_answers=plan)) == [
        "Maak minstens één persona."]
    row = {"leeftijd": 40, "citaat": "Het is veel."}
    assert missing(bind(m8, {"personas": [row]}, plan_answers=plan)) == [
        "Geef de persona een verzonnen naam.",
        "Vul in voor wie de persona zorgt en wat die persoon heeft.",
        "Vul in op hoeveel gesprekken met mantelzorgers deze persona is gebaseerd.",
    ]
    # Nul gesprekken is an answer (the advisor warns about it), not a missing one.
    row = {"naam": "Ria", "zorgt_voor": "Haar man", "gebaseerd_op_interviews": 0}
    assert klaar(bind(m8, {"personas": [row]}, plan_answers=plan))


def test_personas_table_takes_eight_and_refuses_nine(plan):
    rows = m8.DEMO["personas"]
    answers = {"personas": [copy.deepcopy(rows[index % 3]) for index in range(8)]}
    form = bind(m8, answers, plan_answers=plan)
    assert form.is_valid(), form.error_list()
    assert len(form.answers()["personas"]) == 8
    answers["personas"].append(copy.deepcopy(rows[0]))
    form = bind(m8, answers, plan_answers=plan)
    assert not form.is_valid()
    assert form.formsets["personas"].non_form_errors() == ["U kunt maximaal 8 rijen invullen."]


def test_several_choices_in_a_persona_row_are_a_list_the_row_page_shows_as_checkboxes():
    columns = m8.Form.tables["personas"].form.base_fields
    assert [code for code, _ in columns["behoeften"].choices] == [
        "informatie", "advies", "emotionele_steun", "educatie", "praktische_hulp", "respijtzorg",
        "financieel_materieel", "waardering"]
    assert len(columns["waar_te_vinden"].choices) == 32


# --- Persona's: the target groups of step 6 --------------------------------------------------------

def test_a_persona_links_to_a_target_group_of_step_6(plan):
    plan["doelgroepen"]["doelgroepen"].append({"doelgroep": "eigen", "eigen_naam": "Mantelzorgers in Hazelt"})
    options = m8.doelgroep_options(plan)
    assert [option.code for option in options] == [
        row["doelgroep"] for row in plan["doelgroepen"]["doelgroepen"][:-1]] + ["eigen:Mantelzorgers in Hazelt"]
    assert options[0].label == "Werkende mantelzorgers"
    assert options[-1].label == "Mantelzorgers in Hazelt"
    answers = copy.deepcopy(m8.DEMO)
    answers["personas"][0]["doelgroep"] = "eigen:Mantelzorgers in Hazelt"
    form = valid_form(m8, answers, plan)
    assert form.answers()["personas"][0]["doelgroep"] == "eigen:Mantelzorgers in Hazelt"
    assert "(groep: mantelzorgers in Hazelt; 9 gesprekken)" in text_of(m8.plan_section(form.answers(), plan))


def test_the_whole_catalogue_while_step_6_has_no_groups():
    assert len(m8.doelgroep_options({})) == 20
    assert m8.doelgroep_options({"doelgroepen": {"doelgroepen": "x"}})[0].code == "jonge_mantelzorgers"


def test_a_group_no_longer_in_step_6_stays_selectable_marked(plan):
    answers = copy.deepcopy(m8.DEMO)
    answers["personas"][2]["doelgroep"] = "lhbti"
    form = m8.Form(initial=answers, prefix="personas", plan_answers=plan)
    choices = dict(form.formsets["personas"].forms[2].fields["doelgroep"].choices)
    assert choices["lhbti"] == "LHBTI+ mantelzorgers (staat niet meer in stap 6)"
    data = post_data(m8.Form, answers, plan_answers=plan)
    bound = m8.Form(data=data, initial=answers, prefix="personas", plan_answers=plan)
    assert bound.is_valid(), bound.error_list()


def test_personas_suggest_groups_and_places(plan):
    form = m8.Form(initial=m8.DEMO, prefix="personas", plan_answers=plan)
    suggestions = dict(form.suggestions())
    # The groups with the highest priority (5) in step 6 that have no persona yet.
    assert suggestions["Groepen uit stap 6 zonder persona"] == [
        "Mantelzorgers met een migratieachtergrond: deze groep heeft in stap 6 de hoogste prioriteit. "
        "Een persona maakt haar zichtbaar."]
    places = suggestions["Vindplaatsen die bij de groep van de persona passen"]
    assert places[0].startswith("Sanne: ") and "werkgever" not in places[0].lower().split(":")[1][:10]
    assert any(line.startswith("Henk: ") and "apotheek" in line for line in places)
    assert form.derived() == [("Persona's op minder dan 5 gesprekken", "Geen",
                               "Elke persona rust op 5 of meer gesprekken, of het aantal is nog niet ingevuld.")]


# --- Persona's: the chapter and the annex ----------------------------------------------------------

def test_persona_chapter_is_short_and_points_to_the_annex(plan):
    section = m8.plan_section(m8.DEMO, plan)
    assert (section.number, section.slug, section.title, section.is_open) == (8, "personas", "Persona's", False)
    assert "beschrijft Lindewaarde 3 persona’s: verzonnen mantelzorgers" in section.blocks[0].text
    assert section.blocks[1].text.startswith("Studenten Social Work")
    assert section.blocks[2].items == [
        "Sanne, 47 jaar, zorgt voor haar moeder (84) met dementie, die alleen woont in Lindewaarde-centrum "
        "(groep: werkende mantelzorgers; 9 gesprekken).",
        "Daan, 15 jaar, zorgt voor zijn moeder met MS, en zijn zusje als moeder een slechte dag heeft "
        "(groep: jonge mantelzorgers (tot 18 jaar); 7 gesprekken).",
        "Henk, 74 jaar, zorgt voor zijn vrouw (72) met COPD en hartfalen "
        "(groep: oudere mantelzorgers (partners 65+); 6 gesprekken).",
    ]
    ref = section.blocks[-1]
    assert isinstance(ref, AppendixRef) and ref.appendix == "personas"
    ref.letter = "D"
    assert ref.text == "Een portret van elke persona staat in bijlage D."
    assert list(section.appendix_blocks) == ["personas"]


def test_one_portrait_per_persona_in_the_annex(plan):
    blocks = m8.plan_section(m8.DEMO, plan).appendix_blocks["personas"]
    assert isinstance(blocks[0], Paragraph) and "verzonnen" in blocks[0].text
    headings = [block.text for block in blocks if isinstance(block, Heading)]
    assert headings == ["Sanne, 47 jaar", "Daan, 15 jaar", "Henk, 74 jaar"]
    start = blocks.index(next(block for block in blocks if isinstance(block, Heading) and block.text == "Henk, 74 jaar"))
    henk = blocks[start:]
    assert henk[1].text == "“We hebben het altijd samen gedaan. Dat wil ik zo houden.”"
    facts = [dict(block.items) for block in henk if isinstance(block, Facts)]
    assert facts[0] == {
        "Woonsituatie": "Eengezinswoning met trap in Ter Weide, al 40 jaar",
        "Zorgt voor": "Zijn vrouw (72) met COPD en hartfalen",
        "Uren zorg per week": "30",
        "Zorgt al": "6 jaar",
        "Werk of school": "Gepensioneerd",
        "Netwerk": "Een zoon in Utrecht, een dochter in het buitenland; de kerk",
        "Groep": "Oudere mantelzorgers (partners 65+)",
    }
    assert facts[1] == {
        "Te vinden via": "Huisartsenpraktijk; Praktijkondersteuner (POH-ouderen / POH-GGZ); "
                         "Wijkverpleging / thuiszorg; Religieuze organisaties (kerk, moskee, tempel, synagoge)",
        "Gebaseerd op": "6 gesprekken met mantelzorgers",
        "Andere bronnen": "Keukentafelinterviews van het steunpunt",
    }
    text = text_of(m8.plan_section(m8.DEMO, plan))
    assert "Wat Henk nodig heeft: advies en begeleiding, praktische hulp en respijtzorg." in text
    assert "Wat past: Een ouderenadviseur die helpt" in text
    assert "Waar het knelt: Henk heeft zelf last van zijn rug." in text


def test_a_thin_persona_is_called_a_first_sketch_in_the_plan(plan):
    answers = copy.deepcopy(m8.DEMO)
    answers["personas"][1]["gebaseerd_op_interviews"] = 1
    text = text_of(m8.plan_section(answers, plan))
    assert "De persona Daan is gebaseerd op minder dan 5 gesprekken. Dat is een eerste schets" in text
    assert "(groep: jonge mantelzorgers (tot 18 jaar); 1 gesprek)." in text


def test_a_typed_quote_gets_one_pair_of_quotation_marks(plan):
    answers = copy.deepcopy(m8.DEMO)
    answers["personas"][0]["citaat"] = "“Ik red het wel.”"
    assert "“Ik red het wel.”" in text_of(m8.plan_section(answers, plan)).split("\n")


def test_personas_without_rows_or_with_garbage(plan):
    section = m8.plan_section({"werkwijze": "Nog te doen.", "personas": []}, plan)
    assert not section.is_open and section.appendix_blocks == {}
    assert text_of(section) == "Persona's\nEr zijn nog geen persona’s uitgewerkt.\nNog te doen."
    assert m8.plan_section({}, plan).is_open
    sparse = m8.plan_section({"personas": ["x", {"naam": ["x"], "leeftijd": "oud", "behoeften": "informatie",
                                                 "gebaseerd_op_interviews": "drie", "doelgroep": 5}]}, plan)
    assert "Een persona zonder naam" in text_of(sparse)


def test_check_page_lists_the_personas(plan):
    rows = dict(m8.check_rows(m8.DEMO, plan))
    assert rows["Persona's"] == ("3 rijen: Sanne, 47 jaar (Werkende mantelzorgers); Daan, 15 jaar (Jonge "
                                 "mantelzorgers (tot 18 jaar)); Henk, 74 jaar (Oudere mantelzorgers (partners 65+))")
    assert dict(m7.check_rows(m7.DEMO, plan))["Strategie van de gemeente"] == "Faciliteren"


# --- Advisor rules --------------------------------------------------------------------------------

def test_r48_a_housing_ambition_without_randvoorwaarde(plan):
    assert not rules_of(m7, plan)
    plan["wonen"]["randvoorwaarden"] = []
    [found] = rules_of(m7, plan)
    assert (found.rule, found.severity, found.steps, found.field) == (
        "R48", advisor.WAARSCHUWING, ("wonen",), "randvoorwaarden")
    assert found.message.startswith("Verdieping 7 (Wonen en mantelzorg): u beschrijft een ambitie")
    assert "R48" in [each.rule for each in advisor.findings(plan)]
    plan["wonen"]["randvoorwaarden"] = ["onbekende_code"]  # nothing from the list
    assert [each.rule for each in rules_of(m7, plan)] == ["R48"]
    plan["wonen"]["ambitie_wonen_mantelzorg"] = "  "  # no ambition: nothing to warn about
    assert not rules_of(m7, plan)
    assert not rules_of(m7, {key: value for key, value in plan.items() if key != "wonen"})  # switched off


def test_r47_a_persona_on_fewer_than_five_conversations(plan):
    assert not rules_of(m8, plan)
    plan["personas"]["personas"][1]["gebaseerd_op_interviews"] = 3
    plan["personas"]["personas"][2]["gebaseerd_op_interviews"] = 5  # five is enough
    [found] = rules_of(m8, plan)
    assert (found.rule, found.severity, found.steps, found.field, found.row) == (
        "R47", advisor.WAARSCHUWING, ("personas",), "personas", 2)
    assert found.message.startswith("Verdieping 8 (Persona's): de persona Daan is gebaseerd op 3 gesprekken. ")
    assert "stereotype" in found.message
    plan["personas"]["personas"][0]["gebaseerd_op_interviews"] = 1
    assert [(each.row, "1 gesprek." in each.message) for each in rules_of(m8, plan)] == [(1, True), (2, False)]
    plan["personas"]["personas"][0]["gebaseerd_op_interviews"] = None  # not filled in: completeness asks
    assert [each.row for each in rules_of(m8, plan)] == [2]
    assert not rules_of(m8, {key: value for key, value in plan.items() if key != "personas"})  # switched off


@pytest.mark.parametrize("garbage", [None, "x", [], {"personas": "x"}, {"personas": [None, "x", {"gebaseerd_op_interviews": "drie"}]},
                                     {"ambitie_wonen_mantelzorg": ["x"], "randvoorwaarden": None}])
def test_the_rules_survive_garbage(garbage):
    for module in MODULES:
        assert rules_of(module, {module.SLUG: garbage}) == []
        assert rules_of(module, garbage) == []


# --- The PDF: every portrait on a page of its own --------------------------------------------------

def test_each_portrait_starts_a_new_page_in_the_pdf(plan):
    """The print stylesheet's rule for the annex "personas" (static/css/plan-print.css)."""
    from django.contrib.staticfiles import finders
    from django.template.loader import render_to_string
    from pypdf import PdfReader
    from weasyprint import CSS, HTML

    blocks = m8.plan_section(m8.DEMO, plan).appendix_blocks["personas"]
    body = render_to_string("plan/_blocks.html", {"blocks": blocks, "print": True})
    html = (f'<html lang="nl"><body><article class="plan-document"><section class="plan-chapter plan-chapter--appendix" '
            f'id="bijlage-personas"><h2 class="plan-h2">Bijlage D. Persona’s</h2>{body}</section>'
            '</article></body></html>')
    stylesheet = CSS(filename=finders.find("css/plan-print.css"))
    pdf = HTML(string=html).write_pdf(stylesheets=[stylesheet, CSS(string=":root { --kleur: #154273; }")])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 3
    headings = ["Sanne, 47 jaar", "Daan, 15 jaar", "Henk, 74 jaar"]
    for page, heading in zip(pages, headings):
        assert [each for each in headings if each in page] == [heading]
    assert "Bijlage D" in pages[0] and "verzonnen" in pages[0]
