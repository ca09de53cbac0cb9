"""Verdieping 1 (Opdracht en integrale visie) and Verdieping 5 (Leidende principes).

Domain only, no database: the forms (valid and invalid posts, completeness, tables at their
maximum), the suggestions and derived values, the plan chapters of the demo answers, and the
rules R41 and R42.
"""
import copy

import pytest
from plan_sections import text_of
from postdata import bind, klaar, missing, post_data, valid_form

from steps import m1_opdracht, m5_principes
from steps.advisor import TIP, WAARSCHUWING, findings
from steps.document import Table
from steps.outlines import BELEIDSPLAN, PLAN_VAN_AANPAK

MODULES = (m1_opdracht, m5_principes)
each_module = pytest.mark.parametrize("module", MODULES, ids=lambda module: module.SLUG)


@pytest.fixture
def full_plan(plan):
    """The demo plan with both modules switched on and filled with their demo answers."""
    for module in MODULES:
        plan[module.SLUG] = copy.deepcopy(module.DEMO)
    return plan


def demo(module):
    return copy.deepcopy(module.DEMO)


def sections_in(outline, answers):
    return [section for part in outline.parts for section in part.sections(answers)]


# --- Valid posts ---------------------------------------------------------------------------------

@each_module
def test_demo_answers_are_valid_complete_and_come_back_unchanged(module, full_plan):
    for plan_answers in ({}, full_plan):
        form = valid_form(module, demo(module), plan_answers)
        assert form.answers() == module.DEMO
        assert klaar(bind(module, demo(module), plan_answers=plan_answers))


@each_module
def test_an_empty_page_saves(module):
    form = module.Form(data=post_data(module.Form, {}), prefix=module.SLUG)
    assert form.is_valid(), form.error_list()


def test_m1_accepts_dutch_numbers_and_dates():
    answers = demo(m1_opdracht)
    data = post_data(m1_opdracht.Form, answers)
    data["opdracht-afbakening_budget"] = "€ 12.500,50"
    data["opdracht-afbakening_start"] = "01-02-2026"
    data["opdracht-kernteam-0-uren_per_week"] = "16"
    form = m1_opdracht.Form(data=data, prefix="opdracht")
    assert form.is_valid(), form.error_list()
    result = form.answers()
    assert result["afbakening_budget"] == 12500.5
    assert result["afbakening_start"] == "2026-02-01"
    assert result["kernteam"][0]["uren_per_week"] == 16


def test_m1_a_no_drops_the_explanation_that_belongs_to_a_yes():
    answers = demo(m1_opdracht)
    answers["ambassadeursgroep"] = False
    answers["raad_vroeg_betrekken"] = False
    result = valid_form(m1_opdracht, answers, {}).answers()
    assert result["ambassadeursgroep_leden"] == "" and result["raad_vroeg_hoe"] == ""


# --- Invalid posts -------------------------------------------------------------------------------

@pytest.mark.parametrize("key,value,message", [
    ("opdracht-afbakening_budget", "veel", "Vul een bedrag in euro in, bijvoorbeeld 1.250 of 1.250,50."),
    ("opdracht-afbakening_budget", "12,345", "Vul een bedrag in met hoogstens twee cijfers achter de komma."),
    ("opdracht-afbakening_eind", "31-02-2026", "Vul een geldige datum in, bijvoorbeeld 31-12-2026."),
    ("opdracht-traject_type", "gemengd", "Kies één van de mogelijkheden uit de lijst."),
    ("opdracht-urgentie_intern", "7", "Kies een score uit de lijst."),
    ("opdracht-vorm_visie", ["podcast"], "Kies alleen mogelijkheden uit de lijst."),
    ("opdracht-raad_vroeg_betrekken", "misschien", "Kies ja of nee."),
    ("opdracht-kernteam-0-uren_per_week", "een halve dag", "Vul een getal in, bijvoorbeeld 14.800."),
    ("opdracht-kernteam-0-uren_per_week", "90", "Vul een getal in van 80 of minder."),
    ("opdracht-kernteam-0-beleidsterrein", "sport", "Kies één van de mogelijkheden uit de lijst."),
])
def test_m1_refuses_a_malformed_answer_with_a_dutch_message(key, value, message):
    data = post_data(m1_opdracht.Form, demo(m1_opdracht))
    data[key] = value
    form = m1_opdracht.Form(data=data, prefix="opdracht")
    assert not form.is_valid()
    assert [m for _anchor, _where, m in form.field_errors()] == [message]
    # Everything else on the page is kept.
    assert form.current_answers()["waarom_baat_gemeente"] == m1_opdracht.DEMO["waarom_baat_gemeente"]


@pytest.mark.parametrize("key,value,message", [
    ("principes-toets_eerste_datum", "morgen", "Vul een geldige datum in, bijvoorbeeld 31-12-2026."),
    ("principes-toets_frequentie", "wekelijks", "Kies één van de mogelijkheden uit de lijst."),
    ("principes-visie_gemeente", "misschien", "Kies één van de mogelijkheden uit de lijst."),
    ("principes-waarden_inventaris-0-genoemd_door", "wethouder", "Kies één van de mogelijkheden uit de lijst."),
    ("principes-leidende_principes-0-principe", "x" * 201, "Gebruik maximaal 200 tekens. U heeft er 1 te veel."),
    ("principes-leidende_principes-0-uitleg", "x" * 1002, "Gebruik maximaal 1.000 tekens. U heeft er 2 te veel."),
])
def test_m5_refuses_a_malformed_answer_with_a_dutch_message(key, value, message):
    data = post_data(m5_principes.Form, demo(m5_principes))
    data[key] = value
    form = m5_principes.Form(data=data, prefix="principes")
    assert not form.is_valid()
    assert [m for _anchor, _where, m in form.field_errors()] == [message]


# --- Completeness ("klaar") ------------------------------------------------------------------------

def test_m1_klaar_asks_for_the_required_answers():
    assert missing(bind(m1_opdracht, {})) == [
        "Schrijf op waarom de gemeente iets heeft aan een gedeelde visie.",
        "Kies van wie de opdracht voor de visie komt.",
        "Kies of het een ambtelijk of een politiek traject is.",
    ]


def test_m1_a_yes_asks_for_its_explanation_when_klaar():
    answers = demo(m1_opdracht)
    answers["ambassadeursgroep_leden"] = ""
    answers["raad_vroeg_hoe"] = ""
    assert missing(bind(m1_opdracht, answers)) == [
        "U werkt met een ambassadeursgroep. Schrijf op wie erin zitten.",
        "U betrekt de raad vroeg. Schrijf op hoe u dat doet.",
    ]


def test_m1_a_kernteam_member_needs_a_name():
    answers = demo(m1_opdracht)
    answers["kernteam"][1]["naam"] = ""
    assert missing(bind(m1_opdracht, answers)) == ["Vul de naam van het lid van het kernteam in."]


def test_m5_an_inventory_row_needs_an_image_value_or_rule_of_thumb():
    answers = demo(m5_principes)
    answers["waarden_inventaris"].append({"beeld": "", "waarde": "", "vuistregel": "", "genoemd_door": "partners"})
    assert missing(bind(m5_principes, answers)) == [
        "Vul een beeld, een waarde of een vuistregel in, of haal de rij weg."]


def test_m5_principles_and_roles_need_their_first_column():
    answers = demo(m5_principes)
    answers["leidende_principes"][0]["principe"] = ""
    answers["rollen"][0]["partij"] = ""
    assert missing(bind(m5_principes, answers)) == [
        "Schrijf het leidende principe in een korte zin op.",
        "Vul in voor wie deze afspraak over de rol geldt.",
    ]


# --- Tables at their maximum ------------------------------------------------------------------------

def all_tables():
    return [(module, name) for module in MODULES for name in module.Form.tables]


@pytest.mark.parametrize("module,table", all_tables(), ids=lambda value: getattr(value, "SLUG", value))
def test_every_table_takes_its_maximum_and_refuses_one_more(module, table):
    maximum = module.Form.tables[table].max_rows
    rows = module.DEMO[table]
    answers = demo(module)
    answers[table] = [dict(rows[index % len(rows)]) for index in range(maximum)]
    form = valid_form(module, answers, {})
    assert len(form.answers()[table]) == maximum
    assert text_of(module.plan_section(form.answers(), {}))  # the chapter is written at the maximum too

    answers[table] = [dict(rows[index % len(rows)]) for index in range(maximum + 1)]
    form = bind(module, answers)
    assert not form.is_valid()
    assert f"U kunt maximaal {maximum} rijen invullen." in form.formsets[table].non_form_errors()


# --- Suggestions and derived values -----------------------------------------------------------------

def test_m1_offers_earlier_answers_instead_of_asking_them_again(full_plan):
    answers = demo(m1_opdracht)
    answers["kernteam"] = answers["kernteam"][:2]
    form = m1_opdracht.Form(initial=answers, plan_answers=full_plan, prefix="opdracht")
    suggestions = dict(form.suggestions())
    assert "Wettelijke taak" not in str(suggestions)  # labels inside a sentence are lower case
    assert "wettelijke taak (Wmo 2015)" in suggestions["Bouwstenen voor uw verhaal: waarom een visie?"][0]
    # Step 7's kernteam members not yet in this kernteam.
    assert suggestions["Het kernteam uit stap 7"] == [
        "L. Hendriks (werk en inkomen, 2 uur per week)", "T. Vos (wonen / ruimtelijke ordening, 2 uur per week)",
        "A. Yilmaz (communicatie, 4 uur per week)",
    ]
    krachtenveld = " ".join(suggestions["Het krachtenveld (stap 7)"])
    assert "14 partijen" in krachtenveld and "burgerinitiatieven" in krachtenveld
    assert "adviseren" in " ".join(suggestions["Participatiestijl en adviesraad (stap 2 en 3)"])
    assert "9 acties" in suggestions["De start van de uitvoeringsagenda (stap 7)"][0]


def test_m1_without_earlier_answers_still_points_to_step_7():
    form = m1_opdracht.Form(initial={}, plan_answers={}, prefix="opdracht")
    assert [title for title, _items in form.suggestions()] == ["Het krachtenveld (stap 7)"]


def test_m1_derived_values_show_the_half_day_advice_and_the_duration():
    form = m1_opdracht.Form(initial=demo(m1_opdracht), plan_answers={}, prefix="opdracht")
    derived = {name: (value, uitleg) for name, value, uitleg in form.derived()}
    assert derived["Kernteam"][0] == "5 leden, samen 28 uur per week"
    assert "T. Vos" in derived["Kernteam"][1]
    assert derived["Duur van het traject"][0] == "11 maanden"

    answers = demo(m1_opdracht)
    answers["afbakening_eind"] = "2025-12-01"
    for row in answers["kernteam"]:
        row["uren_per_week"] = 4
    form = m1_opdracht.Form(initial=answers, plan_answers={}, prefix="opdracht")
    derived = {name: (value, uitleg) for name, value, uitleg in form.derived()}
    assert derived["Duur van het traject"][0] == "Klopt niet"
    assert "Elk lid maakt minstens een halve dag" in derived["Kernteam"][1]


def test_m5_offers_its_principles_for_step_1_and_step_1s_here(full_plan):
    answers = demo(m5_principes)
    answers["leidende_principes"] = answers["leidende_principes"][:3] + [
        {"principe": "Dichtbij huis", "uitleg": "Steun in de eigen kern."}]
    form = m5_principes.Form(initial=answers, plan_answers=full_plan, prefix="principes")
    suggestions = dict(form.suggestions())
    assert suggestions["Neem deze principes over in stap 1 (vraag 'Leidende principes')"] == [
        "Dichtbij huis – Steun in de eigen kern."]
    assert [item.split(" – ")[0] for item in suggestions["Principes die al in stap 1 staan"]] == [
        "Samen met, niet over", "Iedere mantelzorger is anders", "Zorgen en werken gaan samen"]
    # Fewer than five principles: the rules of thumb are offered as candidates.
    assert "Respijt binnen twee weken en dichtbij huis" in \
        suggestions["Vuistregels uit uw inventaris: kandidaten voor een principe"]


def test_m5_offers_nothing_to_copy_when_step_1_has_the_same_principles(full_plan):
    answers = demo(m5_principes)
    answers["leidende_principes"][0]["principe"] = "de mantelzorger  telt mee."  # compared loosely
    form = m5_principes.Form(initial=answers, plan_answers=full_plan, prefix="principes")
    assert form.suggestions() == []


def test_m5_derived_values_count_principles_and_inventory():
    form = m5_principes.Form(initial=demo(m5_principes), prefix="principes")
    assert form.derived() == [
        ("Aantal leidende principes", "6", "Dat past bij het advies van vijf tot acht principes."),
        ("Inventaris", "7 rijen", "3 van mantelzorgers, 3 van partners en 1 van de gemeente"),
    ]


# --- The plan chapters -------------------------------------------------------------------------------

def test_m1_chapter_tells_the_demo_in_the_third_person(full_plan):
    section = m1_opdracht.plan_section(demo(m1_opdracht), full_plan)
    assert (section.number, section.slug, section.title) == (1, "opdracht", "Opdracht en aanpak van de visie")
    text = text_of(section)
    for expected in [
        "Lindewaarde wil één gedeelde visie op informele zorg",
        "weinig (2 op een schaal van 1 tot 5)",
        "Het visietraject is een opdracht van het college van burgemeester en wethouders, ondertekend door "
        "Wethouder R. Verhoef",
        "Voor het traject is € 38.000 beschikbaar.",
        "Het traject loopt van 15 januari 2026 tot 20 december 2026.",
        "Een kernteam van 5 collega’s",
        "Samen besteden zij 28 uur per week aan het traject.",
        "T. Vos heeft daar nu minder tijd voor.",
        "staat in het hoofdstuk over draagvlak en uitvoering (14 partijen)",
        "De gemeenteraad is al vroeg bij de visie betrokken: Raadsinformatieavond op 9 april 2026",
        "Het is een politiek traject: het college en de gemeenteraad besluiten over de visie.",
        "Het actieplan in het hoofdstuk over draagvlak en uitvoering, met 9 acties",
    ]:
        assert expected in text, expected
    for second_person in (" u ", " uw ", "U "):
        assert second_person not in text
    tables = [block for block in section.blocks if isinstance(block, Table)]
    assert [(table.caption, table.headers, len(table.rows)) for table in tables] == [
        ("Kernteam voor de visie", ["Naam", "Beleidsterrein", "Rol", "Uren per week"], 5)]


def test_m1_chapter_without_other_steps_and_with_an_ambtelijk_traject():
    answers = demo(m1_opdracht)
    answers.update(traject_type="ambtelijk", raad_vroeg_betrekken=False, ambassadeursgroep=None)
    text = text_of(m1_opdracht.plan_section(answers, {}))
    assert text.startswith("Opdracht en aanpak van de visie\nWaarom een gedeelde visie\nDe gemeente wil")
    assert "Wat de gemeente aan die visie heeft:" in text
    assert "college en raad hoeven de visie niet vast te stellen" in text
    assert "De gemeenteraad wordt niet al tijdens het maken van de visie betrokken." in text
    assert "draagvlak en uitvoering" not in text  # no step 7 to refer to
    assert "ambassadeurs" not in text


def test_m5_chapter_refers_to_the_vision_chapter_when_step_1_has_the_same_principles(full_plan):
    section = m5_principes.plan_section(demo(m5_principes), full_plan)
    assert (section.number, section.slug, section.title) == (5, "principes", "Leidende principes")
    text = text_of(section)
    assert "kijkt Lindewaarde of die past bij deze 6 principes" in text
    assert "staan met hun betekenis in het hoofdstuk over de visie: ‘De mantelzorger telt mee’" in text
    assert [block.caption for block in section.blocks if isinstance(block, Table)] == ["Waardeninventaris"]
    for expected in [
        "Lindewaarde had al een visie op mantelzorgondersteuning, maar die was verouderd.",
        "Dat leverde 7 bijdragen op: 3 van mantelzorgers, 3 van partners en 1 van de gemeente.",
        "Sociaal team: vraagt in elk keukentafelgesprek naar de mantelzorger.",
        "Mantelzorgers, steunpunt, sociaal team, adviesraad en gemeente toetsen elk jaar of het werk nog "
        "bijdraagt aan de visie: doet Lindewaarde nog het juiste",
        "De eerste keer is op 1 juni 2027.",
    ]:
        assert expected in text, expected


def test_m5_chapter_lists_its_principles_when_step_1_does_not_have_them(full_plan):
    for plan_answers in ({}, {**full_plan, "visie": {**full_plan["visie"], "leidende_principes": []}}):
        section = m5_principes.plan_section(demo(m5_principes), plan_answers)
        tables = {block.caption: block for block in section.blocks if isinstance(block, Table)}
        assert tables["Leidende principes"].headers == ["Principe", "Wat het betekent"]
        assert [row[0] for row in tables["Leidende principes"].rows][:2] == ["De mantelzorger telt mee", "Vroeg erbij"]


def test_m5_chapter_with_only_a_test_moment():
    section = m5_principes.plan_section({"toets_frequentie": "halfjaarlijks"}, {})
    assert text_of(section) == (
        "Leidende principes\nToetsen of het beleid nog het juiste doet\nDe gemeente toetst elk half jaar of het werk nog "
        "bijdraagt aan de visie: doet de gemeente nog het juiste, en worden de beoogde resultaten gehaald?")


@each_module
def test_a_module_switched_off_leaves_no_chapter_and_switched_on_adds_it(module, full_plan):
    for outline in (PLAN_VAN_AANPAK, BELEIDSPLAN):
        if module not in [part.section for part in outline.parts]:
            continue
        on = [section.slug for section in sections_in(outline, full_plan)]
        off_answers = {slug: value for slug, value in full_plan.items() if slug != module.SLUG}
        off = [section.slug for section in sections_in(outline, off_answers)]
        assert module.SLUG in on and module.SLUG not in off
        assert [slug for slug in on if slug != module.SLUG] == off


@pytest.mark.parametrize("outline", [PLAN_VAN_AANPAK, BELEIDSPLAN], ids=lambda outline: outline.key)
def test_m5_stands_right_after_a_vision_chapter(outline, full_plan):
    slugs = [section.slug for section in sections_in(outline, full_plan)]
    assert slugs[slugs.index("principes") - 1] == "visie"


# --- Rules -----------------------------------------------------------------------------------------------

def r41(opdracht):
    return list(m1_opdracht.r41_politiek_zonder_raad({"opdracht": opdracht}))


@pytest.mark.parametrize("raad,fragment", [
    (False, "u kiest ervoor de raad niet vroeg te betrekken"),
    (None, "u heeft nog niet ingevuld of u de raad vroeg betrekt"),
])
def test_r41_fires_for_a_political_trajectory_without_the_raad_early(raad, fragment):
    (finding,) = r41({"traject_type": "politiek", "raad_vroeg_betrekken": raad})
    assert (finding.rule, finding.severity, finding.steps, finding.field) == (
        "R41", WAARSCHUWING, ("opdracht",), "raad_vroeg_betrekken")
    assert finding.message.startswith("Opdracht en integrale visie: de raad besluit over de visie")
    assert fragment in finding.message


@pytest.mark.parametrize("opdracht", [
    {"traject_type": "politiek", "raad_vroeg_betrekken": True},
    {"traject_type": "ambtelijk", "raad_vroeg_betrekken": False},
    {"traject_type": "", "raad_vroeg_betrekken": None},
    {},
    demo(m1_opdracht),
])
def test_r41_does_not_fire_otherwise(opdracht):
    assert r41(opdracht) == []


def r42(principes):
    return list(m5_principes.r42_aantal_principes({"principes": principes}))


def principles(count):
    return {"leidende_principes": [{"principe": f"Principe {index}", "uitleg": ""} for index in range(count)]}


@pytest.mark.parametrize("count,fragment", [
    (1, "u heeft 1 leidend principe."), (4, "nog een principe oplevert"), (9, "te veel principes"), (10, "10 leidende"),
])
def test_r42_fires_for_fewer_than_five_or_more_than_eight_principles(count, fragment):
    (finding,) = r42(principles(count))
    assert (finding.rule, finding.severity, finding.steps, finding.field) == (
        "R42", TIP, ("principes",), "leidende_principes")
    assert finding.message.startswith("Leidende principes: u heeft")
    assert fragment in finding.message


@pytest.mark.parametrize("principes", [
    principles(0), principles(5), principles(8), demo(m5_principes), {},
    # Rows without a principle do not count: three filled plus two empty is still three (fires), and
    # five filled plus empty rows is five (does not).
    {"leidende_principes": [{"principe": f"P{index}"} for index in range(5)] + [{"principe": ""}, {"uitleg": "x"}]},
])
def test_r42_does_not_fire_otherwise(principes):
    assert r42(principes) == []


def test_r42_counts_only_filled_principles():
    rows = [{"principe": f"P{index}"} for index in range(3)] + [{"principe": "  "}, {"uitleg": "alleen uitleg"}]
    assert [finding.rule for finding in r42({"leidende_principes": rows})] == ["R42"]


@pytest.mark.parametrize("answers", [
    None, [], "x", {"opdracht": "x", "principes": 3}, {"opdracht": {"traject_type": ["politiek"]}},
    {"opdracht": {"traject_type": "politiek", "raad_vroeg_betrekken": "misschien"}},
    {"principes": {"leidende_principes": "abc"}},
    {"principes": {"leidende_principes": [1, None, "x", {"principe": 5}]}},
])
def test_the_rules_never_raise_on_garbage(answers):
    list(m1_opdracht.r41_politiek_zonder_raad(answers))
    list(m5_principes.r42_aantal_principes(answers))


def test_the_advisor_runs_the_module_rules_only_for_modules_that_are_on(full_plan):
    full_plan["opdracht"]["traject_type"] = "politiek"
    full_plan["opdracht"]["raad_vroeg_betrekken"] = False
    full_plan["principes"] = principles(3)
    assert {"R41", "R42"} <= {finding.rule for finding in findings(full_plan)}
    del full_plan["opdracht"], full_plan["principes"]
    assert not {"R41", "R42"} & {finding.rule for finding in findings(full_plan)}


def test_the_demo_answers_trigger_neither_rule(full_plan):
    assert not {"R41", "R42"} & {finding.rule for finding in findings(full_plan)}
