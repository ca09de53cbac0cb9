"""The plan as OpenDocument Text (ODT), written with odfdo from the same `PlanDocument` as the
preview and the PDF (see `editable` for what the two editable formats share).

Styles are the standard ones of the OpenDocument world, by their usual names: "Heading 1" for a
chapter and "Heading 2" for a heading inside it (with outline levels 1 and 2; "Kop 1" and
"Kop 2" in a Dutch LibreOffice, Heading 1/2 in Word), Title, Subtitle, Text body, List, Caption,
Table Contents, Table Heading, Strong Emphasis, Contents Heading and Contents 1 for the table of
contents. A gemeente's own template restyles them by name.

A figure is its SVG, with a PNG of it as the fallback in the same frame (ODF 1.2, 10.4.2: a
frame's images are alternatives, the first one a reader can show wins), and its text alternative
as the frame's svg:title and svg:desc.
"""
import hashlib
import io
from datetime import datetime, time

from odfdo import (TOC, Cell, Column, Document, Element, Frame, Header, HeaderRows, List, Paragraph,
                   Row, Style, Table, create_table_cell_style)
from odfdo.image import DrawImage
from odfdo.variable import VarPageCount, VarPageNumber

from planner.document import editable

CONTENT_TYPE = "application/vnd.oasis.opendocument.text"
PORTRAIT, LANDSCAPE = "Standard", "Liggend"  # the master pages (page styles)
LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"


def write_odt(document):
    """The plan document as ODT bytes."""
    odt = Document("text")
    odt.body.clear()
    set_up(odt, document)
    writer = Writer(odt)
    writer.cover(document)
    toc = writer.contents(document)
    for chapter in document.contents:
        odt.body.append(heading(1, chapter.heading))
        writer.blocks(chapter.blocks)
    fill_contents(toc, document)
    standard_only(odt)
    output = io.BytesIO()
    odt.save(output)
    return output.getvalue()


# --- Document and styles ----------------------------------------------------------------------

def set_up(odt, document):
    properties = editable.properties(document)
    meta = odt.meta
    meta.set_title(properties["title"])
    meta.set_subject(properties["subject"])
    meta.set_initial_creator(properties["author"])
    meta.set_keywords(properties["keywords"])
    meta.set_language(properties["language"])
    meta.set_description("CONCEPT: er staan nog fouten open." if document.is_concept else "")
    meta.set_creation_date(datetime.combine(document.date, time(12)))
    meta.set_generator("Beleidsplanner Mantelzorg")
    meta.set_user_defined_metadata("Versie", properties["version"])
    meta.set_user_defined_metadata("Status", properties["status"])
    meta.set_creator(properties["author"])
    add_styles(odt, properties["language"])
    set_pages(odt, document)


def add_styles(odt, language):
    """The named styles the document uses that odfdo's template lacks, Dutch as the language,
    headings without numbers (the chapter titles carry theirs) and each chapter on a new page."""
    lang, country = language.split("-")
    for family in ("paragraph", "graphic"):  # the default styles
        odt.get_style(family).set_properties({"fo:language": lang, "fo:country": country}, area="text")
    for name in ("Heading_20_1", "Contents_20_Heading"):
        odt.get_style("paragraph", name).set_properties({"fo:break-before": "page"}, area="paragraph")
    bullets = odt.get_part("styles.xml").get_element(
        '//text:list-style[@style:name="List_20_1"]/text:list-level-style-bullet[@text:level="1"]'
        '/style:list-level-properties')
    bullets.set_attribute("text:list-level-position-and-space-mode", "label-alignment")
    bullets.append(Element.from_tag(  # the bullet at 0.4 cm, the text at 0.8 cm (odfdo's template: none)
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" '
        'fo:text-indent="-0.4cm" fo:margin-left="0.8cm"/>'))
    for level in odt.get_part("styles.xml").get_elements("//text:outline-style/text:outline-level-style"):
        level.set_attribute("style:num-format", "")
        level.del_attribute("style:num-suffix")
    styles = [
        Style("paragraph", name="Title", display_name="Title", parent_style="Heading", area="text",
              **{"fo:font-size": "24pt", "fo:font-weight": "bold"}),
        Style("paragraph", name="Subtitle", display_name="Subtitle", parent_style="Heading", area="text",
              **{"fo:font-size": "14pt"}),
        Style("paragraph", name="Table_20_Contents", display_name="Table Contents", parent_style="Standard",
              area="text", **{"fo:font-size": "8pt"}),
        Style("paragraph", name="Table_20_Heading", display_name="Table Heading", parent_style="Table_20_Contents",
              area="text", **{"fo:font-weight": "bold"}),
        Style("paragraph", name="Figure", display_name="Figure", parent_style="Standard"),
        Style("text", name="Strong_20_Emphasis", display_name="Strong Emphasis", bold=True),
    ]
    for style in styles:
        odt.insert_style(style)
    cell = create_table_cell_style(border="0.5pt solid #000000", padding="1mm")
    odt.insert_style(cell, name="Tabelcel", automatic=True)
    for name in ("Text_20_body", "List", "Caption", "Header", "Footer"):
        if odt.get_style("paragraph", name) is None:
            odt.insert_style(Style("paragraph", name=name, display_name=name.replace("_20_", " "),
                                   parent_style="Standard"))


def set_pages(odt, document):
    """A4 portrait and landscape pages (master pages "Standard" and "Liggend"), with the
    running header: gemeente and title, and CONCEPT while a fout is open."""
    standard = odt.get_style("master-page", PORTRAIT)
    layout_name = standard.page_layout
    portrait = odt.get_style("page-layout", layout_name)
    size = {"fo:margin-top": f"{editable.MARGIN_MM}mm", "fo:margin-bottom": f"{editable.MARGIN_MM}mm",
            "fo:margin-left": f"{editable.MARGIN_MM}mm", "fo:margin-right": f"{editable.MARGIN_MM}mm"}
    portrait.set_properties({"fo:page-width": f"{editable.A4[0]}mm", "fo:page-height": f"{editable.A4[1]}mm",
                             "style:print-orientation": "portrait", **size})
    landscape = portrait.clone
    landscape.name = "Liggend_20_A4"
    landscape.set_properties({"fo:page-width": f"{editable.A4[1]}mm", "fo:page-height": f"{editable.A4[0]}mm",
                              "style:print-orientation": "landscape", **size})
    odt.insert_style(landscape, automatic=True)
    wide = Element.from_tag(f'<style:master-page style:name="{LANDSCAPE}" style:display-name="{LANDSCAPE}" '
                            f'style:page-layout-name="Liggend_20_A4"/>')
    odt.insert_style(wide)
    for master in (standard, odt.get_style("master-page", LANDSCAPE)):
        master.set_page_header([header_paragraph(line) for line in editable.header_lines(document)])
        master.set_page_footer(page_x_of_y())
    odt.insert_style(Style("paragraph", name="Liggend_20_begin", display_name="Liggend begin",
                           parent_style="Standard", master_page=LANDSCAPE))
    odt.insert_style(Style("paragraph", name="Staand_20_begin", display_name="Staand begin",
                           parent_style="Standard", master_page=PORTRAIT))


def standard_only(odt):
    """Leave out what only LibreOffice reads: odfdo's template (saved by LibreOffice) carries a
    few attributes and theme colours in LibreOffice's own namespace (loext:), which ODF does not
    define, its toolbar settings (Configurations2/) and its thumbnail (an empty page)."""
    for part in odt.container.parts:
        if part.startswith(("Configurations2/", "Thumbnails/")):
            odt.container.del_part(part)
    for path in ("Configurations2/accelerator/current.xml", "Configurations2/", "Thumbnails/thumbnail.png"):
        if odt.manifest.get_media_type(path) is not None:
            odt.manifest.del_full_path(path)
    for part in ("styles.xml", "content.xml"):
        root = odt.get_part(part)
        for element in root.get_elements(f"//*[namespace-uri()='{LOEXT}']"):
            element.delete()  # its theme colours
        for element in root.get_elements(f"//*[@*[namespace-uri()='{LOEXT}']]"):
            element.del_attribute_list([name for name in element.attributes if name.startswith("loext:")])


def page_x_of_y():
    """"pagina 3 van 41", as the PDF's footer."""
    footer = Paragraph("pagina ", style="Footer")
    footer.append(VarPageNumber(select_page="current"))
    footer.append(" van ")
    footer.append(VarPageCount())
    return footer


def header_paragraph(line):
    paragraph = Paragraph(line, style="Header")
    if line.startswith("CONCEPT"):
        paragraph.set_span("Strong_20_Emphasis", offset=0, length=len(line))
    return paragraph


# --- Cover and contents -----------------------------------------------------------------------

def fill_contents(toc, document):
    """The contents' entries: the chapter titles as the preview shows them (odfdo's own fill
    would number them again). LibreOffice adds page numbers on "Bijwerken"."""
    body = toc.body
    for chapter in document.contents:
        body.append(Paragraph(chapter.heading, style="Contents_20_1"))


class Writer:
    def __init__(self, odt):
        self.odt = odt
        self.body = odt.body
        self.tables = 0
        self.figures = 0
        self.column_styles = set()
        self.automatic_styles = odt.content.get_element("//office:automatic-styles")

    def cover(self, document):
        self.body.append(Paragraph(f"Gemeente {document.gemeente}", style="Standard"))
        self.body.append(Paragraph(document.title, style="Title"))
        self.body.append(Paragraph(f"{document.subtitle}, {document.period}", style="Subtitle"))
        for label, value in editable.cover_facts(document):
            self.body.append(fact(label, value))

    def contents(self, document):
        """A table of contents of the chapters (outline level 1), as the preview's contents.
        odfdo 3.27 leaves its name and its title's style out (TOC.__init__ passes them on under
        other names): set here, the schema needs the name."""
        toc = TOC("Inhoud", outline_level=1)
        toc.name = "Inhoud"
        title = toc.body.get_element("text:index-title")
        title.name = "Inhoud_kop"
        title.get_element("text:p").style = "Contents_20_Heading"
        self.body.append(toc)
        return toc

    def blocks(self, blocks):
        for block in blocks:
            if block.kind == "heading":
                self.body.append(heading(2, block.text))
            elif block.kind == "paragraph":
                self.body.append(Paragraph(block.text, style="Text_20_body"))
            elif block.kind == "facts":
                for label, value in block.items:
                    self.body.append(fact(label, value))
            elif block.kind == "list":
                self.body.append(List([Paragraph(editable.cell_text(item), style="List") for item in block.items],
                                      style="List_20_1"))
            elif block.kind == "table":
                self.table(block)
            elif block.kind == "figure":
                self.figure(block)
            elif block.kind == "landscape":
                self.body.append(Paragraph("", style="Liggend_20_begin"))
                self.blocks(block.blocks)
                self.body.append(Paragraph("", style="Staand_20_begin"))
            else:  # a new kind of block must not go missing from the file unnoticed
                raise ValueError(f"ODT: no way to write a block of kind {block.kind!r}")

    def table(self, block):
        self.tables += 1
        name = f"Tabel{self.tables}"
        self.body.append(Paragraph(block.caption, style="Caption"))
        table = Table(name, style=self.table_style(name, block))
        for number, width in enumerate(self.column_widths(block)):
            table.insert(Column(style=self.column_style(width)), position=number)
        header = HeaderRows()
        header.append(row(block.headers, "Table_20_Heading"))
        table.append(header)
        for values in block.rows:
            table.append(row(values, "Table_20_Contents"))
        self.body.append(table)

    def table_style(self, name, block):
        width = editable.A4[1 if getattr(block, "size", "") == "landscape" else 0] - 2 * editable.MARGIN_MM
        self.automatic(Style("table", name=name, width=f"{width}mm", align="left"))
        return name

    def column_style(self, width):
        """An automatic style per column width (in tenths of a mm), shared by all tables."""
        name = f"Kolom{round(width * 10)}"
        if name not in self.column_styles:
            self.column_styles.add(name)
            self.automatic(Style("table-column", name=name, width=f"{width:.1f}mm"))
        return name

    def automatic(self, style):
        """Add an automatic style of a new name (odfdo's insert_style first looks for the name
        among all styles: a second for the demo plan's 200 table styles)."""
        self.automatic_styles.append(style)

    def column_widths(self, block):
        """The PDF's column widths (percent, `layout.SizedTable`) in mm, or equal columns."""
        width = editable.A4[1 if getattr(block, "size", "") == "landscape" else 0] - 2 * editable.MARGIN_MM
        percents = getattr(block, "widths", None)
        if not percents or len(percents) != len(block.headers):
            percents = [100 / len(block.headers)] * len(block.headers)
        return [float(percent) * width / 100 for percent in percents]

    def figure(self, block):
        self.figures += 1
        width, height = editable.figure_size_mm(block)
        svg = self.picture(block.svg.encode(), "svg", "image/svg+xml")
        png = self.picture(editable.figure_png(block.svg), "png", "image/png")
        frame = Frame.image_frame(DrawImage(svg, mime_type="image/svg+xml"), name=f"Figuur{self.figures}",
                                  size=(f"{width:.1f}mm", f"{height:.1f}mm"), anchor_type="as-char")
        frame.append(DrawImage(png, mime_type="image/png"))
        frame.svg_title = block.caption
        frame.svg_description = block.alt
        holder = Paragraph(style="Figure")
        holder.append(frame)
        self.body.append(holder)
        self.body.append(Paragraph(block.caption, style="Caption"))

    def picture(self, content, extension, mime_type):
        path = f"Pictures/{hashlib.sha256(content).hexdigest()[:32]}.{extension}"
        self.odt.container.set_part(path, content)
        self.odt.manifest.add_full_path(path, mime_type)
        return path


def heading(level, text):
    """A heading with its outline level and style ("Heading 1", "Heading 2"); odfdo 3.27's
    Header leaves its style argument out."""
    element = Header(level, text)
    element.style = f"Heading_20_{level}"
    return element


def fact(label, value):
    paragraph = Paragraph(f"{label}: {editable.cell_text(value)}", style="Text_20_body")
    paragraph.set_span("Strong_20_Emphasis", offset=0, length=len(label) + 1)
    return paragraph


def row(values, style):
    result = Row()
    for value in values:
        cell = Cell(style="Tabelcel")
        cell.append(Paragraph(editable.cell_text(value), style=style))
        Element.append(result, cell)  # Row.append copies the cell first: 0.1 s for the demo plan
    return result
