"""Saving step answers: a formtools storage backend plus the functions every save goes through.

formtools normally keeps wizard data in the session; here every saved step goes straight
into a `StepAnswer` row, so an officer can stop, switch devices and share the plan with
colleagues. The wizard view puts the plan on `request.plan` before the storage is built.

Every save of answers (the wizard, restoring an old version, an import, a new plan version)
goes through `save_answers`, which keeps the answers as a `StepRevision` too. When the page
was loaded with an older version than the stored one, nothing is overwritten: the save raises
`VersionConflict` and the wizard keeps the typed input as a `StepConflict`.
"""
import functools
import json

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from formtools.wizard.storage.base import BaseStorage

from planner.models import Plan, StepAnswer, StepConflict, StepRevision
from planner.signals import plan_changed
from steps import registry


class VersionConflict(Exception):
    """A colleague saved the step after this page was loaded."""

    def __init__(self, row):
        super().__init__(f"Stap {row.step} is intussen opgeslagen (versie {row.version}).")
        self.row = row


def _user(user):
    return user if user is not None and user.is_authenticated else None


def _locked_row(plan, step):
    row, _ = StepAnswer.objects.select_for_update().get_or_create(plan=plan, step=step)
    return row


def _check_version(row, expected_version):
    if expected_version is not None and row.version != expected_version:
        raise VersionConflict(row)


def _touch_plan(plan, user):
    # The plan's revision number keys the PDF cache, so it moves with drafts as well.
    Plan.objects.filter(pk=plan.pk).update(revisie=F("revisie") + 1, updated_by=user, updated_at=timezone.now())
    # Announced after commit: a listener (the PDF renderer) then sees the new revision.
    transaction.on_commit(functools.partial(plan_changed.send, sender=Plan, plan_id=plan.pk))


def save_answers(plan, step, answers, user, *, expected_version=None, restored_from=None, is_done=None):
    """Store valid answers as the next version of a step and keep them in the history.

    Saving the answers the step already has ("Opslaan en verder" through a step left as it
    was) changes nothing: no new version in the history, no new "changed by", and the PDF made
    of the plan stays valid. That holds after a colleague's save too: answers equal to theirs
    are no conflict. Putting an earlier version back always makes a version of its own.
    """
    user = _user(user)
    with transaction.atomic():
        row = _locked_row(plan, step)
        if restored_from is None and _unchanged(row, answers, is_done):
            return row
        _check_version(row, expected_version)
        if row.is_answered and not plan.revisions.filter(step=step, version=row.version).exists():
            # Answers from before the history existed (or loaded as demo) become a revision first.
            StepRevision.objects.create(plan=plan, step=step, version=row.version, answers=row.answers,
                                        created_by=row.updated_by, created_at=row.updated_at)
        row.answers = answers
        row.draft = None
        row.is_answered = True
        if is_done is not None:
            row.is_done = is_done
        row.version += 1
        row.updated_by = user
        row.save()
        StepRevision.objects.create(plan=plan, step=step, version=row.version, answers=answers,
                                    created_by=user, restored_from=restored_from)
        _touch_plan(plan, user)
    return row


def _unchanged(row, answers, is_done):
    """True when saving `answers` (and `is_done`) would leave the stored step as it is."""
    if not row.is_answered or row.draft is not None or (is_done is not None and is_done != row.is_done):
        return False
    return as_stored(answers) == row.answers


def as_stored(answers):
    """Answers as the database gives them back (tuples become lists, and so on), to compare."""
    return json.loads(json.dumps(answers))


def set_modules(plan, modules_on, user):
    """Switch the plan's Verdieping modules; their answers stay stored either way (Plan.answers).
    Returns the slugs that changed, switched on or off."""
    on = [module.SLUG for module in registry.MODULES if module.SLUG in set(modules_on)]
    with transaction.atomic():
        locked = Plan.objects.select_for_update().get(pk=plan.pk)
        changed = sorted(set(on) ^ set(locked.modules or []))
        if changed:
            locked.modules = on
            locked.save(update_fields=["modules"])
            _touch_plan(locked, _user(user))
    plan.modules = on
    return changed


def clean_form_data(step, form_data):
    """The step's own keys of posted data as {key: [values]}, without NUL characters.

    Management fields and buttons are left out; PostgreSQL cannot store NUL in JSON.
    """
    if isinstance(form_data, MultiValueDict):
        form_data = dict(form_data.lists())
    prefix = f"{step}-"
    cleaned = {}
    for key, values in form_data.items():
        if not isinstance(key, str) or not key.startswith(prefix):
            continue
        values = values if isinstance(values, list) else [values]
        cleaned[key.replace("\x00", "")] = [str(value).replace("\x00", "") for value in values]
    return cleaned


def save_draft(plan, step, form_data, user, *, expected_version=None):
    """Keep input that does not validate yet, without touching the answers or their version."""
    user = _user(user)
    with transaction.atomic():
        row = _locked_row(plan, step)
        _check_version(row, expected_version)
        row.draft = clean_form_data(step, form_data)
        row.updated_by = user
        row.save()
        _touch_plan(plan, user)
    return row


def answers_at(plan, step, version):
    """The step's answers as they were saved in `version` (the history keeps each), or None."""
    revision = StepRevision.objects.filter(plan=plan, step=step, version=version).first()
    return dict(revision.answers) if revision is not None and isinstance(revision.answers, dict) else None


def keep_conflict(plan, step, form_data, user, base_version):
    """Store what was typed on a page that a colleague's save overtook."""
    return StepConflict.objects.create(
        plan=plan, step=step, created_by=user, base_version=base_version or 0,
        data=clean_form_data(step, form_data),
    )


class PlanStorage(BaseStorage):
    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.plan = request.plan
        self.init_data()
        self._rows = {row.step: row for row in self.plan.step_answers.all()}
        # The URL names the step being shown or posted; there is no session state to trust.
        step = getattr(request, "resolver_match", None) and request.resolver_match.kwargs.get("step")
        self.current_step = step
        #: The version the posted page was loaded with; None skips the check (old pages).
        self.expected_version = None
        #: The answer to "Is deze stap klaar?" posted with the page: True, False or None (not asked).
        self.is_done = None

    def reset(self):
        # formtools resets when it starts over; stored answers are never thrown away here.
        self.init_data()

    def answers(self, step):
        row = self._rows.get(step)
        return row.answers if row else {}

    def version(self, step):
        row = self._rows.get(step)
        return row.version if row else 0

    def step_is_done(self, step):
        row = self._rows.get(step)
        return bool(row and row.is_done)

    def get_step_data(self, step):
        """Unsaved input (a draft) for the step, as form data; None when there is none."""
        row = self._rows.get(step)
        if row is None or row.draft is None:
            return None
        return MultiValueDict(row.draft)

    def set_step_data(self, step, cleaned_data):
        """Store the answers of a valid step at once and drop any draft."""
        self._rows[step] = save_answers(self.plan, step, cleaned_data, self.request.user,
                                        expected_version=self.expected_version, is_done=self.is_done)

    def set_step_draft(self, step, form_data):
        """Keep what was typed on a page that did not validate, without touching the answers."""
        self._rows[step] = save_draft(self.plan, step, form_data, self.request.user,
                                      expected_version=self.expected_version)
