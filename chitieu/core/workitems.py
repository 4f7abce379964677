"""Chương trình công tác, nhiệm vụ, nội dung trình: work items and where they stand on a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from chitieu.core.text import Bilingual


class WorkItemKind(StrEnum):
    """The kinds of work an agency registers for the year."""

    PROGRAM = "program"  # chương trình công tác
    TASK = "task"  # nhiệm vụ
    SUBMISSION = "submission"  # nội dung trình (to the People's Committee)
    SCHEME = "scheme"  # đề án
    RESOLUTION = "resolution"  # nghị quyết trình ban hành

    def label(self, lang: str = "vi") -> str:
        return _KIND_LABELS[self].get(lang)


_KIND_LABELS = {
    WorkItemKind.PROGRAM: Bilingual("work programme", "chương trình công tác"),
    WorkItemKind.TASK: Bilingual("task", "nhiệm vụ"),
    WorkItemKind.SUBMISSION: Bilingual("submission", "nội dung trình"),
    WorkItemKind.SCHEME: Bilingual("scheme", "đề án"),
    WorkItemKind.RESOLUTION: Bilingual("resolution", "nghị quyết"),
}


class WorkItemStatus(StrEnum):
    """Where a work item stands on a given date."""

    DONE_ON_TIME = "done_on_time"  # hoàn thành đúng hạn
    DONE_LATE = "done_late"  # hoàn thành quá hạn
    IN_PROGRESS = "in_progress"  # đang thực hiện trong hạn
    OVERDUE = "overdue"  # quá hạn chưa hoàn thành

    @property
    def done(self) -> bool:
        return self in (WorkItemStatus.DONE_ON_TIME, WorkItemStatus.DONE_LATE)

    def label(self, lang: str = "vi") -> str:
        return _STATUS_LABELS[self].get(lang)


_STATUS_LABELS = {
    WorkItemStatus.DONE_ON_TIME: Bilingual("done on time", "hoàn thành đúng hạn"),
    WorkItemStatus.DONE_LATE: Bilingual("done late", "hoàn thành quá hạn"),
    WorkItemStatus.IN_PROGRESS: Bilingual("in progress, within deadline", "đang thực hiện trong hạn"),
    WorkItemStatus.OVERDUE: Bilingual("overdue", "quá hạn chưa hoàn thành"),
}


def work_item_status(deadline: date | None, completed_on: date | None, as_of: date) -> WorkItemStatus:
    """The status of a work item as seen on ``as_of``; a completion after that date is not yet known."""
    if completed_on is not None and completed_on <= as_of:
        late = deadline is not None and completed_on > deadline
        return WorkItemStatus.DONE_LATE if late else WorkItemStatus.DONE_ON_TIME
    if deadline is not None and as_of > deadline:
        return WorkItemStatus.OVERDUE
    return WorkItemStatus.IN_PROGRESS


@dataclass(frozen=True)
class WorkItemCounts:
    """Work items of one kind by status: "hoàn thành 21/21 chương trình công tác"."""

    kind: WorkItemKind
    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.done_on_time + self.done_late + self.in_progress + self.overdue

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late


def count_work_items(kind: WorkItemKind, statuses: Iterable[WorkItemStatus]) -> WorkItemCounts:
    tally = dict.fromkeys(WorkItemStatus, 0)
    for status in statuses:
        tally[status] += 1
    return WorkItemCounts(kind=kind, **{status.value: n for status, n in tally.items()})
