"""One row of a repeating table on a page of its own: add, change and delete (GOV.UK "add
multiple things"; the step page shows the rows as a summary list, see row_summary.py).

A row is saved the way a step is: the step's stored answers with this row added, changed or
removed go through the step's own form (`formdata.through_form`, as the JSON import does) and
are stored at once by `save_answers`, so every change is a revision in the history. The page
carries the step's version, and a post is read against the step as it was loaded then. When a
colleague saved the step in between, the conflict is caught per row: a new row, or a row the
colleague left as it was (in its place), is saved on top of the colleague's answers; a row the
colleague changed, moved or deleted is not overwritten: the officer's version of the step (the
version they loaded plus this row) is kept as a `StepConflict`, as on the step page. A row with
a format error is not saved: the page shows it again with what was typed and the errors.
"""
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from planner.access import get_plan
from planner.models import StepAnswer
from planner.wizard import formdata, unsaved
from planner.wizard.fields import summary_errors
from planner.wizard.row_summary import is_summary_table, noun, row_has_content, row_summary
from planner.wizard.storage import VersionConflict, answers_at, clean_form_data, keep_conflict, save_answers
from planner.wizard.views import ACTION_DISCARD_KEPT
from steps import derived
from steps.forms import CHECKBOX_CLASS, to_json
from steps.widgets import CheckboxSelectMultiple

ROW_PREFIX = "rij"


def step_url(plan, step, table=None):
    url = reverse("planner:step", kwargs={"plan_id": plan.pk, "step": step.SLUG})
    return f"{url}#tabel-{step.SLUG}-{table}" if table else url


class RowPage:
    """What a row page needs: the plan, step, table, stored answers and the row's form."""

    def __init__(self, request, plan_id, step, table, index, readable=False):
        # Access first: an outsider gets 404 for every method, a lezer 403 for every method but a
        # GET of an existing row (`readable`): that page shows the row to read (tests/test_isolation.py).
        self.plan = get_plan(request, plan_id, write=not (readable and request.method == "GET"))
        if request.method not in ("GET", "POST"):
            raise MethodNotAllowed
        self.request = request
        self.step = self.plan.section(step)
        if self.step is None or table not in self.step.Form.tables \
                or not is_summary_table(self.step.Form.tables[table]):
            raise Http404("Deze tabel bestaat niet.")
        self.table = table
        stored = StepAnswer.objects.filter(plan=self.plan, step=self.step.SLUG).first()
        self.answers = dict(stored.answers or {}) if stored else {}
        self.version = stored.version if stored else 0
        self.plan_answers = self.plan.answers()
        # A post is read against the step as the officer loaded it: a colleague's save in between
        # never moves the row they were changing or makes it "not found" (their input is kept).
        self.loaded = self.base_answers(self.posted_version()) if request.method == "POST" else self.answers
        self.rows = derived.table(self.loaded, table)
        self.index = index  # from 1; None for a new row
        if index is not None and not 1 <= index <= len(self.rows):
            raise Http404("Deze rij bestaat niet (meer).")
        self.formset_class = self.step.Form.tables[table]

    def row_form(self, data=None):
        """The row's form, with the choices and checks the step form gives its rows."""
        step_form = self.step.Form(prefix=self.step.SLUG, initial=self.answers, plan_answers=self.plan_answers)
        formset = step_form.formsets[self.table]
        initial = self.rows[self.index - 1] if self.index else None
        form = self.formset_class.form(
            data=data, prefix=f"{self.step.SLUG}-{self.table}-{ROW_PREFIX}", initial=initial,
            use_required_attribute=False, renderer=formset.renderer, **formset.get_form_kwargs(None),
        )
        form.fields.pop("DELETE", None)
        for field in form.fields.values():
            field.disabled = field.disabled or not self.plan.editable  # a lezer reads the row
            if isinstance(field.widget, forms.SelectMultiple) and not isinstance(field.widget, forms.CheckboxSelectMultiple):
                # Several choices are checkboxes, never a <select multiple> (GOV.UK).
                field.widget = CheckboxSelectMultiple(attrs={"class": CHECKBOX_CLASS})
                field.widget.choices = field.choices
        return form

    def posted_version(self):
        value = self.request.POST.get("versie", "")
        return int(value) if value.isdigit() else None

    def base_answers(self, version):
        """The step's answers as the officer loaded them (for a conflict), else the stored ones."""
        loaded = answers_at(self.plan, self.step.SLUG, version) if version not in (None, self.version) else None
        return dict(self.answers) if loaded is None else loaded

    def untouched_since_loaded(self):
        """Whether the stored step still holds this row as loaded, in its place (a new row: always)."""
        if self.index is None:
            return True
        now = derived.table(self.answers, self.table)
        return len(now) >= self.index and now[self.index - 1] == self.rows[self.index - 1]

    def save(self, change):
        """Store the step's answers with `change(rows)` applied; a redirect (step page or conflict)."""
        version = self.posted_version()
        mine = dict(self.loaded)
        if version is not None and version != self.version and self.untouched_since_loaded():
            # A colleague saved the step meanwhile but left this row alone: apply it on top of theirs.
            mine, version = dict(self.answers), self.version
        mine[self.table] = change(derived.table(mine, self.table))
        errors, saved, _complete = formdata.through_form(self.step, mine, plan_answers=self.plan_answers)
        if errors:
            return errors
        try:
            save_answers(self.plan, self.step.SLUG, saved, self.request.user, expected_version=version)
        except VersionConflict:
            data = formdata.form_data(self.step, mine, plan_answers=self.plan_answers)
            conflict = keep_conflict(self.plan, self.step.SLUG, data, self.request.user, version)
            return redirect("planner:conflict", plan_id=self.plan.pk, conflict_id=conflict.pk)
        return None

    def context(self, **extra):
        return {"plan": self.plan, "step": self.step, "steps": self.plan.sections, "table": self.table,
                "table_label": self.formset_class.label, "index": self.index, "versie": self.version,
                "noun": noun(self.table), "noun_article": noun(self.table, article=True),
                "can_edit": self.plan.editable,
                "step_url": step_url(self.plan, self.step, self.table), **extra}


class MethodNotAllowed(Exception):
    pass


def _page(request, plan_id, step, table, index, readable=False):
    try:
        return RowPage(request, plan_id, step, table, index, readable), None
    except MethodNotAllowed:
        return None, HttpResponseNotAllowed(["GET", "POST"])


def _kept_key(step, table, index):
    """Where typed input of a row page is kept when the session ended (see planner/wizard/unsaved.py)."""
    return f"{step}/{table}/{index or 'nieuw'}"


def _keep_and_ask_to_log_in(request, plan_id, step, table, index):
    """A row posted after the session ended: keep it for the user this browser belongs to, as the
    step page does, and show it on the row page once they are signed in again."""
    user_id = unsaved.remembered_user_id(request)
    if user_id is not None and request.method == "POST":
        version = request.POST.get("versie", "")
        cache.set(unsaved._key(user_id, plan_id, _kept_key(step, table, index)), {
            "data": clean_form_data(f"{step}-{table}-{ROW_PREFIX}", request.POST),
            "versie": int(version) if version.isdigit() else None,
        }, unsaved.KEEP_SECONDS)
        messages.warning(request, "Uw sessie was afgelopen. Log opnieuw in. Wat u net typte is bewaard: "
                                  "u vindt het daarna terug op dezelfde pagina.")
    elif request.method == "POST":
        messages.warning(request, "Uw sessie was afgelopen. Log opnieuw in om verder te werken.")
    return redirect_to_login(request.get_full_path())


def row_edit(request, plan_id, step, table, index=None):
    """Add a row (index None) or change row `index` (from 1) of a table."""
    if not request.user.is_authenticated:
        return _keep_and_ask_to_log_in(request, plan_id, step, table, index)
    page, refused = _page(request, plan_id, step, table, index, readable=index is not None)
    if refused:
        return refused
    kept_key = _kept_key(page.step.SLUG, table, index)
    if request.method == "GET":
        kept = unsaved.kept_input(request.user, page.plan.pk, kept_key) if page.plan.editable else None
        if kept is not None:
            data, version = kept
            return _render_row(page, page.row_form(data=data), restored=True, versie=version)
        return _render_row(page, page.row_form())
    unsaved.forget(request.user, page.plan.pk, kept_key)
    if request.POST.get("actie") == ACTION_DISCARD_KEPT:
        messages.info(request, "De bewaarde invoer is weggegooid.")
        return redirect(request.path)
    if index is None and len(derived.table(page.answers, table)) >= page.formset_class.max_rows:
        messages.error(request, f"De tabel is vol: u kunt maximaal {page.formset_class.max_rows} rijen invullen.")
        return redirect(page.context()["step_url"])
    form = page.row_form(data=request.POST)
    # Only a format error refuses a save (domain.md 0.1); an empty row says nothing.
    if form.is_valid() and not row_has_content(form):
        form.add_error(None, "Vul minstens één vraag in, of kies 'Terug zonder opslaan'.")
    if not form.is_valid():
        return _render_row(page, form, show_errors=True)
    row = {key: to_json(value) for key, value in form.cleaned_data.items()}

    def change(rows):
        if index is None:
            return [*rows, row]
        return [row if number == index else old for number, old in enumerate(rows, start=1)]

    result = page.save(change)
    if isinstance(result, list):
        return _render_row(page, form, show_errors=True, step_errors=result)
    if result is not None:
        return result
    what = page.context()["noun"]
    messages.success(request, f"{what[:1].upper()}{what[1:]} is opgeslagen.")
    return redirect(page.context()["step_url"])


def _render_row(page, form, *, show_errors=False, step_errors=(), restored=False, versie=None):
    errors = []
    if show_errors:
        errors = [("", message) for message in form.non_field_errors()] + summary_errors(form)
        errors += [("", f"{where}: {message}") for where, message in step_errors]
    title, _detail = row_summary(page.row_form()) if page.index else ("", "")
    return render(page.request, "planner/row_page.html", page.context(
        form=form, show_errors=show_errors, errors=errors, row_title=title, restored_after_session=restored,
        versie=versie if restored else page.posted_version() if page.request.method == "POST" else page.version,
    ), status=200)


@login_required
def row_delete(request, plan_id, step, table, index):
    """Ask before deleting row `index` of a table; delete it on POST."""
    page, refused = _page(request, plan_id, step, table, index)
    if refused:
        return refused
    title, detail = row_summary(page.row_form())
    if request.method == "GET":
        return render(request, "planner/row_delete.html", page.context(row_title=title, row_detail=detail))
    result = page.save(lambda rows: [old for number, old in enumerate(rows, start=1) if number != index])
    if isinstance(result, list):
        messages.error(request, "De rij kon niet worden verwijderd: " + "; ".join(m for _w, m in result))
        return redirect(page.context()["step_url"])
    if result is not None:
        return result
    what = page.context()["noun"]
    messages.success(request, f"{what[:1].upper()}{what[1:]} is verwijderd.")
    return redirect(page.context()["step_url"])
