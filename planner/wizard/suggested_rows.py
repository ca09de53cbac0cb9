"""Rows the planner suggests from earlier steps, added with one click ("Voeg toe") on the
summary list of a table (issue 17): instruments that fit the phases and rungs of step 4, and
vindplaatsen for the groups chosen in steps 1 and 6.

The same choice as the text suggestions of those steps (`Form.suggestions` in
steps/s5_instrumenten.py and steps/s6_doelgroepen.py), as rows: a suggestion is (code, label,
why, row). "Voeg toe" is a button of the step form (name="rij", value="<table>/voorstel/<code>"):
the wizard saves what was typed on the step page together with the suggested row (`add_suggested`),
so nothing typed is lost and the click is one revision.
"""
from dataclasses import dataclass, field

from django.contrib import messages

from planner.wizard import formdata
from steps import derived
from steps.catalogs.base import label
from steps.catalogs.doelgroepen import ALLE, DOELGROEPEN
from steps.catalogs.fasen import FASEN
from steps.catalogs.instruments import instrumenten_voor
from steps.catalogs.vindplaatsen import vindplaatsen_voor
from steps.choices import saved_codes
from steps.text import join_words


@dataclass(frozen=True)
class Suggestion:
    code: str
    label: str
    why: str
    row: dict = field(default_factory=dict)


def _instruments(plan_answers, answers):
    chosen = set(saved_codes(answers, "instrumenten", "instrument"))
    fasen_per_item, items = {}, {}
    for fase, trede in derived.betrokken_fasen(plan_answers).items():
        if not trede:
            continue
        for item in instrumenten_voor([trede], [fase]):
            if item.code not in chosen:
                items.setdefault(item.code, item)
                fasen_per_item.setdefault(item.code, []).append(fase)
    return [Suggestion(code, item.label,
                       f"Past bij {join_words([label(FASEN, fase).lower() for fase in fasen_per_item[code]])}.",
                       {"instrument": code, "fasen": fasen_per_item[code]})
            for code, item in items.items()]


def _vindplaatsen(plan_answers, answers):
    groepen = saved_codes(answers, "doelgroepen", "doelgroep")
    focus = derived.as_codes(derived.step_answers(plan_answers, "visie").get("smal_focus_doelgroepen"))
    codes = list(dict.fromkeys(groepen + focus))
    known = set(saved_codes(answers, "vindplaatsen", "vindplaats"))
    result = []
    for plek in vindplaatsen_voor(codes):
        if plek.code in known:
            continue
        if plek.voor_alle:
            result.append(Suggestion(plek.code, plek.label, "Bereikt mantelzorgers uit alle groepen.",
                                     {"vindplaats": plek.code, "doelgroepen": [ALLE.code]}))
        else:
            passend = [code for code in codes if code in plek.doelgroepen]
            result.append(Suggestion(
                plek.code, plek.label, f"Geschikt voor {join_words([label(DOELGROEPEN, c) for c in passend])}.",
                {"vindplaats": plek.code, "doelgroepen": passend}))
    return result


#: (step, table) -> the function that lists its suggestions from (plan answers, the step's answers).
SUGGESTED = {
    ("instrumenten", "instrumenten"): _instruments,
    ("doelgroepen", "vindplaatsen"): _vindplaatsen,
}


def suggestions_for(step, table, plan_answers, answers):
    """The rows suggested for `table` of `step` now (none when the table has no suggestions)."""
    find = SUGGESTED.get((step, table))
    return find(plan_answers or {}, answers or {}) if find else []


#: The step form's "rij" action of a "Voeg toe" button: "<table>/voorstel/<code>".
ACTION_WORD = "voorstel"


def parse_action(action, tables):
    """(table, code) of a "Voeg toe" action on a table that has suggestions, else None."""
    parts = action.split("/")
    if len(parts) != 3 or parts[1] != ACTION_WORD or parts[0] not in tables or not parts[2]:
        return None
    return parts[0], parts[2]


def add_suggested(step, table, code, answers, plan_answers):
    """(answers, message level, message): the step's `answers` (as just posted) with the suggested
    row `code` added to `table`, checked by the step's form like any save. The answers come back
    unchanged when the suggestion no longer applies, the table is full or the row is refused."""
    suggestion = next((item for item in suggestions_for(step.SLUG, table, plan_answers, answers)
                       if item.code == code), None)
    if suggestion is None:
        return answers, messages.INFO, "Dit voorstel staat al in de tabel, of past niet meer bij uw antwoorden."
    rows = [row for row in answers.get(table) or [] if isinstance(row, dict)]
    max_rows = step.Form.tables[table].max_rows
    if len(rows) >= max_rows:
        return answers, messages.ERROR, f"De tabel is vol: u kunt maximaal {max_rows} rijen invullen."
    errors, saved, _complete = formdata.through_form(step, {**answers, table: [*rows, dict(suggestion.row)]},
                                                     plan_answers=plan_answers)
    if errors:
        return answers, messages.ERROR, "Het voorstel kon niet worden toegevoegd: " + "; ".join(m for _w, m in errors)
    return saved, messages.SUCCESS, f"{suggestion.label} is toegevoegd. Kies 'Wijzig' om de rest in te vullen."
