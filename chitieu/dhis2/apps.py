from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Dhis2Config(AppConfig):
    name = "chitieu.dhis2"
    label = "dhis2"
    verbose_name = _("DHIS2 exchange")
