"""The `a2e` command: every operation of the A2E API from the shell, and the everyday workflows.

    a2e GROUP METHOD [ID] [--field VALUE ...] [--json BODY] [--wait]   any operation (a2e operations lists them)
    a2e say TEXT --avatar ID --voice ID [-o out.mp4]                   speech -> avatar video -> wait -> MP4
    a2e wait GROUP:ID ...        a2e upload FILE        a2e download URL [-o PATH]
    a2e credits    a2e voices    a2e avatars    a2e operations [GROUP]    a2e doctor
    a2e mock [--port N]          a2e spec-diff FILE

Groups and methods are named as on the Python client (`a2e videos generate` is `client.videos.generate`; `-` and
`_` are alike), fields as its arguments in kebab case (`--audio-src`, `--anchor-type 0`), their values read by
the field's JSON schema type: integers and numbers, booleans (`--flag`, `--no-flag`, `--flag false`), lists
(repeat the option, or give a JSON array), objects as JSON; a media URL field also takes a local file, uploaded
first. `--json '{...}'` passes the parameters with A2E's wire names. Global options go before the command (or
after it, where it has no field of that name): `--base-url`, `--region`, `--timeout`, `--max-retries`,
`--header NAME:VALUE` (repeatable), `-q`; the environment is the library's: A2E_API_KEY, A2E_BASE_URL,
A2E_REGION, A2E_LOG.

Results are JSON on stdout (models through `to_dict()`, lists as arrays); `say`, `upload` and `download` print a
path or URL. Messages, progress (live with `rich`, the `cli` extra, on a terminal; plain lines otherwise) and
errors (one line, never the API key) go to stderr.

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
