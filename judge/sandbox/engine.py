"""Connecting to the Docker engine, with errors that say how to fix things."""

from __future__ import annotations

from judge.errors import EnvironmentProblem

ENGINE_FIX = "start the engine (`sudo systemctl start docker`, or `sudo dockerd &`) and retry"


def connect(timeout: int = 60):
    """Return a Docker SDK client whose engine has answered a ping, or raise EnvironmentProblem."""
    import docker
    import requests.exceptions

    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
    except (docker.errors.DockerException, requests.exceptions.RequestException, OSError) as exc:
        reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise EnvironmentProblem(f"no Docker engine answers ({reason})", ENGINE_FIX) from None
    return client
