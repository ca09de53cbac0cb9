from django.contrib import admin

from planner.models import (
    AuditEvent, DocumentVersion, Gemeente, Invitation, Membership, Plan, StepAnswer, StepConflict, StepRevision,
)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(Gemeente)
class GemeenteAdmin(admin.ModelAdmin):
    list_display = ["naam", "kleur"]
    search_fields = ["naam"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "gemeente", "role"]
    list_filter = ["role", "gemeente"]
    search_fields = ["user__username", "user__email", "gemeente__naam"]
    autocomplete_fields = ["user", "gemeente"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Invitations to a team, for the functioneel beheerder to see (and delete, which withdraws
    one). Only the token's SHA-256 is stored; it is shown read-only and cannot be typed in, so
    no link can be made here. Invitations are made from the team page, which e-mails the link."""

    list_display = ["email", "gemeente", "role", "created_at", "created_by", "accepted_at"]
    list_filter = ["role", "gemeente"]
    search_fields = ["email", "gemeente__naam"]
    date_hierarchy = "created_at"
    readonly_fields = ["token_hash", "created_by", "created_at", "accepted_at", "accepted_by"]

    def has_add_permission(self, request):
        return False


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["titel", "gemeente", "periode_start", "periode_eind", "status", "updated_at"]
    list_filter = ["status", "gemeente"]
    search_fields = ["titel", "gemeente__naam"]
    readonly_fields = ["revisie", "created_at", "updated_at", "updated_by"]


@admin.register(StepAnswer)
class StepAnswerAdmin(admin.ModelAdmin):
    list_display = ["plan", "step", "version", "is_answered", "updated_at", "updated_by"]
    list_filter = ["step"]
    readonly_fields = ["version", "updated_at", "updated_by"]


@admin.register(StepRevision)
class StepRevisionAdmin(admin.ModelAdmin):
    list_display = ["plan", "step", "version", "created_by", "created_at"]
    list_filter = ["step"]
    search_fields = ["plan__titel"]
    readonly_fields = ["plan", "step", "version", "answers", "created_by", "created_at", "restored_from"]


@admin.register(StepConflict)
class StepConflictAdmin(admin.ModelAdmin):
    list_display = ["plan", "step", "created_by", "created_at", "resolved_at"]
    list_filter = ["step"]
    readonly_fields = ["plan", "step", "created_by", "base_version", "data", "created_at"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit log is evidence: readable in the admin, never edited there."""

    list_display = ["created_at", "gemeente", "user", "action", "plan"]
    list_filter = ["action", "gemeente"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DocumentVersion)
class DocumentVersionAdmin(admin.ModelAdmin):
    list_display = ["plan", "number", "created_at", "created_by"]
    readonly_fields = ["plan", "major", "minor", "content_digest", "revisie", "formats", "created_at", "created_by"]
