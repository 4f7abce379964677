"""The judgement: intervals, half-up against truncation, bound words, and named slips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.checker import Recomputation, Slip, Verdict
from chitieu.checker.judge import assess, beyond_a_slip, diagnose
from chitieu.checker.tokens import read_sentence
from chitieu.core.numbers import Rounding, format_number
from chitieu.core.text import Bilingual


def judge(printed: str, value: str) -> Verdict:
    (figure,) = read_sentence(printed).figures
    exact = Decimal(value)
    recomputation = Recomputation(exact, exact, exact, Bilingual("", ""), Bilingual("", ""))
    return assess(figure, [recomputation]).verdict


@pytest.mark.parametrize(
    ("printed", "value", "verdict"),
    [
        ("95,7%", "95.6521", Verdict.CONSISTENT),
        ("95,6%", "95.6521", Verdict.CONSISTENT_BY_TRUNCATION),
        ("95,5%", "95.6521", Verdict.INCONSISTENT),
        ("95,65%", "95.65", Verdict.CONSISTENT),
        ("96%", "95.5", Verdict.CONSISTENT),  # half-up
        ("95%", "95.5", Verdict.CONSISTENT_BY_TRUNCATION),
        ("trên 50%", "50", Verdict.WORDING_CONTRADICTION),
        ("trên 50%", "50.01", Verdict.CONSISTENT),
        ("trên 50%", "42", Verdict.INCONSISTENT),
        ("trên 50%", "97", Verdict.CONSISTENT),  # a threshold passed well
        ("trên 4,8%", "53.66", Verdict.AMBIGUOUS),  # true as a bound; no one says it of 53,66%
        ("hơn 1.000", "2500", Verdict.AMBIGUOUS),
        ("dưới 5%", "5", Verdict.WORDING_CONTRADICTION),
        ("dưới 5%", "4.2", Verdict.CONSISTENT),
        ("từ 80% trở lên", "80", Verdict.CONSISTENT),
        ("từ 80% trở lên", "79.8", Verdict.WORDING_CONTRADICTION),
        ("gần 50%", "48", Verdict.CONSISTENT),
        ("gần 50%", "51", Verdict.WORDING_CONTRADICTION),
        ("gần 90%", "81.67", Verdict.INCONSISTENT),
        ("khoảng 1.200", "1180", Verdict.CONSISTENT),
        ("khoảng 1.200", "1000", Verdict.INCONSISTENT),
    ],
)
def test_a_printed_value_stands_for_an_interval(printed: str, value: str, verdict: Verdict) -> None:
    assert judge(printed, value) == verdict


@pytest.mark.parametrize(
    ("printed", "correct", "slip"),
    [
        ("92,73%", "92.369", Slip.TRANSPOSED_DIGITS),
        ("9,03%", "90.31", Slip.DECIMAL_SHIFT),
        ("95,66%", "95.652", Slip.ROUNDING),
        ("100,86%", "101.86", Slip.MISTYPED_DIGIT),
        ("42,1%", "95.652", Slip.UNKNOWN),
    ],
)
def test_it_names_the_likely_slip(printed: str, correct: str, slip: Slip) -> None:
    (figure,) = read_sentence(printed).figures
    assert diagnose(figure, figure.readings[0], Decimal(correct))[0] == slip


@given(
    part=st.integers(min_value=0, max_value=100_000),
    extra=st.integers(min_value=0, max_value=100_000),
    decimals=st.integers(min_value=0, max_value=3),
)
def test_a_share_printed_half_up_or_truncated_is_never_flagged(part: int, extra: int, decimals: int) -> None:
    total = part + extra
    if total == 0:
        return
    if 1 <= part <= 12 and 1900 <= total <= 2100:
        return  # "1/1900" reads as a month and year (tháng 1/1900), which the checker rightly skips
    share = Decimal(part) / Decimal(total) * 100
    for rounding in (Rounding.HALF_UP, Rounding.TRUNCATE):
        printed = format_number(share, decimals, rounding)
        from chitieu.checker import check_text

        (claim,) = check_text(f"Hoàn thành {part}/{total} nhiệm vụ, đạt {printed}%.").claims
        assert claim.verdict in (Verdict.CONSISTENT, Verdict.CONSISTENT_BY_TRUNCATION)


@given(
    part=st.integers(min_value=1, max_value=5_000),
    extra=st.integers(min_value=1, max_value=5_000),
    error=st.integers(min_value=2, max_value=500),
)
def test_a_share_off_by_two_units_or_more_is_flagged(part: int, extra: int, error: int) -> None:
    total = part + extra
    if 1 <= part <= 12 and 1900 <= total <= 2100:
        return  # "1/1900" reads as a month and year (tháng 1/1900), which the checker rightly skips
    share = Decimal(part) / Decimal(total) * 100
    wrong = format_number(share + Decimal(error) / 10, 1)
    from chitieu.checker import check_text

    (claim,) = check_text(f"Hoàn thành {part}/{total} nhiệm vụ, đạt {wrong}%.").claims
    if beyond_a_slip(Decimal(wrong.replace(",", ".")), round(share, 1)) and claim.slip is None:
        # more than three times the share or less than a third of it, and no simple slip says how: a
        # doubt, not a flag — the nearest reading named (see test_a_figure_far_beyond_a_slip_is_a_doubt)
        assert claim.verdict == Verdict.AMBIGUOUS
        assert "khác xa số ghi" in claim.message.vi
        return
    assert claim.verdict == Verdict.INCONSISTENT
    assert claim.correct is not None


def test_a_figure_far_beyond_a_slip_is_a_doubt() -> None:
    # more than three times away from the one reading found, and no simple slip explains it: a reading of
    # the wrong numbers is likelier than such a slip, so the checker says it doubts, naming the reading
    from chitieu.checker import check_text

    (far,) = check_text("Hoàn thành 10/96 nhiệm vụ, đạt 3,1%.").claims
    assert far.verdict == Verdict.AMBIGUOUS
    assert far.correct is None and far.slip is None
    assert far.message.vi.startswith("10 / 96 × 100 = 10,416…%. Cách hiểu gần nhất tìm được cho 10,4%")
    assert "khác xa số ghi 3,1%" in far.message.vi and "Không đánh dấu sai" in far.message.vi
    assert "The nearest reading found gives 10.4%" in far.message.en

    (near,) = check_text("Hoàn thành 10/96 nhiệm vụ, đạt 9,4%.").claims  # within a slip: flagged
    assert near.verdict == Verdict.INCONSISTENT and near.correct == Decimal("10.4")

    # as far, but a slip says how (the decimal separator one place off): flagged
    (shifted,) = check_text("Hoàn thành 10/96 nhiệm vụ, đạt 1,04%.").claims
    assert shifted.verdict == Verdict.INCONSISTENT and shifted.slip == Slip.DECIMAL_SHIFT


def test_beyond_a_slip_is_more_than_three_times_either_way() -> None:
    assert not beyond_a_slip(Decimal("30"), Decimal("10"))
    assert beyond_a_slip(Decimal("30.1"), Decimal("10"))
    assert not beyond_a_slip(Decimal("3.4"), Decimal("10"))
    assert beyond_a_slip(Decimal("3.3"), Decimal("10"))
    assert beyond_a_slip(Decimal("0"), Decimal("0.5")) and not beyond_a_slip(Decimal("0"), Decimal("0"))
    assert not beyond_a_slip(Decimal("-12"), Decimal("10"))  # the sign is another reading's matter
