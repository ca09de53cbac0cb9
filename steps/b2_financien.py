"""Beleid 2: mantelzorgwaardering, budget, verordening en beslispunten (domain.md 5.3, A.3–A.6).

Writes four chapters of the beleidsplan, each its own function so the outline can place them:
`waardering_section` (Mantelzorgwaardering), `agenda_section` (Uitvoeringsagenda per jaar),
`financien_section` (Financiën) and `juridisch_section` (Juridisch kader); `plan_section` gives
all four in that order. All money comes from ``steps.money``; rule R52 lives here.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from steps import derived, money
from steps import forms as f
from steps.advisor.finding import FOUT, Finding
from steps.catalogs import options
from steps.catalogs.base import label
from steps.catalogs.beleid import AANBOD_STATUS, BUDGET_BRONNEN, WAARDERING_VORMEN
from steps.document import BulletList, FigureSlot, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.text import (
    MONTHS, answer_rows, dutch_date, dutch_number, euro, gemeente_naam, in_sentence,
    instrument_name, join_words, shorten,
)

NUMBER = 2
LABEL = "Beleid 2"
KIND = "beleid"
SLUG = "financien"
TITLE = "Leg waardering, geld en besluit vast"
SHORT_TITLE = "Waardering, geld en besluit"
PLAN_TITLE = "Waardering, financiën en juridisch kader"
INTRO = (
    "Hoe waardeert de gemeente mantelzorgers elk jaar, en welk geld is er per jaar voor het beleid? "
    "Op welke regels steunt het plan, en wat vraagt het college de raad te besluiten? "
    "Met deze antwoorden maakt de planner de hoofdstukken over geld en wetten, en het raadsvoorstel."
)
TIPS = (
    "De Wmo 2015 verplicht een jaarlijkse blijk van waardering voor mantelzorgers, vastgelegd in de "
    "verordening. Voor mantelzorgers is dit vaak een gevoelig punt.",
    "Vul het budget in per jaar en per bron. De planner zet het naast de kosten van het aanbod, de "
    "instrumenten en de acties.",
    "Vraag de afdeling Financiën welk deel van het budget al in de begroting is vastgelegd.",
    "De voorgestelde beslispunten hiernaast komen uit uw antwoorden. Pas ze aan zoals het college wil.",
)

TITLE_WAARDERING = "Mantelzorgwaardering"
TITLE_AGENDA = "Uitvoeringsagenda per jaar"
TITLE_FINANCIEN = "Financiën"
TITLE_JURIDISCH = "Juridisch kader"
SLUG_AGENDA, SLUG_GELD, SLUG_JURIDISCH = "uitvoeringsagenda", "begroting", "juridisch-kader"


def gemeente_in_zin(plan_answers):
    """The gemeente's name inside a sentence: "Lindewaarde", or "de gemeente" while step 1 has no name."""
    naam = gemeente_naam(plan_answers)
    return "de gemeente" if naam == "De gemeente" else naam


# --- The questions ----------------------------------------------------------------------------------

class BudgetRow(f.ContextRow):
    jaar = f.year(
        "Jaar", required=True, required_message="Vul in voor welk jaar dit budget is.",
        help_text="Voor welk jaar is dit geld? Bijvoorbeeld 2027.",
    )
    bron = f.single_choice(
        "Bron", BUDGET_BRONNEN, required=True, widget="select",
        required_message="Kies waar dit geld vandaan komt.",
        help_text="Waar komt het geld vandaan? Bijvoorbeeld het Wmo-budget of de subsidie voor het steunpunt.",
    )
    bedrag = f.amount(
        "Bedrag (€)", required=True, required_message="Vul het bedrag in euro in.",
        help_text="Hoeveel geld is er in dat jaar uit deze bron? Bijvoorbeeld: 280.000.",
    )
    vastgelegd = f.yes_no(
        "Vastgelegd in de begroting?", widget="select",
        help_text="Staat dit bedrag al in de vastgestelde begroting? Kies 'Nee' als het nog een voorstel is.",
    )


class BeslispuntRow(f.ContextRow):
    # The only column: a row without text is an empty row, so it is not "required".
    tekst = f.long_text(
        "Beslispunt", rows=2, max_length=1000,
        help_text="Eén besluit per regel, zo dat het na 'De raad besluit:' past. Bijvoorbeeld: 'Het "
                  "beleidsplan mantelzorg 2027–2030 vast te stellen.'",
    )


class Form(f.StepForm):
    waardering_vorm = f.multiple_choice(
        "Hoe waardeert de gemeente mantelzorgers?", WAARDERING_VORMEN, required=True,
        required_message="Kies in welke vorm de gemeente mantelzorgers elk jaar waardeert.",
        help_text="De wet vraagt elk jaar een blijk van waardering. Kies één of meer vormen. "
                  "Bijvoorbeeld een cadeaubon en een activiteit op de Dag van de Mantelzorg.",
    )
    waardering_bedrag = f.amount(
        "Bedrag per mantelzorger (€)",
        help_text="Hoeveel is de waardering waard per mantelzorger? Bijvoorbeeld: 50.",
    )
    waardering_bereik = f.number(
        "Hoeveel mantelzorgers verwacht u te bereiken?",
        help_text="Hoeveel mantelzorgers krijgen de waardering naar verwachting per jaar? Bijvoorbeeld 1.300.",
    )
    waardering_budget = f.amount(
        "Budget voor de waardering per jaar (€)",
        help_text="Hoeveel geld is er per jaar voor de waardering, met de uitvoering erbij? Bijvoorbeeld: 70.000.",
    )
    waardering_aanvragen = f.long_text(
        "Hoe vragen mantelzorgers de waardering aan?",
        help_text="Beschrijf hoe mantelzorgers de waardering krijgen. Bijvoorbeeld: 'Aanmelden bij het "
                  "steunpunt, online of op papier, vóór 1 oktober.'",
    )
    verordening_naam = f.short_text(
        "Naam van de verordening",
        help_text="Hoe heet de verordening maatschappelijke ondersteuning van uw gemeente? Bijvoorbeeld: "
                  "'Verordening maatschappelijke ondersteuning Lindewaarde 2025'.",
    )
    verordening_datum = f.date_field(
        "Vastgesteld op",
        help_text="Wanneer stelde de raad de verordening vast? Bijvoorbeeld 18-12-2024.",
    )
    integraal_plan = f.short_text(
        "Integraal beleidsplan sociaal domein of Wmo",
        help_text="Hoe heet het brede beleidsplan waar dit plan onder valt? Bijvoorbeeld: "
                  "'Samen redzaam, beleidsplan sociaal domein 2025–2028'.",
    )
    relatie_integraal_plan = f.long_text(
        "Hoe hangt dit plan samen met het integrale plan?",
        help_text="Leg uit hoe dit plan bij het brede plan hoort. Bijvoorbeeld: 'Dit plan werkt het "
                  "thema mantelzorg uit het integrale plan verder uit.'",
    )
    tables = {
        "budget": f.table(
            BudgetRow, label="Budget per jaar en bron",
            help_text="Zet per jaar van de beleidsperiode het geld per bron. Eén rij per jaar en bron. "
                      "Bijvoorbeeld: 2027 – Wmo-budget mantelzorgondersteuning – € 280.000 – vastgelegd.",
            max_rows=30,
        ),
        "beslispunten": f.table(
            BeslispuntRow, label="Beslispunten",
            help_text="Wat vraagt het college de raad te besluiten? Eén besluit per rij, in de volgorde "
                      "van het raadsvoorstel. Bijvoorbeeld: 'Het beleidsplan mantelzorg vast te stellen.'",
            max_rows=10,
        ),
    }
    sections = (
        ("Mantelzorgwaardering", ["waardering_vorm", "waardering_bedrag", "waardering_bereik",
                                  "waardering_budget", "waardering_aanvragen"]),
        ("Budget per jaar en bron", ["budget"]),
        ("Verordening en integraal plan", ["verordening_naam", "verordening_datum", "integraal_plan",
                                           "relatie_integraal_plan"]),
        ("Beslispunten voor de raad", ["beslispunten"]),
    )

    def completeness(self, data):
        budget = self.formsets["budget"]
        if budget.non_form_errors():
            return
        gevuld = {row.get("jaar") for _form, row in budget.filled_rows()}
        missen = [str(year) for year in money.period_years(self.plan_answers) if year not in gevuld]
        if missen:
            self.add_error(None, f"Vul bij 'Budget per jaar en bron' voor elk jaar van de beleidsperiode "
                                 f"het budget in. Nog niet ingevuld: {join_words(missen)}.")

    def _plan_now(self):
        return {**self.plan_answers, SLUG: self.current_answers()}

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        geld = money.overview(self._plan_now())
        if not geld.years:
            return [("Budget en kosten per jaar", "Nog niet te bepalen",
                     "Vul in stap 1 de beleidsperiode in, of hier het budget per jaar.")]
        result = []
        for year in geld.years:
            budget, kosten = geld.budget(year), geld.costs(year)
            if kosten > budget:
                uitleg = f"De kosten zijn {euro(money.plain(kosten - budget))} hoger dan het budget."
            else:
                uitleg = f"Er blijft {euro(money.plain(budget - kosten))} over."
            result.append((f"Budget en kosten {year}",
                           f"{euro(money.plain(budget))} budget, {euro(money.plain(kosten))} kosten", uitleg))
        return result

    def suggestions(self):
        plan_now = self._plan_now()
        gekozen = {derived.as_text(row.get("tekst")) for row in derived.table(plan_now[SLUG], "beslispunten")}
        voorstel = [tekst for tekst in proposed_beslispunten(plan_now[SLUG], plan_now) if tekst not in gekozen]
        if not voorstel:
            return []
        return [("Voorgestelde beslispunten (uit uw antwoorden)", voorstel)]


# --- Beslispunten --------------------------------------------------------------------------------------

def _period_text(plan_answers):
    jaren = money.period(plan_answers)
    if not jaren:
        return ""
    return str(jaren[0]) if jaren[0] == jaren[1] else f"{jaren[0]}–{jaren[1]}"


def _month_year(value):
    day = derived.as_date(value)
    return f"{MONTHS[day.month - 1]} {day.year}" if day else ""


#: Each form of waardering as it reads in a sentence ("... waardeert mantelzorgers met ...").
WAARDERING_ZIN = {
    "geldbedrag": "een geldbedrag",
    "cadeaubon": "een cadeaubon",
    "activiteit": "een activiteit of uitje",
    "dag_van_de_mantelzorg": "een activiteit op de Dag van de Mantelzorg",
    "anders": "een andere vorm",
}


def _vormen_text(answers):
    codes = derived.unique(derived.as_codes(answers.get("waardering_vorm")))
    return join_words([WAARDERING_ZIN.get(code) or in_sentence(label(WAARDERING_VORMEN, code)) for code in codes])


def proposed_beslispunten(answers, plan_answers) -> list[str]:
    """Beslispunten proposed from the answers (domain.md 5.3): adopt the plan, the budget per year,
    the waardering, a mandate for the participation, an evaluation moment."""
    answers = answers if isinstance(answers, dict) else {}
    gemeente = gemeente_naam(plan_answers)
    naam = "het beleidsplan mantelzorg" + (f" {gemeente}" if gemeente != "De gemeente" else "")
    periode = _period_text(plan_answers)
    result = [f"{naam[0].upper()}{naam[1:]}{' ' + periode if periode else ''} vast te stellen."]

    geld = money.overview({**(plan_answers or {}), SLUG: answers})
    if geld.has_budget:
        bedragen = [f"{euro(money.plain(geld.budget(year)))} in {year}" for year in geld.years if geld.budget(year)]
        if bedragen:
            result.append(f"Voor de uitvoering van het plan {join_words(bedragen)} beschikbaar te stellen, "
                          "zoals beschreven in het hoofdstuk Financiën.")

    vormen = _vormen_text(answers)
    if vormen:
        bedrag = money.as_money(answers.get("waardering_bedrag"))
        zin = f"De jaarlijkse mantelzorgwaardering vast te stellen op {vormen}"
        if bedrag:
            zin += f" ter waarde van {euro(money.plain(bedrag))} per mantelzorger"
        verordening = derived.as_text(answers.get("verordening_naam"))
        zin += f", en die zo te regelen in de {verordening}." if verordening else ", en die zo in de verordening te regelen."
        result.append(zin)

    betrokken = derived.betrokken_fasen(plan_answers)
    later = [fase for fase in ("uitvoering", "evaluatie") if fase in betrokken]
    if later:
        fasen = join_words([derived.fase_label(fase).lower() for fase in later])
        result.append(f"Het college opdracht te geven mantelzorgers ook bij de {fasen} van het beleid te "
                      "betrekken, zoals beschreven in het plan van aanpak participatie.")
    elif betrokken:
        result.append("In te stemmen met de manier waarop mantelzorgers bij dit beleid betrokken zijn en "
                      "worden, zoals beschreven in het plan van aanpak participatie.")

    momenten = [row for row in derived.table(derived.step_answers(plan_answers, "evaluatie"), "evaluatiemomenten")
                if derived.as_date(row.get("datum"))]
    eind = [row for row in momenten if derived.as_code(row.get("type")) == "eind_beleidsperiode"]
    tussen = [row for row in momenten if derived.as_code(row.get("type")) == "jaarlijks"]
    keuze = (sorted(eind, key=lambda row: row["datum"]) or sorted(tussen, key=lambda row: row["datum"]))
    if keuze:
        moment = keuze[-1] if eind else keuze[0]
        wat = in_sentence(derived.as_text(moment.get("moment"))) or "evaluatie"
        result.append(f"De uitkomsten van de {wat} in {_month_year(moment.get('datum'))} aan de raad voor te leggen.")
    return result


def beslispunten(answers, plan_answers) -> list[str]:
    """The beslispunten of the raadsvoorstel: as typed in Beleid 2, else those proposed from the answers."""
    typed = [derived.as_text(row.get("tekst")) for row in derived.table(answers, "beslispunten")
             if derived.as_text(row.get("tekst"))]
    return typed or proposed_beslispunten(answers, plan_answers)


# --- Chapter: Mantelzorgwaardering -----------------------------------------------------------------------

WET_WAARDERING = ("De Wmo 2015 (artikel 2.1.6) verplicht de gemeente om in de verordening vast te leggen hoe "
                  "mantelzorgers elk jaar een blijk van waardering krijgen.")


def waardering_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, TITLE_WAARDERING)
    gemeente = gemeente_naam(plan_answers)
    zinnen = [WET_WAARDERING]
    vormen = _vormen_text(answers)
    bedrag = money.as_money(answers.get("waardering_bedrag"))
    bereik = derived.as_number(answers.get("waardering_bereik"))
    budget = money.as_money(answers.get("waardering_budget"))
    if vormen:
        zin = f"{gemeente} waardeert mantelzorgers met {vormen}"
        zin += f", ter waarde van {euro(money.plain(bedrag))} per mantelzorger." if bedrag else "."
        zinnen.append(zin)
    else:
        zinnen.append(f"De vorm van de waardering in {gemeente_in_zin(plan_answers)} is nog niet vastgelegd.")
    if bereik is not None:
        zinnen.append(f"De gemeente verwacht elk jaar ongeveer {dutch_number(bereik)} mantelzorgers te bereiken.")
    if budget is not None:
        zinnen.append(f"Voor de waardering is {euro(money.plain(budget))} per jaar beschikbaar.")
        if bedrag and bereik is not None:
            nodig = money.as_money(bedrag * money.Decimal(str(bereik)))
            if nodig > budget:
                zinnen.append(f"Krijgen al deze mantelzorgers de waardering, dan kost dat {euro(money.plain(nodig))}: "
                              f"{euro(money.plain(nodig - budget))} meer dan het budget.")
            else:
                zinnen.append(f"Krijgen al deze mantelzorgers de waardering, dan kost dat {euro(money.plain(nodig))}. "
                              "Dat past binnen het budget.")
    verordening = derived.as_text(answers.get("verordening_naam"))
    if verordening:
        zinnen.append(f"De waardering is geregeld in de {verordening}.")
    blocks = [Paragraph(" ".join(zinnen))]
    aanvragen = derived.as_text(answers.get("waardering_aanvragen"))
    if aanvragen:
        blocks += [Heading("Zo krijgen mantelzorgers de waardering"), Paragraph(aanvragen)]
    return Section(number=NUMBER, slug=SLUG, title=TITLE_WAARDERING, blocks=blocks)


# --- Chapter: Uitvoeringsagenda per jaar -------------------------------------------------------------------

class AgendaItem(NamedTuple):
    """One line of the agenda of one year. An item that runs over several years is there once per
    year, each time with the same `bron` (its table and row) and its whole `start`–`end`, so figure
    F14 can draw it once."""

    year: int
    key: str  # sorts the items of a year: the ISO date it starts in that year
    wanneer: str
    soort: str
    wat: str
    wie: str
    bron: tuple  # (table, row number)
    start: date
    end: date


def agenda_items(plan_answers, years) -> list[AgendaItem]:
    """Everything that happens in `years`: the one reading of the agenda (chapter and figure F14)."""
    items = []
    first = years[0]
    for number, row in enumerate(derived.table(derived.step_answers(plan_answers, "aanbod"), "aanbod")):
        status = derived.as_code(row.get("status"))
        if status not in ("aanpassen", "nieuw", "stopt"):
            continue
        jaar = derived.as_number(row.get("jaar_start"))
        jaar = int(jaar) if isinstance(jaar, int) else first
        if jaar not in years:
            continue
        soort = {"aanpassen": "Aanbod wordt aangepast", "nieuw": "Nieuw aanbod", "stopt": "Aanbod stopt"}[status]
        wat = derived.as_text(row.get("voorziening")) or label(AANBOD_STATUS, status)
        verandering = derived.as_text(row.get("verandering"))
        items.append(AgendaItem(jaar, f"{jaar}-01-01", f"Vanaf {jaar}" if status != "stopt" else f"In {jaar}",
                                soort, f"{wat}: {in_sentence(verandering)}" if verandering else wat,
                                derived.as_text(row.get("aanbieder")), ("aanbod", number),
                                date(jaar, 1, 1), date(jaar, 1, 1)))

    def dated(rows, soort, name, who):
        for number, row in enumerate(rows):
            start, end = derived.as_date(row.get("start")), derived.as_date(row.get("eind"))
            start, end = start or end, end or start
            if start is None:
                continue
            start, end = min(start, end), max(start, end)
            for year in years:
                if not start.year <= year <= end.year:
                    continue
                if start.year == end.year:
                    wanneer = dutch_date(start) if start == end else f"{dutch_date(start)} – {dutch_date(end)}"
                elif year == start.year:
                    wanneer = f"Start {dutch_date(start)}"
                elif year == end.year:
                    wanneer = f"Loopt tot {dutch_date(end)}"
                else:
                    wanneer = "Het hele jaar"
                key = start.isoformat() if year == start.year else f"{year}-01-01"
                items.append(AgendaItem(year, key, wanneer, soort, name(row), who(row), (soort, number), start, end))

    dated([row for row in derived.table(derived.step_answers(plan_answers, "draagvlak"), "acties")
           if not derived.is_blank(row)], "Actie",
          lambda row: derived.as_text(row.get("actie")) or "Actie",
          lambda row: derived.as_text(row.get("wie_trekker")))
    dated(derived.instrument_rijen(plan_answers), "Participatie", instrument_name,
          lambda row: derived.as_text(row.get("verantwoordelijke")))

    def moment(rows, soort, name, who):
        for number, row in enumerate(rows):
            day = derived.as_date(row.get("datum"))
            if day is not None and day.year in years:
                items.append(AgendaItem(day.year, day.isoformat(), dutch_date(day), soort, name(row), who(row),
                                        (soort, number), day, day))

    moment(derived.table(derived.step_answers(plan_answers, "draagvlak"), "communicatie"), "Communicatie",
           lambda row: " – ".join(part for part in (
               label(options.COMMUNICATIE_TYPES, derived.as_code(row.get("type"))),
               shorten(derived.as_text(row.get("boodschap")), 90)) if part),
           lambda row: derived.as_text(row.get("verantwoordelijke")))
    moment(derived.table(derived.step_answers(plan_answers, "evaluatie"), "evaluatiemomenten"), "Evaluatie",
           lambda row: derived.as_text(row.get("moment")) or label(options.EVALUATIEMOMENT_TYPES, row.get("type")),
           lambda row: derived.as_text(row.get("wie")))
    return items


#: Within a day of the agenda: the offer first, then actions, participation, communication, evaluation.
SOORT_VOLGORDE = {"Nieuw aanbod": 0, "Aanbod wordt aangepast": 0, "Aanbod stopt": 0, "Actie": 1,
                  "Participatie": 2, "Communicatie": 3, "Evaluatie": 4}


def agenda_section(answers, plan_answers):
    """The agenda per year of the policy period: offer changes (Beleid 1), actions (step 7),
    instruments (step 5), communication (step 7) and evaluation moments (step 8)."""
    plan_answers = {**(plan_answers or {}), SLUG: answers or {}}
    years = money.period_years(plan_answers)
    items = agenda_items(plan_answers, years) if years else []
    if not items:
        if is_empty(answers):
            return open_section(NUMBER, SLUG_AGENDA, TITLE_AGENDA)
        reden = ("Vul in stap 1 de beleidsperiode in; dan staat hier per jaar wat er gebeurt." if not years
                 else "Voor de jaren van de beleidsperiode staan nog geen veranderingen, acties of "
                      "evaluatiemomenten in het plan.")
        return Section(number=NUMBER, slug=SLUG_AGENDA, title=TITLE_AGENDA, blocks=[Paragraph(reden)])
    blocks = [Paragraph(
        f"Deze agenda laat per jaar van de beleidsperiode ({years[0]} tot en met {years[-1]}) zien wat er in "
        "het aanbod verandert, welke acties en participatie-instrumenten lopen en wanneer "
        f"{gemeente_in_zin(plan_answers)} communiceert en evalueert. Een actie die meer jaren loopt, staat bij "
        "elk jaar."), FigureSlot("F14")]  # the whole period at a glance, above the tables per year
    for year in years:
        rows = sorted((item for item in items if item.year == year),
                      key=lambda item: (item.key, SOORT_VOLGORDE.get(item.soort, 9), item.wat))
        blocks.append(Heading(str(year)))
        if not rows:
            blocks.append(Paragraph(f"Voor {year} staat nog niets gepland."))
            continue
        blocks.append(Table(
            caption=f"Uitvoeringsagenda {year}",
            headers=["Wanneer", "Soort", "Wat", "Wie"],
            rows=[[item.wanneer, item.soort, item.wat, item.wie] for item in rows],
        ))
    return Section(number=NUMBER, slug=SLUG_AGENDA, title=TITLE_AGENDA, blocks=blocks)


# --- Chapter: Financiën --------------------------------------------------------------------------------------

def _row(name, per_year, years):
    total = sum((per_year.get(year, money.ZERO) for year in years), money.ZERO)
    return [name] + [euro(money.plain(per_year.get(year, money.ZERO))) for year in years] + [euro(money.plain(total))]


def _v_label(code):
    return label(options.V_GEBIEDEN, code) if code else "Zonder V-gebied (participatie en overig)"


def financien_section(answers, plan_answers):
    """Budget per year and source against the costs per year (offer, instruments, actions) and per V."""
    plan_answers = {**(plan_answers or {}), SLUG: answers or {}}
    geld = money.overview(plan_answers)
    if is_empty(answers) and not geld.lines:
        return open_section(NUMBER, SLUG_GELD, TITLE_FINANCIEN)
    years = geld.years
    if not years:
        return Section(number=NUMBER, slug=SLUG_GELD, title=TITLE_FINANCIEN, blocks=[Paragraph(
            "De beleidsperiode (stap 1) en het budget per jaar zijn nog niet ingevuld. Daarom staan hier nog "
            "geen bedragen per jaar.")])
    gemeente = gemeente_in_zin(plan_answers)
    blocks = [Paragraph(
        f"Dit hoofdstuk zet het geld dat {gemeente} voor mantelzorg heeft, per jaar en per bron, naast wat het "
        "plan kost: het ondersteuningsaanbod, de instrumenten waarmee mantelzorgers meedoen en de acties. "
        "Een instrument of actie die meer jaren loopt, is over die jaren verdeeld naar het aantal dagen.")]

    budget = geld.budget_per_year()
    kosten = geld.costs_per_year()
    per_kind = geld.costs_by_kind()
    verschil = {year: budget[year] - kosten[year] for year in years}
    header = [""] + [str(year) for year in years] + ["Totaal"]
    blocks.append(Heading("Budget en kosten per jaar"))
    zinnen = []
    if geld.has_budget:
        tekort = geld.over_budget()
        if tekort:
            zinnen.append(" ".join(f"In {year} zijn de kosten {euro(money.plain(cost - bud))} hoger dan het "
                                   "budget." for year, cost, bud in tekort)
                          + " Daarvoor is nog dekking nodig.")
        else:
            over = geld.total_budget() - geld.total_costs()
            zinnen.append("In elk jaar passen de kosten binnen het budget"
                          + (f"; over de hele periode blijft {euro(money.plain(over))} over." if over else "."))
    else:
        zinnen.append("Het budget per jaar is nog niet ingevuld; de tabel laat alleen de kosten zien.")
    blocks.append(Paragraph(" ".join(zinnen)))
    blocks.append(Table(
        caption="Budget en kosten per jaar",
        headers=header,
        rows=[_row("Budget", budget, years)]
        + [_row(f"Kosten {in_sentence(money.KIND_LABELS[kind])}", per_kind[kind], years) for kind in money.KINDS]
        + [_row("Totale kosten", kosten, years), _row("Verschil (budget min kosten)", verschil, years)],
    ))

    if geld.has_budget:
        blocks.append(Heading("Budget per bron"))
        vast = sum(geld.committed.get(year, money.ZERO) for year in years)
        totaal = geld.total_budget()
        zin = f"Over {years[0]} tot en met {years[-1]} is er {euro(money.plain(totaal))} budget."
        if totaal:
            zin += (f" Daarvan is {euro(money.plain(vast))} vastgelegd in de begroting"
                    + (f" en {euro(money.plain(totaal - vast))} nog niet." if totaal - vast else "."))
        blocks.append(Paragraph(zin))
        volgorde = [item.code for item in BUDGET_BRONNEN]
        bronnen = sorted(geld.budget_by_source, key=lambda code: (volgorde.index(code) if code in volgorde else 99))
        blocks.append(Table(
            caption="Budget per jaar en bron",
            headers=["Bron"] + header[1:],
            rows=[_row(label(BUDGET_BRONNEN, code) or "Bron niet ingevuld", geld.budget_by_source[code], years)
                  for code in bronnen] + [_row("Totaal", budget, years)],
        ))

    per_v = geld.costs_by_v()
    if per_v:
        blocks.append(Heading("Kosten per V-gebied"))
        blocks.append(Paragraph(
            "Het aanbod telt mee bij het V-gebied waar zijn vraaggebied bij hoort: informatie, advies, "
            "emotionele steun, educatie en waardering bij versterken; praktische hulp, respijtzorg en "
            "financiële hulp bij verlichten. Een actie telt mee bij het V-gebied dat in stap 7 staat."))
        blocks.append(Table(
            caption="Kosten per jaar en V-gebied",
            headers=["V-gebied"] + header[1:],
            rows=[_row(_v_label(code), per_year, years) for code, per_year in per_v.items()]
            + [_row("Totaal", kosten, years)],
        ))

    buiten = geld.costs_outside()
    if buiten:
        zin = (f"Buiten deze jaren (of zonder datum) kosten instrumenten en acties samen nog "
               f"{euro(money.plain(buiten))}, vooral voor het participatietraject vóór de beleidsperiode.")
        participatie = derived.as_number(derived.step_answers(plan_answers, "voorwaarden").get("budget_participatie"))
        if participatie is not None:
            zin += f" Daarvoor is een apart budget voor participatie van {euro(participatie)}."
        blocks.append(Paragraph(zin))
    return Section(number=NUMBER, slug=SLUG_GELD, title=TITLE_FINANCIEN, blocks=blocks)


# --- Chapter: Juridisch kader ----------------------------------------------------------------------------------

def juridisch_section(answers, plan_answers):
    """The Wmo 2015 articles the plan rests on, and the gemeente's own verordening and integral plan as typed."""
    if is_empty(answers):
        return open_section(NUMBER, SLUG_JURIDISCH, TITLE_JURIDISCH)
    gemeente = gemeente_in_zin(plan_answers)
    blocks = [
        Paragraph("De Wet maatschappelijke ondersteuning 2015 (Wmo 2015) maakt de gemeente verantwoordelijk voor "
                  "de ondersteuning van mantelzorgers. Voor dit plan zijn drie artikelen van die wet van belang:"),
        BulletList([
            "Artikel 2.1.2: de gemeenteraad stelt het beleid voor maatschappelijke ondersteuning vast in een "
            "plan. Daarom legt het college dit beleidsplan aan de raad voor.",
            "Artikel 2.1.3: de gemeenteraad legt de regels voor maatschappelijke ondersteuning vast in een "
            "verordening.",
            "Artikel 2.1.6: in die verordening staat hoe het college zorgt voor een jaarlijkse blijk van "
            "waardering voor mantelzorgers.",
        ]),
    ]
    zinnen = []
    verordening = derived.as_text(answers.get("verordening_naam"))
    datum = dutch_date(answers.get("verordening_datum"))
    if verordening:
        zinnen.append(f"De regels van {gemeente} staan in de {verordening}"
                      + (f", vastgesteld op {datum}." if datum else "."))
    else:
        zinnen.append(f"De naam van de verordening van {gemeente} is in dit plan nog niet ingevuld.")
    integraal = derived.as_text(answers.get("integraal_plan"))
    if integraal:
        zinnen.append(f"Dit plan hoort bij het integrale plan {integraal}.")
    blocks.append(Heading("Eigen regels en plannen"))
    blocks.append(Paragraph(" ".join(zinnen)))
    relatie = derived.as_text(answers.get("relatie_integraal_plan"))
    if relatie:
        blocks.append(Paragraph(relatie))
    return Section(number=NUMBER, slug=SLUG_JURIDISCH, title=TITLE_JURIDISCH, blocks=blocks)


def plan_section(answers, plan_answers):
    """The four chapters of this section in the order of the beleidsplan; all open while it is empty."""
    if is_empty(answers):
        return [open_section(NUMBER, SLUG, TITLE_WAARDERING), open_section(NUMBER, SLUG_AGENDA, TITLE_AGENDA),
                open_section(NUMBER, SLUG_GELD, TITLE_FINANCIEN),
                open_section(NUMBER, SLUG_JURIDISCH, TITLE_JURIDISCH)]
    return [waardering_section(answers, plan_answers), agenda_section(answers, plan_answers),
            financien_section(answers, plan_answers), juridisch_section(answers, plan_answers)]


def check_rows(answers, plan_answers=None):
    answers = answers or {}
    extra = {}
    if plan_answers is not None:
        geld = money.overview({**plan_answers, SLUG: answers})
        extra["budget"] = [(f"Budget en kosten {year}",
                            f"{euro(money.plain(geld.budget(year)))} budget, {euro(money.plain(geld.costs(year)))} kosten")
                           for year in geld.years]
    return answer_rows(Form, answers, summaries={
        "budget": lambda row: " – ".join(part for part in (
            derived.as_text(row.get("jaar")), label(BUDGET_BRONNEN, derived.as_code(row.get("bron"))),
            euro(money.plain(money.as_money(row.get("bedrag")))) if money.as_money(row.get("bedrag")) is not None
            else "") if part) or "Rij zonder jaar",
        "beslispunten": lambda row: shorten(derived.as_text(row.get("tekst"))) or "Rij zonder tekst",
    }, extra=extra)


# --- Advisor rule (domain.md 5.3) ---------------------------------------------------------------------------------

def r52_kosten_boven_budget(answers) -> Iterator[Finding]:
    """R52: in a year the offer, the instruments and the actions cost more than the budget of that year."""
    geld = money.overview(answers if isinstance(answers, dict) else {})
    for year, kosten, budget in geld.over_budget():
        yield Finding(
            "R52", FOUT, (SLUG, "aanbod", "instrumenten", "draagvlak"),
            f"Beleid 2: in {year} kosten het aanbod, de instrumenten en de acties samen "
            f"{euro(money.plain(kosten))}, maar het budget voor {year} is {euro(money.plain(budget))}. Dat is "
            f"{euro(money.plain(kosten - budget))} te weinig. Vul het budget voor {year} aan, of verlaag de kosten "
            "in Beleid 1, stap 5 of stap 7.",
            "budget",
        )


def _budget(jaar, bron, bedrag, vastgelegd=True):
    return {"jaar": jaar, "bron": bron, "bedrag": bedrag, "vastgelegd": vastgelegd}


#: Lindewaarde's answers (domain.md 7): waardering, budget 2027–2030 (the kader of € 640.000 a year
#: of step 3, plus one-off money in 2027 for the extra respite beds), verordening and beslispunten.
DEMO = {
    "waardering_vorm": ["cadeaubon", "dag_van_de_mantelzorg"],
    "waardering_bedrag": 50,
    "waardering_bereik": 1300,
    "waardering_budget": 70000,
    "waardering_aanvragen": (
        "Mantelzorgers melden zich vóór 1 oktober aan bij het Steunpunt Mantelzorg: online, met de kaart die "
        "bij huisartsen en apotheken ligt, of via het sociaal team. Ze kiezen een cadeaubon van € 50 voor "
        "winkels in Lindewaarde of een respijtdag. Jonge mantelzorgers kunnen zich ook via hun school aanmelden. "
        "Op de Dag van de Mantelzorg (10 november) is er in elke kern een activiteit."
    ),
    "budget": [
        _budget(jaar, bron, bedrag)
        for jaar in (2027, 2028, 2029, 2030)
        for bron, bedrag in (("wmo", 55000), ("subsidie_steunpunt", 335000), ("respijtzorg", 180000),
                             ("waardering", 70000))
    ] + [_budget(2027, "eenmalig", 110000, vastgelegd=False)],
    "verordening_naam": "Verordening maatschappelijke ondersteuning Lindewaarde 2025",
    "verordening_datum": "2024-12-19",
    "integraal_plan": "Samen redzaam in Lindewaarde, beleidsplan sociaal domein 2025–2028",
    "relatie_integraal_plan": (
        "Het integrale plan noemt mantelzorg als een van de vijf speerpunten. Dit plan werkt dat speerpunt uit "
        "voor 2027–2030, met het aanbod, het geld en de manier waarop mantelzorgers meedoen. Bij de herziening "
        "van het integrale plan in 2028 neemt de gemeente de doelen en het budget van dit plan over."
    ),
    "beslispunten": [
        {"tekst": "Het beleidsplan mantelzorg Lindewaarde 2027–2030 vast te stellen."},
        {"tekst": "Voor de uitvoering van het plan jaarlijks € 640.000 beschikbaar te houden binnen de begroting "
                  "sociaal domein, en voor 2027 eenmalig € 110.000 extra beschikbaar te stellen voor de "
                  "uitbreiding van de respijtzorg."},
        {"tekst": "De mantelzorgwaardering vast te stellen op een cadeaubon van € 50 per mantelzorger per jaar, "
                  "naar keuze te besteden aan een respijtdag, en de verordening daarop aan te passen."},
        {"tekst": "Het college opdracht te geven mantelzorgers ook bij de uitvoering en de evaluatie van dit "
                  "beleid te betrekken, via het mantelzorgpanel en de ambassadeursgroep."},
        {"tekst": "De uitkomsten van de tussenevaluatie (najaar 2028) en van de eindevaluatie (begin 2030) aan "
                  "de raad voor te leggen."},
    ],
    "stap_notities": "",
}
#: The advisor rules of this section (see steps/advisor).
RULES = (r52_kosten_boven_budget,)
