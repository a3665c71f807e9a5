import json
import threading
import urllib.error
import urllib.request

import pytest

from app.server import make_server


@pytest.fixture()
def base_url():
    server = make_server(0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def get(url):
    with urllib.request.urlopen(url, timeout=5) as response:  # nosec B310 - a local test server
        return response.status, json.load(response)


def test_health(base_url):
    status, body = get(base_url + "/health")
    assert status == 200
    assert body["status"] == "ok"


def test_version(base_url):
    status, body = get(base_url + "/version")
    assert status == 200
    assert body["version"] == "dev"


def test_unknown_path_is_404(base_url):
    try:
        get(base_url + "/nope")
    except urllib.error.HTTPError as error:
        assert error.code == 404
    else:
        raise AssertionError("expected a 404")
