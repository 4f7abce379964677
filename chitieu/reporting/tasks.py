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
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

from chitieu.core.periods import Period, parse_period
from chitieu.core.terms import Method, estimate_option
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Term
from chitieu.reporting.build import report_file, report_key
from chitieu.reporting.term_report import Stage, term_report_file, term_report_key

# Formats written on the queue: the PDF's layout takes seconds; the others take well under one.
QUEUED_FORMATS = frozenset({"pdf"})


@task()
def write_report(
    *, key: str, unit_id: int, period_id: str, format_name: str, lang: str, as_of: str, estimate: str = ""
) -> str:
    """Write one report file (the worker runs this); its file name is the task's result."""
    found = report_file(
        unit=OrgUnit.objects.get(pk=unit_id),
        period=parse_period(period_id),
        format_name=format_name,
        lang=lang,
        as_of=date.fromisoformat(as_of),
        estimate=estimate_option(estimate),
    )
    return found.name


@task()
def write_term_report(*, key: str, term_id: int, stage: str, format_name: str, lang: str, as_of: str) -> str:
    """Write one mid-term or end-of-term review (the worker runs this)."""
    found = term_report_file(
        term=Term.objects.select_related("unit").get(pk=term_id),
        stage=Stage(stage),
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


def queue_report(
    *,
    unit: OrgUnit,
    period: Period,
    format_name: str,
    lang: str,
    as_of: date,
    estimate: bool | Method = False,
) -> Queued:
    """Put the report on the queue unless it is there already; where it stands now."""
    key = report_key(
        unit=unit, period=period, format_name=format_name, lang=lang, as_of=as_of, estimate=estimate
    )
    return _queue(
        write_report,
        key,
        unit_id=unit.pk,
        period_id=period.id,
        format_name=format_name,
        lang=lang,
        as_of=as_of.isoformat(),
        estimate="" if not estimate else "auto" if estimate is True else str(estimate),
    )


def queue_term_report(*, term: Term, stage: Stage, format_name: str, lang: str, as_of: date) -> Queued:
    """Put a term's review on the queue unless it is there already; where it stands now."""
    key = term_report_key(term=term, stage=stage, format_name=format_name, lang=lang, as_of=as_of)
    return _queue(
        write_term_report,
        key,
        term_id=term.pk,
        stage=stage.value,
        format_name=format_name,
        lang=lang,
        as_of=as_of.isoformat(),
    )


def _queue(writer: Task[..., str], key: str, **kwargs: str | int) -> Queued:
    jobs = DBTaskResult.objects.filter(task_path=writer.module_path, args_kwargs__kwargs__key=key)
    latest = jobs.order_by("-enqueued_at").first()
    if latest is not None and latest.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING):
        return Queued("running" if latest.status == TaskResultStatus.RUNNING else "waiting")
    if latest is not None and latest.status == TaskResultStatus.FAILED and not _retry_wanted(latest):
        return Queued("failed", latest.exception_class_path.rsplit(".", 1)[-1])
    writer.enqueue(key=key, **kwargs)
    return Queued("waiting")


def _retry_wanted(failed: DBTaskResult) -> bool:
    """A failed report is tried again after a minute (a restart, a full disk since mended…)."""
    finished = failed.finished_at or failed.enqueued_at
    return (timezone.now() - finished).total_seconds() > 60
