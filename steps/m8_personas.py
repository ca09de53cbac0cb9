"""Verdieping 8: Persona's (domain.md 6, M8; from Movisie's integral vision and Platform31).

A persona is a fictional mantelzorger built from real conversations: situation, what goes well,
what is hard, needs (the vraaggebieden of domain.md 2.3), where such people are found (the
vindplaatsen of step 6) and what support fits. Each persona can be linked to a target group of
step 6. The plan gets a short chapter beside the target groups and a one-page portrait per
persona in the annex "personas" (each portrait starts a new page in the PDF: see
static/css/plan-print.css, `#bijlage-personas`).
"""
from collections.abc import Iterator
from typing import Any

from steps import derived
from steps import forms as f
from steps.advisor.finding import WAARSCHUWING, Finding
from steps.catalogs.base import Option
from steps.catalogs.doelgroepen import DOELGROEPEN
from steps.catalogs.options import VRAAGGEBIEDEN
from steps.catalogs.vindplaatsen import VINDPLAATSEN, vindplaatsen_voor
from steps.choices import saved_codes
from steps.document import AppendixRef, BulletList, Facts, Heading, Paragraph, Section, is_empty, open_section
from steps.text import answer_rows, count_text, dutch_number, in_sentence, join_words

NUMBER = 8
LABEL = "Verdieping 8"
KIND = "verdieping"
SLUG = "personas"
TITLE = "Maak persona's van mantelzorgers"
SHORT_TITLE = "Persona's"
PLAN_TITLE = "Persona's"
INTRO = (
    "Een persona is een verzonnen mantelzorger die lijkt op echte mensen uit uw gemeente. Zo houdt "
    "iedereen bij elke keuze een echte mantelzorger voor ogen. Baseer elke persona op gesprekken "
    "met mantelzorgers, niet op aannames."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Wilt u dat iedereen weet voor wie het beleid is? Maak persona's op basis van gesprekken."
TIPS = (
    "Spreek per persona minstens vijf mantelzorgers uit die groep. Met minder gesprekken wordt "
    "een persona snel een stereotype.",
    "Verzin de naam en de details, zodat niemand herkenbaar is.",
    "Een echt citaat uit de gesprekken maakt een persona levendig.",
    "Maak een persona voor elke groep die u in stap 6 de hoogste prioriteit gaf.",
)

#: A persona based on fewer conversations than this risks being a stereotype (R47).
MIN_GESPREKKEN = 5
#: Quotation marks around a typed quote, left off before the plan adds its own.
QUOTES = "“”\"'‘’"
#: A target group of step 6 of the officer's own ("eigen") is offered by its name: "eigen:<naam>".
EIGEN_PREFIX = "eigen:"


class PersonaRow(f.ContextRow):
    naam = f.short_text(
        "Naam", required=True, required_message="Geef de persona een verzonnen naam.",
        help_text="Een verzonnen voornaam, zodat niemand herkenbaar is. Bijvoorbeeld: 'Sanne'.",
    )
    leeftijd = f.number("Leeftijd", max_value=120, help_text="Hoe oud is de persona? Bijvoorbeeld 47.")
    woonsituatie = f.short_text(
        "Woonsituatie",
        help_text="Hoe en waar woont de persona? Bijvoorbeeld: 'Rijtjeshuis in Oosterbroek, met "
                  "partner en twee kinderen'.",
    )
    zorgt_voor = f.short_text(
        "Zorgt voor", required=True,
        required_message="Vul in voor wie de persona zorgt en wat die persoon heeft.",
        help_text="Voor wie zorgt de persona, en wat heeft die persoon? Bijvoorbeeld: 'Haar moeder "
                  "(84) met dementie'.",
    )
    uren_per_week = f.number(
        "Uren zorg per week", max_value=168, help_text="Hoeveel uur per week zorgt de persona? Bijvoorbeeld 14.",
    )
    duur = f.short_text("Hoe lang al?", help_text="Sinds wanneer zorgt de persona? Bijvoorbeeld: '3 jaar'.")
    werk_school = f.short_text(
        "Werk of school", help_text="Werkt de persona of gaat die naar school? Bijvoorbeeld: '28 uur "
                                    "per week in de thuiszorg'.",
    )
    netwerk = f.short_text(
        "Netwerk", help_text="Wie helpt er mee? Bijvoorbeeld: 'Een broer op afstand, een buurvrouw'.",
    )
    wat_gaat_goed = f.long_text(
        "Wat gaat goed?", rows=2,
        help_text="Wat helpt de persona nu al? Bijvoorbeeld: 'De dagbesteding drie dagen per week'.",
    )
    knelpunten = f.long_text(
        "Waar loopt de persona tegenaan?", rows=2,
        help_text="Wat maakt de zorg zwaar? Bijvoorbeeld: 'Geen tijd voor zichzelf, werk lijdt eronder'.",
    )
    behoeften = f.multiple_choice(
        "Wat heeft de persona nodig?", VRAAGGEBIEDEN, widget="select",
        help_text="Op welke vraaggebieden heeft de persona steun nodig? Bijvoorbeeld respijtzorg.",
    )
    waar_te_vinden = f.multiple_choice(
        "Waar vindt u mantelzorgers zoals deze persona?", VINDPLAATSEN, widget="select",
        help_text="Via welke plekken of mensen bereikt u hen? Bijvoorbeeld de huisarts of de werkgever.",
    )
    passende_ondersteuning = f.long_text(
        "Welke ondersteuning past?", rows=2,
        help_text="Wat zou de persona echt helpen? Bijvoorbeeld: 'Logeeropvang voor moeder in het "
                  "weekend, en afspraken met de werkgever over flexibele uren'.",
    )
    citaat = f.short_text(
        "Citaat", max_length=300,
        help_text="Een zin die de persona zou kunnen zeggen, uit de gesprekken. Bijvoorbeeld: 'Ik "
                  "ben dochter, geen verpleegkundige.'",
    )
    gebaseerd_op_interviews = f.number(
        "Op hoeveel gesprekken gebaseerd?", required=True, max_value=100000,
        required_message="Vul in op hoeveel gesprekken met mantelzorgers deze persona is gebaseerd.",
        help_text="Met hoeveel mantelzorgers uit deze groep is gesproken? Vijf of meer is beter. "
                  "Bijvoorbeeld 6.",
    )
    bronnen = f.short_text(
        "Andere bronnen",
        help_text="Waar komt de informatie nog meer vandaan? Bijvoorbeeld: 'Mantelzorgenquête 2026, "
                  "consulenten van het steunpunt'.",
    )
    doelgroep = f.single_choice(
        "Bij welke groep uit stap 6 hoort de persona?", (), widget="select",
        help_text="Kies de groep mantelzorgers uit stap 6 waarvoor deze persona staat. Bijvoorbeeld "
                  "werkende mantelzorgers.",
    )


class Form(f.StepForm):
    werkwijze = f.long_text(
        "Hoe heeft u de persona's gemaakt?",
        help_text="Met wie sprak u, en wie hielp mee? Zo weet de lezer waarop de persona's rusten. "
                  "Bijvoorbeeld: 'Studenten van de hogeschool spraken 16 mantelzorgers; het "
                  "steunpunt las mee.'",
    )
    tables = {
        "personas": f.table(
            PersonaRow, label="Persona's",
            help_text="Beschrijf per persona wie het is, voor wie hij of zij zorgt, wat goed gaat en "
                      "wat knelt. Maak er niet meer dan acht: dan blijven ze herkenbaar. Bijvoorbeeld: "
                      "Sanne, 47, werkt en zorgt voor haar moeder met dementie.",
            min_rows=1, max_rows=8, min_rows_message="Maak minstens één persona.",
        ),
    }
    sections = (
        ("Persona's", ["personas"]),
        ("Hoe zijn de persona's gemaakt?", ["werkwijze"]),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f.configure_table(self.formsets["personas"], options={
            "doelgroep": doelgroep_options(self.plan_answers, saved_codes(self.initial, "personas", "doelgroep")),
        })

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        rows = derived.table(self.current_answers(), "personas")
        dun = [persona_naam(row) for row in rows if _te_weinig_gesprekken(row)]
        return [(f"Persona's op minder dan {MIN_GESPREKKEN} gesprekken", join_words(dun) or "Geen",
                 "Spreek meer mantelzorgers uit die groep, anders wordt de persona snel een stereotype."
                 if dun else f"Elke persona rust op {MIN_GESPREKKEN} of meer gesprekken, of het aantal is nog niet ingevuld.")]

    def suggestions(self):
        result = []
        saved = derived.table(self.initial or {}, "personas")
        gekozen = {derived.as_code(row.get("doelgroep")) for row in saved}
        groepen = derived.table(derived.step_answers(self.plan_answers, "doelgroepen"), "doelgroepen")
        hoogste = max((derived.as_number(row.get("prioriteit")) or 0 for row in groepen), default=0)
        zonder = [naam for code, naam, row in _groepen_van_stap_6(groepen)
                  if hoogste and code not in gekozen and (derived.as_number(row.get("prioriteit")) or 0) == hoogste]
        if zonder:
            result.append(("Groepen uit stap 6 zonder persona", [
                f"{naam}: deze groep heeft in stap 6 de hoogste prioriteit. Een persona maakt haar zichtbaar."
                for naam in zonder]))
        plekken = []
        for row in saved:
            code = derived.as_code(row.get("doelgroep"))
            if not code or code.startswith(EIGEN_PREFIX):
                continue
            bekend = set(derived.as_codes(row.get("waar_te_vinden")))
            passend = [in_sentence(plek.label) for plek in vindplaatsen_voor([code])
                       if plek.code not in bekend and not plek.voor_alle]
            if passend:
                plekken.append(f"{persona_naam(row)}: {join_words(passend)}.")
        if plekken:
            result.append(("Vindplaatsen die bij de groep van de persona passen", plekken))
        return result


# --- Target groups of step 6 ------------------------------------------------------------------

def _groepen_van_stap_6(rows):
    """(code, name, row) of each target group of step 6, once; an own group as 'eigen:<naam>'."""
    result, seen = [], set()
    for row in rows:
        code = derived.as_code(row.get("doelgroep"))
        if code == "eigen":
            naam = derived.as_text(row.get("eigen_naam"))
            code = f"{EIGEN_PREFIX}{naam}" if naam else ""
        else:
            naam = derived.doelgroep_label(code)
        if code and code not in seen:
            seen.add(code)
            result.append((code, naam, row))
    return result


def doelgroep_options(plan_answers, saved=()):
    """The target groups of step 6 as choices; the whole catalogue while step 6 has none.

    A code saved earlier that is no longer offered stays selectable, marked, so an old answer
    never blocks saving.
    """
    groepen = derived.table(derived.step_answers(plan_answers, "doelgroepen"), "doelgroepen")
    result = [Option(code, naam) for code, naam, _row in _groepen_van_stap_6(groepen)]
    if not result:
        result = [Option(item.code, item.label) for item in DOELGROEPEN]
    known = {item.code for item in result}
    for code in saved:
        if code and code not in known:
            result.append(Option(code, f"{doelgroep_naam(code)} (staat niet meer in stap 6)"))
            known.add(code)
    return tuple(result)


def doelgroep_naam(code):
    code = derived.as_code(code)
    if code.startswith(EIGEN_PREFIX):
        return code[len(EIGEN_PREFIX):]
    return derived.doelgroep_label(code)


# --- Plan and check page ----------------------------------------------------------------------

def persona_naam(row):
    return derived.as_text(row.get("naam")) or "Een persona zonder naam"


def _gesprekken(row):
    return derived.as_number(row.get("gebaseerd_op_interviews"))


def _te_weinig_gesprekken(row):
    aantal = _gesprekken(row)
    return aantal is not None and aantal < MIN_GESPREKKEN


def _gemeente(plan_answers):
    return derived.as_text(derived.step_answers(plan_answers, "visie").get("gemeente_naam")) or "de gemeente"


def _kop(row):
    leeftijd = derived.as_number(row.get("leeftijd"))
    return f"{persona_naam(row)}, {dutch_number(leeftijd)} jaar" if leeftijd is not None else persona_naam(row)


def _in_order(items, codes):
    chosen = set(derived.as_codes(codes))
    return [item.label for item in items if item.code in chosen]


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    gemeente = _gemeente(plan_answers)
    rows = [row for row in derived.table(answers, "personas") if not derived.is_blank(row)]
    blocks = []
    if rows:
        blocks.append(Paragraph(
            f"Achter elke groep mantelzorgers staan mensen met een eigen verhaal. Om die zichtbaar te "
            f"maken, beschrijft {gemeente} {count_text(len(rows), 'persona', 'persona’s')}: verzonnen "
            "mantelzorgers die lijken op echte inwoners. Een persona laat zien wat cijfers niet laten "
            "zien: hoe een dag eruitziet, wat goed gaat en waar het knelt. Zo houden beleidsmakers, "
            "partners en de raad bij elke keuze een mantelzorger voor ogen."))
    else:
        blocks.append(Paragraph("Er zijn nog geen persona’s uitgewerkt."))
    werkwijze = derived.as_text(answers.get("werkwijze"))
    if werkwijze:
        blocks.append(Paragraph(werkwijze))
    if rows:
        blocks.append(BulletList([_regel(row) for row in rows]))
    dun = [persona_naam(row) for row in rows if _te_weinig_gesprekken(row)]
    if dun:
        wie = f"De persona {dun[0]} is" if len(dun) == 1 else f"De persona’s {join_words(dun)} zijn"
        blocks.append(Paragraph(
            f"{wie} gebaseerd op minder dan {MIN_GESPREKKEN} gesprekken. Dat is een eerste schets; "
            "de gemeente vult die aan met meer gesprekken, zodat er geen stereotype ontstaat."))
    appendix = {}
    if rows:
        blocks.append(AppendixRef("personas", "Een portret van elke persona staat in bijlage {letter}."))
        appendix["personas"] = portraits(rows, gemeente)
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks, appendix_blocks=appendix)


def _regel(row):
    """One line per persona in the chapter: who, for whom, which group."""
    regel = _kop(row)
    zorgt_voor = derived.as_text(row.get("zorgt_voor"))
    if zorgt_voor:
        regel += f", zorgt voor {in_sentence(zorgt_voor)}"
    extra = []
    groep = doelgroep_naam(row.get("doelgroep"))
    if groep:
        extra.append(f"groep: {in_sentence(groep)}")
    gesprekken = _gesprekken(row)
    if gesprekken is not None:
        extra.append(_aantal_gesprekken(gesprekken))
    if extra:
        regel += f" ({'; '.join(extra)})"
    return regel + "."


def _aantal_gesprekken(aantal):
    return f"{dutch_number(aantal)} {'gesprek' if aantal == 1 else 'gesprekken'}"


def portraits(rows, gemeente="de gemeente"):
    """The annex: a short introduction, then one portrait per persona, each headed by its name.

    The print stylesheet starts every portrait but the first on a new page (one heading each).
    """
    blocks = [Paragraph(
        f"De persona’s zijn verzonnen, maar gebaseerd op gesprekken met mantelzorgers uit {gemeente}. "
        "Namen en details zijn bedacht, zodat niemand herkenbaar is.")]
    for row in rows:
        blocks.extend(portrait(row))
    return blocks


def portrait(row):
    naam = persona_naam(row)
    blocks = [Heading(_kop(row))]
    citaat = derived.as_text(row.get("citaat"))
    if citaat:
        blocks.append(Paragraph(f"“{citaat.strip(QUOTES)}”"))
    uren = derived.as_number(row.get("uren_per_week"))
    feiten = [
        ("Woonsituatie", derived.as_text(row.get("woonsituatie"))),
        ("Zorgt voor", derived.as_text(row.get("zorgt_voor"))),
        ("Uren zorg per week", dutch_number(uren) if uren is not None else ""),
        ("Zorgt al", derived.as_text(row.get("duur"))),
        ("Werk of school", derived.as_text(row.get("werk_school"))),
        ("Netwerk", derived.as_text(row.get("netwerk"))),
        ("Groep", doelgroep_naam(row.get("doelgroep"))),
    ]
    feiten = [(key, value) for key, value in feiten if value]
    if feiten:
        blocks.append(Facts(feiten))
    for intro, key in (("Wat goed gaat", "wat_gaat_goed"), ("Waar het knelt", "knelpunten")):
        text = derived.as_text(row.get(key))
        if text:
            blocks.append(Paragraph(f"{intro}: {text}"))
    behoeften = [in_sentence(item) for item in _in_order(VRAAGGEBIEDEN, row.get("behoeften"))]
    if behoeften:
        blocks.append(Paragraph(f"Wat {naam} nodig heeft: {join_words(behoeften)}."))
    ondersteuning = derived.as_text(row.get("passende_ondersteuning"))
    if ondersteuning:
        blocks.append(Paragraph(f"Wat past: {ondersteuning}"))
    gesprekken = _gesprekken(row)
    basis = [
        # The catalogue's labels as they are: "Centrum voor Jeugd en Gezin" keeps its capitals.
        ("Te vinden via", "; ".join(_in_order(VINDPLAATSEN, row.get("waar_te_vinden")))),
        ("Gebaseerd op", f"{_aantal_gesprekken(gesprekken)} met mantelzorgers" if gesprekken is not None else ""),
        ("Andere bronnen", derived.as_text(row.get("bronnen"))),
    ]
    basis = [(key, value) for key, value in basis if value]
    if basis:
        blocks.append(Facts(basis))
    return blocks


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, summaries={
        "personas": lambda row: f"{_kop(row)} ({doelgroep_naam(row.get('doelgroep'))})"
        if row.get("doelgroep") else _kop(row),
    })


# --- Advisor rules ----------------------------------------------------------------------------

def r47_persona_op_weinig_gesprekken(answers: Any) -> Iterator[Finding]:
    """R47: a persona based on fewer than five conversations (stereotype risk)."""
    for index, row in enumerate(derived.table(derived.step_answers(answers, SLUG), "personas"), start=1):
        if _te_weinig_gesprekken(row):
            aantal = _gesprekken(row)
            yield Finding(
                "R47",
                WAARSCHUWING,
                (SLUG,),
                f"Verdieping 8 (Persona's): de persona {persona_naam(row)} is gebaseerd op "
                f"{_aantal_gesprekken(aantal)}. "
                f"Met minder dan {MIN_GESPREKKEN} gesprekken wordt een persona snel een stereotype. "
                "Spreek meer mantelzorgers uit deze groep, of noem de persona in het plan een eerste schets.",
                "personas",
                row=index,
            )


# --- Demo -------------------------------------------------------------------------------------

#: Lindewaarde's persona's (domain.md 7; fictional people, made for the demo).
DEMO = {
    "personas": [
        {
            "naam": "Sanne",
            "leeftijd": 47,
            "woonsituatie": "Rijtjeshuis in Oosterbroek, met haar partner en twee tieners",
            "zorgt_voor": "Haar moeder (84) met dementie, die alleen woont in Lindewaarde-centrum",
            "uren_per_week": 14,
            "duur": "3 jaar",
            "werk_school": "28 uur per week teamleider bij een verzekeraar",
            "netwerk": "Een broer in Groningen die belt; een buurvrouw die 's ochtends even kijkt",
            "wat_gaat_goed": "Moeder gaat drie dagen per week naar de dagbesteding. De casemanager "
                             "dementie is goed bereikbaar.",
            "knelpunten": "Sanne regelt alles naast haar werk en slaapt slecht. Haar leidinggevende "
                          "weet niet dat ze mantelzorger is. Het logeerhuis heeft een wachttijd van "
                          "weken.",
            "behoeften": ["informatie", "praktische_hulp", "respijtzorg"],
            "waar_te_vinden": ["casemanager_dementie", "werkgever", "online_communities"],
            "passende_ondersteuning": "Logeeropvang voor moeder in het weekend, afspraken met de "
                                      "werkgever over flexibele uren en een mantelzorgconsulent die "
                                      "meedenkt over een woning dichterbij.",
            "citaat": "Ik ben dochter, geen verpleegkundige. Maar soms voelt het wel zo.",
            "gebaseerd_op_interviews": 9,
            "bronnen": "Focusgroep werkende mantelzorgers, mantelzorgenquête 2026",
            "doelgroep": "werkende_mantelzorgers",
        },
        {
            "naam": "Daan",
            "leeftijd": 15,
            "woonsituatie": "Huurwoning in Hazelt, met zijn moeder en een zusje van 9",
            "zorgt_voor": "Zijn moeder met MS, en zijn zusje als moeder een slechte dag heeft",
            "uren_per_week": 10,
            "duur": "Sinds zijn elfde",
            "werk_school": "Havo 4; bijbaan in de supermarkt op zaterdag",
            "netwerk": "Oma komt twee keer per week; op school weet alleen zijn mentor ervan",
            "wat_gaat_goed": "Daan voetbalt nog elke woensdag. Zijn mentor geeft hem uitstel als "
                             "het thuis zwaar is.",
            "knelpunten": "Daan praat er niet over met vrienden. Hij komt te laat op school als "
                          "moeder een slechte nacht had en hij zijn zusje wegbrengt.",
            "behoeften": ["informatie", "emotionele_steun", "waardering"],
            "waar_te_vinden": ["cjg", "school", "jongerenwerk"],
            "passende_ondersteuning": "Een contactpersoon jonge mantelzorgers op school, een "
                                      "lotgenotengroep via het jongerenwerk en thuishulp op de "
                                      "zware ochtenden.",
            "citaat": "Thuis help ik gewoon mee. Zo noem ik het, geen mantelzorg.",
            "gebaseerd_op_interviews": 7,
            "bronnen": "Focusgroep op school en bij het jongerenwerk",
            "doelgroep": "jonge_mantelzorgers",
        },
        {
            "naam": "Henk",
            "leeftijd": 74,
            "woonsituatie": "Eengezinswoning met trap in Ter Weide, al 40 jaar",
            "zorgt_voor": "Zijn vrouw (72) met COPD en hartfalen",
            "uren_per_week": 30,
            "duur": "6 jaar",
            "werk_school": "Gepensioneerd",
            "netwerk": "Een zoon in Utrecht, een dochter in het buitenland; de kerk",
            "wat_gaat_goed": "De wijkverpleging komt elke ochtend. De praktijkondersteuner van de "
                             "huisarts vraagt ook hoe het met Henk gaat.",
            "knelpunten": "Henk heeft zelf last van zijn rug. Zijn vrouw kan de trap bijna niet "
                          "meer op, maar verhuizen voelt als opgeven. Formulieren voor aanpassingen "
                          "vindt hij ingewikkeld.",
            "behoeften": ["advies", "praktische_hulp", "respijtzorg"],
            "waar_te_vinden": ["huisarts", "poh", "wijkverpleging", "religieuze_organisatie"],
            "passende_ondersteuning": "Een ouderenadviseur die helpt met de aanvraag voor een "
                                      "traplift of met een woning gelijkvloers in Ter Weide, en "
                                      "vrijwillige oppas zodat Henk naar de kerk kan.",
            "citaat": "We hebben het altijd samen gedaan. Dat wil ik zo houden.",
            "gebaseerd_op_interviews": 6,
            "bronnen": "Keukentafelinterviews van het steunpunt",
            "doelgroep": "oudere_mantelzorgers",
        },
    ],
    "werkwijze": (
        "Studenten Social Work van de hogeschool spraken in het voorjaar van 2026 met mantelzorgers "
        "uit alle vier de kernen. Het steunpunt en de jongerenwerkers brachten hen in contact; de "
        "klankbordgroep las de persona’s mee."
    ),
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r47_persona_op_weinig_gesprekken,)
