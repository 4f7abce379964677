"""The labelled sentences: every label, and precision and recall of "inconsistent" overall."""

from __future__ import annotations

from pathlib import Path

import pytest

from chitieu.checker import check_text
from chitieu.checker.measure import Labelled, load, measure, pair

HERE = Path(__file__).parent
LABELLED = HERE / "labelled_sentences.json"
HELD_OUT = HERE / "heldout_sentences.json"


def test_the_labelled_set_is_large_and_has_slips_of_every_kind() -> None:
    rows = load(LABELLED)
    assert len(rows) >= 60
    verdicts = {e.verdict.value for row in rows for e in row.expected}
    assert verdicts == {
        "consistent",
        "consistent_by_truncation",
        "inconsistent",
        "wording_contradiction",
        "ambiguous",
        "not_checkable",
    }
    slips = {e.slip for row in rows for e in row.expected if e.slip}
    assert {"transposed_digits", "decimal_shift", "complement", "wrong_total", "inverted_ratio"} <= slips


@pytest.mark.parametrize("path", [LABELLED, HELD_OUT], ids=["labelled", "held-out"])
def test_it_finds_inconsistent_figures_with_high_precision_and_recall(path: Path) -> None:
    figures = measure(path, verbose=False)
    assert figures["precision"] >= 0.9
    assert figures["recall"] >= 0.9
    assert figures["recognised"] >= 0.9


@pytest.mark.parametrize("row", load(LABELLED) + load(HELD_OUT), ids=lambda row: row.sentence[:60])
def test_each_labelled_sentence(row: Labelled) -> None:
    report = check_text(row.sentence)
    pairs, extras = pair(row, report.claims)
    got = [(e.figure, found.verdict.value if found else None) for e, found in pairs]
    assert got == [(e.figure, e.verdict.value) for e in row.expected]
    assert not [c for c in extras if c.verdict.alarm]
    for expected, found in pairs:
        if expected.slip and found:
            assert found.slip is not None and found.slip.value == expected.slip
