"""Tests for the advisor rules R01–R34 and the derived values (plain pytest, no database).

Each rule has a test where it fires and one where it stays quiet. Answers are built as small
dicts with the helpers below; the Lindewaarde demo of domain.md section 7 is used as the
"complete, consistent plan" (it must give exactly one finding: R11 for mantelzorgers op afstand).
"""

from __future__ import annotations

import copy

import pytest

from steps import derived
from steps.advisor import FOUT, TIP, WAARSCHUWING, Finding, findings, findings_for_step, heeft_fouten, stoplicht
from steps.advisor import rules as r

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def plan(**steps):
    """A plan's answers from step dicts: plan(beleidsfasen={...}, instrumenten={...})."""
    return dict(steps)


def fase(code, trede="raadplegen", betrekken=True, start=None, eind=None):
    return {"fase": code, "betrekken": betrekken, "trede": trede, "doel_in_fase": "", "start": start,
            "eind": eind, "opmerking": ""}


def stap4(*rows, **extra):
    return {"fasen": list(rows), **extra}


def instrument(code, fasen, trede="raadplegen", doelgroepen=("alle",), start=None, eind=None,
               kosten=None, uren=None, terugkoppeling=True):
    return {"instrument": code, "titel": "", "fasen": list(fasen), "trede": trede,
            "doelgroepen": list(doelgroepen), "start": start, "eind": eind, "geraamde_kosten": kosten,
            "geraamde_uren": uren, "verantwoordelijke": "M. Brinkman", "terugkoppeling_gepland": terugkoppeling}


def stap5(*rows):
    return {"instrumenten": list(rows)}


def groepen(*codes, **extra):
    return {"doelgroepen": [{"doelgroep": code, "prioriteit": 3} for code in codes], **extra}


def ids(rule, answers):
    return [finding.rule for finding in rule(answers)]


def fired(rule, answers):
    result = list(rule(answers))
    assert result, f"{rule.__name__} did not fire"
    for finding in result:
        assert isinstance(finding, Finding)
        assert finding.severity in (FOUT, WAARSCHUWING, TIP)
        assert finding.steps and finding.message.startswith("Stap ")
        assert "_" not in finding.message.split(":", 1)[1].replace("'u zei", ""), finding.message
    return result


def quiet(rule, answers):
    result = list(rule(answers))
    assert result == [], [finding.message for finding in result]


def demo():
    return copy.deepcopy(DEMO)


# ---------------------------------------------------------------------------
# The Lindewaarde demo (domain.md section 7), the fields the rules read
# ---------------------------------------------------------------------------

DEMO = {
    "visie": {
        "gemeente_naam": "Lindewaarde",
        "beleidsperiode_start": 2027,
        "beleidsperiode_eind": 2030,
        "afbakening": ["incl_jonge_mantelzorgers", "incl_zorgvrager_buiten_gemeente",
                       "incl_mantelzorgers_op_afstand", "incl_wlz"],
        "prioriteit_vinden": 5,
        "prioriteit_versterken": 4,
        "prioriteit_verlichten": 5,
        "prioriteit_verbinden": 3,
        "breedte_beleid": "gemengd",
        "smal_focus_doelgroepen": ["jonge_mantelzorgers", "werkende_mantelzorgers", "migratieachtergrond"],
        "smal_focus_ondersteuning": ["respijtzorg", "informatie"],
        "sturing": "regisseur_op_afstand",
        "doelen": [
            {"doel_code": f"D{i}", "omschrijving": f"Doel {i}", "v_gebied": v, "beoogd_resultaat": "x"}
            for i, v in enumerate(["vinden", "versterken", "verlichten", "verbinden", "verlichten", "vinden"], 1)
        ],
    },
    "comfortzone": {
        "ladder_variant": "zes_treden",
        "comfort_per_trede": [
            {"trede": "informeren", "comfort": "comfortabel", "toelichting": ""},
            {"trede": "raadplegen", "comfort": "comfortabel", "toelichting": ""},
            {"trede": "adviseren", "comfort": "comfortabel", "toelichting": ""},
            {"trede": "coproduceren", "comfort": "twijfel", "toelichting": "lukt als kaders helder zijn"},
            {"trede": "meebeslissen", "comfort": "buiten_comfortzone", "toelichting": ""},
            {"trede": "zelfbeheer", "comfort": "buiten_comfortzone", "toelichting": ""},
        ],
        "comfortzone_actoren": [
            {"actor": "beleidsmedewerker", "hoogste_trede": "coproduceren", "bron": "gesprek"},
            {"actor": "wethouder", "hoogste_trede": "adviseren", "bron": "gesprek 12-01-2026"},
            {"actor": "college", "hoogste_trede": "adviseren", "bron": "startnotitie"},
            {"actor": "gemeenteraad", "hoogste_trede": "adviseren", "bron": "inschatting"},
            {"actor": "uitvoeringspartners", "hoogste_trede": "coproduceren", "bron": "overleg"},
        ],
        "ambitie_hoogste_trede": "coproduceren",
        "risicos": [
            {"trede": t, "risico": code, "risico_eigen": "", "kans": k, "impact": i, "maatregel": m,
             "maatregel_toelichting": "uitleg", "eigenaar": "M. Brinkman"}
            for t, code, k, i, m in [
                ("alle", "overvraging_mantelzorgers", 3, 2, "Belasting beperken"),
                ("alle", "eenzijdige_vertegenwoordiging", 3, 3, "Gerichte werving"),
                ("alle", "geen_terugkoppeling", 2, 3, "Terugkoppelplan"),
                ("raadplegen", "onderzoeksmoeheid", 2, 2, "Hergebruik bestaande data"),
                ("raadplegen", "te_hoge_verwachtingen", 2, 2, "Vooraf helder over invloed"),
                ("adviseren", "advies_niet_overgenomen", 2, 3, "Motiveren per adviespunt"),
                ("adviseren", "adviseurs_niet_representatief", 2, 2, "Achterban raadplegen"),
                ("coproduceren", "buiten_kaders", 2, 3, "Kaders vooraf delen"),
                ("coproduceren", "bestuurlijk_niet_gedragen", 2, 3, "Bestuurlijke opdracht vooraf"),
                ("coproduceren", "tijdsintensief", 3, 2, "Realistische planning"),
            ]
        ],
    },
    "voorwaarden": {
        "vaste_kaders": "Totaalbudget mantelzorgondersteuning € 640.000/jr; wettelijke taken Wmo 2015.",
        "rol_adviesraad": "vanaf_start",
        "budget_participatie": 38000,
        "uren_per_week": 14,
        "procesbegeleiding": "steunpunt",
        "faciliteiten_deelnemers": ["vervangende_zorg", "reiskosten", "vergoeding", "toegankelijke_locatie",
                                    "flexibele_tijden", "online", "tolk", "thuisbezoek"],
        "voorwaarde_openheid_score": 4,
        "voorwaarde_openheid_verbeteractie": "",
        "voorwaarde_duidelijkheid_score": 3,
        "voorwaarde_duidelijkheid_verbeteractie": "Tredenoverzicht in alle uitnodigingen opnemen",
        "voorwaarde_rol_en_inbreng_score": 3,
        "voorwaarde_rol_en_inbreng_verbeteractie": "Spelregels klankbordgroep opstellen",
        "voorwaarde_meerwaarde_score": 4,
        "voorwaarde_meerwaarde_verbeteractie": "",
        "voorwaarde_relatie_score": 2,
        "voorwaarde_relatie_toelichting": "Verlaging waardering 2023 wekte wantrouwen.",
        "voorwaarde_relatie_verbeteractie": "Wethouder opent met een open gesprek over 2023",
        "voorwaarde_capaciteit_en_middelen_score": 3,
        "voorwaarde_capaciteit_en_middelen_verbeteractie": "Back-up collega participatie aanwijzen",
    },
    "beleidsfasen": {
        "fasen": [
            fase("inventarisatie", "raadplegen", True, "2026-02-01", "2026-04-30"),
            fase("visievorming", "adviseren", True, "2026-04-15", "2026-06-30"),
            fase("beleidsvoorbereiding", "coproduceren", True, "2026-06-01", "2026-09-15"),
            fase("opstellen_beleidsplan", "adviseren", True, "2026-09-01", "2026-10-15"),
            fase("vaststelling_verordening", "adviseren", True, "2026-10-15", "2026-12-17"),
            fase("uitvoering", "coproduceren", True, "2027-01-01", "2030-12-31"),
            fase("evaluatie", "raadplegen", True, "2029-09-01", "2030-03-31"),
        ],
        "toelichting_buiten_comfortzone": "Coproductie gaat boven de bestuurlijke comfortzone; zo maken we het waar.",
        "beslismomenten": [
            {"omschrijving": "College stemt in met startnotitie", "orgaan": "college", "datum": "2026-01-20"},
            {"omschrijving": "Raadsinformatieavond mantelzorg", "orgaan": "raadscommissie", "datum": "2026-04-09"},
            {"omschrijving": "College stemt in met concept", "orgaan": "college", "datum": "2026-10-20"},
            {"omschrijving": "Advies adviesraad", "orgaan": "adviesraad", "datum": "2026-11-10"},
            {"omschrijving": "Commissie Samenleving", "orgaan": "raadscommissie", "datum": "2026-11-26"},
            {"omschrijving": "Vaststelling beleidsplan en verordening", "orgaan": "raad", "datum": "2026-12-17"},
        ],
    },
    "instrumenten": {
        "instrumenten": [
            instrument("enquete", ["inventarisatie"], "raadplegen", ["alle"], "2026-02-15", "2026-03-20", 6000, 40),
            instrument("interview", ["inventarisatie"], "raadplegen",
                       ["oudere_mantelzorgers", "migratieachtergrond", "dementie", "langdurig_intensief"],
                       "2026-03-01", "2026-04-20", 3500, 30),
            instrument("focusgroep", ["inventarisatie"], "raadplegen",
                       ["jonge_mantelzorgers", "werkende_mantelzorgers", "ouders_kind_beperking"],
                       "2026-03-10", "2026-04-25", 3000, 36),
            instrument("persona_onderzoek", ["inventarisatie"], "raadplegen", ["alle"], "2026-02-15", "2026-04-30",
                       4500, 24),
            instrument("speeddate_politiek", ["inventarisatie"], "raadplegen", ["alle"], "2026-04-09", "2026-04-09",
                       500, 8),
            instrument("klankbordgroep", ["visievorming", "opstellen_beleidsplan"], "adviseren", ["alle"],
                       "2026-04-15", "2026-10-15", 4000, 40),
            instrument("werkconferentie", ["visievorming"], "adviseren", ["alle"], "2026-06-11", "2026-06-11",
                       6000, 50),
            instrument("cocreatiesessie", ["beleidsvoorbereiding"], "coproduceren",
                       ["langdurig_intensief", "werkende_mantelzorgers", "jonge_mantelzorgers", "dementie"],
                       "2026-06-20", "2026-09-10", 3000, 36),
            instrument("werkgroep", ["beleidsvoorbereiding", "uitvoering"], "coproduceren",
                       ["dementie", "ouders_kind_beperking", "langdurig_intensief"], "2026-07-01", "2027-12-31",
                       1500, 30),
            instrument("adviesraad_advies", ["opstellen_beleidsplan", "vaststelling_verordening"], "adviseren",
                       ["alle"], "2026-10-20", "2026-11-10", 500, 12),
            instrument("ambassadeursgroep", ["uitvoering"], "coproduceren",
                       ["werkende_mantelzorgers", "migratieachtergrond", "jonge_mantelzorgers"],
                       "2027-02-01", "2030-12-31", 2000, 40),
            instrument("mantelzorgpanel", ["evaluatie"], "raadplegen", ["alle"], "2027-03-01", "2030-03-31", 2500, 30),
        ],
        "combinatie_toelichting": "Breed en diep.",
    },
    "doelgroepen": {
        "doelgroepen": [
            {"doelgroep": code, "reden": "", "prioriteit": prio}
            for code, prio in [
                ("werkende_mantelzorgers", 5), ("jonge_mantelzorgers", 5), ("migratieachtergrond", 5),
                ("oudere_mantelzorgers", 4), ("dementie", 4), ("ouders_kind_beperking", 3),
                ("ggz_verslaving", 3), ("langdurig_intensief", 4), ("verborgen", 4), ("op_afstand", 2),
            ]
        ],
        "vindplaatsen": [
            {"vindplaats": v, "contactpersoon_organisatie": "", "doelgroepen": g, "bestaande_relatie": "ja"}
            for v, g in [
                ("school", ["jonge_mantelzorgers"]),
                ("jongerenwerk", ["jonge_mantelzorgers"]),
                ("werkgever", ["werkende_mantelzorgers"]),
                ("online_communities", ["werkende_mantelzorgers", "op_afstand"]),
                ("migrantenorganisatie", ["migratieachtergrond"]),
                ("religieuze_organisatie", ["migratieachtergrond", "oudere_mantelzorgers"]),
                ("huisarts", ["oudere_mantelzorgers", "verborgen", "dementie"]),
                ("apotheek", ["verborgen", "oudere_mantelzorgers"]),
                ("casemanager_dementie", ["dementie"]),
                ("patientenvereniging", ["dementie"]),
                ("steunpunt", ["alle", "langdurig_intensief"]),
                ("wijkteam", ["langdurig_intensief", "ouders_kind_beperking", "ggz_verslaving"]),
                ("ggz", ["ggz_verslaving"]),
                ("mee", ["ouders_kind_beperking"]),
                ("winkels_markt", ["verborgen"]),
            ]
        ],
        "wervingsplan": [
            {"doelgroep": g, "vindplaats": v, "wervingsaanpak": a, "instrument": i, "verantwoordelijke": w,
             "start_werving": s, "deadline": d, "beoogd_aantal": b, "status": "afgerond", "behaald_aantal": h}
            for g, v, a, i, w, s, d, b, h in [
                ("jonge_mantelzorgers", "school", "persoonlijke_uitnodiging_professional", "focusgroep",
                 "S. Demir", "2026-02-01", "2026-03-01", 8, 7),
                ("jonge_mantelzorgers", "jongerenwerk", "aanhaken_bijeenkomst", "focusgroep", "S. Demir",
                 "2026-02-01", "2026-03-01", 4, 3),
                ("werkende_mantelzorgers", "werkgever", "werkgeversnetwerk", "focusgroep", "M. Brinkman",
                 "2026-02-01", "2026-03-15", 8, 9),
                ("werkende_mantelzorgers", "online_communities", "social_media", "enquete", "Afd. Communicatie",
                 "2026-02-10", "2026-03-15", 150, 132),
                ("migratieachtergrond", "migrantenorganisatie", "sleutelfiguur", "interview", "J. Koster",
                 "2026-02-01", "2026-03-20", 6, 6),
                ("migratieachtergrond", "religieuze_organisatie", "aanhaken_bijeenkomst", "interview", "J. Koster",
                 "2026-02-15", "2026-03-20", 4, 3),
                ("oudere_mantelzorgers", "huisarts", "persoonlijke_uitnodiging_professional", "interview",
                 "POH-ouderen", "2026-02-01", "2026-03-15", 5, 5),
                ("dementie", "patientenvereniging", "aanhaken_bijeenkomst", "interview", "J. Koster",
                 "2026-02-01", "2026-03-15", 5, 6),
                ("ouders_kind_beperking", "mee", "persoonlijke_uitnodiging_professional", "focusgroep",
                 "MEE-consulent", "2026-02-15", "2026-03-25", 8, 6),
                ("ggz_verslaving", "ggz", "warme_overdracht", "enquete", "Familievertrouwenspersoon",
                 "2026-02-15", "2026-03-15", 20, 11),
                ("langdurig_intensief", "wijkteam", "persoonlijke_uitnodiging_professional", "interview",
                 "Teamleider sociaal team", "2026-02-01", "2026-03-15", 4, 4),
                ("verborgen", "winkels_markt", "straat_outreach", "enquete", "Steunpunt + vrijwilligers",
                 "2026-02-20", "2026-03-14", 60, 71),
                ("verborgen", "apotheek", "flyer_poster", "enquete", "Steunpunt", "2026-02-15", "2026-03-15", 40, 18),
            ]
        ],
        "privacy_afspraken": "Jonge mantelzorgers onder 16 doen mee met schriftelijke toestemming van een ouder.",
    },
    "draagvlak": {
        "opdracht_type": "collegebesluit",
        "mandaat_omschrijving": "Beleidsmedewerker mag binnen het participatiebudget instrumenten kiezen.",
        "budget_vastgelegd": "ja_begroting",
        "bestuurlijk_opdrachtgever": "Wethouder R. Verhoef",
        "kernteam": [
            {"naam": "M. Brinkman", "beleidsterrein": "wmo_zorg", "rol": "trekker", "uren_per_week": 14},
            {"naam": "P. de Graaf", "beleidsterrein": "jeugd", "rol": "", "uren_per_week": 2},
        ],
        "stakeholders": [
            {"stakeholder": s, "naam_contact": "", "belang": b, "invloed": i, "houding": h, "actie": a}
            for s, b, i, h, a in [
                ("wethouder_zorg", 5, 5, "voorstander", "Maandelijks bila"),
                ("wethouder_wonen", 3, 4, "neutraal", "Stafoverleg wonen & zorg"),
                ("gemeenteraad", 3, 5, "neutraal", "Raadsinformatieavond"),
                ("adviesraad", 5, 3, "kritisch", "Twee leden in klankbordgroep"),
                ("steunpunt", 5, 3, "voorstander", "Procesbegeleiding en werving"),
                ("huisartsen", 2, 3, "kritisch", "Kort overleg in kringvergadering"),
                ("zorgverzekeraar_zorgkantoor", 2, 4, "onbekend", "Verkennend gesprek over respijt"),
                ("mantelzorgers", 5, 2, "kritisch", "Open gesprek met wethouder"),
            ]
        ],
        "acties": [
            {"actie": a, "doel": d, "v_gebied": v, "wie_trekker": w, "start": s, "eind": e,
             "middelen_euro": eur, "middelen_uren": u, "status": "gepland"}
            for a, d, v, w, s, e, eur, u in [
                ("Signaleringsafspraak huisartsen–steunpunt", "D4", "verbinden", "Steunpunt", "2026-09-01",
                 "2027-06-30", 8000, 120),
                ("Mantelzorgparagraaf in elk keukentafelgesprek", "D4", "verbinden", "Sociaal team", "2026-04-01",
                 "2026-12-31", 2000, 60),
                ("Uitbreiding logeerhuis + flexibele thuisoppas", "D3", "verlichten", "Werkgroep Respijt op maat",
                 "2027-01-01", "2027-12-31", 95000, 200),
                ("Aandachtsfunctionaris jonge mantelzorgers", "D6", "vinden", "Jongerenwerk", "2026-09-01",
                 "2028-07-31", 18000, 300),
                ("Mantelzorgvriendelijk werkgeverschap", "D5", "verlichten", "Gemeente (werk & inkomen)",
                 "2026-10-01", "2029-12-31", 12000, 160),
                ("Campagne 'Zorgt u voor een naaste?'", "D1", "vinden", "Steunpunt", "2027-02-01", "2027-11-10",
                 9000, 80),
                ("Informatiepunten mantelzorg", "D2", "versterken", "Welzijn Lindewaarde", "2027-03-01",
                 "2027-12-31", 6000, 100),
                ("Ambassadeursgroep opzetten", "D1", "versterken", "Steunpunt", "2027-02-01", "2030-12-31", 2000, 120),
                ("Mantelzorgpanel opzetten", "D2", "versterken", "Afd. Onderzoek & Statistiek", "2027-03-01",
                 "2030-03-31", 2500, 60),
            ]
        ],
        "communicatie": [
            {"type": "aankondiging", "doelgroep": "alle mantelzorgers", "middel": "lokale_krant", "datum": "2026-02-10"},
            {"type": "terugkoppeling", "doelgroep": "deelnemers", "middel": "persoonlijke_brief_mail",
             "datum": "2026-05-15"},
            {"type": "besluit", "doelgroep": "alle mantelzorgers", "middel": "website", "datum": "2026-12-20"},
        ],
    },
    "evaluatie": {
        "evaluatievorm": ["zelfevaluatie", "met_deelnemers", "adviesraad", "monitor", "raad"],
        "evaluatiemomenten": [
            {"moment": "Procesevaluatie inventarisatie", "type": "tussentijds", "datum": "2026-05-31",
             "wie": "Kernteam", "met_deelnemers": True},
            {"moment": "Evaluatie participatietraject beleidsplan", "type": "eind_proces", "datum": "2027-01-31",
             "wie": "Kernteam", "met_deelnemers": True},
            {"moment": "Jaarmonitor mantelzorg 2027", "type": "jaarlijks", "datum": "2027-10-31",
             "wie": "O&S", "met_deelnemers": True},
            {"moment": "Eindevaluatie beleidsperiode", "type": "eind_beleidsperiode", "datum": "2030-02-28",
             "wie": "Extern", "met_deelnemers": True},
        ],
        "indicatoren": [
            {"doel": d, "indicator": i, "soort": s, "bron": "registratie_steunpunt", "nulmeting": "",
             "streefwaarde": sw, "meetmoment": "2029-12-31"}
            for d, i, s, sw in [
                ("D1", "Aantal geregistreerde mantelzorgers", "output", "1.800"),
                ("D2", "% mantelzorgers dat steunpunt kent", "effect", "60%"),
                ("D3", "Gemiddelde wachttijd logeerhuis", "output", "< 2 weken"),
                ("D4", "% keukentafelgesprekken met mantelzorgparagraaf", "proces", "90%"),
                ("D5", "Aantal werkgevers met afspraken", "output", "15"),
                ("D6", "Aantal scholen met aandachtsfunctionaris", "output", "15"),
                ("", "Gemiddelde waardering deelnemers", "proces", "≥ 7,5"),
            ]
        ],
        "tevredenheid_meting": "beide",
        "scenarios_overwogen": ["continueren", "bijstellen", "verankeren", "trede_omhoog"],
        "scenario_gekozen": "verankeren",
        "scenario_motivering": "Blijvend organiseren.",
    },
}


# ---------------------------------------------------------------------------
# The whole advisor
# ---------------------------------------------------------------------------


def test_it_has_40_rules_in_order_with_docstrings():
    # R01-R34 of domain.md section 4; R35-R40 report what the step forms refused before.
    assert len(r.RULES) == 40
    for number, rule in enumerate(r.RULES, start=1):
        assert rule.__name__.startswith(f"r{number:02d}_")
        assert rule.__doc__ and rule.__doc__.startswith(f"R{number:02d}:")


def test_it_returns_nothing_for_an_empty_plan():
    assert findings({}) == []
    assert findings(None) == []
    assert findings_for_step({}, "visie") == []


def test_it_finds_only_r11_in_the_lindewaarde_demo():
    result = findings(demo())
    assert [(f.rule, f.severity) for f in result] == [("R11", WAARSCHUWING)]
    assert "Mantelzorgers op afstand" in result[0].message
    assert not heeft_fouten(demo())
    assert stoplicht(result) == "oranje"


def test_it_sorts_by_severity_then_rule():
    answers = demo()
    answers["evaluatie"]["scenario_gekozen"] = "afronden"  # R31 fout
    answers["evaluatie"]["tevredenheid_meting"] = "niet"  # R27 tip
    answers["beleidsfasen"]["toelichting_buiten_comfortzone"] = ""  # R01 waarschuwing
    result = findings(answers)
    assert [f.rule for f in result] == ["R31", "R01", "R01", "R11", "R27"]
    assert heeft_fouten(answers)
    assert stoplicht(result) == "rood"
    assert stoplicht([f for f in result if f.severity == TIP]) == "groen"


def test_it_gives_the_findings_for_one_step():
    answers = demo()
    answers["evaluatie"]["tevredenheid_meting"] = "niet"
    assert [f.rule for f in findings_for_step(answers, "evaluatie")] == ["R27"]
    assert [f.rule for f in findings_for_step(answers, "doelgroepen")] == ["R11"]
    assert findings_for_step(answers, "visie") == []


GARBAGE = [
    None, 0, 7, 3.5, "", "tekst", True, [], [None], [1, 2], ["x"], {}, {"x": 1}, [{"fase": None}],
    [{"trede": 5, "betrekken": "ja", "start": "2026-99-99", "eind": 12}], "2026-02-30",
]
FIELDS = {
    "visie": ["afbakening", "doelen", "prioriteit_vinden", "breedte_beleid", "smal_focus_doelgroepen", "sturing"],
    "comfortzone": ["comfort_per_trede", "comfortzone_actoren", "ambitie_hoogste_trede", "risicos"],
    "voorwaarden": ["voorwaarde_openheid_score", "voorwaarde_relatie_score", "voorwaarde_relatie_verbeteractie",
                    "vaste_kaders", "budget_participatie", "uren_per_week", "faciliteiten_deelnemers",
                    "rol_adviesraad"],
    "beleidsfasen": ["fasen", "toelichting_buiten_comfortzone", "beslismomenten"],
    "instrumenten": ["instrumenten"],
    "doelgroepen": ["doelgroepen", "vindplaatsen", "wervingsplan", "privacy_afspraken"],
    "draagvlak": ["opdracht_type", "mandaat_omschrijving", "budget_vastgelegd", "kernteam", "stakeholders",
                  "acties", "communicatie"],
    "evaluatie": ["evaluatiemomenten", "indicatoren", "tevredenheid_meting", "scenarios_overwogen",
                  "scenario_gekozen"],
}


def garbage_plans():
    """Plans with garbage: as a whole, per step, per field of the demo and per table cell."""
    plans = []
    tables = ("fasen", "beslismomenten", "instrumenten", "doelgroepen", "vindplaatsen", "wervingsplan",
              "acties", "stakeholders", "kernteam", "communicatie", "indicatoren", "risicos",
              "comfort_per_trede", "comfortzone_actoren", "doelen", "evaluatiemomenten")
    for value in GARBAGE:
        plans.append(value)  # the whole plan is garbage
        for slug in FIELDS:
            plans.append({slug: value})  # a step is garbage
            for field in FIELDS[slug]:
                answers = demo()
                answers[slug][field] = value  # one field of a complete plan is garbage
                plans.append(answers)
            for name in tables:
                rows = DEMO[slug].get(name)
                if isinstance(rows, list) and rows:
                    for key in rows[0]:
                        answers = demo()
                        answers[slug][name][0][key] = value  # one cell is garbage
                        plans.append(answers)
                    answers = demo()
                    answers[slug][name].append(value)  # a row is garbage
                    plans.append(answers)
    return plans


GARBAGE_PLANS = garbage_plans()


@pytest.mark.parametrize("rule", r.RULES, ids=lambda rule: rule.__name__[:3])
def test_it_survives_garbage(rule):
    for answers in GARBAGE_PLANS:
        for finding in rule(answers):
            assert isinstance(finding, Finding)


def test_findings_survive_garbage():
    assert findings({slug: "garbage" for slug in FIELDS}) == []
    for answers in GARBAGE_PLANS[:: 7]:
        findings(answers)


# ---------------------------------------------------------------------------
# One pair of tests per rule
# ---------------------------------------------------------------------------

COMFORT_ADVISEREN = {
    "comfort_per_trede": [
        {"trede": "informeren", "comfort": "comfortabel"},
        {"trede": "raadplegen", "comfort": "comfortabel"},
        {"trede": "adviseren", "comfort": "comfortabel"},
        {"trede": "coproduceren", "comfort": "twijfel"},
    ]
}


def test_r01_fires_for_a_rung_above_the_comfort_zone_without_explanation():
    answers = plan(comfortzone=COMFORT_ADVISEREN,
                   beleidsfasen=stap4(fase("beleidsvoorbereiding", "coproduceren"), fase("evaluatie", "raadplegen")))
    (finding,) = fired(r.r01_trede_boven_comfortzone, answers)
    assert finding.severity == WAARSCHUWING and finding.field == "toelichting_buiten_comfortzone"
    assert "Beleidsvoorbereiding" in finding.message and "Coproduceren" in finding.message
    assert "Adviseren" in finding.message


def test_r01_is_quiet_with_an_explanation_or_inside_the_zone():
    answers = plan(comfortzone=COMFORT_ADVISEREN,
                   beleidsfasen=stap4(fase("beleidsvoorbereiding", "coproduceren"),
                                      toelichting_buiten_comfortzone="Met kaders vooraf."))
    quiet(r.r01_trede_boven_comfortzone, answers)
    quiet(r.r01_trede_boven_comfortzone,
          plan(comfortzone=COMFORT_ADVISEREN, beleidsfasen=stap4(fase("beleidsvoorbereiding", "adviseren"))))
    quiet(r.r01_trede_boven_comfortzone,
          plan(comfortzone=COMFORT_ADVISEREN,
               beleidsfasen=stap4(fase("beleidsvoorbereiding", "coproduceren", betrekken=False))))


def test_r01_uses_the_cap_of_wethouder_and_college():
    comfort = copy.deepcopy(COMFORT_ADVISEREN)
    comfort["comfortzone_actoren"] = [{"actor": "wethouder", "hoogste_trede": "raadplegen"}]
    answers = plan(comfortzone=comfort, beleidsfasen=stap4(fase("visievorming", "adviseren")))
    assert derived.comfortzone_hoogste_trede(answers) == "raadplegen"
    assert ids(r.r01_trede_boven_comfortzone, answers) == ["R01"]


def test_r02_fires_when_the_ambition_is_lower_than_step_4():
    answers = plan(comfortzone={"ambitie_hoogste_trede": "adviseren"},
                   beleidsfasen=stap4(fase("uitvoering", "coproduceren")))
    (finding,) = fired(r.r02_ambitie_lager_dan_gekozen, answers)
    assert finding.severity == TIP and finding.steps[0] == "comfortzone"


def test_r02_is_quiet_when_the_ambition_covers_step_4():
    quiet(r.r02_ambitie_lager_dan_gekozen,
          plan(comfortzone={"ambitie_hoogste_trede": "coproduceren"},
               beleidsfasen=stap4(fase("uitvoering", "coproduceren"))))


def test_r03_fires_for_a_phase_without_instrument():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie"), fase("evaluatie")),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"])))
    (finding,) = fired(r.r03_fase_zonder_instrument, answers)
    assert finding.severity == FOUT and "Evaluatie" in finding.message


def test_r03_is_quiet_when_every_phase_has_an_instrument():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie"), fase("evaluatie"), fase("uitvoering", betrekken=False)),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie", "evaluatie"])))
    quiet(r.r03_fase_zonder_instrument, answers)


def test_r04_fires_when_the_instrument_does_not_serve_the_rung():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie", "coproduceren")),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"])))
    (finding,) = fired(r.r04_instrument_past_niet_bij_trede, answers)
    assert "Enquête" in finding.message and "Coproduceren" in finding.message


def test_r04_is_quiet_when_it_fits_or_for_an_own_instrument():
    quiet(r.r04_instrument_past_niet_bij_trede,
          plan(beleidsfasen=stap4(fase("inventarisatie", "raadplegen")),
               instrumenten=stap5(instrument("enquete", ["inventarisatie"]))))
    quiet(r.r04_instrument_past_niet_bij_trede,
          plan(beleidsfasen=stap4(fase("inventarisatie", "coproduceren")),
               instrumenten=stap5(instrument("eigen", ["inventarisatie"]))))


def test_r05_fires_for_an_instrument_in_a_phase_without_participation():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie"), fase("evaluatie", betrekken=False)),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie", "evaluatie"])))
    (finding,) = fired(r.r05_instrument_in_fase_zonder_betrekken, answers)
    assert "Evaluatie" in finding.message


def test_r05_is_quiet_when_the_phase_is_involved():
    quiet(r.r05_instrument_in_fase_zonder_betrekken,
          plan(beleidsfasen=stap4(fase("inventarisatie"), fase("evaluatie")),
               instrumenten=stap5(instrument("enquete", ["inventarisatie", "evaluatie"]))))


def test_r06_fires_when_costs_exceed_the_budget():
    answers = plan(voorwaarden={"budget_participatie": 5000},
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], kosten=4000),
                                      instrument("interview", ["inventarisatie"], kosten=3000)))
    (finding,) = fired(r.r06_capaciteit_te_krap, answers)
    assert "€ 7.000" in finding.message and "€ 5.000" in finding.message
    assert finding.field == "budget_participatie"


def test_r06_fires_for_low_capacity_with_coproduction():
    answers = plan(voorwaarden={"voorwaarde_capaciteit_en_middelen_score": 2},
                   beleidsfasen=stap4(fase("uitvoering", "coproduceren")))
    (finding,) = fired(r.r06_capaciteit_te_krap, answers)
    assert finding.field == "voorwaarde_capaciteit_en_middelen_score"


def test_r06_fires_when_the_hours_per_week_are_too_few():
    # 100 hours in 4 weeks = 25 hours a week, more than 10 × 1.2.
    answers = plan(voorwaarden={"uren_per_week": 10},
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], start="2026-03-01",
                                                 eind="2026-03-29", uren=100)))
    (finding,) = fired(r.r06_capaciteit_te_krap, answers)
    assert "25 uur per week" in finding.message and finding.field == "uren_per_week"


def test_r06_is_quiet_within_budget_hours_and_capacity():
    answers = plan(voorwaarden={"budget_participatie": 10000, "uren_per_week": 10,
                                "voorwaarde_capaciteit_en_middelen_score": 2},
                   beleidsfasen=stap4(fase("inventarisatie", "adviseren")),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], start="2026-03-01",
                                                 eind="2026-03-29", kosten=10000, uren=48)))
    quiet(r.r06_capaciteit_te_krap, answers)


def test_r07_fires_for_meebeslissen_without_mandate():
    answers = plan(beleidsfasen=stap4(fase("uitvoering", "meebeslissen")),
                   draagvlak={"opdracht_type": "collegebesluit", "mandaat_omschrijving": ""})
    (finding,) = fired(r.r07_mandaat_bij_meebeslissen, answers)
    assert finding.severity == FOUT and finding.field == "mandaat_omschrijving"
    answers["draagvlak"] = {"opdracht_type": "eigen_initiatief", "mandaat_omschrijving": "Budget van € 10.000"}
    assert ids(r.r07_mandaat_bij_meebeslissen, answers) == ["R07"]
    answers["draagvlak"]["opdracht_type"] = "raadsopdracht"
    answers["voorwaarden"] = {"budget_participatie": 0}
    (finding,) = fired(r.r07_mandaat_bij_meebeslissen, answers)
    assert finding.steps[0] == "voorwaarden"


def test_r07_is_quiet_with_mandate_and_budget_or_lower_rungs():
    answers = plan(beleidsfasen=stap4(fase("uitvoering", "zelfbeheer")),
                   voorwaarden={"budget_participatie": 20000},
                   draagvlak={"opdracht_type": "raadsopdracht", "mandaat_omschrijving": "Commissie verdeelt € 20.000",
                              "budget_vastgelegd": "ja_begroting"})
    quiet(r.r07_mandaat_bij_meebeslissen, answers)
    quiet(r.r07_mandaat_bij_meebeslissen, plan(beleidsfasen=stap4(fase("uitvoering", "coproduceren"))))


def test_r08_fires_for_low_openness_with_advice():
    answers = plan(voorwaarden={"voorwaarde_openheid_score": 2}, beleidsfasen=stap4(fase("visievorming", "adviseren")))
    (finding,) = fired(r.r08_openheid_laag, answers)
    assert "schijnparticipatie" in finding.message


def test_r08_is_quiet_for_raadplegen_or_good_openness():
    quiet(r.r08_openheid_laag,
          plan(voorwaarden={"voorwaarde_openheid_score": 2}, beleidsfasen=stap4(fase("visievorming", "raadplegen"))))
    quiet(r.r08_openheid_laag,
          plan(voorwaarden={"voorwaarde_openheid_score": 3}, beleidsfasen=stap4(fase("visievorming", "adviseren"))))


def test_r09_fires_for_empty_frames_or_low_clarity():
    (finding,) = fired(r.r09_kaders_onduidelijk, plan(voorwaarden={"vaste_kaders": "", "budget_participatie": 0}))
    assert finding.field == "vaste_kaders"
    (finding,) = fired(r.r09_kaders_onduidelijk,
                       plan(voorwaarden={"vaste_kaders": "Budget € 640.000", "voorwaarde_duidelijkheid_score": 1}))
    assert finding.field == "voorwaarde_duidelijkheid_score"


def test_r09_is_quiet_with_clear_frames_or_an_empty_step():
    quiet(r.r09_kaders_onduidelijk,
          plan(voorwaarden={"vaste_kaders": "Budget € 640.000", "voorwaarde_duidelijkheid_score": 3}))
    quiet(r.r09_kaders_onduidelijk, plan(voorwaarden={}))


def test_r10_fires_for_a_low_score_without_action():
    answers = plan(voorwaarden={"voorwaarde_relatie_score": 2, "voorwaarde_relatie_verbeteractie": ""})
    (finding,) = fired(r.r10_voorwaarde_zonder_verbeteractie, answers)
    assert "Relatie" in finding.message and finding.field == "voorwaarde_relatie_verbeteractie"


def test_r10_is_quiet_with_an_action_or_a_fair_score():
    quiet(r.r10_voorwaarde_zonder_verbeteractie,
          plan(voorwaarden={"voorwaarde_relatie_score": 2, "voorwaarde_relatie_verbeteractie": "Open gesprek"}))
    quiet(r.r10_voorwaarde_zonder_verbeteractie, plan(voorwaarden={"voorwaarde_relatie_score": 3}))


def test_r11_fires_for_a_group_without_recruitment():
    (finding,) = fired(r.r11_doelgroep_zonder_werving, demo())
    assert "Mantelzorgers op afstand" in finding.message and finding.field == "wervingsplan"
    answers = plan(doelgroepen=groepen("dementie", wervingsplan=[{"doelgroep": "dementie", "vindplaats": "huisarts"}]))
    (finding,) = fired(r.r11_doelgroep_zonder_werving, answers)
    assert finding.field == "vindplaatsen"


def test_r11_is_quiet_when_every_group_has_a_vindplaats_and_a_recruitment_row():
    answers = demo()
    answers["doelgroepen"]["wervingsplan"].append(
        {"doelgroep": "op_afstand", "vindplaats": "online_communities", "wervingsaanpak": "social_media",
         "instrument": "enquete", "verantwoordelijke": "Afd. Communicatie", "start_werving": "2026-02-10"})
    quiet(r.r11_doelgroep_zonder_werving, answers)


def test_r12_fires_for_recruitment_without_owner_or_date():
    answers = plan(doelgroepen={"wervingsplan": [{"doelgroep": "dementie", "verantwoordelijke": "",
                                                  "start_werving": None}]})
    (finding,) = fired(r.r12_werving_te_laat_of_zonder_trekker, answers)
    assert "trekker en startdatum" in finding.message


def test_r12_fires_when_recruitment_starts_too_late():
    moment = plan(instrumenten=stap5(instrument("focusgroep", ["inventarisatie"], start="2026-03-10",
                                                eind="2026-03-10")),
                  doelgroepen={"wervingsplan": [{"doelgroep": "dementie", "instrument": "focusgroep",
                                                 "verantwoordelijke": "J. Koster", "start_werving": "2026-03-01"}]})
    (finding,) = fired(r.r12_werving_te_laat_of_zonder_trekker, moment)
    assert "24 februari 2026" in finding.message
    periode = plan(instrumenten=stap5(instrument("enquete", ["inventarisatie"], start="2026-02-15",
                                                 eind="2026-03-20")),
                   doelgroepen={"wervingsplan": [{"doelgroep": "verborgen", "instrument": "enquete",
                                                  "verantwoordelijke": "Steunpunt", "start_werving": "2026-03-15"}]})
    (finding,) = fired(r.r12_werving_te_laat_of_zonder_trekker, periode)
    assert "13 maart 2026" in finding.message


def test_r12_is_quiet_when_recruitment_starts_in_time():
    answers = plan(instrumenten=stap5(instrument("focusgroep", ["inventarisatie"], start="2026-03-10"),
                                      instrument("enquete", ["inventarisatie"], eind="2026-03-20")),
                   doelgroepen={"wervingsplan": [
                       {"doelgroep": "dementie", "instrument": "focusgroep", "verantwoordelijke": "J. Koster",
                        "start_werving": "2026-02-24"},
                       {"doelgroep": "verborgen", "instrument": "enquete", "verantwoordelijke": "Steunpunt",
                        "start_werving": "2026-03-13"},
                       {"doelgroep": "verborgen", "instrument": "eigen", "verantwoordelijke": "Steunpunt",
                        "start_werving": "2030-01-01"},
                   ]})
    quiet(r.r12_werving_te_laat_of_zonder_trekker, answers)


def test_r13_fires_for_a_focus_group_that_is_not_involved():
    answers = plan(visie={"breedte_beleid": "smal", "smal_focus_doelgroepen": ["jonge_mantelzorgers", "dementie"]},
                   doelgroepen=groepen("dementie"))
    (finding,) = fired(r.r13_focusgroep_niet_betrokken, answers)
    assert "Jonge mantelzorgers" in finding.message


def test_r13_is_quiet_for_broad_policy_or_when_the_group_is_involved():
    quiet(r.r13_focusgroep_niet_betrokken,
          plan(visie={"breedte_beleid": "breed", "smal_focus_doelgroepen": ["jonge_mantelzorgers"]}))
    quiet(r.r13_focusgroep_niet_betrokken,
          plan(visie={"breedte_beleid": "gemengd", "smal_focus_doelgroepen": ["jonge_mantelzorgers"]},
               doelgroepen=groepen("jonge_mantelzorgers")))


def test_r14_fires_when_the_definition_excludes_young_carers_that_are_involved():
    answers = plan(visie={"afbakening": ["incl_wlz"]}, doelgroepen=groepen("jonge_mantelzorgers"))
    (finding,) = fired(r.r14_jonge_mantelzorgers_definitie, answers)
    assert finding.severity == WAARSCHUWING and finding.field == "afbakening"


def test_r14_gives_a_tip_when_included_young_carers_have_no_priority():
    answers = plan(visie={"afbakening": ["incl_jonge_mantelzorgers"]},
                   doelgroepen={"doelgroepen": [{"doelgroep": "dementie", "prioriteit": 5},
                                                {"doelgroep": "jonge_mantelzorgers", "prioriteit": 2}]})
    (finding,) = fired(r.r14_jonge_mantelzorgers_definitie, answers)
    assert finding.severity == TIP


def test_r14_is_quiet_when_definition_and_groups_agree():
    quiet(r.r14_jonge_mantelzorgers_definitie,
          plan(visie={"afbakening": ["incl_jonge_mantelzorgers"]},
               doelgroepen={"doelgroepen": [{"doelgroep": "jonge_mantelzorgers", "prioriteit": 5},
                                            {"doelgroep": "dementie", "prioriteit": 4}]}))
    quiet(r.r14_jonge_mantelzorgers_definitie,
          plan(visie={"afbakening": ["incl_wlz"]}, doelgroepen=groepen("dementie")))


def test_r15_fires_for_a_goal_without_indicator():
    answers = plan(visie={"doelen": [{"doel_code": "D1", "omschrijving": "a"}, {"doel_code": "D2", "omschrijving": "b"}]},
                   evaluatie={"indicatoren": [{"doel": "D1", "indicator": "x", "soort": "output",
                                               "streefwaarde": "10"}]})
    (finding,) = fired(r.r15_doel_zonder_indicator, answers)
    assert "D2" in finding.message


def test_r15_is_quiet_when_every_goal_is_measured():
    answers = plan(visie={"doelen": [{"omschrijving": "a"}, {"omschrijving": "b"}]},
                   evaluatie={"indicatoren": [{"doel": "D1", "indicator": "x"}, {"doel": "D2", "indicator": "y"}]})
    quiet(r.r15_doel_zonder_indicator, answers)


def test_r16_fires_for_a_loose_indicator_or_one_without_target():
    answers = plan(visie={"doelen": [{"doel_code": "D1", "omschrijving": "a"}]},
                   evaluatie={"indicatoren": [
                       {"doel": "D9", "indicator": "Weg", "soort": "output", "streefwaarde": "5"},
                       {"doel": "D1", "indicator": "Geen streef", "soort": "effect", "streefwaarde": ""},
                       {"doel": "", "indicator": "Los", "soort": "output", "streefwaarde": "3"},
                   ]})
    result = fired(r.r16_indicator_los_of_zonder_streefwaarde, answers)
    assert [f.severity for f in result] == [TIP, TIP, TIP]
    assert "'Geen streef' heeft geen streefwaarde" in result[1].message


def test_r16_is_quiet_for_linked_indicators_and_process_indicators():
    answers = plan(visie={"doelen": [{"doel_code": "D1", "omschrijving": "a"}]},
                   evaluatie={"indicatoren": [
                       {"doel": "D1", "indicator": "x", "soort": "output", "streefwaarde": "5"},
                       {"doel": "", "indicator": "Waardering", "soort": "proces", "streefwaarde": "7,5"},
                   ]})
    quiet(r.r16_indicator_los_of_zonder_streefwaarde, answers)


def test_r17_fires_without_an_evaluation_moment_with_participants():
    answers = plan(beleidsfasen=stap4(fase("evaluatie")),
                   evaluatie={"evaluatiemomenten": [{"moment": "Eind", "datum": "2030-01-01", "met_deelnemers": False}]})
    (finding,) = fired(r.r17_evaluatie_zonder_deelnemers, answers)
    assert finding.severity == FOUT


def test_r17_is_quiet_with_participants_or_without_participation_in_evaluation():
    quiet(r.r17_evaluatie_zonder_deelnemers,
          plan(beleidsfasen=stap4(fase("evaluatie")),
               evaluatie={"evaluatiemomenten": [{"moment": "Eind", "met_deelnemers": True}]}))
    quiet(r.r17_evaluatie_zonder_deelnemers, plan(beleidsfasen=stap4(fase("evaluatie", betrekken=False))))


def test_r18_fires_for_evaluation_moments_that_are_too_early():
    answers = plan(beleidsfasen=stap4(fase("vaststelling_verordening", "adviseren", True, "2026-10-15", "2026-12-17"),
                                      fase("uitvoering", "coproduceren", True, "2027-01-01", "2030-12-31")),
                   evaluatie={"evaluatiemomenten": [
                       {"moment": "Evaluatie traject", "type": "eind_proces", "datum": "2026-11-01"},
                       {"moment": "Eindevaluatie", "type": "eind_beleidsperiode", "datum": "2027-06-01"},
                   ]})
    result = fired(r.r18_evaluatiemoment_te_vroeg, answers)
    assert len(result) == 2 and "'Evaluatie traject'" in result[0].message


def test_r18_is_quiet_for_well_timed_moments():
    answers = plan(beleidsfasen=stap4(fase("vaststelling_verordening", "adviseren", True, "2026-10-15", "2026-12-17"),
                                      fase("uitvoering", "coproduceren", True, "2027-01-01", "2030-12-31")),
                   evaluatie={"evaluatiemomenten": [
                       {"moment": "Tussentijds", "type": "tussentijds", "datum": "2026-05-31"},
                       {"moment": "Evaluatie traject", "type": "eind_proces", "datum": "2027-01-31"},
                       {"moment": "Eindevaluatie", "type": "eind_beleidsperiode", "datum": "2028-01-01"},
                   ]})
    quiet(r.r18_evaluatiemoment_te_vroeg, answers)


def test_r19_fires_for_dates_out_of_order():
    answers = plan(beleidsfasen=stap4(
        fase("inventarisatie", "raadplegen", True, "2026-05-01", "2026-02-01"),
        fase("opstellen_beleidsplan", "adviseren", True, "2026-09-01", "2026-11-01"),
        fase("vaststelling_verordening", "adviseren", True, "2026-10-15", "2026-12-17"),
        beslismomenten=[{"omschrijving": "Raad stelt plan vast", "orgaan": "raad", "datum": "2026-10-01"}],
    ))
    result = fired(r.r19_planning_klopt_niet, answers)
    assert len(result) == 3
    assert "Opstellen beleidsplan eindigt op 1 november 2026" in result[1].message
    assert result[2].field == "beslismomenten"


def test_r19_is_quiet_for_a_sound_planning():
    quiet(r.r19_planning_klopt_niet, demo())


def test_r20_fires_for_a_rung_without_risks_and_a_high_risk_without_measure():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie", "raadplegen"), fase("uitvoering", "coproduceren")),
                   comfortzone={"risicos": [
                       {"trede": "raadplegen", "risico": "onderzoeksmoeheid", "kans": 2, "impact": 3,
                        "maatregel": "", "maatregel_toelichting": ""},
                   ]})
    result = fired(r.r20_trede_zonder_risico, answers)
    assert len(result) == 2
    assert "Coproduceren" in result[0].message
    assert "Onderzoeksmoeheid" in result[1].message and "6" in result[1].message


def test_r20_is_quiet_with_risks_and_measures():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie", "raadplegen")),
                   comfortzone={"risicos": [
                       {"trede": "raadplegen", "risico": "onderzoeksmoeheid", "kans": 2, "impact": 3,
                        "maatregel": "Hergebruik bestaande data"},
                       {"trede": "alle", "risico": "geen_terugkoppeling", "kans": 1, "impact": 3, "maatregel": ""},
                   ]})
    quiet(r.r20_trede_zonder_risico, answers)


def test_r21_fires_when_the_adviesraad_has_no_place():
    answers = plan(voorwaarden={"rol_adviesraad": "geen"}, instrumenten=stap5(instrument("enquete", ["inventarisatie"])),
                   draagvlak={"stakeholders": [{"stakeholder": "steunpunt", "belang": 5, "invloed": 3}]})
    (finding,) = fired(r.r21_adviesraad_zonder_plek, answers)
    assert finding.field == "rol_adviesraad"


def test_r21_is_quiet_when_the_adviesraad_has_a_place():
    quiet(r.r21_adviesraad_zonder_plek, plan(voorwaarden={"rol_adviesraad": "formeel_advies"}))
    quiet(r.r21_adviesraad_zonder_plek,
          plan(voorwaarden={"rol_adviesraad": "geen"},
               instrumenten=stap5(instrument("adviesraad_advies", ["opstellen_beleidsplan"], "adviseren"))))
    quiet(r.r21_adviesraad_zonder_plek,
          plan(voorwaarden={"rol_adviesraad": "geen"}, draagvlak={"stakeholders": [{"stakeholder": "adviesraad"}]}))


def test_r22_fires_without_feedback_to_participants():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie", "raadplegen")),
                   draagvlak={"communicatie": [{"type": "aankondiging", "datum": "2026-02-01"}]},
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], terugkoppeling=False)))
    result = fired(r.r22_geen_terugkoppeling, answers)
    assert [f.field for f in result] == ["communicatie", "instrumenten"]
    assert "Enquête" in result[1].message


def test_r22_is_quiet_with_feedback_planned():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie", "raadplegen")),
                   draagvlak={"communicatie": [{"type": "terugkoppeling", "datum": "2026-05-15"}]},
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], terugkoppeling=True),
                                      instrument("schriftelijke_communicatie", ["inventarisatie"], "informeren",
                                                 terugkoppeling=False)))
    quiet(r.r22_geen_terugkoppeling, answers)
    quiet(r.r22_geen_terugkoppeling, plan(beleidsfasen=stap4(fase("inventarisatie", "informeren"))))


def test_r23_fires_when_a_group_only_gets_written_or_online_instruments():
    answers = plan(doelgroepen=groepen("oudere_mantelzorgers", "dementie"),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], doelgroepen=["alle"]),
                                      instrument("digitaal_panel", ["inventarisatie"],
                                                 doelgroepen=["oudere_mantelzorgers"])))
    (finding,) = fired(r.r23_alleen_schriftelijk_voor_kwetsbare_groep, answers)
    assert "Oudere mantelzorgers" in finding.message


def test_r23_is_quiet_with_a_personal_instrument():
    answers = plan(doelgroepen=groepen("oudere_mantelzorgers"),
                   instrumenten=stap5(instrument("enquete", ["inventarisatie"], doelgroepen=["alle"]),
                                      instrument("interview", ["inventarisatie"],
                                                 doelgroepen=["oudere_mantelzorgers"])))
    quiet(r.r23_alleen_schriftelijk_voor_kwetsbare_groep, answers)


def test_r24_fires_for_intensive_carers_without_replacement_care():
    answers = plan(doelgroepen=groepen("dementie", "langdurig_intensief"),
                   voorwaarden={"faciliteiten_deelnemers": ["reiskosten"]})
    (finding,) = fired(r.r24_geen_vervangende_zorg, answers)
    assert finding.field == "faciliteiten_deelnemers" and "mantelzorgers van mensen met dementie" in finding.message


def test_r24_is_quiet_with_replacement_care_or_other_groups():
    quiet(r.r24_geen_vervangende_zorg,
          plan(doelgroepen=groepen("dementie"), voorwaarden={"faciliteiten_deelnemers": ["vervangende_zorg"]}))
    quiet(r.r24_geen_vervangende_zorg, plan(doelgroepen=groepen("werkende_mantelzorgers")))


def test_r25_fires_for_a_regisseur_who_leads_every_action():
    answers = plan(visie={"sturing": "regisseur_op_afstand"},
                   draagvlak={"kernteam": [{"naam": "M. Brinkman"}],
                              "acties": [{"actie": "a", "wie_trekker": "Gemeente (werk & inkomen)"},
                                         {"actie": "b", "wie_trekker": "M. Brinkman"}]})
    (finding,) = fired(r.r25_sturing_past_niet_bij_aanpak, answers)
    assert finding.severity == TIP and "regisseur op afstand" in finding.message


def test_r25_fires_for_a_dirigent_with_coproduction_in_several_phases():
    answers = plan(visie={"sturing": "dirigent"},
                   beleidsfasen=stap4(fase("beleidsvoorbereiding", "coproduceren"), fase("uitvoering", "meebeslissen")))
    (finding,) = fired(r.r25_sturing_past_niet_bij_aanpak, answers)
    assert "dirigent" in finding.message


def test_r25_is_quiet_when_role_and_approach_match():
    quiet(r.r25_sturing_past_niet_bij_aanpak,
          plan(visie={"sturing": "regisseur_op_afstand"},
               draagvlak={"acties": [{"actie": "a", "wie_trekker": "Gemeente"}, {"actie": "b", "wie_trekker": "Steunpunt"}]}))
    quiet(r.r25_sturing_past_niet_bij_aanpak,
          plan(visie={"sturing": "dirigent"}, beleidsfasen=stap4(fase("uitvoering", "coproduceren"))))


def test_r26_fires_for_ambition_above_comfort_with_weak_conditions():
    answers = plan(comfortzone={**COMFORT_ADVISEREN, "ambitie_hoogste_trede": "coproduceren"},
                   voorwaarden={"voorwaarde_openheid_score": 2, "voorwaarde_relatie_score": 3})
    (finding,) = fired(r.r26_ambitie_boven_comfortzone_bij_zwakke_voorwaarden, answers)
    assert "2,5" in finding.message


def test_r26_is_quiet_with_sufficient_conditions():
    quiet(r.r26_ambitie_boven_comfortzone_bij_zwakke_voorwaarden,
          plan(comfortzone={**COMFORT_ADVISEREN, "ambitie_hoogste_trede": "coproduceren"},
               voorwaarden={"voorwaarde_openheid_score": 3, "voorwaarde_relatie_score": 3}))


def test_r27_fires_when_satisfaction_is_not_measured():
    (finding,) = fired(r.r27_geen_tevredenheidsmeting, plan(evaluatie={"tevredenheid_meting": "niet"}))
    assert finding.severity == TIP


def test_r27_is_quiet_when_satisfaction_is_measured():
    quiet(r.r27_geen_tevredenheidsmeting, plan(evaluatie={"tevredenheid_meting": "korte_enquete"}))


def test_r28_fires_for_an_influential_critic_without_action():
    answers = plan(draagvlak={"stakeholders": [{"stakeholder": "gemeenteraad", "belang": 3, "invloed": 5,
                                                "houding": "kritisch", "actie": ""}]})
    (finding,) = fired(r.r28_invloedrijke_criticus_zonder_actie, answers)
    assert "kritische houding" in finding.message and "Gemeenteraad" in finding.message


def test_r28_is_quiet_with_an_action_or_low_influence():
    quiet(r.r28_invloedrijke_criticus_zonder_actie,
          plan(draagvlak={"stakeholders": [
              {"stakeholder": "gemeenteraad", "invloed": 5, "houding": "onbekend", "actie": "Informatieavond"},
              {"stakeholder": "huisartsen", "invloed": 3, "houding": "kritisch", "actie": ""},
              {"stakeholder": "college", "invloed": 5, "houding": "voorstander", "actie": ""},
          ]}))


def test_r29_fires_for_an_incomplete_action():
    answers = plan(draagvlak={"acties": [{"actie": "Campagne", "wie_trekker": "", "start": "2027-02-01",
                                          "middelen_euro": None, "middelen_uren": None}]})
    (finding,) = fired(r.r29_actie_onvolledig, answers)
    assert "een trekker en middelen" in finding.message


def test_r29_is_quiet_for_complete_actions():
    quiet(r.r29_actie_onvolledig,
          plan(draagvlak={"acties": [{"actie": "Campagne", "wie_trekker": "Steunpunt", "start": "2027-02-01",
                                      "middelen_euro": 0, "middelen_uren": None}, {}]}))


def test_r30_fires_for_a_priority_area_without_action():
    answers = plan(visie={"prioriteit_vinden": 5, "prioriteit_verlichten": 2},
                   draagvlak={"acties": [{"actie": "a", "v_gebied": "versterken"}]})
    (finding,) = fired(r.r30_prioriteit_zonder_actie, answers)
    assert "Vinden" in finding.message


def test_r30_is_quiet_when_priority_areas_have_actions():
    quiet(r.r30_prioriteit_zonder_actie,
          plan(visie={"prioriteit_vinden": 5, "prioriteit_verlichten": 3},
               draagvlak={"acties": [{"actie": "a", "v_gebied": "vinden"}]}))


def test_r31_fires_for_a_scenario_that_was_not_considered():
    (finding,) = fired(r.r31_scenario_niet_overwogen,
                       plan(evaluatie={"scenarios_overwogen": ["continueren", "bijstellen"],
                                       "scenario_gekozen": "afronden"}))
    assert finding.severity == FOUT
    assert ids(r.r31_scenario_niet_overwogen,
               plan(evaluatie={"scenarios_overwogen": ["continueren"], "scenario_gekozen": "continueren"})) == ["R31"]


def test_r31_is_quiet_for_a_considered_scenario_or_an_empty_step():
    quiet(r.r31_scenario_niet_overwogen,
          plan(evaluatie={"scenarios_overwogen": ["continueren", "bijstellen"], "scenario_gekozen": "bijstellen"}))
    quiet(r.r31_scenario_niet_overwogen, plan(evaluatie={}))


def test_r32_fires_for_trede_omhoog_with_weak_conditions():
    answers = plan(evaluatie={"scenario_gekozen": "trede_omhoog"},
                   voorwaarden={"voorwaarde_openheid_score": 2, "voorwaarde_relatie_score": 2})
    (finding,) = fired(r.r32_trede_omhoog_bij_zwakke_voorwaarden, answers)
    assert "is 2;" in finding.message


def test_r32_is_quiet_with_good_conditions_or_another_scenario():
    quiet(r.r32_trede_omhoog_bij_zwakke_voorwaarden,
          plan(evaluatie={"scenario_gekozen": "trede_omhoog"}, voorwaarden={"voorwaarde_openheid_score": 4}))
    quiet(r.r32_trede_omhoog_bij_zwakke_voorwaarden,
          plan(evaluatie={"scenario_gekozen": "bijstellen"}, voorwaarden={"voorwaarde_openheid_score": 1}))


def test_r32_is_quiet_at_an_average_of_exactly_3_and_fires_just_below():
    # "< 3" in domain.md: an average of exactly 3 is voldoende, so no finding.
    exactly_3 = {"voorwaarde_openheid_score": 2, "voorwaarde_relatie_score": 4, "voorwaarde_duidelijkheid_score": 3}
    quiet(r.r32_trede_omhoog_bij_zwakke_voorwaarden,
          plan(evaluatie={"scenario_gekozen": "trede_omhoog"}, voorwaarden=exactly_3))
    below = dict(exactly_3, voorwaarde_relatie_score=3)  # (2 + 3 + 3) / 3 = 2,67
    (finding,) = fired(r.r32_trede_omhoog_bij_zwakke_voorwaarden,
                       plan(evaluatie={"scenario_gekozen": "trede_omhoog"}, voorwaarden=below))
    assert "2,7" in finding.message


# --- R35-R40: what the step forms refused before (domain.md 0.1: consistency is the advisor's) --

def test_r35_fires_for_a_period_or_row_that_ends_before_it_starts():
    assert ids(r.r35_einde_voor_begin, plan(visie={"beleidsperiode_start": 2030, "beleidsperiode_eind": 2027})) == ["R35"]
    assert ids(r.r35_einde_voor_begin, plan(instrumenten={"instrumenten": [
        {"instrument": "focusgroep", "start": "2026-05-01", "eind": "2026-04-01"}]})) == ["R35"]
    assert ids(r.r35_einde_voor_begin, plan(doelgroepen={"wervingsplan": [
        {"doelgroep": "dementie", "start_werving": "2026-05-01", "deadline": "2026-04-01"}]})) == ["R35"]
    assert ids(r.r35_einde_voor_begin, plan(draagvlak={"acties": [
        {"actie": "Panel", "start": "2026-05-01", "eind": "2026-04-30"}]})) == ["R35"]
    quiet(r.r35_einde_voor_begin, plan(visie={"beleidsperiode_start": 2027, "beleidsperiode_eind": 2027},
                                        draagvlak={"acties": [{"actie": "Panel", "start": "2026-05-01",
                                                               "eind": "2026-05-01"}]}))


def test_r36_fires_when_numbers_contradict_each_other():
    found = fired(r.r36_aantallen_kloppen_niet, plan(visie={
        "aantal_inwoners": 1000, "aantal_mantelzorgers_geschat": 2000, "aantal_intensief": 2500,
        "aantal_zwaarbelast": 10, "aantal_jonge_mantelzorgers": 1001}))
    assert [f.field for f in found] == ["aantal_mantelzorgers_geschat", "aantal_jonge_mantelzorgers",
                                        "aantal_intensief"]
    quiet(r.r36_aantallen_kloppen_niet, plan(visie={"aantal_inwoners": 1000, "aantal_mantelzorgers_geschat": 1000}))


def test_r37_to_r40():
    assert ids(r.r37_afbakening_tegenstrijdig,
               plan(visie={"afbakening": ["alleen_intensief", "incl_kortdurend"]})) == ["R37"]
    quiet(r.r37_afbakening_tegenstrijdig, plan(visie={"afbakening": ["alleen_intensief"]}))
    assert ids(r.r38_ladder_en_risicos, plan(comfortzone={"ladder_variant": "vijf_treden",
                                                            "ambitie_hoogste_trede": "zelfbeheer"})) == ["R38"]
    quiet(r.r38_ladder_en_risicos, plan(comfortzone={"ladder_variant": "zes_treden",
                                                       "ambitie_hoogste_trede": "zelfbeheer"}))
    assert ids(r.r39_doelgroepen_en_vindplaatsen_los, plan(doelgroepen={
        "doelgroepen": [{"doelgroep": "dementie"}, {"doelgroep": "dementie"}]})) == ["R39"]
    quiet(r.r39_doelgroepen_en_vindplaatsen_los, plan(doelgroepen={
        "doelgroepen": [{"doelgroep": "eigen", "eigen_naam": "a"}, {"doelgroep": "eigen", "eigen_naam": "b"}],
        "vindplaatsen": [{"vindplaats": "huisarts", "doelgroepen": ["alle"]}]}))
    assert ids(r.r40_tevredenheid_zonder_meting,
               plan(evaluatie={"tevredenheid_meting": "niet", "tevredenheid_score": 7})) == ["R40"]
    quiet(r.r40_tevredenheid_zonder_meting, plan(evaluatie={"tevredenheid_meting": "niet"}))


def test_r33_fires_for_young_carers_without_privacy_agreements():
    (finding,) = fired(r.r33_privacy_jonge_mantelzorgers, plan(doelgroepen=groepen("jonge_mantelzorgers")))
    assert finding.severity == FOUT and finding.field == "privacy_afspraken"


def test_r33_is_quiet_with_privacy_agreements_or_without_young_carers():
    quiet(r.r33_privacy_jonge_mantelzorgers,
          plan(doelgroepen=groepen("jonge_mantelzorgers", privacy_afspraken="Toestemming ouders onder 16.")))
    quiet(r.r33_privacy_jonge_mantelzorgers, plan(doelgroepen=groepen("dementie")))


def test_r34_fires_when_mantelzorgers_only_join_at_the_end():
    answers = plan(beleidsfasen=stap4(fase("inventarisatie", betrekken=False),
                                      fase("opstellen_beleidsplan", "adviseren"),
                                      fase("vaststelling_verordening", "adviseren")))
    (finding,) = fired(r.r34_alleen_aan_het_eind, answers)
    assert finding.severity == TIP


def test_r34_is_quiet_when_they_join_early():
    quiet(r.r34_alleen_aan_het_eind,
          plan(beleidsfasen=stap4(fase("inventarisatie"), fase("opstellen_beleidsplan", "adviseren"))))
    quiet(r.r34_alleen_aan_het_eind, plan(beleidsfasen=stap4(fase("inventarisatie", betrekken=False))))


# ---------------------------------------------------------------------------
# Derived values
# ---------------------------------------------------------------------------


def test_derived_values_of_the_demo():
    answers = demo()
    assert derived.comfortzone_hoogste_trede(answers) == "adviseren"
    assert derived.hoogste_gekozen_trede(answers) == "coproduceren"
    assert derived.voorwaarden_gemiddelde(answers) == pytest.approx(19 / 6)
    assert derived.voorwaarden_laagste(answers) == "relatie"
    assert derived.typetest_kwadrant(answers["visie"]) == "brede_regisseur"
    assert derived.kosten_instrumenten_totaal(answers) == 37000
    assert derived.bereik_behaald(answers)["jonge_mantelzorgers"] == {"beoogd": 12, "behaald": 10}
    assert "op_afstand" not in derived.bereik_behaald(answers)


def test_typetest_kwadrant_and_positie():
    assert derived.typetest_kwadrant({"breedte_beleid": "smal", "sturing": "dirigent"}) == "gerichte_dirigent"
    assert derived.typetest_kwadrant({"breedte_beleid": "breed", "sturing": "tussenvorm"}) is None
    assert derived.typetest_kwadrant(None) is None
    assert derived.positie({"breedte_beleid": "gemengd", "sturing": "tussenvorm"}) == (0.5, 0.5)
    assert derived.positie({"breedte_beleid": "smal", "sturing": "regisseur_op_afstand"}) == (0.75, 0.25)
    assert derived.positie({}) is None


def test_stakeholder_strategie_and_risicoscore():
    assert derived.stakeholder_strategie({"belang": 5, "invloed": 5}) == "nauw_betrekken"
    assert derived.stakeholder_strategie({"belang": 2, "invloed": 4}) == "tevreden_houden"
    assert derived.stakeholder_strategie({"belang": 4, "invloed": 2}) == "betrokken_houden"
    assert derived.stakeholder_strategie({"belang": 1, "invloed": 1}) == "monitoren"
    assert derived.stakeholder_strategie({"belang": 1, "invloed": 1, "strategie_override": "nauw_betrekken"}) == (
        "nauw_betrekken")
    assert derived.stakeholder_strategie({"belang": None, "invloed": 3}) is None
    assert derived.risicoscore({"kans": 3, "impact": 2}) == 6
    assert derived.risicoscore({"kans": "x"}) is None


def test_derived_values_of_an_empty_plan():
    assert derived.comfortzone_hoogste_trede({}) is None
    assert derived.hoogste_gekozen_trede({}) is None
    assert derived.voorwaarden_gemiddelde({}) is None
    assert derived.voorwaarden_laagste({}) is None
    assert derived.kosten_instrumenten_totaal({}) == 0
    assert derived.bereik_behaald({}) == {}
