"""The OpenAPI description says what the server really answers when it refuses a request.

Every refusal is ``{"detail": "<a sentence>"}`` (see app.py's error handlers), not FastAPI's
default list of validation problems; and the refusals a client must handle (400, 401, 403,
404, 409, 413, 422, 429, 503) are listed on every operation. schemathesis checks the replies
against this (tests/sync/test_api_fuzz.py).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string", "description": "what went wrong, for a person to read"},
        "code": {"type": "string", "description": "for a client to act on (e.g. clock_ahead)"},
        "server_time_ms": {"type": "integer"},
        # code change_refused: the one pushed change refused (the laptop holds it back)
        "study_id": {"type": "string"},
        "change": {"type": "integer", "description": "its place in that study's push, from 1"},
        "entity": {"type": "string"},
        "row_id": {"type": "string"},
        "reason": {"type": "string", "description": "why that change alone was refused"},
    },
}
REFUSALS = {
    "400": "the body cannot be read (bad JSON, bad compression)",
    "401": "no device token, or one that is unknown or revoked",
    "403": "not a member of the study, or a viewer trying to send changes",
    "404": "no such study, record or file",
    "409": "a conflict (e.g. the id is taken, or this laptop's clock is ahead: clock_ahead)",
    "413": "the request is larger than the server accepts",
    "422": "the request is malformed, or one pushed change is refused (code change_refused)",
    "429": "too many failed sign-ins; try again later",
    "503": "the server's database is unavailable just now",
}


def describe_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with the real error body, and the refusals listed on every operation."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Error"] = ERROR_SCHEMA
    components["HTTPValidationError"] = ERROR_SCHEMA
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status, text in REFUSALS.items():
                operation["responses"].setdefault(status, {"description": text, "content": error})
    return schema


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the corrected description (built once)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = describe_errors(
                get_openapi(
                    title=app.title,
                    version=app.version,
                    description=app.description,
                    routes=app.routes,
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
