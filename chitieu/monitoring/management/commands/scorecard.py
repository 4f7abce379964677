"""``chitieu scorecard``: every target of a unit for a year, then the counts and summary sentences."""

from __future__ import annotations

import csv
import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.core.numbers import Notation, Rounding, format_number, format_percent
from chitieu.monitoring.scorecard import Scorecard, TargetLine, default_as_of, scorecard
from chitieu.orgunits.models import OrgUnit

HEADERS = {
    "vi": ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Loại số liệu", "% KH", "Đánh giá", "Tiến độ"],
    "en": ["Code", "Indicator", "Unit", "Plan", "Result", "Value kind", "% of plan", "Status", "Pace"],
}


class Command(BaseCommand):
    help = "Print where every target of a unit stands for a year (plan, result, % of plan, status)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. SO-LDTBXH")
        parser.add_argument("--year", required=True, type=int)
        parser.add_argument(
            "--as-of", type=date.fromisoformat, help="YYYY-MM-DD; default: today (within the year)"
        )
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")
        parser.add_argument(
            "--share-rounding",
            choices=[r.value for r in Rounding],
            default=Rounding.HALF_UP.value,
            help="how the 'đạt và vượt' share is rounded (half_up: 95,7%%; truncate: 95,6%%)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Unknown unit code '{options['unit']}' (không có đơn vị mã này).")
        year = options["year"]
        as_of = options["as_of"] or default_as_of(year, timezone.localdate())
        card = scorecard(unit=unit, year=year, as_of=as_of)
        lang, rounding = options["lang"], Rounding(options["share_rounding"])
        match options["format"]:
            case "json":
                self.stdout.write(json.dumps(as_json(card, lang, rounding), ensure_ascii=False, indent=2))
            case "csv":
                writer = csv.writer(self.stdout, lineterminator="\n")
                writer.writerow(HEADERS[lang])
                for line in card.lines:
                    writer.writerow(row(line, lang))
            case _:
                self.stdout.write(as_table(card, lang, rounding))


def _notation(lang: str) -> Notation:
    return Notation.for_language(lang)


def row(line: TargetLine, lang: str) -> list[str]:
    ind, ev = line.indicator, line.evaluation
    notation = _notation(lang)
    rounding = Rounding(ind.rounding)
    plan = line.plan.target
    plan_text = "" if plan is None else format_number(plan, ind.decimals, notation=notation)
    if line.plan.target_high is not None:
        plan_text += " – " + format_number(line.plan.target_high, ind.decimals, notation=notation)
    result = ev.result
    return [
        ind.code,
        ind.display_name(lang),
        ind.display_unit_of_measure(lang),
        plan_text,
        "" if result is None else format_number(result.value, ind.decimals, rounding, notation),
        "" if result is None else result.kind.label(lang),
        ""
        if ev.percent_of_plan is None
        else format_percent(ev.percent_of_plan, ind.percent_decimals, rounding, notation),
        ev.status_label(lang),
        "" if ev.pace is None else ev.pace.label(lang),
    ]


def as_table(card: Scorecard, lang: str, rounding: Rounding) -> str:
    rows = [HEADERS[lang], *(row(line, lang) for line in card.lines)]
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(rows[0]))]
    right = {3, 4, 6}
    out = []
    title = (
        f"{card.unit.display_name(lang)} — năm {card.year} (số liệu đến ngày {card.as_of:%d/%m/%Y})"
        if lang == "vi"
        else f"{card.unit.display_name(lang)} — {card.year} (figures as of {card.as_of:%d/%m/%Y})"
    )
    out.append(title)
    for n, r in enumerate(rows):
        cells = [
            (cell[: widths[i] - 1] + "…" if len(cell) > widths[i] else cell).rjust(widths[i])
            if i in right
            else (cell[: widths[i] - 1] + "…" if len(cell) > widths[i] else cell).ljust(widths[i])
            for i, cell in enumerate(r)
        ]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    out.append("")
    out.append("Theo nhóm chỉ tiêu:" if lang == "vi" else "By indicator group:")
    labels = (
        ["vượt", "đạt", "không đạt", "đang thực hiện", "chưa có số liệu"]
        if lang == "vi"
        else ["exceeded", "met", "not met", "in progress", "no data"]
    )
    for group, counts in card.group_counts():
        numbers = [counts.exceeded, counts.met, counts.not_met, counts.in_progress, counts.no_data]
        detail = ", ".join(f"{label} {n}" for label, n in zip(labels, numbers, strict=True) if n)
        out.append(f"  {group.display_name(lang)}: {counts.total} ({detail})")
    if card.work_items:
        out.append("Công việc:" if lang == "vi" else "Work items:")
        for counts in card.work_items:
            out.append(
                f"  {counts.kind.label(lang)}: {counts.done}/{counts.total}"
                + (
                    f" ({'quá hạn' if lang == 'vi' else 'overdue'} {counts.overdue})"
                    if counts.overdue
                    else ""
                )
            )
    out.append("")
    out.append("Tóm tắt:" if lang == "vi" else "Summary:")
    for sentence in card.sentences(lang, share_rounding=rounding):
        out.append(f"  - {sentence}")
    return "\n".join(out) + "\n"


def as_json(card: Scorecard, lang: str, rounding: Rounding) -> dict[str, Any]:
    def dec(value: Any) -> str | None:
        """Decimals as exact strings without trailing zeros ("71", "3.5"), the same on every database."""
        return None if value is None else format(value.normalize(), "f")

    return {
        "unit": card.unit.code,
        "year": card.year,
        "as_of": card.as_of.isoformat(),
        "targets": [
            {
                "indicator": line.indicator.code,
                "name": line.indicator.display_name(lang),
                "unit_of_measure": line.indicator.unit_of_measure,
                "group": line.indicator.group.code,
                "plan": dec(line.plan.target),
                "plan_high": dec(line.plan.target_high),
                "baseline": dec(line.plan.baseline),
                "result": dec(line.evaluation.result.value) if line.evaluation.result else None,
                "value_kind": line.evaluation.result.kind.value if line.evaluation.result else None,
                "rolled_up": line.evaluation.result.rolled_up if line.evaluation.result else None,
                "percent_of_plan": dec(line.evaluation.percent_of_plan),
                "percent_of_plan_shown": row(line, lang)[6] or None,
                "status": line.evaluation.status.value,
                "status_label": line.evaluation.status_label(lang),
                "estimated": line.evaluation.estimated,
                "pace": line.evaluation.pace.value if line.evaluation.pace else None,
                "formula": line.indicator.formula(lang),
            }
            for line in card.lines
        ],
        "counts": card.counts.as_dict(),
        "groups": {group.code: counts.as_dict() for group, counts in card.group_counts()},
        "work_items": {
            c.kind.value: {"done": c.done, "total": c.total, "done_late": c.done_late, "overdue": c.overdue}
            for c in card.work_items
        },
        "sentences": card.sentences(lang, share_rounding=rounding),
    }
