"""What each operation does in the mock: one function per operation id, returning the envelope's `data`."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from _a2e_api.operations import OPERATIONS

from .._operations import family_of, role_of, waits_via_list
from . import _catalog
from ._state import PRICE, Account, Job, MockConfig, TaskJob, VideoJob, Webhook, new_id, now_iso
from ._storage import upload_urls

if TYPE_CHECKING:
    from _a2e_api.operations.types import Operation, Pagination, Param

ID_NAMES = ("_id", "id")  # how an open body may name a record id
PAGE_NUMBER_NAMES = ("pageNum", "page", "current")
PAGE_SIZE_NAMES = ("pageSize", "page_size")
VIDEO = "video"  # the avatar-video family (status dialect A)


class MockError(Exception):
    """Answer with the error envelope: HTTP `status`, A2E `code`, `msg`."""

    def __init__(self, status: int, code: int, msg: str) -> None:
        self.status, self.code, self.msg = status, code, msg
        super().__init__(msg)


@dataclasses.dataclass
class Call:
    operation_id: str
    operation: Operation
    account: Account
    params: dict[str, Any]
    base_url: str
    config: MockConfig
    task_outcome: str | None
    ending: list[Job] = dataclasses.field(default_factory=list)  # tasks to drive to their end and report

    @property
    def family(self) -> str:
        family = family_of(self.operation)
        if family is None:
            raise MockError(501, 501, f"the mock has no behaviour for {self.operation_id}: it names no family")
        return family

    @property
    def role(self) -> str | None:
        return role_of(self.operation)

    def wire_body(self) -> dict[str, Any]:
        """The declared body fields that were sent (extra fields of open bodies are not echoed)."""
        declared = {f["wire"] for f in self.operation["params"] if f["in"] == "body"}
        return {k: v for k, v in self.params.items() if k in declared}

    def sent_body(self) -> dict[str, Any]:
        """Every body field that was sent, declared or not."""
        elsewhere = {f["wire"] for f in self.operation["params"] if f["in"] != "body"}
        return {k: v for k, v in self.params.items() if k not in elsewhere}

    def id_source(self) -> tuple[str, str] | None:
        """(name, location) of the id this call names: the operation's record id parameter (from the spec), or
        for an operation without one, an id an open body carried."""
        declared = self.operation["record_id"]
        if declared:
            return declared["wire"], declared["in"]
        return next(((name, "body") for name in ID_NAMES if name in self.params), None)

    @property
    def record_id(self) -> str | None:
        source = self.id_source()
        value = self.params.get(source[0]) if source else None
        return None if value is None else str(value)

    @property
    def required_id(self) -> str:
        """The record id, for handlers that cannot work without one."""
        if self.record_id is None:
            raise MockError(200, 400, "the record id is missing")  # A2E answers most bad input inside HTTP 200
        return self.record_id

    @property
    def id_in_path(self) -> bool:
        source = self.id_source()
        return source is not None and source[1] == "path"


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


def handler_for(operation_id: str, operation: Operation) -> Handler:
    if operation_id in HANDLERS:
        return HANDLERS[operation_id]
    role_name = role_of(operation)
    if role_name is None or role_name not in ROLES:
        raise MockError(
            501,
            501,
            f"the mock has no behaviour for {operation_id}: give it a known x-a2e-resource "
            f"role or a handler in a2e.mock._handlers (role: {role_name})",
        )
    return ROLES[role_name]


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
        }
    )


def not_found(what: str, record_id: str | None, in_path: bool) -> MockError:
    """A path id A2E does not know is a 404; an id in a body is an error envelope inside HTTP 200."""
    return MockError(404 if in_path else 200, 404, f"{what} {record_id} not found")


def page(call: Call, records: list[dict[str, Any]]) -> Any:
    """Newest first, one page of them, only records with the `status` asked for when the call names one.

    An operation with `x-a2e-pagination` pages as the spec says: its page-number and page-size parameters (the
    size's default when none is sent, the first page when the number is before it), the records in its `items`
    field (or the answer itself for `$`) and the count in its `total` field. Other operations read any of A2E's
    styles (`pageNum`, `page` or `current`; `pageSize` or `page_size`) and answer `{rows, count}`. The last page
    is short and a page past the end is empty, so clients that page until then stop."""
    rule = call.operation.get("pagination")  # `get`: a row built by hand (as in tests) may leave it out
    if call.params.get("status") is not None:
        wanted = str(call.params["status"])
        records = [r for r in records if str(r.get("current_status", r.get("status"))) == wanted]
    number, size = page_window(call, rule)
    rows = list(reversed(records))[number * size : (number + 1) * size]
    if rule is None:
        return {"rows": rows, "count": len(records)}
    if rule["items"] == "$":
        return rows
    answer: dict[str, Any] = {rule["items"]: rows}
    if rule["total"] is not None:
        answer[rule["total"]] = len(records)
    return answer


def page_window(call: Call, rule: Pagination | None) -> tuple[int, int]:
    """(pages to skip, page size) of a list call."""
    if rule is None:
        number, size = first_int(call.params, PAGE_NUMBER_NAMES, 1), first_int(call.params, PAGE_SIZE_NAMES, 10)
        return max(1, number) - 1, max(0, size)
    size_field: Param | None = next((f for f in call.operation["params"] if f["wire"] == rule["size"]), None)
    default = size_field["default"] if size_field is not None and "default" in size_field else 10
    size = max(0, first_int(call.params, (rule["size"],), default))
    return max(0, first_int(call.params, (rule["page"],), rule["first"]) - rule["first"]), size


def first_int(params: Mapping[str, Any], names: tuple[str, ...], default: int) -> int:
    value = next((params[name] for name in names if name in params), default)
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def webhook_for(call: Call, family: str) -> Webhook | None:
    """The task-end report a create call asked for with `webhook_url` (and `webhook_token`), if any."""
    url = call.params.get("webhook_url")
    if not url:
        return None
    token = call.params.get("webhook_token")
    return Webhook(str(url), None if token is None else str(token), family)


@handles("tts_list_voices")
def list_voices(call: Call) -> Any:
    params = call.params
    return _catalog.voice_groups(params.get("country"), params.get("region"), params.get("voice_map_type"))


@handles("tts_generate")
def generate_tts(call: Call) -> Any:
    voice = call.params.get("tts_id") or call.params.get("user_voice_id")
    if call.params.get("tts_id") and not _catalog.has_voice(str(voice)):
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
        "anchor_type": as_text(call.params["anchor_type"]),
        "web_bg_width": call.params.get("web_bg_width", 0),
        "web_bg_height": call.params.get("web_bg_height", 0),
        "color": call.params.get("color"),
        "custom_backs_id": call.params.get("custom_back_id"),
        "createdAt": now_iso(),
    }
    started(
        call,
        VideoJob(record, call.task_outcome == "fail", call.config.process_steps, webhook=webhook_for(call, VIDEO)),
        VIDEO,
    )
    return {"_id": record["_id"]}


def as_text(number: Any) -> str:
    """A number as A2E's records write it in a string field: `0`, not `0.0` (the spec's example is '0')."""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


def started(call: Call, new: Job, family: str) -> None:
    """Keep a new task; one that asked for a webhook is also driven to its end without polls."""
    call.account.family(family)[new.record["_id"]] = new
    if new.webhook is not None:
        call.ending.append(new)


@handles("videos_status")
def video_status(call: Call) -> Any:
    job = call.account.family(VIDEO).get(call.required_id)
    if job is None:
        return []  # A2E answers an unknown id with an empty array
    return [dict(job.advance(call.config, call.base_url))]


@handles("videos_list")
def list_videos(call: Call) -> Any:
    """The avatar videos, newest first, one page (`current`, `pageSize`) in the answer's `data`."""
    answer = page(call, [dict(current(call, job)) for job in call.account.family(VIDEO).values()])
    return answer if call.operation["pagination"] else {"data": answer["rows"]}


@handles("videos_delete")
def delete_video(call: Call) -> Any:
    if call.account.family(VIDEO).pop(call.required_id, None) is None:
        raise not_found(VIDEO, call.record_id, call.id_in_path)
    return {}


@handles("misc_remaining_coins")
def remaining_coins(call: Call) -> Any:
    return {"coins": call.account.coins, "diamonds": call.account.diamonds}


# -- tasks and items by role (every family, avatar videos included) -------------------------------------------


ITEM_ROLES = frozenset({"add", "add-all", "list-all", "update"})


@cache
def families_with(roles: frozenset[str]) -> frozenset[str]:
    families = (family_of(op) for op in OPERATIONS.values() if role_of(op) in roles)
    return frozenset(family for family in families if family is not None)


def keeps_items(call: Call) -> bool:
    """Whether the call's family is plain records (backgrounds, face images, custom avatars) rather than tasks:
    records are added, listed whole or updated, and never created as tasks."""
    if call.family in families_with(frozenset({"create"})):
        return False
    return call.role in ITEM_ROLES or call.family in families_with(ITEM_ROLES)


def store(call: Call) -> dict[str, Any]:
    """The records of the call's family: items or task jobs."""
    if keeps_items(call):
        return call.account.items.setdefault(call.family, {})
    return call.account.family(call.family)


def current(call: Call, entry: Job | dict[str, Any], poll: bool = False) -> dict[str, Any]:
    """The record of an item, or of a task as it stands now: time moves a task whoever reads it, so a list shows
    every step a read by id would (only a read by id or batch is a poll, one step of its own; `poll` makes this
    read one too)."""
    if isinstance(entry, dict):
        return entry
    return entry.advance(call.config, call.base_url) if poll else entry.refresh(call.config, call.base_url)


def stored(call: Call) -> dict[str, Any]:
    """The item or task record the call's id names; not found is a 404 for a path id, else an error envelope."""
    found = store(call).get(call.required_id)
    if found is None:
        raise not_found(call.family, call.record_id, call.id_in_path)
    return current(call, found)


def job(call: Call) -> Job:
    found = call.account.family(call.family).get(call.required_id)
    if found is None:
        raise not_found(f"{call.family} task", call.record_id, call.id_in_path)
    return found


def advanced(call: Call, jobs: list[Job]) -> list[dict[str, Any]]:
    return [dict(j.advance(call.config, call.base_url)) for j in jobs]


@role("create")
def create_task(call: Call) -> Any:
    if call.operation["charged"]:
        charge(call)
    now = now_iso()
    record = {
        **call.wire_body(),
        "_id": new_id(),
        "current_status": "initialized",
        "result_url": None,
        "failed_message": None,
        "failed_code": None,
        "coins": PRICE if call.operation["charged"] else 0,
        "createdAt": now,
        "updatedAt": now,
    }
    record.pop("ids", None)
    started(
        call,
        TaskJob(
            call.family,
            record,
            call.task_outcome == "fail",
            call.config.process_steps,
            webhook=webhook_for(call, call.family),
        ),
        call.family,
    )
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
    poll = waits_via_list(call.operation)  # a list a family is waited through is its only read: reading it polls
    return page(call, [dict(current(call, entry, poll)) for entry in store(call).values()])


def listed(call: Call) -> list[tuple[Job, dict[str, Any]]]:
    """The family's tasks with their records as they stand now (a list is not a poll)."""
    return [(j, dict(current(call, j))) for j in call.account.family(call.family).values()]


@role("processing")
@role("status-list")
def running_tasks(call: Call) -> Any:
    return [record for j, record in listed(call) if not j.finished]


@role("completed")
def completed_tasks(call: Call) -> Any:
    return [record for j, record in listed(call) if j.finished and not j.failed]


@role("delete")  # DELETE .../{_id}
@role("remove")  # POST .../remove or .../del with {_id}
def delete_record(call: Call) -> Any:
    stored(call)  # not found is an error
    del store(call)[call.required_id]
    return {}


@role("mark")
def mark_task(call: Call) -> Any:
    job(call).record[call.operation_id.rsplit("_", 1)[1]] = True
    return {}


@role("rename")  # PUT .../{_id} with {name}
def rename(call: Call) -> Any:
    record = stored(call)
    record.update(name=call.params.get("name", record.get("name")), updatedAt=now_iso())
    return dict(record)


@role("update")  # PUT .../{_id} with an open body: the sent fields replace the item's
def update_item(call: Call) -> Any:
    record = stored(call)
    record.update({k: v for k, v in call.sent_body().items() if k not in ID_NAMES}, updatedAt=now_iso())
    return dict(record)


@role("retry")  # POST .../retry with {_id}: a failed task runs again
def retry_task(call: Call) -> Any:
    if call.record_id is None:
        return {}
    found = job(call)
    if not found.failed:
        raise MockError(200, -1, f"{call.family} task {call.record_id} has not failed: only failed tasks are retried")
    found.restart()
    if found.webhook is not None:
        call.ending.append(found)
    return {"_id": call.record_id}


@role("action")
def task_action(call: Call) -> Any:
    found = job(call)
    if call.operation_id in ("avatars_continue_training", "avatars_continue_tranining"):
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
    """A2E's own items of the family first, when it has some (backgrounds), then the account's."""
    own = [dict(current(call, entry)) for entry in store(call).values()]
    fixed = _catalog.FIXED_ITEMS.get(call.family)
    return own if fixed is None else fixed() + [{**item, "type": "custom"} for item in own]


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
    return {
        "token": f"agora-{new_id()}",
        "appId": "mock-app",
        "channel": channel,
        "uid": 1000,
        "expire_epoch_timestamp": int(time.time()) + seconds,
        "expire_date_UTC": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + seconds)),
    }


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
    key = f"adam2eve/mock/user/{new_id()}/{call.params.get('key') or new_id()}"  # scoped as A2E scopes it
    return {**upload_urls(call.base_url, key, call.task_outcome), "key": key, "bucket": "a2e-mock", "expiresIn": 300}


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


@handles("tokens_generate")
def generate_token(call: Call) -> Any:
    return {"_id": new_id(), "token": f"sk_{new_id()}", "alias": call.params["alias"], "createdAt": now_iso()}


@handles("tts_list_voices_post")
def list_voices_post(call: Call) -> Any:
    return list_voices(call)


@handles("videos_detect_language")
def detect_language(call: Call) -> Any:
    text = call.params["msg"]
    return {"lang": "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en-US"}


@handles("videos_auto_public_pool")
def auto_public_pool(call: Call) -> Any:
    return {}


@handles("videos_get")
def get_video(call: Call) -> Any:
    found = call.account.family(VIDEO).get(call.required_id)
    if found is None:
        raise not_found(VIDEO, call.record_id, call.id_in_path)
    return dict(found.advance(call.config, call.base_url))


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


@role("all")
def all_tasks(call: Call) -> Any:
    return [record for _, record in listed(call)]


@handles("tts_list_presets")
def list_presets(call: Call) -> Any:
    return _catalog.presets()


@handles("videos_list_anchors")
def list_anchors(call: Call) -> Any:
    return _catalog.anchors(None, None)


@handles("avatars_upload")
@handles("avatars_train")
@handles("avatars_upload_status")
def avatar_upload_flow(call: Call) -> Any:
    # A2E has not published these bodies or answers; the mock acknowledges them.
    return {}


@handles("custom_avatars_list_tags")
def list_avatar_tags(call: Call) -> Any:
    return ["business", "casual", "education"]


@handles("backgrounds_random")
def random_background(call: Call) -> Any:
    return _catalog.backgrounds()[0]


@handles("image_to_video_unlimited_queue_level")
def unlimited_queue_level(call: Call) -> Any:
    return {"level": 0}


@handles("veo_get_1080p")
def veo_1080p(call: Call) -> Any:
    record = job(call).advance(call.config, call.base_url)
    url = record.get("result_url")
    return {"_id": record["_id"], "video_url": url.replace(".mp4", "-1080p.mp4") if url else None}
