"""The history of a plan: every saved version of every step, with what changed, and restoring."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from planner.teams import audit
from planner.history import diff
from planner.access import get_plan
from planner.models import StepConflict, StepRevision
from planner.wizard.storage import save_answers
from steps.registry import BY_SLUG

#: Versions shown per step on the overview page; "toon alles" shows the rest.
SHOWN_PER_STEP = 10


def _entries(revisions, step, current_version):
    """Revisions of one step (newest first), each with its changes against the one before."""
    entries = []
    for index, revision in enumerate(revisions):
        previous = revisions[index + 1].answers if index + 1 < len(revisions) else {}
        entries.append({
            "revision": revision,
            "changes": diff.changes(step, previous, revision.answers),
            "is_current": revision.version == current_version,
        })
    return entries


@login_required
def plan_history(request, plan_id):
    plan = get_plan(request, plan_id)
    only = request.GET.get("stap")
    if only is not None and only not in BY_SLUG:
        raise Http404("Deze stap bestaat niet.")
    current = {row.step: row.version for row in plan.step_answers.all()}
    groups = []
    for step in plan.sections:
        if only and step.SLUG != only:
            continue
        revisions = list(
            StepRevision.objects.filter(plan=plan, step=step.SLUG).select_related("created_by", "restored_from")
        )
        total = len(revisions)
        # One more than shown, so the oldest shown version can still say what changed.
        shown = revisions if only else revisions[:SHOWN_PER_STEP + 1]
        entries = _entries(shown, step, current.get(step.SLUG))
        groups.append({
            "step": step,
            "entries": entries if only else entries[:SHOWN_PER_STEP],
            "total": total,
            "hidden": 0 if only else max(total - SHOWN_PER_STEP, 0),
        })
    open_conflicts = StepConflict.objects.filter(plan=plan, created_by=request.user, resolved_at__isnull=True)
    return render(request, "planner/history.html", {
        "plan": plan,
        "groups": groups,
        "open_conflicts": [(conflict, BY_SLUG.get(conflict.step)) for conflict in open_conflicts],
        "only": BY_SLUG.get(only),
        "can_restore": plan.editable,
        "document_versions": plan.document_versions.select_related("created_by").order_by("-created_at", "-pk"),
    })


@login_required
@require_POST
def restore(request, plan_id, revision_id):
    """Put an earlier version of a step back; that is itself a new version, so nothing is lost."""
    plan = get_plan(request, plan_id, write=True)
    revision = get_object_or_404(StepRevision, pk=revision_id, plan=plan)
    step = plan.section(revision.step)
    if step is None:  # a step that no longer exists, or a Verdieping module switched off
        raise Http404("Deze stap bestaat niet of staat uit.")
    row = save_answers(plan, step.SLUG, revision.answers, request.user, restored_from=revision)
    audit.record(request, audit.RESTORED, plan=plan, stap=step.SLUG, versie=revision.version, nieuwe_versie=row.version)
    messages.success(
        request,
        f"Versie {revision.version} van {step.LABEL.lower()} is teruggezet. "
        f"Dat is nu versie {row.version}; de versies ervoor blijven bewaard.",
    )
    return redirect(reverse("planner:history", args=[plan.pk]) + f"#stap-{step.SLUG}")
