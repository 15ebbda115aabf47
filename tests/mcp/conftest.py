"""A second app on the test's database, served by Uvicorn on a real port."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest

from mission_control.main import create_app
from tests.conftest import make_settings
from tests.fixtures.servers import serve


@pytest.fixture
def live_server(app_url: str, tmp_path: Path) -> Callable[..., AbstractAsyncContextManager[str]]:
    """`async with live_server() as url`: the app under Uvicorn (same database as make_client)."""

    def start(port: int | None = None, **overrides: Any) -> AbstractAsyncContextManager[str]:
        return serve(create_app(make_settings(app_url, tmp_path, **overrides)), port)

    return start
