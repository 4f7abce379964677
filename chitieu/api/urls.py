"""The API's routes; ``chitieu.urls`` mounts them at /api/v1/."""

from __future__ import annotations

from django.urls import path

from chitieu.api.api import api

urlpatterns = [path("", api.urls)]
