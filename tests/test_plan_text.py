"""Text helpers of the plan document."""
import re

from hypothesis import given
from hypothesis import strategies as st

from steps.appendices import starts_a_word

PIECES = st.sampled_from(["wmo", "wmo-loket", "loket", "é", "_", "a", " ", "-", "9", "(", "ß", "mantelzorg", "zorg"])


@given(needle=PIECES, text=st.lists(PIECES, max_size=8).map("".join))
def test_starts_a_word_agrees_with_the_regex_it_replaces(needle, text):
    assert starts_a_word(needle, text) == bool(re.search(r"(?<!\w)" + re.escape(needle), text))


def test_starts_a_word_examples():
    assert starts_a_word("loket", "het loket is open")
    assert not starts_a_word("loket", "het wmoloket is open")
    assert starts_a_word("loket", "het wmoloket en het loket")  # the second one counts
    assert starts_a_word("loket", "wmo-loket")  # a hyphen ends a word
