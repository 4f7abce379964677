"""Rules partition and part_share: a total and its listed parts."""

from __future__ import annotations

import pytest

from chitieu.checker import Role, Slip, Verdict
from tests.checker.helpers import claims_of, the_claim, verdict_of


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "Toàn Đảng bộ có 26 chỉ tiêu, trong đó 13 chỉ tiêu vượt, 10 chỉ tiêu đạt, 3 chỉ tiêu không đạt.",
            Verdict.CONSISTENT,
        ),
        (
            "Năm 2022 có 26 chỉ tiêu, trong đó 13 chỉ tiêu vượt, 10 chỉ tiêu đạt, 4 chỉ tiêu không đạt.",
            Verdict.INCONSISTENT,
        ),
        ("Kết quả thực hiện 26 chỉ tiêu: 13 vượt, 10 đạt, 3 không đạt.", Verdict.CONSISTENT),
        (
            "Trong năm, 13 chỉ tiêu vượt, 10 chỉ tiêu đạt và 3 chỉ tiêu không đạt, tổng cộng 26 chỉ tiêu.",
            Verdict.CONSISTENT,
        ),
        ("Tổng số 2.140 vụ, gồm: hình sự 640 vụ, dân sự 1.200 vụ, hành chính 300 vụ.", Verdict.CONSISTENT),
        ("Tổng số 2.140 vụ, gồm: hình sự 640 vụ, dân sự 1.250 vụ, hành chính 300 vụ.", Verdict.INCONSISTENT),
        ("Tổng số 1.200 hồ sơ, trong đó 700 hồ sơ trực tuyến, 600 hồ sơ trực tiếp.", Verdict.INCONSISTENT),
        ("Có 35 chỉ tiêu, trong đó có 28 chỉ tiêu đạt và vượt, 7 chỉ tiêu không đạt.", Verdict.CONSISTENT),
        # a partial list after "trong đó", or groups that may overlap, is not judged
        (
            "Đào tạo nghề cho 42.000 người, trong đó nữ 18.000 người, người dân tộc thiểu số 2.500 người.",
            Verdict.NOT_CHECKABLE,
        ),
        ("Có 26 chỉ tiêu, trong đó 13 chỉ tiêu vượt, 10 chỉ tiêu đạt.", Verdict.NOT_CHECKABLE),
    ],
)
def test_the_parts_add_up_to_the_total(sentence: str, verdict: Verdict) -> None:
    assert the_claim(sentence, "partition").verdict == verdict


def test_a_wrong_sum_is_named_and_corrected() -> None:
    claim = the_claim(
        "Năm 2022 có 26 chỉ tiêu, trong đó 13 chỉ tiêu vượt, 10 chỉ tiêu đạt, 4 chỉ tiêu không đạt."
    )
    assert claim.slip == Slip.SUM_MISMATCH
    assert claim.correct == 27
    assert [n.role for n in claim.numbers] == [Role.PART, Role.PART, Role.PART, Role.TOTAL]


@pytest.mark.parametrize(
    ("figure", "verdict"),
    [
        ("26", Verdict.CONSISTENT),
        ("50%", Verdict.CONSISTENT),
        ("38,46%", Verdict.CONSISTENT),
        ("11,45%", Verdict.INCONSISTENT),
    ],
)
def test_it_checks_the_share_printed_beside_each_part(figure: str, verdict: Verdict) -> None:
    sentence = "Trong 26 chỉ tiêu, có 13 chỉ tiêu vượt (50%), 10 chỉ tiêu đạt (38,46%), 3 không đạt (11,45%)."
    assert verdict_of(sentence, figure) == verdict


def test_a_list_of_unrelated_counts_is_not_a_partition() -> None:
    sentence = "Sở đã tham mưu ban hành 3 Nghị quyết, 8 chương trình và 3 đề án trong năm 2022."
    assert claims_of(sentence) == []
