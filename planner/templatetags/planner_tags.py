"""Small helpers to render form fields the NL Design System / GOV.UK way."""
import copy

from django import forms, template

from planner.views import session_seconds_left as seconds_left
from steps.registry import BY_SLUG

register = template.Library()

CHOICE_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


@register.filter
def is_choice_group(bound_field):
    """Radio buttons and checkboxes go in a fieldset with a legend."""
    return isinstance(bound_field.field.widget, CHOICE_WIDGETS)


@register.filter
def max_chars(bound_field):
    """The character limit of a long text field (its textarea says data-maxlength), else None."""
    if not isinstance(bound_field.field.widget, forms.Textarea):
        return None
    try:
        return int(bound_field.field.widget.attrs.get("data-maxlength") or 0) or None
    except (TypeError, ValueError):
        return None


@register.filter
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


@register.filter
def describedby_ids(bound_field, show_errors=True):
    return describedby(bound_field, show_errors)


def with_custom_checkbox(attrs):
    """Checkbox attributes with NL Design System's drawn checkbox (the browser's is tiny)."""
    attrs = dict(attrs)
    classes = attrs.get("class", "")
    if "utrecht-checkbox" in classes and "utrecht-checkbox--custom" not in classes:
        attrs["class"] = f"{classes} utrecht-checkbox--custom"
    return attrs


@register.simple_tag
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


NUMBER_ONLY_ATTRS = ("min", "max", "step")


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


@register.simple_tag
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


@register.simple_tag(takes_context=True)
def session_seconds_left(context):
    """Seconds until the officer's session ends, for the warning in static/js/app.js."""
    return seconds_left(context["request"])


@register.simple_tag(takes_context=True)
def header_gemeente(context):
    """The gemeente for the page header: the plan's, or the user's only gemeente."""
    plan = context.get("plan")
    if plan is not None and getattr(plan, "gemeente", None):
        return plan.gemeente.naam
    memberships = context.get("memberships")
    if memberships is None:
        user = context.get("user")
        if user is None or not user.is_authenticated:
            return ""
        memberships = user.memberships.select_related("gemeente")[:2]
    memberships = list(memberships)
    return memberships[0].gemeente.naam if len(memberships) == 1 else ""


@register.simple_tag
def checkbox_widget(bound_field):
    """A plain checkbox (such as a table row's "Verwijder") in NL Design System style."""
    return bound_field.as_widget(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"})


@register.filter
def finding_anchor(finding):
    """The id of the question an advisor finding is about, on its step page; "" if none."""
    step = BY_SLUG.get(getattr(finding, "step", ""))
    field = getattr(finding, "field", "")
    if step is None or not field:
        return ""
    if field in step.Form.base_fields:
        return f"id_{step.SLUG}-{field}"
    if field in step.Form.tables:
        return f"tabel-{step.SLUG}-{field}"
    return ""


@register.filter
def step_number(slug):
    """The number of a step from its slug, for "Stap 3" in texts."""
    step = BY_SLUG.get(slug)
    return step.NUMBER if step else ""
