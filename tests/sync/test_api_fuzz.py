"""schemathesis against the server's own OpenAPI description, over HTTP on loopback.

A bounded number of generated requests per operation (valid and invalid bodies, paths,
parameters), signed in with a real device token: never a 5xx, and every response that the
description covers matches its schema and content type. Status codes the description does not
list (401, 403, 404, 409, 413, 429...) are allowed: they are the server's documented refusals
(see app.py), each with a JSON ``detail``.
"""

from __future__ import annotations

import json
import urllib.request
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.sync.conftest import BACKENDS, PASSWORD, Server

pytestmark = pytest.mark.parametrize("server_db", BACKENDS, indirect=True, scope="module")

EXAMPLES = 15  # per operation and mode: about 400 requests, well under a minute
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
]


@pytest.fixture(scope="module")
def api_schema(server: Server) -> schemathesis.BaseSchema:
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    # Logging out would revoke the token every other case signs in with.
    return schema.exclude(path="/api/v1/logout")


# One signed-in member of each role (lead, researcher, viewer): each role's own refusals and
# replies must hold too (a viewer's push, a researcher's study edit).
ROLES = {"lead": "lena", "researcher": "alice", "viewer": "vera"}


@pytest.fixture(scope="module", params=sorted(ROLES))
def token(server: Server, request: pytest.FixtureRequest) -> str:
    user = ROLES[request.param]
    device_id = f"{sorted(ROLES).index(request.param) + 1:013d}fa2"  # a laptop of their own
    body = json.dumps({"user": user, "password": PASSWORD, "device_id": device_id})
    request = urllib.request.Request(
        server.url + "/api/v1/login",
        data=body.encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as reply:
        return str(json.load(reply)["token"])


def _operations(schema: schemathesis.BaseSchema) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


def _fuzz(
    operation: Any, mode: GenerationMode, *, base_url: str, token: str, calls: Counter[str]
) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        # Always our real token (schemathesis would send made-up ones): the endpoints' own
        # checks are what is fuzzed here; test_sync_auth.py covers missing and bad tokens.
        headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
        headers["Authorization"] = f"Bearer {token}"
        response = case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS)
        calls[f"{operation.label} {response.status_code}"] += 1

    try:
        run()
    except Unsatisfiable:
        # No invalid request exists for an operation without parameters or body (GET /health).
        if mode is not GenerationMode.NEGATIVE:
            raise


def test_api_answers_by_its_description(
    api_schema: schemathesis.BaseSchema, server: Server, token: str, request: pytest.FixtureRequest
) -> None:
    # schemathesis's own pytest plugin does not load under this pytest; drive Hypothesis here.
    operations = _operations(api_schema)
    assert len(operations) >= 6
    calls: Counter[str] = Counter()
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz(operation, mode, base_url=server.url, token=token, calls=calls)
    # Both valid requests that succeed and invalid ones that are refused were really sent.
    assert calls["GET /api/v1/studies 200"] > 0, calls  # signed in for real
    if request.node.callspec.params["token"] == "lead":
        # The lead's run comes first, so its generated study ids are new: published (200).
        # Later roles meet the same short ids as someone else's study (403).
        assert calls["POST /api/v1/studies/{study_id}/publish 200"] > 0, calls
    assert any(k.endswith(" 422") or k.endswith(" 400") for k in calls), calls
