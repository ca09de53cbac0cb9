"""The Lindewaarde demo data set (domain.md section 7) follows the answers contract."""

import json
import re
from datetime import date

import pytest

from steps import demo_data
from steps.demo_data import ANSWERS, GEMEENTE, PLAN, answers

SLUGS = [
    "visie",
    "comfortzone",
    "voorwaarden",
    "beleidsfasen",
    "instrumenten",
    "doelgroepen",
    "draagvlak",
    "evaluatie",
]

DATE_KEYS = {
    "termijn",
    "start",
    "eind",
    "datum",
    "wanneer",
    "start_werving",
    "deadline",
    "teruggekoppeld_op",
    "meetmoment",
}

DERIVED = {
    "typetest_kwadrant",
    "comfortzone_hoogste_trede",
    "voorwaarden_gemiddelde",
    "voorwaarden_laagste",
    "strategie",
    "risicoscore",
    "kosten_instrumenten_totaal",
    "bereik_behaald",
    "buiten_comfortzone",
}

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _walk(value, key=None):
    """Yield (key, value) for every scalar in a nested answers structure."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, key)
    else:
        yield key, value


def _keys(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _keys(v)
    elif isinstance(value, list):
        for v in value:
            yield from _keys(v)


def test_all_eight_slugs_present_in_order():
    assert list(ANSWERS) == SLUGS
    for slug in SLUGS:
        assert ANSWERS[slug], slug


def test_gemeente_and_plan():
    assert GEMEENTE["naam"] == "Lindewaarde"
    assert GEMEENTE["inwoners"] == 42300
    assert len(GEMEENTE["kernen"]) == 4
    assert PLAN["periode_start"] == 2027
    assert PLAN["periode_eind"] == 2030
    assert PLAN["auteur"] == "Marloes Brinkman"
    assert PLAN["titel"]


@pytest.mark.parametrize(
    "slug, field, count",
    [
        ("visie", "doelen", 6),
        ("visie", "leidende_principes", 6),
        ("comfortzone", "comfort_per_trede", 6),
        ("comfortzone", "comfortzone_actoren", 5),
        # domain.md section 7 lists ten risk rows (the brief said nine).
        ("comfortzone", "risicos", 10),
        ("beleidsfasen", "fasen", 7),
        ("beleidsfasen", "beslismomenten", 6),
        ("instrumenten", "instrumenten", 12),
        ("doelgroepen", "doelgroepen", 10),
        ("doelgroepen", "vindplaatsen", 15),
        ("doelgroepen", "wervingsplan", 13),
        ("draagvlak", "kernteam", 5),
        ("draagvlak", "stakeholders", 14),
        ("draagvlak", "acties", 9),
        ("draagvlak", "communicatie", 6),
        ("draagvlak", "inbreng_log", 5),
        ("evaluatie", "evaluatiemomenten", 5),
        ("evaluatie", "procesvragen", 10),
        ("evaluatie", "indicatoren", 9),
    ],
)
def test_row_counts(slug, field, count):
    assert len(ANSWERS[slug][field]) == count


def test_instrument_costs_sum_to_37000():
    rows = ANSWERS["instrumenten"]["instrumenten"]
    assert sum(row["geraamde_kosten"] for row in rows) == 37000
    assert sum(row["geraamde_kosten"] for row in rows) <= ANSWERS["voorwaarden"][
        "budget_participatie"
    ]


def test_every_date_parses():
    seen = 0
    for key, value in _walk(ANSWERS):
        is_date_key = key in DATE_KEYS or (key or "").endswith("_actie_wanneer")
        if is_date_key and value is not None:
            assert isinstance(value, str), (key, value)
            date.fromisoformat(value)
            seen += 1
        if isinstance(value, str) and ISO_DATE.match(value):
            date.fromisoformat(value)
            assert is_date_key, (key, value)
    assert seen > 100


def test_no_op_afstand_in_wervingsplan():
    """The demo deliberately triggers R11: op_afstand has a vindplaats but no recruitment."""
    groups = {row["doelgroep"] for row in ANSWERS["doelgroepen"]["wervingsplan"]}
    assert "op_afstand" not in groups
    chosen = {row["doelgroep"] for row in ANSWERS["doelgroepen"]["doelgroepen"]}
    assert "op_afstand" in chosen
    assert chosen - {"op_afstand"} == groups
    vindplaats_groups = set()
    for row in ANSWERS["doelgroepen"]["vindplaatsen"]:
        vindplaats_groups.update(row["doelgroepen"])
    assert "op_afstand" in vindplaats_groups


def test_derived_fields_not_stored():
    assert not DERIVED & set(_keys(ANSWERS))


def test_answers_is_a_deep_copy_and_json_serialisable():
    copy_ = answers()
    assert copy_ == ANSWERS
    copy_["visie"]["doelen"][0]["omschrijving"] = "gewijzigd"
    copy_["instrumenten"]["instrumenten"].pop()
    assert ANSWERS["visie"]["doelen"][0]["omschrijving"] != "gewijzigd"
    assert len(ANSWERS["instrumenten"]["instrumenten"]) == 12
    assert json.loads(json.dumps(ANSWERS)) == ANSWERS


def test_cross_references_are_consistent():
    doel_codes = [row["doel_code"] for row in ANSWERS["visie"]["doelen"]]
    assert doel_codes == ["D1", "D2", "D3", "D4", "D5", "D6"]
    for row in ANSWERS["draagvlak"]["acties"]:
        assert row["doel"] in doel_codes
    for row in ANSWERS["evaluatie"]["indicatoren"]:
        assert row["doel"] in doel_codes or (row["doel"] == "" and row["soort"] == "proces")
    # every doel has at least one indicator
    assert {row["doel"] for row in ANSWERS["evaluatie"]["indicatoren"]} >= set(doel_codes)

    instrument_codes = {row["instrument"] for row in ANSWERS["instrumenten"]["instrumenten"]}
    for row in ANSWERS["doelgroepen"]["wervingsplan"]:
        assert row["instrument"] in instrument_codes
    for row in ANSWERS["draagvlak"]["inbreng_log"]:
        assert row["bron_instrument"] in instrument_codes

    vindplaatsen = {row["vindplaats"] for row in ANSWERS["doelgroepen"]["vindplaatsen"]}
    for row in ANSWERS["doelgroepen"]["wervingsplan"]:
        assert row["vindplaats"] in vindplaatsen

    fasen = [row["fase"] for row in ANSWERS["beleidsfasen"]["fasen"]]
    assert fasen == [
        "inventarisatie",
        "visievorming",
        "beleidsvoorbereiding",
        "opstellen_beleidsplan",
        "vaststelling_verordening",
        "uitvoering",
        "evaluatie",
    ]
    for row in ANSWERS["instrumenten"]["instrumenten"]:
        assert set(row["fasen"]) <= set(fasen)


def test_step_values_follow_contract_types():
    visie = ANSWERS["visie"]
    assert visie["beleidsperiode_start"] == 2027 and visie["beleidsperiode_eind"] == 2030
    assert visie["inclusief_zorgvrijwilligers"] is False
    assert [row["doelgroep"] for row in visie["doelen"] if row["doel_code"] in ("D2", "D4")] == [
        [],
        [],
    ]
    for code in (
        "openheid",
        "duidelijkheid",
        "rol_en_inbreng",
        "meerwaarde",
        "relatie",
        "capaciteit_en_middelen",
    ):
        assert isinstance(ANSWERS["voorwaarden"][f"voorwaarde_{code}_score"], int)
        assert isinstance(ANSWERS["voorwaarden"][f"voorwaarde_{code}_checks"], list)
    for row in ANSWERS["comfortzone"]["risicos"]:
        assert row["maatregel"] == row["risico"]
        assert row["risico_eigen"] == ""
    for row in ANSWERS["instrumenten"]["instrumenten"]:
        assert row["terugkoppeling_gepland"] is True
        assert isinstance(row["doelgroepen"], list) and row["doelgroepen"]
    verborgen = next(
        r for r in ANSWERS["doelgroepen"]["doelgroepen"] if r["doelgroep"] == "verborgen"
    )
    assert verborgen["geschat_aantal"] is None
    evaluatie = ANSWERS["evaluatie"]
    assert evaluatie["modus"] == "plannen"
    assert evaluatie["scenario_gekozen"] in evaluatie["scenarios_overwogen"]
    assert all(r["antwoord"] == "" and r["oordeel"] is None for r in evaluatie["procesvragen"])


def test_module_exposes_status_for_every_step():
    assert list(demo_data.STAP_STATUS) == SLUGS
