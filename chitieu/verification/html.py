"""The checked report as one self-contained HTML page: the text, its figures highlighted in place.

Each highlighted figure carries its finding four ways: a colour, a line style, a visible tag
("✓ khớp", "✗ không khớp" …) and a tooltip with the explanation; the same explanations are
listed under the text for readers who cannot hover. No colour is ever the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from chitieu.checker import Claim, Verdict
from chitieu.checker.check import confidence_words, verdict_words
from chitieu.checker.matching import DataCheck, DataMatch, DataVerdict


class Finding(StrEnum):
    """How a highlighted figure reads: the four kinds of the legend."""

    CONSISTENT = "consistent"
    INFORMATION = "information"
    INCONSISTENT = "inconsistent"
    AMBIGUOUS = "ambiguous"


FINDING_WORDS = {
    Finding.CONSISTENT: ("✓", _("consistent"), _("The figure agrees with the text and/or the data.")),
    Finding.INFORMATION: (
        "↓",
        _("consistent, rounded down"),
        _("The figure is right when rounded down (truncated); the usual rounding gives another figure."),
    ),
    Finding.INCONSISTENT: (
        "✗",
        _("inconsistent"),
        _("The figure does not follow from the other figures or differs from the stored data."),
    ),
    Finding.AMBIGUOUS: (
        "?",
        _("unclear"),
        _("The figure could be read more than one way, or could not be checked."),
    ),
}


@dataclass(frozen=True)
class Mark:
    """One finding: where it is in the text, its kind and its explanations."""

    number: int
    start: int
    end: int
    quote: str
    finding: Finding
    explanations: tuple[str, ...]
    in_place: bool = True  # False when it overlaps an earlier mark: listed, not highlighted

    @property
    def symbol(self) -> str:
        return FINDING_WORDS[self.finding][0]

    @property
    def label(self) -> str:
        return str(FINDING_WORDS[self.finding][1])

    @property
    def title(self) -> str:
        return " ".join(self.explanations)


# The marks' colours and lines: a file of its own, linked by the check page (its Content Security Policy
# allows no inline style) and held inline by the report's HTML file, which must stand alone.
RESULT_CSS = Path(__file__).resolve().parent / "static" / "verification" / "result.css"


def render_html(check: DataCheck, lang: str = "vi", *, text: str) -> str:
    """The page for ``text`` checked as ``check``, in Vietnamese or English: one file, styles inline."""
    css = mark_safe(RESULT_CSS.read_text(encoding="utf-8"))  # noqa: S308 - our own file, no user text
    with translation.override(lang):
        return render_to_string(
            "verification/report.html", {**result_context(check, lang, text=text), "css": css}
        )


def result_context(check: DataCheck, lang: str, *, text: str) -> dict[str, Any]:
    """What ``verification/_result.html`` shows: the text, its figures marked, the legend, the findings."""
    marks = findings(check, lang)
    return {
        "lang": lang,
        "segments": _segments(text, marks),
        "marks": marks,
        "legend": [(finding.value, *FINDING_WORDS[finding]) for finding in Finding],
        "coverage": check.report.coverage,
        "scope": check.scope,
        "unit_name": check.scope.unit_name.get(lang) if check.scope else "",
        "summary": _summary(check, lang),
    }


def findings(check: DataCheck, lang: str) -> list[Mark]:
    """One mark per claim of the checker and per statement compared with the data, in text order."""
    by_claim = {m.statement.claim: m for m in check.matches if m.statement.claim is not None}
    items: list[tuple[int, int, str, Finding, tuple[str, ...], tuple[int, int]]] = []
    for index, claim in enumerate(check.report.claims):
        match = by_claim.get(index)
        said = f"{verdict_words(claim.verdict, lang)}{confidence_words(claim, lang)}"
        explanations = [f"{said}: {claim.explanation(lang)}"]
        if match is not None:
            explanations.append(match.explanation(lang))
        printed = (claim.printed.start, claim.printed.end)
        items.append(
            (claim.start, claim.end, claim.quote, _finding(claim, match), tuple(explanations), printed)
        )
    for match in check.matches:
        if match.statement.claim is None:
            statement = match.statement
            finding = _finding(None, match)
            span = (statement.start, statement.end)
            items.append((*span, statement.quote, finding, (match.explanation(lang),), span))
    items.sort(key=lambda item: (item[0], item[1]))
    marks: list[Mark] = []
    covered_to = 0
    for number, (start, end, quote, finding, explained, printed) in enumerate(items, start=1):
        if start < covered_to <= printed[0]:
            start, end = printed  # its words overlap an earlier mark: its own figure is marked still
        in_place = start >= covered_to
        marks.append(Mark(number, start, end, quote, finding, explained, in_place))
        if in_place:
            covered_to = end
    return marks


def _finding(claim: Claim | None, match: DataMatch | None) -> Finding:
    """The worse of the text's verdict and the data's, a data match settling what the text could not."""
    text_verdict = claim.verdict if claim is not None else None
    data_verdict = match.verdict if match is not None else None
    if (text_verdict is not None and text_verdict.alarm) or data_verdict == DataVerdict.DISAGREE:
        return Finding.INCONSISTENT
    truncated = text_verdict == Verdict.CONSISTENT_BY_TRUNCATION or (
        match is not None and any(c.by_truncation for c in match.comparisons)
    )
    if data_verdict == DataVerdict.AGREE or text_verdict in (
        Verdict.CONSISTENT,
        Verdict.CONSISTENT_BY_TRUNCATION,
    ):
        return Finding.INFORMATION if truncated else Finding.CONSISTENT
    return Finding.AMBIGUOUS


def _segments(text: str, marks: list[Mark]) -> list[tuple[str, Mark | None]]:
    """The text cut into plain pieces and highlighted pieces."""
    segments: list[tuple[str, Mark | None]] = []
    position = 0
    for mark in marks:
        if not mark.in_place:
            continue
        if mark.start > position:
            segments.append((text[position : mark.start], None))
        segments.append((text[mark.start : mark.end], mark))
        position = mark.end
    segments.append((text[position:], None))
    return segments


def _summary(check: DataCheck, lang: str) -> list[tuple[str, int]]:
    if check.scope is None:
        return []
    counts = check.summary()
    return [(verdict.label(lang), counts[verdict.value]) for verdict in DataVerdict if counts[verdict.value]]
