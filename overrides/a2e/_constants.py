"""The client's fixed settings and limits, in one place."""

from __future__ import annotations

import httpx2

from ._version import __version__

USER_AGENT = f"a2e-python/{__version__}"
DEFAULT_LANG = "en-US"  # the `x-lang` header: the language of A2E's messages
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)  # per request
DOWNLOAD_TIMEOUT = 300.0  # seconds, for a result file
DEFAULT_MAX_RETRIES = 2

# Retries: exponential backoff from BASE_DELAY, at most MAX_DELAY; a Retry-After is honoured up to MAX_RETRY_AFTER.
BASE_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# As many connections kept alive as may be open: with fewer (httpx 0.28 kept 20 of 100), many calls in flight make
# the pool close and reopen connections on every answer (1,000 concurrent jobs opened 2,000 of them).
CONNECTION_LIMITS = httpx2.Limits(max_connections=64, max_keepalive_connections=64)

# A record missing right after creation may be a replication delay; after this many polls it is not.
MISSING_RECORD_POLLS = 3

# Answers: a JSON answer larger than this is refused while it arrives (A2E's pages are well under 1 MiB); of an
# error answer only the first MAX_ERROR_BYTES are read.
MAX_ANSWER_BYTES = 32 << 20
MAX_ERROR_BYTES = 1 << 20

# Downloads follow at most this many redirects (CDNs redirect once or twice).
MAX_REDIRECTS = 5

# A download attempt ends (and is retried like a read) when fewer than SLOW_DOWNLOAD_BYTES arrive in
# SLOW_DOWNLOAD_SECONDS: a file host that trickles bytes would otherwise hold it for ever, as no single read
# waits long enough for a timeout.
SLOW_DOWNLOAD_SECONDS = 30.0
SLOW_DOWNLOAD_BYTES = 32 * 1024
