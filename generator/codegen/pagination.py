"""`x-a2e-pagination`: how a list operation pages, for the operation table and the typed `iter_` methods."""

from __future__ import annotations

from typing import Any

from .spec import SpecError, ref_name, resolve

PAGINATION_KEYS = {"page", "size", "items", "total", "first"}
DEFAULT_PAGE_SIZE = 100  # when the spec sets no maximum for the page size


def build_pagination(
    spec: dict[str, Any], op_id: str, raw: Any, params: list[dict[str, Any]], data: dict[str, Any]
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """`x-a2e-pagination: {page, size, items, total, first}` of a list operation that pages: the wire names of its
    page-number and page-size parameters, the answer's field holding the records (`$`: `data` is the array), its
    optional total-count field and the first page's number. Returns the operation table's entry (with the Python
    attribute names of the answer's fields and the default page size: the largest the spec allows, else 100) and
    the schema of one record, whose model the typed `iter_` methods yield."""
    if raw is None:
        return None, None
    where = f"{op_id}: x-a2e-pagination"
    by_wire = page_parameters(where, op_id, raw, params)
    first = raw.get("first", 1)
    if not isinstance(first, int) or isinstance(first, bool) or first < 0:
        raise SpecError(f"{where}: first must be a page number (0 or more), got {first!r}")
    entry: dict[str, Any] = {
        "page": raw["page"],
        "size": raw["size"],
        "items": raw["items"],
        "total": None,
        "first": first,
        "items_attr": None,
        "total_attr": None,
    }
    if raw["items"] == "$":
        item = array_records(where, raw, data)
    else:
        item = field_records(spec, where, raw, data, entry)
    entry["default_size"] = by_wire[raw["size"]]["schema"].get("maximum", DEFAULT_PAGE_SIZE)
    return entry, {"model": item}


def page_parameters(where: str, op_id: str, raw: Any, params: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The operation's parameters by wire name, once the page-number and page-size ones are found to be two
    distinct integer parameters."""
    if not isinstance(raw, dict) or not {"page", "size", "items"} <= set(raw) or set(raw) - PAGINATION_KEYS:
        raise SpecError(
            f"{where} must be a mapping with page, size and items (and optionally total, first); got {raw!r}"
        )
    by_wire = {field["wire"]: field for field in params}
    for key in ("page", "size"):
        field = by_wire.get(raw[key])
        if field is None:
            raise SpecError(
                f"{where}: {key} names parameter {raw[key]!r}, which {op_id} does not have "
                f"(parameters: {', '.join(by_wire) or 'none'})"
            )
        if field["schema"].get("type") != "integer":
            raise SpecError(f"{where}: {key} parameter {raw[key]!r} must be an integer")
    if raw["page"] == raw["size"]:
        raise SpecError(f"{where}: page and size name the same parameter {raw['page']!r}")
    return by_wire


def array_records(where: str, raw: dict[str, Any], data: dict[str, Any]) -> str:
    """The model of the records of an answer whose `data` is the array itself (`items: $`)."""
    if data["kind"] != "list":
        raise SpecError(f"{where}: items '$' needs an answer whose data is an array of a named schema")
    if "total" in raw:
        raise SpecError(f"{where}: an array answer has no total field (drop total)")
    model: str = data["model"]
    return model


def field_records(
    spec: dict[str, Any], where: str, raw: dict[str, Any], data: dict[str, Any], entry: dict[str, Any]
) -> str:
    """The model of the records in the answer's field `items`; sets the Python names of `items` and `total` in the
    table's `entry` (and `total` itself, once it is found to be an integer field of the answer)."""
    from openapi_python_client.strings import PythonIdentifier

    answer = spec["components"]["schemas"].get(data.get("model") or "", {}) if data["kind"] == "model" else {}
    fields = resolve(spec, answer).get("properties", {})
    found = resolve(spec, fields.get(raw["items"], {}))
    item = ref_name(found.get("items")) if found.get("type") == "array" else None
    if item is None:
        raise SpecError(
            f"{where}: items names {raw['items']!r}, which is not an array of a named schema in the answer "
            f"{data.get('model') or '(no schema)'} (fields: {', '.join(fields) or 'none'}; use '$' for an array answer)"
        )
    entry["items_attr"] = str(PythonIdentifier(raw["items"], "field_"))
    if "total" in raw:
        total = resolve(spec, fields.get(raw["total"], {}))
        kinds = total.get("type") if isinstance(total.get("type"), list) else [total.get("type")]
        if "integer" not in kinds:
            raise SpecError(
                f"{where}: total names {raw['total']!r}, which is not an integer field of the answer "
                f"{data['model']} (fields: {', '.join(fields)})"
            )
        entry["total"] = raw["total"]
        entry["total_attr"] = str(PythonIdentifier(raw["total"], "field_"))
    return item
