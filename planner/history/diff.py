"""Readable differences between two versions of a step's answers.

Two views: `changes` (for the history) pairs the step's own check rows (question, readable
answer) of two versions; `questions` (for a conflict) lists every question by name, so an
officer can pick per question which version to keep.
"""
from dataclasses import dataclass

from steps.document import NOT_ANSWERED
from steps.text import display


@dataclass
class Change:
    question: str
    was: str
    wordt: str


def changes(step, old, new):
    """Every question whose readable answer differs between `old` and `new` (was → wordt)."""
    before = step.check_rows(old or {})
    after = step.check_rows(new or {})
    result = []
    for index in range(max(len(before), len(after))):
        question, was = before[index] if index < len(before) else ("", NOT_ANSWERED)
        question_after, wordt = after[index] if index < len(after) else (question, NOT_ANSWERED)
        if str(was) != str(wordt):
            result.append(Change(str(question_after or question), str(was), str(wordt)))
    return result


@dataclass
class Question:
    name: str
    label: str
    mine: str
    theirs: str
    mine_incomplete: bool = False

    @property
    def differs(self):
        return self.mine != self.theirs


def _row_text(fields, row):
    parts = [f"{field.label}: {display(field, row.get(name))}" for name, field in fields.items()
             if row.get(name) not in (None, "", [])]
    return "; ".join(parts) or NOT_ANSWERED


def answer_text(form, name, value):
    """One question's answer as text; a table as one line per row."""
    if name in form.formsets:
        rows = [row for row in value or [] if isinstance(row, dict)]
        if not rows:
            return NOT_ANSWERED
        columns = form.formsets[name].empty_form.fields
        columns = {key: field for key, field in columns.items() if key != "DELETE"}
        return "\n".join(f"{index}. {_row_text(columns, row)}" for index, row in enumerate(rows, start=1))
    return str(display(form.fields[name], value))


def questions(step, mine, theirs, *, plan_answers=None, incomplete=None):
    """Every question of the step in page order with both versions as text."""
    form = step.Form(plan_answers=plan_answers or {}, initial=theirs or {})
    incomplete = incomplete or {}
    result = []
    for _legend, names in step.Form.sections:
        for name in names:
            label = step.Form.tables[name].label if name in step.Form.tables else form.fields[name].label
            result.append(Question(
                name=name,
                label=str(label),
                mine=answer_text(form, name, (mine or {}).get(name)),
                theirs=answer_text(form, name, (theirs or {}).get(name)),
                mine_incomplete=bool(incomplete.get(name)),
            ))
    return result


def question_names(step):
    return [name for _legend, names in step.Form.sections for name in names]


_MISSING = object()


def merge(base, mine, theirs):
    """Two saves of the same step, both made from `base`: each question as whoever changed it
    (a three-way merge, question by question). None when both changed one question differently:
    then the officer compares and chooses (planner.history.conflicts)."""
    merged = {}
    for name in {**base, **mine, **theirs}:
        was, ours, colleagues = (answers.get(name, _MISSING) for answers in (base, mine, theirs))
        if ours == colleagues or ours == was:
            value = colleagues
        elif colleagues == was:
            value = ours
        else:
            return None
        if value is not _MISSING:
            merged[name] = value
    return merged
