"""How a form field is shown the NL Design System / GOV.UK way: pure helpers shared by the
field templates (templates/jinja2/planner/) and the template tags (planner/templatetags/)."""
import copy
import re

from django import forms
from django.utils.safestring import mark_safe
from markupsafe import escape

from steps.widgets import attrs_html

CHOICE_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)
NUMBER_ONLY_ATTRS = ("min", "max", "step")


def is_choice_group(bound_field):
    """Radio buttons and checkboxes go in a fieldset with a legend."""
    return isinstance(bound_field.field.widget, CHOICE_WIDGETS)


def max_chars(bound_field):
    """The character limit of a long text field (its textarea says data-maxlength), else None."""
    if not isinstance(bound_field.field.widget, forms.Textarea):
        return None
    try:
        return int(bound_field.field.widget.attrs.get("data-maxlength") or 0) or None
    except (TypeError, ValueError):
        return None


def dutch_int(value):
    """12345 -> "12.345", the Dutch way of grouping thousands."""
    return f"{int(value):,}".replace(",", ".")


def describedby(bound_field, show_errors=True, with_hint=True):
    """Ids of the texts that describe a field: its hint (in a fixed table, the column's hint above
    the table), its character count and its error."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_hint" if with_hint else column_hint_id(bound_field))
    if max_chars(bound_field):
        ids.append(f"{bound_field.auto_id}_count")
    if show_errors and bound_field.errors:
        ids.append(f"{bound_field.auto_id}_error")
    return " ".join(ids)


def with_custom_checkbox(attrs):
    """Checkbox attributes with NL Design System's drawn checkbox (the browser's is tiny)."""
    attrs = dict(attrs)
    classes = attrs.get("class", "")
    if "utrecht-checkbox" in classes and "utrecht-checkbox--custom" not in classes:
        attrs["class"] = f"{classes} utrecht-checkbox--custom"
    return attrs


#: A hint longer than this whose example ("Bijvoorbeeld: …") is longer than EXAMPLE_LENGTH shows
#: the example folded away behind "Voorbeeld" (a <details>): the page stays shorter.
LONG_HINT, EXAMPLE_LENGTH = 120, 40
EXAMPLE_START = re.compile(r"\bBijvoorbeeld\b[:,]?\s*")


def hint_parts(text):
    """(main text, example) of a hint; example is "" when the hint is short or has no example.

    "Waarom deze score? Bijvoorbeeld: 'De planning is nog niet gedeeld.'" ->
    ("Waarom deze score?", "'De planning is nog niet gedeeld.'")."""
    text = str(text or "")
    match = EXAMPLE_START.search(text)
    if len(text) <= LONG_HINT or match is None or match.start() == 0 or len(text) - match.start() <= EXAMPLE_LENGTH:
        return text, ""
    example = text[match.end():].strip()
    return text[:match.start()].rstrip(), example[:1].upper() + example[1:]


def render_widget(bound_field, show_errors=True, with_hint=True):
    """The input with aria-describedby pointing at its hint and error, and aria-invalid."""
    widget = text_for_numbers(bound_field.field.widget)
    attrs = {}
    if getattr(widget, "input_type", "") == "checkbox":
        attrs["class"] = with_custom_checkbox(widget.attrs).get("class", "")
    ids = describedby(bound_field, show_errors, with_hint)
    if ids:
        attrs["aria-describedby"] = ids
    if show_errors and bound_field.errors:
        attrs["aria-invalid"] = "true"
    if bound_field.field.required:
        attrs["aria-required"] = "true"
    return bound_field.as_widget(widget=widget, attrs=attrs)


def text_for_numbers(widget):
    """A number field as a text box with a numeric keyboard, as GOV.UK advises.

    type="number" changes a value when you scroll over it, and cannot show a mistyped value
    back to the officer; the form's own validation explains what is wrong instead.
    """
    if not isinstance(widget, forms.NumberInput):
        return widget
    widget = copy.copy(widget)
    widget.input_type = "text"
    widget.attrs = {key: value for key, value in widget.attrs.items() if key not in NUMBER_ONLY_ATTRS}
    widget.attrs.setdefault("inputmode", "numeric")
    widget.attrs.setdefault("spellcheck", "false")
    return widget


def options_with_hints(bound_field):
    """Each radio/checkbox option with the catalogue's explanation of it, if any.

    An option with an explanation gets aria-describedby pointing at it, so a screen reader
    reads the explanation together with the option.
    """
    hints = {option.code: getattr(option, "uitleg", "") for option in getattr(bound_field.field, "options", ())}
    result = []
    for sub in bound_field.subwidgets:
        hint = hints.get(str(sub.data["value"]), "")
        hint_id = f"{sub.id_for_label}_hint" if hint else ""
        attrs = with_custom_checkbox(sub.data["attrs"])
        if hint_id:
            attrs["aria-describedby"] = hint_id
        sub.data["attrs"] = attrs
        result.append({"widget": sub, "input": option_input(sub.data), "hint": hint, "hint_id": hint_id})
    return result


def option_input(data):
    """The <input> of one radio button or checkbox, as Django's input.html writes it (BoundWidget.tag()).

    Written here instead of through the widget templates: a step page has up to 120 options, and
    a template render per option was a quarter of the page's CPU time (bench/step_pages.py).
    """
    value = "" if data["value"] is None else f' value="{escape(data["value"])}"'
    return mark_safe(f'<input type="{escape(data["type"])}" name="{escape(data["name"])}"{value}{attrs_html(data["attrs"])}>')


#: Options that fit on one line next to each other (a scale, ja/nee): at most this many, this long.
INLINE_OPTIONS, INLINE_LABEL_LENGTH = 6, 30
#: From this many options a list has two columns on a wide screen.
COLUMN_OPTIONS = 8


def is_short_input(bound_field):
    """A number, year or date: a narrow box that can sit next to another one on a wide screen."""
    return isinstance(bound_field.field.widget, (forms.NumberInput, forms.DateInput))


def choice_layout(bound_field, options):
    """How a list of radio buttons or checkboxes is laid out, to keep the page short:
    "inline" for a few short radio options without explanations (a scale, ja/nee),
    "columns" for a long list (two columns on a wide screen), else "" (one under the other)."""
    if len(options) >= COLUMN_OPTIONS:
        return "columns"
    if (len(options) <= INLINE_OPTIONS and not isinstance(bound_field.field.widget, forms.CheckboxSelectMultiple)
            and not any(option["hint"] for option in options)
            and all(len(str(option["widget"].choice_label)) <= INLINE_LABEL_LENGTH for option in options)):
        return "inline"
    return ""


def column_hints(formset):
    """(id, label, hint) of each visible column of a fixed table that has a hint: shown once above
    the table instead of in every row (templates/jinja2/planner/table.html)."""
    return [(f"uitleg-{formset.prefix}-{name}", field.label, field.help_text)
            for name, field in formset.form.base_fields.items()
            if field.help_text and not field.widget.is_hidden and name != "DELETE"]


def column_hint_id(bound_field):
    """The id of the hint above a fixed table for this field of one of its rows (see column_hints):
    a row's prefix is the table's prefix and the row number."""
    return f"uitleg-{bound_field.form.prefix.rsplit('-', 1)[0]}-{bound_field.name}"


def checkbox_widget(bound_field):
    """A plain checkbox (such as a table row's "Verwijder") in NL Design System style."""
    return bound_field.as_widget(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"})


def row_title(row_form, index):
    """A table row's title: its catalogue item or own summary, else "Rij 3"."""
    title = getattr(row_form, "fixed_label", None) or getattr(row_form, "row_title", None)
    if callable(title):
        text = title()
        if text:
            return text
    return f"Rij {index}"


def table_label(formset, name):
    return getattr(formset, "label", "") or name.replace("_", " ").capitalize()


def summary_errors(form):
    """(field id, message) for an error summary: each message names its question, as the step
    forms' error_list does ("Titel: Vul een titel in.")."""
    return [(form[name].auto_id, f"{form.fields[name].label.rstrip('?:')}: {message}")
            for name, errors in form.errors.items() if name in form.fields for message in errors]


#: What the field templates may call (see planner.wizard.form_renderer).
TEMPLATE_HELPERS = {function.__name__: function for function in (
    is_choice_group, max_chars, dutch_int, describedby, render_widget, options_with_hints,
    checkbox_widget, row_title, table_label, choice_layout, column_hints, is_short_input, hint_parts)}
