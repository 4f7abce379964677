"""The mid-term and end-of-term reports of a term (sơ kết giữa nhiệm kỳ, tổng kết nhiệm kỳ), in the
Decree 30 form, written from the term card (:func:`chitieu.monitoring.terms.term_card`) — the same
figures the term page, the API and ``chitieu term`` show. Never writes anything to the database.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from django.utils import timezone

from chitieu.core import narrative
from chitieu.core import terms as core_terms
from chitieu.core.evaluation import Direction, Pace, Status
from chitieu.core.summary import standing_sentence
from chitieu.core.text import Bilingual, counted, language_of
from chitieu.monitoring.terms import TermCard, TermLine, programmes_said, term_card
from chitieu.planning.models import Term, TermTarget
from chitieu.rendering.report import (
    Block,
    BulletList,
    CellKind,
    Column,
    Heading,
    Paragraph,
    Report,
    Table,
    TableCell,
)
from chitieu.reporting.build import (
    ReportFile,
    attached_to,
    column,
    figure_cell,
    file_key,
    letterhead,
    numbered_annexes,
    place_to_write,
    plan_facts,
    programme_title,
    to_write,
    written_file,
)
from chitieu.reporting.models import ReportSettings


class Stage(StrEnum):
    """Which review of the term: half-way through (sơ kết) or at its end (tổng kết)."""

    MIDTERM = "midterm"
    FINAL = "final"

    def label(self, lang: str = "vi") -> str:
        return _STAGE_LABELS[self].get(lang)


_STAGE_LABELS = {
    Stage.MIDTERM: Bilingual("mid-term review", "sơ kết giữa nhiệm kỳ"),
    Stage.FINAL: Bilingual("end-of-term review", "tổng kết nhiệm kỳ"),
}


def _t(lang: str, en: str, vi: str) -> str:
    return Bilingual(en, vi).get(lang)


def build_term_report(
    *,
    term: Term,
    stage: Stage,
    lang: str = "vi",
    as_of: date | None = None,
    issued_on: date | None = None,
) -> Report:
    """The ``stage`` review of ``term`` as known on ``as_of`` (today by default)."""
    card = term_card(term, as_of)
    unit = term.unit
    settings = ReportSettings.objects.filter(unit=unit).first()
    head = letterhead(unit, settings, _subject(term, stage, lang), lang, issued_on or _issued(card.as_of))
    body: list[Block] = [*_results_section(card, lang), *_limits_section(card, lang)]
    body += _ahead_section(card, stage, lang)
    tables: list[Table] = [_targets_table(card, lang)]
    if card.programmes:
        tables.append(_programmes_table(card, lang))
    day = f"{card.as_of:%d/%m/%Y}"
    return Report(
        lang=lang,
        letterhead=head,
        window=_t(lang, f"Figures as of {day}", f"Số liệu đến ngày {day}"),
        body=tuple(body),
        appendices=tuple(numbered_annexes(tables, attached_to(head, unit, lang), lang)),
        file_stem=f"bao-cao-{stage.value}-{unit.code}-{card.span.label()}-{lang}".lower(),
        metadata={
            "unit": unit.code,
            "term": card.span.label(),
            "stage": stage.value,
            "as_of": f"{card.as_of}",
        },
    )


def term_report_file(
    *,
    term: Term,
    stage: Stage,
    format_name: str,
    lang: str = "vi",
    as_of: date | None = None,
    issued_on: date | None = None,
) -> ReportFile:
    """The review (:func:`build_term_report`) written as docx, pdf, xlsx or html, kept like a period's."""
    return written_file(
        term_report_key(
            term=term, stage=stage, format_name=format_name, lang=lang, as_of=as_of, issued_on=issued_on
        ),
        lambda: build_term_report(term=term, stage=stage, lang=lang, as_of=as_of, issued_on=issued_on),
        format_name,
    )


def term_report_key(
    *,
    term: Term,
    stage: Stage,
    format_name: str,
    lang: str = "vi",
    as_of: date | None = None,
    issued_on: date | None = None,
) -> str:
    today = timezone.localdate()
    day = as_of or today
    return file_key(
        term.unit, f"term-{term.pk}-{stage.value}", format_name, lang, day, issued_on or _issued(day)
    )


def _issued(as_of: date) -> date:
    """A review is dated the day its figures are read, never after today."""
    return min(as_of, timezone.localdate())


def _subject(term: Term, stage: Stage, lang: str) -> str:
    """ "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025" (the term said once)."""
    span = term.span
    resolution = term.display_resolution(lang) or _t(lang, "the resolution", "Nghị quyết")
    named = str(span.start) in resolution and str(span.end) in resolution
    if language_of(lang) == "vi":
        what = "Sơ kết giữa nhiệm kỳ" if stage == Stage.MIDTERM else "Tổng kết nhiệm kỳ"
        return f"{what} thực hiện {resolution}" + ("" if named else f", nhiệm kỳ {span.label()}")
    what = "Mid-term review" if stage == Stage.MIDTERM else "End-of-term review"
    return f"{what} of {resolution}" + ("" if named else f", term {span.label()}")


# --- the body ---------------------------------------------------------------------------------


def _results_section(card: TermCard, lang: str) -> list[Block]:
    term = card.term
    blocks: list[Block] = [
        Heading(_t(lang, "I. RESULTS AGAINST THE RESOLUTION", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT"))
    ]
    if term.resolution_name:
        blocks.append(Paragraph(_resolution_sentence(term, len(card.lines), lang)))
    blocks.append(Paragraph(". ".join(card.sentences(lang)) + "."))
    blocks.append(Heading(_t(lang, "1. The term's targets", "1. Kết quả thực hiện các chỉ tiêu nhiệm kỳ"), 2))
    if card.lines:
        blocks.append(BulletList(tuple(term_line_sentence(line, card, lang) + ";" for line in card.lines)))
        if any(not f.complete for line in card.lines for f in line.standing.years):
            blocks.append(Paragraph(_open_year_note(card, lang)))
    else:
        blocks.append(
            Paragraph(_t(lang, "The term has no targets entered.", "Nhiệm kỳ chưa có chỉ tiêu nào."))
        )
    if card.programmes:
        both = programmes_said(card.programme_counts(), lang)
        when = (
            _t(lang, "over the term", "trong nhiệm kỳ")
            if card.over
            else _t(lang, f"in {card.year}", f"năm {card.year}")
        )
        blocks.append(
            Heading(_t(lang, "2. Programmes and projects", "2. Thực hiện các đề án, chương trình"), 2)
        )
        blocks.append(
            Paragraph(
                _t(
                    lang,
                    f"{both[0].upper()}{both[1:]} carry out the resolution {when}:",
                    f"Triển khai {both} thực hiện Nghị quyết {when}:",
                )
            )
        )
        items = []
        for line in card.programmes:
            said = [programme_title(line.programme, lang)]
            if line.targets.total:
                said.append(standing_sentence(line.targets, lang))
            if line.work.total:
                said.append(
                    _t(
                        lang,
                        f"{line.work.done}/{counted(line.work.total, 'task')} done",
                        f"hoàn thành {line.work.done}/{line.work.total} nhiệm vụ",
                    )
                )
            items.append("; ".join(said) + ";")
        blocks.append(BulletList(tuple(items)))
    return blocks


def _resolution_sentence(term: Term, targets: int, lang: str) -> str:
    """ "Nghị quyết Đại hội … (số …, ngày …) đề ra 9 chỉ tiêu nhiệm kỳ 2020–2025."."""
    details = []
    if term.resolution_number:
        details.append(_t(lang, f"No. {term.resolution_number}", f"số {term.resolution_number}"))
    if term.resolution_date:
        details.append(
            _t(lang, f"of {term.resolution_date:%d/%m/%Y}", f"ngày {term.resolution_date:%d/%m/%Y}")
        )
    name = term.display_resolution(lang) + (f" ({', '.join(details)})" if details else "")
    span = term.span.label()
    return _t(
        lang,
        f"{name} set {targets} targets for the {span} term.",
        f"{name} đề ra {targets} chỉ tiêu nhiệm kỳ {span}.",
    )


def _open_year_note(card: TermCard, lang: str) -> str:
    day = f"{card.as_of:%d/%m/%Y}"
    return _t(
        lang,
        f"(*) A year not over: its figures to {day}.",
        f"(*) Năm chưa kết thúc: số liệu đến ngày {day}.",
    )


def term_line_sentence(line: TermLine, card: TermCard, lang: str = "vi") -> str:
    """One term target in a report's words: what it has reached, against what, and where it is heading.

    "Giải quyết việc làm: lũy kế 2021–2023 đạt 890.000/1.500.000 lượt người, bằng 59,33% chỉ tiêu
    nhiệm kỳ; đang thực hiện, đúng tiến độ; dự báo đến năm 2025: 1.483.333 lượt người, ước không đạt".
    """
    standing, indicator = line.standing, line.indicator
    name = indicator.display_name(lang)
    uom = indicator.display_unit_of_measure(lang)
    if standing.so_far is None:
        return f"{name}: " + _t(lang, "no figures yet", "chưa có số liệu")

    years = [f.year for f in standing.years if f.year in card.span.years]
    if standing.goal.measure == core_terms.TermMeasure.CUMULATIVE and years:
        first, last = years[0], years[-1]
        span = str(first) if first == last else f"{first}–{last}"
        when = _t(lang, f"total {span}", f"lũy kế {span}")
    else:
        latest = standing.years[-1].year
        when = _t(lang, f"in {latest}", f"năm {latest}")
    plan = standing.goal.plan
    direction = standing.goal.rule.direction
    percent = line.percent_shown(lang)
    if direction == Direction.INCREASE and plan.target is not None and percent:
        suffix = "" if uom == "%" else f" {uom}"
        text = (
            f"{name}: {when} " + _t(lang, "", "đạt ") + f"{line.so_far_shown(lang)}/{line.plan_shown(lang)}"
        )
        text += suffix + _t(lang, f", {percent} of the term target", f", bằng {percent} chỉ tiêu nhiệm kỳ")
    else:
        target = narrative.plan_phrase(plan_facts(indicator, plan, lang), lang)
        text = f"{name}: {when} {line.amount_shown(standing.so_far.value, lang)}"
        text += _t(lang, f" (term target: {target})", f" (chỉ tiêu nhiệm kỳ: {target})")
    said = [standing.status.label(lang)]
    if standing.pace is not None and standing.status == Status.IN_PROGRESS:
        said.append(standing.pace.label(lang))
    text += "; " + ", ".join(said)
    if standing.years_missing:
        missing = ", ".join(str(year) for year in standing.years_missing)
        text += _t(lang, f" (no figures for {missing})", f" (chưa có số liệu năm {missing})")
    if standing.forecast is not None and not card.over and standing.forecast_status is not None:
        end = card.span.end
        text += _t(lang, f"; forecast for {end}: ", f"; dự báo đến năm {end}: ")
        text += f"{line.amount_shown(standing.forecast, lang)}, {line.forecast_label(lang).lower()}"
    return text


def _limits_section(card: TermCard, lang: str) -> list[Block]:
    behind = [line for line in card.lines if _behind(line.standing)]
    if behind:
        names = "; ".join(line.indicator.display_name(lang) for line in behind)
        draft = _t(
            lang,
            f"Targets behind pace or forecast not to be reached: {names}.",
            f"Các chỉ tiêu chậm tiến độ hoặc dự báo không đạt đến cuối nhiệm kỳ: {names}.",
        )
    else:
        draft = _t(lang, "Every target is on track.", "Các chỉ tiêu đều đúng tiến độ.")
    asked = (
        "shortcomings and their causes. Facts from the data:",
        "nêu hạn chế và nguyên nhân. Dữ kiện từ số liệu:",
    )
    return place_to_write(
        _t(lang, "II. SHORTCOMINGS AND CAUSES", "II. HẠN CHẾ, NGUYÊN NHÂN"),
        draft,
        card.term.unit,
        lang,
        asked,
    )


def _behind(standing: core_terms.TermStanding) -> bool:
    if standing.status == Status.NOT_MET:
        return True
    if standing.status != Status.IN_PROGRESS:
        return False
    return standing.pace == Pace.BEHIND or standing.forecast_status == Status.NOT_MET


def _ahead_section(card: TermCard, stage: Stage, lang: str) -> list[Block]:
    """What is still needed in the years left (mid-term), or the next term's targets (end of term)."""
    unit = card.term.unit
    asked = ("the tasks and solutions. From the data:", "nêu nhiệm vụ, giải pháp. Gợi ý từ số liệu:")
    blocks: list[Block] = []
    if stage == Stage.MIDTERM and not card.over:
        heading = _t(
            lang,
            "III. TASKS AND SOLUTIONS FOR THE REST OF THE TERM",
            "III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN NHỮNG NĂM CÒN LẠI CỦA NHIỆM KỲ",
        )
        needs = [line for line in card.lines if _needs_more(line)]
        if needs:
            blocks.append(Paragraph(_t(lang, "Still needed each year:", "Mỗi năm còn lại cần đạt:")))
            blocks.append(BulletList(tuple(_needed_sentence(line, lang) + ";" for line in needs)))
    else:
        following = Term.objects.filter(unit=unit, start_year=card.span.end).first()
        if following is None:
            heading = _t(lang, "III. DIRECTIONS FOR THE NEXT TERM", "III. PHƯƠNG HƯỚNG NHIỆM KỲ TỚI")
            blocks.append(
                Paragraph(
                    _t(
                        lang,
                        "The next term's targets have not been entered yet.",
                        "Chỉ tiêu nhiệm kỳ tới chưa được nhập vào hệ thống.",
                    )
                )
            )
        else:
            span = following.span.label()
            heading = _t(lang, f"III. DIRECTIONS FOR THE {span} TERM", f"III. PHƯƠNG HƯỚNG NHIỆM KỲ {span}")
            targets = (
                TermTarget.objects.filter(term=following)
                .select_related("indicator")
                .order_by("indicator__group__order", "indicator__order", "indicator__code")
            )
            items = [
                narrative.plan_sentence(plan_facts(t.indicator, t.goal().plan, lang), lang) + ";"
                for t in targets
            ]
            if items:
                blocks.append(
                    Paragraph(_t(lang, f"The targets of the {span} term:", f"Các chỉ tiêu nhiệm kỳ {span}:"))
                )
                blocks.append(BulletList(tuple(items)))
    draft = _t(lang, "Keep the results achieved.", "Tiếp tục duy trì kết quả đã đạt được.")
    behind = [line.indicator.display_name(lang) for line in card.lines if _behind(line.standing)]
    if behind:
        draft = _t(
            lang,
            "Focus on the targets behind: " + "; ".join(behind) + ".",
            "Tập trung chỉ đạo các chỉ tiêu còn chậm: " + "; ".join(behind) + ".",
        )
    return [Heading(heading), *blocks, to_write(draft, unit, lang, asked)]


def _needs_more(line: TermLine) -> bool:
    standing = line.standing
    return (
        standing.status == Status.IN_PROGRESS
        and standing.needed_per_year is not None
        and standing.remaining_years > 0
    )


def _needed_sentence(line: TermLine, lang: str) -> str:
    standing, indicator = line.standing, line.indicator
    assert standing.needed_per_year is not None
    amount = line.amount_shown(standing.needed_per_year, lang)
    name = indicator.display_name(lang)
    years = standing.remaining_years
    if standing.goal.measure == core_terms.TermMeasure.CUMULATIVE:
        return _t(
            lang,
            f"{name}: {amount} a year for the {counted(years, 'year')} left",
            f"{name}: {amount} mỗi năm trong {years} năm còn lại",
        )
    return _t(
        lang,
        f"{name}: a change of {amount} a year for the {counted(years, 'year')} left",
        f"{name}: thay đổi {amount} mỗi năm trong {years} năm còn lại",
    )


# --- appendices -------------------------------------------------------------------------------


def _targets_table(card: TermCard, lang: str) -> Table:
    """Each term target year by year: what it has reached, % of the target, status, pace, forecast."""
    vi = language_of(lang) == "vi"
    years = card.years_begun
    year_width = max(6, 48 // max(len(years), 1))
    columns = (
        column(lang, "STT", "No.", CellKind.TEXT, 4),
        column(lang, "Chỉ tiêu", "Indicator", CellKind.TEXT, 28),
        column(lang, "ĐVT", "Unit", CellKind.TEXT, 8),
        column(lang, "Chỉ tiêu nhiệm kỳ", "Term target", CellKind.NUMBER, 10),
        *(Column(str(year), CellKind.NUMBER, year_width) for year in years),
        column(lang, "Lũy kế / hiện tại", "So far", CellKind.NUMBER, 10),
        column(lang, "So với chỉ tiêu (%)", "% of target", CellKind.PERCENT, 9),
        column(lang, "Đánh giá", "Status", CellKind.TEXT, 10),
        column(lang, "Tiến độ", "Pace", CellKind.TEXT, 9),
        column(lang, "Dự báo cuối nhiệm kỳ", "Forecast to the end", CellKind.NUMBER, 10),
        column(lang, "Dự báo đánh giá", "Forecast status", CellKind.TEXT, 10),
    )
    rows = []
    for n, line in enumerate(card.lines, start=1):
        standing, indicator = line.standing, line.indicator
        decimals = indicator.decimals
        name = indicator.display_name(lang)
        if standing.goal.measure == core_terms.TermMeasure.CUMULATIVE:
            name += " (Σ)"
        by_year = {f.year: f for f in standing.years}
        rows.append(
            (
                TableCell(str(n)),
                TableCell(name),
                TableCell(indicator.display_unit_of_measure(lang)),
                figure_cell(
                    line.plan_shown(lang),
                    standing.goal.plan.target if standing.goal.plan.target_high is None else None,
                    decimals,
                    CellKind.NUMBER,
                ),
                *(
                    figure_cell(
                        line.year_shown(year, lang),
                        by_year[year].value if year in by_year else None,
                        decimals,
                        CellKind.NUMBER,
                    )
                    for year in years
                ),
                figure_cell(
                    line.so_far_shown(lang),
                    standing.so_far.value if standing.so_far else None,
                    decimals,
                    CellKind.NUMBER,
                ),
                figure_cell(
                    line.percent_shown(lang),
                    standing.now.percent_of_plan,
                    indicator.percent_decimals,
                    CellKind.PERCENT,
                ),
                TableCell(line.status_label(lang)),
                TableCell(line.pace_label(lang)),
                figure_cell(
                    line.shown(standing.forecast, lang), standing.forecast, decimals, CellKind.NUMBER
                ),
                TableCell(line.forecast_label(lang)),
            )
        )
    footnotes = [
        _t(
            lang,
            "(Σ) A total over the years of the term; the others are the level reached.",
            "(Σ) Chỉ tiêu tính tổng các năm của nhiệm kỳ; các chỉ tiêu khác tính mức đạt được.",
        )
    ]
    if any(not f.complete for line in card.lines for f in line.standing.years):
        footnotes.append(_open_year_note(card, lang))
    methods = sorted(
        {line.standing.method_text.get(lang) for line in card.lines if line.standing.forecast is not None}
    )
    if methods:
        footnotes.append(_t(lang, "Forecast: ", "Cách dự báo: ") + "; ".join(methods) + ".")
    return Table(
        title=_t(
            lang,
            f"The term's targets, {card.span.label()}",
            f"Kết quả thực hiện các chỉ tiêu nhiệm kỳ {card.span.label()}",
        ),
        columns=columns,
        rows=tuple(rows),
        footnotes=tuple(footnotes),
        landscape=True,
        sheet_name="Chỉ tiêu nhiệm kỳ" if vi else "Term targets",
    )


def _programmes_table(card: TermCard, lang: str) -> Table:
    vi = language_of(lang) == "vi"
    columns = (
        column(lang, "STT", "No.", CellKind.TEXT, 4),
        column(lang, "Loại", "Kind", CellKind.TEXT, 10),
        column(lang, "Số", "Number", CellKind.TEXT, 14),
        column(lang, "Tên", "Title", CellKind.TEXT, 40),
        column(lang, "Đơn vị chủ trì", "Owner", CellKind.TEXT, 20),
        column(lang, "Thời gian", "Years", CellKind.TEXT, 10),
        column(lang, "Chỉ tiêu đạt và vượt", "Targets met or exceeded", CellKind.TEXT, 12),
        column(lang, "Nhiệm vụ hoàn thành", "Tasks done", CellKind.TEXT, 12),
    )
    rows = []
    for n, line in enumerate(card.programmes, start=1):
        programme = line.programme
        rows.append(
            (
                TableCell(str(n)),
                TableCell(line.kind_label.get(lang)),
                TableCell(programme.number),
                TableCell(programme.display_title(lang)),
                TableCell(programme.owner.display_name(lang)),
                TableCell(f"{programme.start_year}–{programme.end_year}"),
                TableCell(
                    f"{line.targets.met_or_exceeded}/{line.targets.total}" if line.targets.total else ""
                ),
                TableCell(f"{line.work.done}/{line.work.total}" if line.work.total else ""),
            )
        )
    year = (
        _t(lang, "over the term", "trong nhiệm kỳ")
        if card.over
        else _t(lang, f"in {card.year}", f"năm {card.year}")
    )
    return Table(
        title=_t(lang, f"Programmes and projects {year}", f"Các đề án, chương trình {year}"),
        columns=columns,
        rows=tuple(rows),
        landscape=True,
        sheet_name="Đề án, chương trình" if vi else "Programmes",
    )
