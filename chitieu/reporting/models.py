"""Per-unit settings of the official report: agency names, number prefix, signer, recipients."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.orgunits.models import OrgUnit


class Authority(models.TextChoices):
    HEAD = "", _("the head signs")
    ON_BEHALF = "KT.", _("KT. (signs for the head)")
    FOR_COLLECTIVE = "TM.", _("TM. (signs for the collective)")
    BY_ORDER = "TL.", _("TL. (signs by order)")


class ReportSettings(models.Model):
    """How a unit's reports are headed and signed (Decree 30/2020/NĐ-CP)."""

    unit = models.OneToOneField(
        OrgUnit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="report_settings"
    )
    governing_body = models.CharField(
        _("governing body"), max_length=255, blank=True, help_text=_("e.g. UBND THÀNH PHỐ HỒ CHÍ MINH")
    )
    agency = models.CharField(
        _("agency"), max_length=255, blank=True, help_text=_("e.g. SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    )
    governing_body_en = models.CharField(_("governing body (English)"), max_length=255, blank=True)
    agency_en = models.CharField(_("agency (English)"), max_length=255, blank=True)
    number_prefix = models.CharField(
        _("document number suffix"),
        max_length=40,
        blank=True,
        help_text=_("e.g. SLĐTBXH, for Số: …/BC-SLĐTBXH"),
    )
    place = models.CharField(_("place in the date line"), max_length=120, blank=True)
    place_en = models.CharField(_("place in the date line (English)"), max_length=120, blank=True)
    signer_name = models.CharField(_("signer"), max_length=255, blank=True)
    signer_position = models.CharField(_("signer's position"), max_length=255, blank=True)
    authority = models.CharField(_("signing authority"), max_length=4, choices=Authority.choices, blank=True)
    head_position = models.CharField(
        _("head's position"), max_length=255, blank=True, help_text=_("Printed after KT./TM., e.g. GIÁM ĐỐC")
    )
    recipients = models.TextField(
        _("recipients"), blank=True, help_text=_("One per line; 'Lưu: VT, …' is added at the end.")
    )
    archive = models.CharField(
        _("archive line"), max_length=120, default="VT", help_text=_("After 'Lưu:', e.g. VT, VP")
    )

    class Meta:
        verbose_name = _("report settings")
        verbose_name_plural = _("report settings")

    def __str__(self) -> str:
        return str(self.unit)
