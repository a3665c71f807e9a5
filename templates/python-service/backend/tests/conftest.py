"""Shared fixtures: a real server on a free port, in this process, for the tests that speak HTTP."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any, Iterator, Tuple

import pytest

from app.config import Settings
from app.server import make_server


def get(url: str) -> Tuple[int, Any]:
    """Status and JSON body of a GET, error statuses included."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # nosec B310 - test URLs
            return int(response.status), json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def serve(settings: Settings) -> Iterator[str]:
    server = make_server(settings)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def service_url() -> Iterator[str]:
    """A server with no database configured, on a free port."""
    yield from serve(Settings(host="127.0.0.1", port=0, database_url=None, version="1.2.3"))
