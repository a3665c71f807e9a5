"""The service over real HTTP, and its database check against real sockets."""

from __future__ import annotations

import os
import socket
import threading
from typing import Iterator

import pytest

from app.config import Settings
from app.database import postgres_answers
from tests.conftest import get, serve


def test_health_answers_ok(service_url: str) -> None:
    status, body = get(f"{service_url}/health")
    assert status == 200
    assert body == {"status": "ok", "version": "1.2.3", "checks": {"app": "up"}}


def test_version(service_url: str) -> None:
    assert get(f"{service_url}/version") == (200, {"status": "ok", "version": "1.2.3"})


def test_unknown_path_is_404(service_url: str) -> None:
    assert get(f"{service_url}/nope")[0] == 404


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_health_is_503_when_the_database_is_down() -> None:
    url = f"postgresql://127.0.0.1:{closed_port()}/app"
    settings = Settings(host="127.0.0.1", port=0, database_url=url, version="dev")
    for base in serve(settings):
        status, body = get(f"{base}/health")
        assert status == 503
        assert body["checks"]["database"] == "down"


@pytest.fixture
def not_postgres() -> Iterator[int]:
    """A TCP server that accepts and closes: reachable, but not PostgreSQL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(timeout=5)
    listener.close()


def test_a_server_that_is_not_postgres_is_down(not_postgres: int) -> None:
    assert postgres_answers(f"postgresql://127.0.0.1:{not_postgres}/app", timeout=1) is False


@pytest.mark.skipif("DATABASE_URL" not in os.environ, reason="no DATABASE_URL (CI sets one)")
def test_the_configured_database_answers() -> None:
    assert postgres_answers(os.environ["DATABASE_URL"]) is True


def test_the_image_healthcheck(service_url: str) -> None:
    from app.healthcheck import healthy

    assert healthy(f"{service_url}/health") is True
    assert healthy(f"http://127.0.0.1:{closed_port()}/health", timeout=1) is False
