"""One voice (issue 15): every document of the demo plan speaks of the gemeente in the third
person and never addresses the reader as "u" or "uw", except where it quotes what the officer
typed.

The documents are built from the steps alone: for each outline every part's writer over the demo
answers (the demo of every section included), the summary, the check chapter and the appendices,
with every figure's caption and text alternative. Text the officer typed is taken out before the
check, found by comparing with the typed answers. The step pages' help text keeps "u": it is not
part of any document.
"""
import re

import pytest

from steps import advisor, beleidsplan, demo_data, figures, outlines
from steps.appendices import (
    SOURCES, glossary_appendix, inbreng_appendix, instruments_appendix, sources_appendix,
)
from steps.catalogs import options
from steps.catalogs.base import plan_text
from steps.catalogs.instruments import INSTRUMENTEN
from steps.check_chapter import check_chapter, findings_appendix
from steps.facts import plan_facts
from steps.registry import SECTIONS
from steps.summary import summary_chapter

ADDRESS = re.compile(r"(?<![\w-])([Uu]w?)(?![\w-])")
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")
TYPED = "«…»"
#: A quotation that holds typed text (a pitch: the officer's words with a little glue) is the
#: officer's text as a whole.
QUOTATION = re.compile(r"“[^”]*«…»[^”]*”")


def demo_answers():
    answers = demo_data.answers()
    for section in SECTIONS:
        if getattr(section, "DEMO", None):
            answers[section.SLUG] = section.DEMO
    return answers


def typed_texts(value):
    """Every text the officer typed (codes have no space and are left out), and each of its
    sentences: the plan quotes a typed text whole or, in the summary, its first sentence."""
    if isinstance(value, str):
        if " " in value.strip():
            yield value
            yield from (part for part in SENTENCE_END.split(value) if " " in part)
    elif isinstance(value, dict):
        for each in value.values():
            yield from typed_texts(each)
    elif isinstance(value, (list, tuple)):
        for each in value:
            yield from typed_texts(each)


def block_texts(block, answers):
    kind = getattr(block, "kind", "")
    if kind in ("paragraph", "heading"):
        yield block.text
    elif kind == "list":
        yield from map(str, block.items)
    elif kind == "facts":
        for key, value in block.items:
            yield f"{key}: {value}"
    elif kind == "table":
        yield block.caption
        yield from map(str, block.headers)
        yield from (str(cell) for row in block.rows for cell in row)
    elif kind == "chapter_start":
        yield block.title
    elif kind == "figure_slot":
        figure = figures.draw(block.figure_id, answers, "#154273")
        if figure is not None:
            yield figure.caption
            yield figure.alt
    elif kind == "figure":
        yield block.caption
        yield block.alt
    for inner in getattr(block, "blocks", []) or []:
        yield from block_texts(inner, answers)


def document_blocks(outline, answers):
    """(where, block) for every block the outline's document holds, appendices included."""
    sections = [section for part in outline.parts for section in part.sections(answers)]
    for section in sections:
        for block in section.blocks:
            yield f"{outline.key}/{section.slug}", block
        for key, blocks in section.appendix_blocks.items():
            for block in blocks:
                yield f"{outline.key}/bijlage-{key}", block
    chapters = []
    if outline.summary:
        summary = (summary_chapter(answers, plan_facts(answers)) if outline is outlines.PLAN_VAN_AANPAK
                   else beleidsplan.summary_chapter(answers))
        chapters.append(summary)
    if outline.check_chapter:
        chapters += [check_chapter(plan_facts(answers)), findings_appendix(advisor.findings(answers))]
    if outline.appendices:
        chapters += [instruments_appendix(answers), inbreng_appendix([]), sources_appendix()]
        chapters.append(glossary_appendix(chapters))
    for chapter in chapters:
        for block in chapter.blocks:
            yield f"{outline.key}/{chapter.anchor}", block


def addressing_sentences(outline, answers):
    # The titles of the sources are cited as published ("Wat kunt u als gemeente betekenen ...").
    typed = sorted(set(typed_texts(answers)) | set(SOURCES), key=len, reverse=True)
    found = []
    for where, block in document_blocks(outline, answers):
        for text in block_texts(block, answers):
            for quote in typed:
                if quote in text:
                    text = text.replace(quote, TYPED)
            text = QUOTATION.sub(TYPED, text)
            found += [(where, sentence) for sentence in SENTENCE_END.split(text) if ADDRESS.search(sentence)]
    return found


@pytest.mark.parametrize("outline", outlines.OUTLINES, ids=lambda outline: outline.key)
def test_no_document_of_the_demo_plan_addresses_the_reader(outline):
    found = addressing_sentences(outline, demo_answers())
    assert not found, "\n".join(f"{where}: {sentence}" for where, sentence in found)


def test_the_check_finds_u_outside_typed_text_and_leaves_typed_text_alone():
    answers = demo_answers()
    answers["visie"]["redenen_toelichting"] = "Wat vindt u? Dat vragen we aan mantelzorgers."
    assert not addressing_sentences(outlines.PLAN_VAN_AANPAK, answers)
    answers["visie"]["huidig_beleid"] = ""
    text = "U gebruikt allebei."
    block = type("B", (), {"kind": "paragraph", "text": text})()
    assert ADDRESS.search(next(block_texts(block, answers)))


def test_catalogue_texts_the_plan_uses_have_a_plan_wording_without_u():
    used = [
        *(plan_text(option) for option in options.COMBINATIEPRINCIPES),
        *(plan_text(option) for option in options.SCENARIOS),
        *(plan_text(option) for option in options.BREEDTE_BELEID),
        *(plan_text(option) for option in options.STURING),
        *(plan_text(option) for option in options.DEFINITIE_TYPES),
        *(plan_text(option) for option in options.TYPETEST_KWADRANTEN),
        *(instrument.plan_sterk for instrument in INSTRUMENTEN),
        *(instrument.plan_zwak for instrument in INSTRUMENTEN),
    ]
    assert [text for text in used if ADDRESS.search(text)] == []
    # The step page keeps its advice to the officer.
    assert by_code_uitleg(options.COMBINATIEPRINCIPES, "online_en_fysiek").startswith("U gebruikt")


def by_code_uitleg(items, code):
    return next(item.uitleg for item in items if item.code == code)


def test_every_instrument_and_principle_chosen_still_speaks_in_the_third_person():
    answers = demo_answers()
    rows = answers["instrumenten"]["instrumenten"]
    template = dict(rows[0])
    answers["instrumenten"]["instrumenten"] = [dict(template, instrument=item.code, titel="")
                                               for item in INSTRUMENTEN]
    answers["instrumenten"]["combinatieprincipes"] = [option.code for option in options.COMBINATIEPRINCIPES]
    found = addressing_sentences(outlines.PLAN_VAN_AANPAK, answers)
    assert not found, "\n".join(f"{where}: {sentence}" for where, sentence in found)


def test_verbs_agree_with_more_than_one_subject():
    answers = demo_answers()
    texts = [text for _where, block in document_blocks(outlines.PLAN_VAN_AANPAK, answers)
             for text in block_texts(block, answers)]
    assert any("De hoogste prioriteit krijgen vinden en verlichten." in text for text in texts)


FIRST_PERSON = re.compile(r"(?<![\w-])([Ww]e|[Ww]ij|[Oo]ns|[Oo]nze)(?![\w-])")


def test_every_document_speaks_of_the_gemeente_not_of_we():
    """'Lindewaarde', 'de gemeente', 'zij': not 'we' (the officer's typed text may say 'we')."""
    answers = demo_answers()
    typed = sorted(set(typed_texts(answers)) | set(SOURCES), key=len, reverse=True)
    found = []
    for outline in outlines.OUTLINES:
        for where, block in document_blocks(outline, answers):
            slug = where.split("/", 1)[1]
            if slug.startswith("bijlage-"):
                continue
            for text in block_texts(block, answers):
                for quote in typed:
                    text = text.replace(quote, TYPED)
                text = QUOTATION.sub(TYPED, text)
                found += [(where, sentence) for sentence in SENTENCE_END.split(text) if FIRST_PERSON.search(sentence)]
    assert not found, "\n".join(f"{where}: {sentence}" for where, sentence in found)
