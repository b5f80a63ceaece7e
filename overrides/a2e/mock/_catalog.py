"""The mock's fixed catalogue: public voices, system anchors, streaming avatars, languages and backgrounds.

It holds the public ids that apps written for the real A2E use (listed in the project's evidence, "The mock and
the client against real A2E clients": code copied from those apps works against the mock), plus voices the mock
makes up so that each language it lists has some. Made-up ids start with `6d6f636b` ("mock" in hex), except
the first few, which earlier versions of the mock had and which stay for code that copied them. Where neither
the evidence nor a public source says a voice's gender or language, the entry says so instead of guessing; such
a voice is known to `send_tts` but left out of `voice_list`, whose groups are genders and whose filters are
languages.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Voice(NamedTuple):
    name: str
    tts_id: str
    gender: str | None  # the voice_list group: "female" or "male"; None where no source says
    locale: str | None  # e.g. "ru-RU"; None where no source says


VOICES = [
    # -- public ids from apps that ran against A2E --------------------------------------------------------------
    # The evidence gives the name "Brian - English" (the mock called this id "Jenny" before). Gender: the evidence
    # does not say; a public pipeline passes it with `--gender male`. Language: the evidence says English, not
    # which region; en-US, as the mock had it, so filters by en-US keep finding it.
    Voice("Brian - English", "6625ebd4613f49985c349f95", "male", "en-US"),
    # The evidence: Russian, female (an app's `generate_tts_ru_female`). Its name is not published.
    Voice("Russian Female", "63a549c1ad2a27fe43d9669a", "female", "ru-RU"),
    # The evidence gives neither gender nor language; a public app's comment calls it "Turkish Male
    # (TR-TR-AhmetNeural)", which is the only source for both.
    Voice("Ahmet (Turkish)", "63a549c1ad2a27fe43d966e1", "male", "tr-TR"),
    # The evidence gives the name only; a public app maps it to its male voice and names it
    # en-US-AndrewMultilingualNeural, the only source for gender and language.
    Voice("Andrew Multilingual", "66d3fb1bc051cfb134c60f20", "male", "en-US"),
    # The evidence gives the name only; the same app maps it to its female voice. No source gives its language
    # (the app says only that it speaks Chinese and English): listed without a locale.
    Voice("Emma Multilingual", "66d3fb89357648b14c4f4f26", "female", None),
    # The evidence gives neither name, gender nor language (public apps call it "Public voice" and "Alice voice ID
    # from documentation"): accepted by send_tts, not listed.
    Voice("Alice", "66dc61ec5148817d26f5b79e", None, None),
    # A2E's published document's example `tts_id` for send_tts; nothing else is known about it: not listed.
    Voice("A2E document example", "66dc3c1b7dc1f1c483cc5ab8", None, None),
    # -- the mock's own voices ---------------------------------------------------------------------------------
    Voice("Sonia", "6625ebd4613f49985c349f96", "female", "en-GB"),
    Voice("Guy", "6625ebd4613f49985c349f97", "male", "en-US"),
    Voice("Yunxi", "6625ebd4613f49985c349f98", "male", "zh-CN"),
    Voice("Jenny", "6d6f636b0000000000000001", "female", "en-US"),
    Voice("Ryan", "6d6f636b0000000000000002", "male", "en-GB"),
    Voice("Dmitry", "6d6f636b0000000000000003", "male", "ru-RU"),
    Voice("Athina", "6d6f636b0000000000000004", "female", "el-GR"),
    Voice("Nestoras", "6d6f636b0000000000000005", "male", "el-GR"),
    Voice("Katja", "6d6f636b0000000000000006", "female", "de-DE"),
    Voice("Conrad", "6d6f636b0000000000000007", "male", "de-DE"),
    Voice("Elvira", "6d6f636b0000000000000008", "female", "es-ES"),
    Voice("Alvaro", "6d6f636b0000000000000009", "male", "es-ES"),
    Voice("Denise", "6d6f636b000000000000000a", "female", "fr-FR"),
    Voice("Henri", "6d6f636b000000000000000b", "male", "fr-FR"),
]
GROUPS = {"female": "Female", "male": "Male"}  # voice_list group value -> label

ANCHORS: list[dict[str, Any]] = [
    {"_id": "65f1a2b3c4d5e6f7a8b9c0d1", "name": "Olivia", "gender": "female", "lang": ["en-US"]},
    {"_id": "65f1a2b3c4d5e6f7a8b9c0d2", "name": "Marcus", "gender": "male", "lang": ["en-US", "en-GB"]},
    {"_id": "65f1a2b3c4d5e6f7a8b9c0d3", "name": "Mei", "gender": "female", "lang": ["zh-CN"]},
    # The streaming avatar of the evidence, which public apps also pass to video/generate as `anchor_id` ("Alice
    # (working for video)"; another app lists it as "Default Avatar", of type "user twin", so on A2E it may be one
    # account's own). Gender and languages: no source says.
    {"_id": "68af59a86eeedd0042ca7e27", "name": "Alice"},
]


def voice_groups(country: str | None, region: str | None, locale: str | None = None) -> list[dict[str, Any]]:
    """The listed voices by gender group, only those of the language asked for (`country` "ru", `region` "RU",
    `locale` "ru-RU": each filter that is given must match, whatever its case)."""
    groups: dict[str, dict[str, Any]] = {}
    for voice in VOICES:
        if voice.gender is None:
            continue  # no source says which group A2E lists it in
        lang, _, area = (voice.locale or "").partition("-")  # a voice of no known language is only listed unfiltered
        wanted = [(country, lang), (region, area), (locale, voice.locale or "")]
        if any(asked and asked.lower() != have.lower() for asked, have in wanted):
            continue
        gender = str(voice.gender)
        group = groups.setdefault(gender, {"label": GROUPS[gender], "value": gender, "children": []})
        group["children"].append({"label": voice.name, "value": voice.tts_id, "ttsRate": 1})
    return list(groups.values())


def has_voice(tts_id: str) -> bool:
    return any(voice.tts_id == tts_id for voice in VOICES)


def presets() -> list[dict[str, Any]]:
    return [{"label": v.name, "value": v.tts_id, "locale": v.locale} for v in VOICES if v.gender and v.locale]


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
    # The evidence's streaming avatar (client 7 opens rooms with it); public apps call it "Alice".
    {"_id": "68af59a86eeedd0042ca7e27", "name": "Alice", "preview_url": None, "is_available": True},
]
LANGUAGES = [
    ("English (US)", "en-US"),
    ("English (UK)", "en-GB"),
    ("Chinese (Mandarin)", "zh-CN"),
    ("German", "de-DE"),
    ("Russian", "ru-RU"),
    ("Greek", "el-GR"),
    ("Spanish (Spain)", "es-ES"),
    ("French", "fr-FR"),
    ("Turkish", "tr-TR"),
]
BACKGROUNDS = [("65f1a2b3c4d5e6f7a8b9d001", "Office"), ("65f1a2b3c4d5e6f7a8b9d002", "Studio")]


def streaming_avatars() -> list[dict[str, Any]]:
    return [dict(avatar) for avatar in STREAMING_AVATARS]


def has_streaming_avatar(avatar_id: str) -> bool:
    return any(avatar["_id"] == avatar_id for avatar in STREAMING_AVATARS)


def languages() -> list[dict[str, Any]]:
    return [{"label": label, "value": value} for label, value in LANGUAGES]


def backgrounds() -> list[dict[str, Any]]:
    return [
        {"_id": _id, "name": name, "type": "default", "img_url": f"https://prod-tos.avatar2everyone.com/bg/{_id}.jpg"}
        for _id, name in BACKGROUNDS
    ]


FIXED_ITEMS = {"background": backgrounds}  # families where A2E lists its own items before the account's
