"""The fast widgets write exactly the HTML Django's own widgets would write."""
from datetime import date

import pytest
from django import forms
from django.forms.renderers import Jinja2

from steps import widgets

TRICKY = ['a"b', "<script>x</script>", "R&D", "it's", "", None, 0, 42, "ja", date(2026, 11, 27)]
CHOICES = [("", "Kies…"), ("a\"b", "Quote \" label"), ("<x>", "<b>vet</b> & zo"), ("42", "42"), ("ja", "Ja")]
GROUPED = [("", "Kies…"), ("Groep <1>", [("g1", "Eén"), ("g2", "Twee & drie")]), ("los", "Los")]
PAIRS = [
    (widgets.FastSelect, forms.Select, {"choices": CHOICES}),
    (widgets.FastSelect, forms.Select, {"choices": GROUPED}),
    (widgets.FastSelectMultiple, forms.SelectMultiple, {"choices": CHOICES}),
    (widgets.FastTextInput, forms.TextInput, {}),
    (widgets.FastNumberInput, forms.NumberInput, {}),
    (widgets.FastDateInput, forms.DateInput, {"format": "%Y-%m-%d"}),
    (widgets.FastHiddenInput, forms.HiddenInput, {}),
    (widgets.FastTextarea, forms.Textarea, {}),
]


@pytest.mark.parametrize("fast_class, django_class, kwargs", PAIRS)
@pytest.mark.parametrize("value", TRICKY + [["a\"b", "42"], ["<x>"]])
def test_it_renders_like_django(fast_class, django_class, kwargs, value):
    attrs = {"class": "utrecht-x", "aria-describedby": "id_x_hint", "required": True, "data-q": 'a"<'}
    renderer = Jinja2()
    fast = fast_class(attrs=dict(attrs), **kwargs).render("stap-veld", value, {"id": "id_veld"}, renderer)
    plain = django_class(attrs=dict(attrs), **kwargs).render("stap-veld", value, {"id": "id_veld"}, renderer)
    assert str(fast) == str(plain)


def test_copies_of_a_form_share_choice_lists_but_new_choices_stay_in_one_form():
    from steps.forms import set_options
    from steps.s6_doelgroepen import Form as DoelgroepenForm

    row_class = DoelgroepenForm().formsets["vindplaatsen"].form
    row_a, row_b = row_class(prefix="a"), row_class(prefix="b")
    field_a, field_b = row_a.fields["vindplaats"], row_b.fields["vindplaats"]
    assert field_a is not field_b and field_a.widget is not field_b.widget
    assert field_a.choices is field_b.choices  # shared, not copied per row
    assert field_a.widget.attrs is not field_b.widget.attrs

    Item = type("Item", (), {})
    only = Item()
    only.code, only.label = "x", "Alleen deze"
    set_options(field_a, [only])
    assert [value for value, _ in field_a.widget.choices] == ["", "x"]
    assert len(field_b.choices) > 2 and "x" not in [value for value, _ in field_b.widget.choices]
    assert len(row_class.base_fields["vindplaats"].choices) == len(field_b.choices)
