"""schemathesis against the app's own OpenAPI schema, anonymously and with an admin key: no input
may produce a 5xx, and every answer (status, content type, body) must match the schema.

Driven through hypothesis directly (schemathesis' pytest plugin does not load under this pytest)."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from parwatch.settings import load_settings
from search_api.app import create_app
from store.auth_records import create_key
from store.fts import SqliteSearch
from store.ingest import sync_index
from store.sqlite import Store
from tests.conftest import SAMPLE_DOCS, make_doc

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    for d in SAMPLE_DOCS:
        store.upsert_document(make_doc(d))
    sync_index(store, SqliteSearch(store))
    key = create_key(store, "fuzz-admin", "admin")
    app = create_app(load_settings(store=store.path, rate_search_per_minute=0, rate_auth_failures_per_minute=0))
    return schemathesis.openapi.from_asgi("/openapi.json", app), key


@pytest.mark.parametrize("with_key", [False, True], ids=["anonymous", "admin-key"])
def test_every_operation_is_fuzzed_without_a_server_error_or_a_schema_violation(fuzzed, with_key):
    schema, key = fuzzed
    operations = [op.ok() for op in schema.get_all_operations()]
    assert len(operations) >= 3
    sent = 0
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            nonlocal sent
            if with_key:
                case.headers = {**(case.headers or {}), "X-API-Key": key}
            response = case.call()
            sent += 1
            case.validate_response(response, checks=CHECKS)
        fuzz()
    assert sent >= 25 * len(operations) // 2
