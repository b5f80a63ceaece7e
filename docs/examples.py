"""Short Python examples of the client's methods, built from their signatures and the spec's own examples: the
request example of an operation (else each field's `examples`), the required arguments and those the request
example sets, then a line that uses what the call returns."""

from __future__ import annotations

import json
import re
from typing import Any

from docs.client import ClassInfo, Method

HEAD = "import a2e\n\nclient = a2e.A2E()  # the API key from the A2E_API_KEY environment variable\n\n"
# The record id the spec's answer examples use, for calls that act on one record.
SAMPLE_ID = "6600aa11bb22cc33dd44ee55"
WIDTH = 100
METHODS = ("get", "post", "put", "patch", "delete")

# The client's own helpers, whose arguments are not A2E's: one example each, written out.
CLIENT_EXAMPLES = {
    "A2E": 'client = a2e.A2E(api_key="sk_...", region="china", timeout=120, max_retries=3)\n',
    "call": 'voices = client.call("tts_list_voices", country="en", region="US")  # wire names, as on the wire\n',
    "upload": (
        "from pathlib import Path\n\n"
        'image_url = client.upload(Path("portrait.png"), on_progress=lambda sent, size: print(sent, "/", size))\n'
        'task = client.image_to_video.start(name="Hello", image_url=image_url, prompt="The person waves")\n'
    ),
    "download": (
        f'video = client.videos.wait("{SAMPLE_ID}")\n'
        'path = client.download(video.result, "hello.mp4")  # streamed; nothing is left behind on failure\n'
    ),
    "wait_many": (
        f'outcomes = client.wait_many([("videos", "{SAMPLE_ID}"), ("face_swap", "6600aa11bb22cc33dd44ee56")])\n'
        "for outcome in outcomes:\n"
        "    print(outcome.task_id, outcome.record if outcome.ok else outcome.error)\n"
    ),
    "as_completed": (
        f'tasks = [("image_to_video", "{SAMPLE_ID}"), ("talking_photo", "6600aa11bb22cc33dd44ee56")]\n'
        "for outcome in client.as_completed(tasks, timeout=900):\n"
        "    print(outcome.task_id, outcome.record if outcome.ok else outcome.error)\n"
    ),
    "find_created": (
        "try:\n"
        '    task = client.face_swap.start(face_url="https://example.com/face.jpg", '
        'video_url="https://example.com/video.mp4")\n'
        "except a2e.OutcomeUnknownError as lost:\n"
        "    task = client.find_created(lost)  # None when A2E shows no task made by that call\n"
    ),
    "with_raw_response": (
        "raw = client.with_raw_response.misc.remaining_coins()\n"
        "print(raw.status_code, raw.trace_id, raw.elapsed, raw.data)\n"
    ),
    "with_options": (
        "patient = client.with_options(timeout=300, max_retries=5)  # shares client's connections\n"
        "voices = patient.tts.list_voices()\n"
    ),
    "close": (
        "client.close()\n\n"
        "with a2e.A2E() as client:  # or: closed when the block ends\n"
        "    print(client.misc.remaining_coins())\n"
    ),
}


def literal(value: Any) -> str:
    """`value` (from the spec's JSON examples) as Python source, strings in double quotes."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def call_text(target: str, arguments: list[str], indent: str = "") -> str:
    """`target(arguments)`, on one line when it fits, else one argument a line."""
    one_line = f"{target}({', '.join(arguments)})"
    if len(indent) + len(one_line) <= WIDTH or not arguments:
        return one_line
    return f"{target}(\n" + "".join(f"{indent}    {a},\n" for a in arguments) + f"{indent})"


def placeholder(annotation: str, name: str) -> str:
    if annotation.startswith(("int", "float")):
        return "1"
    if annotation.startswith("bool"):
        return "True"
    if annotation.startswith("Sequence"):
        return f'["<{name}>"]'
    return f'"<{name}>"'


class Samples:
    """The examples of one spec's operations and of the client's methods."""

    def __init__(self, spec: dict[str, Any], operations: list[dict[str, Any]], classes: dict[type, ClassInfo]):
        self.spec = spec
        self.classes = classes
        self.operations = {(op["group"], op["name"]): op for op in operations}
        self.values = {op["id"]: self.field_examples(op) for op in operations}

    def field_examples(self, op: dict[str, Any]) -> dict[str, Any]:
        """Wire name -> the spec's example value of each field of `op` (its request example wins)."""
        item = self.spec["paths"][op["path"]]
        raw = item[op["method"].lower()]
        found: dict[str, Any] = {}
        for param in item.get("parameters", []) + raw.get("parameters", []):
            param = self.resolve(param)
            found.update(example_of(param["name"], {**self.resolve(param.get("schema", {})), **param}))
        if "requestBody" in raw:
            content = self.resolve(raw["requestBody"])["content"]["application/json"]
            for wire, prop in self.resolve(content["schema"]).get("properties", {}).items():
                found.update(example_of(wire, self.resolve(prop)))
            found.update(content.get("example") or {})
            found["(request example)"] = list(content.get("example") or {})
        return found

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return node

    def example(self, method: Method) -> str:
        """A snippet that calls `method` the way the rest of the page describes it."""
        if method.owner == "client":
            body = CLIENT_EXAMPLES.get(method.name) or self.generic(method) + "\n"
            return "import a2e\n\n" + body if method.name == "A2E" else HEAD + body
        op = self.operations.get((method.owner, method.name))
        if op is not None:
            return HEAD + self.use(method, self.operation_call(method, op)) + "\n"
        if method.name.startswith("iter_") and (method.owner, method.name[5:]) in self.operations:
            return HEAD + self.iteration(method, self.operations[(method.owner, method.name[5:])]) + "\n"
        if method.name == "session":
            return HEAD + self.session(method) + "\n"
        waited = self.waited(method)
        if waited is not None:
            return HEAD + self.waiting(method, waited) + "\n"
        return HEAD + self.generic(method) + "\n"

    def arguments(self, method: Method, op: dict[str, Any], skip: tuple[str, ...] = ()) -> list[str]:
        """The required arguments and those the request example sets, with the spec's example values."""
        fields = {f["python"]: f for f in op["params"]}
        values = self.values[op["id"]]
        shown = values.get("(request example)", [])
        out = []
        for param in method.parameters:
            field = fields.get(param.name)
            if field is None or param.name in skip:
                continue
            required = param.default is None
            if not required and field["wire"] not in shown:
                continue
            value = values.get(field["wire"])
            text = literal(value) if field["wire"] in values else self.stand_in(param.annotation, field)
            positional = param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
            out.append(text if positional else f"{param.name}={text}")
        return out

    def stand_in(self, annotation: str, field: dict[str, Any]) -> str:
        """A value for a required field the spec gives no example of: a record id, an allowed value, a name."""
        schema = field["schema"]
        if field["wire"] in ("_id", "id") or "ObjectId" in str(schema.get("x-a2e-pattern-means", "")):
            return literal(SAMPLE_ID)
        if schema.get("enum"):
            return literal(schema["enum"][0])
        if "default" in field:
            return literal(field["default"])
        if re.search(r"record id|24 hex", str(schema.get("x-a2e-pattern-means", ""))):
            return literal(SAMPLE_ID)
        return placeholder(annotation, field["python"])

    def operation_call(self, method: Method, op: dict[str, Any]) -> str:
        return call_text(method.call, self.arguments(method, op))

    def use(self, method: Method, call: str) -> str:
        """The call, and a line that reads what it returns."""
        returned = self.classes.get(method.returned[0]) if method.returned else None
        if method.returns == "None" or (returned is not None and not returned.fields and not returned.members):
            return call
        name = variable(returned.name if returned else "", method.returns)
        if returned is not None and method.returns.startswith(("list[", "Iterator[", "Sequence[")):
            return f"for {name} in {call}:\n    print({name}.{first_field(returned)})"
        if returned is not None:
            return f"{name} = {call}\nprint({name}.{first_field(returned)})"
        return f"{name} = {call}\nprint({name})"

    def iteration(self, method: Method, op: dict[str, Any]) -> str:
        returned = self.classes.get(method.returned[0]) if method.returned else None
        name = variable(returned.name if returned else "", "")
        call = call_text(method.call, [*self.arguments(method, op), "max_items=50"])
        field = first_field(returned) if returned else ""
        return f"for {name} in {call}:  # page after page\n    print({name}{'.' + field if field else ''})"

    def waited(self, method: Method) -> dict[str, Any] | None:
        """The operation whose `x-a2e-wait` names `method`."""
        for (group, _), op in self.operations.items():
            if group == method.owner and op["wait"] and op["wait"]["method"] == method.name:
                return op
        return None

    def starter(self, waited: dict[str, Any]) -> dict[str, Any] | None:
        """The operation that creates the tasks `waited` reads: same group and family, role `create`."""
        family = (waited["resource"] or {}).get("family")
        for (group, _), op in self.operations.items():
            resource = op["resource"] or {}
            if group == waited["group"] and resource.get("role") == "create" and resource.get("family") == family:
                return op
        return None

    def waiting(self, method: Method, waited: dict[str, Any]) -> str:
        lines = []
        task_id = literal(SAMPLE_ID)
        start = self.starter(waited)
        if start is not None:
            start_method = self.method_of(start)
            if start_method is not None and start_method.returned and has_field(self.classes, start_method, "id"):
                lines.append(f"task = {self.operation_call(start_method, start)}")
                task_id = "task.id"
        returned = self.classes.get(method.returned[0]) if method.returned else None
        lines.append(f"record = {method.call}({task_id}, on_progress=print)  # until the task ends")
        has_results = returned is not None and "result_urls" in names_of(returned)
        lines.append("print(record.result_urls)" if has_results else "print(record)")
        return "\n".join(lines)

    def method_of(self, op: dict[str, Any]) -> Method | None:
        from docs.client import client_groups, group_methods

        cls = client_groups()[op["group"]]
        return next((m for m in group_methods(op["group"], cls) if m.name == op["name"]), None)

    def session(self, method: Method) -> str:
        opening = next(
            op
            for (group, _), op in self.operations.items()
            if group == method.owner and (op["resource"] or {}).get("role") == "room-open"
        )
        values = self.values[opening["id"]]
        fields = {f["python"]: f for f in opening["params"]}
        arguments = [
            f"{p.name}={literal(values.get(fields[p.name]['wire'], SAMPLE_ID))}"
            for p in method.parameters
            if p.default is None and p.name in fields
        ]
        return (
            f"with {call_text(method.call, arguments)} as room:  # the room is left on the way out\n"
            '    room.set_context("You sell running shoes.")\n'
            '    room.ask("Which shoe is best for a marathon?")\n'
            '    room.speak("Thanks for watching!")'
        )

    def generic(self, method: Method) -> str:
        arguments = [
            placeholder(p.annotation, p.name) if p.kind is p.POSITIONAL_OR_KEYWORD else f"{p.name}=..."
            for p in method.parameters
            if p.default is None and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
        ]
        return f"result = {call_text(method.call, arguments)}"


def example_of(wire: str, schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("examples"):
        return {wire: schema["examples"][0]}
    if "example" in schema:
        return {wire: schema["example"]}
    return {}


def variable(class_name: str, returns: str) -> str:
    """A name for what a call returns: `record`, `task`, `page`, else the class's name in snake_case."""
    for ending, name in (("Record", "record"), ("Task", "task"), ("Page", "page")):
        if class_name.endswith(ending):
            return name
    if not class_name:
        return "url" if returns == "str" else "result"
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", class_name).lower()


def names_of(info: ClassInfo) -> list[str]:
    return [f["name"] for f in info.fields] + [m.name for m in info.members]


def first_field(info: ClassInfo | None) -> str:
    if info is None:
        return ""
    names = names_of(info)
    return "id" if "id" in names else names[0] if names else ""


def has_field(classes: dict[type, ClassInfo], method: Method, name: str) -> bool:
    info = classes.get(method.returned[0])
    return info is not None and name in names_of(info) and not method.returns.startswith("list[")
