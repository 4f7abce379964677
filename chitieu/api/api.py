"""The REST API, version 1: ``POST /api/v1/check`` and the OpenAPI schema at ``/api/v1/openapi.json``.

Callers log in with Django's session (the same login as the web pages); a write carries the
CSRF token (header ``X-CSRFToken``). A unit outside the caller's subtrees does not exist for
them (404). Every refusal has one shape: ``{"detail": "<message>", "code": "<stable code>"}``.
The docs page (``/api/v1/docs``) is Swagger UI served from django-ninja's own static files.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import TYPE_CHECKING, Any, Literal

from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import Swagger
from ninja.parser import Parser
from ninja.security import HttpBearer, SessionAuth
from ninja.types import DictStrAny

from chitieu.api import dhis2, planning, reports, scorecards, terms, units, values
from chitieu.api.common import ERRORS, ApiError, check_date, refuse
from chitieu.api.values import MAX_BATCH
from chitieu.apitokens.models import ApiToken
from chitieu.core.periods import PeriodError
from chitieu.orgunits.models import OrgUnit
from chitieu.verification.checks import check_report
from chitieu.verification.files import MAX_TEXT_CHARS

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

logger = logging.getLogger("chitieu.api")

# A JSON body: MAX_TEXT_CHARS of Vietnamese, or a bulk write of MAX_BATCH values, fits with room to spare.
MAX_BODY_BYTES = 4 * 1024 * 1024


class LimitedParser(Parser):
    """The JSON parser, refusing a body over :data:`MAX_BODY_BYTES` before decoding it."""

    def parse_body(self, request: HttpRequest) -> DictStrAny:
        if len(request.body) > MAX_BODY_BYTES:
            raise _too_large()
        return super().parse_body(request)


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <token>``: a program acting as the token's user (no CSRF: no cookie)."""

    def authenticate(self, request: HttpRequest, token: str) -> AbstractBaseUser | None:
        found = ApiToken.authenticate(token)
        if found is None:
            return None
        request.user = found.user
        return found.user


class CsrfSessionAuth(SessionAuth):
    """Django's login session; a request sent with the session cookie must pass the CSRF check."""

    def _get_key(self, request: HttpRequest) -> str | None:
        try:
            return super()._get_key(request)
        except HttpError as error:
            message = _("The CSRF check failed: send the csrftoken cookie's value in the X-CSRFToken header.")
            raise ApiError(403, message, "csrf_failed") from error


def _session_or_token(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The docs page and the schema: for a logged-in person, or a program sending its token — the
    schema is what clients are generated from. Anyone else is sent to the login page."""
    page = login_required(view)

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        scheme, _space, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token:
            if TokenAuth().authenticate(request, token.strip()) is None:
                return _not_authenticated(request, AuthenticationError())
            return view(request, *args, **kwargs)
        return page(request, *args, **kwargs)

    return wrapped


api = NinjaAPI(
    title="chitieu API",
    version="1",
    description=(
        "Plan, track and report an agency's year. Programs send `Authorization: Bearer <token>`"
        " (`chitieu api-token create`); pages use the login session and send X-CSRFToken."
        " Numbers are strings; errors are {detail, code, errors?}; a unit outside your subtrees is 404."
    ),
    auth=[TokenAuth(), CsrfSessionAuth(csrf=True)],
    parser=LimitedParser(),
    docs=Swagger(settings={"validatorUrl": None}),  # no call to swagger.io: intranets are offline
    docs_decorator=_session_or_token,
    urls_namespace="api-v1",
)


# ---------------------------------------------------------------------------------------------
# Errors: one shape.


def _error(
    request: HttpRequest, status: int, detail: str, code: str, errors: list[dict[str, Any]] | None = None
) -> HttpResponse:
    body: dict[str, Any] = {"detail": detail, "code": code}
    if errors is not None:
        body["errors"] = errors
    return api.create_response(request, body, status=status)


def _too_large() -> ApiError:
    megabytes = MAX_BODY_BYTES // (1024 * 1024)
    return ApiError(
        413, _("The request is too large: at most %(size)d MB.") % {"size": megabytes}, "payload_too_large"
    )


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return _error(request, exc.status, exc.detail, exc.code, exc.errors)


@api.exception_handler(AuthenticationError)
def _not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    message = _("Log in first, or send a valid token: Authorization: Bearer <token>.")
    return _error(request, 401, message, "not_authenticated")


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc.__cause__, ApiError):  # raised by the parser, wrapped by ninja
        return _api_error(request, exc.__cause__)
    if exc.status_code == 400:
        return _error(request, 400, _("The request body is not valid JSON."), "bad_request")
    return _error(request, exc.status_code, str(exc), f"http_{exc.status_code}")


@api.exception_handler(RequestDataTooBig)
def _request_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return _api_error(request, _too_large())


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _api_error(request, refuse(404, "not_found"))


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    for error in exc.errors:
        location = tuple(error.get("loc", ()))
        if error.get("type") == "too_long" and location[-1:] in (("values",), ("dataValues",)):
            count = (error.get("ctx") or {}).get("actual_length", "?")
            return _api_error(request, refuse(413, "batch_too_large", limit=MAX_BATCH, count=count))
        if error.get("type") == "string_too_long" and tuple(error.get("loc", ()))[-1:] == ("text",):
            detail = _("The text is too long: at most %(limit)d characters can be checked.") % {
                "limit": MAX_TEXT_CHARS
            }
            return _error(request, 413, detail, "text_too_long")
    fields = "; ".join(
        f"{'.'.join(str(part) for part in tuple(error.get('loc', ()))[2:]) or 'body'}: {error.get('msg', '')}"
        for error in exc.errors
    )
    return _error(request, 422, _("The request is not valid: %(errors)s") % {"errors": fields}, "invalid")


@api.exception_handler(Exception)
def _server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s", request.path, exc_info=exc)
    return _error(request, 500, _("An internal error occurred; it has been logged."), "server_error")


# ---------------------------------------------------------------------------------------------
# Checking a report.


class CheckIn(Schema):
    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        description=f"the report's text (at most {MAX_TEXT_CHARS} characters)",
    )
    unit: str | None = Field(
        default=None, max_length=40, description="a unit code, e.g. SO-LDTBXH: compare with its data"
    )
    period: str | None = Field(default=None, max_length=10, description="a period id: 2022, 2022S1, 2022Q3")
    as_of: date | None = Field(
        default=None, description="the data as known that day (default: the window's close, or today)"
    )
    lang: Literal["vi", "en"] = Field(default="vi", description="the language of text_report and errors")


class Explanation(Schema):
    vi: str
    en: str


class NumberOut(Schema):
    role: str
    text: str
    start: int
    end: int
    value: str
    decimals: int
    kind: str
    noun: str
    qualifier: str | None


class RecomputationOut(Schema):
    value: str
    low: str
    high: str
    formula: str
    reading: str


class ClaimOut(Schema):
    template: str
    sentence: str
    sentence_start: int
    quote: str
    start: int
    end: int
    noun: str
    numbers: list[NumberOut]
    verdict: str = Field(description="consistent, consistent_by_truncation, inconsistent, …")
    recomputation: RecomputationOut | None
    correct: str | None
    slip: str | None
    explanation: Explanation


class CoverageOut(Schema):
    sentences: int
    numbers: int
    claims_recognised: int
    claims_checked: int


class StatementOut(Schema):
    quote: str
    start: int
    end: int
    noun: str
    numbers: list[NumberOut]
    claim: int | None = Field(description="the index of the claim in `claims`, if any")


class FactOut(Schema):
    kind: str = Field(description="indicator, work_items, target_count, group_count or unit_count")
    key: str
    name: Explanation
    unit_of_measure: str
    figures: dict[str, str]
    estimated: bool


class ComparisonOut(Schema):
    text: str
    role: str
    printed: str
    figure: str
    stored: str | None
    agrees: bool | None
    by_truncation: bool


class MatchOut(Schema):
    statement: StatementOut
    verdict: str = Field(description="agree, disagree, no_match, no_data or other_period")
    fact: FactOut | None
    score: float
    comparisons: list[ComparisonOut]
    candidates: list[str]
    explanation: Explanation


class DataOut(Schema):
    unit: str
    unit_name: Explanation
    period: str
    year: int
    as_of: str
    summary: dict[str, int]
    matches: list[MatchOut]


class CheckOut(Schema):
    claims: list[ClaimOut]
    coverage: CoverageOut
    data: DataOut | None = Field(description="the comparison with the unit's data; null without a unit")
    text_report: str = Field(description="the findings as plain text, in the requested language")


@api.post(
    "/check",
    response={200: CheckOut, **ERRORS},
    summary="Check the figures of a written report",
    tags=["checking"],
)
def check(request: HttpRequest, payload: CheckIn) -> dict[str, Any]:
    """Recompute every figure the text prints; with a unit and a period, compare them with its data."""
    with translation.override(payload.lang):
        unit = _visible_unit(request, payload.unit, payload.period)
        try:
            result = check_report(
                payload.text, unit=unit, period_id=payload.period, as_of=check_date(payload.as_of)
            )
        except PeriodError as error:
            raise ApiError(422, error.message(payload.lang), "bad_period") from error
        return {**result.to_dict(), "text_report": result.render_text(payload.lang)}


def _visible_unit(request: HttpRequest, code: str | None, period: str | None) -> OrgUnit | None:
    """The unit named, if the caller may see it; a unit outside their subtrees is not found."""
    if code is None and period is None:
        return None
    if code is None or period is None:
        raise ApiError(
            422, _("Give the unit and the period together to compare with the data."), "unit_and_period"
        )
    unit = OrgUnit.objects.visible_to(request.user).filter(code=code).first()
    if unit is None:
        raise ApiError(404, _("There is no unit with code “%(code)s”.") % {"code": code}, "unit_not_found")
    return unit


for module in (units, planning, values, scorecards, terms, reports, dhis2):
    api.add_router("", module.router)
