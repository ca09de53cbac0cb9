"""Gemeenten, their members, and the plans with their stored step answers."""
from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

from steps import registry


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


class Invitation(models.Model):
    """An invitation to join a gemeente's team, waiting for the invited person to accept it.

    Nobody becomes a member without accepting: whether the address already has an account is
    not shown to the inviting gemeente (the team page lists the invitation by the address that
    was typed). The e-mail holds a random token; only its SHA-256 is stored.
    """

    gemeente = models.ForeignKey(Gemeente, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField("e-mailadres", max_length=150)
    role = models.CharField("rol", max_length=20, choices=Membership.Role.choices,
                            default=Membership.Role.REDACTEUR)
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "uitnodiging"
        verbose_name_plural = "uitnodigingen"
        ordering = ["email", "-created_at"]

    def __str__(self):
        return f"{self.email} – {self.gemeente} ({self.get_role_display()})"


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
    #: Recorded when the plan is fixed (vastgesteld); from then on it is read-only.
    vastgesteld_op = models.DateField("datum van vaststelling", null=True, blank=True)
    besluit = models.TextField("besluit", blank=True, help_text="Wie heeft het plan vastgesteld, en hoe.")
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: The Verdieping modules switched on (their slugs, steps.registry.MODULES). Switching one off
    #: keeps its answers; it only leaves the plan's answers (see `answers`).
    modules = models.JSONField("verdieping", default=list, blank=True)
    #: The fixed plan this one was copied from for the next period.
    origin = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="next_versions",
        verbose_name="voortgekomen uit",
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

    def answers(self, rows=None):
        """All saved answers as {section slug: answers}: the input of plan, advisor and PDF.

        Only the sections that are on: a Verdieping module switched off is left out entirely, one
        switched on is there ({} until saved), so every reader sees the same plan.
        """
        rows = self.step_answers.all() if rows is None else rows
        return active_answers({row.step: row.answers for row in rows}, self.modules)

    def section(self, slug):
        """The section with this slug if the plan has it on; None for an unknown one or a module
        that is switched off (its pages are then not there)."""
        return next((section for section in self.sections if section.SLUG == slug), None)

    @property
    def sections(self):
        """The plan's sections in wizard order: the steps, Beleid and the modules switched on."""
        return registry.active_sections(self.modules)


def active_answers(stored, modules_on):
    """The stored answers ({slug: answers}) of the sections that are on (see Plan.answers)."""
    on = registry.active_slugs(modules_on)
    answers = {slug: value for slug, value in stored.items() if slug in on}
    for slug in modules_on or ():
        if slug in on:
            answers.setdefault(slug, {})
    return answers


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
    #: Goes up with every save of the answers (not of drafts); the step form posts the
    #: version it was loaded with, so a second officer cannot silently overwrite the first.
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


class StepRevision(models.Model):
    """One saved version of a step's answers. Never changed or deleted: it is the history."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="revisions")
    step = models.CharField(max_length=40)
    #: The StepAnswer.version these answers got when they were saved.
    version = models.PositiveIntegerField()
    answers = models.JSONField(default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    #: Set when this revision puts back an earlier one.
    restored_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "versie van een stap"
        verbose_name_plural = "versies van stappen"
        ordering = ["-version", "-pk"]
        indexes = [models.Index(fields=["plan", "step", "-version"], name="revision_plan_step")]

    def __str__(self):
        return f"{self.plan} – {self.step} versie {self.version}"


class StepConflict(models.Model):
    """What an officer typed while a colleague saved the same step first; kept until resolved."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="conflicts")
    step = models.CharField(max_length=40)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    #: The version the officer's page was loaded with.
    base_version = models.PositiveIntegerField()
    #: The posted form data ({key: [values]}), exactly as typed.
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "bewerkingsconflict"
        verbose_name_plural = "bewerkingsconflicten"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.plan} – {self.step} ({self.created_by})"


class AuditEvent(models.Model):
    """Who did what and when: sign-ins, exports, imports, status and role changes."""

    class Action(models.TextChoices):
        SIGNED_IN = "inloggen", "Ingelogd"
        LOGGED_OUT_EVERYWHERE = "overal_uitgelogd", "Overal uitgelogd"
        EXPORTED = "export", "Plan geëxporteerd"
        IMPORTED = "import", "Plan geïmporteerd"
        STATUS_CHANGED = "status", "Status gewijzigd"
        NEW_VERSION = "nieuwe_versie", "Nieuwe versie gemaakt"
        RESTORED = "teruggezet", "Eerdere versie teruggezet"
        INVITED = "uitgenodigd", "Collega uitgenodigd"
        INVITE_ACCEPTED = "uitnodiging_aangenomen", "Uitnodiging aangenomen"
        INVITE_DECLINED = "uitnodiging_afgeslagen", "Uitnodiging afgeslagen"
        INVITE_WITHDRAWN = "uitnodiging_ingetrokken", "Uitnodiging ingetrokken"
        ROLE_CHANGED = "rol", "Rol gewijzigd"
        REMOVED = "verwijderd", "Collega verwijderd"
        MODULES = "verdieping", "Verdieping aan- of uitgezet"

    gemeente = models.ForeignKey(Gemeente, on_delete=models.CASCADE, related_name="audit_events")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField("actie", max_length=30, choices=Action.choices)
    plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "logboekregel"
        verbose_name_plural = "logboek"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()} ({self.gemeente})"


class DocumentVersion(models.Model):
    """The version number a document of the plan carries (PDF, ODT, DOCX), as gemeenten number
    them: concept 0.1, 0.2, ...; the vastgesteld plan 1.0; a new version after it 1.1, ...

    One row per content the plan had when a document was made: the same content (answers and
    cover, `planner.document.versions.content_digest`) always gets the same number, and the
    number goes up only when a document is made of content that changed. Drafts, refused saves
    and saves that change nothing never count: they do not change the content.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="document_versions")
    major = models.PositiveSmallIntegerField()
    minor = models.PositiveSmallIntegerField()
    content_digest = models.CharField(max_length=64)
    #: The plan's revision when the number was first given (which saved answers it shows).
    revisie = models.PositiveIntegerField(default=0)
    #: The formats made of this content ("pdf", "odt", "docx"), in the order first made.
    formats = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "documentversie"
        verbose_name_plural = "documentversies"
        ordering = ["plan", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "content_digest"], name="one_number_per_content"),
        ]

    def __str__(self):
        return f"{self.plan} versie {self.number}"

    @property
    def number(self):
        return f"{self.major}.{self.minor}"

    @property
    def format_names(self):
        names = {"pdf": "PDF", "odt": "ODT", "docx": "DOCX"}
        return ", ".join(names.get(each, each) for each in self.formats)
