"""The web forms: a throttled login, the entry grid's cells, work items and plans."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext_lazy as _

from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import Notation, NumberFormatError, format_exact, parse_number
from chitieu.monitoring.entry import EntryRow
from chitieu.monitoring.models import KIND_BY_RANK, DataValue
from chitieu.planning.models import Indicator, WorkItem

# --- login throttling ------------------------------------------------------------------------


def _throttle_key(username: str, address: str) -> str:
    digest = hashlib.sha256(f"{username.strip().lower()}|{address}".encode()).hexdigest()
    return f"chitieu:login-failures:{digest}"


def client_address(request: HttpRequest | None) -> str:
    """The peer address (behind a proxy, the proxy's: headers a client can forge are not trusted)."""
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def is_locked_out(username: str, address: str) -> bool:
    return int(cache.get(_throttle_key(username, address), 0)) >= settings.LOGIN_MAX_FAILURES


def record_failure(username: str, address: str) -> None:
    """Count a failed login; the count (and so the lock) lasts LOGIN_LOCK_MINUTES after the last failure."""
    key = _throttle_key(username, address)
    cache.set(key, int(cache.get(key, 0)) + 1, timeout=settings.LOGIN_LOCK_MINUTES * 60)


def clear_failures(username: str, address: str) -> None:
    cache.delete(_throttle_key(username, address))


class ThrottledLoginForm(AuthenticationForm):
    """Django's login form, refusing a user name + address after too many failures."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed attempts. Try again in %(minutes)s minutes."),
    }

    def clean(self) -> dict[str, Any]:
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        if username and is_locked_out(username, address):
            raise forms.ValidationError(
                self.error_messages["locked"], code="locked", params={"minutes": settings.LOGIN_LOCK_MINUTES}
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username:
                record_failure(username, address)
            raise
        clear_failures(username, address)
        return cleaned


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


def read_cell(cell: EntryCell, data: QueryDict, lang: str) -> EntryCell:
    """Fill a stored cell with what the form sent: the text, the kind and the versions read."""
    pk = cell.indicator.pk
    cell.text = data.get(f"v{pk}", "")
    try:
        cell.kind = int(data.get(f"k{pk}", cell.original_kind))
        KIND_BY_RANK[cell.kind]
    except (ValueError, IndexError):
        cell.kind = cell.original_kind
    original = data.get(f"o{pk}", "")
    try:
        cell.original = Decimal(original) if original else None
        cell.original_kind = int(data.get(f"ok{pk}", cell.original_kind))
    except (ArithmeticError, ValueError):
        pass
    versions = {}
    for rank in range(len(KIND_BY_RANK)):
        raw = data.get(f"ver{pk}_{rank}")
        if raw and raw.isdigit():
            versions[rank] = int(raw)
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
        return self.cleaned_data["completed_on"]


class WorkItemFilter(forms.Form):
    """The register's filters: kind, unit, year and overdue only."""

    kind = forms.ChoiceField(label=_("kind"), required=False)
    unit = forms.CharField(label=_("unit code"), required=False)
    year = forms.IntegerField(label=_("year"), required=False, min_value=1900, max_value=2999)
    overdue = forms.BooleanField(label=_("overdue only"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("all kinds")), *WorkItem._meta.get_field("kind").choices]
