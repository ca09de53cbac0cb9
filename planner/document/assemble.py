"""A plan document: one model built from all answers, rendered as HTML preview and as PDF.

One plan makes three documents (`steps.outlines`): the plan van aanpak participatie (domain.md
5.1: a cover, the contents, a one-page summary, the chapters the eight steps write, the
advisor's check and the appendices), the beleidsplan and the raadsvoorstel (5.3). The outline
says which parts, in what order; the parts write their chapters (`plan_section`; step 1 writes
chapters 1–3, each opened by a `ChapterStart`).

What a chapter says, and where its figures and appendix references go, is the steps' business
(`steps.document`). This module only puts the parts together: it draws each `FigureSlot`'s figure,
gives appendices their letters and each `AppendixRef` its letter, and numbers chapters and
figures. Print layout (column widths, landscape pages) is `layout`'s.
"""
import re
from dataclasses import dataclass, field, replace
from datetime import date

from django.utils import timezone

from planner.document.layout import laid_out
from planner.document import versions
from planner.facts import facts_of
from steps import advisor, derived, figures, outlines
from steps.appendices import (
    TITLES, appendix, glossary_appendix, inbreng_appendix, instruments_appendix, sources_appendix,
)
from steps.check_chapter import check_chapter, findings_appendix
from steps.document import AppendixRef, Chapter
from steps.text import dutch_date

DEFAULT_COLOUR = "#154273"
APPENDIX_LETTERS = "ABCDEFGHIJ"


@dataclass
class PlanDocument:
    plan: object
    gemeente: str
    title: str
    subtitle: str
    period: str
    status: str
    date: date
    version: str  # "0.1", "1.0": planner.document.versions
    author: str
    opdrachtgever: str
    summary: Chapter  # None for a document without one (the raadsvoorstel)
    chapters: list
    appendices: list
    findings: list = field(default_factory=list)
    outline: outlines.Outline = outlines.PLAN_VAN_AANPAK

    @property
    def contents(self):
        return [chapter for chapter in (self.summary, *self.chapters, *self.appendices) if chapter is not None]

    @property
    def letters(self):
        """The letter of each appendix by its key, for the templates ("zie bijlage D")."""
        return {appendix.appendix_key: appendix.number for appendix in self.appendices}

    @property
    def is_concept(self):
        """A plan with an open *fout* prints with the CONCEPT watermark (domain.md section 4)."""
        return any(finding.severity == advisor.FOUT for finding in self.findings)

    @property
    def date_text(self):
        return dutch_date(self.date)

    @property
    def figures(self):
        return [block for chapter in self.contents for block in all_blocks(chapter.blocks) if block.kind == "figure"]

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


def all_blocks(blocks):
    """The blocks, with those inside a group (a landscape page) in their place."""
    for block in blocks:
        yield block
        yield from all_blocks(getattr(block, "blocks", []))


def build(plan, answers=None, document=outlines.DEFAULT):
    """The document `document` (an outline's key) of the plan, from its answers."""
    outline = outlines.get(document) or outlines.get(outlines.DEFAULT)
    answers = plan.answers() if answers is None else answers
    facts = facts_of(plan, answers)
    if not outline.whole_plan:
        facts = facts.of_sections([part.slug for part in outline.parts])
    findings = list(facts.findings)
    document = PlanDocument(
        plan=plan,
        outline=outline,
        gemeente=plan.gemeente.naam,
        title=outline.cover_title(plan.titel, plan.gemeente.naam, plan.periode),
        subtitle=subtitle(answers) if outline is outlines.PLAN_VAN_AANPAK else outline.name,
        period=plan.periode,
        status=plan.get_status_display(),
        date=timezone.localdate(plan.updated_at) if plan.updated_at else timezone.localdate(),
        version=versions.number_for(plan, answers),
        author=author(plan),
        opdrachtgever=derived.as_text(derived.step_answers(answers, "draagvlak").get("bestuurlijk_opdrachtgever")),
        summary=outline.summary(answers, facts) if outline.summary else None,
        chapters=[],
        appendices=[],
        findings=findings,
    )
    sections = [section for part in outline.parts for section in part.sections(answers)]
    check = check_chapter(facts) if outline.check_chapter else None
    document.chapters = numbered_chapters(sections, check, answers, document.text_colour)
    document.appendices = lettered_appendices(document, sections, answers)
    number_figures(document.contents)
    for chapter in document.contents:
        chapter.blocks = laid_out(chapter.blocks)
    return document


def numbered_chapters(sections, check, answers, colour):
    """The chapters the parts write, with their figures drawn, and the check (if any) as the last one."""
    chapters = [chapter for section in sections for chapter in section_chapters(section)]
    if check is not None:
        chapters.append(check)
    anchors = set()
    for number, chapter in enumerate(chapters, start=1):
        chapter.number = str(number)
        if chapter.anchor in anchors:  # a section in two parts while still open (step 1 in the beleidsplan)
            chapter.anchor = f"{chapter.anchor}-{number}"
        anchors.add(chapter.anchor)
        chapter.blocks = with_figures(chapter.blocks, answers, colour)
    return chapters


def lettered_appendices(document, sections, answers):
    """The outline's appendices with their letters; every appendix reference gets its letter.

    The fixed ones (instruments, inbreng-logboek, open findings) are always there; one that a
    section writes (pitches, lobby plan, persona's) only when it has content. The glossary lists
    the terms the rest of the document uses, so it reads the document once the references are
    filled in. The titles of the sources do not count as using a term.
    """
    from_sections = {}
    for section in sections:
        for key, blocks in section.appendix_blocks.items():
            from_sections.setdefault(key, []).extend(blocks)
    fixed = {
        "instrumenten": lambda: instruments_appendix(answers),
        "inbreng": lambda: inbreng_appendix(from_sections.get("inbreng")),
        "aandachtspunten": lambda: findings_appendix(document.findings),
        "bronnen": sources_appendix,
    }
    keys = document.outline.appendices
    middle = []
    for key in keys:
        if key in fixed and key != "bronnen":
            middle.append(fixed[key]())
        elif key in TITLES and from_sections.get(key):
            middle.append(appendix(key, TITLES[key], from_sections[key]))
    sources = sources_appendix() if "bronnen" in keys else None
    present = [key for key in keys if key == "begrippen"] + [each.appendix_key for each in middle]
    present += ["bronnen"] if sources else []
    letters = dict(zip(present, APPENDIX_LETTERS))
    read = [chapter for chapter in (document.summary, *document.chapters, *middle) if chapter is not None]
    fill_in_letters(read, letters)
    glossary = [glossary_appendix(read, cover=f"{document.title} {document.subtitle}")] if "begrippen" in keys else []
    appendices = [*glossary, *middle, *([sources] if sources else [])]
    for each in appendices:
        each.number = letters[each.appendix_key]
    return appendices


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


def section_chapters(section):
    """The chapters of one step's section: one, or one per `ChapterStart` (step 1)."""
    if section.is_open:
        return [Chapter(f"hoofdstuk-{section.slug}", "", section.title, list(section.blocks), is_open=True)]
    chapters = []
    for block in section.blocks:
        if block.kind == "chapter_start":
            chapters.append(Chapter(block.anchor, "", block.title, []))
            continue
        if not chapters:  # a section that does not start a chapter of its own is one chapter
            chapters.append(Chapter(f"hoofdstuk-{section.slug}", "", section.title, []))
        chapters[-1].blocks.append(block)
    return chapters or [Chapter(f"hoofdstuk-{section.slug}", "", section.title, [])]


def with_figures(blocks, answers, colour):
    """The blocks with each figure slot drawn, or left out when there is too little to draw."""
    result = []
    for block in blocks:
        if block.kind == "figure_slot":
            block = figures.draw(block.figure_id, answers, colour)
        if block is not None:
            result.append(block)
    return result


def fill_in_letters(chapters, letters):
    """Give every appendix reference its letter; one to an appendix this document does not have
    (the beleidsplan has no instruments appendix) is left out."""
    for chapter in chapters:
        chapter.blocks = without_dangling_refs(chapter.blocks, letters)
        for block in all_blocks(chapter.blocks):
            if isinstance(block, AppendixRef):
                block.letter = letters[block.appendix]


def without_dangling_refs(blocks, letters):
    kept = []
    for block in blocks:
        if isinstance(block, AppendixRef) and block.appendix not in letters:
            continue
        if getattr(block, "blocks", None):
            block.blocks = without_dangling_refs(block.blocks, letters)
        kept.append(block)
    return kept


def number_figures(chapters):
    number = 0
    for chapter in chapters:
        for index, block in enumerate(chapter.blocks):
            if block.kind == "figure":
                number += 1
                chapter.blocks[index] = replace(block, caption=f"Figuur {number}. {block.caption}")
