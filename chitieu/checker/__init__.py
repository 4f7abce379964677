"""Claim checking: find the figures a narrative report asserts, recompute them, judge them.

No Django, no database, no clock: ``check_text(text)`` is a pure function.
"""

from __future__ import annotations

from chitieu.checker.check import check_text, render_text
from chitieu.checker.model import (
    CheckReport,
    Claim,
    ClaimNumber,
    Confidence,
    Coverage,
    FigureKind,
    Level,
    Qualifier,
    Recomputation,
    Role,
    Slip,
    Verdict,
)

__all__ = [
    "CheckReport",
    "Claim",
    "ClaimNumber",
    "Confidence",
    "Coverage",
    "FigureKind",
    "Level",
    "Qualifier",
    "Recomputation",
    "Role",
    "Slip",
    "Verdict",
    "check_text",
    "render_text",
]
