"""What happened to a plan: revisions and restoring them (`views.py`), differences (`diff.py`),
input that clashed with a colleague's save (`conflicts.py`) and a whole plan as a JSON file
(`transfer.py`)."""
