"""DHIS2 exchange: ``dataValueSets`` in (all or nothing, with a dry run) and out, through the code mapping."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status

from chitieu.api.common import ERRORS, Code, Text, refuse
from chitieu.api.values import MAX_BATCH
from chitieu.dhis2.exchange import (
    UnknownOrgUnit,
    configured_mapping,
    export_data_value_set,
    import_data_value_set,
)
from chitieu.dhis2.mapping import MappingError

router = Router(tags=["dhis2"])

Dhis2Id = Code  # a DHIS2 uid or code: at most 40 characters, no control characters
Dhis2Period = Field(default=None, max_length=10, pattern=r"^[0-9A-Za-z]+$")


class Dhis2ValueIn(Schema):
    dataElement: Dhis2Id | None = None
    period: str | None = Dhis2Period
    orgUnit: Dhis2Id | None = None
    categoryOptionCombo: Dhis2Id | None = None
    attributeOptionCombo: Dhis2Id | None = None
    value: str | None = Field(default=None, max_length=50, pattern=r"^[^\x00]*$")
    comment: Text | None = None


class Dhis2SetIn(Schema):
    dataSet: Dhis2Id | None = None
    period: str | None = Dhis2Period
    orgUnit: Dhis2Id | None = None
    attributeOptionCombo: Dhis2Id | None = None
    dataValues: list[Dhis2ValueIn] = Field(max_length=MAX_BATCH)


class Dhis2ValueOut(Schema):
    dataElement: str
    period: str
    orgUnit: str
    value: str
    categoryOptionCombo: str | None = None
    comment: str | None = None


class Dhis2SetOut(Schema):
    dataSet: str | None = None
    dataValues: list[Dhis2ValueOut]


class ImportCountOut(Schema):
    imported: int
    updated: int
    ignored: int
    deleted: int


class ConflictOut(Schema):
    object: str
    value: str
    index: int = Field(description="the position in dataValues; -1 for the body itself")


class ImportSummaryOut(Schema):
    responseType: str
    status: str = Field(description="SUCCESS, or ERROR when any value conflicts (then nothing is written)")
    dryRun: bool
    written: bool
    importCount: ImportCountOut
    conflicts: list[ConflictOut]


def _mapping() -> Any:
    try:
        return configured_mapping()
    except (MappingError, OSError, ValueError) as error:
        raise refuse(422, "bad_mapping", detail=str(error)) from error


@router.post(
    "/dhis2/dataValueSets",
    response={200: ImportSummaryOut, 409: ImportSummaryOut, **ERRORS},
    summary="Import a DHIS2 dataValueSet",
)
def import_values(request: HttpRequest, payload: Dhis2SetIn, dryRun: bool = False) -> Status:
    """All or nothing: any conflict (unknown code, bad period or value, refused write) → 409."""
    summary = import_data_value_set(
        payload=payload.model_dump(exclude_none=True), user=request.user, mapping=_mapping(), dry_run=dryRun
    )
    return Status(409 if summary.conflicts else 200, summary.as_dict())


@router.get(
    "/dhis2/dataValueSets",
    response={200: Dhis2SetOut, **ERRORS},
    summary="Export a DHIS2 dataValueSet",
    exclude_none=True,
)
def export_values(
    request: HttpRequest,
    orgUnit: list[Dhis2Id] = Query(..., description="one or more org units"),  # noqa: B008
    period: list[str] = Query(  # noqa: B008
        [], description="DHIS2 period ids: 202207, 2022Q3, 2022S1, 2022", max_length=50
    ),
    dataElement: list[Dhis2Id] = Query([]),  # noqa: B008
    dataSet: Dhis2Id | None = None,
    children: bool = False,
) -> dict[str, Any]:
    """The stored values (of every kind) of the org units, as DHIS2 reads them; empty values are left out."""
    for one in period:
        if len(one) > 10 or not one.isalnum():
            raise refuse(422, "bad_mapping", detail=f"'{one[:20]}' is not a DHIS2 period id")
    try:
        return export_data_value_set(
            user=request.user,
            org_units=orgUnit,
            periods=period,
            data_elements=dataElement,
            data_set=dataSet,
            children=children,
            mapping=_mapping(),
        )
    except UnknownOrgUnit as error:
        raise refuse(404, "unit_not_found", code=error.code) from error
    except MappingError as error:
        raise refuse(422, "bad_mapping", detail=str(error)) from error
