"""Beleid 1: het ondersteuningsaanbod voor mantelzorgers per vraaggebied (domain.md 5.3, A.1–A.2).

The questions, the chapter "Het ondersteuningsaanbod" of the beleidsplan and the rules R49–R51.
What the offer costs per year is read by ``steps.money`` (the one place for the plan's money).
"""
from __future__ import annotations

from collections.abc import Iterator

from steps import derived
from steps import forms as f
from steps.advisor.finding import TIP, WAARSCHUWING, Finding
from steps.catalogs import options
from steps.catalogs.base import Option, label
from steps.catalogs.beleid import AANBOD_STATUS
from steps.catalogs.doelgroepen import ALLE, DOELGROEPEN
from steps.choices import saved_codes
from steps.document import AppendixRef, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.money import as_money, period, plain
from steps.text import answer_rows, count_text, dutch_number, euro, gemeente_naam, in_sentence, join_words, shorten

NUMBER = 1
LABEL = "Beleid 1"
KIND = "beleid"
SLUG = "aanbod"
TITLE = "Beschrijf het ondersteuningsaanbod voor mantelzorgers"
SHORT_TITLE = "Ondersteuningsaanbod"
PLAN_TITLE = "Het ondersteuningsaanbod"
INTRO = (
    "Mantelzorgers hebben vragen op acht gebieden, van informatie tot respijtzorg en waardering. "
    "Beschrijf per vraaggebied welke steun er nu is, voor wie, wat ontbreekt en wat er in de "
    "beleidsperiode verandert. Zo ziet de raad wat mantelzorgers krijgen en wat het kost."
)
TIPS = (
    "Begin bij de sociale kaart van het steunpunt: daar staat meestal al veel van het aanbod.",
    "Vul bij elk aanbod de kosten per jaar in. Het hoofdstuk Financiën telt ze op per jaar.",
    "Heeft u een doel op verlichten? Zet dan ook de respijtzorg in het aanbod.",
    "Noem bij 'Wat ontbreekt er nog?' ook wat mantelzorgers zelf als gat noemden.",
)

VERANDERT = ("aanpassen", "nieuw", "stopt")
#: "Alle mantelzorgers" with an explanation for the offer and for a gap (the catalogue's is about instruments).
ALLE_AANBOD = Option(ALLE.code, ALLE.label, "Iedere mantelzorger kan dit aanbod gebruiken.")
ALLE_GAT = Option(ALLE.code, ALLE.label, "Dit gat raakt alle mantelzorgers.")


# --- Choices from earlier steps -------------------------------------------------------------------

def eigen_groep_namen(plan_answers) -> list[str]:
    """The names of the own target groups of step 6 (code "eigen")."""
    rows = derived.table(derived.step_answers(plan_answers, "doelgroepen"), "doelgroepen")
    return derived.unique(derived.as_text(row.get("eigen_naam")) or "Eigen groep" for row in rows
                          if derived.as_code(row.get("doelgroep")) == "eigen")


def groep_label(code, plan_answers=None) -> str:
    """The label of a target group; the own groups of step 6 by their names."""
    code = derived.as_code(code)
    if code == "eigen":
        namen = eigen_groep_namen(plan_answers or {})
        return " / ".join(namen) if namen else "Eigen groep"
    return derived.doelgroep_label(code)


def voor_wie_options(plan_answers, saved=(), alle=ALLE_AANBOD) -> tuple:
    """'Alle mantelzorgers' and the target groups of step 6; the whole catalogue while step 6 is empty.

    A group saved before that is no longer in step 6 stays choosable, marked, so an old answer
    never blocks saving (the advisor looks at step 6 itself).
    """
    gekozen = derived.gekozen_doelgroepen(plan_answers)
    if not gekozen:
        return (alle,) + DOELGROEPEN
    result = [alle] + [Option(code, groep_label(code, plan_answers)) for code in gekozen]
    known = {item.code for item in result}
    for code in saved:
        if code and code not in known:
            result.append(Option(code, f"{groep_label(code, plan_answers)} (niet meer in stap 6)"))
            known.add(code)
    return tuple(result)


def gemeente_in_zin(plan_answers):
    """The gemeente's name inside a sentence: "Lindewaarde", or "de gemeente" while step 1 has no name."""
    naam = gemeente_naam(plan_answers)
    return "de gemeente" if naam == "De gemeente" else naam


# --- The questions ----------------------------------------------------------------------------------

class AanbodRow(f.ContextRow):
    vraaggebied = f.single_choice(
        "Vraaggebied", options.VRAAGGEBIEDEN, required=True, widget="select",
        required_message="Kies bij welk vraaggebied dit aanbod hoort.",
        help_text="Op welk gebied helpt dit aanbod mantelzorgers? Bijvoorbeeld respijtzorg.",
    )
    voorziening = f.short_text(
        "Voorziening", required=True, required_message="Schrijf op welk aanbod dit is.",
        help_text="Wat is het aanbod? Bijvoorbeeld: 'Logeerhuis Oosterbroek' of 'Mantelzorgconsulent'.",
    )
    aanbieder = f.short_text(
        "Aanbieder", help_text="Wie biedt het aan? Bijvoorbeeld: 'Steunpunt Mantelzorg'.",
    )
    voor_wie = f.multiple_choice(
        "Voor wie?", (ALLE_AANBOD,) + DOELGROEPEN, widget="select",
        help_text="Voor welke groepen uit stap 6 is dit aanbod? Kies 'Alle mantelzorgers' als "
                  "iedereen er gebruik van kan maken.",
    )
    bereik_per_jaar = f.number(
        "Bereik per jaar", help_text="Hoeveel mantelzorgers gebruiken het per jaar? Bijvoorbeeld 450.",
    )
    wachttijd = f.short_text(
        "Wachttijd", help_text="Hoe lang wachten mantelzorgers? Bijvoorbeeld: '6 tot 8 weken' of 'geen'.",
    )
    status = f.single_choice(
        "Wat gebeurt ermee?", AANBOD_STATUS, widget="select",
        help_text="Blijft het aanbod zoals het is, verandert het, komt het erbij of stopt het?",
    )
    verandering = f.short_text(
        "Wat verandert er?",
        help_text="Beschrijf de verandering. Bijvoorbeeld: 'Twee bedden erbij, wachttijd onder twee weken'.",
    )
    jaar_start = f.year(
        "Vanaf welk jaar?",
        help_text="In welk jaar van de beleidsperiode gaat de verandering in? Bijvoorbeeld 2027. "
                  "Bij aanbod dat stopt: het eerste jaar zonder dit aanbod.",
    )
    kosten_per_jaar = f.amount(
        "Kosten per jaar (€)",
        help_text="Wat kost dit aanbod de gemeente per jaar? Bijvoorbeeld: 140.000.",
    )

    def completeness(self, data):
        if data.get("status") == "aanpassen":
            self.require("verandering", "Beschrijf wat er aan dit aanbod verandert.")
        if data.get("status") == "stopt":
            self.require("verandering", "Schrijf waarom dit aanbod stopt en wat mantelzorgers ervoor terugkrijgen.")


class LacuneRow(f.ContextRow):
    vraaggebied = f.single_choice(
        "Vraaggebied", options.VRAAGGEBIEDEN, required=True, widget="select",
        required_message="Kies bij welk vraaggebied dit gat hoort.",
        help_text="Op welk gebied mist er iets? Bijvoorbeeld emotionele steun.",
    )
    doelgroep = f.single_choice(
        "Voor wie ontbreekt het?", (ALLE_GAT,) + DOELGROEPEN, widget="select",
        help_text="Welke groep uit stap 6 mist dit? Kies 'Alle mantelzorgers' als het iedereen raakt.",
    )
    omschrijving = f.short_text(
        "Wat ontbreekt er?", required=True, required_message="Beschrijf wat er ontbreekt.",
        help_text="Bijvoorbeeld: 'Geen respijt aan huis in het weekend'.",
    )
    oplossing_gepland = f.yes_no(
        "Is er een oplossing gepland?", widget="select",
        help_text="Staat er in dit plan al iets om dit gat te vullen, bijvoorbeeld nieuw aanbod of een actie?",
    )


class Form(f.StepForm):
    aanbod_toelichting = f.long_text(
        "Toelichting op het aanbod",
        help_text="Wat wilt u de lezer nog vertellen over het aanbod als geheel? Bijvoorbeeld: "
                  "'Het steunpunt is de vaste ingang; andere partners werken met dezelfde sociale kaart.'",
    )
    tables = {
        "aanbod": f.table(
            AanbodRow, label="Het huidige aanbod per vraaggebied",
            help_text="Zet hier elke voorziening voor mantelzorgers, met wie het aanbiedt, voor wie, "
                      "het bereik, de wachttijd, wat er verandert en wat het per jaar kost. Bijvoorbeeld: "
                      "respijtzorg – logeerhuis – Zorggroep De Linde – € 140.000 per jaar.",
            max_rows=30,
        ),
        "aanbod_lacunes": f.table(
            LacuneRow, label="Wat ontbreekt er nog?",
            help_text="Welke steun mist er, en voor wie? Zo ziet u waar het aanbod nog gaten heeft. "
                      "Bijvoorbeeld: respijtzorg – mantelzorgers van iemand met psychische problemen.",
            max_rows=20,
        ),
    }
    sections = (
        ("Het huidige aanbod", ["aanbod"]),
        ("Wat ontbreekt er nog?", ["aanbod_lacunes"]),
        ("Toelichting", ["aanbod_toelichting"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f.configure_table(self.formsets["aanbod"], options={
            "voor_wie": voor_wie_options(self.plan_answers, saved_codes(self.initial, "aanbod", "voor_wie")),
        })
        f.configure_table(self.formsets["aanbod_lacunes"], options={
            "doelgroep": voor_wie_options(self.plan_answers, saved_codes(self.initial, "aanbod_lacunes", "doelgroep"),
                                          alle=ALLE_GAT),
        })

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        rows = [row for row in self.current_answers().get("aanbod") or [] if isinstance(row, dict)]
        totaal = sum((as_money(row.get("kosten_per_jaar")) or 0 for row in rows if row.get("status") != "stopt"), 0)
        return [("Kosten van het aanbod per jaar", euro(plain(totaal)),
                 "De som van de kosten per jaar van alle aanbod dat blijft of erbij komt. Het hoofdstuk "
                 "Financiën zet ze per jaar naast het budget.")]

    def suggestions(self):
        answers = self.current_answers() if self.is_bound else dict(self.initial or {})
        rows = derived.table(answers, "aanbod")
        met_aanbod = {derived.as_code(row.get("vraaggebied")) for row in rows}
        result = []

        doelen = derived.table(derived.step_answers(self.plan_answers, "visie"), "doelen")
        per_gebied = {}
        for index, doel in enumerate(doelen, start=1):
            code = derived.as_code(doel.get("doel_code")) or f"D{index}"
            for gebied in derived.as_codes(doel.get("vraaggebied")):
                per_gebied.setdefault(gebied, []).append(code)
        open_gebieden = [f"{label(options.VRAAGGEBIEDEN, gebied)} (doel {join_words(codes)}): welk aanbod is "
                         "er nu, en wat moet erbij om het doel te halen?"
                         for gebied, codes in per_gebied.items() if gebied not in met_aanbod]
        verlichten = [derived.as_code(doel.get("doel_code")) or f"D{index}" for index, doel in enumerate(doelen, 1)
                      if derived.as_code(doel.get("v_gebied")) == "verlichten"]
        if verlichten and "respijtzorg" not in met_aanbod | set(per_gebied):
            open_gebieden.append(f"Respijtzorg (doel {join_words(verlichten)} gaat over verlichten): "
                                 "welke logeeropvang, dagopvang of oppas aan huis is er?")
        if open_gebieden:
            result.append(("Vraaggebieden uit uw doelen (stap 1)", open_gebieden))

        gedekt = {code for row in rows for code in derived.as_codes(row.get("voor_wie"))}
        if "alle" not in gedekt:
            groepen = [f"{groep_label(code, self.plan_answers)}: welk aanbod is er voor deze groep?"
                       for code in derived.gekozen_doelgroepen(self.plan_answers) if code not in gedekt]
            if groepen:
                result.append(("Groepen uit stap 6 zonder aanbod", groepen))

        leeg = [item.label for item in options.VRAAGGEBIEDEN if item.code not in met_aanbod]
        if leeg and rows:
            result.append(("Vraaggebieden zonder aanbod", [
                f"Voor {join_words([in_sentence(naam) for naam in leeg])} staat nog geen aanbod. Is er "
                "echt niets, zet het dan bij 'Wat ontbreekt er nog?'."]))
        return result


# --- The chapter of the beleidsplan -----------------------------------------------------------------

def _voor_wie_text(codes, plan_answers):
    codes = derived.as_codes(codes)
    if not codes or "alle" in codes:
        return "alle mantelzorgers"
    return join_words([in_sentence(groep_label(code, plan_answers)) for code in codes])


def _aanbod_name(row):
    naam = derived.as_text(row.get("voorziening")) or "Aanbod zonder naam"
    aanbieder = derived.as_text(row.get("aanbieder"))
    return f"{naam} ({aanbieder})" if aanbieder else naam


def _jaar(row):
    jaar = derived.as_number(row.get("jaar_start"))
    return str(int(jaar)) if isinstance(jaar, int) else ""


def _change_sentence(row):
    """What happens to an offer that changes or stops, as a sentence."""
    naam = derived.as_text(row.get("voorziening")) or "Een aanbod"
    wat = derived.as_text(row.get("verandering")).rstrip(".")
    jaar = _jaar(row)
    if derived.as_code(row.get("status")) == "stopt":
        zin = f"{naam} stopt{' in ' + jaar if jaar else ''}"
    else:
        zin = f"{naam} verandert{' vanaf ' + jaar if jaar else ''}"
    return f"{zin}{': ' + in_sentence(wat) if wat else ''}."


def _kosten(rows):
    return sum((as_money(row.get("kosten_per_jaar")) or 0 for row in rows
                if derived.as_code(row.get("status")) != "stopt"), 0)


def _gebied_blocks(naam, rows, gaten, plan_answers):
    zinnen = []
    if rows:
        delen = []
        for row in rows:
            extra = []
            bereik = derived.as_number(row.get("bereik_per_jaar"))
            if bereik is not None:
                extra.append(f"bereik {dutch_number(bereik)} per jaar")
            wachttijd = derived.as_text(row.get("wachttijd"))
            if wachttijd.lower().rstrip(".") in ("geen", "nee", "0", "-", "–"):
                extra.append("geen wachttijd")
            elif wachttijd:
                extra.append(f"wachttijd {wachttijd}")
            tekst = f"{_aanbod_name(row)} voor {_voor_wie_text(row.get('voor_wie'), plan_answers)}"
            delen.append(f"{tekst}{' (' + ', '.join(extra) + ')' if extra else ''}")
        bestaand = [tekst for tekst, row in zip(delen, rows) if derived.as_code(row.get("status")) != "nieuw"]
        if bestaand:
            zinnen.append(f"Nu is er: {join_words(bestaand)}.")
        for tekst, row in zip(delen, rows):
            if derived.as_code(row.get("status")) == "nieuw":
                jaar, wat = _jaar(row), derived.as_text(row.get("verandering")).rstrip(".")
                zinnen.append(f"Nieuw{' vanaf ' + jaar if jaar else ''}: {tekst}{': ' + in_sentence(wat) if wat else ''}.")
        zinnen += [_change_sentence(row) for row in rows if derived.as_code(row.get("status")) in ("aanpassen", "stopt")]
        kosten = _kosten(rows)
        if any(as_money(row.get("kosten_per_jaar")) is not None for row in rows):
            zinnen.append(f"Het aanbod op dit gebied kost {euro(plain(kosten))} per jaar.")
    else:
        zinnen.append("Op dit gebied is nu geen aanbod.")
    for gat in gaten:
        wat = derived.as_text(gat.get("omschrijving")).rstrip(".") or "Er ontbreekt nog iets"
        groep = derived.as_code(gat.get("doelgroep"))
        voor = f" (voor {_voor_wie_text([groep], plan_answers)})" if groep else ""
        gepland = derived.as_bool(gat.get("oplossing_gepland"))
        vervolg = {True: "Daarvoor is in dit plan een oplossing gepland.",
                   False: "Daarvoor is nog geen oplossing gepland."}.get(gepland, "")
        zinnen.append(f"Wat nog ontbreekt: {in_sentence(wat)}{voor}. {vervolg}".strip())
    return [Heading(naam), Paragraph(" ".join(zinnen))]


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    rows = [row for row in derived.table(answers, "aanbod") if not derived.is_blank(row)]
    gaten = [row for row in derived.table(answers, "aanbod_lacunes") if not derived.is_blank(row)]
    gemeente = gemeente_naam(plan_answers)

    intro = [f"Mantelzorgers hebben vragen op acht gebieden. Dit hoofdstuk beschrijft per vraaggebied "
             f"welke steun {gemeente} nu biedt, voor wie, wat er ontbreekt en wat er verandert"]
    jaren = period(plan_answers)
    intro[0] += f" in de jaren {jaren[0]} tot en met {jaren[1]}." if jaren else " in de beleidsperiode."
    if rows:
        veranderingen = [row for row in rows if derived.as_code(row.get("status")) in VERANDERT]
        zin = f"Het aanbod telt {count_text(len(rows), 'voorziening', 'voorzieningen')}"
        zin += (f", waarvan er {len(veranderingen)} veranderen, erbij komen of stoppen." if veranderingen
                else ".")
        intro.append(zin)
        if any(as_money(row.get("kosten_per_jaar")) is not None for row in rows):
            intro.append(f"Het aanbod dat blijft of erbij komt, kost samen {euro(plain(_kosten(rows)))} per jaar. "
                         "Het hoofdstuk Financiën zet die kosten per jaar naast het budget.")
    blocks = [Paragraph(" ".join(intro))]
    toelichting = derived.as_text(answers.get("aanbod_toelichting"))
    if toelichting:
        blocks.append(Paragraph(toelichting))

    leeg = []
    for item in options.VRAAGGEBIEDEN:
        eigen = [row for row in rows if _gebied(row) == item.code]
        eigen_gaten = [gat for gat in gaten if _gebied(gat) == item.code]
        if eigen or eigen_gaten:
            blocks += _gebied_blocks(item.label, eigen, eigen_gaten, plan_answers)
        else:
            leeg.append(in_sentence(item.label))
    overig = [row for row in rows if not _gebied(row)]
    overige_gaten = [gat for gat in gaten if not _gebied(gat)]
    if overig or overige_gaten:
        blocks += _gebied_blocks("Overig aanbod", overig, overige_gaten, plan_answers)
    if leeg and (rows or gaten):
        blocks.append(Paragraph(f"Voor {join_words(leeg)} is in dit plan geen aanbod beschreven."))

    detail = {}
    if rows or gaten:
        blocks.append(Heading("Overzicht per vraaggebied"))
        overzicht = []
        for item in [*options.VRAAGGEBIEDEN, Option("", "Overig aanbod")]:
            hier = [row for row in rows if _gebied(row) == item.code]
            gaten_hier = [gat for gat in gaten if _gebied(gat) == item.code]
            if not item.code and not hier and not gaten_hier:
                continue
            overzicht.append([
                item.label,
                str(len(hier)),
                str(sum(1 for row in hier if derived.as_code(row.get("status")) in VERANDERT)),
                str(len(gaten_hier)),
                euro(plain(_kosten(hier))),
            ])
        overzicht.append(["Totaal", str(len(rows)),
                          str(sum(1 for row in rows if derived.as_code(row.get("status")) in VERANDERT)),
                          str(len(gaten)), euro(plain(_kosten(rows)))])
        blocks.append(Table(
            caption="Aanbod per vraaggebied: aantal voorzieningen, veranderingen, wat ontbreekt en kosten per jaar",
            headers=["Vraaggebied", "Voorzieningen", "Veranderen", "Ontbreekt", "Kosten per jaar"],
            rows=overzicht,
        ))
    if rows:
        blocks.append(AppendixRef("aanbod", "Elke voorziening met aanbieder, bereik en wachttijd staat in "
                                            "bijlage {letter}."))
        volgorde = {item.code: index for index, item in enumerate(options.VRAAGGEBIEDEN)}
        ordered = sorted(rows, key=lambda row: volgorde.get(_gebied(row), 99))
        detail["aanbod"] = [Table(
            caption="Het ondersteuningsaanbod in detail: voor wie, bereik, wachttijd, wat verandert en kosten",
            headers=["Vraaggebied", "Voorziening", "Voor wie", "Bereik per jaar", "Wachttijd",
                     "Wat verandert", "Kosten per jaar"],
            rows=[[
                label(options.VRAAGGEBIEDEN, _gebied(row)),
                _aanbod_name(row),
                _voor_wie_text(row.get("voor_wie"), plan_answers),
                dutch_number(derived.as_number(row.get("bereik_per_jaar"))),
                derived.as_text(row.get("wachttijd")),
                _status_text(row),
                euro(plain(as_money(row.get("kosten_per_jaar")))) if as_money(row.get("kosten_per_jaar")) is not None
                else "",
            ] for row in ordered],
        )]
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks, appendix_blocks=detail)


def _gebied(row):
    """The vraaggebied code of a row; "" for none or one not in the list (the "Overig" group)."""
    code = derived.as_code(row.get("vraaggebied"))
    return code if code in {item.code for item in options.VRAAGGEBIEDEN} else ""


def _status_text(row):
    status = derived.as_code(row.get("status"))
    if status not in VERANDERT:
        return label(AANBOD_STATUS, status) if status else ""
    jaar = _jaar(row)
    woord = {"aanpassen": "Aangepast", "nieuw": "Nieuw", "stopt": "Stopt"}[status]
    if jaar:
        woord += f" in {jaar}" if status == "stopt" else f" vanaf {jaar}"
    wat = derived.as_text(row.get("verandering"))
    return f"{woord}: {in_sentence(wat)}" if wat else woord


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, summaries={
        "aanbod": lambda row: " – ".join(part for part in (
            label(options.VRAAGGEBIEDEN, derived.as_code(row.get("vraaggebied"))),
            derived.as_text(row.get("voorziening"))) if part) or "Rij zonder naam",
        "aanbod_lacunes": lambda row: shorten(derived.as_text(row.get("omschrijving"))) or "Rij zonder omschrijving",
    })


# --- Advisor rules (domain.md 5.3) --------------------------------------------------------------------

def _lopend_aanbod(answers):
    """The offer rows that do not stop (the offer the plan ends with)."""
    rows = derived.table(derived.step_answers(answers, SLUG), "aanbod")
    return [row for row in rows if not derived.is_blank(row) and derived.as_code(row.get("status")) != "stopt"]


def r49_verlichten_zonder_respijtzorg(answers) -> Iterator[Finding]:
    """R49: a goal of step 1 on verlichten, and no respijtzorg in the offer (once the offer is filled in)."""
    if not derived.table(derived.step_answers(answers, SLUG), "aanbod"):
        return
    doelen = [derived.as_code(row.get("doel_code")) or f"D{index}" for index, row in enumerate(
        derived.table(derived.step_answers(answers, "visie"), "doelen"), start=1)
        if derived.as_code(row.get("v_gebied")) == "verlichten"]
    if not doelen:
        return
    if any(derived.as_code(row.get("vraaggebied")) == "respijtzorg" for row in _lopend_aanbod(answers)):
        return
    yield Finding(
        "R49", WAARSCHUWING, (SLUG, "visie"),
        f"Beleid 1: doel {join_words(doelen)} in stap 1 gaat over verlichten, maar in het aanbod staat geen "
        "respijtzorg die blijft. Zet bij 'Het huidige aanbod' de respijtzorg die er is of komt, zoals "
        "logeeropvang of oppas aan huis.",
        "aanbod",
    )


def r50_doelgroep_zonder_aanbod(answers) -> Iterator[Finding]:
    """R50: a target group of step 6 with no offer for it or for all mantelzorgers, and no gap named for
    it either (once the offer is filled in)."""
    aanbod = derived.step_answers(answers, SLUG)
    if not derived.table(aanbod, "aanbod"):
        return
    gedekt = {code for row in _lopend_aanbod(answers) for code in derived.as_codes(row.get("voor_wie"))}
    if "alle" in gedekt:
        return
    gedekt |= {derived.as_code(row.get("doelgroep")) for row in derived.table(aanbod, "aanbod_lacunes")}
    for code in derived.gekozen_doelgroepen(answers):
        if code not in gedekt:
            yield Finding(
                "R50", WAARSCHUWING, (SLUG, "doelgroepen"),
                f"Beleid 1: voor {in_sentence(groep_label(code, answers))} (stap 6) staat geen aanbod. Kies "
                "deze groep bij 'Voor wie?' van een aanbod dat er is, of zet bij 'Wat ontbreekt er nog?' "
                "wat deze groep mist.",
                "aanbod",
            )


def r51_gat_zonder_oplossing(answers) -> Iterator[Finding]:
    """R51: a vraaggebied with a gap in the offer for which no solution is planned."""
    rows = derived.table(derived.step_answers(answers, SLUG), "aanbod_lacunes")
    per_gebied = {}
    for number, row in enumerate(rows, start=1):
        if derived.as_bool(row.get("oplossing_gepland")) is False:
            per_gebied.setdefault(derived.as_code(row.get("vraaggebied")), []).append((number, row))
    for gebied, gaten in per_gebied.items():
        naam = label(options.VRAAGGEBIEDEN, gebied) if gebied else "een vraaggebied"
        wat = join_words([f"'{shorten(derived.as_text(row.get('omschrijving')), 60)}'" for _n, row in gaten
                          if derived.as_text(row.get("omschrijving"))])
        yield Finding(
            "R51", TIP, (SLUG,),
            f"Beleid 1: bij {in_sentence(naam)} ontbreekt iets{' (' + wat + ')' if wat else ''} en is nog geen "
            "oplossing gepland. Zet er nieuw aanbod of een actie voor in het plan, of leg uit waarom dat nu "
            "niet kan.",
            "aanbod_lacunes", row=gaten[0][0],
        )


#: Lindewaarde's answers (domain.md 7): the offer per vraaggebied in 2026 and what changes in 2027–2030.
DEMO = {
    "aanbod": [
        {"vraaggebied": "informatie", "voorziening": "Website, nieuwsbrief en sociale kaart mantelzorg",
         "aanbieder": "Steunpunt Mantelzorg Lindewaarde", "voor_wie": ["alle"], "bereik_per_jaar": 1150,
         "wachttijd": "geen", "status": "bestaand", "verandering": "", "jaar_start": None,
         "kosten_per_jaar": 15000},
        {"vraaggebied": "informatie", "voorziening": "Informatiepunten mantelzorg in bibliotheek en buurthuizen",
         "aanbieder": "Welzijn Lindewaarde", "voor_wie": ["alle", "migratieachtergrond"], "bereik_per_jaar": 400,
         "wachttijd": "geen", "status": "nieuw", "verandering": "In alle vier de kernen, ook in Hazelt",
         "jaar_start": 2027, "kosten_per_jaar": 8000},
        {"vraaggebied": "advies", "voorziening": "Mantelzorgconsulenten",
         "aanbieder": "Steunpunt Mantelzorg Lindewaarde", "voor_wie": ["alle"], "bereik_per_jaar": 450,
         "wachttijd": "1 week", "status": "aanpassen",
         "verandering": "Vast spreekuur in Hazelt, samen met sleutelfiguren", "jaar_start": 2027,
         "kosten_per_jaar": 265000},
        {"vraaggebied": "advies", "voorziening": "Mantelzorgmakelaar",
         "aanbieder": "Steunpunt Mantelzorg Lindewaarde",
         "voor_wie": ["dementie", "ouders_kind_beperking", "langdurig_intensief"], "bereik_per_jaar": 60,
         "wachttijd": "3 weken", "status": "bestaand", "verandering": "", "jaar_start": None,
         "kosten_per_jaar": 35000},
        {"vraaggebied": "emotionele_steun", "voorziening": "Mantelzorgcafé en lotgenotengroepen",
         "aanbieder": "Steunpunt Mantelzorg Lindewaarde", "voor_wie": ["alle"], "bereik_per_jaar": 180,
         "wachttijd": "geen", "status": "bestaand", "verandering": "", "jaar_start": None,
         "kosten_per_jaar": 12000},
        {"vraaggebied": "emotionele_steun", "voorziening": "JOMA-groep voor jonge mantelzorgers",
         "aanbieder": "Jongerenwerk Lindewaarde", "voor_wie": ["jonge_mantelzorgers"], "bereik_per_jaar": 40,
         "wachttijd": "geen", "status": "nieuw", "verandering": "Elke maand, samen met de scholen",
         "jaar_start": 2027, "kosten_per_jaar": 10000},
        {"vraaggebied": "educatie", "voorziening": "Cursussen 'Omgaan met dementie' en 'Zorg en werk'",
         "aanbieder": "Steunpunt Mantelzorg Lindewaarde", "voor_wie": ["werkende_mantelzorgers", "dementie"],
         "bereik_per_jaar": 90, "wachttijd": "geen", "status": "bestaand", "verandering": "",
         "jaar_start": None, "kosten_per_jaar": 8000},
        {"vraaggebied": "praktische_hulp", "voorziening": "Vrijwillige hulp bij klussen, boodschappen en vervoer",
         "aanbieder": "Vrijwilligerscentrale Lindewaarde",
         "voor_wie": ["werkende_mantelzorgers", "oudere_mantelzorgers", "op_afstand"], "bereik_per_jaar": 120,
         "wachttijd": "1 week", "status": "bestaand", "verandering": "", "jaar_start": None,
         "kosten_per_jaar": 14000},
        {"vraaggebied": "respijtzorg", "voorziening": "Logeerhuis Oosterbroek",
         "aanbieder": "Zorggroep De Linde",
         "voor_wie": ["dementie", "ouders_kind_beperking", "langdurig_intensief"], "bereik_per_jaar": 70,
         "wachttijd": "6 tot 8 weken", "status": "aanpassen",
         "verandering": "Van 6 naar 8 bedden, wachttijd onder twee weken", "jaar_start": 2027,
         "kosten_per_jaar": 140000},
        {"vraaggebied": "respijtzorg", "voorziening": "Vrijwillige thuisoppas",
         "aanbieder": "Vrijwilligerscentrale Lindewaarde", "voor_wie": ["alle"], "bereik_per_jaar": 85,
         "wachttijd": "2 weken", "status": "aanpassen",
         "verandering": "Ook op korte termijn en 's avonds (flexibele thuisoppas)", "jaar_start": 2027,
         "kosten_per_jaar": 30000},
        {"vraaggebied": "respijtzorg", "voorziening": "Regionaal respijtweekend",
         "aanbieder": "Regio Midden", "voor_wie": ["langdurig_intensief"], "bereik_per_jaar": 12,
         "wachttijd": "geen", "status": "stopt",
         "verandering": "Weinig gebruikt; het geld gaat naar de flexibele thuisoppas", "jaar_start": 2028,
         "kosten_per_jaar": 6000},
        {"vraaggebied": "financieel_materieel", "voorziening": "Parkeervergunning voor mantelzorgers",
         "aanbieder": "Gemeente Lindewaarde", "voor_wie": ["alle"], "bereik_per_jaar": 140,
         "wachttijd": "2 weken", "status": "bestaand", "verandering": "", "jaar_start": None,
         "kosten_per_jaar": 3000},
        {"vraaggebied": "waardering", "voorziening": "Mantelzorgwaardering: cadeaubon of activiteit",
         "aanbieder": "Steunpunt Mantelzorg Lindewaarde", "voor_wie": ["alle"], "bereik_per_jaar": 1300,
         "wachttijd": "geen", "status": "aanpassen",
         "verandering": "De bon is ook te besteden aan een respijtdag", "jaar_start": 2027,
         "kosten_per_jaar": 70000},
    ],
    "aanbod_lacunes": [
        {"vraaggebied": "respijtzorg", "doelgroep": "ggz_verslaving",
         "omschrijving": "Geen respijt dat past bij zorg voor iemand met psychische problemen",
         "oplossing_gepland": True},
        {"vraaggebied": "informatie", "doelgroep": "migratieachtergrond",
         "omschrijving": "Informatie alleen in het Nederlands en vooral online", "oplossing_gepland": True},
        {"vraaggebied": "emotionele_steun", "doelgroep": "jonge_mantelzorgers",
         "omschrijving": "Geen plek waar jonge mantelzorgers elkaar treffen", "oplossing_gepland": True},
    ],
    "aanbod_toelichting": (
        "Het Steunpunt Mantelzorg Lindewaarde is de vaste ingang voor mantelzorgers. Het sociaal team, de "
        "huisartsen en de scholen verwijzen naar het steunpunt en werken met dezelfde sociale kaart."
    ),
    "stap_notities": "",
}
#: The advisor rules of this section (see steps/advisor).
RULES = (r49_verlichten_zonder_respijtzorg, r50_doelgroep_zonder_aanbod, r51_gat_zonder_oplossing)
