"""Rule count_over_count: "thụ lý A …, giải quyết B …, đạt Z%"."""

from __future__ import annotations

import pytest

from chitieu.checker import Role, Slip, Verdict
from tests.checker.helpers import claims_of, the_claim

RULE = "count_over_count"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Tòa án thụ lý 1.245 vụ việc, đã giải quyết 1.150 vụ việc, đạt tỷ lệ 92,37%.", Verdict.CONSISTENT),
        ("Tiếp nhận 5043 hồ sơ, giải quyết đúng hạn 5.000 hồ sơ, đạt 99,15%.", Verdict.CONSISTENT),
        ("Trong năm, Tòa án đã thụ lý 2.315 vụ, giải quyết 2.104 vụ (đạt 90,89%).", Verdict.CONSISTENT),
        ("Thụ lý 4.120 việc; đã giải quyết xong 3.650 việc, đạt tỷ lệ 88,59%.", Verdict.CONSISTENT),
        (
            "Thụ lý 4.120 việc; đã giải quyết xong 3.650 việc, đạt tỷ lệ 88,5%.",
            Verdict.CONSISTENT_BY_TRUNCATION,
        ),
        ("Tòa án thụ lý 1.245 vụ việc, đã giải quyết 1.150 vụ việc, đạt tỷ lệ 92,73%.", Verdict.INCONSISTENT),
        ("Tiếp nhận 1.218 đơn thư, đã giải quyết 1.100 đơn, đạt 9,03%.", Verdict.INCONSISTENT),
    ],
)
def test_it_checks_the_settlement_rate(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


def test_it_tries_each_total_the_text_allows() -> None:
    sentence = (
        "Thụ lý 1.300 vụ (cũ chuyển sang 100 vụ, thụ lý mới 1.200 vụ), đã giải quyết 1.140 vụ, đạt 95%."
    )
    assert the_claim(sentence, RULE).verdict == Verdict.CONSISTENT
    older_total = "Thụ lý mới 1.200 vụ, tổng số thụ lý 1.300 vụ, đã giải quyết 1.140 vụ, đạt 87,69%."
    assert the_claim(older_total, RULE).verdict == Verdict.CONSISTENT


def test_it_names_a_decimal_shift() -> None:
    claim = the_claim("Tiếp nhận 1.218 đơn thư, đã giải quyết 1.100 đơn, đạt 9,03%.", RULE)
    assert claim.slip == Slip.DECIMAL_SHIFT
    assert [n.role for n in claim.numbers] == [Role.TOTAL, Role.PART, Role.SHARE]


def test_it_needs_a_count_received_before_the_count_settled() -> None:
    assert claims_of("Đã giải quyết 1.150 vụ việc, đạt tỷ lệ 92,37%.", RULE) == []
