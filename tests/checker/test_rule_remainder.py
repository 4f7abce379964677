"""Rule remainder: "thụ lý A, giải quyết B, còn lại C"."""

from __future__ import annotations

import pytest

from chitieu.checker import Verdict
from tests.checker.helpers import the_claim

RULE = "remainder"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Thụ lý 856 vụ án hình sự, đã giải quyết 812 vụ, đạt 94,86%, còn lại 44 vụ.", Verdict.CONSISTENT),
        ("Thụ lý 1.245 vụ, đã giải quyết 1.150 vụ, còn lại 95 vụ.", Verdict.CONSISTENT),
        ("Thụ lý 856 vụ án hình sự, đã giải quyết 812 vụ, đạt 94,86%, còn lại 54 vụ.", Verdict.INCONSISTENT),
        ("Tiếp nhận 320 đơn, đã giải quyết 300 đơn, còn tồn 12 đơn.", Verdict.INCONSISTENT),
    ],
)
def test_it_checks_what_is_left(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict
