"""The command line's manners, run as a user runs it (`python -m a2e`, a subprocess) against the session's mock:
shell completion, stored configuration with profiles, tables for people and JSON for pipes, errors as JSON for
scripts with hints in the command line's own words, and picking one field out of a result."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

AVATAR = "65f1a2b3c4d5e6f7a8b9c0d1"  # the mock's first avatar, Olivia
VOICE = "6625ebd4613f49985c349f95"  # the mock's first voice
UNKNOWN = "0" * 24
FAST = ["--poll-interval", "0.05"]


@pytest.fixture
def config_file(tmp_path) -> Path:
    return tmp_path / "conf" / "a2e.toml"


@pytest.fixture
def bare(config_file) -> dict[str, str]:
    """An environment with no A2E settings at all, and its own (not yet written) config file."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("A2E_")}
    return {**clean, "A2E_CONFIG_FILE": str(config_file), "COLUMNS": "120"}


@pytest.fixture
def env(bare, server) -> dict[str, str]:
    return {**bare, "A2E_API_KEY": server.token, "A2E_BASE_URL": server.url}


def a2e(*args: str, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "a2e", *args], env=env, capture_output=True, text=True, timeout=60, input=stdin
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def error_of(result: subprocess.CompletedProcess[str], code: int) -> dict[str, Any]:
    """The exit code is `code`, and stderr ends in one JSON object: the error."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    found = json.loads(result.stderr.strip().splitlines()[-1])
    assert set(found) == {"error"} and {"type", "message", "hint", "trace_id"} <= set(found["error"])
    error: dict[str, Any] = found["error"]
    return error


def closed_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


# python -m a2e


def test_python_m_a2e_runs_the_same_command_line(env):
    assert ok(a2e("--version", env=env)).startswith("a2e ")
    assert "coins" in json.loads(ok(a2e("credits", env=env)))
    same = subprocess.run([sys.executable, "-m", "a2e.cli", "--help"], env=env, capture_output=True, text=True)
    assert ok(a2e("--help", env=env)) == same.stdout


# Shell completion.


def complete_bash(script: Path, *words: str) -> list[str]:
    """What the bash completion offers for a command line whose last word is being typed."""
    line = " ".join(f"'{word}'" for word in words)
    code = (
        f'source {script}; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _a2e; printf "%s\\n" "${{COMPREPLY[@]}}"'
    )
    result = subprocess.run(["bash", "-c", code], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_bash_completion_offers_commands_methods_flags_and_choices(env, tmp_path):
    script = tmp_path / "a2e.bash"
    script.write_text(ok(a2e("completion", "bash", env=env)))
    assert "videos" in complete_bash(script, "a2e", "vid")
    assert {"config", "completion"} <= set(complete_bash(script, "a2e", "co"))
    assert "generate" in complete_bash(script, "a2e", "videos", "gen")
    assert "start" in complete_bash(script, "a2e", "image-to-video", "st")  # - and _ alike, as the parser
    offered = complete_bash(script, "a2e", "videos", "generate", "--anchor-id", "x", "--au")
    assert "--audio-src" in offered
    assert "--region" in complete_bash(script, "a2e", "--reg")
    assert set(complete_bash(script, "a2e", "--region", "")) == {"global", "china"}
    assert set(complete_bash(script, "a2e", "completion", "")) == {"bash", "zsh", "fish"}
    assert "api_key" in complete_bash(script, "a2e", "config", "set", "")
    assert set(complete_bash(script, "a2e", "avatars", "--format", "")) == {"json", "table"}


def test_zsh_and_fish_scripts_name_the_commands_and_load(env, tmp_path):
    for shell in ("zsh", "fish"):
        text = ok(a2e("completion", shell, env=env))
        for word in ("videos", "say", "config", "completion", "doctor", "--audio-src"):
            assert word in text, (shell, word)
        script = tmp_path / f"a2e.{shell}"
        script.write_text(text)
        if shutil.which(shell) is None:
            continue
        check = [shell, "-n", str(script)] if shell == "zsh" else [shell, "--no-execute", str(script)]
        assert subprocess.run(check, capture_output=True, text=True, timeout=30).returncode == 0
    if shutil.which("zsh"):  # what _a2e hands to compadd (zsh itself then matches the typed prefix)
        stubs = "compdef() { :; }; compadd() { shift; print -l -- $@; }"
        asked = f"{stubs}; source {tmp_path / 'a2e.zsh'}; words=(a2e videos gen); CURRENT=3; PREFIX=gen; _a2e"
        offered = subprocess.run(["zsh", "-c", asked], capture_output=True, text=True, timeout=30).stdout.split()
        assert "generate" in offered and "--wait" not in offered
    if shutil.which("fish"):
        asked = f"source {tmp_path / 'a2e.fish'}; complete -C 'a2e vid'; complete -C 'a2e videos gen'"
        offered = subprocess.run(["fish", "-c", asked], capture_output=True, text=True, timeout=30).stdout
        assert "videos" in offered and "generate" in offered


def test_completion_of_an_unknown_shell_is_a_usage_error(env):
    assert error_of(a2e("completion", "tcsh", env=env), 2)["type"] == "UsageError"


# Configuration.


def test_config_set_get_list_unset_keeps_a_private_file_and_never_prints_the_key(bare, config_file):
    key = "sk_secret_key_0123456789wxyz"
    ok(a2e("config", "set", "api_key", key, env=bare))
    ok(a2e("config", "set", "timeout", "7.5", env=bare))
    ok(a2e("config", "set", "max_retries", "5", "--profile", "work", env=bare))
    ok(a2e("config", "set", "region", "china", env={**bare, "A2E_PROFILE": "work"}))
    saved = tomllib.loads(config_file.read_text())
    assert saved == {"default": {"api_key": key, "timeout": 7.5}, "work": {"max_retries": 5, "region": "china"}}
    assert stat.S_IMODE(os.stat(config_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(config_file.parent).st_mode) == 0o700
    shown = [
        a2e("config", "get", "api_key", env=bare),
        a2e("config", "list", env=bare),
        a2e("config", "list", "--format", "table", env=bare),
    ]
    for result in shown:
        assert key not in ok(result) + result.stderr and "wxyz" in result.stdout
    assert ok(a2e("config", "get", "timeout", env=bare)).strip() == "7.5"
    listed = json.loads(ok(a2e("config", "list", env=bare)))
    assert listed["work"] == {"max_retries": 5, "region": "china"} and key not in json.dumps(listed)
    assert json.loads(ok(a2e("config", "list", "--profile", "work", env=bare))) == {"work": listed["work"]}
    ok(a2e("config", "unset", "timeout", env=bare))
    assert tomllib.loads(config_file.read_text())["default"] == {"api_key": key}
    missing = error_of(a2e("config", "get", "timeout", env=bare), 2)
    assert "timeout" in missing["message"] and "'default'" in missing["message"]


def test_config_set_reads_the_key_from_stdin_with_a_dash(bare, config_file):
    key = "sk_from_stdin_000000001234"
    result = a2e("config", "set", "api_key", "-", env=bare, stdin=key + "\n")
    assert key not in ok(result) + result.stderr
    assert tomllib.loads(config_file.read_text())["default"]["api_key"] == key


def test_config_set_asks_for_the_key_without_echo_on_a_terminal(bare, config_file):
    pexpect = pytest.importorskip("pexpect")
    key = "sk_typed_at_a_prompt_5678"
    child = spawn(bare, "config", "set", "api_key", "-")
    child.expect("not shown")
    child.sendline(key)
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert child.exitstatus == 0 and key not in child.before
    assert tomllib.loads(config_file.read_text())["default"]["api_key"] == key


def test_the_config_file_goes_under_xdg_config_home_or_home(bare, tmp_path):
    del bare["A2E_CONFIG_FILE"]
    xdg = {**bare, "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    ok(a2e("config", "set", "timeout", "9", env=xdg))
    assert tomllib.loads((tmp_path / "xdg" / "a2e" / "config.toml").read_text()) == {"default": {"timeout": 9.0}}
    home = {k: v for k, v in bare.items() if k != "XDG_CONFIG_HOME"} | {"HOME": str(tmp_path / "home")}
    ok(a2e("config", "set", "max_retries", "1", env=home))
    written = tmp_path / "home" / ".config" / "a2e" / "config.toml"
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(written.parent).st_mode) == 0o700


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["config", "set", "colour", "blue"], "api_key, base_url, region, timeout, max_retries"),
        (["config", "set", "timeout", "soon"], "timeout"),
        (["config", "set", "max_retries", "-1"], "max_retries"),
        (["config", "set", "region", "mars"], "global"),
        (["config", "set", "base_url", "http://a2e.example"], "https"),
        (["config", "set", "api_key", "two words"], "API key"),
    ],
)
def test_config_refuses_unknown_keys_and_bad_values(bare, config_file, argv, said):
    error = error_of(a2e(*argv, env=bare), 2)
    assert said in error["message"] + (error["hint"] or "")
    assert not config_file.exists()


def test_a_config_file_others_can_read_gets_a_warning_with_the_fix(env, config_file):
    ok(a2e("config", "set", "timeout", "30", env=env))
    config_file.chmod(0o644)
    result = a2e("credits", env=env)
    ok(result)
    assert str(config_file) in result.stderr and f"chmod 600 {config_file}" in result.stderr


def test_a_broken_config_file_is_an_error_naming_it(env, config_file):
    config_file.parent.mkdir(mode=0o700)
    config_file.write_text("[default\napi_key = 1\n")
    config_file.chmod(0o600)
    error = error_of(a2e("credits", env=env), 2)
    assert error["type"] == "ConfigurationError" and str(config_file) in error["message"]


def test_the_flag_beats_the_environment_which_beats_the_profile(bare, server, config_file):
    ok(a2e("config", "set", "api_key", server.token, "--profile", "work", env=bare))
    ok(a2e("config", "set", "base_url", server.url, "--profile", "work", env=bare))
    ok(a2e("config", "set", "timeout", "7", "--profile", "work", env=bare))
    assert "coins" in json.loads(ok(a2e("--profile", "work", "credits", env=bare)))
    work = {**bare, "A2E_PROFILE": "work"}
    assert "coins" in json.loads(ok(a2e("credits", env=work)))
    wrong = "sk_wrong_key_4242424242"
    refused = a2e("credits", env={**work, "A2E_API_KEY": wrong})
    assert error_of(refused, 1)["type"] == "AuthenticationError" and wrong not in refused.stderr
    assert "coins" in json.loads(ok(a2e("--api-key", server.token, "credits", env={**work, "A2E_API_KEY": wrong})))
    elsewhere = {**work, "A2E_BASE_URL": closed_url()}
    assert error_of(a2e("--max-retries", "0", "credits", env=elsewhere), 1)["type"] == "APIConnectionError"
    assert "coins" in json.loads(ok(a2e("--base-url", server.url, "credits", env=elsewhere)))
    report = json.loads(ok(a2e("doctor", "--json", env=work)))
    assert report["timeout"] == 7 and report["timeout_from"] == f"profile 'work' in {config_file}"
    assert json.loads(ok(a2e("--timeout", "3", "doctor", "--json", env=work)))["timeout_from"] == "--timeout"


def test_doctor_says_where_the_key_came_from_without_showing_it(bare, server, config_file):
    ok(a2e("config", "set", "api_key", server.token, "--profile", "work", env=bare))
    with_url = {**bare, "A2E_BASE_URL": server.url}
    runs = {
        f"from profile 'work' in {config_file}": a2e("--profile", "work", "doctor", env=with_url),
        "from A2E_API_KEY": a2e("doctor", env={**with_url, "A2E_API_KEY": server.token}),
        "from --api-key": a2e("--api-key", server.token, "doctor", env=with_url),
    }
    for said, result in runs.items():
        assert said in ok(result), result.stdout
        assert server.token not in result.stdout + result.stderr
        assert server.token[-4:] in result.stdout


def test_an_unknown_profile_is_an_error_saying_how_to_make_it(env):
    error = error_of(a2e("--profile", "nosuch", "credits", env=env), 2)
    assert "nosuch" in error["message"] and "a2e config set --profile nosuch" in error["hint"]


# Tables for people, JSON for pipes.


def test_list_commands_print_a_table_on_request(env):
    lines = ok(a2e("avatars", "--format", "table", env=env)).splitlines()
    assert lines[0].split()[:2] == ["ID", "NAME"] and "CREATED" in lines[0] and "URL" in lines[0]
    assert any(line.startswith(AVATAR) and "Olivia" in line for line in lines[1:])
    voices = ok(a2e("voices", "--format", "table", env=env)).splitlines()
    assert voices[0].split()[:2] == ["ID", "NAME"] and any(VOICE in line and "Brian" in line for line in voices)
    same = ok(a2e("videos", "list-avatars", "--format", "table", env=env))
    assert same.splitlines()[0] == lines[0]


def test_a_page_prints_its_records_as_rows_with_their_status(env):
    ok(a2e("text-to-image", "start", "--prompt", "a cat", env=env))
    lines = ok(a2e("text-to-image", "list", "--format", "table", env=env)).splitlines()
    assert "STATUS" in lines[0] and len(lines) >= 2


def test_a_table_fits_the_terminal_width(env):
    lines = ok(a2e("avatars", "--format", "table", env={**env, "COLUMNS": "50"})).splitlines()
    assert all(len(line) <= 50 for line in lines) and any("…" in line for line in lines)
    assert lines[1].startswith(AVATAR)  # ids are kept whole; the URL gives way first


def test_pipes_get_json_as_before(env):
    assert json.loads(ok(a2e("avatars", env=env)))[0]["_id"] == AVATAR
    assert json.loads(ok(a2e("avatars", "--format", "json", env=env)))[0]["_id"] == AVATAR
    assert isinstance(json.loads(ok(a2e("videos", "list", env=env))), dict)


def spawn(env: dict[str, str], *args: str) -> Any:
    pexpect = pytest.importorskip("pexpect")
    return pexpect.spawn(
        sys.executable, ["-m", "a2e", *args], env={**env, "TERM": "xterm"}, encoding="utf-8", dimensions=(24, 100)
    )


def test_a_terminal_gets_a_table_by_default(env):
    pexpect = pytest.importorskip("pexpect")
    child = spawn({k: v for k, v in env.items() if k != "COLUMNS"}, "avatars")
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert child.exitstatus == 0
    lines = child.before.splitlines()
    assert lines[0].startswith("ID") and any("Olivia" in line for line in lines)
    assert all(len(line) <= 100 for line in lines)


# Errors: JSON for scripts, a message and a hint for people.


def test_an_api_error_on_a_pipe_is_one_json_object_with_its_trace_id(env):
    error = error_of(a2e("face-swap", "get", UNKNOWN, env=env), 1)
    assert error["type"] == "NotFoundError" and UNKNOWN in error["message"]
    assert isinstance(error["trace_id"], str) and error["trace_id"]


def test_invalid_input_names_the_flag_as_its_field(env):
    error = error_of(a2e("videos", "list", "--page-size", "1000", env=env), 2)
    assert error["type"] == "InvalidRequestError" and error["field"] == "--page-size"
    assert "--page-size" in error["message"] and "page_size" not in error["message"]
    assert "a2e videos list --help" in error["hint"] and error["trace_id"] is None


def test_usage_errors_are_json_too(env):
    error = error_of(a2e("videos", "nosuch", env=env), 2)
    assert error["type"] == "UsageError" and "nosuch" in error["message"] and "--help" in error["hint"]
    assert error_of(a2e("videos", env=env), 2)["type"] == "UsageError"  # no help text before the object


def test_a_failed_task_carries_its_id(env):
    task = json.loads(
        ok(a2e("--header", "x-a2e-mock-outcome:fail", "text-to-image", "start", "--prompt", "x", env=env))
    )
    error = error_of(a2e("wait", f"text-to-image:{task['_id']}", *FAST, env=env), 3)
    assert error["type"] == "TaskFailedError" and error["task_id"] == task["_id"]


def test_a_wait_that_runs_out_says_how_to_go_on_with_flags(env):
    task = json.loads(ok(a2e("text-to-image", "start", "--prompt", "x", env=env)))["_id"]
    result = a2e("text-to-image", "wait", task, "--wait-timeout", "0.05", *FAST, env=env)
    error = error_of(result, 4)
    assert error["type"] == "WaitTimeoutError" and error["task_id"] == task
    assert "--wait-timeout" in error["hint"] and f"a2e text_to_image wait {task}" in error["hint"]
    assert "timeout=" not in result.stderr


def test_a_lost_create_carries_its_name_and_where_to_look(env):
    audio = json.loads(ok(a2e("tts", "generate", "--msg", "hi", "--tts-id", VOICE, env=env)))
    create = ["videos", "generate", "--anchor-id", AVATAR, "--anchor-type", "0", "--audio-src", audio]
    lost = ["--header", "x-a2e-mock-fault:lost", "--max-retries", "0", *create, "--title", "manners-lost"]
    error = error_of(a2e(*lost, env=env), 1)
    assert error["type"] == "OutcomeUnknownError" and error["name"] == "manners-lost"
    assert error["list_operation"] == "a2e videos list" and "`a2e videos list`" in error["hint"]


@pytest.mark.parametrize(
    ("argv", "env_changes", "said", "python_words"),
    [
        (["credits"], {"A2E_API_KEY": ""}, "--api-key", "api_key="),
        (["videos", "generate", "--anchor-id", AVATAR], {}, "--anchor-type is required", "anchor_type"),
        (["videos", "generate", "--anchor-id", AVATAR, "--anchor-type", "0"], {}, "--audio-src", "audio_src"),
        (["--base-url", "https://a2e.example", "--region", "china", "credits"], {}, "--base-url", "base_url="),
        (
            ["--header", "x-a2e-mock-fault:late=5", "--timeout", "0.3", "--max-retries", "0", "credits"],
            {},
            "--timeout",
            "timeout=",
        ),
    ],
)
def test_hints_use_the_command_lines_flags_not_python_arguments(env, argv, env_changes, said, python_words):
    result = a2e(*argv, env={**env, **env_changes})
    assert python_words not in result.stderr
    assert result.returncode in (1, 2, 4)
    error = error_of(result, result.returncode)
    assert said in error["message"] + " " + (error["hint"] or "")


def test_a_missing_key_names_every_way_to_give_one(env):
    error = error_of(a2e("credits", env={**env, "A2E_API_KEY": ""}), 2)
    assert error["type"] == "ConfigurationError" and error["message"].startswith("no API key")
    for way in ("--api-key", "A2E_API_KEY", "a2e config set api_key"):
        assert way in error["hint"]


def test_a_terminal_gets_the_message_and_a_hint_line_unless_json_errors_is_asked(env):
    pexpect = pytest.importorskip("pexpect")
    child = spawn({**env, "A2E_API_KEY": ""}, "credits")
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    lines = child.before.strip().splitlines()
    assert child.exitstatus == 2
    assert lines[0].startswith("a2e: ConfigurationError: no API key") and lines[1].startswith("hint: ")
    child = spawn({**env, "A2E_API_KEY": ""}, "--json-errors", "credits")
    child.expect(pexpect.EOF, timeout=30)
    child.close()
    assert json.loads(child.before.strip())["error"]["type"] == "ConfigurationError"


def test_errors_never_show_a_key_from_the_flag_or_the_profile(bare, config_file):
    key = "sk_never_shown_0123456789"
    ok(a2e("config", "set", "api_key", key, env=bare))
    for argv in (["--max-retries", "0", "--base-url", closed_url(), "credits"], ["--api-key", key, "credits"]):
        result = a2e(*argv, env={**bare, "A2E_BASE_URL": closed_url()})
        assert result.returncode == 1 and key not in result.stdout + result.stderr


# Picking fields out of a result.


def test_field_prints_bare_strings_and_json_for_the_rest_one_per_line(env):
    assert ok(a2e("avatars", "--field", "0._id", "--field", "0.name", "--field", "0.lang", env=env)).splitlines() == [
        AVATAR,
        "Olivia",
        '["en-US"]',
    ]
    coins = ok(a2e("credits", "--field", "coins", env=env)).strip()
    assert float(coins) >= 0
    task = ok(a2e("text-to-image", "start", "--prompt", "a dog", "--field", "_id", env=env)).strip()
    assert len(task) == 24 and '"' not in task


def test_field_indexes_lists_in_a_wait(env):
    task = ok(a2e("text-to-image", "start", "--prompt", "a bird", "--field", "_id", env=env)).strip()
    url = ok(a2e("wait", f"text-to-image:{task}", *FAST, "--field", "0.result_urls.0", env=env)).strip()
    assert url.startswith("http")


def test_a_missing_field_names_the_path_and_the_keys_there(env):
    error = error_of(a2e("credits", "--field", "coin", env=env), 2)
    assert "coin" in error["message"] and "coins" in error["message"] and "diamonds" in error["message"]
    deep = error_of(a2e("avatars", "--field", "0.face", env=env), 2)
    assert "0.face" in deep["message"] and "name" in deep["message"]
    far = error_of(a2e("avatars", "--field", "99._id", env=env), 2)
    assert "99" in far["message"] and "items" in far["message"]


# The pieces, in this process.


def test_the_toml_writer_escapes_what_toml_needs():
    from a2e.cli import _toml

    values = {"default": {"s": 'quote " back \\ nl \n tab \t bell \x07 del \x7f é', "n": 3, "x": 0.1, "e": 1e-05}}
    values['a profile.with [odd] "name"'] = {"k": "v"}
    assert tomllib.loads(_toml.dumps(values)) == values


def test_the_config_file_is_private_from_its_first_byte(tmp_path, monkeypatch):
    from a2e.cli import _profiles

    seen: list[int] = []
    real_replace = os.replace

    def replace(source: Any, target: Any) -> None:
        seen.append(stat.S_IMODE(os.stat(source).st_mode))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    old = os.umask(0)  # even with a umask that lets everything through
    try:
        path = tmp_path / "new" / "config.toml"
        _profiles.save(path, {"default": {"api_key": "sk_abcdefghijklmnop"}})
    finally:
        os.umask(old)
    assert seen == [0o600] and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temporary file left behind
