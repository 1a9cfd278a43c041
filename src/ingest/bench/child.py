"""Entry point of a measurement child: ``python -m ingest.bench.child STAGE PARAMS_JSON`` (see ``stages``)."""

from __future__ import annotations

import sys

from ingest.bench.stages import main

if __name__ == "__main__":
    sys.exit(main())
