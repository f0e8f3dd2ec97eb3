"""Programs tests run (not Python packages): found, or the test skips, or fails in CI (.ci/run installs them).

A module of its own, not conftest: tests/integration has a conftest.py too, and both cannot be imported by name.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_program(name: str, package: str) -> str:
    """The path of a program a test needs; without it the test skips, or fails under JUDGE_REQUIRE_DOCKER=1."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1":
            pytest.fail(f"{name} is not installed (apt-get install {package}); .ci/run installs it")
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path
