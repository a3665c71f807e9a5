"""Benchmarks under pytest-benchmark; benchmark-gate compares them with main's history."""

from __future__ import annotations

import json
from typing import Any

from app.health import health_report


def render(checks: dict[str, bool]) -> bytes:
    return json.dumps(health_report(checks, "1.0")).encode("utf-8")


def test_health_report(benchmark: Any) -> None:
    checks = {f"dependency-{i}": True for i in range(20)}
    report = benchmark(health_report, checks, "1.0")
    assert report["status"] == "ok"


def test_render_health_body(benchmark: Any) -> None:
    body = benchmark(render, {"app": True, "database": True})
    assert body.startswith(b'{"status": "ok"')
