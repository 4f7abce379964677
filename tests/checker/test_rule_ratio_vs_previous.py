"""Rule ratio_vs_previous: "bằng Z% so với cùng kỳ" is a ratio, not a change."""

from __future__ import annotations

import pytest

from chitieu.checker import Slip, Verdict
from tests.checker.helpers import the_claim

RULE = "ratio_vs_previous"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Kim ngạch xuất khẩu đạt 1,25 tỷ USD, bằng 112,6% so với cùng kỳ (1,11 tỷ USD).",
            Verdict.CONSISTENT,
        ),
        (
            "Số lao động được giới thiệu là 25.600 người, bằng 80% so với cùng kỳ năm 2021 (32.000 người).",
            Verdict.CONSISTENT,
        ),
        (
            "Thành lập mới 1.850 doanh nghiệp, bằng 105,7% so với năm trước (1.750 doanh nghiệp).",
            Verdict.CONSISTENT,
        ),
        ("Giải quyết 980 vụ, bằng 89,09% so với cùng kỳ.", Verdict.NOT_CHECKABLE),
    ],
)
def test_it_checks_a_ratio_to_last_year(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


def test_a_change_printed_as_a_ratio_is_named() -> None:
    claim = the_claim("Kim ngạch xuất khẩu đạt 1,25 tỷ USD, bằng 12,6% so với cùng kỳ (1,11 tỷ USD).", RULE)
    assert (claim.verdict, claim.slip) == (Verdict.INCONSISTENT, Slip.EXCESS_FOR_RATIO)
