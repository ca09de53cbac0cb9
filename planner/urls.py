from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from planner import views
from planner.wizard import PlanWizard


plan_patterns = [
    path("", views.plan_overview, name="plan"),
    path("controleer/", views.check_answers, name="check"),
    path("voorbeeld/", views.preview, name="preview"),
    path("pdf/", views.plan_pdf, name="pdf"),
    path("stap/<str:step>/", PlanWizard.as_view(url_name="planner:step", done_step_name="klaar"), name="step"),
]

planner_patterns = [
    path("", views.dashboard, name="dashboard"),
    path("plannen/nieuw/", views.plan_new, name="plan_new"),
    path("plannen/<int:plan_id>/", include(plan_patterns)),
]

urlpatterns = [
    path("", include((planner_patterns, "planner"))),
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("beheer/", admin.site.urls),
]
