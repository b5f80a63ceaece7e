"""`python -m a2e`: the `a2e` command."""

from .cli import main

raise SystemExit(main())
