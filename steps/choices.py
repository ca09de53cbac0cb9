"""Choices that come from earlier steps, and the names of chosen options.

A later step offers what the officer filled in before: the goals of step 1, the ladder of
step 2, the instruments of step 5. Codes saved earlier that are no longer there stay
selectable (marked), so an old answer never blocks saving; the advisor points them out.
"""
from steps import derived
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.instruments import INSTRUMENTEN
from steps.catalogs.ladder import treden_voor


def chosen_label(items, own, code, row=None):
    """Label of a chosen code; for the own option (`own`, not in the list) the name in `eigen_naam`."""
    if code == own.code:
        return derived.as_text((row or {}).get("eigen_naam")) or own.label
    return label(items, code)


def saved_codes(initial, table_name, column):
    """The codes saved in one column of a table of this step (for keeping old answers valid)."""
    codes = []
    for row in (initial or {}).get(table_name) or []:
        if isinstance(row, dict):
            codes.extend(derived.as_codes(row.get(column)))
    return list(dict.fromkeys(codes))


# --- Step 1: goals ---------------------------------------------------------------------------

def doel_rows(plan_answers):
    """(code, row) for the goals of step 1; a goal without a code is numbered D1, D2 … by position."""
    result = []
    rows = derived.table(derived.step_answers(plan_answers, "visie"), "doelen")
    for index, row in enumerate(rows, start=1):
        if not derived.is_blank(row):
            result.append((derived.as_code(row.get("doel_code")) or f"D{index}", row))
    return result


def doel_options(plan_answers, saved=()):
    """The goals of step 1 as choices "D1 – Meer mantelzorgers vroegtijdig in beeld"."""
    result = []
    for code, row in doel_rows(plan_answers):
        text = derived.as_text(row.get("omschrijving"))
        if len(text) > 80:
            text = text[:77].rstrip() + "…"
        result.append(Option(code, f"{code} – {text}" if text else code))
    known = {item.code for item in result}
    for code in saved:
        if code and code not in known:
            result.append(Option(code, f"{code} (staat niet meer in stap 1)"))
            known.add(code)
    return tuple(result)


# --- Step 2: the ladder ----------------------------------------------------------------------

def ladder_options(plan_answers):
    """Rungs of the ladder variant chosen in step 2 (five, or six with zelfbeheer)."""
    variant = derived.step_answers(plan_answers, "comfortzone").get("ladder_variant")
    return treden_voor(variant or "")


# --- Step 5: instruments ---------------------------------------------------------------------

def instrument_options(plan_answers, saved=()):
    """Instruments chosen in step 5 as choices; the whole catalogue while step 5 is empty."""
    chosen = {}
    for row in derived.instrument_rijen(plan_answers):
        code = derived.as_code(row.get("instrument"))
        if code:
            chosen.setdefault(code, []).append(derived.instrument_label(code, row, as_choice=True))
    if not chosen:
        return tuple(Option(item.code, item.label) for item in INSTRUMENTEN)
    result = [Option(code, " / ".join(dict.fromkeys(names))) for code, names in chosen.items()]
    catalogue = by_code(INSTRUMENTEN)
    for code in saved:
        if code and code not in chosen and code in catalogue:
            result.append(Option(code, f"{catalogue[code].label} (niet meer in stap 5)"))
            chosen[code] = []
    return tuple(result)
