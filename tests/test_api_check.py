"""``POST /api/v1/check``: login required, scoped to the caller's units, bounded, one error shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from chitieu.api.api import MAX_BODY_BYTES
from chitieu.verification.files import MAX_TEXT_CHARS

pytestmark = pytest.mark.django_db

ARTICLE = (Path(__file__).parent / "checker" / "seed_article.txt").read_text(encoding="utf-8")
URL = "/api/v1/check"


def client_for(username: str | None, **kwargs) -> Client:
    client = Client(**kwargs)
    if username is not None:
        client.force_login(get_user_model().objects.get(username=username))
    return client


def post(client: Client, body: dict | str | bytes):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json")


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"detail", "code"} and body["code"] == code and body["detail"]
    return body


# --- who may call it ----------------------------------------------------------------------------


def test_an_anonymous_caller_is_told_to_log_in(demo):
    assert_error(post(client_for(None), {"text": ARTICLE}), 401, "not_authenticated")


def test_a_logged_in_caller_without_the_csrf_token_is_refused(demo):
    client = client_for("so.kehoach", enforce_csrf_checks=True)
    assert_error(post(client, {"text": ARTICLE}), 403, "csrf_failed")


def test_a_logged_in_caller_with_the_csrf_token_is_served(demo):
    client = client_for("so.kehoach", enforce_csrf_checks=True)
    client.get("/api/v1/docs")  # sets the csrftoken cookie
    token = client.cookies["csrftoken"].value
    response = client.post(
        URL,
        data=json.dumps({"text": ARTICLE}),
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 200


# --- checking -----------------------------------------------------------------------------------


def test_the_departments_planner_checks_the_article_against_its_data(demo):
    response = post(client_for("so.kehoach"), {"text": ARTICLE, "unit": "SO-LDTBXH", "period": "2022"})
    assert response.status_code == 200
    body = response.json()
    assert len(body["claims"]) == 9 and body["coverage"]["claims_checked"] == 3
    assert body["data"]["unit"] == "SO-LDTBXH"
    assert body["data"]["summary"]["agree"] == 14 and body["data"]["summary"]["disagree"] == 0
    assert "Đối chiếu với số liệu của SO-LDTBXH" in body["text_report"]


def test_a_slipped_figure_comes_back_with_what_the_data_holds_in_english(demo):
    text = "Trong năm đã kết nạp được 72/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm."
    response = post(
        client_for("so.kehoach"), {"text": text, "unit": "SO-LDTBXH", "period": "2022", "lang": "en"}
    )
    match = response.json()["data"]["matches"][0]
    assert match["verdict"] == "disagree"
    assert "the text says 72 (result), the data says 71" in match["explanation"]["en"]
    assert "DIFFERS FROM THE DATA: 1" in response.json()["text_report"]


def test_a_ward_reporter_may_check_a_text_without_a_unit(demo):
    response = post(client_for("bennghe.baocao"), {"text": ARTICLE})
    assert response.status_code == 200
    assert response.json()["data"] is None


def test_a_unit_outside_the_callers_subtree_does_not_exist_for_them(demo):
    outside = post(client_for("q1.baocao"), {"text": ARTICLE, "unit": "SO-LDTBXH", "period": "2022"})
    missing = post(client_for("q1.baocao"), {"text": ARTICLE, "unit": "KHONG-CO", "period": "2022"})
    assert_error(outside, 404, "unit_not_found")
    assert_error(missing, 404, "unit_not_found")
    assert outside.json()["detail"] == "Không có đơn vị mã “SO-LDTBXH”."


def test_a_unit_without_a_period_is_refused(demo):
    assert_error(
        post(client_for("so.kehoach"), {"text": ARTICLE, "unit": "SO-LDTBXH"}), 422, "unit_and_period"
    )


def test_a_period_that_does_not_exist_is_refused_in_the_callers_language(demo):
    response = post(client_for("so.kehoach"), {"text": ARTICLE, "unit": "SO-LDTBXH", "period": "2022Q5"})
    assert assert_error(response, 422, "bad_period")["detail"] == "Kỳ báo cáo '2022Q5' không tồn tại."


# --- bad and oversized requests -----------------------------------------------------------------


def test_a_text_over_the_limit_is_refused_as_too_large(demo):
    response = post(client_for("so.kehoach"), {"text": "a" * (MAX_TEXT_CHARS + 1)})
    body = assert_error(response, 413, "text_too_long")
    assert "500000" in body["detail"]


def test_a_megabyte_of_text_is_refused(demo):
    assert post(client_for("so.kehoach"), {"text": "a" * 1024 * 1024}).status_code == 413


def test_a_body_over_the_limit_is_refused_before_it_is_parsed(demo):
    body = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 1) + b'"}'
    assert_error(post(client_for("so.kehoach"), body), 413, "payload_too_large")


def test_a_body_that_is_not_json_is_refused(demo):
    assert_error(post(client_for("so.kehoach"), "{not json"), 400, "bad_request")


def test_a_request_without_text_is_refused(demo):
    body = assert_error(post(client_for("so.kehoach"), {"unit": "SO-LDTBXH"}), 422, "invalid")
    assert "text" in body["detail"]


def test_a_language_other_than_vi_or_en_is_refused(demo):
    assert_error(post(client_for("so.kehoach"), {"text": ARTICLE, "lang": "fr"}), 422, "invalid")


# --- the schema and the docs --------------------------------------------------------------------


def test_the_openapi_schema_describes_the_endpoint(demo):
    response = client_for("so.kehoach").get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    operation = schema["paths"]["/api/v1/check"]["post"]
    assert set(operation["responses"]) >= {"200", "401", "404", "413", "422"}
    assert schema["components"]["schemas"]["CheckIn"]["properties"]["text"]["maxLength"] == MAX_TEXT_CHARS
    assert "ErrorOut" in schema["components"]["schemas"]


def test_the_schema_and_docs_need_a_login(demo):
    for url in ("/api/v1/openapi.json", "/api/v1/docs"):
        response = client_for(None).get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_the_docs_page_loads_nothing_from_a_cdn(demo):
    page = client_for("so.kehoach").get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower() and "https://" not in page
    assert '"validatorUrl": null' in page
