"""pytest imports test modules by their file name (tests/ has no packages), so two test files of
the same name in different folders stop the whole run at collection on a clean checkout."""
from collections import Counter
from pathlib import Path


def test_every_test_file_has_a_name_of_its_own():
    names = Counter(path.name for path in Path(__file__).parent.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []
