"""The check page: paste a report or upload a .docx, see every figure marked in place."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.orgunits.models import OrgUnit
from chitieu.verification.checks import check_report
from chitieu.verification.files import MAX_FILE_BYTES, checked_length, read_report_bytes
from chitieu.verification.html import result_context

YEARS_BACK = 10


def period_choices(this_year: int, lang: str) -> list[tuple[str, object]]:
    """The periods a report is written for, in words, by year (this year and ten before)."""
    choices: list[tuple[str, object]] = [("", "—")]
    for number in range(this_year, this_year - YEARS_BACK - 1, -1):
        periods = [
            core_periods.year(number),
            core_periods.nine_months(number),
            core_periods.half_year(number, 1),
            core_periods.half_year(number, 2),
            *core_periods.periods_of_type(number, core_periods.PeriodType.QUARTER),
        ]
        choices.append((str(number), [(p.id, p.label(lang)) for p in periods]))
    return choices


class CheckForm(forms.Form):
    text = forms.CharField(
        label=_("Text of the report"), required=False, widget=forms.Textarea(attrs={"rows": 12})
    )
    file = forms.FileField(label=_("or a .docx or .txt file"), required=False)
    unit = forms.ModelChoiceField(
        label=_("Compare with the data of"),
        queryset=OrgUnit.objects.none(),
        required=False,
        to_field_name="code",
    )
    period = forms.ChoiceField(label=_("Period"), required=False)
    as_of = forms.DateField(
        label=_("Figures as of"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        help_text=_("dd/mm/yyyy; empty: the close of the period's cut-off window, or today"),
    )

    def __init__(self, *args: object, units: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["period"].choices = period_choices(timezone.localdate().year, get_language() or "vi")  # type: ignore[attr-defined]

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        upload = cleaned.get("file")
        text = str(cleaned.get("text") or "")
        lang = get_language() or "vi"
        try:
            if upload is not None:
                text = read_report_bytes(upload.read(MAX_FILE_BYTES + 1), name=upload.name)
            elif text.strip():
                text = checked_length(text)
            else:
                raise forms.ValidationError(_("Paste the text of a report or choose a file."))
        except DomainError as error:
            raise forms.ValidationError(error.message(lang)) from error
        if cleaned.get("period") and cleaned.get("unit") is None:
            self.add_error("unit", _("Choose the unit whose data the figures are compared with."))
        cleaned["checked_text"] = text
        return cleaned


@login_required
def check_page(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST: the same form above the text with its figures marked."""
    units = OrgUnit.objects.visible_to(request.user).filter(active=True)
    posted = request.method == "POST"
    form = CheckForm(request.POST if posted else None, request.FILES if posted else None, units=units)
    context: dict[str, object] = {"form": form}
    if posted and form.is_valid():
        lang = get_language() or "vi"
        text = form.cleaned_data["checked_text"]
        unit = form.cleaned_data["unit"]
        period = form.cleaned_data["period"].strip() or None
        try:
            check = check_report(
                text, unit=unit, period_id=period if unit else None, as_of=form.cleaned_data["as_of"]
            )
        except DomainError as error:
            form.add_error("period", error.message(lang))
        else:
            context["result"] = result_context(check, lang, text=text)
    return render(request, "web/check.html", context)
