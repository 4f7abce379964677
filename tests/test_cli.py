"""The ``chitieu`` console script: help, and bad input that gets a specific message."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chitieu.monitoring.models import DataValue


def test_chitieu_help_lists_its_commands():
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "help"],
        env={**os.environ, "CHITIEU_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    for command in ("scorecard", "gen-data", "demo-data", "enter-value"):
        assert command in result.stdout


def test_chitieu_help_for_one_command_shows_its_options():
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "help", "scorecard"],
        env={**os.environ, "CHITIEU_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--as-of" in result.stdout and "--format" in result.stdout


def enter(**options):
    out = StringIO()
    call_command("enter_value", stdout=out, **options)
    return out.getvalue()


def test_a_value_typed_the_vietnamese_way_is_recorded(small):
    output = enter(indicator="JOBS", unit="W-A", period="2022M07", value="1.218")
    assert "1.218 (v1)" in output
    assert DataValue.objects.get().value == Decimal(1218)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"value": "12a"}, "'12a' không phải là số."),
        ({"value": "-3"}, "không nhận giá trị âm"),
        ({"period": "2022M13"}, "Kỳ báo cáo '2022M13' không tồn tại."),
        ({"period": "2021M12"}, "không được giao hay phân công cho đơn vị W-A"),
        ({"indicator": "NOPE"}, "Không có chỉ tiêu mã 'NOPE'."),
        ({"unit": "NOPE"}, "Không có đơn vị mã 'NOPE'."),
        ({"user": "charlie"}, "Bạn không có quyền nhập số liệu của W-A."),
    ],
)
def test_bad_input_gets_a_specific_vietnamese_message_and_writes_nothing(small, options, message):
    base = {"indicator": "JOBS", "unit": "W-A", "period": "2022M07", "value": "12"}
    with pytest.raises(CommandError) as caught:
        enter(**{**base, **options})
    assert message in str(caught.value)
    assert not DataValue.objects.exists()


def test_messages_can_be_in_english(small):
    with pytest.raises(CommandError, match="is not a number"):
        enter(indicator="JOBS", unit="W-A", period="2022M07", value="abc", lang="en")
