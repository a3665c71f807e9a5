"""Whether PostgreSQL answers, without a driver: the protocol's SSLRequest gets a one-byte reply."""

from __future__ import annotations

import socket
import struct
from urllib.parse import urlsplit

# PostgreSQL's SSLRequest message: length 8, then the request code 80877103.
SSL_REQUEST = struct.pack("!ii", 8, 80877103)


def database_address(url: str) -> tuple[str, int]:
    """Host and port of a postgresql:// URL (port 5432 when absent)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"DATABASE_URL must be a postgresql:// URL, got scheme {parts.scheme!r}")
    if not parts.hostname:
        raise ValueError("DATABASE_URL has no host")
    return parts.hostname, parts.port or 5432


def postgres_answers(url: str, timeout: float = 2.0) -> bool:
    """True when a PostgreSQL server answers at the URL's address within the timeout."""
    host, port = database_address(url)
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.settimeout(timeout)
            conn.sendall(SSL_REQUEST)
            return conn.recv(1) in (b"S", b"N")
    except OSError:
        return False
