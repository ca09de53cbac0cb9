"""Gemeenten, their members, and the plans with their stored step answers."""
from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models


class Gemeente(models.Model):
    naam = models.CharField("naam", max_length=100, unique=True)
    kleur = models.CharField(
        "huisstijlkleur",
        max_length=7,
        default="#154273",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Gebruik een kleurcode als #154273.")],
        help_text="Wordt gebruikt in het plan (PDF). Standaard: donkerblauw.",
    )

    class Meta:
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class Membership(models.Model):
    class Role(models.TextChoices):
        BEHEERDER = "beheerder", "Beheerder"
        REDACTEUR = "redacteur", "Redacteur"
        LEZER = "lezer", "Lezer"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    gemeente = models.ForeignKey(Gemeente, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("rol", max_length=20, choices=Role.choices, default=Role.REDACTEUR)

    class Meta:
        verbose_name = "lidmaatschap"
        verbose_name_plural = "lidmaatschappen"
        constraints = [models.UniqueConstraint(fields=["user", "gemeente"], name="one_membership_per_gemeente")]

    def __str__(self):
        return f"{self.user} – {self.gemeente} ({self.get_role_display()})"

    @property
    def can_edit(self):
        return self.role in {self.Role.BEHEERDER, self.Role.REDACTEUR}


class Plan(models.Model):
    class Status(models.TextChoices):
        CONCEPT = "concept", "Concept"
        VASTGESTELD = "vastgesteld", "Vastgesteld"

    gemeente = models.ForeignKey(Gemeente, on_delete=models.PROTECT, related_name="plans")
    titel = models.CharField("titel", max_length=200)
    periode_start = models.PositiveSmallIntegerField("eerste jaar")
    periode_eind = models.PositiveSmallIntegerField("laatste jaar")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CONCEPT)
    #: Goes up with every saved step; the PDF cache is keyed on it.
    revisie = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "plan"
        verbose_name_plural = "plannen"
        ordering = ["-updated_at"]

    def __str__(self):
        return f"{self.titel} ({self.gemeente})"

    @property
    def periode(self):
        return f"{self.periode_start}–{self.periode_eind}"

    def answers(self):
        """All saved answers as {step slug: answers}: the input of plan, advisor and PDF."""
        return {row.step: row.answers for row in self.step_answers.all()}


class StepAnswer(models.Model):
    """The answers of one step of one plan, stored the moment the step is saved."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="step_answers")
    step = models.CharField(max_length=40)
    answers = models.JSONField(default=dict)
    #: Raw form input that did not validate yet, so nothing typed is lost.
    draft = models.JSONField(null=True, blank=True)
    #: True once valid answers were saved; drafts alone do not count.
    is_answered = models.BooleanField(default=False)
    #: The officer says the step is finished ("Is deze stap klaar?").
    is_done = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "antwoorden van een stap"
        verbose_name_plural = "antwoorden van stappen"
        constraints = [models.UniqueConstraint(fields=["plan", "step"], name="one_answer_per_step")]

    def __str__(self):
        return f"{self.plan} – {self.step}"
