"""Reports written by the background worker: a PDF takes seconds, which no page should hold a worker for.

:func:`queue_report` puts a report on the queue (once: a report already waiting or being written
is not queued again) and says where it stands; the worker (``chitieu db_worker``) runs
:func:`write_report`, which writes the file with :func:`~chitieu.reporting.build.report_file`
into the store every reader shares. The page asks again until the file is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from chitieu.core.periods import Period, parse_period
from chitieu.orgunits.models import OrgUnit
from chitieu.reporting.build import report_file, report_key

# Formats written on the queue: the PDF's layout takes seconds; the others take well under one.
QUEUED_FORMATS = frozenset({"pdf"})


@task()
def write_report(*, key: str, unit_id: int, period_id: str, format_name: str, lang: str, as_of: str) -> str:
    """Write one report file (the worker runs this); its file name is the task's result."""
    found = report_file(
        unit=OrgUnit.objects.get(pk=unit_id),
        period=parse_period(period_id),
        format_name=format_name,
        lang=lang,
        as_of=date.fromisoformat(as_of),
    )
    return found.name


@dataclass(frozen=True)
class Queued:
    """Where a queued report stands: waiting, being written, or failed (with why)."""

    status: str  # "waiting", "running" or "failed"
    error: str = ""


def queue_report(*, unit: OrgUnit, period: Period, format_name: str, lang: str, as_of: date) -> Queued:
    """Put the report on the queue unless it is there already; where it stands now."""
    key = report_key(unit=unit, period=period, format_name=format_name, lang=lang, as_of=as_of)
    jobs = DBTaskResult.objects.filter(task_path=_TASK_PATH, args_kwargs__kwargs__key=key)
    latest = jobs.order_by("-enqueued_at").first()
    if latest is not None and latest.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING):
        return Queued("running" if latest.status == TaskResultStatus.RUNNING else "waiting")
    if latest is not None and latest.status == TaskResultStatus.FAILED and not _retry_wanted(latest):
        return Queued("failed", latest.exception_class_path.rsplit(".", 1)[-1])
    write_report.enqueue(
        key=key,
        unit_id=unit.pk,
        period_id=period.id,
        format_name=format_name,
        lang=lang,
        as_of=as_of.isoformat(),
    )
    return Queued("waiting")


_TASK_PATH = write_report.module_path


def _retry_wanted(failed: DBTaskResult) -> bool:
    """A failed report is tried again after a minute (a restart, a full disk since mended…)."""
    finished = failed.finished_at or failed.enqueued_at
    return (timezone.now() - finished).total_seconds() > 60
