"""The Excel pages (download, preview, confirm, scope) and the two commands."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client

from chitieu.monitoring.models import DataValue, DataValueRevision
from tests.imports.conftest import IN_TIME, PERIOD, data_checksum

PAGE = f"/imports/u/W-A/{PERIOD}/"


@pytest.fixture
def uploads(settings, tmp_path):
    settings.CHITIEU_UPLOAD_DIR = tmp_path / "uploads"
    return settings.CHITIEU_UPLOAD_DIR


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def template_with(client: Client, values: dict[str, object]) -> bytes:
    response = client.get(PAGE + "template.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book["Số liệu"]
    for row in range(5, sheet.max_row + 1):
        if sheet.cell(row=row, column=2).value in values:
            sheet.cell(row=row, column=7, value=values[sheet.cell(row=row, column=2).value])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(client: Client, data: bytes, name: str = "mau.xlsx"):
    return client.post(PAGE, {"file": SimpleUploadedFile(name, data), "notation": "vi"})


def test_a_reporter_previews_confirms_and_finds_the_values_stored(importing, frozen_today, uploads):
    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    data = template_with(client, {"JOBS": 12, "HOUSES": 80})
    preview = upload(client, data)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert 'id="confirm"' in page
    assert 'data-code="JOBS" data-change="changed"' in page
    assert 'data-code="HOUSES" data-change="new"' in page
    assert DataValue.objects.filter(indicator__code="HOUSES").count() == 0
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)

    done = client.post(PAGE, {"token": token})
    assert done.status_code == 200
    assert 'id="import-done"' in done.content.decode()
    stored = dict(
        DataValue.objects.filter(unit__code="W-A", period_id=PERIOD).values_list("indicator__code", "value")
    )
    assert stored == {"JOBS": Decimal(12), "HOUSES": Decimal(80)}
    assert DataValueRevision.objects.filter(reason="Nhập từ tệp mau.xlsx").count() == 2
    assert list(uploads.iterdir()) == []  # the stored upload is gone once imported

    again = client.post(PAGE, {"token": token})
    assert again.status_code == 400  # a token is used once


def test_a_file_with_refused_rows_shows_where_and_offers_no_confirmation(importing, frozen_today, uploads):
    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    response = upload(client, template_with(client, {"JOBS": "=1+1", "HOUSES": -3}))
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="confirm"' not in page
    assert "dòng 5, cột G" in page or "row 5, column G" in page


def test_a_hostile_file_is_refused_on_the_page(importing, frozen_today, uploads):
    from tests.imports.make_corpus import BILLION_LAUGHS, with_doctype

    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    before = data_checksum()
    response = upload(client, with_doctype("xl/worksheets/sheet1.xml", BILLION_LAUGHS))
    assert response.status_code == 400
    assert 'id="import-refused"' in response.content.decode()
    assert data_checksum() == before


def test_another_wards_reporter_gets_404(importing, uploads):
    client = client_for(importing.small.reporter_b)
    assert client.get(PAGE).status_code == 404
    assert client.get(PAGE + "template.xlsx").status_code == 404
    assert client.post(PAGE, {"token": "x"}).status_code == 404
    assert client.get("/imports/u/W-A/targets/2022.xlsx").status_code == 404


def test_a_token_of_another_user_is_refused(importing, frozen_today, uploads):
    frozen_today(IN_TIME)
    bob = client_for(importing.small.reporter_a)
    page = upload(bob, template_with(bob, {"HOUSES": 80})).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    approver = client_for(importing.small.approver)  # sees W-A, but did not upload this file
    assert approver.post(PAGE, {"token": token}).status_code == 404
    assert DataValue.objects.filter(indicator__code="HOUSES").count() == 0


def test_pages_need_a_login_and_csrf(importing, uploads):
    assert Client().get(PAGE)["Location"].startswith("/login/")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(importing.small.reporter_a)
    assert strict.post(PAGE, {"token": "x"}).status_code == 403


def test_the_commands_export_then_dry_run_then_import(importing, frozen_today, tmp_path):
    frozen_today(IN_TIME)
    out = tmp_path / "mau.xlsx"
    call_command("export_template", unit="W-A", period=PERIOD, out=str(out), stdout=io.StringIO())
    book = openpyxl.load_workbook(out)
    sheet = book["Số liệu"]
    for row in range(5, sheet.max_row + 1):
        if sheet.cell(row=row, column=2).value == "HOUSES":
            sheet.cell(row=row, column=7, value="1.500")
    book.save(out)

    shown = io.StringIO()
    call_command("import_values", str(out), unit="W-A", period=PERIOD, dry_run=True, user="bob", stdout=shown)
    assert "HOUSES" in shown.getvalue() and "1.500 (mới)" in shown.getvalue()
    assert DataValue.objects.filter(indicator__code="HOUSES").count() == 0

    call_command("import_values", str(out), unit="W-A", period=PERIOD, user="bob", stdout=io.StringIO())
    assert DataValue.objects.get(indicator__code="HOUSES").value == Decimal(1500)


def test_the_import_command_refuses_a_bad_file_with_a_vietnamese_reason(importing, frozen_today, tmp_path):
    frozen_today(IN_TIME)
    bad = tmp_path / "bad.csv"
    bad.write_text("Mã chỉ tiêu;Giá trị\nJOBS;1.234\n", encoding="utf-8")
    shown = io.StringIO()
    with pytest.raises(CommandError, match="Không nhập số liệu nào"):
        call_command("import_values", str(bad), unit="W-A", period=PERIOD, user="bob", stdout=shown)
    assert "dòng 2, cột B" in shown.getvalue()


def test_the_menu_link_opens_the_users_unit_for_the_current_month(importing, frozen_today, uploads):
    frozen_today(IN_TIME)
    client = client_for(importing.small.reporter_a)
    assert client.get("/imports/")["Location"] == "/imports/u/W-A/2022M04/"  # its window opened on 15/03
    entry = client.get(f"/u/W-A/entry/{PERIOD}/").content.decode()
    assert f'href="{PAGE}"' in entry
