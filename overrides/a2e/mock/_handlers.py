"""What each operation does in the mock: one function per operation id, returning the envelope's `data`."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from . import _catalog
from ._state import PRICE, Account, MockConfig, TaskJob, VideoJob, new_id, now_iso


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

    @property
    def family(self) -> str:
        return self.operation["resource"]["family"]

    def wire_body(self) -> dict[str, Any]:
        """The declared body fields that were sent (extra fields of open bodies are not echoed)."""
        declared = {f["wire"] for f in self.operation["params"] if f["in"] == "body"}
        return {k: v for k, v in self.params.items() if k in declared}


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}  # by operation id
ROLES: dict[str, Handler] = {}  # by x-a2e-resource role, for operations without their own handler


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func

    return register


def role(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        ROLES[name] = func
        return func

    return register


def handler_for(operation_id: str, operation: Mapping[str, Any]) -> Handler:
    if operation_id in HANDLERS:
        return HANDLERS[operation_id]
    return ROLES[operation["resource"]["role"]]


def charge(call: Call, coins: float = PRICE) -> None:
    if call.account.coins < coins:
        raise MockError(200, -1, f"Insufficient coins: {call.account.coins:g} left, {coins:g} needed")
    call.account.coins -= coins
    call.account.transactions.append(
        {
            "_id": new_id(),
            "coins": -coins,
            "type": call.operation_id,
            "description": call.operation["summary"],
            "createdAt": now_iso(),
        }  # fmt: skip
    )


def not_found(what: str, record_id: str, in_path: bool) -> MockError:
    """A path id A2E does not know is a 404; an id in a body is an error envelope inside HTTP 200."""
    return MockError(404 if in_path else 200, 404, f"{what} {record_id} not found")


def page(call: Call, records: list[dict[str, Any]]) -> dict[str, Any]:
    number, size = call.params.get("pageNum", 1), call.params.get("pageSize", 10)
    newest = list(reversed(records))
    return {"rows": newest[(number - 1) * size : number * size], "count": len(records)}


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


# -- dialect B task families -------------------------------------------------------------------------------


ITEM_FAMILIES = {"background", "face_image"}  # plain records, not tasks


def store(call: Call) -> dict[str, Any]:
    """The records of the call's family: items (backgrounds, faces) or task jobs."""
    if call.family in ITEM_FAMILIES:
        return call.account.items.setdefault(call.family, {})
    return call.account.family(call.family)


def job(call: Call, in_path: bool = True) -> TaskJob:
    task_id = call.params["_id"]
    found = call.account.family(call.family).get(task_id)
    if found is None:
        raise not_found(f"{call.family} task", task_id, in_path)
    return found


def advanced(call: Call, jobs: list[TaskJob]) -> list[dict[str, Any]]:
    return [dict(j.advance(call.config, call.base_url)) for j in jobs]


@role("create")
def create_task(call: Call) -> Any:
    if call.operation["charged"]:
        charge(call)
    now = now_iso()
    record = {**call.wire_body(), "_id": new_id(), "current_status": "initialized", "result_url": None,
              "failed_message": None, "failed_code": None, "coins": PRICE if call.operation["charged"] else 0,
              "createdAt": now, "updatedAt": now}  # fmt: skip
    record.pop("ids", None)
    new = TaskJob(call.family, record, call.task_outcome == "fail", call.config.process_steps)
    call.account.family(call.family)[record["_id"]] = new
    return dict(record)


@role("get")
def get_task(call: Call) -> Any:
    return advanced(call, [job(call)])[0]


@role("batch")
def batch_tasks(call: Call) -> Any:
    store = call.account.family(call.family)
    return advanced(call, [store[i] for i in dict.fromkeys(call.params["ids"]) if i in store])


@role("page")
def page_tasks(call: Call) -> Any:
    return page(call, [dict(r.record) if isinstance(r, TaskJob) else dict(r) for r in store(call).values()])


@role("processing")
@role("status-list")
def running_tasks(call: Call) -> Any:
    jobs = list(call.account.family(call.family).values())
    return [r for r in advanced(call, jobs) if r["current_status"] not in ("completed", "failed")]


@role("completed")
def completed_tasks(call: Call) -> Any:
    jobs = list(call.account.family(call.family).values())
    return [r for r in advanced(call, jobs) if r["current_status"] == "completed"]


@role("delete")  # DELETE .../{_id}
@role("remove")  # POST .../remove or .../del with {_id}
def delete_record(call: Call) -> Any:
    if store(call).pop(call.params["_id"], None) is None:
        in_path = "{_id}" in call.operation["path"]
        raise not_found(call.family, call.params["_id"], in_path)
    return {}


@role("mark")
def mark_task(call: Call) -> Any:
    job(call).record[call.operation_id.rsplit("_", 1)[1]] = True
    return {}


@role("action")
def task_action(call: Call) -> Any:
    found = job(call, in_path=False)
    if call.operation_id == "avatars_continue_training":
        if call.account.diamonds < 1:
            raise MockError(200, -1, "Continue Training needs 1 diamond: exchange coins for diamonds first")
        call.account.diamonds -= 1
    return {"_id": found.record["_id"]}


# -- items that are not tasks: background images, face images ------------------------------------------------


def add_item(call: Call) -> dict[str, Any]:
    now = now_iso()
    item = {**call.wire_body(), "_id": new_id(), "createdAt": now, "updatedAt": now}
    store(call)[item["_id"]] = item
    return item


@role("add")
def add_one(call: Call) -> Any:
    return dict(add_item(call))


@role("add-all")
def add_and_list(call: Call) -> Any:
    add_item(call)
    return [dict(item) for item in store(call).values()]


@role("list-all")
def list_items(call: Call) -> Any:
    own = [{**item, "type": "custom"} for item in store(call).values()]
    return _catalog.backgrounds() + own


# -- streaming rooms ---------------------------------------------------------------------------------------


def room(call: Call) -> dict[str, Any]:
    found = call.account.rooms.get(call.params["channel"])
    if found is None or not found["open"]:
        raise MockError(200, 404, f"channel {call.params['channel']} is not an open room")
    return found


@role("room-open")
def open_room(call: Call) -> Any:
    if not _catalog.has_streaming_avatar(call.params["avatar_id"]):
        raise MockError(200, -1, f"avatar_id {call.params['avatar_id']} is not a streaming avatar")
    charge(call)
    channel = f"room-{new_id()}"
    seconds = call.params.get("expire_seconds", 60)
    call.account.rooms[channel] = {"open": True, "context": "", "said": [], "avatar_id": call.params["avatar_id"]}
    return {"token": f"agora-{new_id()}", "appId": "mock-app", "channel": channel, "uid": 1000,
            "expire_epoch_timestamp": int(time.time()) + seconds,
            "expire_date_UTC": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + seconds))}  # fmt: skip


@role("room-context")
def set_context(call: Call) -> Any:
    room(call)["context"] = call.params["text"]
    return {}


@role("room-context-get")
def get_context(call: Call) -> Any:
    return {"channel": call.params["channel"], "text": room(call)["context"]}


@role("room-say")
def say(call: Call) -> Any:
    room(call)["said"].append((call.operation_id, call.params["text"]))
    return {}


@role("room-leave")
def leave(call: Call) -> Any:
    room(call)["open"] = False
    return {}


# -- account and utilities -----------------------------------------------------------------------------------


@role("exchange")
def exchange(call: Call) -> Any:
    charge(call, call.params["diamonds"] * 100)
    call.account.diamonds += call.params["diamonds"]
    return {"coins": call.account.coins, "diamonds": call.account.diamonds}


@role("transfer")
def transfer(call: Call) -> Any:
    digest = hashlib.sha1(call.params["url"].encode()).hexdigest()[:16]
    suffix = call.params["url"].rsplit(".", 1)[-1][:4] if "." in call.params["url"][-6:] else "bin"
    return {"url": f"{call.base_url}/mock-assets/stored-{digest}.{suffix}"}


@role("presign")
def presign(call: Call) -> Any:
    key = call.params.get("key") or f"user/{new_id()}"
    return {"uploadUrl": f"{call.base_url}/mock-upload/{key}?signature=mock", "key": key, "bucket": "a2e-mock",
            "expiresIn": 300, "cdnUrl": f"{call.base_url}/mock-assets/{key.rsplit('/', 1)[-1]}"}  # fmt: skip


@role("quote")
def quote(call: Call) -> Any:
    return {"coins": PRICE, "endpoint": call.params["endpoint"]}


@role("history")
def history(call: Call) -> Any:
    return page(call, call.account.transactions)


@role("prompt")
def extend_prompt(call: Call) -> Any:
    return {"prompt": f"{call.params['prompt']}, natural motion, steady camera, soft light"}


# -- operations with behaviour of their own ------------------------------------------------------------------


@handles("tokens_login")
def login(call: Call) -> Any:
    return {"token": f"login_{new_id()}"}


@handles("tokens_generate")
def generate_token(call: Call) -> Any:
    return {"_id": new_id(), "token": f"sk_{new_id()}", "alias": call.params["alias"], "createdAt": now_iso()}


@handles("tokens_delete")
def delete_token(call: Call) -> Any:
    return {}


@handles("tokens_list")
@handles("tokens_guide")
def list_tokens(call: Call) -> Any:
    return []


@handles("tts_list_voices_post")
def list_voices_post(call: Call) -> Any:
    return list_voices(call)


@handles("videos_list_post")
def list_videos_post(call: Call) -> Any:
    return list_videos(call)


@handles("videos_list_avatars_post")
def list_avatars_post(call: Call) -> Any:
    return list_avatars(call)


@handles("videos_list_lip_sync_models")
def list_lip_sync_models(call: Call) -> Any:
    return []


@handles("videos_detect_language")
def detect_language(call: Call) -> Any:
    text = call.params["msg"]
    return {"lang": "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en-US"}


@handles("videos_auto_public_pool")
def auto_public_pool(call: Call) -> Any:
    return {}


@handles("videos_get")
def get_video(call: Call) -> Any:
    found = call.account.videos.get(call.params["_id"])
    if found is None:
        raise not_found("video", call.params["_id"], in_path=True)
    return dict(found.record)


@handles("streaming_list_avatars")
def list_streaming_avatars(call: Call) -> Any:
    return _catalog.streaming_avatars()


@handles("misc_add_user")
def add_user(call: Call) -> Any:
    return {"_id": new_id()}


@handles("misc_list_languages")
def list_languages(call: Call) -> Any:
    return _catalog.languages()


@handles("image_to_video_average_time")
def average_time(call: Call) -> Any:
    return {"avg_seconds": 240}
