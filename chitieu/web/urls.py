"""The web pages' routes (namespace ``web``)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path, register_converter

from chitieu.core import periods as core_periods
from chitieu.web.views import (
    check,
    dashboard,
    entry,
    estimates,
    home,
    imports,
    indicator,
    my_work,
    planning,
    reports,
    search,
    terms,
    work_items,
)


class YearConverter:
    """A year in an address: four digits within the years plans and figures can have (1900–2999).

    Any other year matches no page (404) rather than reaching a view that cannot compute it.
    """

    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        try:
            return core_periods.check_year(int(value))
        except core_periods.PeriodError as error:
            raise ValueError(str(error)) from error  # Django: this address matches no page

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(YearConverter, "year")

app_name = "web"
urlpatterns = [
    path("", home.home, name="home"),
    path("login/", home.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("my-work/", my_work.my_work, name="my_work"),
    path("work-items/", work_items.work_items, name="work_items"),
    path("work-items/<int:pk>/", work_items.work_item_edit, name="work_item_edit"),
    path("u/<str:unit_code>/<year:year>/", dashboard.dashboard, name="dashboard"),
    path("u/<str:unit_code>/plan/<year:year>/", planning.planning, name="planning"),
    path("u/<str:unit_code>/entry/", entry.entry_current, name="entry_current"),
    path("u/<str:unit_code>/entry/<str:period_id>/", entry.entry, name="entry"),
    path("u/<str:unit_code>/entry/<str:period_id>/check/", entry.check_number, name="check_number"),
    path(
        "u/<str:unit_code>/indicators/<str:indicator_code>/<year:year>/",
        indicator.indicator_page,
        name="indicator",
    ),
    path(
        "u/<str:unit_code>/indicators/<str:indicator_code>/<year:year>/units/",
        indicator.indicator_units,
        name="indicator_units",
    ),
    path("u/<str:unit_code>/terms/", terms.terms, name="terms"),
    path("u/<str:unit_code>/term/<str:span>/", terms.term_page, name="term"),
    path("u/<str:unit_code>/programmes/<int:year>/", terms.programmes, name="programmes"),
    path("u/<str:unit_code>/estimates/<int:year>/", estimates.estimates, name="estimates"),
    path("u/<str:unit_code>/programme/<int:pk>/", terms.programme_page, name="programme"),
    path("reports/<str:unit_code>/<str:period_id>.<str:format_name>", reports.report, name="report"),
    path(
        "u/<str:unit_code>/term/<str:span>/review/<str:stage>.<str:format_name>",
        reports.term_report,
        name="term_report",
    ),
    path("check/", check.check_page, name="check"),
    path("search/", search.search_page, name="search"),
    path("imports/", imports.start, name="import_start"),
    path("imports/u/<str:unit_code>/<str:period_id>/", imports.upload, name="import_values"),
    path("imports/u/<str:unit_code>/<str:period_id>/job/<str:ticket>/", imports.job, name="import_job"),
    path(
        "imports/u/<str:unit_code>/<str:period_id>/template.xlsx",
        imports.values_template,
        name="values_template",
    ),
    path(
        "imports/u/<str:unit_code>/targets/<year:year>.xlsx",
        imports.targets_template,
        name="targets_template",
    ),
    path(
        "imports/u/<str:unit_code>/work-items/<year:year>.xlsx",
        imports.work_items_template,
        name="work_items_template",
    ),
]
