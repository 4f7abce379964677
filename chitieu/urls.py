"""URL routes: the web pages at "/" (reports, checks, imports too), the admin, language, the API."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("chitieu.api.urls")),
    path("", include("chitieu.web.urls")),
]
