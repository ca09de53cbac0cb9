"""Print layout of the plan document: table column widths, hyphenation, values kept on one line,
and landscape pages for wide tables. The blocks' text stays as the steps wrote it.
"""
import functools
import re
from dataclasses import dataclass, field, fields, replace

import pyphen

from steps.document import Table
from steps.text import MONTHS

SMALL_TYPE_FROM, LANDSCAPE_FROM = 7, 9  # columns from which a table gets smaller type, a landscape page
PORTRAIT_MAX_MM = 80  # a wide table this high or lower stays on a portrait page if its words fit


@dataclass
class SizedTable(Table):
    """A table with column widths in percent: WeasyPrint then lays it out in one fast pass.

    The widths are worked out when the print template asks for them, not for the preview."""

    #: Its rows and those of the chapter's tables with the same columns, which share its widths.
    sizing_rows: list = field(default_factory=list, compare=False, repr=False)

    @property
    def size(self):
        columns = len(self.headers)
        if columns >= LANDSCAPE_FROM and not self.fits_portrait:
            return "landscape"
        return "small" if columns >= SMALL_TYPE_FROM else ""

    @functools.cached_property
    def fits_portrait(self):
        """Whether a wide table is small enough for a portrait page in small type: every word
        whole in its column and at most PORTRAIT_MAX_MM high. A landscape page of its own for
        two short rows would be all but empty (and leave the page before it half empty)."""
        font, text_width = 7, 170
        widths = [float(percent) / 100 * text_width for percent in
                  column_widths(self.headers, self.sizing_rows or self.rows, font, text_width)]
        room = [width - CELL_PADDING_MM for width in widths]
        for header, column_mm in zip(self.headers, room):
            if any(len(word) * header_mm(font) > column_mm for word in str(header).split()):
                return False
        height = header_lines = 0
        for row in self.rows:
            lines = 1
            for cell, column_mm in zip(row, room):
                words = BREAKS.split(str(cell))
                if any(len(word) * cell_mm(font) > column_mm and not can_hyphenate(word) for word in words):
                    return False
                lines = max(lines, len(str(cell)) * cell_mm(font) / column_mm + str(cell).count("\n") + 1)
            height += int(lines) * font * 0.353 * 1.35 + 2.6
        header_lines = max(len(str(header)) * header_mm(font) / column_mm + 1 for header, column_mm in zip(self.headers, room))
        return height + int(header_lines) * font * 0.353 * 1.35 + 2.6 <= PORTRAIT_MAX_MM

    @property
    def font(self):
        return 7 if self.size == "small" else 8

    @property
    def text_width(self):
        return 257 if self.size == "landscape" else 170

    @functools.cached_property
    def widths(self):
        return column_widths(self.headers, self.sizing_rows or self.rows, self.font, self.text_width)

    @functools.cached_property
    def tall_rows(self):
        """Whether a row may break across pages (see has_tall_rows)."""
        return has_tall_rows(self.rows, self.widths, self.font, self.text_width)


@dataclass
class Landscape:
    """A wide table printed on a landscape page, with the heading and introduction just before
    it: left on the portrait page, they would end up alone on an almost empty page."""

    blocks: list
    kind: str = "landscape"


def on_landscape_pages(blocks):
    """The blocks, with each landscape table grouped with the heading and paragraphs leading up to it."""
    grouped = []
    for block in blocks:
        if getattr(block, "size", "") != "landscape":
            grouped.append(block)
            continue
        lead = len(grouped)
        while lead and grouped[lead - 1].kind in ("heading", "paragraph"):
            lead -= 1
        while lead < len(grouped) and grouped[lead].kind != "heading":
            lead += 1  # from the heading on; paragraphs before it belong to the section above
        grouped[lead:] = [Landscape([*grouped[lead:], block])]
    return grouped


def laid_out(blocks):
    """A chapter's blocks ready to print: tables sized, wide ones on landscape pages."""
    return on_landscape_pages(sized_tables(blocks))


def sized_tables(blocks):
    """The chapter's tables as SizedTables. Tables with the same columns (the goals per
    V-gebied, say) are sized on all their rows together, so their columns line up."""
    tables = [SizedTable(caption=block.caption, headers=block.headers,
                         rows=[[kept_together(cell) for cell in row] for row in block.rows])
              if block.kind == "table" and not isinstance(block, SizedTable) else block for block in blocks]
    rows_by_columns = {}
    for table in tables:
        if table.kind == "table":
            rows_by_columns.setdefault(tuple(table.headers), []).extend(table.rows)
    for table in tables:
        if table.kind == "table":
            table.sizing_rows = rows_by_columns[tuple(table.headers)]
    return tables


def has_tall_rows(rows, widths, font, text_width):
    """Whether a row would take more than about half a page. Rows are kept whole on a page, but
    such a row would leave the page before it mostly empty, or not fit on any page."""
    mm_per_character, mm_per_line = cell_mm(font), font * 0.353 * 1.35
    for row in rows:
        for cell, percent in zip(row, widths):
            column_mm = max(float(percent) / 100 * text_width - CELL_PADDING_MM, 5)
            lines = len(str(cell)) * mm_per_character / column_mm + str(cell).count("\n")
            if lines * mm_per_line > 110:
                return True
    return False


#: Spaces a narrow column must not break at: "31 december", "2026 –" (no line starts with the
#: dash), "€ 150", "< 2", "3 weken", "M. Brinkman". Column widths count such a pair as one word.
UNBREAKABLE_SPACE = re.compile(
    rf"(?<=\d) (?=(?:{'|'.join(MONTHS)})\b)"
    r"|(?<=\d{4}) (?=[–-] )"
    r"|(?<=[€<>≤≥]) (?=\d)"
    r"|(?<=\d) (?=(?:uur|dagen|weken|week|maanden|mnd|jaar|keer)\b)"
    r"|(?<=\b[A-Z]\.) (?=[A-Z][a-z])"
)


def kept_together(cell):
    if not isinstance(cell, str):
        return cell
    # A line may break after a slash: a word joiner keeps "t/m" whole.
    return UNBREAKABLE_SPACE.sub("\u00a0", cell).replace("t/m", "t/\u2060m")


#: Millimetres a character takes in DejaVu Sans (a safe average), and a cell's padding (plan-print.css).
CELL_PADDING_MM = 4


def cell_mm(font):
    return 1.75 * font / 8


def header_mm(font):
    return 2.1 * font / 8  # bold


BREAKS = re.compile(r"[ \n]+")  # not str.split(): that also breaks at a non-breaking space
#: As `hyphenate-limit-chars: 10 5 5` in plan-print.css: words of 10 letters or more, 5 on each side.
HYPHENATION = pyphen.Pyphen(lang="nl_NL", left=5, right=5)


@functools.lru_cache(maxsize=4096)
def can_hyphenate(word):
    return len(word) >= 10 and "\u00a0" not in word and bool(HYPHENATION.positions(word))


def column_widths(headers, rows, font=8, text_width=170):
    """Column widths in percent, from the text in each column.

    Every column first gets room for its longest word (so "december" or a header does not break
    in the middle); what is left goes to the columns whose average text needs more than that.
    When the longest words cannot all fit, words WeasyPrint can hyphenate give way: a word it
    cannot hyphenate would be cut anywhere ("Koste n").
    Fixed widths also let WeasyPrint skip measuring every cell, which made a long plan many times
    slower. Widths are in millimetres of DejaVu Sans in `font` pt; an A4 page is 170 mm wide
    between the margins, a landscape page 257 mm.
    """
    padding, per_header_character, per_character = CELL_PADDING_MM, header_mm(font), cell_mm(font)
    whole, least, wish = [], [], []  # whole: room for the words that must stay whole
    for column, header in enumerate(headers):
        cells = [str(row[column]) for row in rows if column < len(row)]
        words = [word for text in cells for word in BREAKS.split(text)]
        header_word = max((len(word) for word in str(header).split()), default=1)
        unbreakable = max((len(word) for word in words if not can_hyphenate(word)), default=1)
        longest = max((len(word) for word in words), default=1)
        whole.append(max(min(header_word, 20) * per_header_character,
                         min(unbreakable, 16) * per_character) + padding)
        least.append(max(whole[-1], min(longest, 16) * per_character + padding))
        average = sum(len(text) for text in cells) / len(cells) if cells else 0
        wish.append(max(average * per_character + padding, least[-1]))
    if sum(wish) <= text_width:
        widths = [each * text_width / sum(wish) for each in wish]
        return [f"{100 * width / text_width:.1f}" for width in widths]
    if sum(least) >= text_width:
        # Not all longest words fit whole: only the words WeasyPrint cannot hyphenate keep their
        # room, and the rest goes to the columns by their amount of text (pasted links in every
        # column must not leave the column with pages of text as narrow as the others).
        least = whole if sum(whole) < text_width else [must * 0.8 * text_width / sum(whole) for must in whole]
        wish = [max(w, m) for w, m in zip(wish, least)]
    more = [w - m for w, m in zip(wish, least)]
    room = text_width - sum(least)
    widths = [m + room * extra / sum(more) for m, extra in zip(least, more)]
    return [f"{100 * width / text_width:.1f}" for width in widths]


# --- Long unbroken text --------------------------------------------------------------------------

#: A run this long without a space (a pasted link, a string of letters) gets a break opportunity
#: every BREAK_EVERY characters in the PDF. WeasyPrint's line breaking slows down steeply with
#: the length of a word that does not fit: one 4,000-letter word in a table cell took 39 s.
LONG_RUN, BREAK_EVERY = 40, 20  # Dutch compounds stay whole (and hyphenate)
ZERO_WIDTH_SPACE = "\u200b"
_LONG_RUN = re.compile(rf"[^\s{ZERO_WIDTH_SPACE}]{{{LONG_RUN},}}")


def breakable(text):
    """The text with a zero-width space every BREAK_EVERY characters of a long unbroken run."""
    if not isinstance(text, str) or len(text) < LONG_RUN:
        return text
    return _LONG_RUN.sub(lambda run: ZERO_WIDTH_SPACE.join(
        run.group(0)[start:start + BREAK_EVERY] for start in range(0, len(run.group(0)), BREAK_EVERY)), text)


def _breakable_value(value):
    if isinstance(value, str):
        return breakable(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_breakable_value(item) for item in value)
    return value


def breakable_blocks(blocks):
    """Copies of the blocks whose text can break anywhere it must (figures keep their SVG).

    Only for the PDF: the preview and the editable documents keep the text exactly as typed,
    so a link copied from them still works."""
    result = []
    for block in blocks:
        if block.kind == "figure":
            result.append(block)
        elif block.kind == "landscape":
            result.append(replace(block, blocks=breakable_blocks(block.blocks)))
        else:
            changes = {name.name: _breakable_value(getattr(block, name.name)) for name in fields(block)
                       if name.name in ("text", "items", "caption", "headers", "rows")}
            result.append(replace(block, **changes))
    return result


def printable(document):
    """The document for the PDF: the same, with long unbroken runs made breakable."""
    def chapter(each):
        return each and replace(each, blocks=breakable_blocks(each.blocks))  # no summary: None
    return replace(document, summary=chapter(document.summary), chapters=[chapter(c) for c in document.chapters],
                   appendices=[chapter(a) for a in document.appendices])
