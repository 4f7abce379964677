from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgUnitsConfig(AppConfig):
    name = "chitieu.orgunits"
    label = "orgunits"
    verbose_name = _("Organisation units")
