from __future__ import annotations

from datetime import date

import pytest

from chitieu.core.periods import (
    CALENDAR,
    DECREE_09,
    PeriodError,
    PeriodType,
    ReportingRegime,
    parse_period,
    periods_of_type,
)


@pytest.mark.parametrize(
    ("period_id", "start", "end", "type_"),
    [
        ("2022", date(2022, 1, 1), date(2023, 1, 1), PeriodType.YEAR),
        ("2022S1", date(2022, 1, 1), date(2022, 7, 1), PeriodType.HALF_YEAR),
        ("2022S2", date(2022, 7, 1), date(2023, 1, 1), PeriodType.HALF_YEAR),
        ("2022N9", date(2022, 1, 1), date(2022, 10, 1), PeriodType.NINE_MONTHS),
        ("2022Q3", date(2022, 7, 1), date(2022, 10, 1), PeriodType.QUARTER),
        ("2022M07", date(2022, 7, 1), date(2022, 8, 1), PeriodType.MONTH),
        ("2022M12", date(2022, 12, 1), date(2023, 1, 1), PeriodType.MONTH),
        ("2022m7", date(2022, 7, 1), date(2022, 8, 1), PeriodType.MONTH),
    ],
)
def test_period_ids_are_half_open_date_ranges(period_id, start, end, type_):
    period = parse_period(period_id)
    assert (period.start, period.end, period.type) == (start, end, type_)


@pytest.mark.parametrize(
    "text", ["2022M13", "2022M00", "2022Q5", "2022S3", "2022N8", "22", "2022-07", "abc", ""]
)
def test_a_period_that_does_not_exist_is_refused(text):
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert "kỳ báo cáo" in caught.value.message("vi").lower()


def test_periods_carry_vietnamese_labels():
    assert parse_period("2022Q3").label() == "quý III/2022"
    assert parse_period("2022S1").label() == "6 tháng đầu năm 2022"
    assert parse_period("2022N9").label() == "9 tháng năm 2022"
    assert parse_period("2022M07").label() == "tháng 7/2022"
    assert parse_period("2022").label("en") == "2022"


def test_a_year_is_made_of_twelve_months_and_four_quarters():
    assert [m.id for m in parse_period("2022").months()][:2] == ["2022M01", "2022M02"]
    assert len(parse_period("2022").months()) == 12
    assert len(parse_period("2022N9").months()) == 9
    assert [q.id for q in periods_of_type(2022, PeriodType.QUARTER)] == [
        "2022Q1",
        "2022Q2",
        "2022Q3",
        "2022Q4",
    ]


def test_decree_09_counts_the_year_from_15_december_to_14_december():
    window = DECREE_09.window(parse_period("2022"))
    assert (window.first_day, window.last_day) == (date(2021, 12, 15), date(2022, 12, 14))
    assert window.label() == "Số liệu tính từ 15/12/2021 đến 14/12/2022"


def test_decree_09_counts_a_month_from_the_15th_of_the_previous_month():
    window = DECREE_09.window(parse_period("2022M03"))
    assert (window.first_day, window.last_day) == (date(2022, 2, 15), date(2022, 3, 14))
    january = DECREE_09.window(parse_period("2022M01"))
    assert (january.first_day, january.last_day) == (date(2021, 12, 15), date(2022, 1, 14))


def test_other_regimes_cut_off_on_other_days():
    regime_25 = ReportingRegime(code="D25", cutoff_day=25)
    window = regime_25.window(parse_period("2022Q2"))
    assert (window.first_day, window.last_day) == (date(2022, 3, 25), date(2022, 6, 24))
    calendar = CALENDAR.window(parse_period("2022Q2"))
    assert (calendar.first_day, calendar.last_day) == (date(2022, 4, 1), date(2022, 6, 30))


def test_deadlines_follow_the_window():
    assert DECREE_09.deadline(parse_period("2022M03")) == date(2022, 3, 19)
    assert ReportingRegime(cutoff_day=1, deadline_days=10).deadline(parse_period("2022M03")) == date(
        2022, 4, 10
    )


def test_closed_months_count_windows_that_have_ended():
    assert DECREE_09.closed_months(2023, date(2023, 6, 13)) == 5
    assert DECREE_09.closed_months(2023, date(2023, 6, 14)) == 6
    assert CALENDAR.closed_months(2023, date(2023, 6, 14)) == 5
    assert DECREE_09.closed_months(2023, date(2024, 1, 1)) == 12


def test_a_regime_refuses_a_cutoff_day_that_months_do_not_all_have():
    with pytest.raises(ValueError):
        ReportingRegime(cutoff_day=31)
