"""Forms of the planner itself (not of the eight steps)."""
from django import forms

from planner.models import Plan
from steps import forms as f


class PeriodCheck:
    """For a form with periode_start and periode_eind: the last year may not come first."""

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("periode_start"), cleaned.get("periode_eind")
        if start and end and end < start:
            self.add_error("periode_eind", "Het laatste jaar mag niet vóór het eerste jaar liggen.")
        return cleaned


class NewPlanForm(PeriodCheck, forms.Form):
    titel = f.short_text(
        "Titel van het plan", required=True, required_message="Vul een titel in.",
        help_text="Bijvoorbeeld: Samen met mantelzorgers 2027–2030.",
    )
    gemeente = forms.ModelChoiceField(
        label="Gemeente",
        queryset=None,
        empty_label=None,
        error_messages={"required": "Kies een gemeente.", "invalid_choice": "Kies een gemeente uit de lijst."},
        widget=forms.RadioSelect,
    )
    periode_start = f.year("Eerste jaar", required=True, required_message="Vul het eerste jaar in.")
    periode_eind = f.year("Laatste jaar", required=True, required_message="Vul het laatste jaar in.")

    def __init__(self, *args, gemeenten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].queryset = gemeenten
        only = list(gemeenten[:2])
        if len(only) == 1:
            self.fields["gemeente"].initial = only[0].pk

    def save(self, user):
        return Plan.objects.create(
            gemeente=self.cleaned_data["gemeente"],
            titel=self.cleaned_data["titel"],
            periode_start=self.cleaned_data["periode_start"],
            periode_eind=self.cleaned_data["periode_eind"],
            updated_by=user,
        )
