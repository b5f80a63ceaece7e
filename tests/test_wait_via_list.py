"""A family whose only documented read is its list (Seedance 1.5: "Only start and allRecords are documented")
is waited for through that list, on both clients and in wait_many: the inferred read of one task is never used."""

from __future__ import annotations

import a2e
import pytest

SEEDANCE_ONE = "/api/v1/seedanceVideo/"  # + an id: the inferred read of one task
SEEDANCE_LIST = "/api/v1/seedanceVideo/allRecords"


def start(client, name: str) -> str:
    task = client.seedance.start(name=name, prompt="a paper boat on a pond", mode="text-to-video")
    return str(task.id)


def reads_of_one_task(server) -> list[str]:
    return [path for method, path in list(server.state.requests)
            if method == "GET" and path.startswith(SEEDANCE_ONE) and path != SEEDANCE_LIST]  # fmt: skip


def test_a_seedance_wait_reads_only_the_list(client, server):
    task_id = start(client, "wait-via-list")
    server.state.requests.clear()
    seen: list[a2e.TaskProgress] = []
    record = client.seedance.wait(task_id, timeout=60, poll_interval=0.05, on_progress=seen.append)
    assert record.id == task_id and record.current_status == "completed"
    assert record.result_urls, "a finished task has its output"
    assert seen and all(progress.task_id == task_id for progress in seen)
    assert ("GET", SEEDANCE_LIST) in server.state.requests
    assert reads_of_one_task(server) == []


def test_wait_many_reads_the_list_once_per_round_for_every_seedance_task(client, server):
    ids = [start(client, f"wait-many-via-list-{n}") for n in range(3)]
    server.state.requests.clear()
    outcomes = client.wait_many([("seedance", task_id) for task_id in ids], timeout=60, poll_interval=0.05)
    assert [outcome.task_id for outcome in outcomes] == ids
    assert all(outcome.ok and outcome.record.current_status == "completed" for outcome in outcomes)
    assert reads_of_one_task(server) == []


def test_a_task_missing_from_the_list_ends_as_not_found(client):
    with pytest.raises(a2e.NotFoundError):
        client.seedance.wait("0" * 24, timeout=60, poll_interval=0.01)
