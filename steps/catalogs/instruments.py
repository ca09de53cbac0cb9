"""Catalogue of 27 participation instruments (step 5A and 5A-bis) with filter helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .base import Option
from .fasen import FASEN

# "all phases" in domain.md 5A.
ALLE_FASEN: tuple[str, ...] = tuple(fase.code for fase in FASEN)

# Forms that count as "only written/online" for rule R23.
ALLEEN_SCHRIFTELIJK_OF_ONLINE: frozenset[str] = frozenset(
    {"online", "schriftelijk", "schriftelijk/online"}
)


@dataclass(frozen=True)
class Instrument:
    """A participation method (werkvorm) with the rungs and phases it suits."""

    code: str
    label: str
    treden: tuple[str, ...]
    fasen: tuple[str, ...]
    inspanning: str
    kosten: str
    bereik: str
    diepgang: str
    vorm: str
    vorm_type: str
    sterk: str
    zwak: str

    # The step page advises the officer ("U spreekt mensen persoonlijk"); the plan speaks of the
    # gemeente in the third person: PLAN_TEKSTEN holds that wording where the two differ.
    @property
    def plan_sterk(self) -> str:
        return PLAN_TEKSTEN.get(self.code, {}).get("sterk", self.sterk)

    @property
    def plan_zwak(self) -> str:
        return PLAN_TEKSTEN.get(self.code, {}).get("zwak", self.zwak)


#: `sterk` and `zwak` as the plan says them, for the texts that address the officer.
PLAN_TEKSTEN: dict[str, dict[str, str]] = {
    "informatiebijeenkomst": {
        "sterk": "Makkelijk te organiseren. De gemeente spreekt mensen persoonlijk en vindt er ook "
                 "deelnemers voor andere werkvormen.",
        "zwak": "Er komen vooral mensen die al betrokken zijn. De echte inbreng is vaak klein.",
    },
    "schriftelijke_communicatie": {
        "sterk": "Bereikt veel mensen voor weinig geld. Goed om te laten zien wat er met de inbreng is gedaan.",
    },
    "enquete": {
        "sterk": "Geeft cijfers. Later opnieuw meten en vergelijken kan (nulmeting). Mensen kunnen anoniem "
                 "antwoorden.",
    },
    "digitaal_panel": {
        "sterk": "Snel en vaak te herhalen, met een panel dat de gemeente al heeft.",
        "zwak": "Wie mantelzorger is, blijkt pas als het panel daar eerst naar vraagt. Vooral mensen die handig "
                "zijn met computers doen mee.",
    },
    "mantelzorgpanel": {
        "sterk": "Het loopt door, zodat er een band groeit. Nieuwe vragen gaan snel naar een vaste groep.",
        "zwak": "Het panel wordt ouder en leden gaan denken als professionals. Het vraagt onderhoud en af en toe "
                "nieuwe leden.",
    },
    "interview": {
        "sterk": "Bereikt mensen die niet van huis weg kunnen en laat het hele verhaal horen. Mensen praten "
                 "makkelijker over gevoelige onderwerpen.",
        "zwak": "Kost veel tijd per persoon en bereikt weinig mensen. De interviewer moet het goed kunnen.",
    },
    "straatinterview": {
        "sterk": "Spreekt mensen waar ze toch al zijn, zoals op de markt, in de supermarkt of bij de apotheek. "
                 "Meedoen is heel makkelijk.",
        "zwak": "Weinig diepgang. Veel voorbijgangers zijn geen mantelzorger.",
    },
    "focusgroep": {
        "sterk": "Gaat de diepte in. Deelnemers reageren op elkaar. Goed te doen per doelgroep.",
        "zwak": "De groep is niet representatief. Een paar mensen kunnen het gesprek overnemen. Een goede "
                "gespreksleider is nodig.",
    },
    "werkconferentie": {
        "sterk": "Alle partijen zitten samen in één ruimte. De gemeente praat mét mantelzorgers, niet over hen. "
                 "Dat geeft energie en nieuwe contacten.",
    },
    "mantelzorgcafe": {
        "sterk": "Sluit aan bij bijeenkomsten die er al zijn, zoals van het steunpunt of een Alzheimer café. "
                 "De sfeer is los en veilig.",
        "zwak": "Bereikt vooral mensen die al hulp krijgen. De bijeenkomst is niet bedoeld voor vragen over beleid.",
    },
    "wijkschouw": {
        "sterk": "Gemeente en mantelzorgers lopen samen door de wijk en zien hoe het zit met toegankelijkheid, "
                 "parkeren, voorzieningen en wonen.",
    },
    "persona_onderzoek": {
        "zwak": "Kost tijd. Met te weinig interviews ontstaat snel een stereotiep beeld.",
    },
    "klantreis": {
        "sterk": "Laat zien welke weg een mantelzorger aflegt langs loket, wijkteam en steunpunt, en waar mensen "
                 "afhaken.",
    },
    "dagboek": {
        "sterk": "Laat zien hoe zwaar de zorg is, dag na dag. De verhalen zijn bruikbaar in het plan.",
    },
    "adviesraad_advies": {
        "zwak": "Het loopt via anderen: leden zijn niet altijd zelf mantelzorger. Alleen formeel advies komt laat "
                "in het proces.",
    },
    "werkgroep": {
        "sterk": "Gemeente en mantelzorgers ontwerpen samen een concrete maatregel en voeren die uit.",
    },
    "cocreatiesessie": {
        "zwak": "Een begeleider is nodig. De uitkomst moet daarna nog worden omgezet in beleid.",
    },
    "ambassadeursgroep": {
        "sterk": "Een kleine, gekozen groep vertelt het verhaal verder en helpt anderen te vinden. De groep kan "
                 "meerdere jaren meedoen.",
        "zwak": "Wie er in de groep zit, bepaalt wat de gemeente hoort. Zo kan het beeld eenzijdig worden.",
    },
}

INSTRUMENTEN: tuple[Instrument, ...] = (
    Instrument(
        code="informatiebijeenkomst",
        label="Informatiebijeenkomst / inloopavond",
        treden=("informeren", "raadplegen"),
        fasen=("inventarisatie", "opstellen_beleidsplan", "vaststelling_verordening", "uitvoering"),
        inspanning="laag",
        kosten="€",
        bereik="middel",
        diepgang="laag",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Makkelijk te organiseren. U spreekt mensen persoonlijk. "
            "U kunt hier ook deelnemers vinden voor andere werkvormen."
        ),
        zwak="Er komen vooral mensen die al betrokken zijn. U krijgt weinig echte inbreng.",
    ),
    Instrument(
        code="schriftelijke_communicatie",
        label="Nieuwsbrief, website, lokale krant, social media",
        treden=("informeren",),
        fasen=ALLE_FASEN,
        inspanning="laag",
        kosten="€",
        bereik="groot",
        diepgang="laag",
        vorm="schriftelijk/online",
        vorm_type="periode",
        sterk="U bereikt veel mensen voor weinig geld. Goed om te laten zien wat er met de inbreng is gedaan.",
        zwak=(
            "Het gaat maar één kant op. Verborgen mantelzorgers herkennen zich vaak niet in de berichten."
        ),
    ),
    Instrument(
        code="enquete",
        label="Enquête / vragenlijst (papier en online)",
        treden=("raadplegen",),
        fasen=("inventarisatie", "evaluatie"),
        inspanning="middel",
        kosten="€€",
        bereik="groot",
        diepgang="laag",
        vorm="schriftelijk/online",
        vorm_type="periode",
        sterk=(
            "Geeft cijfers. U kunt later opnieuw meten en vergelijken (nulmeting). "
            "Mensen kunnen anoniem antwoorden."
        ),
        zwak=(
            "Vooral vaste antwoorden. Mensen die moeite hebben met lezen of het heel druk hebben, "
            "vullen hem minder vaak in. Mensen kunnen genoeg krijgen van vragenlijsten."
        ),
    ),
    Instrument(
        code="digitaal_panel",
        label="Digitaal (burger)panel",
        treden=("raadplegen",),
        fasen=("inventarisatie", "beleidsvoorbereiding", "evaluatie"),
        inspanning="laag",
        kosten="€–€€",
        bereik="groot",
        diepgang="laag",
        vorm="online",
        vorm_type="periode",
        sterk="Snel en vaak te herhalen. U gebruikt een panel dat de gemeente al heeft.",
        zwak=(
            "U weet niet wie mantelzorger is, tenzij u daar eerst naar vraagt. "
            "Vooral mensen die handig zijn met computers doen mee."
        ),
    ),
    Instrument(
        code="mantelzorgpanel",
        label="Mantelzorgpanel (vast panel van mantelzorgers)",
        treden=("raadplegen", "adviseren"),
        fasen=ALLE_FASEN,
        inspanning="middel",
        kosten="€€",
        bereik="middel",
        diepgang="middel",
        vorm="hybride",
        vorm_type="periode",
        sterk=(
            "Het loopt door, zodat u een band opbouwt. "
            "U kunt nieuwe vragen snel aan een vaste groep voorleggen."
        ),
        zwak=(
            "Het panel wordt ouder en leden gaan denken als professionals. "
            "U moet het bijhouden en af en toe nieuwe leden zoeken."
        ),
    ),
    Instrument(
        code="interview",
        label="Individueel interview (ook aan huis / keukentafel)",
        treden=("raadplegen",),
        fasen=("inventarisatie", "visievorming", "evaluatie"),
        inspanning="hoog",
        kosten="€€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "U bereikt mensen die niet van huis weg kunnen. U hoort het hele verhaal. "
            "Mensen praten makkelijker over gevoelige onderwerpen."
        ),
        zwak=(
            "Kost veel tijd per persoon en u spreekt weinig mensen. "
            "De interviewer moet het goed kunnen."
        ),
    ),
    Instrument(
        code="straatinterview",
        label="Straatinterviews / flitspeiling op locatie",
        treden=("raadplegen",),
        fasen=("inventarisatie",),
        inspanning="laag",
        kosten="€",
        bereik="middel",
        diepgang="laag",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "U spreekt mensen waar ze toch al zijn, zoals op de markt, in de supermarkt "
            "of bij de apotheek. Meedoen is heel makkelijk."
        ),
        zwak="U hoort weinig diepgang. Veel voorbijgangers zijn geen mantelzorger.",
    ),
    Instrument(
        code="focusgroep",
        label="Focusgroep",
        treden=("raadplegen",),
        fasen=("inventarisatie", "visievorming", "beleidsvoorbereiding", "evaluatie"),
        inspanning="middel",
        kosten="€–€€",
        bereik="klein (6–10 per groep)",
        diepgang="hoog",
        vorm="hybride",
        vorm_type="moment",
        sterk=(
            "U gaat de diepte in. Deelnemers reageren op elkaar. "
            "Goed te doen per doelgroep."
        ),
        zwak=(
            "De groep is niet representatief. Een paar mensen kunnen het gesprek overnemen. "
            "U heeft een goede gespreksleider nodig."
        ),
    ),
    Instrument(
        code="rondetafelgesprek",
        label="Rondetafelgesprek",
        treden=("raadplegen", "adviseren"),
        fasen=("inventarisatie", "visievorming", "beleidsvoorbereiding"),
        inspanning="middel",
        kosten="€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Mantelzorgers, professionals en bestuurders praten samen over één thema, "
            "bijvoorbeeld wonen."
        ),
        zwak="Weinig deelnemers. Er wordt soms veel gepraat zonder dat er iets mee gebeurt.",
    ),
    Instrument(
        code="klankbordgroep",
        label="Klankbordgroep",
        treden=("adviseren",),
        fasen=("visievorming", "beleidsvoorbereiding", "opstellen_beleidsplan", "uitvoering"),
        inspanning="middel",
        kosten="€–€€",
        bereik="klein (8–15)",
        diepgang="hoog",
        vorm="hybride",
        vorm_type="moment",
        sterk=(
            "De groep volgt het hele proces en kijkt naar concepten. Zo groeit vertrouwen."
        ),
        zwak=(
            "Steeds dezelfde mensen. Het is zwaar voor mantelzorgers. "
            "De groep kan gaan doen alsof zij voor iedereen spreekt."
        ),
    ),
    Instrument(
        code="expertmeeting",
        label="Expertmeeting",
        treden=("adviseren",),
        fasen=("visievorming", "beleidsvoorbereiding"),
        inspanning="middel",
        kosten="€€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Kennis van professionals en ervaring van mantelzorgers komen samen. "
            "Dat levert scherpe voorstellen op."
        ),
        zwak=(
            "Professionals kunnen het gesprek overnemen. "
            "Mantelzorgers kunnen zich in de minderheid voelen."
        ),
    ),
    Instrument(
        code="werkconferentie",
        label='Werkconferentie / "whole system in the room"',
        treden=("adviseren", "coproduceren"),
        fasen=("visievorming", "beleidsvoorbereiding"),
        inspanning="hoog",
        kosten="€€–€€€",
        bereik="middel–groot",
        diepgang="middel",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Alle partijen zitten samen in één ruimte. U praat mét mantelzorgers, niet over hen. "
            "Dat geeft energie en nieuwe contacten."
        ),
        zwak=(
            "Duur en maar één keer. Een hele dag is voor mantelzorgers vaak moeilijk."
        ),
    ),
    Instrument(
        code="mantelzorgcafe",
        label="Mantelzorgcafé / ontmoetingsbijeenkomst",
        treden=("informeren", "raadplegen"),
        fasen=("inventarisatie", "evaluatie", "uitvoering"),
        inspanning="laag",
        kosten="€",
        bereik="middel",
        diepgang="middel",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "U sluit aan bij bijeenkomsten die er al zijn, zoals van het steunpunt of een Alzheimer café. "
            "De sfeer is los en veilig."
        ),
        zwak=(
            "U bereikt vooral mensen die al hulp krijgen. "
            "De bijeenkomst is niet bedoeld voor vragen over beleid."
        ),
    ),
    Instrument(
        code="wijkschouw",
        label="Wijkschouw / schouw",
        treden=("raadplegen", "coproduceren"),
        fasen=("inventarisatie", "uitvoering"),
        inspanning="middel",
        kosten="€",
        bereik="klein",
        diepgang="middel",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "U loopt met mantelzorgers door de wijk. U ziet samen hoe het zit met toegankelijkheid, "
            "parkeren, voorzieningen en wonen."
        ),
        zwak="Het gaat alleen over de fysieke omgeving.",
    ),
    Instrument(
        code="persona_onderzoek",
        label="Persona-onderzoek",
        treden=("raadplegen",),
        fasen=("inventarisatie", "visievorming"),
        inspanning="hoog",
        kosten="€€–€€€",
        bereik="klein–middel",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "Groepen mantelzorgers worden concreet. "
            "Een sterk middel om bestuur en professionals mee te nemen."
        ),
        zwak=(
            "Kost tijd. Met te weinig interviews maakt u snel een stereotiep beeld."
        ),
    ),
    Instrument(
        code="klantreis",
        label="Klantreis / mystery guest",
        treden=("raadplegen",),
        fasen=("inventarisatie", "evaluatie"),
        inspanning="middel",
        kosten="€€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "U ziet welke weg een mantelzorger aflegt langs loket, wijkteam en steunpunt. "
            "U ziet ook waar mensen afhaken."
        ),
        zwak="Het gaat vooral over de toegang tot hulp, minder over wat mensen nodig hebben.",
    ),
    Instrument(
        code="dagboek",
        label="Dagboekmethode / storytelling",
        treden=("raadplegen",),
        fasen=("inventarisatie", "visievorming"),
        inspanning="middel",
        kosten="€",
        bereik="klein",
        diepgang="hoog",
        vorm="schriftelijk/online",
        vorm_type="periode",
        sterk=(
            "U ziet hoe zwaar de zorg is, dag na dag. De verhalen kunt u gebruiken in het plan."
        ),
        zwak="Het vraagt veel van de deelnemers.",
    ),
    Instrument(
        code="spiegelgesprek",
        label="Spiegelgesprek",
        treden=("raadplegen",),
        fasen=("inventarisatie", "evaluatie"),
        inspanning="middel",
        kosten="€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Professionals of bestuurders luisteren zonder iets te zeggen naar mantelzorgers. "
            "Dat opent vaak de ogen."
        ),
        zwak="Het werkt alleen als er daarna echt iets mee gebeurt.",
    ),
    Instrument(
        code="ervaringsdeskundige",
        label="Inzet ervaringsdeskundige mantelzorger(s)",
        treden=("adviseren", "coproduceren"),
        fasen=ALLE_FASEN,
        inspanning="middel",
        kosten="€–€€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "Deze mensen hebben geleerd na te denken over hun ervaring. Ze spreken ook voor anderen. "
            "Raad en professionals nemen hen serieus."
        ),
        zwak=(
            "Er zijn er maar weinig. Ze hebben een vergoeding nodig. "
            "Het blijft één stem."
        ),
    ),
    Instrument(
        code="adviesraad_advies",
        label="Advies Wmo-raad / adviesraad sociaal domein",
        treden=("adviseren",),
        fasen=("visievorming", "opstellen_beleidsplan", "vaststelling_verordening", "evaluatie"),
        inspanning="laag",
        kosten="€",
        bereik="klein",
        diepgang="middel",
        vorm="schriftelijk",
        vorm_type="moment",
        sterk="Formeel, vastgelegd in regels en onafhankelijk.",
        zwak=(
            "Het loopt via anderen: leden zijn niet altijd zelf mantelzorger. "
            "Als u alleen formeel advies vraagt, komt het laat in het proces."
        ),
    ),
    Instrument(
        code="werkgroep",
        label="Werkgroep / projectgroep met mantelzorgers",
        treden=("coproduceren",),
        fasen=("beleidsvoorbereiding", "uitvoering"),
        inspanning="hoog",
        kosten="€€",
        bereik="klein",
        diepgang="hoog",
        vorm="hybride",
        vorm_type="periode",
        sterk="U ontwerpt en voert samen een concrete maatregel uit.",
        zwak=(
            "Kost veel tijd. Er moeten duidelijke grenzen en afspraken zijn over wie wat mag beslissen."
        ),
    ),
    Instrument(
        code="cocreatiesessie",
        label="Co-creatiesessie / ontwerpsessie",
        treden=("coproduceren",),
        fasen=("visievorming", "beleidsvoorbereiding"),
        inspanning="middel",
        kosten="€€",
        bereik="klein–middel",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Creatief en gericht op oplossingen. Deelnemers maken samen eerste ontwerpen."
        ),
        zwak=(
            "U heeft een begeleider nodig. De uitkomst moet u daarna nog omzetten naar beleid."
        ),
    ),
    Instrument(
        code="ambassadeursgroep",
        label="Ambassadeursgroep",
        treden=("adviseren", "coproduceren"),
        fasen=("visievorming", "uitvoering"),
        inspanning="middel",
        kosten="€–€€",
        bereik="klein",
        diepgang="middel",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "Een kleine, gekozen groep vertelt het verhaal verder en helpt anderen te vinden. "
            "U kunt de groep meerdere jaren inzetten."
        ),
        zwak="Wie u kiest, bepaalt wat u hoort. Zo kan het beeld eenzijdig worden.",
    ),
    Instrument(
        code="speeddate_politiek",
        label="Speeddate of werkbezoek raad/wethouder met mantelzorgers",
        treden=("informeren", "raadplegen"),
        fasen=("inventarisatie", "vaststelling_verordening"),
        inspanning="laag",
        kosten="€",
        bereik="klein",
        diepgang="middel",
        vorm="fysiek",
        vorm_type="moment",
        sterk=(
            "Zorgt voor steun in de politiek. Bestuurders horen de verhalen zelf."
        ),
        zwak="Alleen een gebaar als er daarna niets mee gebeurt.",
    ),
    Instrument(
        code="mantelzorgbudget_commissie",
        label="Commissie van mantelzorgers verdeelt (deel)budget",
        treden=("meebeslissen",),
        fasen=("uitvoering",),
        inspanning="hoog",
        kosten="€€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk="Mantelzorgers hebben echt invloed. Iedereen ziet dat de gemeente hen vertrouwt.",
        zwak=(
            "Er moeten een duidelijke opdracht, regels en verantwoording zijn. "
            "Het budget dat de commissie verdeelt, komt nog bovenop de kosten."
        ),
    ),
    Instrument(
        code="stuurgroep_zetel",
        label="Mantelzorgers met stem in stuurgroep",
        treden=("meebeslissen",),
        fasen=("beleidsvoorbereiding", "uitvoering", "evaluatie"),
        inspanning="middel",
        kosten="€",
        bereik="klein",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk="Mantelzorgers beslissen vast mee over het programma.",
        zwak=(
            "Een zware rol. Een paar mensen spreken namens veel anderen."
        ),
    ),
    Instrument(
        code="zelforganisatie",
        label=(
            "Zelforganisatie / initiatief van mantelzorgers "
            "(bijv. lotgenotengroep, mantelzorgcoöperatie)"
        ),
        treden=("zelfbeheer",),
        fasen=("uitvoering",),
        inspanning="laag",
        kosten="€–€€",
        bereik="klein–middel",
        diepgang="hoog",
        vorm="fysiek",
        vorm_type="periode",
        sterk=(
            "Mantelzorgers zijn zelf eigenaar. Het houdt lang stand en sluit goed aan bij wat nodig is. "
            "Voor de gemeente is het weinig werk; de kosten zitten vooral in subsidie."
        ),
        zwak=(
            "Het hangt af van een paar vrijwilligers. De gemeente heeft minder grip."
        ),
    ),
)

#: The officer's own instrument, not in the catalogue; its row names it in ``eigen_naam``.
EIGEN_INSTRUMENT = Option("eigen", "Eigen instrument (niet in de lijst)")

_BY_CODE = {instrument.code: instrument for instrument in INSTRUMENTEN}


def instrumenten_voor(
    treden: Iterable[str] | None = None,
    fasen: Iterable[str] | None = None,
) -> tuple[Instrument, ...]:
    """Instruments that serve any of the given rungs and suit any of the given phases.

    ``None`` means "no filter" for that dimension; an empty list matches nothing.
    """
    treden_set = None if treden is None else set(treden)
    fasen_set = None if fasen is None else set(fasen)
    return tuple(
        instrument
        for instrument in INSTRUMENTEN
        if (treden_set is None or treden_set.intersection(instrument.treden))
        and (fasen_set is None or fasen_set.intersection(instrument.fasen))
    )


def is_alleen_schriftelijk_of_online(code: str) -> bool:
    """True when the instrument's form is online, schriftelijk or schriftelijk/online (rule R23)."""
    instrument = _BY_CODE.get(code)
    return instrument is not None and instrument.vorm in ALLEEN_SCHRIFTELIJK_OF_ONLINE
