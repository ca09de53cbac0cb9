"""The eight steps of Movisie's "Mantelzorgers betrekken" as pure domain code.

Nothing in this package knows about requests, users or page templates.

Where things are:

* ``s1_visie.py`` … ``s8_evaluatie.py``: one module per step (questions, checks, suggestions,
  plan chapter, check page). A step module never imports another step module; what steps
  share lives in the modules below. ``registry.py`` lists the steps in order.
* ``forms.py``: fields with Dutch messages, table rows and tables, ``StepForm``.
* ``choices.py``: choices that come from earlier steps (goals, ladder, instruments).
* ``text.py``: Dutch text for the plan and the check page (dates, numbers, lists, answers).
* ``document.py``: the blocks of a plan chapter. ``typetest.py``: the typetest of step 1.
* ``derived.py``: derived values over a plan's answers; ``advisor/``: the checks across steps;
  ``catalogs/``: the fixed lists; ``demo_data.py``: the demo municipality.

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
