"""Pages around the wizard: dashboard, new plan, overview, check answers, preview and PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from planner.document import cache as pdf_cache
from planner.document import pdf, tasks, versions
from planner.pages import downloads
from planner import access
from planner.access import get_plan, memberships_for, plans_for
from planner.pages.forms import NewPlanForm
from planner.pages.session import restart_session_clock, session_seconds_left
from planner.wizard.fields import summary_errors
from planner.document.assemble import build
from planner.facts import facts_of
from steps import facts, outlines
from steps.registry import MODULES, STEPS

STEP_COUNT = len(STEPS)

# The statuses of the task list on the plan overview (GOV.UK "complete multiple tasks"); what
# each means and when a step has which is steps.facts'.
NIET_BEGONNEN, BEZIG, LET_OP, KLAAR, KLAAR_LET_OP = (
    facts.NIET_BEGONNEN, facts.BEZIG, facts.LET_OP, facts.KLAAR, facts.KLAAR_LET_OP)
STATUS_BADGE = {
    NIET_BEGONNEN: "utrecht-status-badge--inactive",
    BEZIG: "utrecht-status-badge--neutral",
    LET_OP: "utrecht-status-badge--warning",
    KLAAR: "utrecht-status-badge--success",
    KLAAR_LET_OP: "utrecht-status-badge--warning",
}


@login_required
def dashboard(request):
    plans = (
        plans_for(request.user)
        .select_related("gemeente", "updated_by")
        .annotate(
            # Klaar as steps.facts counts it (with or without Let op): marked klaar, no unsaved input.
            steps_done=Count("step_answers", filter=Q(step_answers__is_done=True, step_answers__is_answered=True,
                                                      step_answers__draft__isnull=True)),
            steps_started=Count("step_answers", filter=Q(step_answers__is_answered=True)),
        )
        .order_by("gemeente__naam", "-updated_at")
    )
    memberships = memberships_for(request.user)
    return render(request, "planner/dashboard.html", {
        "plans": plans,
        "memberships": memberships,
        "can_start": access.gemeenten_for_new_plans(request.user).exists(),
        "step_count": STEP_COUNT,
    })


@login_required
@require_http_methods(["GET", "POST"])
def plan_new(request):
    gemeenten = access.gemeenten_for_new_plans(request.user)
    if not gemeenten.exists():
        raise PermissionDenied("U mag geen plannen maken.")
    form = NewPlanForm(request.POST or None, gemeenten=gemeenten)
    if request.method == "POST" and form.is_valid():
        plan = form.save(request.user)
        messages.success(request, "Het plan is aangemaakt. U kunt beginnen met stap 1.")
        return redirect("planner:step", plan_id=plan.pk, step=STEPS[0].SLUG)
    error_list = summary_errors(form)
    return render(request, "planner/plan_new.html", {"form": form, "error_list": error_list})


def _plan_steps(plan):
    """Each section with its stored answers and its facts (status, findings), and the plan's facts."""
    stored = {row.step: row for row in plan.step_answers.all()}
    answers = plan.answers(stored.values())
    known = facts_of(plan, answers)
    rows = [{
        "step": each.step,
        "answer": stored.get(each.slug),
        "facts": each,
        "status": each.status,
        "badge": STATUS_BADGE[each.status],
        "findings": each.findings,
    } for each in known.steps]
    return rows, answers, known


def _optional_url(name, plan):
    """The URL of a plan page that arrives in a separate change (history, vaststellen), or ""."""
    try:
        return reverse(name, args=[plan.pk])
    except NoReverseMatch:
        return ""


@login_required
def plan_overview(request, plan_id):
    plan = get_plan(request, plan_id)
    rows, _answers, known = _plan_steps(plan)
    # Listed under the step where each is fixed; counted with every step it involves (the rows).
    findings_per_step = []
    for step in plan.sections:
        items = [f for f in known.findings if f.step == step.SLUG]
        if items:
            findings_per_step.append({"step": step, "items": items})
    return render(request, "planner/plan_overview.html", {
        "plan": plan,
        "task_groups": [
            {"title": "Stappen", "id": "stappen", "rows": [row for row in rows if row["step"].KIND == "stap"]},
            {"title": "Van plan naar beleid", "id": "beleid",
             "rows": [row for row in rows if row["step"].KIND == "beleid"]},
            {"title": "Verdieping die aan staat", "id": "verdieping-aan",
             "rows": [row for row in rows if row["step"].KIND == "verdieping"]},
        ],
        "modules": MODULES,
        "outlines": outlines.OUTLINES,
        "steps_done": known.steps_done,
        "step_count": known.step_count,
        "findings_per_step": findings_per_step,
        "finding_count": known.finding_count,
        "document_version": versions.number_for(plan, _answers),
        "history_url": _optional_url("planner:history", plan),
        "fix_url": _optional_url("planner:fix", plan) if plan.editable else "",
        "new_version_url": (_optional_url("planner:new_version", plan)
                            if access.can_start_new_version(plan.membership, plan) else ""),
    })


@login_required
def check_answers(request, plan_id):
    plan = get_plan(request, plan_id)
    rows, answers, _facts = _plan_steps(plan)
    groups = [
        {**row, "rows": row["step"].check_rows(answers.get(row["step"].SLUG) or {}, answers)}
        for row in rows
    ]
    return render(request, "planner/check_answers.html", {
        "plan": plan,
        "groups": groups,
        "can_edit": plan.editable,
    })


@require_GET
@never_cache
def keep_alive(request):
    """Extend the session a little before it ends (the warning's "Ingelogd blijven" button)."""
    if not request.user.is_authenticated:
        return JsonResponse({"verlengd": False}, status=401)
    restart_session_clock(request)
    return JsonResponse({"verlengd": True, "seconden": session_seconds_left(request)})


@login_required
def preview(request, plan_id, document=outlines.DEFAULT):
    plan = get_plan(request, plan_id)
    if outlines.get(document) is None:
        raise Http404("Dit document bestaat niet.")
    return render(request, "plan/preview.html", {
        "doc": build(plan, document=document), "plan": plan, "outlines": outlines.OUTLINES,
    })


@login_required
def plan_pdf(request, plan_id, document=outlines.DEFAULT):
    plan = get_plan(request, plan_id)
    if outlines.get(document) is None:
        raise Http404("Dit document bestaat niet.")
    # ?variant=pdfa for the archive; the document's key goes with it into the cache (pdf.file_variant).
    variant = pdf.file_variant(document, pdf.variant_from(request.GET.get("variant")))
    if request.method == "HEAD" and pdf_cache.is_cached(plan, variant):
        return HttpResponse(content_type="application/pdf")  # the wait page's check: the PDF is not read
    if request.method == "HEAD" and tasks.worker_is_on_it(plan, variant):
        return HttpResponse(status=202)  # still being made: nothing to number or queue again
    # The number is fixed before the PDF is looked up or rendered, so file and number agree.
    versions.assign(plan, "pdf", request.user)
    try:
        content = tasks.pdf_or_render(plan, variant)
        failed = None if content is not None else pdf_cache.render_failed(plan, variant)
    except tasks.TooManyRenders:
        content, failed = None, "wachtrij"
    if content is None:
        # A worker is making it; the wait page asks this URL again until the download is there.
        # If the worker failed (or the gemeente's queue is full), the page says so; a try a
        # minute later starts again.
        response = render(request, "planner/pdf_wait.html",
                          {"plan": plan, "again": pdf_url(plan, variant), "failed": failed},
                          status=200 if failed else 202)
        add_never_cache_headers(response)
        return response
    response = HttpResponse(content, content_type="application/pdf")
    suffix = "-pdfa" if pdf.split_variant(variant)[1] == "pdfa" else ""
    response["Content-Disposition"] = f'attachment; filename="{downloads.file_name(plan, document)}{suffix}.pdf"'
    return response


def pdf_url(plan, variant):
    document, pdf_variant = pdf.split_variant(variant)
    url = (reverse("planner:pdf", args=[plan.pk]) if document == outlines.DEFAULT
           else reverse("planner:pdf_document", args=[plan.pk, document]))
    return url if pdf_variant == pdf.DEFAULT_VARIANT else f"{url}?variant={pdf_variant}"
