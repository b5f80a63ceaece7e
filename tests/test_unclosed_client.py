"""A sync client dropped without `close()` (a script's `client = a2e.A2E()`, never closed) closes its connections
when it is garbage-collected: no socket is left to the interpreter's `ResourceWarning` (shown under `-X dev`)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_dropped_client_closes_its_connections_without_a_resource_warning(server):
    script = textwrap.dedent(
        f"""
        import gc, warnings
        warnings.simplefilter("error")  # a ResourceWarning in a finaliser is printed as "Exception ignored"
        import a2e

        def use():
            client = a2e.A2E({server.token!r}, base_url={server.url!r})
            client.misc.remaining_coins()  # opens a pooled connection

        use()
        gc.collect()
        print("done")
        """
    )
    result = subprocess.run([sys.executable, "-X", "dev", "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ResourceWarning" not in result.stderr and "unclosed" not in result.stderr, result.stderr
