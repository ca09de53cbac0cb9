"""Dutch text for the plan, the figures, the advisor and the check page: the one place for
dates, months, numbers, euro amounts, lists ("a, b en c"), instrument names and answers in words.
"""
import re

from django import forms

from steps import derived
from steps.catalogs.base import label
from steps.document import NOT_ANSWERED

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
#: The months as the figures write them, where room is short.
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
#: Words that keep their capital inside a sentence.
KEEP_CASE = {"Wmo", "Wlz", "Wmo-raad", "GGD", "GGZ", "MEE", "POH", "MantelzorgNL"}


# --- Numbers and dates ---------------------------------------------------------------------

def dutch_date(value, *, short=False):
    """'2030-12-31' or a date → '31 december 2030' (no leading zero); '' for None or an unreadable value.

    `short=True` writes the month short, as the figures do: '31 dec 2030'.
    """
    day = derived.as_date(value)
    if day is None:
        return ""
    return f"{day.day} {(MONTHS_SHORT if short else MONTHS)[day.month - 1]} {day.year}"


def dutch_number(value, *, decimals=2):
    """42300 → '42.300'; 3.17 → '3,17'; 3.0 → '3'; '' for None, '' or a bool.

    A whole number never gets decimals; another float gets `decimals` of them
    (`decimals=1`: 3.1666 → '3,2', as the advisor writes scores and hours).
    """
    if value is None or value == "" or isinstance(value, bool):
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")


def one_decimal(value):
    """3.1666 → '3,2' (an average score)."""
    return f"{value:.1f}".replace(".", ",")


def euro(value):
    """38000 → '€ 38.000'; 1250.5 → '€ 1.250,50'; None → '€ 0'."""
    return f"€ {dutch_number(value or 0)}"


def period_text(start, end, *, moment=False):
    """'1 februari 2026 – 30 april 2026', 'vanaf 1 februari 2026' or 'tot 30 april 2026'.

    With `moment=True` (an instrument may be a single meeting) a lone end date, or the same
    start and end date, is written as that one day. '' without dates.
    """
    start, end = dutch_date(start), dutch_date(end)
    if moment and end and start in ("", end):
        return end
    if start and end:
        return f"{start} – {end}"
    if end:
        return f"tot {end}"
    return f"vanaf {start}" if start else ""


# --- Words and lists -------------------------------------------------------------------------

def count_text(number, singular, plural):
    """(1, 'doel', 'doelen') → '1 doel'; (3, ...) → '3 doelen'."""
    return f"{number} {singular if number == 1 else plural}"


def join_words(items):
    """['a', 'b', 'c'] → 'a, b en c'; ['a'] → 'a'; [] → ''. Empty items are left out."""
    items = [item for item in items if item]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


def in_sentence(text):
    """Lower-case the first letter for use inside a sentence; keep 'Wmo-raad', 'LHBTI+' and the like."""
    if not text or text[:2].isupper() or text.split(" ")[0].rstrip("-/,") in KEEP_CASE:
        return text
    return text[:1].lower() + text[1:]


def labels(items, codes):
    """The labels of chosen codes, in the order chosen."""
    return [label(items, code) for code in codes or []]


def shorten(text, length=50):
    """Text cut to `length` characters at most, ending in '…' when cut."""
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def gemeente_naam(plan_answers):
    """The municipality's name from step 1, or 'De gemeente' while it is not filled in."""
    return derived.step_answers(plan_answers, "visie").get("gemeente_naam") or "De gemeente"


#: The u-form of a Dutch verb is the third person's, except for these.
_U_VERBS = {"bent": "is", "wilt": "wil", "kunt": "kan", "zult": "zal"}


def third_person(text, subject="de gemeente"):
    """Advice to the officer as the plan says it: 'kiest u' → 'kiest de gemeente', 'u zet' →
    'de gemeente zet', 'uw comfortzone' → 'de comfortzone'. '' when a "u" is left that this
    cannot rewrite (the caller then says it another way)."""
    def verb_then_u(match):
        return f"{_U_VERBS.get(match.group(1), match.group(1))} {subject}"

    def u_then_verb(match):
        start = subject[:1].upper() + subject[1:] if match.group(1) == "U" else subject
        return f"{start} {_U_VERBS.get(match.group(2), match.group(2))}"

    text = re.sub(r"\b(\w+) u\b(?![\w-])", verb_then_u, text)
    text = re.sub(r"(?<![\w-])([Uu]) (\w+)", u_then_verb, text)
    text = re.sub(r"(?<![\w-])uw(?![\w-])", "de", text)
    text = re.sub(r"(?<![\w-])Uw(?![\w-])", "De", text)
    return "" if re.search(r"(?<![\w-])[Uu]w?(?![\w-])", text) else text


# --- Instrument names ------------------------------------------------------------------------

def instrument_name(row, *, title="after", longest=None):
    """The name of an instrument row of step 5: its kind (catalogue label or own name) and its title.

    - `title="after"` (the plan's tables, the check page): 'Focusgroep – Mantelzorgcafé Noord';
      an own instrument without a name is 'Eigen instrument (niet in de lijst)'.
    - `title="in_brackets"` (the advisor's messages): 'Focusgroep (Mantelzorgcafé Noord)';
      'een instrument' when the row has no instrument.
    - `title="instead"` (the figures): the title alone, the kind when there is no title or
      the title is longer than `longest` characters.

    A title equal to the kind is not repeated. The kind comes from `derived.instrument_label`.
    """
    if title not in ("after", "in_brackets", "instead"):
        raise ValueError(f"instrument_name: title={title!r}, not 'after', 'in_brackets' or 'instead'")
    row = row if isinstance(row, dict) else {}
    titel = derived.as_text(row.get("titel"))
    if title == "instead":
        kind = derived.instrument_label(row.get("instrument"), row)
        too_long = longest is not None and len(titel) > longest
        return titel if titel and (not too_long or not kind) else kind or titel
    if title == "in_brackets":
        kind = derived.instrument_label(row.get("instrument"), row) or "een instrument"
        return f"{kind} ({titel})" if titel and titel != kind else kind
    kind = derived.instrument_label(row.get("instrument"), row, as_choice=True)
    return f"{kind} – {titel}" if titel and titel != kind else kind


# --- The check page: every question with its answer in words ----------------------------------

def _choice_labels(field):
    result = {}
    for key, value in field.choices:
        if isinstance(value, (list, tuple)):  # an optgroup
            result.update({str(k): v for k, v in value})
        else:
            result[str(key)] = value
    return result


def display(field, value):
    """The answer to one question as readable text, "Niet ingevuld" when empty."""
    if value is None or value == "" or value == []:
        return NOT_ANSWERED
    if isinstance(value, bool):
        return "Ja" if value else "Nee"
    if isinstance(field, forms.MultipleChoiceField):
        names = _choice_labels(field)
        return ", ".join(str(names.get(str(code), code)) for code in value)
    if isinstance(field, forms.ChoiceField):
        return str(_choice_labels(field).get(str(value), value))
    if isinstance(field, forms.DateField):
        return dutch_date(value) or str(value)
    if isinstance(field, forms.IntegerField):
        if "utrecht-textbox--year" in field.widget.attrs.get("class", ""):
            return str(value)
        return dutch_number(value)
    return str(value)


def summarize_table(rows, describe_row):
    """'3 rijen: a; b; c' for the check page, "Niet ingevuld" for an empty table."""
    rows = [row for row in rows or [] if isinstance(row, dict)]
    if not rows:
        return NOT_ANSWERED
    return f"{count_text(len(rows), 'rij', 'rijen')}: " + "; ".join(describe_row(row) for row in rows)


def answer_rows(form_class, answers, *, summaries=None, extra=None):
    """Every question of a step (in page order) with its display value.

    `summaries` maps each table name to a function that describes one row; `extra` maps a
    field or table name to rows (label, value) shown right after it, such as derived values.
    """
    answers = answers or {}
    summaries = summaries or {}
    extra = extra or {}
    result = []
    for _legend, names in form_class.sections:
        for name in names:
            if name in form_class.tables:
                table = form_class.tables[name]
                result.append((table.label, summarize_table(answers.get(name), summaries[name])))
            else:
                field = form_class.base_fields[name]
                result.append((str(field.label), display(field, answers.get(name))))
            result.extend(extra.get(name, []))
    return result


def stakeholder_with_contact(row):
    """'wethouder zorg/Wmo (R. Verhoef)': the type without its bracketed note, and the contact."""
    code = derived.as_code(row.get("stakeholder"))
    eigen = derived.as_text(row.get("eigen_naam")) if code in ("eigen", "") else ""
    if eigen:  # typed by the officer: as typed, but 'De ...' with a small letter
        naam = eigen[:1].lower() + eigen[1:] if eigen.split(" ", 1)[0] in ("De", "Het", "Een") else eigen
    else:
        naam = in_sentence(re.sub(r"\s*\([^)]*\)$", "", derived.stakeholder_label(code, row)))
    contact = derived.as_text(row.get("naam_contact"))
    return f"{naam} ({contact})" if contact and contact != naam else naam
