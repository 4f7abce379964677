"""Cần chú ý: what a leader must look at first in a unit's year — what is off track, and who is late.

Built on the one read model (:class:`~chitieu.monitoring.scorecard.Scorecard`) and the duties
(:mod:`chitieu.monitoring.duties`): targets not met, targets behind pace, overdue work items in
the unit's subtree, reports of the subtree not sent by their deadline, and the units below
ranked from the weakest (those with a target not met named among what is off track). The
dashboard shows them, and its print view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chitieu.core import evaluation as ev
from chitieu.core.workitems import WorkItemStatus, work_item_status
from chitieu.monitoring.duties import Duty, duties
from chitieu.monitoring.scorecard import Scorecard, TargetLine
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import WorkItem


@dataclass(frozen=True)
class Attention:
    """What is off track in a unit's year on the scorecard's day."""

    not_met: list[TargetLine]  # judged and missed (final, or an estimate of the whole year)
    behind: list[TargetLine]  # still in progress, behind the pace the plan needs
    overdue: list[WorkItem]  # past the deadline, not done, led by a unit of the subtree
    late: list[Duty]  # reports of the subtree not sent (or returned and not sent again) by the deadline
    ranked: list[tuple[OrgUnit, ev.StatusCounts]]  # the units below, the weakest first

    @property
    def units_not_met(self) -> list[tuple[OrgUnit, ev.StatusCounts]]:
        """The units below with a target not met in their own subtree, the weakest first: what a
        unit with no targets of its own (the city) has off track, and what a district's wards do."""
        return [(unit, counts) for unit, counts in self.ranked if counts.not_met]

    @property
    def anything(self) -> bool:
        return bool(self.not_met or self.behind or self.overdue or self.late or self.units_not_met)


def share_met(counts: ev.StatusCounts) -> float:
    """For ranking only: the share of a unit's judged and in-progress targets met or exceeded."""
    return counts.met_or_exceeded / counts.total if counts.total else 1.0


def attention(card: Scorecard, today: date) -> Attention:
    """What is off track in ``card``'s unit and year, as known on the card's day.

    Late reports are those of ``today`` (a report is late now, not on a day in the past), and
    only while the card's year is this year or last year (the years reports are still owed for).
    """
    not_met = [line for line in card.lines if line.evaluation.status == ev.Status.NOT_MET]
    in_progress = [line for line in card.lines if line.evaluation.status == ev.Status.IN_PROGRESS]
    behind = [line for line in in_progress if line.evaluation.pace == ev.Pace.BEHIND]
    subtree = OrgUnit.objects.subtree_of(card.unit).filter(active=True)
    overdue = [
        item
        for item in WorkItem.objects.for_year(card.year)
        .filter(lead_unit__in=subtree, completed_on__isnull=True)
        .select_related("lead_unit")
        .order_by("deadline", "code")
        if work_item_status(item.deadline, item.completed_on, card.as_of) == WorkItemStatus.OVERDUE
    ]
    late = []
    if card.year >= today.year - 1:
        late = [
            duty
            for duty in duties(subtree, today)
            if duty.action == "submit" and duty.late(today) and duty.period.year == card.year
        ]
    ranked = sorted(
        (pair for pair in card.children if pair[1].total),
        key=lambda pair: (-pair[1].not_met, share_met(pair[1]), pair[0].code),
    )
    return Attention(not_met, behind, overdue, late, ranked)
