"""Logging in, and the page a user lands on: their top unit's dashboard."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Target


class LoginView(auth_views.LoginView):
    """Django's login; failures are throttled by django-axes (see LOGIN_MAX_FAILURES in settings)."""

    template_name = "web/login.html"
    redirect_authenticated_user = True


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The user's top unit, in the latest year it has plans for (this year at most)."""
    unit = OrgUnit.objects.home_of(request.user)
    if unit is None:
        return render(request, "web/no_units.html", status=403)
    this_year = timezone.localdate().year
    planned = [year for year in Target.objects.in_subtree(unit).years() if year <= this_year]
    return redirect("web:dashboard", unit_code=unit.code, year=max(planned, default=this_year))


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    """What a locked-out login answers, on the login page and the admin's: 429, in the user's language."""
    return render(request, "web/locked_out.html", {"minutes": settings.LOGIN_LOCK_MINUTES}, status=429)
