"""The image's HEALTHCHECK: exit 0 when this container's /health answers 200, 1 otherwise."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

from app.config import load_settings


def healthy(url: str, timeout: float = 2.0) -> bool:
    # A fixed http:// URL to this container, so B310 (URL schemes) does not apply.
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # nosec B310
            return int(response.status) == 200
    except (urllib.error.URLError, OSError):
        return False


def main() -> int:
    port = load_settings().port
    return 0 if healthy(f"http://127.0.0.1:{port}/health") else 1


if __name__ == "__main__":
    sys.exit(main())
