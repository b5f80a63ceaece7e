"""Client settings: API key, base URL, region, timeouts, headers. Resolved once, when a client is built."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import socket
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import httpx2
from _a2e_api.operations import REGIONS as SPEC_REGIONS

from ._constants import DEFAULT_TIMEOUT, USER_AGENT
from ._exceptions import ConfigurationError, shown

REGIONS: Mapping[str, str] = MappingProxyType(SPEC_REGIONS)  # from the spec's servers (`x-a2e-region`)


SCRUBBED_LENGTH = 12  # keys at least this long are cut out of what servers send back (A2E's are far longer)


class Secret:
    """Holds the API key; its repr and str never show it. The key is wrapped the moment a2e receives it, so no
    frame that can raise on a caller's mistake holds it in plain text (tracebacks that show locals print reprs)."""

    __slots__ = ("_value", "problem", "_forms")

    def __init__(self, value: str, problem: str | None = None) -> None:
        self._value = value
        self.problem: str | None = problem
        # The key as it could come back: as sent, and escaped inside a JSON string; worked out once, as every
        # answer is searched for them. A text too short to be an A2E key (a test's "k") is left alone: cutting it
        # out of answers would corrupt them and hide nothing.
        long_enough = len(value) >= SCRUBBED_LENGTH
        self._forms = tuple({value.encode(), json.dumps(value)[1:-1].encode()}) if long_enough else ()

    @classmethod
    def given(cls, value: object) -> Secret | None:
        """`api_key=` as a caller gave it, wrapped without a check (None stays None); never raises."""
        if value is None or isinstance(value, Secret):
            return value
        if isinstance(value, str):
            return cls(value)
        return cls("", f"api_key: expected the key as a string, got {type(value).__name__}")

    def reveal(self) -> str:
        return self._value

    def scrubbed(self, data: bytes) -> bytes:
        """`data` (a body from a server) without the key, as sent or JSON-escaped, should the server echo it."""
        for form in self._forms:
            if form in data:
                data = data.replace(form, b"<redacted>")
        return data

    def forms(self) -> tuple[bytes, ...]:
        """The forms of the key a server could send back (none for a key too short to be A2E's)."""
        return self._forms

    def scrubbed_text(self, text: str) -> str:
        """`text` (a library's message) without the key."""
        for form in self._forms:
            key = form.decode()
            if key in text:
                text = text.replace(key, "<redacted>")
        return text

    def __repr__(self) -> str:
        return "Secret('<redacted>')"

    __str__ = __repr__


DERIVED = ("request_headers", "attempt_seconds")


class Settings:
    """A client's resolved settings; `replace` gives a changed copy. Never changed in place."""

    __slots__ = (
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "lang",
        "headers",
        "request_headers",
        "attempt_seconds",
    )

    def __init__(
        self,
        *,
        api_key: Secret,
        base_url: str,
        timeout: httpx2.Timeout,
        max_retries: int,
        lang: str,
        headers: Mapping[str, str],
    ) -> None:
        self.api_key, self.base_url, self.timeout = api_key, base_url, timeout
        self.max_retries, self.lang, self.headers = max_retries, lang, headers
        # The headers of every call, built once per client (a call that adds some copies them).
        self.request_headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            "x-lang": lang,
            **headers,
            "Authorization": f"Bearer {api_key.reveal()}",
        }
        self.attempt_seconds = attempt_seconds(timeout)

    def with_headers(self, extra: Mapping[str, str]) -> dict[str, str]:
        """The headers of a call that adds `extra` (which never replace the Authorization header)."""
        return {**self.request_headers, **extra, "Authorization": self.request_headers["Authorization"]}

    def replace(self, **changes: Any) -> Settings:
        current = {name: getattr(self, name) for name in self.__slots__ if name not in DERIVED}
        return Settings(**{**current, **changes})


def resolve_settings(
    api_key: Secret | None,
    base_url: str | None,
    region: str | None,
    timeout: float | httpx2.Timeout | None,
    max_retries: int,
    lang: str,
    headers: Mapping[str, str] | None,
) -> Settings:
    return Settings(
        api_key=check_key(api_key if api_key is not None else Secret(os.environ.get("A2E_API_KEY", ""))),
        base_url=resolve_base_url(base_url, region),
        timeout=as_timeout(timeout),
        max_retries=check_retries(max_retries),
        lang=check_lang(lang),
        headers=check_headers(headers),
    )


def check_key(key: Secret) -> Secret:
    """The key, trimmed, if it can be sent; the reason as a ConfigurationError otherwise (without the key)."""
    problem = key.problem or key_problem(key.reveal())
    if problem:
        raise ConfigurationError(problem)
    return Secret(key.reveal().strip())


def key_problem(key: str) -> str | None:
    """Why `key` cannot be sent, in words that show neither the key nor the character (it could be most of it)."""
    key = key.strip()
    if not key:
        return "no API key: pass api_key=... or set A2E_API_KEY (Account > API Token in A2E)"
    bad = next((i for i, ch in enumerate(key) if not "!" <= ch <= "~"), None)
    if bad is None:
        return None
    return (
        f"the API key has a character that cannot go in an HTTP header (a space, line break, control or "
        f"non-ASCII character) at position {bad + 1} of {len(key)}; copy it again from Account > API Token"
    )


def check_lang(lang: object) -> str:
    problem = header_problem("x-lang", lang)
    if problem:
        raise ConfigurationError(f"lang: {problem}")
    assert isinstance(lang, str)
    return lang


HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")


def header_problem(name: object, value: object) -> str | None:
    """Why a header cannot be sent as given (httpx2 would fail with a raw error, or the header would be split)."""
    if not isinstance(name, str) or not HEADER_NAME.match(name):
        return f"header name {shown(name)} is not a valid HTTP header name"
    if not isinstance(value, str):
        return f"header {name}: expected a string value, got {type(value).__name__}"
    if any(not (" " <= ch <= "~" or ch == "\t") for ch in value):
        return f"header {name}: the value has a line break, control or non-ASCII character"
    return None


def check_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    if headers is not None and not isinstance(headers, Mapping):
        raise ConfigurationError(f"headers: expected a mapping of names to values, got {type(headers).__name__}")
    headers = dict(headers or {})
    for name, value in headers.items():
        problem = header_problem(name, value)
        if problem:
            raise ConfigurationError(f"headers: {problem}")
    return headers


def resolve_base_url(base_url: str | None, region: str | None) -> str:
    if base_url is not None and region is not None:
        raise ConfigurationError("pass base_url= or region=, not both")
    if base_url is None and region is None:
        base_url = os.environ.get("A2E_BASE_URL") or None
        region = None if base_url else os.environ.get("A2E_REGION") or None
    if base_url is None:
        region = region or next(iter(REGIONS))
        if not isinstance(region, str) or region not in REGIONS:
            raise ConfigurationError(f"region={shown(region)}: use one of {', '.join(REGIONS)}")
        return REGIONS[region]
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url: expected a URL string, got {type(base_url).__name__}")
    return check_url(base_url.rstrip("/"), what="base_url")


def check_url(url: str, *, what: str) -> str:
    """Accept https anywhere and plain http only for loopback hosts (the mock server, local proxies)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{what}={shown(url, 200)}: expected an absolute https:// URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{what}={shown(url, 200)}: plain http is refused for non-loopback hosts; use https://"
        )
    return url


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_hop(origin: str, target: str, *, what: str) -> str:
    """A URL reached from `origin` without the user naming it (a redirect, the upload URL in A2E's answer):
    checked as any URL, and never a step down from https to http, nor from a public host to a loopback,
    link-local or private one (the rule browsers and curl's `--proto-redir` follow against SSRF).
    Hosts are judged as written (IP literals in any form `getaddrinfo` reads, `localhost`); a DNS name is public."""
    check_url(target, what=what)
    source, dest = urlsplit(origin), urlsplit(target)
    if source.scheme == "https" and dest.scheme != "https":
        raise ConfigurationError(f"{what}={shown(target, 200)}: a step from https down to plain http is refused")
    if not is_internal(source.hostname or "") and is_internal(dest.hostname or ""):
        raise ConfigurationError(
            f"{what}={shown(target, 200)}: a public host may not send a2e to a loopback, link-local or private address"
        )
    return target


def is_internal(host: str) -> bool:
    """Whether `host` names this machine or a private network: loopback, link-local, private, unspecified."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address = ip_literal(host)
    if address is None:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback or address.is_link_local or address.is_private or address.is_unspecified


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address `host` spells, in the forms the system resolver reads too (`127.1`, `0x7f.0.0.1`,
    `2130706433`), or None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if not re.fullmatch(r"[0-9a-fx.]+", host) or not host[0].isdigit():
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def as_timeout(timeout: float | httpx2.Timeout | None) -> httpx2.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx2.Timeout):
        return timeout
    seconds = check_seconds(timeout)
    return httpx2.Timeout(seconds, connect=min(10.0, seconds))


def check_seconds(timeout: object) -> float:
    """A timeout in seconds, checked: a positive, finite number."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout < float("inf"):
        raise ConfigurationError(f"timeout={shown(timeout)}: expected a positive number of seconds")
    return float(timeout)


def attempt_seconds(timeout: httpx2.Timeout) -> float | None:
    """How long one attempt may take as a whole: the largest of an httpx2.Timeout's values (None: no bound)."""
    values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v is not None]
    return max(values) if values else None


def check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries={shown(max_retries)}: expected an integer >= 0")
    return max_retries


def check_http_client(http: object, expected: type[httpx2.Client] | type[httpx2.AsyncClient]) -> None:
    """A user's `http_client=` must be of the library a2e sends through, httpx2: another library's client (one of
    httpx 0.28, which httpx2 continues under its own name; a sync one for the async client) fails at its first
    call otherwise, and its errors would escape as raw ones."""
    if http is None or isinstance(http, expected):
        return
    given = f"{type(http).__module__.split('.')[0]}.{type(http).__qualname__}"
    raise ConfigurationError(
        f"http_client: pass an httpx2.{expected.__name__} (a2e sends through httpx2 {httpx2.__version__}) or leave it "
        f"out; got a {given}"
    )
