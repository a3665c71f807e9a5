"""The running service, as a client sees it."""

from __future__ import annotations

import shutil
import subprocess  # nosec B404 - runs nvidia-smi with a fixed argument list

import pytest

from tests.conftest import get


def test_healthy(base_url: str) -> None:
    status, body = get(f"{base_url}/health")
    assert status == 200, body
    assert body["status"] == "ok"
    assert all(state == "up" for state in body["checks"].values())


def test_reports_its_version(base_url: str) -> None:
    status, body = get(f"{base_url}/version")
    assert status == 200
    assert body["version"]


@pytest.mark.gpu
def test_gpu_is_visible() -> None:
    """On the GPU runner: the driver lists at least one GPU (deselect with -m 'not gpu')."""
    nvidia_smi = shutil.which("nvidia-smi")
    assert nvidia_smi is not None, "nvidia-smi is not on PATH"
    listed = subprocess.run(  # nosec B603 - fixed arguments
        [nvidia_smi, "-L"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "GPU 0" in listed.stdout
