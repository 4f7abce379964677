"""Rule percent_of_plan: "đạt Z% kế hoạch / chỉ tiêu / dự toán"."""

from __future__ import annotations

import pytest

from chitieu.checker import Role, Slip, Verdict
from tests.checker.helpers import the_claim

RULE = "percent_of_plan"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # the plan printed
        ("Tạo việc làm mới cho 141.260 người, đạt 100,9% kế hoạch năm (140.000 người).", Verdict.CONSISTENT),
        ("Thu ngân sách đạt 15.230 tỷ đồng, đạt 105,2% dự toán (14.477 tỷ đồng).", Verdict.CONSISTENT),
        (
            "Thu ngân sách 264.707 tỷ 535 triệu đồng, đạt 101,8% dự toán (260.000 tỷ đồng).",
            Verdict.CONSISTENT,
        ),
        (
            "Thu 6.842 tỷ đồng, đạt 97,7% dự toán Hội đồng nhân dân tỉnh giao (7.000 tỷ đồng).",
            Verdict.CONSISTENT,
        ),
        ("Thu ngân sách đạt 1,250 tỷ đồng, đạt 104,17% dự toán (1.200 tỷ đồng).", Verdict.CONSISTENT),
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 92,5%, đạt 100,54% kế hoạch (92%).", Verdict.CONSISTENT),
        (
            "Tạo việc làm mới cho 141.260 người, đạt 100,8% kế hoạch năm (140.000 người).",
            Verdict.INCONSISTENT,
        ),
        ("Đào tạo nghề cho 5043 lao động, đạt 101.86% kế hoạch (5.000 lao động).", Verdict.INCONSISTENT),
        (
            "Giải quyết việc làm cho khoảng 141.000 người, đạt 100,9% kế hoạch (140.000 người).",
            Verdict.CONSISTENT,
        ),
        # no plan printed: a count must imply a whole-number plan
        ("Trong năm đã kết nạp 71 đảng viên mới, đạt 101,43% chỉ tiêu năm.", Verdict.CONSISTENT),
        ("Đạt 101,43% chỉ tiêu, kết nạp 71 đảng viên.", Verdict.CONSISTENT),
        ("Đảng bộ đã kết nạp 23 đảng viên mới, đạt 117% chỉ tiêu được giao.", Verdict.INCONSISTENT),
        ("Thực hiện giảm hộ nghèo đạt 184,2% kế hoạch năm.", Verdict.NOT_CHECKABLE),
        ("Thu ngân sách 15.230 tỷ đồng, đạt 105,2% dự toán.", Verdict.NOT_CHECKABLE),
        # words against numbers
        ("Thu nội địa hoàn thành vượt dự toán, đạt 98,5% dự toán năm.", Verdict.WORDING_CONTRADICTION),
        ("Chỉ tiêu thu phí không đạt kế hoạch, đạt 102,5% dự toán.", Verdict.WORDING_CONTRADICTION),
        (
            "Kết nạp 28 đảng viên, vượt chỉ tiêu, đạt 93,33% kế hoạch (30 đảng viên).",
            Verdict.WORDING_CONTRADICTION,
        ),
        ("Giảm 1.150 hộ nghèo, đạt hơn 115% kế hoạch (1.000 hộ).", Verdict.WORDING_CONTRADICTION),
    ],
)
def test_it_checks_a_percentage_of_plan(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Thu ngân sách đạt 15.230 tỷ đồng, đạt 102,5% dự toán (14.477 tỷ đồng).", Slip.TRANSPOSED_DIGITS),
        ("Thực hiện 4.500 cuộc kiểm tra, đạt 111,11% kế hoạch (5.000 cuộc).", Slip.INVERTED_RATIO),
        ("Thực hiện 4.500 cuộc kiểm tra, đạt 10% kế hoạch (4.091 cuộc).", Slip.EXCESS_FOR_RATIO),
    ],
)
def test_it_names_the_slip(sentence: str, slip: Slip) -> None:
    claim = the_claim(sentence, RULE)
    assert (claim.verdict, claim.slip) == (Verdict.INCONSISTENT, slip)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kết nạp 71 đảng viên, nâng tổng số đảng viên lên 1.218 đồng chí, đạt 101,43% chỉ tiêu.",
        "Kết nạp 71 đảng viên, nâng tổng số lên 1.218 đồng chí, đạt 101,43% kế hoạch (70 đảng viên).",
    ],
)
def test_it_tries_the_other_figures_of_the_clause_before_flagging(sentence: str) -> None:
    claim = the_claim(sentence, RULE)
    assert claim.verdict == Verdict.CONSISTENT
    assert claim.numbers[0].text == "71"


def test_it_says_which_plan_it_implied() -> None:
    claim = the_claim("Trong năm đã kết nạp 71 đảng viên mới, đạt 101,43% chỉ tiêu năm.", RULE)
    assert "kế hoạch suy ra" in claim.explanation("vi") and "≈ 70" in claim.explanation("vi")
    assert "implied plan" in claim.explanation("en")
    assert [n.role for n in claim.numbers] == [Role.ACTUAL, Role.PERCENT_OF_PLAN]


def test_a_reduction_from_a_printed_baseline_is_recomputed_that_way():
    from chitieu.checker import check_text
    from chitieu.checker.model import Verdict

    (claim,) = check_text(
        "Số vụ tai nạn lao động chết người: 104 vụ (số gốc 120 vụ, kế hoạch 110 vụ), đạt 160,00% kế hoạch."
    ).claims
    assert claim.verdict == Verdict.CONSISTENT
    (wrong,) = check_text(
        "Số vụ tai nạn lao động chết người: 104 vụ (số gốc 120 vụ, kế hoạch 110 vụ), đạt 150,00% kế hoạch."
    ).claims
    assert wrong.verdict == Verdict.INCONSISTENT
