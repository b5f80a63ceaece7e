"""`python -m a2e.cli`: the same as the `a2e` command."""

from . import main

raise SystemExit(main())
