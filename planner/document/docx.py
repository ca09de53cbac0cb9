"""The plan as a Word document (DOCX), written with python-docx from the same `PlanDocument` as
the preview and the PDF (see `editable` for what the two editable formats share).

Only Word's built-in styles are used: Title, Subtitle, Heading 1 (a chapter: "Kop 1" in a Dutch
Word), Heading 2 (a heading inside a chapter), Normal, List Bullet, Caption, Strong, TOC Heading,
toc 1, Header and Table Grid. A gemeente's own template restyles all of them; LibreOffice maps
them to its own (Heading 1 to "Kop 1", toc 1 to "Inhoudsopgave 1").

python-docx has no call for four things, so they are set on its XML here, each an element of the
WordprocessingML schema: the table-of-contents field, the page number fields in the footer, the
header row that repeats on every page (w:tblHeader) and the document's language for the spelling
check (w:lang).
"""
import io
import weakref
from datetime import datetime, time

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from planner.document import editable

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#: The TOC field: headings of level 1 (the chapters, as the contents of the preview and the PDF),
#: as hyperlinks (\h), without page numbers in web view (\z), with outline levels (\u).
TOC_FIELD = r' TOC \o "1-1" \h \z \u '


def write_docx(document):
    """The plan document as DOCX bytes."""
    word = docx.Document()
    set_up(word, document)
    write_cover(word, document)
    write_contents(word, document)
    for chapter in document.contents:
        paragraph(word, chapter.heading, "Heading 1")
        write_blocks(word, chapter.blocks)
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()


# --- Document ---------------------------------------------------------------------------------

def set_up(word, document):
    properties = editable.properties(document)
    core = word.core_properties
    core.title, core.author, core.subject = properties["title"], properties["author"], properties["subject"]
    core.keywords, core.language, core.version = properties["keywords"], properties["language"], properties["version"]
    core.content_status, core.last_modified_by = properties["status"], properties["author"]
    core.comments = "CONCEPT: er staan nog fouten open." if document.is_concept else ""
    core.revision = max(document.plan.revisie, 1)  # Word's count of saves; the version is core.version
    core.created = core.modified = datetime.combine(document.date, time(12))  # the cover's date
    set_language(word, properties["language"])
    package = word.part.package  # python-docx's template brings a thumbnail of another document
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            package.rels.pop(key)
    word.styles["Heading 1"].paragraph_format.page_break_before = True  # every chapter on a new page
    # Tables in 8 pt, as in the PDF: the column widths (layout.column_widths) are made for it.
    word.styles["Table Grid"].font.size = Pt(8)
    # The contents' entries: Word's own "toc 1" ("Inhoudsopgave 1"), which Word also uses when it updates them.
    toc_style = word.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH, builtin=True)
    toc_style.base_style = word.styles["Normal"]
    section = word.sections[0]
    portrait(section)
    for number, line in enumerate(editable.header_lines(document)):
        paragraph = section.header.paragraphs[0] if number == 0 else section.header.add_paragraph()
        run(paragraph, line, "Strong" if line.startswith("CONCEPT") else None)
    page_x_of_y(section.footer.paragraphs[0])


def page_x_of_y(paragraph_):
    """"pagina 3 van 41", as the PDF's footer: the PAGE and NUMPAGES fields."""
    paragraph_.add_run("pagina ")
    simple_field(paragraph_, "PAGE", "1")
    paragraph_.add_run(" van ")
    simple_field(paragraph_, "NUMPAGES", "1")


def simple_field(paragraph_, instruction, shown):
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    text = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = shown
    text.append(text_element)
    field.append(text)
    paragraph_._p.append(field)


def set_language(word, language):
    """Dutch for the spelling check: the default run language and the theme's."""
    defaults = word.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = defaults.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        defaults.append(lang)
    lang.set(qn("w:val"), language)
    theme = word.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(editable.A4[0]), Mm(editable.A4[1])
    margins(section)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(editable.A4[1]), Mm(editable.A4[0])
    margins(section)


def margins(section):
    margin = Mm(editable.MARGIN_MM)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin


def text_width_mm(word):
    section = word.sections[-1]
    return (section.page_width - section.left_margin - section.right_margin) / Mm(1)


def paragraph(container, text="", style=None):
    """A paragraph in `style`, a built-in style by its English name.

    python-docx looks a style name up among the template's 160 styles on every call (a second
    for the demo plan); the style's ID is looked up once and set directly instead.
    """
    added = container.add_paragraph(text)
    if style:
        added._p.style = style_id(container, style, WD_STYLE_TYPE.PARAGRAPH)
    return added


def run(paragraph_, text, style=None):
    added = paragraph_.add_run(text)
    if style:
        added._r.style = style_id(paragraph_, style, WD_STYLE_TYPE.CHARACTER)
    return added


#: The style IDs of a document being written, by its package.
STYLE_IDS = weakref.WeakKeyDictionary()


def style_id(container, name, kind):
    package = container.part.package  # a header's part has no styles; the document's has
    ids = STYLE_IDS.setdefault(package, {})
    if name not in ids:
        style = package.main_document_part.styles[name]
        assert style.type == kind, name
        ids[name] = style.style_id
    return ids[name]


# --- Cover and contents -----------------------------------------------------------------------

def write_cover(word, document):
    paragraph(word, f"Gemeente {document.gemeente}")
    paragraph(word, document.title, "Title")
    paragraph(word, f"{document.subtitle}, {document.period}", "Subtitle")
    for label, value in editable.cover_facts(document):
        fact(paragraph(word), label, value)


def write_contents(word, document):
    """The contents as a TOC field. Its result holds the chapter titles already (LibreOffice
    shows that as it is); Word rebuilds it with page numbers when it opens the file
    (w:updateFields) and on "Veld bijwerken"."""
    paragraph(word, "Inhoud", "TOC Heading")
    entries = [chapter.heading for chapter in document.contents]
    paragraphs = [paragraph(word, style="toc 1") for _entry in entries]
    field_char(paragraphs[0], "begin")
    instruction = paragraphs[0].add_run()._r
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = TOC_FIELD
    instruction.append(text)
    field_char(paragraphs[0], "separate")
    for each, entry in zip(paragraphs, entries):
        each.add_run(entry)
    field_char(paragraphs[-1], "end")
    update_fields_on_open(word)


def field_char(paragraph_, kind):
    character = OxmlElement("w:fldChar")
    character.set(qn("w:fldCharType"), kind)
    paragraph_.add_run()._r.append(character)


def update_fields_on_open(word):
    """w:updateFields, in its place in the schema's order of w:settings (before w:compat and
    what follows it): Word then fills the contents with page numbers when the file opens."""
    settings = word.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
             "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping")
    following = next((child for child in settings if child.tag in {qn(name) for name in later}), None)
    if following is None:
        settings.append(update)
    else:
        following.addprevious(update)


# --- Blocks -----------------------------------------------------------------------------------

def write_blocks(word, blocks):
    for block in blocks:
        if block.kind == "heading":
            paragraph(word, block.text, "Heading 2")
        elif block.kind == "paragraph":
            paragraph(word, block.text)
        elif block.kind == "facts":
            for label, value in block.items:
                fact(paragraph(word), label, value)
        elif block.kind == "list":
            for item in block.items:
                paragraph(word, editable.cell_text(item), "List Bullet")
        elif block.kind == "table":
            write_table(word, block)
        elif block.kind == "figure":
            write_figure(word, block)
        elif block.kind == "landscape":
            landscape(word.add_section(WD_SECTION.NEW_PAGE))
            write_blocks(word, block.blocks)
            portrait(word.add_section(WD_SECTION.NEW_PAGE))
        else:  # a new kind of block must not go missing from the file unnoticed
            raise ValueError(f"DOCX: no way to write a block of kind {block.kind!r}")


def fact(paragraph_, label, value):
    run(paragraph_, f"{label}: ", "Strong")
    paragraph_.add_run(editable.cell_text(value))


def write_table(word, block):
    caption = paragraph(word, block.caption, "Caption")
    caption.paragraph_format.keep_with_next = True
    table = word.add_table(rows=1 + len(block.rows), cols=len(block.headers))
    table.style = word.styles["Table Grid"]
    widths = table_widths(word, block)
    if widths:
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = width
    for number, (row, values) in enumerate(zip(table.rows, [block.headers, *block.rows])):
        if number == 0:
            repeat_as_header_row(row)
        for column, (cell, value) in enumerate(zip(row.cells, values)):
            run(cell.paragraphs[0], editable.cell_text(value), "Strong" if number == 0 else None)
            if widths:
                cell.width = widths[column]


def table_widths(word, block):
    """The PDF's column widths (percent of the text width, `layout.SizedTable`), or None."""
    percents = getattr(block, "widths", None)
    if not percents or len(percents) != len(block.headers):
        return None
    width = text_width_mm(word)
    return [Mm(float(percent) * width / 100) for percent in percents]


def repeat_as_header_row(row):
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)


def write_figure(word, block):
    width_mm, _height = editable.figure_size_mm(block)
    holder = paragraph(word)
    holder.paragraph_format.keep_with_next = True
    picture = holder.add_run().add_picture(io.BytesIO(editable.figure_png(block.svg)), width=Mm(width_mm))
    properties = picture._inline.docPr
    properties.set("descr", block.alt)  # the text alternative ("Alternatieve tekst" in Word)
    properties.set("title", block.caption)
    paragraph(word, block.caption, "Caption")
