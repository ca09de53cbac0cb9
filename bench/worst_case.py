"""The worst plan an officer can type: every text at its maximum length, as unbroken runs.

Text fields and the text cells of the demo's table rows are filled to their limit with
"words" of `run` letters and no space (a pasted link, a finger on a key): the input that once
kept the PDF worker busy for minutes. Used by bench/pdf.py --worst and tests/test_render_bounds.py.
"""
import copy

from django import forms

from steps import demo_data
from steps.registry import STEPS


def unbroken(length, run):
    word = ("mantelzorgondersteuning" * (run // 23 + 1))[:run]
    return " ".join([word] * (length // (run + 1) + 1))[:length]


def text_fields(form_class):
    return [name for name, field in form_class.base_fields.items()
            if isinstance(field, forms.CharField) and not isinstance(field, forms.ChoiceField)]


def worst_case_answers(run=1000):
    answers = copy.deepcopy(demo_data.answers())
    for step in STEPS:
        step_answers = answers[step.SLUG]
        for name in text_fields(step.Form):
            step_answers[name] = unbroken(step.Form.base_fields[name].max_length or 5000, run)
        for table, formset in getattr(step.Form, "tables", {}).items():
            for row in step_answers.get(table) or []:
                for name in text_fields(formset.form):
                    row[name] = unbroken(formset.form.base_fields[name].max_length or 5000, run)
    return answers
