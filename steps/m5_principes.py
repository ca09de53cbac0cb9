"""Verdieping 5: visie met leidende principes (domain.md 6, M5).

MantelzorgNL's way to a vision that people recognise: check which visions exist, collect
images, values and rules of thumb with mantelzorgers, partners and the gemeente (the worksheet
`waarden_inventaris`), shape them into five to eight coherent leading principles, turn them into
agreements and roles, and test now and then whether the work still serves the vision.

Step 1 has its own `leidende_principes` (1.16). This module does not write into step 1: its page
offers its principles as a suggestion for step 1 (and step 1's as a suggestion here), and its
plan chapter refers to the vision chapter instead of repeating the same list.
"""
import re
from collections.abc import Iterator
from typing import Any

from steps import derived
from steps import forms as f
from steps.advisor.finding import TIP, Finding
from steps.catalogs.base import Option, label
from steps.document import BulletList, Heading, Paragraph, Section, Table, is_empty, open_section
from steps.text import answer_rows, count_text, dutch_date, gemeente_naam, in_sentence, join_words, shorten

NUMBER = 5
LABEL = "Verdieping 5"
KIND = "verdieping"
SLUG = "principes"
TITLE = "Maak leidende principes voor uw visie"
SHORT_TITLE = "Leidende principes"
PLAN_TITLE = "Leidende principes"
INTRO = (
    "Leidende principes maken uw visie concreet en herkenbaar. U verzamelt met mantelzorgers, "
    "partners en collega's beelden, waarden en vuistregels, en maakt daar vijf tot acht "
    "principes van. Daarna spreekt u af wie wat doet en wanneer u toetst of u nog het juiste doet."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Wilt u een visie die mensen herkennen? Verzamel waarden en maak leidende principes."
TIPS = (
    "Is er nog geen visie van de gemeente of van uw organisatie? Schrik niet: dat is juist uw kans.",
    "Vraag niet 'wat is goede steun?', maar 'wanneer merkte u dat de steun goed was?'. Zo krijgt u "
    "beelden in plaats van algemene woorden.",
    "Wat 'goed' is, verschilt per persoon. Schrijf daarom op wie een beeld of waarde noemde.",
    "Vijf tot acht principes is genoeg. Let erop dat ze bij elkaar passen en elkaar niet tegenspreken.",
    "Toets regelmatig: doen we nog het juiste? Soms moet u iets loslaten om ruimte te maken voor iets nieuws.",
)

#: The source's advice: five to at most eight principles (R42).
MINSTE_PRINCIPES, MEESTE_PRINCIPES = 5, 8

BESTAANDE_VISIE = (
    Option("ja_actueel", "Ja, en die is actueel"),
    Option("ja_verouderd", "Ja, maar die is verouderd"),
    Option("nee", "Nee, die is er nog niet"),
    Option("weet_niet", "Weet ik niet"),
)
VISIE_GEMEENTE_ZIN = {
    "ja_actueel": "{G} had al een actuele visie op mantelzorgondersteuning; de principes bouwen daarop voort.",
    "ja_verouderd": "{G} had al een visie op mantelzorgondersteuning, maar die was verouderd. De principes "
                    "geven haar een nieuwe basis.",
    "nee": "{G} had nog geen visie op mantelzorgondersteuning. Dat gaf de kans om die samen met "
           "mantelzorgers en partners te maken.",
    "weet_niet": "Of er al een gemeentelijke visie op mantelzorgondersteuning was, was bij de start niet duidelijk.",
}
VISIE_ORGANISATIE_ZIN = {
    "ja_actueel": "Ook binnen de eigen organisatie lag er een actuele visie.",
    "ja_verouderd": "Binnen de eigen organisatie lag een visie die aan vernieuwing toe was.",
    "nee": "Binnen de eigen organisatie was er nog geen eigen visie.",
    "weet_niet": "",
}
GENOEMD_DOOR = (
    Option("mantelzorgers", "Mantelzorgers"),
    Option("partners", "Partners"),
    Option("gemeente", "Gemeente"),
    Option("anders", "Anders"),
)
GENOEMD_DOOR_ZIN = {"mantelzorgers": "mantelzorgers", "partners": "partners", "gemeente": "de gemeente",
                    "anders": "anderen"}
TOETS_FREQUENTIE = (
    Option("halfjaarlijks", "Elk half jaar", "elk half jaar"),
    Option("jaarlijks", "Elk jaar", "elk jaar"),
    Option("tweejaarlijks", "Eens in de twee jaar", "eens in de twee jaar"),
    Option("einde_periode", "Aan het eind van de beleidsperiode", "aan het eind van de beleidsperiode"),
)


# --- The questions --------------------------------------------------------------------------

class WaardeRow(f.RowForm):
    beeld = f.long_text(
        "Beeld", max_length=500, rows=2,
        help_text="Een situatie die iemand noemde. Bijvoorbeeld: 'Niemand vroeg hoe het met mij ging.'",
    )
    waarde = f.short_text("Waarde", help_text="Wat vindt iemand daarin belangrijk? Bijvoorbeeld: 'Gezien worden'.")
    vuistregel = f.short_text(
        "Vuistregel", help_text="Wat moet er dan altijd gebeuren? Bijvoorbeeld: 'Vraag ook naar de mantelzorger.'",
    )
    genoemd_door = f.single_choice(
        "Genoemd door", GENOEMD_DOOR, widget="select",
        help_text="Wie noemde dit? Bijvoorbeeld: mantelzorgers.",
    )

    def completeness(self, data):
        if not any(derived.as_text(data.get(name)) for name in ("beeld", "waarde", "vuistregel")):
            self.require("waarde", "Vul een beeld, een waarde of een vuistregel in, of haal de rij weg.")


class PrincipeRow(f.RowForm):
    principe = f.short_text(
        "Principe", required=True, required_message="Schrijf het leidende principe in een korte zin op.",
        help_text="Een korte zin die iedereen onthoudt. Bijvoorbeeld: 'Vroeg erbij'.",
    )
    uitleg = f.long_text(
        "Wat betekent het in de praktijk?", max_length=1000, rows=2,
        help_text="Bijvoorbeeld: 'We zoeken mantelzorgers op voordat ze vastlopen, via plekken waar ze al komen.'",
    )


class RolRow(f.RowForm):
    partij = f.short_text(
        "Wie?", required=True, required_message="Vul in voor wie deze afspraak over de rol geldt.",
        help_text="Bijvoorbeeld: 'Steunpunt Mantelzorg' of 'Sociaal team'.",
    )
    rol = f.long_text(
        "Rol en afspraak", max_length=1000, rows=2,
        help_text="Wat doet deze partij om de principes waar te maken? Bijvoorbeeld: 'Vraagt in elk "
                  "keukentafelgesprek naar de mantelzorger.'",
    )


class Form(f.StepForm):
    visie_gemeente = f.single_choice(
        "Heeft de gemeente al een visie op mantelzorgondersteuning?", BESTAANDE_VISIE,
        help_text="Kijk in het Wmo-beleidsplan, het coalitieakkoord of een eerdere nota. Is er nog "
                  "geen visie? Dan is dit uw kans. Bijvoorbeeld: ja, maar die is verouderd.",
    )
    visie_eigen_organisatie = f.single_choice(
        "Heeft uw eigen organisatie of afdeling al een visie?", BESTAANDE_VISIE,
        help_text="Bijvoorbeeld de visie van uw afdeling sociaal domein, of van het steunpunt als u "
                  "daar werkt. Bijvoorbeeld: nee, die is er nog niet.",
    )
    visie_bestaand_toelichting = f.long_text(
        "Waarop bouwt u voort?",
        help_text="Noem de stukken en wat u eruit meeneemt. Bijvoorbeeld: 'De nota Zorg voor elkaar "
                  "2022–2026 en de visie van het steunpunt uit 2021.'",
    )
    werkwijze_inventaris = f.long_text(
        "Hoe en met wie heeft u beelden en waarden verzameld?",
        help_text="Met wie sprak u, en hoe? Bijvoorbeeld: 'Drie gesprekken: met de klankbordgroep "
                  "mantelzorgers, met partners en met collega's.'",
    )
    concrete_stappen = f.long_text(
        "Hoe vertaalt u de principes naar afspraken en uitvoering?",
        help_text="Denk aan samenwerkingsafspraken, subsidievoorwaarden en werkinstructies. "
                  "Bijvoorbeeld: 'Elk principe krijgt minstens één actie in het actieplan.'",
    )
    toets_frequentie = f.single_choice(
        "Hoe vaak toetst u: doen we nog het juiste?", TOETS_FREQUENTIE,
        help_text="Toets of het werk van iedereen nog bijdraagt aan de visie. Bijvoorbeeld: elk jaar.",
    )
    toets_eerste_datum = f.date_field(
        "Wanneer is de eerste toets?",
        help_text="Bijvoorbeeld: 01-06-2027.",
    )
    toets_wie = f.short_text(
        "Wie toetsen er samen?",
        help_text="Bijvoorbeeld: 'Mantelzorgers, steunpunt, sociaal team, adviesraad en gemeente'.",
    )

    tables = {
        "waarden_inventaris": f.table(
            WaardeRow, label="Waardeninventaris: beelden, waarden en vuistregels", max_rows=30,
            help_text="Wanneer is de steun aan mantelzorgers goed? Dat verschilt per persoon. Schrijf "
                      "per rij een beeld, de waarde erachter en een vuistregel op, en wie het noemde. "
                      "Bijvoorbeeld: 'Wachten op het logeerhuis' – 'Even vrij zijn' – 'Respijt binnen "
                      "twee weken'.",
        ),
        "leidende_principes": f.table(
            PrincipeRow, label="Leidende principes", max_rows=10,
            help_text="Maak van de inventaris vijf tot acht principes die bij elkaar passen. U kunt ze "
                      "daarna overnemen in stap 1. Bijvoorbeeld: 'Samen met, niet over'.",
        ),
        "rollen": f.table(
            RolRow, label="Afspraken over rollen", max_rows=12,
            help_text="Wie doet wat om de principes waar te maken? Wees open over ieders belangen en "
                      "mogelijkheden. Bijvoorbeeld: het steunpunt past de werkwijze van de consulenten aan.",
        ),
    }
    sections = (
        ("Bestaande visies", ["visie_gemeente", "visie_eigen_organisatie", "visie_bestaand_toelichting"]),
        ("Beelden, waarden en vuistregels", ["werkwijze_inventaris", "waarden_inventaris"]),
        ("Leidende principes", ["leidende_principes"]),
        ("Van principes naar afspraken", ["concrete_stappen", "rollen"]),
        ("Doen we nog het juiste?", ["toets_frequentie", "toets_eerste_datum", "toets_wie"]),
    )

    def suggestions(self):
        current = self.current_answers()
        eigen = _principes(current)
        stap1 = _principes(derived.step_answers(self.plan_answers, "visie"), uitleg="toelichting")
        in_stap1 = {_sleutel(principe) for principe, _uitleg in stap1}
        hier = {_sleutel(principe) for principe, _uitleg in eigen}
        result = []
        over_te_nemen = [(p, u) for p, u in eigen if _sleutel(p) not in in_stap1]
        if over_te_nemen:
            result.append(("Neem deze principes over in stap 1 (vraag 'Leidende principes')", [
                f"{principe} – {uitleg}" if uitleg else principe for principe, uitleg in over_te_nemen]))
        alleen_stap1 = [(p, u) for p, u in stap1 if _sleutel(p) not in hier]
        if alleen_stap1:
            result.append(("Principes die al in stap 1 staan", [
                f"{principe} – {uitleg}" if uitleg else principe for principe, uitleg in alleen_stap1]))
        # While there are fewer than five principles, the inventory's rules of thumb are candidates.
        vuistregels = []
        if len(eigen) < MINSTE_PRINCIPES:
            for row in derived.table(current, "waarden_inventaris"):
                regel = derived.as_text(row.get("vuistregel"))
                if regel and _sleutel(regel) not in hier and regel not in vuistregels:
                    vuistregels.append(regel)
        if vuistregels:
            result.append(("Vuistregels uit uw inventaris: kandidaten voor een principe", vuistregels))
        return result

    def derived(self):
        """Read-only results shown on the page: (label, value, explanation)."""
        answers = self.current_answers()
        aantal = len(_principes(answers))
        if not aantal:
            uitleg = "Maak van de inventaris vijf tot acht principes."
        elif aantal < MINSTE_PRINCIPES:
            uitleg = "Dat zijn er minder dan vijf. Kijk of de inventaris nog een principe oplevert."
        elif aantal > MEESTE_PRINCIPES:
            uitleg = "Dat zijn er meer dan acht. Kies de principes die het meest sturen."
        else:
            uitleg = "Dat past bij het advies van vijf tot acht principes."
        result = [("Aantal leidende principes", str(aantal), uitleg)]
        rijen = [row for row in derived.table(answers, "waarden_inventaris") if not derived.is_blank(row)]
        if rijen:
            result.append(("Inventaris", count_text(len(rijen), "rij", "rijen"), _door_wie(rijen) or ""))
        return result


def _sleutel(text):
    """A principle compared loosely: case, spaces and a final full stop do not count."""
    return re.sub(r"\s+", " ", derived.as_text(text)).casefold().rstrip(" .")


def _principes(answers, uitleg="uitleg"):
    """(principe, uitleg) of the filled-in principles of a table `leidende_principes`."""
    return [(derived.as_text(row.get("principe")), derived.as_text(row.get(uitleg)))
            for row in derived.table(answers, "leidende_principes") if derived.as_text(row.get("principe"))]


def _door_wie(rijen):
    """'4 van mantelzorgers, 3 van partners en 1 van de gemeente' for rows of the inventory."""
    delen = []
    for option in GENOEMD_DOOR:
        aantal = sum(1 for row in rijen if derived.as_code(row.get("genoemd_door")) == option.code)
        if aantal:
            delen.append(f"{aantal} van {GENOEMD_DOOR_ZIN[option.code]}")
    return join_words(delen)


# --- Plan and check page ----------------------------------------------------------------------

def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    answers = answers if isinstance(answers, dict) else {}
    gemeente = gemeente_naam(plan_answers if isinstance(plan_answers, dict) else {})
    klein = "de gemeente" if gemeente == "De gemeente" else gemeente
    blocks = []

    principes = _principes(answers)
    stap1 = {_sleutel(p) for p, _u in _principes(derived.step_answers(plan_answers, "visie"))}
    if principes:
        blocks.append(Paragraph(
            f"Leidende principes maken de visie concreet. Bij elke keuze in dit beleid kijkt {klein} of "
            f"die past bij deze {count_text(len(principes), 'principe', 'principes')}."))
        if stap1 and {_sleutel(p) for p, _u in principes} <= stap1:
            blocks.append(Paragraph(f"De principes staan met hun betekenis in het hoofdstuk over de visie: "
                                    f"{join_words([f'‘{p}’' for p, _u in principes])}."))
        else:
            blocks.append(Table(caption="Leidende principes", headers=["Principe", "Wat het betekent"],
                                rows=[[principe, uitleg] for principe, uitleg in principes]))

    blocks += _herkomst(answers, gemeente, klein)
    blocks += _afspraken(answers)
    blocks += _toets(answers, gemeente, klein)
    if not blocks:
        blocks = [Paragraph(f"{gemeente} werkt aan leidende principes voor de visie. Ze worden nog opgesteld.")]
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)


def _herkomst(answers, gemeente, klein):
    zinnen = []
    gemeente_zin = VISIE_GEMEENTE_ZIN.get(derived.as_code(answers.get("visie_gemeente")))
    if gemeente_zin:
        zinnen.append(gemeente_zin.format(G=gemeente))
    organisatie_zin = VISIE_ORGANISATIE_ZIN.get(derived.as_code(answers.get("visie_eigen_organisatie")))
    if organisatie_zin:
        zinnen.append(organisatie_zin)
    toelichting = derived.as_text(answers.get("visie_bestaand_toelichting"))
    werkwijze = derived.as_text(answers.get("werkwijze_inventaris"))
    rijen = [row for row in derived.table(answers, "waarden_inventaris") if not derived.is_blank(row)]
    if not (zinnen or toelichting or werkwijze or rijen):
        return []
    blocks = [Heading("Hoe de principes tot stand kwamen")]
    if zinnen:
        blocks.append(Paragraph(" ".join(zinnen)))
    if toelichting:
        blocks.append(Paragraph(toelichting))
    if werkwijze or rijen:
        zin = ("Wat goede steun aan mantelzorgers is, verschilt per persoon. Daarom verzamelde "
               f"{klein} eerst beelden, waarden en vuistregels.")
        if rijen:
            door = _door_wie(rijen)
            zin += f" Dat leverde {count_text(len(rijen), 'bijdrage', 'bijdragen')} op"
            zin += f": {door}." if door else "."
        blocks.append(Paragraph(zin))
    if werkwijze:
        blocks.append(Paragraph(werkwijze))
    if rijen:
        blocks.append(Table(
            caption="Waardeninventaris",
            headers=["Beeld", "Waarde", "Vuistregel", "Genoemd door"],
            rows=[[derived.as_text(row.get("beeld")), derived.as_text(row.get("waarde")),
                   derived.as_text(row.get("vuistregel")),
                   label(GENOEMD_DOOR, derived.as_code(row.get("genoemd_door")))] for row in rijen],
        ))
    return blocks


def _afspraken(answers):
    stappen = derived.as_text(answers.get("concrete_stappen"))
    rollen = [row for row in derived.table(answers, "rollen") if not derived.is_blank(row)]
    if not (stappen or rollen):
        return []
    blocks = [Heading("Van principes naar afspraken")]
    if stappen:
        blocks.append(Paragraph(stappen))
    if rollen:
        blocks.append(Paragraph("Om de principes waar te maken, zijn deze afspraken over ieders rol gemaakt:"))
        blocks.append(BulletList([_rol(row) for row in rollen]))
    return blocks


def _rol(row):
    partij, rol = derived.as_text(row.get("partij")), derived.as_text(row.get("rol"))
    return f"{partij}: {in_sentence(rol)}" if partij and rol else partij or rol


def _toets(answers, gemeente, klein):
    frequentie = derived.as_code(answers.get("toets_frequentie"))
    vaak = next((option.uitleg for option in TOETS_FREQUENTIE if option.code == frequentie), "regelmatig")
    datum = dutch_date(answers.get("toets_eerste_datum"))
    wie = derived.as_text(answers.get("toets_wie")).rstrip(".")
    if not (frequentie or datum or wie):
        return []
    onderwerp = f"{wie[:1].upper()}{wie[1:]} toetsen" if wie else f"{gemeente} toetst"
    zin = (f"{onderwerp} {vaak} of het werk nog bijdraagt aan de visie: doet {klein} nog het juiste, "
           "en worden de beoogde resultaten gehaald?")
    if datum:
        zin += f" De eerste keer is op {datum}."
    return [Heading("Toetsen of het beleid nog het juiste doet"), Paragraph(zin)]


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, summaries={
        "waarden_inventaris": lambda row: shorten(" – ".join(
            part for part in (derived.as_text(row.get("waarde")), derived.as_text(row.get("vuistregel")),
                              derived.as_text(row.get("beeld"))) if part) or "Leeg", 80),
        "leidende_principes": lambda row: derived.as_text(row.get("principe")),
        "rollen": lambda row: derived.as_text(row.get("partij")),
    })


# --- Advisor rules ------------------------------------------------------------------------------

def r42_aantal_principes(answers: Any) -> Iterator[Finding]:
    """R42: fewer than five or more than eight leading principles filled in (none: no finding)."""
    aantal = len(_principes(derived.step_answers(answers, SLUG)))
    if not aantal or MINSTE_PRINCIPES <= aantal <= MEESTE_PRINCIPES:
        return
    if aantal < MINSTE_PRINCIPES:
        advies = "Kijk of de waardeninventaris nog een principe oplevert."
    else:
        advies = "Kies de principes die het meest sturen; te veel principes onthoudt niemand."
    yield Finding(
        "R42",
        TIP,
        (SLUG,),
        f"{SHORT_TITLE}: u heeft {count_text(aantal, 'leidend principe', 'leidende principes')}. "
        f"Het advies is vijf tot acht principes die goed bij elkaar passen. {advies}",
        "leidende_principes",
    )


#: Lindewaarde's answers (fictional; the principles are those of step 1 in domain.md 7). The demo
#: plan switches this module off; tests and the contract use these answers.
DEMO = {
    "visie_gemeente": "ja_verouderd",
    "visie_eigen_organisatie": "nee",
    "visie_bestaand_toelichting": (
        "De beleidsnotitie Zorg voor elkaar 2022–2026 noemt mantelzorg, maar zonder gedeelde "
        "principes. Het steunpunt heeft een eigen visie uit 2021; die is het vertrekpunt geweest."
    ),
    "werkwijze_inventaris": (
        "Drie gesprekken in maart 2026: met de klankbordgroep mantelzorgers, met partners in de "
        "Mantelzorgtafel en met het kernteam van de gemeente. Daarna kozen mantelzorgers en partners "
        "samen de principes."
    ),
    "waarden_inventaris": [
        {"beeld": "Na het keukentafelgesprek: 'Niemand vroeg hoe het met mij ging.'",
         "waarde": "Gezien worden", "vuistregel": "Vraag in elk gesprek ook naar de mantelzorger",
         "genoemd_door": "mantelzorgers"},
        {"beeld": "Zes weken wachten op het logeerhuis, terwijl je op bent.",
         "waarde": "Even vrij kunnen zijn", "vuistregel": "Respijt binnen twee weken en dichtbij huis",
         "genoemd_door": "mantelzorgers"},
        {"beeld": "Het steunpunt leert mantelzorgers pas kennen als ze al overbelast zijn.",
         "waarde": "Op tijd erbij zijn", "vuistregel": "Zoek mantelzorgers op waar ze al komen",
         "genoemd_door": "partners"},
        {"beeld": "Een klankbordgroep die nooit hoorde wat er met haar advies gebeurde.",
         "waarde": "Serieus genomen worden", "vuistregel": "Laat na elke ronde weten wat er met de inbreng gebeurde",
         "genoemd_door": "mantelzorgers"},
        {"beeld": "Een scholier die te laat komt omdat hij eerst zijn vader helpt.",
         "waarde": "Jong zijn mag", "vuistregel": "Scholen signaleren zonder etiket te plakken",
         "genoemd_door": "partners"},
        {"beeld": "Mantelzorgers in Hazelt die het steunpunt niet kennen.",
         "waarde": "Iedereen telt mee", "vuistregel": "Informatie via vertrouwde personen en in eigen taal",
         "genoemd_door": "partners"},
        {"beeld": "Een werknemer die uitvalt door de zorg voor haar moeder.",
         "waarde": "Zorg en werk samen", "vuistregel": "Werkgevers maken afspraken over flexibele tijden",
         "genoemd_door": "gemeente"},
    ],
    "leidende_principes": [
        {"principe": "De mantelzorger telt mee",
         "uitleg": "In elk gesprek over zorg of ondersteuning vragen we ook hoe het met de mantelzorger gaat."},
        {"principe": "Vroeg erbij",
         "uitleg": "We zoeken mantelzorgers op voordat ze vastlopen, via plekken waar ze al komen."},
        {"principe": "Even vrij moet kunnen",
         "uitleg": "Respijt is snel, dichtbij en zonder ingewikkelde aanvraag beschikbaar."},
        {"principe": "Samen met, niet over",
         "uitleg": "Mantelzorgers denken mee over beleid en uitvoering; we laten zien wat we met hun inbreng doen."},
        {"principe": "Iedere mantelzorger is anders",
         "uitleg": "We stemmen af op leeftijd, werk, cultuur en zorgsituatie."},
        {"principe": "Zorgen en werken gaan samen",
         "uitleg": "We helpen werkgevers en scholen ruimte te maken voor zorgtaken."},
    ],
    "concrete_stappen": (
        "Elk principe krijgt in het actieplan minstens één actie. Vanaf 2027 staan de principes in de "
        "subsidieafspraken met het steunpunt en Stichting Welzijn Lindewaarde, en in de werkinstructie "
        "van het sociaal team."
    ),
    "rollen": [
        {"partij": "Gemeente", "rol": "Stelt kaders en budget vast en organiseert de jaarlijkse toets."},
        {"partij": "Steunpunt Mantelzorg Lindewaarde",
         "rol": "Past de werkwijze van de consulenten aan en begeleidt de ambassadeursgroep."},
        {"partij": "Sociaal team", "rol": "Vraagt in elk keukentafelgesprek naar de mantelzorger."},
        {"partij": "Adviesraad Sociaal Domein Lindewaarde",
         "rol": "Bewaakt dat mantelzorgers blijven meedenken en geeft gevraagd en ongevraagd advies."},
        {"partij": "Mantelzorgers in de klankbordgroep",
         "rol": "Vertellen elk jaar of zij de principes in de praktijk merken."},
    ],
    "toets_frequentie": "jaarlijks",
    "toets_eerste_datum": "2027-06-01",
    "toets_wie": "Mantelzorgers, steunpunt, sociaal team, adviesraad en gemeente",
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r42_aantal_principes,)
