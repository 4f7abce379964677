"""Nhiệm kỳ: a unit's terms, where one stands (its card), the programmes carrying it, year-end estimates.

The card is :func:`chitieu.monitoring.terms.term_json`, the same JSON as ``chitieu term --format
json``; the estimates are :func:`chitieu.monitoring.estimates.year_estimates`, and a person's is
written through :func:`~chitieu.monitoring.estimates.enter_estimate` with its checks.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.db.models import Count
from django.http import HttpRequest
from django.utils import timezone, translation
from ninja import Field, Path, Query, Router, Schema
from pydantic import StringConstraints

from chitieu.api.common import (
    ERRORS,
    ApiError,
    Code,
    Number,
    Text,
    check_date,
    language,
    refuse,
    visible_unit,
)
from chitieu.api.values import STATUS_OF_REFUSAL
from chitieu.core import terms as core_terms
from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, Rounding, decimal_text, format_number
from chitieu.monitoring.estimates import enter_estimate, year_estimates
from chitieu.monitoring.terms import (
    PROGRAMME_KINDS,
    TermNotFound,
    choose_term,
    programme_completion,
    programmes_running,
    resolution_json,
    term_card,
    term_json,
)
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Term

router = Router(tags=["terms"])

TermYears = Annotated[str, StringConstraints(min_length=1, max_length=20, pattern=r"^[^\x00-\x1f]+$")]
Lang = Literal["vi", "en"]
EstimateMethod = Literal["same_share", "straight_line"]
TermFilter = Query(None, description="only the programmes of the unit's term 2020-2025")
MethodChoice = Query(
    None,
    description="how a flow is estimated: same_share (the share of the year last year's same months made)"
    " or straight_line (the same monthly pace); default: same_share when last year is known in full",
)


# --- schemas ---------------------------------------------------------------------------------


class ResolutionOut(Schema):
    name: str
    name_en: str = Field(default="", description="the name in English, if given")
    number: str
    date: str | None = Field(description="YYYY-MM-DD")


class TermOut(Schema):
    term: str = Field(description="the term's years, e.g. 2020–2025 (the congress year first)")
    start_year: int = Field(description="the congress year, whose figures are where the term starts")
    end_year: int
    resolution: ResolutionOut
    targets: int = Field(description="how many term targets it has")


class TermTargetOut(Schema):
    indicator: str
    name: str
    measure: str = Field(description="cumulative (a total over the term) or end (the level at its end)")
    target: str | None
    target_high: str | None
    years: dict[str, str] = Field(description="each year's figure so far, by year")
    years_missing: list[int] = Field(description="years begun without any figure")
    so_far: str | None = Field(description="the total so far, or the latest level")
    percent_of_target: str | None
    status: str
    expected_by_now: str | None = Field(description="where the path (milestones, else a straight line) is")
    pace: str | None
    forecast: str | None = Field(description="where the term will end on the trend so far")
    forecast_status: str | None
    forecast_method: str = Field(description="how the forecast was made, in words")
    needed_per_year: str | None = Field(description="the yearly figure (or change) the remaining years need")
    remaining_years: int


class CountsOut(Schema):
    exceeded: int
    met: int
    not_met: int
    in_progress: int
    no_data: int
    not_evaluable: int
    total: int


class WorkDoneOut(Schema):
    total: int
    done: int


class TermProgrammeOut(Schema):
    kind: str = Field(description="programme (chương trình) or project (đề án)")
    number: str
    title: str
    title_en: str = Field(default="", description="the title in English, if given")
    owner: str
    years: list[int] = Field(description="first and last year")
    targets: CountsOut = Field(description="its targets of the year, by status")
    work_items: WorkDoneOut


class TermCardOut(Schema):
    unit: str
    term: str
    resolution: ResolutionOut
    as_of: str
    year: int = Field(description="the year of the term the day falls in")
    year_number: int = Field(description="năm thứ mấy: 3 for 2023 in 2020–2025")
    years: int = Field(description="the term's length in years")
    sentences: list[str] = Field(description="what a report says of the term")
    counts: CountsOut = Field(description="the term targets by status, counted with the year's rules")
    forecast_counts: CountsOut = Field(description="the forecasts counted the same way")
    programme_counts: dict[str, int] = Field(description="programmes and projects running in the year")
    targets: list[TermTargetOut]
    programmes: list[TermProgrammeOut]


class WorkItemCountsOut(Schema):
    done_on_time: int
    done_late: int
    in_progress: int
    overdue: int
    done: int
    total: int


class ProgrammeOut(Schema):
    id: int
    kind: str = Field(description="programme (chương trình) or project (đề án)")
    kind_label: str
    number: str
    title: str
    title_en: str = Field(default="", description="the title in English, if given")
    owner: str
    term: str | None = Field(description="the term whose resolution it carries out, e.g. 2020–2025")
    start_year: int
    end_year: int
    targets: CountsOut = Field(description="its targets of the year, by status")
    work_items: WorkItemCountsOut = Field(description="its work items of the year, by completion")


class ProgrammesOut(Schema):
    unit: str
    year: int
    as_of: str
    counts: dict[str, int] = Field(description="how many programmes and projects: 3 đề án, 8 chương trình")
    items: list[ProgrammeOut]


class EstimateIn(Schema):
    indicator: Code
    unit: Code
    year: int = Field(ge=1900, le=2999)
    value: Number | None = Field(description="the full year's estimate as a string; null withdraws it")
    note: Text = Field(default="", description="how it was estimated")


class EnteredEstimateOut(Schema):
    id: int
    indicator: str
    unit: str
    year: int
    value: str | None
    note: str
    entered_at: datetime
    entered_by: str | None


class YearEstimateOut(Schema):
    indicator: str
    name: str
    value: str
    value_shown: str = Field(description="as a report prints it, in the caller's language")
    method: str = Field(description="person, same_share, straight_line, latest or months_so_far")
    method_label: str
    method_text: str = Field(description="how the estimate was made, in words")
    months_used: list[int] = Field(description="the months entered it was made from")


class YearEstimatesOut(Schema):
    unit: str
    year: int
    as_of: str
    items: list[YearEstimateOut]


# --- terms -----------------------------------------------------------------------------------


@router.get("/terms/{unit}", response={200: list[TermOut], **ERRORS}, summary="A unit's terms (nhiệm kỳ)")
def list_terms(request: HttpRequest, unit: Code) -> list[dict[str, Any]]:
    """The unit's terms, the latest first, each with the resolution that set it."""
    owner = visible_unit(request, unit)
    terms = Term.objects.of_unit(owner).annotate(target_count=Count("targets")).order_by("-start_year")
    return [
        {
            "term": term.span.label(),
            "start_year": term.start_year,
            "end_year": term.end_year,
            "resolution": resolution_json(term),
            "targets": term.target_count,
        }
        for term in terms
    ]


@router.get(
    "/terms/{unit}/{term}", response={200: TermCardOut, **ERRORS}, summary="Where a term stands (its card)"
)
def get_term(
    request: HttpRequest,
    unit: Code,
    term: TermYears,
    as_of: date | None = None,
    lang: Lang | None = None,
) -> dict[str, Any]:
    """Every term target judged on ``as_of`` (default: today): so far, pace, the forecast to the end of
    the term and its method in words; the counts; the programmes and projects running that year.
    The same JSON as ``chitieu term --format json``.
    """
    chosen = lang or language()
    with translation.override(chosen):
        found = unit_term(visible_unit(request, unit), term)
        return term_json(term_card(found, check_date(as_of)), chosen)


def unit_term(unit: OrgUnit, text: str) -> Term:
    """The unit's term named by ``text`` ("2020-2025"); 422 for a mistyped one, 404 for one it has not."""
    try:
        return choose_term(unit, text, timezone.localdate())
    except TermNotFound as error:
        status = 422 if error.code == "bad_term" else 404
        raise ApiError(status, error.message(language()), error.code) from error


# --- programmes ------------------------------------------------------------------------------


@router.get(
    "/programmes",
    response={200: ProgrammesOut, **ERRORS},
    summary="Programmes and projects (chương trình, đề án) with their completion",
)
def list_programmes(
    request: HttpRequest,
    unit: Code,
    year: int | None = Query(None, ge=1900, le=2999),
    term: TermYears | None = TermFilter,
    as_of: date | None = None,
) -> dict[str, Any]:
    """The programmes and projects owned in the unit's subtree running in ``year`` (default: the year of
    ``as_of``, itself today by default), each with its targets of that year by status and its work
    items by completion as of ``as_of``."""
    owner = visible_unit(request, unit)
    day = check_date(as_of) or timezone.localdate()
    chosen_year = year or day.year
    programmes = programmes_running(owner, chosen_year)
    if term is not None:
        programmes = programmes.filter(term=unit_term(owner, term))
    ordered = list(programmes.select_related("term"))
    lang = language()
    lines = programme_completion(ordered, chosen_year, day)
    return {
        "unit": owner.code,
        "year": chosen_year,
        "as_of": day.isoformat(),
        "counts": {kind: sum(1 for p in ordered if p.kind == kind) for kind in PROGRAMME_KINDS},
        "items": [
            {
                "id": line.programme.pk,
                "kind": line.programme.kind,
                "kind_label": line.kind_label.get(lang),
                "number": line.programme.number,
                "title": line.programme.title,
                "title_en": line.programme.title_en,
                "owner": line.programme.owner.code,
                "term": line.programme.term.span.label() if line.programme.term else None,
                "start_year": line.programme.start_year,
                "end_year": line.programme.end_year,
                "targets": line.targets.as_dict(),
                "work_items": {
                    "done_on_time": line.work.done_on_time,
                    "done_late": line.work.done_late,
                    "in_progress": line.work.in_progress,
                    "overdue": line.work.overdue,
                    "done": line.work.done,
                    "total": line.work.total,
                },
            }
            for line in lines
        ],
    }


# --- year-end estimates ----------------------------------------------------------------------


@router.post(
    "/estimates",
    response={200: EnteredEstimateOut, **ERRORS},
    summary="Enter a year-end estimate (ước thực hiện cả năm)",
)
def post_estimate(request: HttpRequest, payload: EstimateIn) -> dict[str, Any]:
    """Record a person's estimate of an indicator's full year at a unit; it wins over the computed one.

    A null value withdraws it. Earlier estimates stay as history. Needs a reporter's, planner's or
    approver's role on the unit (403), an indicator the unit plans or reports that year (422).
    """
    unit = visible_unit(request, payload.unit)
    indicator = Indicator.objects.filter(code=payload.indicator).first()
    if indicator is None:
        raise refuse(422, "indicator_not_found", code=payload.indicator)
    value = None if payload.value is None else Decimal(payload.value)
    try:
        row = enter_estimate(
            indicator=indicator,
            unit=unit,
            year=payload.year,
            value=value,
            note=payload.note,
            user=request.user,
        )
    except DomainError as error:
        raise ApiError(
            STATUS_OF_REFUSAL.get(error.code, 422), error.message(language()), error.code
        ) from error
    return {
        "id": row.pk,
        "indicator": indicator.code,
        "unit": unit.code,
        "year": row.year,
        "value": decimal_text(row.value),
        "note": row.note,
        "entered_at": row.entered_at,
        "entered_by": row.entered_by.get_username() if row.entered_by else None,
    }


@router.get(
    "/estimates/{unit}/{year}",
    response={200: YearEstimatesOut, **ERRORS},
    summary="The year-end estimates of a unit's targets",
)
def get_estimates(
    request: HttpRequest,
    unit: Code,
    year: int = Path(..., ge=1900, le=2999),
    as_of: date | None = None,
    method: EstimateMethod | None = MethodChoice,
) -> dict[str, Any]:
    """The full-year estimate of each indicator the unit has a target for in ``year``: a person's when
    one was entered, else computed from the months entered by ``as_of`` (default: today), with its
    method in words. An indicator without any month entered has none."""
    owner = visible_unit(request, unit)
    day = check_date(as_of) or timezone.localdate()
    indicators = list(
        Indicator.objects.filter(targets__unit=owner, targets__year=year)
        .select_related("group", "regime")
        .order_by("group__order", "order", "code")
    )
    chosen = core_terms.Method(method) if method else None
    made = year_estimates(indicators, unit=owner, year=year, as_of=day, method=chosen)
    lang = language()
    notation = Notation.for_language(lang)
    items = []
    for indicator in indicators:
        estimate = made.get(indicator.pk)
        if estimate is None:
            continue
        items.append(
            {
                "indicator": indicator.code,
                "name": indicator.display_name(lang),
                "value": decimal_text(estimate.value),
                "value_shown": format_number(
                    estimate.value, indicator.decimals, Rounding(indicator.rounding), notation
                ),
                "method": estimate.method.value,
                "method_label": core_terms.method_label(estimate.method, lang),
                "method_text": estimate.text.get(lang),
                "months_used": list(estimate.months_used),
            }
        )
    return {"unit": owner.code, "year": year, "as_of": day.isoformat(), "items": items}
