"""Rule times_previous: "gấp Z lần"."""

from __future__ import annotations

import pytest

from chitieu.checker import Verdict
from tests.checker.helpers import the_claim

RULE = "times_previous"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Hỗ trợ 1.200 lao động mất việc, gấp 2 lần so với năm trước (600 lao động).", Verdict.CONSISTENT),
        ("Hỗ trợ 1.200 lao động mất việc, gấp 3 lần so với năm trước (600 lao động).", Verdict.INCONSISTENT),
        ("Doanh thu du lịch đạt 2.450 tỷ đồng, gấp 1,8 lần năm 2021 (1.360 tỷ đồng).", Verdict.CONSISTENT),
        ("Doanh thu du lịch đạt 2.450 tỷ đồng, gấp 1,8 lần năm 2021.", Verdict.NOT_CHECKABLE),
    ],
)
def test_it_checks_a_multiple(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict
