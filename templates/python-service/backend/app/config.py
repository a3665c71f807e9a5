"""Settings from the environment: the same image runs in CI, on the GPU runner and in production."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping, Optional

DEFAULT_PORT = 55433


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    database_url: Optional[str]
    version: str


def parse_port(text: Optional[str], default: int = DEFAULT_PORT) -> int:
    """A TCP port from text; empty means the default."""
    if text is None or text.strip() == "":
        return default
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def load_settings(env: Mapping[str, str] = os.environ) -> Settings:
    """The service's settings: PORT, HOST, DATABASE_URL and APP_VERSION (set by the image build)."""
    return Settings(
        # Every interface in a container; the compose files publish the port on the host.
        host=env.get("HOST", "0.0.0.0"),  # nosec B104
        port=parse_port(env.get("PORT")),
        database_url=env.get("DATABASE_URL") or None,
        version=env.get("APP_VERSION", "").strip() or "dev",
    )
