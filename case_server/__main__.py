"""`python -m case_server` = `desk-case-server`."""

import sys

from case_server.cli import main

sys.exit(main())
