"""Small helpers to render form fields the NL Design System / GOV.UK way."""
from django import forms, template

register = template.Library()

CHOICE_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.filter
def is_choice_group(bound_field):
    """Radio buttons and checkboxes go in a fieldset with a legend."""
    return isinstance(bound_field.field.widget, CHOICE_WIDGETS)


def describedby(bound_field, show_errors=True):
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_hint")
    if show_errors and bound_field.errors:
        ids.append(f"{bound_field.auto_id}_error")
    return " ".join(ids)


@register.filter
def describedby_ids(bound_field, show_errors=True):
    return describedby(bound_field, show_errors)


@register.simple_tag
def render_widget(bound_field, show_errors=True):
    """The input with aria-describedby pointing at its hint and error, and aria-invalid."""
    attrs = {}
    ids = describedby(bound_field, show_errors)
    if ids:
        attrs["aria-describedby"] = ids
    if show_errors and bound_field.errors:
        attrs["aria-invalid"] = "true"
    if bound_field.field.required:
        attrs["aria-required"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.simple_tag
def options_with_hints(bound_field):
    """Each radio/checkbox option with the catalogue's explanation of it, if any."""
    hints = {option.code: getattr(option, "uitleg", "") for option in getattr(bound_field.field, "options", ())}
    return [{"widget": sub, "hint": hints.get(str(sub.data["value"]), "")} for sub in bound_field.subwidgets]


@register.filter
def field_or_table(form, name):
    """A section item: ('field', bound field) or ('table', formset)."""
    if name in form.fields:
        return ("field", form[name])
    return ("table", form.formsets[name])


@register.filter
def row_title(row_form, index):
    title = getattr(row_form, "fixed_label", None) or getattr(row_form, "row_title", None)
    if callable(title):
        text = title()
        if text:
            return text
    return f"Rij {index}"


@register.filter
def table_label(formset, name):
    return getattr(formset, "label", "") or name.replace("_", " ").capitalize()
