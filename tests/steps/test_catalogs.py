"""Consistency checks for the pure-Python catalogues in steps.catalogs (no database needed)."""

from __future__ import annotations

import dataclasses

import pytest

from steps.catalogs import (
    base,
    doelgroepen,
    fasen,
    glossary,
    instruments,
    ladder,
    options,
    risks,
    stakeholders,
    vindplaatsen,
    voorwaarden,
)

TREDE_CODES = {t.code for t in ladder.TREDEN}
FASE_CODES = {f.code for f in fasen.FASEN}
DOELGROEP_CODES = {d.code for d in doelgroepen.DOELGROEPEN}

OPTION_LISTS = {
    name: value
    for name, value in vars(options).items()
    if name.isupper() and isinstance(value, tuple) and value and isinstance(value[0], base.Option)
}

CATALOGUES = {
    "TREDEN": ladder.TREDEN,
    "FASEN": fasen.FASEN,
    "RISICOS": risks.RISICOS,
    "VOORWAARDEN": voorwaarden.VOORWAARDEN,
    "INSTRUMENTEN": instruments.INSTRUMENTEN,
    "DOELGROEPEN": doelgroepen.DOELGROEPEN,
    "VINDPLAATSEN": vindplaatsen.VINDPLAATSEN,
    "STAKEHOLDER_TYPES": stakeholders.STAKEHOLDER_TYPES,
    **OPTION_LISTS,
}


# --- shape and uniqueness ------------------------------------------------------


def test_all_expected_option_lists_exist():
    expected = [
        "BRONNEN_CIJFERS", "DEFINITIE_TYPES", "AFBAKENING", "REDENEN", "BREEDTE_BELEID",
        "STURING", "TYPETEST_KWADRANTEN", "LADDER_VARIANTEN", "COMFORT", "ACTOREN",
        "DOEL_BETREKKEN", "VORM_BETROKKENHEID", "ROL_DEELNEMERS", "ROL_ADVIESRAAD",
        "PROCESBEGELEIDING", "FACILITEITEN", "COMBINATIEPRINCIPES", "WERVINGSAANPAK",
        "WERVING_STATUS", "BESTAANDE_RELATIE", "OPDRACHT_TYPES", "BELEIDSTERREINEN",
        "BUDGET_VASTGELEGD", "HOUDING", "STRATEGIEEN", "ACTIE_STATUS", "COMMUNICATIE_TYPES",
        "COMMUNICATIE_MIDDELEN", "BESLUITEN", "ORGANEN", "EVALUATIEVORMEN",
        "EVALUATIEMOMENT_TYPES", "TEVREDENHEID_METING", "INDICATOR_SOORTEN",
        "INDICATOR_BRONNEN", "SCENARIOS", "V_GEBIEDEN", "VRAAGGEBIEDEN", "SOFA_ROLLEN",
        "GEMEENTE_ROLLEN", "KANS_IMPACT",
    ]
    missing = [name for name in expected if name not in OPTION_LISTS]
    assert not missing


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_codes_unique_and_labels_filled(name):
    items = CATALOGUES[name]
    codes = [item.code for item in items]
    assert len(codes) == len(set(codes)), f"duplicate codes in {name}"
    assert all(item.code and item.label for item in items)


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_catalogue_items_are_frozen_dataclasses(name):
    item = CATALOGUES[name][0]
    assert dataclasses.is_dataclass(item)
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.code = "x"  # type: ignore[misc]


def test_voorwaarde_check_codes_unique():
    codes = [check.code for v in voorwaarden.VOORWAARDEN for check in v.checks]
    assert len(codes) == len(set(codes))
    assert all(3 <= len(v.checks) <= 5 for v in voorwaarden.VOORWAARDEN)


def test_glossary_terms_unique_and_explained():
    terms = [term for term, _ in glossary.BEGRIPPEN]
    assert len(terms) == len(set(terms))
    assert all(uitleg.strip() for _, uitleg in glossary.BEGRIPPEN)
    assert "Participatieladder" in terms and "SOFA-model" in terms


# --- counts --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "count"),
    [
        (instruments.INSTRUMENTEN, 27),
        (doelgroepen.DOELGROEPEN, 20),
        (vindplaatsen.VINDPLAATSEN, 32),
        (risks.RISICOS, 20),
        (stakeholders.STAKEHOLDER_TYPES, 25),
        (ladder.TREDEN, 6),
        (fasen.FASEN, 7),
        (options.PROCESVRAGEN, 10),
        (voorwaarden.VOORWAARDEN, 6),
        (options.TYPETEST_KWADRANTEN, 4),
        (options.VRAAGGEBIEDEN, 8),
        (options.V_GEBIEDEN, 4),
        (options.SOFA_ROLLEN, 4),
        (options.SCENARIOS, 8),
    ],
)
def test_counts(items, count):
    assert len(items) == count


# --- cross references ----------------------------------------------------------


def test_instrument_references_exist():
    for instrument in instruments.INSTRUMENTEN:
        assert instrument.treden and set(instrument.treden) <= TREDE_CODES, instrument.code
        assert instrument.fasen and set(instrument.fasen) <= FASE_CODES, instrument.code
        assert instrument.inspanning in {"laag", "middel", "hoog"}
        assert instrument.diepgang in {"laag", "middel", "hoog"}
        assert instrument.vorm_type in {"moment", "periode"}
        assert instrument.vorm in {"fysiek", "online", "hybride", "schriftelijk", "schriftelijk/online"}
        assert instrument.kosten.startswith("€")
        assert instrument.sterk and instrument.zwak


def test_risk_treden_exist():
    for risico in risks.RISICOS:
        assert risico.trede == "alle" or risico.trede in TREDE_CODES, risico.code
        assert risico.maatregel and risico.maatregel_uitleg and risico.wat_gaat_mis
    # every rung has at least one specific risk
    assert {r.trede for r in risks.RISICOS} == TREDE_CODES | {"alle"}


def test_vindplaats_doelgroepen_exist():
    for vindplaats in vindplaatsen.VINDPLAATSEN:
        assert set(vindplaats.doelgroepen) <= DOELGROEP_CODES, vindplaats.code
        assert vindplaats.doelgroepen or vindplaats.voor_alle, vindplaats.code


def test_every_doelgroep_has_a_vindplaats():
    covered = {code for v in vindplaatsen.VINDPLAATSEN for code in v.doelgroepen}
    assert covered == DOELGROEP_CODES


def test_fase_typische_treden_exist_and_order():
    for fase in fasen.FASEN:
        assert fase.typische_treden and set(fase.typische_treden) <= TREDE_CODES, fase.code
    assert [f.volgorde for f in fasen.FASEN] == list(range(1, 8))
    assert fasen.FASEN[0].code == "inventarisatie"
    assert fasen.FASEN[-1].code == "evaluatie"


def test_all_phases_expansion():
    assert instruments.ALLE_FASEN == tuple(f.code for f in fasen.FASEN)
    by_code = base.by_code(instruments.INSTRUMENTEN)
    assert by_code["mantelzorgpanel"].fasen == instruments.ALLE_FASEN
    assert by_code["schriftelijke_communicatie"].fasen == instruments.ALLE_FASEN


def test_indicator_bronnen_derived_from_k1():
    codes = [o.code for o in options.INDICATOR_BRONNEN]
    assert "anders" not in codes
    assert codes[-1] == "registratie_participatie"
    assert set(codes) - {"registratie_participatie"} == {
        o.code for o in options.BRONNEN_CIJFERS if o.code != "anders"
    }


# --- ladder --------------------------------------------------------------------


def test_treden_voor_variants():
    vijf = ladder.treden_voor("vijf_treden")
    assert len(vijf) == 5
    assert "zelfbeheer" not in {t.code for t in vijf}
    zes = ladder.treden_voor("zes_treden")
    assert len(zes) == 6
    assert zes[-1].code == "zelfbeheer"
    assert len(ladder.treden_voor("")) == 5


def test_niveau_ordering():
    order = ["informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen", "zelfbeheer"]
    assert [t.code for t in ladder.TREDEN] == order
    niveaus = [ladder.niveau(code) for code in order]
    assert niveaus == sorted(niveaus) == list(range(1, 7))
    assert ladder.niveau("") == 0
    assert ladder.niveau(None) == 0
    assert ladder.niveau("onbekend") == 0


def test_interactief_from_adviseren():
    assert [t.interactief for t in ladder.TREDEN] == [False, False, True, True, True, True]


# --- helpers -------------------------------------------------------------------


def test_vindplaatsen_voor_dementie():
    result = vindplaatsen.vindplaatsen_voor(["dementie"])
    codes = [v.code for v in result]
    assert "casemanager_dementie" in codes
    assert "school" not in codes
    # general places are suggested too, and come last
    voor_alle = [v.voor_alle for v in result]
    assert voor_alle == sorted(voor_alle)
    assert {"steunpunt", "wijkteam", "adviesraad"} <= set(codes)


def test_vindplaatsen_voor_empty():
    assert vindplaatsen.vindplaatsen_voor([]) == ()


def test_risicos_voor():
    result = risks.risicos_voor("adviseren")
    treden = {r.trede for r in result}
    assert treden == {"adviseren", "alle"}
    assert len(result) == 6
    assert {r.trede for r in risks.risicos_voor("zelfbeheer")} == {"zelfbeheer", "alle"}


def test_instrumenten_voor_filters_by_overlap():
    assert instruments.instrumenten_voor() == instruments.INSTRUMENTEN
    zelfbeheer = instruments.instrumenten_voor(treden=["zelfbeheer"])
    assert [i.code for i in zelfbeheer] == ["zelforganisatie"]
    combined = instruments.instrumenten_voor(treden=["meebeslissen"], fasen=["evaluatie"])
    assert [i.code for i in combined] == ["stuurgroep_zetel"]
    for instrument in instruments.instrumenten_voor(fasen=["vaststelling_verordening"]):
        assert "vaststelling_verordening" in instrument.fasen
    assert instruments.instrumenten_voor(treden=[]) == ()


def test_is_alleen_schriftelijk_of_online():
    assert instruments.is_alleen_schriftelijk_of_online("enquete")
    assert instruments.is_alleen_schriftelijk_of_online("digitaal_panel")
    assert instruments.is_alleen_schriftelijk_of_online("adviesraad_advies")
    assert not instruments.is_alleen_schriftelijk_of_online("interview")
    assert not instruments.is_alleen_schriftelijk_of_online("focusgroep")  # hybride
    assert not instruments.is_alleen_schriftelijk_of_online("bestaat_niet")


def test_base_helpers():
    assert base.choices(options.KANS_IMPACT) == [("1", "Klein"), ("2", "Middel"), ("3", "Groot")]
    assert base.by_code(ladder.TREDEN)["adviseren"].niveau == 3
    assert base.label(options.ORGANEN, "college") == "College van B&W"
    assert base.label(options.ORGANEN, "onbekend") == "onbekend"
    assert base.label(options.ORGANEN, "") == ""
    assert base.label(doelgroepen.DOELGROEPEN, "dementie").startswith("Mantelzorgers van mensen")


def test_score_labels_and_alle():
    assert voorwaarden.SCORE_LABELS == {
        1: "Niet geregeld",
        2: "Zwak",
        3: "Voldoende",
        4: "Goed",
        5: "Volledig geregeld",
    }
    assert doelgroepen.ALLE.code == "alle"
    assert doelgroepen.ALLE.label == "Alle mantelzorgers"
    assert "alle" not in DOELGROEP_CODES


def test_ladder_varianten_and_organen_labels():
    assert base.choices(options.LADDER_VARIANTEN) == [
        ("vijf_treden", "Vijf treden"),
        ("zes_treden", "Zes treden (met zelfbeheer)"),
    ]
    assert base.choices(options.ORGANEN) == [
        ("college", "College van B&W"),
        ("raad", "Gemeenteraad"),
        ("raadscommissie", "Raadscommissie"),
        ("adviesraad", "Adviesraad sociaal domein"),
    ]
