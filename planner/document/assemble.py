"""The plan document: one model built from all answers, rendered as HTML preview and as PDF.

The chapters follow domain.md 5.1: a cover, the contents, a one-page summary, the chapters the
eight steps write (`plan_section`; step 1 writes chapters 1–3, each opened by a `ChapterStart`),
the advisor's check, and the appendices A–E.

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
from steps import advisor, derived, figures
from steps.appendices import glossary_appendix, inbreng_appendix, instruments_appendix, sources_appendix
from steps.check_chapter import check_chapter, findings_appendix
from steps.document import AppendixRef, Chapter
from steps.registry import STEPS
from steps.summary import summary_chapter
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
    summary: Chapter
    chapters: list
    appendices: list
    findings: list = field(default_factory=list)

    @property
    def contents(self):
        return [self.summary, *self.chapters, *self.appendices]

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


def build(plan, answers=None):
    answers = plan.answers() if answers is None else answers
    facts = facts_of(plan, answers)
    findings = list(facts.findings)
    document = PlanDocument(
        plan=plan,
        gemeente=plan.gemeente.naam,
        title=plan.titel,
        subtitle=subtitle(answers),
        period=plan.periode,
        status=plan.get_status_display(),
        date=timezone.localdate(plan.updated_at) if plan.updated_at else timezone.localdate(),
        version=versions.number_for(plan, answers),
        author=author(plan),
        opdrachtgever=derived.as_text(derived.step_answers(answers, "draagvlak").get("bestuurlijk_opdrachtgever")),
        summary=summary_chapter(answers, facts),
        chapters=[],
        appendices=[],
        findings=findings,
    )
    sections = [step.plan_section(answers.get(step.SLUG) or {}, answers) for step in STEPS]
    document.chapters = numbered_chapters(sections, facts, answers, document.text_colour)
    document.appendices = lettered_appendices(document, sections, answers)
    number_figures(document.contents)
    for chapter in document.contents:
        chapter.blocks = laid_out(chapter.blocks)
    return document


def numbered_chapters(sections, facts, answers, colour):
    """The chapters the steps write, with their figures drawn, and the check as the last one."""
    chapters = [chapter for section in sections for chapter in section_chapters(section)]
    chapters.append(check_chapter(facts))
    for number, chapter in enumerate(chapters, start=1):
        chapter.number = str(number)
        chapter.blocks = with_figures(chapter.blocks, answers, colour)
    return chapters


def lettered_appendices(document, sections, answers):
    """Appendices A–E with their letters; every appendix reference in the plan gets its letter.

    The glossary (A) lists the terms the rest of the plan uses, so it reads the plan once the
    references are filled in. The titles of the sources (E) do not count as using a term.
    """
    from_steps = {}
    for section in sections:
        for key, blocks in section.appendix_blocks.items():
            from_steps.setdefault(key, []).extend(blocks)
    middle = [instruments_appendix(answers), inbreng_appendix(from_steps.get("inbreng")),
              findings_appendix(document.findings)]
    sources = sources_appendix()
    letters = dict(zip(["begrippen", *(each.appendix_key for each in middle), sources.appendix_key],
                       APPENDIX_LETTERS))
    read = [document.summary, *document.chapters, *middle]
    fill_in_letters(read, letters)
    appendices = [glossary_appendix(read, cover=f"{document.title} {document.subtitle}"), *middle, sources]
    for appendix in appendices:
        appendix.number = letters[appendix.appendix_key]
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
    for chapter in chapters:
        for block in all_blocks(chapter.blocks):
            if isinstance(block, AppendixRef):
                block.letter = letters[block.appendix]


def number_figures(chapters):
    number = 0
    for chapter in chapters:
        for index, block in enumerate(chapter.blocks):
            if block.kind == "figure":
                number += 1
                chapter.blocks[index] = replace(block, caption=f"Figuur {number}. {block.caption}")
