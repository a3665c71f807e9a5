import pytest

from app.config import DEFAULT_PORT, load_settings, parse_port


def test_parse_port_defaults_when_empty() -> None:
    assert parse_port(None) == DEFAULT_PORT
    assert parse_port("  ") == DEFAULT_PORT


@pytest.mark.parametrize("text", ["0", "65536", "-1"])
def test_parse_port_rejects_out_of_range(text: str) -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_port(text)


def test_parse_port_accepts_the_edges() -> None:
    assert parse_port("1") == 1
    assert parse_port("65535") == 65535


def test_load_settings_reads_the_environment() -> None:
    settings = load_settings(
        {"PORT": "8080", "DATABASE_URL": "postgresql://db/app", "APP_VERSION": "sha-1"}
    )
    assert settings.port == 8080
    assert settings.database_url == "postgresql://db/app"
    assert settings.version == "sha-1"


def test_load_settings_defaults() -> None:
    settings = load_settings({})
    assert (settings.port, settings.database_url, settings.version) == (DEFAULT_PORT, None, "dev")
