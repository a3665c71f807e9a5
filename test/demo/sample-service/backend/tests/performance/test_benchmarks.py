"""Performance tests (pytest-benchmark): how long /health takes to build its answer and to parse a port."""
from app.health import health_report, parse_port


def test_health_report(benchmark):
    checks = {f"dependency-{i}": i % 7 != 0 for i in range(200)}
    report = benchmark(health_report, checks)
    assert report["status"] == "degraded"


def test_parse_port(benchmark):
    assert benchmark(parse_port, "55433") == 55433
