"""The plan as a publication: read the demo PDF back and check what a reader and a screen reader get.

The demo plan is rendered once for the whole module (no database needed: the document is built
from unsaved models and the demo answers), so these tests stay fast.
"""
import copy
import io
import re
from datetime import datetime, timezone

import pytest
from django import forms
from django.contrib.auth.models import User
from pypdf import PdfReader

from planner.document import pdf
from planner.document.assemble import build
from planner.models import Gemeente, Plan
from steps import demo_data
from steps.registry import STEPS

CHAPTERS = [
    "Inhoud", "Samenvatting",
    "1. Aanleiding en context", "2. Visie op mantelzorg en mantelzorgondersteuning", "3. Doelen",
    "4. Ambitie voor participatie: comfortzone en risico's",
    "5. Hoe de gemeente mantelzorgers betrekt: visie en voorwaarden", "6. Participatie per beleidsfase",
    "7. Instrumenten", "8. Welke mantelzorgers, waar de gemeente ze vindt en hoe zij werft",
    "9. Draagvlak en uitvoering", "10. Evaluatie en vervolg", "11. Controle van het plan",
    "Bijlage A. Begrippenlijst", "Bijlage B. Overzicht van de gekozen instrumenten",
    "Bijlage C. Inbreng-logboek", "Bijlage D. Openstaande aandachtspunten", "Bijlage E. Bronnen",
]
#: One answer of every step, as it must appear in the PDF.
ANSWERS = {
    "visie": "Zorg voor elkaar 2022–2026",
    "comfortzone": "speelplekkenplan",
    "voorwaarden": "Tredenoverzicht in alle uitnodigingen opnemen",
    "beleidsfasen": "tussenevaluatie na de beleidsvoorbereiding",
    "instrumenten": "Lindewaardse Mantelzorgtafel",
    "doelgroepen": "Zorgt u voor uw partner",
    "draagvlak": "Wethouder R. Verhoef",
    "evaluatie": "Eindevaluatie beleidsperiode",
}


def unsaved_plan(title="Samen met mantelzorgers 2027–2030", kleur="#154273"):
    return Plan(
        gemeente=Gemeente(naam="Lindewaarde", kleur=kleur), titel=title, periode_start=2027, periode_eind=2030,
        revisie=8, updated_at=datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc),
        updated_by=User(username="mbrinkman", first_name="Marloes", last_name="Brinkman"),
    )


class Rendered:
    def __init__(self, document, variant=pdf.DEFAULT_VARIANT):
        self.document = document
        self.html = pdf.render_html(document)
        self.content = pdf.render_plan(document, variant=variant)
        self.reader = PdfReader(io.BytesIO(self.content))
        self.pages = [" ".join(page.extract_text().split()) for page in self.reader.pages]
        self.text = " ".join(self.pages)
        self.catalog = self.reader.trailer["/Root"]

    def outline(self, items=None, level=1):
        """(level, title, page number) of every bookmark, in order."""
        result = []
        for item in self.reader.outline if items is None else items:
            if isinstance(item, list):
                result += self.outline(item, level + 1)
            else:
                result.append((level, item.title, self.reader.get_destination_page_number(item) + 1))
        return result

    def xmp(self):
        return self.catalog["/Metadata"].get_object().get_data().decode()


@pytest.fixture(scope="module")
def demo():
    return Rendered(build(unsaved_plan(), demo_data.answers()))


@pytest.fixture(scope="module")
def half():
    """The first four steps only: open chapters and open errors, so a CONCEPT; as PDF/A."""
    answers = {slug: value for slug, value in demo_data.answers().items() if slug in [s.SLUG for s in STEPS[:4]]}
    return Rendered(build(unsaved_plan(title="Half plan"), answers), variant="pdfa")


def test_it_has_every_chapter_in_order_with_a_bookmark(demo):
    chapters = [(title, page) for level, title, page in demo.outline() if level == 1]
    assert [title for title, _page in chapters] == CHAPTERS
    assert [page for _title, page in chapters] == sorted(page for _title, page in chapters)
    assert any(level == 2 and title == "Leidende principes" for level, title, _page in demo.outline())


def test_the_contents_give_the_right_page_numbers(demo):
    toc = demo.pages[1]
    for _level, title, page in (entry for entry in demo.outline() if entry[0] == 1 and entry[1] != "Inhoud"):
        assert re.search(re.escape(title) + r"[ .]*" + str(page) + r"\b", toc), title


def test_it_looks_like_a_document_with_a_cover_and_page_numbers(demo):
    assert 25 <= len(demo.pages) <= 60
    cover = demo.pages[0]
    for text in ("Gemeente Lindewaarde", "Samen met mantelzorgers 2027–2030", "Beleidsperiode 2027–2030",
                 "Versie 0.1", "27 november 2026", "Marloes Brinkman", "Wethouder R. Verhoef"):
        assert text in cover
    assert "pagina" not in cover
    assert f"pagina 3 van {len(demo.pages)}" in demo.pages[2]
    assert "Gemeente Lindewaarde · Samen met mantelzorgers" in demo.pages[4]  # the running header


def test_a_wide_table_shares_its_landscape_page_with_its_heading(demo):
    """Left on a portrait page, the heading and introduction of the recruitment plan stood alone
    on a page that was mostly white."""
    heading = [number for number, text in enumerate(demo.pages) if "Hoe de gemeente deelnemers werft" in text]
    assert len(heading) == 1
    page = demo.reader.pages[heading[0]]
    assert "Wervingsplan" in demo.pages[heading[0]]
    assert page.mediabox.width > page.mediabox.height  # landscape


def test_only_the_heading_and_paragraphs_leading_up_to_a_wide_table_move_to_its_page():
    from planner.document.layout import Landscape, SizedTable, on_landscape_pages
    from steps.document import BulletList, Heading, Paragraph

    wide = SizedTable(caption="Wijd", headers=[str(n) for n in range(9)], rows=[["0417164300041716430004"] * 9])  # too wide for portrait
    narrow = SizedTable(caption="Smal", headers=["a", "b"], rows=[])
    before = [Heading("Vorige"), Paragraph("Hoort bij de vorige."), BulletList(["x"]), Paragraph("Nog vorige."),
              Heading("Werving"), Paragraph("Zo werven we:")]
    grouped = on_landscape_pages([*before, wide, narrow])
    assert grouped[:4] == before[:4]
    assert grouped[4] == Landscape([before[4], before[5], wide])
    assert grouped[5] is narrow
    assert on_landscape_pages([Paragraph("Geen kop."), wide]) == [Paragraph("Geen kop."), Landscape([wide])]


def test_tables_with_the_same_columns_line_up():
    from planner.document.layout import sized_tables
    from steps.document import Table

    headers = ["Doel", "Termijn"]
    short = Table(caption="Vinden", headers=headers, rows=[["Meer mantelzorgers vinden", "2027"]])
    long = Table(caption="Verlichten", headers=headers,
                 rows=[["Kort", "31 december 2030, na de tweede meting in alle wijken"]])
    other = Table(caption="Ander", headers=["Doel", "Wie"], rows=[["Kort", "Steunpunt"]])
    sized = sized_tables([short, long, other])
    assert sized[0].widths == sized[1].widths
    assert sized[0].widths != sized_tables([short])[0].widths  # sized on the rows of both
    assert [table.caption for table in sized] == ["Vinden", "Verlichten", "Ander"]


def test_a_date_or_an_amount_in_a_table_stays_on_one_line():
    from planner.document.layout import column_widths, sized_tables
    from steps.document import Table

    table = Table(caption="Acties", headers=["Wat", "Wanneer", "Kosten"],
                  rows=[["Vanaf 1 maart 2027 of 12 mei, tot 18 jaar; M. Brinkman, < 2 weken",
                         "15 februari 2026 – 31 december 2030", "€ 150"], ["x", 3, ""]])
    rows = sized_tables([table])[0].rows
    assert rows[0] == ["Vanaf 1\u00a0maart 2027 of 12\u00a0mei, tot 18\u00a0jaar; M.\u00a0Brinkman, <\u00a02\u00a0weken",
                       "15\u00a0februari 2026\u00a0– 31\u00a0december 2030", "€\u00a0150"]
    assert sized_tables([Table(caption="T", headers=["Wanneer"], rows=[["1 mei t/m 3 juni"]])])[0].rows == [
        ["1\u00a0mei t/\u2060m 3\u00a0juni"]]
    assert rows[1] == ["x", 3, ""]
    long_text = "een lange toelichting " * 20
    narrow, together = (column_widths(["T", "Toelichting"], [[text, long_text]])
                        for text in ("31 december", "31\u00a0december"))
    assert narrow != together  # the pair counts as one word for the column's least width


def test_a_table_that_runs_on_never_ends_with_one_row_alone_on_a_page(demo):
    rows_per_page = {}  # table element -> body rows on each page it is on
    for page in pdf.layout(demo.document).pages:
        for box in page._page_box.descendants():
            if type(box).__name__ == "TableBox":
                rows = sum(len(group.children) for group in box.children if not group.is_header)
                rows_per_page.setdefault(box.element, []).append(rows)
    running_on = [rows for rows in rows_per_page.values() if len(rows) > 1]
    assert running_on  # the demo has tables over two pages
    assert all(rows[-1] >= 2 for rows in running_on), running_on


def test_a_row_of_half_a_page_may_break_across_pages_and_the_demo_has_none(demo):
    from planner.document.layout import SizedTable, sized_tables
    from steps.document import Table

    long = Table(caption="Lang", headers=["Datum", "Boodschap"], rows=[["1 mei", "mantelzorg in de wijk " * 150]])
    short = Table(caption="Kort", headers=["Datum", "Boodschap"], rows=[["1 mei", "mantelzorg in de wijk " * 5]])
    assert [table.tall_rows for table in sized_tables([long]) + sized_tables([short])] == [True, False]
    demo_tables = [block for chapter in demo.document.contents for block in chapter.blocks
                   + [inner for group in chapter.blocks if group.kind == "landscape" for inner in group.blocks]
                   if isinstance(block, SizedTable)]
    assert len(demo_tables) > 20 and not any(table.tall_rows for table in demo_tables)
    assert 'class="plan-table plan-table--hoge-rijen"' not in demo.html


def test_the_column_with_the_most_text_is_widest_even_with_long_words_in_every_column():
    from planner.document.layout import column_widths

    link = "https://www.example.invalid/" + "x" * 32
    widths = [float(width) for width in column_widths(
        ["Datum", "Soort", "Voor wie", "Middel", "Boodschap", "Wie"],
        [[link, link, link, link, link + " mantelzorg in de wijk" * 200, link]])]
    assert widths[4] == max(widths) and widths[4] > 2 * min(widths)
    assert round(sum(widths)) == 100


def cell_texts_as_laid_out(pages):
    """(text, lines) for every table cell: its text, and the lines WeasyPrint broke it into."""
    for page in pages:
        for box in page._page_box.descendants():
            if type(box).__name__ == "TableCellBox":
                lines = ["".join(text.text for text in line.descendants() if type(text).__name__ == "TextBox")
                         for line in box.descendants() if type(line).__name__ == "LineBox"]
                yield "".join(box.element.itertext()), lines


def cut_words(text, lines):
    """Places where a line ends inside a word of `text` without a hyphen (WeasyPrint's U+2010,
    or a hyphen or slash of the text itself)."""
    text = " ".join(text.replace("\u00a0", " ").replace("\u2060", "").split())
    cuts, at = [], 0
    for line in lines:
        line = " ".join(line.replace("\u00a0", " ").replace("\u2060", "").split())
        hyphenated = line.endswith("\u2010")
        line = line.removesuffix("\u2010")
        at = text.index(line, at) + len(line)
        if at < len(text) and text[at].isalnum() and not hyphenated and not line.endswith(("-", "/")):
            cuts.append(line)
    return cuts


def test_no_word_in_a_table_is_cut_without_a_hyphen(demo):
    """A word WeasyPrint cannot hyphenate and that does not fit its column is cut anywhere
    ("Koste n"): every column must be wide enough for those."""
    cells = list(cell_texts_as_laid_out(pdf.layout(demo.document).pages))
    assert len(cells) > 500
    cut = [(text, lines) for text, lines in cells if cut_words(text, lines)]
    assert cut == []


def test_it_holds_answers_of_every_step(demo):
    for slug, answer in ANSWERS.items():
        assert answer in demo.text, slug


def test_the_summary_fits_on_one_page(demo):
    start = next(page for _l, title, page in demo.outline() if title == "Samenvatting")
    following = next(page for _l, title, page in demo.outline() if title.startswith("1. "))
    assert following == start + 1
    summary = demo.pages[start - 1]
    for text in ("Visie in het kort", "Invloed van mantelzorgers per beleidsfase", "Coproduceren",
                 "Belangrijkste instrumenten", "Doelgroepen", "Planning", "Structureel verankeren"):
        assert text in summary


def test_it_has_the_metadata_of_an_accessible_pdf(demo):
    metadata = demo.reader.metadata
    assert metadata.title == "Samen met mantelzorgers 2027–2030 – Gemeente Lindewaarde"
    assert metadata.author == "Gemeente Lindewaarde"
    assert metadata.subject == "Plan voor interactieve beleidsvorming mantelzorgbeleid, 2027–2030"
    assert demo.catalog["/Lang"] == "nl"
    assert "/StructTreeRoot" in demo.catalog
    assert str(demo.catalog["/MarkInfo"]["/Marked"]).lower() == "true"
    assert str(demo.catalog["/ViewerPreferences"]["/DisplayDocTitle"]).lower() == "true"
    assert "pdfuaid:part" in demo.xmp() and re.search(r"pdfuaid:part[^0-9]*1", demo.xmp())


def struct_elements(node, kind):
    node = node.get_object()
    if "/S" in node and node["/S"] == kind:
        yield node
    kids = node.get("/K")
    kids = kids if isinstance(kids, list) else [kids] if kids is not None else []
    for kid in kids:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict):
            yield from struct_elements(kid, kind)


def test_every_figure_is_in_the_html_and_tagged_with_its_text_alternative(demo):
    figures = demo.document.figures
    assert len(figures) == 10
    assert demo.html.count('role="img"') == 10
    for number, figure in enumerate(figures, start=1):
        assert figure.caption.startswith(f"Figuur {number}. ")
        label = re.search(r'aria-labelledby="([^"]+)"', figure.svg).group(1)
        assert f'id="{label}"' in demo.html and figure.caption in demo.text
    alts = [str(element["/Alt"]) for element in struct_elements(demo.catalog["/StructTreeRoot"], "/Figure")]
    assert alts == [figure.alt for figure in figures]


def test_figure_labels_are_real_text(demo):
    assert "Nauw betrekken" in demo.text  # a label inside the stakeholder grid
    assert "Regisseur op afstand" in demo.text  # a label inside the typetest quadrant


def test_the_glossary_lists_only_the_terms_the_plan_uses(demo):
    glossary = dict(next(block for block in demo.document.appendices[0].blocks if block.kind == "facts").items)
    assert "Respijtzorg" in glossary and "Interactieve beleidsvorming" in glossary  # the latter from the cover
    assert "Gebruikelijke zorg" not in glossary and "gebruikelijke zorg" not in demo.text.lower()
    assert "Bijlage A. Begrippenlijst" in demo.text and "Respijtzorg" in demo.text


def test_a_plan_without_errors_has_no_watermark(demo):
    assert not demo.document.is_concept
    assert "CONCEPT" not in demo.text


def test_a_plan_with_open_errors_prints_as_concept(half):
    assert half.document.is_concept
    assert all("CONCEPT" in page for page in half.pages[1:])
    assert "nog niet af: er staan fouten open" in half.pages[0]
    assert "(nog open)" in half.pages[1]  # steps 5–8 are open in the contents


def test_the_archive_variant_is_tagged_pdf_a(half):
    xmp = half.xmp()
    assert re.search(r"pdfaid:part[^0-9]*3", xmp) and re.search(r"pdfaid:conformance[^A-Z]*U", xmp)
    assert "/OutputIntents" in half.catalog and "/StructTreeRoot" in half.catalog
    assert half.catalog["/Lang"] == "nl"


def test_the_colour_of_the_gemeente_is_made_dark_enough_for_text():
    document = build(unsaved_plan(kleur="#ffdd00"), {})
    assert document.colour == "#ffdd00"
    assert document.text_colour != "#ffdd00"
    from planner.document.assemble import contrast_with_white

    assert contrast_with_white(document.text_colour) >= 4.5
    assert build(unsaved_plan(kleur="rood; } body { x"), {}).colour == "#154273"


# --- Extremes ---------------------------------------------------------------------------------

def text_fields(form_class):
    return [name for name, field in form_class.base_fields.items()
            if isinstance(field, forms.CharField) and name != "stap_notities"]


def longest(length):
    """Words up to `length` characters, led by one unbroken 60-character token (a pasted link)."""
    token = "https://www.example.invalid/" + "x" * 32
    words = (token + " " + "mantelzorgondersteuning in de wijk " * (length // 30 + 1))
    return words[:length]


def maximal_answers():
    """The demo answers with every text field at its maximum length (tables keep one row)."""
    answers = copy.deepcopy(demo_data.answers())
    for step in STEPS:
        step_answers = answers[step.SLUG]
        for name in text_fields(step.Form):
            step_answers[name] = longest(step.Form.base_fields[name].max_length or 5000)
        for table, formset in getattr(step.Form, "tables", {}).items():
            rows = step_answers.get(table) or []
            if not rows or getattr(formset, "fixed", False):
                continue
            row = dict(rows[0])
            for name in text_fields(formset.form):
                row[name] = longest(formset.form.base_fields[name].max_length or 5000)
            step_answers[table] = [row]
    return answers


def overflowing(pages):
    """Text of the page body that sticks out past the right edge of its page (the watermark and
    the running header live in margin boxes and are left out)."""
    found = []
    for page in pages:
        for area in page._page_box.children:
            if type(area).__name__ == "MarginBox":
                continue
            for box in area.descendants():
                if type(box).__name__ == "TextBox" and box.position_x + box.width > page.width + 0.5:
                    found.append(box.text[:40])
    return found


def test_a_plan_with_every_text_at_its_maximum_length_renders_without_overflow():
    document = build(unsaved_plan(title="T" * 60 + " " + "lange titel " * 11), maximal_answers())
    laid_out = pdf.layout(document)
    assert overflowing(laid_out.pages) == []
    reader = PdfReader(io.BytesIO(laid_out.write_pdf(pdf_variant="pdf/ua-1")))
    assert len(reader.pages) > len(CHAPTERS)
    assert "mantelzorgondersteuning in de wijk" in reader.pages[-1].extract_text() or len(reader.pages) > 40


def test_an_empty_plan_renders_with_every_chapter_marked_open():
    rendered = Rendered(build(unsaved_plan(), {}))
    assert rendered.text.count("Deze stap is nog niet ingevuld") == len(STEPS)
    assert rendered.text.count("(nog open)") == len(STEPS)
    # The check does not call unanswered steps green, and open chapters share their pages.
    assert rendered.text.count("Nog niet ingevuld") == len(STEPS)
    assert "Groen" not in rendered.text and "geen tegenstrijdigheden" not in rendered.text
    assert f"{len(STEPS)} van de {len(STEPS)} stappen zijn nog niet ingevuld" in rendered.text
    open_pages = [page for page in rendered.pages if "Deze stap is nog niet ingevuld" in page]
    assert len(open_pages) < len(STEPS) / 2
    assert [title for level, title, _page in rendered.outline() if level == 1][-5:] == CHAPTERS[-5:]
