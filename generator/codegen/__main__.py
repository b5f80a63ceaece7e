"""`python -m codegen` (from `generator/`): the same as `python generator/generate.py`."""

import sys

from .cli import main

sys.exit(main())
