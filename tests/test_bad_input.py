"""No input answers 500: clumsy and hostile numbers, dates, periods and years at every way in.

Each way in — the pages' addresses and forms, the entry grid and its live check, the API, DHIS2,
CSV and Excel imports, the command line — is fed the same edges (0, -1, huge, 1e308, NaN, inf,
'²', '1_000', 40 digits, empty, whitespace, digits of other scripts…). Every answer is either a
refusal that says what is wrong (a 4xx with a message, a form error, a refused row) or an
acceptance, and a number accepted is stored exactly: read back from the database, it is the
number given (SQLite keeps decimals as REAL: 15 significant digits at most are accepted).
Run on both databases (``DATABASE_URL`` for PostgreSQL).
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal
from urllib.parse import quote

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.numbers import (
    MAX_SIGNIFICANT_DIGITS,
    Notation,
    NumberLimitError,
    check_storable,
    parse_number,
)
from chitieu.imports.plans import plan_targets_import, plan_work_items_import
from chitieu.imports.templates import CODE_HEADER, VALUE_HEADER
from chitieu.imports.values import apply_import, plan_import
from chitieu.monitoring.models import DataValue
from chitieu.monitoring.write_checks import WriteRefused, validate_value
from chitieu.planning.models import Target, WorkItem
from chitieu.planning.services import set_target
from tests.api import conftest as api_fixtures
from tests.api.conftest import YEAR

pytestmark = pytest.mark.django_db
world = api_fixtures.world  # the API's personas and plan, with bearer tokens: reused, not repeated

NUMBERS = [
    *("0", "-0", "1", "-1", "7", "1.218", "2,5", "1.218,5", "1,218.5", "0,0001", "0,00001", "-2,5"),
    *("123456789012345", "1234567890123456", "99999999999,9999", "999999999999999", "1000000000000000"),
    *("12345678901234.5678", "12345678901234,5678", "999999999999999.9999", "999.999.999.999.999,9999"),
    *("1e308", "1E-3", "1e3", "-1e308", "1e-300", "NaN", "nan", "sNaN", "inf", "-Infinity", "Infinity"),
    *("²", "³²", "½", "1_000", "1 000", "1\u00a0000", "٣", "١٢٣", "１２", "𝟙𝟚", "Ⅻ", "๑"),
    *("9" * 20, "9" * 40, "0." + "1" * 40, "1" * 16, "0." + "0" * 30 + "1", "9" * 400),
    *("", " ", "\t", "\n", "\u3000", "-", "+", ".", ",", "1.", ".5", "5,", "--1", "+5", "1.2.3"),
    *("0x10", "1/2", "1e", "e3", "1,2,3", "12a", "<b>1</b>", "' OR 1=1 --", "\x00", "1\x00", "32768"),
    *("2147483648", "9223372036854775808", "18446744073709551616", "-9223372036854775809"),
]
WHOLE_NUMBERS = [
    *("0", "1", "-1", "2", "3", "4", "99", "32767", "32768", "2147483647", "2147483648"),
    *("9223372036854775807", "9223372036854775808", "9" * 20, "9" * 40, "²", "٣", "１", "1.0", "1e3"),
    *("NaN", "inf", "", " ", "abc", "0x1", "+1", " 1", "\x00"),
]
DATES = [
    *("20/06/2023", "2023-06-20", "31/02/2022", "30/02/2024", "29/02/2023", "29/02/2024", "00/01/2022"),
    *("32/01/2022", "01/13/2022", "01/00/2022", "01/01/0001", "31/12/1899", "01/01/1900", "31/12/2999"),
    *("01/01/3000", "01/01/9999", "01/01/99999", "2022-02-31", "2022-13-01", "0000-01-01", "1/1/2022"),
    *("1/1/22", "01-01-2022", "01.01.2022", "²/01/2022", "١/١/٢٠٢٢", "01/01/２０２２", "today"),
    *("", " ", "NaN", "0", "-1", "9" * 40, "1e308", "01/01/2022\x00", "2022-06-20T10:00", "20/06/2023 "),
]
PERIODS = [
    *("2099M02", "2099", "2099Q1", "2099S1", "2099N9", "2099M00", "2099M13", "2099M2", "2099M002"),
    *("2099Q0", "2099Q5", "2099S0", "2099S3", "2099N8", "2099N10", "0000", "0000M01", "1899M12"),
    *("1900M01", "2999M12", "3000M01", "9999", "99999", "99999M01", "2099m02", "2099X01", "2099M-1"),
    *("²099M02", "２０９９M02", "٢٠٩٩M02", "", " ", "-2099", "1e308", "NaN", "9" * 40, "2099M02\x00"),
]
YEARS = [
    *("0", "1", "-1", "0000", "1899", "1900", "2022", "2099", "2999", "3000", "9999", "32767", "32768"),
    *("65536", "99999", "2147483648", "9" * 20, "9" * 40, "²", "２０２２", "٢٠٢٢", "2022.0", "2e3"),
    *(" 2022", "NaN", "1e308", "0x7e6", "abc"),
]
DHIS2_PERIODS = [
    *("209902", "209900", "209913", "2099", "2099Q1", "2099Q5", "2099S1", "2099S3", "000001", "0000"),
    *("999912", "99999", "2099W01", "2099BiW1", "²09902", "", "1e308", "209902 ", "2099M02"),
]


def valid_year(text: str) -> bool:
    return len(text) == 4 and text.isascii() and text.isdigit() and 1900 <= int(text) <= 2999


def domain_reading(text: str) -> Decimal | DomainError | None:
    """What the rules make of a typed number (Vietnamese notation first): the number, None, or the refusal."""
    if not text.strip():
        return None
    try:
        return parse_number(text, Notation.VI)
    except DomainError as error:
        return error


def accepted(indicator, text: str) -> bool:
    reading = domain_reading(text)
    if isinstance(reading, DomainError):
        return False
    try:
        validate_value(indicator, reading)
    except WriteRefused:
        return False
    return True


def stored(world, period_id: str, kind: int = 1) -> DataValue | None:
    small = world.small
    return DataValue.objects.filter(
        indicator=small.jobs, unit=small.ward_a, period_id=period_id, kind=kind
    ).first()


def assert_no_server_error(response, label: object) -> int:
    assert response.status_code < 500, f"{label!r}: {response.status_code}"
    return response.status_code


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


FED: dict[str, int] = {}  # how many inputs each way in is fed, counted where the inputs are declared


def fed(surface: str, inputs: list, times: int = 1) -> list:
    """Declare the inputs one way in is fed (``times`` pages or fields each): see the count at the end."""
    FED[surface] = len(inputs) * times
    return inputs


# --- the pages' addresses ---------------------------------------------------------------------


YEAR_PAGES = [
    "/u/W-A/{}/",
    "/u/W-A/plan/{}/",
    "/u/W-A/indicators/JOBS/{}/",
    "/imports/u/W-A/targets/{}.xlsx",
    "/imports/u/W-A/work-items/{}.xlsx",
]


fed("years in addresses", YEARS, len(YEAR_PAGES))


def test_a_year_in_an_address_outside_1900_to_2999_is_no_page(world):
    client = logged_in(world.small.admin)
    for page in YEAR_PAGES:
        for year in YEARS:
            status = assert_no_server_error(client.get(page.format(quote(year))), (page, year))
            if not valid_year(year):
                assert status == 404, (page, year)


PERIOD_PAGES = [
    "/u/W-A/entry/{}/",
    "/u/W-A/entry/{}/check/",
    "/imports/u/W-A/{}/",
    "/imports/u/W-A/{}/template.xlsx",
    "/reports/W-A/{}.html",
]


fed("periods in addresses", PERIODS, len(PERIOD_PAGES) + 1)


def test_a_period_id_that_does_not_exist_is_no_page(world):
    client = logged_in(world.small.reporter_a)
    for page in PERIOD_PAGES:
        for period in PERIODS:
            status = assert_no_server_error(client.get(page.format(quote(period))), (page, period))
            try:
                core_periods.parse_period(period)
            except core_periods.PeriodError:
                assert status == 404, (page, period)
    for period in PERIODS:
        response = client.get("/u/W-A/entry/", {"period": period})
        assert assert_no_server_error(response, period) in (302, 404)


DAY_PAGES = ["/u/W-A/2022/", "/u/W-A/indicators/JOBS/2022/", "/reports/W-A/2022.html"]
fed("?as_of=", DATES, len(DAY_PAGES))


def test_a_day_that_does_not_exist_is_refused_with_a_message_not_replaced(world):
    client = logged_in(world.small.admin)
    for page in DAY_PAGES:
        for day in DATES:
            response = client.get(page, {"as_of": day})
            status = assert_no_server_error(response, (page, day))
            typed = day.strip()
            good = any(_day(typed, pattern) for pattern in ("%d/%m/%Y", "%Y-%m-%d"))
            if not typed or good:
                assert status == 200, (page, day)
            else:
                assert status == 400, (page, day)
                if "reports" not in page:  # a report file has no page to say it on: a bare 400
                    assert "dd/mm/yyyy" in response.context["message"]


def _day(text: str, pattern: str) -> bool:
    try:
        return 1900 <= datetime.strptime(text, pattern).year <= 2999
    except ValueError:
        return False


fed("dashboard ?year=", YEARS)


def test_a_year_chosen_on_the_dashboard_is_a_real_year_or_refused(world):
    client = logged_in(world.small.admin)
    for year in YEARS:
        response = client.get("/u/W-A/2022/", {"year": year})
        status = assert_no_server_error(response, year)
        if valid_year(year.strip()):
            assert status in (200, 302)
        elif year.strip():
            assert status == 400 and "1900" in response.context["message"], year


IDS = fed("plan ?add=, live check indicator=", WHOLE_NUMBERS + NUMBERS, 2)


def test_an_indicator_to_add_to_a_plan_that_is_not_an_id_is_ignored(world):
    client = logged_in(world.small.admin)
    for text in IDS:
        assert assert_no_server_error(client.get("/u/W-A/plan/2099/", {"add": text}), text) == 200


# --- the entry grid and its live check --------------------------------------------------------

GRID = f"/u/W-A/entry/{YEAR}M02/"
CHECK = GRID + "check/"


def test_the_live_check_answers_every_indicator_parameter_without_failing(world):
    client = logged_in(world.small.reporter_a)
    pk = world.small.jobs.pk
    for text in IDS:
        response = client.get(CHECK, {"indicator": text, f"v{pk}": "5"})
        status = assert_no_server_error(response, text)
        if text.strip() != str(pk):
            assert status in (400, 404), text
            if status == 400:
                assert "indicator" in response.content.decode()


fed("live check and grid values", NUMBERS, 2)


def test_the_live_check_reads_or_refuses_every_typed_number(world):
    client = logged_in(world.small.reporter_a)
    jobs = world.small.jobs
    for text in NUMBERS:
        response = client.get(CHECK, {"indicator": jobs.pk, f"v{jobs.pk}": text})
        assert assert_no_server_error(response, text) == 200
        message = re.search(r'class="cell-msg ([^"]*)"[^>]*>([^<]*)<', response.content.decode())
        assert message is not None
        css, said = message.groups()
        if accepted(jobs, text):
            assert css == "cell-ok" and (said.startswith("= ") or not text.strip()), (text, said)
        else:
            assert css == "cell-error" and said.strip(), (text, said)


def grid_post(client, world, text: str, **hidden: object):
    pk = world.small.jobs.pk
    current = stored(world, f"{YEAR}M02")
    data: dict[str, object] = {
        "action": "save",
        "confirm_unusual": "1",  # unusual values confirmed: what is fuzzed here is the reading
        f"v{pk}": text,
        f"k{pk}": 1,
        f"o{pk}": "" if current is None or current.value is None else str(current.value),
        f"ok{pk}": 1,
    }
    if current is not None:
        data[f"ver{pk}_1"] = current.version
    data.update({key.format(pk=pk): value for key, value in hidden.items()})
    return client.post(GRID, data)


def test_the_grid_saves_exactly_what_it_accepts_and_says_why_it_refuses(world):
    client = logged_in(world.small.reporter_a)
    jobs = world.small.jobs
    for text in NUMBERS:
        response = grid_post(client, world, text)
        status = assert_no_server_error(response, text)
        if accepted(jobs, text):
            assert status == 302, (text, status)
            value = stored(world, f"{YEAR}M02")
            expected = domain_reading(text)
            assert (value.value if value else None) == expected, text
        else:
            assert status == 400, (text, status)
            page = response.content.decode()
            error = re.search(rf'cell-error" id="msg-{jobs.pk}" aria-live="polite">([^<]+)<', page)
            assert error and error.group(1).strip(), text


HIDDEN_FIELDS = ["ver{pk}_1", "ver{pk}_0", "k{pk}", "ok{pk}", "o{pk}"]
HIDDEN = [*WHOLE_NUMBERS, "sNaN", "NaN", "-Infinity", "1e308", "9" * 400, "0." + "1" * 40, "1_000", "7.0000"]
ACTIONS = ["", "x", "²", "save\x00", "approve", "delete"]
fed("grid hidden fields", HIDDEN, len(HIDDEN_FIELDS))
fed("grid actions", ACTIONS)


def test_the_grids_hidden_fields_are_never_trusted_to_fail(world):
    client = logged_in(world.small.reporter_a)
    for field in HIDDEN_FIELDS:
        for text in HIDDEN:
            response = grid_post(client, world, "7", **{field: text})
            assert assert_no_server_error(response, (field, text)) in (302, 400, 409)
            if response.status_code == 302:
                assert stored(world, f"{YEAR}M02").value == 7
    for action in ACTIONS:
        response = client.post(GRID, {"action": action})
        assert assert_no_server_error(response, action) in (302, 400, 403, 409)


# --- plans and work items through the pages ---------------------------------------------------


fed("plan form: target, baseline", NUMBERS, 2)


def test_the_plan_form_saves_exactly_what_it_accepts(world):
    client = logged_in(world.small.admin)
    jobs = world.small.jobs
    for field in ("t", "b"):
        for text in NUMBERS:
            data = {"t": "1000", "b": ""} | {field: text}
            response = client.post(
                f"/u/W-A/plan/{YEAR}/", {f"t{jobs.pk}": data["t"], f"b{jobs.pk}": data["b"]}
            )
            status = assert_no_server_error(response, (field, text))
            target = Target.objects.get(indicator=jobs, unit=world.small.ward_a, year=YEAR)
            if status == 302:
                if field == "t" and text.strip():
                    assert target.target == domain_reading(text), text
            else:
                assert status == 400, (field, text)
                assert any(line.error for line in response.context["lines"]), (field, text)


WORK_ITEM_IDS = fed("work item ids", ["0", "9" * 20, "9" * 40, "²", "-1"])
fed("work item completed on", DATES)


def test_a_work_item_completed_on_a_day_that_does_not_exist_is_refused(world):
    client = logged_in(world.small.reporter_a)
    item = WorkItem.objects.get(lead_unit=world.small.ward_a, year=YEAR)
    for day in DATES:
        response = client.post(f"/work-items/{item.pk}/", {"completed_on": day, "result_note": "xong"})
        status = assert_no_server_error(response, day)
        typed = day.strip()
        if day and not typed:  # only spaces: Django's date field asks for a valid date
            assert status == 200 and response.context["form"].errors, day
        elif not typed or any(_day(typed, p) for p in ("%d/%m/%Y", "%Y-%m-%d")):
            assert status == 302, day
            item.refresh_from_db()
            expected = None
            for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
                if _day(typed, pattern):
                    expected = datetime.strptime(typed, pattern).date()
            assert item.completed_on == expected, day
        else:
            assert status == 200 and response.context["form"].errors, day
    for pk in WORK_ITEM_IDS:
        assert assert_no_server_error(client.get(f"/work-items/{quote(pk)}/"), pk) == 404


# --- the API and DHIS2 ------------------------------------------------------------------------


def api_write(world, value: object, *, period: object = f"{YEAR}M04", version: object = "read", **more):
    current = stored(world, f"{YEAR}M04")
    item = {"indicator": "JOBS", "unit": "W-A", "period": period, "value": value, **more}
    if version == "read":
        item["version"] = current.version if current else None
    else:
        item["version"] = version
    return world.client("reporter_a").post("/datavalues", {"values": [item], "reason": "thử"})


def assert_api_refusal(response, label: object) -> None:
    assert 400 <= assert_no_server_error(response, label) < 500, label
    assert response.json()["detail"].strip(), label


JSON_VALUES = fed("API values as JSON", [1e308, -1.5, 10**40, 2**63, True, None, [], {}, "", 1.0, 1e-300])
VERSIONS = fed("API versions", [-1, 2**31, 2**63, 10**40, 1.5, "x", "²", True, [], 0])
fed("API values, periods", NUMBERS + PERIODS)


def test_the_api_stores_exactly_what_it_accepts_and_refuses_the_rest_clearly(world):
    jobs = world.small.jobs
    plain = re.compile(r"^-?[0-9]{1,20}(\.[0-9]{1,20})?$")
    for text in NUMBERS:
        response = api_write(world, text)
        if response.status_code == 200:
            assert plain.match(text), text
            value = Decimal(text)
            assert stored(world, f"{YEAR}M04").value == value, text
            assert Decimal(response.json()["items"][0]["value"]) == value, text
        else:
            assert_api_refusal(response, text)
            if plain.match(text) and text != "-0":
                with pytest.raises((WriteRefused, DomainError)):
                    validate_value(jobs, Decimal(text))
    for value in JSON_VALUES:
        response = api_write(world, value)
        if response.status_code != 200:
            assert_api_refusal(response, value)
    for version in VERSIONS:
        response = api_write(world, "3", version=version)
        if response.status_code != 200:
            assert_api_refusal(response, version)
    for period in PERIODS:
        response = api_write(world, "3", period=period, version=None)
        if response.status_code != 200:
            assert_api_refusal(response, period)


API_FILTERS = [
    ("/targets", "year", fed("API /targets?year=", YEARS)),
    ("/workitems", "year", fed("API /workitems?year=", YEARS)),
    ("/workitems", "as_of", fed("API /workitems?as_of=", DATES)),
    ("/datavalues", "period", fed("API /datavalues?period=", PERIODS)),
    ("/datavalues", "limit", fed("API ?limit=", WHOLE_NUMBERS)),
    ("/datavalues", "offset", fed("API ?offset=", WHOLE_NUMBERS)),
    ("/datavalues/{}", None, fed("API /datavalues/<id>", WHOLE_NUMBERS)),
]


def test_the_api_filters_refuse_impossible_years_periods_and_dates(world):
    client = world.client("reporter_a")
    for path, name, inputs in API_FILTERS:
        for text in inputs:
            if name is None:
                response = client.get(path.format(quote(text)))
            else:
                response = client.get(path, **{name: text})
            if response.status_code != 200:
                assert 400 <= assert_no_server_error(response, (path, text)) < 500


def dhis2_post(world, value: object, period: object = f"{YEAR}05"):
    body = {"dataValues": [{"dataElement": "JOBS", "period": period, "orgUnit": "W-A", "value": value}]}
    return world.client("reporter_a").post("/dhis2/dataValueSets", body)


DHIS2_VALUES = fed("DHIS2 values", [*NUMBERS, "true", "false", "1_000", "1E-3"])
fed("DHIS2 periods", DHIS2_PERIODS)


def test_dhis2_stores_plain_decimals_exactly_and_refuses_anything_else(world):
    plain = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
    for text in DHIS2_VALUES:
        response = dhis2_post(world, text)
        status = assert_no_server_error(response, text)
        if status == 200 and text.strip():
            value = Decimal(1 if text == "true" else 0) if text in ("true", "false") else Decimal(text)
            assert plain.match(text.strip()) or text in ("true", "false"), text
            assert stored(world, f"{YEAR}M05").value == value, text
        elif status != 200:
            conflicts = response.json().get("conflicts") or [{"value": response.json().get("detail")}]
            assert conflicts[0]["value"].strip(), text
        if "_" in text or "e" in text.lower().replace("true", "").replace("false", ""):
            assert status != 200, text
    for period in DHIS2_PERIODS:
        response = dhis2_post(world, "4", period)
        if assert_no_server_error(response, period) != 200:
            body = response.json()
            assert (body.get("conflicts") or [{"value": body.get("detail")}])[0]["value"].strip()


# --- imports: CSV, Excel, targets, work items -------------------------------------------------


def csv_of(rows: list[tuple[str, ...]]) -> bytes:
    lines = [";".join(cells) for cells in rows]
    return ("\n".join(lines) + "\n").encode()


CSV_NUMBERS = [t for t in NUMBERS if t.strip() and not any(c in t for c in ';\n"\x00')]  # one cell each
fed("CSV values: results (read, uploaded), targets", CSV_NUMBERS, 3)


def test_a_csv_import_refuses_every_bad_number_with_its_row(world):
    small = world.small
    texts = CSV_NUMBERS
    rows = [(CODE_HEADER, VALUE_HEADER), *[("JOBS", text) for text in texts]]
    preview = plan_import(
        data=csv_of(rows),
        name="so-lieu.csv",
        unit=small.ward_a,
        period_id=f"{YEAR}M06",
        user=small.reporter_a,
        notation="vi",
    )
    by_row = {problem.row: problem for problem in preview.problems}
    read = {line.row for line in preview.lines}
    for row, text in enumerate(texts, start=2):
        assert row in by_row or row in read, text
        if row in by_row:
            assert by_row[row].reason_vi.strip() and by_row[row].column, text
        if not accepted(small.jobs, text):
            assert row in by_row, text
    client = logged_in(small.reporter_a)
    upload = io.BytesIO(csv_of(rows))
    upload.name = "so-lieu.csv"
    response = client.post(f"/imports/u/W-A/{YEAR}M06/", {"file": upload, "notation": "vi"})
    assert assert_no_server_error(response, "csv upload") == 400


def test_a_csv_import_stores_exactly_what_it_accepts(world):
    small = world.small
    for text in [t for t in CSV_NUMBERS if accepted(small.jobs, t)]:
        data = csv_of([(CODE_HEADER, VALUE_HEADER), ("JOBS", text)])
        apply_import(
            data=data,
            name="x.csv",
            unit=small.ward_a,
            period_id=f"{YEAR}M06",
            user=small.reporter_a,
            notation="vi",
        )
        assert stored(world, f"{YEAR}M06").value == domain_reading(text), text


XLSX_CELLS = [
    *(1e308, -1e308, 1e-300, 5e-324, 0.1, 1 / 3, 2.0**53, 1e15, 999999999999999.0, 123456789012345.0),
    *(12345678901234.56, 0.0001, 0.00001, -0.0, 10**40, -1, 0, 2**63, 7, 1218.5),
    *(True, False, "=1/0", "=SUM(1)", date(2022, 2, 28), datetime(1, 1, 1)),
    *("1.218", "1_000", "1e308", "²", "9" * 40, "NaN", "inf", "١٢٣", "12345678901234,5678"),
]


fed("Excel cells", XLSX_CELLS)


def test_an_excel_import_refuses_every_bad_cell_with_its_row(world):
    small = world.small
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([CODE_HEADER, VALUE_HEADER])
    for value in XLSX_CELLS:
        sheet.append(["JOBS", value])
    buffer = io.BytesIO()
    book.save(buffer)
    preview = plan_import(
        data=buffer.getvalue(),
        name="x.xlsx",
        unit=small.ward_a,
        period_id=f"{YEAR}M06",
        user=small.reporter_a,
        notation="vi",
    )
    by_row = {problem.row: problem for problem in preview.problems}
    read = {line.row: line for line in preview.lines}
    for row, value in enumerate(XLSX_CELLS, start=2):
        assert row in by_row or row in read, value
        if row in by_row:
            assert by_row[row].reason_vi.strip(), value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            assert read[row].value == Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    assert 2 + XLSX_CELLS.index(1e308) in by_row
    assert by_row[2 + XLSX_CELLS.index(1e308)].code == "too_large"


IMPORT_YEARS = fed("targets and work items import years", [0, 1, -1, 1899, 3000, 32768, 99999, 10**40], 2)


def test_a_targets_import_refuses_bad_numbers_and_impossible_years(world):
    small = world.small
    texts = CSV_NUMBERS
    rows = [(CODE_HEADER, "Kế hoạch"), *[("JOBS", text) for text in texts]]
    preview = plan_targets_import(
        data=csv_of(rows), name="chi-tieu.csv", unit=small.ward_a, year=YEAR, user=None, notation="vi"
    )
    refused = {problem.row for problem in preview.problems}
    for row, text in enumerate(texts, start=2):
        reading = domain_reading(text)
        storable = not isinstance(reading, DomainError)
        if storable:
            try:
                check_storable(reading, decimals=4)
            except NumberLimitError:
                storable = False
        if not storable:
            assert row in refused, text
    for year in IMPORT_YEARS:
        with pytest.raises(core_periods.PeriodError):
            plan_targets_import(data=csv_of(rows), name="x.csv", unit=small.ward_a, year=year, user=None)
        with pytest.raises(core_periods.PeriodError):
            plan_work_items_import(data=csv_of(rows), name="x.csv", unit=small.ward_a, year=year, user=None)


CSV_DATES = fed("work items import dates", [d for d in DATES if d.strip() and "\x00" not in d])
CSV_IDS = fed(
    "work items import ids", [t for t in WHOLE_NUMBERS if t.strip() and not any(c in t for c in ";\n\x00")]
)


def test_a_work_items_import_refuses_days_that_do_not_exist(world):
    small = world.small
    item = WorkItem.objects.get(lead_unit=small.ward_a, year=YEAR)
    days = CSV_DATES
    header = ("Số thứ tự", "Ngày hoàn thành", "Kết quả")
    for day in days:
        data = csv_of([header, (str(item.pk), day, "xong")])
        preview = plan_work_items_import(data=data, name="x.csv", unit=small.ward_a, year=YEAR, user=None)
        good = any(_day(day.strip(), p) for p in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"))
        assert bool(preview.problems) != good, day
        if preview.problems:
            assert preview.problems[0].code == "bad_date"
    for text in CSV_IDS:
        data = csv_of([header, (text, "01/01/2099", "")])
        preview = plan_work_items_import(data=data, name="x.csv", unit=small.ward_a, year=YEAR, user=None)
        assert preview.lines or preview.problems[0].code == "unknown_work_item"


# --- the command line and the services --------------------------------------------------------


CLI_VALUES = fed("enter-value --value", [t for t in NUMBERS if "\x00" not in t])
CLI_PERIODS = fed("enter-value --period", [p for p in PERIODS if "\x00" not in p])


def test_the_command_line_stores_exactly_what_it_accepts(world):
    jobs = world.small.jobs
    for text in CLI_VALUES:
        current = stored(world, f"{YEAR}M03")
        options = {"indicator": "JOBS", "unit": "W-A", "period": f"{YEAR}M03", "value": text, "lang": "vi"}
        if current is not None:
            options["expected_version"] = current.version
        try:
            call_command("enter_value", stdout=io.StringIO(), **options)
        except CommandError as error:
            assert str(error).strip() and not accepted(jobs, text), (text, str(error))
        else:
            assert accepted(jobs, text), text
            now = stored(world, f"{YEAR}M03")
            assert (now.value if now else None) == domain_reading(text), text
    for period in CLI_PERIODS:
        try:
            call_command(
                "enter_value", stdout=io.StringIO(), indicator="JOBS", unit="W-A", period=period, value="1"
            )
        except CommandError as error:
            assert str(error).strip()


@pytest.mark.parametrize("year", [0, 1, 1899, 3000, 32768, 99999])
def test_a_target_for_a_year_outside_1900_to_2999_is_refused(world, year):
    with pytest.raises(core_periods.PeriodError, match=str(year)):
        set_target(indicator=world.small.jobs, unit=world.small.ward_a, year=year, target=Decimal(5))
    assert not Target.objects.filter(year=year).exists()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12345678901234.5678", "too_many_digits"),
        ("999999999999999.9999", "too_many_digits"),
        ("1234567890123456", "too_large"),
        ("0.00001", "too_many_decimals"),
    ],
)
def test_a_target_that_could_not_be_stored_exactly_is_refused(world, text, code):
    with pytest.raises(NumberLimitError) as refused:
        set_target(indicator=world.small.jobs, unit=world.small.ward_a, year=2022, target=Decimal(text))
    assert refused.value.code == code
    assert Target.objects.get(indicator=world.small.jobs, unit=world.small.ward_a, year=2022).target == 1000


@pytest.mark.parametrize("text", ["123456789012345", "99999999999.9999", "-0.0001", "0.0001"])
def test_numbers_of_fifteen_significant_digits_are_stored_exactly(world, text):
    world.small.jobs.allow_negative = True
    world.small.jobs.save()
    response = api_write(world, text)
    assert response.status_code == 200, response.content
    assert stored(world, f"{YEAR}M04").value == Decimal(text)
    set_target(indicator=world.small.jobs, unit=world.small.ward_a, year=2022, target=Decimal(text))
    assert Target.objects.get(
        indicator=world.small.jobs, unit=world.small.ward_a, year=2022
    ).target == Decimal(text)


def test_the_sixteenth_digit_is_refused_with_a_message_naming_the_limit(world):
    response = api_write(world, "12345678901234.5678")
    assert response.status_code == 422
    assert response.json()["code"] == "too_many_digits"
    assert "15" in response.json()["detail"] and "Excel" in response.json()["detail"]
    assert MAX_SIGNIFICANT_DIGITS == 15


def test_the_fuzzing_feeds_more_than_a_thousand_inputs():
    assert sum(FED.values()) >= 1000, FED
