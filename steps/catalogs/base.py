"""Shared building blocks for catalogues: the Option record and lookup helpers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    """One choice in a fixed list: a stable code, the Dutch UI label and a short B1 explanation."""

    code: str
    label: str
    uitleg: str = ""
    #: The explanation as the plan says it, where `uitleg` addresses the officer ("U gebruikt
    #: allebei"); "" when `uitleg` already reads well in the plan. See `plan_text`.
    plan_uitleg: str = ""


def choices(options: Iterable[Any]) -> list[tuple[str, str]]:
    """Return ``(code, label)`` pairs, ready for a Django ``choices`` argument."""
    return [(item.code, item.label) for item in options]


def by_code(options: Iterable[Any]) -> dict[str, Any]:
    """Index any catalogue (items with a ``.code``) by code."""
    return {item.code: item for item in options}


def plan_text(option: Any) -> str:
    """An option's explanation for the plan (third person, never "u"): `plan_uitleg`, else `uitleg`."""
    if option is None:
        return ""
    return getattr(option, "plan_uitleg", "") or getattr(option, "uitleg", "")


def label(options: Iterable[Any], code: str | None) -> str:
    """Label for ``code``; the code itself when unknown, ``""`` when empty."""
    if not code:
        return ""
    for item in options:
        if item.code == code:
            return item.label
    return code
