"""Fill a step page in the browser the way an officer would, from a step's POST data."""
MANAGEMENT_SUFFIXES = ("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS", "-MAX_NUM_FORMS")


def add_rows(page, form_class, data, prefix):
    """Click "Rij toevoegen" until every table has as many rows as the data needs."""
    for table in getattr(form_class, "tables", {}):
        total_key = f"{prefix}-{table}-TOTAL_FORMS"
        wanted = int(data.get(total_key, 0))
        while int(page.locator(f'input[name="{total_key}"]').input_value()) < wanted:
            page.locator(f'button[name="rij_toevoegen"][value="{table}"]').click()


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
