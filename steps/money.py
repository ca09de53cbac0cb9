"""The money of a plan, in one place: budget per year and source against costs per year and V.

Pure functions over a plan's answers (the contract of ``steps/__init__``); the Beleid sections
(chapters Financiën and Uitvoeringsagenda), the raadsvoorstel and the advisor rules (R29, R52)
all read their totals here, so they always agree. Like ``steps.derived``, nothing here raises on
garbage: an unreadable amount or date counts as not filled in.

Amounts are ``Decimal`` euros with cents; a cost spread over several years is divided in whole
euros (cents when the amount has cents), the rest going to the last year, so every total adds up
exactly.

Where the costs come from (domain.md 5.3):

* the support offer (Beleid 1, ``aanbod``): ``kosten_per_jaar`` in every year the row runs.
  Existing rows and rows that change run the whole period; a new row from its ``jaar_start``
  (the whole period when empty), a row that stops until the year before its ``jaar_start``
  (not at all when empty). When the offer has no row for the waardering, the waardering budget of
  Beleid 2 (or amount × reach) counts as its cost, every year;
* the instruments of step 5 (``geraamde_kosten``) and the actions of step 7 (``middelen_euro``):
  spread over the calendar years from start to end, in proportion to the days in each year; with
  one date, all in that year; without dates, "zonder jaar".

The years of a plan are those of the policy period (step 1) and those of the budget rows.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from steps import derived
from steps.catalogs.beleid import VRAAGGEBIED_V
from steps.text import instrument_name

AANBOD_SLUG, FINANCIEN_SLUG = "aanbod", "financien"
ZERO = Decimal("0.00")
CENT = Decimal("0.01")
#: A policy period or a spread longer than this is not a plan but a typing error.
MAX_YEARS = 30

AANBOD, INSTRUMENT, ACTIE = "aanbod", "instrument", "actie"
KINDS = (AANBOD, INSTRUMENT, ACTIE)
KIND_LABELS = {
    AANBOD: "Ondersteuningsaanbod",
    INSTRUMENT: "Instrumenten voor participatie",
    ACTIE: "Acties",
}
#: The key of the costs that belong to no V-gebied (the participation instruments, an action without one).
GEEN_V = ""


def as_money(value) -> Decimal | None:
    """An amount as Decimal euros with cents; None for anything that is not a number."""
    number = derived.as_number(value)
    if number is None:
        return None
    try:
        amount = Decimal(str(number)).quantize(CENT)
    except (InvalidOperation, ValueError):
        return None
    return amount if amount.is_finite() else None


def plain(amount) -> int | float:
    """A Decimal amount as the number the text helpers write (`steps.text.euro`): 1250 or 1250.5."""
    amount = Decimal(amount or 0)
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _year(value) -> int | None:
    number = derived.as_number(value)
    if number is None or isinstance(number, float) and not number.is_integer():
        return None
    number = int(number)
    return number if 1900 <= number <= 2200 else None


# --- Years ------------------------------------------------------------------------------------

def period(plan_answers) -> tuple[int, int] | None:
    """(first, last) year of the policy period of step 1, or None while it is unknown or absurd."""
    visie = derived.step_answers(plan_answers, "visie")
    start, end = _year(visie.get("beleidsperiode_start")), _year(visie.get("beleidsperiode_eind"))
    if start is None and end is None:
        return None
    start, end = start or end, end or start
    if end < start or end - start >= MAX_YEARS:
        return None
    return start, end


def period_years(plan_answers) -> list[int]:
    known = period(plan_answers)
    return list(range(known[0], known[1] + 1)) if known else []


def budget_rows(plan_answers) -> list[dict]:
    """The non-empty rows of the budget table of Beleid 2."""
    financien = derived.step_answers(plan_answers, FINANCIEN_SLUG)
    return [row for row in derived.table(financien, "budget") if not derived.is_blank(row)]


def budget_years(plan_answers) -> list[int]:
    return sorted({year for row in budget_rows(plan_answers) if (year := _year(row.get("jaar"))) is not None})


def years(plan_answers) -> list[int]:
    """The years the plan's money is shown for: the policy period and the years of the budget."""
    return sorted(set(period_years(plan_answers)) | set(budget_years(plan_answers)))


# --- Spreading a cost over years ----------------------------------------------------------------

def spread(amount, start, end) -> dict[int, Decimal]:
    """`amount` over the calendar years from `start` to `end` (dates), in proportion to the days.

    Whole euros (whole cents for an amount with cents) per year, the rest in the last year, so
    the parts add up to the amount exactly. One date
    puts it all in that year; no date gives {}.
    """
    amount = as_money(amount)
    first, last = derived.as_date(start), derived.as_date(end)
    if amount is None or (first is None and last is None):
        return {}
    first, last = first or last, last or first
    first, last = min(first, last), max(first, last)
    if first.year == last.year or last.year - first.year >= MAX_YEARS:
        return {first.year: amount}
    days = {}
    for year in range(first.year, last.year + 1):
        begin = max(first, _dt.date(year, 1, 1))
        finish = min(last, _dt.date(year, 12, 31))
        days[year] = (finish - begin).days + 1
    total_days = sum(days.values())
    # Whole euros for a whole amount (the tables stay readable), else whole cents.
    unit = Decimal(1) if amount == amount.to_integral_value() else CENT
    units = int(amount / unit)
    parts, given = {}, 0
    for year in list(days)[:-1]:
        part = units * days[year] // total_days
        parts[year] = part
        given += part
    parts[last.year] = units - given
    return {year: (Decimal(part) * unit).quantize(CENT) for year, part in parts.items()}


# --- Cost lines --------------------------------------------------------------------------------

@dataclass(frozen=True)
class CostLine:
    """One thing that costs money, with its cost per year."""

    kind: str  # AANBOD, INSTRUMENT or ACTIE
    name: str
    v_gebied: str  # a V-gebied code, or GEEN_V
    per_year: dict = field(default_factory=dict)  # {year: Decimal}
    #: What could not be placed in a year (an instrument or action without dates).
    without_year: Decimal = ZERO
    vraaggebied: str = ""

    @property
    def total(self) -> Decimal:
        return sum(self.per_year.values(), ZERO) + self.without_year


def aanbod_rows(plan_answers) -> list[dict]:
    """The non-empty rows of the offer of Beleid 1."""
    aanbod = derived.step_answers(plan_answers, AANBOD_SLUG)
    return [row for row in derived.table(aanbod, "aanbod") if not derived.is_blank(row)]


def aanbod_years(row, all_years) -> list[int]:
    """The years of `all_years` in which an offer row runs (see the module docstring)."""
    status = derived.as_code(row.get("status"))
    start = _year(row.get("jaar_start"))
    if status == "nieuw" and start is not None:
        return [year for year in all_years if year >= start]
    if status == "stopt":
        return [year for year in all_years if start is not None and year < start]
    return list(all_years)


def _offer_years(plan_answers) -> list[int]:
    return period_years(plan_answers) or budget_years(plan_answers)


def waardering_cost(plan_answers) -> Decimal | None:
    """The yearly cost of the waardering as Beleid 2 gives it: its budget, else amount × reach."""
    financien = derived.step_answers(plan_answers, FINANCIEN_SLUG)
    budget = as_money(financien.get("waardering_budget"))
    if budget is not None:
        return budget
    bedrag, bereik = as_money(financien.get("waardering_bedrag")), derived.as_number(financien.get("waardering_bereik"))
    if bedrag is None or bereik is None:
        return None
    return as_money(bedrag * Decimal(str(bereik)))


def aanbod_lines(plan_answers) -> list[CostLine]:
    offer_years = _offer_years(plan_answers)
    lines = []
    for row in aanbod_rows(plan_answers):
        kosten = as_money(row.get("kosten_per_jaar"))
        if kosten is None:
            continue
        vraaggebied = derived.as_code(row.get("vraaggebied"))
        lines.append(CostLine(
            AANBOD, derived.as_text(row.get("voorziening")) or derived.option_label("VRAAGGEBIEDEN", vraaggebied),
            VRAAGGEBIED_V.get(vraaggebied, GEEN_V),
            {year: kosten for year in aanbod_years(row, offer_years)}, vraaggebied=vraaggebied,
        ))
    has_waardering = any(derived.as_code(row.get("vraaggebied")) == "waardering" for row in aanbod_rows(plan_answers))
    waardering = waardering_cost(plan_answers)
    if not has_waardering and waardering is not None:
        lines.append(CostLine(AANBOD, "Mantelzorgwaardering", VRAAGGEBIED_V["waardering"],
                              {year: waardering for year in offer_years}, vraaggebied="waardering"))
    return lines


def _dated_line(kind, name, v_gebied, amount, start, end) -> CostLine | None:
    amount = as_money(amount)
    if amount is None:
        return None
    per_year = spread(amount, start, end)
    return CostLine(kind, name, v_gebied, per_year, ZERO if per_year else amount)


def instrument_lines(plan_answers) -> list[CostLine]:
    lines = [_dated_line(INSTRUMENT, instrument_name(row), GEEN_V, row.get("geraamde_kosten"),
                         row.get("start"), row.get("eind"))
             for row in derived.instrument_rijen(plan_answers)]
    return [line for line in lines if line is not None]


def actie_lines(plan_answers) -> list[CostLine]:
    acties = derived.table(derived.step_answers(plan_answers, "draagvlak"), "acties")
    lines = []
    for row in acties:
        if derived.is_blank(row):
            continue
        v_gebied = derived.as_code(row.get("v_gebied"))
        line = _dated_line(ACTIE, derived.as_text(row.get("actie")) or "Actie",
                           v_gebied if v_gebied in derived.V_GEBIED_CODES else GEEN_V,
                           row.get("middelen_euro"), row.get("start"), row.get("eind"))
        if line is not None:
            lines.append(line)
    return lines


def cost_lines(plan_answers) -> list[CostLine]:
    """Everything that costs money: the offer, the instruments of step 5, the actions of step 7."""
    return aanbod_lines(plan_answers) + instrument_lines(plan_answers) + actie_lines(plan_answers)


# --- Totals ----------------------------------------------------------------------------------------

def _add(totals, year, amount):
    totals[year] = totals.get(year, ZERO) + amount


@dataclass
class Money:
    """The plan's money, read once: `overview(plan_answers)`."""

    years: list  # the years shown: the policy period and the budget years
    period_years: list
    lines: list  # CostLine
    budget_by_source: dict  # {bron: {year: Decimal}}, bron "" for a row without a source
    committed: dict  # {year: Decimal}: the part of the budget that is vastgelegd

    @property
    def has_budget(self) -> bool:
        return bool(self.budget_by_source)

    def budget(self, year) -> Decimal:
        return sum((per_year.get(year, ZERO) for per_year in self.budget_by_source.values()), ZERO)

    def budget_per_year(self) -> dict:
        return {year: self.budget(year) for year in self.years}

    def costs(self, year, kinds=KINDS) -> Decimal:
        return sum((line.per_year.get(year, ZERO) for line in self.lines if line.kind in kinds), ZERO)

    def costs_per_year(self, kinds=KINDS) -> dict:
        return {year: self.costs(year, kinds) for year in self.years}

    def costs_by_kind(self) -> dict:
        """{kind: {year: Decimal}} over the plan's years."""
        return {kind: self.costs_per_year((kind,)) for kind in KINDS}

    def costs_by_v(self) -> dict:
        """{V-gebied code or GEEN_V: {year: Decimal}} over the plan's years, V-gebieden in their order."""
        result = {}
        for v_gebied in (*derived.V_GEBIED_CODES, GEEN_V):
            per_year = {year: sum((line.per_year.get(year, ZERO) for line in self.lines
                                   if line.v_gebied == v_gebied), ZERO) for year in self.years}
            if any(line.v_gebied == v_gebied for line in self.lines):
                result[v_gebied] = per_year
        return result

    def costs_outside(self) -> Decimal:
        """What the instruments and actions cost outside the plan's years or without a year."""
        inside = set(self.years)
        return sum((amount for line in self.lines for year, amount in line.per_year.items() if year not in inside),
                   ZERO) + sum((line.without_year for line in self.lines), ZERO)

    def total_budget(self) -> Decimal:
        return sum((self.budget(year) for year in self.years), ZERO)

    def total_costs(self, kinds=KINDS) -> Decimal:
        return sum((self.costs(year, kinds) for year in self.years), ZERO)

    def over_budget(self) -> list[tuple[int, Decimal, Decimal]]:
        """(year, costs, budget) for every year whose costs are above its budget.

        Only once there is a budget at all; a year of the policy period without a budget row
        has a budget of 0.
        """
        if not self.has_budget:
            return []
        return [(year, self.costs(year), self.budget(year)) for year in self.years
                if self.costs(year) > self.budget(year)]


def overview(plan_answers) -> Money:
    """The plan's money: budget per year and source, costs per year, kind and V-gebied."""
    by_source, committed = {}, {}
    for row in budget_rows(plan_answers):
        year, amount = _year(row.get("jaar")), as_money(row.get("bedrag"))
        if year is None or amount is None:
            continue
        _add(by_source.setdefault(derived.as_code(row.get("bron")), {}), year, amount)
        if derived.as_bool(row.get("vastgelegd")) is True:
            _add(committed, year, amount)
    return Money(years=years(plan_answers), period_years=period_years(plan_answers),
                 lines=cost_lines(plan_answers), budget_by_source=by_source, committed=committed)


# --- Plain totals for the documents (numbers the text helpers write) -------------------------------

def budget_per_jaar(plan_answers) -> dict[int, int | float]:
    """{year: budget} over the plan's years (0 for a year without a budget row), as plain numbers."""
    geld = overview(plan_answers)
    return {year: plain(amount) for year, amount in geld.budget_per_year().items()} if geld.has_budget else {}


def kosten_per_jaar(plan_answers) -> dict[int, int | float]:
    """{year: offer + instruments + actions} over the plan's years, as plain numbers; {} without costs."""
    geld = overview(plan_answers)
    return {year: plain(amount) for year, amount in geld.costs_per_year().items()} if geld.lines else {}


def budget_per_bron(plan_answers) -> dict[str, dict[int, int | float]]:
    """{bron: {year: amount}} over the plan's years, as plain numbers."""
    geld = overview(plan_answers)
    return {bron: {year: plain(per_year.get(year, ZERO)) for year in geld.years}
            for bron, per_year in geld.budget_by_source.items()}


def kosten_per_v(plan_answers) -> dict[str, dict[int, int | float]]:
    """{V-gebied code or GEEN_V: {year: costs}} over the plan's years, as plain numbers."""
    return {v_gebied: {year: plain(amount) for year, amount in per_year.items()}
            for v_gebied, per_year in overview(plan_answers).costs_by_v().items()}
