"""Build the POST data a browser would send for a step form, from answers.

    data = post_data(s1_visie.Form, answers)          # prefix defaults to the step's SLUG
    form = s1_visie.Form(data=data, prefix="visie")

Fields become "<prefix>-<field>", table cells "<prefix>-<table>-<i>-<column>", and every
table gets its management form ("-TOTAL_FORMS", "-INITIAL_FORMS", ...). Values follow the
answers contract (steps/__init__.py) and are turned into what the widgets post: True/False
for a ja/nee question become "ja"/"nee", numbers become text, a multiple choice stays a list,
an empty answer is left out (like an unticked radio button) or sent as "" for text.

The result is a plain dict, so a test can change or delete single keys before binding.
"""
import copy
import sys

from planner.wizard.formdata import widget_value  # the one place that knows how widgets post answers


def _put(data, key, field, value):
    posted = widget_value(field, value)
    if posted is not None:
        data[key] = posted


def step_prefix(form_class):
    return getattr(sys.modules[form_class.__module__], "SLUG", "")


def post_data(form_class, answers, *, prefix=None, plan_answers=None, complete_fixed=True):
    """POST data for `form_class` holding `answers` (one step's answers dict).

    Fixed tables are first completed with `Form.fixed_rows()` (one row per catalogue item),
    as the page would render them; pass complete_fixed=False to post the rows as given.
    """
    answers = answers or {}
    prefix = step_prefix(form_class) if prefix is None else prefix
    name_of = (lambda name: f"{prefix}-{name}") if prefix else (lambda name: name)
    data = {}
    for name, field in form_class.base_fields.items():
        _put(data, name_of(name), field, answers.get(name))

    tables = getattr(form_class, "tables", {})
    helper = form_class(plan_answers=plan_answers) if tables else None
    for name, formset_class in tables.items():
        rows = [dict(row) for row in answers.get(name) or []]
        fixed = getattr(formset_class, "fixed", False)
        if fixed and complete_fixed:
            rows = helper.fixed_rows(name, rows)
        table_prefix = name_of(name)
        data[f"{table_prefix}-TOTAL_FORMS"] = str(len(rows))
        data[f"{table_prefix}-INITIAL_FORMS"] = str(len(rows))  # as a browser posts a page with saved rows
        data[f"{table_prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{table_prefix}-MAX_NUM_FORMS"] = str(getattr(formset_class, "max_rows", 1000))
        columns = formset_class.form.base_fields
        for index, row in enumerate(rows):
            for column, field in columns.items():
                _put(data, f"{table_prefix}-{index}-{column}", field, row.get(column))
    return data


def bind(module, answers, *, plan_answers=None, **kwargs):
    """A bound form of a step module (s1_visie, ...) holding `answers`."""
    data = post_data(module.Form, answers, prefix=module.SLUG, plan_answers=plan_answers, **kwargs)
    return module.Form(data=data, prefix=module.SLUG, plan_answers=plan_answers)


def step(plan, module):
    """A copy of one step's answers from a plan's answers."""
    return copy.deepcopy(plan[module.SLUG])


def klaar(form):
    """Saving `form` and marking its step klaar: True when it saves (format) and is complete."""
    return form.is_valid() and form.check_complete()


def missing(form):
    """The messages of what is still missing when the step is marked klaar; the save itself works."""
    assert form.is_valid(), form.error_list()
    assert not form.check_complete()
    return [message for _anchor, _where, message in form.field_errors()]


def valid_form(module, answers, plan):
    """The step form bound to `answers`, asserted valid."""
    form = bind(module, answers, plan_answers=plan)
    assert form.is_valid(), form.error_list()
    return form
