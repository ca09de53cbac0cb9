"""Catalogue of 32 vindplaatsen (step 6B): where each group of mantelzorgers can be reached."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Vindplaats:
    """A place, organisation or person through which mantelzorgers can be found.

    ``doelgroepen`` lists the groups (codes of doelgroepen.DOELGROEPEN) this place
    especially suits; ``voor_alle`` marks places that reach mantelzorgers in general.
    """

    code: str
    label: str
    doelgroepen: tuple[str, ...]
    voor_alle: bool = False


VINDPLAATSEN: tuple[Vindplaats, ...] = (
    Vindplaats(
        "huisarts",
        "Huisartsenpraktijk",
        ("verborgen", "chronisch_lichamelijk", "dementie", "oudere_mantelzorgers", "zwaarbelast"),
    ),
    Vindplaats(
        "poh",
        "Praktijkondersteuner (POH-ouderen / POH-GGZ)",
        ("oudere_mantelzorgers", "dementie", "ggz_verslaving", "zwaarbelast"),
    ),
    Vindplaats(
        "apotheek",
        "Apotheek",
        ("verborgen", "oudere_mantelzorgers", "chronisch_lichamelijk", "op_afstand"),
    ),
    Vindplaats(
        "fysio_ergo",
        "Fysiotherapeut / ergotherapeut",
        ("nah", "chronisch_lichamelijk", "oudere_mantelzorgers"),
    ),
    Vindplaats(
        "wijkverpleging",
        "Wijkverpleging / thuiszorg",
        ("dementie", "palliatief", "oudere_mantelzorgers", "langdurig_intensief"),
    ),
    Vindplaats("casemanager_dementie", "Casemanager dementie", ("dementie",)),
    Vindplaats(
        "ziekenhuis",
        "Ziekenhuis (transferverpleegkundige, polikliniek)",
        ("nah", "chronisch_lichamelijk", "op_afstand"),
    ),
    Vindplaats("ggz", "GGZ-instelling / familievertrouwenspersoon", ("ggz_verslaving",)),
    Vindplaats(
        "wijkteam",
        "Sociaal wijkteam / Wmo-loket (keukentafelgesprek)",
        ("langdurig_intensief", "zwaarbelast"),
        voor_alle=True,
    ),
    Vindplaats(
        "cjg",
        "Centrum voor Jeugd en Gezin / jeugdteam",
        ("jonge_mantelzorgers", "ouders_kind_beperking"),
    ),
    Vindplaats(
        "school",
        "School (mentor, intern begeleider, zorgcoördinator)",
        ("jonge_mantelzorgers", "ouders_kind_beperking"),
    ),
    Vindplaats(
        "mbo_hbo",
        "MBO/HBO (studentendecaan, studentenwelzijn)",
        ("jongvolwassen_mantelzorgers",),
    ),
    Vindplaats(
        "jongerenwerk",
        "Jongerenwerk",
        ("jonge_mantelzorgers", "jongvolwassen_mantelzorgers"),
    ),
    Vindplaats(
        "werkgever",
        "Werkgever (HR, leidinggevende, bedrijfsarts, personeelsvereniging)",
        ("werkende_mantelzorgers", "meerdere_zorgtaken", "mannelijke_mantelzorgers"),
    ),
    Vindplaats(
        "ondernemersvereniging",
        "Ondernemersvereniging / werkgeversnetwerk",
        ("werkende_mantelzorgers",),
    ),
    Vindplaats(
        "steunpunt",
        "Steunpunt mantelzorg / mantelzorgconsulent",
        ("zwaarbelast",),
        voor_alle=True,
    ),
    Vindplaats(
        "welzijn",
        "Welzijnsorganisatie / ouderenadviseur / buurthuis",
        ("oudere_mantelzorgers", "laag_inkomen_laaggeletterd", "verborgen"),
    ),
    Vindplaats(
        "dagbesteding",
        "Dagbesteding / dagopvang",
        ("dementie", "verstandelijke_beperking", "nah"),
    ),
    Vindplaats(
        "respijtvoorziening",
        "Logeerhuis / respijtvoorziening",
        ("ouders_kind_beperking", "dementie", "langdurig_intensief"),
    ),
    Vindplaats(
        "mee",
        "MEE / onafhankelijke cliëntondersteuning",
        ("verstandelijke_beperking", "ouders_kind_beperking", "nah"),
    ),
    Vindplaats(
        "religieuze_organisatie",
        "Religieuze organisaties (kerk, moskee, tempel, synagoge)",
        ("migratieachtergrond", "oudere_mantelzorgers"),
    ),
    Vindplaats(
        "migrantenorganisatie",
        "Migrantenorganisaties en sleutelfiguren",
        ("migratieachtergrond",),
    ),
    Vindplaats(
        "patientenvereniging",
        "Patiënten- en naastenorganisaties (Alzheimer café, Hersenletsel, Parkinson café, ouderverenigingen)",
        ("dementie", "nah", "chronisch_lichamelijk", "ggz_verslaving", "verstandelijke_beperking"),
    ),
    Vindplaats(
        "ouderenbond",
        "Ouderenbonden (KBO, PCOB) en seniorenverenigingen",
        ("oudere_mantelzorgers",),
    ),
    Vindplaats(
        "sportclub_vereniging",
        "Sportclubs en verenigingen",
        ("mannelijke_mantelzorgers", "werkende_mantelzorgers", "jongvolwassen_mantelzorgers"),
    ),
    Vindplaats(
        "bibliotheek",
        "Bibliotheek (taalhuis, digitaal café)",
        ("laag_inkomen_laaggeletterd", "oudere_mantelzorgers"),
    ),
    Vindplaats(
        "woningcorporatie",
        "Woningcorporatie (huismeester, wijkconsulent)",
        ("oudere_mantelzorgers", "verborgen", "laag_inkomen_laaggeletterd"),
    ),
    Vindplaats(
        "schuldhulp_voedselbank",
        "Schuldhulp / voedselbank / formulierenbrigade",
        ("laag_inkomen_laaggeletterd",),
    ),
    Vindplaats("hospice", "Hospice / netwerk palliatieve zorg", ("palliatief",)),
    Vindplaats(
        "online_communities",
        "Online communities en lokale Facebook-/WhatsApp-groepen",
        ("op_afstand", "jongvolwassen_mantelzorgers", "werkende_mantelzorgers", "lhbti"),
    ),
    Vindplaats("winkels_markt", "Supermarkt, markt, winkelcentrum", ("verborgen",)),
    Vindplaats(
        "adviesraad",
        "Wmo-raad / adviesraad sociaal domein (netwerk van leden)",
        (),
        voor_alle=True,
    ),
)


def vindplaatsen_voor(doelgroep_codes: Iterable[str]) -> tuple[Vindplaats, ...]:
    """Vindplaatsen suited to any of the groups; general (voor_alle) places come last.

    With no groups at all, nothing is suggested.
    """
    codes = set(doelgroep_codes)
    if not codes:
        return ()
    gericht = tuple(
        v for v in VINDPLAATSEN if not v.voor_alle and codes.intersection(v.doelgroepen)
    )
    algemeen = tuple(v for v in VINDPLAATSEN if v.voor_alle)
    return gericht + algemeen
