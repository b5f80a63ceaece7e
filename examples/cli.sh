#!/usr/bin/env bash
# The `a2e` command against the mock: start it, list voices and avatars, make a video, wait, download.
# `bash examples/cli.sh` (needs the package with the `mock` extra installed; `a2e` on PATH).
set -euo pipefail

port=${PORT:-8765}
a2e mock --port "$port" >/dev/null &
mock=$!
trap 'kill $mock' EXIT
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done

export A2E_BASE_URL="http://127.0.0.1:$port" A2E_API_KEY="sk_mock_0123456789abcdef"
voice=$(a2e voices --field 0.value)
avatar=$(a2e avatars --field 0._id)
a2e credits
out=$(mktemp -d)/hello.mp4
a2e say "Hello from the command line" --avatar "$avatar" --voice "$voice" -o "$out" --poll-interval 0.05
echo "saved $out"
