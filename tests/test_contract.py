"""Schemathesis contract tests: the mock A2E server against openapi/a2e.yaml, in-process over ASGI.

Every operation gets positive and negative cases (settings in schemathesis.toml, fixed seed); the
stateful run chains operations through the spec's OpenAPI links (generate -> status -> delete).
"""

from pathlib import Path

import schemathesis
from _a2e_api.operations import OPERATIONS
from a2e.mock import MockConfig, MockState, create_app
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

ROOT = Path(__file__).resolve().parent.parent
CONFIG = SchemathesisConfig.from_path(ROOT / "schemathesis.toml")
TOKEN = "sk_contract_0123456789abcdef"

schema = schemathesis.openapi.from_path(ROOT / "openapi" / "a2e.yaml", config=CONFIG)
schema.app = create_app(MockState({TOKEN}, MockConfig(process_steps=2, start_coins=10**9)))


@schema.parametrize()
@settings(suppress_health_check=list(HealthCheck), deadline=None)
def test_mock_conforms_to_spec(case):
    case.call_and_validate()


READS = {op_id for op_id, op in OPERATIONS.items() if (op["resource"] or {}).get("role") in ("get", "status", "batch")}


# The stateful run covers two families, one per status dialect, so that links are followed often.
LINKED = [
    "videos_generate",
    "videos_status",
    "videos_delete",
    "videos_list",
    "image_to_video_start",
    "image_to_video_get",
    "image_to_video_delete",
    "image_to_video_batch_detail",
]


class LinkedCalls(schema.include(operation_id=LINKED).as_state_machine()):
    """Counts reads that found a task: a random id finds nothing, so only an id taken from a link can."""

    found_tasks = 0

    def after_call(self, response, case):
        if case.operation.definition.raw.get("operationId") in READS and response.status_code == 200:
            body = response.json()
            if body.get("code") == 0 and body.get("data"):
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
    assert LinkedCalls.found_tasks > 0, "no read used a task id from a create operation's link"


def test_every_operation_is_contract_tested():
    tested = {op.ok().definition.raw.get("operationId") for op in schema.get_all_operations()}
    assert tested == set(OPERATIONS)
