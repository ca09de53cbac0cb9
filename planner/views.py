"""Pages around the wizard: dashboard, new plan, overview, check answers, preview and PDF."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods

from planner import pdf
from planner.access import get_plan, memberships_for, plans_for
from planner.forms import NewPlanForm
from planner.models import Gemeente
from planner.plan import build
from steps.registry import STEPS

STEP_COUNT = len(STEPS)


@login_required
def dashboard(request):
    plans = (
        plans_for(request.user)
        .select_related("gemeente", "updated_by")
        .annotate(steps_done=Count("step_answers", filter=Q(step_answers__is_answered=True)))
        .order_by("gemeente__naam", "-updated_at")
    )
    memberships = memberships_for(request.user)
    return render(request, "planner/dashboard.html", {
        "plans": plans,
        "memberships": memberships,
        "can_start": any(m.can_edit for m in memberships),
        "step_count": STEP_COUNT,
    })


@login_required
@require_http_methods(["GET", "POST"])
def plan_new(request):
    gemeenten = Gemeente.objects.filter(
        memberships__user=request.user, memberships__role__in=["beheerder", "redacteur"]
    ).order_by("naam")
    if not gemeenten.exists():
        raise PermissionDenied("U mag geen plannen maken.")
    form = NewPlanForm(request.POST or None, gemeenten=gemeenten)
    if request.method == "POST" and form.is_valid():
        plan = form.save(request.user)
        messages.success(request, "Het plan is aangemaakt. U kunt beginnen met stap 1.")
        return redirect("planner:step", plan_id=plan.pk, step=STEPS[0].SLUG)
    error_list = [(form[name].auto_id, message) for name, messages_ in form.errors.items()
                  if name in form.fields for message in messages_]
    return render(request, "planner/plan_new.html", {"form": form, "error_list": error_list})


def _step_rows(plan):
    """Each step with its status for the task list."""
    stored = {row.step: row for row in plan.step_answers.all()}
    rows = []
    for step in STEPS:
        row = stored.get(step.SLUG)
        if row is None or (not row.is_answered and row.draft is None):
            status = "Niet begonnen"
        elif row.is_done:
            status = "Klaar"
        else:
            status = "Bezig"
        rows.append({"step": step, "status": status, "answer": row})
    return rows


@login_required
def plan_overview(request, plan_id):
    plan = get_plan(request, plan_id)
    rows = _step_rows(plan)
    return render(request, "planner/plan_overview.html", {
        "plan": plan,
        "rows": rows,
        "steps_done": sum(1 for row in rows if row["answer"] and row["answer"].is_answered),
        "step_count": STEP_COUNT,
    })


@login_required
def check_answers(request, plan_id):
    plan = get_plan(request, plan_id)
    answers = plan.answers()
    groups = [{"step": step, "rows": step.check_rows(answers.get(step.SLUG) or {})} for step in STEPS]
    return render(request, "planner/check_answers.html", {"plan": plan, "groups": groups})


@login_required
def preview(request, plan_id):
    plan = get_plan(request, plan_id)
    return render(request, "plan/preview.html", {"doc": build(plan), "plan": plan})


@login_required
def plan_pdf(request, plan_id):
    plan = get_plan(request, plan_id)
    content = pdf.render_plan(build(plan))
    response = HttpResponse(content, content_type="application/pdf")
    filename = slugify(f"{plan.gemeente.naam} {plan.titel}") or "beleidsplan"
    response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
    return response
