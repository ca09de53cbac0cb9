"""Switching the Verdieping modules of a plan on and off (the overview's "Verdieping" section)."""
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from planner.access import get_plan
from planner.teams import audit
from planner.wizard.storage import set_modules
from steps.registry import BY_SLUG, MODULES
from steps.text import join_words


class ModulesForm(forms.Form):
    modules = forms.MultipleChoiceField(
        label="Welke verdieping wilt u gebruiken?",
        choices=[(module.SLUG, module.SHORT_TITLE) for module in MODULES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Kies alleen verdiepingen uit de lijst."},
    )


@login_required
@require_POST
def switch_modules(request, plan_id):
    plan = get_plan(request, plan_id, write=True)
    form = ModulesForm(request.POST)
    back = reverse("planner:plan", args=[plan.pk]) + "#verdieping"
    if not form.is_valid():  # only a forged post gets here: the page offers the list's choices only
        messages.error(request, "Kies alleen verdiepingen uit de lijst.")
        return redirect(back)
    changed = set_modules(plan, form.cleaned_data["modules"], request.user)
    if not changed:
        messages.info(request, "Er is niets veranderd aan de verdieping.")
        return redirect(back)
    on = [BY_SLUG[slug].SHORT_TITLE for slug in changed if slug in plan.modules]
    off = [BY_SLUG[slug].SHORT_TITLE for slug in changed if slug not in plan.modules]
    audit.record(request, audit.MODULES, plan=plan, aan=sorted(on), uit=sorted(off))
    parts = []
    if on:
        parts.append(f"Aangezet: {join_words(on)}.")
    if off:
        parts.append(f"Uitgezet: {join_words(off)}. De antwoorden blijven bewaard; "
                     "zet u de verdieping weer aan, dan staan ze er weer.")
    messages.success(request, " ".join(parts))
    return redirect(back)
