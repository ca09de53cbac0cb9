"""A formtools storage backend that keeps each step of a plan in the database.

formtools normally keeps wizard data in the session; here every saved step goes straight
into a `StepAnswer` row, so an officer can stop, switch devices and share the plan with
colleagues. The wizard view puts the plan on `request.plan` before the storage is built.
"""
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from formtools.wizard.storage.base import BaseStorage

from planner.models import Plan, StepAnswer


class PlanStorage(BaseStorage):
    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.plan = request.plan
        self.init_data()
        self._rows = {row.step: row for row in self.plan.step_answers.all()}
        # The URL names the step being shown or posted; there is no session state to trust.
        step = getattr(request, "resolver_match", None) and request.resolver_match.kwargs.get("step")
        self.current_step = step

    def reset(self):
        # formtools resets when it starts over; stored answers are never thrown away here.
        self.init_data()

    def answers(self, step):
        row = self._rows.get(step)
        return row.answers if row else {}

    def get_step_data(self, step):
        """Unsaved input (a draft) for the step, as form data; None when there is none."""
        row = self._rows.get(step)
        if row is None or row.draft is None:
            return None
        return MultiValueDict(row.draft)

    def set_step_data(self, step, cleaned_data):
        """Store the answers of a valid step at once and drop any draft."""
        self._save(step, answers=cleaned_data, draft=None, is_answered=True)

    def set_step_draft(self, step, form_data):
        """Keep what was typed on a page that did not validate, without touching the answers."""
        if isinstance(form_data, MultiValueDict):
            form_data = dict(form_data.lists())
        form_data = {key: value for key, value in form_data.items() if key != "csrfmiddlewaretoken"}
        self._save(step, draft=form_data)

    def _save(self, step, **fields):
        user = self.request.user if self.request.user.is_authenticated else None
        with transaction.atomic():
            row, _ = StepAnswer.objects.select_for_update().get_or_create(plan=self.plan, step=step)
            for name, value in fields.items():
                setattr(row, name, value)
            row.version += 1
            row.updated_by = user
            row.save()
            Plan.objects.filter(pk=self.plan.pk).update(
                revisie=F("revisie") + 1, updated_by=user, updated_at=timezone.now()
            )
        self._rows[step] = row
