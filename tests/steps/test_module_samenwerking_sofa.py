"""Verdieping 4 (Lokale samenwerking, figure F13, rule R45) and Verdieping 6 (SOFA en vier V's,
rule R46): forms, demo answers, plan chapters, the samenwerkingsladder and the two rules."""
import copy
import json
import re
from xml.etree import ElementTree

import pytest
from plan_sections import blocks_of, sections_of, text_of
from postdata import bind, post_data, valid_form

from planner.document.assemble import with_figures
from steps import advisor, figures, m4_samenwerking, m6_sofa
from steps.document import NOT_ANSWERED, FigureSlot
from steps.forms import StepForm

M4, M6 = m4_samenwerking, m6_sofa
MODULES = (M4, M6)
each_module = pytest.mark.parametrize("module", MODULES, ids=lambda module: module.SLUG)
SVG = "{http://www.w3.org/2000/svg}"
COLOUR = "#154273"


@pytest.fixture
def full(plan):
    """The demo plan with both modules switched on and filled with their demo answers."""
    plan = copy.deepcopy(plan)
    plan[M4.SLUG] = copy.deepcopy(M4.DEMO)
    plan[M6.SLUG] = copy.deepcopy(M6.DEMO)
    return plan


def answers_of(module):
    return copy.deepcopy(module.DEMO)


def errors(form):
    return [message for _anchor, _where, message in form.field_errors()]


# --- The contract -------------------------------------------------------------------------------

@each_module
def test_it_declares_the_section_contract(module):
    assert (module.NUMBER, module.KIND, module.LABEL) == (int(module.LABEL.split()[-1]), "verdieping", module.LABEL)
    assert module.TITLE and module.SHORT_TITLE and module.PLAN_TITLE and module.WHAT_FOR
    assert 2 <= module.INTRO.count(". ") + 1 <= 4
    assert isinstance(module.TIPS, tuple) and module.TIPS and all(module.TIPS)
    assert issubclass(module.Form, StepForm)
    assert module.RULES and all(callable(rule) for rule in module.RULES)
    assert all(rule in advisor.all_rules() for rule in module.RULES)


@each_module
def test_every_question_has_help_text_and_every_table_a_maximum(module):
    names = [name for _legend, names in module.Form.sections for name in names]
    assert len(names) == len(set(names)) and set(names) == set(module.Form.base_fields) | set(module.Form.tables)
    for name, field in module.Form.base_fields.items():
        assert field.help_text, name
    for name, table in module.Form.tables.items():
        assert table.label and table.help_text and 8 <= table.max_rows <= 30, name
        for column, field in table.form.base_fields.items():
            assert field.help_text, (name, column)


@each_module
def test_the_demo_answers_are_valid_complete_and_come_back_unchanged(module, full):
    form = valid_form(module, answers_of(module), full)
    assert form.answers() == module.DEMO
    assert json.loads(json.dumps(form.answers())) == module.DEMO
    assert valid_form(module, form.answers(), full).answers() == module.DEMO
    assert bind(module, answers_of(module), plan_answers=full).check_complete()


@each_module
def test_an_empty_page_saves_but_is_not_klaar(module, full):
    form = bind(module, {}, plan_answers=full)
    assert form.is_valid()
    assert not form.check_complete()
    table = next(iter(module.Form.tables))
    assert module.Form.tables[table].min_rows_message in errors(form)


@each_module
def test_every_table_takes_its_maximum_and_refuses_one_more(module, full):
    for name, table in module.Form.tables.items():
        rows = answers_of(module)[name]
        answers = answers_of(module)
        answers[name] = [copy.deepcopy(rows[index % len(rows)]) for index in range(table.max_rows)]
        form = bind(module, answers, plan_answers=full)
        assert form.is_valid(), form.error_list()
        assert len(form.answers()[name]) == table.max_rows
        answers[name].append(copy.deepcopy(rows[0]))
        form = bind(module, answers, plan_answers=full)
        assert not form.is_valid()
        assert f"U kunt maximaal {table.max_rows} rijen invullen." in form.formsets[name].non_form_errors()


@each_module
def test_the_plan_chapter_is_open_when_empty_and_never_shows_notes_or_codes(module, full):
    for empty in ({}, None, {"stap_notities": "alleen notities"}):
        section = module.plan_section(empty, full)
        assert section.is_open and (section.number, section.slug) == (module.NUMBER, module.SLUG)
    answers = dict(answers_of(module), stap_notities="Geheime notitie")
    text = text_of(module.plan_section(answers, full))
    assert "Geheime notitie" not in text and NOT_ANSWERED not in text
    for name in set(module.Form.base_fields) | set(module.Form.tables):
        assert name not in text, name
    for codes in (["regisseur_", "school_leerplicht", "informeel_anders", "eerder_signaleren", "huidige_trede"],
                  ["samenwerken\n", "decentraal_", "sofa_"]):
        for code in codes:
            assert code not in text


@each_module
def test_the_plan_chapter_survives_garbage(module, full):
    garbage = {name: "x" for name in module.Form.base_fields}
    garbage.update({name: [{"rol": 7, "partner": None, "prioriteit": "hoog", "huidige_trede": ["a"]}, "rij", None]
                    for name in module.Form.tables})
    for plan_answers in ({}, full, {"visie": "kapot", "draagvlak": {"acties": "geen lijst"}}):
        section = module.plan_section(garbage, plan_answers)
        assert not section.is_open and section.blocks
        text_of(section)
        module.check_rows(garbage, plan_answers)


@each_module
def test_check_rows_list_every_question(module, full):
    rows = module.check_rows(answers_of(module), full)
    labels = [label for label, _value in rows]
    for _legend, names in module.Form.sections:
        for name in names:
            table = module.Form.tables.get(name)
            wanted = table.label if table else str(module.Form.base_fields[name].label)
            assert wanted in labels
    assert all(value for _label, value in rows)
    empty = dict(module.check_rows({}))
    assert all(empty[str(field.label)] == NOT_ANSWERED for field in module.Form.base_fields.values())


# --- M4: the form -----------------------------------------------------------------------------------

def test_m4_refuses_what_is_not_well_formed(full):
    data = post_data(M4.Form, answers_of(M4), plan_answers=full)
    data["samenwerking-eigen_rol"] = "koning"
    data["samenwerking-evaluatie_moment"] = "31-02-2027"
    data["samenwerking-partnerprioritering-0-prioriteit"] = "7"
    data["samenwerking-partnerprioritering-1-gewenste_trede"] = "doen"
    data["samenwerking-partnerprioritering-2-soort"] = "bank"
    form = M4.Form(data=data, prefix=M4.SLUG, plan_answers=full)
    assert not form.is_valid()
    assert form.errors["eigen_rol"] == ["Kies één van de mogelijkheden uit de lijst."]
    assert form.errors["evaluatie_moment"] == ["Vul een geldige datum in, bijvoorbeeld 31-12-2026."]
    rows = form.formsets["partnerprioritering"].forms
    assert rows[0].errors["prioriteit"] == ["Kies een score uit de lijst."]
    assert "gewenste_trede" in rows[1].errors and "soort" in rows[2].errors


def test_m4_asks_for_the_role_the_partner_name_and_the_priority_when_klaar(full):
    answers = answers_of(M4)
    answers["eigen_rol"] = ""
    answers["partnerprioritering"][0]["partner"] = ""
    answers["partnerprioritering"][1]["prioriteit"] = None
    form = bind(M4, answers, plan_answers=full)
    assert form.is_valid() and not form.check_complete()
    assert form.errors["eigen_rol"] == ["Kies welke rol u zelf neemt in de samenwerking."]
    rows = form.formsets["partnerprioritering"].forms
    assert rows[0].errors["partner"] == ["Vul de naam van de partner in."]
    assert rows[1].errors["prioriteit"] == [
        "Kies of u met deze partner eerst, daarna of later aan de slag gaat."]


def test_m4_offers_zelfbeheer_only_on_the_six_rung_ladder(full):
    assert full["comfortzone"]["ladder_variant"] == "zes_treden"
    answers = answers_of(M4)
    answers["partnerprioritering"][0]["gewenste_trede"] = "zelfbeheer"
    assert bind(M4, answers, plan_answers=full).is_valid()
    five = copy.deepcopy(full)
    five["comfortzone"]["ladder_variant"] = "vijf_treden"
    form = M4.Form(data=post_data(M4.Form, answers, plan_answers=five), prefix=M4.SLUG, plan_answers=five)
    assert not form.is_valid()
    assert "gewenste_trede" in form.formsets["partnerprioritering"].forms[0].errors


def test_m4_suggests_the_partners_of_step_7_with_their_rungs(full):
    form = M4.Form(initial=answers_of(M4), prefix=M4.SLUG, plan_answers=full)
    suggestions = dict(form.suggestions())
    items = suggestions["Partners uit stap 7 (stakeholders)"]
    text = "\n".join(items)
    assert "Huisartsen / zorggroep / POH (Huisartsenkring Lindewaarde) (formeel: huisarts, POH of zorggroep): " \
           "nu informeren, gewenst adviseren (2 treden hoger) (staat al in uw tabel)." in items
    assert "Zorgverzekeraar / zorgkantoor (Regionaal zorgkantoor)" in text
    assert "Wethouder" not in text and "College" not in text  # the gemeente itself is no partner
    assert items[0].startswith("Scholen en onderwijsinstellingen")  # the largest gap first (3 rungs)
    assert "(staat al in uw tabel)" not in next(item for item in items if item.startswith("Zorgverzekeraar"))
    empty = dict(M4.Form(plan_answers={}).suggestions())
    assert "In stap 7 staan nog geen partijen" in empty["Partners uit stap 7 (stakeholders)"][0]


def test_m4_shows_the_gap_per_partner_and_its_action_in_step_7(full):
    derived = M4.Form(initial=answers_of(M4), prefix=M4.SLUG, plan_answers=full).derived()
    assert [row[0] for row in derived] == [row["partner"] for row in M4.DEMO["partnerprioritering"]]
    huisarts = derived[0]
    assert huisarts[1] == "nu informeren, gewenst adviseren (2 treden hoger)"
    assert "Signaleringsafspraak huisartsen–steunpunt" in huisarts[2]
    assert derived[3][2] == "Eén trede hoger: een kleine stap."
    assert M4.Form(plan_answers=full).derived()[0][1] == "Nog niet te bepalen"


# --- M4: the plan ------------------------------------------------------------------------------------

def test_m4_plan_chapter_tells_the_demo(full):
    section = M4.plan_section(answers_of(M4), full)
    text = text_of(section)
    assert section.title == "Lokale samenwerking" and not section.is_open
    assert "In de samenwerking met lokale partners is Lindewaarde regisseur: zij brengt partners samen" in text
    assert "Lindewaarde werkt samen met 5 partners: 4 formele organisaties en 1 informeel initiatief." in text
    assert ("Eerst komt de samenwerking met Huisartsenkring Lindewaarde, Sociaal team Lindewaarde en Scholen "
            "en leerplichtambtenaar.") in text
    assert "De grootste stap (3 treden hoger) is bij Scholen en leerplichtambtenaar." in text
    assert "De eerste evaluatie van de samenwerking is uiterlijk 31 oktober 2027." in text
    table = next(block for block in section.blocks if block.kind == "table")
    assert table.headers[3] == "Samenwerking nu → gewenst"
    assert [row[2] for row in table.rows] == ["1 (eerst)"] * 3 + ["2 (daarna)"] * 2
    assert table.rows[0][:2] == ["Huisartsenkring Lindewaarde", "Formeel: huisarts, POH of zorggroep"]
    assert table.rows[2][3] == "Informeren → Coproduceren"
    slots = [block for block in section.blocks if isinstance(block, FigureSlot)]
    assert [slot.figure_id for slot in slots] == ["F13"]


def test_m4_plan_chapter_draws_the_ladder_in_its_slot(full):
    blocks = with_figures(M4.plan_section(answers_of(M4), full).blocks, full, COLOUR)
    drawn = [block for block in blocks if block.kind == "figure"]
    assert len(drawn) == 1 and drawn[0].figure_id == "F13"
    # Without rungs there is no ladder heading and no figure.
    answers = answers_of(M4)
    for row in answers["partnerprioritering"]:
        row["huidige_trede"] = ""
    plan = dict(full, samenwerking=answers)
    section = M4.plan_section(answers, plan)
    assert "Samenwerkingsladder" not in text_of(section)
    assert not [block for block in with_figures(section.blocks, plan, COLOUR) if block.kind == "figure"]


def test_m4_speaks_of_de_gemeente_without_a_name(full):
    full["visie"]["gemeente_naam"] = ""
    text = text_of(M4.plan_section(answers_of(M4), full))
    assert "is de gemeente regisseur" in text and "De gemeente werkt samen met 5 partners" in text


# --- F13 Samenwerkingsladder --------------------------------------------------------------------------

def gap_labels(svg):
    return [node.text for node in svg.iter(f"{SVG}text")
            if node.text and re.fullmatch(r"[+−]\d treden?|gelijk", node.text)]


def test_f13_draws_one_gap_per_partner_with_a_text_alternative(full):
    figure = figures.draw("F13", full, COLOUR)
    assert figure.figure_id == "F13" and figure.caption
    svg = ElementTree.fromstring(figure.svg)
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title")
    assert title is not None and svg.get("aria-labelledby") == title.get("id") and title.text == figure.alt
    assert title.get("id") == "figuur-samenwerkingsladder-titel"
    assert not re.search(r"\bclass=", figure.svg)
    assert gap_labels(svg) == ["+2 treden", "+2 treden", "+3 treden", "+1 trede", "+2 treden"]
    # Not colour alone: the big steps are bold, the two ends have different shapes.
    bold = [node.text for node in svg.iter(f"{SVG}text") if node.get("font-weight") == "bold"]
    assert bold.count("+2 treden") == 3 and "+3 treden" in bold and "+1 trede" not in bold
    assert len(svg.findall(f"{SVG}circle")) == 5 + 1 and len(svg.findall(f"{SVG}polygon")) == 5 + 1  # and legend
    assert "stap omlaag" not in figure.svg
    for row in M4.DEMO["partnerprioritering"]:
        assert row["partner"] in figure.alt
    assert "Scholen en leerplichtambtenaar: nu informeren, gewenst coproduceren, 3 treden hoger" in figure.alt
    assert "Ondernemersvereniging Lindewaarde: nu informeren, gewenst raadplegen, 1 trede hoger" in figure.alt
    assert figure.alt.endswith("Twee treden of meer omhoog: Huisartsenkring Lindewaarde, Sociaal team "
                               "Lindewaarde, Scholen en leerplichtambtenaar en Stichting Samen Hazelt.")


def test_f13_shows_equal_and_lower_rungs_and_the_five_rung_ladder(full):
    rows = full["samenwerking"]["partnerprioritering"]
    rows[0]["gewenste_trede"] = "informeren"  # gelijk
    rows[1]["gewenste_trede"] = "informeren"  # one lower
    rows[2]["huidige_trede"] = ""  # left out: only one rung known
    full["comfortzone"]["ladder_variant"] = "vijf_treden"
    figure = figures.f13_samenwerkingsladder(full, COLOUR)
    svg = ElementTree.fromstring(figure.svg)
    assert gap_labels(svg) == ["gelijk", "−1 trede", "+1 trede", "+2 treden"]
    assert "Huisartsenkring Lindewaarde: nu informeren, gewenst informeren, gelijk" in figure.alt
    assert "Sociaal team Lindewaarde: nu raadplegen, gewenst informeren, 1 trede lager" in figure.alt
    assert "Scholen" not in figure.alt
    assert "tot 5 meebeslissen" in figure.alt
    headers = [node.text for node in svg.iter(f"{SVG}text") if node.text and re.match(r"\d [A-Z]", node.text)]
    assert headers == ["1 Informeren", "2 Raadplegen", "3 Adviseren", "4 Coproduceren", "5 Meebeslissen"]
    assert 'stroke-dasharray="4 3"' in figure.svg and "stap omlaag" in figure.svg  # the step down is dashed


def test_f13_draws_nothing_without_rungs_and_keeps_typed_text_as_text(full):
    assert figures.f13_samenwerkingsladder({}, COLOUR) is None
    assert figures.f13_samenwerkingsladder({"samenwerking": {"partnerprioritering": "kapot"}}, COLOUR) is None
    hostile = '<script>alert("x")</script> & "quotes"'
    full["samenwerking"]["partnerprioritering"][0]["partner"] = hostile
    figure = figures.f13_samenwerkingsladder(full, COLOUR)
    svg = ElementTree.fromstring(figure.svg)
    assert svg.find(f".//{SVG}script") is None and "&lt;script&gt;" in figure.svg


def test_f13_fits_a_full_table_of_long_names(full):
    rows = [dict(M4.DEMO["partnerprioritering"][index % 5],
                 partner=f"Partner {index} met een heel lange naam die niet op één regel past in de figuur")
            for index in range(M4.Form.tables["partnerprioritering"].max_rows)]
    full["samenwerking"]["partnerprioritering"] = rows
    figure = figures.f13_samenwerkingsladder(full, COLOUR)
    svg = ElementTree.fromstring(figure.svg)
    assert len(gap_labels(svg)) == len(rows)
    height = float(svg.get("height"))
    for node in svg.iter(f"{SVG}text"):
        assert 0 < float(node.get("y")) < height
        if node.get("text-anchor") is None:  # the names, left: never into the plot
            assert figures.text_width(node.text, 9.5) <= 176 or float(node.get("y")) > height - 20


# --- R45 ------------------------------------------------------------------------------------------------

def r45(plan):
    return list(M4.r45_partner_zonder_actie(plan))


def test_r45_is_silent_on_the_demo_where_every_big_step_has_an_action(full):
    assert r45(full) == []
    assert not [found for found in advisor.findings(full) if found.rule in ("R45", "R46")]


def test_r45_fires_for_a_big_step_without_an_action(full):
    for actie in full["draagvlak"]["acties"]:
        actie["partners"] = actie["partners"].replace("Huisartsenkring", "Zorggroep")
    found = r45(full)
    assert len(found) == 1
    finding = found[0]
    assert (finding.rule, finding.severity, finding.steps, finding.field) == (
        "R45", "waarschuwing", ("draagvlak", "samenwerking"), "acties")
    assert finding.message == (
        "Stap 7: met Huisartsenkring Lindewaarde wilt u veel nauwer samenwerken (van informeren naar "
        "adviseren, 2 treden hoger). In het actieplan staat nog geen actie met deze partner. Voeg een "
        "actie toe en noem de partner bij 'Trekker' of 'Partners'.")
    assert found == [f for f in advisor.findings(full) if f.rule == "R45"]


def test_r45_does_not_fire_for_a_small_step_or_a_step_down(full):
    full["draagvlak"]["acties"] = []
    rows = full["samenwerking"]["partnerprioritering"]
    assert len(r45(full)) == 4  # all but the Ondernemersvereniging (one rung)
    for row in rows:
        row["gewenste_trede"] = "raadplegen"
    assert r45(full) == []
    rows[0].update(huidige_trede="coproduceren", gewenste_trede="informeren")
    assert r45(full) == []


def test_r45_does_not_fire_when_the_module_is_off_or_on_garbage(full):
    full["draagvlak"]["acties"] = []
    off = {slug: answers for slug, answers in full.items() if slug != "samenwerking"}
    assert r45(off) == []
    for garbage in (None, [], "x", {"samenwerking": "x"}, {"samenwerking": {"partnerprioritering": [None, 3, "x"]}},
                    {"samenwerking": {"partnerprioritering": [{"partner": 7, "huidige_trede": 1,
                                                               "gewenste_trede": ["x"]}]}},
                    {"samenwerking": {"partnerprioritering": [{"partner": "X", "huidige_trede": "informeren",
                                                               "gewenste_trede": "coproduceren"}]},
                     "draagvlak": {"acties": [None, {"wie_trekker": 5, "partners": ["x"]}]}}):
        list(M4.r45_partner_zonder_actie(garbage))
    one = {"samenwerking": {"partnerprioritering": [{"partner": "Bibliotheek", "huidige_trede": "informeren",
                                                     "gewenste_trede": "adviseren"}]}}
    assert [f.rule for f in r45(one)] == ["R45"]  # no step 7 at all: no action


@pytest.mark.parametrize("text,partner,found", [
    ("Huisartsenkring", "Huisartsenkring Lindewaarde", True),  # a distinctive word
    ("Steunpunt, huisartsen", "Huisarts Oosterbroek", True),  # a word that starts another (6+ letters)
    ("Sociaal team", "Sociaal team Lindewaarde", True),  # the phrase without the gemeente's name
    ("Welzijn Lindewaarde", "Stichting Welzijn Lindewaarde", True),  # the phrase without 'stichting'
    ("Zorggroep De Linde, vrijwilligerscentrale", "Zorggroep \u201cDe Linde\u201d", True),
    ("Stichting Samen Hazelt", "Stichting Sámen Hazelt", True),  # accents and case do not matter
    ("Bibliotheek Lindewaarde", "Huisartsenkring Lindewaarde", False),  # only the gemeente's name
    ("Adviesraad sociaal domein", "Sociaal wijkteam", False),  # only a general word
    ("Stichting Welzijn", "Stichting Samen Hazelt", False),  # 'stichting' tells nothing
    ("Linde", "Lindenhof", False),  # shorter than 6 letters: no prefix match
    ("", "Huisartsen", False),
    ("Huisartsen", "", False),
])
def test_r45_matches_a_partner_in_trekker_or_partners(text, partner, found):
    assert M4.mentions(text, partner, ignore={"lindewaarde"}) is found


def test_r45_reads_trekker_and_partners_not_the_action_text(full):
    full["draagvlak"]["acties"] = [{"actie": "Overleg met Huisartsenkring Lindewaarde", "wie_trekker": "Gemeente",
                                    "partners": ""}]
    assert "Huisartsenkring Lindewaarde" in " ".join(f.message for f in r45(full))
    full["draagvlak"]["acties"][0]["wie_trekker"] = "Huisartsenkring"
    assert "Huisartsenkring Lindewaarde" not in " ".join(f.message for f in r45(full))


# --- M6: the form and the check ---------------------------------------------------------------------

def test_m6_refuses_what_is_not_well_formed(full):
    data = post_data(M6.Form, answers_of(M6), plan_answers=full)
    data["sofa-sofa_maatregelen-0-rol"] = "vriend"
    data["sofa-decentraal_in_uitvoering"] = "misschien"
    data["sofa-decentraal_zelf"] = "x" * 5001
    form = M6.Form(data=data, prefix=M6.SLUG, plan_answers=full)
    assert not form.is_valid()
    assert form.formsets["sofa_maatregelen"].forms[0].errors["rol"] == ["Kies één van de mogelijkheden uit de lijst."]
    assert form.errors["decentraal_in_uitvoering"] == ["Kies ja of nee."]
    assert form.errors["decentraal_zelf"] == ["Gebruik maximaal 5.000 tekens. U heeft er 1 te veel."]


def test_m6_asks_for_the_role_and_a_measure_when_klaar(full):
    answers = answers_of(M6)
    answers["sofa_maatregelen"][0]["rol"] = ""
    answers["sofa_maatregelen"][1].update(bestaande_maatregel="", gewenste_maatregel="")
    form = bind(M6, answers, plan_answers=full)
    assert form.is_valid() and not form.check_complete()
    rows = form.formsets["sofa_maatregelen"].forms
    assert rows[0].errors["rol"] == ["Kies over welke rol van de mantelzorger deze maatregel gaat."]
    assert rows[1].errors["gewenste_maatregel"] == ["Vul in wat er al is of wat er bij moet komen."]


def test_m6_shows_the_vinden_check_from_step_1(full):
    derived = dict((label, (value, uitleg)) for label, value, uitleg in
                   M6.Form(initial=answers_of(M6), plan_answers=full).derived())
    assert derived["Vinden komt eerst"][0] == "Vinden staat voorop"
    assert derived["Prioriteit per V-gebied (stap 1)"][0] == "vinden 5, versterken 4, verlichten 5, verbinden 3"
    full["visie"]["prioriteit_vinden"] = 1
    assert M6.vinden_check(full)[0] == "Vinden komt niet eerst"
    full["visie"]["prioriteit_vinden"] = 4
    assert M6.vinden_check(full) == (
        "Vinden staat niet voorop",
        "Vinden heeft in stap 1 prioriteit 4; hoger staat verlichten. In stap 1 gaan 2 doelen over vinden.")
    assert M6.vinden_check({})[0] == "Nog niet te bepalen"


def test_m6_suggests_measures_per_role_with_the_scores_of_step_1(full):
    suggestions = dict(M6.Form(plan_answers=full).suggestions())
    items = suggestions["Voorbeelden per rol"]
    assert len(items) == 4 and items[0].startswith("Collega / partner in de zorg (samenwerken): bijvoorbeeld")
    assert items[1].endswith("Stap 1: uw beleid erkent deze rol met 4 van 5.")
    assert suggestions["Uit stap 1"] == ["Deze rollen wilt u versterken: Collega / partner in de zorg en Expert."]


def test_m6_plan_chapter_names_the_sofa_model_and_tells_the_demo(full):
    section = M6.plan_section(answers_of(M6), full)
    text = text_of(section)
    assert section.title == "De mantelzorger in vier rollen (SOFA)"
    assert text.count("SOFA-model") >= 3
    assert "Lindewaarde gebruikt het SOFA-model" in text
    assert "collega / partner in de zorg 2, cliënt / hulpvrager 4, naaste 2 en expert 2" in text
    assert "Versterken wil Lindewaarde vooral de rollen collega / partner in de zorg en expert." in text
    assert ("Lindewaarde gaf vinden prioriteit 5 van 5, niet lager dan de andere V's. Er gaan 2 doelen over "
            "vinden.") in text
    assert "In de uitvoering gebruikt Lindewaarde deze volgorde als checklist:" in text
    table = next(block for block in section.blocks if block.kind == "table")
    assert table.headers == ["Rol (SOFA)", "Wat er al is", "Wat er bij komt"]
    assert [row[0] for row in table.rows] == ["Collega / partner in de zorg (samenwerken)",
                                             "Cliënt / hulpvrager (ondersteunen)", "Naaste (faciliteren)",
                                             "Expert (afstemmen)"]
    checklist = next(block for block in section.blocks if block.kind == "list")
    assert [item.split(":")[0] for item in checklist.items] == ["Zelf", "Netwerk", "Vrijwilligers", "Professional"]


def test_m6_plan_chapter_names_missing_roles_and_skips_an_empty_checklist(full):
    answers = answers_of(M6)
    answers["sofa_maatregelen"] = answers["sofa_maatregelen"][:2]
    for name, _layer, _question in M6.LAGEN:
        answers[name] = ""
    text = text_of(M6.plan_section(answers, full))
    assert "Voor de rollen naaste en expert zijn nog geen maatregelen beschreven." in text
    assert "Eerst zelf, dan het netwerk" not in text
    answers["decentraal_netwerk"] = "Buren springen bij."
    answers["decentraal_in_uitvoering"] = False
    text = text_of(M6.plan_section(answers, full))
    assert "Zo regelt Lindewaarde elke stap:" in text and "Netwerk: Buren springen bij." in text


# --- R46 ------------------------------------------------------------------------------------------------

def r46(plan):
    return list(M6.r46_vinden_laagste_prioriteit(plan))


def test_r46_fires_when_vinden_has_the_lowest_priority_and_goals_are_elsewhere(full):
    assert r46(full) == []  # the demo: vinden 5
    full["visie"]["prioriteit_vinden"] = 2
    found = r46(full)
    assert len(found) == 1
    finding = found[0]
    assert (finding.rule, finding.severity, finding.steps, finding.field) == (
        "R46", "tip", ("visie", "sofa"), "prioriteit_vinden")
    assert finding.message == (
        "Stap 1: vinden heeft de laagste prioriteit (2), maar u heeft doelen voor versterken, verlichten en "
        "verbinden. Die doelen haalt u alleen als u mantelzorgers eerst vindt. Geef vinden meer prioriteit, of "
        "leg in 'SOFA en vier V's' uit hoe u mantelzorgers toch eerst vindt.")
    full["visie"]["prioriteit_vinden"] = 3  # a tie with verbinden (3) still counts as lowest
    assert [f.rule for f in r46(full)] == ["R46"]
    assert "doelen voor versterken en verlichten" in r46(full)[0].message  # verbinden is not above vinden


def test_r46_does_not_fire_when_vinden_is_not_lowest_or_no_goal_is_above_it(full):
    full["visie"]["prioriteit_vinden"] = 4
    assert r46(full) == []  # verbinden (3) is lower
    for code in ("vinden", "versterken", "verlichten", "verbinden"):
        full["visie"][f"prioriteit_{code}"] = 3
    assert r46(full) == []  # all equal: nothing is above vinden
    full["visie"]["prioriteit_verlichten"] = 5
    full["visie"]["doelen"] = [row for row in full["visie"]["doelen"] if row["v_gebied"] != "verlichten"]
    assert r46(full) == []  # the higher V has no goal
    full["visie"]["prioriteit_vinden"] = None
    assert r46(full) == []


def test_r46_only_while_the_module_is_on_and_never_on_garbage(full):
    full["visie"]["prioriteit_vinden"] = 1
    assert [f.rule for f in r46(full)] == ["R46"]
    full[M6.SLUG] = {}  # switched on, not yet saved: still a tip
    assert [f.rule for f in r46(full)] == ["R46"]
    del full[M6.SLUG]
    assert r46(full) == []
    assert "R46" not in [f.rule for f in advisor.findings(full)]
    for garbage in (None, [], {"sofa": {}, "visie": "x"}, {"sofa": {}, "visie": {"prioriteit_vinden": "laag",
                                                                                   "doelen": "x"}},
                    {"sofa": {}, "visie": {"prioriteit_vinden": 1, "prioriteit_versterken": [5],
                                           "doelen": [None, {"v_gebied": 3}]}}):
        assert r46(garbage) == []


def test_sections_of_both_modules_are_well_formed(full):
    for module in MODULES:
        for section in sections_of(module.plan_section(answers_of(module), full)):
            assert all(block.kind for block in blocks_of(section))
