"""What a unit plans for a year: the closing section of a year report ("Nhiệm vụ, giải pháp trọng tâm
năm sau"), read from the plans — never guessed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from chitieu.core.workitems import WorkItemKind
from chitieu.monitoring.scorecard import PlanRow, load_plans
from chitieu.monitoring.terms import count_programmes, programmes_running, term_of_year
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Programme, Target, Term, WorkItem


@dataclass(frozen=True)
class YearPlan:
    """A unit's plan for one year: its targets, the programmes and projects running, its work items."""

    unit: OrgUnit
    year: int
    targets: list[PlanRow]
    programmes: list[Programme]  # owned by the unit or a unit below, running in the year
    work_items: dict[WorkItemKind, int]  # led by the unit, by kind, in the order of the kinds
    term: Term | None  # the unit's term the year belongs to

    @property
    def empty(self) -> bool:
        return not (self.targets or self.programmes or self.work_items)

    def programme_counts(self) -> dict[str, int]:
        """ "3 đề án, 8 chương trình" (counted as the dashboard counts them)."""
        return count_programmes(programme.kind for programme in self.programmes)


def year_plan(unit: OrgUnit, year: int) -> YearPlan:
    """What ``unit`` has planned for ``year`` (a handful of queries, whatever the size of the plan)."""
    counted = Counter(WorkItem.objects.for_year(year).led_by(unit).values_list("kind", flat=True))
    return YearPlan(
        unit=unit,
        year=year,
        targets=load_plans(Target.objects.filter(unit=unit, year=year)),
        programmes=list(programmes_running(unit, year)),
        work_items={kind: counted[kind.value] for kind in WorkItemKind if counted[kind.value]},
        term=term_of_year(unit, year),
    )
