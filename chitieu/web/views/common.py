"""What every page shares: the reader's language, the units they may see, links that keep the page's date.

A page shows a unit's figures as of a day (``?as_of=dd/mm/yyyy``); every link it offers to more
of the same figures — breadcrumbs, drill-downs, indicator pages, reports — carries that day, so
that what a reader downloads or opens next says what the page said.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlencode

from django.core.exceptions import BadRequest
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.numbers import Notation, format_number
from chitieu.core.text import language_of
from chitieu.monitoring.scorecard import plan_shown
from chitieu.monitoring.terms import TermNotFound, choose_term
from chitieu.orgunits.models import OrgUnit, roles_held
from chitieu.planning.models import Indicator, Term


def lang_of(request: HttpRequest) -> str:
    """The page's language: ``vi`` or ``en``."""
    return language_of(getattr(request, "LANGUAGE_CODE", None) or get_language())


def visible_unit(request: HttpRequest, code: str) -> OrgUnit:
    """The unit with ``code`` if it is in the user's subtrees; 404 otherwise (it does not exist for them).

    The units above it that the user may see are kept on the request for the breadcrumbs: the
    unit and its crumbs cost two queries (the user's subtrees, the unit with those above it).
    """
    paths = _visible_paths(request)
    chain = OrgUnit.objects.chain_to(code)
    if not chain or chain[-1].code != code:
        raise Http404("no such unit")
    unit = chain[-1]
    if paths is not None and not any(unit.path.startswith(path) for path in paths):
        raise Http404("no such unit")
    request._chitieu_crumbs = (  # type: ignore[attr-defined]
        unit.pk,
        [above for above in chain if paths is None or any(above.path.startswith(p) for p in paths)],
    )
    return unit


def roles_of(request: HttpRequest) -> list[tuple[str, str]] | None:
    """The (subtree path, role) pairs of the person asking, read once per request (None: a superuser)."""
    if not hasattr(request, "_chitieu_roles"):
        request._chitieu_roles = roles_held(request.user)  # type: ignore[attr-defined]
    return request._chitieu_roles  # type: ignore[attr-defined, no-any-return]


def _visible_paths(request: HttpRequest) -> list[str] | None:
    roles = roles_of(request)
    return None if roles is None else [path for path, _role in roles]


def period_or_404(period_id: str) -> core_periods.Period:
    try:
        return core_periods.parse_period(period_id)
    except core_periods.PeriodError as error:
        raise Http404(error.message("en")) from error


class BadParameter(BadRequest):
    """A parameter of a page's address that cannot be read: the page answers 400 with ``message``
    (:func:`refused`); where no page catches it, Django answers 400 all the same."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def refused(request: HttpRequest, error: BadParameter) -> HttpResponse:
    """The page a reader sees for an address it cannot answer: what is wrong with it, status 400."""
    return render(request, "web/bad_request.html", {"message": error.message}, status=400)


def parse_day(text: str | None) -> date | None:
    """A date typed as dd/mm/yyyy (or ISO yyyy-mm-dd, as older links carry it); None if absent.

    A day that does not exist (31/02/2022) or lies outside the years 1900–2999 is refused
    (:class:`BadParameter`), never silently replaced by another.
    """
    typed = (text or "").strip()
    if not typed:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            day = datetime.strptime(typed, pattern).date()
        except ValueError:
            continue
        if core_periods.FIRST_YEAR <= day.year <= core_periods.LAST_YEAR:
            return day
    raise BadParameter(
        _("“%(text)s” is not a date: write a day that exists as dd/mm/yyyy, between %(first)s and %(last)s.")
        % {
            "text": typed[:40],
            "first": f"01/01/{core_periods.FIRST_YEAR}",
            "last": f"31/12/{core_periods.LAST_YEAR}",
        }
    )


def parse_year(text: str) -> int:
    """A year typed in a form or a link (``?year=2023``): 1900–2999, else :class:`BadParameter`."""
    typed = text.strip()
    try:
        if typed.isascii() and typed.isdigit() and len(typed) <= 4:
            return core_periods.check_year(int(typed))
    except core_periods.PeriodError:
        pass
    raise BadParameter(
        _("“%(text)s” is not a year between %(first)s and %(last)s.")
        % {"text": typed[:40], "first": core_periods.FIRST_YEAR, "last": core_periods.LAST_YEAR}
    )


def day_text(day: date) -> str:
    """A date as pages write it and links carry it: 20/06/2023."""
    return day.strftime("%d/%m/%Y")


def with_query(url: str, **params: object) -> str:
    """``url`` with a query string of the params that have a value (as_of as dd/mm/yyyy)."""
    values = {
        key: day_text(value) if isinstance(value, date) else value
        for key, value in params.items()
        if value not in (None, "")
    }
    return f"{url}?{urlencode(values, safe='/')}" if values else url


def dashboard_url(unit: OrgUnit, year: int, as_of: date | None = None) -> str:
    return with_query(reverse("web:dashboard", kwargs={"unit_code": unit.code, "year": year}), as_of=as_of)


def crumb_links(
    request: HttpRequest, unit: OrgUnit, year: int, as_of: date | None = None
) -> list[tuple[str, str]]:
    """Breadcrumbs: the visible units above this one, each linking to its dashboard for the year and day."""
    lang = lang_of(request)
    known = getattr(request, "_chitieu_crumbs", None)
    if known is not None and known[0] == unit.pk:
        chain = known[1]
    else:
        chain = list(OrgUnit.objects.visible_to(request.user).ancestors_of(unit))
    return [(above.display_name(lang), dashboard_url(above, year, as_of)) for above in chain]


def plan_text(indicator: Indicator, plan: ev.Plan, lang: str) -> str:
    """A plan as the pages show it: as reports print it, with the baseline a decrease is measured from."""
    text = plan_shown(indicator, plan, lang) or "—"
    if plan.target is not None and plan.baseline is not None and indicator.direction == ev.Direction.DECREASE:
        baseline = format_number(plan.baseline, indicator.decimals, notation=Notation.for_language(lang))
        text += f" ({_('baseline')} {baseline})"
    return text


def term_on_day(unit: OrgUnit, span: str, as_of_text: str | None, lang: str) -> tuple[Term, date]:
    """The unit's term named in an address ("2020-2025") and the day asked (``?as_of=``, else today):
    404 for a term the unit does not have, :class:`BadParameter` for a day that cannot be read."""
    as_of = parse_day(as_of_text) or timezone.localdate()
    try:
        return choose_term(unit, span, as_of), as_of
    except TermNotFound as error:
        raise Http404(error.message(lang)) from error
