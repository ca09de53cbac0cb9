"""Step pages: the formtools wizard (`views.py`), saving every step to the database (`storage.py`),
how a question is drawn (`fields.py`, `form_renderer.py`), answers to and from form data
(`formdata.py`) and input kept when a session ended (`unsaved.py`)."""
