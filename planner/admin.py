from django.contrib import admin

from planner.models import Gemeente, Membership, Plan, StepAnswer


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
