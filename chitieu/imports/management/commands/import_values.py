"""``chitieu import-values FILE --unit U --period P``: import results from an .xlsx template or a CSV file.

A targets or work items template (declared in its metadata) is imported too (``--year`` optional),
and so is a term targets template (``--term`` optional: the file declares its term).

Prints the dry run (new, changed old → new, unchanged, refused with sheet, row and column), then
writes everything in one transaction unless ``--dry-run`` is given or a row is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.core.errors import DomainError
from chitieu.core.periods import PeriodError, check_year
from chitieu.imports.plans import (
    PlanningPreview,
    TermTargetsPreview,
    apply_targets_import,
    apply_term_targets_import,
    apply_work_items_import,
    declared_kind,
    plan_targets_import,
    plan_term_targets_import,
    plan_work_items_import,
)
from chitieu.imports.reading import MAX_FILE_BYTES, read_spreadsheet
from chitieu.imports.sheets import Change
from chitieu.imports.templates import Kind
from chitieu.imports.values import ValuesPreview, apply_import, plan_import
from chitieu.monitoring.terms import TermNotFound, choose_term
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Term


class Command(BaseCommand):
    help = "Import results from a filled-in .xlsx template or CSV file: all rows or none, dry run first."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the .xlsx or .csv file")
        parser.add_argument("--unit", required=True, help="unit code the file is for")
        parser.add_argument("--period", help="period id, e.g. 2023M07 (results template)")
        parser.add_argument(
            "--year", type=int, help="year of a targets or work items template (default: the one it declares)"
        )
        parser.add_argument(
            "--term",
            help="the term of a term targets template, e.g. 2020-2025 (default: the one it declares)",
        )
        parser.add_argument("--dry-run", action="store_true", help="only show what would change")
        parser.add_argument("--user", help="act as this user (their roles, locks and deadlines apply)")
        parser.add_argument(
            "--notation", choices=["vi", "en"], help="how numbers typed as text are written (for CSV files)"
        )
        parser.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of messages")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options["lang"]
        path = Path(options["file"])
        try:
            with path.open("rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from error
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Không có đơn vị mã '{options['unit']}'.")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"Không có người dùng '{options['user']}'.")
        try:
            kind = declared_kind(data, path.name)
        except DomainError as error:
            raise CommandError(error.message(lang)) from error
        if kind in (Kind.TARGETS, Kind.WORK_ITEMS):
            self._plan_import(kind, data, path.name, unit, user, options)
            return
        if kind == Kind.TERM_TARGETS:
            text = options["term"] or str(read_spreadsheet(data, name=path.name).metadata.get("nhiem_ky", ""))
            arguments = {
                "data": data,
                "name": path.name,
                "term": _template_term(unit, text, lang),
                "user": user,
                "notation": options["notation"],
            }
            words = ("chỉ tiêu nhiệm kỳ", "chỉ tiêu nhiệm kỳ", "term targets")
            planner, applier = plan_term_targets_import, apply_term_targets_import
            self._dry_run_then_apply(planner, applier, arguments, self._show_plan, options, words)
            return
        if not options["period"]:
            raise CommandError(
                "Cần --period cho mẫu nhập số liệu." if lang == "vi" else "--period is required."
            )
        arguments = {
            "data": data,
            "name": path.name,
            "unit": unit,
            "period_id": options["period"],
            "user": user,
            "notation": options["notation"],
        }
        self._dry_run_then_apply(
            plan_import, apply_import, arguments, self._show, options, ("số liệu", "giá trị", "values")
        )

    def _plan_import(
        self, kind: str, data: bytes, name: str, unit: OrgUnit, user: Any, options: dict[str, Any]
    ) -> None:
        """A targets or work items template: the same dry run, then all or nothing."""
        year = options["year"] or _template_year(read_spreadsheet(data, name=name).metadata.get("nam"))
        arguments: dict[str, Any] = {"data": data, "name": name, "unit": unit, "year": year, "user": user}
        planner: Any
        applier: Any
        if kind == Kind.TARGETS:
            planner, applier = plan_targets_import, apply_targets_import
            arguments["notation"] = options["notation"]
        else:
            planner, applier = plan_work_items_import, apply_work_items_import
        words = ("dòng", "dòng", "rows")
        self._dry_run_then_apply(planner, applier, arguments, self._show_plan, options, words)

    def _dry_run_then_apply(
        self,
        planner: Any,
        applier: Any,
        arguments: dict[str, Any],
        show: Any,
        options: dict[str, Any],
        words: tuple[str, str, str],
    ) -> None:
        """Show the dry run; stop on any refused row or with --dry-run; else apply all of it.

        ``words``: what nothing was imported of, and what was imported (vi, en).
        """
        lang = options["lang"]
        try:
            plan = planner(**arguments)
            show(plan, lang)
            if plan.problems:
                raise CommandError(
                    f"Không nhập {words[0]} nào: có dòng bị từ chối."
                    if lang == "vi"
                    else "Nothing was imported: some rows are refused."
                )
            if options["dry_run"]:
                return
            done = applier(**arguments, expected_digest=plan.digest)
        except DomainError as error:
            raise CommandError(error.message(lang)) from error
        written = len(done.to_write)
        self.stdout.write(
            f"Đã nhập {written} {words[1]}." if lang == "vi" else f"Imported {written} {words[2]}."
        )

    def _show_plan(self, plan: PlanningPreview | TermTargetsPreview, lang: str) -> None:
        vi = lang == "vi"
        words = (
            {Change.NEW: "mới", Change.CHANGED: "sửa", Change.UNCHANGED: "không đổi"}
            if vi
            else {Change.NEW: "new", Change.CHANGED: "changed", Change.UNCHANGED: "unchanged"}
        )
        for line in plan.lines:
            where = f"{'dòng' if vi else 'row'} {line.row}"
            if plan.kind == Kind.TARGETS:
                what = f"{line.unit.code} · {line.indicator.code}"
            elif plan.kind == Kind.TERM_TARGETS:
                what = f"{plan.unit.code} · {plan.term.span.label()} · {line.indicator.code}"
            else:
                what = f"#{line.item.pk}" + (f" {line.item.code}" if line.item.code else "")
            if line.change == Change.CHANGED:
                change = f"{line.shown(line.old)} → {line.shown(line.new)}"
            else:
                change = line.shown(line.new)
            self.stdout.write(f"{where}: {what}: {change} ({words[line.change]})")
        for problem in plan.problems:
            self.stdout.write(("Từ chối — " if vi else "Refused — ") + problem.message(lang))
        counts = (plan.count(Change.NEW), plan.count(Change.CHANGED), plan.count(Change.UNCHANGED))
        if vi:
            summary = "Xem trước: {} mới, {} sửa, {} không đổi, {} bị từ chối."
        else:
            summary = "Preview: {} new, {} changed, {} unchanged, {} refused."
        self.stdout.write(summary.format(*counts, len(plan.problems)))

    def _show(self, plan: ValuesPreview, lang: str) -> None:
        vi = lang == "vi"
        words = (
            {Change.NEW: "mới", Change.CHANGED: "sửa", Change.UNCHANGED: "không đổi"}
            if vi
            else {Change.NEW: "new", Change.CHANGED: "changed", Change.UNCHANGED: "unchanged"}
        )
        for line in plan.lines:
            where = f"{'dòng' if vi else 'row'} {line.row}"
            what = f"{line.unit.code} · {line.indicator.code} · {line.kind.label(lang)}"
            if line.change == Change.CHANGED:
                change = f"{line.shown(line.old)} → {line.shown(line.value)}"
            else:
                change = line.shown(line.value)
            self.stdout.write(f"{where}: {what}: {change} ({words[line.change]})")
        for problem in plan.problems:
            self.stdout.write(("Từ chối — " if vi else "Refused — ") + problem.message(lang))
        counts = (plan.count(Change.NEW), plan.count(Change.CHANGED), plan.count(Change.UNCHANGED))
        if vi:
            summary = "Xem trước: {} mới, {} sửa, {} không đổi, {} bị từ chối."
        else:
            summary = "Preview: {} new, {} changed, {} unchanged, {} refused."
        self.stdout.write(summary.format(*counts, len(plan.problems)))


def _template_year(raw: object) -> int:
    """The year a targets or work items template names in its metadata ("nam"), checked."""
    text = str(raw if raw is not None else "").strip()
    if not (text.isascii() and text.isdigit()):
        raise CommandError(
            f"Mẫu không ghi năm hợp lệ (ô 'nam': {text or 'trống'!r}); hãy chọn năm với --year."
        )
    try:
        return check_year(int(text))
    except PeriodError as error:
        raise CommandError(error.message("vi")) from error


def _template_term(unit: OrgUnit, text: str, lang: str) -> Term:
    """The unit's term a term targets template is for (``--term``, else the one the file declares)."""
    if not text:
        raise CommandError(
            "Mẫu không ghi nhiệm kỳ (ô 'nhiem_ky' trống); hãy chọn với --term."
            if lang == "vi"
            else "The template names no term ('nhiem_ky' is empty); use --term."
        )
    try:
        return choose_term(unit, text, timezone.localdate())
    except TermNotFound as error:
        raise CommandError(error.message(lang)) from error
