"""The dashboard: where a unit's year stands on a day: counts, targets, work items, units below, reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape  # Django's escape, without its lazy-string check on each of 7.000 texts
from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.numbers import Notation, format_percent
from chitieu.monitoring.attention import Attention, attention
from chitieu.monitoring.scorecard import Scorecard, TargetLine, scorecard
from chitieu.monitoring.terms import running_programmes, term_of_year
from chitieu.monitoring.versions import data_version
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Target
from chitieu.rendering import chart as charts
from chitieu.rendering.renderers import RENDERERS
from chitieu.rendering.report import Chart, Series
from chitieu.web.views.common import (
    BadParameter,
    crumb_links,
    dashboard_url,
    lang_of,
    parse_day,
    parse_year,
    plan_text,
    refused,
    visible_unit,
    with_query,
)

STATUS_ORDER = [
    ev.Status.EXCEEDED,
    ev.Status.MET,
    ev.Status.NOT_MET,
    ev.Status.IN_PROGRESS,
    ev.Status.NO_DATA,
    ev.Status.NOT_EVALUABLE,
]


@dataclass(frozen=True)
class Row:
    """One target as the dashboard prints it."""

    code: str
    name: str
    unit_of_measure: str
    plan: str
    result: str
    kind: str
    percent: str
    formula: str
    status: str
    status_label: str
    pace: str
    pace_key: str
    note: str
    url: str
    sort_percent: str = ""  # % of plan as a plain number for sorting ("" when there is none)


def row_of(line: TargetLine, lang: str, url: str) -> Row:
    indicator, evaluation, result = line.indicator, line.evaluation, line.result
    note = ""
    if result is not None and not result.complete and result.last_period_id:
        note = _("year to date, up to %(period)s") % {
            "period": core_periods.parse_period(result.last_period_id).label(lang)
        }
    if evaluation.reason:
        note = ev.reason_label(evaluation.reason, lang)
    return Row(
        code=indicator.code,
        name=indicator.display_name(lang),
        unit_of_measure=indicator.display_unit_of_measure(lang),
        plan=plan_text(indicator, line.plan, lang),
        result=line.result_shown(lang) or "—",
        kind="" if result is None else result.kind.label(lang),
        percent=line.percent_shown(lang) or "—",
        formula=indicator.formula(lang),
        status=evaluation.status.value,
        status_label=evaluation.status_label(lang),
        pace="" if evaluation.pace is None else evaluation.pace.label(lang),
        pace_key="" if evaluation.pace is None else evaluation.pace.value,
        note=note,
        url=url,
        sort_percent="" if evaluation.percent_of_plan is None else str(evaluation.percent_of_plan),
    )


def rows_html(rows: list[Row]) -> SafeString:
    """The targets table's rows, written in one pass (400 rows through the template engine cost
    more than the whole scorecard). Every text is escaped as the template would escape it.

    ``data-*`` attributes let the page's script sort and filter the rows; ``data-label`` names
    each cell on a phone, where rows are laid out as cards.
    """
    labels = {
        key: escape(text)
        for key, text in (
            ("plan", _("Plan")),
            ("result", _("Result")),
            ("kind", _("Value kind")),
            ("percent", _("% of plan")),
            ("status", _("Status")),
            ("pace", _("Pace")),
        )
    }
    parts = []
    for r in rows:
        note = f'<br><small class="muted">{escape(r.note)}</small>' if r.note else ""
        pace = f'<span class="pace pace-{escape(r.pace_key)}">{escape(r.pace)}</span>' if r.pace else ""
        formula = escape(r.formula)
        parts.append(
            f'<tr data-code="{escape(r.code)}" data-status="{escape(r.status)}"'
            f' data-pace="{escape(r.pace_key)}" data-percent="{escape(r.sort_percent)}">\n'
            f'<th scope="row"><a href="{escape(r.url)}">{escape(r.code)}</a> {escape(r.name)}'
            f' <span class="muted">({escape(r.unit_of_measure)})</span></th>\n'
            f'<td class="num" data-label="{labels["plan"]}">{escape(r.plan)}</td>\n'
            f'<td class="num" data-label="{labels["result"]}">{escape(r.result)}{note}</td>\n'
            f'<td class="kind" data-label="{labels["kind"]}">{escape(r.kind)}</td>\n'
            f'<td class="num pct" data-label="{labels["percent"]}"><details><summary title="{formula}">'
            f"{escape(r.percent)}</summary><small>{formula}</small></details></td>\n"
            f'<td class="st"><span class="status status-{escape(r.status)}">'
            f"{escape(r.status_label)}</span></td>\n"
            f'<td class="pc">{pace}</td>\n</tr>\n'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def counts_row(counts: ev.StatusCounts, lang: str) -> list[tuple[str, str, int]]:
    return [(status.value, status.label(lang), getattr(counts, status.value)) for status in STATUS_ORDER]


def report_links(card: Scorecard, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The reports of what the page shows: the year, 9 and 6 months, the quarter, each as of its own day."""
    links = []
    for period in core_periods.report_periods(card.year, card.as_of):
        as_of = core_periods.default_as_of(period, card.as_of)
        label = period.label(lang) + " (" + _("figures as of %(day)s") % {"day": f"{as_of:%d/%m/%Y}"} + ")"
        files = [
            (name, with_query(_report_url(card.unit, period, name), as_of=as_of, lang=lang))
            for name in ("docx", "xlsx", "pdf", "html")
            if name in RENDERERS
        ]
        links.append((label, files))
    year = core_periods.year(card.year)
    if card.as_of < year.last_day:  # the mid-December report: the year on its year-end estimates
        label = year.label(lang) + ", " + _("year-end estimate") + " ("
        label += _("figures as of %(day)s") % {"day": f"{card.as_of:%d/%m/%Y}"} + ")"
        files = [
            (
                name,
                with_query(_report_url(card.unit, year, name), as_of=card.as_of, lang=lang, estimate="auto"),
            )
            for name in ("docx", "xlsx", "pdf", "html")
        ]
        links.append((label, files))
    return links


def _report_url(unit: OrgUnit, period: core_periods.Period, format_name: str) -> str:
    return reverse(
        "web:report", kwargs={"unit_code": unit.code, "period_id": period.id, "format_name": format_name}
    )


@require_GET
@login_required
def dashboard(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    """Where a unit's year stands: counts by status, every target, work items, children, reports."""
    unit = visible_unit(request, unit_code)
    lang = lang_of(request)
    try:
        chosen = request.GET.get("year", "")
        as_of = parse_day(request.GET.get("as_of"))
        if chosen.strip() and parse_year(chosen) != year:
            return redirect(dashboard_url(unit, parse_year(chosen), as_of))
    except BadParameter as error:
        return refused(request, error)
    # What the page shows of the data is the same for everyone who may see the unit: it is kept
    # in the cache under the data version, so it is computed again after any write.
    known = core_periods.reading_day(core_periods.year(year), as_of, timezone.localdate())
    today = timezone.localdate()
    key = f"chitieu:dashboard:{data_version()}:{unit.pk}:{year}:{known.isoformat()}:{today}:{lang}"
    shown = cache.get(key)
    if shown is None:
        shown = _shown(unit, year, known, today, lang)
        cache.set(key, shown, CACHE_SECONDS)
    context = {
        **shown,
        "unit": unit,
        "crumbs": crumb_links(request, unit, year, known),
        "entry_url": reverse("web:entry_current", kwargs={"unit_code": unit.code}),
        "can_enter": has_role(request.user, unit, [Role.REPORTER, Role.APPROVER]),
        "can_plan": has_role(request.user, unit, [Role.PLANNER]),
    }
    return render(request, "web/dashboard.html", context)


CACHE_SECONDS = 600


def _shown(unit: OrgUnit, year: int, known: date, today: date, lang: str) -> dict[str, object]:
    """Everything the dashboard shows of a unit's year on a day: plain texts and numbers, to cache."""
    card = scorecard(unit=unit, period=core_periods.year(year), as_of=known, with_children=True)
    as_of = card.as_of
    notice = attention(card, today)
    notation = Notation.for_language(lang)
    # A unit with no targets of its own (the city) is shown through the units below, added up.
    through_children = not card.lines and card.children_total.total > 0
    counts = card.children_total if through_children else card.counts
    groups = card.group_counts()
    chart = Chart(
        title=_("Targets planned and met or exceeded, by group"),
        categories=tuple(group.display_name(lang) for group, _counts in groups),
        series=(
            Series(_("Planned"), tuple(Decimal(c.total) for _g, c in groups)),
            Series(_("Met or exceeded"), tuple(Decimal(c.met_or_exceeded) for _g, c in groups)),
        ),
        unit="chỉ tiêu" if lang == "vi" else "targets",
    )
    share = counts.share_met_or_exceeded()
    url = _indicator_urls(unit, year, as_of)
    ranked_ids = [child.pk for child, _counts in notice.ranked]
    children = sorted(
        card.children,
        key=lambda pair: (
            ranked_ids.index(pair[0].pk) if pair[0].pk in ranked_ids else len(ranked_ids),
            pair[0].code,
        ),
    )
    return {
        "unit_name": unit.display_name(lang),
        "year": year,
        "as_of": as_of,
        "years": sorted(
            set(Target.objects.in_subtree(unit).years()) | {timezone.localdate().year}, reverse=True
        ),
        "counts": counts_row(counts, lang),
        "through_children": through_children,
        "headline": headline(card, through_children, as_of, lang),
        "attention": _attention_shown(notice, url, year, as_of, today, lang),
        "total": counts.total,
        "met_or_exceeded": counts.met_or_exceeded,
        "share": "—" if share is None else format_percent(share, 1, notation=notation),
        "groups": [
            (group.display_name(lang), counts_row(counts, lang), counts.total) for group, counts in groups
        ],
        "rows": rows_html([row_of(line, lang, url(line.indicator.code)) for line in card.lines]),
        "work_items": [(counts.kind.label(lang), counts) for counts in card.work_items],
        "children": [
            (
                child.display_name(lang),
                counts_row(child_counts, lang),
                child_counts.total,
                dashboard_url(child, year, as_of),
                _share_text(child_counts, notation),
            )
            for child, child_counts in children
        ],
        "children_total": (counts_row(card.children_total, lang), card.children_total.total),
        "children_share": _share_text(card.children_total, notation),
        "excel_url": with_query(_report_url(unit, core_periods.year(year), "xlsx"), as_of=as_of, lang=lang),
        "chart": mark_safe(charts.svg(chart, lang, screen=True)) if groups else "",  # noqa: S308 - built and escaped by chitieu.rendering.chart
        "sentences": card.sentences(lang),
        "reports": report_links(card, lang),
        "term": term_of_year(unit, year),  # cached with the rest: a term saved moves the data version
        "programme_counts": running_programmes(unit, year),
    }


def _indicator_urls(unit: OrgUnit, year: int, as_of: date) -> Callable[[str], str]:
    """The link to each indicator's page, with the URL pattern reversed once for all the rows."""
    marker = "__indicator__"
    pattern = reverse(
        "web:indicator", kwargs={"unit_code": unit.code, "indicator_code": marker, "year": year}
    )
    before, after = pattern.split(marker)
    query = with_query("", as_of=as_of)
    return lambda code: f"{before}{quote(code, safe='')}{after}{query}"


def _share_text(counts: ev.StatusCounts, notation: Notation) -> str:
    share = counts.share_met_or_exceeded()
    return "—" if share is None else format_percent(share, 1, notation=notation)


def headline(card: Scorecard, through_children: bool, as_of: date, lang: str) -> str:
    """The sentence the page opens with: the day, then where the year stands as the domain says it
    (:meth:`~chitieu.monitoring.scorecard.Scorecard.standing`, the API's and the report's sentence)."""
    standing = card.standing(lang)
    if not standing:
        return ""
    day = {"day": f"{as_of:%d/%m/%Y}"}
    lead = _("Units below, as of %(day)s") % day if through_children else _("As of %(day)s") % day
    return f"{lead}: {standing}."


def _attention_shown(
    notice: Attention, url: Callable[[str], str], year: int, as_of: date, today: date, lang: str
) -> dict[str, object]:
    """The "needs attention" lists as plain texts and links (cached with the rest of the page)."""

    def links(lines: list[TargetLine]) -> SafeString:
        # Written in one pass, as the rows are: a district may list a few hundred targets here.
        return mark_safe(  # noqa: S308 - every text escaped here
            "; ".join(
                f'<a href="{escape(url(line.indicator.code))}" title="{escape(name)}">'
                f"{escape(line.indicator.code)}</a> {escape(name)}"
                for line in lines
                for name in (line.indicator.display_name(lang),)
            )
        )

    return {
        "anything": notice.anything,
        "not_met_count": len(notice.not_met),
        "not_met_links": links(notice.not_met),
        "behind_count": len(notice.behind),
        "behind_links": links(notice.behind),
        "units_not_met": [
            (child.display_name(lang), counts.not_met, dashboard_url(child, year, as_of))
            for child, counts in notice.units_not_met
        ],
        "overdue": [
            (item.code, item.title, item.lead_unit.display_name(lang), f"{item.deadline:%d/%m/%Y}")
            for item in notice.overdue
        ],
        "late": [
            (
                duty.unit.display_name(lang),
                duty.period.label(lang),
                (today - duty.deadline).days,
                reverse("web:entry", kwargs={"unit_code": duty.unit.code, "period_id": duty.period.id}),
                duty.state,
            )
            for duty in notice.late
        ],
    }
