"""Where each setting comes from: the command-line flag first, then the environment, then the profile of the
config file; and how a setting is shown (the API key never in full)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, NamedTuple

from ._profiles import Profile

NAMES = ("api_key", "base_url", "region", "timeout", "max_retries")
ENVIRONMENT = {"api_key": "A2E_API_KEY", "base_url": "A2E_BASE_URL", "region": "A2E_REGION"}
FLAG, ENV, PROFILE = 0, 1, 2  # the sources, strongest first


class Setting(NamedTuple):
    value: Any
    source: str  # `--timeout`, `A2E_API_KEY` or `profile 'work' in PATH`
    rank: int


def resolve(given: Mapping[str, Any], profile: Profile) -> dict[str, Setting]:
    """Each setting from its strongest source (`given` holds the flags); settings set nowhere are left out."""
    found = {}
    for name in NAMES:
        setting = pick(name, given, profile)
        if setting is not None:
            found[name] = setting
    return place(found)


def pick(name: str, given: Mapping[str, Any], profile: Profile) -> Setting | None:
    if given.get(name) is not None:
        return Setting(given[name], "--" + name.replace("_", "-"), FLAG)
    variable = ENVIRONMENT.get(name)
    text = os.environ.get(variable, "").strip() if variable else ""
    if variable and text:
        return Setting(text, variable, ENV)
    if name in profile.values:
        return Setting(profile.values[name], profile.where, PROFILE)
    return None


def place(found: dict[str, Setting]) -> dict[str, Setting]:
    """A base URL and a region both say where A2E is: the one from the stronger source wins. From the same source,
    the base URL wins, as the library reads A2E_BASE_URL before A2E_REGION; only two flags clash (an error)."""
    base, region = found.get("base_url"), found.get("region")
    if base is None or region is None:
        return found
    if region.rank < base.rank:
        del found["base_url"]
    elif base.rank < region.rank or base.rank != FLAG:
        del found["region"]
    return found


def masked(key: str) -> str:
    """The key as it may be shown: its last 4 characters (none of a short one) and its length."""
    tail = f"…{key[-4:]} " if len(key) >= 12 else ""
    return f"{tail}({len(key)} characters)"


def shown(name: str, value: Any) -> str:
    return masked(str(value)) if name == "api_key" else str(value)
