"""Turn stored answers back into the form data a browser would post, and the other way round.

Used where answers must go through a step form again: a merged conflict that the officer
wants to edit further, and typed input of a conflict shown next to a colleague's answers.
"""
from django import forms
from django.utils.datastructures import MultiValueDict

from steps.forms import to_json


def _choice_values(field):
    values = set()
    for key, value in getattr(field, "choices", []):
        if isinstance(value, (list, tuple)):
            values.update(str(k) for k, _ in value)
        else:
            values.add(str(key))
    return values


def widget_value(field, value):
    """One answer as its widget posts it; None means the key is not posted at all."""
    if isinstance(field, forms.BooleanField):
        return "on" if value else None
    if isinstance(value, bool):
        if {"ja", "nee"} <= _choice_values(field):
            return "ja" if value else "nee"
        return "True" if value else "False"
    if value is None:
        return "" if isinstance(field, (forms.CharField, forms.DateField, forms.IntegerField,
                                        forms.DecimalField, forms.FloatField)) else None
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value] if value else None
    if isinstance(value, float):
        # As an officer types it: "1250,5" (a dot would group thousands, see parse_dutch_number).
        return repr(value).replace(".", ",")
    return str(value)


def form_data(step, answers, *, plan_answers=None):
    """The POST data (as a MultiValueDict) that shows `answers` of `step` in its form."""
    answers = answers if isinstance(answers, dict) else {}
    prefix = step.SLUG
    data = MultiValueDict()

    def put(key, field, value):
        posted = widget_value(field, value)
        if isinstance(posted, list):
            data.setlist(key, posted)
        elif posted is not None:
            data[key] = posted

    for name, field in step.Form.base_fields.items():
        put(f"{prefix}-{name}", field, answers.get(name))
    helper = step.Form(plan_answers=plan_answers or {}, initial=answers) if step.Form.tables else None
    for name, formset_class in step.Form.tables.items():
        rows = [dict(row) for row in answers.get(name) or [] if isinstance(row, dict)]
        fixed = getattr(formset_class, "fixed", False)
        if fixed:
            rows = helper.fixed_rows(name, rows)
        table = f"{prefix}-{name}"
        data[f"{table}-TOTAL_FORMS"] = str(len(rows))
        data[f"{table}-INITIAL_FORMS"] = str(len(rows))  # as a browser posts a page with saved rows
        data[f"{table}-MIN_NUM_FORMS"] = "0"
        data[f"{table}-MAX_NUM_FORMS"] = str(getattr(formset_class, "max_rows", 1000))
        for index, row in enumerate(rows):
            for column, field in formset_class.form.base_fields.items():
                put(f"{table}-{index}-{column}", field, row.get(column))
    return data


def bind(step, data, *, plan_answers=None):
    """The step's form bound to posted data, as the wizard builds it."""
    if not isinstance(data, MultiValueDict):
        data = MultiValueDict({key: value if isinstance(value, list) else [value] for key, value in data.items()})
    return step.Form(data=data, prefix=step.SLUG, plan_answers=plan_answers or {})


def through_form(step, answers, *, plan_answers=None):
    """(format errors, answers, complete) of stored `answers` saved through the step's form, as
    the wizard saves them. The errors are (where, message) for every format error (domain.md 0.1,
    kind 1); the answers are what the form stores; `complete` says whether the step may be klaar
    (kind 2). Used by the JSON import, so a file and the form accept the same answers and mark
    the same steps klaar. Consistency (kind 3) is the advisor's, never checked here.
    """
    plan_answers = plan_answers or {}
    form = step.Form(data=form_data(step, answers, plan_answers=plan_answers), prefix=step.SLUG,
                     plan_answers=plan_answers, initial=answers)
    if form.is_valid():
        saved = form.answers()
        return [], saved, form.check_complete()
    return [(where, message) for _anchor, where, message in form.field_errors()], None, False


def answers_from_input(step, data, *, plan_answers=None):
    """(answers, errors) for typed input: all answers when it validates, else what could be read.

    `errors` maps a question (field or table name) to True when its input did not validate,
    so a page can say which answers are not complete yet.
    """
    form = bind(step, data, plan_answers=plan_answers)
    if form.is_valid():
        return form.answers(), {}
    answers = {name: to_json(value) for name, value in form.cleaned_data.items()}
    errors = {name: True for name in form.errors if name in form.fields}
    for name, formset in form.formsets.items():
        try:
            answers[name] = formset.rows()
        except (AttributeError, KeyError):  # a row without cleaned data: nothing readable
            answers[name] = []
        if not formset.is_valid():
            errors[name] = True
    return answers, errors
