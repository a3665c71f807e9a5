"""What /health answers: ok when every dependency check is up, degraded (HTTP 503) otherwise."""

from __future__ import annotations

from typing import Callable, Mapping, Optional, TypedDict

from app.config import Settings
from app.database import postgres_answers


class HealthReport(TypedDict):
    status: str
    version: str
    checks: dict[str, str]


def health_report(checks: Mapping[str, bool], version: str) -> HealthReport:
    """The /health body for a mapping of check name to whether it is up."""
    status = "ok" if all(checks.values()) else "degraded"
    return {
        "status": status,
        "version": version,
        "checks": {name: "up" if up else "down" for name, up in checks.items()},
    }


def run_checks(
    settings: Settings, probe: Optional[Callable[[str], bool]] = None
) -> dict[str, bool]:
    """Each dependency's check; the database is checked only when DATABASE_URL is set."""
    checks: dict[str, bool] = {"app": True}
    if settings.database_url is not None:
        checks["database"] = (probe or postgres_answers)(settings.database_url)
    return checks
