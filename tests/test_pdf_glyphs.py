"""Every typed character is printed with a glyph of a font that has it, never as an empty box (issue 18).

A plan with emoji, Chinese, Japanese, Korean, Arabic, Hebrew, Greek and Cyrillic in its answers
(body text and a table cell) is rendered in both variants; then:
- WeasyPrint reported no ".notdef glyph rendered" (it says so for each character that no font in
  the font-family list, nor fontconfig's fallback, has: that is the empty box);
- the text reads back as typed (the ToUnicode maps), so nothing vanished;
- the fonts that cover these scripts are embedded (DejaVu Sans, Noto Color Emoji, WenQuanYi Micro Hei).
The fonts come from Debian (`make fonts`) and are found by fontconfig's fallback, not named in
plan-print.css (named there, they take digits and spaces from DejaVu Sans: the last test).
"""
import io
import logging

import pikepdf
import pytest
from pypdf import PdfReader

from planner.document import pdf
from planner.document.assemble import build
from steps import demo_data
from tests.golden.pages import demo_plan

TYPED = {
    "emoji": "Mantelzorgers zeggen 👍 🙂 🤝 ❤️",
    "chinees": "谢谢你们的照顾",
    "japans": "ありがとうございます",
    "koreaans": "감사합니다",
    "arabisch": "شكرا جزيلا للمساعدة",
    "hebreeuws": "תודה רבה על העזרה",
    "grieks en russisch": "Ευχαριστώ Спасибо",
}


def answers_with(text):
    answers = demo_data.answers()
    answers["visie"]["bekende_knelpunten"] = text  # a paragraph
    answers["visie"]["leidende_principes"][0]["principe"] = text  # a table cell
    return answers


def render_noting_empty_boxes(text, variant=pdf.DEFAULT_VARIANT):
    """The PDF, and the characters WeasyPrint drew as .notdef (an empty box)."""
    boxes = []

    class Notdef(logging.Handler):
        def emit(self, record):
            if record.getMessage().startswith(".notdef glyph rendered"):
                boxes.append(record.getMessage())

    handler, logger = Notdef(), logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        content = pdf.render_plan(build(demo_plan(), answers_with(text)), variant=variant)
    finally:
        logger.removeHandler(handler)
    return content, boxes


def embedded_fonts(content):
    with pikepdf.open(io.BytesIO(content)) as document:
        names = set()
        for page in document.pages:
            for font in page.Resources.get("/Font", {}).values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = descendant.get("/FontDescriptor", {})
                assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font.BaseFont
                names.add(str(font.BaseFont).split("+", 1)[-1])
        return names


@pytest.fixture(scope="module")
def rendered():
    text = " ".join(TYPED.values())
    return {variant: render_noting_empty_boxes(text, variant) for variant in pdf.VARIANTS}


@pytest.mark.parametrize("variant", list(pdf.VARIANTS))
def test_every_typed_character_has_a_glyph(rendered, variant):
    content, empty_boxes = rendered[variant]
    assert empty_boxes == []
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages)
    for script, typed in TYPED.items():
        for word in typed.split():
            assert word in text, f"{script}: {word}"


@pytest.mark.parametrize("variant", list(pdf.VARIANTS))
def test_the_fonts_for_every_script_are_embedded(rendered, variant):
    names = embedded_fonts(rendered[variant][0])
    assert {"DejaVu-Sans", "Noto-Color-Emoji", "WenQuanYi-Micro-Hei"} <= names


def test_the_check_sees_a_character_that_no_font_has():
    """An Egyptian hieroglyph is in none of our fonts: the check above must see its empty box."""
    _content, empty_boxes = render_noting_empty_boxes("Hiëroglief \U00013000")
    assert empty_boxes and "U+13000" in empty_boxes[0]


def test_text_without_such_characters_stays_in_dejavu_sans():
    """Digits and spaces are emoji characters too; they must not come from the emoji font."""
    content = pdf.render_plan(build(demo_plan(), demo_data.answers()))
    with pikepdf.open(io.BytesIO(content)) as document:
        used = set()
        for page in document.pages:
            fonts = page.Resources.get("/Font", {})
            for operands, _ in pikepdf.parse_content_stream(page, "Tf"):
                used.add(str(fonts[str(operands[0])].BaseFont).split("+", 1)[-1])
    assert used == {"DejaVu-Sans", "DejaVu-Sans-Bold", "DejaVu-Sans-Oblique"}
