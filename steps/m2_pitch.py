"""Verdieping 2: Elevator pitch (domain.md 6, M2).

One pitch per listener: the officer fills the slots of the workbook's template (a striking
fact, who you are, a feeling and a problem the listener knows, what we do, the result, an open
question, a concrete proposal) and the planner glues them into one short spoken text, with its
word count and speaking time. The plan names the pitches in a short paragraph and prints a card
per pitch in an annex (`Section.appendix_blocks["pitches"]`).
"""
from collections.abc import Iterator

from steps import derived
from steps import forms as f
from steps.advisor.finding import TIP, Finding
from steps.catalogs.base import Option
from steps.document import AppendixRef, Facts, Heading, Paragraph, Section, is_empty, open_section
from steps.text import (answer_rows, count_text, dutch_number, gemeente_naam, join_words,
                        stakeholder_with_contact)

NUMBER = 2
LABEL = "Verdieping 2"
KIND = "verdieping"
SLUG = "pitch"
TITLE = "Maak een elevator pitch"
SHORT_TITLE = "Elevator pitch"
PLAN_TITLE = "Pitches per doelgroep"
INTRO = (
    "Een pitch is een kort verhaal van ongeveer een minuut. U maakt er een per luisteraar: de "
    "wethouder, de raad, een werkgever of een huisarts. Vul per pitch de vakjes in; de planner "
    "maakt er één lopende tekst van en rekent uit hoe lang u erover doet."
)
#: One sentence on the overview: what the module adds and for whom.
WHAT_FOR = "Moet u in één minuut iemand overtuigen? Maak een pitch per luisteraar."
TIPS = (
    "Open met een opvallend feit, bijvoorbeeld een cijfer uit uw eigen gemeente.",
    "Noem een gevoel dat de luisteraar herkent. Dan luistert hij verder.",
    "Stel een open vraag. Zo wordt het een gesprek en geen verhaal.",
    "Vertel niet alles: een pitch maakt nieuwsgierig naar meer.",
    "Eindig met een concreet voorstel, zoals een afspraak van een kwartier.",
    "Oefen de pitch hardop met collega's, tot hij in een minuut past.",
)

#: Speaking speed used for the speaking time (words a minute).
WOORDEN_PER_MINUUT = 130
#: Above this many seconds a pitch is longer than "about a minute".
MAX_SECONDEN = 70

LUISTERAARS = (
    Option("wethouder", "De wethouder"),
    Option("raad", "De gemeenteraad"),
    Option("werkgever", "Een werkgever"),
    Option("huisarts", "Een huisarts of praktijkondersteuner"),
    Option("mantelzorger", "Een mantelzorger"),
    Option("partner", "Een netwerkpartner, zoals welzijn of het sociaal team"),
    Option("anders", "Iemand anders"),
)
#: "Pitch voor ..." per listener.
VOOR = {
    "wethouder": "de wethouder",
    "raad": "de gemeenteraad",
    "werkgever": "werkgevers",
    "huisarts": "huisartsen",
    "mantelzorger": "mantelzorgers",
    "partner": "netwerkpartners",
    "anders": "een andere luisteraar",
}
#: Which listener fits a stakeholder type of step 7 (the others: netwerkpartner).
LUISTERAAR_VAN_STAKEHOLDER = {
    "wethouder_zorg": "wethouder",
    "wethouder_wonen": "wethouder",
    "college": "wethouder",
    "gemeenteraad": "raad",
    "werkgevers": "werkgever",
    "huisartsen": "huisarts",
    "mantelzorgers": "mantelzorger",
}
MAX_PITCHES = 8


class PitchRow(f.ContextRow):
    pitch_doelgroep_luisteraar = f.single_choice(
        "Voor wie is deze pitch?", LUISTERAARS, required=True, widget="select",
        required_message="Kies voor wie deze pitch is.",
        help_text="Maak voor elke soort luisteraar een eigen pitch. Bijvoorbeeld: de wethouder.",
    )
    pitch_luisteraar_naam = f.short_text(
        "Wie precies?",
        help_text="Noem de persoon of organisatie. Verplicht bij 'Iemand anders'. Bijvoorbeeld: "
                  "'Huisartsenkring Lindewaarde'.",
    )
    pitch_openingsfeit = f.long_text(
        "Opvallend feit", rows=2,
        help_text="Begin met een feit dat verrast. Bijvoorbeeld: 'Eén op de zes werknemers zorgt "
                  "naast het werk voor een naaste.'",
    )
    pitch_naam_rol = f.short_text(
        "Uw naam en rol",
        help_text="Wie bent u? Bijvoorbeeld: 'Marloes Brinkman, beleidsmedewerker mantelzorg'.",
    )
    pitch_organisatie = f.short_text(
        "Organisatie",
        help_text="Voor welke organisatie spreekt u? Bijvoorbeeld: 'de gemeente Lindewaarde'.",
    )
    pitch_herkenbaar_gevoel = f.long_text(
        "Herkenbaar gevoel", rows=2,
        help_text="Welk gevoel kent de luisteraar? Bijvoorbeeld: 'Herkent u dat collega's soms "
                  "onverwacht uitvallen door zorgen thuis?'",
    )
    pitch_bekend_probleem = f.long_text(
        "Bekend probleem", rows=2,
        help_text="Welk probleem kent de luisteraar uit eigen ervaring? Bijvoorbeeld: "
                  "'mantelzorgers melden zich pas als ze al overbelast zijn'.",
    )
    pitch_wat_wij_doen = f.long_text(
        "Wat wij doen", rows=2, required=True,
        required_message="Beschrijf in een zin wat u doet of wilt doen.",
        help_text="Wat doet u eraan? Kort, zonder vaktaal. Bijvoorbeeld: 'Wij helpen werkgevers "
                  "met eenvoudige afspraken, zodat zorg en werk samengaan.'",
    )
    pitch_resultaat = f.long_text(
        "Resultaat", rows=2,
        help_text="Wat levert het de luisteraar op? Bijvoorbeeld: 'minder verzuim en "
                  "medewerkers die blijven'.",
    )
    pitch_open_vraag = f.short_text(
        "Open vraag",
        help_text="Een vraag die uitnodigt tot gesprek. Bijvoorbeeld: 'Hoe gaat uw organisatie "
                  "hier nu mee om?'",
    )
    pitch_concreet_voorstel = f.short_text(
        "Concreet voorstel",
        help_text="Eindig met een kleine, concrete volgende stap. Bijvoorbeeld: 'Zullen we "
                  "volgende week een kwartier bellen?'",
    )

    def completeness(self, data):
        if data.get("pitch_doelgroep_luisteraar") == "anders":
            self.require("pitch_luisteraar_naam", "U kiest 'Iemand anders'. Noem voor wie deze pitch is.")


class Form(f.StepForm):
    pitch_momenten = f.long_text(
        "Waar gebruikt u de pitches?", rows=3,
        help_text="Noem de gesprekken en bijeenkomsten waar u een pitch houdt. Bijvoorbeeld: "
                  "'Bila met de wethouder in september; ontbijtsessie met werkgevers op 1 oktober.'",
    )
    tables = {
        "pitches": f.table(
            PitchRow, label="Pitches",
            help_text="Maak een pitch per luisteraar: een wethouder wil iets anders horen dan een "
                      "huisarts. Vul de vakjes in; de planner zet ze achter elkaar. Bijvoorbeeld: "
                      "een pitch voor de wethouder en een voor werkgevers.",
            min_rows=1, max_rows=MAX_PITCHES, min_rows_message="Maak minstens één pitch.",
        ),
    }
    sections = (("Pitches", ["pitches"]), ("Wanneer u ze gebruikt", ["pitch_momenten"]))

    def derived(self):
        """Per pitch its word count and speaking time, with the text as the planner glues it."""
        rows = [row for row in self.current_answers().get("pitches") or [] if not derived.is_blank(row)]
        if not rows:
            return [("Lengte van de pitch", "Nog niet te bepalen",
                     "Vul een pitch in. Dan ziet u hier de tekst, het aantal woorden en de spreektijd.")]
        result = []
        for number, row in enumerate(rows, start=1):
            tekst = pitch_text(row)
            woorden = word_count(tekst)
            if not woorden:
                result.append((f"Pitch {number}: voor {voor_wie(row)}", "Nog leeg",
                               "Vul de vakjes in. Dan ziet u hier de tekst."))
                continue
            if spreektijd_seconden(woorden) > MAX_SECONDEN:
                advies = "Dat is langer dan een minuut. Schrap wat niet nodig is."
            else:
                advies = "Dat past in ongeveer een minuut."
            result.append((f"Pitch {number}: voor {voor_wie(row)}", lengte_tekst(woorden),
                           f"{advies} De tekst: “{tekst}”"))
        return result

    def suggestions(self):
        result = []
        namen = [stakeholder_with_contact(row) for row in invloedrijke_stakeholders(self.plan_answers)]
        if namen:
            result.append(("Partijen met veel invloed (stap 7)", [
                f"Deze partijen hebben veel invloed: {join_words(namen)}. Maak voor hen een pitch."]))
        visie = derived.step_answers(self.plan_answers, "visie")
        inwoners = derived.as_number(visie.get("aantal_inwoners"))
        mantelzorgers = derived.as_number(visie.get("aantal_mantelzorgers_geschat"))
        if inwoners and mantelzorgers and 0 < mantelzorgers < inwoners:
            gemeente = derived.as_text(visie.get("gemeente_naam")) or "onze gemeente"
            result.append(("Een opvallend feit (stap 1)", [
                f"In {gemeente} zorgen ongeveer {dutch_number(mantelzorgers)} mensen voor een naaste: "
                f"één op de {round(inwoners / mantelzorgers)} inwoners."]))
        oud = derived.as_text(derived.step_answers(self.plan_answers, "draagvlak").get("elevator_pitch"))
        if oud:
            result.append(("Uw pitch uit stap 7", [
                f"In stap 7 schreef u al een pitch: “{oud}” Verdeel die over de vakjes hieronder."]))
        return result


# --- The pitch as one text ---------------------------------------------------------------------

def hoofdletter(text):
    """The first letter a capital, the Dutch way: 'één' -> 'Eén', 'ijs' -> 'IJs'."""
    if text[:3] == "één":
        return "Eén" + text[3:]
    if text[:2] == "ij":
        return "IJ" + text[2:]
    return text[:1].upper() + text[1:]


def _zin(text, lead="", end="."):
    """`text` as one sentence: as typed when it already ends like a sentence, otherwise behind
    `lead` (a few words of glue) with a capital and `end`. "" for an empty text."""
    text = " ".join(derived.as_text(text).split())
    if not text:
        return ""
    if text[-1] in ".?!…":
        return hoofdletter(text)
    if lead:
        return f"{lead} {text}{end}"
    return f"{hoofdletter(text)}{end}"


def _ik_ben(row):
    naam = " ".join(derived.as_text(row.get("pitch_naam_rol")).split()).rstrip(".")
    organisatie = " ".join(derived.as_text(row.get("pitch_organisatie")).split()).rstrip(".")
    if naam and organisatie:
        komma = "," if "," in naam else ""  # "Marloes Brinkman, beleidsmedewerker, van ..."
        return f"Ik ben {naam}{komma} van {organisatie}."
    if naam:
        return f"Ik ben {naam}."
    if organisatie:
        return f"Ik werk bij {organisatie}."
    return ""


def pitch_text(row):
    """The pitch of one row as flowing Dutch text, in the order of the template.

    A slot typed as a whole sentence (ending in . ? or !) is used as typed; a slot typed as a
    few words gets a little glue ("Het probleem kent u vast: ..."). Empty slots are left out.
    """
    if not isinstance(row, dict):
        return ""
    zinnen = [
        _zin(row.get("pitch_openingsfeit")),
        _ik_ben(row),
        _zin(row.get("pitch_herkenbaar_gevoel"), "Misschien herkent u dit:"),
        _zin(row.get("pitch_bekend_probleem"), "Het probleem kent u vast:"),
        _zin(row.get("pitch_wat_wij_doen"), "Daarom doen wij dit:"),
        _zin(row.get("pitch_resultaat"), "Het resultaat:"),
        _zin(row.get("pitch_open_vraag"), end="?"),
        _zin(row.get("pitch_concreet_voorstel"), "Mijn voorstel:"),
    ]
    return " ".join(zin for zin in zinnen if zin)


def word_count(text):
    """The number of words in `text`; a dash or other loose sign is not a word."""
    return sum(1 for word in str(text or "").split() if any(char.isalnum() for char in word))


def spreektijd_seconden(woorden):
    """Speaking time in seconds at WOORDEN_PER_MINUUT, rounded to 5 seconds (at least 5 for a word)."""
    if not woorden:
        return 0
    return max(5, 5 * round(woorden * 60 / WOORDEN_PER_MINUUT / 5))


def spreektijd_tekst(woorden):
    """'ongeveer 55 seconden', 'ongeveer 1 minuut', 'ongeveer 1 minuut en 10 seconden'."""
    seconden = spreektijd_seconden(woorden)
    minuten, rest = divmod(seconden, 60)
    if not minuten:
        return f"ongeveer {seconden} seconden"
    tekst = f"ongeveer {count_text(minuten, 'minuut', 'minuten')}"
    return f"{tekst} en {rest} seconden" if rest else tekst


def lengte_tekst(woorden):
    """'120 woorden, ongeveer 55 seconden'."""
    return f"{count_text(woorden, 'woord', 'woorden')}, {spreektijd_tekst(woorden)}"


def voor_wie(row):
    """'de wethouder', 'werkgevers'; for 'anders' the name typed."""
    code = derived.as_code(row.get("pitch_doelgroep_luisteraar"))
    naam = derived.as_text(row.get("pitch_luisteraar_naam"))
    if code == "anders" and naam:
        return naam
    if code in VOOR:
        return VOOR[code]
    return naam or "een luisteraar"


def pitch_kop(row):
    """The heading of a pitch card: 'Pitch voor werkgevers: Ondernemersvereniging Lindewaarde'."""
    code = derived.as_code(row.get("pitch_doelgroep_luisteraar"))
    naam = derived.as_text(row.get("pitch_luisteraar_naam"))
    kop = f"Pitch voor {voor_wie(row)}"
    return f"{kop}: {naam}" if naam and code in VOOR and code != "anders" else kop


# --- Step 7's stakeholders with much influence ----------------------------------------------------

def invloedrijke_stakeholders(plan_answers):
    """The stakeholder rows of step 7 with invloed 4 or 5."""
    rows = derived.table(derived.step_answers(plan_answers, "draagvlak"), "stakeholders")
    return [row for row in rows if (derived.as_number(row.get("invloed")) or 0) >= 4]


def _gedekt(stakeholder_row, luisteraars):
    code = derived.as_code(stakeholder_row.get("stakeholder"))
    passend = LUISTERAAR_VAN_STAKEHOLDER.get(code)
    if passend:
        return passend in luisteraars
    return bool({"partner", "anders"} & luisteraars)


# --- Plan and check page ----------------------------------------------------------------------------

def pitch_rows(answers):
    return [row for row in derived.table(answers, "pitches") if not derived.is_blank(row)]


def plan_section(answers, plan_answers):
    if is_empty(answers):
        return open_section(NUMBER, SLUG, PLAN_TITLE)
    rows = pitch_rows(answers)
    momenten = derived.as_text(answers.get("pitch_momenten"))
    if not rows:
        blocks = [Paragraph("Er is nog geen pitch uitgeschreven.")]
        if momenten:
            blocks.append(Paragraph(f"De pitches zijn bedoeld voor deze momenten: {momenten}"))
        return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks)
    gemeente = gemeente_naam(plan_answers)
    wie = list(dict.fromkeys(voor_wie(row) for row in rows))
    zinnen = [
        "Een pitch is een kort verhaal van ongeveer een minuut, waarmee iemand in korte tijd "
        "wordt gewonnen voor het mantelzorgbeleid.",
        f"{gemeente} heeft {count_text(len(rows), 'pitch', 'pitches')} klaarliggen, "
        f"elk op maat van de luisteraar: voor {join_words(wie)}.",
    ]
    lengtes = sorted(spreektijd_seconden(word_count(pitch_text(row))) for row in rows)
    lengtes = [lengte for lengte in lengtes if lengte]
    if lengtes:
        if lengtes[0] == lengtes[-1]:
            zinnen.append(f"Uitgesproken duurt {'een pitch' if len(lengtes) == 1 else 'elke pitch'} "
                          f"ongeveer {lengtes[0]} seconden.")
        else:
            zinnen.append(f"Uitgesproken duren ze tussen de {lengtes[0]} en {lengtes[-1]} seconden.")
    blocks = [Paragraph(" ".join(zinnen))]

    invloedrijk = invloedrijke_stakeholders(plan_answers)
    if invloedrijk:
        luisteraars = {derived.as_code(row.get("pitch_doelgroep_luisteraar")) for row in rows}
        zin = ("De pitches zijn vooral bedoeld voor de partijen met veel invloed uit de "
               f"stakeholderanalyse: {join_words([stakeholder_with_contact(row) for row in invloedrijk])}.")
        open_ = [stakeholder_with_contact(row) for row in invloedrijk if not _gedekt(row, luisteraars)]
        if open_:
            zin += f" Nog geen pitch op maat is er voor: {join_words(open_)}."
        blocks.append(Paragraph(zin))
    else:
        blocks.append(Paragraph("De pitches zijn bedoeld voor bestuurders en partners met veel "
                                "invloed op het mantelzorgbeleid."))
    if momenten:
        blocks.append(Paragraph(f"Waar de pitches worden gebruikt: {momenten}"))
    blocks.append(AppendixRef("pitches", "De pitches zelf staan in bijlage {letter}."))
    return Section(number=NUMBER, slug=SLUG, title=PLAN_TITLE, blocks=blocks,
                   appendix_blocks={"pitches": pitch_cards(rows)})


def pitch_cards(rows):
    """The annex: per pitch a heading, the text, and its length and speaking time."""
    blocks = [Paragraph(f"Een pitch duurt ongeveer een minuut. De spreektijd is gerekend met "
                        f"{WOORDEN_PER_MINUUT} woorden per minuut.")]
    for row in rows:
        blocks.append(Heading(pitch_kop(row)))
        tekst = pitch_text(row)
        if not tekst:
            blocks.append(Paragraph("Deze pitch is nog niet uitgeschreven."))
            continue
        blocks.append(Paragraph(f"“{tekst}”"))
        woorden = word_count(tekst)
        feiten = [("Lengte", count_text(woorden, "woord", "woorden")),
                  ("Spreektijd", spreektijd_tekst(woorden))]
        if derived.as_text(row.get("pitch_naam_rol")):
            feiten.insert(0, ("Spreker", derived.as_text(row.get("pitch_naam_rol"))))
        blocks.append(Facts(feiten))
    return blocks


def check_rows(answers, plan_answers=None):
    return answer_rows(Form, answers or {}, summaries={
        "pitches": lambda row: f"voor {voor_wie(row)} ({lengte_tekst(word_count(pitch_text(row)))})",
    })


# --- Advisor rules ------------------------------------------------------------------------------------

def r43_pitch_zonder_voorstel(answers) -> Iterator[Finding]:
    """R43 (tip): a pitch that is written (any slot besides the listener filled) but has no
    concrete proposal (`pitch_concreet_voorstel` empty)."""
    stored = derived.table(derived.step_answers(answers, SLUG), "pitches")
    for number, row in enumerate(stored, start=1):
        if derived.is_blank(row) or derived.as_text(row.get("pitch_concreet_voorstel")):
            continue
        if not word_count(pitch_text(row)):
            continue
        yield Finding(
            rule="R43",
            severity=TIP,
            steps=(SLUG,),
            message=(f"Elevator pitch: de pitch voor {voor_wie(row)} eindigt nog zonder concreet "
                     "voorstel. Vraag om een kleine volgende stap, bijvoorbeeld een afspraak van "
                     "een kwartier."),
            field="pitches",
            row=number,
        )


#: Lindewaarde's answers (domain.md 7): a pitch for the wethouder and one for employers.
DEMO = {
    "pitch_momenten": (
        "Bila met wethouder Verhoef in september, voor de begroting van 2027. Ontbijtsessie "
        "'zorg en werk' met de Ondernemersvereniging op 1 oktober 2026."
    ),
    "pitches": [
        {
            "pitch_doelgroep_luisteraar": "wethouder",
            "pitch_luisteraar_naam": "Wethouder R. Verhoef",
            "pitch_openingsfeit": (
                "In Lindewaarde zorgen ruim 5.000 mensen voor een naaste, en bijna 1.900 van hen "
                "doen dat al jaren en vele uren per week."
            ),
            "pitch_naam_rol": "Marloes Brinkman, beleidsmedewerker mantelzorg",
            "pitch_organisatie": "de afdeling Samenleving",
            "pitch_herkenbaar_gevoel": (
                "U hoort het vast ook op het spreekuur: mantelzorgers die zeggen dat ze het niet "
                "lang meer volhouden."
            ),
            "pitch_bekend_probleem": (
                "het logeerhuis heeft een wachttijd van weken, terwijl een mantelzorger nú even "
                "lucht nodig heeft"
            ),
            "pitch_wat_wij_doen": (
                "Samen met Zorggroep De Linde breiden we het logeerhuis uit en starten we "
                "flexibele oppas aan huis."
            ),
            "pitch_resultaat": (
                "mantelzorgers die het langer volhouden en minder vaak een crisisopname"
            ),
            "pitch_open_vraag": "Wat hoort u zelf van mantelzorgers in uw wijkbezoeken",
            "pitch_concreet_voorstel": (
                "Mag ik u in september een voorstel voor de begroting van 2027 voorleggen?"
            ),
        },
        {
            "pitch_doelgroep_luisteraar": "werkgever",
            "pitch_luisteraar_naam": "Ondernemersvereniging Lindewaarde",
            "pitch_openingsfeit": (
                "Eén op de zes werknemers in Lindewaarde zorgt naast het werk voor een naaste."
            ),
            "pitch_naam_rol": "Marloes Brinkman",
            "pitch_organisatie": "de gemeente Lindewaarde",
            "pitch_herkenbaar_gevoel": (
                "Herkent u dat collega's soms onverwacht uitvallen door zorgen thuis?"
            ),
            "pitch_bekend_probleem": "",
            "pitch_wat_wij_doen": (
                "Wij helpen werkgevers met eenvoudige afspraken, zodat zorg en werk samengaan."
            ),
            "pitch_resultaat": "minder verzuim en medewerkers die blijven",
            "pitch_open_vraag": "Hoe gaat uw organisatie hier nu mee om?",
            "pitch_concreet_voorstel": "Zullen we volgende week een kwartier bellen?",
        },
    ],
    "stap_notities": "",
}
#: The advisor rules of this section (each a function of the plan's answers; see steps/advisor).
RULES = (r43_pitch_zonder_voorstel,)
