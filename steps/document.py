"""The building blocks of a plan chapter, filled by each step's `plan_section`.

Steps describe *what* goes into the plan; templates decide how it looks, the same for the
HTML preview and the PDF. A step also says where its figures go (`FigureSlot`), where it points
to an appendix (`AppendixRef`) and, for step 1, where each of its chapters starts
(`ChapterStart`): the document is assembled from these blocks, never by finding a text.
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
    """An SVG figure with its text alternative; `figure_id` is its ID in domain.md 5.2 ("F1")."""

    svg: str
    alt: str
    caption: str = ""
    figure_id: str = ""
    kind: str = "figure"


@dataclass
class FigureSlot:
    """Where figure `figure_id` of `steps.figures` goes. The assembled document draws it here,
    or leaves the slot out when the answers hold too little to draw it."""

    figure_id: str
    kind: str = "figure_slot"


@dataclass
class AppendixRef:
    """A line that points to an appendix by its key ("instrumenten"); its letter is known only
    when the document is assembled. It prints as a paragraph: `text` with {letter} filled in."""

    appendix: str
    sentence: str  # with "{letter}", e.g. "Het volledige overzicht staat in bijlage {letter}."
    letter: str = ""
    kind: str = "paragraph"

    @property
    def text(self):
        return self.sentence.format(letter=self.letter or "…")


@dataclass
class ChapterStart:
    """The start of a chapter of its own inside a step's section (step 1 writes chapters 1–3)."""

    anchor: str
    title: str
    kind: str = "chapter_start"


@dataclass
class Section:
    number: int
    slug: str
    title: str
    blocks: list = field(default_factory=list)
    is_open: bool = False
    #: Blocks the step writes for an appendix, by the appendix's key (step 7: the inbreng-logboek).
    appendix_blocks: dict = field(default_factory=dict)


@dataclass
class Chapter:
    """A chapter of the assembled plan: a step's chapter, the summary, the check or an appendix."""

    anchor: str
    number: str  # "1" … for chapters, "A" … for appendices, "" for the summary
    title: str
    blocks: list
    is_open: bool = False
    kind: str = "chapter"  # "summary", "chapter" or "appendix"

    @property
    def heading(self):
        if self.kind == "appendix":
            return f"Bijlage {self.number}. {self.title}"
        return f"{self.number}. {self.title}" if self.number else self.title

    @property
    def appendix_key(self):
        """An appendix's key for `AppendixRef`: its anchor without "bijlage-"."""
        return self.anchor.removeprefix("bijlage-") if self.kind == "appendix" else ""


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
