"""Tìm kiếm: find a unit or an indicator by code or name, marks and case aside."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from chitieu.planning.search import search
from chitieu.web.views.common import dashboard_url, lang_of

MAX_QUERY = 100


@require_GET
@login_required
def search_page(request: HttpRequest) -> HttpResponse:
    """The header's search box: units (to their dashboard) and indicators (to their page)."""
    lang = lang_of(request)
    text = request.GET.get("q", "")[:MAX_QUERY]
    found = search(request.user, text)
    year = timezone.localdate().year
    context = {
        "q": text,
        "units": [
            (unit.code, unit.display_name(lang), dashboard_url(unit, year, None)) for unit in found.units
        ],
        "indicators": [
            (
                indicator.code,
                indicator.display_name(lang),
                unit.display_name(lang),
                planned,
                reverse("web:indicator", args=[unit.code, indicator.code, planned]),
            )
            for indicator, unit, planned in found.indicators
        ],
    }
    return render(request, "web/search.html", context)
