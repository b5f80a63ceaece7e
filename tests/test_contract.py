"""Schemathesis contract tests: the mock A2E server against openapi/a2e.yaml, in-process over ASGI.

Every operation gets positive and negative cases (settings in schemathesis.toml, fixed seed); the
stateful run chains operations through the spec's OpenAPI links (generate -> status -> delete).
"""

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from a2e.mock import MockConfig, MockState, create_app

ROOT = Path(__file__).resolve().parent.parent
CONFIG = SchemathesisConfig.from_path(ROOT / "schemathesis.toml")
TOKEN = "sk_contract_0123456789abcdef"

schema = schemathesis.openapi.from_path(ROOT / "openapi" / "a2e.yaml", config=CONFIG)
schema.app = create_app(MockState({TOKEN}, MockConfig(process_steps=2, start_coins=10**9)))


@schema.parametrize()
@settings(suppress_health_check=list(HealthCheck), deadline=None)
def test_mock_conforms_to_spec(case):
    case.call_and_validate()


class LinkedCalls(schema.as_state_machine()):
    """Records the status answers that found a task: only an id taken from a link can find one."""

    found_tasks = 0

    def after_call(self, response, case):
        if case.operation.definition.raw.get("operationId") == "videos_status" and response.status_code == 200:
            if response.json().get("data"):
                type(self).found_tasks += 1
        super().after_call(response, case)


def test_stateful_links_chain_operations():
    LinkedCalls.found_tasks = 0
    LinkedCalls.run(
        settings=settings(
            max_examples=15,
            stateful_step_count=8,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )
    assert LinkedCalls.found_tasks > 0, "no status call used a task id from videos_generate's link"


def test_every_operation_is_contract_tested():
    tested = {op.ok().definition.raw.get("operationId") for op in schema.get_all_operations()}
    from a2e_api.operations import OPERATIONS

    assert tested == set(OPERATIONS)
