"""The benchmarks of nqgraph: the corpus (`python -m bench`) and one long text (`bench.shapes`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import NoReturn


def run(main: Callable[[], int]) -> NoReturn:
    """Exit with `main()`'s code; quietly, with 0, when the reader of a pipe (`| head`) left."""
    try:
        code = main()
        sys.stdout.flush()  # what is still buffered fails here, not in the interpreter's exit
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    sys.exit(code)
