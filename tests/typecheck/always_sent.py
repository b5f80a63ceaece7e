"""Fields the spec marks as always sent, read the way user code reads them (checked by tests/test_always_sent.py;
never run).

Each line marked `# error` must be reported by mypy --strict and by pyright in strict mode; no other line may be:
an always-sent field is used as its type with no narrowing, a field A2E may leave out still needs it.
"""

# pyright: strict

from __future__ import annotations

import a2e


def has_credit(client: a2e.A2E) -> bool:
    return client.misc.remaining_coins().coins > 0


def first_voice(client: a2e.A2E) -> str:
    return client.tts.list_voices()[0].children[0].value


async def first_voice_async(client: a2e.AsyncA2E) -> str:
    groups = await client.tts.list_voices()
    return groups[0].children[0].label.upper()


def status(client: a2e.A2E, task_id: str) -> str:
    return client.image_to_video.get(task_id).current_status.upper()


def mistakes(client: a2e.A2E, task_id: str) -> None:
    print(client.misc.remaining_coins().coinz)  # error: misspelt field
    print(client.image_to_video.get(task_id).result_url.upper())  # error: result_url may be left out
    client.misc.remaining_coins().coins = "many"  # error: coins is a number
