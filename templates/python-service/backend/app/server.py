"""The HTTP service: GET /health and GET /version. Run: python -m app.server (from backend/)."""

from __future__ import annotations

import json
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from app.config import Settings, load_settings
from app.health import health_report, run_checks


def make_handler(settings: Settings) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            if self.path == "/health":
                report = health_report(run_checks(settings), settings.version)
                self.reply(200 if report["status"] == "ok" else 503, report)
            elif self.path == "/version":
                self.reply(200, {"status": "ok", "version": settings.version})
            else:
                self.reply(404, {"error": "not found"})

        def reply(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    return Handler


def make_server(settings: Settings) -> ThreadingHTTPServer:
    return ThreadingHTTPServer((settings.host, settings.port), make_handler(settings))


def main() -> None:
    settings = load_settings()
    server = make_server(settings)
    # docker stop sends SIGTERM: finish the request in flight, then exit 0.
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"listening on {settings.host}:{settings.port} (version {settings.version})", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
