"""The building blocks of a plan chapter, filled by each step's `plan_section`.

Steps describe *what* goes into the plan; templates decide how it looks, the same for the
HTML preview and the PDF.
"""
from dataclasses import dataclass, field


@dataclass
class Paragraph:
    text: str
    kind: str = "paragraph"


@dataclass
class Heading:
    text: str
    kind: str = "heading"


@dataclass
class Facts:
    """A short list of label: value pairs (a definition list)."""

    items: list
    kind: str = "facts"


@dataclass
class BulletList:
    items: list
    kind: str = "list"


@dataclass
class Table:
    caption: str
    headers: list
    rows: list
    kind: str = "table"


@dataclass
class Figure:
    """An SVG figure with its text alternative."""

    svg: str
    alt: str
    caption: str = ""
    kind: str = "figure"


@dataclass
class Section:
    number: int
    slug: str
    title: str
    blocks: list = field(default_factory=list)
    is_open: bool = False


NOT_ANSWERED = "Niet ingevuld"
#: Answers that are not part of the plan: the officer's own notes (see `forms.StepForm`).
INTERNAL_FIELDS = {"stap_notities"}


def text_or_open(value):
    """The text of an answer, or "Niet ingevuld" for an empty one."""
    if value is None or value == "" or value == []:
        return NOT_ANSWERED
    return str(value)


def open_section(number, slug, title):
    return Section(
        number=number,
        slug=slug,
        title=title,
        is_open=True,
        blocks=[Paragraph("Deze stap is nog niet ingevuld. Dit deel van het plan staat nog open.")],
    )


def is_empty(answers):
    """True when a step was never saved or holds only empty answers (notes do not count)."""
    if not answers:
        return True
    return all(value in (None, "", [], {}) for key, value in answers.items() if key not in INTERNAL_FIELDS)
