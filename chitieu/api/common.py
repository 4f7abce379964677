"""What every resource of the API shares: the error, its shape, paging, input types and scoping.

Numbers travel as strings (``"141260"``, ``"101.4285"``): stored values are Decimals and a JSON
float would lose digits. A unit outside the caller's subtrees does not exist for them (404).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils import translation
from ninja import Field, Schema
from pydantic import StringConstraints

from chitieu.core.errors import DomainError
from chitieu.core.text import language_of
from chitieu.orgunits.models import OrgUnit

MAX_LIMIT = 1000  # rows per page
DEFAULT_LIMIT = 100
MAX_OFFSET = 10**9
MAX_ID = 2**62  # beyond any id; bigger numbers overflow the databases' integers

# Codes and free text refuse the NUL character, which PostgreSQL cannot store or compare.
Code = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^[^\x00-\x1f]+$")]
PeriodId = Annotated[str, StringConstraints(max_length=10, pattern=r"^[0-9]{4}([MQSN][0-9]{1,2})?$")]
Text = Annotated[str, StringConstraints(max_length=2000, pattern=r"^[^\x00]*$")]
Number = Annotated[
    str, StringConstraints(max_length=40, pattern=r"^-?[0-9]{1,20}(\.[0-9]{1,20})?$")
]  # a decimal number as a string: "1218", "-2.5"
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


class ApiError(Exception):
    """A refusal: the HTTP status, the message a person reads, a code a program tests, details."""

    def __init__(
        self, status: int, detail: str, code: str, errors: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code
        self.errors = errors


class ErrorOut(Schema):
    detail: str = Field(description="what went wrong, for a person")
    code: str = Field(description="a stable code, for a program")
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="the items at fault (e.g. of a bulk write), when there are some"
    )


ERRORS: dict[int, type[Schema]] = {code: ErrorOut for code in (400, 401, 403, 404, 413, 422)}


def language() -> str:
    return language_of(translation.get_language())


class Refusal(DomainError):
    """The API's own refusals, in both languages like the domain's."""

    templates = {
        "unit_not_found": ("There is no unit with code '{code}'.", "Không có đơn vị mã '{code}'."),
        "indicator_not_found": (
            "There is no indicator with code '{code}'.",
            "Không có chỉ tiêu mã '{code}'.",
        ),
        "not_found": ("Not found.", "Không tìm thấy."),
        "bad_date": (
            "The date {value} is outside 1900-01-01 … 2999-12-31.",
            "Ngày {value} nằm ngoài khoảng 01/01/1900 – 31/12/2999.",
        ),
        "batch_too_large": (
            "At most {limit} values can be written in one request (got {count}); split the batch.",
            "Mỗi lần gửi tối đa {limit} số liệu (đã gửi {count}); hãy chia nhỏ.",
        ),
        "units_not_found": (
            "Some values name units that do not exist: {codes}.",
            "Một số số liệu ghi đơn vị không tồn tại: {codes}.",
        ),
        "indicators_not_found": (
            "Some values name indicators that do not exist: {codes}.",
            "Một số số liệu ghi chỉ tiêu không tồn tại: {codes}.",
        ),
        "duplicate_value": (
            "The same value is given twice in the batch (items {first} and {second}).",
            "Một số liệu được gửi hai lần trong cùng một lần gửi (mục {first} và {second}).",
        ),
        "no_unit_filter": (
            "Name an org unit (orgUnit) to export.",
            "Cần nêu đơn vị (orgUnit) để xuất số liệu.",
        ),
        "bad_mapping": ("{detail}", "{detail}"),
        "bad_period": ("{detail}", "{detail_vi}"),
        "year_or_period": ("Give a year or a period.", "Cần nêu năm (year) hoặc kỳ (period)."),
    }


def refuse(status: int, key: str, /, errors: list[dict[str, Any]] | None = None, **params: Any) -> ApiError:
    """An :class:`ApiError` with the message of ``key`` (also its code) in the caller's language."""
    return ApiError(status, Refusal(key, **params).message(language()), key, errors)


def check_date(value: date | None) -> date | None:
    if value is not None and not FIRST_DAY <= value <= LAST_DAY:
        raise refuse(422, "bad_date", value=value.isoformat())
    return value


def visible_units(request: HttpRequest) -> QuerySet[OrgUnit]:
    return OrgUnit.objects.visible_to(request.user)


def visible_unit(request: HttpRequest, code: str) -> OrgUnit:
    """The unit with ``code`` if the caller may see it; otherwise it does not exist (404)."""
    unit = visible_units(request).filter(code=code).first()
    if unit is None:
        raise refuse(404, "unit_not_found", code=code)
    return unit


M = TypeVar("M", bound=Model)


def page(queryset: QuerySet[M], limit: int, offset: int) -> dict[str, Any]:
    """One page of a queryset: ``{"count", "limit", "offset", "items"}``."""
    return {
        "count": queryset.count(),
        "limit": limit,
        "offset": offset,
        "items": list(queryset[offset : offset + limit]),
    }


class PageOut(Schema):
    count: int = Field(description="how many items match, on all pages")
    limit: int
    offset: int
