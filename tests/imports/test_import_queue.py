"""A large confirmed import is applied by the background worker, not inside the request.

The threshold is lowered here (CHITIEU_IMPORT_QUEUE_ROWS) so that the test's small file counts as
large; the worker is the real one (``db_worker``), run for one batch.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.management import call_command

from chitieu.monitoring.models import DataValue
from tests.imports.conftest import IN_TIME, PERIOD
from tests.imports.test_pages_and_commands import PAGE, client_for, template_with, upload

pytestmark = pytest.mark.django_db(transaction=True)  # the worker takes its tasks in its own transactions


@pytest.fixture
def queued(settings, tmp_path):
    settings.CHITIEU_UPLOAD_DIR = tmp_path / "uploads"
    settings.IMPORT_QUEUE_ROWS = 1
    return settings.CHITIEU_UPLOAD_DIR


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def confirm(client, values):
    page = upload(client, template_with(client, values)).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    return client.post(PAGE, {"token": token})


def test_a_large_import_waits_for_the_worker_then_shows_what_was_written(importing, frozen_today, queued):
    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    confirmed = confirm(client, {"JOBS": 12, "HOUSES": 80})
    assert confirmed.status_code == 302
    job_page = confirmed["Location"]
    assert job_page.startswith(PAGE + "job/")

    waiting = client.get(job_page)
    assert waiting.status_code == 202
    assert 'data-status="waiting"' in waiting.content.decode()
    assert DataValue.objects.filter(indicator__code="HOUSES").count() == 0  # nothing written yet

    run_worker()
    done = client.get(job_page)
    assert done.status_code == 200
    page = done.content.decode()
    assert 'id="import-done"' in page
    assert "Đã nhập: 1 mới, 1 sửa, 0 không đổi." in page
    stored = dict(
        DataValue.objects.filter(unit__code="W-A", period_id=PERIOD).values_list("indicator__code", "value")
    )
    assert stored == {"JOBS": Decimal(12), "HOUSES": Decimal(80)}
    assert list(queued.iterdir()) == []  # the upload is gone once imported


def test_figures_changed_after_the_preview_refuse_the_queued_import_and_say_so(
    importing, frozen_today, queued
):
    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    page = upload(client, template_with(client, {"HOUSES": 80})).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    # someone else enters the same cell between the preview and the confirmation
    other = upload(client, template_with(client, {"HOUSES": 81})).content.decode()
    other_token = re.search(r'name="token" value="([^"]+)"', other).group(1)
    first = client.post(PAGE, {"token": other_token})
    run_worker()
    assert 'id="import-done"' in client.get(first["Location"]).content.decode()

    late = client.post(PAGE, {"token": token})
    run_worker()
    result = client.get(late["Location"])
    assert result.status_code == 200
    assert 'data-status="refused"' in result.content.decode()
    assert DataValue.objects.get(indicator__code="HOUSES").value == Decimal(81)


def test_another_person_cannot_read_the_import_page(importing, frozen_today, queued):
    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    job_page = confirm(client, {"JOBS": 12})["Location"]
    assert client_for(importing.small.approver).get(job_page).status_code == 404
    assert client.get(PAGE + "job/forged/").status_code == 404
