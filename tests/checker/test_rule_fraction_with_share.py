"""Rule fraction_with_share: "X/Y <noun>, đạt/chiếm Z%"."""

from __future__ import annotations

import pytest

from chitieu.checker import Role, Slip, Verdict
from tests.checker.helpers import claims_of, the_claim

RULE = "fraction_with_share"


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Trong năm đã kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm.", Verdict.CONSISTENT),
        ("Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,6%.", Verdict.CONSISTENT_BY_TRUNCATION),
        ("Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%.", Verdict.CONSISTENT),
        ("Tham mưu trình UBND Thành phố đạt 18/18 nội dung (đạt 100% kế hoạch năm).", Verdict.CONSISTENT),
        ("Giải quyết 1.150 vụ trên tổng số 1.245 vụ, đạt 92,37%.", Verdict.CONSISTENT),
        ("Tỷ lệ giải quyết đạt 92,37% (1.150/1.245 vụ).", Verdict.CONSISTENT),
        ("Viện kiểm sát giải quyết 430/452 tin báo, tố giác tội phạm, đạt 95,13%.", Verdict.CONSISTENT),
        ("Giải ngân 4.250 tỷ đồng/5.000 tỷ đồng kế hoạch vốn, đạt 85%.", Verdict.CONSISTENT),
        ("Trong tổng số 1.540 hồ sơ, có 1.480 hồ sơ trực tuyến, chiếm 96,1%.", Verdict.CONSISTENT),
        ("Có 3/100 hộ chưa có việc làm ổn định, chiếm 03%.", Verdict.CONSISTENT),
        ("Tỷ lệ hồ sơ đúng hạn đạt 99.14% (4.957/5.000 hồ sơ).", Verdict.CONSISTENT),
        ("Có 45/52 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 85,64%.", Verdict.INCONSISTENT),
        ("Có 24/26 chỉ tiêu đạt và vượt, chiếm trên 92%.", Verdict.CONSISTENT),
        ("Có 13/26 chỉ tiêu vượt kế hoạch, chiếm trên 50%.", Verdict.WORDING_CONTRADICTION),
        ("Có 12/25 chi bộ đạt trong sạch vững mạnh, chiếm gần 50%.", Verdict.CONSISTENT),
    ],
)
def test_it_checks_a_fraction_and_its_share(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, RULE).verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "slip", "correct"),
    [
        (
            "Có 45/52 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 85,64%.",
            Slip.TRANSPOSED_DIGITS,
            "86.54",
        ),
        ("Đã xét xử 1.032/1.100 vụ án, đạt tỷ lệ 6,18%.", Slip.COMPLEMENT, "93.82"),
        (
            "Tổng số 1.250 hồ sơ; đã giải quyết 1.200/1.230 hồ sơ đủ điều kiện, đạt 96%.",
            Slip.WRONG_TOTAL,
            "98",
        ),
        ("Hoàn thành 19/20 nhiệm vụ, đạt 100%.", Slip.UNKNOWN, "95"),
    ],
)
def test_it_names_the_slip_and_the_correct_share(sentence: str, slip: Slip, correct: str) -> None:
    claim = the_claim(sentence, RULE)
    assert claim.verdict == Verdict.INCONSISTENT
    assert claim.slip == slip
    assert str(claim.correct) == correct


def test_it_gives_the_numbers_their_roles_and_noun() -> None:
    claim = the_claim("Kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm.", RULE)
    assert [(n.role, n.text) for n in claim.numbers] == [
        (Role.PART, "71"),
        (Role.TOTAL, "70"),
        (Role.SHARE, "101,43%"),
    ]
    assert claim.noun == "đảng viên"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoàn thành 21/21 chương trình công tác, tỷ lệ giải ngân đạt 95,2%.",
        "Sáng 27/12, Sở tổ chức hội nghị; đạt 95% kế hoạch.",
        "Hoàn thành 21/21 chương trình công tác của Sở.",
    ],
)
def test_it_does_not_pair_a_fraction_with_another_subjects_share(sentence: str) -> None:
    assert claims_of(sentence, RULE) == []
