"""`python -m nqgraph …`: the `nqgraph` command."""

import sys

from nqgraph.cli import main

sys.exit(main())
