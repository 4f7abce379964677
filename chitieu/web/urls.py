"""The web pages' routes (namespace ``web``)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from chitieu.web.views import (
    check,
    dashboard,
    entry,
    home,
    imports,
    indicator,
    my_work,
    planning,
    reports,
    work_items,
)

app_name = "web"
urlpatterns = [
    path("", home.home, name="home"),
    path("login/", home.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("my-work/", my_work.my_work, name="my_work"),
    path("work-items/", work_items.work_items, name="work_items"),
    path("work-items/<int:pk>/", work_items.work_item_edit, name="work_item_edit"),
    path("u/<str:unit_code>/<int:year>/", dashboard.dashboard, name="dashboard"),
    path("u/<str:unit_code>/plan/<int:year>/", planning.planning, name="planning"),
    path("u/<str:unit_code>/entry/", entry.entry_current, name="entry_current"),
    path("u/<str:unit_code>/entry/<str:period_id>/", entry.entry, name="entry"),
    path("u/<str:unit_code>/entry/<str:period_id>/check/", entry.check_number, name="check_number"),
    path(
        "u/<str:unit_code>/indicators/<str:indicator_code>/<int:year>/",
        indicator.indicator_page,
        name="indicator",
    ),
    path("reports/<str:unit_code>/<str:period_id>.<str:format_name>", reports.report, name="report"),
    path("check/", check.check_page, name="check"),
    path("imports/", imports.start, name="import_start"),
    path("imports/u/<str:unit_code>/<str:period_id>/", imports.upload, name="import_values"),
    path(
        "imports/u/<str:unit_code>/<str:period_id>/template.xlsx",
        imports.values_template,
        name="values_template",
    ),
    path(
        "imports/u/<str:unit_code>/targets/<int:year>.xlsx", imports.targets_template, name="targets_template"
    ),
    path(
        "imports/u/<str:unit_code>/work-items/<int:year>.xlsx",
        imports.work_items_template,
        name="work_items_template",
    ),
]
