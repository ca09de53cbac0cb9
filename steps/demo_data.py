"""Demo data set: the fictional Gemeente Lindewaarde (../shared/domain.md, section 7).

Transcribed into the answers contract of :mod:`steps` (see ``steps/__init__.py``):
``ANSWERS`` is keyed by step slug; inside a step the keys are the ``field_name`` values of
domain.md section 3. Derived fields (typetest_kwadrant, comfortzone_hoogste_trede,
voorwaarden_gemiddelde, strategie, risicoscore, kosten_instrumenten_totaal, bereik_behaald,
buiten_comfortzone, ...) are not stored: the steps compute them.

The demo represents the plan at peildatum 1 juli 2026: steps 1-7 completed, inventarisatie
carried out (so the inbreng-log has rows), step 8 in mode "plannen". It deliberately triggers
one warning (R11): mantelzorgers op afstand have a vindplaats but no row in the wervingsplan.

All names, organisations and figures are fictional sample data.
"""

from __future__ import annotations

import copy

from steps.registry import BELEID, MODULES

GEMEENTE = {
    "naam": "Lindewaarde",
    "inwoners": 42300,
    "kernen": ["Lindewaarde-centrum", "Oosterbroek", "Hazelt", "Ter Weide"],
    "kenmerk": "Vergrijst sneller dan het landelijk gemiddelde",
    "steunpunt": "Steunpunt Mantelzorg Lindewaarde (onderdeel van Stichting Welzijn Lindewaarde)",
    "adviesraad": "Adviesraad Sociaal Domein Lindewaarde",
    "adviesraad_leden": 9,
}

PLAN = {
    "titel": "Beleidsplan mantelzorg Lindewaarde 2027–2030",
    "periode_start": 2027,
    "periode_eind": 2030,
    "auteur": "Marloes Brinkman",
    "auteur_functie": "Beleidsmedewerker Wmo/informele zorg",
    "auteur_fte": 0.4,
    "bestuurlijk_opdrachtgever": "Wethouder Ruud Verhoef (Zorg, Welzijn en Wonen)",
    "peildatum": "2026-07-01",
}

# Step status at the peildatum (stap_status codes of domain.md 0.1); kept outside ANSWERS
# because the status is not a question of the step.
STAP_STATUS = {
    "visie": "afgerond",
    "comfortzone": "afgerond",
    "voorwaarden": "afgerond",
    "beleidsfasen": "afgerond",
    "instrumenten": "afgerond",
    "doelgroepen": "afgerond",
    "draagvlak": "afgerond",
    "evaluatie": "in_bewerking",
}


# --------------------------------------------------------------------------------------------
# Stap 1 — visie
# --------------------------------------------------------------------------------------------

_VISIE = {
    "gemeente_naam": "Lindewaarde",
    "beleidsperiode_start": 2027,
    "beleidsperiode_eind": 2030,
    "aantal_inwoners": 42300,
    "aantal_mantelzorgers_geschat": 5100,
    "aantal_intensief": 1900,
    "aantal_zwaarbelast": 560,
    "aantal_jonge_mantelzorgers": 1300,
    "bronnen_cijfers": [
        "gezondheidsmonitor_ggd",
        "registratie_steunpunt",
        "cto_wmo",
        "landelijke_cijfers",
    ],
    "bronnen_cijfers_overig": "",
    "huidig_beleid": (
        "Beleidsnotitie \"Zorg voor elkaar 2022–2026\" (breed, weinig gericht). Steunpunt "
        "Mantelzorg met 3,2 fte consulenten, 1.150 geregistreerde mantelzorgers. Respijtzorg: "
        "logeerhuis in Oosterbroek (6 bedden), vrijwillige thuisoppas via "
        "vrijwilligerscentrale, dagbesteding via zorgaanbieders. Mantelzorgwaardering: "
        "cadeaubon van € 50 of activiteit op de Dag van de Mantelzorg; in 2023 tijdelijk "
        "verlaagd, na protest hersteld."
    ),
    "bekende_knelpunten": (
        "Jonge en werkende mantelzorgers nauwelijks in beeld; wachttijd logeerhuis 6–8 weken; "
        "mantelzorger komt in keukentafelgesprek vaak niet aan bod; mantelzorgers met een "
        "migratieachtergrond (vooral in Hazelt) maken weinig gebruik van het steunpunt; "
        "adviesraad meldt onvrede over de verlaging van de waardering in 2023."
    ),
    "definitie_type": "onderzoek_8uur_3mnd",
    "definitie_tekst": (
        "In Lindewaarde is iedereen mantelzorger die langer dan drie maanden of meer dan acht "
        "uur per week onbetaald zorgt voor iemand uit de eigen omgeving met een ziekte, "
        "beperking of ouderdomsklachten, vanuit een persoonlijke band. Leeftijd speelt geen "
        "rol: ook kinderen en jongeren kunnen mantelzorger zijn."
    ),
    "afbakening": [
        "incl_jonge_mantelzorgers",
        "incl_mantelzorgers_op_afstand",
        "incl_zorgvrager_buiten_gemeente",
        "incl_wlz",
    ],
    "inclusief_zorgvrijwilligers": False,
    "redenen": [
        "wettelijke_taak",
        "overbelasting_voorkomen",
        "langer_thuis",
        "erkenning_waardering",
        "signalen_veld",
        "demografie",
        "arbeidsmarkt",
    ],
    "redenen_toelichting": (
        "Het aandeel 75-plussers stijgt tot 2030 met ruim een kwart; tegelijk werken meer "
        "mantelzorgers. De gemeente wil overbelasting voorkomen en het vertrouwen van "
        "mantelzorgers herstellen na de discussie over de waardering."
    ),
    "leidende_principes": [
        {
            "principe": "De mantelzorger telt mee",
            "toelichting": "In elk gesprek over zorg of ondersteuning vragen we ook hoe het "
            "met de mantelzorger gaat.",
        },
        {
            "principe": "Vroeg erbij",
            "toelichting": "We zoeken mantelzorgers op voordat ze vastlopen, via plekken waar "
            "ze al komen.",
        },
        {
            "principe": "Even vrij moet kunnen",
            "toelichting": "Respijt is snel, dichtbij en zonder ingewikkelde aanvraag "
            "beschikbaar.",
        },
        {
            "principe": "Samen met, niet over",
            "toelichting": "Mantelzorgers denken mee over beleid en uitvoering; we laten zien "
            "wat we met hun inbreng doen.",
        },
        {
            "principe": "Iedere mantelzorger is anders",
            "toelichting": "We stemmen af op leeftijd, werk, cultuur en zorgsituatie.",
        },
        {
            "principe": "Zorgen en werken gaan samen",
            "toelichting": "We helpen werkgevers en scholen ruimte te maken voor zorgtaken.",
        },
    ],
    "doelen": [
        {
            "doel_code": "D1",
            "omschrijving": "Meer mantelzorgers vroegtijdig in beeld",
            "v_gebied": "vinden",
            "vraaggebied": ["informatie"],
            "doelgroep": ["jonge_mantelzorgers", "verborgen"],
            "beoogd_resultaat": "Geregistreerde mantelzorgers bij steunpunt van 1.150 naar "
            "1.800, waarvan ≥ 150 jonge mantelzorgers",
            "termijn": "2030-12-31",
        },
        {
            "doel_code": "D2",
            "omschrijving": "Mantelzorgers weten waar ze terechtkunnen",
            "v_gebied": "versterken",
            "vraaggebied": ["informatie", "advies"],
            "doelgroep": [],
            "beoogd_resultaat": "Bekendheid steunpunt onder mantelzorgers van 38% naar 60%",
            "termijn": "2029-12-31",
        },
        {
            "doel_code": "D3",
            "omschrijving": "Respijtzorg is snel en passend beschikbaar",
            "v_gebied": "verlichten",
            "vraaggebied": ["respijtzorg"],
            "doelgroep": ["ouders_kind_beperking", "dementie", "langdurig_intensief"],
            "beoogd_resultaat": "Wachttijd logeerhuis < 2 weken; aandeel zwaarbelaste "
            "mantelzorgers van 11% naar 8%",
            "termijn": "2029-12-31",
        },
        {
            "doel_code": "D4",
            "omschrijving": "Mantelzorger standaard in beeld bij wijkteam en huisarts",
            "v_gebied": "verbinden",
            "vraaggebied": ["advies"],
            "doelgroep": [],
            "beoogd_resultaat": "In 90% van de keukentafelgesprekken is de "
            "mantelzorgparagraaf ingevuld; 6 van de 8 huisartspraktijken hebben een "
            "signaleringsafspraak met het steunpunt",
            "termijn": "2028-12-31",
        },
        {
            "doel_code": "D5",
            "omschrijving": "Werkende mantelzorgers kunnen zorg en werk combineren",
            "v_gebied": "verlichten",
            "vraaggebied": ["informatie", "praktische_hulp"],
            "doelgroep": ["werkende_mantelzorgers"],
            "beoogd_resultaat": "15 werkgevers met afspraken over mantelzorgvriendelijk "
            "werkgeverschap",
            "termijn": "2029-12-31",
        },
        {
            "doel_code": "D6",
            "omschrijving": "Jonge mantelzorgers worden op school gezien en gesteund",
            "v_gebied": "vinden",
            "vraaggebied": ["emotionele_steun"],
            "doelgroep": ["jonge_mantelzorgers"],
            "beoogd_resultaat": "Alle 3 vo-scholen en 12 van de 14 basisscholen hebben een "
            "aandachtsfunctionaris jonge mantelzorgers",
            "termijn": "2028-07-31",
        },
    ],
    "prioriteit_vinden": 5,
    "prioriteit_versterken": 4,
    "prioriteit_verlichten": 5,
    "prioriteit_verbinden": 3,
    "breedte_beleid": "gemengd",
    "smal_focus_doelgroepen": [
        "jonge_mantelzorgers",
        "werkende_mantelzorgers",
        "migratieachtergrond",
    ],
    "smal_focus_ondersteuning": ["informatie", "respijtzorg"],
    "sturing": "regisseur_op_afstand",
    "gemeente_rollen": ["opdrachtgever", "regisseur"],
    "sturing_toelichting": (
        "De gemeente stelt kaders en budget, maar laat de invulling zoveel mogelijk aan het "
        "steunpunt, zorg- en welzijnspartners en mantelzorgers zelf. Op respijtzorg stuurt de "
        "gemeente strakker (wachttijden)."
    ),
    "sofa_samenwerken": 2,
    "sofa_ondersteunen": 4,
    "sofa_faciliteren": 2,
    "sofa_afstemmen": 2,
    "sofa_prioriteit": ["samenwerken", "afstemmen"],
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 2 — comfortzone
# --------------------------------------------------------------------------------------------


def _risico(trede, risico, kans, impact, toelichting, eigenaar):
    """A risk row whose chosen mitigation is the catalogue suggestion for that risk."""
    return {
        "trede": trede,
        "risico": risico,
        "risico_eigen": "",
        "kans": kans,
        "impact": impact,
        "maatregel": risico,
        "maatregel_toelichting": toelichting,
        "eigenaar": eigenaar,
    }


_COMFORTZONE = {
    "ladder_variant": "zes_treden",
    "comfort_per_trede": [
        {"trede": "informeren", "comfort": "comfortabel", "toelichting": ""},
        {"trede": "raadplegen", "comfort": "comfortabel", "toelichting": ""},
        {"trede": "adviseren", "comfort": "comfortabel", "toelichting": ""},
        {
            "trede": "coproduceren",
            "comfort": "twijfel",
            "toelichting": "Lukt als kaders en budget vooraf helder zijn",
        },
        {
            "trede": "meebeslissen",
            "comfort": "buiten_comfortzone",
            "toelichting": "Raad wil eerst ervaring opdoen",
        },
        {"trede": "zelfbeheer", "comfort": "buiten_comfortzone", "toelichting": ""},
    ],
    "comfortzone_actoren": [
        {"actor": "beleidsmedewerker", "hoogste_trede": "coproduceren", "bron": "gesprek"},
        {"actor": "wethouder", "hoogste_trede": "adviseren", "bron": "gesprek 12-01-2026"},
        {"actor": "college", "hoogste_trede": "adviseren", "bron": "startnotitie"},
        {
            "actor": "gemeenteraad",
            "hoogste_trede": "adviseren",
            "bron": "inschatting na commissiebespreking",
        },
        {
            "actor": "uitvoeringspartners",
            "hoogste_trede": "coproduceren",
            "bron": "overleg steunpunt",
        },
    ],
    "ambitie_hoogste_trede": "coproduceren",
    "eerdere_ervaringen": (
        "Bij de Wmo-beleidsnota 2022 alleen een digitale enquête en formeel advies van de "
        "adviesraad; lage respons (190), vrijwel geen jongeren of werkenden. Bij het "
        "speelplekkenplan (2024) goede ervaringen met co-creatie met ouders."
    ),
    "risicos": [
        _risico(
            "alle", "overvraging_mantelzorgers", 3, 2,
            "Max. 2 uur per bijeenkomst, vervangende zorg via vrijwilligerscentrale, "
            "interviews aan huis",
            "M. Brinkman",
        ),
        _risico(
            "alle", "eenzijdige_vertegenwoordiging", 3, 3,
            "Wervingsplan per doelgroep (stap 6), sleutelfiguren Hazelt, scholen",
            "Steunpunt (J. Koster)",
        ),
        _risico(
            "alle", "geen_terugkoppeling", 2, 3,
            "\"U zei – wij deden\" na elke ronde, ook via steunpuntnieuwsbrief",
            "M. Brinkman",
        ),
        _risico(
            "raadplegen", "onderzoeksmoeheid", 2, 2,
            "GGD-monitor 2024 gebruiken; enquête kort (15 min)",
            "Afd. Onderzoek",
        ),
        _risico(
            "raadplegen", "te_hoge_verwachtingen", 2, 2,
            "Uitnodiging noemt trede en wat er met antwoorden gebeurt",
            "M. Brinkman",
        ),
        _risico(
            "adviseren", "advies_niet_overgenomen", 2, 3,
            "Schriftelijke reactie op elk advies van klankbordgroep en adviesraad",
            "Wethouder",
        ),
        _risico(
            "adviseren", "adviseurs_niet_representatief", 2, 2,
            "Klankbordgroep toetst bevindingen in mantelzorgcafé",
            "Klankbordgroep-voorzitter",
        ),
        _risico(
            "coproduceren", "buiten_kaders", 2, 3,
            "Budgetplafond respijt (€ 180.000/jr) en wettelijke grenzen schriftelijk vooraf",
            "M. Brinkman",
        ),
        _risico(
            "coproduceren", "bestuurlijk_niet_gedragen", 2, 3,
            "Wethouder opent co-creatiesessies en committeert zich aan uitkomst binnen kaders",
            "Wethouder",
        ),
        _risico(
            "coproduceren", "tijdsintensief", 3, 2,
            "Procesbegeleider steunpunt, vaste cyclus van 4 weken, vergoeding",
            "Steunpunt",
        ),
    ],
    "comfortzone_toelichting": (
        "Ambtelijk is er ervaring met coproductie, bestuurlijk nog niet in het sociaal domein. "
        "Daarom coproductie alleen in beleidsvoorbereiding en uitvoering, met vooraf "
        "vastgelegde kaders."
    ),
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 3 — voorwaarden
# --------------------------------------------------------------------------------------------


def _voorwaarde(code, score, checks, toelichting, verbeteractie="", wie="", wanneer=None):
    return {
        f"voorwaarde_{code}_score": score,
        f"voorwaarde_{code}_checks": checks,
        f"voorwaarde_{code}_toelichting": toelichting,
        f"voorwaarde_{code}_verbeteractie": verbeteractie,
        f"voorwaarde_{code}_actie_wie": wie,
        f"voorwaarde_{code}_actie_wanneer": wanneer,
    }


_VOORWAARDEN = {
    "doel_betrekken": [
        "ervaringskennis",
        "aansluiting_aanbod",
        "draagvlak",
        "erkenning",
        "verborgen_in_beeld",
    ],
    "visie_betrekken": (
        "Mantelzorgers zijn de deskundigen van hun eigen situatie. We betrekken hen vanaf de "
        "inventarisatie tot en met de evaluatie, op een manier die past bij hun beperkte tijd. "
        "We zijn vooraf duidelijk over wat vastligt en wat niet, en we laten na elke ronde zien "
        "wat we met hun inbreng hebben gedaan."
    ),
    "vorm_betrokkenheid": "beide",
    "rol_deelnemers": [
        "ervaringsdeskundige",
        "individuele_inwoner",
        "vertegenwoordiger",
        "ambassadeur",
    ],
    "open_onderwerpen": (
        "Vorm en inhoud van respijtzorg; aanpak jonge en werkende mantelzorgers; manier van "
        "informeren; invulling mantelzorgwaardering; rol van de mantelzorger in het "
        "keukentafelgesprek."
    ),
    "vaste_kaders": (
        "Totaalbudget mantelzorgondersteuning € 640.000/jr (waarvan respijt max. € 180.000); "
        "wettelijke taken Wmo 2015; contract steunpunt loopt tot eind 2027; waardering blijft "
        "minimaal € 50 per mantelzorger."
    ),
    "rol_adviesraad": "vanaf_start",
    "rol_adviesraad_toelichting": (
        "Twee leden in de klankbordgroep; adviesraad brengt gevraagd advies uit op het concept "
        "(nov 2026) en helpt bij werving via eigen netwerk."
    ),
    **_voorwaarde(
        "openheid", 4,
        ["ruimte_keuzes", "open_kritiek", "info_delen", "bestuur_open"],
        "Wethouder heeft in startnotitie ruimte gegeven voor uitkomsten binnen budget.",
    ),
    **_voorwaarde(
        "duidelijkheid", 3,
        ["doel_helder", "kaders_gedeeld", "planning_bekend"],
        "Trede per fase nog niet in communicatie verwerkt.",
        "Tredenoverzicht in alle uitnodigingen opnemen",
        "M. Brinkman",
        "2026-02-01",
    ),
    **_voorwaarde(
        "rol_en_inbreng", 3,
        ["rollen_beschreven", "wie_beslist", "aanspreekpunt"],
        "Rol klankbordgroep t.o.v. adviesraad moet nog scherper.",
        "Spelregels klankbordgroep opstellen met adviesraad",
        "M. Brinkman + voorzitter adviesraad",
        "2026-04-01",
    ),
    **_voorwaarde(
        "meerwaarde", 4,
        ["doel_inbreng", "deelnemers_winst", "intern_uitgelegd"],
        "Deelnemers krijgen erkenning, contact met lotgenoten en zien resultaat.",
    ),
    **_voorwaarde(
        "relatie", 2,
        ["bestaande_contacten", "relatie_partners"],
        "Verlaging van de waardering in 2023 heeft wantrouwen gewekt bij een deel van de "
        "mantelzorgers.",
        "Wethouder opent de inventarisatie met een open gesprek over 2023 in het mantelzorgcafé",
        "Wethouder",
        "2026-02-20",
    ),
    **_voorwaarde(
        "capaciteit_en_middelen", 3,
        ["uren_vrijgemaakt", "budget_participatie", "procesbegeleiding_geregeld", "faciliteiten_geregeld"],
        "Budget toereikend, maar weinig ambtelijke reserve bij uitval.",
        "Back-up collega participatie aanwijzen",
        "Teamleider Sociaal Domein",
        "2026-02-01",
    ),
    "budget_participatie": 38000,
    "uren_per_week": 14,
    "procesbegeleiding": "steunpunt",
    "faciliteiten_deelnemers": [
        "vervangende_zorg",
        "reiskosten",
        "vergoeding",
        "toegankelijke_locatie",
        "flexibele_tijden",
        "online",
        "tolk",
        "thuisbezoek",
    ],
    "ontbrekende_expertise": "Werken met jongeren en creatieve methoden → jongerenwerk "
    "inschakelen",
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 4 — beleidsfasen
# --------------------------------------------------------------------------------------------


def _fase(fase, trede, doel, start, eind):
    return {
        "fase": fase,
        "betrekken": True,
        "trede": trede,
        "doel_in_fase": doel,
        "start": start,
        "eind": eind,
        "opmerking": "",
    }


_BELEIDSFASEN = {
    "fasen": [
        _fase(
            "inventarisatie", "raadplegen",
            "Behoeften en knelpunten per doelgroep ophalen, ook van verborgen mantelzorgers",
            "2026-02-01", "2026-04-30",
        ),
        _fase(
            "visievorming", "adviseren",
            "Leidende principes en prioriteiten toetsen en aanscherpen",
            "2026-04-15", "2026-06-30",
        ),
        _fase(
            "beleidsvoorbereiding", "coproduceren",
            "Samen maatregelen ontwerpen voor respijt, werk & mantelzorg en jonge mantelzorgers",
            "2026-06-01", "2026-09-15",
        ),
        _fase(
            "opstellen_beleidsplan", "adviseren",
            "Concept-beleidsplan toetsen op herkenbaarheid en volledigheid",
            "2026-09-01", "2026-10-15",
        ),
        _fase(
            "vaststelling_verordening", "adviseren",
            "Formeel advies adviesraad, o.a. over mantelzorgwaardering in de verordening",
            "2026-10-15", "2026-12-17",
        ),
        _fase(
            "uitvoering", "coproduceren",
            "Mantelzorgers voeren mee uit als ambassadeur en in de werkgroep respijt",
            "2027-01-01", "2030-12-31",
        ),
        _fase(
            "evaluatie", "raadplegen",
            "Ervaringen en effecten van het beleid ophalen voor het volgende plan",
            "2029-09-01", "2030-03-31",
        ),
    ],
    "toelichting_buiten_comfortzone": (
        "Coproductie in beleidsvoorbereiding en uitvoering gaat boven de bestuurlijke "
        "comfortzone (adviseren). We maken dit waar door (1) kaders en budgetplafond vooraf "
        "schriftelijk te delen, (2) de wethouder de co-creatiesessies te laten openen en zich "
        "vooraf te committeren aan uitkomsten binnen die kaders, (3) procesbegeleiding door het "
        "steunpunt, en (4) een tussenevaluatie na de beleidsvoorbereiding."
    ),
    "beslismomenten": [
        {
            "omschrijving": "College stemt in met startnotitie",
            "orgaan": "college",
            "datum": "2026-01-20",
        },
        {
            "omschrijving": "Raadsinformatieavond mantelzorg",
            "orgaan": "raadscommissie",
            "datum": "2026-04-09",
        },
        {
            "omschrijving": "College stemt in met concept-beleidsplan",
            "orgaan": "college",
            "datum": "2026-10-20",
        },
        {"omschrijving": "Advies adviesraad", "orgaan": "adviesraad", "datum": "2026-11-10"},
        {
            "omschrijving": "Commissie Samenleving",
            "orgaan": "raadscommissie",
            "datum": "2026-11-26",
        },
        {
            "omschrijving": "Vaststelling beleidsplan en gewijzigde verordening",
            "orgaan": "raad",
            "datum": "2026-12-17",
        },
    ],
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 5 — instrumenten
# --------------------------------------------------------------------------------------------


def _instrument(
    instrument, titel, fasen, trede, doelgroepen, aantal, start, eind, kosten, uren,
    verantwoordelijke, uitvoerder, opmerking="",
):
    return {
        "instrument": instrument,
        "eigen_naam": "",
        "titel": titel,
        "fasen": fasen,
        "trede": trede,
        "doelgroepen": doelgroepen,
        "beoogd_aantal_deelnemers": aantal,
        "start": start,
        "eind": eind,
        "geraamde_kosten": kosten,
        "geraamde_uren": uren,
        "verantwoordelijke": verantwoordelijke,
        "uitvoerder": uitvoerder,
        "terugkoppeling_gepland": True,
        "opmerking": opmerking,
    }


_INSTRUMENTEN = {
    "instrumenten": [
        _instrument(
            "enquete", "Zorgen voor een naaste in Lindewaarde",
            ["inventarisatie"], "raadplegen", ["alle"], 600,
            "2026-02-15", "2026-03-20", 6000, 40,
            "M. Brinkman", "Afd. Onderzoek & Statistiek",
        ),
        _instrument(
            "interview", "Keukentafelinterviews",
            ["inventarisatie"], "raadplegen",
            ["oudere_mantelzorgers", "migratieachtergrond", "dementie", "langdurig_intensief"],
            20, "2026-03-01", "2026-04-20", 3500, 30,
            "J. Koster (steunpunt)", "Consulenten + 2 sleutelfiguren Hazelt",
        ),
        _instrument(
            "focusgroep", "",
            ["inventarisatie"], "raadplegen",
            ["jonge_mantelzorgers", "werkende_mantelzorgers", "ouders_kind_beperking"],
            24, "2026-03-10", "2026-04-25", 3000, 36,
            "M. Brinkman", "Jongerenwerk + steunpunt",
            "3×: jongeren via school; werkenden online 's avonds; ouders zorgintensief kind",
        ),
        _instrument(
            "persona_onderzoek", "",
            ["inventarisatie"], "raadplegen", ["alle"], 16,
            "2026-02-15", "2026-04-30", 4500, 24,
            "M. Brinkman", "Hogeschool (studenten Social Work)",
            "4 persona's",
        ),
        _instrument(
            "speeddate_politiek", "Speeddate raad × mantelzorgers",
            ["inventarisatie"], "raadplegen", ["alle"], 30,
            "2026-04-09", "2026-04-09", 500, 8,
            "Griffie + M. Brinkman", "Steunpunt",
        ),
        _instrument(
            "klankbordgroep", "",
            ["visievorming", "opstellen_beleidsplan"], "adviseren", ["alle"], 12,
            "2026-04-15", "2026-10-15", 4000, 40,
            "M. Brinkman", "Steunpunt (procesbegeleiding)",
            "12 leden: 8 mantelzorgers incl. 2 ervaringsdeskundigen, 2 adviesraad, steunpunt, "
            "wijkteam",
        ),
        _instrument(
            "werkconferentie", "Lindewaardse Mantelzorgtafel",
            ["visievorming"], "adviseren", ["alle"], 80,
            "2026-06-11", "2026-06-11", 6000, 50,
            "M. Brinkman", "Extern dagvoorzitter + steunpunt",
        ),
        _instrument(
            "cocreatiesessie", "",
            ["beleidsvoorbereiding"], "coproduceren",
            ["jonge_mantelzorgers", "werkende_mantelzorgers", "dementie", "langdurig_intensief"],
            30, "2026-06-20", "2026-09-10", 3000, 36,
            "M. Brinkman", "Steunpunt + jongerenwerk",
            "3 thema's: respijt, werk & zorg, jonge mantelzorgers",
        ),
        _instrument(
            "werkgroep", "Respijt op maat",
            ["beleidsvoorbereiding", "uitvoering"], "coproduceren",
            ["ouders_kind_beperking", "dementie", "langdurig_intensief"],
            8, "2026-07-01", "2027-12-31", 1500, 30,
            "Beleidsmedewerker respijt", "Steunpunt + zorgaanbieders",
        ),
        _instrument(
            "adviesraad_advies", "",
            ["opstellen_beleidsplan", "vaststelling_verordening"], "adviseren", ["alle"], 9,
            "2026-10-20", "2026-11-10", 500, 12,
            "M. Brinkman", "Adviesraad Sociaal Domein",
            "Alle mantelzorgers, indirect via de adviesraad",
        ),
        _instrument(
            "ambassadeursgroep", "Mantelzorgambassadeurs Lindewaarde",
            ["uitvoering"], "coproduceren",
            ["jonge_mantelzorgers", "werkende_mantelzorgers", "migratieachtergrond"],
            10, "2027-02-01", "2030-12-31", 2000, 40,
            "J. Koster (steunpunt)", "Steunpunt",
        ),
        _instrument(
            "mantelzorgpanel", "",
            ["evaluatie"], "raadplegen", ["alle"], 250,
            "2027-03-01", "2030-03-31", 2500, 30,
            "Afd. Onderzoek & Statistiek", "Steunpunt (werving)",
            "Digitaal + papier, 2× per jaar",
        ),
    ],
    "combinatie_toelichting": (
        "De enquête geeft cijfers voor de nulmeting; interviews, focusgroepen en persona's laten "
        "zien wat erachter zit, ook bij groepen die geen vragenlijst invullen. De bevindingen "
        "gaan naar de klankbordgroep en de Mantelzorgtafel (trechter); de co-creatiesessies "
        "werken drie thema's uit. De adviesraad volgt het hele proces via twee leden en geeft "
        "formeel advies. Vanaf 2027 houden het mantelzorgpanel en de ambassadeurs de verbinding "
        "vast."
    ),
    "combinatieprincipes": [
        "breed_en_diep",
        "direct_en_vertegenwoordigd",
        "online_en_fysiek",
        "continu_en_eenmalig",
        "outreach",
        "trechter",
        "validatie",
        "hergebruik",
    ],
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 6 — doelgroepen
# --------------------------------------------------------------------------------------------


def _doelgroep(doelgroep, reden, prioriteit, aantal, drempels, faciliteiten):
    return {
        "doelgroep": doelgroep,
        "eigen_naam": "",
        "reden": reden,
        "prioriteit": prioriteit,
        "geschat_aantal": aantal,
        "specifieke_drempels": drempels,
        "benodigde_faciliteiten": faciliteiten,
    }


def _vindplaats(vindplaats, contact, doelgroepen, relatie):
    return {
        "vindplaats": vindplaats,
        "eigen_naam": "",
        "contactpersoon_organisatie": contact,
        "doelgroepen": doelgroepen,
        "bestaande_relatie": relatie,
    }


def _werving(
    doelgroep, vindplaats, aanpak, instrument, verantwoordelijke, start, deadline, beoogd,
    status, behaald,
):
    return {
        "doelgroep": doelgroep,
        "vindplaats": vindplaats,
        "wervingsaanpak": aanpak,
        "instrument": instrument,
        "verantwoordelijke": verantwoordelijke,
        "start_werving": start,
        "deadline": deadline,
        "beoogd_aantal": beoogd,
        "status": status,
        "behaald_aantal": behaald,
    }


_DOELGROEPEN = {
    "doelgroepen": [
        _doelgroep(
            "werkende_mantelzorgers", "Focusgroep beleid; nauwelijks in beeld", 5, 2600,
            "Alleen 's avonds/online beschikbaar", ["flexibele_tijden", "online"],
        ),
        _doelgroep(
            "jonge_mantelzorgers", "Focusgroep beleid; 1.300 geschat, 40 bekend", 5, 1300,
            "Herkennen zich niet, schaamte, toestemming ouders",
            ["vergoeding", "flexibele_tijden"],
        ),
        _doelgroep(
            "migratieachtergrond", "Focusgroep beleid; laag gebruik steunpunt in Hazelt", 5,
            600, "Taal, vertrouwen, onbekendheid", ["tolk", "thuisbezoek"],
        ),
        _doelgroep(
            "oudere_mantelzorgers", "Grootste groep partnerzorgers", 4, 1400,
            "Mobiliteit, digitale vaardigheden", ["thuisbezoek", "vervoer"],
        ),
        _doelgroep(
            "dementie", "Zwaarste belasting, wachttijd logeerhuis", 4, 700,
            "Kunnen naaste niet alleen laten", ["vervangende_zorg"],
        ),
        _doelgroep(
            "ouders_kind_beperking", "Signalen over respijt en combinatie met werk", 3, 350,
            "Tijd, oppas", ["vervangende_zorg", "online"],
        ),
        _doelgroep(
            "ggz_verslaving", "Weinig zicht op deze groep", 3, 400,
            "Schaamte, privacy", ["online", "thuisbezoek"],
        ),
        _doelgroep(
            "langdurig_intensief", "Hoogste risico overbelasting", 4, 1900,
            "Uitputting", ["vervangende_zorg", "thuisbezoek"],
        ),
        _doelgroep(
            "verborgen", "Groot onbekend deel", 4, None,
            "Herkennen het label niet", [],
        ),
        _doelgroep(
            "op_afstand", "Veel kinderen van ouderen wonen buiten Lindewaarde", 2, 800,
            "Niet in lokale kanalen", ["online"],
        ),
    ],
    "vindplaatsen": [
        _vindplaats(
            "school", "Zorgcoördinatoren 3 vo-scholen; IB'ers basisscholen",
            ["jonge_mantelzorgers"], "beperkt",
        ),
        _vindplaats(
            "jongerenwerk", "Jongerenwerk Welzijn Lindewaarde", ["jonge_mantelzorgers"], "ja",
        ),
        _vindplaats(
            "werkgever",
            "HR-netwerk Ondernemersvereniging Lindewaarde; gemeente zelf als werkgever",
            ["werkende_mantelzorgers"], "beperkt",
        ),
        _vindplaats(
            "online_communities", "Facebookgroep \"Lindewaarde Centraal\", LinkedIn",
            ["werkende_mantelzorgers", "op_afstand"], "nee",
        ),
        _vindplaats(
            "migrantenorganisatie", "Stichting Samen Hazelt (sleutelfiguren)",
            ["migratieachtergrond"], "beperkt",
        ),
        _vindplaats(
            "religieuze_organisatie", "Moskee Hazelt, PKN-gemeente Oosterbroek",
            ["oudere_mantelzorgers", "migratieachtergrond"], "beperkt",
        ),
        _vindplaats(
            "huisarts", "8 praktijken via huisartsenkring, POH-ouderen",
            ["oudere_mantelzorgers", "dementie", "verborgen"], "beperkt",
        ),
        _vindplaats(
            "apotheek", "3 apotheken", ["oudere_mantelzorgers", "verborgen"], "nee",
        ),
        _vindplaats(
            "casemanager_dementie", "Casemanagers regionale dementieketen", ["dementie"], "ja",
        ),
        _vindplaats(
            "patientenvereniging", "Alzheimer café Lindewaarde", ["dementie"], "ja",
        ),
        _vindplaats(
            "steunpunt", "Steunpunt Mantelzorg Lindewaarde",
            ["alle", "langdurig_intensief"], "ja",
        ),
        _vindplaats(
            "wijkteam", "Sociaal team Lindewaarde (keukentafelgesprek)",
            ["ouders_kind_beperking", "ggz_verslaving", "langdurig_intensief"], "ja",
        ),
        _vindplaats(
            "ggz", "Familieraad regionale GGZ-instelling", ["ggz_verslaving"], "nee",
        ),
        _vindplaats("mee", "MEE cliëntondersteuning", ["ouders_kind_beperking"], "ja"),
        _vindplaats("winkels_markt", "Weekmarkt Lindewaarde-centrum", ["verborgen"], "nee"),
    ],
    # Deliberately no row for op_afstand: the demo triggers warning R11.
    "wervingsplan": [
        _werving(
            "jonge_mantelzorgers", "school", "persoonlijke_uitnodiging_professional",
            "focusgroep", "Jongerenwerker S. Demir", "2026-02-01", "2026-03-01", 8,
            "afgerond", 7,
        ),
        _werving(
            "jonge_mantelzorgers", "jongerenwerk", "aanhaken_bijeenkomst", "focusgroep",
            "Jongerenwerker S. Demir", "2026-02-01", "2026-03-01", 4, "afgerond", 3,
        ),
        _werving(
            "werkende_mantelzorgers", "werkgever", "werkgeversnetwerk", "focusgroep",
            "M. Brinkman", "2026-02-01", "2026-03-15", 8, "afgerond", 9,
        ),
        _werving(
            "werkende_mantelzorgers", "online_communities", "social_media", "enquete",
            "Afd. Communicatie", "2026-02-10", "2026-03-15", 150, "afgerond", 132,
        ),
        _werving(
            "migratieachtergrond", "migrantenorganisatie", "sleutelfiguur", "interview",
            "J. Koster", "2026-02-01", "2026-03-20", 6, "afgerond", 6,
        ),
        _werving(
            "migratieachtergrond", "religieuze_organisatie", "aanhaken_bijeenkomst",
            "interview", "J. Koster", "2026-02-15", "2026-03-20", 4, "afgerond", 3,
        ),
        _werving(
            "oudere_mantelzorgers", "huisarts", "persoonlijke_uitnodiging_professional",
            "interview", "POH-ouderen via huisartsenkring", "2026-02-01", "2026-03-15", 5,
            "afgerond", 5,
        ),
        _werving(
            "dementie", "patientenvereniging", "aanhaken_bijeenkomst", "interview",
            "J. Koster", "2026-02-01", "2026-03-15", 5, "afgerond", 6,
        ),
        _werving(
            "ouders_kind_beperking", "mee", "persoonlijke_uitnodiging_professional",
            "focusgroep", "MEE-consulent", "2026-02-15", "2026-03-25", 8, "afgerond", 6,
        ),
        _werving(
            "ggz_verslaving", "ggz", "warme_overdracht", "enquete",
            "Familievertrouwenspersoon", "2026-02-15", "2026-03-15", 20, "afgerond", 11,
        ),
        _werving(
            "langdurig_intensief", "wijkteam", "persoonlijke_uitnodiging_professional",
            "interview", "Teamleider sociaal team", "2026-02-01", "2026-03-15", 4,
            "afgerond", 4,
        ),
        _werving(
            "verborgen", "winkels_markt", "straat_outreach", "enquete",
            "Steunpunt + vrijwilligers", "2026-02-20", "2026-03-14", 60, "afgerond", 71,
        ),
        _werving(
            "verborgen", "apotheek", "flyer_poster", "enquete", "Steunpunt",
            "2026-02-15", "2026-03-15", 40, "afgerond", 18,
        ),
    ],
    "wervingsboodschap": (
        "Zorgt u voor uw partner, ouder, kind, buur of vriend? Dan weet u als geen ander wat er "
        "nodig is. Praat mee over hoe Lindewaarde mensen zoals u beter kan steunen. U bepaalt "
        "zelf hoe: een korte vragenlijst, een gesprek bij u thuis of een avond met anderen. Wij "
        "regelen zo nodig vervanging voor de zorg."
    ),
    "spreiding_toelichting": (
        "Quotum per kern en per doelgroep in de enquête-uitzetting; outreachende werving in "
        "Hazelt en op de markt; tussentijdse check op respons per doelgroep na 3 weken."
    ),
    "privacy_afspraken": (
        "Jonge mantelzorgers onder 16 doen mee met schriftelijke toestemming van een "
        "ouder/verzorger; focusgroep op school onder begeleiding van de jongerenwerker; geen "
        "namen in verslagen; gegevens volgens AVG-verwerkingsregister van de gemeente, "
        "bewaartermijn 1 jaar."
    ),
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 7 — draagvlak
# --------------------------------------------------------------------------------------------


def _stakeholder(stakeholder, contact, belang, invloed, houding, huidig, gewenst, actie,
                 eigenaar, wanneer):
    return {
        "stakeholder": stakeholder,
        "eigen_naam": "",
        "naam_contact": contact,
        "belang": belang,
        "invloed": invloed,
        "houding": houding,
        "huidige_samenwerking_trede": huidig,
        "gewenste_samenwerking_trede": gewenst,
        "actie": actie,
        "eigenaar": eigenaar,
        "wanneer": wanneer,
    }


def _actie(actie, doel, v_gebied, trekker, partners, start, eind, euro, uren, indicator,
           status):
    return {
        "actie": actie,
        "doel": doel,
        "v_gebied": v_gebied,
        "wie_trekker": trekker,
        "partners": partners,
        "start": start,
        "eind": eind,
        "middelen_euro": euro,
        "middelen_uren": uren,
        "resultaat_indicator": indicator,
        "status": status,
    }


def _communicatie(type_, doelgroep, middel, boodschap, datum, verantwoordelijke):
    return {
        "type": type_,
        "doelgroep": doelgroep,
        "middel": middel,
        "boodschap": boodschap,
        "datum": datum,
        "verantwoordelijke": verantwoordelijke,
    }


def _inbreng(inbreng, bron, datum, besluit, motivering, verwerkt_in, teruggekoppeld_op):
    return {
        "inbreng": inbreng,
        "bron_instrument": bron,
        "datum": datum,
        "besluit": besluit,
        "motivering": motivering,
        "verwerkt_in": verwerkt_in,
        "teruggekoppeld_op": teruggekoppeld_op,
    }


_DRAAGVLAK = {
    "opdracht_type": "collegebesluit",
    "mandaat_omschrijving": (
        "Beleidsmedewerker mag binnen het participatiebudget (€ 38.000) instrumenten kiezen en "
        "uitvoeren en toezeggingen doen over het proces. Inhoudelijke toezeggingen alleen "
        "binnen de vaste kaders (stap 3); uitkomsten van coproductie binnen die kaders neemt de "
        "wethouder over in het concept-beleidsplan."
    ),
    "budget_vastgelegd": "ja_begroting",
    "bestuurlijk_opdrachtgever": "Wethouder R. Verhoef (Zorg, Welzijn en Wonen)",
    "kernteam": [
        {"naam": "M. Brinkman", "beleidsterrein": "wmo_zorg", "rol": "Trekker",
         "uren_per_week": 14},
        {"naam": "P. de Graaf", "beleidsterrein": "jeugd", "rol": "", "uren_per_week": 2},
        {"naam": "L. Hendriks", "beleidsterrein": "werk_inkomen", "rol": "",
         "uren_per_week": 2},
        {"naam": "T. Vos", "beleidsterrein": "wonen", "rol": "", "uren_per_week": 2},
        {"naam": "A. Yilmaz", "beleidsterrein": "communicatie", "rol": "",
         "uren_per_week": 4},
    ],
    "stakeholders": [
        _stakeholder(
            "wethouder_zorg", "R. Verhoef", 5, 5, "voorstander", "adviseren", "coproduceren",
            "Maandelijks bila; opent co-creatiesessies", "M. Brinkman", "2026-02-01",
        ),
        _stakeholder(
            "wethouder_wonen", "K. Bakker", 3, 4, "neutraal", "informeren", "adviseren",
            "Stafoverleg wonen & zorg over mantelzorgwoningen", "T. Vos", "2026-05-01",
        ),
        _stakeholder(
            "gemeenteraad", "Commissie Samenleving", 3, 5, "neutraal", "informeren",
            "raadplegen", "Raadsinformatieavond + speeddate met mantelzorgers",
            "Griffie + M. Brinkman", "2026-04-09",
        ),
        _stakeholder(
            "adviesraad", "Voorzitter H. Smit", 5, 3, "kritisch", "adviseren", "coproduceren",
            "Twee leden in klankbordgroep; spelregels samen opstellen", "M. Brinkman",
            "2026-03-01",
        ),
        _stakeholder(
            "steunpunt", "J. Koster", 5, 3, "voorstander", "coproduceren", "coproduceren",
            "Procesbegeleiding en werving; bestuurlijk overleg per kwartaal", "M. Brinkman",
            "2026-01-15",
        ),
        _stakeholder(
            "wijkteam", "Teamleider sociaal team", 4, 3, "voorstander", "raadplegen",
            "coproduceren", "Mantelzorgparagraaf keukentafelgesprek; lid klankbordgroep",
            "M. Brinkman", "2026-03-01",
        ),
        _stakeholder(
            "huisartsen", "Huisartsenkring Lindewaarde", 2, 3, "kritisch", "informeren",
            "adviseren",
            "Kort overleg in kringvergadering; POH als contactpersoon; signaleringskaart",
            "J. Koster", "2026-05-15",
        ),
        _stakeholder(
            "zorgaanbieders", "VVT-aanbieder \"Zorggroep De Linde\"; gehandicaptenzorg", 3, 3,
            "neutraal", "raadplegen", "coproduceren", "Deelname werkgroep Respijt op maat",
            "Beleidsmedewerker respijt", "2026-07-01",
        ),
        _stakeholder(
            "zorgverzekeraar_zorgkantoor", "Regionaal zorgkantoor", 2, 4, "onbekend",
            "informeren", "adviseren", "Verkennend gesprek over respijt voor Wlz-cliënten",
            "M. Brinkman", "2026-09-01",
        ),
        _stakeholder(
            "werkgevers", "Ondernemersvereniging Lindewaarde", 2, 3, "neutraal", "informeren",
            "raadplegen", "Ontbijtsessie \"zorg en werk\" met elevator pitch", "L. Hendriks",
            "2026-10-01",
        ),
        _stakeholder(
            "onderwijs", "3 vo-scholen, 14 basisscholen", 3, 3, "voorstander", "informeren",
            "coproduceren", "Aandachtsfunctionaris jonge mantelzorgers per school",
            "P. de Graaf", "2026-09-01",
        ),
        _stakeholder(
            "woningcorporatie", "Woonstichting Lindewaarde", 2, 3, "neutraal", "informeren",
            "adviseren", "Afspraak over mantelzorgurgentie en -woningen", "T. Vos",
            "2026-11-01",
        ),
        _stakeholder(
            "religieus_migranten", "Stichting Samen Hazelt; moskeebestuur", 4, 2,
            "voorstander", "raadplegen", "coproduceren", "Sleutelfiguren in ambassadeursgroep",
            "J. Koster", "2027-02-01",
        ),
        _stakeholder(
            "mantelzorgers", "via klankbordgroep en panel", 5, 2, "kritisch", "raadplegen",
            "coproduceren", "Open gesprek met wethouder over 2023; terugkoppeling per ronde",
            "Wethouder", "2026-02-20",
        ),
    ],
    "acties": [
        _actie(
            "Signaleringsafspraak huisartsen–steunpunt (verwijskaart, POH als vast contact)",
            "D4", "verbinden", "Steunpunt", "Huisartsenkring", "2026-09-01", "2027-06-30",
            8000, 120, "6 van 8 praktijken", "gepland",
        ),
        _actie(
            "Mantelzorgparagraaf in elk keukentafelgesprek",
            "D4", "verbinden", "Sociaal team", "Steunpunt", "2026-04-01", "2026-12-31",
            2000, 60, "90% ingevuld", "loopt",
        ),
        _actie(
            "Uitbreiding logeerhuis + flexibele thuisoppas",
            "D3", "verlichten", "Werkgroep Respijt op maat",
            "Zorggroep De Linde, vrijwilligerscentrale", "2027-01-01", "2027-12-31",
            95000, 200, "Wachttijd < 2 weken", "gepland",
        ),
        _actie(
            "Aandachtsfunctionaris jonge mantelzorgers op scholen + JOMA-groep",
            "D6", "vinden", "Jongerenwerk", "Scholen, steunpunt", "2026-09-01", "2028-07-31",
            18000, 300, "15 scholen met functionaris", "gepland",
        ),
        _actie(
            "Mantelzorgvriendelijk werkgeverschap: ontbijtsessies en afsprakenkaart",
            "D5", "verlichten", "Gemeente (werk & inkomen)",
            "Ondernemersvereniging, ambassadeurs", "2026-10-01", "2029-12-31",
            12000, 160, "15 werkgevers", "gepland",
        ),
        _actie(
            "Campagne \"Zorgt u voor een naaste?\" via apotheek, markt, online",
            "D1", "vinden", "Steunpunt", "Afd. Communicatie, apotheken", "2027-02-01",
            "2027-11-10", 9000, 80, "+300 registraties per jaar", "gepland",
        ),
        _actie(
            "Informatiepunten mantelzorg in bibliotheek en buurthuizen (alle kernen)",
            "D2", "versterken", "Welzijn Lindewaarde", "Bibliotheek", "2027-03-01",
            "2027-12-31", 6000, 100, "Bekendheid steunpunt 60%", "gepland",
        ),
        _actie(
            "Ambassadeursgroep opzetten (incl. sleutelfiguren Hazelt)",
            "D1", "versterken", "Steunpunt", "Stichting Samen Hazelt", "2027-02-01",
            "2030-12-31", 2000, 120, "10 actieve ambassadeurs", "gepland",
        ),
        _actie(
            "Mantelzorgpanel opzetten (2× per jaar)",
            "D2", "versterken", "Afd. Onderzoek & Statistiek", "Steunpunt", "2027-03-01",
            "2030-03-31", 2500, 60, "≥ 250 panelleden", "gepland",
        ),
    ],
    "quick_wins": (
        "(1) Vanaf april 2026 standaard vraag naar de mantelzorger in elk keukentafelgesprek; "
        "(2) wachtlijst logeerhuis: tijdelijk 2 extra bedden via zorgaanbieder per juli 2026; "
        "(3) Dag van de Mantelzorg 2026 in het teken van \"u zei – wij deden\"."
    ),
    "communicatie": [
        _communicatie(
            "aankondiging", "alle mantelzorgers", "lokale_krant",
            "Oproep meedoen (zie wervingsboodschap), met trede \"raadplegen\" uitgelegd",
            "2026-02-10", "A. Yilmaz",
        ),
        _communicatie(
            "terugkoppeling", "deelnemers inventarisatie", "persoonlijke_brief_mail",
            "\"U zei – wij deden\": top-10 bevindingen en wat ermee gebeurt",
            "2026-05-15", "M. Brinkman",
        ),
        _communicatie(
            "tussenstand", "raad", "raadsinformatiebrief",
            "Resultaten inventarisatie en vervolgproces", "2026-05-20", "M. Brinkman",
        ),
        _communicatie(
            "terugkoppeling", "deelnemers Mantelzorgtafel en co-creatie", "terugkombijeenkomst",
            "Hoe ideeën in het concept-beleidsplan terechtkwamen, en wat niet (met reden)",
            "2026-10-01", "Wethouder",
        ),
        _communicatie(
            "besluit", "alle mantelzorgers", "website",
            "Vastgesteld beleidsplan in begrijpelijke samenvatting", "2026-12-20", "A. Yilmaz",
        ),
        _communicatie(
            "resultaat", "alle mantelzorgers", "dag_van_de_mantelzorg",
            "Eerste resultaten (quick wins) zichtbaar maken", "2026-11-10", "Steunpunt",
        ),
    ],
    "inbreng_log": [
        _inbreng(
            "Logeerhuis heeft te lange wachttijd; behoefte aan oppas aan huis op korte termijn",
            "interview", "2026-04-20", "overgenomen", "",
            "D3; actie logeerhuis + thuisoppas", "2026-05-15",
        ),
        _inbreng(
            "Jongeren willen niet \"mantelzorger\" genoemd worden; liever via mentor en "
            "app-groep",
            "focusgroep", "2026-03-25", "overgenomen", "",
            "Actie jonge mantelzorgers; wervingstaal", "2026-05-15",
        ),
        _inbreng(
            "Mantelzorgwaardering verhogen naar € 150",
            "enquete", "2026-04-09", "deels",
            "Budgetkader laat € 75 toe; daarnaast keuze tussen bon en respijtdag",
            "Verordening (waardering)", "2026-05-15",
        ),
        _inbreng(
            "Gratis parkeren bij ziekenhuis voor mantelzorgers",
            "interview", "2026-04-10", "niet",
            "Ziekenhuis ligt buiten de gemeente; doorgezet naar regionaal overleg",
            "", "2026-05-15",
        ),
        _inbreng(
            "Informatie in eigen taal en via vertrouwde personen in Hazelt",
            "interview", "2026-04-15", "overgenomen", "",
            "Ambassadeursgroep met sleutelfiguren", "2026-05-15",
        ),
    ],
    "elevator_pitch": (
        "Eén op de zes werknemers in Lindewaarde zorgt naast het werk voor een naaste. Ik ben "
        "Marloes Brinkman van de gemeente. Herkent u dat collega's soms onverwacht uitvallen "
        "door zorgen thuis? Wij helpen werkgevers met eenvoudige afspraken zodat zorg en werk "
        "samengaan. Hoe gaat uw organisatie hier nu mee om? Zullen we volgende week een "
        "kwartier bellen?"
    ),
    "stap_notities": "",
}


# --------------------------------------------------------------------------------------------
# Stap 8 — evaluatie (modus plannen)
# --------------------------------------------------------------------------------------------


def _procesvraag(vraag, meetwijze):
    return {"vraag": vraag, "meetwijze": meetwijze, "antwoord": "", "oordeel": None}


def _indicator(doel, indicator, soort, bron, nulmeting, streefwaarde, meetmoment):
    return {
        "doel": doel,
        "indicator": indicator,
        "soort": soort,
        "bron": bron,
        "nulmeting": nulmeting,
        "streefwaarde": streefwaarde,
        "meetmoment": meetmoment,
        "realisatie": "",
    }


_EVALUATIE = {
    "modus": "plannen",
    "evaluatievorm": ["zelfevaluatie", "met_deelnemers", "adviesraad", "monitor", "raad"],
    "evaluatiemomenten": [
        {
            "moment": "Procesevaluatie inventarisatie",
            "type": "tussentijds",
            "datum": "2026-05-31",
            "wie": "Kernteam",
            "met_deelnemers": True,
        },
        {
            "moment": "Evaluatie participatietraject beleidsplan",
            "type": "eind_proces",
            "datum": "2027-01-31",
            "wie": "Kernteam + klankbordgroep + adviesraad",
            "met_deelnemers": True,
        },
        {
            "moment": "Jaarmonitor mantelzorg 2027",
            "type": "jaarlijks",
            "datum": "2027-10-31",
            "wie": "Afd. Onderzoek & Statistiek",
            "met_deelnemers": True,
        },
        {
            "moment": "Tussenevaluatie beleid",
            "type": "jaarlijks",
            "datum": "2028-10-31",
            "wie": "Kernteam + adviesraad",
            "met_deelnemers": True,
        },
        {
            "moment": "Eindevaluatie beleidsperiode",
            "type": "eind_beleidsperiode",
            "datum": "2030-02-28",
            "wie": "Extern (hogeschool) + kernteam",
            "met_deelnemers": True,
        },
    ],
    "procesvragen": [
        _procesvraag(
            "Hebben we de aanwezige kennis benut: ervaringen van mantelzorgers, kennis van "
            "professionals en cijfers?",
            "Documentanalyse beleidsplan + interview kernteam",
        ),
        _procesvraag(
            "Waren doelen en maatregelen realistisch en haalbaar binnen tijd, geld en "
            "capaciteit?",
            "Vergelijking planning/budget vs. realisatie",
        ),
        _procesvraag(
            "Hebben we de beoogde groepen bereikt, ook de moeilijk bereikbare?",
            "Respons per doelgroep uit wervingsplan",
        ),
        _procesvraag(
            "Hoe tevreden zijn deelnemers over hoe ze betrokken zijn?",
            "Vragenlijst na bijeenkomsten (cijfer 1–10) + gesprek klankbordgroep",
        ),
        _procesvraag(
            "Wat is er met de inbreng gedaan en hebben we dat teruggekoppeld?",
            "Inbreng-logboek",
        ),
        _procesvraag(
            "Paste de werkelijke invloed bij de beloofde trede?",
            "Vraag in evaluatiegesprek: \"Had u de invloed die u was beloofd?\"",
        ),
        _procesvraag(
            "Waren de voorwaarden uit stap 3 voldoende geregeld, en welke niet?",
            "Herhaalde zelfscore voorwaarden",
        ),
        _procesvraag(
            "Stonden inspanning en kosten in verhouding tot de opbrengst?",
            "Kosten- en urenoverzicht",
        ),
        _procesvraag(
            "Is het draagvlak bij bestuur, raad en partners gegroeid?",
            "Houding stakeholders opnieuw scoren",
        ),
        _procesvraag(
            "Wat merken mantelzorgers in de praktijk van het nieuwe beleid?",
            "Mantelzorgpanel",
        ),
    ],
    "indicatoren": [
        _indicator(
            "D1", "Aantal bij steunpunt geregistreerde mantelzorgers (waarvan jonge)", "output",
            "registratie_steunpunt", "1.150 (40)", "1.800 (150)", "2030-01-31",
        ),
        _indicator(
            "D2", "% mantelzorgers dat steunpunt kent", "effect",
            "gezondheidsmonitor_ggd", "38%", "60%", "2029-12-31",
        ),
        _indicator(
            "D3", "Gemiddelde wachttijd logeerhuis", "output",
            "registratie_steunpunt", "7 weken", "< 2 weken", "2027-12-31",
        ),
        _indicator(
            "D3", "% mantelzorgers dat zich zwaarbelast voelt", "effect",
            "gezondheidsmonitor_ggd", "11%", "8%", "2029-12-31",
        ),
        _indicator(
            "D4", "% keukentafelgesprekken met ingevulde mantelzorgparagraaf", "proces",
            "cto_wmo", "35%", "90%", "2028-12-31",
        ),
        _indicator(
            "D4", "Aantal huisartspraktijken met signaleringsafspraak", "output",
            "registratie_steunpunt", "1", "6", "2027-06-30",
        ),
        _indicator(
            "D5", "Aantal werkgevers met afspraken mantelzorgvriendelijk werkgeverschap",
            "output", "registratie_participatie", "2", "15", "2029-12-31",
        ),
        _indicator(
            "D6", "Aantal scholen met aandachtsfunctionaris jonge mantelzorgers", "output",
            "registratie_participatie", "1", "15", "2028-07-31",
        ),
        _indicator(
            "", "Gemiddelde waardering deelnemers voor het participatieproces", "proces",
            "registratie_participatie", "n.v.t.", "≥ 7,5", "2027-01-31",
        ),
    ],
    "tevredenheid_meting": "beide",
    "tevredenheid_score": None,
    "bereik_toelichting": "",
    "conclusies": "",
    "scenarios_overwogen": ["continueren", "bijstellen", "trede_omhoog", "verankeren"],
    "scenario_gekozen": "verankeren",
    "scenario_motivering": (
        "We willen de betrokkenheid van mantelzorgers blijvend organiseren: het "
        "mantelzorgpanel en de ambassadeursgroep worden vaste onderdelen van de beleidscyclus, "
        "met jaarlijkse afspraken met de adviesraad. Als de tussenevaluatie 2028 positief is en "
        "de relatie hersteld, onderzoeken we voor de volgende periode een door mantelzorgers "
        "beheerd budget voor kleine initiatieven (meebeslissen)."
    ),
    "stap_notities": "",
}


ANSWERS = {
    "visie": _VISIE,
    "comfortzone": _COMFORTZONE,
    "voorwaarden": _VOORWAARDEN,
    "beleidsfasen": _BELEIDSFASEN,
    "instrumenten": _INSTRUMENTEN,
    "doelgroepen": _DOELGROEPEN,
    "draagvlak": _DRAAGVLAK,
    "evaluatie": _EVALUATIE,
}


def answers() -> dict:
    """A deep copy of the demo answers of the eight steps, safe to modify."""
    return copy.deepcopy(ANSWERS)


#: The Verdieping modules the demo plan has switched on (issue 14).
DEMO_MODULES = ("pitch", "samenwerking", "wonen", "personas")


def section_answers() -> dict:
    """A deep copy of the demo answers of the Beleid sections and the modules (each section's
    ``DEMO``), by slug; a section without demo answers is left out."""
    return {section.SLUG: copy.deepcopy(section.DEMO) for section in BELEID + MODULES if section.DEMO}
