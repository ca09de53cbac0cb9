"""Verdieping 2 (Elevator pitch) and 3 (Lobbyplan): forms, the glued pitch, the plan and R43/R44."""
import copy

import pytest
from plan_sections import text_of
from postdata import bind, post_data, valid_form

from steps import m2_pitch, m3_lobby
from steps.advisor import TIP, WAARSCHUWING, findings
from steps.document import AppendixRef, Facts, Heading
from steps.outlines import Part

GARBAGE = [None, 7, "x", [], {"pitch": "x", "lobby": 3}, {"pitch": {"pitches": ["x", None, {"a": 1}]}},
           {"lobby": {"timing_jaar": "volgend jaar", "geld_nodig_in_jaar": [2027]}},
           {"lobby": {"timing_jaar": 2027.5, "geld_nodig_in_jaar": True}}]


def with_module(plan, module, answers=None):
    return {**plan, module.SLUG: copy.deepcopy(module.DEMO if answers is None else answers)}


def pitch(**slots):
    row = {name: "" for name in m2_pitch.PitchRow.base_fields}
    row.update(pitch_doelgroep_luisteraar="wethouder", pitch_wat_wij_doen="Wij regelen respijt.")
    row.update(slots)
    return row


# --- The pitch as one text ---------------------------------------------------------------------

def test_pitch_text_glues_the_slots_in_the_order_of_the_template():
    row = pitch(
        pitch_openingsfeit="één op de acht inwoners zorgt voor een naaste",
        pitch_naam_rol="Marloes Brinkman",
        pitch_organisatie="de gemeente Lindewaarde",
        pitch_herkenbaar_gevoel="zorgen over een collega die uitvalt",
        pitch_bekend_probleem="hulp komt pas als het te laat is",
        pitch_wat_wij_doen="wij bieden respijt binnen twee weken",
        pitch_resultaat="mantelzorgers die het volhouden",
        pitch_open_vraag="Wat merkt u daarvan",
        pitch_concreet_voorstel="een kop koffie volgende week",
    )
    assert m2_pitch.pitch_text(row) == (
        "Eén op de acht inwoners zorgt voor een naaste. "
        "Ik ben Marloes Brinkman van de gemeente Lindewaarde. "
        "Misschien herkent u dit: zorgen over een collega die uitvalt. "
        "Het probleem kent u vast: hulp komt pas als het te laat is. "
        "Daarom doen wij dit: wij bieden respijt binnen twee weken. "
        "Het resultaat: mantelzorgers die het volhouden. "
        "Wat merkt u daarvan? "
        "Mijn voorstel: een kop koffie volgende week."
    )


def test_pitch_text_keeps_whole_sentences_as_typed_and_leaves_empty_slots_out():
    row = pitch(pitch_herkenbaar_gevoel="Herkent u dat?", pitch_wat_wij_doen="Wij helpen.",
                pitch_concreet_voorstel="Zullen we bellen?", pitch_naam_rol="M. Brinkman, beleidsmedewerker",
                pitch_organisatie="de gemeente")
    assert m2_pitch.pitch_text(row) == ("Ik ben M. Brinkman, beleidsmedewerker, van de gemeente. Herkent u dat? "
                                        "Wij helpen. Zullen we bellen?")
    assert m2_pitch.pitch_text(pitch(pitch_wat_wij_doen="", pitch_organisatie="het steunpunt")) == \
        "Ik werk bij het steunpunt."
    assert m2_pitch.pitch_text({}) == "" and m2_pitch.pitch_text(None) == "" and m2_pitch.pitch_text("x") == ""


def test_word_count_skips_loose_signs():
    assert m2_pitch.word_count("Eén op de zes – echt waar!") == 6
    assert m2_pitch.word_count("") == 0 and m2_pitch.word_count(None) == 0


@pytest.mark.parametrize("words,text", [
    (0, "ongeveer 0 seconden"),
    (1, "ongeveer 5 seconden"),
    (120, "ongeveer 55 seconden"),
    (130, "ongeveer 1 minuut"),
    (152, "ongeveer 1 minuut en 10 seconden"),
    (260, "ongeveer 2 minuten"),
])
def test_speaking_time_at_130_words_a_minute(words, text):
    assert m2_pitch.spreektijd_tekst(words) == text
    assert m2_pitch.WOORDEN_PER_MINUUT == 130


def test_the_demo_pitches_fit_in_a_minute():
    for row in m2_pitch.DEMO["pitches"]:
        words = m2_pitch.word_count(m2_pitch.pitch_text(row))
        assert 40 <= words <= 140
        assert m2_pitch.spreektijd_seconden(words) <= m2_pitch.MAX_SECONDEN
    assert m2_pitch.lengte_tekst(122) == "122 woorden, ongeveer 55 seconden"


# --- M2 form ---------------------------------------------------------------------------------------

def test_pitch_demo_is_valid_complete_and_comes_back_unchanged(plan):
    form = valid_form(m2_pitch, copy.deepcopy(m2_pitch.DEMO), plan)
    assert form.answers() == m2_pitch.DEMO
    assert form.check_complete(), form.error_list()
    assert valid_form(m2_pitch, form.answers(), plan).answers() == m2_pitch.DEMO
    assert {row["pitch_doelgroep_luisteraar"] for row in m2_pitch.DEMO["pitches"]} == {"wethouder", "werkgever"}


def test_pitch_derived_shows_words_and_speaking_time_per_pitch(plan):
    form = valid_form(m2_pitch, copy.deepcopy(m2_pitch.DEMO), plan)
    derived = form.derived()
    assert [label for label, _value, _uitleg in derived] == ["Pitch 1: voor de wethouder", "Pitch 2: voor werkgevers"]
    assert derived[0][1] == "122 woorden, ongeveer 55 seconden"
    assert "Mag ik u in september" in derived[0][2]
    assert m2_pitch.Form(plan_answers=plan).derived()[0][1] == "Nog niet te bepalen"
    long_row = pitch(pitch_bekend_probleem=" ".join(["woord"] * 160))
    form = valid_form(m2_pitch, {"pitches": [long_row]}, plan)
    assert "langer dan een minuut" in form.derived()[0][2]


def test_pitch_suggestions_read_step_1_and_step_7(plan):
    titles = dict(m2_pitch.Form(plan_answers=plan).suggestions())
    assert "R. Verhoef" in titles["Partijen met veel invloed (stap 7)"][0]
    assert "H. Smit" not in titles["Partijen met veel invloed (stap 7)"][0]  # adviesraad: invloed 3
    assert titles["Een opvallend feit (stap 1)"] == [
        "In Lindewaarde zorgen ongeveer 5.100 mensen voor een naaste: één op de 8 inwoners."]
    assert "Uw pitch uit stap 7" in titles
    assert m2_pitch.Form(plan_answers={}).suggestions() == []


def test_pitch_refuses_a_listener_not_in_the_list_and_text_too_long(plan):
    data = post_data(m2_pitch.Form, m2_pitch.DEMO)
    data["pitch-pitches-0-pitch_doelgroep_luisteraar"] = "burgemeester"
    data["pitch-pitches-1-pitch_open_vraag"] = "?" * 201
    form = m2_pitch.Form(data=data, prefix="pitch", plan_answers=plan)
    assert not form.is_valid()
    messages = [message for _anchor, message in form.error_list()]
    assert "Pitches, rij 1, Voor wie is deze pitch: Kies één van de mogelijkheden uit de lijst." in messages
    assert any(message.startswith("Pitches, rij 2, Open vraag: Gebruik maximaal 200 tekens.") for message in messages)


def test_pitch_completeness_asks_for_the_listener_name_and_a_pitch(plan):
    form = bind(m2_pitch, {"pitches": [pitch(pitch_doelgroep_luisteraar="anders")]}, plan_answers=plan)
    assert form.is_valid() and not form.check_complete()
    assert form.formsets["pitches"].forms[0].errors["pitch_luisteraar_naam"] == [
        "U kiest 'Iemand anders'. Noem voor wie deze pitch is."]
    form = bind(m2_pitch, {"pitches": []}, plan_answers=plan)
    assert form.is_valid() and not form.check_complete()
    assert form.formsets["pitches"].non_form_errors() == ["Maak minstens één pitch."]
    form = bind(m2_pitch, {"pitches": [pitch(pitch_wat_wij_doen="")]}, plan_answers=plan)
    assert form.is_valid() and not form.check_complete()
    assert form.formsets["pitches"].forms[0].errors["pitch_wat_wij_doen"] == [
        "Beschrijf in een zin wat u doet of wilt doen."]


def test_pitch_table_takes_eight_pitches_and_refuses_a_ninth(plan):
    rows = [copy.deepcopy(m2_pitch.DEMO["pitches"][i % 2]) for i in range(9)]
    form = bind(m2_pitch, {"pitches": rows[:8]}, plan_answers=plan)
    assert form.is_valid(), form.error_list()
    assert len(form.answers()["pitches"]) == m2_pitch.Form.tables["pitches"].max_rows == 8
    form = bind(m2_pitch, {"pitches": rows}, plan_answers=plan)
    assert not form.is_valid()
    assert form.formsets["pitches"].non_form_errors() == ["U kunt maximaal 8 rijen invullen."]


# --- M2 plan ----------------------------------------------------------------------------------------

def test_pitch_plan_names_the_audiences_and_the_influential_stakeholders(plan):
    section = m2_pitch.plan_section(m2_pitch.DEMO, with_module(plan, m2_pitch))
    text = text_of(section)
    assert not section.is_open and section.slug == "pitch"
    assert "Lindewaarde heeft 2 pitches klaarliggen, elk op maat van de luisteraar: voor de wethouder en werkgevers." in text
    assert "Uitgesproken duren ze tussen de 30 en 55 seconden." in text
    assert ("partijen met veel invloed uit de stakeholderanalyse: wethouder zorg/Wmo (R. Verhoef), wethouder "
            "wonen (K. Bakker), gemeenteraad / raadscommissie sociaal domein (Commissie Samenleving) en "
            "zorgverzekeraar / zorgkantoor (Regionaal zorgkantoor).") in text
    assert "Nog geen pitch op maat is er voor: gemeenteraad / raadscommissie sociaal domein" in text
    refs = [block for block in section.blocks if isinstance(block, AppendixRef)]
    assert [ref.appendix for ref in refs] == ["pitches"]


def test_pitch_cards_in_the_annex(plan):
    cards = m2_pitch.plan_section(m2_pitch.DEMO, plan).appendix_blocks["pitches"]
    headings = [block.text for block in cards if isinstance(block, Heading)]
    assert headings == ["Pitch voor de wethouder: Wethouder R. Verhoef",
                        "Pitch voor werkgevers: Ondernemersvereniging Lindewaarde"]
    facts = [dict(block.items) for block in cards if isinstance(block, Facts)]
    assert facts[0] == {"Spreker": "Marloes Brinkman, beleidsmedewerker mantelzorg",
                        "Lengte": "122 woorden", "Spreektijd": "ongeveer 55 seconden"}
    assert facts[1]["Spreektijd"] == "ongeveer 30 seconden"
    texts = [block.text for block in cards if block.kind == "paragraph"]
    assert any(text.startswith("“Eén op de zes werknemers") and text.endswith("kwartier bellen?”") for text in texts)


def test_pitch_plan_without_step_7_and_when_switched_off(plan):
    text = text_of(m2_pitch.plan_section(m2_pitch.DEMO, {}))
    assert "De gemeente heeft 2 pitches" in text and "bestuurders en partners met veel invloed" in text
    assert m2_pitch.plan_section({}, plan).is_open
    assert Part(m2_pitch).sections(plan) == []  # switched off: not in the plan's answers
    assert [s.slug for s in Part(m2_pitch).sections(with_module(plan, m2_pitch))] == ["pitch"]


def test_pitch_check_rows_summarise_each_pitch():
    rows = dict(m2_pitch.check_rows(m2_pitch.DEMO))
    assert rows["Pitches"] == ("2 rijen: voor de wethouder (122 woorden, ongeveer 55 seconden); "
                               "voor werkgevers (66 woorden, ongeveer 30 seconden)")


# --- R43 ---------------------------------------------------------------------------------------------

def test_r43_fires_for_a_pitch_without_a_concrete_proposal(plan):
    answers = with_module(plan, m2_pitch)
    answers["pitch"]["pitches"][1]["pitch_concreet_voorstel"] = ""
    found = list(m2_pitch.r43_pitch_zonder_voorstel(answers))
    assert len(found) == 1
    finding = found[0]
    assert (finding.rule, finding.severity, finding.steps, finding.field, finding.row) == (
        "R43", TIP, ("pitch",), "pitches", 2)
    assert finding.message.startswith("Elevator pitch: de pitch voor werkgevers eindigt nog zonder concreet voorstel.")
    assert "R43" in [f.rule for f in findings(answers)]


def test_r43_does_not_fire(plan):
    assert list(m2_pitch.r43_pitch_zonder_voorstel(with_module(plan, m2_pitch))) == []
    assert list(m2_pitch.r43_pitch_zonder_voorstel(plan)) == []  # switched off
    only_listener = {"pitches": [{"pitch_doelgroep_luisteraar": "raad"}, {}]}
    assert list(m2_pitch.r43_pitch_zonder_voorstel(with_module(plan, m2_pitch, only_listener))) == []
    assert "R43" not in [f.rule for f in findings(with_module(plan, m2_pitch))]


@pytest.mark.parametrize("answers", GARBAGE)
def test_r43_and_r44_survive_garbage(answers):
    assert list(m2_pitch.r43_pitch_zonder_voorstel(answers)) == []
    assert list(m3_lobby.r44_lobby_na_begroting(answers)) == []


# --- M3 form ---------------------------------------------------------------------------------------

def test_lobby_demo_is_valid_complete_and_comes_back_unchanged(plan):
    form = valid_form(m3_lobby, copy.deepcopy(m3_lobby.DEMO), plan)
    assert form.answers() == m3_lobby.DEMO
    assert form.check_complete(), form.error_list()
    assert valid_form(m3_lobby, form.answers(), plan).answers() == m3_lobby.DEMO


def test_lobby_offers_influential_stakeholders_and_allies_from_step_7(plan):
    form = m3_lobby.Form(plan_answers=plan, prefix="lobby")
    bij_wie = dict(form.fields["bij_wie"].choices)
    assert list(bij_wie) == ["wethouder_zorg", "wethouder_wonen", "gemeenteraad", "zorgverzekeraar_zorgkantoor"]
    assert bij_wie["wethouder_zorg"] == "Wethouder zorg/Wmo (R. Verhoef) – invloed 5, houding voorstander"
    medestanders = dict(form.fields["medestanders"].choices)
    assert list(medestanders) == ["wethouder_zorg", "steunpunt", "wijkteam", "onderwijs", "religieus_migranten"]
    assert "checkbox" in str(form["bij_wie"]) and "checkbox" in str(form["medestanders"])
    empty = m3_lobby.Form(plan_answers={})
    assert empty.fields["bij_wie"].choices == [] and empty.fields["medestanders"].choices == []
    assert "vul eerst de stakeholders in stap 7 in" in empty.fields["bij_wie"].help_text
    assert "vul eerst de stakeholders in stap 7 in" in empty.fields["medestanders"].help_text
    assert m3_lobby.Form.base_fields["bij_wie"].help_text.startswith("Kies de personen met veel invloed.")


def test_lobby_offers_an_own_stakeholder_by_its_name(plan):
    plan["draagvlak"]["stakeholders"].append({**plan["draagvlak"]["stakeholders"][0], "stakeholder": "eigen",
                                              "eigen_naam": "Fractie Lokaal Belang", "naam_contact": "",
                                              "invloed": 4, "houding": "kritisch"})
    form = m3_lobby.Form(plan_answers=plan)
    assert dict(form.fields["bij_wie"].choices)["eigen:Fractie Lokaal Belang"] == (
        "Fractie Lokaal Belang – invloed 4, houding kritisch")
    answers = dict(m3_lobby.DEMO, bij_wie=["eigen:Fractie Lokaal Belang"])
    assert valid_form(m3_lobby, answers, plan).answers()["bij_wie"] == ["eigen:Fractie Lokaal Belang"]
    assert "op college en gemeenteraad van Lindewaarde (programmabegroting 2027), en daar vooral op Fractie " \
           "Lokaal Belang en de fractievoorzitters" in text_of(m3_lobby.plan_section(answers, plan))


def test_lobby_keeps_a_stakeholder_chosen_before_that_step_7_no_longer_offers(plan):
    for row in plan["draagvlak"]["stakeholders"]:
        if row["stakeholder"] == "gemeenteraad":
            row["invloed"] = 3
    form = m3_lobby.Form(plan_answers=plan, initial=m3_lobby.DEMO)
    assert dict(form.fields["bij_wie"].choices)["gemeenteraad"].endswith(
        "(niet meer bij de partijen met veel invloed in stap 7)")
    # Posted again (a JSON import binds without initial answers): still accepted.
    assert valid_form(m3_lobby, copy.deepcopy(m3_lobby.DEMO), plan).answers()["bij_wie"] == ["wethouder_zorg", "gemeenteraad"]


def test_lobby_refuses_codes_and_years_that_are_not_in_the_list(plan):
    data = post_data(m3_lobby.Form, m3_lobby.DEMO)
    data["lobby-bij_wie"] = ["wethouder_zorg", "<script>"]
    data["lobby-medestanders"] = ["eigen:"]
    data["lobby-timing"] = "carnaval"
    data["lobby-middel"] = ["spandoek"]
    data["lobby-timing_jaar"] = "volgend jaar"
    data["lobby-geld_nodig_in_jaar"] = "1999"
    form = m3_lobby.Form(data=data, prefix="lobby", plan_answers=plan)
    assert not form.is_valid()
    assert form.errors["bij_wie"] == ["Kies alleen mogelijkheden uit de lijst."]
    assert form.errors["medestanders"] == ["Kies alleen mogelijkheden uit de lijst."]
    assert form.errors["timing"] == ["Kies één van de mogelijkheden uit de lijst."]
    assert form.errors["middel"] == ["Kies alleen mogelijkheden uit de lijst."]
    assert form.errors["timing_jaar"] == ["Vul een jaartal in, bijvoorbeeld 2027."]
    assert form.errors["geld_nodig_in_jaar"] == ["Vul een jaartal in van 2000 of later."]


def test_lobby_saves_half_filled_and_asks_for_target_and_change_when_klaar(plan):
    form = bind(m3_lobby, {"timing": "dag_van_de_mantelzorg"}, plan_answers=plan)
    assert form.is_valid(), form.error_list()
    assert not form.check_complete()
    assert form.errors == {
        "lobby_doelwit": ["Vul in bij welke instantie of organisatie u lobbyt."],
        "wat_moet_anders": ["Beschrijf wat er anders moet."],
    }


def test_lobby_derived_gives_the_last_moment_and_whether_it_is_in_time(plan):
    form = valid_form(m3_lobby, copy.deepcopy(m3_lobby.DEMO), plan)
    assert [(label, value) for label, value, _uitleg in form.derived()] == [
        ("Uiterste moment voor het geld", "Begrotingsbehandeling najaar 2026"),
        ("Is uw moment op tijd?", "Op tijd"),
    ]
    form = valid_form(m3_lobby, dict(m3_lobby.DEMO, timing_jaar=2027), plan)
    assert form.derived()[1][1] == "Te laat"
    assert m3_lobby.Form(plan_answers=plan).derived()[0][1] == "Nog niet te bepalen"


def test_lobby_suggestions(plan):
    titles = dict(m3_lobby.Form(plan_answers=plan).suggestions())
    assert "Wethouder zorg/Wmo (R. Verhoef)" in titles["Partijen met veel invloed (stap 7)"][0]
    assert "steunpunt mantelzorg (J. Koster)" in titles["Voorstanders (stap 7)"][0]
    assert "begint in 2027" in titles["Wanneer is het geld nodig? (stap 1)"][0]
    assert "Budget (stap 7)" not in titles  # Lindewaarde's budget is in the begroting
    plan["draagvlak"]["budget_vastgelegd"] = "aangevraagd"
    assert "Budget (stap 7)" in dict(m3_lobby.Form(plan_answers=plan).suggestions())


# --- M3 plan ----------------------------------------------------------------------------------------

def test_lobby_plan_paragraph_and_one_page_annex(plan):
    section = m3_lobby.plan_section(m3_lobby.DEMO, plan)
    text = text_of(section)
    assert ("De lobby richt zich op college en gemeenteraad van Lindewaarde (programmabegroting 2027), en daar "
            "vooral op wethouder zorg/Wmo (R. Verhoef), gemeenteraad / raadscommissie sociaal domein (Commissie "
            "Samenleving) en de fractievoorzitters van de coalitiepartijen.") in text
    assert "De lobby wordt gevoerd door Steunpunt Mantelzorg (J. Koster), samen met M. Brinkman." in text
    assert "Het geld is nodig in 2027; de raad besluit daarover bij de begrotingsbehandeling in het najaar van 2026." in text
    assert "De middelen: inspreken in de raad of een commissie, lobbybrief en werkbezoek." in text
    assert [ref.appendix for ref in section.blocks if isinstance(ref, AppendixRef)] == ["lobbyplan"]
    annex = section.appendix_blocks["lobbyplan"]
    assert [block.text for block in annex if isinstance(block, Heading)] == [
        "Wat en bij wie", "De boodschap", "Met wie, wanneer en hoe"]
    facts = {term: value for block in annex if isinstance(block, Facts) for term, value in block.items}
    assert facts["Feiten"].startswith("De wachttijd voor het logeerhuis")
    assert facts["Meningen"].startswith("Respijt moet er zijn")
    assert facts["Medestanders"] == ("Steunpunt mantelzorg (J. Koster), sociaal wijkteam (Teamleider sociaal "
                                     "team) en Zorggroep De Linde en de mantelzorgers uit de klankbordgroep")
    assert facts["Geld nodig in"] == "2027 (besluit bij de begroting, najaar 2026)"
    assert "wethouder_zorg" not in text and "begrotingsbehandeling" not in text.replace("begrotingsbehandeling in", "")


def test_lobby_plan_for_little_answers_and_switched_off(plan):
    assert m3_lobby.plan_section({}, plan).is_open
    section = m3_lobby.plan_section({"timing_jaar": 2026}, {})
    assert "Het moment is een moment in 2026." in text_of(section)
    assert Part(m3_lobby).sections(plan) == []
    assert [s.slug for s in Part(m3_lobby).sections(with_module(plan, m3_lobby))] == ["lobby"]


def test_lobby_check_rows_name_the_stakeholders(plan):
    rows = dict(m3_lobby.check_rows(m3_lobby.DEMO, plan))
    assert rows["Bij wie lobbyt u?"] == ("Wethouder zorg/Wmo (R. Verhoef), Gemeenteraad / raadscommissie sociaal "
                                         "domein (Commissie Samenleving)")
    assert dict(m3_lobby.check_rows(m3_lobby.DEMO))["Medestanders"] == "Steunpunt mantelzorg, Sociaal wijkteam"


# --- R44 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("timing,jaar,nodig,start", [
    ("begrotingsbehandeling", 2027, 2027, "Lobbyplan: u lobbyt bij de begrotingsbehandeling van 2027, maar het geld is al in 2027 nodig."),
    ("begrotingsbehandeling", 2028, 2027, "Lobbyplan: u lobbyt bij de begrotingsbehandeling van 2028, maar het geld is al in 2027 nodig."),
    ("dag_van_de_mantelzorg", 2027, 2027, "Lobbyplan: u lobbyt in 2027, maar het geld is al in 2027 nodig."),
    ("", 2027, 2027, "Lobbyplan: u lobbyt in 2027, maar het geld is al in 2027 nodig."),
])
def test_r44_fires_when_the_lobby_comes_after_the_budget_decision(plan, timing, jaar, nodig, start):
    answers = with_module(plan, m3_lobby, dict(m3_lobby.DEMO, timing=timing, timing_jaar=jaar, geld_nodig_in_jaar=nodig))
    found = list(m3_lobby.r44_lobby_na_begroting(answers))
    assert len(found) == 1
    finding = found[0]
    assert (finding.rule, finding.severity, finding.steps, finding.field) == ("R44", WAARSCHUWING, ("lobby",), "timing_jaar")
    assert finding.message.startswith(start)
    assert f"in het najaar van {nodig - 1}" in finding.message
    assert "R44" in [f.rule for f in findings(answers)]


@pytest.mark.parametrize("changes", [
    {},  # 2026 for money in 2027: in time
    {"timing_jaar": 2025},
    {"timing_jaar": None},
    {"geld_nodig_in_jaar": None},
    {"timing": "verkiezingen", "timing_jaar": 2026, "geld_nodig_in_jaar": 2028},
])
def test_r44_does_not_fire(plan, changes):
    answers = with_module(plan, m3_lobby, dict(m3_lobby.DEMO, **changes))
    assert list(m3_lobby.r44_lobby_na_begroting(answers)) == []
    assert list(m3_lobby.r44_lobby_na_begroting(plan)) == []  # switched off


# --- Both modules: the contract ------------------------------------------------------------------

@pytest.mark.parametrize("module", [m2_pitch, m3_lobby], ids=lambda m: m.SLUG)
def test_module_contract(module, plan):
    assert (module.KIND, module.LABEL) == ("verdieping", f"Verdieping {module.NUMBER}")
    assert module.TIPS and module.WHAT_FOR and module.RULES
    assert module.plan_section(module.DEMO, plan).appendix_blocks
    # Sparse and odd answers never break the plan.
    for name in list(module.Form.base_fields)[:3]:
        module.plan_section({name: "x"}, {})
    module.plan_section({"pitches": "x", "bij_wie": "x", "middel": 3, "timing_jaar": "x"}, {"draagvlak": "x"})


def test_pitch_for_someone_else_and_a_partner_pitch_covers_the_other_stakeholders(plan):
    rows = [pitch(pitch_doelgroep_luisteraar="anders", pitch_luisteraar_naam="De Lindebode"),
            pitch(pitch_doelgroep_luisteraar="partner"), pitch(pitch_doelgroep_luisteraar="raad")]
    assert m2_pitch.pitch_kop(rows[0]) == "Pitch voor De Lindebode"
    text = text_of(m2_pitch.plan_section({"pitches": rows}, plan))
    assert "voor De Lindebode, netwerkpartners en de gemeenteraad." in text
    assert "Nog geen pitch op maat is er voor: wethouder zorg/Wmo (R. Verhoef) en wethouder wonen (K. Bakker)." in text


def test_a_sentence_starts_with_a_dutch_capital():
    assert m2_pitch.hoofdletter("één op de zes") == "Eén op de zes"
    assert m2_pitch.hoofdletter("ijsselstreek") == "IJsselstreek"
    assert m2_pitch.pitch_text(pitch(pitch_wat_wij_doen="", pitch_openingsfeit="ijzersterk cijfer")) == "IJzersterk cijfer."
