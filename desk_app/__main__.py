"""`python -m desk_app` runs the same entry point as the `desk-app` command."""

import sys

from desk_app.cli import main

sys.exit(main())
