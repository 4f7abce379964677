from __future__ import annotations

from django.urls import path

from chitieu.imports import views

app_name = "imports"
urlpatterns = [
    path("", views.start, name="start"),
    path("u/<str:unit_code>/<str:period_id>/", views.upload, name="upload"),
    path("u/<str:unit_code>/<str:period_id>/template.xlsx", views.values_template, name="values_template"),
    path("u/<str:unit_code>/targets/<int:year>.xlsx", views.targets_template, name="targets_template"),
    path(
        "u/<str:unit_code>/work-items/<int:year>.xlsx", views.work_items_template, name="work_items_template"
    ),
]
