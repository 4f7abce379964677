"""Build the official report of a unit for a period from the data (read-only)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from decimal import Decimal

from chitieu.core import narrative
from chitieu.core.evaluation import HUNDRED, Direction, Result, Status
from chitieu.core.numbers import Notation, Rounding, format_number, format_percent
from chitieu.core.periods import DECREE_09, Period, PeriodType, parse_period
from chitieu.core.summary import group_sentence, share_sentence, work_item_sentence
from chitieu.core.text import Bilingual, language_of
from chitieu.core.workitems import work_item_status
from chitieu.monitoring.scorecard import PlanRow, Scorecard, TargetLine, load_plans, period_results, scorecard
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Target, WorkItem
from chitieu.rendering.report import (
    Block,
    BulletList,
    Cell,
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
)
from chitieu.reporting.models import ReportSettings


def _t(lang: str, en: str, vi: str) -> str:
    return Bilingual(en, vi).get(lang)


def _ascii(text: str) -> str:
    """Vietnamese without diacritics, as a last resort for English place names."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def default_as_of(period: Period, today: date) -> date:
    """The close of the period's cut-off window (Decree 09), or today if that is still ahead."""
    return min(DECREE_09.window(period).last_day, today)


def build_report(
    *, unit: OrgUnit, period_id: str, lang: str = "vi", as_of: date, issued_on: date | None = None
) -> Report:
    """The report of ``unit`` for ``period_id`` as known on ``as_of``; never writes anything."""
    period = parse_period(period_id)
    year = period.year
    known = min(as_of, period.last_day)
    card = scorecard(unit=unit, year=year, as_of=known)
    plans = [line.row for line in card.lines]
    in_period = (
        {line.target_id: line.evaluation.result for line in card.lines}
        if period.type == PeriodType.YEAR
        else period_results(plans, root=unit, period=period, as_of=known)
    )
    previous = _last_year(unit, plans, period, known)
    settings = ReportSettings.objects.filter(unit=unit).first()
    facts = [_facts(line, previous.get(line.indicator.code), lang) for line in card.lines]

    body: list[Block] = [*_results_section(card, period, facts, lang), *_limits_section(card, facts, lang)]
    body += _directions_section(card, facts, lang)
    appendices = (
        _indicator_table(card, in_period, previous, period, lang),
        _work_item_table(unit, year, known, lang),
        _group_chart(card, lang),
    )
    footnotes = _formula_footnotes(card, lang)
    letterhead = _letterhead(unit, settings, period, lang, issued_on or as_of)
    window = DECREE_09.window(period).label(lang)
    return Report(
        lang=lang,
        letterhead=letterhead,
        window=window,
        body=tuple(body),
        appendices=appendices,
        footnotes=footnotes,
        file_stem=f"bao-cao-{unit.code}-{period.id}-{lang}".lower(),
        metadata={"unit": unit.code, "period": period.id, "as_of": as_of.isoformat()},
    )


def _facts(line: TargetLine, previous: Decimal | None, lang: str) -> narrative.TargetFacts:
    ind, evaluation, plan = line.indicator, line.evaluation, line.plan
    result = evaluation.result
    return narrative.TargetFacts(
        name=ind.display_name(lang),
        unit_of_measure=ind.display_unit_of_measure(lang),
        direction=Direction(ind.direction),
        status=evaluation.status,
        plan=plan.target,
        result=result.value if result else None,
        percent=evaluation.percent_of_plan,
        decimals=ind.decimals,
        percent_decimals=ind.percent_decimals,
        rounding=Rounding(ind.rounding),
        estimated=evaluation.estimated,
        plan_high=plan.target_high,
        baseline=plan.baseline,
        previous=previous,
        pace=evaluation.pace,
        expected_percent=evaluation.expected_percent,
    )


def _last_year(unit: OrgUnit, plans: list[PlanRow], period: Period, known: date) -> dict[str, Decimal]:
    """So với cùng kỳ: each indicator's figure for the same period a year earlier, by indicator code."""
    try:
        same_day = known.replace(year=known.year - 1)
    except ValueError:  # 29 February
        same_day = known.replace(year=known.year - 1, day=28)
    earlier = parse_period(str(period.year - 1) + period.id[4:])
    indicator_ids = [plan.indicator.pk for plan in plans]
    earlier_plans = load_plans(
        Target.objects.filter(unit=unit, year=earlier.year, indicator__in=indicator_ids)
    )
    if not earlier_plans:
        return {}
    results = period_results(earlier_plans, root=unit, period=earlier, as_of=same_day, year_to_date=True)
    code_of = {plan.target_id: plan.indicator.code for plan in earlier_plans}
    return {code_of[pk]: r.value for pk, r in results.items() if r is not None}


# --- the body ---------------------------------------------------------------------------------


def _results_section(
    card: Scorecard, period: Period, facts: list[narrative.TargetFacts], lang: str
) -> list[Block]:
    blocks: list[Block] = [Heading(_t(lang, "I. RESULTS", "I. KẾT QUẢ THỰC HIỆN"))]
    if not card.lines and not card.work_items:
        blocks.append(
            Paragraph(
                _t(
                    lang,
                    f"There are no targets, work items or figures for this unit for {period.label('en')}.",
                    f"Chưa có chỉ tiêu, nhiệm vụ hay số liệu nào của đơn vị cho {period.label('vi')}.",
                )
            )
        )
        return blocks
    if card.work_items:
        blocks.append(
            Heading(_t(lang, "1. Work programme", "1. Thực hiện chương trình, nhiệm vụ công tác"), 2)
        )
        # Recipients are named in Vietnamese ("UBND Thành phố"): the English report leaves them out.
        to = card.submitted_to if language_of(lang) == "vi" else {}
        sentences = [work_item_sentence(c, lang, to.get(c.kind, "")) for c in card.work_items]
        lead = _t(lang, f"In {period.label('en')}, the unit ", f"Trong {period.label('vi')}, đơn vị đã ")
        blocks.append(Paragraph(lead + "; ".join(sentences) + "."))
    if card.lines:
        blocks.append(Heading(_t(lang, "2. Targets", "2. Kết quả thực hiện các chỉ tiêu"), 2))
        share = share_sentence(card.counts, lang, estimated=card.estimated_judged())
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
            blocks.append(
                Paragraph(
                    _t(
                        lang,
                        "Figures marked “estimated” are estimates, to be replaced by official figures.",
                        "Các số liệu ghi “ước” là số ước thực hiện, sẽ được cập nhật khi có số chính thức.",
                    )
                )
            )
    return blocks


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
    facts_text = "; ".join(phrases) if phrases else _t(lang, "no target missed", "không có chỉ tiêu chưa đạt")
    return [
        Heading(_t(lang, "II. SHORTCOMINGS AND CAUSES", "II. HẠN CHẾ, NGUYÊN NHÂN")),
        Paragraph(
            _t(
                lang,
                "To be written by the unit: shortcomings and their causes."
                f" Facts from the data: {facts_text}.",
                f"Đơn vị nêu hạn chế và nguyên nhân. Dữ kiện từ số liệu: {facts_text}.",
            ),
            to_write=True,
        ),
    ]


def _directions_section(card: Scorecard, facts: list[narrative.TargetFacts], lang: str) -> list[Block]:
    behind = [f.name for f in facts if f.pace is not None and f.pace.value == "behind"]
    missed = [f.name for f in facts if f.status == Status.NOT_MET]
    focus = behind + missed
    hint = (
        _t(lang, "focus on: ", "tập trung vào: ") + "; ".join(focus)
        if focus
        else _t(lang, "keep the results achieved", "duy trì kết quả đã đạt")
    )
    return [
        Heading(_t(lang, "III. DIRECTIONS FOR THE NEXT PERIOD", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")),
        Paragraph(
            _t(
                lang,
                f"To be written by the unit: directions and tasks. From the data: {hint}.",
                f"Đơn vị nêu phương hướng, nhiệm vụ, giải pháp. Gợi ý từ số liệu: {hint}.",
            ),
            to_write=True,
        ),
    ]


# --- appendices -------------------------------------------------------------------------------


def _num(value: Decimal | None, decimals: int, rounding: Rounding, lang: str) -> Cell:
    if value is None:
        return Cell("")
    notation = Notation.for_language(lang)
    return Cell(format_number(value, decimals, rounding, notation), value, decimals, CellKind.NUMBER)


def _pct(value: Decimal | None, decimals: int, rounding: Rounding, lang: str) -> Cell:
    if value is None:
        return Cell("")
    notation = Notation.for_language(lang)
    return Cell(format_percent(value, decimals, rounding, notation), value, decimals, CellKind.PERCENT)


def _indicator_table(
    card: Scorecard,
    in_period: dict[int, Result | None],
    previous: dict[str, Decimal],
    period: Period,
    lang: str,
) -> Table:
    vi = language_of(lang) == "vi"
    columns = (
        Column("STT" if vi else "No.", CellKind.TEXT, 5),
        Column("Chỉ tiêu" if vi else "Indicator", CellKind.TEXT, 40),
        Column("ĐVT" if vi else "Unit", CellKind.TEXT, 10),
        Column("Kế hoạch năm" if vi else "Annual plan", CellKind.NUMBER, 12),
        Column("Thực hiện kỳ báo cáo" if vi else "This period", CellKind.NUMBER, 12),
        Column("Lũy kế / Ước cả năm" if vi else "Year to date / estimate", CellKind.NUMBER, 12),
        Column("So với KH (%)" if vi else "% of plan", CellKind.PERCENT, 10),
        Column("So với cùng kỳ (%)" if vi else "% of a year earlier", CellKind.PERCENT, 10),
        Column("Đánh giá" if vi else "Status", CellKind.TEXT, 14),
        Column("Ghi chú" if vi else "Notes", CellKind.TEXT, 16),
    )
    rows = []
    for n, line in enumerate(card.lines, start=1):
        ind, ev, plan = line.indicator, line.evaluation, line.plan
        rounding = Rounding(ind.rounding)
        result = ev.result
        this_period = in_period.get(line.target_id)
        before = previous.get(ind.code)
        vs_last = result.value / before * HUNDRED if result is not None and before else None
        notes = []
        if result is not None and result.estimated:
            notes.append("ước thực hiện" if vi else "estimate")
        if ev.percent_of_plan is not None and ind.rule().direction != Direction.INCREASE:
            notes.append("(*)")
        if result is not None and result.rolled_up:
            notes.append("tổng hợp từ đơn vị cấp dưới" if vi else "rolled up from units below")
        plan_cell = _num(plan.target, ind.decimals, rounding, lang)
        if plan.target_high is not None and plan.target is not None:
            high = _num(plan.target_high, ind.decimals, rounding, lang)
            plan_cell = Cell(f"{plan_cell.text} – {high.text}")
        rows.append(
            (
                Cell(str(n)),
                Cell(ind.display_name(lang)),
                Cell(ind.display_unit_of_measure(lang)),
                plan_cell,
                _num(this_period.value if this_period else None, ind.decimals, rounding, lang),
                _num(result.value if result else None, ind.decimals, rounding, lang),
                _pct(ev.percent_of_plan, ind.percent_decimals, rounding, lang),
                _pct(vs_last, 1, Rounding.HALF_UP, lang),
                Cell(ev.status_label(lang)),
                Cell("; ".join(notes)),
            )
        )
    title = _t(
        lang,
        f"Annex 1. Targets, {period.label('en')}",
        f"Phụ lục 1. Kết quả thực hiện các chỉ tiêu {period.label('vi')}",
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
        Column("STT" if vi else "No.", CellKind.TEXT, 5),
        Column("Nội dung" if vi else "Item", CellKind.TEXT, 45),
        Column("Đơn vị chủ trì" if vi else "Lead unit", CellKind.TEXT, 20),
        Column("Thời hạn" if vi else "Deadline", CellKind.TEXT, 12),
        Column("Kết quả" if vi else "Result", CellKind.TEXT, 25),
        Column("Đúng hạn / quá hạn" if vi else "On time / late", CellKind.TEXT, 18),
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
                Cell(str(n)),
                Cell(item.title),
                Cell(item.lead_unit.display_name(lang)),
                Cell(f"{item.deadline:%d/%m/%Y}" if item.deadline else ""),
                Cell(result),
                Cell(status.label(lang)),
            )
        )
    return Table(
        title=_t(lang, "Annex 2. Work items", "Phụ lục 2. Kết quả thực hiện chương trình, nhiệm vụ công tác"),
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


def _letterhead(
    unit: OrgUnit, settings: ReportSettings | None, period: Period, lang: str, issued_on: date
) -> Letterhead:
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
    subject = _t(
        lang,
        f"Results against targets and work items, {period.label('en')}",
        f"Kết quả thực hiện chỉ tiêu, nhiệm vụ {period.label('vi')}",
    )
    return Letterhead(
        governing_body=governing,
        agency=agency,
        number=f"Số:       /BC-{prefix}" if vi else f"No.:       /BC-{prefix}",
        place=place,
        issued_on=issued_on,
        title=_t(lang, "REPORT", "BÁO CÁO"),
        subject=subject,
        signer=signer,
        recipients=tuple(recipients),
        national_title=_t(lang, "SOCIALIST REPUBLIC OF VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        motto=_t(lang, "Independence - Freedom - Happiness", "Độc lập - Tự do - Hạnh phúc"),
    )


def issue_date(period: Period, today: date) -> date:
    """The date a report is dated: today, or the day after the window closes for a past period."""
    return min(today, DECREE_09.window(period).last_day + timedelta(days=13))
