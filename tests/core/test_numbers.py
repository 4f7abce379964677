from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.numbers import (
    Notation,
    NumberFormatError,
    Rounding,
    format_number,
    format_percent,
    parse_number,
    round_decimal,
)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal(1218), 0, "1.218"),
        (Decimal(315900), 0, "315.900"),
        (Decimal("2.5"), 1, "2,5"),
        (Decimal("1234567.891"), 2, "1.234.567,89"),
        (Decimal(0), 0, "0"),
        (Decimal(-1218), 0, "-1.218"),
        (Decimal("999.5"), 0, "1.000"),
        (Decimal("-0.4"), 0, "0"),
    ],
)
def test_it_writes_numbers_the_vietnamese_way(value, decimals, expected):
    assert format_number(value, decimals) == expected


def test_it_writes_english_notation_on_request():
    assert format_number(Decimal("1234567.891"), 2, notation=Notation.EN) == "1,234,567.89"


@pytest.mark.parametrize(
    ("value", "decimals", "rounding", "expected"),
    [
        (Decimal(71) / Decimal(70) * 100, 2, Rounding.HALF_UP, "101,43%"),
        (Decimal(22) / Decimal(23) * 100, 1, Rounding.HALF_UP, "95,7%"),
        (Decimal(22) / Decimal(23) * 100, 1, Rounding.TRUNCATE, "95,6%"),
        (Decimal("100.95"), 1, Rounding.HALF_UP, "101,0%"),  # half-up, not Babel's half-even
        (Decimal("100.85"), 1, Rounding.HALF_UP, "100,9%"),
        (Decimal("184.2"), 1, Rounding.HALF_UP, "184,2%"),
    ],
)
def test_it_rounds_percentages_half_up_unless_told_to_truncate(value, decimals, rounding, expected):
    assert format_percent(value, decimals, rounding) == expected


def test_half_up_rounds_away_from_zero_for_negatives():
    assert round_decimal(Decimal("-2.5"), 0) == Decimal(-3)
    assert round_decimal(Decimal("-2.59"), 1, Rounding.TRUNCATE) == Decimal("-2.5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,5", Decimal("2.5")),
        ("2.5", Decimal("2.5")),
        ("1.218,5", Decimal("1218.5")),
        ("1,218.5", Decimal("1218.5")),
        ("1.218.000", Decimal(1218000)),
        ("1,218,000", Decimal(1218000)),
        ("5043", Decimal(5043)),
        ("03", Decimal(3)),
        ("0,218", Decimal("0.218")),
        (" -1.234,56 ", Decimal("-1234.56")),
        ("+7", Decimal(7)),
        ("1\u00a0218", Decimal(1218)),
    ],
)
def test_it_reads_unambiguous_numbers_in_either_notation(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["1.218", "1,218", "12.345", "-1.000"])
def test_it_refuses_to_guess_between_thousands_and_decimals(text):
    with pytest.raises(NumberFormatError) as caught:
        parse_number(text)
    assert caught.value.code == "ambiguous"
    assert "có thể hiểu là" in caught.value.message("vi")


def test_a_declared_notation_decides_an_ambiguous_number():
    assert parse_number("1.218", Notation.VI) == Decimal(1218)
    assert parse_number("1.218", Notation.EN) == Decimal("1.218")
    assert parse_number("1,218", "vi") == Decimal("1.218")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "not_a_number"),
        ("12a", "not_a_number"),
        ("1..2", "not_a_number"),
        ("1,2,3", "not_a_number"),
        ("12,34.5", "bad_grouping"),
        (",5", "not_a_number"),
        ("5,", "not_a_number"),
        ("--5", "not_a_number"),
    ],
)
def test_it_explains_what_is_wrong_with_text_that_is_not_a_number(text, code):
    with pytest.raises(NumberFormatError) as caught:
        parse_number(text)
    assert caught.value.code == code
    assert caught.value.message("vi") != caught.value.message("en")


decimals_strategy = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3, allow_nan=False, allow_infinity=False
)


@given(value=decimals_strategy, places=st.integers(min_value=0, max_value=3))
def test_formatting_then_parsing_gives_the_number_back(value, places):
    shown = format_number(value, places)
    parsed = parse_number(shown, Notation.VI)
    assert parsed == round_decimal(value, places)


@given(value=decimals_strategy, places=st.integers(min_value=0, max_value=3))
def test_english_formatting_then_parsing_gives_the_number_back(value, places):
    shown = format_number(value, places, notation=Notation.EN)
    assert parse_number(shown, Notation.EN) == round_decimal(value, places)


def test_a_number_longer_than_28_digits_is_written_with_every_digit():
    # Decimal's default precision is 28 digits: the sign must not be taken through it
    value = Decimal("-12345678901234567890123456789012345.5")
    assert format_number(value, 1) == "-12.345.678.901.234.567.890.123.456.789.012.345,5"
    assert parse_number(format_number(value, 1), Notation.VI) == value
