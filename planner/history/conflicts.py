"""Two officers saved the same step: show both versions side by side and let the second choose.

The second officer's input is already stored (`StepConflict`), so nothing typed is lost. Per
question they pick their own answer or their colleague's, then save the result, or open it in
the step form to edit further. Keeping the colleague's version only closes the conflict; the
typed input stays in the database.
"""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from planner.history import diff
from planner.wizard import formdata
from planner.access import get_plan
from planner.models import StepAnswer, StepConflict
from planner.wizard.storage import VersionConflict, save_answers, save_draft
from steps.registry import BY_SLUG

MINE = "mijn"
THEIRS = "collega"
ACTION_SAVE = "opslaan"
ACTION_EDIT = "aanpassen"
ACTION_KEEP_THEIRS = "collega"


def _choices(post, names):
    """{question: MINE or THEIRS}; a question without a (valid) choice keeps the officer's own answer."""
    return {name: THEIRS if post.get(f"keuze-{name}") == THEIRS else MINE for name in names}


def _merge(step, mine, theirs, choices):
    merged = dict(theirs)
    for name in diff.question_names(step):
        if choices.get(name) == MINE:
            merged[name] = mine.get(name, theirs.get(name))
    return merged


def _belongs(key, prefix):
    """True for a question's own key and its table keys (prefix-0-column, prefix-TOTAL_FORMS)."""
    return key == prefix or key.startswith(prefix + "-")


def _draft_data(step, conflict, merged, choices, incomplete, plan_answers):
    """Form data of the merge; the officer's own incomplete answers go back in exactly as typed."""
    data = formdata.form_data(step, merged, plan_answers=plan_answers)
    for name in incomplete:
        if choices.get(name) != MINE:
            continue
        prefix = f"{step.SLUG}-{name}"
        for key in [key for key in data if _belongs(key, prefix)]:
            del data[key]
        for key, values in conflict.data.items():
            if _belongs(key, prefix):
                data.setlist(key, values)
    return data


def _close(conflict):
    conflict.resolved_at = timezone.now()
    conflict.save(update_fields=["resolved_at"])


@login_required
@require_http_methods(["GET", "POST"])
def resolve(request, plan_id, conflict_id):
    plan = get_plan(request, plan_id, write=request.method == "POST")
    # Only the officer who typed it sees it: it may hold unfinished work.
    conflict = get_object_or_404(StepConflict, pk=conflict_id, plan=plan, created_by=request.user)
    step = BY_SLUG.get(conflict.step)
    if step is None:
        raise Http404("Deze stap bestaat niet meer.")
    if conflict.resolved_at is not None:
        messages.info(request, "Dit verschil is al opgelost.")
        return redirect("planner:step", plan_id=plan.pk, step=step.SLUG)

    plan_answers = plan.answers()
    stored = StepAnswer.objects.select_related("updated_by").filter(plan=plan, step=step.SLUG).first()
    theirs = stored.answers if stored else {}
    mine, incomplete = formdata.answers_from_input(step, conflict.data, plan_answers=plan_answers)
    questions = diff.questions(step, mine, theirs, plan_answers=plan_answers, incomplete=incomplete)
    version = stored.version if stored else 0

    if request.method == "POST":
        action = request.POST.get("actie")
        try:
            posted_version = int(request.POST.get("versie", ""))
        except ValueError:
            posted_version = -1
        if posted_version != version:
            messages.warning(request, "De stap is intussen opnieuw opgeslagen. Bekijk de verschillen nog een keer.")
            return redirect("planner:conflict", plan_id=plan.pk, conflict_id=conflict.pk)
        try:
            response = _act(request, plan, step, conflict, action, mine, theirs, incomplete, version, plan_answers)
        except VersionConflict:
            messages.warning(request, "De stap is intussen opnieuw opgeslagen. Bekijk de verschillen nog een keer.")
            return redirect("planner:conflict", plan_id=plan.pk, conflict_id=conflict.pk)
        if response is not None:
            return response

    return render(request, "planner/conflict.html", {
        "plan": plan,
        "step": step,
        "conflict": conflict,
        "stored": stored,
        "version": version,
        "questions": questions,
        "differences": sum(1 for question in questions if question.differs),
        "incomplete": bool(incomplete),
        "MINE": MINE,
        "THEIRS": THEIRS,
    })


def _act(request, plan, step, conflict, action, mine, theirs, incomplete, version, plan_answers):
    if action == ACTION_KEEP_THEIRS:
        _close(conflict)
        messages.success(request, "De versie van uw collega blijft staan. Uw eigen invoer is niet opgeslagen in het plan.")
        return redirect("planner:step", plan_id=plan.pk, step=step.SLUG)
    if action not in (ACTION_SAVE, ACTION_EDIT):
        return None
    choices = _choices(request.POST, diff.question_names(step))
    merged = _merge(step, mine, theirs, choices)
    chose_incomplete = any(choices.get(name) == MINE for name in incomplete)
    with transaction.atomic():
        if action == ACTION_SAVE and not chose_incomplete:
            form = formdata.bind(step, formdata.form_data(step, merged, plan_answers=plan_answers),
                                 plan_answers=plan_answers)
            if form.is_valid():
                save_answers(plan, step.SLUG, form.answers(), request.user, expected_version=version)
                _close(conflict)
                messages.success(request, "Uw keuze is opgeslagen als nieuwe versie van de stap.")
                return redirect("planner:step", plan_id=plan.pk, step=step.SLUG)
        # Edit further, or the choice is not complete yet: open it in the step form as a draft.
        data = _draft_data(step, conflict, merged, choices, incomplete, plan_answers)
        save_draft(plan, step.SLUG, data, request.user, expected_version=version)
        _close(conflict)
    if action == ACTION_SAVE:
        messages.warning(request, "Uw keuze is bewaard, maar nog niet opgeslagen: er staat nog een fout in. "
                                  "Verbeter die en sla de stap op.")
    else:
        messages.info(request, "Pas de antwoorden aan en sla de stap op.")
    return redirect("planner:step", plan_id=plan.pk, step=step.SLUG)
