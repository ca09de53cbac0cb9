from django.apps import AppConfig


class PlannerConfig(AppConfig):
    name = "planner"
    verbose_name = "Beleidsplanner"

    def ready(self):
        # Signal receivers: the audit log of sign-ins, and the PDF made in advance of a changed plan.
        from planner.document import tasks  # noqa: F401
        from planner.teams import audit  # noqa: F401
        # Our own deploy checks (manage.py check --deploy).
        from planner import checks  # noqa: F401
