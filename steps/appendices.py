"""The appendices that explain the plan (domain.md 5.1): A the glossary, B the chosen instruments,
C the inbreng-logboek and E the sources. (D, the open findings, is in `check_chapter`.)

Each returns a `Chapter` of kind "appendix"; its key (the anchor without "bijlage-") is what an
`AppendixRef` names. The letters follow from the order in which the document lists them.
"""
import re

from steps import derived
from steps.catalogs.base import by_code
from steps.catalogs.glossary import BEGRIPPEN
from steps.catalogs.instruments import INSTRUMENTEN
from steps.document import BulletList, Chapter, Facts, Paragraph, Table

SOURCES = (
    "Movisie – Mantelzorgers betrekken (stappenplan voor gemeenten, online).",
    "Wendy van Lier, Roos Scherpenzeel en Oka Storms – Samen met mantelzorgers beleid opstellen. "
    "Interactieve beleidsvorming (Movisie / Expertisecentrum Mantelzorg, 2010).",
    "Expertisecentrum Mantelzorg – Wat kunt u als gemeente betekenen voor mantelzorgers?",
    "MantelzorgNL – Gids voor mantelzorgondersteuners, Werkboek 1: Visie, positie en samenwerking "
    "(reeks Mantelzorg in de sociale basis).",
    "Movisie – Integrale visie op informele zorg (2019).",
    "Platform31 – kennisdossier Mantelzorg en wonen: Strategie mantelzorg.",
    "Movisie – Participatieladder ordent praktijkvoorbeelden cliëntenparticipatie (2012) en "
    "Mantelzorgers betrekken: hoeveel zeggenschap.",
    "Movisie – tien groepen mantelzorgers; Pharos en KIS – factsheets over mantelzorgers met een "
    "migratieachtergrond.",
    "MantelzorgNL – Acht vraaggebieden van mantelzorgers; Movisie en Vilans – SOFA-model: de rollen van "
    "mantelzorgers; Koepel Adviesraden Sociaal Domein – de adviesraad sociaal domein; Movisie – toolbox "
    "Samen met inwoners werken aan een betere toegang.",
)


#: The titles of the appendices a section writes itself (`Section.appendix_blocks`), by key.
TITLES = {
    "pitches": "Pitches per doelgroep",
    "lobbyplan": "Lobbyplan",
    "personas": "Persona's",
    "aanbod": "Het ondersteuningsaanbod in detail",
}


def appendix(key, title, blocks):
    return Chapter(f"bijlage-{key}", "", title, blocks, kind="appendix")


# --- A. Begrippenlijst ---------------------------------------------------------------------------

def glossary_appendix(chapters, cover=""):
    """Only the terms the plan itself uses (any of a term's variants, at the start of a word)."""
    text = " ".join([cover, *(block_text(block) for chapter in chapters for block in chapter.blocks)]).lower()
    used = [(term, uitleg) for term, uitleg in BEGRIPPEN
            if any(starts_a_word(variant.lower(), text) for variant in term_variants(term))]
    blocks = ([Paragraph("Deze begrippen komen in het plan voor."), Facts(used)] if used
              else [Paragraph("Het plan gebruikt nog geen begrippen uit de begrippenlijst.")])
    return appendix("begrippen", "Begrippenlijst", blocks)


def starts_a_word(needle, text):
    """True if needle occurs in text at the start of a word, like re.search(r"(?<!\\w)needle").

    str.find instead of that regex: the lookbehind made every search scan the whole plan,
    about a quarter of the time it takes to build the document.
    """
    start = text.find(needle)
    while start != -1:
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        start = text.find(needle, start + 1)
    return False


def term_variants(term):
    """'Sociaal (wijk)team / Wmo-loket' → 'Sociaal team', 'Sociaal wijkteam', 'Wmo-loket'.

    A list of words also counts the way a sentence writes it: 'a, b, c' as 'a, b en c'.
    """
    variants = []
    for part in term.split("/"):
        without = " ".join(re.sub(r"\([^)]*\)", "", part).split())
        variants += [without, " ".join(re.sub(r"[()]", "", part).split())]
        if "," in without:
            variants.append(" en ".join(without.rsplit(", ", 1)))
    return [variant for variant in dict.fromkeys(variants) if len(variant) > 2]


def block_text(block):
    if block.kind in ("paragraph", "heading"):
        return block.text
    if block.kind == "list":
        return " ".join(map(str, block.items))
    if block.kind == "facts":
        return " ".join(f"{key} {value}" for key, value in block.items)
    if block.kind == "table":
        return " ".join([block.caption, *block.headers, *(str(cell) for row in block.rows for cell in row)])
    return ""


# --- B. De gekozen instrumenten ------------------------------------------------------------------

def instruments_appendix(answers):
    catalogue = by_code(INSTRUMENTEN)
    chosen = derived.unique(row.get("instrument") for row in derived.instrument_rijen(answers)
                            if row.get("instrument") in catalogue)
    if not chosen:
        blocks = [Paragraph("Er zijn nog geen instrumenten uit de instrumentenlijst gekozen.")]
    else:
        blocks = [Paragraph("Dit zijn de gekozen instrumenten uit de instrumentenlijst van de planner, met hun "
                            "sterke punten en de punten om op te letten."), Table(
            caption="Gekozen instrumenten uit de instrumentenlijst",
            headers=["Instrument", "Past bij", "Sterk", "Let op"],
            rows=[[catalogue[code].label,
                   ", ".join(derived.trede_label(trede).lower() for trede in catalogue[code].treden),
                   catalogue[code].plan_sterk, catalogue[code].plan_zwak] for code in chosen],
        )]
    return appendix("instrumenten", "Overzicht van de gekozen instrumenten", blocks)


# --- C. Inbreng-logboek ----------------------------------------------------------------------------

def inbreng_appendix(step_blocks):
    """The log that step 7 writes for this appendix (`Section.appendix_blocks["inbreng"]`)."""
    if not step_blocks:
        return appendix("inbreng", "Inbreng-logboek", [Paragraph(
            "Er is nog geen inbreng vastgelegd. Het logboek vult zich tijdens de uitvoering (stap 7).")])
    return appendix("inbreng", "Inbreng-logboek", [
        Paragraph("Wat deelnemers inbrachten, wat de gemeente ermee deed en waarom."), *step_blocks])


# --- E. Bronnen ------------------------------------------------------------------------------------

def sources_appendix():
    return appendix("bronnen", "Bronnen", [
        Paragraph("De uitleg in dit plan is in eigen woorden geschreven. Deze openbare bronnen zijn daarbij "
                  "gebruikt:"),
        BulletList(list(SOURCES)),
    ])
