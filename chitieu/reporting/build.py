"""Build the official report of a unit for a period from the data (read-only)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import count
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from chitieu.core import evaluation as ev
from chitieu.core import narrative
from chitieu.core.evaluation import HUNDRED, Direction, Result, Status
from chitieu.core.numbers import Notation, Rounding, format_number, format_percent
from chitieu.core.periods import DECREE_09, Period, PeriodType, reading_day
from chitieu.core.summary import group_sentence, standing_sentence, work_item_sentence
from chitieu.core.terms import Method, term_sentence
from chitieu.core.text import Bilingual, counted, language_of, listed, without_diacritics
from chitieu.core.workitems import work_item_status
from chitieu.monitoring.outlook import YearPlan, year_plan
from chitieu.monitoring.scorecard import Scorecard, TargetLine, scorecard
from chitieu.monitoring.terms import PROGRAMME_KINDS, programmes_said, running_programmes, term_of_year
from chitieu.monitoring.versions import data_version
from chitieu.orgunits.models import OrgUnit, UnitKind
from chitieu.planning.models import Indicator, Programme, WorkItem
from chitieu.rendering.renderers import CONTENT_TYPES, RENDERERS, file_name
from chitieu.rendering.report import (
    Block,
    BulletList,
    CellKind,
    Chart,
    Column,
    Heading,
    Letterhead,
    Paragraph,
    Report,
    Series,
    Signer,
    Table,
    TableCell,
)
from chitieu.reporting.models import ReportSettings


def _t(lang: str, en: str, vi: str) -> str:
    return Bilingual(en, vi).get(lang)


def _ascii(text: str) -> str:
    """Vietnamese without diacritics, as a last resort for English place names."""
    return without_diacritics(text)


def build_report(
    *,
    unit: OrgUnit,
    period: Period,
    lang: str = "vi",
    as_of: date | None = None,
    issued_on: date | None = None,
    estimate: bool | Method = False,
) -> Report:
    """The report of ``unit`` for ``period`` as known on ``as_of`` (by default the period's own day).

    Its figures are the unit's scorecard for the period (:func:`chitieu.monitoring.scorecard.scorecard`),
    the same the dashboard, the API and ``chitieu scorecard`` show. ``estimate``: the mid-December
    report — each target whose year is still open judged on its year-end estimate ("ước thực hiện cả
    năm"), as the scorecard judges it with the same option. Never writes anything.
    """
    card = scorecard(unit=unit, period=period, as_of=as_of, with_children=True, estimate=estimate)
    settings = ReportSettings.objects.filter(unit=unit).first()
    previous = card.last_year
    facts = [_facts(line, _year_earlier(line, previous), lang) for line in card.lines]

    body: list[Block] = [*_results_section(card, facts, lang), *_limits_section(card, facts, lang)]
    body += _directions_section(card, facts, lang)
    tables = []
    if card.lines:
        tables.append(_indicator_table(card, lang))
    if card.work_items:
        tables.append(_work_item_table(unit, card.year, card.as_of, lang))
    if _has_children_figures(card):
        tables.append(_children_table(card, lang))
    today = timezone.localdate()
    head = letterhead(
        unit, settings, period_subject(period, lang), lang, issued_on or issue_date(period, card.as_of, today)
    )
    appendices: list[Table | Chart] = [*numbered_annexes(tables, attached_to(head, unit, lang), lang)]
    if card.lines:
        appendices.append(_group_chart(card, lang))
    window = DECREE_09.window(period).label(lang)
    return Report(
        lang=lang,
        letterhead=head,
        window=window,
        body=tuple(body),
        appendices=tuple(appendices),
        footnotes=(),  # the formulas are noted under the annex table that shows them, once
        file_stem=f"bao-cao-{unit.code}-{period.id}-{lang}".lower(),
        metadata={"unit": unit.code, "period": period.id, "as_of": card.as_of.isoformat()},
    )


logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportFile:
    """A report written in one format, ready to download or save."""

    content: bytes
    name: str
    content_type: str


def report_file(
    *,
    unit: OrgUnit,
    period: Period,
    format_name: str,
    lang: str = "vi",
    as_of: date | None = None,
    issued_on: date | None = None,
    estimate: bool | Method = False,
) -> ReportFile:
    """The report (:func:`build_report`) written as ``format_name``: docx, pdf, xlsx or html.

    A file takes up to seconds to write (a PDF of a district with its wards: 78 pages); it is
    kept on disk (CHITIEU_REPORT_DIR) under the data version, so the same report asked for again
    — by the page, the API, the command or the background worker — is not written twice, and
    never outlives a change of its data.
    """
    key = report_key(
        unit=unit,
        period=period,
        format_name=format_name,
        lang=lang,
        as_of=as_of,
        issued_on=issued_on,
        estimate=estimate,
    )

    def build() -> Report:
        day = reading_day(period, as_of, timezone.localdate())
        return build_report(
            unit=unit, period=period, lang=lang, as_of=day, issued_on=issued_on, estimate=estimate
        )

    return written_file(key, build, format_name)


def written_file(key: str, build: Callable[[], Report], format_name: str) -> ReportFile:
    """The file kept for ``key``, else the report ``build`` gives written as ``format_name`` and kept."""
    found = stored_report(key)
    if found is None:
        report = build()
        found = ReportFile(
            RENDERERS[format_name](report), file_name(report, format_name), CONTENT_TYPES[format_name]
        )
        try:
            _store(key, found)
        except OSError as error:  # a full disk or a folder of another user: the file is still given
            logger.warning("report file not kept in %s: %s", settings.REPORT_DIR, error)
    return found


def report_key(
    *,
    unit: OrgUnit,
    period: Period,
    format_name: str,
    lang: str = "vi",
    as_of: date | None = None,
    issued_on: date | None = None,
    estimate: bool | Method = False,
) -> str:
    """What a report file is written from: the unit, period, format, language, day — and the data version."""
    today = timezone.localdate()
    day = reading_day(period, as_of, today)
    what = period.id + (f"~estimate-{estimate}" if estimate else "")
    return file_key(unit, what, format_name, lang, day, issued_on or today)


def file_key(unit: OrgUnit, what: str, format_name: str, lang: str, day: date, issued_on: date) -> str:
    """The key of a report file: the data version, the unit, what report, format, language and days."""
    return (
        f"{data_version()}:{unit.pk}:{what}:{format_name}:{language_of(lang)}:{day.isoformat()}"
        f":{issued_on.isoformat()}:{code_digest()}"
    )


@functools.cache
def code_digest() -> str:
    """A digest of the code that writes reports: a file kept by an older chitieu is never served."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for folder in ("core", "monitoring", "reporting", "rendering"):
        for source in sorted((root / folder).glob("*.*")):
            if source.suffix in (".py", ".css"):
                digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def stored_report(key: str) -> ReportFile | None:
    """The file written for ``key`` (:func:`report_key`), if there is one."""
    path = _path_of(key)
    try:
        content = path.read_bytes()
        name = path.with_suffix(".name").read_text(encoding="utf-8")
    except OSError:  # not written yet (or a folder that cannot be read: then written again)
        return None
    return ReportFile(content, name, CONTENT_TYPES[key.split(":")[3]])


REPORT_KEEP_SECONDS = 2 * 24 * 3600  # files of older data versions go after two days


def _path_of(key: str) -> Path:
    digest = hashlib.sha256(key.encode()).hexdigest()[:40]
    return Path(settings.REPORT_DIR) / f"{digest}.{key.split(':')[3]}"


def _store(key: str, found: ReportFile) -> None:
    """Write the file, then its name, each by a rename: a reader sees all of it or nothing."""
    path = _path_of(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    for target, data in ((path, found.content), (path.with_suffix(".name"), found.name.encode())):
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as handle:
            handle.write(data)
        os.replace(handle.name, target)
    cutoff = time.time() - REPORT_KEEP_SECONDS
    for old in path.parent.iterdir():
        with contextlib.suppress(FileNotFoundError):
            if old.stat().st_mtime < cutoff:
                old.unlink()


def _value(result: Result | None) -> Decimal | None:
    return None if result is None else result.value


def _year_earlier(line: TargetLine, previous: dict[int, Result]) -> Decimal | None:
    """The same day a year earlier, to compare with; none for a line judged on its full-year
    estimate (a whole year is not compared with part of one)."""
    return None if line.estimate is not None else _value(previous.get(line.indicator.pk))


def _facts(line: TargetLine, previous: Decimal | None, lang: str) -> narrative.TargetFacts:
    evaluation = line.evaluation
    result = evaluation.result
    return replace(
        plan_facts(line.indicator, line.plan, lang),
        status=evaluation.status,
        result=result.value if result else None,
        percent=evaluation.percent_of_plan,
        estimated=evaluation.estimated,
        previous=previous,
        pace=evaluation.pace,
        expected_percent=evaluation.expected_percent,
    )


# --- the body ---------------------------------------------------------------------------------

_NOUNS = {
    UnitKind.DEPARTMENT: ("the Department", "Sở"),
    UnitKind.DIVISION: ("the Division", "Phòng"),
    UnitKind.CITY: ("the People's Committee", "Ủy ban nhân dân"),
}


def unit_noun(unit: OrgUnit, lang: str) -> str:
    """What the report calls its own unit: "Sở", "Phòng", "Ủy ban nhân dân"; "đơn vị" when unsure.

    The first word of the unit's name says it for a district office ("Phòng …") or a ward
    ("UBND Phường …"); the kind of unit otherwise.
    """
    vi = language_of(lang) == "vi"
    name = unit.name.strip()
    for prefix, noun_vi, noun_en in (
        ("Sở ", "Sở", "the Department"),
        ("Phòng ", "Phòng", "the Office"),
        ("UBND ", "Ủy ban nhân dân", "the People's Committee"),
        ("Ủy ban nhân dân ", "Ủy ban nhân dân", "the People's Committee"),
        ("Ban ", "Ban", "the Board"),
    ):
        if name.startswith(prefix):
            return noun_vi if vi else noun_en
    if unit.kind in _NOUNS:
        english, vietnamese = _NOUNS[UnitKind(unit.kind)]
        return vietnamese if vi else english
    return "đơn vị" if vi else "the unit"


def _results_section(card: Scorecard, facts: list[narrative.TargetFacts], lang: str) -> list[Block]:
    period = card.period
    blocks: list[Block] = [Heading(_t(lang, "I. RESULTS", "I. KẾT QUẢ THỰC HIỆN"))]
    blocks += _term_frame(card, lang)
    numbers = count(1)
    if not card.lines and not card.work_items and not _has_children_figures(card):
        blocks.append(
            Paragraph(
                _t(
                    lang,
                    f"There are no targets, work items or figures for this unit for {period.label('en')}.",
                    f"Chưa có chỉ tiêu, nhiệm vụ hay số liệu nào của {unit_noun(card.unit, 'vi')} "
                    f"cho {period.label('vi')}.",
                )
            )
        )
        return blocks
    if card.work_items:
        n = next(numbers)
        heading = _t(lang, f"{n}. Work programme", f"{n}. Thực hiện chương trình, nhiệm vụ công tác")
        blocks.append(Heading(heading, 2))
        # Recipients are named in Vietnamese ("UBND Thành phố"): the English report leaves them out.
        to = card.submitted_to if language_of(lang) == "vi" else {}
        sentences = [work_item_sentence(c, lang, to.get(c.kind, "")) for c in card.work_items]
        noun = unit_noun(card.unit, lang)
        lead = _t(lang, f"In {period.label('en')}, {noun} ", f"Trong {period.label('vi')}, {noun} đã ")
        blocks.append(Paragraph(lead + "; ".join(sentences) + "."))
    if card.lines and card.counts.in_progress:
        n = next(numbers)
        blocks.append(Heading(_t(lang, f"{n}. Targets", f"{n}. Kết quả thực hiện các chỉ tiêu"), 2))
        blocks += _targets_under_way(card, facts, lang)
    elif card.lines:
        n = next(numbers)
        blocks.append(Heading(_t(lang, f"{n}. Targets", f"{n}. Kết quả thực hiện các chỉ tiêu"), 2))
        share = card.standing(lang)
        groups = [group_sentence(g.display_name(lang), c, lang) for g, c in card.group_counts()]
        text = _t(lang, f"{share[0].upper()}{share[1:]}", f"Có {share}")
        if len(groups) > 1:
            text += _t(lang, "; by group: ", "; theo nhóm: ") + "; ".join(groups)
        blocks.append(Paragraph(text + "."))
        by_group: dict[str, list[narrative.TargetFacts]] = {}
        for line, fact in zip(card.lines, facts, strict=True):
            by_group.setdefault(line.indicator.group.display_name(lang), []).append(fact)
        if any(narrative.notable(group_facts) for group_facts in by_group.values()):
            blocks.append(Paragraph(_t(lang, "Notable results:", "Tiêu biểu là:")))
        for group_name, group_facts in by_group.items():
            best = narrative.notable(group_facts, limit=8)
            if best:
                blocks.append(
                    Paragraph(_t(lang, f"{group_name.capitalize()} targets:", f"Nhóm chỉ tiêu {group_name}:"))
                )
                blocks.append(BulletList(tuple(narrative.target_sentence(f, lang) + ";" for f in best)))
        missed = [f for f in facts if f.status == Status.NOT_MET]
        if missed:
            blocks.append(Paragraph(_t(lang, "Targets not met:", "Các chỉ tiêu chưa đạt kế hoạch:")))
            blocks.append(BulletList(tuple(narrative.target_sentence(f, lang) + ";" for f in missed)))
        open_ = [f for f in facts if f.status == Status.IN_PROGRESS]
        if open_:
            behind = sum(1 for f in open_ if f.pace is not None and f.pace.value == "behind")
            blocks.append(
                Paragraph(
                    _t(
                        lang,
                        f"{len(open_)} targets are in progress, {behind} of them behind pace.",
                        f"{len(open_)} chỉ tiêu đang thực hiện, trong đó {behind} chỉ tiêu chậm tiến độ.",
                    )
                )
            )
        missing = [f.name for f in facts if f.status == Status.NO_DATA]
        if missing:
            blocks.append(
                Paragraph(_t(lang, "No figures yet: ", "Chưa có số liệu: ") + "; ".join(missing) + ".")
            )
        if card.estimated_judged():
            blocks.append(_estimates_note(lang))
    if _has_children_figures(card):
        blocks += _children_section(card, lang, next(numbers))
    return blocks


def _term_frame(card: Scorecard, lang: str) -> list[Block]:
    """ "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025; triển khai 3 đề án, 8 chương trình thực hiện
    Nghị quyết" — the frame the seed article closes with, when the unit has a term in force."""
    term = term_of_year(card.unit, card.year)
    if term is None:
        return []
    text = term_sentence(term.span, card.as_of, lang)
    counts = running_programmes(card.unit, card.year)
    if counts["project"] or counts["programme"]:
        both = programmes_said(counts, lang)
        text += _t(lang, f"; {both} carry out the resolution", f"; triển khai {both} thực hiện Nghị quyết")
    return [Paragraph(text + ".")]


def _targets_under_way(card: Scorecard, facts: list[narrative.TargetFacts], lang: str) -> list[Block]:
    """The targets of a period the year is not over in: where each stands against the year's plan.

    "0/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 0,0%" says nothing in June: the opening says how
    many are met already, on track and behind, then each target's line, group by group.
    """
    period = card.period
    sentence = card.standing(lang)
    text = _t(lang, f"In {period.label('en')}, {sentence}", f"Trong {period.label('vi')}, {sentence}")
    blocks: list[Block] = [Paragraph(text + ".")]
    by_group: dict[str, list[narrative.TargetFacts]] = {}
    for line, fact in zip(card.lines, facts, strict=True):
        by_group.setdefault(line.indicator.group.display_name(lang), []).append(fact)
    for group_name, group_facts in by_group.items():
        blocks.append(
            Paragraph(_t(lang, f"{group_name.capitalize()} targets:", f"Nhóm chỉ tiêu {group_name}:"))
        )
        blocks.append(BulletList(tuple(narrative.target_sentence(f, lang) + ";" for f in group_facts)))
    if any(f.estimated for f in facts):
        blocks.append(_estimates_note(lang))
    return blocks


def _estimates_note(lang: str) -> Paragraph:
    """Said once under the targets when any of their figures is an estimate (ước)."""
    return Paragraph(
        _t(
            lang,
            "Figures marked “estimated” are estimates, to be replaced by official figures.",
            "Các số liệu ghi “ước” là số ước thực hiện, sẽ được cập nhật khi có số chính thức.",
        )
    )


def _has_children_figures(card: Scorecard) -> bool:
    return any(counts.total for _child, counts in card.children)


def _children_section(card: Scorecard, lang: str, number: int) -> list[Block]:
    """The units below, added up: how many of their targets were met or exceeded, then each unit."""
    share = standing_sentence(card.children_total, lang)
    lines = [
        f"{child.display_name(lang)}: {standing_sentence(counts, lang)}"
        for child, counts in card.children
        if counts.total
    ]
    return [
        Heading(
            _t(
                lang,
                f"{number}. Units below",
                f"{number}. Kết quả thực hiện chỉ tiêu của các đơn vị trực thuộc",
            ),
            2,
        ),
        Paragraph(
            _t(lang, f"Together, the units below: {share}.", f"Các đơn vị trực thuộc có tổng cộng {share}.")
        ),
        BulletList(tuple(line + ";" for line in lines)),
    ]


def _children_table(card: Scorecard, lang: str) -> Table:
    """Per unit below: its targets by status, and the total of them all."""
    vi = language_of(lang) == "vi"
    columns = (
        column(lang, "STT", "No.", CellKind.TEXT, 5),
        column(lang, "Đơn vị", "Unit", CellKind.TEXT, 40),
        column(lang, "Số chỉ tiêu", "Targets", CellKind.NUMBER, 10),
        *(Column(status.label(lang), CellKind.NUMBER, 10) for status in ev.Status),
        column(lang, "Đạt và vượt (%)", "Met or exceeded (%)", CellKind.PERCENT, 12),
    )

    def cells(counts: ev.StatusCounts) -> tuple[TableCell, ...]:
        share = counts.share_met_or_exceeded()
        return (
            _num(Decimal(counts.total), 0, Rounding.HALF_UP, lang),
            *(
                _num(Decimal(getattr(counts, status.value)), 0, Rounding.HALF_UP, lang)
                for status in ev.Status
            ),
            _pct(share, 1, Rounding.HALF_UP, lang),
        )

    rows = [
        (TableCell(str(n)), TableCell(child.display_name(lang)), *cells(counts))
        for n, (child, counts) in enumerate(card.children, start=1)
    ]
    rows.append(
        (TableCell(""), TableCell("Tổng cộng" if vi else "Total", bold=True), *cells(card.children_total))
    )
    return Table(
        title=_t(
            lang,
            f"Targets of the units below, {card.period.label('en')}",
            f"Kết quả thực hiện chỉ tiêu của các đơn vị trực thuộc {card.period.label('vi')}",
        ),
        columns=columns,
        rows=tuple(rows),
        landscape=True,
        sheet_name="Đơn vị trực thuộc" if vi else "Units below",
    )


def _limits_section(card: Scorecard, facts: list[narrative.TargetFacts], lang: str) -> list[Block]:
    phrases = narrative.shortfall_facts(facts, lang)
    overdue = [c for c in card.work_items if c.overdue]
    for counts in overdue:
        phrases.append(
            _t(
                lang,
                f"{counts.overdue} {counts.kind.label('en')}(s) overdue",
                f"{counts.overdue} {counts.kind.label('vi')} quá hạn chưa hoàn thành",
            )
        )
    if phrases:
        text = _t(
            lang,
            "Some targets and tasks are not met or behind: " + "; ".join(phrases) + ".",
            "Một số chỉ tiêu, nhiệm vụ chưa đạt hoặc chậm so với kế hoạch: " + "; ".join(phrases) + ".",
        )
    else:
        text = _t(lang, "No target was missed.", "Không có chỉ tiêu nào chưa đạt kế hoạch.")
    return place_to_write(
        _t(lang, "II. SHORTCOMINGS AND CAUSES", "II. HẠN CHẾ, NGUYÊN NHÂN"),
        text,
        card.unit,
        lang,
        (
            "shortcomings and their causes. Facts from the data:",
            "nêu hạn chế và nguyên nhân. Dữ kiện từ số liệu:",
        ),
    )


def _directions_section(card: Scorecard, facts: list[narrative.TargetFacts], lang: str) -> list[Block]:
    behind = [f.name for f in facts if f.pace is not None and f.pace.value == "behind"]
    missed = [f.name for f in facts if f.status == Status.NOT_MET]
    focus = behind + missed
    if focus:
        text = _t(
            lang,
            "Focus on the targets not met or behind pace: " + "; ".join(focus) + ".",
            "Tập trung chỉ đạo thực hiện các chỉ tiêu chưa đạt hoặc chậm tiến độ: " + "; ".join(focus) + ".",
        )
    else:
        text = _t(lang, "Keep the results achieved.", "Tiếp tục duy trì kết quả đã đạt được.")
    if card.period.type == PeriodType.YEAR:
        return _next_year_section(card.unit, card.year + 1, text, lang)
    return place_to_write(
        _t(lang, "III. DIRECTIONS FOR THE NEXT PERIOD", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"),
        text,
        card.unit,
        lang,
        ("directions and tasks. From the data:", "nêu phương hướng, nhiệm vụ, giải pháp. Gợi ý từ số liệu:"),
    )


def _next_year_section(unit: OrgUnit, year: int, draft: str, lang: str) -> list[Block]:
    """ "Nhiệm vụ, giải pháp trọng tâm năm sau", written from next year's plan as it is entered: the
    term the year serves, its targets, its programmes and projects, its work items; then the
    solutions, which the unit writes, under a draft from this year's data."""
    plan = year_plan(unit, year)
    blocks = plan_blocks(plan, lang)
    if plan.empty:
        blocks = [
            Paragraph(
                _t(
                    lang,
                    f"The plan for {year} has not been entered yet.",
                    f"Kế hoạch năm {year} chưa được nhập vào hệ thống.",
                )
            )
        ]
    heading = _t(
        lang, f"III. PRIORITIES AND SOLUTIONS FOR {year}", f"III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM {year}"
    )
    asked = ("the solutions. From this year's data:", "nêu các giải pháp. Gợi ý từ số liệu năm nay:")
    return [Heading(heading), *blocks, to_write(draft, unit, lang, asked)]


def plan_blocks(plan: YearPlan, lang: str) -> list[Block]:
    """A year's plan in a report's words: the term it serves, its targets, programmes, work items."""
    year = plan.year
    blocks: list[Block] = []
    if plan.term is not None:
        blocks.append(Paragraph(term_sentence(plan.term.span, date(year, 1, 1), lang) + "."))
    if plan.targets:
        blocks.append(
            Paragraph(_t(lang, f"The main targets for {year}:", f"Các chỉ tiêu chủ yếu năm {year}:"))
        )
        items = [
            narrative.plan_sentence(plan_facts(row.indicator, row.plan, lang), lang) + ";"
            for row in plan.targets
        ]
        blocks.append(BulletList(tuple(items)))
    if plan.programmes:
        counts = plan.programme_counts()
        blocks.append(
            Paragraph(
                _t(
                    lang,
                    f"Carry out {programmes_said(counts, lang)}:",
                    f"Triển khai {programmes_said(counts, lang)}:",
                )
            )
        )
        blocks.append(BulletList(tuple(programme_title(p, lang) + ";" for p in plan.programmes)))
    if plan.work_items:
        vi = language_of(lang) == "vi"
        said = listed(
            [
                f"{n} {kind.label(lang)}" if vi else counted(n, kind.label(lang))
                for kind, n in plan.work_items.items()
            ],
            lang,
        )
        blocks.append(
            Paragraph(
                _t(
                    lang,
                    f"Work items registered for {year}: {said}.",
                    f"Nhiệm vụ công tác năm {year}: {said}.",
                )
            )
        )
    return blocks


def programme_title(programme: Programme, lang: str) -> str:
    """ "Đề án số 12/ĐA-SLĐTBXH: Nâng cao chất lượng … (Sở Lao động …)"."""
    kind = PROGRAMME_KINDS[programme.kind].get(lang)
    number = _t(lang, f" No. {programme.number}", f" số {programme.number}") if programme.number else ""
    owner = programme.owner.display_name(lang)
    return f"{kind[0].upper()}{kind[1:]}{number}: {programme.display_title(lang)} ({owner})"


def plan_facts(indicator: Indicator, plan: ev.Plan, lang: str) -> narrative.TargetFacts:
    """What the narrative needs of a target before any result: its indicator and its plan."""
    return narrative.TargetFacts(
        name=indicator.display_name(lang),
        unit_of_measure=indicator.display_unit_of_measure(lang),
        direction=Direction(indicator.direction),
        status=Status.NO_DATA,
        plan=plan.target,
        result=None,
        percent=None,
        decimals=indicator.decimals,
        percent_decimals=indicator.percent_decimals,
        rounding=Rounding(indicator.rounding),
        plan_high=plan.target_high,
        baseline=plan.baseline,
    )


def place_to_write(heading: str, draft: str, unit: OrgUnit, lang: str, asked: tuple[str, str]) -> list[Block]:
    """A section the unit writes itself: its heading, and a draft from the data under what is asked."""
    return [Heading(heading), to_write(draft, unit, lang, asked)]


def to_write(draft: str, unit: OrgUnit, lang: str, asked: tuple[str, str]) -> Paragraph:
    """A place the unit writes in itself, with a draft from the data under what is asked."""
    noun = unit_noun(unit, lang)
    english, vietnamese = asked
    instruction = _t(lang, f"To be written by {noun}: {english}", f"{noun[0].upper()}{noun[1:]} {vietnamese}")
    return Paragraph(draft, to_write=True, instruction=instruction)


# --- appendices -------------------------------------------------------------------------------


def _num(value: Decimal | None, decimals: int, rounding: Rounding, lang: str) -> TableCell:
    if value is None:
        return TableCell("")
    notation = Notation.for_language(lang)
    return TableCell(format_number(value, decimals, rounding, notation), value, decimals, CellKind.NUMBER)


def _pct(value: Decimal | None, decimals: int, rounding: Rounding, lang: str) -> TableCell:
    if value is None:
        return TableCell("")
    notation = Notation.for_language(lang)
    return TableCell(format_percent(value, decimals, rounding, notation), value, decimals, CellKind.PERCENT)


def column(lang: str, vi: str, en: str, kind: CellKind, width: int) -> Column:
    """An annex column headed in the report's language."""
    return Column(_t(lang, en, vi), kind, width)


def figure_cell(shown: str, value: Decimal | None, decimals: int, kind: CellKind) -> TableCell:
    """A figure as the scorecard or the term page shows it, with its exact value for a spreadsheet."""
    return TableCell(shown) if value is None or not shown else TableCell(shown, value, decimals, kind)


def _indicator_table(card: Scorecard, lang: str) -> Table:
    period, in_period, previous = card.period, card.in_period, card.last_year
    vi = language_of(lang) == "vi"
    columns = (
        column(lang, "STT", "No.", CellKind.TEXT, 5),
        column(lang, "Chỉ tiêu", "Indicator", CellKind.TEXT, 40),
        column(lang, "ĐVT", "Unit", CellKind.TEXT, 10),
        column(lang, "Kế hoạch năm", "Annual plan", CellKind.NUMBER, 12),
        column(lang, "Thực hiện kỳ báo cáo", "This period", CellKind.NUMBER, 12),
        column(lang, "Lũy kế / Ước cả năm", "Year to date / estimate", CellKind.NUMBER, 12),
        column(lang, "So với KH (%)", "% of plan", CellKind.PERCENT, 10),
        column(lang, "So với cùng kỳ (%)", "% of a year earlier", CellKind.PERCENT, 10),
        column(lang, "Đánh giá", "Status", CellKind.TEXT, 14),
        column(lang, "Ghi chú", "Notes", CellKind.TEXT, 16),
    )
    rows = []
    for n, line in enumerate(card.lines, start=1):
        ind, evaluation, plan = line.indicator, line.evaluation, line.plan
        rounding = Rounding(ind.rounding)
        result = evaluation.result
        this_period = in_period.get(line.target_id)
        before = _year_earlier(line, previous)
        vs_last = None
        if result is not None and before:
            vs_last = result.value / before * HUNDRED
        notes = []
        if result is not None and result.estimated:
            notes.append("ước thực hiện" if vi else "estimate")
        if evaluation.percent_of_plan is not None and ind.rule().direction != Direction.INCREASE:
            notes.append("(*)")
        if result is not None and result.rolled_up:
            notes.append("tổng hợp từ đơn vị cấp dưới" if vi else "rolled up from units below")
        plan_cell = TableCell(line.plan_shown(lang))
        if plan.target is not None and plan.target_high is None:
            plan_cell = TableCell(line.plan_shown(lang), plan.target, ind.decimals, CellKind.NUMBER)
        rows.append(
            (
                TableCell(str(n)),
                TableCell(ind.display_name(lang)),
                TableCell(ind.display_unit_of_measure(lang)),
                plan_cell,
                _num(this_period.value if this_period else None, ind.decimals, rounding, lang),
                figure_cell(
                    line.result_shown(lang), result.value if result else None, ind.decimals, CellKind.NUMBER
                ),
                figure_cell(
                    line.percent_shown(lang),
                    evaluation.percent_of_plan,
                    ind.percent_decimals,
                    CellKind.PERCENT,
                ),
                _pct(vs_last, 1, Rounding.HALF_UP, lang),
                TableCell(evaluation.status_label(lang)),
                TableCell("; ".join(notes)),
            )
        )
    title = _t(
        lang,
        f"Targets, {period.label('en')}",
        f"Kết quả thực hiện các chỉ tiêu {period.label('vi')}",
    )
    return Table(
        title=title,
        columns=columns,
        rows=tuple(rows),
        footnotes=_formula_footnotes(card, lang),
        landscape=True,
        sheet_name="Chỉ tiêu" if vi else "Targets",
    )


def _formula_footnotes(card: Scorecard, lang: str) -> tuple[str, ...]:
    """(*) The formula of every % that is not plain result / plan."""
    notes = []
    seen: set[str] = set()
    for line in card.lines:
        rule = line.indicator.rule()
        if rule.direction == Direction.INCREASE:
            continue
        formula = rule.formula(lang)
        key = f"{line.indicator.code}: {formula}"
        if key not in seen:
            seen.add(key)
            notes.append(f"(*) {line.indicator.display_name(lang)}: {formula}")
    return tuple(notes)


def _work_item_table(unit: OrgUnit, year: int, as_of: date, lang: str) -> Table:
    vi = language_of(lang) == "vi"
    columns = (
        column(lang, "STT", "No.", CellKind.TEXT, 5),
        column(lang, "Nội dung", "Item", CellKind.TEXT, 45),
        column(lang, "Đơn vị chủ trì", "Lead unit", CellKind.TEXT, 20),
        column(lang, "Thời hạn", "Deadline", CellKind.TEXT, 12),
        column(lang, "Kết quả", "Result", CellKind.TEXT, 25),
        column(lang, "Đúng hạn / quá hạn", "On time / late", CellKind.TEXT, 18),
    )
    items = (
        WorkItem.objects.for_year(year)
        .led_by(unit)
        .select_related("lead_unit")
        .order_by("kind", "deadline", "id")
    )
    rows = []
    for n, item in enumerate(items, start=1):
        status = work_item_status(item.deadline, item.completed_on, as_of)
        done = item.completed_on is not None and item.completed_on <= as_of
        result = item.result_note or (
            (_t(lang, "Completed on ", "Hoàn thành ngày ") + f"{item.completed_on:%d/%m/%Y}") if done else ""
        )
        rows.append(
            (
                TableCell(str(n)),
                TableCell(item.title),
                TableCell(item.lead_unit.display_name(lang)),
                TableCell(f"{item.deadline:%d/%m/%Y}" if item.deadline else ""),
                TableCell(result),
                TableCell(status.label(lang)),
            )
        )
    return Table(
        title=_t(lang, "Work items", "Kết quả thực hiện chương trình, nhiệm vụ công tác"),
        columns=columns,
        rows=tuple(rows),
        landscape=True,
        sheet_name="Nhiệm vụ" if vi else "Work items",
    )


def _group_chart(card: Scorecard, lang: str) -> Chart:
    """Per group: how many targets were planned, and how many were met or exceeded."""
    groups = card.group_counts()
    return Chart(
        title=_t(
            lang, "Targets planned and met, by group", "Số chỉ tiêu theo kế hoạch và số đạt, vượt theo nhóm"
        ),
        categories=tuple(g.display_name(lang) for g, _ in groups),
        series=(
            Series(_t(lang, "Planned", "Kế hoạch"), tuple(Decimal(c.total) for _, c in groups)),
            Series(
                _t(lang, "Met or exceeded", "Đạt và vượt"),
                tuple(Decimal(c.met_or_exceeded) for _, c in groups),
            ),
        ),
        unit=_t(lang, "targets", "chỉ tiêu"),
    )


# --- the form -------------------------------------------------------------------------------


NUMBER_GAP = "\u00a0" * 8  # the blank before "/BC-…" where the number is written: kept by every format


def numbered_annexes(tables: list[Table], attached: str, lang: str) -> list[Table]:
    """ "Phụ lục 1. …", each under the line that says which report it is attached to."""
    return [
        replace(table, title=_t(lang, f"Annex {n}. ", f"Phụ lục {n}. ") + table.title, attached_to=attached)
        for n, table in enumerate(tables, start=1)
    ]


def attached_to(head: Letterhead, unit: OrgUnit, lang: str) -> str:
    """The line under an annex's title: "(Kèm theo Báo cáo số …/BC-… ngày … của …)"."""
    number = NUMBER_GAP + "/" + head.number.split("/", 1)[-1]  # the number is written in by hand
    day = head.issued_on
    return _t(
        lang,
        f"(Attached to Report No.{number} of {day:%d/%m/%Y} of {unit.display_name('en')})",
        f"(Kèm theo Báo cáo số{number} ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
        f" của {unit.display_name('vi')})",
    )


def period_subject(period: Period, lang: str) -> str:
    """What a period's report is about: "Kết quả thực hiện chỉ tiêu, nhiệm vụ năm 2022"."""
    return _t(
        lang,
        f"Results against targets and work items, {period.label('en')}",
        f"Kết quả thực hiện chỉ tiêu, nhiệm vụ {period.label('vi')}",
    )


def letterhead(
    unit: OrgUnit, settings: ReportSettings | None, subject: str, lang: str, issued_on: date
) -> Letterhead:
    """The Decree 30 form of a report of ``unit`` about ``subject``, from the unit's report settings."""
    vi = language_of(lang) == "vi"
    parent = unit.parent
    governing = (settings.governing_body if vi else settings.governing_body_en) if settings else ""
    agency = (settings.agency if vi else settings.agency_en) if settings else ""
    governing = governing or (parent.display_name(lang).upper() if parent else "")
    agency = agency or unit.display_name(lang).upper()
    prefix = settings.number_prefix if settings and settings.number_prefix else unit.code
    place = (settings.place if vi else settings.place_en) if settings else ""
    place = place or (unit.place_name if vi else _ascii(unit.place_name)) or (unit.display_name(lang))
    signer = Signer(
        position=(settings.signer_position if settings else "")
        or _t(lang, "HEAD OF UNIT", "THỦ TRƯỞNG ĐƠN VỊ"),
        name=settings.signer_name if settings else "",
        authority=settings.authority if settings else "",
        authority_position=settings.head_position if settings else "",
    )
    recipients = [r.strip() for r in (settings.recipients if settings else "").splitlines() if r.strip()]
    archive = settings.archive if settings else "VT"
    recipients.append(f"Lưu: {archive}." if vi else f"Archive: {archive}.")
    return Letterhead(
        governing_body=governing,
        agency=agency,
        number=f"Số:{NUMBER_GAP}/BC-{prefix}" if vi else f"No.:{NUMBER_GAP}/BC-{prefix}",
        place=place,
        issued_on=issued_on,
        title=_t(lang, "REPORT", "BÁO CÁO"),
        subject=subject,
        signer=signer,
        recipients=tuple(recipients),
        national_title=_t(lang, "SOCIALIST REPUBLIC OF VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        motto=_t(lang, "Independence - Freedom - Happiness", "Độc lập - Tự do - Hạnh phúc"),
    )


def issue_date(period: Period, as_of: date, today: date) -> date:
    """The date a report is dated: the day its figures are read, never after today.

    A report read at the close of its cut-off window or later is written in the days after:
    it is dated up to 13 days after the close.
    """
    close = DECREE_09.window(period).last_day
    return min(today, close + timedelta(days=13) if as_of >= close else as_of)
