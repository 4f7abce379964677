from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckingConfig(AppConfig):
    name = "chitieu.checking"
    verbose_name = _("Report checking")
