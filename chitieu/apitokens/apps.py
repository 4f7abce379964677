from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiTokensConfig(AppConfig):
    name = "chitieu.apitokens"
    label = "apitokens"
    verbose_name = _("API tokens")
