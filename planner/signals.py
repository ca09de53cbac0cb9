"""Signals between the parts of the planner, so that saving knows nothing of what follows."""
from django.dispatch import Signal

#: Sent (after the transaction commits) when a plan's answers or cover data changed.
#: Arguments: plan_id. The PDF renderer listens, to make the new PDF in advance.
plan_changed = Signal()
