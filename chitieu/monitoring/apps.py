from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "chitieu.monitoring"
    label = "monitoring"
    verbose_name = _("Results")

    def ready(self) -> None:
        from chitieu.monitoring import signals

        post_migrate.connect(signals.build_when_missing, sender=self)
        signals.connect_version_bumps()
