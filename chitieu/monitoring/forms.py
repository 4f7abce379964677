"""Forms that write results through :mod:`chitieu.monitoring.services`, never with a plain save."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chitieu.core.errors import DomainError
from chitieu.core.numbers import NumberFormatError, format_exact, parse_number
from chitieu.core.periods import PeriodError, parse_period
from chitieu.monitoring.models import KIND_BY_RANK, DataValue
from chitieu.monitoring.services import record_value
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

# Which form field a refusal is about, by its code; the others are shown above the form.
FIELD_OF_ERROR = {
    "bad_period": "period_id",
    "not_planned": "indicator",
    "computed": "indicator",
    "wrong_frequency": "period_id",
    "inactive": "indicator",
    "negative": "value_text",
    "yes_no": "value_text",
    "too_many_decimals": "value_text",
    "too_large": "value_text",
    "too_many_digits": "value_text",
    "not_finite": "value_text",
}


class ValueForm(forms.ModelForm):
    """Enter one value as text; saving calls :func:`record_value` with the version it was read at.

    The write happens while the form is validated, so that a refusal from the service (a stale
    version, a locked period, a value the indicator cannot take) lands on the form in the user's
    language and nothing is written. The admin's change view runs in one transaction.
    Each subclass says which cell it writes to with ``cell()`` -> (indicator, unit, period id,
    kind rank): the new-value form from its fields, the change form from the stored row.
    """

    value_text = forms.CharField(
        label=capfirst(_("value")),
        max_length=40,
        help_text=_(
            "Vietnamese notation: 1.218 is one thousand two hundred and eighteen; 2,5 is two and a half."
        ),
    )
    reason = forms.CharField(
        label=capfirst(_("reason for the change")), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    read_version = forms.IntegerField(
        label=capfirst(_("version")), widget=forms.HiddenInput, required=False, min_value=0
    )

    user: AbstractBaseUser | None = None  # the person saving; set by the admin for each request

    def clean_value_text(self) -> Decimal | None:
        text = self.cleaned_data["value_text"]
        if not text.strip():
            return None  # clears the value (only a change form allows an empty field)
        try:
            return parse_number(text, notation="vi")
        except NumberFormatError as error:
            raise forms.ValidationError(error.message(get_language())) from error

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.errors:
            return cleaned
        indicator, unit, period_id, kind = self.cell()
        try:
            self.instance = record_value(
                indicator=indicator,
                unit=unit,
                period_id=period_id,
                value=cleaned["value_text"],
                kind=KIND_BY_RANK[kind],
                expected_version=cleaned["read_version"],
                user=self.user,
                reason=cleaned["reason"],
                comment=cleaned.get("comment", ""),
            )
        except DomainError as error:
            field = FIELD_OF_ERROR.get(error.code)
            self.add_error(field if field in self.fields else None, error.message(get_language()))
        return cleaned


class NewValueForm(ValueForm):
    """A value for a cell (indicator × unit × period × kind) that may not have one yet."""

    period_id = forms.CharField(
        label=capfirst(_("period")),
        max_length=10,
        help_text=_("For example 2022M07, 2022Q3, 2022S1, 2022N9 or 2022."),
    )

    class Meta:
        model = DataValue
        fields = ["indicator", "unit", "period_id", "kind", "value_text", "reason", "comment", "read_version"]

    def clean_period_id(self) -> str:
        try:
            return parse_period(self.cleaned_data["period_id"].strip()).id
        except PeriodError as error:
            raise forms.ValidationError(error.message(get_language())) from error

    def cell(self) -> tuple[Indicator, OrgUnit, str, int]:
        data = self.cleaned_data
        return data["indicator"], data["unit"], data["period_id"], data["kind"]


class ChangedValueForm(ValueForm):
    """A new value for an existing cell; an empty value clears it (the row and its history stay)."""

    class Meta:
        model = DataValue
        fields = ["value_text", "reason", "comment", "read_version"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["value_text"].required = False
        self.fields["value_text"].help_text = _(
            "Vietnamese notation (1.218; 2,5). Leave empty to clear the value; its history stays."
        )
        self.initial.setdefault(
            "value_text", "" if self.instance.value is None else format_exact(self.instance.value)
        )
        self.initial.setdefault("read_version", self.instance.version)

    def cell(self) -> tuple[Indicator, OrgUnit, str, int]:
        value = self.instance
        return value.indicator, value.unit, value.period_id, value.kind
