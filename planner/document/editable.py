"""What the editable documents (ODT: `odt.py`, DOCX: `docx.py`) share: the cover, the document
properties and the figures as pictures.

Both writers walk the same `PlanDocument` as the HTML preview and the PDF (`assemble.build`):
cover, contents, summary, chapters and appendices, and in each chapter the blocks of
`steps.document` (heading, paragraph, facts, list, table, figure) and layout's landscape groups.
A chapter title is a level-1 heading ("Kop 1"), a heading inside a chapter a level-2 heading
("Kop 2"): the built-in heading styles, so a gemeente's own template restyles them.
"""
import functools
import io
import re

#: The figures as pictures: 1.5 times their SVG size, about 150 dpi at the width of the text.
PNG_SCALE = 1.5
#: How wide a figure is on the page (mm): the text width of a portrait A4 page with 20 mm
#: margins; a tall figure is made narrower so it stays under FIGURE_MAX_HEIGHT_MM.
FIGURE_WIDTH_MM, FIGURE_MAX_HEIGHT_MM = 170, 200
#: Page sizes (mm) and margin, as the PDF's.
A4, MARGIN_MM = (210, 297), 20


def cover_facts(document):
    """The facts on the cover, as in templates/plan/_document.html."""
    status = document.status
    if document.is_concept:
        status += f", nog niet af: er staan fouten open (zie bijlage {document.letters.get('aandachtspunten', '')})"
    facts = [("Beleidsperiode", document.period), ("Status", status), ("Datum", document.date_text),
             ("Versie", str(document.version))]
    if document.author:
        facts.append(("Opgesteld door", document.author))
    if document.opdrachtgever:
        facts.append(("Bestuurlijk opdrachtgever", document.opdrachtgever))
    return facts


def properties(document):
    """The document properties, the same as the PDF's metadata (templates/plan/pdf.html)."""
    return {
        "title": f"{document.title} – Gemeente {document.gemeente}",
        "author": f"Gemeente {document.gemeente}",
        "subject": f"{document.subtitle}, {document.period}",
        "keywords": f"mantelzorg, beleidsplan, participatie, {document.gemeente}",
        "language": "nl-NL",
        "version": str(document.version),
        "status": document.status,
    }


def header_lines(document):
    """The running header: gemeente and title, and CONCEPT while a fout is open."""
    lines = [f"Gemeente {document.gemeente} – {document.title}"]
    if document.is_concept:
        lines.insert(0, "CONCEPT – er staan nog fouten open")
    return lines


def cell_text(value):
    return "" if value is None else str(value)


def figure_size_mm(figure):
    """Width and height (mm) of a figure on the page, from its SVG's width and height."""
    width, height = svg_size(figure.svg)
    shown = min(FIGURE_WIDTH_MM, FIGURE_MAX_HEIGHT_MM * width / height)
    return shown, shown * height / width


def svg_size(svg):
    head = svg[: svg.find(">")]
    found = {name: re.search(rf'\b{name}="([\d.]+)', head) for name in ("width", "height")}
    if all(found.values()):
        return float(found["width"].group(1)), float(found["height"].group(1))
    box = re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"', head)
    return (float(box.group(1)), float(box.group(2))) if box else (640.0, 360.0)


@functools.lru_cache(maxsize=128)
def figure_png(svg):
    """The figure as a PNG picture on a white background, drawn by CairoSVG (by WeasyPrint's
    makers, on the libcairo WeasyPrint needs anyway).

    The ten figures of the demo plan take about 0.6 s together, so each process keeps the last
    128 (about 6 MB): a new revision of a plan draws only the figures whose answers changed.
    """
    import cairosvg  # imported when a figure is drawn: the web pages do not need it
    from PIL import Image

    surface = cairosvg.surface.PNGSurface(cairosvg.parser.Tree(bytestring=svg.encode()), None, 96,
                                          scale=PNG_SCALE, background_color="white")
    # cairo's own PNG writer compresses hard (0.1 s a figure); Pillow's level 6 is as small, faster.
    width, height = surface.cairo.get_width(), surface.cairo.get_height()
    surface.cairo.flush()
    image = Image.frombuffer("RGBA", (width, height), bytes(surface.cairo.get_data()), "raw", "BGRA", 0, 1)
    output = io.BytesIO()
    image.convert("RGB").save(output, format="PNG", compress_level=6)
    return output.getvalue()
