"""What each operation does in the mock: one function per operation id, returning the envelope's `data`."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping
from typing import Any

from . import _catalog
from ._state import PRICE, Account, MockConfig, VideoJob, new_id, now_iso


class MockError(Exception):
    """Answer with the error envelope: HTTP `status`, A2E `code`, `msg`."""

    def __init__(self, status: int, code: int, msg: str) -> None:
        self.status, self.code, self.msg = status, code, msg
        super().__init__(msg)


@dataclasses.dataclass
class Call:
    operation_id: str
    operation: Mapping[str, Any]
    account: Account
    params: dict[str, Any]
    base_url: str
    config: MockConfig
    task_outcome: str | None


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func

    return register


def charge(call: Call) -> None:
    if call.account.coins < PRICE:
        raise MockError(200, -1, f"Insufficient coins: {call.account.coins:g} left, {PRICE} needed")
    call.account.coins -= PRICE


@handles("tts_list_voices")
def list_voices(call: Call) -> Any:
    return _catalog.voice_groups(call.params.get("country"), call.params.get("region"))


@handles("tts_generate")
def generate_tts(call: Call) -> Any:
    voice = call.params.get("tts_id") or call.params.get("user_voice_id")
    if call.params.get("tts_id") and not _catalog.has_voice(voice):
        raise MockError(200, -1, f"tts_id {voice} is not a known voice")
    digest = hashlib.sha1(f"{voice}:{call.params['msg']}".encode()).hexdigest()[:16]
    return f"{call.base_url}/mock-assets/tts-{digest}.mp3"


@handles("videos_list_avatars")
def list_avatars(call: Call) -> Any:
    return _catalog.anchors(call.params.get("type"), call.params.get("user_video_twin_id"))


@handles("videos_generate")
def generate_video(call: Call) -> Any:
    if call.params["anchor_type"] == 0 and not _catalog.has_anchor(call.params["anchor_id"]):
        raise MockError(200, -1, f"anchor_id {call.params['anchor_id']} is not a system anchor")
    charge(call)
    record = {
        "_id": new_id(),
        "status": "init",
        "process": 0,
        "result": "",
        "title": call.params.get("title", ""),
        "anchor_id": call.params["anchor_id"],
        "anchor_type": str(call.params["anchor_type"]),
        "web_bg_width": call.params.get("web_bg_width", 0),
        "web_bg_height": call.params.get("web_bg_height", 0),
        "color": call.params.get("color"),
        "custom_backs_id": call.params.get("custom_back_id"),
        "createdAt": now_iso(),
    }
    job = VideoJob(record, call.task_outcome == "fail", call.config.process_steps)
    call.account.videos[record["_id"]] = job
    return {"_id": record["_id"]}


@handles("videos_status")
def video_status(call: Call) -> Any:
    job = call.account.videos.get(call.params["_id"])
    if job is None:
        return []  # A2E answers an unknown id with an empty array
    return [dict(job.advance(call.config, call.base_url))]


@handles("videos_list")
def list_videos(call: Call) -> Any:
    page, size = call.params.get("current", 1), call.params.get("pageSize", 10)
    jobs = list(reversed(call.account.videos.values()))
    return {"data": [dict(job.record) for job in jobs[(page - 1) * size : page * size]]}


@handles("videos_delete")
def delete_video(call: Call) -> Any:
    if call.account.videos.pop(call.params["_id"], None) is None:
        raise MockError(404, 404, f"video {call.params['_id']} not found")
    return {}


@handles("misc_remaining_coins")
def remaining_coins(call: Call) -> Any:
    return {"coins": call.account.coins, "diamonds": call.account.diamonds}
