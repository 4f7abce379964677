from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import path

from chitieu.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("my-work/", views.my_work, name="my_work"),
    path("work-items/", views.work_items, name="work_items"),
    path("work-items/<int:pk>/", views.work_item_edit, name="work_item_edit"),
    path("u/<str:unit_code>/<int:year>/", views.dashboard, name="dashboard"),
    path("u/<str:unit_code>/plan/<int:year>/", views.planning, name="planning"),
    path("u/<str:unit_code>/entry/", views.entry_current, name="entry_current"),
    path("u/<str:unit_code>/entry/<str:period_id>/", views.entry, name="entry"),
    path("u/<str:unit_code>/entry/<str:period_id>/check/", views.check_number, name="check_number"),
    path(
        "u/<str:unit_code>/indicators/<str:indicator_code>/<int:year>/",
        views.indicator_page,
        name="indicator",
    ),
]
