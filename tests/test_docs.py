"""`make docs` builds pages a browser shows: each is opened in headless Chromium, screenshotted, and must render
text and pixels without a single console error, uncaught exception or failed load.

Chromium (Debian's, `/usr/bin/chromium`; `make test` installs it) is driven over the DevTools protocol on a pipe
(`--remote-debugging-pipe`: JSON messages ending in NUL on file descriptors 3 and 4), so nothing beyond the
standard library is needed. Outside hosts do not resolve in that browser: a page that needs one fails here.

The Python reference is checked against the client itself: every public method of `a2e.A2E` and of each of its
groups (read with `inspect`) must appear on its page with its return type, an example, and the fields of the
models it returns.
"""

from __future__ import annotations

import ast
import base64
import fcntl
import functools
import html
import importlib
import inspect
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
WIDTH, HEIGHT = 1280, 900


def unavailable(reason: str) -> None:
    """Skip on a developer's machine that lacks a tool; in CI (`make test` installs them) fail instead."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def moved(fd: int) -> int:
    """`fd` duplicated onto a descriptor number of at least 10 (the original is closed)."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


# -- a minimal DevTools client --------------------------------------------------------------------------------


class Browser:
    """Headless Chromium, driven over the DevTools protocol on a pipe."""

    def __init__(self, executable: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="a2e-docs-chromium-")
        to_browser_r, self._to_browser_w = os.pipe()
        self._from_browser_r, from_browser_w = os.pipe()
        # Above 9, so that neither end is 3 or 4 when bash moves them there (dash takes one-digit numbers only).
        to_browser_r, from_browser_w = (moved(fd) for fd in (to_browser_r, from_browser_w))
        args = [
            executable,
            "--headless",
            "--remote-debugging-pipe",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            f"--user-data-dir={self.profile}",
            f"--window-size={WIDTH},{HEIGHT}",
            "about:blank",
        ]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")
        # The protocol runs on the browser's file descriptors 3 (commands in) and 4 (replies and events out).
        script = f'exec "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        self.process = subprocess.Popen(
            ["bash", "-c", script, "bash", *args],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._lock = threading.Condition()
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._closed = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        while True:
            chunk = os.read(self._from_browser_r, 1 << 16)
            if not chunk:
                break
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._lock:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                self._lock.notify_all()
        with self._lock:
            self._closed = True
            self._lock.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser_w, json.dumps(message).encode() + b"\0")
        with self._lock:
            if not self._lock.wait_for(lambda: message_id in self._replies or self._closed, 30):
                raise TimeoutError(f"no answer to {method}")
            if message_id not in self._replies:
                raise RuntimeError(f"the browser closed during {method}")
            reply = self._replies.pop(message_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def wait_event(self, method: str, session: str, since: int, timeout: float = 30) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            return next(
                (e for e in self.events[since:] if e["method"] == method and e.get("sessionId") == session), None
            )

        with self._lock:
            if not self._lock.wait_for(lambda: found() is not None, timeout):
                raise TimeoutError(f"no {method} within {timeout} s")
            event = found()
        assert event is not None
        return event

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser_w)
        self._reader.join(timeout=5)
        os.close(self._from_browser_r)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One tab: what it reported (errors) and what it shows (text, screenshot)."""

    def __init__(self, browser: Browser) -> None:
        self.browser = browser
        self.target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        self.start = len(browser.events)
        for domain in ("Page", "Runtime", "Log"):
            browser.send(f"{domain}.enable", session=self.session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
            session=self.session,
        )

    def open(self, url: str, ready: str = "true", timeout: float = 30) -> None:
        """Load `url`, then wait until the JavaScript expression `ready` holds and the page's text settles."""
        since = self.start = len(self.browser.events)  # errors() reports this load's
        self.browser.send("Page.navigate", {"url": url}, session=self.session)
        self.browser.wait_event("Page.loadEventFired", self.session, since, timeout)
        deadline = time.monotonic() + timeout
        while not self.evaluate(f"!!({ready})"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url}: {ready} did not hold within {timeout} s")
            time.sleep(0.1)
        last = None
        while (length := self.evaluate("document.body ? document.body.innerText.length : 0")) != last:
            last = length
            time.sleep(0.3)

    def evaluate(self, expression: str) -> Any:
        result = self.browser.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, self.session
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def text(self) -> str:
        return str(self.evaluate("document.body ? document.body.innerText : ''"))

    def errors(self) -> list[str]:
        """Uncaught exceptions, console.error/assert calls and browser-logged errors (failed loads, CSP, ...)."""
        found = []
        for event in self.browser.events[self.start :]:
            if event.get("sessionId") != self.session:
                continue
            params = event["params"]
            if event["method"] == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                found.append("exception: " + details.get("exception", {}).get("description", details["text"]))
            elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                found.append(
                    f"console.{params['type']}: "
                    + " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
                )
            elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
                entry = params["entry"]
                found.append(f"{entry['source']}: {entry['text']} {entry.get('url', '')}".strip())
        return found

    def screenshot(self, path: Path) -> Path:
        data = self.browser.send("Page.captureScreenshot", {"format": "png"}, self.session)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})


# -- pictures -------------------------------------------------------------------------------------------------


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        header = body if kind == b"IHDR" else header
        idat += body if kind == b"IDAT" else b""
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unexpected PNG format {depth}/{colour}/{interlace}"
    size = 4 if colour == 6 else 3
    stride = width * size
    raw = zlib.decompress(idat)
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(size, stride):
                line[i] = (line[i] + line[i - size]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - size] if i >= size else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - size] if i >= size else 0
                b, c = previous[i], previous[i - size] if i >= size else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    pixels = [row[x : x + size] for row in rows[::4] for x in range(0, stride, size * 4)]  # every 4th pixel
    return width, height, pixels


def blank_reason(png: Path) -> str | None:
    """Why the screenshot shows nothing (one colour, or nearly), or None when it shows something."""
    data = png.read_bytes()
    width, height, pixels = png_pixels(data)
    if (width, height) != (WIDTH, HEIGHT):
        return f"screenshot is {width}x{height}, not {WIDTH}x{HEIGHT}"
    colours = Counter(pixels)
    share = colours.most_common(1)[0][1] / len(pixels)
    if len(colours) < 8 or share > 0.985:
        return f"blank: {len(colours)} colours, the commonest covers {share:.1%} ({len(data)} bytes)"
    return None


# -- fixtures -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("npm") and not (ROOT / ".tools/node_modules/.bin/redocly").exists():
        unavailable("Node (npm) is needed for Redocly's build-docs")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(["make", "-s", "docs", f"SITE={out}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def serve(directory: Path) -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    yield from serve(site)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.access(CHROMIUM, os.X_OK):
        unavailable(f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
    browser = Browser(CHROMIUM)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = Page(browser)
    yield page
    page.close()


def shows(page: Page, url: str, shot: Path, expected: list[str], ready: str = "true") -> str:
    """Open `url`; it must report no error, show every `expected` string and a picture that is not blank."""
    page.open(url, ready)
    assert page.errors() == [], f"{url} reported errors"
    text = page.text()
    missing = [s for s in expected if s not in text]
    assert not missing, f"{url} does not show {missing}"
    assert blank_reason(page.screenshot(shot)) is None
    return text


# -- the checker itself ---------------------------------------------------------------------------------------


BROKEN = """<!DOCTYPE html><html><head><title>broken</title></head><body>
<h1>A page with faults</h1>
<img src="missing.png" alt="">
<script>console.error("deliberate console error");</script>
<script>throw new Error("deliberate failure");</script>
</body></html>"""

BLANK = "<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>"


def test_the_checker_reports_script_errors_failed_loads_and_blank_pages(page: Page, tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_text(BROKEN)
    (tmp_path / "blank.html").write_text(BLANK)
    for url in serve(tmp_path):
        page.open(f"{url}/broken.html")
        errors = page.errors()
        assert any("exception" in e and "deliberate failure" in e for e in errors), errors
        assert any(e == "console.error: deliberate console error" for e in errors), errors
        assert any("404" in e and "missing.png" in e for e in errors), errors
        with pytest.raises(AssertionError, match="reported errors"):
            shows(page, f"{url}/broken.html", tmp_path / "broken.png", [])
        page.open(f"{url}/blank.html")
        assert page.errors() == []
        reason = blank_reason(page.screenshot(tmp_path / "blank.png"))
        assert reason is not None and reason.startswith("blank"), reason


# -- the built pages ------------------------------------------------------------------------------------------


def test_index_lists_every_group_with_counts(site: Path, base_url: str, page: Page, tmp_path: Path) -> None:
    import a2e

    count = f"{len(a2e.operations())} operations"
    text = shows(
        page,
        f"{base_url}/index.html",
        tmp_path / "index.png",
        [count, "client.tts", "client.videos", "published", "charged"],
    )
    groups = sorted(p.stem for p in (site / "groups").glob("*.html"))
    assert groups and all(f"client.{g}" in text for g in groups)
    links = page.evaluate("Array.from(document.querySelectorAll('main a[href^=\"groups/\"]')).map(a => a.href)")
    assert len(links) == len(groups)


def test_group_page_shows_each_call_and_links_into_the_reference(
    site: Path, base_url: str, page: Page, tmp_path: Path
) -> None:
    html = (site / "groups" / "tts.html").read_text()
    assert "<script src" not in html and '<link rel="stylesheet"' not in html  # everything inline
    expected = ["client.tts.generate(", "msg: str", "speech_rate", "/api/v1/video/send_tts", "POST", "published"]
    text = shows(page, f"{base_url}/groups/tts.html", tmp_path / "tts.png", expected)
    assert "speechRate" in text  # the wire name beside the Python name
    href = page.evaluate("document.querySelector('#tts_generate a.ref').getAttribute('href')")
    assert href == "../reference.html#operation/tts_generate"
    assert page.evaluate("document.querySelector('#tts_generate').innerText.includes('not charged')")
    shows(page, f"{base_url}/groups/videos.html", tmp_path / "videos.png", ["client.videos.generate("])
    assert page.evaluate("!!document.querySelector('#videos_generate .badge.charged')")


@pytest.mark.parametrize("operation", ["tts_generate", "upscale_start"])
def test_reference_renders_and_its_operation_anchors_resolve(
    base_url: str, page: Page, tmp_path: Path, operation: str
) -> None:
    ready = f"location.hash.endsWith('/{operation}') && document.querySelector('[id$=\"/{operation}\"]')"
    shows(
        page,
        f"{base_url}/reference.html#operation/{operation}",
        tmp_path / f"reference-{operation}.png",
        ["A2E AI Avatar API", "TTS and Voice Clone", "Upscale"],
        ready,
    )


# -- the Python reference against the client itself -----------------------------------------------------------


def client_groups() -> dict[str, type]:
    """Each group of `a2e.A2E` (its class attributes that are lazy groups) -> the class of the group."""
    import a2e
    from _a2e_api.resources import SYNC_GROUP_CLASSES

    groups = {}
    for name in dir(a2e.A2E):
        if type(inspect.getattr_static(a2e.A2E, name)).__name__ == "LazyGroup":
            module, cls = SYNC_GROUP_CLASSES[name]
            groups[name] = getattr(importlib.import_module(f"_a2e_api.resources.{module}"), cls)
    return groups


def shown_returns(func: Any) -> str:
    """A method's return annotation as the pages print it (`builtins.list` is plain `list` there)."""
    annotation = inspect.signature(func).return_annotation
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return text.replace("builtins.", "")


def public_methods(cls: type) -> dict[str, str]:
    """The public methods of `cls` (and its cached properties, such as `with_raw_response`) -> their return
    annotation as shown."""
    found = {}
    for name in dir(cls):
        member = inspect.getattr_static(cls, name)
        func = getattr(member, "func", member)  # a cached_property's function
        if not name.startswith("_") and inspect.isfunction(func):
            found[name] = shown_returns(func)
    return found


def model_names(annotation: str) -> list[str]:
    import _a2e_api.models as models

    return [name for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation) if name in models.__all__]


def model_fields(name: str) -> list[str]:
    import _a2e_api.models as models
    import attrs

    cls = getattr(models, name)
    return [f.alias for f in attrs.fields(cls) if not f.alias.startswith("_") and f.alias != "additional_properties"]


SECTIONS = """Object.fromEntries(Array.from(document.querySelectorAll('section.method')).map(s => [s.id, {
  call: (s.querySelector('.call') || {}).innerText || '',
  returns: (s.querySelector('.returns') || {}).innerText || '',
  links: Array.from(s.querySelectorAll('.returns a')).map(a => a.getAttribute('href')),
  example: (s.querySelector('pre.example') || {}).innerText || '',
}]))"""
MODELS = """Object.fromEntries(Array.from(document.querySelectorAll('section.model')).map(s => [s.id,
  Array.from(s.querySelectorAll('.field-name')).map(e => e.innerText.trim())]))"""


def method_problems(group: str, methods: dict[str, str], sections: dict[str, Any], models: dict[str, Any]) -> list[str]:
    """What the page of `group` ("client" for the client's own methods) gets wrong about its methods: missing,
    without return type, example or the fields of what they return."""
    problems = []
    for name, returns in methods.items():
        section = sections.get(f"{group}_{name}")
        where = f"client.{name}" if group == "client" else f"client.{group}.{name}"
        if section is None:
            problems.append(f"{where}: no section")
            continue
        named = re.compile(re.escape(where) + r"\b")  # the method itself, not one whose name it starts
        if not named.search(section["call"]):
            problems.append(f"{where}: the call shows {section['call'][:80]!r}")
        if section["returns"].strip() != returns:
            problems.append(f"{where}: returns {section['returns']!r}, the client says {returns!r}")
        if not named.search(section["example"]) and f".{name}(" not in section["example"]:
            problems.append(f"{where}: no example calling it")
        for model in model_names(returns):
            if f"#model-{model}" not in section["links"]:
                problems.append(f"{where}: {model} is not linked to its fields")
            listed = models.get(f"model-{model}")
            missing = [f for f in model_fields(model) if listed is None or f not in listed]
            if missing:
                problems.append(f"{where}: the fields of {model} are not listed: {missing}")
    return problems


def test_every_group_method_appears_with_its_return_type_fields_and_example(base_url: str, page: Page) -> None:
    problems = []
    groups = client_groups()
    assert len(groups) > 40
    for group, cls in groups.items():
        methods = public_methods(cls)
        assert methods, group
        page.open(f"{base_url}/groups/{group}.html")
        assert page.errors() == [], f"{group}.html reported errors"
        problems += method_problems(group, methods, page.evaluate(SECTIONS), page.evaluate(MODELS))
    assert not problems, "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


def test_client_page_shows_the_helpers(base_url: str, page: Page, tmp_path: Path) -> None:
    import a2e

    methods = public_methods(a2e.A2E)
    for helper in ("upload", "download", "wait_many", "as_completed", "find_created", "with_raw_response", "call"):
        assert helper in methods
    text = shows(page, f"{base_url}/client.html", tmp_path / "client.png", ["a2e.A2E", "A2E_API_KEY"])
    problems = method_problems("client", methods, page.evaluate(SECTIONS), page.evaluate(MODELS))
    assert not problems, "\n".join(problems)
    assert "client.videos.wait(" in text and "client.videos.iter_list(" in text  # the groups' helpers, named


def holds(page: Page, expression: str) -> bool:
    try:
        return bool(page.evaluate(expression))
    except RuntimeError:  # evaluated while the tab was between two documents
        return False


def test_search_finds_a_method_by_name_and_goes_there(base_url: str, page: Page) -> None:
    page.open(f"{base_url}/groups/videos.html")
    page.evaluate(
        "(() => { const box = document.querySelector('input#search'); box.focus(); box.value = 'list_voices';"
        " box.dispatchEvent(new Event('input', {bubbles: true})); })()"
    )
    hits = page.evaluate("Array.from(document.querySelectorAll('#search-results a')).map(a => a.innerText)")
    assert any("client.tts.list_voices(" in hit for hit in hits), hits
    page.evaluate(
        "document.querySelector('input#search').dispatchEvent("
        "new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))"
    )
    arrived = (
        "location.pathname + location.hash === '/groups/tts.html#tts_list_voices'"
        " && document.readyState === 'complete' && !!document.querySelector('#tts_list_voices')"
    )
    deadline = time.monotonic() + 10
    while not holds(page, arrived):
        assert time.monotonic() < deadline, page.evaluate("location.href")
        time.sleep(0.1)
    assert page.errors() == []
    assert page.evaluate("document.querySelector('#tts_list_voices').getBoundingClientRect().top") < HEIGHT


def test_navigation_lists_the_groups_and_the_methods(base_url: str, page: Page) -> None:
    page.open(f"{base_url}/groups/tts.html")
    links = page.evaluate("Array.from(document.querySelectorAll('nav.sidebar a')).map(a => a.getAttribute('href'))")
    assert "videos.html" in links and "../client.html" in links
    assert "#tts_generate" in links and "#tts_wait_voice" in links


def test_markdown_is_rendered_not_shown_raw(base_url: str, page: Page) -> None:
    for group in ("tts", "videos", "storage"):
        page.open(f"{base_url}/groups/{group}.html")
        text = page.text()
        raw = [line for line in text.splitlines() if "`" in line or "**" in line]
        assert not raw, f"{group}.html shows raw markdown: {raw[:5]}"
        assert page.evaluate("document.querySelectorAll('main .doc code').length") > 0
    assert page.evaluate("document.querySelectorAll('main .doc li').length") > 0  # A2E's notes as a list


def test_markdown_subset_escapes_everything_else() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # `docs` is a folder of the checkout, not an installed package
    from docs.markup import markdown_html

    out = markdown_html("Use `<id>` and **bold**, *em*, [docs](https://a2e.ai).\n\n* one\n* two <script>x</script>")
    assert "<code>&lt;id&gt;</code>" in out and "<strong>bold</strong>" in out and "<em>em</em>" in out
    assert '<a href="https://a2e.ai">docs</a>' in out and "<li>one</li>" in out
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "href" not in markdown_html("[x](javascript:alert(1))")
    assert markdown_html("snake_case_name and 1024*1024 and 2*3") == "<p>snake_case_name and 1024*1024 and 2*3</p>"


def test_reference_shows_a_python_sample_per_operation_and_a_users_intro(base_url: str, page: Page) -> None:
    ready = "document.querySelector('[id$=\"/tts_generate\"]')"
    page.open(f"{base_url}/reference.html#operation/tts_generate", ready)
    assert page.errors() == []
    sample = page.evaluate(f"{ready}.innerText")
    assert "Python" in sample and "client.tts.generate(" in sample
    page.open(f"{base_url}/reference.html", "document.body.innerText.includes('Authentication')")
    intro = page.text()
    assert "A2E_API_KEY" in intro and "Authorization: Bearer" in intro and "Python client reference" in intro
    assert "x-codeSamples" not in (ROOT / "openapi" / "a2e.yaml").read_text()  # samples only in the built copy


def test_every_operation_has_a_python_sample_and_every_example_parses(site: Path) -> None:
    import a2e

    reference = (site / "reference.html").read_text()
    assert reference.count('"x-codeSamples":[{"lang":"Python"') == len(a2e.operations())
    pages = [site / "client.html", *sorted((site / "groups").glob("*.html"))]
    examples = [
        (page.name, html.unescape(code))
        for page in pages
        for code in re.findall(r'<pre class="example"><code>(.*?)</code></pre>', page.read_text(), re.S)
    ]
    assert len(examples) > 300
    for name, code in examples:
        ast.parse(code, f"{name} example")


def catalogue_named_fields() -> list[tuple[str, str, str, str]]:
    """(operation id, wire name, the spec's description, note) for each request field a note of A2E's catalogue
    names (by its wire name, as a word of its own)."""
    if str(ROOT / "generator") not in sys.path:
        sys.path.insert(0, str(ROOT / "generator"))
    from codegen.operations import build_operations
    from codegen.spec import read_spec

    catalogue = json.loads((ROOT / "tests/data/official/catalogue.json").read_text())
    notes = {op["operation_id"]: op.get("notes", []) for op in catalogue["operations"]}
    found = []
    for op in build_operations(read_spec(ROOT / "openapi" / "a2e.yaml")):
        for field in op["params"]:
            for note in notes.get(op["official_id"] or "", []):
                if re.search(rf"(?<![\w.-]){re.escape(field['wire'])}(?![\w-])", note):
                    found.append((op["id"], field["wire"], field["description"], note))
    return found


def test_no_field_is_undocumented_where_the_catalogue_says_something() -> None:
    named = catalogue_named_fields()
    assert len(named) > 100
    bare = sorted({f"{op}.{wire}: {note}" for op, wire, description, note in named if not description})
    assert not bare, f"{len(bare)} fields A2E's notes name have no description:\n" + "\n".join(bare[:30])
    resources = ROOT / "generated" / "_a2e_api" / "resources"
    assert not [p.name for p in resources.glob("*.py") if "(undocumented)" in p.read_text()]
