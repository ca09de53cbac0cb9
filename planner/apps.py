from django.apps import AppConfig


class PlannerConfig(AppConfig):
    name = "planner"
    verbose_name = "Beleidsplanner"

    def ready(self):
        # Our own deploy checks (manage.py check --deploy); the library patches (planner/patches.py).
        from planner import (
            checks,  # noqa: F401
            patches,
        )

        # Signal receivers: the audit log of sign-ins, and the PDF made in advance of a changed plan.
        from planner.document import tasks  # noqa: F401
        from planner.teams import audit  # noqa: F401

        # Once per process; WeasyPrint's patch waits for its first render (see planner/patches.py).
        patches.apply()
