"""Rule excess_over_plan: "vượt Z% (so với) kế hoạch / chỉ tiêu"."""

from __future__ import annotations

import pytest

from chitieu.checker import Slip, Verdict
from tests.checker.helpers import the_claim

RULE = "excess_over_plan"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Giải quyết việc làm cho 147.420 lượt người, vượt 5,3% so với chỉ tiêu năm (140.000 lượt người).",
            Verdict.CONSISTENT,
        ),
        ("Giải quyết việc làm cho người lao động vượt 5,3% so với chỉ tiêu năm.", Verdict.NOT_CHECKABLE),
        ("Tổ chức 45 phiên tòa rút kinh nghiệm, vượt 12,5% so với chỉ tiêu (40 phiên).", Verdict.CONSISTENT),
        # a rate against a rate: percentage points first
        ("Tỷ lệ lao động qua đào tạo đạt 81,41%, vượt chỉ tiêu 1,41%.", Verdict.CONSISTENT),
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 92,5%, vượt 0,5% so với chỉ tiêu (92%).", Verdict.CONSISTENT),
        ("Tỷ lệ tham gia bảo hiểm xã hội đạt 38,5%, vượt 1,5% so với chỉ tiêu (37%).", Verdict.CONSISTENT),
        ("Tỷ lệ thu gom rác thải đạt 98,5%, vượt 0,5 điểm % so với chỉ tiêu (98%).", Verdict.CONSISTENT),
        (
            "Tỷ lệ tham gia bảo hiểm xã hội đạt 36,5%, vượt 0,5% so với chỉ tiêu (37%).",
            Verdict.WORDING_CONTRADICTION,
        ),
        # an amount
        (
            "Tạo việc làm cho 141.260 người, vượt 1.260 người so với kế hoạch (140.000 người).",
            Verdict.CONSISTENT,
        ),
        (
            "Tạo việc làm cho 141.260 người, vượt 1.620 người so với kế hoạch (140.000 người).",
            Verdict.INCONSISTENT,
        ),
    ],
)
def test_it_checks_an_excess_over_plan(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "Giải quyết việc làm cho 147.420 người, vượt 3,5% so với chỉ tiêu năm (140.000 người).",
            Slip.TRANSPOSED_DIGITS,
        ),
        (
            "Giải quyết việc làm cho 147.420 người, vượt 105,3% so với chỉ tiêu năm (140.000 người).",
            Slip.RATIO_FOR_EXCESS,
        ),
    ],
)
def test_it_names_the_slip(sentence: str, slip: Slip) -> None:
    claim = the_claim(sentence, RULE)
    assert (claim.verdict, claim.slip) == (Verdict.INCONSISTENT, slip)


def test_it_says_which_reading_fitted() -> None:
    claim = the_claim("Tỷ lệ lao động qua đào tạo đạt 81,41%, vượt chỉ tiêu 1,41%.", RULE)
    assert "80%" in claim.explanation("en") and "điểm phần trăm" in claim.explanation("vi")
