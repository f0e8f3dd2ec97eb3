"""The sweep removes containers whose judge process died, and never a live judge's container."""

import os
import socket
import subprocess
import sys
import time

import pytest

from judge.sandbox.container import sweep_stale_containers
from judge.sandbox.policy import (OWNER_HOST_LABEL, OWNER_PID_LABEL, RUN_LABEL, SANDBOX_LABEL, WARM_UNTIL_LABEL, Limits,
                                 create_arguments)

pytestmark = pytest.mark.docker


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_sweep_removes_only_containers_of_dead_judges(engine):
    client, image = engine
    created = []
    try:
        for pid in (dead_pid(), os.getpid()):
            args = create_arguments(client, image, Limits())
            args["labels"] = {**args["labels"], OWNER_PID_LABEL: str(pid), OWNER_HOST_LABEL: socket.gethostname()}
            created.append(client.api.create_container(**args)["Id"])
        sweep_stale_containers(client)
        run = os.environ["JUDGE_RUN_ID"]
        left = {c["Id"] for c in client.api.containers(all=True, filters={"label": [SANDBOX_LABEL, f"{RUN_LABEL}={run}"]})}
        assert created[0] not in left and created[1] in left
    finally:
        for container_id in created:
            try:
                client.api.remove_container(container_id, force=True)
            except Exception:
                pass


def test_a_warm_container_being_started_belongs_to_its_creator(engine):
    """Between create and start a warm container is "created": a sweep in that moment must not take it
    from a live creator, and removes it when the creator is gone."""
    client, image = engine
    created = []
    try:
        for pid in (dead_pid(), os.getpid()):
            args = create_arguments(client, image, Limits())
            args["labels"] = {**args["labels"], OWNER_PID_LABEL: str(pid), OWNER_HOST_LABEL: socket.gethostname(),
                              WARM_UNTIL_LABEL: f"{time.time() + 600:.0f}"}
            created.append(client.api.create_container(**args)["Id"])
        sweep_stale_containers(client)
        run = os.environ["JUDGE_RUN_ID"]
        left = {c["Id"] for c in client.api.containers(all=True, filters={"label": [SANDBOX_LABEL, f"{RUN_LABEL}={run}"]})}
        assert created[0] not in left and created[1] in left
    finally:
        for container_id in created:
            try:
                client.api.remove_container(container_id, force=True)
            except Exception:
                pass
