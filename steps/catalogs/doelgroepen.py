"""Catalogue of 20 groups of mantelzorgers (step 6A), plus the special option "alle"."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Option


@dataclass(frozen=True)
class Doelgroep:
    """A group of mantelzorgers with what matters when you want them to take part."""

    code: str
    label: str
    kenmerken: str
    drempels: str
    passende_instrumenten: str


ALLE = Option("alle", "Alle mantelzorgers", "De werkvorm is bedoeld voor alle mantelzorgers.")

DOELGROEPEN: tuple[Doelgroep, ...] = (
    Doelgroep(
        code="jonge_mantelzorgers",
        label="Jonge mantelzorgers (tot 18 jaar)",
        kenmerken=(
            "Ze zorgen voor een ouder, broer of zus. Vaak ziet niemand het. "
            "Ze zijn trouw aan hun gezin en praten er niet graag over."
        ),
        drempels=(
            "Ze zitten overdag op school en hebben toestemming van ouders nodig. "
            "Ze schamen zich soms en noemen zichzelf geen mantelzorger."
        ),
        passende_instrumenten=(
            "Een gesprek of focusgroep via school of het jongerenwerk. "
            "Creatieve werkvormen en online meedoen."
        ),
    ),
    Doelgroep(
        code="jongvolwassen_mantelzorgers",
        label="Jongvolwassen mantelzorgers (18–24 jaar)",
        kenmerken="Ze combineren de zorg met een studie of hun eerste baan.",
        drempels=(
            "Weinig tijd en veel druk van de studie. Ze hebben weinig contact met de gemeente."
        ),
        passende_instrumenten=(
            "Een online panel, korte bijeenkomsten op het MBO of HBO, en social media."
        ),
    ),
    Doelgroep(
        code="werkende_mantelzorgers",
        label="Werkende mantelzorgers",
        kenmerken="Een grote groep. Ze combineren werk en zorg.",
        drempels=(
            "Overdag kunnen ze niet naar bijeenkomsten. "
            "Ze zijn soms bang voor de reactie van hun werkgever."
        ),
        passende_instrumenten=(
            "Bijeenkomsten 's avonds of online, contact via de werkgever of HR, en een digitaal panel."
        ),
    ),
    Doelgroep(
        code="oudere_mantelzorgers",
        label="Oudere mantelzorgers (partners 65+)",
        kenmerken="Ze zorgen vaak voor hun partner en hebben zelf ook gezondheidsklachten.",
        drempels=(
            "Ze komen moeilijk de deur uit, zijn minder handig met computers of horen slechter."
        ),
        passende_instrumenten=(
            "Gesprekken aan huis, het mantelzorgcafé, een vragenlijst per telefoon, en vervoer regelen."
        ),
    ),
    Doelgroep(
        code="migratieachtergrond",
        label="Mantelzorgers met een migratieachtergrond",
        kenmerken=(
            "Ze zorgen vaak lang en veel. In de familie vindt men zorgen vaak vanzelfsprekend."
        ),
        drempels=(
            "Taal en vertrouwen. Ze kennen de hulp vaak niet, en over zorg praten kan een taboe zijn."
        ),
        passende_instrumenten=(
            "Sleutelfiguren, bijeenkomsten in de eigen gemeenschap, een tolk, en gesprekken aan huis."
        ),
    ),
    Doelgroep(
        code="ouders_kind_beperking",
        label="Ouders van een (zorgintensief) kind met een beperking of ziekte",
        kenmerken=(
            "De zorg duurt vaak hun hele leven. Ze combineren die met opvoeden en werken."
        ),
        drempels="Weinig tijd, ze hebben oppas nodig en ze zijn vaak moe.",
        passende_instrumenten=(
            "Een online panel, een focusgroep 's avonds, en contact via school, MEE of het CJG."
        ),
    ),
    Doelgroep(
        code="dementie",
        label="Mantelzorgers van mensen met dementie",
        kenmerken=(
            "De zorg is zwaar en wordt steeds zwaarder. Het zijn vaak partners of kinderen."
        ),
        drempels="Ze kunnen hun naaste niet alleen laten.",
        passende_instrumenten=(
            "Het Alzheimer café, de casemanager, en vervangende zorg tijdens bijeenkomsten."
        ),
    ),
    Doelgroep(
        code="ggz_verslaving",
        label="Mantelzorgers van mensen met psychische problemen of verslaving",
        kenmerken=(
            "De zorg is onvoorspelbaar en er rust een stigma op. "
            "Professionals zien deze mantelzorgers vaak niet."
        ),
        drempels=(
            "Schaamte en zorgen over privacy. Soms is er ruzie met de persoon voor wie ze zorgen."
        ),
        passende_instrumenten=(
            "Contact via de familieraad van de GGZ of een naastenorganisatie, "
            "anoniem online meedoen, en gesprekken."
        ),
    ),
    Doelgroep(
        code="verstandelijke_beperking",
        label="Mantelzorgers van mensen met een verstandelijke beperking",
        kenmerken="De zorg duurt vaak een leven lang. Het zijn vaak ouders, broers of zussen.",
        drempels="Ouders worden ouder en maken zich zorgen over later.",
        passende_instrumenten=(
            "Contact via MEE, de gehandicaptenzorg en verenigingen van ouders."
        ),
    ),
    Doelgroep(
        code="nah",
        label="Mantelzorgers van mensen met niet-aangeboren hersenletsel (NAH)",
        kenmerken=(
            "Het leven verandert plotseling. Rollen en de relatie met de naaste veranderen mee."
        ),
        drempels="Anderen zien het letsel niet. De mantelzorgers zijn vaak uitgeput.",
        passende_instrumenten=(
            "Contact via de revalidatie of een patiëntenvereniging voor hersenletsel, en een focusgroep."
        ),
    ),
    Doelgroep(
        code="chronisch_lichamelijk",
        label="Mantelzorgers van mensen met een chronische lichamelijke ziekte",
        kenmerken="Bijvoorbeeld bij COPD, MS, kanker of hartfalen.",
        drempels="Hoe zwaar de zorg is, wisselt steeds.",
        passende_instrumenten=(
            "Contact via de huisarts of POH, patiëntenverenigingen en het ziekenhuis."
        ),
    ),
    Doelgroep(
        code="palliatief",
        label="Mantelzorgers in de laatste levensfase (palliatieve zorg)",
        kenmerken="Een heel zware periode, die niet lang duurt.",
        drempels=(
            "Op dit moment hebben ze geen tijd. Na het overlijden kunt u hen voorzichtig benaderen."
        ),
        passende_instrumenten=(
            "Contact via het hospice of de thuiszorg. "
            "Betrek hen na het overlijden, als nabestaanden."
        ),
    ),
    Doelgroep(
        code="langdurig_intensief",
        label="Langdurige en intensieve helpers (> 3 mnd en > 8 uur/week)",
        kenmerken="Zij lopen het meeste risico om overbelast te raken.",
        drempels="Ze zijn uitgeput.",
        passende_instrumenten=(
            "Korte gesprekken, thuis of online. Regel vervangende zorg als ze meedoen."
        ),
    ),
    Doelgroep(
        code="zwaarbelast",
        label="Zwaarbelaste of overbelaste mantelzorgers",
        kenmerken="Het gaat nu al niet goed met hen.",
        drempels="Meedoen is voor hen nog een extra last.",
        passende_instrumenten=(
            "Een persoonlijk gesprek via de mantelzorgconsulent. Maak meedoen zo makkelijk mogelijk."
        ),
    ),
    Doelgroep(
        code="op_afstand",
        label="Mantelzorgers op afstand",
        kenmerken=(
            "Ze wonen ergens anders. Ze regelen de zorg vooral via de telefoon of online."
        ),
        drempels="Ze lezen of zien de kanalen van de gemeente niet.",
        passende_instrumenten=(
            "Een online panel, en contact via de zorgaanbieder van de persoon voor wie ze zorgen."
        ),
    ),
    Doelgroep(
        code="verborgen",
        label="Verborgen mantelzorgers (zien zichzelf niet als mantelzorger)",
        kenmerken="De grootste groep die de gemeente niet kent.",
        drempels='Ze reageren niet als u "mantelzorger" zegt, want zo zien ze zichzelf niet.',
        passende_instrumenten=(
            "Straatinterviews, contact via de huisarts of de apotheek, "
            "en taal waarin mensen hun eigen situatie herkennen."
        ),
    ),
    Doelgroep(
        code="meerdere_zorgtaken",
        label="Mantelzorgers met meerdere zorgtaken (sandwichgeneratie)",
        kenmerken="Ze zorgen tegelijk voor hun ouders en voor hun kinderen.",
        drempels="Ze hebben bijna geen tijd.",
        passende_instrumenten="Online, op een tijd die hen uitkomt, en heel kort.",
    ),
    Doelgroep(
        code="laag_inkomen_laaggeletterd",
        label="Mantelzorgers met laag inkomen of beperkte taalvaardigheid",
        kenmerken="Geldzorgen maken de zorg nog zwaarder.",
        drempels="Veel tekst om te lezen, en kosten die ze zelf moeten betalen.",
        passende_instrumenten=(
            "Werkvormen waarin mensen praten in plaats van lezen, eenvoudige taal, "
            "en een vergoeding van kosten."
        ),
    ),
    Doelgroep(
        code="mannelijke_mantelzorgers",
        label="Mannelijke mantelzorgers",
        kenmerken="Ze maken minder gebruik van de steun die er is.",
        drempels="Ze vragen minder snel om hulp.",
        passende_instrumenten=(
            "Een gerichte uitnodiging, praktische onderwerpen, en contact via werk of sport."
        ),
    ),
    Doelgroep(
        code="lhbti",
        label="LHBTI+ mantelzorgers",
        kenmerken="Anderen erkennen hun relatie soms niet.",
        drempels="Ze zijn bang voor vooroordelen.",
        passende_instrumenten=(
            "Contact via roze netwerken, en een uitnodiging waarin duidelijk staat dat iedereen welkom is."
        ),
    ),
)
