from __future__ import annotations

from django.urls import path

from chitieu.reporting import views

app_name = "reporting"
urlpatterns = [
    path("<str:unit_code>/<str:period_id>.<str:format_name>", views.download, name="download"),
]
