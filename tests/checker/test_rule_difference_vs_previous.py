"""Rule difference_vs_previous: "tăng / giảm D <noun> so với năm trước (B)"."""

from __future__ import annotations

import pytest

from chitieu.checker import Verdict
from tests.checker.helpers import the_claim

RULE = "difference_vs_previous"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Thuế thu nhập cá nhân đạt 1.250 tỷ đồng, tăng 150 tỷ đồng so với năm 2021 (1.100 tỷ đồng).",
            Verdict.CONSISTENT,
        ),
        (
            "Thuế thu nhập cá nhân đạt 1.250 tỷ đồng, tăng 160 tỷ đồng so với năm 2021 (1.100 tỷ đồng).",
            Verdict.INCONSISTENT,
        ),
        ("Xảy ra 233 vụ phạm pháp hình sự, giảm 12 vụ so với năm 2021 (245 vụ).", Verdict.CONSISTENT),
        ("Xảy ra 233 vụ phạm pháp hình sự, giảm 21 vụ so với năm 2021 (245 vụ).", Verdict.INCONSISTENT),
        (
            "Xảy ra 257 vụ phạm pháp hình sự, giảm 12 vụ so với năm 2021 (245 vụ).",
            Verdict.WORDING_CONTRADICTION,
        ),
    ],
)
def test_it_checks_a_stated_difference(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict
