"""``chitieu term``: where a unit's term stands — its sentences, every term target, its programmes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.monitoring.terms import TermCard, TermLine, TermNotFound, choose_term, term_card, term_json
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Term

HEADERS = {
    "vi": [
        "Mã",
        "Chỉ tiêu",
        "Cách tính",
        "Chỉ tiêu NK",
        "Đến nay",
        "% CT",
        "Đánh giá",
        "Tiến độ",
        "Dự báo cuối NK",
        "Dự báo đánh giá",
        "Phương pháp dự báo",
    ],
    "en": [
        "Code",
        "Indicator",
        "Measure",
        "Term target",
        "So far",
        "% of target",
        "Status",
        "Pace",
        "Forecast",
        "Forecast status",
        "Forecast method",
    ],
}
RIGHT = {3, 4, 5, 8}  # the figures
WIDEST = 60  # a column's width, but the last (the method in words): printed whole


class Command(BaseCommand):
    help = (
        "Print where a unit's term stands: the year of the term, each term target (so far, pace, "
        "forecast to the end and its method), and the programmes and projects carrying it out."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--unit", required=True, help="unit code, e.g. SO-LDTBXH")
        parser.add_argument(
            "--term", help="the term's years, e.g. 2020-2025; default: the term in force on --as-of"
        )
        parser.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD; default: today")
        parser.add_argument("--format", choices=["table", "json"], default="table")
        parser.add_argument("--lang", choices=["vi", "en"], default="vi")

    def handle(self, *args: Any, **options: Any) -> None:
        lang = options["lang"]
        unit = OrgUnit.objects.filter(code=options["unit"]).first()
        if unit is None:
            raise CommandError(f"Unknown unit code '{options['unit']}' (không có đơn vị mã này).")
        as_of = options["as_of"] or timezone.localdate()
        term = _chosen_term(unit, options["term"], as_of, lang)
        card = term_card(term, as_of)
        if options["format"] == "json":
            self.stdout.write(json.dumps(term_json(card, lang), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_table(card, lang))


def _chosen_term(unit: OrgUnit, text: str | None, as_of: date, lang: str) -> Term:
    """The term asked for, else the one in force on ``as_of``; a refusal names the unit's terms."""
    try:
        return choose_term(unit, text, as_of)
    except TermNotFound as error:
        raise CommandError(error.message(lang)) from error


def row(line: TermLine, lang: str) -> list[str]:
    """One term target as the table prints it: the term card's own figures, shown."""
    standing = line.standing
    return [
        line.indicator.code,
        line.indicator.display_name(lang),
        standing.goal.measure.label(lang),
        line.plan_shown(lang),
        line.shown(standing.so_far.value if standing.so_far else None, lang),
        line.percent_shown(lang),
        line.status_label(lang),
        standing.pace.label(lang) if standing.pace else "",
        line.shown(standing.forecast, lang),
        line.forecast_label(lang),
        standing.method_text.get(lang),
    ]


def as_table(card: TermCard, lang: str) -> str:
    term, vi = card.term, lang == "vi"
    name, day = term.unit.display_name(lang), f"{card.as_of:%d/%m/%Y}"
    out = [
        f"{name} — nhiệm kỳ {card.span.label()} (số liệu đến ngày {day})"
        if vi
        else f"{name} — term {card.span.label()} (figures as of {day})"
    ]
    resolution = [term.resolution_name, term.resolution_number]
    if term.resolution_date:
        resolution.append(f"{'ngày' if vi else 'of'} {term.resolution_date:%d/%m/%Y}")
    out.append(("Nghị quyết: " if vi else "Resolution: ") + ", ".join(part for part in resolution if part))
    out.append("")
    out.extend(f"  - {sentence}" for sentence in card.sentences(lang))
    out.append("")
    if card.lines:
        out.extend(_grid([HEADERS[lang], *(row(line, lang) for line in card.lines)]))
    else:
        out.append("Nhiệm kỳ chưa có chỉ tiêu nào." if vi else "The term has no targets yet.")
    out.append("")
    if card.programmes:
        when = f"{card.year}" if not card.over else card.span.label()
        out.append(f"Đề án, chương trình ({when}):" if vi else f"Projects and programmes ({when}):")
        for line in card.programmes:
            programme = line.programme
            head = " ".join(part for part in (line.kind_label.get(lang), programme.number) if part)
            detail = [f"{programme.owner.code}, {programme.start_year}–{programme.end_year}"]
            if line.targets.total:
                counts = f"{line.targets.met_or_exceeded}/{line.targets.total}"
                detail.append(f"đạt và vượt {counts} chỉ tiêu" if vi else f"{counts} targets met or exceeded")
            if line.work.total:
                done = f"{line.work.done}/{line.work.total}"
                detail.append(f"hoàn thành {done} nhiệm vụ" if vi else f"{done} tasks done")
            out.append(f"  {head[:1].upper()}{head[1:]}: {programme.title} ({'; '.join(detail)})")
    else:
        out.append("Không có đề án, chương trình nào." if vi else "No projects or programmes.")
    return "\n".join(out) + "\n"


def _grid(rows: list[list[str]]) -> list[str]:
    """Rows in aligned columns, each cut at :data:`WIDEST` characters but the last."""
    count = len(rows[0])
    widths = [max(len(r[i]) for r in rows) for i in range(count)]
    widths = [w if i == count - 1 else min(w, WIDEST) for i, w in enumerate(widths)]
    lines = []
    for n, cells in enumerate(rows):
        shown = []
        for i, cell in enumerate(cells):
            text = cell[: widths[i] - 1] + "…" if len(cell) > widths[i] else cell
            shown.append(text.rjust(widths[i]) if i in RIGHT else text.ljust(widths[i]))
        lines.append("  ".join(shown).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines
