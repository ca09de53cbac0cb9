"""The plan document: assembled from the steps' blocks (`assemble.py`), laid out for print
(`layout.py`) and written as PDF (`pdf.py`, cached per revision in `cache.py`, made by the worker:
`tasks.py`) and as ODT/DOCX (`odt.py`, `docx.py`, `editable.py`)."""
