from django.apps import AppConfig


class PlannerConfig(AppConfig):
    name = "planner"
    verbose_name = "Beleidsplanner"

    def ready(self):
        # Signal receivers: the audit log of sign-ins, and the session check of "overal uitloggen".
        from planner import audit  # noqa: F401
