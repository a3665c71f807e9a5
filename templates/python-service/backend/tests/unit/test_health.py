import pytest

from app.config import Settings
from app.database import database_address
from app.health import health_report, run_checks


def test_health_report_ok_when_every_check_is_up() -> None:
    assert health_report({"app": True, "database": True}, "1.0") == {
        "status": "ok",
        "version": "1.0",
        "checks": {"app": "up", "database": "up"},
    }


def test_health_report_degraded_when_one_check_is_down() -> None:
    report = health_report({"app": True, "database": False}, "1.0")
    assert report["status"] == "degraded"
    assert report["checks"]["database"] == "down"


def test_database_checked_only_when_configured() -> None:
    without = Settings(host="127.0.0.1", port=0, database_url=None, version="dev")
    assert run_checks(without) == {"app": True}
    with_db = Settings(host="127.0.0.1", port=0, database_url="postgresql://db/app", version="dev")
    assert run_checks(with_db, probe=lambda url: False) == {"app": True, "database": False}


def test_database_address() -> None:
    assert database_address("postgresql://u:p@db.internal:6543/app") == ("db.internal", 6543)
    assert database_address("postgres://db/app") == ("db", 5432)


@pytest.mark.parametrize("url", ["mysql://db/app", "postgresql:///app"])
def test_database_address_rejects_other_urls(url: str) -> None:
    with pytest.raises(ValueError, match="DATABASE_URL"):
        database_address(url)
