"""Where a term stands: its targets judged on the years so far, the forecast to its end, and the
programmes and projects that carry it out.

The year figures come from the one read model (:func:`chitieu.monitoring.figures.figures`, one
read per year of the term); everything after that is the core's (:mod:`chitieu.core.terms`).
Every skin — the term page, the API, ``chitieu term``, the term report — shows a :class:`TermCard`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core import terms as core_terms
from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, Rounding, decimal_text, format_number, format_percent
from chitieu.core.summary import share_sentence
from chitieu.core.text import Bilingual, counted, language_of
from chitieu.core.workitems import (
    WorkItemCounts,
    WorkItemKind,
    WorkItemStatus,
    count_work_items,
    work_item_status,
)
from chitieu.monitoring.figures import figures
from chitieu.monitoring.scorecard import PlanRow, TargetLine, evaluate_plans, load_plans
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Programme, Target, Term, TermMilestone, TermTarget, WorkItem

PROGRAMME_KINDS = {
    "programme": Bilingual("programme", "chương trình"),
    "project": Bilingual("project", "đề án"),
}


class TermNotFound(DomainError, LookupError):
    """A term that cannot be read: its years mistyped, not one of the unit's, or none in force."""

    templates = {
        "bad_term": (
            "'{text}' is not a term (expected e.g. 2020-2025).",
            "'{text}' không phải là nhiệm kỳ (ví dụ đúng: 2020-2025).",
        ),
        "not_found": (
            "{unit} has no term {term} ({terms}).",
            "Đơn vị {unit} không có nhiệm kỳ {term} ({terms_vi}).",
        ),
        "none_in_force": (
            "{unit} has no term in force in {year} ({terms}).",
            "Đơn vị {unit} không có nhiệm kỳ nào đang thực hiện trong năm {year} ({terms_vi}).",
        ),
    }


def _terms_listed(unit: OrgUnit) -> dict[str, str]:
    spans = [term.span.label() for term in Term.objects.of_unit(unit).order_by("start_year")]
    if not spans:
        return {"terms": "it has none", "terms_vi": "đơn vị chưa có nhiệm kỳ nào"}
    return {"terms": "its terms: " + ", ".join(spans), "terms_vi": "các nhiệm kỳ: " + ", ".join(spans)}


def find_term(unit: OrgUnit, span: core_terms.TermSpan) -> Term:
    """The unit's term of those years (:class:`TermNotFound` names the terms it has)."""
    try:
        return Term.objects.select_related("unit").get(unit=unit, start_year=span.start, end_year=span.end)
    except Term.DoesNotExist as missing:
        raise TermNotFound("not_found", unit=unit.code, term=span.label(), **_terms_listed(unit)) from missing


def term_of_year(unit: OrgUnit, year: int) -> Term | None:
    """The unit's term whose years of implementation include ``year`` (the latest begun, if two)."""
    return Term.objects.of_unit(unit).in_force(year).select_related("unit").order_by("-start_year").first()


def choose_term(unit: OrgUnit, text: str | None, as_of: date) -> Term:
    """The term named by ``text`` ("2020-2025"), else the one in force in ``as_of``'s year."""
    if text:
        try:
            span = core_terms.parse_span(text)
        except ValueError as error:
            raise TermNotFound("bad_term", text=text[:20]) from error
        return find_term(unit, span)
    found = term_of_year(unit, as_of.year)
    if found is None:
        raise TermNotFound("none_in_force", unit=unit.code, year=as_of.year, **_terms_listed(unit))
    return found


@dataclass(frozen=True)
class TermLine:
    """One term target and where it stands."""

    target: TermTarget
    standing: core_terms.TermStanding

    @property
    def indicator(self) -> Any:
        return self.target.indicator

    def shown(self, value: Decimal | None, lang: str = "vi") -> str:
        """A figure of this target with its indicator's decimals and rounding."""
        if value is None:
            return ""
        indicator = self.indicator
        return format_number(
            value, indicator.decimals, Rounding(indicator.rounding), Notation.for_language(lang)
        )

    def amount_shown(self, value: Decimal, lang: str = "vi") -> str:
        """A figure with its unit of measure, as a sentence says it: "1.411.000 người", "2,1%"."""
        shown, uom = self.shown(value, lang), self.indicator.display_unit_of_measure(lang)
        return f"{shown}%" if uom == "%" else f"{shown} {uom}"

    def plan_shown(self, lang: str = "vi") -> str:
        plan = self.standing.goal.plan
        text = self.shown(plan.target, lang)
        if plan.target_high is not None:
            text += " – " + self.shown(plan.target_high, lang)
        return text

    def percent_shown(self, lang: str = "vi") -> str:
        percent = self.standing.now.percent_of_plan
        if percent is None:
            return ""
        indicator = self.indicator
        return format_percent(
            percent, indicator.percent_decimals, Rounding(indicator.rounding), Notation.for_language(lang)
        )

    def status_label(self, lang: str = "vi") -> str:
        return self.standing.status.label(lang)

    def forecast_label(self, lang: str = "vi") -> str:
        status = self.standing.forecast_status
        if status is None:
            return ""
        return status.label(lang, estimated=True)

    def year_shown(self, year: int, lang: str = "vi") -> str:
        """A year's figure; a year still open is marked with * (the page and the report say why)."""
        figure = next((f for f in self.standing.years if f.year == year), None)
        if figure is None:
            return ""
        shown = self.shown(figure.value, lang)
        return shown if figure.complete else f"{shown}*"

    def so_far_shown(self, lang: str = "vi") -> str:
        so_far = self.standing.so_far
        return self.shown(so_far.value if so_far else None, lang)

    def pace_label(self, lang: str = "vi") -> str:
        pace = self.standing.pace
        return pace.label(lang) if pace else ""


@dataclass(frozen=True)
class ProgrammeLine:
    """A programme or project with its own completion in the year asked."""

    programme: Programme
    targets: ev.StatusCounts
    work: WorkItemCounts

    @property
    def kind_label(self) -> Bilingual:
        return PROGRAMME_KINDS[self.programme.kind]


@dataclass(frozen=True)
class TermCard:
    """A term on one day: its targets, their counts and forecasts, its programmes and projects."""

    term: Term
    as_of: date
    lines: list[TermLine]
    programmes: list[ProgrammeLine]

    @property
    def span(self) -> core_terms.TermSpan:
        return self.term.span

    @property
    def year(self) -> int:
        return self.span.year_of(self.as_of)

    @property
    def over(self) -> bool:
        """The term has ended by the day asked."""
        return self.as_of.year > self.span.end

    @property
    def counts(self) -> ev.StatusCounts:
        return core_terms.count([line.standing for line in self.lines])

    @property
    def forecast_counts(self) -> ev.StatusCounts:
        return core_terms.count_forecast([line.standing for line in self.lines])

    def programme_counts(self) -> dict[str, int]:
        """ "3 đề án, 8 chương trình": programmes and projects running in the year asked."""
        return count_programmes(line.programme.kind for line in self.programmes)

    @property
    def years_begun(self) -> list[int]:
        """The years of the term begun by the day asked (a column each on the page and in the report)."""
        return [year for year in self.span.years if year <= self.as_of.year]

    @property
    def begun(self) -> bool:
        """The first year of implementation has begun by the day asked."""
        return self.as_of.year > self.span.start

    def sentences(self, lang: str = "vi") -> list[str]:
        """What a report says of the term, in the words reports use."""
        vi = language_of(lang) == "vi"
        said = [core_terms.term_sentence(self.span, self.as_of, lang)]
        if not self.begun:
            return said
        counts = self.counts
        if counts.total and self.over:
            share = share_sentence(counts, lang)
            said.append(f"Kết quả cả nhiệm kỳ: {share}" if vi else f"The whole term: {share}")
        elif counts.total:
            said.append(_so_far_sentence(counts, lang))
            forecast = self.forecast_counts
            if forecast.total - forecast.no_data:
                share = share_sentence(forecast, lang)
                said.append(
                    f"Dự báo đến cuối nhiệm kỳ: {share}"
                    if vi
                    else f"Forecast to the end of the term: {share}"
                )
        kinds = self.programme_counts()
        projects, programmes = kinds["project"], kinds["programme"]
        if projects or programmes:
            when_vi = "Trong nhiệm kỳ đã" if self.over else f"Năm {self.year}"
            when_en = "Over the term," if self.over else f"In {self.year},"
            both = programmes_said(kinds, lang)
            if vi:
                said.append(f"{when_vi} triển khai {both} thực hiện Nghị quyết")
            else:
                verb = "carried" if self.over else "carry"
                said.append(f"{when_en} {both} {verb} out the resolution")
        return said


def _so_far_sentence(counts: ev.StatusCounts, lang: str) -> str:
    """ "Đã đạt và vượt 2/9 chỉ tiêu nhiệm kỳ; 6 chỉ tiêu đang thực hiện, 1 chỉ tiêu chưa có số liệu"."""
    others = [
        (counts.in_progress, "đang thực hiện", "in progress"),
        (counts.not_met, "không đạt", "not met"),
        (counts.no_data, "chưa có số liệu", "without figures"),
        (counts.not_evaluable, "không đánh giá được", "cannot be evaluated"),
    ]
    if language_of(lang) == "vi":
        rest = ", ".join(f"{n} chỉ tiêu {vi}" for n, vi, _en in others if n)
        head = f"Đã đạt và vượt {counts.met_or_exceeded}/{counts.total} chỉ tiêu nhiệm kỳ"
    else:
        rest = ", ".join(f"{n} {en}" for n, _vi, en in others if n)
        head = f"{counts.met_or_exceeded}/{counts.total} term targets already met or exceeded"
    return f"{head}; {rest}" if rest else head


def term_card(term: Term, as_of: date | None = None) -> TermCard:
    """Every target of ``term`` judged on ``as_of`` (today by default), with its programmes."""
    known = as_of or timezone.localdate()
    span = term.span
    unit = term.unit
    targets = list(
        TermTarget.objects.filter(term=term)
        .select_related("indicator", "indicator__group", "indicator__regime")
        .prefetch_related(Prefetch("milestones", queryset=TermMilestone.objects.order_by("year")))
    )
    by_year = year_figures([t.indicator for t in targets], unit=unit, span=span, as_of=known)
    lines = []
    for target in targets:
        milestones = {m.year: m.value for m in target.milestones.all()}
        goal = target.goal(milestones)
        standing = core_terms.standing(goal, span, by_year.get(target.indicator_id, {}), known)
        lines.append(TermLine(target=target, standing=standing))
    over = known.year > span.end
    programmes = programme_lines(term, None if over else span.year_of(known), known)
    return TermCard(term=term, as_of=known, lines=lines, programmes=programmes)


def year_figures(
    indicators: list[Any], *, unit: OrgUnit, span: core_terms.TermSpan, as_of: date
) -> dict[int, dict[int, core_terms.YearFigure]]:
    """Each indicator's figure at ``unit`` in the congress year and each year of the term begun so far."""
    found: dict[int, dict[int, core_terms.YearFigure]] = defaultdict(dict)
    if not indicators:
        return found
    for year in range(span.start, min(span.end, as_of.year) + 1):
        read = figures(
            indicators, root=unit, period=core_periods.year(year), as_of=as_of, below=False, levels=0
        )
        for indicator in indicators:
            result = read.get(indicator.pk, unit.pk)
            if result is not None:
                found[indicator.pk][year] = core_terms.YearFigure(
                    year, result.value, result.kind, result.complete
                )
    return found


def programme_lines(term: Term, year: int | None, as_of: date) -> list[ProgrammeLine]:
    """The term's programmes and projects running in ``year``, each with its targets and tasks that year
    (``year`` None: all of the term's, with those of its last year)."""
    chosen = Programme.objects.filter(term=term)
    if year is not None:
        chosen = chosen.running_in(year)
    programmes = list(chosen.select_related("owner").order_by("kind", "number", "id"))
    return programme_completion(programmes, term.end_year if year is None else year, as_of)


def programme_completion(programmes: list[Programme], year: int, as_of: date) -> list[ProgrammeLine]:
    """Each programme's targets of ``year`` counted by status and its work items by completion.

    The targets of all the programmes are evaluated together, one evaluation per unit they belong to.
    """
    if not programmes:
        return []
    links = list(
        Programme.targets.through.objects.filter(programme__in=programmes, target__year=year).values_list(
            "programme_id", "target_id"
        )
    )
    evaluated = _evaluated(
        load_plans(Target.objects.filter(pk__in={target_id for _, target_id in links})), year, as_of
    )
    work: dict[int, list[WorkItemStatus]] = defaultdict(list)
    rows = Programme.work_items.through.objects.filter(programme__in=programmes, workitem__year=year)
    for programme_id, deadline, done in rows.values_list(
        "programme_id", "workitem__deadline", "workitem__completed_on"
    ):
        work[programme_id].append(work_item_status(deadline, done, as_of))
    return [
        ProgrammeLine(
            programme=programme,
            targets=ev.count_statuses(
                evaluated[target_id].evaluation
                for pid, target_id in links
                if pid == programme.pk and target_id in evaluated
            ),
            work=count_work_items(WorkItemKind.TASK, work[programme.pk]),
        )
        for programme in programmes
    ]


def _evaluated(plans: list[PlanRow], year: int, as_of: date) -> dict[int, TargetLine]:
    """Targets of any units evaluated as their scorecards evaluate them: one evaluation per unit."""
    evaluated: dict[int, TargetLine] = {}
    units = OrgUnit.objects.in_bulk({row.unit_id for row in plans})
    for unit_id, unit in units.items():
        own = [row for row in plans if row.unit_id == unit_id]
        for line in evaluate_plans(own, root=unit, year=year, as_of=as_of):
            evaluated[line.target_id] = line
    return evaluated


@dataclass(frozen=True)
class ProgrammeDetail:
    """One programme or project in a year: its targets judged, its work items and where they stand."""

    line: ProgrammeLine
    year: int
    as_of: date
    targets: list[TargetLine]
    work_items: list[tuple[WorkItem, WorkItemStatus]]


def programme_detail(
    programme: Programme, year: int, as_of: date, within: OrgUnit | None = None
) -> ProgrammeDetail:
    """What a programme carries in ``year``, each target and task as the scorecard and the work items
    page judge them; its counts are :func:`programme_completion`'s. ``within``: only the targets and
    work items of that unit's subtree (what a reader of that unit may see)."""
    chosen = programme.targets.filter(year=year)
    items = programme.work_items.filter(year=year)
    if within is not None:
        chosen = chosen.filter(unit__path__startswith=within.path)
        items = items.filter(lead_unit__path__startswith=within.path)
    plans = load_plans(chosen)
    evaluated = _evaluated(plans, year, as_of)
    targets = [evaluated[row.target_id] for row in plans if row.target_id in evaluated]
    items = list(
        programme.work_items.filter(year=year).select_related("lead_unit").order_by("deadline", "id")
    )
    work = [(item, work_item_status(item.deadline, item.completed_on, as_of)) for item in items]
    line = ProgrammeLine(
        programme=programme,
        targets=ev.count_statuses(target.evaluation for target in targets),
        work=count_work_items(WorkItemKind.TASK, [status for _, status in work]),
    )
    return ProgrammeDetail(line=line, year=year, as_of=as_of, targets=targets, work_items=work)


def programmes_running(unit: OrgUnit, year: int) -> QuerySet[Programme]:
    """The programmes and projects owned in ``unit``'s subtree running in ``year``, in report order."""
    return (
        Programme.objects.owned_within(unit)
        .running_in(year)
        .select_related("owner")
        .order_by("kind", "number", "id")
    )


def count_programmes(kinds: Iterable[str]) -> dict[str, int]:
    """ "3 đề án, 8 chương trình": how many of each kind."""
    counted = Counter(kinds)
    return {kind: counted.get(kind, 0) for kind in PROGRAMME_KINDS}


def programmes_said(counts: dict[str, int], lang: str = "vi") -> str:
    """ "3 đề án, 8 chương trình" / "3 projects and 8 programmes"."""
    projects, programmes = counts["project"], counts["programme"]
    if language_of(lang) == "vi":
        return f"{projects} đề án, {programmes} chương trình"
    return f"{counted(projects, 'project')} and {counted(programmes, 'programme')}"


def running_programmes(unit: OrgUnit, year: int) -> dict[str, int]:
    """ "3 đề án, 8 chương trình": programmes and projects owned in ``unit``'s subtree running in ``year``."""
    return count_programmes(programmes_running(unit, year).values_list("kind", flat=True))


def remaining_for(term_target: TermTarget, as_of: date) -> core_terms.TermStanding:
    """What a term target still needs, for planning the next year beside it."""
    term = term_target.term
    by_year = year_figures([term_target.indicator], unit=term.unit, span=term.span, as_of=as_of)
    milestones = {m.year: m.value for m in term_target.milestones.all()}
    return core_terms.standing(
        term_target.goal(milestones), term.span, by_year.get(term_target.indicator_id, {}), as_of
    )


def term_json(card: TermCard, lang: str = "vi") -> dict[str, Any]:
    """The term card as the API and ``chitieu term --format json`` give it."""
    return {
        "unit": card.term.unit.code,
        "term": card.span.label(),
        "resolution": resolution_json(card.term),
        "as_of": card.as_of.isoformat(),
        "year": card.year,
        "year_number": card.span.year_number(card.year),
        "years": card.span.length,
        "sentences": card.sentences(lang),
        "counts": card.counts.as_dict(),
        "forecast_counts": card.forecast_counts.as_dict(),
        "programme_counts": card.programme_counts(),
        "targets": [_line_json(line, lang) for line in card.lines],
        "programmes": [
            {
                "kind": line.programme.kind,
                "number": line.programme.number,
                "title": line.programme.title,
                "title_en": line.programme.title_en,
                "owner": line.programme.owner.code,
                "years": [line.programme.start_year, line.programme.end_year],
                "targets": line.targets.as_dict(),
                "work_items": {"total": line.work.total, "done": line.work.done},
            }
            for line in card.programmes
        ],
    }


def resolution_json(term: Term) -> dict[str, Any]:
    """The resolution that set a term, as the API and the CLI give it."""
    return {
        "name": term.resolution_name,
        "name_en": term.resolution_name_en,
        "number": term.resolution_number,
        "date": term.resolution_date.isoformat() if term.resolution_date else None,
    }


def _line_json(line: TermLine, lang: str) -> dict[str, Any]:
    standing = line.standing
    return {
        "indicator": line.indicator.code,
        "name": line.indicator.display_name(lang),
        "measure": standing.goal.measure.value,
        "target": decimal_text(standing.goal.plan.target),
        "target_high": decimal_text(standing.goal.plan.target_high),
        "years": {str(f.year): decimal_text(f.value) for f in standing.years},
        "years_missing": list(standing.years_missing),
        "so_far": decimal_text(standing.so_far.value) if standing.so_far else None,
        "percent_of_target": decimal_text(standing.now.percent_of_plan),
        "status": standing.status.value,
        "expected_by_now": decimal_text(standing.expected),
        "pace": standing.pace.value if standing.pace else None,
        "forecast": decimal_text(standing.forecast),
        "forecast_status": standing.forecast_status.value if standing.forecast_status else None,
        "forecast_method": standing.method_text.get(lang),
        "needed_per_year": decimal_text(standing.needed_per_year),
        "remaining_years": standing.remaining_years,
    }
