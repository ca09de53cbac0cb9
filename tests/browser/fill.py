"""Fill a step page in the browser the way an officer would, from a step's POST data.

A repeating table is a summary list on the step page: each row is added on its own page
("Voeg … toe", then "Opslaan en terug naar de stap"). A long section shows as a card with a page
of its own (planner/wizard/parts.py): "Wijzig", fill, "Opslaan en terug naar de stap". Fixed tables
outside a card are filled on the step page.
"""
from playwright.sync_api import expect

from planner.wizard.parts import card_numbers

MANAGEMENT_SUFFIXES = ("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS", "-MAX_NUM_FORMS")


def summary_tables(form_class):
    return [name for name, table in getattr(form_class, "tables", {}).items() if not getattr(table, "fixed", False)]


def _card_keys(form_class, prefix, number):
    names = form_class.sections[number - 1][1]
    fields = {f"{prefix}-{name}" for name in names if name in form_class.base_fields}
    tables = tuple(f"{prefix}-{name}-" for name in names if name in form_class.tables)
    return lambda key: key in fields or (bool(tables) and key.startswith(tables))


def step_fields(form_class, data, prefix):
    """`data` without the rows of the summary tables and the questions of the cards (those are
    not on the step page)."""
    skip = tuple(f"{prefix}-{table}-" for table in summary_tables(form_class))
    on_cards = [_card_keys(form_class, prefix, number) for number in card_numbers(prefix, form_class)]
    return {key: value for key, value in data.items()
            if not key.startswith(skip) and not any(on_card(key) for on_card in on_cards)}


def fill_cards(page, form_class, data, prefix):
    """Fill the questions of every card on its own page, back to the step each time."""
    for number in card_numbers(prefix, form_class):
        on_card = _card_keys(form_class, prefix, number)
        card_data = {key: value for key, value in data.items() if on_card(key)}
        if not any(value not in ("", [], None) for key, value in card_data.items()
                   if not key.endswith(MANAGEMENT_SUFFIXES)):
            continue
        page.locator(f'button[name="rij"][value="deel/{number}"]').click()
        fill(page, card_data)
        page.get_by_role("button", name="Opslaan en terug naar de stap").click()
        expect(page.locator("[data-error-summary]")).to_have_count(0)
        expect(page.locator(f"#deel-{prefix}-{number}")).to_be_visible()


def row_fields(data, prefix, table, index):
    """The POST data of row `index` (from 0) as its row page names the fields."""
    start = f"{prefix}-{table}-{index}-"
    return {f"{prefix}-{table}-rij-{key[len(start):]}": value for key, value in data.items()
            if key.startswith(start) and not key.endswith("-DELETE")}


def add_rows(page, form_class, data, prefix):
    """Add every row of the summary tables through its row page, back to the step each time."""
    for table in summary_tables(form_class):
        for index in range(int(data.get(f"{prefix}-{table}-TOTAL_FORMS", 0))):
            row = row_fields(data, prefix, table, index)
            if not any(value not in ("", [], None) for value in row.values()):
                continue
            page.locator(f'button[name="rij"][value="{table}/nieuw"]').click()
            fill(page, row)
            page.get_by_role("button", name="Opslaan en terug naar de stap").click()
            summary = page.locator("[data-error-summary]")
            expect(summary).to_have_count(0)
            expect(page.locator(f"#tabel-{prefix}-{table} .row-list__item")).to_have_count(index + 1)


def fill(page, data):
    for name, value in data.items():
        if name.endswith(MANAGEMENT_SUFFIXES) or name.endswith("-current_step"):
            continue
        elements = page.locator(f'[name="{name}"]')
        first = elements.first
        tag = first.evaluate("el => el.tagName.toLowerCase()")
        kind = first.get_attribute("type") or ""
        values = value if isinstance(value, list) else [value]
        if kind == "hidden":
            continue  # fixed columns: the page already holds them
        if kind in ("radio", "checkbox"):
            for item in values:
                page.locator(f'[name="{name}"][value="{item}"]').check()
        elif tag == "select":
            first.select_option(values if first.get_attribute("multiple") is not None else values[0])
        else:
            first.fill(values[0])
