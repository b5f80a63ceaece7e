"""The `a2e` command: every operation of the A2E API from the shell, and the everyday workflows.

    a2e GROUP METHOD [ID] [--field VALUE ...] [--json BODY] [--wait]   any operation (a2e operations lists them)
    a2e say TEXT --avatar ID --voice ID [-o out.mp4]                   speech -> avatar video -> wait -> MP4
    a2e wait GROUP:ID ...        a2e upload FILE        a2e download URL [-o PATH]
    a2e credits    a2e voices    a2e avatars    a2e operations [GROUP]    a2e doctor
    a2e config set|get|list|unset KEY [VALUE]    a2e completion bash|zsh|fish
    a2e mock [--port N]          a2e spec-diff FILE          python -m a2e ...   (the same command)

Groups and methods are named as on the Python client (`a2e videos generate` is `client.videos.generate`; `-` and
`_` are alike), fields as its arguments in kebab case (`--audio-src`, `--anchor-type 0`), their values read by
the field's JSON schema type: integers and numbers, booleans (`--flag`, `--no-flag`, `--flag false`), lists
(repeat the option, or give a JSON array), objects as JSON; a media URL field also takes a local file, uploaded
first. `--json '{...}'` passes the parameters with A2E's wire names. Global options go before the command (or
after it, where it has no field of that name): `--api-key`, `--profile`, `--base-url`, `--region`, `--timeout`,
`--max-retries`, `--header NAME:VALUE` (repeatable), `-q`, `--json-errors`. Each setting comes from its flag, else
the environment (A2E_API_KEY, A2E_BASE_URL, A2E_REGION), else the profile (`--profile`, A2E_PROFILE, else
`default`) of the config file that `a2e config` keeps ($A2E_CONFIG_FILE, else config.toml in $XDG_CONFIG_HOME/a2e
or ~/.config/a2e; %APPDATA%\\a2e on Windows); A2E_LOG logs.

Results are JSON on stdout (models through `to_dict()`, lists as arrays), lists as a table on a terminal
(`--format json|table`), or only the values `--field PATH` names; `say`, `upload` and `download` print a path or
URL. Messages, progress (live with `rich`, the `cli` extra, on a terminal; plain lines otherwise) and errors go to
stderr, never with the API key: an error is one JSON object `{"error": {"type", "message", "hint", "trace_id",
...}}` when stderr is no terminal (or with `--json-errors`), else its line and a `hint:` line in the command
line's words (its flags, environment variables and commands).

Exit codes:
    0    success
    1    A2E answered with an error or could not be reached (also a failed upload or download)
    2    usage error: bad arguments, a value the spec refuses (InvalidRequestError), no API key or another bad
         setting (ConfigurationError)
    3    the task failed (TaskFailedError)
    4    timeout: a wait ran out (WaitTimeoutError) or a request timed out (APITimeoutError)
    130  interrupted (Ctrl-C); a task already created goes on
    141  stdout was closed before everything was written (`a2e operations | head`)
"""

from ._main import main

__all__ = ["main"]
