"""The term through the API, on the demo: the card is ``term_json``, scoped to the caller's units;
programmes with their completion; year-end estimates entered and read; the scorecard on estimates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from chitieu.apitokens.models import ApiToken
from chitieu.core import terms as core_terms
from chitieu.core.numbers import Rounding
from chitieu.core.periods import parse_period
from chitieu.monitoring.models import YearEstimate
from chitieu.monitoring.scorecard import scorecard, scorecard_json
from chitieu.monitoring.terms import find_term, term_card, term_json
from chitieu.orgunits.models import OrgUnit
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db
MID_2023 = date(2023, 6, 20)


def as_user(username: str) -> ApiClient:
    user = get_user_model().objects.get(username=username)
    return ApiClient(ApiToken.issue(user=user, name="tests")[1])


@pytest.fixture
def dept(demo):
    return OrgUnit.objects.get(code="SO-LDTBXH")


def test_a_unit_lists_its_terms_with_their_resolutions(dept):
    body = as_user("so.kehoach").get("/terms/SO-LDTBXH").json()
    assert [term["term"] for term in body] == ["2025–2030", "2020–2025"]
    first = body[1]
    assert first["targets"] == 9 and first["resolution"]["number"] == "01-NQ/ĐH"
    assert "lần thứ VIII" in first["resolution"]["name"]


def test_the_term_card_is_term_json_and_says_the_third_year(dept):
    response = as_user("lanhdao").get("/terms/SO-LDTBXH/2020-2025", as_of="2023-06-20")
    assert response.status_code == 200, response.content
    body = response.json()
    term = find_term(dept, core_terms.parse_span("2020-2025"))
    assert body == term_json(term_card(term, MID_2023), "vi")
    assert body["sentences"][0] == "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025"
    assert body["sentences"][-1] == "Năm 2023 triển khai 3 đề án, 8 chương trình thực hiện Nghị quyết"
    assert body["programme_counts"] == {"programme": 8, "project": 3}
    assert len(body["targets"]) == 9


def test_the_term_card_speaks_english_when_asked(dept):
    body = as_user("lanhdao").get("/terms/SO-LDTBXH/2020–2025", as_of="2023-06-20", lang="en").json()
    term = find_term(dept, core_terms.parse_span("2020-2025"))
    assert body == term_json(term_card(term, MID_2023), "en")
    assert body["sentences"][0] == "2023 is year 3 of 5 of the 2020–2025 term"


def test_a_ward_reporter_cannot_read_the_departments_term(dept):
    ward = as_user("bennghe.baocao")
    for path in ("/terms/SO-LDTBXH", "/terms/SO-LDTBXH/2020-2025", "/programmes?unit=SO-LDTBXH"):
        response = ward.get(path)
        assert response.status_code == 404, path
        assert response.json()["code"] == "unit_not_found"


@pytest.mark.parametrize(
    ("term", "status", "code", "said"),
    [
        ("2020", 422, "bad_term", "'2020' không phải là nhiệm kỳ"),
        ("2015-2020", 404, "not_found", "các nhiệm kỳ: 2020–2025, 2025–2030"),
    ],
)
def test_a_term_that_is_not_one_is_refused_in_the_usual_shape(dept, term, status, code, said):
    response = as_user("so.kehoach").get(f"/terms/SO-LDTBXH/{term}", as_of="2023-06-20")
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code and said in body["detail"]


def test_programmes_of_a_year_with_their_completion(dept):
    body = (
        as_user("so.kehoach")
        .get("/programmes", unit="SO-LDTBXH", year=2023, term="2020-2025", as_of="2023-06-20")
        .json()
    )
    assert body["counts"] == {"programme": 8, "project": 3}
    assert len(body["items"]) == 11
    jobs = next(item for item in body["items"] if item["number"] == "01-CTr/ĐU")
    assert jobs["kind_label"] == "chương trình" and jobs["term"] == "2020–2025"
    assert jobs["targets"]["total"] == 2 and jobs["work_items"] == {
        "done_on_time": 1,
        "done_late": 0,
        "in_progress": 0,
        "overdue": 0,
        "done": 1,
        "total": 1,
    }
    assert {item["kind"] for item in body["items"] if item["number"].endswith("ĐA-SLĐTBXH")} == {"project"}


def test_a_reporter_enters_a_year_end_estimate_and_it_wins(dept):
    client = as_user("so.baocao")
    response = client.post(
        "/estimates",
        {
            "indicator": "KTXH-01",
            "unit": "SO-LDTBXH",
            "year": 2023,
            "value": "320000",
            "note": "theo báo cáo",
        },
    )
    assert response.status_code == 200, response.content
    saved = response.json()
    assert (saved["value"], saved["entered_by"], saved["note"]) == ("320000", "so.baocao", "theo báo cáo")
    assert YearEstimate.objects.get(pk=saved["id"]).value == Decimal(320000)

    body = client.get("/estimates/SO-LDTBXH/2023", as_of="2023-06-20").json()
    estimates = {item["indicator"]: item for item in body["items"]}
    jobs = estimates["KTXH-01"]
    assert (jobs["value"], jobs["value_shown"], jobs["method"]) == ("320000", "320.000", "person")
    assert jobs["method_text"] == "do đơn vị nhập: theo báo cáo"
    new_jobs = estimates["KTXH-02"]  # computed from January–June, the same share as 2022's
    assert new_jobs["method"] == "same_share" and new_jobs["months_used"] == [1, 2, 3, 4, 5, 6]
    assert "cùng kỳ năm trước chiếm" in new_jobs["method_text"]


def test_the_estimates_say_their_method_as_asked(dept):
    body = (
        as_user("so.kehoach")
        .get("/estimates/SO-LDTBXH/2023", as_of="2023-06-20", method="straight_line")
        .json()
    )
    new_jobs = next(item for item in body["items"] if item["indicator"] == "KTXH-02")
    assert new_jobs["method"] == "straight_line"
    assert new_jobs["method_text"] == "bình quân 6 tháng đã có số liệu, nhân 12 tháng"
    assert new_jobs["method_label"] == "theo tốc độ bình quân tháng"


@pytest.mark.parametrize(
    ("username", "body", "status", "code"),
    [
        ("lanhdao", {}, 403, "no_permission"),  # a viewer may not
        ("bennghe.baocao", {}, 404, "unit_not_found"),  # the department is not the ward's
        ("so.baocao", {"indicator": "NOPE"}, 422, "indicator_not_found"),
        ("so.baocao", {"value": "-5"}, 422, "negative"),
        ("so.baocao", {"value": "1,5"}, 422, "invalid"),
        ("so.baocao", {"year": 1800}, 422, "invalid"),
    ],
)
def test_an_estimate_is_refused_without_a_role_or_with_bad_input(dept, username, body, status, code):
    payload = {"indicator": "KTXH-01", "unit": "SO-LDTBXH", "year": 2023, "value": "320000", **body}
    response = as_user(username).post("/estimates", payload)
    assert response.status_code == status, response.content
    assert response.json()["code"] == code and response.json()["detail"]
    assert not YearEstimate.objects.exists()


def test_the_scorecard_can_judge_on_the_year_end_estimate(dept):
    response = as_user("so.kehoach").get(
        "/scorecards/SO-LDTBXH", year=2023, as_of="2023-06-20", estimate="straight_line"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    card = scorecard(
        unit=dept,
        period=parse_period("2023"),
        as_of=MID_2023,
        with_children=True,
        estimate=core_terms.Method.STRAIGHT_LINE,
    )
    assert body == scorecard_json(card, "vi", Rounding.HALF_UP)
    jobs = next(line for line in body["lines"] if line["indicator"] == "KTXH-01")
    assert jobs["estimated"] and jobs["status_label"] == "ước không đạt"
    assert jobs["result_shown"] == "264.600"  # 6 months × 2, straight on


def test_the_schema_documents_the_term_endpoints(demo):
    schema = as_user("so.kehoach").get("/openapi.json").json()
    for path in (
        "/api/v1/terms/{unit}",
        "/api/v1/terms/{unit}/{term}",
        "/api/v1/programmes",
        "/api/v1/estimates",
        "/api/v1/estimates/{unit}/{year}",
    ):
        assert path in schema["paths"], path
    card = schema["paths"]["/api/v1/terms/{unit}/{term}"]["get"]
    assert {p["name"] for p in card["parameters"]} >= {"unit", "term", "as_of", "lang"}
    scorecard_params = schema["paths"]["/api/v1/scorecards/{unit}"]["get"]["parameters"]
    assert "estimate" in {p["name"] for p in scorecard_params}
