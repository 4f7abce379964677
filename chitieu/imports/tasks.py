"""Large imports applied by the background worker, so that no page holds a web worker for seconds.

The dry run stays in the request (the person must see what will change); once confirmed, a file
of :data:`QUEUE_FROM_ROWS` rows or more is applied by :func:`apply_values_import` on the queue
(``chitieu db_worker``), all or nothing as in the request, with the same checks; the page shows
where it stands and then the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django_tasks import task

from chitieu.core.errors import DomainError
from chitieu.core.text import Bilingual
from chitieu.imports.reading import SpreadsheetError
from chitieu.imports.sheets import Change, ImportRefused
from chitieu.imports.values import apply_import
from chitieu.orgunits.models import OrgUnit


def upload_dir() -> Path:
    """Where uploads wait between the preview and the confirmation (and the worker)."""
    return Path(getattr(settings, "CHITIEU_UPLOAD_DIR", settings.BASE_DIR / "var" / "uploads"))


def queue_from_rows() -> int:
    """From this many values to write, a confirmed import goes on the queue (CHITIEU_IMPORT_QUEUE_ROWS)."""
    return int(getattr(settings, "IMPORT_QUEUE_ROWS", 1000))


@task()
def apply_values_import(
    *, file: str, name: str, user_id: int, unit_id: int, period_id: str, notation: str, digest: str
) -> dict[str, Any]:
    """Apply a confirmed values import (the worker runs this): the counts, or why nothing was written."""
    path = upload_dir() / file
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        refused = Bilingual(
            "The uploaded file is gone; upload it again.", "Tệp đã tải lên không còn; hãy tải lên lại."
        )
        return {"refused": {"en": refused.en, "vi": refused.vi}, "problems": []}
    try:
        plan = apply_import(
            data=data,
            name=name,
            unit=OrgUnit.objects.get(pk=unit_id),
            period_id=period_id,
            user=get_user_model().objects.get(pk=user_id),
            notation=notation,
            expected_digest=digest,
        )
    except (ImportRefused, SpreadsheetError, DomainError) as error:
        problems = error.problems if isinstance(error, ImportRefused) else []
        return {
            "refused": {"en": error.message("en"), "vi": error.message("vi")},
            "problems": [
                {
                    "place": {"en": p.place("en"), "vi": p.place("vi")},
                    "reason": {"en": p.reason_en, "vi": p.reason_vi},
                }
                for p in problems
            ],
        }
    path.unlink(missing_ok=True)
    return {
        "new": plan.count(Change.NEW),
        "changed": plan.count(Change.CHANGED),
        "unchanged": plan.count(Change.UNCHANGED),
    }
