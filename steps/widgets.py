"""Drop-down lists that render their <option> elements in Python.

A table row on the doelgroepen or draagvlak page has drop-downs with dozens of options, and a
page has many rows: through the template renderer that is thousands of small template calls.
These widgets write the same HTML as Django's Jinja2 templates (same attributes, same order,
same escaping: Jinja2 escapes with markupsafe) and keep the escaped options per list of choices,
so a row only decides which options are `selected`.
"""
from functools import lru_cache

from django import forms
from django.utils.safestring import mark_safe
from markupsafe import escape


def attrs_html(attrs):
    """The attributes as Django's attrs.html writes them: True is bare, False is left out."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {name}" if value is True else f' {name}="{escape(value)}"')
    return "".join(parts)


@lru_cache(maxsize=512)
def option_html(choices):
    """The parts of a drop-down's option list; choices is a tuple of (value, label or group).

    Each part is (value, <option>, <option selected>); the <optgroup> tags around a group are
    parts with value None, never selected. Follows ChoiceWidget.optgroups and select.html.
    """
    parts = []
    for value, label in choices:
        value = "" if value is None else value
        if isinstance(label, tuple):
            if value:
                parts.append((None, f'\n  <optgroup label="{escape(value)}">', ""))
            parts.extend(_option(subvalue, sublabel) for subvalue, sublabel in label)
            if value:
                parts.append((None, "\n  </optgroup>", ""))
        else:
            parts.append(_option(value, label))
    return tuple(parts)


def _option(value, label):
    start = f'\n  <option value="{escape(value)}"'
    end = f">{escape(label)}</option>"
    return str(value), start + end, start + " selected" + end


def cached_options(choices):
    """The cached options, or None when the choices cannot be a cache key."""
    try:
        return option_html(tuple((value, _as_tuple(label)) for value, label in choices))
    except (TypeError, ValueError):
        return None


def _as_tuple(label):
    if isinstance(label, (list, tuple)):
        return tuple((value, sublabel) for value, sublabel in label)
    return label


class FastCopyMixin:
    """Copies a widget the way Widget.__deepcopy__ does, only faster (see steps.forms.FastCopyMixin).

    A choice widget's copy shares its choice list instead of copying it (Django copies it for
    every form it builds: thousands of lists on a page with 40 table rows). Our choice lists
    are never changed in place; a new list is assigned instead (steps.forms.set_options).
    """

    def __deepcopy__(self, memo):
        obj = shallow_copy(self)
        obj.attrs = self.attrs.copy()
        memo[id(self)] = obj
        return obj


class RadioSelect(FastCopyMixin, forms.RadioSelect):
    pass


class CheckboxSelectMultiple(FastCopyMixin, forms.CheckboxSelectMultiple):
    pass


def shallow_copy(obj):
    """copy.copy() for plain objects without its generic (and, per table row, slow) protocol."""
    result = object.__new__(type(obj))
    result.__dict__.update(obj.__dict__)
    return result


class FastSelectMixin(FastCopyMixin):
    """`render()` without templates; falls back to Django's if the choices are unusual."""

    def render(self, name, value, attrs=None, renderer=None):
        options = cached_options(self.choices)
        if options is None:
            return super().render(name, value, attrs, renderer)
        final_attrs = self.build_attrs(self.attrs, attrs)
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        chosen = set(self.format_value(value))
        parts = [f'<select name="{escape(name)}"{attrs_html(final_attrs)}>']
        has_selected = False
        for option_value, plain, selected in options:
            # Like ChoiceWidget.optgroups: a single select marks only the first match.
            is_selected = (option_value is not None and (not has_selected or self.allow_multiple_selected)
                           and option_value in chosen)
            has_selected |= is_selected
            parts.append(selected if is_selected else plain)
        parts.append("\n</select>")
        return mark_safe("".join(parts))


class FastSelect(FastSelectMixin, forms.Select):
    pass


class FastSelectMultiple(FastSelectMixin, forms.SelectMultiple):
    pass


# --- Text boxes ---------------------------------------------------------------------------
# A row of a table has several text boxes; the same HTML as input.html / textarea.html,
# written directly.

class FastInputMixin(FastCopyMixin):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value_html = "" if widget["value"] is None else f' value="{escape(widget["value"])}"'
        return mark_safe(f'<input type="{escape(widget["type"])}" name="{escape(name)}"'
                         f'{value_html}{attrs_html(widget["attrs"])}>')


class FastTextInput(FastInputMixin, forms.TextInput):
    pass


class FastNumberInput(FastInputMixin, forms.NumberInput):
    pass


class FastDateInput(FastInputMixin, forms.DateInput):
    pass


class FastHiddenInput(FastInputMixin, forms.HiddenInput):
    pass


class FastTextarea(FastCopyMixin, forms.Textarea):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        text = escape(widget["value"]) if widget["value"] else ""
        return mark_safe(f'<textarea name="{escape(name)}"{attrs_html(widget["attrs"])}>\n{text}</textarea>')
