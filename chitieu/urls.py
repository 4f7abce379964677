"""URL routes: the web pages at "/", the admin, the language switch, report downloads and the API."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("reports/", include("chitieu.reporting.urls")),
    path("api/v1/", include("chitieu.api.urls")),
    path("check/", include("chitieu.checking.urls")),
    path("imports/", include("chitieu.imports.urls")),
    path("", include("chitieu.web.urls")),
]
