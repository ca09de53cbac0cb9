"""The consistency rules: the 34 of domain.md section 4 and R35–R40 (answers compared with
each other that the step forms refused before validation had three kinds), one function per rule.

Every rule takes the plan's answers (the contract of ``steps/__init__``) and yields zero or
more ``Finding`` objects. A rule never raises: a missing step, field or malformed value means
"not filled in". Rules fire on data that is there; a step that is still empty counts as
"nothing chosen there yet" (so R03 reports a phase without instrument even before step 5 is
started), but a rule never fires on the absence of its own trigger data.

Messages are plain Dutch (B1), start with the step where the officer can fix the finding and
use labels, not codes.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any

from steps import money
from steps.advisor import FOUT, TIP, WAARSCHUWING, Finding
from steps.catalogs.risks import RISICOS as RISICO_CATALOGUS
from steps.derived import (
    V_GEBIED_CODES,
    VOORWAARDE_CODES,
    as_bool,
    as_code,
    as_codes,
    as_date,
    as_number,
    as_text,
    betrokken_fasen,
    comfortzone_hoogste_trede,
    doel_codes,
    doelgroep_label,
    fase_label,
    fase_volgorde,
    fasen_per_code,
    gekozen_doelgroepen,
    hoogste_gekozen_trede,
    instrument_alleen_schriftelijk_of_online,
    instrument_label,
    instrument_rijen,
    instrument_treden,
    instrument_vorm_type,
    is_blank,
    kosten_instrumenten_totaal,
    niveau,
    option_label,
    procesduur_weken,
    risico_label,
    risicoscore,
    stakeholder_label,
    step_answers,
    table,
    trede_label,
    unique,
    uren_instrumenten_totaal,
    vindplaats_label,
    voorwaarde_label,
    voorwaarden_gemiddelde,
)
from steps.text import dutch_date, dutch_number, euro, in_sentence, instrument_name, join_words

VISIE, COMFORTZONE, VOORWAARDEN, BELEIDSFASEN = "visie", "comfortzone", "voorwaarden", "beleidsfasen"
INSTRUMENTEN, DOELGROEPEN, DRAAGVLAK, EVALUATIE = "instrumenten", "doelgroepen", "draagvlak", "evaluatie"

NIVEAU_RAADPLEGEN, NIVEAU_ADVISEREN, NIVEAU_COPRODUCEREN = 2, 3, 4

# Groups that need a personal or outreaching form (R23) and groups with intensive care (R24).
GROEPEN_NIET_ALLEEN_SCHRIFTELIJK = (
    "jonge_mantelzorgers",
    "migratieachtergrond",
    "werkende_mantelzorgers",
    "oudere_mantelzorgers",
    "verborgen",
    "zwaarbelast",
    "laag_inkomen_laaggeletterd",
)
GROEPEN_INTENSIEF = ("langdurig_intensief", "dementie", "zwaarbelast", "ouders_kind_beperking")

# Words in a free-text "wie_trekker" that point to the municipality itself (R25).
_GEMEENTE_WOORDEN = (
    "gemeente",
    "wethouder",
    "college",
    "beleidsmedewerker",
    "ambtena",
    "afd.",
    "afdeling",
    "griffie",
)

# ---------------------------------------------------------------------------
# Small helpers (dates, numbers, amounts, lists and names in words come from steps.text)
# ---------------------------------------------------------------------------


def _row_number(answers: Any, slug: str, field: str, row: dict) -> int:
    """The position (from 1) of `row` in its stored table, for a link to the row's page; 0 if not found."""
    return next((number for number, stored in enumerate(table(step_answers(answers, slug), field), start=1)
                 if stored is row), 0)


def _rows(slug: str, field: str, answers: Any) -> list[dict]:
    """The non-empty rows of a table in a step."""
    return [row for row in table(step_answers(answers, slug), field) if not is_blank(row)]


def _voorwaarde_score(answers: Any, code: str) -> int | float | None:
    score = as_number(step_answers(answers, VOORWAARDEN).get(f"voorwaarde_{code}_score"))
    return score if score is not None and 1 <= score <= 5 else None


def _max_niveau(answers: Any) -> int:
    return niveau(hoogste_gekozen_trede(answers))


# ---------------------------------------------------------------------------
# The rules
# ---------------------------------------------------------------------------


def r01_trede_boven_comfortzone(answers: Any) -> Iterator[Finding]:
    """R01: a rung in step 4 above the comfort zone of step 2 needs an explanation."""
    comfortzone = comfortzone_hoogste_trede(answers)
    if not comfortzone:
        return
    if as_text(step_answers(answers, BELEIDSFASEN).get("toelichting_buiten_comfortzone")):
        return
    for fase, trede in betrokken_fasen(answers).items():
        if niveau(trede) > niveau(comfortzone):
            yield Finding(
                "R01",
                WAARSCHUWING,
                (BELEIDSFASEN, COMFORTZONE),
                f"Stap 4: in de fase {fase_label(fase)} kiest u de trede {trede_label(trede)}. "
                f"Dat is hoger dan uw comfortzone uit stap 2 ({trede_label(comfortzone)}). "
                "Leg uit hoe u dit waarmaakt.",
                "toelichting_buiten_comfortzone",
            )


def r02_ambitie_lager_dan_gekozen(answers: Any) -> Iterator[Finding]:
    """R02: the ambition of step 2 is lower than the highest rung chosen in step 4."""
    ambitie = as_code(step_answers(answers, COMFORTZONE).get("ambitie_hoogste_trede"))
    hoogste = hoogste_gekozen_trede(answers)
    if niveau(ambitie) and hoogste and niveau(ambitie) < niveau(hoogste):
        yield Finding(
            "R02",
            TIP,
            (COMFORTZONE, BELEIDSFASEN),
            f"Stap 2: uw ambitie gaat tot de trede {trede_label(ambitie)}, maar in stap 4 kiest u "
            f"ook {trede_label(hoogste)}. Pas de ambitie of de treden aan, zodat ze bij elkaar passen.",
            "ambitie_hoogste_trede",
        )


def r03_fase_zonder_instrument(answers: Any) -> Iterator[Finding]:
    """R03: a phase in which mantelzorgers take part has no instrument in step 5."""
    gedekt = {fase for row in instrument_rijen(answers) for fase in as_codes(row.get("fasen"))}
    for fase in betrokken_fasen(answers):
        if fase not in gedekt:
            yield Finding(
                "R03",
                FOUT,
                (INSTRUMENTEN, BELEIDSFASEN),
                f"Stap 5: voor de fase {fase_label(fase)} heeft u nog geen instrument gekozen. "
                "In stap 4 staat dat u mantelzorgers in die fase betrekt.",
                "instrumenten",
            )


def r04_instrument_past_niet_bij_trede(answers: Any) -> Iterator[Finding]:
    """R04: an instrument is used in a phase whose rung (step 4) it does not serve."""
    gekozen = betrokken_fasen(answers)
    for row in instrument_rijen(answers):
        treden = instrument_treden(row.get("instrument"))
        if treden is None:
            continue
        for fase in unique(as_codes(row.get("fasen"))):
            trede = gekozen.get(fase, "")
            if niveau(trede) and trede not in treden:
                yield Finding(
                    "R04",
                    WAARSCHUWING,
                    (INSTRUMENTEN, BELEIDSFASEN),
                    f"Stap 5: het instrument {instrument_name(row, title='in_brackets')} past niet bij de trede "
                    f"{trede_label(trede)} die u in stap 4 koos voor de fase {fase_label(fase)}. "
                    "Kies een ander instrument of pas de trede aan.",
                    "instrumenten",
                    row=_row_number(answers, INSTRUMENTEN, "instrumenten", row),
                )


def r05_instrument_in_fase_zonder_betrekken(answers: Any) -> Iterator[Finding]:
    """R05: an instrument is planned in a phase in which step 4 does not involve mantelzorgers."""
    fasen = fasen_per_code(answers)
    if not fasen:
        return
    for row in instrument_rijen(answers):
        for fase in unique(as_codes(row.get("fasen"))):
            fase_row = fasen.get(fase)
            if fase_row is None and not fase_volgorde(fase):
                continue
            if fase_row is None or as_bool(fase_row.get("betrekken")) is not True:
                yield Finding(
                    "R05",
                    WAARSCHUWING,
                    (INSTRUMENTEN, BELEIDSFASEN),
                    f"Stap 5: u zet {instrument_name(row, title='in_brackets')} in tijdens de fase {fase_label(fase)}. "
                    "Maar in stap 4 betrekt u mantelzorgers in die fase niet. "
                    "Pas de fase van het instrument aan, of zet de fase in stap 4 op 'ja'.",
                    "instrumenten",
                    row=_row_number(answers, INSTRUMENTEN, "instrumenten", row),
                )


def r06_capaciteit_te_krap(answers: Any) -> Iterator[Finding]:
    """R06: capacity or money of step 3 is too small for the rungs and instruments chosen."""
    stap3 = step_answers(answers, VOORWAARDEN)
    redenen: list[str] = []
    field = ""
    hoogste = hoogste_gekozen_trede(answers)
    score = _voorwaarde_score(answers, "capaciteit_en_middelen")
    if score is not None and score <= 2 and niveau(hoogste) >= NIVEAU_COPRODUCEREN:
        redenen.append(
            f"u kiest de trede {trede_label(hoogste)}, maar 'capaciteit en middelen' scoort "
            f"{dutch_number(score, decimals=1)}"
        )
        field = "voorwaarde_capaciteit_en_middelen_score"
    budget = as_number(stap3.get("budget_participatie"))
    kosten = kosten_instrumenten_totaal(answers)
    if budget is not None and kosten > budget:
        redenen.append(f"de instrumenten kosten {euro(kosten)} bij een budget van {euro(budget)}")
        field = field or "budget_participatie"
    uren_per_week = as_number(stap3.get("uren_per_week"))
    uren = uren_instrumenten_totaal(answers)
    weken = procesduur_weken(answers)
    if uren_per_week is not None and uren and weken:
        nodig = uren / weken
        if nodig > uren_per_week * 1.2:
            redenen.append(
                f"de instrumenten vragen gemiddeld {dutch_number(nodig, decimals=1)} uur per week, "
                f"terwijl er {dutch_number(uren_per_week, decimals=1)} uur per week is"
            )
            field = field or "uren_per_week"
    if redenen:
        yield Finding(
            "R06",
            WAARSCHUWING,
            (VOORWAARDEN, BELEIDSFASEN, INSTRUMENTEN),
            "Stap 3: de capaciteit en middelen zijn krap voor uw plannen: "
            + "; ".join(redenen)
            + ". Verlaag de ambitie, kies lichtere instrumenten of regel meer geld of uren.",
            field,
        )


def r07_mandaat_bij_meebeslissen(answers: Any) -> Iterator[Finding]:
    """R07: meebeslissen or zelfbeheer needs mandate and budget laid down by the bestuur."""
    hoog = [trede for trede in betrokken_fasen(answers).values() if trede in {"meebeslissen", "zelfbeheer"}]
    if not hoog:
        return
    stap7 = step_answers(answers, DRAAGVLAK)
    gaten: list[tuple[str, str]] = []
    if as_code(stap7.get("opdracht_type")) in {"ambtelijke_opdracht", "eigen_initiatief"}:
        gaten.append(("draagvlak", "opdracht_type"))
    if not as_text(stap7.get("mandaat_omschrijving")):
        gaten.append(("draagvlak", "mandaat_omschrijving"))
    if as_code(stap7.get("budget_vastgelegd")) == "nee":
        gaten.append(("draagvlak", "budget_vastgelegd"))
    budget = as_number(step_answers(answers, VOORWAARDEN).get("budget_participatie"))
    if budget is not None and budget == 0:
        gaten.append(("voorwaarden", "budget_participatie"))
    if not gaten:
        return
    eerste_stap, field = gaten[0]
    volgorde = (DRAAGVLAK, VOORWAARDEN, BELEIDSFASEN) if eerste_stap == DRAAGVLAK else (
        VOORWAARDEN, DRAAGVLAK, BELEIDSFASEN)
    treden = join_words(in_sentence(trede_label(t)) for t in unique(hoog))
    yield Finding(
        "R07",
        FOUT,
        volgorde,
        f"Stap 7: u kiest in stap 4 voor {treden}. Dan moeten het mandaat en het budget vooraf "
        "door het bestuur zijn vastgelegd (een besluit van college of raad, een beschreven mandaat "
        "en vastgelegd budget). Dat is nog niet zo.",
        field,
    )


def r08_openheid_laag(answers: Any) -> Iterator[Finding]:
    """R08: low openness while asking for advice or more: risk of schijnparticipatie."""
    score = _voorwaarde_score(answers, "openheid")
    hoogste = hoogste_gekozen_trede(answers)
    if score is not None and score <= 2 and niveau(hoogste) >= NIVEAU_ADVISEREN:
        yield Finding(
            "R08",
            WAARSCHUWING,
            (VOORWAARDEN, BELEIDSFASEN),
            f"Stap 3: de openheid scoort laag ({dutch_number(score, decimals=1)}), terwijl u in stap 4 mantelzorgers "
            f"laat {in_sentence(trede_label(hoogste))}. Dan lijkt het op meedoen, maar is er weinig echte "
            "invloed (schijnparticipatie). Vergroot de openheid of kies een lagere trede.",
            "voorwaarde_openheid_score",
        )


def r09_kaders_onduidelijk(answers: Any) -> Iterator[Finding]:
    """R09: the fixed frames (budget, law, fixed choices) are not clear in step 3."""
    stap3 = step_answers(answers, VOORWAARDEN)
    if not stap3:
        return
    score = _voorwaarde_score(answers, "duidelijkheid")
    laag = score is not None and score <= 2
    leeg = not as_text(stap3.get("vaste_kaders"))
    if laag or leeg:
        yield Finding(
            "R09",
            WAARSCHUWING,
            (VOORWAARDEN,),
            "Stap 3: maak de kaders helder voordat u deelnemers uitnodigt: het budget, de grenzen "
            "van de wet en de keuzes die al vastliggen.",
            "vaste_kaders" if leeg else "voorwaarde_duidelijkheid_score",
        )


def r10_voorwaarde_zonder_verbeteractie(answers: Any) -> Iterator[Finding]:
    """R10: a condition with a low score (1 or 2) has no improvement action."""
    stap3 = step_answers(answers, VOORWAARDEN)
    for code in VOORWAARDE_CODES:
        score = _voorwaarde_score(answers, code)
        if score is not None and score <= 2 and not as_text(stap3.get(f"voorwaarde_{code}_verbeteractie")):
            yield Finding(
                "R10",
                WAARSCHUWING,
                (VOORWAARDEN,),
                f"Stap 3: de voorwaarde {voorwaarde_label(code)} scoort laag ({dutch_number(score, decimals=1)}). "
                "Schrijf op wat u gaat doen om dit te verbeteren.",
                f"voorwaarde_{code}_verbeteractie",
            )


def r11_doelgroep_zonder_werving(answers: Any) -> Iterator[Finding]:
    """R11: a target group has no vindplaats or no row in the recruitment plan."""
    stap6 = step_answers(answers, DOELGROEPEN)
    vindplaats_groepen = {
        groep for row in _rows(DOELGROEPEN, "vindplaatsen", answers) for groep in as_codes(row.get("doelgroepen"))
    }
    geworven = {as_code(row.get("doelgroep")) for row in _rows(DOELGROEPEN, "wervingsplan", answers)}
    labels = {as_code(r.get("doelgroep")): doelgroep_label(r.get("doelgroep"), r) for r in table(stap6, "doelgroepen")}
    for groep in gekozen_doelgroepen(answers):
        geen_vindplaats = groep not in vindplaats_groepen and "alle" not in vindplaats_groepen
        geen_werving = groep not in geworven
        if geen_vindplaats or geen_werving:
            yield Finding(
                "R11",
                WAARSCHUWING,
                (DOELGROEPEN,),
                f"Stap 6: voor de groep {labels.get(groep) or doelgroep_label(groep)} is nog "
                + ("geen vindplaats en geen wervingsaanpak" if geen_vindplaats and geen_werving
                   else "geen vindplaats" if geen_vindplaats else "geen wervingsaanpak")
                + " gepland. "
                + ("Voeg een vindplaats toe die bij deze groep past." if geen_vindplaats and not geen_werving
                   else "Voeg een rij toe aan het wervingsplan."),
                "vindplaatsen" if geen_vindplaats and not geen_werving else "wervingsplan",
            )


def _werving_uiterlijk(werving: dict, answers: Any) -> _dt.date | None:
    """Latest sensible start of recruitment for the instrument of a recruitment row (R12).

    Moment-type instruments: 14 days before their start; period-type: 7 days before their end.
    With several step 5 rows of the same instrument the most lenient one counts, preferring rows
    aimed at the same group (or at ``alle``). ``None`` when it cannot be determined.
    """
    code = as_code(werving.get("instrument"))
    vorm_type = instrument_vorm_type(code)
    if not code or vorm_type not in {"moment", "periode"}:
        return None
    rows = [row for row in instrument_rijen(answers) if as_code(row.get("instrument")) == code]
    groep = as_code(werving.get("doelgroep"))
    passend = [row for row in rows if {groep, "alle"} & set(as_codes(row.get("doelgroepen")))]
    limits = []
    for row in passend or rows:
        if vorm_type == "moment":
            start = as_date(row.get("start"))
            if start:
                limits.append(start - _dt.timedelta(days=14))
        else:
            eind = as_date(row.get("eind"))
            if eind:
                limits.append(eind - _dt.timedelta(days=7))
    return max(limits) if limits else None


def r12_werving_te_laat_of_zonder_trekker(answers: Any) -> Iterator[Finding]:
    """R12: recruitment has no owner or start date, or starts too late for its instrument."""
    for row in _rows(DOELGROEPEN, "wervingsplan", answers):
        groep = doelgroep_label(row.get("doelgroep"), row) or "een groep"
        start = as_date(row.get("start_werving"))
        if not as_text(row.get("verantwoordelijke")) or start is None:
            mist = join_words(
                ([] if as_text(row.get("verantwoordelijke")) else ["trekker"])
                + ([] if start else ["startdatum"])
            )
            yield Finding(
                "R12",
                WAARSCHUWING,
                (DOELGROEPEN, INSTRUMENTEN),
                f"Stap 6: de werving voor {groep} heeft nog geen {mist}. "
                "Vul in wie de werving trekt en wanneer die start.",
                "wervingsplan",
                row=_row_number(answers, DOELGROEPEN, "wervingsplan", row),
            )
            continue
        uiterlijk = _werving_uiterlijk(row, answers)
        if uiterlijk is not None and start > uiterlijk:
            code = as_code(row.get("instrument"))
            uitleg = (
                "twee weken voor de start" if instrument_vorm_type(code) == "moment"
                else "een week voor het einde"
            )
            yield Finding(
                "R12",
                WAARSCHUWING,
                (DOELGROEPEN, INSTRUMENTEN),
                f"Stap 6: de werving voor {groep} start te laat, op {dutch_date(start)}. Begin uiterlijk "
                f"op {dutch_date(uiterlijk)}: {uitleg} van het instrument {instrument_label(code)} in stap 5.",
                "wervingsplan",
            )


def r13_focusgroep_niet_betrokken(answers: Any) -> Iterator[Finding]:
    """R13: a focus group of smal/gemengd beleid (step 1) is missing in the target groups of step 6."""
    visie = step_answers(answers, VISIE)
    if as_code(visie.get("breedte_beleid")) not in {"smal", "gemengd"}:
        return
    gekozen = set(gekozen_doelgroepen(answers))
    for groep in unique(as_codes(visie.get("smal_focus_doelgroepen"))):
        if groep != "alle" and groep not in gekozen:
            yield Finding(
                "R13",
                WAARSCHUWING,
                (DOELGROEPEN, VISIE),
                f"Stap 6: in stap 1 richt u uw beleid op {doelgroep_label(groep)}, maar u betrekt "
                "deze groep niet bij het maken van het beleid. Voeg de groep toe.",
                "doelgroepen",
            )


def r14_jonge_mantelzorgers_definitie(answers: Any) -> Iterator[Finding]:
    """R14: the scope of step 1 and the target groups of step 6 disagree on young carers."""
    visie = step_answers(answers, VISIE)
    if not visie:
        return
    ingesloten = "incl_jonge_mantelzorgers" in as_codes(visie.get("afbakening"))
    rijen = [row for row in table(step_answers(answers, DOELGROEPEN), "doelgroepen") if as_code(row.get("doelgroep"))]
    jonge = [row for row in rijen if as_code(row.get("doelgroep")) == "jonge_mantelzorgers"]
    if not ingesloten and jonge:
        yield Finding(
            "R14",
            WAARSCHUWING,
            (VISIE, DOELGROEPEN),
            "Stap 1: uw definitie telt jonge mantelzorgers niet mee, maar in stap 6 wilt u ze wel "
            "betrekken. Neem ze op in de afbakening, of haal ze weg bij de doelgroepen.",
            "afbakening",
        )
        return
    if ingesloten and rijen:
        prioriteiten = [as_number(row.get("prioriteit")) for row in rijen]
        top = max((p for p in prioriteiten if p is not None), default=None)
        jonge_top = any(
            top is not None and as_number(row.get("prioriteit")) == top for row in jonge
        ) or (top is None and bool(jonge))
        if not jonge_top:
            yield Finding(
                "R14",
                TIP,
                (DOELGROEPEN, VISIE),
                "Stap 6: uw definitie in stap 1 telt jonge mantelzorgers mee, maar ze staan niet "
                "bij de groepen met de hoogste prioriteit. Kijk of dat klopt.",
                "doelgroepen",
            )


def r15_doel_zonder_indicator(answers: Any) -> Iterator[Finding]:
    """R15: a goal of step 1 has no indicator in step 8."""
    gemeten = {
        code for row in _rows(EVALUATIE, "indicatoren", answers) for code in as_codes(row.get("doel"))
    }
    for code in unique(doel_codes(answers)):
        if code not in gemeten:
            yield Finding(
                "R15",
                WAARSCHUWING,
                (EVALUATIE, VISIE),
                f"Stap 8: doel {code} uit stap 1 heeft nog geen indicator. "
                "Voeg een indicator toe, zodat u kunt meten of u het doel haalt.",
                "indicatoren",
            )


def r16_indicator_los_of_zonder_streefwaarde(answers: Any) -> Iterator[Finding]:
    """R16: an indicator is not linked to an existing goal or has no target value."""
    has_goals = bool(doel_codes(answers))
    bestaande = set(doel_codes(answers))
    for row in _rows(EVALUATIE, "indicatoren", answers):
        naam = as_text(row.get("indicator")) or "zonder naam"
        doelen = as_codes(row.get("doel"))
        los = as_code(row.get("soort")) != "proces" and (
            not doelen or (has_goals and not set(doelen) <= bestaande)
        )
        geen_streefwaarde = not as_text(row.get("streefwaarde"))
        if los or geen_streefwaarde:
            wat = join_words(
                (["is niet (meer) gekoppeld aan een doel uit stap 1"] if los else [])
                + (["heeft geen streefwaarde"] if geen_streefwaarde else [])
            )
            yield Finding(
                "R16",
                TIP,
                (EVALUATIE,),
                f"Stap 8: de indicator '{naam}' {wat}.",
                "indicatoren",
            )


def r17_evaluatie_zonder_deelnemers(answers: Any) -> Iterator[Finding]:
    """R17: mantelzorgers take part in the evaluation phase but no evaluation moment includes them."""
    if "evaluatie" not in betrokken_fasen(answers):
        return
    if any(as_bool(row.get("met_deelnemers")) is True for row in _rows(EVALUATIE, "evaluatiemomenten", answers)):
        return
    yield Finding(
        "R17",
        FOUT,
        (EVALUATIE, BELEIDSFASEN),
        "Stap 8: in stap 4 betrekt u mantelzorgers bij de evaluatie, maar er is nog geen "
        "evaluatiemoment met deelnemers gepland.",
        "evaluatiemomenten",
    )


def r18_evaluatiemoment_te_vroeg(answers: Any) -> Iterator[Finding]:
    """R18: an end-of-process or end-of-period evaluation lies before there is anything to evaluate."""
    fasen = fasen_per_code(answers)
    betrokken = betrokken_fasen(answers)
    # End of the participation process: the end of vaststelling verordening, or of the last
    # phase with participation before uitvoering, whichever is later.
    einden = [as_date(fasen.get("vaststelling_verordening", {}).get("eind"))]
    einden += [
        as_date(fasen[fase].get("eind"))
        for fase in betrokken
        if fase not in {"uitvoering", "evaluatie"}
    ]
    einden = [d for d in einden if d]
    proces_eind = max(einden) if einden else None
    uitvoering_start = as_date(fasen.get("uitvoering", {}).get("start"))
    for row in _rows(EVALUATIE, "evaluatiemomenten", answers):
        datum = as_date(row.get("datum"))
        if datum is None:
            continue
        soort = as_code(row.get("type"))
        naam = as_text(row.get("moment")) or option_label("EVALUATIEMOMENT_TYPES", soort)
        if soort == "eind_proces" and proces_eind and datum < proces_eind:
            reden = f"het participatietraject loopt in stap 4 tot {dutch_date(proces_eind)}"
        elif soort == "eind_beleidsperiode" and uitvoering_start and datum < _een_jaar_na(uitvoering_start):
            reden = (
                f"de uitvoering begint op {dutch_date(uitvoering_start)}; plan dit moment minstens "
                "een jaar later"
            )
        else:
            continue
        yield Finding(
            "R18",
            WAARSCHUWING,
            (EVALUATIE, BELEIDSFASEN),
            f"Stap 8: het evaluatiemoment '{naam}' ({dutch_date(datum)}) ligt te vroeg: {reden}. "
            "Er is dan nog te weinig gedaan om te evalueren.",
            "evaluatiemomenten",
        )


def _een_jaar_na(day: _dt.date) -> _dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def r19_planning_klopt_niet(answers: Any) -> Iterator[Finding]:
    """R19: phase dates of step 4 are out of order, or the raad decides before the input is in."""
    fasen = fasen_per_code(answers)
    for fase in sorted(fasen, key=lambda code: fase_volgorde(code) or 99):
        start, eind = as_date(fasen[fase].get("start")), as_date(fasen[fase].get("eind"))
        if start and eind and start > eind:
            yield Finding(
                "R19",
                WAARSCHUWING,
                (BELEIDSFASEN,),
                f"Stap 4: de planning klopt niet. De fase {fase_label(fase)} eindigt op "
                f"{dutch_date(eind)}, vóór de startdatum ({dutch_date(start)}).",
                "fasen",
            )
    eind_plan = as_date(fasen.get("opstellen_beleidsplan", {}).get("eind"))
    start_vaststelling = as_date(fasen.get("vaststelling_verordening", {}).get("start"))
    if eind_plan and start_vaststelling and eind_plan > start_vaststelling:
        yield Finding(
            "R19",
            WAARSCHUWING,
            (BELEIDSFASEN,),
            f"Stap 4: de planning klopt niet. De fase {fase_label('opstellen_beleidsplan')} eindigt op "
            f"{dutch_date(eind_plan)}, na de start van de fase {fase_label('vaststelling_verordening')} "
            f"({dutch_date(start_vaststelling)}).",
            "fasen",
        )
    # A raad decision needs the input of the phases up to the concept plan.
    betrokken = betrokken_fasen(answers)
    inbreng_einden = [
        (as_date(fasen[fase].get("eind")), fase)
        for fase in betrokken
        if 1 <= fase_volgorde(fase) <= fase_volgorde("opstellen_beleidsplan")
    ]
    inbreng_einden = [(d, f) for d, f in inbreng_einden if d]
    if not inbreng_einden:
        return
    laatste, laatste_fase = max(inbreng_einden)
    for row in _rows(BELEIDSFASEN, "beslismomenten", answers):
        datum = as_date(row.get("datum"))
        if as_code(row.get("orgaan")) == "raad" and datum and datum < laatste:
            naam = as_text(row.get("omschrijving")) or "Het raadsbesluit"
            yield Finding(
                "R19",
                WAARSCHUWING,
                (BELEIDSFASEN,),
                f"Stap 4: de planning klopt niet. '{naam}' ({dutch_date(datum)}) valt vóór het einde "
                f"van de fase {fase_label(laatste_fase)} ({dutch_date(laatste)}). De raad besluit dan "
                "voordat de inbreng van mantelzorgers binnen is.",
                "beslismomenten",
            )


def r20_trede_zonder_risico(answers: Any) -> Iterator[Finding]:
    """R20: a rung used in step 4 has no risk in step 2, or a high risk has no measure."""
    risicos = _rows(COMFORTZONE, "risicos", answers)
    met_risico = {as_code(row.get("trede")) for row in risicos}
    for trede in unique(t for t in betrokken_fasen(answers).values() if niveau(t)):
        if trede not in met_risico:
            yield Finding(
                "R20",
                WAARSCHUWING,
                (COMFORTZONE, BELEIDSFASEN),
                f"Stap 2: voor de trede {trede_label(trede)} (gekozen in stap 4) heeft u nog geen "
                "risico's benoemd. Kies de risico's die bij deze trede horen.",
                "risicos",
            )
    for row in risicos:
        score = risicoscore(row)
        if score is not None and score >= 4 and not (
            as_code(row.get("maatregel")) or as_text(row.get("maatregel_toelichting"))
        ):
            trede = as_code(row.get("trede"))
            bij = "alle treden" if trede == "alle" else f"trede {trede_label(trede)}"
            yield Finding(
                "R20",
                WAARSCHUWING,
                (COMFORTZONE,),
                f"Stap 2: het risico '{risico_label(row.get('risico'), row)}' ({bij}) scoort "
                f"{dutch_number(score, decimals=1)}, maar heeft nog geen beheersmaatregel.",
                "risicos",
            )


def r21_adviesraad_zonder_plek(answers: Any) -> Iterator[Finding]:
    """R21: the adviesraad has no role in step 3, no advice instrument and is no stakeholder."""
    if as_code(step_answers(answers, VOORWAARDEN).get("rol_adviesraad")) != "geen":
        return
    if any(as_code(row.get("instrument")) == "adviesraad_advies" for row in instrument_rijen(answers)):
        return
    if any(as_code(row.get("stakeholder")) == "adviesraad" for row in _rows(DRAAGVLAK, "stakeholders", answers)):
        return
    yield Finding(
        "R21",
        WAARSCHUWING,
        (VOORWAARDEN, INSTRUMENTEN, DRAAGVLAK),
        "Stap 3: de adviesraad sociaal domein (Wmo-raad) heeft volgens de wet een rol bij advies. "
        "Geef de adviesraad een plek in het proces, bijvoorbeeld met een advies (stap 5) of als "
        "partij in stap 7.",
        "rol_adviesraad",
    )


def r22_geen_terugkoppeling(answers: Any) -> Iterator[Finding]:
    """R22: no feedback to participants is planned (step 7), or instruments without feedback."""
    if _max_niveau(answers) >= NIVEAU_RAADPLEGEN and not any(
        as_code(row.get("type")) == "terugkoppeling" for row in _rows(DRAAGVLAK, "communicatie", answers)
    ):
        yield Finding(
            "R22",
            WAARSCHUWING,
            (DRAAGVLAK, BELEIDSFASEN, INSTRUMENTEN),
            "Stap 7: laat deelnemers zien wat er met hun inbreng gebeurt. Plan in het "
            "communicatieplan een terugkoppeling aan deelnemers ('u zei – wij deden').",
            "communicatie",
        )
    zonder = [
        instrument_name(row, title="in_brackets")
        for row in instrument_rijen(answers)
        if as_bool(row.get("terugkoppeling_gepland")) is False
        and (niveau(row.get("trede")) >= NIVEAU_RAADPLEGEN or not niveau(row.get("trede")))
    ]
    if zonder:
        yield Finding(
            "R22",
            WAARSCHUWING,
            (INSTRUMENTEN, DRAAGVLAK),
            f"Stap 5: bij {join_words(unique(zonder))} is geen terugkoppeling gepland. "
            "Laat deelnemers weten wat er met hun inbreng gebeurt.",
            "instrumenten",
        )


def r23_alleen_schriftelijk_voor_kwetsbare_groep(answers: Any) -> Iterator[Finding]:
    """R23: a group that needs personal contact is only reached with written/online instruments."""
    rows = instrument_rijen(answers)
    for groep in gekozen_doelgroepen(answers):
        if groep not in GROEPEN_NIET_ALLEEN_SCHRIFTELIJK:
            continue
        gekoppeld = [row for row in rows if {groep, "alle"} & set(as_codes(row.get("doelgroepen")))]
        soorten = [instrument_alleen_schriftelijk_of_online(row.get("instrument")) for row in gekoppeld]
        if soorten and all(soort is True for soort in soorten):
            yield Finding(
                "R23",
                WAARSCHUWING,
                (INSTRUMENTEN, DOELGROEPEN),
                f"Stap 5: voor {doelgroep_label(groep)} kiest u alleen schriftelijke of online "
                "instrumenten. Voeg een persoonlijke vorm toe of een vorm waarbij u naar mensen "
                "toe gaat.",
                "instrumenten",
            )


def r24_geen_vervangende_zorg(answers: Any) -> Iterator[Finding]:
    """R24: intensive carers are invited but replacement care is not arranged in step 3."""
    groepen = [groep for groep in gekozen_doelgroepen(answers) if groep in GROEPEN_INTENSIEF]
    if not groepen:
        return
    if "vervangende_zorg" in as_codes(step_answers(answers, VOORWAARDEN).get("faciliteiten_deelnemers")):
        return
    yield Finding(
        "R24",
        WAARSCHUWING,
        (VOORWAARDEN, DOELGROEPEN),
        f"Stap 3: u wilt {join_words(in_sentence(doelgroep_label(g)) for g in groepen)} betrekken. "
        "Zij kunnen vaak alleen meedoen als iemand de zorg even overneemt. Regel vervangende zorg.",
        "faciliteiten_deelnemers",
    )


def _is_gemeente(trekker: str, answers: Any) -> bool:
    """Does a free-text trekker name the municipality (or a member of the internal core team)?"""
    text = trekker.lower()
    if any(word in text for word in _GEMEENTE_WOORDEN):
        return True
    stap7 = step_answers(answers, DRAAGVLAK)
    namen = [as_text(row.get("naam")).lower() for row in table(stap7, "kernteam")]
    namen.append(as_text(stap7.get("bestuurlijk_opdrachtgever")).lower())
    return any(len(naam) >= 3 and (naam in text or text in naam) for naam in namen if naam)


def r25_sturing_past_niet_bij_aanpak(answers: Any) -> Iterator[Finding]:
    """R25: the chosen steering role of step 1 does not match the approach in steps 4 and 7."""
    sturing = as_code(step_answers(answers, VISIE).get("sturing"))
    label = in_sentence(option_label("STURING", sturing))
    if sturing == "regisseur_op_afstand":
        trekkers = [as_text(row.get("wie_trekker")) for row in _rows(DRAAGVLAK, "acties", answers)]
        if trekkers and all(t and _is_gemeente(t, answers) for t in trekkers):
            yield Finding(
                "R25",
                TIP,
                (VISIE, DRAAGVLAK),
                f"Stap 1: u kiest de rol {label}, maar in stap 7 trekt de gemeente zelf alle "
                "acties. Controleer of uw rolkeuze en uw aanpak bij elkaar passen: laat partners "
                "of mantelzorgers ook acties trekken.",
                "sturing",
            )
    elif sturing == "dirigent":
        hoog = [fase for fase, trede in betrokken_fasen(answers).items() if niveau(trede) >= NIVEAU_COPRODUCEREN]
        if len(hoog) >= 2:
            yield Finding(
                "R25",
                TIP,
                (VISIE, BELEIDSFASEN, COMFORTZONE),
                f"Stap 1: u kiest de rol {label}, maar in stap 4 kiest u in {len(hoog)} fasen "
                f"coproduceren of hoger ({join_words(in_sentence(fase_label(f)) for f in hoog)}). "
                "Een dirigent voelt zich meestal prettig op informeren tot adviseren. "
                "Controleer of uw rolkeuze en uw aanpak bij elkaar passen.",
                "sturing",
            )


def r26_ambitie_boven_comfortzone_bij_zwakke_voorwaarden(answers: Any) -> Iterator[Finding]:
    """R26: the ambition lies above the comfort zone while the conditions are weak on average."""
    ambitie = as_code(step_answers(answers, COMFORTZONE).get("ambitie_hoogste_trede"))
    comfortzone = comfortzone_hoogste_trede(answers)
    gemiddelde = voorwaarden_gemiddelde(answers)
    if comfortzone and niveau(ambitie) > niveau(comfortzone) and gemiddelde is not None and gemiddelde < 3:
        yield Finding(
            "R26",
            TIP,
            (COMFORTZONE, VOORWAARDEN),
            f"Stap 2: u wilt tot {in_sentence(trede_label(ambitie))} gaan, boven uw comfortzone "
            f"({in_sentence(trede_label(comfortzone))}). Maar de voorwaarden in stap 3 zijn gemiddeld "
            f"onvoldoende ({dutch_number(gemiddelde, decimals=1)}). Verbeter eerst de voorwaarden of kies een "
            "lagere ambitie.",
            "ambitie_hoogste_trede",
        )


def r27_geen_tevredenheidsmeting(answers: Any) -> Iterator[Finding]:
    """R27: the satisfaction of participants is not measured."""
    if as_code(step_answers(answers, EVALUATIE).get("tevredenheid_meting")) == "niet":
        yield Finding(
            "R27",
            TIP,
            (EVALUATIE,),
            "Stap 8: u meet niet hoe tevreden deelnemers zijn. Dat is een belangrijke vraag bij "
            "de evaluatie. Een korte vragenlijst na elke bijeenkomst is al genoeg.",
            "tevredenheid_meting",
        )


def r28_invloedrijke_criticus_zonder_actie(answers: Any) -> Iterator[Finding]:
    """R28: an influential stakeholder with a critical or unknown attitude has no action."""
    for row in _rows(DRAAGVLAK, "stakeholders", answers):
        invloed = as_number(row.get("invloed"))
        houding = as_code(row.get("houding"))
        if invloed is not None and invloed >= 4 and houding in {"kritisch", "onbekend"} and not as_text(row.get("actie")):
            naam = stakeholder_label(row.get("stakeholder"), row) or "Een partij"
            yield Finding(
                "R28",
                WAARSCHUWING,
                (DRAAGVLAK,),
                f"Stap 7: {naam} heeft veel invloed en een "
                f"{'kritische' if houding == 'kritisch' else 'onbekende'} houding. "
                "Plan een actie voor deze partij.",
                "stakeholders",
            )


def r29_actie_onvolledig(answers: Any) -> Iterator[Finding]:
    """R29: an action has no trekker, no start date or no resources; or, once Beleid 2 has budget
    rows, the participation costs (instruments of step 5 and actions of step 7) in the budget's
    years are above the whole budget of those years (steps.money)."""
    for row in _rows(DRAAGVLAK, "acties", answers):
        mist = []
        if not as_text(row.get("wie_trekker")):
            mist.append("een trekker")
        if as_date(row.get("start")) is None:
            mist.append("een startdatum")
        if as_number(row.get("middelen_euro")) is None and as_number(row.get("middelen_uren")) is None:
            mist.append("middelen (geld of uren)")
        if mist:
            naam = as_text(row.get("actie"))
            wie = f"de actie '{naam}'" if naam else "een actie zonder naam"
            yield Finding(
                "R29",
                WAARSCHUWING,
                (DRAAGVLAK,),
                f"Stap 7: {wie} mist {join_words(mist)}.",
                "acties",
            )
    geld = money.overview(answers)
    if geld.has_budget:
        jaren = money.budget_years(answers)
        kosten = sum(geld.costs(jaar, (money.INSTRUMENT, money.ACTIE)) for jaar in jaren)
        budget = sum(geld.budget(jaar) for jaar in jaren)
        if kosten > budget:
            periode = f"{jaren[0]}" if len(jaren) == 1 else f"{jaren[0]} tot en met {jaren[-1]}"
            yield Finding(
                "R29",
                WAARSCHUWING,
                (DRAAGVLAK, INSTRUMENTEN, "financien"),
                f"Stap 7: de acties en de instrumenten van stap 5 kosten in {periode} samen "
                f"{euro(money.plain(kosten))}. Dat is meer dan het hele budget voor die jaren in Beleid 2 "
                f"({euro(money.plain(budget))}). Verlaag de middelen van de acties of vul het budget aan.",
                "acties",
            )


def r30_prioriteit_zonder_actie(answers: Any) -> Iterator[Finding]:
    """R30: a V-gebied with high priority in step 1 has no action in step 7."""
    visie = step_answers(answers, VISIE)
    met_actie = {as_code(row.get("v_gebied")) for row in _rows(DRAAGVLAK, "acties", answers)}
    for v_gebied in V_GEBIED_CODES:
        prioriteit = as_number(visie.get(f"prioriteit_{v_gebied}"))
        if prioriteit is not None and prioriteit >= 4 and v_gebied not in met_actie:
            yield Finding(
                "R30",
                TIP,
                (DRAAGVLAK, VISIE),
                f"Stap 7: u geeft het V-gebied {option_label('V_GEBIEDEN', v_gebied)} in stap 1 een hoge "
                f"prioriteit ({dutch_number(prioriteit, decimals=1)}), maar er is nog geen actie voor.",
                "acties",
            )


def r31_scenario_niet_overwogen(answers: Any) -> Iterator[Finding]:
    """R31: the chosen follow-up scenario is not among the (at least two) considered ones."""
    stap8 = step_answers(answers, EVALUATIE)
    gekozen = as_code(stap8.get("scenario_gekozen"))
    overwogen = unique(as_codes(stap8.get("scenarios_overwogen")))
    if not gekozen and not overwogen:
        return
    if (gekozen and gekozen not in overwogen) or (overwogen and len(overwogen) < 2) or (gekozen and len(overwogen) < 2):
        yield Finding(
            "R31",
            FOUT,
            (EVALUATIE,),
            "Stap 8: kies het vervolgscenario uit de scenario's die u heeft overwogen. "
            "Overweeg er minstens twee.",
            "scenario_gekozen" if len(overwogen) >= 2 else "scenarios_overwogen",
        )


def r32_trede_omhoog_bij_zwakke_voorwaarden(answers: Any) -> Iterator[Finding]:
    """R32: more influence (trede omhoog) is chosen while the conditions are weak on average."""
    gekozen = as_code(step_answers(answers, EVALUATIE).get("scenario_gekozen"))
    gemiddelde = voorwaarden_gemiddelde(answers)
    if gekozen == "trede_omhoog" and gemiddelde is not None and gemiddelde < 3:
        yield Finding(
            "R32",
            TIP,
            (EVALUATIE, VOORWAARDEN),
            "Stap 8: meer invloed geven vraagt eerst betere voorwaarden. De gemiddelde score in "
            f"stap 3 is {dutch_number(gemiddelde, decimals=1)}; dat is minder dan voldoende (3).",
            "scenario_gekozen",
        )


def r33_privacy_jonge_mantelzorgers(answers: Any) -> Iterator[Finding]:
    """R33: young carers are a target group but privacy and consent are not described."""
    if "jonge_mantelzorgers" not in gekozen_doelgroepen(answers):
        return
    if as_text(step_answers(answers, DOELGROEPEN).get("privacy_afspraken")):
        return
    yield Finding(
        "R33",
        FOUT,
        (DOELGROEPEN,),
        "Stap 6: u wilt jonge mantelzorgers betrekken. Beschrijf hoe u toestemming (van ouders, "
        "bij jongeren onder 16) en privacy regelt.",
        "privacy_afspraken",
    )


def r34_alleen_aan_het_eind(answers: Any) -> Iterator[Finding]:
    """R34: mantelzorgers are only involved at the end (concept plan and/or verordening)."""
    fasen = set(betrokken_fasen(answers))
    if fasen and fasen <= {"opstellen_beleidsplan", "vaststelling_verordening"}:
        yield Finding(
            "R34",
            TIP,
            (BELEIDSFASEN,),
            "Stap 4: u betrekt mantelzorgers alleen aan het eind. Als u ze vroeg betrekt, bij de "
            "inventarisatie en de visievorming, levert dat meer op.",
            "fasen",
        )


# ---------------------------------------------------------------------------
# R35–R40: answers compared with each other that the step forms used to refuse. Since
# validation has three kinds (domain.md 0.1), a comparison of two answers never blocks a save;
# these rules report what the forms refused before. An end date before a start date is such a
# comparison (not a format error: each date on its own exists).
# ---------------------------------------------------------------------------

_DATUM_PAREN = (
    (INSTRUMENTEN, "instrumenten", "start", "eind", "instrument"),
    (DOELGROEPEN, "wervingsplan", "start_werving", "deadline", "werving"),
    (DRAAGVLAK, "acties", "start", "eind", "actie"),
)


def _rij_naam(slug: str, row: dict) -> str:
    if slug == INSTRUMENTEN:
        return instrument_label(row.get("instrument"), row) or "zonder naam"
    if slug == DOELGROEPEN:
        return f"voor {doelgroep_label(row.get('doelgroep'), row) or 'een groep'}"
    return as_text(row.get("actie")) or "zonder naam"


def r35_einde_voor_begin(answers: Any) -> Iterator[Finding]:
    """R35: a period that ends before it starts (step 1's beleidsperiode, rows of steps 5, 6 and 7).

    Step 4's phases have R19.
    """
    stap1 = step_answers(answers, VISIE)
    start, eind = as_number(stap1.get("beleidsperiode_start")), as_number(stap1.get("beleidsperiode_eind"))
    if start is not None and eind is not None and eind < start:
        yield Finding(
            "R35",
            WAARSCHUWING,
            (VISIE,),
            f"Stap 1: de beleidsperiode eindigt in {int(eind)}, vóór het eerste jaar ({int(start)}).",
            "beleidsperiode_eind",
        )
    for slug, field, begin, einde, soort in _DATUM_PAREN:
        nummer = {INSTRUMENTEN: 5, DOELGROEPEN: 6, DRAAGVLAK: 7}[slug]
        for row in _rows(slug, field, answers):
            van, tot = as_date(row.get(begin)), as_date(row.get(einde))
            if van and tot and tot < van:
                yield Finding(
                    "R35",
                    WAARSCHUWING,
                    (slug,),
                    f"Stap {nummer}: de {'deadline' if soort == 'werving' else 'einddatum'} van de {soort} "
                    f"{_rij_naam(slug, row)} ({dutch_date(tot)}) ligt vóór de start ({dutch_date(van)}).",
                    field,
                    row=_row_number(answers, slug, field, row),
                )


def r36_aantallen_kloppen_niet(answers: Any) -> Iterator[Finding]:
    """R36: step 1's numbers contradict each other (more carers than inhabitants, and so on)."""
    stap1 = step_answers(answers, VISIE)
    inwoners = as_number(stap1.get("aantal_inwoners"))
    totaal = as_number(stap1.get("aantal_mantelzorgers_geschat"))
    checks = [
        ("aantal_mantelzorgers_geschat", totaal, inwoners, "Het geschatte aantal mantelzorgers",
         "het aantal inwoners"),
        ("aantal_jonge_mantelzorgers", as_number(stap1.get("aantal_jonge_mantelzorgers")), inwoners,
         "Het aantal jonge mantelzorgers", "het aantal inwoners"),
        ("aantal_intensief", as_number(stap1.get("aantal_intensief")), totaal,
         "Het aantal mantelzorgers dat langdurig en intensief zorgt", "het totale aantal mantelzorgers"),
        ("aantal_zwaarbelast", as_number(stap1.get("aantal_zwaarbelast")), totaal,
         "Het aantal zwaarbelaste mantelzorgers", "het totale aantal mantelzorgers"),
    ]
    for field, deel, geheel, wat, dan in checks:
        if deel is not None and geheel is not None and deel > geheel:
            yield Finding(
                "R36",
                WAARSCHUWING,
                (VISIE,),
                f"Stap 1: {in_sentence(wat)} ({dutch_number(deel)}) is groter dan {dan} "
                f"({dutch_number(geheel)}). Controleer de cijfers.",
                field,
            )


def r37_afbakening_tegenstrijdig(answers: Any) -> Iterator[Finding]:
    """R37: the afbakening holds 'alleen intensieve' and 'kortdurende of lichte hulp' at once."""
    afbakening = as_codes(step_answers(answers, VISIE).get("afbakening"))
    if "alleen_intensief" in afbakening and "incl_kortdurend" in afbakening:
        yield Finding(
            "R37",
            WAARSCHUWING,
            (VISIE,),
            "Stap 1: u kiest bij de afbakening 'alleen langdurige en intensieve mantelzorg' én "
            "'kortdurende of lichte hulp'. Kies één van de twee.",
            "afbakening",
        )


def r38_ladder_en_risicos(answers: Any) -> Iterator[Finding]:
    """R38: zelfbeheer chosen on the five-rung ladder, or a risk placed under another rung than its own."""
    stap2 = step_answers(answers, COMFORTZONE)
    if as_code(stap2.get("ladder_variant")) == "vijf_treden":
        plekken = []
        if as_code(stap2.get("ambitie_hoogste_trede")) == "zelfbeheer":
            plekken.append("uw ambitie")
        if any(as_code(row.get("hoogste_trede")) == "zelfbeheer" for row in _rows(COMFORTZONE, "comfortzone_actoren", answers)):
            plekken.append("de comfortzone per actor")
        if any(as_code(row.get("trede")) == "zelfbeheer" for row in _rows(COMFORTZONE, "risicos", answers)):
            plekken.append("de risico's")
        if plekken:
            yield Finding(
                "R38",
                WAARSCHUWING,
                (COMFORTZONE,),
                f"Stap 2: u kiest de ladder met vijf treden, maar noemt zelfbeheer bij {join_words(plekken)}. "
                "Kies een andere trede, of de ladder met zes treden.",
                "ladder_variant",
            )
    catalogus = {risico.code: risico for risico in RISICO_CATALOGUS}
    for row in _rows(COMFORTZONE, "risicos", answers):
        risico, trede = catalogus.get(as_code(row.get("risico"))), as_code(row.get("trede"))
        if risico and trede and risico.trede not in ("alle", trede):
            yield Finding(
                "R38",
                WAARSCHUWING,
                (COMFORTZONE,),
                f"Stap 2: het risico '{risico.label}' hoort bij de trede {trede_label(risico.trede)}, "
                f"maar staat bij {trede_label(trede) or 'een andere trede'}. Kies die trede of een ander risico.",
                "risicos",
            )


def r39_doelgroepen_en_vindplaatsen_los(answers: Any) -> Iterator[Finding]:
    """R39: step 6's tables do not fit together: a group twice, or a group or vindplaats used in
    a later table that is not in the table of groups or vindplaatsen."""
    groepen_rijen = _rows(DOELGROEPEN, "doelgroepen", answers)
    gezien, dubbel = set(), []
    for row in groepen_rijen:
        code = as_code(row.get("doelgroep"))
        if code and code != "eigen" and code in gezien and code not in dubbel:
            dubbel.append(code)
        gezien.add(code)
    for code in dubbel:
        yield Finding("R39", WAARSCHUWING, (DOELGROEPEN,),
                      f"Stap 6: de groep {doelgroep_label(code)} staat twee keer in de tabel met groepen. "
                      "Zet elke groep er één keer in.", "doelgroepen")
    plekken = {as_code(row.get("vindplaats")) for row in _rows(DOELGROEPEN, "vindplaatsen", answers)}
    los_groepen = []
    for row in _rows(DOELGROEPEN, "vindplaatsen", answers):
        los_groepen += [code for code in as_codes(row.get("doelgroepen")) if code != "alle" and code not in gezien]
    for row in _rows(DOELGROEPEN, "wervingsplan", answers):
        code = as_code(row.get("doelgroep"))
        if code and code not in gezien:
            los_groepen.append(code)
    for code in unique(los_groepen):
        yield Finding("R39", WAARSCHUWING, (DOELGROEPEN,),
                      f"Stap 6: de groep {doelgroep_label(code)} staat bij de vindplaatsen of in het "
                      "wervingsplan, maar niet in de tabel met groepen. Voeg de groep daar toe, of kies een "
                      "andere groep.", "doelgroepen")
    los_plekken = [as_code(row.get("vindplaats")) for row in _rows(DOELGROEPEN, "wervingsplan", answers)
                   if as_code(row.get("vindplaats")) and as_code(row.get("vindplaats")) not in plekken]
    for code in unique(los_plekken):
        yield Finding("R39", WAARSCHUWING, (DOELGROEPEN,),
                      f"Stap 6: de vindplaats {vindplaats_label(code)} staat in het wervingsplan, maar niet "
                      "in de tabel met vindplaatsen. Voeg hem daar toe, of kies een andere vindplaats.",
                      "wervingsplan")


def r40_tevredenheid_zonder_meting(answers: Any) -> Iterator[Finding]:
    """R40: a satisfaction score is filled in while satisfaction is not measured."""
    stap8 = step_answers(answers, EVALUATIE)
    if as_code(stap8.get("tevredenheid_meting")) == "niet" and as_number(stap8.get("tevredenheid_score")) is not None:
        yield Finding(
            "R40",
            TIP,
            (EVALUATIE,),
            "Stap 8: u meet de tevredenheid niet, maar vult wel een cijfer in. Kies hoe u meet, of "
            "maak het cijfer leeg.",
            "tevredenheid_score",
        )


RULES = (
    r01_trede_boven_comfortzone,
    r02_ambitie_lager_dan_gekozen,
    r03_fase_zonder_instrument,
    r04_instrument_past_niet_bij_trede,
    r05_instrument_in_fase_zonder_betrekken,
    r06_capaciteit_te_krap,
    r07_mandaat_bij_meebeslissen,
    r08_openheid_laag,
    r09_kaders_onduidelijk,
    r10_voorwaarde_zonder_verbeteractie,
    r11_doelgroep_zonder_werving,
    r12_werving_te_laat_of_zonder_trekker,
    r13_focusgroep_niet_betrokken,
    r14_jonge_mantelzorgers_definitie,
    r15_doel_zonder_indicator,
    r16_indicator_los_of_zonder_streefwaarde,
    r17_evaluatie_zonder_deelnemers,
    r18_evaluatiemoment_te_vroeg,
    r19_planning_klopt_niet,
    r20_trede_zonder_risico,
    r21_adviesraad_zonder_plek,
    r22_geen_terugkoppeling,
    r23_alleen_schriftelijk_voor_kwetsbare_groep,
    r24_geen_vervangende_zorg,
    r25_sturing_past_niet_bij_aanpak,
    r26_ambitie_boven_comfortzone_bij_zwakke_voorwaarden,
    r27_geen_tevredenheidsmeting,
    r28_invloedrijke_criticus_zonder_actie,
    r29_actie_onvolledig,
    r30_prioriteit_zonder_actie,
    r31_scenario_niet_overwogen,
    r32_trede_omhoog_bij_zwakke_voorwaarden,
    r33_privacy_jonge_mantelzorgers,
    r34_alleen_aan_het_eind,
    r35_einde_voor_begin,
    r36_aantallen_kloppen_niet,
    r37_afbakening_tegenstrijdig,
    r38_ladder_en_risicos,
    r39_doelgroepen_en_vindplaatsen_los,
    r40_tevredenheid_zonder_meting,
)
