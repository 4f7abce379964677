"""Bảng đánh giá: a unit's targets evaluated for a year as of a date, counted, with its children's counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from chitieu.api.common import ERRORS, Code, check_date, language, number, visible_unit
from chitieu.core import evaluation as ev
from chitieu.monitoring.scorecard import default_as_of, scorecard
from chitieu.web.selectors import children_counts

router = Router(tags=["scorecards"])


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
    children_result: ResultOut | None = Field(
        description="the roll-up of the units below, beside an own figure"
    )
    percent_of_plan: str | None = Field(description="exact; round it only to show it")
    difference_points: str | None
    status: str
    status_label: str
    estimated: bool
    pace: str | None
    formula: str


class GroupCountsOut(Schema):
    group: str
    name: str
    counts: CountsOut


class WorkItemCountsOut(Schema):
    kind: str
    done_on_time: int
    done_late: int
    in_progress: int
    overdue: int
    total: int


class ChildOut(Schema):
    unit: str
    name: str
    counts: CountsOut


class ScorecardOut(Schema):
    unit: str
    year: int
    as_of: date
    counts: CountsOut
    share_met_or_exceeded: str | None
    groups: list[GroupCountsOut]
    lines: list[LineOut]
    work_items: list[WorkItemCountsOut]
    children: list[ChildOut] = Field(description="each child unit's counts, its figures rolled up from below")
    sentences: list[str]


def _result(result: ev.Result | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "value": number(result.value),
        "kind": result.kind.value,
        "complete": result.complete,
        "periods_counted": result.periods_counted,
        "last_period": result.last_period_id,
        "rolled_up": result.rolled_up,
    }


@router.get("/scorecards/{unit}", response={200: ScorecardOut, **ERRORS}, summary="A unit's scorecard")
def get_scorecard(
    request: HttpRequest,
    unit: Code,
    year: int = Query(..., ge=1900, le=2999),
    as_of: date | None = None,
) -> dict[str, Any]:
    """Every target of the unit for the year, evaluated with figures rolled up from its subtree.

    ``as_of`` is the date figures are known on (default: today, within the year).
    """
    root = visible_unit(request, unit)
    day = check_date(as_of) or default_as_of(year, timezone.localdate())
    lang = language()
    card = scorecard(unit=root, year=year, as_of=day)
    share = card.counts.share_met_or_exceeded()
    return {
        "unit": root.code,
        "year": year,
        "as_of": day,
        "counts": card.counts.as_dict(),
        "share_met_or_exceeded": number(share),
        "groups": [
            {"group": group.code, "name": group.display_name(lang), "counts": counts.as_dict()}
            for group, counts in card.group_counts()
        ],
        "lines": [
            {
                "target_id": line.target_id,
                "indicator": line.indicator.code,
                "indicator_name": line.indicator.display_name(lang),
                "group": line.indicator.group.code,
                "unit_of_measure": line.indicator.unit_of_measure,
                "target": number(line.plan.target),
                "target_high": number(line.plan.target_high),
                "baseline": number(line.plan.baseline),
                "result": _result(line.evaluation.result),
                "children_result": _result(line.children_result),
                "percent_of_plan": number(line.evaluation.percent_of_plan),
                "difference_points": number(line.evaluation.difference_points),
                "status": line.evaluation.status.value,
                "status_label": line.evaluation.status_label(lang),
                "estimated": line.evaluation.estimated,
                "pace": line.evaluation.pace.value if line.evaluation.pace else None,
                "formula": line.indicator.formula(lang),
            }
            for line in card.lines
        ],
        "work_items": [
            {
                "kind": counts.kind.value,
                "done_on_time": counts.done_on_time,
                "done_late": counts.done_late,
                "in_progress": counts.in_progress,
                "overdue": counts.overdue,
                "total": counts.total,
            }
            for counts in card.work_items
        ],
        "children": [
            {"unit": child.code, "name": child.display_name(lang), "counts": counts.as_dict()}
            for child, counts in children_counts(root, year, day)
        ],
        "sentences": card.sentences(lang),
    }
