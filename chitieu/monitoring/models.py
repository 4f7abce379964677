"""Kết quả thực hiện: the values units report, their history, and the approval workflow."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chitieu.core import periods as core_periods
from chitieu.core.evaluation import ValueKind
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import PERIOD_TYPE_CHOICES, Indicator


class PeriodQuerySet(models.QuerySet["Period"]):
    def for_id(self, period_id: str) -> Period:
        """The stored period for an id such as ``2022M07``, created on first use.

        Raises :class:`chitieu.core.periods.PeriodError` for an id that does not exist.
        """
        core = core_periods.parse_period(period_id)
        period, _ = self.get_or_create(
            id=core.id, defaults={"type": core.type.value, "start": core.start, "end": core.end}
        )
        return period


class Period(models.Model):
    """Kỳ báo cáo: a stored calendar period (``2022``, ``2022Q3``, ``2022M07``…)."""

    id = models.CharField(_("id"), max_length=10, primary_key=True)
    type = models.CharField(_("type"), max_length=20, choices=PERIOD_TYPE_CHOICES)
    start = models.DateField(_("start"))
    end = models.DateField(_("end (exclusive)"))
    closed = models.BooleanField(
        _("closed"), default=False, help_text=_("A closed period accepts no more changes.")
    )

    objects = PeriodQuerySet.as_manager()

    class Meta:
        verbose_name = _("period")
        verbose_name_plural = _("periods")
        ordering = ["start", "-end"]
        indexes = [models.Index(fields=["type", "start"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")),
                name="period_end_after_start",
                violation_error_message=_("A period must end after it starts."),
            )
        ]

    def __str__(self) -> str:
        return self.as_core().label(get_language() or "vi")

    def as_core(self) -> core_periods.Period:
        return core_periods.Period(
            start=self.start, end=self.end, type=core_periods.PeriodType(self.type), id=self.id
        )


KIND_BY_RANK = list(ValueKind)
KIND_CHOICES = [
    (ValueKind.ESTIMATE.rank, _("estimate")),
    (ValueKind.ACTUAL.rank, _("actual")),
    (ValueKind.PRELIMINARY.rank, _("preliminary")),
    (ValueKind.OFFICIAL.rank, _("official")),
]


class DataValue(models.Model):
    """One current value of an indicator for a unit, period and kind, with a version.

    ``kind`` stores the kind's precedence rank (0 = ước thực hiện … 3 = chính thức) so the
    database can pick the firmest figure. ``is_best`` marks the firmest non-empty value of its
    (indicator, unit, period); the services keep it true in the same transaction as every write,
    so that a scorecard is one plain GROUP BY. A cleared value keeps its row with ``value`` NULL:
    nothing is deleted.
    """

    # Their own narrow indexes stay although composite ones begin with them: without the unit's,
    # PostgreSQL's planner read a whole country's values to sum one district's (2,3 s, not 30 ms).
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="values"
    )
    unit = models.ForeignKey(OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="values")
    period = models.ForeignKey(
        Period, verbose_name=_("period"), on_delete=models.PROTECT, related_name="values"
    )
    kind = models.PositiveSmallIntegerField(
        _("value kind"), choices=KIND_CHOICES, default=ValueKind.ACTUAL.rank
    )
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4, null=True, blank=True)
    is_best = models.BooleanField(_("firmest value of its period"), default=False, editable=False)
    version = models.PositiveIntegerField(_("version"), default=1)
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("data value")
        verbose_name_plural = _("data values")
        ordering = ["period__start", "indicator__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "period", "kind"],
                name="datavalue_one_current_value",
                violation_error_message=_(
                    "There is already a value of this kind for this indicator, unit and period."
                ),
            ),
            models.CheckConstraint(
                condition=Q(version__gte=1),
                name="datavalue_version_positive",
                violation_error_message=_("The version starts at 1."),
            ),
            models.CheckConstraint(
                condition=Q(kind__gte=0, kind__lte=3),
                name="datavalue_kind_range",
                violation_error_message=_("Unknown value kind."),
            ),
            models.CheckConstraint(
                condition=Q(is_best=False) | Q(value__isnull=False),
                name="datavalue_best_has_value",
                violation_error_message=_("An empty value cannot be the figure of its period."),
            ),
        ]
        indexes = [
            models.Index(fields=["unit", "indicator", "period"], name="datavalue_cell"),
            models.Index(fields=["indicator", "period"], name="datavalue_indicator_period"),
        ]

    def __str__(self) -> str:
        kind = self.value_kind.label(get_language() or "vi")
        return f"{self.indicator.code} · {self.unit.code} · {self.period_id} · {kind}"

    @property
    def value_kind(self) -> ValueKind:
        return KIND_BY_RANK[self.kind]


class RevisionAction(models.TextChoices):
    CREATE = "create", _("created")
    UPDATE = "update", _("changed")
    CLEAR = "clear", _("cleared")


class DataValueRevision(models.Model):
    """Lịch sử: one change to a data value (who, when, old → new, why), written with the change."""

    data_value = models.ForeignKey(
        DataValue, verbose_name=_("data value"), on_delete=models.PROTECT, related_name="revisions"
    )
    version = models.PositiveIntegerField(_("version"))
    action = models.CharField(_("action"), max_length=10, choices=RevisionAction.choices)
    old_value = models.DecimalField(_("old value"), max_digits=20, decimal_places=4, null=True, blank=True)
    new_value = models.DecimalField(_("new value"), max_digits=20, decimal_places=4, null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["data_value", "version"]
        constraints = [
            models.UniqueConstraint(
                fields=["data_value", "version"],
                name="revision_one_per_version",
                violation_error_message=_("This version was already recorded."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.data_value} v{self.version}"


class SubmissionState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    APPROVED = "approved", _("approved")
    RETURNED = "returned", _("returned")


class Submission(models.Model):
    """Báo cáo kỳ: the workflow of one unit's figures for one period (nháp → đã gửi → đã duyệt)."""

    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="submissions"
    )
    period = models.ForeignKey(
        Period, verbose_name=_("period"), on_delete=models.PROTECT, related_name="submissions"
    )
    state = models.CharField(
        _("state"), max_length=20, choices=SubmissionState.choices, default=SubmissionState.DRAFT
    )
    reason = models.TextField(_("reason"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "period"],
                name="submission_one_per_unit_period",
                violation_error_message=_("This unit already has a submission for this period."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit.code} · {self.period_id} · {self.get_state_display()}"


class SubmissionEvent(models.Model):
    """One step of the workflow (submitted, approved, returned, unlocked), with its reason."""

    submission = models.ForeignKey(
        Submission, verbose_name=_("submission"), on_delete=models.PROTECT, related_name="events"
    )
    from_state = models.CharField(_("from"), max_length=20, choices=SubmissionState.choices)
    to_state = models.CharField(_("to"), max_length=20, choices=SubmissionState.choices)
    reason = models.TextField(_("reason"), blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("workflow event")
        verbose_name_plural = _("workflow events")
        ordering = ["submission", "at", "id"]

    def __str__(self) -> str:
        return f"{self.submission}: {self.get_from_state_display()} → {self.get_to_state_display()}"


class KeptFigure(models.Model):
    """Số liệu tổng hợp: a unit's figure of an indicator for a year, kept up to date on every write.

    Derived, never entered: :mod:`chitieu.monitoring.aggregates` rewrites the rows a write
    affects (the unit's and every unit above it) in the same transaction, with the same
    functions that compute a figure from the raw values, and ``chitieu aggregates verify``
    compares them with a recomputation. ``closed`` tells the year's two readings: while it is
    open (months without a value leave the figure incomplete) and once its reporting window has
    closed. ``latest`` is the latest month of any value the row depends on: the row answers for
    any day from that month on. Numbers are kept as exact decimal text (an average of averages
    has more decimals than a value column holds).
    """

    # Indexed through the unique (indicator, unit, year, closed) and the (unit, year, indicator) index.
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+", db_index=False)
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+", db_index=False)
    year = models.PositiveSmallIntegerField()
    closed = models.BooleanField()
    latest = models.PositiveSmallIntegerField()
    value = models.CharField(max_length=64, blank=True)  # "" when the unit has no figure
    kind = models.PositiveSmallIntegerField(default=0)
    complete = models.BooleanField(default=True)
    periods_counted = models.PositiveSmallIntegerField(default=0)
    last_period = models.CharField(max_length=10, blank=True)
    rolled_up = models.BooleanField(default=False)
    below_value = models.CharField(max_length=64, blank=True)  # the units below added up, "" if none
    below_kind = models.PositiveSmallIntegerField(default=0)
    below_complete = models.BooleanField(default=True)
    below_periods = models.PositiveSmallIntegerField(default=0)
    below_last_period = models.CharField(max_length=10, blank=True)
    # The verdict on the unit's target of the indicator for the year, judged on this row's figure
    # (the status's value, "no_data" without a figure); NULL when the unit has no such target.
    # Kept with the figure and with the target (its signals), so that the units below a
    # dashboard are counted by status from their kept rows, without judging each target.
    status = models.CharField(max_length=20, null=True)

    class Meta:
        verbose_name = _("kept figure")
        verbose_name_plural = _("kept figures")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "year", "closed"], name="keptfigure_one_per_cell"
            )
        ]
        indexes = [models.Index(fields=["unit", "year", "indicator"], name="keptfigure_unit_year")]

    def __str__(self) -> str:
        return f"{self.indicator_id} · {self.unit_id} · {self.year}{' ·closed' if self.closed else ''}"


class DataState(models.Model):
    """The state of the figures, in one row (id 1): whether the kept figures are built, and the version.

    ``built_at``: when ``chitieu aggregates rebuild`` (or ``migrate``, which runs it) last built
    the kept figures from every stored value; until then (and after a loader wrote values around
    the services) figures are computed from the raw values. ``version`` grows with every write
    of values, plans, units or workflow: pages cache what they compute under it, so that nothing
    is shown stale after a write. Every writer bumps it first, before taking any other lock.
    ``definitions`` grows with the writes of indicators alone.
    """

    built_at = models.DateTimeField(null=True)
    version = models.PositiveBigIntegerField(default=0)
    # grows with every write of an indicator, its group or its reporting regime (a part of
    # ``version``'s writes): what is kept of the indicators between requests is kept under it
    definitions = models.PositiveBigIntegerField(default=0)
    # the version of the verdict (chitieu.core.evaluation.VERDICT_VERSION) the kept rows' statuses
    # were judged with when they were last built: a release that judges differently rebuilds them
    judged_with = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("data state")
        verbose_name_plural = _("data state")

    def __str__(self) -> str:
        return f"v{self.version} · {self.built_at or '-'}"


class YearEstimate(models.Model):
    """Ước thực hiện cả năm entered by a person: it wins over the estimate computed from the months.

    Rows are only ever added: the latest row of an (indicator, unit, year) is the estimate in force,
    one with ``value`` NULL withdraws it, and the earlier rows are its history.
    """

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="year_estimates"
    )
    unit = models.ForeignKey(OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("estimate"), max_digits=20, decimal_places=4, null=True, blank=True)
    note = models.TextField(_("how it was estimated"), blank=True)
    entered_at = models.DateTimeField(_("entered at"), auto_now_add=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("year-end estimate")
        verbose_name_plural = _("year-end estimates")
        ordering = ["indicator", "unit", "year", "entered_at", "id"]
        indexes = [models.Index(fields=["unit", "year"])]

    def __str__(self) -> str:
        return f"{self.indicator.code} · {self.unit.code} · {self.year}"
