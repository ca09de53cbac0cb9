"""Steps 1–4 at form level: questions, validation, answers, plan chapters and the check page.

What every step must do (module attributes, help text, Dutch messages, demo answers, table sizes,
open chapters, the check page) is tested once for all steps in test_step_contract.py; this file
tests what steps 1–4 do on their own, and the shared building blocks of steps/forms.py and
steps/text.py.
"""
import re

import pytest
from django import forms
from plan_sections import sections_of, text_of
from postdata import bind, klaar, step, valid_form

from steps import advisor
from steps import forms as f
from steps import s1_visie, s2_comfortzone, s3_voorwaarden, s4_beleidsfasen
from steps.catalogs.base import Option
from steps.catalogs.fasen import FASEN
from steps.catalogs.ladder import TREDEN
from steps.catalogs.voorwaarden import VOORWAARDEN
from steps.text import count_text, in_sentence, join_words, one_decimal, period_text, shorten
from steps.typetest import typetest

MODULES = (s1_visie, s2_comfortzone, s3_voorwaarden, s4_beleidsfasen)


def findings_after_save(form, plan):
    """(rule, field) of the advisor's findings once `form`'s answers are saved in `plan`."""
    assert form.is_valid(), form.error_list()  # the save works
    return {(found.rule, found.field) for found in advisor.findings({**plan, form.prefix: form.answers()})}


def all_errors(form):
    """Format errors and, when the form saves, what is missing to mark the step klaar."""
    if form.is_valid():
        form.check_complete()
    return [message for _anchor, _where, message in form.field_errors()]


# --- Questions and tables ----------------------------------------------------------------------

FIELD_NAMES = {
    "visie": [
        "gemeente_naam", "beleidsperiode_start", "beleidsperiode_eind", "aantal_inwoners",
        "aantal_mantelzorgers_geschat", "aantal_intensief", "aantal_zwaarbelast",
        "aantal_jonge_mantelzorgers", "bronnen_cijfers", "bronnen_cijfers_overig", "huidig_beleid",
        "bekende_knelpunten", "definitie_type", "definitie_tekst", "afbakening",
        "inclusief_zorgvrijwilligers", "redenen", "redenen_toelichting", "leidende_principes", "doelen",
        "prioriteit_vinden", "prioriteit_versterken", "prioriteit_verlichten", "prioriteit_verbinden",
        "breedte_beleid", "smal_focus_doelgroepen", "smal_focus_ondersteuning", "sturing",
        "gemeente_rollen", "sturing_toelichting", "sofa_samenwerken", "sofa_ondersteunen",
        "sofa_faciliteren", "sofa_afstemmen", "sofa_prioriteit",
    ],
    "comfortzone": [
        "ladder_variant", "comfort_per_trede", "comfortzone_actoren", "ambitie_hoogste_trede",
        "eerdere_ervaringen", "risicos", "comfortzone_toelichting",
    ],
    "voorwaarden": [
        "doel_betrekken", "visie_betrekken", "vorm_betrokkenheid", "rol_deelnemers", "open_onderwerpen",
        "vaste_kaders", "rol_adviesraad", "rol_adviesraad_toelichting", "budget_participatie",
        "uren_per_week", "procesbegeleiding", "faciliteiten_deelnemers", "ontbrekende_expertise",
    ] + [f"voorwaarde_{v.code}_{part}" for v in VOORWAARDEN
         for part in ("score", "checks", "toelichting", "verbeteractie", "actie_wie", "actie_wanneer")],
    "beleidsfasen": ["fasen", "toelichting_buiten_comfortzone", "beslismomenten"],
}
COLUMNS = {
    ("visie", "leidende_principes"): {"principe", "toelichting"},
    ("visie", "doelen"): {"omschrijving", "v_gebied", "vraaggebied", "doelgroep", "beoogd_resultaat", "termijn"},
    ("comfortzone", "comfort_per_trede"): {"trede", "comfort", "toelichting"},
    ("comfortzone", "comfortzone_actoren"): {"actor", "hoogste_trede", "bron"},
    ("comfortzone", "risicos"): {"trede", "risico", "risico_eigen", "kans", "impact", "maatregel",
                                 "maatregel_toelichting", "eigenaar"},
    ("beleidsfasen", "fasen"): {"fase", "betrekken", "trede", "doel_in_fase", "start", "eind", "opmerking"},
    ("beleidsfasen", "beslismomenten"): {"omschrijving", "orgaan", "datum"},
}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.SLUG)
def test_field_names_are_those_of_the_domain_spec(module):
    form_names = set(module.Form.base_fields) | set(module.Form.tables)
    assert set(FIELD_NAMES[module.SLUG]) <= form_names
    assert form_names - set(FIELD_NAMES[module.SLUG]) <= {"stap_notities"}
    for (slug, table), columns in COLUMNS.items():
        if slug == module.SLUG:
            assert set(module.Form.tables[table].form.base_fields) == columns


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.SLUG)
def test_tables_of_steps_1_to_4_hold_at_most_25_rows(module):
    # Every step: 8 to 30 rows, or one per catalogue item (test_step_contract.py).
    for name, table in module.Form.tables.items():
        assert table.max_rows <= 25, name


# --- Step 1 -----------------------------------------------------------------------------------

def test_s1_numbers_goals_automatically_in_order(plan):
    answers = step(plan, s1_visie)
    for row in answers["doelen"]:
        row.pop("doel_code")
    answers["doelen"] = answers["doelen"][2:]
    assert "doel_code" not in s1_visie.DoelRow.base_fields
    result = valid_form(s1_visie, answers, plan).answers()
    assert [row["doel_code"] for row in result["doelen"]] == ["D1", "D2", "D3", "D4"]
    assert result["doelen"][0]["omschrijving"] == "Respijtzorg is snel en passend beschikbaar"


@pytest.mark.parametrize("breedte", ["smal", "gemengd"])
def test_s1_focus_is_required_for_targeted_policy(breedte, plan):
    answers = step(plan, s1_visie)
    answers.update(breedte_beleid=breedte, smal_focus_doelgroepen=[], smal_focus_ondersteuning=[])
    form = bind(s1_visie, answers, plan_answers=plan)
    assert not klaar(form)
    assert "smal_focus_doelgroepen" in form.errors and "smal_focus_ondersteuning" in form.errors
    answers["smal_focus_ondersteuning"] = ["respijtzorg"]
    assert valid_form(s1_visie, answers, plan).answers()["smal_focus_ondersteuning"] == ["respijtzorg"]


def test_s1_focus_is_not_asked_for_broad_policy(plan):
    answers = step(plan, s1_visie)
    answers.update(breedte_beleid="breed", smal_focus_doelgroepen=[], smal_focus_ondersteuning=[])
    valid_form(s1_visie, answers, plan)
    answers.update(smal_focus_doelgroepen=["dementie"], smal_focus_ondersteuning=["respijtzorg"])
    result = valid_form(s1_visie, answers, plan).answers()
    assert result["smal_focus_doelgroepen"] == [] and result["smal_focus_ondersteuning"] == []


@pytest.mark.parametrize("changes,rule,field", [
    ({"beleidsperiode_start": 2031}, "R35", "beleidsperiode_eind"),
    ({"aantal_mantelzorgers_geschat": 50000}, "R36", "aantal_mantelzorgers_geschat"),
    ({"aantal_intensief": 6000}, "R36", "aantal_intensief"),
    ({"aantal_zwaarbelast": 6000}, "R36", "aantal_zwaarbelast"),
    ({"aantal_jonge_mantelzorgers": 50000}, "R36", "aantal_jonge_mantelzorgers"),
    ({"afbakening": ["alleen_intensief", "incl_kortdurend"]}, "R37", "afbakening"),
])
def test_s1_answers_that_contradict_each_other_are_saved_and_reported_by_the_advisor(changes, rule, field, plan):
    answers = step(plan, s1_visie)
    answers.update(changes)
    form = bind(s1_visie, answers, plan_answers=plan)
    assert klaar(form)  # saved, and klaar: a contradiction is the advisor's finding (domain.md 0.1)
    assert (rule, field) in findings_after_save(form, plan)


def test_s1_another_source_needs_its_name_when_klaar(plan):
    answers = step(plan, s1_visie)
    answers.update(bronnen_cijfers=["anders"], bronnen_cijfers_overig="")
    form = bind(s1_visie, answers, plan_answers=plan)
    assert not klaar(form)
    assert list(form.errors) == ["bronnen_cijfers_overig"]


@pytest.mark.parametrize("breedte,sturing,code,name", [
    ("breed", "dirigent", "brede_dirigent", "Brede dirigent"),
    ("breed", "regisseur_op_afstand", "brede_regisseur", "Brede regisseur"),
    ("smal", "dirigent", "gerichte_dirigent", "Gerichte dirigent"),
    ("smal", "regisseur_op_afstand", "gerichte_regisseur", "Gerichte regisseur"),
    ("gemengd", "dirigent", "brede_dirigent", "Brede dirigent"),
    ("smal", "tussenvorm", None, "Tussen gerichte dirigent en gerichte regisseur"),
    ("", "dirigent", None, "Nog niet bepaald"),
])
def test_s1_typetest_quadrant(breedte, sturing, code, name):
    result = typetest({"breedte_beleid": breedte, "sturing": sturing})
    assert result[:2] == (code, name)
    assert result[2]


def test_s1_typetest_explains_mixed_policy_and_is_shown(plan):
    code, name, uitleg = typetest(plan["visie"])
    assert (code, name) == ("brede_regisseur", "Brede regisseur")
    assert "breed" in uitleg
    form = valid_form(s1_visie, step(plan, s1_visie), plan)
    assert form.derived()[0][1] == "Brede regisseur"
    assert ("Uw beleidstype (typetest)", "Brede regisseur") in s1_visie.check_rows(plan["visie"])


def test_s1_yes_no_shows_saved_false_as_nee(plan):
    form = s1_visie.Form(initial=step(plan, s1_visie), prefix="visie")
    html = str(form["inclusief_zorgvrijwilligers"])
    assert re.search(r'<input[^>]*value="nee"[^>]*checked', html)
    assert not re.search(r'<input[^>]*value="ja"[^>]*checked', html)


# --- Step 2 -----------------------------------------------------------------------------------

def test_s2_always_offers_six_rungs(plan):
    form = s2_comfortzone.Form(prefix="comfortzone")
    rows = form.formsets["comfort_per_trede"].initial
    assert [row["trede"] for row in rows] == [t.code for t in TREDEN]
    saved = s2_comfortzone.Form(initial={"comfort_per_trede": [{"trede": "adviseren", "comfort": "twijfel"}]},
                                prefix="comfortzone")
    rows = saved.formsets["comfort_per_trede"].initial
    assert len(rows) == 6 and rows[2]["comfort"] == "twijfel"
    assert saved.formsets["comfort_per_trede"].forms[2].fixed_label() == "Adviseren"


def test_s2_comfort_is_required_for_each_rung_of_the_ladder(plan):
    answers = step(plan, s2_comfortzone)
    answers["comfort_per_trede"][3]["comfort"] = ""
    form = bind(s2_comfortzone, answers, plan_answers=plan)
    assert not klaar(form)
    assert "comfort" in form.formsets["comfort_per_trede"].forms[3].errors
    assert any(message.startswith("Kies hoe comfortabel") for message in all_errors(form))


def test_s2_zelfbeheer_only_counts_on_the_six_rung_ladder(plan):
    answers = step(plan, s2_comfortzone)
    answers["comfort_per_trede"][5]["comfort"] = ""
    form = bind(s2_comfortzone, answers, plan_answers=plan)
    assert not klaar(form)  # zes_treden: zelfbeheer must be answered

    answers["ladder_variant"] = "vijf_treden"
    result = valid_form(s2_comfortzone, answers, plan).answers()
    assert [row["trede"] for row in result["comfort_per_trede"]][-1] == "zelfbeheer"

    answers["comfort_per_trede"][5]["comfort"] = "comfortabel"
    result = valid_form(s2_comfortzone, answers, plan).answers()
    assert result["comfort_per_trede"][5]["comfort"] == ""


def test_s2_zelfbeheer_on_the_five_rung_ladder_is_saved_and_reported(plan):
    answers = step(plan, s2_comfortzone)
    answers.update(ladder_variant="vijf_treden", ambitie_hoogste_trede="zelfbeheer")
    answers["risicos"][0]["trede"] = "zelfbeheer"
    answers["risicos"][0]["risico"] = "grip_kwijt"
    form = bind(s2_comfortzone, answers, plan_answers=plan)
    assert klaar(form)
    found = [f for f in advisor.findings({**plan, "comfortzone": form.answers()}) if f.rule == "R38"]
    assert len(found) == 1 and "uw ambitie" in found[0].message and "de risico's" in found[0].message


def test_s2_an_own_risk_needs_a_description_when_klaar(plan):
    answers = step(plan, s2_comfortzone)
    answers["risicos"][0].update(risico="anders", risico_eigen="")
    form = bind(s2_comfortzone, answers, plan_answers=plan)
    assert not klaar(form)
    assert list(form.formsets["risicos"].forms[0].errors) == ["risico_eigen"]


@pytest.mark.parametrize("changes,rule", [
    ({"trede": "raadplegen", "risico": "primaat_raad"}, "R38"),
    ({"trede": "alle", "risico": "primaat_raad"}, "R38"),
    ({"kans": 2, "impact": 2, "maatregel": "", "maatregel_toelichting": ""}, "R20"),
])
def test_s2_risk_rows_that_do_not_fit_are_saved_and_reported(changes, rule, plan):
    answers = step(plan, s2_comfortzone)
    answers["risicos"][0].update(changes)
    form = bind(s2_comfortzone, answers, plan_answers=plan)
    assert klaar(form)
    assert (rule, "risicos") in findings_after_save(form, plan)


def test_s2_low_risks_need_no_explanation(plan):
    answers = step(plan, s2_comfortzone)
    answers["risicos"][0].update(kans=3, impact=1, maatregel="", maatregel_toelichting="")
    answers["risicos"][1].update(risico="anders", risico_eigen="Zaal niet toegankelijk", maatregel="eigen")
    result = valid_form(s2_comfortzone, answers, plan).answers()
    assert result["risicos"][0]["kans"] == 3 and result["risicos"][1]["risico_eigen"] == "Zaal niet toegankelijk"


def test_s2_shows_the_derived_comfort_zone(plan):
    form = valid_form(s2_comfortzone, step(plan, s2_comfortzone), plan)
    label, value, uitleg = form.derived()[0]
    assert value == "Tot en met adviseren"
    assert "coproduceren" in uitleg  # the ambition lies above the comfort zone
    assert ("Uw comfortzone (hoogste trede zonder voorbehoud)", "Tot en met adviseren") in \
        s2_comfortzone.check_rows(plan["comfortzone"])
    assert s2_comfortzone.comfortzone({}) is None


def test_s2_suggestions_use_step_1_and_the_risk_catalogue(plan):
    titles = dict(s2_comfortzone.Form(plan_answers=plan).suggestions())
    assert any("Brede regisseur" in item for item in titles["Uit stap 1: uw beleidstype"])
    assert len(titles["Risico's die vaak voorkomen, met een maatregel"]) == 7


# --- Step 3 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("voorwaarde", [v.code for v in VOORWAARDEN])
def test_s3_low_score_needs_explanation_and_action(voorwaarde, plan):
    answers = step(plan, s3_voorwaarden)
    prefix = f"voorwaarde_{voorwaarde}"
    answers.update({f"{prefix}_score": 2, f"{prefix}_toelichting": "", f"{prefix}_verbeteractie": ""})
    form = bind(s3_voorwaarden, answers, plan_answers=plan)
    assert form.is_valid()  # saved: the missing verbeteractie is the advisor's R10
    assert ("R10", f"{prefix}_verbeteractie") in findings_after_save(form, plan)
    assert not form.check_complete()  # the toelichting ("Req. if score <= 2", no rule) is asked at klaar
    assert set(form.errors) == {f"{prefix}_toelichting"}

    answers[f"{prefix}_score"] = 3
    valid_form(s3_voorwaarden, answers, plan)


def test_s3_budget_may_be_zero(plan):
    answers = step(plan, s3_voorwaarden)
    answers["budget_participatie"] = 0
    assert valid_form(s3_voorwaarden, answers, plan).answers()["budget_participatie"] == 0


def test_s3_shows_the_average_score(plan):
    form = valid_form(s3_voorwaarden, step(plan, s3_voorwaarden), plan)
    rows = {label: value for label, value, _uitleg in form.derived()}
    assert rows["Gemiddelde score van de voorwaarden"] == "3,2 (voldoende)"
    assert rows["Laagste score"].startswith("Relatie")
    assert ("Gemiddelde score van de voorwaarden", "3,2 (voldoende)") in \
        s3_voorwaarden.check_rows(plan["voorwaarden"])


def test_s3_suggestions_mention_the_comfort_zone(plan):
    (title, items), = s3_voorwaarden.Form(plan_answers=plan).suggestions()
    assert "Stap 2: uw comfortzone loopt tot en met adviseren." in items
    assert s3_voorwaarden.Form(plan_answers={}).suggestions()


# --- Step 4 -----------------------------------------------------------------------------------

def test_s4_has_one_fixed_row_per_phase(plan):
    form = s4_beleidsfasen.Form(prefix="beleidsfasen", plan_answers=plan)
    assert [row["fase"] for row in form.formsets["fasen"].initial] == \
        [f.code for f in sorted(FASEN, key=lambda f: f.volgorde)]


def test_s4_phase_with_involvement_needs_rung_goal_and_end(plan):
    answers = step(plan, s4_beleidsfasen)
    answers["fasen"][0].update(trede="", doel_in_fase="", eind=None)
    form = bind(s4_beleidsfasen, answers, plan_answers=plan)
    assert not klaar(form)
    assert set(form.formsets["fasen"].forms[0].errors) == {"trede", "doel_in_fase", "eind"}

    answers["fasen"][0]["betrekken"] = False
    result = valid_form(s4_beleidsfasen, answers, plan).answers()
    assert result["fasen"][0]["betrekken"] is False and result["fasen"][0]["fase"] == "inventarisatie"


def test_s4_every_phase_needs_a_yes_or_no(plan):
    answers = step(plan, s4_beleidsfasen)
    answers["fasen"][2]["betrekken"] = None
    form = bind(s4_beleidsfasen, answers, plan_answers=plan)
    assert not klaar(form)
    assert "betrekken" in form.formsets["fasen"].forms[2].errors


def test_s4_an_end_before_the_start_is_saved_and_reported(plan):
    # Each date exists (format), but they compare two answers: the advisor's R19 (domain.md 0.1).
    answers = step(plan, s4_beleidsfasen)
    answers["fasen"][1].update(start="2026-07-01", eind="2026-06-30")
    form = bind(s4_beleidsfasen, answers, plan_answers=plan)
    assert klaar(form)
    assert ("R19", "fasen") in findings_after_save(form, plan)


def test_s4_needs_at_least_one_phase_with_mantelzorgers(plan):
    answers = step(plan, s4_beleidsfasen)
    for row in answers["fasen"]:
        row["betrekken"] = False
    form = bind(s4_beleidsfasen, answers, plan_answers=plan)
    assert not klaar(form)
    assert form.non_field_errors() == ["Kies minstens één fase waarin u mantelzorgers betrekt."]


def test_s4_above_the_comfort_zone_without_explanation_is_saved_and_reported(plan):
    answers = step(plan, s4_beleidsfasen)
    answers["toelichting_buiten_comfortzone"] = ""
    form = bind(s4_beleidsfasen, answers, plan_answers=plan)
    assert klaar(form)
    found = [f for f in advisor.findings({**plan, "beleidsfasen": form.answers()}) if f.rule == "R01"]
    assert found and all(f.field == "toelichting_buiten_comfortzone" for f in found)

    for row in answers["fasen"]:
        if row["trede"] == "coproduceren":
            row["trede"] = "adviseren"
    valid_form(s4_beleidsfasen, answers, plan)


def test_s4_explanation_is_not_required_without_step_2(plan):
    answers = step(plan, s4_beleidsfasen)
    answers["toelichting_buiten_comfortzone"] = ""
    plan.pop("comfortzone")
    valid_form(s4_beleidsfasen, answers, plan)


def test_s4_offers_only_the_rungs_of_the_chosen_ladder(plan):
    answers = step(plan, s4_beleidsfasen)
    answers["fasen"][5]["trede"] = "zelfbeheer"
    answers["toelichting_buiten_comfortzone"] = "Uitleg"
    valid_form(s4_beleidsfasen, answers, plan)  # demo: zes_treden

    plan["comfortzone"]["ladder_variant"] = "vijf_treden"
    form = bind(s4_beleidsfasen, answers, plan_answers=plan)
    assert not klaar(form)
    assert "trede" in form.formsets["fasen"].forms[5].errors
    offered = [code for code, _ in form.formsets["fasen"].forms[0].fields["trede"].choices if code]
    assert offered == [t.code for t in TREDEN if t.code != "zelfbeheer"]


def test_s4_suggestions_show_comfort_zone_and_typical_rungs(plan):
    suggestions = dict(s4_beleidsfasen.Form(plan_answers=plan).suggestions())
    assert "Stap 2: uw comfortzone loopt tot adviseren." in suggestions["Uw comfortzone"]
    per_fase = suggestions["Treden die vaak passen per fase"]
    assert len(per_fase) == 7
    assert per_fase[0].startswith("Inventarisatie: raadplegen.")
    assert "zelfbeheer (boven uw comfortzone)" in per_fase[5]

    plan["comfortzone"]["ladder_variant"] = "vijf_treden"
    per_fase = dict(s4_beleidsfasen.Form(plan_answers=plan).suggestions())["Treden die vaak passen per fase"]
    assert "zelfbeheer" not in per_fase[5]
    empty = dict(s4_beleidsfasen.Form(plan_answers={}).suggestions())
    assert "Stap 2 is nog niet ingevuld" in empty["Uw comfortzone"][0]


def test_s4_shows_phases_above_the_comfort_zone(plan):
    form = valid_form(s4_beleidsfasen, step(plan, s4_beleidsfasen), plan)
    assert form.derived()[0][1] == "Beleidsvoorbereiding en Uitvoering"
    assert ("Fasen boven uw comfortzone", "Beleidsvoorbereiding en Uitvoering") in \
        s4_beleidsfasen.check_rows(plan["beleidsfasen"], plan)


def test_s4_saved_answers_preselect_yes_and_the_rung(plan):
    form = s4_beleidsfasen.Form(initial=step(plan, s4_beleidsfasen), prefix="beleidsfasen", plan_answers=plan)
    row = form.formsets["fasen"].forms[0]
    assert 'value="ja" selected' in str(row["betrekken"])
    assert 'value="raadplegen" selected' in str(row["trede"])
    assert row.fixed_label() == "Inventarisatie"


# --- Plan chapters ------------------------------------------------------------------------------

KEY_TEXT = {
    "visie": ["Lindewaarde", "42.300", "5.100", "Wettelijke taak (Wmo 2015)", "De mantelzorger telt mee",
              "een brede basis met gerichte accenten", "regisseur op afstand", "Brede regisseur",
              "D3", "Respijtzorg is snel en passend beschikbaar", "31 december 2030", "Wmo"],
    "comfortzone": ["zes treden", "loopt tot en met adviseren", "coproduceren", "Wethouder (portefeuillehouder)",
                    "Alleen de mondige mantelzorger doet mee", "Gerichte werving", "Steunpunt (J. Koster)"],
    "voorwaarden": ["Mantelzorgers zijn de deskundigen", "Ervaringskennis benutten", "vanaf de start",
                    "€ 640.000", "3,2", "relatie (2 – zwak)", "Spelregels klankbordgroep opstellen met adviesraad",
                    "€ 38.000", "14 uur per week", "Vervangende zorg tijdens deelname"],
    "beleidsfasen": ["7 van de 7 fasen", "Inventarisatie", "raadplegen", "Behoeften en knelpunten",
                     "1 februari 2026", "tot en met adviseren", "beleidsvoorbereiding en uitvoering",
                     "tussenevaluatie", "Vaststelling beleidsplan en gewijzigde verordening", "17 december 2026"],
}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.SLUG)
def test_plan_section_writes_the_demo_answers_as_prose_and_tables(module, plan):
    result = module.plan_section(plan[module.SLUG], plan)
    text = text_of(result)
    for expected in KEY_TEXT[module.SLUG]:
        assert expected in text, expected
    kinds = {block.kind for section in sections_of(result) for block in section.blocks}
    assert {"paragraph", "table"} <= kinds


def test_plan_section_of_step_4_without_step_2(plan):
    text = text_of(s4_beleidsfasen.plan_section(plan["beleidsfasen"], {"visie": plan["visie"]}))
    assert "De comfortzone (stap 2) is nog niet bepaald." in text


# --- Check page ---------------------------------------------------------------------------------

def test_check_rows_summarise_tables(plan):
    rows = dict(s1_visie.check_rows(plan["visie"]))
    assert rows["Doelen"].startswith("6 rijen: D1 Meer mantelzorgers vroegtijdig in beeld; D2")
    rows = dict(s4_beleidsfasen.check_rows(plan["beleidsfasen"]))
    assert "Inventarisatie: raadplegen" in rows[s4_beleidsfasen.Form.tables["fasen"].label]
    one = {"beslismomenten": [{"omschrijving": "Advies", "orgaan": "adviesraad", "datum": "2026-11-10"}]}
    assert dict(s4_beleidsfasen.check_rows(one))["Formele besluitmomenten"] == \
        "1 rij: 10 november 2026 Advies (Adviesraad sociaal domein)"


def test_check_rows_show_labels_not_codes(plan):
    rows = dict(s1_visie.check_rows(plan["visie"]))
    assert rows["Neemt u zorgvrijwilligers mee in dit beleid?"] == "Nee"
    assert rows["Aantal inwoners"] == "42.300"
    assert rows["Eerste jaar van de beleidsperiode"] == "2027"
    assert rows["Prioriteit voor vinden"] == "5 – hoogste prioriteit"
    rows = dict(s3_voorwaarden.check_rows(plan["voorwaarden"]))
    assert rows["Relatie: wanneer is de actie klaar?"] == "20 februari 2026"


# --- Shared building blocks: steps/forms.py, steps/text.py ---------------------------------------

class YesNoForm(forms.Form):
    radio = f.yes_no("Ja of nee?")
    select = f.yes_no("Ja of nee in een rij?", widget="select")


@pytest.mark.parametrize("saved,chosen", [(True, "ja"), (False, "nee")])
def test_yes_no_shows_a_saved_answer_as_chosen(saved, chosen):
    form = YesNoForm(initial={"radio": saved, "select": saved})
    other = "nee" if chosen == "ja" else "ja"
    assert re.search(rf'<input[^>]*value="{chosen}"[^>]*checked', str(form["radio"]))
    assert not re.search(rf'<input[^>]*value="{other}"[^>]*checked', str(form["radio"]))
    assert f'value="{chosen}" selected' in str(form["select"])
    assert f'value="{other}" selected' not in str(form["select"])


def test_yes_no_cleans_to_true_false_or_none():
    form = YesNoForm(data={"radio": "ja", "select": "nee"})
    assert form.is_valid() and form.cleaned_data == {"radio": True, "select": False}
    form = YesNoForm(data={"radio": "", "select": "misschien"})
    assert not klaar(form)
    assert form.errors["select"] == ["Kies ja of nee."]
    odd = YesNoForm(initial={"radio": [], "select": {}})  # an odd stored value shows as unanswered
    assert "checked" not in str(odd["radio"])
    assert not re.search(r'value="(ja|nee)" selected', str(odd["select"]))


class TaskRow(f.RowForm):
    taak = f.short_text("Taak", required=True, required_message="Beschrijf de taak.")


TASKS = f.table(TaskRow, label="Taken", help_text="Wat moet er gebeuren?", max_rows=2, min_rows=1,
                min_rows_message="Vul minstens één taak in.")
OPTIONAL_TASKS = f.table(TaskRow, label="Taken", help_text="Wat moet er gebeuren?", max_rows=5)


def task_data(*tasks, management=True):
    data = {f"taak-{index}-taak": task for index, task in enumerate(tasks)}
    if management:
        data.update({"taak-TOTAL_FORMS": str(len(tasks)), "taak-INITIAL_FORMS": "0"})
    return data


def test_a_table_has_its_title_help_text_and_dutch_messages():
    assert (TASKS.label, TASKS.help_text, TASKS.max_rows) == ("Taken", "Wat moet er gebeuren?", 2)
    formset = TASKS(data=task_data("a", "b", "c"), prefix="taak")
    assert not formset.is_valid()
    assert formset.non_form_errors() == ["U kunt maximaal 2 rijen invullen."]
    formset = OPTIONAL_TASKS(data=task_data("a", management=False), prefix="taak")
    assert not formset.is_valid()
    assert formset.non_form_errors() == ["Er ging iets mis met de tabel. Laad de pagina opnieuw."]
    formset = TASKS(data=task_data(""), prefix="taak")
    assert formset.is_valid()  # an empty table saves; it is asked for when the step is klaar
    formset.check_complete()
    assert formset.non_form_errors() == ["Vul minstens één taak in."]


def test_a_table_gives_its_filled_rows_and_skips_deleted_and_empty_ones():
    data = task_data("Zaal huren", "", "Uitnodigen")
    data["taak-2-DELETE"] = "on"
    formset = OPTIONAL_TASKS(data=data, prefix="taak")
    assert formset.is_valid()
    assert formset.rows() == [{"taak": "Zaal huren"}]
    assert [row for _form, row in formset.filled_rows()] == [{"taak": "Zaal huren", "DELETE": False}]
    assert formset.posted_values("taak") == ["Zaal huren"]


class RungRow(f.FixedRowForm):
    fixed_field = "trede"
    fixed_items = (Option("informeren", "Informeren"), Option("raadplegen", "Raadplegen"))

    trede = f.fixed_column("Trede", fixed_items)
    comfort = f.short_text("Comfort")


def test_a_fixed_table_has_one_row_per_item_in_catalogue_order():
    saved = [{"trede": "raadplegen", "comfort": "twijfel"}, {"trede": "weg", "comfort": "x"}, "geen rij"]
    assert RungRow.complete_rows(saved) == [
        {"trede": "informeren"},
        {"trede": "raadplegen", "comfort": "twijfel"},
    ]
    assert RungRow(initial={"trede": "raadplegen"}).fixed_label() == "Raadplegen"


@pytest.mark.parametrize("start,end,moment,expected", [
    ("2026-02-01", "2026-04-30", False, "1 februari 2026 – 30 april 2026"),
    ("2026-02-01", None, False, "vanaf 1 februari 2026"),
    (None, "2026-04-30", False, "tot 30 april 2026"),
    (None, None, False, ""),
    ("2026-03-05", "2026-03-05", False, "5 maart 2026 – 5 maart 2026"),
    ("2026-03-05", "2026-03-05", True, "5 maart 2026"),
    (None, "2026-03-05", True, "5 maart 2026"),
    ("2026-02-01", "2026-04-30", True, "1 februari 2026 – 30 april 2026"),
    ("2026-02-01", "", True, "vanaf 1 februari 2026"),
])
def test_period_text(start, end, moment, expected):
    assert period_text(start, end, moment=moment) == expected


@pytest.mark.parametrize("text,expected", [
    ("Werkende mantelzorgers", "werkende mantelzorgers"),
    ("LHBTI+ mantelzorgers", "LHBTI+ mantelzorgers"),
    ("Wmo-raad / adviesraad sociaal domein", "Wmo-raad / adviesraad sociaal domein"),
    ("GGD-gezondheidsmonitor", "GGD-gezondheidsmonitor"),
    ("", ""),
])
def test_in_sentence_keeps_abbreviations(text, expected):
    assert in_sentence(text) == expected


def test_small_text_helpers():
    assert count_text(1, "doel", "doelen") == "1 doel" and count_text(0, "doel", "doelen") == "0 doelen"
    assert join_words(["a", "", "b", "c"]) == "a, b en c" and join_words([]) == ""
    assert one_decimal(3.1666) == "3,2"
    assert shorten("kort") == "kort"
    assert shorten("woord " * 20, 20) == "woord woord woord w…" and len(shorten("x" * 80)) == 50


def test_s1_plan_keeps_abbreviations_inside_a_sentence(plan):
    answers = step(plan, s1_visie)
    answers["smal_focus_doelgroepen"] = ["lhbti", "werkende_mantelzorgers"]
    text = text_of(s1_visie.plan_section(answers, plan))
    assert "Extra aandacht gaat naar deze groepen: LHBTI+ mantelzorgers en werkende mantelzorgers." in text
