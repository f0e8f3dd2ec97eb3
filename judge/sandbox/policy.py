"""The container policy: every limit and restriction a sandbox container runs under.

One function builds the engine's create arguments, so the whole policy reads in
one place; docs/security.md explains why each line is there.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass

from judge.sandbox.runtimes import SandboxImage

SANDBOX_LABEL = "org.drill-judge.sandbox"
OWNER_PID_LABEL = "org.drill-judge.owner-pid"
OWNER_HOST_LABEL = "org.drill-judge.owner-host"
RUN_LABEL = "org.drill-judge.run"  # JUDGE_RUN_ID, when set: lets a test run find exactly its own containers
WARM_UNTIL_LABEL = "org.drill-judge.warm-until"
WARM_MEMORY_LABEL = "org.drill-judge.warm-memory-mb"
# Whose warm container it is: a key of the claiming lock's file (one per data dir and host), so judges with
# different data dirs on one engine (two service workers, a worker and a person's CLI) never claim each other's.
WARM_POOL_LABEL = "org.drill-judge.warm-pool"
WARM_PREFIX = "drill-judge-warm-"
CLAIMED_PREFIX = "drill-judge-claimed-"
SANDBOX_UID = 65534
SUBMISSION_MOUNT = "/submission"
PRELOAD_ENV = "DRILL_JUDGE_PRELOAD"  # the runtime's preloaded modules, comma-separated, for the runner
HOOKS_ENV = "DRILL_JUDGE_HOOKS"  # the runtime's hooks module, baked beside the runner ("" for none)


# Warm containers' names and labels: the sweep reads them to tell whose a container is.
def claimed_by(name: str) -> int | None:
    """The pid of the judge that claimed a container with this name, if it is a claimed warm container."""
    name = name.lstrip("/")
    if not name.startswith(CLAIMED_PREFIX):
        return None
    try:
        return int(name[len(CLAIMED_PREFIX):].split("-", 1)[0])
    except ValueError:
        return None


def waiting_until(labels: dict) -> float | None:
    """Until when an unclaimed warm container may wait (None: not a warm container)."""
    try:
        return float(labels[WARM_UNTIL_LABEL])
    except (KeyError, ValueError):
        return None


@dataclass(frozen=True)
class Limits:
    """Resource limits for one container. Memory is RAM and swap together."""

    memory_mb: int = 256
    cpus: float = 1.0
    pids: int = 64
    open_files: int = 64
    file_size_mb: int = 8
    tmpfs_mb: int = 16
    log_mb: int = 1
    lifetime_s: int = 1800  # the container ends itself after this, whatever happens (judge/sandbox/guard.py)


def create_arguments(client, image: SandboxImage, limits: Limits, submission_dir: str | None = None) -> dict:
    """Keyword arguments for ``client.api.create_container`` under the sandbox policy."""
    from docker.types import LogConfig, Ulimit

    binds = {submission_dir: {"bind": SUBMISSION_MOUNT, "mode": "ro"}} if submission_dir else None
    host_config = client.api.create_host_config(
        network_mode="none",
        read_only=True,
        binds=binds,
        tmpfs={"/tmp": f"rw,noexec,nosuid,nodev,size={limits.tmpfs_mb}m,uid={SANDBOX_UID},gid={SANDBOX_UID},mode=0700"},
        cap_drop=["ALL"],
        security_opt=["no-new-privileges"],
        mem_limit=f"{limits.memory_mb}m",
        memswap_limit=f"{limits.memory_mb}m",
        nano_cpus=int(limits.cpus * 1e9),
        pids_limit=limits.pids,
        ulimits=[
            Ulimit(name="nofile", soft=limits.open_files, hard=limits.open_files),
            Ulimit(name="fsize", soft=limits.file_size_mb << 20, hard=limits.file_size_mb << 20),
            Ulimit(name="core", soft=0, hard=0),
        ],
        log_config=LogConfig(type="json-file", config={"max-size": f"{limits.log_mb}m", "max-file": "1"}),
        init=False,  # the runner's own guard is PID 1: it ends the container when the judge goes
        ipc_mode="private",
        shm_size="1m",
    )
    return dict(
        image=image.tag,
        command=list(image.runtime.command),
        user=f"{SANDBOX_UID}:{SANDBOX_UID}",
        stdin_open=True,
        network_disabled=True,
        working_dir="/tmp",
        hostname="sandbox",
        environment={
            **image.runtime.environment,
            "HOME": "/tmp",
            "PYTHONHASHSEED": "0",  # the same file gets the same verdict
            "PYTHONDONTWRITEBYTECODE": "1",
            "DRILL_JUDGE_LIFETIME_S": str(limits.lifetime_s),
            PRELOAD_ENV: ",".join(image.runtime.preload),
            HOOKS_ENV: image.runtime.hooks or "",
        },
        labels={
            SANDBOX_LABEL: image.runtime.name,
            OWNER_PID_LABEL: str(os.getpid()),
            OWNER_HOST_LABEL: socket.gethostname(),
            RUN_LABEL: os.environ.get("JUDGE_RUN_ID", ""),
        },
        host_config=host_config,
    )
