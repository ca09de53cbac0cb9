"""Derived values: pure functions over a plan's answers (see the contract in ``steps/__init__``).

Used by the advisor rules, by the forms (read-only "derived" fields) and by the generated plan.
Every function here accepts whatever it is given: a missing step, a missing field or a value of
the wrong type never raises; the function then returns ``None`` (or an empty result).

The module has three parts:

1. *Reading answers safely*: ``step_answers``, ``table``, ``as_text``, ``as_code``,
   ``as_codes``, ``as_number``, ``as_date``, ``as_bool``, ``is_blank``.
2. *Catalogue accessors*: the only place where this module and the advisor read
   ``steps.catalogs``. A renamed catalogue attribute is a one-line fix here.
3. *Derived values* from domain.md: comfort zone, chosen rungs, condition scores, the typetest
   quadrant, stakeholder strategy, risk score, instrument costs and reach.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from steps.catalogs import doelgroepen, fasen, instruments, ladder, options
from steps.catalogs import risks, stakeholders, vindplaatsen, voorwaarden

# ---------------------------------------------------------------------------
# 1. Reading answers safely
# ---------------------------------------------------------------------------


def step_answers(answers: Any, slug: str) -> dict:
    """The answers of one step as a dict; ``{}`` when the step is missing or not a dict."""
    if not isinstance(answers, dict):
        return {}
    value = answers.get(slug)
    return value if isinstance(value, dict) else {}


def table(step: Any, field: str) -> list[dict]:
    """The rows of a table field; rows that are not dicts are skipped, a non-list gives ``[]``."""
    if not isinstance(step, dict):
        return []
    value = step.get(field)
    if not isinstance(value, (list, tuple)):
        return []
    return [row for row in value if isinstance(row, dict)]


def as_text(value: Any) -> str:
    """Stripped text; numbers become their text; anything else (None, lists, ...) gives ``""``."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    return ""


def as_code(value: Any) -> str:
    """A single-choice code, or ``""``."""
    return value.strip() if isinstance(value, str) else ""


def as_codes(value: Any) -> list[str]:
    """A multiple-choice value as a list of non-empty codes; a lone string counts as one code."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, (list, tuple, set, frozenset)):
        return [item.strip() for item in value if isinstance(item, str) and item.strip()]
    return []


def as_number(value: Any) -> float | int | None:
    """An int or float; numeric text ("12", "12,5") is accepted; anything else gives ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        if not text:
            return None
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
        return int(number) if number.is_integer() else number
    return None


def as_date(value: Any) -> _dt.date | None:
    """A date from an ISO string ("YYYY-MM-DD", a longer ISO timestamp is cut) or a date object."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and len(value.strip()) >= 10:
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def as_bool(value: Any) -> bool | None:
    """``True``/``False`` for a boolean (or "ja"/"nee", "true"/"false"); ``None`` when unknown."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"ja", "true", "1", "yes", "on"}:
            return True
        if text in {"nee", "false", "0", "no", "off"}:
            return False
    return None


def is_blank(row: Any) -> bool:
    """True for a table row without any filled-in value (an empty extra row of a formset)."""
    if not isinstance(row, dict):
        return True
    for value in row.values():
        if isinstance(value, bool):
            if value:
                return False
        elif as_text(value) or as_codes(value):
            return False
    return True


# ---------------------------------------------------------------------------
# 2. Catalogue accessors (the only coupling to steps.catalogs)
# ---------------------------------------------------------------------------

#: The six conditions of step 3 and the four V-gebieden, in their order.
VOORWAARDE_CODES: tuple[str, ...] = tuple(item.code for item in voorwaarden.VOORWAARDEN)
V_GEBIED_CODES: tuple[str, ...] = tuple(item.code for item in options.V_GEBIEDEN)


def _find(items: Any, code: str) -> Any:
    if not code:
        return None
    for item in items:
        if item.code == code:
            return item
    return None


def _humanize(code: str) -> str:
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _label(items: Any, code: Any) -> str:
    """Dutch label of ``code`` in a catalogue; a readable form of the code when unknown."""
    code = as_code(code)
    if not code:
        return ""
    item = _find(items, code)
    return getattr(item, "label", "") or _humanize(code)


def niveau(code: Any) -> int:
    """Level of a rung on the participatieladder (1–6); 0 when empty or unknown."""
    return ladder.niveau(as_code(code))


def trede_label(code: Any) -> str:
    """Label of a rung, e.g. "Coproduceren"."""
    return _label(ladder.TREDEN, code)


def trede_met_niveau(level: int) -> str:
    """The rung code at a level (1–6), ``""`` when there is none."""
    return next((item.code for item in ladder.TREDEN if item.niveau == level), "")


def fase_codes() -> tuple[str, ...]:
    """The seven beleidsfasen in their order."""
    return tuple(item.code for item in sorted(fasen.FASEN, key=lambda f: f.volgorde))


def fase_volgorde(code: Any) -> int:
    """Position of a phase (1–7); 0 when unknown."""
    code = as_code(code)
    codes = fase_codes()
    return codes.index(code) + 1 if code in codes else 0


def fase_label(code: Any) -> str:
    """Label of a phase, e.g. "Opstellen beleidsplan"."""
    return _label(fasen.FASEN, code)


def _instrument(code: Any) -> Any:
    return _find(instruments.INSTRUMENTEN, as_code(code))


def instrument_label(code: Any, row: dict | None = None, *, as_choice: bool = False) -> str:
    """Label of an instrument; for an own instrument (``eigen``) the name the user gave it in ``row``.

    An unknown code is written in words ("Oud instrument") and an own instrument without a
    name is "Eigen". With ``as_choice=True`` both read as in the choice lists of the steps:
    the unknown code as it is, "Eigen instrument (niet in de lijst)". The name of a whole row
    (label and local title) is ``steps.text.instrument_name``.
    """
    code = as_code(code)
    own = instruments.EIGEN_INSTRUMENT
    if code == own.code:
        name = as_text(row.get("eigen_naam")) if isinstance(row, dict) else ""
        if name or as_choice:
            return name or own.label
    if as_choice:
        return getattr(_instrument(code), "label", code)
    return _label(instruments.INSTRUMENTEN, code)


def instrument_treden(code: Any) -> frozenset[str] | None:
    """Rungs an instrument from the catalogue serves; ``None`` for an unknown/own instrument."""
    item = _instrument(code)
    if item is None:
        return None
    return frozenset(as_codes(list(item.treden)))


def instrument_vorm_type(code: Any) -> str:
    """``"moment"`` or ``"periode"`` (section 5A-bis); ``""`` when unknown."""
    return as_code(getattr(_instrument(code), "vorm_type", ""))


def instrument_alleen_schriftelijk_of_online(code: Any) -> bool | None:
    """True when an instrument is only written/online (R23); ``None`` when unknown."""
    code = as_code(code)
    if _instrument(code) is None:
        return None
    return instruments.is_alleen_schriftelijk_of_online(code)


def doelgroep_label(code: Any, row: dict | None = None) -> str:
    """Label of a target group; ``alle`` is "Alle mantelzorgers"; ``eigen`` uses the given name."""
    code = as_code(code)
    if code == "alle":
        return "Alle mantelzorgers"
    if isinstance(row, dict) and code == "eigen":
        for key in ("eigen_naam", "naam", "doelgroep_naam"):
            if as_text(row.get(key)):
                return as_text(row.get(key))
    return _label(doelgroepen.DOELGROEPEN, code)


def vindplaats_label(code: Any) -> str:
    """Label of a vindplaats."""
    return _label(vindplaatsen.VINDPLAATSEN, code)


def stakeholder_label(code: Any, row: dict | None = None) -> str:
    """Label of a stakeholder type; for ``eigen`` the name (or the contact) the user gave."""
    code = as_code(code)
    if isinstance(row, dict) and code in {"eigen", ""}:
        for key in ("eigen_naam", "naam", "naam_contact"):
            if as_text(row.get(key)):
                return as_text(row.get(key))
    return _label(stakeholders.STAKEHOLDER_TYPES, code)


def risico_label(code: Any, row: dict | None = None) -> str:
    """Label of a risk from K10; for ``anders`` the user's own description."""
    code = as_code(code)
    if isinstance(row, dict) and (code in {"anders", "eigen", ""}) and as_text(row.get("risico_eigen")):
        return as_text(row.get("risico_eigen"))
    return _label(risks.RISICOS, code)


def voorwaarde_label(code: Any) -> str:
    """Label of one of the six conditions of step 3."""
    return _label(voorwaarden.VOORWAARDEN, code)


def option_label(attr: str, code: Any) -> str:
    """Label of ``code`` in the option list ``steps.catalogs.options.<attr>``."""
    return _label(getattr(options, attr), code)


# ---------------------------------------------------------------------------
# 3. Derived values
# ---------------------------------------------------------------------------


def fasen_per_code(answers: Any) -> dict[str, dict]:
    """Step 4 ``fasen`` rows keyed by phase code (the first row of each phase wins)."""
    result: dict[str, dict] = {}
    for row in table(step_answers(answers, "beleidsfasen"), "fasen"):
        fase = as_code(row.get("fase"))
        if fase and fase not in result:
            result[fase] = row
    return result


def betrokken_fasen(answers: Any) -> dict[str, str]:
    """Phases of step 4 with ``betrekken`` = ja, in phase order, mapped to the chosen rung code."""
    rows = fasen_per_code(answers)
    ordered = sorted(rows, key=lambda code: (fase_volgorde(code) or 99, code))
    return {
        fase: as_code(rows[fase].get("trede"))
        for fase in ordered
        if as_bool(rows[fase].get("betrekken")) is True
    }


def hoogste_gekozen_trede(answers: Any) -> str | None:
    """The highest rung chosen in step 4 over all phases with ``betrekken`` = ja (or ``None``)."""
    best, best_level = None, 0
    for trede in betrokken_fasen(answers).values():
        if niveau(trede) > best_level:
            best, best_level = trede, niveau(trede)
    return best


def comfortzone_hoogste_trede(answers: Any) -> str | None:
    """Field 2.4: the highest rung marked ``comfortabel`` in step 2.

    Capped at the lowest ``hoogste_trede`` among the actors ``wethouder`` and ``college`` when
    those are filled in. ``None`` when no rung is marked comfortabel.
    """
    step = step_answers(answers, "comfortzone")
    best, best_level = None, 0
    for row in table(step, "comfort_per_trede"):
        trede = as_code(row.get("trede"))
        if as_code(row.get("comfort")) == "comfortabel" and niveau(trede) > best_level:
            best, best_level = trede, niveau(trede)
    if best is None:
        return None
    caps = [
        as_code(row.get("hoogste_trede"))
        for row in table(step, "comfortzone_actoren")
        if as_code(row.get("actor")) in {"wethouder", "college"} and niveau(row.get("hoogste_trede"))
    ]
    if caps:
        cap = min(caps, key=niveau)
        if niveau(cap) < best_level:
            return cap
    return best


def voorwaarden_scores(answers: Any) -> dict[str, int | float | None]:
    """The six condition scores of step 3 (1–5), ``None`` where not filled in."""
    step = step_answers(answers, "voorwaarden")
    scores: dict[str, int | float | None] = {}
    for code in VOORWAARDE_CODES:
        score = as_number(step.get(f"voorwaarde_{code}_score"))
        scores[code] = score if score is not None and 1 <= score <= 5 else None
    return scores


def voorwaarden_gemiddelde(answers: Any) -> float | None:
    """Mean of the condition scores that are filled in (``None`` when none is)."""
    filled = [score for score in voorwaarden_scores(answers).values() if score is not None]
    if not filled:
        return None
    return sum(filled) / len(filled)


def voorwaarden_laagste(answers: Any) -> str | None:
    """Code of the condition with the lowest score (the first one on a tie), or ``None``."""
    filled = [(score, code) for code, score in voorwaarden_scores(answers).items() if score is not None]
    if not filled:
        return None
    lowest = min(score for score, _ in filled)
    return next(code for score, code in filled if score == lowest)


def typetest_kwadrant(visie: Any) -> str | None:
    """K7 quadrant code from step 1 answers (pass the ``visie`` dict, not the whole plan).

    ``gemengd`` counts as ``breed``. Returns ``None`` when ``sturing`` is ``tussenvorm`` (the dot
    lies on the middle line, see ``positie``) or when a choice is missing.
    """
    if not isinstance(visie, dict):
        return None
    breedte = {"breed": "brede", "gemengd": "brede", "smal": "gerichte"}.get(as_code(visie.get("breedte_beleid")))
    sturing = {"dirigent": "dirigent", "regisseur_op_afstand": "regisseur"}.get(as_code(visie.get("sturing")))
    if not breedte or not sturing:
        return None
    return f"{breedte}_{sturing}"


def positie(visie: Any) -> tuple[float, float] | None:
    """Position of the typetest dot for figure F2, as ``(x, y)`` between 0 and 1.

    x runs from dirigent (0.25) via tussenvorm (0.5, on the line) to regisseur op afstand
    (0.75); y runs from smal (0.25) via gemengd (0.5, on the line) to breed (0.75).
    ``None`` when either choice is missing.
    """
    if not isinstance(visie, dict):
        return None
    x = {"dirigent": 0.25, "tussenvorm": 0.5, "regisseur_op_afstand": 0.75}.get(as_code(visie.get("sturing")))
    y = {"smal": 0.25, "gemengd": 0.5, "breed": 0.75}.get(as_code(visie.get("breedte_beleid")))
    if x is None or y is None:
        return None
    return (x, y)


def stakeholder_strategie(row: Any) -> str | None:
    """K21 strategy of a stakeholder row: ``strategie_override`` if set, else from belang × invloed.

    A score of 3 or more counts as high. ``None`` when belang or invloed is missing.
    """
    if not isinstance(row, dict):
        return None
    override = as_code(row.get("strategie_override"))
    if override:
        return override
    belang, invloed = as_number(row.get("belang")), as_number(row.get("invloed"))
    if belang is None or invloed is None:
        return None
    hoog_belang, hoog_invloed = belang >= 3, invloed >= 3
    if hoog_belang and hoog_invloed:
        return "nauw_betrekken"
    if hoog_invloed:
        return "tevreden_houden"
    if hoog_belang:
        return "betrokken_houden"
    return "monitoren"


def risicoscore(row: Any) -> int | None:
    """Risk score kans × impact (1–9) of a step 2 risk row; ``None`` when either is missing."""
    if not isinstance(row, dict):
        return None
    kans, impact = as_number(row.get("kans")), as_number(row.get("impact"))
    if kans is None or impact is None:
        return None
    return int(kans * impact) if float(kans * impact).is_integer() else kans * impact


def instrument_rijen(answers: Any) -> list[dict]:
    """The non-empty rows of the step 5 ``instrumenten`` table."""
    return [row for row in table(step_answers(answers, "instrumenten"), "instrumenten") if not is_blank(row)]


def kosten_instrumenten_totaal(answers: Any) -> int | float:
    """Field 5.5: the sum of ``geraamde_kosten`` over the instruments of step 5 (0 when none)."""
    return sum(as_number(row.get("geraamde_kosten")) or 0 for row in instrument_rijen(answers))


def uren_instrumenten_totaal(answers: Any) -> int | float:
    """The sum of ``geraamde_uren`` over the instruments of step 5 (0 when none)."""
    return sum(as_number(row.get("geraamde_uren")) or 0 for row in instrument_rijen(answers))


def procesduur_weken(answers: Any) -> float | None:
    """Length of the participation process in weeks (at least 1), used by rule R06.

    Measured from the earliest ``start`` to the latest ``eind`` of the instruments in step 5;
    when those have no dates, over the step 4 phases with ``betrekken`` = ja.
    ``None`` when no dates are known.
    """
    rows: list[dict] = instrument_rijen(answers)
    starts = [as_date(row.get("start")) for row in rows]
    ends = [as_date(row.get("eind")) for row in rows]
    starts, ends = [d for d in starts if d], [d for d in ends if d]
    if not starts or not ends:
        fasen = fasen_per_code(answers)
        betrokken = [fasen[code] for code in betrokken_fasen(answers)]
        starts = [d for d in (as_date(row.get("start")) for row in betrokken) if d]
        ends = [d for d in (as_date(row.get("eind")) for row in betrokken) if d]
    if not starts or not ends:
        return None
    days = (max(ends) - min(starts)).days
    return max(days / 7, 1.0)


def doel_codes(answers: Any) -> list[str]:
    """Codes of the goals of step 1 (``doel_code``, or D1, D2 … by position when it is empty)."""
    codes = []
    for index, row in enumerate(table(step_answers(answers, "visie"), "doelen"), start=1):
        if is_blank(row):
            continue
        codes.append(as_code(row.get("doel_code")) or f"D{index}")
    return codes


def bereik_behaald(answers: Any) -> dict[str, dict[str, int | float | None]]:
    """Field 8.6: per target group the planned and reached number of participants.

    Sums ``beoogd_aantal`` and ``behaald_aantal`` of the step 6 ``wervingsplan`` rows per
    ``doelgroep``: ``{"jonge_mantelzorgers": {"beoogd": 12, "behaald": 10}, ...}`` in order of
    first appearance. A sum is ``None`` when no row of that group has a number.
    """
    result: dict[str, dict[str, int | float | None]] = {}
    for row in table(step_answers(answers, "doelgroepen"), "wervingsplan"):
        groep = as_code(row.get("doelgroep"))
        if not groep:
            continue
        totals = result.setdefault(groep, {"beoogd": None, "behaald": None})
        for key, column in (("beoogd", "beoogd_aantal"), ("behaald", "behaald_aantal")):
            number = as_number(row.get(column))
            if number is not None:
                totals[key] = (totals[key] or 0) + number
    return result


def bereik_totaal(answers: Any) -> tuple[int | float, int | float | None]:
    """Field 8.6 over all groups: (planned, reached); reached is ``None`` while no row has a number."""
    totals = bereik_behaald(answers).values()
    beoogd = sum(t["beoogd"] or 0 for t in totals)
    behaald = [t["behaald"] for t in totals if t["behaald"] is not None]
    return beoogd, (sum(behaald) if behaald else None)


def gekozen_doelgroepen(answers: Any) -> list[str]:
    """Codes of the target groups in the step 6 ``doelgroepen`` table, without duplicates."""
    codes: list[str] = []
    for row in table(step_answers(answers, "doelgroepen"), "doelgroepen"):
        code = as_code(row.get("doelgroep"))
        if code and code not in codes:
            codes.append(code)
    return codes


def unique(items: Iterable[str]) -> list[str]:
    """Items without duplicates, in their first order."""
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
