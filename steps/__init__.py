"""The eight steps of Movisie's "Mantelzorgers betrekken" as pure domain code.

Nothing in this package knows about requests, users or page templates.

The answers contract (shared by forms, plan sections and advisor rules):

* A plan's answers are a dict keyed by step slug::

      {"visie": {...}, "comfortzone": {...}, "voorwaarden": {...}, "beleidsfasen": {...},
       "instrumenten": {...}, "doelgroepen": {...}, "draagvlak": {...}, "evaluatie": {...}}

  A step that was never saved is missing or ``{}``.
* Inside a step, keys are the ``field_name`` values of ../shared/domain.md, section 3.
* Values are JSON types: text is ``str`` ("" when empty), numbers ``int``/``float`` or
  ``None``, booleans ``bool``, single choices a code ``str`` ("" when empty), multiple choices
  a ``list`` of codes, dates ISO strings ``"YYYY-MM-DD"`` or ``None``, years (beleidsperiode)
  ``int``. Tables are lists of row dicts whose keys are the column names of domain.md.
"""
