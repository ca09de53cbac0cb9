"""The contract every section keeps: the eight steps, the Beleid sections and the Verdieping
modules of `steps.registry.SECTIONS`.

A new step is one module plus its place in the registry and its demo answers; these tests then
check it like the others. What only one step does is tested in test_steps_1_4.py and
test_steps_5_8.py.

The contract: module attributes (NUMBER, SLUG, TITLE, ...), a `StepForm` whose sections hold
every question and table once, with help text and Dutch messages of its own; the demo answers
are valid and come back unchanged; `plan_section` gives a Section (or a list of Sections) made
of the blocks in steps/document.py, an open section for empty answers and never the officer's
notes, codes or field names; `check_rows` lists every question, "Niet ingevuld" when empty.
"""
import ast
import re
import copy
import json
from pathlib import Path

import pytest
from django import forms
from plan_sections import BLOCK_CLASSES, BLOCK_KINDS, blocks_of, sections_of, text_of
from postdata import bind, post_data, step, valid_form

from steps import s6_doelgroepen
from steps.catalogs.doelgroepen import DOELGROEPEN
from steps.document import NOT_ANSWERED
from steps.forms import FixedRowForm, StepForm
from steps.registry import BY_SLUG, SECTIONS, STEPS

by_slug = {"ids": lambda value: getattr(value, "SLUG", value)}
each_step = pytest.mark.parametrize("module", SECTIONS, **by_slug)

#: Number, slug and official title (Movisie, "Mantelzorgers betrekken") of each step.
STEP_NAMES = {
    1: ("visie", "Bepaal uw visie op mantelzorg en mantelzorgondersteuning"),
    2: ("comfortzone", "Bepaal uw comfortzone op de participatieladder en inventariseer de risico's"),
    3: ("voorwaarden", "Bepaal uw visie op betrekken en de voorwaarden die daaraan verbonden zijn"),
    4: ("beleidsfasen", "Bepaal in welke beleidsfase(n) u mantelzorgers wilt betrekken"),
    5: ("instrumenten", "Bepaal welke instrumenten u wilt inzetten en hoe ze elkaar aanvullen"),
    6: ("doelgroepen", "Bepaal welke mantelzorgers u wilt betrekken"),
    7: ("draagvlak", "Zorg voor draagvlak en start met de uitvoering"),
    8: ("evaluatie", "Evalueer het interactieve proces en de resultaten"),
}
#: Messages that do not tell the officer which question they belong to.
GENERIC = {"This field is required.", "Dit veld is verplicht.", "Vul dit veld in.",
           "Kies één van de mogelijkheden.", "Kies minstens één mogelijkheid."}
#: Columns the demo answers leave out, and what the form gives back for them.
COLUMNS_NOT_IN_DEMO = {("draagvlak", "stakeholders"): {"strategie_override": ""}}
#: Codes and field names that must never reach the plan text (prose, not data).
CODES_NOT_IN_PLAN = ["nauw_betrekken", "ja_begroting", "persoonlijke_uitnodiging_professional",
                     "eind_beleidsperiode", "registratie_steunpunt", "werkende_mantelzorgers",
                     "breed_en_diep", "persona_onderzoek", "terugkoppeling_gepland", "stap_notities",
                     "combinatie_toelichting", "scenario_gekozen", NOT_ANSWERED, "Notities voor uzelf"]
#: The exact message of the tables that need a row (each table with min_rows has its own).
MIN_ROWS_MESSAGES = {
    ("visie", "doelen"): "Vul minstens één doel in.",
    ("comfortzone", "risicos"): "Noem minstens één risico.",
    ("instrumenten", "instrumenten"): "Kies minstens één instrument.",
    ("doelgroepen", "doelgroepen"): "Kies minstens één groep mantelzorgers.",
    ("doelgroepen", "vindplaatsen"): "Vul minstens één vindplaats in.",
    ("doelgroepen", "wervingsplan"): "Plan minstens één wervingsactie.",
    ("draagvlak", "stakeholders"): "Vul minstens drie partijen in.",
    ("draagvlak", "acties"): "Vul minstens één actie in.",
    ("evaluatie", "evaluatiemomenten"): "Plan minstens één evaluatiemoment.",
    ("evaluatie", "procesvragen"): "Houd minstens één evaluatievraag over het proces.",
    ("evaluatie", "indicatoren"): "Vul minstens één indicator in.",
    ("pitch", "pitches"): "Maak minstens één pitch.",
    ("samenwerking", "partnerprioritering"): "Vul minstens één partner in.",
    ("sofa", "sofa_maatregelen"): "Vul minstens één maatregel voor een rol in.",
    ("personas", "personas"): "Maak minstens één persona.",
}


@pytest.fixture
def plan(full_plan):
    """The demo answers of every section (each module on): all are checked against them."""
    return full_plan


def all_errors(form):
    """Format errors and, when the form saves, what is missing to mark the step klaar."""
    if form.is_valid():
        form.check_complete()
    return [message for _anchor, _where, message in form.field_errors()]


def field_names(module):
    return [name for _legend, names in module.Form.sections for name in names]


def tables_of(predicate=lambda table: True):
    return [(module, name) for module in SECTIONS for name, table in module.Form.tables.items()
            if predicate(table)]


def is_catalogue_table(table):
    """A fixed table with one row per catalogue item (step 2's rungs, step 4's phases)."""
    return table.fixed and issubclass(table.form, FixedRowForm)


def check_blocks(result):
    """The sections of a plan_section result, each with blocks of the kinds in steps/document.py."""
    sections = sections_of(result)
    for section in sections:
        assert isinstance(section.blocks, list) and section.blocks, section.title
        for block in blocks_of(section):
            assert isinstance(block, BLOCK_CLASSES) and block.kind in BLOCK_KINDS, block
    return sections


# --- The module -------------------------------------------------------------------------------

def test_the_registry_numbers_the_steps_in_order():
    assert [module.NUMBER for module in STEPS] == list(range(1, len(STEPS) + 1))
    assert {module.NUMBER: module.SLUG for module in STEPS} == {n: slug for n, (slug, _) in STEP_NAMES.items()}
    assert all(BY_SLUG[module.SLUG] is module for module in STEPS)


@each_step
def test_it_declares_the_step_contract(module):
    if module.KIND == "stap":
        assert (module.SLUG, module.TITLE) == STEP_NAMES[module.NUMBER]
        assert module.LABEL == f"Stap {module.NUMBER}"
    else:
        assert module.LABEL == f"{module.KIND.capitalize()} {module.NUMBER}" and module.TITLE
    if module.KIND == "verdieping":
        assert module.WHAT_FOR.endswith(".") and module.WHAT_FOR.count(". ") <= 1
    assert module.SHORT_TITLE and isinstance(module.SHORT_TITLE, str)
    assert 2 <= len(re.findall(r"[.?!](?:\s|$)", module.INTRO)) <= 4  # sentences
    assert isinstance(module.TIPS, tuple) and module.TIPS and all(module.TIPS)
    assert issubclass(module.Form, StepForm)
    assert callable(module.plan_section) and callable(module.check_rows)


STEPS_DIR = Path(STEPS[0].__file__).parent


def imported_modules(path):
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@each_step
def test_no_step_module_imports_another_step_module(module):
    step_files = sorted(STEPS_DIR.glob("[sbm][0-9]_*.py"))
    assert {path.stem for path in step_files} == {other.__name__.rsplit(".", 1)[1] for other in SECTIONS}
    step_modules = {other.__name__ for other in SECTIONS}
    assert not imported_modules(Path(module.__file__)) & step_modules


# --- The form ---------------------------------------------------------------------------------

@each_step
def test_sections_cover_every_field_and_table_exactly_once(module):
    names = field_names(module)
    assert len(names) == len(set(names))
    assert set(names) == set(module.Form.base_fields) | set(module.Form.tables)


@each_step
def test_every_step_ends_with_one_notes_field(module, plan):
    assert field_names(module).count("stap_notities") == 1
    assert module.Form.sections[-1] == ("Notities", ["stap_notities"])
    assert list(module.Form(plan_answers=plan).fields)[-1] == "stap_notities"


@each_step
def test_every_question_and_table_has_help_text_and_a_sensible_maximum(module):
    for name, field in module.Form.base_fields.items():
        assert field.help_text, name
    for name, table in module.Form.tables.items():
        assert table.label and table.help_text, name
        if is_catalogue_table(table):
            assert table.max_rows == len(table.form.fixed_items), name
        else:
            assert 8 <= table.max_rows <= 30, name


@each_step
def test_choices_in_table_rows_are_select_lists(module):
    for name, table in module.Form.tables.items():
        for column, field in table.form.base_fields.items():
            if column == getattr(table.form, "fixed_field", None):  # the catalogue item: hidden
                assert isinstance(field.widget, forms.HiddenInput), (name, column)
            elif isinstance(field, forms.ChoiceField):
                assert isinstance(field.widget, forms.Select), (name, column)


@each_step
def test_required_messages_are_specific_and_dutch(module):
    messages = [field.error_messages["required"] for field in module.Form.base_fields.values()
                if field.required]
    assert len(messages) == len(set(messages))
    for table in module.Form.tables.values():
        column_messages = [field.error_messages["required"] for field in table.form.base_fields.values()
                           if field.required]
        assert len(column_messages) == len(set(column_messages))
        messages += column_messages
    assert messages
    assert not set(messages) & GENERIC


# --- The demo answers ---------------------------------------------------------------------------

@each_step
def test_it_accepts_the_demo_answers_and_gives_them_back(module, plan):
    answers = valid_form(module, step(plan, module), plan).answers()
    expected = step(plan, module)
    for (slug, table), columns in COLUMNS_NOT_IN_DEMO.items():
        if slug == module.SLUG:
            expected[table] = [{**row, **columns} for row in expected[table]]
    assert answers == expected
    assert json.loads(json.dumps(answers)) == answers
    assert valid_form(module, answers, plan).answers() == answers  # binding again changes nothing


@each_step
def test_saved_answers_render_as_initial_values(module, plan):
    form = module.Form(initial=step(plan, module), prefix=module.SLUG, plan_answers=plan)
    for name in form.fields:
        form[name].value()
        assert str(form[name]), name
    for name, formset in form.formsets.items():
        assert formset.forms and len(formset.forms) >= len(plan[module.SLUG].get(name, [])), name


# --- Required questions, columns and tables ---------------------------------------------------

def required_fields():
    return [(module, name) for module in SECTIONS
            for name, field in module.Form.base_fields.items() if field.required]


def required_columns():
    return [(module, name, column) for module, name in tables_of(lambda table: not is_catalogue_table(table))
            for column, field in module.Form.tables[name].form.base_fields.items() if field.required]


@pytest.mark.parametrize("module,name", required_fields(), **by_slug)
def test_every_missing_required_field_gives_its_own_error(module, name, plan):
    message = module.Form.base_fields[name].error_messages["required"]
    assert message not in GENERIC
    for missing in ("left out", "posted empty"):
        data = post_data(module.Form, step(plan, module), plan_answers=plan)
        if missing == "left out":
            data.pop(f"{module.SLUG}-{name}")
        else:
            data[f"{module.SLUG}-{name}"] = [] if isinstance(data[f"{module.SLUG}-{name}"], list) else ""
        form = module.Form(data=data, prefix=module.SLUG, plan_answers=plan)
        assert form.is_valid(), missing  # saving a half-filled step always works
        assert not form.check_complete(), missing  # marking it klaar asks for the answer
        assert form.errors[name] == [message], missing
        assert set(form.errors) == {name}, missing
        label = module.Form.base_fields[name].label.rstrip("?:")
        assert (form[name].auto_id, f"{label}: {message}") in form.error_list()  # the summary names it


@pytest.mark.parametrize("module,table,column", required_columns(), **by_slug)
def test_every_missing_required_column_gives_its_own_error(module, table, column, plan):
    message = module.Form.tables[table].form.base_fields[column].error_messages["required"]
    assert message not in GENERIC
    for empty in ("", None):  # posted empty, or left out
        answers = step(plan, module)
        answers[table][0][column] = [] if isinstance(answers[table][0].get(column), list) else empty
        form = bind(module, answers, plan_answers=plan)
        assert form.is_valid() and not form.check_complete(), empty
        assert form.formsets[table].forms[0].errors[column] == [message], empty
        table_label = module.Form.tables[table].label
        column_label = module.Form.tables[table].form.base_fields[column].label.rstrip("?:")
        assert f"{table_label}, rij 1, {column_label}: {message}" in [m for _a, m in form.error_list()], empty


@pytest.mark.parametrize("module,table", tables_of(lambda table: table.min_rows), **by_slug)
def test_tables_that_need_a_row_reject_an_empty_table(module, table, plan):
    answers = step(plan, module)
    answers[table] = []
    if module is s6_doelgroepen and table != "wervingsplan":
        answers["wervingsplan"] = []  # its rows name the groups and places
    # A fixed table is posted as given: no rows (step 8's questions cleared one by one).
    form = bind(module, answers, plan_answers=plan, complete_fixed=False)
    assert form.is_valid() and not form.check_complete()
    message = module.Form.tables[table].min_rows_message
    assert form.formsets[table].non_form_errors() == [message]
    assert message == MIN_ROWS_MESSAGES[module.SLUG, table] and message in all_errors(form)


def test_every_table_that_needs_a_row_is_listed():
    assert {(module.SLUG, name) for module, name in tables_of(lambda table: table.min_rows)} == set(MIN_ROWS_MESSAGES)


def rows_for(module, table, count, plan):
    """`count` valid rows for a table: the demo rows over and over, distinct where they must be."""
    if module is s6_doelgroepen and table == "doelgroepen":  # every group once
        rows = [{"doelgroep": item.code, "prioriteit": 3} for item in DOELGROEPEN]
        rows += [{"doelgroep": "eigen", "eigen_naam": f"Eigen groep {i}"} for i in range(count)]
        return rows[:count]
    rows = step(plan, module)[table]
    return [copy.deepcopy(rows[index % len(rows)]) for index in range(count)]


@pytest.mark.parametrize("module,table", tables_of(), **by_slug)
def test_every_table_accepts_its_maximum_and_rejects_one_more(module, table, plan):
    formset_class = module.Form.tables[table]
    maximum = formset_class.max_rows
    answers = step(plan, module)
    if is_catalogue_table(formset_class):
        full = answers[table]
        assert len(full) == maximum
        too_many = full + [copy.deepcopy(full[0])]
        complete = False
    else:
        full = rows_for(module, table, maximum, plan)
        too_many = rows_for(module, table, maximum + 1, plan)
        complete = True
    if module is s6_doelgroepen and table == "doelgroepen":
        answers["privacy_afspraken"] = "Toestemming van ouders."
    answers[table] = full
    form = bind(module, answers, plan_answers=plan, complete_fixed=complete)
    assert form.is_valid(), form.error_list()
    assert len(form.answers()[table]) == maximum

    answers[table] = too_many
    form = bind(module, answers, plan_answers=plan, complete_fixed=complete)
    assert not form.is_valid()
    assert form.formsets[table].non_form_errors()
    assert any("maximaal" in message for message in all_errors(form))


@pytest.mark.parametrize("module,table", tables_of(is_catalogue_table), **by_slug)
def test_catalogue_tables_must_stay_complete(module, table, plan):
    answers = step(plan, module)
    answers[table] = answers[table][:-1] + [copy.deepcopy(answers[table][0])]
    form = bind(module, answers, plan_answers=plan, complete_fixed=False)
    assert not form.is_valid()
    assert any("niet compleet" in message for message in form.non_field_errors())


# --- The plan chapter ---------------------------------------------------------------------------

def empty_answers(module):
    only_notes = {name: None for name in module.Form.base_fields} | {"stap_notities": "alleen notities"}
    return [{}, None, {"stap_notities": "alleen notities"}, only_notes]


@each_step
def test_plan_section_for_an_empty_step_is_open(module, plan):
    for empty in empty_answers(module):
        for plan_answers in ({}, plan):
            sections = check_blocks(module.plan_section(empty, plan_answers))
            assert all(section.is_open for section in sections), empty
            assert (sections[0].number, sections[0].slug) == (module.NUMBER, module.SLUG)
            assert "alleen notities" not in text_of(sections)


@each_step
def test_plan_section_tells_the_demo_answers_in_known_blocks(module, plan):
    sections = check_blocks(module.plan_section(step(plan, module), plan))
    assert not any(section.is_open for section in sections)
    assert sections[0].number == module.NUMBER and sections[0].slug == module.SLUG
    assert any(block.kind == "paragraph" for section in sections for block in section.blocks)


@each_step
def test_plan_section_is_prose_not_codes_field_names_or_notes(module, plan):
    answers = dict(step(plan, module), stap_notities="Geheime notitie: nog navragen bij de wethouder")
    text = text_of(module.plan_section(answers, plan))
    for code in CODES_NOT_IN_PLAN + ["Geheime notitie"]:
        assert code not in text, code
    for name in set(module.Form.base_fields) | set(module.Form.tables):
        if "_" in name:
            assert name not in text, name


@each_step
def test_plan_section_survives_sparse_answers(module):
    # One answer filled, everything else missing or empty: a chapter, not an open section.
    sparse = {name: None for name in module.Form.base_fields}
    sparse.update({name: [] for name in module.Form.tables})
    for name in [name for name in module.Form.base_fields if name != "stap_notities"][:3]:
        answers = {**sparse, name: "x"}
        for plan_answers in ({}, {module.SLUG: answers}):
            sections = check_blocks(module.plan_section(answers, plan_answers))
            assert not any(section.is_open for section in sections), name
            text_of(sections)


@each_step
def test_plan_section_survives_partial_answers(module, plan):
    answers = step(plan, module)
    for key in list(answers)[::2]:
        answers.pop(key)
    for plan_answers in ({}, {**plan, module.SLUG: answers}):
        sections = check_blocks(module.plan_section(answers, plan_answers))
        assert not any(section.is_open for section in sections)


# --- The check page -------------------------------------------------------------------------------

def expected_labels(module):
    labels = []
    for name in field_names(module):
        if name in module.Form.tables:
            labels.append(module.Form.tables[name].label)
        else:
            labels.append(str(module.Form.base_fields[name].label))
    return labels


@each_step
@pytest.mark.parametrize("with_plan", [False, True], ids=["alone", "with_plan"])
def test_check_rows_cover_every_question_in_order(module, with_plan, plan):
    args = (plan,) if with_plan else ()
    rows = module.check_rows(step(plan, module), *args)
    labels = [label for label, _value in rows]
    expected = expected_labels(module)
    assert [label for label in labels if label in expected] == expected
    assert all(isinstance(label, str) and label for label in labels)
    assert all(isinstance(value, str) and value for _label, value in rows)
    assert dict(rows)[expected[0]] != NOT_ANSWERED


@each_step
def test_check_rows_say_niet_ingevuld_for_empty_answers(module):
    rows = dict(module.check_rows({}))
    for label in expected_labels(module):
        assert rows[label] == NOT_ANSWERED, label
