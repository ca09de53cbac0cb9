"""Form building blocks shared by the eight steps.

A step is one Django form (`StepForm`) that may carry repeating tables. Each table is a
formset bound to the same POST data under its own prefix, so formtools can treat the whole
step as a single form. `StepForm.answers()` turns the cleaned data into the JSON answers of
the contract in `steps/__init__.py`.

Contents: fields with plain-Dutch messages, table rows (`RowForm`, `FixedRowForm` for one row
per catalogue item, `ContextRow` for choices that come from earlier steps), `table()` and
`StepForm`. The choices themselves that come from earlier steps are in `steps/choices.py`.
"""
import copy
import math
import re
import unicodedata
from datetime import date
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.utils.deconstruct import deconstructible

from steps.catalogs.base import by_code
from steps.widgets import (CheckboxSelectMultiple, FastDateInput, FastHiddenInput, FastNumberInput, FastSelect,
                           FastSelectMultiple, FastTextarea, FastTextInput, RadioSelect, shallow_copy)

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 5000
TEXTBOX_CLASS = "utrecht-textbox utrecht-textbox--html-input"
RADIO_CLASS = "utrecht-radio-button utrecht-radio-button--html-input"
CHECKBOX_CLASS = "utrecht-checkbox utrecht-checkbox--html-input"
SELECT_CLASS = "utrecht-select utrecht-select--html-select"
EMPTY_CHOICE = ("", "Kies…")


# --- Fields with plain-Dutch messages -----------------------------------------------------

class FastCopyMixin:
    """Copies a field the way forms.Field.__deepcopy__ does, only faster.

    Django copies every field, and its widget, for every form it builds; a heavy step page
    builds about 40 table rows. This copy skips copy.copy()'s generic (slow) protocol, and a
    choice field's copy shares its choice list instead of copying it: our choice lists are
    never changed in place (set_options assigns a new one).
    """

    def __deepcopy__(self, memo):
        result = shallow_copy(self)
        memo[id(self)] = result
        result.widget = copy.deepcopy(self.widget, memo)
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result

    #: Set on a step form's own copy of the field: an empty answer is fine when saving, and
    #: `StepForm.check_complete` asks for it when the step is marked klaar (domain.md 0.1).
    required_when_done = False

    def validate(self, value):
        if self.required_when_done and value in self.empty_values:
            return
        super().validate(value)


class CharField(FastCopyMixin, forms.CharField):
    def to_python(self, value):
        # A browser posts a new line in a text area as CR LF but counts it as one character:
        # store it as one (LF), so the server counts the way the character count does.
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value

    def widget_attrs(self, widget):
        # No maxlength: a browser would cut typed or pasted text off without a word. The
        # character count says how many characters are too many, and so does the server.
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class IntegerField(FastCopyMixin, forms.IntegerField):
    pass


#: "14.800", "14800", "€ 1.250", "1.250,50", "€ 1.250,-": a number the Dutch way, thousands with
#: a dot and decimals after a comma. A lone dot that does not group thousands ("12.5") is a decimal point.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_PLAIN = re.compile(r"\d+")


def parse_dutch_number(text):
    """The Decimal a Dutch officer means by `text`, or None when it is not a number."""
    text = re.sub(r"[\s\u00a0\u202f]", "", str(text)).removeprefix("€").removeprefix("EUR")
    text = re.sub(r",-{1,2}$", "", text)
    sign = ""
    if text[:1] in "-−" and text:
        sign, text = "-", text[1:]
    whole, comma, decimals = text.partition(",")
    if comma and not _PLAIN.fullmatch(decimals):
        return None
    if _GROUPED.fullmatch(whole):
        whole = whole.replace(".", "")
    elif not comma and whole.count(".") == 1 and all(_PLAIN.fullmatch(part) for part in whole.split(".")):
        whole, decimals = whole.split(".")
    if not _PLAIN.fullmatch(whole):
        return None
    return Decimal(f"{sign}{whole}.{decimals or 0}")


def dutch_number_text(value, decimals=0):
    """14800 -> "14.800", 1250.5 -> "1.250,50" (with decimals=2): a number as the field shows it back."""
    number = Decimal(str(value))
    if decimals and number != number.to_integral_value():
        text = f"{number:,.{decimals}f}"
    else:
        text = f"{number:,.0f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def decimal_places(number):
    """How many digits after the decimal point `number` (a Decimal) needs: 1250.50 -> 1.

    Read from its digits, without arithmetic: a number longer than the decimal context's
    precision (28 digits) would raise InvalidOperation in round() or %.
    """
    _sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    places, index = -exponent, len(digits)
    while places and index and digits[index - 1] == 0:
        places, index = places - 1, index - 1
    return places


class DutchNumberMixin:
    """A number typed the Dutch way (see `parse_dutch_number`), and shown back that way."""

    decimals = 0

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, bool):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if isinstance(value, (int, Decimal)):
            number = Decimal(value)
        elif isinstance(value, float):
            number = Decimal(str(value)) if math.isfinite(value) else None
        else:
            number = parse_dutch_number(value)
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if decimal_places(number) > self.decimals:
            raise ValidationError(self.error_messages["decimals"], code="decimals")
        return int(number) if self.decimals == 0 else number

    def validate(self, value):
        if value is not None or not self.required_when_done:
            forms.Field.validate(self, value)

    def prepare_value(self, value):
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            try:
                return dutch_number_text(value, self.decimals)
            except (ArithmeticError, ValueError):
                return value
        return value


class WholeNumberField(DutchNumberMixin, IntegerField):
    pass


class AmountField(DutchNumberMixin, FastCopyMixin, forms.DecimalField):
    """An amount in euro: whole euros or with cents."""

    decimals = 2


class DateField(FastCopyMixin, forms.DateField):
    pass


class ChoiceField(FastCopyMixin, forms.ChoiceField):
    pass


class TypedChoiceField(FastCopyMixin, forms.TypedChoiceField):
    pass


class MultipleChoiceField(FastCopyMixin, forms.MultipleChoiceField):
    def clean(self, value):
        """The ticked options in the list's own order, each once: a stored answer does not depend
        on the order a browser or a script posts them in (the merge of two saves compares them)."""
        chosen = super().clean(value)
        order = {str(code): index for index, (code, _label) in enumerate(self.choices)}
        return sorted(dict.fromkeys(chosen), key=lambda code: order.get(str(code), len(order)))


def _messages(required_message, **extra):
    messages = {"required": required_message or "Vul dit veld in."}
    messages.update(extra)
    return messages


#: Characters no text answer may hold: lone surrogates (not Unicode; they cannot be written as
#: UTF-8, so every page that shows them would fail), control characters other than tab, newline
#: and carriage return, and noncharacters (not allowed in the PDF's XML metadata).
UNSTORABLE_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0x10000, 0x110000, 0x10000))
    + "]"
)


def unstorable_character(value):
    """(what it is, in Dutch; its position from 1) of the first character no text may hold, or None.

    The one check of characters for every text the planner stores: the text fields of the
    steps and plan forms (through `validate_text`) and every text in an imported file.
    """
    match = UNSTORABLE_TEXT.search(value) if isinstance(value, str) else None
    if match is None:
        return None
    kind = "een onzichtbaar stuurteken" if unicodedata.category(match.group()) == "Cc" else "een ongeldig teken"
    return kind, match.start() + 1


def text_problem(value):
    """Why a text cannot be stored, in Dutch (with where the bad character is), or None."""
    found = unstorable_character(value)
    if found is None:
        return None
    kind, position = found
    return (f"Deze tekst bevat een teken dat de planner niet kan bewaren ({kind}, het {position}e teken). "
            "Typ de tekst rond die plek opnieuw.")


def validate_text(value):
    problem = text_problem(value)
    if problem:
        raise ValidationError(problem, code="unstorable")


def repair_text(value):
    """`value` with every character `text_problem` refuses replaced by U+FFFD."""
    return UNSTORABLE_TEXT.sub("\ufffd", value)


def _text(label, widget, *, required, help_text, required_message, max_length):
    field = CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        error_messages=_messages(required_message),
        widget=widget,
    )
    # validate_text covers the NUL character too, with a message that says where it is.
    field.validators = [v for v in field.validators
                        if not isinstance(v, (ProhibitNullCharactersValidator, MaxLengthValidator))]
    field.validators += [validate_text, CharacterLimit(max_length)]
    return field


def too_long_message(limit, length):
    """The message for a text over its limit: the same words as the character count under the field."""
    over = length - limit
    return f"Gebruik maximaal {dutch_number_text(limit)} tekens. U heeft er {dutch_number_text(over)} te veel."


@deconstructible
class CharacterLimit:
    """Refuses a text over `limit` characters, saying how many too many (the GOV.UK character count)."""

    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        if isinstance(value, str) and len(value) > self.limit:
            raise ValidationError(too_long_message(self.limit, len(value)), code="too_long")

    def __eq__(self, other):
        return isinstance(other, CharacterLimit) and other.limit == self.limit


def short_text(label, *, required=False, help_text="", required_message="", max_length=SHORT_TEXT_MAX):
    return _text(label, FastTextInput(attrs={"class": TEXTBOX_CLASS}), required=required,
                 help_text=help_text, required_message=required_message, max_length=max_length)


def long_text(label, *, required=False, help_text="", required_message="", max_length=LONG_TEXT_MAX, rows=3):
    """A text area of three lines that grows as you type (static/js/app.js); table rows use
    `rows=2` so a row stays compact."""
    widget = FastTextarea(attrs={"rows": rows, "class": "utrecht-textarea utrecht-textarea--html-textarea",
                                   "data-maxlength": max_length})
    return _text(label, widget, required=required, help_text=help_text, required_message=required_message,
                 max_length=max_length)


def number(label, *, required=False, help_text="", required_message="", min_value=0, max_value=10**9):
    """A whole number; "14.800" and "14800" are both fourteen thousand eight hundred."""
    return WholeNumberField(
        label=label,
        required=required,
        help_text=help_text,
        min_value=min_value,
        max_value=max_value,
        error_messages=_messages(
            required_message,
            invalid="Vul een getal in, bijvoorbeeld 14.800.",
            decimals="Vul een heel getal in, zonder cijfers achter de komma.",
            min_value=f"Vul een getal in van {dutch_number_text(min_value)} of meer.",
            max_value=f"Vul een getal in van {dutch_number_text(max_value)} of minder.",
        ),
        widget=FastNumberInput(attrs={"class": TEXTBOX_CLASS, "inputmode": "numeric"}),
    )


def amount(label, *, required=False, help_text="", required_message="", max_value=10**9):
    """An amount in euro: "1.250", "€ 1.250" and "1.250,50" are all fine."""
    return AmountField(
        label=label,
        required=required,
        help_text=help_text,
        min_value=0,
        max_value=max_value,
        max_digits=None,
        decimal_places=None,
        error_messages=_messages(
            required_message,
            invalid="Vul een bedrag in euro in, bijvoorbeeld 1.250 of 1.250,50.",
            decimals="Vul een bedrag in met hoogstens twee cijfers achter de komma.",
            min_value="Vul een bedrag in van 0 of meer.",
            max_value=f"Vul een bedrag in van {dutch_number_text(max_value)} of minder.",
        ),
        widget=FastNumberInput(attrs={"class": TEXTBOX_CLASS, "inputmode": "decimal"}),
    )


def year(label, *, required=False, help_text="", required_message=""):
    return IntegerField(
        label=label,
        required=required,
        help_text=help_text,
        min_value=2000,
        max_value=2100,
        error_messages=_messages(
            required_message,
            invalid="Vul een jaartal in, bijvoorbeeld 2027.",
            min_value="Vul een jaartal in van 2000 of later.",
            max_value="Vul een jaartal in van 2100 of eerder.",
        ),
        widget=FastNumberInput(attrs={"class": f"{TEXTBOX_CLASS} utrecht-textbox--year", "inputmode": "numeric"}),
    )


def date_field(label, *, required=False, help_text="", required_message=""):
    return DateField(
        label=label,
        required=required,
        help_text=help_text,
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],
        error_messages=_messages(
            required_message,
            invalid="Vul een geldige datum in, bijvoorbeeld 31-12-2026.",
        ),
        widget=FastDateInput(format="%Y-%m-%d", attrs={"type": "date", "class": TEXTBOX_CLASS}),
    )


def _one_of(choices, widget):
    """(choices, widget) for one answer: radio buttons, or a drop-down list ("select") in table rows."""
    if widget == "select":
        return [EMPTY_CHOICE] + choices, FastSelect(attrs={"class": SELECT_CLASS})
    return choices, RadioSelect(attrs={"class": RADIO_CLASS})


def single_choice(label, options, *, required=False, help_text="", required_message="", widget="radio"):
    """One option of a catalogue, as radio buttons or (widget="select") a drop-down list."""
    choices, widget_instance = _one_of([(option.code, option.label) for option in options], widget)
    field = ChoiceField(
        label=label,
        choices=choices,
        required=required,
        help_text=help_text,
        error_messages=_messages(
            required_message or "Kies één van de mogelijkheden.",
            invalid_choice="Kies één van de mogelijkheden uit de lijst.",
        ),
        widget=widget_instance,
    )
    field.options = tuple(options)
    return field


def multiple_choice(label, options, *, required=False, help_text="", required_message="", widget="checkbox"):
    if widget == "select":
        widget_instance = FastSelectMultiple(attrs={"class": SELECT_CLASS, "size": 4})
    else:
        widget_instance = CheckboxSelectMultiple(attrs={"class": CHECKBOX_CLASS})
    field = MultipleChoiceField(
        label=label,
        choices=[(option.code, option.label) for option in options],
        required=required,
        help_text=help_text,
        error_messages=_messages(
            required_message or "Kies minstens één mogelijkheid.",
            invalid_choice="Kies alleen mogelijkheden uit de lijst.",
            invalid_list="Kies alleen mogelijkheden uit de lijst.",
        ),
        widget=widget_instance,
    )
    field.options = tuple(options)
    return field


def set_options(field, items):
    """Replace the choices of a (multiple) choice field by catalogue-like items (code, label)."""
    items = tuple(items)
    field.options = items
    pairs = [(item.code, item.label) for item in items]
    if isinstance(field, forms.MultipleChoiceField) or not isinstance(field.widget, forms.Select):
        field.choices = pairs
    else:
        field.choices = [EMPTY_CHOICE] + pairs


class YesNoField(TypedChoiceField):
    """Ja/nee; cleans to True, False or None."""

    def prepare_value(self, value):
        # Saved answers hold True/False, the widget offers "ja"/"nee": show the saved one as chosen.
        if isinstance(value, bool):
            return "ja" if value else "nee"
        return value


def yes_no(label, *, required=False, help_text="", required_message="", widget="radio"):
    choices, widget_instance = _one_of([("ja", "Ja"), ("nee", "Nee")], widget)
    return YesNoField(
        label=label,
        choices=choices,
        coerce=lambda value: value == "ja",
        empty_value=None,
        required=required,
        help_text=help_text,
        error_messages=_messages(required_message or "Kies ja of nee.", invalid_choice="Kies ja of nee."),
        widget=widget_instance,
    )


def scale(label, anchors, *, required=False, help_text="", required_message="", widget="radio"):
    """A 1–5 (or 1–3) scale with a label per point; cleans to int."""
    choices, widget_instance = _one_of([(str(value), f"{value} – {text}") for value, text in anchors], widget)
    return TypedChoiceField(
        label=label,
        choices=choices,
        coerce=int,
        empty_value=None,
        required=required,
        help_text=help_text,
        error_messages=_messages(required_message or "Kies een score.", invalid_choice="Kies een score uit de lijst."),
        widget=widget_instance,
    )


# --- Table rows -------------------------------------------------------------------------------

# --- The three kinds of check (domain.md 0.1) ----------------------------------------------
#
# 1. Format, at every save: a field's own `clean()` (a number, a real date, the length, a choice
#    from the list). Only this refuses a save. The forms' and rows' `clean()` methods check
#    format only; the JSON import binds the same forms (planner/history/transfer.py).
# 2. Completeness, when the officer marks the step klaar: `check_complete()` asks for the
#    required fields ("Req."), the required columns of a filled row, the minimum number of rows,
#    and what a form's or row's `completeness()` adds for a "Req. if ..." without advisor rule.
# 3. Consistency (anything that compares two answers): the advisor's findings only
#    (steps/advisor/rules.py). An end date before a start date compares two answers, so it is
#    a finding (R19, R35), not a refusal.

def defer_required(fields):
    """A required field of a step may stay empty when saving; `check_complete` asks for it."""
    for field in fields.values():
        if field.required and isinstance(field, FastCopyMixin) and not field.widget.is_hidden:
            field.required_when_done = True


def add_missing(form):
    """Completeness: the "required" message on every required field of `form` left empty."""
    for name, field in form.fields.items():
        if getattr(field, "required_when_done", False) and name not in form.errors \
                and form.cleaned_data.get(name) in field.empty_values:
            form.add_error(name, ValidationError(field.error_messages["required"], code="required"))


def is_missing(value):
    return value is None or value == "" or value == []


class RowForm(forms.Form):
    """One row of a table. Rows left completely empty are ignored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        defer_required(self.fields)

    def has_content(self):
        data = getattr(self, "cleaned_data", None) or {}
        return any(value not in (None, "", [], False) for key, value in data.items() if key != "DELETE")

    def check_complete(self):
        """Completeness of a filled row (see above); the row's format was checked before."""
        data = dict(self.cleaned_data)
        add_missing(self)
        self.completeness(data)

    def completeness(self, data):
        """Override: errors for a "Req. if ..." of the row that has no advisor rule."""

    def require(self, name, message):
        """For `completeness()`: ask for `name` when it is still empty (and has no other error)."""
        if name not in self.errors and is_missing(self.cleaned_data.get(name)):
            self.add_error(name, ValidationError(message, code="required"))


def fixed_column(column_label, items):
    """The fixed column of a table with one row per catalogue item (a hidden field)."""
    return ChoiceField(
        label=column_label,
        choices=[(item.code, item.label) for item in items],
        widget=FastHiddenInput,
        error_messages={
            "required": "Deze rij hoort bij een vaste lijst. Laad de pagina opnieuw.",
            "invalid_choice": "Deze rij hoort bij een vaste lijst. Laad de pagina opnieuw.",
        },
    )


class FixedRowForm(RowForm):
    """A row of a table with one row per catalogue item (use with `table(fixed=True)`).

    `fixed_field` names the (hidden) column that holds the item's code, `fixed_items` the items.
    """

    fixed_field = ""
    fixed_items = ()

    @classmethod
    def complete_rows(cls, saved_rows):
        """One row per catalogue item, in catalogue order, filled with the saved values."""
        saved = {row.get(cls.fixed_field): row for row in saved_rows or [] if isinstance(row, dict)}
        return [{**saved.get(item.code, {}), cls.fixed_field: item.code} for item in cls.fixed_items]

    def fixed_code(self):
        value = self[self.fixed_field].value()
        return value or (self.initial or {}).get(self.fixed_field, "")

    def fixed_item(self):
        return by_code(self.fixed_items).get(self.fixed_code())

    def fixed_label(self):
        """The row's title on the page: the label of its catalogue item."""
        item = self.fixed_item()
        return item.label if item else ""


class ContextRow(RowForm):
    """A table row whose choice lists (and checks) depend on earlier steps.

    The step form passes ``options`` ({column: items}) and ``context`` (a dict) to every row
    with `configure_table`; rows added later and the empty template row get the same choices.
    """

    def __init__(self, *args, options=None, context=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.context = context or {}
        for name, items in (options or {}).items():
            set_options(self.fields[name], items)


def configure_table(formset, options=None, context=None):
    """Give the rows of a `ContextRow` table their choices and context (see `ContextRow`)."""
    formset.form_kwargs = {**formset.form_kwargs, "options": options or {}, "context": context or {}}


# --- Tables -------------------------------------------------------------------------------

class BaseTableFormSet(forms.BaseFormSet):
    """A table whose rows can be added and removed without JavaScript."""

    min_rows = 0
    min_rows_message = "Vul minstens één rij in."

    def check_complete(self):
        """Completeness: every filled row complete, and at least `min_rows` of them."""
        self.is_valid()
        filled = self._filled_forms()
        for form in filled:
            form.check_complete()
        if len(filled) < self.min_rows:
            self._non_form_errors.append(ValidationError(self.min_rows_message, code="required"))

    def _kept_forms(self):
        """The rows not marked for deletion."""
        return [form for form in self.forms if not (self.can_delete and self._should_delete_form(form))]

    def _filled_forms(self):
        return [form for form in self._kept_forms() if form.has_content()]

    def filled_rows(self):
        """(row form, cleaned data) of the rows that have content and are not deleted.

        Also works when some rows have errors: then only their valid columns are in the data.
        """
        self.is_valid()
        return [(form, form.cleaned_data) for form in self._filled_forms()]

    def posted_values(self, column):
        """The values of one column as the officer entered them, in rows that are not deleted.

        Unlike the cleaned data this also covers rows that still have an error in another column,
        so a check across tables does not add a second, confusing error.
        """
        self.is_valid()
        values = [form[column].value() for form in self._kept_forms()]
        return [value for value in values if value]

    def rows(self):
        """The cleaned, non-empty, non-deleted rows as JSON-ready dicts."""
        return [{key: to_json(value) for key, value in data.items() if key != "DELETE"}
                for _form, data in self.filled_rows()]


def table(row_form, *, label, help_text, max_rows=30, min_rows=0, min_rows_message=None, extra=1,
          can_delete=True, fixed=False):
    """A formset class for a repeating table, with its title and help text for the page.

    `fixed` tables have one row per catalogue item (see `FixedRowForm`): no rows to add or delete.
    """
    formset = forms.formset_factory(
        row_form,
        formset=BaseTableFormSet,
        extra=0 if fixed else extra,
        max_num=max_rows,
        validate_max=True,
        absolute_max=max_rows,
        can_delete=can_delete and not fixed,
    )
    formset.min_rows = min_rows
    formset.fixed = fixed
    formset.max_rows = max_rows
    formset.label = label
    formset.help_text = help_text
    if min_rows_message:
        formset.min_rows_message = min_rows_message
    formset.default_error_messages = {
        "missing_management_form": "Er ging iets mis met de tabel. Laad de pagina opnieuw.",
        "too_many_forms": f"U kunt maximaal {max_rows} rijen invullen.",
        "too_few_forms": "Vul meer rijen in.",
    }
    return formset


def to_json(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


# --- The step form ---------------------------------------------------------------------------

NOTES_SECTION = ("Notities", ["stap_notities"])


class StepForm(forms.Form):
    """A step's questions plus its tables, validated together as one form.

    Subclasses declare their fields, `tables = {"name": table(...)}` and `sections`: the
    fieldsets of the page as (legend, [field or table names]). Every step ends with the notes
    field `stap_notities` in its own section "Notities"; StepForm adds both, and orders the
    fields as the sections do. Tables with one row per catalogue item (`FixedRowForm`) are
    completed by `fixed_rows`; override it for other fixed tables.
    """

    stap_notities = long_text(
        "Notities voor uzelf",
        help_text=(
            "Ruimte voor eigen aantekeningen, bijvoorbeeld wat u nog moet navragen. "
            "Deze notities komen niet in het plan."
        ),
    )

    tables = {}
    sections = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if NOTES_SECTION not in cls.sections:
            cls.sections = (*cls.sections, NOTES_SECTION)
        cls.field_order = [name for _legend, names in cls.sections for name in names]

    def __init__(self, *args, extra_rows=None, plan_answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        defer_required(self.fields)
        #: The answers of the whole plan, so a step can build on earlier steps.
        self.plan_answers = plan_answers or {}
        answers = self.initial or {}
        self.formsets = {}
        for name, formset_class in self.tables.items():
            prefix = f"{self.prefix}-{name}" if self.prefix else name
            rows = list(answers.get(name) or [])
            if getattr(formset_class, "fixed", False):
                rows = self.fixed_rows(name, rows)
            formset = formset_class(
                data=self.data if self.is_bound else None,
                prefix=prefix,
                initial=rows,
            )
            if not self.is_bound and extra_rows and name in extra_rows:
                formset.extra += extra_rows[name]
            self.formsets[name] = formset

    def fixed_rows(self, name, saved_rows):
        """The rows a fixed table starts with: one per catalogue item for a `FixedRowForm`."""
        row_form = self.tables[name].form
        if issubclass(row_form, FixedRowForm):
            return row_form.complete_rows(saved_rows)
        return saved_rows

    def suggestions(self):
        """Suggestions built from earlier steps: a list of (title, [text, ...]). The officer decides."""
        return []

    def is_valid(self):
        form_valid = super().is_valid()
        tables_valid = [formset.is_valid() for formset in self.formsets.values()]
        return form_valid and all(tables_valid)

    def answers(self):
        """Cleaned data as JSON answers (tables as lists of rows).

        For a form that is not valid, the answers that are well formed (what could be read).
        """
        result = {key: to_json(value) for key, value in self.cleaned_data.items()}
        for name, formset in self.formsets.items():
            result[name] = formset.rows()
        return result

    def current_answers(self):
        """The answers the page shows now: on a posted page what is typed there (as far as it is
        well formed, also when the save was refused), otherwise the saved answers."""
        if not self.is_bound:
            return dict(self.initial or {})
        if getattr(self, "_answers_before_check", None) is not None:
            return self._answers_before_check
        self.is_valid()
        return self.answers()

    def check_complete(self):
        """Completeness (domain.md 0.1, kind 2), asked when the step is marked klaar.

        Call after a valid (well-formed) save: adds an error for every answer still missing and
        returns True when nothing is missing. The answers stay readable (`current_answers`).
        """
        self.is_valid()
        self._answers_before_check = self.answers()
        data = dict(self.cleaned_data)
        add_missing(self)
        for formset in self.formsets.values():
            formset.check_complete()
        self.completeness(data)
        return self.is_valid()

    def completeness(self, data):
        """Override: errors for a "Req. if ..." of the step that has no advisor rule."""

    def require(self, name, message):
        """For `completeness()`: ask for `name` when it is still empty (and has no other error)."""
        if name not in self.errors and is_missing(self.cleaned_data.get(name)):
            self.add_error(name, ValidationError(message, code="required"))

    def field_errors(self):
        """(field id, label of the question, message) for every error, in page order."""
        errors = []
        for name in self.fields:
            for message in self.errors.get(name, []):
                errors.append((self[name].id_for_label or self[name].auto_id, self.fields[name].label, message))
        for message in self.non_field_errors():
            errors.append(("", "", message))
        for name, formset in self.formsets.items():
            table_label = getattr(formset, "label", "") or name.replace("_", " ").capitalize()
            for message in formset.non_form_errors():
                errors.append((f"tabel-{formset.prefix}", table_label, message))
            for index, row in enumerate(formset.forms, start=1):
                for field_name, messages in row.errors.items():
                    if field_name == "__all__":
                        anchor, where = f"tabel-{formset.prefix}", f"{table_label}, rij {index}"
                    else:
                        anchor = row[field_name].id_for_label or row[field_name].auto_id
                        where = f"{table_label}, rij {index}, {row.fields[field_name].label}"
                    for message in messages:
                        errors.append((anchor, where, message))
        return errors

    def error_list(self):
        """(field id, message) pairs for the error summary, in page order; each message names its
        question ("Aantal inwoners: Vul een getal in, bijvoorbeeld 14.800.")."""
        return [(anchor, f"{where.rstrip('?:')}: {message}" if where else message)
                for anchor, where, message in self.field_errors()]
