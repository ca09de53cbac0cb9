import pytest

from steps.demo_data import answers as demo_answers


@pytest.fixture
def plan():
    """The Lindewaarde demo answers of all eight steps, a fresh copy per test."""
    return demo_answers()
