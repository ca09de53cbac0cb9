"""The figures of the plan (domain.md 5.2, F1–F10) as hand-built SVG, drawn from the answers.

No plotting library: a figure is a few rectangles, lines and labels, so it costs WeasyPrint
little and prints sharply. Only presentation attributes are used (no CSS classes), so a figure
looks the same in the HTML preview and in the PDF.

Accessibility: every <svg> has role="img" and a <title> that holds the full text alternative,
referenced by aria-labelledby. WeasyPrint copies that <title> into the PDF as the figure's /Alt.
Colour is never the only cue: labels, shapes and line styles say the same.

Each `f*` function takes the plan's answers (and the gemeente colour) and returns a
`steps.document.Figure`, or None when the data for the figure is missing. `FIGURES` names them by
their ID; a step places one with `FigureSlot("F3")` and the assembled document calls `draw`.
"""
import math
import re
from dataclasses import replace
from datetime import date, timedelta
from html import escape

from steps import derived
from steps.catalogs.base import label
from steps.catalogs.options import HOUDING, V_GEBIEDEN
from steps.catalogs.voorwaarden import SCORE_LABELS
from steps.document import Figure
from steps import text as dutch
from steps.text import join_words

WIDTH = 640  # px in the viewBox; 640 px = 170 mm, the text width of an A4 page
FONT = "DejaVu Sans, Verdana, sans-serif"
INK, MUTED, GRID, PAPER = "#1a1a1a", "#555555", "#c4cbd3", "#ffffff"
RED = "#b3261e"
COMFORT_COLOURS = {  # fill, border
    "comfortabel": ("#d3ecd9", "#1e6b34"),
    "twijfel": ("#fbe6bd", "#8a5a00"),
    "buiten_comfortzone": ("#f2f2f2", "#767676"),
}
COMFORT_WORDS = {"comfortabel": "comfortabel", "twijfel": "twijfel", "buiten_comfortzone": "buiten comfortzone"}
HOUDING_STYLE = {  # colour and marker shape: the shape is the cue that does not need colour
    "voorstander": ("#1e6b34", "circle"),
    "neutraal": ("#5a6470", "square"),
    "kritisch": (RED, "triangle"),
    "onbekend": ("#6a3d9a", "diamond"),
}


# --- Drawing helpers ---------------------------------------------------------------------------

def _attrs(attrs):
    return "".join(f' {key.rstrip("_").replace("_", "-")}="{escape(str(value))}"'
                   for key, value in attrs.items() if value is not None)


def rect(x, y, w, h, **attrs):
    return f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}"{_attrs(attrs)}/>'


def line(x1, y1, x2, y2, stroke=GRID, **attrs):
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}"{_attrs(attrs)}/>'


def text(x, y, content, size=11, fill=INK, **attrs):
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}"{_attrs(attrs)}>{escape(content)}</text>'


def text_lines(x, y, lines, line_height, **attrs):
    """One <text> per line (from _wrap), the first at y and each next one line_height lower."""
    return [text(x, y + number * line_height, words, **attrs) for number, words in enumerate(lines)]


def polygon(points, **attrs):
    return f'<polygon points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in points)}"{_attrs(attrs)}/>'


_NARROW = frozenset("fijlrtI.,:;!'|()[]/- ")  # about a third of an em in DejaVu Sans
_WIDE = frozenset("mwMW%@…")  # about a whole em


def text_width(content, size=11, bold=False):
    """A safe estimate of the width of `content` in DejaVu Sans, in px; bold is about 12 % wider."""
    em = sum(0.36 if ch in _NARROW else 1.0 if ch in _WIDE else 0.78 if ch.isupper() else 0.64
             for ch in str(content))
    return em * size * (1.12 if bold else 1)


def fit(content, width, size=11, bold=False):
    """A label cut with "…" to the width it may take."""
    content = " ".join(str(content).split())
    if text_width(content, size, bold) <= width:
        return content
    while content and text_width(content + "…", size, bold) > width:
        content = content[:-1]
    return content.rstrip() + "…"


def _wrap(content, width, size=11, bold=False, most=None, tail=""):
    """Words on lines of at most `width`. With `most`, the last line takes the rest and is cut
    with "…" when needed; `tail` (a score) ends the last line and is never cut."""
    words = []
    for word in str(content).split():
        if words and not any(ch.isalnum() for ch in words[-1]):  # keep "(>", "/" or "→" with the next word
            words[-1] += " " + word
        else:
            words.append(word)
    if tail:  # the tail goes with the last word, so it never stands alone on a line
        words[-1:] = [" ".join(words[-1:] + [tail])]
    lines, current = [], ""
    for word in words:
        if current and text_width(f"{current} {word}", size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    if most and len(lines) > most:
        lines[most - 1:] = [" ".join(lines[most - 1:])]
    last = lines.pop()
    if tail and text_width(last, size, bold) > width:  # cut the words before the tail, not the tail
        last = fit(last[:-len(tail)], width - text_width(" " + tail, size, bold), size, bold) + " " + tail
    return [fit(each, width, size, bold) for each in lines + [last]]


def mix(colour, other, share):
    """`colour` mixed with `other`: share 0 gives `colour`, 1 gives `other`."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b))


def marker(shape, x, y, r, fill, **attrs):
    if shape == "square":
        return rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7, fill=fill, **attrs)
    if shape == "triangle":
        return polygon([(x, y - r * 1.1), (x + r, y + r * 0.75), (x - r, y + r * 0.75)], fill=fill, **attrs)
    if shape == "diamond":
        return polygon([(x, y - r * 1.1), (x + r * 1.1, y), (x, y + r * 1.1), (x - r * 1.1, y)], fill=fill, **attrs)
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}"{_attrs(attrs)}/>'


def legend(items, y, x=0):
    """A one-line legend: items are (swatch svg at (x, y-4), label); returns the parts.

    A swatch may be up to 16 px wide (a flag, a dashed bar), so the words start 20 px on."""
    parts = []
    for swatch, words in items:
        parts.append(swatch(x, y - 4))
        parts.append(text(x + 20, y, words, size=10, fill=MUTED))
        x += 20 + text_width(words, 10) + 18
    return parts


def figure(key, alt, caption, height, parts):
    title_id = f"figuur-{key}-titel"
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{title_id}" '
        f'viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" height="{height:.0f}" '
        f'font-family="{FONT}"><title id="{title_id}">{escape(alt)}</title>{"".join(parts)}</svg>'
    )
    return Figure(svg=svg, alt=alt, caption=caption)


def _step(answers, slug):
    return derived.step_answers(answers, slug)


def _lower(items):
    return [item[:1].lower() + item[1:] for item in items]


# --- F1 Participatieladder met comfortzone en ambitie -------------------------------------------

def ladder_rungs(answers):
    """The rungs to draw: six with zelfbeheer in the ladder variant or in a choice, else five."""
    step2 = _step(answers, "comfortzone")
    used = set(derived.betrokken_fasen(answers).values()) | {step2.get("ambitie_hoogste_trede")}
    six = step2.get("ladder_variant") == "zes_treden" or "zelfbeheer" in used
    return [derived.trede_met_niveau(level) for level in range(1, 7 if six else 6)]


def f1_ladder(answers, colour):
    step2 = _step(answers, "comfortzone")
    comfort = {row.get("trede"): derived.as_code(row.get("comfort"))
               for row in derived.table(step2, "comfort_per_trede")}
    if not step2 or not any(comfort.values()):
        return None
    rungs = ladder_rungs(answers)
    cz = derived.comfortzone_hoogste_trede(answers)
    ambitie = derived.as_code(step2.get("ambitie_hoogste_trede"))
    phases_per_rung = {}
    for fase, trede in derived.betrokken_fasen(answers).items():
        phases_per_rung.setdefault(trede, []).append(derived.fase_label(fase))

    row_h, gap, top = 34, 8, 8
    bar_x, bar_w = 140, 250
    bottom = top + len(rungs) * (row_h + gap)
    parts = [line(bar_x - 8, top - 4, bar_x - 8, bottom, stroke=MUTED, stroke_width=3),
             line(bar_x + bar_w + 8, top - 4, bar_x + bar_w + 8, bottom, stroke=MUTED, stroke_width=3)]
    for index, trede in enumerate(rungs):
        y = bottom - (index + 1) * (row_h + gap) + gap / 2
        state = comfort.get(trede) or ""
        fill, border = COMFORT_COLOURS.get(state, (PAPER, GRID))
        is_ambition = trede == ambitie
        parts.append(rect(bar_x, y, bar_w, row_h, rx=4, fill=fill,
                          stroke=colour if is_ambition else border, stroke_width=3 if is_ambition else 1))
        name = f"{index + 1}. {derived.trede_label(trede)}"
        words = COMFORT_WORDS.get(state, "niet ingevuld") + (" · ambitie" if is_ambition else "")
        # Name and words on one line when they fit with 8 px between them, else on two lines.
        one_line = text_width(name, 12, True) + text_width(words, 10, is_ambition) + 2 * 10 + 8 <= bar_w
        parts.append(text(bar_x + 10, y + 21 if one_line else y + 15, name, size=12, font_weight="bold"))
        parts.append(text(bar_x + bar_w - 10, y + 21 if one_line else y + 29, words,
                          size=10, fill=colour if is_ambition else MUTED, text_anchor="end",
                          font_weight="bold" if is_ambition else None))
        if is_ambition:  # a flag left of the ambition rung
            fx = bar_x - 30
            parts.append(line(fx, y + 4, fx, y + row_h - 4, stroke=colour, stroke_width=2))
            parts.append(polygon([(fx, y + 4), (fx + 16, y + 10), (fx, y + 16)], fill=colour))
        phases = phases_per_rung.get(trede)
        if phases:  # the phases of step 4 on this rung, on at most two lines
            dx = bar_x + bar_w + 24
            parts.append(marker("circle", dx, y + 13, 4, colour))
            parts += text_lines(dx + 10, y + 17, _wrap(", ".join(_lower(phases)), WIDTH - dx - 14, 10, most=2),
                                13, size=10)
    if cz:
        level = derived.niveau(cz)
        y_top = bottom - level * (row_h + gap) + gap / 2
        green = COMFORT_COLOURS["comfortabel"][1]
        parts.append(polygon([(98, y_top), (90, y_top), (90, bottom - gap / 2), (98, bottom - gap / 2)],
                             fill="none", stroke=green, stroke_width=2))
        middle = (y_top + bottom - gap / 2) / 2
        parts.append(text(82, middle - 2, "comfort-", size=11, text_anchor="end", font_weight="bold", fill=green))
        parts.append(text(82, middle + 12, "zone", size=11, text_anchor="end", font_weight="bold", fill=green))
    parts += legend([
        (lambda x, y: rect(x, y - 6, 12, 12, fill=COMFORT_COLOURS["comfortabel"][0],
                           stroke=COMFORT_COLOURS["comfortabel"][1]), "comfortabel"),
        (lambda x, y: rect(x, y - 6, 12, 12, fill=COMFORT_COLOURS["twijfel"][0],
                           stroke=COMFORT_COLOURS["twijfel"][1]), "twijfel"),
        (lambda x, y: rect(x, y - 6, 12, 12, fill=COMFORT_COLOURS["buiten_comfortzone"][0],
                           stroke=COMFORT_COLOURS["buiten_comfortzone"][1]), "buiten comfortzone"),
        (lambda x, y: polygon([(x + 2, y - 6), (x + 14, y - 1), (x + 2, y + 4)], fill=colour), "ambitie"),
        (lambda x, y: marker("circle", x + 6, y, 4, colour), "gekozen in een beleidsfase"),
    ], bottom + 24)

    def rung_words(state):
        return join_words(_lower([derived.trede_label(t) for t in rungs if comfort.get(t) == state]))

    alt = [f"Participatieladder met {len(rungs)} treden, van informeren onderaan tot "
           f"{derived.trede_label(rungs[-1]).lower()} bovenaan."]
    alt.append(f"De comfortzone loopt tot en met {derived.trede_label(cz).lower()}." if cz
               else "Er is nog geen trede comfortabel.")
    for state, words in (("twijfel", "Twijfel bij"), ("buiten_comfortzone", "Buiten de comfortzone:")):
        if rung_words(state):
            alt.append(f"{words} {rung_words(state)}.")
    if ambitie:
        alt.append(f"De ambitie is {derived.trede_label(ambitie).lower()}.")
    for trede, phases in phases_per_rung.items():
        alt.append(f"{derived.trede_label(trede)} is gekozen voor {join_words(_lower(phases))}.")
    return figure("ladder", " ".join(alt), "Participatieladder met comfortzone en ambitie", bottom + 36, parts)


# --- F2 Typetest-kwadrant -----------------------------------------------------------------------

QUADRANTS = (  # (column, row, label): column 0 = dirigent, row 0 = breed (top)
    (0, 0, "Brede dirigent"), (1, 0, "Brede regisseur"),
    (0, 1, "Gerichte dirigent"), (1, 1, "Gerichte regisseur"),
)


def f2_typetest(answers, colour):
    visie = _step(answers, "visie")
    position = derived.positie(visie)
    if position is None:
        return None
    gemeente = derived.as_text(visie.get("gemeente_naam")) or "De gemeente"
    x0, y0, cw, ch = 170, 30, 200, 90
    px, py = x0 + position[0] * 2 * cw, y0 + (1 - position[1]) * 2 * ch
    chosen = derived.typetest_kwadrant(visie)
    parts = [text(x0 + cw / 2, 20, "Dirigent", size=11, text_anchor="middle", font_weight="bold"),
             text(x0 + cw * 1.5, 20, "Regisseur op afstand", size=11, text_anchor="middle", font_weight="bold"),
             text(x0 - 12, y0 + ch / 2 + 4, "Breed beleid", text_anchor="end", font_weight="bold"),
             text(x0 - 12, y0 + ch * 1.5 + 4, "Smal (gericht) beleid", text_anchor="end", font_weight="bold")]
    for column, row, name in QUADRANTS:
        is_chosen = name.lower().replace(" ", "_") == chosen
        parts.append(rect(x0 + column * cw, y0 + row * ch, cw, ch,
                          fill=mix(colour, PAPER, 0.8) if is_chosen else "#f6f7f9", stroke=GRID))
        label_y = y0 + 20 if row == 0 else y0 + 2 * ch - 10  # at the outer edge: the dot may be on the line
        parts.append(text(x0 + column * cw + cw / 2, label_y, name, size=11,
                          fill=INK if is_chosen else MUTED, text_anchor="middle"))
    parts.append(marker("circle", px, py, 9, colour, stroke=PAPER, stroke_width=2))
    # The name goes towards the middle of the dot's row, so it never meets the quadrant names at the
    # outer edges: below a dot in the top row, above it otherwise (on the middle line that is the
    # top row, the brede quadrant that gemengd counts as).
    parts.append(text(px, py + 26 if position[1] > 0.5 else py - 16, fit(gemeente, cw - 10, 11, True), size=11,
                      text_anchor="middle", font_weight="bold"))

    breedte = {"breed": "breed beleid", "smal": "smal beleid",
               "gemengd": "een brede basis met gerichte accenten"}[derived.as_code(visie.get("breedte_beleid"))]
    sturing = derived.option_label("STURING", visie.get("sturing")).lower()
    names = {name.lower().replace(" ", "_"): name for _column, _row, name in QUADRANTS}
    if 0.5 in position:
        place = "op de lijn tussen twee kwadranten"
        if chosen:
            place += f"; in de typetest telt dat als {names[chosen].lower()}"
    else:
        place = f"in het kwadrant {names[chosen].lower()}"
    alt = (f"Typetest-kwadrant met breed of smal beleid (rijen) en de sturing als dirigent of als regisseur "
           f"op afstand (kolommen). {gemeente} kiest {breedte} met als sturing {sturing} en staat {place}.")
    return figure("typetest", alt, "Beleidstype volgens de typetest Wmo en mantelzorg", 2 * ch + y0 + 12, parts)


# --- F3 Prioriteit van de vier V's ----------------------------------------------------------------

def f3_prioriteit(answers, colour):
    visie = _step(answers, "visie")
    scores = {v.code: derived.as_number(visie.get(f"prioriteit_{v.code}")) for v in V_GEBIEDEN}
    if not any(scores.values()):
        return None
    doelen = derived.table(visie, "doelen")
    x0, bar_w, row_h = 110, 330, 30
    parts = []
    for score in range(1, 6):
        x = x0 + score / 5 * bar_w
        parts.append(line(x, 6, x, 6 + 4 * row_h, stroke=GRID, stroke_dasharray="2 3"))
        parts.append(text(x, 4 * row_h + 20, str(score), size=10, fill=MUTED, text_anchor="middle"))
    alt = []
    for index, v in enumerate(V_GEBIEDEN):
        y, score = 8 + index * row_h, scores[v.code] or 0
        count = sum(1 for d in doelen if d.get("v_gebied") == v.code)
        parts.append(text(x0 - 10, y + 15, v.label, text_anchor="end", font_weight="bold"))
        parts.append(rect(x0, y, bar_w, 20, fill="#f2f4f6"))
        parts.append(rect(x0, y, score / 5 * bar_w, 20, fill=colour))
        words = f"{'doel' if count == 1 else 'doelen'}"
        parts.append(text(x0 + bar_w + 10, y + 15,
                          f"prioriteit {score or '–'}, {count} {words}", size=10, fill=MUTED))
        alt.append(f"{v.label}: prioriteit {score or 'niet ingevuld'}, {count} {words}")
    parts.append(text(x0 + bar_w / 2, 4 * row_h + 36, "prioriteit: 1 = geen, 5 = hoogste",
                      size=10, fill=MUTED, text_anchor="middle"))
    return figure("prioriteit", "Prioriteit van de vier V's op een schaal van 1 tot 5. " + "; ".join(alt) + ".",
                  "Prioriteit per V-gebied en het aantal doelen", 4 * row_h + 46, parts)


# --- F4 Risicomatrix ----------------------------------------------------------------------------

def risk_rows(answers):
    """The risks of step 2 in the order of the risk table: all rungs first, then per rung."""
    order = {code: index for index, code in enumerate(["alle"] + [derived.trede_met_niveau(n) for n in range(1, 7)])}
    rows = derived.table(_step(answers, "comfortzone"), "risicos")
    return sorted(rows, key=lambda row: order.get(row.get("trede"), 99))


def _score_fill(score):
    return "#d9efdf" if score <= 2 else "#fdefc9" if score <= 4 else "#f8d7d3"


def f4_risicomatrix(answers, colour):
    rows = [row for row in risk_rows(answers) if derived.risicoscore(row)]
    if not rows:
        return None
    x0, y0, cw, ch = 72, 10, 80, 66
    codes = {}
    for number, row in enumerate(rows, start=1):
        kans, impact = int(derived.as_number(row["kans"])), int(derived.as_number(row["impact"]))
        codes.setdefault((kans, impact), []).append(f"R{number}")
    parts = [text(14, y0 + 1.5 * ch, "Kans", font_weight="bold", transform=f"rotate(-90 14 {y0 + 1.5 * ch:.0f})",
                  text_anchor="middle"),
             text(x0 + 1.5 * cw, y0 + 3 * ch + 36, "Impact", font_weight="bold", text_anchor="middle")]
    words = ("klein", "middel", "groot")
    for kans in (1, 2, 3):
        y = y0 + (3 - kans) * ch
        parts.append(text(x0 - 6, y + ch / 2 + 4, words[kans - 1], size=10, fill=MUTED, text_anchor="end"))
        for impact in (1, 2, 3):
            x = x0 + (impact - 1) * cw
            parts.append(rect(x, y, cw, ch, fill=_score_fill(kans * impact), stroke=PAPER, stroke_width=2))
            labels = codes.get((kans, impact), [])
            for line_no in range(0, len(labels), 3):
                parts.append(text(x + cw / 2, y + 18 + line_no / 3 * 14, " ".join(labels[line_no:line_no + 3]),
                                  size=10, text_anchor="middle", font_weight="bold"))
    for impact in (1, 2, 3):
        parts.append(text(x0 + (impact - 0.5) * cw, y0 + 3 * ch + 16, words[impact - 1], size=10, fill=MUTED,
                          text_anchor="middle"))
    lx, ly = x0 + 3 * cw + 20, y0 + 10
    for number, row in enumerate(rows, start=1):
        name = derived.risico_label(row.get("risico"), row)
        parts.append(text(lx, ly, f"R{number}", size=10, font_weight="bold"))
        # A long name takes a second line; the score always stays visible at the end.
        lines = _wrap(name, WIDTH - lx - 32, 10, most=2, tail=f"({derived.risicoscore(row)})")
        parts += text_lines(lx + 30, ly, lines, 12, size=10)
        ly += 12 * len(lines) + 2
    height = max(y0 + 3 * ch + 46, ly)
    high = [f"R{n}" for n, row in enumerate(rows, start=1) if derived.risicoscore(row) >= 6]
    alt = (f"Risicomatrix met kans en impact (klein, middel, groot). {len(rows)} risico's staan erin. "
           + (f"Hoog (score 6 of meer): {join_words(high)}. " if high else "Geen risico scoort hoog. ")
           + " ".join(f"R{n}: {derived.risico_label(row.get('risico'), row)}, kans {row['kans']}, impact "
                      f"{row['impact']}." for n, row in enumerate(rows, start=1)))
    return figure("risicomatrix", alt, "Risicomatrix: kans × impact (score in de lijst tussen haakjes)",
                  height, parts)


# --- F5 Voorwaardenprofiel ----------------------------------------------------------------------

def f5_voorwaarden(answers, colour):
    scores = derived.voorwaarden_scores(answers)
    if not any(scores.values()):
        return None
    x0, bar_w, row_h = 180, 300, 26
    n = len(scores)
    parts = []
    for score in range(1, 6):
        x = x0 + score / 5 * bar_w
        parts.append(line(x, 4, x, 4 + n * row_h, stroke=GRID, stroke_dasharray="2 3"))
        parts.append(text(x, n * row_h + 18, str(score), size=10, fill=MUTED, text_anchor="middle"))
    threshold = x0 + 3 / 5 * bar_w
    alt = []
    for index, (code, score) in enumerate(scores.items()):
        y = 6 + index * row_h
        name = derived.voorwaarde_label(code)
        parts.append(text(x0 - 10, y + 13, name, text_anchor="end"))
        weak = score is not None and score < 3
        parts.append(rect(x0, y, (score or 0) / 5 * bar_w, 18, fill="#c25e00" if weak else colour,
                          fill_opacity="1"))
        words = SCORE_LABELS.get(int(score), "") if score else "niet gescoord"
        parts.append(text(x0 + bar_w + 10, y + 13, f"{score or '–'} {words.lower()}".strip(), size=10,
                          fill=RED if weak else MUTED, font_weight="bold" if weak else None))
        alt.append(f"{name} {score or 'niet gescoord'}")
    parts.append(line(threshold, 0, threshold, n * row_h + 6, stroke=RED, stroke_width=1.5, stroke_dasharray="6 3"))
    parts.append(text(threshold, n * row_h + 34, "grens voldoende (3)", size=10, fill=RED, text_anchor="middle"))
    weak = [derived.voorwaarde_label(c).lower() for c, s in scores.items() if s is not None and s < 3]
    summary = f" Onder de grens van 3: {join_words(weak)}." if weak else " Alle scores halen de grens van 3."
    return figure("voorwaarden", "Voorwaardenprofiel, scores van 1 tot 5: " + "; ".join(alt) + "." + summary,
                  "Voorwaardenprofiel met de grens voor voldoende", n * row_h + 42, parts)


# --- F6 Matrix fase × trede ---------------------------------------------------------------------

def f6_fase_trede(answers, colour):
    per_fase = derived.fasen_per_code(answers)
    if not per_fase:
        return None
    rungs = ladder_rungs(answers)
    cz_level = derived.niveau(derived.comfortzone_hoogste_trede(answers))
    chosen = derived.betrokken_fasen(answers)
    x0, y0, row_h = 168, 40, 24
    cw = (WIDTH - x0 - 6) / len(rungs)
    fasen = derived.fase_codes()
    # Bold headers side by side: a smaller size (not below 7.5) keeps 8 px between neighbours.
    heads = [derived.trede_label(trede) for trede in rungs]
    head_size = max(min([9] + [(cw - 8) / text_width(head, 1, True) for head in heads]), 7.5)
    parts = []
    for column, trede in enumerate(rungs):
        x = x0 + column * cw
        inside = derived.niveau(trede) <= cz_level
        parts.append(rect(x, y0, cw, len(fasen) * row_h, fill="#eaf5ed" if inside else "#fafafa", stroke=GRID))
        parts.append(text(x + cw / 2, y0 - 22, fit(heads[column], cw - 8, head_size, True), size=f"{head_size:.1f}",
                          text_anchor="middle", font_weight="bold"))
        parts.append(text(x + cw / 2, y0 - 8, "comfortzone" if inside else "", size=9,
                          fill=COMFORT_COLOURS["comfortabel"][1], text_anchor="middle"))
    above = []
    for row, fase in enumerate(fasen):
        y = y0 + row * row_h
        parts.append(line(0, y + row_h, x0 + len(rungs) * cw, y + row_h, stroke=GRID))
        parts.append(text(x0 - 8, y + 16, derived.fase_label(fase), text_anchor="end"))
        trede = chosen.get(fase)
        if fase not in chosen:
            parts.append(text(x0 + 8, y + 16, "mantelzorgers niet betrokken", size=10, fill=MUTED,
                              font_style="italic"))
            continue
        if trede not in rungs:
            continue
        x = x0 + rungs.index(trede) * cw
        is_above = cz_level and derived.niveau(trede) > cz_level
        parts.append(rect(x + 6, y + 4, cw - 12, row_h - 8, rx=3, fill=colour))
        if is_above:
            above.append(derived.fase_label(fase).lower())
            parts.append(rect(x + 2, y + 1.5, cw - 4, row_h - 3, rx=3, fill="none", stroke=RED,
                              stroke_width=2.5, stroke_dasharray="5 2"))
    bottom = y0 + len(fasen) * row_h
    parts += legend([
        (lambda x, y: rect(x, y - 6, 12, 12, fill="#eaf5ed", stroke=GRID), "binnen de comfortzone"),
        (lambda x, y: rect(x, y - 5, 12, 10, rx=2, fill=colour), "gekozen trede"),
        (lambda x, y: rect(x, y - 6, 12, 12, fill="none", stroke=RED, stroke_width=2, stroke_dasharray="4 2"),
         "boven de comfortzone"),
    ], bottom + 22)
    alt = ["Matrix van de zeven beleidsfasen en de treden van de participatieladder."]
    alt += [f"{derived.fase_label(f)}: {derived.trede_label(t).lower()}." for f, t in chosen.items()]
    niet = [derived.fase_label(f).lower() for f in fasen if f not in chosen]
    if niet:
        alt.append(f"Niet betrokken bij {join_words(niet)}.")
    if above:
        alt.append(f"Boven de comfortzone: {join_words(above)}.")
    return figure("fase-trede", " ".join(alt), "Invloed van mantelzorgers per beleidsfase", bottom + 32, parts)


# --- F7 Tijdlijn -----------------------------------------------------------------------------------

MAX_ROWS_PER_GROUP = 12


def _span(start, end):
    start, end = derived.as_date(start), derived.as_date(end)
    if start and end and end < start:
        start, end = end, start
    return (start or end, end or start) if (start or end) else None


def timeline_rows(answers):
    """(group, [(label, start, end)]) for the bars, and the beslis- and evaluatiemomenten."""
    per_fase = derived.fasen_per_code(answers)
    betrokken = derived.betrokken_fasen(answers)
    fasen = [(derived.fase_label(code), *span) for code in derived.fase_codes()
             if code in betrokken and (span := _span(per_fase[code].get("start"), per_fase[code].get("eind")))]
    instrumenten = [(dutch.instrument_name(row, title="instead"), *span)
                    for row in derived.instrument_rijen(answers)
                    if (span := _span(row.get("start"), row.get("eind")))]
    werving = {}
    for row in derived.table(_step(answers, "doelgroepen"), "wervingsplan"):
        span = _span(row.get("start_werving"), row.get("deadline"))
        if span:
            name = derived.doelgroep_label(row.get("doelgroep"), row)
            old = werving.get(name, span)
            werving[name] = (min(old[0], span[0]), max(old[1], span[1]))
    besluiten = [(derived.as_text(row.get("omschrijving")), day) for row in
                 derived.table(_step(answers, "beleidsfasen"), "beslismomenten")
                 if (day := derived.as_date(row.get("datum")))]
    evaluaties = [(derived.as_text(row.get("moment")), day) for row in
                  derived.table(_step(answers, "evaluatie"), "evaluatiemomenten")
                  if (day := derived.as_date(row.get("datum")))]
    groups = [("Beleidsfasen", fasen), ("Instrumenten", sorted(instrumenten, key=lambda r: r[1])),
              ("Werving", sorted(((name, *span) for name, span in werving.items()), key=lambda r: r[1]))]
    return [(name, rows) for name, rows in groups if rows], sorted(besluiten, key=lambda r: r[1]), \
        sorted(evaluaties, key=lambda r: r[1])


def year_scale(days, x0, x1):
    """A time axis in which a busy year gets more room than a quiet one.

    Each year's width grows with the square root of the number of dates in it, so the months of
    the participation process stay readable next to a long period of uitvoering.
    Returns (x_of(day), [(year, x, width)]).
    """
    first, last = min(days).year, max(days).year
    weights = [1 + sum(1 for day in days if day.year == year) ** 0.5 for year in range(first, last + 1)]
    unit = (x1 - x0) / sum(weights)
    years, x = [], x0
    for year, weight in zip(range(first, last + 1), weights):
        years.append((year, x, weight * unit))
        x += weight * unit
    starts = {year: (x, width) for year, x, width in years}

    def x_of(day):
        day = min(max(day, date(first, 1, 1)), date(last, 12, 31))
        x, width = starts[day.year]
        return x + (day - date(day.year, 1, 1)).days / (366 if day.year % 4 == 0 else 365) * width

    return x_of, years


def f7_tijdlijn(answers, colour):
    groups, besluiten, evaluaties = timeline_rows(answers)
    days = [day for _name, rows in groups for _label, start, end in rows for day in (start, end)]
    days += [day for _label, day in besluiten + evaluaties]
    if not groups or len(days) < 2:
        return None
    x0, row_h = 206, 15  # a long label takes two lines of at most x0 - 16 px
    x_of, years = year_scale(days, x0, WIDTH - 8)
    parts, y = [], 34
    for year, x, width in years:
        if width > 28:
            parts.append(text(x + 3, 12, str(year), size=10, fill=MUTED, font_weight="bold"))
        if width > 150:  # room for the quarters of a busy year
            for month, name in ((4, "apr"), (7, "jul"), (10, "okt")):
                parts.append(text(x_of(date(year, month, 1)) + 2, 25, name, size=8, fill=MUTED))
    styles = {"Beleidsfasen": (10, colour, None), "Instrumenten": (6, mix(colour, PAPER, 0.35), None),
              "Werving": (6, "none", "4 2")}
    for name, rows in groups:
        parts.append(text(0, y + 11, name, size=10, font_weight="bold"))
        y += row_h
        shown = rows[:MAX_ROWS_PER_GROUP]
        for label_text, start, end in shown:
            height, fill, dash = styles[name]
            lines = _wrap(label_text, x0 - 16, 9.5, most=2)
            parts += text_lines(8, y + 10, lines, 11, size=9.5)
            tall = row_h + 11 * (len(lines) - 1)
            width = max(x_of(end + timedelta(days=1)) - x_of(start), 3)
            parts.append(rect(x_of(start), y + (tall - height) / 2 - 1, width, height, rx=1.5, fill=fill,
                              stroke=colour if dash else None, stroke_width=1.5 if dash else None,
                              stroke_dasharray=dash))
            y += tall
        if len(rows) > len(shown):
            parts.append(text(8, y + 10, f"en nog {len(rows) - len(shown)} …", size=9.5, fill=MUTED))
            y += row_h
    for name, moments, shape in (("Besluiten", besluiten, "diamond"), ("Evaluatie", evaluaties, "star")):
        if not moments:
            continue
        parts.append(text(0, y + 11, name, size=10, font_weight="bold"))
        lanes = [-99.0, -99.0]  # x of the last mark in the upper and the lower lane
        for _label, day in moments:
            x = x_of(day)
            lane = 0 if x - lanes[0] >= 12 else 1  # a mark too close to the one before drops a lane
            lanes[lane] = x
            if shape == "star":
                parts.append(text(x, y + 12 + lane * 10, "★", size=13, fill=colour, text_anchor="middle"))
            else:
                parts.append(marker("diamond", x, y + 7 + lane * 10, 4.5, INK))
        y += row_h + 4 + (10 if lanes[1] >= 0 else 0)  # room for the lower lane when it is used
    grid = [line(x, 2, x, y, stroke=GRID) for _year, x, _width in years]
    grid += [line(x_of(date(year, month, 1)), 16, x_of(date(year, month, 1)), y, stroke=GRID,
                  stroke_dasharray="1 3") for year, _x, width in years if width > 150 for month in (4, 7, 10)]
    grid.append(line(years[-1][1] + years[-1][2], 2, years[-1][1] + years[-1][2], y, stroke=GRID))
    parts = grid + parts
    parts += legend([
        (lambda x, y_: rect(x, y_ - 5, 14, 10, fill=colour), "beleidsfase"),
        (lambda x, y_: rect(x, y_ - 3, 14, 6, fill=mix(colour, PAPER, 0.35)), "instrument"),
        (lambda x, y_: rect(x, y_ - 3, 14, 6, fill="none", stroke=colour, stroke_dasharray="4 2"), "werving"),
        (lambda x, y_: marker("diamond", x + 6, y_, 4.5, INK), "besluit"),
        (lambda x, y_: text(x + 6, y_ + 5, "★", size=13, fill=colour, text_anchor="middle"), "evaluatie"),
    ], y + 16)

    alt = [f"Tijdlijn van {years[0][0]} tot en met {years[-1][0]}."]
    for name, rows in groups:
        alt.append(f"{name}: " + "; ".join(f"{label_text} {_short_date(start)} tot {_short_date(end)}"
                                           for label_text, start, end in rows) + ".")
    if besluiten:
        alt.append("Besluiten: " + "; ".join(f"{_short_date(day)} {what}" for what, day in besluiten) + ".")
    if evaluaties:
        alt.append("Evaluatiemomenten: " + "; ".join(f"{_short_date(day)} {what}" for what, day in evaluaties) + ".")
    return figure("tijdlijn", " ".join(alt), "Tijdlijn van fasen, instrumenten, werving, besluiten en evaluatie. "
                  "Een jaar met veel activiteit is breder getekend.", y + 26, parts)


def _short_date(day):
    return dutch.dutch_date(day, short=True)  # the timeline's text alternative lists many dates


# --- F8 Matrix instrument × fase ----------------------------------------------------------------

#: An own title longer than this does not fit a label: cut, it says less than the instrument's kind.
LONGEST_TITLE = 48


def instrument_name(row):
    """An instrument as the figures and the summary name it: its own title, or its kind."""
    return dutch.instrument_name(row, title="instead", longest=LONGEST_TITLE)


def f8_instrument_fase(answers, colour):
    rows = derived.instrument_rijen(answers)
    if not rows:
        return None
    fasen = derived.fase_codes()
    x0, y0, row_h = 156, 108, 20
    cw = (WIDTH - x0 - 12) / len(fasen)  # a little room on the right for the last slanted header
    parts = []
    for column, fase in enumerate(fasen):
        x = x0 + column * cw + cw / 2
        parts.append(text(x - 4, y0 - 6, derived.fase_label(fase), size=9.5, font_weight="bold",
                          transform=f"rotate(-50 {x - 4:.1f} {y0 - 6})"))
    # One size for the words in all pills, small enough for the longest with 3 px on each side,
    # and never below 7.5 px (about 5.5 pt in print).
    pills = [derived.trede_label(derived.as_code(row.get("trede"))) or "?" for row in rows]
    pill_size = max(min([8.5] + [(cw - 10) / text_width(words, 1) for words in pills]), 7.5)
    alt, y = [], y0
    for index, row in enumerate(rows):
        name = instrument_name(row)
        trede = derived.as_code(row.get("trede"))
        level = derived.niveau(trede)
        fill = mix(colour, PAPER, max(0.75 - level * 0.13, 0))
        ink = PAPER if level >= 4 else INK
        lines = _wrap(name, x0 - 10, 9.5, most=2)  # a long name takes a second line
        tall = row_h + 11 * (len(lines) - 1)
        if index % 2 == 0:
            parts.append(rect(0, y, x0 + len(fasen) * cw, tall, fill="#f6f7f9"))
        parts += text_lines(4, y + 14, lines, 11, size=9.5)
        in_fasen = [fase for fase in derived.as_codes(row.get("fasen")) if fase in fasen]
        for fase in in_fasen:
            x = x0 + fasen.index(fase) * cw
            parts.append(rect(x + 2, y + tall / 2 - 8, cw - 4, 16, rx=2, fill=fill))
            parts.append(text(x + cw / 2, y + tall / 2 + 3.5, fit(pills[index], cw - 6, pill_size),
                              size=f"{pill_size:.1f}", fill=ink, text_anchor="middle"))
        alt.append(f"{name}: {join_words(_lower([derived.fase_label(f) for f in in_fasen]))}"
                   f"{', trede ' + derived.trede_label(trede).lower() if trede else ''}")
        y += tall
    bottom = y
    for column in range(len(fasen) + 1):
        parts.append(line(x0 + column * cw, y0 - 4, x0 + column * cw, bottom, stroke=GRID))
    return figure("instrument-fase", "Matrix van de gekozen instrumenten en de beleidsfasen. In elke cel staat de "
                  "trede. " + "; ".join(alt) + ".", "Instrumenten per beleidsfase, met de trede", bottom + 6, parts)


# --- F9 Matrix doelgroep × vindplaats ----------------------------------------------------------

MAX_VINDPLAATSEN = 16


def _slanted(name, room, size):
    """A slanted header: a long name loses its examples in brackets, so all headers stay short."""
    if text_width(name, size) > min(room, 200) and " (" in name:
        name = name.split(" (")[0]
    return fit(name, room, size)


def f9_doelgroep_vindplaats(answers, colour):
    step6 = _step(answers, "doelgroepen")
    groepen = derived.table(step6, "doelgroepen")
    plekken = derived.table(step6, "vindplaatsen")
    werving = derived.table(step6, "wervingsplan")
    if not groepen or not (plekken or werving):
        return None
    codes = derived.unique([derived.as_code(r.get("vindplaats")) for r in werving + plekken if r.get("vindplaats")])
    codes = codes[:MAX_VINDPLAATSEN]
    names = {code: derived.vindplaats_label(code) for code in codes}
    for row in plekken + werving:  # an own vindplaats carries its own name
        if row.get("vindplaats") == "eigen" and derived.as_text(row.get("eigen_naam")):
            names["eigen"] = derived.as_text(row.get("eigen_naam"))
    planned = {(r.get("doelgroep"), r.get("vindplaats")) for r in werving}
    listed = {(groep, r.get("vindplaats")) for r in plekken for groep in derived.as_codes(r.get("doelgroepen"))}
    x0, row_h = 204, 19
    # The headers slant up to the right: the last one needs about 130 px right of its column.
    cw = min((WIDTH - 136 - x0) / max(len(codes) - 0.5, 0.5), 40)
    x_end = x0 + len(codes) * cw
    slant = math.radians(55)
    heads = []
    for column, code in enumerate(codes):
        x = x0 + column * cw + cw / 2 + 3
        heads.append((x, _slanted(names[code], min(310, (WIDTH - 2 - x) / math.cos(slant)), 9.5)))
    y0 = 14 + max([text_width(head, 9.5) for _x, head in heads], default=0) * math.sin(slant)  # long: taller
    parts = [text(x, y0 - 6, head, size=9.5, transform=f"rotate(-55 {x:.1f} {y0 - 6:.1f})") for x, head in heads]
    note = "geen werving"  # right of the grid, so it never takes room from the group's name
    note_w = text_width(note, 9, bold=True)
    alt, missing, y = [], [], y0
    for groep in groepen:
        code = derived.as_code(groep.get("doelgroep"))
        name = derived.doelgroep_label(code, groep)
        in_plan = [names[c] for c in codes if (code, c) in planned]
        lines = _wrap(name, x0 - 8, 10, bold=not in_plan, most=2)
        tall = row_h + 12 * (len(lines) - 1)
        if not in_plan:
            missing.append(name)
            parts.append(rect(0, y, x_end + note_w + 12, tall, fill="#fdefc9"))
            parts.append(text(x_end + 6, y + tall / 2 + 3.5, note, size=9, fill="#8a4b00", font_weight="bold"))
        parts += text_lines(4, y + 13, lines, 12, size=10, font_weight=None if in_plan else "bold")
        for column, vindplaats in enumerate(codes):
            x = x0 + column * cw + cw / 2
            if (code, vindplaats) in planned:
                parts.append(marker("circle", x, y + tall / 2, 7, colour))
                parts.append(text(x, y + tall / 2 + 4, "✓", size=10, fill=PAPER, text_anchor="middle",
                                  font_weight="bold"))
            elif (code, vindplaats) in listed or ("alle", vindplaats) in listed:
                parts.append(marker("circle", x, y + tall / 2, 5, PAPER, stroke=colour, stroke_width=1.5))
        alt.append(f"{name}: " + (f"werving via {join_words(_lower(in_plan))}" if in_plan else "nog geen werving"))
        y += tall
    bottom = y
    for column in range(len(codes) + 1):
        parts.append(line(x0 + column * cw, y0, x0 + column * cw, bottom, stroke=GRID))
    parts.append(line(0, bottom, x_end, bottom, stroke=GRID))
    parts += legend([
        (lambda x, y: marker("circle", x + 6, y, 6, colour), "in het wervingsplan"),
        (lambda x, y: marker("circle", x + 6, y, 4.5, PAPER, stroke=colour, stroke_width=1.5),
         "ook te vinden, nog geen werving"),
        (lambda x, y: rect(x, y - 6, 12, 12, fill="#fdefc9"), "groep zonder werving"),
    ], bottom + 22)
    summary = f" Zonder werving: {join_words(missing)}." if missing else " Voor elke groep is werving gepland."
    return figure("doelgroep-vindplaats", "Matrix van de groepen mantelzorgers en de vindplaatsen. "
                  + "; ".join(alt) + "." + summary, "Groepen mantelzorgers en waar de gemeente ze werft",
                  bottom + 32, parts)


# --- F10 Krachtenveld: belang × invloed ------------------------------------------------------------

QUADRANT_NAMES = (  # (x side, y side, label): x = belang, y = invloed; True = hoog (3 or more)
    (False, True, "Tevreden houden"), (True, True, "Nauw betrekken"),
    (False, False, "Op de hoogte houden"), (True, False, "Betrokken houden"),
)


def _cluster(count, cell):
    """Offsets for `count` markers on one score: a small grid around the centre of the cell.

    The grid stays inside the cell (a marker is at most 22 px wide), so no marker sits on a
    dashed divider or in the next cell."""
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    gap = min(22, (cell - 26) / max(columns - 1, 1))
    offsets = []
    for index in range(count):
        row, column = divmod(index, columns)
        in_row = min(columns, count - row * columns)  # the last row may be shorter: centre it
        offsets.append(((column - (in_row - 1) / 2) * gap, (row - (rows - 1) / 2) * gap))
    return offsets


def f10_krachtenveld(answers, colour):
    rows = [row for row in derived.table(_step(answers, "draagvlak"), "stakeholders")
            if derived.as_number(row.get("belang")) and derived.as_number(row.get("invloed"))]
    if not rows:
        return None
    x0, y0, size = 44, 10, 290
    step = size / 5

    def at(score):
        return (min(max(score, 1), 5) - 0.5) * step

    parts = [rect(x0, y0, size, size, fill="#fafafa", stroke=GRID)]
    for hoog_belang, hoog_invloed, name in QUADRANT_NAMES:
        # High is 3, 4 and 5: three cells right of (belang) or above (invloed) the dashed lines.
        qx = x0 + (2 * step if hoog_belang else 0)
        qy = y0 + (0 if hoog_invloed else 3 * step)
        qw = 3 * step if hoog_belang else 2 * step
        qh = 3 * step if hoog_invloed else 2 * step
        if hoog_belang and hoog_invloed:
            parts.append(rect(qx, qy, qw, qh, fill=mix(colour, PAPER, 0.88)))
        parts.append(text(qx + qw / 2, qy + (qh - 6 if not hoog_invloed else 14), name, size=10, fill=MUTED,
                          text_anchor="middle", font_style="italic"))
    parts.append(line(x0 + 2 * step, y0, x0 + 2 * step, y0 + size, stroke=MUTED, stroke_dasharray="4 3"))
    parts.append(line(x0, y0 + 3 * step, x0 + size, y0 + 3 * step, stroke=MUTED, stroke_dasharray="4 3"))
    for score in range(1, 6):
        parts.append(text(x0 + at(score), y0 + size + 14, str(score), size=10, fill=MUTED, text_anchor="middle"))
        parts.append(text(x0 - 8, y0 + size - at(score) + 4, str(score), size=10, fill=MUTED, text_anchor="end"))
    parts.append(text(x0 + size / 2, y0 + size + 30, "Belang", font_weight="bold", text_anchor="middle"))
    parts.append(text(12, y0 + size / 2, "Invloed", font_weight="bold", text_anchor="middle",
                      transform=f"rotate(-90 12 {y0 + size / 2:.0f})"))
    spots = {}
    for number, row in enumerate(rows, start=1):
        spots.setdefault((derived.as_number(row["belang"]), derived.as_number(row["invloed"])), []).append(number)
    lx, ly = x0 + size + 22, y0 + 10
    alt = []
    for number, row in enumerate(rows, start=1):
        belang, invloed = derived.as_number(row["belang"]), derived.as_number(row["invloed"])
        houding = derived.as_code(row.get("houding"))
        hue, shape = HOUDING_STYLE.get(houding, (MUTED, "circle"))
        spot = spots[(belang, invloed)]
        dx, dy = _cluster(len(spot), step)[spot.index(number)]
        cx, cy = x0 + at(belang) + dx, y0 + size - at(invloed) + dy
        triangle = shape == "triangle"  # its widest part is low: a bigger shape, a lower number
        parts.append(marker(shape, cx, cy, 11 if triangle else 8, hue, stroke=PAPER, stroke_width=1))
        parts.append(text(cx, cy + (6 if triangle else 3.5), str(number), size=9, fill=PAPER, text_anchor="middle",
                          font_weight="bold"))
        name = derived.stakeholder_label(row.get("stakeholder"), row)
        contact = derived.as_text(row.get("naam_contact"))
        parts.append(text(lx, ly, f"{number}", size=9.5, font_weight="bold"))
        lines = _wrap(name, WIDTH - lx - 20, 9.5, most=2)  # a long name takes a second line
        parts += text_lines(lx + 20, ly, lines, 11, size=9.5)
        ly += 11 * len(lines) + 3
        alt.append(f"{number} {name}{' (' + contact + ')' if contact else ''}: belang {belang}, invloed {invloed}, "
                   f"{label(HOUDING, houding).lower() or 'houding onbekend'}")
    legend_y = max(y0 + size + 50, ly + 14)
    parts += legend([(lambda x, y, s=shape, h=hue: marker(s, x + 6, y, 5.5, h), label(HOUDING, code).lower())
                     for code, (hue, shape) in HOUDING_STYLE.items()], legend_y)
    alt_text = ("Krachtenveld met belang (horizontaal) en invloed (verticaal), van 1 tot 5. Vanaf 3 telt als hoog. "
                + "; ".join(alt) + ".")
    return figure("krachtenveld", alt_text, "Krachtenveld: belang en invloed van de betrokken partijen",
                  legend_y + 12, parts)


# --- F13 Samenwerkingsladder (Verdieping 4, Lokale samenwerking) -----------------------------------

def samenwerking_rows(answers):
    """The partners of Verdieping 4 whose cooperation now and wanted are both known, in table order."""
    rows = derived.table(_step(answers, "samenwerking"), "partnerprioritering")
    return [row for row in rows
            if derived.niveau(row.get("huidige_trede")) and derived.niveau(row.get("gewenste_trede"))]


def ladder_gap(row):
    """Rungs from the cooperation now to the cooperation wanted (negative: less close)."""
    return derived.niveau(row.get("gewenste_trede")) - derived.niveau(row.get("huidige_trede"))


def gap_label(gap):
    """The gap as the figure writes it: '+2 treden', '−1 trede', 'gelijk'."""
    if gap == 0:
        return "gelijk"
    return f"{'+' if gap > 0 else '−'}{abs(gap)} {'trede' if abs(gap) == 1 else 'treden'}"


def f13_samenwerkingsladder(answers, colour):
    """A dumbbell per partner: an open circle on the rung now, a filled diamond on the rung wanted,
    a bar between them, and the gap in words on the right (bold red from two rungs up)."""
    rows = samenwerking_rows(answers)
    if not rows:
        return None
    six = (_step(answers, "comfortzone").get("ladder_variant") == "zes_treden"
           or any(max(derived.niveau(row.get("huidige_trede")), derived.niveau(row.get("gewenste_trede"))) == 6
                  for row in rows))
    levels = 6 if six else 5
    x0, x1 = 176, WIDTH - 84
    cw = (x1 - x0) / levels
    headers = [f"{level} {derived.trede_label(derived.trede_met_niveau(level))}" for level in range(1, levels + 1)]
    stagger = any(text_width(words, 9.5, True) > cw - 4 for words in headers)  # then on two lines
    top = 36 if stagger else 24

    def at(level):
        return x0 + (level - 0.5) * cw

    parts = []
    for level, words in enumerate(headers, start=1):
        parts.append(text(at(level), 14 + (12 if stagger and level % 2 == 0 else 0), words,
                          size=9.5, font_weight="bold", text_anchor="middle"))
    names = [derived.as_text(row.get("partner")) or "Partner zonder naam" for row in rows]
    wrapped = [_wrap(name, x0 - 14, 9.5, most=2) for name in names]  # a long name takes a second line
    bottom = top + sum(24 + 11 * (len(lines) - 1) for lines in wrapped)
    y = top
    for index, lines in enumerate(wrapped):  # a band behind every other row, then the grid over them
        tall = 24 + 11 * (len(lines) - 1)
        if index % 2 == 0:
            parts.append(rect(0, y, WIDTH, tall, fill="#f6f7f9"))
        y += tall
    for level in range(1, levels + 1):
        parts.append(line(at(level), top - 2, at(level), bottom, stroke=GRID, stroke_dasharray="2 3"))
    alt, big_steps, y = [], [], top
    for row, name, lines in zip(rows, names, wrapped):
        nu, gewenst = derived.niveau(row.get("huidige_trede")), derived.niveau(row.get("gewenste_trede"))
        gap = ladder_gap(row)
        tall = 24 + 11 * (len(lines) - 1)
        cy = y + tall / 2
        parts += text_lines(4, cy + 3.5 - 5.5 * (len(lines) - 1), lines, 11, size=9.5)
        if gap:
            parts.append(line(at(nu), cy, at(gewenst), cy, stroke=colour if gap > 0 else MUTED, stroke_width=4,
                              stroke_dasharray=None if gap > 0 else "4 3"))
        parts.append(marker("circle", at(nu), cy, 7.5, PAPER, stroke=INK, stroke_width=2))
        parts.append(marker("diamond", at(gewenst), cy, 6.5, colour, stroke=PAPER, stroke_width=1))
        big = gap >= 2
        parts.append(text(WIDTH - 4, cy + 3.5, gap_label(gap), size=10, text_anchor="end",
                          fill=RED if big else MUTED, font_weight="bold" if big else None))
        words = ("gelijk" if gap == 0 else
                 f"{abs(gap)} {'trede' if abs(gap) == 1 else 'treden'} {'hoger' if gap > 0 else 'lager'}")
        alt.append(f"{name}: nu {derived.trede_label(row.get('huidige_trede')).lower()}, gewenst "
                   f"{derived.trede_label(row.get('gewenste_trede')).lower()}, {words}")
        if big:
            big_steps.append(name)
        y += tall
    items = [
        (lambda x, y: marker("circle", x + 6, y, 5, PAPER, stroke=INK, stroke_width=2), "samenwerking nu"),
        (lambda x, y: marker("diamond", x + 6, y, 5.5, colour), "gewenst"),
        (lambda x, y: line(x, y, x + 16, y, stroke=colour, stroke_width=4), "stap omhoog"),
    ]
    if any(ladder_gap(row) < 0 for row in rows):
        items.append((lambda x, y: line(x, y, x + 16, y, stroke=MUTED, stroke_width=4, stroke_dasharray="4 3"),
                      "stap omlaag"))
    items.append((lambda x, y: text(x, y + 4, "+2", size=10, fill=RED, font_weight="bold"), "twee treden of meer"))
    parts += legend(items, bottom + 22)
    summary = (f" Twee treden of meer omhoog: {join_words(big_steps)}." if big_steps
               else " Bij geen enkele partner is de stap twee treden of meer.")
    alt_text = (f"Samenwerkingsladder: per partner de trede van de samenwerking nu en de gewenste trede, op de "
                f"participatieladder van 1 informeren tot {levels} "
                f"{derived.trede_label(derived.trede_met_niveau(levels)).lower()}. " + "; ".join(alt) + "." + summary)
    return figure("samenwerkingsladder", alt_text, "Samenwerkingsladder: de samenwerking met partners nu en gewenst",
                  bottom + 32, parts)


# --- F14 Uitvoeringsagenda (Beleid 2) ------------------------------------------------------------------

#: The lanes of F14, top to bottom: (heading, the agenda's soorten in it).
AGENDA_LANES = (
    ("Veranderingen in het aanbod", ("Nieuw aanbod", "Aanbod wordt aangepast", "Aanbod stopt")),
    ("Acties", ("Actie",)),
    ("Participatie-instrumenten", ("Participatie",)),
    ("Communicatie", ("Communicatie",)),
    ("Evaluatiemomenten", ("Evaluatie",)),
)
#: The whole of F14 stays within one A4 portrait page: 640 px is 170 mm wide, so 860 px is about 228 mm,
#: leaving room for the caption in the 251 mm between the margins.
AGENDA_MAX_HEIGHT = 860


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def agenda_entries(answers):
    """(years, [(lane heading, [AgendaItem])]) for F14: each item once, with its whole start and end.

    The items come from Beleid 2's agenda (`steps.b2_financien.agenda_items`), the one place that
    reads them; an item there once per year it runs is drawn once here."""
    from steps import b2_financien, money  # b2 brings the forms; the figures need it only here

    years = money.period_years(answers)
    if not years:
        return years, []
    once = {}
    for item in b2_financien.agenda_items(answers, years):
        # A control character cannot stand in XML (the forms refuse it; stored answers may still hold one).
        once.setdefault(item.bron, item._replace(wat=_XML_UNSAFE.sub("", item.wat)))
    lanes = []
    for heading, soorten in AGENDA_LANES:
        items = sorted((item for item in once.values() if item.soort in soorten),
                       key=lambda item: (item.start, item.end, item.wat))
        if items:
            lanes.append((heading, items))
    return years, lanes


def _agenda_shown(lanes, room):
    """How many rows of each lane fit in `room` px: by turns, one row of each lane at a time, so
    a long list of communication does not push the evaluation off the page."""
    shown, left, grew = [0] * len(lanes), room, True
    while grew:
        grew = False
        for index, (_heading, rows) in enumerate(lanes):
            if shown[index] < len(rows) and rows[shown[index]][1] <= left:
                left -= rows[shown[index]][1]
                shown[index] += 1
                grew = True
    return shown


def f14_uitvoeringsagenda(answers, colour):
    """One row per item of the agenda, in a lane per kind, on an axis of the years of the policy
    period: a bar for what runs a while (actions, instruments), a mark for a moment (offer
    changes at the start of their year, communication, evaluation). Each kind has its own shape."""
    years, lanes = agenda_entries(answers)
    if not lanes:
        return None
    x0, x1, top, row_h, line_h = 226, WIDTH - 6, 34, 15, 10.5
    year_w = (x1 - x0) / len(years)
    first, after = date(years[0], 1, 1), date(years[-1] + 1, 1, 1)

    def x_of(day):
        """Where `day` starts on the axis; a day outside the period sits at its edge."""
        if day >= after:
            return x1
        day = max(day, first)
        new_year = date(day.year, 1, 1)
        length = (date(day.year + 1, 1, 1) - new_year).days
        return x0 + (day.year - years[0] + (day - new_year).days / length) * year_w

    wrapped = [(heading, [(item, _wrap(item.wat or item.soort, x0 - 18, 9, most=2)) for item in items])
               for heading, items in lanes]
    heights = [(heading, [(item, row_h + line_h * (len(lines) - 1)) for item, lines in rows])
               for heading, rows in wrapped]
    # Room for the rows: less the lane headings, an "en nog ..." line per lane, and two legend lines.
    room = AGENDA_MAX_HEIGHT - top - (20 + row_h) * len(lanes) - 4 - 2 * 18 - 10
    shown = _agenda_shown(heights, room)

    parts, body, y = [], [], top
    for (heading, rows), count in zip(wrapped, shown):
        body.append(text(0, y + 13, f"{heading} ({len(rows)})", size=10, font_weight="bold"))
        body.append(line(0, y + 17, x1, y + 17, stroke=GRID))
        y += 20
        for item, lines in rows[:count]:
            tall = row_h + line_h * (len(lines) - 1)
            cy = y + tall / 2
            body += text_lines(8, cy + 3.2 - line_h / 2 * (len(lines) - 1), lines, line_h, size=9)
            body.append(f'<g data-agenda="{escape(item.soort)}">{_agenda_mark(item, x_of, cy, colour)}</g>')
            y += tall
        if count < len(rows):
            body.append(text(8, y + 10, f"en nog {len(rows) - count} (zie de tabellen per jaar)", size=9,
                             fill=MUTED))
            y += row_h
    bottom = y + 4
    for index, year in enumerate(years):  # a light band behind every other year, then the grid
        x = x0 + index * year_w
        if index % 2 == 0:
            parts.append(rect(x, top - 12, year_w, bottom - top + 12, fill="#f4f6f8"))
        parts.append(line(x, 2, x, bottom, stroke=GRID))
        parts.append(text(x + year_w / 2, 13, str(year), size=10, font_weight="bold", text_anchor="middle"))
        if year_w >= 90:  # room for the quarters
            for month, name in ((4, "apr"), (7, "jul"), (10, "okt")):
                qx = x_of(date(year, month, 1))
                parts.append(line(qx, top - 10, qx, bottom, stroke=GRID, stroke_dasharray="1 3"))
                parts.append(text(qx, 27, name, size=7.5, fill=MUTED, text_anchor="middle"))
    parts.append(line(x1, 2, x1, bottom, stroke=GRID))
    parts += body

    kinds = {item.soort for _heading, items in lanes for item in items}
    keys = [(soort, swatch, words) for soort, swatch, words in (
        ("Nieuw aanbod", lambda x, y_: marker("circle", x + 6, y_, 4.5, colour), "nieuw aanbod"),
        ("Aanbod wordt aangepast", lambda x, y_: marker("square", x + 6, y_, 4.2, PAPER, stroke=colour,
                                                         stroke_width=2), "aanbod aangepast"),
        ("Aanbod stopt", lambda x, y_: _cross(x + 6, y_, 4.5), "aanbod stopt"),
        ("Actie", lambda x, y_: rect(x, y_ - 4.5, 16, 9, fill=colour), "actie"),
        ("Participatie", lambda x, y_: rect(x, y_ - 3, 16, 6, fill=mix(colour, PAPER, 0.45), stroke=colour,
                                            stroke_width=0.8), "participatie-instrument"),
        ("Communicatie", lambda x, y_: marker("triangle", x + 6, y_ + 1, 4.5, INK), "communicatie"),
        ("Evaluatie", lambda x, y_: text(x + 6, y_ + 5, "★", size=13, fill=colour, text_anchor="middle"),
         "evaluatie"),
    ) if soort in kinds]
    half = (len(keys) + 1) // 2 if len(keys) > 4 else len(keys)
    for number, chunk in enumerate((keys[:half], keys[half:])):
        if chunk:
            parts += legend([(swatch, words) for _soort, swatch, words in chunk], bottom + 18 + 18 * number)
    height = bottom + 18 * (2 if len(keys) > half else 1) + 10

    period = f"{years[0]} tot en met {years[-1]}" if len(years) > 1 else str(years[0])
    alt = [f"Uitvoeringsagenda {period}, per jaar."]
    per_year = {}
    for _heading, items in lanes:
        for item in items:
            for year in years:
                if item.start.year <= year <= item.end.year:
                    per_year.setdefault(year, []).append(item)
    for year in years:
        items = per_year.get(year, [])
        if not items:
            alt.append(f"{year}: nog niets gepland.")
            continue
        alt.append(f"{year}: " + "; ".join(f"{item.soort}: {item.wat or item.soort} ({_agenda_when(item, year)})"
                                           for item in items) + ".")
    total, drawn = sum(len(items) for _heading, items in lanes), sum(shown)
    caption = (f"Uitvoeringsagenda {years[0]}–{years[-1]}" if len(years) > 1 else f"Uitvoeringsagenda {years[0]}")
    caption += (": wat er in het aanbod verandert en wanneer acties, participatie, communicatie en evaluatie "
                "plaatsvinden.")
    if drawn < total:
        caption += f" De figuur toont {drawn} van de {total} onderdelen; de tabellen per jaar noemen ze allemaal."
    return figure("uitvoeringsagenda", " ".join(alt), caption, height, parts)


def _cross(x, y, r):
    return (line(x - r, y - r, x + r, y + r, stroke=RED, stroke_width=2.2)
            + line(x - r, y + r, x + r, y - r, stroke=RED, stroke_width=2.2))


def _agenda_mark(item, x_of, cy, colour):
    """The mark of one agenda item in its row (centre height cy)."""
    x = x_of(item.start)
    if item.soort == "Nieuw aanbod":
        return (line(x, cy, x_of(date.max), cy, stroke=colour, stroke_width=1.2, stroke_dasharray="2 2")
                + marker("circle", x, cy, 4.5, colour))
    if item.soort == "Aanbod wordt aangepast":
        return (line(x, cy, x_of(date.max), cy, stroke=colour, stroke_width=1.2, stroke_dasharray="2 2")
                + marker("square", x, cy, 4.2, PAPER, stroke=colour, stroke_width=2))
    if item.soort == "Aanbod stopt":
        return (line(x_of(date.min), cy, x, cy, stroke=MUTED, stroke_width=1.2, stroke_dasharray="2 2")
                + _cross(x, cy, 4.5))
    if item.soort in ("Actie", "Participatie"):
        end = x_of(item.end + timedelta(days=1)) if item.end < date.max else x_of(item.end)
        width = max(end - x, 3)
        if item.soort == "Actie":
            return rect(x, cy - 4.5, width, 9, rx=1.5, fill=colour)
        return rect(x, cy - 3, width, 6, rx=1.5, fill=mix(colour, PAPER, 0.45), stroke=colour, stroke_width=0.8)
    if item.soort == "Communicatie":
        return marker("triangle", x, cy + 1, 4.5, INK)
    return text(x, cy + 4.5, "★", size=13, fill=colour, text_anchor="middle")


def _agenda_when(item, year):
    """When an item happens in `year`, for the text alternative: the agenda table's own words."""
    if item.start.year == item.end.year or item.soort not in ("Actie", "Participatie"):
        return _lower([item.wanneer])[0] if item.year == year else f"in {year}"
    if year == item.start.year:
        return f"start {dutch.dutch_date(item.start)}"
    if year == item.end.year:
        return f"loopt tot {dutch.dutch_date(item.end)}"
    return "het hele jaar"


# --- By ID ------------------------------------------------------------------------------------------

#: The figures of domain.md 5.2 by their ID; `FigureSlot("F1")` in a step's section places one.
FIGURES = {
    "F1": f1_ladder, "F2": f2_typetest, "F3": f3_prioriteit, "F4": f4_risicomatrix, "F5": f5_voorwaarden,
    "F6": f6_fase_trede, "F7": f7_tijdlijn, "F8": f8_instrument_fase, "F9": f9_doelgroep_vindplaats,
    "F10": f10_krachtenveld,
    "F13": f13_samenwerkingsladder,
    "F14": f14_uitvoeringsagenda,
}


def draw(figure_id, answers, colour):
    """Figure `figure_id` for these answers, carrying its ID, or None when there is too little to draw."""
    figure = FIGURES[figure_id](answers, colour)
    return replace(figure, figure_id=figure_id) if figure else None
