from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from planner import health, security
from planner.history import conflicts, transfer
from planner.history import views as history
from planner.pages import downloads, modules, status, views
from planner.teams import audit, invites
from planner.teams import views as team
from planner.wizard import parts, rows
from planner.wizard.views import PlanWizard


plan_patterns = [
    path("", views.plan_overview, name="plan"),
    path("controleer/", views.check_answers, name="check"),
    path("voorbeeld/", views.preview, name="preview"),
    path("voorbeeld/<slug:document>/", views.preview, name="preview_document"),
    path("verdieping/", modules.switch_modules, name="modules"),
    path("pdf/", views.plan_pdf, name="pdf"),
    path("odt/", downloads.plan_odt, name="odt"),
    path("docx/", downloads.plan_docx, name="docx"),
    path("pdf/<slug:document>/", views.plan_pdf, name="pdf_document"),
    path("odt/<slug:document>/", downloads.plan_odt, name="odt_document"),
    path("docx/<slug:document>/", downloads.plan_docx, name="docx_document"),
    path("geschiedenis/", history.plan_history, name="history"),
    path("geschiedenis/<int:revision_id>/terugzetten/", history.restore, name="restore"),
    path("conflicten/<int:conflict_id>/", conflicts.resolve, name="conflict"),
    path("vaststellen/", status.fix_plan, name="fix"),
    path("nieuwe-versie/", status.new_version, name="new_version"),
    path("export/", transfer.export_view, name="export"),
    path("stap/<str:step>/deel/<int:number>/", parts.part_edit, name="part"),
    path("stap/<str:step>/<str:table>/nieuw/", rows.row_edit, name="row_new"),
    path("stap/<str:step>/<str:table>/<int:index>/", rows.row_edit, name="row"),
    path("stap/<str:step>/<str:table>/<int:index>/verwijderen/", rows.row_delete, name="row_delete"),
    path("stap/<str:step>/", PlanWizard.as_view(url_name="planner:step", done_step_name="klaar"), name="step"),
]

gemeente_patterns = [
    path("team/", team.team, name="team"),
    path("team/<int:membership_id>/rol/", team.change_role, name="team_role"),
    path("team/<int:membership_id>/verwijderen/", team.remove, name="team_remove"),
    path("team/uitnodigingen/<int:invitation_id>/intrekken/", invites.withdraw, name="team_invitation_withdraw"),
    path("team/<int:membership_id>/inloglink/", team.send_login_link, name="team_login_link"),
    path("logboek/", audit.audit_log, name="audit_log"),
]

planner_patterns = [
    path("", views.dashboard, name="dashboard"),
    path("plannen/nieuw/", views.plan_new, name="plan_new"),
    path("plannen/importeren/", transfer.import_view, name="plan_import"),
    path("plannen/<int:plan_id>/", include(plan_patterns)),
    path("gemeenten/<int:gemeente_id>/", include(gemeente_patterns)),
    path("sessie/verleng/", views.keep_alive, name="keep_alive"),
]

urlpatterns = [
    path("", include((planner_patterns, "planner"))),
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("overal-uitloggen/", security.log_out_everywhere, name="log_out_everywhere"),
    path("uitnodiging/<str:token>/", invites.respond, name="invitation"),
    path("wachtwoord-kiezen/<uidb64>/<token>/", team.PasswordSetView.as_view(
        template_name="planner/password_set.html", success_url=reverse_lazy("password_set_done"),
    ), name="password_set"),
    path("wachtwoord-kiezen/klaar/", auth_views.PasswordResetCompleteView.as_view(
        template_name="planner/password_set_done.html",
    ), name="password_set_done"),
    path("beheer/", admin.site.urls),
    path("gezondheid/", health.health, name="health"),
    path("gezondheid/worker/", health.worker, name="health_worker"),
]

# Dutch error pages in the planner's style (planner/errors.py); CSRF failures: CSRF_FAILURE_VIEW.
handler400 = "planner.errors.bad_request"
handler403 = "planner.errors.permission_denied"
handler404 = "planner.errors.page_not_found"
handler500 = "planner.errors.server_error"

if settings.BENCH_VIEWS:
    urlpatterns.append(path("bench/leeg/", health.empty, name="bench_empty"))
