"""Renders the plan document to PDF with WeasyPrint (caching: `cache.py`; queuing: `tasks.py`).

Safety: WeasyPrint may only read our own static files. The fetcher refuses every other URL
(http, file, data, ...), so nothing an officer typed (a link, an image tag, a file path) can
make the server fetch it. Typed text is escaped by the templates and never reaches the fetcher,
so a refused load can only be a bug in our own templates: rendering then fails loudly.

Speed: WeasyPrint is imported lazily (the import alone costs about a second), SVG labels are
drawn as whole runs (see `_draw_svg_text_in_one_run`), the garbage collector runs once per
render and a few library hot spots are patched (planner/pdf_speed.py).
"""
import importlib
import logging
import mimetypes
from math import inf
from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template.loader import render_to_string

from planner import pdf_speed

logger = logging.getLogger(__name__)

#: A base URL that cannot resolve anywhere; relative links in the HTML land under it.
BASE_URL = "https://beleidsplanner.invalid/"
STATIC_PREFIX = BASE_URL + "static/"

#: ?variant= of the download. PDF/UA-1 is the accessible default; PDF/A-3u is for the archive,
#: tagged as well. WeasyPrint writes one standard's identifiers per file, so it is a choice.
VARIANTS = {
    "pdfua": {"pdf_variant": "pdf/ua-1"},
    "pdfa": {"pdf_variant": "pdf/a-3u", "pdf_tags": True},
}
DEFAULT_VARIANT = "pdfua"


class RefusedResource(Exception):
    pass


def variant_from(value):
    """The variant asked for in the URL; the default for anything we do not know."""
    return value if value in VARIANTS else DEFAULT_VARIANT


# --- Rendering ---------------------------------------------------------------------------------

def static_only_fetcher_class():
    from weasyprint import URLFetcher
    from weasyprint.urls import URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        """Serves /static/ from disk; refuses everything else (http, file, data, ...)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.refused = []

        def fetch(self, url, headers=None):
            if url.startswith(STATIC_PREFIX):
                relative = url[len(STATIC_PREFIX):].split("?")[0].split("#")[0]
                path = static_path(relative) if ".." not in relative else None
                if path:
                    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body=Path(path).read_bytes(), headers={"Content-Type": mime})
            self.refused.append(url)
            logger.error("PDF: refused to fetch %s", url)
            raise RefusedResource(url)

    return StaticOnlyFetcher


def static_path(relative):
    """A static file on disk: from the source folders, or collected (with a hashed name) in production."""
    path = finders.find(relative)
    if path:
        return path
    try:
        collected = staticfiles_storage.path(relative)
    except NotImplementedError:
        return None
    return collected if Path(collected).is_file() else None


def render_html(document):
    return render_to_string("plan/pdf.html", {"doc": document})


def layout(document, *, fetcher=None):
    """The plan laid out in pages by WeasyPrint. Raises RefusedResource if the HTML asked for
    anything but our static files."""
    from weasyprint import HTML

    _draw_svg_text_in_one_run()
    pdf_speed.patch_libraries()
    fetcher = fetcher or static_only_fetcher_class()()
    pages = HTML(string=render_html(document), base_url=BASE_URL, url_fetcher=fetcher).render()
    if fetcher.refused:
        raise RefusedResource(", ".join(fetcher.refused))
    return pages


def render_plan(document, *, variant=DEFAULT_VARIANT, fetcher=None):
    """The PDF of a plan document as bytes."""
    with pdf_speed.one_garbage_collection():
        return layout(document, fetcher=fetcher).write_pdf(custom_metadata=True, **VARIANTS[variant])


# --- WeasyPrint 70: SVG text in one run ------------------------------------------------------

def _draw_svg_text_in_one_run():
    """Let WeasyPrint shape an SVG label as one run of text instead of letter by letter.

    WeasyPrint 70 lays out every letter of SVG text as its own Pango layout (issue
    Kozea/WeasyPrint#2249; the upstream fix, PR #2754, shapes simple text as a whole). Our
    figures hold about 4,000 letters of labels, which cost about 0.3 s per render that way.
    Labels without per-letter positions (all of ours) are drawn as one run here; anything else
    still goes through WeasyPrint's own code. Only for 70.x: a newer release brings the fix.
    """
    import weasyprint

    svg_module = importlib.import_module("weasyprint.svg")
    text_module = importlib.import_module("weasyprint.svg.text")
    if not weasyprint.__version__.startswith("70.") or getattr(svg_module.text, "one_run", False):
        return
    from weasyprint.css.properties import INITIAL_VALUES
    from weasyprint.draw.text import draw_emojis, draw_first_line
    from weasyprint.matrix import Matrix
    from weasyprint.svg.bounding_box import extend_bounding_box
    from weasyprint.svg.utils import normalize, size
    from weasyprint.text.line_break import split_first_line

    letter_by_letter = text_module.text
    per_letter = ("dx", "dy", "rotate", "letter-spacing", "textLength", "dominant-baseline",
                  "alignment-baseline", "display-anchor")

    def text(svg, node, font_size):
        attrib = node.attrib
        if (not node.text or any(name in attrib for name in per_letter)
                or len(normalize(attrib.get("x", "")).split()) > 1
                or len(normalize(attrib.get("y", "")).split()) > 1):
            return letter_by_letter(svg, node, font_size)
        style = text_module.Style(INITIAL_VALUES)
        style.font_config = svg.font_config
        style["font_family"] = [name.strip("\"' ") for name in node.get("font-family", "sans-serif").split(",")]
        style["font_style"] = node.get("font-style", "normal")
        weight = str(node.get("font-weight", 400))
        style["font_weight"] = {"normal": 400, "bold": 700}.get(weight) or (int(weight) if weight.isdigit() else 400)
        style["font_size"] = font_size
        layout, _, _, width, height, baseline = split_first_line(node.text, style, svg.context, inf, 0)
        x = size(attrib["x"], font_size, svg.inner_width) if "x" in attrib else svg.cursor_position[0]
        y = size(attrib["y"], font_size, svg.inner_height) if "y" in attrib else svg.cursor_position[1]
        node.text_bounding_box = extend_bounding_box(
            node.text_bounding_box, ((x, y - baseline), (x + width, y - baseline + height)))
        svg.cursor_position = x + width, y
        svg.stream.push_state()
        fill, stroke = svg.set_graphical_state(node, font_size)
        svg.stream.begin_text()
        layout.reactivate(style)
        svg.fill_stroke(fill, stroke, text=True)
        box = text_module.TextBox(layout, style)
        box.baseline = baseline
        emojis = draw_first_line(svg.stream, box, "none", "none", Matrix(a=1, d=-1, e=x, f=y))
        svg.stream.end_text()
        svg.stream.pop_state()
        draw_emojis(svg.stream, style, x, y, emojis)

    text.one_run = True
    for tag, function in list(svg_module.TAGS.items()):
        if function is letter_by_letter:
            svg_module.TAGS[tag] = text
    svg_module.text = text  # draw_node compares TAGS entries with this name
