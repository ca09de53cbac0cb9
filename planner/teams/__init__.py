"""A gemeente's people: the team page and roles (`views.py`), invitations that ask consent
(`invites.py`) and the logboek (`audit.py`)."""
