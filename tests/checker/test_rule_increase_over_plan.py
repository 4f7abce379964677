"""Rule increase_over_plan: "tăng Z% kế hoạch" is ambiguous unless the figures decide it."""

from __future__ import annotations

import pytest

from chitieu.checker import Verdict
from tests.checker.helpers import the_claim

RULE = "increase_over_plan"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Tỷ lệ lao động qua đào tạo nghề tăng 38,18% kế hoạch năm.", Verdict.AMBIGUOUS),
        ("Công tác đào tạo nghề cho lao động nông thôn, tăng 42,88% kế hoạch năm.", Verdict.AMBIGUOUS),
        ("Đào tạo nghề cho 14.288 người, tăng 42,88% kế hoạch năm (10.000 người).", Verdict.CONSISTENT),
        ("Tỷ lệ lao động qua đào tạo đạt 88,18%, tăng 38,18% kế hoạch năm (50%).", Verdict.CONSISTENT),
        ("Đào tạo nghề cho 14.288 người, tăng 24,88% kế hoạch năm (10.000 người).", Verdict.INCONSISTENT),
    ],
)
def test_it_decides_only_when_the_figures_are_printed(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


def test_it_explains_both_readings() -> None:
    claim = the_claim("Tỷ lệ lao động qua đào tạo nghề tăng 38,18% kế hoạch năm.", RULE)
    assert "138,18%" in claim.explanation("vi") and "38,18 điểm phần trăm" in claim.explanation("vi")
    assert "138.18%" in claim.explanation("en")
