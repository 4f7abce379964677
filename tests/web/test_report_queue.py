"""A PDF report is written by the background worker (chitieu db_worker), not inside the request.

The page answers at once (202) with where the report stands and asks again by itself; the real
worker, run here for one batch, writes the file; the same address then gives the PDF. A change of
the data means a new file, written again on the queue.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.test import Client
from django_tasks_db.models import DBTaskResult

from chitieu.monitoring.services import record_value

pytestmark = pytest.mark.django_db

URL = "/reports/D1/2022.pdf?as_of=31/12/2022"


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


@pytest.mark.django_db(transaction=True)  # the worker takes its tasks in transactions of its own
def test_the_pdf_is_written_by_the_worker_and_offered_when_ready(small, today):
    today(date(2023, 2, 1))
    client = Client()
    client.force_login(small.approver)
    waiting = client.get(URL)
    assert waiting.status_code == 202
    page = waiting.content.decode()
    assert 'data-status="waiting"' in page
    assert '<meta http-equiv="refresh" content="3">' in page
    assert "Đang chờ đến lượt" in page
    assert client.get(URL).status_code == 202
    assert DBTaskResult.objects.count() == 1  # asked twice, queued once

    run_worker()
    ready = client.get(URL)
    assert ready.status_code == 200
    assert ready["Content-Type"] == "application/pdf"
    assert ready.content.startswith(b"%PDF")
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"

    record_value(indicator=small.jobs, unit=small.ward_a, period_id="2022M03", value=Decimal(4321), user=None)
    assert client.get(URL).status_code == 202  # new data, a new file: on the queue again
    run_worker()
    again = client.get(URL)
    assert again.status_code == 200 and again.content != ready.content


def test_a_unit_outside_ones_subtree_queues_nothing(small):
    client = Client()
    client.force_login(small.reporter_b)
    assert client.get("/reports/W-A/2022.pdf").status_code == 404
    assert DBTaskResult.objects.count() == 0


def test_the_other_formats_are_written_in_the_request(small):
    client = Client()
    client.force_login(small.approver)
    response = client.get("/reports/D1/2022.docx?as_of=31/12/2022")
    assert response.status_code == 200
    assert DBTaskResult.objects.count() == 0


def test_a_report_is_still_given_when_its_file_cannot_be_kept(small, settings, tmp_path):
    """A report folder another user made (root ran a command first) or a full disk: the report is
    written all the same, only not kept for the next reader."""
    from chitieu.core.periods import parse_period
    from chitieu.reporting.build import report_file

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    settings.REPORT_DIR = blocked / "reports"
    found = report_file(unit=small.district, period=parse_period("2022"), format_name="html")
    assert "<html" in found.content.decode().lower()
