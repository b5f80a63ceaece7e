"""The mock's fixed catalogue: public voices and system anchors."""

from __future__ import annotations

from typing import Any

VOICES = [
    # (group label, group value, voice name, tts_id, locale)
    ("Female", "female", "Jenny", "6625ebd4613f49985c349f95", "en-US"),
    ("Female", "female", "Sonia", "6625ebd4613f49985c349f96", "en-GB"),
    ("Male", "male", "Guy", "6625ebd4613f49985c349f97", "en-US"),
    ("Male", "male", "Yunxi", "6625ebd4613f49985c349f98", "zh-CN"),
]

ANCHORS = [
    {"_id": "65f1a2b3c4d5e6f7a8b9c0d1", "name": "Olivia", "gender": "female", "lang": ["en-US"]},
    {"_id": "65f1a2b3c4d5e6f7a8b9c0d2", "name": "Marcus", "gender": "male", "lang": ["en-US", "en-GB"]},
    {"_id": "65f1a2b3c4d5e6f7a8b9c0d3", "name": "Mei", "gender": "female", "lang": ["zh-CN"]},
]


def voice_groups(country: str | None, region: str | None) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for label, value, name, tts_id, locale in VOICES:
        lang, _, area = locale.partition("-")
        if (country and country != lang) or (region and region != area):
            continue
        group = groups.setdefault(value, {"label": label, "value": value, "children": []})
        group["children"].append({"label": name, "value": tts_id, "ttsRate": 1})
    return list(groups.values())


def has_voice(tts_id: str) -> bool:
    return any(voice[3] == tts_id for voice in VOICES)


def anchors(kind: str | None, twin_id: str | None) -> list[dict[str, Any]]:
    if kind == "custom" or twin_id:
        return []
    return [
        {
            **anchor,
            "type": "default",
            "anchor_type": 0,
            "video_cover": f"https://prod-tos.avatar2everyone.com/anchor/{anchor['_id']}.jpg",
            "createdAt": "2025-01-01T00:00:00.000Z",
        }
        for anchor in ANCHORS
    ]


def has_anchor(anchor_id: str) -> bool:
    return any(anchor["_id"] == anchor_id for anchor in ANCHORS)


STREAMING_AVATARS = [
    {"_id": "66b0c0ffee00000000000001", "name": "Ava (live)", "preview_url": None, "is_available": True},
    {"_id": "66b0c0ffee00000000000002", "name": "Leo (live)", "preview_url": None, "is_available": True},
]
LANGUAGES = [("English (US)", "en-US"), ("English (UK)", "en-GB"), ("Chinese (Mandarin)", "zh-CN"), ("German", "de-DE")]
BACKGROUNDS = [("65f1a2b3c4d5e6f7a8b9d001", "Office"), ("65f1a2b3c4d5e6f7a8b9d002", "Studio")]


def streaming_avatars() -> list[dict[str, Any]]:
    return [dict(avatar) for avatar in STREAMING_AVATARS]


def has_streaming_avatar(avatar_id: str) -> bool:
    return any(avatar["_id"] == avatar_id for avatar in STREAMING_AVATARS)


def languages() -> list[dict[str, Any]]:
    return [{"label": label, "value": value} for label, value in LANGUAGES]


def backgrounds() -> list[dict[str, Any]]:
    return [{"_id": _id, "name": name, "type": "default", "img_url": f"https://prod-tos.avatar2everyone.com/bg/{_id}.jpg"}
            for _id, name in BACKGROUNDS]  # fmt: skip


FIXED_ITEMS = {"background": backgrounds}  # families where A2E lists its own items before the account's
