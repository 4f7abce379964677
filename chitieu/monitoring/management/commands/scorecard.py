"""``chitieu scorecard``: every target of a unit for a year, then the counts and summary sentences."""

from __future__ import annotations

import csv
import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chitieu.core.numbers import Rounding
from chitieu.core.periods import PeriodError, parse_period
from chitieu.core.terms import ESTIMATE_METHODS as core_estimate_methods
from chitieu.core.terms import Method
from chitieu.core.text import Bilingual, csv_cell
from chitieu.monitoring.scorecard import Scorecard, TargetLine, scorecard, scorecard_json
from chitieu.orgunits.models import OrgUnit

HEADERS = {
    "vi": ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Loại số liệu", "% KH", "Đánh giá", "Tiến độ"],
    "en": ["Code", "Indicator", "Unit", "Plan", "Result", "Value kind", "% of plan", "Status", "Pace"],
}
ESTIMATE_HEADER = {"vi": "Cách ước cả năm", "en": "Year-end estimate"}
ESTIMATE_METHODS = [method.value for method in core_estimate_methods]


class Command(BaseCommand):
    help = "Print where every target of a unit stands for a year or period (plan, result, % of plan, status)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. SO-LDTBXH")
        when = parser.add_mutually_exclusive_group(required=True)
        when.add_argument("--year", type=int)
        when.add_argument("--period", help="a period id instead of a year: 2022S1, 2022N9, 2022Q3, 2022M07")
        parser.add_argument(
            "--as-of",
            type=date.fromisoformat,
            help="YYYY-MM-DD; default: the close of the period's cut-off window (14/12 for a year), or today",
        )
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")
        parser.add_argument(
            "--share-rounding",
            choices=[r.value for r in Rounding],
            default=Rounding.HALF_UP.value,
            help="how the 'đạt và vượt' share is rounded (half_up: 95,7%%; truncate: 95,6%%)",
        )
        parser.add_argument(
            "--estimate",
            nargs="?",
            const=True,
            choices=ESTIMATE_METHODS,
            help=(
                "judge each target whose year is still open on its year-end estimate (ước thực hiện cả năm):"
                " a person's, else computed from the months entered by the method given (same_share: the"
                " share of the year last year's same months made; straight_line: the same monthly pace);"
                " without a method, same_share when last year is known in full"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Unknown unit code '{options['unit']}' (không có đơn vị mã này).")
        try:
            period = parse_period(options["period"] or str(options["year"]))
        except PeriodError as error:
            raise CommandError(error.message(options["lang"])) from error
        estimate = options["estimate"]
        card = scorecard(
            unit=unit,
            period=period,
            as_of=options["as_of"],
            with_children=True,
            estimate=Method(estimate) if isinstance(estimate, str) else bool(estimate),
        )
        lang, rounding = options["lang"], Rounding(options["share_rounding"])
        estimated = bool(estimate)
        match options["format"]:
            case "json":
                self.stdout.write(
                    json.dumps(scorecard_json(card, lang, rounding), ensure_ascii=False, indent=2)
                )
            case "csv":
                writer = csv.writer(self.stdout, lineterminator="\n")
                writer.writerow(headers(lang, estimated))
                for line in card.lines:
                    # a name typed as "=HYPERLINK(…)" must not be a formula when the file is opened
                    writer.writerow([csv_cell(cell) for cell in row(line, lang, estimated)])
            case _:
                self.stdout.write(as_table(card, lang, rounding, estimated))


def headers(lang: str, estimated: bool = False) -> list[str]:
    return [*HEADERS[lang], ESTIMATE_HEADER[lang]] if estimated else HEADERS[lang]


def row(line: TargetLine, lang: str, estimated: bool = False) -> list[str]:
    """One target as the table and the CSV print it: the scorecard's own figures, shown.

    ``estimated``: with the method of the year-end estimate the target was judged on, in words.
    """
    ind, evaluation, result = line.indicator, line.evaluation, line.result
    return [
        ind.code,
        ind.display_name(lang),
        ind.display_unit_of_measure(lang),
        line.plan_shown(lang),
        line.result_shown(lang),
        "" if result is None else result.kind.label(lang),
        line.percent_shown(lang),
        evaluation.status_label(lang),
        "" if evaluation.pace is None else evaluation.pace.label(lang),
        *([_estimate_said(line, lang)] if estimated else []),
    ]


def _estimate_said(line: TargetLine, lang: str) -> str:
    """How the year-end estimate was made, in words ("bình quân 6 tháng đã có số liệu, nhân 12 tháng")."""
    return "" if line.estimate is None else line.estimate.text.get(lang)


def as_table(card: Scorecard, lang: str, rounding: Rounding, estimated: bool = False) -> str:
    rows = [headers(lang, estimated), *(row(line, lang, estimated) for line in card.lines)]
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(rows[0]))]
    if estimated:  # the method in words, the last column: printed whole
        widths[-1] = max(len(r[-1]) for r in rows)
    right = {3, 4, 6}
    out = []
    name, day = card.unit.display_name(lang), f"{card.as_of:%d/%m/%Y}"
    title = Bilingual(
        f"{name} — {card.period.label('en')} (figures as of {day})",
        f"{name} — {card.period.label('vi')} (số liệu đến ngày {day})",
    ).get(lang)
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
