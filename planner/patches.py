"""Patches of library code that make the plan PDF faster and change nothing in it.

Each patch is written for one exact release of one library (`pip show`) and does nothing for any
other release: an upgrade makes a patch go quiet, never misfire. Each says what it saves,
measured on the demo plan (43 pages) with `bench/pdf.py --patches`, which renders with and
without each patch in one process. `tests/test_patches.py` checks that the PDF is the same with
and without each patch, that another version of the library is left alone, and that applying
twice is harmless.

When they are applied: `PlannerConfig.ready()` calls `apply()` once per process. pydyf is
patched there (importing it takes 5 ms). WeasyPrint is not imported there: `import weasyprint`
costs about a second (0.7 to 1.6 s measured here), which every `manage.py` command and every web
process would pay although only the worker renders. Its patch is applied by
`apply_before_rendering()`, which `planner.document.pdf.layout()` calls after importing
WeasyPrint itself: it patches once per process (a lock and a flag) and returns at once on every
later call.

Which patches are kept: PDFs are rendered in the background and cached, so a patch only counts
where someone waits for a render that is not in the cache yet (a download soon after a save: the
render time is on the way from click to download) and where renders take CPU from colleagues'
pages (issue 18, which also holds renders to no slower than today). A patch stays when it saves
at least 0.1 s of CPU per demo render, about 4 % of the 2.8 s a render takes on this 2-core
machine with every patch: dropping such a patch would make renders measurably slower than
today, while a smaller gain is lost in the spread between two renders and not worth code that
reaches into a library. Measured with `bench/pdf.py --patches -n 15` (medians of 15
paired rounds):
- kept: SVG labels in one run (WeasyPrint 70.0), 0.30 s (quartiles 0.24 to 0.45 s);
- kept: zlib level 6 (pydyf 0.13.0), 0.11 s (quartiles 0.00 to 0.18 s; compressing the demo's
  streams alone takes 0.15 s at level 9 and 0.04 s at level 6);
- dropped: the regex cache of tinyhtml5 2.1.0's chars_until() (formerly `planner/pdf_speed.py`),
  0.04 s: parsing our 160 KB of HTML took 0.06 s with it and 0.10 s without.
"""
import importlib
import threading
import zlib
from math import inf

PYDYF_VERSION = "0.13.0"
WEASYPRINT_VERSION = "70.0"


def apply():
    """The patches whose library imports cheaply: once per process, from PlannerConfig.ready()."""
    compress_pdf_streams_at_default_level()


_weasyprint_lock = threading.Lock()
_weasyprint_done = False


def apply_before_rendering():
    """WeasyPrint's patches, once per process, before its first render (see the module docstring)."""
    global _weasyprint_done
    if _weasyprint_done:
        return
    with _weasyprint_lock:
        if not _weasyprint_done:
            draw_svg_labels_in_one_run()
            _weasyprint_done = True


# --- pydyf 0.13.0: page streams compressed at zlib's level 9 ----------------------------------

class _ZlibAtDefaultLevel:
    """zlib for pydyf, with compressobj() at zlib's default level (6) instead of the 9 it asks for.

    pydyf 0.13.0 compresses every stream (`Stream.data`) with `zlib.compressobj(level=9)`. For the
    1.9 MB of streams of the demo plan level 9 takes 0.15 s, level 6 0.04 s: 0.11 s of CPU less
    per render (`bench/pdf.py --patches -n 15`), for a PDF of 315 KB instead of 305 KB. Only the
    compression changes: every stream decompresses to the same bytes.
    """

    compress = staticmethod(zlib.compress)

    @staticmethod
    def compressobj(level=zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs):
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs)


def compress_pdf_streams_at_default_level():
    """Patch pydyf PYDYF_VERSION; True if pydyf now compresses at level 6."""
    import pydyf

    if pydyf.__version__ != PYDYF_VERSION:
        return False
    pydyf.zlib = _ZlibAtDefaultLevel
    return True


def undo_compress_pdf_streams_at_default_level():
    import pydyf

    if pydyf.zlib is _ZlibAtDefaultLevel:
        pydyf.zlib = zlib


# --- WeasyPrint 70.0: SVG text laid out letter by letter ---------------------------------------

#: SVG attributes that place or shape letters one by one: text with any of them goes through
#: WeasyPrint's own code.
PER_LETTER = ("dx", "dy", "rotate", "letter-spacing", "textLength", "lengthAdjust", "direction",
              "dominant-baseline", "alignment-baseline", "display-anchor")


def draw_svg_labels_in_one_run():
    """Let WeasyPrint 70.0 lay out an SVG label as one run of text instead of letter by letter.

    WeasyPrint 70.0 (`weasyprint/svg/text.py`) lays out the whole label, then every letter again
    as its own Pango layout, and draws each letter on its own (issue Kozea/WeasyPrint#2249; PR
    #2754 upstream shapes simple text as a whole). Our ten figures hold about 4,000 letters of
    labels: the patch saves 0.30 s of the 2.8 s of CPU a demo render takes (`bench/pdf.py
    --patches -n 15`) and 30 KB of PDF (315 KB instead of 345 KB).

    A label with one x and one y and none of PER_LETTER (all of ours) is laid out once and drawn
    as one run. Kerning and ligatures stay off, as they are when each letter is laid out alone,
    so every glyph lands where WeasyPrint 70.0 puts it: the same glyphs at the same places, the
    same bounding box for text-anchor and the same cursor for the next label (in the ten demo
    figures, 4,268 glyphs, none more than 0.03 pt away; the earlier patch in
    planner/document/pdf.py kerned and joined ligatures, so its labels differed slightly). Any
    other label goes through WeasyPrint's own code. True if the patch is in place.
    """
    import weasyprint
    from weasyprint import svg as svg_module

    if weasyprint.__version__ != WEASYPRINT_VERSION:
        return False
    if getattr(svg_module.text, "one_run", False):
        return True
    from weasyprint.css.properties import INITIAL_VALUES
    from weasyprint.draw.text import draw_emojis, draw_first_line
    from weasyprint.matrix import Matrix
    # The module itself: the package's name `text` is the function (svg/__init__.py imports it).
    text_module = importlib.import_module("weasyprint.svg.text")
    from weasyprint.svg.bounding_box import extend_bounding_box
    from weasyprint.svg.utils import normalize, size
    from weasyprint.text import line_break

    letter_by_letter = svg_module.text

    def text(svg, node, font_size):
        attrib = node.attrib
        if (not node.text or any(name in attrib for name in PER_LETTER)
                or len(normalize(attrib.get("x", "")).split()) > 1
                or len(normalize(attrib.get("y", "")).split()) > 1):
            return letter_by_letter(svg, node, font_size)
        # The style as WeasyPrint 70.0 builds it, without kerning and ligatures (see above).
        style = text_module.Style()
        style.update(INITIAL_VALUES)
        style.font_config = svg.font_config
        style["font_family"] = [font.strip("\"'") for font in node.get("font-family", "sans-serif").split(",")]
        style["font_style"] = node.get("font-style", "normal")
        weight = node.get("font-weight", 400)
        try:
            style["font_weight"] = {"normal": 400, "bold": 700}.get(weight) or int(weight)
        except ValueError:
            style["font_weight"] = 400
        style["font_size"] = font_size
        style["font_kerning"] = "none"
        style["font_variant_ligatures"] = "none"
        layout, _, _, width, height, baseline = line_break.split_first_line(node.text, style, svg.context, inf, 0)
        # Where WeasyPrint 70.0 puts the first letter: a given x or y resets that part of the
        # offset dx and dy left behind (a coordinate of 0 does not, as there).
        x = size(normalize(attrib["x"]).strip(), font_size, svg.inner_width) if "x" in attrib else None
        y = size(normalize(attrib["y"]).strip(), font_size, svg.inner_height) if "y" in attrib else None
        if x:
            svg.cursor_d_position[0] = 0
        if y:
            svg.cursor_d_position[1] = 0
        x = svg.cursor_position[0] if x is None else x
        y = svg.cursor_position[1] if y is None else y
        x_position, y_position = x + svg.cursor_d_position[0], y + svg.cursor_d_position[1]
        node.text_bounding_box = extend_bounding_box(
            node.text_bounding_box,
            ((x_position, y_position - baseline), (x_position + width, y_position - baseline + height)))
        svg.cursor_position = x + width, y
        svg.stream.push_state()
        fill, stroke = svg.set_graphical_state(node, font_size)
        svg.stream.begin_text()
        layout.reactivate(style)
        svg.fill_stroke(fill, stroke, text=True)
        box = text_module.TextBox(layout, style)
        box.baseline = baseline
        emojis = draw_first_line(svg.stream, box, "none", "none", Matrix(a=1, d=-1, e=x_position, f=y_position))
        svg.stream.end_text()
        svg.stream.pop_state()
        draw_emojis(svg.stream, style, x, y, emojis)

    text.one_run = True
    text.letter_by_letter = letter_by_letter
    _swap_svg_text(svg_module, letter_by_letter, text)
    return True


def undo_draw_svg_labels_in_one_run():
    from weasyprint import svg as svg_module

    if getattr(svg_module.text, "one_run", False):
        _swap_svg_text(svg_module, svg_module.text, svg_module.text.letter_by_letter)


def _swap_svg_text(svg_module, old, new):
    """Draw the SVG text tags with `new`. draw_node() tells text from other tags by comparing
    TAGS entries with the module's name `text`, so that name changes too."""
    for tag, function in list(svg_module.TAGS.items()):
        if function is old:
            svg_module.TAGS[tag] = new
    svg_module.text = new


#: name: (apply, undo), for bench/pdf.py --patches and the tests.
PATCHES = {
    "svg-labels-in-one-run (weasyprint 70.0)": (draw_svg_labels_in_one_run, undo_draw_svg_labels_in_one_run),
    "zlib-level-6 (pydyf 0.13.0)": (compress_pdf_streams_at_default_level, undo_compress_pdf_streams_at_default_level),
}
