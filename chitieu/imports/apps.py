from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportsConfig(AppConfig):
    name = "chitieu.imports"
    verbose_name = _("Excel templates and imports")
