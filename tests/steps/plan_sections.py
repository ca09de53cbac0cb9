"""What a step's `plan_section` gave back, for tests: its sections and their text.

    sections_of(s1_visie.plan_section(answers, plan))   # [Section, ...]
    text_of(s1_visie.plan_section(answers, plan))       # title and text of every block
    blocks_of(section)                                  # its blocks and its appendices' blocks

A step gives one `Section`; a step that writes more than one chapter may give a list of them.
Both helpers accept either, so tests need not care.
"""
import dataclasses

from steps import document
from steps.document import Section

#: Every block class of steps/document.py (a dataclass with a `kind` that holds no `blocks`
#: itself, unlike Section or an assembled chapter), found rather than listed, so a block type
#: added there is known here at once.
BLOCK_CLASSES = tuple(
    cls for cls in vars(document).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls)
    and {"kind"} <= {f.name for f in dataclasses.fields(cls)}
    and "blocks" not in {f.name for f in dataclasses.fields(cls)}
)
BLOCK_KINDS = {
    next(f.default for f in dataclasses.fields(cls) if f.name == "kind") for cls in BLOCK_CLASSES
}


def sections_of(result):
    """The sections of a `plan_section` result: one Section, or a non-empty list of them."""
    if isinstance(result, Section):
        return [result]
    sections = list(result)
    assert sections, "plan_section gave no sections"
    assert all(isinstance(section, Section) for section in sections), sections
    return sections


def blocks_of(section):
    """The blocks of a section, then those it writes for appendices (`appendix_blocks`)."""
    blocks = list(section.blocks)
    for appendix_blocks in (getattr(section, "appendix_blocks", None) or {}).values():
        blocks.extend(appendix_blocks)
    return blocks


def text_of(result):
    parts = []
    for section in sections_of(result):
        parts.append(section.title)
        for block in blocks_of(section):
            for attr in ("title", "text", "caption"):
                if getattr(block, attr, None):
                    parts.append(getattr(block, attr))
            for item in getattr(block, "items", []) or []:
                parts.append(" ".join(map(str, item)) if isinstance(item, tuple) else str(item))
            for row in getattr(block, "rows", []) or []:
                parts.extend(str(cell) for cell in row)
            parts.extend(getattr(block, "headers", []) or [])
    return "\n".join(parts)
