"""What the mock needs from the `mock` extra, looked for (not imported: uvicorn is imported only when a connection
comes, see `_server`) before anything imports it, so a missing one is named with the command that installs it."""

from importlib.util import find_spec

for _needed in ("pydantic", "starlette", "uvicorn"):
    if find_spec(_needed) is None:  # pragma: no cover - depends on the environment
        raise ModuleNotFoundError(
            f"a2e.mock needs {_needed}, from the `mock` extra: pip install 'a2e[mock]'", name=_needed
        )
