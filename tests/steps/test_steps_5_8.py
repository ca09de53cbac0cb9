"""Steps 5–8 at form level: questions, validation, answers, plan chapters and the check page.

What every step must do (module attributes, help text, Dutch messages, demo answers, table sizes,
open chapters, prose without codes, the check page) is tested once for all steps in
test_step_contract.py; this file tests what steps 5–8 do on their own.
"""

import pytest
from plan_sections import text_of
from postdata import bind, klaar, post_data, step, valid_form

from steps import advisor, s5_instrumenten, s6_doelgroepen, s7_draagvlak, s8_evaluatie
from steps.catalogs.base import Option
from steps.catalogs import options
from steps.catalogs.instruments import EIGEN_INSTRUMENT, INSTRUMENTEN, instrumenten_voor
from steps.choices import chosen_label, doel_options, instrument_options
from steps.document import NOT_ANSWERED
from steps.text import instrument_name


def findings_after_save(form, plan):
    """(rule, field) of the advisor's findings once `form`'s answers are saved in `plan`."""
    assert form.is_valid(), form.error_list()  # the save works
    return {(found.rule, found.field) for found in advisor.findings({**plan, form.prefix: form.answers()})}


def errors_of(module, answers, plan):
    """What is missing to mark the step klaar (kind 2); the save itself (format, kind 1) works."""
    form = bind(module, answers, plan_answers=plan)
    assert form.is_valid(), form.error_list()
    assert not form.check_complete()
    return [message for _anchor, _where, message in form.field_errors()]


# --- Questions and tables ----------------------------------------------------------------------

def test_field_names_follow_domain_md():
    assert set(s5_instrumenten.Form.tables["instrumenten"].form.base_fields) == {
        "instrument", "eigen_naam", "titel", "fasen", "trede", "doelgroepen",
        "beoogd_aantal_deelnemers", "start", "eind", "geraamde_kosten", "geraamde_uren",
        "verantwoordelijke", "uitvoerder", "terugkoppeling_gepland", "opmerking"}
    assert set(s6_doelgroepen.Form.tables["wervingsplan"].form.base_fields) == {
        "doelgroep", "vindplaats", "wervingsaanpak", "instrument", "verantwoordelijke",
        "start_werving", "deadline", "beoogd_aantal", "status", "behaald_aantal"}
    assert {"stakeholder", "naam_contact", "belang", "invloed", "houding", "huidige_samenwerking_trede",
            "gewenste_samenwerking_trede", "actie", "eigenaar", "wanneer"} <= set(
        s7_draagvlak.Form.tables["stakeholders"].form.base_fields)
    assert set(s8_evaluatie.Form.tables["indicatoren"].form.base_fields) == {
        "doel", "indicator", "soort", "bron", "nulmeting", "streefwaarde", "meetmoment", "realisatie"}
    assert {"modus", "evaluatievorm", "tevredenheid_meting", "tevredenheid_score", "bereik_toelichting",
            "conclusies", "scenarios_overwogen", "scenario_gekozen", "scenario_motivering"} <= set(
        s8_evaluatie.Form.base_fields)


def test_yes_no_in_a_row_shows_the_saved_answer(plan):
    form = s5_instrumenten.Form(initial=step(plan, s5_instrumenten), prefix="instrumenten", plan_answers=plan)
    html = str(form.formsets["instrumenten"].forms[0]["terugkoppeling_gepland"])
    assert 'value="ja" selected' in html


# --- Step 5 ------------------------------------------------------------------------------------

def test_s5_combination_needs_an_explanation_from_two_instruments(plan):
    answers = step(plan, s5_instrumenten)
    answers["combinatie_toelichting"] = ""
    form = bind(s5_instrumenten, answers, plan_answers=plan)
    assert not klaar(form)
    assert form.errors["combinatie_toelichting"] == [
        "U kiest twee of meer instrumenten. Leg uit hoe ze elkaar aanvullen."]

    answers["instrumenten"] = answers["instrumenten"][:1]
    valid_form(s5_instrumenten, answers, plan)


def test_s5_own_instrument_needs_a_name(plan):
    answers = step(plan, s5_instrumenten)
    answers["instrumenten"][0].update(instrument="eigen", eigen_naam="")
    assert "Geef uw eigen instrument een naam." in errors_of(s5_instrumenten, answers, plan)
    answers["instrumenten"][0]["eigen_naam"] = "Wandelgesprek"
    form = valid_form(s5_instrumenten, answers, plan)
    assert instrument_name(form.answers()["instrumenten"][0]).startswith("Wandelgesprek")


def test_s5_empty_rung_takes_the_rung_of_step_4(plan):
    answers = step(plan, s5_instrumenten)
    answers["instrumenten"][7]["trede"] = ""  # cocreatiesessie in beleidsvoorbereiding
    form = valid_form(s5_instrumenten, answers, plan)
    assert form.answers()["instrumenten"][7]["trede"] == "coproduceren"

    zonder_stap_4 = {key: value for key, value in plan.items() if key != "beleidsfasen"}
    form = bind(s5_instrumenten, answers, plan_answers=zonder_stap_4)
    assert not klaar(form)
    assert form.formsets["instrumenten"].forms[7].errors["trede"]


def test_s5_an_end_before_the_start_is_saved_and_reported(plan):
    # Each date exists (format); comparing them is the advisor's job (R35, domain.md 0.1).
    answers = step(plan, s5_instrumenten)
    answers["instrumenten"][0]["eind"] = "2026-01-01"
    form = bind(s5_instrumenten, answers, plan_answers=plan)
    assert klaar(form)
    assert ("R35", "instrumenten") in findings_after_save(form, plan)


def test_s5_zelfbeheer_only_with_six_rungs(plan):
    answers = step(plan, s5_instrumenten)
    answers["instrumenten"][0]["trede"] = "zelfbeheer"
    valid_form(s5_instrumenten, answers, plan)  # demo uses the six-rung ladder
    plan["comfortzone"]["ladder_variant"] = "vijf_treden"
    assert not bind(s5_instrumenten, answers, plan_answers=plan).is_valid()


def test_s5_suggestions_fit_rungs_and_phases_of_step_4(plan):
    form = s5_instrumenten.Form(initial={}, prefix="instrumenten", plan_answers=plan)
    suggestions = form.suggestions()
    assert len(suggestions) == 7
    title, texts = suggestions[0]
    assert title == "Inventarisatie – trede raadplegen"
    expected = [item for item in instrumenten_voor(["raadplegen"], ["inventarisatie"])]
    assert len(texts) == len(expected)
    assert all("Sterk:" in text and "Let op:" in text for text in texts)
    assert expected[0].zwak in texts[0]

    # Chosen instruments are not suggested again.
    chosen = s5_instrumenten.Form(initial=step(plan, s5_instrumenten), prefix="instrumenten",
                                  plan_answers=plan).suggestions()
    assert not any(text.startswith("Enquête") for _title, texts in chosen for text in texts)

    empty = s5_instrumenten.Form(initial={}, prefix="instrumenten", plan_answers={}).suggestions()
    assert empty[0][0] == "Eerst stap 4 invullen"


def test_s5_derived_total_cost(plan):
    form = s5_instrumenten.Form(initial=step(plan, s5_instrumenten), prefix="instrumenten", plan_answers=plan)
    (label, value, uitleg), = form.derived()
    assert (label, value) == ("Totale geraamde kosten instrumenten", "€ 37.000")
    assert "€ 38.000" in uitleg


# --- Step 6 ------------------------------------------------------------------------------------

def _zonder_jonge_mantelzorgers(answers):
    answers["doelgroepen"] = [r for r in answers["doelgroepen"] if r["doelgroep"] != "jonge_mantelzorgers"]
    answers["vindplaatsen"] = [r for r in answers["vindplaatsen"] if "jonge_mantelzorgers" not in r["doelgroepen"]]
    answers["wervingsplan"] = [r for r in answers["wervingsplan"] if r["doelgroep"] != "jonge_mantelzorgers"]
    return answers


def test_s6_young_carers_without_privacy_is_saved_and_reported(plan):
    answers = step(plan, s6_doelgroepen)
    answers["privacy_afspraken"] = ""
    form = bind(s6_doelgroepen, answers, plan_answers=plan)
    assert klaar(form)
    assert ("R33", "privacy_afspraken") in findings_after_save(form, plan)
    form = valid_form(s6_doelgroepen, _zonder_jonge_mantelzorgers(answers), plan)
    assert ("R33", "privacy_afspraken") not in findings_after_save(form, plan)


def test_s6_recruitment_uses_the_chosen_groups_and_places(plan):
    answers = step(plan, s6_doelgroepen)
    answers["wervingsplan"][0]["doelgroep"] = "lhbti"
    answers["wervingsplan"][1]["vindplaats"] = "hospice"
    answers["vindplaatsen"][0]["doelgroepen"] = ["palliatief"]
    form = bind(s6_doelgroepen, answers, plan_answers=plan)
    assert klaar(form)
    messages = [f.message for f in advisor.findings({**plan, "doelgroepen": form.answers()}) if f.rule == "R39"]
    assert any("LHBTI" in m and "wervingsplan" in m for m in messages)
    assert any("hospice" in m.lower() and "vindplaatsen" in m for m in messages)
    assert any("laatste levensfase" in m for m in messages)


def test_s6_alle_counts_as_a_chosen_group_and_groups_are_unique(plan):
    answers = step(plan, s6_doelgroepen)
    answers["vindplaatsen"][0]["doelgroepen"] = ["alle"]
    valid_form(s6_doelgroepen, answers, plan)
    answers["doelgroepen"].append(dict(answers["doelgroepen"][0]))
    form = bind(s6_doelgroepen, answers, plan_answers=plan)
    assert klaar(form)
    assert any("twee keer" in f.message for f in advisor.findings({**plan, "doelgroepen": form.answers()})
               if f.rule == "R39")


def test_s6_deadline_not_before_start_and_own_names(plan):
    answers = step(plan, s6_doelgroepen)
    answers["wervingsplan"][0]["deadline"] = "2026-01-01"
    answers["vindplaatsen"][0].update(vindplaats="eigen", eigen_naam="")
    messages = errors_of(s6_doelgroepen, answers, plan)
    assert messages == ["Geef uw eigen vindplaats een naam."]
    assert ("R35", "wervingsplan") in findings_after_save(bind(s6_doelgroepen, answers, plan_answers=plan), plan)


def test_s6_instrument_choices_come_from_step_5(plan):
    answers = step(plan, s6_doelgroepen)
    answers["wervingsplan"][0]["instrument"] = "wijkschouw"  # in the catalogue, not in step 5
    form = bind(s6_doelgroepen, answers, plan_answers=plan)
    assert not klaar(form)
    assert form.formsets["wervingsplan"].forms[0].errors["instrument"]
    zonder_stap_5 = {key: value for key, value in plan.items() if key != "instrumenten"}
    valid_form(s6_doelgroepen, answers, zonder_stap_5)  # falls back to the whole catalogue
    choices = dict(s6_doelgroepen.Form(prefix="doelgroepen", plan_answers=plan)
                   .formsets["wervingsplan"].empty_form.fields["instrument"].choices)
    assert "focusgroep" in choices and "wijkschouw" not in choices


def test_s6_suggestions_propose_places_for_the_groups(plan):
    answers = step(plan, s6_doelgroepen)
    form = s6_doelgroepen.Form(initial=answers, prefix="doelgroepen", plan_answers=plan)
    (title, texts), = form.suggestions()
    assert title == "Voorgestelde vindplaatsen"
    assert any(text.startswith("Praktijkondersteuner") for text in texts)
    assert not any(text.startswith("Huisartsenpraktijk") for text in texts)  # already chosen

    form = s6_doelgroepen.Form(initial={}, prefix="doelgroepen", plan_answers=plan)
    titles = [title for title, _texts in form.suggestions()]
    assert titles == ["Groepen uit uw beleidskeuze in stap 1", "Voorgestelde vindplaatsen"]
    assert s6_doelgroepen.Form(initial={}, prefix="doelgroepen", plan_answers={}).suggestions()[0][1][0] \
        .startswith("Kies eerst de groepen")


# --- Step 7 ------------------------------------------------------------------------------------

def test_s7_at_least_three_stakeholders(plan):
    answers = step(plan, s7_draagvlak)
    answers["stakeholders"] = answers["stakeholders"][:2]
    assert "Vul minstens drie partijen in." in errors_of(s7_draagvlak, answers, plan)


@pytest.mark.parametrize("belang,invloed,houding,override,needs_action", [
    (4, 4, "voorstander", "", True),        # nauw betrekken
    (1, 1, "kritisch", "", True),           # kritisch
    (2, 2, "neutraal", "", False),          # monitoren
    (4, 4, "voorstander", "monitoren", False),
    (1, 1, "neutraal", "nauw_betrekken", True),
])
def test_s7_action_required_for_key_players_and_critics(plan, belang, invloed, houding, override, needs_action):
    answers = step(plan, s7_draagvlak)
    answers["stakeholders"][0].update(belang=belang, invloed=invloed, houding=houding,
                                      strategie_override=override, actie="")
    form = bind(s7_draagvlak, answers, plan_answers=plan)
    assert form.is_valid()
    assert klaar(form) is not needs_action
    if needs_action:
        assert form.formsets["stakeholders"].forms[0].errors["actie"]


def test_s7_strategy_is_derived_and_shown(plan):
    answers = step(plan, s7_draagvlak)
    assert [s7_draagvlak.strategie(row) for row in answers["stakeholders"][6:9]] == [
        "tevreden_houden", "nauw_betrekken", "tevreden_houden"]
    form = s7_draagvlak.Form(initial=answers, prefix="draagvlak", plan_answers=plan)
    assert form.derived()[0][:2] == ("Strategie: Wethouder zorg/Wmo (portefeuillehouder)",
                                     "Nauw betrekken (sleutelspeler)")
    text = text_of(s7_draagvlak.plan_section(answers, plan))
    assert "Nauw betrekken (sleutelspeler)" in text and "Betrokken houden en versterken" in text


def test_s7_communication_needs_a_feedback_row(plan):
    answers = step(plan, s7_draagvlak)
    answers["communicatie"] = [row for row in answers["communicatie"] if row["type"] != "terugkoppeling"]
    form = bind(s7_draagvlak, answers, plan_answers=plan)
    assert not klaar(form)
    assert "minstens één terugkoppeling" in form.non_field_errors()[0]
    answers["communicatie"] = []
    form = bind(s7_draagvlak, answers, plan_answers=plan)
    assert not klaar(form) and form.non_field_errors()


@pytest.mark.parametrize("besluit,valid", [("deels", False), ("niet", False), ("overgenomen", True),
                                            ("later", True)])
def test_s7_motivation_needed_when_input_is_not_adopted(plan, besluit, valid):
    answers = step(plan, s7_draagvlak)
    answers["inbreng_log"][0].update(besluit=besluit, motivering="")
    form = bind(s7_draagvlak, answers, plan_answers=plan)
    assert form.is_valid()
    assert klaar(form) is valid
    if not valid:
        assert "Leg uit waarom" in form.formsets["inbreng_log"].forms[0].errors["motivering"][0]


def test_s7_goal_choices_are_the_goals_of_step_1(plan):
    form = s7_draagvlak.Form(prefix="draagvlak", plan_answers=plan)
    codes = [code for code, _label in form.formsets["acties"].empty_form.fields["doel"].choices if code]
    assert codes == ["D1", "D2", "D3", "D4", "D5", "D6"]
    answers = step(plan, s7_draagvlak)
    answers["acties"][0]["doel"] = "D9"
    assert not bind(s7_draagvlak, answers, plan_answers=plan).is_valid()


def test_s7_scores_are_one_to_five(plan):
    answers = step(plan, s7_draagvlak)
    answers["stakeholders"][0]["belang"] = 7
    form = bind(s7_draagvlak, answers, plan_answers=plan)
    assert not klaar(form)
    assert form.formsets["stakeholders"].forms[0].errors["belang"]


def test_s7_an_action_ending_before_it_starts_is_saved_and_reported(plan):
    answers = step(plan, s7_draagvlak)
    answers["acties"][0]["eind"] = "2026-08-31"  # starts 1 September 2026
    form = bind(s7_draagvlak, answers, plan_answers=plan)
    assert klaar(form)
    assert ("R35", "acties") in findings_after_save(form, plan)


# --- Choices from earlier steps (steps/choices.py) ----------------------------------------------

def test_an_own_option_is_named_by_the_officer():
    own = Option("eigen", "Eigen partij (niet in de lijst)")
    items = (Option("raad", "Gemeenteraad"),)
    assert chosen_label(items, own, "raad", {"eigen_naam": "Genegeerd"}) == "Gemeenteraad"
    assert chosen_label(items, own, "eigen", {"eigen_naam": " Buurtteam Noord "}) == "Buurtteam Noord"
    assert chosen_label(items, own, "eigen", {"eigen_naam": ""}) == own.label
    assert chosen_label(items, own, "eigen") == own.label


def test_instrument_choices_are_those_of_step_5_by_name(plan):
    rows = plan["instrumenten"]["instrumenten"]
    rows.append(dict(rows[0], instrument="eigen", eigen_naam="Wandelgesprek"))
    rows.append(dict(rows[0], instrument="eigen", eigen_naam="Keukentafelronde"))
    rows.append(dict(rows[0]))  # the same catalogue instrument twice: one choice
    choices = {item.code: item.label for item in instrument_options(plan, ["wijkschouw", "onbekend"])}
    assert len(choices) == 12 + 2  # twelve in the demo, the own ones under one code, one stale code
    assert choices["enquete"] == next(item.label for item in INSTRUMENTEN if item.code == "enquete")
    assert choices[EIGEN_INSTRUMENT.code] == "Wandelgesprek / Keukentafelronde"
    assert choices["wijkschouw"].endswith("(niet meer in stap 5)") and "onbekend" not in choices
    assert len(instrument_options({})) == len(INSTRUMENTEN)  # step 5 empty: the whole catalogue


def test_goal_choices_keep_old_codes_and_short_labels(plan):
    plan["visie"]["doelen"][0]["omschrijving"] = "Een doel " + "met veel woorden " * 10
    choices = {item.code: item.label for item in doel_options(plan, ["D2", "D9"])}
    assert list(choices) == ["D1", "D2", "D3", "D4", "D5", "D6", "D9"]
    assert choices["D1"].startswith("D1 – Een doel met veel") and choices["D1"].endswith("…")
    assert len(choices["D1"]) <= len("D1 – ") + 78
    assert choices["D9"] == "D9 (staat niet meer in stap 1)"


# --- Step 8 ------------------------------------------------------------------------------------

def test_s8_process_questions_are_prefilled_and_editable(plan):
    form = s8_evaluatie.Form(initial={}, prefix="evaluatie", plan_answers=plan)
    formset = form.formsets["procesvragen"]
    assert [row["vraag"] for row in formset.initial] == list(options.PROCESVRAGEN)
    assert len(formset.forms) == 11  # ten questions and one empty row for an own question

    answers = step(plan, s8_evaluatie)
    answers["procesvragen"] = []
    data = post_data(s8_evaluatie.Form, answers, plan_answers=plan)  # posts the ten questions
    data["evaluatie-procesvragen-0-vraag"] = "Eigen vraag: was de planning haalbaar?"
    for column in ("vraag", "meetwijze"):
        data[f"evaluatie-procesvragen-1-{column}"] = ""  # a cleared row is dropped
    form = s8_evaluatie.Form(data=data, prefix="evaluatie", plan_answers=plan)
    assert form.is_valid(), form.error_list()
    vragen = [row["vraag"] for row in form.answers()["procesvragen"]]
    assert len(vragen) == 9 and vragen[0] == "Eigen vraag: was de planning haalbaar?"


def test_s8_question_needed_when_row_has_content(plan):
    answers = step(plan, s8_evaluatie)
    answers["procesvragen"][0]["vraag"] = ""
    assert "Vul de vraag in, of maak de hele rij leeg." in errors_of(s8_evaluatie, answers, plan)


def test_s8_scenarios(plan):
    answers = step(plan, s8_evaluatie)
    answers["scenarios_overwogen"] = ["verankeren"]
    form = bind(s8_evaluatie, answers, plan_answers=plan)
    assert klaar(form)  # fewer than two considered: the advisor's R31, not a refusal
    assert "R31" in {rule for rule, _field in findings_after_save(form, plan)}

    answers = step(plan, s8_evaluatie)
    answers["scenario_gekozen"] = "afronden"
    form = bind(s8_evaluatie, answers, plan_answers=plan)
    assert klaar(form)
    assert ("R31", "scenario_gekozen") in findings_after_save(form, plan)


def test_s8_conclusions_required_when_filling_in(plan):
    answers = step(plan, s8_evaluatie)
    answers["modus"] = "invullen"
    form = bind(s8_evaluatie, answers, plan_answers=plan)
    assert not klaar(form)
    assert "conclusies" in form.errors["conclusies"][0]
    answers["conclusies"] = "De focusgroepen werkten het best."
    valid_form(s8_evaluatie, answers, plan)


def test_s8_indicator_needs_a_goal_unless_process(plan):
    answers = step(plan, s8_evaluatie)
    answers["indicatoren"][0]["doel"] = ""
    form = bind(s8_evaluatie, answers, plan_answers=plan)
    assert klaar(form)  # an output or effect indicator without a goal: the advisor's R16
    assert ("R16", "indicatoren") in findings_after_save(form, plan)
    answers["indicatoren"][0]["soort"] = "proces"
    valid_form(s8_evaluatie, answers, plan)


@pytest.mark.parametrize("posted,expected", [("7,5", 7.5), ("8", 8), ("11", None), ("abc", None)])
def test_s8_satisfaction_score(plan, posted, expected):
    answers = step(plan, s8_evaluatie)
    data = post_data(s8_evaluatie.Form, answers, plan_answers=plan)
    data["evaluatie-tevredenheid_score"] = posted
    form = s8_evaluatie.Form(data=data, prefix="evaluatie", plan_answers=plan)
    if expected is None:
        assert not klaar(form) and form.errors["tevredenheid_score"]
    else:
        assert form.is_valid(), form.error_list()
        assert form.answers()["tevredenheid_score"] == expected


def test_s8_suggests_an_indicator_for_goals_without_one(plan):
    answers = step(plan, s8_evaluatie)
    assert s8_evaluatie.Form(initial=answers, prefix="evaluatie", plan_answers=plan).suggestions() == []
    answers["indicatoren"] = [row for row in answers["indicatoren"] if row["doel"] != "D5"]
    (title, texts), = s8_evaluatie.Form(initial=answers, prefix="evaluatie", plan_answers=plan).suggestions()
    assert title.startswith("D5 – Werkende mantelzorgers")
    assert texts[0] == "Voorstel: Percentage mantelzorgers dat zich zwaar belast voelt (effect/outcome)."
    assert any("15 werkgevers" in text for text in texts)


def test_s8_derived_reach_from_step_6(plan):
    (label, value, uitleg), = s8_evaluatie.Form(prefix="evaluatie", plan_answers=plan).derived()
    assert value == "281 van 322 beoogde deelnemers"
    assert "Jonge mantelzorgers (tot 18 jaar): 10 van 12" in uitleg


# --- Plan chapters -----------------------------------------------------------------------------

@pytest.mark.parametrize("module,expected", [
    (s5_instrumenten, ["De gemeente zet 12 instrumenten in", "€ 37.000", "binnen het budget van € 38.000",
                       "Lindewaardse Mantelzorgtafel", "Inventarisatie", "Coproduceren",
                       "De enquête geeft cijfers voor de nulmeting", "Breed én diep",
                       "Sterke en zwakke punten"]),
    (s6_doelgroepen, ["De gemeente wil 10 groepen mantelzorgers betrekken", "werkende mantelzorgers",
                      "Voor mantelzorgers op afstand is nog geen werving gepland",
                      "Zorgt u voor uw partner, ouder, kind, buur of vriend?", "Jongerenwerker S. Demir",
                      "schriftelijke toestemming"]),
    (s7_draagvlak, ["De gemeente werkt op basis van een besluit van het college",
                    "Wethouder R. Verhoef (Zorg, Welzijn en Wonen)",
                    "vastgelegd in de begroting", "In het kernteam werken 5 collega’s samen",
                    "De gemeente start met 9 acties", "Uitbreiding logeerhuis", "Vanaf april 2026",
                    "u zei – wij deden", "Budgetkader laat € 75 toe", "Eén op de zes werknemers"]),
    (s8_evaluatie, ["gaat evalueren", "De gemeente plant 5 evaluatiemomenten", "Bij elk moment doen deelnemers",
                    "Hebben we de aanwezige kennis benut", "% mantelzorgers dat steunpunt kent", "≥ 7,5",
                    "Voor 6 van de 6 doelen", "Zij is van plan te kiezen voor: structureel verankeren",
                    "mantelzorgpanel en de ambassadeursgroep worden vaste onderdelen"]),
], ids=lambda v: getattr(v, "SLUG", "verwacht"))
def test_plan_section_tells_the_demo_answers(module, expected, plan):
    text = text_of(module.plan_section(step(plan, module), plan))
    for fragment in expected:
        assert fragment in text, fragment


def test_s8_plan_in_fill_in_mode(plan):
    answers = step(plan, s8_evaluatie)
    answers.update(modus="invullen", conclusies="Het panel werkte goed.", tevredenheid_score=7.6)
    answers["indicatoren"][0]["realisatie"] = "1.640 (95)"
    text = text_of(s8_evaluatie.plan_section(answers, plan))
    assert "heeft geëvalueerd" in text and "Zij kiest voor: structureel verankeren" in text
    assert "Het panel werkte goed." in text and "gemiddeld een 7,6" in text and "1.640 (95)" in text


# --- Check page --------------------------------------------------------------------------------

def test_check_rows_show_readable_values(plan):
    rows = dict(s5_instrumenten.check_rows(step(plan, s5_instrumenten)))
    assert rows["Gekozen instrumenten"].startswith("12 rijen: Enquête / vragenlijst")
    assert rows["Totale geraamde kosten instrumenten"] == "€ 37.000"
    assert rows["Welke combinatieprincipes past u toe?"].startswith("Breed én diep, ")

    rows = dict(s7_draagvlak.check_rows(step(plan, s7_draagvlak)))
    assert rows["Is het budget voor de uitvoering vastgelegd?"] == "Ja, in de begroting"
    assert rows["Stakeholderanalyse"].startswith("14 rijen: Wethouder zorg/Wmo")

    rows = dict(s8_evaluatie.check_rows(step(plan, s8_evaluatie)))
    assert rows["Plant u de evaluatie, of vult u de uitkomsten in?"] == "Plannen"
    assert rows["Welk vervolgscenario kiest u?"] == "Structureel verankeren"
    assert rows["Evaluatiemomenten"].startswith("5 rijen: Procesevaluatie inventarisatie")
    assert rows["Conclusies en lessen"] == NOT_ANSWERED


def test_instrument_labels_match_the_catalogue():
    codes = {item.code for item in INSTRUMENTEN}
    assert {"enquete", "focusgroep", "klankbordgroep"} <= codes


def test_check_rows_with_plan_answers_add_derived_values(plan):
    rows = dict(s5_instrumenten.check_rows(step(plan, s5_instrumenten), plan))
    assert rows["Budget voor participatie (stap 3)"] == "€ 38.000"
    answers = step(plan, s8_evaluatie)
    answers["tevredenheid_score"] = 7.5
    rows = dict(s8_evaluatie.check_rows(answers, plan))
    assert rows["Bereik: Werkende mantelzorgers"] == "141 van 158"
    assert rows["Gemiddelde tevredenheid (cijfer 1 tot 10)"] == "7,5"


def test_s6_derived_lists_groups_without_recruitment(plan):
    form = s6_doelgroepen.Form(initial=step(plan, s6_doelgroepen), prefix="doelgroepen", plan_answers=plan)
    assert form.derived()[0][:2] == ("Groepen zonder wervingsactie", "Mantelzorgers op afstand")
