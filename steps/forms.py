"""Form building blocks shared by the eight steps.

A step is one Django form (`StepForm`) that may carry repeating tables. Each table is a
formset bound to the same POST data under its own prefix, so formtools can treat the whole
step as a single form. `StepForm.answers()` turns the cleaned data into the JSON answers of
the contract in `steps/__init__.py`.
"""
from datetime import date
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 5000
RADIO_CLASS = "utrecht-radio-button utrecht-radio-button--html-input"
CHECKBOX_CLASS = "utrecht-checkbox utrecht-checkbox--html-input"


# --- Fields with plain-Dutch messages -----------------------------------------------------

def _messages(required_message, **extra):
    messages = {"required": required_message or "Vul dit veld in."}
    messages.update(extra)
    return messages


def short_text(label, *, required=False, help_text="", required_message="", max_length=SHORT_TEXT_MAX):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        error_messages=_messages(
            required_message,
            max_length=f"Gebruik maximaal {max_length} tekens.",
        ),
        widget=forms.TextInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input"}),
    )


def long_text(label, *, required=False, help_text="", required_message="", max_length=LONG_TEXT_MAX):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        error_messages=_messages(
            required_message,
            max_length=f"Gebruik maximaal {max_length} tekens.",
        ),
        widget=forms.Textarea(
            attrs={"rows": 5, "class": "utrecht-textarea utrecht-textarea--html-textarea",
                   "data-maxlength": max_length}
        ),
    )


def number(label, *, required=False, help_text="", required_message="", min_value=0, max_value=10**9):
    return forms.IntegerField(
        label=label,
        required=required,
        help_text=help_text,
        min_value=min_value,
        max_value=max_value,
        error_messages=_messages(
            required_message,
            invalid="Vul een heel getal in, zonder punten of letters.",
            min_value=f"Vul een getal in van {min_value} of meer.",
            max_value=f"Vul een getal in van {max_value} of minder.",
        ),
        widget=forms.NumberInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input", "inputmode": "numeric"}),
    )


def year(label, *, required=False, help_text="", required_message=""):
    return forms.IntegerField(
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
        widget=forms.NumberInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input utrecht-textbox--year", "inputmode": "numeric"}),
    )


def date_field(label, *, required=False, help_text="", required_message=""):
    return forms.DateField(
        label=label,
        required=required,
        help_text=help_text,
        input_formats=["%Y-%m-%d", "%d-%m-%Y"],
        error_messages=_messages(
            required_message,
            invalid="Vul een geldige datum in, bijvoorbeeld 31-12-2026.",
        ),
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", "class": "utrecht-textbox utrecht-textbox--html-input"}),
    )


def single_choice(label, options, *, required=False, help_text="", required_message="", widget="radio"):
    """Radio buttons (or a select for long lists in table rows) over catalogue options."""
    choices = [(option.code, option.label) for option in options]
    if widget == "select":
        choices = [("", "Kies…")] + choices
        widget_instance = forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"})
    else:
        widget_instance = forms.RadioSelect(attrs={"class": RADIO_CLASS})
    field = forms.ChoiceField(
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
        widget_instance = forms.SelectMultiple(attrs={"class": "utrecht-select utrecht-select--html-select", "size": 4})
    else:
        widget_instance = forms.CheckboxSelectMultiple(attrs={"class": CHECKBOX_CLASS})
    field = forms.MultipleChoiceField(
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


def yes_no(label, *, required=False, help_text="", required_message=""):
    """A ja/nee question as two radio buttons; cleans to True, False or None."""
    return forms.TypedChoiceField(
        label=label,
        choices=[("ja", "Ja"), ("nee", "Nee")],
        coerce=lambda value: value == "ja",
        empty_value=None,
        required=required,
        help_text=help_text,
        error_messages=_messages(required_message or "Kies ja of nee.", invalid_choice="Kies ja of nee."),
        widget=forms.RadioSelect(attrs={"class": RADIO_CLASS}),
    )


def scale(label, anchors, *, required=False, help_text="", required_message=""):
    """A 1–5 (or 1–3) scale with a label per point, as radio buttons; cleans to int."""
    return forms.TypedChoiceField(
        label=label,
        choices=[(str(value), f"{value} – {text}") for value, text in anchors],
        coerce=int,
        empty_value=None,
        required=required,
        help_text=help_text,
        error_messages=_messages(required_message or "Kies een score.", invalid_choice="Kies een score uit de lijst."),
        widget=forms.RadioSelect(attrs={"class": RADIO_CLASS}),
    )


# --- Tables -------------------------------------------------------------------------------

class RowForm(forms.Form):
    """One row of a table. Rows left completely empty are ignored."""

    def has_content(self):
        return any(value not in (None, "", [], False) for key, value in self.cleaned_data.items()
                   if key != "DELETE")


class BaseTableFormSet(forms.BaseFormSet):
    """A table whose rows can be added and removed without JavaScript."""

    min_rows = 0
    min_rows_message = "Vul minstens één rij in."

    def clean(self):
        if any(self.errors):
            return
        filled = [form for form in self.forms
                  if form.cleaned_data and not self._should_delete_form(form) and form.has_content()]
        if len(filled) < self.min_rows:
            raise ValidationError(self.min_rows_message)

    def rows(self):
        """The cleaned, non-empty, non-deleted rows as JSON-ready dicts."""
        result = []
        for form in self.forms:
            if not form.cleaned_data or self._should_delete_form(form) or not form.has_content():
                continue
            result.append({key: to_json(value) for key, value in form.cleaned_data.items() if key != "DELETE"})
        return result


def table(row_form, *, extra=1, max_rows=30, min_rows=0, min_rows_message=None, can_delete=True, fixed=False,
          label="", help_text=""):
    """A formset class for a repeating table. `fixed` tables have one row per catalogue item."""
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
    return formset


def to_json(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


class StepForm(forms.Form):
    """A step's questions plus its tables, validated together as one form.

    Subclasses declare `tables = {"name": FormSetClass}` and may implement
    `fixed_rows(name) -> list[dict]` for tables with a row per catalogue item.
    """

    tables = {}
    #: Fieldsets for the page: list of (legend, [field names or table names]).
    sections = ()

    def __init__(self, *args, extra_rows=None, plan_answers=None, **kwargs):
        super().__init__(*args, **kwargs)
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
        return saved_rows

    def suggestions(self):
        """Suggestions built from earlier steps: a list of (title, [text, ...]). The officer decides."""
        return []

    def is_valid(self):
        form_valid = super().is_valid()
        tables_valid = [formset.is_valid() for formset in self.formsets.values()]
        return form_valid and all(tables_valid)

    def answers(self):
        """Cleaned data of a valid form as JSON answers (tables as lists of rows)."""
        result = {key: to_json(value) for key, value in self.cleaned_data.items()}
        for name, formset in self.formsets.items():
            result[name] = formset.rows()
        return result

    def error_list(self):
        """(field id, message) pairs for the error summary, in page order."""
        errors = []
        for name in self.fields:
            for message in self.errors.get(name, []):
                errors.append((self[name].id_for_label or self[name].auto_id, message))
        for message in self.non_field_errors():
            errors.append(("", message))
        for name, formset in self.formsets.items():
            for message in formset.non_form_errors():
                errors.append((f"tabel-{formset.prefix}", message))
            for index, row in enumerate(formset.forms, start=1):
                for field_name, messages in row.errors.items():
                    if field_name == "__all__":
                        anchor = f"tabel-{formset.prefix}"
                    else:
                        anchor = row[field_name].id_for_label or row[field_name].auto_id
                    for message in messages:
                        errors.append((anchor, f"Rij {index}: {message}"))
        return errors
