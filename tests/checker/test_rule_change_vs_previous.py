"""Rule change_vs_previous: "tăng / giảm Z% so với cùng kỳ"."""

from __future__ import annotations

import pytest

from chitieu.checker import Role, Verdict
from tests.checker.helpers import the_claim

RULE = "change_vs_previous"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Thu ngân sách đạt 15.230 tỷ đồng, tăng 12,3% so với cùng kỳ năm 2021 (13.560 tỷ đồng).",
            Verdict.CONSISTENT,
        ),
        ("Thu ngân sách đạt 15.230 tỷ đồng, tăng 12,3% so với cùng kỳ.", Verdict.NOT_CHECKABLE),
        (
            "Thu ngân sách đạt 15.230 tỷ đồng, tăng 21,3% so với cùng kỳ năm 2021 (13.560 tỷ đồng).",
            Verdict.INCONSISTENT,
        ),
        (
            "Nợ thuế đến 31/12/2022 là 2.345 tỷ đồng, giảm 8,6% so với cùng kỳ (2.565 tỷ đồng).",
            Verdict.CONSISTENT,
        ),
        (
            "Số người hưởng trợ cấp là 18.540 người, tăng 15,2% so với cùng kỳ năm trước (16.095 người).",
            Verdict.CONSISTENT,
        ),
        ("Thụ lý 1.250 vụ, tăng 150 vụ (13,64%) so với cùng kỳ.", Verdict.CONSISTENT),
        ("Thụ lý 1.250 vụ, tăng 150 vụ (12%) so với cùng kỳ.", Verdict.INCONSISTENT),
        # rates: percentage points, or a relative change
        ("Tỷ lệ thất nghiệp là 2,5%, giảm 0,3 điểm % so với năm 2021 (2,8%).", Verdict.CONSISTENT),
        ("Tỷ lệ thất nghiệp là 2,5%, giảm 0,5 điểm % so với năm 2021 (2,8%).", Verdict.INCONSISTENT),
        ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%, tăng 1,2% so với cùng kỳ (92%).", Verdict.CONSISTENT),
        ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93,2%, tăng 1,3% so với cùng kỳ (92%).", Verdict.CONSISTENT),
        # words against numbers
        (
            "Thu ngân sách đạt 13.230 tỷ đồng, tăng 2,4% so với cùng kỳ năm 2021 (13.560 tỷ đồng).",
            Verdict.WORDING_CONTRADICTION,
        ),
        ("Số vụ tai nạn lao động là 52 vụ, giảm 8,3% so với cùng kỳ (48 vụ).", Verdict.WORDING_CONTRADICTION),
    ],
)
def test_it_checks_a_change_against_last_year(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


def test_it_gives_current_and_previous_their_roles() -> None:
    claim = the_claim(
        "Thu ngân sách đạt 15.230 tỷ đồng, tăng 12,3% so với cùng kỳ năm 2021 (13.560 tỷ đồng).", RULE
    )
    assert [(n.role, n.text) for n in claim.numbers] == [
        (Role.CURRENT, "15.230 tỷ"),
        (Role.PREVIOUS, "13.560 tỷ"),
        (Role.CHANGE, "12,3%"),
    ]
    assert claim.noun == "đồng"
