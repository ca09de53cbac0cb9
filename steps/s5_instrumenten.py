"""Stap 5: welke instrumenten zet u in, en hoe vullen ze elkaar aan?

Next to the step this module holds a few helpers that steps 5–8 share: choice lists that depend
on earlier steps (goals, instruments, ladder), cross-table checks and sentence helpers. The
general display and form helpers come from ``steps.s1_visie`` (shared by all steps).
"""
from django import forms

from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.doelgroepen import ALLE, DOELGROEPEN
from steps.catalogs.fasen import FASEN
from steps.catalogs.instruments import INSTRUMENTEN, instrumenten_voor
from steps.catalogs.ladder import TREDEN, niveau, treden_voor
from steps.document import BulletList, Heading, Paragraph, Section, Table, open_section
from steps.s1_visie import (
    answer_rows,
    as_select,
    dutch_date,
    dutch_number,
    euro,
    join_words,
    notes_field,
    snapshot,
    table_class,
    yes_no,
)

# =============================================================================================
# Helpers shared by steps 5–8
# =============================================================================================

#: Answers that are not part of the plan (internal notes).
INTERNAL_FIELDS = {"stap_notities"}
#: Words that keep their capital inside a sentence.
KEEP_CASE = {"Wmo", "Wlz", "Wmo-raad", "GGD", "GGZ", "MEE", "POH", "MantelzorgNL"}


def in_sentence(text):
    """Lower-case the first letter for use inside a sentence; keep 'Wmo-raad', 'LHBTI+' and the like."""
    if not text or text[:2].isupper() or text.split(" ")[0].rstrip("-/,") in KEEP_CASE:
        return text
    return text[:1].lower() + text[1:]


def count_text(number, singular, plural):
    return f"{number} {singular if number == 1 else plural}"


def set_options(field, items):
    """Replace the choices of a (multiple) choice field by catalogue-like items (code, label)."""
    items = tuple(items)
    field.options = items
    pairs = [(item.code, item.label) for item in items]
    if isinstance(field, forms.MultipleChoiceField) or not isinstance(field.widget, forms.Select):
        field.choices = pairs
    else:
        field.choices = [("", "Kies…")] + pairs


class ContextRow(f.RowForm):
    """A table row whose choice lists (and checks) depend on earlier steps.

    The step form passes ``options`` ({field: items}) and ``context`` (a dict) through the
    formset's ``form_kwargs``; see ``configure_table``. Rows added later and the empty template
    row get the same choices.
    """

    def __init__(self, *args, options=None, context=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context or {}
        for name, items in (options or {}).items():
            set_options(self.fields[name], items)


def configure_table(formset, options=None, context=None):
    formset.form_kwargs = {**formset.form_kwargs, "options": options or {}, "context": context or {}}


def filled_rows(formset):
    """(row form, cleaned data) of the rows that have content and are not deleted.

    Also works when some rows have errors: then only their valid columns are in the data.
    """
    formset.is_valid()
    result = []
    for form in formset.forms:
        if formset.can_delete and formset._should_delete_form(form):
            continue
        data = getattr(form, "cleaned_data", None) or {}
        if any(value not in (None, "", [], False) for key, value in data.items() if key != "DELETE"):
            result.append((form, data))
    return result


def posted_values(formset, column):
    """The values of one column as the officer entered them, in rows that are not deleted.

    Unlike the cleaned data this also covers rows that still have an error in another column,
    so a check across tables does not add a second, confusing error.
    """
    formset.is_valid()
    values = []
    for form in formset.forms:
        if formset.can_delete and formset._should_delete_form(form):
            continue
        value = form[column].value()
        if value:
            values.append(value)
    return values


def is_empty(answers):
    """True when a step was never saved or holds only empty answers (notes do not count)."""
    if not answers:
        return True
    return all(value in (None, "", [], {}) for key, value in answers.items() if key not in INTERNAL_FIELDS)


def period_text(start, eind):
    start, eind = dutch_date(start), dutch_date(eind)
    if start and eind and start != eind:
        return f"{start} – {eind}"
    if eind:
        return eind if not start else start
    return f"vanaf {start}" if start else ""


def doel_options(plan_answers, saved_codes=()):
    """The goals of step 1 as choices "D1 – Meer mantelzorgers vroegtijdig in beeld".

    Codes saved earlier in this step that no longer exist in step 1 stay selectable (marked),
    so an old answer never blocks saving; the advisor points them out.
    """
    result = []
    rows = derived.table(derived.step_answers(plan_answers, "visie"), "doelen")
    for index, row in enumerate(rows, start=1):
        if derived.is_blank(row):
            continue
        code = derived.as_code(row.get("doel_code")) or f"D{index}"
        text = derived.as_text(row.get("omschrijving"))
        if len(text) > 80:
            text = text[:77].rstrip() + "…"
        result.append(Option(code, f"{code} – {text}" if text else code))
    known = {item.code for item in result}
    for code in saved_codes:
        if code and code not in known:
            result.append(Option(code, f"{code} (staat niet meer in stap 1)"))
            known.add(code)
    return tuple(result)


def doel_rows(plan_answers):
    """(code, row) for the goals of step 1, with the same codes as `doel_options`."""
    result = []
    rows = derived.table(derived.step_answers(plan_answers, "visie"), "doelen")
    for index, row in enumerate(rows, start=1):
        if not derived.is_blank(row):
            result.append((derived.as_code(row.get("doel_code")) or f"D{index}", row))
    return result


def instrument_name(row):
    """Readable name of an instrument row: catalogue label or own name, plus the local title."""
    code = derived.as_code(row.get("instrument"))
    if code == EIGEN_INSTRUMENT.code:
        name = derived.as_text(row.get("eigen_naam")) or EIGEN_INSTRUMENT.label
    else:
        name = label(INSTRUMENTEN, code)
    titel = derived.as_text(row.get("titel"))
    return f"{name} – {titel}" if titel and titel != name else name


def instrument_options(plan_answers, saved_codes=()):
    """Instruments chosen in step 5 as choices; the whole catalogue while step 5 is empty."""
    chosen = {}
    for row in derived.instrument_rijen(plan_answers):
        code = derived.as_code(row.get("instrument"))
        if not code:
            continue
        if code == EIGEN_INSTRUMENT.code:
            names = chosen.setdefault(code, [])
            names.append(derived.as_text(row.get("eigen_naam")) or EIGEN_INSTRUMENT.label)
        else:
            chosen.setdefault(code, [label(INSTRUMENTEN, code)])
    if not chosen:
        return tuple(Option(item.code, item.label) for item in INSTRUMENTEN)
    result = [Option(code, " / ".join(dict.fromkeys(names))) for code, names in chosen.items()]
    catalogue = by_code(INSTRUMENTEN)
    for code in saved_codes:
        if code and code not in chosen and code in catalogue:
            result.append(Option(code, f"{catalogue[code].label} (niet meer in stap 5)"))
            chosen[code] = []
    return tuple(result)


def instrument_label(code):
    """Label of an instrument code, also for the own instrument."""
    if code == EIGEN_INSTRUMENT.code:
        return EIGEN_INSTRUMENT.label
    return label(INSTRUMENTEN, code)


def ladder_options(plan_answers):
    """Rungs of the ladder variant chosen in step 2 (five, or six with zelfbeheer)."""
    variant = derived.step_answers(plan_answers, "comfortzone").get("ladder_variant")
    return treden_voor(variant or "")


def saved_codes(initial, table_name, column):
    """The codes saved in one column of a table of this step (for keeping old answers valid)."""
    codes = []
    for row in (initial or {}).get(table_name) or []:
        if isinstance(row, dict):
            codes.extend(derived.as_codes(row.get(column)))
    return list(dict.fromkeys(codes))


# =============================================================================================
# Stap 5
# =============================================================================================

NUMBER = 5
SLUG = "instrumenten"
TITLE = "Bepaal welke instrumenten u wilt inzetten en hoe ze elkaar aanvullen"
SHORT_TITLE = "Instrumenten"
PLAN_TITLE = "Instrumenten"
INTRO = (
    "In stap 4 koos u in welke fasen u mantelzorgers betrekt en op welke trede. Nu kiest u per "
    "fase de werkvormen: de instrumenten. Elk instrument heeft sterke en zwakke punten. "
    "Als u instrumenten combineert, krijgt u een vollediger en betrouwbaarder beeld."
)
TIPS = (
    "De voorstellen hiernaast passen bij de fasen en treden die u in stap 4 koos.",
    "Kies altijd ook een instrument voor mensen die geen vragenlijst invullen, "
    "bijvoorbeeld een gesprek aan huis.",
    "Combineer breed en diep: een vragenlijst voor de cijfers, gesprekken voor de verhalen.",
    "Plan bij elk instrument een moment om deelnemers te laten weten wat u met hun inbreng doet.",
)

EIGEN_INSTRUMENT = Option("eigen", "Eigen instrument (niet in de lijst)")


class InstrumentRow(ContextRow):
    instrument = as_select(f.single_choice(
        "Instrument", INSTRUMENTEN + (EIGEN_INSTRUMENT,), required=True,
        required_message="Kies een instrument uit de lijst. Staat het er niet bij? "
                         "Kies dan 'Eigen instrument'.",
        help_text="Welke werkvorm zet u in? Bijvoorbeeld een enquête of een focusgroep.",
    ))
    eigen_naam = f.short_text(
        "Naam eigen instrument",
        help_text="Alleen invullen bij een eigen instrument. Bijvoorbeeld: 'Wandelgesprek'.",
    )
    titel = f.short_text(
        "Eigen titel (optioneel)",
        help_text="De naam die u zelf gebruikt, bijvoorbeeld 'De Mantelzorgtafel'.",
    )
    fasen = f.multiple_choice(
        "Fase(n)", FASEN, required=True, widget="select",
        required_message="Kies in welke fase of fasen u dit instrument inzet.",
        help_text="In welke beleidsfase(n) gebruikt u dit instrument?",
    )
    trede = as_select(f.single_choice(
        "Trede", TREDEN,
        help_text="Hoeveel invloed hebben deelnemers? Laat u dit leeg, dan nemen we de trede "
                  "die u in stap 4 voor deze fase koos.",
    ))
    doelgroepen = f.multiple_choice(
        "Voor welke groepen?", (ALLE,) + DOELGROEPEN, widget="select",
        help_text="Voor wie is dit instrument bedoeld? Kies 'Alle mantelzorgers' als het voor "
                  "iedereen is.",
    )
    beoogd_aantal_deelnemers = f.number(
        "Beoogd aantal deelnemers", help_text="Hoeveel mensen wilt u bereiken? Bijvoorbeeld 20.",
    )
    start = f.date_field("Start")
    eind = f.date_field(
        "Eind", required=True,
        required_message="Vul in wanneer dit instrument klaar is.",
        help_text="Wanneer is het instrument klaar? Bij één bijeenkomst is dat de datum ervan.",
    )
    geraamde_kosten = f.number(
        "Geraamde kosten (€)", help_text="Wat kost het ongeveer, in hele euro's? Bijvoorbeeld 3000.",
    )
    geraamde_uren = f.number(
        "Geraamde uren", help_text="Hoeveel ambtelijke uren kost het ongeveer?",
    )
    verantwoordelijke = f.short_text(
        "Verantwoordelijke", required=True,
        required_message="Vul in wie verantwoordelijk is voor dit instrument.",
        help_text="Wie zorgt dat het gebeurt? Bijvoorbeeld: 'M. Brinkman'.",
    )
    uitvoerder = f.short_text(
        "Uitvoerder", help_text="Wie voert het uit? Bijvoorbeeld het steunpunt mantelzorg.",
    )
    terugkoppeling_gepland = as_select(yes_no(
        "Terugkoppeling gepland?",
        help_text="Laat u deelnemers na afloop weten wat u met hun inbreng doet?",
    ))
    opmerking = f.short_text("Opmerking")

    def clean(self):
        data = super().clean()
        if data.get("instrument") == EIGEN_INSTRUMENT.code and not data.get("eigen_naam"):
            self.add_error("eigen_naam", "Geef uw eigen instrument een naam.")
        if not data.get("trede") and "trede" not in self.errors:
            fase_treden = self.context.get("fase_treden", {})
            default = next((fase_treden[fase] for fase in data.get("fasen") or []
                            if fase_treden.get(fase)), "")
            if default:
                data["trede"] = default
            else:
                self.add_error("trede", "Kies op welke trede van de participatieladder u dit "
                                        "instrument inzet.")
        start, eind = data.get("start"), data.get("eind")
        if start and eind and eind < start:
            self.add_error("eind", "De einddatum mag niet vóór de startdatum liggen.")
        return data


class Form(f.StepForm):
    combinatie_toelichting = f.long_text(
        "Hoe vullen de instrumenten elkaar aan?",
        help_text="Leg uit waarom u juist deze instrumenten samen inzet. Zo ziet iedereen dat "
                  "de keuze doordacht is. Bijvoorbeeld: 'De enquête geeft cijfers; in de "
                  "gesprekken horen we wat erachter zit.' Verplicht als u twee of meer "
                  "instrumenten kiest.",
    )
    combinatieprincipes = f.multiple_choice(
        "Welke combinatieprincipes past u toe?", options.COMBINATIEPRINCIPES,
        help_text="Vink aan welke principes u gebruikt. Ze helpen om niemand te missen. "
                  "Bijvoorbeeld 'Online én fysiek'.",
    )
    stap_notities = notes_field()

    tables = {
        "instrumenten": table_class(
            InstrumentRow, label="Gekozen instrumenten",
            help_text="Zet hier elk instrument dat u inzet, met planning, kosten en wie het doet. "
                      "Zo ziet u of u elke fase uit stap 4 heeft gedekt. Bijvoorbeeld: een enquête "
                      "in de inventarisatie, op de trede raadplegen.",
            min_rows=1, max_rows=30, min_rows_message="Kies minstens één instrument.",
        ),
    }
    sections = (
        ("Gekozen instrumenten", ["instrumenten"]),
        ("Hoe vullen de instrumenten elkaar aan?", ["combinatieprincipes", "combinatie_toelichting"]),
        ("Notities", ["stap_notities"]),
    )
    field_order = [name for _legend, names in sections for name in names]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        configure_table(
            self.formsets["instrumenten"],
            options={"trede": ladder_options(self.plan_answers)},
            context={"fase_treden": derived.betrokken_fasen(self.plan_answers)},
        )

    def clean(self):
        cleaned = super().clean()
        rows = filled_rows(self.formsets["instrumenten"])
        if len(rows) >= 2 and not cleaned.get("combinatie_toelichting") \
                and "combinatie_toelichting" not in self.errors:
            self.add_error("combinatie_toelichting",
                           "U kiest twee of meer instrumenten. Leg uit hoe ze elkaar aanvullen.")
        return cleaned

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        totaal, budget = kosten(snapshot(self), self.plan_answers)
        if budget is None:
            uitleg = "De som van de geraamde kosten. Vul in stap 3 het budget in om te vergelijken."
        elif totaal <= budget:
            uitleg = f"Dat past binnen het budget voor participatie uit stap 3 ({euro(budget)})."
        else:
            uitleg = (f"Dat is {euro(totaal - budget)} meer dan het budget voor participatie uit "
                      f"stap 3 ({euro(budget)}).")
        return [("Totale geraamde kosten instrumenten", euro(totaal), uitleg)]

    def suggestions(self):
        betrokken = derived.betrokken_fasen(self.plan_answers)
        if not betrokken:
            return [("Eerst stap 4 invullen", [
                "Kies in stap 4 in welke fasen u mantelzorgers betrekt en op welke trede. "
                "Dan stellen we hier instrumenten voor die daarbij passen.",
            ])]
        gekozen = set(saved_codes(self.initial, "instrumenten", "instrument"))
        result = []
        for fase, trede in betrokken.items():
            if not trede:
                continue
            passend = [item for item in instrumenten_voor([trede], [fase]) if item.code not in gekozen]
            if not passend:
                continue
            title = f"{label(FASEN, fase)} – trede {label(TREDEN, trede).lower()}"
            result.append((title, [
                f"{item.label}. Sterk: {item.sterk} Let op: {item.zwak} "
                f"(kosten {item.kosten}, bereik {item.bereik}, diepgang {item.diepgang})"
                for item in passend
            ]))
        return result


# --- Plan and check page ----------------------------------------------------------------------

def kosten(answers, plan_answers):
    """(total estimated cost of the instruments (5.5), participation budget of step 3 or None)."""
    totaal = derived.kosten_instrumenten_totaal({SLUG: answers or {}})
    budget = derived.as_number(derived.step_answers(plan_answers, "voorwaarden").get("budget_participatie"))
    return totaal, budget


def _fasen_in_volgorde(rows):
    gebruikt = {fase for row in rows for fase in derived.as_codes(row.get("fasen"))}
    return [fase.code for fase in FASEN if fase.code in gebruikt]


def _doelgroepen_text(codes):
    if not codes:
        return ""
    return ", ".join(label((ALLE,) + DOELGROEPEN, code) for code in codes)


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    rows = [row for row in answers.get("instrumenten") or [] if isinstance(row, dict)]
    blocks = []

    fasen = _fasen_in_volgorde(rows)
    treden = sorted({row.get("trede") for row in rows if row.get("trede")}, key=niveau)
    intro = [f"We zetten {count_text(len(rows), 'instrument', 'instrumenten')} in om "
             f"mantelzorgers te betrekken."]
    if fasen:
        intro.append(f"Ze zijn verdeeld over {count_text(len(fasen), 'beleidsfase', 'beleidsfasen')}: "
                     f"{join_words([label(FASEN, code).lower() for code in fasen])}.")
    if treden:
        woord = "de trede" if len(treden) == 1 else "de treden"
        intro.append(f"We werken daarbij op {woord} "
                     f"{join_words([label(TREDEN, code).lower() for code in treden])} "
                     "van de participatieladder.")
    blocks.append(Paragraph(" ".join(intro)))

    totaal, budget = kosten(answers, plan_answers)
    uren = derived.uren_instrumenten_totaal({SLUG: answers})
    zin = f"De instrumenten kosten samen naar schatting {euro(totaal)}"
    zin += f" en {dutch_number(uren)} uur ambtelijke inzet." if uren else "."
    if budget is not None:
        if totaal <= budget:
            zin += f" Dat past binnen het budget van {euro(budget)} voor het participatietraject."
        else:
            zin += (f" Dat is {euro(totaal - budget)} meer dan het budget van {euro(budget)}. "
                       "Daarvoor zoeken we nog een oplossing.")
    blocks.append(Paragraph(zin))

    zonder = [instrument_name(row) for row in rows if row.get("terugkoppeling_gepland") is not True]
    if rows and not zonder:
        blocks.append(Paragraph("Na elk instrument laten we de deelnemers weten wat we met hun "
                                "inbreng hebben gedaan."))
    elif zonder:
        blocks.append(Paragraph(
            f"Na {len(rows) - len(zonder)} van de {len(rows)} instrumenten laten we de deelnemers "
            f"weten wat we met hun inbreng hebben gedaan. Voor {join_words(zonder)} is dat nog niet gepland."))

    if rows:
        blocks.append(Heading("Overzicht van de instrumenten"))
        ordered = sorted(rows, key=lambda row: (row.get("start") or row.get("eind") or "9999"))
        blocks.append(Table(
            caption="Gekozen instrumenten: wat, wanneer, wie en wat het kost",
            headers=["Instrument", "Fase(n)", "Trede", "Voor wie", "Wanneer", "Wie", "Kosten"],
            rows=[[
                instrument_name(row),
                ", ".join(label(FASEN, code) for code in derived.as_codes(row.get("fasen"))),
                label(TREDEN, row.get("trede")),
                _doelgroepen_text(derived.as_codes(row.get("doelgroepen"))),
                period_text(row.get("start"), row.get("eind")),
                " / ".join(part for part in (derived.as_text(row.get("verantwoordelijke")),
                                             derived.as_text(row.get("uitvoerder"))) if part),
                euro(row.get("geraamde_kosten")) if row.get("geraamde_kosten") is not None else "",
            ] for row in ordered],
        ))
        blocks.append(Heading("Instrumenten per beleidsfase"))
        blocks.append(Table(
            caption="Per instrument de fase en de trede van de participatieladder",
            headers=["Instrument"] + [fase.label for fase in FASEN],
            rows=[[instrument_name(row)] + [
                label(TREDEN, row.get("trede")) if fase.code in derived.as_codes(row.get("fasen")) else ""
                for fase in FASEN] for row in rows],
        ))

    toelichting = derived.as_text(answers.get("combinatie_toelichting"))
    principes = derived.as_codes(answers.get("combinatieprincipes"))
    if toelichting or principes:
        blocks.append(Heading("Hoe de instrumenten elkaar aanvullen"))
        if toelichting:
            blocks.append(Paragraph(toelichting))
        if principes:
            catalogus = by_code(options.COMBINATIEPRINCIPES)
            blocks.append(Paragraph("Bij het kiezen houden we ons aan deze principes:"))
            blocks.append(BulletList([
                f"{catalogus[code].label}: {catalogus[code].uitleg}" if code in catalogus and catalogus[code].uitleg
                else label(options.COMBINATIEPRINCIPES, code)
                for code in principes
            ]))

    catalogus = by_code(INSTRUMENTEN)
    gekozen = list(dict.fromkeys(row.get("instrument") for row in rows if row.get("instrument") in catalogus))
    if gekozen:
        blocks.append(Heading("Sterke en zwakke punten van de gekozen instrumenten"))
        blocks.append(Table(
            caption="Uit de instrumentenlijst van de wizard",
            headers=["Instrument", "Sterk", "Let op"],
            rows=[[catalogus[code].label, catalogus[code].sterk, catalogus[code].zwak] for code in gekozen],
        ))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def check_rows(answers, plan_answers=None):
    answers = answers or {}
    totaal, budget = kosten(answers, plan_answers or {})
    extra = [("Totale geraamde kosten instrumenten", euro(totaal))]
    if budget is not None:
        extra.append(("Budget voor participatie (stap 3)", euro(budget)))
    return answer_rows(Form, answers, summaries={"instrumenten": instrument_name},
                       extra={"instrumenten": extra})
