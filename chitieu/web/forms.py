"""The web forms: the entry grid's cells, work items and plans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import Notation, NumberFormatError, format_exact, parse_number
from chitieu.core.periods import FIRST_YEAR, LAST_YEAR
from chitieu.monitoring.entry import EntryRow
from chitieu.monitoring.models import KIND_BY_RANK, DataValue
from chitieu.planning.models import Indicator, WorkItem

# --- the entry grid --------------------------------------------------------------------------

KIND_CHOICES = [(kind.rank, kind) for kind in ValueKind]


@dataclass
class EntryCell:
    """One indicator's line of the grid: what is stored, what was typed, and what to say about it."""

    row: EntryRow
    text: str = ""
    kind: int = ValueKind.ACTUAL.rank
    original: Decimal | None = None
    original_kind: int = ValueKind.ACTUAL.rank
    versions: dict[int, int] = field(default_factory=dict)
    value: Decimal | None = None
    error: str = ""
    conflict: str = ""  # someone else's value, when they saved first
    warning: str = ""  # a value that may be a slip (chitieu.monitoring.plausibility), to confirm

    @property
    def indicator(self) -> Indicator:
        return self.row.indicator

    @property
    def locked(self) -> bool:
        """This person cannot write this figure now (see ``row.refusal`` for why)."""
        return self.row.refusal is not None

    @property
    def changed(self) -> bool:
        return self.value != self.original or self.kind != self.original_kind

    @property
    def expected_version(self) -> int | None:
        return self.versions.get(self.kind)

    @property
    def shown_row(self) -> DataValue | None:
        return self.row.stored.get(self.original_kind)

    def kind_choices(self, lang: str) -> list[tuple[int, str]]:
        return [(kind.rank, kind.label(lang)) for kind in ValueKind]


def stored_cell(row: EntryRow) -> EntryCell:
    """A cell as stored: the kind and value a reader sees (:attr:`EntryRow.shown`)."""
    kind, value = row.kind.rank, row.value
    return EntryCell(
        row=row,
        text=format_exact(value) if value is not None else "",
        kind=kind,
        original=value,
        original_kind=kind,
        versions={rank: stored.version for rank, stored in row.stored.items()},
        value=value,
    )


def read_number(text: str) -> Decimal | None:
    """A typed number: Vietnamese notation first (1.218; 2,5), English where unambiguous; '' clears."""
    if not text.strip():
        return None
    return parse_number(text, Notation.VI)


MAX_WHOLE = 2**31 - 1  # ids, versions and kinds a form sends back are below this: the databases' integer


def whole_number(text: str | None, maximum: int = MAX_WHOLE) -> int | None:
    """A whole number sent back by a form or a link (ASCII digits, at most ``maximum``); None otherwise.

    ``"²".isdigit()`` is true and ``int()`` reads Arabic or Thai digits: only 0-9 are taken.
    """
    typed = (text or "").strip()
    if not typed.isascii() or not typed.isdigit() or len(typed) > len(str(maximum)):
        return None
    number = int(typed)
    return number if number <= maximum else None


# str() of a stored value, as the page wrote it in the grid's hidden field
_STORED_NUMBER = re.compile(r"^-?[0-9]{1,20}(\.[0-9]{1,20})?$")


def read_cell(cell: EntryCell, data: QueryDict, lang: str) -> EntryCell:
    """Fill a stored cell with what the form sent: the text, the kind and the versions read.

    The hidden fields (what the page showed, the versions read) come back from the browser: one
    that is not what the page wrote is ignored, and the stored one kept.
    """
    pk = cell.indicator.pk
    ranks = range(len(KIND_BY_RANK))
    cell.text = data.get(f"v{pk}", "")
    kind = whole_number(data.get(f"k{pk}"))
    cell.kind = kind if kind in ranks else cell.original_kind
    original = data.get(f"o{pk}", "").strip()
    if not original:
        cell.original = None
    elif _STORED_NUMBER.match(original):
        cell.original = Decimal(original)
    original_kind = whole_number(data.get(f"ok{pk}"))
    if original_kind in ranks:
        cell.original_kind = original_kind
    versions = {}
    for rank in ranks:
        version = whole_number(data.get(f"ver{pk}_{rank}"))
        if version is not None:
            versions[rank] = version
    cell.versions = versions
    try:
        cell.value = read_number(cell.text)
    except NumberFormatError as error:
        cell.error = error.message(lang)
    return cell


# --- work items and plans --------------------------------------------------------------------


class WorkItemForm(forms.ModelForm):
    """Where a work item stands: its completion date (the status follows from it) and its result."""

    completed_on = forms.DateField(
        label=_("completed on"), required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )

    class Meta:
        model = WorkItem
        fields = ["completed_on", "result_note"]
        widgets = {"result_note": forms.Textarea(attrs={"rows": 2})}

    def clean_completed_on(self) -> date | None:
        day: date | None = self.cleaned_data["completed_on"]
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("The date must be between %(first)s and %(last)s."),
                params={"first": f"01/01/{FIRST_YEAR}", "last": f"31/12/{LAST_YEAR}"},
            )
        return day


class WorkItemFilter(forms.Form):
    """The register's filters: kind, unit, year and overdue only."""

    kind = forms.ChoiceField(label=_("kind"), required=False)
    unit = forms.CharField(label=_("unit code"), required=False)
    year = forms.IntegerField(label=_("year"), required=False, min_value=1900, max_value=2999)
    overdue = forms.BooleanField(label=_("overdue only"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("all kinds")), *WorkItem._meta.get_field("kind").choices]
