"""The assembled plan document: figures in the chapters domain.md 5.2 gives them, appendix
references that resolve, open steps that place nothing. Found by block identity, not by text."""
import pytest

from planner.document.assemble import all_blocks, build
from steps import demo_data
from steps.document import AppendixRef, ChapterStart, FigureSlot
from tests.golden.pages import demo_plan

#: domain.md 5.1 and 5.2: the chapter (by number) each figure illustrates.
FIGURE_CHAPTERS = {"F1": "4", "F2": "2", "F3": "3", "F4": "4", "F5": "5", "F6": "6", "F7": "6", "F8": "7",
                   "F9": "8", "F10": "9"}


@pytest.fixture(scope="module")
def demo():
    return build(demo_plan(), demo_data.answers())


def figures_by_chapter(document):
    return {block.figure_id: chapter.number for chapter in document.contents
            for block in all_blocks(chapter.blocks) if block.kind == "figure"}


def blocks_of(document, kind):
    return [block for chapter in document.contents for block in all_blocks(chapter.blocks) if block.kind == kind]


def test_every_figure_sits_in_the_chapter_domain_md_gives_it(demo):
    assert figures_by_chapter(demo) == FIGURE_CHAPTERS


def test_figures_are_numbered_in_the_order_they_appear(demo):
    order = [figure.figure_id for figure in demo.figures]
    assert order == ["F2", "F3", "F1", "F4", "F5", "F6", "F7", "F8", "F9", "F10"]
    assert [figure.caption.split(".")[0] for figure in demo.figures] == [f"Figuur {n}" for n in range(1, 11)]


def test_every_appendix_reference_points_at_an_appendix_that_exists(demo):
    appendices = {appendix.appendix_key: appendix.number for appendix in demo.appendices}
    references = [block for chapter in demo.contents for block in all_blocks(chapter.blocks)
                  if isinstance(block, AppendixRef)]
    assert {ref.appendix for ref in references} == {"instrumenten", "inbreng", "aandachtspunten"}
    for ref in references:
        assert ref.letter == appendices[ref.appendix] and f"bijlage {ref.letter}" in ref.text


def test_the_appendices_have_their_letters_and_the_inbreng_log_is_in_its_appendix(demo):
    assert [(a.number, a.appendix_key) for a in demo.appendices] == [
        ("A", "begrippen"), ("B", "instrumenten"), ("C", "inbreng"), ("D", "aandachtspunten"), ("E", "bronnen")]
    inbreng = demo.appendices[2]
    assert [block.caption for block in inbreng.blocks if block.kind == "table"] == ["Inbreng-logboek"]
    draagvlak = next(chapter for chapter in demo.chapters if chapter.anchor == "hoofdstuk-draagvlak")
    assert not any(getattr(block, "caption", "") == "Inbreng-logboek" for block in all_blocks(draagvlak.blocks))


def test_nothing_for_assembly_only_is_left_in_the_document(demo):
    leftovers = [block for chapter in demo.contents for block in all_blocks(chapter.blocks)
                 if isinstance(block, (FigureSlot, ChapterStart))]
    assert not leftovers


def test_step_1_writes_three_chapters(demo):
    assert [(c.number, c.anchor, c.title) for c in demo.chapters[:3]] == [
        ("1", "hoofdstuk-aanleiding-en-context", "Aanleiding en context"),
        ("2", "hoofdstuk-visie-op-mantelzorg-en-mantelzorgondersteuning",
         "Visie op mantelzorg en mantelzorgondersteuning"),
        ("3", "hoofdstuk-doelen", "Doelen")]


def test_a_figure_of_an_open_step_does_not_appear():
    # Without step 4 the timeline could still be drawn from the instruments and the recruitment,
    # but its chapter is open: nothing places it.
    answers = {slug: value for slug, value in demo_data.answers().items() if slug != "beleidsfasen"}
    document = build(demo_plan(), answers)
    chapter = next(chapter for chapter in document.chapters if chapter.anchor == "hoofdstuk-beleidsfasen")
    assert chapter.is_open and not blocks_of(document, "figure_slot")
    placed = figures_by_chapter(document)
    assert "F6" not in placed and "F7" not in placed
    assert placed["F8"] == chapter_number(document, "hoofdstuk-instrumenten")


def chapter_number(document, anchor):
    return next(chapter.number for chapter in document.chapters if chapter.anchor == anchor)


def test_an_empty_plan_still_builds():
    document = build(demo_plan(), {})
    assert all(chapter.is_open for chapter in document.chapters[:-1])  # all but the check
    assert (document.chapters[0].anchor, document.chapters[0].title) == ("hoofdstuk-visie", "Aanleiding, visie en doelen")
    assert not document.figures
    assert [appendix.number for appendix in document.appendices] == list("ABCDE")
