"""Nhập từ Excel: download a template; upload a file, see the dry run, confirm, see the result.

The uploaded bytes are kept on disk under a random name (``var/uploads/``) between the dry run
and the confirmation; the confirm form carries a signed token naming that file, the user, the
unit, the period and the fingerprint of the preview, so that what is written is what was shown.
"""

from __future__ import annotations

import secrets
import time
from pathlib import PurePath

from django import forms
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from django_tasks_db.models import DBTaskResult

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation
from chitieu.imports import templates
from chitieu.imports.reading import MAX_FILE_BYTES, SpreadsheetError
from chitieu.imports.sheets import Change, ImportRefused
from chitieu.imports.tasks import apply_values_import, queue_from_rows, upload_dir
from chitieu.imports.values import ValuesPreview, apply_import, plan_import
from chitieu.orgunits.models import OrgUnit
from chitieu.web.views.common import crumb_links, lang_of, period_or_404, visible_unit

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TOKEN_SALT = "chitieu.imports.confirm"  # noqa: S105 - a namespace for signing, not a secret
TOKEN_MAX_AGE = 3600  # seconds between the preview and the confirmation
KEEP_UPLOADS = 24 * 3600


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Excel (.xlsx) or CSV file"))
    notation = forms.ChoiceField(
        label=gettext_lazy("Numbers typed as text are written"),
        choices=[
            ("vi", gettext_lazy("the Vietnamese way: 1.218,5")),
            ("en", gettext_lazy("the English way: 1,218.5")),
        ],
        initial="vi",
        help_text=gettext_lazy("Used for CSV files; a template downloaded here declares it itself."),
    )


def _heading(request: HttpRequest, unit: OrgUnit, period: str, lang: str) -> dict[str, object]:
    """What every import page shows at its top: the unit, the period and the way back up."""
    chosen = core_periods.parse_period(period)
    return {
        "unit": unit,
        "period": period,
        "period_label": chosen.label(lang),
        "periods": [(p.id, p.label(lang)) for p in core_periods.periods_of_type(chosen.year, chosen.type)],
        "crumbs": crumb_links(request, unit, int(period[:4])),
    }


def _unit_and_period(request: HttpRequest, unit_code: str, period_id: str) -> tuple[OrgUnit, str]:
    return visible_unit(request, unit_code), period_or_404(period_id).id


def _download(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@login_required
def start(request: HttpRequest) -> HttpResponse:
    """The menu's “Import from Excel”: the user's top unit, for the month being collected now.

    ``?unit=&period=`` (the import page's own chooser) open another unit or month instead.
    """
    if request.GET.get("unit"):
        unit = visible_unit(request, request.GET["unit"])
    else:
        unit = OrgUnit.objects.home_of(request.user)
    if unit is None:
        return render(request, "web/no_units.html", status=403)
    chosen = request.GET.get("period", "")
    period = period_or_404(chosen) if chosen else core_periods.collecting_month(timezone.localdate())
    return redirect("web:import_values", unit_code=unit.code, period_id=period.id)


@require_GET
@login_required
def values_template(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """Tải mẫu Excel: the template of a unit's results for a period."""
    unit, period = _unit_and_period(request, unit_code, period_id)
    return _download(templates.values_template(unit, period), f"mau-so-lieu-{unit.code}-{period}.xlsx")


@require_GET
@login_required
def targets_template(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    unit = visible_unit(request, unit_code)
    return _download(templates.targets_template(unit, year), f"mau-chi-tieu-{unit.code}-{year}.xlsx")


@require_GET
@login_required
def work_items_template(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    unit = visible_unit(request, unit_code)
    return _download(templates.work_items_template(unit, year), f"mau-nhiem-vu-{unit.code}-{year}.xlsx")


@require_http_methods(["GET", "POST"])
@login_required
def upload(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """Nhập từ Excel: choose a file → dry run → “Xác nhận nhập” → result."""
    unit, period = _unit_and_period(request, unit_code, period_id)
    lang = lang_of(request)
    context = {**_heading(request, unit, period, lang), "max_mb": MAX_FILE_BYTES // (1024 * 1024)}
    status = 200
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request, unit, period, context, lang)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        name = PurePath(upload.name).name[:120]
        data = upload.read(MAX_FILE_BYTES + 1)
        notation = Notation(form.cleaned_data["notation"])
        try:
            plan = plan_import(
                data=data, name=name, unit=unit, period_id=period, user=request.user, notation=notation
            )
        except DomainError as error:
            context["refused"] = error.message(lang)
            status = 400
        else:
            context.update(_preview(plan, lang))
            if not plan.problems and plan.to_write:
                context["token"] = _store(request, data, name, unit, period, notation, plan)
            elif plan.problems:
                status = 400
    context["form"] = form
    return render(request, "web/import_values.html", context, status=status)


def _confirm(
    request: HttpRequest, unit: OrgUnit, period: str, context: dict[str, object], lang: str
) -> HttpResponse:
    try:
        token = signing.loads(request.POST["token"], salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        context["refused"] = _("The preview has expired; upload the file again.")
        context["form"] = UploadForm()
        return render(request, "web/import_values.html", context, status=400)
    if token["user"] != request.user.pk or token["unit"] != unit.code or token["period"] != period:
        raise Http404("not this user's upload")
    path = upload_dir() / token["file"]
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        context["refused"] = _("The preview has expired; upload the file again.")
        context["form"] = UploadForm()
        return render(request, "web/import_values.html", context, status=400)
    if token.get("rows", 0) >= queue_from_rows():
        job = apply_values_import.enqueue(
            file=token["file"],
            name=token["name"],
            user_id=request.user.pk,
            unit_id=unit.pk,
            period_id=period,
            notation=token["notation"],
            digest=token["digest"],
        )
        ticket = signing.dumps({"job": str(job.id), "user": request.user.pk}, salt=JOB_SALT)
        return redirect("web:import_job", unit_code=unit.code, period_id=period, ticket=ticket)
    try:
        plan = apply_import(
            data=data,
            name=token["name"],
            unit=unit,
            period_id=period,
            user=request.user,
            notation=token["notation"],
            expected_digest=token["digest"],
        )
    except (ImportRefused, SpreadsheetError, DomainError) as error:
        context["refused"] = error.message(lang)
        context["form"] = UploadForm()
        if isinstance(error, ImportRefused) and error.problems:
            context.update(
                {
                    "problems": [
                        (p.place(lang), p.reason_vi if lang == "vi" else p.reason_en) for p in error.problems
                    ]
                }
            )
        return render(request, "web/import_values.html", context, status=409)
    path.unlink(missing_ok=True)
    context.update(_preview(plan, lang))
    context["done"] = True
    return render(request, "web/import_values.html", context)


def _preview(plan: ValuesPreview, lang: str) -> dict[str, object]:
    labels = {Change.NEW: _("new"), Change.CHANGED: _("changed"), Change.UNCHANGED: _("unchanged")}
    return {
        "plan": plan,
        "lines": [
            {
                "row": line.row,
                "unit": line.unit.code,
                "code": line.indicator.code,
                "name": line.indicator.display_name(lang),
                "kind": line.kind.label(lang),
                "old": line.shown(line.old) if line.change != Change.NEW else "",
                "new": line.shown(line.value),
                "change": line.change,
                "change_label": labels[line.change],
            }
            for line in plan.lines
        ],
        "problems": [(p.place(lang), p.reason_vi if lang == "vi" else p.reason_en) for p in plan.problems],
        "counts": {
            "new": plan.count(Change.NEW),
            "changed": plan.count(Change.CHANGED),
            "unchanged": plan.count(Change.UNCHANGED),
            "refused": len(plan.problems),
        },
    }


def _store(
    request: HttpRequest,
    data: bytes,
    name: str,
    unit: OrgUnit,
    period: str,
    notation: Notation,
    plan: ValuesPreview,
) -> str:
    """Keep the upload until it is confirmed; return the signed token the confirm form posts back."""
    folder = upload_dir()
    folder.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for old in folder.glob("*.upload"):
        if now - old.stat().st_mtime > KEEP_UPLOADS:
            old.unlink(missing_ok=True)
    stored = secrets.token_hex(16) + ".upload"
    (folder / stored).write_bytes(data)
    return signing.dumps(
        {
            "file": stored,
            "name": name,
            "user": request.user.pk,
            "unit": unit.code,
            "period": period,
            "notation": notation.value,
            "digest": plan.digest,
            "rows": len(plan.to_write),
        },
        salt=TOKEN_SALT,
    )


@require_GET
@login_required
def job(request: HttpRequest, unit_code: str, period_id: str, ticket: str) -> HttpResponse:
    """A large import applied by the background worker: where it stands, then what was written."""
    unit, period = _unit_and_period(request, unit_code, period_id)
    try:
        found = signing.loads(ticket, salt=JOB_SALT, max_age=JOB_MAX_AGE)
    except signing.BadSignature as error:
        raise Http404("no such import") from error
    if found["user"] != request.user.pk:
        raise Http404("not this user's import")
    result = DBTaskResult.objects.filter(pk=found["job"]).first()
    if result is None:
        raise Http404("no such import")
    lang = lang_of(request)
    context = {
        **_heading(request, unit, period, lang),
        "status": {"READY": "waiting", "RUNNING": "running", "SUCCESSFUL": "done"}.get(
            result.status, "failed"
        ),
    }
    outcome = result.return_value if result.status == "SUCCESSFUL" else None
    if outcome and "refused" in outcome:
        context["status"] = "refused"
        context["refused"] = outcome["refused"][lang]
        context["problems"] = [(p["place"][lang], p["reason"][lang]) for p in outcome["problems"]]
    elif outcome:
        context["counts"] = outcome
    return render(
        request,
        "web/import_job.html",
        context,
        status=202 if context["status"] in ("waiting", "running") else 200,
    )


JOB_SALT = "chitieu.imports.job"
JOB_MAX_AGE = 7 * 24 * 3600
