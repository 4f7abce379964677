"""Kỳ báo cáo: calendar periods with stable ids, and reporting regimes with cut-off windows.

Period ids: ``2022`` (year), ``2022S1``/``2022S2`` (6 months), ``2022N9`` (9 months, Jan-Sep),
``2022Q3`` (quarter), ``2022M07`` (month). Every period is a half-open range of dates
``[start, end)``; "9 months" and "6 months" are cumulative from the start of the year, the way
Vietnamese reports use them ("báo cáo 9 tháng"), except ``S2`` which is July-December.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from chitieu.core.errors import DomainError
from chitieu.core.text import language_of


class PeriodType(StrEnum):
    """The kinds of reporting period."""

    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    NINE_MONTHS = "nine_months"
    YEAR = "year"

    @property
    def months(self) -> int:
        """How many months one period of this type spans."""
        return _MONTHS_OF_TYPE[self]

    def can_report(self, period: Period) -> bool:
        """Whether a figure reported at this frequency can be given for ``period``.

        A period made of whole periods of this frequency can: a monthly figure for a quarter or
        the year (its estimate or official figure), a quarterly one for 6 or 9 months. A shorter
        period cannot: no monthly figure of a quarterly indicator.
        """
        return _month_count(period) % self.months == 0


_MONTHS_OF_TYPE = {
    PeriodType.MONTH: 1,
    PeriodType.QUARTER: 3,
    PeriodType.HALF_YEAR: 6,
    PeriodType.NINE_MONTHS: 9,
    PeriodType.YEAR: 12,
}


class PeriodError(DomainError, ValueError):
    """A period id that does not exist."""

    templates = {
        "bad_id": (
            "'{text}' is not a period id (expected e.g. 2022, 2022S1, 2022N9, 2022Q3, 2022M07).",
            "'{text}' không phải mã kỳ báo cáo (ví dụ đúng: 2022, 2022S1, 2022N9, 2022Q3, 2022M07).",
        ),
        "out_of_range": (
            "Period '{text}' does not exist.",
            "Kỳ báo cáo '{text}' không tồn tại.",
        ),
        "bad_year": (
            "The year {year} is outside {first}–{last}.",
            "Năm {year} nằm ngoài khoảng {first}–{last}.",
        ),
    }


FIRST_YEAR, LAST_YEAR = 1900, 2999  # the years a period id can name: plans, figures and reports


def check_year(number: int) -> int:
    """A year of plans and figures (1900–2999); :class:`PeriodError` for any other."""
    if not FIRST_YEAR <= number <= LAST_YEAR:
        raise PeriodError("bad_year", year=number, first=FIRST_YEAR, last=LAST_YEAR)
    return number


_PERIOD_ID = re.compile(r"^(?P<year>\d{4})(?:(?P<letter>[MQSN])(?P<number>\d{1,2}))?$")


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period: a half-open date range with a stable id."""

    start: date
    end: date  # exclusive
    type: PeriodType
    id: str

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def months(self) -> list[Period]:
        """The calendar months this period is made of."""
        return [
            month(self.start.year, m) for m in range(self.start.month, self.start.month + _month_count(self))
        ]

    def label(self, lang: str = "vi") -> str:
        """A human name: "tháng 7/2022", "quý III/2022", "6 tháng đầu năm 2022", "năm 2022"."""
        y = self.start.year
        roman = ["I", "II", "III", "IV"]
        if language_of(lang) == "vi":
            match self.type:
                case PeriodType.MONTH:
                    return f"tháng {self.start.month}/{y}"
                case PeriodType.QUARTER:
                    return f"quý {roman[(self.start.month - 1) // 3]}/{y}"
                case PeriodType.HALF_YEAR:
                    return f"6 tháng đầu năm {y}" if self.start.month == 1 else f"6 tháng cuối năm {y}"
                case PeriodType.NINE_MONTHS:
                    return f"9 tháng năm {y}"
                case PeriodType.YEAR:
                    return f"năm {y}"
        match self.type:
            case PeriodType.MONTH:
                return f"{calendar.month_name[self.start.month]} {y}"
            case PeriodType.QUARTER:
                return f"Q{(self.start.month - 1) // 3 + 1} {y}"
            case PeriodType.HALF_YEAR:
                return f"first half of {y}" if self.start.month == 1 else f"second half of {y}"
            case PeriodType.NINE_MONTHS:
                return f"first nine months of {y}"
            case PeriodType.YEAR:
                return str(y)
        raise AssertionError(self.type)  # pragma: no cover


def _month_count(period: Period) -> int:
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


def _make(year: int, first_month: int, months: int, type_: PeriodType, id_: str) -> Period:
    start = date(year, first_month, 1)
    return Period(start=start, end=_add_months(start, months), type=type_, id=id_)


def month(year: int, number: int) -> Period:
    return _make(year, number, 1, PeriodType.MONTH, f"{year}M{number:02d}")


def quarter(year: int, number: int) -> Period:
    return _make(year, 3 * number - 2, 3, PeriodType.QUARTER, f"{year}Q{number}")


def half_year(year: int, number: int) -> Period:
    return _make(year, 6 * number - 5, 6, PeriodType.HALF_YEAR, f"{year}S{number}")


def nine_months(year: int) -> Period:
    return _make(year, 1, 9, PeriodType.NINE_MONTHS, f"{year}N9")


def year(number: int) -> Period:
    return _make(number, 1, 12, PeriodType.YEAR, str(number))


def parse_period(text: str) -> Period:
    """The period for an id such as ``2022M07``; raises :class:`PeriodError` otherwise."""
    match = _PERIOD_ID.match(text.strip().upper())
    if not match:
        raise PeriodError("bad_id", text=text)
    y = int(match["year"])
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise PeriodError("out_of_range", text=text)
    letter, number = match["letter"], int(match["number"] or 0)
    limits = {"M": 12, "Q": 4, "S": 2, "N": 9}
    if letter is None:
        return year(y)
    if not 1 <= number <= limits[letter] or (letter == "N" and number != 9):
        raise PeriodError("out_of_range", text=text)
    match letter:
        case "M":
            return month(y, number)
        case "Q":
            return quarter(y, number)
        case "S":
            return half_year(y, number)
    return nine_months(y)


def periods_of_type(year_number: int, type_: PeriodType) -> list[Period]:
    """All periods of one type in a year, in order."""
    match type_:
        case PeriodType.MONTH:
            return [month(year_number, m) for m in range(1, 13)]
        case PeriodType.QUARTER:
            return [quarter(year_number, q) for q in range(1, 5)]
        case PeriodType.HALF_YEAR:
            return [half_year(year_number, h) for h in (1, 2)]
        case PeriodType.NINE_MONTHS:
            return [nine_months(year_number)]
        case PeriodType.YEAR:
            return [year(year_number)]
    raise AssertionError(type_)  # pragma: no cover


def previous(period: Period) -> Period:
    """The period of the same type just before: June for July, Q4 of last year for Q1, last year's N9."""
    same = periods_of_type(period.year, period.type)
    index = [p.id for p in same].index(period.id)
    if index:
        return same[index - 1]
    return periods_of_type(period.year - 1, period.type)[-1]


def a_year_earlier(period: Period) -> Period:
    """Cùng kỳ năm trước: the period of the same kind a year before (2022M07 for 2023M07)."""
    return parse_period(str(period.year - 1) + period.id[4:])


def same_day_a_year_earlier(day: date) -> date:
    """The same day a year before (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def year_to_date(period: Period) -> Period:
    """Lũy kế: the range from the start of the period's year to the end of the period."""
    start = date(period.year, 1, 1)
    months = (period.end.year - start.year) * 12 + period.end.month - 1
    if months == 12:
        return year(period.year)
    return Period(start=start, end=period.end, type=period.type, id=f"{period.year}YTD{months:02d}")


@dataclass(frozen=True)
class CutoffWindow:
    """The dates whose events a period's figures count: ``[first_day, last_day]`` inclusive."""

    first_day: date
    last_day: date

    def label(self, lang: str = "vi") -> str:
        fmt = "%d/%m/%Y"
        if language_of(lang) == "vi":
            return f"Số liệu tính từ {self.first_day.strftime(fmt)} đến {self.last_day.strftime(fmt)}"
        return f"Figures from {self.first_day.strftime(fmt)} to {self.last_day.strftime(fmt)}"


@dataclass(frozen=True)
class ReportingRegime:
    """Chế độ báo cáo: when a period's figures are cut off and when the report is due.

    ``cutoff_day`` = 15 is Decree 09/2019/NĐ-CP: the month runs from the 15th of the previous
    month to the 14th, the year from 15/12 of the previous year to 14/12. ``cutoff_day`` = 1
    means calendar periods. ``deadline_days`` is how many days after the window closes the
    report is due.
    """

    code: str = "ND09"
    cutoff_day: int = 15
    deadline_days: int = 5

    def __post_init__(self) -> None:
        if not 1 <= self.cutoff_day <= 28:
            raise ValueError("cutoff_day must be between 1 and 28")
        if self.deadline_days < 0:
            raise ValueError("deadline_days must not be negative")

    def window(self, period: Period) -> CutoffWindow:
        """The cut-off window of a period under this regime."""
        if self.cutoff_day == 1:
            return CutoffWindow(period.start, period.last_day)
        first = _add_months(period.start, -1).replace(day=self.cutoff_day)
        last = _add_months(period.end, -1).replace(day=self.cutoff_day) - timedelta(days=1)
        return CutoffWindow(first, last)

    def deadline(self, period: Period) -> date:
        """The day the report for a period is due."""
        return self.window(period).last_day + timedelta(days=self.deadline_days)

    def closed_months(self, year_number: int, as_of: date) -> int:
        """How many months of a year have their window closed on ``as_of`` (0-12)."""
        return sum(
            1 for m in periods_of_type(year_number, PeriodType.MONTH) if self.window(m).last_day <= as_of
        )


DECREE_09 = ReportingRegime()
CALENDAR = ReportingRegime(code="CALENDAR", cutoff_day=1)


def earliest_deadline(regimes: Iterable[ReportingRegime], period: Period) -> date:
    """The first deadline of a period among several regimes (Decree 09's when there are none)."""
    return min((regime.deadline(period) for regime in regimes), default=DECREE_09.deadline(period))


def default_as_of(period: Period, today: date) -> date:
    """Số liệu đến ngày: the day a period's figures are read as of when nobody names one.

    The close of the period's Decree 09 cut-off window (14/12 for a year, 14/06 for its first six
    months), or today while that is still ahead; never before the period begins. Every page,
    report, command and API call that shows a period without a date uses this one.
    """
    return max(period.start, min(DECREE_09.window(period).last_day, today))


def reading_day(period: Period, as_of: date | None, today: date) -> date:
    """The day a period's figures are read on: the day asked for (no later than its end), else the default."""
    return min(as_of or default_as_of(period, today), period.last_day)


def report_periods(year_number: int, as_of: date) -> list[Period]:
    """The reports a year's page offers on ``as_of``: the year, 9 months, 6 months, the quarter of ``as_of``.

    Those begun by ``as_of`` only; each is read as of its own default day seen from ``as_of``
    (:func:`default_as_of`): the first six months of a year seen on 20/06 stop at 14/06.
    """
    quarter_number = (min(max(as_of, date(year_number, 1, 1)), date(year_number, 12, 31)).month - 1) // 3 + 1
    wanted = [
        year(year_number),
        nine_months(year_number),
        half_year(year_number, 1),
        quarter(year_number, quarter_number),
    ]
    return [period for period in wanted if period.start <= as_of]


def collecting_month(today: date) -> Period:
    """The month of ``today``'s year whose figures are collected now: its Decree 09 window opened last."""
    months = periods_of_type(today.year, PeriodType.MONTH)
    started = [m for m in months if DECREE_09.window(m).first_day <= today]
    return started[-1] if started else months[0]
