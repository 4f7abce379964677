"""Check a report's figures on their own and against a unit's stored data for a period.

The one call the check page, the CLI and the API make: :func:`check_report`. It reads the unit's
scorecard for the period as of a day (by default the close of the period's cut-off window, or
today while that is ahead), turns it into the checker's :class:`~chitieu.checker.matching.Fact`
objects and lets the pure checker match and compare.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import timezone

from chitieu.checker import check_text
from chitieu.checker.matching import WORK_ITEM_NOUNS, DataCheck, DataScope, Fact, FactKind, compare_with_data
from chitieu.core.evaluation import StatusCounts
from chitieu.core.periods import Period, default_as_of, parse_period
from chitieu.core.text import Bilingual
from chitieu.monitoring.scorecard import Scorecard, TargetLine, scorecard
from chitieu.orgunits.models import OrgUnit


def check_report(
    text: str,
    *,
    unit: OrgUnit | None,
    period_id: str | None,
    as_of: date | None = None,
    today: date | None = None,
) -> DataCheck:
    """Check ``text``; with a unit and a period, also compare its figures with their data.

    The data is the unit's scorecard for the period as of ``as_of`` (by default the period's own
    day seen from ``today``): the figures its dashboard and its report show.
    Raises :class:`~chitieu.core.periods.PeriodError` for a period id that does not exist.
    """
    report = check_text(text)
    if unit is None or period_id is None:
        return DataCheck(report)
    period = parse_period(period_id)
    card = scorecard(
        unit=unit,
        period=period,
        as_of=as_of or default_as_of(period, today or timezone.localdate()),
        with_children=True,
    )
    scope = DataScope(
        unit_code=unit.code,
        unit_name=Bilingual(unit.display_name("en"), unit.name),
        period_id=period.id,
        year=period.year,
        as_of=card.as_of,
    )
    matches = compare_with_data(text, report, facts_from_scorecard(card), period.year)
    return DataCheck(report, scope, matches)


def facts_for(unit: OrgUnit, period: Period, as_of: date | None = None) -> list[Fact]:
    """The figures of a unit's period that a report may state, as the checker compares them."""
    return facts_from_scorecard(scorecard(unit=unit, period=period, as_of=as_of, with_children=True))


def facts_from_scorecard(card: Scorecard) -> list[Fact]:
    """Every figure of a scorecard a report may state: targets, work items, counts of targets."""
    facts = [_indicator_fact(line) for line in card.lines]
    for work in card.work_items:
        facts.append(
            Fact(
                kind=FactKind.WORK_ITEMS,
                key=work.kind.value,
                name=Bilingual(work.kind.label("en") + "s", work.kind.label("vi")),
                nouns=WORK_ITEM_NOUNS[work.kind],
                figures={"done": Decimal(work.done), "total": Decimal(work.total)},
            )
        )
    for group, counts in card.group_counts():
        facts.append(
            Fact(
                kind=FactKind.GROUP_COUNT,
                key=group.code,
                name=Bilingual(f"{group.display_name('en')} targets", f"nhóm chỉ tiêu {group.name}"),
                names=(group.name,),
                figures=_status_figures(counts),
            )
        )
    for child, counts in card.children:
        if counts.total:
            name = child.display_name("en")
            facts.append(
                Fact(
                    kind=FactKind.UNIT_COUNT,
                    key=child.code,
                    name=Bilingual(f"the targets of {name}", f"chỉ tiêu của {child.name}"),
                    names=(child.name,),
                    figures=_status_figures(counts),
                )
            )
    if any(counts.total for _child, counts in card.children):
        facts.append(
            Fact(
                kind=FactKind.UNIT_COUNT,
                key="units-below",
                name=Bilingual("the targets of the units below", "chỉ tiêu của các đơn vị trực thuộc"),
                names=("các đơn vị trực thuộc",),
                figures=_status_figures(card.children_total),
            )
        )
    if card.lines:
        facts.append(
            Fact(
                kind=FactKind.TARGET_COUNT,
                key="all",
                name=Bilingual("all the unit's targets", "toàn bộ chỉ tiêu của đơn vị"),
                figures=_status_figures(card.counts),
            )
        )
    return facts


def _indicator_fact(line: TargetLine) -> Fact:
    indicator, evaluation, plan = line.indicator, line.evaluation, line.plan
    stored = {
        "plan": plan.target,
        "baseline": plan.baseline,
        "actual": evaluation.result.value if evaluation.result else None,
        "percent_of_plan": evaluation.percent_of_plan,
    }
    return Fact(
        kind=FactKind.INDICATOR,
        key=indicator.code,
        name=Bilingual(
            f"indicator “{indicator.display_name('en')}” ({indicator.code})",
            f"chỉ tiêu “{indicator.name}” ({indicator.code})",
        ),
        names=(indicator.name,),
        figures={name: value for name, value in stored.items() if value is not None},
        unit_of_measure=indicator.unit_of_measure,
        is_rate=indicator.is_rate,
        estimated=evaluation.estimated,
    )


def _status_figures(counts: StatusCounts) -> dict[str, Decimal]:
    return {
        "met_or_exceeded": Decimal(counts.met_or_exceeded),
        "exceeded": Decimal(counts.exceeded),
        "total": Decimal(counts.total),
    }
