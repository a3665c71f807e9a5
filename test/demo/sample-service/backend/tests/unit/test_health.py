import pytest

from app.health import health_report, parse_port


def test_all_up_is_ok():
    assert health_report({"db": True}) == {"status": "ok", "checks": {"db": "up"}}


def test_one_down_is_degraded():
    assert health_report({"db": True, "model": False})["status"] == "degraded"


@pytest.mark.parametrize("text, port", [("8080", 8080), ("", 8080), (None, 8080), ("55433", 55433)])
def test_parse_port(text, port):
    assert parse_port(text) == port


def test_parse_port_out_of_range():
    with pytest.raises(ValueError):
        parse_port("70000")


@pytest.mark.skip(reason="needs a GPU: runs in the E2E stage on the self-hosted runner")
def test_model_loads_on_gpu():
    pass


def test_version_without_a_version_file_is_dev():
    from app.health import describe_version

    assert describe_version() == "dev"


def test_git_revision_outside_a_checkout(tmp_path, monkeypatch):
    from app.server import git_revision

    monkeypatch.chdir(tmp_path)
    assert git_revision() is None
