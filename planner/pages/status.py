"""A plan's life: concept → vastgesteld (read-only) → a new version for the next period.

Fixing a plan records the date and the decision. When the advisor still finds errors
("fout"), the officer must confirm first. A new version is a copy of the fixed plan's answers
that keeps a link to its origin; the fixed plan itself never changes again.
"""
from datetime import date

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from planner.teams import audit
from planner import access
from planner.access import get_plan
from planner.pages.forms import PeriodCheck
from planner.facts import facts_of
from planner.models import Plan
from planner.wizard.fields import summary_errors
from planner.wizard.storage import save_answers
from steps import advisor
from steps import forms as f


class FixPlanForm(forms.Form):
    vastgesteld_op = f.date_field(
        "Datum van het besluit", required=True, required_message="Vul de datum van het besluit in.",
        help_text="Op welke dag heeft het college of de raad het plan vastgesteld? Bijvoorbeeld: 31-12-2026.",
    )
    besluit = f.long_text(
        "Het besluit", required=True, required_message="Beschrijf het besluit.",
        help_text="Wie heeft het plan vastgesteld, en hoe? Bijvoorbeeld: vastgesteld door het college, "
                  "besluitnummer 2026-123.",
    )
    bevestig_fouten = forms.BooleanField(
        label="Ik weet dat er nog fouten in het plan staan. Ik wil het toch vaststellen.",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"}),
    )

    def __init__(self, *args, open_errors=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.open_errors = open_errors

    def clean_vastgesteld_op(self):
        day = self.cleaned_data["vastgesteld_op"]
        if day.year < 2000 or day > date.today():
            raise forms.ValidationError("Vul een datum in tussen 2000 en vandaag.")
        return day

    def clean(self):
        cleaned = super().clean()
        if self.open_errors and not cleaned.get("bevestig_fouten"):
            self.add_error("bevestig_fouten", "Bevestig dat u het plan met fouten wilt vaststellen.")
        return cleaned


class NewVersionForm(PeriodCheck, forms.Form):
    titel = f.short_text("Titel van de nieuwe versie", required=True, required_message="Vul een titel in.")
    periode_start = f.year("Eerste jaar", required=True, required_message="Vul het eerste jaar in.")
    periode_eind = f.year("Laatste jaar", required=True, required_message="Vul het laatste jaar in.")


def error_list(form):
    return summary_errors(form)


def open_errors(plan):
    return [finding for finding in facts_of(plan).findings if finding.severity == advisor.FOUT]


@login_required
@require_http_methods(["GET", "POST"])
def fix_plan(request, plan_id):
    plan = get_plan(request, plan_id, write=True)
    errors = open_errors(plan)
    form = FixPlanForm(request.POST or None, open_errors=len(errors), initial={"vastgesteld_op": date.today()})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Only a concept can be fixed, also when two officers press the button at once.
            changed = Plan.objects.filter(pk=plan.pk, status=Plan.Status.CONCEPT).update(
                status=Plan.Status.VASTGESTELD,
                vastgesteld_op=form.cleaned_data["vastgesteld_op"],
                besluit=form.cleaned_data["besluit"],
                vastgesteld_door=request.user,
            )
            if changed:
                audit.record(request, audit.STATUS_CHANGED, plan=plan, status="vastgesteld",
                             vastgesteld_op=form.cleaned_data["vastgesteld_op"].isoformat(),
                             open_fouten=len(errors))
        messages.success(request, "Het plan is vastgesteld. U kunt het nu alleen nog lezen en downloaden.")
        return redirect("planner:plan", plan_id=plan.pk)
    return render(request, "planner/plan_fix.html", {
        "plan": plan, "form": form, "findings": errors, "error_list": error_list(form),
    })


def next_period(plan):
    length = plan.periode_eind - plan.periode_start
    start = min(plan.periode_eind + 1, 2100)
    return start, min(start + length, 2100)


def copy_answers(answers, plan):
    """A step's answers for the new version; step 1 gets the new period as well."""
    answers = dict(answers)
    if "beleidsperiode_start" in answers or "beleidsperiode_eind" in answers:
        answers["beleidsperiode_start"] = plan.periode_start
        answers["beleidsperiode_eind"] = plan.periode_eind
    return answers


@transaction.atomic
def start_new_version(origin, user, *, titel, periode_start, periode_eind):
    plan = Plan.objects.create(
        gemeente=origin.gemeente, titel=titel, periode_start=periode_start, periode_eind=periode_eind,
        origin=origin, updated_by=user, modules=list(origin.modules),
    )
    for row in origin.step_answers.filter(is_answered=True).order_by("pk"):
        save_answers(plan, row.step, copy_answers(row.answers, plan), user)
    return plan


@login_required
@require_http_methods(["GET", "POST"])
def new_version(request, plan_id):
    origin = get_plan(request, plan_id)
    if not origin.membership.can_edit:
        raise PermissionDenied("U mag geen plannen maken.")
    if not access.can_start_new_version(origin.membership, origin):
        messages.info(request, "Een nieuwe versie kan pas als het plan is vastgesteld.")
        return redirect("planner:plan", plan_id=origin.pk)
    start, end = next_period(origin)
    form = NewVersionForm(request.POST or None, initial={
        "titel": f"{origin.titel} (nieuwe versie)"[:200], "periode_start": start, "periode_eind": end,
    })
    if request.method == "POST" and form.is_valid():
        plan = start_new_version(origin, request.user, **form.cleaned_data)
        audit.record(request, audit.NEW_VERSION, plan=plan, origin=origin.pk, titel=plan.titel)
        messages.success(request, "De nieuwe versie is gemaakt. De antwoorden van het vastgestelde plan staan erin.")
        return redirect("planner:plan", plan_id=plan.pk)
    return render(request, "planner/plan_new_version.html", {
        "plan": origin, "form": form, "error_list": error_list(form),
    })
