"""Bảng đánh giá: a unit's targets for a period as of a day, counted, with its children's counts."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from chitieu.api.common import ERRORS, Code, PeriodId, check_date, language, refuse, visible_unit
from chitieu.core import periods as core_periods
from chitieu.core.numbers import Rounding
from chitieu.core.periods import PeriodError, parse_period
from chitieu.core.terms import estimate_option
from chitieu.monitoring.scorecard import scorecard, scorecard_json

router = Router(tags=["scorecards"])

EstimateChoice = Query(
    None,
    description="judge each target whose year is still open on its year-end estimate (ước thực hiện cả năm),"
    " labelled as an estimate: a person's, else computed from the months entered — auto (same_share when"
    " last year is known in full, else straight_line), same_share (the share of the year last year's same"
    " months made) or straight_line (the same monthly pace)",
)


class CountsOut(Schema):
    exceeded: int
    met: int
    not_met: int
    in_progress: int
    no_data: int
    not_evaluable: int
    total: int


class ResultOut(Schema):
    value: str
    kind: str
    complete: bool
    periods_counted: int
    last_period: str
    rolled_up: bool = Field(description="computed from the units below rather than entered")


class EstimateOut(Schema):
    value: str
    method: str = Field(description="same_share, straight_line, latest, months_so_far or person")
    method_label: str
    method_text: str = Field(description="how it was estimated, in words")


class LineOut(Schema):
    target_id: int
    indicator: str
    indicator_name: str
    group: str
    unit_of_measure: str
    target: str | None
    target_high: str | None
    baseline: str | None
    result: ResultOut | None
    result_shown: str = Field(description="the result as a report prints it, in the caller's language")
    children_result: ResultOut | None = Field(
        description="the roll-up of the units below, beside an own figure"
    )
    percent_of_plan: str | None = Field(description="exact; round it only to show it")
    percent_of_plan_shown: str = Field(description="% of plan as a report prints it (101,43%)")
    difference_points: str | None
    status: str
    status_label: str
    estimated: bool
    pace: str | None
    formula: str
    estimate: EstimateOut | None = Field(
        default=None, description="the year-end estimate the line was judged on (with estimate=…)"
    )


class GroupCountsOut(Schema):
    group: str
    name: str
    counts: CountsOut


class WorkItemCountsOut(Schema):
    kind: str
    name: str
    done_on_time: int
    done_late: int
    in_progress: int
    overdue: int
    done: int
    total: int


class ChildOut(Schema):
    unit: str
    name: str
    counts: CountsOut


class ScorecardOut(Schema):
    unit: str
    unit_name: str
    period: str
    year: int
    as_of: date
    counts: CountsOut
    share_met_or_exceeded: str | None
    share_met_or_exceeded_shown: str
    groups: list[GroupCountsOut]
    lines: list[LineOut]
    work_items: list[WorkItemCountsOut]
    children: list[ChildOut] = Field(description="each child unit's counts, its figures rolled up from below")
    children_total: CountsOut = Field(
        description="the child units' counts added up (what a unit without targets of its own is shown by)"
    )
    sentences: list[str]


@router.get("/scorecards/{unit}", response={200: ScorecardOut, **ERRORS}, summary="A unit's scorecard")
def get_scorecard(
    request: HttpRequest,
    unit: Code,
    year: int | None = Query(None, ge=1900, le=2999),
    period: PeriodId | None = None,
    as_of: date | None = None,
    share_rounding: Literal["half_up", "truncate"] = "half_up",
    estimate: Literal["auto", "same_share", "straight_line"] | None = EstimateChoice,
) -> dict[str, Any]:
    """Every target of the unit, evaluated with figures rolled up from its subtree, and its units below.

    Give ``year`` (2022) or ``period`` (2022, 2022S1, 2022N9, 2022Q3, 2022M07). ``as_of`` is the
    day figures are known on (default: the close of the period's cut-off window, or today).
    The same JSON as ``chitieu scorecard --format json`` (``--estimate`` for ``estimate``).
    """
    root = visible_unit(request, unit)
    if period is None and year is None:
        raise refuse(422, "year_or_period")
    try:
        chosen = parse_period(period) if period is not None else core_periods.year(year or 0)
    except PeriodError as error:
        raise refuse(422, "bad_period", detail=error.message("en"), detail_vi=error.message("vi")) from error
    card = scorecard(
        unit=root,
        period=chosen,
        as_of=check_date(as_of),
        with_children=True,
        estimate=estimate_option(estimate),
    )
    return scorecard_json(card, language(), Rounding(share_rounding))
