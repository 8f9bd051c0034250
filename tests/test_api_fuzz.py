"""schemathesis against the app's own OpenAPI schema: no input may produce a 5xx.

Driven through hypothesis directly (schemathesis' pytest plugin does not load under this pytest)."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from store.ingest import sync_index
from parwatch.settings import load_settings
from search_api.app import create_app
from store.fts import SqliteSearch
from store.sqlite import Store
from tests.conftest import SAMPLE_DOCS, make_doc


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    for d in SAMPLE_DOCS:
        store.upsert_document(make_doc(d))
    sync_index(store, SqliteSearch(store))
    app = create_app(load_settings(store=store.path))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def _operations(schema):
    return [op.ok() for op in schema.get_all_operations()]


def test_every_operation_is_fuzzed_without_a_server_error(schema):
    operations = _operations(schema)
    assert len(operations) >= 3
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            response = case.call()
            case.validate_response(response, checks=[not_a_server_error])
        fuzz()
