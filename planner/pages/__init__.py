"""Pages around the wizard: dashboard, new plan, overview, check answers, preview (`views.py`),
the downloads (`downloads.py`), vaststellen and a new version (`status.py`), the session clock
(`session.py`)."""
