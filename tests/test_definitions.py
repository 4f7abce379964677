"""The indicators kept between requests: never stale after a write, never shared between looks."""

from __future__ import annotations

import pytest

from chitieu.core import periods as core_periods
from chitieu.monitoring import definitions
from chitieu.monitoring.scorecard import scorecard
from chitieu.planning.models import ReportingRegime

pytestmark = pytest.mark.django_db


def test_an_indicator_saved_is_read_again(small):
    first = definitions.indicators([small.jobs.pk])[small.jobs.pk]
    assert first.name == "Giải quyết việc làm"
    small.jobs.name = "Việc làm mới"
    small.jobs.save()
    assert definitions.indicators([small.jobs.pk])[small.jobs.pk].name == "Việc làm mới"


def test_a_group_or_a_regime_saved_is_read_again(small):
    definitions.indicators([small.jobs.pk])
    group = small.jobs.group
    group.name = "nhóm đổi tên"
    group.save()
    assert definitions.indicators([small.jobs.pk])[small.jobs.pk].group.name == "nhóm đổi tên"
    regime = ReportingRegime.objects.create(code="R15", name="Chốt ngày 15", cutoff_day=15)
    small.jobs.regime = regime
    small.jobs.save()
    assert definitions.indicators([small.jobs.pk])[small.jobs.pk].regime.cutoff_day == 15
    regime.cutoff_day = 20
    regime.save()
    assert definitions.indicators([small.jobs.pk])[small.jobs.pk].regime.cutoff_day == 20


def test_each_look_gets_its_own_copies(small):
    one = definitions.indicators([small.jobs.pk])[small.jobs.pk]
    one.name = "changed by one page"
    one.group.name = "changed too"
    other = definitions.indicators([small.jobs.pk])[small.jobs.pk]
    assert other.name == "Giải quyết việc làm"
    assert other.group.name == "kinh tế - xã hội"
    assert other.pk == small.jobs.pk and other.group_id == small.jobs.group_id


def test_the_scorecard_shows_a_renamed_indicator_at_once(small):
    year = core_periods.year(2022)
    card = scorecard(unit=small.district, period=year)
    assert card.lines[0].indicator.name == "Giải quyết việc làm"
    small.jobs.name = "Giải quyết việc làm (sửa)"
    small.jobs.save()
    assert scorecard(unit=small.district, period=year).lines[0].indicator.name == "Giải quyết việc làm (sửa)"
