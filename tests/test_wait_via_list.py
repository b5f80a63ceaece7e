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
    return [
        path
        for method, path in list(server.state.requests)
        if method == "GET" and path.startswith(SEEDANCE_ONE) and path != SEEDANCE_LIST
    ]


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
    seen: list[a2e.TaskProgress] = []
    outcomes = client.wait_many(
        [("seedance", task_id) for task_id in ids], timeout=60, poll_interval=0.05, on_progress=seen.append
    )
    assert [outcome.task_id for outcome in outcomes] == ids
    assert all(outcome.ok and outcome.record.current_status == "completed" for outcome in outcomes)
    assert reads_of_one_task(server) == []
    list_reads = sum(1 for request in server.state.requests if request[:2] == ("GET", SEEDANCE_LIST))
    rounds = max(sum(1 for progress in seen if progress.task_id == task_id) for task_id in ids)
    assert list_reads == rounds, "one read of the newest page a round serves all three tasks"


def test_a_task_missing_from_the_list_ends_as_not_found(client):
    with pytest.raises(a2e.NotFoundError):
        client.seedance.wait("0" * 24, timeout=60, poll_interval=0.01)


def test_a_task_beyond_the_newest_page_is_still_found(client):
    first = start(client, "via-list-oldest")
    for n in range(101):  # the first task is now on the second page of 100
        start(client, f"via-list-newer-{n}")
    assert client.seedance.wait(first, timeout=60, poll_interval=0.05).id == first
    ids = [start(client, f"via-list-many-{n}") for n in range(105)]
    outcomes = client.wait_many([("seedance", task_id) for task_id in [first, *ids]], timeout=60, poll_interval=0.05)
    assert all(outcome.ok for outcome in outcomes), [o.error for o in outcomes if not o.ok][:3]


def test_with_polls_only_a_list_read_moves_the_tasks_waited_through_it():
    from a2e.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(process_steps=3, seconds_per_step=None)) as server:
        with a2e.A2E(server.token, base_url=server.url) as polling:
            task_id = start(polling, "polls-only")
            assert polling.seedance.wait(task_id, timeout=30, poll_interval=0.01).current_status == "completed"
