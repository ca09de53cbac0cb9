"""The plan's sections as one formtools wizard with a URL per section: /plannen/<id>/stap/<slug>/.

The eight steps, the Beleid sections and the Verdieping modules that are switched on: a module
that is off is left out through formtools' `condition_dict`, so its URL is a 404 and "Volgende"
skips it."""
from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.core.exceptions import SuspiciousOperation
from formtools.wizard.forms import ManagementForm
from formtools.wizard.views import NamedUrlWizardView

from planner.access import get_plan
from planner.wizard import formdata, parts, suggested_rows, unsaved
from planner.wizard.row_summary import is_summary_table, with_stored_rows
from planner.history import diff
from planner.wizard.storage import VersionConflict, answers_at, as_stored, keep_conflict, save_draft
from planner.facts import facts_of
from steps.registry import BY_SLUG, MODULES, SECTIONS, is_module

ACTION_NEXT = "verder"
ACTION_LATER = "later"
ACTION_DISCARD_KEPT = "weggooien"  # throw away input kept from an ended session
RETURN_TO_CHECK = "controleer"
ROW_ACTION = "rij"  # "Voeg … toe", "Wijzig", "Verwijder" in a summary list: save the step, then go to the row page


class StepManagementForm(ManagementForm):
    """formtools' management form plus the version of the answers the page was loaded with."""

    versie = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


class PlanWizard(LoginRequiredMixin, NamedUrlWizardView):
    form_list = [(section.SLUG, section.Form) for section in SECTIONS]
    condition_dict = {module.SLUG: (lambda slug: lambda wizard: slug in wizard.plan.modules)(module.SLUG)
                      for module in MODULES}
    storage_name = "planner.wizard.storage.PlanStorage"
    template_name = "planner/step.html"
    url_name = "planner:step"
    done_step_name = "klaar"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            # A session that ended must not lose what was typed on the page (see unsaved.py).
            return unsaved.keep_and_ask_to_log_in(request, kwargs["plan_id"], kwargs.get("step"))
        self.plan = get_plan(request, kwargs["plan_id"], write=request.method == "POST")
        request.plan = self.plan
        step = kwargs.get("step")
        if is_module(step) and step not in self.plan.modules:
            return self._module_off(request, step)
        if step is not None and step != self.done_step_name and step not in self.get_form_list():
            raise Http404("Deze stap bestaat niet.")
        return super().dispatch(request, *args, **kwargs)

    def _module_off(self, request, step):
        """A switched-off module has no page; what was posted to it (a colleague switched it off
        meanwhile) is kept as the module's draft, for when it is switched on again."""
        if request.method == "POST" and self.plan.editable:
            save_draft(self.plan, step, request.POST, request.user)
            messages.warning(request, "Deze verdieping is intussen uitgezet. Wat u typte is bewaard: "
                                      "zet de verdieping weer aan om verder te gaan.")
        else:
            messages.info(request, "Deze verdieping staat uit. Zet haar aan onder 'Verdieping' om haar in te vullen.")
        return redirect(reverse("planner:plan", args=[self.plan.pk]) + "#verdieping")

    def get_prefix(self, request, *args, **kwargs):
        # One management-form prefix; which plan and step is in the URL, not in the session.
        return "plan_wizard"

    def get_step_url(self, step):
        return reverse(self.url_name, kwargs={"plan_id": self.plan.pk, "step": step})

    @cached_property
    def plan_answers(self):
        return self.plan.answers(self.storage._rows.values())

    def get_form_initial(self, step):
        return self.storage.answers(step)

    def get_form_kwargs(self, step=None):
        return {"plan_answers": self.plan_answers}

    def get_form(self, step=None, data=None, files=None):
        """A posted (or kept) page holds no rows of a summary table: those are the stored rows."""
        step = step or self.steps.current
        if data is not None and step in self.get_form_list():
            data = self._with_stored(step, data)
        return super().get_form(step=step, data=data, files=files)

    def _with_stored(self, step, data):
        """Posted data plus the stored rows of summary tables and answers of cards (parts.py)."""
        answers = self.storage.answers(step)
        data = with_stored_rows(self.get_form_list()[step], self.get_form_prefix(step), data, answers)
        return parts.with_stored_parts(BY_SLUG[step], self.get_form_prefix(step), data, answers, self.plan_answers)

    def process_step(self, form):
        # What formtools stores for a valid step: the cleaned answers, not the raw POST.
        return form.answers()

    def get(self, request, *args, **kwargs):
        """A step shows what the officer typed before their session ended, if anything was kept."""
        step = kwargs.get("step")
        kept = unsaved.kept_input(request.user, self.plan.pk, step) if self.plan.editable else None
        if kept is None or step not in self.get_form_list():
            return super().get(request, *args, **kwargs)
        data, version = kept
        self.storage.current_step = step
        self.storage.expected_version = version  # a colleague's save meanwhile is still caught
        return self.render(self.get_form(step=step, data=data), restored_after_session=True)

    def post(self, *args, **kwargs):
        """Save the current page first, whatever the button (formtools #284), then move on."""
        current = self.kwargs["step"]
        if current not in self.get_form_list():
            raise Http404("Deze stap bestaat niet.")
        if self.request.POST.get("actie") == ACTION_DISCARD_KEPT:
            unsaved.forget(self.request.user, self.plan.pk, current)
            messages.info(self.request, "De bewaarde invoer is weggegooid.")
            return redirect(self.get_step_url(current))
        # What is posted now replaces anything kept from an ended session.
        unsaved.forget(self.request.user, self.plan.pk, current)
        management = StepManagementForm(self.request.POST, prefix=self.prefix)
        if not management.is_valid() or management.cleaned_data["current_step"] != current:
            raise SuspiciousOperation("Het formulier is onvolledig of aangepast.")
        self.storage.current_step = current
        # Saves below refuse to overwrite answers a colleague stored after this page was loaded.
        self.storage.expected_version = management.cleaned_data.get("versie")
        # The rows of a summary table are not on the page: the stored ones go with the save (and
        # with a draft or a conflict), so the officer's version holds the rows they saw.
        data = self._with_stored(current, self.request.POST)
        self.storage.is_done = {"ja": True, "nee": False}.get(data.get("klaar"))
        form = self.get_form(step=current, data=data)
        try:
            return self._save(form, current, data)
        except VersionConflict:
            return self._keep_conflict(current, data)

    def _save(self, form, current, data):
        add_row = data.get("rij_toevoegen")
        if add_row in form.formsets:
            return self._add_row(form, add_row)
        goto = data.get("wizard_goto_step")
        action = data.get("actie", ACTION_NEXT)
        self._save_on_top_if_untouched(current)
        if not form.is_valid():
            # Only a format error refuses a save (domain.md 0.1): the page shows it at the field,
            # and what was typed is kept.
            self.storage.set_step_draft(current, data)
            return self.render(form)
        answers = self.process_step(form)
        wants_done = self.storage.is_done
        complete = form.check_complete() if wants_done else True
        if wants_done and not complete:
            self.storage.is_done = False
        row_url = self._row_url(form, data.get(ROW_ACTION, ""))
        suggested = suggested_rows.parse_action(data.get(ROW_ACTION, ""), form.tables)
        if suggested:
            # "Voeg toe": what was typed is saved together with the suggested row.
            answers, level, message = suggested_rows.add_suggested(BY_SLUG[current], *suggested, answers,
                                                                   self.plan_answers)
            messages.add_message(self.request, level, message)
            row_url = f"{self.get_step_url(current)}#tabel-{current}-{suggested[0]}"
        try:
            self._save_answers(current, answers)
        except VersionConflict:
            if not suggested:
                raise
            # The officer's version in the conflict holds the suggested row they asked for, too.
            return self._keep_conflict(current, formdata.form_data(BY_SLUG[current], answers,
                                                                   plan_answers=self.plan_answers))
        self.storage.expected_version = None  # the page shown next continues from this save
        if suggested:
            return redirect(row_url)
        if not complete:
            # Saved, but not klaar: the page lists what is still missing.
            return self.render(form, incomplete=True)
        if row_url:
            return redirect(row_url)
        return self._after_save(current, goto, action)

    def _row_url(self, form, action):
        """The row page a summary list's button asks for ("tabel/nieuw", "tabel/2", "tabel/2/verwijderen")."""
        words = action.split("/")
        if len(words) == 2 and words[0] == parts.ACTION and words[1].isdigit() \
                and parts.card_section(self.steps.current, type(form), int(words[1])):
            return parts.part_url(self.plan, self.steps.current, int(words[1]))  # "Wijzig" of a card
        table = words[0]
        if table not in form.tables or not is_summary_table(form.tables[table]) or len(words) not in (2, 3):
            return None
        kwargs = {"plan_id": self.plan.pk, "step": self.steps.current, "table": table}
        if words[1] == "nieuw" and len(words) == 2:
            return reverse("planner:row_new", kwargs=kwargs)
        if not words[1].isdigit():
            return None
        kwargs["index"] = int(words[1])
        if len(words) == 3:
            return reverse("planner:row_delete", kwargs=kwargs) if words[2] == "verwijderen" else None
        return reverse("planner:row", kwargs=kwargs)

    def _save_answers(self, step, answers):
        """Store the answers. A colleague saved the step since this page was loaded: when the two
        changed different questions, both changes are kept (diff.merge); else VersionConflict."""
        try:
            self.storage.set_step_data(step, answers)
        except VersionConflict as conflict:
            loaded = self.storage.expected_version
            base = self._as_the_form_saves(step, answers_at(self.plan, step, loaded) if loaded is not None else None)
            stored = self._as_the_form_saves(step, conflict.row.answers)
            merged = diff.merge(base, as_stored(answers), stored) if base is not None and stored is not None else None
            if merged is None:
                raise
            self.storage.expected_version = conflict.row.version
            self.storage.set_step_data(step, merged)
            messages.info(self.request, "Een collega heeft deze stap opgeslagen terwijl u eraan werkte. "
                                        "Wat u veranderde en wat uw collega veranderde, staat er nu allebei in.")

    def _as_the_form_saves(self, step, answers):
        """Stored answers as a save through the step form would store them now (the order of
        ticked boxes, empty questions and so on), so a merge compares like with like; None when
        there are none or they no longer pass the form."""
        if not isinstance(answers, dict):
            return None
        errors, saved, _complete = formdata.through_form(BY_SLUG[step], answers, plan_answers=self.plan_answers)
        return None if errors else as_stored(saved)

    def _save_on_top_if_untouched(self, step):
        """A colleague saved the step since this page was loaded, but none of the questions the
        page posts (say, a row or card on its own page): the save goes on top of theirs. What the
        page did not post, its summary tables and cards, was taken from the stored answers. Checked
        before the form is, so a refused save keeps its draft too (valid answers are merged per
        question in _save_answers)."""
        loaded, now = self.storage.expected_version, self.storage.version(step)
        if loaded is None or loaded == now:
            return
        base = answers_at(self.plan, step, loaded)
        stored = self.storage.answers(step)
        if base is not None and all(base.get(name) == stored.get(name) for name in self._posted_questions(step)):
            self.storage.expected_version = now

    def _posted_questions(self, step):
        """The questions whose answers the posted page carries, not taken from the stored answers."""
        form_class, prefix, posted = self.get_form_list()[step], self.get_form_prefix(step), self.request.POST
        taken = set()
        for number in parts.card_numbers(step, form_class):
            if f"{prefix}-{parts.MARKER}-{number}" in posted:
                taken.update(form_class.sections[number - 1][1])
        for name, formset_class in form_class.tables.items():
            if is_summary_table(formset_class) and f"{prefix}-{name}-TOTAL_FORMS" not in posted:
                taken.add(name)
        return [name for name in (*form_class.base_fields, *form_class.tables) if name not in taken]

    def _keep_conflict(self, current, data):
        """Nothing is overwritten: keep the typed input and let the officer compare and choose."""
        conflict = keep_conflict(self.plan, current, data, self.request.user, self.storage.expected_version)
        return redirect("planner:conflict", plan_id=self.plan.pk, conflict_id=conflict.pk)

    def render(self, form=None, **kwargs):
        """formtools' render, with the answers' version in the management form (see post())."""
        form = form or self.get_form()
        context = self.get_context_data(form=form, **kwargs)
        context["wizard"]["management_form"] = StepManagementForm(prefix=self.prefix, initial={
            "current_step": self.steps.current,
            "versie": self._page_version(),
        })
        return self.render_to_response(context)

    def _page_version(self):
        # A re-shown page keeps the version it was first loaded with; a fresh page the stored one.
        if self.storage.expected_version is not None:
            return self.storage.expected_version
        return self.storage.version(self.steps.current)

    def _after_save(self, current, goto, action):
        if goto in self.get_form_list() or action == ACTION_LATER or self.request.GET.get("terug") == RETURN_TO_CHECK:
            messages.success(self.request, "Uw antwoorden zijn opgeslagen.")
            return self._leave(goto, action)
        if current == self.steps.last:
            messages.success(self.request, "Uw antwoorden zijn opgeslagen. U heeft alle stappen doorlopen.")
            return redirect("planner:check", plan_id=self.plan.pk)
        return redirect(self.get_step_url(self.get_next_step(current)))

    def _leave(self, goto, action):
        if goto in self.get_form_list():
            return redirect(self.get_step_url(goto))
        if self.request.GET.get("terug") == RETURN_TO_CHECK:
            return redirect("planner:check", plan_id=self.plan.pk)
        return redirect("planner:plan", plan_id=self.plan.pk)

    def _add_row(self, form, table):
        """Add an empty row to a table without JavaScript, keeping everything typed so far."""
        data = form.data.copy()
        key = f"{form.formsets[table].prefix}-TOTAL_FORMS"
        try:
            total = int(data.get(key, 0))
        except ValueError:
            total = 0
        data[key] = str(min(total + 1, form.formsets[table].max_rows))
        self.storage.set_step_draft(self.steps.current, data)
        new_form = self.get_form(step=self.steps.current, data=data)
        return self.render(new_form, hide_errors=True, focus_table=table)

    def render_done(self, form, **kwargs):
        return redirect("planner:check", plan_id=self.plan.pk)

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        step_module = BY_SLUG[self.steps.current]
        step_facts = facts_of(self.plan, self.plan_answers).step(step_module.SLUG)
        context.update(
            plan=self.plan,
            step=step_module,
            steps=self.plan.sections,
            can_edit=self.plan.editable,
            show_errors=form.is_bound and not kwargs.get("hide_errors"),
            return_to_check=self.request.GET.get("terug") == RETURN_TO_CHECK,
            step_facts=step_facts,
            step_findings=step_facts.findings,
            derived=form.derived() if hasattr(form, "derived") else [],
            # A bound page that was not just saved shows input that is not stored (yet): a refused
            # save, a draft, a row added without JavaScript, input kept from an ended session.
            derived_unsaved=form.is_bound and not kwargs.get("incomplete", False),
            incomplete=kwargs.get("incomplete", False),
            step_done=self._shows_done(step_module.SLUG),
            restored_after_session=kwargs.get("restored_after_session", False),
        )
        return context

    def _shows_done(self, step):
        # A re-shown page keeps the officer's choice; a fresh page shows what is stored.
        if self.request.method == "POST" and self.request.POST.get("klaar") in ("ja", "nee"):
            return self.request.POST["klaar"] == "ja"
        return self.storage.step_is_done(step)
