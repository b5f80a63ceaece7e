"""python -m a2e.mock [--port 8000] [--token sk_...] [--seconds-per-step 0.25] [--webhook-delay 0.05]
[--start-coins N]: run the mock A2E in the foreground."""

from __future__ import annotations

import argparse

import uvicorn

from ._app import create_app
from ._server import DEFAULT_TOKEN
from ._state import MockConfig, MockState


def main(argv: list[str] | None = None, prog: str = "python -m a2e.mock") -> None:
    parser = argparse.ArgumentParser(prog=prog, description="Run the mock A2E API server.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the API key clients must send")
    parser.add_argument(
        "--seconds-per-step",
        type=float,
        default=MockConfig.seconds_per_step,
        help="a task moves one status step per this many seconds after its create, whoever reads "
        "it, or one per read by id or batch when further (default %(default)s; 0: only per "
        "read)",
    )
    parser.add_argument(
        "--webhook-delay",
        type=float,
        default=MockConfig.webhook_delay,
        help="a task created with webhook_url ends and is reported after this many seconds (default %(default)s)",
    )
    parser.add_argument(
        "--start-coins",
        type=float,
        default=MockConfig.start_coins,
        help="each account's starting balance (default %(default)s)",
    )
    args = parser.parse_args(argv)
    config = MockConfig(
        seconds_per_step=args.seconds_per_step, webhook_delay=args.webhook_delay, start_coins=args.start_coins
    )
    state = MockState({args.token}, config)
    print(f"mock A2E on http://{args.host}:{args.port}  token: {args.token}")
    print(f"  export A2E_BASE_URL=http://{args.host}:{args.port} A2E_API_KEY={args.token}")
    uvicorn.run(create_app(state), host=args.host, port=args.port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    main()
