"""Print the server's OpenAPI document as JSON, without a database.

Used by `make client` (frontend/scripts/client.mjs) to regenerate the web UI's
typed client. The app is built but never started, so no lifespan runs.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from mission_control.core.config import Settings
from mission_control.main import create_app


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(
            database_url="postgresql://openapi/only",
            MC_DATA_DIR=Path(data_dir),
        )
        document = create_app(settings).openapi()
    json.dump(document, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
