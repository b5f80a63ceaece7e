"""Task-end webhooks: a create call that carries `webhook_url` gets its task driven to its end after
`MockConfig.webhook_delay` seconds, then one POST (best effort, never retried) to that URL:

    X-A2e-Webhook-Token: <webhook_token>
    {"event": "task.completed" | "task.failed", "task_id": "<_id>", "family": "<family>", "data": <task record>}

Only loopback hosts are contacted; any other delivery is recorded as skipped. Every attempt is appended to
`MockState.webhook_log`.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlsplit

import httpx2

from .._client import shared_tls
from ._state import Job, MockState, Webhook

LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
TOKEN_HEADER = "X-A2e-Webhook-Token"
DELIVERY_TIMEOUT = 2.0


def is_loopback(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.hostname in LOOPBACK_HOSTS
    except ValueError:
        return False


class WebhookSender:
    """Runs each task-end report as an asyncio task on the server's loop, holding it until it is done."""

    def __init__(self, state: MockState) -> None:
        self.state = state
        self.running: set[asyncio.Task[None]] = set()

    async def schedule(self, jobs: list[Job], base_url: str) -> None:
        for job in jobs:
            if job.webhook is not None:
                task = asyncio.get_running_loop().create_task(self.report(job, job.webhook, base_url))
                self.running.add(task)
                task.add_done_callback(self.running.discard)

    async def report(self, job: Job, hook: Webhook, base_url: str) -> None:
        await asyncio.sleep(self.state.config.webhook_delay)
        with self.state.lock:
            record = dict(job.finish(self.state.config, base_url))
            event = "task.failed" if job.failed else "task.completed"
        entry: dict[str, Any] = {
            "url": hook.url,
            "event": event,
            "task_id": record["_id"],
            "family": hook.family,
            "status_code": None,
            "error": None,
            "skipped": not is_loopback(hook.url),
        }
        if not entry["skipped"]:
            payload = {"event": event, "task_id": record["_id"], "family": hook.family, "data": record}
            headers = {TOKEN_HEADER: hook.token} if hook.token is not None else {}
            try:
                # The process's TLS context: a client of its own per report would read the CA bundle (~20 ms).
                http = httpx2.AsyncClient(timeout=DELIVERY_TIMEOUT, trust_env=False, verify=shared_tls())
                async with http as client:
                    entry["status_code"] = (await client.post(hook.url, json=payload, headers=headers)).status_code
            except Exception as exc:  # one attempt, best effort: a receiver's failure is only recorded
                entry["error"] = f"{type(exc).__name__}: {exc}"
        with self.state.lock:
            self.state.webhook_log.append(entry)
