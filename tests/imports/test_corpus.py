"""Every broken or hostile file of the corpus is refused with its code, in Vietnamese, and writes nothing."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from defusedxml import DefusedXmlException
from django.contrib.auth import get_user_model

from chitieu.core.errors import DomainError
from chitieu.imports.values import apply_import, plan_import
from chitieu.monitoring.models import Period
from chitieu.monitoring.services import change_state
from chitieu.orgunits.models import OrgUnit
from tests.imports import make_corpus
from tests.imports.conftest import IN_TIME, PERIOD, data_checksum

CASES = make_corpus.cases()
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def test_the_corpus_has_at_least_sixty_files_with_distinct_names():
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)


def _prepare(case, importing) -> date:
    small = importing.small
    if case.setup in ("submitted", "approved"):
        change_state(unit=small.ward_a, period_id=PERIOD, action="submit", user=None)
        if case.setup == "approved":
            change_state(unit=small.ward_a, period_id=PERIOD, action="approve", user=None)
    if case.setup == "closed":
        Period.objects.for_id(PERIOD)
        Period.objects.filter(pk=PERIOD).update(closed=True)
    return date(2022, 4, 30) if case.setup == "late" else IN_TIME


def _refusal(case, importing, today) -> DomainError:
    user = get_user_model().objects.get(username=case.user)
    unit = OrgUnit.objects.get(code=case.unit)
    arguments = {"data": case.data, "name": case.filename, "unit": unit, "period_id": PERIOD, "user": user}
    try:
        plan = plan_import(**arguments, today=today)
    except DomainError as error:
        dry_run_codes = {error.code}
    else:
        dry_run_codes = {problem.code for problem in plan.problems}
    assert case.code in dry_run_codes
    with pytest.raises(DomainError) as raised:
        apply_import(**arguments, today=today)
    return raised.value


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_bad_file_is_refused_with_its_code_and_nothing_is_written(importing, case):
    today = _prepare(case, importing)
    before = data_checksum()
    error = _refusal(case, importing, today)
    assert data_checksum() == before
    problems = getattr(error, "problems", [])
    assert case.code in {error.code} | {problem.code for problem in problems}
    message = error.message("vi")
    assert message != error.message("en")
    assert VIETNAMESE & set(message.lower()), message
    if case.row is not None:
        located = [p for p in problems if p.code == case.code]
        if located:
            assert (located[0].row, located[0].column) == (case.row, case.column)
            message = located[0].message("vi")
        assert f"dòng {case.row}" in message
        assert f"cột {case.column}" in message


def test_openpyxl_parses_sheets_through_defusedxml():
    """Even without chitieu's own scan for DOCTYPE, a billion-laughs sheet never expands in openpyxl."""
    assert openpyxl.DEFUSEDXML is True
    data = make_corpus.with_doctype("xl/worksheets/sheet1.xml", make_corpus.BILLION_LAUGHS)
    with pytest.raises(Exception) as raised:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        list(book.worksheets[0].iter_rows(values_only=True))
    chain, error = [], raised.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(e, DefusedXmlException) for e in chain)


def test_without_the_doctype_scan_defusedxml_still_refuses_a_billion_laughs(monkeypatch):
    import re

    from chitieu.imports import reading

    monkeypatch.setattr(reading, "_DOCTYPE", re.compile(rb"(?!)"))  # never matches
    data = make_corpus.with_doctype("xl/worksheets/sheet1.xml", make_corpus.BILLION_LAUGHS)
    with pytest.raises(reading.SpreadsheetError) as raised:
        reading.read_spreadsheet(data, name="bom.xlsx")
    assert raised.value.code == "xml_entities"
