"""How a form field is shown the NL Design System / GOV.UK way: pure helpers shared by the
field templates (templates/jinja2/planner/) and the template tags (planner/templatetags/)."""
import copy

from django import forms

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


def describedby(bound_field, show_errors=True):
    """Ids of the texts that describe a field: its hint, its character count and its error."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_hint")
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


def render_widget(bound_field, show_errors=True):
    """The input with aria-describedby pointing at its hint and error, and aria-invalid."""
    widget = text_for_numbers(bound_field.field.widget)
    attrs = {}
    if getattr(widget, "input_type", "") == "checkbox":
        attrs["class"] = with_custom_checkbox(widget.attrs).get("class", "")
    ids = describedby(bound_field, show_errors)
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
        result.append({"widget": sub, "hint": hint, "hint_id": hint_id})
    return result


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
    checkbox_widget, row_title, table_label)}
