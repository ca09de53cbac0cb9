"""The plan document: one model built from all answers, rendered as HTML preview and as PDF.

The chapters follow domain.md 5.1: a cover, the contents, a one-page summary, the chapters the
eight steps write (`plan_section`; step 1 writes chapters 1–3), the advisor's check, and the
appendices A–E. The figures of `planner.figures` go into the chapter they illustrate.

Steps decide *what* a chapter says; this module only arranges: it splits, moves a table to an
appendix, places figures and sizes table columns. Where it finds a step's heading or caption by
its text, a change of that text only moves a figure to the end of its chapter.
"""
import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date

import pyphen
from django.utils import timezone
from django.utils.text import slugify

from planner import figures
from steps import advisor, derived
from steps.catalogs.base import by_code, label
from steps.catalogs.glossary import BEGRIPPEN
from steps.catalogs.instruments import INSTRUMENTEN
from steps.catalogs.options import BREEDTE_BELEID, SCENARIOS, STURING, TYPETEST_KWADRANTEN, V_GEBIEDEN
from steps.document import BulletList, Facts, Heading, Paragraph, Table
from steps.registry import BY_SLUG, STEPS
from steps.text import MONTHS

DEFAULT_COLOUR = "#154273"

#: Step 1 writes three chapters of domain.md 5.1; these headings start them.
CHAPTER_HEADINGS = {
    "visie": ("Aanleiding en context", "Visie op mantelzorg en mantelzorgondersteuning", "Doelen"),
}
#: Tables that belong in an appendix: (step, heading above them, appendix letter).
TABLES_TO_APPENDIX = (
    ("instrumenten", "Sterke en zwakke punten van de gekozen instrumenten", "B"),
    ("draagvlak", "Wat we met de inbreng deden", "C"),
)
#: Where each figure goes: (chapter anchor, figure, how, heading or table caption it is placed by).
#: how: "before" / "after" the block, or "replace" a table that shows the same; at the end if absent.
FIGURE_PLACES = (
    ("hoofdstuk-visie-op-mantelzorg-en-mantelzorgondersteuning", figures.f2_typetest, "before",
     "De mantelzorger in vier rollen"),
    ("hoofdstuk-doelen", figures.f3_prioriteit, "replace", "Prioriteit per V-gebied"),
    ("hoofdstuk-comfortzone", figures.f1_ladder, "before", "Risico's en maatregelen"),
    ("hoofdstuk-comfortzone", figures.f4_risicomatrix, "end", None),
    ("hoofdstuk-voorwaarden", figures.f5_voorwaarden, "before", "Voorwaarden voor participatie"),
    ("hoofdstuk-beleidsfasen", figures.f6_fase_trede, "after", "Participatie per fase"),
    ("hoofdstuk-beleidsfasen", figures.f7_tijdlijn, "end", None),
    ("hoofdstuk-instrumenten", figures.f8_instrument_fase, "replace", "Per instrument de fase"),
    ("hoofdstuk-doelgroepen", figures.f9_doelgroep_vindplaats, "replace", "Per groep:"),
    ("hoofdstuk-draagvlak", figures.f10_krachtenveld, "before", "Stakeholders en hoe we ze betrekken"),
)
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


SMALL_TYPE_FROM, LANDSCAPE_FROM = 7, 9  # columns from which a table gets smaller type, a landscape page


@dataclass
class SizedTable(Table):
    """A table with column widths in percent: WeasyPrint then lays it out in one fast pass.

    The widths are worked out when the print template asks for them, not for the preview."""

    #: Its rows and those of the chapter's tables with the same columns, which share its widths.
    sizing_rows: list = field(default_factory=list, compare=False, repr=False)

    @property
    def size(self):
        columns = len(self.headers)
        return "landscape" if columns >= LANDSCAPE_FROM else "small" if columns >= SMALL_TYPE_FROM else ""

    @property
    def font(self):
        return 7 if self.size == "small" else 8

    @property
    def text_width(self):
        return 257 if self.size == "landscape" else 170

    @functools.cached_property
    def widths(self):
        return column_widths(self.headers, self.sizing_rows or self.rows, self.font, self.text_width)

    @functools.cached_property
    def tall_rows(self):
        """Whether a row may break across pages (see has_tall_rows)."""
        return has_tall_rows(self.rows, self.widths, self.font, self.text_width)


@dataclass
class Landscape:
    """A wide table printed on a landscape page, with the heading and introduction just before
    it: left on the portrait page, they would end up alone on an almost empty page."""

    blocks: list
    kind: str = "landscape"


def on_landscape_pages(blocks):
    """The blocks, with each landscape table grouped with the heading and paragraphs leading up to it."""
    grouped = []
    for block in blocks:
        if getattr(block, "size", "") != "landscape":
            grouped.append(block)
            continue
        lead = len(grouped)
        while lead and grouped[lead - 1].kind in ("heading", "paragraph"):
            lead -= 1
        while lead < len(grouped) and grouped[lead].kind != "heading":
            lead += 1  # from the heading on; paragraphs before it belong to the section above
        grouped[lead:] = [Landscape([*grouped[lead:], block])]
    return grouped


@dataclass
class Chapter:
    anchor: str
    number: str  # "1" … for chapters, "A" … for appendices, "" for the summary
    title: str
    blocks: list
    is_open: bool = False
    kind: str = "chapter"  # "summary", "chapter" or "appendix"

    @property
    def heading(self):
        if self.kind == "appendix":
            return f"Bijlage {self.number}. {self.title}"
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass
class PlanDocument:
    plan: object
    gemeente: str
    title: str
    subtitle: str
    period: str
    status: str
    date: date
    version: int
    author: str
    opdrachtgever: str
    summary: Chapter
    chapters: list
    appendices: list
    findings: list = field(default_factory=list)

    @property
    def contents(self):
        return [self.summary, *self.chapters, *self.appendices]

    @property
    def is_concept(self):
        """A plan with an open *fout* prints with the CONCEPT watermark (domain.md section 4)."""
        return any(finding.severity == advisor.FOUT for finding in self.findings)

    @property
    def date_text(self):
        return dutch_date(self.date)

    @property
    def figures(self):
        return [block for chapter in self.contents for block in chapter.blocks if block.kind == "figure"]

    @property
    def colour(self):
        """The gemeente's colour if it is a plain hex code (it ends up in CSS), else the default."""
        kleur = self.plan.gemeente.kleur
        return kleur if re.fullmatch(r"#[0-9a-fA-F]{6}", kleur or "") else DEFAULT_COLOUR

    @property
    def text_colour(self):
        """The colour darkened until white paper gives it a contrast of at least 4.5:1 (WCAG AA)."""
        colour, share = self.colour, 0.0
        while contrast_with_white(colour) < 4.5 and share < 1:
            share += 0.1
            colour = figures.mix(self.colour, "#000000", share)
        return colour

    @property
    def tint(self):
        """A pale version of the colour for the heads of tables."""
        return figures.mix(self.text_colour, "#ffffff", 0.9)


def contrast_with_white(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def dutch_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def build(plan, answers=None):
    answers = plan.answers() if answers is None else answers
    findings = advisor.findings(answers)
    document = PlanDocument(
        plan=plan,
        gemeente=plan.gemeente.naam,
        title=plan.titel,
        subtitle=subtitle(answers),
        period=plan.periode,
        status=plan.get_status_display(),
        date=timezone.localdate(plan.updated_at) if plan.updated_at else timezone.localdate(),
        version=plan.revisie,
        author=author(plan),
        opdrachtgever=derived.as_text(derived.step_answers(answers, "draagvlak").get("bestuurlijk_opdrachtgever")),
        summary=None,
        chapters=[],
        appendices=[],
        findings=findings,
    )
    sections = [step.plan_section(answers.get(step.SLUG) or {}, answers) for step in STEPS]
    chapters, moved = step_chapters(sections)
    place_figures(chapters, answers, document.text_colour)
    chapters.append(check_chapter(findings, open_steps={section.slug for section in sections if section.is_open}))
    for number, chapter in enumerate(chapters, start=1):
        chapter.number = str(number)
    document.chapters = chapters
    document.summary = summary_chapter(answers)
    appendices = [instruments_appendix(answers), inbreng_appendix(moved.get("C", [])), findings_appendix(findings)]
    glossary = glossary_appendix([document.summary, *chapters, *appendices],
                                 cover=f"{document.title} {document.subtitle}")
    document.appendices = [glossary, *appendices, sources_appendix()]
    for letter, appendix in zip("ABCDE", document.appendices):
        appendix.number = letter
    number_figures(document.contents)
    for chapter in document.contents:
        chapter.blocks = on_landscape_pages(sized_tables(chapter.blocks))
    return document


def subtitle(answers):
    visie = derived.step_answers(answers, "visie")
    onderwerp = ("mantelzorg- en informele-zorgbeleid" if visie.get("inclusief_zorgvrijwilligers") is True
                 else "mantelzorgbeleid")
    return f"Plan voor interactieve beleidsvorming {onderwerp}"


def author(plan):
    user = plan.updated_by
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


# --- The step chapters ---------------------------------------------------------------------------

def step_chapters(sections):
    """Chapters from the steps' sections; also returns the tables moved out, per appendix letter."""
    chapters, moved = [], {}
    for section in sections:
        blocks = list(section.blocks)
        for slug, heading, letter in TABLES_TO_APPENDIX:
            if slug == section.slug:
                blocks, tables = take_tables(blocks, heading, letter)
                moved.setdefault(letter, []).extend(tables)
        headings = CHAPTER_HEADINGS.get(section.slug)
        split = split_at_headings(blocks, headings) if headings and not section.is_open else []
        if split:
            chapters += split
        else:
            chapters.append(Chapter(f"hoofdstuk-{section.slug}", "", section.title, blocks,
                                    is_open=section.is_open))
    return chapters, moved


def split_at_headings(blocks, headings):
    """One chapter per heading. Blocks before the first heading are left out: step 1 opens with
    the gemeente and the period, which the cover shows."""
    chapters = []
    for block in blocks:
        if block.kind == "heading" and block.text in headings:
            chapters.append(Chapter(f"hoofdstuk-{slugify(block.text)}", "", block.text, []))
        elif chapters:
            chapters[-1].blocks.append(block)
    return chapters


def take_tables(blocks, heading, letter):
    """Moves the tables under `heading` to appendix `letter`, leaving a line that says where they went.

    A heading with nothing left under it becomes that line itself.
    """
    result, tables, inside = [], [], False
    for block in blocks:
        if block.kind == "heading":
            inside = block.text == heading
        if inside and block.kind == "table":
            tables.append(block)
            if result and result[-1].kind == "heading" and result[-1].text == heading:
                result[-1] = Paragraph(f"{heading}: zie bijlage {letter}.")
            else:
                result.append(Paragraph(f"Het volledige overzicht staat in bijlage {letter}."))
            continue
        result.append(block)
    return result, tables


def place_figures(chapters, answers, colour):
    by_anchor = {chapter.anchor: chapter for chapter in chapters}
    for anchor, draw, how, target in FIGURE_PLACES:
        chapter = by_anchor.get(anchor)
        if chapter is None or chapter.is_open:
            continue
        figure = draw(answers, colour)
        if figure is not None:
            chapter.blocks = insert_figure(chapter.blocks, figure, how, target)


def _name_of(block):
    return block.text if block.kind == "heading" else block.caption if block.kind == "table" else None


def insert_figure(blocks, figure, how, target):
    for index, block in enumerate(blocks):
        name = _name_of(block)
        if target and name and name.startswith(target):
            if how == "before":
                return blocks[:index] + [figure] + blocks[index:]
            if how == "after":
                return blocks[:index + 1] + [figure] + blocks[index + 1:]
            if how == "replace" and block.kind == "table":
                return blocks[:index] + [figure] + blocks[index + 1:]
    return blocks + [figure]


def number_figures(chapters):
    number = 0
    for chapter in chapters:
        for index, block in enumerate(chapter.blocks):
            if block.kind == "figure":
                number += 1
                chapter.blocks[index] = replace(block, caption=f"Figuur {number}. {block.caption}")


# --- The advisor's chapter and appendix D -----------------------------------------------------------

LIGHTS = {"groen": "Groen: geen aandachtspunten", "oranje": "Oranje: waarschuwingen",
          "rood": "Rood: fouten"}
NOT_FILLED_IN = "Nog niet ingevuld"


def check_chapter(findings, open_steps=()):
    """The traffic light per wizard step. A step nobody filled in gets no light: the check found
    nothing there because there was nothing to check, not because all is well."""
    blocks = [Paragraph(
        "De planner legt de antwoorden van alle stappen naast elkaar. Zo ziet u of de keuzes bij elkaar "
        "passen. Een fout is iets dat nog echt ontbreekt. Een waarschuwing verdient aandacht. Een tip is "
        "een suggestie. Geen van deze punten houdt het plan tegen: de gemeente beslist zelf.")]
    rows = []
    for step in STEPS:
        found = [finding for finding in findings if finding.step == step.SLUG]
        counts = [sum(1 for finding in found if finding.severity == severity) for severity in advisor.SEVERITIES]
        light = NOT_FILLED_IN if step.SLUG in open_steps and not found else LIGHTS[advisor.stoplicht(found)]
        rows.append([f"Stap {step.NUMBER}. {step.SHORT_TITLE}", light] + [str(count) for count in counts])
    blocks.append(Table(caption="Uitkomst van de controle per stap", rows=rows,
                        headers=["Stap", "Stoplicht", "Fouten", "Waarschuwingen", "Tips"]))
    fouten = sum(1 for finding in findings if finding.severity == advisor.FOUT)
    if fouten:
        blocks.append(Paragraph(
            f"Er {'staat' if fouten == 1 else 'staan'} nog {fouten} {'fout' if fouten == 1 else 'fouten'} open. "
            "Zolang dat zo is, draagt het plan het woord CONCEPT op elke pagina."))
    if findings:
        blocks.append(Paragraph("Alle aandachtspunten staan met uitleg in bijlage D."))
    elif not open_steps:
        blocks.append(Paragraph("De controle vond geen tegenstrijdigheden tussen de stappen."))
    if open_steps:
        blocks.append(Paragraph(
            f"{len(open_steps)} van de {len(STEPS)} stappen {'is' if len(open_steps) == 1 else 'zijn'} nog niet "
            "ingevuld. De controle kijkt daar pas naar als ze ingevuld zijn."))
    return Chapter("aandachtspunten", "", "Controle van het plan", blocks)


def findings_appendix(findings):
    if not findings:
        blocks = [Paragraph("Er staan geen aandachtspunten open.")]
    else:
        blocks = [Paragraph("Deze punten uit de controle staan nog open. Per punt staat in welke stap u het "
                            "kunt oplossen."), Table(
            caption="Openstaande aandachtspunten",
            headers=["Soort", "Stap in de planner", "Aandachtspunt"],
            rows=[[advisor.SEVERITY_LABELS.get(f.severity, f.severity),
                   ", ".join(str(BY_SLUG[slug].NUMBER) for slug in f.steps if slug in BY_SLUG), f.message]
                  for f in findings],
        )]
    return Chapter("bijlage-aandachtspunten", "", "Openstaande aandachtspunten", blocks, kind="appendix")


# --- Appendices A, B and C ---------------------------------------------------------------------

def glossary_appendix(chapters, cover=""):
    """Only the terms the plan itself uses (any of a term's variants, at the start of a word)."""
    text = " ".join([cover, *(block_text(block) for chapter in chapters for block in chapter.blocks)]).lower()
    used = [(term, uitleg) for term, uitleg in BEGRIPPEN
            if any(starts_a_word(variant.lower(), text) for variant in term_variants(term))]
    blocks = ([Paragraph("Deze begrippen komen in het plan voor."), Facts(used)] if used
              else [Paragraph("Het plan gebruikt nog geen begrippen uit de begrippenlijst.")])
    return Chapter("bijlage-begrippen", "", "Begrippenlijst", blocks, kind="appendix")


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


def instruments_appendix(answers):
    catalogue = by_code(INSTRUMENTEN)
    chosen = derived.unique(row.get("instrument") for row in derived.instrument_rijen(answers)
                            if row.get("instrument") in catalogue)
    if not chosen:
        blocks = [Paragraph("Er zijn nog geen instrumenten uit de instrumentenlijst gekozen.")]
    else:
        blocks = [Paragraph("Dit zijn de gekozen instrumenten uit de instrumentenlijst van de planner, met hun "
                            "sterke punten en waar u op moet letten."), Table(
            caption="Gekozen instrumenten uit de instrumentenlijst",
            headers=["Instrument", "Past bij", "Sterk", "Let op"],
            rows=[[catalogue[code].label,
                   ", ".join(derived.trede_label(trede).lower() for trede in catalogue[code].treden),
                   catalogue[code].sterk, catalogue[code].zwak] for code in chosen],
        )]
    return Chapter("bijlage-instrumenten", "", "Overzicht van de gekozen instrumenten", blocks, kind="appendix")


def inbreng_appendix(tables):
    blocks = tables or [Paragraph("Er is nog geen inbreng vastgelegd. Het logboek vult zich tijdens de "
                                  "uitvoering (stap 7).")]
    if tables:
        blocks = [Paragraph("Wat deelnemers inbrachten, wat de gemeente ermee deed en waarom.")] + tables
    return Chapter("bijlage-inbreng", "", "Inbreng-logboek", blocks, kind="appendix")


def sources_appendix():
    return Chapter("bijlage-bronnen", "", "Bronnen", [
        Paragraph("De uitleg in dit plan is in eigen woorden geschreven. Deze openbare bronnen zijn daarbij "
                  "gebruikt:"),
        BulletList(list(SOURCES)),
    ], kind="appendix")


# --- The summary ------------------------------------------------------------------------------

def summary_chapter(answers):
    visie = derived.step_answers(answers, "visie")
    blocks = []
    lines = vision_lines(answers)
    if lines:
        blocks += [Heading("Visie in het kort"), BulletList(lines)]
    goals = top_goals(visie)
    if goals:
        blocks += [Heading("Doelen met de hoogste prioriteit"), BulletList(goals)]
    chosen = derived.betrokken_fasen(answers)
    if derived.fasen_per_code(answers):
        fasen = derived.fase_codes()
        blocks += [Heading("Invloed van mantelzorgers per beleidsfase"), Table(
            caption="Gekozen trede per fase",
            headers=[derived.fase_label(fase) for fase in fasen],
            rows=[[derived.trede_label(chosen[fase]) if fase in chosen else "niet betrokken" for fase in fasen]],
        )]
        zone = zone_line(answers)
        if zone:
            blocks.append(Paragraph(zone))
    instruments = key_instruments(answers)
    if instruments:
        blocks += [Heading("Belangrijkste instrumenten"), Paragraph(instruments)]
    groups = target_groups(answers)
    if groups:
        blocks += [Heading("Doelgroepen"), Paragraph(groups)]
    planning = planning_facts(answers)
    if planning:
        blocks += [Heading("Planning"), Facts(planning)]
    scenario = derived.as_code(derived.step_answers(answers, "evaluatie").get("scenario_gekozen"))
    if scenario:
        uitleg = getattr(by_code(SCENARIOS).get(scenario), "uitleg", "")
        blocks += [Heading("Vervolg"), Paragraph(f"Gekozen vervolgscenario: {label(SCENARIOS, scenario)}. {uitleg}")]
    if not blocks:
        blocks = [Paragraph("De samenvatting volgt zodra de stappen zijn ingevuld.")]
    return Chapter("samenvatting", "", "Samenvatting", blocks, kind="summary")


def _first_sentence(text):
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def _lower_first(text):
    """Lower case for a label inside a sentence, unless it starts with an abbreviation (GGZ)."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def _short(text):
    """A catalogue label without its explanation in brackets."""
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def _join(items):
    items = [item for item in items if item]
    return ", ".join(items[:-1]) + " en " + items[-1] if len(items) > 1 else "".join(items)


def vision_lines(answers):
    visie = derived.step_answers(answers, "visie")
    gemeente = derived.as_text(visie.get("gemeente_naam")) or "De gemeente"
    lines = []
    breedte = label(BREEDTE_BELEID, visie.get("breedte_beleid")).lower()
    sturing = visie.get("sturing")
    if breedte and sturing in ("dirigent", "regisseur_op_afstand", "tussenvorm"):
        breedte = f"een {breedte}" if visie.get("breedte_beleid") == "gemengd" else breedte
        rol = (f"stuurt als {label(STURING, sturing).lower()}" if sturing != "tussenvorm"
               else "stuurt op sommige onderwerpen zelf")
        kwadrant = label(TYPETEST_KWADRANTEN, derived.typetest_kwadrant(visie))
        line = f"{gemeente} kiest voor {breedte} en {rol}"
        lines.append(f"{line}: beleidstype {kwadrant.lower()}." if kwadrant else f"{line}.")
    principes = [derived.as_text(row.get("principe")) for row in derived.table(visie, "leidende_principes")]
    principes = [principe for principe in principes if principe]
    if principes:
        shown = principes[:3] + ([f"nog {len(principes) - 3} andere"] if len(principes) > 3 else [])
        lines.append(f"Leidende principes: {_join([f'‘{each}’' for each in shown[:3]] + shown[3:])}.")
    betrekken = derived.as_text(derived.step_answers(answers, "voorwaarden").get("visie_betrekken"))
    if betrekken:
        lines.append(f"Waarom wij mantelzorgers betrekken: {_lower_first(_first_sentence(betrekken))}")
    return lines


def top_goals(visie, limit=4):
    priority = {v.code: derived.as_number(visie.get(f"prioriteit_{v.code}")) or 0 for v in V_GEBIEDEN}
    doelen = [row for row in derived.table(visie, "doelen") if derived.as_text(row.get("omschrijving"))]
    doelen.sort(key=lambda row: -priority.get(row.get("v_gebied"), 0))
    return [f"{derived.as_text(row.get('doel_code'))} {derived.as_text(row.get('omschrijving'))} "
            f"({label(V_GEBIEDEN, row.get('v_gebied')).lower() or 'geen V-gebied'})".strip()
            for row in doelen[:limit]]


def zone_line(answers):
    cz = derived.comfortzone_hoogste_trede(answers)
    ambitie = derived.as_code(derived.step_answers(answers, "comfortzone").get("ambitie_hoogste_trede"))
    parts = []
    if cz:
        parts.append(f"De comfortzone loopt tot en met {derived.trede_label(cz).lower()}")
    if ambitie:
        parts.append(f"de ambitie is {derived.trede_label(ambitie).lower()}")
    return (_join(parts) + ".").capitalize() if parts else ""


def key_instruments(answers, limit=8):
    """The instruments in the order they start, named with their phase."""
    rows = sorted(derived.instrument_rijen(answers), key=lambda row: row.get("start") or "9999")
    names = []
    for row in rows[:limit]:
        fasen = [derived.fase_label(code).lower() for code in derived.as_codes(row.get("fasen"))]
        names.append(f"{figures.instrument_name(row)} ({_join(fasen)})" if fasen else figures.instrument_name(row))
    if len(rows) > limit:
        names.append(f"nog {len(rows) - limit} andere")
    return f"{_join(names)}." if names else ""


def target_groups(answers):
    rows = derived.table(derived.step_answers(answers, "doelgroepen"), "doelgroepen")
    if not rows:
        return ""
    rows = sorted(rows, key=lambda row: -(derived.as_number(row.get("prioriteit")) or 0))
    names = [_lower_first(_short(derived.doelgroep_label(row.get("doelgroep"), row))) for row in rows]
    top = [name for row, name in zip(rows, names) if (derived.as_number(row.get("prioriteit")) or 0) >= 4]
    rest = [name for name in names if name not in top]
    if not top:
        return f"We betrekken {_join(names)}."
    text = f"Voorrang krijgen {_join(top)}."
    return text + (f" Verder betrekken we {_join(rest)}." if rest else "")


def planning_facts(answers):
    per_fase = derived.fasen_per_code(answers)
    chosen = derived.betrokken_fasen(answers)
    facts = []
    process = [code for code in chosen if code not in ("uitvoering", "evaluatie")]
    starts = [d for d in (derived.as_date(per_fase[c].get("start")) for c in process) if d]
    ends = [d for d in (derived.as_date(per_fase[c].get("eind")) for c in process) if d]
    if starts and ends:
        facts.append(("Participatietraject", f"{dutch_date(min(starts))} tot {dutch_date(max(ends))}"))
    momenten = derived.table(derived.step_answers(answers, "beleidsfasen"), "beslismomenten")
    raad = sorted((derived.as_date(row.get("datum")), derived.as_text(row.get("omschrijving")))
                  for row in momenten if row.get("orgaan") == "raad" and derived.as_date(row.get("datum")))
    if raad:
        facts.append(("Besluit van de gemeenteraad", f"{dutch_date(raad[-1][0])}: {raad[-1][1]}"))
    uitvoering = per_fase.get("uitvoering") or {}
    if "uitvoering" in chosen and derived.as_date(uitvoering.get("start")):
        end = derived.as_date(uitvoering.get("eind"))
        facts.append(("Uitvoering", f"{dutch_date(derived.as_date(uitvoering.get('start')))}"
                                    f"{' tot ' + dutch_date(end) if end else ''}"))
    evaluaties = sorted(d for d in (derived.as_date(row.get("datum")) for row in derived.table(
        derived.step_answers(answers, "evaluatie"), "evaluatiemomenten")) if d)
    if evaluaties:
        facts.append(("Evaluatie", f"{len(evaluaties)} {'moment' if len(evaluaties) == 1 else 'momenten'}, "
                                   f"van {dutch_date(evaluaties[0])} tot {dutch_date(evaluaties[-1])}"))
    return facts


# --- Table columns -----------------------------------------------------------------------------

def sized_tables(blocks):
    """The chapter's tables as SizedTables. Tables with the same columns (the goals per
    V-gebied, say) are sized on all their rows together, so their columns line up."""
    tables = [SizedTable(caption=block.caption, headers=block.headers,
                         rows=[[kept_together(cell) for cell in row] for row in block.rows])
              if block.kind == "table" and not isinstance(block, SizedTable) else block for block in blocks]
    rows_by_columns = {}
    for table in tables:
        if table.kind == "table":
            rows_by_columns.setdefault(tuple(table.headers), []).extend(table.rows)
    for table in tables:
        if table.kind == "table":
            table.sizing_rows = rows_by_columns[tuple(table.headers)]
    return tables


def has_tall_rows(rows, widths, font, text_width):
    """Whether a row would take more than about half a page. Rows are kept whole on a page, but
    such a row would leave the page before it mostly empty, or not fit on any page."""
    mm_per_character, mm_per_line = cell_mm(font), font * 0.353 * 1.35
    for row in rows:
        for cell, percent in zip(row, widths):
            column_mm = max(float(percent) / 100 * text_width - CELL_PADDING_MM, 5)
            lines = len(str(cell)) * mm_per_character / column_mm + str(cell).count("\n")
            if lines * mm_per_line > 110:
                return True
    return False


#: Spaces a narrow column must not break at: "31 december", "2026 –" (no line starts with the
#: dash), "€ 150", "< 2", "3 weken", "M. Brinkman". Column widths count such a pair as one word.
UNBREAKABLE_SPACE = re.compile(
    rf"(?<=\d) (?=(?:{'|'.join(MONTHS)})\b)"
    r"|(?<=\d{4}) (?=[–-] )"
    r"|(?<=[€<>≤≥]) (?=\d)"
    r"|(?<=\d) (?=(?:uur|dagen|weken|week|maanden|mnd|jaar|keer)\b)"
    r"|(?<=\b[A-Z]\.) (?=[A-Z][a-z])"
)


def kept_together(cell):
    if not isinstance(cell, str):
        return cell
    # A line may break after a slash: a word joiner keeps "t/m" whole.
    return UNBREAKABLE_SPACE.sub("\u00a0", cell).replace("t/m", "t/\u2060m")


#: Millimetres a character takes in DejaVu Sans (a safe average), and a cell's padding (plan-print.css).
CELL_PADDING_MM = 4


def cell_mm(font):
    return 1.75 * font / 8


def header_mm(font):
    return 2.1 * font / 8  # bold


BREAKS = re.compile(r"[ \n]+")  # not str.split(): that also breaks at a non-breaking space
#: As `hyphenate-limit-chars: 10 5 5` in plan-print.css: words of 10 letters or more, 5 on each side.
HYPHENATION = pyphen.Pyphen(lang="nl_NL", left=5, right=5)


@functools.lru_cache(maxsize=4096)
def can_hyphenate(word):
    return len(word) >= 10 and "\u00a0" not in word and bool(HYPHENATION.positions(word))


def column_widths(headers, rows, font=8, text_width=170):
    """Column widths in percent, from the text in each column.

    Every column first gets room for its longest word (so "december" or a header does not break
    in the middle); what is left goes to the columns whose average text needs more than that.
    When the longest words cannot all fit, words WeasyPrint can hyphenate give way: a word it
    cannot hyphenate would be cut anywhere ("Koste n").
    Fixed widths also let WeasyPrint skip measuring every cell, which made a long plan many times
    slower. Widths are in millimetres of DejaVu Sans in `font` pt; an A4 page is 170 mm wide
    between the margins, a landscape page 257 mm.
    """
    padding, per_header_character, per_character = CELL_PADDING_MM, header_mm(font), cell_mm(font)
    whole, least, wish = [], [], []  # whole: room for the words that must stay whole
    for column, header in enumerate(headers):
        cells = [str(row[column]) for row in rows if column < len(row)]
        words = [word for text in cells for word in BREAKS.split(text)]
        header_word = max((len(word) for word in str(header).split()), default=1)
        unbreakable = max((len(word) for word in words if not can_hyphenate(word)), default=1)
        longest = max((len(word) for word in words), default=1)
        whole.append(max(min(header_word, 20) * per_header_character,
                         min(unbreakable, 16) * per_character) + padding)
        least.append(max(whole[-1], min(longest, 16) * per_character + padding))
        average = sum(len(text) for text in cells) / len(cells) if cells else 0
        wish.append(max(average * per_character + padding, least[-1]))
    if sum(wish) <= text_width:
        widths = [each * text_width / sum(wish) for each in wish]
        return [f"{100 * width / text_width:.1f}" for width in widths]
    if sum(least) >= text_width:
        # Not all longest words fit whole: only the words WeasyPrint cannot hyphenate keep their
        # room, and the rest goes to the columns by their amount of text (pasted links in every
        # column must not leave the column with pages of text as narrow as the others).
        least = whole if sum(whole) < text_width else [must * 0.8 * text_width / sum(whole) for must in whole]
        wish = [max(w, m) for w, m in zip(wish, least)]
    more = [w - m for w, m in zip(wish, least)]
    room = text_width - sum(least)
    widths = [m + room * extra / sum(more) for m, extra in zip(least, more)]
    return [f"{100 * width / text_width:.1f}" for width in widths]
