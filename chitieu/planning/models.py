"""Kế hoạch: indicators, their groups, the targets given to units, work items, regimes."""

from __future__ import annotations

from decimal import Decimal
from operator import attrgetter

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core import terms as core_terms
from chitieu.core.numbers import NumberLimitError, Rounding, check_storable
from chitieu.core.text import language_of
from chitieu.core.workitems import WorkItemKind
from chitieu.orgunits.models import OrgUnit


def _choices(enum: type, labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(member.value, labels[member.value]) for member in enum]  # type: ignore[attr-defined]


DIRECTION_CHOICES = _choices(
    ev.Direction,
    {
        "increase": _("Increase (reach a level)"),
        "decrease": _("Decrease (come down from a baseline)"),
        "at_least": _("At least (keep at or above)"),
        "at_most": _("At most (keep at or below)"),
        "between": _("Between (stay inside a band)"),
        "yes_no": _("Yes / no"),
    },
)
TIME_AGGREGATION_CHOICES = _choices(
    ev.TimeAggregation,
    {
        "sum": _("Sum (flow)"),
        "last": _("Last value (stock)"),
        "average": _("Average"),
        "max": _("Maximum"),
        "min": _("Minimum"),
    },
)
UNIT_AGGREGATION_CHOICES = _choices(
    ev.UnitAggregation,
    {
        "sum": _("Sum of child units"),
        "average": _("Average of child units"),
        "ratio": _("Ratio of summed numerator and denominator"),
        "none": _("No roll-up"),
    },
)
AT_MOST_CHOICES = _choices(
    ev.AtMostFormula, {"inverse": _("target / actual"), "complement": _("2 − actual / target")}
)
ROUNDING_CHOICES = _choices(Rounding, {"half_up": _("Round half up"), "truncate": _("Truncate")})
PERIOD_TYPE_CHOICES = _choices(
    core_periods.PeriodType,
    {
        "month": _("Month"),
        "quarter": _("Quarter"),
        "half_year": _("6 months"),
        "nine_months": _("9 months"),
        "year": _("Year"),
    },
)
WORK_ITEM_KIND_CHOICES = _choices(
    WorkItemKind,
    {
        "program": _("Work programme"),
        "task": _("Task"),
        "submission": _("Submission to the People's Committee"),
        "scheme": _("Scheme"),
        "resolution": _("Resolution"),
    },
)


class ReportingRegime(models.Model):
    """Chế độ báo cáo: the cut-off day of the month and how long after it reports are due."""

    code = models.CharField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=255)
    cutoff_day = models.PositiveSmallIntegerField(
        _("cut-off day"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_(
            "15 = Decree 09/2019: from the 15th of the previous month to the 14th. 1 = calendar months."
        ),
    )
    deadline_days = models.PositiveSmallIntegerField(
        _("days to deadline"), default=5, help_text=_("Days after the cut-off window closes.")
    )

    class Meta:
        verbose_name = _("reporting regime")
        verbose_name_plural = _("reporting regimes")
        constraints = [
            models.CheckConstraint(
                condition=Q(cutoff_day__gte=1, cutoff_day__lte=28),
                name="regime_cutoff_day_range",
                violation_error_message=_("The cut-off day must be between 1 and 28."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def as_core(self) -> core_periods.ReportingRegime:
        return core_periods.ReportingRegime(
            code=self.code, cutoff_day=self.cutoff_day, deadline_days=self.deadline_days
        )

    @staticmethod
    def of(regime: ReportingRegime | None) -> core_periods.ReportingRegime:
        """The rules of a stored regime; Decree 09/2019/NĐ-CP when none is named (the national default)."""
        return regime.as_core() if regime is not None else core_periods.DECREE_09


class IndicatorGroup(models.Model):
    """Nhóm chỉ tiêu: KT-XH, xây dựng Đảng, chuyên môn…"""

    code = models.CharField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=255)
    name_en = models.CharField(_("English name"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("indicator group")
        verbose_name_plural = _("indicator groups")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name

    def display_name(self, lang: str = "vi") -> str:
        return self.name_en if language_of(lang) == "en" and self.name_en else self.name


# The fields an indicator's evaluation rule (Indicator.rule) is made of.
RULE_FIELDS = (
    "direction",
    "time_aggregation",
    "unit_aggregation",
    "tolerance",
    "at_most_formula",
    "unit_of_measure",
)
_rule_key = attrgetter(*RULE_FIELDS)


class Indicator(models.Model):
    """Chỉ tiêu: what is measured, how it adds up, and which way is good."""

    code = models.CharField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=500)
    name_en = models.CharField(_("English name"), max_length=500, blank=True)
    group = models.ForeignKey(
        IndicatorGroup, verbose_name=_("group"), on_delete=models.PROTECT, related_name="indicators"
    )
    unit_of_measure = models.CharField(
        _("unit of measure"), max_length=40, help_text=_("người, hộ, %, tỷ đồng…")
    )
    unit_of_measure_en = models.CharField(_("unit of measure (English)"), max_length=40, blank=True)
    direction = models.CharField(_("direction"), max_length=20, choices=DIRECTION_CHOICES, default="increase")
    time_aggregation = models.CharField(
        _("aggregation over time"), max_length=20, choices=TIME_AGGREGATION_CHOICES, default="sum"
    )
    unit_aggregation = models.CharField(
        _("aggregation over units"), max_length=20, choices=UNIT_AGGREGATION_CHOICES, default="sum"
    )
    numerator = models.ForeignKey(
        "self", verbose_name=_("numerator"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    denominator = models.ForeignKey(
        "self",
        verbose_name=_("denominator"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    ratio_scale = models.DecimalField(_("ratio scale"), max_digits=12, decimal_places=2, default=Decimal(100))
    at_most_formula = models.CharField(
        _("formula for at-most targets"), max_length=20, choices=AT_MOST_CHOICES, default="inverse"
    )
    decimals = models.PositiveSmallIntegerField(
        _("decimals shown"), default=0, validators=[MaxValueValidator(4)]
    )
    percent_decimals = models.PositiveSmallIntegerField(
        # xgettext:no-python-format
        _("decimals of % of plan"),
        default=2,
        validators=[MaxValueValidator(4)],
    )
    rounding = models.CharField(_("rounding"), max_length=20, choices=ROUNDING_CHOICES, default="half_up")
    tolerance = models.DecimalField(
        # xgettext:no-python-format
        _("tolerance (points of % of plan)"),
        max_digits=6,
        decimal_places=2,
        default=Decimal(0),
        validators=[MinValueValidator(Decimal(0))],
        # xgettext:no-python-format
        help_text=_("Results this many points below 100% of plan still count as met."),
    )
    allow_negative = models.BooleanField(_("negative values allowed"), default=False)
    period_type = models.CharField(
        _("reporting frequency"), max_length=20, choices=PERIOD_TYPE_CHOICES, default="month"
    )
    regime = models.ForeignKey(
        ReportingRegime, verbose_name=_("reporting regime"), on_delete=models.PROTECT, null=True, blank=True
    )
    definition = models.TextField(_("definition"), blank=True)
    calculation_method = models.TextField(_("calculation method"), blank=True)
    data_source = models.TextField(_("data source"), blank=True)
    responsible_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("responsible unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["group__order", "order", "code"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(unit_aggregation="ratio", numerator__isnull=False, denominator__isnull=False)
                    | (~Q(unit_aggregation="ratio") & Q(numerator__isnull=True, denominator__isnull=True))
                ),
                name="indicator_ratio_components",
                violation_error_message=_(
                    "A ratio indicator needs a numerator and a denominator; other indicators have neither."
                ),
            ),
            models.CheckConstraint(
                condition=Q(decimals__lte=4, percent_decimals__lte=4),
                name="indicator_decimals_range",
                violation_error_message=_("At most 4 decimals."),
            ),
            models.CheckConstraint(
                condition=Q(tolerance__gte=0),
                name="indicator_tolerance_not_negative",
                violation_error_message=_("The tolerance cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"

    def display_name(self, lang: str = "vi") -> str:
        return self.name_en if language_of(lang) == "en" and self.name_en else self.name

    @property
    def reporting_regime(self) -> core_periods.ReportingRegime:
        """Chế độ báo cáo: the indicator's own regime, or Decree 09/2019 by default."""
        return ReportingRegime.of(self.regime if self.regime_id is not None else None)

    def display_unit_of_measure(self, lang: str = "vi") -> str:
        """The unit of measure in ``lang`` (the Vietnamese one when no English one is given)."""
        return (
            self.unit_of_measure_en
            if language_of(lang) == "en" and self.unit_of_measure_en
            else self.unit_of_measure
        )

    @property
    def is_rate(self) -> bool:
        """A rate (unit of measure %): compared with its target also in percentage points."""
        return self.unit_of_measure.strip() == "%"

    def rule(self) -> ev.Rule:
        """The evaluation metadata as the core needs it (made once per state of the fields)."""
        key = _rule_key(self)
        made = self.__dict__.get("_rule")
        if made is None or made[0] != key:
            rule = ev.Rule(
                direction=ev.Direction(self.direction),
                time_aggregation=ev.TimeAggregation(self.time_aggregation),
                unit_aggregation=ev.UnitAggregation(self.unit_aggregation),
                tolerance=self.tolerance,
                at_most_formula=ev.AtMostFormula(self.at_most_formula),
                is_rate=self.is_rate,
            )
            made = (key, rule)
            self.__dict__["_rule"] = made
        return made[1]

    def formula(self, lang: str = "vi") -> str:
        return self.rule().formula(lang)


class TargetQuerySet(models.QuerySet["Target"]):
    def for_year(self, year: int) -> TargetQuerySet:
        return self.filter(year=year)

    def in_subtree(self, unit: OrgUnit) -> TargetQuerySet:
        return self.filter(unit_id__in=OrgUnit.objects.filter(path__startswith=unit.path).values("pk"))

    def years(self) -> list[int]:
        """The years these targets are for, latest first (without the model's ordering, which would
        make DISTINCT read every target)."""
        return list(self.order_by("-year").values_list("year", flat=True).distinct())


class Target(models.Model):
    """Chỉ tiêu giao: the plan of one indicator for one unit and year."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="targets"
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="targets"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    target = models.DecimalField(_("target"), max_digits=20, decimal_places=4, null=True, blank=True)
    target_high = models.DecimalField(
        _("upper bound"),
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("For 'between' targets."),
    )
    baseline = models.DecimalField(
        _("baseline"),
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("Required for 'decrease' targets."),
    )
    note = models.TextField(_("note"), blank=True)
    term_target = models.ForeignKey(
        "TermTarget",
        verbose_name=_("term target"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="year_targets",
        help_text=_("The term target this year's target is a step toward."),
    )

    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["year", "unit__path", "indicator__group__order", "indicator__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "year"],
                name="target_unique_per_year",
                violation_error_message=_("This unit already has a target for this indicator and year."),
            ),
            models.CheckConstraint(
                condition=Q(target_high__isnull=True)
                | Q(target__isnull=True)
                | Q(target_high__gte=F("target")),
                name="target_band_ordered",
                violation_error_message=_("The upper bound must not be below the target."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} · {self.unit.code} · {self.year}"

    @classmethod
    def check_numbers(cls, *numbers: Decimal | None) -> None:
        """Refuse a target, bound or baseline that could not be stored exactly (:func:`check_storable`)."""
        places = cls._meta.get_field("target").decimal_places  # type: ignore[union-attr]
        for number in numbers:
            if number is not None:
                check_storable(number, decimals=places)

    def clean(self) -> None:
        """Refuse a plan its indicator could never evaluate (see ``chitieu.core.evaluation.check_plan``)."""
        try:
            self.check_numbers(self.target, self.target_high, self.baseline)
        except NumberLimitError as error:
            raise ValidationError(error.message(get_language() or "vi"), code=error.code) from error
        if self.indicator_id is None:
            return
        try:
            ev.check_plan(
                self.indicator.rule(), self.plan(), self.indicator.code, self.indicator.allow_negative
            )
        except ev.PlanError as error:
            raise ValidationError(error.message(get_language() or "vi"), code=error.code) from error

    def plan(self, milestones: tuple[tuple[core_periods.Period, Decimal], ...] = ()) -> ev.Plan:
        return ev.Plan(
            target=self.target, target_high=self.target_high, baseline=self.baseline, milestones=milestones
        )


class Assignment(models.Model):
    """Phân công báo cáo: a unit reports an indicator in a year without a target of its own.

    Its figures roll up into the targets of the units above it: a ward that reports the jobs its
    district is given, a division that reports a figure of the department's target.
    """

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="assignments"
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="assignments"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("reporting assignment")
        verbose_name_plural = _("reporting assignments")
        ordering = ["year", "unit__path", "indicator__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "year"],
                name="assignment_unique_per_year",
                violation_error_message=_("This unit is already assigned this indicator for this year."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} · {self.unit.code} · {self.year}"


class TargetMilestone(models.Model):
    """Mốc tiến độ: the cumulative value expected by the end of a period (e.g. 50% by 2023S1)."""

    target = models.ForeignKey(
        Target, verbose_name=_("target"), on_delete=models.CASCADE, related_name="milestones"
    )
    period_id = models.CharField(_("period"), max_length=10)
    value = models.DecimalField(_("expected value"), max_digits=20, decimal_places=4)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.UniqueConstraint(
                fields=["target", "period_id"],
                name="milestone_unique_period",
                violation_error_message=_("This target already has a milestone for this period."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.target} @ {self.period_id}"


class WorkItemQuerySet(models.QuerySet["WorkItem"]):
    def for_year(self, year: int) -> WorkItemQuerySet:
        return self.filter(year=year)

    def led_by(self, unit: OrgUnit) -> WorkItemQuerySet:
        return self.filter(lead_unit=unit)


class WorkItem(models.Model):
    """Chương trình công tác, nhiệm vụ, nội dung trình, đề án: registered work with a deadline."""

    kind = models.CharField(_("kind"), max_length=20, choices=WORK_ITEM_KIND_CHOICES)
    code = models.CharField(_("code"), max_length=40, blank=True)
    title = models.CharField(_("title"), max_length=1000)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    lead_unit = models.ForeignKey(
        OrgUnit, verbose_name=_("lead unit"), on_delete=models.PROTECT, related_name="led_work_items"
    )
    supporting_units = models.ManyToManyField(
        OrgUnit, verbose_name=_("supporting units"), blank=True, related_name="supported_work_items"
    )
    source_document = models.CharField(_("source document number"), max_length=120, blank=True)
    source_date = models.DateField(_("source document date"), null=True, blank=True)
    submitted_to = models.CharField(_("submitted to"), max_length=255, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    result_note = models.TextField(_("result"), blank=True)

    objects = WorkItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("work item")
        verbose_name_plural = _("work items")
        ordering = ["year", "kind", "deadline", "id"]
        indexes = [models.Index(fields=["lead_unit", "year"])]

    def __str__(self) -> str:
        return self.title


class WorkItemRevision(models.Model):
    """Lịch sử: one change to a work item's completion or result (who, when, old → new, why)."""

    work_item = models.ForeignKey(
        WorkItem, verbose_name=_("work item"), on_delete=models.PROTECT, related_name="revisions"
    )
    old_completed_on = models.DateField(_("completed on before"), null=True, blank=True)
    new_completed_on = models.DateField(_("completed on after"), null=True, blank=True)
    old_result = models.TextField(_("result before"), blank=True)
    new_result = models.TextField(_("result after"), blank=True)
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
        verbose_name = _("work item revision")
        verbose_name_plural = _("work item revisions")
        ordering = ["work_item", "changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.work_item} @ {self.changed_at:%d/%m/%Y %H:%M}"


TERM_MEASURE_CHOICES = _choices(
    core_terms.TermMeasure,
    {"end": _("Level at the end of the term"), "cumulative": _("Total over the term's years")},
)
PROGRAMME_KIND_CHOICES = [("programme", _("Programme")), ("project", _("Project (đề án)"))]


class TermQuerySet(models.QuerySet["Term"]):
    def of_unit(self, unit: OrgUnit) -> TermQuerySet:
        return self.filter(unit=unit)

    def in_force(self, year: int) -> TermQuerySet:
        """The terms whose years of implementation include ``year``."""
        return self.filter(start_year__lt=year, end_year__gte=year)


class Term(models.Model):
    """Nhiệm kỳ: five years (usually) of a unit, set by the resolution of a congress.

    ``start_year`` is the congress year, whose figures are where the term starts; the years of
    implementation are ``start_year + 1`` … ``end_year``.
    """

    unit = models.ForeignKey(OrgUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="terms")
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    resolution_name = models.CharField(
        _("resolution"), max_length=500, help_text=_("Nghị quyết Đại hội Đảng bộ … lần thứ …")
    )
    resolution_name_en = models.CharField(_("resolution (English)"), max_length=500, blank=True)
    resolution_number = models.CharField(_("resolution number"), max_length=120, blank=True)
    resolution_date = models.DateField(_("resolution date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = TermQuerySet.as_manager()

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["unit__path", "-start_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "start_year"],
                name="term_unique_per_unit",
                violation_error_message=_("This unit already has a term starting that year."),
            ),
            models.CheckConstraint(
                condition=Q(end_year__gt=F("start_year")),
                name="term_ends_after_start",
                violation_error_message=_("A term ends after the year it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit.code} · {self.span.label()}"

    @property
    def span(self) -> core_terms.TermSpan:
        return core_terms.TermSpan(self.start_year, self.end_year)

    @property
    def key(self) -> str:
        """The term in an address or a command: 2020-2025."""
        return f"{self.start_year}-{self.end_year}"

    def display_resolution(self, lang: str = "vi") -> str:
        """The resolution's name in ``lang`` (the Vietnamese one when no English name is given)."""
        english = language_of(lang) == "en" and self.resolution_name_en
        return self.resolution_name_en if english else self.resolution_name


class TermTarget(models.Model):
    """Chỉ tiêu nhiệm kỳ: where an indicator should be by the end of the term, or its total over it."""

    term = models.ForeignKey(Term, verbose_name=_("term"), on_delete=models.CASCADE, related_name="targets")
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("indicator"), on_delete=models.PROTECT, related_name="term_targets"
    )
    measure = models.CharField(_("measure"), max_length=20, choices=TERM_MEASURE_CHOICES)
    target = models.DecimalField(_("target"), max_digits=20, decimal_places=4, null=True, blank=True)
    target_high = models.DecimalField(
        _("upper bound"),
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("For 'between' targets."),
    )
    baseline = models.DecimalField(
        _("baseline"),
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("The level at the start of the term (else the congress year's figure)."),
    )
    note = models.TextField(_("note"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("term target")
        verbose_name_plural = _("term targets")
        ordering = ["term", "order", "indicator__group__order", "indicator__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["term", "indicator"],
                name="term_target_unique",
                violation_error_message=_("This term already has a target for this indicator."),
            ),
            models.CheckConstraint(
                condition=Q(target_high__isnull=True)
                | Q(target__isnull=True)
                | Q(target_high__gte=F("target")),
                name="term_target_band_ordered",
                violation_error_message=_("The upper bound must not be below the target."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} · {self.term}"

    def clean(self) -> None:
        """Refuse a term target its indicator could never evaluate (the year's rules)."""
        try:
            Target.check_numbers(self.target, self.target_high, self.baseline)
        except NumberLimitError as error:
            raise ValidationError(error.message(get_language() or "vi"), code=error.code) from error
        if self.indicator_id is None:
            return
        if not self.measure:
            self.measure = core_terms.measure_for(self.indicator.rule()).value
        plan = ev.Plan(target=self.target, target_high=self.target_high, baseline=self.baseline)
        try:
            ev.check_plan(self.indicator.rule(), plan, self.indicator.code, self.indicator.allow_negative)
        except ev.PlanError as error:
            if error.code != "missing_baseline":  # a decrease may start from the congress year's figure
                raise ValidationError(error.message(get_language() or "vi"), code=error.code) from error

    def goal(self, milestones: dict[int, Decimal] | None = None) -> core_terms.TermGoal:
        plan = ev.Plan(target=self.target, target_high=self.target_high, baseline=self.baseline)
        return core_terms.TermGoal(
            rule=self.indicator.rule(),
            measure=core_terms.TermMeasure(self.measure),
            plan=plan,
            milestones=milestones or {},
        )


class TermMilestone(models.Model):
    """Mốc năm: where a term target should be by the end of one of the term's years."""

    term_target = models.ForeignKey(
        TermTarget, verbose_name=_("term target"), on_delete=models.CASCADE, related_name="milestones"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    value = models.DecimalField(
        _("expected value"),
        max_digits=20,
        decimal_places=4,
        help_text=_("The total so far (for a total over the term) or the level (for an end level)."),
    )

    class Meta:
        verbose_name = _("term milestone")
        verbose_name_plural = _("term milestones")
        ordering = ["term_target", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["term_target", "year"],
                name="term_milestone_unique_year",
                violation_error_message=_("This term target already has a milestone for this year."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.term_target} @ {self.year}"


class ProgrammeQuerySet(models.QuerySet["Programme"]):
    def running_in(self, year: int) -> ProgrammeQuerySet:
        """The programmes and projects being carried out in ``year``."""
        return self.filter(start_year__lte=year, end_year__gte=year)

    def owned_within(self, unit: OrgUnit) -> ProgrammeQuerySet:
        return self.filter(owner__path__startswith=unit.path)


class Programme(models.Model):
    """Chương trình, đề án: a programme or project that carries out a resolution."""

    kind = models.CharField(_("kind"), max_length=20, choices=PROGRAMME_KIND_CHOICES)
    number = models.CharField(
        _("number"), max_length=120, blank=True, help_text=_("05-CTr/ĐU, 12/ĐA-SLĐTBXH…")
    )
    title = models.CharField(_("title"), max_length=1000)
    title_en = models.CharField(_("title (English)"), max_length=1000, blank=True)
    owner = models.ForeignKey(
        OrgUnit, verbose_name=_("owner unit"), on_delete=models.PROTECT, related_name="programmes"
    )
    term = models.ForeignKey(
        Term,
        verbose_name=_("term"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programmes",
        help_text=_("The term whose resolution it carries out."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"), validators=[MinValueValidator(1900), MaxValueValidator(2999)]
    )
    targets = models.ManyToManyField(Target, verbose_name=_("targets"), blank=True, related_name="programmes")
    work_items = models.ManyToManyField(
        WorkItem, verbose_name=_("work items"), blank=True, related_name="programmes"
    )
    note = models.TextField(_("note"), blank=True)

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme or project")
        verbose_name_plural = _("programmes and projects")
        ordering = ["kind", "start_year", "number", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=F("start_year")),
                name="programme_ends_after_start",
                violation_error_message=_("A programme cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["programme", "project"]),
                name="programme_kind_known",
                violation_error_message=_("A programme or a project."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    def display_title(self, lang: str = "vi") -> str:
        """The title in ``lang`` (the Vietnamese one when no English title is given)."""
        return self.title_en if language_of(lang) == "en" and self.title_en else self.title
