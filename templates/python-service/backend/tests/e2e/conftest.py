"""E2E tests run against E2E_BASE_URL (the stack docker compose started), else a local server."""

from __future__ import annotations

import os
from typing import Iterator

import pytest

from app.config import Settings
from tests.conftest import serve


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    given = os.environ.get("E2E_BASE_URL", "").rstrip("/")
    if given:
        yield given
    else:
        yield from serve(Settings(host="127.0.0.1", port=0, database_url=None, version="dev"))
