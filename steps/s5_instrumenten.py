"""Stap 5: welke instrumenten zet u in, en hoe vullen ze elkaar aan?

The second half of this module holds a few small helpers that steps 5–8 share (select lists in
table rows, choice lists that depend on earlier steps, display values for the check page and
the plan). They only build on ``steps.forms`` and ``steps.document``.
"""
from decimal import Decimal

from django import forms

from steps import derived
from steps import forms as f
from steps.catalogs import options
from steps.catalogs.base import Option, by_code, label
from steps.catalogs.doelgroepen import ALLE, DOELGROEPEN
from steps.catalogs.fasen import FASEN
from steps.catalogs.instruments import INSTRUMENTEN, instrumenten_voor
from steps.catalogs.ladder import TREDEN, niveau, treden_voor
from steps.document import (
    NOT_ANSWERED,
    BulletList,
    Heading,
    Paragraph,
    Section,
    Table,
    open_section,
)

# =============================================================================================
# Helpers shared by steps 5–8
# =============================================================================================

EMPTY_CHOICE = ("", "Kies…")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def as_select(field):
    """Show a single choice (also ja/nee and a scale) as a select list with an empty first line.

    Table rows use select lists: radio buttons in every row of a table are hard to use.
    """
    field.widget = forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"})
    field.choices = [EMPTY_CHOICE] + [choice for choice in field.choices if choice[0] != ""]
    return field


def set_options(field, items):
    """Replace the choices of a (multiple) choice field by catalogue-like items (code, label)."""
    items = tuple(items)
    field.options = items
    pairs = [(item.code, item.label) for item in items]
    if isinstance(field, forms.MultipleChoiceField) or not isinstance(field.widget, forms.Select):
        field.choices = pairs
    else:
        field.choices = [EMPTY_CHOICE] + pairs


def labelled_table(row_form, label_text, help_text="", **kwargs):
    """A table (formset class) with a label and a help text for the page and the check page."""
    formset = f.table(row_form, **kwargs)
    formset.label = label_text
    formset.help_text = help_text
    return formset


class ContextRow(f.RowForm):
    """A table row whose choice lists (and checks) depend on earlier steps.

    The step form passes ``options`` ({field: items}) and ``context`` (a dict) through the
    formset's ``form_kwargs``; see ``configure_table``.
    """

    def __init__(self, *args, options=None, context=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context or {}
        for name, items in (options or {}).items():
            set_options(self.fields[name], items)


def configure_table(formset, options=None, context=None):
    """Give every row of a table (also rows added later and the empty template row) its choices."""
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


def is_empty(answers):
    """True when a step was never saved or holds only empty answers."""
    if not answers:
        return True
    return all(value in (None, "", [], {}) for value in answers.values())


def fmt_number(value):
    """12345 -> "12.345"; 7.5 -> "7,5"."""
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")


def fmt_euro(value):
    return f"€ {fmt_number(value or 0)}"


def fmt_date(value):
    """ISO date -> "15-02-2026"; "" when empty."""
    day = derived.as_date(value)
    return day.strftime("%d-%m-%Y") if day else ""


def fmt_date_long(value):
    """ISO date -> "15 februari 2026"."""
    day = derived.as_date(value)
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}" if day else ""


def join_nl(items):
    """["a", "b", "c"] -> "a, b en c"."""
    items = [item for item in items if item]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


def count_text(number, singular, plural):
    return f"{number} {singular if number == 1 else plural}"


def choice_text(field, code):
    for value, text in field.choices:
        if str(value) == str(code):
            return str(text)
    return str(code)


def display_value(field, value):
    """An answer as the officer reads it on the check page; "Niet ingevuld" when empty."""
    if value is None or value == "" or value == [] or value == ():
        return NOT_ANSWERED
    if isinstance(value, bool):
        return "Ja" if value else "Nee"
    if isinstance(field, forms.MultipleChoiceField):
        return ", ".join(choice_text(field, code) for code in value)
    if isinstance(field, forms.ChoiceField):
        return choice_text(field, value)
    if isinstance(field, forms.DateField):
        return fmt_date(value) or str(value)
    if isinstance(field, (forms.IntegerField, forms.DecimalField)):
        return fmt_number(value)
    return str(value)


def summarise_table(rows, describe, limit=6):
    """'3 rijen: A, B, C' (at most `limit` names, then 'en nog 4')."""
    rows = [row for row in rows or [] if isinstance(row, dict)]
    if not rows:
        return NOT_ANSWERED
    names = [describe(row) for row in rows]
    names = [name for name in names if name]
    text = count_text(len(rows), "rij", "rijen")
    if not names:
        return text
    shown = ", ".join(names[:limit])
    if len(names) > limit:
        shown += f" en nog {len(names) - limit}"
    return f"{text}: {shown}"


def build_check_rows(form_class, answers, describe, derived_after=None):
    """Every question of a step in page order with its display value.

    `describe` maps a table name to a function that names one row; `derived_after` maps a
    field or table name to extra (label, value) pairs shown right after it.
    """
    answers = answers or {}
    derived_after = derived_after or {}
    result = []
    for _legend, names in form_class.sections:
        for name in names:
            if name in form_class.tables:
                formset = form_class.tables[name]
                result.append((getattr(formset, "label", name),
                               summarise_table(answers.get(name), describe[name])))
            else:
                field = form_class.base_fields[name]
                result.append((str(field.label), display_value(field, answers.get(name))))
            result.extend(derived_after.get(name, ()))
    return result


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
    terugkoppeling_gepland = as_select(f.yes_no(
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

    tables = {
        "instrumenten": labelled_table(
            InstrumentRow, "Gekozen instrumenten",
            "Zet hier elk instrument dat u inzet, met planning, kosten en wie het doet. Zo "
            "ziet u of u elke fase uit stap 4 heeft gedekt. Bijvoorbeeld: een enquête in de "
            "inventarisatie, op de trede raadplegen.",
            min_rows=1, max_rows=30, min_rows_message="Kies minstens één instrument.",
        ),
    }
    sections = (
        ("Gekozen instrumenten", ["instrumenten"]),
        ("Hoe vullen de instrumenten elkaar aan?", ["combinatieprincipes", "combinatie_toelichting"]),
    )

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

    def derived_values(self):
        """Read-only values shown on the page: the total estimated cost versus the budget."""
        answers = self.answers() if self.is_bound and self.is_valid() else (self.initial or {})
        return kosten_regels(answers, self.plan_answers)

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

def kosten_regels(answers, plan_answers):
    totaal = derived.kosten_instrumenten_totaal({SLUG: answers or {}})
    regels = [("Totale geraamde kosten instrumenten", fmt_euro(totaal))]
    budget = derived.as_number(derived.step_answers(plan_answers, "voorwaarden").get("budget_participatie"))
    if budget is not None:
        regels.append(("Budget participatie (stap 3)", fmt_euro(budget)))
    return regels


def _fasen_in_volgorde(rows):
    gebruikt = {fase for row in rows for fase in derived.as_codes(row.get("fasen"))}
    return [fase.code for fase in FASEN if fase.code in gebruikt]


def _doelgroepen_text(codes):
    if not codes:
        return ""
    return ", ".join(label((ALLE,) + DOELGROEPEN, code) for code in codes)


def _periode(row):
    start, eind = fmt_date(row.get("start")), fmt_date(row.get("eind"))
    if start and eind and start != eind:
        return f"{start} t/m {eind}"
    return eind or start


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
                     f"{join_nl([label(FASEN, code).lower() for code in fasen])}.")
    if treden:
        woord = "de trede" if len(treden) == 1 else "de treden"
        intro.append(f"We werken daarbij op {woord} "
                     f"{join_nl([label(TREDEN, code).lower() for code in treden])} "
                     "van de participatieladder.")
    blocks.append(Paragraph(" ".join(intro)))

    totaal = derived.kosten_instrumenten_totaal({SLUG: answers})
    uren = derived.uren_instrumenten_totaal({SLUG: answers})
    budget = derived.as_number(derived.step_answers(plan_answers, "voorwaarden").get("budget_participatie"))
    kosten = f"De instrumenten kosten samen naar schatting {fmt_euro(totaal)}"
    kosten += f" en {fmt_number(uren)} uur ambtelijke inzet." if uren else "."
    if budget is not None:
        if totaal <= budget:
            kosten += f" Dat past binnen het budget van {fmt_euro(budget)} voor het participatietraject."
        else:
            kosten += (f" Dat is {fmt_euro(totaal - budget)} meer dan het budget van {fmt_euro(budget)}. "
                       "Daarvoor zoeken we nog een oplossing.")
    blocks.append(Paragraph(kosten))

    zonder = [instrument_name(row) for row in rows if row.get("terugkoppeling_gepland") is not True]
    if rows and not zonder:
        blocks.append(Paragraph("Na elk instrument laten we de deelnemers weten wat we met hun "
                                "inbreng hebben gedaan."))
    elif zonder:
        blocks.append(Paragraph(
            f"Na {len(rows) - len(zonder)} van de {len(rows)} instrumenten laten we de deelnemers "
            f"weten wat we met hun inbreng hebben gedaan. Voor {join_nl(zonder)} is dat nog niet gepland."))

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
                _periode(row),
                " / ".join(part for part in (derived.as_text(row.get("verantwoordelijke")),
                                             derived.as_text(row.get("uitvoerder"))) if part),
                fmt_euro(row.get("geraamde_kosten")) if row.get("geraamde_kosten") is not None else "",
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


def check_rows(answers):
    answers = answers or {}
    return build_check_rows(
        Form, answers,
        describe={"instrumenten": instrument_name},
        derived_after={"instrumenten": [kosten_regels(answers, {})[0]]},
    )

