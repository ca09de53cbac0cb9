import pytest

from steps.demo_data import answers as demo_answers
from steps.demo_data import section_answers


@pytest.fixture
def plan():
    """The Lindewaarde demo answers of all eight steps, a fresh copy per test."""
    return demo_answers()


@pytest.fixture
def full_plan():
    """The demo answers of the steps and of every other section with a DEMO (every module on)."""
    return {**demo_answers(), **section_answers()}
