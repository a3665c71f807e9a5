"""The HTTP service: GET /health and GET /version. Run: python3 -m app.server --port 8080 (from backend/)."""
import argparse
import json
import subprocess  # nosec B404 - used only to read the git revision, with a fixed argument list
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from app.health import describe_version, health_report, parse_port


def git_revision():
    """The checked-out commit, when the service runs from a git checkout."""
    try:
        result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
    except OSError:
        return None
    return result.stdout.strip() or None


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path == "/health":
            self.reply(200, health_report({"db": True, "model": True}))
        elif self.path == "/version":
            self.reply(200, {"status": "ok", "version": describe_version(), "revision": git_revision()})
        else:
            self.reply(404, {"error": "not found"})

    def reply(self, status, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # quiet: the demo prints its own log
        pass


def make_server(port, host="127.0.0.1"):
    return ThreadingHTTPServer((host, port), Handler)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", default=None)
    # Binding every interface is what a container needs; Bandit reports it (B104), the gate decides.
    parser.add_argument("--host", default="0.0.0.0")  # nosec B104
    args = parser.parse_args(argv)
    server = make_server(parse_port(args.port), args.host)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
