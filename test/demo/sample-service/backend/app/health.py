"""What /health answers: the service is ok when every dependency check is up."""


def health_report(checks):
    """Return the /health body for a mapping of check name to whether it is up."""
    status = "ok" if all(checks.values()) else "degraded"
    return {"status": status, "checks": {name: "up" if up else "down" for name, up in checks.items()}}


def parse_port(text, default=8080):
    """Parse a TCP port, falling back to the default for an empty value."""
    if text is None or text.strip() == "":
        return default
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def describe_version():
    """The deployed version: the VERSION file next to the package, else 'dev'."""
    import os

    path = os.path.join(os.path.dirname(__file__), "..", "VERSION")
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip() or "dev"
    except OSError:
        return "dev"
