"""A receiver for A2E's task-end webhooks: `A2E_WEBHOOK_TOKEN=... python examples/webhook_receiver.py`.

It serves `a2e.webhooks.app` with uvicorn on HOST:PORT (default 127.0.0.1:8000, any path) and prints each event.
Start tasks with `webhook_url=` this server's public HTTPS address (A2E calls https:// URLs only, so put it
behind a TLS proxy or a tunnel) and `webhook_token=` the same token. A2E calls once and never retries: poll the
task (`client.<group>.get(task_id)`) when an event may have been missed.

Against the mock, which calls loopback URLs, this is enough:

    A2E_WEBHOOK_TOKEN=s3cret python examples/webhook_receiver.py &
    client.image_to_video.start(..., webhook_url="http://127.0.0.1:8000/a2e", webhook_token="s3cret")
"""

from __future__ import annotations

import os
import sys

import uvicorn
from a2e import webhooks
from a2e.models import TaskRecords

TOKEN_VARIABLE = "A2E_WEBHOOK_TOKEN"


def describe(event: webhooks.WebhookEvent) -> str:
    """One line per event: what ended, and its result or failure when the record says so."""
    line = f"{event.event or 'unknown event'}: {event.family or '?'} task {event.task_id or '?'}"
    record = event.data.to_dict() if isinstance(event.data, TaskRecords) else event.data  # typed, or raw JSON
    if isinstance(record, dict):
        for name in ("result_url", "result", "failed_message", "msg"):
            if record.get(name):
                line += f" {name}={record[name]}"
    return line


async def on_event(event: webhooks.WebhookEvent) -> None:
    print(describe(event), flush=True)


def main() -> None:
    token = os.environ.get(TOKEN_VARIABLE, "")
    if not token:
        sys.exit(f"set {TOKEN_VARIABLE} to the webhook_token your create calls send")
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8000"))
    uvicorn.run(webhooks.app(on_event, token=token), host=host, port=port, log_level="info")


if __name__ == "__main__":
    main()
