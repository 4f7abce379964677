from __future__ import annotations

from django.urls import path

from chitieu.checking import views

app_name = "checking"
urlpatterns = [path("", views.check_page, name="page")]
