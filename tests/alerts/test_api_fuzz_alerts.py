"""schemathesis on the alert routes *with* an admin key (the suite-wide fuzz only sees 401s
there): whatever the input, a 4xx with a message, never a 5xx."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from parwatch.settings import load_settings
from search_api.app import create_app
from store.auth_records import create_key
from store.sqlite import Store


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("fuzz-alerts") / "fuzz.sqlite")
    key = create_key(store, "fuzzer", "admin")
    app = create_app(load_settings(store=store.path))
    return schemathesis.openapi.from_asgi("/openapi.json", app), key


def test_alert_operations_never_answer_5xx(fuzz_target, monkeypatch):
    monkeypatch.setenv("PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS", "")
    schema, key = fuzz_target
    ops = [op.ok() for op in schema.get_all_operations()]
    ops = [op for op in ops if (op.path.startswith("/alerts") or op.path.startswith("/feeds"))
           and not op.path.endswith("/test")]          # /test would send to whatever URL was generated
    assert len(ops) >= 8
    for op in ops:
        @given(case=op.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def fuzz(case):
            response = case.call(headers={"X-API-Key": key})
            case.validate_response(response, checks=[not_a_server_error])
        fuzz()
