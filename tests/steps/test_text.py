"""steps/text.py: the one place for Dutch lists, dates, numbers, euro amounts and instrument names."""

import datetime

import pytest

from steps import derived
from steps.catalogs.instruments import EIGEN_INSTRUMENT
from steps.text import MONTHS, MONTHS_SHORT, dutch_date, dutch_number, euro, instrument_name, join_words


# --- Lists -----------------------------------------------------------------------------------

@pytest.mark.parametrize("items,expected", [
    ([], ""),
    (["a"], "a"),
    (["a", "b"], "a en b"),
    (["a", "b", "c"], "a, b en c"),
    (["a", "", None, "b", "c"], "a, b en c"),  # empty items are left out
    ([""], ""),
])
def test_join_words_writes_a_dutch_list(items, expected):
    assert join_words(items) == expected


def test_join_words_takes_a_generator():
    assert join_words(word for word in ("vinden", "versterken", "verlichten")) == "vinden, versterken en verlichten"


# --- Dates -----------------------------------------------------------------------------------

def test_dutch_date_has_no_leading_zero_and_the_month_in_words():
    assert dutch_date(datetime.date(2026, 3, 5)) == "5 maart 2026"
    assert dutch_date("2030-12-31") == "31 december 2030"
    assert dutch_date("2026-02-01T10:30:00") == "1 februari 2026"
    assert dutch_date(datetime.datetime(2026, 7, 9, 14, 0)) == "9 juli 2026"


@pytest.mark.parametrize("value", [None, "", "morgen", "2026-13-01", 20260101, []])
def test_dutch_date_is_empty_for_no_or_an_unreadable_date(value):
    assert dutch_date(value) == ""
    assert dutch_date(value, short=True) == ""


def test_the_short_date_of_the_figures():
    assert dutch_date(datetime.date(2026, 3, 5), short=True) == "5 mrt 2026"
    assert [dutch_date(datetime.date(2026, month, 1), short=True).split()[1] for month in range(1, 13)] == \
        list(MONTHS_SHORT)
    assert len(MONTHS) == 12 and MONTHS[4] == "mei"


# --- Numbers and euro amounts ----------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    (0, "0"),
    (7, "7"),
    (42300, "42.300"),
    (1234567, "1.234.567"),
    (3.0, "3"),
    (3.17, "3,17"),
    (1250.5, "1.250,50"),
    (None, ""),
    ("", ""),
    (True, ""),
])
def test_dutch_number(value, expected):
    assert dutch_number(value) == expected


@pytest.mark.parametrize("value,expected", [(3, "3"), (3.0, "3"), (3.1666, "3,2"), (2.96, "3,0"), (12.5, "12,5")])
def test_dutch_number_with_one_decimal_as_the_advisor_writes_scores(value, expected):
    assert dutch_number(value, decimals=1) == expected


@pytest.mark.parametrize("value,expected", [
    (38000, "€ 38.000"),
    (38000.0, "€ 38.000"),
    (1250.5, "€ 1.250,50"),
    (150, "€ 150"),
    (0, "€ 0"),
    (None, "€ 0"),
])
def test_euro(value, expected):
    assert euro(value) == expected


# --- Instrument names ------------------------------------------------------------------------

FOCUSGROEP = derived.instrument_label("focusgroep")


def test_the_plan_names_an_instrument_with_its_title_after_a_dash():
    assert instrument_name({"instrument": "focusgroep"}) == FOCUSGROEP
    assert instrument_name({"instrument": "focusgroep", "titel": "Jonge mantelzorgers"}) == \
        f"{FOCUSGROEP} – Jonge mantelzorgers"
    assert instrument_name({"instrument": "focusgroep", "titel": FOCUSGROEP}) == FOCUSGROEP
    assert instrument_name({"instrument": "eigen", "eigen_naam": " Wandelgesprek "}) == "Wandelgesprek"
    assert instrument_name({"instrument": "eigen"}) == EIGEN_INSTRUMENT.label
    assert instrument_name({"instrument": "oud_instrument"}) == "oud_instrument"


def test_the_advisor_names_an_instrument_with_its_title_in_brackets():
    def name(row):
        return instrument_name(row, title="in_brackets")
    assert name({"instrument": "focusgroep", "titel": "Jonge mantelzorgers"}) == f"{FOCUSGROEP} (Jonge mantelzorgers)"
    assert name({"instrument": "eigen"}) == "Eigen"
    assert name({"instrument": "oud_instrument"}) == "Oud instrument"
    assert name({}) == "een instrument"
    assert name(None) == "een instrument"


def test_the_figures_name_an_instrument_by_its_title_unless_it_is_too_long():
    def name(row, longest=48):
        return instrument_name(row, title="instead", longest=longest)
    assert name({"instrument": "focusgroep", "titel": "Jonge mantelzorgers"}) == "Jonge mantelzorgers"
    assert name({"instrument": "focusgroep", "titel": "x" * 48}) == "x" * 48
    assert name({"instrument": "focusgroep", "titel": "x" * 49}) == FOCUSGROEP
    assert name({"instrument": "focusgroep", "titel": "x" * 49}, longest=None) == "x" * 49
    assert name({"instrument": "", "titel": "x" * 49}) == "x" * 49  # no kind: the long title after all
    assert name({"instrument": "focusgroep"}) == FOCUSGROEP


def test_an_unknown_naming_style_is_an_error():
    with pytest.raises(ValueError):
        instrument_name({"instrument": "focusgroep"}, title="brackets")


def test_an_instrument_label_as_the_choice_lists_show_it():
    assert derived.instrument_label("eigen", as_choice=True) == EIGEN_INSTRUMENT.label
    assert derived.instrument_label("eigen", {"eigen_naam": "Wandelgesprek"}, as_choice=True) == "Wandelgesprek"
    assert derived.instrument_label("oud_instrument", as_choice=True) == "oud_instrument"
    assert derived.instrument_label("", as_choice=True) == derived.instrument_label(None) == ""
    assert derived.instrument_label("focusgroep", as_choice=True) == FOCUSGROEP
